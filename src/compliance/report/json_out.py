"""The contract JSON (`compliance-report/1`), written document by document.

Keys come in contract order; the output is byte-for-byte what `json.dumps(report, indent=2,
ensure_ascii=False)` gives for the same report, without holding all documents in memory.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TextIO

from compliance.report.i18n import check_lang
from compliance.report.view import SCHEMA_ID, ReportView

INDENT = 2


def load_schema() -> dict:
    """The JSON Schema (draft 2020-12) of the report contract shipped with the package."""
    path = resources.files("compliance") / "schemas" / "report-v1.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _dumps(value: object, depth: int) -> str:
    """`value` as indented JSON, shifted right to sit at nesting `depth`."""
    text = json.dumps(value, ensure_ascii=False, indent=INDENT)
    return text.replace("\n", "\n" + " " * (INDENT * depth))


def write(view: ReportView, out: TextIO, lang: str = "id") -> None:
    """Write the report as JSON. `lang` is accepted for a uniform writer signature: messages are
    already in the language the report was built in, and JSON keys are never translated."""
    check_lang(lang)
    pad = " " * INDENT
    head = {"schema": SCHEMA_ID, "tool": view.tool, "rulesets": view.rulesets}
    out.write("{\n")
    out.writelines(f"{pad}{json.dumps(key)}: {_dumps(value, 1)},\n" for key, value in head.items())
    out.write(f'{pad}"documents": [')
    first = True
    for document in view.documents():
        out.write("\n" if first else ",\n")
        out.write(pad * 2 + _dumps(document, 2))
        first = False
    out.write("]" if first else f"\n{pad}]")
    tail = {"units": view.units, "summary": view.summary}
    tail.update({k: v for k, v in view.extra.items() if k not in tail and k not in head})
    out.writelines(
        f",\n{pad}{json.dumps(key, ensure_ascii=False)}: {_dumps(value, 1)}"
        for key, value in tail.items()
    )
    out.write("\n}\n")
