"""From visual lines to paragraphs, list items and headings.

PDF has no paragraphs, only positioned lines. Two lines belong to one paragraph when the first
was *wrapped*: the next line's first word would not have fitted after it (its right edge plus
that word reaches the text column's right edge). A new paragraph also starts at a list marker,
after a vertical gap larger than normal line spacing, on a change of font size or weight, and
where the left edge jumps in or out relative to the paragraph's running lines.

Headings (kept deliberately simple, see `heading_rank`): a short paragraph set in a font
clearly larger than the body text, or entirely bold, or written in capitals. Levels follow
font size (larger = 1); body-size bold/capital headings come one level below the smallest
larger size.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from compliance.ingest.pdf_geometry import Line, Segment, make_line

# "1.", "1)", "(1)", "1.2.", "a.", "A)", "IV.", "-", "•" ... followed by a space or the end.
LIST_MARKER = re.compile(
    r"^(\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-zA-Z][.)]|[IVXLCDM]{1,7}[.)]|[-–—•●▪◦○■□➢►*])(?=\s|$)"
)
_PARAGRAPH_GAP = 0.8  # × font size: more empty space than this between lines = new paragraph
_INDENT_JUMP = 12.0  # pt
_FLUSH = 1.5  # pt: a line ending this close to the right edge is flush with it


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    lines: tuple[Line, ...]
    label: str | None  # list marker as written, else None

    @property
    def x0(self) -> float:
        return self.lines[0].x0


def list_marker(text: str) -> str | None:
    m = LIST_MARKER.match(text)
    return m.group(1) if m else None


def chunks(line: Line) -> list[Line]:
    """Split a line at gaps wider than a couple of spaces (tabs, table columns); a lone list
    marker stays with the text after it (Word numbering sets "1." and its text a tab apart)."""
    if len(line.segments) == 1:
        return [line]
    groups: list[list[Segment]] = []
    for s in line.segments:
        if groups:
            prev = groups[-1]
            gap = s.x0 - prev[-1].x1
            lone = len(prev) == 1 and list_marker(prev[0].text.strip()) == prev[0].text.strip()
            if gap < max(10.0, 1.2 * s.size) or (lone and gap < 4 * s.size):
                prev.append(s)
                continue
        groups.append([s])
    return [make_line(g) for g in groups] if len(groups) > 1 else [line]


def wrapped(prev: Line, nxt: Line, right_limit: float) -> bool:
    """Did `prev` end only because `nxt`'s first word did not fit before `right_limit`?"""
    first_word = nxt.text.split(" ", 1)[0]
    needed = (len(first_word) + 1) * prev.char_width
    return prev.x1 + needed >= right_limit - prev.char_width


def _join(a: str, b: str) -> str:
    # A word broken at a line end ("F-" + "1.02", "Undang-" + "Undang") joins without a space.
    if a.endswith("-") and not a.endswith(" -") and b[:1].isalnum():
        return a + b
    return f"{a} {b}"


