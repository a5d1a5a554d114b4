"""The audit: documents in, findings out.

``extract -> store -> link -> checks -> suppressions -> baseline``, with
nothing printed and nothing written but the claim store the caller hands
in: the command line decides what to do with the result.

Documents stream through extraction one at a time: a document is read,
hashed, and extracted only when the store holds no entry for its path and
bytes; the results come back encoded and go to the store undecoded. Checks
then read the store a document at a time (:mod:`auditor.pipeline.reading`),
and the rules that compare claims across documents get only the claims they
read (:mod:`auditor.pipeline.partitions`). With ``against_paths`` only the
reviewed documents are read whole, and of the corpus only the claims that
can take part in a finding with theirs (:mod:`auditor.pipeline.related`).
A whole check's findings are kept by the store for the next run over the
same documents, rules, facts and code (``_Audit._checked``).

*Where* each stage runs is the placement's business: this process (and
worker processes for extraction, :mod:`auditor.pipeline.local`) or a Dask
cluster (:mod:`auditor.dask_engine`). Both give the same result.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Union

from auditor import __version__
from auditor.baseline import apply_baseline
from auditor.checks import without_restatements
from auditor.checks.evidence import sort_findings
from auditor.corpus import ShortForms
from auditor.model import (
    AuditError,
    AuditResult,
    CheckedCorpus,
    Claim,
    Document,
    DocumentStatus,
    Finding,
    LoadResult,
    ReferenceFact,
    Rule,
    RuleInfo,
)
from auditor.pipeline import collector
from auditor.pipeline.knowledge_cache import cached_knowledge, keep_knowledge
from auditor.pipeline.local import InProcess
from auditor.pipeline.partitions import RulePlan, check_partition, default_fact_count, named_facts, plan_rules
from auditor.pipeline.reading import StoredCorpus, job_input
from auditor.pipeline.related import Related, pairing_counts, related_claims
from auditor.pipeline.unnamed_facts import unnamed_fact_warnings
from auditor.sources import SourceFile, read_bytes, skipped_status
from auditor.sources.loading import DEFAULT_MAX_DOCUMENT_BYTES
from auditor.store import (
    ClaimStore,
    DamagedEntry,
    EncodedDocument,
    FileStat,
    IndexEntry,
    decode,
    decode_all,
    decode_data,
    encode,
    memory_store,
    package_fingerprint,
)
from auditor.store.sealed import seal, unseal
from auditor.suppress import apply_suppressions

# Below this many documents to extract, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 50
# Engines: where the stages run.
ENGINES = ("process", "dask")
# Claims (about 8 KB each in memory) a run holds at once before it sets them
# aside and checks a partition at a time: about 1.2 GB.
SPILL_THRESHOLD = 150_000
Progress = Callable[[str, int, int], None]
# Documents already loaded with their statuses, or files to read (and
# documents read elsewhere, such as standard input).
Corpus = Union[LoadResult, Sequence[Union[SourceFile, Document]]]


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
    ``engine``: ``process`` (this process, ``jobs`` worker processes for
    extraction) or ``dask`` (a Dask cluster at ``scheduler``, or a local
    cluster of ``jobs`` workers when None).
    ``spill_threshold``: above this many claims, the in-process engine sets
    the claims the partitioned rules read aside in the store's folder and
    checks them a partition at a time, instead of holding them all.
    ``max_document_bytes``: a larger document is skipped with its reason.
    """

    against_paths: frozenset[str] | None = None
    baseline: frozenset[str] = field(default_factory=frozenset)
    jobs: int = 1
    progress: Progress | None = None
    parallel_threshold: int = PARALLEL_THRESHOLD
    knowledge_dir: Path | None = None
    store: ClaimStore | None = None
    include_claims: bool = False
    engine: str = "process"
    scheduler: str | None = None
    spill_threshold: int = SPILL_THRESHOLD
    max_document_bytes: int | None = DEFAULT_MAX_DOCUMENT_BYTES


def rule_info(rule: Rule) -> RuleInfo:
    return RuleInfo(id=rule.id, kind=rule.kind, severity=rule.severity, summary=rule.summary, rationale=rule.rationale)


