"""deal-award-conflict: one customer's deal credited to two parties.

"In May we signed a five-year contract with Thames Valley Police" (in
Autoassist Recovery's report) and "Chiltern Autoassist won the five-year
Thames Valley Police deal" tell of one deal won by two parties. Deals are
read with their winner, their customer, their term and their date
(auditor/extract/deal_awards.py). A customer gives many deals, so two are
held to be one only when nothing tells them apart (their terms and dates
agree where both give them) and something ties them together: the same term,
the same month, a deal told as the one of its customer ("the Duhallow
contract", "Nordhaven's order"), or the same figure in both deals' words
("an 8,000-tonne order", "an 8,000-tonne contract").
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from itertools import combinations
from typing import Callable, Iterable, Literal

from pydantic import Field

from auditor.link import fold
from auditor.model import Claim, FactRef, Finding, Rule

from .context import CheckContext, LinkParameters
from .date_mismatch import disjoint
from .evidence import applies, claim_order, make_finding, where

KIND = "deal-award-conflict"
# Which claims must be seen together (auditor/pipeline/partitions.py): the deals of one customer.
SCOPE = "partitioned"
PLACEHOLDERS = frozenset({"customer", "first", "first_subject", "first_where", "second", "second_subject", "second_where", "tie"})


class Parameters(LinkParameters):
    # Ties that make two deals of one customer one deal (see ``_tie``): "year"
    # (both dated in one year) is for purchases, which a thing sees seldom;
    # a customer lets many deals a year.
    ties: list[Literal["term", "month", "year", "definite", "figure"]] = Field(default_factory=lambda: ["term", "month", "definite", "figure"])
    # Words of a deal's phrase that make it another deal than any other of its
    # customer ("a smaller order from Caerwen", "a second contract").
    other_deal_words: list[str] = Field(default_factory=list)
    # Whether two deals whose purposes both name something, and different
    # things, are two: a prize's purpose is the awards that gave it, and
    # two awards may each have a "Pier of the Year".
    purposes_apart: bool = False


def _customer(claim: Claim) -> str | None:
    if claim.kind != "deal" or claim.object is None or claim.subject is None:
        return None
    return fold(claim.object.name)


def partition_keys(params: Parameters) -> Callable[[Claim], tuple[str, ...]]:
    def keys(claim: Claim) -> tuple[str, ...]:
        customer = _customer(claim)
        # The customer's name first, as the blocks ``--against`` reads are keyed
        # (auditor/pipeline/related.py).
        return (f"{customer}/deal",) if customer else ()

    return keys


def _term(claim: Claim) -> float | None:
    return claim.value.value if claim.value is not None else None


def _dated(claim: Claim) -> bool:
    return claim.time is not None and claim.time.source == "sentence"


def _month(claim: Claim) -> tuple[int, int] | None:
    # (A month its own words give: one a document's date lends is no tie.)
    time = claim.time
    if time is None or not _dated(claim) or time.precision not in ("month", "day") or not time.month:
        return None
    return time.year, time.month


# "the Duhallow contract", "Nordhaven's order": a deal written as the one of its customer.
_DEFINITE = re.compile(r"(?:[Tt]he\b|[^\s']+['\u2019]s?\s)")


def _definite(claim: Claim) -> bool:
    return bool(_DEFINITE.match(claim.evidence.text))


def _told_apart(a: Claim, b: Claim, other_deal: frozenset[str], purposes_apart: bool = False) -> bool:
    """Whether the deals' own words make them two: terms or dates that
    differ, or a word that says one is another deal ("a smaller order"),
    or, where the rule says so, purposes that differ."""
    if _term(a) is not None and _term(b) is not None and _term(a) != _term(b):
        return True
    if purposes_apart and a.purpose and b.purpose and _different_names(a.purpose, b.purpose):
        return True
    if any(word.strip(".,;:()\"'").casefold() in other_deal for c in (a, b) for word in c.evidence.text.split()):
        return True
    return _dated(a) and _dated(b) and disjoint(a.time, b.time)  # type: ignore[arg-type]


def _different_names(a: str, b: str) -> bool:
    """Whether two purposes name two things: "Kelmscott" is short for "the
    Kelmscott Living History Show", whose words hold all of its own."""
    words_a, words_b = set(fold(a).split()), set(fold(b).split())
    return not (words_a <= words_b or words_b <= words_a)


