"""year-mismatch: the same fact, with the same figure, dated to different years."""

from __future__ import annotations

from typing import Callable, Iterable, Literal, Mapping

from pydantic import Field

from auditor.link import facility_of, linking_keys
from auditor.model import Claim, Document, Fact, Finding, Rule, Severity

from .compare import same_written_figure
from .context import CheckContext, LinkParameters
from .evidence import applies, claim_order, distinct_claims, fact_ref, make_finding, pair_values, time_evidence
from .statements import Statements

KIND = "year-mismatch"
# Which claims must be seen together (auditor/pipeline/partitions.py): a fact's
# claims all share a linking key, so one block of linked claims at a time.
SCOPE = "partitioned"
PLACEHOLDERS = frozenset(
    {"subject", "event", "object", "first", "first_year", "first_where", "first_source",
     "second", "second_year", "second_where", "second_source", "years"}
)  # fmt: skip

# Where a year was read, by how much an editor can trust it was meant for
# this figure: a year in the figure's own sentence is firm, a heading or
# section year is likely, a year guessed from the whole document is weak.
_STRENGTH = {"sentence": 2, "heading": 1, "section": 1, "document": 0, "metadata": 0}


class Parameters(LinkParameters):
    # Sums a facility has once, whenever they are told ("would be completed
    # in 2027 at a cost of NOK 18 billion", "is now budgeted at NOK 18
    # billion" in a Q2 2025 report): the year beside one dates the
    # facility's opening or the report, never the sum.
    undated_facility_measures: list[str] = Field(default_factory=list)
    severity_by_evidence: dict[Literal["sentence", "mixed", "document"], Severity] = Field(
        default_factory=lambda: {"sentence": Severity.ERROR, "mixed": Severity.WARNING, "document": Severity.INFO}
    )


def _strength(claim: Claim) -> int:
    return _STRENGTH.get(claim.time.source, 0) if claim.time else 0


def weight(a: Claim, b: Claim) -> Literal["sentence", "mixed", "document"]:
    """How firmly two claims' years were stated."""
    if a.time and b.time and a.time.source == "sentence" and b.time.source == "sentence":
        return "sentence"
    if max(_strength(a), _strength(b)) >= 1:
        return "mixed"
    return "document"


def _only_published(a: Claim, b: Claim) -> bool:
    """One of the two is dated only by when its story was published (not by
    a year the document states for what it tells, as "The year 2026 marks")."""
    return any(c.time is not None and c.time.source == "metadata" for c in (a, b))


def _reported_before_it_happened(a: Claim, b: Claim) -> bool:
    """A story's date says only that what it tells as done happened by then:
    "Google bought YouTube" in a 2007 story fits "in 2006"; told as done in a
    2005 story, it does not."""
    dated, weak = (a, b) if _strength(a) >= _strength(b) else (b, a)
    assert dated.time and weak.time
    return weak.tense != "future" and weak.time.year < dated.time.year


def misdated(a: Claim, b: Claim, params: Parameters) -> bool:
    """Whether two claims of one fact (``a`` read first) date one figure to two years."""
    assert a.time and b.time and a.value and b.value
    if a.doc_id == b.doc_id and (a.evidence.sentence_start == b.evidence.sentence_start or a.in_heading or b.in_heading):
        return False  # a headline restates its story
    if max(_strength(a), _strength(b)) < 1:
        return False  # two years from documents' dates: neither was said of this figure
    if a.doc_id == b.doc_id and min(_strength(a), _strength(b)) < 1:
        return False  # within one document, its date says nothing of when a figure was
    if _only_published(a, b) and not _reported_before_it_happened(a, b):
        return False
    return a.time.year != b.time.year and same_written_figure(a.value, b.value, params.relative_tolerance)


def partition_keys(params: Parameters) -> Callable[[Claim], tuple[str, ...]]:
    """A fact's claims share their block key."""
    options = params.link_options()
    return lambda claim: linking_keys(claim, options)


def run(rule: Rule, params: Parameters, context: CheckContext) -> Iterable[Finding]:
    documents = context.documents_by_id
    for fact in context.facts(params.link_options()):
        if len(fact.claims) < 2:  # most facts: one claim, with no other year to disagree with
            continue
        # A flow or a stock has a figure per year by nature: only one-off
        # figures (a deal, a round) can be misdated. A rate ("€380 a tonne",
        # "£2.2 million a year") holds from year to year as a price does.
        claims = sorted(
            (
                c for c in fact.claims
                if c.value and c.time and c.lasts in (None, "one-off") and not c.value.per and applies(rule, c)
                and not (c.event in params.undated_facility_measures and facility_of(c) is not None)
            ),
            key=claim_order,
        )
        # Asked once per kind of pair (see statements.py): a figure stated many
        # times costs what it costs once.
        pairs = Statements(claims).pairs_where(lambda a, b: misdated(a, b, params))
        involved = distinct_claims(pairs.involved())
        if not involved:
            continue
        # The firmest pair decides the severity and is quoted in the message
        # (the first such pair, on a tie).
        firmest = max(_strength(a) + _strength(b) for a, b in pairs.kinds())
        found = pairs.first(among=lambda a, b: _strength(a) + _strength(b) == firmest)
        assert found is not None
        yield finding(rule, params, fact, involved, *found, documents)


def finding(
    rule: Rule, params: Parameters, fact: Fact, involved: list[Claim], first: Claim, second: Claim, documents: Mapping[str, Document]
) -> Finding:
    """The finding of a fact whose claims ``involved`` are misdated, quoting the pair ``first``, ``second``."""
    severity = params.severity_by_evidence.get(weight(first, second), rule.severity)
    assert first.time and second.time
    return make_finding(
        rule,
        fact_ref(fact),
        involved,
        {
            **pair_values(fact, first, second),
            "first_year": first.time.year,
            "first_source": first.time.source,
            "second_year": second.time.year,
            "second_source": second.time.source,
            "years": ", ".join(str(y) for y in sorted({c.time.year for c in involved if c.time})),
        },
        severity=Severity(severity),
        extra=[e for e in (time_evidence(c, documents.get(c.doc_id)) for c in involved) if e is not None],
    )
