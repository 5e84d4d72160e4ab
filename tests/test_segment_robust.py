"""segment never raises, whatever blocks ingest hands it (property test)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.model import COMPONENT_IDS, Block, Cell, Document, Location, Row
from compliance.segment import segment

# words from the domain, so that generated text hits labels, titles and cues often
WORDS = (
    "STANDAR PELAYANAN Persyaratan Prosedur Biaya Jangka Waktu Penyelesaian Dasar Hukum "
    "Maklumat Jenis Nama Layanan : - 1. A. I. a) KEPUTUSAN Nomor / TAHUN 2023 NIP Ditetapkan di "
    "Menimbang Mengingat MEMUTUSKAN LAMPIRAN Pengaduan Jaminan Keamanan Kompetensi Pelaksana "
    "SERVICE DELIVERY DINAS KECAMATAN PEMERINTAH KABUPATEN 12 Januari … \n"
).split(" ")
text = st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)


@st.composite
def cells(draw):
    n = draw(st.integers(0, 4))
    out, col = [], 0
    for _ in range(n):
        span = draw(st.integers(1, 2))
        out.append(Cell(draw(text), col, span, continued=draw(st.booleans())))
        col += span
    return tuple(out)


@st.composite
def blocks(draw):
    kind = draw(st.sampled_from(["heading", "paragraph", "list_item", "table"]))
    if kind == "table":
        rows = tuple(
            Row(draw(cells()), Location(table=1, row=i))
            for i in range(1, draw(st.integers(0, 5)) + 1)
        )
        return Block("table", "", Location(table=1), rows=rows)
    label = draw(st.sampled_from([None, "1.", "a.", "B.", "II."]))
    body = draw(text)
    return Block(kind, f"{label} {body}" if label else body, Location(paragraph=1), label=label)


@settings(max_examples=300, deadline=None)
@given(st.lists(blocks(), max_size=25), st.lists(text, max_size=2))
def test_segment_never_raises_and_stays_consistent(bs, headers):
    seg = segment(Document("<h>", "docx", tuple(bs), headers=tuple(headers)))
    assert seg.doc_type in ("service_standard", "other")
    assert seg.reason
    for svc in seg.services:
        assert svc.name
        assert svc.components
        assert set(svc.components) <= set(COMPONENT_IDS)
        for cid, section in svc.components.items():
            assert section.component == cid
            assert section.text == "\n".join(section.items)
