"""XLSX writer: re-open the workbook and read values and fill colours back."""

from __future__ import annotations

import io

import openpyxl
import pytest
from helpers_report import load_report, render, with_script_injection

GREEN, AMBER, RED = "FFC6EFCE", "FFFFEB9C", "FFFFC7CE"


def workbook(report=None, lang="id"):
    data = render("xlsx", report, lang)
    assert data[:2] == b"PK"
    return openpyxl.load_workbook(io.BytesIO(data))


@pytest.fixture(scope="module")
def wb():
    return workbook()


def rows(ws) -> list[tuple]:
    return list(ws.iter_rows(values_only=True))


def column(ws, header: str) -> int:
    return [c.value for c in ws[1]].index(header) + 1


def test_sheets_and_headers(wb):
    assert wb.sheetnames == ["Rekap Unit", "Layanan", "Temuan", "Berkas"]
    assert [c.value for c in wb["Layanan"][1]][:5] == [
        "Unit",
        "Berkas",
        "Layanan",
        "Skor",
        "a. Dasar Hukum",
    ]
    assert wb["Temuan"][1][7].value == "Temuan"
    for ws in wb:
        assert ws.freeze_panes == "A2"
        assert ws["A1"].font.b


def test_unit_recap_values_and_colours(wb):
    ws = wb["Rekap Unit"]
    data = {r[0]: r for r in rows(ws)[1:] if r[0] and r[1] is not None}
    assert set(data) == {
        "Dinas Kesehatan Kabupaten Lampung Selatan",
        "Dinas Kependudukan dan Pencatatan Sipil Kota Kendari",
        "(unit tidak diketahui)",
    }
    row = next(
        r
        for r in ws.iter_rows(min_row=2)
        if r[0].value == "Dinas Kesehatan Kabupaten Lampung Selatan"
    )
    assert [c.value for c in row[1:6]] == [2, 2, 0, 69.7, 1]
    header = [c.value for c in ws[1]]
    assert "estimasi" in header[5]
    evaluasi = row[header.index("n. Evaluasi Kinerja Pelaksana")]
    assert (evaluasi.value, evaluasi.fill.fgColor.rgb) == ("✓0 ~0 ✗2", RED)
    waktu = row[header.index("d. Jangka Waktu Penyelesaian")]
    assert (waktu.value, waktu.fill.fgColor.rgb) == ("✓1 ~1 ✗0", AMBER)
    prosedur = row[header.index("c. Sistem, Mekanisme, dan Prosedur")]
    assert (prosedur.value, prosedur.fill.fgColor.rgb) == ("✓2 ~0 ✗0", GREEN)
    unknown = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "(unit tidak diketahui)")
    assert unknown[4].value is None and unknown[6].value is None  # no services: no score, no colour


def test_service_rows_are_coloured_by_status(wb):
    ws = wb["Layanan"]
    assert ws.max_row == 1 + 3
    row = next(r for r in ws.iter_rows(min_row=2) if r[2].value == "Pelayanan Rawat Jalan")
    assert row[3].value == 78.6
    cells = {ws.cell(1, c.column).value: c for c in row[4:]}
    assert (
        cells["d. Jangka Waktu Penyelesaian"].value,
        cells["d. Jangka Waktu Penyelesaian"].fill.fgColor.rgb,
    ) == ("lemah", AMBER)
    assert (
        cells["n. Evaluasi Kinerja Pelaksana"].value,
        cells["n. Evaluasi Kinerja Pelaksana"].fill.fgColor.rgb,
    ) == ("tidak ada", RED)
    assert (cells["a. Dasar Hukum"].value, cells["a. Dasar Hukum"].fill.fgColor.rgb) == (
        "ada",
        GREEN,
    )


def test_findings_sheet_has_autofilter_and_every_finding(wb):
    report = load_report()
    ws = wb["Temuan"]
    n = sum(
        len(d["findings"])
        + len(d["maklumat"].get("findings", []))
        + sum(len(s["findings"]) for s in d["services"])
        for d in report["documents"]
    ) + len(report["fixed"])
    assert ws.max_row == 1 + n
    assert ws.auto_filter.ref == f"A1:P{1 + n}"
    jw = next(r for r in rows(ws) if r[4] == "UU25-JW-VAGUE")
    assert (
        jw[3] == "Jangka Waktu Penyelesaian"
        and jw[5] == "peringatan"
        and jw[10] == "hlm. 2, tabel 1, baris 5"
    )
    assert jw[11:14] == (2, 1, 5)


def test_files_sheet_lists_errors(wb):
    ws = wb["Berkas"]
    assert ws.max_row == 1 + 4
    err = next(
        r for r in ws.iter_rows(min_row=2) if r[1].value == "submissions/lain/sp-terkunci.pdf"
    )
    assert err[3].value == "gagal diperiksa" and err[3].fill.fgColor.rgb == RED
    assert "kata sandi" in err[9].value and "[pdf-encrypted]" in err[9].value


def test_english_headers():
    wb = workbook(lang="en")
    assert wb.sheetnames == ["Unit Summary", "Services", "Findings", "Files"]
    assert wb["Services"]["E1"].value == "a. Legal basis"


def test_text_that_looks_like_a_formula_stays_text():
    wb = workbook(with_script_injection(load_report()))
    cell = next(
        r[0] for r in wb["Layanan"].iter_rows(min_row=2) if r[0].value.startswith("=HYPERLINK")
    )
    assert cell.data_type == "s"
