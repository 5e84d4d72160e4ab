"""`evaluate_document`: one segmented document → the report-contract document
(minus `path` and `sha256`, which `check_file` adds)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from compliance.config import Config
from compliance.evaluate.engine import component_env, finding, fired, shorten, status_of
from compliance.evaluate.facts import document_facts, set_by_decree, setting_dict
from compliance.evaluate.rules import RuleSet, load_rules
from compliance.evaluate.scores import PEKPPP_NOTE, pekppp_sp_estimate, service_score
from compliance.model import (
    COMPONENT_IDS,
    COMPONENT_NAMES,
    ComponentSection,
    Document,
    Location,
    Segmentation,
    ServiceSection,
)

Extractor = Callable[[str, ComponentSection | None], dict[str, Any]]
MAKLUMAT_NAME = {"id": "Maklumat Pelayanan", "en": "Service declaration (maklumat)"}


def _default_extractor() -> Extractor:
    from compliance.extract import extract

    return extract


def _loc(location: Location | None) -> dict[str, int | None] | None:
    return location.to_dict() if location is not None else None


def _section_values(
    component: str, section: ComponentSection | None, lang: str, service: str, unit: str | None
) -> dict[str, Any]:
    name = (MAKLUMAT_NAME if component == "maklumat" else COMPONENT_NAMES[component])[
        "en" if lang == "en" else "id"
    ]
    return {
        "component_name": name,
        "heading": (section.heading if section is not None and section.heading else name),
        "found": shorten(section.text) if section is not None else "",
        "service": service,
        "unit": unit or "",
    }


def _evaluate_service(
    service: ServiceSection, rules: RuleSet, extract: Extractor, lang: str, unit: str | None
) -> dict[str, Any]:
    components: dict[str, dict[str, Any]] = {}
    findings: list[dict[str, Any]] = []
    service_location = _loc(service.location)
    for cid in COMPONENT_IDS:
        section = service.components.get(cid)
        fields = extract(cid, section)
        env = component_env(section, fields, service.images)
        hits = fired(rules.for_component(cid), env)
        location = _loc(section.location) if section is not None else None
        components[cid] = {
            "status": status_of(hits),
            "heading": section.heading if section is not None else None,
            "text": section.text if section is not None else None,
            "fields": fields,
            "location": location,
        }
        if hits:  # message placeholders: only needed when something fired
            values = _section_values(cid, section, lang, service.name, unit)
            # A missing component has no location of its own: point at its service.
            findings.extend(
                finding(rule, env, lang, location or service_location, values) for rule in hits
            )
    return {
        "name": service.name,
        "location": service_location,
        "score": service_score(c["status"] for c in components.values()),
        "components": components,
        "findings": findings,
    }


def evaluate_document(
    document: Document,
    segmentation: Segmentation,
    config: Config,
    *,
    extractor: Extractor | None = None,
) -> dict[str, Any]:
    """Judge every service, the maklumat and the document as a whole.

    `extractor` defaults to `compliance.extract.extract`; tests may pass another one.
    Raises RuleError (from load_rules) when the configured rules are unusable.
    """
    rules = load_rules(config)
    extract = extractor or _default_extractor()
    lang = config.lang
    unit = segmentation.unit
    is_standard = segmentation.doc_type == "service_standard"

    services = (
        [_evaluate_service(s, rules, extract, lang, unit) for s in segmentation.services]
        if is_standard
        else []
    )

    maklumat_section = segmentation.maklumat if is_standard else None
    maklumat_fields = extract("maklumat", maklumat_section)
    maklumat_status = "absent"
    maklumat_findings: list[dict[str, Any]] = []
    if is_standard:
        env = component_env(maklumat_section, maklumat_fields)
        hits = fired(rules.for_component("maklumat"), env)
        maklumat_status = status_of(hits)
        values = _section_values("maklumat", maklumat_section, lang, "", unit)
        location = _loc(maklumat_section.location) if maklumat_section else None
        maklumat_findings = [finding(r, env, lang, location, values) for r in hits]

    statuses = [{cid: c["status"] for cid, c in s["components"].items()} for s in services]
    doc = document_facts(
        document, segmentation, statuses, maklumat_status, config.reference_date()
    )
    doc_env = {"doc": doc}
    setting = segmentation.setting
    doc_location = _loc(setting.location) if setting is not None else None
    doc_values = {
        "reason": segmentation.reason or "",
        "unit": unit or "",
        "age_years": doc["age_years"] if doc["age_years"] is not None else "",
    }
    findings = [
        finding(rule, doc_env, lang, doc_location, doc_values)
        for rule in fired(rules.for_component("document"), doc_env)
    ]

    participation = bool(segmentation.participation)
    decree = set_by_decree(setting)
    return {
        "status": "ok",
        "doc_type": segmentation.doc_type,
        "error": None,
        "unit": unit,
        "pages": document.pages,
        "maklumat": {
            "status": maklumat_status,
            "location": _loc(maklumat_section.location) if maklumat_section else None,
            "fields": maklumat_fields,
            "findings": maklumat_findings,
        },
        "services": services,
        "findings": findings,
        "setting": setting_dict(setting),
        "indicators": {
            "set_by_decree": decree,
            "participation": participation,
            "monitoring": doc["monitoring"],
            "all_components": doc["all_components"],
            "pekppp_sp_estimate": pekppp_sp_estimate(
                len(services), doc["all_components"], decree, participation, doc["monitoring"]
            ),
            "pekppp_note": PEKPPP_NOTE,
        },
    }
