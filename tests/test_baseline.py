"""Baselines: new / unchanged / fixed by (path, service, rule, component), locations ignored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance.baseline import Baseline, load_baseline
from compliance.config import ConfigError


def finding(rule: str, component: str, row: int, status: str = "weak") -> dict:
    return {
        "rule": rule,
        "component": component,
        "status": status,
        "severity": "warning",
        "message": "m",
        "suggestion": "s",
        "legal_basis": "UU 25/2009",
        "location": {"page": None, "table": 1, "row": row, "paragraph": None},
    }


def doc(path: str, *findings: dict, service: str = "Layanan A", doc_findings=()) -> dict:
    return {
        "path": path,
        "status": "ok",
        "findings": list(doc_findings),
        "maklumat": {"status": "present", "location": None},
        "services": [{"name": service, "findings": list(findings)}],
    }


def test_moved_finding_is_unchanged_new_is_new_missing_is_fixed() -> None:
    old = {
        "documents": [
            doc("a.docx", finding("R-BIAYA", "biaya", 3), finding("R-JW", "jangka_waktu", 4)),
            doc("b.docx", finding("R-BIAYA", "biaya", 1)),
        ]
    }
    baseline = Baseline.from_report(old)
    current = doc("a.docx", finding("R-BIAYA", "biaya", 9), finding("R-PROS", "prosedur", 2))
    baseline.mark(current)
    states = [(f["rule"], f["baseline"]) for f in current["services"][0]["findings"]]
    assert states == [("R-BIAYA", "unchanged"), ("R-PROS", "new")]
    fixed = baseline.fixed()
    # only a.docx was checked this time: b.docx's finding is not declared fixed
    assert [(f["path"], f["service"], f["rule"], f["component"], f["baseline"]) for f in fixed] == [
        ("a.docx", "Layanan A", "R-JW", "jangka_waktu", "fixed")
    ]


def test_identity_includes_service_name_and_counts_duplicates() -> None:
    old = {"documents": [doc("a.docx", finding("R", "biaya", 1), service="Layanan A")]}
    baseline = Baseline.from_report(old)
    current = doc("a.docx", finding("R", "biaya", 1), finding("R", "biaya", 2), service="Layanan A")
    baseline.mark(current)
    assert [f["baseline"] for f in current["services"][0]["findings"]] == ["unchanged", "new"]
    renamed = Baseline.from_report(old)
    other = doc("a.docx", finding("R", "biaya", 1), service="Layanan B")
    renamed.mark(other)
    assert other["services"][0]["findings"][0]["baseline"] == "new"
    assert [f["service"] for f in renamed.fixed()] == ["Layanan A"]


def test_document_level_and_error_documents() -> None:
    err = {
        "path": "c.pdf",
        "status": "error",
        "error": {"code": "pdf-encrypted", "message": "x"},
        "findings": [],
        "services": [],
    }
    old = {
        "documents": [doc("a.docx", doc_findings=[finding("D-MAK", "maklumat", 1, "absent")]), err]
    }
    baseline = Baseline.from_report(old)
    now_a = doc("a.docx", doc_findings=[finding("D-MAK", "maklumat", 5, "absent")])
    now_c = json.loads(json.dumps(err))
    baseline.mark(now_a)
    baseline.mark(now_c)
    assert now_a["findings"][0]["baseline"] == "unchanged"
    assert now_c["error"]["baseline"] == "unchanged"
    fresh = Baseline.from_report(old)
    changed = dict(now_c, error={"code": "pdf-corrupt", "message": "y"})
    fresh.mark(changed)
    assert changed["error"]["baseline"] == "new"


def test_load_errors_are_config_errors(tmp_path: Path) -> None:
    bad = tmp_path / "old.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="old.json"):
        load_baseline(bad)
    bad.write_text('{"schema": "x"}', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_baseline(bad)
    assert "bukan laporan JSON compliance" in info.value.message("id")
    with pytest.raises(ConfigError, match="not found"):
        load_baseline(tmp_path / "missing.json")
