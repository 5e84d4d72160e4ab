"""segment: document type, unit, setting (penetapan), maklumat and participation."""

from __future__ import annotations

import pytest

from compliance.model import Document
from compliance.segment import segment
from helpers_segment import FULL_ROWS, component_table, doc, heading, item, para, table

KEPUTUSAN = [
    para("PEMERINTAH KABUPATEN KEBUMEN"),
    para("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"),
    para("Jalan Pahlawan No. 1 Telp. (0287) 381234"),
    para("KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN KEBUMEN"),
    para("NOMOR 060/02 TAHUN 2021"),
    para("TENTANG"),
    para("PENETAPAN STANDAR PELAYANAN"),
    para("Menimbang : a. bahwa dalam rangka meningkatkan kualitas pelayanan;"),
    para("Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;"),
    para("MEMUTUSKAN"),
    para("Menetapkan : KEPUTUSAN KEPALA DINAS TENTANG PENETAPAN STANDAR PELAYANAN"),
    para("Ditetapkan di Kebumen"),
    para("pada tanggal 12 Januari 2021"),
    para("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN KEBUMEN,"),
    para("ttd"),
    para("Drs. SARBINI, M.Si"),
    para("Pembina Utama Muda"),
    para("NIP. 19650101 199003 1 004"),
]


def keputusan_doc(*extra, number_line="NOMOR 060/02 TAHUN 2021"):
    blocks = [b if b.text != "NOMOR 060/02 TAHUN 2021" else para(number_line) for b in KEPUTUSAN]
    return doc(*blocks, para("1. STANDAR PELAYANAN KARTU KELUARGA"), component_table(), *extra)


# ---- document type ------------------------------------------------------------------------


def test_keputusan_with_lampiran_is_a_service_standard():
    seg = segment(keputusan_doc())
    assert seg.doc_type == "service_standard"
    assert "Keputusan" in seg.reason


def test_title_and_three_components_is_a_service_standard():
    rows = FULL_ROWS[1:4]
    seg = segment(doc(heading("STANDAR PELAYANAN PUBLIK"), component_table(rows)))
    assert seg.doc_type == "service_standard"


def test_title_with_too_few_components_is_other():
    seg = segment(doc(heading("STANDAR PELAYANAN PUBLIK"), para("Persyaratan : KTP")))
    assert seg.doc_type == "other"
    assert "1 component" in seg.reason


def test_scanned_pdf():
    d = Document(path="x.pdf", format="pdf", blocks=(), pages=3, scanned=True)
    seg = segment(d)
    assert (seg.doc_type, seg.services) == ("scanned", ())


@pytest.mark.parametrize(
    ("blocks", "why"),
    [
        (
            [
                heading("PERATURAN BUPATI BARITO KUALA NOMOR 53 TAHUN 2016"),
                para("TENTANG STANDAR PELAYANAN MINIMAL BLUD RSUD"),
                table(
                    ["No", "Jenis Pelayanan", "Indikator", "Standar"],
                    ["1", "Gawat Darurat", "Kemampuan menangani life saving", "100 %"],
                    ["2", "Rawat Jalan", "Waktu tunggu di rawat jalan", "≤ 60 menit"],
                ),
            ],
            "SPM",
        ),
        (
            [
                heading("STANDAR OPERASIONAL PROSEDUR (SOP) EVALUASI KINERJA"),
                para("1. Pengertian"),
                para("2. Tujuan"),
                para("3. Kebijakan"),
                para("4. Prosedur"),
                para("5. Unit Terkait"),
            ],
            "SOP",
        ),
        (
            [
                heading("STANDAR LAYANAN INFORMASI PUBLIK"),
                para("PPID Dinas Kominfo"),
                para("Prosedur permohonan informasi dan keberatan"),
                para("Biaya : gratis"),
                para("Jangka waktu : 10 hari kerja"),
            ],
            "KIP",
        ),
        (
            [
                heading("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT TAHUN 2023"),
                para("Unsur persyaratan memperoleh nilai 3,2"),
            ],
            "SKM",
        ),
        (
            [
                para("Nomor : 005/123/2023"),
                para("Perihal : Undangan Forum Konsultasi Publik Standar Pelayanan"),
                para("Kepada Yth. Bapak/Ibu Kepala Desa"),
                para("Dengan hormat, kami mengundang Bapak/Ibu"),
            ],
            "letter",
        ),
    ],
)
def test_lookalikes_are_other(blocks, why):
    seg = segment(doc(*blocks))
    assert seg.doc_type == "other", why
    assert seg.reason


