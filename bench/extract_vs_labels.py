"""Diagnostic: do the extracted fields carry what the labelled samples need?

Runs ingest -> segment -> extract over samples/*.docx and *.pdf and applies a *proxy* of the
rubric's concreteness tests (rubric.md, one line per component; the real judgement is the
evaluate stage's YAML rules) to the fields, then compares with samples/labels.yaml.
Disagreements are printed with the content, so a miss can be traced to extract or segment.

Usage: .venv/bin/python bench/extract_vs_labels.py
Reports: agreement per component and overall, and extraction time per service.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import yaml

from compliance.errors import CheckError
from compliance.extract import extract
from compliance.ingest import load
from compliance.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

# rubric.md "weak when", restated over the fields contract
WEAK = {
    "dasar_hukum": lambda f: f["cited"] == 0,
    "persyaratan": lambda f: f["concrete_items"] == 0 or f["open_ended"],
    "prosedur": lambda f: f["step_count"] < 2 or f["reference_only"],
    "jangka_waktu": lambda f: not f["durations"],
    "biaya": lambda f: not (f["amounts"] or f["free"] or f["tariff_regulation"]),
    "produk": lambda f: not f["outputs"] or f["generic_only"],
    "sarana": lambda f: f["concrete_items"] == 0,
    "kompetensi": lambda f: not f["concrete"],
    "pengawasan": lambda f: not (f["who"] or f["how"]),
    "pengaduan": lambda f: not f["channels"],
    "jumlah_pelaksana": lambda f: f["count"] is None,
    "jaminan_pelayanan": lambda f: not f["commitment"],
    "jaminan_keamanan": lambda f: not f["measures"],
    "evaluasi": lambda f: not (f["methods"] or f["frequency_concrete"]),
}


def _key(name: str) -> str:
    return re.sub(r"^standar pelayanan\s+|[^a-z0-9 ]", "", name.lower()).strip()


def judge(fields: dict, component: str) -> str:
    if not fields["found"] or fields["empty"]:
        return "absent"
    return "weak" if WEAK[component](fields) else "present"


def main() -> None:
    labels = yaml.safe_load((SAMPLES / "labels.yaml").read_text())["files"]
    agree: Counter[str] = Counter()
    total: Counter[str] = Counter()
    seconds = 0.0
    services = 0
    for name, label in sorted(labels.items()):
        if label["doc_type"] != "service_standard" or not label["services"]:
            continue
        try:
            seg = segment(load(SAMPLES / name))
        except CheckError as e:
            print(f"{name}: {e.code}")
            continue
        maklumat = extract("maklumat", seg.maklumat)
        got = (
            "absent"
            if maklumat["empty"] or not maklumat["serve_by_standard"]
            else "present"
            if maklumat["sanction"]
            else "weak"
        )
        total["maklumat"] += 1
        if got == label["maklumat"]:
            agree["maklumat"] += 1
        else:
            print(
                f"{name} | maklumat: label {label['maklumat']}, proxy {got} "
                f"| {maklumat['text'][:90]!r}"
            )
        for expected in label["services"]:
            want = _key(expected["name"])
            found = next(
                (s for s in seg.services if want in _key(s.name) or _key(s.name) in want), None
            )
            if found is None and len(seg.services) == len(label["services"]):
                found = seg.services[label["services"].index(expected)]
            if found is None:
                print(f"{name}: service not segmented: {expected['name']}")
                continue
            services += 1
            for component, status in expected["components"].items():
                start = time.perf_counter()
                fields = extract(component, found.components.get(component))
                seconds += time.perf_counter() - start
                got = judge(fields, component)
                total[component] += 1
                if got == status:
                    agree[component] += 1
                else:
                    print(
                        f"{name} | {expected['name'][:30]} | {component}: label {status}, "
                        f"proxy {got} | {fields['text'][:90]!r}"
                    )
    print()
    for component in [*WEAK, "maklumat"]:
        if total[component]:
            print(f"{component:18s} {agree[component]:3d}/{total[component]:3d}")
    print(
        f"overall            {sum(agree.values())}/{sum(total.values())} "
        f"({100 * sum(agree.values()) / max(1, sum(total.values())):.1f}%)"
    )
    print(
        f"extract: {1000 * seconds / max(1, services):.2f} ms per service "
        f"({services} services, first call includes building the tokenizer)"
    )


if __name__ == "__main__":
    main()
