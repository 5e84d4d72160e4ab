"""Indonesian number parsing: digits, words, the "3 (tiga)" double form, multipliers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compliance.extract import parse_number, to_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3", 3),
        ("15", 15),
        ("1.500.000", 1_500_000),
        ("25.000", 25_000),
        ("25.000,-", 25_000),
        ("25.000,00", 25_000),
        ("2,5", 2.5),
        ("1.5", 1.5),
        ("satu", 1),
        ("Sembilan", 9),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("dua belas", 12),
        ("sembilan belas", 19),
        ("dua puluh", 20),
        ("dua puluh lima", 25),
        ("tiga puluh", 30),
        ("seratus", 100),
        ("seratus dua puluh", 120),
        ("tiga ratus", 300),
        ("seribu", 1000),
        ("lima ribu", 5000),
        ("dua puluh lima ribu", 25_000),
        ("seratus ribu", 100_000),
        ("sejuta", 1_000_000),
        ("satu juta dua ratus ribu", 1_200_000),
        ("setengah", 0.5),
        ("satu setengah", 1.5),
        ("3 (tiga)", 3),
        ("5 (lima)", 5),
        ("14 (empat belas)", 14),
        ("tiga (3)", 3),
        ("TIGA PULUH", 30),
        ("25 ribu", 25_000),
        ("1,5 juta", 1_500_000),
        ("  7  ", 7),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "dua tiga",
        "puluh",
        "ratus",
        "hari",
        "3 hari",
        "x (3)",
        "seratus seribu",
        "Rp",
        "-",
    ],
)
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_double_form_prefers_the_digits() -> None:
    # a typo in the words must not change the value that was written in digits
    assert parse_number("3 (empat)") == 3


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (17, "tujuh belas"),
        (25, "dua puluh lima"),
        (100, "seratus"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (2500, "dua ribu lima ratus"),
        (1_000_000, "sejuta"),
    ],
)
def test_to_words(n: int, words: str) -> None:
    assert to_words(n) == words


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_words_round_trip(n: int) -> None:
    assert parse_number(to_words(n)) == n


@given(st.integers(min_value=1, max_value=999))
def test_double_form_round_trip(n: int) -> None:
    assert parse_number(f"{n} ({to_words(n)})") == n
