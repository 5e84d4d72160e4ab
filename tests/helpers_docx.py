"""Builders for .docx test files: python-docx for the ordinary parts, small readable XML snippets
for what python-docx cannot write (list definitions, tracked changes, text boxes, content
controls, merged cells), and zip surgery for damaged or hostile packages."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.text.paragraph import Paragraph

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def xml(fragment: str):
    """Parse one element written with the usual prefixes (w:, mc:, wps:, v:, a:, wp:)."""
    # Insert the namespace declarations into the fragment's first start tag.
    head, sep, rest = fragment.strip().partition(">")
    closing = "/" if head.endswith("/") else ""
    head = head[:-1] if closing else head
    return parse_xml(f"{head} {NS}{closing}{sep}{rest}")


def build(path: Path, fill: Callable[[DocxDocument], None]) -> Path:
    """A .docx at `path` made by `fill(document)`."""
    d = docx.Document()
    fill(d)
    d.save(path)
    return path


def body_append(d: DocxDocument, fragment: str) -> None:
    """Append a raw block element (w:p, w:tbl, w:sdt) to the body, before the final sectPr."""
    d.element.body.sectPr.addprevious(xml(fragment))


def para_append(p: Paragraph, fragment: str) -> None:
    """Append raw inline content (a run, w:ins, w:del, w:sdt...) to a paragraph."""
    p._p.append(xml(fragment))


# ---- lists -------------------------------------------------------------------------------


def define_list(
    d: DocxDocument,
    levels: list[tuple[str, str]],
    *,
    starts: dict[int, int] | None = None,
    abstract: int | None = None,
    start_override: dict[int, int] | None = None,
) -> int:
    """Add a list definition with `levels` [(numFmt, lvlText), ...] (or reuse `abstract`)
    and a list instance for it; returns the numId. `start_override` adds w:lvlOverride."""
    numbering = d.part.numbering_part.element
    if abstract is None:
        abstract = 900 + len(numbering.findall(f"{{{W}}}abstractNum"))
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="{(starts or {}).get(i, 1)}"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text) in enumerate(levels)
        )
        first_num = numbering.find(f"{{{W}}}num")
        node = xml(f'<w:abstractNum w:abstractNumId="{abstract}">{lvls}</w:abstractNum>')
        if first_num is not None:
            first_num.addprevious(node)  # schema order: abstractNum before num
        else:
            numbering.append(node)
    num_id = 900 + len(numbering.findall(f"{{{W}}}num"))
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
        for i, v in (start_override or {}).items()
    )
    numbering.append(
        xml(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{overrides}</w:num>')
    )
    return num_id


def abstract_of(d: DocxDocument, num_id: int) -> int:
    numbering = d.part.numbering_part.element
    for num in numbering.findall(f"{{{W}}}num"):
        if num.get(f"{{{W}}}numId") == str(num_id):
            return int(num.find(f"{{{W}}}abstractNumId").get(f"{{{W}}}val"))
    raise KeyError(num_id)


def numbered(container, text: str, num_id: int, ilvl: int = 0) -> Paragraph:
    """A paragraph in `container` (document or cell) numbered by list `num_id` at `ilvl`."""
    p = container.add_paragraph(text)
    p._p.get_or_add_pPr().append(
        xml(f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return p


# ---- zip surgery -------------------------------------------------------------------------


def rewrite_zip(
    src: Path,
    dst: Path,
    replace: dict[str, bytes | None] | None = None,
    add: dict[str, bytes] | None = None,
) -> Path:
    """Copy a zip, replacing members (None drops one) and adding others."""
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in replace:
                data = replace[info.filename]
                if data is not None:
                    zout.writestr(info.filename, data)
            else:
                zout.writestr(info, zin.read(info.filename))
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return dst


def member(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name)
