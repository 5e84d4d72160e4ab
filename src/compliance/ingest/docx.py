"""Read a Word package (.docx) into a `Document`: blocks in reading order, as a reader sees them.

The body of word/document.xml is walked with lxml directly (python-docx's cell access re-parses
and is ~15x slower on big tables). What the reader sees is what we keep:

- automatic list numbers are rendered from numbering.xml ("1.", "a.", "1.2.", "•");
- tracked changes are read as accepted: insertions kept, deletions and move-sources dropped;
- content controls, smart tags, hyperlinks and simple fields are unwrapped; field codes dropped;
- text boxes (and shapes with text) become paragraphs right after their anchor paragraph; of
  mc:AlternateContent only one branch is read, so nothing appears twice;
- merged table cells appear once (`Cell.span`, `Cell.continued`), nested tables are flattened
  into their cell's text;
- page headers/footers go to `Document.headers`/`footers`, never into the body.

Paragraph numbering (`Location.paragraph`) counts every body paragraph, empty ones included,
so "paragraph N" matches a count a person would make in Word; empty paragraphs produce no block.
Text-box paragraphs carry the location of their anchor paragraph.

Headings are paragraphs whose style (or a style it is based on) is "Heading N"/"Judul N", has
an outline level, or is the Title style (level 1); a direct w:outlineLvl wins. Bold or capitalised
"visual headings" are left to segmentation. A paragraph without Word numbering that starts with a
typed marker ("1.", "a)", "-") is a list item with that label (level None), as in PDFs.

Not read: footnotes/endnotes, comments, hidden text (w:vanish), symbol-font characters (w:sym).
A table row deleted with change tracking on is dropped.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from compliance.errors import CheckError
from compliance.ingest.numbering import (
    ListCounter,
    NumberingDefinitions,
    parse_numbering,
    typed_marker,
)
from compliance.ingest.safety import parse_xml, read_member
from compliance.model import Block, Cell, Document, Location, Metadata, Row

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_P, W_R, W_T, W_TBL, W_TR, W_TC = map(_w, ("p", "r", "t", "tbl", "tr", "tc"))
W_BODY, W_SDT, W_SDTCONTENT, W_CUSTOMXML = map(_w, ("body", "sdt", "sdtContent", "customXml"))
W_PPR, W_PSTYLE, W_NUMPR, W_ILVL, W_NUMID = map(_w, ("pPr", "pStyle", "numPr", "ilvl", "numId"))
W_OUTLINELVL, W_SECTPR, W_TCPR, W_TRPR = map(_w, ("outlineLvl", "sectPr", "tcPr", "trPr"))
W_GRIDSPAN, W_VMERGE, W_GRIDBEFORE = map(_w, ("gridSpan", "vMerge", "gridBefore"))
W_TAB, W_PTAB, W_BR, W_CR = map(_w, ("tab", "ptab", "br", "cr"))
W_NOBREAKHYPHEN, W_DRAWING, W_PICT, W_OBJECT = map(
    _w, ("noBreakHyphen", "drawing", "pict", "object")
)
W_TXBXCONTENT, W_VAL, W_RPR, W_DEL = _w("txbxContent"), _w("val"), _w("rPr"), _w("del")
W_HEADERREF, W_FOOTERREF = _w("headerReference"), _w("footerReference")
W_STYLE, W_NAME, W_BASEDON = _w("style"), _w("name"), _w("basedOn")
W_STYLEID, W_TYPE, W_DEFAULT = _w("styleId"), _w("type"), _w("default")
_TRUE = frozenset({"1", "true", "on"})
MC_ALT = f"{{{MC_NS}}}AlternateContent"
MC_CHOICE, MC_FALLBACK = f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"
M_OMATH, M_OMATHPARA, M_T = f"{{{M_NS}}}oMath", f"{{{M_NS}}}oMathPara", f"{{{M_NS}}}t"
A_BLIP, V_IMAGEDATA = f"{{{A_NS}}}blip", f"{{{V_NS}}}imagedata"
R_ID = f"{{{R_NS}}}id"
PKG_REL = f"{{{PKG_REL_NS}}}Relationship"

# What the paragraph pass does with an element, by tag (absent: nothing).
_TEXT, _CHAR, _STYLE, _NUMID, _ILVL, _OUTLINE, _SECTION, _JUMPED, _BRANCH, _PICTURE = range(10)
_CHARS = {W_TAB: "\t", W_PTAB: "\t", W_BR: "\n", W_CR: "\n", W_NOBREAKHYPHEN: "-"}
_KINDS: dict[str, int] = {
    W_T: _TEXT,
    M_T: _TEXT,
    **dict.fromkeys(_CHARS, _CHAR),
    W_PSTYLE: _STYLE,
    W_NUMID: _NUMID,
    W_ILVL: _ILVL,
    W_OUTLINELVL: _OUTLINE,
    W_SECTPR: _SECTION,
    # subtrees holding nothing a reader sees in the final text (run properties: only to
    # save time, Word writes several per run)
    **dict.fromkeys(
        map(_w, ("del", "moveFrom", "pPrChange", "instrText", "delText", "fldData", "rPr")),
        _JUMPED,
    ),
    MC_CHOICE: _BRANCH,
    MC_FALLBACK: _BRANCH,
    W_DRAWING: _PICTURE,
    W_PICT: _PICTURE,
    W_OBJECT: _PICTURE,
}
_BLOCK_WRAPPERS = frozenset({W_SDTCONTENT, W_CUSTOMXML, _w("ins"), _w("moveTo")})

_HEADING_NAME = re.compile(r"^(?:heading|judul)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = frozenset({"title", "judul"})
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_NEEDS_CLEANING = re.compile("[\t\n\u00a0\u2007\u202f\u00ad\u200b-\u200d\ufeff]|  ")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"))


# ---- styles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ParaStyle:
    heading: int | None
    num_id: str | None
    ilvl: int | None


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None  # from w:pPr/w:numPr ("0" = numbering switched off)
    ilvl: int | None
    outline: int | None  # w:outlineLvl 0..8 (9 = body text)


class _StyleTable:
    """The w:style elements of one styles.xml by id, and the default paragraph style. Decoded
    styles are cached here too: a pure function of the part's bytes, so one table serves every
    document that carries the same styles.xml (see `_style_table`)."""

    def __init__(self, root: etree._Element | None) -> None:
        self.elements: dict[str, etree._Element] = {}
        self.decoded: dict[str, _Style | None] = {}
        self.default: str | None = None
        if root is not None:
            for st in root.iterfind(W_STYLE):
                sid = st.get(W_STYLEID)
                if sid is None:
                    continue
                self.elements[sid] = st
                if st.get(W_TYPE, "paragraph") == "paragraph" and st.get(W_DEFAULT) in _TRUE:
                    self.default = sid


# styles.xml is by far the largest part of a typical package (python-docx's template: 350 KB,
# ~75% of a small document's parse time) and documents made from one template share it byte
# for byte, so parsed tables are kept per process. The key is the member as stored (method,
# CRC, declared size, compressed bytes): everything zipfile turns into the part's bytes, so a
# hit skips even the decompression and equals what reading and parsing would give.
_STYLE_TABLES: dict[tuple, _StyleTable] = {}
_STYLE_TABLES_MAX = 4
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature ... file name length, extra length


def _stored(zf: zipfile.ZipFile, name: str) -> tuple | None:
    """A key for the member `name` as stored in the zip; None when it cannot be read plainly
    (encrypted, odd header): the caller then reads it the normal way."""
    try:
        info = zf.getinfo(name)
        if info.flag_bits & 0x1 or zf.fp is None:
            return None
        fp = zf.fp
        fp.seek(info.header_offset)
        sig, name_len, extra_len = _LOCAL_HEADER.unpack(fp.read(_LOCAL_HEADER.size))
        if sig != b"PK\x03\x04":
            return None
        fp.seek(info.header_offset + _LOCAL_HEADER.size + name_len + extra_len)
        data = fp.read(info.compress_size)
    except (KeyError, OSError, ValueError, struct.error):
        return None
    if len(data) != info.compress_size:
        return None
    return (info.compress_type, info.CRC, info.file_size, info.flag_bits, data)


def _remember(cache: dict, key: tuple, value: object) -> None:
    if len(cache) >= _STYLE_TABLES_MAX:
        del cache[next(iter(cache))]  # oldest first
    cache[key] = value


def _style_table(pkg: _Package, name: str | None) -> tuple[_StyleTable, tuple | None]:
    """The styles table and its cache key (None: not cacheable)."""
    if name is None or name not in pkg.names:
        return _StyleTable(None), ("no styles",)
    key = _stored(pkg.zf, name)
    table = _STYLE_TABLES.get(key) if key is not None else None
    if table is None:
        table = _StyleTable(parse_xml(read_member(pkg.zf, name, pkg.shown), name, pkg.shown))
        if key is not None:
            _remember(_STYLE_TABLES, key, table)
    return table, key


# numbering.xml likewise (template lists); its definitions also follow numbering styles from
# styles.xml, so the key is both parts. NumberingDefinitions is read-only: list counters live
# in each document's ListCounter.
_NUMBERINGS: dict[tuple, NumberingDefinitions] = {}


def _numbering(
    pkg: _Package, name: str | None, styles: Styles, styles_key: tuple | None
) -> NumberingDefinitions:
    if name is None or name not in pkg.names:
        return parse_numbering(None, styles.num_id)
    key = _stored(pkg.zf, name)
    full = (key, styles_key) if key is not None and styles_key is not None else None
    found = _NUMBERINGS.get(full) if full is not None else None
    if found is None:
        root = parse_xml(read_member(pkg.zf, name, pkg.shown), name, pkg.shown)
        found = parse_numbering(root, styles.num_id)
        if full is not None:
            _remember(_NUMBERINGS, full, found)
    return found


class Styles:
    """Paragraph styles with basedOn inheritance resolved on demand (and cached)."""

    def __init__(self, root: etree._Element | _StyleTable | None) -> None:
        # Only the styles a document uses are decoded (templates carry hundreds).
        table = root if isinstance(root, _StyleTable) else _StyleTable(root)
        self._elements = table.elements
        self._styles = table.decoded
        self.default = table.default
        self._heading: dict[str, int | None] = {}
        self._numbering: dict[str, tuple[str | None, int | None]] = {}
        self._levels: NumberingDefinitions | None = None

    def get(self, style_id: str | None) -> _Style | None:
        if style_id is None:
            return None
        if style_id not in self._styles:
            el = self._elements.get(style_id)
            self._styles[style_id] = _style(el) if el is not None else None
        return self._styles[style_id]

    def num_id(self, style_id: str) -> str | None:
        """The numId a numbering style stands for (numbering.xml's numStyleLink)."""
        st = self.get(style_id)
        return st.num_id if st is not None else None

    def paragraph_info(self, style_id: str | None) -> _ParaStyle:
        """What a paragraph with this style (None: the default style) inherits: heading
        level and list membership (numId, ilvl; ilvl from the list level bound to the style
        when the style does not say)."""
        sid = style_id or self.default
        if sid is None:
            return _ParaStyle(None, None, None)
        num_id, ilvl = self.numbering(sid)
        if num_id is not None and ilvl is None and self._levels is not None:
            ilvl = self._levels.level_for_style(num_id, sid)
        return _ParaStyle(self.heading_level(sid), num_id, ilvl)

    def bind_numbering(self, definitions: NumberingDefinitions) -> None:
        self._levels = definitions

    def heading_level(self, style_id: str) -> int | None:
        if style_id not in self._heading:
            self._heading[style_id] = self._resolve_heading(style_id, 0)
        return self._heading[style_id]

    def _resolve_heading(self, style_id: str, depth: int) -> int | None:
        st = self.get(style_id)
        if st is None or depth > 20:
            m = _HEADING_NAME.match(style_id.replace("-", " "))
            return int(m.group(1)) if m and depth == 0 else None
        if st.outline is not None:
            return st.outline + 1 if st.outline < 9 else None
        for candidate in (st.name, style_id):
            m = _HEADING_NAME.match(candidate)
            if m:
                return int(m.group(1))
            if candidate.lower() in _TITLE_NAMES:
                return 1
        return self._resolve_heading(st.based_on, depth + 1) if st.based_on else None

    def numbering(self, style_id: str) -> tuple[str | None, int | None]:
        """(numId, ilvl) the style gives its paragraphs, following basedOn."""
        if style_id not in self._numbering:
            num_id: str | None = None
            ilvl: int | None = None
            sid: str | None = style_id
            for _ in range(20):
                st = self.get(sid)
                if st is None:
                    break
                if ilvl is None:
                    ilvl = st.ilvl
                if st.num_id is not None:
                    num_id = st.num_id
                    break
                sid = st.based_on
            self._numbering[style_id] = (num_id, ilvl)
        return self._numbering[style_id]


def _val(el: etree._Element | None) -> str | None:
    return None if el is None else el.get(W_VAL)


def _int_val(el: etree._Element | None) -> int | None:
    return _int(_val(el))


def _style(st: etree._Element) -> _Style:
    ppr = st.find(W_PPR)
    numpr = ppr.find(W_NUMPR) if ppr is not None else None
    return _Style(
        name=_val(st.find(W_NAME)) or "",
        based_on=_val(st.find(W_BASEDON)),
        num_id=_val(numpr.find(W_NUMID)) if numpr is not None else None,
        ilvl=_int_val(numpr.find(W_ILVL)) if numpr is not None else None,
        outline=_int_val(ppr.find(W_OUTLINELVL)) if ppr is not None else None,
    )


# ---- text --------------------------------------------------------------------------------


def clean_text(raw: str) -> str:
    """What a reader sees: tabs and runs of spaces as one space, invisible characters gone,
    each line trimmed, no leading/trailing empty lines."""
    if raw.isascii():  # the common case, cheaply (isascii is O(1))
        if "\t" not in raw and "\n" not in raw and "  " not in raw:
            return raw.strip(" ")
    elif _NEEDS_CLEANING.search(raw) is None:
        return raw.strip(" ")
    text = raw.translate(_INVISIBLE)
    if "\n" not in text:
        return _SPACES.sub(" ", text).strip()
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n")).strip("\n")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _after(el: etree._Element, stop: etree._Element) -> etree._Element | None:
    """The node that follows `el`'s subtree in document order, inside `stop` (None: none)."""
    while el is not stop:
        nxt = el.getnext()
        if nxt is not None:
            return nxt
        el = el.getparent()
        if el is None:
            return None
    return None


def _unused_branch(el: etree._Element) -> bool:
    """Is this mc:Choice/mc:Fallback a branch we do not read (only the first Choice, or the
    Fallback when there is no Choice, is read)?"""
    prev = el.getprevious()
    while prev is not None:
        if prev.tag == MC_CHOICE:
            return True
        prev = prev.getprevious()
    return False


def _branch(alt: etree._Element) -> etree._Element | None:
    """One branch of mc:AlternateContent: the first Choice, else the Fallback."""
    choice = alt.find(MC_CHOICE)
    return choice if choice is not None else alt.find(MC_FALLBACK)


def _is_picture(drawing: etree._Element) -> bool:
    """A drawing counts as a picture unless it is just one text box (a flowchart of shapes,
    a photo, a scanned page all count)."""
    boxes = 0
    for el in drawing.iter(A_BLIP, V_IMAGEDATA, W_TXBXCONTENT):
        if el.tag != W_TXBXCONTENT:
            return True
        boxes += 1
    return boxes != 1


# ---- the walker --------------------------------------------------------------------------


@dataclass
class _Para:
    text: str
    label: str | None
    level: int | None
    heading: int | None
    boxes: list[etree._Element]


class _Walker:
    """Walks one part (body, a header, a footer) in reading order, producing blocks.

    Mutable by nature (list counters, running paragraph/table numbers); lives for one part.
    """

    def __init__(self, styles: Styles, numbering: NumberingDefinitions, typed: bool) -> None:
        self.styles = styles
        self.numbering = numbering
        self.counter = ListCounter(numbering)
        self._style_info: dict[str | None, _ParaStyle] = {}
        self.typed = typed  # recognise typed list markers (body paragraphs only)
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.tables = 0
        self.images = 0
        self.sect_refs: list[tuple[str, str]] = []  # (kind, relationship id) in order
        self._in_box = 0

    # -- block level --

    def body(self, parent: etree._Element) -> None:
        for el in parent:
            tag = el.tag
            if tag == W_P:
                self._body_paragraph(el)
            elif tag == W_TBL:
                self._body_table(el)
            elif tag == W_SDT:
                content = el.find(W_SDTCONTENT)
                if content is not None:
                    self.body(content)
            elif tag in _BLOCK_WRAPPERS:
                self.body(el)
            elif tag == MC_ALT:
                branch = _branch(el)
                if branch is not None:
                    self.body(branch)
            elif tag == W_SECTPR:
                self._section(el)

    def _section(self, sect: etree._Element) -> None:
        for ref in sect:
            if ref.tag == W_HEADERREF or ref.tag == W_FOOTERREF:
                rid = ref.get(R_ID)
                if rid:
                    self.sect_refs.append(("header" if ref.tag == W_HEADERREF else "footer", rid))

    def _body_paragraph(self, p: etree._Element) -> None:
        self.paragraphs += 1
        para = self.paragraph(p, body=True)
        loc = Location(paragraph=self.paragraphs)
        if para.text:
            if para.heading is not None:
                kind, level = "heading", para.heading
            elif para.label is not None:
                kind, level = "list_item", para.level
            else:
                kind, level = "paragraph", None
            self.blocks.append(Block(kind, para.text, loc, level, para.label))
        for box in para.boxes:
            for text in self._box_texts(box):
                self.blocks.append(Block("paragraph", text, loc))

    def _body_table(self, tbl: etree._Element) -> None:
        self.tables += 1
        t = self.tables
        rows = tuple(
            Row(cells, Location(table=t, row=r)) for r, cells in enumerate(self.table_rows(tbl), 1)
        )
        if not rows:
            return
        text = "\n".join(" | ".join(c.text for c in row.cells) for row in rows)
        self.blocks.append(Block("table", text, Location(table=t), rows=rows))

    # -- paragraphs --

    def paragraph(self, p: etree._Element, body: bool = False) -> _Para:
        """Text, rendered number and heading level of one w:p (advances list counters).
        Typed list markers are looked for only in body paragraphs (`body`).

        One flat pass over the paragraph's subtree (no per-element function calls, no tag
        matchers: this loop is the hot path of big documents); subtrees nobody reads (deleted
        text, the unused mc:AlternateContent branch, drawings, revision history) are jumped.
        """
        parts: list[str] = []
        boxes: list[etree._Element] = []
        style_id = num_id = None
        ilvl = outline = None
        it = p.iter()
        next(it)  # p itself
        resume: etree._Element | None = None  # first element after a jumped subtree
        kinds = _KINDS
        for el in it:
            if resume is not None:
                if el is not resume:
                    continue
                resume = None
            kind = kinds.get(el.tag)
            if kind is None:  # runs, properties, bookmarks...: nothing to do
                continue
            if kind == _TEXT:
                value = el.text
                if value:
                    parts.append(value)
            elif kind == _CHAR:
                parts.append(_CHARS[el.tag])
            elif kind == _STYLE:
                style_id = el.get(W_VAL)
            elif kind == _NUMID:
                num_id = el.get(W_VAL)
            elif kind == _ILVL:
                ilvl = _int(el.get(W_VAL))
            elif kind == _OUTLINE:
                outline = _int(el.get(W_VAL))
            elif kind == _SECTION:
                self._section(el)
            elif kind == _JUMPED or (kind == _BRANCH and _unused_branch(el)):
                resume = _after(el, p)
                if resume is None:
                    break
            elif kind == _PICTURE:
                if not self._in_box:  # nested boxes are read with their outer box
                    if _is_picture(el):
                        self.images += 1
                    boxes.extend(el.iter(W_TXBXCONTENT))
                resume = _after(el, p)
                if resume is None:
                    break
        text = clean_text("".join(parts)) if parts else ""

        style = self._style_info.get(style_id)
        if style is None:
            style = self._style_info[style_id] = self.styles.paragraph_info(style_id)
        heading = style.heading
        if outline is not None:
            heading = outline + 1 if outline < 9 else None
        label: str | None = None
        level: int | None = None
        if num_id is None and style.num_id is not None:
            num_id = style.num_id
            if ilvl is None:
                ilvl = style.ilvl
        if num_id is not None and num_id != "0":
            label = self.counter.label(num_id, ilvl or 0)
            if label is not None:
                level = ilvl or 0
                text = f"{label} {text}" if text else ""
        elif body and self.typed and text:
            label = typed_marker(text)
        return _Para(text, label, level, heading, boxes)

    def _box_texts(self, box: etree._Element) -> list[str]:
        """Texts of a text box's paragraphs (tables inside flattened), non-empty ones."""
        self._in_box += 1
        try:
            return [t for t in self._cell_pieces(box) if t]
        finally:
            self._in_box -= 1

    # -- tables --

    def table_rows(self, tbl: etree._Element) -> list[tuple[Cell, ...]]:
        rows = [self._row(tr) for tr in _children(tbl, W_TR)]
        return [cells for cells in rows if cells is not None]

    def _row(self, tr: etree._Element) -> tuple[Cell, ...] | None:
        """The cells of a table row, or None for a row deleted in tracked changes."""
        col = 0
        cells: list[Cell] = []
        for tc in _children(tr, W_TC, W_TRPR):
            if tc.tag == W_TRPR:
                for prop in tc:
                    if prop.tag == W_GRIDBEFORE:
                        col = _int(prop.get(W_VAL)) or 0
                    elif prop.tag == W_DEL:  # a row deleted with change tracking on
                        return None
                continue
            span = 1
            continued = False
            if len(tc) and tc[0].tag == W_TCPR:  # schema order: tcPr comes first
                for prop in tc[0]:
                    if prop.tag == W_GRIDSPAN:
                        span = max(_int(prop.get(W_VAL)) or 1, 1)
                    elif prop.tag == W_VMERGE:
                        continued = prop.get(W_VAL, "continue") == "continue"
            if continued:
                cells.append(Cell("", col, span, True))
            else:
                text = "\n".join([t for t in self._cell_pieces(tc) if t])
                cells.append(Cell(text, col, span))
            col += span
        return tuple(cells)

    def _cell_pieces(self, container: etree._Element) -> list[str]:
        """The text of each paragraph / nested table / text box in a cell (or box), in order."""
        out: list[str] = []
        for el in container:
            tag = el.tag
            if tag == W_P:
                para = self.paragraph(el)
                out.append(para.text)
                for box in para.boxes:
                    out.extend(self._box_texts(box))
            elif tag == W_TBL:
                rows = self.table_rows(el)
                out.append("\n".join(" | ".join(c.text for c in cells) for cells in rows))
            elif tag == W_SDT:
                content = el.find(W_SDTCONTENT)
                if content is not None:
                    out.extend(self._cell_pieces(content))
            elif tag in _BLOCK_WRAPPERS:
                out.extend(self._cell_pieces(el))
            elif tag == MC_ALT:
                branch = _branch(el)
                if branch is not None:
                    out.extend(self._cell_pieces(branch))
        return out


def _children(parent: etree._Element, *tags: str) -> Iterable[etree._Element]:
    """Children with one of `tags`, looking through content controls and custom XML."""
    for el in parent:
        if el.tag in tags:
            yield el
        elif el.tag == W_SDT:
            content = el.find(W_SDTCONTENT)
            if content is not None:
                yield from _children(content, *tags)
        elif el.tag in _BLOCK_WRAPPERS:
            yield from _children(el, *tags)


# ---- the package -------------------------------------------------------------------------


class _Package:
    """Lazy, safe access to the parts of an open zip."""

    def __init__(self, zf: zipfile.ZipFile, shown: str) -> None:
        self.zf = zf
        self.shown = shown
        self.names = set(zf.namelist())

    def xml(self, name: str, required: bool = False) -> etree._Element | None:
        if name not in self.names:
            if required:
                raise CheckError("docx-corrupt", f"bagian {name} tidak ada", self.shown)
            return None
        return parse_xml(read_member(self.zf, name, self.shown), name, self.shown)

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type, target part name) for `part`; external targets skipped."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        out: dict[str, tuple[str, str]] = {}
        if root is None:
            return out
        for rel in root.iter(PKG_REL):
            target = rel.get("Target")
            if not target or rel.get("TargetMode") == "External":
                continue
            if target.startswith("/"):
                name = target.lstrip("/")
            else:
                name = posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id", "")] = (rel.get("Type", ""), name)
        return out


