"""Bench: start-up cost of the extract stage's spaCy pipeline vs spacy.blank("id"/"en"),
and the per-document cost of extracting all 14 components.

Each start-up variant runs in a fresh subprocess (import + build + first call), best of N.
Reported as absolute seconds (this machine) and as ratios, which is what carries to another
machine:
  ours      import compliance.extract, first find_durations() (builds CompactIndonesian)
  blank_id  import spacy, spacy.blank("id"), first call
  blank_en  import spacy, spacy.blank("en"), first call
  import    import spacy only (the floor all three pay)
Then, in this process: extract() of the 14 components + maklumat of a realistic service,
best of N, in milliseconds.

Usage: .venv/bin/python bench/nlp_startup.py [repeats]
Target: ours <= 1.5 x blank_en and well under blank_id; extraction of a service in ms.
"""

from __future__ import annotations

import subprocess
import sys
import time

SNIPPETS = {
    "import": "import spacy",
    "blank_en": "import spacy; nlp = spacy.blank('en'); nlp('Paling lambat 3 (tiga) hari kerja')",
    "blank_id": "import spacy; nlp = spacy.blank('id'); nlp('Paling lambat 3 (tiga) hari kerja')",
    "ours": "from compliance.extract import find_durations; "
    "find_durations('Paling lambat 3 (tiga) hari kerja')",
}

SERVICE = {
    "dasar_hukum": "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\n"
    "2. UU No. 24 Thn 2013\n3. Peraturan Pemerintah Nomor 96 Tahun 2012\n"
    "4. Permendagri No. 19 Tahun 2018",
    "persyaratan": "1. Fotokopi KTP\n2. Kartu Keluarga asli\n3. Surat pengantar RT/RW",
    "prosedur": "1. Pemohon mengambil nomor antrian\n2. Petugas loket memeriksa berkas\n"
    "3. Kasi menandatangani\n4. Dokumen diserahkan",
    "jangka_waktu": "Paling lambat 3 (tiga) hari kerja; loket buka Senin – Kamis 08.00 – 16.15",
    "biaya": "Tidak ada biaya / GRATIS",
    "produk": "Kartu Keluarga",
    "sarana": "Ruang tunggu, kursi roda, ramp, toilet disabilitas, komputer",
    "kompetensi": "Minimal SMA, mampu mengoperasikan komputer dan SIAK",
    "pengawasan": "Atasan langsung melalui rapat evaluasi setiap bulan",
    "pengaduan": "Telepon (0721) 123456, WA 0812-3456-7890, email dukcapil@kab.go.id, "
    "SMS 1708, lapor.go.id; ditanggapi paling lambat 5 hari kerja",
    "jumlah_pelaksana": "2 orang petugas loket dan 1 orang verifikator",
    "jaminan_pelayanan": "Pelayanan diberikan sesuai standar pelayanan yang telah ditetapkan",
    "jaminan_keamanan": "CCTV, APAR, petugas keamanan, tanda terima berkas",
    "evaluasi": "Survei Kepuasan Masyarakat 1 (satu) kali dalam setahun dan penilaian SKP",
    "maklumat": "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
    "pelayanan yang telah ditetapkan dan siap menerima sanksi.",
}


def _startup(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    best = {name: min(_startup(code) for _ in range(repeats)) for name, code in SNIPPETS.items()}
    for name, seconds in best.items():
        print(f"{name:9s} {seconds:6.3f} s  ({seconds / best['blank_en']:.2f} x blank_en)")
    print(f"ours / blank_id = {best['ours'] / best['blank_id']:.2f}")

    from compliance.extract import extract
    from compliance.model import ComponentSection, Location

    sections = {c: ComponentSection(c, None, t, Location()) for c, t in SERVICE.items()}
    for c, s in sections.items():  # warm: build the pipeline and compile the patterns
        extract(c, s)
    runs = []
    for _ in range(max(repeats, 5)):
        start = time.perf_counter()
        for c, s in sections.items():
            extract(c, s)
        runs.append(time.perf_counter() - start)
    print(f"extract, one service (15 components): {min(runs) * 1000:.2f} ms (best of {len(runs)})")


if __name__ == "__main__":
    main()
