"""Read a PDF into the shared `Document` model.

Cost model (ecosystem.md §4): PDFium's text layer is ~1-2 ms a page, pdfplumber ~100+ ms.
So every page is read with pypdfium2 alone: text segments with position, font size and
weight, ruling lines (path objects) and image count. Ruled tables are rebuilt from those
rules; borderless tables from column-aligned text. pdfplumber is opened only for a page whose
drawings PDFium cannot decompose cheaply (curves, multi-segment paths, form XObjects) *and*
whose text shows a column structure, and then only to get that page's ruling edges.

Steps: pages → (ruled tables, lines) → running headers/footers out → borderless tables →
paragraphs/list items/headings → tables continued over page breaks merged → blocks.

Running headers/footers: lines in the top 20 % / bottom 12 % of a page, before/after every
table, set apart from the body by at least a line's height, whose text (numbers ignored for
short lines such as "Halaman 3 dari 7") recurs at the same height on at least 60 % of the
pages (and on two or more). Each page's header lines become one text, lines joined by "\n".

A paragraph cut by a page break is joined again when the page's text runs down to the bottom
of the text area and the next page starts with text; a table at the top of a page is merged
into the table that ended the previous page when their columns line up (one table number,
each row keeping its own page).

A PDF whose text layer is (nearly) empty is returned as `scanned=True` with no blocks; OCR
can later fill `blocks` from the same page images without changing callers.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from compliance.errors import CheckError
from compliance.ingest.pdf_geometry import (
    RULE_MIN_LENGTH,
    Line,
    PageGeometry,
    Rule,
    Fonts,
    group_lines,
    read_page,
)
from compliance.ingest.pdf_tables import (
    DraftTable,
    borderless_tables,
    merge_continued,
    ruled_tables,
    same_columns,
)
from compliance.ingest.pdf_text import (
    Paragraph,
    body_size,
    chunks,
    heading_levels,
    heading_rank,
    paragraphs,
)
from compliance.model import Block, Cell, Document, Location, Metadata, Row

SCANNED_CHARS_PER_PAGE = 20  # fewer text-layer characters than this per page on average
HEADER_ZONE = 0.2  # running headers (a letterhead too) end within this top share of a page
FOOTER_ZONE = 0.12  # running footers start within this bottom share
HEADER_LINES = 6  # at most this many lines at the top / bottom of a page can be running
FOOTER_LINES = 3
SHORT_RUNNING_LINE = 40  # characters: up to this, numbers are ignored when comparing
RUNNING_Y_TOLERANCE = 4.0  # pt: a running line sits at the same height on every page
REPEAT_SHARE = 0.6  # a header/footer recurs on at least this share of pages (and >= 2)


# ---- opening and metadata -----------------------------------------------------------------


def _open(path: Path) -> pdfium.PdfDocument:
    shown = str(path)
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise CheckError("pdf-encrypted", "perlu kata sandi untuk membukanya", shown) from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise CheckError("pdf-encrypted", "jenis pengamanan tidak didukung", shown) from None
        if code == pdfium_c.FPDF_ERR_FILE and not path.is_file():
            raise CheckError("file-not-found", shown, shown) from None
        reason = {
            pdfium_c.FPDF_ERR_FORMAT: "bukan PDF yang sah atau terpotong",
            pdfium_c.FPDF_ERR_FILE: "tidak dapat dibuka",
            pdfium_c.FPDF_ERR_PAGE: "halaman tidak ditemukan atau rusak",
        }.get(code, "tidak terbaca oleh PDFium")
        raise CheckError("pdf-corrupt", reason, shown) from None
    except OSError as e:
        raise CheckError("pdf-corrupt", f"berkas tidak dapat dibaca: {e.strerror}", shown) from None


_PDF_DATE = re.compile(
    r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+\-])(\d{2})?'?(\d{2})?'?)?"
)


def pdf_date(value: str | None) -> str | None:
    """'D:20240305093000+07'00'' -> '2024-03-05T09:30:00+07:00'; None when unparseable."""
    m = _PDF_DATE.match((value or "").strip())
    if not m:
        return None
    year, month, day, hour, minute, second, sign, tzh, tzm = m.groups()
    try:
        if hour is None:
            return datetime(int(year), int(month or 1), int(day or 1)).date().isoformat()
        tz = None
        if sign in ("Z", "z"):
            tz = timezone.utc
        elif sign in ("+", "-") and tzh:
            delta = timedelta(hours=int(tzh), minutes=int(tzm or 0))
            tz = timezone(delta if sign == "+" else -delta)
        dt = datetime(
            int(year), int(month or 1), int(day or 1), int(hour), int(minute or 0),
            int(second or 0), tzinfo=tz,
        )
    except ValueError:
        return None
    return dt.isoformat()


def _metadata(info: dict[str, str]) -> Metadata:
    def text(key: str) -> str | None:
        value = " ".join((info.get(key) or "").split())
        return value or None

    return Metadata(
        title=text("Title"),
        author=text("Author"),
        created=pdf_date(info.get("CreationDate")),
        modified=pdf_date(info.get("ModDate")),
    )


# ---- pdfplumber, only for pages that need it ----------------------------------------------


class _Plumber:
    """Opens pdfplumber lazily, once per file, and reads one page's ruling edges."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pdf = None
        self.pages_read = 0

    def rules(self, index: int) -> list[Rule] | None:
        # pdfminer logs every oddity of a damaged file as a warning: not the user's concern.
        quiet = logging.getLogger("pdfminer")
        level = quiet.level
        quiet.setLevel(logging.ERROR)
        try:
            import pdfplumber

            if self.pdf is None:
                self.pdf = pdfplumber.open(self.path)
            page = self.pdf.pages[index]
            try:
                edges = page.edges
            finally:
                page.close()  # pdfplumber keeps every parsed object otherwise
        except Exception:  # noqa: BLE001 - a page pdfplumber cannot parse keeps PDFium's view
            return None
        finally:
            quiet.setLevel(level)
        self.pages_read += 1
        out: list[Rule] = []
        for e in edges:
            if e["orientation"] == "h" and e["x1"] - e["x0"] >= RULE_MIN_LENGTH:
                out.append(Rule(True, float(e["top"]), float(e["x0"]), float(e["x1"])))
            elif e["orientation"] == "v" and e["bottom"] - e["top"] >= RULE_MIN_LENGTH:
                out.append(Rule(False, float(e["x0"]), float(e["top"]), float(e["bottom"])))
        return out

    def close(self) -> None:
        if self.pdf is not None:
            try:
                self.pdf.close()
            except Exception:  # noqa: BLE001 - closing must not turn a result into an error
                pass


