"""holdout10/: labels ↔ files consistency, and the committed files are what the generator says they are.

No assertion on the checker's accuracy here: the set exists only to measure (bench/accuracy.py).
"""
from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from docx import Document

from compliance.model import COMPONENT_IDS

ROOT = Path(__file__).resolve().parents[1]
HOLD = ROOT / "holdout10"
LABELS = yaml.safe_load((HOLD / "labels.yaml").read_text(encoding="utf-8"))
FILES = LABELS["files"]
STATUSES = {"present", "weak", "absent"}
IDS = list(COMPONENT_IDS)
SAMPLE_FILES = sorted(p.name for p in HOLD.iterdir() if p.suffix in {".docx", ".pdf"})


def _generator():
    spec = importlib.util.spec_from_file_location("holdout10_generate", HOLD / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_top_level_schema() -> None:
    assert LABELS["version"] == 1
    assert isinstance(FILES, dict) and FILES


def test_every_file_labelled_and_every_label_has_a_file() -> None:
    assert sorted(FILES) == SAMPLE_FILES


def test_set_size_and_mix() -> None:
    docx = [n for n in FILES if n.endswith(".docx")]
    pdfs = [n for n in FILES if n.endswith(".pdf")]
    assert 12 <= len(docx) <= 18
    assert len(pdfs) >= 6
    others = [n for n in docx if FILES[n]["doc_type"] == "other"]
    assert len(others) >= 2


@pytest.mark.parametrize("name", sorted(FILES))
def test_label_entry_is_well_formed(name: str) -> None:
    lab = FILES[name]
    assert lab["doc_type"] in {"service_standard", "other", "scanned", "invalid"}
    assert lab["error"] is None or isinstance(lab["error"], str)
    if lab["doc_type"] == "service_standard":
        assert lab["maklumat"] in STATUSES
        assert isinstance(lab["unit"], str) and lab["unit"].strip()
        assert lab["services"], "a service standard has at least one service"
        if lab["setting"] is not None:
            assert isinstance(lab["setting"]["number_blank"], bool)
    else:
        assert lab["services"] == [] and lab["maklumat"] is None
    for sv in lab["services"]:
        assert sv["name"].strip()
        assert list(sv["components"]) == IDS
        assert set(sv["components"].values()) <= STATUSES


def test_pdfs_share_labels_of_their_docx() -> None:
    for name in FILES:
        if name.endswith(".pdf"):
            assert FILES[name] == FILES[name[:-4] + ".docx"]


@pytest.mark.parametrize("name", [n for n in SAMPLE_FILES if n.endswith(".pdf")])
def test_pdf_has_a_text_layer(name: str) -> None:
    pdf = pdfium.PdfDocument(HOLD / name)
    try:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    assert len(text.strip()) > 300


@pytest.mark.parametrize("name", [n for n in SAMPLE_FILES if n.endswith(".docx")])
def test_docx_opens_and_contains_its_service_names(name: str) -> None:
    doc = Document(str(HOLD / name))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        parts += [c.text for row in t.rows for c in row.cells]
    text = " ".join(parts).lower()
    assert len(text) > 300
    for sv in FILES[name]["services"]:
        # the service's distinctive words appear in the document (label names are not invented)
        key = sv["name"].split("(")[0].replace("Pelayanan ", "").strip().lower()
        assert key in text, (name, key)


def test_labels_yaml_is_what_the_generator_writes() -> None:
    gen = _generator()
    assert gen.labels()["files"] == FILES


def test_generator_is_byte_stable_for_python_docx_files() -> None:
    gen = _generator()
    for stem in gen.DOCS:
        if stem in gen.ROUNDTRIP:
            continue  # committed as LibreOffice produced them
        assert gen.build(stem) == (HOLD / f"{stem}.docx").read_bytes(), stem


def test_roundtrip_files_were_rewritten_by_libreoffice() -> None:
    gen = _generator()
    assert len(gen.ROUNDTRIP) * 2 >= len(gen.DOCS) - 1  # about half
    for stem in gen.ROUNDTRIP:
        with zipfile.ZipFile(HOLD / f"{stem}.docx") as z:
            app = z.read("docProps/app.xml").decode("utf-8")
        assert "LibreOffice" in app, stem
