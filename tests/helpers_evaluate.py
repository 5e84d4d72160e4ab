"""Test helpers for the evaluate stage: running a rule's examples, fake field dicts,
fake segmentations."""

from __future__ import annotations

from datetime import date
from typing import Any

from compliance.config import Config
from compliance.evaluate.engine import component_env
from compliance.evaluate.rules import Rule
from compliance.evaluate.scopes import FIELD_KEYS
from compliance.model import (
    COMPONENT_IDS,
    ComponentSection,
    Document,
    Location,
    Segmentation,
    ServiceSection,
    Setting,
)

# Document-rule examples are judged on this day (age-of-standard rules need a fixed "today").
EXAMPLE_TODAY = date(2025, 6, 30)
EXAMPLE_CONFIG = Config(today=EXAMPLE_TODAY)


def example_section(component: str, text: str | None) -> ComponentSection | None:
    """An example text as a found section (None = the component was not found)."""
    if text is None:
        return None
    items = tuple(line.strip() for line in text.splitlines() if line.strip())
    return ComponentSection(component, heading=None, text=text, location=Location(), items=items)


def component_fires(rule: Rule, text: str | None) -> bool:
    """Does a component/maklumat rule fire on an example text, through the real extractor?"""
    from compliance.extract import extract

    section = example_section(rule.component, text)
    return bool(rule.when(component_env(section, extract(rule.component, section))))


def document_codes(text: str, config: Config = EXAMPLE_CONFIG) -> set[str]:
    """Rule codes at document level for a whole-document example text, through the real
    segmenter and extractor."""
    from compliance.evaluate import evaluate_document
    from compliance.segment import segment

    document = Document.from_text(text)
    result = evaluate_document(document, segment(document), config)
    return {f["rule"] for f in result["findings"]}


# ---- fakes ----------------------------------------------------------------------------------

_EMPTY_VALUES: dict[str, Any] = {
    "found": False,
    "empty": True,
    "placeholder": None,
    "words": 0,
    "vague_markers": [],
    "text": "",
    "cited": 0,
    "step_count": 0,
    "count": None,
    "statement": None,
    "tariff_regulation": None,
}


def fake_fields(component: str, **values: Any) -> dict[str, Any]:
    """A field dict of the fields contract: every key at its empty value (lists [], flags False,
    counts 0/None), then `values`."""
    fields = {key: _EMPTY_VALUES.get(key, []) for key in FIELD_KEYS[component]}
    for key in FIELD_KEYS[component]:
        if key not in _EMPTY_VALUES and key.endswith(
            ("_only", "_hint", "open_ended", "free", "range", "commitment", "groups")
        ):
            fields[key] = False
    for key in ("serve_by_standard", "improve", "sanction", "signed", "dated"):
        if key in fields:
            fields[key] = False
    unknown = set(values) - set(FIELD_KEYS[component])
    if unknown:
        raise KeyError(f"not in the fields contract for {component}: {sorted(unknown)}")
    fields.update(values)
    return fields


class FakeExtractor:
    """Stands in for compliance.extract.extract: a found section with text gets the fields
    registered for (component, text), else 'present-looking' defaults; None gets empty fields."""

    def __init__(self, table: dict[tuple[str, str], dict[str, Any]] | None = None) -> None:
        self.table = table or {}
        self.calls: list[tuple[str, ComponentSection | None]] = []

    def __call__(self, component: str, section: ComponentSection | None) -> dict[str, Any]:
        self.calls.append((component, section))
        if section is None:
            return fake_fields(component)
        if not section.text.strip() or section.text.strip() in {"-", ":", "..."}:
            return fake_fields(component, found=True, empty=True, text=section.text)
        key = (component, section.text)
        if key in self.table:
            values = self.table[key]
        else:
            values = GOOD[component]
        return fake_fields(component, found=True, empty=False, text=section.text, **values)


THREE_WORKING_DAYS = {
    "value": 3, "max": None, "unit": "hari", "working_days": True, "text": "3 hari kerja"
}
# Fields that make each component present under the uu25-2009 pack.
GOOD: dict[str, dict[str, Any]] = {
    "dasar_hukum": {"cited": 2, "citations": [{"type": "UU", "number": "25", "year": 2009}]},
    "persyaratan": {"items": ["Fotokopi KTP", "Kartu Keluarga"], "concrete_items": 2},
    "prosedur": {"steps": ["a", "b", "c"], "step_count": 3},
    "jangka_waktu": {"durations": [THREE_WORKING_DAYS]},
    "biaya": {"free": True},
    "produk": {"outputs": ["Kartu Keluarga"]},
    "sarana": {"items": ["Ruang tunggu", "Kursi roda"], "vulnerable_groups": True},
    "kompetensi": {"items": ["SMA"], "concrete": ["SMA"]},
    "pengawasan": {"who": ["atasan langsung"], "how": ["supervisi"], "frequency": ["setiap hari"]},
    "pengaduan": {
        "channels": [{"type": "phone", "value": "(0721) 123456"}],
        "channel_types": ["phone"],
        "response_time": [THREE_WORKING_DAYS],
    },
    "jumlah_pelaksana": {"count": 3, "counts": [{"value": 3, "role": None}]},
    "jaminan_pelayanan": {"statement": "Kami menjamin …", "commitment": True},
    "jaminan_keamanan": {"measures": ["CCTV", "APAR"]},
    "evaluasi": {"methods": ["SKM"], "frequency": ["setiap semester"]},
    "maklumat": dict.fromkeys(
        ("serve_by_standard", "improve", "sanction", "signed", "dated"), True
    ),
}


def section(component: str, text: str, row: int = 1) -> ComponentSection:
    return ComponentSection(
        component, heading=component.replace("_", " ").title(), text=text,
        location=Location(table=1, row=row), items=(text,),
    )


def service(name: str = "Pelayanan Kartu Keluarga", texts: dict[str, str] | None = None,
            images: int = 0) -> ServiceSection:
    """A service whose components are `texts` (default: all 14 with some text)."""
    texts = texts if texts is not None else {cid: f"isi {cid}" for cid in COMPONENT_IDS}
    components = {cid: section(cid, text, row) for row, (cid, text) in enumerate(texts.items(), 1)}
    return ServiceSection(name, Location(table=1), components, images=images)


def setting(number: str | None = "060/02", blank: bool = False, when: str | None = "2025-01-04",
            year: int | None = 2025) -> Setting:
    return Setting(
        instrument="Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil",
        number=number, number_blank=blank, date=when, year=year, signer="Drs. Sarbini",
        location=Location(paragraph=1),
    )


def segmentation(
    services: tuple[ServiceSection, ...] = (),
    doc_type: str = "service_standard",
    setting_: Setting | None = None,
    maklumat_text: str | None = "Kami sanggup menyelenggarakan pelayanan sesuai standar.",
    participation: tuple[str, ...] = (),
    reason: str | None = None,
) -> Segmentation:
    maklumat = (
        ComponentSection("maklumat", "Maklumat Pelayanan", maklumat_text, Location(paragraph=90))
        if maklumat_text is not None
        else None
    )
    return Segmentation(
        doc_type=doc_type, unit="Dinas Kependudukan dan Pencatatan Sipil", setting=setting_,
        services=services, maklumat=maklumat, participation=participation, reason=reason,
    )


def document(text: str = "Standar Pelayanan", pages: int | None = None) -> Document:
    doc = Document.from_text(text)
    kind = "pdf" if pages else "docx"
    return Document(path=doc.path, format=kind, blocks=doc.blocks, pages=pages)