# A figure in a deal's words ("an 8,000-tonne order", "a £4.2 million
# contract"); not its term ("five-year", "3-year") nor a year ("the 2025/26 season").
_FIGURE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w,]*[-\s]years?\b)")


def _figures(claim: Claim) -> frozenset[str]:
    found = set()
    for match in _FIGURE.finditer(claim.evidence.text):
        number = match.group(0).rstrip(",").replace(",", "")
        if not (len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100):
            found.add(number)
    return frozenset(found)


def _month_named(claim: Claim) -> str:
    """The month a deal's own words date it to, as a finding tells it: "March 2025"."""
    year, month = _month(claim)  # type: ignore[misc]
    return f"{calendar.month_name[month]} {year}"


def _of_a_lot(claim: Claim) -> bool:
    """Whether a deal is one lot of a notice of several (its purpose is the lot's label)."""
    return bool(claim.purpose) and claim.purpose.casefold().startswith("lot ")  # type: ignore[union-attr]


def _tie(a: Claim, b: Claim, ties: frozenset[str]) -> str | None:
    """What makes two deals of one customer one deal, if anything. One lot
    of a notice of several is one with another deal only when both its term
    and its month agree: a customer lets its lots together."""
    if _of_a_lot(a) or _of_a_lot(b):
        both = {"term", "month"} <= ties and _term(a) is not None and _term(a) == _term(b) and _month(a) is not None and _month(a) == _month(b)
        if not both:
            return None
        return f"both are {int(_term(a) or 0)}-year deals dated {_month_named(a)}"
    if "term" in ties and _term(a) is not None and _term(a) == _term(b):
        return f"both are {int(_term(a) or 0)}-year deals"
    if "month" in ties and _month(a) is not None and _month(a) == _month(b):
        return f"both are dated {_month_named(a)}"
    if "year" in ties and _dated(a) and _dated(b) and a.time.year == b.time.year:  # type: ignore[union-attr]
        return f"both are dated {a.time.year}"  # type: ignore[union-attr]
    if "definite" in ties and (_definite(a) or _definite(b)):
        return "one is told as the customer's deal"
    if "figure" in ties:
        shared = sorted(_figures(a) & _figures(b))
        if shared:
            return f"both are told with the figure {shared[0]}"
    return None


def _parties(a: Claim, b: Claim) -> bool:
    """Whether the two claims credit two different parties, neither of them the other's customer."""
    assert a.subject is not None and b.subject is not None and a.object is not None and b.object is not None
    first, second = fold(a.subject.name), fold(b.subject.name)
    return first != second and first != _customer(b) and second != _customer(a)


def run(rule: Rule, params: Parameters, context: CheckContext) -> Iterable[Finding]:
    ties = frozenset(params.ties)
    other_deal = frozenset(w.casefold() for w in params.other_deal_words)
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in context.claims:
        customer = _customer(claim)
        if customer is not None and applies(rule, claim):
            groups[customer].append(claim)
    for customer in sorted(groups):
        claims = sorted(groups[customer], key=claim_order)
        for a, b in combinations(claims, 2):
            if a.doc_id == b.doc_id or not _parties(a, b) or _told_apart(a, b, other_deal, params.purposes_apart):
                continue
            tie = _tie(a, b, ties)
            if tie is None:
                continue
            assert a.subject is not None and b.subject is not None and a.object is not None
            yield make_finding(
                rule,
                FactRef(subject=a.object.name, event="deal", object=None),
                [a, b],
                {
                    "customer": a.object.name,
                    "first": " ".join(a.evidence.text.split()),
                    "first_subject": a.subject.name,
                    "first_where": where(a),
                    "second": " ".join(b.evidence.text.split()),
                    "second_subject": b.subject.name,
                    "second_where": where(b),
                    "tie": tie,
                },
            )
            break  # one finding per customer's deal: the first pair that conflicts
