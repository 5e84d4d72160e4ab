"""What a PDF page holds, as plain geometry: text segments, lines, rules and images.

Read with pypdfium2 only (about a millisecond per page). Coordinates are PDF points with the
origin at the page's top-left corner and y growing downwards (pdfplumber's convention), so
"sorted by top" is reading order.

A *segment* is one run of text that PDFium reports as a text rectangle (roughly one text
object on one line: a table cell's line, a paragraph's line). Segments are the unit we place
into table cells and columns, so a label cell and its content never share a segment.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# PDFium writes a hyphen that breaks a word at a line end as U+0002 or U+FFFE; line breaks
# it inserts between rectangles are only separators here.
_CLEAN = str.maketrans({"\x02": "-", "\ufffe": "-", "\r": " ", "\n": " "})
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|,b\b", re.IGNORECASE)
RULE_THICKNESS = 3.0  # a path thinner than this (pt) is a rule, not a box
RULE_MIN_LENGTH = 8.0


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # font size in pt
    bold: bool


@dataclass(frozen=True, slots=True)
class Line:
    """Segments that share one visual line, left to right."""

    segments: tuple[Segment, ...]
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def char_width(self) -> float:
        """Average advance of one character: used to guess whether a word would have fitted."""
        return (self.x1 - self.x0) / max(len(self.text), 1)


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line: horizontal (y fixed, from a to b on x) or vertical (x fixed)."""

    horizontal: bool
    pos: float  # y for horizontal, x for vertical
    a: float
    b: float


@dataclass(frozen=True, slots=True)
class PageGeometry:
    number: int  # 1-based
    width: float
    height: float
    segments: tuple[Segment, ...]
    rules: tuple[Rule, ...]
    chars: int  # characters in the text layer (0 for a scanned page)
    images: tuple[tuple[float, float, float, float], ...]  # (x0, top, x1, bottom) of each
    complex_paths: int  # boxes/curves/multi-segment paths we do not decompose ourselves


class Fonts:
    """Font size and boldness of the character at an index; boldness decided once per font."""

    def __init__(self) -> None:
        self.buf = ctypes.create_string_buffer(128)
        self.flags = ctypes.c_int()
        self.bold: dict[bytes, bool] = {}

    def __call__(self, raw, index: int) -> tuple[float, bool]:
        size = float(pdfium_c.FPDFText_GetFontSize(raw, index))
        n = pdfium_c.FPDFText_GetFontInfo(raw, index, self.buf, 128, ctypes.byref(self.flags))
        name = self.buf.raw[: max(n - 1, 0)]
        key = name + self.flags.value.to_bytes(4, "little", signed=True)
        bold = self.bold.get(key)
        if bold is None:
            # FontDescriptor flag 0x40000 is ForceBold; most producers leave the weight at 400
            # and only name the font "...-Bold".
            bold = (
                pdfium_c.FPDFText_GetFontWeight(raw, index) >= 600
                or bool(_BOLD_NAME.search(name.decode("latin-1", "replace")))
                or bool(self.flags.value & 0x40000)
            )
            self.bold[key] = bold
        return size, bold


