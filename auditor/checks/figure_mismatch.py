"""figure-mismatch: one fact, one period, two figures that cannot both be true."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Callable, Iterable

from pydantic import Field

from auditor.extract.dates import find_dates
from auditor.link import day_told, facility_of, fold, linked_role, linking_keys, messages_of_one_thread, periods_compatible, strong_time
from auditor.model import Claim, Fact, Finding, Rule, TimeRef

from .compare import agree, both_capacities
from .context import CheckContext, LinkParameters
from .evidence import applies, claim_order, distinct_claims, fact_ref, figure, make_finding, pair_values, where, year_text
from .statements import HoldingPairs, Statements

KIND = "figure-mismatch"
# Which claims must be seen together (auditor/pipeline/partitions.py): a fact's
# claims all share a linking key, so one block of linked claims at a time.
SCOPE = "partitioned"
PLACEHOLDERS = frozenset(
    {"subject", "event", "object", "first", "first_where", "second", "second_where", "year", "values", "count"}
)


class Parameters(LinkParameters):
    # A one-off event that recurs (a fine, a loan, job cuts, a contract) is
    # one occurrence in two documents only if their stories are this close in
    # time, unless a date, a target or a round said near the figures ties them.
    same_story_days: int = Field(default=120, ge=0)
    # ... and a deal with one target or one round in stories this close.
    same_deal_days: int = Field(default=366, ge=0)
    # A stock (staff, shops, a fleet) dated only by two stories this far apart may have changed.
    same_stock_days: int = Field(default=183, ge=0)
    # ... but what a plant or a fleet can do changes only by an investment a
    # story would tell: the same within stories this far apart.
    same_capacity_days: int = Field(default=366, ge=0)
    capacity_events: list[str] = Field(default_factory=lambda: ["capacity"])
    # Words before a figure that tell of spending under way ("is spending
    # EUR 18 million this year"): a running budget, never held against what
    # another passage says was spent ("capital expenditure was EUR 26 million").
    under_way: list[str] = Field(default_factory=list)


def _days(time: TimeRef) -> int | None:
    if time.month is None:
        return None
    return dt.date(time.year, time.month, time.day or 15).toordinal()


def _one_occurrence(a: Claim, b: Claim, params: Parameters) -> bool:
    """Whether two figures of a recurring one-off event can tell one
    occurrence: stated in stories far apart in time and tied by nothing
    else, they tell two ("EUR 497 million" in 2004, "EUR 899 million" in 2008)."""
    if a.doc_id == b.doc_id or a.lasts not in (None, "one-off") or a.time is None or b.time is None:
        return True
    if strong_time(a) is not None or strong_time(b) is not None:
        return True  # the years said near the figures decide (see _same_period)
    if _both_things(a, b):
        return True  # a plant's cost, a programme's size: the thing itself is the occurrence
    if any(c.qualifiers is not None and (c.qualifiers.round or c.qualifiers.phase) for c in (a, b)):
        return True  # a company has one Series B, a fund one first close
    day_a, day_b = _days(a.time), _days(b.time)
    if day_a is None or day_b is None:
        apart = 0 if a.time.year == b.time.year else None
    else:
        apart = abs(day_a - day_b)
    if a.object is not None and b.object is not None:
        # One target: one deal, unless the stories are over a year apart (a
        # bid that failed, and another buyer later).
        return apart is not None and apart <= params.same_deal_days
    return apart is not None and apart <= params.same_story_days


def _one_deal(a: Claim, b: Claim, params: Parameters) -> bool:
    """A takeover of one target agreed in one year and completed in the next
    ("agreed in October 2024", "completed on March 18, 2025") has one price:
    two dated figures of a deal with one named target months apart are one
    deal, however their years fall."""
    ta, tb = strong_time(a), strong_time(b)
    if ta is None or tb is None or a.object is None or b.object is None or a.lasts not in (None, "one-off"):
        return False
    (first_a, last_a), (first_b, last_b) = _day_span(ta), _day_span(tb)
    # The nearest the two can be: "in late 2024" (a year alone) and "June 2025".
    apart = max(0, first_b - last_a, first_a - last_b)
    return apart <= params.same_deal_days


def _day_span(time: TimeRef) -> tuple[int, int]:
    """The first and the last day a date may mean: its own day, or its year's span when it names no month."""
    day = _days(time)
    if day is not None:
        return day, day
    return dt.date(time.year, 1, 1).toordinal(), dt.date(time.year, 12, 31).toordinal()


