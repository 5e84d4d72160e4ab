"""segment: services and their component sections in every layout ingest produces."""

from __future__ import annotations

import pytest

from compliance.model import COMPONENT_IDS
from compliance.segment import segment
from compliance.segment.labels import match_label
from helpers_segment import (
    FULL_ROWS,
    MERGED,
    component_table,
    doc,
    heading,
    item,
    para,
    table,
)

TITLE = heading("STANDAR PELAYANAN PENERBITAN KARTU KELUARGA")


def only_service(d):
    seg = segment(d)
    assert len(seg.services) == 1, [s.name for s in seg.services]
    return seg.services[0]


# ---- label vocabulary ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "component"),
    [
        ("Dasar Hukum", "dasar_hukum"),
        ("DASAR HUKUM :", "dasar_hukum"),
        ("Persyaratan Pelayanan", "persyaratan"),
        ("Syarat", "persyaratan"),
        ("Persyaratan Teknis dan Administratif", "persyaratan"),
        ("Sistem, Mekanisme, dan Prosedur", "prosedur"),
        ("Sistim, Mekanisme dan Prosedur", "prosedur"),
        ("Mekanisme", "prosedur"),
        ("Alur Pelayanan", "prosedur"),
        ("Prosedur /Mekanisme", "prosedur"),
        ("Jangka Waktu Penyelesaian", "jangka_waktu"),
        ("waktiu pelayanan", "jangka_waktu"),
        ("Waktu Pelayanan", "jangka_waktu"),
        ("Lama waktu pelayanan", "jangka_waktu"),
        ("Biaya/Tarif", "biaya"),
        ("Biaya /tariff", "biaya"),
        ("Biaya, tarif dan rinciannya", "biaya"),
        ("Retribusi", "biaya"),
        ("Produk Layanan", "produk"),
        ("Output", "produk"),
        ("Hasil Pelayanan", "produk"),
        ("Sarana dan Prasarana", "sarana"),
        ("Sarana, Prasarana, dan/atau Fasilitas", "sarana"),
        ("Kompetensi /\nPelaksana", "kompetensi"),
        ("Kompe-\ntensi Pelaksana", "kompetensi"),
        ("Pengawas Internal", "pengawasan"),
        ("Pengawasan Internal", "pengawasan"),
        ("Pengelolaan Pengaduan", "pengaduan"),
        ("Penanganan, pengaduan,saran, dan masukan", "pengaduan"),
        ("Jumlah Pelaksana Medis", "jumlah_pelaksana"),
        ("Jaminan Pelayanan", "jaminan_pelayanan"),
        ("Jaminan Keamanan dan Keselamatan Pelayanan", "jaminan_keamanan"),
        ("Jaminan Keselamatan", "jaminan_keamanan"),
        ("Evaluasi Kinerja", "evaluasi"),
        ("Evaluasi Kinerja Pelaksana", "evaluasi"),
        ("c. Sistem, mekanisme dan prosedur (termasuk pengaduan)", "prosedur"),
        ("Makmulat Pelayanan", "maklumat"),
        ("Maklumat Standar Layanan", "maklumat"),
        ("Tata Cara Pengaduan", "pengaduan"),
        ("Monitoring dan Evaluasi", "evaluasi"),
        ("Jumlah Tenaga Kesehatan", "jumlah_pelaksana"),
    ],
)
def test_label_variants_map_to_their_component(label, component):
    m = match_label(label)
    assert m is not None and m.key == component


@pytest.mark.parametrize(
    "text",
    [
        "Pengaduan dapat disampaikan melalui kotak saran",
        "Biaya pelayanan gratis",
        "Fotokopi KTP",
        "Kepala Dinas",
        "Jaminan kenyamanan",
        "Tidak dipungut biaya",
        "Rp 10.000",
        "",
    ],
)
def test_sentences_and_content_are_not_labels(text):
    m = match_label(text)
    assert m is None or m.key not in COMPONENT_IDS


def test_table_label_cells_tolerate_one_modifier_after_the_head_word():
    assert match_label("Persyaratan Permohonan") is None  # a line: could be a sentence
    assert match_label("Persyaratan Permohonan", cell=True).key == "persyaratan"
    assert match_label("Permohonan Persyaratan", cell=True) is None
    rows = [("Persyaratan Permohonan", "KTP"), ("Prosedur Permohonan", "Daftar di loket")]
    svc = only_service(doc(TITLE, component_table(rows)))
    assert svc.components["prosedur"].text == "Daftar di loket"