def read_segments(textpage: pdfium.PdfTextPage, page_top: float, fonts: Fonts) -> list[Segment]:
    """One Segment per PDFium text rectangle. The page text is read once and cut where each
    rectangle's first character sits (rectangles follow character order)."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    buffer = (ctypes.c_ushort * (count * 2 + 2))()  # room for characters PDFium inserts
    written = pdfium_c.FPDFText_GetText(raw, 0, count, buffer)
    text = bytes(memoryview(buffer).cast("B")[: max(written - 1, 0) * 2]).decode(
        "utf-16-le", "ignore"
    )
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    starts: list[tuple[int, float, float, float, float, float, bool]] = []
    for i in range(pdfium_c.FPDFText_CountRects(raw, 0, -1)):
        pdfium_c.FPDFText_GetRect(raw, i, left, top, right, bottom)
        x0, y1, x1, y0 = left.value, top.value, right.value, bottom.value
        index = pdfium_c.FPDFText_GetCharIndexAtPos(
            raw, x0 + min(1.0, (x1 - x0) / 2), (y0 + y1) / 2, 1.0, (y1 - y0) / 2
        )
        if index < 0:
            continue
        pos = pdfium_c.FPDFText_GetTextIndexFromCharIndex(raw, index)
        if pos < 0:
            continue
        size, bold = fonts(raw, index)
        starts.append((pos, x0, page_top - y1, x1, page_top - y0, size, bold))
    starts.sort(key=lambda s: s[0])
    out: list[Segment] = []
    for k, (pos, x0, seg_top, x1, seg_bottom, size, bold) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        piece = text[pos:end].translate(_CLEAN)
        if piece.strip():
            out.append(Segment(piece, x0, seg_top, x1, seg_bottom, size, bold))
    return out


def _path_rules(handle, page_top: float) -> tuple[list[Rule], bool]:
    """Rules from one path object; the flag says the path is a shape we cannot read cheaply."""
    box = [ctypes.c_float() for _ in range(4)]
    if not pdfium_c.FPDFPageObj_GetBounds(handle, *box):
        return [], False
    left, bottom, right, top = (v.value for v in box)
    w, h = right - left, top - bottom
    y_top, y_bottom = page_top - top, page_top - bottom
    if h <= RULE_THICKNESS and w >= RULE_MIN_LENGTH:
        return [Rule(True, (y_top + y_bottom) / 2, left, right)], False
    if w <= RULE_THICKNESS and h >= RULE_MIN_LENGTH:
        return [Rule(False, (left + right) / 2, y_top, y_bottom)], False
    if w < RULE_MIN_LENGTH or h < RULE_MIN_LENGTH:
        return [], False  # a dot, a tick, a glyph-sized shape
    if pdfium_c.FPDFPath_CountSegments(handle) <= 5:
        # A rectangle (cell box or shaded cell): its four edges are rules.
        return [
            Rule(True, y_top, left, right),
            Rule(True, y_bottom, left, right),
            Rule(False, left, y_top, y_bottom),
            Rule(False, right, y_top, y_bottom),
        ], False
    return [], True


def read_page(pdf: pdfium.PdfDocument, index: int, fonts: Fonts) -> PageGeometry:
    page = pdf[index]
    try:
        # Text and path coordinates are in unrotated page space: flip y against the
        # media box, not against the (possibly rotated) display size.
        left, bottom, right, top = page.get_mediabox()
        width, height = right - left, top - bottom
        textpage = page.get_textpage()
        try:
            chars = textpage.count_chars()
            segments = read_segments(textpage, top, fonts) if chars else []
        finally:
            textpage.close()
        rules: list[Rule] = []
        images: list[tuple[float, float, float, float]] = []
        complex_paths = 0
        box = [ctypes.c_float() for _ in range(4)]
        for k in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
            handle = pdfium_c.FPDFPage_GetObject(page.raw, k)
            kind = pdfium_c.FPDFPageObj_GetType(handle)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                found, complex_shape = _path_rules(handle, top)
                rules.extend(found)
                complex_paths += complex_shape
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                if pdfium_c.FPDFPageObj_GetBounds(handle, *box):
                    x0, y0, x1, y1 = (v.value for v in box)
                    images.append((x0, top - y1, x1, top - y0))
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                complex_paths += 1  # nested content: let pdfplumber flatten it if it matters
    finally:
        page.close()
    return PageGeometry(
        index + 1, width, height, tuple(segments), tuple(rules), chars, tuple(images),
        complex_paths,
    )


# ---- lines --------------------------------------------------------------------------------


def make_line(segments: list[Segment]) -> Line:
    if len(segments) == 1:  # the common case in tables: one run per line
        s = segments[0]
        return Line((s,), " ".join(s.text.split()), s.x0, s.top, s.x1, s.bottom, s.size, s.bold)
    segments = sorted(segments, key=lambda s: s.x0)
    parts: list[str] = []
    prev: Segment | None = None
    for s in segments:
        text = s.text
        if prev is not None:
            gap = s.x0 - prev.x1
            if gap > 0.15 * s.size and not parts[-1].endswith(" ") and not text.startswith(" "):
                parts.append(" ")
        parts.append(text)
        prev = s
    text = " ".join("".join(parts).split())
    big = max(segments, key=lambda s: len(s.text))
    return Line(
        tuple(segments),
        text,
        min(s.x0 for s in segments),
        min(s.top for s in segments),
        max(s.x1 for s in segments),
        max(s.bottom for s in segments),
        big.size,
        all(s.bold for s in segments if s.text.strip()),
    )


def group_lines(segments: list[Segment] | tuple[Segment, ...]) -> list[Line]:
    """Group segments into visual lines, top to bottom: a segment joins a line when their
    vertical extents overlap by more than half the smaller height."""
    rows: list[list[Segment]] = []
    spans: list[tuple[float, float]] = []  # each row's (top, bottom) so far
    for s in sorted(segments, key=lambda s: (s.top, s.x0)):
        top, bottom = s.top, s.bottom
        for k in range(len(rows) - 1, max(len(rows) - 4, -1), -1):  # only the last few rows
            r_top, r_bottom = spans[k]
            overlap = min(r_bottom, bottom) - max(r_top, top)
            if overlap > 0.5 * min(r_bottom - r_top, bottom - top):
                rows[k].append(s)
                spans[k] = (min(r_top, top), max(r_bottom, bottom))
                break
        else:
            rows.append([s])
            spans.append((top, bottom))
    lines = [make_line(r) for r in rows]
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines
