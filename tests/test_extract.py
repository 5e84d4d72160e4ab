"""extract(component, section): the fields contract, per component, on real-looking content."""

from __future__ import annotations

import json
from datetime import date

import pytest

from compliance.extract import COMPONENTS, extract
from compliance.model import COMPONENT_IDS, ComponentSection, Location


def _x(
    component: str, text: str, heading: str | None = None, items: tuple[str, ...] = (), **kw
) -> dict:
    return extract(component, ComponentSection(component, heading, text, Location(), items), **kw)


# --- contract shape ----------------------------------------------------------------------

CONTRACT_KEYS = {
    "dasar_hukum": {"citations", "cited", "problems"},
    "persyaratan": {"items", "open_ended", "concrete_items"},
    "prosedur": {"steps", "step_count", "reference_only", "flowchart_hint"},
    "jangka_waktu": {"durations", "office_hours", "range", "vague"},
    "biaya": {"amounts", "free", "tariff_regulation", "reference_only"},
    "produk": {"outputs", "generic_only"},
    "sarana": {"items", "vulnerable_groups"},
    "kompetensi": {"items", "concrete", "attitude_only"},
    "pengawasan": {"who", "how", "frequency"},
    "pengaduan": {
        "channels",
        "channel_types",
        "response_time",
        "only_kotak_saran",
        "private_number_hint",
    },
    "jumlah_pelaksana": {"count", "counts", "vague"},
    "jaminan_pelayanan": {"statement", "commitment", "fragment_only"},
    "jaminan_keamanan": {"measures", "licence_only"},
    "evaluasi": {"methods", "frequency", "who_only"},
    "maklumat": {"serve_by_standard", "improve", "sanction", "signed", "dated"},
}
COMMON = {"found", "empty", "placeholder", "words", "vague_markers", "text"}


def test_every_component_is_covered() -> None:
    assert set(COMPONENTS) == set(COMPONENT_IDS) | {"maklumat"} == set(CONTRACT_KEYS)


@pytest.mark.parametrize("component", sorted(CONTRACT_KEYS))
def test_not_found_has_all_keys_at_empty_values(component: str) -> None:
    fields = extract(component, None)
    assert COMMON | CONTRACT_KEYS[component] <= set(fields)
    assert fields["found"] is False and fields["empty"] is True and fields["words"] == 0
    assert json.loads(json.dumps(fields)) == fields  # JSON-able
    for key in CONTRACT_KEYS[component]:
        assert fields[key] in (None, False, 0, []), key


@pytest.mark.parametrize("component", sorted(CONTRACT_KEYS))
def test_found_fields_are_json_able(component: str) -> None:
    fields = _x(
        component,
        "Paling lambat 3 (tiga) hari kerja, Rp. 9.000,- (0721) 123456 "
        "UU Nomor 25 Tahun 2009; 2 orang; CCTV; SKM setiap bulan",
    )
    assert fields["found"] is True and fields["empty"] is False
    assert json.loads(json.dumps(fields)) == fields


def test_unknown_component_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown component"):
        extract("biaya_tarif", None)


# --- emptiness -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("", None),
        ("-", None),
        ("–", None),
        (":", None),
        ("…", "…"),
        ("...", "…"),
        ("( diisi )", "(diisi)"),
        ("(diisi)", "(diisi)"),
        ("[isi]", "[isi]"),
        ("xxx", "xxx"),
        ("Belum diisi", "belum diisi"),
        ("n/a", "n/a"),
        ("  :  -", None),
        ("*", None),
    ],
)
def test_empty_content(text: str, placeholder: str | None) -> None:
    fields = _x("produk", text, heading="Produk Pelayanan")
    assert fields["found"] is True
    assert fields["empty"] is True
    assert fields["placeholder"] == placeholder
    assert fields["outputs"] == [] and fields["generic_only"] is False


