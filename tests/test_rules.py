"""Rule packs: every rule's examples run for real, the schema and the condition language reject
bad rules with the file named, configuration (disable, severities, packs) works."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from compliance.config import Config, ConfigError
from compliance.evaluate import RuleError, load_rules
from compliance.evaluate.condition import ConditionError, Scope, compile_condition
from compliance.evaluate.rules import builtin_rules_dir
from compliance.evaluate.scopes import DOCUMENT_SCOPE, component_scope
from compliance.model import COMPONENT_IDS

from helpers_evaluate import component_fires, document_codes

RULES = load_rules(Config())
HAS_EXTRACT = importlib.util.find_spec("compliance.extract") is not None and hasattr(
    importlib.import_module("compliance.extract"), "extract"
)
HAS_SEGMENT = importlib.util.find_spec("compliance.segment") is not None and hasattr(
    importlib.import_module("compliance.segment"), "segment"
)


def _cases(kind: str) -> list:
    cases = []
    for rule in RULES.rules:
        source = rule.examples if kind == "examples" else rule.todo
        for key, texts in source.items():
            for i, text in enumerate(texts):
                marks = [pytest.mark.xfail(reason="known miss (todo)")] if kind == "todo" else []
                case_id = f"{rule.code}-{key}-{i}"
                cases.append(pytest.param(rule.code, key, text, id=case_id, marks=marks))
    return cases


def _fires(code: str, text: str | None) -> bool:
    rule = RULES[code]
    if rule.component == "document":
        if not (HAS_SEGMENT and HAS_EXTRACT):
            pytest.skip("compliance.segment / compliance.extract not importable yet")
        return code in document_codes(text)
    if not HAS_EXTRACT:
        pytest.skip("compliance.extract not importable yet")
    return component_fires(rule, text)


# ---- every rule's examples, for real --------------------------------------------------------


@pytest.mark.parametrize("code,key,text", _cases("examples"))
def test_rule_example(code: str, key: str, text: str | None) -> None:
    fired = _fires(code, text)
    if key == "ok":
        assert not fired, f"{code} fired on an ok example: {text!r}"
    else:
        assert fired, f"{code} did not fire on a {key} example: {text!r}"


@pytest.mark.parametrize("code,key,text", _cases("todo"))
def test_rule_todo_example(code: str, key: str, text: str | None) -> None:
    assert _fires(code, text) == (key != "ok")


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.code)
def test_every_rule_has_firing_and_ok_examples(rule) -> None:
    # Scanned PDFs have no text, so PANRB15-DOC-SCANNED has only ok examples (covered in
    # test_evaluate with a scanned segmentation).
    if rule.code != "PANRB15-DOC-SCANNED":
        assert rule.examples.get(rule.status), f"{rule.code} has no '{rule.status}' example"
    assert rule.examples.get("ok"), f"{rule.code} has no 'ok' example"


# ---- what the built-in packs contain ------------------------------------------------------------


def test_builtin_packs_and_versions() -> None:
    assert RULES.packs == [
        {"id": "uu25-2009", "version": "1"},
        {"id": "permenpanrb-15-2014", "version": "1"},
    ]
    assert len(RULES.digest) == 64


@pytest.mark.parametrize("component", [*COMPONENT_IDS, "maklumat"])
def test_every_component_has_absent_and_empty_rules(component: str) -> None:
    rules = {r.when.source: r for r in RULES.for_component(component)}
    assert rules["not found"].status == "absent"
    empty = [
        r for r in RULES.for_component(component) if r.when.source.startswith("found and empty")
    ]
    assert empty and all(r.status == "absent" for r in empty)


def test_rubric_lines_are_implemented() -> None:
    """Each rubric line has its rule (codes are stable: renaming one breaks users' configs)."""
    expected = {
        "UU25-DASAR-NO-CITATION", "UU25-SYARAT-NOT-CONCRETE", "UU25-SYARAT-OPEN-ENDED",
        "UU25-PROSEDUR-FEW-STEPS", "UU25-PROSEDUR-REF-ONLY", "UU25-PROSEDUR-FLOWCHART",
        "UU25-WAKTU-VAGUE", "UU25-WAKTU-OFFICE-HOURS", "UU25-WAKTU-NO-DURATION", "UU25-WAKTU-RANGE",
        "UU25-BIAYA-VAGUE", "UU25-BIAYA-REF-ONLY", "UU25-PRODUK-GENERIC",
        "UU25-SARANA-NOT-CONCRETE",
        "UU25-KOMPETENSI-NOT-CONCRETE", "UU25-PENGAWASAN-NO-WHO-HOW", "UU25-PENGADUAN-NO-CHANNEL",
        "UU25-PENGADUAN-NO-RESPONSE-TIME", "UU25-PENGADUAN-KOTAK-SARAN-ONLY",
        "UU25-PELAKSANA-NO-NUMBER", "UU25-JAMINAN-NO-COMMITMENT", "UU25-KEAMANAN-NOT-CONCRETE",
        "UU25-EVALUASI-NO-METHOD", "UU25-DASAR-YEAR-IMPOSSIBLE", "UU25-DASAR-UU25-WRONG-YEAR",
        "UU25-DASAR-WRONG-LAW", "UU25-DASAR-REPEALED", "UU25-MAKLUMAT-ABSENT",
        "UU25-MAKLUMAT-NO-PROMISE", "UU25-MAKLUMAT-NO-SANCTION", "PANRB15-NOT-SET",
        "PANRB15-NUMBER-BLANK", "PANRB15-DATE-MISSING", "PANRB15-DELIVERY-MISSING",
        "PANRB15-NO-PARTICIPATION", "PANRB15-REVIEW-DUE", "PANRB15-REVIEW-OVERDUE",
        "PANRB15-DOC-OTHER", "PANRB15-DOC-SCANNED", "PANRB15-NO-SERVICE",
    }
    assert expected <= {r.code for r in RULES.rules}
    assert RULES["UU25-BIAYA-VAGUE"].status == "weak"
    assert RULES["UU25-BIAYA-REF-ONLY"].status == "info"
    assert RULES["UU25-MAKLUMAT-NO-SANCTION"].status == "weak"


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.code)
def test_messages_are_bilingual_and_fill(rule) -> None:
    names = ("component_name", "heading", "found", "service", "detail", "reason", "age_years")
    values = dict.fromkeys((*names, "unit"), "X")
    for key in ("message", "suggestion"):
        id_text = rule.text(key, "id").format_map(values)
        en_text = rule.text(key, "en").format_map(values)
        assert id_text and en_text and id_text != en_text
        assert "{" not in id_text and "{" not in en_text
    assert rule.legal_basis.startswith(("UU 25/2009", "PermenPANRB"))