def _told_at(time: TimeRef) -> int | None:
    """The day a weak date tells a stock at: its own day or month, or for a
    report dated only by its year, that year's last day."""
    if time.month is not None:
        return _days(time)
    if time.source == "document":
        # ("Results for the year ended 31 March 2025": that year ends on its day.)
        ends = _year_ends_on(time)
        if ends is not None and ends[0] == time.year:
            year, month, day = ends
            return dt.date(year, month, min(day, calendar.monthrange(year, month)[1])).toordinal()
        return dt.date(time.year, 12, 31).toordinal()
    return None


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
# A year told by the day it ends: "year ended 31 March 2025", "the year to 30 September 2024".
_YEAR_ENDED_ON = re.compile(
    r"\b(?:year|period|months)\s+(?:ended|ending|to)\s+(?P<day>\d{1,2})\s+(?P<month>" + "|".join(_MONTHS) + r")\s+(?P<year>\d{4})\b",
    re.IGNORECASE,
)


def _stories_apart(a: TimeRef, b: TimeRef, days: int) -> bool:
    """Whether two stories' dates are more than ``days`` apart (both to the month at least)."""
    day_a, day_b = _days(a), _days(b)
    return day_a is not None and day_b is not None and abs(day_a - day_b) > days


def _same_period(a: Claim, b: Claim, params: Parameters) -> bool:
    """Years stated near both figures must agree. A year from the document's
    date is too weak to split a fact, but two documents dated years apart
    cannot say a flow or a stock of theirs disagree (staff, revenue and
    capacity change)."""
    ta, tb = strong_time(a), strong_time(b)
    if ta is not None and tb is not None:
        if a.lasts == "stock":
            # "an order book of EUR 5.2 billion at the end of December" and a
            # column "H1 2024" (at 30 June): one stock at two dates, as linking reads them.
            return periods_compatible(a, b, "stock")
        return ta.year == tb.year
    if a.time is None or b.time is None:
        # A flow or a stock of a story that gives no date at all cannot be
        # held against one whose own sentence dates it ("the national debt
        # would reach $1.56 trillion in 2010" and an undated "$14.27
        # trillion debt burden"): they change from year to year.
        return not (a.doc_id != b.doc_id and a.lasts in ("periodic", "stock") and (ta is not None or tb is not None))
    if a.lasts in ("periodic", "stock") and ta is None and tb is None:
        apart = params.same_capacity_days if a.event in params.capacity_events else params.same_stock_days
        if a.lasts == "stock" and a.doc_id != b.doc_id and _stories_apart(a.time, b.time, apart):
            # "has 260 employees" in April and "employs about 300 people" in
            # October: staff, shops and fleets change between two stories.
            return False
        if a.lasts == "stock" and a.doc_id != b.doc_id:
            # A report on a year gives its stocks at the year's end: "2,480
            # people" in the results for 2024 and "more than 3,000 people" in
            # a story of June 2025 are five months apart, not two years.
            # A plant's capacity alike, within a year ("2.4 million bottles a
            # day" in the report on 2024, "3.1 million" in a story of May 2025).
            at_a, at_b = _told_at(a.time), _told_at(b.time)
            if at_a is not None and at_b is not None:
                return abs(at_a - at_b) <= apart
        return a.time.year == b.time.year
    if (ta is None) != (tb is None) and a.doc_id == b.doc_id and a.lasts in ("periodic", "stock"):
        # "has a debt of $7.9 billion" in a 2017 story and "was under a $5
        # billion debt since 2005": a level now and a level of a year it states.
        stated, weak = (ta, b.time) if ta is not None else (tb, a.time)
        if (
            a.lasts == "stock" and _at_year_end(stated) and weak.source == "metadata"
            # (A capacity a sentence dates is of what that sentence tells, a
            # plant or a year's orders; only a heading's is the report's.)
            and (stated.source == "heading" or a.event not in params.capacity_events)
        ):
            # "Employees at year-end: 580" in a release on 2024 (or "At the
            # end of 2024 we had 410 employees") and "It employs 640 people"
            # in its About section of February 2025: the year's end and the
            # release's day, a few weeks apart.
            told = _days(weak)
            # ("Results for the year to 31 March 2025" over "Our 212
            # employees", and "employs 190 people" in its About of July
            # 2025: a year the heading gives whole, and a day inside it.)
            return told is not None and (
                0 <= told - day_told(stated) <= params.same_stock_days or (stated.month is None and weak.year == stated.year)
            )
        return a.time.year == b.time.year
    if (ta is None) != (tb is None) and a.doc_id != b.doc_id:
        if a.lasts == "periodic" and _same_part_of_a_year(a, b):
            # "Revenue of EUR 772 million" in a first-half report of July 2025
            # and "first-half revenue of EUR 794m" under a September 2025
            # heading: the half a story of that year reports is that year's.
            return a.time.year == b.time.year
        weak, stated = (a, tb) if ta is None else (b, ta)
        if a.lasts == "periodic" and weak.time.source == "document" and weak.time.precision == "year":
            # "Valko Textiles Oyj - Annual Report 2024/25": a year in the title
            # is the year the whole document reports on, not a day it was told.
            return a.time.year == b.time.year
        if a.lasts == "periodic" and (last := _last_financial_year(weak, stated)) is not None:
            # "turnover was £15.1m in its last financial year" in a story of
            # June 2025 and "revenue of GBP 12.8 million in the year to
            # September 2024": a year that ends in September was last ended
            # in September 2024; one that ends in March, in March 2025.
            return stated is not None and last == stated.year
        if a.lasts == "periodic":
            # A flow ("revenue of $15.7 billion") dated only by its story was
            # earned over a period the story leaves unsaid (the quarter before
            # a January story is last year's): it cannot be held against a
            # flow whose own year another story states.
            return False
        if a.lasts == "stock" and a.event in params.capacity_events:
            # "The Gullmyr wind farm, which entered service in 2021, has a
            # capacity of 350 MW" in a 2022 story and "The 530 MW Gullmyr wind
            # farm ... entered service in 2021": what a plant can do changes
            # only by an investment a story would tell.
            return abs(a.time.year - b.time.year) * 365 <= params.same_capacity_days
        if a.lasts == "stock" and stated is not None and _at_year_end(stated) and stated.year < weak.time.year and (told := _told_at(weak.time)) is not None:
            # "At the end of the year our fleet numbered 138 coaches" in an
            # annual review of 2024 and "which runs fewer than 120 coaches" in
            # a wire of March 2025: a stock stated for a year stands at its
            # end, a few weeks before the story, as two stories' stocks do
            # (a stock of the story's own year is of that year, as before).
            return abs(told - day_told(stated)) <= params.same_stock_days
        if (
            a.lasts == "stock" and stated is not None and stated.year == weak.time.year and not _at_year_end(stated)
            and weak.time.month is not None and a.event not in params.capacity_events
        ):
            # "Pieces a week (m), March 2025 | 0.9" and "is now washing 1.1
            # million pieces a week" in a story of November 2025: a level
            # stated at a month, and one its story tells eight months later.
            return abs(_days(weak.time) - day_told(stated)) <= params.same_stock_days
        if a.lasts in (None, "one-off") and _told_later(*((a, b) if ta is None else (b, a))):
            return True
        if a.lasts in (None, "one-off") and _both_things(a, b):
            # "That plant, which came on stream in 2023, cost £81 million" and
            # a 2025 report's "The plant cost £74.3 million": a plant has one
            # cost, whatever year is told beside it.
            return True
        # One figure dated where it is stated, the other only by its story's
        # date, a year or more apart: two occurrences more likely than one.
        return a.time.year == b.time.year
    return True


