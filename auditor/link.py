"""Grouping claims that state the same fact.

A fact has an identity: (entity, measure, qualifiers). Claims are blocked on
what must be equal for two claims to be one fact (the subject, the measure's
family, the kind of figure, what a rate is per, the phase or tranche, the
scope, the role); inside a block, claims are grouped by what may be missing
on one side but must agree when both sides say it (the object, the funding
round, the purpose, the period).

Grouping weighs its evidence and does not depend on the order of the files:

* claims that say the most (object, round, period all stated) are grouped
  first; a claim that says less joins the one group it is compatible with,
  and stays alone when it could join several (a revenue figure with no year,
  in a block with revenue for 2023 and for 2024, belongs to neither);
* a year read from the claim's own sentence or its section heading is
  evidence; a year taken from the document's date is weak and never splits a
  fact from its rivals;
* a flow (revenue, a budget) or a stock (staff, subscribers) has one figure
  per period: different stated periods are different facts. A one-off
  figure (a deal, a round) does not change with time: its claims stay one
  fact across years when their figures agree (a year-mismatch), and are two
  facts when both the figure and the stated year differ (two rounds).

Identical statements (same figure, same period, same qualifiers) are
collapsed before they are compared, so a fact stated ten thousand times
costs about what it costs stated ten times.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

from rapidfuzz import fuzz

from auditor.model import Claim, Fact, Quantity, TimeRef

FIGURE_KINDS = frozenset({"money", "count", "percent", "quantity"})

# Round labels name distinct financings of one company: a Series A and a
# Series B are never the same fact whatever their figures.
DEFAULT_ROUND_PATTERN = r"\b(pre-seed|seed|series\s+[a-z]\d?|round\s+[a-z])\b"

# Where a claim's year was read, by how much it counts as evidence.
STRONG_SOURCES = frozenset({"sentence", "heading", "section"})

# Roles of figures that are never a rival of the figure they go with.
# "target": a level aimed at ("is trying to cut its debt from $27.5 billion to
# $9.2 billion"), not the level the story reports. "threshold": the bound
# that picks out a class of things ("a reduced rate on loans above £1,000").
SUPPORTING_ROLES = frozenset({"previous", "change", "part", "conversion", "conditional", "target", "peak", "ratio", "threshold"})


@dataclass(frozen=True)
class LinkOptions:
    """How liberal linking is.

    ``families`` maps a family name to the events it gathers (a pledge and an
    investment of the same money are one commitment); an event in no family
    is a family of its own. How a measure behaves in time comes with each
    claim (``Claim.lasts``).
    """

    families: Mapping[str, Sequence[str]] = field(default_factory=dict)
    purpose_threshold: float = 50.0
    round_pattern: str = DEFAULT_ROUND_PATTERN
    relative_tolerance: float = 0.01
    rates: Mapping[str, float] = field(default_factory=dict)
    kind_ratio: float = 1.5
    # Events whose figures are one deal's only for one term: "a four-year
    # contract worth £5.2 million" and "over two years ... at £3.85 million"
    # are two contracts of one supplier (see ``deal_term``).
    termed_events: frozenset[str] = frozenset()

    def family(self, event: str | None) -> str | None:
        if event is None:
            return None
        event = without_kind(event)
        return self._family_of.get(event, event)

    @functools.cached_property
    def _family_of(self) -> dict[str, str]:
        """Each event's family: the first family, in name order, that gathers it.
        Asked for every claim of every linking, so the table is read once."""
        family_of: dict[str, str] = {}
        for name in sorted(self.families):
            for event in self.families[name]:
                family_of.setdefault(event, name)
        return family_of


# The kind a count's noun names of its thing, written after a colon and
# before the flow's one word, if any: "extractor:honey sold" counts honey
# extractors sold, "aircraft:narrowbody" narrowbody aircraft.
_KIND_OF_THING = re.compile(r":(?P<kind>[^:]*?)(?= [a-z]+$|$)")


def without_kind(event: str) -> str:
    """An event without the kind of thing it counts ("extractor sold" of
    "extractor:honey sold"): what links counts of one thing, whatever kind of
    it each names (see ``_kinds_apart``)."""
    return _KIND_OF_THING.sub("", event, count=1) if ":" in event else event


def kind_of_thing(event: str | None) -> str | None:
    """The kind of thing an event counts ("honey" of "extractor:honey sold"), if it names one."""
    if event is None or ":" not in event:
        return None
    found = _KIND_OF_THING.search(event)
    return found.group("kind") if found else None


def fold(name: str | None) -> str:
    """A name as linking compares it: spaces, case and accents aside ("Nestlé" is "Nestle")."""
    if not name:
        return ""
    folded = " ".join(name.split()).casefold()
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def round_label(claim: Claim, pattern: re.Pattern[str]) -> str | None:
    """The funding round a claim names (``series b``), if it names exactly one."""
    return RoundLabels(pattern)(claim)


class RoundLabels:
    """``round_label`` for the claims of one linking, each text searched once.

    Linking asks for a claim's round again and again (its signature, how
    much it says, each comparison), and the claims of one sentence share it:
    the round pattern, matched against every claim's sentence each time, was
    the largest part of linking.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._in_text: dict[str, frozenset[str]] = {}

    @classmethod
    def of(cls, round_pattern: str) -> "RoundLabels":
        """For a round pattern as ``LinkOptions`` gives it (matched ignoring case)."""
        return cls(re.compile(round_pattern, re.IGNORECASE))

    def __call__(self, claim: Claim) -> str | None:
        if claim.qualifiers is not None and claim.qualifiers.round:
            return claim.qualifiers.round
        for text in (claim.purpose, claim.object.surface if claim.object else None, claim.evidence.sentence):
            if not text:
                continue
            labels = self._labels(text)
            if len(labels) == 1:
                return next(iter(labels))
            if len(labels) > 1:
                return None  # a sentence naming two rounds cannot tell which is this claim's
        return None

    def _labels(self, text: str) -> frozenset[str]:
        labels = self._in_text.get(text)
        if labels is None:
            labels = frozenset(" ".join(m.group(1).lower().split()) for m in self.pattern.finditer(text))
            self._in_text[text] = labels
        return labels


