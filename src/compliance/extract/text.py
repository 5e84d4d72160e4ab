"""Text helpers every extractor shares: normalisation, emptiness, vocabulary matching, items.

Vocabulary matching is regex, not spaCy's PhraseMatcher: the vocabularies are a few hundred
short phrases matched in a few hundred characters of content, one compiled alternation per
vocabulary costs microseconds and needs no tokenizer (PhraseMatcher would also miss glued
forms like "Telp.0721" that the tokenizer keeps whole).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

from compliance.extract.vocab import EMPTY_STRINGS, PLACEHOLDERS, VAGUE_MARKERS

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def normalise(text: str) -> str:
    """NFKC, one space between words, trimmed lines, no empty lines."""
    text = unicodedata.normalize("NFKC", text or "").replace("\r", "\n")
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


# Vocabulary mapping (by identity; the mapping is kept alive here so its id stays unique) ->
# its terms with their compiled patterns: saves re-hashing every phrase tuple on every call.
_COMPILED: dict[int, tuple[Mapping[str, Sequence[str]], tuple[tuple[str, re.Pattern[str]], ...]]] = {}


def _compiled(vocabulary: Mapping[str, Sequence[str]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    entry = _COMPILED.get(id(vocabulary))
    if entry is None or entry[0] is not vocabulary or len(entry[1]) != len(vocabulary):
        pairs = tuple((t, phrase_pattern(tuple(p))) for t, p in vocabulary.items())
        if len(_COMPILED) < 1024:  # vocabularies are module constants: bounded in practice
            _COMPILED[id(vocabulary)] = (vocabulary, pairs)
        return pairs
    return entry[1]


def find_terms(text: str, vocabulary: Mapping[str, Sequence[str]]) -> list[str]:
    """Canonical terms of `vocabulary` whose phrases occur in `text`, in vocabulary order."""
    if not isinstance(vocabulary, dict):  # only plain dicts are cached by identity
        return [t for t, p in vocabulary.items() if phrase_pattern(tuple(p)).search(text)]
    return [term for term, pattern in _compiled(vocabulary) if pattern.search(text)]


def has_any(text: str, phrases: Sequence[str]) -> bool:
    return bool(phrase_pattern(tuple(phrases)).search(text))


def vague_markers(text: str) -> list[str]:
    return find_terms(text, VAGUE_MARKERS)


def _letters(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", text.lower()).strip()


def placeholder_of(text: str) -> str | None:
    """Which template filler `text` is, if it is nothing but one."""
    raw = text.strip()
    if re.fullmatch(r"(?:…|\.{2,}|_{2,})[.…_\s]*", raw):  # "...", "…", "____": a blank to fill
        return "…"
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
