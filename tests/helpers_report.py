"""Helpers for the report tests: the hand-written sample report and rendering to a string."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

from compliance.report.formats import FORMATS
from compliance.report.view import ReportView

FIXTURE = Path(__file__).parent / "fixtures" / "report" / "sample-report.json"


def load_report() -> dict:
    """A fresh deep copy of the sample report (tests may mutate it)."""
    return copy.deepcopy(json.loads(FIXTURE.read_text(encoding="utf-8")))


def documents() -> list[dict]:
    return load_report()["documents"]


def view(report: dict | None = None) -> ReportView:
    return ReportView.from_report(report if report is not None else load_report())


def render(fmt: str, report: dict | None = None, lang: str = "id", **options) -> str | bytes:
    """Render with the registered writer; text formats return str, binary ones bytes."""
    spec = FORMATS[fmt]
    out = io.BytesIO() if spec.binary else io.StringIO(newline="")
    spec.write(view(report), out, lang, **options)
    return out.getvalue()


def with_script_injection(report: dict) -> dict:
    """The sample report with hostile text where document text lands in a report."""
    doc = report["documents"][0]
    service = doc["services"][0]
    service["name"] = "<script>alert('nama')</script>"
    service["components"]["biaya"]["text"] = (
        "<script>alert(1)</script> & <img src=x onerror=alert(2)>"
    )
    service["components"]["biaya"]["heading"] = '"><b>Biaya</b>'
    doc["unit"] = '=HYPERLINK("http://evil.example","klik")'
    return report
