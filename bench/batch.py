"""Batch benchmark: the whole `compliance check` command against a naive and a floor reader.

    .venv/bin/python bench/batch.py [--docs 500] [--small 100] [--skip-naive]

Generates (once, cached in bench/.data/, gitignored) a batch of mixed documents: .docx written by
python-docx with varied services, component tables, missing and vague components, and text PDFs
(~20 distinct .docx converted by LibreOffice when `soffice` exists, else the committed PDFs in
tests/fixtures/pdf), copied under varied names into one folder per unit. Then, in one run, times:

- e2e:   `compliance check DIR --format json -o … --no-cache` as a subprocess (-j 1, -j 2)
- naive: python-docx paragraphs + table cells and pdfplumber extract_text (page.close()),
         same files, one process
- floor: lxml scan of w:t in word/document.xml and pypdfium2 page text, one process
- memory: peak RSS of the command at --small vs --docs documents (largest single process via
         getrusage(RUSAGE_CHILDREN) in a fresh wrapper, and the sampled sum over the process tree)

and prints ratios against the targets: e2e -j1 ≤ 5× floor; e2e -j1 ≥ 10× faster than naive;
-j 2 ≥ 1.7× faster than -j 1; peak memory independent of batch size. It also reports how many
documents came back as errors, so an incomplete pipeline is visible rather than flattering.
Timings are wall-clock on a shared machine: compare ratios, not absolute numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / ".data"
SOURCES = DATA / "sources"
PYTHON = sys.executable
SCRIPT = shutil.which("compliance", path=str(Path(PYTHON).parent)) or "compliance"

UNITS = [
    "Dinas Kesehatan",
    "Dinas Sosial",
    "Dinas Pendidikan",
    "Dinas Perhubungan",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Badan Pendapatan Daerah",
    "RSUD",
    "Kecamatan Kota",
]
SERVICES = [
    "Izin Praktik Bidan",
    "Rawat Jalan",
    "Kartu Keluarga",
    "Akta Kelahiran",
    "Izin Trayek",
    "Legalisir Ijazah",
    "Surat Keterangan Tidak Mampu",
    "Uji KIR",
    "Pajak Kendaraan",
    "Rujukan",
]
COMPONENTS = [
    (
        "Dasar Hukum",
        [
            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
            "Peraturan Bupati Nomor 12 Tahun 2019",
            "Peraturan yang berlaku",
        ],
    ),
    (
        "Persyaratan",
        [
            "1. Fotokopi KTP\n2. Fotokopi KK\n3. Surat pengantar RT/RW",
            "Berkas lengkap dll",
            "1. Formulir permohonan\n2. Pas foto 3x4 (2 lembar)",
        ],
    ),
    (
        "Sistem, Mekanisme, dan Prosedur",
        [
            (
                "1. Pemohon mengisi formulir\n2. Petugas memeriksa berkas\n"
                "3. Kepala seksi menandatangani\n4. Dokumen diserahkan"
            ),
            "Sesuai SOP",
        ],
    ),
    (
        "Jangka Waktu Penyelesaian",
        ["3 (tiga) hari kerja", "Segera setelah berkas lengkap", "60 menit"],
    ),
    (
        "Biaya/Tarif",
        [
            "Tidak dipungut biaya",
            "Rp 50.000,- sesuai Perda Nomor 3 Tahun 2019",
            "Sesuai ketentuan yang berlaku",
        ],
    ),
    ("Produk Pelayanan", ["Surat Izin Praktik Bidan (SIPB)", "Dokumen"]),
    (
        "Sarana, Prasarana, dan/atau Fasilitas",
        ["Ruang tunggu ber-AC, loket, komputer, toilet", "Memadai"],
    ),
    (
        "Kompetensi Pelaksana",
        [
            "Minimal S1, menguasai aplikasi SIAK, pelatihan pelayanan prima",
            "Kompeten dan berpengalaman",
        ],
    ),
    ("Pengawasan Internal", ["Dilakukan oleh Kepala Bidang melalui rapat bulanan", "Ada"]),
    (
        "Penanganan Pengaduan, Saran, dan Masukan",
        ["SMS/WA 0812-3456-7890, email pengaduan@contoh.go.id, SP4N-LAPOR!", "Kotak saran"],
    ),
    ("Jumlah Pelaksana", ["5 (lima) orang", "Sesuai kebutuhan"]),
    (
        "Jaminan Pelayanan",
        [
            "Kami menjamin pelayanan sesuai standar dan bersedia menerima sanksi",
            "Maklumat pelayanan",
        ],
    ),
    (
        "Jaminan Keamanan dan Keselamatan Pelayanan",
        ["CCTV, APAR, petugas keamanan, jalur evakuasi", "Aman"],
    ),
    (
        "Evaluasi Kinerja Pelaksana",
        ["Survei Kepuasan Masyarakat setiap 6 bulan", "Dievaluasi oleh pimpinan"],
    ),
]


# ---- corpus -------------------------------------------------------------------------------------


def write_docx(path: Path, rng: random.Random) -> None:
    import docx

    d = docx.Document()
    unit = rng.choice(UNITS)
    d.add_heading(f"STANDAR PELAYANAN {unit.upper()} KABUPATEN CONTOH", level=1)
    d.add_paragraph(
        f"KEPUTUSAN KEPALA {unit.upper()} NOMOR {rng.randint(1, 900)}/SK/{rng.randint(2014, 2024)}"
    )
    for service in rng.sample(SERVICES, rng.randint(1, 4)):
        d.add_heading(f"Pelayanan {service}", level=2)
        table = d.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        header = table.rows[0].cells
        header[0].text, header[1].text, header[2].text = "NO", "KOMPONEN", "URAIAN"
        for no, (label, choices) in enumerate(COMPONENTS, 1):
            if rng.random() < 0.12:
                continue  # a missing component
            cells = table.add_row().cells
            cells[0].text, cells[1].text = str(no), label
            cells[2].text = "-" if rng.random() < 0.05 else rng.choice(choices)
        for _ in range(rng.randint(0, 6)):
            d.add_paragraph(
                " ".join(
                    rng.choice(
                        [
                            "pelayanan",
                            "masyarakat",
                            "prima",
                            "cepat",
                            "mudah",
                            "transparan",
                            "akuntabel",
                        ]
                    )
                    for _ in range(30)
                )
            )
    if rng.random() < 0.7:
        d.add_heading("MAKLUMAT PELAYANAN", level=2)
        d.add_paragraph(
            "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
            "pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap "
            "menerima sanksi sesuai peraturan perundang-undangan yang berlaku."
        )
    d.save(path)


def pdf_sources(rng: random.Random, distinct: int = 20) -> list[Path]:
    """~20 distinct text PDFs, converted once with LibreOffice, else the committed fixtures."""
    out_dir = SOURCES / "pdf"
    existing = sorted(out_dir.glob("*.pdf"))
    if existing:
        return existing
    out_dir.mkdir(parents=True, exist_ok=True)
    soffice = shutil.which("soffice")
    if soffice:
        with tempfile.TemporaryDirectory() as tmp:
            docs = []
            for i in range(distinct):
                p = Path(tmp) / f"sp-{i:02d}.docx"
                write_docx(p, rng)
                docs.append(str(p))
            subprocess.run(
                [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), *docs],
                check=False,
                capture_output=True,
                timeout=600,
            )
        converted = sorted(out_dir.glob("*.pdf"))
        if converted:
            return converted
    for name in (
        "ruled_2col.pdf",
        "multipage_3col.pdf",
        "borderless.pdf",
        "lists.pdf",
        "headers.pdf",
    ):
        src = REPO / "tests" / "fixtures" / "pdf" / name
        if src.exists():
            shutil.copy(src, out_dir / name)
    return sorted(out_dir.glob("*.pdf"))


def corpus(total: int, seed: int = 25) -> Path:
    """A folder of `total` documents (about 80 % .docx, 20 % .pdf), one subfolder per unit."""
    folder = DATA / f"batch-{total}"
    if folder.is_dir() and sum(1 for _ in folder.rglob("*.*")) == total:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    pdfs = pdf_sources(random.Random(seed + 1))
    docx_pool = SOURCES / "docx"
    docx_pool.mkdir(parents=True, exist_ok=True)
    for i in range(total):
        unit = UNITS[i % len(UNITS)].lower().replace(" ", "-")
        target_dir = folder / unit
        target_dir.mkdir(parents=True, exist_ok=True)
        if pdfs and i % 5 == 4:
            shutil.copy(pdfs[i % len(pdfs)], target_dir / f"sp-{i:05d}.pdf")
            continue
        src = docx_pool / f"sp-{i:05d}.docx"  # distinct documents, shared between batch sizes
        if not src.exists():
            write_docx(src, random.Random(seed * 100_003 + i))
        shutil.copy(src, target_dir / src.name)
    return folder


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


# ---- readers ------------------------------------------------------------------------------------


def naive_read(paths: list[Path]) -> int:
    import docx
    import pdfplumber

    chars = 0
    for p in paths:
        if p.suffix == ".docx":
            d = docx.Document(str(p))
            chars += sum(len(par.text) for par in d.paragraphs)
            for table in d.tables:
                for row in table.rows:
                    chars += sum(len(cell.text) for cell in row.cells)
        else:
            with pdfplumber.open(p) as pdf:
                for page in pdf.pages:
                    chars += len(page.extract_text() or "")
                    page.close()
    return chars


def floor_read(paths: list[Path]) -> int:
    import pypdfium2
    from lxml import etree

    w_t = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
    chars = 0
    for p in paths:
        if p.suffix == ".docx":
            with zipfile.ZipFile(p) as zf, zf.open("word/document.xml") as f:
                for _, el in etree.iterparse(f, tag=w_t):
                    chars += len(el.text or "")
                    el.clear()
        else:
            pdf = pypdfium2.PdfDocument(str(p))
            try:
                for page in pdf:
                    textpage = page.get_textpage()
                    chars += len(textpage.get_text_range())
                    textpage.close()
                    page.close()
            finally:
                pdf.close()
    return chars


def engine_overhead(paths: list[Path]) -> tuple[float, float]:
    """check_file in a plain loop vs through run_batch(jobs=1) (a pebble worker with a time
    limit), both after warm-up: what the process pool costs per file."""
    from compliance.batch import _warm_up, run_batch
    from compliance.check import check_file
    from compliance.config import Config

    config = Config()
    _warm_up(config)
    in_process = timed(lambda: [check_file(p, config) for p in paths])[0]
    pooled = timed(lambda: sum(1 for _ in run_batch(paths, config, jobs=1)))[0]
    return in_process, pooled


def timed(fn, *args) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


# ---- the command --------------------------------------------------------------------------------

# Runs the command in a fresh interpreter so RUSAGE_CHILDREN covers exactly this command (and its
# worker processes, which it waits for), and samples the RSS sum of the whole tree from /proc.
_WRAPPER = r"""
import json, os, resource, subprocess, sys, threading, time
def tree_rss(root):
    kids = {}
    for pid in os.listdir('/proc'):
        if pid.isdigit():
            try:
                ppid = int(open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()[1])
                kids.setdefault(ppid, []).append(int(pid))
            except (OSError, IndexError, ValueError):
                pass
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += kids.get(pid, [])
        try:
            for line in open(f'/proc/{pid}/status'):
                if line.startswith('VmRSS:'):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
