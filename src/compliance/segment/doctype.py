"""Is this document a Standar Pelayanan (UU 25/2009), or something that only looks like one?"""

from __future__ import annotations

import re

from compliance.model import Document, DocType
from compliance.segment.text import is_toc_entry

# Title evidence: the words of a service standard, not followed by "Minimal".
_SP_TITLE = re.compile(
    r"standar\s+pelayanan(?!\s+minimal)|\bSPP\b|standar\s+layanan\s+(?!informasi)", re.IGNORECASE
)
_TENTANG_SP = re.compile(
    r"tentang\s+(?:penetapan\s+)?standar\s+pelayanan(?!\s+minimal)", re.IGNORECASE
)
_INSTRUMENT = re.compile(r"keputusan|peraturan", re.IGNORECASE)
# What only looks similar (regulations.md §1.9), with the phrase that gives it away.
_LOOKALIKES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("minimum service standard (SPM)", re.compile(r"standar\s+pelayanan\s+minimal|\bSPM\b", re.I)),
    ("standard operating procedure (SOP)",
     re.compile(r"standar\s+operasional\s+prosedur|\bSOP\b", re.I)),
    ("public information service standard (KIP/PPID)",
     re.compile(r"standar\s+layanan\s+informasi|\bPPID\b", re.I)),
    ("satisfaction survey report (SKM/IKM)",
     re.compile(r"surve[iy]\s+kepuasan|indeks\s+kepuasan|\bSKM\b|\bIKM\b", re.I)),
    ("news article", re.compile(r"\bberita\b(?!\s+acara)|\bsiaran\s+pers\b", re.I)),
    # a circular or report ABOUT standards names the components without being one; a circular
    # is addressed like a letter, so it is recognised before the letter (which may cover a
    # standard it attaches)
    ("circular (Surat Edaran)", re.compile(r"\bsurat\s+edaran\b|^\s*nota\s+dinas\b", re.I | re.M)),
    ("letter", re.compile(r"kepada\s+yth|\bundangan\b|\bperihal\s*:|\bhal\s*:", re.I)),
    ("report", re.compile(r"^\s*laporan\b", re.I | re.M)),
    ("minutes of a meeting", re.compile(
        r"^\s*(?:notulen|notula|notulensi|risalah\s+rapat|berita\s+acara)\b", re.I | re.M)),
    ("guide (Petunjuk Teknis/Pedoman)",
     re.compile(r"^\s*(?:petunjuk\s+teknis|juknis|pedoman|panduan)\b", re.I | re.M)),
)
_SOP_SECTIONS = re.compile(
    r"^\s*(?:\d+\.|[a-z]\.)?\s*(pengertian|tujuan|kebijakan|referensi|ruang\s+lingkup|"
    r"unit\s+terkait|prosedur|langkah)", re.I
)
_TITLE_LINES = 25
# Look-alikes named only in passing: a letter covering a standard, a web page whose menu says
# "Berita". A Standar Pelayanan title with its components outweighs them.
_WEAK_LOOKALIKES = frozenset({"letter", "news article"})


def title_zone(doc: Document, stop: int | None = None) -> list[str]:
    """The title area: page headers, then the body lines before the first real table (and
    before block `stop`, where the first service starts), then the metadata title."""
    out = [ln for h in doc.headers for ln in h.splitlines() if ln.strip()]
    for index, block in enumerate(doc.blocks):
        if index == stop or block.kind == "table" and len(block.rows) >= 3:
            break
        out.extend(ln for ln in block.text.splitlines() if ln.strip())
        if len(out) >= _TITLE_LINES:
            break
    return [*out, doc.metadata.title] if doc.metadata.title else out


def classify(
    doc: Document, head_lines: list[str], lines: list[str], components: int
) -> tuple[DocType, str]:
    """(doc_type, reason). `head_lines`: the title area before the first service (a look-alike
    says what it is there, while "SKM" in a service's evaluation says nothing); `lines`: all
    body lines; `components`: the number of distinct component ids found in the services."""
    if doc.scanned:
        return "scanned", "PDF without a text layer"
    # a table-of-contents entry ("Lampiran SOP Pemeriksaan ..... 3") names a part, not the document
    head = "\n".join(ln for ln in head_lines if not is_toc_entry(ln))
    full = "\n".join(lines)
    title_sp = bool(_SP_TITLE.search(head))
    # "KEPUTUSAN … TENTANG (PENETAPAN) STANDAR PELAYANAN": the instrument shortly before
    setting_sp = any(
        _INSTRUMENT.search(full, max(0, m.start() - 300), m.start())
        for m in _TENTANG_SP.finditer(full)
    )
    lookalike = next((name for name, rx in _LOOKALIKES if rx.search(head)), None)
    if lookalike == "standard operating procedure (SOP)":
        sop_sections = sum(1 for ln in lines if _SOP_SECTIONS.match(ln) and len(ln.split()) <= 4)
        if sop_sections < 2 and title_sp and components >= 6:
            lookalike = None
    if lookalike and not (setting_sp and components >= 3):
        if not (lookalike in _WEAK_LOOKALIKES and title_sp and components >= 6):
            return "other", f"looks like a {lookalike}, not a Standar Pelayanan"
    if setting_sp:
        return (
            "service_standard",
            f"Keputusan/Peraturan on Standar Pelayanan, {components} components",
        )
    if title_sp and components >= 3:
        return "service_standard", f"Standar Pelayanan title and {components} components"
    if components >= 5:
        # a leaflet of the service-delivery components ("Syarat", "Alur", "Biaya", …) is the
        # published form of a standard even without the words "Standar Pelayanan"
        return "service_standard", f"{components} components without a Standar Pelayanan title"
    if title_sp:
        return "other", f"Standar Pelayanan title but only {components} component labels"
    return "other", f"no Standar Pelayanan title and {components} component labels"
