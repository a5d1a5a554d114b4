"""timeline: a document reporting as past what happens after its own present.

A document that says ``As of 2024`` (or is dated 2024 in its front matter)
cannot report an event of 2026 as having happened. Plans and forecasts may
look ahead, and a span such as ``2024-2026`` is not a dated event, so both
are left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field

from auditor.model import Claim, FactRef, Finding, Rule

from .context import CheckContext
from .evidence import applies, claim_order, excerpt, make_finding, where

KIND = "timeline"
# Which claims must be seen together (auditor/pipeline/partitions.py): a
# document's present and its events, so one document at a time.
SCOPE = "document"
PLACEHOLDERS = frozenset(
    {"present", "present_where", "present_text", "year", "where", "text", "subject", "path", "sentence"}
)

_YEAR_RANGE = re.compile(r"\b\d{4}\s*(?:[-\u2010-\u2015/]|to|through|until)\s*(?:\d{4}|\d{2})\b", re.IGNORECASE)


class Parameters(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    present_events: list[str] = Field(default_factory=lambda: ["as-of"])
    # Named events with a year ("MWC 2026") told in the past tense.
    event_events: list[str] = Field(default_factory=lambda: ["event"])
    # Dates that report nothing that happened: a bare year, a period lead, a
    # limit ("to 2030"). Every other dated event counts when told in the past.
    non_events: list[str] = Field(default_factory=lambda: ["dated", "period", "bound", "title"])
    use_document_date: bool = True
    tolerance_years: int = Field(default=0, ge=0)


def _is_range(claim: Claim) -> bool:
    return bool(claim.time and _YEAR_RANGE.search(claim.time.text))


def _reports_later_event(claim: Claim, params: Parameters) -> bool:
    """Only a dated event told in the past tense ("opened in 2025") or a named
    event told as happening ("unveiling at MWC 2026") reports something as
    done or under way: a figure's year, a plan, a condition, a bare date or a
    product's model year does not."""
    if claim.kind != "date" or claim.time is None or claim.tense == "future" or _is_range(claim):
        return False
    if claim.event in params.event_events:
        return True
    return claim.tense == "past" and claim.event not in params.present_events and claim.event not in params.non_events


_YEAR_WRITTEN = re.compile(r"\d{4}|'\d\d")


def run(rule: Rule, params: Parameters, context: CheckContext) -> Iterable[Finding]:
    documents = context.documents_by_id
    for doc_id, document_claims in context.claims_by_document():
        claims = sorted(document_claims, key=claim_order)
        # A present stated with its year ("as of June 2025"): "as of June 17"
        # has a year only as a guess from the document's date, which is better.
        anchors = [
            c for c in claims
            if c.kind == "date" and c.event in params.present_events and c.time and _YEAR_WRITTEN.search(c.evidence.text)
        ]
        anchor: Claim | None = None
        if anchors:
            # The latest stated present is the most lenient reading of the document.
            anchor = max(anchors, key=lambda c: (c.time.year if c.time else 0, -claim_order(c)[1]))
            present = anchor.time.year if anchor.time else 0
            present_text = " ".join(anchor.evidence.text.split())
            present_where = where(anchor)
        else:
            document = documents.get(doc_id)
            if not params.use_document_date or document is None or document.date is None:
                continue
            present = document.date.year
            present_text = f"dated {document.date.isoformat()}"
            present_where = f"{document.path} (front matter)"

        later: dict[tuple[int, int], list[Claim]] = defaultdict(list)
        for claim in claims:
            if claim is anchor or not applies(rule, claim) or not _reports_later_event(claim, params):
                continue
            assert claim.time is not None
            if claim.time.year > present + params.tolerance_years:
                later[(claim.evidence.sentence_start, claim.time.year)].append(claim)

        for (_, year), group in sorted(later.items()):
            first = group[0]
            cited = ([anchor] if anchor else []) + group
            subject = first.subject.name if first.subject else None
            yield make_finding(
                rule,
                FactRef(subject=subject, event=first.event or "timeline", object=None),
                cited,
                {
                    "present": present,
                    "present_where": present_where,
                    "present_text": present_text,
                    "year": year,
                    "where": where(first),
                    "text": " ".join(first.evidence.text.split()),
                    "subject": subject or "the document",
                    "path": first.evidence.location.path,
                    "sentence": excerpt(first.evidence.sentence),
                },
            )
