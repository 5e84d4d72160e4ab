"""Measure the checker against the labelled sample set (samples/labels.yaml).

    .venv/bin/python bench/accuracy.py              # figures, targets beside them
    .venv/bin/python bench/accuracy.py --verbose    # + every mismatch (file, service, component)
    .venv/bin/python bench/accuracy.py --json       # the same figures as JSON

Runs `compliance.check.check_file(path, Config())` on every labelled file and compares the report
document (contract v1: doc_type, error.code, unit, maklumat.status, services[].name,
services[].components[id].status) with the label.

Definitions
- Component statuses are labels; for status S ("absent" or "weak") a component of a matched
  service is a true positive when expected == got == S, a false positive when got == S != expected,
  a false negative when expected == S != got. Precision/recall/F1 per component and overall.
- Services are matched per document by order and name similarity: a monotonic alignment that
  pairs as many services as possible and, among those, maximises name similarity. An expected
  service the checker did not report counts as missed: each of its expected weak/absent
  components is a false negative. A reported service with no expected counterpart (including any
  service reported for a look-alike, scanned or invalid file) counts its weak/absent components
  as false positives.
- Service count: per document, number of reported services == number of expected services.
- Unit: over documents whose label names a unit; names are compared after lower-casing and
  collapsing whitespace/punctuation. "exact" = equal; "tolerant" also accepts one name contained
  in the other when the shorter has at least 3 words (e.g. "Dinas Kependudukan dan Pencatatan
  Sipil" for "... Kabupaten Sragen"), not a bare region ("Kabupaten Sragen").
- Doc type: over all documents; error code: over documents labelled invalid.
- Maklumat: over documents labelled service_standard.

It is a measurement, not a gate: the exit status is always 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
COMPONENT_IDS: tuple[str, ...] = (
    "dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
    "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
    "jaminan_keamanan", "evaluasi",
)
MEASURED = ("absent", "weak")
TARGETS = {"absent": 0.98, "weak": 0.95}  # F1 targets
MISSING = "(service not found)"
UNIT_MIN_WORDS = 3


# ---- normalised views ------------------------------------------------------------------------

def view_of_report(doc: dict[str, Any]) -> dict[str, Any]:
    """The fields we score, from a report-contract document."""
    error = doc.get("error") or None
    services = []
    for sv in doc.get("services") or []:
        comps = {}
        for cid, value in (sv.get("components") or {}).items():
            comps[cid] = value.get("status") if isinstance(value, dict) else value
        services.append({"name": sv.get("name") or "", "components": comps})
    maklumat = doc.get("maklumat")
    return {
        "doc_type": doc.get("doc_type"),
        "error": error.get("code") if isinstance(error, dict) else error,
        "unit": doc.get("unit"),
        "maklumat": maklumat.get("status") if isinstance(maklumat, dict) else maklumat,
        "services": services,
    }


def normalise(text: str | None) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", (text or "").lower()).split())


_NAME_NOISE = re.compile(
    r"^(?:[0-9]+|[ivx]{1,4}|[a-z])\s+|\b(?:standar pelayanan|jenis pelayanan|pelayanan|layanan)\b")


def name_key(name: str) -> str:
    """'1. STANDAR PELAYANAN PENERBITAN KK' -> 'penerbitan kk'."""
    text = normalise(name)
    previous = None
    while previous != text:
        previous = text
        text = " ".join(_NAME_NOISE.sub(" ", text).split())
    return text


def name_similarity(a: str, b: str) -> float:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    return SequenceMatcher(None, ka, kb).ratio()


def unit_match(expected: str | None, got: str | None) -> str:
    """'exact', 'contains' (tolerated) or 'miss'."""
    e, g = normalise(expected), normalise(got)
    if not g:
        return "miss"
    if e == g:
        return "exact"
    shorter, longer = sorted((e, g), key=len)
    if len(shorter.split()) >= UNIT_MIN_WORDS and f" {shorter} " in f" {longer} ":
        return "contains"
    return "miss"


def match_services(expected: list[dict], got: list[dict]) -> list[tuple[int | None, int | None]]:
    """Monotonic alignment: most pairs first, then highest total name similarity."""
    n, m = len(expected), len(got)
    pair_bonus = 2.0  # > any similarity difference, so the number of pairs is maximal
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    sim = [[name_similarity(e["name"], g["name"]) for g in got] for e in expected]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = pair_bonus + sim[i][j] + score[i + 1][j + 1]
            score[i][j] = max(pair, score[i + 1][j], score[i][j + 1])
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        if score[i][j] == pair_bonus + sim[i][j] + score[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs += [(k, None) for k in range(i, n)] + [(None, k) for k in range(j, m)]
    return pairs


# ---- metrics ---------------------------------------------------------------------------------

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, expected: str, got: str, status: str) -> None:
        if expected == status and got == status:
            self.tp += 1
        elif got == status:
            self.fp += 1
        elif expected == status:
            self.fn += 1

    def figures(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        denom = 2 * self.tp + self.fp + self.fn  # F1 = 2PR/(P+R), defined whenever anything counted
        f1 = 2 * self.tp / denom if denom else None
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": p, "recall": r, "f1": f1}


def _ratio(good: int, total: int) -> dict[str, Any]:
    return {"correct": good, "total": total, "accuracy": good / total if total else None}


def measure(pairs: Iterable[tuple[str, dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    """Figures for (file, expected label, got view) triples. Pure: no I/O."""
    per_comp = {cid: {s: Counts() for s in MEASURED} for cid in COMPONENT_IDS}
    overall = {s: Counts() for s in MEASURED}
    by_format: dict[str, dict[str, Counts]] = {}
    agree = total_comp = 0
    count_ok = count_n = 0
    unit_exact = unit_tol = unit_n = 0
    type_ok = type_n = 0
    err_ok = err_n = 0
    mak_ok = mak_n = 0
    mismatches: list[dict[str, Any]] = []

    def miss(file: str, service: str | None, what: str, exp: Any, got: Any) -> None:
        mismatches.append({"file": file, "service": service, "component": what,
                           "expected": exp, "got": got})

    for file, exp, got in pairs:
        fmt = Path(file).suffix.lstrip(".").lower() or "?"
        fmt_counts = by_format.setdefault(fmt, {s: Counts() for s in MEASURED})
        # document level
        type_n += 1
        if exp["doc_type"] == got["doc_type"]:
            type_ok += 1
        else:
            miss(file, None, "doc_type", exp["doc_type"], got["doc_type"])
        if exp["doc_type"] == "invalid":
            err_n += 1
            if exp.get("error") == got.get("error"):
                err_ok += 1
            else:
                miss(file, None, "error", exp.get("error"), got.get("error"))
        if exp["doc_type"] == "service_standard":
            mak_n += 1
            if exp["maklumat"] == got["maklumat"]:
                mak_ok += 1
            else:
                miss(file, None, "maklumat", exp["maklumat"], got["maklumat"])
        if exp.get("unit"):
            unit_n += 1
            how = unit_match(exp["unit"], got.get("unit"))
            unit_exact += how == "exact"
            unit_tol += how != "miss"
            if how == "miss":
                miss(file, None, "unit", exp["unit"], got.get("unit"))
        count_n += 1
        if len(exp["services"]) == len(got["services"]):
            count_ok += 1
        else:
            miss(file, None, "service_count", len(exp["services"]), len(got["services"]))
        # components
        for i, j in match_services(exp["services"], got["services"]):
            e_sv = exp["services"][i] if i is not None else None
            g_sv = got["services"][j] if j is not None else None
            label = e_sv["name"] if e_sv else f"(extra) {g_sv['name']}"
            for cid in COMPONENT_IDS:
                e = e_sv["components"][cid] if e_sv else None
                g = (g_sv["components"].get(cid) or "absent") if g_sv else MISSING
                for s in MEASURED:
                    per_comp[cid][s].add(e, g, s)
                    overall[s].add(e, g, s)
                    fmt_counts[s].add(e, g, s)
                if e_sv:
                    total_comp += 1
                    agree += e == g
                if e != g:
                    miss(file, label, cid, e, g)

    return {
        "files": type_n,
        "overall": {s: overall[s].figures() for s in MEASURED},
        "components": {cid: {s: per_comp[cid][s].figures() for s in MEASURED}
                       for cid in COMPONENT_IDS},
        "by_format": {f: {s: c[s].figures() for s in MEASURED}
                      for f, c in sorted(by_format.items())},
        "component_accuracy": _ratio(agree, total_comp),
        "service_count": _ratio(count_ok, count_n),
        "unit": {"exact": _ratio(unit_exact, unit_n), "tolerant": _ratio(unit_tol, unit_n)},
        "doc_type": _ratio(type_ok, type_n),
        "error_code": _ratio(err_ok, err_n),
        "maklumat": _ratio(mak_ok, mak_n),
        "targets": {f"{s}_f1": t for s, t in TARGETS.items()},
        "mismatches": mismatches,
    }


# ---- running the checker ---------------------------------------------------------------------

def load_labels(path: Path) -> dict[str, dict[str, Any]]:
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))["files"]


def run_checker(path: Path) -> dict[str, Any]:
    """check_file never raises for bad input; a missing pipeline stage still must not stop us."""
    try:
        from compliance.check import check_file
        from compliance.config import Config

        return view_of_report(check_file(path, Config()))
    except Exception as e:  # noqa: BLE001 - report it as data, keep measuring
        return {"doc_type": "invalid", "error": "internal-error", "unit": None,
                "maklumat": "absent", "services": [], "crash": f"{type(e).__name__}: {e}"}


def collect(samples: Path, labels: dict[str, dict[str, Any]], only: str | None = None
            ) -> tuple[list[tuple[str, dict, dict]], list[str]]:
    triples, crashes = [], []
    for name, label in labels.items():
        if only and not Path(name).match(only):
            continue
        got = run_checker(samples / name)
        if "crash" in got:
            crashes.append(f"{name}: {got['crash']}")
        triples.append((name, label, got))
    return triples, crashes


# ---- output ----------------------------------------------------------------------------------

def _pct(x: float | None) -> str:
    return "   –  " if x is None else f"{100 * x:5.1f}%"


def _f(x: float | None) -> str:
    return "  –  " if x is None else f"{x:.3f}"


def render_text(fig: dict[str, Any], verbose: bool = False) -> str:
    out = [f"Files measured: {fig['files']}", ""]
    out.append("Overall            precision  recall     F1    target   tp   fp   fn")
    for s in MEASURED:
        o = fig["overall"][s]
        ok = o["f1"] is not None and o["f1"] >= TARGETS[s]
        out.append(f"  {s:<16} {_f(o['precision']):>9} {_f(o['recall']):>7} {_f(o['f1']):>6}"
                   f"   ≥{TARGETS[s]:.2f} {'ok ' if ok else 'LOW'}"
                   f" {o['tp']:4} {o['fp']:4} {o['fn']:4}")
    out += ["", "Per component      absent P/R/F1          weak P/R/F1"]
    for cid, c in fig["components"].items():
        a, w = c["absent"], c["weak"]
        out.append(f"  {cid:<17} {_f(a['precision'])} {_f(a['recall'])} {_f(a['f1'])}   "
                   f"{_f(w['precision'])} {_f(w['recall'])} {_f(w['f1'])}")
    out += ["", "By format          absent F1   weak F1"]
    for fmt, c in fig["by_format"].items():
        out.append(f"  {fmt:<17} {_f(c['absent']['f1']):>9} {_f(c['weak']['f1']):>9}")
    out.append("")
    for key, title in (("component_accuracy", "Component status accuracy (3-way)"),
                       ("service_count", "Service-count accuracy"),
                       ("doc_type", "Doc-type accuracy"), ("error_code", "Error-code accuracy"),
                       ("maklumat", "Maklumat accuracy")):
        r = fig[key]
        out.append(f"{title:<36} {_pct(r['accuracy'])}  ({r['correct']}/{r['total']})")
    for how in ("exact", "tolerant"):
        r = fig["unit"][how]
        out.append(f"{'Unit-name accuracy (' + how + ')':<36} {_pct(r['accuracy'])}  "
                   f"({r['correct']}/{r['total']})")
    hint = "" if verbose else " (--verbose lists them)"
    out.append(f"\nMismatches: {len(fig['mismatches'])}{hint}")
    if verbose:
        for m in fig["mismatches"]:
            out.append(f"  {m['file']} | {m['service'] or '-'} | {m['component']} | "
                       f"expected {m['expected']} | got {m['got']}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--samples", type=Path, default=ROOT / "samples")
    ap.add_argument("--labels", type=Path, default=None, help="default: <samples>/labels.yaml")
    ap.add_argument("--only", help="glob on file names, e.g. '*.pdf' or 'e*'")
    ap.add_argument("--verbose", action="store_true", help="list every mismatch")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    try:
        labels = load_labels(args.labels or args.samples / "labels.yaml")
    except (OSError, KeyError, TypeError, ValueError) as e:
        print(f"cannot read labels: {e}", file=sys.stderr)
        return 0
    start = time.perf_counter()
    triples, crashes = collect(args.samples, labels, args.only)
    fig = measure(triples)
    fig["seconds"] = round(time.perf_counter() - start, 2)
    fig["crashes"] = crashes
    if args.json:
        print(json.dumps(fig, ensure_ascii=False, indent=2))
    else:
        print(render_text(fig, args.verbose))
        print(f"Checked in {fig['seconds']} s")
        if crashes:
            print(f"\n{len(crashes)} file(s) could not be checked (pipeline incomplete?):")
            for c in crashes[:10]:
                print(f"  {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
