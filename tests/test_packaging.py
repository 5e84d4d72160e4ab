"""A plain (non-editable) install — what pre-commit and the GitHub Action do — ships the rules."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_carries_rule_packs_schemas_and_templates(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    wheel = next(tmp_path.glob("compliance-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    rule_files = {p.relative_to(ROOT / "rules").as_posix() for p in (ROOT / "rules").rglob("*.yaml")}
    assert rule_files and {f"compliance/rules/{f}" for f in rule_files} <= names
    assert "compliance/rules/schema.json" in names
    assert "compliance/schemas/report-v1.schema.json" in names
    assert any(n.startswith("compliance/report/templates/") for n in names)
