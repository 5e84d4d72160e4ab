"""JUnit XML for CI dashboards (GitLab, Jenkins): one <testsuite> per document, one <testcase>
per service × component (always 14, so pass counts mean something).

The root <testsuites> carries totals, which are only known at the end; suites are streamed to a
spooled temporary file and copied after the root element, so memory stays flat.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from typing import TextIO

from compliance.model import COMPONENT_IDS
from compliance.report.i18n import (
    check_lang,
    component_title,
    location_text,
    severity_label,
    status_label,
    t,
)
from compliance.report.view import ReportView, component_findings, iter_findings

# Characters XML 1.0 cannot carry at all (Word documents do contain some, e.g. vertical tab).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: object) -> str:
    return _NOT_XML.sub("", "" if text is None else str(text))


def _explain(findings: list[dict], lang: str) -> str:
    """The full explanation put in the element text (GitLab ignores `message` in places)."""
    parts = []
    for f in findings:
        lines = [
            f"[{severity_label(f.get('severity'), lang)}] {f.get('rule', '')}: {f.get('message', '')}"
        ]
        if f.get("suggestion"):
            lines.append(f"{t('suggestion', lang)}: {f['suggestion']}")
        if f.get("legal_basis"):
            lines.append(f"{t('legal_basis', lang)}: {f['legal_basis']}")
        where = location_text(f.get("location"), lang)
        if where:
            lines.append(f"{t('location', lang)}: {where}")
        parts.append("\n".join(lines))
    return _clean("\n\n".join(parts))


def _case(suite: ET.Element, classname: str, name: str) -> ET.Element:
    return ET.SubElement(
        suite, "testcase", {"classname": _clean(classname), "name": _clean(name), "time": "0"}
    )


def _judge(case: ET.Element, status: str | None, findings: list[dict], lang: str) -> None:
    """A failure for weak/absent; findings on a passing case go to <system-out>."""
    if status in ("absent", "weak"):
        message = findings[0].get("message") if findings else status_label(status, lang)
        failure = ET.SubElement(case, "failure", {"type": status, "message": _clean(message)})
        failure.text = _explain(findings, lang) or status_label(status, lang)
    elif findings:
        ET.SubElement(case, "system-out").text = _explain(findings, lang)


def suite_for(doc: dict, lang: str = "id") -> ET.Element:
    """The <testsuite> of one document, with its counts set."""
    path = doc.get("path") or ""
    suite = ET.Element("testsuite", {"name": _clean(path)})
    if doc.get("status") == "error":
        error = doc.get("error") or {}
        case = _case(suite, path, t("file", lang))
        element = ET.SubElement(
            case,
            "error",
            {"type": _clean(error.get("code")), "message": _clean(error.get("message"))},
        )
        element.text = _clean(f"{error.get('message', '')} [{error.get('code', '')}]")
    else:
        document_label = t("document", lang)
        if doc.get("doc_type") == "service_standard":
            maklumat = doc.get("maklumat") or {}
            case = _case(suite, document_label, t("maklumat", lang))
            _judge(case, maklumat.get("status"), maklumat.get("findings") or [], lang)
        document_findings = [r.finding for r in iter_findings(doc) if r.scope == "document"]
        if document_findings:
            case = _case(suite, document_label, t("document_findings", lang))
            blocking = [f for f in document_findings if f.get("severity") in ("error", "warning")]
            if blocking:
                failure = ET.SubElement(
                    case,
                    "failure",
                    {"type": "document", "message": _clean(blocking[0].get("message"))},
                )
                failure.text = _explain(document_findings, lang)
            else:
                ET.SubElement(case, "system-out").text = _explain(document_findings, lang)
        seen: dict[str, int] = {}
        for service in doc.get("services") or []:
            name = service.get("name") or t("service", lang)
            seen[name] = seen.get(name, 0) + 1
            classname = (
                name if seen[name] == 1 else f"{name} ({seen[name]})"
            )  # GitLab drops duplicates
            for component in COMPONENT_IDS:
                entry = (service.get("components") or {}).get(component) or {}
                case = _case(suite, classname, component_title(component, lang))
                _judge(
                    case,
                    entry.get("status", "absent"),
                    component_findings(service, component),
                    lang,
                )
    cases = suite.findall("testcase")
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
    suite.set("errors", str(sum(1 for c in cases if c.find("error") is not None)))
    suite.set("skipped", "0")
    suite.set("time", "0")
    return suite


def recap_suite(units: list[dict], lang: str = "id") -> ET.Element:
    """The per-unit recap as a suite of properties (no test cases, so totals are unchanged)."""
    name = "Rekap unit" if lang == "id" else "Unit recap"
    suite = ET.Element(
        "testsuite",
        {"name": name, "tests": "0", "failures": "0", "errors": "0", "skipped": "0", "time": "0"},
    )
    props = ET.SubElement(suite, "properties")
    for unit in units:
        parts = [f"{k}={unit.get(k)}" for k in ("documents", "services", "score")]
        for status in ("absent", "weak"):
            counts = unit.get(status) or {}
            if counts:
                parts.append(f"{status}=" + ",".join(f"{c}:{n}" for c, n in counts.items()))
        ET.SubElement(props, "property", {"name": _clean(unit.get("unit")), "value": "; ".join(parts)})
    return suite


def write(view: ReportView, out: TextIO, lang: str = "id") -> None:
    check_lang(lang)
    totals = {"tests": 0, "failures": 0, "errors": 0}
    with tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", encoding="utf-8") as spool:
        for doc in view.documents():
            suite = suite_for(doc, lang)
            for key in totals:
                totals[key] += int(suite.get(key, "0"))
            ET.indent(suite, level=1)
            spool.write("  " + ET.tostring(suite, encoding="unicode") + "\n")
        root = ET.Element(
            "testsuites",
            {"name": "compliance", **{k: str(v) for k, v in totals.items()}, "time": "0"},
        )
        head = ET.tostring(root, encoding="unicode").replace(" />", ">")
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + head + "\n")
        spool.seek(0)
        shutil.copyfileobj(spool, out)
    recap = recap_suite(view.units, lang)
    ET.indent(recap, level=1)
    out.write("  " + ET.tostring(recap, encoding="unicode") + "\n")
    out.write("</testsuites>\n")
