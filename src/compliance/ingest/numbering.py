"""Word automatic numbering, rendered the way Word shows it ("1.", "a.", "1.2.", "(iv)", "•").

A list number is not in the text of a .docx: it lives in numbering.xml (abstract list
definitions, list instances with overrides) and is computed while reading paragraphs in order.
`parse_numbering` reads the definitions once; a `ListCounter` then walks with the document and
turns each numbered paragraph into its label.

Counters follow Word: list instances (w:num) that share an abstract definition continue one
another's numbering; an instance with a w:startOverride restarts at that value the first time
it is used; using a level restarts the deeper levels (unless w:lvlRestart says otherwise).

Typed list markers ("1. ...", "a) ...", "- ...") are recognised by `typed_marker`, so a list
typed by hand gets the same `label` as an automatic one (the PDF reader can use it too).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W_NS}}}"
_VAL = f"{_W}val"

BULLET = "•"
_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass(frozen=True)
class Level:
    """One level of a list definition (w:lvl)."""

    fmt: str = "decimal"  # w:numFmt: decimal, lowerLetter, upperRoman, bullet, none, ...
    text: str = "%1."  # w:lvlText template
    start: int = 1
    restart: int | None = None  # w:lvlRestart (1-based level; 0 = never); None = default
    legal: bool = False  # w:isLgl: show every level as decimal ("1.1" under "I.")
    style: str | None = None  # w:pStyle: the paragraph style bound to this level


@dataclass(frozen=True)
class ListInstance:
    """A w:num: which abstract definition it uses and its per-level overrides."""

    abstract: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


@dataclass(frozen=True)
class NumberingDefinitions:
    abstracts: dict[str, dict[int, Level]]
    instances: dict[str, ListInstance]

    def levels(self, num_id: str) -> tuple[str, dict[int, Level]] | None:
        """(abstract id, levels with the instance's overrides applied), or None if unknown."""
        inst = self.instances.get(num_id)
        if inst is None or inst.abstract not in self.abstracts:
            return None
        levels = self.abstracts[inst.abstract]
        if inst.level_overrides:
            levels = {**levels, **inst.level_overrides}
        return inst.abstract, levels

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        """The level whose w:pStyle is `style_id` (how a numbered heading style finds its level)."""
        found = self.levels(num_id)
        if found is None:
            return None
        for ilvl, lvl in found[1].items():
            if lvl.style == style_id:
                return ilvl
        return None


EMPTY = NumberingDefinitions({}, {})


def _int(el: etree._Element | None, default: int | None = None) -> int | None:
    if el is None:
        return default
    try:
        return int(el.get(_VAL, ""))
    except ValueError:
        return default


def _parse_level(lvl: etree._Element) -> Level:
    fmt_el = lvl.find(f"{_W}numFmt")
    text_el = lvl.find(f"{_W}lvlText")
    style_el = lvl.find(f"{_W}pStyle")
    legal_el = lvl.find(f"{_W}isLgl")
    restart_el = lvl.find(f"{_W}lvlRestart")
    return Level(
        fmt=fmt_el.get(_VAL, "decimal") if fmt_el is not None else "decimal",
        text=text_el.get(_VAL, "") if text_el is not None else "",
        start=_int(lvl.find(f"{_W}start"), 1) or 0,
        restart=_int(restart_el) if restart_el is not None else None,
        legal=legal_el is not None and legal_el.get(_VAL, "1") not in ("0", "false", "off"),
        style=style_el.get(_VAL) if style_el is not None else None,
    )


def _levels(parent: etree._Element) -> dict[int, Level]:
    out: dict[int, Level] = {}
    for lvl in parent.iterfind(f"{_W}lvl"):
        try:
            ilvl = int(lvl.get(f"{_W}ilvl", "0"))
        except ValueError:
            continue
        out[ilvl] = _parse_level(lvl)
    return out


def parse_numbering(
    root: etree._Element | None, style_num_id: Callable[[str], str | None] | None = None
) -> NumberingDefinitions:
    """Read numbering.xml. `style_num_id` gives a numbering style's w:numId (from
    styles.xml), to follow w:numStyleLink indirections."""
    if root is None:
        return EMPTY
    abstracts: dict[str, dict[int, Level]] = {}
    style_links: dict[str, str] = {}  # abstract id -> numbering style it defers to
    for ab in root.iterfind(f"{_W}abstractNum"):
        aid = ab.get(f"{_W}abstractNumId")
        if aid is None:
            continue
        abstracts[aid] = _levels(ab)
        link = ab.find(f"{_W}numStyleLink")
        if link is not None and link.get(_VAL):
            style_links[aid] = link.get(_VAL)
    instances: dict[str, ListInstance] = {}
    for num in root.iterfind(f"{_W}num"):
        nid = num.get(f"{_W}numId")
        ab = num.find(f"{_W}abstractNumId")
        if nid is None or ab is None or ab.get(_VAL) is None:
            continue
        starts: dict[int, int] = {}
        overrides: dict[int, Level] = {}
        for ov in num.iterfind(f"{_W}lvlOverride"):
            try:
                ilvl = int(ov.get(f"{_W}ilvl", "0"))
            except ValueError:
                continue
            so = _int(ov.find(f"{_W}startOverride"))
            if so is not None:
                starts[ilvl] = so
            lvl = ov.find(f"{_W}lvl")
            if lvl is not None:
                overrides[ilvl] = _parse_level(lvl)
        instances[nid] = ListInstance(ab.get(_VAL), starts, overrides)
    # An abstract that only says "use numbering style X" takes the levels of X's list.
    for aid, style_id in style_links.items():
        target_num = style_num_id(style_id) if style_num_id else None
        target = instances.get(target_num) if target_num else None
        if target is not None and target.abstract != aid and abstracts.get(target.abstract):
            abstracts[aid] = abstracts[target.abstract]
    return NumberingDefinitions(abstracts, instances)


# ---- number formats ----------------------------------------------------------------------

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = []
    for value, digits in _ROMAN:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    # Word: a..z, then aa..zz, then aaa..: the letter repeats, it does not carry like Excel.
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter value in a w:numFmt. Unknown formats fall back to decimal."""
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("decimalEnclosedParen",):
        return f"({n})"
    if fmt == "none":
        return ""
    return str(n)


class ListCounter:
    """The running list counters of one document part; call `label` for each numbered
    paragraph in reading order."""

    def __init__(self, definitions: NumberingDefinitions) -> None:
        self._defs = definitions
        self._counters: dict[str, dict[int, int]] = {}  # abstract id -> level -> value
        self._seen: set[str] = set()  # instances already used (startOverride applies once)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the list and return the paragraph's rendered number, or None when the
        numbering is unknown or renders to nothing."""
        found = self._defs.levels(num_id)
        if found is None:
            return None
        abstract, levels = found
        lvl = levels.get(ilvl)
        if lvl is None:
            return None
        counters = self._counters.setdefault(abstract, {})
        if num_id not in self._seen:
            self._seen.add(num_id)
            inst = self._defs.instances[num_id]
            for o_lvl, start in inst.start_overrides.items():
                counters[o_lvl] = start - 1
                for deeper in [k for k in counters if k > o_lvl]:
                    del counters[deeper]
        current = counters.get(ilvl)
        counters[ilvl] = lvl.start if current is None else current + 1
        for k in [k for k in counters if k > ilvl]:
            restart = levels[k].restart if k in levels else None
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[k]
        return self._render(lvl, levels, counters)

    @staticmethod
    def _render(lvl: Level, levels: dict[int, Level], counters: dict[int, int]) -> str | None:
        if lvl.fmt == "bullet":
            return BULLET

        def value(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            ref = levels.get(k, Level())
            n = counters.get(k, ref.start)
            fmt = "decimal" if lvl.legal and ref.fmt != "none" else ref.fmt
            return format_number(n, fmt)

        text = _PLACEHOLDER.sub(value, lvl.text).strip()
        return text or None


# ---- typed list markers --------------------------------------------------------------------

# A marker typed at the start of a paragraph, followed by whitespace: "1.", "1)", "(1)", "1.2.",
# "a.", "b)", "(c)", "IV.", "-", "•". Roman numerals need a dot/paren; single letters too, so a
# sentence starting with "A " or "I " is not a list item.
_TYPED = re.compile(
    r"^(?:"
    r"\(?\d{1,3}(?:\.\d{1,3})*[.)]"  # 1.  1)  (1)  1.2.
    r"|\d{1,3}(?:\.\d{1,3})+"  # 1.2 (no trailing dot)
    r"|\(?[a-zA-Z][.)]"  # a.  b)  (c)
    r"|\(?(?:[IVX]{1,5}|[ivx]{1,5})[.)]"  # IV.  ii)
    r"|\(\d{1,3}\)|\([a-zA-Z]\)"  # (1)  (a)
    r"|[-–•▪●○◦■□➢►✓*]"  # bullets typed as characters
    r")(?=\s)"
)


# "1.Fotokopi KTP": a number glued to a capitalised word is still a marker (a letter is not:
# "a.n. Kepala Dinas" is "atas nama").
_TYPED_GLUED = re.compile(r"^\d{1,3}[.)](?=[A-Z])")


def typed_marker(text: str) -> str | None:
    """The list marker a paragraph starts with, as typed ("1.", "a)", "(iv)", "-"), or None."""
    m = _TYPED.match(text) or _TYPED_GLUED.match(text)
    return m.group(0) if m else None
