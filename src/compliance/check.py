"""The one entry point every front door calls.

`check_file(path, config)` turns one file into one report-contract document (a JSON-able dict);
it never raises for bad input: errors become data (`status: "error"`). `check(paths, config)`
runs it over many files and assembles the full report.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from compliance.config import Config
from compliance.errors import CheckError


def _sha256(path: Path) -> str | None:
    try:
        h = hashlib.sha256()
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def error_document(path: str, error: CheckError, lang: str, sha256: str | None = None) -> dict:
    """The contract document for a file that could not be checked."""
    return {
        "path": path,
        "sha256": sha256,
        "status": "error",
        "doc_type": "invalid",
        "error": error.to_dict(lang),
        "unit": None,
        "pages": None,
        "maklumat": {"status": "absent", "location": None},
        "services": [],
        "findings": [],
    }


def check_file(path: str | Path, config: Config = Config()) -> dict:
    """Check one file. Pure function of the file's bytes and `config`."""
    from compliance.evaluate import evaluate_document
    from compliance.ingest import load
    from compliance.segment import segment

    shown = str(path)
    p = Path(path)
    sha = _sha256(p) if p.is_file() else None
    try:
        document = load(p, max_bytes=config.max_file_bytes)
        segmentation = segment(document)
        result = evaluate_document(document, segmentation, config)
    except CheckError as e:
        return error_document(shown, e, config.lang, sha)
    except Exception as e:  # a bug must not stop a batch: report it as data
        err = CheckError("internal-error", f"{type(e).__name__}: {e}", shown)
        return error_document(shown, err, config.lang, sha)
    return {"path": shown, "sha256": sha, **result}


def check(paths: list[str | Path], config: Config = Config()) -> dict:
    """Check files in order and return the full report dict (small runs, tests, the web page).
    Large batches go through `compliance.batch`, which streams the same documents."""
    from compliance.report.build import build_report

    return build_report((check_file(p, config) for p in paths), config)
