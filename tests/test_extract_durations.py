"""Durations (completion times) and office hours, as written in real standards (§3.4)."""

from __future__ import annotations

import pytest

from compliance.extract import find_durations
from compliance.extract.durations import find_office_hours


def _shape(text: str) -> list[tuple]:
    return [(d["value"], d["max"], d["unit"], d["working_days"]) for d in find_durations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paling lambat 3 (tiga) hari kerja", [(3, None, "hari", True)]),
        ("Paling lambat 3 (tiga) hari", [(3, None, "hari", False)]),
        ("1 hari selesai", [(1, None, "hari", False)]),
        ("15 Menit", [(15, None, "menit", False)]),
        ("1 jam", [(1, None, "jam", False)]),
        ("5 hari kerja", [(5, None, "hari", True)]),
        ("5 HK", [(5, None, "hari", True)]),
        ("10 Menit", [(10, None, "menit", False)]),
        ("Proses 1 Minggu", [(1, None, "minggu", False)]),
        ("1x24 jam", [(24, None, "jam", False)]),
        ("2 x 24 jam", [(48, None, "jam", False)]),
        ("tiga puluh menit", [(30, None, "menit", False)]),
        ("dua puluh lima menit", [(25, None, "menit", False)]),
        ("satu minggu", [(1, None, "minggu", False)]),
        ("seminggu", [(1, None, "minggu", False)]),
        ("sehari", [(1, None, "hari", False)]),
        ("Sebulan", [(1, None, "bulan", False)]),
        ("sejam", [(1, None, "jam", False)]),
        ("setengah jam", [(0.5, None, "jam", False)]),
        ("2,5 jam", [(2.5, None, "jam", False)]),
        ("14 (empat belas) hari kerja sejak berkas lengkap", [(14, None, "hari", True)]),
        ("selesai dalam 3hari", [(3, None, "hari", False)]),
        ("1 - 3 hari Kerja", [(1, 3, "hari", True)]),
        ("35 Menit -- 65 Menit", [(35, 65, "menit", False)]),
        ("3-5 menit", [(3, 5, "menit", False)]),
        ("1 s.d. 3 hari", [(1, 3, "hari", False)]),
        ("1 s/d 3 hari kerja", [(1, 3, "hari", True)]),
        ("2 sampai dengan 4 minggu", [(2, 4, "minggu", False)]),
        ("30 menit sampai dengan 1 jam", [(0.5, 1, "jam", False)]),
        ("1 jam (khusus prosedur 1 s.d. 5)", [(1, None, "jam", False)]),
        (
            "paling lambat 10 (sepuluh) hari kerja dan dapat diperpanjang 7 (tujuh) hari kerja",
            [(10, None, "hari", True), (7, None, "hari", True)],
        ),
    ],
)
def test_durations(text: str, expected: list[tuple]) -> None:
    assert _shape(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Segera setelah berkas lengkap",
        "Secepatnya",
        "Tergantung kelengkapan berkas",
        "Senin – Kamis 08.00 – 16.15",
        "Pukul 08.00 s.d. 14.00 WIB",
        "Jam 07.30 - 15.30",
        "Setiap hari kerja",
        "sehari-hari",
        "sesuai Peraturan Bupati Nomor 14 Tahun 2019",
        "Proses minggu ini",
        "",
    ],
)
def test_no_duration(text: str) -> None:
    assert find_durations(text) == []


def test_duration_text_is_the_phrase_only() -> None:
    [d] = find_durations("Perbup Nomor 14 Tahun 2019; selesai 5 hari kerja")
    assert d["text"] == "5 hari kerja"


def test_office_hours_and_duration_in_one_cell() -> None:
    text = "Senin – Kamis 08.00 – 16.15, Jumat 08.00 – 11.00; Proses 1 Minggu"
    assert find_office_hours(text) == ["Senin – Kamis 08.00 – 16.15", "Jumat 08.00 – 11.00"]
    assert _shape(text) == [(1, None, "minggu", False)]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Senin – Kamis 08.00 – 16.15", ["Senin – Kamis 08.00 – 16.15"]),
        ("Pukul 08.00 s.d. 14.00 WIB", ["Pukul 08.00 s.d. 14.00 WIB"]),
        ("Senin s.d. Jumat", ["Senin s.d. Jumat"]),
        (
            "Hari Senin sampai Sabtu pukul 07:30-12:00",
            ["Hari Senin sampai Sabtu pukul 07:30-12:00"],
        ),
        ("Proses 1 Minggu", []),
        ("3 hari kerja", []),
    ],
)
def test_office_hours(text: str, hours: list[str]) -> None:
    assert find_office_hours(text) == hours


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selesai pada hari yang sama", [(1, None, "hari", False)]),
        ("Hari itu juga", [(1, None, "hari", False)]),
        ("Maksimal 7 hari kalender", [(7, None, "hari", False)]),
        ("1 (satu) s.d. 3 (tiga) hari kerja", [(1, 3, "hari", True)]),
        ("Satu hari kerja", [(1, None, "hari", True)]),
        ("15 – 30 Menit", [(15, 30, "menit", False)]),
        ("3 x 24 jam", [(72, None, "jam", False)]),
        ("Dua Minggu", [(2, None, "minggu", False)]),
        ("setengah hari kerja", [(0.5, None, "hari", True)]),
    ],
)
def test_more_phrasings(text: str, expected: list[tuple]) -> None:
    assert _shape(text) == expected