# ---- bad rule files -------------------------------------------------------------------------

GOOD_RULE = """\
- code: X-BIAYA-TEST
  name: biaya-test
  component: biaya
  status: weak
  severity: warning
  legal_basis: UU 25/2009 Pasal 21 huruf e
  message: {id: "Pesan", en: "Message"}
  suggestion: {id: "Saran", en: "Suggestion"}
  when: "content and not fields.amounts"
  examples: {weak: ["Sesuai ketentuan"], ok: ["Rp 5.000"]}
"""


def _pack(tmp_path: Path, text: str, name: str = "extra", filename: str = "biaya.yaml") -> Config:
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    (folder / filename).write_text(text, encoding="utf-8")
    return Config(packs=(), rule_dirs=(str(folder),))


def _load_error(tmp_path: Path, text: str) -> str:
    config = _pack(tmp_path, text)
    with pytest.raises(RuleError) as info:
        load_rules(config)
    message = str(info.value)
    assert "biaya.yaml" in message  # the file is always named
    return message


def test_extra_pack_loads_with_folder_name_and_content_version(tmp_path: Path) -> None:
    rules = load_rules(_pack(tmp_path, GOOD_RULE))
    assert [r.code for r in rules.rules] == ["X-BIAYA-TEST"]
    assert rules.packs[0]["id"] == "extra" and len(rules.packs[0]["version"]) == 12
    assert rules["X-BIAYA-TEST"].pack == "extra"


def test_pack_yaml_names_the_pack(tmp_path: Path) -> None:
    config = _pack(tmp_path, GOOD_RULE)
    (tmp_path / "extra" / "pack.yaml").write_text('id: prov-lampung\nversion: "2"\n')
    assert load_rules(config).packs == [{"id": "prov-lampung", "version": "2"}]


def test_missing_code_is_rejected(tmp_path: Path) -> None:
    message = _load_error(tmp_path, GOOD_RULE.replace("- code: X-BIAYA-TEST\n  name", "- name"))
    assert "'code' is a required property" in message and "$[0]" in message


