"""The unit (OPD) the document belongs to, as written.

Rule, first that applies:
1. Letterhead: the first run of letterhead lines (page headers, then the body lines before the
   first real table) — lines starting with PEMERINTAH or a unit word (Dinas, Badan, UPT/UPTD,
   Puskesmas, RSUD, Rumah Sakit, Kecamatan, Kelurahan, Desa, Kantor, Sekretariat, Inspektorat,
   Satuan, Bagian) or a region (Kabupaten/Kota/Provinsi), up to the address line. The unit is
   the deepest unit line of the run (PEMERINTAH KABUPATEN X > DINAS KESEHATAN > UPT PUSKESMAS Y
   gives the Puskesmas); a sub-unit (UPT/UPTD, Puskesmas, RSUD, Kelurahan, Desa, Bagian) is
   deeper than a Dinas/Badan/Kecamatan whichever line comes first. When that line names no region (Kabupaten/Kota/Provinsi, or the
   Kecamatan of a Kelurahan/Desa), the region is appended: a
   "KABUPATEN X" line directly below as is, else the region of the "PEMERINTAH KABUPATEN X"
   line above ("DINAS KESEHATAN" -> "DINAS KESEHATAN KABUPATEN X").
2. The title: "STANDAR PELAYANAN … PADA <unit>" or "KEPUTUSAN KEPALA/DIREKTUR <unit> NOMOR …"
   where <unit> starts with a unit word ("KEPUTUSAN CAMAT X" names an office holder, not a
   unit, and is not turned into "Kecamatan X").
3. A generic "PEMERINTAH KABUPATEN/KOTA/PROVINSI X" letterhead line.
The text keeps the document's casing (nothing is invented); whitespace is collapsed and trailing
punctuation dropped. None when nothing applies.
"""

from __future__ import annotations

import re

from compliance.segment.text import clean

UNIT_WORDS = (
    r"(?:dinas|badan|upt|uptd|puskesmas|rsud|rumah\s+sakit|kecamatan|kelurahan|desa|kantor|"
    r"sekretariat|inspektorat|satuan|bagian|unit\s+pelaksana|distrik|kampung|nagari|gampong|"
    # the short names units call themselves on web pages and banners
    r"disdukcapil|dukcapil|dinkes|disdik|dishub|dinsos|dpmptsp|bapenda|bpbd|diskominfo|"
    r"disnaker|disperindag|dpmd|dlh|samsat|satpol\s+pp)\b"
)
_SPECIFIC = re.compile("^" + UNIT_WORDS, re.IGNORECASE)
# Units that sit below another unit: a letterhead may name them before or after their parent
# ("UPTD SAMSAT KOTA X" / "Badan Pendapatan Daerah Provinsi Y"), so depth is by kind, not order.
_SUB_UNIT = re.compile(
    r"^(?:upt|uptd|unit\s+pelaksana|puskesmas|rsud|rumah\s+sakit|(?:kantor\s+)?(?:kelurahan|desa)|"
    r"bagian|satuan)\b",
    re.IGNORECASE,
)
_LABELLED_UNIT = re.compile(
    r"^(?:unit\s+(?:layanan|pelayanan|kerja|penyelenggara)|instansi|opd|penyelenggara(?:\s+layanan)?|"
    r"perangkat\s+daerah)\s*[:=]\s*(?P<unit>\S.{2,80})$",
    re.IGNORECASE,
)
_AFTER_DASH = re.compile(r"\s[-–—|]\s+(?P<unit>[^-–—|]{5,80})$")
_GENERIC = re.compile(r"^pemerintah\s+(?P<region>(?:kabupaten|kab\.|kota|provinsi)\b.*)$", re.I)
_REGION_LINE = re.compile(r"^(?:kabupaten|kab\.|kota|provinsi)\s+\S", re.IGNORECASE)
# a region named in the unit line; a Kelurahan/Desa line naming its Kecamatan counts too
_HAS_REGION = re.compile(r"\b(?:kabupaten|kab\.|kota|provinsi)\b|.\bkecamatan\b", re.I)
# the first word of a Kecamatan/Kelurahan/Desa name is its name even when it is a region word
# ("KECAMATAN KOTA SOE" names no region; "Laboratorium Kesehatan Daerah" neither)
_AREA_NAME = re.compile(
    r"^(?:kecamatan|distrik|kelurahan|desa|kampung|nagari|gampong)\s+\S+\s*", re.IGNORECASE
)
_ADDRESS = re.compile(
    r"^(?:jl\.|jln\.?|jalan)\s|\b(?:telp|telepon|tlp|fax|faks|e-?mail|pos-el|kode\s+pos|laman|"
    r"website|www)\b|https?://|^\S+\.(?:go\.id|id|com|net|org)\b",
    re.IGNORECASE,
)
_PADA = re.compile(
    rf"standar\s+pelayanan\b.*?\bpada\s+(?P<unit>{UNIT_WORDS}.*)$", re.IGNORECASE
)
# "STANDAR PELAYANAN DISTRIK SENTANI": the unit right after the title words
_SP_OF_UNIT = re.compile(r"^standar\s+pelayanan(?:\s+publik)?\s+(?P<unit>\S.*)$", re.IGNORECASE)
_KEPALA = re.compile(
    r"^(?:surat\s+)?(?:keputusan|peraturan)\s+(?:kepala|direktur|pimpinan)\s+(?P<unit>.+?)"
    r"(?:\s+nomor\b.*)?$",
    re.IGNORECASE,
)
_TAIL = re.compile(r"[\s,.;:]+$")


