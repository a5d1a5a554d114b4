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
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field

from auditor.model import Claim, FactRef, Finding, Quantity, Rule

from .context import CheckContext
from .evidence import applies, claim_order, event_label, make_finding, where

KIND = "parts-sum"
# A whole and its parts are read from one sentence or one table: one document at a time.
SCOPE = "document"
PLACEHOLDERS = frozenset({"subject", "event", "whole", "sum", "parts", "count", "difference", "where", "agreeing"})


class Parameters(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # A difference below this share of the whole is left alone even beyond
    # the rounding of the figures (sums of percentages of a whole, of
    # conversions): 0 reports every difference past rounding.
    relative_tolerance: float = Field(default=0.0, ge=0.0, lt=1.0)


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
                and (c.event == whole.event or whole.event is None)
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
                    "agreeing": "; ".join(f"{c.evidence.text} ({where(c)})" for c in sorted(agreeing, key=claim_order)),
                },
            )


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
