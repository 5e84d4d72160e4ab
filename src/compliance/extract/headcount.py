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
_COUNT_RE = re.compile(rf"(?<![\w.,])(?P<num>{NUMBER_PATTERN})\s*(?P<noun>{_NOUN})(?!\w)",
                       re.IGNORECASE)
_LABEL_RE = re.compile(rf"^(?P<role>[^:\d]{{2,60}}?)\s*[:=]\s*(?P<num>{NUMBER_PATTERN})\s*$",
                       re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;\n(]|\s(?:dan|serta)\s|\s\+\s", re.IGNORECASE)
_ROLE_NOISE = re.compile(
    rf"^(?:{'|'.join(TOTAL_WORDS)}|sebanyak|terdiri\s+(?:atas|dari)|yaitu|adalah|pelaksana|"
    r"petugas\s+pelaksana|orang|:|-)\b\W*", re.IGNORECASE)


def _clean_role(role: str) -> str | None:
    role = role.strip(" :-–.")
    for _ in range(3):
        role = _ROLE_NOISE.sub("", role).strip(" :-–.")
    return role or None


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
                counts.append({"value": value, "role": role,
                               "total": bool(role and re.match(
                                   rf"(?:{'|'.join(TOTAL_WORDS)})\b", role, re.IGNORECASE))})
            continue
        matches = list(_COUNT_RE.finditer(line))
        for i, m in enumerate(matches):
            value = parse_number(m.group("num"))
            if value is None:
                continue
            stop = matches[i + 1].start() if i + 1 < len(matches) else len(line)
            tail = line[m.end():stop]
            cut = _CLAUSE_END.search(tail)
            role = _clean_role(tail[:cut.start()] if cut else tail)
            clause_start = max((c.end() for c in _CLAUSE_END.finditer(line[:m.start()])),
                               default=0)
            head = line[clause_start:m.start()]
            if role is None:
                role = _clean_role(head)
            if role is None and m.group("noun").lower() not in ("orang", "org"):
                role = m.group("noun").lower()
            is_total = bool(re.search(rf"\b(?:{'|'.join(TOTAL_WORDS)})\b", head, re.IGNORECASE)) \
                and len(matches) > 1 and i == 0
            counts.append({"value": value, "role": role, "total": is_total})
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
