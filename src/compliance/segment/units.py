"""Reading units: the document flattened into lines and labelled table rows.

Every layout ingest produces (paragraph headings, lettered lists, inline "Label : value",
2- or 3-column tables, one-column tables, label rows above content rows) becomes one stream of
`Unit`s, so that a single pass can find services and components in all of them.

A table gets a label column when one of its columns holds component labels (found by content,
not position); its rows become `row` units (label + content cells). Other tables, and rows that
span the whole table, become `line` units like paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from compliance.model import COMPONENT_IDS, Block, Cell, Document, Location, Row
from compliance.segment.labels import LabelMatch, match_label
from compliance.segment.text import clean, split_number, tokens

_COMPONENTS = frozenset(COMPONENT_IDS)
# the NO column: "1", "1.", "a", "IV.", "(2)"
_NO_CELL = re.compile(r"^\s*\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[IVXLC]{1,6})[.)]?\s*$")
_HEADER_WORDS = frozenset(
    "no nomor komponen komponen2 uraian keterangan standar pelayanan deskripsi isi penjelasan "
    "rincian unsur uraian keterangan dan".split()
)


@dataclass(frozen=True)
class Unit:
    kind: Literal["line", "row"]
    text: str  # the line as written; for a row, the label cell as written
    number: str | None  # leading list marker of the line ("1.", "C."), or of the row's NO cell
    body: str  # `text` without its marker, whitespace collapsed
    location: Location
    block: int  # index of the block in Document.blocks
    block_kind: str
    level: int | None = None
    content: tuple[str, ...] = ()  # row: content lines of the cells right of the label
    label_continued: bool = False  # row: the label cell continues a vertical merge
    header: bool = False  # row: a "NO | KOMPONEN | URAIAN" header


# a typed bullet inside a line: " • ", " ▪ ", " > " (split before it, so items keep their mark)
_INLINE_BULLET = re.compile(r"\s+(?=[•▪►●◦‣>]\s)")


@lru_cache(maxsize=16384)
def split_label(text: str, cell: bool = False) -> tuple[LabelMatch | None, str, tuple[str, ...]]:
    """Read a cell or line as (label match, label as written, inline content lines).

    Tries the part before the first colon ("Biaya : Gratis", "Jaminan Pelayanan : -"), then
    the whole text, then its first line ("Persyaratan\n1. KTP").
    """
    whole = clean(text)
    if not whole:
        return None, "", ()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    first = lines[0] if lines else whole
    if ":" in first:
        left, right = first.split(":", 1)
        if left.strip():
            m = match_label(left, cell)
            if m:
                rest = ([right.strip()] if right.strip() else []) + lines[1:]
                return m, clean(left), tuple(rest)
    bullet = _INLINE_BULLET.search(first)
    if bullet:
        # "Dasar Hukum • Permenkes 43/2019 • Perda 5/2020": a PDF reader may join a label and
        # its bulleted lines into one; the first bullet ends the label like a colon would
        left = first[: bullet.start()]
        m = match_label(left, cell)
        if m:
            rest = [p.strip() for p in _INLINE_BULLET.split(first[bullet.start() :]) if p.strip()]
            return m, clean(left), (*rest, *lines[1:])
    m = match_label(whole, cell)
    if m:
        if not cell and not match_label(whole, cell, strict=True):
            # "12. Jaminan Pelayanan Maklumat pelayanan": a label and its content on one line
            # with no colon; the longest prefix that is the label alone ends the label
            words = whole.split()
            for k in range(len(words) - 1, 0, -1):
                head = match_label(" ".join(words[:k]), cell, strict=True)
                if head is not None and head.key == m.key:
                    return m, " ".join(words[:k]), (" ".join(words[k:]),)
        return m, whole.rstrip(": ").strip(), ()
    if len(lines) > 1:
        m = match_label(lines[0], cell)
        if m:
            return m, lines[0].rstrip(": ").strip(), tuple(lines[1:])
    return None, whole, ()


def _is_component(text: str) -> bool:
    m, _, _ = split_label(text, cell=True)
    return m is not None and m.key in _COMPONENTS


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def _covering(row: Row, col: int) -> Cell | None:
    for cell in row.cells:
        if cell.col <= col < cell.col + cell.span:
            return cell
    return None


def label_column(rows: tuple[Row, ...]) -> int | None:
    """The grid column holding component labels: the one with most label cells (≥ 2)."""
    counts: dict[int, int] = {}
    width = max((c.col + c.span for r in rows for c in r.cells), default=0)
    if width < 2:
        return None
    for row in rows:
        for cell in row.cells:
            # a cell spanning the whole width is a title or content row, not a label cell
            if cell.continued or not cell.text.strip() or cell.span >= width:
                continue
            if _is_component(cell.text):
                counts[cell.col] = counts.get(cell.col, 0) + 1
    if not counts:
        return None
    col, n = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
    return col if n >= 2 or len(rows) <= 3 else None


def _count_in(rows: tuple[Row, ...], col: int) -> int:
    return sum(1 for r in rows if (c := _covering(r, col)) is not None and _is_component(c.text))


def _is_header(texts: list[str]) -> bool:
    if any(len(t) > 40 for t in texts):
        return False
    words = [w for t in texts for w in tokens(t)]
    return bool(words) and all(w in _HEADER_WORDS or w.isdigit() for w in words) and any(
        w in ("komponen", "uraian", "keterangan", "deskripsi", "penjelasan") for w in words
    )


def _line_units(text: str, block: Block, index: int, location: Location) -> list[Unit]:
    out: list[Unit] = []
    for i, line in enumerate(_lines(text)):
        number, body = split_number(line, block.label if i == 0 and block.kind != "table" else None)
        out.append(
            Unit("line", line, number, clean(body), location, index, block.kind, block.level)
        )
    return out


def _label_row(rows: tuple[Row, ...]) -> int | None:
    """A row holding ≥ 3 component labels side by side: the table is transposed
    ("Persyaratan | Prosedur | Waktu | Biaya" with the contents in the rows below)."""
    for i, row in enumerate(rows):
        cells = [c for c in row.cells if not c.continued and c.text.strip()]
        if len(cells) >= 3 and sum(_is_component(c.text) for c in cells) >= 3:
            return i
    return None


# The header cell of the column that names the service in a transposed matrix
_SERVICE_COLUMN = re.compile(r"^(?:jenis|nama)?\s*(?:pelayanan|layanan)(?:\s+publik)?$", re.I)


def _matrix_units(block: Block, index: int, head: int) -> list[Unit] | None:
    """A matrix: components as the header row, one row per service ("No | Jenis Layanan |
    Dasar Hukum | Persyaratan | …"). Each data row becomes a service title line followed by
    its own component rows. None when the table has no service-name column."""
    header = block.rows[head]
    named = [
        c for c in header.cells if not c.continued and _SERVICE_COLUMN.match(clean(c.text) or "")
    ]
    data = [r for r in block.rows[head + 1 :] if any(c.text.strip() for c in r.cells)]
    if not named or len(data) < 2:
        return None
    labels = [c for c in header.cells if not c.continued and _is_component(c.text)]
    out: list[Unit] = []
    for row in data:
        name_cell = _covering(row, named[0].col)
        name = clean(name_cell.text) if name_cell is not None else ""
        if not name:
            continue
        # the line a reader would see as the title of this service
        title = f"Jenis Layanan : {name}"
        out.append(Unit("line", title, None, title, row.location, index, "table"))
        for cell in labels:
            below = _covering(row, cell.col)
            content = tuple(_lines(below.text)) if below is not None and not below.continued else ()
            text = cell.text.strip()
            out.append(
                Unit("row", text, None, clean(text), row.location, index, "table", content=content)
            )
    return out


def _transposed_units(block: Block, index: int, head: int) -> list[Unit]:
    matrix = _matrix_units(block, index, head)
    if matrix is not None:
        return matrix
    out: list[Unit] = []
    header = block.rows[head]
    for cell in header.cells:
        if cell.continued or not cell.text.strip():
            continue
        below = [_covering(r, cell.col) for r in block.rows[head + 1 :]]
        content = tuple(
            ln for c in below if c is not None and not c.continued for ln in _lines(c.text)
        )
        text = cell.text.strip()
        out.append(
            Unit("row", text, None, clean(text), header.location, index, "table", content=content)
        )
    return out


def _number_columns(rows: tuple[Row, ...], col: int) -> frozenset[int]:
    """Columns right of the label that only count rows ("KOMPONEN | NO. | URAIAN"): most of
    their filled cells are list numbers. A NO column left of the label needs no such proof."""
    filled: dict[int, int] = {}
    numbered: dict[int, int] = {}
    for row in rows:
        for cell in row.cells:
            if cell.col > col and not cell.continued and cell.text.strip():
                filled[cell.col] = filled.get(cell.col, 0) + 1
                numbered[cell.col] = numbered.get(cell.col, 0) + bool(_NO_CELL.match(cell.text))
    return frozenset(c for c, n in numbered.items() if n >= 3 and n >= 0.8 * filled[c])


def _service_columns(rows: tuple[Row, ...], col: int) -> tuple[int, list[Cell]] | None:
    """Services side by side: a header row "NO | KOMPONEN | PASPOR BARU | PASPOR HILANG" whose
    cells right of the label column name services (not "Uraian"/"Keterangan", not components).
    Returns (header row index, the service-name cells) or None."""
    for i, row in enumerate(rows[:2]):
        label = _covering(row, col)
        if label is None or _is_component(label.text):
            continue
        names = [c for c in row.cells if c.col > col and not c.continued and c.text.strip()]
        if len(names) >= 2 and not any(
            _is_component(c.text) or _is_header([c.text]) or len(c.text) > 80 for c in names
        ):
            return i, names
    return None


def _side_by_side_units(
    block: Block, index: int, col: int, head: int, names: list[Cell]
) -> list[Unit]:
    """One service per named column: its title line, then every labelled row with the content
    under that column (a cell merged across service columns belongs to each)."""
    out: list[Unit] = []
    for name in names:
        title = f"Jenis Layanan : {clean(name.text)}"
        out.append(Unit("line", title, None, title, block.rows[head].location, index, "table"))
        for row in block.rows[head + 1 :]:
            label = _covering(row, col)
            if label is None or label.continued or not label.text.strip():
                continue
            cell = _covering(row, name.col)
            content = tuple(_lines(cell.text)) if cell is not None and cell is not label else ()
            text = label.text.strip()
            out.append(
                Unit("row", text, None, clean(text), row.location, index, "table", content=content)
            )
    return out


def _table_units(block: Block, index: int) -> list[Unit]:
    col = label_column(block.rows)
    head = _label_row(block.rows)
    if head is not None and (col is None or _count_in(block.rows, col) < 3):
        return _transposed_units(block, index, head)
    side_by_side = _service_columns(block.rows, col) if col is not None else None
    if col is not None and side_by_side is not None:
        return _side_by_side_units(block, index, col, *side_by_side)
    counted = _number_columns(block.rows, col) if col is not None else frozenset()
    out: list[Unit] = []
    for row in block.rows:
        live = [c for c in row.cells if not c.continued and c.text.strip()]
        if col is None:
            for cell in live:
                out.extend(_line_units(cell.text, block, index, row.location))
            continue
        if not live:
            continue
        label = _covering(row, col)
        wide = label is not None and label.col + label.span > col + 1
        if wide and label is not None and not label.continued and not _is_component(label.text):
            # a cell running over label and content columns: a title, group or content row
            for cell in live:
                out.extend(_line_units(cell.text, block, index, row.location))
            continue
        if _is_header([c.text for c in live]):
            out.append(Unit("row", "", None, "", row.location, index, "table", header=True))
            continue
        others = [c for c in live if c is not label]
        numbers = [
            c for c in others if (c.col < col or c.col in counted) and _NO_CELL.match(c.text)
        ]
        number = clean(numbers[0].text) if numbers else None
        content_cells = [c for c in others if c not in numbers]
        text = label.text.strip() if label is not None and not label.continued else ""
        if not text and all(c.col < col for c in content_cells):
            # only the NO column has text: "B. MANUFACTURING"
            for cell in content_cells:
                out.extend(_line_units(cell.text, block, index, row.location))
            continue
        content = tuple(ln for c in content_cells for ln in _lines(c.text))
        out.append(
            Unit(
                "row",
                text,
                number,
                clean(text),
                row.location,
                index,
                "table",
                content=content,
                label_continued=label is not None and label.continued,
            )
        )
    return out


def reading_units(doc: Document) -> list[Unit]:
    units: list[Unit] = []
    for index, block in enumerate(doc.blocks):
        if block.kind == "table":
            units.extend(_table_units(block, index))
        else:
            units.extend(_line_units(block.text, block, index, block.location))
    return units


def document_lines(doc: Document) -> list[tuple[str, Location, int]]:
    """Every non-empty line of the body (table cells included), with where it is."""
    out: list[tuple[str, Location, int]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind == "table":
            for row in block.rows:
                for cell in row.cells:
                    if not cell.continued:
                        out.extend((ln, row.location, index) for ln in _lines(cell.text))
        else:
            out.extend((ln, block.location, index) for ln in _lines(block.text))
    return out
