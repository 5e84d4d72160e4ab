"""Citations of regulations and legal hygiene (§3.1)."""

from __future__ import annotations

from datetime import date

import pytest

from compliance.extract import find_citations
from compliance.extract.citations import citation_problems


def _key(text: str) -> list[tuple]:
    return [(c["type"], c["number"], c["year"]) for c in find_citations(text) if not c["nested"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", [("UU", "25", 2009)]),
        ("Undang-Undang Republik Indonesia Nomor 25 Tahun 2009", [("UU", "25", 2009)]),
        ("UU No. 24 Thn 2013", [("UU", "24", 2013)]),
        ("UU 25/2009", [("UU", "25", 2009)]),
        ("UU RI No 14 Tahun 2008 tentang Keterbukaan Informasi Publik", [("UU", "14", 2008)]),
        ("Peraturan Pemerintah Nomor 96 Tahun 2012", [("PP", "96", 2012)]),
        ("PP No. 40 Tahun 2019", [("PP", "40", 2019)]),
        (
            "Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022",
            [("Perppu", "2", 2022)],
        ),
        ("Peraturan Presiden Nomor 96 Tahun 2018", [("Perpres", "96", 2018)]),
        ("Keputusan Presiden Nomor 12 Tahun 2014", [("Keppres", "12", 2014)]),
        ("Instruksi Presiden Nomor 3 Tahun 2003", [("Inpres", "3", 2003)]),
        ("Permendagri No. 19 Tahun 2018", [("Permen", "19", 2018)]),
        (
            (
                "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun "
                "2014 tentang Pedoman Standar Pelayanan"
            ),
            [("Permen", "15", 2014)],
        ),
        ("PermenPAN-RB No 14 Tahun 2017", [("Permen", "14", 2017)]),
        ("Permenkes Nomor 43 Tahun 2019 tentang Puskesmas", [("Permen", "43", 2019)]),
        (
            "Keputusan Menteri Kesehatan Nomor HK.01.07/MENKES/165/2023",
            [("Kepmen", "HK.01.07/MENKES/165/2023", 2023)],
        ),
        ("Perda Kota Medan No.1 Thn 2010", [("Perda", "1", 2010)]),
        ("Peraturan Daerah Kabupaten Lamongan Nomor 6 Tahun 2012", [("Perda", "6", 2012)]),
        (
            "Sesuai dengan Peraturan Bupati Dharmasraya nomor 14 Tahun 2019",
            [("Perbup", "14", 2019)],
        ),
        ("Peraturan Gubernur Jawa Timur Nomor 10 Tahun 2020", [("Pergub", "10", 2020)]),
        ("Peraturan Walikota Bima Nomor 54 Tahun 2017", [("Perwal", "54", 2017)]),
        (
            "Keputusan Direktur Nomor: 188.4/2004/RSUD-DB/2018",
            [("Keputusan", "188.4/2004/RSUD-DB/2018", 2018)],
        ),
        ("Surat Edaran Menteri Dalam Negeri Nomor 470/837/SJ", [("SE", "470/837/SJ", None)]),
        (
            "UU 25/2009, PP 96/2012 dan Perpres 96/2018",
            [("UU", "25", 2009), ("PP", "96", 2012), ("Perpres", "96", 2018)],
        ),
        (
            "1. Undang-Undang Nomor 23 Tahun 2006\n2. Undang-Undang Nomor 24 Tahun 2013",
            [("UU", "23", 2006), ("UU", "24", 2013)],
        ),
        ("Peraturan perundang-undangan yang berlaku", []),
        ("sesuai ketentuan yang berlaku", []),
        ("", []),
    ],
)
def test_citations(text: str, expected: list[tuple]) -> None:
    assert _key(text) == expected


def test_citation_fields() -> None:
    [c] = find_citations("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik")
    assert c["title"] == "Pelayanan Publik"
    assert c["text"] == "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Permendagri No. 19 Tahun 2018", "Dalam Negeri"),
        ("PermenPAN-RB No 14 Tahun 2017", "PANRB"),
        (
            (
                "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 "
                "Tahun 2014"
            ),
            "PANRB",
        ),
        ("Peraturan Menteri Kesehatan Nomor 43 Tahun 2019", "Kesehatan"),
        ("Perda Kota Medan No.1 Thn 2010", "Kota Medan"),
        ("Peraturan Bupati Dharmasraya nomor 14 Tahun 2019", "Dharmasraya"),
    ],
)
def test_issuer(text: str, issuer: str) -> None:
    assert find_citations(text)[0]["issuer"] == issuer


