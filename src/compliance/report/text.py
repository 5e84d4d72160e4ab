"""Plain-text report for a terminal or a log: a readable rapor per document, then one
machine-friendly line per finding (`path:loc: [level] CODE message`), then the unit recap.

Colour only when asked (`color=True`, i.e. the caller saw a TTY); the marks ✓ ~ ✗ carry the
meaning without it.
"""

from __future__ import annotations

from typing import TextIO

from compliance.model import COMPONENT_IDS
from compliance.report.i18n import (
    STATUS_MARK,
    baseline_label,
    check_lang,
    component_name,
    component_title,
    doc_type_label,
    location_text,
    locator,
    number,
    severity_label,
    status_label,
    t,
)
from compliance.report.view import FindingRef, ReportView, component_findings, iter_findings

_ANSI = {
    "present": "32",
    "weak": "33",
    "absent": "31",
    "error": "31",
    "warning": "33",
    "info": "36",
    "bold": "1",
}


class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, style: str) -> str:
        return f"\x1b[{_ANSI[style]}m{text}\x1b[0m" if self.color and style in _ANSI else text


def _one_line(text: str | None, limit: int = 160) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def machine_line(path: str, ref: FindingRef) -> str:
    """`path:loc: [level] CODE message`, the line editors and grep understand."""
    f = ref.finding
    where = locator(ref.location, ref.service_index)
    return (
        f"{path}:{where}: [{f.get('severity')}] {f.get('rule')} {_one_line(f.get('message'), 400)}"
    )


def _finding_lines(finding: dict, lang: str, style: _Style, indent: str) -> list[str]:
    severity = finding.get("severity")
    tag = f"[{severity_label(severity, lang)}]"
    if finding.get("baseline"):
        tag += f" [{baseline_label(finding['baseline'], lang)}]"
    lines = [f"{indent}{style(tag, severity or '')} {_one_line(finding.get('message'), 400)}"]
    if finding.get("suggestion"):
        lines.append(f"{indent}→ {t('suggestion', lang)}: {_one_line(finding['suggestion'], 400)}")
    meta = [finding.get("rule") or "", finding.get("legal_basis") or ""]
    lines.append(f"{indent}  ({' · '.join(m for m in meta if m)})")
    return lines


def _document_lines(view: ReportView, doc: dict, lang: str, style: _Style) -> list[str]:
    path = doc.get("path", "")
    lines = [style(f"== {path}", "bold")]
    head = [
        f"{t('unit', lang)}: {view.unit_of(doc)}",
        f"{t('doc_type', lang)}: {doc_type_label(doc.get('doc_type'), lang)}",
    ]
    if doc.get("pages") is not None:
        head.append(f"{t('pages', lang)}: {doc['pages']}")
    lines.append("   " + " | ".join(head))
    if doc.get("status") == "error":
        error = doc.get("error") or {}
        lines.append(
            style(
                f"   {STATUS_MARK['error']} {t('error', lang)}: {error.get('message', '')} [{error.get('code', '')}]",
                "error",
            )
        )
        lines.append(
            f"{path}:dokumen: [error] {error.get('code', '')} {_one_line(error.get('message'), 400)}"
        )
        return lines

    scores = [s.get("score") for s in doc.get("services") or [] if s.get("score") is not None]
    if scores:
        lines.append(f"   {t('score', lang)}: " + ", ".join(number(s, lang) for s in scores))
    maklumat = doc.get("maklumat") or {}
    if doc.get("doc_type") == "service_standard":
        status = maklumat.get("status")
        where = location_text(maklumat.get("location"), lang)
        lines.append(
            f"   {style(STATUS_MARK.get(status, '?'), status or '')} {t('maklumat', lang)}: "
            f"{status_label(status, lang)}" + (f" ({where})" if where else "")
        )
    estimate = (doc.get("indicators") or {}).get("pekppp_sp_estimate")
    if estimate is not None:
        lines.append(f"   {t('pekppp', lang)}: {estimate}/5 ({t('pekppp.note', lang)})")

    for ref in iter_findings(doc):
        if ref.scope != "service":
            lines.extend(_finding_lines(ref.finding, lang, style, "   "))

    for index, service in enumerate(doc.get("services") or [], 1):
        score = service.get("score")
        lines.append("")
        lines.append(
            style(
                f"  {t('service', lang)} {index}: {service.get('name', '')}"
                + (f" — {t('score', lang)} {number(score, lang)}" if score is not None else ""),
                "bold",
            )
        )
        components = service.get("components") or {}
        for component in COMPONENT_IDS:
            entry = components.get(component) or {}
            status = entry.get("status", "absent")
            mark = style(f"{STATUS_MARK.get(status, '?')} {status_label(status, lang):<9}", status)
            parts = [component_title(component, lang)]
            heading = (entry.get("heading") or "").strip()
            if heading and heading.casefold() != component_name(component, lang).casefold():
                parts.append(f"“{_one_line(heading, 60)}”")
            where = location_text(entry.get("location"), lang)
            if where:
                parts.append(where)
            lines.append(f"    {mark} " + " · ".join(parts))
            for finding in component_findings(service, component):
                lines.extend(_finding_lines(finding, lang, style, "        "))
        others = [
            f for f in service.get("findings") or [] if f.get("component") not in COMPONENT_IDS
        ]
        for finding in others:
            lines.extend(_finding_lines(finding, lang, style, "        "))
    if not doc.get("services") and doc.get("doc_type") == "service_standard":
        lines.append("   " + t("no_services", lang))

    machine = [machine_line(path, ref) for ref in iter_findings(doc)]
    if machine:
        lines.append("")
        lines.extend(machine)
    return lines


