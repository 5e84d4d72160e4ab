"""segment over real .docx files written with python-docx and read by compliance.ingest.load."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from compliance.model import COMPONENT_IDS
from compliance.segment import segment
from helpers_segment import FULL_ROWS

ingest = pytest.importorskip("compliance.ingest")


def _component_table(d, rows, group_rows=None, continued=None):
    """NO | KOMPONEN | URAIAN; group_rows: {i: text} full-width row before row i;
    continued: {i: text} an extra content row after row i, its NO and label merged from above."""
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("NO", "KOMPONEN", "URAIAN")):
        cell.text = text
    for i, (label, content) in enumerate(rows, 1):
        if group_rows and i in group_rows:
            r = t.add_row().cells
            merged = r[0].merge(r[2])
            merged.text = group_rows[i]
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = f"{i}.", label, content
        if continued and i in continued:
            extra = t.add_row().cells
            extra[2].text = continued[i]
            r[0].merge(extra[0])
            r[1].merge(extra[1])
    return t


def _save(d, path: Path):
    d.save(path)
    return ingest.load(path)


def test_table_with_merged_cells_header_letterhead(tmp_path):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "PEMERINTAH KABUPATEN LAMPUNG SELATAN"
    d.add_paragraph("DINAS KESEHATAN")
    d.add_heading("STANDAR PELAYANAN RAWAT JALAN PADA UPT PUSKESMAS NATAR", 1)
    _component_table(
        d,
        FULL_ROWS,
        group_rows={1: "A. KOMPONEN SERVICE DELIVERY", 8: "B. KOMPONEN MANUFACTURING"},
        continued={2: "3. Kartu BPJS"},  # persyaratan goes on in a row with merged label
    )
    d.add_paragraph("Ditetapkan di Natar")
    seg = segment(_save(d, tmp_path / "sp.docx"))

    assert seg.doc_type == "service_standard"
    assert seg.unit == "DINAS KESEHATAN KABUPATEN LAMPUNG SELATAN"
    [svc] = seg.services
    assert svc.name == "RAWAT JALAN"
    assert list(svc.components) == list(COMPONENT_IDS)
    p = svc.components["persyaratan"]
    assert p.items == ("1. Fotokopi KTP", "2. Kartu Keluarga lama", "3. Kartu BPJS")
    assert p.location.table == 1 and p.location.row is not None
    assert svc.components["evaluasi"].text == "Survei Kepuasan Masyarakat setiap 6 bulan"


def test_keputusan_lampiran_two_services_lettered_lists_and_maklumat(tmp_path):
    d = docx.Document()
    for line in (
        "KEPUTUSAN CAMAT CANDIPURO",
        "NOMOR : 188/   /427.71/2017",
        "TENTANG PENETAPAN STANDAR PELAYANAN PUBLIK PADA KECAMATAN CANDIPURO",
        "Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009;",
        "MEMUTUSKAN",
        "Ditetapkan di Candipuro",
        "pada tanggal 2 Mei 2017",
        "CAMAT CANDIPURO",
        "Drs. AHMAD",
        "NIP. 19680101 199003 1 010",
        "LAMPIRAN KEPUTUSAN CAMAT CANDIPURO",
    ):
        d.add_paragraph(line)
    for title, fee in (("1. STANDAR PELAYANAN IZIN KERAMAIAN", "Gratis"),
                       ("2. STANDAR PELAYANAN SURAT KETERANGAN USAHA", "Rp 0,-")):
        d.add_paragraph(title)
        d.add_paragraph("A. Persyaratan :")
        d.add_paragraph("1. Fotokopi KTP")
        d.add_paragraph("2. Surat pengantar desa")
        d.add_paragraph("B. Prosedur :")
        d.add_paragraph("1. Pemohon menyerahkan berkas")
        d.add_paragraph("2. Pengaduan")
        d.add_paragraph("C. Waktu Penyelesaian : 1 (satu) hari")
        d.add_paragraph(f"D. Biaya/Tarif : {fee}")
        d.add_paragraph("E. Produk Pelayanan : Surat izin")
    d.add_paragraph("MAKLUMAT PELAYANAN")
    d.add_paragraph("Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan")
    d.add_paragraph("NIP. 19680101 199003 1 010")
    seg = segment(_save(d, tmp_path / "kep.docx"))

    assert seg.doc_type == "service_standard"
    assert seg.unit == "KECAMATAN CANDIPURO"
    assert [s.name for s in seg.services] == ["IZIN KERAMAIAN", "SURAT KETERANGAN USAHA"]
    second = seg.services[1]
    assert set(second.components) == {"persyaratan", "prosedur", "jangka_waktu", "biaya", "produk"}
    assert second.components["biaya"].text == "Rp 0,-"
    assert second.components["prosedur"].items == ("1. Pemohon menyerahkan berkas", "2. Pengaduan")
    assert second.components["persyaratan"].location.paragraph is not None
    s = seg.setting
    assert s.instrument == "KEPUTUSAN CAMAT CANDIPURO"
    assert s.number_blank is True and s.year == 2017 and s.date == "2017-05-02"
    assert s.signer == "Drs. AHMAD"
    assert seg.maklumat is not None and "sanggup" in seg.maklumat.text


def test_sop_docx_is_other(tmp_path):
    d = docx.Document()
    d.add_heading("STANDAR OPERASIONAL PROSEDUR PENDAFTARAN PASIEN", 1)
    for line in ("1. Pengertian", "2. Tujuan", "3. Kebijakan", "4. Referensi", "5. Prosedur",
                 "6. Unit Terkait"):
        d.add_paragraph(line)
    seg = segment(_save(d, tmp_path / "sop.docx"))
    assert seg.doc_type == "other"
    assert "SOP" in seg.reason
