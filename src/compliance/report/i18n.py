"""Every label a report shows, Indonesian first, English on request, in one place.

Component names come from `compliance.model.COMPONENT_NAMES`; this module adds the words around
them (statuses, severities, document types, column headers, locations) so no writer hard-codes a
user-visible string.
"""

from __future__ import annotations

from compliance.model import COMPONENT_IDS, COMPONENT_LETTER, COMPONENT_NAMES

LANGS: tuple[str, ...] = ("id", "en")

# key -> (Indonesian, English)
LABELS: dict[str, tuple[str, str]] = {
    # statuses of a component / the maklumat / a finding
    "status.present": ("ada", "present"),
    "status.weak": ("lemah", "weak"),
    "status.absent": ("tidak ada", "absent"),
    "status.info": ("perlu ditinjau", "to review"),
    "status.error": ("gagal diperiksa", "not checked"),
    # severities
    "severity.error": ("kesalahan", "error"),
    "severity.warning": ("peringatan", "warning"),
    "severity.info": ("info", "info"),
    # document types
    "doc_type.service_standard": ("Standar Pelayanan", "Service standard"),
    "doc_type.other": ("Bukan Standar Pelayanan", "Not a service standard"),
    "doc_type.scanned": ("PDF hasil pindai (tanpa teks)", "Scanned PDF (no text)"),
    "doc_type.invalid": ("Tidak dapat dibaca", "Unreadable"),
    # baseline states
    "baseline.new": ("baru", "new"),
    "baseline.unchanged": ("tetap", "unchanged"),
    "baseline.fixed": ("sudah diperbaiki", "fixed"),
    # locations
    "loc.page": ("hlm.", "p."),
    "loc.table": ("tabel", "table"),
    "loc.row": ("baris", "row"),
    "loc.paragraph": ("paragraf", "paragraph"),
    # nouns and headers
    "unit": ("Unit", "Unit"),
    "unit.unknown": ("(unit tidak diketahui)", "(unknown unit)"),
    "file": ("Berkas", "File"),
    "path": ("Lokasi berkas", "Path"),
    "doc_type": ("Jenis dokumen", "Document type"),
    "documents": ("Dokumen", "Documents"),
    "services": ("Layanan", "Services"),
    "service": ("Layanan", "Service"),
    "score": ("Skor", "Score"),
    "score.unit": ("Skor unit (rata-rata layanan)", "Unit score (mean of services)"),
    "pekppp": (
        "Estimasi indikator SP PEKPPP (0–5)",
        "Estimated PEKPPP SP indicator (0–5)",
    ),
    "pekppp.short": ("estimasi PEKPPP", "PEKPPP estimate"),
    "pekppp.note": (
        "estimasi dari dokumen, bukan penilaian resmi KemenPANRB",
        "estimated from the document, not an official KemenPANRB result",
    ),
    "component": ("Komponen", "Component"),
    "heading": ("Judul tertulis", "Heading as written"),
    "content": ("Isi", "Content"),
    "rule": ("Kode", "Code"),
    "severity": ("Tingkat", "Severity"),
    "status": ("Status", "Status"),
    "message": ("Temuan", "Finding"),
    "suggestion": ("Saran perbaikan", "Suggested fix"),
    "legal_basis": ("Dasar hukum", "Legal basis"),
    "location": ("Letak", "Location"),
    "page": ("Halaman", "Page"),
    "table": ("Tabel", "Table"),
    "row": ("Baris", "Row"),
    "paragraph": ("Paragraf", "Paragraph"),
    "pages": ("Jumlah halaman", "Pages"),
    "baseline": ("Dibanding baseline", "Versus baseline"),
    "maklumat": ("Maklumat Pelayanan", "Service declaration (maklumat)"),
    "setting": ("Penetapan", "Setting"),
    "error": ("Galat", "Error"),
    "errors": ("Gagal diperiksa", "Not checked"),
    "findings": ("Temuan", "Findings"),
    "document_findings": ("Temuan tingkat dokumen", "Document-level findings"),
    "document": ("Dokumen", "Document"),
    "no_services": ("Tidak ada layanan yang ditemukan.", "No service found."),
    "no_findings": ("Tidak ada temuan.", "No findings."),
    "fixed": ("Temuan yang sudah diperbaiki", "Findings fixed"),
    "sha256": ("SHA-256", "SHA-256"),
    "absent_count": ("Komponen tidak ada", "Components absent"),
    "weak_count": ("Komponen lemah", "Components weak"),
    "legend": (
        "✓ ada · ~ lemah · ✗ tidak ada",
        "✓ present · ~ weak · ✗ absent",
    ),
    # titles
    "title": ("Laporan Pemeriksaan Standar Pelayanan", "Service Standard Check Report"),
    "unit_recap": ("Rekap per unit", "Summary per unit"),
    "summary": ("Ringkasan", "Summary"),
    "disclaimer": (
        (
            "Hasil pemeriksaan otomatis atas isi dokumen menurut UU 25/2009 Pasal 21–22 dan "
            "PermenPANRB 15/2014. Skor dan estimasi bersifat indikatif, bukan penilaian resmi "
            "Ombudsman RI atau KemenPANRB."
        ),
        (
            "Automatic check of the document's content against UU 25/2009 Articles 21–22 and "
            "PermenPANRB 15/2014. Scores and estimates are indicative, not an official result of "
            "Ombudsman RI or KemenPANRB."
        ),
    ),
    # xlsx sheet names (≤ 31 characters, no []:*?/\)
    "sheet.units": ("Rekap Unit", "Unit Summary"),
    "sheet.services": ("Layanan", "Services"),
    "sheet.findings": ("Temuan", "Findings"),
    "sheet.files": ("Berkas", "Files"),
}

