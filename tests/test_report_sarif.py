"""SARIF writer: valid SARIF 2.1.0 shaped for GitHub code scanning."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from helpers_report import load_report, render

from compliance.report.sarif import artifact_uri

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sarif():
    return json.loads(render("sarif"))


def test_valid_against_sarif_schema(sarif):
    errors = [e.message for e in jsonschema.Draft7Validator(SCHEMA).iter_errors(sarif)]
    assert errors == []
    assert sarif["version"] == "2.1.0"


def test_every_result_is_placeable_by_github(sarif):
    results = sarif["runs"][0]["results"]
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        uri = loc["artifactLocation"]["uri"]
        assert uri and not uri.startswith("/") and "\\" not in uri and " " not in uri
        assert loc["region"]["startLine"] == 1
        assert r["partialFingerprints"]["complianceFinding/v1"]


def test_one_result_per_finding_plus_error_documents(sarif):
    report = load_report()
    n = sum(
        len(d["findings"])
        + len(d["maklumat"].get("findings", []))
        + sum(len(s["findings"]) for s in d["services"])
        for d in report["documents"]
    )
    assert len(sarif["runs"][0]["results"]) == n + 1


def test_result_content_and_logical_location(sarif):
    results = sarif["runs"][0]["results"]
    jw = next(r for r in results if r["ruleId"] == "UU25-JW-VAGUE")
    assert jw["level"] == "warning"
    assert jw["locations"][0]["logicalLocations"] == [
        {"fullyQualifiedName": "layanan-1/hlm-2/tabel-1/baris-5", "kind": "element"}
    ]
    assert "hlm. 2, tabel 1, baris 5" in jw["message"]["text"]
    assert "Pelayanan Rawat Jalan" in jw["message"]["text"]
    info = next(r for r in results if r["ruleId"] == "UU25-PENGADUAN-NO-RESPONSE")
    assert info["level"] == "note"
    assert (
        next(r for r in results if r["ruleId"] == "UU25-JAMINAN-FRAGMENT")["baselineState"] == "new"
    )
    kk = next(r for r in results if r["ruleId"] == "UU25-JPL-NO-NUMBER")
    assert kk["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "submissions/disdukcapil/SP%20Disdukcapil%202023.docx"
    )


def test_fingerprints_are_stable_and_distinguish_services(sarif):
    again = json.loads(render("sarif"))
    fp = [r["partialFingerprints"] for r in sarif["runs"][0]["results"]]
    assert fp == [r["partialFingerprints"] for r in again["runs"][0]["results"]]
    evals = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "UU25-EVAL-ABSENT"]
    assert len(evals) == 2  # same rule, same file, two services
    assert evals[0]["partialFingerprints"] != evals[1]["partialFingerprints"]


def test_rules_catalogue(sarif):
    driver = sarif["runs"][0]["tool"]["driver"]
    rules = {r["id"]: r for r in driver["rules"]}
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} == set(rules)
    jw = rules["UU25-JW-VAGUE"]
    assert jw["properties"]["component"] == "jangka_waktu"
    assert jw["properties"]["legal_basis"] == "UU 25/2009 Pasal 21 huruf d"
    assert jw["defaultConfiguration"]["level"] == "warning"
    assert "Jangka Waktu Penyelesaian" in jw["shortDescription"]["text"]
    assert "Saran perbaikan" in jw["help"]["markdown"]


def test_rules_meta_overrides_finding_text():
    meta = {
        "UU25-JW-VAGUE": {
            "name": "jangka-waktu-samar",
            "message": "Jangka waktu tanpa durasi pasti.",
            "suggestion": "Tulis durasi dengan angka.",
            "severity": "error",
        }
    }
    sarif = json.loads(render("sarif", rules_meta=meta))
    rule = next(
        r for r in sarif["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "UU25-JW-VAGUE"
    )
    assert rule["name"] == "jangka-waktu-samar"
    assert rule["fullDescription"]["text"] == "Jangka waktu tanpa durasi pasti."
    assert rule["defaultConfiguration"]["level"] == "error"


def test_error_document_gives_result_and_notification(sarif):
    run = sarif["runs"][0]
    err = next(r for r in run["results"] if r["ruleId"] == "compliance/pdf-encrypted")
    assert err["level"] == "error"
    assert (
        err["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        == "submissions/lain/sp-terkunci.pdf"
    )
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["descriptor"]["id"] for n in notes] == ["compliance/pdf-encrypted"]


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("a\\b\\c d.pdf", "a/b/c%20d.pdf"),
        ("/abs/sp.docx", "abs/sp.docx"),
        ("./x/./y.pdf", "x/./y.pdf"),
        ("C:\\data\\sp.pdf", "data/sp.pdf"),
        ("", "document"),
        ("unit#1/sp?.pdf", "unit%231/sp%3F.pdf"),
    ],
)
def test_artifact_uri(path, uri):
    assert artifact_uri(path) == uri