def strong_time(claim: Claim):  # type: ignore[no-untyped-def]
    """The claim's time when it was stated near it (its sentence, its section), else None."""
    if claim.time is not None and claim.time.source in STRONG_SOURCES:
        return claim.time
    return None


def linking_keys(claim: Claim, options: LinkOptions | None = None) -> tuple[str, ...]:
    """The keys a claim is blocked on, as strings: a store indexes claims by
    them, and only claims sharing one are ever compared (empty: never linked)."""
    key = _block_key(claim, options or LinkOptions())
    return ("/".join(key),) if key is not None else ()


def block_key(claim: Claim, options: LinkOptions | None = None) -> tuple[str, ...] | None:
    """The block a claim is linked in, as ``link`` sorts blocks (None: never linked)."""
    return _block_key(claim, options or LinkOptions())


# Families whose facts are known by their object: a takeover is the takeover
# of its target, whoever is said to buy it (that is what attribution
# conflicts compare).
OBJECT_KEYED_FAMILIES = frozenset({"acquisition"})
# Families whose partner is part of the fact: a trade deficit "with China"
# is not the deficit with the world, which names no partner.
PARTNER_KEYED_FAMILIES = frozenset({"trade-balance"})


def fact_entity(claim: Claim, options: LinkOptions) -> str | None:
    """The entity a claim's fact is about: its object for takeovers, the
    facility it is told of ("Kalden's Brno fab can make 40,000 wafers"),
    else its subject. A facility's figures are the facility's, whoever is
    said to own it, and never its owner's own: the group's capacity is
    not one plant's."""
    if claim.object is not None and claim.object.type != "event":
        if options.family(claim.event) in OBJECT_KEYED_FAMILIES or claim.object.type == "facility":
            return fold(claim.object.name)
    return fold(claim.subject.name) if claim.subject is not None else None


def dated_earlier_figure(claim: Claim) -> bool:
    """An earlier figure with its own year written beside it ("expects EUR 82
    million, after EUR 71.8 million in 2024", "(2023: EUR 197 million)") and
    the measure of the figure it is set against: a fact of that year as much
    as any, linked with the others."""
    time = claim.time
    if not (
        claim.role == "previous" and claim.event is not None and time is not None and time.source == "sentence"
        and time.text is not None and time.start is not None and time.end is not None
        # A year alone: "(H1 2024: EUR 66.2 million)" is half a year's.
        and _WRITTEN_YEAR.fullmatch(time.text.strip()) is not None
    ):
        return False
    before_year = time.start - claim.evidence.sentence_start
    if _PART_OF_YEAR_BEFORE.search(claim.evidence.sentence, max(0, before_year - 24), max(0, before_year)):
        return False  # "(first half of 2024: EUR 332 million)": a part of that year's
    if _RESTATED.search(claim.evidence.sentence):
        # "from NOK 1.06 billion in 2023, a figure restated after ...": a
        # comparative on a new basis, no rival of the year's first report.
        return False
    # The year is the figure's own only right beside it: "rose to KES18.6bn
    # in 2024 from KES15.9bn" dates the level, not the earlier figure.
    where = claim.evidence.location
    return 0 <= time.start - where.end <= _YEAR_REACH or 0 <= where.start - time.end <= 3


_WRITTEN_YEAR = re.compile(r"(?:FY\s?)?(?:19|20)\d\d(?:/\d\d)?")
_PART_OF_YEAR_BEFORE = re.compile(r"\b(?:half|quarter|months|H[12]|Q[1-4]|9M|interim)\b[^\d]{0,8}$", re.IGNORECASE)
_RESTATED = re.compile(r"\brestat(?:ed|ement)\b|\bas first reported\b", re.IGNORECASE)
_YEAR_REACH = 30  # "after EUR 71.8 million in the year to March 2024"


