"""Running rules: which rules fire on a context, the status that follows, and the findings.

A component's status is `absent` if any absent rule fired, else `weak` if any weak rule fired,
else `present`; info findings never change it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from compliance.evaluate.rules import Rule
from compliance.model import COMPONENT_NAMES, ComponentSection

FOUND_MAX_CHARS = 80


def component_env(
    section: ComponentSection | None, fields: Mapping[str, Any], images: int = 0
) -> dict[str, Any]:
    """The names a component or maklumat rule sees."""
    found = bool(fields.get("found", section is not None))
    empty = bool(fields.get("empty", section is None or not section.text.strip()))
    return {
        "found": found,
        "empty": empty,
        "content": found and not empty,
        "fields": fields,
        "text": section.text if section is not None else "",
        "heading": (section.heading or "") if section is not None else "",
        "images": images,
    }


def fired(rules: Iterable[Rule], env: Mapping[str, Any]) -> list[Rule]:
    """The rules whose condition holds, in rule order."""
    return [rule for rule in rules if rule.when(env)]


def status_of(fired_rules: Iterable[Rule]) -> str:
    statuses = {rule.status for rule in fired_rules}
    if "absent" in statuses:
        return "absent"
    if "weak" in statuses:
        return "weak"
    return "present"


def format_value(value: Any, lang: str) -> str:
    """A detail value as text: lists joined with '; ', dict items by their 'text',
    component ids by their name."""
    if value is None or value is False:
        return ""
    if isinstance(value, (list, tuple)):
        parts = (format_value(v, lang) for v in value)
        return "; ".join(dict.fromkeys(p for p in parts if p))  # de-duplicated, order kept
    if isinstance(value, Mapping):
        return format_value(value.get("text") or value.get("value") or "", lang)
    if isinstance(value, float):  # Indonesian writes a decimal comma: "4,5 tahun"
        text = f"{value:.1f}"
        return text if lang == "en" else text.replace(".", ",")
    if isinstance(value, str) and value in COMPONENT_NAMES:
        return COMPONENT_NAMES[value]["en" if lang == "en" else "id"]
    return str(value)


def shorten(text: str, limit: int = FOUND_MAX_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def finding(
    rule: Rule,
    env: Mapping[str, Any],
    lang: str,
    location: dict[str, int | None] | None,
    values: Mapping[str, Any],
) -> dict[str, Any]:
    """One finding of the report contract. `values` fills the message placeholders."""
    filled = {
        "component_name": "",
        "heading": "",
        "found": "",
        "service": "",
        "reason": "",
        "age_years": "",
        "unit": "",
        **{k: format_value(v, lang) for k, v in values.items()},
        "detail": format_value(rule.detail(env), lang) if rule.detail is not None else "",
    }
    return {
        "rule": rule.code,
        "component": rule.component,
        "severity": rule.severity,
        "status": rule.status,
        "message": rule.text("message", lang).format_map(filled),
        "suggestion": rule.text("suggestion", lang).format_map(filled),
        "legal_basis": rule.legal_basis,
        "location": location,
    }
