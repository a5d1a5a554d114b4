"""The checks: one executor per rule kind, and running a set of rules.

Each executor module declares its ``KIND``, a pydantic ``Parameters`` model
(extra keys forbidden), the ``PLACEHOLDERS`` its message templates may use,
and ``run(rule, params, context)`` yielding findings. Rule files are checked
against these declarations when they are loaded.
"""

from __future__ import annotations

from types import ModuleType
from typing import Sequence

from auditor.model import Claim, Document, Finding, ReferenceFact, Rule

from . import attribution_conflict, figure_mismatch, reference_conflict, timeline, year_mismatch
from .context import CheckContext
from .evidence import sort_findings

EXECUTORS: dict[str, ModuleType] = {
    module.KIND: module
    for module in (figure_mismatch, year_mismatch, attribution_conflict, timeline, reference_conflict)
}


# What an executor that declares no SCOPE is given: every claim at once.
SCOPES = ("document", "linked", "keyed", "corpus")


def scope_of(rule: Rule) -> str:
    """Which claims a rule must see together to find every finding it can:
    ``document`` (one document's), ``linked`` (those sharing a linking key),
    ``keyed`` (all that have a linking key) or ``corpus`` (all)."""
    scope = getattr(EXECUTORS[rule.kind], "SCOPE", "corpus")
    return scope if scope in SCOPES else "corpus"


def run_rule(rule: Rule, context: CheckContext) -> list[Finding]:
    executor = EXECUTORS[rule.kind]
    params = executor.Parameters.model_validate(rule.parameters)
    return list(executor.run(rule, params, context))


def run_checks(
    rules: Sequence[Rule],
    claims: Sequence[Claim],
    documents: Sequence[Document] = (),
    reference_facts: Sequence[ReferenceFact] = (),
    context: CheckContext | None = None,
) -> list[Finding]:
    """Every finding of every rule, in reading order."""
    context = context or CheckContext(claims=claims, documents=documents, reference_facts=reference_facts)
    findings: list[Finding] = []
    for rule in rules:
        findings.extend(run_rule(rule, context))
    return sort_findings(findings)


__all__ = ["EXECUTORS", "SCOPES", "CheckContext", "run_checks", "run_rule", "scope_of"]


