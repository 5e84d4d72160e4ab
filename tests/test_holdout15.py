"""holdout15/: labels <-> files consistency and PDF text layers (no accuracy assertions)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml

from compliance.model import COMPONENT_IDS

ROOT = Path(__file__).resolve().parent.parent / "holdout15"
LABELS = yaml.safe_load((ROOT / "labels.yaml").read_text(encoding="utf-8"))["files"]
DATA_FILES = sorted(p.name for p in ROOT.iterdir() if p.suffix in {".docx", ".pdf"})
STATUSES = {"present", "weak", "absent"}


def test_every_file_labelled_and_every_label_has_a_file() -> None:
    assert sorted(LABELS) == DATA_FILES


def test_set_size_and_mix() -> None:
    docx = [f for f in DATA_FILES if f.endswith(".docx")]
    pdfs = [f for f in DATA_FILES if f.endswith(".pdf")]
    assert 12 <= len(docx) <= 18
    assert len(pdfs) >= 6
    others = [f for f in docx if LABELS[f]["doc_type"] == "other"]
    assert len(others) >= 2


@pytest.mark.parametrize("name", sorted(LABELS))
def test_label_schema(name: str) -> None:
    lab = LABELS[name]
    assert lab["doc_type"] in {"service_standard", "other", "scanned", "invalid"}
    assert lab["error"] is None or isinstance(lab["error"], str)
    assert lab["unit"] is None or lab["unit"].strip()
    if lab["doc_type"] == "service_standard":
        assert lab["maklumat"] in STATUSES
        assert lab["services"], "a service standard has at least one service"
    else:
        assert lab["maklumat"] is None and lab["services"] == []
    assert lab["setting"] is None or set(lab["setting"]) == {"number_blank"}
    for sv in lab["services"]:
        assert sv["name"].strip()
        assert tuple(sv["components"]) == COMPONENT_IDS
        assert set(sv["components"].values()) <= STATUSES


def test_pdfs_share_the_labels_of_their_docx() -> None:
    for name in LABELS:
        if name.endswith(".pdf"):
            assert LABELS[name] == LABELS[name[:-4] + ".docx"]


@pytest.mark.parametrize("name", [f for f in DATA_FILES if f.endswith(".pdf")])
def test_pdf_has_text_layer(name: str) -> None:
    pdf = pdfium.PdfDocument(str(ROOT / name))
    try:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    assert len(text.strip()) > 200
    unit_word = LABELS[name]["unit"].split()[-1]
    assert unit_word.lower() in text.lower()


@pytest.mark.parametrize("name", [f for f in DATA_FILES if f.endswith(".docx")])
def test_docx_opens_and_names_its_unit(name: str) -> None:
    with zipfile.ZipFile(ROOT / name) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert LABELS[name]["unit"].split()[-1] in body


def test_mixed_quality_not_all_present() -> None:
    statuses = [s for lab in LABELS.values() for sv in lab["services"] for s in sv["components"].values()]
    share = statuses.count("present") / len(statuses)
    assert 0.4 < share < 0.8
    assert statuses.count("weak") > 10 and statuses.count("absent") > 10
