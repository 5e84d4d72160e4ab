"""The sample set (samples/), its labels (samples/labels.yaml) and bench/accuracy.py's metrics.

The generator is imported, never run with LibreOffice: the committed .docx files must be exactly
what its data renders, labels.yaml must be exactly what its data implies, and the committed PDFs
must be real PDFs with a text layer (except the scanned one and the deliberately broken ones).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import zipfile
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
NOT_SAMPLES = {"generate.py", "labels.yaml", "README.md"}
STATUSES = {"present", "weak", "absent"}
DOC_TYPES = {"service_standard", "other", "scanned", "invalid"}
ERROR_CODES = {"file-not-found", "unsupported-format", "docx-corrupt", "pdf-encrypted",
               "pdf-corrupt", "too-large", "zip-bomb"}
COMPONENT_IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk",
                 "sarana", "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana",
                 "jaminan_pelayanan", "jaminan_keamanan", "evaluasi")


def _import(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


gen = _import("samples_generate", SAMPLES / "generate.py")
acc = _import("bench_accuracy", ROOT / "bench" / "accuracy.py")
LABELS = yaml.safe_load((SAMPLES / "labels.yaml").read_text(encoding="utf-8"))["files"]


def _files() -> set[str]:
    return {p.name for p in SAMPLES.iterdir()
            if p.is_file() and p.name not in NOT_SAMPLES and not p.name.startswith(".")}


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs]
    return "\n".join(parts)


# ---- inventory and labels ------------------------------------------------------------------


def test_every_file_is_labelled_and_every_label_has_a_file():
    assert _files() == set(LABELS)


def test_labels_yaml_is_what_the_generator_data_implies():
    assert LABELS == gen.expected_labels()


def test_the_set_covers_the_brief():
    layouts = {s.layout for s in gen.SAMPLES}
    assert layouts == {"table", "ab", "lettered", "headings", "keputusan"}
    assert len(LABELS) >= 30
    assert sum(name.endswith(".pdf") and rec["doc_type"] == "service_standard"
               for name, rec in LABELS.items()) >= 8
    kinds = {rec["doc_type"] for rec in LABELS.values()}
    assert kinds == DOC_TYPES
    assert sum(rec["doc_type"] == "other" for rec in LABELS.values()) >= 5
    codes = {rec["error"] for rec in LABELS.values() if rec["doc_type"] == "invalid"}
    assert {"docx-corrupt", "pdf-corrupt", "pdf-encrypted", "unsupported-format"} <= codes
    multi = [rec for rec in LABELS.values() if len(rec["services"]) >= 3]
    assert any(rec["setting"] and rec["setting"]["number_blank"] for rec in multi)
    assert {rec["maklumat"] for rec in multi} == STATUSES
    assert len({rec["unit"] for rec in LABELS.values() if rec["unit"]}) >= 15


def test_each_defect_kind_appears_in_several_samples_with_different_wording():
    for cid in COMPONENT_IDS:
        texts = set()
        for s in gen.SAMPLES:
            for sv in s.services:
                c = gen.resolved_components(s, sv).get(cid)
                if c is not None and c.status == "weak":
                    texts.add(str(c.content))
        assert len(texts) >= 2, (cid, texts)


@pytest.mark.parametrize("name", sorted(LABELS))
def test_label_record_is_well_formed(name):
    rec = LABELS[name]
    assert rec["doc_type"] in DOC_TYPES
    assert rec["maklumat"] in STATUSES
    if rec["doc_type"] == "invalid":
        assert rec["error"] in ERROR_CODES
    else:
        assert rec["error"] is None
    if rec["doc_type"] != "service_standard":
        assert rec["services"] == [] and rec["maklumat"] == "absent"
        return
    assert rec["unit"] and rec["services"]
    for sv in rec["services"]:
        assert sv["name"].strip()
        assert tuple(sv["components"]) == COMPONENT_IDS
        assert set(sv["components"].values()) <= STATUSES
    if rec["setting"] is not None:
        assert isinstance(rec["setting"]["number_blank"], bool)
    if rec["source"]:
        assert LABELS[rec["source"]]["services"] == rec["services"] or rec["doc_type"] == "scanned"


# ---- the files are what the data says -------------------------------------------------------


@pytest.mark.parametrize("sample", gen.SAMPLES, ids=lambda s: s.stem)
def test_committed_docx_is_exactly_the_generator_output(sample, tmp_path):
    out = tmp_path / sample.docx
    gen.save(gen.RENDERERS[sample.layout](sample), out)
    assert out.read_bytes() == (SAMPLES / sample.docx).read_bytes()


@pytest.mark.parametrize("sample", gen.SAMPLES, ids=lambda s: s.stem)
def test_labelled_content_is_in_the_document(sample):
    text = _docx_text(SAMPLES / sample.docx)
    unit = gen.UNITS[sample.unit]
    assert unit.name in text
    for sv in sample.services:
        for cid, c in gen.resolved_components(sample, sv).items():
            if c.status == "absent":
                continue
            first = c.content[0] if isinstance(c.content, list) else c.content.split("\n")[0]
            assert gen.fill(first, unit) in text, (sv.name, cid)
    if sample.maklumat and sample.maklumat.content:
        assert sample.maklumat.content.split("\n")[0] in text


def _squash(text: str) -> str:
    # pdfium reports a hyphen that ends a line as U+FFFE
    return "".join(text.replace("\ufffe", "-").split())


@pytest.mark.parametrize("sample", [s for s in gen.SAMPLES if s.pdf], ids=lambda s: s.stem)
def test_committed_pdf_is_not_stale(sample):
    """PDFs are only re-exported on --refresh: their text must still carry the labelled content."""
    pdf = pdfium.PdfDocument(str(SAMPLES / f"{sample.stem}.pdf"))
    text = _squash("".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf))))
    unit = gen.UNITS[sample.unit]
    for sv in sample.services:
        for cid, c in gen.resolved_components(sample, sv).items():
            if c.status != "absent":
                first = c.content[0] if isinstance(c.content, list) else c.content.split("\n")[0]
                assert _squash(gen.fill(first, unit)) in text, (sv.name, cid)


@pytest.mark.parametrize("name", sorted(n for n, r in LABELS.items()
                                        if n.endswith(".docx") and r["doc_type"] != "invalid"))
def test_docx_opens(name):
    assert docx.Document(str(SAMPLES / name)).paragraphs


def test_word_numbering_is_real_in_the_heading_layout():
    d = docx.Document(str(SAMPLES / "d1-dukcapil-salatiga-ktp.docx"))
    numbered = [p for p in d.paragraphs if p.style.name == "List Number"]
    assert len(numbered) >= 10
    num_ids = {p._p.pPr.numPr.numId.val for p in numbered}
    assert len(num_ids) >= 5  # one restarted list per component
    assert not any(p.text[:2].rstrip(".").isdigit() for p in numbered)  # numbers are not typed


# ---- PDFs and broken files ------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(n for n, r in LABELS.items()
                                        if n.endswith(".pdf") and r["doc_type"] != "invalid"))
def test_pdf_is_real_with_text_layer_unless_scanned(name):
    data = (SAMPLES / name).read_bytes()
    assert data.startswith(b"%PDF-")
    pdf = pdfium.PdfDocument(data)
    chars = sum(len(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf)))
    if LABELS[name]["doc_type"] == "scanned":
        assert len(pdf) >= 1 and chars == 0
    else:
        assert chars > 500


def test_multi_service_pdf_spans_many_pages():
    pdf = pdfium.PdfDocument(str(SAMPLES / "e1-keputusan-dukcapil-wonogiri.pdf"))
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    assert len(texts) > 2 * len(LABELS["e1-keputusan-dukcapil-wonogiri.pdf"]["services"])
    # Lampiran pages that begin inside a table: not with a title, group heading or header row
    starts = ("LAMPIRAN", "NO", "A. KOMPONEN", "B. KOMPONEN", "MAKLUMAT")
    first_lines = [t.strip().splitlines()[0] for t in texts[2:] if t.strip()]
    mid_table = [ln for ln in first_lines
                 if not ln.startswith(starts) and "STANDAR PELAYANAN" not in ln]
    assert len(mid_table) >= 5, first_lines


def test_broken_files_are_broken_as_labelled():
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(str(SAMPLES / "x2-truncated.pdf"))
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(str(SAMPLES / "x3-encrypted.pdf"))
    assert len(pdfium.PdfDocument(str(SAMPLES / "x3-encrypted.pdf"), password="rahasia")) >= 1
    for name in ("x1-truncated.docx", "x6-text-renamed.docx"):
        with pytest.raises(zipfile.BadZipFile):
            zipfile.ZipFile(SAMPLES / name)
    assert (SAMPLES / "x5-word97.doc").read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
    with zipfile.ZipFile(SAMPLES / "x4-libreoffice.odt") as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"


# ---- bench/accuracy.py metric code on synthetic expected/got pairs --------------------------


def _svc(name: str, **statuses: str) -> dict:
    comps = {cid: "present" for cid in COMPONENT_IDS}
    comps.update(statuses)
    return {"name": name, "components": comps}


def _doc(services: list[dict], **kw) -> dict:
    base = {"doc_type": "service_standard", "error": None, "unit": "DINAS SOSIAL KABUPATEN PATI",
            "maklumat": "absent", "services": services}
    base.update(kw)
    return base


def test_metrics_perfect_agreement():
    exp = _doc([_svc("Penerbitan KK", biaya="weak", evaluasi="absent")])
    fig = acc.measure([("a.docx", exp, json.loads(json.dumps(exp)))])
    assert fig["overall"]["absent"]["f1"] == 1.0 and fig["overall"]["weak"]["f1"] == 1.0
    assert fig["service_count"]["accuracy"] == 1.0 and fig["mismatches"] == []
    assert fig["components"]["produk"]["weak"]["f1"] is None  # nothing to count


def test_metrics_count_tp_fp_fn():
    exp = _doc([_svc("Penerbitan KK", biaya="weak", evaluasi="absent", produk="absent")])
    got = _doc([_svc("Penerbitan KK", biaya="absent", evaluasi="absent", sarana="weak")])
    fig = acc.measure([("a.docx", exp, got)])
    a, w = fig["overall"]["absent"], fig["overall"]["weak"]
    assert (a["tp"], a["fp"], a["fn"]) == (1, 1, 1)  # evaluasi / biaya / produk
    assert (w["tp"], w["fp"], w["fn"]) == (0, 1, 1)  # - / sarana / biaya
    assert a["precision"] == 0.5 and a["recall"] == 0.5 and a["f1"] == 0.5
    assert w["f1"] == 0.0
    assert fig["components"]["biaya"]["absent"]["fp"] == 1
    assert fig["component_accuracy"]["correct"] == 11
    assert {(m["component"], m["expected"], m["got"]) for m in fig["mismatches"]} == {
        ("biaya", "weak", "absent"), ("produk", "absent", "present"), ("sarana", "present", "weak")}


def test_services_matched_by_name_not_only_order():
    exp = _doc([_svc("1. STANDAR PELAYANAN PENERBITAN KARTU KELUARGA"),
                _svc("Penerbitan Akta Kelahiran", biaya="weak", jangka_waktu="absent"),
                _svc("Penerbitan Surat Pindah", biaya="absent")])
    got = _doc([_svc("Penerbitan Kartu Keluarga (KK)"),
                _svc("Surat Keterangan Pindah", biaya="absent")])
    pairs = acc.match_services(exp["services"], got["services"])
    assert pairs == [(0, 0), (1, None), (2, 1)]
    fig = acc.measure([("e.docx", exp, got)])
    assert fig["overall"]["absent"]["tp"] == 1 and fig["overall"]["absent"]["fn"] == 1
    assert fig["overall"]["weak"]["fn"] == 1
    assert fig["service_count"]["accuracy"] == 0.0


def test_services_found_in_a_look_alike_are_false_positives():
    exp = {"doc_type": "other", "error": None, "unit": None, "maklumat": "absent", "services": []}
    got = _doc([_svc("SOP Perekaman KTP-el", evaluasi="absent", biaya="weak")])
    fig = acc.measure([("n1.docx", exp, got)])
    assert fig["overall"]["absent"]["fp"] == 1 and fig["overall"]["weak"]["fp"] == 1
    assert fig["doc_type"]["accuracy"] == 0.0


def test_document_level_figures():
    exp1 = _doc([_svc("A")], maklumat="weak",
                unit="DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA SALATIGA")
    got1 = _doc([_svc("A")], maklumat="weak", unit="Dinas Kependudukan dan Pencatatan Sipil")
    exp2 = {"doc_type": "invalid", "error": "pdf-encrypted", "unit": None, "maklumat": "absent",
            "services": []}
    got2 = {"doc_type": "invalid", "error": "pdf-corrupt", "unit": None, "maklumat": "absent",
            "services": []}
    fig = acc.measure([("a.docx", exp1, got1), ("x.pdf", exp2, got2)])
    assert fig["unit"]["exact"]["accuracy"] == 0.0 and fig["unit"]["tolerant"]["accuracy"] == 1.0
    assert fig["doc_type"]["accuracy"] == 1.0 and fig["error_code"]["accuracy"] == 0.0
    assert fig["maklumat"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert set(fig["by_format"]) == {"docx", "pdf"}


def test_unit_and_name_normalisation():
    unit = "KECAMATAN KEREK KABUPATEN TUBAN"
    assert acc.unit_match(unit, "Kecamatan  Kerek, Kabupaten Tuban") == "exact"
    assert acc.unit_match(unit, "Kabupaten Tuban") == "miss"
    assert acc.unit_match("X", None) == "miss"
    key = acc.name_key("I. JENIS PELAYANAN : REKOMENDASI IZIN KERAMAIAN")
    assert key == "rekomendasi izin keramaian"
    assert acc.name_key("1. STANDAR PELAYANAN INSTALASI RAWAT JALAN") == "instalasi rawat jalan"


def test_view_of_report_reads_the_contract_shape():
    doc = {"doc_type": "service_standard", "error": None, "unit": "U",
           "maklumat": {"status": "weak", "location": None},
           "services": [{"name": "S",
                         "components": {"biaya": {"status": "weak", "heading": "Biaya"}}}]}
    view = acc.view_of_report(doc)
    assert view["maklumat"] == "weak" and view["services"][0]["components"] == {"biaya": "weak"}
    err = {"doc_type": "invalid", "error": {"code": "docx-corrupt", "message": "…"}, "unit": None,
           "maklumat": {"status": "absent", "location": None}, "services": []}
    assert acc.view_of_report(err)["error"] == "docx-corrupt"


def test_bench_main_prints_json_and_exits_zero(monkeypatch, tmp_path, capsys):
    labels = {"files": {"a.docx": _doc([_svc("A", biaya="weak")]),
                        "b.docx": _doc([_svc("B")])}}
    (tmp_path / "labels.yaml").write_text(yaml.safe_dump(labels), encoding="utf-8")
    got = {"a.docx": _doc([_svc("A", biaya="weak")]), "b.docx": _doc([])}
    monkeypatch.setattr(acc, "run_checker", lambda path: got[path.name])
    assert acc.main(["--samples", str(tmp_path), "--json"]) == 0
    fig = json.loads(capsys.readouterr().out)
    assert fig["overall"]["weak"]["f1"] == 1.0 and fig["service_count"]["correct"] == 1
    assert acc.main(["--samples", str(tmp_path), "--verbose"]) == 0
    text = capsys.readouterr().out
    assert "≥0.98" in text and "service_count" in text


def test_bench_survives_a_crashing_checker(monkeypatch, tmp_path):
    def boom(path, config):
        raise RuntimeError("stage missing")

    import compliance.check

    monkeypatch.setattr(compliance.check, "check_file", boom)
    view = acc.run_checker(tmp_path / "nothing.docx")
    assert view["error"] == "internal-error" and "stage missing" in view["crash"]