_LAST_FINANCIAL_YEAR = re.compile(
    r"\b(?:last|latest|most\s+recent|previous|past)\s+(?:full\s+)?(?:financial|fiscal|accounting|reporting)\s+year\b", re.IGNORECASE
)


def _last_financial_year(told: Claim, stated: TimeRef | None) -> int | None:
    """The year (by the year it ends in) of the financial year a story calls
    its subject's last ("in its last financial year"), when the other figure's
    own date says the month that year ends in ("the year to September 2024")
    and the story's date is known to the month; else None."""
    if stated is None or told.time is None or told.time.month is None or told.time.source != "metadata":
        return None
    if not _LAST_FINANCIAL_YEAR.search(told.evidence.sentence):
        return None
    ends = [d.month for d in find_dates(stated.text) if d.month is not None and d.year == stated.year]
    if len(ends) != 1:
        return None
    # The last year to end before the story: this calendar year's, once its month is past.
    return told.time.year if told.time.month > ends[0] else told.time.year - 1


def _same_part_of_a_year(a: Claim, b: Claim) -> bool:
    """Whether both flows are told over the same part of a year ("half", "quarter")."""
    periods = {c.qualifiers.period if c.qualifiers is not None else None for c in (a, b)}
    return len(periods) == 1 and None not in periods


