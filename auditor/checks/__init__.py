"""The checks: one executor per rule kind, and running a set of rules.

Each executor module declares its ``KIND``, a pydantic ``Parameters`` model
(extra keys forbidden), the ``PLACEHOLDERS`` its message templates may use,
and ``run(rule, params, context)`` yielding findings. Rule files are checked
against these declarations when they are loaded.
"""

from __future__ import annotations

from types import ModuleType
from typing import Callable, Mapping, Sequence

from auditor.link import LinkOptions

from auditor.model import Claim, Document, Finding, ReferenceFact, Rule

from . import (
    attribution_conflict,
    change_mismatch,
    date_mismatch,
    deal_award_conflict,
    elapsed_time,
    figure_mismatch,
    parts_sum,
    reference_conflict,
    timeline,
    year_mismatch,
)
from .context import CheckContext, LinkParameters
from .evidence import sort_findings

EXECUTORS: dict[str, ModuleType] = {
    module.KIND: module
    for module in (
        figure_mismatch, year_mismatch, date_mismatch, attribution_conflict, timeline, reference_conflict, parts_sum, change_mismatch,
        elapsed_time, deal_award_conflict,
    )
}


# Which claims an executor must see together to find every finding it can
# (auditor/pipeline/partitions.py): "document", one document's claims and its
# record; "partitioned", the claims that share one of the keys its
# partition_keys(params) gives a claim (a claim with none is never read);
# "corpus", every claim at once: what an executor that declares nothing gets.
SCOPES = ("document", "partitioned", "corpus")


def scope_of(rule: Rule) -> str:
    scope = getattr(EXECUTORS[rule.kind], "SCOPE", "corpus")
    if scope == "partitioned" and not hasattr(EXECUTORS[rule.kind], "partition_keys"):
        return "corpus"
    return scope if scope in SCOPES else "corpus"


def partition_keys(rule: Rule) -> Callable[[Claim], tuple[str, ...]]:
    """The keys under which a partitioned rule must see claims together."""
    executor = EXECUTORS[rule.kind]
    return executor.partition_keys(executor.Parameters.model_validate(rule.parameters))


def in_two_steps(rule: Rule) -> bool:
    """Whether a rule can run a partition at a time (``collect``) and then compare
    what the partitions gave (``finish``)."""
    executor = EXECUTORS[rule.kind]
    return hasattr(executor, "collect") and hasattr(executor, "finish")


def collect(rule: Rule, context: CheckContext) -> list:
    """What a two-step rule keeps of one partition's claims."""
    executor = EXECUTORS[rule.kind]
    return executor.collect(rule, executor.Parameters.model_validate(rule.parameters), context)


def finish(
    rule: Rule, entries: Sequence, claim_of: Callable[[object], Claim], crowded: Mapping[str, Mapping] | None = None
) -> list[Finding]:
    """A two-step rule's findings from what every partition gave; ``claim_of`` reads an entry's claim;
    ``crowded``: what the rule takes from the whole corpus when the entries are part of it (by rule id)."""
    executor = EXECUTORS[rule.kind]
    params = executor.Parameters.model_validate(rule.parameters)
    return list(executor.finish(rule, params, entries, claim_of, (crowded or {}).get(rule.id)))


def link_options(rule: Rule) -> LinkOptions | None:
    """How a rule links claims into facts, when it does."""
    params = EXECUTORS[rule.kind].Parameters.model_validate(rule.parameters)
    return params.link_options() if isinstance(params, LinkParameters) else None


def run_rule(rule: Rule, context: CheckContext) -> list[Finding]:
    executor = EXECUTORS[rule.kind]
    params = executor.Parameters.model_validate(rule.parameters)
    return list(executor.run(rule, params, context))


def without_restatements(findings: Sequence[Finding], rules: Sequence[Rule]) -> list[Finding]:
    """One conflict, one finding: a date-mismatch (an event dated twice) on the
    lines of a year-mismatch (the same deal's figure dated twice) is the same
    conflict told twice; the year-mismatch, which shows the figure too, stays.
    Two attribution conflicts between the same parties on the same lines are
    one deal's, and an attribution conflict beside a deal credited to two
    parties between the same two documents is that deal's."""
    kind = {rule.id: rule.kind for rule in rules}
    figure_lines = {_lines(f) for f in findings if kind.get(f.rule) == year_mismatch.KIND}
    kept = [f for f in findings if not (kind.get(f.rule) == date_mismatch.KIND and _lines(f) in figure_lines)]
    # "supply 60,000 engraved pens ..., an order worth about EUR 1.1 million"
    # credited to two makers: one deal, whose count and sum each conflict (two
    # rules of one kind, or two figures of one rule), is one finding, on the
    # figures the passages tell first.
    first: dict[tuple[frozenset[tuple[str, int]], str], Finding] = {}
    for finding in kept:
        if kind.get(finding.rule) == attribution_conflict.KIND:
            key = (_lines(finding), finding.fact.subject)
            if key not in first or _columns(finding) < _columns(first[key]):
                first[key] = finding
    chosen = {id(f) for f in first.values()}
    kept = [f for f in kept if kind.get(f.rule) != attribution_conflict.KIND or id(f) in chosen]
    # A deal credited to two parties and an attribution conflict of its figure
    # between the same two documents ("The deal is worth EUR 12 million" in
    # each) are one conflict: the deal's finding stays, since its words say
    # whose deal it is and who is said to have won it, where a figure's
    # words may name neither.
    deals = [f for f in kept if kind.get(f.rule) == deal_award_conflict.KIND]
    return [f for f in kept if not (kind.get(f.rule) == attribution_conflict.KIND and any(_told_beside(d, f) for d in deals))]


# How many lines apart a deal's words and its figure may be told: "signed a
# five-year agreement with Pedalon Bikes" and, a paragraph on, "The deal is
# worth EUR 12 million".
_BESIDE_LINES = 2


def _told_beside(deal: Finding, figured: Finding) -> bool:
    """Whether an attribution conflict cites, in every document the deal's
    finding cites, a line beside the deal's."""
    lines: dict[str, list[int]] = {}
    for evidence in figured.evidence:
        lines.setdefault(evidence.path, []).append(evidence.line)
    return all(
        any(abs(line - evidence.line) <= _BESIDE_LINES for line in lines.get(evidence.path, ()))
        for evidence in deal.evidence
    )


def _columns(finding: Finding) -> tuple[tuple[str, int, int], ...]:
    return tuple(sorted((e.path, e.line, e.column) for e in finding.evidence))


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


__all__ = [
    "EXECUTORS",
    "SCOPES",
    "CheckContext",
    "collect",
    "finish",
    "in_two_steps",
    "link_options",
    "partition_keys",
    "run_checks",
    "run_rule",
    "scope_of",
    "without_restatements",
]


