"""The reviewers' workbook: unit recap, services, findings, files (openpyxl, write-only).

Sheets are filled in one pass over the documents (write-only mode streams rows to disk), so a
batch of any size fits in memory. Every text cell is written as text: a unit or service name
that starts with "=" must never become a formula.
"""

from __future__ import annotations

from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from compliance.model import COMPONENT_IDS
from compliance.report.i18n import (
    STATUS_MARK,
    baseline_label,
    check_lang,
    component_name,
    component_title,
    doc_type_label,
    location_text,
    severity_label,
    status_label,
    t,
)
from compliance.report.view import ReportView, iter_findings

# Excel's own "Good / Neutral / Bad" cell colours, familiar to spreadsheet users.
FILLS: dict[str, PatternFill] = {
    "present": PatternFill("solid", fgColor="FFC6EFCE"),
    "weak": PatternFill("solid", fgColor="FFFFEB9C"),
    "absent": PatternFill("solid", fgColor="FFFFC7CE"),
    "error": PatternFill("solid", fgColor="FFFFC7CE"),
}
HEADER_FILL = PatternFill("solid", fgColor="FFD9D9D9")
MAX_CELL = 32_000  # Excel's limit is 32 767 characters per cell


class _Sheet:
    """A write-only sheet with a frozen, bold header row and column widths."""

    def __init__(self, wb: Workbook, title: str, headers: list[str], widths: list[int]) -> None:
        self.ws: WriteOnlyWorksheet = wb.create_sheet(title)
        for index, width in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(index)].width = width
        self.ws.freeze_panes = "A2"
        self.columns = len(headers)
        self.rows = 0
        self.append(
            [self.cell(h, font=Font(bold=True), fill=HEADER_FILL, wrap=True) for h in headers]
        )

    def cell(
        self,
        value: object,
        fill: PatternFill | None = None,
        font: Font | None = None,
        wrap: bool = False,
        number_format: str | None = None,
    ) -> Cell:
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL]
        c = WriteOnlyCell(self.ws, value=value)
        if isinstance(value, str):
            c.data_type = "s"  # never a formula, whatever the text starts with
        if fill is not None:
            c.fill = fill
        if font is not None:
            c.font = font
        if wrap:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if number_format:
            c.number_format = number_format
        return c

    def append(self, cells: list) -> None:
        self.ws.append([c if isinstance(c, Cell) else self.cell(c) for c in cells])
        self.rows += 1

    def add_filter(self) -> None:
        self.ws.auto_filter.ref = f"A1:{get_column_letter(self.columns)}{max(self.rows, 1)}"


def _worst(unit: dict, component: str) -> str | None:
    for status in ("absent", "weak", "present"):
        if (unit.get(status) or {}).get(component):
            return status
    return None


def _unit_sheet(wb: Workbook, view: ReportView, lang: str) -> None:
    headers = [
        t("unit", lang),
        t("documents", lang),
        t("services", lang),
        t("errors", lang),
        t("score.unit", lang),
        f"{t('pekppp', lang)} — {t('pekppp.note', lang)}",
        *[component_title(c, lang) for c in COMPONENT_IDS],
    ]
    sheet = _Sheet(wb, t("sheet.units", lang), headers, [40, 10, 10, 12, 14, 22, *[14] * 14])
    for unit in view.units:
        row: list = [
            unit.get("unit"),
            unit.get("documents"),
            unit.get("services"),
            unit.get("errors", 0),
            sheet.cell(unit.get("score"), number_format="0.0"),
            unit.get("pekppp_sp_estimate"),
        ]
        for component in COMPONENT_IDS:
            worst = _worst(unit, component)
            if worst is None:
                row.append(None)
                continue
            counts = " ".join(
                f"{STATUS_MARK[s]}{(unit.get(s) or {}).get(component, 0)}"
                for s in ("present", "weak", "absent")
            )
            row.append(sheet.cell(counts, fill=FILLS[worst]))
        sheet.append(row)
    sheet.append([])
    sheet.append([t("legend", lang) + " — " + t("disclaimer", lang)])


