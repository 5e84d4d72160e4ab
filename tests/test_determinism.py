"""The same files give the same report in every process.

Python randomises string hashing per process, so any judgement that depends on the iteration
order of a set would differ between runs (and between batch workers). Run the whole labelled
corpus under two hash seeds and compare the reports.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [
    "samples", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
    "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
    "holdout15",
]


def _report(seed: str, tmp_path: Path) -> list[dict]:
    out = tmp_path / f"seed-{seed}.json"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    code = (
        "import sys; from compliance.cli import main; "
        "sys.exit(main(sys.argv[1:]))"
    )
    args = [*FOLDERS, "--no-cache", "--no-progress", "-j", "1", "-o", str(out)]
    subprocess.run(
        [sys.executable, "-c", code, "check", *args],
        cwd=ROOT, env=env, capture_output=True, timeout=600, check=False,
    )
    return json.loads(out.read_text(encoding="utf-8"))["documents"]


def test_report_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    # seeds 1, 3 and 5 once split a tie in typo correction three ways; keep them
    first, *others = (_report(seed, tmp_path) for seed in ("1", "3", "5"))
    assert len(first) > 100
    for other in others:
        assert len(other) == len(first)
        for a, b in zip(first, other):
            assert a == b, a["path"]
