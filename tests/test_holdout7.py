"""holdout7/: the labels match the files, and the files carry what the README says is planted.

No assertion here about the checker's accuracy: the set only measures (bench/accuracy.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from docx import Document

ROOT = Path(__file__).resolve().parent.parent
HOLD = ROOT / "holdout7"
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
STATUSES = {"present", "weak", "absent"}
DOC_TYPES = {"service_standard", "other", "scanned", "invalid"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

LABELS: dict = yaml.safe_load((HOLD / "labels.yaml").read_text(encoding="utf-8"))["files"]
FILES = sorted(p.name for p in HOLD.iterdir() if p.suffix in (".docx", ".pdf"))


def xml(name: str) -> str:
    with zipfile.ZipFile(HOLD / name) as z:
        return z.read("word/document.xml").decode("utf-8")


def text_of(name: str) -> str:
    return "\n".join(t.text or "" for t in Document(str(HOLD / name)).element.body.iter(f"{W}t"))


# ---- labels <-> files ------------------------------------------------------------------------

def test_every_file_is_labelled_and_every_label_has_a_file() -> None:
    assert set(FILES) == set(LABELS)


def test_set_size_and_mix() -> None:
    docx = [f for f in FILES if f.endswith(".docx")]
    pdfs = [f for f in FILES if f.endswith(".pdf")]
    others = [f for f in docx if LABELS[f]["doc_type"] == "other"]
    assert 12 <= len(docx) <= 14 and len(pdfs) >= 5 and len(others) >= 2


@pytest.mark.parametrize("name", sorted(LABELS))
def test_label_schema(name: str) -> None:
    label = LABELS[name]
    assert label["doc_type"] in DOC_TYPES
    assert label["error"] is None or isinstance(label["error"], str)
    assert label["maklumat"] in STATUSES | {None}
    assert label["setting"] is None or set(label["setting"]) == {"number_blank"}
    if label["doc_type"] == "service_standard":
        assert label["services"] and label["maklumat"] is not None and label["unit"]
    else:
        assert label["services"] == []
    for service in label["services"]:
        assert service["name"].strip()
        assert tuple(service["components"]) == IDS
        assert set(service["components"].values()) <= STATUSES


def test_pdf_shares_the_labels_of_its_docx() -> None:
    for name in FILES:
        if name.endswith(".pdf"):
            twin = name[:-4] + ".docx"
            assert twin in LABELS
            strip = lambda d: {k: v for k, v in d.items() if k != "source"}  # noqa: E731
            assert strip(LABELS[name]) == strip(LABELS[twin])


def test_labels_hold_a_real_mix_of_statuses() -> None:
    statuses = [s for lab in LABELS.values() for sv in lab["services"]
                for s in sv["components"].values()]
    assert statuses.count("weak") >= 15 and statuses.count("absent") >= 6


# ---- the files are what they claim -----------------------------------------------------------

@pytest.mark.parametrize("name", [f for f in FILES if f.endswith(".pdf")])
def test_pdf_has_a_text_layer(name: str) -> None:
    pdf = pdfium.PdfDocument(str(HOLD / name))
    try:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    assert len(text.strip()) > 300


@pytest.mark.parametrize("name", [f for f in FILES if f.endswith(".docx")])
def test_docx_opens_and_names_its_services(name: str) -> None:
    text = text_of(name).lower()
    for service in LABELS[name]["services"]:
        assert service["name"].lower() in " ".join(text.split())


def test_long_table_breaks_across_pdf_pages() -> None:
    pdf = pdfium.PdfDocument(str(HOLD / "h7-08-disperkim-rejanglebong-psu.pdf"))
    try:
        pages = [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
    finally:
        pdf.close()
    # first row (Dasar Hukum of the Lampiran table) and last row (Evaluasi) on different pages
    first = next(k for k, t in enumerate(pages) if "Peraturan Menteri Dalam Negeri Nomor 9" in t)
    last = next(k for k, t in enumerate(pages) if "rapat evaluasi tahunan" in t)
    assert last > first


def test_authoring_habits_are_really_in_the_xml() -> None:
    assert "Heading2" in xml("h7-01-dinkes-manado-izin-klinik.docx")
    with zipfile.ZipFile(HOLD / "h7-01-dinkes-manado-izin-klinik.docx") as z:
        assert 'w:abstractNumId="77"' in z.read("word/numbering.xml").decode()
    paud = xml("h7-02-disdik-sorong-izin-paud.docx")
    assert paud.count("<w:tbl>") == 2 and "gridSpan" in paud  # nested table, title row
    assert "w:vMerge" in xml("h7-03-dishub-tarakan-izin-trayek.docx")
    assert xml("h7-04-kec-ratusamban-legalisasi.docx").count("<w:tab/>") >= 28
    pindah = xml("h7-05-kel-tanjungpinangbarat-pindah-datang.docx")
    assert pindah.count("<w:sdt>") >= 15 and "showingPlcHdr" in pindah
    reklame = xml("h7-06-dpmptsp-bulungan-reklame.docx")
    assert "<w:ins " in reklame and "<w:del " in reklame and "txbxContent" in reklame
    assert "<w:br/>" in xml("h7-09-distrik-sorongtimur-domisili.docx")


def test_round_tripped_files_were_saved_by_libreoffice() -> None:
    for name in ("h7-02-disdik-sorong-izin-paud.docx", "h7-03-dishub-tarakan-izin-trayek.docx",
                 "h7-04-kec-ratusamban-legalisasi.docx", "h7-08-disperkim-rejanglebong-psu.docx",
                 "h7-09-distrik-sorongtimur-domisili.docx",
                 "h7-11-sop-dishub-batam-uji-kendaraan.docx"):
        with zipfile.ZipFile(HOLD / name) as z:
            assert "LibreOffice" in z.read("docProps/app.xml").decode()


def test_deleted_text_is_only_in_deletions() -> None:
    """The planted tracked deletions: text that must not count is inside w:del only."""
    root = Document(str(HOLD / "h7-06-dpmptsp-bulungan-reklame.docx")).element.body
    deleted = " ".join(t.text for t in root.iter(f"{W}delText"))
    live = " ".join(t.text or "" for t in root.iter(f"{W}t"))
    assert "Nomor 5 Tahun 2012" in deleted and "Nomor 5 Tahun 2012" not in live
    assert "apabila diperlukan" in deleted and "apabila diperlukan" not in live
    inserted = " ".join(t.text or "" for ins in root.iter(f"{W}ins") for t in ins.iter(f"{W}t"))
    assert "7 (tujuh) hari kerja" in inserted
