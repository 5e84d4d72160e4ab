"""holdout4/: labels and files agree, and the committed files are what the labels claim.

This checks the measuring set, not the checker: no accuracy assertion here (bench/accuracy.py measures).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
H4 = ROOT / "holdout4"
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
STATUSES = {"present", "weak", "absent"}
DOC_TYPES = {"service_standard", "other", "scanned", "invalid"}
ERROR_CODES = {"file-not-found", "unsupported-format", "docx-corrupt", "pdf-encrypted", "pdf-corrupt",
               "too-large", "zip-bomb", "timeout", "internal-error"}

LABELS = yaml.safe_load((H4 / "labels.yaml").read_text(encoding="utf-8"))
FILES = LABELS["files"]
SAMPLE_FILES = sorted(p.name for p in H4.iterdir() if p.suffix in {".docx", ".pdf"})


def test_top_level_shape_matches_samples_labels():
    assert LABELS["version"] == 1
    assert set(LABELS) == {"version", "about", "files"}
    assert 12 <= len([n for n in FILES if n.endswith(".docx")]) <= 16


def test_every_file_is_labelled_and_every_label_has_a_file():
    assert sorted(FILES) == SAMPLE_FILES


@pytest.mark.parametrize("name", sorted(FILES))
def test_label_schema(name):
    lab = FILES[name]
    assert set(lab) == {"doc_type", "error", "layout", "unit", "maklumat", "setting", "services", "source"}
    assert lab["doc_type"] in DOC_TYPES
    if lab["doc_type"] == "service_standard":
        assert lab["error"] is None
        assert lab["maklumat"] in STATUSES
        assert isinstance(lab["unit"], str) and lab["unit"].strip()
        assert lab["services"], "a service standard names at least one service"
    else:
        assert lab["services"] == [] and lab["maklumat"] is None
    if lab["doc_type"] == "invalid":
        assert lab["error"] in ERROR_CODES
    if lab["setting"] is not None:
        assert set(lab["setting"]) == {"number_blank"} and isinstance(lab["setting"]["number_blank"], bool)
    for sv in lab["services"]:
        assert sv["name"].strip()
        assert tuple(sv["components"]) == IDS
        assert set(sv["components"].values()) <= STATUSES


def test_pdfs_share_the_labels_of_their_docx():
    pdfs = [n for n in FILES if n.endswith(".pdf")]
    assert len(pdfs) >= 6
    for n in pdfs:
        assert FILES[n] == FILES[n[:-4] + ".docx"], n


@pytest.mark.parametrize("name", [n for n in sorted(FILES) if n.endswith(".pdf")])
def test_pdfs_have_a_text_layer_with_the_labelled_services(name):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(H4 / name))
    try:
        text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    flat = " ".join(text.split()).lower()
    assert len(flat) > 500
    for sv in FILES[name]["services"]:
        head = " ".join(sv["name"].lower().split()[:3])
        assert head in flat, (name, sv["name"])


@pytest.mark.parametrize("name", [n for n in sorted(FILES) if n.endswith(".docx")])
def test_docx_opens_unless_labelled_invalid(name):
    path = H4 / name
    if FILES[name]["doc_type"] == "invalid":
        assert not zipfile.is_zipfile(path)
        return
    import docx

    d = docx.Document(str(path))
    body = "\n".join(p.text for p in d.paragraphs)
    cells = "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    flat = " ".join((body + " " + cells).split()).lower()
    for sv in FILES[name]["services"]:
        assert " ".join(sv["name"].lower().split()[:3]) in flat, (name, sv["name"])


def test_half_of_the_docx_are_libreoffice_round_trips():
    # LibreOffice writes its own app.xml: those files went through the round trip as committed.
    readable = [n for n in FILES if n.endswith(".docx") and FILES[n]["doc_type"] != "invalid"]
    lo = [n for n in readable
          if "LibreOffice" in zipfile.ZipFile(H4 / n).read("docProps/app.xml").decode("utf-8", "replace")]
    assert len(lo) * 2 >= len(readable)


def test_lookalikes_and_defects_are_planted():
    kinds = {FILES[n]["doc_type"] for n in FILES}
    assert {"service_standard", "other", "invalid"} <= kinds
    assert len([n for n in FILES if n.endswith(".docx") and FILES[n]["doc_type"] == "other"]) >= 3
    statuses = [s for n in FILES for sv in FILES[n]["services"] for s in sv["components"].values()]
    assert statuses.count("weak") >= 20 and statuses.count("absent") >= 10


def test_python_docx_files_are_byte_stable():
    """Rebuilding a non-round-tripped file from the generator's data gives the committed bytes."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("holdout4_generate", H4 / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = gen  # dataclasses look their module up while the file executes
    try:
        spec.loader.exec_module(gen)
    finally:
        del sys.modules[spec.name]
    built = [s for s in gen.SPECS if not s.roundtrip]
    assert built
    for s in built:
        assert s.build(s) == (H4 / s.filename).read_bytes(), s.filename
    for s in gen.SPECS:  # labels.yaml is the generator's data, not hand-edited
        assert gen.label_of(s) == FILES[s.filename], s.filename
