"""Structural cues: lines that open a service, a component group, a preamble, or end a section."""

from __future__ import annotations

import re
from functools import lru_cache

from compliance.segment.text import DATE_WORDS, clean
from compliance.segment.unit import UNIT_WORDS

# "A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN (SERVICE
# DELIVERY)": a sub-table heading inside one service, never a service of its own.
_GROUP = re.compile(
    r"service\s*delivery|manufactur|penyampaian\s+pelayanan|pengelolaan\s+pelayanan"
    r"|proses\s+pengelolaan|internal\s+organisasi"
    # the group heading cut at a page or line break: "B. KOMPONEN STANDAR PELAYANAN YANG …"
    r"|^komponen\s+standar\s+pelayanan\b",
    re.IGNORECASE,
)
_TITLE_SP = re.compile(
    r"^standar\s+pelayanan(?!\s+minimal)(?:\s+publik)?(?:\s*\((?:spp|sp)\))?"
    r"\s*[:\-–]?\s*(?P<name>.*)$",
    re.IGNORECASE,
)
_TITLE_JENIS = re.compile(
    r"^(?:jenis|nama)\s+(?:pelayanan|layanan)\s*(?:publik\s*)?[:\-–]\s*(?P<name>\S.*)$",
    re.IGNORECASE,
)
_LEADING_PADA = re.compile(r"^(?:pada|di)\s+", re.IGNORECASE)
_PADA = re.compile(r"\s+(?:pada|di)\s+(?=\S)", re.IGNORECASE)
_NAME_TAIL = re.compile(
    r"\s*(?:tahun\s+\d{4}|\(\s*spp\s*\)|\.{3,}.*|…+.*)\s*$", re.IGNORECASE
)
# a letterhead line: a unit (the same words the unit finder knows) or a government/region line
_UNIT_START = re.compile(rf"^(?:{UNIT_WORDS}|(?:pemerintah|kabupaten|kota|provinsi)\b)", re.I)
_UNIT_INSIDE = re.compile(
    r"\s(?:DINAS|BADAN|UPTD?|PUSKESMAS|RSUD|KECAMATAN|KELURAHAN|KANTOR|SEKRETARIAT)"
    r"\s+[A-Z]+\s+[A-Z]"
)
_PREAMBLE_START = re.compile(r"^(?:menimbang|mengingat)\b", re.IGNORECASE)
# The Lampiran header, not "Lampiran surat pengantar" in a list of requirements.
_LAMPIRAN = (
    r"lampiran(?:\s*$|\s+[ivx]+\b|\s*:|\s+(?:surat\s+)?(?:keputusan|peraturan))"
)
_PREAMBLE_END = re.compile(
    rf"^(?:(?:memutuskan|menetapkan|kesatu|pertama)\b|{_LAMPIRAN})", re.IGNORECASE
)
_CLOSER = re.compile(
    r"^(?:(?:ditetapkan|dikeluarkan)\s+di\b|nip\b|n\s*i\s*p\s*[.:]|memutuskan\b"
    rf"|pada\s+tanggal\b|tembusan\s*:|{_LAMPIRAN}"
    # a web page's share bar and related links end the standard printed above them
    r"|(?:bagikan|share|berita\s+terkait|baca\s+juga|tags?)\s*:"
    # a booklet's next chapter ("BAB III PENUTUP") ends the last component of the one before
    r"|bab\s+(?:[ivxl]{1,5}|\d{1,2})\b)",
    re.IGNORECASE,
)
_LAMPIRAN_RX = re.compile(_LAMPIRAN, re.IGNORECASE)
_PLACE_DATE = re.compile(r"^[A-Za-z][\w .'-]{1,40},\s*" + DATE_WORDS.pattern, re.IGNORECASE)
_SIGNATURE_END = re.compile(r"^(?:nip\b|n\s*i\s*p\s*[.:])", re.IGNORECASE)


# The title of an SOP attached after the standard ("SOP PELAYANAN …", "STANDAR OPERASIONAL
# PROSEDUR …"): what follows is the SOP's own identity table, not another service.
_APPENDIX = re.compile(r"^(?:sop|standar\s+operasional\s+prosedur)\b", re.IGNORECASE)


_MAKLUMAT_TITLE = re.compile(r"^mak(?:lumat|mulat)\s+(?:pelayanan|layanan)\b", re.IGNORECASE)


def is_maklumat_title(body: str) -> bool:
    """A Maklumat heading that names its unit ("MAKLUMAT PELAYANAN DINAS X"), in capitals."""
    return bool(_MAKLUMAT_TITLE.match(body)) and len(body.split()) <= 10 and mostly_upper(body)


def is_appendix_start(body: str) -> bool:
    return bool(_APPENDIX.match(body)) and len(body.split()) <= 15 and mostly_upper(body)


@lru_cache(maxsize=4096)  # asked ~3x per line over the segmentation passes
def is_group_heading(body: str) -> bool:
    return bool(_GROUP.search(body)) and len(body.split()) <= 25


def is_preamble_start(body: str) -> bool:
    return bool(_PREAMBLE_START.match(body))


def is_preamble_end(body: str) -> bool:
    return bool(_PREAMBLE_END.match(body))


def is_closer(body: str) -> bool:
    """A line that ends any component section: signature, date, Lampiran header, diktum."""
    return bool(_CLOSER.match(body) or _PLACE_DATE.match(body))


def is_lampiran(body: str) -> bool:
    return bool(_LAMPIRAN_RX.match(body))


def is_signature_end(body: str) -> bool:
    return bool(_SIGNATURE_END.match(body))


def is_unit_line(body: str) -> bool:
    return bool(_UNIT_START.match(body))


def mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def tidy_name(name: str) -> str:
    """A service name without dot leaders, page numbers, "TAHUN 2023", "(SPP)" or "PADA <unit>"."""
    name = clean(name)
    previous = None
    while previous != name:
        previous = name
        name = _NAME_TAIL.sub("", name).strip(" :-–")
    parts = _PADA.split(name, maxsplit=1)
    if len(parts) == 2 and is_unit_line(parts[1]):
        name = parts[0]
    return name.strip(" :-–,")


def sp_title_name(body: str) -> str | None:
    """The name in "STANDAR PELAYANAN <name> [PADA <unit>]"; "" when the title names none."""
    if is_group_heading(body) or len(body.split()) > 25:
        return None
    m = _TITLE_SP.match(body)
    if not m:
        return None
    name = _LEADING_PADA.sub("", tidy_name(m.group("name")))
    # "STANDAR PELAYANAN PUSKESMAS X", "… PADA KECAMATAN X" name the unit, not a service
    if is_unit_line(name):
        return ""
    # a title that runs on into the unit without "PADA": "… GEDUNG (PBG) DINAS PENANAMAN …"
    unit = _UNIT_INSIDE.search(name)
    if unit and len(name[: unit.start()].split()) >= 2:
        name = name[: unit.start()].strip(" :-–,")
    return name


def jenis_title_name(body: str) -> str | None:
    m = _TITLE_JENIS.match(body)
    return tidy_name(m.group("name")) if m else None


def is_title_like(body: str, number: str | None, block_kind: str) -> bool:
    """Short, and set apart as a title: capitals, a heading style or a list marker."""
    if not body or len(body.split()) > 18 or body.endswith((".", ";", ",")) and not number:
        return False
    return mostly_upper(body) or block_kind == "heading"

