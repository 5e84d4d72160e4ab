"""The command line: `compliance check|rules|explain`, a thin front door over the batch engine.

Exit codes (ruff, sqlfluff, compliance-checker): 0 nothing at or above `--fail-on`; 1 findings
at or above it (with a baseline: only new ones), where a file that could not be checked counts
as such a finding unless `--fail-on never`; 2 usage or configuration error.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import click

from compliance import __version__
from compliance.config import (
    FAIL_ON,
    FORMATS,
    LANGS,
    UNIT_FROM,
    Config,
    ConfigError,
    load_config,
)

# A finding counts towards --fail-on when its status is at or above the threshold.
STATUS_RANK: dict[str, int] = {"info": 1, "weak": 2, "absent": 3}
FAIL_RANK: dict[str, int] = {"info": 1, "weak": 2, "absent": 3, "never": 99}
STDOUT = "-"


def _say(message: str) -> None:
    click.echo(message, err=True)


def _config_error(error: ConfigError, lang: str) -> click.exceptions.Exit:
    _say(error.message(lang))
    return click.exceptions.Exit(2)


def failing_count(document: dict, fail_on: str, baseline_active: bool) -> int:
    """How many findings of `document` make the run fail. An error document is one such
    finding. With a baseline, only findings marked "new" count."""
    threshold = FAIL_RANK[fail_on]
    if threshold > max(STATUS_RANK.values()):
        return 0
    if document.get("status") == "error":
        error = document.get("error") or {}
        return 0 if baseline_active and error.get("baseline") == "unchanged" else 1
    from compliance.baseline import document_findings

    count = 0
    for _, finding in document_findings(document):
        if STATUS_RANK.get(finding.get("status"), 0) < threshold:
            continue
        if baseline_active and finding.get("baseline") != "new":
            continue
        count += 1
    return count


# ---- outputs ------------------------------------------------------------------------------


def plan_outputs(formats: list[str], outputs: list[str], lang: str) -> list[tuple[str, str]]:
    """(format, target) pairs; target STDOUT for standard output.

    Each `-o FILE` takes its format from the extension (or from the single `--format` given
    when the extension names none); formats not claimed by a file go to standard output; with
    neither, text goes to standard output. Raises click.UsageError (exit 2)."""
    from compliance.report import format_for_path

    plan: list[tuple[str, str]] = []
    claimed: set[str] = set()
    for target in outputs:
        try:
            fmt = format_for_path(target)
        except ValueError as e:
            if len(formats) != 1:
                raise click.UsageError(
                    f"format keluaran untuk '{target}' tidak dapat ditentukan dari ekstensinya; "
                    f"pakai --format ({e})"
                    if lang == "id"
                    else f"cannot tell the output format of '{target}' from its extension; use --format ({e})"
                ) from None
            fmt = formats[0]
        plan.append((fmt, target))
        claimed.add(fmt)
    to_stdout = [f for f in dict.fromkeys(formats) if f not in claimed]
    if not formats and not outputs:
        to_stdout = ["text"]
    if len(to_stdout) > 1:
        raise click.UsageError(
            f"hanya satu format dapat ditulis ke layar ({', '.join(to_stdout)}); pakai -o FILE"
            if lang == "id"
            else f"only one format can go to standard output ({', '.join(to_stdout)}); use -o FILE"
        )
    if "xlsx" in to_stdout:
        raise click.UsageError(
            "format xlsx perlu -o FILE.xlsx"
            if lang == "id"
            else "the xlsx format needs -o FILE.xlsx"
        )
    plan.extend((f, STDOUT) for f in to_stdout)
    return plan


def write_outputs(
    plan: list[tuple[str, str]], view, lang: str, rules_meta: dict | None = None
) -> None:
    """Render `view` once per planned output. `rules_meta` feeds SARIF's rule catalogue."""
    from compliance.report import FORMATS, write_report

    options = {"rules_meta": rules_meta or {}}
    for fmt, target in plan:
        if target == STDOUT:
            color = fmt == "text" and sys.stdout.isatty()
            FORMATS[fmt].write(view, sys.stdout, lang, color=color, **options)
            sys.stdout.flush()
            continue
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        write_report(view, target, fmt, lang, **options)


