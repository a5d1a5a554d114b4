"""The audit: documents in, findings out.

``extract -> link -> checks -> suppressions -> baseline``, with nothing
printed and nothing written: the command line decides what to do with the
result.
"""

from __future__ import annotations

import functools
import signal
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from auditor import __version__
from auditor.baseline import apply_baseline
from auditor.checks import CheckContext, run_rule, without_restatements
from auditor.checks.evidence import sort_findings
from auditor.checks.context import LinkParameters
from auditor.checks.reference_conflict import unmatched_facts
from auditor.corpus import resolve_short_forms
from auditor.model import (
    AuditError,
    DocumentClaims,
    AuditResult,
    Claim,
    Document,
    DocumentClaims,
    Finding,
    LoadResult,
    ReferenceFact,
    Rule,
    RuleInfo,
)
from auditor.suppress import apply_suppressions

# Below this many documents, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 50

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class AuditOptions:
    """How to run an audit.

    ``against_paths``: when given, the documents under review; findings that
    cite none of them are dropped (the rest of the corpus is context).
    ``baseline``: fingerprints of accepted findings, dropped from the result.
    ``progress``: called as ``progress(stage, done, total)``.
    ``knowledge_dir``: the rules folder whose ``entities.yaml`` and
    ``lexicon/`` extraction reads; None for the shipped ones.
    """

    against_paths: frozenset[str] | None = None
    baseline: frozenset[str] = field(default_factory=frozenset)
    jobs: int = 1
    progress: Progress | None = None
    parallel_threshold: int = PARALLEL_THRESHOLD
    knowledge_dir: Path | None = None


def _claims_of(document: Document, knowledge_dir: Path | None = None) -> DocumentClaims | str:
    """Claims of a document, or why extraction failed (so one bad file cannot stop a run).

    Only the claims (with the document's names and what extraction reports)
    travel back from a worker process. The knowledge is named by its folder,
    which is cheap to send; each process loads it once.
    """
    from auditor.extract import extract_document, load_knowledge

    try:
        return extract_document(document, load_knowledge(knowledge_dir))
    except Exception as exc:  # noqa: BLE001 - reported as an AuditError, never swallowed
        return f"extraction failed: {type(exc).__name__}: {exc}"


def ignore_interrupts() -> None:
    """Worker initializer: Ctrl-C reaches every process of the terminal's
    group, and the parent alone decides what it means (it ends the workers)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def extract_all(documents: Sequence[Document], options: AuditOptions) -> list[DocumentClaims | str]:
    """Each document's claims (or extraction error) in document order, in parallel when it pays."""
    total = len(documents)
    results: list[DocumentClaims | str] = []
    if options.jobs > 1 and total > options.parallel_threshold:
        extract = functools.partial(_claims_of, knowledge_dir=options.knowledge_dir)
        with ProcessPoolExecutor(max_workers=options.jobs, initializer=ignore_interrupts) as pool:
            for done, result in enumerate(pool.map(extract, documents, chunksize=8), start=1):
                results.append(result)
                if options.progress:
                    options.progress("extract", done, total)
        return results
    for done, document in enumerate(documents, start=1):
        results.append(_claims_of(document, options.knowledge_dir))
        if options.progress:
            options.progress("extract", done, total)
    return results


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


def _unmatched_fact_warnings(
    facts: Sequence[ReferenceFact], claims: Sequence[Claim], documents: Sequence[Document]
) -> list[AuditError]:
    return [
        AuditError(
            path=fact.path,
            line=fact.line,
            level="warning",
            message=f"reference fact about {fact.subject!r} ({fact.attribute}): no document read "
            "names this subject, so the fact is never checked (a misspelt subject?)",
        )
        for fact in unmatched_facts(facts, claims, documents)
    ]


def audit(
    load_result: LoadResult,
    rules: Sequence[Rule],
    reference_facts: Sequence[ReferenceFact] = (),
    options: AuditOptions | None = None,
) -> AuditResult:
    options = options or AuditOptions()
    documents = load_result.documents
    errors: list[AuditError] = []
    extracted: list[DocumentClaims] = []
    failed = 0
    for document, result in zip(documents, extract_all(documents, options)):
        errors.extend(document.problems)
        if isinstance(result, str):
            failed += 1
            errors.append(AuditError(path=document.path, message=result))
        else:
            extracted.append(result)
            errors.extend(result.problems)
    claims = resolve_short_forms(extracted)

    if any(rule.kind == "reference-conflict" for rule in rules):
        errors.extend(_unmatched_fact_warnings(reference_facts, claims, documents))
    context = CheckContext(claims=claims, documents=documents, reference_facts=reference_facts)
    findings: list[Finding] = []
    for done, rule in enumerate(rules, start=1):
        findings.extend(run_rule(rule, context))
        if options.progress:
            options.progress("check", done, len(rules))
    if not context.linked_fact_count():
        # Statistics always count facts, even when no rule needed linking.
        context.facts(LinkParameters().link_options())

    findings = without_restatements(findings, rules)
    if options.against_paths is not None:
        findings = [_reviewed_first(f, options.against_paths) for f in findings if _cites(f, options.against_paths)]
    findings, suppressed = apply_suppressions(findings, documents)
    findings, baselined = apply_baseline(findings, options.baseline)
    findings = sort_findings(findings)

    skipped = sum(1 for status in load_result.statuses if status.status == "skipped")
    return AuditResult(
        tool_version=__version__,
        documents=load_result.statuses,
        claims=tuple(claims),
        findings=tuple(findings),
        rules=tuple(rule_info(rule) for rule in rules),
        errors=tuple(errors),
        stats={
            "documents": len(documents),
            "skipped": skipped,
            "claims": len(claims),
            "facts": context.linked_fact_count(),
            "findings": len(findings),
            "suppressed": suppressed,
            "baselined": baselined,
            "extraction_failed": failed,
        },
    )