def test_components_without_any_title_still_count_when_most_are_there():
    seg = segment(doc(para("PELAYANAN KARTU KELUARGA"), component_table()))
    assert seg.doc_type == "service_standard"


# ---- unit ---------------------------------------------------------------------------------


def test_unit_from_letterhead_gets_region_from_pemerintah_line():
    seg = segment(keputusan_doc())
    assert seg.unit == "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN KEBUMEN"


def test_unit_line_with_its_own_region_is_kept_as_written():
    d = doc(
        para("PEMERINTAH KOTA BIMA"),
        para("Dinas Penanaman Modal dan PTSP Kota Bima"),
        heading("STANDAR PELAYANAN"),
        component_table(),
    )
    assert segment(d).unit == "Dinas Penanaman Modal dan PTSP Kota Bima"


def test_unit_region_on_the_line_below():
    d = doc(para("UPT PUSKESMAS SUNGAI DAREH"), para("KABUPATEN DHARMASRAYA"), component_table())
    assert segment(d).unit == "UPT PUSKESMAS SUNGAI DAREH KABUPATEN DHARMASRAYA"


def test_unit_from_page_header():
    header = ("RSUD dr. Loekmono Hadi Kudus",)
    d = doc(heading("STANDAR PELAYANAN"), component_table(), headers=header)
    assert segment(d).unit == "RSUD dr. Loekmono Hadi Kudus"


def test_unit_from_title_pada():
    d = doc(heading("STANDAR PELAYANAN PUBLIK PADA KECAMATAN PENDOPO BARAT"), component_table())
    assert segment(d).unit == "KECAMATAN PENDOPO BARAT"


def test_unit_from_keputusan_kepala():
    d = doc(para("KEPUTUSAN KEPALA UPT PUSKESMAS TAKONG NOMOR 386 TAHUN 2022"), component_table())
    assert segment(d).unit == "UPT PUSKESMAS TAKONG"


def test_unit_falls_back_to_the_pemerintah_line():
    d = doc(para("PEMERINTAH KABUPATEN LUMAJANG"), heading("STANDAR PELAYANAN"), component_table())
    assert segment(d).unit == "PEMERINTAH KABUPATEN LUMAJANG"


def test_no_unit():
    assert segment(doc(heading("STANDAR PELAYANAN"), component_table())).unit is None


# ---- setting --------------------------------------------------------------------------------


def test_setting_instrument_number_date_year_signer():
    s = segment(keputusan_doc()).setting
    assert s is not None
    assert s.instrument == (
        "KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN KEBUMEN"
    )
    assert s.number == "060/02 TAHUN 2021"
    assert s.number_blank is False
    assert (s.date, s.year) == ("2021-01-12", 2021)
    assert s.signer == "Drs. SARBINI, M.Si"
    assert s.location.paragraph == 4


