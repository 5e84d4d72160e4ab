"""Text helpers shared by the segment modules: numbering, normalisation, typo tolerance, dates.

Everything here is a pure function over strings; regexes are compiled once at import.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

# A leading list marker as typed or rendered: "1.", "1.2.", "(3)", "a.", "B)", "IV.", "-", "•".
# Digits need a dot or parenthesis so that "5 (lima) orang" keeps its number.
_NUMBER = re.compile(
    r"^\s*(?P<num>\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(\d{1,3}\)|\(?[IVXLC]{1,6}[.)]|\(?[ivx]{1,5}[.)]"
    r"|\(?[A-Za-z][.)]|[-•▪●○◦*–>✓])(?=\s|$)\s*"
)
_ROMAN = re.compile(r"^[IVXLC]+$|^[ivx]+$")
_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_SPACES = re.compile(r"\s+")


def split_number(text: str, label: str | None = None) -> tuple[str | None, str]:
    """("1.", "Fotokopi KTP") from "1. Fotokopi KTP"; (None, text) when there is no marker."""
    stripped = text.strip()
    if label and stripped.startswith(label.strip()):
        return label.strip(), stripped[len(label.strip()) :].strip()
    m = _NUMBER.match(stripped)
    if not m:
        return None, stripped
    return m.group("num"), stripped[m.end() :].strip()


def number_style(number: str | None) -> str | None:
    """The family of a list marker, so that "C." and "D." are siblings but "3." is not."""
    if not number:
        return None
    core = number.strip("().")
    core = core.rstrip(")")
    if core[:1].isdigit():
        return "digit"
    # a single letter stays a letter ("I." follows "H."); "II.", "IV." are roman numerals
    if len(core) == 1 and core.isalpha():
        return "upper" if core.isupper() else "lower"
    if _ROMAN.match(core):
        return "roman-upper" if core.isupper() else "roman-lower"
    return "bullet"


def number_value(number: str | None) -> int | None:
    """The ordinal of a marker: "3." -> 3, "c)" -> 3; None for bullets, roman and nested."""
    if not number:
        return None
    core = number.strip("()." )
    if core.isdigit():
        return int(core)
    if len(core) == 1 and core.isalpha():
        return ord(core.lower()) - ord("a") + 1
    return None


def same_family(a: str | None, b: str | None) -> bool:
    """Whether two list markers can be siblings: "C."/"D.", and "I."/"II." (a single I, V or X
    reads as a letter but also starts a roman list)."""
    return a == b or {a, b} in ({"upper", "roman-upper"}, {"lower", "roman-lower"})


@lru_cache(maxsize=4096)  # segmentation cleans each line ~2x over its passes
def clean(text: str) -> str:
    """Collapse whitespace (line breaks in cells included) and soft hyphenation."""
    text = text.replace("\u00ad", "")
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    return _SPACES.sub(" ", text).strip()


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; punctuation, slashes and line breaks are separators."""
    text = text.replace("\u00ad", "")
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    return [t for t in _NON_WORD.split(text.lower()) if t]


def levenshtein(a: str, b: str, limit: int) -> int:
    """Edit distance, giving up (returning limit + 1) as soon as it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


@lru_cache(maxsize=8192)
def correct_token(token: str, vocabulary: frozenset[str], known: frozenset[str]) -> str:
    """Map a misspelt token onto the vocabulary ("sistim" -> "sistem", "waktiu" -> "waktu").

    Only tokens of 5+ letters are corrected, with the same first letter, at distance 1
    (distance 2 from 9 letters on) or cut short by at most 2 letters, so short words and real
    words in `known` stay themselves.
    """
    if token in vocabulary or token in known or len(token) < 5 or token.isdigit():
        return token
    limit = 1 if len(token) < 9 else 2
    best, best_key = token, (limit + 1,)
    for word in vocabulary:
        if word[0] != token[0] or len(word) < 4:
            continue
        d = levenshtein(token, word, limit)
        # a word cut short in a narrow cell: "Persyaratan Pelayan"
        if d > limit and word.startswith(token) and len(word) - len(token) <= 2:
            d = limit
        # ties ("pelaksanan": "pelaksana" or "pelaksanaan") go to the same-length, then the
        # shorter word, then the alphabet: never to set order, which varies per process
        key = (d, abs(len(word) - len(token)), len(word), word)
        if d <= limit and key < best_key:
            best, best_key = word, key
    return best


# A table-of-contents entry ("KEPUTUSAN KEPALA DESA ........ 1", "Maklumat Pelayanan …… ii")
# names a part of the document and its page; it is never a heading, title or content.
_TOC_ENTRY = re.compile(r"(?:\.{4,}|…{2,}|\t)\s*(?:\d{1,3}|[ivxl]{1,6})\s*$", re.IGNORECASE)


def is_toc_entry(line: str) -> bool:
    return bool(_TOC_ENTRY.search(line))


# ---- dates -------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3,
    "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agts": 8, "agt": 8, "ags": 8, "agu": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "nopember": 11, "november": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
}  # fmt: skip
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_WORDS = re.compile(
    rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_ALT})\.?\s+(?P<y>\d{{4}})\b", re.IGNORECASE
)
DATE_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})\b")


def parse_date(text: str) -> tuple[str, int] | None:
    """(ISO date, year) for the first Indonesian date in `text`: "12 Januari 2023", "12-01-2023"."""
    for pattern in (DATE_WORDS, DATE_NUMERIC):
        for m in pattern.finditer(text):
            month_text = m.group("m").lower()
            month = MONTHS.get(month_text) if not month_text.isdigit() else int(month_text)
            try:
                d = date(int(m.group("y")), month or 0, int(m.group("d")))
            except ValueError:
                continue
            return d.isoformat(), d.year
    return None