def write(view: ReportView, out: BinaryIO, lang: str = "id") -> None:
    check_lang(lang)
    wb = Workbook(write_only=True)
    _unit_sheet(wb, view, lang)
    services = _Sheet(
        wb,
        t("sheet.services", lang),
        [
            t("unit", lang),
            t("file", lang),
            t("service", lang),
            t("score", lang),
            *[component_title(c, lang) for c in COMPONENT_IDS],
        ],
        [36, 40, 36, 8, *[12] * 14],
    )
    findings = _Sheet(
        wb,
        t("sheet.findings", lang),
        [
            t("unit", lang),
            t("file", lang),
            t("service", lang),
            t("component", lang),
            t("rule", lang),
            t("severity", lang),
            t("status", lang),
            t("message", lang),
            t("suggestion", lang),
            t("legal_basis", lang),
            t("location", lang),
            t("page", lang),
            t("table", lang),
            t("row", lang),
            t("paragraph", lang),
            t("baseline", lang),
        ],
        [30, 36, 30, 24, 22, 11, 11, 60, 60, 28, 22, 8, 8, 8, 9, 12],
    )
    files = _Sheet(
        wb,
        t("sheet.files", lang),
        [
            t("unit", lang),
            t("file", lang),
            t("doc_type", lang),
            t("status", lang),
            t("pages", lang),
            t("services", lang),
            t("score", lang),
            t("maklumat", lang),
            t("pekppp", lang),
            t("error", lang),
            t("sha256", lang),
        ],
        [36, 44, 22, 14, 9, 9, 8, 14, 16, 50, 20],
    )

    for doc in view.documents():
        unit, path = view.unit_of(doc), doc.get("path", "")
        service_list = doc.get("services") or []
        for service in service_list:
            row: list = [
                unit,
                path,
                service.get("name"),
                services.cell(service.get("score"), number_format="0.0"),
            ]
            for component in COMPONENT_IDS:
                status = ((service.get("components") or {}).get(component) or {}).get("status")
                row.append(services.cell(status_label(status, lang), fill=FILLS.get(status or "")))
            services.append(row)
        for ref in iter_findings(doc):
            f, loc = ref.finding, ref.location or {}
            findings.append(
                [
                    unit,
                    path,
                    ref.service_name,
                    component_name(ref.component, lang),
                    f.get("rule"),
                    severity_label(f.get("severity"), lang),
                    status_label(f.get("status"), lang),
                    findings.cell(f.get("message"), wrap=True),
                    findings.cell(f.get("suggestion"), wrap=True),
                    f.get("legal_basis"),
                    location_text(loc, lang),
                    loc.get("page"),
                    loc.get("table"),
                    loc.get("row"),
                    loc.get("paragraph"),
                    baseline_label(f.get("baseline"), lang),
                ]
            )
        error = doc.get("error") or {}
        is_error = doc.get("status") == "error"
        scores = [s["score"] for s in service_list if isinstance(s.get("score"), int | float)]
        maklumat = (
            (doc.get("maklumat") or {}).get("status")
            if doc.get("doc_type") == "service_standard"
            else None
        )
        files.append(
            [
                unit,
                path,
                doc_type_label(doc.get("doc_type"), lang),
                files.cell(status_label("error", lang), fill=FILLS["error"]) if is_error else "OK",
                doc.get("pages"),
                len(service_list),
                files.cell(
                    round(sum(scores) / len(scores), 1) if scores else None, number_format="0.0"
                ),
                files.cell(status_label(maklumat, lang), fill=FILLS.get(maklumat or "")),
                (doc.get("indicators") or {}).get("pekppp_sp_estimate"),
                f"{error.get('message', '')} [{error.get('code', '')}]" if is_error else None,
                doc.get("sha256"),
            ]
        )
    for f in view.fixed:
        loc = f.get("location") or {}
        findings.append(
            [
                f.get("unit"),
                f.get("path"),
                f.get("service"),
                component_name(f.get("component"), lang),
                f.get("rule"),
                severity_label(f.get("severity"), lang),
                status_label(f.get("status"), lang),
                f.get("message"),
                f.get("suggestion"),
                f.get("legal_basis"),
                location_text(loc, lang),
                loc.get("page"),
                loc.get("table"),
                loc.get("row"),
                loc.get("paragraph"),
                baseline_label("fixed", lang),
            ]
        )
    findings.add_filter()
    services.add_filter()
    files.add_filter()
    wb.save(out)