def _cites(finding: Finding, paths: frozenset[str]) -> bool:
    return any(evidence.path in paths for evidence in finding.evidence)


def _reviewed_first(finding: Finding, paths: frozenset[str]) -> Finding:
    """The evidence in a reviewed document first: a finding is reported at
    the file under review (annotation, SARIF primary location), the corpus
    side follows as related evidence. The fingerprint does not depend on it."""
    evidence = tuple(sorted(finding.evidence, key=lambda e: e.path not in paths))
    return finding if evidence == finding.evidence else finding.model_copy(update={"evidence": evidence})


def audit(
    corpus: Corpus,
    rules: Sequence[Rule],
    reference_facts: Sequence[ReferenceFact] = (),
    options: AuditOptions | None = None,
) -> AuditResult:
    """Audit a corpus: documents already loaded (a ``LoadResult``) or files to read (``SourceFile``\\ s)."""
    options = options or AuditOptions()
    if options.engine not in ENGINES:
        raise ValueError(f"unknown engine {options.engine!r} (known: {', '.join(ENGINES)})")
    # A run without a store keeps its entries in memory; its fingerprint
    # names nothing, as nothing outlives the run.
    store = options.store if options.store is not None else memory_store("in-memory")
    try:
        with contextlib.ExitStack() as stack:
            stack.enter_context(collector.tuned())
            if options.engine == "dask":
                from auditor.dask_engine import OnDask

                placement = stack.enter_context(OnDask(options.scheduler, options.jobs, options.knowledge_dir))
            else:
                placement = InProcess(
                    options.jobs,
                    options.parallel_threshold,
                    options.knowledge_dir,
                    functools.partial(cached_knowledge, options.store, options.knowledge_dir),
                )
            return _Audit(store, options, placement).run(corpus, rules, reference_facts)
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

    def __init__(self, store: ClaimStore, options: AuditOptions, placement: InProcess) -> None:
        self.store = store
        self.options = options
        self.placement = placement
        self.errors: list[AuditError] = []
        self.failed = 0  # documents whose extraction failed
        self.named_facts: set[int] = set()
        self.checked: set[str] = set()

    # ----------------------------------------------------------------- the run

    def run(self, corpus: Corpus, rules: Sequence[Rule], reference_facts: Sequence[ReferenceFact]) -> AuditResult:
        options = self.options
        catalogue = self._extract(corpus)
        stored = StoredCorpus(self.store, catalogue.origins, options.knowledge_dir)
        stored.short_forms = self._short_forms(catalogue, stored)
        self.placement.short_forms = stored.short_forms
        plan = plan_rules(rules)
        findings, claim_count, fact_count = self._checked(catalogue, stored, plan, rules, reference_facts)

        findings = without_restatements(findings, rules)
        if options.against_paths is not None:
            findings = [_reviewed_first(f, options.against_paths) for f in findings if _cites(f, options.against_paths)]
        if reference_facts and plan.checks_references():
            self.errors.extend(
                unnamed_fact_warnings(stored, catalogue.read, self.checked, self.named_facts, catalogue.statuses,
                                      reference_facts)  # fmt: skip
            )
        cited = sorted({e.path for f in findings for e in f.evidence if e.path in catalogue.origins})
        findings, suppressed = apply_suppressions(findings, stored.heads(cited))
        findings, baselined = apply_baseline(findings, options.baseline)
        findings = sort_findings(findings)

        shown = catalogue.read if options.include_claims else sorted({e.path for f in findings for e in f.evidence})
        shown = [path for path in shown if catalogue.claim_counts.get(path)]
        claims = stored.claim_source(shown, sum(catalogue.claim_counts[path] for path in shown))
        statuses = [catalogue.statuses[path] for path in sorted(catalogue.statuses)]
        self.errors.sort(key=lambda error: (error.path, error.line or 0, error.message))
        return AuditResult(
            tool_version=__version__,
            documents=tuple(statuses),
            claims=claims,
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
                "extraction_failed": self.failed,
            },
        )

    def _short_forms(self, catalogue: _Catalogue, stored: StoredCorpus) -> ShortForms:
        """The corpus's short forms, from what each document told the corpus (no claim decoded).

        Kept in the store (sealed) with the documents it was built from: a run
        over the same documents takes it as it is; a run that only adds
        documents (a new file checked ``--against`` the corpus) adds their
        names to it; any other builds it again, and keeps it for the next.
        """
        documents = {path: catalogue.statuses[path].sha256 for path in catalogue.read}
        sealed = self.store.table(_SHORT_FORMS) if self.store.location is not None else None
        kept = unseal(sealed) if sealed is not None else None
        if (
            isinstance(kept, tuple) and len(kept) == 2
            and isinstance(kept[0], dict) and isinstance(kept[1], ShortForms)
        ):  # fmt: skip
            built_from, forms = kept
            if built_from == documents:
                return forms
            if all(documents.get(path) == sha256 for path, sha256 in built_from.items()):
                return forms.with_names(self._names_told([path for path in catalogue.read if path not in built_from], stored))
        forms = ShortForms(self._names_told(catalogue.read, stored))
        if self.store.location is not None:
            sealed = seal((documents, forms))
            if sealed is not None:
                self.store.put_table(_SHORT_FORMS, sealed)
        return forms

    def _names_told(self, paths: Sequence[str], stored: StoredCorpus) -> list[tuple[str, str]]:
        """The full names the documents of ``paths`` give, as each told the corpus."""
        names: list[tuple[str, str]] = []
        for path, data in self.store.payloads(paths, "corpus_input"):
            try:
                told = decode_data(data)
            except DamagedEntry:
                stored.reextract(path)
                ((_, data),) = list(self.store.payloads([path], "corpus_input"))
                told = decode_data(data)
            names.extend((str(canonical), str(written)) for canonical, written in told)
        return names

    # ----------------------------------------------------------------- extraction

    def _extract(self, corpus: Corpus) -> _Catalogue:
        catalogue = _Catalogue()
        index = self.store.index()
        misses: list[tuple[SourceFile | Document, FileStat | None]] = []
        if isinstance(corpus, LoadResult):
            for status in corpus.statuses:
                catalogue.statuses[status.path] = status
            for document in corpus.documents:
                catalogue.origins[document.path] = document
                entry = index.get(document.path)
                if entry is None or entry.sha256 != document.sha256:
                    misses.append((document, None))
        else:
            for source in corpus:
                if isinstance(source, Document):  # a document read elsewhere (standard input)
                    catalogue.origins[source.path] = source
                    entry = index.get(source.path)
                    if entry is None or entry.sha256 != source.sha256:
                        misses.append((source, None))
                    continue
                if source.problem:
                    catalogue.statuses[source.path] = skipped_status(source.path, source.problem, source.problem_kind)
                    continue
                found = self._changed(source, index.get(source.path))
                if isinstance(found, DocumentStatus):
                    catalogue.statuses[source.path] = found
                    continue
                catalogue.origins[source.path] = source
                if found is not _UNCHANGED:
                    misses.append((source, found))
        missed = {job.path for job, _ in misses}
        stats = {job.path: stat for job, stat in misses}

        total = len(misses)
        extracted = self.placement.extract((job_input(job) for job, _ in misses), total)
        for done, result in enumerate(extracted, start=1):
            self._keep(catalogue, result, stats.get(result.path))
            if self.options.progress:
                self.options.progress("extract", done, total)
        self.store.flush()
        if total:
            # Extraction that ran elsewhere (worker processes, a cluster) leaves
            # the store the compiled knowledge too, for the runs that extract a
            # new file here (--against): built once per fingerprint.
            keep_knowledge(self.options.store, self.options.knowledge_dir)

        # The documents not extracted have the entries the index was read with.
        fresh = [path for path in catalogue.origins if path not in missed]
        for path, status in zip(fresh, decode_all(DocumentStatus, [index[path].status for path in fresh])):
            self._known(catalogue, path, status, index[path].error, index[path].claim_count)
        catalogue.read = sorted(path for path in catalogue.origins if catalogue.statuses.get(path, _READ).status == "read")
        return catalogue

    def _changed(self, source: SourceFile, entry: IndexEntry | None) -> FileStat | DocumentStatus | object:
        """Whether a file must be extracted: its stat (taken before reading it) when it
        must, ``_UNCHANGED`` when its entry holds, its skipped status when it cannot be read.

        A file whose size and modification time are those its entry was made
        from is not read at all; any other is read and hashed. The status is
        the one the folder walk took when it has one (taken before the read,
        as the stat it is stored with must be).
        """
        info = source.status
        if info is None:
            try:
                info = os.stat(source.location)
            except OSError:
                info = None
        if info is not None and entry is not None and entry.unchanged(info.st_size, info.st_mtime_ns):
            return _UNCHANGED
        read_ns = time.time_ns()
        data = read_bytes(source.location, self.options.max_document_bytes)
        if isinstance(data, str):
            return skipped_status(source.path, data, "unreadable")
        stat = FileStat(info.st_size, info.st_mtime_ns, read_ns) if info is not None else None
        if entry is not None and entry.sha256 == hashlib.sha256(data).hexdigest():
            if stat is not None:
                self.store.restat(source.path, stat)
            return _UNCHANGED
        return stat

    def _keep(self, catalogue: _Catalogue, result: EncodedDocument | DocumentStatus, stat: FileStat | None) -> None:
        if isinstance(result, DocumentStatus):
            catalogue.statuses[result.path] = result
            return
        self.store.put(result, stat)
        self._known(catalogue, result.path, decode(DocumentStatus, result.status), result.error, result.claim_count)

    def _known(self, catalogue: _Catalogue, path: str, stored: DocumentStatus, error: str | None, count: int) -> None:
        catalogue.claim_counts[path] = count
        if path not in catalogue.statuses:  # a LoadResult brings its own statuses
            catalogue.statuses[path] = stored
        # What reading and extracting the document reported (front matter
        # ignored, a sentence read in pieces), kept with its entry.
        self.errors.extend(stored.problems)
        if error:
            self.failed += 1
            self.errors.append(AuditError(path=path, message=error))

    # ----------------------------------------------------------------- checks

    def _checked(
        self,
        catalogue: _Catalogue,
        stored: StoredCorpus,
        plan: RulePlan,
        rules: Sequence[Rule],
        reference_facts: Sequence[ReferenceFact],
    ) -> tuple[list[Finding], int, int]:
        """``_check``'s answer, kept by the store for the next run over the same
        documents, rules, facts and code: that run decodes no claim and runs no
        check. Not kept for ``--against`` (which reads little) nor in memory."""
        if self.options.against_paths is not None or self.store.location is None:
            return self._check(catalogue, stored, plan, reference_facts)
        key = _checked_key(self.store.fingerprint, catalogue, rules, reference_facts)
        if key is None:
            return self._check(catalogue, stored, plan, reference_facts)
        kept = self.store.table(_CHECKED)
        if kept is not None:
            try:
                checked = decode(CheckedCorpus, kept)
            except DamagedEntry:
                self.store.notices.append("claim store: the findings kept from the last run were damaged; the checks ran again")
            else:
                if checked.key == key:
                    self.named_facts = set(checked.named_facts)
                    self.checked = set(catalogue.read)
                    return _with_references(checked.findings, reference_facts), checked.claims, checked.facts
        findings, claim_count, fact_count = self._check(catalogue, stored, plan, reference_facts)
        checked = CheckedCorpus(
            key=key, findings=tuple(findings), claims=claim_count, facts=fact_count,
            named_facts=tuple(sorted(self.named_facts)),
        )  # fmt: skip
        self.store.put_table(_CHECKED, encode(checked))
        return findings, claim_count, fact_count

    def _check(
        self, catalogue: _Catalogue, stored: StoredCorpus, plan: RulePlan, reference_facts: Sequence[ReferenceFact]
    ) -> tuple[list[Finding], int, int]:
        """Every finding of every rule, the number of claims and of linked facts."""
        claim_count = sum(catalogue.claim_counts.get(path, 0) for path in catalogue.read)
        if plan.corpus:
            return self._check_whole_corpus(catalogue, stored, plan, reference_facts)
        against = self.options.against_paths
        reviewed = catalogue.read if against is None else [path for path in catalogue.read if path in against]
        related = Related()
        if against is not None and plan.partitioned:
            related = related_claims(stored, catalogue.read, reviewed, plan, _content_hashes(catalogue))
        elif self.store.location is not None and plan.pairs_across_subjects():
            # Counted now, for the runs that check new files against these
            # documents (a tenth of a second at 10,000 documents, once).
            pairing_counts(self.store, set(catalogue.read), _content_hashes(catalogue))
        outcome = self.placement.check(
            plan,
            stored.rows(reviewed, with_heads=True),
            len(reviewed),
            stored.decode,
            related.claims,
            related.heads,
            reference_facts,
            self.options.progress,
            spill=self.store.spill if claim_count > self.options.spill_threshold else None,
            claim_of=stored.claim_reader(),
            crowded=related.crowded,
        )
        self.named_facts = outcome.named_facts
        self.checked = set(reviewed)
        return outcome.findings, claim_count, outcome.facts()

    def _check_whole_corpus(
        self, catalogue: _Catalogue, stored: StoredCorpus, plan: RulePlan, reference_facts: Sequence[ReferenceFact]
    ) -> tuple[list[Finding], int, int]:
        """For a rule that declares no scope: every claim and document in one context, in this process."""
        claims: list[Claim] = []
        heads: list[Document] = []
        for row in stored.rows(catalogue.read, with_heads=True):
            _, claims_of, head = stored.decode(row)
            claims.extend(claims_of)
            heads.append(head)  # type: ignore[arg-type]
        outcome = check_partition(plan.rules, claims, heads, reference_facts)
        if not outcome.fact_counts:
            outcome.fact_counts["default"] = default_fact_count(claims)
        self.named_facts = named_facts(reference_facts, claims)
        self.checked = set(catalogue.read)
        return outcome.findings, len(claims), outcome.facts()