def _counts(counts: dict | None, lang: str) -> str:
    return ", ".join(f"{component_name(c, lang)} ×{n}" for c, n in (counts or {}).items() if n)


def _recap_lines(view: ReportView, lang: str, style: _Style) -> list[str]:
    lines = ["", style(t("unit_recap", lang), "bold")]
    for unit in view.units:
        score = unit.get("score")
        bits = [
            f"{unit.get('documents', 0)} {t('documents', lang).lower()}",
            f"{unit.get('services', 0)} {t('services', lang).lower()}",
            f"{t('score', lang).lower()} {number(score, lang)}"
            if score is not None
            else f"{t('score', lang).lower()} –",
        ]
        if unit.get("errors"):
            bits.append(f"{unit['errors']} {t('errors', lang).lower()}")
        if unit.get("pekppp_sp_estimate") is not None:
            bits.append(f"{t('pekppp.short', lang)} {unit['pekppp_sp_estimate']}/5")
        lines.append(f"  {unit.get('unit')}: " + ", ".join(bits))
        for status in ("absent", "weak"):
            listed = _counts(unit.get(status), lang)
            if listed:
                lines.append(
                    f"      {style(STATUS_MARK[status], status)} {status_label(status, lang)}: {listed}"
                )
    s = view.summary
    findings = s.get("findings") or {}
    line = (
        f"{t('summary', lang)}: {s.get('documents', 0)} {t('documents', lang).lower()}, "
        f"{s.get('errors', 0)} {t('errors', lang).lower()}, {s.get('services', 0)} {t('services', lang).lower()}"
    )
    if findings:
        line += ", " + ", ".join(f"{n} {severity_label(k, lang)}" for k, n in findings.items())
    lines += ["", style(line, "bold")]
    if view.fixed:
        lines.append(f"{t('fixed', lang)}: {len(view.fixed)}")
    lines.append(t("disclaimer", lang))
    return lines


def write(view: ReportView, out: TextIO, lang: str = "id", color: bool = False) -> None:
    check_lang(lang)
    style = _Style(color)
    out.write(style(t("title", lang), "bold") + f"  ({t('legend', lang)})\n")
    out.writelines(
        "\n" + "\n".join(_document_lines(view, doc, lang, style)) + "\n" for doc in view.documents()
    )
    out.write("\n".join(_recap_lines(view, lang, style)) + "\n")