@pytest.mark.parametrize(
    ("component", "heading", "text"),
    [
        ("jaminan_pelayanan", "Jaminan Pelayanan", "Jaminan Pelayanan"),
        ("pengaduan", "Pengelolaan Pengaduan :", "Pengelolaan pengaduan"),
        ("biaya", "Biaya/Tarif", ": Biaya / Tarif"),
    ],
)
def test_heading_repeated_is_empty(component: str, heading: str, text: str) -> None:
    assert _x(component, text, heading=heading)["empty"] is True


@pytest.mark.parametrize("text", ["Tidak ada", "Nihil", "tidak ada biaya"])
def test_tidak_ada_is_an_answer_not_empty(text: str) -> None:
    fields = _x("biaya", text, heading="Biaya/Tarif")
    assert fields["empty"] is False and fields["free"] is True


def test_inline_label_colon_is_dropped() -> None:
    fields = _x("biaya", ": Gratis")
    assert fields["text"] == "Gratis" and fields["free"] is True


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("sesuai ketentuan yang berlaku", ["sesuai ketentuan"]),
        ("KTP, KK, dll", ["dll"]),
        ("Segera setelah berkas lengkap", ["segera"]),
        ("± 30 menit", ["±"]),
        ("kurang lebih 2 jam, tergantung antrian", ["tergantung", "kurang lebih"]),
        ("sesuai kebutuhan", ["sesuai kebutuhan"]),
        ("Dilaksanakan sesuai SOP", ["sesuai SOP"]),
        ("Fotokopi KTP", []),
    ],
)
def test_vague_markers(text: str, markers: list[str]) -> None:
    assert _x("persyaratan", text)["vague_markers"] == markers


# --- dasar hukum -----------------------------------------------------------------------


def test_dasar_hukum_counts_full_citations_and_flags_hygiene() -> None:
    text = (
        "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\n"
        "2. UU No. 24 Thn 2013\n"
        "3. Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang "
        "Nomor 25 Tahun 2009 tentang Pelayanan Publik\n"
        "4. Permendagri No. 19 Tahun 2018\n"
        "5. Perda Kota Medan No.1 Thn 2010\n"
        "6. Kepmenkes Nomor 129 Tahun 20018\n"
        "7. Undang-undang Nomor 25 Tahun 2004 Tentang Pelayanan Publik"
    )
    fields = _x("dasar_hukum", text, today=date(2026, 1, 1))
    assert fields["cited"] == 7
    assert [c["type"] for c in fields["citations"] if not c["nested"]] == [
        "UU",
        "UU",
        "PP",
        "Permen",
        "Perda",
        "Kepmen",
        "UU",
    ]
    assert [p["code"] for p in fields["problems"]] == ["year-impossible", "uu25-wrong-year"]


@pytest.mark.parametrize(
    "text",
    [
        "Peraturan perundang-undangan yang berlaku",
        "sesuai ketentuan yang berlaku",
        "Undang-Undang Pelayanan Publik",
    ],
)
def test_dasar_hukum_without_number_and_year_is_not_cited(text: str) -> None:
    assert _x("dasar_hukum", text)["cited"] == 0


# --- persyaratan -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "items", "n_items", "concrete", "open_ended"),
    [
        (
            "",
            ("1. Fotokopi KTP", "2. Kartu Keluarga asli", "3. Surat pengantar RT/RW"),
            3,
            3,
            False,
        ),
        ("1. Fotokopi KTP 2. KK asli 3. Akta kelahiran", (), 3, 3, False),
        ("- Formulir F1.02\n- Fotokopi KTP\n- Dokumen lainnya apabila diperlukan", (), 3, 2, True),
        ("KTP, KK, dll", (), 1, 1, True),
        ("Fotokopi KTP dan lain-lain", (), 1, 1, True),
        ("Persyaratan lain sesuai ketentuan", (), 1, 0, True),
        ("Sesuai ketentuan yang berlaku", (), 1, 0, False),
        ("dsb", (), 1, 0, True),
    ],
)
def test_persyaratan(
    text: str, items: tuple, n_items: int, concrete: int, open_ended: bool
) -> None:
    fields = _x("persyaratan", text, items=items)
    assert len(fields["items"]) == n_items
    assert fields["concrete_items"] == concrete
    assert fields["open_ended"] is open_ended


