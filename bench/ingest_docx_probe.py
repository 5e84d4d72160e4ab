"""Probe: how fast is `compliance.ingest.load` on a big .docx, against the floor and python-docx?

Builds a 50-service standard (each service: a title, a sentence, a 15-row
"NO | KOMPONEN | URAIAN" table with multi-line content) in a temporary folder, then times, best
of N runs:
  ours   compliance.ingest.load (sniff + limits + full model, numbering, merged cells, ...)
  floor  zipfile + lxml parse of word/document.xml + iterating every w:t (text only)
  naive  python-docx: iter_inner_content(), paragraph text and every table cell's text

Each is run on the document as python-docx writes it (almost no markup around the text) and
on the same document with the markup Word writes (rsids, run fonts/sizes/language, paragraph
spacing), which is what real files look like.

Usage: .venv/bin/python bench/ingest_docx_probe.py [services] [repeats]
Target: ours <= 2x floor.
"""

from __future__ import annotations

import sys
import tempfile
import time
import zipfile
from pathlib import Path

import docx
from lxml import etree

from compliance.ingest import load

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest import docx_floor, docx_naive  # noqa: E402

W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
COMPONENTS = (
    "Dasar Hukum", "Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Jangka Waktu Penyelesaian",
    "Biaya/Tarif", "Produk Pelayanan", "Sarana, Prasarana, dan/atau Fasilitas",
    "Kompetensi Pelaksana", "Pengawasan Internal", "Penanganan Pengaduan, Saran, dan Masukan",
    "Jumlah Pelaksana", "Jaminan Pelayanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
    "Evaluasi Kinerja Pelaksana",
)  # fmt: skip


def build(path: Path, services: int) -> Path:
    d = docx.Document()
    for s in range(1, services + 1):
        d.add_heading(f"{s}. STANDAR PELAYANAN LAYANAN NOMOR {s}", 2)
        d.add_paragraph("Komponen standar pelayanan sesuai UU 25/2009 Pasal 21.")
        t = d.add_table(rows=15, cols=3)
        t.style = "Table Grid"
        for c, head in enumerate(("NO", "KOMPONEN", "URAIAN")):
            t.cell(0, c).text = head
        for r, name in enumerate(COMPONENTS, 1):
            t.cell(r, 0).text = str(r)
            t.cell(r, 1).text = name
            cell = t.cell(r, 2)
            cell.text = f"Uraian {name.lower()} untuk layanan {s}."
            for i in range(1, 4):
                cell.add_paragraph(f"{i}. butir ke-{i} dengan rincian yang cukup panjang")
    d.save(path)
    return path


_RPR = (
    '<w:rPr xmlns:w="{w}"><w:rFonts w:ascii="Bookman Old Style" w:hAnsi="Bookman Old Style" '
    'w:cs="Arial"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="id-ID"/></w:rPr>'
)
_PPR = (
    '<w:pPr xmlns:w="{w}"><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    '<w:jc w:val="both"/></w:pPr>'
)


def word_like(src: Path, dst: Path) -> Path:
    """The same document with the markup Word writes around text: rsid attributes, run
    fonts/sizes/language, paragraph spacing (python-docx writes almost none of it)."""
    ns = W_T[1 : W_T.index("}")]
    w = f"{{{ns}}}"
    with zipfile.ZipFile(src) as zin:
        root = etree.fromstring(zin.read("word/document.xml"))
        for p in root.iter(w + "p"):
            p.set(w + "rsidR", "00A1B2C3")
            p.set(w + "rsidRDefault", "00D4E5F6")
            if p.find(w + "pPr") is None:
                p.insert(0, etree.fromstring(_PPR.format(w=ns)))
            for r in p.iter(w + "r"):
                r.set(w + "rsidRPr", "00112233")
                if r.find(w + "rPr") is None:
                    r.insert(0, etree.fromstring(_RPR.format(w=ns)))
        with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                if info.filename == "word/document.xml":
                    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
                zout.writestr(info.filename, data)
    return dst


# the same floor and naive readers as bench/ingest.py, so both scripts measure alike
floor = docx_floor
naive = docx_naive


def ours(path: Path) -> int:
    return sum(len(b.text) for b in load(path).blocks)


def best_of(fns, path: Path, repeats: int) -> list[float]:
    """Best CPU time of each function, runs interleaved. CPU time (not wall time) and
    interleaving keep the ratios meaningful on a shared, busy machine."""
    best = [float("inf")] * len(fns)
    for _ in range(repeats):
        for i, fn in enumerate(fns):
            t0 = time.process_time()
            fn(path)
            best[i] = min(best[i], time.process_time() - t0)
    return best


def main() -> None:
    services = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    with tempfile.TemporaryDirectory() as tmp:
        plain = build(Path(tmp) / "bench.docx", services)
        for label, path in (
            ("python-docx markup", plain),
            ("Word-like markup", word_like(plain, Path(tmp) / "bench-word.docx")),
        ):
            with zipfile.ZipFile(path) as zf:
                info = zf.getinfo("word/document.xml")
            print(
                f"{label}: {services} services, {path.stat().st_size / 1024:.0f} KB file, "
                f"document.xml {info.file_size / 1024:.0f} KB "
                f"(ratio {info.file_size / info.compress_size:.0f}:1)"
            )
            t_floor, t_ours, t_naive = best_of((floor, ours, naive), path, repeats)
            print(f"  floor (lxml w:t)      {t_floor * 1000:8.1f} ms")
            print(
                f"  ours  (ingest.load)   {t_ours * 1000:8.1f} ms   "
                f"{t_ours / t_floor:5.2f}x floor (target <= 2x)"
            )
            print(
                f"  naive (python-docx)   {t_naive * 1000:8.1f} ms   {t_naive / t_ours:5.1f}x ours"
            )


if __name__ == "__main__":
    main()
