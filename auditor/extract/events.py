"""What happened to a figure: the event kind signalled by trigger words.

The trigger words live in ``rules/lexicon/events.yaml``; this module only
finds them and picks, for each figure, the trigger nearest to it in its
clause.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, NamedTuple, Sequence

from auditor.data_files import load_yaml_file
from auditor.extract.deal_awards import DealWords, load_deal_words
from auditor.extract.firsts import FirstWords, load_first_words
from auditor.extract.hostings import HostingWords, load_hosting_words
from auditor.extract.prizes import PrizeWords, load_prize_words
from auditor.extract.purchases import PurchaseWords, load_purchase_words
from auditor.extract.award_notices import NoticeWords, load_notice_words
from auditor.extract.nearby import NAME_ENDS_HERE
from auditor.extract.numbers import AfterBoundary, any_case_char, initial_led, trie_pattern
from auditor.resources import default_rules_dir

# A preposition between a figure and a later noun hands the noun to what
# follows ("made EUR 248m on turnover of EUR 1.34bn"), except "in" right
# before it, which says what the figure is counted in ("$5m in new funding").
_PREPOSITION_BETWEEN = re.compile(
    r"\b(?:on|of|from|at|with|to|by|against|than|versus|vs|as|while|when|after|since|following)\b|\bin\b(?=(?:\s+\S+){2,}\s*$)",
    re.IGNORECASE,
)
# A verb whose object stands between it and the figure, which follows "to"
# or "by": the figure is a level or a change ("raised its bid to $47.5bn").
_LEVEL_BETWEEN = re.compile(r"\s[a-z][\w'-]*\s+(?:[\w'-]+\s+){0,4}(?:to|by)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$")
_SCOPE_WORD = re.compile(r"\b(?:including|excluding|plus|net\s+of|before|after)\s+$", re.IGNORECASE)
# "EBITDA rose to USD 1.91 billion and net profit to USD 655 million": a
# noun after a figure, past a conjunction, that the next figure is told of.
# Only "in" or "of" between a figure and the noun after it: "$6bn in revenue", "€40m of orders".
# Between a figure and the noun it modifies: "a EUR 71 million farm", "a EUR 30 million new
# research greenhouse"; no comma and no word that opens a phrase of its own.
_MODIFIERS_ONLY = re.compile(r"(?:\s+(?!(?:into|in|to|for|of|from|at|on|with|by|and|or|as)\b)[\w-]+){0,3}\s+", re.IGNORECASE)
# (A noun's modifiers may stand between: "£1.4 million of acquisition and integration costs".)
_IN_OR_OF = re.compile(
    r"\s+(?:in|of)\s+(?:new\s+|fresh\s+|additional\s+)?"
    r"(?:(?!(?:in|of|to|for|from|at|on|with|by|or|as|the|a|an|its|their|our|his|her|which|whom|whose|that|this|these|those|it|them|what)\b)"
    r"[a-z][a-z-]*\s+(?:and\s+[a-z][a-z-]*\s+)?)?"
)
_OF_AN_OWNERS = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['\u2019]s?\s+(?:total\s+|annual\s+|group\s+)?|\s+of\s+(?:its|their|our|the\s+group's|the\s+company's)\s+(?:total\s+|annual\s+)?")
_CONJUNCTION_BETWEEN = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.IGNORECASE)
_NEXT_FIGURE_OF_NOUN = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:to|at|of|by|was|were|is|reached|hit|totalled|totaled)\s+(?:an?\s+|some\s+|about\s+)?(?:[A-Z]{3}\s?)?\S{0,4}\d"
    # its verb left out: "gross bookings were £68.4 million and revenue £15.1 million"
    r"|\s+(?:[A-Z]{3}\s?|[£$€¥])\d"
)
# A verb right after a noun: the noun is its clause's subject ("and operating profit climbed").
_VERB_OF_NOUN = re.compile(
    r"\s+(?:rose|fell|grew|climbed|jumped|dropped|slipped|declined|increased|decreased|improved|doubled|halved|"
    r"surged|soared|slumped|edged|came|stood|reached|totalled|totaled|passed|exceeded|topped|crossed|hit|was|were)\b"
)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
# "the 14 vessels it ordered", "the 36 trains that LinkRail ordered": the
# verb of a relative clause on the figure's noun says what the figure is.
_RELATIVE_CLAUSE = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:it|they|we|he|she|the\s+[a-z]+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:has\s+|had\s+|have\s+)?"
)
# "4,600 tonnes milled in 2024", "2.1 million tonnes of ore mined": a
# participle right after the figure (and what it is of) says what was done.
_PARTICIPLE_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+)?")
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|its|their|his|her|our|some|\d)", re.IGNORECASE)
_IRREGULAR_PARTICIPLES = frozenset(
    {"ground", "sold", "built", "made", "spun", "sewn", "woven", "grown", "won", "bought", "dug", "cut", "brought", "shut", "laid", "taken"}
)


def _participle(word: str) -> bool:
    folded = word.casefold()
    return " " not in folded and (folded.endswith("ed") or folded in _IRREGULAR_PARTICIPLES)


_WORD = re.compile(r"[\w$€£¥₹%'’.-]+")


@dataclass(frozen=True, slots=True)
class EventKind:
    name: str
    figure_kinds: frozenset[str]
    object_after: tuple[str, ...]
    subject_after: tuple[str, ...]
    default_for_units: tuple[str, ...]
    lasts: str = "one-off"  # "one-off", "periodic" or "stock"
    volatile: bool = False
    # Per-unit figures of the event that are market quotes ("$102.59 per barrel").
    volatile_per: frozenset[str] = frozenset()
    passive_object: bool = False  # "X was acquired": the passive subject is the object
    # "The line is operated by Y under a concession worth EUR 1.3bn": told in
    # the passive with an agent, the agent holds the event's figure.
    agent_holds: bool = False
    # "Baltrum chose Verhaegen to supply the coatings, a contract worth EUR
    # 38 million", "the regions awarded Sonvik a framework agreement": the
    # party named right after one of these verbs holds the event's figure.
    chosen_after: tuple[str, ...] = ()


class Trigger(NamedTuple):
    start: int
    end: int
    event: str
    text: str
    is_noun: bool
    after_only: bool = False  # names the event only right after its figure


# "from June 2023 to March 2024": a span, not the date a thing began.
_SPAN_GOES_ON = re.compile(r"\s*(?:to|until|till|through|and|-|\u2013)\s", re.IGNORECASE)


@dataclass(frozen=True)
class EventLexicon:
    kinds: Mapping[str, EventKind]
    triggers: Mapping[str, tuple[str, bool]]  # casefolded trigger -> (event kind, is a noun)
    # Verbs more than one event lists, to the later events in file order: a
    # verb names the first event whose figures fit the figure it tells ("brought
    # in £3m" is revenue, "brought in 185 tonnes" a harvest).
    verb_alternates: Mapping[str, tuple[str, ...]]
    after_only: frozenset[str]  # casefolded nouns that count only after their figure
    singular_only: frozenset[str]  # casefolded nouns that name their event in the singular only ("crop")
    trigger_pattern: AfterBoundary  # every trigger, in casefolded text
    window_before: int
    window_after: int
    future_cues: AfterBoundary
    courtesy_after_cue: re.Pattern[str]  # " thank", " say" right after a cue: "want to thank our 1,450 employees"
    clause_breaks: re.Pattern[str]
    count_classes: Mapping[str, str]  # counted noun (casefolded) -> the measure a count of it is
    people_cues: tuple[str, ...]  # words that make "people" a count of staff
    people_right_before: tuple[str, ...]  # ... when they stand right before the count ("we were 236 people")
    # words that make "people" a count of another class ("148,000 people listened each week")
    people_classes: tuple[tuple[str, re.Pattern[str]], ...]
    capability_cues: re.Pattern[str]  # before a count per time: what a site can do ("can handle")
    present_openers: re.Pattern[str]  # a sentence's opening words that tell of now ("Today", "These days")
    # after a count a capability cue stands before: how many at one time ("can charge 180 cars at once")
    at_one_time: re.Pattern[str]
    staff_cues: tuple[str, ...]  # words that make a count of staff a headcount
    # "a group with 2,600 staff": an employer's noun and "with" or "of" before a count of staff
    staff_employer_before: re.Pattern[str]
    dimension_measures: tuple[tuple[str, str], ...]  # (pint dimensionality, measure)
    stock_changes: re.Pattern[str]  # matches at the end of the text before a count that changes a stock
    # before a count in an appositive of what such a verb did: "opened our ninth cinema, three screens in ..."
    stock_change_appositive: re.Pattern[str]
    # matches right after such a count in a relative clause ("600 stores the company would be closing")
    stock_changed_after: re.Pattern[str]
    size_after: re.Pattern[str]  # matches right after a figure that states a thing's size ("9.6 km long")
    size_before: re.Pattern[str]  # matches at the end of the text before such a figure ("a length of")
    # A verb of growing crops before an area in its clause ("planted 1,560 ha",
    # "grew seed on 1,320 hectares"): the season's planted area.
    crop_area_before: re.Pattern[str]
    # Words right after an area that name the land a crop stands on ("58
    # hectares under vine", "12 acres of orchard"): the holding's standing
    # area under crop, a stock, not one season's planting.
    crop_land_after: re.Pattern[str]
    # Nouns of a whole counted by its members ("workforce", "team"), each with
    # the noun a small bare number after it counts: itself ("taking its
    # workforce to 64"), or another ("our team of 23": staff).
    collective_counts_as: Mapping[str, str]
    # "shipped 241,000 t abroad": (the measures a word after the figure makes
    # exports of, that word's pattern, the measure they become)
    sold_abroad: tuple[frozenset[str], re.Pattern[str], str | None]
    time_blockers: re.Pattern[str]  # matches at the end of the text before a date that dates something else
    # matches at the end of the text before a date a thing began at, which does date it ("dates from")
    time_origins: re.Pattern[str]
    measure_by_subject: Mapping[str, Mapping[str, str]]  # subject kind -> {event or "": measure}
    takeover_context: tuple[str, ...]
    period_flows: frozenset[str]  # one-off events whose figure told for a period is that period's flow
    goods_worth: frozenset[str]  # events whose goods, told with "worth", give the event's value
    costed_deals: frozenset[str]  # events whose noun opening a clause is what its "cost" is the price of
    deal_worth: frozenset[str]  # deals a "worth" further on in their sentence prices
    # matches a supplier's verb of winning an order ("won an order", "booked a
    # EUR 96 million order"): the order is the customer's, named after "from"
    supplier_side: re.Pattern[str]
    supplier_side_verbs: frozenset[str]  # "won", "landed": a supplier's verbs of winning an order
    # A verb of winning and a few words after it, ending where a customer's
    # possessive starts: "won the pumping lot of " (the Water Board's contract).
    won_from: re.Pattern[str]
    # A sentence (or a speaker's turn) opening on a gerund of winning a
    # deal: "Winning the Clyde Gateway job, ...", "MACKIE: Securing the ...".
    won_opening: re.Pattern[str]
    # An owner's others, right after its possessive and acting by their own
    # verb: "our customers run fleets of thirty balloons" (matches at the
    # possessive's end, up to the verb).
    owners_others: re.Pattern[str]
    owners_others_named: re.Pattern[str]  # "our neighbours Riverlea Leisure": the others, then their name
    # "paid EUR 82 million for 70 per cent": a verb of paying right before a
    # figure (matches at the end of the text before it), and a stake right
    # after it (matches at its end), make it the price of a stake bought
    paying_before: re.Pattern[str]
    paying: re.Pattern[str]  # a verb of paying anywhere ("agreed in June to pay")
    # A verb of buying, or a buying noun and "of", right before a share or a
    # name ("agreed to buy 70%", "completed its purchase of Kandapola"): the
    # acquisition's own verbs and nouns (matches at the end of the text before).
    buying_before: re.Pattern[str]
    asides: re.Pattern[str]  # in casefolded text: what a sum includes ("debt included"), no trigger
    unnamed_measure_nouns: frozenset[str]  # "of the total": no measure named after a figure
    elapsed_ends: tuple[str, ...]  # "took 14 months; the line started production in June 2024"
    round_investor: re.Pattern[str]  # between an investor and a round's sum: "to lead a"
    round_contribution: re.Pattern[str]  # right before an investor's own sum in a round: "putting in "
    grant_from: re.Pattern[str]  # right after a sum, the body that gave it: " from the Yorkshire Amateur Music Fund"
    stake_after: re.Pattern[str]
    # matches at the end of the text before a figure a generic deal is worth
    # ("in a deal worth", "The agreement is valued at"): the deal's deed is priced
    deal_valued: re.Pattern[str]
    dated_phrases: Mapping[str, str]  # casefolded phrase -> class of one-off event ("opened" -> opening)
    # A timeline entry's present-tense verbs right after its date ("buys" -> completion).
    timeline_phrases: Mapping[str, str]
    timeline_pattern: re.Pattern[str]
    dated_pattern: re.Pattern[str]  # any of those phrases as whole words, any case
    # matches at the end of the text before a date that ends the period a
    # figure is for ("for the six months to 30 June 2025"): it dates the figure
    period_ends: re.Pattern[str] = re.compile("(?!)")
    repeated_deeds: frozenset[str] = frozenset()  # classes of dated event a company does again and again
    # counted nouns a count of is its own measure, whatever deed tells it ("delivered 212,000 hours")
    own_measure_counts: frozenset[str] = frozenset()
    # classes of counted nouns that count people, and the events over counts never done to them
    counts_of_people: frozenset[str] = frozenset()
    events_never_of_people: frozenset[str] = frozenset()
    # events whose nouns head a compound over another event's noun ("acquisition costs")
    compound_heads: frozenset[str] = frozenset()
    # words before a counted noun that part no group of it ("38 chartered physiotherapists" are the physiotherapists)
    generic_count_modifiers: frozenset[str] = frozenset()
    founding_starts: frozenset[str] = frozenset()  # verbs of starting that found the company they start ("I started Ivory Lane in 2005")
    elapsed_tenures: tuple[str, ...] = ()  # "after twenty-five years in charge": a span since the holder took over
    # A state told with the date it began ("in operation since 2013", "owned
    # by Cranmore Partners since 2018"): (pattern matching at the end of the
    # text before the date, the class of the event that began it).
    since_states: tuple[tuple[re.Pattern[str], str], ...] = ()
    production_verbs: frozenset[str] = frozenset()  # "built", "finished": verbs of a year's output of things made
    # "took £104.6m in the year to March", "did £21.9 million in 2024": a
    # verb before a sum a business took over the period named after it.
    takings_before: re.Pattern[str] = re.compile("(?!)")  # searched in the words ending right before a sum
    # "sold 262,000 trees", "780,000 tickets sold": a count of things made told as their sales.
    sold_before: re.Pattern[str] = re.compile("(?!)")  # searched in the words ending right before a count
    sold_after: re.Pattern[str] = re.compile("(?!)")  # matched right after a count
    shipped_before: re.Pattern[str] = re.compile("(?!)")  # "shipped 118,000 stoves": searched before a count
    # "serviced 3,850 buoys": a verb of work done to things, searched before a
    # count, and the deed each verb names ("serviced" of "maintained").
    deed_before: re.Pattern[str] = re.compile("(?!)")
    deeds: Mapping[str, str] = field(default_factory=dict)
    term_nouns: tuple[str, ...] = ()  # deals told with their length: "a five-year contract"
    count_measures: frozenset[str] = frozenset()  # the measures of count_classes
    deals_known_by_target: frozenset[str] = frozenset()  # classes of dated deal named by its target ("its Wellford takeover")
    facility_events: frozenset[str] = frozenset()  # classes of dated event a facility has once
    facility_costs: frozenset[str] = frozenset()  # one-off sums an owner tells of the one facility its sentence names
    events_over_counts: frozenset[str] = frozenset()  # events that say what a count is, whatever it counts
    period_output_nouns: tuple[str, ...] = ()  # capacity nouns that, dated to a year, tell that year's production
    prices_of_a_purchase: frozenset[str] = frozenset()  # measures a takeover's figure may take besides its own event
    # Words before a plant's noun that say which plant, not what it makes ("its main plant").
    plant_modifiers: frozenset[str] = frozenset()
    # A part of a facility an event may be of instead ("a new line", "phase two").
    facility_parts: re.Pattern[str] = re.compile("(?!)")
    segment_nouns: frozenset[str] = frozenset()  # parts of a company ("its video game business")
    # matches in a heading (its lower-case words joined by spaces) over a
    # company's parts, one paragraph each ("Divisions", "Results by segment")
    segment_headings: re.Pattern[str] = re.compile("(?!)")
    # A whole stated with its parts (auditor/extract/sums.py): words that open
    # the full list of parts ("comprises"), and words right before the whole
    # ("bringing its total value to"), matched at the end of the text before it.
    sum_parts: re.Pattern[str] = re.compile("(?!)")
    sum_total: re.Pattern[str] = re.compile("(?!)")
    # A sentence that opens the breakdown of the sum told before it ("Here's
    # how that broke down:"), or the list of its main parts ("The main items
    # were"): see auditor/extract/itemised_sums.py.
    breakdown_opener: re.Pattern[str] = re.compile("(?!)")
    # Right after a sum, the words that say it includes a tax ("including VAT").
    tax_inclusive: re.Pattern[str] = re.compile("(?!)")
    main_parts_opener: re.Pattern[str] = re.compile("(?!)")
    main_parts_words: re.Pattern[str] = re.compile("(?!)")
    # A state held since a date or entered on one ("has been all-electric
    # since 2023"): words that say how fully it holds ("fully"), and words
    # that make the words before the date no state ("into", "they", "much").
    state_degree_words: frozenset[str] = frozenset()
    not_state_words: frozenset[str] = frozenset()

    count_lasts: Mapping[str, str] = field(default_factory=dict)  # count measure -> how long its figure holds
    # What a percentage is a share of ("41% of revenue", "half of its output"):
    # the whole's noun or phrase (casefolded) -> its measure.
    share_wholes: Mapping[str, str] = field(default_factory=dict)
    # Deeds whose counts of different things are different facts, and the
    # nouns that count anything ("units", "people") (casefolded).
    events_by_thing: frozenset[str] = frozenset()
    any_counted: frozenset[str] = frozenset()
    # Column headers that say nothing of what a value is ("Item | Figure",
    # "Metric | Value"): under them the row's label says it (casefolded).
    generic_column_headers: frozenset[str] = frozenset()
    # Words of a column's header whose figures no "Total" row adds up ("Median
    # daytime call-out", "Average price"): the total row's figure is of the same kind.
    unsummed_column_words: frozenset[str] = frozenset()
    # Words of a table label that name a size ("Length (m)"): its one-letter
    # bracket is a unit of length, where elsewhere "(m)" is millions.
    size_labels: frozenset[str] = frozenset()
    row_name_headers: frozenset[str] = frozenset()
    # Corners over rows of things sold or offered ("Crop", "Treatment"): no row names a company.
    thing_row_headers: frozenset[str] = frozenset()
    # The words that tell a deal won, signed or lost ("won the Naolis contract").
    deal_words: DealWords | None = None
    prize_words: PrizeWords | None = None
    first_words: FirstWords | None = None
    hosting_words: HostingWords | None = None
    # The words that tell a purchase and its buyer ("we bought Fellside Lets").
    purchase_words: PurchaseWords | None = None
    # The field labels of an award notice ("Contractor:", "Contracting authority:").
    notice_words: NoticeWords | None = None

    @functools.cached_property
    def deed_names(self) -> frozenset[str]:
        return frozenset(self.deeds.values())

    def lasts(self, event: str | None) -> str:
        kind = self.kinds.get(event or "")
        if kind is not None:
            return kind.lasts
        if not event:
            return "one-off"
        if event.endswith((f" {MADE}", f" {SOLD}")) or event.rpartition(" ")[2] in self.deed_names:
            return "periodic"  # "stove made", "tree sold", "buoy serviced": a period's output, sales or work
        # A count's measure is its counted noun, with what qualifies it
        # ("visit:patient" of "patient visits"): listed by its plural.
        head = event.split(":", 1)[0]
        for key in (event, head, f"{head}s"):
            if key in self.count_lasts:
                return self.count_lasts[key]
        return "one-off"

    def volatile(self, event: str | None, per: str | None = None) -> bool:
        """A market quote, true on its day only: the event's every figure, or
        its figures per a traded unit ("a price of $102.59 per barrel")."""
        kind = self.kinds.get(event or "")
        return kind is not None and (kind.volatile or (per is not None and per.casefold() in kind.volatile_per))

    def state_begun(self, text: str, date_start: int) -> str | None:
        """The class of event that began the state a date is told with
        ("in operation since 2013": opening), if it is one."""
        # Every state's phrase ends on "since" a few characters before its
        # date: most dates (read for every sentence) are ruled out by a look.
        if not self.since_states or "since" not in text[max(0, date_start - 24) : date_start].casefold():
            return None
        lo = max(0, date_start - 90)
        return next((event for pattern, event in self.since_states if pattern.search(text, lo, date_start)), None)

    def limits_the_date(self, text: str, lo: int, date_start: int, date_end: int) -> re.Match[str] | None:
        """The ``time_blockers`` phrase before a date that makes it the date of
        something else ("since 2019", "by 2027"), unless the phrase tells when
        the thing itself began ("The order dates from June 2023")."""
        blocker = self.time_blockers.search(text, lo, date_start)
        if blocker is None:
            return None
        if self.time_origins.search(text, max(lo - 20, 0), date_start) and not _SPAN_GOES_ON.match(text, date_end):
            return None
        if self.period_ends.search(text, max(lo - 20, 0), date_start):
            return None  # "the six months to 30 June 2025": the period's end dates its figure
        return blocker


# A capitalised place of up to four words ("Ghent", "Ho Chi Minh City",
# "Gdansk, Poland") and the "in" of the year after it. Capitals are read
# case-sensitively inside the lexicon's case-insensitive pattern.
_PLACE_THEN_IN = r"|(?:{phrases})\s+(?-i:[A-Z])[\w.'-]*(?:,?\s+(?-i:[A-Z])[\w.'-]*){{0,3}}\s+in\s+"


# "a contract worth EUR 38 million to be delivered in 2025 and 2026": the
# date of what is still to be done, not of the figure before it.
_TO_BE_DONE_IN = r"|to\s+be\s+[a-z]+(?:ed|en|lt|wn|ne)\s+(?:in|by|from|between|during|over)\s+(?:the\s+)?"


def _ending_in(phrases: Sequence[object]) -> list[str]:
    """The phrases that end in "in" ("founded in", "listed in"), or one that never matches."""
    ending = [str(p) for p in phrases if str(p).casefold().endswith(" in")]
    return ending or ["\x00"]


def _future_cues(cues: list[str]) -> AfterBoundary:
    """The future cues as one pattern. A cue that ends in digits opens a
    year ("by 2": "by 2030"), never a figure ("rose by 2.1 points", "by 25%"):
    the rest of the year's four digits must follow it."""
    words = [c for c in cues if not c[-1:].isdigit()]
    years = [c for c in cues if c[-1:].isdigit()]
    body = _any_case_trie(words) if words else "(?!)"
    for cue in years:
        digits = len(cue) - len(cue.rstrip("0123456789"))
        body += "|" + re.escape(cue).replace(" ", r"\s+") + r"\d" * max(0, 4 - digits) + r"(?!\d)(?![.,]\d)"
    return AfterBoundary(body, r"\w", exact=all(_WORD_EDGES.fullmatch(c) for c in cues))