def linked_role(claim: Claim) -> bool:
    """Whether a claim's role lets it stand as a fact of its own."""
    return claim.role not in SUPPORTING_ROLES or dated_earlier_figure(claim) or named_part(claim) or claim.role == "peak"


def named_part(claim: Claim) -> bool:
    """A part of a flow named by its segment ("Direct online sales rose to
    £16.1 million", a table's row "Direct online"): a fact of its own, the
    segment's, linked with the same segment told elsewhere."""
    return (
        claim.role == "part" and claim.qualifiers is not None and bool(claim.qualifiers.phase)
        and claim.kind == "money" and claim.subject is not None
    )


def _block_key(claim: Claim, options: LinkOptions) -> tuple[str, ...] | None:
    if claim.kind not in FIGURE_KINDS or claim.event is None or claim.value is None:
        return None
    dated_earlier = dated_earlier_figure(claim)
    # (A peak, "42 shearers at the height of the season", is linked with the
    # peaks told elsewhere, under a key of its own: never with a level.)
    if claim.role in SUPPORTING_ROLES and not dated_earlier and not named_part(claim) and claim.role != "peak":
        return None
    entity = fact_entity(claim, options)
    if entity is None:
        return None
    qualifiers = claim.qualifiers
    return (
        entity,
        options.family(claim.event) or "",
        claim.kind,
        "" if dated_earlier else claim.role or "",
        (qualifiers.per or "") if qualifiers else "",
        (qualifiers.phase or "") if qualifiers else "",
        # "in total" says the same as saying nothing; "a further 12" and a
        # running total ("237 orders to date") do not.
        qualifiers.scope if qualifiers and qualifiers.scope in ("additional", "cumulative") else "",
        _one_place(qualifiers.place, claim) if qualifiers else "",
        fold(claim.object.name) if claim.object is not None and options.family(claim.event) in PARTNER_KEYED_FAMILIES else "",
    )


def _one_place(place: str | None, claim: Claim) -> str:
    """The place a figure is scoped to, when it names one ("in Leeds"). Two
    or more named together ("employs 312 people in Celle and Olsztyn") are
    the sites a company lists as its own: its whole, no part of it. (Not for
    a count of places, whose places are what it counts: "two large countries
    in the Eurozone, Germany and Italy".)"""
    if not place or "," not in place:
        return place or ""
    counted = claim.value.counted if claim.value is not None else None
    if counted and counted.split()[-1].casefold() in _PLACE_NOUNS:
        return place
    return ""


def _reaches_compatible(a: Claim, b: Claim) -> bool:
    """Two counts each told over its own list of places ("52 laundries in
    France and Belgium", "66 laundries in France, Belgium and Spain") are
    two reaches, not one whole told twice; either list is one with a count
    told of no place."""
    place_a = a.qualifiers.place if a.qualifiers else None
    place_b = b.qualifiers.place if b.qualifiers else None
    return not (place_a and place_b and "," in place_a and "," in place_b and place_a != place_b)


_PLACE_NOUNS = frozenset({"countries", "country", "states", "regions", "cities", "nations", "markets", "provinces", "counties", "members"})


# --------------------------------------------------------------------------- compatibility


def _objects_compatible(a: Claim, b: Claim) -> bool:
    if a.object is None or b.object is None:
        return True
    return fold(a.object.name) == fold(b.object.name)


def _things_compatible(a: Claim, b: Claim) -> bool:
    """Counts of one deed of different things ("3,950 bus shelters", "21,000
    benches" delivered), amounts of different stuffs, are two facts; a
    figure that does not say what it counts may be of either."""
    counts_a = a.qualifiers.counts if a.qualifiers else None
    counts_b = b.qualifiers.counts if b.qualifiers else None
    if counts_a is not None and counts_b is not None and counts_a != counts_b:
        return False
    # Amounts of two stuffs ("7.9 million tonnes of beet" sliced, "1.12
    # million tonnes of sugar" produced): two outputs of one campaign.
    # ("beans" and "cocoa beans" are one stuff: the head noun says what.)
    stuff_a = a.value.counted if a.value is not None and a.value.kind == "quantity" else None
    stuff_b = b.value.counted if b.value is not None and b.value.kind == "quantity" else None
    return stuff_a is None or stuff_b is None or _head_noun(stuff_a) == _head_noun(stuff_b)


def _head_noun(words: str) -> str:
    head = fold(words).split()[-1] if words.split() else ""
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def _subjects_compatible(a: Claim, b: Claim) -> bool:
    """Blocked on their object, two takeover claims may still name different buyers:
    that is an attribution conflict, not one fact. A facility told of by
    itself ("The Brno fab can make") is one with the facility its owner
    tells of ("Kalden's Brno fab")."""
    if a.subject is None or b.subject is None:
        return True
    first, second = fold(a.subject.name), fold(b.subject.name)
    if first == second:
        return True
    return facility_of(a) in (first, second) or facility_of(b) in (first, second)


