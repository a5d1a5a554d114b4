"""Past one machine: the audit's stages on a Dask cluster.

Extraction is a map over documents (in batches, so the scheduler handles
thousands of tasks, not millions); the results come back to the client,
which keeps the claim store. Checking ships each document's stored entry to
the cluster: a document's own rules run where it is decoded, its keyed
claims are shuffled by linking key so each block of linked claims is
checked on one worker, the rules that compare claims across blocks get
every keyed claim in one task, and the findings are gathered on the
client. The result is the in-process engine's, byte for byte (the engine
assembles both the same way; tests/test_dask_engine.py compares them).

Without a scheduler address a ``LocalCluster`` of ``jobs`` worker processes
is started for the run and stopped after it. With one, the workers must run
this auditor (the same code fingerprint, checked before any work) and, for
``--rules`` knowledge, read the same folder at the same path.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType

from auditor.checks import CheckContext, collect, finish, in_two_steps
from auditor.corpus import ShortForms
from auditor.model import Claim, Document, DocumentClaims, DocumentStatus, ReferenceFact, Rule
from auditor.pipeline.extraction import Job, extract_job
from auditor.pipeline.local import Decoded, Progress, Row
from auditor.pipeline.partitions import (
    CheckOutcome,
    RulePlan,
    blocks,
    check_partition,
    default_fact_count,
    named_facts,
    needed_by,
)
from auditor.store import EncodedDocument, decode
from auditor.store.fingerprint import claims_fingerprint

# Documents per extraction task, and the tasks in flight per worker.
_BATCH = 32
_IN_FLIGHT_PER_WORKER = 4
# Stored entries per partition of the checking graph.
_PARTITION = 256
# How long to wait for an existing scheduler to answer.
CONNECT_TIMEOUT = "30s"


class EngineUnavailable(RuntimeError):
    """Dask is not installed, or the cluster cannot run this audit."""


def _extract_batch(jobs: Sequence[Job], knowledge_dir: Path | None) -> list[EncodedDocument | DocumentStatus]:
    return [extract_job(job, knowledge_dir) for job in jobs]


def _worker_fingerprint(knowledge_dir: Path | None) -> str:
    return claims_fingerprint(knowledge_dir)


def _decoded(row: Row, short_forms: ShortForms) -> Decoded:
    path, claims, head = row
    return (
        path,
        tuple(short_forms.resolve(decode(DocumentClaims, claims).claims)) if claims is not None else (),
        decode(Document, head) if head is not None else None,
    )


def _document_rules(
    rules: Sequence[Rule], reference_facts: Sequence[ReferenceFact], watch_facts: bool
) -> Callable[[Decoded], CheckOutcome]:
    def check(item: Decoded) -> CheckOutcome:
        _, claims, head = item
        outcome = CheckOutcome()
        if watch_facts:
            outcome.named_facts |= named_facts(reference_facts, claims)
        if rules and claims:
            outcome.add(check_partition(rules, claims, [head] if head else [], reference_facts))
        return outcome

    return check


def _sum(outcomes: Iterable[CheckOutcome]) -> CheckOutcome:
    total = CheckOutcome()
    for outcome in outcomes:
        total.add(outcome)
    return total


class OnDask:
    """Where the Dask engine runs each stage: a context manager that holds the client."""

    def __init__(self, scheduler: str | None, workers: int, knowledge_dir: Path | None) -> None:
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self.knowledge_dir = knowledge_dir
        self._stack = contextlib.ExitStack()
        self.client = None
        # Set by the engine before checking: the corpus's short forms, sent to the workers.
        self.short_forms = ShortForms(())

    def __enter__(self) -> "OnDask":
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise EngineUnavailable('the dask engine needs dask: pip install "auditor[dask]"') from exc
        try:
            if self.scheduler is None:
                cluster = self._stack.enter_context(
                    LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                 dashboard_address=None, silence_logs=50)  # fmt: skip
                )
                self.client = self._stack.enter_context(Client(cluster))
            else:
                self.client = self._stack.enter_context(Client(self.scheduler, timeout=CONNECT_TIMEOUT))
        except (OSError, TimeoutError) as exc:
            self._stack.close()
            raise EngineUnavailable(f"cannot reach the Dask scheduler {self.scheduler}: {exc}") from exc
        self._check_workers()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self._stack.close()

    def _check_workers(self) -> None:
        """Every worker must extract as this process would."""
        expected = claims_fingerprint(self.knowledge_dir)
        found = self.client.run(_worker_fingerprint, self.knowledge_dir)  # type: ignore[union-attr]
        different = sorted(worker for worker, fingerprint in found.items() if fingerprint != expected)
        if different:
            raise EngineUnavailable(
                f"Dask workers {', '.join(different)} run other auditor code, libraries or knowledge than this "
                "client: install the same version of auditor on them (and give --rules folders at the same path)"
            )

    # ----------------------------------------------------------------- extraction

    def extract(self, inputs: Iterable[Job | DocumentStatus], count: int) -> Iterator[EncodedDocument | DocumentStatus]:
        """Results in the order of ``inputs``; batches run on the cluster, a few per worker at a time."""
        client = self.client
        assert client is not None
        window = max(2, self.workers * _IN_FLIGHT_PER_WORKER)
        batches = _batches(iter(inputs), _BATCH)
        pending: list = []
        for batch in batches:
            pending.append(self._submit(batch))
            if len(pending) >= window:
                yield from self._take(pending.pop(0))
        for future in pending:
            yield from self._take(future)

    def _submit(self, batch: list[Job | DocumentStatus]):  # type: ignore[no-untyped-def]
        jobs = [item for item in batch if not isinstance(item, DocumentStatus)]
        future = self.client.submit(_extract_batch, jobs, self.knowledge_dir, pure=False) if jobs else None  # type: ignore[union-attr]
        return batch, future

    @staticmethod
    def _take(submitted) -> Iterator[EncodedDocument | DocumentStatus]:  # type: ignore[no-untyped-def]
        batch, future = submitted
        results = iter(future.result() if future is not None else ())
        for item in batch:
            yield item if isinstance(item, DocumentStatus) else next(results)

    # ----------------------------------------------------------------- checks

    def check(
        self,
        plan: RulePlan,
        rows: Iterable[Row],
        count: int,
        decode_here: Callable[[Row], Decoded],
        context: Sequence[Claim],
        context_heads: Sequence[Document],
        reference_facts: Sequence[ReferenceFact],
        progress: Progress | None = None,
        spill: object = None,
        claim_of: Callable[[str, str], Claim] | None = None,
        crowded: Mapping[str, Mapping] | None = None,
    ) -> CheckOutcome:
        """The in-process engine's findings and fact counts, computed on the cluster
        (whose workers hold the partitions: ``spill`` is for the in-process engine)."""
        import dask.bag as db

        client = self.client
        assert client is not None
        entries = list(rows)
        # Decoded once, kept on the workers for every rule's shuffle.
        documents = (
            db.from_sequence(entries or [("", None, None)], partition_size=_PARTITION)
            .map(_decoded, self.short_forms)
            .persist()
        )
        outcome = CheckOutcome()
        watch_facts = bool(reference_facts) and plan.checks_references()
        graphs = [documents.map(_document_rules(plan.document, reference_facts, watch_facts)).reduction(_sum, _sum)]
        needed = needed_by(plan)
        claims = documents.map(lambda item: [claim for claim in item[1] if needed(claim)]).flatten()
        if context:
            claims = db.concat([claims, db.from_sequence(list(context), partition_size=_PARTITION * 8)])
        claims = claims.persist()
        heads = documents.map(lambda item: [(item[0], item[2])] if item[2] is not None else []).flatten()
        if context_heads:
            heads = db.concat([heads, db.from_sequence([(h.path, h) for h in context_heads], partition_size=_PARTITION)])
        records = heads.reduction(dict, lambda parts: {k: v for part in parts for k, v in part.items()})
        for rule, keys_of in plan.keys():
            # The shuffle: every claim goes to the worker of its partition.
            roots = self._roots(claims, keys_of)
            by_partition = claims.filter(lambda claim, keys_of=keys_of: bool(keys_of(claim))).groupby(
                lambda claim, keys_of=keys_of, roots=roots: roots[tuple(keys_of(claim))]
            )
            if in_two_steps(rule):
                # Each partition's entries are made where it is; they are
                # compared on the client, which reads the claims it pairs.
                gathered = by_partition.map(_collect_rule, rule, records, reference_facts)
                graphs.append(gathered.reduction(_gather, _gather))
            else:
                checked = by_partition.map(_partition_rule, rule, records, reference_facts)
                graphs.append(checked.reduction(_sum, _sum))
        results = client.compute(graphs, sync=True)
        outcome.add(results[0])
        rules = [rule for rule, _ in plan.keys()]
        for rule, partial in zip(rules, results[1:]):
            if isinstance(partial, tuple):
                entries, counts = partial
                assert claim_of is not None, "a two-step rule needs claim_of"
                partial = CheckOutcome(
                    finish(rule, entries, lambda e: claim_of(e.path, e.claim_id), crowded), counts.fact_counts
                )
            outcome.merge(partial)
        if not outcome.fact_counts:
            outcome.fact_counts["default"] = client.compute(
                claims.reduction(list, lambda parts: default_fact_count(itertools.chain.from_iterable(parts))), sync=True
            )
        if progress:
            progress("check", count, count)
        return outcome

    def _roots(self, claims, keys_of) -> dict[tuple[str, ...], str]:  # type: ignore[no-untyped-def]
        """Each claim's partition, named by its key tuple: keys joined as
        :func:`auditor.pipeline.partitions.blocks` joins them."""
        found = claims.map(lambda claim: tuple(keys_of(claim))).filter(bool).distinct()
        tuples = self.client.compute(found, sync=True)  # type: ignore[union-attr]
        cut = blocks(tuples, keys_of=lambda keys: keys)
        return {keys: min(key for other in block for key in other) for block in cut for keys in block}


def _collect_rule(
    pair: tuple[str, list[Claim]], rule: Rule, records: dict[str, Document], reference_facts: Sequence[ReferenceFact]
) -> tuple[list, CheckOutcome]:
    _, claims = pair
    documents = [records[path] for path in sorted({claim.evidence.location.path for claim in claims}) if path in records]
    context = CheckContext(claims=claims, documents=documents, reference_facts=reference_facts)
    return collect(rule, context), CheckOutcome([], context.fact_counts())


def _gather(parts: Iterable[tuple[list, CheckOutcome]]) -> tuple[list, CheckOutcome]:
    entries: list = []
    counts = CheckOutcome()
    for found, outcome in parts:
        entries += found
        counts.add(outcome)
    return entries, counts


def _partition_rule(
    pair: tuple[str, list[Claim]], rule: Rule, records: dict[str, Document], reference_facts: Sequence[ReferenceFact]
) -> CheckOutcome:
    _, claims = pair
    documents = [records[path] for path in sorted({claim.evidence.location.path for claim in claims}) if path in records]
    return check_partition([rule], claims, documents, reference_facts)


def _batches(items: Iterator[Job | DocumentStatus], size: int) -> Iterator[list[Job | DocumentStatus]]:
    while batch := list(itertools.islice(items, size)):
        yield batch