def _since_states(data: Mapping[str, object]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """``since_states`` compiled: each phrase, whose "..." stands for a few
    words (a name: "owned by ... since"), at the end of the text before a date."""
    compiled = []
    for event, phrases in data.items():
        if not isinstance(phrases, list) or not all(str(phrase).rstrip().endswith("since") for phrase in phrases):
            raise ValueError(f"events.yaml: since_states: {event}: a list of phrases ending on 'since', not {phrases!r}")
        pieces = [
            r"\s+[^,;:()]{1,60}?\s+".join(re.escape(part.strip()).replace(r"\ ", r"\s+") for part in str(phrase).split("..."))
            for phrase in phrases
        ]
        if pieces:
            compiled.append((re.compile(r"(?<![\w-])(?:" + "|".join(pieces) + r")\s+(?:the\s+(?:end\s+of\s+|start\s+of\s+)?)?$", re.IGNORECASE), str(event)))
    return tuple(compiled)


def _buying_before(acquisition: Mapping) -> re.Pattern[str]:
    """``EventLexicon.buying_before`` from the acquisition's verbs and nouns."""
    verbs = [str(w) for w in acquisition.get("verbs") or ()]
    nouns = [str(w) for w in acquisition.get("nouns") or () if " " not in str(w)]
    return re.compile(
        r"\b(?:" + (_alternation(verbs) or "(?!)") + r"|(?:" + (_alternation(nouns) or "(?!)") + r")\s+of)\s+(?:a\s+|an\s+|the\s+)?$",
        re.IGNORECASE,
    )


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _any_case_choice(words: list[str]) -> str:
    """``_alternation`` for a pattern compiled with IGNORECASE, as a prefix
    trie (each letter read once instead of every phrase tried in turn) when
    the phrases are ASCII: two ASCII letters never match one character of the
    text in any case, so the trie tries the phrases in the same order. Other
    phrases keep the plain alternation ("i" and the dotless "ı" do pair)."""
    if all(word.isascii() for word in words):
        return trie_pattern(sorted({word.casefold() for word in words}))
    return _alternation(words)


@functools.lru_cache(maxsize=8)
def load_events(rules_dir: Path | None = None) -> EventLexicon:
    root = rules_dir or default_rules_dir()
    data = load_yaml_file(root / "lexicon" / "events.yaml") or {}
    kinds: dict[str, EventKind] = {}
    triggers: dict[str, tuple[str, bool]] = {}
    verb_alternates: dict[str, tuple[str, ...]] = {}
    plurals: list[tuple[str, str]] = []
    after_only: set[str] = set()
    singular_only: set[str] = set()
    for name, spec in (data.get("events") or {}).items():
        kinds[name] = EventKind(
            name=name,
            figure_kinds=frozenset(spec.get("figures") or ["money"]),
            object_after=tuple(str(w).casefold() for w in spec.get("object_after") or []),
            subject_after=tuple(str(w).casefold() for w in spec.get("subject_after") or []),
            default_for_units=tuple(str(u) for u in spec.get("default_for_units") or []),
            lasts=_lasts(name, spec.get("lasts", "one-off")),
            volatile=bool(spec.get("volatile", False)),
            volatile_per=frozenset(str(w).casefold() for w in spec.get("volatile_per") or ()),
            passive_object=bool(spec.get("passive_object", False)),
            agent_holds=bool(spec.get("agent_holds", False)),
            chosen_after=tuple(str(w).casefold() for w in spec.get("chosen_after") or []),
        )
        for word in spec.get("verbs") or []:
            # The first event to claim a word keeps it: order in the file is priority.
            triggers.setdefault(str(word).casefold(), (name, False))
        for word in spec.get("shared_verbs") or []:
            # Another event's verbs, taken for the figures that event cannot
            # tell: "brought in 185 tonnes" is a harvest, "brought in £3m" revenue.
            key = str(word).casefold()
            verb_alternates[key] = (*verb_alternates.get(key, ()), name)
            triggers.setdefault(key, (name, False))
        for word in spec.get("nouns") or []:
            key = str(word).casefold()
            if triggers.get(key) == (name, False):
                triggers[key] = (name, True)  # "purchase" is a verb and a noun: as a noun it may follow its figure
            triggers.setdefault(key, (name, True))
        for word in spec.get("nouns_singular") or []:
            # No plural: see ``nouns_singular`` in events.yaml.
            triggers.setdefault(str(word).casefold(), (name, True))
            singular_only.add(str(word).casefold())
        for word in spec.get("nouns_after") or []:
            key = str(word).casefold()
            if key not in triggers:
                triggers[key] = (name, True)
                after_only.add(key)
        for word in spec.get("nouns") or []:
            # Plurals name the same event ("Recent acquisitions"), after every
            # word the file lists itself.
            key = str(word).casefold()
            if key[-1:].isalpha() and not key.endswith("s"):
                plurals.append((plural(key), name))
    for plural_form, name in plurals:
        triggers.setdefault(plural_form, (name, True))
    count_classes: dict[str, str] = {}
    for measure, nouns in (data.get("counts") or {}).items():
        for noun in nouns or ():
            count_classes.setdefault(str(noun).casefold(), str(measure))
    dimensions = tuple(
        (str(dimension), str(measure))
        for measure, forms in (data.get("dimensions") or {}).items()
        for dimension in forms or ()
    )
    timeline: dict[str, str] = {}
    for event_class, phrases in (data.get("timeline_events") or {}).items():
        for phrase in phrases or ():
            timeline.setdefault(str(phrase).casefold(), str(event_class))
    dated: dict[str, str] = {}
    for event_class, phrases in (data.get("dated_events") or {}).items():
        for phrase in phrases or ():
            dated.setdefault(str(phrase).casefold(), str(event_class))
    cues = [str(c) for c in data.get("future_cues") or []]
    paying = _alternation([str(w) for w in (data.get("stake_purchase") or {}).get("paying") or ()] or ["(?!)"])
    changes = [str(w) for w in data.get("stock_changes") or ()] or ["(?!)"]
    # The verbs' past participles, which follow the count they change:
    # "Seven practices acquired during the year", "12 stores opened in 2024".
    # ("24 million tablet computers sold in 2011" are sales, read by ``sold_after``.)
    sold = {str(w).casefold() for w in data.get("sale_verbs") or ()}
    participles = [
        w for w in changes if (w.split()[0].endswith("ed") or w.split()[0] in _IRREGULAR_PARTICIPLES) and w.casefold() not in sold
    ] or ["(?!)"]
    breaks = [str(b) for b in data.get("clause_breaks") or []]
    deeds = {str(verb).casefold(): str(deed) for verb, deed in (data.get("deed_verbs") or {}).items()}
    return EventLexicon(
        deal_words=load_deal_words(data),
        prize_words=load_prize_words(data),
        first_words=load_first_words(data),
        hosting_words=load_hosting_words(data),
        purchase_words=load_purchase_words(data),
        notice_words=load_notice_words(data),
        kinds=kinds,
        triggers=triggers,
        verb_alternates=verb_alternates,
        after_only=frozenset(after_only),
        singular_only=frozenset(singular_only),
        trigger_pattern=_trigger_pattern(list(triggers)),
        window_before=int(data.get("window_before", 9)),
        window_after=int(data.get("window_after", 4)),
        future_cues=_future_cues(cues),
        courtesy_after_cue=re.compile(
            r"\s+(?:" + (_alternation([str(w) for w in data.get("courtesy_after_cue") or ()]) or "(?!)") + r")\b", re.IGNORECASE
        ),
        # A prefix trie tries the same breaks in the same order as the
        # longest-first alternation, reading each character once.
        clause_breaks=re.compile(trie_pattern(sorted(set(breaks))) if breaks else ""),
        count_classes=count_classes,
        count_lasts={str(measure): _lasts(f"count_lasts: {measure}", lasts) for measure, lasts in (data.get("count_lasts") or {}).items()},
        people_cues=tuple(str(w).casefold() for w in data.get("people_with") or ()),
        people_right_before=tuple(str(w).casefold() for w in data.get("people_right_before") or ()),
        people_classes=tuple(
            (str(measure), re.compile(r"\b(?:" + _alternation([str(w).casefold() for w in words]) + r")\b"))
            for measure, words in (data.get("people_as") or {}).items()
            if words
        ),
        present_openers=re.compile(
            r"\W*(?:" + (_alternation([str(w).casefold() for w in data.get("present_openers") or ()]) or "(?!)") + r")\b", re.IGNORECASE
        ),
        capability_cues=re.compile(
            r"\b(?:" + (_alternation([str(w).casefold() for w in data.get("capability_cues") or ()]) or "(?!)") + r")\b", re.IGNORECASE
        ),
        at_one_time=re.compile(
            r"\b(?:" + (_alternation([str(w).casefold() for w in data.get("at_one_time") or ()]) or "(?!)") + r")\b", re.IGNORECASE
        ),
        staff_cues=tuple(str(w).casefold() for w in data.get("staff_with") or ()),
        staff_employer_before=re.compile(
            r"\b(?:" + _alternation([str(w) for w in data.get("staff_employers") or ()] or ["(?!)"]) + r")\s+(?:with|of)\s+"
            r"(?:(?:more|fewer|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|under\s+|just\s+)?$",
            re.IGNORECASE,
        ),
        dimension_measures=dimensions,
        stock_changes=re.compile(
            r"\b(?:" + _alternation(changes) + r")\s+(?:(?:a|an|another|a\s+further|some|about|around|nearly|almost|"
            r"up\s+to|over|more\s+than|its|their|the)\s+)*$",
            re.IGNORECASE,
        ),
        stock_change_appositive=re.compile(
            r"\b(?:" + _alternation(changes) + r")\s+"
            r"(?:(?i:a|an|another|its|their|our|the)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*"
            # ("it bought Fellside Lets in March, 180 cottages in Borrowdale": a
            # company bought, where it is and when, then what it brought.)
            r"|[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3}(?:\s+(?:of|in|at)\s+[A-Z][\w'\u2019-]*)?"
            r"(?:\s+(?:in|last)\s+(?:[A-Z][a-z]+|(?:19|20)\d\d|year|month))?)"
            r",\s+$"
        ),
        production_verbs=frozenset(str(w).casefold() for w in data.get("production_verbs") or ()),
        takings_before=re.compile(
            r"\b(?:" + (_alternation([str(w) for w in data.get("takings_verbs") or ()]) or "(?!)") + r")\s+"
            r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+over\s+|some\s+)?$",
            re.IGNORECASE,
        ),
        sold_before=_verb_before_a_count([str(w) for w in data.get("sale_verbs") or ()]),
        sold_after=re.compile(
            r"\s+(?:were\s+|was\s+)?(?:" + (_alternation([str(w) for w in data.get("sale_verbs") or ()]) or "(?!)") + r")\b", re.IGNORECASE
        ),
        shipped_before=_verb_before_a_count([str(w) for w in data.get("shipping_verbs") or ()]),
        deed_before=_verb_before_a_count(list(deeds), capture=True),
        deeds=deeds,
        term_nouns=tuple(str(w).casefold() for w in data.get("term_nouns") or ()),
        count_measures=frozenset(count_classes.values()),
        stock_changed_after=re.compile(
            r"\s+(?:that\s+|which\s+)?(?:it|they|the\s+\w+|(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*))\s+(?:(?-i:[a-z]+)\s+){0,4}?(?:be\s+|being\s+|been\s+)?(?:"
            + _alternation(changes) + r")\b"
            + r"|\s+(?:" + _alternation(participles) + r")(?=\s+(?:in|during|over|since|last|this|at|across|so|between|that|from)\b)",
            re.IGNORECASE,
        ),
        size_after=re.compile(r"\s+(?:" + _alternation([str(w) for w in data.get("size_after") or ()] or ["(?!)"]) + r")\b", re.IGNORECASE),
        size_before=re.compile(
            r"\b(?:" + _alternation([str(w) for w in data.get("size_before") or ()] or ["(?!)"]) + r")\s+(?:(?:about|some|around|nearly|almost|up\s+to|over|more\s+than)\s+)?$",
            re.IGNORECASE,
        ),
        collective_counts_as=MappingProxyType({
            **{str(w).casefold(): str(w).casefold() for w in data.get("collective_counts") or ()},
            **{str(k).casefold(): str(v).casefold() for k, v in (data.get("collective_counts_as") or {}).items()},
        }),
        sold_abroad=(
            frozenset(str(m) for m in (data.get("sold_abroad") or {}).get("measures") or ()),
            re.compile(
                r"\s+(?:" + _alternation([str(w) for w in (data.get("sold_abroad") or {}).get("after") or ()] or ["(?!)"]) + r")\b",
                re.IGNORECASE,
            ),
            (data.get("sold_abroad") or {}).get("measure"),
        ),
        crop_area_before=re.compile(
            r"\b(?:" + _alternation([str(w) for w in data.get("crop_area_verbs") or ()] or ["(?!)"]) + r")\b[^,;:.]{0,40}$",
            re.IGNORECASE,
        ),
        crop_land_after=re.compile(
            r"\s+(?:" + _alternation([str(w) for w in data.get("crop_land_after") or ()] or ["(?!)"]) + r")\b",
            re.IGNORECASE,
        ),
        measure_by_subject={
            str(kind): {str(k or ""): str(v) for k, v in (mapping or {}).items()}
            for kind, mapping in (data.get("measure_by_subject") or {}).items()
        },
        takeover_context=tuple(str(w).casefold() for w in data.get("takeover_context") or ()),
        period_flows=frozenset(str(w) for w in data.get("period_flows") or ()),
        goods_worth=frozenset(str(w) for w in data.get("goods_worth") or ()),
        costed_deals=frozenset(str(w) for w in data.get("costed_deals") or ()),
        deal_worth=frozenset(str(w) for w in data.get("deal_worth") or ()),
        supplier_side_verbs=frozenset(str(w).casefold() for w in data.get("supplier_side_verbs") or ()),
        supplier_side=re.compile(
            r"\b(?:" + _alternation([str(w) for w in data.get("supplier_side_verbs") or ()] or ["(?!)"])
            + r")\s+(?:[^\s,;:()]+\s+){0,5}?(?:order|orders|contract\s+for)\b",
            re.IGNORECASE,
        ),
        won_from=re.compile(
            r"\b(?:" + _alternation([str(w) for w in data.get("supplier_side_verbs") or ()] or ["(?!)"])
            + r")\s+(?:[^\s,;:()]+\s+){0,6}?$",
            re.IGNORECASE,
        ),
        won_opening=re.compile(
            r"(?:[A-Z][\w .'-]{0,40}:\s+)?[\W_]*(?:" + _alternation([str(w) for w in data.get("deal_won_gerunds") or ()] or ["(?!)"])
            + r")\s+(?:the|that|this|a|an)\b"
        ),
        owners_others=re.compile(
            r"(?:['\u2019]s?)?\s+(?:[a-z][\w-]*\s+)?(?:" + (_alternation([str(w) for w in data.get("owners_others") or ()]) or "(?!)")
            + r")\s+(?!(?:include|includes|included|including|number|numbers|numbered|total|totals|totalled|are|were|is|was|"
            r"comprise|comprised|such|like|of|in|and|or|at|for|who|which|that)\b)[a-z]+\b"
        ),
        owners_others_named=re.compile(
            r"(?:['\u2019]s?)?\s+(?:[a-z][\w-]*\s+)?(?:" + (_alternation([str(w) for w in data.get("owners_others") or ()]) or "(?!)")
            + r"),?\s+(?=[A-Z])"
        ),
        paying=re.compile(r"\b(?:" + paying + r")\b", re.IGNORECASE),
        buying_before=_buying_before((data.get("events") or {}).get("acquisition") or {}),
        unnamed_measure_nouns=frozenset(str(w).casefold() for w in data.get("unnamed_measure_nouns") or ()),
        elapsed_ends=tuple(str(w).casefold() for w in data.get("elapsed_ends") or ()),
        elapsed_tenures=tuple(str(w).casefold() for w in data.get("elapsed_tenures") or ()),
        round_investor=re.compile(
            r"^\s+(?:to\s+)?(?:" + (_alternation([str(w) for w in data.get("round_investor_verbs") or ()]) or "(?!)")
            + r")\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:new|first|second|latest|further)\s+)?$",
            re.IGNORECASE,
        ),
        grant_from=re.compile(
            r"\s+(?:this\s+year\s+|last\s+year\s+)?from\s+(?:the\s+)?(?:[A-Z][\w'\u2019&-]*\s+){0,5}(?:"
            + (_alternation([str(w) for w in data.get("grant_giver_heads") or ()]) or "(?!)")
            + r")\b(?!\s+(?:of|for)\s+[a-z])"
        ),
        round_contribution=re.compile(
            r"\b(?:" + (_alternation([str(w) for w in data.get("round_contribution_verbs") or ()]) or "(?!)")
            + r")\s+(?:(?:about|around|some|roughly|nearly|almost|just\s+over|just\s+under|more\s+than)\s+)?$",
            re.IGNORECASE,
        ),
        asides=re.compile(r"\b(?:" + (_alternation([str(w).casefold() for w in data.get("figure_asides") or ()]) or "(?!)") + r")\b"),
        paying_before=re.compile(
            r"\b(?:" + paying
            + r")\s+(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|a\s+reported|just\s+over|just\s+under|more\s+than)\s+)?$",
            re.IGNORECASE,
        ),
        stake_after=re.compile(
            r"\s+for\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:further|additional|remaining|controlling|combined|direct|indirect)\s+)?"
            r"(?:\d+(?:[.,]\d+)?\s*(?:%|per\s*cent\b|percent\b)"
            # ("for sixty per cent", "for forty-five per cent": a share in words.)
            r"|[a-z]+(?:-[a-z]+)?\s+(?:per\s*cent|percent)\b"
            # "for the Brussels praline maker Maison Ternier", "for the estate", "for
            # Shropshire's four-centre Greenleigh chain": a few words before the noun
            + r"|(?:[\w'\u2019-]+\s+){0,3}?(?:" + _alternation([str(w) for w in (data.get("stake_purchase") or {}).get("stakes") or ()] or ["(?!)"])
            + r")\b(?!['\u2019]))",
            re.IGNORECASE,
        ),
        deal_valued=re.compile(
            r"\b(?:" + _alternation([str(w) for w in data.get("deal_nouns") or ()] or ["(?!)"])
            # "a three-year agreement to supply Brickhaus with tiles, worth": the deal's own phrase may come between
            + r")\b(?:[^.;:()]{0,120}?,)?\s*,?\s+(?:(?:is|was|are|were|will\s+be|would\s+be|has\s+been|had\s+been)\s+)?(?:worth|valued\s+at)\s+"
            r"(?:(?:a\s+total\s+of|in\s+total|about|around|some|roughly|nearly|almost|up\s+to|more\s+than|over|an\s+estimated|approximately)\s+)*$",
            re.IGNORECASE,
        ),
        segment_nouns=frozenset(str(w).casefold() for w in data.get("segment_nouns") or ()),
        segment_headings=re.compile(
            r"\b(?:" + _alternation([" ".join(str(w).casefold().split()) for w in data.get("segment_headings") or ()] or ["(?!)"]) + r")\b"
        ),
        sum_parts=re.compile(r"\b(?:" + _alternation([str(w) for w in data.get("sum_parts") or ()] or ["(?!)"]) + r")\b", re.IGNORECASE),
        sum_total=re.compile(
            r"\b(?:" + _alternation([str(w) for w in data.get("sum_total") or ()] or ["(?!)"])
            + r")\s+(?:(?:about|some|around|nearly|almost|an?)\s+)?$",
            re.IGNORECASE,
        ),
        tax_inclusive=re.compile(
            r"[ \t]*(?:" + _alternation([" ".join(str(w).split()) for w in data.get("tax_inclusive_phrases") or ()] or ["(?!)"]) + r")\b",
            re.IGNORECASE,
        ),
        breakdown_opener=re.compile(
            r"\b(?:" + (_any_case_choice([" ".join(str(w).split()) for w in data.get("breakdown_openers") or ()]) or "(?!)") + r")\b",
            re.IGNORECASE,
        ),
        # The main part's words alone, a document's cheap test before the opener's pattern.
        main_parts_words=re.compile(
            r"\b(?:" + (_any_case_choice([str(w) for w in data.get("main_part_adjectives") or ()]) or "(?!)")
            + r")\s+(?:" + (_any_case_choice([str(w) for w in data.get("main_part_nouns") or ()]) or "(?!)") + r")\b",
            re.IGNORECASE,
        ),
        main_parts_opener=re.compile(
            r"\b(?:the|its|our|their|his|her)\s+(?:" + (_alternation([str(w) for w in data.get("main_part_adjectives") or ()]) or "(?!)")
            + r")\s+(?:" + (_alternation([str(w) for w in data.get("main_part_nouns") or ()]) or "(?!)")
            + r")(?:\s+of\s+(?:the\s+)?[a-z]+)?\s*(?:were|are|was|is|being|:)\s*",
            re.IGNORECASE,
        ),
        repeated_deeds=frozenset(str(w) for w in data.get("repeated_deeds") or ()),
        state_degree_words=frozenset(str(w).casefold() for w in data.get("state_degree_words") or ()),
        not_state_words=frozenset(str(w).casefold() for w in data.get("not_state_words") or ()),
        own_measure_counts=frozenset(str(w).casefold() for w in data.get("own_measure_counts") or ()),
        compound_heads=frozenset(str(w) for w in data.get("compound_heads") or ()),
        counts_of_people=frozenset(str(w) for w in data.get("counts_of_people") or ()),
        events_never_of_people=frozenset(str(w) for w in data.get("events_never_of_people") or ()),
        generic_count_modifiers=frozenset(str(w).casefold() for w in data.get("generic_count_modifiers") or ()),
        founding_starts=frozenset(str(w).casefold() for w in data.get("founding_starts") or ()),
        since_states=_since_states(data.get("since_states") or {}),
        deals_known_by_target=frozenset(str(w) for w in data.get("deals_known_by_target") or ()),
        facility_events=frozenset(str(w) for w in data.get("facility_events") or ()),
        facility_costs=frozenset(str(w) for w in data.get("facility_costs") or ()),
        events_over_counts=frozenset(str(w) for w in data.get("events_over_counts") or ()),
        period_output_nouns=tuple(str(w).casefold() for w in data.get("period_output_nouns") or ()),
        prices_of_a_purchase=frozenset(str(w) for w in data.get("prices_of_a_purchase") or ()),
        plant_modifiers=frozenset(str(w).casefold() for w in data.get("plant_modifiers") or ()),
        facility_parts=_facility_parts(data.get("facility_parts") or {}),
        generic_column_headers=frozenset(str(w).casefold() for w in data.get("generic_column_headers") or ()),
        unsummed_column_words=frozenset(str(w).casefold() for w in data.get("unsummed_column_words") or ()),
        size_labels=frozenset(str(w).casefold() for w in data.get("size_labels") or ()),
        row_name_headers=frozenset(str(w).casefold() for w in data.get("row_name_headers") or ()),
        thing_row_headers=frozenset(str(w).casefold() for w in data.get("thing_row_headers") or ()),
        share_wholes=_share_wholes(data.get("share_wholes") or {}),
        events_by_thing=frozenset(str(w) for w in data.get("events_by_thing") or ()),
        any_counted=frozenset(str(w).casefold() for w in data.get("any_counted") or ()),
        dated_phrases=dated,
        timeline_phrases=timeline,
        timeline_pattern=re.compile(r"(?:" + _any_case_choice(list(timeline) or ["\x00"]) + r")(?![\w-])", re.IGNORECASE),
        dated_pattern=re.compile(r"(?<![\w-])(?:" + _any_case_choice(list(dated) or ["\x00"]) + r")(?![\w-])", re.IGNORECASE),
        time_origins=re.compile(
            r"(?<![\w-])(?!(?:" + _alternation([str(w) for w in data.get("time_origin_not_after") or ()] or ["(?!)"]) + r")\s)[\w-]+\s+(?:"
            + _alternation([str(w) for w in data.get("time_origins") or ()] or ["(?!)"]) + r")\s+$",
            re.IGNORECASE,
        ),
        time_blockers=re.compile(
            # (Not a word's end before it, read even where the search starts
            # at the phrase, as a clause's "Founded in ..." after a colon.)
            r"(?<!\w)(?:(?:" + _any_case_choice([str(w) for w in data.get("time_blockers") or ["since"]]) + r")\s+(?:the\s+)?(?:\w+\s+)?"
            # "founded in Ghent in 1919", "listed in New York in 2021": a
            # place between the phrase and the year's own "in".
            + _PLACE_THEN_IN.format(phrases=_any_case_choice(_ending_in(data.get("time_blockers") or ())))
            + _TO_BE_DONE_IN
            # "to be delivered in 2025 and 2026": the second year of the list too.
            + r")(?:(?:19|20)\d\d,?\s+(?:and|or)\s+)?$",
            re.IGNORECASE,
        ),
        period_ends=re.compile(
            r"(?<![\w-])(?:" + _alternation([str(w) for w in data.get("period_ends") or ()] or ["(?!)"]) + r")\s+$", re.IGNORECASE
        ),
    )