def facility_of(claim: Claim) -> str | None:
    """The facility a claim is told of: its object, or its subject when that is one."""
    if claim.object is not None and claim.object.type == "facility":
        return fold(claim.object.name)
    if claim.subject is not None and claim.subject.type == "facility":
        return fold(claim.subject.name)
    return None


# Sums whose purpose tells them apart: an organisation's or a country's
# commitments ("$40 billion for sovereign AI" is not "$3 billion for space").
# A plant's cost is known by the plant.
PURPOSEFUL_EVENTS = frozenset({"investment", "pledge", "grant", "loan", "funding-round", "capital-inflow", "budget", "contract"})
# Orders told with what they are for ("237 orders for the 787", "five orders
# for the 777-200LR"): one maker's orders for two models are two facts.
ORDERED_EVENTS = frozenset({"order"})


def _purposes_compatible(a: Claim, b: Claim, threshold: float) -> bool:
    """Money told with what it is for ("to build ferries") is one sum only for one purpose."""
    if not a.purpose or not b.purpose:
        return True
    if not ((a.kind == "money" and a.event in PURPOSEFUL_EVENTS) or (a.kind in ("money", "count") and a.event in ORDERED_EVENTS)):
        return True
    if any(c.subject is not None and c.subject.type in ("facility", "programme", "product") for c in (a, b)):
        return True
    # Compared without their articles: "the 777-200LR" and "the 787" share
    # only "the", which would make them look half alike.
    first, second = _content(a.purpose), _content(b.purpose)
    if not first or not second:
        return True
    return fuzz.token_set_ratio(first, second) >= threshold


_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "of"})


def _content(purpose: str) -> str:
    return " ".join(w for w in purpose_words(purpose) if w not in _ARTICLES)


def _figures_agree(a: Claim, b: Claim, options: LinkOptions) -> bool:
    # Imported here: the checks package imports this module's options.
    from auditor.checks.compare import agree, both_capacities

    if a.value is None or b.value is None:
        return True
    return agree(a.value, b.value, options.relative_tolerance, options.rates, capacity=both_capacities(a, b)) is not False


# How far apart the days that head two messages (or posts) may be for a
# stock each tells to be one stock, the same on both days.
_ONE_THREAD_DAYS = 31


def messages_of_one_thread(ta: TimeRef, tb: TimeRef) -> bool:
    """Whether two times are days that head what they date (a message's
    "Sent:" line, a post's date), weeks apart at most: when each was told,
    not dates they tell of. "all 212 bedrooms" under "Sent: 14 January 2025"
    and "the hotel's 184 bedrooms" under "Sent: 3 February 2025" tell of one
    stock."""
    if not all(t.source == "heading" and t.precision == "day" and t.month is not None for t in (ta, tb)):
        return False
    return abs(day_told(ta) - day_told(tb)) <= _ONE_THREAD_DAYS


def periods_compatible(a: Claim, b: Claim, lasts: str) -> bool:
    """Whether two stated periods can be one: a weak or missing one always
    can, but a flow over part of a year ("revenue for the quarter", "capex
    in the fourth quarter") is never one stated for no part of it."""
    ta, tb = strong_time(a), strong_time(b)
    if lasts == "periodic" and _part_of_year(a, ta) != _part_of_year(b, tb):
        return False
    if ta is None or tb is None:
        return True
    if ta.year != tb.year:
        return False
    if lasts == "stock" and ta.month is not None and tb.month is not None:
        return ta.month == tb.month or messages_of_one_thread(ta, tb)
    if ta.precision == "quarter" and tb.precision == "quarter":
        return ta.month == tb.month
    return True


# A deal's term as a sentence tells it: "a four-year contract", "over the
# four years", "for three years", "a 48-month framework" (not "30 years
# old" or "two years ago").
_TERM = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty)"
    r"(?:-|\s+)(?P<unit>year|month)s?\b(?!\s+(?:old|ago|earlier|later|before|after|since|of\s+(?:age|trading|experience)))",
    re.IGNORECASE,
)
_TERM_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30,
}  # fmt: skip


def deal_term(claim: Claim) -> int | None:
    """The term in months the claim's sentence gives its deal: the term told
    nearest its figure, within the part of the sentence between semicolons
    that holds it ("(a) that Lot 1 ... for four years ... at £1.3 million a
    year; (b) that Lot 2 ... over two years ... at £3.85 million")."""
    sentence = claim.evidence.sentence
    start = claim.evidence.location.start - claim.evidence.sentence_start
    end = start + len(claim.evidence.text)
    if not sentence or start < 0:
        return None
    piece_start = sentence.rfind(";", 0, start) + 1
    piece_end = sentence.find(";", end)
    piece_end = len(sentence) if piece_end < 0 else piece_end
    best: tuple[int, int] | None = None
    for match in _TERM.finditer(sentence, piece_start, piece_end):
        if match.start() < end and match.end() > start:
            continue  # the figure's own words ("£1.3 million a year" has no term)
        distance = start - match.end() if match.end() <= start else match.start() - end
        raw = match.group("n").casefold()
        count = int(raw) if raw.isdigit() else _TERM_NUMBERS[raw]
        months = count if match.group("unit").casefold() == "month" else count * 12
        if best is None or distance < best[0]:
            best = (distance, months)
    return best[1] if best is not None else None


