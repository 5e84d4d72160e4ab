"""holdout2/: the second independent held-out set stays consistent with its labels.

Checks the set itself (labels <-> files, label schema, byte-stable python-docx files, round-tripped
files opening with their labelled texts, PDFs with a text layer). It deliberately does NOT assert
the checker's accuracy on the set: that is measured with bench/accuracy.py.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HOLD = ROOT / "holdout2"
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
STATUSES = {"present", "weak", "absent"}
DOC_TYPES = {"service_standard", "other", "scanned", "invalid"}


def _load_generator():
    spec = importlib.util.spec_from_file_location("holdout2_generate", HOLD / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses resolve their module through sys.modules
    spec.loader.exec_module(mod)
    return mod


GEN = _load_generator()
LABELS = yaml.safe_load((HOLD / "labels.yaml").read_text(encoding="utf-8"))
FILES = LABELS["files"]
DOCS = {d.file: d for d in GEN.DOCS}


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _docx_text(path: Path) -> str:
    from docx import Document

    d = Document(str(path))
    parts: list[str] = [p.text for p in d.paragraphs]

    def walk(tables) -> None:
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    walk(cell.tables)

    walk(d.tables)
    return _norm("\n".join(parts))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w{5,}", text.lower())}


# ---- labels <-> files ------------------------------------------------------------------------

def test_every_file_is_labelled_and_every_label_has_a_file() -> None:
    on_disk = {p.name for p in HOLD.iterdir() if p.suffix in {".docx", ".pdf"}}
    assert on_disk == set(FILES)


def test_labels_yaml_is_what_the_generator_writes() -> None:
    assert LABELS == GEN.labels()


def test_label_schema() -> None:
    assert LABELS["version"] == 1
    for name, lab in FILES.items():
        assert lab["doc_type"] in DOC_TYPES, name
        assert lab["error"] is None or isinstance(lab["error"], str), name
        assert lab["unit"] is None or isinstance(lab["unit"], str) and lab["unit"].strip(), name
        if lab["doc_type"] == "service_standard":
            assert lab["maklumat"] in STATUSES, name
            assert lab["services"], name
            assert lab["unit"], name
        else:
            assert lab["maklumat"] is None and lab["services"] == [], name
        assert lab["setting"] is None or set(lab["setting"]) == {"number_blank"}, name
        if lab["setting"] is not None:
            assert isinstance(lab["setting"]["number_blank"], bool), name
        for sv in lab["services"]:
            assert sv["name"].strip(), name
            assert tuple(sv["components"]) == IDS, (name, sv["name"])
            assert set(sv["components"].values()) <= STATUSES, (name, sv["name"])


def test_pdfs_share_the_labels_of_their_docx() -> None:
    pdfs = [n for n in FILES if n.endswith(".pdf")]
    for pdf in pdfs:
        src = FILES[pdf]["source"]
        assert src == pdf[:-4] + ".docx"
        a, b = dict(FILES[pdf]), dict(FILES[src])
        a.pop("source"), b.pop("source")
        assert a == b, pdf


def test_set_shape_matches_the_brief() -> None:
    docs = GEN.DOCS
    assert 14 <= len(docs) <= 18
    assert sum(d.doc_type == "other" for d in docs) >= 3
    assert sum(d.pdf for d in docs) >= 6
    assert abs(sum(d.roundtrip for d in docs) - len(docs) / 2) <= 1
    # the set is not all-present: each status is exercised in quantity
    statuses = [s for lab in FILES.values() if lab.get("source") is None
                for sv in lab["services"] for s in sv["components"].values()]
    assert statuses.count("weak") >= 20 and statuses.count("absent") >= 15


# ---- the files themselves --------------------------------------------------------------------

@pytest.mark.parametrize("name", [d.file for d in GEN.DOCS if not d.roundtrip])
def test_python_docx_files_are_byte_stable(name: str) -> None:
    assert GEN.build_docx(DOCS[name]) == (HOLD / name).read_bytes()


@pytest.mark.parametrize("name", [d.file for d in GEN.DOCS if d.roundtrip])
def test_round_tripped_files_come_from_libreoffice(name: str) -> None:
    with zipfile.ZipFile(HOLD / name) as z:
        app = z.read("docProps/app.xml").decode("utf-8")
    assert "LibreOffice" in app


@pytest.mark.parametrize("name", [d.file for d in GEN.DOCS])
def test_docx_opens_and_holds_its_labelled_texts(name: str) -> None:
    text = _docx_text(HOLD / name)
    missing = [t for t in GEN.expected_texts(DOCS[name]) if _norm(t) not in text]
    assert not missing, missing[:5]
    if DOCS[name].unit:
        assert _norm(DOCS[name].unit) in text


@pytest.mark.parametrize("name", [n for n in FILES if n.endswith(".pdf")])
def test_pdf_has_a_text_layer_with_the_document_text(name: str) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(HOLD / name))
    try:
        text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    assert len(text.strip()) > 300
    ref = _words(_docx_text(HOLD / FILES[name]["source"]))
    found = ref & _words(text)
    assert len(found) >= 0.85 * len(ref), sorted(ref - found)[:20]