# ---- tables ---------------------------------------------------------------------------------


def test_three_column_table_gives_all_fourteen_with_content_and_row_locations():
    svc = only_service(doc(TITLE, component_table()))
    assert list(svc.components) == list(COMPONENT_IDS)
    assert svc.name == "PENERBITAN KARTU KELUARGA"
    p = svc.components["persyaratan"]
    assert p.heading == "Persyaratan"
    assert p.text == "1. Fotokopi KTP\n2. Kartu Keluarga lama"
    assert p.items == ("1. Fotokopi KTP", "2. Kartu Keluarga lama")
    assert (p.location.table, p.location.row) == (1, 3)  # header row is row 1


def test_label_column_is_found_by_content_not_position():
    # content first, label second: the column holding the labels is the label column
    rows = [[content, label] for label, content in FULL_ROWS[:5]]
    svc = only_service(doc(TITLE, table(*rows)))
    assert svc.components["biaya"].text == "Tidak dipungut biaya"
    assert svc.components["persyaratan"].heading == "Persyaratan"


def test_two_column_table_without_number_column():
    svc = only_service(doc(TITLE, table(*[[a, b] for a, b in FULL_ROWS])))
    assert len(svc.components) == 14
    assert svc.components["jumlah_pelaksana"].text == "5 (lima) orang"


def test_content_continued_over_rows_with_empty_or_merged_label():
    t = table(
        ["NO", "KOMPONEN", "URAIAN"],
        ["1.", "Persyaratan", "1. Fotokopi KTP"],
        ["", "", "2. Kartu Keluarga lama"],
        [MERGED, MERGED, "3. Surat pengantar RT"],
        ["2.", "Biaya", "Gratis"],
        ["3.", "Produk Pelayanan", "Kartu Keluarga"],
    )
    svc = only_service(doc(TITLE, t))
    assert svc.components["persyaratan"].items == (
        "1. Fotokopi KTP",
        "2. Kartu Keluarga lama",
        "3. Surat pengantar RT",
    )
    assert svc.components["biaya"].text == "Gratis"


def test_label_split_over_two_rows_is_one_label():
    t = table(
        ["1.", "Jaminan Keamanan dan", "CCTV dan APAR"],
        ["", "Keselamatan Pelayanan", "Petugas keamanan 24 jam"],
        ["2.", "Evaluasi Kinerja", "Survei kepuasan setiap tahun"],
        ["3.", "Jumlah Pelaksana", "4 orang"],
    )
    svc = only_service(doc(TITLE, t))
    s = svc.components["jaminan_keamanan"]
    assert s.heading == "Jaminan Keamanan dan Keselamatan Pelayanan"
    assert s.items == ("CCTV dan APAR", "Petugas keamanan 24 jam")
    assert "jaminan_pelayanan" not in svc.components


def test_label_row_above_content_row():
    t = table(
        ["1.", "Persyaratan", ""],
        ["", "", "1. KTP\n2. KK"],
        ["2.", "Prosedur", ""],
        ["", ("Pemohon datang ke loket, petugas memproses", 2)],
        [("Biaya / Tarif", 3)],
        [("Gratis", 3)],
    )
    svc = only_service(doc(TITLE, t))
    assert svc.components["persyaratan"].items == ("1. KTP", "2. KK")
    assert svc.components["prosedur"].text == "Pemohon datang ke loket, petugas memproses"
    assert svc.components["biaya"].text == "Gratis"


def test_single_column_table_with_label_lines():
    t = table(
        ["Persyaratan :"],
        ["1. KTP"],
        ["2. KK"],
        ["Biaya : Gratis"],
        ["Produk : Kartu Keluarga"],
    )
    svc = only_service(doc(TITLE, t))
    assert svc.components["persyaratan"].items == ("1. KTP", "2. KK")
    assert svc.components["biaya"].text == "Gratis"
    assert svc.components["produk"].heading == "Produk"