def _told_later(undated: Claim, dated: Claim) -> bool:
    """A past deed told without its date in a story of the next year ("the
    second of 14 vessels it ordered", in a July 2025 roundup) may be the deed
    another story dates ("ordered twelve vessels in March 2024"): its story's
    date bounds the deed from above and says nothing of its year. So may
    the worth of a deal its sentence opens on, told as it stands ("The
    agreement is worth a total of 235 million euros" on a page updated in
    January 2026, after "a five-year agreement signed in July 2025")."""
    told, done = undated.time, strong_time(dated)
    if told is None or done is None:
        return False
    if undated.tense == "future" or (undated.tense != "past" and not _A_DEALS_WORTH.match(undated.evidence.sentence)):
        return False
    if (told.year, told.month or 12) < (done.year, done.month or 1):
        return False
    if (
        undated.event == "acquisition" and dated.event == "acquisition" and undated.tense == "past"
        and undated.object is not None and dated.object is not None and fold(undated.object.name) == fold(dated.object.name)
    ):
        # "They paid £15.2m for Porthwen" in a forum post of 2025 and "the
        # Cornish agency we bought in 2023 for £12.5 million": a company is
        # bought once, however long after a story tells the price again.
        return True
    return told.year - done.year <= 1


# A sentence that opens on a deal told before and gives its worth: "The agreement is worth".
_A_DEALS_WORTH = re.compile(
    r"\s*(?:The|This|That|Its|Our|Their)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|contract|order|concession|partnership)\s+"
    r"(?:is|was|has\s+been)\s+(?:worth|valued)\b"
)


_DEADLINE = re.compile(r"\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b")


def _in_sentence(claim: Claim) -> tuple[str, int, int]:
    """A claim's sentence and where its figure starts and ends in it."""
    evidence = claim.evidence
    return evidence.sentence, evidence.location.start - evidence.sentence_start, evidence.location.end - evidence.sentence_start


def _deadline(claim: Claim) -> str | None:
    """The year a planned figure is due by, said in its clause after it ("cut 31,500 jobs by 2012")."""
    sentence, _, after = _in_sentence(claim)
    match = _DEADLINE.search(sentence, max(0, after), after + 60)
    return match.group(1) if match else None


