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

from . import attribution_conflict, date_mismatch, figure_mismatch, reference_conflict, timeline, year_mismatch
from .context import CheckContext
from .evidence import sort_findings

EXECUTORS: dict[str, ModuleType] = {
    module.KIND: module
    for module in (figure_mismatch, year_mismatch, date_mismatch, attribution_conflict, timeline, reference_conflict)
}


def run_rule(rule: Rule, context: CheckContext) -> list[Finding]:
    executor = EXECUTORS[rule.kind]
    params = executor.Parameters.model_validate(rule.parameters)
    return list(executor.run(rule, params, context))


def without_restatements(findings: Sequence[Finding], rules: Sequence[Rule]) -> list[Finding]:
    """One conflict, one finding: a date-mismatch (an event dated twice) on the
    lines of a year-mismatch (the same deal's figure dated twice) is the same
    conflict told twice; the year-mismatch, which shows the figure too, stays."""
    kind = {rule.id: rule.kind for rule in rules}
    figure_lines = {_lines(f) for f in findings if kind.get(f.rule) == year_mismatch.KIND}
    return [f for f in findings if not (kind.get(f.rule) == date_mismatch.KIND and _lines(f) in figure_lines)]


def _lines(finding: Finding) -> frozenset[tuple[str, int]]:
    return frozenset((e.path, e.line) for e in finding.evidence)


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
    return sort_findings(without_restatements(findings, rules))


__all__ = ["EXECUTORS", "CheckContext", "run_checks", "run_rule", "without_restatements"]


