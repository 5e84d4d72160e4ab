"""Findings as CSV, one row per finding, for spreadsheets and scripts.

Column names are stable identifiers (scripts read them), values are the report's own text.
Written as UTF-8 with a BOM so Excel opens Indonesian text correctly; the caller opens `out`
with `newline=""` as the csv module requires.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import TextIO

from compliance.report.i18n import check_lang
from compliance.report.view import ReportView, iter_findings

COLUMNS: tuple[str, ...] = (
    "unit",
    "path",
    "doc_type",
    "service",
    "component",
    "rule",
    "severity",
    "status",
    "message",
    "suggestion",
    "legal_basis",
    "page",
    "table",
    "row",
    "paragraph",
    "baseline",
)
BOM = "\ufeff"
# A cell starting with one of these is run as a formula by Excel/LibreOffice ("CSV injection");
# unit and service names come from untrusted documents, so such text gets a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _row(
    unit: str, document: dict, service: str | None, finding: dict, component: str | None
) -> dict:
    location = finding.get("location") or {}
    return {
        "unit": unit,
        "path": finding.get("path") or document.get("path", ""),
        "doc_type": document.get("doc_type", ""),
        "service": service or "",
        "component": component or "",
        "rule": finding.get("rule", ""),
        "severity": finding.get("severity", ""),
        "status": finding.get("status", ""),
        "message": finding.get("message", ""),
        "suggestion": finding.get("suggestion") or "",
        "legal_basis": finding.get("legal_basis") or "",
        **{
            key: location.get(key) if location.get(key) is not None else ""
            for key in ("page", "table", "row", "paragraph")
        },
        "baseline": finding.get("baseline") or "",
    }


def rows(view: ReportView) -> Iterator[dict]:
    """Yield the CSV rows as dicts (document by document)."""
    for document in view.documents():
        unit = view.unit_of(document)
        if document.get("status") == "error":
            error = document.get("error") or {}
            fake = {
                "rule": error.get("code", ""),
                "severity": "error",
                "status": "error",
                "message": error.get("message", ""),
                "location": None,
            }
            yield _row(unit, document, None, fake, None)
            continue
        for ref in iter_findings(document):
            yield _row(unit, document, ref.service_name, ref.finding, ref.component)
    for finding in view.fixed:
        # A baseline finding that no longer occurs: its document may be gone from this run.
        gone = {"path": finding.get("path", ""), "doc_type": ""}
        unit = finding.get("unit") or ""
        yield _row(
            unit,
            gone,
            finding.get("service"),
            {**finding, "baseline": "fixed"},
            finding.get("component"),
        )


UNIT_COLUMNS_HEAD: tuple[str, ...] = ("unit", "documents", "services", "score", "pekppp_sp_estimate")


def write_units(view: ReportView, out: TextIO, lang: str = "id") -> None:
    """The per-unit recap as CSV: one row per unit, absent/weak counts per component."""
    from compliance.model import COMPONENT_IDS

    check_lang(lang)
    out.write(BOM)
    columns = [
        *UNIT_COLUMNS_HEAD,
        *(f"absent_{c}" for c in COMPONENT_IDS),
        *(f"weak_{c}" for c in COMPONENT_IDS),
    ]
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    for unit in view.units:
        row = {key: unit.get(key) for key in UNIT_COLUMNS_HEAD}
        for status in ("absent", "weak"):
            counts = unit.get(status) or {}
            row.update({f"{status}_{c}": counts.get(c, 0) for c in COMPONENT_IDS})
        writer.writerow({key: safe_cell(value) for key, value in row.items()})


def write(view: ReportView, out: TextIO, lang: str = "id") -> None:
    check_lang(lang)
    out.write(BOM)
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows(view):
        writer.writerow({key: safe_cell(value) for key, value in row.items()})
