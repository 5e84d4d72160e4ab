"""How the standard was set: the Keputusan/Peraturan, its number, date and signer.

number_blank: the number is a form left unfilled. Decision: blank when, after removing the
year, no digit or letter is left ("Nomor : / / /2014", "Nomor : …", "NOMOR :      TAHUN 2022"),
or when any slot between slashes is empty ("Nomor : 440/   /2023"), or when "Nomor" has nothing
after it at all (number None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compliance.model import Location, Setting
from compliance.segment.text import DATE_WORDS, clean, is_toc_entry, parse_date

_INSTRUMENT = re.compile(
    r"^(?:lampiran\s+(?:[ivx]+\s+)?)?(?P<inst>(?:surat\s+)?(?:keputusan|peraturan)\b.*)$",
    re.IGNORECASE,
)
_INSTRUMENT_STOP = re.compile(r"\s+(?:nomor|no\.|tentang|tanggal)\b.*$", re.IGNORECASE)
_NUMBER = re.compile(r"^(?:nomor|no\.?)\s*:?\s*(?P<num>.*)$", re.IGNORECASE)
_NUMBER_INLINE = re.compile(r"\b(?:nomor|no\.)\s*:?\s*(?P<num>.*?)(?:\s+tentang\b.*)?$", re.I)
_YEAR = re.compile(r"\btahun\s+(?P<y>\d{4})\b|/(?P<y2>\d{4})\s*$", re.IGNORECASE)
_PLACE_DATE = re.compile(r"^[A-Za-z][\w .'-]{1,40},\s*\d{1,2}[\s-]", re.IGNORECASE)
_DATE_LABEL = re.compile(r"^(?:pada\s+)?tanggal\s*:?\s*(?P<d>.*)$", re.IGNORECASE)
_NIP = re.compile(r"^(?:nip|n\s*i\s*p)\s*[.:]?\s*[\d\s]*$|^nip\b", re.IGNORECASE)
_RANK = re.compile(
    r"^(?:pembina|penata|pengatur|juru|pangkat|golongan)\b|^\(?[ivx]{1,3}\s*/\s*[a-e]\)?$|"
    r"\([ivx]{1,3}\s*/\s*[a-e]\)",
    re.IGNORECASE,
)
_JABATAN = re.compile(
    r"^(?:a\.?\s*n\.?|plt\.?|plh\.?)?\s*(?:kepala|camat|direktur|bupati|wali\s*kota|walikota|"
    r"gubernur|lurah|sekretaris|menteri|ketua|pimpinan)\b",
    re.IGNORECASE,
)
_TTD = re.compile(r"^(?:ttd|cap|dto|\(?ttd\)?\.?|materai|stempel)$", re.IGNORECASE)
_SIGN_ZONE = re.compile(r"^(?:ditetapkan|dikeluarkan)\s+di\b|^pada\s+tanggal\b", re.IGNORECASE)
_LINES_AFTER_INSTRUMENT = 4


def _number_blank(number: str | None) -> bool:
    if number is None:
        return True
    without_year = _YEAR.sub("", number)
    if not re.search(r"[0-9A-Za-z]", without_year.replace("tahun", "").replace("TAHUN", "")):
        return True
    if "/" in number:
        slots = number.split("/")
        return any(not re.search(r"[0-9A-Za-z]", s) for s in slots)
    return bool(re.search(r"\.{3,}|…", number))


def _date_candidates(texts: list[str]) -> list[str]:
    """Lines that may carry the date of setting, best first: the "Ditetapkan di … pada tanggal"
    block, then a "TANGGAL :" line of the Lampiran header, then a "Place, 12 Mei 2023" line.
    A date elsewhere ("Berita Acara FKP tanggal 5 Mei 2023" in Menimbang) is not the setting's."""
    signed: list[str] = []
    for i, text in enumerate(texts):
        if _SIGN_ZONE.match(text):
            signed.extend(texts[i : i + 3])
    labelled = [t for t in texts if _DATE_LABEL.match(t)]
    placed = [t for t in texts if _PLACE_DATE.match(t)]
    return signed + labelled + placed


def _signer(lines: list[str]) -> str | None:
    """The name in the first signature block: the line above the NIP, skipping rank lines,
    else the first name-like line after the jabatan below "Ditetapkan di"."""
    for i, line in enumerate(lines):
        if _NIP.match(line):
            for j in range(i - 1, max(i - 4, -1), -1):
                cand = lines[j]
                if _RANK.search(cand) or _TTD.match(cand):
                    continue
                if _JABATAN.match(cand):
                    # PDF text may join "DIREKTUR RSUD X, dr. NAMA, M.Kes" on one line
                    _, _, rest = cand.partition(", ")
                    if len(rest.split()) >= 2 and not _JABATAN.match(rest):
                        return rest.strip(" ,")
                    continue
                if _SIGN_ZONE.match(cand) or DATE_WORDS.search(cand) or cand.endswith(":"):
                    break
                if 1 <= len(cand.split()) <= 8:
                    return cand.strip(" ,")
                break
    for i, line in enumerate(lines):
        if _SIGN_ZONE.match(line):
            seen_jabatan = False
            for cand in lines[i + 1 : i + 8]:
                if _JABATAN.match(cand) and not seen_jabatan:
                    seen_jabatan = True
                    continue
                if not seen_jabatan or _TTD.match(cand) or DATE_WORDS.search(cand):
                    continue
                if _JABATAN.match(cand) or _RANK.search(cand):
                    continue
                if 1 <= len(cand.split()) <= 6:
                    return cand.strip(" ,")
    return None


def find_setting(
    lines: Sequence[tuple[str, Location]], later: Sequence[str] = ()
) -> Setting | None:
    """`lines`: the body lines up to the first service, with their locations, in order;
    `later`: the lines after it, searched for the signer when the setting part has none.
    A document without "Nomor" gets number None and number_blank True (nothing filled in)."""
    texts = [clean(t) for t, _ in lines]
    start = None
    instrument = None
    for i, text in enumerate(texts[:80]):
        m = _INSTRUMENT.match(text)
        if m and len(text.split()) <= 30 and not is_toc_entry(text):
            inst = _INSTRUMENT_STOP.sub("", m.group("inst")).strip(" ,:")
            if len(inst.split()) >= 2:
                start, instrument = i, inst
                break
    if start is None:
        return None
    number: str | None = None
    has_number = False
    for k, text in enumerate(texts[start : start + 1 + _LINES_AFTER_INSTRUMENT]):
        m = _NUMBER.match(text) or (_NUMBER_INLINE.search(text) if k == 0 else None)
        if m:
            has_number = True
            raw = m.group("num").strip()
            number = raw if raw else None
            break
    year = None
    if number:
        ym = _YEAR.search(number)
        if ym:
            year = int(ym.group("y") or ym.group("y2"))
    date_text = None
    for text in _date_candidates(texts[start:]):
        parsed = parse_date(text)
        if parsed:
            date_text, date_year = parsed
            year = year or date_year
            break
        label = _DATE_LABEL.match(text)
        if label and label.group("d").strip(" :."):
            date_text = label.group("d").strip()
            break
    return Setting(
        instrument=instrument,
        number=number,
        number_blank=_number_blank(number) if has_number else True,
        date=date_text,
        year=year,
        signer=_signer(texts[start:]) or _signer([clean(t) for t in later]),
        location=lines[start][1],
    )
