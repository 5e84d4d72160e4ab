"""holdout6/ (PDF-first held-out set): labels and files agree, PDFs carry text, the generator is stable.

These tests check the set itself, never the checker's accuracy on it (that is bench/accuracy.py's job).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from docx import Document

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "holdout6"
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
STATUSES = {"present", "weak", "absent"}
DOC_TYPES = {"service_standard", "other", "scanned", "invalid"}


def _load_generator():
    spec = importlib.util.spec_from_file_location("holdout6_generate", SET / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GEN = _load_generator()
LABELS = yaml.safe_load((SET / "labels.yaml").read_text(encoding="utf-8"))
FILES = LABELS["files"]
PDFS = sorted(n for n in FILES if n.endswith(".pdf"))


def _pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_top_level_structure_matches_samples_schema():
    assert LABELS["version"] == 1
    assert isinstance(LABELS["about"], str)
    assert isinstance(FILES, dict) and FILES


def test_every_file_is_labelled_and_every_label_has_a_file():
    on_disk = {p.name for p in SET.iterdir() if p.suffix in {".docx", ".pdf"}}
    assert on_disk == set(FILES)


def test_size_and_mix_of_the_set():
    docx = [n for n in FILES if n.endswith(".docx")]
    assert 12 <= len(docx) <= 14
    assert all(n[:-5] + ".pdf" in FILES for n in docx)  # PDF-first: every source also as PDF
    others = [n for n in docx if FILES[n]["doc_type"] == "other"]
    assert len(others) >= 2


@pytest.mark.parametrize("name", sorted(FILES))
def test_label_schema(name):
    lab = FILES[name]
    assert set(lab) >= {"doc_type", "error", "unit", "maklumat", "setting", "services"}
    assert lab["doc_type"] in DOC_TYPES
    assert lab["error"] is None
    assert lab["maklumat"] in STATUSES | {None}
    assert lab["setting"] is None or set(lab["setting"]) == {"number_blank"}
    if lab["doc_type"] == "service_standard":
        assert lab["unit"] and lab["maklumat"] is not None and lab["services"]
    else:
        assert lab["services"] == [] and lab["maklumat"] is None
    for sv in lab["services"]:
        assert sv["name"].strip()
        assert tuple(sv["components"]) == IDS
        assert set(sv["components"].values()) <= STATUSES


def test_pdf_shares_labels_of_its_docx():
    for name in PDFS:
        assert FILES[name] == FILES[name[:-4] + ".docx"], name


def test_labels_file_is_what_the_generator_writes():
    assert yaml.safe_load(GEN.dump_labels()) == LABELS


def test_generator_rows_carry_valid_statuses():
    for spec in GEN.DOCS:
        for sv in spec["services"]:
            cids = [r[0] for r in sv["rows"] if r[0] is not None]
            assert len(cids) == len(set(cids)), sv["name"]  # one row per component
            assert all(r[3] in STATUSES for r in sv["rows"] if r[0] is not None)


@pytest.mark.parametrize("name", PDFS)
def test_pdf_has_a_text_layer_with_its_content(name):
    text = _pdf_text(SET / name)
    assert len(text.strip()) > 300
    lab = FILES[name]
    flat = " ".join(text.split()).upper()
    if lab["unit"]:
        assert " ".join(lab["unit"].split()).upper()[:25] in flat


def test_multi_page_pdfs_have_running_footer():
    text = _pdf_text(SET / "p03-rsud-pangkalpinang-rawat-inap.pdf")
    assert "Halaman 1 dari" in text and "Halaman 2 dari" in text


@pytest.mark.parametrize("name", sorted(n for n in FILES if n.endswith(".docx")))
def test_docx_opens(name):
    doc = Document(str(SET / name))
    assert doc.paragraphs or doc.tables


def test_python_docx_sources_are_byte_stable():
    # The LibreOffice round-tripped files are committed as produced; the others must regenerate exactly.
    for spec in GEN.DOCS:
        if spec.get("roundtrip"):
            continue
        first = GEN.stable_bytes(GEN.WRITERS[spec["kind"]](spec))
        again = GEN.stable_bytes(GEN.WRITERS[spec["kind"]](spec))
        assert first == again, spec["stem"]
        assert first == (SET / f"{spec['stem']}.docx").read_bytes(), spec["stem"]
