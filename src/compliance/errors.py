"""Errors as data: a bad input becomes a `CheckError` with a stable code, never a traceback.

Each code has an Indonesian and an English explanation with what to do; the front doors
print `error.message(lang)`, and the JSON report carries `{"code", "message"}`.
"""

from __future__ import annotations

# code -> (Indonesian, English). `{detail}` is filled with the specific cause.
ERROR_TEXTS: dict[str, tuple[str, str]] = {
    "file-not-found": (
        "Berkas tidak ditemukan: {detail}",
        "File not found: {detail}",
    ),
    "unsupported-format": (
        "Format berkas tidak didukung ({detail}). Simpan dokumen sebagai .docx atau PDF lalu periksa ulang.",
        "Unsupported file format ({detail}). Save the document as .docx or PDF and check again.",
    ),
    "docx-corrupt": (
        "Berkas .docx rusak atau tidak dapat dibaca ({detail}). Buka di Word/LibreOffice lalu simpan ulang.",
        "The .docx file is damaged or unreadable ({detail}). Open it in Word/LibreOffice and save it again.",
    ),
    "pdf-encrypted": (
        "PDF dilindungi kata sandi ({detail}). Kirim PDF tanpa kata sandi.",
        "The PDF is password-protected ({detail}). Submit a PDF without a password.",
    ),
    "pdf-corrupt": (
        "PDF rusak atau tidak dapat dibaca ({detail}). Ekspor ulang PDF dari dokumen aslinya.",
        "The PDF is damaged or unreadable ({detail}). Export the PDF again from the original document.",
    ),
    "too-large": (
        "Berkas terlalu besar ({detail}). Pisahkan dokumen atau kecilkan gambar di dalamnya.",
        "The file is too large ({detail}). Split the document or shrink its images.",
    ),
    "zip-bomb": (
        "Berkas ditolak: isi terkompresinya tidak wajar ({detail}).",
        "File rejected: its compressed content is abnormal ({detail}).",
    ),
    "timeout": (
        "Pemeriksaan berkas melebihi batas waktu ({detail}).",
        "Checking the file took longer than the time limit ({detail}).",
    ),
    "internal-error": (
        "Terjadi kesalahan internal saat memeriksa berkas ({detail}). Laporkan berkas ini ke pengembang.",
        "An internal error occurred while checking the file ({detail}). Please report this file.",
    ),
}


class CheckError(Exception):
    """A failure tied to one input file, with a stable code."""

    def __init__(self, code: str, detail: str = "", path: str | None = None) -> None:
        if code not in ERROR_TEXTS:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.detail = detail
        self.path = path
        super().__init__(f"{path or ''}: {code}: {detail}")

    def message(self, lang: str = "id") -> str:
        text_id, text_en = ERROR_TEXTS[self.code]
        return (text_en if lang == "en" else text_id).format(detail=self.detail)

    def to_dict(self, lang: str = "id") -> dict[str, str]:
        return {"code": self.code, "message": self.message(lang)}