# A plan's figure that waits for something: "will eventually employ about 400
# people once a second hall is finished", "at full production".
_MILESTONE_AFTER = re.compile(r"\b(?:once|when|after|as\s+soon\s+as)\s+\w+|\bat\s+full\s+(?:capacity|production|output)\b")
_MILESTONE_BEFORE = re.compile(r"\b(?:eventually|ultimately|in\s+time|at\s+full\s+(?:capacity|production|output))\b")


def _awaits_a_milestone(claim: Claim) -> bool:
    """Whether a planned count (of staff, of vehicles) is for when something
    is done, not for now."""
    if claim.kind != "count":
        return False  # "will store 1.6 GWh once energised": a capacity is the thing's own, planned or built
    sentence, start, end = _in_sentence(claim)
    return bool(_MILESTONE_AFTER.search(sentence, max(0, end), end + 80) or _MILESTONE_BEFORE.search(sentence, 0, max(0, start)))


# What a plan's count of people or things is hoped for: "hopes will sign up
# 6,000 members within a year", "aims to have 60 stores".
_TARGET_BEFORE = re.compile(r"\b(?:hopes?|hoped|aims?|aimed|targets?|targeted|wants?|plans?|planned|expects?|expected|intends?)\b")
_WITHIN_AFTER = re.compile(r"\bwithin\s+(?:a|an|one|two|three|four|five|the\s+next|\d+)\s+(?:\w+\s+)?(?:years?|months?)\b")


def _a_target_count(claim: Claim) -> bool:
    """Whether a planned count is a goal ("hopes will sign up 6,000 members
    within a year"): a number to reach, never a count of today's."""
    if claim.kind != "count":
        return False
    sentence, start, end = _in_sentence(claim)
    return bool(_TARGET_BEFORE.search(sentence, max(0, start - 60), max(0, start)) or _WITHIN_AFTER.search(sentence, max(0, end), end + 60))


# A plan that changes a thing's figure to a new level: "a plant that will
# take its Suswa complex to 75 MW", "will bring the fleet to 40 ships".
_CHANGED_TO = re.compile(
    r"\b(?:take|takes|taking|bring|brings|bringing|raise|raises|raising|lift|lifts|lifting|increase|increases|"
    r"increasing|boost|boosts|boosting|expand|expands|expanding|grow|grows|growing)\b[^.;:]{0,80}?"
    r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$"
)


def _a_level_to_reach(claim: Claim) -> bool:
    """Whether a planned figure is the level a change will bring its thing to."""
    sentence, start, _ = _in_sentence(claim)
    return bool(_CHANGED_TO.search(sentence, max(0, start - 120), max(0, start)))


_FORECAST_BEFORE = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projects?|projected|predicts?|predicted|estimates?|"
    r"estimated|sees|guides?|guided|guidance|targets?|targeting|anticipates?|anticipated)\b",
    re.IGNORECASE,
)


def _forecast(claim: Claim) -> bool:
    """Whether a figure is told as someone's forecast ("expects revenue of", "we forecast")."""
    sentence, start, _ = _in_sentence(claim)
    return bool(_FORECAST_BEFORE.search(sentence, max(0, start - 60), max(0, start)))


def _deals_of_other_places(a: Claim, b: Claim) -> bool:
    """Whether two one-off figures of no named object each tell places, and
    none the same."""
    if a.lasts != "one-off" or b.lasts != "one-off" or a.object is not None or b.object is not None:
        return False
    if not a.places or not b.places:
        return False
    return not {fold(p) for p in a.places} & {fold(p) for p in b.places}


