"""The audit: documents in, findings out.

``extract -> store -> link -> checks -> suppressions -> baseline``, with
nothing printed and nothing written but the claim store the caller hands
in: the command line decides what to do with the result.

Documents stream through extraction one at a time (in worker processes with
``jobs > 1``): a document is read, hashed, and extracted only when the store
holds no entry for its path and bytes; workers send back encoded entries,
which go to the store undecoded. Checks then read the store a document or a
block of linked claims at a time (:mod:`auditor.pipeline.partitions`), so
what is held at once is the work of one partition, not the corpus.
"""

from __future__ import annotations

import collections
import functools
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TypeVar, Union

from auditor import __version__
from auditor.baseline import apply_baseline
from auditor.checks import CheckContext, run_rule
from auditor.checks.context import LinkParameters
from auditor.checks.evidence import sort_findings
from auditor.link import linking_keys, topic_keys
from auditor.model import (
    AuditError,
    AuditResult,
    Claim,
    Document,
    DocumentClaims,
    DocumentStatus,
    Finding,
    LoadResult,
    ReferenceFact,
    Rule,
    RuleInfo,
)
from auditor.pipeline import collector
from auditor.pipeline.extraction import Job, SourceBytes, extract_job
from auditor.pipeline.partitions import RulePlan, blocks, plan_rules
from auditor.sources import SourceFile, read_bytes, skipped_status
from auditor.store import ClaimStore, DamagedEntry, EncodedDocument, decode, memory_store
from auditor.suppress import apply_suppressions

# Below this many documents to extract, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 50
# Documents in flight per worker: enough to keep workers busy, few enough
# that the bytes waiting for them stay small.
_IN_FLIGHT_PER_WORKER = 16
# After this many documents' records are built, the collector stops
# rescanning them (see auditor.pipeline.collector).
_SETTLE_EVERY = 2_000

Progress = Callable[[str, int, int], None]
Record = TypeVar("Record", Document, DocumentClaims)
Corpus = Union[LoadResult, Sequence[SourceFile]]


@dataclass(frozen=True)
class AuditOptions:
    """How to run an audit.

    ``against_paths``: when given, the documents under review; findings that
    cite none of them are dropped (the rest of the corpus is context).
    ``baseline``: fingerprints of accepted findings, dropped from the result.
    ``progress``: called as ``progress(stage, done, total)``.
    ``knowledge_dir``: the rules folder whose ``entities.yaml`` and
    ``lexicon/`` extraction reads; None for the shipped ones.
    ``store``: the claim store to read and fill (its fingerprint must be that
    of ``knowledge_dir``); None keeps the run's claims in memory only.
    ``include_claims``: put every claim in the result, not only the claims
    of the documents that findings cite.
    """

    against_paths: frozenset[str] | None = None
    baseline: frozenset[str] = field(default_factory=frozenset)
    jobs: int = 1
    progress: Progress | None = None
    parallel_threshold: int = PARALLEL_THRESHOLD
    knowledge_dir: Path | None = None
    store: ClaimStore | None = None
    include_claims: bool = False


def rule_info(rule: Rule) -> RuleInfo:
    return RuleInfo(id=rule.id, kind=rule.kind, severity=rule.severity, summary=rule.summary, rationale=rule.rationale)


def _cites(finding: Finding, paths: frozenset[str]) -> bool:
    return any(evidence.path in paths for evidence in finding.evidence)


def audit(
    corpus: Corpus,
    rules: Sequence[Rule],
    reference_facts: Sequence[ReferenceFact] = (),
    options: AuditOptions | None = None,
) -> AuditResult:
    """Audit a corpus: documents already loaded (a ``LoadResult``) or files to read (``SourceFile``\\ s)."""
    options = options or AuditOptions()
    # A run without a store keeps its entries in memory; its fingerprint
    # names nothing, as nothing outlives the run.
    store = options.store if options.store is not None else memory_store("in-memory")
    try:
        with collector.tuned():
            return _Audit(store, options).run(corpus, rules, reference_facts)
    finally:
        if options.store is None:
            store.close()
        else:
            store.flush()


