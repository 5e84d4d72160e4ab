"""JSON writer: streams the exact contract report."""

from __future__ import annotations

import io
import json

from helpers_report import load_report, render

from compliance.config import Config
from compliance.report import json_out
from compliance.report.build import UnitAggregator
from compliance.report.view import iter_jsonl


def test_stream_equals_json_dumps_of_the_report():
    report = load_report()
    text = render("json", report)
    assert text == json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    assert list(json.loads(text)) == [
        "schema",
        "tool",
        "rulesets",
        "documents",
        "units",
        "summary",
        "lang",
        "unit_from",
        "fixed",
    ]


def test_utf8_text_is_not_escaped():
    text = render("json")
    assert "Senin – Sabtu" in text and "\\u2013" not in text


def test_empty_document_list_is_valid_json():
    report = load_report()
    report["documents"] = []
    assert json.loads(render("json", report))["documents"] == []


def test_streamed_from_jsonl(tmp_path):
    report = load_report()
    path = tmp_path / "docs.jsonl"
    path.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in report["documents"]),
        encoding="utf-8",
    )
    aggregator = UnitAggregator.for_config(Config())
    for doc in iter_jsonl(path):
        aggregator.add(doc)
    out = io.StringIO()
    json_out.write(aggregator.view(lambda: iter_jsonl(path), report["rulesets"]), out)
    back = json.loads(out.getvalue())
    assert back["documents"] == report["documents"]
    assert back["units"] == report["units"] and back["summary"] == report["summary"]
