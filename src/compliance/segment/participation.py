"""Evidence that the community took part in drafting the standard (UU 25/2009 Pasal 20)."""

from __future__ import annotations

import re

# canonical phrase -> (a word that must occur, pattern over the lower-cased text).
# The trigger word keeps this cheap: most documents mention few of these at all.
_EVIDENCE: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, trigger, re.compile(rx))
    for name, trigger, rx in (
        ("Forum Konsultasi Publik", "konsultasi", r"forum\s+konsultasi\s+publik"),
        ("FKP", "fkp", r"\bfkp\b"),
        ("konsultasi publik", "konsultasi", r"(?<!forum\s)konsultasi\s+publik"),
        ("Berita Acara", "acara", r"berita\s+acara"),
        ("daftar hadir", "hadir", r"daftar\s+hadir"),
        ("partisipasi masyarakat", "partisipasi", r"partisipasi\s+masyarakat"),
        ("melibatkan masyarakat", "masyarakat",
         r"(?:melibatkan|pelibatan|mengikutsertakan)\s+(?:unsur\s+)?masyarakat"),
        ("tokoh masyarakat", "tokoh", r"tokoh\s+masyarakat"),
        ("akademisi", "akademisi", r"\bakademisi\b"),
        ("lembaga swadaya masyarakat", "swadaya|lsm", r"lembaga\s+swadaya\s+masyarakat|\blsm\b"),
        ("organisasi kemasyarakatan", "ormas|kemasyarakatan",
         r"organisasi\s+kemasyarakatan|\bormas\b"),
        ("media massa", "massa", r"media\s+massa"),
        ("perwakilan pengguna layanan", "perwakilan", r"perwakilan\s+(?:pengguna|masyarakat)"),
    )
)


def participation(text: str) -> tuple[str, ...]:
    """The evidence phrases seen, each once, in order of first appearance."""
    lower = text.lower()
    hits: list[tuple[int, str]] = []
    for name, trigger, rx in _EVIDENCE:
        if not any(t in lower for t in trigger.split("|")):
            continue
        m = rx.search(lower)
        if m:
            hits.append((m.start(), name))
    return tuple(name for _, name in sorted(hits))