_LASTS = ("one-off", "periodic", "stock")


def _facility_parts(parts: Mapping[str, Sequence[str]]) -> re.Pattern[str]:
    """"a new line", "the second phase", "phase two", "an extension": a part
    of a facility, not the facility; "the first phase" is where it began."""
    nouns = _alternation([str(w) for w in parts.get("nouns") or ()] or ["(?!)"])
    always = _alternation([str(w) for w in parts.get("always") or ()] or ["(?!)"])
    return re.compile(
        r"\b(?:(?:second|third|fourth|fifth|sixth|new|another|additional|extra|further|latest)\s+(?:[\w-]+\s+){0,2}(?:"
        + nouns + r")s?|(?:" + nouns + r")\s+(?:two|three|four|five|[2-9]|ii|iii|iv|b|c)|(?:" + always + r")s?)\b",
        re.IGNORECASE,
    )


def plural(noun: str) -> str:
    """A noun's plural, as English writes most: "home" -> "homes", "company" -> "companies"."""
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _lasts(name: str, value: object) -> str:
    if value not in _LASTS:
        raise ValueError(f"events.yaml: {name}: lasts must be one of {', '.join(_LASTS)}, not {value!r}")
    return str(value)


def _any_case_trie(words: list[str]) -> str:
    """``words`` in any letter case, as a prefix trie of letter classes
    (``[wW]``): a case-insensitive flag makes Python's engine slow, and a
    trie reads each letter once instead of once per word."""
    return trie_pattern(sorted({w.casefold() for w in words}), char=any_case_char)


