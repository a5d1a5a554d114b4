"""What every executor may look at during one audit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field

from auditor.link import DEFAULT_ROUND_PATTERN, Linker, LinkOptions
from auditor.model import Claim, Document, Fact, ReferenceFact


class LinkParameters(BaseModel):
    """Parameters shared by the executors that compare linked facts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    families: dict[str, list[str]] = Field(default_factory=dict)
    purpose_threshold: float = Field(default=50.0, ge=0, le=100)
    round_pattern: str = DEFAULT_ROUND_PATTERN
    relative_tolerance: float = Field(default=0.01, ge=0, lt=1)
    rates: dict[str, float] = Field(default_factory=dict)
    # How far apart a count of a thing and a count of its one kind may be and
    # still be one fact (see ``auditor.link``): further, the kind may be a part.
    kind_ratio: float = Field(default=1.5, gt=1)
    # Events whose figures belong to one deal only for one term ("a four-year
    # contract"): told with two terms, they are two deals.
    termed_events: list[str] = Field(default_factory=list)

    def link_options(self) -> LinkOptions:
        return LinkOptions(
            families={name: tuple(events) for name, events in self.families.items()},
            purpose_threshold=self.purpose_threshold,
            round_pattern=self.round_pattern,
            relative_tolerance=self.relative_tolerance,
            rates=dict(self.rates),
            kind_ratio=self.kind_ratio,
            termed_events=frozenset(self.termed_events),
        )


def _options_key(options: LinkOptions) -> tuple:
    return (
        tuple(sorted((k, tuple(v)) for k, v in options.families.items())),
        options.purpose_threshold,
        options.round_pattern,
        options.relative_tolerance,
        tuple(sorted(options.rates.items())),
        options.kind_ratio,
        tuple(sorted(options.termed_events)),
    )


@dataclass
class CheckContext:
    """Claims, documents and trusted facts of one audit.

    Linking depends on a rule's family table, so facts are linked on demand
    and shared by every rule that asks with the same options.
    """

    claims: Sequence[Claim]
    documents: Sequence[Document] = ()
    reference_facts: Sequence[ReferenceFact] = ()
    # When the claims are only part of the corpus (a new file checked against
    # it): by rule id, what a rule that counts claims across the corpus
    # (attribution-conflict's crowded keys) must take from the whole corpus.
    crowded: Mapping[str, Mapping] = field(default_factory=dict)
    _facts: dict[tuple, tuple[Fact, ...]] = field(default_factory=dict, repr=False)
    # Rules whose linkings differ only in their families share what they read.
    _linker: Linker = field(default_factory=Linker, repr=False)

    def facts(self, options: LinkOptions) -> tuple[Fact, ...]:
        key = _options_key(options)
        if key not in self._facts:
            self._facts[key] = self._linker.link(self.claims, options)
        return self._facts[key]

    @property
    def documents_by_id(self) -> Mapping[str, Document]:
        return {document.id: document for document in self.documents}

    def claims_by_document(self) -> list[tuple[str, list[Claim]]]:
        """Each document's claims (in the order given), documents in path order,
        for the rules that read one document at a time."""
        by_document: dict[str, list[Claim]] = {}
        for claim in self.claims:
            by_document.setdefault(claim.doc_id, []).append(claim)
        documents = self.documents_by_id
        return sorted(by_document.items(), key=lambda item: documents[item[0]].path if item[0] in documents else item[0])

    def fact_counts(self) -> dict[tuple, int]:
        """How many facts each linking made so far, by its options."""
        return {key: len(facts) for key, facts in self._facts.items()}

    def linked_fact_count(self) -> int:
        """Facts of the most populous linking, for the run's statistics."""
        return max((len(facts) for facts in self._facts.values()), default=0)