def line_gap(lines: list[Line]) -> float | None:
    """The usual empty space between two lines of one paragraph here (lower quartile of the
    gaps between consecutive same-size lines), or None when there are too few to tell."""
    gaps = sorted(
        b.top - a.bottom
        for a, b in zip(lines, lines[1:])
        if b.top >= a.bottom - 1.0 and abs(a.size - b.size) < 0.5
    )
    return gaps[len(gaps) // 4] if len(gaps) >= 3 else None


def paragraphs(
    lines: list[Line], right_limit: float, left_limit: float | None = None
) -> list[Paragraph]:
    """Group lines into paragraphs; the text column runs from `left_limit` (default: the
    leftmost line) to `right_limit`."""
    out: list[Paragraph] = []
    current: list[Line] = []
    if left_limit is None:
        left_limit = min((ln.x0 for ln in lines), default=0.0)
    usual_gap = line_gap(lines)
    # Justified text: many lines end flush at the right edge, and then a wrapped line always
    # does, so a line that stops short ended its paragraph even if the next word is long.
    flush_lines = sum(ln.x1 >= right_limit - _FLUSH for ln in lines)
    justified = flush_lines >= 3 and flush_lines >= 0.4 * len(lines)

    def flush() -> None:
        if current:
            text = current[0].text
            for ln in current[1:]:
                text = _join(text, ln.text)
            out.append(Paragraph(text, tuple(current), list_marker(text)))
            current.clear()

    for line in lines:
        if current and _continues(current, line, left_limit, right_limit, usual_gap) and not (
            justified and current[-1].x1 < right_limit - _FLUSH and not _centered(current[-1], line)
        ):
            current.append(line)
        else:
            flush()
            current.append(line)
    flush()
    return out


def _centered(a: Line, b: Line) -> bool:
    """Two lines of a centred paragraph: same middle, different left edges."""
    return abs((a.x0 + a.x1) - (b.x0 + b.x1)) < 8.0 and abs(a.x0 - b.x0) > 4.0


# Regulation titles and Lampiran headers are set as "KEPUTUSAN/PERATURAN <office>" /
# "NOMOR …" / "TANGGAL …" / "TENTANG …" (regulations.md §7.1): each capitalised part starts
# its own line.
TITLE_PARTS = frozenset({"NOMOR", "TANGGAL", "TENTANG"})


def _title_part(prev: Line, line: Line) -> bool:
    words = line.text.split()
    if not words or words[0].rstrip(":") not in TITLE_PARTS:
        return False
    # "NOMOR : 12", "TENTANG" alone, or any part under an all-capitals line; not "TENTANG
    # STANDAR …" running on inside a sentence such as "Menetapkan : KEPUTUSAN …".
    return len(words) == 1 or words[0].endswith(":") or words[1] == ":" or is_caps(prev.text)


def _continues(
    current: list[Line],
    line: Line,
    left_limit: float,
    right_limit: float,
    usual_gap: float | None,
) -> bool:
    prev = current[-1]
    marker = list_marker(line.text)
    if marker and not (marker == line.text and wrapped(prev, line, right_limit)):
        return False  # a list item starts (a bare "11)" after a wrapped line is not one)
    size = max(prev.size, line.size)
    gap = line.top - prev.bottom
    # More space than usual between lines (by half a line), or - with too few lines to know
    # the usual spacing - more than most of a line.
    limit = _PARAGRAPH_GAP * size if usual_gap is None else max(usual_gap + 0.5 * size, 0.5 * size)
    if gap > limit:
        return False
    if abs(line.size - prev.size) > 1.0 or line.bold != prev.bold:
        return False
    if len(chunks(line)) >= 2:
        return False  # "KEEMPAT <tab> : ...": a tabbed label starts an entry of its own
    if _title_part(prev, line):
        return False  # "NOMOR : …" under "KEPUTUSAN …" is a new part even if it would fit
    if _centered(prev, line):
        # A centred line was wrapped when it was (nearly) as wide as the text column, and the
        # line it wrapped into is not wider.
        first_word = line.text.split(" ", 1)[0]
        needed = (len(first_word) + 1) * prev.char_width
        width = prev.x1 - prev.x0
        if line.x1 - line.x0 > width and is_caps(prev.text) and is_caps(line.text):
            return False  # stacked title lines: the first would be the longest if wrapped
        return width + needed >= right_limit - left_limit - 2 * prev.char_width
    if len(current) >= 2 and abs(line.x0 - current[-1].x0) > _INDENT_JUMP:
        return False  # indented or outdented against the paragraph's running lines
    if len(current) == 1 and line.x0 < prev.x0 - _INDENT_JUMP:
        return False  # back to the margin after a single indented line
    return wrapped(prev, line, right_limit)


def cell_text(lines: list[Line], right_limit: float) -> str:
    """A table cell's text: wrapped lines joined, paragraphs and list items one per line."""
    return "\n".join(p.text for p in paragraphs(lines, right_limit))


# ---- headings -----------------------------------------------------------------------------

HEADING_MAX_CHARS = 150


def body_size(lines: list[Line]) -> float:
    """The font size most characters are set in."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 11.0


def is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def heading_rank(p: Paragraph, body: float) -> tuple[bool, float]:
    """(is heading, font size). A heading is a short paragraph that is larger than the body
    text by more than 1 pt, or set entirely in bold, or written in capitals."""
    if len(p.text) > HEADING_MAX_CHARS or len(p.lines) > 3:
        return False, 0.0
    size = max(ln.size for ln in p.lines)
    larger = size >= body + 1.0
    bold = all(ln.bold for ln in p.lines)
    return (larger or bold or is_caps(p.text)), size


def heading_levels(sizes: list[float], body: float) -> dict[float, int]:
    """Larger fonts get smaller levels; body-size headings (bold/capitals) come after them."""
    bigger = sorted({round(s * 2) / 2 for s in sizes if s >= body + 1.0}, reverse=True)
    levels = {s: min(i + 1, 9) for i, s in enumerate(bigger)}
    levels[0.0] = min(len(bigger) + 1, 9)  # key for "not larger than body"
    return levels