def _trigger_pattern(triggers: list[str]) -> AfterBoundary:
    """Triggers at a word start, longest first, each ending where its word ends.

    A one-word trigger is a whole word ("raised", not "raised'"); the last
    word of a phrase may take a possessive ("series a's").
    """

    by_initial: dict[str, list[str]] = {}
    for trigger in triggers:
        if trigger:
            by_initial.setdefault(trigger[0], []).append(trigger)
    rests = {initial: _trigger_trie([t[1:] for t in group], [" " in t for t in group]) for initial, group in by_initial.items()}
    edges = all(_WORD_EDGES.fullmatch(t) for t in triggers if t)
    return AfterBoundary(initial_led(rests), r"\w-", exact=edges)


# Stand-ins for where a trigger ends, in the trie below: they sort after every
# character of a trigger, so the trie tries a longer trigger before ending one.
_WORD_END, _PHRASE_END = "\U0010fffe", "\U0010ffff"


def _trigger_trie(rests: list[str], phrases: list[bool]) -> str:
    """The alternation of ``rests``, longest first, each followed by its end
    test, as a prefix trie.

    The engine tries a flat alternation's words one after another at every
    place a trigger may start; the trie reads each letter once. It finds what
    the alternation finds: the words matching at a place lie on one path of
    the trie, which tries the deeper (longer) ones first and ends a word only
    where its end test passes, as the longest-first alternation does."""
    marked = [rest + (_PHRASE_END if phrase else _WORD_END) for rest, phrase in zip(rests, phrases)]
    for rest in rests:
        if _WORD_END in rest or _PHRASE_END in rest:
            raise ValueError(f"a trigger holds a reserved character: {rest!r}")
    pattern = trie_pattern(sorted(set(marked)))
    return pattern.replace(_WORD_END, r"(?![\w'-])").replace(_PHRASE_END, r"(?![\w-])")