def _part_of_year(claim: Claim, time: TimeRef | None) -> str | None:
    """The part of a year a flow is over: its qualifier, or its date's quarter."""
    if claim.qualifiers is not None and claim.qualifiers.period:
        return claim.qualifiers.period
    return "quarter" if time is not None and time.precision == "quarter" else None


_CLOSING = re.compile(r"\bclos(?:e|ed|es|ing)\b", re.IGNORECASE)


def compatible(a: Claim, b: Claim, options: LinkOptions, pattern: re.Pattern[str]) -> bool:
    """Whether two claims of one block can be the same fact."""
    labels = RoundLabels(pattern)
    return not _kinds_apart((a, b), options.kind_ratio)(a, b) and _compatible(a, b, options, labels(a), labels(b))


def _compatible(a: Claim, b: Claim, options: LinkOptions, label_a: str | None, label_b: str | None) -> bool:
    """``compatible``, given the rounds the two claims name."""
    if not _objects_compatible(a, b) or not _subjects_compatible(a, b) or not _things_compatible(a, b):
        return False
    if not _reaches_compatible(a, b):
        return False
    if not _purposes_compatible(a, b, options.purpose_threshold):
        return False
    if label_a and label_b and label_a != label_b:
        return False
    if options.termed_events and a.event is not None and without_kind(a.event) in options.termed_events:
        term_a, term_b = deal_term(a), deal_term(b)
        if term_a is not None and term_b is not None and term_a != term_b:
            return False
    lasts = a.lasts or "one-off"
    if {lasts, b.lasts or "one-off"} == {"one-off", "periodic"}:
        # "will spend EUR 310 million converting the machine" and "Capital
        # expenditure, H1 2024: 64": one sum against a period's flow.
        return False
    if lasts == "volatile":
        ta, tb = strong_time(a), strong_time(b)
        if a.doc_id == b.doc_id and not (_CLOSING.search(a.evidence.sentence) and _CLOSING.search(b.evidence.sentence)):
            # One story follows a price through its day ("rocketed to 38.15
            # in early trading", "jumped to 36.05"): two moments, unless
            # both are the day's close.
            return False
        return ta is not None and tb is not None and (ta.year, ta.month, ta.day) == (tb.year, tb.month, tb.day)
    if lasts in ("periodic", "stock"):
        return periods_compatible(a, b, lasts)
    # One-off: a different figure in a different stated year is another deal
    # or round, unless one named target's deal is dated months apart across
    # a new year ("agreed in October 2024", "completed in March 2025").
    ta, tb = strong_time(a), strong_time(b)
    return (
        _figures_agree(a, b, options) or ta is None or tb is None or ta.year == tb.year
        or (options.family(a.event) in OBJECT_KEYED_FAMILIES and a.object is not None and b.object is not None and _months_apart(ta, tb) <= 12)
    )


def _months_apart(a: TimeRef, b: TimeRef) -> int:
    """Months between two dates (a year alone counts from its middle month)."""
    return abs((a.year * 12 + (a.month or 6)) - (b.year * 12 + (b.month or 6)))


def _said(claim: Claim, label: str | None) -> int:
    """How many of the distinguishing facts a claim states (``label``: the
    round it names). A stated year counts twice: claims that say when are
    grouped first, so that one that says only what for ("more than 6,000
    towers in three countries") joins one year's fact or none, and never
    bridges the years of a table ("4,050 | 4,300") into one fact."""
    return sum(
        (
            claim.object is not None,
            label is not None,
            2 * (strong_time(claim) is not None),
            bool(claim.purpose),
        )
    )


# --------------------------------------------------------------------------- grouping


def _signature(claim: Claim, pattern: re.Pattern[str]) -> tuple:
    """What makes two claims interchangeable for linking: everything
    ``compatible`` and ``_said`` read of a claim, so that every claim of one
    signature is compatible with exactly the claims its first one is."""
    return _signature_with(claim, RoundLabels(pattern)(claim))


def _signature_with(claim: Claim, label: str | None) -> tuple:
    """``_signature``, given the round the claim names."""
    value = claim.value
    time = strong_time(claim)
    return (
        claim.kind,
        claim.event,
        claim.lasts,
        (value.kind, value.low, value.high, value.value, value.unit, value.qualifier, value.precision, value.per, value.counted)
        if value
        else None,
        (time.year, time.month, time.day) if time else None,
        # What ``_the_fitting_group`` reads to choose between fitting facts.
        (claim.time.source, claim.time.year, claim.time.precision) if claim.time is not None and time is None else None,
        claim.tense == "future",
        fold(claim.object.name) if claim.object else None,
        (fold(claim.subject.name), claim.subject.type) if claim.subject else None,
        label,
        claim.purpose.casefold() if claim.purpose else None,
        claim.qualifiers.period if claim.qualifiers else None,
        # A quote is compared with its own story's quotes only at the close.
        (claim.doc_id, bool(_CLOSING.search(claim.evidence.sentence))) if claim.lasts == "volatile" else None,
    )


