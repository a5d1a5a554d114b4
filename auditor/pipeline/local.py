"""Every stage in this process; extraction in worker processes when it pays.

The in-process placement of :mod:`auditor.engine`. Documents are decoded one
at a time as the store hands them over: a document's own rules run on it at
once and only its claims that have a linking key are kept, for the rules
that compare claims across documents.
"""

from __future__ import annotations

import collections
import functools
import signal
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.checks import CheckContext, collect, finish, in_two_steps
from auditor.link import linking_keys
from auditor.model import Claim, Document, DocumentStatus, ReferenceFact, Rule
from auditor.store import EncodedDocument, encode
from auditor.store import decode as decode_record
from auditor.store.spill import Spill

from . import collector
from .extraction import Job, extract_job
from .partitions import CheckOutcome, Keys, RulePlan, check_partition, default_fact_count, named_facts, needed_by

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

# Documents in flight per worker: enough to keep workers busy, few enough
# that the bytes waiting for them stay small.
_IN_FLIGHT_PER_WORKER = 16
# After this many documents' records are built, the collector stops
# rescanning them (see auditor.pipeline.collector).
_SETTLE_EVERY = 2_000

Decoded = tuple[str, Sequence[Claim], "Document | None"]
# A document's entry as the store keeps it: path, encoded claims, encoded head (None when not asked for).
Row = tuple[str, "bytes | None", "bytes | None"]
Progress = Callable[[str, int, int], None]


def ignore_interrupts() -> None:
    """Worker initializer: Ctrl-C reaches every process of the terminal's
    group, and the parent alone decides what it means (it ends the workers)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class InProcess:
    """Where the in-process engine runs each stage."""

    def __init__(
        self,
        jobs: int = 1,
        parallel_threshold: int = 50,
        knowledge_dir: Path | None = None,
        knowledge: Callable[[], object] | None = None,
    ) -> None:
        self.jobs = jobs
        self.parallel_threshold = parallel_threshold
        self.knowledge_dir = knowledge_dir
        # Where this process gets the knowledge from (the store's compiled copy);
        # worker processes load their own, once each.
        self.knowledge = knowledge
        # The corpus's short forms (the engine decodes with them here).
        self.short_forms: object = None

    def extract(self, inputs: Iterable[Job | DocumentStatus], count: int) -> Iterator[EncodedDocument | DocumentStatus]:
        """Each input's result, in order: in ``jobs`` worker processes when there are enough."""
        extract = functools.partial(extract_job, knowledge_dir=self.knowledge_dir)
        if self.jobs > 1 and count > self.parallel_threshold:
            # Imported here: multiprocessing is a fortieth of a second of start-up
            # that a run extracting a file or two never needs.
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=self.jobs, initializer=ignore_interrupts) as pool:
                yield from _bounded_map(pool, extract, iter(inputs), self.jobs * _IN_FLIGHT_PER_WORKER)
            return
        knowledge = None
        for item in inputs:
            if isinstance(item, DocumentStatus):
                yield item
                continue
            if knowledge is None and self.knowledge is not None:
                knowledge = self.knowledge()
            yield extract_job(item, self.knowledge_dir, knowledge)  # type: ignore[arg-type]

    def check(
        self,
        plan: RulePlan,
        rows: Iterable[Row],
        count: int,
        decode: Callable[[Row], Decoded],
        context: Sequence[Claim],
        context_heads: Sequence[Document],
        reference_facts: Sequence[ReferenceFact],
        progress: Progress | None = None,
        spill: Callable[[], Spill] | None = None,
        claim_of: Callable[[str, str], Claim] | None = None,
        crowded: Mapping[str, Mapping] | None = None,
    ) -> CheckOutcome:
        """Findings of ``plan`` on the documents of ``rows`` (each checked whole) and
        ``context`` (more claims of other documents, for the partitioned rules, with
        the records of their documents). ``decode`` turns a row into records.

        ``crowded``: what two-step rules take from the whole corpus when the
        claims are part of it (``CheckContext.crowded``).

        With ``spill``, the claims partitioned rules read are set aside there
        and read back a partition at a time, so memory holds one partition
        (and compact entries of the two-step rules), not every claim.
        """
        outcome = CheckOutcome()
        needed = needed_by(plan)
        keys = plan.keys()
        kept: list[Claim] = []
        heads: dict[str, Document] = {head.path: head for head in context_heads}
        aside = spill() if spill is not None and plan.partitioned else None
        try:
            keep = self._keeper(kept, keys, aside)
            keep(list(context))
            watch_facts = bool(reference_facts) and plan.checks_references()
            for done, row in enumerate(rows, start=1):
                path, claims, head = decode(row)
                if watch_facts:
                    outcome.named_facts |= named_facts(reference_facts, claims)
                if plan.document and claims:
                    outcome.add(check_partition(plan.document, claims, [head] if head else [], reference_facts))
                mine = [claim for claim in claims if needed(claim)]
                if mine:
                    keep(mine)
                    if head is not None:
                        heads[path] = head
                if done % _SETTLE_EVERY == 0:
                    collector.settle()
                if progress:
                    progress("check", done, count)
            collector.settle()
            if aside is not None:
                for index, (rule, _) in enumerate(keys):
                    outcome.merge(_by_partition(rule, index, aside, heads, reference_facts, crowded))
            elif plan.partitioned:
                # Each partitioned rule sees every claim it reads at once (and
                # the rules that link share their linking).
                outcome.add(check_partition(plan.partitioned, kept, list(heads.values()), reference_facts, crowded))
            if not outcome.fact_counts:
                # Statistics always count facts, even when no rule needed linking.
                outcome.fact_counts["default"] = (
                    default_fact_count(kept) if aside is None else _default_facts_aside(aside, len(keys))
                )
        finally:
            if aside is not None:
                aside.close()
        return outcome

    @staticmethod
    def _keeper(kept: list[Claim], keys: list[tuple[Rule, Keys]], aside: Spill | None) -> Callable[[list[Claim]], None]:
        if aside is None:
            return kept.extend

        def set_aside(claims: list[Claim]) -> None:
            for claim in claims:
                found = [(index, key) for index, (_, keys_of) in enumerate(keys) for key in keys_of(claim)]
                # Under the default linking too, for the facts statistic when no rule links.
                found += [(len(keys), key) for key in linking_keys(claim)]
                aside.add(claim.evidence.location.path, claim.id, encode(claim), found)

        return set_aside