# Opens and closes with a word character: the condition for AfterBoundary to be exact.
_WORD_EDGES = re.compile(r"\w(?:.*\w)?", re.DOTALL)


def find_triggers(text: str, lexicon: EventLexicon) -> list[Trigger]:
    folded = text.casefold()
    if len(folded) != len(text):  # "ß" -> "ss": keep offsets valid, fold letter by letter instead
        folded = "".join(c if len(c.casefold()) != 1 else c.casefold() for c in text)
    found = []
    spans = lexicon.trigger_pattern.spans(folded)
    if not spans:
        return found
    # Asides matter only around a trigger: a sentence without one (two in
    # five of those read) is not searched for them.
    asides = [m.span() for m in lexicon.asides.finditer(folded)]
    for start, end in spans:
        if asides and any(a <= start < b for a, b in asides):
            continue  # "EUR 410 million, debt included,": what the sum includes, not what it is
        word = folded[start:end]
        event, is_noun = lexicon.triggers[word]
        if not is_noun and word.endswith("s") and _COUNT_BEFORE.search(folded, max(0, start - 40), start):
            continue  # "operates 33 river and ocean ships": the plural noun a number counts, not the verb "ships"
        if not is_noun and _DETERMINER_BEFORE.search(folded, max(0, start - 8), start):
            continue  # "two officers on the ground 70 feet below": a noun, not the verb "ground"
        found.append(Trigger(start, end, event, text[start:end], is_noun, word in lexicon.after_only))
    if len(found) > 1:
        # "a £9 million acquisition facility", "£1.4 million of acquisition and
        # integration costs": a noun that modifies a cost's or a loan's noun
        # after it (``compound_heads``) names no measure; the compound's head
        # does. ("debt financing" stays a financing's kind, "a concession
        # worth" the concession's.)
        found = [
            t for t, following in zip(found, found[1:] + [None])
            if not (
                following is not None and t.is_noun and following.is_noun and following.event != t.event
                and following.event in lexicon.compound_heads
                and _MODIFIER_BETWEEN.fullmatch(text, t.end, following.start)
            )
        ]
    return found