def _shows_columns(lines: list[Line]) -> bool:
    return sum(len(chunks(ln)) >= 2 for ln in lines[:200]) >= 2


# ---- page assembly ------------------------------------------------------------------------


@dataclass(slots=True)
class _Page:
    geometry: PageGeometry
    tables: list[DraftTable]
    lines: list[Line]  # outside ruled tables; headers/footers removed later


def _first_pass(geometry: PageGeometry, plumber: _Plumber) -> _Page:
    segments = list(geometry.segments)
    tables, rest = ruled_tables(geometry.number, geometry.rules, segments)
    lines = group_lines(rest)
    if geometry.complex_paths and _shows_columns(lines):
        rules = plumber.rules(geometry.number - 1)
        if rules:
            tables, rest = ruled_tables(geometry.number, rules, segments)
            lines = group_lines(rest)
    return _Page(geometry, tables, lines)


def _norm(text: str) -> str:
    """Key for recognising a running line on every page: short lines ("Halaman 3 dari 7",
    "- 3 -") compare with numbers blanked out, long lines must match exactly."""
    key = " ".join(text.lower().split())
    return re.sub(r"\d+", "#", key) if len(key) <= SHORT_RUNNING_LINE else key


def _set_apart(run: list[Line], after: Line | None, gap) -> list[Line]:
    """Trim `run` (lines from a page edge inwards) to the part that ends in a clear gap (at
    least one line height) before the body: a running header never touches the text."""
    picked = list(run)
    while picked:
        k = len(picked)
        nxt = run[k] if k < len(run) else after
        if nxt is None or gap(picked[-1], nxt) >= picked[-1].height:
            return picked
        picked.pop()
    return picked


def _margin_lines(page: _Page) -> tuple[list[Line], list[Line]]:
    """Lines that could be a running header (top) or footer (bottom): the first/last few
    lines of the page inside its margin zone, outside every table, set apart from the body."""
    h = page.geometry.height
    lines = page.lines
    first_table = min((t.top for t in page.tables), default=h)
    last_table = max((t.bottom for t in page.tables), default=0.0)
    top: list[Line] = []
    for ln in lines[:HEADER_LINES]:
        if ln.bottom > HEADER_ZONE * h or ln.bottom > first_table:
            break
        top.append(ln)
    after_top = lines[len(top)] if len(top) < len(lines) else None
    top = _set_apart(top, after_top, lambda a, b: b.top - a.bottom)
    bottom: list[Line] = []
    for ln in reversed(lines[-FOOTER_LINES:]):
        if ln.top < (1 - FOOTER_ZONE) * h or ln.top < last_table:
            break
        bottom.append(ln)
    before_bottom = lines[-len(bottom) - 1] if len(bottom) < len(lines) else None
    bottom = _set_apart(bottom, before_bottom, lambda a, b: a.top - b.bottom)
    return top, bottom


