"""Reports: one JSON contract (`build`), rendered to every output format (`formats`).

Writers read report documents only; they never recompute a judgement.
"""

from compliance.report.build import UnitAggregator, build_report, build_view
from compliance.report.formats import FORMATS, WRITERS, format_for_path, write_report
from compliance.report.view import ReportView, iter_jsonl

__all__ = [
    "FORMATS",
    "WRITERS",
    "ReportView",
    "UnitAggregator",
    "build_report",
    "build_view",
    "format_for_path",
    "iter_jsonl",
    "write_report",
]
