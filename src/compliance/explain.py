"""`compliance explain FILE`: what ingest read and what segment recognised, for debugging.

When a component is reported absent although "it is right there", this shows whether the text
was read at all (blocks, with kind and location), whether the document was taken for a service
standard (and why), and which heading and content were matched to each component.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from compliance.config import Config
from compliance.model import COMPONENT_IDS, COMPONENT_NAMES, Block, Document, Location, Segmentation

EXCERPT = 80


def _excerpt(text: str | None, width: int = EXCERPT) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _where(location: Location | None) -> str:
    if location is None:
        return "-"
    parts = [
        f"{name}={value}"
        for name, value in (
            ("page", location.page),
            ("table", location.table),
            ("row", location.row),
            ("paragraph", location.paragraph),
        )
        if value is not None
    ]
    return ",".join(parts) or "-"


def _block_line(block: Block) -> str:
    extra = f" level={block.level}" if block.level is not None else ""
    extra += f" label={block.label!r}" if block.label else ""
    extra += f" rows={len(block.rows)}" if block.kind == "table" else ""
    return f"  {block.kind:<10} {_where(block.location):<28} {_excerpt(block.text)!r}{extra}"


def _labels(lang: str) -> dict[str, str]:
    if lang == "en":
        return {
            "ingest": "READ (ingest)",
            "segment": "RECOGNISED (segment)",
            "format": "format",
            "pages": "pages",
            "scanned": "scanned",
            "images": "images",
            "metadata": "metadata",
            "headers": "headers",
            "footers": "footers",
            "blocks": "blocks",
            "doc_type": "document type",
            "reason": "reason",
            "unit": "unit",
            "setting": "setting",
            "services": "services",
            "maklumat": "maklumat",
            "participation": "participation",
            "missing": "(not found)",
            "none": "(none)",
        }
    return {
        "ingest": "DIBACA (ingest)",
        "segment": "DIKENALI (segment)",
        "format": "format",
        "pages": "halaman",
        "scanned": "hasil pindai",
        "images": "gambar",
        "metadata": "metadata",
        "headers": "kepala halaman",
        "footers": "kaki halaman",
        "blocks": "blok",
        "doc_type": "jenis dokumen",
        "reason": "alasan",
        "unit": "unit",
        "setting": "penetapan",
        "services": "layanan",
        "maklumat": "maklumat",
        "participation": "partisipasi",
        "missing": "(tidak ditemukan)",
        "none": "(tidak ada)",
    }


def explain_text(document: Document, segmentation: Segmentation | None, lang: str = "id") -> str:
    """Plain-text explanation of one document (pure)."""
    L = _labels(lang)
    meta = document.metadata
    lines = [
        f"== {L['ingest']}: {document.path}",
        (
            f"{L['format']}: {document.format}  {L['pages']}: {document.pages or '-'}"
            f"  {L['scanned']}: {document.scanned}  {L['images']}: {document.images}"
        ),
        f"{L['metadata']}: title={meta.title!r} author={meta.author!r} created={meta.created} modified={meta.modified}",
        f"{L['headers']}: {[_excerpt(h) for h in document.headers] or L['none']}",
        f"{L['footers']}: {[_excerpt(f) for f in document.footers] or L['none']}",
        f"{L['blocks']} ({len(document.blocks)}):",
    ]
    for block in document.blocks:
        lines.append(_block_line(block))
        # table rows one by one: a component label and its content usually share a row
        lines += [
            f"      {_where(row.location):<34} {_excerpt(' | '.join(row.texts))!r}"
            for row in block.rows
        ]
    if segmentation is not None:
        s = segmentation
        lines += [
            "",
            f"== {L['segment']}",
            f"{L['doc_type']}: {s.doc_type}  ({L['reason']}: {s.reason or '-'})",
            f"{L['unit']}: {s.unit or L['none']}",
        ]
        if s.setting is not None:
            st = s.setting
            lines.append(
                f"{L['setting']}: {st.instrument or '-'} | no={st.number!r} blank={st.number_blank} "
                f"date={st.date} year={st.year} signer={st.signer!r} @ {_where(st.location)}"
            )
        else:
            lines.append(f"{L['setting']}: {L['none']}")
        if s.maklumat is not None:
            lines.append(
                f"{L['maklumat']}: @ {_where(s.maklumat.location)} {_excerpt(s.maklumat.text)!r}"
            )
        else:
            lines.append(f"{L['maklumat']}: {L['missing']}")
        if s.participation:
            lines.append(f"{L['participation']}: {list(s.participation)}")
        lines.append(f"{L['services']} ({len(s.services)}):")
        for i, service in enumerate(s.services, 1):
            lines.append(
                f"  [{i}] {service.name!r} @ {_where(service.location)}  {L['images']}: {service.images}"
            )
            for component in COMPONENT_IDS:
                name = COMPONENT_NAMES[component]["en" if lang == "en" else "id"]
                section = service.components.get(component)
                if section is None:
                    lines.append(f"      {component:<18} {L['missing']}  [{name}]")
                    continue
                lines.append(
                    f"      {component:<18} @ {_where(section.location):<24} "
                    f"heading={section.heading!r} text={_excerpt(section.text, 60)!r}"
                )
    return "\n".join(lines) + "\n"


def _location_dict(location: Location | None) -> dict | None:
    return location.to_dict() if location is not None else None


def explain_dict(document: Document, segmentation: Segmentation | None) -> dict:
    """The same explanation as JSON-able data (for scripts and tests)."""
    out: dict = {
        "path": document.path,
        "format": document.format,
        "pages": document.pages,
        "scanned": document.scanned,
        "images": document.images,
        "metadata": asdict(document.metadata),
        "headers": list(document.headers),
        "footers": list(document.footers),
        "blocks": [
            {
                "kind": b.kind,
                "location": b.location.to_dict(),
                "text": _excerpt(b.text),
                "level": b.level,
                "label": b.label,
            }
            for b in document.blocks
        ],
        "segmentation": None,
    }
    if segmentation is not None:
        s = segmentation
        out["segmentation"] = {
            "doc_type": s.doc_type,
            "reason": s.reason,
            "unit": s.unit,
            "setting": None
            if s.setting is None
            else {
                "instrument": s.setting.instrument,
                "number": s.setting.number,
                "number_blank": s.setting.number_blank,
                "date": s.setting.date,
                "year": s.setting.year,
                "signer": s.setting.signer,
                "location": _location_dict(s.setting.location),
            },
            "maklumat": None
            if s.maklumat is None
            else {
                "location": _location_dict(s.maklumat.location),
                "text": _excerpt(s.maklumat.text),
            },
            "participation": list(s.participation),
            "services": [
                {
                    "name": sv.name,
                    "location": _location_dict(sv.location),
                    "images": sv.images,
                    "components": {
                        c: {
                            "heading": sec.heading,
                            "location": _location_dict(sec.location),
                            "text": _excerpt(sec.text),
                        }
                        for c, sec in sv.components.items()
                    },
                }
                for sv in s.services
            ],
        }
    return out


def _analyse(path: Path, config: Config) -> tuple[Document, Segmentation | None]:
    """Read and segment one file. CheckError (bad input) propagates to the caller."""
    from compliance.ingest import load
    from compliance.segment import segment

    document = load(Path(path), max_bytes=config.max_file_bytes)
    return document, segment(document)


def explain_file(path: Path, config: Config | None = None) -> str:
    config = config or Config()
    document, segmentation = _analyse(path, config)
    return explain_text(document, segmentation, config.lang)


def explain_data(path: Path, config: Config | None = None) -> dict:
    config = config or Config()
    document, segmentation = _analyse(path, config)
    return explain_dict(document, segmentation)