# ---- progress -----------------------------------------------------------------------------


class _Progress:
    """A rich progress bar on a terminal's stderr; nothing otherwise."""

    def __init__(self, total: int, enabled: bool, lang: str) -> None:
        self._bar = None
        if not (enabled and sys.stderr.isatty()):
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("Memeriksa" if lang == "id" else "Checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._bar.add_task("", total=total)

    def __enter__(self) -> Callable[[dict], None] | None:
        if self._bar is None:
            return None
        self._bar.__enter__()
        return lambda _document: self._bar.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)


# ---- commands -----------------------------------------------------------------------------

LANG_OPTION = click.option(
    "--lang", type=click.Choice(LANGS), default=None, help="Bahasa keluaran: id (bawaan) atau en."
)
CONFIG_OPTION = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Berkas konfigurasi (bawaan: compliance.toml atau [tool.compliance] di pyproject.toml terdekat).",
)


def _load(config_file: Path | None, overrides: dict, lang_hint: str | None) -> Config:
    try:
        return load_config(config_file, overrides=overrides)
    except ConfigError as e:
        raise _config_error(e, lang_hint or "id") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="compliance")
def cli() -> None:
    """Memeriksa dokumen Standar Pelayanan (.docx/.pdf) terhadap 14 komponen UU 25/2009 Pasal 21.

    Checks Indonesian public-service standards against the 14 components of UU 25/2009."""


@cli.command("check")
@click.argument("paths", nargs=-1)
@click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    type=click.Choice(FORMATS),
    help="Format laporan (boleh diulang). Bawaan: text ke layar.",
)
@click.option(
    "--output",
    "-o",
    "outputs",
    multiple=True,
    help="Tulis laporan ke FILE; format dari ekstensinya (.json .csv .xlsx .html .sarif .xml .txt). Boleh diulang.",
)
@LANG_OPTION
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default=None,
    help="Keluar dengan kode 1 bila ada temuan berstatus ini atau lebih berat (absent > weak > info). Bawaan: absent.",
)
@click.option(
    "--jobs", "-j", type=int, default=None, help="Jumlah proses paralel (bawaan: semua inti)."
)
@click.option(
    "--timeout", type=float, default=None, help="Batas waktu per berkas, detik (bawaan: 60)."
)
@click.option(
    "--rules", "rule_dirs", multiple=True, help="Folder paket aturan tambahan (boleh diulang)."
)
@click.option("--disable", multiple=True, help="Matikan aturan dengan KODE ini (boleh diulang).")
@CONFIG_OPTION
@click.option(
    "--unit-from",
    type=click.Choice(UNIT_FROM),
    default=None,
    help="Unit diambil dari isi dokumen (document) atau nama folder berkas (folder).",
)
@click.option("--cache-dir", default=None, help="Folder cache hasil (bawaan: ~/.cache/compliance).")
@click.option("--no-cache", is_flag=True, default=None, help="Jangan memakai cache hasil.")
@click.option(
    "--baseline",
    default=None,
    help="Laporan JSON sebelumnya: hanya temuan baru yang menggagalkan pemeriksaan.",
)
@click.option("--no-progress", is_flag=True, default=None, help="Tanpa bilah kemajuan.")
@click.pass_context
def check_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    formats,
    outputs,
    lang,
    fail_on,
    jobs,
    timeout,
    rule_dirs,
    disable,
    config_file,
    unit_from,
    cache_dir,
    no_cache,
    baseline,
    no_progress,
) -> None:
    """Periksa berkas, folder, pola glob atau arsip .zip."""
    overrides = {
        key: value
        for key, value in {
            "format": list(formats) or None,
            "output": list(outputs) or None,
            "lang": lang,
            "fail-on": fail_on,
            "jobs": jobs,
            "timeout": timeout,
            "rules": list(rule_dirs) or None,
            "disable": list(disable) or None,
            "unit-from": unit_from,
            "cache-dir": cache_dir,
            "no-cache": no_cache,
            "baseline": baseline,
            "no-progress": no_progress,
        }.items()
        if value is not None
    }
    config = _load(config_file, overrides, lang)
    lang = config.lang
    if not paths:
        raise click.UsageError(
            "sebutkan berkas, folder atau arsip .zip yang akan diperiksa"
            if lang == "id"
            else "name the files, folders or .zip archives to check"
        )
    plan = plan_outputs(
        list(config.extra.get("format", [])), list(config.extra.get("output", [])), lang
    )
    # tests inject a per-file function through click's context object: obj={"worker": fn}
    worker = (ctx.obj or {}).get("worker") if isinstance(ctx.obj, dict) else None
    ctx.exit(run_check(list(paths), config, plan, worker))


