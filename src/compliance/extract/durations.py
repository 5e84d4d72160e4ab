"""Durations ("3 (tiga) hari kerja", "1 - 3 hari", "1x24 jam", "seminggu") and office hours.

Durations use spaCy's Matcher over tokens: a number is a run of number tokens (digits or
words, so "dua puluh lima menit" is one match), optionally restated in parentheses, then a
unit and an optional "kerja". Token patterns state the grammar once and keep "3hari",
"s.d." and "35 Menit -- 65 Menit" straight without a wall of regex. Office hours are
clock-time ranges, a character-level shape, so they stay regex.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from compliance.extract.numbers import parse_number
from compliance.extract.vocab import DURATION_UNITS, RANGE_SEPARATORS, SE_DURATIONS, WEEKDAYS

if TYPE_CHECKING:  # spaCy itself is imported on first use: `import compliance.extract` stays cheap
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span

MINUTES: dict[str, int] = {
    "menit": 1,
    "jam": 60,
    "hari": 1440,
    "minggu": 10080,
    "bulan": 43200,
    "tahun": 525600,
}
_CLOCK_TOKEN = re.compile(r"^\d{1,2}[.:]\d{2}$")

_NUM = {"_": {"num_part": True}}
_UNIT = {"LOWER": {"IN": sorted(DURATION_UNITS)}}
_KERJA = {"LOWER": "kerja", "OP": "?"}
_SINGLE_SEPS = sorted({s for s in RANGE_SEPARATORS if " " not in s and s != "-"} | {"s/d"})


# A number is at most 8 tokens ("seratus dua puluh tiga ribu empat ratus lima"); an
# unbounded "+" makes the Matcher quadratic on a long run of numbers (a phone list).
_NUM_RUN = {**_NUM, "OP": "{1,8}"}


def _number_variants() -> list[list[dict]]:
    return [[_NUM_RUN], [_NUM_RUN, {"ORTH": "("}, _NUM_RUN, {"ORTH": ")"}]]


def _separators() -> list[list[dict]]:
    return [
        [{"ORTH": {"IN": ["-", "–", "—"]}, "OP": "+"}],
        [{"LOWER": {"IN": _SINGLE_SEPS}}],
        [{"LOWER": "sampai"}, {"LOWER": "dengan"}],
    ]


@lru_cache(maxsize=1)
def _matcher() -> Matcher:
    from spacy.matcher import Matcher

    from compliance.extract.nlp import get_nlp

    nlp = get_nlp()
    m = Matcher(nlp.vocab)
    unit = [_UNIT, _KERJA]
    singles = [num + unit for num in _number_variants()]
    ranges = [
        a + sep + b + unit
        for a in _number_variants()
        for sep in _separators()
        for b in _number_variants()
    ]
    ranges += [
        a + unit + sep + b + unit
        for a in _number_variants()
        for sep in _separators()
        for b in _number_variants()
    ]
    m.add("DURATION", singles, greedy="LONGEST")
    m.add("RANGE", ranges, greedy="LONGEST")
    m.add(
        "TIMES",
        [
            [{"TEXT": {"REGEX": r"^\d+[xX×]\d+$"}}, _UNIT],
            [_NUM, {"LOWER": {"IN": ["x", "×"]}}, _NUM, _UNIT],
        ],
        greedy="LONGEST",
    )
    m.add("SE", [[{"LOWER": {"IN": sorted(SE_DURATIONS)}}, _KERJA]], greedy="LONGEST")
    m.add(
        "SAME_DAY",
        [
            [{"LOWER": "hari"}, {"LOWER": "yang"}, {"LOWER": "sama"}],
            [{"LOWER": "hari"}, {"LOWER": "itu"}, {"LOWER": "juga"}],
        ],
    )
    return m


def _number_groups(span: Span) -> list[tuple[int | float, int]]:
    """(value, first token index) of the numbers in a span, skipping restatements in
    parentheses and leading tokens that do not belong ("2019 5 hari" -> 5)."""
    values: list[tuple[int | float, int]] = []
    run: list[int] = []
    depth = 0

    def flush() -> None:
        for start in range(len(run)):
            value = parse_number(" ".join(span.doc[i].text for i in run[start:]))
            if value is not None:
                values.append((value, run[start]))
                break
        run.clear()

    for tok in span:
        if tok.text == "(":
            flush()
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and tok._.num_part:
            run.append(tok.i)
        else:
            flush()
    flush()
    return values


def _to_dict(label: str, span: Span) -> dict | None:
    units = [DURATION_UNITS[t.lower_] for t in span if t.lower_ in DURATION_UNITS]
    working = any(t.lower_ == "kerja" for t in span) or any(t.lower_ == "hk" for t in span)
    if label == "SE":
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if nxt is not None and nxt.text in ("-", "–"):
            return None  # "sehari-hari" means daily, not one day
        unit = SE_DURATIONS[span[0].lower_]
        return {
            "value": 1,
            "max": None,
            "unit": unit,
            "working_days": working and unit == "hari",
            "text": span.text,
        }
    if label == "SAME_DAY":  # "selesai pada hari yang sama": at most one day
        return {"value": 1, "max": None, "unit": "hari", "working_days": False, "text": span.text}
    if any(_CLOCK_TOKEN.match(t.text) for t in span):
        return None  # "16.00 jam" is a clock time, not a duration
    if label == "TIMES":
        factors = [parse_number(f) for f in re.split(r"\s*[xX×]\s*", span[:-1].text)]
        if len(factors) != 2 or None in factors:
            return None
        value = factors[0] * factors[1]
        return {
            "value": value,
            "max": None,
            "unit": units[-1],
            "working_days": False,
            "text": span.text,
        }
    groups = _number_groups(span)
    if not groups or not units:
        return None
    numbers = [v for v, _ in groups]
    text = span.doc[groups[0][1] : span.end].text
    unit = units[-1]
    if label == "RANGE" and len(numbers) >= 2:
        low, high = numbers[0], numbers[-1]
        if len(units) > 1 and units[0] != unit:  # "30 menit - 1 jam": express in one unit
            low = round(low * MINUTES[units[0]] / MINUTES[unit], 3)
        return {"value": low, "max": high, "unit": unit, "working_days": working, "text": text}
    return {"value": numbers[-1], "max": None, "unit": unit, "working_days": working, "text": text}


def _is_year_reference(span: Span) -> bool:
    """'Nomor 14 Tahun 2019' is a regulation, not fourteen years."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        span[-1].lower_ in ("tahun", "thn")
        and nxt is not None
        and bool(re.fullmatch(r"\d{4,5}", nxt.text))
    )


