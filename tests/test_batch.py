"""The batch engine and the result cache, with injected per-file workers (tests/helpers_batch.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers_batch import behaving_worker

from compliance.batch import BatchStats, run_batch
from compliance.cache import ResultCache, config_fingerprint
from compliance.config import Config
from compliance.errors import CheckError
from compliance.inputs import InputFile


@pytest.fixture
def calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    log = tmp_path / "calls.log"
    monkeypatch.setenv("COMPLIANCE_TEST_CALLS", str(log))
    return log


def called(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").split() if log.exists() else []


def make(folder: Path, names: list[str], text: str = "absent:biaya\nweak:prosedur\n") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        (folder / name).write_text(f"{name}\n{text}", encoding="utf-8")
        paths.append(folder / name)
    return paths


@pytest.mark.parametrize("jobs", [1, 2])
def test_hang_crash_raise_and_missing_each_get_exactly_one_row(tmp_path: Path, jobs: int) -> None:
    paths = make(tmp_path / "in", ["a.docx", "b-hang.docx", "c-crash.pdf", "d-boom.docx", "e.pdf"])
    missing = InputFile(
        "zz-missing.docx", None, None, CheckError("file-not-found", "zz-missing.docx")
    )
    stats = BatchStats()
    docs = list(
        run_batch(
            [*paths, missing], Config(), worker=behaving_worker, jobs=jobs, timeout=1.5, stats=stats
        )
    )
    assert [Path(d["path"]).name for d in docs] == [p.name for p in paths] + ["zz-missing.docx"]
    by_name = {Path(d["path"]).name: d for d in docs}
    assert by_name["a.docx"]["status"] == "ok" and by_name["e.pdf"]["status"] == "ok"
    assert by_name["b-hang.docx"]["error"]["code"] == "timeout"
    crash = by_name["c-crash.pdf"]["error"]
    assert crash["code"] == "internal-error" and "kode keluar 3" in crash["message"]
    boom = by_name["d-boom.docx"]["error"]
    assert boom["code"] == "internal-error" and "boom in worker" in boom["message"]
    assert by_name["zz-missing.docx"]["error"]["code"] == "file-not-found"
    assert by_name["c-crash.pdf"]["sha256"] is not None  # still identifies the bytes
    assert (stats.total, stats.checked, stats.timeouts, stats.crashes) == (6, 5, 1, 1)


def test_order_is_input_order_whatever_finishes_first(tmp_path: Path) -> None:
    names = [f"f{i:03d}.docx" for i in range(40)]
    paths = make(tmp_path, names)
    seen: list[str] = []
    docs = run_batch(
        paths,
        Config(),
        worker=behaving_worker,
        jobs=2,
        timeout=30,
        progress=lambda d: seen.append(d["path"]),
    )
    assert [Path(d["path"]).name for d in docs] == names
    assert sorted(Path(p).name for p in seen) == names  # progress saw every document once


def test_stopping_early_does_not_hang(tmp_path: Path) -> None:
    paths = make(tmp_path, ["a.docx", "b-hang.docx", "c-hang.docx", "d.docx"])
    first = next(iter(run_batch(paths, Config(), worker=behaving_worker, jobs=2, timeout=600)))
    assert Path(first["path"]).name == "a.docx"  # generator closed with hung workers in flight


def test_unit_from_folder_overrides_unit_and_records_source(tmp_path: Path) -> None:
    paths = make(tmp_path / "dinkes", ["a.docx"])
    [doc] = run_batch(paths, Config(unit_from="folder"), worker=behaving_worker, jobs=1)
    assert (doc["unit"], doc["unit_source"]) == ("dinkes", "folder")
    [doc] = run_batch(paths, Config(), worker=behaving_worker, jobs=1)
    assert (doc["unit"], doc["unit_source"]) == ("Dinas Uji", "document")


def test_cache_hit_on_second_run_and_path_replaced(tmp_path: Path, calls: Path) -> None:
    paths = make(tmp_path / "in", ["a.docx", "b.docx"])
    cache = ResultCache.for_config(tmp_path / "cache", Config())
    first = list(run_batch(paths, Config(), worker=behaving_worker, jobs=2, cache=cache))
    assert sorted(called(calls)) == ["a.docx", "b.docx"] and cache.stores == 2
    # the same bytes under another name come from the cache, shown under the new name
    copy = tmp_path / "other" / "copy.docx"
    copy.parent.mkdir()
    copy.write_bytes(paths[0].read_bytes())
    cache2 = ResultCache.for_config(tmp_path / "cache", Config())
    second = list(run_batch([*paths, copy], Config(), worker=behaving_worker, jobs=2, cache=cache2))
    assert sorted(called(calls)) == ["a.docx", "b.docx"]  # no new worker call
    assert (cache2.hits, cache2.misses) == (3, 0)
    assert [d["path"] for d in second] == [*(d["path"] for d in first), copy.as_posix()]
    assert second[0]["services"] == first[0]["services"]
    entries = list((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 2 and all(
        len(e.relative_to(tmp_path / "cache").parts) == 3 for e in entries
    )


def test_timeouts_and_crashes_are_not_cached(tmp_path: Path, calls: Path) -> None:
    paths = make(tmp_path, ["a-hang.docx", "b-crash.docx"])
    for _ in range(2):
        cache = ResultCache.for_config(tmp_path / "cache", Config())
        docs = list(
            run_batch(paths, Config(), worker=behaving_worker, jobs=2, timeout=1, cache=cache)
        )
        assert [d["status"] for d in docs] == ["error", "error"] and cache.stores == 0
    assert sorted(called(calls)) == ["a-hang.docx", "a-hang.docx", "b-crash.docx", "b-crash.docx"]


def test_corrupt_entry_is_a_miss_then_rewritten(tmp_path: Path, calls: Path) -> None:
    [path] = make(tmp_path, ["a.docx"])
    cache = ResultCache.for_config(tmp_path / "cache", Config())
    list(run_batch([path], Config(), worker=behaving_worker, jobs=1, cache=cache))
    [entry] = (tmp_path / "cache").rglob("*.json")
    entry.write_text("{ not json", encoding="utf-8")
    cache = ResultCache.for_config(tmp_path / "cache", Config())
    [doc] = run_batch([path], Config(), worker=behaving_worker, jobs=1, cache=cache)
    assert doc["status"] == "ok" and cache.misses == 1 and cache.stores == 1
    assert json.loads(entry.read_text(encoding="utf-8"))["sha256"] == doc["sha256"]
    assert called(calls) == ["a.docx", "a.docx"]


def test_fingerprint_follows_config_and_rule_files(tmp_path: Path) -> None:
    base = config_fingerprint(Config())
    assert config_fingerprint(Config()) == base
    assert config_fingerprint(Config(lang="en")) != base
    assert config_fingerprint(Config(disabled=frozenset({"X"}))) != base
    assert config_fingerprint(Config(timeout=5, jobs=3)) == base  # do not change results
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.yaml").write_text("code: A\n", encoding="utf-8")
    with_rules = config_fingerprint(Config(rule_dirs=(str(rules),)))
    (rules / "a.yaml").write_text("code: B\n", encoding="utf-8")
    assert config_fingerprint(Config(rule_dirs=(str(rules),))) != with_rules


def test_archive_member_checked_from_private_copy_but_shown_by_archive_path(tmp_path: Path) -> None:
    import zipfile

    from compliance.inputs import expand_inputs

    archive = tmp_path / "kiriman.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("dinsos/sp.docx", "weak:biaya\n")
    work = tmp_path / "work"
    work.mkdir()
    [doc] = run_batch(
        expand_inputs([str(archive)], work),
        Config(unit_from="folder"),
        worker=behaving_worker,
        jobs=1,
    )
    assert doc["path"] == f"{archive.as_posix()}!dinsos/sp.docx" and doc["unit"] == "dinsos"
