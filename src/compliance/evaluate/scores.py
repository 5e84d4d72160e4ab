"""Scores: the service score and the PEKPPP "Standar Pelayanan" indicator estimate.

Service score = 100 × (present + ½ × weak) / 14 (rubric "Scores").
PEKPPP indicator 1 (regulations.md §4.3), estimated from the document alone, cumulative:
0 no service; 1 a standard but some component absent in some service; 2 all 14 everywhere;
3 + set by Keputusan/Peraturan; 4 + community involvement; 5 + monitoring/evaluation.
It imitates the official scale and is never an official result (PEKPPP_NOTE says so).
"""

from __future__ import annotations

from collections.abc import Iterable

from compliance.model import COMPONENT_IDS

PEKPPP_NOTE = "estimasi dari dokumen, bukan penilaian resmi"


def service_score(statuses: Iterable[str]) -> float:
    """Score of one service from its 14 component statuses (0..100, one decimal)."""
    counts = list(statuses)
    present = counts.count("present")
    weak = counts.count("weak")
    return round(100 * (present + 0.5 * weak) / len(COMPONENT_IDS), 1)


def pekppp_sp_estimate(
    services: int,
    all_components: bool,
    set_by_decree: bool,
    participation: bool,
    monitoring: bool,
) -> int:
    """The 0..5 estimate; each level needs all the levels below it."""
    if services == 0:
        return 0
    level = 1
    for condition in (all_components, set_by_decree, participation, monitoring):
        if not condition:
            break
        level += 1
    return level