def rivals(a: Claim, b: Claim) -> bool:
    """Two figures of one fact that must agree: never two figures of one
    sentence (a before and an after, a part and a whole, a range's ends), and
    never a figure that only supports another (an earlier value, a change)."""
    if a.doc_id == b.doc_id and (a.evidence.sentence_start == b.evidence.sentence_start or a.in_heading or b.in_heading):
        return False  # one sentence's figures play roles; a headline rounds its story
    if any(c.value is not None and c.value.qualifier == "magnitude" for c in (a, b)):
        return False  # "millions of dollars" is no figure to hold another to
    if _deals_of_other_places(a, b):
        # "the £1.2m Sheffield contract" and a notice's row "Lot 2 | Rotherham
        # and Barnsley | £780,000": one party's two deals, each of its place.
        return False
    if _orders_apart(a, b):
        # "a £15 billion construction project" and "approximately £50 will be
        # offered to each landowner": a slip of scale is a thousandfold, and
        # figures further apart are of two things, whatever their reading.
        return False
    if (a.tense == "future") != (b.tense == "future") and (
        a.lasts == "periodic" or (a.lasts == "stock" and a.doc_id == b.doc_id)
    ):
        # A forecast of a flow is not contradicted by another year's actual,
        # nor one story's now by its later ("has 141 storeys", "will have 160").
        return False
    planned = a if a.tense == "future" else b
    if (a.tense == "future") != (b.tense == "future") and a.lasts == "stock" and _stated_before_told(b if planned is a else a, planned):
        # "With Saunameister's 85 staff, the group will employ about 540
        # people" in March and "452" at the end of last year: what will be
        # after a deal is no level of before it.
        return False
    if (a.tense == "future") != (b.tense == "future") and a.lasts == "stock" and (
        _deadline(planned) or _awaits_a_milestone(planned) or _a_target_count(planned) or _a_level_to_reach(planned)
    ):
        # "its fleet will grow to 700 cranes by 2027", "will employ 400 once
        # the second hall is finished", "will take the complex to 75 MW": a
        # target, never a figure of today's.
        return False
    if (a.tense == "future") != (b.tense == "future") and _a_target_count(planned):
        # "We expect to conduct around 48,000 funerals in 2025": a count hoped
        # for is no count done, whatever it counts.
        return False
    if a.doc_id == b.doc_id and a.lasts in ("stock", "periodic") and (_one_dated_to_the_month(a, b) or _two_months(a, b)) and not (
        a.lasts == "stock" and a.time is not None and b.time is not None and messages_of_one_thread(a.time, b.time)
    ):
        # "36 complaints on March 16" and today's 3; "stores, Mar 2025" and
        # "back above 215 stores" in an October story: two days of one story.
        return False
    if a.tense == "future" and b.tense == "future" and a.lasts == "periodic" and a.doc_id != b.doc_id and _forecast(a) and _forecast(b):
        # "It expects revenue of NOK 1.1 billion this year" and an analyst's
        # "We forecast revenue of NOK 1.05 billion": two forecasts, two
        # opinions of a year not yet done, neither wrong.
        return False
    if a.tense == "future" and b.tense == "future" and _deadline(a) != _deadline(b):
        # "plans to cut 7,000 to 9,000 jobs by the end of 2007" and "will cut
        # 1,000 jobs": plans with different deadlines (or one without) are two plans.
        return False
    return linked_role(a) and linked_role(b)


_MAX_SLIP = 10_000.0


