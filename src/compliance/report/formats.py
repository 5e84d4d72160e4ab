"""Which writer serves which format name and file extension.

Writers are imported on first use: the text report must not pay for openpyxl or Jinja.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import IO, Any

from compliance.report.view import ReportView


@dataclass(frozen=True)
class Format:
    name: str
    module: str  # compliance.report.<module> holds `write(view, out, lang, ...)`
    binary: bool  # True: `out` is a binary stream (xlsx); else a text stream
    extensions: tuple[str, ...]  # longest first where they overlap
    options: tuple[str, ...] = ()  # extra keyword arguments the writer accepts

    def write(self, view: ReportView, out: IO[Any], lang: str = "id", **options: Any) -> None:
        writer = importlib.import_module(f"compliance.report.{self.module}").write
        accepted = {key: value for key, value in options.items() if key in self.options}
        writer(view, out, lang, **accepted)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", "text", False, (".txt",), ("color",)),
        Format("json", "json_out", False, (".json",)),
        Format("csv", "csv_out", False, (".csv",)),
        Format("xlsx", "xlsx", True, (".xlsx",)),
        Format("html", "html", False, (".html", ".htm")),
        Format("sarif", "sarif", False, (".sarif.json", ".sarif"), ("rules_meta",)),
        Format("junit", "junit", False, (".junit.xml", ".xml")),
    )
}
# name -> write(view, out, lang="id", **options); options a writer does not take are ignored,
# so a front door can pass color=… and rules_meta=… to any of them.
WRITERS = {name: f.write for name, f in FORMATS.items()}


def format_for_path(path: str) -> str:
    """The format an output file name asks for ('report.sarif.json' → 'sarif').

    Raises ValueError for an extension no writer handles (the CLI turns it into a usage error).
    """
    lower = str(path).lower()
    candidates = [(ext, f.name) for f in FORMATS.values() for ext in f.extensions]
    for ext, name in sorted(candidates, key=lambda c: -len(c[0])):
        if lower.endswith(ext):
            return name
    known = ", ".join(sorted(ext for ext, _ in candidates))
    raise ValueError(f"unknown report extension for {path!r}; use one of: {known}")


def write_report(
    view: ReportView, path: str, fmt: str | None = None, lang: str = "id", **options: Any
) -> None:
    """Write `view` to the file `path` in `fmt` (default: from the extension)."""
    spec = FORMATS[fmt or format_for_path(path)]
    if spec.binary:
        with open(path, "wb") as out:
            spec.write(view, out, lang, **options)
    else:
        # newline="" keeps the csv module's \r\n intact and writes \n elsewhere on every OS.
        with open(path, "w", encoding="utf-8", newline="") as out:
            spec.write(view, out, lang, **options)
    if spec.name == "csv":
        # CSV holds one table: the per-unit recap goes beside it ("hasil.csv" → "hasil-unit.csv")
        from compliance.report.csv_out import write_units

        with open(units_csv_path(path), "w", encoding="utf-8", newline="") as out:
            write_units(view, out, lang)


def units_csv_path(path: str) -> str:
    base = str(path)
    return (base[:-4] if base.lower().endswith(".csv") else base) + "-unit.csv"