@pytest.mark.parametrize(
    ("line", "number", "year"),
    [
        ("Nomor : / / /2014", "/ / /2014", 2014),
        ("Nomor : …", "…", 2021),
        ("NOMOR :      TAHUN 2022", "TAHUN 2022", 2022),
        ("Nomor : 440/   /2023", "440/ /2023", 2023),
        ("Nomor :", None, 2021),
        ("NOMOR: ........ TAHUN 2020", "........ TAHUN 2020", 2020),
    ],
)
def test_blank_setting_numbers(line, number, year):
    s = segment(keputusan_doc(number_line=line)).setting
    assert s.number_blank is True
    assert s.number == number
    assert s.year == year


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("pada tanggal 12 Januari 2023", "2023-01-12"),
        ("pada tanggal 3 Pebruari 2020", "2020-02-03"),
        ("pada tanggal 12-01-2023", "2023-01-12"),
        ("Kebumen, 1 Nopember 2019", "2019-11-01"),
        ("Tanggal : 31 Agustus 2022", "2022-08-31"),
    ],
)
def test_indonesian_dates(text, iso):
    blocks = [para(text) if b.text == "pada tanggal 12 Januari 2021" else b for b in KEPUTUSAN]
    s = segment(doc(*blocks, para("1. STANDAR PELAYANAN KK"), component_table())).setting
    assert s.date == iso


def test_unparseable_date_is_kept_as_written():
    blocks = [
        para("Tanggal : ... Januari 2023") if b.text == "pada tanggal 12 Januari 2021" else b
        for b in KEPUTUSAN
    ]
    s = segment(doc(*blocks, component_table())).setting
    assert s.date == "... Januari 2023"


@pytest.mark.parametrize(
    ("first", "instrument"),
    [
        ("PERATURAN BUPATI PATI NOMOR 12 TAHUN 2020", "PERATURAN BUPATI PATI"),
        ("SURAT KEPUTUSAN CAMAT CANDIPURO NOMOR 5 TAHUN 2017", "SURAT KEPUTUSAN CAMAT CANDIPURO"),
        ("Keputusan Kepala Dinas Kesehatan Nomor 440/12/2023", "Keputusan Kepala Dinas Kesehatan"),
    ],
)
def test_setting_instruments_with_inline_number(first, instrument):
    s = segment(doc(para(first), para("TENTANG STANDAR PELAYANAN"), component_table())).setting
    assert s.instrument == instrument
    assert s.number_blank is False
    assert s.year in (2017, 2020, 2023)


def test_no_setting_at_all():
    assert segment(doc(heading("STANDAR PELAYANAN KK"), component_table())).setting is None


def test_lampiran_header_gives_the_setting():
    d = doc(
        para("LAMPIRAN II KEPUTUSAN CAMAT PENDOPO BARAT"),
        para("NOMOR : 140/    /SK/PDB/2022"),
        para("TANGGAL : 25 Juli 2022"),
        para("1. STANDAR PELAYANAN SURAT KETERANGAN PINDAH"),
        component_table(),
        para("CAMAT PENDOPO BARAT"),
        para("HENDRA, S.IP"),
        para("NIP. 19780101 200501 1 002"),
    )
    s = segment(d).setting
    assert s.instrument == "KEPUTUSAN CAMAT PENDOPO BARAT"
    assert s.number_blank is True
    assert s.date == "2022-07-25"
    assert s.signer == "HENDRA, S.IP"


# ---- maklumat and participation ---------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["MAKLUMAT PELAYANAN", "Maklumat Pelayanan Publik", "MAKMULAT PELAYANAN", "Maklumat Standar Layanan"],
)
def test_maklumat_section_up_to_its_signature(title):
    d = keputusan_doc(
        para(title),
        para("DENGAN INI, KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR"),
        para("apabila tidak menepati janji ini, kami siap menerima sanksi"),
        para("Kepala Dinas"),
        para("NIP. 19650101 199003 1 004"),
        para("VISI : Terwujudnya tertib administrasi kependudukan"),
    )
    m = segment(d).maklumat
    assert m is not None and m.component == "maklumat"
    assert m.heading == title
    assert "SANGGUP" in m.text and "sanksi" in m.text
    assert "VISI" not in m.text
    assert m.location.paragraph is not None


