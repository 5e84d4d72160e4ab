"""What a file really is, decided by its content (magic bytes), never by its extension.

Staff rename files, save Word 97 documents as ".docx", export scans as ".pdf": the extension is
a hint at best. `sniff_head` looks at the first bytes; a zip is then told apart by its members
(`classify_zip`): a Word package, an OpenDocument file, an Excel workbook, a plain archive.
Anything we cannot read becomes `unsupported-format` whose detail names what the file is, so the
message can tell the user exactly what to re-save.
"""

from __future__ import annotations

import zipfile
from typing import Literal

from lxml import etree

from compliance.errors import CheckError
from compliance.ingest.safety import read_member, safe_parser

HEAD_BYTES = 1024  # how far a PDF header may be preceded by junk (as Acrobat allows)
OLE_SCAN_BYTES = 512 * 1024  # enough to find the OLE directory names of a typical .doc

Kind = Literal["pdf", "zip"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "gambar PNG"),
    (b"\xff\xd8\xff", "gambar JPEG"),
    (b"II*\x00", "gambar TIFF"),
    (b"MM\x00*", "gambar TIFF"),
    (b"GIF87a", "gambar GIF"),
    (b"GIF89a", "gambar GIF"),
)
# Names of OLE2 streams (UTF-16LE in the directory) that say which old Office file it is.
_OLE_STREAMS: tuple[tuple[bytes, str], ...] = (
    ("EncryptedPackage".encode("utf-16-le"), "dokumen Office yang dilindungi kata sandi"),
    ("WordDocument".encode("utf-16-le"), "dokumen Word 97-2003 (.doc)"),
    ("Workbook".encode("utf-16-le"), "buku kerja Excel 97-2003 (.xls)"),
    ("PowerPoint Document".encode("utf-16-le"), "presentasi PowerPoint 97-2003 (.ppt)"),
)
_OPC_REL = "_rels/.rels"
_OFFICE_DOCUMENT = "/officeDocument"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_ODF: tuple[tuple[str, str], ...] = (
    ("application/vnd.oasis.opendocument.text", "OpenDocument (.odt)"),
    ("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument Spreadsheet (.ods)"),
    ("application/vnd.oasis.opendocument.presentation", "OpenDocument Presentation (.odp)"),
    ("application/vnd.oasis.opendocument", "OpenDocument"),
    ("application/epub+zip", "buku elektronik EPUB"),
)


def _unsupported(what: str, shown: str) -> CheckError:
    return CheckError("unsupported-format", what, shown)


def sniff_head(head: bytes, shown: str, read_more: bytes | None = None) -> Kind:
    """Classify a file from its first bytes: "pdf" or "zip" (a zip still needs
    `classify_zip`); anything else raises `unsupported-format` naming what it is.

    `read_more` may hold a longer prefix of the file, used to name old Office files.
    """
    if not head:
        raise _unsupported("berkas kosong, 0 byte", shown)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if b"%PDF-" in head[:HEAD_BYTES]:
        return "pdf"
    if head.startswith(_OLE):
        scan = read_more or head
        for name, what in _OLE_STREAMS:
            if name in scan:
                raise _unsupported(what, shown)
        raise _unsupported("dokumen Office 97-2003 (.doc)", shown)
    if head.startswith(b"{\\rtf"):
        raise _unsupported("Rich Text Format (.rtf)", shown)
    for magic, what in _IMAGES:
        if head.startswith(magic):
            raise _unsupported(what, shown)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        raise _unsupported("gambar WebP", shown)
    raise _unsupported(_describe_text(head), shown)


def _describe_text(head: bytes) -> str:
    """Name a file that is not binary-magic: web page, Word XML, plain text, or unknown."""
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if head.startswith(bom):
            text = head[len(bom) :].decode(enc, errors="replace")
            break
    else:
        if b"\x00" in head:
            return "jenis berkas tidak dikenal"
        text = head.decode("utf-8", errors="replace")
    low = text.lstrip().lower()
    if low.startswith("mime-version:") or "multipart/related" in low[:600]:
        return "halaman web arsip (.mht)"
    if "<html" in low or low.startswith("<!doctype html"):
        return "halaman web (HTML)"
    if 'progid="word.document"' in low or "schemas.microsoft.com/office/word/2003" in low:
        return "dokumen Word XML 2003 (.xml)"
    if low.startswith("<?xml") or low.startswith("<"):
        return "berkas XML"
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    if text and printable / len(text) > 0.95:
        return "teks biasa (.txt)"
    return "jenis berkas tidak dikenal"


def classify_zip(zf: zipfile.ZipFile, shown: str) -> str:
    """The name of the main document part of a Word package.

    Raises `unsupported-format` for other zip-based files (OpenDocument, Excel, PowerPoint,
    EPUB, plain archives) and `docx-corrupt` for a Word package whose main part is missing.
    """
    names = set(zf.namelist())
    if "mimetype" in names:
        info = zf.getinfo("mimetype")
        if info.file_size <= 200:
            mime = read_member(zf, "mimetype", shown).decode("ascii", errors="replace").strip()
            for prefix, what in _ODF:
                if mime.startswith(prefix):
                    raise _unsupported(what, shown)
    main = _main_part(zf, names) or "word/document.xml"
    if main.startswith("xl/") or "xl/workbook.xml" in names:
        raise _unsupported("buku kerja Excel (.xlsx)", shown)
    if main.startswith("ppt/") or "ppt/presentation.xml" in names:
        raise _unsupported("presentasi PowerPoint (.pptx)", shown)
    if main in names:
        return main
    if "[Content_Types].xml" in names or any(n.startswith("word/") for n in names):
        raise CheckError("docx-corrupt", f"bagian {main} tidak ada", shown)
    raise _unsupported("arsip ZIP", shown)


def _main_part(zf: zipfile.ZipFile, names: set[str]) -> str | None:
    """The officeDocument target named by the package relationships, if readable."""
    if _OPC_REL not in names or zf.getinfo(_OPC_REL).file_size > 2**20:
        return None
    try:
        root = etree.fromstring(zf.read(_OPC_REL), safe_parser())
    except Exception:  # an unreadable .rels just means: fall back to the usual name
        return None
    if root is None:
        return None
    for rel in root.iter(_REL_NS):
        if (rel.get("Type") or "").endswith(_OFFICE_DOCUMENT) and rel.get(
            "TargetMode"
        ) != "External":
            target = (rel.get("Target") or "").lstrip("/")
            return target or None
    return None
