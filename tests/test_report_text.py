"""Text writer: readable rapor per document, machine lines, unit recap; id and en."""

from __future__ import annotations

import re

from helpers_report import load_report, render

from compliance.model import COMPONENT_IDS, COMPONENT_LETTER

MACHINE = re.compile(
    r"^(?P<path>[^:\n]+):(?P<loc>[^:\s]+): \[(?P<level>error|warning|info)\] (?P<code>\S+) (?P<msg>.+)$",
    re.MULTILINE,
)


def test_component_lines_show_mark_status_and_heading():
    text = render("text")
    assert (
        "~ lemah     d. Jangka Waktu Penyelesaian · “Waktu Pelayanan” · hlm. 2, tabel 1, baris 5"
        in text
    )
    assert "✗ tidak ada n. Evaluasi Kinerja Pelaksana" in text
    assert "✓ ada       f. Produk Pelayanan" in text
    # every service lists all 14 components
    for letter in (COMPONENT_LETTER[c] for c in COMPONENT_IDS):
        assert len(re.findall(rf"^    [✓~✗] .{{10}}{letter}\. ", text, re.MULTILINE)) == 3


def test_reason_and_suggestion_follow_the_component():
    text = render("text")
    block = text.split("d. Jangka Waktu Penyelesaian", 1)[1].split("e. Biaya/Tarif", 1)[0]
    assert "Jangka waktu hanya menyebut jam buka" in block
    assert "→ Saran perbaikan: Tulis lama penyelesaian" in block
    assert "UU 25/2009 Pasal 21 huruf d" in block


def test_one_machine_line_per_finding():
    report = load_report()
    lines = MACHINE.findall(render("text", report))
    n_findings = sum(
        len(d["findings"])
        + len(d["maklumat"].get("findings", []))
        + sum(len(s["findings"]) for s in d["services"])
        for d in report["documents"]
    )
    errors = sum(1 for d in report["documents"] if d["status"] == "error")
    assert len(lines) == n_findings + errors
    text = render("text", report)
    assert (
        "submissions/dinkes/sp-puskesmas-way-halim.pdf:layanan-1/hlm-2/tabel-1/baris-5: "
        "[warning] UU25-JW-VAGUE Jangka waktu"
    ) in text
    assert (
        "submissions/lain/sp-terkunci.pdf:dokumen: [error] pdf-encrypted PDF dilindungi kata sandi"
        in text
    )


def test_error_document_shows_its_message():
    text = render("text")
    section = text.split("== submissions/lain/sp-terkunci.pdf", 1)[1]
    assert "Galat: PDF dilindungi kata sandi" in section
    assert "(unit tidak diketahui)" in section


def test_recap_and_summary():
    text = render("text")
    recap = text.split("Rekap per unit", 1)[1]
    assert "Dinas Kesehatan Kabupaten Lampung Selatan: 2 dokumen, 2 layanan, skor 69,7" in recap
    assert "Evaluasi Kinerja Pelaksana ×2" in recap
    assert "Ringkasan: 4 dokumen, 1 gagal diperiksa, 3 layanan" in recap
    assert "Temuan yang sudah diperbaiki: 1" in recap
    assert "bukan penilaian resmi" in recap


def test_english_labels():
    text = render("text", lang="en")
    assert "~ weak      d. Completion time" in text
    assert "Summary per unit" in text and "score 69.7" in text
    assert "✗ absent    n. Staff performance evaluation" in text
    assert "Rekap per unit" not in text and "Saran perbaikan" not in text


def test_colour_only_when_asked():
    assert "\x1b[" not in render("text")
    coloured = render("text", color=True)
    assert "\x1b[31m✗" in coloured and "\x1b[32m✓" in coloured


def test_no_service_component_is_silently_dropped():
    report = load_report()
    del report["documents"][2]["services"][0]["components"]["evaluasi"]
    text = render("text", report)  # a malformed document still renders, the gap shows as absent
    tail = text.split("Penerbitan Kartu Keluarga", 1)[1]
    assert "✗ tidak ada n. Evaluasi Kinerja Pelaksana" in tail
