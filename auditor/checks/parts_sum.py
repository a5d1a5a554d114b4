"""parts-sum: a whole whose stated parts do not add up to it.

A sentence that gives a whole and the full list of what it is made of
("comprises USD 420 million for the aircraft and USD 150 million for
spare parts, bringing its total value to USD 570 million"), or a table whose
"Total" row stands under its line items (or under rows that are each one
entity's), states a sum; so do shares of one whole listed together ("Europe
accounted for 41% of sales, Asia for 37%, ..."), whose whole is all of it.
Extraction marks each
part with its whole (``Claim.part_of``, see auditor/extract/sums.py); this
check adds the parts up. Each figure may have been rounded as written, so the
sum and the whole may differ by the rounding of every figure involved, never
more.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Literal

from pydantic import BaseModel, ConfigDict, Field

from auditor.link import fold
from auditor.model import Claim, FactRef, Finding, Quantity, Rule

from .context import CheckContext
from .evidence import applies, claim_order, event_label, make_finding, where

KIND = "parts-sum"
# A whole and its parts are read from one sentence or one table: one document at a time.
SCOPE = "document"
PLACEHOLDERS = frozenset({"subject", "event", "whole", "sum", "parts", "count", "difference", "where", "agreeing", "stated", "stated_where"})


class Parameters(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # A difference below this share of the whole is left alone even beyond
    # the rounding of the figures (sums of percentages of a whole, of
    # conversions): 0 reports every difference past rounding.
    relative_tolerance: float = Field(default=0.0, ge=0.0, lt=1.0)
    # "sum": a whole against its parts. "restated": a table's Total row its
    # rows add up to, against the figure the text gives for the same total
    # ("412 firms answered" over a table whose regions add up to its Total, 436).
    mode: Literal["sum", "restated"] = "sum"
    # How far a restated total may stand from the table's and still be the
    # text's telling of it (farther, it is some other figure of the measure).
    restated_within: float = Field(default=0.25, gt=0.0, lt=1.0)


def _amount(value: float, model: Quantity) -> str:
    """A sum written in the way of the whole it is compared with."""
    digits = 0
    precision = model.precision * 2
    while precision and precision < 1 and digits < 6:
        precision *= 10
        digits += 1
    scale, word = next(((s, w) for s, w in ((1e9, " billion"), (1e6, " million")) if abs(model.value) >= s and abs(value) >= s), (1.0, ""))
    if scale > 1:
        written = f"{value / scale:,.{max(digits, 2) if (value / scale) % 1 else 0}f}{word}"
    else:
        written = f"{value:,.{digits}f}"
    unit = model.unit if model.kind == "money" and model.unit else ""
    return f"{unit} {written}".strip()


def _rounding(quantity: Quantity) -> float:
    """How far a figure may stand from what it rounds: none for an exact
    count written to the unit ("17 factories", "seven in Belgium"): things
    are counted in whole numbers, and whole numbers add up exactly."""
    if quantity.kind == "count" and quantity.qualifier == "exact" and quantity.precision < 1 and float(quantity.value).is_integer():
        return 0.0
    return quantity.precision


def run(rule: Rule, params: Parameters, context: CheckContext) -> Iterable[Finding]:
    for _, claims in context.claims_by_document():
        by_id = {claim.id: claim for claim in claims}
        parts_of: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            if claim.part_of is not None and claim.value is not None:
                parts_of[claim.part_of].append(claim)
        for whole_id in sorted(parts_of):
            whole = by_id.get(whole_id)
            parts = sorted(parts_of[whole_id], key=claim_order)
            if whole is None or whole.value is None or not applies(rule, whole) or len(parts) < 2:
                continue
            if whole.part_of == whole.id:
                yield from _shares_over_the_whole(rule, whole, parts)
                continue
            if whole.value.kind == "percent":
                continue  # percentages add up only as shares of one whole (above)
            if any(p.value is None or p.value.kind != whole.value.kind or p.value.unit != whole.value.unit for p in parts):
                continue
            total = sum(p.value.value for p in parts if p.value is not None)
            slack = _rounding(whole.value) + sum(_rounding(p.value) for p in parts if p.value is not None)
            slack = max(slack, params.relative_tolerance * abs(whole.value.value))
            difference = total - whole.value.value
            if params.mode == "restated":
                if abs(difference) <= slack:
                    yield from _restated_totals(rule, params, whole, parts, claims)
                continue
            # Each figure lies within half its last digit of what it rounds,
            # never at the far end of it: parts rounded to 1.1, 1.2 and 0.4
            # add up to less than 2.85, so they cannot make a whole rounded
            # to 2.9, though the difference (0.2) equals the slack.
            if abs(difference) < slack * (1 - 1e-9) or abs(difference) <= 1e-9 * max(1.0, abs(whole.value.value)):
                continue
            # Another figure of the document that states the sum the parts
            # make ("a budget of USD 7.4 billion" above a table whose items
            # add up to 7.40 and whose Total row says 7.60) sides with them.
            agreeing = [
                c
                for c in claims
                if c.id != whole.id
                and c.part_of is None  # neither a part of this whole nor of another
                and c.value is not None
                and c.value.kind == whole.value.kind
                and c.value.unit == whole.value.unit
                # (A table's Total under a corner that names no measure,
                # "Six months to 30 June (£m)", is of the measure the sentence
                # stating its sum gives: "First-half revenue of £6.6m".)
                and (whole.event is None or _same_thing(c.event, whole.event))
                # (A whole no date is given for, as a table's "Total" row under
                # a heading without a year, may be the one a sentence dates.)
                and (whole.time is None or (c.time.year if c.time else None) == whole.time.year)
                and abs(c.value.value - total) <= slack + c.value.precision
            ]
            subject = whole.subject.name if whole.subject else None
            yield make_finding(
                rule,
                FactRef(subject=subject, event=whole.event or "total", object=None),
                [whole, *parts, *agreeing],
                {
                    "subject": subject or "the document",
                    "event": event_label(whole.event),
                    "whole": whole.evidence.text,
                    "sum": _amount(total, whole.value),
                    "parts": " + ".join(p.evidence.text for p in parts),
                    "count": len(parts),
                    "difference": _amount(abs(difference), whole.value),
                    "where": where(whole),
                    # "; the text gives that sum too: 2,800 coffins (blog.md:15)", or nothing.
                    "agreeing": (
                        "; the text gives that sum too: " + "; ".join(f"{c.evidence.text} ({where(c)})" for c in sorted(agreeing, key=claim_order))
                        if agreeing
                        else ""
                    ),
                },
            )


def _restated_totals(rule: Rule, params: Parameters, whole: Claim, parts: list[Claim], claims: list[Claim]) -> Iterable[Finding]:
    """A table's Total row that its rows add up to, against the one figure
    the document's text gives for the same measure of the same party and
    year that differs from it ("412 firms answered the survey" over a table
    of regions whose Total, 436, they make). Only a Total row (a whole its
    table states as a total), only a text that gives no figure agreeing with
    it, and only a figure near enough to be the same total told again."""
    assert whole.value is not None
    if whole.qualifiers is None or whole.qualifiers.scope != "total":
        return
    in_table = {whole.id, *(p.id for p in parts)}
    slack = _rounding(whole.value)
    # "Turnover for the year was £1.52m (2023: £1.31m)": a figure told beside
    # the year before's is of a later year than that one, dated or not.
    years_before = {
        c.evidence.sentence_start for c in claims
        if c.role == "previous" and c.time is not None and whole.time is not None and c.time.year == whole.time.year
    }

    def same_measure(c: Claim) -> bool:
        return (
            c.id not in in_table and c.part_of is None and c.role is None
            and c.value is not None and c.value.kind == whole.value.kind and c.value.unit == whole.value.unit
            and c.value.kind in ("count", "money", "quantity")
            and c.event is not None and whole.event is not None and c.event.partition(":")[0] == whole.event.partition(":")[0]
            and (c.qualifiers is None or c.qualifiers.scope in (None, "total"))
            and (c.subject is None or whole.subject is None or fold(c.subject.name) == fold(whole.subject.name))
            and (c.time is None or whole.time is None or c.time.year == whole.time.year)
            and not (c.time is None and c.evidence.sentence_start in years_before)
            and c.evidence.sentence_start != whole.evidence.sentence_start
        )

    told = [c for c in claims if same_measure(c)]
    if not told or any(_holds(c, whole.value.value, slack) for c in told):
        return  # the text gives the table's total too: a figure that differs is some other count
    near = [
        c for c in told
        if c.value is not None and c.value.qualifier == "exact"
        and abs(c.value.value - whole.value.value) <= params.restated_within * abs(whole.value.value)
    ]
    if len(near) != 1:
        return  # several figures differ: which one tells the total is not said
    (stated,) = near
    assert stated.value is not None
    subject = whole.subject.name if whole.subject else (stated.subject.name if stated.subject else None)
    yield make_finding(
        rule,
        FactRef(subject=subject, event=whole.event or "total", object=None),
        [stated, whole, *parts],
        {
            "subject": subject or "the document",
            "event": event_label(whole.event),
            "whole": whole.evidence.text,
            "where": where(whole),
            "sum": _amount(sum(p.value.value for p in parts if p.value is not None), whole.value),
            "parts": " + ".join(p.evidence.text for p in parts),
            "count": len(parts),
            "difference": _amount(abs(stated.value.value - whole.value.value), whole.value),
            "agreeing": "",
            "stated": stated.evidence.text,
            "stated_where": where(stated),
        },
    )


def _same_thing(event: str | None, other: str) -> bool:
    """Whether two events count or measure the same thing: the same event,
    or the same head noun done or not ("2,800 coffins left the workshop"
    and a column of "Coffins made")."""
    if event is None:
        return False
    return event == other or event.partition(":")[0].split()[0] == other.partition(":")[0].split()[0]


def _holds(claim: Claim, value: float, slack: float) -> bool:
    """Whether a claim's figure is ``value`` as written (within its rounding and the other's)."""
    assert claim.value is not None
    return abs(claim.value.value - value) <= slack + claim.value.precision


def _shares_over_the_whole(rule: Rule, opening: Claim, shares: list[Claim]) -> Iterable[Finding]:
    """Shares of one whole listed together ("Europe accounted for 41% of
    sales, Asia for 37%, the Americas for 19% and the Middle East for 11%";
    the first one opens the list, ``Claim.part_of`` its own id): they may
    leave part of the whole out, never add up to more than all of it, beyond
    the rounding of each."""
    if any(s.value is None or s.value.kind != "percent" for s in shares):
        return
    total = sum(s.value.value for s in shares if s.value is not None)
    slack = sum(s.value.precision for s in shares if s.value is not None)
    if total <= 100.0 + slack * (1 + 1e-9):
        return
    yield make_finding(
        rule,
        FactRef(subject=None, event="shares", object=None),
        shares,
        {
            "subject": "the document",
            "event": "shares",
            "whole": f"the whole that {opening.evidence.text} is a share of (100%)",
            "sum": f"{total:g}%",
            "parts": " + ".join(s.evidence.text for s in shares),
            "count": len(shares),
            "difference": f"{total - 100.0:g} points",
            "where": where(opening),
            "agreeing": "",
        },
    )
