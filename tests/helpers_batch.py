"""Per-file workers for batch/CLI tests: module-level so worker processes can unpickle them.

Each behaves by the file's name: *hang* sleeps forever, *crash* kills its own process, *boom*
raises, anything else returns a small contract document whose findings come from the file's
text ("absent:<component>" / "weak:<component>" lines). Every call appends the file name to
$COMPLIANCE_TEST_CALLS (if set), so tests can count real worker invocations across processes.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from compliance.config import Config
from compliance.model import COMPONENT_IDS


def _record(path: Path) -> None:
    log = os.environ.get("COMPLIANCE_TEST_CALLS")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(path.name + "\n")


def fake_document(path: Path, config: Config) -> dict:
    data = path.read_bytes()
    findings = []
    for line in data.decode("utf-8", "replace").splitlines():
        status, _, component = line.strip().partition(":")
        if status in ("absent", "weak", "info") and component in COMPONENT_IDS:
            findings.append(
                {
                    "rule": f"T-{component.upper()}-{status.upper()}",
                    "component": component,
                    "severity": "error" if status == "absent" else "warning",
                    "status": status,
                    "message": f"{component} {status}",
                    "suggestion": "perbaiki",
                    "legal_basis": "UU 25/2009 Pasal 21",
                    "location": {
                        "page": None,
                        "table": 1,
                        "row": len(findings) + 1,
                        "paragraph": None,
                    },
                }
            )
    components = {
        c: {"status": "present", "heading": c, "text": "x", "fields": {}, "location": None}
        for c in COMPONENT_IDS
    }
    for f in findings:
        components[f["component"]]["status"] = f["status"] if f["status"] != "info" else "present"
    return {
        "path": str(path),
        "sha256": hashlib.sha256(data).hexdigest(),
        "status": "ok",
        "doc_type": "service_standard",
        "error": None,
        "unit": "Dinas Uji",
        "pages": None,
        "maklumat": {"status": "present", "location": None},
        "services": [
            {
                "name": "Layanan Uji",
                "location": {"page": None, "table": 1, "row": None, "paragraph": None},
                "score": 100.0,
                "components": components,
                "findings": findings,
            }
        ],
        "findings": [],
    }


def behaving_worker(path: Path, config: Config) -> dict:
    _record(path)
    name = path.name
    if "hang" in name:
        time.sleep(3600)
    if "crash" in name:
        os._exit(3)
    if "boom" in name:
        raise RuntimeError("boom in worker")
    return fake_document(path, config)
