"""One extractor per component: content (text, items) -> the component's typed fields.

Each function is pure and returns the component's keys of the fields contract; called with
empty content it returns the keys at their empty values, which is what `extract` reports for
a component that was not found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from compliance.extract import vocab
from compliance.extract.channels import find_channels, private_number_hint
from compliance.extract.citations import citation_problems, find_citations
from compliance.extract.durations import find_durations, find_office_hours
from compliance.extract.frequency import find_frequencies, has_concrete_frequency
from compliance.extract.headcount import find_headcounts
from compliance.extract.money import find_amounts, free_markers
from compliance.extract.text import (
    find_terms,
    has_any,
    split_items,
    word_count,
)

Extractor = Callable[[str, Sequence[str], date | None], dict]


def _content_words(text: str) -> list[str]:
    return [
        w
        for w in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower())
        if w not in vocab.CONTENT_FILLER and len(w) > 1
    ]


def _regulation(citations: list[dict]) -> dict | None:
    for c in citations:
        if c["type"] and c["number"] and c["year"]:
            return {"type": c["type"], "number": c["number"], "year": c["year"]}
    return None


def dasar_hukum(text: str, items: Sequence[str], today: date | None) -> dict:
    citations = find_citations(text)
    return {
        "citations": citations,
        "cited": sum(
            1 for c in citations if not c["nested"] and c["type"] and c["number"] and c["year"]
        ),
        "problems": citation_problems(citations, today),
    }


def persyaratan(text: str, items: Sequence[str], today: date | None) -> dict:
    entries = split_items(text, items)
    return {
        "items": entries,
        "open_ended": bool(find_terms(text, vocab.OPEN_ENDED)),
        "open_ended_markers": find_terms(text, vocab.OPEN_ENDED),
        "concrete_items": sum(1 for e in entries if _content_words(e)),
    }


_JOINER = "|".join(vocab.STEP_JOINERS)
_CLAUSE_SPLIT = re.compile(
    rf",\s*(?:(?:{_JOINER})\s+)?|;\s*|\s+(?:lalu|kemudian|selanjutnya|setelah itu)\s+"
)
# an Indonesian verb: me-/di-/ber-/ter- prefixed ("mengisi", "diserahkan", "menunggu")
_VERB = re.compile(r"^(?:me|di|ber|ter)[a-z]{3,}|^(?:datang|antri|ambil|isi|tunggu|bayar)$")
# ter-/ber- words that describe rather than act ("alur terlampir", "ketentuan berlaku")
_STATIVE = frozenset(
    "terlampir tersedia tersebut terkait terdapat termasuk tertentu berlaku berikut".split()
)
# a step named as a process noun: "pendaftaran", "pemeriksaan administrasi", "verifikasi"
_PROCESS_NOUN = re.compile(
    r"^(?:pe[a-z]{3,}an|verifikasi|validasi|survei|survey|cetak|pencetakan|input|entri)$"
)


def _inline_steps(sentence: str) -> list[str]:
    """'Pemohon datang ke loket, mengisi formulir, menunggu panggilan, lalu menerima dokumen'
    is four steps; 'Pemohon menyerahkan KTP, KK dan akta' is one (the parts are no actions)."""
    parts = [p.strip(" .") for p in _CLAUSE_SPLIT.split(sentence) if p.strip(" .")]
    if len(parts) < 2:
        return [sentence]
    # "Pendaftaran, pemeriksaan administrasi, pengujian, pengesahan": steps named as processes
    if len(parts) >= 3 and all(_PROCESS_NOUN.match(p.lower().split()[0]) for p in parts):
        return parts
    for part in parts[1:]:
        words = part.lower().split()
        # the action first ("mengisi formulir"), or after its actor ("Lurah menandatangani")
        acts = _VERB.match(words[0]) or (
            len(words) >= 2 and _VERB.match(words[1]) and words[1] not in _STATIVE
        )
        if not acts:
            return [sentence]
    return parts


_DASHES = re.compile(r"\s+[-–—]\s+")
_ARROWS = re.compile(r"\s*(?:→|->|=>|⇒|➔|➡|>>)\s*")


def prosedur(text: str, items: Sequence[str], today: date | None) -> dict:
    steps = split_items(text, items)
    if len(steps) == 1 and _ARROWS.search(steps[0]):  # "Pemohon → Loket → Verifikasi"
        steps = [s.strip() for s in _ARROWS.split(steps[0]) if s.strip()]
    elif len(steps) == 1 and len(_DASHES.findall(steps[0])) >= 2:  # "Tiba - Triase - Periksa"
        steps = [s.strip() for s in _DASHES.split(steps[0]) if s.strip()]
    elif len(steps) == 1:
        steps = _inline_steps(steps[0])
    reference_only = (
        bool(text.strip())
        and has_any(text, vocab.REFERENCE_ONLY)
        and not any(_content_words(s) for s in steps)
    )
    hints = [h for h in vocab.FLOWCHART_HINTS if has_any(text, (h,))]
    return {
        "steps": steps,
        "step_count": len(steps),
        "reference_only": reference_only,
        "flowchart_hint": bool(hints),
        "attachment_hint_only": bool(hints) and set(hints) <= vocab.ATTACHMENT_HINTS,
    }


def jangka_waktu(text: str, items: Sequence[str], today: date | None) -> dict:
    durations = find_durations(text)
    return {
        "durations": durations,
        "office_hours": find_office_hours(text),
        "range": any(d["max"] is not None for d in durations),
        "vague": find_terms(text, vocab.DURATION_VAGUE),
    }


def biaya(text: str, items: Sequence[str], today: date | None) -> dict:
    amounts = find_amounts(text)
    free = free_markers(text, amounts)
    citations = find_citations(text)
    refers = bool(citations) or has_any(
        text,
        (
            "ketentuan",
            "peraturan",
            "perda",
            "perbup",
            "perwal",
            "retribusi",
            "tarif sesuai",
            "sesuai tarif",
            "yang berlaku",
        ),
    )
    return {
        "amounts": amounts,
        "free": bool(free),
        "free_markers": free,
        "tariff_regulation": _regulation(citations),
        "reference_only": refers and not amounts and not free,
    }


def produk(text: str, items: Sequence[str], today: date | None) -> dict:
    outputs = split_items(text, items)
    generic = [
        re.sub(r"[^a-z ]+", "", o.lower()).strip() in vocab.GENERIC_OUTPUTS
        or set(re.findall(r"[a-z]+", o.lower())) <= vocab.GENERIC_OUTPUT_WORDS
        for o in outputs
    ]
    return {"outputs": outputs, "generic_only": bool(outputs) and all(generic)}


def _list_items(text: str, items: Sequence[str]) -> list[str]:
    """Entries of a list component; a single comma-separated line is a list too."""
    entries = split_items(text, items)
    if len(entries) == 1 and "," in entries[0]:
        entries = [e.strip(" .") for e in re.split(r",|\s+dan\s+", entries[0]) if e.strip(" .")]
    return entries


def sarana(text: str, items: Sequence[str], today: date | None) -> dict:
    vulnerable = find_terms(text, vocab.VULNERABLE_FACILITIES)
    entries = _list_items(text, items)
    named = [
        e for e in entries if any(w not in vocab.GENERIC_FACILITY_WORDS for w in _content_words(e))
    ]
    return {
        "items": entries,
        "concrete_items": len(named),
        "vulnerable_groups": bool(vulnerable),
        "vulnerable": vulnerable,
    }


# Knowing something is a competence ("memahami hukum perkawinan"); knowing one's own job
# ("memahami tugas dan fungsinya") is the rubric's "sesuai bidang tugasnya" in other words.
_KNOWS = re.compile(
    r"\b(?:memahami|mengetahui|mengerti)\s+(?!(?:tugas|fungsi|bidang|pekerjaan|tupoksi|tanggung)"
    r"\w*\b)[a-z]{3,}"
)


def kompetensi(text: str, items: Sequence[str], today: date | None) -> dict:
    concrete = find_terms(text, vocab.COMPETENCE)
    if "pengetahuan" not in concrete and _KNOWS.search(text.lower()):
        concrete = [*concrete, "pengetahuan"]
    attitudes = find_terms(text, vocab.ATTITUDE_ONLY_TERMS)
    return {
        "items": _list_items(text, items),
        "concrete": concrete,
        "attitudes": attitudes,
        "attitude_only": not concrete and bool(attitudes),
    }


def pengawasan(text: str, items: Sequence[str], today: date | None) -> dict:
    frequency = find_frequencies(text)
    return {
        "who": find_terms(text, vocab.SUPERVISORS),
        "how": find_terms(text, vocab.SUPERVISION_METHODS),
        "frequency": frequency,
        "frequency_concrete": has_concrete_frequency(frequency),
    }


def pengaduan(text: str, items: Sequence[str], today: date | None) -> dict:
    channels = find_channels(text)
    types = list(dict.fromkeys(c["type"] for c in channels))
    return {
        "channels": channels,
        "channel_types": types,
        "channel_mentions": find_terms(text, vocab.CHANNEL_MENTIONS),
        "response_time": find_durations(text),
        "only_kotak_saran": types == ["kotak_saran"],
        "private_number_hint": private_number_hint(channels),
    }


def jumlah_pelaksana(text: str, items: Sequence[str], today: date | None) -> dict:
    counts, count = find_headcounts(text)
    return {"count": count, "counts": counts, "vague": find_terms(text, vocab.STAFF_VAGUE)}


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


# A sentence that says something is done according to the standard: a verb ("diterbitkan",
# "terbit", "dilayani") and "sesuai (dengan) standar". The bare fragment "sesuai standar
# pelayanan" has no verb and stays a fragment.
_PER_STANDARD = re.compile(
    r"\b(?:sesuai|berdasarkan|mengikuti)\b[^.;]{0,40}?\b(?:standar|jangka\s+waktu|waktu\s+yang)\b"
)
_VERB_WORD = re.compile(
    r"\b(?!berlaku\b|tersebut\b|terkait\b|termasuk\b|terhadap\b)"
    r"(?:(?:di|ter|me|ber)[a-z]{3,}|terbit|selesai|dilayani)\b"
)


def _per_standard_sentence(text: str) -> bool:
    low = text.lower()
    return any(
        _PER_STANDARD.search(s) and _VERB_WORD.search(_PER_STANDARD.sub(" ", s))
        for s in _SENTENCE_END.split(low)
    )


def jaminan_pelayanan(text: str, items: Sequence[str], today: date | None) -> dict:
    cues = find_terms(text, vocab.COMMITMENT)
    if _per_standard_sentence(text) and "sesuai standar" not in cues:
        cues = [*cues, "sesuai standar"]
    words = word_count(text)
    commitment = bool(cues) and words >= vocab.MIN_COMMITMENT_WORDS
    statement = None
    if commitment:
        sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
        statement = next((s for s in sentences if find_terms(s, vocab.COMMITMENT)), text)
    return {
        "statement": statement,
        "commitment": commitment,
        "commitment_terms": cues,
        "fragment_only": bool(text.strip())
        and not commitment
        and words <= vocab.FRAGMENT_MAX_WORDS,
    }


def jaminan_keamanan(text: str, items: Sequence[str], today: date | None) -> dict:
    measures = find_terms(text, vocab.SAFETY_MEASURES)
    return {
        "items": _list_items(text, items),
        "measures": measures,
        "licence_only": not measures and bool(find_terms(text, vocab.LICENCES)),
    }


def evaluasi(text: str, items: Sequence[str], today: date | None) -> dict:
    methods = find_terms(text, vocab.EVALUATION_METHODS)
    frequency = find_frequencies(text)
    return {
        "methods": methods,
        "frequency": frequency,
        "frequency_concrete": has_concrete_frequency(frequency),
        "who_only": not methods and not frequency and bool(find_terms(text, vocab.EVALUATORS)),
    }


_MONTHS = "|".join(vocab.MONTHS)
_DATE_RE = re.compile(
    rf"\b\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}\b|\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b"
    rf"|\b(?:{_MONTHS})\s+\d{{4}}\b",
    re.IGNORECASE,
)
_NIP_RE = re.compile(r"\bNIP\b\.?\s*:?\s*\d[\d\s]{7,}", re.IGNORECASE)
_SIGNER_LINE = re.compile(rf"^(?:{'|'.join(vocab.SIGNER_TITLES)})\b", re.IGNORECASE)


def maklumat(text: str, items: Sequence[str], today: date | None) -> dict:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    signed = (
        bool(_NIP_RE.search(text))
        or has_any(text, ("ttd", "tertanda", "cap dan tanda tangan"))
        or any(_SIGNER_LINE.match(ln.strip()) and word_count(ln) <= 12 for ln in lines[-5:])
    )
    return {
        "serve_by_standard": has_any(text, vocab.MAKLUMAT_SERVE) and "standar" in text.lower(),
        "improve": has_any(text, vocab.MAKLUMAT_IMPROVE),
        "sanction": has_any(text, vocab.MAKLUMAT_SANCTION),
        "signed": signed,
        "dated": bool(_DATE_RE.search(text)),
    }


EXTRACTORS: dict[str, Extractor] = {
    "dasar_hukum": dasar_hukum,
    "persyaratan": persyaratan,
    "prosedur": prosedur,
    "jangka_waktu": jangka_waktu,
    "biaya": biaya,
    "produk": produk,
    "sarana": sarana,
    "kompetensi": kompetensi,
    "pengawasan": pengawasan,
    "pengaduan": pengaduan,
    "jumlah_pelaksana": jumlah_pelaksana,
    "jaminan_pelayanan": jaminan_pelayanan,
    "jaminan_keamanan": jaminan_keamanan,
    "evaluasi": evaluasi,
    "maklumat": maklumat,
}