def test_regulation_named_in_a_title_is_nested() -> None:
    cs = find_citations(
        "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan "
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"
    )
    assert [(c["type"], c["nested"]) for c in cs] == [("PP", False), ("UU", True)]
    assert cs[0]["title"].startswith("Pelaksanaan Undang-Undang Nomor 25 Tahun 2009")


TODAY = date(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Keputusan Menteri Kesehatan Nomor 129 Tahun 20018 tentang SPM Rumah Sakit",
            ["year-impossible"],
        ),
        ("Peraturan Bupati Nomor 3 Tahun 2031", ["year-impossible"]),
        ("Undang-undang Nomor 25 Tahun 2004 Tentang Pelayanan Publik", ["uu25-wrong-year"]),
        (
            "Undang-undang Nomor 29 Tahun 2009 tentang Pelayanan Publik",
            ["pelayanan-publik-wrong-law"],
        ),
        ("Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah", ["repealed"]),
        ("Peraturan Presiden Nomor 25 Tahun 2008", ["repealed"]),
        ("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", []),
        ("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", []),
        ("Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan", []),
        ("Permenkes Nomor 36 Tahun 2012", []),  # only PermenPANRB 36/2012 was repealed
        ("PermenPAN RB Nomor 36 Tahun 2012", ["repealed"]),
    ],
)
def test_problems(text: str, codes: list[str]) -> None:
    assert [p["code"] for p in citation_problems(find_citations(text), TODAY)] == codes


def test_inline_list_with_titles_is_not_nested() -> None:
    text = (
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik, Peraturan Pemerintah "
        "Nomor 96 Tahun 2012 tentang Pelaksanaan UU 25/2009"
    )
    cs = find_citations(text)
    assert [(c["type"], c["number"], c["nested"]) for c in cs] == [
        ("UU", "25", False),
        ("PP", "96", False),
        ("UU", "25", True),
    ]
    assert cs[0]["title"] == "Pelayanan Publik"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UU RI No.25 Th.2009", [("UU", "25", 2009)]),
        ("Perbup Lampung Selatan No. 5/2020", [("Perbup", "5", 2020)]),
        ("Permenpan RB No. 15 Th 2014", [("Permen", "15", 2014)]),
        ("Undang Undang No 23 tahun 2014", [("UU", "23", 2014)]),
        (
            "Keputusan Bupati Lampung Selatan Nomor: B/123/IV.02/HK/2021 tentang Standar Pelayanan",
            [("Keputusan", "B/123/IV.02/HK/2021", 2021)],
        ),
        ("Peraturan Kepala Badan Pusat Statistik Nomor 3 Tahun 2019", [("Lainnya", "3", 2019)]),
    ],
)
def test_more_citation_shapes(text: str, expected: list[tuple]) -> None:
    assert _key(text) == expected


def test_aceh_qanun_is_a_regional_regulation() -> None:
    from compliance.extract import find_citations

    (cite,) = find_citations("Qanun Kota Banda Aceh Nomor 2 Tahun 2019 tentang Retribusi Jasa Umum")
    assert (cite["type"], cite["number"], cite["year"]) == ("Perda", "2", 2019)


def test_a_citation_wrapped_inside_a_narrow_cell_is_one_citation() -> None:
    from compliance.extract import find_citations

    text = "Peraturan Daerah Kota\nKendari Nomor 3 Tahun 2019 tentang Retribusi\n2. PP Nomor 96 Tahun 2012"
    cites = [(c["type"], c["number"], c["year"]) for c in find_citations(text)]
    assert cites == [("Perda", "3", 2019), ("PP", "96", 2012)]


def test_police_regulation_is_a_regulation() -> None:
    from compliance.extract import find_citations

    (cite,) = find_citations("Peraturan Kepolisian Negara Republik Indonesia Nomor 7 Tahun 2023")
    assert (cite["number"], cite["year"]) == ("7", 2023)
