"""Run configuration: one frozen value that every front door builds and `check()` receives.

A per-file result is a pure function of the file's bytes and this value (plus the rule files
it names), which is what makes results cacheable and batches resumable.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

DEFAULT_PACKS: tuple[str, ...] = ("uu25-2009", "permenpanrb-15-2014")


@dataclass(frozen=True)
class Config:
    lang: str = "id"  # "id" | "en": language of messages and text reports
    packs: tuple[str, ...] = DEFAULT_PACKS  # built-in rule packs to run
    rule_dirs: tuple[str, ...] = ()  # extra rule-pack folders (--rules DIR)
    disabled: frozenset[str] = frozenset()  # rule codes switched off
    severities: tuple[tuple[str, str], ...] = ()  # (rule code, severity) overrides
    fail_on: str = "absent"  # absent | weak | info | never
    unit_from: str = "document"  # document | folder
    timeout: float = 60.0  # seconds per file in a batch
    jobs: int = 0  # 0 = all cores
    max_file_bytes: int = 100 * 1024 * 1024
    today: date | None = None  # "now" for age-of-standard rules; None = date.today()
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def severity_overrides(self) -> dict[str, str]:
        return dict(self.severities)

    def reference_date(self) -> date:
        return self.today or date.today()


# ---- loading: pyproject.toml [tool.compliance] / compliance.toml / command line ----------------
# Every command-line option has a twin here (same name without the dashes). Lists given on the
# command line for `rules` and `disable` extend the file's lists; every other CLI value replaces
# the file's value.

FORMATS: tuple[str, ...] = ("text", "json", "csv", "xlsx", "html", "sarif", "junit")
FAIL_ON: tuple[str, ...] = ("absent", "weak", "info", "never")
LANGS: tuple[str, ...] = ("id", "en")
UNIT_FROM: tuple[str, ...] = ("document", "folder")
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
CONFIG_FILES: tuple[str, ...] = ("compliance.toml", "pyproject.toml")  # per folder, first wins
COMMAND_LINE = "<baris perintah>"


class ConfigError(Exception):
    """A bad configuration: names the file and the key, in Indonesian and English."""

    def __init__(self, source: str, key: str | None, problem_id: str, problem_en: str) -> None:
        self.source = source
        self.key = key
        self.problem_id = problem_id
        self.problem_en = problem_en
        super().__init__(self.message("en"))

    def message(self, lang: str = "id") -> str:
        if self.source == COMMAND_LINE and self.key:  # the user typed --key, not key =
            if lang == "en":
                return f"Invalid option --{self.key}: {self.problem_en}"
            return f"Opsi --{self.key} tidak valid: {self.problem_id}"
        if lang == "en":
            where = f"Invalid configuration in {self.source}"
            key = f"key '{self.key}' " if self.key else ""
            return f"{where}: {key}{self.problem_en}"
        where = f"Konfigurasi tidak valid di {self.source}"
        key = f"kunci '{self.key}' " if self.key else ""
        return f"{where}: {key}{self.problem_id}"


def _one_of(choices: tuple[str, ...]):
    def check(value: object) -> tuple[str, str] | None:
        if isinstance(value, str) and value in choices:
            return None
        listed = ", ".join(choices)
        return (
            f"harus salah satu dari {listed} (tertulis {value!r})",
            f"must be one of {listed} (got {value!r})",
        )

    return check


def _str_list(value: object) -> tuple[str, str] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return None
    return (
        'harus berupa daftar teks, mis. ["a", "b"]',
        'must be a list of strings, e.g. ["a", "b"]',
    )


def _format_list(value: object) -> tuple[str, str] | None:
    if (problem := _str_list(value)) is not None:
        return problem
    bad = [v for v in value if v not in FORMATS]  # type: ignore[union-attr]
    if bad:
        listed = ", ".join(FORMATS)
        return (
            f"berisi format tidak dikenal {bad} (pilihan: {listed})",
            f"has unknown formats {bad} (choices: {listed})",
        )
    return None


def _string(value: object) -> tuple[str, str] | None:
    return (
        None
        if isinstance(value, str) and value
        else ("harus berupa teks", "must be a non-empty string")
    )


def _boolean(value: object) -> tuple[str, str] | None:
    return None if isinstance(value, bool) else ("harus true atau false", "must be true or false")


def _int_min(minimum: int):
    def check(value: object) -> tuple[str, str] | None:
        if isinstance(value, int) and not isinstance(value, bool) and value >= minimum:
            return None
        return (
            f"harus bilangan bulat ≥ {minimum} (tertulis {value!r})",
            f"must be an integer ≥ {minimum} (got {value!r})",
        )

    return check


def _positive_number(value: object) -> tuple[str, str] | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return None
    return (f"harus angka > 0 (tertulis {value!r})", f"must be a number > 0 (got {value!r})")


def _severity_table(value: object) -> tuple[str, str] | None:
    if not isinstance(value, dict):
        return (
            'harus berupa tabel kode = "error|warning|info"',
            'must be a table code = "error|warning|info"',
        )
    for code, level in value.items():
        if level not in SEVERITIES:
            listed = ", ".join(SEVERITIES)
            return (
                f"untuk aturan {code} harus salah satu dari {listed} (tertulis {level!r})",
                f"for rule {code} must be one of {listed} (got {level!r})",
            )
    return None


# key -> validator; `paths` are resolved relative to the configuration file.
_KEYS = {
    "packs": _str_list,
    "rules": _str_list,
    "disable": _str_list,
    "severity": _severity_table,
    "fail-on": _one_of(FAIL_ON),
    "lang": _one_of(LANGS),
    "jobs": _int_min(0),
    "timeout": _positive_number,
    "unit-from": _one_of(UNIT_FROM),
    "cache-dir": _string,
    "no-cache": _boolean,
    "format": _format_list,
    "output": _str_list,
    "baseline": _string,
    "no-progress": _boolean,
    "max-file-bytes": _int_min(1),
}
_PATH_KEYS = frozenset({"cache-dir", "baseline"})
_PATH_LIST_KEYS = frozenset({"rules", "output"})


def validate_settings(raw: dict, source: str, base: Path | None = None) -> dict:
    """Check every key and value; resolve relative paths against `base`. Returns a new dict."""
    out: dict = {}
    for key, value in raw.items():
        check = _KEYS.get(key)
        if check is None:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(
                source,
                key,
                f"tidak dikenal (kunci yang dikenal: {known})",
                f"is unknown (known keys: {known})",
            )
        if key == "format" and isinstance(value, str):
            value = [value]
        if (problem := check(value)) is not None:
            raise ConfigError(source, key, *problem)
        if base is not None and key in _PATH_KEYS:
            value = str(base / value)
        elif base is not None and key in _PATH_LIST_KEYS:
            value = [str(base / v) for v in value]
        out[key] = value
    return out


def read_config_file(path: Path) -> dict:
    """The validated settings of one file: `[tool.compliance]` of a pyproject.toml, or the
    top-level keys of any other TOML file. Raises ConfigError."""
    import tomllib

    source = path.name
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(str(path), None, "berkas tidak ditemukan", "file not found") from None
    except OSError as e:
        raise ConfigError(
            str(path), None, f"berkas tidak dapat dibaca ({e})", f"file cannot be read ({e})"
        ) from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(
            source, None, f"sintaks TOML salah ({e})", f"TOML syntax error ({e})"
        ) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("compliance", {})
        if not isinstance(data, dict):
            raise ConfigError(source, "tool.compliance", "harus berupa tabel", "must be a table")
    return validate_settings(data, source, path.resolve().parent)


def _has_settings(path: Path) -> bool:
    """A compliance.toml always counts; a pyproject.toml only with a [tool.compliance] table."""
    if path.name != "pyproject.toml":
        return True
    import tomllib

    try:
        with path.open("rb") as f:
            return "compliance" in tomllib.load(f).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError):
        return True  # let read_config_file report the problem, naming the file


def find_config_file(start: Path | None = None) -> Path | None:
    """The first configuration file in `start` (default: the current folder) or its parents."""
    folder = (start or Path.cwd()).resolve()
    for candidate_dir in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = candidate_dir / name
            if candidate.is_file() and _has_settings(candidate):
                return candidate
    return None


def settings_to_config(settings: dict, base: Config = Config()) -> Config:
    """Build a Config from validated settings. Options that only steer the front door
    (format, output, cache, baseline, progress) travel in `Config.extra`."""
    fields: dict = {}
    if "packs" in settings:
        fields["packs"] = tuple(settings["packs"])
    if "rules" in settings:
        fields["rule_dirs"] = tuple(settings["rules"])
    if "disable" in settings:
        fields["disabled"] = frozenset(settings["disable"])
    if "severity" in settings:
        fields["severities"] = tuple(sorted(settings["severity"].items()))
    for key, name in (
        ("fail-on", "fail_on"),
        ("lang", "lang"),
        ("unit-from", "unit_from"),
        ("jobs", "jobs"),
    ):
        if key in settings:
            fields[name] = settings[key]
    if "timeout" in settings:
        fields["timeout"] = float(settings["timeout"])
    if "max-file-bytes" in settings:
        fields["max_file_bytes"] = settings["max-file-bytes"]
    front = {
        k: v
        for k, v in settings.items()
        if k in {"cache-dir", "no-cache", "format", "output", "baseline", "no-progress"}
    }
    return replace(base, **fields, extra={**base.extra, **front})


def load_config(
    path: Path | None = None, *, start: Path | None = None, overrides: dict | None = None
) -> Config:
    """The run configuration: the file (explicit `path`, else discovered from `start`), then
    `overrides` (command-line values, TOML key names) on top. Raises ConfigError."""
    file_path = path if path is not None else find_config_file(start)
    settings = read_config_file(file_path) if file_path is not None else {}
    cli = validate_settings(dict(overrides or {}), COMMAND_LINE)
    for key in ("rules", "disable"):
        if key in cli and key in settings:
            cli[key] = [*settings[key], *cli[key]]
    merged = {**settings, **cli}
    config = settings_to_config(merged)
    if file_path is None:
        return config
    return replace(config, extra={**config.extra, "config-file": str(file_path)})
