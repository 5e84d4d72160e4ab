"""Rupiah amounts and explicit zero fees (§3.5)."""

from __future__ import annotations

import pytest

from compliance.extract import find_amounts
from compliance.extract.money import free_markers


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Klinik Umum Rp. 9.000,-", [9000]),
        ("Rp. 25.000,-", [25_000]),
        ("Rp 1.500.000", [1_500_000]),
        ("Rp25 ribu", [25_000]),
        ("Rp 1,5 juta", [1_500_000]),
        ("Rp.50.000,00 per lembar", [50_000]),
        ("Rp: 10.000", [10_000]),
        ("IDR 75.000", [75_000]),
        ("Rp 0", [0]),
        ("GRATIS (Rp. 0,-)", [0]),
        ("lima puluh ribu rupiah", [50_000]),
        ("Umum Rp. 9.000,-; Gigi Rp. 15.000,-; UGD Rp 40.000", [9000, 15_000, 40_000]),
        ("Tidak ada biaya / GRATIS", []),
        ("Sesuai dengan Peraturan Bupati Dharmasraya nomor 14 Tahun 2019", []),
        ("Rp. -", []),
        ("", []),
    ],
)
def test_amounts(text: str, values: list[int]) -> None:
    assert [a["value"] for a in find_amounts(text)] == values


def test_amount_text_is_as_written() -> None:
    assert find_amounts("Klinik Umum Rp. 9.000,- per kunjungan") == [
        {"value": 9000, "text": "Rp. 9.000,-"}
    ]


@pytest.mark.parametrize(
    ("text", "free"),
    [
        ("Tidak ada biaya / GRATIS", True),
        ("GRATIS (Rp. 0,-)", True),
        ("Tidak dipungut biaya", True),
        ("Tanpa biaya", True),
        ("Rp 0", True),
        ("Nihil", True),
        ("Tidak dikenakan retribusi", True),
        ("Tidak dikenakan biaya", True),
        ("Rp. 25.000,-", False),
        ("sesuai ketentuan yang berlaku", False),
        ("Sesuai Perda Nomor 8 Tahun 2018 tentang Retribusi", False),
    ],
)
def test_free(text: str, free: bool) -> None:
    assert bool(free_markers(text, find_amounts(text))) is free