def _by_partition(
    rule: Rule,
    index: int,
    aside: Spill,
    heads: dict[str, Document],
    reference_facts: Sequence[ReferenceFact],
    crowded: Mapping[str, Mapping] | None = None,
) -> CheckOutcome:
    """One rule over the claims set aside for it, a partition at a time."""
    outcome = CheckOutcome()
    entries: list = []
    two_steps = in_two_steps(rule)
    for encoded in aside.partitions(index):
        claims = [decode_record(Claim, data) for data in encoded]
        documents = [heads[path] for path in sorted({c.evidence.location.path for c in claims}) if path in heads]
        if two_steps:
            context = CheckContext(claims=claims, documents=documents, reference_facts=reference_facts)
            entries += collect(rule, context)
            outcome.add(CheckOutcome([], context.fact_counts()))
        else:
            outcome.add(check_partition([rule], claims, documents, reference_facts))
    if two_steps:
        outcome.findings += finish(
            rule, entries, lambda entry: decode_record(Claim, aside.claim(entry.claim_id)), crowded
        )
    return outcome


def _default_facts_aside(aside: Spill, index: int) -> int:
    return sum(default_fact_count([decode_record(Claim, data) for data in encoded]) for encoded in aside.partitions(index))


def _bounded_map(
    pool: ProcessPoolExecutor,
    function: Callable[[Job], EncodedDocument | DocumentStatus],
    items: Iterator[Job | DocumentStatus],
    window: int,
) -> Iterator[EncodedDocument | DocumentStatus]:
    """``pool.map`` in order, with at most ``window`` items submitted and not yet taken."""
    pending: collections.deque[Future | DocumentStatus] = collections.deque()
    for item in items:
        pending.append(item if isinstance(item, DocumentStatus) else pool.submit(function, item))
        if len(pending) >= window:
            yield _take(pending.popleft())
    while pending:
        yield _take(pending.popleft())


def _take(item: Future | DocumentStatus) -> EncodedDocument | DocumentStatus:
    return item if isinstance(item, DocumentStatus) else item.result()