def _tidy(text: str) -> str:
    return _TAIL.sub("", clean(text))


def _letterhead(lines: list[str], start: int) -> list[str]:
    """The run of letterhead lines from `start`: unit, region and government lines."""
    run: list[str] = []
    for k in range(start, len(lines)):
        line = lines[k]
        if len(line.split()) > 14 or _ADDRESS.search(line):
            break
        if not (_SPECIFIC.match(line) or _GENERIC.match(line) or _REGION_LINE.match(line)):
            # a PDF may wrap a long unit name: "… TERPADU SATU" / "PINTU KOTA MATARAM" / address
            nxt = lines[k + 1] if k + 1 < len(lines) else ""
            if run and line.isupper() and len(line.split()) <= 4 and _ADDRESS.search(nxt):
                run[-1] = f"{run[-1]} {line}"
            break
        run.append(line)
    return run


def find_unit(head_lines: list[str]) -> str | None:
    """`head_lines`: page headers then the body lines of the title area, in order."""
    lines = [clean(ln) for ln in head_lines if clean(ln)]
    for i, line in enumerate(lines):
        if not (_SPECIFIC.match(line) or _GENERIC.match(line)) or _ADDRESS.search(line):
            continue
        run = _letterhead(lines, i)
        specific = [k for k, ln in enumerate(run) if _SPECIFIC.match(ln)]
        if not specific:
            continue
        # the deepest unit of the letterhead: PEMERINTAH > DINAS > UPT PUSKESMAS; the last
        # line among equals (letterheads go from parent to child)
        k = max(specific, key=lambda j: (bool(_SUB_UNIT.match(run[j])), j))
        unit = _tidy(run[k])
        if not _HAS_REGION.search(_AREA_NAME.sub("", unit)):
            below = run[k + 1] if k + 1 < len(run) else ""
            above = [_GENERIC.match(ln) for ln in (lines[max(i - 1, 0) : i] + run[:k])]
            region = next((m.group("region") for m in reversed(above) if m), None)
            if _REGION_LINE.match(below):
                unit = f"{unit} {_tidy(below)}"
            elif region:
                unit = f"{unit} {_tidy(region)}"
        return unit
    for line in lines:
        m = _PADA.search(line) or _KEPALA.match(line) or _SP_OF_UNIT.match(line)
        if m and _SPECIFIC.match(m.group("unit")):
            return _tidy(re.split(r"\s+(?:nomor|tahun|tentang)\b", m.group("unit"), flags=re.I)[0])
    for line in lines:
        # "Unit Layanan : Dinas …" (an export), "Portal Standar Pelayanan - Dinas …" (a web page)
        m = _LABELLED_UNIT.match(line) or _AFTER_DASH.search(line)
        if m and _SPECIFIC.match(m.group("unit")):
            return _tidy(m.group("unit"))
    for line in lines:
        if _GENERIC.match(line) and len(line.split()) <= 8:
            return _tidy(line)
    return None
