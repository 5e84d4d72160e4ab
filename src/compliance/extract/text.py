"""Text helpers every extractor shares: normalisation, emptiness, vocabulary matching, items.

Vocabulary matching is regex, not spaCy's PhraseMatcher: the vocabularies are a few hundred
short phrases matched in a few hundred characters of content, one compiled alternation per
vocabulary costs microseconds and needs no tokenizer (PhraseMatcher would also miss glued
forms like "Telp.0721" that the tokenizer keeps whole).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

from compliance.extract.vocab import EMPTY_STRINGS, PLACEHOLDERS, VAGUE_MARKERS

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def normalise(text: str) -> str:
    """NFKC, one space between words, trimmed lines, no empty lines."""
    text = text or ""
    # fast path, same result: NFKC leaves ASCII alone and without \r, tabs or double spaces
    # the space regex has nothing to replace
    if text.isascii() and "\r" not in text and "\t" not in text and "  " not in text:
        if "\n" not in text:
            return text.strip()
        return "\n".join(ln for ln in (x.strip() for x in text.split("\n")) if ln)
    text = unicodedata.normalize("NFKC", text).replace("\r", "\n")
    lines = (_SPACES.sub(" ", ln).strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


def _phrase_regex(phrase: str) -> str:
    star = phrase.endswith("*")
    words = re.split(r"[\s]+", phrase.rstrip("*").strip())
    body = r"[\s/-]+".join(re.escape(w) for w in words)
    # a word boundary only where the phrase starts/ends with a word character
    left = r"(?<!\w)" if re.match(r"\w", phrase) else ""
    # "-nya" is a clitic, not another word: "kerahasiaan" matches "kerahasiaannya"
    right = (
        r"\w*" if star else (r"(?:-?nya)?(?!\w)" if re.search(r"\w$", phrase.rstrip("*")) else "")
    )
    return left + body + right


@lru_cache(maxsize=1024)  # one entry per vocabulary list: bounded
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled, cached alternation of `phrases` (longest first)."""
    ordered = sorted(set(phrases), key=len, reverse=True)  # longest first
    return re.compile("|".join(_phrase_regex(p) for p in ordered), re.IGNORECASE)


def _phrase_key(phrase: str) -> str:
    """The longest word of `phrase`, lower-cased: it occurs literally in every match."""
    return max(re.split(r"[\s]+", phrase.rstrip("*").strip()), key=len).lower()


@lru_cache(maxsize=1024)  # one entry per vocabulary list: bounded
def _phrase_keys(phrases: tuple[str, ...]) -> tuple[str, ...] | None:
    """One literal per phrase that any match of that phrase contains; None when a phrase
    (non-ASCII or without a word) gives no safe literal."""
    keys = tuple({_phrase_key(p) for p in phrases})
    return keys if keys and all(k and k.isascii() for k in keys) else None


# Per vocabulary mapping: its terms with their literal keys and compiled pattern, so a call
# does not re-hash every phrase tuple. Keyed by identity; the entry keeps the mapping alive
# (its id stays unique) and its value objects, checked on every use (a mutated mapping is
# planned again).
_PLANS: dict[int, tuple[Mapping, tuple, tuple]] = {}


def _plan(vocabulary: Mapping[str, Sequence[str]]) -> tuple:
    entry = _PLANS.get(id(vocabulary))
    if (
        entry is not None
        and entry[0] is vocabulary
        and len(entry[1]) == len(vocabulary)
        and all(map(operator.is_, vocabulary.values(), entry[1]))
    ):
        return entry[2]
    values = tuple(vocabulary.values())
    plan = tuple(
        (term, _phrase_keys(tuple(phrases)), phrase_pattern(tuple(phrases)))
        for term, phrases in vocabulary.items()
    )
    if len(_PLANS) < 1024:  # vocabularies are module constants: bounded in practice
        _PLANS[id(vocabulary)] = (vocabulary, values, plan)
    return plan


