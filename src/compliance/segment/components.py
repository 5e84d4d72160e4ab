"""Component sections as found, and how duplicates within one service are resolved."""

from __future__ import annotations

from dataclasses import dataclass, field

from compliance.model import ComponentSection, Location


@dataclass
class Found:
    """A component label and the content gathered under it so far (mutable while walking)."""

    component: str
    heading: str
    location: Location
    tier: int
    style: tuple[str | None, int | None, str] | None = None  # (number style, level, kind)
    items: list[str] = field(default_factory=list)
    kind: str = "line"  # "line" or "row"
    block: int = -1  # index of the block holding the label
    number: int | None = None  # ordinal of the label's list marker ("C." -> 3)

    def add(self, lines: tuple[str, ...] | list[str]) -> None:
        self.items.extend(ln for ln in lines if ln.strip())


def resolve(found: list[Found]) -> dict[str, ComponentSection]:
    """One ComponentSection per component, in statutory order of first appearance.

    A component found under several labels keeps only the labels of its highest tier: a
    "Jangka Waktu Penyelesaian" row replaces a "Waktu Pelayanan" row holding office hours.
    Labels of the same tier ("Persyaratan Umum", "Persyaratan Khusus") are merged in order.
    """
    by_component: dict[str, list[Found]] = {}
    for f in found:
        by_component.setdefault(f.component, []).append(f)
    out: dict[str, ComponentSection] = {}
    for component, candidates in by_component.items():
        top = max(c.tier for c in candidates)
        kept = [c for c in candidates if c.tier == top]
        items = tuple(item.strip() for c in kept for item in c.items)
        first = kept[0]
        out[component] = ComponentSection(
            component=component,
            heading=first.heading,
            text="\n".join(items),
            location=first.location,
            items=items,
        )
    return out