# Between two nouns of one compound: a blank, or another modifier joined by
# "and" ("acquisition and integration costs").
_MODIFIER_BETWEEN = re.compile(r"[ \t]+(?:and[ \t]+[a-z][a-z-]*[ \t]+)?")


# A determiner right before a verb's form makes it a noun ("the ground") or
# an adjective ("the planned plant"): no deed of the sentence.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")
# A number and up to three words right before a word: the word is the noun it counts.
_COUNT_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*(?:\s+[a-z][a-z-]*){0,3}\s+$")


# The price of a deed told at the end of its clause: "agreed to buy 1,850
# towers from Uganda's Nile Wave Telecom for USD 240 million".
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:about|around|some|nearly|almost|roughly|an\s+estimated)\s+)?$", re.IGNORECASE)
# How far back such a deed's verb may stand in its clause, in words.
_PRICED_DEED_WORDS = 20
# How far before "in a deal worth" the deal's deed may be told, in words.
_DEAL_DEED_WORDS = 40


def _priced_deed(
    text: str, triggers: Sequence[Trigger], first_after: int, start: int, clause: tuple[int, int], lexicon: EventLexicon,
    figure_kind: str,
) -> Trigger | None:
    """A verb farther back than the window whose price the figure is, when
    "for" stands right before a sum and nothing nearer names what it measures."""
    if figure_kind != "money" or not _FOR_BEFORE.search(text, max(clause[0], start - 30), start):
        return None
    for index in range(first_after - 1, -1, -1):
        trigger = triggers[index]
        if trigger.end > start:
            continue
        if trigger.start < clause[0] or words_between(text, trigger.end, start) > _PRICED_DEED_WORDS:
            return None
        if trigger.is_noun or trigger.after_only or not _eligible(text, trigger, clause, lexicon, figure_kind):
            continue
        return trigger
    return None


def is_future(text: str, clause: tuple[int, int], lexicon: EventLexicon) -> bool:
    """A future cue ("will", "plans to") in the clause."""
    return lexicon.future_cues.search(text, clause[0], clause[1])


# A participle opening a phrase set off by a comma (", acquired in 2023 for ...").
_OPENS_A_PHRASE = re.compile(r",\s*$")
_AS_PART_OF = re.compile(r"\s+as\s+(?:a\s+)?part\s+of\s+(?:(?:a|an|the|its|their|his|her)\s+)?", re.IGNORECASE)


# (A relative clause set off by commas as well: "the purchase of Bakkerij
# Steenvoort, which supplies Dutch supermarkets, in October for EUR 41 million".)
# (And a place's aside: "bought Blue Fetch Kitesurf, on the sands at Camber in East Sussex, for £1.25m".)
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|which|who|on|in|at|near|outside|based\s+in)\s+[^,;:()]{1,100}?,")


def _in_an_appositive(text: str, trigger: Trigger, before: int) -> bool:
    """Whether a trigger stands inside an appositive closed before ``before``."""
    return any(
        m.start() < trigger.start and trigger.end <= m.end() <= before and NAME_ENDS_HERE.search(text, max(0, m.start() - 40), m.start())
        for m in _APPOSITIVE.finditer(text, max(0, trigger.start - 110), before)
    )



def _appositive_words(text: str, start: int, end: int) -> int:
    """How many words of ``text[start:end]`` stand in appositives set off by commas."""
    return sum(len(_WORD.findall(match.group(0))) for match in _APPOSITIVE.finditer(text, start, end))


def words_between(text: str, start: int, end: int) -> int:
    """How many words stand between two offsets (0 when adjacent)."""
    if end <= start:
        return 0
    return len(_WORD.findall(text, start, end))


def _closed_aside(text: str, at: int, before: int) -> bool:
    """Whether ``at`` is inside brackets that close before ``before``."""
    close = text.find(")", at, before)
    return close >= 0 and text.rfind("(", 0, at) > text.rfind(")", 0, at)


