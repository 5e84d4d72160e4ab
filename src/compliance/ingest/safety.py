"""Safety limits for untrusted files: size, zip bombs, and an XML parser that cannot be abused.

Everything a user uploads is hostile until proven otherwise. The zip checks read only the
central directory (sizes as declared), before any member is decompressed; reading a member is
then capped at its declared size (zipfile stops there and verifies the CRC), so a lying central
directory cannot inflate past the limits either.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from lxml import etree

from compliance.errors import CheckError

_MEMBER_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    RuntimeError,
    NotImplementedError,
)

MAX_TOTAL_UNCOMPRESSED = 200 * 2**20  # all members together, as declared
MAX_MEMBERS = 10_000  # a big real .docx has a few hundred parts
# uncompressed:compressed, for members large enough to matter. Legitimate XML can be very
# repetitive (a python-docx table of 3,000 empty rows compresses 134:1); deflate tops out
# near 1,032:1, which is where real bombs sit.
MAX_RATIO = 250
RATIO_MIN_SIZE = 2**20  # small members may compress extremely well (repeated XML), harmless

# Entities are never expanded, no DTD is fetched, nothing from the network, and libxml2's
# default limits (depth, text node size) stay on: XXE and billion-laughs both fail harmlessly.
_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    huge_tree=False,
    load_dtd=False,
    dtd_validation=False,
    remove_comments=True,
    remove_pis=True,
)


def safe_parser() -> etree.XMLParser:
    """The one XML parser every ingest path uses."""
    return _PARSER


def human_size(n: int) -> str:
    """Bytes as a short Indonesian-neutral size ("12,3 MB")."""
    for unit, factor in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n >= factor:
            return f"{n / factor:.1f} {unit}".replace(".", ",")
    return f"{n} B"


def check_size(path: Path, max_bytes: int) -> int:
    """The file's size in bytes; `too-large` when it exceeds `max_bytes`."""
    size = path.stat().st_size
    if size > max_bytes:
        raise CheckError(
            "too-large",
            f"{human_size(size)}, batas {human_size(max_bytes)}",
            str(path),
        )
    return size


def open_zip(path: Path) -> zipfile.ZipFile:
    """Open a zip package after checking its central directory against the limits.

    Raises `docx-corrupt` for an unreadable zip and `zip-bomb` for abnormal declared sizes.
    """
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
        raise CheckError("docx-corrupt", f"arsip zip tidak valid: {e}", str(path)) from None
    try:
        check_zip_limits(zf.infolist(), str(path))
    except CheckError:
        zf.close()
        raise
    return zf


def check_zip_limits(members: list[zipfile.ZipInfo], shown: str) -> None:
    """Reject a zip whose declared sizes betray a bomb (no decompression happens here)."""
    if len(members) > MAX_MEMBERS:
        raise CheckError("zip-bomb", f"{len(members)} berkas di dalam arsip", shown)
    total = 0
    for info in members:
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise CheckError(
                "zip-bomb",
                f"ukuran setelah dekompresi melebihi {human_size(MAX_TOTAL_UNCOMPRESSED)}",
                shown,
            )
        if info.file_size > RATIO_MIN_SIZE:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_RATIO:
                raise CheckError(
                    "zip-bomb",
                    f"{info.filename}: rasio kompresi {ratio:.0f}:1",
                    shown,
                )


def read_member(zf: zipfile.ZipFile, name: str, shown: str) -> bytes:
    """A member's bytes; `docx-corrupt` when it is missing or its data is damaged."""
    try:
        return zf.read(name)
    except KeyError:
        raise CheckError("docx-corrupt", f"bagian {name} tidak ada", shown) from None
    except _MEMBER_ERRORS as e:  # RuntimeError: encrypted member; NotImplementedError: method
        raise CheckError("docx-corrupt", f"bagian {name} rusak: {e}", shown) from None


def parse_xml(data: bytes, name: str, shown: str) -> etree._Element:
    """Parse one XML part with the safe parser; `docx-corrupt` when it is malformed."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        raise CheckError("docx-corrupt", f"XML {name} tidak valid: {e}", shown) from None
    if root is None:
        raise CheckError("docx-corrupt", f"XML {name} kosong", shown)
    return root
