"""The speed-ups must not change a single result: each fast path against the plain way it
replaces (the stdlib JSON encoder, one regex per term, spaCy on every text, parsing styles.xml
every time, PyYAML's pure-Python parser, re-encoding the report from the JSONL spool)."""

from __future__ import annotations

import io
import json
import math
import unicodedata
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner
from docx.enum.style import WD_STYLE_TYPE
from hypothesis import given, settings
from hypothesis import strategies as st

import compliance.extract.vocab as vocab
from compliance.check import check, check_file
from compliance.cli import cli
from compliance.config import Config
from compliance.evaluate import rules as rules_mod
from compliance.extract import durations
from compliance.extract.text import _SPACES, find_terms, has_any, normalise, phrase_pattern
from compliance.ingest import docx as docx_mod
from compliance.ingest import load
from compliance.report import json_out
from compliance.report.view import ReportView, iter_text_records, write_text_record

from helpers_docx import define_list, member, numbered, rewrite_zip

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"


# ---- JSON writer ------------------------------------------------------------------------------


def _stdlib(value: object, depth: int) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=json_out.INDENT)
    return text.replace("\n", "\n" + " " * (json_out.INDENT * depth))


_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
)
_json_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(value=_json_values, depth=st.integers(min_value=0, max_value=3))
def test_indented_json_is_byte_for_byte_the_stdlib(value, depth):
    assert json_out._dumps(value, depth) == _stdlib(value, depth)


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"a": []},
        [[[]], {}],
        {1: "int key", "b": {2.5: None, True: 1}},  # keys json.dumps coerces: its own way
        {"nan": math.nan, "inf": math.inf, "-inf": -math.inf, "zero": -0.0, "big": 1e300},
        {"text": 'é "quoted" \\ \n\t\x00 \u2028 👍'},
        ("tuple", ("nested",)),
    ],
)
def test_indented_json_edge_values(value):
    for depth in (0, 2):
        assert json_out._dumps(value, depth) == _stdlib(value, depth)


def test_indented_json_of_real_documents():
    config = Config()
    for path in sorted(SAMPLES.glob("*.docx"))[:6]:
        document = check_file(path, config)
        assert json_out.document_text(document) == _stdlib(document, 2)


def test_unencodable_value_still_raises_like_json():
    with pytest.raises(TypeError):
        json_out._dumps({"a": object()}, 0)


# ---- the JSON spool of pre-rendered documents --------------------------------------------------


def test_text_records_round_trip(tmp_path):
    records = ["", "plain", "two\nlines", "crlf\r\nkept\r", "unicode é 👍\n", "5\n12345"]
    spool = tmp_path / "records.txt"
    with spool.open("w", encoding="utf-8", newline="") as out:
        for r in records:
            write_text_record(out, r)
    assert list(iter_text_records(spool)) == records
    assert list(iter_text_records(spool)) == records  # re-callable


def test_json_writer_same_with_pre_rendered_documents():
    report = check(sorted(SAMPLES.glob("*.docx"))[:3], Config())
    view = ReportView.from_report(report)
    plain, fast = io.StringIO(), io.StringIO()
    json_out.write(view, plain)
    texts = [json_out.document_text(d) for d in report["documents"]]
    json_out.write(ReportView(**{**view.__dict__, "document_texts": lambda: texts}), fast)
    assert fast.getvalue() == plain.getvalue()
    assert json.loads(fast.getvalue()) == json.loads(json.dumps(report))


