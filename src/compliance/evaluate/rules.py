"""Rule packs: loading YAML rule files, validating them, and the `RuleSet` the engine runs.

A pack is a folder of YAML files, each a list of rules (shape: `rules/schema.json`, language of
`when`: `condition.py`). The built-in packs live in the repository's `rules/` folder; extra packs
come from `Config.rule_dirs` (pack id = folder name, or `id`/`version` in the folder's `pack.yaml`).
Anything wrong in a rule file is a `RuleError` naming the file and the problem, raised at load
time, never while a document is being checked.
"""

from __future__ import annotations

import hashlib
import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

import compliance
from compliance.config import Config, ConfigError
from compliance.evaluate.condition import Condition, ConditionError, compile_condition
from compliance.evaluate.scopes import DOCUMENT_SCOPE, component_scope

STATUSES = ("absent", "weak", "info")
SEVERITIES = ("error", "warning", "info")
PLACEHOLDERS = frozenset(
    {"component_name", "heading", "found", "service", "detail", "reason", "age_years", "unit"}
)
PACK_FILE = "pack.yaml"


class RuleError(ConfigError, ValueError):
    """A rule file, pack or rule-related configuration that cannot be used. It names the file
    (or configuration key) and the problem. A ConfigError, so front doors report it like any
    bad configuration (exit status 2)."""

    def __init__(self, source: str, problem: str, key: str | None = None) -> None:
        self.problem = problem
        super().__init__(source, key, problem, problem)

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}" if self.key is None else (
            f"{self.source}: {self.key}: {self.problem}"
        )


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    component: str  # one of the 14 ids, "maklumat" or "document"
    status: str  # absent | weak | info
    severity: str  # error | warning | info
    legal_basis: str
    message: Mapping[str, str]  # {"id": ..., "en": ...}
    suggestion: Mapping[str, str]
    when: Condition
    pack: str
    source: str  # the rule file, for messages and `rules show`
    detail: Condition | None = None
    examples: Mapping[str, tuple[str | None, ...]] = field(default_factory=dict)
    todo: Mapping[str, tuple[str | None, ...]] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    description: str | None = None

    def text(self, key: str, lang: str) -> str:
        """The message or suggestion template in `lang` (Indonesian unless "en")."""
        texts = self.message if key == "message" else self.suggestion
        return texts["en" if lang == "en" else "id"]


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    pack_info: tuple[tuple[str, str], ...]  # (id, version) per pack, load order
    digest: str  # sha256 over the rule files' bytes: part of a result-cache key
    _by_code: dict[str, Rule] = field(init=False, repr=False, compare=False)
    _by_component: dict[str, tuple[Rule, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_code: dict[str, Rule] = {}
        by_component: dict[str, list[Rule]] = {}
        for rule in self.rules:
            for key in (rule.code, rule.name, *rule.aliases):
                by_code.setdefault(key, rule)
            by_component.setdefault(rule.component, []).append(rule)
        object.__setattr__(self, "_by_code", by_code)
        object.__setattr__(
            self, "_by_component", {k: tuple(v) for k, v in by_component.items()}
        )

    @property
    def packs(self) -> list[dict[str, str]]:
        """The packs that ran, for the report's `rulesets`."""
        return [{"id": pack_id, "version": version} for pack_id, version in self.pack_info]

    def get(self, code: str) -> Rule | None:
        """A rule by code, alias or name."""
        return self._by_code.get(code)

    def __getitem__(self, code: str) -> Rule:
        rule = self.get(code)
        if rule is None:
            raise KeyError(code)
        return rule

    def for_component(self, component: str) -> tuple[Rule, ...]:
        return self._by_component.get(component, ())


# ---- locating packs -------------------------------------------------------------------------


def builtin_rules_dir() -> Path:
    """The folder holding the built-in packs and schema.json: `compliance/rules` in an installed
    wheel (pyproject maps the repository's rules/ there), or `rules/` at the repository root in
    an editable install."""
    package = Path(compliance.__file__).resolve().parent
    for candidate in (package / "rules", package.parents[1] / "rules"):
        if (candidate / "schema.json").is_file():
            return candidate
    raise RuleError(
        str(package / "rules"), "built-in rules not found (nor in the repository's rules/)"
    )


@lru_cache(maxsize=1)
def _schema_validator() -> jsonschema.Draft202012Validator:
    path = builtin_rules_dir() / "schema.json"
    return jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))


