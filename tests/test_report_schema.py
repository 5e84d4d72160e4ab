"""The JSON Schema of the report contract: the fixture passes, broken reports fail."""

from __future__ import annotations

import jsonschema
import pytest
from helpers_report import load_report

from compliance.check import error_document
from compliance.config import Config
from compliance.errors import ERROR_TEXTS, CheckError
from compliance.model import COMPONENT_IDS
from compliance.report.build import build_report
from compliance.report.json_out import load_schema


@pytest.fixture(scope="module")
def validator():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(validator, report) -> list[str]:
    return [e.message for e in validator.iter_errors(report)]


def test_fixture_is_valid(validator):
    assert errors(validator, load_report()) == []


def test_schema_enums_match_the_code(validator):
    defs = load_schema()["$defs"]
    assert defs["componentId"]["enum"] == list(COMPONENT_IDS)
    assert defs["error"]["properties"]["code"]["enum"] == list(ERROR_TEXTS)
    assert defs["service"]["properties"]["components"]["required"] == list(COMPONENT_IDS)


def test_error_document_of_check_file_is_valid(validator):
    err = error_document("a.pdf", CheckError("pdf-encrypted", "a.pdf"), "id", sha256=None)
    assert errors(validator, build_report([err], Config())) == []


def test_extra_keys_are_allowed(validator):
    report = load_report()
    report["generated_by_ci"] = {"job": 12}
    report["documents"][0]["services"][0]["components"]["biaya"]["confidence"] = 0.4
    report["documents"][0]["services"][0]["findings"][0]["explain"] = ["step 1"]
    assert errors(validator, report) == []


def _first_service(report):
    return report["documents"][0]["services"][0]


BREAKAGES = {
    "missing top-level key": lambda r: r.pop("summary"),
    "wrong schema id": lambda r: r.update(schema="compliance-report/2"),
    "document without sha256": lambda r: r["documents"][0].pop("sha256"),
    "document without findings": lambda r: r["documents"][1].pop("findings"),
    "13 components": lambda r: _first_service(r)["components"].pop("evaluasi"),
    "component without heading key": lambda r: _first_service(r)["components"]["biaya"].pop(
        "heading"
    ),
    "bad component status": lambda r: _first_service(r)["components"]["biaya"].update(
        status="partial"
    ),
    "bad doc_type": lambda r: r["documents"][0].update(doc_type="sop"),
    "bad document status": lambda r: r["documents"][0].update(status="failed"),
    "bad severity": lambda r: _first_service(r)["findings"][0].update(severity="fatal"),
    "bad finding status": lambda r: _first_service(r)["findings"][0].update(status="present"),
    "bad finding component": lambda r: _first_service(r)["findings"][0].update(component="waktu"),
    "finding without legal basis key": lambda r: _first_service(r)["findings"][0].pop(
        "legal_basis"
    ),
    "bad maklumat status": lambda r: r["documents"][0]["maklumat"].update(status="ok"),
    "score above 100": lambda r: _first_service(r).update(score=101),
    "location missing a key": lambda r: _first_service(r)["location"].pop("row"),
    "location zero page": lambda r: _first_service(r)["location"].update(page=0),
    "error status without error": lambda r: r["documents"][3].update(error=None),
    "ok status with error": lambda r: r["documents"][0].update(
        error={"code": "timeout", "message": "x"}
    ),
    "unknown error code": lambda r: r["documents"][3]["error"].update(code="disk-full"),
    "unit counts on unknown component": lambda r: r["units"][0]["weak"].update(waktu=1),
    "pekppp estimate above 5": lambda r: r["documents"][0]["indicators"].update(
        pekppp_sp_estimate=6
    ),
    "bad baseline state": lambda r: _first_service(r)["findings"][0].update(baseline="old"),
}


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_broken_report_is_rejected(validator, name):
    report = load_report()
    BREAKAGES[name](report)
    assert errors(validator, report), name