peak = 0
def sample():
    global peak
    while proc.poll() is None:
        if os.path.isdir('/proc'):
            peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.05)
t = threading.Thread(target=sample); t.start()
_, err = proc.communicate(); t.join()
print(json.dumps({"seconds": time.perf_counter() - start, "rc": proc.returncode,
                  "max_rss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                  "tree_rss_kb": peak, "stderr": err.decode(errors="replace")[-2000:]}))
"""


def run_command(folder: Path, jobs: int | None, out: Path) -> dict:
    argv = [
        SCRIPT,
        "check",
        str(folder),
        "--format",
        "json",
        "-o",
        str(out),
        "--no-cache",
        "--no-progress",
        "--fail-on",
        "never",
    ]
    if jobs:
        argv += ["-j", str(jobs)]
    result = subprocess.run(
        [PYTHON, "-c", _WRAPPER, *argv], capture_output=True, text=True, check=True
    )
    measured = json.loads(result.stdout)
    if measured["rc"] != 0:
        raise SystemExit(f"compliance exited {measured['rc']}:\n{measured['stderr']}")
    return measured


def outcome(report_path: Path) -> tuple[int, Counter]:
    report = json.loads(report_path.read_text(encoding="utf-8"))
    codes = Counter(
        (d.get("error") or {}).get("code") for d in report["documents"] if d["status"] == "error"
    )
    return len(report["documents"]), codes


def _load() -> str:
    """Other processes on a shared machine distort every timing: say how busy it was."""
    try:
        return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "load average unknown"


def verdict(ok: bool) -> str:
    return "OK  " if ok else "MISS"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--skip-naive", action="store_true", help="skip the slow naive reader")
    args = parser.parse_args()

    t0 = time.perf_counter()
    big, small = corpus(args.docs), corpus(args.small)
    paths = files_of(big)
    kinds = Counter(p.suffix for p in paths)
    print(
        f"corpus: {len(paths)} files {dict(kinds)} in {big} (prepared in {time.perf_counter() - t0:.1f} s)"
    )
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}, {_load()}")

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        floor_s, _ = timed(floor_read, paths)
        naive_s = timed(naive_read, paths)[0] if not args.skip_naive else None
        sample = paths[:200]
        in_process_s, pooled_s = engine_overhead(sample)
        j1 = run_command(big, 1, out / "j1.json")
        documents, errors = outcome(out / "j1.json")
        j2 = run_command(big, 2, out / "j2.json")
        mem_small = run_command(small, None, out / "small.json")
        mem_big = run_command(big, None, out / "big.json")

    n = len(paths)
    print(f"after the runs: {_load()} (a load above the core count makes -j ratios meaningless)")
    print()
    print(f"{'measure':<44}{'seconds':>9}{'docs/s':>9}")
    rows = [
        ("floor (lxml w:t + pypdfium2, 1 process)", floor_s),
        ("naive (python-docx + pdfplumber, 1 process)", naive_s),
        ("compliance check -j 1 (whole command)", j1["seconds"]),
        ("compliance check -j 2 (whole command)", j2["seconds"]),
    ]
    for label, seconds in rows:
        if seconds is not None:
            print(f"{label:<44}{seconds:>9.2f}{n / seconds:>9.1f}")
    per_file = (pooled_s - in_process_s) / len(sample) * 1000
    print(
        f"engine overhead, {len(sample)} files: in-process {in_process_s:.2f} s, run_batch -j1 "
        f"{pooled_s:.2f} s → {per_file:+.1f} ms/file for the pool (timeouts, isolation)"
    )
    print()
    print(
        f"documents in report: {documents}/{n}; error rows: {sum(errors.values())} {dict(errors) or ''}"
    )
    if errors:
        print("  NOTE: error rows are cheap; the timings flatter an incomplete pipeline.")
    print()
    ratio_floor = j1["seconds"] / floor_s
    print(
        f"[{verdict(ratio_floor <= 5)}] end-to-end -j1 / floor          = {ratio_floor:6.2f}x  (target ≤ 5)"
    )
    if naive_s is not None:
        speedup = naive_s / j1["seconds"]
        print(
            f"[{verdict(speedup >= 10)}] naive / end-to-end -j1          = {speedup:6.2f}x  (target ≥ 10)"
        )
    scaling = j1["seconds"] / j2["seconds"]
    print(
        f"[{verdict(scaling >= 1.7)}] -j1 / -j2                        = {scaling:6.2f}x  (target ≥ 1.7)"
    )
    grow_max = mem_big["max_rss_kb"] / max(mem_small["max_rss_kb"], 1)
    grow_tree = mem_big["tree_rss_kb"] / max(mem_small["tree_rss_kb"], 1)
    print(
        f"[{verdict(grow_max <= 1.2)}] peak RSS largest process {args.docs} / {args.small} docs = {grow_max:5.2f}x "
        f"({mem_big['max_rss_kb'] / 1024:.0f} MB vs {mem_small['max_rss_kb'] / 1024:.0f} MB; target ≈ 1)"
    )
    print(
        f"[{verdict(grow_tree <= 1.2)}] peak RSS whole tree {args.docs} / {args.small} docs      = {grow_tree:5.2f}x "
        f"({mem_big['tree_rss_kb'] / 1024:.0f} MB vs {mem_small['tree_rss_kb'] / 1024:.0f} MB; sampled)"
    )


if __name__ == "__main__":
    main()
