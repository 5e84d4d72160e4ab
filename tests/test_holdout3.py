"""holdout3/: labels ↔ files consistency, byte-stable generation, PDFs with a text layer.

These tests check the held-out SET, never the checker's accuracy on it (that is measured with
bench/accuracy.py and must not be tuned against).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from docx import Document

from compliance.model import COMPONENT_IDS

HOLDOUT = Path(__file__).resolve().parent.parent / "holdout3"
STATUSES = {"present", "weak", "absent"}
DOC_TYPES = {"service_standard", "other", "scanned", "invalid"}


def _generator():
    spec = importlib.util.spec_from_file_location("holdout3_generate", HOLDOUT / "generate.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # dataclasses look their module up while decorating
    spec.loader.exec_module(module)
    return module


GEN = _generator()
LABELS = yaml.safe_load((HOLDOUT / "labels.yaml").read_text(encoding="utf-8"))
FILES: dict = LABELS["files"]


def _docx_text(path: Path) -> str:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _pdf_pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def test_top_level_structure_matches_samples_schema():
    assert LABELS["version"] == 1
    assert isinstance(FILES, dict) and FILES


def test_every_file_is_labelled_and_every_label_has_a_file():
    on_disk = {p.name for p in HOLDOUT.iterdir() if p.suffix in {".docx", ".pdf"}}
    assert on_disk == set(FILES)


@pytest.mark.parametrize("name", sorted(FILES))
def test_label_is_well_formed(name):
    label = FILES[name]
    assert label["doc_type"] in DOC_TYPES
    assert label["error"] is None or isinstance(label["error"], str)
    assert label["setting"] is None or isinstance(label["setting"]["number_blank"], bool)
    if label["doc_type"] == "service_standard":
        assert label["maklumat"] in STATUSES
        assert label["unit"]
        assert label["services"], "a service standard names at least one service"
    else:
        assert label["maklumat"] is None and label["services"] == []
    for service in label["services"]:
        assert service["name"].strip()
        assert tuple(service["components"]) == COMPONENT_IDS
        assert set(service["components"].values()) <= STATUSES


def test_pdfs_share_the_labels_of_their_docx():
    pdfs = [n for n in FILES if n.endswith(".pdf")]
    assert len(pdfs) >= 6
    for pdf in pdfs:
        docx = pdf[:-4] + ".docx"
        assert FILES[pdf]["source"] == docx
        strip = lambda lab: {k: v for k, v in lab.items() if k not in {"source", "produced_by"}}
        assert strip(FILES[pdf]) == strip(FILES[docx])


def test_set_composition():
    docx = [n for n in FILES if n.endswith(".docx")]
    assert 14 <= len(docx) <= 20
    assert sum(FILES[n]["doc_type"] == "other" for n in docx) >= 3
    assert sum(FILES[n]["produced_by"] == "libreoffice-roundtrip" for n in docx) * 2 >= len(docx)
    # the set exercises all three statuses
    seen = {s for n in docx for sv in FILES[n]["services"] for s in sv["components"].values()}
    assert seen == STATUSES


def test_labels_yaml_is_what_the_generator_writes():
    assert (HOLDOUT / "labels.yaml").read_text(encoding="utf-8") == GEN.labels_yaml()


def test_python_docx_files_are_byte_stable(tmp_path):
    GEN.main(["--out", str(tmp_path)])
    fresh = sorted(p.name for p in tmp_path.glob("*.docx"))
    assert fresh, "generator wrote nothing"
    for name in fresh:
        assert (tmp_path / name).read_bytes() == (HOLDOUT / name).read_bytes(), name


@pytest.mark.parametrize("name", sorted(n for n in FILES if FILES[n]["produced_by"]
                                        == "libreoffice-roundtrip"))
def test_roundtrip_files_were_resaved_by_libreoffice(name):
    with zipfile.ZipFile(HOLDOUT / name) as z:
        app = z.read("docProps/app.xml").decode("utf-8")
    assert "LibreOffice" in app


@pytest.mark.parametrize("doc", GEN.DOCS, ids=lambda d: d.name)
def test_labelled_content_is_in_the_file(doc):
    """Each labelled component's heading and first content line really are in the .docx,
    so labels and files cannot drift apart."""
    text = _squash(_docx_text(HOLDOUT / doc.name))
    for service in doc.services:
        for row in service.rows:
            assert _squash(row.heading) in text or _squash(row.heading.upper()) in text, row
            first = GEN.lines(row.content)[0] if GEN.lines(row.content) else ""
            assert _squash(first) in text, (service.name, row.cid, first)


@pytest.mark.parametrize("name", sorted(n for n in FILES if n.endswith(".pdf")))
def test_pdf_has_a_text_layer(name):
    pages = _pdf_pages(HOLDOUT / name)
    text = _squash(" ".join(pages))
    assert len(text) > 300
    for service in FILES[name]["services"]:
        words = [w for w in re.findall(r"\w+", service["name"]) if len(w) > 3]
        assert all(w.lower() in text.lower() for w in words), service["name"]


def test_long_table_breaks_across_pdf_pages():
    pages = [_squash(p) for p in _pdf_pages(HOLDOUT / "h3-03-dpmptsp-kendari.pdf")]
    first = next(i for i, p in enumerate(pages) if "Formulir permohonan PBG" in p)
    last = next(i for i, p in enumerate(pages) if "Map berkas warna merah" in p)
    assert last > first
