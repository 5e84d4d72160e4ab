"""holdout13/: labels <-> files consistency and PDF text layers (not the checker's accuracy)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from docx import Document

from compliance.model import COMPONENT_IDS

DIR = Path(__file__).resolve().parent.parent / "holdout13"
LABELS = yaml.safe_load((DIR / "labels.yaml").read_text(encoding="utf-8"))
FILES = LABELS["files"]
STATUSES = {"present", "weak", "absent"}
DOC_TYPES = {"service_standard", "other", "scanned", "invalid"}


def test_top_level_structure() -> None:
    assert LABELS["version"] == 1
    assert isinstance(FILES, dict) and len(FILES) >= 12


def test_every_document_is_labelled_and_every_label_has_a_file() -> None:
    on_disk = {p.name for p in DIR.iterdir() if p.suffix in {".docx", ".pdf"}}
    assert on_disk == set(FILES)


@pytest.mark.parametrize("name", sorted(FILES))
def test_label_schema(name: str) -> None:
    lab = FILES[name]
    assert lab["doc_type"] in DOC_TYPES
    assert lab["error"] is None
    assert lab["maklumat"] in (STATUSES | {None})
    if lab["doc_type"] == "service_standard":
        assert lab["services"], name
        assert lab["maklumat"] in STATUSES
        assert isinstance(lab["unit"], str) and lab["unit"].strip()
    else:
        assert lab["services"] == [] and lab["maklumat"] is None
    if lab["setting"] is not None:
        assert set(lab["setting"]) == {"number_blank"}
        assert isinstance(lab["setting"]["number_blank"], bool)
    for svc in lab["services"]:
        assert svc["name"].strip()
        assert tuple(svc["components"]) == COMPONENT_IDS
        assert set(svc["components"].values()) <= STATUSES


def test_pdfs_share_labels_of_their_docx() -> None:
    pdfs = [n for n in FILES if n.endswith(".pdf")]
    assert len(pdfs) >= 6
    for n in pdfs:
        assert FILES[n] == FILES[n[:-4] + ".docx"]


@pytest.mark.parametrize("name", sorted(n for n in FILES if n.endswith(".pdf")))
def test_pdf_has_text_layer(name: str) -> None:
    pdf = pdfium.PdfDocument(str(DIR / name))
    try:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    assert len(text.strip()) > 200


@pytest.mark.parametrize("name", sorted(n for n in FILES if n.endswith(".docx")))
def test_docx_opens_and_names_each_labelled_service(name: str) -> None:
    doc = Document(str(DIR / name))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    text = " ".join(parts).lower()
    unit = FILES[name]["unit"]
    if unit:
        assert unit.lower() in text
    for svc in FILES[name]["services"]:
        # the labelled name's first significant word appears in the document
        word = next(w for w in svc["name"].lower().split() if len(w) > 4)
        assert word in text, (name, svc["name"])


def test_about_half_the_docx_went_through_libreoffice() -> None:
    docx = [n for n in FILES if n.endswith(".docx")]
    lo = 0
    for n in docx:
        with zipfile.ZipFile(DIR / n) as z:
            if "LibreOffice" in z.read("docProps/app.xml").decode("utf-8", "replace"):
                lo += 1
    assert len(docx) // 3 <= lo <= len(docx) - len(docx) // 3
