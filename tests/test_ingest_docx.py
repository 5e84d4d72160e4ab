"""Reading .docx into the document model: reading order, tables, numbering, revisions, text
boxes, content controls, headers/footers, metadata and locations — on real files built with
python-docx (plus small XML snippets for what python-docx cannot write)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Inches
from helpers_docx import (
    abstract_of,
    body_append,
    build,
    define_list,
    numbered,
    para_append,
    xml,
)

from compliance.ingest import load
from compliance.ingest.numbering import ListCounter, format_number, parse_numbering, typed_marker
from compliance.model import Block, Cell, Location


def _texts(doc) -> list[str]:
    return [b.text for b in doc.blocks]


def _all_text(doc) -> str:
    return "\n".join(_texts(doc))


def _fill_table(table, rows: list[list[str]]) -> None:
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value


# ---- reading order and locations ---------------------------------------------------------


def test_blocks_in_reading_order_with_locations(tmp_path: Path) -> None:
    def fill(d):
        d.add_heading("STANDAR PELAYANAN KARTU KELUARGA", 1)
        d.add_paragraph("Pengantar layanan.")
        _fill_table(
            d.add_table(rows=2, cols=3), [["NO", "KOMPONEN", "URAIAN"], ["1", "Biaya", "Gratis"]]
        )
        d.add_paragraph("")  # empty: no block, but it is paragraph 3 in Word's count
        d.add_paragraph("Catatan di antara tabel.")
        _fill_table(d.add_table(rows=1, cols=2), [["Produk", "Kartu Keluarga"]])
        d.add_heading("Lampiran", 2)

    doc = load(build(tmp_path / "order.docx", fill))
    assert doc.format == "docx"
    assert [(b.kind, b.location) for b in doc.blocks] == [
        ("heading", Location(paragraph=1)),
        ("paragraph", Location(paragraph=2)),
        ("table", Location(table=1)),
        ("paragraph", Location(paragraph=4)),
        ("table", Location(table=2)),
        ("heading", Location(paragraph=5)),
    ]
    first, second = doc.blocks[2], doc.blocks[4]
    assert first.text == "NO | KOMPONEN | URAIAN\n1 | Biaya | Gratis"
    assert [r.location for r in first.rows] == [Location(table=1, row=1), Location(table=1, row=2)]
    assert first.rows[1].texts == ["1", "Biaya", "Gratis"]
    assert second.rows[0].location == Location(table=2, row=1)
    assert (doc.blocks[0].level, doc.blocks[5].level) == (1, 2)


def test_tabs_breaks_and_spaces_as_a_reader_sees_them(tmp_path: Path) -> None:
    def fill(d):
        p = d.add_paragraph()
        p.add_run("Biaya\t:\t")
        p.add_run("Rp   5.000")
        p.add_run().add_break()
        p.add_run("  per lembar  ")

    doc = load(build(tmp_path / "ws.docx", fill))
    assert _texts(doc) == ["Biaya : Rp 5.000\nper lembar"]


# ---- tables ------------------------------------------------------------------------------


def test_merged_cells_appear_once_with_span_and_continuation(tmp_path: Path) -> None:
    def fill(d):
        t = d.add_table(rows=4, cols=3)
        _fill_table(
            t,
            [["NO", "KOMPONEN", "URAIAN"], ["1", "Persyaratan", ""], ["", "", ""], ["2", "x", "y"]],
        )
        t.cell(1, 2).merge(t.cell(2, 2)).text = "Fotokopi KTP"  # vertical merge
        t.cell(3, 1).merge(t.cell(3, 2)).text = "Lintas kolom"  # horizontal merge

    doc = load(build(tmp_path / "merge.docx", fill))
    (table,) = doc.blocks
    rows = table.rows
    assert rows[1].cells[2] == Cell("Fotokopi KTP", col=2)
    assert rows[2].cells[2] == Cell("", col=2, continued=True)
    assert rows[3].cells == (Cell("2", col=0), Cell("Lintas kolom", col=1, span=2))
    assert rows[2].texts == ["", ""]
    assert table.text.count("Fotokopi KTP") == 1
    assert table.text.count("Lintas kolom") == 1


def test_grid_before_shifts_the_cell_columns(tmp_path: Path) -> None:
    def fill(d):
        _fill_table(d.add_table(rows=1, cols=2), [["a", "b"]])
        tr = d.tables[0]._tbl.tr_lst[0]
        tr.insert(0, xml('<w:trPr><w:gridBefore w:val="1"/></w:trPr>'))

    (table,) = load(build(tmp_path / "gb.docx", fill)).blocks
    assert [c.col for c in table.rows[0].cells] == [1, 2]


def test_nested_table_is_flattened_into_its_cell_and_not_numbered(tmp_path: Path) -> None:
    def fill(d):
        outer = d.add_table(rows=1, cols=2)
        outer.cell(0, 0).text = "Prosedur"
        cell = outer.cell(0, 1)
        cell.text = "Langkah:"
        _fill_table(cell.add_table(rows=2, cols=2), [["1", "Daftar"], ["2", "Verifikasi"]])
        cell.add_paragraph("Selesai.")
        _fill_table(d.add_table(rows=1, cols=1), [["Berikutnya"]])

    doc = load(build(tmp_path / "nested.docx", fill))
    assert [b.kind for b in doc.blocks] == ["table", "table"]
    assert doc.blocks[0].rows[0].cells[1].text == "Langkah:\n1 | Daftar\n2 | Verifikasi\nSelesai."
    assert doc.blocks[1].location == Location(table=2)
    assert doc.blocks[1].rows[0].location == Location(table=2, row=1)


# ---- numbering ---------------------------------------------------------------------------


def test_decimal_letter_and_roman_lists_render_like_word(tmp_path: Path) -> None:
    def fill(d):
        dec = define_list(d, [("decimal", "%1.")])
        low = define_list(d, [("lowerLetter", "%1.")])
        rom = define_list(d, [("upperRoman", "%1.")])
        paren = define_list(d, [("decimal", "(%1)")])
        half = define_list(d, [("lowerLetter", "%1)")], starts={0: 5})
        for n in (dec, dec, low, low, rom, rom, rom, rom, paren, half, half):
            numbered(d, "isi", n)

    doc = load(build(tmp_path / "lists.docx", fill))
    assert [b.label for b in doc.blocks] == [
        "1.", "2.", "a.", "b.", "I.", "II.", "III.", "IV.", "(1)", "e)", "f)",
    ]  # fmt: skip
    assert doc.blocks[0].text == "1. isi"
    assert {b.kind for b in doc.blocks} == {"list_item"}
    assert {b.level for b in doc.blocks} == {0}


def test_multilevel_list_restarts_deeper_levels(tmp_path: Path) -> None:
    def fill(d):
        n = define_list(d, [("decimal", "%1."), ("decimal", "%1.%2."), ("lowerLetter", "%3.")])
        for ilvl in (0, 1, 1, 2, 2, 0, 1, 2):
            numbered(d, f"level {ilvl}", n, ilvl)

    doc = load(build(tmp_path / "multi.docx", fill))
    assert [b.label for b in doc.blocks] == ["1.", "1.1.", "1.2.", "a.", "b.", "2.", "2.1.", "a."]
    assert [b.level for b in doc.blocks] == [0, 1, 1, 2, 2, 0, 1, 2]


def test_new_list_with_start_override_restarts_and_shared_list_continues(tmp_path: Path) -> None:
    def fill(d):
        first = define_list(d, [("decimal", "%1.")])
        shared = define_list(d, [], abstract=abstract_of(d, first))
        restart = define_list(d, [], abstract=abstract_of(d, first), start_override={0: 1})
        for n in (first, first, shared, restart, restart):
            numbered(d, "isi", n)

    doc = load(build(tmp_path / "restart.docx", fill))
    # Word: instances of one abstract list continue each other unless a startOverride restarts.
    assert [b.label for b in doc.blocks] == ["1.", "2.", "3.", "1.", "2."]


def test_bullets_style_numbering_and_numbers_inside_cells(tmp_path: Path) -> None:
    def fill(d):
        d.add_paragraph("Fotokopi KTP", style="List Number")  # numbering from the style
        d.add_paragraph("Pas foto", style="List Number")
        d.add_paragraph("poin", style="List Bullet")
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "Persyaratan"
        cell = t.cell(0, 1)
        lst = define_list(d, [("decimal", "%1.")])
        cell.paragraphs[0].text = "Dokumen:"
        numbered(cell, "Surat pengantar RT", lst)
        numbered(cell, "Kartu Keluarga", lst)

    doc = load(build(tmp_path / "styles.docx", fill))
    assert _texts(doc)[:3] == ["1. Fotokopi KTP", "2. Pas foto", "• poin"]
    assert doc.blocks[2].label == "•"
    assert (
        doc.blocks[3].rows[0].cells[1].text == "Dokumen:\n1. Surat pengantar RT\n2. Kartu Keluarga"
    )


def test_typed_list_markers_give_a_label_too(tmp_path: Path) -> None:
    def fill(d):
        for text in ("1. Fotokopi KTP", "b) Pas foto", "- tanda hubung", "3 (tiga) hari kerja"):
            d.add_paragraph(text)

    doc = load(build(tmp_path / "typed.docx", fill))
    assert [(b.kind, b.label) for b in doc.blocks] == [
        ("list_item", "1."),
        ("list_item", "b)"),
        ("list_item", "-"),
        ("paragraph", None),
    ]
    assert doc.blocks[0].text == "1. Fotokopi KTP"  # not doubled


def test_number_formats() -> None:
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27, 28)] == ["a", "z", "aa", "bb"]
    assert [format_number(n, "upperRoman") for n in (4, 9, 14, 40, 1994)] == [
        "IV", "IX", "XIV", "XL", "MCMXCIV",
    ]  # fmt: skip
    assert format_number(7, "decimalZero") == "07"
    assert format_number(3, "someFutureFormat") == "3"


def test_legal_numbering_and_levels_that_never_restart() -> None:
    root = xml(
        "<w:numbering>"
        '<w:abstractNum w:abstractNumId="1">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:isLgl/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlRestart w:val="0"/></w:lvl>'
        "</w:abstractNum>"
        '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
        "</w:numbering>"
    )
    counter = ListCounter(parse_numbering(root))
    labels = [counter.label("5", ilvl) for ilvl in (0, 1, 1, 0, 1)]
    assert labels == ["I.", "1.1", "1.2", "II.", "2.3"]  # isLgl: decimal; no restart
    assert counter.label("404", 0) is None  # an unknown list renders nothing


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("1. Fotokopi KTP", "1."),
        ("12) Surat", "12)"),
        ("(3) Ayat", "(3)"),
        ("2.1 Sub", "2.1"),
        ("a. Huruf", "a."),
        ("(b) Huruf", "(b)"),
        ("IV. Bab", "IV."),
        ("• poin", "•"),
        ("- poin", "-"),
        ("1.Fotokopi KTP", "1."),
        ("a.n. Kepala Dinas", None),
        ("3 (tiga) hari", None),
        ("A Persyaratan", None),
        ("Rp. 5.000", None),
        ("2019 tentang", None),
    ],
)
def test_typed_markers(text: str, marker: str | None) -> None:
    assert typed_marker(text) == marker


# ---- headings ----------------------------------------------------------------------------


def test_heading_styles_indonesian_names_and_outline_level(tmp_path: Path) -> None:
    def fill(d):
        d.add_paragraph("Dasar Hukum", style="Heading 2")
        d.styles.add_style("Judul 3", WD_STYLE_TYPE.PARAGRAPH)  # as Indonesian Word names it
        d.add_paragraph("Persyaratan", style="Judul 3")
        p = d.add_paragraph("Prosedur")
        p._p.get_or_add_pPr().append(xml('<w:outlineLvl w:val="0"/>'))
        derived = d.styles.add_style("Judul Layanan", WD_STYLE_TYPE.PARAGRAPH)
        derived.base_style = d.styles["Heading 1"]  # inherits the heading outline level
        d.add_paragraph("Layanan KTP", style="Judul Layanan")
        d.add_paragraph("Biasa")
        d.add_heading("STANDAR PELAYANAN", 0)  # the Title style

    doc = load(build(tmp_path / "headings.docx", fill))
    assert [(b.kind, b.level) for b in doc.blocks] == [
        ("heading", 2),
        ("heading", 3),
        ("heading", 1),
        ("heading", 1),
        ("paragraph", None),
        ("heading", 1),
    ]


# ---- revisions, fields, content controls, text boxes ------------------------------------


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    def fill(d):
        p = d.add_paragraph()
        p.add_run("Biaya ")
        para_append(
            p, '<w:del w:id="1" w:author="a"><w:r><w:delText>Rp 10.000</w:delText></w:r></w:del>'
        )
        para_append(p, '<w:ins w:id="2" w:author="a"><w:r><w:t>Gratis</w:t></w:r></w:ins>')
        para_append(p, '<w:moveFrom w:id="3" w:author="a"><w:r><w:t> lama</w:t></w:r></w:moveFrom>')
        para_append(
            p, '<w:moveTo w:id="4" w:author="a"><w:r><w:t> (dipindah)</w:t></w:r></w:moveTo>'
        )

    doc = load(build(tmp_path / "track.docx", fill))
    assert _texts(doc) == ["Biaya Gratis (dipindah)"]


def test_table_row_deleted_in_tracked_changes_is_dropped(tmp_path: Path) -> None:
    def fill(d):
        t = d.add_table(rows=3, cols=2)
        _fill_table(t, [["Biaya", "Gratis"], ["Lama", "dihapus"], ["Produk", "KK"]])
        t._tbl.tr_lst[1].insert(0, xml('<w:trPr><w:del w:id="9" w:author="a"/></w:trPr>'))

    (table,) = load(build(tmp_path / "delrow.docx", fill)).blocks
    assert [r.texts for r in table.rows] == [["Biaya", "Gratis"], ["Produk", "KK"]]
    assert [r.location.row for r in table.rows] == [1, 2]


def test_fields_hyperlinks_and_smart_tags(tmp_path: Path) -> None:
    def fill(d):
        p = d.add_paragraph("Hubungi ")
        para_append(
            p,
            '<w:hyperlink w:anchor="x"><w:r><w:t>lapor.go.id</w:t></w:r></w:hyperlink>',
        )
        para_append(p, '<w:r><w:fldChar w:fldCharType="begin"/></w:r>')
        para_append(p, "<w:r><w:instrText> PAGE </w:instrText></w:r>")
        para_append(p, '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        para_append(p, "<w:r><w:t> hal 3</w:t></w:r>")
        para_append(p, '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        para_append(p, '<w:fldSimple w:instr=" DATE "><w:r><w:t>, 1 Mei</w:t></w:r></w:fldSimple>')
        para_append(
            p, '<w:smartTag w:uri="u" w:element="place"><w:r><w:t> Kudus</w:t></w:r></w:smartTag>'
        )

    doc = load(build(tmp_path / "fields.docx", fill))
    assert _texts(doc) == ["Hubungi lapor.go.id hal 3, 1 Mei Kudus"]
    assert "PAGE" not in _all_text(doc)


def test_content_controls_are_unwrapped(tmp_path: Path) -> None:
    def fill(d):
        body_append(
            d,
            "<w:sdt><w:sdtPr><w:alias w:val='Unit'/></w:sdtPr><w:sdtContent>"
            "<w:p><w:r><w:t>Dinas Kependudukan</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>",
        )
        p = d.add_paragraph("Nomor: ")
        para_append(
            p,
            "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>12/2024</w:t></w:r></w:sdtContent></w:sdt>",
        )
        t = d.add_table(rows=1, cols=1)
        t.cell(0, 0)._tc.append(
            xml(
                "<w:sdt><w:sdtContent><w:p><w:r><w:t>Isi kontrol</w:t></w:r></w:p>"
                "</w:sdtContent></w:sdt>"
            )
        )

    doc = load(build(tmp_path / "sdt.docx", fill))
    assert _texts(doc)[:2] == ["Dinas Kependudukan", "Nomor: 12/2024"]
    assert [b.location.paragraph for b in doc.blocks[:2]] == [1, 2]
    assert doc.blocks[2].rows[0].cells[0].text == "Isi kontrol"


_TEXTBOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    "<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r>"
    "</w:p></w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_text_boxes_follow_their_anchor_once(tmp_path: Path) -> None:
    def fill(d):
        anchor = d.add_paragraph("Alur pelayanan:")
        para_append(anchor, _TEXTBOX.format(text="Pemohon datang ke loket"))
        d.add_paragraph("Sesudah kotak.")
        t = d.add_table(rows=1, cols=1)
        para_append(t.cell(0, 0).paragraphs[0], _TEXTBOX.format(text="Kotak di sel"))

    doc = load(build(tmp_path / "box.docx", fill))
    assert _texts(doc)[:3] == ["Alur pelayanan:", "Pemohon datang ke loket", "Sesudah kotak."]
    assert doc.blocks[1] == Block("paragraph", "Pemohon datang ke loket", Location(paragraph=1))
    assert _all_text(doc).count("Pemohon datang ke loket") == 1
    assert doc.blocks[3].rows[0].cells[0].text == "Kotak di sel"
    assert doc.images == 0  # a lone text box is not a picture


def test_pictures_are_counted(tmp_path: Path) -> None:
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(png, "PNG")

    def fill(d):
        d.add_paragraph("Bagan alur:")
        png.seek(0)
        d.add_picture(png, width=Inches(1))
        png.seek(0)
        d.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0].add_run().add_picture(png)
        png.seek(0)
        d.sections[0].header.paragraphs[0].add_run().add_picture(png)  # not the body

    doc = load(build(tmp_path / "pic.docx", fill))
    assert doc.images == 2


# ---- headers, footers, metadata -----------------------------------------------------------


def test_headers_and_footers_are_kept_apart_and_deduplicated(tmp_path: Path) -> None:
    def fill(d):
        sec = d.sections[0]
        sec.header.paragraphs[0].text = "PEMERINTAH KABUPATEN KUDUS"
        _fill_table(sec.header.add_table(1, 2, Inches(4)), [["DINAS", "Telp 0291"]])
        sec.footer.paragraphs[0].text = "Standar Pelayanan 2024"
        d.add_paragraph("Isi halaman satu.")
        new = d.add_section()
        new.header.is_linked_to_previous = False
        new.header.paragraphs[0].text = "LAMPIRAN"
        new.footer.is_linked_to_previous = False
        new.footer.paragraphs[0].text = "Standar Pelayanan 2024"  # same text: kept once
        d.add_paragraph("Isi halaman dua.")

    doc = load(build(tmp_path / "hf.docx", fill))
    assert doc.headers == ("PEMERINTAH KABUPATEN KUDUS\nDINAS | Telp 0291", "LAMPIRAN")
    assert doc.footers == ("Standar Pelayanan 2024",)
    body = _all_text(doc)
    assert "KUDUS" not in body and "LAMPIRAN" not in body and "2024" not in body
    assert _texts(doc) == ["Isi halaman satu.", "Isi halaman dua."]


def test_metadata_from_core_properties(tmp_path: Path) -> None:
    def fill(d):
        cp = d.core_properties
        cp.title = "Standar Pelayanan Disdukcapil"
        cp.author = "Sekretariat"
        cp.created = dt.datetime(2024, 3, 1, 8, 30)
        cp.modified = dt.datetime(2024, 3, 2, 9, 0)

    doc = load(build(tmp_path / "meta.docx", fill))
    assert doc.metadata.title == "Standar Pelayanan Disdukcapil"
    assert doc.metadata.author == "Sekretariat"
    assert doc.metadata.created == "2024-03-01T08:30:00Z"
    assert doc.metadata.modified == "2024-03-02T09:00:00Z"
    assert doc.pages is None and doc.scanned is False


def test_content_decides_the_format_not_the_name(tmp_path: Path) -> None:
    src = build(tmp_path / "real.docx", lambda d: d.add_paragraph("Isi dokumen Word"))
    disguised = tmp_path / "laporan.pdf"
    disguised.write_bytes(src.read_bytes())
    doc = load(disguised)
    assert doc.format == "docx"
    assert _texts(doc) == ["Isi dokumen Word"]
    assert doc.path == str(disguised)


@pytest.mark.parametrize("as_str", [True, False])
def test_load_accepts_str_and_path(tmp_path: Path, as_str: bool) -> None:
    src = build(tmp_path / "a.docx", lambda d: d.add_paragraph("x y"))
    assert _texts(load(str(src) if as_str else src)) == ["x y"]


def test_content_control_still_showing_its_prompt_holds_no_text(tmp_path: Path) -> None:
    """A template's unfilled control shows Word's prompt; that prompt is not content."""

    def fill(d):
        p = d.add_paragraph("Biaya: ")
        para_append(
            p,
            "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r>"
            "<w:t>Klik atau ketuk di sini untuk memasukkan teks.</w:t></w:r></w:sdtContent></w:sdt>",
        )
        q = d.add_paragraph("Produk: ")
        para_append(
            q,
            "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>Kartu Keluarga</w:t></w:r>"
            "</w:sdtContent></w:sdt>",
        )

    doc = load(build(tmp_path / "prompt.docx", fill))
    assert _texts(doc) == ["Biaya:", "Produk: Kartu Keluarga"]