def test_maklumat_as_a_table_row():
    rows = [*FULL_ROWS[:3], ("Maklumat Pelayanan", "Kami sanggup melayani sesuai standar")]
    seg = segment(doc(heading("STANDAR PELAYANAN KK"), component_table(rows)))
    assert seg.maklumat.text == "Kami sanggup melayani sesuai standar"
    assert "maklumat" not in seg.services[0].components


def test_no_maklumat_when_only_mentioned():
    rows = [*FULL_ROWS[:3], ("Jaminan Pelayanan", "Sesuai maklumat pelayanan")]
    seg = segment(doc(heading("STANDAR PELAYANAN KK"), component_table(rows)))
    assert seg.maklumat is None
    assert seg.services[0].components["jaminan_pelayanan"].text == "Sesuai maklumat pelayanan"


def test_participation_evidence_phrases_in_order():
    d = keputusan_doc(
        para("Standar pelayanan ini disusun melalui Forum Konsultasi Publik (FKP)"),
        para("sebagaimana tercantum dalam Berita Acara dan daftar hadir"),
        item("tokoh masyarakat dan akademisi", "-"),
    )
    assert segment(d).participation == (
        "Forum Konsultasi Publik",
        "FKP",
        "Berita Acara",
        "daftar hadir",
        "tokoh masyarakat",
        "akademisi",
    )


def test_no_participation_evidence():
    assert segment(doc(heading("STANDAR PELAYANAN KK"), component_table())).participation == ()


def test_lookalike_words_inside_a_short_standard_do_not_make_it_other():
    d = doc(
        para("STANDAR PELAYANAN SURAT KETERANGAN USAHA"),
        para("Persyaratan : KTP dan surat pengantar RT"),
        para("Prosedur : Pemohon datang ke kantor kelurahan"),
        para("Jangka Waktu : 1 hari"),
        para("Biaya : Gratis"),
        para("Evaluasi Kinerja : Survei Kepuasan Masyarakat (SKM) setiap tahun, Berita Acara"),
        para("Pengaduan : SOP pengaduan, telepon 0711-123"),
    )
    seg = segment(d)
    assert seg.doc_type == "service_standard", seg.reason


def test_service_title_counts_as_title_evidence():
    seg = segment(doc(heading("STANDAR PELAYANAN PENERBITAN KK"), component_table(FULL_ROWS[1:4])))
    assert seg.doc_type == "service_standard"
    assert seg.services[0].name == "PENERBITAN KK"


def test_unit_sub_unit_named_before_its_parent_agency() -> None:
    from compliance.segment.unit import find_unit

    lines = ["UPTD SAMSAT KOTA BUKITTINGGI", "Badan Pendapatan Daerah Provinsi Sumatera Barat"]
    assert find_unit(lines) == "UPTD SAMSAT KOTA BUKITTINGGI"
    assert find_unit(list(reversed(lines))) == "UPTD SAMSAT KOTA BUKITTINGGI"