def run_check(
    paths: list[str], config: Config, plan: list[tuple[str, str]], worker: Callable | None = None
) -> int:
    """Expand inputs, run the batch, stream documents to a JSONL spool, write every output.
    Returns the exit code. `worker` replaces `check_file` (tests); the rule packs are then the
    worker's business and are not loaded here."""
    from compliance.baseline import load_baseline
    from compliance.batch import run_batch
    from compliance.cache import ResultCache, default_cache_dir
    from compliance.inputs import ZipLimits, expand_inputs
    from compliance.report.build import UnitAggregator, default_rulesets
    from compliance.report.json_out import document_text
    from compliance.report.view import iter_jsonl, iter_text_records, write_text_record

    lang = config.lang
    extra = config.extra
    rulesets, rules_meta = _rulesets(config) if worker is None else (default_rulesets(config), {})
    baseline = None
    if extra.get("baseline"):
        try:
            baseline = load_baseline(Path(extra["baseline"]))
        except ConfigError as e:
            raise _config_error(e, lang) from None
    with tempfile.TemporaryDirectory(prefix="compliance-") as tmp:
        workdir = Path(tmp)
        skipped: list[str] = []
        limits = ZipLimits(max_member_bytes=config.max_file_bytes)
        inputs = expand_inputs(paths, workdir, limits, skipped)
        if skipped:
            suffixes = ", ".join(sorted({Path(s).suffix.lower() for s in skipped}))
            _say(
                f"{len(skipped)} berkas lain di dalam folder dilewati (bukan dokumen: {suffixes})."
                if lang == "id"
                else f"Skipped {len(skipped)} other files in folders (not documents: {suffixes})."
            )
        if not inputs:
            _say("Tidak ada berkas untuk diperiksa." if lang == "id" else "No files to check.")
            return 2
        cache = None
        if not extra.get("no-cache"):
            root = Path(extra["cache-dir"]) if extra.get("cache-dir") else default_cache_dir()
            cache = ResultCache.for_config(root, config)
        # The aggregator groups by document["unit"], which the batch already set from the
        # folder when --unit-from folder: one rule, applied once.
        aggregator = UnitAggregator(lang, "document")
        failing = 0
        spool = workdir / "documents.jsonl"
        # JSON output: render each document while the workers run (the parent is otherwise
        # idle then) into a second spool the JSON writer copies; with JSON as the only
        # format, that spool is the only one (other writers would re-read it as dicts).
        formats = {fmt for fmt, _ in plan}
        text_spool = workdir / "documents.json.txt" if "json" in formats else None
        want_jsonl = text_spool is None or formats != {"json"}
        with (
            spool.open("w", encoding="utf-8") as out,
            (text_spool or Path(os.devnull)).open("w", encoding="utf-8", newline="") as texts,
            _Progress(len(inputs), not extra.get("no-progress"), lang) as progress,
        ):
            batch = run_batch(
                inputs,
                config,
                cache=cache,
                progress=progress,
                **({"worker": worker} if worker else {}),
            )
            for document in batch:
                if baseline is not None:
                    baseline.mark(document)
                failing += failing_count(document, config.fail_on, baseline is not None)
                aggregator.add(document)
                if want_jsonl:
                    out.write(json.dumps(document, ensure_ascii=False) + "\n")
                if text_spool is not None:
                    write_text_record(texts, document_text(document))
        report_extra: dict = {}
        if baseline is not None:
            report_extra["fixed"] = baseline.fixed()
        if want_jsonl:
            view = aggregator.view(lambda: iter_jsonl(spool), rulesets, report_extra)
        else:
            view = aggregator.view(
                lambda: (json.loads(t) for t in iter_text_records(text_spool)),
                rulesets,
                report_extra,
            )
        if text_spool is not None:
            view = dataclasses.replace(view, document_texts=lambda: iter_text_records(text_spool))
        try:
            write_outputs(plan, view, lang, rules_meta)
        except BrokenPipeError:
            raise  # the reader left (`| head`): click exits quietly
        except OSError as e:
            _say(
                f"Laporan tidak dapat ditulis: {e}"
                if lang == "id"
                else f"Cannot write the report: {e}"
            )
            return 2
    return 1 if failing and config.fail_on != "never" else 0