# ---- loading one file -----------------------------------------------------------------------


def _json_path(parts: Any) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)  # libyaml: ~10x faster than pure Python


def _safe_load(text: str) -> Any:
    """`yaml.safe_load`, parsed by libyaml when available (rule loading is most of a run's
    start-up otherwise). Same constructor and resolver, so the same data; a file libyaml
    rejects is parsed again the pure-Python way so the error reads exactly as before."""
    if _FAST_LOADER is not None:
        try:
            return yaml.load(text, Loader=_FAST_LOADER)  # noqa: S506 - a safe loader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def load_rule_file(path: Path, pack: str) -> tuple[Rule, ...]:
    """Read, validate and compile one rule file."""
    try:
        data = _safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise RuleError(str(path), f"invalid YAML: {e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise RuleError(str(path), f"cannot read: {e}") from None
    errors = sorted(_schema_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        where = _json_path(e.absolute_path)
        code = ""
        if e.absolute_path and isinstance(data, list) and isinstance(e.absolute_path[0], int):
            item = data[e.absolute_path[0]]
            if isinstance(item, dict) and isinstance(item.get("code"), str):
                code = f" (rule {item['code']})"
        raise RuleError(str(path), f"schema violation at {where}{code}: {e.message}")
    return tuple(_build_rule(item, path, pack) for item in data)


def _build_rule(item: dict[str, Any], path: Path, pack: str) -> Rule:
    code = item["code"]
    where = f"rule {code}"
    source = str(path)
    component = item["component"]
    scope = DOCUMENT_SCOPE if component == "document" else component_scope(component)
    try:
        when = compile_condition(item["when"], scope)
        detail = compile_condition(item["detail"], scope) if "detail" in item else None
    except ConditionError as e:
        raise RuleError(source, f"{where}: unparsable condition: {e}") from None
    for key in ("message", "suggestion"):
        for lang, template in item[key].items():
            _check_placeholders(template, source, f"{where}: {key}.{lang}", detail is not None)
    status = item["status"]
    examples = _examples(item.get("examples", {}), status, component, source, f"{where}: examples")
    todo = _examples(item.get("todo", {}), status, component, source, f"{where}: todo")
    return Rule(
        code=code,
        name=item["name"],
        component=component,
        status=item["status"],
        severity=item["severity"],
        legal_basis=item["legal_basis"],
        message=dict(item["message"]),
        suggestion=dict(item["suggestion"]),
        when=when,
        pack=pack,
        source=str(path),
        detail=detail,
        examples=examples,
        todo=todo,
        aliases=tuple(item.get("aliases", ())),
        description=item.get("description"),
    )


def _check_placeholders(template: str, source: str, where: str, has_detail: bool) -> None:
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as e:
        raise RuleError(source, f"{where}: bad placeholder syntax: {e}") from None
    for name in names:
        if name not in PLACEHOLDERS:
            allowed = ", ".join(sorted(PLACEHOLDERS))
            raise RuleError(source, f"{where}: unknown placeholder {{{name}}} (allowed: {allowed})")
        if name == "detail" and not has_detail:
            raise RuleError(source, f"{where}: {{detail}} is used but the rule has no 'detail'")


def _examples(
    raw: Mapping[str, list[str | None]], status: str, component: str, source: str, where: str
) -> dict[str, tuple[str | None, ...]]:
    for key, texts in raw.items():
        if key not in (status, "ok"):
            problem = f"a {status} rule's examples go under '{status}' or 'ok', not '{key}'"
            raise RuleError(source, f"{where}: {problem}")
        if component == "document" and any(t is None for t in texts):
            raise RuleError(
                source, f"{where}: null (component not found) is not an example of a document rule"
            )
    return {key: tuple(texts) for key, texts in raw.items()}


# ---- loading packs --------------------------------------------------------------------------


def _pack_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.name != PACK_FILE
    )


def _pack_meta(folder: Path, files: list[Path]) -> tuple[str, str]:
    meta_path = folder / PACK_FILE
    meta: Any = {}
    if meta_path.is_file():
        try:
            meta = _safe_load(meta_path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as e:
            raise RuleError(str(meta_path), f"invalid YAML: {e}") from None
        if not isinstance(meta, dict) or not all(
            isinstance(meta.get(k, ""), (str, int, float)) for k in ("id", "version")
        ):
            raise RuleError(str(meta_path), "expected a mapping with 'id' and 'version'")
    pack_id = str(meta.get("id") or folder.name)
    version = meta.get("version")
    if version is None:  # unversioned pack: its content is its version
        h = hashlib.sha256(b"".join(p.read_bytes() for p in files))
        version = h.hexdigest()[:12]
    return pack_id, str(version)


@lru_cache(maxsize=16)
def _load(packs: tuple[str, ...], dirs: tuple[str, ...]) -> RuleSet:
    builtin = builtin_rules_dir()
    folders: list[Path] = []
    for pack in packs:
        folder = builtin / pack
        if not pack or "/" in pack or "\\" in pack or not folder.is_dir():
            known = sorted(p.name for p in builtin.iterdir() if p.is_dir())
            problem = f"unknown rule pack {pack!r} (built-in packs: {', '.join(known)})"
            raise RuleError(str(builtin), problem, "packs")
        folders.append(folder)
    for d in dirs:
        folder = Path(d)
        if not folder.is_dir():
            raise RuleError(str(d), "rule folder not found")
        folders.append(folder)

    rules: list[Rule] = []
    info: list[tuple[str, str]] = []
    seen: dict[str, Rule] = {}
    digest = hashlib.sha256()
    for folder in folders:
        files = _pack_files(folder)
        if not files:
            raise RuleError(str(folder), "no rule files (*.yaml) in this rule folder")
        pack_id, version = _pack_meta(folder, files)
        if any(pack_id == known for known, _ in info):
            raise RuleError(str(folder), f"pack id {pack_id!r} is loaded twice")
        info.append((pack_id, version))
        for path in files:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
            for rule in load_rule_file(path, pack_id):
                for key in (rule.code, *rule.aliases):
                    if key in seen:
                        first = seen[key].source
                        problem = f"duplicate rule code {key} (already defined in {first})"
                        raise RuleError(str(path), problem)
                    seen[key] = rule
                rules.append(rule)
    return RuleSet(tuple(rules), tuple(info), digest.hexdigest())


@lru_cache(maxsize=64)
def _configured(
    packs: tuple[str, ...],
    dirs: tuple[str, ...],
    disabled: frozenset[str],
    severities: tuple[tuple[str, str], ...],
) -> RuleSet:
    """`disabled`/`severities` hold canonical codes, already checked by load_rules."""
    base = _load(packs, dirs)
    if not disabled and not severities:
        return base
    overrides = dict(severities)
    rules = tuple(
        replace(r, severity=overrides.get(r.code, r.severity))
        for r in base.rules
        if r.code not in disabled
    )
    return RuleSet(rules, base.pack_info, base.digest)


def _canonical(base: RuleSet, code: str, source: str, key: str) -> str:
    rule = base.get(code)
    if rule is None:
        raise RuleError(source, f"unknown rule code {code!r}", key)
    return rule.code


def load_rules(config: Config = Config()) -> RuleSet:
    """The rules `config` selects, with its disabled codes removed and severities overridden
    (codes, aliases or names accepted). Cached in-process: it is called once per checked file."""
    packs, dirs = tuple(config.packs), tuple(config.rule_dirs)
    base = _load(packs, dirs)
    source = str(config.extra.get("config-file") or "<konfigurasi>")
    disabled = frozenset(_canonical(base, c, source, "disable") for c in config.disabled)
    severities: dict[str, str] = {}
    for code, severity in config.severities:
        if severity not in SEVERITIES:
            listed = ", ".join(SEVERITIES)
            raise RuleError(source, f"{code}: {severity!r} is not one of {listed}", "severity")
        severities[_canonical(base, code, source, "severity")] = severity
    return _configured(packs, dirs, disabled, tuple(sorted(severities.items())))