@pytest.mark.parametrize("empty", ["", "-", ":", "…", "(diisi)"])
def test_heading_without_content_is_still_returned(empty):
    rows = [("Persyaratan", "1. KTP"), ("Dasar Hukum", empty), ("Biaya", "Gratis")]
    svc = only_service(doc(TITLE, component_table(rows)))
    s = svc.components["dasar_hukum"]
    assert s.heading == "Dasar Hukum"
    assert s.text == empty.strip()


def test_label_repeated_as_content_is_kept_as_written():
    rows = [("Persyaratan", "1. KTP"), ("Kompetensi Pelaksana", "Kompetensi Pelaksana")]
    svc = only_service(doc(TITLE, component_table(rows)))
    assert svc.components["kompetensi"].text == "Kompetensi Pelaksana"


def test_office_hours_do_not_replace_completion_time():
    rows = [
        ("Persyaratan", "KTP"),
        ("Waktu Pelayanan", "Senin – Jumat 08.00 – 16.00"),
        ("Prosedur", "1. Daftar\n2. Proses"),
        ("Jangka Waktu Penyelesaian", "3 (tiga) hari kerja"),
    ]
    svc = only_service(doc(TITLE, component_table(rows)))
    jw = svc.components["jangka_waktu"]
    assert jw.heading == "Jangka Waktu Penyelesaian"
    assert jw.text == "3 (tiga) hari kerja"


def test_waktu_pelayanan_alone_is_the_completion_time():
    rows = [("Persyaratan", "KTP"), ("Waktu Pelayanan", "Senin – Jumat 08.00 – 16.00")]
    svc = only_service(doc(TITLE, component_table(rows)))
    assert svc.components["jangka_waktu"].heading == "Waktu Pelayanan"
    assert svc.components["jangka_waktu"].text == "Senin – Jumat 08.00 – 16.00"


def test_same_component_twice_is_merged():
    rows = [("Persyaratan Umum", "1. KTP"), ("Persyaratan Khusus", "2. Akta kelahiran")]
    svc = only_service(doc(TITLE, component_table(rows)))
    assert svc.components["persyaratan"].items == ("1. KTP", "2. Akta kelahiran")
    assert svc.components["persyaratan"].heading == "Persyaratan Umum"


def test_extra_rows_are_ignored_and_end_the_previous_component():
    rows = [
        ("Persyaratan", "KTP"),
        ("Motto", "Melayani dengan hati"),
        ("Visi", "Terwujudnya pelayanan prima"),
        ("Jenis Pelayanan", "Penerbitan KK"),
        ("Keterangan", "Berlaku mulai 2023"),
        ("Biaya", "Gratis"),
    ]
    svc = only_service(doc(TITLE, component_table(rows)))
    assert svc.components["persyaratan"].text == "KTP"
    assert set(svc.components) == {"persyaratan", "biaya"}


def test_two_sub_tables_stay_one_service():
    first_words = ("Persyaratan", "Sistem", "Jangka", "Biaya/Tarif", "Produk", "Penanganan")
    sd = [r for r in FULL_ROWS if r[0].split()[0] in first_words]
    mf = [r for r in FULL_ROWS if r not in sd]
    d = doc(
        heading("STANDAR PELAYANAN PENERBITAN AKTA KELAHIRAN"),
        para(
            "A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN "
            "(SERVICE DELIVERY)"
        ),
        component_table(sd),
        para(
            "B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN DI "
            "INTERNAL ORGANISASI (MANUFACTURING)"
        ),
        component_table(mf),
    )
    svc = only_service(d)
    assert svc.name == "PENERBITAN AKTA KELAHIRAN"
    assert len(svc.components) == 14


def test_group_heading_rows_inside_one_table_stay_one_service():
    rows = [["NO", "KOMPONEN", "URAIAN"], [("A. SERVICE DELIVERY", 3)]]
    rows += [[f"{i}.", a, b] for i, (a, b) in enumerate(FULL_ROWS[1:7], 1)]
    rows += [[("B. MANUFACTURING", 3)]]
    rows += [[f"{i}.", a, b] for i, (a, b) in enumerate([FULL_ROWS[0], *FULL_ROWS[7:]], 1)]
    svc = only_service(doc(TITLE, table(*rows)))
    assert len(svc.components) == 14
    assert svc.components["produk"].text == "Kartu Keluarga"


# ---- multi-service documents ----------------------------------------------------------------