def _rulesets(config: Config) -> tuple[list[dict], dict[str, dict]]:
    """The packs that will run and a catalogue of their rules (for SARIF), loaded once here so a
    broken rule file stops the run with exit 2 before any file is checked."""
    rule_set = _rule_set(config, config.lang)
    severities = config.severity_overrides()
    meta = {
        r.code: {
            "name": r.name,
            "legal_basis": r.legal_basis,
            "severity": severities.get(r.code, r.severity),
        }
        for r in rule_set.rules
    }
    return rule_set.packs, meta


# ---- rules --------------------------------------------------------------------------------


def _rule_set(config: Config, lang: str):
    try:
        from compliance.evaluate import RuleError, load_rules
    except ImportError as e:
        _say(
            ("Mesin aturan belum tersedia: " if lang == "id" else "Rule engine not available: ")
            + str(e)
        )
        raise click.exceptions.Exit(2) from None
    try:
        return load_rules(config)
    except RuleError as e:
        _say(("Aturan tidak valid: " if lang == "id" else "Invalid rules: ") + str(e))
        raise click.exceptions.Exit(2) from None


@cli.group("rules", invoke_without_command=True)
@LANG_OPTION
@CONFIG_OPTION
@click.option("--rules", "rule_dirs", multiple=True, help="Folder paket aturan tambahan.")
@click.pass_context
def rules_command(ctx: click.Context, lang, config_file, rule_dirs) -> None:
    """Daftar paket dan aturan: kode, komponen, status, tingkat, pesan."""
    overrides = {
        k: v for k, v in {"lang": lang, "rules": list(rule_dirs) or None}.items() if v is not None
    }
    config = _load(config_file, overrides, lang)
    ctx.obj = config
    if ctx.invoked_subcommand is not None:
        return
    lang = config.lang
    rule_set = _rule_set(config, lang)
    severities = config.severity_overrides()
    width = max((len(r.code) for r in rule_set.rules), default=8)
    for pack in rule_set.packs:
        click.echo(
            f"# {pack['id']} (versi {pack['version']})"
            if lang == "id"
            else f"# {pack['id']} (version {pack['version']})"
        )
        for rule in (r for r in rule_set.rules if r.pack == pack["id"]):
            severity = severities.get(rule.code, rule.severity)
            click.echo(
                f"{rule.code:<{width}}  {rule.component:<18} {rule.status:<7} {severity:<8} {_message(rule, lang)}"
            )


def _message(rule, lang: str) -> str:
    """The rule's message with the component name filled in (other placeholders depend on the
    document and stay visible as {placeholders})."""
    from compliance.report.i18n import component_name

    return rule.text("message", lang).replace(
        "{component_name}", component_name(rule.component, lang)
    )


