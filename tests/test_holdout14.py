"""holdout14/: labels and files agree; PDFs carry a text layer. Accuracy is NOT asserted here."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from docx import Document

from compliance.model import COMPONENT_IDS

DIR = Path(__file__).resolve().parent.parent / "holdout14"
LABELS = yaml.safe_load((DIR / "labels.yaml").read_text(encoding="utf-8"))
FILES = LABELS["files"]
STATUSES = {"present", "weak", "absent"}
DOC_TYPES = {"service_standard", "other", "scanned", "invalid"}


def test_every_file_labelled_and_every_label_has_a_file():
    on_disk = {p.name for p in DIR.iterdir() if p.suffix in {".docx", ".pdf"}}
    assert on_disk == set(FILES)


def test_set_shape():
    docx = [f for f in FILES if f.endswith(".docx")]
    pdfs = [f for f in FILES if f.endswith(".pdf")]
    assert 12 <= len(docx) <= 18 and len(pdfs) >= 6
    others = [f for f in docx if FILES[f]["doc_type"] == "other"]
    assert len(others) >= 3


@pytest.mark.parametrize("name", sorted(FILES))
def test_label_schema(name):
    lab = FILES[name]
    assert set(lab) >= {"doc_type", "error", "unit", "maklumat", "setting", "services"}
    assert lab["doc_type"] in DOC_TYPES
    if lab["doc_type"] == "service_standard":
        assert lab["unit"] and lab["maklumat"] in STATUSES and lab["services"]
        assert lab["setting"] is None or isinstance(lab["setting"]["number_blank"], bool)
        for sv in lab["services"]:
            assert sv["name"]
            assert tuple(sv["components"]) == COMPONENT_IDS
            assert set(sv["components"].values()) <= STATUSES
    else:
        assert lab["services"] == [] and lab["maklumat"] is None


@pytest.mark.parametrize("name", sorted(f for f in FILES if f.endswith(".pdf")))
def test_pdf_shares_docx_label_and_has_text(name):
    assert FILES[name] == FILES[name[:-4] + ".docx"]
    pdf = pdfium.PdfDocument(DIR / name)
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert len(text.strip()) > 300


@pytest.mark.parametrize("name", sorted(f for f in FILES if f.endswith(".docx")))
def test_docx_opens_and_names_each_service(name):
    doc = Document(DIR / name)
    text = "\n".join(p.text for p in doc.paragraphs)
    text += "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    for sv in FILES[name]["services"]:
        # the service's distinctive words appear in the document (title may be upper-cased)
        key = sv["name"].split("(")[0].replace("Pelayanan ", "").strip().lower()
        assert key in text.lower(), (name, sv["name"])