def nearest_trigger(
    text: str,
    triggers: Sequence[Trigger],
    start: int,
    end: int,
    clause: tuple[int, int],
    lexicon: EventLexicon,
    figure_kind: str,
) -> Trigger | None:
    """The trigger closest to a figure within its clause and the look-around windows.

    A noun right after a figure names what it measures ("a $110 billion
    funding round") and wins ties; a verb after a figure belongs to another
    statement ("... for $60 million exemplify efforts to secure ...") unless
    it is passive ("$5 million was raised").

    ``triggers`` are in text order. They are walked outwards from the figure
    and the walk stops at the first one past the window (the distance only
    grows from there), so a sentence with many figures and triggers costs
    the windows, not every pair.
    """
    if lexicon.verb_alternates and any(not t.is_noun and t.text.casefold() in lexicon.verb_alternates for t in triggers):
        # (Rebuilt only for a sentence that holds a shared verb: most hold none.)
        triggers = [_fitting(trigger, lexicon, figure_kind) for trigger in triggers]
    first_after = bisect.bisect_left(triggers, end, key=_start)
    candidates: list[tuple[int, int, int, Trigger]] = []  # (distance, after first, index, trigger)
    for index in range(first_after - 1, -1, -1):
        trigger = triggers[index]
        if trigger.end > start:
            if trigger.is_noun and start < trigger.start < end < trigger.end and _eligible(text, trigger, clause, lexicon, figure_kind):
                # "612 animals rehomed in the year": the figure's own noun opens
                # the trigger ("animals rehomed"), which says what it counts.
                candidates.append((0, 0, index, trigger))
            continue  # inside the figure itself ("Series A" in "eight-figure Series A")
        distance = words_between(text, trigger.end, start)
        if distance > lexicon.window_before and "," in text[trigger.end : start]:
            # "its acquisition of Quellbrook Bio, a Boston-based developer of
            # antibodies, for CHF 2.4 billion": an appositive is no distance.
            distance -= _appositive_words(text, trigger.end, start)
        if distance > lexicon.window_before:
            break
        if trigger.after_only or not _eligible(text, trigger, clause, lexicon, figure_kind):
            continue
        if _closed_aside(text, trigger.start, start):
            # "(Dave Ings's old round, he'd been at it since the nineties) and
            # paid £85k": a word of an aside closed before the figure.
            continue
        if not trigger.is_noun and _LEVEL_BETWEEN.search(text, trigger.end, start):
            continue  # "raising the insurance cap to $250,000": a new level, not money raised
        if not trigger.is_noun and "," in text[trigger.end : start] and _in_an_appositive(text, trigger, start):
            continue  # "Brindley Wharf, the Leicestershire-based hire firm, carried 40,000 holidaymakers": a word of the appositive
        candidates.append((distance, 1, index, trigger))
    # "$170 billion as part of a government bailout": the words that say the
    # figure is a share of what the noun names are no distance from it.
    share_of = _AS_PART_OF.match(text, end)
    after = share_of.end() if share_of else end
    for index in range(first_after, len(triggers)):
        trigger = triggers[index]
        distance = words_between(text, after, trigger.start)
        if distance > lexicon.window_after:
            break
        if not _eligible(text, trigger, clause, lexicon, figure_kind):
            continue
        if trigger.after_only and not _MODIFIERS_ONLY.fullmatch(text, after, trigger.start):
            continue  # "bought it for CHF 42 million, into a boarding school": not what the figure modifies
        if not trigger.is_noun and not (
            _PASSIVE.search(text, end, trigger.start)
            or _RELATIVE_CLAUSE.fullmatch(text, end, trigger.start)
            or (
                _PARTICIPLE_AFTER.fullmatch(text, end, trigger.start) and _participle(trigger.text)
                # ("A ballot of 970 employees produced a turnout of 64%": a verb with its object is the clause's own.)
                and not _OBJECT_AFTER.match(text, trigger.end)
            )
        ):
            continue
        if trigger.is_noun and (
            (figure_kind == "money" and _IN_OR_OF.fullmatch(text, after, trigger.start))
            # "less than half of Brückner's revenue": a share of its owner's measure.
            or (figure_kind == "percent" and _OF_AN_OWNERS.fullmatch(text, after, trigger.start))
        ):
            # "booked $6.13 billion in revenue", "€180 million of revenue":
            # the noun says what the figure is, whatever the verb did to it.
            candidates.append((-1, 0, index, trigger))
            continue
        if trigger.is_noun and _PREPOSITION_BETWEEN.search(text, after, trigger.start):
            continue  # "made €248m on turnover of €1.34bn": the noun is the next figure's
        if trigger.is_noun and _CONJUNCTION_BETWEEN.search(text, after, trigger.start) and (
            _NEXT_FIGURE_OF_NOUN.match(text, trigger.end) or _VERB_OF_NOUN.match(text, trigger.end)
        ):
            # "... to $1.9 billion and net profit to $655 million", "... to ZAR
            # 486.0 million and operating profit climbed almost a fifth": the
            # noun of the next clause, with its own figure or its own verb.
            continue
        candidates.append((distance, 0, index, trigger))
    if not candidates:
        return _priced_deed(text, triggers, first_after, start, clause, lexicon, figure_kind)
    if any(before == 1 and "," not in text[t.end : start] and _OPENS_A_PHRASE.search(text, max(0, t.start - 3), t.start) for _, before, _, t in candidates):
        # "Maison Ternier, acquired in 2023 for €52 million, grew praline
        # sales": a deed told in the figure's own stretch between commas
        # outweighs a noun past the comma that closes it.
        candidates = [c for c in candidates if c[1] == 1 or "," not in text[end : c[3].start]] or candidates
    # Closest first, a noun after the figure before a trigger before it,
    # then the earlier trigger (the order the triggers were once tried in).
    _, _, chosen, best = min(candidates, key=lambda c: c[:3])
    if best.text.casefold() == "valued":
        # "The contract is valued at £900,000 a year": what the noun the verb
        # says it of is worth, as "worth" says, not a company's value.
        valued = next(
            (
                noun for noun in reversed(triggers[:chosen])
                if noun.is_noun and not noun.after_only and noun.end <= best.start and noun.event != "valuation"
                and _VALUED_OF_NOUN.fullmatch(text, noun.end, best.start) and _VALUED_AT.match(text, best.end)
                and figure_kind in lexicon.kinds[noun.event].figure_kinds
                and noun.start >= clause[0]
            ),
            None,
        )
        if valued is not None:
            return valued
    if best.text.casefold() == "worth":
        # "a concession worth EUR 1.3 billion": worth says what the noun before it is worth.
        nouns = []
        for index in range(chosen - 1, -1, -1):
            noun = triggers[index]
            if noun.end > best.start or not worth_of(text, noun.end, best.start):
                continue
            if noun.is_noun and not noun.after_only and noun.text.casefold() != "worth" and figure_kind in lexicon.kinds[noun.event].figure_kinds:
                nouns.append(noun)
        if nouns:
            return nouns[-1]  # the first in the text, as the nouns were once tried
        # "ordered 250 tank wagons for liquefied gases worth EUR 38 million":
        # what was ordered is worth it, and the figure is the order's value.
        deed = _deed_before(text, triggers, chosen, best.start, clause, lexicon, figure_kind)
        if deed is not None and deed.event in lexicon.goods_worth and not _CLAUSE_MARK.search(text, deed.end, best.start):
            return deed
        deal = _deal_before_worth(text, triggers, chosen, best.start, lexicon, figure_kind)
        if deal is not None:
            return deal
    if best.event == "cost" and lexicon.costed_deals and _COST_AS_A_VERB.fullmatch(text, best.end, start):
        # "The Marlowe acquisition, completed on 31 October, cost it £16.2m":
        # the deal's noun opening the clause is what was paid for.
        deal = next(
            (
                noun for noun in reversed(triggers[:chosen])
                if noun.is_noun and not noun.after_only and noun.end <= best.start and noun.event in lexicon.costed_deals
                and noun.start >= clause[0] and _DEAL_NOUN_OPENS.fullmatch(text, clause[0], noun.start)
                and figure_kind in lexicon.kinds[noun.event].figure_kinds
            ),
            None,
        )
        if deal is not None:
            return deal
    if best.event == "valuation" and lexicon.deal_valued.search(text, max(0, start - 200), start):
        # "we ordered 12 turboprops ... in a deal worth NOK 3.6 billion": the
        # deal is the deed the sentence told, and the figure its price.
        # Its deed may stand clauses before, past an appositive ("has won an
        # order ... from Verkehrsbetriebe Lindenau, the municipal transport
        # company of the German city of Lindenau, in a deal worth").
        deed = _deed_before(
            text, triggers, bisect.bisect_left(triggers, best.start, key=_start), best.start, (0, clause[1]), lexicon, figure_kind,
            words=_DEAL_DEED_WORDS,
        )
        if deed is not None:
            return deed
        valued = lexicon.deal_valued.search(text, max(0, start - 200), start)
        if valued is not None and lexicon.won_from.search(text, max(0, valued.start() - 80), valued.start()) is not None:
            # "beat three rivals to a five-year deal worth £1.9m": a deal won
            # is a contract, whatever noun the sentence gives it.
            noun_end = valued.start() + len(valued.group(0).split()[0])
            return Trigger(valued.start(), noun_end, "contract", text[valued.start() : noun_end], True)
    return best


# "cost" as the verb before its figure: "cost it £16.2m", "cost about £3m".
_COST_AS_A_VERB = re.compile(r"\s+(?:(?:it|us|them|him|her)\s+)?(?:(?:about|around|nearly|almost|some|roughly|just|over|under)\s+)?")
# What may open a clause before its deal's noun: "The Marlowe ", "Its ", "The ".
_DEAL_NOUN_OPENS = re.compile(r"\W*(?:The|the|Its|its|Our|our|Their|their|This|this|That|that)\s+(?:[A-Z][\w&'.-]*\s+){0,3}")