_PURPOSE_PUNCTUATION = ",.;:'\"()"


def pairing_value(claim: Claim) -> float | None:
    """The figure under which a claim may be paired with claims of other
    subjects (``attribution-conflict``): a linked figure with a subject, stated
    specifically ("hundreds of millions" is not); None when it is never paired."""
    value = claim.value
    if claim.kind not in FIGURE_KINDS or claim.event is None or value is None or claim.subject is None:
        return None
    if claim.role in SUPPORTING_ROLES or value.qualifier == "magnitude" or value.value <= 0:
        return None
    return value.value


def purpose_words(purpose: str | None) -> list[str]:
    """A purpose's words, in lower case, without the punctuation around them."""
    if not purpose:
        return []
    words = (word.strip(_PURPOSE_PUNCTUATION) for word in purpose.casefold().split())
    return [word for word in words if word]


def store_keys(claim: Claim) -> tuple[str, ...]:
    """The keys a claim store indexes a claim under, so that checking a new
    document reads only the corpus claims that can meet its claims.

    ``ent:`` the names of its subject and object as written (every block of
    linked claims, and every subject's dates, is about one of them; a short
    form is looked up under each full name it can stand for). A claim that
    can be paired across subjects (``pairing_value``) is also kept under
    what such pairs share: ``rel:`` the other parties its sentence names,
    ``ctx:`` what its document is about, ``place:`` its places, ``word:`` the
    words of its purpose, and ``*`` (every such claim, for counting them).
    A superset of what the checks block and pair on: ``tests/test_link.py``
    holds ``attribution-conflict`` to it.
    """
    keys = {f"ent:{fold(ref.name)}" for ref in (claim.subject, claim.object) if ref is not None}
    if pairing_value(claim) is not None:
        keys.add("*")
        keys.update(f"rel:{fold(name)}" for name in claim.related)
        keys.update(f"ctx:{fold(name)}" for name in claim.context)
        keys.update(f"place:{fold(name)}" for name in claim.places)
        keys.update(f"word:{word}" for word in purpose_words(claim.purpose))
    return tuple(sorted(keys))


def _order(claim: Claim) -> tuple[str, int, int, str]:
    location = claim.evidence.location
    return (location.path, location.start, location.end, claim.id)


def group_block(claims: Sequence[Claim], options: LinkOptions, pattern: re.Pattern[str]) -> list[list[Claim]]:
    """The facts of one block, each a list of claims in reading order."""
    return _group_block(claims, options, RoundLabels(pattern))


def _group_block(claims: Sequence[Claim], options: LinkOptions, labels: RoundLabels) -> list[list[Claim]]:
    if len(claims) == 1:  # most blocks: nothing to compare
        return [list(claims)]
    # Identical statements are compared once, through a representative.
    by_signature: dict[tuple, list[Claim]] = {}
    for claim in sorted(claims, key=_order):
        by_signature.setdefault(_signature_with(claim, labels(claim)), []).append(claim)
    representatives = [members[0] for members in by_signature.values()]
    members_of = {id(members[0]): members for members in by_signature.values()}
    # What comparing and ordering read of each representative, read once.
    label_of = {id(c): labels(c) for c in representatives}
    said_of = {id(c): _said(c, label_of[id(c)]) for c in representatives}

    kinds_apart = _kinds_apart(claims, options.kind_ratio)

    def fits(a: Claim, b: Claim) -> bool:
        return not kinds_apart(a, b) and _compatible(a, b, options, label_of[id(a)], label_of[id(b)])

    groups: list[list[Claim]] = []
    for level in sorted(set(said_of.values()), reverse=True):
        at_level = [c for c in representatives if said_of[id(c)] == level]
        joins: dict[int, list[Claim]] = {}
        alone: list[Claim] = []
        pending: list[Claim] = []
        for claim in at_level:
            fitting = [i for i, group in enumerate(groups) if all(fits(claim, m) for m in group)]
            if len(fitting) > 1:
                fitting = _the_fitting_group(claim, fitting, groups)
            if len(fitting) == 1:
                joins.setdefault(fitting[0], []).append(claim)
            elif not fitting:
                pending.append(claim)
            else:
                alone.append(claim)  # could be either of two facts: compared with neither
        for index, joined in joins.items():
            groups[index].extend(joined)
        groups.extend(_components(pending, fits))
        groups.extend([claim] for claim in alone)
    return [sorted((m for r in group for m in members_of[id(r)]), key=_order) for group in groups]


