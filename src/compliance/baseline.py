"""Baselines: report only what is new since a previous JSON report.

A finding's identity is (path, service name, rule, component): it survives edits that move the
finding to another page or row. Identities are counted (a multiset), so two identical findings
in the baseline excuse at most two now. Each current finding gets `"baseline": "new"` or
`"unchanged"`; an error document gets the same key on its `error` (identity: the error code).
Findings of the baseline that no longer occur are `fixed` — only for files checked in this run,
so checking a few changed files (pre-commit) does not call every other file's findings fixed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from compliance.config import ConfigError

Identity = tuple[str, str | None, str | None, str | None]


def document_findings(document: dict) -> Iterator[tuple[str | None, dict]]:
    """(service name, finding) for every finding: document level, maklumat, services."""
    for finding in document.get("findings") or []:
        yield None, finding
    for finding in (document.get("maklumat") or {}).get("findings") or []:
        yield None, finding
    for service in document.get("services") or []:
        for finding in service.get("findings") or []:
            yield service.get("name"), finding


def identities(document: dict) -> Iterator[tuple[Identity, dict]]:
    path = str(document.get("path"))
    if document.get("status") == "error":
        code = (document.get("error") or {}).get("code")
        yield (path, None, f"error:{code}", None), document.get("error") or {}
        return
    for service, finding in document_findings(document):
        component = finding.get("component")
        yield (path, service, finding.get("rule"), component), finding


@dataclass
class Baseline:
    """Known findings of a previous report, consumed as current documents are marked."""

    source: str
    remaining: Counter = field(default_factory=Counter)
    examples: dict[Identity, dict] = field(default_factory=dict)
    checked_paths: set[str] = field(default_factory=set)

    @classmethod
    def from_report(cls, report: dict, source: str = "<baseline>") -> Baseline:
        documents = report.get("documents") if isinstance(report, dict) else None
        if not isinstance(documents, list):
            raise ConfigError(
                source,
                None,
                "bukan laporan JSON compliance (tidak ada 'documents')",
                "not a compliance JSON report (no 'documents')",
            )
        baseline = cls(source)
        for document in documents:
            if not isinstance(document, dict):
                continue
            for identity, finding in identities(document):
                baseline.remaining[identity] += 1
                baseline.examples.setdefault(identity, finding)
        return baseline

    def mark(self, document: dict) -> dict:
        """Label each finding of `document` new/unchanged (in place) and return it."""
        self.checked_paths.add(str(document.get("path")))
        for identity, finding in identities(document):
            if self.remaining[identity] > 0:
                self.remaining[identity] -= 1
                finding["baseline"] = "unchanged"
            else:
                finding["baseline"] = "new"
        return document

    def fixed(self) -> list[dict]:
        """Baseline findings of the checked files that no longer occur, sorted by identity."""
        out = []
        for identity in sorted(self.remaining, key=lambda i: tuple(str(x) for x in i)):
            count = self.remaining[identity]
            path, service, rule, component = identity
            if count <= 0 or path not in self.checked_paths:
                continue
            finding = {k: v for k, v in self.examples[identity].items() if k != "baseline"}
            entry = {
                **finding,
                "path": path,
                "service": service,
                "rule": rule,
                "component": component,
            }
            out.extend(dict(entry, baseline="fixed") for _ in range(count))
        return out


def load_baseline(path: Path) -> Baseline:
    """Read a previous `--format json` report. Raises ConfigError (exit 2) when unusable."""
    try:
        report = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            str(path), None, "berkas baseline tidak ditemukan", "baseline file not found"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ConfigError(
            str(path),
            None,
            f"baseline bukan JSON yang valid ({e})",
            f"baseline is not valid JSON ({e})",
        ) from None
    return Baseline.from_report(report, str(path))
