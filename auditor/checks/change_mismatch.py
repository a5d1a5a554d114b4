"""change-mismatch: a stated rise or fall that its own figures do not make.

"Revenue rose 9% to EUR 455 million" states a new level and the change that
led to it; the level before is either told beside it ("from EUR 19 million
to EUR 31 million, about 40 per cent") or given elsewhere in the document
for the period before (a table's "H1 2024" column under a first half's
release). Extraction marks the percentage as a change of its measure
(``Claim.role == "change"``) and the earlier level, when the sentence tells
it, as ``previous``; this check does the arithmetic. Each figure may have
been rounded as written, so the change they make may differ from the one
stated by what that rounding allows, never more; a change told on another
basis than the figures ("like-for-like", "at constant currency") is not
compared.
"""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple, Sequence

from pydantic import BaseModel, ConfigDict, Field

from auditor.model import Claim, FactRef, Finding, Rule

from .context import CheckContext
from .evidence import applies, claim_order, event_label, make_finding, where

KIND = "change-mismatch"
# A change, its new level and the level before are read from one document.
SCOPE = "document"
PLACEHOLDERS = frozenset({"subject", "event", "change", "level", "before", "implied", "where", "before_where"})

# The levels a change can be of.
_LEVEL_KINDS = frozenset({"money", "count", "quantity"})
# How a qualifier on a stated change widens what it allows ("about 40 per cent").
_LOOSE_QUALIFIERS = frozenset({"about", "over", "under", "at least", "at most", "nearly", "almost", "more than", "less than"})