def test_cli_json_output_equals_the_report_of_check(tmp_path):
    files = [str(p) for p in sorted(SAMPLES.glob("*.docx"))[:3]]
    out_json, out_csv = tmp_path / "r.json", tmp_path / "r.csv"
    args = ["check", *files, "--no-cache", "--no-progress", "-j", "1"]
    result = CliRunner().invoke(cli, [*args, "-o", str(out_json)])
    assert result.exit_code in (0, 1), result.output
    both = CliRunner().invoke(cli, [*args, "-o", str(tmp_path / "b.json"), "-o", str(out_csv)])
    assert both.exit_code in (0, 1), both.output
    # JSON alone (text spool only) and JSON next to CSV (both spools): the same bytes
    assert out_json.read_bytes() == (tmp_path / "b.json").read_bytes()
    written = json.loads(out_json.read_text(encoding="utf-8"))
    assert [d["path"] for d in written["documents"]] == files
    assert written["summary"]["documents"] == 3
    assert out_csv.read_text(encoding="utf-8").count("\n") > 3


# ---- vocabulary matching ------------------------------------------------------------------------


def _vocabularies() -> list[dict]:
    return [
        v
        for v in vars(vocab).values()
        if isinstance(v, dict) and v and all(isinstance(x, tuple) for x in v.values())
    ]


def _regex_terms(text: str, vocabulary: dict) -> list[str]:
    return [t for t, p in vocabulary.items() if phrase_pattern(tuple(p)).search(text)]


_PHRASES = sorted({p for v in _vocabularies() for ps in v.values() for p in ps})
_SEPARATORS = st.sampled_from([" ", "  ", "-", "/", "\n", " - ", "", "nya ", ". "])


@st.composite
def _texts(draw) -> str:
    parts = draw(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=3))
    text = draw(_SEPARATORS).join(parts)
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    text = "".join(c.upper() if f else c for c, f in zip(text, flips))
    # "\u212a" (Kelvin sign) matches "k" case-insensitively: text that is not ASCII
    prefix = draw(st.sampled_from(["", "x", "Rp", "1. ", "\u212a", "é "]))
    suffix = draw(st.sampled_from(["", "nya", "-nya", "x", ".", " dll"]))
    return prefix + text + suffix


@settings(max_examples=400, deadline=None)
@given(text=_texts())
def test_find_terms_equals_one_regex_per_term(text):
    for vocabulary in _vocabularies():
        assert find_terms(text, vocabulary) == _regex_terms(text, vocabulary)


@settings(max_examples=200, deadline=None)
@given(text=_texts(), phrase=st.sampled_from(_PHRASES))
def test_has_any_equals_the_regex(text, phrase):
    for phrases in ((phrase,), tuple(_PHRASES[:40]), ()):
        assert has_any(text, phrases) == bool(phrase_pattern(phrases).search(text))


def test_find_terms_sees_a_changed_vocabulary():
    vocabulary = {"a": ("alpha",), "b": ("beta",)}
    assert find_terms("Beta", vocabulary) == ["b"]
    vocabulary["b"] = ("gamma",)
    assert find_terms("Beta", vocabulary) == []
    vocabulary["c"] = ("beta",)
    assert find_terms("Beta", vocabulary) == ["c"]


def _normalise_reference(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").replace("\r", "\n")
    lines = (_SPACES.sub(" ", ln).strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t\n\r\x0b\x0c\x1cab.\u00a0\u2003é\ufb01", max_size=14))
def test_normalise_equals_nfkc_and_regex(text):
    assert normalise(text) == _normalise_reference(text)


# ---- durations without spaCy --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tidak dipungut biaya",
        "Fotokopi KTP 2 lembar",
        "Sesuai SOP 15",
        "3 (tiga) hari kerja",
        "Paling lambat 14 HARI",
        "15menit",
        "sehari jadi",
        "1 Minggu",
        "Senin - Jumat 08.00 - 16.00",
        "\u212aali",  # not a unit, non-ASCII
    ],
)
def test_duration_precheck_changes_nothing(text, monkeypatch):
    fast = durations.find_durations(text)
    monkeypatch.setattr(durations, "_UNITS_ASCII", False)  # always through spaCy
    assert durations.find_durations(text) == fast


# ---- styles.xml cache ---------------------------------------------------------------------------