def test_bad_status_is_rejected(tmp_path: Path) -> None:
    message = _load_error(tmp_path, GOOD_RULE.replace("status: weak", "status: lemah"))
    assert "$[0].status" in message and "X-BIAYA-TEST" in message


def test_unknown_component_is_rejected(tmp_path: Path) -> None:
    message = _load_error(tmp_path, GOOD_RULE.replace("component: biaya", "component: tarif"))
    assert "$[0].component" in message


@pytest.mark.parametrize(
    "when,problem",
    [
        ("content and not fields.amount", "unknown field fields.amount"),
        ("content and nonsense", "unknown name 'nonsense'"),
        ("__import__('os')", "unknown function '__import__'"),
        ("text.lower() == 'x'", "unknown function 'text.lower'"),
        ("fields.__class__", "attribute '__class__' is not allowed"),
        ("content and (", "cannot parse"),
        ("lambda: 1", "Lambda is not allowed"),
        ("fields.amounts[0]", "Subscript is not allowed"),
    ],
)
def test_bad_condition_is_rejected(tmp_path: Path, when: str, problem: str) -> None:
    rule = GOOD_RULE.replace('"content and not fields.amounts"', json.dumps(when))
    message = _load_error(tmp_path, rule)
    assert "X-BIAYA-TEST" in message and "unparsable condition" in message and problem in message


def test_bad_yaml_is_rejected(tmp_path: Path) -> None:
    assert "invalid YAML" in _load_error(tmp_path, GOOD_RULE + "  when: [unclosed\n")


def test_unknown_placeholder_is_rejected(tmp_path: Path) -> None:
    message = _load_error(tmp_path, GOOD_RULE.replace('"Pesan"', '"Pesan {jumlah}"'))
    assert "unknown placeholder {jumlah}" in message


def test_example_under_wrong_status_is_rejected(tmp_path: Path) -> None:
    message = _load_error(tmp_path, GOOD_RULE.replace("examples: {weak:", "examples: {absent:"))
    assert "examples go under 'weak'" in message


def test_duplicate_code_names_both_files(tmp_path: Path) -> None:
    config = _pack(tmp_path, GOOD_RULE)
    other = GOOD_RULE.replace("name: biaya-test", "name: other")
    (tmp_path / "extra" / "produk.yaml").write_text(other)
    duplicate = r"produk\.yaml: duplicate rule code X-BIAYA-TEST .*biaya\.yaml"
    with pytest.raises(RuleError, match=duplicate):
        load_rules(config)


def test_duplicate_of_a_builtin_code_is_rejected(tmp_path: Path) -> None:
    folder = tmp_path / "extra"
    _pack(tmp_path, GOOD_RULE.replace("X-BIAYA-TEST", "UU25-BIAYA-VAGUE"))
    with pytest.raises(RuleError, match="duplicate rule code UU25-BIAYA-VAGUE"):
        load_rules(Config(rule_dirs=(str(folder),)))


def test_unknown_pack_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="unknown rule pack 'uu99'"):
        load_rules(Config(packs=("uu99",)))
    with pytest.raises(RuleError, match="rule folder not found"):
        load_rules(Config(rule_dirs=(str(tmp_path / "nope"),)))


# ---- configuration ------------------------------------------------------------------------------


def test_disabled_rules_are_removed_by_code_alias_or_name() -> None:
    rules = load_rules(Config(disabled=frozenset({"UU25-BIAYA-VAGUE", "jangka-waktu-rentang"})))
    codes = {r.code for r in rules.rules}
    assert "UU25-BIAYA-VAGUE" not in codes and "UU25-WAKTU-RANGE" not in codes
    assert len(codes) == len(RULES.rules) - 2
    assert rules.packs == RULES.packs


def test_severity_override() -> None:
    rules = load_rules(Config(severities=(("UU25-BIAYA-VAGUE", "error"),)))
    assert rules["UU25-BIAYA-VAGUE"].severity == "error"
    assert RULES["UU25-BIAYA-VAGUE"].severity == "warning"  # the base set is untouched


