"""Tables on a PDF page, from geometry: ruled grids and borderless columns.

Ruled tables: the page's ruling lines (from PDFium path objects, or from pdfplumber's edges on
pages whose drawings we cannot decompose cheaply) are grouped into connected grids. Column and
row boundaries are the grid's distinct x and y positions; a missing inner line between two
cells means a merged cell (horizontally: one cell with a `span`; vertically: a `continued`
cell below the one that holds the text). Each text segment goes to the cell that contains its
centre, so a label cell and its many-line content cell always land in one row.

Ruled grids are closed by the ends of their column rules when a page break cut a row and
left no horizontal rule there.

Borderless tables: a line that breaks into chunks at wide gaps fixes the columns; following
lines belong while their chunks fall into those columns (hanging indents allowed). It takes
three multi-column lines, or two with text running on below them, to make a table (two
tab-separated lines alone are paragraphs). A row starts at a line with first-column text,
unless that text is the wrapped continuation of the label above and the content beside it
runs on too.

`merge_continued` joins a table at the top of a page to the table ending the previous page
when their columns line up, dropping a repeated header row and joining a row split by the page
break into the row it started in.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from compliance.ingest.pdf_geometry import Line, Rule, Segment, group_lines, make_line
from compliance.ingest.pdf_text import cell_text, chunks, list_marker, wrapped

_SNAP = 3.5  # pt: rule positions closer than this are one grid line
_TOUCH = 1.0  # pt: a horizontal and a vertical rule this close are connected (they cross)
_MIN_BAND = 3.0  # pt: thinner rows/columns are double borders, not cells
_ALIGN = 6.0  # pt: chunks starting this close share a column
_COLUMN_MATCH = 4.0  # pt: column boundaries of a continued table match within this
_MAX_INDENT = 36.0  # pt: a line's text starts at most this far right of its column's start


@dataclass(slots=True)
class DraftCell:
    col: int
    span: int
    continued: bool
    text: str = ""


@dataclass(slots=True)
class DraftRow:
    page: int
    cells: list[DraftCell]

    def texts(self) -> list[str]:
        return [c.text for c in self.cells if not c.continued]


@dataclass(slots=True)
class DraftTable:
    page: int
    top: float
    bottom: float
    bounds: list[float]  # column boundaries, left to right (len = columns + 1)
    rows: list[DraftRow] = field(default_factory=list)

    @property
    def columns(self) -> int:
        return len(self.bounds) - 1


# ---- ruled grids --------------------------------------------------------------------------


def _cluster(values: list[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


def _connected(h: Rule, v: Rule) -> bool:
    return h.a - _TOUCH <= v.pos <= h.b + _TOUCH and v.a - _TOUCH <= h.pos <= v.b + _TOUCH


def _grids(rules: tuple[Rule, ...] | list[Rule]) -> list[tuple[list[Rule], list[Rule]]]:
    """Connected groups of rules, each as (horizontals, verticals)."""
    hs = [r for r in rules if r.horizontal]
    vs = [r for r in rules if not r.horizontal]
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if _connected(h, v):
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


def _has_rule(rules: list[Rule], pos: float, a: float, b: float) -> bool:
    mid = (a + b) / 2
    return any(abs(r.pos - pos) <= _SNAP and r.a - _TOUCH <= mid <= r.b + _TOUCH for r in rules)


@dataclass(slots=True, eq=False)  # identity: one object owns a merged region
class _GridCell:
    cell: DraftCell
    x0: float
    x1: float
    segments: list[Segment] = field(default_factory=list)


def ruled_tables(
    page: int, rules: tuple[Rule, ...] | list[Rule], segments: list[Segment]
) -> tuple[list[DraftTable], list[Segment]]:
    """Tables drawn with rules, and the segments left outside them."""
    tables: list[DraftTable] = []
    used: set[int] = set()
    for hs, vs in _grids(rules):
        xs = _cluster([v.pos for v in vs], _SNAP)
        ys = _cluster([h.pos for h in hs], _SNAP)
        # A row cut by a page break often has no rule at the cut: the column rules still
        # run past the last horizontal rule, and their ends close the table.
        v_top, v_bottom = min(v.a for v in vs), max(v.b for v in vs)
        if v_top < ys[0] - _MIN_BAND:
            ys.insert(0, v_top)
        if v_bottom > ys[-1] + _MIN_BAND:
            ys.append(v_bottom)
        if len(xs) < 3 or len(ys) < 2:
            continue  # a frame or a single box is not a table
        bands = [(y0, y1) for y0, y1 in zip(ys, ys[1:]) if y1 - y0 >= _MIN_BAND]
        cols = [(x0, x1) for x0, x1 in zip(xs, xs[1:]) if x1 - x0 >= _MIN_BAND]
        if len(cols) < 2 or not bands:
            continue
        xs = [cols[0][0]] + [c[1] for c in cols]
        grid: list[list[_GridCell]] = []  # per band: the cell owning each column
        for r, (y0, y1) in enumerate(bands):
            owners: list[_GridCell] = []
            c = 0
            while c < len(cols):
                span = 1
                while c + span < len(cols) and not _has_rule(vs, xs[c + span], y0, y1):
                    span += 1
                continued = r > 0 and not _has_rule(hs, y0, xs[c], xs[c + 1])
                gc = _GridCell(DraftCell(c, span, continued), xs[c], xs[c + span])
                owners.extend([gc] * span)
                c += span
            grid.append(owners)
        # Text of a vertically merged region belongs to its top cell.
        origin: dict[int, _GridCell] = {}
        for r, owners in enumerate(grid):
            for c, gc in enumerate(owners):
                if gc.cell.continued and r > 0:
                    origin[id(gc)] = origin.get(id(grid[r - 1][c]), grid[r - 1][c])
        tops = [b[0] for b in bands]
        for i, s in enumerate(segments):
            cx, cy = (s.x0 + s.x1) / 2, (s.top + s.bottom) / 2
            if not (xs[0] <= cx <= xs[-1] and ys[0] <= cy <= ys[-1]):
                continue
            r = max(0, bisect.bisect_right(tops, cy) - 1)
            c = min(max(0, bisect.bisect_right(xs, cx) - 1), len(cols) - 1)
            gc = grid[r][c]
            origin.get(id(gc), gc).segments.append(s)
            used.add(i)
        table = DraftTable(page, ys[0], ys[-1], xs)
        limits: dict[float, float] = {}  # right edge of text per cell right boundary
        for owners in grid:
            for gc in owners:
                if gc.segments:
                    limits[gc.x1] = max(limits.get(gc.x1, 0.0), max(s.x1 for s in gc.segments))
        for owners in grid:
            cells: list[DraftCell] = []
            for gc in dict.fromkeys(owners):  # each owner once, in column order
                if gc.segments:
                    gc.cell.text = cell_text(group_lines(gc.segments), limits[gc.x1])
                cells.append(gc.cell)
            table.rows.append(DraftRow(page, cells))
        tables.append(table)
    rest = [s for i, s in enumerate(segments) if i not in used]
    return tables, rest


# ---- borderless tables --------------------------------------------------------------------


def _by_column(parts: list[Line], cols: list[float]) -> dict[int, Line] | None:
    """Place a line's chunks into the columns starting at `cols` (a chunk belongs to the last
    column starting at or before it, so hanging indents stay in their column). None when the
    line does not fit: it starts left of the table or runs across a column boundary."""
    placed: dict[int, list[Line]] = {}
    for part in parts:
        k = bisect.bisect_right(cols, part.x0 + _ALIGN) - 1
        if k < 0:
            return None
        if k + 1 < len(cols) and part.x1 > cols[k + 1]:
            return None
        if not placed and part.x0 > cols[k] + _MAX_INDENT:
            return None  # centred or far-indented text (a title, a signature block)
        placed.setdefault(k, []).append(part)
    return {
        k: group[0] if len(group) == 1 else make_line([s for g in group for s in g.segments])
        for k, group in placed.items()
    }


def _new_row(
    line: dict[int, Line],
    last: dict[int, Line],
    label_on_previous_line: bool,
    limits: list[float],
) -> bool:
    """Does this line start a new row? Only a line with first-column text can. That text
    continues the label above instead when the label above (on the previous line) was wrapped
    and the content beside it does not start afresh: either no content on this line, or the
    content above wrapped into it, or it is a later item ("2.") of a list already begun."""
    if 0 not in line:
        return False
    prev_label = last.get(0)
    if prev_label is None or not label_on_previous_line:
        return True
    if not wrapped(prev_label, line[0], limits[0]):
        return True
    for k, part in line.items():
        if k == 0:
            continue
        above = last.get(k)
        if above is None:
            return True
        marker = list_marker(part.text)
        if marker and marker.rstrip(".)").lstrip("(") not in ("1", "a", "A", "I", "i"):
            continue  # a list running on beside a wrapped label
        if marker or not wrapped(above, part, limits[k]):
            return True
    return False


def borderless_tables(page: int, lines: list[Line]) -> list[tuple[int, int, DraftTable]]:
    """Borderless tables among `lines` as (first line index, end index, table). A table starts
    at a line that breaks into column chunks and runs while lines fit those columns."""
    found: list[tuple[int, int, DraftTable]] = []
    split = [chunks(ln) for ln in lines]
    i = 0
    while i < len(lines):
        if len(split[i]) < 2:
            i += 1
            continue
        cols = [c.x0 for c in split[i]]
        label_limit = cols[1] - 2 * lines[i].char_width
        placed = [_by_column(split[i], cols)]
        j, multi = i + 1, 1
        while j < len(lines):
            if lines[j].top - lines[j - 1].bottom > 2.5 * lines[j].height:
                break
            line = _by_column(split[j], cols)
            if line is None:
                break
            if list(line) == [0] and not (
                0 in placed[-1] and wrapped(placed[-1][0], line[0], label_limit)
            ):
                break  # a lone line at the margin that does not continue a label: text again
            placed.append(line)
            multi += len(line) >= 2
            j += 1
        # Two lone "KETIGA : ..." lines are tabbed paragraphs; a table shows more rows, or a
        # cell whose text runs on below its row's first line.
        if multi >= 3 or (multi == 2 and j - i > 2):
            table = _borderless_table(page, lines[i:j], placed, cols)  # type: ignore[arg-type]
            found.append((i, j, table))
            i = j
        else:
            i += 1
    return found


def _borderless_table(
    page: int, lines: list[Line], placed: list[dict[int, Line]], cols: list[float]
) -> DraftTable:
    right = max(ln.x1 for ln in lines)
    charw = sum(ln.char_width for ln in lines) / len(lines)
    limits = [c - 2 * charw for c in cols[1:]] + [right]
    rows: list[list[list[Line]]] = []
    last: dict[int, Line] = {}  # the latest line of each column in the current row
    label_line = -2
    for n, line in enumerate(placed):
        if not rows or _new_row(line, last, label_line == n - 1, limits):
            rows.append([[] for _ in cols])
            last = {}
        for k, part in line.items():
            rows[-1][k].append(part)
            last[k] = part
        if 0 in line:
            label_line = n
    table = DraftTable(page, lines[0].top, lines[-1].bottom, cols + [right])
    for row in rows:
        cells = [
            DraftCell(k, 1, False, cell_text(parts, limits[k]) if parts else "")
            for k, parts in enumerate(row)
        ]
        table.rows.append(DraftRow(page, cells))
    return table


# ---- tables continued over a page break ---------------------------------------------------


def same_columns(a: DraftTable, b: DraftTable) -> bool:
    """Same number of columns starting at the same x positions (a borderless table's right
    edge is only where its longest line ends, so it is not compared)."""
    return a.columns == b.columns and all(
        abs(x - y) <= _COLUMN_MATCH for x, y in zip(a.bounds[:-1], b.bounds[:-1])
    )


def _comparable(texts: list[str]) -> list[str]:
    return [" ".join(t.lower().split()) for t in texts]


def merge_continued(first: DraftTable, cont: DraftTable) -> None:
    """Append `cont` (top of the next page) to `first` (bottom of the previous page)."""
    rows = list(cont.rows)
    if rows and first.rows and _comparable(rows[0].texts()) == _comparable(first.rows[0].texts()):
        rows = rows[1:]  # the header row, repeated on every page
    if rows and first.rows:
        head, last = rows[0], first.rows[-1]
        lead = head.cells[0]
        if not lead.continued and not lead.text and last.cells[0].text:
            # The row was cut by the page break: its rest belongs to the row it started in.
            by_col = {c.col: c for c in last.cells}
            for cell in head.cells:
                target = by_col.get(cell.col)
                if cell.text and target is not None and not target.continued:
                    sep = " " if cell.text[:1].islower() else "\n"
                    target.text = f"{target.text}{sep}{cell.text}" if target.text else cell.text
            rows = rows[1:]
    first.rows.extend(rows)
    first.bottom = cont.bottom