def _the_fitting_group(claim: Claim, fitting: list[int], groups: list[list[Claim]]) -> list[int]:
    """Of several facts a claim fits, the one it belongs to. A claim dated by its document's title belongs
    to: "EUR 61.4 million" in an annual report for 2024/25 fits both the
    2024/25 net sales ("EUR 55 million for the year to June") and the
    outlook for 2025/26; the title's year tells which. Or the one group of
    things done that a claim of a thing done fits. Else every fitting group."""
    time = claim.time
    # (So does a document's day: "Revenue up 9% to £48.3 million" in interim
    # results of 9 September 2025 is the H1 2025 column's, not H1 2024's.)
    if time is not None and time.source == "document":
        same_year = [i for i in fitting if _years_stated(groups[i]) == {time.year}]
        if len(same_year) == 1:
            return same_year
    if time is not None and time.source == "metadata" and claim.lasts == "periodic" and claim.tense == "past":
        # "EBITDA rose to £6.8 million" in a letter of October 2025 fits the
        # table's FY2024 "5.1" and FY2025 "7.4": a year's result told as done
        # in a story of its year is that year's, when the year has one group
        # of results done.
        same_year = [i for i in fitting if _years_stated(groups[i]) == {time.year} and all(c.tense != "future" for c in groups[i])]
        if len(same_year) == 1:
            return same_year
    if claim.lasts == "stock" and time is not None and time.source in ("metadata", "document") and strong_time(claim) is None:
        # "employs more than 3,000 people" in a story of June 2025 fits the
        # table's "2,480" at the end of 2024 and "2,410" at the end of 2023:
        # a stock told now is the latest one stated before it.
        told = day_told(time)
        # (A target told in the future, "next year we want to pass 13,000", is no level told now.)
        levels = [i for i in fitting if claim.tense == "future" or any(c.tense != "future" for c in groups[i])]
        stated = {i: {_day_told_by(t, time, told) for t in map(strong_time, groups[i]) if t is not None} for i in levels}
        before = {i: next(iter(days)) for i, days in stated.items() if len(days) == 1 and next(iter(days)) <= told + _STOCK_SLACK_DAYS}
        if before and len(before) == len(levels):
            latest = max(before.values())
            chosen = [i for i, day in before.items() if day == latest]
            if len(chosen) == 1 and told - latest <= 366:
                return chosen
        # "Today it operates 24 cold stores" beside the table's "26" at the
        # year's end and two other "now"s ("now runs 27 cold stores"): what
        # is told now is one with the one group of what is told now.
        undated = [i for i in levels if all(strong_time(c) is None for c in groups[i])]
        if len(undated) == 1 and len(levels) > 1:
            return undated
    if strong_time(claim) is None and claim.value is not None:
        # "Ashgrave employs 640 people", undated, fits the key figures'
        # "640" at the end of 2024 and "665" a year before: the figure it
        # restates says which.
        same = [i for i in fitting if any(c.value is not None and _same_figure(c.value, claim.value) for c in groups[i])]
        if len(same) == 1:
            return same
    if claim.tense != "future":
        # "sold 11.2 million rolls in its last financial year", told in
        # December, fits the year's "14.6 million rolls" and the "about 16
        # million rolls" expected for the next: what was done is no forecast.
        done = [i for i in fitting if any(c.tense != "future" for c in groups[i])]
        if len(done) == 1:
            return done
    return fitting


def _years_stated(group: list[Claim]) -> set[int]:
    """The years a group's claims state near their figures."""
    return {t.year for t in map(strong_time, group) if t is not None}


def _same_figure(a: Quantity, b: Quantity) -> bool:
    return (a.kind, a.unit, a.value, a.low, a.high) == (b.kind, b.unit, b.value, b.low, b.high)


# A stock stated at a month's end a few weeks after a story is still the one it tells of.
_STOCK_SLACK_DAYS = 31


def _day_told_by(time: TimeRef, teller: TimeRef, told: int) -> int:
    """The day ``time`` tells a stock at, as a story of ``teller``'s date
    reads it: a year alone that is the story's own year ("2024/25" in a
    review's table, read in October 2025) is the level now, not one at a
    year's end still to come."""
    if time.month is None and time.year == teller.year:
        return min(day_told(time), told)
    return day_told(time)


def day_told(time: TimeRef) -> int:
    """The day a date tells a stock at: its day, else its month's end, else
    its year's (the checks read levels so too)."""
    month = time.month or 12
    day = time.day or calendar.monthrange(time.year, month)[1]
    return dt.date(time.year, month, day).toordinal()


