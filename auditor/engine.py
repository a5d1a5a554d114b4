"""The audit: documents in, findings out.

``extract -> store -> link -> checks -> suppressions -> baseline``, with
nothing printed and nothing written but the claim store the caller hands
in: the command line decides what to do with the result.

Documents stream through extraction one at a time: a document is read,
hashed, and extracted only when the store holds no entry for its path and
bytes; the results come back encoded and go to the store undecoded. Checks
then read the store a document at a time, and the rules that compare
claims across documents get only the claims that have a linking key
(:mod:`auditor.pipeline.partitions`). With ``against_paths`` only the
reviewed documents are read whole, and of the corpus only the documents
that share a key with them.

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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TypeVar, Union

from auditor import __version__
from auditor.baseline import apply_baseline
from auditor.checks import without_restatements
from auditor.checks.evidence import sort_findings
from auditor.checks.reference_conflict import unmatched_facts
from auditor.corpus import ShortForms
from auditor.link import fold, topic_keys
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
from auditor.pipeline.knowledge_cache import cached_knowledge
from auditor.pipeline.local import Decoded, InProcess, Row
from auditor.pipeline.partitions import (
    RulePlan,
    check_partition,
    default_fact_count,
    named_facts,
    needed_by,
    plan_rules,
)
from auditor.sources import SourceFile, read_bytes, skipped_status
from auditor.store import (
    ClaimStore,
    DamagedEntry,
    EncodedDocument,
    FileStat,
    IndexEntry,
    decode,
    decode_data,
    encode_data,
    memory_store,
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
# A purpose word shared by more documents than this, and than this share of
# the corpus's claims, is one attribution-conflict does not pair on alone
# (its "crowded" words); --against does not read the corpus through it.
_CROWDED_DOCUMENTS = 200
_CROWDED_SHARE = 0.02

Progress = Callable[[str, int, int], None]
# Documents already loaded with their statuses, or files to read (and
# documents read elsewhere, such as standard input).
Corpus = Union[LoadResult, Sequence[Union[SourceFile, Document]]]
Record = TypeVar("Record", Document, DocumentClaims)


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
        self.short_forms = ShortForms(())
        self.named_facts: set[int] = set()
        self.checked: set[str] = set()

    def _short_forms(self, catalogue: _Catalogue) -> ShortForms:
        """The corpus's short forms, from what each document told the corpus (no claim decoded).

        Kept in the store (sealed) for the next run over the same documents.
        """
        digest = hashlib.sha256(self.store.fingerprint.encode())
        for path in catalogue.read:
            digest.update(f"\0{path}\0{catalogue.statuses[path].sha256}".encode())
        key = digest.hexdigest()
        sealed = self.store.table(_SHORT_FORMS) if self.store.location is not None else None
        kept = unseal(sealed) if sealed is not None else None
        if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == key and isinstance(kept[1], ShortForms):
            return kept[1]
        names: list[tuple[str, str]] = []
        for path, data in self.store.payloads(catalogue.read, "corpus_input"):
            try:
                names.extend((str(canonical), str(written)) for canonical, written in decode_data(data))
            except DamagedEntry:
                self._reextract(catalogue, path)
                ((_, data),) = list(self.store.payloads([path], "corpus_input"))
                names.extend((str(canonical), str(written)) for canonical, written in decode_data(data))
        forms = ShortForms(names)
        if self.store.location is not None:
            sealed = seal((key, forms))
            if sealed is not None:
                self.store.put_table(_SHORT_FORMS, sealed)
        return forms

    # ----------------------------------------------------------------- the run

    def run(self, corpus: Corpus, rules: Sequence[Rule], reference_facts: Sequence[ReferenceFact]) -> AuditResult:
        options = self.options
        catalogue = self._extract(corpus)
        self.short_forms = self._short_forms(catalogue)
        self.placement.short_forms = self.short_forms
        plan = plan_rules(rules)
        findings, claim_count, fact_count = self._check(catalogue, plan, reference_facts)

        findings = without_restatements(findings, rules)
        if options.against_paths is not None:
            findings = [_reviewed_first(f, options.against_paths) for f in findings if _cites(f, options.against_paths)]
        if reference_facts and any(rule.kind == "reference-conflict" for rule in rules):
            self.errors.extend(self._unmatched_fact_warnings(catalogue, reference_facts))
        cited = sorted({e.path for f in findings for e in f.evidence if e.path in catalogue.origins})
        findings, suppressed = apply_suppressions(findings, [self._document(catalogue, path) for path in cited])
        findings, baselined = apply_baseline(findings, options.baseline)
        findings = sort_findings(findings)

        shown = catalogue.read if options.include_claims else sorted({e.path for f in findings for e in f.evidence})
        shown = [path for path in shown if catalogue.claim_counts.get(path)]
        claims = [claim for _, claims_of in self._each_document(catalogue, shown) for claim in claims_of]
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
        for done, result in enumerate(self._extract_jobs([job for job, _ in misses]), start=1):
            self._keep(catalogue, result, stats.get(result.path))
            if self.options.progress:
                self.options.progress("extract", done, total)
        self.store.flush()

        fresh = [path for path in catalogue.origins if path not in missed]
        for path, status, count, error in self.store.statuses(fresh):
            self._known(catalogue, path, status, error, count)
        catalogue.read = sorted(path for path in catalogue.origins if catalogue.statuses.get(path, _READ).status == "read")
        return catalogue

    def _changed(self, source: SourceFile, entry: IndexEntry | None) -> FileStat | DocumentStatus | object:
        """Whether a file must be extracted: its stat (taken before reading it) when it
        must, ``_UNCHANGED`` when its entry holds, its skipped status when it cannot be read.

        A file whose size and modification time are those its entry was made
        from is not read at all; any other is read and hashed.
        """
        try:
            info = os.stat(source.location)
        except OSError:
            info = None
        if info is not None and entry is not None and entry.unchanged(info.st_size, info.st_mtime_ns):
            return _UNCHANGED
        read_ns = time.time_ns()
        data = read_bytes(source.location)
        if isinstance(data, str):
            return skipped_status(source.path, data, "unreadable")
        stat = FileStat(info.st_size, info.st_mtime_ns, read_ns) if info is not None else None
        if entry is not None and entry.sha256 == hashlib.sha256(data).hexdigest():
            if stat is not None:
                self.store.restat(source.path, stat)
            return _UNCHANGED
        return stat

    def _extract_jobs(self, jobs: list[SourceFile | Document]) -> Iterator[EncodedDocument | DocumentStatus]:
        """Each job's result, where the placement runs extraction."""
        return self.placement.extract((_job_input(job) for job in jobs), len(jobs))

    def _keep(self, catalogue: _Catalogue, result: EncodedDocument | DocumentStatus, stat: FileStat | None) -> None:
        if isinstance(result, DocumentStatus):
            catalogue.statuses[result.path] = result
            return
        self.store.put(result, stat)
        self._known(catalogue, result.path, result.status, result.error, result.claim_count)

    def _known(self, catalogue: _Catalogue, path: str, status: bytes, error: str | None, count: int) -> None:
        catalogue.claim_counts[path] = count
        if path not in catalogue.statuses:  # a LoadResult brings its own statuses
            catalogue.statuses[path] = decode(DocumentStatus, status)
        if error:
            self.errors.append(AuditError(path=path, message=error))

    def _reextract(self, catalogue: _Catalogue, path: str) -> None:
        """Extract a document again, here, because its stored entry did not decode."""
        self.store.notices.append(f"claim store: the entry of {path} was damaged; it was extracted again")
        item = _job_input(catalogue.origins[path])
        result = item if isinstance(item, DocumentStatus) else extract_job(item, self.options.knowledge_dir)
        if isinstance(result, DocumentStatus):
            raise DamagedEntry(f"{path} can no longer be read: {result.reason}")
        self.store.put(result)
        self.store.flush()

    # ----------------------------------------------------------------- reading back

    def _claims(self, catalogue: _Catalogue, path: str) -> tuple[Claim, ...]:
        """A read document's claims (none when its extraction failed)."""
        found = self._payload(catalogue, path, DocumentClaims, "claims")
        return tuple(self.short_forms.resolve(found.claims)) if found is not None else ()

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

    def _rows(self, paths: Sequence[str], with_heads: bool) -> Iterator[Row]:
        """The stored entries of ``paths``, in the order given, still encoded."""
        if with_heads:
            return iter(self.store.payloads(paths, "claims", "head"))  # type: ignore[arg-type]
        return ((path, claims, None) for path, claims in self.store.payloads(paths, "claims"))

    def _decoder(self, catalogue: _Catalogue) -> Callable[[Row], Decoded]:
        def decoded(row: Row) -> Decoded:
            path, claims, head = row
            try:
                return (
                    path,
                    self.short_forms.resolve(decode(DocumentClaims, claims).claims) if claims is not None else (),
                    decode(Document, head) if head is not None else None,
                )
            except DamagedEntry:
                self._reextract(catalogue, path)
                return path, self._claims(catalogue, path), self._document(catalogue, path) if head else None

        return decoded

    def _claim_reader(self, catalogue: _Catalogue) -> Callable[[str, str], Claim]:
        """Reads one claim (as the checks see it) by its document and id; recent documents are kept."""

        @functools.lru_cache(maxsize=256)
        def claims_of(path: str) -> dict[str, Claim]:
            return {claim.id: claim for claim in self._claims(catalogue, path)}

        return lambda path, claim_id: claims_of(path)[claim_id]

    def _each_document(self, catalogue: _Catalogue, paths: Sequence[str]) -> Iterator[tuple[str, Sequence[Claim]]]:
        decoded = self._decoder(catalogue)
        for row in self._rows(paths, False):
            path, claims, _ = decoded(row)
            yield path, claims

    # ----------------------------------------------------------------- checks

    def _check(
        self, catalogue: _Catalogue, plan: RulePlan, reference_facts: Sequence[ReferenceFact]
    ) -> tuple[list[Finding], int, int]:
        """Every finding of every rule, the number of claims and of linked facts."""
        claim_count = sum(catalogue.claim_counts.get(path, 0) for path in catalogue.read)
        if plan.corpus:
            return self._check_whole_corpus(catalogue, plan, reference_facts)
        against = self.options.against_paths
        reviewed = catalogue.read if against is None else [path for path in catalogue.read if path in against]
        context: list[Claim] = []
        heads: list[Document] = []
        if against is not None and plan.partitioned:
            context, heads = self._related(catalogue, reviewed, plan)
        outcome = self.placement.check(
            plan,
            self._rows(reviewed, with_heads=True),
            len(reviewed),
            self._decoder(catalogue),
            context,
            heads,
            reference_facts,
            self.options.progress,
            spill=self.store.spill if claim_count > self.options.spill_threshold else None,
            claim_of=self._claim_reader(catalogue),
        )
        self.named_facts = outcome.named_facts
        self.checked = set(reviewed)
        return outcome.findings, claim_count, outcome.facts()

    def _unmatched_fact_warnings(self, catalogue: _Catalogue, facts: Sequence[ReferenceFact]) -> list[AuditError]:
        """Reference facts whose subject no document names: never checked, so said.

        A fact is named when a claim of any document names its subject, or its
        subject is written in any document's text (``unmatched_facts``). The
        claims checked have named most subjects already; what the documents
        not checked (a corpus under ``--against``) leave unnamed is kept in the
        store for the next run with the same corpus and facts.
        """
        left = [fact for index, fact in enumerate(facts) if index not in self.named_facts]
        if not left:
            return []
        others = [path for path in catalogue.read if path not in self.checked]
        left = [fact for fact in left if fact in self._unnamed_by(catalogue, others, facts)]
        checked = [path for path in catalogue.read if path in self.checked]
        left = self._unnamed_in_texts(left, checked)
        return [
            AuditError(
                path=fact.path,
                line=fact.line,
                level="warning",
                message=f"reference fact about {fact.subject!r} ({fact.attribute}): no document read "
                "names this subject, so the fact is never checked (a misspelt subject?)",
            )
            for fact in left
        ]

    def _unnamed_by(self, catalogue: _Catalogue, paths: Sequence[str], facts: Sequence[ReferenceFact]) -> list[ReferenceFact]:
        """The facts no claim and no text of ``paths`` names (kept in the store, by what it depends on)."""
        if not paths:
            return list(facts)
        digest = hashlib.sha256(self.store.fingerprint.encode())
        for fact in facts:
            digest.update(fact.model_dump_json().encode())
        for path in paths:
            digest.update(f"\0{path}\0{catalogue.statuses[path].sha256}".encode())
        key = digest.hexdigest()
        kept = self.store.table(_UNNAMED_FACTS)
        if kept is not None:
            try:
                known = decode_data(kept)
                if known.get("key") == key:
                    return [facts[index] for index in known["unnamed"]]
            except (DamagedEntry, AttributeError, KeyError, IndexError, TypeError):
                pass
        left = list(facts)
        for _, claims in self._each_document(catalogue, paths):
            left = unmatched_facts(left, claims, ())
            if not left:
                break
        left = self._unnamed_in_texts(left, paths)
        unnamed = [index for index, fact in enumerate(facts) if fact in left]
        self.store.put_table(_UNNAMED_FACTS, encode_data({"key": key, "unnamed": unnamed}))
        return left

    def _unnamed_in_texts(self, facts: list[ReferenceFact], paths: Sequence[str]) -> list[ReferenceFact]:
        for _, head, text in self.store.payloads(paths, "head", "text") if facts else ():
            document = decode(Document, head).model_copy(update={"text": decode_data(text)})
            facts = unmatched_facts(facts, (), [document])
            if not facts:
                break
        return facts

    def _related(
        self, catalogue: _Catalogue, reviewed: Sequence[str], plan: RulePlan
    ) -> tuple[list[Claim], list[Document]]:
        """The corpus claims (and their documents' records) that checking the ``reviewed`` documents needs.

        Every fact a rule builds is about one entity, and a claim is kept in
        the store under the names it gives (``topic_keys``): so the corpus
        documents that name the reviewed claims' entities (or a short form
        of them) hold every claim their facts can contain. Rules that compare
        across subjects also pair claims on a purpose word: documents sharing
        a word fewer documents share than a crowd come too, with the whole
        facts of their claims (their entities, a second time). Found from the
        store's key index; only the documents found are decoded.
        """
        corpus = set(catalogue.read) - set(reviewed)
        needed = needed_by(plan)
        mine = [claim for _, claims in self._each_document(catalogue, reviewed) for claim in claims if needed(claim)]
        raw_names = {key for key in self.store.keys_of(reviewed) if key.startswith("name:")}
        keys = raw_names | _entity_keys(mine) | {key for claim in mine for key in topic_keys(claim)}
        crowd = max(_CROWDED_DOCUMENTS, _CROWDED_SHARE * sum(catalogue.claim_counts.values()))
        paths: set[str] = set()
        for key, found in self.store.paths_by_key(keys).items():
            found &= corpus
            if not (key.startswith("word:") and len(found) > crowd):
                paths |= found
        found_claims, heads = self._needed_claims(catalogue, sorted(paths), needed)
        # Claims met through a word bring the whole facts they belong to.
        more_keys = _entity_keys(found_claims) - keys
        if more_keys:
            more = set().union(set(), *self.store.paths_by_key(more_keys).values()) & corpus - paths
            more_claims, more_heads = self._needed_claims(catalogue, sorted(more), needed)
            found_claims += more_claims
            heads += more_heads
        return found_claims, heads

    def _needed_claims(
        self, catalogue: _Catalogue, paths: Sequence[str], needed: Callable[[Claim], bool]
    ) -> tuple[list[Claim], list[Document]]:
        decoded = self._decoder(catalogue)
        claims: list[Claim] = []
        heads: list[Document] = []
        for row in self._rows(paths, with_heads=True):
            _, claims_of, head = decoded(row)
            kept = [claim for claim in claims_of if needed(claim)]
            if kept and head is not None:
                claims += kept
                heads.append(head)
        return claims, heads

    def _check_whole_corpus(
        self, catalogue: _Catalogue, plan: RulePlan, reference_facts: Sequence[ReferenceFact]
    ) -> tuple[list[Finding], int, int]:
        """For a rule that declares no scope: every claim and document in one context, in this process."""
        decoded = self._decoder(catalogue)
        claims: list[Claim] = []
        heads: list[Document] = []
        for row in self._rows(catalogue.read, with_heads=True):
            _, claims_of, head = decoded(row)
            claims.extend(claims_of)
            heads.append(head)  # type: ignore[arg-type]
        outcome = check_partition(plan.rules, claims, heads, reference_facts)
        if not outcome.fact_counts:
            outcome.fact_counts["default"] = default_fact_count(claims)
        self.named_facts = named_facts(reference_facts, claims)
        self.checked = set(catalogue.read)
        return outcome.findings, len(claims), outcome.facts()


