"""Evidence that the community took part in drafting the standard (UU 25/2009 Pasal 20)."""

from __future__ import annotations

import re

# canonical phrase -> pattern; reported in order of first appearance
_EVIDENCE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE))
    for name, rx in (
        ("Forum Konsultasi Publik", r"forum\s+konsultasi\s+publik"),
        ("FKP", r"\bFKP\b"),
        ("konsultasi publik", r"(?<!forum\s)konsultasi\s+publik"),
        ("Berita Acara", r"berita\s+acara"),
        ("daftar hadir", r"daftar\s+hadir"),
        ("partisipasi masyarakat", r"partisipasi\s+masyarakat"),
        ("melibatkan masyarakat", r"(?:melibatkan|pelibatan|mengikutsertakan)\s+(?:unsur\s+)?masyarakat"),
        ("tokoh masyarakat", r"tokoh\s+masyarakat"),
        ("akademisi", r"\bakademisi\b"),
        ("lembaga swadaya masyarakat", r"lembaga\s+swadaya\s+masyarakat|\bLSM\b"),
        ("organisasi kemasyarakatan", r"organisasi\s+kemasyarakatan|\bormas\b"),
        ("media massa", r"media\s+massa"),
        ("perwakilan pengguna layanan", r"perwakilan\s+(?:pengguna|masyarakat)"),
    )
)


def participation(text: str) -> tuple[str, ...]:
    hits: list[tuple[int, str]] = []
    for name, rx in _EVIDENCE:
        m = rx.search(text)
        if m:
            hits.append((m.start(), name))
    return tuple(name for _, name in sorted(hits))
