"""Plain-word pieces several formats share: values, years, counts, figure spans.

Kept here so that the text, Markdown, HTML and SARIF reports describe the same
finding in the same words.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.model import (
    AuditResult,
    Claim,
    Finding,
    FindingEvidence,
    FindingValue,
    Quantity,
    ReferenceFact,
    Severity,
)

SEVERITY_ORDER: tuple[Severity, ...] = (Severity.ERROR, Severity.WARNING, Severity.INFO)

# Why a finding of each kind matters, for readers who never ran the tool.
KIND_EXPLANATIONS: dict[str, str] = {
    "figure-mismatch": "The documents give figures for the same fact that cannot all be true.",
    "year-mismatch": "The documents place the same fact in different years.",
    "date-mismatch": "The documents give one event that happens once two dates that cannot both be true.",
    "attribution-conflict": "The documents credit the same fact to different parties.",
    "timeline": "The dates given put these events in an impossible order.",
    "reference-conflict": "A document disagrees with a known reference fact.",
    "parts-sum": "A document gives a total and its parts, and the parts do not add up to it.",
    "change-mismatch": "A document states a rise or fall that the figures it gives do not make.",
    "elapsed-time": "A document states a span of time that the dates it gives do not make.",
    "deal-award-conflict": "The documents credit one customer's deal to different winners.",
}


def most_severe_first(findings: Iterable[Finding]) -> list[Finding]:
    """Severity, then rule; the engine's order (by place) within those."""
    rank = {severity: index for index, severity in enumerate(SEVERITY_ORDER)}
    return sorted(findings, key=lambda f: (rank[f.severity], f.rule))


def severity_counts(findings: Iterable[Finding]) -> dict[Severity, int]:
    counts = {severity: 0 for severity in SEVERITY_ORDER}
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count} {word}"


@dataclass(frozen=True)
class Totals:
    documents: int
    skipped: int
    claims: int
    facts: int | None


def totals(result: AuditResult) -> Totals:
    """Run totals: the engine's ``stats`` when present, else counted from the records."""
    stats = result.stats
    read = sum(1 for d in result.documents if d.status == "read")
    skipped = sum(1 for d in result.documents if d.status == "skipped")
    return Totals(
        documents=stats.get("documents", read),
        skipped=stats.get("skipped", skipped),
        claims=stats.get("claims", len(result.claims)),
        facts=stats.get("facts"),
    )


def format_number(number: float) -> str:
    """``110000000000.0`` -> ``110,000,000,000``; ``2.5`` -> ``2.5``."""
    if not math.isfinite(number):
        return str(number)
    if float(number).is_integer() and abs(number) < 1e18:
        return f"{int(number):,}"
    text = f"{number:,.6f}".rstrip("0").rstrip(".")
    return text


def _with_unit(amount: str, unit: str | None) -> str:
    if unit is None or unit == "count":
        return amount
    if unit == "percent":
        return f"{amount}%"
    if len(unit) == 3 and unit.isalpha() and unit.isupper():  # ISO 4217 currency
        return f"{unit} {amount}"
    return f"{amount} {unit}"


def format_value(value: FindingValue | Quantity | None) -> str | None:
    """A normalised value as a reader sees it: ``USD 110,000,000,000 (over)``."""
    if value is None:
        return None
    low, high = value.low, value.high
    if low is None and high is None:
        amount = "unknown amount"
    elif low is None or high is None or low == high:
        amount = format_number(low if low is not None else high)  # type: ignore[arg-type]
    else:
        amount = f"{format_number(low)} – {format_number(high)}"
    text = _with_unit(amount, value.unit)
    if value.qualifier and value.qualifier != "exact":
        text += f" ({value.qualifier})"
    return text


# Where a claim's year was read, in words a reader who never ran the tool follows.
YEAR_SOURCES: dict[str, str] = {
    "sentence": "stated in the sentence",
    "heading": "taken from the section heading",
    "section": "taken from an earlier sentence of the section",
    "document": "taken from the document's \"as of\" date or its title",
    "metadata": "taken from the document's date",
}


def year_source_words(source: str | None) -> str | None:
    """``heading`` -> ``taken from the section heading``."""
    if not source:
        return None
    return YEAR_SOURCES.get(source, f"taken from the {source}")


def format_year(evidence: FindingEvidence) -> str | None:
    """``2024, taken from the section heading``; None when the evidence carries no year."""
    if evidence.year is None:
        return None
    words = year_source_words(evidence.year_source)
    return f"{evidence.year}, {words}" if words else str(evidence.year)


def describe_evidence(evidence: FindingEvidence) -> str:
    """Value and year on one line, e.g. ``USD 5,000,000; year 2024, stated in the sentence``."""
    parts = []
    value = format_value(evidence.value)
    if value:
        parts.append(value)
    year = format_year(evidence)
    if year:
        parts.append(f"year {year}")
    if evidence.role:
        parts.append(f"role {evidence.role}")
    return "; ".join(parts)


def fact_title(finding: Finding) -> str:
    parts = [p for p in (finding.fact.subject, finding.fact.event, finding.fact.object) if p]
    return " · ".join(parts) if parts else "(unnamed fact)"


def claim_index(result: AuditResult) -> dict[tuple[str, int, int], Claim]:
    """Claims by where their figure starts, to tie finding evidence back to claims:
    only the claims some evidence starts at are kept (a large corpus's claims
    are read from the claim store, not held)."""
    cited = {(evidence.path, evidence.line, evidence.column) for finding in result.findings for evidence in finding.evidence}
    index: dict[tuple[str, int, int], Claim] = {}
    for claim in result.claims:
        loc = claim.evidence.location
        where = (loc.path, loc.line, loc.column)
        if where in cited:
            index.setdefault(where, claim)
    return index


def find_claim(index: dict[tuple[str, int, int], Claim], evidence: FindingEvidence) -> Claim | None:
    return index.get((evidence.path, evidence.line, evidence.column))


def figure_span(evidence: FindingEvidence, claim: Claim | None) -> tuple[int, int] | None:
    """Where the figure sits inside ``evidence.sentence``, as (start, end) offsets.

    The matching claim knows the exact offset; without one, the first
    occurrence of the figure text is the best guess.
    """
    sentence, text = evidence.sentence, evidence.text
    if claim is not None:
        start = claim.evidence.location.start - claim.evidence.sentence_start
        end = start + len(text)
        if 0 <= start and sentence[start:end] == text:
            return start, end
    if not text:
        return None
    start = sentence.find(text)
    if start < 0:
        return None
    return start, start + len(text)


def one_line(text: str) -> str:
    """Line breaks and tabs become spaces, keeping every offset valid."""
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def describe_reference(reference: ReferenceFact) -> str:
    """``Helio Labs founded = 2018``, plus unit and year when they add something."""
    text = f"{reference.subject} {reference.attribute} = {reference.value}"
    if reference.unit:
        text += f" {reference.unit}"
    if reference.year is not None and str(reference.year) != reference.value:
        text += f" (in {reference.year})"
    return text