def _orders_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures are more than a slip of scale apart."""
    if a.value is None or b.value is None or a.value.unit != b.value.unit:
        return False
    low, high = sorted(abs(v.value) for v in (a.value, b.value))
    return low > 0 and high / low > _MAX_SLIP


def _both_things(a: Claim, b: Claim) -> bool:
    """Whether both figures are told of a thing (a facility, a programme, a
    product), as its subject or as the facility its owner tells of."""
    return all(facility_of(c) is not None or (c.subject is not None and c.subject.type in ("programme", "product")) for c in (a, b))


def _stated_before_told(level: Claim, planned: Claim) -> bool:
    """Whether a level's own date ("at 31 December 2024") comes before the
    day a story told of a level to come."""
    stated, told = strong_time(level), planned.time
    if stated is None or told is None:
        return False
    return day_told(stated) < (_days(told) if told.month is not None else day_told(told))


def _one_dated_to_the_month(a: Claim, b: Claim) -> bool:
    """One figure is dated to a month or a day where it is stated and the
    other is not. A flow of a month is not the flow of its year ("a deficit of
    $66.1 billion in September", "totals $529.8 billion this year"); a level
    at a month is the level of its year, where the other states that year (a
    table's "Employees 2025" and "8,600 at the end of June 2025")."""
    periods = {c.qualifiers.period if c.qualifiers is not None else None for c in (a, b)}
    if len(periods) == 1 and None not in periods:
        # "EBITDA for January-June 2025" and a table's "H1 2025" column: a
        # month that closes the half both are over is no month of its own.
        return False
    times = [strong_time(a), strong_time(b)]
    months = [t is not None and t.month is not None and not _a_year_s_end(c, t) for c, t in zip((a, b), times)]
    if months[0] != months[1] and a.lasts == "stock":
        # "41 practices at 31 March 2025" in the results "for the year ended
        # 31 March 2025", whose About says "operates 39 practices": the
        # level at the end of the year the document reports on.
        dated, other = (times[0], b) if months[0] else (times[1], a)
        if dated is not None and other.time is not None and _year_ends_on(other.time) == (dated.year, dated.month, dated.day):
            return False
    return months[0] != months[1] and (a.lasts == "periodic" or None in times)


def _year_ends_on(time: TimeRef) -> tuple[int, int, int] | None:
    """The day a document's year ends on, as its date's words tell it ("year ended 31 March 2025")."""
    ended = _YEAR_ENDED_ON.search(time.text or "") if time.source == "document" else None
    if ended is None:
        return None
    return int(ended.group("year")), _MONTHS.index(ended.group("month").casefold()) + 1, int(ended.group("day"))


def _a_year_s_end(claim: Claim, time: TimeRef) -> bool:
    """Whether a flow is dated by the last day of its year ("net profit" under
    "results for the year ended 31 December 2024"): the year's flow, not a
    day's; or a level by the year's end: the year's level."""
    if claim.lasts == "stock":
        return _at_year_end(time)  # "At the end of 2024 we had 410 employees": the year's level
    return claim.lasts == "periodic" and (time.month, time.day) == (12, 31)


def _at_year_end(time: TimeRef) -> bool:
    """A year alone, its end ("end of 2024") or its last day: where a year's level stands."""
    return time.month is None or (time.month == 12 and time.day in (None, 31))


def _two_months(a: Claim, b: Claim) -> bool:
    """Both figures are dated to a month where they are stated, and the months differ."""
    ta, tb = strong_time(a), strong_time(b)
    return ta is not None and tb is not None and None not in (ta.month, tb.month) and (ta.year, ta.month) != (tb.year, tb.month)


def _under_way(claim: Claim, params: Parameters) -> bool:
    """Whether a figure is told in a sentence of spending under way ("is
    spending EUR 18 million this year, part of a EUR 95 million programme"):
    the year's budget and the programme it belongs to."""
    offset = max(0, claim.evidence.location.start - claim.evidence.sentence_start)
    return _cues_pattern(tuple(params.under_way)).search(claim.evidence.sentence, 0, offset) is not None


@functools.lru_cache(maxsize=8)
def _cues_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``cues`` as whole words, in any case: compiled once per rule, not per pair of claims."""
    return re.compile(r"\b(?:" + "|".join(re.escape(cue) for cue in cues) + r")\b", re.IGNORECASE)


def disagree(a: Claim, b: Claim, params: Parameters) -> bool:
    """Whether two claims of one fact (``a`` read first) state figures that cannot both be true."""
    assert a.value is not None and b.value is not None
    if not rivals(a, b) or not (_same_period(a, b, params) or _one_deal(a, b, params)) or not _one_occurrence(a, b, params):
        return False
    if params.under_way and _under_way(a, params) != _under_way(b, params):
        return False
    return agree(a.value, b.value, params.relative_tolerance, params.rates, capacity=both_capacities(a, b)) is False


def conflicts(fact: Fact, params: Parameters, rule: Rule) -> HoldingPairs:
    """The pairs of a fact's claims that disagree, asked once per kind of pair
    (see statements.py): a figure stated many times costs what it costs once."""
    claims = sorted((c for c in fact.claims if c.value is not None and applies(rule, c)), key=claim_order)
    return Statements(claims).pairs_where(lambda a, b: disagree(a, b, params))


def partition_keys(params: Parameters) -> Callable[[Claim], tuple[str, ...]]:
    """A fact's claims share their block key."""
    options = params.link_options()
    return lambda claim: linking_keys(claim, options)


def run(rule: Rule, params: Parameters, context: CheckContext) -> Iterable[Finding]:
    for fact in context.facts(params.link_options()):
        if len(fact.claims) < 2:  # most facts: stated once, by one claim, with nothing to disagree with
            continue
        pairs = conflicts(fact, params, rule)
        involved = distinct_claims(pairs.involved())
        found = pairs.first()
        if found is None:
            continue
        # Report the fact once, quoting its first disagreement and citing one
        # statement of each value that takes part in any disagreement.
        yield finding(rule, fact, involved, *found, params=params)


def _one_of_each_value(involved: list[Claim], found: tuple[Claim, Claim], params: Parameters) -> list[Claim]:
    """The claims to cite: the disagreeing pair quoted, then each other claim
    whose figure none cited yet agrees with. "just over EUR 510 million" in
    a digest agrees with the release's "EUR 512 million": the reader is
    shown the two values that cannot both be true, not a rounding of one of
    them beside it as if it were a third."""
    cited = list(found)
    for claim in involved:
        if any(claim is c for c in cited) or claim.value is None:
            continue
        if any(c.value is not None and agree(c.value, claim.value, params.relative_tolerance, params.rates, capacity=both_capacities(c, claim)) for c in cited):
            continue
        cited.append(claim)
    return sorted(cited, key=claim_order)


def _fullest(claim: Claim, involved: list[Claim]) -> Claim:
    """The statement of a claim's figure to quote: of those its document
    makes of the same figure, the one told in the fullest sentence ("Net
    sales for the year came to SEK 412.3 million, against ..." over the
    highlights' "Net sales SEK 412.3 million, up 9%"); the first of equals."""
    same = [
        c for c in involved
        if c.doc_id == claim.doc_id and c.value is not None and claim.value is not None
        and (c.value.value, c.value.unit) == (claim.value.value, claim.value.unit)
    ]  # fmt: skip
    # By its words, not its characters: a table's row ("Revenue (EUR million)
    # 174.9 187.3") is laid out with blanks, a sentence tells.
    return max(same, key=lambda c: len(_WORDS.findall(c.evidence.sentence)), default=claim) if same else claim


_WORDS = re.compile(r"[^\W\d_]{2,}")


def finding(rule: Rule, fact: Fact, involved: list[Claim], first: Claim, second: Claim, params: Parameters | None = None) -> Finding:
    """The finding of a fact whose claims ``involved`` disagree, quoting
    ``first`` and ``second`` and citing one statement of each value."""
    params = params or Parameters.model_validate(rule.parameters)
    first, second = _fullest(first, involved), _fullest(second, involved)
    involved = _one_of_each_value(involved, (first, second), params)
    years = sorted({c.time.year for c in involved if c.time is not None})
    return make_finding(
        rule,
        fact_ref(fact),
        involved,
        {
            **pair_values(fact, first, second),
            "year": str(years[0]) if len(years) == 1 else year_text(first),
            "values": "; ".join(f"{figure(c)} ({where(c)})" for c in involved),
            "count": len(involved),
        },
    )
