"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

GitHub needs, per result, an artifact URI (relative, never empty) and `region.startLine`; a .docx or
PDF has no lines, so every result points at line 1 and the real place (service, page, table, row)
goes into `logicalLocations` and the message text. Results are streamed; the rule catalogue,
built from the findings seen, is written after them (key order does not matter in JSON).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import TextIO
from urllib.parse import quote

from compliance.report.i18n import check_lang, component_name, location_text, locator, t
from compliance.report.view import FindingRef, ReportView, iter_findings

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "complianceFinding/v1"


def artifact_uri(path: str) -> str:
    """A relative URI with forward slashes, percent-encoded (spaces are common in file names)."""
    posix = path.replace("\\", "/")
    posix = re.sub(r"^[A-Za-z]:/", "", posix)  # a drive letter cannot be relative
    posix = posix.lstrip("/") or "document"
    while posix.startswith("./"):
        posix = posix[2:]
    return quote(posix, safe="/-_.~")


def fingerprint(rule: str, uri: str, service: str | None, component: str | None) -> str:
    key = "\x1f".join((rule, uri, service or "", component or ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _slug(code: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", code.lower()).strip("-") or "rule"


class _Rules:
    """The `driver.rules` catalogue, one entry per rule code, in first-seen order."""

    def __init__(self, lang: str, meta: dict[str, dict]) -> None:
        self.lang = lang
        self.meta = meta
        self.rules: dict[str, dict] = {}

    def add(self, code: str, finding: dict, component: str | None) -> None:
        if code in self.rules:
            return
        meta = self.meta.get(code) or {}
        legal = finding.get("legal_basis") or meta.get("legal_basis") or ""
        message = meta.get("message") or finding.get("message") or code
        suggestion = meta.get("suggestion") or finding.get("suggestion") or ""
        subject = component_name(component, self.lang)
        short = f"{subject} — {legal}" if legal else subject
        markdown = (
            f"{message}\n\n**{t('suggestion', self.lang)}:** {suggestion}"
            if suggestion
            else message
        )
        if legal:
            markdown += f"\n\n**{t('legal_basis', self.lang)}:** {legal}"
        status = finding.get("status")
        self.rules[code] = {
            "id": code,
            "name": meta.get("name") or _slug(code),
            "shortDescription": {"text": short},
            "fullDescription": {"text": message},
            "help": {"text": f"{message} {suggestion}".strip(), "markdown": markdown},
            "defaultConfiguration": {
                "level": LEVELS.get(meta.get("severity") or finding.get("severity"), "warning")
            },
            "properties": {
                "component": component or "document",
                "legal_basis": legal,
                "tags": ["compliance", component or "document", *([status] if status else [])],
            },
        }


def _result(uri: str, ref: FindingRef, lang: str) -> dict:
    f = ref.finding
    where = (
        [f"{t('service', lang)} {ref.service_index} “{ref.service_name}”"]
        if ref.service_index
        else []
    )
    if location_text(ref.location, lang):
        where.append(location_text(ref.location, lang))
    text = f.get("message") or f.get("rule") or ""
    if where:
        text += f" ({'; '.join(where)})"
    result = {
        "ruleId": f.get("rule") or "unknown",
        "level": LEVELS.get(f.get("severity"), "warning"),
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {"artifactLocation": {"uri": uri}, "region": {"startLine": 1}},
                "logicalLocations": [
                    {
                        "fullyQualifiedName": locator(ref.location, ref.service_index),
                        "kind": "element",
                    }
                ],
            }
        ],
        "partialFingerprints": {
            FINGERPRINT: fingerprint(f.get("rule") or "", uri, ref.service_name, ref.component)
        },
        "properties": {"component": ref.component or "document", "status": f.get("status")},
    }
    if f.get("baseline") in ("new", "unchanged"):
        result["baselineState"] = f["baseline"]
    return result


def _error_result(uri: str, error: dict) -> dict:
    code = f"compliance/{error.get('code') or 'internal-error'}"
    return {
        "ruleId": code,
        "level": "error",
        "message": {"text": error.get("message") or code},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": {"startLine": 1}}}
        ],
        "partialFingerprints": {FINGERPRINT: fingerprint(code, uri, None, None)},
    }


def write(
    view: ReportView, out: TextIO, lang: str = "id", rules_meta: dict[str, dict] | None = None
) -> None:
    """`rules_meta`: optional {code: {name, message, suggestion, severity, legal_basis}} from the rule
    engine, so rule help does not depend on which finding happened to come first."""
    check_lang(lang)
    rules = _Rules(lang, rules_meta or {})
    notifications: list[dict] = []
    out.write(
        f'{{"$schema": {json.dumps(SARIF_SCHEMA)}, "version": "2.1.0", "runs": [{{"results": ['
    )
    first = True
    for doc in view.documents():
        uri = artifact_uri(doc.get("path") or "")
        if doc.get("status") == "error":
            error = doc.get("error") or {}
            results = [_error_result(uri, error)]
            rules.add(
                results[0]["ruleId"], {"message": error.get("message"), "severity": "error"}, None
            )
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{doc.get('path')}: {error.get('message', '')}"},
                    "descriptor": {"id": results[0]["ruleId"]},
                    "locations": results[0]["locations"],
                }
            )
        else:
            results = []
            for ref in iter_findings(doc):
                results.append(_result(uri, ref, lang))
                rules.add(results[-1]["ruleId"], ref.finding, ref.component)
        for result in results:
            out.write(("" if first else ",") + "\n" + json.dumps(result, ensure_ascii=False))
            first = False
    driver = {
        "name": view.tool.get("name", "compliance"),
        "version": view.tool.get("version", ""),
        "informationUri": "https://peraturan.bpk.go.id/Details/38748/uu-no-25-tahun-2009",
        "rules": list(rules.rules.values()),
    }
    invocation = {"executionSuccessful": True, "toolExecutionNotifications": notifications}
    tail = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        # the per-unit recap rides along for dashboards that read SARIF only
        "properties": {"summary": view.summary, "units": view.units},
    }
    out.write("\n]")
    out.writelines(
        f", {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"
        for key, value in tail.items()
    )
    out.write("}]}\n")
