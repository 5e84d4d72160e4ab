"""Complaint channels (§3.7, §6)."""

from __future__ import annotations

import pytest

from compliance.extract.channels import find_channels, private_number_hint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Telepon (0721) 123456", [("phone", "(0721) 123456")]),
        ("Telp. 021-7654321", [("phone", "021-7654321")]),
        ("Hotline 0341 551234", [("phone", "0341 551234")]),
        ("WA 0812-3456-7890", [("whatsapp", "0812-3456-7890")]),
        ("WhatsApp: +62 812 3456 7890", [("whatsapp", "+62 812 3456 7890")]),
        ("SMS ke 0813 1111 2222", [("sms", "0813 1111 2222")]),
        ("email dukcapil@lamongankab.go.id", [("email", "dukcapil@lamongankab.go.id")]),
        (
            "Website: https://disdukcapil.lamongankab.go.id",
            [("url", "https://disdukcapil.lamongankab.go.id")],
        ),
        ("www.kebumenkab.go.id", [("url", "www.kebumenkab.go.id")]),
        ("disdukcapil.wonogirikab.go.id", [("url", "disdukcapil.wonogirikab.go.id")]),
        ("lapor.go.id", [("lapor", "lapor.go.id")]),
        ("SP4N-LAPOR!", [("lapor", "SP4N-LAPOR")]),
        ("SMS 1708", [("lapor", "1708")]),
        ("Kotak saran", [("kotak_saran", "Kotak saran")]),
        (
            "Kotak Saran dan Pengaduan di ruang tunggu",
            [("kotak_saran", "Kotak Saran dan Pengaduan")],
        ),
        (
            "Datang langsung ke loket pengaduan",
            [("desk", "datang langsung"), ("desk", "loket pengaduan")],
        ),
        ("Instagram @dukcapil_lamongan", [("social", "instagram @dukcapil_lamongan")]),
        ("Facebook Disdukcapil Lamongan", [("social", "facebook Disdukcapil Lamongan")]),
        (
            "Kantor Camat, Jl. Jend. Sudirman No. 35, Candipuro; telp 0334 881234",
            [("address", "Jl. Jend. Sudirman No. 35, Candipuro"), ("phone", "0334 881234")],
        ),
        ("Pengaduan melalui telepon dan email", []),
        ("Paling lambat 14 hari kerja sejak 2019", []),
        ("-", []),
    ],
)
def test_channels(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c["type"], c["value"]) for c in find_channels(text)] == expected


def test_many_channels_in_one_cell() -> None:
    text = (
        "Pengaduan dapat disampaikan melalui: 1. Loket pengaduan; 2. Telepon (0322) 321234; "
        "3. WhatsApp 0857-1234-5678; 4. Email disdukcapil@lamongankab.go.id; "
        "5. SP4N-LAPOR! (lapor.go.id); 6. Facebook Disdukcapil Lamongan"
    )
    types = [c["type"] for c in find_channels(text)]
    assert types == ["desk", "phone", "whatsapp", "email", "lapor", "lapor", "social"]


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Kotak saran dan HP 081234567890 (Pak Budi)", True),
        ("WA 0812-3456-7890", True),
        ("WA 0812-3456-7890, email dinas@kab.go.id", False),
        ("Telepon (0721) 123456", False),
        ("Kotak saran", False),
    ],
)
def test_private_number_hint(text: str, hint: bool) -> None:
    assert private_number_hint(find_channels(text)) is hint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call Center 112", [("phone", "112")]),
        ("HP/WA 0812 3456 7890", [("whatsapp", "0812 3456 7890")]),
        ("e-mail : dukcapil.lamsel@gmail.com", [("email", "dukcapil.lamsel@gmail.com")]),
        ("Twitter @dukcapil", [("social", "twitter @dukcapil")]),
        ("Telp. 0271-891072 ext. 12", [("phone", "0271-891072")]),
        ("Kode pos 57211", []),
    ],
)
def test_more_channel_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c["type"], c["value"]) for c in find_channels(text)] == expected


def test_generic_staff_mention_is_not_a_channel() -> None:
    text = "Keluhan pasien dapat disampaikan kepada petugas dan akan ditangani dengan baik"
    assert find_channels(text) == []
