"""`compliance` on the command line: exit codes, outputs, batch, cache, baseline, configuration.

Most tests run the real click command in-process (CliRunner) with a per-file worker injected
through click's context object (tests/helpers_batch.py), so they do not depend on the pipeline;
the subprocess tests run the installed `compliance` script end to end.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from helpers_batch import behaving_worker

from compliance import __version__
from compliance.cli import cli

TESTS = Path(__file__).parent


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clean working folder (no configuration above it), a private cache, a call log."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("COMPLIANCE_TEST_CALLS", str(tmp_path / "calls.log"))
    return tmp_path


def run(args: list[str], worker=behaving_worker):
    result = CliRunner().invoke(
        cli, args, obj={"worker": worker} if worker else None, catch_exceptions=False
    )
    return result


def put(path: str | Path, text: str) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(f"{p.name}\n{text}", encoding="utf-8")
    return p


def calls(env: Path) -> list[str]:
    log = env / "calls.log"
    return log.read_text(encoding="utf-8").split() if log.exists() else []


def json_report(args: list[str], env: Path, name: str = "r.json") -> tuple[int, dict]:
    result = run([*args, "-o", name, "--no-progress"])
    return result.exit_code, json.loads((env / name).read_text(encoding="utf-8"))


# ---- exit codes -------------------------------------------------------------------------------


def test_exit_0_1_by_fail_on(env: Path) -> None:
    put("clean.docx", "")
    put("weak.docx", "weak:biaya\n")
    put("absent.docx", "absent:evaluasi\n")
    put("info.docx", "info:biaya\n")
    assert run(["check", "clean.docx"]).exit_code == 0
    assert run(["check", "weak.docx"]).exit_code == 0  # default fail-on absent
    assert run(["check", "weak.docx", "--fail-on", "weak"]).exit_code == 1
    assert run(["check", "absent.docx"]).exit_code == 1
    assert run(["check", "absent.docx", "--fail-on", "never"]).exit_code == 0
    assert run(["check", "info.docx", "--fail-on", "weak"]).exit_code == 0
    assert run(["check", "info.docx", "--fail-on", "info"]).exit_code == 1


def test_missing_file_is_a_row_and_counts_as_failure(env: Path) -> None:
    put("clean.docx", "")
    code, report = json_report(["check", "clean.docx", "nope.docx"], env)
    assert code == 1
    assert [(d["path"], d["status"]) for d in report["documents"]] == [
        ("clean.docx", "ok"),
        ("nope.docx", "error"),
    ]
    assert report["documents"][1]["error"]["code"] == "file-not-found"
    assert run(["check", "clean.docx", "nope.docx", "--fail-on", "never"]).exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ["check"],  # no inputs at all
        ["check", "empty"],  # a folder with nothing in it
        ["check", "x.docx", "--fail-on", "sometimes"],
        ["check", "x.docx", "-o", "report.pdf"],  # no writer for .pdf
        ["check", "x.docx", "--format", "json", "--format", "csv"],  # two formats to stdout
        ["check", "x.docx", "--format", "xlsx"],  # binary to stdout
        ["check", "x.docx", "--jobs", "-2"],
        ["check", "x.docx", "--baseline", "missing.json"],
        ["check", "x.docx", "--config", "missing.toml"],
        ["nosuchcommand"],
        ["check", "x.docx", "-o", "x.docx/r.json"],  # output under a file: cannot be written
    ],
)
def test_usage_and_configuration_errors_exit_2(env: Path, args: list[str]) -> None:
    (env / "empty").mkdir()
    put("x.docx", "")
    result = run(args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_bad_config_file_names_key_and_file(env: Path) -> None:
    (env / "pyproject.toml").write_text('[tool.compliance]\nfail-on = "kadang"\n', encoding="utf-8")
    put("x.docx", "")
    result = run(["check", "x.docx"])
    assert result.exit_code == 2
    assert (
        "Konfigurasi tidak valid di pyproject.toml: kunci 'fail-on' harus salah satu dari"
        in result.output
    )
    result = run(["check", "x.docx", "--lang", "en"])
    assert "Invalid configuration in pyproject.toml: key 'fail-on' must be one of" in result.output


def test_config_discovered_from_parent_and_cli_wins(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (env / "compliance.toml").write_text('fail-on = "never"\nformat = ["json"]\n', encoding="utf-8")
    sub = env / "sub"
    put(sub / "absent.docx", "absent:biaya\n")
    monkeypatch.chdir(sub)
    result = run(["check", "absent.docx"])
    assert result.exit_code == 0  # fail-on never from the file
    assert json.loads(result.stdout)["documents"][0]["path"] == "absent.docx"  # json from the file
    assert run(["check", "absent.docx", "--fail-on", "absent"]).exit_code == 1


# ---- outputs ----------------------------------------------------------------------------------


def test_every_format_written_with_o_and_parseable(env: Path) -> None:
    put("in/dinkes/a.docx", "absent:biaya\nweak:prosedur\n")
    put("in/dinsos/b.pdf", "")
    outs = ["r.json", "r.csv", "r.xlsx", "r.html", "r.sarif", "r.junit.xml", "r.txt"]
    args = ["check", "in", "--no-progress"]
    for o in outs:
        args += ["-o", f"out/{o}"]
    result = run(args)
    assert result.exit_code == 1
    assert result.stdout == ""  # everything went to files
    out = env / "out"
    report = json.loads((out / "r.json").read_text(encoding="utf-8"))
    assert report["schema"] == "compliance-report/1"
    assert [d["path"] for d in report["documents"]] == ["in/dinkes/a.docx", "in/dinsos/b.pdf"]
    schema_file = (
        Path(__import__("compliance").__file__).parent / "schemas" / "report-v1.schema.json"
    )
    if schema_file.exists():
        jsonschema.validate(report, json.loads(schema_file.read_text(encoding="utf-8")))
    rows = list(csv.DictReader(io.StringIO((out / "r.csv").read_text(encoding="utf-8"))))
    assert any("T-BIAYA-ABSENT" in " ".join(map(str, r.values())) for r in rows)
    from openpyxl import load_workbook

    workbook = load_workbook(out / "r.xlsx", read_only=True)
    assert workbook.sheetnames
    assert "<html" in (out / "r.html").read_text(encoding="utf-8").lower()
    sarif = json.loads((out / "r.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(
        sarif, json.loads((TESTS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    )
    assert any(r["ruleId"] == "T-BIAYA-ABSENT" for r in sarif["runs"][0]["results"])
    assert ET.parse(out / "r.junit.xml").getroot().tag in ("testsuites", "testsuite")
    assert "T-BIAYA-ABSENT" in (out / "r.txt").read_text(encoding="utf-8")


def test_text_to_stdout_by_default_and_format_to_stdout(env: Path) -> None:
    put("a.docx", "absent:biaya\n")
    result = run(["check", "a.docx"])
    assert "T-BIAYA-ABSENT" in result.stdout
    result = run(["check", "a.docx", "--format", "csv", "-o", "r.json"])
    assert "T-BIAYA-ABSENT" in result.stdout and (env / "r.json").exists()
    assert result.stdout.lstrip().startswith(next(iter(csv.reader(io.StringIO(result.stdout))))[0])
    result = run(["check", "a.docx", "--format", "json", "--lang", "en"])
    assert json.loads(result.stdout)["documents"][0]["findings"] == []


# ---- batch ------------------------------------------------------------------------------------


def test_batch_with_broken_hanging_crashing_files_reports_every_file(env: Path) -> None:
    for name in ["a.docx", "b-hang.docx", "c-crash.pdf", "d-boom.docx", "e.docx"]:
        put(f"in/{name}", "")
    (env / "in" / "f.doc").write_bytes(
        b"\xd0\xcf\x11\xe0 old word"
    )  # real worker would say unsupported
    code, report = json_report(["check", "in", "--timeout", "1", "-j", "2", "--no-cache"], env)
    assert code == 1  # error rows count as failures
    docs = {Path(d["path"]).name: d for d in report["documents"]}
    assert list(docs) == ["a.docx", "b-hang.docx", "c-crash.pdf", "d-boom.docx", "e.docx", "f.doc"]
    assert docs["b-hang.docx"]["error"]["code"] == "timeout"
    assert docs["c-crash.pdf"]["error"]["code"] == "internal-error"
    assert docs["d-boom.docx"]["error"]["code"] == "internal-error"
    assert report["summary"]["documents"] == 6 and report["summary"]["errors"] == 3


def test_zip_submission_with_traversal_member(env: Path) -> None:
    import zipfile

    with zipfile.ZipFile(env / "kiriman.zip", "w") as zf:
        zf.writestr("dinkes/sp.docx", "weak:biaya\n")
        zf.writestr("../evil.docx", "absent:biaya\n")
    code, report = json_report(["check", "kiriman.zip", "--unit-from", "folder"], env)
    assert [d["path"] for d in report["documents"]] == [
        "kiriman.zip!../evil.docx",
        "kiriman.zip!dinkes/sp.docx",
    ]
    assert not (env.parent / "evil.docx").exists() and not (env / "evil.docx").exists()
    assert [u["unit"] for u in report["units"]] == ["dinkes", "kiriman"]
    assert code == 1


def test_cache_hit_on_second_run_and_no_cache(env: Path) -> None:
    put("in/a.docx", "weak:biaya\n")
    put("in/b.docx", "")
    first = run(["check", "in", "--cache-dir", "c", "--format", "json"])
    assert sorted(calls(env)) == ["a.docx", "b.docx"]
    second = run(["check", "in", "--cache-dir", "c", "--format", "json"])
    assert sorted(calls(env)) == ["a.docx", "b.docx"]  # served from the cache
    assert json.loads(second.stdout)["documents"] == json.loads(first.stdout)["documents"]
    put("in/b.docx", "absent:biaya\n")  # changed bytes: checked again
    run(["check", "in", "--cache-dir", "c"])
    assert sorted(calls(env)) == ["a.docx", "b.docx", "b.docx"]
    run(["check", "in", "--cache-dir", "c", "--no-cache"])
    assert len(calls(env)) == 5
    run(["check", "in"])  # default cache dir ($XDG_CACHE_HOME/compliance)
    assert (env / "xdg" / "compliance").is_dir()


def test_unit_from_folder(env: Path) -> None:
    put("in/dinkes/a.docx", "")
    put("in/dinsos/b.docx", "")
    _, report = json_report(["check", "in", "--unit-from", "folder"], env)
    assert [u["unit"] for u in report["units"]] == ["dinkes", "dinsos"]
    assert {d["unit_source"] for d in report["documents"]} == {"folder"}
    _, report = json_report(["check", "in"], env)
    assert [u["unit"] for u in report["units"]] == ["Dinas Uji"]


def test_baseline_only_new_findings_fail(env: Path) -> None:
    put("in/a.docx", "weak:biaya\nweak:prosedur\n")
    put("in/b.docx", "weak:biaya\n")
    code, _ = json_report(["check", "in", "--fail-on", "weak"], env, "old.json")
    assert code == 1
    # nothing new: passes although weak findings remain
    code, report = json_report(["check", "in", "--fail-on", "weak", "--baseline", "old.json"], env)
    assert code == 0 and report["fixed"] == []
    states = [
        f["baseline"] for d in report["documents"] for s in d["services"] for f in s["findings"]
    ]
    assert states == ["unchanged", "unchanged", "unchanged"]
    # a.docx: prosedur fixed, evaluasi new (finding rows also shift)
    put("in/a.docx", "weak:evaluasi\nweak:biaya\n")
    code, report = json_report(["check", "in", "--fail-on", "weak", "--baseline", "old.json"], env)
    assert code == 1
    a = report["documents"][0]["services"][0]["findings"]
    assert [(f["rule"], f["baseline"]) for f in a] == [
        ("T-EVALUASI-WEAK", "new"),
        ("T-BIAYA-WEAK", "unchanged"),
    ]
    assert [(f["path"], f["rule"]) for f in report["fixed"]] == [("in/a.docx", "T-PROSEDUR-WEAK")]
    # the new finding is only weak: fail-on absent passes
    assert run(["check", "in", "--baseline", "old.json"]).exit_code == 0


def test_baseline_from_config_file_relative_to_it(env: Path) -> None:
    put("a.docx", "absent:biaya\n")
    json_report(["check", "a.docx"], env, "old.json")
    (env / "compliance.toml").write_text('baseline = "old.json"\n', encoding="utf-8")
    assert run(["check", "a.docx"]).exit_code == 0
    (env / "compliance.toml").write_text("", encoding="utf-8")
    assert run(["check", "a.docx"]).exit_code == 1


# ---- the installed script -----------------------------------------------------------------------


def _script() -> str:
    found = shutil.which("compliance", path=str(Path(sys.executable).parent))
    assert found, "the console script `compliance` is not installed in this environment"
    return found


def test_installed_script_version_and_usage(tmp_path: Path) -> None:
    result = subprocess.run(
        [_script(), "--version"], check=False, capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0 and __version__ in result.stdout
    result = subprocess.run(
        [_script(), "check"], check=False, capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_installed_script_checks_files_end_to_end(tmp_path: Path) -> None:
    """Real pipeline: an unsupported file and a missing one are error rows, JSON is written."""
    (tmp_path / "notes.doc").write_text("bukan dokumen", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run(  # noqa: PLW1510 - the return code is the assertion
        [_script(), "check", ".", "missing.docx", "-o", "out.json", "--no-progress", "-j", "1"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr
    report = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    codes = [(d["path"], d["error"]["code"]) for d in report["documents"]]
    assert codes == [("missing.docx", "file-not-found"), ("notes.doc", "unsupported-format")]


# ---- explain, rules ---------------------------------------------------------------------------


def _standard_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("STANDAR PELAYANAN DINAS KESEHATAN KABUPATEN CONTOH", level=1)
    d.add_paragraph("Pelayanan Izin Praktik Bidan")
    table = d.add_table(rows=0, cols=3)
    for no, label, content in [
        ("1", "Dasar Hukum", "Peraturan Menteri Kesehatan Nomor 28 Tahun 2017"),
        ("2", "Persyaratan", "1. Fotokopi KTP\n2. Fotokopi STR"),
        ("3", "Jangka Waktu Penyelesaian", "3 (tiga) hari kerja"),
        ("4", "Biaya/Tarif", "Tidak dipungut biaya"),
    ]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = no, label, content
    d.save(path)
    return path


def test_explain_shows_blocks_and_recognised_components(env: Path) -> None:
    _standard_docx(env / "sp.docx")
    result = run(["explain", "sp.docx"], worker=None)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "DIBACA (ingest)" in out and "DIKENALI (segment)" in out
    assert "heading" in out and "table" in out
    assert "STANDAR PELAYANAN DINAS KESEHATAN" in out
    assert "biaya" in out and "Tidak dipungut biaya" in out
    data = json.loads(run(["explain", "sp.docx", "--json"], worker=None).stdout)
    assert data["format"] == "docx" and data["blocks"][0]["kind"] == "heading"
    services = data["segmentation"]["services"]
    assert services and "biaya" in services[0]["components"]


def test_explain_bad_file_is_a_message_not_a_traceback(env: Path) -> None:
    (env / "bad.docx").write_bytes(b"PK\x03\x04 broken")
    result = run(["explain", "bad.docx", "--lang", "en"], worker=None)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip()
    result = run(["explain", "missing.docx"], worker=None)
    assert result.exit_code == 1 and "Berkas tidak ditemukan" in result.stderr


# ---- CI integration files -----------------------------------------------------------------------

REPO = TESTS.parent


def test_pre_commit_hook_definition() -> None:
    import re

    import yaml

    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert (hook["id"], hook["entry"], hook["language"]) == (
        "compliance",
        "compliance check",
        "python",
    )
    assert hook["name"] == "cek komponen standar pelayanan"
    pattern = re.compile(hook["files"])
    assert pattern.search("sp/a.docx") and pattern.search("b.pdf")
    assert not pattern.search("a.docx.bak") and not pattern.search("readme.md")


def test_action_runs_a_command_line_the_cli_accepts(env: Path) -> None:
    import shlex

    import yaml

    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    assert {"paths", "fail-on", "args", "python-version"} <= set(action["inputs"])
    steps = action["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    upload = steps[-1]
    assert upload["uses"] == "github/codeql-action/upload-sarif@v3" and "always()" in upload["if"]
    script = next(s["run"] for s in steps if "compliance check" in s.get("run", ""))
    command = " ".join(
        line.rstrip("\\").strip() for line in script.splitlines() if not line.startswith("set ")
    )
    values = {
        "$INPUT_PATHS": "in",
        '"$INPUT_FAIL_ON"': "weak",
        '"$INPUT_SARIF"': "results.sarif",
        "$INPUT_ARGS": "--lang en",
    }
    for key, value in values.items():
        command = command.replace(key, value)
    argv = shlex.split(command)
    assert argv[:2] == ["compliance", "check"]
    put("in/a.docx", "weak:biaya\n")
    result = run(argv[1:])
    assert result.exit_code == 1
    sarif = json.loads((env / "results.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and "T-BIAYA-WEAK" in result.stdout


def test_rules_lists_every_loaded_rule_and_show_prints_details(env: Path) -> None:
    from compliance.config import Config
    from compliance.evaluate import load_rules

    rule_set = load_rules(Config())
    result = run(["rules"], worker=None)
    assert result.exit_code == 0
    lines = [ln for ln in result.stdout.splitlines() if ln and not ln.startswith("#")]
    assert [ln.split()[0] for ln in lines] == [r.code for r in rule_set.rules]
    assert "{component_name}" not in result.stdout
    rule = rule_set.rules[0]
    shown = run(["rules", "show", rule.code.lower(), "--lang", "en"], worker=None)
    assert shown.exit_code == 0
    assert (
        f"Code:        {rule.code}" in shown.stdout
        and f"Legal basis: {rule.legal_basis}" in shown.stdout
    )
    assert rule.text("suggestion", "en") in shown.stdout and "Examples:" in shown.stdout
    unknown = run(["rules", "show", "NO-SUCH-RULE"], worker=None)
    assert unknown.exit_code == 2 and "Aturan tidak dikenal" in unknown.stderr


def test_rules_disabled_by_config_are_not_listed(env: Path) -> None:
    from compliance.config import Config
    from compliance.evaluate import load_rules

    code = load_rules(Config()).rules[0].code
    (env / "compliance.toml").write_text(f'disable = ["{code}"]\n', encoding="utf-8")
    listed = [
        ln.split()[0]
        for ln in run(["rules"], worker=None).stdout.splitlines()
        if ln and ln[0] != "#"
    ]
    assert code not in listed and listed


def test_real_pipeline_docx_end_to_end_with_cache(env: Path) -> None:
    """check_file itself (no injected worker): a standard missing most components fails, the
    JSON report validates, and the second run is served from the cache with the same result."""
    (env / "in" / "dinkes").mkdir(parents=True)
    _standard_docx(env / "in" / "dinkes" / "sp.docx")
    (env / "in" / "catatan.doc").write_text("bukan standar", encoding="utf-8")
    args = [
        "check",
        "in",
        "--cache-dir",
        "cache",
        "--no-progress",
        "-j",
        "1",
        "--unit-from",
        "folder",
    ]
    first = run([*args, "-o", "a.json"], worker=None)
    assert first.exit_code == 1, first.output
    report = json.loads((env / "a.json").read_text(encoding="utf-8"))
    schema_file = (
        Path(__import__("compliance").__file__).parent / "schemas" / "report-v1.schema.json"
    )
    jsonschema.validate(report, json.loads(schema_file.read_text(encoding="utf-8")))
    docs = report["documents"]
    assert [(d["path"], d["status"]) for d in docs] == [
        ("in/catatan.doc", "error"),
        ("in/dinkes/sp.docx", "ok"),
    ]
    assert docs[1]["unit"] == "dinkes" and docs[1]["services"]
    biaya = docs[1]["services"][0]["components"]["biaya"]
    assert biaya["status"] == "present"
    entries = list((env / "cache").rglob("*.json"))
    assert len(entries) == 2  # the ok document and the unsupported-format error (not transient)
    second = run([*args, "-o", "b.json"], worker=None)
    assert second.exit_code == 1
    assert json.loads((env / "b.json").read_text(encoding="utf-8"))["documents"] == docs
