"""The held-out set (holdout/) is consistent: every file labelled, labels well-formed and in the
schema bench/accuracy.py reads, files current with their generator, PDFs carrying a text layer
with the labelled content. It does NOT measure the checker (that is bench/accuracy.py's job)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "holdout"
COMPONENT_IDS = (
    "dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
    "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
    "jaminan_keamanan", "evaluasi",
)
STATUSES = {"present", "weak", "absent"}
DOC_TYPES = {"service_standard", "other", "scanned", "invalid"}
KEYS = {"doc_type", "error", "layout", "unit", "maklumat", "setting", "services", "source"}


def _load_generator():
    spec = importlib.util.spec_from_file_location("holdout_generate", HOLDOUT / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


GEN = _load_generator()
LABELS: dict = yaml.safe_load((HOLDOUT / "labels.yaml").read_text(encoding="utf-8"))
FILES: dict = LABELS["files"]
PDFS = sorted(name for name in FILES if name.endswith(".pdf"))


def squash(text: str) -> str:
    return " ".join(text.lower().split())


def pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_top_level_structure_matches_the_bench_reader():
    assert LABELS["version"] == 1 and isinstance(LABELS["about"], str)
    # bench/accuracy.py load_labels(): yaml["files"] -> {filename: label}
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import accuracy
    finally:
        sys.path.pop(0)
    assert accuracy.load_labels(HOLDOUT / "labels.yaml") == FILES


def test_every_file_is_labelled_and_every_label_has_a_file():
    on_disk = {p.name for p in HOLDOUT.iterdir() if p.suffix in {".docx", ".pdf"}}
    assert on_disk == set(FILES)


def test_set_size_and_mix():
    docx = [n for n in FILES if n.endswith(".docx")]
    negatives = [n for n in docx if FILES[n]["doc_type"] != "service_standard"]
    assert 16 <= len(docx) <= 20
    assert len(negatives) >= 3
    assert len(PDFS) >= 6


@pytest.mark.parametrize("name", sorted(FILES))
def test_label_is_well_formed(name):
    label = FILES[name]
    assert set(label) == KEYS
    assert label["doc_type"] in DOC_TYPES
    assert label["error"] is None  # no invalid files in this set
    setting = label["setting"]
    assert setting is None or (set(setting) == {"number_blank"}
                               and isinstance(setting["number_blank"], bool))
    if label["doc_type"] == "service_standard":
        assert label["services"], "a standard has at least one service"
        assert label["maklumat"] in STATUSES
        assert isinstance(label["unit"], str) and label["unit"].strip()
    else:
        assert label["services"] == [] and label["maklumat"] is None
    names = [sv["name"] for sv in label["services"]]
    assert len(names) == len(set(names)), "service names unique within a document"
    for sv in label["services"]:
        assert isinstance(sv["name"], str) and sv["name"].strip()
        assert tuple(sv["components"]) == COMPONENT_IDS  # all 14, statutory order
        assert set(sv["components"].values()) <= STATUSES


def test_the_set_exercises_every_status():
    seen = {s for lab in FILES.values() for sv in lab["services"]
            for s in sv["components"].values()}
    assert seen == STATUSES
    assert {lab["maklumat"] for lab in FILES.values()} >= STATUSES


@pytest.mark.parametrize("name", PDFS)
def test_pdf_shares_the_label_of_its_docx(name):
    source = FILES[name]["source"]
    assert source == Path(name).with_suffix(".docx").name and source in FILES
    assert FILES[source]["source"] is None
    assert {k: v for k, v in FILES[name].items() if k != "source"} == \
        {k: v for k, v in FILES[source].items() if k != "source"}


@pytest.mark.parametrize("name", PDFS)
def test_pdf_has_a_text_layer_with_the_labelled_content(name):
    text = squash(pdf_text(HOLDOUT / name))
    assert len(text) > 500, "no text layer"
    doc = next(d for d in GEN.DOCS if f"{d.stem}.pdf" == name)
    for sv in doc.services:
        assert squash(sv.name) in text
        for comp in sv.comps:
            if comp.lines:  # the opening words of each component's content are in the PDF
                opening = " ".join(comp.lines[0].split()[:5])
                assert squash(opening) in text, (sv.name, comp.cid, opening)


def test_labels_yaml_and_readme_are_current_with_the_generator():
    assert yaml.safe_load((HOLDOUT / "labels.yaml").read_text(encoding="utf-8")) == GEN.labels()
    assert (HOLDOUT / "README.md").read_text(encoding="utf-8") == GEN.readme()


@pytest.mark.parametrize("doc", GEN.DOCS, ids=lambda d: d.stem)
def test_docx_is_byte_stable_and_current(doc):
    first = GEN.docx_bytes(doc)
    assert first == GEN.docx_bytes(doc), "generation is deterministic"
    assert (HOLDOUT / f"{doc.stem}.docx").read_bytes() == first, "regenerate holdout/"


def test_generator_data_rules_hold():
    GEN.check_data()  # ids unique and valid; empty or '-' content is labelled absent and only it
    for d in GEN.DOCS:
        for sv in d.services:
            labelled = sv.labels()
            written = {cp.cid for cp in sv.comps}
            assert all(labelled[cid] == "absent" for cid in set(COMPONENT_IDS) - written)


def test_services_are_named_in_their_docx():
    from docx import Document

    for d in GEN.DOCS:
        document = Document(str(HOLDOUT / f"{d.stem}.docx"))
        parts = [p.text for p in document.paragraphs]
        parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
        text = squash("\n".join(parts))
        for sv in d.services:
            assert squash(sv.title) in text
            assert re.sub(r"\W+", " ", squash(sv.name)).strip() in re.sub(r"\W+", " ", text)
