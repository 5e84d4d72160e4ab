"""Build `compliance.model.Document`s for segment tests from readable Python literals.

    doc(
        heading("STANDAR PELAYANAN PENERBITAN KK"),
        table(["NO", "KOMPONEN", "URAIAN"],
              ["1.", "Persyaratan", "1. KTP\n2. KK lama"],
              ["", MERGED, "3. Surat pengantar"]),          # MERGED: vertical merge continuation
        para("Kepala Dinas"),
    )

A cell is a string, MERGED, or (text, span) for a horizontally merged cell. Locations are
numbered the way ingest numbers them: paragraphs 1.. over non-table blocks, tables 1.., rows 1..
"""

from __future__ import annotations

from dataclasses import replace

from compliance.model import Block, Cell, Document, Location, Metadata, Row

MERGED = object()


def para(text: str, label: str | None = None, level: int | None = None) -> Block:
    if label:
        text = f"{label} {text}"
    return Block("paragraph", text, Location(), level, label)


def heading(text: str, level: int = 1) -> Block:
    return Block("heading", text, Location(), level)


def item(text: str, label: str | None = None, level: int = 0) -> Block:
    """A list item; `label` is the rendered number ("1.", "a."), prepended to the text."""
    return Block("list_item", f"{label} {text}" if label else text, Location(), level, label)


def table(*rows: list) -> Block:
    built: list[Row] = []
    for r in rows:
        cells: list[Cell] = []
        col = 0
        for spec in r:
            if spec is MERGED:
                cells.append(Cell("", col, 1, continued=True))
                col += 1
            elif isinstance(spec, tuple):
                text, span = spec
                cells.append(Cell(text, col, span))
                col += span
            else:
                cells.append(Cell(spec, col))
                col += 1
        built.append(Row(tuple(cells), Location()))
    return Block("table", "", Location(), rows=tuple(built))


def doc(
    *blocks: Block,
    headers: tuple[str, ...] = (),
    images: int = 0,
    title: str | None = None,
    scanned: bool = False,
) -> Document:
    numbered: list[Block] = []
    paragraph = tables = 0
    for b in blocks:
        if b.kind == "table":
            tables += 1
            rows = tuple(
                replace(r, location=Location(table=tables, row=i)) for i, r in enumerate(b.rows, 1)
            )
            text = "\n".join(" | ".join(c.text for c in r.cells if not c.continued) for r in rows)
            numbered.append(replace(b, rows=rows, text=text, location=Location(table=tables)))
        else:
            paragraph += 1
            numbered.append(replace(b, location=Location(paragraph=paragraph)))
    return Document(
        path="<test>",
        format="docx",
        blocks=tuple(numbered),
        headers=headers,
        metadata=Metadata(title=title),
        images=images,
        scanned=scanned,
    )


# The 14 component labels as one typical document writes them, with content.
FULL_ROWS: list[tuple[str, str]] = [
    ("Dasar Hukum", "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"),
    ("Persyaratan", "1. Fotokopi KTP\n2. Kartu Keluarga lama"),
    ("Sistem, Mekanisme dan Prosedur", "1. Pemohon mengisi formulir\n2. Petugas memverifikasi"),
    ("Jangka Waktu Penyelesaian", "3 (tiga) hari kerja"),
    ("Biaya/Tarif", "Tidak dipungut biaya"),
    ("Produk Pelayanan", "Kartu Keluarga"),
    ("Sarana, Prasarana, dan/atau Fasilitas", "Ruang tunggu, komputer, kursi roda"),
    ("Kompetensi Pelaksana", "Minimal SMA, mampu mengoperasikan SIAK"),
    ("Pengawasan Internal", "Kepala Dinas melalui rapat bulanan"),
    ("Penanganan Pengaduan, Saran dan Masukan", "Telepon (0721) 123456, email dukcapil@x.go.id"),
    ("Jumlah Pelaksana", "5 (lima) orang"),
    ("Jaminan Pelayanan", "Pelayanan sesuai standar; bila terlambat kami meminta maaf"),
    ("Jaminan Keamanan dan Keselamatan Pelayanan", "CCTV, APAR, petugas keamanan"),
    ("Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap 6 bulan"),
]


def component_table(rows: list[tuple[str, str]] = FULL_ROWS, header: bool = True) -> Block:
    body = [[f"{i}.", label, content] for i, (label, content) in enumerate(rows, 1)]
    return table(*([["NO", "KOMPONEN", "URAIAN"]] if header else []), *body)
