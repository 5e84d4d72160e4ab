"""Bad input becomes a CheckError with a stable code and a message that says what to do —
never a traceback: missing files, wrong formats (named), damaged packages, zip bombs, XXE."""

from __future__ import annotations

import io
import sys
import types
import zipfile
from pathlib import Path

import pytest
from helpers_docx import build, member, rewrite_zip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.errors import CheckError
from compliance.ingest import load
from compliance.ingest.safety import MAX_MEMBERS, check_zip_limits
from compliance.model import Document

DOC_XML = "word/document.xml"


def _error(path: Path, **kw) -> CheckError:
    with pytest.raises(CheckError) as info:
        load(path, **kw)
    assert info.value.path == str(path)
    return info.value


@pytest.fixture
def good_docx(tmp_path: Path) -> Path:
    def fill(d):
        d.add_heading("STANDAR PELAYANAN", 1)
        d.add_paragraph("Biaya: gratis")

    return build(tmp_path / "good.docx", fill)


# ---- not there ---------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    err = _error(tmp_path / "tidak-ada.docx")
    assert err.code == "file-not-found"
    assert "tidak-ada.docx" in err.message("id")


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    assert _error(tmp_path).code == "file-not-found"


# ---- unsupported formats, named ----------------------------------------------------------


def _ole(*streams: str) -> bytes:
    """The start of an OLE2 compound file whose directory names `streams`."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = b"".join(s.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for s in streams)
    return header + directory


def _odt() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text"
        )  # stored first and uncompressed, as ODF requires
        zf.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", "<manifest/>", zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, "PNG")
    return out.getvalue()


def _jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, "JPEG")
    return out.getvalue()


def _xlsx() -> bytes:
    from openpyxl import Workbook

    out = io.BytesIO()
    Workbook().save(out)
    return out.getvalue()


def _plain_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("foto/ktp.txt", "bukan dokumen")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [
        ("lama.docx", lambda: _ole("Root Entry", "WordDocument", "1Table"), "Word 97-2003 (.doc)"),
        ("sandi.docx", lambda: _ole("Root Entry", "EncryptedPackage"), "dilindungi kata sandi"),
        ("rekap.doc", lambda: _ole("Root Entry", "Workbook"), "Excel 97-2003"),
        ("sp.odt", _odt, "OpenDocument (.odt)"),
        ("sp.rtf", lambda: b"{\\rtf1\\ansi Standar Pelayanan}", "Rich Text Format (.rtf)"),
        ("scan.pdf", _png, "gambar PNG"),
        ("foto.docx", _jpeg, "gambar JPEG"),
        ("web.docx", lambda: b"<!DOCTYPE html><html><body>SP</body></html>", "HTML"),
        ("kosong.docx", lambda: b"", "kosong"),
        ("catatan.pdf", lambda: b"Standar pelayanan\n" * 5, "teks biasa"),
        ("rekap.docx", _xlsx, "Excel (.xlsx)"),
        ("arsip.zip", _plain_zip, "arsip ZIP"),
        ("acak.bin", lambda: bytes(range(256)) * 4, "tidak dikenal"),
    ],
)
def test_unsupported_formats_are_named(tmp_path: Path, name: str, content, what: str) -> None:
    path = tmp_path / name
    path.write_bytes(content())
    err = _error(path)
    assert err.code == "unsupported-format"
    assert what in err.detail
    assert ".docx atau PDF" in err.message("id")
    assert "as .docx or PDF" in err.message("en")


# ---- damaged packages --------------------------------------------------------------------


def test_truncated_docx(tmp_path: Path, good_docx: Path) -> None:
    data = good_docx.read_bytes()
    cut = tmp_path / "terpotong.docx"
    cut.write_bytes(data[: len(data) // 2])
    assert _error(cut).code == "docx-corrupt"


def test_docx_without_document_xml(tmp_path: Path, good_docx: Path) -> None:
    broken = rewrite_zip(good_docx, tmp_path / "tanpa-isi.docx", replace={DOC_XML: None})
    err = _error(broken)
    assert err.code == "docx-corrupt"
    assert "document.xml" in err.detail


@pytest.mark.parametrize(
    "xml_bytes",
    [
        b"<w:document><w:body><w:p></w:body>",  # unclosed, undeclared prefix
        b"\x00\x01 not xml",
        b"",
    ],
)
def test_malformed_document_xml(tmp_path: Path, good_docx: Path, xml_bytes: bytes) -> None:
    broken = rewrite_zip(good_docx, tmp_path / "rusak.docx", replace={DOC_XML: xml_bytes})
    assert _error(broken).code == "docx-corrupt"


def test_document_without_body(tmp_path: Path, good_docx: Path) -> None:
    empty = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    broken = rewrite_zip(good_docx, tmp_path / "tanpa-body.docx", replace={DOC_XML: empty})
    assert _error(broken).code == "docx-corrupt"


def test_corrupted_member_data(tmp_path: Path, good_docx: Path) -> None:
    data = bytearray(good_docx.read_bytes())
    with zipfile.ZipFile(good_docx) as zf:
        info = zf.getinfo(DOC_XML)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 10, start + 60):  # scribble over the compressed stream
        data[i] ^= 0x5A
    bad = tmp_path / "crc.docx"
    bad.write_bytes(bytes(data))
    assert _error(bad).code == "docx-corrupt"


# ---- limits ------------------------------------------------------------------------------


def test_too_large(tmp_path: Path, good_docx: Path) -> None:
    err = _error(good_docx, max_bytes=1000)
    assert err.code == "too-large"
    assert "batas 1000 B" in err.detail
    assert isinstance(load(good_docx, max_bytes=10**6), Document)


def test_zip_bomb_member_is_rejected_before_decompressing(tmp_path: Path, good_docx: Path) -> None:
    bomb = rewrite_zip(
        good_docx, tmp_path / "bom.docx", add={"word/media/padding.bin": b"\x00" * (8 * 2**20)}
    )
    assert bomb.stat().st_size < 100_000  # 8 MB of zeros compresses ~1000:1
    err = _error(bomb)
    assert err.code == "zip-bomb"
    assert "padding.bin" in err.detail


def test_repetitive_but_legitimate_docx_is_not_a_bomb(tmp_path: Path) -> None:
    path = build(tmp_path / "formulir.docx", lambda d: d.add_table(rows=3000, cols=6))
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(DOC_XML)
    assert info.file_size > 2**20 and info.file_size / info.compress_size > 100
    (table,) = load(path).blocks
    assert len(table.rows) == 3000


def test_strict_open_xml_is_named(tmp_path: Path, good_docx: Path) -> None:
    strict = member(good_docx, DOC_XML).replace(
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    )
    err = _error(rewrite_zip(good_docx, tmp_path / "strict.docx", replace={DOC_XML: strict}))
    assert err.code == "unsupported-format"
    assert "Strict" in err.detail


def _info(name: str, size: int, compressed: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.file_size, info.compress_size = size, compressed
    return info


def test_zip_limits_from_the_central_directory() -> None:
    ok = [_info("word/document.xml", 5 * 2**20, 400_000), _info("small.xml", 50_000, 100)]
    check_zip_limits(ok, "ok.docx")  # small members may compress extremely well
    with pytest.raises(CheckError, match="zip-bomb"):  # declared total over the limit
        check_zip_limits([_info(f"m{i}", 90 * 2**20, 90 * 2**20) for i in range(3)], "x")
    with pytest.raises(CheckError, match="zip-bomb"):  # too many members
        check_zip_limits([_info(f"m{i}", 1, 1) for i in range(MAX_MEMBERS + 1)], "x")
    with pytest.raises(CheckError, match="zip-bomb"):  # one member with an absurd ratio
        check_zip_limits([_info("big", 2 * 2**20, 2000)], "x")


# ---- hostile XML -------------------------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _doc_with_dtd(dtd: str, text: str) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE w:document [{dtd}]>\n'
        f"<w:document {_W}><w:body><w:p><w:r><w:t>Awal {text} akhir</w:t></w:r></w:p>"
        "</w:body></w:document>"
    ).encode()


def test_xxe_entity_does_not_read_local_files(tmp_path: Path, good_docx: Path) -> None:
    secret = tmp_path / "rahasia.txt"
    secret.write_text("ISI-RAHASIA-SERVER")
    xxe = _doc_with_dtd(f'<!ENTITY xxe SYSTEM "file://{secret}">', "&xxe;")
    doc = load(rewrite_zip(good_docx, tmp_path / "xxe.docx", replace={DOC_XML: xxe}))
    text = "\n".join(b.text for b in doc.blocks)
    assert "ISI-RAHASIA-SERVER" not in text
    assert "Awal" in text  # the document is still read


def test_etc_passwd_entity_is_not_expanded(tmp_path: Path, good_docx: Path) -> None:
    xxe = _doc_with_dtd('<!ENTITY xxe SYSTEM "file:///etc/passwd">', "&xxe;")
    doc = load(rewrite_zip(good_docx, tmp_path / "passwd.docx", replace={DOC_XML: xxe}))
    assert "root:" not in "\n".join(b.text for b in doc.blocks)


def test_billion_laughs_is_not_expanded(tmp_path: Path, good_docx: Path) -> None:
    dtd = '<!ENTITY a "hahahahahahahahahaha">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    bomb = _doc_with_dtd(dtd, "&i;")
    path = rewrite_zip(good_docx, tmp_path / "laughs.docx", replace={DOC_XML: bomb})
    try:  # libxml2 may refuse the amplification outright, or keep the reference unexpanded
        doc = load(path)
    except CheckError as e:
        assert e.code == "docx-corrupt"
    else:
        assert "haha" not in "\n".join(b.text for b in doc.blocks)


# ---- PDF dispatch ------------------------------------------------------------------------


def test_pdf_is_dispatched_even_after_leading_junk(tmp_path: Path, monkeypatch) -> None:
    seen: list[Path] = []

    def fake_load_pdf(path: Path) -> Document:
        seen.append(path)
        return Document(path=str(path), format="pdf", blocks=(), pages=1)

    monkeypatch.setitem(
        sys.modules, "compliance.ingest.pdf", types.SimpleNamespace(load_pdf=fake_load_pdf)
    )
    pdf = tmp_path / "surat.docx"  # the name lies; the content is a PDF after some junk
    pdf.write_bytes(b"\x00junk from a mail gateway\r\n%PDF-1.7\n%\xe2\xe3\xcf\xd3\n...")
    assert load(pdf).format == "pdf"
    assert seen == [pdf]


def test_pdf_errors_pass_through(tmp_path: Path, monkeypatch) -> None:
    def encrypted(path: Path) -> Document:
        raise CheckError("pdf-encrypted", "kata sandi", str(path))

    monkeypatch.setitem(
        sys.modules, "compliance.ingest.pdf", types.SimpleNamespace(load_pdf=encrypted)
    )
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert _error(pdf).code == "pdf-encrypted"


# ---- nothing but CheckError, whatever the bytes ------------------------------------------


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)), max_size=6))
def test_damaged_xml_gives_a_document_or_a_check_error(
    tmp_path: Path, good_docx: Path, edits
) -> None:
    xml_bytes = bytearray(member(good_docx, DOC_XML))
    for where, junk in edits:
        i = int(where * (len(xml_bytes) - 1))
        xml_bytes[i : i + len(junk)] = junk
    path = rewrite_zip(good_docx, tmp_path / "fuzz.docx", replace={DOC_XML: bytes(xml_bytes)})
    try:
        assert isinstance(load(path), Document)
    except CheckError as e:
        assert e.code == "docx-corrupt"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.floats(0, 1), flip=st.integers(0, 2**31))
def test_damaged_zip_gives_a_document_or_a_check_error(
    tmp_path: Path, good_docx: Path, cut, flip
) -> None:
    data = bytearray(good_docx.read_bytes())
    data[flip % len(data)] ^= 0xFF
    path = tmp_path / "fuzz-zip.docx"
    path.write_bytes(bytes(data[: max(1, int(cut * len(data)))]))
    try:
        assert isinstance(load(path), Document)
    except CheckError as e:
        assert e.code in {"docx-corrupt", "unsupported-format", "zip-bomb"}
