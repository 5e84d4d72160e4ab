"""One self-contained HTML rapor: inline CSS, no script, no network; prints one document per page.

Document text is untrusted (anyone can write `<script>` into a .docx), so the Jinja environment
escapes everything; nothing is marked safe. The page is rendered with `generate()`, streaming
document by document.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

from jinja2 import Environment, PackageLoader, StrictUndefined

from compliance.model import COMPONENT_IDS
from compliance.report.i18n import (
    LABELS,
    STATUS_MARK,
    baseline_label,
    check_lang,
    component_name,
    component_title,
    doc_type_label,
    location_text,
    number,
    severity_label,
    status_label,
)
from compliance.report.view import ReportView, component_findings, iter_findings

EXCERPT = 300  # characters of component text shown in a card


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("compliance.report", "templates"),
        autoescape=True,  # always, whatever the template's file name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _excerpt(text: str | None) -> str:
    """The start of the content, line breaks kept (lists stay lists), spaces collapsed."""
    lines = [" ".join(line.split()) for line in (text or "").splitlines()]
    kept = "\n".join(line for line in lines if line)
    return kept if len(kept) <= EXCERPT else kept[: EXCERPT - 1] + "…"


def _heading(heading: str | None, component: str, lang: str) -> str:
    """The heading as written, unless it merely repeats the statutory name."""
    if not heading or heading.strip().casefold() == component_name(component, lang).casefold():
        return ""
    return heading


def _finding(f: dict, lang: str) -> dict:
    return {
        "rule": f.get("rule") or "",
        "severity": f.get("severity") or "info",
        "severity_label": severity_label(f.get("severity"), lang),
        "message": f.get("message") or "",
        "suggestion": f.get("suggestion") or "",
        "legal_basis": f.get("legal_basis") or "",
        "where": location_text(f.get("location"), lang),
        "baseline": baseline_label(f.get("baseline"), lang),
    }


def _card(view: ReportView, doc: dict, lang: str) -> dict:
    """What the template shows for one document (all text still raw: Jinja escapes it)."""
    services = []
    for service in doc.get("services") or []:
        components = []
        for component in COMPONENT_IDS:
            entry = (service.get("components") or {}).get(component) or {}
            status = entry.get("status") or "absent"
            components.append(
                {
                    "title": component_title(component, lang),
                    "status": status,
                    "mark": STATUS_MARK.get(status, "?"),
                    "status_label": status_label(status, lang),
                    "heading": _heading(entry.get("heading"), component, lang),
                    "text": _excerpt(entry.get("text")),
                    "where": location_text(entry.get("location"), lang),
                    "findings": [_finding(f, lang) for f in component_findings(service, component)],
                }
            )
        services.append(
            {
                "name": service.get("name") or "",
                "score": number(service.get("score"), lang),
                "where": location_text(service.get("location"), lang),
                "components": components,
                "other_findings": [
                    _finding(f, lang)
                    for f in service.get("findings") or []
                    if f.get("component") not in COMPONENT_IDS
                ],
            }
        )
    maklumat = doc.get("maklumat") or {}
    error = doc.get("error") or {}
    return {
        "path": doc.get("path") or "",
        "unit": view.unit_of(doc),
        "doc_type": doc_type_label(doc.get("doc_type"), lang),
        "is_standard": doc.get("doc_type") == "service_standard",
        "pages": doc.get("pages"),
        "error": f"{error.get('message', '')} [{error.get('code', '')}]"
        if doc.get("status") == "error"
        else "",
        "maklumat_status": maklumat.get("status") or "absent",
        "maklumat_label": status_label(maklumat.get("status"), lang),
        "maklumat_mark": STATUS_MARK.get(maklumat.get("status") or "absent", "?"),
        "pekppp": (doc.get("indicators") or {}).get("pekppp_sp_estimate"),
        "pekppp_note": (doc.get("indicators") or {}).get("pekppp_note") or "",
        "document_findings": [
            _finding(r.finding, lang) for r in iter_findings(doc) if r.scope != "service"
        ],
        "services": services,
    }


def _unit_rows(view: ReportView, lang: str) -> list[dict]:
    rows = []
    for unit in view.units:
        cells = []
        for component in COMPONENT_IDS:
            counts = {
                s: (unit.get(s) or {}).get(component, 0) for s in ("present", "weak", "absent")
            }
            worst = next((s for s in ("absent", "weak", "present") if counts[s]), None)
            cells.append({"status": worst or "none", "counts": counts})
        rows.append(
            {
                "unit": unit.get("unit") or "",
                "documents": unit.get("documents", 0),
                "services": unit.get("services", 0),
                "errors": unit.get("errors", 0),
                "score": number(unit.get("score"), lang),
                "pekppp": unit.get("pekppp_sp_estimate"),
                "cells": cells,
            }
        )
    return rows


def render(view: ReportView, lang: str = "id") -> Iterator[str]:
    """The page as a stream of text chunks."""
    check_lang(lang)
    labels = {key: (en if lang == "en" else id_) for key, (id_, en) in LABELS.items()}
    template = _environment().get_template("report.html.j2")
    summary = view.summary
    return template.generate(
        lang=lang,
        L=labels,
        tool=view.tool,
        summary={
            "documents": summary.get("documents", 0),
            "errors": summary.get("errors", 0),
            "services": summary.get("services", 0),
            "score": number(summary.get("score"), lang),
            "findings": [
                (severity_label(k, lang), n) for k, n in (summary.get("findings") or {}).items()
            ],
        },
        fixed=len(view.fixed),
        letters=[
            (component_title(c, lang).split(".")[0], component_name(c, lang)) for c in COMPONENT_IDS
        ],
        units=_unit_rows(view, lang),
        marks=STATUS_MARK,
        documents=(_card(view, doc, lang) for doc in view.documents()),
    )


def write(view: ReportView, out: TextIO, lang: str = "id") -> None:
    out.writelines(render(view, lang))