def test_unit_area_name_that_is_a_region_word_still_gets_its_region() -> None:
    from compliance.segment.unit import find_unit

    lines = ["PEMERINTAH KABUPATEN TIMOR TENGAH SELATAN", "KECAMATAN KOTA SOE"]
    assert find_unit(lines) == "KECAMATAN KOTA SOE KABUPATEN TIMOR TENGAH SELATAN"
    lines = ["PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "UPTD LABORATORIUM KESEHATAN DAERAH"]
    assert find_unit(lines) == "UPTD LABORATORIUM KESEHATAN DAERAH PROVINSI NUSA TENGGARA BARAT"


def test_circulars_and_reports_about_standards_are_not_standards() -> None:
    """A Surat Edaran or an evaluation report names the 14 components without being a standard."""
    from compliance.model import Document
    from compliance.segment import segment

    components = "\n".join(
        f"{i}. {name}"
        for i, name in enumerate(
            ["Dasar Hukum", "Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Jangka Waktu",
             "Biaya/Tarif", "Produk Pelayanan", "Sarana dan Prasarana", "Kompetensi Pelaksana"],
            1,
        )
    )
    circular = Document.from_text(
        "SURAT EDARAN BUPATI X\nTENTANG PENYUSUNAN DAN PENETAPAN STANDAR PELAYANAN\n"
        "Standar pelayanan memuat komponen:\n" + components
    )
    report = Document.from_text(
        "LAPORAN EVALUASI PELAKSANAAN STANDAR PELAYANAN\nDinas X Tahun 2024\n" + components
    )
    assert segment(circular).doc_type == "other"
    assert segment(report).doc_type == "other"


def test_unit_from_a_short_agency_name_on_a_web_page() -> None:
    from compliance.segment.unit import find_unit

    assert find_unit(["Disdukcapil Kota Pontianak", "Beranda › Layanan"]) == (
        "Disdukcapil Kota Pontianak"
    )


def test_a_drafting_guide_quoting_the_components_is_not_a_standard() -> None:
    from compliance.model import Document
    from compliance.segment import segment

    guide = Document.from_text(
        "PETUNJUK TEKNIS PENYUSUNAN STANDAR PELAYANAN\n"
        "1. Dasar Hukum : tuliskan peraturan yang menjadi dasar\n"
        "2. Persyaratan : tuliskan dokumen yang harus dilengkapi\n"
        "3. Prosedur : tuliskan langkah pelayanan\n"
        "4. Jangka Waktu : tuliskan lama penyelesaian\n"
        "5. Biaya/Tarif : tuliskan nominal biaya\n"
        "6. Produk Pelayanan : tuliskan hasil layanan"
    )
    assert segment(guide).doc_type == "other"


def test_unit_kantor_desa_is_deeper_than_its_kecamatan() -> None:
    from compliance.segment.unit import find_unit

    unit = find_unit(["KANTOR DESA LINGSAR", "KECAMATAN LINGSAR KABUPATEN LOMBOK BARAT"])
    assert unit is not None and unit.startswith("KANTOR DESA LINGSAR")


def test_setting_skips_the_table_of_contents_entry() -> None:
    from compliance.model import Location
    from compliance.segment.setting import find_setting

    lines = [
        ("DAFTAR ISI", Location(paragraph=1)),
        ("KEPUTUSAN KEPALA DESA ........ 1", Location(paragraph=2)),
        ("KEPUTUSAN KEPALA DESA LINGSAR NOMOR 12 TAHUN 2025", Location(paragraph=9)),
        ("TENTANG STANDAR PELAYANAN PUBLIK", Location(paragraph=10)),
    ]
    setting = find_setting(lines)
    assert setting is not None and not setting.number_blank and setting.year == 2025
    assert setting.location == Location(paragraph=9)


def test_unit_distrik_is_a_unit_word() -> None:
    from compliance.segment.unit import find_unit

    unit = find_unit(["PEMERINTAH KOTA SORONG", "DISTRIK SORONG TIMUR"])
    assert unit is not None and unit.startswith("DISTRIK SORONG TIMUR")


def test_an_sop_appended_after_the_standard_is_not_a_second_service() -> None:
    from compliance.model import Document
    from compliance.segment import segment

    rows = [
        "Dasar Hukum : Perda Nomor 3 Tahun 2020",
        "Persyaratan : KTP dan KK",
        "Prosedur : 1. Daftar 2. Verifikasi 3. Terbit",
        "Jangka Waktu : 1 hari kerja",
        "Biaya : Gratis",
        "Produk Pelayanan : Surat Keterangan Domisili",
    ]
    text = "\n".join(
        ["STANDAR PELAYANAN SURAT KETERANGAN DOMISILI", *rows,
         "SOP PELAYANAN SURAT KETERANGAN DOMISILI",
         "Dasar Hukum : Perda Nomor 3 Tahun 2020",
         "Kualifikasi Pelaksana : SMA",
         "Prosedur : 1. Terima berkas 2. Periksa"]
    )
    seg = segment(Document.from_text(text))
    assert len(seg.services) == 1
    assert seg.services[0].components["prosedur"].text.startswith("1. Daftar")


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("Unit Layanan : Dinas Lingkungan Hidup Kota Palangka Raya", "Dinas Lingkungan Hidup Kota Palangka Raya"),
        ("Portal Standar Pelayanan - Dinas Perhubungan Kabupaten Kapuas", "Dinas Perhubungan Kabupaten Kapuas"),
    ],
)
def test_unit_from_an_export_field_or_a_portal_title(line: str, unit: str) -> None:
    from compliance.segment.unit import find_unit

    assert find_unit([line]) == unit


