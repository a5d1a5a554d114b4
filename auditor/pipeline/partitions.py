"""Which claims each rule must see together, so checks never need them all at once.

Every executor declares its ``SCOPE`` (:func:`auditor.checks.scope_of`):

- ``document``: one document's claims (and its record) at a time;
- ``linked``: the claims of one *block*, claims joined by a shared linking
  key (:func:`auditor.link.linking_keys`). Linking never joins claims of two
  blocks, so a block links to exactly the facts the whole corpus would give
  it, with the same keys;
- ``keyed``: every claim that has a linking key, at once;
- ``corpus``: every claim and document at once (an executor that declares
  nothing gets this, the safe default).

Findings are the same whichever way the claims are cut (the engine sorts
them), which ``tests/test_partitions.py`` checks on the labelled corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from auditor.checks import CheckContext, run_rule, scope_of
from auditor.checks.context import LinkParameters
from auditor.link import linking_keys
from auditor.model import Claim, Document, Finding, ReferenceFact, Rule


@dataclass(frozen=True)
class RulePlan:
    """The rules of a run, by the scope they need."""

    document: tuple[Rule, ...] = ()
    linked: tuple[Rule, ...] = ()
    keyed: tuple[Rule, ...] = ()
    corpus: tuple[Rule, ...] = ()

    @property
    def rules(self) -> tuple[Rule, ...]:
        return (*self.document, *self.linked, *self.keyed, *self.corpus)


def plan_rules(rules: Sequence[Rule]) -> RulePlan:
    by_scope: dict[str, list[Rule]] = {"document": [], "linked": [], "keyed": [], "corpus": []}
    for rule in rules:
        by_scope[scope_of(rule)].append(rule)
    return RulePlan(**{scope: tuple(found) for scope, found in by_scope.items()})


@dataclass
class _Blocks:
    """Union-find over linking keys: a claim with several keys joins their blocks."""

    parent: dict[str, str] = field(default_factory=dict)

    def find(self, key: str) -> str:
        root = self.parent.setdefault(key, key)
        while root != self.parent[root]:
            root = self.parent[root]
        while key != root:  # path compression
            self.parent[key], key = root, self.parent[key]
        return root

    def join(self, keys: Sequence[str]) -> str:
        roots = sorted({self.find(key) for key in keys})
        for other in roots[1:]:
            self.parent[other] = roots[0]
        return roots[0]


Item = TypeVar("Item")


def blocks(claims: Iterable[Item], keys_of: Callable[[Item], Sequence[str]] = linking_keys) -> list[list[Item]]:
    """The claims that have linking keys, cut into blocks, in a stable order.

    Claims without a key belong to no block: linking never reads them.
    ``keys_of`` gives an item's keys (for items that stand for claims).
    """
    union = _Blocks()
    keyed: list[tuple[str, Item]] = []
    for claim in claims:
        keys = keys_of(claim)
        if keys:
            keyed.append((union.join(keys), claim))
    grouped: dict[str, list[Item]] = {}
    for key, claim in keyed:
        grouped.setdefault(union.find(key), []).append(claim)
    return [grouped[root] for root in sorted(grouped)]


@dataclass
class CheckOutcome:
    """Findings of a set of partitions, and how many facts each linking made in them."""

    findings: list[Finding] = field(default_factory=list)
    fact_counts: dict[tuple, int] = field(default_factory=dict)

    def add(self, other: "CheckOutcome") -> None:
        self.findings.extend(other.findings)
        for key, count in other.fact_counts.items():
            self.fact_counts[key] = self.fact_counts.get(key, 0) + count

    def merge(self, other: "CheckOutcome") -> None:
        """Take findings and the fact counts of linkings this outcome has not made.

        For two outcomes over the same keyed claims (blocks one by one, and
        all at once for the cross-block rules): a linking both made counts
        the same facts.
        """
        self.findings.extend(other.findings)
        for key, count in other.fact_counts.items():
            self.fact_counts.setdefault(key, count)


def check_partition(
    rules: Sequence[Rule],
    claims: Sequence[Claim],
    documents: Sequence[Document] = (),
    reference_facts: Sequence[ReferenceFact] = (),
) -> CheckOutcome:
    """Every finding of ``rules`` on one partition's claims (a document, a block, every keyed claim)."""
    context = CheckContext(claims=claims, documents=documents, reference_facts=reference_facts)
    findings = [finding for rule in rules for finding in run_rule(rule, context)]
    return CheckOutcome(findings, context.fact_counts())


def default_fact_count(keyed: Iterable[Claim]) -> int:
    """Facts of the default linking: the statistic when no rule linked anything."""
    options = LinkParameters().link_options()
    return sum(len(CheckContext(claims=block).facts(options)) for block in blocks(keyed))