def _lampiran(*services):
    blocks = [para("LAMPIRAN KEPUTUSAN KEPALA DINAS KEPENDUDUKAN NOMOR 470/12/2023")]
    for title in services:
        blocks += [para(title), component_table()]
    return doc(*blocks)


def test_multi_service_lampiran_is_split_at_numbered_titles():
    seg = segment(
        _lampiran(
            "1. STANDAR PELAYANAN PENERBITAN KARTU KELUARGA",
            "2. STANDAR PELAYANAN SURAT KETERANGAN PINDAH KELUAR",
            "3. STANDAR PELAYANAN AKTA KELAHIRAN",
        )
    )
    assert [s.name for s in seg.services] == [
        "PENERBITAN KARTU KELUARGA",
        "SURAT KETERANGAN PINDAH KELUAR",
        "AKTA KELAHIRAN",
    ]
    assert all(len(s.components) == 14 for s in seg.services)
    assert seg.services[1].components["persyaratan"].location.table == 2


def test_jenis_pelayanan_titles_split_services():
    seg = segment(
        _lampiran(
            "I. JENIS PELAYANAN : PENERBITAN KARTU KELUARGA BARU",
            "II. JENIS PELAYANAN : PENERBITAN KTP-EL",
        )
    )
    assert [s.name for s in seg.services] == ["PENERBITAN KARTU KELUARGA BARU", "PENERBITAN KTP-EL"]


def test_numbered_title_without_standar_pelayanan_words():
    seg = segment(
        _lampiran("1. IZIN PERUBAHAN PENGGUNAAN TANAH (IPPT)", "2. IZIN MENDIRIKAN BANGUNAN")
    )
    assert [s.name for s in seg.services] == [
        "IZIN PERUBAHAN PENGGUNAAN TANAH (IPPT)",
        "IZIN MENDIRIKAN BANGUNAN",
    ]


def test_one_service_per_table_named_by_its_nama_layanan_row():
    def t(name):
        return table(["Nama Layanan", name], *[[a, b] for a, b in FULL_ROWS])

    d = doc(heading("STANDAR PELAYANAN PUBLIK"), t("Legalisir Ijazah"), t("Mutasi Siswa"))
    seg = segment(d)
    assert [s.name for s in seg.services] == ["Legalisir Ijazah", "Mutasi Siswa"]


def test_repeated_tables_without_titles_are_separate_services():
    seg = segment(doc(heading("STANDAR PELAYANAN PUSKESMAS"), component_table(), component_table()))
    assert len(seg.services) == 2
    assert all(len(s.components) == 14 for s in seg.services)


def test_table_of_contents_lines_are_not_services():
    seg = segment(
        doc(
            para("DAFTAR ISI"),
            para("1. STANDAR PELAYANAN KARTU KELUARGA ........ 3"),
            para("2. STANDAR PELAYANAN AKTA KELAHIRAN ........ 5"),
            para("1. STANDAR PELAYANAN KARTU KELUARGA"),
            component_table(),
            para("2. STANDAR PELAYANAN AKTA KELAHIRAN"),
            component_table(),
        )
    )
    assert [s.name for s in seg.services] == ["KARTU KELUARGA", "AKTA KELAHIRAN"]