def _kinds_apart(claims: Sequence[Claim], ratio: float) -> Callable[[Claim, Claim], bool]:
    """Whether two claims of one block count two kinds of their thing.

    Two kinds ("12 narrowbody jets", "three widebody jets") are never one
    fact. A count of the thing ("14 jets") is a count of its one kind
    ("12 narrowbody jets") when no claim of the block names another kind, no
    document tells both a kind and the thing, and the two are within
    ``ratio`` of each other: "honey extractors" and "extractors" of a
    beekeeping supplier are one; "850,000 H0 locomotives" and "2.1 million
    locomotives" told by one report are a part and the whole, and so are
    "twelve forging apprentices" and "42 apprentices" told by two."""
    # Read once per claim: ``apart`` is asked of every pair the block compares.
    kind_of = {id(c): kind_of_thing(c.event) for c in claims}
    named = set(kind_of.values()) - {None}
    by_document: dict[str, set[str | None]] = {}
    for claim in claims:
        by_document.setdefault(claim.doc_id, set()).add(kind_of[id(claim)])
    thing_is_its_kind = len(named) == 1 and not any(None in told and len(told) > 1 for told in by_document.values())

    def apart(a: Claim, b: Claim) -> bool:
        kind_a, kind_b = kind_of[id(a)], kind_of[id(b)]
        if kind_a == kind_b:
            return False
        return not (thing_is_its_kind and (kind_a is None or kind_b is None) and _within(a, b, ratio))

    return apart


def _within(a: Claim, b: Claim, ratio: float) -> bool:
    """Whether two figures are within ``ratio`` of each other: the larger of
    their lower bounds against the smaller of their upper bounds."""
    if a.value is None or b.value is None:
        return True
    smaller = min(_upper(a.value), _upper(b.value))
    larger = max(_lower(a.value), _lower(b.value))
    return smaller > 0 and larger <= smaller * ratio


def _upper(value: Quantity) -> float:
    return value.high if value.high is not None else value.value


def _lower(value: Quantity) -> float:
    return value.low if value.low is not None else value.value


def _components(claims: list[Claim], fits: Callable[[Claim, Claim], bool]) -> list[list[Claim]]:
    """The connected components of the compatibility relation: whatever order
    the claims come in, the same groups."""
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if fits(claims[i], claims[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[Claim]] = {}
    for i, claim in enumerate(claims):
        groups.setdefault(root(i), []).append(claim)
    return list(groups.values())


def link(claims: Sequence[Claim], options: LinkOptions | None = None) -> tuple[Fact, ...]:
    """Facts from claims: deterministic keys and order, every linkable claim kept."""
    return Linker().link(claims, options or LinkOptions())


class Linker:
    """``link`` for several linkings of the same claims (rules that link with
    different family tables), each reading what the others already read.

    The rounds each text names are read once per round pattern. A block of
    claims that two linkings form alike (the same key, the same claims: every
    block whose events both tables put in one family) is grouped once: its
    grouping reads only its claims and the options below, never the families.
    """

    def __init__(self) -> None:
        self._labels: dict[str, RoundLabels] = {}
        self._facts_of_block: dict[tuple, list[Fact]] = {}

    def link(self, claims: Sequence[Claim], options: LinkOptions) -> tuple[Fact, ...]:
        if options.round_pattern not in self._labels:
            self._labels[options.round_pattern] = RoundLabels.of(options.round_pattern)
        labels = self._labels[options.round_pattern]
        grouping = (options.purpose_threshold, options.round_pattern, options.relative_tolerance,
                    tuple(sorted(options.rates.items())), options.kind_ratio, tuple(sorted(options.termed_events)))  # fmt: skip
        blocks: dict[tuple[str, ...], list[Claim]] = {}
        for claim in claims:
            key = _block_key(claim, options)
            if key is not None:
                blocks.setdefault(key, []).append(claim)

        facts: list[Fact] = []
        for key in sorted(blocks):
            block = blocks[key]
            # The claims themselves (alive as long as this linker's caller holds them), not their ids.
            known = (key, grouping, tuple(map(id, block)))
            found = self._facts_of_block.get(known)
            if found is None:
                groups = sorted(_group_block(block, options, labels), key=lambda g: _order(g[0]))
                found = [_fact(key, index, group) for index, group in enumerate(groups, start=1)]
                self._facts_of_block[known] = found
            facts.extend(found)
        return tuple(facts)


def _fact(key: tuple[str, ...], index: int, group: list[Claim]) -> Fact:
    subject_key, family, kind, role, per, phase, scope, place, partner = key
    subject = next((c.subject.name for c in group if c.subject is not None), None)
    obj = next((c.object.name for c in group if c.object is not None), None)
    if family not in OBJECT_KEYED_FAMILIES:
        # A facility's figures are the facility's (``fact_entity``): the fact
        # is told as "Lycksele's cost", whoever each story says owns it.
        subject = next((c.object.name for c in group if c.object is not None and c.object.type == "facility"), subject)
    event = _most_common([c.event for c in group])
    parts = [subject_key, family, kind] + [part for part in (role, per, phase, scope, place, partner) if part]
    return Fact(
        key="/".join(parts) + f"#{index}",
        subject=subject,
        event=event,
        object=obj,
        claims=tuple(group),
    )


def _most_common(items: Sequence[str | None]) -> str | None:
    if len(items) == 1:  # most facts: one claim
        return items[0]
    counts: dict[str, int] = {}
    for item in items:
        if item is not None:
            counts[item] = counts.get(item, 0) + 1
    if not counts:
        return None
    return min(counts, key=lambda name: (-counts[name], name))
