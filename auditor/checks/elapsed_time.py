"""elapsed-time: a span of time a document states that its own dates do not make.

"Building work began in May 2024, and the plant produced its first
mattress in April 2025, 14 months later": May 2024 to April 2025 is eleven
months. The span and both dates are the document's own, so one of them is
wrong, and a reader cannot tell which. Each date is as exact as it is
written (a year is any month of it) and each span as rounded as its unit
("15 years" may be a year more or less; "about" allows twice that): only a
span no reading of the dates can make is reported.
"""

from __future__ import annotations

from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field

from auditor.model import Claim, FactRef, Finding, Rule, TimeRef

from .context import CheckContext
from .evidence import applies, claim_order, excerpt, make_finding, time_evidence, where

KIND = "elapsed-time"
# Which claims must be seen together (auditor/pipeline/partitions.py): each
# span carries its own dates, so one claim at a time; one document at a time.
SCOPE = "document"
PLACEHOLDERS = frozenset({"stated", "where", "since", "until", "implied", "sentence"})


class Parameters(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # Months more a span may be rounded than its unit allows.
    extra_slack_months: float = Field(default=0.0, ge=0.0)


def _months(time: TimeRef) -> tuple[float, float]:
    """The earliest and latest month a date allows, counted from year 0."""
    base = time.year * 12
    if time.month is None or time.precision == "year":
        return base, base + 11
    if time.precision == "quarter":
        return base + time.month - 1, base + time.month + 1
    day = (time.day - 1) / 31 if time.day and time.precision == "day" else 0.0
    return base + time.month - 1 + day, base + time.month - 1 + (day if time.precision == "day" else 0.99)


def implied_span(claim: Claim) -> tuple[float, float] | None:
    """The shortest and longest span, in months, the claim's dates allow."""
    if claim.since is None or claim.time is None:
        return None
    first, last = _months(claim.since), _months(claim.time)
    return last[0] - first[1], last[1] - first[0]


def _contradicts(claim: Claim, params: Parameters) -> tuple[float, float] | None:
    implied = implied_span(claim)
    if implied is None or claim.value is None or implied[1] < 0:
        return None  # a span counted back to an earlier date is no span the dates make
    low = (claim.value.low if claim.value.low is not None else claim.value.value) - params.extra_slack_months
    high = (claim.value.high if claim.value.high is not None else claim.value.value) + params.extra_slack_months
    if implied[1] < low or implied[0] > high:
        return implied
    return None


def _told(months: tuple[float, float]) -> str:
    """An implied span as a reader says it: "11 months", "about 36 years"."""
    low, high = months
    middle = (max(low, 0) + high) / 2
    if high - low < 2:
        return f"{round(middle)} months"
    years = middle / 12
    if high - low < 14 and years >= 2:
        return f"about {round(years)} years"
    return f"{max(0, round(low))} to {round(high)} months"


def run(rule: Rule, params: Parameters, context: CheckContext) -> Iterable[Finding]:
    documents = context.documents_by_id
    for claim in sorted(context.claims, key=claim_order):
        if claim.kind != "elapsed" or not applies(rule, claim):
            continue
        implied = _contradicts(claim, params)
        if implied is None:
            continue
        assert claim.since is not None and claim.time is not None
        yield make_finding(
            rule,
            FactRef(subject=claim.subject.name if claim.subject else None, event="elapsed", object=None),
            [claim],
            {
                "stated": " ".join(claim.evidence.text.split()),
                "where": where(claim),
                "since": claim.since.text,
                "until": claim.time.text if claim.time.source != "metadata" else f"the document's date, {claim.time.text}",
                "implied": _told(implied),
                "sentence": excerpt(claim.evidence.sentence),
            },
            # The dates it counts between, each where it is written (the
            # document's own date has no place in its text).
            extra=[
                found
                for time in (claim.since, claim.time)
                if (found := time_evidence(claim, documents.get(claim.doc_id), time)) is not None
            ],
        )
