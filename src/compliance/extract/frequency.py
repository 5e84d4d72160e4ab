"""How often something happens: "setiap bulan", "per triwulan", "1 (satu) kali dalam setahun".

Regex over a vocabulary (vocab.FREQUENCY) plus one numeric shape "N kali (dalam) (se)PERIOD".
"""

from __future__ import annotations

import re

from compliance.extract.numbers import NUMBER_PATTERN
from compliance.extract.text import find_terms
from compliance.extract.vocab import FREQUENCY, VAGUE_FREQUENCIES

_PERIOD = r"(?:hari|minggu|pekan|bulan|triwulan|semester|tahun)"
_NUMERIC_RE = re.compile(
    rf"(?<![\w.,])(?:{NUMBER_PATTERN}\s*(?:x|kali)\s*(?:dalam\s+|per\s+|tiap\s+|setiap\s+)?"
    rf"(?:se|satu\s+|1\s+|(?:{NUMBER_PATTERN})\s+)?{_PERIOD}"
    rf"|(?:setiap|tiap)\s+{NUMBER_PATTERN}\s+{_PERIOD}"
    rf"|(?:setiap|tiap)\s+(?:awal|akhir|pertengahan)\s+{_PERIOD}"
    rf"|(?:minimal|paling\s+sedikit|sekurang-kurangnya)\s+(?:se|satu\s+)?kali\s+"
    rf"(?:dalam\s+)?(?:se|satu\s+)?{_PERIOD})(?!\w)",
    re.IGNORECASE,
)


def find_frequencies(text: str) -> list[str]:
    """Frequencies found: numeric phrases as written, then vocabulary terms ('bulanan', …)."""
    numeric = [m.group(0).strip() for m in _NUMERIC_RE.finditer(text or "")]
    return numeric + find_terms(text or "", FREQUENCY)


def has_concrete_frequency(frequencies: list[str]) -> bool:
    """True when a frequency says how often ('berkala' alone does not)."""
    return any(f not in VAGUE_FREQUENCIES for f in frequencies)
