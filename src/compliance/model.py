"""The shared data model: what every stage reads and writes.

ingest produces a `Document`; segment turns it into a `Segmentation` (services and their
component sections); extract adds typed fields; evaluate and report work on plain JSON-able
dicts (the report contract, `docs/report-v1.md`). Everything here is immutable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# The 14 components of UU 25/2009 Pasal 21, in statutory order (huruf a..n).
COMPONENT_IDS: tuple[str, ...] = (
    "dasar_hukum",
    "persyaratan",
    "prosedur",
    "jangka_waktu",
    "biaya",
    "produk",
    "sarana",
    "kompetensi",
    "pengawasan",
    "pengaduan",
    "jumlah_pelaksana",
    "jaminan_pelayanan",
    "jaminan_keamanan",
    "evaluasi",
)
COMPONENT_LETTER: dict[str, str] = dict(zip(COMPONENT_IDS, "abcdefghijklmn"))
# PermenPANRB 15/2014 groups: service delivery (must be published) vs manufacturing.
SERVICE_DELIVERY: frozenset[str] = frozenset(
    {"persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan"}
)
COMPONENT_NAMES: dict[str, dict[str, str]] = {
    "dasar_hukum": {"id": "Dasar Hukum", "en": "Legal basis"},
    "persyaratan": {"id": "Persyaratan", "en": "Requirements"},
    "prosedur": {"id": "Sistem, Mekanisme, dan Prosedur", "en": "System, mechanism and procedure"},
    "jangka_waktu": {"id": "Jangka Waktu Penyelesaian", "en": "Completion time"},
    "biaya": {"id": "Biaya/Tarif", "en": "Fee/tariff"},
    "produk": {"id": "Produk Pelayanan", "en": "Service product"},
    "sarana": {"id": "Sarana, Prasarana, dan/atau Fasilitas", "en": "Facilities"},
    "kompetensi": {"id": "Kompetensi Pelaksana", "en": "Staff competence"},
    "pengawasan": {"id": "Pengawasan Internal", "en": "Internal supervision"},
    "pengaduan": {
        "id": "Penanganan Pengaduan, Saran, dan Masukan",
        "en": "Complaints, suggestions and feedback",
    },
    "jumlah_pelaksana": {"id": "Jumlah Pelaksana", "en": "Number of staff"},
    "jaminan_pelayanan": {"id": "Jaminan Pelayanan", "en": "Service guarantee"},
    "jaminan_keamanan": {
        "id": "Jaminan Keamanan dan Keselamatan Pelayanan",
        "en": "Security and safety guarantee",
    },
    "evaluasi": {"id": "Evaluasi Kinerja Pelaksana", "en": "Staff performance evaluation"},
}

BlockKind = Literal["heading", "paragraph", "list_item", "table"]
DocType = Literal["service_standard", "other", "scanned", "invalid"]


@dataclass(frozen=True)
class Location:
    """Where something is. Keys that do not apply to the format stay None.

    page: 1-based PDF page. table/row: 1-based, table counted over the whole document.
    paragraph: 1-based index among docx body paragraphs (headings and list items included,
    table-cell paragraphs excluded).
    """

    page: int | None = None
    table: int | None = None
    row: int | None = None
    paragraph: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {"page": self.page, "table": self.table, "row": self.row, "paragraph": self.paragraph}


@dataclass(frozen=True)
class Cell:
    """One logical table cell. A horizontally merged cell appears once with its `span`;
    a vertically merged continuation is kept as a cell with `continued=True` and empty text,
    so no text is ever duplicated and columns still line up."""

    text: str
    col: int  # 0-based grid column where the cell starts
    span: int = 1
    continued: bool = False


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    location: Location

    @property
    def texts(self) -> list[str]:
        """Texts of the cells that start a merge region (continuations dropped)."""
        return [c.text for c in self.cells if not c.continued]


@dataclass(frozen=True)
class Block:
    """One unit of reading order: a heading, paragraph, list item or table.

    `text` is what a reader sees, including a rendered automatic number ("1. Fotokopi KTP");
    `label` is that number alone ("1.") when the number came from Word numbering or a typed
    list marker, else None. For tables, `text` is rows joined by newlines, cells by " | ".
    """

    kind: BlockKind
    text: str
    location: Location
    level: int | None = None  # heading level (1..9) or list nesting level (0..8)
    label: str | None = None
    rows: tuple[Row, ...] = ()


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    created: str | None = None  # ISO 8601
    modified: str | None = None


@dataclass(frozen=True)
class Document:
    path: str
    format: Literal["docx", "pdf"]
    blocks: tuple[Block, ...]
    headers: tuple[str, ...] = ()  # page header texts, de-duplicated, document order
    footers: tuple[str, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    pages: int | None = None  # PDF page count; None for docx
    scanned: bool = False  # a PDF with no text layer
    images: int = 0  # pictures in the body (a flowchart may be an image)

    @classmethod
    def from_text(cls, text: str, path: str = "<text>") -> Document:
        """A Document of plain paragraphs, one per non-empty line. For rule examples and tests."""
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        blocks = tuple(
            Block("paragraph", ln, Location(paragraph=i)) for i, ln in enumerate(lines, 1)
        )
        return cls(path=path, format="docx", blocks=blocks)


# ---- segment output -------------------------------------------------------------------


@dataclass(frozen=True)
class ComponentSection:
    """A component found in a service: its heading as written and its content."""

    component: str  # one of COMPONENT_IDS
    heading: str | None  # the label as written ("Waktu Pelayanan"), None if inferred
    text: str  # the content; "" when the heading has no content
    location: Location
    items: tuple[str, ...] = ()  # content split into lines/list items, numbering kept


@dataclass(frozen=True)
class ServiceSection:
    name: str
    location: Location
    components: dict[str, ComponentSection]  # only the components that were found
    images: int = 0  # images inside the service (flowcharts)


@dataclass(frozen=True)
class Setting:
    """How the standard was set (penetapan): 'KEPUTUSAN KEPALA DINAS ... NOMOR ... TAHUN ...'."""

    instrument: str | None  # "Keputusan Kepala Dinas Kesehatan", "Peraturan Bupati", ...
    number: str | None  # as written, None when missing
    number_blank: bool  # "Nomor : / / /2014", "Nomor: ....", "Nomor :"
    date: str | None  # ISO date when parseable, else as written
    year: int | None
    signer: str | None
    location: Location | None = None


@dataclass(frozen=True)
class Segmentation:
    doc_type: DocType
    unit: str | None
    setting: Setting | None
    services: tuple[ServiceSection, ...]
    maklumat: ComponentSection | None  # component="maklumat"
    participation: tuple[str, ...] = ()  # evidence phrases: "Forum Konsultasi Publik", "Berita Acara"…
    reason: str | None = None  # why doc_type is what it is (for `explain`)
