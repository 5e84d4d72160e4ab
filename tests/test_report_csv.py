"""CSV writer: one row per finding, UTF-8 with BOM, formulas neutralised."""

from __future__ import annotations

import csv
import io

from helpers_report import load_report, render, with_script_injection

from compliance.report.csv_out import COLUMNS


def read(text: str) -> list[dict]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_header_and_one_row_per_finding():
    report = load_report()
    text = render("csv", report)
    assert text[1:].split("\r\n", 1)[0] == ",".join(COLUMNS)
    rows = read(text)
    findings = sum(
        len(d["findings"])
        + len(d["maklumat"].get("findings", []))
        + sum(len(s["findings"]) for s in d["services"])
        for d in report["documents"]
    )
    assert len(rows) == findings + 1 + len(report["fixed"])  # + the error document + fixed findings


def test_row_content():
    rows = read(render("csv"))
    jw = next(r for r in rows if r["rule"] == "UU25-JW-VAGUE")
    assert jw == {
        **jw,
        "unit": "Dinas Kesehatan Kabupaten Lampung Selatan",
        "service": "Pelayanan Rawat Jalan",
        "component": "jangka_waktu",
        "severity": "warning",
        "status": "weak",
        "page": "2",
        "table": "1",
        "row": "5",
        "paragraph": "",
        "legal_basis": "UU 25/2009 Pasal 21 huruf d",
        "doc_type": "service_standard",
    }
    assert jw["message"].startswith('Jangka waktu hanya menyebut jam buka layanan ("Senin')
    assert next(r for r in rows if r["rule"] == "UU25-JAMINAN-FRAGMENT")["baseline"] == "new"
    maklumat = next(r for r in rows if r["rule"] == "PAN15-MAKLUMAT-SANKSI")
    assert maklumat["component"] == "maklumat" and maklumat["service"] == ""


def test_error_document_row():
    rows = read(render("csv"))
    err = next(r for r in rows if r["path"] == "submissions/lain/sp-terkunci.pdf")
    assert (err["rule"], err["severity"], err["status"]) == ("pdf-encrypted", "error", "error")
    assert err["unit"] == "(unit tidak diketahui)" and "kata sandi" in err["message"]


def test_fixed_baseline_findings_are_listed():
    rows = read(render("csv"))
    fixed = [r for r in rows if r["baseline"] == "fixed"]
    assert [r["rule"] for r in fixed] == ["UU25-PENGADUAN-NO-CHANNEL"]


def test_formula_like_text_is_neutralised():
    rows = read(render("csv", with_script_injection(load_report())))
    units = {r["unit"] for r in rows}
    assert '\'=HYPERLINK("http://evil.example","klik")' in units
    assert not any(v.startswith("=") for r in rows for v in r.values())