def _checked_key(
    fingerprint: str, catalogue: _Catalogue, rules: Sequence[Rule], reference_facts: Sequence[ReferenceFact]
) -> str | None:
    """A digest of everything a whole check's findings depend on: the code, the
    claims' fingerprint, the rules and facts, and every document read (its
    path and the SHA-256 of its bytes)."""
    digest = hashlib.sha256()

    def add(part: str) -> None:
        data = part.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)

    add(package_fingerprint())
    add(fingerprint)
    for rule in rules:
        add(rule.model_dump_json())
    add("facts")
    for fact in reference_facts:
        add(fact.model_dump_json())
    add("documents")
    for path in catalogue.read:
        origin = catalogue.origins.get(path)
        sha256 = origin.sha256 if isinstance(origin, Document) else catalogue.statuses[path].sha256
        if not sha256:
            return None  # a document known by no content hash: nothing is kept
        add(path)
        add(sha256)
    return digest.hexdigest()


def _content_hashes(catalogue: _Catalogue) -> dict[str, str] | None:
    """The SHA-256 of each document read, by path; None when one is known by none."""
    hashes: dict[str, str] = {}
    for path in catalogue.read:
        origin = catalogue.origins.get(path)
        sha256 = origin.sha256 if isinstance(origin, Document) else catalogue.statuses[path].sha256
        if not sha256:
            return None
        hashes[path] = sha256
    return hashes


def _with_references(findings: Sequence[Finding], reference_facts: Sequence[ReferenceFact]) -> list[Finding]:
    """Kept findings with the run's reference facts: what a fact's entry keeps
    leaves out what is read from it (its quantity), so the fact itself is put back."""
    facts = {fact.model_dump_json(): fact for fact in reference_facts}
    return [
        finding.model_copy(update={"reference": facts.get(finding.reference.model_dump_json(), finding.reference)})
        if finding.reference is not None
        else finding
        for finding in findings
    ]


_READ = DocumentStatus(path="", status="read")
# The corpus table of the findings of the last whole check (``CheckedCorpus``).
_CHECKED = "checked"
# The corpus table of the short-form table built from every document's names.
_SHORT_FORMS = "short-forms"
_UNCHANGED = object()