def test_keputusan_preamble_is_not_a_service():
    d = doc(
        para("KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN KEBUMEN"),
        para("NOMOR 060/02 TAHUN 2021"),
        para("TENTANG STANDAR PELAYANAN"),
        para("Menimbang : a. bahwa untuk meningkatkan kualitas pelayanan;"),
        para("Mengingat :"),
        item("Dasar Hukum", "1."),
        item("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "2."),
        item("Persyaratan", "3."),
        para("MEMUTUSKAN"),
        para("Menetapkan : KEPUTUSAN TENTANG STANDAR PELAYANAN"),
        para("LAMPIRAN KEPUTUSAN KEPALA DINAS"),
        para("1. STANDAR PELAYANAN KARTU KELUARGA"),
        component_table(),
    )
    seg = segment(d)
    assert [s.name for s in seg.services] == ["KARTU KELUARGA"]
    assert seg.services[0].components["dasar_hukum"].location.table == 1


# ---- list and heading layouts -------------------------------------------------------------


def test_lettered_list_with_colon_labels_and_numbered_content():
    d = doc(
        TITLE,
        item("Persyaratan :", "A."),
        item("Fotokopi KTP", "1.", level=1),
        item("Surat pengantar", "2.", level=1),
        item("Sistem, Mekanisme dan Prosedur :", "B."),
        item("Pemohon mengisi formulir", "1.", level=1),
        item("Petugas memverifikasi", "2.", level=1),
        item("Pengaduan", "3.", level=1),
        item("Jangka Waktu : 1 (satu) hari kerja", "C."),
        item("Biaya : Gratis", "D."),
    )
    svc = only_service(d)
    assert svc.components["persyaratan"].items == ("1. Fotokopi KTP", "2. Surat pengantar")
    assert svc.components["prosedur"].items[-1] == "3. Pengaduan"
    assert "pengaduan" not in svc.components
    assert svc.components["jangka_waktu"].text == "1 (satu) hari kerja"
    assert svc.components["biaya"].heading == "Biaya"


def test_headings_followed_by_paragraphs():
    d = doc(
        TITLE,
        heading("Dasar Hukum", 2),
        para("Undang-Undang Nomor 24 Tahun 2013"),
        para("Peraturan Presiden Nomor 96 Tahun 2018"),
        heading("Persyaratan", 2),
        item("KTP", "1."),
        item("KK", "2."),
        heading("Penanganan Pengaduan, Saran dan Masukan", 2),
        para("Pengaduan dapat disampaikan melalui kotak saran atau telepon 0721-123456"),
    )
    svc = only_service(d)
    assert svc.components["dasar_hukum"].items == (
        "Undang-Undang Nomor 24 Tahun 2013",
        "Peraturan Presiden Nomor 96 Tahun 2018",
    )
    assert svc.components["persyaratan"].items == ("1. KTP", "2. KK")
    assert svc.components["pengaduan"].text.startswith("Pengaduan dapat disampaikan")
    assert svc.components["dasar_hukum"].location.paragraph == 2


def test_inline_label_value_continues_on_following_lines():
    d = doc(
        TITLE,
        para("Persyaratan : Fotokopi KTP"),
        para("dan Kartu Keluarga asli"),
        para("Biaya : Tidak dipungut biaya"),
        para("Produk Pelayanan : Kartu Keluarga"),
    )
    svc = only_service(d)
    assert svc.components["persyaratan"].items == ("Fotokopi KTP", "dan Kartu Keluarga asli")
    assert svc.components["biaya"].text == "Tidak dipungut biaya"


def test_signature_after_last_component_is_not_its_content():
    d = doc(
        TITLE,
        para("Evaluasi Kinerja Pelaksana : Survei kepuasan masyarakat setiap 6 bulan"),
        para("Ditetapkan di Kebumen"),
        para("Kepala Dinas"),
        para("Budi Santoso"),
    )
    svc = only_service(d)
    assert svc.components["evaluasi"].text == "Survei kepuasan masyarakat setiap 6 bulan"


def test_flowchart_images_belong_to_the_single_service():
    svc = only_service(doc(TITLE, component_table(), images=1))
    assert svc.images == 1


def test_single_service_named_from_pada_title():
    title = heading("STANDAR PELAYANAN REKOMENDASI IZIN PADA DINAS KESEHATAN KABUPATEN X")
    d = doc(title, component_table())
    assert only_service(d).name == "REKOMENDASI IZIN"


def test_service_without_title_falls_back_to_document_title():
    d = doc(component_table(), title="SP Dukcapil")
    assert only_service(d).name == "SP Dukcapil"


def test_letter_i_follows_h_in_a_lettered_list():
    d = doc(
        TITLE,
        item("Sarana, Prasarana, dan/atau Fasilitas :", "H."),
        item("Ruang tunggu", "1."),
        item("Kompetensi Pelaksana :", "I."),
        item("Pendidikan minimal SMA", "1."),
        item("Pengawasan Internal :", "J."),
        item("Kepala Puskesmas setiap bulan", "1."),
    )
    svc = only_service(d)
    assert svc.components["kompetensi"].items == ("1. Pendidikan minimal SMA",)
    assert svc.components["sarana"].items == ("1. Ruang tunggu",)


def test_unnumbered_colon_label_after_lettered_headings():
    d = doc(
        TITLE,
        item("Persyaratan :", "A."),
        item("KTP", "1."),
        para("Biaya : Gratis"),
        para("Produk Pelayanan : Kartu Keluarga"),
    )
    svc = only_service(d)
    assert svc.components["persyaratan"].items == ("1. KTP",)
    assert svc.components["biaya"].text == "Gratis"


def test_label_words_cut_short_or_misspelt_in_cells():
    rows = [
        ("Persyaratan Pelayan", "KTP"),
        ("Kompentensi Pelaksana", "SMA"),
        ("Jaminan Keamanan dan Keselamatn Pelayanan", "CCTV"),
        ("Pengawasan Intern", "Kepala UPT"),
    ]
    svc = only_service(doc(TITLE, component_table(rows)))
    assert set(svc.components) == {"persyaratan", "kompetensi", "jaminan_keamanan", "pengawasan"}


def test_mixed_case_titles_split_services():
    d = doc(
        para("Standar Pelayanan Legalisir Ijazah"),
        component_table(),
        para("Standar Pelayanan Mutasi Siswa"),
        component_table(),
    )
    assert [s.name for s in segment(d).services] == ["Legalisir Ijazah", "Mutasi Siswa"]


def test_standar_pelayanan_sentence_in_content_is_not_a_title():
    d = doc(
        TITLE,
        para("Jaminan Pelayanan :"),
        para("Standar pelayanan dilaksanakan oleh petugas yang kompeten"),
        para("Biaya : Gratis"),
    )
    svc = only_service(d)
    assert svc.components["jaminan_pelayanan"].text.startswith("Standar pelayanan dilaksanakan")


def test_maklumat_without_signature_ends_at_the_next_section():
    d = doc(
        heading("MAKLUMAT PELAYANAN"),
        para("Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan"),
        para("Motto : Melayani dengan hati"),
        heading("STANDAR PELAYANAN KARTU KELUARGA"),
        component_table(),
    )
    seg = segment(d)
    assert seg.maklumat.text == "Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan"
    assert len(seg.services[0].components) == 14


def test_service_named_by_heading_before_a_repeated_table():
    d = doc(
        heading("STANDAR PELAYANAN PUSKESMAS"),
        heading("Pelayanan Rawat Jalan", 2),
        component_table(),
        heading("Pelayanan Gawat Darurat", 2),
        component_table(),
    )
    names = [s.name for s in segment(d).services]
    assert names == ["Pelayanan Rawat Jalan", "Pelayanan Gawat Darurat"]


def test_transposed_table_labels_in_a_header_row():
    t = table(
        ["Persyaratan", "Prosedur", "Waktu Penyelesaian", "Biaya", "Produk"],
        ["1. KTP\n2. KK", "Datang ke loket", "15 menit", "Gratis", "KTP-el"],
    )
    svc = only_service(doc(TITLE, t))
    assert svc.components["persyaratan"].items == ("1. KTP", "2. KK")
    assert svc.components["jangka_waktu"].text == "15 menit"
    assert svc.components["produk"].location.row == 1


def test_label_and_content_in_one_cell():
    t = table(
        ["1.", "Persyaratan :\n1. KTP\n2. KK"],
        ["2.", "Biaya : Gratis"],
        ["3.", "Produk Pelayanan\nKartu Keluarga"],
    )
    svc = only_service(doc(TITLE, t))
    assert svc.components["persyaratan"].items == ("1. KTP", "2. KK")
    assert svc.components["biaya"].text == "Gratis"
    assert svc.components["produk"].text == "Kartu Keluarga"


def test_preamble_without_memutuskan_ends_at_the_standard():
    d = doc(
        para("Mengingat :"),
        item("Undang-Undang Nomor 25 Tahun 2009", "1."),
        heading("STANDAR PELAYANAN KARTU KELUARGA"),
        heading("Persyaratan", 2),
        para("KTP"),
        heading("Biaya", 2),
        para("Gratis"),
        heading("Produk", 2),
        para("KK"),
    )
    svc = only_service(d)
    assert svc.components["biaya"].text == "Gratis"


def test_numbered_step_continuing_the_content_list_is_not_a_heading():
    d = doc(
        TITLE,
        para("1. Persyaratan"),
        para("1. KTP"),
        para("2. Sistem, Mekanisme dan Prosedur"),
        para("1. Pemohon mengisi formulir"),
        para("2. Petugas memverifikasi"),
        para("3. Berkas diserahkan"),
        para("4. Pengaduan"),
        para("3. Jangka Waktu Penyelesaian"),
        para("1 (satu) hari kerja"),
    )
    svc = only_service(d)
    assert svc.components["prosedur"].items[-1] == "4. Pengaduan"
    assert "pengaduan" not in svc.components
    assert svc.components["jangka_waktu"].text == "1 (satu) hari kerja"


def test_title_row_inside_one_table_splits_services():
    rows = [["NO", "KOMPONEN", "URAIAN"], [("PELAYANAN KARTU KELUARGA", 3)]]
    rows += [[f"{i}.", a, b] for i, (a, b) in enumerate(FULL_ROWS, 1)]
    rows += [[("PELAYANAN AKTA KELAHIRAN", 3)]]
    rows += [[f"{i}.", a, b] for i, (a, b) in enumerate(FULL_ROWS, 1)]
    seg = segment(doc(heading("STANDAR PELAYANAN DUKCAPIL"), table(*rows)))
    assert [s.name for s in seg.services][1] == "PELAYANAN AKTA KELAHIRAN"
    assert all(len(s.components) == 14 for s in seg.services)
    assert seg.services[0].components["evaluasi"].text == FULL_ROWS[-1][1]


def test_requirement_items_starting_like_closers_stay_content():
    d = doc(
        TITLE,
        item("Persyaratan :", "A."),
        item("Lampiran surat pengantar RT", "1."),
        item("Salinan akta kelahiran", "2."),
        item("Fotokopi KTP", "3."),
        item("Biaya : Gratis", "B."),
    )
    svc = only_service(d)
    assert len(svc.components["persyaratan"].items) == 3


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Saluran Pengaduan", "pengaduan"),
        ("Kanal Pengaduan:", "pengaduan"),
        ("Kompetensi Pelaksanaan", "kompetensi"),
        ("Evaluasi Kinerja Pelaksanaan", "evaluasi"),
        ("Kompe-\ntensi\nPelaksana", "kompetensi"),  # hyphenated at a line end in a narrow cell
        ("Kompe-tensi Pelaksana", "kompetensi"),  # … and rejoined by a PDF reader
        ("Penga- wasan Internal", "pengawasan"),
    ],
)
def test_label_variants_seen_in_unseen_documents(text: str, key: str) -> None:
    from compliance.segment.labels import match_label

    match = match_label(text, cell=True)
    assert match is not None and match.key == key


