"""Which component a label means: a vocabulary of label phrases per component, and a scorer.

The vocabulary below is domain data (regulations.md §3, rubric.md): each key lists the label
phrases seen in real documents. A label matches a phrase when it contains all of the phrase's
meaningful words (after lower-casing, dropping punctuation and correcting small typos) and
little else. Among matches the most specific phrase wins, so "Jaminan Keamanan dan Keselamatan
Pelayanan" is jaminan_keamanan, not jaminan_pelayanan, and "Jangka Waktu Penyelesaian" outranks
"Waktu Pelayanan" (which may only hold office hours).
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from compliance.segment.text import correct_token, split_number, tokens

# Phrase -> tier. None = a specific label; GENERIC = a label that is often used for something
# else ("Waktu Pelayanan" for office hours, "Hasil"); HOURS = a label for opening hours. Within one
# service, only the labels of the highest tier found for a component are kept.
GENERIC, HOURS = 1, 0
COMPONENT_LABELS: dict[str, dict[str, int | None]] = {
    "dasar_hukum": {
        "dasar hukum": None, "landasan hukum": None, "dasar hukum pelayanan": None,
        "dasar peraturan": None, "acuan hukum": None, "legal basis": None,
    },
    "persyaratan": {
        "persyaratan": None, "persyaratan pelayanan": None, "syarat": None,
        "syarat syarat": None, "persyaratan administrasi": None,
        "persyaratan teknis dan administratif": None, "persyaratan umum": None,
        "persyaratan khusus": None, "kelengkapan berkas": None, "berkas persyaratan": None,
        "requirements": None,
    },
    "prosedur": {
        "sistem mekanisme dan prosedur": None, "prosedur": None, "mekanisme": None,
        "prosedur pelayanan": None, "mekanisme dan prosedur": None, "sistem dan prosedur": None,
        "alur pelayanan": None, "alur": GENERIC, "tata cara": None, "tata cara pelayanan": None,
        "alur proses": None, "proses pelayanan": GENERIC, "bagan alir": None, "flowchart": None,
        "procedure": None, "system mechanism and procedure": None,
    },
    "jangka_waktu": {
        "jangka waktu penyelesaian": None, "jangka waktu": None, "waktu penyelesaian": None,
        "jangka waktu pelayanan": None, "lama waktu penyelesaian": None,
        "lama penyelesaian": None, "lama proses": None, "waktu proses": None,
        "lama waktu pelayanan": GENERIC, "lama pelayanan": GENERIC,
        "waktu pelayanan": GENERIC, "waktu": GENERIC, "jam pelayanan": HOURS, "jam kerja": HOURS,
        "jam buka": HOURS, "hari dan jam pelayanan": HOURS, "waktu buka": HOURS,
        "lead time": None, "completion time": None, "service time": GENERIC,
        "waktu tanggap": None, "waktu respon": None, "response time": None,
    },
    "biaya": {
        "biaya tarif": None, "biaya": None, "tarif": None, "biaya tarif dan rinciannya": None,
        "retribusi": None, "biaya pelayanan": None, "rincian biaya": None,
        "cost": None, "fee": None, "tariff": None,
    },
    "produk": {
        "produk pelayanan": None, "produk": None, "hasil pelayanan": None, "output": None,
        "keluaran": None, "produk layanan": None, "hasil": GENERIC, "product": None,
    },
    "sarana": {
        "sarana prasarana dan atau fasilitas": None, "sarana dan prasarana": None,
        "sarana": None, "prasarana": None, "fasilitas": None, "sarpras": None,
        "fasilitas pelayanan": None, "facilities": None, "infrastructure": None,
    },
    "kompetensi": {
        "kompetensi pelaksana": None, "kompetensi": None, "kompetensi petugas": None,
        "kualifikasi pelaksana": None, "kualifikasi petugas": None, "kompetensi sdm": None,
        "competence": None, "competency": None,
    },
    "pengawasan": {
        "pengawasan internal": None, "pengawas internal": None, "pengawasan": None,
        "pengendalian internal": None, "pengawasan intern": None,
        "internal supervision": None, "internal control": None,
    },
    "pengaduan": {
        "penanganan pengaduan saran dan masukan": None, "pengelolaan pengaduan": None,
        "pengaduan": None, "penanganan pengaduan": None, "saran dan masukan": None,
        "pengaduan saran dan masukan": None, "layanan pengaduan": None,
        "alur penanganan pengaduan": None, "tata cara pengaduan": None,
        "alur pengaduan": None, "mekanisme pengaduan": None, "prosedur pengaduan": None,
        "sarana pengaduan": None, "pengaduan masyarakat": None, "complaint handling": None,
        "complaints": None,
    },
    "jumlah_pelaksana": {
        "jumlah pelaksana": None, "jumlah petugas": None, "jumlah pelaksana medis": None,
        "jumlah sdm": None, "jumlah pegawai": None, "jumlah tenaga": None,
        "jumlah personil": None, "jumlah personel": None, "number of staff": None,
    },
    "jaminan_pelayanan": {
        "jaminan pelayanan": None, "jaminan kepastian pelayanan": None,
        "service guarantee": None, "service assurance": None,
        "jaminan pelayanan yang memberikan kepastian pelayanan dilaksanakan sesuai dengan "
        "standar pelayanan": None,
    },
    "jaminan_keamanan": {
        "jaminan keamanan dan keselamatan pelayanan": None, "jaminan keamanan": None,
        "jaminan keselamatan": None, "keamanan dan keselamatan": None,
        "security and safety": None, "safety and security": None, "keamanan": GENERIC,
        "jaminan keamanan dan keselamatan pelayanan dalam bentuk komitmen untuk memberikan "
        "rasa aman bebas dari bahaya dan risiko keragu raguan": None,
    },
    "evaluasi": {
        "evaluasi kinerja pelaksana": None, "evaluasi kinerja": None, "evaluasi": None,
        "evaluasi pelaksana": None, "evaluasi kinerja petugas": None,
        "monitoring dan evaluasi": None, "monev": None, "performance evaluation": None,
    },
}  # fmt: skip

# Labels that are not one of the 14 components but must be recognised so that they end the
# previous component instead of being read as its content.
OTHER_LABELS: dict[str, tuple[str, ...]] = {
    "maklumat": (
        "maklumat pelayanan", "maklumat pelayanan publik", "makmulat pelayanan",
        "maklumat standar layanan", "maklumat",
    ),
    "service_name": ("jenis pelayanan", "nama pelayanan", "jenis layanan", "nama layanan"),
    "extra": (
        "visi", "misi", "motto", "moto", "budaya pelayanan", "kode etik", "janji pelayanan",
        "janji layanan", "perlakuan untuk masyarakat berkebutuhan khusus", "pelayanan khusus",
        "atribut", "definisi", "peringatan", "nilai nilai", "tata nilai", "slogan",
        "unit pelayanan", "lokasi pelayanan", "penanggung jawab",
    ),
    # ignored in tables only: inside a procedure a "Keterangan:" line introduces its steps
    "table_extra": ("keterangan", "catatan", "no", "uraian", "komponen"),
}  # fmt: skip

# Words that say nothing about which component is meant.
FILLERS: frozenset[str] = frozenset(
    "pelayanan layanan publik yang dan atau serta untuk dalam bagi dari di ke pada termasuk "
    "komponen standar dengan the of and nya".split()
)
# Words a component label may carry besides its phrase ("Persyaratan Teknis", "Jumlah Pelaksana
# Medis", "Sarana Pendukung").
COMPONENT_EXTRAS: dict[str, frozenset[str]] = {
    "dasar_hukum": frozenset("peraturan perundang undangan".split()),
    "persyaratan": frozenset(
        "teknis administratif administrasi umum khusus pemohon berkas dibawa dilengkapi "
        "disiapkan dipenuhi".split()
    ),
    "prosedur": frozenset("sistem mekanisme prosedur alur tata cara proses".split()),
    "jangka_waktu": frozenset("jangka waktu lama penyelesaian proses maksimal".split()),
    "biaya": frozenset("biaya tarif rinciannya rincian retribusi".split()),
    "produk": frozenset("produk hasil".split()),
    "sarana": frozenset("sarana prasarana fasilitas pendukung".split()),
    "kompetensi": frozenset("pelaksana pelaksanaan petugas kompetensi".split()),
    "pengawasan": frozenset("internal intern".split()),
    "pengaduan": frozenset(
        "penanganan pengelolaan pengaduan saran masukan saluran kanal media".split()
    ),
    "jumlah_pelaksana": frozenset(
        "medis orang petugas pelaksana pegawai tenaga kesehatan sdm personil".split()
    ),
    "jaminan_pelayanan": frozenset("kepastian".split()),
    "jaminan_keamanan": frozenset("keamanan keselamatan".split()),
    "evaluasi": frozenset("kinerja pelaksana pelaksanaan petugas".split()),
}
# Real words close to vocabulary words that must not be "corrected" into them.
KNOWN_WORDS: frozenset[str] = frozenset(
    "kenyamanan pelaksanaan pelaksanakan pengawas penyelesaikan persyaratannya saranan "
    "evaluator kompeten syarat".split()
)


@dataclass(frozen=True)
class LabelMatch:
    key: str  # a component id, "maklumat", "service_name", "extra" or "table_extra"
    specificity: int  # meaningful words matched: decides between components
    tier: int = 2  # 2 specific, GENERIC, HOURS: decides between labels of one component


@dataclass(frozen=True)
class _Phrase:
    key: str
    required: frozenset[str]
    allowed: frozenset[str]
    specificity: int
    tier: int


def _build() -> tuple[tuple[_Phrase, ...], frozenset[str]]:
    phrases: list[_Phrase] = []
    vocab: set[str] = set()
    for key, entries in COMPONENT_LABELS.items():
        for phrase, tier in entries.items():
            words = tokens(phrase)
            required = frozenset(w for w in words if w not in FILLERS)
            allowed = required | COMPONENT_EXTRAS.get(key, frozenset())
            # long statutory names count like the common full label, not more
            spec = min(len(required), 4)
            phrases.append(_Phrase(key, required, allowed, spec, 2 if tier is None else tier))
            vocab.update(words)
    for key, entries in OTHER_LABELS.items():
        for phrase in entries:
            words = tokens(phrase)
            required = frozenset(w for w in words if w not in FILLERS) or frozenset(words)
            phrases.append(_Phrase(key, required, required, len(required), 2))
            vocab.update(words)
    for extras in COMPONENT_EXTRAS.values():
        vocab.update(extras)
    return tuple(phrases), frozenset(w for w in vocab if len(w) >= 4)


_PHRASES, _VOCABULARY = _build()
MAX_LABEL_WORDS = 14


# "Komponen 1: Dasar Hukum", "Unsur III - Prosedur": a counted prefix before the label itself
_ORDINAL_PREFIX = re.compile(
    r"^(?:komponen|unsur|butir|bagian)\s+(?:\d{1,2}|[ivx]{1,5}|[a-n])\s*[:.)\-–]\s*(?=\S)",
    re.IGNORECASE,
)
# A word hyphenated at a line end inside a narrow cell: "Kompe-\ntensi" (or, once a PDF reader
# has rejoined the lines, "Kompe-tensi") is "Kompetensi" when the joined word is a label word.
_HYPHENATED = re.compile(r"([A-Za-z]+)-\s*([a-z]+)")


def _join_hyphenated(match: re.Match[str]) -> str:
    joined = match.group(1) + match.group(2)
    return joined if joined.lower() in _VOCABULARY else match.group(0)


def label_tokens(text: str) -> list[str]:
    words = tokens(_HYPHENATED.sub(_join_hyphenated, text))
    if len(words) > MAX_LABEL_WORDS:  # a sentence: not worth correcting
        return words
    return [correct_token(w, _VOCABULARY, KNOWN_WORDS) for w in words]


@lru_cache(maxsize=16384)
def match_label(text: str, cell: bool = False, strict: bool = False) -> LabelMatch | None:
    """The best label reading of `text` (a table cell, a heading, the part before a colon).

    Accepts when every meaningful word of some phrase is present and at most a quarter of the
    label's words are unexplained; "Pengaduan dapat disampaikan melalui kotak saran" is a
    sentence, not a label. In a table's label column (`cell`), where position already says
    "label", one unexplained modifier after the head word is tolerated ("Persyaratan
    Permohonan"), as Indonesian puts the head noun first. `strict` tolerates no unexplained
    word: the label and nothing else.
    """
    _, body = split_number(text)
    body = _ORDINAL_PREFIX.sub("", body.strip()).rstrip(":").strip()
    if not body:
        return None
    words = label_tokens(body)
    if not words or len(words) > MAX_LABEL_WORDS:
        return None
    # drop a parenthesised remark only if the label does not match with it
    best = _best(words, cell, strict)
    if best is None and "(" in body:
        words = label_tokens(body.split("(", 1)[0])
        best = _best(words, cell, strict) if words else None
    if best is None and re.search(r"\s/\s|\s/|/\s", body):
        # a bilingual label, one language each side of a spaced slash: "Cost / Biaya"
        sides = (_best(label_tokens(side), cell, strict) for side in re.split(r"\s*/\s*", body))
        found = [m for m in sides if m is not None]
        best = max(found, key=lambda m: (m.specificity, m.tier)) if found else None
    return best


def _best(words: list[str], cell: bool, strict: bool = False) -> LabelMatch | None:
    present = frozenset(words)
    meaningful = [w for w in words if w not in FILLERS]
    if not meaningful:
        return None
    allowed_unexplained = 0 if strict else len(words) // 4
    if cell and not strict and len(meaningful) <= 3:
        allowed_unexplained = max(allowed_unexplained, 1)
    best: tuple[int, int, int, _Phrase] | None = None
    for phrase in _PHRASES:
        if not phrase.required <= present:
            continue
        unexplained = sum(1 for w in meaningful if w not in phrase.allowed)
        if unexplained > allowed_unexplained:
            continue
        if unexplained and meaningful[0] not in phrase.required:
            continue  # the tolerated word must follow the head word, not precede it
        score = (phrase.specificity, phrase.tier, -unexplained, phrase)
        if best is None or score[:3] > best[:3]:
            best = score
    return LabelMatch(best[3].key, best[3].specificity, best[3].tier) if best else None
