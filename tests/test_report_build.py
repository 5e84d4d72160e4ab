"""Report assembly: per-unit aggregation, summary, streaming view, build_report."""

from __future__ import annotations

import json
import random

import pytest
from helpers_report import documents, load_report

from compliance.check import error_document
from compliance.config import Config
from compliance.errors import CheckError
from compliance.model import COMPONENT_IDS
from compliance.report.build import UnitAggregator, build_report, build_view
from compliance.report.view import ReportView, iter_jsonl, unit_name

RULESETS = [{"id": "uu25-2009", "version": "1"}, {"id": "permenpanrb-15-2014", "version": "1"}]


def test_build_report_reproduces_fixture_units_and_summary():
    report = load_report()
    built = build_report(report["documents"], Config(), RULESETS)
    assert list(built)[:6] == ["schema", "tool", "rulesets", "documents", "units", "summary"]
    assert built["schema"] == "compliance-report/1"
    assert built["tool"]["name"] == "compliance"
    assert built["rulesets"] == RULESETS
    assert built["units"] == report["units"]
    assert built["summary"] == report["summary"]
    assert built["documents"] == report["documents"]


def test_units_are_counted_per_unit_with_error_and_other_documents():
    units = {u["unit"]: u for u in build_report(documents(), Config())["units"]}
    dinkes = units["Dinas Kesehatan Kabupaten Lampung Selatan"]
    assert dinkes["documents"] == 2  # the standard and the SOP sent along
    assert dinkes["services"] == 2
    assert dinkes["score"] == round((78.6 + 60.7) / 2, 1)
    assert dinkes["absent"] == {
        "sarana": 1,
        "pengawasan": 1,
        "jumlah_pelaksana": 1,
        "jaminan_keamanan": 1,
        "evaluasi": 2,
    }
    assert dinkes["weak"]["jangka_waktu"] == 1 and "prosedur" not in dinkes["weak"]
    assert list(dinkes["absent"]) == [
        c for c in COMPONENT_IDS if c in dinkes["absent"]
    ]  # statutory order
    unknown = units["(unit tidak diketahui)"]
    assert unknown == {
        **unknown,
        "documents": 1,
        "errors": 1,
        "services": 0,
        "score": None,
        "known": False,
    }


def test_summary_counts_documents_errors_services_and_findings():
    summary = build_report(documents(), Config())["summary"]
    assert (summary["documents"], summary["errors"], summary["services"]) == (4, 1, 3)
    assert summary["doc_types"] == {"service_standard": 2, "other": 1, "scanned": 0, "invalid": 1}
    total = 0
    for doc in documents():
        total += len(doc["findings"]) + len(doc["maklumat"].get("findings", []))
        total += sum(len(s["findings"]) for s in doc["services"])
    assert sum(summary["findings"].values()) == total


def test_unknown_unit_label_follows_language_and_sorts_last():
    units = build_report(documents(), Config(lang="en"))["units"]
    assert units[-1]["unit"] == "(unknown unit)"
    assert [u["unit"] for u in units[:-1]] == sorted(u["unit"] for u in units[:-1])


def test_unit_order_does_not_depend_on_document_order():
    docs = documents()
    shuffled = docs[:]
    random.Random(7).shuffle(shuffled)
    assert build_report(shuffled, Config())["units"] == build_report(docs, Config())["units"]


def test_units_group_by_the_document_unit_key():
    # Under --unit-from folder the batch writes the folder name into document["unit"].
    docs = documents()
    for doc in docs:
        doc["unit"] = doc["path"].split("/")[1]
    report = build_report(docs, Config(unit_from="folder"))
    units = {u["unit"]: u for u in report["units"]}
    assert set(units) == {"dinkes", "disdukcapil", "lain"}
    assert units["lain"]["errors"] == 1
    assert report["unit_from"] == "folder"
    assert unit_name({"unit": "  Dinas X "}) == "Dinas X"
    assert unit_name({"unit": " "}, "en") == "(unknown unit)"


def test_pekppp_estimate_is_min_over_standards_then_other_documents():
    def doc(unit, doc_type, estimate):
        return {
            "path": f"{unit}/{doc_type}{estimate}.docx",
            "unit": unit,
            "doc_type": doc_type,
            "status": "ok",
            "services": [],
            "findings": [],
            "maklumat": {"status": "absent", "location": None},
            "indicators": {"pekppp_sp_estimate": estimate},
        }

    aggregator = UnitAggregator()
    for d in (
        doc("A", "service_standard", 4),
        doc("A", "service_standard", 2),
        doc("A", "other", 0),
        doc("B", "other", 0),
        doc("C", "service_standard", 3),
    ):
        aggregator.add(d)
    estimates = {u["unit"]: u["pekppp_sp_estimate"] for u in aggregator.units()}
    assert estimates == {"A": 2, "B": 0, "C": 3}


def test_error_document_from_check_counts_as_error():
    err = error_document("x/rusak.docx", CheckError("docx-corrupt", "bad zip"), "id")
    report = build_report([err], Config())
    assert report["summary"]["errors"] == 1
    assert report["units"][0]["errors"] == 1 and report["units"][0]["score"] is None


def test_empty_batch():
    report = build_report([], Config())
    assert report["documents"] == [] and report["units"] == []
    assert report["summary"]["documents"] == 0 and report["summary"]["score"] is None
    assert report["rulesets"] == [{"id": p, "version": None} for p in Config().packs]


def test_streaming_view_over_jsonl_rereads_documents(tmp_path):
    path = tmp_path / "docs.jsonl"
    aggregator = UnitAggregator.for_config(Config())
    with path.open("w", encoding="utf-8") as f:
        for doc in documents():  # the batch engine: write a line, count it, forget it
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
            aggregator.add(doc)
    view = aggregator.view(lambda: iter_jsonl(path), RULESETS)
    assert [d["path"] for d in view.documents()] == [d["path"] for d in documents()]
    assert [d["path"] for d in view.documents()] == [d["path"] for d in documents()]  # again
    assert view.to_dict() == build_report(documents(), Config(), RULESETS)


def test_build_view_and_from_report_agree():
    built = build_view(documents(), Config(), RULESETS)
    again = ReportView.from_report(built.to_dict())
    assert again.to_dict() == built.to_dict()
    assert again.unit_of(documents()[3]) == "(unit tidak diketahui)"


def test_aggregator_rejects_unknown_language():
    with pytest.raises(ValueError):
        UnitAggregator(lang="fr")


def test_view_read_back_keeps_its_language():
    report = build_report(documents(), Config(lang="en"))
    view = ReportView.from_report(json.loads(json.dumps(report)))
    assert view.lang == "en"
    assert view.unit_of(report["documents"][3]) == "(unknown unit)"


def test_fixture_service_scores_follow_the_rubric_formula():
    for doc in documents():
        for service in doc["services"]:
            statuses = [c["status"] for c in service["components"].values()]
            expected = 100 * (statuses.count("present") + 0.5 * statuses.count("weak")) / 14
            assert service["score"] == round(expected, 1)


@pytest.mark.parametrize(
    "bad",
    [[], {"documents": []}, {**load_report(), "schema": "other/1"}, {"schema": "compliance-report/1"}],
)
def test_view_from_something_else_is_a_clear_error(bad):
    with pytest.raises(ValueError, match="not a compliance-report/1 report"):
        ReportView.from_report(bad)
