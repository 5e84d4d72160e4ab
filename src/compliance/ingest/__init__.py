"""Read a .docx or PDF file into the shared `Document` model.

`load(path)` is the only public entry. The format is decided by content, not by the file name;
every problem with the input becomes a `CheckError` with a stable code (file-not-found,
unsupported-format, docx-corrupt, too-large, zip-bomb, and the PDF reader's pdf-encrypted /
pdf-corrupt) — never another exception.
"""

from __future__ import annotations

from pathlib import Path

from compliance.errors import CheckError
from compliance.model import Document

__all__ = ["load", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 100 * 2**20


def load(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file. Raises `CheckError` (and only that) when it cannot be read."""
    from compliance.ingest.safety import check_size, open_zip
    from compliance.ingest.sniff import HEAD_BYTES, OLE_SCAN_BYTES, classify_zip, sniff_head

    p = Path(path)
    shown = str(path)
    try:
        if not p.exists():
            raise CheckError("file-not-found", shown, shown)
        if not p.is_file():
            raise CheckError("file-not-found", f"{shown} bukan berkas (folder?)", shown)
        check_size(p, max_bytes)
        with p.open("rb") as f:
            head = f.read(HEAD_BYTES)
            more = head + f.read(OLE_SCAN_BYTES) if head.startswith(b"\xd0\xcf\x11\xe0") else None
    except OSError as e:  # permission denied, path too long, a device that fails to read
        raise CheckError("file-not-found", f"{shown}: {e.strerror or e}", shown) from None

    if sniff_head(head, shown, more) == "pdf":
        from compliance.ingest.pdf import load_pdf  # lazy: the PDF stack is heavier

        return load_pdf(p)

    from compliance.ingest.docx import load_docx_package

    zf = open_zip(p)
    try:
        main = classify_zip(zf, shown)
        return load_docx_package(zf, main, shown)
    finally:
        zf.close()
