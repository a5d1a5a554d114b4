"""Inline suppressions: ``auditor: ignore[rule-id] reason`` in a source file.

A finding is silenced when any of its evidence lies on a line a marker of
that same document silences, for that rule (or for every rule with ``*``).
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from auditor.model import Document, Finding, Suppression


def _silences(suppression: Suppression, rule: str) -> bool:
    return not suppression.rules or "*" in suppression.rules or rule in suppression.rules


def silenced_lines(document: Document, rule: str) -> frozenset[int]:
    return frozenset(s.line for s in document.suppressions if _silences(s, rule))


def is_suppressed(finding: Finding, documents: Mapping[str, Document]) -> bool:
    for evidence in finding.evidence:
        document = documents.get(evidence.path)
        if document is None or not document.suppressions:
            continue
        lines = silenced_lines(document, finding.rule)
        if any(line in lines for line in range(evidence.line, evidence.end_line + 1)):
            return True
    return False


def apply_suppressions(findings: Iterable[Finding], documents: Sequence[Document]) -> tuple[list[Finding], int]:
    """Findings left after inline suppressions, and how many were silenced."""
    by_path = {document.path: document for document in documents}
    kept: list[Finding] = []
    silenced = 0
    for finding in findings:
        if is_suppressed(finding, by_path):
            silenced += 1
        else:
            kept.append(finding)
    return kept, silenced
