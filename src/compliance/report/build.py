"""Assembling the report: per-unit aggregation and the summary, streaming or in memory.

`UnitAggregator` sees each document once and keeps only counters per unit, so the batch engine
can write documents to JSONL and still produce units and summary at the end. `build_report` is the
in-memory special case of exactly the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from compliance import __version__
from compliance.config import Config
from compliance.model import COMPONENT_IDS
from compliance.report.i18n import check_lang, t
from compliance.report.view import ReportView, is_error, iter_findings, unit_name

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
DOC_TYPES: tuple[str, ...] = ("service_standard", "other", "scanned", "invalid")


@dataclass
class _Mean:
    """A running mean: constant memory however many services a batch has."""

    total: float = 0.0
    count: int = 0

    def add(self, value: float) -> None:
        self.total += value
        self.count += 1

    def value(self) -> float | None:
        """Rounded to one decimal; None without values (a unit without services has no score)."""
        return round(self.total / self.count, 1) if self.count else None


def _lowest(current: int | None, value: int) -> int:
    return value if current is None else min(current, value)


def _nonzero(counts: dict[str, int]) -> dict[str, int]:
    """Component counts without the zeros, in statutory order (as in the contract example)."""
    return {component: n for component, n in counts.items() if n}


def default_rulesets(config: Config) -> list[dict]:
    """Rule packs named by the config, when the caller has no versions from the rule engine."""
    return [{"id": pack, "version": None} for pack in (*config.packs, *config.rule_dirs)]


@dataclass
class _UnitTotals:
    """Counters for one unit (mutable, private to the aggregator)."""

    documents: int = 0
    errors: int = 0
    scores: _Mean = field(default_factory=_Mean)
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {
            s: dict.fromkeys(COMPONENT_IDS, 0) for s in ("present", "weak", "absent")
        }
    )
    doc_types: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DOC_TYPES, 0))
    standard_estimate: int | None = None  # lowest among service-standard documents
    other_estimate: int | None = None  # lowest among the other documents


class UnitAggregator:
    """Per-unit and overall counts, fed one document at a time.

    Units are listed sorted by name with the unknown-unit group last, so the result does not
    depend on the order in which a parallel batch finished its files.
    """

    def __init__(self, lang: str = "id", unit_from: str = "document") -> None:
        self.lang = check_lang(lang)
        # Only recorded in the report: the batch has already put the folder name in
        # document["unit"] under --unit-from folder, so grouping is always by that key.
        self.unit_from = unit_from
        self._units: dict[str, _UnitTotals] = {}
        self._severities = dict.fromkeys(SEVERITIES, 0)
        self._scores = _Mean()

    @classmethod
    def for_config(cls, config: Config) -> UnitAggregator:
        return cls(config.lang, config.unit_from)

    def add(self, document: dict) -> None:
        totals = self._units.setdefault(unit_name(document, self.lang), _UnitTotals())
        totals.documents += 1
        doc_type = document.get("doc_type")
        if doc_type in totals.doc_types:
            totals.doc_types[doc_type] += 1
        if is_error(document):
            totals.errors += 1
        for service in document.get("services") or []:
            if isinstance(service.get("score"), int | float):
                totals.scores.add(float(service["score"]))
                self._scores.add(float(service["score"]))
            for component, entry in (service.get("components") or {}).items():
                status = (entry or {}).get("status")
                if status in totals.counts and component in totals.counts[status]:
                    totals.counts[status][component] += 1
        for ref in iter_findings(document):
            severity = ref.finding.get("severity")
            if severity in self._severities:
                self._severities[severity] += 1
        estimate = (document.get("indicators") or {}).get("pekppp_sp_estimate")
        if isinstance(estimate, int) and doc_type == "service_standard":
            totals.standard_estimate = _lowest(totals.standard_estimate, estimate)
        elif isinstance(estimate, int):
            totals.other_estimate = _lowest(totals.other_estimate, estimate)

    def _order(self) -> list[str]:
        unknown = t("unit.unknown", self.lang)
        return sorted(self._units, key=lambda name: (name == unknown, name.casefold()))

    def units(self) -> list[dict]:
        unknown = t("unit.unknown", self.lang)
        result = []
        for name in self._order():
            u = self._units[name]
            # The unit is as good as its weakest standard; other documents (an SOP sent along)
            # only count when the unit sent no standard at all.
            estimate = u.standard_estimate if u.standard_estimate is not None else u.other_estimate
            result.append(
                {
                    "unit": name,
                    "documents": u.documents,
                    "services": u.scores.count,
                    "score": u.scores.value(),
                    "absent": _nonzero(u.counts["absent"]),
                    "weak": _nonzero(u.counts["weak"]),
                    "present": _nonzero(u.counts["present"]),
                    "errors": u.errors,
                    "doc_types": dict(u.doc_types),
                    "known": name != unknown,
                    "pekppp_sp_estimate": estimate,
                }
            )
        return result

    def summary(self) -> dict:
        totals = self._units.values()
        doc_types = dict.fromkeys(DOC_TYPES, 0)
        for u in totals:
            for key, n in u.doc_types.items():
                doc_types[key] += n
        return {
            "documents": sum(u.documents for u in totals),
            "errors": sum(u.errors for u in totals),
            "services": self._scores.count,
            "units": len(self._units),
            "score": self._scores.value(),
            "doc_types": doc_types,
            "findings": dict(self._severities),
        }

    def view(
        self,
        documents: Callable[[], Iterable[dict]],
        rulesets: list[dict],
        extra: dict | None = None,
    ) -> ReportView:
        """The report view once every document has been added; `documents` re-reads them."""
        return ReportView(
            tool={"name": "compliance", "version": __version__},
            rulesets=rulesets,
            units=self.units(),
            summary=self.summary(),
            source=documents,
            lang=self.lang,
            extra={"lang": self.lang, "unit_from": self.unit_from, **(extra or {})},
        )


def build_view(
    documents: Iterable[dict], config: Config, rulesets: list[dict] | None = None
) -> ReportView:
    """In-memory view: aggregate while collecting the documents."""
    aggregator = UnitAggregator.for_config(config)
    kept: list[dict] = []
    for document in documents:
        aggregator.add(document)
        kept.append(document)
    return aggregator.view(
        lambda: kept, rulesets if rulesets is not None else default_rulesets(config)
    )


def build_report(
    documents: Iterable[dict], config: Config, rulesets: list[dict] | None = None
) -> dict:
    """The full contract report (schema, tool, rulesets, documents, units, summary)."""
    return build_view(documents, config, rulesets).to_dict()