_READ = DocumentStatus(path="", status="read")
# The corpus table of the reference facts the documents outside a check leave unnamed.
_UNNAMED_FACTS = "unnamed-facts"
# The corpus table of the short-form table built from every document's names.
_SHORT_FORMS = "short-forms"
_UNCHANGED = object()


def _entity_keys(claims: Sequence[Claim]) -> set[str]:
    """The store's name keys under which claims about the same entities are kept.

    The names the claims give (as resolved across the corpus), and the short
    forms that resolve to them (a full name's first word, its initials),
    under which other documents' claims about them are kept.
    """
    keys: set[str] = set()
    for claim in claims:
        for ref in (claim.subject, claim.object):
            if ref is None:
                continue
            name = fold(ref.name)
            keys.add(f"name:{name}")
            words = name.split()
            if len(words) > 1:
                keys.add(f"name:{words[0]}")
                keys.add("name:" + "".join(word[0] for word in words))
    return keys


def _job_input(job: SourceFile | Document) -> Job | DocumentStatus:
    """What extraction needs: a loaded document, or a file's path and bytes (read here)."""
    if isinstance(job, Document):
        return job
    data = read_bytes(job.location)
    if isinstance(data, str):
        return skipped_status(job.path, data, "unreadable")
    return SourceBytes(job.path, data)