class Parameters(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # Words before a percentage, in its clause, that say which way the measure went.
    rise_words: list[str] = Field(
        default_factory=lambda: ["rose", "rise", "up", "increased", "increase", "grew", "growth", "gained", "gain", "climbed", "higher"]
    )
    fall_words: list[str] = Field(
        default_factory=lambda: ["fell", "fall", "down", "decreased", "decrease", "declined", "decline", "dropped", "drop", "lower",
                                 "slipped", "shrank"]
    )
    # Words that tell a change on another basis than the figures it stands beside.
    basis_words: list[str] = Field(
        default_factory=lambda: ["organic", "organically", "like-for-like", "constant currency", "constant exchange",
                                 "comparable", "underlying", "adjusted", "excluding", "pro forma", "per share"]
    )
    # How far, in percentage points, an approximate change ("about 40 per cent") may stand from the figures.
    approximate_points: float = Field(default=5.0, ge=0.0)


def _direction(claim: Claim, params: Parameters) -> int:
    """+1 for a rise, -1 for a fall, 0 when the words before the change do not say."""
    sentence = claim.evidence.sentence
    start = claim.evidence.location.start - claim.evidence.sentence_start
    before = sentence[max(0, start - 60) : max(0, start)].casefold()
    words = re.findall(r"[a-z-]+", before)[-6:]
    rise = next((i for i, w in enumerate(words) if w in params.rise_words), -1)
    fall = next((i for i, w in enumerate(words) if w in params.fall_words), -1)
    if rise == fall:
        # "38 million litres in 2024, 6% more than a year earlier": the way
        # told right after the change, against the level before.
        end = claim.evidence.location.end - claim.evidence.sentence_start
        after = _COMPARED_AFTER.match(sentence, max(0, end))
        if after is None:
            return 0
        return 1 if after.group(1).casefold() in _MORE else -1
    return 1 if rise > fall else -1


# Right after a change, the way it went and what it is against: "6% more than", "3% lower than in 2023".
_COMPARED_AFTER = re.compile(r"\s+(more|higher|up|above|less|fewer|lower|down|below)\s+(?:than|on|from)\b", re.IGNORECASE)
_MORE = frozenset({"more", "higher", "up", "above"})


def _told_on_another_basis(claim: Claim, params: Parameters) -> bool:
    sentence = claim.evidence.sentence.casefold()
    return any(re.search(r"\b" + re.escape(word) + r"\b", sentence) for word in params.basis_words)


def _measure_of(change: Claim, sentence: Sequence[Claim]) -> str | None:
    """The measure a change is of: its own, else the one measure its sentence
    tells levels of ("rose from EUR 19 million to EUR 31 million, an increase
    of about 40%")."""
    if change.event is not None:
        return change.event
    if _COMPARED_AFTER.match(change.evidence.sentence, max(0, change.evidence.location.end - change.evidence.sentence_start)):
        # "38 million litres of milk in 2024, 6% more than a year earlier":
        # the change is of the level told right before it.
        before = [
            c for c in sentence
            if c.value is not None and c.value.kind in _LEVEL_KINDS and c.role is None and c.event
            and c.evidence.location.end <= change.evidence.location.start
        ]
        return max(before, key=lambda c: c.evidence.location.end).event if before else None
    end = change.evidence.location.end - change.evidence.sentence_start
    to_level = _TO_A_LEVEL.match(change.evidence.sentence, max(0, end))
    if to_level is not None:
        level = next(
            (c for c in sentence if c.value is not None and c.evidence.location.start - c.evidence.sentence_start == to_level.start("level")),
            None,
        )
        # "revenue grew 10% to £27.4 million and admissions rose 9% to 2.16
        # million": a change whose own level was not read is of its own
        # measure, not of the one the sentence's other figures tell; one
        # whose level was read is of that level's ("EBIT rose 14% to EUR 196
        # million ..., and net profit increased to EUR 118 million").
        return level.event if level is not None and level.role is None else None
    start = change.evidence.location.start - change.evidence.sentence_start
    if _OWN_MEASURE_WITH.search(change.evidence.sentence, max(0, start - 60), max(0, start)):
        # "Revenue rose 6% to £290.0 million, with volumes up 4%": a change
        # that names its own measure in a clause of its own is not of the
        # measure the sentence's levels tell.
        return None
    events = {c.event for c in sentence if c.value is not None and c.value.kind in _LEVEL_KINDS and c.role in (None, "previous")}
    return next(iter(events)) if len(events) == 1 else None


# "..., with volumes up ", "..., while margins fell ": a clause of its own,
# opening on the measure it tells the change of.
_OWN_MEASURE_WITH = re.compile(
    r"(?:,|\band)\s+(?:with|while|whereas)\s+(?:[\w'\u2019-]+\s+){1,3}?"
    r"(?:up|down|rising|falling|rose|fell|grew|growing|increased|decreased|climbed|dropped|higher|lower)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)


# After a change, the level it led to: "9% to 2.16 million".
_TO_A_LEVEL = re.compile(r"\s+to\s+(?P<level>(?:[A-Z]{3}\s?|[£$€¥])?\d)")


def _level(change: Claim, measure: str, sentence: Sequence[Claim]) -> Claim | None:
    """The new level the change leads to: the first figure of its measure
    after it in its sentence ("rose 9% to EUR 455 million"), else, where the
    sentence tells the level before too, the last one before it ("to EUR 31
    million, an increase of about 40%")."""
    levels = [
        c for c in sentence
        if c.event == measure and c.role is None and c.value is not None and c.value.kind in _LEVEL_KINDS and c.value.qualifier != "range"
    ]
    if not levels:
        return None
    at = change.evidence.location.start
    if not any(c.event == measure and c.role == "previous" for c in sentence):
        after = next((c for c in levels if c.evidence.location.start > at), None)
        if after is None and _COMPARED_AFTER.match(change.evidence.sentence, max(0, change.evidence.location.end - change.evidence.sentence_start)):
            # "collected 38 million litres in 2024, 6% more than a year
            # earlier": the level told before the change it is compared by.
            return next((c for c in reversed(levels) if c.evidence.location.start < at), None)
        return after
    # "rose from $29.65 to $36.77, a 24% rise, while Suncor shares rose from
    # $30.90 to $32.12, up 5%": each change goes with the level nearest it.
    return min(levels, key=lambda c: abs(c.evidence.location.start - at))


def _level_before(measure: str, level: Claim, sentence: Sequence[Claim], claims: Sequence[Claim]) -> Claim | None:
    """The level the change started from: told in its sentence ("from EUR 19 million"),
    else the one figure the document gives for the same measure a year earlier."""
    told = [
        c for c in sentence
        if c.event == measure and c.role == "previous" and _same_unit(c, level) and c.evidence.location.start < level.evidence.location.start
    ]
    if told:
        return told[-1]  # the nearest before the level: "from $30.90 to $32.12"
    after = [
        c for c in sentence
        if c.event == measure and _same_unit(c, level) and c.evidence.location.start > level.evidence.location.start
    ]
    if after and after[0].role == "previous":
        return after[0]  # "rose 14% to EUR 196 million from EUR 184 million": the level before told right after
    if level.time is None or level.time.source not in ("sentence", "heading", "section"):
        return None
    period = level.qualifiers.period if level.qualifiers is not None else None
    earlier = [
        c for c in claims
        # "compared with EUR 36 million in the first half of 2024": a level
        # told as the one before is that period's level all the same.
        if c.event == measure and c.role in (None, "previous") and _same_unit(c, level) and c.tense != "future"
        and c.time is not None and c.time.source in ("sentence", "heading", "section")
        and c.time.year == level.time.year - 1
        and (c.qualifiers.period if c.qualifiers is not None else None) == period
        and (c.subject is None or level.subject is None or c.subject.name == level.subject.name)
    ]
    values = {c.value.value for c in earlier if c.value is not None}
    return min(earlier, key=claim_order) if len(values) == 1 else None


def _same_unit(a: Claim, b: Claim) -> bool:
    return a.value is not None and b.value is not None and a.value.kind == b.value.kind and a.value.unit == b.value.unit


class _Levels(NamedTuple):
    """The two levels a change goes between, and the claims that tell them."""

    before: float
    before_precision: float
    after: float
    after_precision: float
    before_text: str
    after_text: str
    before_claim: Claim
    after_claim: Claim


def _levels_told(change: Claim, measure: str, sign: int, sentence: Sequence[Claim], claims: Sequence[Claim]) -> _Levels | None:
    """The levels a change goes between: the level it leads to and the one
    before (see ``_level`` and ``_level_before``), else a span its sentence
    writes as "from 19 to 31 million euros", which the figure reader takes
    for a range of its own but which, beside a change, goes from one end to
    the other in the change's direction."""
    level = _level(change, measure, sentence)
    before = _level_before(measure, level, sentence, claims) if level is not None else None
    if level is not None and before is not None and level.value is not None and before.value is not None:
        return _Levels(
            before.value.value, before.value.precision, level.value.value, level.value.precision,
            " ".join(before.evidence.text.split()), " ".join(level.evidence.text.split()), before, level,
        )
    span = next(
        (c for c in sentence if c.event == measure and c.value is not None and c.value.qualifier == "range" and c.value.kind in _LEVEL_KINDS),
        None,
    )
    if span is None or span.value is None or span.value.low is None or span.value.high is None:
        return None
    low, high = span.value.low, span.value.high
    before_value, after_value = (low, high) if sign > 0 else (high, low)
    unit = span.value.unit if span.value.kind == "money" else None
    return _Levels(
        before_value, span.value.precision, after_value, span.value.precision,
        _written(before_value, unit), _written(after_value, unit), span, span,
    )


def _written(value: float, unit: str | None) -> str:
    """A level read from a span, written as a reader would ("EUR 19 million")."""
    scale, word = next(((s, w) for s, w in ((1e9, " billion"), (1e6, " million")) if abs(value) >= s), (1.0, ""))
    return f"{unit + ' ' if unit else ''}{value / scale:,.10g}{word}"


def _slack(change: Claim, levels: _Levels, params: Parameters) -> float:
    """How many percentage points the rounding of the figures allows."""
    assert change.value is not None
    new, old = levels.after, levels.before
    slack = change.value.precision + 100 * (levels.after_precision / old + new * levels.before_precision / (old * old))
    if change.value.qualifier in _LOOSE_QUALIFIERS:
        slack += params.approximate_points
    return slack


def run(rule: Rule, params: Parameters, context: CheckContext) -> Iterable[Finding]:
    for _, claims in context.claims_by_document():
        ordered = sorted(claims, key=claim_order)
        by_sentence: dict[int, list[Claim]] = {}
        for claim in ordered:
            by_sentence.setdefault(claim.evidence.sentence_start, []).append(claim)
        for change in ordered:
            if change.kind != "percent" or change.role != "change" or change.value is None:
                continue
            if change.tense == "future" or not applies(rule, change) or _told_on_another_basis(change, params):
                continue
            sign = _direction(change, params)
            sentence = by_sentence[change.evidence.sentence_start]
            if change.value.unit == _POINTS:
                yield from _points_mismatch(rule, params, change, sign, sentence)
                continue
            measure = _measure_of(change, sentence) if sign else None
            levels = _levels_told(change, measure, sign, sentence, ordered) if measure is not None else None
            if levels is None or levels.before <= 0:
                continue
            implied = 100 * (levels.after - levels.before) / levels.before
            stated = sign * change.value.value
            if abs(implied - stated) <= _slack(change, levels, params) * (1 + 1e-9):
                continue
            level = levels.after_claim
            subject = level.subject.name if level.subject else (change.subject.name if change.subject else None)
            yield make_finding(
                rule,
                FactRef(subject=subject, event=measure, object=None),
                [change, level, levels.before_claim, *_levels_the_change_leads_to(change, levels, measure, sign, ordered)],
                {
                    "subject": subject or "the document",
                    "event": event_label(measure),
                    "change": " ".join(change.evidence.text.split()),
                    "level": levels.after_text,
                    "before": levels.before_text,
                    "implied": f"{implied:+.1f}%",
                    "where": where(change),
                    "before_where": where(levels.before_claim),
                },
            )


def _levels_the_change_leads_to(change: Claim, levels: _Levels, measure: str, sign: int, claims: Sequence[Claim]) -> list[Claim]:
    """Other figures of the document that state the level the change leads
    to from the level before, where the level written beside it does not
    ("Revenue rose 22% to £1.86 million, up from £1.4 million" above a table
    whose total is 1,710, in thousands): cited with the finding, the side
    they take."""
    level = levels.after_claim
    if change.value is None or level.value is None or level is levels.before_claim:
        return []
    implied = levels.before * (1 + sign * change.value.value / 100)
    # What the rounding of the change and of the level before allow.
    reach = levels.before * change.value.precision / 100 + levels.before_precision * (1 + sign * change.value.value / 100)
    return [
        c for c in claims
        if c is not level and c is not levels.before_claim and c is not change
        and c.event == measure and c.role is None and c.value is not None
        and c.value.kind == level.value.kind and c.value.unit == level.value.unit
        and (level.time is None or c.time is None or c.time.year == level.time.year)
        and abs(c.value.value - implied) <= reach + c.value.precision
        and abs(c.value.value - level.value.value) > c.value.precision + level.value.precision
    ]


# A change of a percentage told in points ("improved by 2.1 points").
_POINTS = "percentage_point"


def _points_mismatch(rule: Rule, params: Parameters, change: Claim, sign: int, sentence: Sequence[Claim]) -> Iterable[Finding]:
    """A change in points between two percentages its sentence gives ("Gross
    margin improved by 2.1 points to 63.8% from 62.9%"): the difference of
    the two, within their rounding, or a finding."""
    assert change.value is not None
    percents = [c for c in sentence if c.kind == "percent" and c.value is not None and c.value.unit == "percent"]
    at = change.evidence.location.start
    level = next((c for c in percents if c.role is None and c.evidence.location.start > at), None)
    before = next((c for c in percents if c.role == "previous" and c is not level), None)
    if not sign or level is None or before is None or level.value is None or before.value is None:
        return
    implied = level.value.value - before.value.value
    slack = change.value.precision + level.value.precision + before.value.precision
    if change.value.qualifier in _LOOSE_QUALIFIERS:
        slack += 1.0
    if abs(implied - sign * change.value.value) <= slack * (1 + 1e-9):
        return
    subject = level.subject.name if level.subject else (change.subject.name if change.subject else None)
    measure = change.event or level.event
    yield make_finding(
        rule,
        FactRef(subject=subject, event=measure, object=None),
        [change, level, before],
        {
            "subject": subject or "the document",
            "event": event_label(measure) if measure else "percentage",
            "change": " ".join(change.evidence.text.split()),
            "level": " ".join(level.evidence.text.split()),
            "before": " ".join(before.evidence.text.split()),
            "implied": f"{implied:+.1f} points",
            "where": where(change),
            "before_where": where(before),
        },
    )