_WINDOW = 24  # tokens before a unit that a duration can span ("10 (sepuluh) … - 14 … hari")
_UNIT_WORDS = frozenset(DURATION_UNITS) | frozenset(SE_DURATIONS)
_UNITS_ASCII = all(w.isascii() for w in _UNIT_WORDS)  # str.lower() is then position-free
_NLP_MAX_LENGTH = 1_000_000  # spaCy's default Language.max_length: longer texts raise there


def _windows(doc: Doc) -> list[Span]:
    """Stretches of the doc that end at a unit word: the Matcher only runs there, so a long
    list of numbers with no unit (phone numbers, tables of figures) costs nothing."""
    spans: list[tuple[int, int]] = []
    for tok in doc:
        if tok.lower_ in _UNIT_WORDS:
            start, end = max(0, tok.i - _WINDOW), min(len(doc), tok.i + 4)
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return [doc[a:b] for a, b in spans]


def find_durations(text: str) -> list[dict]:
    """Every duration in `text`, in order: {value, max, unit, working_days, text}.

    >>> [d["value"] for d in find_durations("Paling lambat 3 (tiga) hari kerja")]
    [3]
    """
    if not text or not text.strip():
        return []
    if _UNITS_ASCII and len(text) < _NLP_MAX_LENGTH:
        # Matches only come from windows around a unit token, and a token whose lower_ is a
        # unit word leaves that word in text.lower(): without one, there is nothing to find
        # and spaCy is not even loaded (single-file runs on documents without durations).
        lowered = text.lower()
        if not any(w in lowered for w in _UNIT_WORDS):
            return []
    from spacy.util import filter_spans

    from compliance.extract.nlp import get_nlp

    doc = get_nlp()(text)
    matcher = _matcher()
    matches = [span for window in _windows(doc) for span in matcher(window, as_spans=True)]
    found = []
    for span in sorted(filter_spans(matches), key=lambda s: s.start):
        if _is_year_reference(span):
            continue
        d = _to_dict(span.label_, span)
        if d is not None:
            found.append(d)
    return found


_DAY = "|".join(WEEKDAYS)
_SEP = r"(?:-+|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)"
_CLOCK = r"\d{1,2}[.:]\d{2}"
_ZONE = r"(?:\s*(?:WIB|WITA|WIT))?"
_CLOCK_RANGE = rf"(?:(?:pukul|pkl\.?|jam)\s*)?{_CLOCK}{_ZONE}\s*{_SEP}\s*{_CLOCK}{_ZONE}"
_DAYS = rf"(?:hari\s+)?(?:{_DAY})(?:\s*{_SEP}\s*(?:{_DAY}))?"
OFFICE_HOURS_RE = re.compile(
    rf"(?<!\w)(?:{_DAYS}\s*[,:]?\s*(?:{_CLOCK_RANGE})?|{_CLOCK_RANGE})", re.IGNORECASE
)


def find_office_hours(text: str) -> list[str]:
    """Opening hours ('Senin – Kamis 08.00 – 16.15', 'Pukul 08.00 s.d. 14.00 WIB'): not
    completion times. A day name alone counts only when a clock range or a second day
    follows, so 'Minggu' in '1 Minggu' is not mistaken for Sunday."""
    out = []
    for m in OFFICE_HOURS_RE.finditer(text or ""):
        found = m.group(0).strip(" ,:")
        has_clock = re.search(_CLOCK, found)
        has_day_range = re.search(rf"(?:{_DAY})\s*{_SEP}\s*(?:{_DAY})", found, re.IGNORECASE)
        if has_clock or has_day_range:
            out.append(found)
    return out
