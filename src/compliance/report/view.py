"""What every writer reads: a `ReportView` over a report, in memory or streamed from JSONL.

A view holds the small parts of a report (tool, rulesets, units, summary, baseline `fixed`
findings) and a *re-iterable* source of documents, so a writer can go document by document and a
batch of 100 000 files never has to sit in memory. Helpers here walk a contract document the
same way for every format (one place decides what "a finding of this document" is).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from compliance.report.i18n import t

SCHEMA_ID = "compliance-report/1"
# Top-level keys in contract order; anything else a report carries is written after them.
TOP_KEYS: tuple[str, ...] = ("schema", "tool", "rulesets", "documents", "units", "summary")


@dataclass(frozen=True)
class ReportView:
    """A report as writers see it. `documents()` may be called more than once."""

    tool: dict
    rulesets: list[dict]
    units: list[dict]
    summary: dict
    source: Callable[[], Iterable[dict]] = field(repr=False)
    lang: str = "id"  # language the report was built in (unknown-unit label, messages)
    extra: dict = field(default_factory=dict)  # other top-level keys, e.g. baseline "fixed"
    # Optional: each document already rendered as the JSON writer prints it (indented, at
    # depth 2), in documents() order. A batch renders them while workers run, so the JSON
    # writer at the end only copies text instead of re-reading and re-encoding every document.
    document_texts: Callable[[], Iterable[str]] | None = field(default=None, repr=False)

    def documents(self) -> Iterator[dict]:
        return iter(self.source())

    @property
    def fixed(self) -> list[dict]:
        """Findings of a baseline that no longer occur (set by the CLI's baseline feature)."""
        return list(self.extra.get("fixed") or [])

    def unit_of(self, document: dict) -> str:
        """The unit group `document` was counted in (same rule as `UnitAggregator`)."""
        return unit_name(document, self.lang)

    def to_dict(self) -> dict:
        """The full contract report (materialises the documents: small runs only)."""
        report = {
            "schema": SCHEMA_ID,
            "tool": self.tool,
            "rulesets": self.rulesets,
            "documents": list(self.documents()),
            "units": self.units,
            "summary": self.summary,
        }
        report.update({k: v for k, v in self.extra.items() if k not in report})
        return report

    @classmethod
    def from_report(cls, report: dict) -> ReportView:
        """A view over an already assembled report dict (e.g. one read back from JSON).
        Its language is the one the report records (default "id"). Raises ValueError when
        `report` is not a compliance report (the front door turns that into a usage error)."""
        missing = [k for k in TOP_KEYS if not isinstance(report, dict) or k not in report]
        if missing or report.get("schema") != SCHEMA_ID:
            found = report.get("schema") if isinstance(report, dict) else type(report).__name__
            raise ValueError(
                f"not a {SCHEMA_ID} report (schema: {found!r}; missing: {', '.join(missing) or '-'})"
            )
        documents = report["documents"]
        lang = report.get("lang", "id")
        return cls(
            tool=report["tool"],
            rulesets=report["rulesets"],
            units=report["units"],
            summary=report["summary"],
            source=lambda: documents,
            lang=lang if lang in ("id", "en") else "id",
            extra={k: v for k, v in report.items() if k not in TOP_KEYS},
        )


def write_text_record(out, text: str) -> None:
    """Append one text record (length line, then the text) to a spool `iter_text_records`
    reads back."""
    out.write(f"{len(text)}\n")
    out.write(text)


def iter_text_records(path: str | Path) -> Iterator[str]:
    """The records `write_text_record` wrote, in order, read lazily (re-callable)."""
    with Path(path).open(encoding="utf-8", newline="") as f:
        while header := f.readline():
            yield f.read(int(header))


def iter_jsonl(path: str | Path) -> Iterator[dict]:
    """Documents from a JSONL file, one per non-empty line, read lazily (re-callable)."""
    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def unit_name(document: dict, lang: str = "id") -> str:
    """The unit a document is grouped under: its `unit` (which the batch sets from the folder
    under `--unit-from folder`), or one group "(unit tidak diketahui)" / "(unknown unit)"."""
    unit = document.get("unit")
    if isinstance(unit, str) and unit.strip():
        return unit.strip()
    return t("unit.unknown", lang)


@dataclass(frozen=True)
class FindingRef:
    """A finding with where it sits in its document."""

    finding: dict
    scope: str  # "document" | "maklumat" | "service"
    service_index: int | None = None  # 1-based, for service findings
    service_name: str | None = None

    @property
    def component(self) -> str | None:
        return self.finding.get("component") or ("maklumat" if self.scope == "maklumat" else None)

    @property
    def location(self) -> dict | None:
        return self.finding.get("location")


def iter_findings(document: dict) -> Iterator[FindingRef]:
    """All findings of a document in reading order: document level, maklumat, then services."""
    for finding in document.get("findings") or []:
        yield FindingRef(finding, "document")
    for finding in (document.get("maklumat") or {}).get("findings") or []:
        yield FindingRef(finding, "maklumat")
    for index, service in enumerate(document.get("services") or [], 1):
        for finding in service.get("findings") or []:
            yield FindingRef(finding, "service", index, service.get("name"))


def component_findings(service: dict, component: str) -> list[dict]:
    """The findings of one service that concern `component`."""
    return [f for f in service.get("findings") or [] if f.get("component") == component]


def is_error(document: dict) -> bool:
    return document.get("status") == "error"