@rules_command.command("show")
@click.argument("code")
@LANG_OPTION
@click.pass_obj
def rules_show(config: Config, code: str, lang: str | None) -> None:
    """Rincian satu aturan: pesan, saran, dasar hukum, kondisi, contoh."""
    lang = lang or config.lang
    rule_set = _rule_set(config, lang)
    rule = rule_set.get(code) or next(
        (
            r
            for r in rule_set.rules
            if code.casefold() in {k.casefold() for k in (r.code, r.name, *r.aliases)}
        ),
        None,
    )
    if rule is None:
        _say(f"Aturan tidak dikenal: {code}" if lang == "id" else f"Unknown rule: {code}")
        raise click.exceptions.Exit(2)
    labels = (
        (
            "Kode",
            "Nama",
            "Paket",
            "Komponen",
            "Status",
            "Tingkat",
            "Dasar hukum",
            "Pesan",
            "Saran",
            "Kondisi",
            "Berkas",
        )
        if lang == "id"
        else (
            "Code",
            "Name",
            "Pack",
            "Component",
            "Status",
            "Severity",
            "Legal basis",
            "Message",
            "Suggestion",
            "Condition",
            "File",
        )
    )
    values = (
        rule.code,
        rule.name,
        rule.pack,
        rule.component,
        rule.status,
        config.severity_overrides().get(rule.code, rule.severity),
        rule.legal_basis,
        _message(rule, lang),
        rule.text("suggestion", lang),
        str(rule.when),
        rule.source,
    )
    for label, value in zip(labels, values):
        click.echo(f"{label + ':':<13}{value}")
    if rule.description:
        click.echo(rule.description)
    click.echo("Contoh:" if lang == "id" else "Examples:")
    for kind, cases in {**rule.examples, **{f"todo_{k}": v for k, v in rule.todo.items()}}.items():
        for case in cases:
            shown = ("(kosong)" if lang == "id" else "(empty)") if case is None else repr(case)
            click.echo(f"  [{kind}] {shown}")


# ---- explain ------------------------------------------------------------------------------


@cli.command("explain")
@click.argument("file", type=click.Path(path_type=Path))
@LANG_OPTION
@CONFIG_OPTION
@click.option("--json", "as_json", is_flag=True, help="Keluaran JSON (untuk skrip).")
def explain_command(file: Path, lang, config_file, as_json: bool) -> None:
    """Tampilkan apa yang dibaca dan dikenali dari satu dokumen (untuk mencari masalah)."""
    from compliance.errors import CheckError
    from compliance.explain import explain_data, explain_file

    config = _load(config_file, {"lang": lang} if lang else {}, lang)
    try:
        if as_json:
            click.echo(json.dumps(explain_data(file, config), ensure_ascii=False, indent=2))
        else:
            click.echo(explain_file(file, config), nl=False)
    except CheckError as e:
        _say(e.message(config.lang))
        raise click.exceptions.Exit(1) from None
    except ImportError as e:
        _say(
            (
                "Tahap pembacaan belum tersedia: "
                if config.lang == "id"
                else "Pipeline not available: "
            )
            + str(e)
        )
        raise click.exceptions.Exit(2) from None
    except Exception as e:  # noqa: BLE001 - a bug in a stage is reported, not a traceback
        _say(
            CheckError("internal-error", f"{type(e).__name__}: {e}", str(file)).message(config.lang)
        )
        raise click.exceptions.Exit(1) from None


def main(argv: list[str] | None = None) -> None:
    """Console script entry point (`compliance = "compliance.cli:main"`)."""
    try:
        cli.main(args=argv, prog_name="compliance")
    finally:
        # The process ends here: keep the interpreter's final garbage collection from walking
        # every object the run loaded (spaCy, rule packs), ~0.2 s of a run. Output is already
        # written and closed; exit handlers still run. Only for the real command (argv None),
        # never in a host process that calls main() with arguments.
        if argv is None:
            import gc

            gc.freeze()


__all__ = ["cli", "failing_count", "main", "plan_outputs", "run_check", "write_outputs"]
