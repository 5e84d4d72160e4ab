"""holdout9/: the labels agree with the files; the files are what the generator says they are.

Measures nothing about the checker (the set exists to measure it honestly with bench/accuracy.py).
"""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from docx import Document

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "holdout9"
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
STATUSES = {"present", "weak", "absent"}
DOC_TYPES = {"service_standard", "other", "scanned", "invalid"}
LABELS = yaml.safe_load((HOLDOUT / "labels.yaml").read_text(encoding="utf-8"))
FILES = LABELS["files"]


def _generator():
    spec = importlib.util.spec_from_file_location("holdout9_generate", HOLDOUT / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_top_level_schema():
    assert LABELS["version"] == 1
    assert set(LABELS) >= {"version", "about", "files"}
    assert 12 <= sum(name.endswith(".docx") for name in FILES) <= 16


def test_every_document_file_is_labelled_and_every_label_has_a_file():
    on_disk = {p.name for p in HOLDOUT.iterdir() if p.suffix in {".docx", ".pdf"}}
    assert on_disk == set(FILES)


@pytest.mark.parametrize("name", sorted(FILES))
def test_label_shape(name):
    label = FILES[name]
    assert {"doc_type", "error", "unit", "maklumat", "setting", "services"} <= set(label)
    assert label["doc_type"] in DOC_TYPES
    assert label["error"] is None  # no invalid files in this set
    if label["doc_type"] == "service_standard":
        assert label["services"], "a standard has at least one service"
        assert label["maklumat"] in STATUSES
        assert label["setting"] is None or isinstance(label["setting"]["number_blank"], bool)
    else:
        assert label["services"] == [] and label["maklumat"] is None
    for service in label["services"]:
        assert service["name"].strip()
        assert tuple(service["components"]) == IDS
        assert set(service["components"].values()) <= STATUSES


def test_pdfs_share_the_labels_of_their_docx():
    pdfs = [n for n in FILES if n.endswith(".pdf")]
    assert len(pdfs) >= 5
    for name in pdfs:
        assert FILES[name] == FILES[name[:-4] + ".docx"]


def test_set_has_lookalikes_and_planted_defects():
    types = [FILES[n]["doc_type"] for n in FILES if n.endswith(".docx")]
    assert types.count("other") >= 3
    statuses = [s for n in FILES if n.endswith(".docx") for sv in FILES[n]["services"]
                for s in sv["components"].values()]
    assert statuses.count("weak") >= 20 and statuses.count("absent") >= 20


@pytest.mark.parametrize("name", sorted(n for n in FILES if n.endswith(".pdf")))
def test_pdf_has_a_text_layer(name):
    pdf = pdfium.PdfDocument(str(HOLDOUT / name))
    try:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    assert len(text.split()) > 30


@pytest.mark.parametrize("name", sorted(n for n in FILES if n.endswith(".docx")))
def test_docx_opens_and_names_its_unit(name):
    doc = Document(str(HOLDOUT / name))
    texts = [p.text for p in doc.paragraphs]
    texts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    body = "\n".join(texts)
    unit = FILES[name]["unit"]
    if unit:
        assert unit.lower() in body.lower()


def test_generator_is_deterministic_and_matches_committed_files():
    gen = _generator()
    for spec in gen.DOCS:
        assert gen.build(spec) == gen.build(spec)
        committed = (HOLDOUT / spec["file"]).read_bytes()
        if spec["roundtrip"]:
            with zipfile.ZipFile(HOLDOUT / spec["file"]) as z:
                assert b"LibreOffice" in z.read("docProps/app.xml")
        else:
            assert gen.build(spec) == committed, spec["file"]
    assert gen.labels() == FILES
    roundtrips = sum(bool(s["roundtrip"]) for s in gen.DOCS)
    assert roundtrips * 2 >= len(gen.DOCS) - 1  # about half went through LibreOffice
