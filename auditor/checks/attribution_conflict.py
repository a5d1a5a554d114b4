"""attribution-conflict: one specific figure credited to two different actors.

``Reliance announced a $110 billion plan for Indian AI`` and ``India pledged
$110 billion for data centres`` tell of one commitment with two different
backers. The same round number for unrelated deals is common, so the figure
must be specific (enough significant digits) and the two claims must be
about the same thing: one's subject is the other's object, their objects
are one entity, or their purposes read alike.
"""

from __future__ import annotations

import math

from collections import defaultdict
from typing import Iterable, Iterator

from pydantic import Field
from rapidfuzz import fuzz

from auditor.link import LinkOptions, fold
from auditor.model import Claim, Fact, FactRef, Finding, Rule

from .compare import agree, significant_digits
from .context import CheckContext, LinkParameters
from .evidence import applies, claim_order, event_label, figure, make_finding, possessive, where

KIND = "attribution-conflict"
PLACEHOLDERS = frozenset(
    {"figure", "event", "first_subject", "first_where", "first", "second_subject", "second_where", "second", "link"}
)


class Parameters(LinkParameters):
    min_significant_digits: int = Field(default=2, ge=1)
    topic_threshold: float = Field(default=60.0, ge=0, le=100)
    strong_topic_threshold: float = Field(default=90.0, ge=0, le=100)
    roles_ignored: list[str] = Field(default_factory=lambda: ["participant"])


def _topic(a: Claim, b: Claim, params: Parameters) -> tuple[str, float] | None:
    """How two claims are about the same thing, and how strongly (0-100)."""
    subject_a = fold(a.subject.name) if a.subject else ""
    subject_b = fold(b.subject.name) if b.subject else ""
    object_a = fold(a.object.name) if a.object else ""
    object_b = fold(b.object.name) if b.object else ""
    name_a = a.subject.name if a.subject else ""
    name_b = b.subject.name if b.subject else ""
    if object_a and object_a == subject_b:
        return f"{possessive(name_a)} claim names {name_b} as its beneficiary", 100.0
    if object_b and object_b == subject_a:
        return f"{possessive(name_b)} claim names {name_a} as its beneficiary", 100.0
    if object_a and object_a == object_b:
        return f"both concern {a.object.name if a.object else ''}", 100.0
    if a.purpose and b.purpose:
        score = fuzz.token_set_ratio(a.purpose.casefold(), b.purpose.casefold())
        if score >= params.topic_threshold:
            return "their purposes match", float(score)
    return None


def _family(options: LinkOptions, claim: Claim) -> str | None:
    return options.family(claim.event)


# Figures are compared only with figures of about the same size: claims are
# blocked on the logarithm of their stated value (buckets 2% wide), and a
# claim meets the claims of its own and neighbouring buckets (about +-15%),
# which keeps the check near-linear in the number of claims.
_BUCKET_WIDTH = 0.02
_NEIGHBOURS = 7


def _near_in_value(entries: list[tuple[Fact, Claim]]) -> Iterator[tuple[tuple[Fact, Claim], tuple[Fact, Claim]]]:
    by_bucket: dict[int, list[int]] = defaultdict(list)
    for index, (_, claim) in enumerate(entries):
        assert claim.value is not None
        if claim.value.qualifier == "magnitude" or claim.value.value <= 0:
            continue  # "hundreds of millions" is no specific figure
        by_bucket[math.floor(math.log10(claim.value.value) / _BUCKET_WIDTH)].append(index)
    for bucket, members in sorted(by_bucket.items()):
        for offset in range(0, _NEIGHBOURS + 1):
            others = members if offset == 0 else by_bucket.get(bucket + offset, [])
            for i in members:
                for j in others:
                    if (offset == 0 and j <= i) or i == j:
                        continue
                    first, second = min(i, j), max(i, j)
                    yield entries[first], entries[second]


def _same_stated_figure(a: Claim, b: Claim, params: Parameters) -> bool:
    """The figures as written are one figure: "over $614 billion" and "over $720 billion"
    are not, although both intervals are open upwards and so overlap."""
    assert a.value is not None and b.value is not None
    slack = max(a.value.precision, b.value.precision, params.relative_tolerance * max(a.value.value, b.value.value))
    return abs(a.value.value - b.value.value) <= slack


def run(rule: Rule, params: Parameters, context: CheckContext) -> Iterable[Finding]:
    options = params.link_options()
    facts = context.facts(options)
    # Only facts of one family and figure kind can conflict: bucket them so
    # unrelated events are never compared.
    buckets: dict[tuple[str, str], list[tuple[Fact, Claim]]] = defaultdict(list)
    for fact in facts:
        for claim in sorted(fact.claims, key=claim_order):
            if claim.value is None or claim.subject is None or not applies(rule, claim):
                continue
            if claim.role in params.roles_ignored:
                continue
            family = _family(options, claim)
            if family is not None:
                buckets[(family, claim.kind)].append((fact, claim))

    reported: set[tuple[str, str]] = set()
    for key in sorted(buckets):
        for (fact_a, a), (fact_b, b) in _near_in_value(buckets[key]):
            assert a.subject and b.subject and a.value and b.value
            if fold(a.subject.name) == fold(b.subject.name):
                continue
            pair = tuple(sorted((fact_a.key, fact_b.key)))
            if pair in reported:
                continue
            if not _same_stated_figure(a, b, params) or not agree(a.value, b.value, params.relative_tolerance, params.rates):
                continue
            topic = _topic(a, b, params)
            if topic is None:
                continue
            specific = min(significant_digits(a.value), significant_digits(b.value)) >= params.min_significant_digits
            if not specific and topic[1] < params.strong_topic_threshold:
                continue
            reported.add(pair)  # type: ignore[arg-type]
            first, second = sorted((a, b), key=claim_order)
            assert first.subject and second.subject
            yield make_finding(
                rule,
                FactRef(
                    subject=" / ".join(sorted({first.subject.name, second.subject.name})),
                    event=key[0],
                    object=(first.object or second.object).name if (first.object or second.object) else None,
                ),
                (first, second),
                {
                    "figure": figure(first),
                    "event": event_label(key[0]),
                    "first_subject": first.subject.name,
                    "first_where": where(first),
                    "first": figure(first),
                    "second_subject": second.subject.name,
                    "second_where": where(second),
                    "second": figure(second),
                    "link": topic[0],
                },
            )