# --- prosedur ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "steps", "reference_only", "flowchart"),
    [
        (
            (
                "1. Pemohon mengambil nomor antrian\n2. Petugas loket memeriksa berkas\n"
                "3. Kasi Yanum memverifikasi\n4. Camat menandatangani\n5. Dokumen diserahkan"
            ),
            5,
            False,
            False,
        ),
        ("PEMOHON → Petugas Loket → Kasi Yanum → Sekcam → Camat", 5, False, False),
        ("Sesuai SOP", 1, True, False),
        ("Dilaksanakan sesuai dengan ketentuan yang berlaku", 1, True, False),
        ("Sesuai alur", 1, True, False),
        ("Lihat bagan alir terlampir", 1, False, True),
        ("Flowchart", 1, False, True),
        ("Pemohon datang ke loket", 1, False, False),
    ],
)
def test_prosedur(text: str, steps: int, reference_only: bool, flowchart: bool) -> None:
    fields = _x("prosedur", text)
    assert fields["step_count"] == steps == len(fields["steps"])
    assert fields["reference_only"] is reference_only
    assert fields["flowchart_hint"] is flowchart


# --- jangka waktu -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "n_durations", "range_", "office_hours", "vague"),
    [
        ("Paling lambat 3 (tiga) hari kerja", 1, False, 0, []),
        ("1 - 3 hari Kerja", 1, True, 0, []),
        ("35 Menit -- 65 Menit", 1, True, 0, []),
        ("Senin – Kamis 08.00 – 16.15", 0, False, 1, []),
        ("Senin – Kamis 08.00 – 16.15 Proses 1 Minggu", 1, False, 1, []),
        ("Segera setelah berkas lengkap", 0, False, 0, ["segera"]),
        ("Secepatnya, tergantung antrian", 0, False, 0, ["secepatnya", "tergantung"]),
        ("Relatif", 0, False, 0, ["relatif"]),
        ("sesuai antrian", 0, False, 0, ["sesuai antrian"]),
        ("1x24 jam", 1, False, 0, []),
    ],
)
def test_jangka_waktu(
    text: str, n_durations: int, range_: bool, office_hours: int, vague: list[str]
) -> None:
    fields = _x("jangka_waktu", text)
    assert len(fields["durations"]) == n_durations
    assert fields["range"] is range_
    assert len(fields["office_hours"]) == office_hours
    assert fields["vague"] == vague


def test_duration_shape() -> None:
    [d] = _x("jangka_waktu", "Paling lambat 3 (tiga) hari kerja")["durations"]
    assert d == {
        "value": 3,
        "max": None,
        "unit": "hari",
        "working_days": True,
        "text": "3 (tiga) hari kerja",
    }


# --- biaya ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amounts", "free", "regulation", "reference_only"),
    [
        ("Tidak ada biaya / GRATIS", [], True, None, False),
        ("GRATIS (Rp. 0,-)", [0], True, None, False),
        ("Tidak dipungut biaya", [], True, None, False),
        ("Klinik Umum Rp. 9.000,-", [9000], False, None, False),
        (
            "Rp 25.000,- sesuai Perda Nomor 3 Tahun 2019",
            [25_000],
            False,
            ("Perda", "3", 2019),
            False,
        ),
        (
            "Sesuai dengan Peraturan Bupati Dharmasraya nomor 14 Tahun 2019",
            [],
            False,
            ("Perbup", "14", 2019),
            True,
        ),
        (
            "Tarif Sesuai dengan Perda Retribusi no 8 tahun 2018",
            [],
            False,
            ("Perda", "8", 2018),
            True,
        ),
        ("sesuai ketentuan yang berlaku", [], False, None, True),
        ("Gratis bagi peserta BPJS, pasien umum Rp. 50.000,-", [50_000], True, None, False),
    ],
)
def test_biaya(
    text: str, amounts: list[int], free: bool, regulation: tuple | None, reference_only: bool
) -> None:
    fields = _x("biaya", text)
    assert [a["value"] for a in fields["amounts"]] == amounts
    assert fields["free"] is free
    reg = fields["tariff_regulation"]
    assert (reg and (reg["type"], reg["number"], reg["year"])) == regulation
    assert fields["reference_only"] is reference_only


