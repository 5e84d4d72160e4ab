"""JUnit writer: parse back with ElementTree, counts match the report."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from helpers_report import load_report, render


def parse(report=None, lang="id") -> ET.Element:
    text = render("junit", report, lang)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(text)


def test_one_suite_per_document_and_14_cases_per_service():
    report = load_report()
    root = parse(report)
    suites = root.findall("testsuite")
    # one suite per document, then the per-unit recap (properties only, no test cases)
    assert [s.get("name") for s in suites] == [d["path"] for d in report["documents"]] + [
        "Rekap unit"
    ]
    assert suites[-1].findall("testcase") == []
    assert len(suites[-1].findall("properties/property")) == len(report["units"])
    first = suites[0]
    rawat = [c for c in first.findall("testcase") if c.get("classname") == "Pelayanan Rawat Jalan"]
    assert [c.get("name") for c in rawat][:2] == ["a. Dasar Hukum", "b. Persyaratan"]
    assert len(rawat) == 14


def test_counts_match_cases_and_report():
    report = load_report()
    root = parse(report)
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        assert int(suite.get("failures")) == sum(c.find("failure") is not None for c in cases)
        assert int(suite.get("errors")) == sum(c.find("error") is not None for c in cases)
    for key in ("tests", "failures", "errors"):
        assert int(root.get(key)) == sum(int(s.get(key)) for s in root.findall("testsuite"))
    weak_or_absent = sum(
        1
        for d in report["documents"]
        for s in d["services"]
        for c in s["components"].values()
        if c["status"] != "present"
    )
    component_failures = sum(
        1
        for s in root.findall("testsuite")
        for c in s.findall("testcase")
        if c.get("name")[1:3] == ". " and c.find("failure") is not None
    )
    assert component_failures == weak_or_absent
    assert root.get("errors") == "1"


def test_failure_carries_type_message_and_full_explanation():
    root = parse()
    case = next(
        c
        for c in root.iter("testcase")
        if c.get("classname") == "Pelayanan Rawat Jalan"
        and c.get("name") == "d. Jangka Waktu Penyelesaian"
    )
    failure = case.find("failure")
    assert failure.get("type") == "weak"
    assert failure.get("message").startswith("Jangka waktu hanya menyebut jam buka")
    assert "Saran perbaikan: Tulis lama penyelesaian" in failure.text
    assert (
        "UU 25/2009 Pasal 21 huruf d" in failure.text and "hlm. 2, tabel 1, baris 5" in failure.text
    )
    absent = next(
        c
        for c in root.iter("testcase")
        if c.get("classname") == "Pelayanan Rawat Jalan"
        and c.get("name") == "n. Evaluasi Kinerja Pelaksana"
    )
    assert absent.find("failure").get("type") == "absent"


def test_info_findings_do_not_fail():
    root = parse()
    case = next(
        c
        for c in root.iter("testcase")
        if c.get("classname") == "Pelayanan Pembuatan Surat Keterangan Sehat"
        and c.get("name").startswith("j.")
    )
    assert case.find("failure") is None
    assert "batas waktu tanggapan" in case.find("system-out").text


def test_error_document_is_an_error_case():
    root = parse()
    suite = root.find("testsuite[@name='submissions/lain/sp-terkunci.pdf']")
    (case,) = suite.findall("testcase")
    assert case.find("error").get("type") == "pdf-encrypted"


def test_special_characters_survive_and_control_characters_are_dropped():
    report = load_report()
    service = report["documents"][0]["services"][0]
    service["name"] = 'Layanan <A&B> "Khusus"\x0b'
    service["findings"][0]["message"] = "Teks <b>tebal</b> & \x01kontrol"
    root = parse(report)
    names = {c.get("classname") for c in root.iter("testcase")}
    assert 'Layanan <A&B> "Khusus"' in names
    failure = next(
        c.find("failure")
        for c in root.iter("testcase")
        if c.get("classname") == 'Layanan <A&B> "Khusus"' and c.get("name").startswith("d.")
    )
    assert failure.get("message") == "Teks <b>tebal</b> & kontrol"


def test_duplicate_service_names_get_distinct_classnames():
    report = load_report()
    report["documents"][0]["services"][1]["name"] = report["documents"][0]["services"][0]["name"]
    root = parse(report)
    names = {c.get("classname") for c in root.find("testsuite").findall("testcase")}
    assert {"Pelayanan Rawat Jalan", "Pelayanan Rawat Jalan (2)"} <= names
