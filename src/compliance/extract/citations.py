"""Regulation citations ("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
"UU No. 24 Thn 2013", "Permendagri No. 19 Tahun 2018", "UU 25/2009") and legal hygiene.

Regex: citation shapes are keyword + "Nomor" + identifier + "Tahun" + year, where the
identifier ("188.4/2004/RSUD") is exactly what a word tokenizer breaks apart.
"""

from __future__ import annotations

import re
from datetime import date

# (type, pattern of the instrument's name). Order matters: the first alternative that
# matches at a position wins, so specific names precede general ones.
CITATION_TYPES: tuple[tuple[str, str], ...] = (
    ("Lainnya", r"(?<![\w-])undang[\s-]*undang\s+dasar|\buud\b"),
    ("Perppu", r"peraturan\s+pemerintah\s+pengganti\s+undang[\s-]*undang(?!an)|\bperpp?u\b"),
    ("UU", r"(?<![\w-])undang[\s-]*undang(?!an)(?:\s+republik\s+indonesia)?|\buu\b(?:\s*ri\b)?"),
    (
        "PP",
        r"peraturan\s+pemerintah(?:\s+republik\s+indonesia)?|\bpp\b(?=\s*(?:ri\s*)?(?:no|nomor|\d))",
    ),
    ("Perpres", r"peraturan\s+presiden(?:\s+republik\s+indonesia)?|\bperpres\b"),
    ("Keppres", r"keputusan\s+presiden(?:\s+republik\s+indonesia)?|\bkepp?res\b"),
    ("Inpres", r"instruksi\s+presiden(?:\s+republik\s+indonesia)?|\binpres\b"),
    ("Permen", r"peraturan\s+menteri|\bpermen(?P<permen>[a-z]*(?:\s*-?\s*rb\b)?)|\bpmk\b"),
    ("Kepmen", r"keputusan\s+menteri|\bkepmen(?P<kepmen>[a-z]*(?:\s*-?\s*rb\b)?)|\bkmk\b"),
    # Aceh calls its regional regulations Qanun
    ("Perda", r"peraturan\s+daerah|\bperda\b|\bqanun\b"),
    ("Pergub", r"peraturan\s+gubernur|\bpergub\b"),
    ("Perbup", r"peraturan\s+bupati|\bperbup\b"),
    ("Perwal", r"peraturan\s+wali\s*kota|\bperwal[i]?\b|\bperwako\b"),
    (
        "SE",
        r"surat\s+edaran|\bse\b(?=\s+(?:menteri|mendagri|menpan|gubernur|bupati|wali|kepala|no\b|nomor))",
    ),
    (
        "Keputusan",
        (
            r"(?:surat\s+)?keputusan\s+(?:kepala|bupati|wali\s*kota|gubernur|direktur|camat|"
            r"sekretaris|dirjen|lurah|ketua|deputi|kapolri|jaksa)|\bsk\b(?=\s+(?:kepala|bupati|"
            r"wali|gubernur|direktur|camat|no\b|nomor))"
        ),
    ),
    (
        "Lainnya",
        (
            r"peraturan\s+(?:kepala|badan|lembaga|ombudsman|bpjs|kpu|direktur|sekretaris|desa|kepolisian|"
            r"mahkamah|bank\s+indonesia|ojk|dirjen|direktur\s+jenderal)|\bperka\b|\bperkaban\b"
        ),
    ),
)
_TYPE_RE = re.compile(
    "|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(CITATION_TYPES)), re.IGNORECASE
)

# Ministry (issuer of a Permen/Kepmen) -> how it is written, in full or glued to "Permen".
MINISTRIES: dict[str, tuple[str, ...]] = {
    "PANRB": ("panrb", "pan rb", "pan", "menpan", "pendayagunaan aparatur negara"),
    "Dalam Negeri": ("dagri", "dalam negeri", "mendagri"),
    "Kesehatan": ("kes", "kesehatan", "menkes", "kmk"),
    "Keuangan": ("keu", "keuangan", "pmk"),
    "Pendidikan": ("dikbud", "dikbudristek", "diknas", "pendidikan"),
    "Sosial": ("sos", "sosial"),
    "Ketenagakerjaan": ("naker", "nakertrans", "ketenagakerjaan", "tenaga kerja"),
    "Agama": ("ag", "agama"),
    "ATR/BPN": ("atr", "atrbpn", "agraria"),
    "Hukum dan HAM": ("kumham", "hukum dan hak asasi manusia", "hukum dan ham"),
    "Perhubungan": ("hub", "perhubungan"),
    "Pertanian": ("tan", "pertanian"),
    "LHK": ("lhk", "lingkungan hidup"),
    "PUPR": ("pupr", "pekerjaan umum"),
    "Perdagangan": ("dag", "perdagangan"),
    "Perindustrian": ("perin", "perindustrian"),
    "Kominfo": ("kominfo", "komunikasi dan informatika"),
    "Desa": ("desa", "desapdtt", "desa, pembangunan daerah tertinggal"),
}

