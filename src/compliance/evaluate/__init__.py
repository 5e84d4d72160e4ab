"""evaluate: YAML rule packs judge each component present/weak/absent and score services.

Public API: `evaluate_document(document, segmentation, config)` and `load_rules(config)`.
"""

from compliance.evaluate.document import evaluate_document
from compliance.evaluate.rules import Rule, RuleError, RuleSet, load_rules

__all__ = ["Rule", "RuleError", "RuleSet", "evaluate_document", "load_rules"]
