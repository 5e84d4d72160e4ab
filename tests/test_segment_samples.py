"""segment over the committed sample set, against samples/labels.yaml (skipped until it exists).

Checks what segmentation is responsible for: document type, the services and their names, and
that every component labelled present/weak is found with content while components labelled
absent are either not found or found without content.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from compliance.errors import CheckError
from compliance.ingest import load
from compliance.segment import segment

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
LABELS = SAMPLES / "labels.yaml"
EMPTY = {"", "-", ":", "…", "(diisi)"}

if not LABELS.exists():
    pytest.skip("samples/labels.yaml not generated yet", allow_module_level=True)

FILES = {
    name: rec
    for name, rec in yaml.safe_load(LABELS.read_text(encoding="utf-8"))["files"].items()
    if rec["doc_type"] != "invalid" and (SAMPLES / name).exists()
}


def _empty(section) -> bool:
    text = section.text.strip()
    return text in EMPTY or text.lower() == (section.heading or "").strip().lower()


@pytest.mark.parametrize("name", sorted(FILES))
def test_sample_segmentation(name):
    rec = FILES[name]
    try:
        seg = segment(load(SAMPLES / name))
    except CheckError as e:  # pragma: no cover - a broken sample is ingest's business
        pytest.fail(f"{name}: {e.code}")
    assert seg.doc_type == rec["doc_type"]
    if rec["doc_type"] != "service_standard":
        return
    expected = rec["services"]
    assert len(seg.services) == len(expected), [s.name for s in seg.services]
    for exp, got in zip(expected, seg.services):
        # the brief strips "STANDAR PELAYANAN" from a title; labels may keep it
        want = exp["name"].upper().removeprefix("STANDAR PELAYANAN ").strip()
        assert want in got.name.upper()
        for cid, status in exp["components"].items():
            section = got.components.get(cid)
            if status in ("present", "weak"):
                assert section is not None and not _empty(section), (got.name, cid)
            else:
                assert section is None or _empty(section) or status == "absent", (got.name, cid)
    if rec["setting"] is not None:
        assert seg.setting is not None
        assert seg.setting.number_blank == rec["setting"]["number_blank"]
    if rec["unit"]:
        assert (seg.unit or "").upper() == rec["unit"].upper()
