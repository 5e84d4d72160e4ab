"""holdout8/: labels <-> files consistency, text layers, and generator determinism.

This set measures the checker (bench/accuracy.py --samples holdout8); no test here asserts accuracy.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from docx import Document

from compliance.model import COMPONENT_IDS

ROOT = Path(__file__).resolve().parent.parent
HOLD = ROOT / "holdout8"
LABELS = yaml.safe_load((HOLD / "labels.yaml").read_text(encoding="utf-8"))
FILES: dict = LABELS["files"]
STATUSES = {"present", "weak", "absent"}
DOC_TYPES = {"service_standard", "other", "scanned", "invalid"}
DOCUMENT_FILES = sorted(p.name for p in HOLD.iterdir() if p.suffix in {".docx", ".pdf"})


def _generator():
    spec = importlib.util.spec_from_file_location("holdout8_generate", HOLD / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(mod)
    return mod


def test_top_level_structure_matches_samples_schema() -> None:
    assert LABELS["version"] == 1
    assert isinstance(LABELS["about"], str) and LABELS["about"]
    assert set(FILES) == set(DOCUMENT_FILES), "every file labelled and every label has a file"


@pytest.mark.parametrize("name", DOCUMENT_FILES)
def test_label_is_well_formed(name: str) -> None:
    lab = FILES[name]
    assert {"doc_type", "error", "unit", "maklumat", "setting", "services"} <= set(lab)
    assert lab["doc_type"] in DOC_TYPES
    assert lab["error"] is None
    if lab["doc_type"] == "service_standard":
        assert lab["unit"] and lab["maklumat"] in STATUSES
        assert lab["services"], "a standard has at least one service"
    else:
        assert lab["services"] == [] and lab["maklumat"] is None
    assert lab["setting"] is None or set(lab["setting"]) == {"number_blank"}
    for sv in lab["services"]:
        assert sv["name"].strip()
        assert list(sv["components"]) == list(COMPONENT_IDS)
        assert set(sv["components"].values()) <= STATUSES


def test_pdfs_share_the_labels_of_their_docx() -> None:
    pdfs = [n for n in FILES if n.endswith(".pdf")]
    assert len(pdfs) >= 5
    for n in pdfs:
        assert FILES[n] == FILES[n[:-4] + ".docx"]


def test_set_has_lookalikes_and_a_long_multiservice_document() -> None:
    docx = {n: v for n, v in FILES.items() if n.endswith(".docx")}
    assert sum(v["doc_type"] == "other" for v in docx.values()) >= 2
    assert max(len(v["services"]) for v in docx.values()) >= 8
    statuses = {s for v in docx.values() for sv in v["services"] for s in sv["components"].values()}
    assert statuses == STATUSES


@pytest.mark.parametrize("name", [n for n in DOCUMENT_FILES if n.endswith(".pdf")])
def test_pdf_has_a_text_layer(name: str) -> None:
    pdf = pdfium.PdfDocument(HOLD / name)
    try:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    assert len(text.split()) > 50


@pytest.mark.parametrize("name", [n for n in DOCUMENT_FILES if n.endswith(".docx")])
def test_docx_opens_and_names_its_services(name: str) -> None:
    d = Document(str(HOLD / name))
    text = "\n".join(p.text for p in d.paragraphs)
    text += "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    for sv in FILES[name]["services"]:
        assert sv["name"].lower() in text.lower(), sv["name"]


def test_generator_is_byte_stable_and_matches_committed_files(tmp_path: Path) -> None:
    gen = _generator()
    for doc, writer in gen.documents():
        a, b = tmp_path / ("a-" + doc.fname), tmp_path / ("b-" + doc.fname)
        writer(a)
        writer(b)
        assert a.read_bytes() == b.read_bytes(), doc.fname
        if doc.fname not in gen.ROUNDTRIP:  # round-tripped files are committed as LibreOffice wrote them
            assert a.read_bytes() == (HOLD / doc.fname).read_bytes(), doc.fname
    assert len(gen.ROUNDTRIP) * 2 >= len(gen.documents())
