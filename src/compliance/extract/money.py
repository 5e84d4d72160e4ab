"""Rupiah amounts and explicit zero fees.

Regex, not the Matcher: an amount is anchored on "Rp"/"IDR" or ends in "rupiah", and the
digit group with its ",-" / ",00" tail is a character-level shape that the tokenizer splits
into pieces ("Rp50.000,-" -> Rp | 50.000 | , | -) only to be glued back together.
"""

from __future__ import annotations

import re

from compliance.extract.numbers import NUMBER_PATTERN, parse_number
from compliance.extract.text import find_terms
from compliance.extract.vocab import FREE

_MULT = r"(?:\s*(?:ribu|rb|juta|jt|miliar|milyar)(?!\w))?"
_DIGITS = r"\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?"
_PREFIXED = re.compile(
    rf"(?<!\w)(?:Rp|IDR)\s*\.?\s*:?\s*(?P<num>(?:{_DIGITS}){_MULT})(?P<tail>\s*,\s*-+|\s*,-|,00)?",
    re.IGNORECASE,
)
_SUFFIXED = re.compile(rf"(?<![\w.,])(?P<num>{NUMBER_PATTERN})\s*rupiah(?!\w)", re.IGNORECASE)


def find_amounts(text: str) -> list[dict]:
    """Every rupiah amount in `text`, in order: {value: int, text}.

    >>> find_amounts("Klinik Umum Rp. 9.000,-")
    [{'value': 9000, 'text': 'Rp. 9.000,-'}]
    """
    found: list[tuple[int, dict]] = []
    taken: list[tuple[int, int]] = []
    for rx in (_PREFIXED, _SUFFIXED):
        for m in rx.finditer(text or ""):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            value = parse_number(m.group("num"))
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), {"value": round(value), "text": m.group(0).strip()}))
    return [d for _, d in sorted(found, key=lambda x: x[0])]


def free_markers(text: str, amounts: list[dict]) -> list[str]:
    """Why the service is free: 'gratis', 'tidak dipungut biaya', … or an amount of Rp 0."""
    markers = find_terms(text, FREE)
    if any(a["value"] == 0 for a in amounts):
        markers.append("Rp 0")
    return markers
