"""Indonesian numbers: digits ("3", "1.500.000", "2,5"), words ("dua puluh lima", "seratus",
"setengah"), the double form "3 (tiga)", and digits with a word multiplier ("25 ribu").

`parse_number` is the one number parser every extractor uses.
"""

from __future__ import annotations

import re

# word -> value for the words that stand alone as a digit (or a "se-" ready-made number)
UNIT_WORDS: dict[str, int] = {
    "nol": 0,
    "kosong": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
# words that are a finished number on their own
SE_WORDS: dict[str, int] = {
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
    "sejuta": 1_000_000,
    "semiliar": 1_000_000_000,
}
# multipliers applied to the pending digit
MULTIPLIERS: dict[str, int] = {
    "belas": 10,
    "puluh": 10,
    "ratus": 100,
    "ribu": 1000,
    "rb": 1000,
    "juta": 1_000_000,
    "jt": 1_000_000,
    "miliar": 1_000_000_000,
    "milyar": 1_000_000_000,
    "triliun": 1_000_000_000_000,
}
HALF = "setengah"
NUMBER_WORDS: frozenset[str] = (
    frozenset(UNIT_WORDS) | frozenset(SE_WORDS) | frozenset(MULTIPLIERS) | {HALF}
)

_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_DIGITS = r"\d+(?:[.,]\d+)*"
# A number phrase as it appears in text: digits, words, or digits with the words in
# parentheses ("3 (tiga)"), or words with digits in parentheses ("tiga (3)").
_WORDS = rf"(?:{_WORD_ALT})(?:[\s-]+(?:{_WORD_ALT}))*"
_SIMPLE = rf"(?:{_DIGITS}(?:\s*(?:ribu|rb|juta|jt|miliar|milyar))?|{_WORDS})"
NUMBER_PATTERN = rf"(?:{_SIMPLE}(?:\s*\(\s*{_SIMPLE}\s*\))?)"

_PAREN_RE = re.compile(r"^(.*?)\s*\((.*)\)\s*$", re.DOTALL)
_DIGIT_MULT_RE = re.compile(r"^(\d+(?:[.,]\d+)*)\s*([a-z]+)?$")


def _parse_digits(text: str) -> int | float | None:
    """'1.500.000' -> 1500000, '2,5' -> 2.5, '25.000,00' -> 25000, '1.5' -> 1.5.

    Indonesian writes the dot for thousands and the comma for decimals; a dot followed by
    anything but groups of exactly three digits is read as a decimal point."""
    s = text.strip().rstrip(",-").rstrip(",")
    if not s or not re.fullmatch(r"\d+(?:[.,]\d+)*", s):
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):  # 1.500.000 / 25.000,50
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", s):  # 1,500,000 (English style, 2+ groups)
        s = s.replace(",", "")
    elif re.fullmatch(r"\d+,\d+", s):  # 2,5
        s = s.replace(",", ".")
    elif not re.fullmatch(r"\d+(?:\.\d+)?", s):
        return None
    value = float(s)
    return int(value) if value.is_integer() else value


def _parse_words(words: list[str]) -> int | float | None:
    total: float = 0  # completed ribu/juta groups
    group: float = 0  # the current group below a thousand
    last: float | None = None  # pending digit word
    for w in words:
        if w in UNIT_WORDS:
            if last is not None:
                return None  # "dua tiga" is not one number
            last = UNIT_WORDS[w]
        elif w == HALF:
            last = (last or 0) + 0.5
        elif w in SE_WORDS:
            if last is not None:
                return None
            v = SE_WORDS[w]
            if v >= 1000:
                if group:
                    return None  # "seratus seribu" is not a number
                total += v
            else:
                group += v
        elif w in MULTIPLIERS:
            m = MULTIPLIERS[w]
            if w == "belas":
                if last is None:
                    return None
                group += last + 10
            elif m >= 1000:
                base = group + (last or 0)
                if base == 0:
                    return None
                total += base * m
                group = 0
            else:
                if last is None:
                    return None
                group += last * m
            last = None
        else:
            return None
    if not words:
        return None
    value = total + group + (last or 0)
    return int(value) if float(value).is_integer() else value


def parse_number(text: str) -> int | float | None:
    """The value of a number phrase, or None when `text` is not one number.

    >>> parse_number("3 (tiga)"), parse_number("dua puluh lima"), parse_number("1.500.000")
    (3, 25, 1500000)
    """
    if not isinstance(text, str):
        return None
    s = text.strip().lower()
    if not s:
        return None
    m = _PAREN_RE.match(s)
    if m and m.group(1):  # "3 (tiga)": one number written twice; the digits win
        first, second = parse_number(m.group(1)), parse_number(m.group(2))
        if first is None:
            return None
        if re.search(r"\d", m.group(1)):
            return first
        return second if second is not None and re.search(r"\d", m.group(2)) else first
    s = re.sub(r",-+$|,?-+$", "", s).strip()  # "25.000,-": the dash closes a rupiah amount
    m = _DIGIT_MULT_RE.match(s)
    if m:
        value = _parse_digits(m.group(1))
        if value is None:
            return None
        if m.group(2) is None:
            return value
        mult = MULTIPLIERS.get(m.group(2))
        if mult is None or mult < 1000:
            return None
        scaled = value * mult
        return int(scaled) if float(scaled).is_integer() else scaled
    return _parse_words([w for w in re.split(r"[\s-]+", s) if w])


_ONES = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words += [_ONES[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [_ONES[rest - 10], "belas"]
    elif rest >= 20:
        tens, ones = divmod(rest, 10)
        words += [_ONES[tens], "puluh"] + ([_ONES[ones]] if ones else [])
    elif rest > 0:
        words.append(_ONES[rest])
    return words


def to_words(n: int) -> str:
    """Spell a non-negative integer in Indonesian: 25 -> 'dua puluh lima', 1000 -> 'seribu'."""
    if n < 0:
        raise ValueError("negative numbers are not spelled")
    if n == 0:
        return "nol"
    words: list[str] = []
    for scale, name, se in (
        (10**12, "triliun", None),
        (10**9, "miliar", "semiliar"),
        (10**6, "juta", "sejuta"),
        (1000, "ribu", "seribu"),
    ):
        count, n = divmod(n, scale)
        if count == 1 and se:
            words.append(se)
        elif count:
            words += _below_thousand(count) + [name]
    words += _below_thousand(n)
    return " ".join(words)
