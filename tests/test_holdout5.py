"""holdout5/: labels ↔ files consistency, generator ↔ committed files, PDFs have a text layer.

These tests check the held-out set itself, never the checker's accuracy on it (that is measured
with bench/accuracy.py --samples holdout5 --labels holdout5/labels.yaml)."""

from __future__ import annotations

import importlib.util
import re
import sys
import zipfile
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HOLD = ROOT / "holdout5"
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
STATUSES = {"present", "weak", "absent"}
DOC_TYPES = {"service_standard", "other", "scanned", "invalid"}


def _labels() -> dict:
    return yaml.safe_load((HOLD / "labels.yaml").read_text(encoding="utf-8"))


def _generator():
    spec = importlib.util.spec_from_file_location("holdout5_generate", HOLD / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


LABELS = _labels()
FILES = LABELS["files"]
PDFS = sorted(n for n in FILES if n.endswith(".pdf"))


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def test_top_level_structure_matches_samples_schema():
    assert LABELS["version"] == 1
    assert isinstance(LABELS["about"], str) and LABELS["about"]
    assert set(LABELS) >= {"version", "about", "files"}


def test_every_file_is_labelled_and_every_label_has_a_file():
    on_disk = {p.name for p in HOLD.iterdir() if p.suffix in (".docx", ".pdf")}
    assert on_disk == set(FILES)


def test_set_size_and_mix():
    docxs = [n for n in FILES if n.endswith(".docx")]
    assert 12 <= len(docxs) <= 16
    assert sum(FILES[n]["doc_type"] == "other" for n in docxs) >= 3
    assert len(PDFS) >= 6


@pytest.mark.parametrize("name", sorted(FILES))
def test_label_entry_is_well_formed(name):
    lab = FILES[name]
    assert set(lab) == {"doc_type", "error", "unit", "maklumat", "setting", "services"}
    assert lab["doc_type"] in DOC_TYPES
    if lab["doc_type"] == "invalid":
        assert isinstance(lab["error"], str)
    else:
        assert lab["error"] is None
    if lab["doc_type"] == "service_standard":
        assert lab["maklumat"] in STATUSES
        assert isinstance(lab["unit"], str) and lab["unit"].strip()
        assert lab["services"], "a service standard has at least one service"
    else:
        assert lab["services"] == []
        assert lab["maklumat"] is None
    assert lab["setting"] is None or set(lab["setting"]) == {"number_blank"}
    names = [s["name"] for s in lab["services"]]
    assert len(names) == len(set(names))
    for sv in lab["services"]:
        assert tuple(sv["components"]) == IDS
        assert set(sv["components"].values()) <= STATUSES


@pytest.mark.parametrize("pdf", PDFS)
def test_pdf_shares_the_labels_of_its_docx(pdf):
    assert FILES[pdf] == FILES[pdf[:-4] + ".docx"]


@pytest.mark.parametrize("pdf", PDFS)
def test_pdf_has_a_text_layer_with_the_document_content(pdf):
    text = _squash(_pdf_text(HOLD / pdf))
    assert len(text) > 400
    lab = FILES[pdf]
    for sv in lab["services"]:
        # the first words of each service name are on the page (titles may wrap or be upper-cased)
        head = " ".join(_squash(sv["name"]).split()[:2])
        assert head in text, (pdf, sv["name"])
    if lab["unit"]:
        assert _squash(lab["unit"]).split()[-1] in text


@pytest.mark.parametrize("name", sorted(n for n in FILES if n.endswith(".docx")))
def test_docx_opens_and_names_its_services(name):
    text = _squash(_docx_text(HOLD / name))
    for sv in FILES[name]["services"]:
        assert _squash(sv["name"]) in text, (name, sv["name"])


def test_labels_file_is_what_the_generator_writes():
    gen = _generator()
    expected = {}
    for doc, _ in gen.DOCS:
        expected[doc.name] = gen.labels_of(doc)
        if doc.pdf:
            expected[doc.name[:-5] + ".pdf"] = gen.labels_of(doc)
    assert FILES == expected


def test_python_docx_files_are_byte_stable_and_up_to_date(tmp_path):
    gen = _generator()
    checked = 0
    for doc, fill in gen.DOCS:
        if doc.roundtrip:   # saved through LibreOffice, committed as produced
            continue
        d = gen.new_doc()
        fill(d)
        out = tmp_path / doc.name
        gen.save(d, out)
        assert out.read_bytes() == (HOLD / doc.name).read_bytes(), doc.name
        checked += 1
    assert checked >= 6


def test_half_of_the_docx_went_through_libreoffice():
    gen = _generator()
    trips = [doc.name for doc, _ in gen.DOCS if doc.roundtrip]
    assert len(trips) >= 5
    for name in trips:
        with zipfile.ZipFile(HOLD / name) as z:
            app = z.read("docProps/app.xml").decode("utf-8")
        assert "LibreOffice" in app, name


def test_planted_layout_features_are_in_the_files():
    # number column after the label
    t = docx.Document(str(HOLD / "h5-01-dinkop-ternate-skum.docx")).tables[0]
    assert [c.text for c in t.rows[0].cells] == ["KOMPONEN", "NO.", "URAIAN"]
    # manual line breaks inside paragraphs
    d = docx.Document(str(HOLD / "h5-04-dinkes-jayapura-apotek-slhs.docx"))
    assert sum("\n" in p.text for p in d.paragraphs) >= 20
    # "Komponen n:" headings survive the LibreOffice round trip as headings
    d = docx.Document(str(HOLD / "h5-03-damkar-balikpapan-proteksi.docx"))
    heads = [p.text for p in d.paragraphs if p.style.name.lower().startswith("heading")]
    assert sum(h.startswith("Komponen ") for h in heads) == 14
    # two services as columns, manufacturing rows merged
    t = docx.Document(str(HOLD / "h5-09-imigrasi-mamuju-paspor.docx")).tables[0]
    assert len(t.columns) == 4
    assert any(row.cells[2]._tc is row.cells[3]._tc for row in t.rows)
    # blank Keputusan number
    assert re.search(r"NOMOR : 973/\s+/BAPENDA/2024",
                     _docx_text(HOLD / "h5-06-bapenda-kotim-pbb.docx"))