W_SDTPR, W_SHOWING_PLACEHOLDER = _w("sdtPr"), _w("showingPlcHdr")


def _blank_placeholders(body: etree._Element) -> None:
    """A content control still showing its prompt ("Klik atau ketuk di sini untuk memasukkan
    teks.", a template's "[isi di sini]") holds no content: its text is dropped, in place."""
    for sdt in body.iter(W_SDT):
        props = sdt.find(W_SDTPR)
        if props is None or props.find(W_SHOWING_PLACEHOLDER) is None:
            continue
        content = sdt.find(W_SDTCONTENT)
        if content is not None:
            for text in content.iter(W_T):
                text.text = ""


def load_docx_package(zf: zipfile.ZipFile, main: str, shown: str) -> Document:
    """Read an opened, limit-checked Word package whose main part is `main`."""
    pkg = _Package(zf, shown)
    root = pkg.xml(main, required=True)
    if root.tag.startswith(f"{{{W_STRICT_NS}}}"):
        raise CheckError(
            "unsupported-format",
            "dokumen Word 'Strict Open XML' (simpan sebagai .docx biasa)",
            shown,
        )
    body = root.find(W_BODY)
    if body is None:
        raise CheckError("docx-corrupt", f"{main} tanpa isi dokumen (w:body)", shown)
    _blank_placeholders(body)
    rels = pkg.rels(main)
    by_type = {typ.rsplit("/", 1)[-1]: name for typ, name in rels.values()}
    table, styles_key = _style_table(pkg, by_type.get("styles"))
    styles = Styles(table)
    numbering = _numbering(pkg, by_type.get("numbering"), styles, styles_key)
    styles.bind_numbering(numbering)

    walker = _Walker(styles, numbering, typed=True)
    walker.body(body)

    headers: list[str] = []
    footers: list[str] = []
    seen_parts: set[str] = set()
    for kind, rid in walker.sect_refs:
        if rid not in rels or rels[rid][1] in seen_parts:
            continue
        part = rels[rid][1]
        seen_parts.add(part)
        text = _part_text(pkg, part, styles, numbering)
        target = headers if kind == "header" else footers
        if text and text not in target:
            target.append(text)

    return Document(
        path=shown,
        format="docx",
        blocks=tuple(walker.blocks),
        headers=tuple(headers),
        footers=tuple(footers),
        metadata=_metadata(pkg),
        images=walker.images,
    )


def _part_text(pkg: _Package, part: str, styles: Styles, numbering: NumberingDefinitions) -> str:
    """All text of a header/footer part, tables included, one line per block."""
    root = pkg.xml(part)
    if root is None:
        return ""
    walker = _Walker(styles, numbering, typed=False)
    walker.body(root)
    return "\n".join(b.text for b in walker.blocks)


_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"


def _metadata(pkg: _Package) -> Metadata:
    core_name = next(
        (n for t, n in pkg.rels("").values() if t.endswith("/core-properties")),
        "docProps/core.xml",
    )
    root = pkg.xml(core_name)
    if root is None:
        return Metadata()

    def text(tag: str) -> str | None:
        el = root.find(tag)
        value = (el.text or "").strip() if el is not None else ""
        return value or None

    return Metadata(
        title=text(f"{_DC}title"),
        author=text(f"{_DC}creator"),
        created=text(f"{_DCTERMS}created"),
        modified=text(f"{_DCTERMS}modified"),
    )