# Small, documented list of repealed instruments still seen in standards:
# (type, number, year) -> (what replaced it, source note). Experts: extend with care.
REPEALED: dict[tuple[str, str, int], str] = {
    ("UU", "32", 2004): "dicabut oleh UU 23/2014 tentang Pemerintahan Daerah",
    ("UU", "22", 1999): "dicabut oleh UU 32/2004 (kemudian UU 23/2014)",
    (
        "Perpres",
        "25",
        2008,
    ): "dicabut oleh Perpres 96/2018 (pendaftaran penduduk dan pencatatan sipil)",
    ("Permen", "36", 2012): "PermenPANRB 36/2012 dicabut oleh PermenPANRB 15/2014",
    ("Permen", "16", 2014): "PermenPANRB 16/2014 (SKM) dicabut oleh PermenPANRB 14/2017",
    ("Kepmen", "25", 2004): "KepMenPAN 25/2004 (IKM) diganti PermenPANRB 16/2014, lalu 14/2017",
    ("PP", "37", 2007): "dicabut oleh PP 40/2019 (pelaksanaan UU Administrasi Kependudukan)",
}
# Repeal entries that only hold for one issuer (the same number/year exists elsewhere).
_REPEALED_ISSUER: dict[tuple[str, str, int], str] = {
    ("Permen", "36", 2012): "PANRB",
    ("Permen", "16", 2014): "PANRB",
    ("Kepmen", "25", 2004): "PANRB",
}

_NUMBER_RE = re.compile(
    r"(?:nomor|nomer|no)\s*\.?\s*:?\s*(?P<num>[A-Za-z0-9][A-Za-z0-9./\-]*(?:\s*/\s*[A-Za-z0-9.\-]+)*)",
    re.IGNORECASE,
)
_BARE_NUMBER_RE = re.compile(r"^\s*(?:ri\s+)?(?P<num>\d+[A-Za-z0-9./\-]*)", re.IGNORECASE)
_SHORT_RE = re.compile(
    r"^\s*(?:ri\s+)?(?:no\.?\s*)?(?P<num>\d+)\s*/\s*(?P<year>\d{4})\b", re.IGNORECASE
)
_YEAR_RE = re.compile(r"(?:tahun|thn|th)\s*\.?\s*:?\s*(?P<year>\d{4,5})(?!\d)", re.IGNORECASE)
_TRAILING_YEAR_RE = re.compile(r"/(?P<year>\d{4})$")
_TITLE_RE = re.compile(r"\btentang\s+(?P<title>.+)", re.IGNORECASE | re.DOTALL)
_SEGMENT_SPLIT = re.compile(r"[\n;]")
# A line wrapped inside a narrow cell ("Peraturan Daerah Kota\nKendari Nomor 3 Tahun 2019"): a
# break that neither ends a sentence nor starts a new item or a new regulation is a space.
_WRAPPED = re.compile(
    r"(?<![;.:])\n(?!\s*(?:\d{1,2}[.)]|[a-z][.)]\s|[-•▪]|(?:undang|peraturan|keputusan|instruksi|"
    r"surat|qanun|uu|pp|perpres|permen|perda|pergub|perbup|perwal)\b))",
    re.IGNORECASE,
)
_LIST_CONTINUES = re.compile(r"(?:[,;]|\bdan|\bserta|\b\d{1,2}[.)]|\b[a-z][.)])$", re.IGNORECASE)


def _type_of(m: re.Match[str]) -> tuple[str, str | None]:
    for i, (kind, _) in enumerate(CITATION_TYPES):
        if m.group(f"t{i}") is not None:
            glued = m.groupdict().get("permen") or m.groupdict().get("kepmen")
            return kind, glued if glued and m.group(f"t{i}").lower().startswith(
                ("permen", "kepmen")
            ) else None
    raise AssertionError("a type alternative always matches")


def _ministry(text: str) -> str | None:
    key = re.sub(r"[^a-z ,]", "", text.lower()).strip()
    squashed = key.replace(" ", "")
    for name, forms in MINISTRIES.items():
        for form in forms:
            if squashed == form.replace(" ", "") or (" " in form and form in key):
                return name
    for name, forms in MINISTRIES.items():  # "Menteri Kesehatan Republik Indonesia"
        if any(len(f) > 3 and re.search(rf"\b{re.escape(f)}\b", key) for f in forms):
            return name
    return None


def _issuer(kind: str, glued: str | None, between: str, matched: str) -> str | None:
    """Ministry for Permen/Kepmen; region for Perda/Pergub/Perbup/Perwal; office for others."""
    between = re.sub(r"\s+", " ", between).strip(" ,:-")
    between = re.sub(r"\b(?:republik indonesia|ri)\b", "", between, flags=re.IGNORECASE).strip()
    if kind in ("Permen", "Kepmen"):
        if glued:
            return _ministry(glued) or glued.upper()
        if matched.lower() in ("pmk", "kmk"):
            return _ministry(matched)
        name = re.sub(r"^(?:negara\s+)?", "", between, flags=re.IGNORECASE)
        return _ministry(name) or (name or None)
    if kind == "Keputusan":  # "Keputusan Direktur …": the office is part of the name
        office = re.sub(r"^(?:surat\s+)?(?:keputusan|sk)\s*", "", matched, flags=re.IGNORECASE)
        return (office + " " + between).strip() or None
    if kind in ("Perda", "Pergub", "Perbup", "Perwal", "SE", "Lainnya"):
        return between or None
    return None


