"""Writer registry and output-file extensions."""

from __future__ import annotations

import json

import openpyxl
import pytest
from helpers_report import render, view

from compliance.check import error_document
from compliance.config import Config
from compliance.errors import CheckError
from compliance.model import COMPONENT_IDS
from compliance.report import WRITERS, build_report, format_for_path, write_report


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("out/laporan.json", "json"),
        ("laporan.TXT", "text"),
        ("temuan.csv", "csv"),
        ("rekap.xlsx", "xlsx"),
        ("rapor.html", "html"),
        ("rapor.htm", "html"),
        ("hasil.sarif", "sarif"),
        ("hasil.sarif.json", "sarif"),
        ("junit.xml", "junit"),
        ("hasil.junit.xml", "junit"),
    ],
)
def test_format_for_path(path, fmt):
    assert format_for_path(path) == fmt


def test_unknown_extension_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown report extension"):
        format_for_path("laporan.pdf")


def test_registry_covers_every_format():
    assert set(WRITERS) == {"text", "json", "csv", "xlsx", "html", "sarif", "junit"}


@pytest.mark.parametrize(
    "name",
    [
        "laporan.json",
        "laporan.txt",
        "temuan.csv",
        "rekap.xlsx",
        "rapor.html",
        "hasil.sarif.json",
        "junit.xml",
    ],
)
def test_write_report_to_file(tmp_path, name):
    path = tmp_path / name
    write_report(view(), str(path), color=True, rules_meta={})  # options a writer lacks are ignored
    data = path.read_bytes()
    assert data
    if name.endswith("rekap.xlsx"):
        assert openpyxl.load_workbook(path).sheetnames[0] == "Rekap Unit"
    elif name.endswith(".json"):
        assert json.loads(data.decode("utf-8"))
    elif name.endswith(".csv"):
        assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    elif name.endswith(".txt"):
        assert b"\x1b[" in data  # color=True reached the text writer


def test_unsupported_language_is_rejected(tmp_path):
    with pytest.raises(ValueError, match="unsupported language"):
        write_report(view(), str(tmp_path / "a.txt"), lang="fr")


def _minimal_documents() -> list[dict]:
    """Documents with only the contract's required keys: no setting, indicators, fields."""
    absent = {"status": "absent", "heading": None, "text": None, "fields": None, "location": None}
    service = {
        "name": "Layanan Tanpa Isi",
        "location": None,
        "score": 0.0,
        "components": {c: dict(absent) for c in COMPONENT_IDS},
        "findings": [],
    }
    ok = {
        "path": "a.docx",
        "sha256": None,
        "status": "ok",
        "doc_type": "service_standard",
        "error": None,
        "unit": None,
        "pages": None,
        "maklumat": {"status": "absent", "location": None},
        "services": [service],
        "findings": [],
    }
    scanned = {**ok, "path": "scan.pdf", "doc_type": "scanned", "services": [], "pages": 3}
    broken = error_document("rusak.docx", CheckError("docx-corrupt", "bad zip"), "id")
    return [ok, scanned, broken]


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_writer_renders_a_minimal_contract_report(fmt, lang):
    report = build_report(_minimal_documents(), Config(lang=lang))
    data = render(fmt, report, lang)
    assert data
    if fmt in ("json", "sarif"):
        assert json.loads(data)
    if fmt == "text":
        assert "✗" in data and "rusak.docx" in data
