"""segment: Document -> Segmentation (document type, unit, setting, services, components).

`segment(doc)` is pure and cheap: regexes and a single pass over the blocks, no NLP model.
"""

from __future__ import annotations

from dataclasses import replace

from compliance.model import Document, Segmentation
from compliance.segment.doctype import classify, title_zone
from compliance.segment.participation import participation
from compliance.segment.services import walk
from compliance.segment.setting import find_setting
from compliance.segment.unit import find_unit
from compliance.segment.units import document_lines, reading_units

__all__ = ["segment"]


def _fallback_name(doc: Document, head: list[str]) -> str:
    """The document's title, for a service that has no title of its own."""
    for line in head:
        if "standar pelayanan" in line.lower() and len(line.split()) <= 20:
            return line.strip()
    if doc.metadata.title:
        return doc.metadata.title.strip()
    for block in doc.blocks:
        if block.kind == "heading" and block.text.strip():
            return block.text.strip()
    return "Standar Pelayanan"


def segment(doc: Document) -> Segmentation:
    if doc.scanned:
        return Segmentation("scanned", None, None, (), None, (), "PDF without a text layer")
    result = walk(reading_units(doc), _fallback_name(doc, title_zone(doc)))
    services = result.services
    if len(services) == 1 and doc.images:
        # ingest counts pictures per document only; with one service they are its pictures
        services = (replace(services[0], images=doc.images),)
    first_block = min((min(b) for b in result.service_blocks if b), default=len(doc.blocks))
    # the title area ends where the components begin (service titles belong to it)
    head = title_zone(doc, stop=result.first_label_block)
    lines = document_lines(doc)
    before = [(t, loc) for t, loc, b in lines if b < first_block]
    after = [t for t, _, b in lines if b >= first_block]
    texts = [t for t, _, _ in lines]
    distinct = len({c for s in services for c in s.components})
    doc_type, reason = classify(doc, head, texts, distinct)
    return Segmentation(
        doc_type=doc_type,
        unit=find_unit(head),
        setting=find_setting(before, after),
        services=services,
        maklumat=result.maklumat,
        participation=participation("\n".join([*doc.headers, *texts])),
        reason=reason,
    )