# --- produk ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outputs", "generic"),
    [
        ("Kartu Keluarga", ["Kartu Keluarga"], False),
        (
            "Formulir Surat Keterangan Pindah Keluar Kabupaten/Provinsi",
            ["Formulir Surat Keterangan Pindah Keluar Kabupaten/Provinsi"],
            False,
        ),
        ("1. KTP-el\n2. Kartu Keluarga", ["KTP-el", "Kartu Keluarga"], False),
        ("Pelayanan", ["Pelayanan"], True),
        ("Dokumen", ["Dokumen"], True),
        ("Hasil pelayanan", ["Hasil pelayanan"], True),
    ],
)
def test_produk(text: str, outputs: list[str], generic: bool) -> None:
    fields = _x("produk", text)
    assert fields["outputs"] == outputs and fields["generic_only"] is generic


# --- sarana ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "n_items", "vulnerable"),
    [
        ("Ruang tunggu, Komputer, Printer, Toilet", 4, False),
        ("1. Ruang tunggu ber-AC\n2. Kursi roda\n3. Ramp\n4. Toilet disabilitas", 4, True),
        ("Loket prioritas bagi lansia dan ibu hamil", 1, True),
        ("Ruang laktasi", 1, True),
        ("Guiding block", 1, True),
        ("Fasilitas bagi kelompok rentan / berkebutuhan khusus", 1, True),
    ],
)
def test_sarana(text: str, n_items: int, vulnerable: bool) -> None:
    fields = _x("sarana", text)
    assert len(fields["items"]) == n_items and fields["vulnerable_groups"] is vulnerable


# --- kompetensi -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concrete", "attitude_only"),
    [
        (
            "Minimal SMA, mampu mengoperasikan komputer, memahami peraturan",
            ["pendidikan", "keterampilan", "pengetahuan"],
            False,
        ),
        ("S1 Kesehatan Masyarakat, memiliki STR dan SIP", ["pendidikan", "sertifikasi"], False),
        ("Telah mengikuti pelatihan/bimtek SIAK", ["keterampilan", "pelatihan"], False),
        ("Kompeten", [], True),
        ("Berpengalaman di bidangnya", [], True),
        ("Sesuai bidang tugasnya", [], True),
        ("Ramah, profesional, berintegritas", [], True),
        ("Disiplin dan jujur", [], True),
    ],
)
def test_kompetensi(text: str, concrete: list[str], attitude_only: bool) -> None:
    fields = _x("kompetensi", text)
    assert fields["concrete"] == concrete and fields["attitude_only"] is attitude_only


# --- pengawasan ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "how", "has_frequency"),
    [
        (
            "Pengawasan dilakukan oleh atasan langsung secara berjenjang",
            ["atasan langsung"],
            [],
            False,
        ),
        (
            "Kepala Dinas melalui rapat evaluasi setiap bulan",
            ["kepala unit"],
            ["rapat", "evaluasi"],
            True,
        ),
        (
            "Inspektorat Kabupaten; monitoring melalui aplikasi SIAK setiap hari",
            ["inspektorat"],
            ["monitoring", "aplikasi"],
            True,
        ),
        (
            "Pemantauan CCTV dan buku kendali harian oleh Kasi Pelayanan",
            ["kepala seksi"],
            ["monitoring", "cctv", "buku kendali"],
            True,
        ),
        ("Dilakukan secara berkala", [], [], True),
    ],
)
def test_pengawasan(text: str, who: list[str], how: list[str], has_frequency: bool) -> None:
    fields = _x("pengawasan", text)
    assert fields["who"] == who and fields["how"] == how
    assert bool(fields["frequency"]) is has_frequency


def test_berkala_alone_is_not_a_concrete_frequency() -> None:
    fields = _x("pengawasan", "Dilakukan secara berkala")
    assert fields["frequency"] == ["berkala"] and fields["frequency_concrete"] is False
    assert _x("pengawasan", "1 (satu) kali sebulan")["frequency"] == ["1 (satu) kali sebulan"]


