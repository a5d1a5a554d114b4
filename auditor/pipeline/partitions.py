"""Which claims each rule must see together, so checks never need them all at once.

Every executor declares its ``SCOPE`` (:func:`auditor.checks.scope_of`):

- ``document``: one document's claims (and its record) at a time;
- ``partitioned``: the claims that share a key of the executor's
  ``partition_keys`` (a block of linked claims; the claims of one event
  family and figure kind; the dates of one subject's event); a claim with
  no key is never read by the rule;
- ``corpus``: every claim and document at once (an executor that declares
  nothing gets this, the safe default).

Findings are the same whichever way the claims are cut (the engine sorts
them), which ``tests/test_partitions.py`` checks on the labelled corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from auditor.checks import CheckContext, link_options, partition_keys, run_rule, scope_of
from auditor.checks.context import LinkParameters
from auditor.checks.reference_conflict import unmatched_facts
from auditor.link import linking_keys
from auditor.model import Claim, Document, Finding, ReferenceFact, Rule

Keys = Callable[[Claim], Sequence[str]]


@dataclass(frozen=True)
class RulePlan:
    """The rules of a run, by the scope they need, and what the partitioned ones read."""

    document: tuple[Rule, ...] = ()
    partitioned: tuple[Rule, ...] = ()
    corpus: tuple[Rule, ...] = ()

    @property
    def rules(self) -> tuple[Rule, ...]:
        return (*self.document, *self.partitioned, *self.corpus)

    def keys(self) -> list[tuple[Rule, Keys]]:
        return [(rule, partition_keys(rule)) for rule in self.partitioned]

    def checks_references(self) -> bool:
        return any(rule.kind == "reference-conflict" for rule in self.rules)

    def pairs_across_subjects(self) -> bool:
        """Whether a partitioned rule pairs figures across subjects (attribution-conflict:
        ``--against`` counts its crowded keys over the whole corpus)."""
        return any(rule.kind == "attribution-conflict" for rule in self.partitioned)

    def links(self) -> bool:
        """Whether a rule that is not a document's links claims into facts."""
        return any(link_options(rule) is not None for rule in (*self.partitioned, *self.corpus))


def plan_rules(rules: Sequence[Rule]) -> RulePlan:
    by_scope: dict[str, list[Rule]] = {"document": [], "partitioned": [], "corpus": []}
    for rule in rules:
        by_scope[scope_of(rule)].append(rule)
    return RulePlan(**{scope: tuple(found) for scope, found in by_scope.items()})


def needed_by(plan: RulePlan) -> Callable[[Claim], bool]:
    """Whether any partitioned rule reads a claim (and, when no rule links, whether the
    default linking does, for the facts statistic)."""
    keys = [keys_of for _, keys_of in plan.keys()]
    if not plan.links():
        keys.append(linking_keys)
    return lambda claim: any(keys_of(claim) for keys_of in keys)


@dataclass
class _Blocks:
    """Union-find over keys: an item with several keys joins their blocks."""

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


def blocks(items: Iterable[Item], keys_of: Callable[[Item], Sequence[str]] = linking_keys) -> list[list[Item]]:
    """Items cut into blocks of those sharing a key, in a stable order; items without a key
    belong to none (``keys_of`` default: a claim's linking keys under default options)."""
    union = _Blocks()
    keyed: list[tuple[str, Item]] = []
    for item in items:
        keys = keys_of(item)
        if keys:
            keyed.append((union.join(keys), item))
    grouped: dict[str, list[Item]] = {}
    for key, item in keyed:
        grouped.setdefault(union.find(key), []).append(item)
    return [grouped[root] for root in sorted(grouped)]


@dataclass
class CheckOutcome:
    """Findings of a set of partitions, and how many facts each linking made in them."""

    findings: list[Finding] = field(default_factory=list)
    fact_counts: dict[tuple, int] = field(default_factory=dict)
    # Reference facts (by index) whose subject some claim checked names.
    named_facts: set[int] = field(default_factory=set)

    def add(self, other: "CheckOutcome") -> None:
        """Partitions of one rule (or of one context): counts add up."""
        self.findings.extend(other.findings)
        self.named_facts |= other.named_facts
        for key, count in other.fact_counts.items():
            self.fact_counts[key] = self.fact_counts.get(key, 0) + count

    def merge(self, other: "CheckOutcome") -> None:
        """Another rule's partitions of the same claims: a linking both made counts the same facts."""
        self.findings.extend(other.findings)
        self.named_facts |= other.named_facts
        for key, count in other.fact_counts.items():
            self.fact_counts.setdefault(key, count)

    def facts(self) -> int:
        return max(self.fact_counts.values(), default=0)


def check_partition(
    rules: Sequence[Rule],
    claims: Sequence[Claim],
    documents: Sequence[Document] = (),
    reference_facts: Sequence[ReferenceFact] = (),
    crowded: Mapping[str, Mapping] | None = None,
) -> CheckOutcome:
    """Every finding of ``rules`` on one partition's claims (``crowded``: see ``CheckContext``)."""
    context = CheckContext(claims=claims, documents=documents, reference_facts=reference_facts, crowded=crowded or {})
    findings = [finding for rule in rules for finding in run_rule(rule, context)]
    return CheckOutcome(findings, context.fact_counts())


def default_fact_count(claims: Iterable[Claim]) -> int:
    """Facts of the default linking: the statistic when no rule links anything."""
    options = LinkParameters().link_options()
    return sum(len(CheckContext(claims=block).facts(options)) for block in blocks(claims))


def named_facts(reference_facts: Sequence[ReferenceFact], claims: Sequence[Claim]) -> set[int]:
    """The reference facts (by index) whose subject one of ``claims`` names, as the
    reference check matches subjects."""
    if not reference_facts or not claims:
        return set()
    left = {id(fact) for fact in unmatched_facts(reference_facts, claims, ())}
    return {index for index, fact in enumerate(reference_facts) if id(fact) not in left}