def test_hyphen_join_only_makes_label_words() -> None:
    from compliance.segment.labels import match_label

    assert match_label("Sub-bagian Umum", cell=True) is None


def test_matrix_with_one_row_per_service_gives_one_service_per_row() -> None:
    """Components as the header row, one row per service ("MATRIKS STANDAR PELAYANAN")."""
    from compliance.segment import segment

    header = ["No", "Jenis Layanan", "Dasar Hukum", "Persyaratan", "Prosedur", "Biaya"]
    matrix = table(
        header,
        ["1", "Izin Praktik Bidan", "Perbup 5/2020", "KTP; STR", "1) Daftar 2) Verifikasi", "Gratis"],
        ["2", "Izin Apotek", "Perbup 6/2020", "KTP; SIPA", "1) Daftar 2) Survei", "-"],
    )
    seg = segment(doc(para("MATRIKS STANDAR PELAYANAN DINAS X"), matrix))
    assert [s.name for s in seg.services] == ["Izin Praktik Bidan", "Izin Apotek"]
    second = seg.services[1]
    assert second.components["persyaratan"].text == "KTP; SIPA"
    assert second.components["biaya"].text == "-"  # evaluate will call it absent
    assert second.location.row == 3


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Requirements / Persyaratan", "persyaratan"),
        ("Lead Time / Jangka Waktu Pelayanan", "jangka_waktu"),
        ("Cost / Biaya", "biaya"),
        ("Complaint Handling / Penanganan Pengaduan, Saran dan Masukan", "pengaduan"),
        ("Persyaratan / Requirements", "persyaratan"),
        ("Number of Staff", "jumlah_pelaksana"),
    ],
)
def test_bilingual_and_english_labels(text: str, key: str) -> None:
    from compliance.segment.labels import match_label

    match = match_label(text, cell=True)
    assert match is not None and match.key == key
