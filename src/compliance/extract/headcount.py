"""Staff numbers: "5 (lima) orang", "2 orang petugas loket dan 1 orang verifikator",
"Petugas loket : 2 orang", "Jumlah: 7 orang terdiri dari …".

Regex around the shared number pattern; the value always goes through `parse_number`.
"""

from __future__ import annotations

import re

from compliance.extract.numbers import NUMBER_PATTERN, parse_number
from compliance.extract.text import normalise, strip_numbering
from compliance.extract.vocab import HEADCOUNT_NOUNS, TOTAL_WORDS

_NOUN = "|".join(HEADCOUNT_NOUNS)
_COUNT_RE = re.compile(
    rf"(?<![\w.,])(?P<num>{NUMBER_PATTERN})\s*(?P<noun>{_NOUN})(?!\w)", re.IGNORECASE
)
_LABEL_RE = re.compile(
    rf"^(?P<role>[^:\d]{{2,60}}?)\s*[:=]\s*(?P<num>{NUMBER_PATTERN})\s*$", re.IGNORECASE
)
# a bare "N role" part of a list: after a list separator, never after "dalam"/"selama"
_PART_SEP = re.compile(
    r"^|[,;:]|\b(?:dan|serta|terdiri\s+(?:atas|dari)|yaitu|meliputi)\b", re.IGNORECASE
)
_PART_BODY = re.compile(
    rf"\s*(?P<num>{NUMBER_PATTERN})\s+"
    r"(?P<role>[A-Za-z][\w/-]*(?:\s+(?!dan\b|serta\b)[A-Za-z][\w/-]*){0,3})",
    re.IGNORECASE,
)
_BREAKDOWN = re.compile(
    r"\s*(?:[:(]|terdiri|yaitu|meliputi|dengan\s+rincian|rincian|antara\s+lain)", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[,;\n(]|\s(?:dan|serta)\s|\s\+\s", re.IGNORECASE)
_ROLE_NOISE = re.compile(
    rf"^(?:{'|'.join(TOTAL_WORDS)}|sebanyak|terdiri\s+(?:atas|dari)|yaitu|adalah|pelaksana|"
    r"petugas\s+pelaksana|orang|:|-)\b\W*",
    re.IGNORECASE,
)


def _clean_role(role: str) -> str | None:
    role = role.strip(" :-–.")
    for _ in range(3):
        role = _ROLE_NOISE.sub("", role).strip(" :-–.")
    return role or None


def _line_counts(line: str) -> list[dict]:
    """Counts stated in one line: "N orang <role>", and once a list has begun, bare
    "N <role>" parts ("lima orang petugas dan dua operator"). A first number followed by
    ":"/"terdiri atas"/"yaitu" and more numbers is the total of what follows."""
    found: list[
        tuple[int, int, int | float, str | None, bool]
    ] = []  # start, end, value, role, noun
    for m in _COUNT_RE.finditer(line):
        value = parse_number(m.group("num"))
        if value is not None:
            found.append((m.start(), m.end(), value, None, True))
    if found:
        parts = (_PART_BODY.match(line, sep.end()) for sep in _PART_SEP.finditer(line))
        for m in filter(None, parts):
            if any(a < m.end("num") and m.start("num") < b for a, b, *_ in found):
                continue
            value = parse_number(m.group("num"))
            if value is not None:
                found.append((m.start("num"), m.end(), value, _clean_role(m.group("role")), False))
    found.sort()
    counts = []
    for i, (start, end, value, role, noun) in enumerate(found):
        more = i + 1 < len(found)
        stop = found[i + 1][0] if more else len(line)
        clause_start = max((c.end() for c in _CLAUSE_END.finditer(line[:start])), default=0)
        head = line[clause_start:start]
        is_total = (
            i == 0
            and more
            and (
                bool(re.search(rf"\b(?:{'|'.join(TOTAL_WORDS)})\b", head, re.IGNORECASE))
                or bool(_BREAKDOWN.match(line[end:stop]))
            )
        )
        if noun and not is_total:
            tail = line[end:stop]
            cut = _CLAUSE_END.search(tail)
            role = _clean_role(tail[: cut.start()] if cut else tail)
            noun_word = _COUNT_RE.match(line, start)
            noun_text = noun_word.group("noun") if noun_word else "orang"
            if noun_text.lower() not in ("orang", "org"):  # "8 petugas front office"
                role = f"{noun_text} {role}" if role else noun_text
            role = role or _clean_role(head)
        counts.append({"value": value, "role": None if is_total else role, "total": is_total})
    return counts


def find_headcounts(text: str) -> tuple[list[dict], int | None]:
    """({value, role, total} per stated number, the count): a stated total wins, otherwise
    the parts add up."""
    text = normalise(text)
    counts: list[dict] = []
    for line in text.split("\n"):
        line = strip_numbering(line)
        label = _LABEL_RE.match(line)
        if label and not _COUNT_RE.search(line):
            value = parse_number(label.group("num"))
            if value is not None:
                role = _clean_role(label.group("role"))
                counts.append(
                    {
                        "value": value,
                        "role": role,
                        "total": bool(
                            role
                            and re.match(rf"(?:{'|'.join(TOTAL_WORDS)})\b", role, re.IGNORECASE)
                        ),
                    }
                )
            continue
        counts += _line_counts(line)
    if not counts:
        bare = parse_number(re.sub(r"^\W+|\W+$", "", text)) if text else None
        if bare is not None:
            counts.append({"value": bare, "role": None, "total": False})
    totals = [c["value"] for c in counts if c["total"]]
    if totals:
        count = totals[0]
    elif counts:
        count = sum(c["value"] for c in counts)
    else:
        count = None
    if isinstance(count, float):
        count = int(count) if count.is_integer() else count
    return counts, count
