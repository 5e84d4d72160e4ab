"""The batch engine: many files through `check_file` in worker processes, one document each.

Every input yields exactly one contract document, in input order, while results complete. Each
file runs in a pebble worker process that is killed when it exceeds the time limit (a hung PDF
parser cannot stall the batch) and recycled after `MAX_TASKS` files (slow leaks stay bounded);
a crashed worker or any exception becomes an error document and the batch goes on. At most
`jobs * WINDOW_PER_JOB` files are in flight, and results that finish early wait in a buffer of
at most that size, so memory does not grow with the batch.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path

from pebble import ProcessExpired, ProcessPool

from compliance.cache import ResultCache, file_sha256
from compliance.check import check_file, error_document
from compliance.config import Config
from compliance.errors import CheckError
from compliance.inputs import InputFile

MAX_TASKS = 500  # files per worker process before it is replaced (a replacement stalls
# that worker ~0.1-0.2 s: pebble polls for dead workers every 0.1 s; RSS plateaus well before)
WINDOW_PER_JOB = 4  # files in flight per worker: keeps workers busy, bounds the reorder buffer

Worker = Callable[[Path, Config], dict]


# A small standard that walks every stage and every component's extractor once: rule packs,
# spaCy and the lazily compiled vocabulary patterns get loaded. With fork, recycled workers
# inherit all of it; whatever this text leaves cold, every new worker pays for again.
_WARM_TEXT = """STANDAR PELAYANAN DINAS CONTOH
A. Pelayanan Contoh
1. Dasar Hukum: Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; Peraturan yang berlaku
2. Persyaratan: 1. Fotokopi KTP 2. Kartu Keluarga dll
3. Sistem, Mekanisme dan Prosedur: 1. Pemohon mengisi formulir 2. Petugas memeriksa; sesuai SOP
4. Jangka Waktu Penyelesaian: 3 (tiga) hari kerja, paling lambat 60 menit; Senin-Jumat 08.00-16.00
5. Biaya/Tarif: Rp 10.000,- sesuai Perda Nomor 3 Tahun 2019; tidak dipungut biaya; gratis
6. Produk Pelayanan: Surat Keterangan
7. Sarana, Prasarana dan/atau Fasilitas: ruang tunggu, loket, komputer, toilet, kursi roda
8. Kompetensi Pelaksana: minimal S1, menguasai aplikasi, pelatihan pelayanan prima, ramah
9. Pengawasan Internal: dilakukan oleh Kepala Bidang melalui rapat bulanan dan supervisi
10. Penanganan Pengaduan, Saran dan Masukan: SMS/WA 0812-3456-7890, email a@b.go.id, kotak saran
11. Jumlah Pelaksana: 5 (lima) orang; sesuai kebutuhan
12. Jaminan Pelayanan: kami menjamin pelayanan sesuai standar dan bersedia menerima sanksi
13. Jaminan Keamanan dan Keselamatan Pelayanan: CCTV, APAR, petugas keamanan, izin operasional
14. Evaluasi Kinerja Pelaksana: survei kepuasan masyarakat setiap 6 bulan oleh pimpinan
MAKLUMAT PELAYANAN
Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan dan
melakukan perbaikan secara terus menerus; apabila tidak menepati janji kami siap menerima sanksi.
Kepala Dinas, ttd NIP 19700101 199001 1 001"""


def _warm_up(config: Config) -> None:
    """Pay the pipeline's start-up cost (rule packs, spaCy) once per process instead of on the
    first file. Failures are left for the files to report as data."""
    try:
        from compliance.evaluate import evaluate_document, load_rules
        from compliance.model import Document
        from compliance.segment import segment

        import compliance.ingest.docx  # noqa: F401 - the readers, imported once before fork
        import compliance.ingest.pdf  # noqa: F401

        load_rules(config)
        document = Document.from_text(_WARM_TEXT, "<warm-up>")
        evaluate_document(document, segment(document), config)
    except Exception:  # noqa: BLE001, S110 - each file reports the same failure as data
        pass


def _init_worker(warm: bool, config: Config) -> None:
    if warm:
        _warm_up(config)


def _call(worker: Worker, real: str, config: Config) -> dict:
    return worker(Path(real), config)


def as_input(item: InputFile | str | Path) -> InputFile:
    if isinstance(item, InputFile):
        return item
    path = Path(item)
    return InputFile(path.as_posix(), path, path.resolve().parent.name or None)


def _with_unit(document: dict, item: InputFile, config: Config) -> dict:
    if config.unit_from == "folder" and item.folder:
        document["unit"] = item.folder
        document["unit_source"] = "folder"
    else:
        document["unit_source"] = "document"
    return document


def _failure(item: InputFile, error: BaseException, config: Config, timeout: float | None) -> dict:
    """The document for a file whose worker hung, died or raised."""
    if isinstance(error, FutureTimeout):
        err = CheckError("timeout", f"{timeout:g} detik", item.shown)
    elif isinstance(error, ProcessExpired):
        err = CheckError(
            "internal-error", f"proses pemeriksa berhenti, kode keluar {error.exitcode}", item.shown
        )
    else:
        err = CheckError("internal-error", f"{type(error).__name__}: {error}", item.shown)
    sha = file_sha256(item.real) if item.real is not None else None
    return error_document(item.shown, err, config.lang, sha)


@dataclass
class BatchStats:
    """Counters of one run, filled while `run_batch` yields."""

    total: int = 0
    checked: int = 0  # sent to a worker
    cached: int = 0
    timeouts: int = 0
    crashes: int = 0


def run_batch(
    paths: Iterable[InputFile | str | Path],
    config: Config,
    worker: Worker = check_file,
    jobs: int | None = None,
    timeout: float | None = None,
    cache: ResultCache | None = None,
    progress: Callable[[dict], None] | None = None,
    stats: BatchStats | None = None,
) -> Iterator[dict]:
    """Yield one contract document per input, in input order.

    `worker(path, config)` must be a module-level function (it is pickled by name). `jobs`
    defaults to `config.jobs`, 0 meaning all cores; `timeout` (seconds, None/0 = none) to
    `config.timeout`. `progress(document)` is called as each document completes (in completion
    order); documents are yielded in input order. Even one job runs in a worker process, so the
    time limit holds for every file.
    """
    items = [as_input(p) for p in paths]
    stats = stats if stats is not None else BatchStats()
    stats.total = len(items)
    jobs = jobs or config.jobs or os.cpu_count() or 1
    timeout = config.timeout if timeout is None else timeout
    limit = timeout if timeout and timeout > 0 else None
    window = max(1, jobs) * WINDOW_PER_JOB

    warm = worker is check_file
    # With fork, workers inherit what the parent loaded: warm up once here (only when some file
    # actually needs checking) and every worker, recycled ones included, starts warm.
    warm_in_parent = warm and multiprocessing.get_start_method() == "fork"
    ready: dict[int, dict] = {}
    running: dict[Future, tuple[int, InputFile, str | None]] = {}

    def done(index: int, item: InputFile, document: dict) -> None:
        document["path"] = item.shown
        ready[index] = _with_unit(document, item, config)
        if progress is not None:
            progress(ready[index])

    def collect(future: Future) -> None:
        index, item, sha = running.pop(future)
        try:
            document = future.result()
        except BaseException as e:  # noqa: BLE001 - every failure becomes a row
            stats.timeouts += isinstance(e, FutureTimeout)
            stats.crashes += isinstance(e, ProcessExpired)
            document = _failure(item, e, config, limit)
        else:
            if cache is not None:
                cache.put(sha, document)
        done(index, item, document)

    pool = ProcessPool(
        max_workers=max(1, jobs),
        max_tasks=MAX_TASKS,
        initializer=_init_worker,
        initargs=(warm, config),
    )
    try:
        next_yield = 0
        next_submit = 0
        while next_yield < len(items):
            # keep the window full; inputs that need no worker complete immediately
            while next_submit < len(items) and len(running) + len(ready) < window:
                index, item = next_submit, items[next_submit]
                next_submit += 1
                if item.error is not None or item.real is None:
                    err = item.error or CheckError("file-not-found", item.shown, item.shown)
                    done(index, item, error_document(item.shown, err, config.lang))
                    continue
                sha = file_sha256(item.real) if cache is not None else None
                cached = cache.get(sha, item.shown) if cache is not None else None
                if cached is not None:
                    stats.cached += 1
                    done(index, item, cached)
                    continue
                if warm_in_parent:
                    _warm_up(config)
                    warm_in_parent = False
                stats.checked += 1
                future = pool.schedule(_call, args=(worker, str(item.real), config), timeout=limit)
                running[future] = (index, item, sha)
            while next_yield in ready:
                yield ready.pop(next_yield)
                next_yield += 1
            if running and next_yield < len(items) and next_yield not in ready:
                finished, _ = wait(list(running), return_when=FIRST_COMPLETED)
                for future in finished:
                    collect(future)
    finally:
        if running:  # stopped early (consumer gone, Ctrl-C): kill what is still in flight
            pool.stop()
        else:
            pool.close()
        pool.join()
