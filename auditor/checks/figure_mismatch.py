"""figure-mismatch: one fact, one period, two figures that cannot both be true."""

from __future__ import annotations

from itertools import combinations
from typing import Iterable

from auditor.link import SUPPORTING_ROLES, strong_time
from auditor.model import Claim, Fact, FactRef, Finding, Rule

from .compare import agree
from .context import CheckContext, LinkParameters
from .evidence import applies, claim_order, claims_of_pairs, event_label, figure, make_finding, where, year_text

KIND = "figure-mismatch"
PLACEHOLDERS = frozenset(
    {"subject", "event", "object", "first", "first_where", "second", "second_where", "year", "values", "count"}
)


class Parameters(LinkParameters):
    pass


def _same_period(a: Claim, b: Claim) -> bool:
    """Years stated near both figures must agree; a year from the document's
    date is too weak to say two figures are of different periods."""
    ta, tb = strong_time(a), strong_time(b)
    return ta is None or tb is None or ta.year == tb.year


def rivals(a: Claim, b: Claim) -> bool:
    """Two figures of one fact that must agree: never two figures of one
    sentence (a before and an after, a part and a whole, a range's ends), and
    never a figure that only supports another (an earlier value, a change)."""
    if a.doc_id == b.doc_id and a.evidence.sentence_start == b.evidence.sentence_start:
        return False
    return a.role not in SUPPORTING_ROLES and b.role not in SUPPORTING_ROLES


def conflicts(fact: Fact, params: Parameters, rule: Rule) -> list[tuple[Claim, Claim]]:
    claims = sorted((c for c in fact.claims if c.value is not None and applies(rule, c)), key=claim_order)
    pairs = []
    for a, b in combinations(claims, 2):
        assert a.value is not None and b.value is not None
        if not rivals(a, b) or not _same_period(a, b):
            continue
        if agree(a.value, b.value, params.relative_tolerance, params.rates) is False:
            pairs.append((a, b))
    return pairs


def run(rule: Rule, params: Parameters, context: CheckContext) -> Iterable[Finding]:
    for fact in context.facts(params.link_options()):
        pairs = conflicts(fact, params, rule)
        if not pairs:
            continue
        # Report the fact once, quoting its first disagreement and citing every
        # claim that takes part in any disagreement.
        first, second = pairs[0]
        involved = claims_of_pairs(pairs)
        years = sorted({c.time.year for c in involved if c.time is not None})
        values = "; ".join(f"{figure(c)} ({where(c)})" for c in involved)
        yield make_finding(
            rule,
            FactRef(subject=fact.subject, event=fact.event, object=fact.object),
            involved,
            {
                "subject": fact.subject,
                "event": event_label(fact.event),
                "object": fact.object or "",
                "first": figure(first),
                "first_where": where(first),
                "second": figure(second),
                "second_where": where(second),
                "year": str(years[0]) if len(years) == 1 else year_text(first),
                "values": values,
                "count": len(involved),
            },
        )
