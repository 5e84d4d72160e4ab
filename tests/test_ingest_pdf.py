"""PDF ingest on real PDFs exported by LibreOffice (see tests/fixtures/pdf/make.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from compliance.errors import CheckError
from compliance.ingest import pdf as pdf_module
from compliance.ingest.pdf import load_pdf, pdf_date
from compliance.model import Block, Document

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"


def load(name: str) -> Document:
    return load_pdf(FIXTURES / f"{name}.pdf")


def tables(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind == "table"]


def row_by_label(table: Block, label: str, col: int = 0):
    for row in table.rows:
        cells = {c.col: c.text for c in row.cells}
        if cells.get(col, "").strip() == label:
            return row
    raise AssertionError(f"no row labelled {label!r} in {[r.texts for r in table.rows]}")


# ---- document level -----------------------------------------------------------------------


def test_metadata_pages_and_format():
    doc = load("ruled_2col")
    assert doc.format == "pdf"
    assert doc.pages == 1
    assert doc.path.endswith("ruled_2col.pdf")
    assert doc.metadata.title == "Standar Pelayanan Kartu Keluarga"
    assert doc.metadata.author == "Bagian Organisasi Kabupaten Contoh"
    # The ISO date is the PDF's own CreationDate, parsed.
    raw = pdfium.PdfDocument(FIXTURES / "ruled_2col.pdf").get_metadata_dict()["CreationDate"]
    digits = re.sub(r"\D", "", raw)[:14]
    assert doc.metadata.created is not None
    assert re.sub(r"\D", "", doc.metadata.created)[:14] == digits
    assert doc.metadata.created.startswith(f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}T")
    assert doc.metadata.modified is None  # LibreOffice writes an empty ModDate
    assert not doc.scanned


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("D:20240305093000+07'00'", "2024-03-05T09:30:00+07:00"),
        ("D:20240305093000Z", "2024-03-05T09:30:00+00:00"),
        ("D:20261128012210Z'", "2026-11-28T01:22:10+00:00"),
        ("D:20240305093000-05'30", "2024-03-05T09:30:00-05:30"),
        ("D:202403051200", "2024-03-05T12:00:00"),
        ("D:2024", "2024-01-01"),
        ("D:20241399", None),  # month 13
        ("", None),
        ("yesterday", None),
        (None, None),
    ],
)
def test_pdf_date(raw, iso):
    assert pdf_date(raw) == iso


def test_reading_order_and_page_locations():
    doc = load("ruled_2col")
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading", "paragraph", "table", "paragraph"]
    assert all(b.location.page == 1 for b in doc.blocks)
    assert doc.blocks[-1].text == "Ditetapkan di Kota Contoh."


def test_wrapped_paragraph_lines_are_joined():
    doc = load("ruled_2col")
    para = doc.blocks[1]
    assert para.text.startswith("Standar pelayanan ini disusun")
    assert para.text.endswith("Pencatatan Sipil Kabupaten Contoh.")
    assert "\n" not in para.text and "  " not in para.text


# ---- ruled tables -------------------------------------------------------------------------


def test_ruled_table_label_and_multiline_content_share_a_row():
    (table,) = tables(load("ruled_2col"))
    assert table.location.table == 1 and table.location.page == 1
    assert table.rows[0].texts == ["KOMPONEN", "URAIAN"]
    row = row_by_label(table, "Persyaratan")
    content = row.texts[1]
    # All five requirement items, each on its own line, wrapped lines joined inside the item.
    items = content.split("\n")
    assert [i.split(".")[0] for i in items] == ["1", "2", "3", "4", "5"]
    assert items[0].endswith("yang masih berlaku dan telah dilegalisir")
    assert row.location.row == 3 and row.location.table == 1 and row.location.page == 1
    assert row_by_label(table, "Biaya/Tarif").texts[1] == "Tidak dipungut biaya"
    assert [r.location.row for r in table.rows] == list(range(1, len(table.rows) + 1))
    assert "Persyaratan | 1. Fotokopi" in table.text


def test_merged_cells_keep_columns_aligned():
    (table,) = tables(load("merged_cells"))
    group = table.rows[1]
    assert len(group.cells) == 1 and group.cells[0].span == 3
    assert group.texts == ["A. PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)"]
    first, second = table.rows[2], table.rows[3]
    assert first.texts[1] == "Persyaratan"
    label_below = next(c for c in second.cells if c.col == 1)
    assert label_below.continued and label_below.text == ""
    assert second.texts[-1] == "Persyaratan teknis: Gambar denah lokasi"
    assert "Persyaratan" not in second.texts  # text never duplicated into the merged region


def test_table_spanning_pages_is_one_table_with_rows_on_their_pages():
    doc = load("multipage_3col")
    assert doc.pages >= 3
    (table,) = tables(doc)
    assert table.location == table.rows[0].location.__class__(page=1, table=1)
    # The header row LibreOffice repeats on every page appears once.
    assert [r.texts for r in table.rows].count(["NO", "KOMPONEN", "URAIAN"]) == 1
    numbers = [r.texts[0] for r in table.rows[1:]]
    assert numbers == [f"{i}." for i in range(1, 15)]
    pages = [r.location.page for r in table.rows]
    assert pages == sorted(pages) and pages[-1] >= 3
    assert {r.location.table for r in table.rows} == {1}
    assert [r.location.row for r in table.rows] == list(range(1, 16))


def test_row_cut_by_page_break_is_joined_into_its_row():
    (table,) = tables(load("multipage_3col"))
    row = row_by_label(table, "Sistem, Mekanisme, dan Prosedur", col=1)
    items = row.texts[2].split("\n")
    assert len(items) == 5  # none lost, none split off into a row of its own
    assert items[0].endswith("yang masih berlaku dan telah dilegalisir (komponen 3)")
    assert items[-1].endswith("latar belakang merah (komponen 3)")
    assert all(r.texts[0] for r in table.rows)  # no label-less fragment rows left


def test_grid_drawn_as_one_path_uses_pdfplumber_for_that_page_only(monkeypatch):
    import pdfplumber

    opened: list[object] = []
    real_open = pdfplumber.open
    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    (table,) = tables(load("grid_one_path"))
    assert len(opened) == 1
    assert row_by_label(table, "Persyaratan", col=1).texts[2].split("\n") == [
        "1. Fotokopi KTP elektronik",
        "2. Fotokopi Kartu Keluarga",
        "3. Surat pengantar RT/RW",
    ]


@pytest.mark.parametrize("name", ["ruled_2col", "multipage_3col", "grid_boxes", "borderless"])
def test_plain_rules_and_boxes_never_open_pdfplumber(monkeypatch, name):
    import pdfplumber

    def refuse(*args, **kwargs):
        raise AssertionError("pdfplumber opened for a page PDFium can read alone")

    monkeypatch.setattr(pdfplumber, "open", refuse)
    assert tables(load(name))


def test_cell_boxes_become_the_same_grid_as_a_single_path():
    a = tables(load("grid_boxes"))[0]
    b = tables(load("grid_one_path"))[0]
    assert [r.texts for r in a.rows] == [r.texts for r in b.rows]
    assert len(a.rows) == 4


# ---- borderless tables --------------------------------------------------------------------


def test_borderless_table_columns_from_word_positions():
    doc = load("borderless")
    (table,) = tables(doc)
    assert [r.texts[0] for r in table.rows] == [
        "Persyaratan",
        "Prosedur",
        "Jangka Waktu",
        "Biaya/Tarif",
    ]
    assert all([c.col for c in r.cells] == [0, 1] for r in table.rows)
    persyaratan = table.rows[0].texts[1].split("\n")
    assert len(persyaratan) == 4 and persyaratan[3].endswith("ditandatangani pemohon")
    assert table.rows[3].texts[1].endswith("Tahun 2019 tentang Retribusi Daerah")
    # Text before and after the table stays outside it.
    assert doc.blocks[0].kind == "heading"
    assert doc.blocks[-1].kind == "paragraph"
    assert doc.blocks[-1].text == "Demikian standar pelayanan ini untuk dilaksanakan."


def test_numbered_list_is_not_mistaken_for_a_borderless_table():
    assert not tables(load("lists"))


# ---- headings, lists, paragraphs ----------------------------------------------------------


def test_list_items_keep_their_marker_as_label():
    doc = load("lists")
    items = [b for b in doc.blocks if b.kind == "list_item"]
    assert [b.label for b in items] == ["1.", "2.", "3.", "a.", "b.", "c.", "-", "-", "•",
                                        "1.", "2.", "3."]
    assert items[0].text.startswith("1. Fotokopi") and items[0].text.endswith("dilegalisir")
    # Word automatic numbering ("List Number") renders the number as text: same result.
    assert items[-1].text == (
        "3. Petugas verifikasi memasukkan data ke dalam aplikasi SIAK dan mencetak draf dokumen"
    )
    assert all(b.level == 0 for b in items)


def test_headings_by_size_and_weight():
    doc = load("lists")
    headings = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert headings == [
        ("MAKLUMAT PELAYANAN", 1),
        ("Persyaratan Pelayanan", 2),
        ("Sarana dan Prasarana", 2),
        ("Prosedur", 2),
    ]
    maklumat = doc.blocks[1]
    assert maklumat.kind == "paragraph"
    assert maklumat.text.startswith("Dengan ini kami menyatakan sanggup")
    assert maklumat.text.endswith("peraturan perundang-undangan yang berlaku.")
    assert doc.blocks[-1].text == "Penutup: dokumen ini berlaku sejak tanggal ditetapkan."


# ---- running headers and footers ----------------------------------------------------------


def test_headers_and_footers_are_kept_apart_from_the_body():
    doc = load("headers")
    assert doc.pages >= 3
    assert doc.headers == ("PEMERINTAH KABUPATEN CONTOH",)
    assert len(doc.footers) == 1 and re.fullmatch(r"Halaman \d+ dari \d+", doc.footers[0])
    body = "\n".join(b.text for b in doc.blocks)
    assert "PEMERINTAH KABUPATEN CONTOH" not in body
    assert "Halaman" not in body
    paras = [b for b in doc.blocks if b.kind == "paragraph"]
    # Every paragraph once and in order, including those cut by a page break.
    assert [p.text.split(".")[0] for p in paras] == [f"Paragraf {i}" for i in range(1, 31)]
    assert all(p.text.endswith("keprofesionalan.") for p in paras)
    assert paras[-1].location.page == doc.pages


def test_logo_repeated_in_the_header_is_not_a_body_picture():
    doc = load("headers")
    assert doc.images == 1  # the flowchart stand-in on page 1; the header logo is on every page


def test_headers_removed_around_a_continued_table():
    doc = load("multipage_3col")
    assert doc.headers == ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN CONTOH",)
    assert doc.footers and doc.footers[0].startswith("Halaman")
    assert all("KABUPATEN CONTOH" not in b.text for b in doc.blocks if b.kind != "paragraph")
    assert [b.kind for b in doc.blocks] == ["heading", "heading", "table", "paragraph"]


def test_single_page_document_has_no_running_headers():
    doc = load("ruled_2col")
    assert doc.headers == () and doc.footers == ()


# ---- scanned, encrypted, broken -----------------------------------------------------------


def test_scanned_pdf_is_recognised_without_blocks():
    doc = load("scanned")
    assert doc.scanned is True
    assert doc.blocks == ()
    assert doc.pages == 1
    assert doc.images >= 1


def test_encrypted_pdf_raises_pdf_encrypted():
    with pytest.raises(CheckError) as info:
        load("encrypted")
    assert info.value.code == "pdf-encrypted"
    assert info.value.path and info.value.path.endswith("encrypted.pdf")
    assert "kata sandi" in info.value.message("id")


@pytest.mark.parametrize("name", ["truncated", "not_a_pdf"])
def test_broken_pdf_raises_pdf_corrupt(name):
    with pytest.raises(CheckError) as info:
        load(name)
    assert info.value.code == "pdf-corrupt"
    assert "rusak" in info.value.message("id")


def test_pdf_without_pages_is_corrupt(tmp_path):
    empty = tmp_path / "empty.pdf"
    pdfium.PdfDocument.new().save(empty)
    with pytest.raises(CheckError) as info:
        load_pdf(empty)
    assert info.value.code == "pdf-corrupt"


def test_missing_file_raises_file_not_found(tmp_path):
    with pytest.raises(CheckError) as info:
        load_pdf(tmp_path / "nope.pdf")
    assert info.value.code == "file-not-found"


def test_page_failure_inside_pdfium_becomes_pdf_corrupt(monkeypatch):
    def broken(pdf, index, fonts):
        raise pdfium.PdfiumError("Failed to load page.")

    monkeypatch.setattr(pdf_module, "read_page", broken)
    with pytest.raises(CheckError) as info:
        load("ruled_2col")
    assert info.value.code == "pdf-corrupt"


# ---- decree layout: title parts, tabbed consideranda, centred text, signature -------------


def test_regulation_title_parts_stay_separate_headings():
    doc = load("decree")
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    i = headings.index("KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN CONTOH")
    assert headings[i : i + 4] == [
        "KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN CONTOH",
        "NOMOR : 445/12/2024",
        "TENTANG",
        "STANDAR PELAYANAN PADA DINAS KESEHATAN KABUPATEN CONTOH",
    ]


def test_tabbed_consideranda_with_hanging_indent_form_label_content_rows():
    (table,) = tables(load("decree"))
    assert [r.texts[0] for r in table.rows] == ["Menimbang", "Mengingat"]
    menimbang = table.rows[0].texts[-1].split("\n")
    assert [item[:2] for item in menimbang] == ["a.", "b."]
    assert menimbang[0].endswith("perlu menetapkan standar pelayanan;")
    assert menimbang[1].endswith("berkewajiban menyusun standar pelayanan;")
    assert table.rows[1].texts[-1].split("\n")[1].endswith("Pedoman Standar Pelayanan;")


def test_single_tabbed_line_stays_a_paragraph():
    doc = load("decree")
    ketiga = [b for b in doc.blocks if b.text.startswith("KETIGA")]
    assert [b.kind for b in ketiga] == ["paragraph"]
    assert ketiga[0].text == "KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan."


def test_centred_paragraph_lines_are_joined():
    doc = load("decree")
    (maklumat,) = [b for b in doc.blocks if b.text.startswith("Dengan ini kami")]
    assert maklumat.kind == "paragraph"
    assert maklumat.text.endswith("sesuai peraturan perundang-undangan yang berlaku.")


def test_signature_block_lines_are_not_run_together():
    texts = [b.text for b in load("decree").blocks]
    for line in ("Ditetapkan di Kota Contoh", "pada tanggal 5 Maret 2024",
                 "KEPALA DINAS KESEHATAN,", "dr. NAMA PEJABAT, M.Kes",
                 "NIP. 19700101 199503 1 001"):
        assert line in texts


# ---- a letterhead on every page above a table that breaks across pages ------------------


def test_multiline_letterhead_is_one_running_header():
    doc = load("split_shaded")
    assert doc.pages >= 3
    assert doc.headers == (
        "PEMERINTAH KABUPATEN CONTOH\nDINAS KESEHATAN KABUPATEN CONTOH\n"
        "Jl. Merdeka No. 1 Kota Contoh Telp. (0274) 123456",
    )
    assert all("KABUPATEN CONTOH" not in b.text for b in doc.blocks[1:])
    (table,) = tables(doc)
    assert [r.texts[0] for r in table.rows] == ["NO"] + [f"{i}." for i in range(1, 9)]
    for row in table.rows[1:]:
        items = row.texts[2].split("\n")
        assert [i[:2] for i in items] == ["1.", "2.", "3.", "4.", "5."], row.texts
        assert items[-1].endswith(f"(baris {row.texts[0].rstrip('.')})")


def test_word_broken_at_a_line_end_hyphen_is_rejoined():
    (table,) = tables(load("multipage_3col"))
    text = table.text
    assert "F-1.02" in text and "F- 1.02" not in text and "\x02" not in text


# ---- grid geometry (synthetic, for what LibreOffice output does not show) ----------------


def _seg(text: str, x0: float, top: float):
    from compliance.ingest.pdf_geometry import Segment

    return Segment(text, x0, top, x0 + 6.0 * len(text), top + 10.0, 11.0, False)


def test_row_cut_without_a_rule_is_closed_by_the_column_rules():
    from compliance.ingest.pdf_geometry import Rule
    from compliance.ingest.pdf_tables import ruled_tables

    # Column rules run from y=100 to 300; horizontal rules only at 150 and 300: the top row
    # (the rest of a row from the previous page) has no rule above it.
    rules = [Rule(False, x, 100.0, 300.0) for x in (50.0, 150.0, 450.0)]
    rules += [Rule(True, y, 50.0, 450.0) for y in (150.0, 300.0)]
    segments = [_seg("lanjutan isi", 160.0, 110.0), _seg("Biaya", 60.0, 160.0),
                _seg("Gratis", 160.0, 160.0), _seg("di luar tabel", 60.0, 320.0)]
    (table,), rest = ruled_tables(2, rules, segments)
    assert [r.texts() for r in table.rows] == [["", "lanjutan isi"], ["Biaya", "Gratis"]]
    assert [s.text for s in rest] == ["di luar tabel"]


def test_a_box_touching_a_table_does_not_add_columns():
    from compliance.ingest.pdf_geometry import Rule
    from compliance.ingest.pdf_tables import ruled_tables

    table_rules = [Rule(False, x, 100.0, 200.0) for x in (50.0, 150.0, 450.0)]
    table_rules += [Rule(True, y, 50.0, 450.0) for y in (100.0, 200.0)]
    # A wider double line under a letterhead, 2 pt above the table.
    box = [Rule(True, 90.0, 40.0, 460.0), Rule(True, 98.0, 40.0, 460.0),
           Rule(False, 40.0, 90.0, 98.0), Rule(False, 460.0, 90.0, 98.0)]
    (table,), _ = ruled_tables(1, table_rules + box, [_seg("Produk", 60.0, 120.0)])
    assert table.columns == 2 and table.bounds == [50.0, 150.0, 450.0]


# ---- damaged files: a Document or a CheckError, nothing else ------------------------------


@pytest.mark.parametrize("name", ["ruled_2col", "multipage_3col", "grid_one_path"])
@pytest.mark.parametrize("cut", [0.2, 0.5, 0.8, 0.97])
def test_damaged_pdf_gives_document_or_check_error(tmp_path, name, cut):
    data = bytearray((FIXTURES / f"{name}.pdf").read_bytes())
    k = int(len(data) * cut)
    data[k : k + 400] = bytes(len(data[k : k + 400]))  # a run of zero bytes mid-file
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(bytes(data))
    try:
        doc = load_pdf(damaged)
    except CheckError as e:
        assert e.code == "pdf-corrupt"
    else:
        assert doc.format == "pdf" and doc.pages >= 1
