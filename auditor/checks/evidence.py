"""Turning claims into the evidence and findings every executor reports.

Kept apart from the executors so all five describe a claim the same way: the
same quoting, the same location labels, the same fingerprint and ordering.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from auditor.model import (
    Claim,
    Document,
    Fact,
    FactRef,
    Finding,
    FindingEvidence,
    FindingValue,
    ReferenceFact,
    Rule,
    Severity,
    TimeRef,
)

from .fingerprint import fingerprint


def finding_evidence(claim: Claim) -> FindingEvidence:
    location = claim.evidence.location
    value = None
    if claim.value is not None:
        value = FindingValue(
            low=claim.value.low,
            high=claim.value.high,
            unit=claim.value.unit,
            qualifier=claim.value.qualifier,
        )
    return FindingEvidence(
        path=location.path,
        line=location.line,
        column=location.column,
        end_line=location.end_line,
        end_column=location.end_column,
        text=claim.evidence.text,
        sentence=claim.evidence.sentence,
        value=value,
        year=claim.time.year if claim.time else None,
        year_source=claim.time.source if claim.time else None,
        role=claim.role,
    )


def time_evidence(claim: Claim, document: Document | None, time: TimeRef | None = None) -> FindingEvidence | None:
    """Where a claim's year was written (or ``time``, another date it counts
    from), as evidence of its own ("acquired in 2024")."""
    time = time or claim.time
    if document is None or time is None or time.start is None or time.end is None:
        return None
    location = document.location_fields(time.start, time.end)
    return FindingEvidence(
        path=location["path"],
        line=location["line"],
        column=location["column"],
        end_line=location["end_line"],
        end_column=location["end_column"],
        text=time.text,
        sentence=claim.evidence.sentence,
        year=time.year,
        year_source=time.source,
    )


def where(claim: Claim) -> str:
    """``path:line`` of a claim, as editors and terminals link it."""
    return f"{claim.evidence.location.path}:{claim.evidence.location.line}"


def figure(claim: Claim) -> str:
    """The figure as the document wrote it."""
    return " ".join(claim.evidence.text.split())


def excerpt(sentence: str, limit: int = 120) -> str:
    """A sentence short enough to quote in a one-line message."""
    text = " ".join(sentence.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def year_text(claim: Claim) -> str:
    return str(claim.time.year) if claim.time else "an unstated year"


def event_label(event: str | None) -> str:
    return (event or "figure").replace("-", " ")


def claim_order(claim: Claim) -> tuple[str, int, int, str]:
    location = claim.evidence.location
    return (location.path, location.start, location.end, claim.id)


def claims_of_pairs(pairs: Iterable[tuple[Claim, Claim]]) -> list[Claim]:
    """Every claim that takes part in one of the disagreeing pairs, once, in order."""
    return distinct_claims(c for pair in pairs for c in pair)


def distinct_claims(claims: Iterable[Claim]) -> list[Claim]:
    """Claims once each (by id), in reading order."""
    return sorted({c.id: c for c in claims}.values(), key=claim_order)


def _evidence_order(item: FindingEvidence) -> tuple[str, int, int, int, int, str]:
    return (item.path, item.line, item.column, item.end_line, item.end_column, item.text)


def fill(template: str, values: Mapping[str, object]) -> str:
    """The rule's message with its placeholders filled.

    Placeholder names were checked against the executor when the rule file was
    loaded, so a missing value here is a bug in the executor, not in the rule.
    """
    return template.format_map({key: ("" if value is None else value) for key, value in values.items()})


def fact_ref(fact: Fact) -> FactRef:
    """What a finding says its fact is."""
    return FactRef(subject=fact.subject, event=fact.event, object=fact.object)


def pair_values(fact: Fact, first: Claim, second: Claim) -> dict[str, object]:
    """The placeholders a message of one fact's two disagreeing claims shares
    with every such rule: the fact, and each claim's figure and place."""
    return {
        "subject": fact.subject,
        "event": event_label(fact.event),
        "object": fact.object or "",
        "first": figure(first),
        "first_where": where(first),
        "second": figure(second),
        "second_where": where(second),
    }


def make_finding(
    rule: Rule,
    fact: FactRef,
    claims: Iterable[Claim],
    values: Mapping[str, object],
    *,
    severity: Severity | None = None,
    reference: ReferenceFact | None = None,
    extra: Iterable[FindingEvidence] = (),
) -> Finding:
    unique = {claim.id: claim for claim in claims}
    items = [*map(finding_evidence, unique.values()), *extra]
    evidence = sorted({_evidence_key(e): e for e in items}.values(), key=_evidence_order)
    return Finding(
        rule=rule.id,
        severity=severity or rule.severity,
        message=fill(rule.message, values),
        fingerprint=fingerprint(rule.id, fact, evidence),
        fact=fact,
        evidence=tuple(evidence),
        reference=reference,
    )


def _evidence_key(item: FindingEvidence) -> tuple[str, int, int, str]:
    return (item.path, item.line, item.column, item.text)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Reading order: by the first place each finding points at, then rule."""

    def key(finding: Finding) -> tuple[str, int, int, str, str]:
        first = finding.evidence[0] if finding.evidence else None
        if first is None:
            return ("", 0, 0, finding.rule, finding.fingerprint)
        return (first.path, first.line, first.column, finding.rule, finding.fingerprint)

    return sorted(findings, key=key)


def applies(rule: Rule, claim: Claim) -> bool:
    """Whether a claim is within the rule's ``applies_to`` scope."""
    kinds: Sequence[str] = rule.applies_to.get("kinds", ())
    events: Sequence[str] = rule.applies_to.get("events", ())
    if kinds and claim.kind not in kinds:
        return False
    if events and claim.event not in events:
        return False
    return True