# --- pengaduan -----------------------------------------------------------------------------------


def test_pengaduan_rich_entry() -> None:
    fields = _x(
        "pengaduan",
        "1. Datang langsung ke loket pengaduan\n2. Telepon (0322) 321234\n"
        "3. WhatsApp 0857-1234-5678\n4. Email disdukcapil@lamongankab.go.id\n"
        "5. SP4N-LAPOR! / SMS 1708\n6. Kotak saran\n"
        "Pengaduan ditanggapi paling lambat 5 (lima) hari kerja",
    )
    assert fields["channel_types"] == ["desk", "phone", "whatsapp", "email", "lapor", "kotak_saran"]
    assert [d["value"] for d in fields["response_time"]] == [5]
    assert fields["only_kotak_saran"] is False and fields["private_number_hint"] is False


@pytest.mark.parametrize(
    ("text", "types", "only_kotak", "private"),
    [
        ("Kotak saran", ["kotak_saran"], True, False),
        ("Kotak saran dan HP 081234567890", ["kotak_saran", "phone"], False, True),
        ("lapor.go.id", ["lapor"], False, False),
        ("Melalui telepon, email dan website", [], False, False),
    ],
)
def test_pengaduan(text: str, types: list[str], only_kotak: bool, private: bool) -> None:
    fields = _x("pengaduan", text)
    assert fields["channel_types"] == types
    assert fields["only_kotak_saran"] is only_kotak
    assert fields["private_number_hint"] is private


def test_pengaduan_mentions_without_contact() -> None:
    assert _x("pengaduan", "Melalui telepon, email dan website")["channel_mentions"] == [
        "telepon",
        "email",
        "website",
    ]


# --- jumlah pelaksana -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "vague"),
    [
        ("5 (lima) orang", 5, []),
        ("lima orang", 5, []),
        ("2 orang petugas loket dan 1 orang verifikator", 3, []),
        ("2 orang petugas loket, 1 orang verifikator", 3, []),
        ("Petugas loket : 2 orang\nVerifikator : 1 orang\nKasi : 1 orang", 4, []),
        ("Jumlah 7 orang terdiri dari 3 orang petugas loket dan 4 orang operator", 7, []),
        ("3", 3, []),
        ("cukup", None, ["cukup"]),
        ("sesuai kebutuhan", None, ["sesuai kebutuhan"]),
        ("Memadai", None, ["memadai"]),
        ("Disesuaikan dengan beban kerja", None, ["disesuaikan"]),
    ],
)
def test_jumlah_pelaksana(text: str, count: int | None, vague: list[str]) -> None:
    fields = _x("jumlah_pelaksana", text)
    assert fields["count"] == count and fields["vague"] == vague


def test_jumlah_pelaksana_roles() -> None:
    fields = _x("jumlah_pelaksana", "2 orang petugas loket dan 1 orang verifikator")
    assert [(c["value"], c["role"]) for c in fields["counts"]] == [
        (2, "petugas loket"),
        (1, "verifikator"),
    ]


# --- jaminan pelayanan ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "commitment", "fragment"),
    [
        ("Pelayanan diberikan sesuai standar pelayanan yang telah ditetapkan", True, False),
        (
            (
                "Kami menjamin pelayanan selesai tepat waktu; bila tidak, pemohon mendapat kompensasi "
                "berupa permohonan maaf dan dilayani kembali secara prioritas"
            ),
            True,
            False,
        ),
        ("Petugas sanggup memberikan pelayanan sesuai standar", True, False),
        ("sesuai standar pelayanan", False, True),
        ("Maklumat pelayanan", False, True),
        ("Ada", False, True),
        ("Dijamin", False, True),
        ("Terjamin", False, True),
        ("Sertifikat", False, True),
    ],
)
def test_jaminan_pelayanan(text: str, commitment: bool, fragment: bool) -> None:
    fields = _x("jaminan_pelayanan", text)
    assert fields["commitment"] is commitment and fragment is fields["fragment_only"]
    assert (fields["statement"] is not None) is commitment


