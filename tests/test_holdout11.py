"""holdout11/: labels and files agree; PDFs carry a text layer. (No checker-accuracy assertions here.)"""
from __future__ import annotations

import importlib.util
import sys
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from docx import Document

ROOT = Path(__file__).resolve().parents[1]
DIR = ROOT / "holdout11"
IDS = {"dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana", "kompetensi",
       "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan", "jaminan_keamanan", "evaluasi"}
STATUSES = {"present", "weak", "absent"}
LABELS = yaml.safe_load((DIR / "labels.yaml").read_text(encoding="utf-8"))
FILES = LABELS["files"]
SAMPLE_FILES = sorted(p.name for p in DIR.iterdir() if p.suffix in {".docx", ".pdf"})


def _generator():
    spec = importlib.util.spec_from_file_location("holdout11_generate", DIR / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


def test_every_file_labelled_and_every_label_has_a_file():
    assert sorted(FILES) == SAMPLE_FILES


def test_set_shape_matches_brief():
    docx = [n for n in FILES if n.endswith(".docx")]
    pdfs = [n for n in FILES if n.endswith(".pdf")]
    others = [n for n in docx if FILES[n]["doc_type"] == "other"]
    assert 12 <= len(docx) <= 14 and len(pdfs) >= 6 and 2 <= len(others) <= 3
    web6 = [n for n in docx if FILES[n]["layout"] == "web"]
    assert len(web6) >= 2


@pytest.mark.parametrize("name", sorted(FILES))
def test_label_schema(name):
    lab = FILES[name]
    assert set(lab) >= {"doc_type", "error", "unit", "maklumat", "setting", "services"}
    assert lab["doc_type"] in {"service_standard", "other", "scanned", "invalid"}
    assert lab["maklumat"] in STATUSES | {None}
    assert lab["setting"] is None or set(lab["setting"]) == {"number_blank"}
    if lab["doc_type"] == "service_standard":
        assert lab["services"] and lab["maklumat"] in STATUSES
    else:
        assert lab["services"] == [] and lab["maklumat"] is None
    for svc in lab["services"]:
        assert svc["name"] and set(svc["components"]) == IDS
        assert set(svc["components"].values()) <= STATUSES


def test_pdfs_share_the_labels_of_their_docx():
    for name, lab in FILES.items():
        if name.endswith(".pdf"):
            twin = {k: v for k, v in FILES[name.replace(".pdf", ".docx")].items() if k != "source"}
            assert {k: v for k, v in lab.items() if k != "source"} == twin
            assert lab["source"] == name.replace(".pdf", ".docx")


def test_labels_yaml_is_what_the_generator_writes():
    assert _generator().labels()["files"] == FILES


def test_web_publications_have_only_service_delivery_components():
    gen = _generator()
    for d in gen.DOCS:
        if d.layout == "web":
            for svc in d.services:
                assert {c.cid for c in svc.comps} == set(gen.SD)
                assert all(svc.labels()[i] == "absent" for i in IDS - set(gen.SD))


@pytest.mark.parametrize("name", [n for n in SAMPLE_FILES if n.endswith(".pdf")])
def test_pdf_has_text_layer(name):
    pdf = pdfium.PdfDocument(str(DIR / name))
    try:
        text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    assert len(text.split()) > 100


@pytest.mark.parametrize("name", [n for n in SAMPLE_FILES if n.endswith(".docx")])
def test_docx_opens_and_service_names_appear(name):
    doc = Document(str(DIR / name))
    text = "\n".join(p.text for p in doc.paragraphs) + "\n" + "\n".join(
        c.text for t in doc.tables for r in t.rows for c in r.cells)
    lowered = text.lower()
    for svc in FILES[name]["services"]:
        assert svc["name"].lower() in lowered


def test_about_half_of_the_docx_went_through_libreoffice():
    made_by = {}
    for n in SAMPLE_FILES:
        if n.endswith(".docx"):
            app = zipfile.ZipFile(DIR / n).read("docProps/app.xml").decode()
            made_by[n] = "LibreOffice" in app
    assert 0.4 <= sum(made_by.values()) / len(made_by) <= 0.65
    flags = {d.name: d.roundtrip for d in _generator().DOCS}
    assert made_by == flags