def find_terms(text: str, vocabulary: Mapping[str, Sequence[str]]) -> list[str]:
    """Canonical terms of `vocabulary` whose phrases occur in `text`, in vocabulary order."""
    # Most terms do not occur: a substring test rules them out before the (slower) regex.
    # Matching is case-insensitive; for ASCII text and ASCII keys that is plain lower-case
    # containment, so the pre-check is exact. Other text always goes to the regex.
    lowered = text.lower() if text.isascii() else None
    found = []
    for term, keys, pattern in _plan(vocabulary):
        if lowered is not None and keys is not None:
            for k in keys:
                if k in lowered:
                    break
            else:
                continue
        if pattern.search(text):
            found.append(term)
    return found


def has_any(text: str, phrases: Sequence[str]) -> bool:
    key = tuple(phrases)
    if text.isascii():  # the same exact pre-check as find_terms
        keys = _phrase_keys(key)
        if keys is not None:
            lowered = text.lower()
            if not any(k in lowered for k in keys):
                return False
    return bool(phrase_pattern(key).search(text))


def vague_markers(text: str) -> list[str]:
    return find_terms(text, VAGUE_MARKERS)


@lru_cache(maxsize=4096)  # a service's headings come back for every component check
def _letters(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", text.lower()).strip()


def placeholder_of(text: str) -> str | None:
    """Which template filler `text` is, if it is nothing but one."""
    raw = text.strip()
    if re.fullmatch(r"(?:…|\.{2,}|_{2,})[.…_\s]*", raw):  # "...", "…", "____": a blank to fill
        return "…"
    if re.fullmatch(r"\[[^\]]{0,40}\]|<[^>]{0,40}>", raw):  # "[isi di sini]", "<nama layanan>"
        return "[isi]"
    core = raw.strip(":;.,").strip().lower()
    for name, forms in PLACEHOLDERS.items():
        if core in forms:
            return name
    return None


def is_empty(text: str, heading: str | None) -> tuple[bool, str | None]:
    """(empty, placeholder): no real content, a placeholder, or the heading repeated."""
    core = text.strip().lower()
    if core in EMPTY_STRINGS or not re.search(r"\w", core):
        return True, placeholder_of(core)
    placeholder = placeholder_of(core)
    if placeholder:
        return True, placeholder
    # "Jaminan Pelayanan : Jaminan Pelayanan", possibly with its letter/number repeated
    unnumbered = re.sub(r"^[a-n0-9]{1,2}[.)]\s*", "", core)
    if heading and _letters(heading) in (_letters(core), _letters(unnumbered)):
        return True, None
    return False, None


_NUMBERING = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|[-–•·*▪►➢✓o]\s)\s*"
)
_INLINE_NUMBERED = re.compile(r"(?:(?<=\s)|^)(?:\d{1,2}[.)]|[a-z][.)])\s+(?=[A-Za-z])")


def strip_numbering(line: str) -> str:
    """'1. Fotokopi KTP' -> 'Fotokopi KTP'; '- KK asli' -> 'KK asli'."""
    return _NUMBERING.sub("", line, count=1).strip()


def split_items(text: str, items: Sequence[str] = ()) -> list[str]:
    """Content as a list of entries, numbering removed.

    Uses the segmenter's items when there are several; else lines; else an inline numbered
    run ("1. KTP 2. KK 3. Akta"); else semicolon/comma-free sentences stay one item."""
    lines = [normalise(i) for i in items if normalise(i)]
    if len(lines) <= 1:
        lines = [ln for ln in normalise(text).split("\n") if ln]
    if len(lines) == 1:
        parts = _INLINE_NUMBERED.split(lines[0])
        if len([p for p in parts if p.strip()]) > 1:
            lines = parts
        elif ";" in lines[0]:
            lines = lines[0].split(";")
    out = []
    for ln in lines:
        ln = strip_numbering(ln).strip(" ;,")
        if ln and re.search(r"\w", ln):
            out.append(ln)
    return out


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))