STATUS_MARK: dict[str, str] = {
    "present": "✓",
    "weak": "~",
    "absent": "✗",
    "info": "i",
    "error": "!",
}


def check_lang(lang: str) -> str:
    """Return `lang` if supported; a writer called with anything else is a programming error."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; use one of {LANGS}")
    return lang


def t(key: str, lang: str = "id") -> str:
    """The label for `key` in `lang` ("id" or "en")."""
    text_id, text_en = LABELS[key]
    return text_en if lang == "en" else text_id


def component_name(component: str | None, lang: str = "id") -> str:
    """'Jangka Waktu Penyelesaian' for 'jangka_waktu'; the maklumat and the document too."""
    if component in COMPONENT_NAMES:
        return COMPONENT_NAMES[component]["en" if lang == "en" else "id"]
    if component == "maklumat":
        return t("maklumat", lang)
    return t("document", lang)


def component_title(component: str, lang: str = "id") -> str:
    """'d. Jangka Waktu Penyelesaian': the letter of UU 25/2009 Pasal 21 and the name."""
    return f"{COMPONENT_LETTER[component]}. {component_name(component, lang)}"


def status_label(status: str | None, lang: str = "id") -> str:
    return t(f"status.{status}", lang) if status and f"status.{status}" in LABELS else ""


def severity_label(severity: str | None, lang: str = "id") -> str:
    key = f"severity.{severity}"
    return t(key, lang) if key in LABELS else (severity or "")


def doc_type_label(doc_type: str | None, lang: str = "id") -> str:
    key = f"doc_type.{doc_type}"
    return t(key, lang) if key in LABELS else (doc_type or "")


def baseline_label(state: str | None, lang: str = "id") -> str:
    key = f"baseline.{state}"
    return t(key, lang) if key in LABELS else ""


def number(value: float | None, lang: str = "id", digits: int = 1) -> str:
    """A score as people write it: '78,6' in Indonesian, '78.6' in English, '–' for none."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang != "en" else text


def location_text(location: dict | None, lang: str = "id") -> str:
    """Human form of a contract location: 'hlm. 2, tabel 1, baris 4' ('' when unknown)."""
    if not location:
        return ""
    parts = [
        f"{t('loc.' + key, lang)} {location[key]}"
        for key in ("page", "table", "row", "paragraph")
        if location.get(key) is not None
    ]
    return ", ".join(parts)


def locator(location: dict | None, service_index: int | None = None) -> str:
    """Language-neutral path of a place, for machine lines and SARIF logical locations:
    'layanan-1/hlm-2/tabel-1/baris-4'. 'dokumen' when nothing is known."""
    parts = [f"layanan-{service_index}"] if service_index is not None else []
    tokens = {"page": "hlm", "table": "tabel", "row": "baris", "paragraph": "paragraf"}
    for key, token in tokens.items():
        if location and location.get(key) is not None:
            parts.append(f"{token}-{location[key]}")
    return "/".join(parts) or "dokumen"


__all__ = [
    "COMPONENT_IDS",
    "LABELS",
    "LANGS",
    "STATUS_MARK",
    "baseline_label",
    "check_lang",
    "component_name",
    "component_title",
    "doc_type_label",
    "location_text",
    "locator",
    "number",
    "severity_label",
    "status_label",
    "t",
]
