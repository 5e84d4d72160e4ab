"""A per-file result cache: unchanged file + unchanged configuration and rules = same document.

Key = sha256(file bytes) + a fingerprint of everything else a result depends on: the Config
fields that change judgements or messages, the content of every rule file (built-in packs and
`--rules` folders), and the tool itself (version + a hash of the installed package files, so a
development checkout never serves stale results). Value = the contract document as JSON, its
`path` replaced on read (the same bytes may sit under another name).

One file per key under a two-level fan-out (ab/cd/abcd….json), written to a temporary file and
renamed (atomic on POSIX and Windows), so concurrent runs sharing a cache never read half a file.
A corrupt or unreadable entry is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import compliance
from compliance.config import Config

# Errors that say nothing about the file's bytes: retrying may succeed, so never cache them.
TRANSIENT_ERRORS = frozenset({"timeout", "internal-error"})


def default_cache_dir() -> Path:
    """$XDG_CACHE_HOME/compliance, %LOCALAPPDATA%\\compliance\\cache, or ~/.cache/compliance."""
    if base := os.environ.get("XDG_CACHE_HOME"):
        return Path(base) / "compliance"
    if os.name == "nt" and (base := os.environ.get("LOCALAPPDATA")):
        return Path(base) / "compliance" / "cache"
    return Path.home() / ".cache" / "compliance"


def file_sha256(path: Path) -> str | None:
    try:
        h = hashlib.sha256()
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def _hash_tree(h: hashlib._Hash, root: Path) -> None:
    """Feed every regular file under `root` (relative name + bytes) into `h`, in sorted order."""
    if not root.is_dir():
        h.update(f"missing:{root}".encode())
        return
    for p in sorted(root.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc":
            h.update(p.relative_to(root).as_posix().encode() + b"\0")
            h.update(p.read_bytes())


@lru_cache(maxsize=1)
def _package_hash() -> str:
    """The installed package's files (code + built-in rule packs + templates)."""
    h = hashlib.sha256()
    _hash_tree(h, Path(compliance.__file__).parent)
    return h.hexdigest()


def _builtin_rule_roots() -> list[Path]:
    """Built-in rule packs that live outside the package folder (a source checkout's rules/)."""
    repo_rules = Path(compliance.__file__).resolve().parents[2] / "rules"
    return [repo_rules] if repo_rules.is_dir() else []


def config_fingerprint(config: Config) -> str:
    """Everything besides the file's bytes that a document depends on."""
    h = hashlib.sha256()
    settings = {
        "tool": compliance.__version__,
        "lang": config.lang,
        "packs": list(config.packs),
        "disabled": sorted(config.disabled),
        "severities": sorted(config.severities),
        "max_file_bytes": config.max_file_bytes,
        "reference_date": config.reference_date().isoformat(),  # age-of-standard rules
        "rule_dirs": [str(Path(d).resolve()) for d in config.rule_dirs],
    }
    h.update(json.dumps(settings, sort_keys=True).encode())
    h.update(_package_hash().encode())
    for root in [*_builtin_rule_roots(), *(Path(d) for d in config.rule_dirs)]:
        _hash_tree(h, root)
    return h.hexdigest()


def cacheable(document: dict) -> bool:
    if document.get("status") != "error":
        return True
    return (document.get("error") or {}).get("code") not in TRANSIENT_ERRORS


class ResultCache:
    """Documents by (file sha256, configuration fingerprint). Counts hits and misses."""

    def __init__(self, root: Path, fingerprint: str) -> None:
        self.root = Path(root)
        self.fingerprint = fingerprint
        self.hits = 0
        self.misses = 0
        self.stores = 0

    @classmethod
    def for_config(cls, root: Path, config: Config) -> ResultCache:
        return cls(root, config_fingerprint(config))

    def _entry(self, sha256: str) -> Path:
        key = hashlib.sha256(f"{sha256}:{self.fingerprint}".encode()).hexdigest()
        return self.root / key[:2] / key[2:4] / f"{key}.json"

    def get(self, sha256: str | None, shown_path: str) -> dict | None:
        if sha256 is None:
            self.misses += 1
            return None
        try:
            document = json.loads(self._entry(sha256).read_text(encoding="utf-8"))
            if not isinstance(document, dict) or document.get("sha256") != sha256:
                raise ValueError("not a document for these bytes")
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        document["path"] = shown_path
        return document

    def put(self, sha256: str | None, document: dict) -> None:
        """Store `document` unless it is a transient error. Write failures are ignored: a
        cache that cannot be written only makes the next run slower."""
        if sha256 is None or document.get("sha256") != sha256 or not cacheable(document):
            return
        entry = self._entry(sha256)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(document, f, ensure_ascii=False)
                os.replace(tmp, entry)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return
        self.stores += 1
