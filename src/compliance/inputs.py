"""Turning command-line arguments into the list of files a batch checks.

An argument may be a file, a folder (walked recursively), a glob (expanded here, so quoted globs
and Windows shells work) or a `.zip` archive of submissions. Every input ends up as exactly one
`InputFile`; what cannot be read becomes an input that carries its `CheckError`, so it shows up
as an error row in the report instead of silently vanishing.

Decisions (documented in docs/cli.md):
- a folder contributes every regular, non-hidden file under it (names starting with "." or
  Word's lock files "~$..."; hidden folders are not entered) that could be a submission: office
  documents, PDFs, images, archives and files without an extension, so a stray .doc, .xlsx or
  scanned .jpg is reported as unsupported rather than ignored. Files that cannot be a submission
  (.md, .py, .yaml, .json, .csv, .txt, .html ...) are skipped and counted, and the CLI says how
  many it skipped; a file named explicitly is always checked;
- a zip archive is opened, never trusted: each member is copied to a private temporary folder
  under a generated name (the member name is never used as a path, so "../evil.docx" cannot
  escape), symlink members are skipped, and member count, total size, per-member size and
  compression ratio are limited; a member over a limit is an error row naming the member;
- an archive inside an archive is not opened (it is checked as a file: unsupported format).
Results are sorted by the path shown to the user and de-duplicated.
"""

from __future__ import annotations

import glob
import os
import stat
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from compliance.errors import CheckError

GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class ZipLimits:
    """Limits that keep a hostile archive from exhausting disk, memory or time."""

    max_members: int = 10_000
    max_total_bytes: int = 2 * 1024**3  # uncompressed, over all members taken
    max_member_bytes: int = 100 * 1024**2
    max_ratio: float = 200.0  # uncompressed / compressed, for members above `ratio_floor`
    ratio_floor: int = 1024**2  # small members may compress well (XML) without being bombs


@dataclass(frozen=True)
class InputFile:
    """One input of a batch.

    shown: the path as the user sees it ("sub/a.docx", "arsip.zip!dinkes/a.docx").
    real: where the bytes are on disk (a temporary copy for archive members); None on error.
    folder: the unit name that `--unit-from folder` uses (parent folder, or the first folder
    inside an archive).
    error: set when the input could not even be opened (missing path, bad archive member).
    """

    shown: str
    real: Path | None
    folder: str | None = None
    error: CheckError | None = None


def _is_hidden(name: str) -> bool:
    return name.startswith((".", "~$"))


# What a submission folder may hold: documents (checked or reported as unsupported), images
# (scans sent as pictures) and archives. Anything else under a folder is not a submission.
SUBMISSION_SUFFIXES = frozenset(
    ".docx .docm .dotx .dotm .doc .dot .odt .ott .rtf .wpd .pdf .xlsx .xls .ods .pptx .ppt .odp"
    " .jpg .jpeg .png .tif .tiff .gif .bmp .webp .heic .zip".split()
)


