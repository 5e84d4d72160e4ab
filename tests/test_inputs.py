"""Expanding command-line arguments: files, folders, globs, zip archives (safely)."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from compliance.inputs import ZipLimits, expand_inputs


def _touch(path: Path, data: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    _touch(tmp_path / "sub" / "dinkes" / "b.docx")
    _touch(tmp_path / "sub" / "a.pdf")
    _touch(tmp_path / "sub" / "notes.xlsx")  # unsupported: must still appear
    _touch(tmp_path / "sub" / ".hidden.docx")
    _touch(tmp_path / "sub" / "~$lock.docx")
    _touch(tmp_path / "sub" / ".git" / "c.docx")
    return tmp_path


def shown(items) -> list[str]:
    return [i.shown for i in items]


def test_folder_recursive_sorted_skips_hidden_keeps_unsupported(tree: Path, tmp_path: Path) -> None:
    items = expand_inputs(["sub"], tmp_path / "work")
    assert shown(items) == ["sub/a.pdf", "sub/dinkes/b.docx", "sub/notes.xlsx"]
    assert all(i.error is None for i in items)
    assert items[1].folder == "dinkes"


def test_missing_path_is_an_error_item_not_an_abort(tree: Path, tmp_path: Path) -> None:
    items = expand_inputs(["sub/a.pdf", "nope.docx"], tmp_path / "work")
    assert shown(items) == ["nope.docx", "sub/a.pdf"]
    assert items[0].error is not None and items[0].error.code == "file-not-found"
    assert items[0].real is None


def test_quoted_glob_is_expanded_and_duplicates_collapse(tree: Path, tmp_path: Path) -> None:
    items = expand_inputs(["sub/**/*.docx", "sub/dinkes/b.docx", "./sub/a.pdf"], tmp_path / "work")
    assert shown(items) == ["sub/a.pdf", "sub/dinkes/b.docx"]


def test_glob_without_match_is_file_not_found(tree: Path, tmp_path: Path) -> None:
    items = expand_inputs(["sub/*.doc"], tmp_path / "work")
    assert [i.error.code for i in items] == ["file-not-found"]


def _zip(path: Path, members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_zip_members_are_inputs_with_archive_paths_and_first_folder_unit(tmp_path: Path) -> None:
    archive = _zip(
        tmp_path / "kiriman.zip",
        {
            "dinkes/sp.docx": b"docx",
            "root.pdf": b"pdf",
            "__MACOSX/._sp.docx": b"junk",
            "dinsos/": b"",
        },
    )
    work = tmp_path / "work"
    work.mkdir()
    items = expand_inputs([str(archive)], work)
    names = [i.shown.split("!", 1)[1] for i in items]
    assert names == ["dinkes/sp.docx", "root.pdf"]
    assert items[0].shown == f"{archive.as_posix()}!dinkes/sp.docx"
    assert items[0].folder == "dinkes" and items[1].folder == "kiriman"
    assert items[0].real.read_bytes() == b"docx" and items[0].real.suffix == ".docx"
    assert work in items[0].real.parents


def test_zip_traversal_member_stays_inside_private_dir(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../evil.docx", b"payload")
        zf.writestr("/abs/evil2.docx", b"payload2")
    work = tmp_path / "deep" / "work"
    work.mkdir(parents=True)
    items = expand_inputs([str(archive)], work)
    assert len(items) == 2
    for item in items:
        assert item.real is not None and work in item.real.resolve().parents
    # nothing was written next to the work dir or the archive
    assert not (tmp_path / "deep" / "evil.docx").exists()
    assert not (tmp_path / "evil.docx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep", "evil.zip"]


def test_zip_symlink_member_is_skipped(tmp_path: Path) -> None:
    archive = tmp_path / "link.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        info = zipfile.ZipInfo("passwd.docx")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
        zf.writestr("ok.docx", b"ok")
    items = expand_inputs([str(archive)], tmp_path)
    assert [i.shown.rsplit("!", 1)[1] for i in items] == ["ok.docx"]


def test_zip_limits_become_error_rows_naming_the_member(tmp_path: Path) -> None:
    bomb = b"\0" * (3 * 1024 * 1024)  # compresses > 1000:1
    archive = _zip(tmp_path / "bomb.zip", {"a.docx": b"fine", "big.docx": bomb})
    items = expand_inputs([str(archive)], tmp_path)
    by_name = {i.shown.rsplit("!", 1)[1]: i for i in items}
    assert by_name["a.docx"].error is None
    err = by_name["big.docx"].error
    assert err is not None and err.code == "zip-bomb" and err.path.endswith("bomb.zip!big.docx")

    small = ZipLimits(max_member_bytes=10)
    items = expand_inputs([str(_zip(tmp_path / "size.zip", {"x.pdf": b"y" * 11}))], tmp_path, small)
    assert items[0].error.code == "too-large"

    many = _zip(tmp_path / "many.zip", {f"f{i}.docx": b"d" for i in range(5)})
    items = expand_inputs([str(many)], tmp_path, ZipLimits(max_members=3))
    assert [(i.shown, i.error.code) for i in items] == [(many.as_posix(), "zip-bomb")]

    total = _zip(tmp_path / "total.zip", {f"f{i}.docx": b"d" * 10 for i in range(3)})
    items = expand_inputs([str(total)], tmp_path, ZipLimits(max_total_bytes=25))
    assert [i.error.code if i.error else None for i in items] == [None, None, "zip-bomb"]


def test_corrupt_zip_is_an_error_row(tmp_path: Path) -> None:
    bad = _touch(tmp_path / "bad.zip", b"PK not really a zip")
    items = expand_inputs([str(bad)], tmp_path)
    assert len(items) == 1 and items[0].error.code == "unsupported-format"


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_symlinked_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    _touch(outside / "secret.docx")
    inside = tmp_path / "in"
    _touch(inside / "a.docx")
    (inside / "link").symlink_to(outside, target_is_directory=True)
    assert [Path(i.shown).name for i in expand_inputs([str(inside)], tmp_path)] == ["a.docx"]


def test_folder_skips_non_submission_files_and_reports_them(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    _touch(tmp_path / "kiriman" / "sp.docx")
    _touch(tmp_path / "kiriman" / "scan.JPG")  # a scan sent as a picture must still be reported
    _touch(tmp_path / "kiriman" / "README.md")
    _touch(tmp_path / "kiriman" / "generate.py")
    _touch(tmp_path / "catatan.md")  # named explicitly: always an input
    skipped: list[str] = []
    items = expand_inputs(["kiriman", "catatan.md"], tmp_path / "work", skipped=skipped)
    assert shown(items) == ["catatan.md", "kiriman/scan.JPG", "kiriman/sp.docx"]
    assert sorted(skipped) == ["kiriman/README.md", "kiriman/generate.py"]