def test_a_web_page_menu_saying_berita_does_not_make_a_standard_a_news_item() -> None:
    from compliance.model import Document
    from compliance.segment import segment

    labels = ["Dasar Hukum", "Persyaratan", "Prosedur", "Jangka Waktu", "Biaya", "Produk"]
    body = "\n".join(f"{label} : isi {label.lower()} yang konkret" for label in labels)
    page = Document.from_text(
        "Beranda | Profil | Layanan | Berita | Kontak\n"
        "Standar Pelayanan Penerbitan Kartu Identitas Anak\n" + body
    )
    assert segment(page).doc_type == "service_standard"


def test_a_leaflet_of_service_delivery_components_is_a_standard_without_the_title() -> None:
    from compliance.model import Document
    from compliance.segment import segment

    leaflet = Document.from_text(
        "LAYANAN SURAT KETERANGAN KESEHATAN HEWAN\nSyarat yang dibawa: KTP pemilik\n"
        "Alur Layanan: 1. Daftar 2. Periksa\nLama Proses: 1 x 24 jam\nBiaya: Rp 10.000\n"
        "Hasil Layanan: SKKH\nPengaduan: WA 0813-4100-2231"
    )
    assert segment(leaflet).doc_type == "service_standard"


def test_unit_after_the_title_words_and_never_a_web_domain() -> None:
    from compliance.segment.unit import find_unit

    assert find_unit(["STANDAR PELAYANAN DISTRIK SENTANI"]) == "DISTRIK SENTANI"
    assert find_unit(["dishub.kendarikota.go.id", "Beranda > Layanan"]) is None


def test_a_cut_group_heading_and_a_share_bar_are_not_content_or_services() -> None:
    from compliance.model import Document
    from compliance.segment import segment

    text = "\n".join(
        [
            "STANDAR PELAYANAN IZIN REKLAME",
            "Persyaratan : KTP", "Prosedur : 1. Daftar 2. Verifikasi", "Biaya : Gratis",
            "B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN",
            "Dasar Hukum : Perda Nomor 3 Tahun 2020",
            "Penanganan Pengaduan, Saran dan Masukan :",
            "Bagikan: Facebook | Twitter | WhatsApp",
        ]
    )
    seg = segment(Document.from_text(text))
    assert len(seg.services) == 1
    assert seg.services[0].components["pengaduan"].text == ""


def test_a_maklumat_heading_naming_its_unit_and_a_toc_entry() -> None:
    from compliance.model import Document
    from compliance.segment import segment

    text = "\n".join(
        [
            "DAFTAR ISI",
            "MAKLUMAT PELAYANAN ........ ii",
            "STANDAR PELAYANAN SURAT PINDAH",
            "Persyaratan : KTP",
            "Prosedur : 1. Daftar 2. Verifikasi",
            "Biaya : Gratis",
            "MAKLUMAT PELAYANAN KECAMATAN KLOJEN",
            "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan.",
        ]
    )
    seg = segment(Document.from_text(text))
    assert seg.maklumat is not None and "sanggup" in seg.maklumat.text