def _walk(folder: Path, skipped: list[str] | None) -> Iterator[Path]:
    """Regular non-hidden submission files under `folder`, without following symlinked folders.
    Other files are appended to `skipped` (when given) so the caller can say so."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for name in sorted(files):
            p = Path(root, name)
            if _is_hidden(name) or not p.is_file():
                continue
            if p.suffix and p.suffix.lower() not in SUBMISSION_SUFFIXES:
                if skipped is not None:
                    skipped.append(_shown(p))
                continue
            yield p


def _folder_of(path: Path) -> str | None:
    return path.resolve().parent.name or None


def _shown(path: Path) -> str:
    return path.as_posix()


def _zip_unsafe(info: zipfile.ZipInfo) -> bool:
    """A symlink member (Unix mode in the high bits of external_attr)."""
    return stat.S_ISLNK(info.external_attr >> 16)


def _copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, limit: int) -> int:
    """Copy one member, stopping at `limit` bytes whatever the header claims. Returns bytes."""
    written = 0
    with zf.open(info) as src, target.open("wb") as dst:
        while chunk := src.read(1 << 20):
            written += len(chunk)
            if written > limit:
                raise CheckError("zip-bomb", f"isi melebihi {limit} bita")
            dst.write(chunk)
    return written


def expand_zip(
    archive: Path, shown: str, workdir: Path, limits: ZipLimits = ZipLimits()
) -> list[InputFile]:
    """The members of one archive as inputs, copied under `workdir` (which must be private)."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        err = CheckError("unsupported-format", f"arsip .zip rusak: {e}", shown)
        return [InputFile(shown, None, _folder_of(archive), err)]
    out: list[InputFile] = []
    with zf:
        members = [i for i in zf.infolist() if not i.is_dir()]
        if len(members) > limits.max_members:
            detail = f"{len(members)} berkas di dalam arsip, batas {limits.max_members}"
            return [
                InputFile(shown, None, _folder_of(archive), CheckError("zip-bomb", detail, shown))
            ]
        total = 0
        dest_root = Path(tempfile.mkdtemp(prefix="zip-", dir=workdir))
        for index, info in enumerate(members):
            name = info.filename.replace("\\", "/")
            parts = [p for p in PurePosixPath(name).parts if p not in ("/", "")]
            if (
                _zip_unsafe(info)
                or not parts
                or any(_is_hidden(p) for p in parts if p not in ("..", "."))
            ):
                continue  # symlinks, hidden files and macOS resource forks (__MACOSX/._x)
            if parts[0] == "__MACOSX":
                continue
            member_shown = f"{shown}!{name}"
            # first real folder inside the archive, else the archive's own name
            folders = [p for p in parts[:-1] if p not in ("..", ".")]
            unit = folders[0] if folders else Path(archive).stem
            err: CheckError | None = None
            if info.file_size > limits.max_member_bytes:
                err = CheckError("too-large", f"{info.file_size} bita", member_shown)
            elif info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                ratio = info.file_size / max(info.compress_size, 1)
                err = CheckError("zip-bomb", f"rasio kompresi {ratio:.0f}:1", member_shown)
            elif total + info.file_size > limits.max_total_bytes:
                err = CheckError(
                    "zip-bomb",
                    f"total isi arsip melebihi {limits.max_total_bytes} bita",
                    member_shown,
                )
            if err is not None:
                out.append(InputFile(member_shown, None, unit, err))
                continue
            # generated name, the member's extension kept so the format can be recognised
            target_dir = dest_root / str(index)
            target_dir.mkdir(parents=True, exist_ok=True)
            suffix = PurePosixPath(parts[-1]).suffix[:16]
            target = target_dir / f"member{suffix}"
            try:
                total += _copy_member(
                    zf, info, target, min(limits.max_member_bytes, info.file_size)
                )
            except CheckError as e:
                out.append(
                    InputFile(member_shown, None, unit, CheckError(e.code, e.detail, member_shown))
                )
                continue
            except (
                zipfile.BadZipFile,
                OSError,
                ValueError,
                NotImplementedError,
                EOFError,
                RuntimeError,
            ) as e:  # RuntimeError: encrypted member
                detail = f"anggota arsip tidak dapat dibaca: {type(e).__name__}: {e}"
                out.append(
                    InputFile(
                        member_shown,
                        None,
                        unit,
                        CheckError("unsupported-format", detail, member_shown),
                    )
                )
                continue
            out.append(InputFile(member_shown, target, unit))
    return out


def _expand_one(
    arg: str, workdir: Path, limits: ZipLimits, skipped: list[str] | None = None
) -> Iterator[InputFile]:
    path = Path(arg)
    if not path.exists() and GLOB_CHARS & set(arg):
        # glob already skips dot files; Word's lock files (~$x.docx) are skipped here too
        matches = sorted(m for m in glob.glob(arg, recursive=True) if not _is_hidden(Path(m).name))
        if matches:
            for m in matches:
                yield from _expand_one(m, workdir, limits, skipped)
            return
    if path.is_dir():
        for p in _walk(path, skipped):
            yield from _file_input(p, workdir, limits)
        return
    if path.is_file():
        yield from _file_input(path, workdir, limits)
        return
    shown = _shown(path)
    yield InputFile(shown, None, None, CheckError("file-not-found", shown, shown))


def _file_input(path: Path, workdir: Path, limits: ZipLimits) -> Iterator[InputFile]:
    if path.suffix.lower() == ".zip":
        yield from expand_zip(path, _shown(path), workdir, limits)
    else:
        yield InputFile(_shown(path), path, _folder_of(path))


def expand_inputs(
    args: Iterable[str],
    workdir: Path,
    limits: ZipLimits = ZipLimits(),
    skipped: list[str] | None = None,
) -> list[InputFile]:
    """All inputs named by `args`, sorted by shown path, each path once.

    `workdir` is a private temporary folder that receives archive members; the caller owns it
    and removes it after the batch. Non-submission files met in folders go to `skipped`.
    """
    seen: dict[str, InputFile] = {}
    for arg in args:
        for item in _expand_one(arg, workdir, limits, skipped):
            seen.setdefault(item.shown, item)
    return [seen[k] for k in sorted(seen)]