# --- jaminan keamanan ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "measures", "licence_only"),
    [
        (
            "CCTV, APAR, petugas keamanan, jalur evakuasi dan titik kumpul",
            ["cctv", "apar", "petugas keamanan", "jalur evakuasi", "titik kumpul"],
            False,
        ),
        (
            "Tanda terima berkas dan kerahasiaan data pemohon",
            ["tanda terima", "kerahasiaan data"],
            False,
        ),
        ("Dokumen ditandatangani dengan TTE", ["tanda tangan elektronik"], False),
        ("SIP, STR, SOP Pelayanan", [], True),
        ("Aman", [], False),
    ],
)
def test_jaminan_keamanan(text: str, measures: list[str], licence_only: bool) -> None:
    fields = _x("jaminan_keamanan", text)
    assert fields["measures"] == measures and fields["licence_only"] is licence_only


# --- evaluasi -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "methods", "has_frequency", "who_only"),
    [
        ("SKM 1 (satu) kali dalam setahun", ["skm"], True, False),
        (
            "Survei Kepuasan Masyarakat per semester dan penilaian SKP",
            ["skm", "skp", "penilaian kinerja"],
            True,
            False,
        ),
        ("Rapat evaluasi setiap bulan", ["rapat evaluasi"], True, False),
        ("Dievaluasi oleh pimpinan", [], False, True),
        ("Oleh atasan", [], False, True),
        ("Dilakukan evaluasi secara berkala", [], True, False),
    ],
)
def test_evaluasi(text: str, methods: list[str], has_frequency: bool, who_only: bool) -> None:
    fields = _x("evaluasi", text)
    assert fields["methods"] == methods
    assert bool(fields["frequency"]) is has_frequency
    assert fields["who_only"] is who_only


# --- maklumat --------------------------------------------------------------------------------------

STANDARD_MAKLUMAT = (
    "MAKLUMAT PELAYANAN\n"
    "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan "
    "yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi "
    "sesuai peraturan perundang-undangan yang berlaku.\n"
    "Kebumen, 5 Januari 2021\nKepala Dinas Kependudukan dan Pencatatan Sipil\n"
    "Drs. SARBINI\nPembina Tingkat I\nNIP. 19650101 199003 1 005"
)


def test_maklumat_standard_wording() -> None:
    fields = _x("maklumat", STANDARD_MAKLUMAT)
    assert fields["serve_by_standard"] and fields["sanction"] and fields["signed"]
    assert fields["dated"] and not fields["improve"]


def test_maklumat_full_three_elements() -> None:
    text = (
        "Kami berjanji memberikan pelayanan sesuai standar pelayanan, melakukan perbaikan "
        "secara terus menerus, dan bersedia menerima sanksi dan/atau memberikan kompensasi "
        "apabila pelayanan tidak sesuai standar."
    )
    fields = _x("maklumat", text)
    assert (fields["serve_by_standard"], fields["improve"], fields["sanction"]) == (
        True,
        True,
        True,
    )
    assert (fields["signed"], fields["dated"]) == (False, False)


def test_maklumat_slogan_only() -> None:
    fields = _x("maklumat", "Melayani dengan hati: cepat, tepat, ramah")
    assert not (fields["serve_by_standard"] or fields["improve"] or fields["sanction"])


@pytest.mark.parametrize(
    ("text", "concrete"),
    [
        ("Ruang tunggu, Komputer, Printer, Toilet", 4),
        ("Memadai", 0),
        ("Cukup memadai", 0),
        ("Tersedia sarana dan prasarana yang memadai untuk pelayanan", 0),
        ("Sarana dan prasarana lengkap, ruang tunggu ber-AC", 1),
    ],
)
def test_sarana_concrete_items(text: str, concrete: int) -> None:
    assert _x("sarana", text)["concrete_items"] == concrete


# --- robustness: any text, no traceback -------------------------------------------------------

from hypothesis import given, settings
from hypothesis import strategies as st

