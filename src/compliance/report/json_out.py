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


_encode_str = json.encoder.encode_basestring  # the C version when available
_float_repr = float.__repr__
_int_repr = int.__repr__


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return _float_repr(value)


class _Unusual(Exception):
    """A value the fast encoder leaves to `json.dumps` (a non-str key, an unknown type)."""


def _encode(value: object, newline: str, out: list[str]) -> None:
    """Append `value` as indented JSON; `newline` is "\n" plus the current indentation.

    Same bytes as json.dumps(value, ensure_ascii=False, indent=INDENT), without the stdlib's
    generator chain (its indented mode has no C encoder): about 3x faster on report documents,
    which makes the JSON writer no longer the largest cost of a big run."""
    if isinstance(value, str):
        out.append(_encode_str(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + _PAD
        sep = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            out.append(sep)
            out.append(_encode_str(key))
            out.append(": ")
            if type(item) is str:
                out.append(_encode_str(item))
            else:
                _encode(item, inner, out)
            sep = "," + inner
        out.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + _PAD
        sep = "[" + inner
        for item in value:
            out.append(sep)
            if type(item) is str:
                out.append(_encode_str(item))
            else:
                _encode(item, inner, out)
            sep = "," + inner
        out.append(newline + "]")
    elif isinstance(value, int):
        out.append(_int_repr(value))
    elif isinstance(value, float):
        out.append(_float(value))
    else:
        raise _Unusual


_PAD = " " * INDENT


def _dumps(value: object, depth: int) -> str:
    """`value` as indented JSON, shifted right to sit at nesting `depth`."""
    out: list[str] = []
    try:
        _encode(value, "\n" + " " * (INDENT * depth), out)
    except (_Unusual, RecursionError):  # keys to coerce, custom types, errors: the stdlib's way
        text = json.dumps(value, ensure_ascii=False, indent=INDENT)
        return text.replace("\n", "\n" + " " * (INDENT * depth))
    return "".join(out)


def document_text(document: dict) -> str:
    """One document exactly as `write` prints it inside "documents" (see
    `ReportView.document_texts`)."""
    return _dumps(document, 2)


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
    if view.document_texts is not None:
        texts = view.document_texts()
    else:
        texts = (document_text(document) for document in view.documents())
    for text in texts:
        out.write("\n" if first else ",\n")
        out.write(pad * 2 + text)
        first = False
    out.write("]" if first else f"\n{pad}]")
    tail = {"units": view.units, "summary": view.summary}
    tail.update({k: v for k, v in view.extra.items() if k not in tail and k not in head})
    out.writelines(
        f",\n{pad}{json.dumps(key, ensure_ascii=False)}: {_dumps(value, 1)}"
        for key, value in tail.items()
    )
    out.write("\n}\n")