# A numbered or lettered entry with text: list content that may happen to start two pages alike.
_LIST_ENTRY = re.compile(r"^\s*(?:\d{1,3}|[A-Za-z])[.)]\s+\S")


def _strip_running(pages: list[_Page]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Remove lines that recur at the top/bottom of most pages; return them as header and
    footer texts (one per page's block, lines as paragraphs joined by newlines, de-duplicated
    in document order)."""
    if len(pages) < 2:
        return (), ()
    zones = [_margin_lines(p) for p in pages]
    need = max(2, math.ceil(REPEAT_SHARE * len(pages)))
    found: list[tuple[str, ...]] = []
    for side in (0, 1):
        # A running line has the same text at the same height on most pages.
        seen: dict[str, list[tuple[float, int, Line]]] = {}
        for n, z in enumerate(zones):
            for ln in z[side]:
                if _LIST_ENTRY.match(ln.text):
                    continue  # "10. Pengawasan Internal" atop two pages is body, not a header
                seen.setdefault(_norm(ln.text), []).append((ln.top, n, ln))
        keep: set[int] = set()
        for places in seen.values():
            places.sort(key=lambda p: p[0])
            for start, (top, _, _) in enumerate(places):
                group = [p for p in places[start:] if p[0] - top <= RUNNING_Y_TOLERANCE]
                if len({p[1] for p in group}) >= need:
                    keep.update(id(p[2]) for p in group)
        texts: dict[str, str] = {}
        for page, z in zip(pages, zones):
            running = sorted((ln for ln in z[side] if id(ln) in keep), key=lambda ln: ln.top)
            if not running:
                continue
            limit = max(ln.x1 for ln in page.lines)
            text = "\n".join(p.text for p in paragraphs(running, limit))
            texts.setdefault(_norm(text), text)
            drop = {id(ln) for ln in running}
            page.lines = [ln for ln in page.lines if id(ln) not in drop]
        found.append(tuple(texts.values()))
    return found[0], found[1]


def _entries(page: _Page) -> list[Line | DraftTable]:
    """Lines and tables of one page in reading order (borderless tables found here)."""
    items: list[tuple[float, int, Line | DraftTable]] = []
    taken: set[int] = set()
    for start, end, table in borderless_tables(page.geometry.number, page.lines):
        taken.update(range(start, end))
        items.append((table.top, 0, table))
    for t in page.tables:
        items.append((t.top, 0, t))
    for i, ln in enumerate(page.lines):
        if i not in taken:
            items.append((ln.top, 1, ln))
    items.sort(key=lambda it: (it[0], it[1]))
    return [it[2] for it in items]


# ---- blocks -------------------------------------------------------------------------------


def _table_block(table: DraftTable, number: int) -> Block:
    rows: list[Row] = []
    for r, draft in enumerate(table.rows, 1):
        cells = tuple(Cell(c.text, c.col, c.span, c.continued) for c in draft.cells)
        rows.append(Row(cells, Location(page=draft.page, table=number, row=r)))
    text = "\n".join(" | ".join(row.texts) for row in rows)
    return Block("table", text, Location(page=table.page, table=number), rows=tuple(rows))


Flow = list[tuple[int, Paragraph] | DraftTable]  # reading order: (page, paragraph) or table


def _flow(pages: list[_Page]) -> Flow:
    """Paragraphs and tables in reading order over the whole document, with tables continued
    over a page break merged and paragraphs cut by a page break joined again."""
    flow: Flow = []
    margin = min((ln.x0 for p in pages for ln in p.lines), default=0.0)
    open_table: DraftTable | None = None  # a table that ended the previous page
    # Lines waiting to become paragraphs. A run survives a page break when the page ends in
    # text close to the bottom of the text area and the next page begins with text.
    run: list[Line] = []
    run_page: dict[int, int] = {}  # id(line) -> page number
    limit = 0.0

    def flush_run() -> None:
        flow.extend((run_page[id(p.lines[0])], p) for p in paragraphs(run, limit, margin))
        run.clear()
        run_page.clear()

    text_bottom = max(
        [ln.bottom for p in pages for ln in p.lines] + [t.bottom for p in pages for t in p.tables],
        default=0.0,
    )
    for page in pages:
        if run and run[-1].bottom < text_bottom - 2.5 * run[-1].height:
            flush_run()  # the text stopped well above the page end: the break was deliberate
        entries = _entries(page)
        page_limit = max((ln.x1 for ln in page.lines), default=page.geometry.width)
        limit = max(limit, page_limit) if run else page_limit
        placed: DraftTable | None = None  # the table the page's last entry went into
        for k, entry in enumerate(entries):
            if isinstance(entry, Line):
                run.append(entry)
                run_page[id(entry)] = page.geometry.number
                placed = None
                continue
            flush_run()
            limit = page_limit
            if k == 0 and open_table is not None and same_columns(open_table, entry):
                merge_continued(open_table, entry)
                placed = open_table
            else:
                flow.append(entry)
                placed = entry
        last = entries[-1] if entries else None
        ends_page = isinstance(last, DraftTable) and last.bottom >= 0.6 * page.geometry.height
        open_table = placed if ends_page else None
    flush_run()
    return flow


def _list_levels(flow: Flow) -> dict[float, int]:
    """Nesting level of each list-item indentation: 0 for the leftmost list position in the
    document, 1 for the next one to the right, and so on (positions within 6 pt are one)."""
    xs = sorted(e[1].x0 for e in flow if not isinstance(e, DraftTable) and e[1].label)
    levels: dict[float, int] = {}
    anchor, level = None, -1
    for x in xs:
        if anchor is None or x - anchor > 6.0:
            anchor, level = x, level + 1
        levels[x] = min(level, 8)
    return levels


def _blocks(flow: Flow, body: float) -> list[Block]:
    heading_sizes = [heading_rank(e[1], body)[1] for e in flow if not isinstance(e, DraftTable)]
    levels = heading_levels(heading_sizes, body)
    list_levels = _list_levels(flow)
    blocks: list[Block] = []
    number = 0
    for entry in flow:
        if isinstance(entry, DraftTable):
            number += 1
            blocks.append(_table_block(entry, number))
            continue
        page, p = entry
        loc = Location(page=page)
        is_heading, size = heading_rank(p, body)
        if is_heading:
            level = levels.get(round(size * 2) / 2, levels[0.0])
            blocks.append(Block("heading", p.text, loc, level=level, label=p.label))
        elif p.label:
            blocks.append(Block("list_item", p.text, loc, level=list_levels[p.x0], label=p.label))
        else:
            blocks.append(Block("paragraph", p.text, loc))
    return blocks


def _body_images(geometry: list[PageGeometry]) -> int:
    """Pictures in the body: a logo repeated at the same place on most pages belongs to the
    running header or footer (as a .docx header's picture does) and is not counted."""
    need = max(2, math.ceil(REPEAT_SHARE * len(geometry)))
    places: dict[tuple[int, int, int, int], set[int]] = {}
    for g in geometry:
        for box in g.images:
            places.setdefault(tuple(round(v / 4) for v in box), set()).add(g.number)
    running = {key for key, pages in places.items() if len(geometry) > 1 and len(pages) >= need}
    return sum(
        tuple(round(v / 4) for v in box) not in running for g in geometry for box in g.images
    )


# ---- entry point --------------------------------------------------------------------------


def load_pdf(path: Path) -> Document:
    """Read a PDF. Raises CheckError: pdf-encrypted, pdf-corrupt, file-not-found."""
    path = Path(path)
    shown = str(path)
    if not path.is_file():
        raise CheckError("file-not-found", shown, shown)
    pdf = _open(path)
    try:
        count = len(pdf)
        if count == 0:
            raise CheckError("pdf-corrupt", "PDF tidak memiliki halaman", shown)
        metadata = _metadata(pdf.get_metadata_dict())
        fonts = Fonts()
        geometry = [read_page(pdf, i, fonts) for i in range(count)]
    except (pdfium.PdfiumError, OSError) as e:
        raise CheckError("pdf-corrupt", f"sebuah halaman tidak dapat dibaca ({e})", shown) from None
    finally:
        pdf.close()
    images = _body_images(geometry)
    if sum(g.chars for g in geometry) < SCANNED_CHARS_PER_PAGE * count:
        return Document(shown, "pdf", (), metadata=metadata, pages=count, scanned=True,
                        images=images)
    plumber = _Plumber(path)
    try:
        pages = [_first_pass(g, plumber) for g in geometry]
    finally:
        plumber.close()
    headers, footers = _strip_running(pages)
    body = body_size([ln for p in pages for ln in p.lines])
    blocks = _blocks(_flow(pages), body)
    return Document(
        shown, "pdf", tuple(blocks), headers=headers, footers=footers, metadata=metadata,
        pages=count, images=images,
    )
