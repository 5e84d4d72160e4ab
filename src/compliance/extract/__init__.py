"""extract: a component's content -> typed, JSON-able fields (the shared fields contract).

`extract(component, section)` is the stage's one entry point; the finders below are exported
for reuse (segment/evaluate/report may quote a duration or an amount the same way).
"""

from __future__ import annotations

import re
from datetime import date

from compliance.extract.citations import find_citations
from compliance.extract.components import EXTRACTORS
from compliance.extract.durations import find_durations
from compliance.extract.money import find_amounts
from compliance.extract.numbers import parse_number, to_words
from compliance.extract.text import is_empty, normalise, vague_markers, word_count
from compliance.model import ComponentSection

__all__ = [
    "COMPONENTS",
    "extract",
    "find_amounts",
    "find_citations",
    "find_durations",
    "parse_number",
    "to_words",
]

COMPONENTS: tuple[str, ...] = tuple(EXTRACTORS)


def _content(section: ComponentSection) -> tuple[str, tuple[str, ...]]:
    text = section.text or "\n".join(section.items)
    # an inline label leaves its colon behind ("Biaya : Gratis" -> ": Gratis")
    text = re.sub(r"^[\s:]+", "", normalise(text))
    items = tuple(i for i in (normalise(x) for x in section.items) if i)
    return text, items


def extract(component: str, section: ComponentSection | None, *, today: date | None = None) -> dict:
    """Typed fields of one component (one of the 14 ids or "maklumat").

    `section` None means the component was not found: the component's keys come back at
    their empty values with found False. `today` dates the "impossible year" check of
    dasar_hukum (default: the current date).
    """
    try:
        extractor = EXTRACTORS[component]
    except KeyError:
        raise ValueError(f"unknown component {component!r}; expected one of {COMPONENTS}") from None
    if section is None:
        return {
            "found": False,
            "empty": True,
            "placeholder": None,
            "words": 0,
            "vague_markers": [],
            "text": "",
            **extractor("", (), today),
        }
    text, items = _content(section)
    empty, placeholder = is_empty(text, section.heading)
    if empty:
        fields = extractor("", (), today)
    else:
        fields = extractor(text, items, today)
    return {
        "found": True,
        "empty": empty,
        "placeholder": placeholder,
        "words": 0 if empty else word_count(text),
        "vague_markers": [] if empty else vague_markers(text),
        "text": text,
        **fields,
    }
