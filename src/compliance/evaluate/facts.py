"""Document facts: the `doc` namespace that document-level rules read.

Built once per document from the document, its segmentation and the per-service component
statuses, so document rules (setting, participation, age of the standard, doc type) are plain
conditions over data, like every other rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from compliance.model import COMPONENT_IDS, SERVICE_DELIVERY, Document, Segmentation, Setting

# Evidence that the standard itself is monitored/evaluated or reviewed (PEKPPP level 5, §2.7).
MONITORING_EVIDENCE = re.compile(
    r"\bmonitoring\s+dan\s+evaluasi\b|\bmonev\b|\bpeninjauan\b|\bevaluasi\s+standar\s+pelayanan\b",
    re.IGNORECASE,
)
DAYS_PER_YEAR = 365.25


def document_text(document: Document) -> str:
    return "\n".join([*document.headers, *(b.text for b in document.blocks), *document.footers])


def setting_dict(setting: Setting | None) -> dict[str, Any] | None:
    if setting is None:
        return None
    return {
        "instrument": setting.instrument,
        "number": setting.number,
        "number_blank": setting.number_blank,
        "date": setting.date,
        "year": setting.year,
        "signer": setting.signer,
        "location": setting.location.to_dict() if setting.location else None,
    }


def set_by_decree(setting: Setting | None) -> bool:
    """Set by a Keputusan/Peraturan whose number is actually filled in."""
    return bool(setting and (setting.number or "").strip() and not setting.number_blank)


def setting_date(setting: Setting | None) -> date | None:
    """The date the standard was set; with only a year known, 31 December of that year
    (the latest it can be, so the age is never overstated)."""
    if setting is None:
        return None
    if setting.date:
        try:
            return date.fromisoformat(setting.date[:10])
        except ValueError:
            pass
    if setting.year and 1945 <= setting.year <= 9999:
        return date(setting.year, 12, 31)
    return None


def document_facts(
    document: Document,
    segmentation: Segmentation,
    statuses: Sequence[Mapping[str, str]],
    maklumat_status: str,
    reference: date,
) -> dict[str, Any]:
    """`statuses`: one {component id: status} per service, in service order."""
    text = document_text(document)
    missing = [c for c in COMPONENT_IDS if any(s.get(c) == "absent" for s in statuses)]
    monitoring = any(s.get("evaluasi") == "present" for s in statuses) or bool(
        MONITORING_EVIDENCE.search(text)
    )
    set_on = setting_date(segmentation.setting)
    age_days = (reference - set_on).days if set_on else None
    return {
        "doc_type": segmentation.doc_type,
        "is_standard": segmentation.doc_type == "service_standard",
        "reason": segmentation.reason,
        "unit": segmentation.unit,
        "format": document.format,
        "pages": document.pages,
        "images": document.images,
        "text": text,
        "services": len(statuses),
        "setting": setting_dict(segmentation.setting),
        "set_by_decree": set_by_decree(segmentation.setting),
        "participation": list(segmentation.participation),
        "monitoring": monitoring,
        "missing_components": missing,
        "missing_delivery": [c for c in missing if c in SERVICE_DELIVERY],
        "all_components": bool(statuses) and not missing,
        "age_days": age_days,
        "age_years": round(age_days / DAYS_PER_YEAR, 1) if age_days is not None else None,
        "maklumat": maklumat_status,
    }