def _parse_window(window: str, after: str) -> tuple[str | None, int | None]:
    """(number, year) from the text following the instrument's name."""
    head = re.split(r"\btentang\b", after, maxsplit=1, flags=re.IGNORECASE)[0]
    short = _SHORT_RE.match(head)
    if short:
        return short.group("num"), int(short.group("year"))
    number = None
    m = _NUMBER_RE.search(head)
    if m:
        number = re.split(r"\s+(?:tahun|thn|th)\b", m.group("num"), flags=re.IGNORECASE)[0]
    else:
        b = _BARE_NUMBER_RE.match(head)
        if b:
            number = b.group("num")
    year = None
    y = _YEAR_RE.search(head)
    if y:
        year = int(y.group("year"))
    if number:
        number = re.sub(r"\s+", "", number).strip(".,:;-/")
        short = re.fullmatch(r"(\d{1,4})/(\d{4})", number)  # "No. 5/2020": number 5 of 2020
        if short and year in (None, int(short.group(2))):
            number, year = short.group(1), int(short.group(2))
        if year is None:
            t = _TRAILING_YEAR_RE.search(number)
            if t and int(t.group("year")) > 1900:
                year = int(t.group("year"))
    return number or None, year


def find_citations(text: str) -> list[dict]:
    """Every cited regulation, in order:
    {type, issuer, number, year, title, text, nested}. `nested` marks a regulation named
    inside another one's title ("PP 40/2019 tentang Pelaksanaan UU 23/2006 …")."""
    out: list[dict] = []
    for segment in _SEGMENT_SPLIT.split(_WRAPPED.sub(" ", text or "")):
        matches = list(_TYPE_RE.finditer(segment))
        top_title_at: int | None = None  # where the current top-level title starts
        top_index: int | None = None
        for i, m in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(segment)
            # inside the previous title ("tentang Pelaksanaan UU …") unless a list goes on
            # ("… tentang Pelayanan Publik, PP Nomor 96 …")
            nested = (
                top_title_at is not None
                and m.start() > top_title_at
                and not _LIST_CONTINUES.search(segment[: m.start()].rstrip())
            )
            window = segment[m.start() : end]
            kind, glued = _type_of(m)
            after = segment[m.end() : end]
            num_at = re.search(r"\b(?:nomor|nomer|no\b|\d)", after, re.IGNORECASE)
            between = after[: num_at.start()] if num_at else ""
            between = re.split(r"\btentang\b", between, flags=re.IGNORECASE)[0]
            number, year = _parse_window(window, after)
            if kind == "Lainnya" and re.match(r"u", m.group(0), re.IGNORECASE):  # UUD 1945
                number, year = None, 1945 if "1945" in after else None
            t = _TITLE_RE.search(after)
            title = t.group("title").strip(" ,.") if t else None
            item = {
                "type": kind,
                "issuer": _issuer(kind, glued, between, m.group(0)),
                "number": number,
                "year": year,
                "title": title,
                "text": window.strip(" ,.;"),
                "nested": nested,
            }
            if not (number or year or title or nested):
                continue  # a bare "peraturan daerah" mention is not a citation
            if not nested:
                top_index = len(out)
                top_title_at = m.end() + t.start() if t else None
            elif top_index is not None:
                # the outer title runs on through the nested citation
                outer = out[top_index]
                outer["text"] = (outer["text"] + " " + window).strip(" ,.;")
                if outer["title"]:
                    outer["title"] = (outer["title"] + " " + window.strip()).strip(" ,.;")
            out.append(item)
    return out


def citation_problems(citations: list[dict], today: date | None = None) -> list[dict]:
    """Legal-hygiene problems: impossible years, wrong UU for Pelayanan Publik, repealed laws."""
    year_now = (today or date.today()).year
    problems: list[dict] = []
    for c in citations:
        year, number, kind = c["year"], c["number"], c["type"]
        title = (c["title"] or "").lower()
        if year is not None and (year > year_now or year < 1900):
            problems.append({"code": "year-impossible", "text": c["text"]})
        if kind == "UU" and "pelayanan publik" in title and not (number == "25" and year == 2009):
            code = "uu25-wrong-year" if number == "25" else "pelayanan-publik-wrong-law"
            problems.append({"code": code, "text": c["text"]})
        key = (kind, number or "", year or 0)
        if key in REPEALED and _REPEALED_ISSUER.get(key, c.get("issuer")) == c.get("issuer"):
            problems.append({"code": "repealed", "text": c["text"], "note": REPEALED[key]})
    return problems