_PIECES = [
    "3",
    "(tiga)",
    "(",
    ")",
    "hari",
    "kerja",
    "x",
    "24",
    "jam",
    "-",
    "–",
    "s.d.",
    "s/d",
    "Rp.",
    "9.000,-",
    "0,-",
    "Nomor",
    "No.",
    "Tahun",
    "20018",
    "UU",
    "Perda",
    "tentang",
    "@",
    "dinas@kab.go.id",
    "(0721)",
    "0812-3456",
    "WA",
    "SMS",
    "1708",
    "lapor.go.id",
    "Jl.",
    "orang",
    "dua",
    "puluh",
    "setengah",
    "seratus",
    "sehari",
    "Senin",
    "Jumat",
    "08.00",
    ":",
    "\n",
    ";",
    ",",
    "dll",
    "kali",
    "setiap",
    "bulan",
    "terdiri atas",
    "kotak saran",
    "NIP",
    "sanggup",
    "sanksi",
    "1.500.000",
    "PermenPAN-RB",
    "/",
    "…",
    "*",
]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(sorted(CONTRACT_KEYS)),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=30),
)
def test_any_text_gives_json_fields(component: str, pieces: list[str]) -> None:
    text = " ".join(pieces)
    fields = _x(component, text, heading=text[:8] or None, items=tuple(text.split("\n")))
    assert fields["found"] is True
    assert json.loads(json.dumps(fields)) == fields


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("Pemohon datang ke loket, mengisi formulir, menunggu panggilan, lalu menerima dokumen", 4),
        ("Pemohon menyerahkan berkas kemudian petugas memeriksa kelengkapan", 2),
        ("Pemohon menyerahkan KTP, KK dan akta kelahiran", 1),
        ("Sesuai SOP, alur terlampir", 1),
        ("Pemohon datang, petugas memeriksa berkas, Lurah menandatangani, surat diserahkan", 4),
        ("Pendaftaran, pemeriksaan administrasi, pengujian, pengesahan hasil uji", 4),
        ("Pendaftaran, KTP, KK", 1),  # not every part is a process
    ],
)
def test_prosedur_steps_in_one_sentence(text: str, steps: int) -> None:
    assert _x("prosedur", text)["step_count"] == steps


@pytest.mark.parametrize(
    ("component", "text", "field", "expected"),
    [
        (
            "jaminan_keamanan",
            "Dokumen dijamin keasliannya",
            "measures",
            ["tanda tangan elektronik"],
        ),
        ("maklumat", "Kami siap melayani sesuai standar pelayanan", "serve_by_standard", True),
        ("pengaduan", "Langsung ke petugas di ruang pelayanan", "channel_types", ["desk"]),
        ("kompetensi", "Memiliki kemampuan di bidangnya", "concrete", []),
    ],
)
def test_phrasings_from_rule_todos(component: str, text: str, field: str, expected) -> None:
    assert _x(component, text)[field] == expected


@pytest.mark.parametrize(
    "text", ["[isi di sini]", "<nama layanan>", "Klik atau ketuk di sini untuk memasukkan teks."]
)
def test_template_prompts_are_empty(text: str) -> None:
    assert _x("biaya", text)["empty"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Surat selesai pada hari yang sama; bila terlambat, petugas mengantar surat ke rumah pemohon",
        "Petugas yang melanggar standar ini dikenai sanksi disiplin",
        "Izin terbit sesuai jangka waktu yang ditetapkan",
    ],
)
def test_promises_and_remedies_are_commitments(text: str) -> None:
    assert _x("jaminan_pelayanan", text)["commitment"] is True


def test_attachment_reference_names_no_facility() -> None:
    assert _x("sarana", "Terlampir.")["concrete_items"] == 0


def test_dash_separated_steps_are_steps() -> None:
    text = "Pasien tiba - Triase oleh perawat - Pemeriksaan dokter - Pulang atau dirujuk"
    assert _x("prosedur", text)["step_count"] == 4


def test_a_named_conditional_item_is_not_open_ended() -> None:
    text = "1. KTP\n2. Formulir persetujuan pemeriksaan HIV bila diperlukan"
    assert _x("persyaratan", text)["open_ended"] is False
    assert _x("persyaratan", "1. KTP\n2. Dokumen pendukung bila diperlukan")["open_ended"] is True
