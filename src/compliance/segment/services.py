"""One pass over the reading units: services, their component sections, and the maklumat.

Rules, in the order they are tried on each unit:
- a service title starts a new service: "1. STANDAR PELAYANAN PENERBITAN KK" (the name without
  "STANDAR PELAYANAN" and "PADA <unit>"), "I. JENIS PELAYANAN : …" / "Nama Layanan : …", a
  numbered capitalised line directly followed by components, a full-width title row before a
  table starts over; a "Jenis Pelayanan | X" row names the service of its own table;
- "Menimbang"/"Mengingat" start the Keputusan preamble, whose "Dasar Hukum"-like lists are not
  components, until "MEMUTUSKAN"/"Menetapkan"/"LAMPIRAN" (or a heading / group heading);
- a Maklumat Pelayanan heading collects the maklumat up to its signature (NIP) or the next
  section; a "Maklumat Pelayanan" table row is the maklumat too;
- a sub-table heading ("A. … SERVICE DELIVERY"), a signature/date line or an extra label (Visi,
  Motto, …) closes the open section;
- a component label (table row label, heading, list item, "Label : value") opens a section.
  In a list, a line numbered in another style than the open section's heading ("3. Pengaduan"
  under "C. Prosedur"), or continuing the content's own numbering ("4." after content "3."
  when the headings are at "2."), is content, not a heading; Word headings always count;
- anything else is content of the open section.
When a service that already has ≥ 4 components meets again one of its first two components, a
new service begins (documents that repeat the table per service without a title line), named
by the short title-like line just before it, if any.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from compliance.model import COMPONENT_IDS, ComponentSection, Location, ServiceSection
from compliance.segment import cues
from compliance.segment.components import Found, resolve
from compliance.segment.labels import LabelMatch, match_label
from compliance.segment.text import is_toc_entry, number_style, number_value, same_family
from compliance.segment.units import Unit, split_label

_COMPONENTS = frozenset(COMPONENT_IDS)
_MAX_HEADING_WORDS = 10


@dataclass
class _Service:
    name: str | None
    location: Location | None
    titled: bool
    found: list[Found] = field(default_factory=list)
    blocks: set[int] = field(default_factory=set)

    def components_in_order(self) -> list[str]:
        seen: list[str] = []
        for f in self.found:
            if f.component not in seen:
                seen.append(f.component)
        return seen


@dataclass(frozen=True)
class Walk:
    services: tuple[ServiceSection, ...]
    maklumat: ComponentSection | None
    service_blocks: tuple[frozenset[int], ...]  # the blocks each service was read from
    first_label_block: int | None  # the block of the first component label of any service


class _Walker:
    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self.services: list[_Service] = []
        self.current: _Service | None = None
        self.open: Found | None = None
        self.mode = "normal"  # normal | preamble | maklumat | appendix
        self.maklumat: Found | None = None
        self.maklumat_done = False
        self.pending_name: str | None = None  # a short line that may name the next service
        self.last_content_style: str | None = None  # list style of the last content line
        self.last_content_number: int | None = None  # and its number ("2." -> 2, "b." -> 2)

    # ---- helpers --------------------------------------------------------------------------
    def close(self) -> None:
        self.open = None

    def start_service(self, name: str | None, location: Location | None, titled: bool) -> _Service:
        self.close()
        svc = self.current = _Service(name or None, location, titled)
        self.services.append(svc)
        self.pending_name = None
        return svc

    def open_section(self, unit: Unit, component: str, heading: str, tier: int) -> Found:
        svc = self.current
        if svc is None:
            svc = self.start_service(None, unit.location, titled=False)
        else:
            order = svc.components_in_order()
            last = svc.found[-1].component if svc.found else None
            if len(order) >= 4 and component in order[:2] and last != component:
                svc = self.start_service(self.pending_name, unit.location, titled=False)
        style = (number_style(unit.number), unit.level, unit.block_kind)
        found = Found(
            component, heading, unit.location, tier, style, kind=unit.kind, block=unit.block,
            number=number_value(unit.number),
        )
        svc.found.append(found)
        svc.blocks.add(unit.block)
        if svc.location is None:
            svc.location = unit.location
        self.open = found
        self.pending_name = None
        self.last_content_style = None
        self.last_content_number = None
        return found

    def append(self, lines: list[str] | tuple[str, ...], unit: Unit) -> None:
        if self.open is not None:
            self.open.add(lines)
            if self.current is not None:
                self.current.blocks.add(unit.block)

    def next_unit(self, i: int) -> Unit | None:
        return self.units[i + 1] if i + 1 < len(self.units) else None

    # ---- titles -----------------------------------------------------------------------------
    def title_name(self, i: int, unit: Unit) -> str | None:
        body = unit.body
        if unit.kind != "line" or not body or cues.is_group_heading(body):
            return None
        name = cues.jenis_title_name(body)
        if name:
            return name
        name = cues.sp_title_name(body)
        if name is not None:
            set_apart = unit.number or cues.mostly_upper(body) or unit.block_kind == "heading"
            # a mixed-case line may still be a title, but not inside a component's content
            if not set_apart and (self.open is not None or body.endswith(".")):
                return None
            if name:
                return name
            nxt = self.next_unit(i)
            if (
                nxt is not None
                and nxt.kind == "line"
                and cues.is_title_like(nxt.body, nxt.number, nxt.block_kind)
                and not cues.is_unit_line(nxt.body)
                and not nxt.body.lower().startswith(("pada ", "tahun", "nomor", "di "))
                and match_label(nxt.body) is None
                and not cues.is_group_heading(nxt.body)
            ):
                return cues.tidy_name(nxt.body)
            return None
        # a numbered capitalised line directly followed by components
        style = number_style(unit.number)
        if (
            style in ("digit", "roman-upper", "upper")
            and len(body.split()) >= 2
            and not (
                self.open is not None
                and (not self.open.items or self.last_content_style == style)
            )
            and cues.is_title_like(body, unit.number, unit.block_kind)
        ):
            if match_label(body) is not None or cues.is_closer(body) or cues.is_unit_line(body):
                return None
            nxt = self.next_unit(i)
            if nxt is None:
                return None
            if nxt.kind == "row" and not nxt.header and _component_of(nxt) is None:
                return None
            if nxt.kind == "line" and not cues.is_group_heading(nxt.body):
                m, _, _ = split_label(nxt.body)
                if m is None or m.key not in _COMPONENTS or number_style(nxt.number) == style:
                    return None
            return cues.tidy_name(body)
        # a full-width title row inside a table, before the table starts over with components
        # the current service already has
        nxt = self.next_unit(i)
        if (
            unit.block_kind == "table"
            and nxt is not None
            and nxt.kind == "row"
            and nxt.block == unit.block
            and self.current is not None
            and _component_of(nxt) in self.current.components_in_order()
            and cues.is_title_like(body, unit.number, unit.block_kind)
            and match_label(body) is None
            and not cues.is_closer(body)
        ):
            return cues.tidy_name(body)
        return None

    # ---- line headings ----------------------------------------------------------------------
    def line_heading(self, unit: Unit) -> tuple[str, str, tuple[str, ...], int] | None:
        m, heading, inline = split_label(unit.body)
        if m is None or m.key not in _COMPONENTS:
            return None
        if len(heading.split()) > _MAX_HEADING_WORDS:
            return None
        cur = self.open
        if cur is not None and cur.kind == "line" and unit.block_kind != "heading":
            style = (number_style(unit.number), unit.level, unit.block_kind)
            # an unnumbered "Biaya : Gratis" after lettered headings still counts, but not a
            # generic "Waktu : 08.00" inside a procedure
            colon_label = style[0] is None and ":" in unit.body and m.tier == 2
            # "4. Pengaduan" right after content items "1."–"3." continues that list, unless
            # it is also the next heading number (then it stays ambiguous and counts as heading)
            value = number_value(unit.number)
            if (
                ":" not in unit.body
                and self.last_content_number is not None
                and same_family(style[0], self.last_content_style)
                and value == self.last_content_number + 1
                and value != (cur.number or 0) + 1
            ):
                return None
            if (
                cur.style is not None
                and not same_family(style[0], cur.style[0])
                and not colon_label
            ):
                return None
            if (
                cur.style is not None
                and style[1] is not None
                and cur.style[1] is not None
                and style[1] > cur.style[1]
            ):
                return None
        return m.key, heading, inline, m.tier

    # ---- main loop --------------------------------------------------------------------------
    def run(self) -> None:
        for i, unit in enumerate(self.units):
            if unit.kind == "row":
                self.row(unit)
            else:
                self.line(i, unit)

    def line(self, i: int, unit: Unit) -> None:
        body = unit.body
        if is_toc_entry(body):
            return
        if self.open is not None and self.open.kind == "row" and unit.block != self.open.block:
            self.close()  # a labelled table's last row does not run on into the text after it
        if cues.is_appendix_start(body):
            # an SOP appended after the standard has its own "Dasar Hukum", "Kualifikasi
            # Pelaksana": not a service; skipped up to the next service title
            self.close()
            self.end_maklumat()
            self.mode = "appendix"
            return
        name = self.title_name(i, unit)
        if name:
            self.end_maklumat()
            self.mode = "normal"
            self.start_service(name, unit.location, titled=True).blocks.add(unit.block)
            return
        if self.mode == "appendix":
            return
        if self.mode == "maklumat":
            if self.ends_maklumat(unit):
                self.end_maklumat()
            else:
                assert self.maklumat is not None
                self.maklumat.add([unit.text])
                if cues.is_signature_end(body):
                    self.end_maklumat()
                return
        if cues.is_preamble_start(body):
            self.close()
            self.mode = "preamble"
            return
        if self.mode == "preamble":
            # ends at MEMUTUSKAN/Menetapkan/LAMPIRAN, or at what can only be the standard itself
            if cues.is_preamble_end(body):
                self.mode = "normal"
            elif unit.block_kind == "heading" or cues.is_group_heading(body):
                self.mode = "normal"
            else:
                return
        m, heading, inline = split_label(body)
        first_maklumat = not self.maklumat_done and self.maklumat is None
        if m is None and cues.is_maklumat_title(body):
            # "MAKLUMAT PELAYANAN KECAMATAN KLOJEN": the heading with the unit's name after it
            m, heading, inline = LabelMatch("maklumat", 1), body, ()
        if m is not None and m.key == "maklumat" and first_maklumat:
            if len(heading.split()) <= 10:
                self.close()
                self.maklumat = Found("maklumat", heading, unit.location, 2, kind="line")
                self.maklumat.add(inline)
                self.mode = "maklumat"
                return
        if cues.is_group_heading(body) or cues.is_closer(body):
            self.close()
            return
        if m is not None and m.key in ("extra", "service_name") and len(heading.split()) <= 6:
            self.close()
            return
        found = self.line_heading(unit)
        if found is not None:
            component, heading, inline, tier = found
            self.open_section(unit, component, heading, tier).add(inline)
            return
        if self.open is not None:
            self.append([unit.text], unit)
            self.last_content_style = number_style(unit.number)
            self.last_content_number = number_value(unit.number)
        elif (
            cues.is_title_like(body, unit.number, unit.block_kind)
            and len(body.split()) <= 15
            and not cues.is_unit_line(body)
        ):
            self.pending_name = cues.tidy_name(body)

    def row(self, unit: Unit) -> None:
        if self.mode == "appendix":
            return
        if self.mode == "preamble":
            self.mode = "normal"
        if unit.header:
            self.end_maklumat()
            self.close()
            return
        if not unit.body:  # empty or merged label cell: content continues
            if self.mode == "maklumat" and self.maklumat is not None:
                self.maklumat.add(unit.content)
            else:
                self.append(unit.content, unit)
            return
        m, heading, inline = split_label(unit.text, cell=True)
        if m is not None and m.key in _COMPONENTS:
            self.end_maklumat()
            self.open_section(unit, m.key, heading, m.tier).add(inline + unit.content)
            return
        if m is not None and m.key == "maklumat":
            self.end_maklumat()
            self.close()
            if self.maklumat is None:
                self.maklumat = Found("maklumat", heading, unit.location, 2, kind="row")
                self.maklumat.add(inline + unit.content)
                self.maklumat_done = True
            return
        if m is not None and m.key == "service_name":
            # "Jenis Pelayanan | X" names the service of its table: a new service when the
            # current one was found in other tables, an ignored extra row inside its own table
            name = (inline + unit.content)[0] if inline + unit.content else None
            svc = self.current
            if svc is not None and any(f.location.table == unit.location.table for f in svc.found):
                name = None
            if name and svc is not None and not svc.found:
                svc.name = svc.name if svc.titled else cues.tidy_name(name)
                svc.blocks.add(unit.block)
            elif name:
                svc = self.start_service(cues.tidy_name(name), unit.location, titled=True)
                svc.blocks.add(unit.block)
            self.close()
            return
        if m is not None:  # Visi, Motto, Keterangan, …: not a component
            self.close()
            return
        if self.mode == "maklumat" and self.maklumat is not None:
            self.maklumat.add([unit.text, *unit.content])
            return
        cur = self.open
        if cur is None or unit.number:
            self.close()
            return
        # an unnumbered row under a component: either the label's second line
        # ("Jaminan Keamanan dan" / "Keselamatan Pelayanan") or content spilling into the
        # label column
        joined = match_label(f"{cur.heading} {unit.body}")
        if joined is not None and joined.key == cur.component and len(unit.body.split()) <= 4:
            cur.heading = f"{cur.heading} {unit.body}"
            cur.add(unit.content)
        else:
            cur.add([unit.text, *unit.content])

    def ends_maklumat(self, unit: Unit) -> bool:
        """The maklumat runs to its signature; without one, to the next kind of section."""
        body = unit.body
        if cues.is_preamble_start(body) or cues.is_group_heading(body):
            return True
        if cues.is_lampiran(body) or body.lower().startswith("standar pelayanan"):
            return True
        m, heading, _ = split_label(body)
        other = m is not None and m.key not in ("maklumat", "table_extra")
        return other and len(heading.split()) <= 6

    def end_maklumat(self) -> None:
        if self.mode == "maklumat":
            self.mode = "normal"
            self.maklumat_done = True

    # ---- result -----------------------------------------------------------------------------
    def result(self, fallback_name: str) -> Walk:
        kept = [s for s in self.services if s.found]
        titled = [s for s in kept if s.titled]
        if titled:
            # components before the first title belong to a Keputusan body or a cover, unless
            # they make up a real standard of their own
            first = kept.index(titled[0])
            kept = [
                s for k, s in enumerate(kept) if k >= first or len(s.components_in_order()) >= 3
            ]
        services: list[ServiceSection] = []
        for n, svc in enumerate(kept, 1):
            name = svc.name or (fallback_name if len(kept) == 1 else f"{fallback_name} ({n})")
            services.append(
                ServiceSection(
                    name=name,
                    location=svc.location or Location(),
                    components=_ordered(resolve(svc.found)),
                )
            )
        maklumat = None
        if self.maklumat is not None:
            items = tuple(i.strip() for i in self.maklumat.items)
            maklumat = ComponentSection(
                "maklumat", self.maklumat.heading, "\n".join(items), self.maklumat.location, items
            )
        first = min((f.block for s in kept for f in s.found), default=None)
        return Walk(tuple(services), maklumat, tuple(frozenset(s.blocks) for s in kept), first)


def _component_of(unit: Unit) -> str | None:
    m, _, _ = split_label(unit.text, cell=True)
    return m.key if m is not None and m.key in _COMPONENTS else None


def _ordered(sections: dict[str, ComponentSection]) -> dict[str, ComponentSection]:
    return {c: sections[c] for c in COMPONENT_IDS if c in sections}


def walk(units: list[Unit], fallback_name: str) -> Walk:
    walker = _Walker(units)
    walker.run()
    return walker.result(fallback_name)
