"""Run configuration: one frozen value that every front door builds and `check()` receives.

A per-file result is a pure function of the file's bytes and this value (plus the rule files
it names), which is what makes results cacheable and batches resumable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

DEFAULT_PACKS: tuple[str, ...] = ("uu25-2009", "permenpanrb-15-2014")


@dataclass(frozen=True)
class Config:
    lang: str = "id"  # "id" | "en": language of messages and text reports
    packs: tuple[str, ...] = DEFAULT_PACKS  # built-in rule packs to run
    rule_dirs: tuple[str, ...] = ()  # extra rule-pack folders (--rules DIR)
    disabled: frozenset[str] = frozenset()  # rule codes switched off
    severities: tuple[tuple[str, str], ...] = ()  # (rule code, severity) overrides
    fail_on: str = "absent"  # absent | weak | info | never
    unit_from: str = "document"  # document | folder
    timeout: float = 60.0  # seconds per file in a batch
    jobs: int = 0  # 0 = all cores
    max_file_bytes: int = 100 * 1024 * 1024
    today: date | None = None  # "now" for age-of-standard rules; None = date.today()
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def severity_overrides(self) -> dict[str, str]:
        return dict(self.severities)

    def reference_date(self) -> date:
        return self.today or date.today()