def _deed_before(
    text: str,
    triggers: Sequence[Trigger],
    before: int,
    start: int,
    clause: tuple[int, int],
    lexicon: EventLexicon,
    figure_kind: str,
    words: int = 0,
) -> Trigger | None:
    """The nearest verb of the clause before ``triggers[before]`` (and within
    ``words`` of ``start``, ``_PRICED_DEED_WORDS`` unless given) whose event a
    ``figure_kind`` figure can measure."""
    reach = words or _PRICED_DEED_WORDS
    for index in range(before - 1, -1, -1):
        trigger = triggers[index]
        if trigger.start < clause[0] or words_between(text, trigger.end, start) > reach:
            return None
        if trigger.is_noun or trigger.after_only or trigger.event == "valuation" or not _eligible(text, trigger, clause, lexicon, figure_kind):
            continue
        # "has won an order for 600 wagons ... in a deal worth": the noun the
        # verb takes says what the deal was.
        following = triggers[index + 1] if index + 1 < before else None
        if (
            following is not None
            and following.is_noun
            and not following.after_only
            and following.text[:1].islower()  # "from Ostrava Works": a name, no noun the verb takes
            and words_between(text, trigger.end, following.start) <= _OBJECT_WORDS
            and _eligible(text, following, clause, lexicon, figure_kind)
        ):
            return following
        return trigger
    return None


_CLAUSE_MARK = re.compile(r"[,;:()]")

# How many words may stand between a verb and the noun it takes ("won a EUR 96 million order").
_OBJECT_WORDS = 4


# "The order for 14 jets, worth $496m": the noun's own phrase, then worth.
# "The order for 14 jets, worth", "a three-year contract with Preisfuchs,
# the German discount chain, to supply its stores, worth", "a contract to
# supply all the flour for its bakeries, worth": the noun's own phrase,
# appositives and all, before the worth it is told.
_PHRASE_BEFORE_WORTH = re.compile(r"\s+(?:for|of)\s[^,;:()]{1,60},\s*|\s+(?:with|to)\s[^;:()]{1,160}?,\s*")


# Between a deal and the "worth" that prices it, its own phrase: no second
# valuation, no break of the sentence.
_NOT_THE_DEALS_PHRASE = re.compile(r"\b(?:worth|valued|values)\b|[;!?]|\.\s")


def _deal_before_worth(
    text: str, triggers: Sequence[Trigger], chosen: int, worth_start: int, lexicon: EventLexicon, figure_kind: str
) -> Trigger | None:
    """The deal a "worth" prices when nothing right before it names what is
    worth it: the nearest contract or order the sentence told before it, past
    the deal's own clauses ("a five-year supply contract with Brauner, signed
    in January and worth", "signed the largest order in its history: 500 MW
    of electrolysers for the Huelva project, worth")."""
    for index in range(chosen - 1, -1, -1):
        trigger = triggers[index]
        if trigger.end > worth_start:
            continue
        if words_between(text, trigger.end, worth_start) > _DEAL_DEED_WORDS or _NOT_THE_DEALS_PHRASE.search(text, trigger.end, worth_start):
            return None
        if trigger.event in lexicon.deal_worth and not trigger.after_only and figure_kind in lexicon.kinds[trigger.event].figure_kinds:
            return trigger
    return None


# Between a noun and "valued" said of it, in the passive ("The contract is
# valued at", "a contract valued at"); "the round valued it at" is the
# noun's own deed, the company's value.
_VALUED_OF_NOUN = re.compile(r"\s*,?\s*(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been|will\s+be|being)\s+)?")
_VALUED_AT = re.compile(r"\s+at\b")


def worth_of(text: str, noun_end: int, worth_start: int) -> bool:
    """Whether "worth" at ``worth_start`` says what the noun ending at
    ``noun_end`` is worth: right after it ("a concession worth"), or after
    the noun's phrase and a comma ("The order for 14 jets, worth")."""
    return words_between(text, noun_end, worth_start) <= 1 or _PHRASE_BEFORE_WORTH.fullmatch(text, noun_end, worth_start) is not None


def _fitting(trigger: Trigger, lexicon: EventLexicon, figure_kind: str) -> Trigger:
    """A verb as the first event listing it whose figures include ``figure_kind``."""
    alternates = lexicon.verb_alternates.get(trigger.text.casefold()) if not trigger.is_noun else None
    if not alternates or figure_kind in lexicon.kinds[trigger.event].figure_kinds:
        return trigger
    fitting = next((event for event in alternates if figure_kind in lexicon.kinds[event].figure_kinds), None)
    return trigger if fitting is None else trigger._replace(event=fitting)


def _start(trigger: Trigger) -> int:
    return trigger.start


def _eligible(text: str, trigger: Trigger, clause: tuple[int, int], lexicon: EventLexicon, figure_kind: str) -> bool:
    if trigger.end <= clause[0] or trigger.start >= clause[1]:
        return False
    if _SCOPE_WORD.search(text, max(0, trigger.start - 14), trigger.start):
        return False  # "EUR 2.1 billion including debt": debt is in the figure, not what it measures
    if not trigger.is_noun and text[trigger.start : trigger.start + 1].isupper() and _NAME_WORD_BEFORE.search(text, max(0, trigger.start - 30), trigger.start):
        return False  # "Blueline Private Hire will run 140 routes": a word of a name, no deed
    kind = lexicon.kinds.get(trigger.event)
    return kind is not None and figure_kind in kind.figure_kinds


# A capitalised word right before: the trigger after it is a name's word ("Private Hire").
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w&'\u2019.-]*\s+$")


def _verb_before_a_count(verbs: list[str], capture: bool = False) -> re.Pattern[str]:
    """One of ``verbs`` up to two words before a count ("sold 262,000", "sells fewer than 100,000");
    ``capture``: the verb is the match's first group."""
    group = "(" if capture else "(?:"
    return re.compile(r"\b" + group + (_alternation(verbs) or "(?!)") + r")\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def made_thing(measure: str | None, lexicon: EventLexicon) -> bool:
    """Whether a count's measure is of things made, a noun the lexicon gives
    no measure of its own ("pianos", not "stores" or "employees")."""
    return measure is not None and ":" not in measure and " " not in measure and measure not in lexicon.count_measures


# The flow any verb of making names ("built", "finished", "turned out"),
# and the event a year's output is told by ("produced", "production of").
MADE = "made"
PRODUCTION = "production"
# The flow of things sold ("sold 96,000 stoves", "shipped 118,000 stoves").
SOLD = "sold"


def deed_done_to(thing: str, deed: str) -> str:
    """The measure of how many of ``thing`` had a deed done to them ("buoy serviced")."""
    return f"{thing} {deed}"


def sold_in_a_period(thing: str) -> str:
    """The measure of how many of ``thing`` were sold or shipped ("stove sold")."""
    return f"{thing} {SOLD}"


def made_in_a_year(thing: str) -> str:
    """The measure of how many of ``thing`` were made in a period ("organ
    made"): one for "built 42 organs", "finished 51 organs" and "produced 40
    organs", and never one of another thing ("1,200 pianos")."""
    return f"{thing} {MADE}"


def output_counted(measure: str | None, kind: str, counted: str | None, lexicon: EventLexicon) -> str | None:
    """A count's measure when a production word tells it ("produced 380
    million pencils", a table's "Pencils produced"): how many of the things it
    counts were made, as a verb of making tells it; else ``measure``."""
    if measure != PRODUCTION or kind != "count" or not made_thing(counted, lexicon):
        return measure
    return made_in_a_year(counted)  # type: ignore[arg-type]


def flow_name(verb: str, measure: str | None, lexicon: EventLexicon) -> str:
    """How a verb before or after a count names the flow it tells: "made" for
    any verb of making things ("built 1,100 pianos", "Trucks built",
    "finished 1,400 pianos" are one year's output), else the verb's stem."""
    if verb.casefold() in lexicon.production_verbs and made_thing(measure, lexicon):
        return MADE
    return verb_stem(verb)


def verb_stem(verb: str) -> str:
    """A verb without its ending ("opened" -> "open", "sold" -> "sold"): how
    a stock's change names the flow it makes ("stores open", "units sold")."""
    verb = verb.casefold()
    for ending in ("ing", "ed", "es", "s"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            return verb[: -len(ending)]
    return verb


def clauses(text: str, lexicon: EventLexicon) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence."""
    spans = []
    start = 0
    for match in lexicon.clause_breaks.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def clause_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for span in spans:
        if span[0] <= offset < span[1]:
            return span
    return spans[-1]


def stake_bought(text: str, start: int, end: int, lexicon: EventLexicon) -> int | None:
    """Where the stake ends when the money figure at ``start:end`` is what was
    paid for one ("We paid EUR 82 million for 70 per cent", "agreed to pay
    $40m for a majority stake"): the price of an acquisition, whatever else
    the sentence says. None when it is not."""
    if lexicon.paying_before.search(text, max(0, start - 40), start) is None:
        return None
    stake = lexicon.stake_after.match(text, end)
    return stake.end() if stake is not None else None


# "for 80% of Ceramiche Orsolina", "for a majority stake in Brandt": what the stake is of.
_STAKE_OF = re.compile(r"(?:\s+stake)?\s+(?:of|in)\s+(?:the\s+)?")


def stake_of(text: str, stake_end: int) -> int | None:
    """Where the name of what a stake ending at ``stake_end`` is of begins, if the text names it there."""
    match = _STAKE_OF.match(text, stake_end)
    return match.end() if match is not None else None


def _share_wholes(data: object) -> dict[str, str]:
    """``share_wholes``: measure -> the nouns and phrases a share is "of"."""
    if not isinstance(data, dict):
        raise ValueError("events.yaml: share_wholes: expected a mapping of measures to lists of nouns")
    wholes: dict[str, str] = {}
    for measure, nouns in data.items():
        if not isinstance(nouns, list) or not all(isinstance(n, str) for n in nouns):
            raise ValueError(f"events.yaml: share_wholes: {measure}: expected a list of nouns")
        for noun in nouns:
            wholes[" ".join(noun.casefold().split())] = str(measure)
    return wholes