@dataclass
class _Catalogue:
    """What extraction left: a status per input, and the documents read, by path."""

    statuses: dict[str, DocumentStatus] = field(default_factory=dict)
    read: list[str] = field(default_factory=list)
    claim_counts: dict[str, int] = field(default_factory=dict)
    # Where to read a document again if its stored entry turns out damaged.
    origins: dict[str, SourceFile | Document] = field(default_factory=dict)


class _Audit:
    """One run of the pipeline against one store."""

    def __init__(self, store: ClaimStore, options: AuditOptions) -> None:
        self.store = store
        self.options = options
        self.errors: list[AuditError] = []

    # ----------------------------------------------------------------- the run

    def run(self, corpus: Corpus, rules: Sequence[Rule], reference_facts: Sequence[ReferenceFact]) -> AuditResult:
        options = self.options
        catalogue = self._extract(corpus)
        plan = plan_rules(rules)
        findings, claim_count, fact_count = self._check(catalogue, plan, reference_facts)

        if options.against_paths is not None:
            findings = [f for f in findings if _cites(f, options.against_paths)]
        cited = sorted({e.path for f in findings for e in f.evidence if e.path in catalogue.origins})
        findings, suppressed = apply_suppressions(findings, [self._document(catalogue, path) for path in cited])
        findings, baselined = apply_baseline(findings, options.baseline)
        findings = sort_findings(findings)

        shown = catalogue.read if options.include_claims else sorted({e.path for f in findings for e in f.evidence})
        shown = [path for path in shown if catalogue.claim_counts.get(path)]
        claims = [claim for _, claims_of, _ in self._each_document(catalogue, shown, False) for claim in claims_of]
        statuses = [catalogue.statuses[path] for path in sorted(catalogue.statuses)]
        self.errors.sort(key=lambda error: (error.path, error.line or 0, error.message))
        return AuditResult(
            tool_version=__version__,
            documents=tuple(statuses),
            claims=tuple(claims),
            findings=tuple(findings),
            rules=tuple(rule_info(rule) for rule in rules),
            errors=tuple(self.errors),
            stats={
                "documents": len(catalogue.read),
                "skipped": sum(1 for status in statuses if status.status == "skipped"),
                "claims": claim_count,
                "facts": fact_count,
                "findings": len(findings),
                "suppressed": suppressed,
                "baselined": baselined,
            },
        )

    # ----------------------------------------------------------------- extraction

    def _extract(self, corpus: Corpus) -> _Catalogue:
        catalogue = _Catalogue()
        index = self.store.index()
        misses: list[Job] = []
        if isinstance(corpus, LoadResult):
            for status in corpus.statuses:
                catalogue.statuses[status.path] = status
            for document in corpus.documents:
                catalogue.origins[document.path] = document
                if index.get(document.path) != document.sha256:
                    misses.append(document)
        else:
            for source in corpus:
                if source.problem:
                    catalogue.statuses[source.path] = skipped_status(source.path, source.problem)
                    continue
                data = read_bytes(source.location)
                if isinstance(data, str):
                    catalogue.statuses[source.path] = skipped_status(source.path, data)
                    continue
                catalogue.origins[source.path] = source
                if index.get(source.path) != hashlib.sha256(data).hexdigest():
                    misses.append(source)
        missed = {_job_path(job) for job in misses}

        total = len(misses)
        for done, result in enumerate(self._extract_jobs(misses), start=1):
            self._keep(catalogue, result)
            if self.options.progress:
                self.options.progress("extract", done, total)
        self.store.flush()

        fresh = [path for path in catalogue.origins if path not in missed]
        for path, status, count, error in self.store.statuses(fresh):
            self._known(catalogue, path, status, error, count)
        catalogue.read = sorted(path for path in catalogue.origins if catalogue.statuses.get(path, _READ).status == "read")
        return catalogue

    def _extract_jobs(self, jobs: list[SourceFile | Document]) -> Iterator[EncodedDocument | DocumentStatus]:
        """Each job's result, in order: in worker processes when it pays."""
        extract = functools.partial(extract_job, knowledge_dir=self.options.knowledge_dir)
        inputs = (_job_input(job) for job in jobs)
        if self.options.jobs > 1 and len(jobs) > self.options.parallel_threshold:
            with ProcessPoolExecutor(max_workers=self.options.jobs) as pool:
                yield from _bounded_map(pool, extract, inputs, self.options.jobs * _IN_FLIGHT_PER_WORKER)
            return
        for item in inputs:
            yield item if isinstance(item, DocumentStatus) else extract(item)

    def _keep(self, catalogue: _Catalogue, result: EncodedDocument | DocumentStatus) -> None:
        if isinstance(result, DocumentStatus):
            catalogue.statuses[result.path] = result
            return
        self.store.put(result)
        self._known(catalogue, result.path, result.status, result.error, result.claim_count)

    def _known(self, catalogue: _Catalogue, path: str, status: bytes, error: str | None, count: int) -> None:
        catalogue.claim_counts[path] = count
        if path not in catalogue.statuses:  # a LoadResult brings its own statuses
            catalogue.statuses[path] = decode(DocumentStatus, status)
        if error:
            self.errors.append(AuditError(path=path, message=error))

    def _reextract(self, catalogue: _Catalogue, path: str) -> None:
        """Extract a document again because its stored entry did not decode."""
        origin = catalogue.origins[path]
        self.store.notices.append(f"claim store: the entry of {path} was damaged; it was extracted again")
        (result,) = list(self._extract_jobs_serial([origin]))
        if isinstance(result, DocumentStatus):
            raise DamagedEntry(f"{path} can no longer be read: {result.reason}")
        self.store.put(result)
        self.store.flush()

    def _extract_jobs_serial(self, jobs: list[SourceFile | Document]) -> Iterator[EncodedDocument | DocumentStatus]:
        for item in (_job_input(job) for job in jobs):
            yield item if isinstance(item, DocumentStatus) else extract_job(item, self.options.knowledge_dir)

    # ----------------------------------------------------------------- reading back

    def _claims(self, catalogue: _Catalogue, path: str) -> tuple[Claim, ...]:
        """A read document's claims (none when its extraction failed)."""
        found = self._payload(catalogue, path, DocumentClaims, "claims")
        return found.claims if found is not None else ()

    def _document(self, catalogue: _Catalogue, path: str) -> Document:
        found = self._payload(catalogue, path, Document, "head")
        if found is None:
            raise DamagedEntry(f"the claim store lost the document {path} during the run")
        return found

    def _payload(self, catalogue: _Catalogue, path: str, record_type: type[Record], column: str) -> Record | None:
        try:
            return self.store.payload(path, record_type, column)
        except DamagedEntry:
            self._reextract(catalogue, path)
            return self.store.payload(path, record_type, column)

    def _each_document(
        self, catalogue: _Catalogue, paths: Sequence[str], with_heads: bool
    ) -> Iterator[tuple[str, tuple[Claim, ...], Document | None]]:
        """Each document's claims (and record, when asked), in the order given, decoded once."""
        columns = ("claims", "head") if with_heads else ("claims",)
        for count, row in enumerate(self.store.payloads(paths, *columns), start=1):
            path = row[0]
            try:
                claims = decode(DocumentClaims, row[1]).claims if row[1] is not None else ()
                head = decode(Document, row[2]) if with_heads else None
            except DamagedEntry:
                self._reextract(catalogue, path)
                claims, head = self._claims(catalogue, path), self._document(catalogue, path) if with_heads else None
            yield path, claims, head
            if count % _SETTLE_EVERY == 0:
                collector.settle()

    # ----------------------------------------------------------------- checks

    def _check(
        self, catalogue: _Catalogue, plan: RulePlan, reference_facts: Sequence[ReferenceFact]
    ) -> tuple[list[Finding], int, int]:
        """Every finding of every rule, the number of claims and of linked facts.

        Each document is decoded once: document rules run on it at once, and
        its claims that have a linking key are kept for the block rules. With
        ``against_paths``, only the reviewed documents are read in full, and
        of the corpus only the documents that share a key with them.
        """
        claim_count = sum(catalogue.claim_counts.get(path, 0) for path in catalogue.read)
        if plan.corpus:
            return self._check_whole_corpus(catalogue, plan, reference_facts)
        against = self.options.against_paths
        reviewed = catalogue.read if against is None else [path for path in catalogue.read if path in against]
        findings: list[Finding] = []
        keyed: list[Claim] = []
        wants_keyed = bool(plan.linked or plan.keyed)
        for done, (_path, claims, head) in enumerate(self._each_document(catalogue, reviewed, bool(plan.document)), start=1):
            if plan.document and claims:
                context = CheckContext(claims=claims, documents=[head], reference_facts=reference_facts)
                findings.extend(self._run(plan.document, context))
            if wants_keyed:
                keyed.extend(claim for claim in claims if linking_keys(claim))
            if self.options.progress:
                self.options.progress("check", done, len(reviewed))
        if against is not None and wants_keyed:
            keyed.extend(self._related(catalogue, set(reviewed), keyed, with_topics=bool(plan.keyed)))

        contexts: list[CheckContext] = []
        if plan.keyed:
            # Rules that compare across blocks see every keyed claim at once;
            # the block rules share their linking.
            contexts.append(CheckContext(claims=keyed, reference_facts=reference_facts))
            findings.extend(self._run((*plan.linked, *plan.keyed), contexts[-1]))
        else:
            for block in blocks(keyed):
                contexts.append(CheckContext(claims=block, reference_facts=reference_facts))
                findings.extend(self._run(plan.linked, contexts[-1]))
        counts: collections.Counter[tuple] = collections.Counter()
        for context in contexts:
            counts.update(context.fact_counts())
        if not counts:
            # Statistics always count facts, even when no rule needed linking.
            if not wants_keyed:
                keyed = [c for _, claims, _ in self._each_document(catalogue, reviewed, False) for c in claims]
            default = LinkParameters().link_options()
            counts["default"] = sum(len(CheckContext(claims=block).facts(default)) for block in blocks(keyed))
        return findings, claim_count, max(counts.values(), default=0)

    def _related(
        self, catalogue: _Catalogue, reviewed: set[str], claims: Sequence[Claim], with_topics: bool
    ) -> list[Claim]:
        """The corpus claims a check of the reviewed documents' ``claims`` needs.

        Those in the blocks of their linking keys and, for rules that compare
        across subjects, those that share a topic with them (a name, a word
        of a purpose), with the whole blocks those belong to, so every fact
        links as it would in the whole corpus.
        """
        corpus = set(catalogue.read) - reviewed
        block_keys = {key for claim in claims for key in linking_keys(claim)}
        keys = block_keys | ({key for claim in claims for key in topic_keys(claim)} if with_topics else set())
        loaded: list[Claim] = []
        seen: set[str] = set(reviewed)
        while keys:
            paths = sorted((self.store.paths_sharing(keys) & corpus) - seen)
            seen.update(paths)
            found = [c for _, claims_of, _ in self._each_document(catalogue, paths, False) for c in claims_of]
            found = [claim for claim in found if linking_keys(claim)]
            loaded.extend(found)
            # Claims met through a topic bring their blocks, once.
            keys = {key for claim in found for key in linking_keys(claim)} - block_keys
            block_keys |= keys
        return loaded

    def _check_whole_corpus(
        self, catalogue: _Catalogue, plan: RulePlan, reference_facts: Sequence[ReferenceFact]
    ) -> tuple[list[Finding], int, int]:
        """For a rule that declares no scope: every claim and document in one context."""
        claims: list[Claim] = []
        heads: list[Document] = []
        for _path, claims_of, head in self._each_document(catalogue, catalogue.read, True):
            claims.extend(claims_of)
            heads.append(head)  # type: ignore[arg-type]
        context = CheckContext(claims=claims, documents=heads, reference_facts=reference_facts)
        findings = self._run(plan.rules, context)
        if not context.linked_fact_count():
            context.facts(LinkParameters().link_options())
        return findings, len(claims), context.linked_fact_count()

    @staticmethod
    def _run(rules: Iterable[Rule], context: CheckContext) -> list[Finding]:
        found: list[Finding] = []
        for rule in rules:
            found.extend(run_rule(rule, context))
        return found


_READ = DocumentStatus(path="", status="read")


def _job_path(job: SourceFile | Document) -> str:
    return job.path


def _job_input(job: SourceFile | Document) -> Job | DocumentStatus:
    """What a worker needs: a loaded document, or a file's path and bytes."""
    if isinstance(job, Document):
        return job
    data = read_bytes(job.location)
    if isinstance(data, str):
        return skipped_status(job.path, data)
    return SourceBytes(job.path, data)


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
