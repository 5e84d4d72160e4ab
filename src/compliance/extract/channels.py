"""Complaint channels: phone/WhatsApp/SMS numbers, e-mail, websites, social media accounts,
SP4N-LAPOR!, kotak saran, complaint desks and office addresses.

Regex: phone numbers, e-mail addresses and domains are character shapes ("(0721) 123456",
"0812-3456-7890", "dinas@kab.go.id") that a word tokenizer splits on hyphens and dots.
"""

from __future__ import annotations

import re

from compliance.extract.text import find_terms, phrase_pattern
from compliance.extract.vocab import DESK_CHANNELS, KOTAK_SARAN, LAPOR, SOCIAL_NETWORKS

_PHONE_RE = re.compile(
    r"(?<![\w/.@])(?:\(\s*0\d{2,3}\s*\)\s*\d{2,4}(?:[\s.-]?\d{2,4}){0,3}"
    r"|(?:\+\s?62|62|0)[\s.-]?\d{2,4}(?:[\s.-]?\d{2,5}){1,3})(?![\w/@])"
)
# the look-behinds make every pattern start only at a word's start: linear on long junk
# short service numbers only count behind a hotline label ("Call Center 112")
_HOTLINE_RE = re.compile(
    r"(?:call\s*cent(?:er|re)|hotline|layanan\s+darurat)\W{0,3}(?P<num>[1-9]\d{2,5})(?![\d-]|\s\d)",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]+\s?(?:@|\[at\]|\(at\))\s?[\w-]+(?:\.[\w-]+)+", re.IGNORECASE
)
_URL_RE = re.compile(
    r"(?<![@\w.])(?:https?://\S+|www\.[\w.-]+\S*|[\w-]+(?:\.[\w-]+)*\.(?:go\.id|co\.id|or\.id|"
    r"ac\.id|sch\.id|desa\.id|web\.id|my\.id|id|com|net|org|info)(?:/[^\s,;)]*)?)(?![\w@])",
    re.IGNORECASE,
)
_HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]{2,}")
_ADDRESS_RE = re.compile(
    r"(?<!\w)(?:Jl|Jln|Jalan)\b\.?\s*[^\n;]{3,120}?(?=\s*(?:[;\n]|\(|\bTelp|\bTlp|\btelepon|"
    r"\bHP\b|\bWA\b|\be-?mail|\bkode pos|$))",
    re.IGNORECASE,
)
_LAPOR_NUMBER_RE = re.compile(r"(?<!\d)1708(?!\d)")
_WA_LABEL = re.compile(r"(?:whats\s?app|\bwa\b|wa\.me/?)\W{0,6}(?:\w+\W{1,3}){0,2}$", re.IGNORECASE)
_SMS_LABEL = re.compile(r"\bsms\b\W{0,6}(?:\w+\W{1,3}){0,2}$", re.IGNORECASE)
_ACCOUNT_RE = re.compile(r"\s*[:=]?\s*(@[\w.]{2,}|[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,4})")
_MOBILE = re.compile(r"^(?:\+?\s?62|0)\s?8")


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def find_channels(text: str) -> list[dict]:
    """Concrete complaint channels in text order: {type, value}."""
    text = text or ""
    found: list[tuple[int, dict]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, kind: str, value: str) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        found.append((start, {"type": kind, "value": value.strip(" .,:;")}))

    for m in _EMAIL_RE.finditer(text):
        add(m.start(), m.end(), "email", m.group(0))
    for m in phrase_pattern(LAPOR).finditer(text):
        add(m.start(), m.end(), "lapor", m.group(0))
    for m in _URL_RE.finditer(text):
        value = m.group(0)
        low = value.lower()
        if "lapor.go.id" in low:
            add(m.start(), m.end(), "lapor", value)
        elif "wa.me" in low:
            add(m.start(), m.end(), "whatsapp", value)
        elif any(
            net in low
            for net in (
                "facebook.",
                "instagram.",
                "twitter.",
                "tiktok.",
                "youtube.",
                "x.com",
                "t.me",
            )
        ):
            add(m.start(), m.end(), "social", value)
        elif not re.fullmatch(r"[\d.]+", value):
            add(m.start(), m.end(), "url", value)
    if re.search(r"\bsms\b|lapor", text, re.IGNORECASE):  # 1708 alone may be any number
        for m in _LAPOR_NUMBER_RE.finditer(text):
            add(m.start(), m.end(), "lapor", "1708")
    for m in _HOTLINE_RE.finditer(text):
        add(m.start("num"), m.end("num"), "phone", m.group("num"))
    for m in _PHONE_RE.finditer(text):
        number = m.group(0)
        if not 7 <= len(_digits(number)) <= 15:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        kind = (
            "whatsapp"
            if _WA_LABEL.search(before)
            else "sms"
            if _SMS_LABEL.search(before)
            else "phone"
        )
        add(m.start(), m.end(), kind, number)
    for name, forms in SOCIAL_NETWORKS.items():
        for m in re.finditer(rf"(?<!\w)(?i:{'|'.join(map(re.escape, forms))})(?!\w)", text):
            # an account needs a handle or a page name after the network's name
            account = _ACCOUNT_RE.match(text, m.end())
            if account:
                add(m.start(), account.end(), "social", f"{name} {account.group(1)}")
    for m in _HANDLE_RE.finditer(text):
        add(m.start(), m.end(), "social", m.group(0))
    for m in _ADDRESS_RE.finditer(text):
        add(m.start(), m.end(), "address", m.group(0))
    for m in phrase_pattern(KOTAK_SARAN).finditer(text):
        add(m.start(), m.end(), "kotak_saran", m.group(0))
    for term in find_terms(text, DESK_CHANNELS):
        m = phrase_pattern(tuple(DESK_CHANNELS[term])).search(text)
        if m:
            add(m.start(), m.end(), "desk", term)
    return [c for _, c in sorted(found, key=lambda x: x[0])]


def private_number_hint(channels: list[dict]) -> bool:
    """Only mobile numbers and no institutional contact (landline, e-mail, website, LAPOR!):
    the Ombudsman finds such numbers are often a staff member's own phone."""
    numbers = [c["value"] for c in channels if c["type"] in ("phone", "whatsapp", "sms")]
    institutional = any(c["type"] in ("email", "url", "lapor") for c in channels)
    return (
        bool(numbers)
        and not institutional
        and all(_MOBILE.match(re.sub(r"[\s().-]", "", n)) for n in numbers)
    )