def test_bad_configuration_is_a_rule_error() -> None:
    config = Config(disabled=frozenset({"UU25-NOPE"}), extra={"config-file": "compliance.toml"})
    with pytest.raises(RuleError, match="unknown rule code 'UU25-NOPE'") as info:
        load_rules(config)
    # a ConfigError too, so the front doors report it as a configuration error (exit 2)
    assert isinstance(info.value, ConfigError)
    expected = "Konfigurasi tidak valid di compliance.toml: kunci 'disable'"
    assert info.value.message("id").startswith(expected)
    with pytest.raises(RuleError, match="'fatal' is not one of"):
        load_rules(Config(severities=(("UU25-BIAYA-VAGUE", "fatal"),)))


def test_load_rules_is_cached_per_configuration() -> None:
    assert load_rules(Config()) is load_rules(Config(lang="en"))
    assert load_rules(Config()) is not load_rules(Config(disabled=frozenset({"UU25-BIAYA-VAGUE"})))


def test_builtin_rules_dir_holds_the_schema() -> None:
    assert (builtin_rules_dir() / "schema.json").is_file()


# ---- the condition language ---------------------------------------------------------------------

SCOPE = component_scope("jangka_waktu")


def _eval(source: str, scope: Scope = SCOPE, **env) -> object:
    return compile_condition(source, scope)(env)


def test_attribute_access_is_null_safe() -> None:
    assert _eval("fields.durations", fields={}) is None
    assert _eval("fields.durations", fields=None) is None
    assert _eval("len(fields.durations) == 0", fields={"durations": None}) is True
    assert _eval("doc.setting.number", DOCUMENT_SCOPE, doc={"setting": None}) is None


def test_comprehensions_and_functions() -> None:
    fields = {"durations": [{"unit": "menit", "value": 30}, {"unit": "hari", "value": 2}]}
    assert _eval("any(d.unit == 'hari' for d in fields.durations)", fields=fields) is True
    assert _eval("[d.value for d in fields.durations if d.value > 10]", fields=fields) == [30]
    assert _eval("all(d.value > 0 for d in fields.durations)", fields=fields) is True
    assert _eval("matches(text, 'hari\\\\s+kerja')", text="3 HARI  KERJA") is True
    generic = "only_words(text, 'sarana dan prasarana memadai')"
    assert _eval(generic, text="Sarana dan prasarana memadai.") is True
    assert _eval(generic, text="Sarana: ramp") is False
    assert _eval("only_words(text, 'sarana')", text="") is False
    assert _eval("lower(heading) == 'waktu'", heading="WAKTU") is True


def test_ordering_with_missing_values_is_false_not_an_error() -> None:
    assert _eval("fields.range > 1", fields={}) is False
    assert _eval("fields.range < 1", fields={}) is False
    assert _eval("fields.range is None", fields={}) is True
    assert _eval("'x' in fields.vague", fields={}) is False
    assert _eval("'1' < 2", fields={}) is False  # mismatched types: no TypeError


def test_arithmetic_and_boolean_values() -> None:
    assert _eval("len(fields.durations) + len(fields.office_hours) == 3",
                 fields={"durations": [1], "office_hours": [1, 2]}) is True
    assert _eval("-1 < 0") is True
    fields = {"vague": [], "durations": ["x"]}
    assert _eval("fields.vague or fields.durations", fields=fields) == ["x"]


@pytest.mark.parametrize(
    "source",
    [
        "open('/etc/passwd')",
        "(lambda: 1)()",
        "fields.durations.append(1)",
        "[x for x in fields.durations for y in x]",
        "len(fields.durations, 2)",
        "matches(text, text)",
        "matches(text, '(')",
        "fields is 1",
        "1 if found else 0",
        "{'a': 1}",
        "x := 1",
        "any(found for found in fields.durations)",
    ],
)
def test_unsafe_or_unknown_constructs_are_rejected(source: str) -> None:
    with pytest.raises(ConditionError):
        compile_condition(source, SCOPE)


def test_document_scope_knows_doc_keys_only() -> None:
    compile_condition("doc.is_standard and doc.services == 0", DOCUMENT_SCOPE)
    with pytest.raises(ConditionError, match="unknown field doc.service_count"):
        compile_condition("doc.service_count == 0", DOCUMENT_SCOPE)
    with pytest.raises(ConditionError, match="unknown name 'fields'"):
        compile_condition("fields.free", DOCUMENT_SCOPE)


def test_readme_lists_every_builtin_rule() -> None:
    readme = (builtin_rules_dir() / "README.md").read_text(encoding="utf-8")
    missing = [r.code for r in RULES.rules if f"`{r.code}`" not in readme]
    assert not missing, f"add to rules/README.md: {missing}"