def _styled(path: Path, outline: int | None) -> Path:
    d = docx.Document()
    style = d.styles.add_style("Bagian", WD_STYLE_TYPE.PARAGRAPH)
    if outline is not None:
        ppr = style.element.get_or_add_pPr()
        ppr.append(
            ppr.makeelement(
                f"{{{docx_mod.W_NS}}}outlineLvl", {f"{{{docx_mod.W_NS}}}val": str(outline)}
            )
        )
    d.add_paragraph("PERSYARATAN", style="Bagian")
    d.add_paragraph("Fotokopi KTP")
    d.add_heading("Prosedur", level=2)
    d.save(path)
    return path


def test_style_cache_keys_on_the_part_content(tmp_path):
    docx_mod._STYLE_TABLES.clear()
    heading = _styled(tmp_path / "heading.docx", 0)
    plain = rewrite_zip(
        heading,
        tmp_path / "plain.docx",
        replace={"word/styles.xml": member(_styled(tmp_path / "p.docx", None), "word/styles.xml")},
    )
    first = load(heading)
    again = load(heading)  # served from the cache
    assert again.blocks == first.blocks
    assert [b.kind for b in first.blocks[:1]] == ["heading"]
    # same document.xml, another styles.xml: the cache must not answer for it
    other = load(plain)
    assert other.blocks[0].kind == "paragraph"
    assert other.blocks[2] == first.blocks[2]  # "Heading 2" from the template, both ways
    docx_mod._STYLE_TABLES.clear()
    assert load(plain).blocks == other.blocks
    assert load(heading).blocks == first.blocks


def _listed(path: Path, fmt: str, text: str) -> Path:
    d = docx.Document()
    num = define_list(d, [(fmt, text)])
    for item in ("Fotokopi KTP", "Kartu Keluarga", "Pas foto"):
        numbered(d, item, num)
    d.save(path)
    return path


def test_numbering_cache_keys_on_the_part_content(tmp_path):
    docx_mod._STYLE_TABLES.clear()
    docx_mod._NUMBERINGS.clear()
    letters = _listed(tmp_path / "letters.docx", "lowerLetter", "%1)")
    digits = rewrite_zip(
        letters,
        tmp_path / "digits.docx",
        replace={
            "word/numbering.xml": member(
                _listed(tmp_path / "d.docx", "decimal", "%1."), "word/numbering.xml"
            )
        },
    )
    first = [b.text for b in load(letters).blocks]
    assert first == ["a) Fotokopi KTP", "b) Kartu Keluarga", "c) Pas foto"]
    assert [b.text for b in load(letters).blocks] == first  # served from the cache
    assert [b.text for b in load(digits).blocks] == [
        "1. Fotokopi KTP",
        "2. Kartu Keluarga",
        "3. Pas foto",
    ]
    assert [b.text for b in load(letters).blocks] == first  # counters are per document


def test_stored_key_is_the_member_as_compressed(tmp_path):
    import zipfile
    import zlib

    path = _styled(tmp_path / "k.docx", 1)
    with zipfile.ZipFile(path) as zf:
        key = docx_mod._stored(zf, "word/styles.xml")
        assert key is not None
        method, crc, size, _flags, raw = key
        data = zlib.decompress(raw, -15) if method == zipfile.ZIP_DEFLATED else raw
        assert data == zf.read("word/styles.xml")
        assert (crc, size) == (zlib.crc32(data), len(data))
        assert docx_mod._stored(zf, "word/missing.xml") is None


# ---- rule files through libyaml ------------------------------------------------------------------


def test_rule_yaml_parses_the_same_with_libyaml():
    files = sorted((REPO / "rules").rglob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert rules_mod._safe_load(text) == yaml.safe_load(text), path


def test_broken_rule_yaml_reports_the_pure_python_error(tmp_path):
    text = "- code: X\n  when: [unclosed\n"
    with pytest.raises(yaml.YAMLError) as expected:
        yaml.safe_load(text)
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(rules_mod.RuleError) as got:
        rules_mod.load_rule_file(path, "test")
    assert str(expected.value) in str(got.value)
