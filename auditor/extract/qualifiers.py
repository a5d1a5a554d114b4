"""What keeps two figures of one entity and measure apart, and the part a figure plays.

Qualifiers say *which* of several facts a figure belongs to: a funding
round ("Series B"), a phase, tranche or close ("first phase", "first
close"), a scope ("in total", "cumulative", "to date"). Roles say how a
figure stands to the other figures of its sentence: an earlier value ("up
from GBP 381 million"), a change ("up 8%", "rose 24%"), a part of a whole
("including EUR 120 million", "USD 420 million for the aircraft"), a total
("bringing its total value to USD 570 million"). Figures with such roles are
never rivals of the figure they go with.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple, Sequence

from auditor.extract.dates import PERIOD_LABEL_BEFORE_YEAR
from auditor.extract.nearby import clause_matches, split_around, words_after, words_before
from auditor.extract.numbers import Cued as _Cued
from auditor.extract.numbers import ascii_lowered as _ascii_lowered

_ORDINAL = r"(?:first|second|third|fourth|fifth|final|last|initial|opening|1st|2nd|3rd|4th)"
_PHASE = re.compile(
    rf"\b(?:(?P<ordinal>{_ORDINAL})\s+(?P<kind>phase|tranche|close|closing|stage|instalment|installment|part)"
    # ("Lot 2 supplier: two apprenticeships": a tender's lot, one part of its award.)
    r"|(?P<kind2>phase|tranche|stage|lot)\s+(?P<number>one|two|three|four|[1-9]|i{1,3}|iv|[a-d])\b)",
    re.IGNORECASE,
)
# A part's word right before the figure of its whole: "the first instalment on
# the $1.2bn order", "the second tranche of the EUR 500m loan" ("the first
# tranche of $500m" is the tranche's own figure).
_WHOLE_AFTER_PART = re.compile(
    r"\b(?:phase|tranche|close|closing|stage|instalment|installment|part|payment)s?\s+"
    # ("phase one of the EUR 21m programme": a numbered part too.)
    r"(?:(?:one|two|three|four|[1-9]|i{1,3}|iv|[a-d])\s+)?"
    r"(?:on|towards?|of\s+(?:the|its|their))\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
# A tender's lot labelling what follows its colon: "Lot 2 supplier: ".
# "for every eight children", "one in every five": a ratio's term.
_EVERY_BEFORE = re.compile(r"\b(?:for|in|to|per|of)\s+every\s+$", re.IGNORECASE)
# A class of things a bound on their figure picks out: "a reduced rate on
# loans above £1,000", "free delivery on any order over £50", "discounts for
# groups of ten or more". The figure says which things a terms apply to, no
# figure any of them has. (Things, in the plural or after "any", "every" or
# "each": "for a fee of over £500" is the fee.)
_CLASS_BEFORE = re.compile(
    r"\b(?:on|for|to|with)\s+(?:(?:any|every|each|all)\s+(?:[a-z-]+\s+)?[a-z-]+|(?:[a-z-]+\s+)?[a-z-]+s)"
    r"\s+(?:(?:of|worth|costing|priced\s+at|valued\s+at|spending|weighing)\s+)?$"
)
_BOUND_OPENING = re.compile(r"(?:over|above|under|below|more\s+than|less\s+than|fewer\s+than|in\s+excess\s+of|exceeding)\b", re.IGNORECASE)
_BOUND_AFTER = re.compile(r"\s+(?:or|and)\s+(?:more|over|above|upwards|less|fewer|under|below)\b")
_LOT_OPENS_PARAGRAPH = re.compile(
    r"[ \t]*(?:(?:[IVX]+|\d+)(?:\.\d+)*\.?\s+|\(?[a-z\d]\)\s+)?[Ll]ot\s+(?P<number>[1-9]|[A-Da-d]|one|two|three|four)\s*[-\u2013\u2014:.]"
)
_LOT_LABEL_BEFORE = re.compile(r"\b[Ll]ot\s+(?P<number>[1-9]|[A-Da-d]|one|two|three|four)\b[^.:;]{0,30}:\s+(?:[^.:;]{0,30}\s)?$")
# "the £1.35m communal glazing lot", "a £2m lot": a figure that names the
# lot it is the value of, one part of a tender let in several.
_LOT_AFTER_FIGURE = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}lot\b(?![ \t]+of\b)")
# "We won the North Somerset lot, £1.12 million over three years": the value set after its lot.
_LOT_BEFORE_FIGURE = re.compile(r"\blot,\s+(?:worth\s+|valued\s+at\s+)?$")
_ROUND = re.compile(r"\b(?P<round>(?:pre-)?seed|series\s+[a-h]\d?(?:[-\s]extension)?)\b(?!-)", re.IGNORECASE)
_SCOPE_BEFORE = re.compile(
    r"(?:\b(?:total(?:\s+value)?|in\s+total|cumulative(?:ly)?|combined|altogether|all\s+told|to\s+date|overall|"
    r"brings?\s+(?:the|its|their)\s+total(?:\s+\w+){0,6}\s+to|bringing\s+(?:the|its|their)\s+total(?:\s+\w+){0,6}\s+to|"
    r"total\s+raised(?:\s+\w+){0,6}\s+to)\s+(?:of\s+|at\s+|to\s+)?)$",
    re.IGNORECASE,
)
# "12 further trains", "an option for 12 additional units": on top of another figure.
# A count a deal moves from one owner to another: "the purchase of 1,850
# towers", "Cinequay gets 172 screens", "bought 40 stores": a batch, never
# the buyer's (or the seller's) whole stock.
_TAKEN_OVER_BEFORE = re.compile(
    r"\b(?:(?:purchase|acquisition|sale|takeover|transfer|disposal)\s+of|(?:buys?|bought|buying|acquires?|acquired|acquiring|"
    # ("we've got 96 artists", "it has got 40 stores": "have got" is "have", no deal.)
    r"sells?|sold|selling|gets?|(?<!'ve\s)(?<!\u2019ve\s)(?<!have\s)(?<!has\s)(?<!'s\s)(?<!\u2019s\s)got|takes?\s+over|took\s+over|taking\s+over|inherits?|inherited))"
    r"\s+(?:(?:the|its|their|a|an|another|some|about|nearly|almost|over|around)\s+)?$",
    re.IGNORECASE,
)
_ADDITIONAL_BEFORE = re.compile(
    r"(?:\b(?:option|options)\s+(?:for|on|of)\s+(?:a\s+|an\s+)?(?:further\s+|additional\s+|more\s+)?|\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+"
    r"|\b(?:adds?|adding|added|will\s+add)\s+(?:another\s+|a\s+further\s+|an?\s+|some\s+|about\s+|up\s+to\s+)?"
    # "buy a further 29% for USD 260 million": the price of a stake on top.
    r"|\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)(?:\s+(?:stake|holding|interest))?"
    r"(?:\s+in\s+[^,;]{1,40}?)?\s+for\s+(?:about\s+|around\s+|some\s+|up\s+to\s+)?)$",
    re.IGNORECASE,
)
_ADDITIONAL_AFTER = re.compile(r"^\s*(?:further|additional|more|extra|new)\b", re.IGNORECASE)
_ADDITIONAL_INSIDE = re.compile(
    r"(?:\d[\d,.]*\s+(?:further|additional|more|extra|new)"
    # "twelve new jets" ("no more than 80" is a bound)
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|dozen)\s+(?:further|additional|extra|new))\s",
    re.IGNORECASE,
)
_TOTAL_NEAR = re.compile(r"\b(?:total|cumulative|combined|altogether|to\s+date|in\s+all)\b,?(?:\s+[\w'-]+){0,5}\s+$", re.IGNORECASE)
_SCOPE_AFTER = re.compile(r"^\s*(?:in\s+total|in\s+all|all\s+told|altogether|to\s+date|so\s+far|combined|cumulatively)\b", re.IGNORECASE)
_PREVIOUS_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|increased|decreased|grew|climbed|dropped|reduced|cut|lowered|raised|"
    r"boosted|revised|jumped|soared|surged|slipped|slumped|declined|dwindled|doubled|tripled|halved|expanded|shrank|"
    r"narrowed|widened|recovered|rebounded|double|triple|risen|fallen|grown)"
    # "up 9.2% from EUR 707 million": the change told before the earlier figure.
    r"(?:\s+(?:by\s+)?(?:some\s+|about\s+)?[\d.,]+\s*(?:%|per\s*cent|percent))?\s*from\s+(?:a\s+|an\s+)?$"
    r"|\b(?:compared\s+with|compared\s+to|against|versus|vs\.?)\s+(?:a\s+|an\s+)?$"
    # "rose to £412 million from £366 million": "from" after a new figure.
    r"|\bto\s+(?:(?:a|an|the|record|new|only|just|about)\s+){0,2}(?:[A-Z]{3}\s?)?\S*\d\S*(?:\s+\S+){0,3}?[\s(]+from\s+(?:a\s+|an\s+)?$"
    # "a high of 6.7 percent, from 6.5 percent in October"
    r"|\d\S*(?:\s+[a-z]+){0,2},\s*from\s+(?:a\s+|an\s+)?$"
    # "a previous $30 billion buyback", "its earlier 2,000 job cuts": one before this one
    r"|\b(?:a|an|the|its|their|his|her)\s+(?:previous|prior|earlier|former)\s+$"
    # "will add about 1,900 employees to the 9,400 it already has": the level the addition goes onto
    r"|\b(?:add|adds|added|adding)\b[^.;:]{0,60}?\bto\s+(?:the|its|their|his|her)\s+$"
    # "Before Monday's handover the line had 25 river ships", "Before the
    # merger, it employed 900 people": the level before a change the text tells.
    r"|(?:^|[.;:]\s+)before\s+(?!\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)[^,;.]{0,60}?,?\s+"
    r"(?:[\w'\u2019-]+\s+){1,4}?(?:had|employed|ran|operated|counted|numbered|was|were)\s+"
    r"(?:(?:a|an|about|some|nearly|almost|around|just|only|roughly|more\s+than|fewer\s+than|over|under)\s+)?$",
    re.IGNORECASE,
)
# "expects EUR 78 million to EUR 82 million (for the year), after EUR 71.8
# million in 2024": a figure of the same kind, a comma and "after" before the earlier one.
_COMMA_AFTER = re.compile(r"[^.;:]{0,40},\s*after\s+$", re.IGNORECASE)


def _after_a_figure(text: str, start: int, kind: str, siblings) -> bool:  # type: ignore[no-untyped-def]
    return any(
        other_kind == kind and other_end <= start and start - other_end <= 44 and _COMMA_AFTER.fullmatch(text, other_end, start)
        for _, other_end, other_kind, _ in siblings
    )
# A bare "from" is a figure's earlier value only in "from X to Y": "trades
# from 412 stores" and "sales from 30 countries" are no change.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:a\s+|an\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(
    r"^[^.;]{0,80}?\bto\s+(?:(?:a|an|the|record|new|only|just|about|around|nearly|almost|either|estimated|roughly|"
    r"some|over|under|below|above|more\s+than|less\s+than)\s+){0,3}"
    r"(?:\S*\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b)", re.IGNORECASE
)
# Any figure after "<change verb> ... by" is the size of the change.
_CHANGED_BY_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|raise|raises|raised|raising|increase|increases|increased|increasing|reduce|reduces|"
    r"reduced|reducing|lower|lowers|lowered|lowering|boost|boosts|boosted|boosting|rose|rise|rises|rising|fell|fall|"
    r"falls|falling|grew|grow|grows|growing|dropped|drop|drops|decrease|decreases|decreased|decreasing|expand|"
    r"expanded|expands|shrank|shrink|shrinks|trimmed|trim|trims|slashed|slash|slashes|increase|up|down)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+by\s+(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|around\s+|an\s+extra\s+|another\s+)?$",
    re.IGNORECASE,
)
_LAST_YEAR_AFTER = re.compile(r"^[\s,]*last\s+year\b", re.IGNORECASE)


def _last_year_alone(
    after: str, start: int, end: int, kind: str, siblings: Sequence[tuple[int, int, str, str | None]], counted: str | None = None
) -> bool:
    """"carried 21.4 million passengers last year": last year's figure, told
    for itself, not the earlier side of a comparison, when no other figure of
    its kind stands before it in the sentence ("$5m, against $4m last year";
    "opened 30 stores last year and now runs 410" tells last year's openings).
    A count of other things is no such figure: "has grown to 27 parks ...,
    had 3.1 million visits last year"."""
    return _LAST_YEAR_AFTER.match(after) is not None and not any(
        s_kind == kind and s_end <= start and not _counts_another_thing(s_unit, kind, counted)
        for s_start, s_end, s_kind, s_unit in siblings
    )


def _counts_another_thing(unit: str | None, kind: str, counted: str | None) -> bool:
    """Whether a sibling count (its ``unit``: what it counts, then its rate)
    counts a noun other than ``counted``."""
    if kind != "count" or not counted or not unit:
        return False
    other = unit.split()[0]
    return other != "None" and other.casefold().rstrip("s") != counted.split()[-1].casefold().rstrip("s")


# A price or valuation target: "Our EUR 78 target", "raised its price target to $120".
_TARGET_AFTER = re.compile(r"\s+(?:(?:share\s+)?price\s+)?target\b(?!\s+(?:company|firm|group|business))", re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"\b(?:price|valuation)\s+target\b[^.;:()]{0,40}?\s(?:of|at|to|is|was)\s+$", re.IGNORECASE)

# "raised its offer for Yahoo to $47.5 billion", "raising their bid from
# $44.6 billion to $47.5 billion": a bid revised, a later phase of the deal
# than the bid first made.
_REVISED_OFFER_BEFORE = re.compile(
    r"\b(?:rais|increas|lift|sweeten|improv|revis|cut|lower|reduc)(?:e|es|ed|ing|s|ting)?\s+(?:its|their|his|her|the|our)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:offer|bid|proposal)\b(?:[^.;:]|\.(?=\d)){0,80}?\bto\s+$",
    re.IGNORECASE,
)

# "As originally reported, revenue for 2023 was EUR 206 million": a figure
# since restated, a version of the fact a later one replaces.
_AS_FIRST_REPORTED = re.compile(
    r"\b(?:as\s+(?:originally|first|previously|initially)\s+(?:reported|published|stated)|before\s+(?:the\s+)?restatement)\b[^.;]*$",
    re.IGNORECASE,
)

# "The deal lifts the group's annual capacity to about 59 million": the level a deal brings.
_DEAL_BRINGS_TO = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:\w+\s+){0,2}?(?:deal|acquisition|merger|purchase|transaction|takeover|combination|tie-up)\s+"
    r"(?:(?:will|would|should|could)\s+)?(?:lifts?|raises?|takes?|brings?|boosts?|increases?|gives?)\b[^.;:]{0,80}?\bto\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|just\s+over|just\s+under)\s+)?$"
)

# "is spending EUR 120 million to lift annual output to 2.5 GW": the level a
# purpose aims at, no fact of today (an infinitive: "lifting revenue to EUR
# 5m" may tell what happened).
_PURPOSE_BRINGS_TO = re.compile(
    r"\bto\s+(?:lift|raise|increase|expand|boost|take|bring|grow|double|triple)\s+(?:[\w'\u2019-]+\s+){0,5}?to\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)

# "EUR 2.40 per share (2023: EUR 2.25)", "(FY24: GBP 129.6 million)", "(prior year: 8.1%)": an earlier
# period's figure set beside the figure it is compared with.
_EARLIER_IN_BRACKETS = re.compile(
    rf"\(\s*(?:{PERIOD_LABEL_BEFORE_YEAR}(?:19|20)\d\d(?:[/\-\u2013]\d\d)?|FY\s?\d\d)\s*:\s*$|\(\s*(?:prior|previous|last)\s+(?:year|period|quarter)\s*:\s*$",
    re.IGNORECASE,
)
_PREVIOUS_AFTER = re.compile(
    r"^[\s,]*(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|same)\s+(?:year|period|quarter)|last\s+year|"
    r"(?:in\s+)?the\s+year[- ]earlier\s+period)\b",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    # ("made up 61% of revenue", "make up a third": a share, no change.)
    r"\b(?:(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)up|down|rose|fell|rising|falling|increased|decreased|grew|growing|climbed|dropped|jumped|slipped|gained|lost|"
    r"declined|surged|soared|plunged|slumped|added|shed|cut|raised|lifted|lowered|by|an\s+increase\s+of|a\s+rise\s+of|"
    r"a\s+fall\s+of|a\s+drop\s+of|a\s+decline\s+of|growth\s+of|premium\s+of|discount\s+of)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:rise|increase|decline|drop|fall|gain|loss|jump|growth|premium|discount|higher|lower|more|less|"
    r"up|down|year[- ]on[- ]year|on\s+the\s+year)\b",
    re.IGNORECASE,
)
_AFTER_BEFORE = re.compile(r"\b(?:to|at)\s+$", re.IGNORECASE)
# "the first 60 buses", "the remaining 12": a batch of more, not all of them.
_PART_BEFORE = re.compile(
    # ("Headcount rose to 680, of whom 410 people work at our Horsens factory")
    r"\b(?:including|of\s+which|of\s+whom|among\s+them|such\s+as|plus|with\s+the\s+rest|the\s+remaining|the\s+first|the\s+next|the\s+last)\s+(?:some\s+|about\s+)?$",
    re.IGNORECASE,
)
_OWN_SHARE_AFTER = re.compile(r"\s+of\s+(?:its|their|his|her|our|the\s+\w+['\u2019]s)\s+own\s+(?:money|funds|cash|capital|resources)\b", re.IGNORECASE)
# "paying £5.3m in cash up front with up to £1.5m more to come", "EUR 40
# million on completion": the first payment of a price, a part of it.
_PAID_FIRST_AFTER = re.compile(
    r"\s+(?:in\s+cash\s+)?(?:up\s*-?\s*front|upfront|on\s+completion|at\s+completion|at\s+closing|on\s+signing|initially)\b",
    re.IGNORECASE,
)
# "USD 420 million for the supply of the aircraft and USD 150 million for ...":
# figures each given a purpose in one list are parts of something.
_FOR_PART = re.compile(r"^\s+(?:of\s+\w+\s+)?(?:for|towards?|on)\s+(?:the\s+|its\s+)?\w", re.IGNORECASE)
_ON_AFTER = re.compile(r"\s+on\s", re.IGNORECASE)
_ON_SALES = re.compile(r"\s+on\s+(?:(?:its|their|the|group|total|net|higher|lower|record)\s+)*(?:revenues?|sales|turnover)\b", re.IGNORECASE)
# "EUR 268 million for the first six months of 2025": a period, not a purpose.
_FOR_PERIOD = re.compile(
    r"^\s+(?:for|over|during)\s+(?:the\s+|its\s+)?(?:(?:first|second|third|fourth|final|last|past|full|whole|same|"
    r"financial|fiscal|calendar|latest|previous|current|twelve|nine|six|three|12|9|6|3)\s+)*"
    r"(?:years?|half|halves|quarters?|months|period|weeks|fy\s*\d+|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(
    # "3 million euros ($3.82 million) a day": past the same sum in another currency.
    r"^(?:\s*\([^()]{1,40}\))?\s*(?:a|an|per|each|every)\s+(?P<unit>year|annum|month|week|day|quarter|share|unit|tonne|ton|home|household|"
    r"passenger|user|customer|subscriber|head|person|resident|journey|trip|night|seat|bed|cubic\s+metre|megawatt|kilowatt)\b"
    r"|^\s*(?P<each>each)\b",
    re.IGNORECASE,
)


# "spending per resident will reach EUR 1,780": the rate named before its
# figure; "18 turbines, each with a capacity of 250MW": one unit's share.
_PER_BEFORE = re.compile(
    r"\b(?:per|a)\s+(?P<unit>resident|head|person|capita|household|home|customer|user|subscriber|passenger|share|"
    r"tonne|unit|employee|bed|patient|student|pupil|visitor|guest|room|seat|ticket|hectolitre|litre|liter|kilogram|kilo|"
    r"barrel|bottle|ounce|vehicle|car|store|shop)\b(?P<each>)(?:\s+\w+){0,4}\s+$"
    r"|\beach\b(?:\s+\w+){0,4}\s+$",
    re.IGNORECASE,
)


# "EUR 268.9m (US$332 million)", "16 miles (26 km)": the same figure in other units.
_CONVERSION_BEFORE = re.compile(r"\d[\w.,%]*(?:\s+[A-Za-z$\u20ac\u00a3\u00a5]+\.?){0,2}\s*\(\s*(?:about|around|some|approximately|roughly|nearly|or)?\s*$")
# A sum that was not or may never be: "would have been fined", "could reach",
# "if approved". A bare "would" is a reported future ("said it would back a
# EUR 600 million plan"), told as firmly as "will".
# An "if" clause addressed to the reader and closed by a comma before a
# main clause that tells a fact ("If you're thinking of joining, the club
# has nearly 600 full members") says when the fact matters to them, not
# that it holds only then; a modal in the main clause still makes a
# condition ("If you join, fees would be ..."), as any other "if" does
# ("if the seat is not taken, the board reverts to 9 members").
_CONDITIONAL = re.compile(
    r"\b(?:would|could|might)\s+have\s+(?:\w+\s+){0,3}|\b(?:could|might)\s+(?:\w+\s+){0,3}"
    r"|\bif\b(?!\s+you(?:['\u2019](?:re|ve|d))?\b[^,]*,(?![^,]*\b(?:will|would|could|might|may|can|should)\b)[^,]*$)",
    re.IGNORECASE,
)
# "Since its establishment, Eden has exported over 35 million tonnes": a running total.
# "Since 2019 it has raised ...", "So far, the EU has fined Microsoft ...": a running total.
_SINCE = re.compile(r"\b(?:since|so\s+far|thus\s+far|to\s+date|until\s+now)\b", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"\s+since\b", re.IGNORECASE)
_SINCE_ITS_START_AFTER = re.compile(
    # ("fitted more than 18,000 homes in Norfolk and Suffolk since we started": where, then since.)
    # ("more than 14,000 animals rehomed since the first kennels opened": a participle, then since.)
    r"(?:\s+[a-z]+(?:ed|en|wn))?"
    r"(?:\s+(?:in|across|at|around|for)\s+[^,.;:]{1,40}?)?\s+since\s+(?:(?:we|it|they|I|she|he)\s+(?:first\s+)?(?:started|began|opened|launched|set\s+up|were\s+founded|was\s+founded)"
    r"|(?:its|our|their|the)\s+(?:launch|founding|foundation|start|opening|beginning)"
    r"|(?:its|our|their|the)\s+first\s+[\w-]+(?:\s+[\w-]+)?\s+(?:opened|started|began|launched|was\s+(?:founded|set\s+up|opened|built)|were\s+(?:founded|set\s+up|opened|built)))\b",
    re.IGNORECASE,
)
# A conjunct of the present after "since": "... since 1998 and currently contains ".
_PRESENT_CONJUNCT_BEFORE = re.compile(
    r"\bsince\b[^,;]*?\band\s+(?:now\s+|currently\s+|still\s+|today\s+)?(?:has|is|contains|employs|runs|operates|holds|houses|owns|counts)\s+(?:[^\s,;]+\s+){0,3}$",
    re.IGNORECASE,
)
# A relative clause set off by commas before a figure: ", which has been owned by X since 2018,".
# (So is a participle's: "The Telford die-caster, owned since 2023 by Corrin Metals Group, has applied for ...".)
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|[a-z]+ed|run|held|built|bought|sold|made)\b[^,;]*,")
# ("Since then we've packed nine billion eggs": the perfect written short too.)
# (Irregular participles by name: "we've done more than 12,000 events since we started",
# "Since we were founded we have found homes for more than 3,000 cats".)
_PERFECT = re.compile(
    r"(?:\b(?:has|have)|\w['\u2019]ve)\s+(?:(?:\w+ly|now|already|since|also)\s+)?(?:\w+(?:ed|en|t)|done|made|sold|run|won|grown|shown|paid|held|begun|sung|flown|drawn|found|led|fed|had|become|come|dug)\b",
    re.IGNORECASE,
)


# A span after a count's noun: "1,150 shelters over four years", "300 buses over the next five years".
_OVER_A_SPAN_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+over\s+(?:the\s+(?:next|following|coming|past|last)\s+)?"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[\s-]+(?:years?|months?|decades?)\b",
    re.IGNORECASE,
)
# One place after a count ("12 routes from Shannon") scopes it; so does a
# list of places, as a whole ("52 laundries in France and Belgium" is no
# count of "66 laundries in France, Belgium and Spain", and "25 homes in
# Bridgeton and Berkeley" none of "750 Missouri homes"). A list "across"
# places is the count's whole reach ("310,000 farmers across Kenya, Uganda
# and Tanzania"): no scope.
# "5.6 million at September 30", "in Q3": a date, not a place. A place's
# name is read whole: "in New Zealand, Sri Lanka and Europe" is a list, and
# no "New".
_MONTH_OR_DAY = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Q[1-4]|H[12]|FY)"
)
# "employs 210 people at its workshops in Seiffen and Olbernhau": the sites,
# then where they are. (One site, "at its plant in Leiria", may be all the
# company has: no place of a part.)
_AT_ITS_SITES = (
    r"(?:at\s+(?:its|our|their|the\s+group's|the\s+company's)\s+(?:[a-z-]+\s+)?"
    r"(?:plants|workshops|sites|factories|mills|yards|works|depots|warehouses|bakeries)\s+)?"
)
_PLACE_AFTER = re.compile(
    r"^\s+" + _AT_ITS_SITES + r"(?:from|in|at)\s+(?:the\s+)?(?!" + _MONTH_OR_DAY + r")(?P<place>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*)(?![\w'\u2019.-])(?!\s+[A-Z])(?!\s*(?:,|and\b|&)\s*(?:the\s+)?[A-Z])"
)
# ("in the Midlands and the North": each place may have its article.)
_A_PLACE = r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*"
_PLACES_AFTER = re.compile(
    r"^\s+" + _AT_ITS_SITES + r"(?:from|in|at)\s+(?:the\s+)?(?!" + _MONTH_OR_DAY + r")(?P<places>" + _A_PLACE + r"(?:,\s+" + _A_PLACE + r")*,?\s+(?:and|&)\s+" + _A_PLACE + r")"
)
_PLACES_JOIN = re.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


# A part told before the whole it is of: "two of its fleet of ", "three of its ".
_WHOLE_OF_A_PART_BEFORE = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|some|most|half|all)\s+of\s+(?:its|their|our|the)\s+(?:[a-z]+\s+of\s+)?$", re.IGNORECASE)


def _place_after(after: str) -> str | None:
    """The place, or the places in order of their names, a count is told of right after it."""
    one = _PLACE_AFTER.match(after)
    if one is not None:
        return _without_full_stop(one.group("place"))
    listed = _PLACES_AFTER.match(after)
    if listed is None:
        return None
    return ", ".join(sorted(_without_full_stop(place.removeprefix("the ")) for place in _PLACES_JOIN.split(listed.group("places"))))


def _without_full_stop(place: str) -> str:
    """"12 routes from Bergen." ends a sentence, not the name; "U.S." keeps its stop."""
    return place[:-1] if place.endswith(".") and place[-2:-1].islower() else place


_LIST_JOIN = re.compile(r"\b(?:and|or)\b|,")


# What may stand between two items of a list across a clause break.
_ONLY_A_JOIN = re.compile(r"\s*,?\s*(?:and|or)?\s*")


def _another_for_part_after(text: str, start: int, end: int, kind: str, siblings) -> bool:  # type: ignore[no-untyped-def]
    """Whether a figure of this one's kind (a count of the same things) comes
    after "and", "plus" or "with" later in the sentence ("£5.35 for adults and
    £4.45 for 18-21 year olds"); not "9.4 million pieces for hotels,
    restaurants and homes in more than 50 countries", whose "and" joins what
    the pieces are for and whose next count is of other things. Without the
    sentence's figures, any "and" after it will do."""
    if not siblings:
        return True
    index = _index_of(siblings, start, end)
    unit = siblings[index][3] if index is not None else None
    return any(
        s_start >= end and s_kind == kind and (kind != "count" or s_unit == unit)
        and re.search(r"\b(?:and|plus|with)\b", text[end:s_start])
        for s_start, _s_end, s_kind, s_unit in siblings
    )


def _listed(text: str, start: int, end: int, clause: tuple[int, int], kind: str, siblings) -> bool:  # type: ignore[no-untyped-def]
    """Another figure of the same kind and unit in the clause, joined to this
    one by "and", "or" or a comma: the two are items of one list.

    ``siblings`` are in text order (as figures are found). Only those within
    eight words can join this one, so the search walks outwards from it and
    stops there, instead of comparing every figure of a long sentence with
    every other."""
    if _says_respectively(text):
        return False  # shared out over names instead (see attribution)
    index = _index_of(siblings, start, end)
    unit = siblings[index][3] if index is not None else None
    split = bisect.bisect_left(siblings, (end,))  # siblings[split:] start after this figure
    for j in range(split - 1, -1, -1):
        s_start, s_end, s_kind, s_unit = siblings[j]
        if (s_start, s_end) == (start, end):
            continue
        if s_end <= start and words_before(text, s_end, start, _LIST_WORDS) > _LIST_WORDS:
            break  # further back, the gap only grows
        if _joins(text, s_end, start, s_start, s_kind, s_unit, kind, unit, clause):
            return True
    for j in range(split, len(siblings)):
        s_start, s_end, s_kind, s_unit = siblings[j]
        if words_after(text, end, s_start, _LIST_WORDS) > _LIST_WORDS:
            break
        if _PART_OPENS_BETWEEN.fullmatch(text, end, s_start):
            return False  # "showing 391,652 books, including 121,267 new books": the whole, then its part
        if _OF_WHICH_AFTER.match(text, s_end):
            return False  # "It cost £62 million, £18 million of which came from a fund", "£5.5 million of it in cash": the whole, then its part
        if _joins(text, end, s_start, s_start, s_kind, s_unit, kind, unit, clause):
            return True
    return False


# Between a whole and the part after it: ", including", ", of which".
_PART_OPENS_BETWEEN = re.compile(r"[^,;]*?,?\s+(?:including|among\s+them|of\s+which|of\s+whom)\s+(?:some\s+|about\s+|around\s+)?")
# ("£5.5 million of that came from a grant"; not "of this year", a period.)
_OF_WHICH_AFTER = re.compile(
    r"\s+of\s+(?:which|whom|it|them)\b|\s+of\s+(?:that|this)(?=\s*[,.;:]|\s+(?:was|is|were|are|came|comes|went|goes|will|in|for|from|as)\b)"
)


_LIST_WORDS = 8
# "opened 30 stores last year and now runs 410": a change and a level, no
# list; "EUR 900 million, financed with EUR 600 million of loans and ...": a
# whole and the pieces it is made of.
# "EUR 310 million in 2024 and expects EUR 380 million in 2025": a year
# between two figures is the first one's, and the two are a series, no list.
_NOT_A_LIST = re.compile(
    r"\b(?:from|to|up|down|versus|vs|than|between|now|currently|still|compared|funded|financed|comprising|consisting|"
    r"split|made\s+up|broken\s+down|of\s+which|(?:19|20)\d\d)\b|,\s*against\b"
)


def _joins(text, gap_start, gap_end, s_start, s_kind, s_unit, kind, unit, clause) -> bool:  # type: ignore[no-untyped-def]
    if s_kind != kind or s_unit != unit:
        return False
    gap = text[gap_start:gap_end]
    if not (clause[0] <= s_start < clause[1]) and not _only_a_join(gap):
        return False  # "37, 16, 13, and 3 complaints": a clause break between items is still the list
    return bool(_LIST_JOIN.search(gap)) and len(gap.split()) <= _LIST_WORDS and not _NOT_A_LIST.search(gap) and not _VERB_AFTER_AND.search(gap)


# "sold 9,000 stoves and built 9,500 stoves": a verb between "and" and the
# next figure opens a second clause: two deeds, no list of one ("and new
# ₹500 bills", "and screwdrivers less than seven inches" stay lists, as do
# cuts told in two verbs, "cut 3,000 staff and eliminate 5,600", pieces of
# one reduction).
_VERB_AFTER_AND = re.compile(
    r"\band\s+(?:[a-z]+ed|built|sold|made|spent|paid|won|took|grew|gave|bought|brought|sent|kept|held|ran|"
    r"sank|employs|employ|sells|makes|builds|runs|operates|hire|hires)\s+$"
)


def _only_a_join(gap: str) -> bool:
    """Blanks, a comma, "and" or "or" (``_ONLY_A_JOIN``), read without the
    backtracking of three optional blank runs over a long blank gap."""
    rest = gap.strip()
    if rest.startswith(","):
        rest = rest[1:].lstrip()
    return rest in ("", "and", "or")


def _index_of(siblings, start: int, end: int) -> int | None:  # type: ignore[no-untyped-def]
    """The last sibling at (start, end), as the plain scan found its unit."""
    found = None
    for index in range(bisect.bisect_left(siblings, (start,)), len(siblings)):
        if siblings[index][0] != start:
            break
        if siblings[index][1] == end:
            found = index
    return found


@functools.lru_cache(maxsize=64)
def _says_respectively(text: str) -> bool:
    return _RESPECTIVELY.search(text) is not None


_RESPECTIVELY = re.compile(r"\brespectively\b")


_CUED_CONDITIONAL = _Cued(_CONDITIONAL, re.compile(r"would|could|might|\bif\b"))
# A level at a period's height: "at the peak of the season", "at its height", "peaked at".
_PEAK_BEFORE = re.compile(r"\bat\s+(?:the|its|their|our|his|her)\s+(?:peak|height|busiest)\b|\bpeaked\s+at\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_CUED_PEAK_BEFORE = _Cued(_PEAK_BEFORE, re.compile("peak|height|busiest"))
_CUED_TARGET_BEFORE = _Cued(_TARGET_BEFORE, re.compile("target"))
# "Our goal is for service and data subscriptions to make up 20% of net
# sales by 2027", "the aim is to reach 40 stores": a level aimed at.
# ("aims to have 500 funeral homes by the end of 2027", "plans to reach 60 tunnels": a verb of aiming, the level aimed at.)
_GOAL_BEFORE = re.compile(
    r"\b(?:goal|aim|target|ambition|objective)\s+(?:is|was|remains)\s+(?:for\s+[^.;:]{1,80}?\s+)?to\s+(?:[a-z]+\s+){1,3}(?:[a-z]+\s+)?$"
    r"|\b(?:aims?|aiming|aimed|plans?|planning|wants?|hopes?|intends?|targets?|targeting)\s+to\s+(?:have|reach|run|operate|open|hit|employ|pass|top|"
    r"grow\s+to|get\s+to|be\s+at|be\s+running)\s+(?:(?:about|around|some|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_CUED_GOAL_BEFORE = _Cued(_GOAL_BEFORE, re.compile("goal|aim|target|ambition|objective|plan|want|hope|intend"))
_CUED_REVISED_OFFER = _Cued(_REVISED_OFFER_BEFORE, re.compile("offer|bid|proposal"))
_CUED_AS_FIRST_REPORTED = _Cued(_AS_FIRST_REPORTED, re.compile("reported|published|stated|restatement"))
_CUED_DEAL_BRINGS_TO = _Cued(_DEAL_BRINGS_TO, re.compile("deal|acquisition|merger|purchase|transaction|takeover|combination|tie-up"))
_CUED_PURPOSE_BRINGS_TO = _Cued(_PURPOSE_BRINGS_TO, re.compile(r"\bto\s+(?:lift|raise|increase|expand|boost|take|bring|grow|double|triple)\b"))
# "of the carrier's boxes", "of Orvell's cars": a named or described owner's
# things right after a figure with a noun of its own.
_OF_ANOTHERS_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,3}?(?:[A-Z][\w&.-]*|[a-z]+)['\u2019]s?\s+[a-z]")
_CUED_PREVIOUS_BEFORE = _Cued(_PREVIOUS_BEFORE, re.compile("from|compared|against|versus|vs|previous|prior|earlier|former|add|before"))
_CUED_FROM_BEFORE = _Cued(_FROM_BEFORE, re.compile("from"))
_CUED_CHANGE_BEFORE = _Cued(
    _CHANGE_BEFORE,
    re.compile(
        "up|down|rose|fell|ris|fall|creas|grew|grow|climb|drop|jump|slip|gain|lost|declin|surg|soar|plung|slump|add|shed|"
        "cut|rais|lift|lower|by|premium|discount"
    ),
)
_CUED_CHANGED_BY_BEFORE = _Cued(_CHANGED_BY_BEFORE, re.compile("by"))
_CUED_PART_BEFORE = _Cued(_PART_BEFORE, re.compile("including|which|whom|among|such|plus|rest|remaining|first|next|last"))
# "Priory Road pool accounted for 176,000 swims": one piece of a whole told
# beside it (a share, "accounted for 41% of sales", is read as one of its whole).
# "two long-serving guides, between them responsible for more than 3,000
# walks": what a few of them did together, a part of what all did ("our
# three shops, between them" may be all of them: a possessive is left alone).
_SOME_BETWEEN_THEM_BEFORE = re.compile(
    r"(?<!\bour )(?<!\bits )(?<!\btheir )(?<!\ball )\b(?i:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d{1,3})\s+"
    r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s,?\s+(?:who\s+|which\s+)?between\s+them\b[^,.;:]{0,50}$"
)
_ACCOUNTED_FOR_BEFORE = re.compile(
    r"\b(?:accounted|accounts|account)\s+for\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE
)
_CUED_SINCE = _Cued(_SINCE, re.compile("since|far|date|now"))
_CUED_SCOPE_BEFORE = _Cued(_SCOPE_BEFORE, re.compile("total|cumulative|combined|altogether|told|date|overall"))
_CUED_TOTAL_NEAR = _Cued(_TOTAL_NEAR, re.compile(r"total|cumulative|combined|altogether|date|\ball\b"))
_CUED_ADDITIONAL_BEFORE = _Cued(_ADDITIONAL_BEFORE, re.compile("option|another|further|extra|add"))
_CUED_PER_BEFORE = _Cued(
    _PER_BEFORE,
    re.compile(
        "resident|head|person|capita|household|home|customer|user|subscriber|passenger|share|tonne|unit|employee|bed|"
        "patient|student|pupil|visitor|guest|room|seat|ticket|litre|liter|kilo|barrel|bottle|ounce|vehicle|car|store|shop|each"
    ),
)
# Every phrase each of ``_PHASE``, ``_ROUND`` and ``_SUB_PERIOD`` finds holds one of these.
_PHASE_CUES = re.compile("phase|tranche|clos|stage|instal|part|lot")
_ROUND_CUES = re.compile("seed|series")
_SUB_PERIOD_CUES = re.compile(r"quarter|months|weeks|days|half|interim|\b(?:q[1-4]|h[12]|9m)\b")


class Qualified(NamedTuple):
    place: str | None  # "12 routes from Shannon": a count of one place's share
    round: str | None
    phase: str | None
    scope: str | None
    role: str | None  # "previous", "change", "part", "total", "rate", "ratio", "threshold", or None
    per: str | None
    period: str | None = None  # "quarter", "half", "nine months": a flow over part of a year
    # The scope is "additional" only because a deal's verb stands before the
    # count ("bought 40 stores"): a batch, unless selling is the measure itself.
    moved_by_deal: bool = False


_REACH = 300

# What a count of people or bodies opening its sentence did once: "Two
# associations asked us", "Eleven members wrote in", "40 parents objected".
_DID_SOMETHING_AFTER = re.compile(
    r"\s+(?:(?:also|then|later|each|all|both|have|had)\s+)?(?:asked|wrote|told|complained|replied|responded|objected|"
    r"contacted|called|emailed|phoned|applied|attended|voted|signed|left|joined|withdrew|declined|refused|agreed|"
    r"questioned|turned\s+up|took\s+part|spoke|came\s+forward|got\s+in\s+touch)\b"
)
_OPENING_MARKS = " \t\"'\u201c\u2018*-\u2022"
# A count said to be of one of several: "420 vehicles on its own", "... by themselves".
_ON_ITS_OWN_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:on\s+(?:its|their|her|his)\s+own|by\s+(?:itself|themselves))\b")


def qualify(
    text: str,
    start: int,
    end: int,
    clause: tuple[int, int],
    kind: str,
    sentence_figures: int,
    counted: str | None = None,
    siblings: Sequence[tuple[int, int, str, str | None]] = (),
) -> Qualified:
    """The qualifiers and role of the figure at ``text[start:end]``.
    ``siblings``: (start, end, kind, unit) of the sentence's other figures."""
    # The clause around the figure, within a reach no cue of it goes beyond:
    # a sentence of hundreds of figures is read in time linear in its length.
    before = text[max(clause[0], start - _REACH) : start]
    after = text[end : min(clause[1], end + _REACH)]
    near_before = before[-60:]
    low_before = _ascii_lowered(before)
    low_near = low_before[-60:] if low_before is not None else None
    role = None
    conversion_reach = text[max(0, start - 40) : start]
    if kind == "count" and _EVERY_BEFORE.search(near_before):
        role = "ratio"  # "one adult for every eight children": a ratio's term, no count of them
    elif (_BOUND_OPENING.match(text, start, end) or _BOUND_AFTER.match(after)) and _CLASS_BEFORE.search(near_before):
        role = "threshold"  # "a reduced rate on loans above £1,000": which loans, no loan's size
    elif "(" in conversion_reach and _EARLIER_IN_BRACKETS.search(conversion_reach):
        role = "previous"  # "EUR 2.40 per share (2023: EUR 2.25)": the earlier period's figure
    elif "(" in conversion_reach and _CONVERSION_BEFORE.search(conversion_reach):
        role = "conversion"  # "€268.9m (US$332 million)": the same sum in another currency
    elif (
        _TARGET_AFTER.match(after)
        or _CUED_TARGET_BEFORE.search(near_before, low_near)
        or _CUED_GOAL_BEFORE.search(before[-140:], low_before[-140:] if low_before is not None else None)
        or _CUED_DEAL_BRINGS_TO.search(before, low_before)
        or _CUED_PURPOSE_BRINGS_TO.search(before, low_before)
    ):
        # "Our EUR 78 target", "a price target of $120", "The deal lifts the
        # group's capacity to about 59 million", "to lift annual output to 2.5
        # GW": a level aimed at, no fact of today.
        role = "target"
    elif _CUED_CONDITIONAL.search(before, low_before):
        role = "conditional"  # "would have been fined $13.8 billion": a sum that was not
    elif _CUED_PEAK_BEFORE.search(before, low_before):
        # "at the peak of the summer season, with casual riggers, our
        # headcount reached 480": the highest level of a period, no level at
        # its end or on an ordinary day.
        role = "peak"
    elif (
        _CUED_PREVIOUS_BEFORE.search(near_before, low_near)
        or (_CUED_FROM_BEFORE.search(near_before, low_near) and _TO_AFTER.match(after))
        or (_PREVIOUS_AFTER.match(after) and not _last_year_alone(after, start, end, kind, siblings, counted))
        # (", after" opens a clause of its own: read across it; "after EUR 5
        # million of write-downs" is a sum of its own.)
        or ("after" in conversion_reach and _after_a_figure(text, start, kind, siblings) and not after.startswith(" of "))
    ):
        role = "previous"
    elif kind == "percent" and (_CUED_CHANGE_BEFORE.search(near_before, low_near) or _CHANGE_AFTER.match(after)):
        role = "change"
    elif _CUED_CHANGED_BY_BEFORE.search(near_before, low_near):
        role = "change"  # "cut its production by 600,000 barrels": how much it moved, not the level
    elif _CUED_PART_BEFORE.search(near_before, low_near) or (kind != "percent" and "account" in near_before and _ACCOUNTED_FOR_BEFORE.search(near_before)):
        role = "part"
    elif (
        sentence_figures > 1
        and _FOR_PART.match(after)
        and not _FOR_PERIOD.match(after)
        # "operating profit of EUR 38 million on revenue of EUR 412 million":
        # what the profit was made on, no list it is a part of.
        and not _ON_SALES.match(after)
        # "38,500 cars on the road and desks at 22 airports": where things
        # are; "EUR 9 million on spare parts" is what money went on.
        and (kind == "money" or not _ON_AFTER.match(after))
        and re.search(r"\b(?:and|plus|with)\b", after)
        and _another_for_part_after(text, start, end, kind, siblings)
    ):
        role = "part"
    elif _listed(text, start, end, clause, kind, siblings):
        role = "part"  # "£5.35 for adults and £4.45 for 18-21 year olds": members of a list
    elif kind == "money" and _PAID_FIRST_AFTER.match(after):
        role = "part"  # "£5.3m in cash up front": the price's first payment, more may follow
    elif kind == "money" and _OWN_SHARE_AFTER.match(after):
        role = "part"  # "spent EUR 44 million of its own money on the plant": its share, aid aside
    elif kind == "count" and _DID_SOMETHING_AFTER.match(after) and not before.strip(_OPENING_MARKS):
        # "Two associations asked us to point out ...", "Eleven members
        # wrote in": some of them, doing one thing, no count of all it has.
        role = "part"
    elif "between them" in before and _SOME_BETWEEN_THEM_BEFORE.search(before):
        role = "part"
    elif kind in ("count", "quantity") and _ON_ITS_OWN_AFTER.match(after):
        # "Our biggest site ... looks after 420 vehicles on its own": one
        # site's or member's share of what all hold.
        role = "part"
    elif kind in ("count", "quantity") and _OF_ANOTHERS_AFTER.match(after):
        # "the hub handled 0.61 million TEU of the carrier's boxes": only
        # that owner's things, a part of all the hub handled.
        role = "part"
    scope = None
    moved_by_deal = False
    # "Since 1990 we have thatched 5,000 roofs", "have thatched more than
    # 5,000 roofs since Walter Pargeter set up": a running total.
    cumulative = bool((_CUED_SINCE.search(before, low_before) or _SINCE_AFTER.match(after)) and _PERFECT.search(before)) or bool(
        # "it's over 30,000 passes since we started": since its start, whatever the tense.
        _SINCE_ITS_START_AFTER.match(after)
    )
    if cumulative and _PRESENT_CONJUNCT_BEFORE.search(before):
        # "The site has been in use as an antiques centre since 1998 and
        # currently contains 96 dealer units": the figure's own conjunct
        # tells a level now, not a total since.
        cumulative = False
    if cumulative and "," in before:
        # "Frostline, which has been owned by Cranmore since 2018, sold 368
        # million bags in 2024": the aside's "since" is not the figure's.
        main = _RELATIVE_ASIDE.sub(",", before)
        if main != before:
            cumulative = bool(_SINCE.search(main) and _PERFECT.search(main))
    scope_before = _CUED_SCOPE_BEFORE.search(near_before, low_near)
    scope_after = _SCOPE_AFTER.match(after)
    if scope_before or scope_after or _CUED_TOTAL_NEAR.search(near_before, low_near) or cumulative:
        # A count "in total" adds up events (orders, jobs lost): a running
        # total, never the same fact as one batch. A sum "in total" is the
        # sum; "a combined £11.9 million" adds up several (seven practices
        # bought), never one of them.
        combined = any(m is not None and "combined" in m.group(0).casefold() for m in (scope_before, scope_after))
        scope = "cumulative" if kind == "count" or cumulative or combined else "total"
        if role == "part":
            role = None
    elif _CUED_ADDITIONAL_BEFORE.search(near_before, low_near) or (
        kind == "count" and (_ADDITIONAL_AFTER.match(after) or _ADDITIONAL_INSIDE.search(text, start, end))
    ):
        scope = "additional"
    elif kind == "count" and _TAKEN_OVER_BEFORE.search(near_before):
        scope, moved_by_deal = "additional", True
    elif kind == "count" and _OVER_A_SPAN_AFTER.match(after):
        # "It is 1,150 shelters over four years": what a span adds up to,
        # never a stock's size ("900 shelters in service").
        scope = "cumulative"
    per = None
    rate = _RATE_AFTER.match(after) or _CUED_PER_BEFORE.search(before, low_before)
    if rate:
        per = (rate.group("unit") or "unit").casefold()
        per = {"annum": "year", "ton": "tonne", "household": "home"}.get(per, per)
    phase_cue, round_cue, period_cue = _cues_in_clause(text, clause)
    phase = _nearest(_PHASE, text, start, end, clause) if phase_cue else None
    if phase is not None and _WHOLE_AFTER_PART.search(near_before):
        phase = None  # "the first instalment on the USD 1.2 billion order": the figure is the whole's
    if phase is None:
        labelled = _LOT_LABEL_BEFORE.search(text, max(0, start - 60), start) if "ot " in text[max(0, start - 60) : start] else None
        if labelled is not None:
            # "Lot 2 supplier: two apprenticeships": the label before the colon names the lot.
            phase = f"lot {labelled.group('number').casefold()}"
        elif kind == "money" and (_LOT_AFTER_FIGURE.match(after) or _LOT_BEFORE_FIGURE.search(near_before)):
            phase = "lot"
    if phase is None:
        stage = _stage_near(text, start, end, clause)
        if stage is not None:
            phase = "phase 1" if _STAGE_STARTS.match(stage) else "once complete"
    if phase is None and role is None and kind == "money" and _CUED_REVISED_OFFER.search(before, low_before):
        phase = "revised"
    if phase is None and _CUED_AS_FIRST_REPORTED.search(before, low_before):
        phase = "as first reported"
    round_label = _nearest(_ROUND, text, start, end, clause) if round_cue else None
    # "base two of its fleet of seven workboats at Swansea": the place is the
    # two's; the fleet is the whole, wherever its boats are.
    place = _place_after(after) if kind == "count" and not _WHOLE_OF_A_PART_BEFORE.search(near_before) else None
    sub_period = _nearest(_SUB_PERIOD, text, start, end, clause) if period_cue else None
    return Qualified(
        place=place,
        round=" ".join(round_label.casefold().split()) if round_label else None,
        phase=_phase_key(phase) if phase else None,
        scope=scope,
        role=role,
        per=per,
        period=_sub_period_key(sub_period) if sub_period and not rate else None,
        moved_by_deal=moved_by_deal,
    )


# A flow over part of a year, named without its date: "revenue for the
# quarter", "in the first half", "for the first nine months". A date names
# its own ("in the fourth quarter of 2024": see the claim's time).
_SUB_PERIOD = re.compile(
    r"\b(?:(?:for|in|during|over)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:quarter|three\s+months|half|six\s+months|nine\s+months)|quarterly|half-year(?:ly)?|"
    # ("£68.9m" holds no "9M": a figure's digits and point are no label's.)
    r"(?:first|second)[- ]half|interim|(?:first|past|last)\s+nine\s+months|Q[1-4]|H[12]|(?<![\d.,])9M|"
    # ("had been recorded in the first five weeks": a few weeks of a season.)
    r"(?:in|during|over|for)\s+(?:the|its|their)\s+(?:first|opening)\s+(?:few|two|three|four|five|six|seven|eight|ten|\d{1,2})\s+(?:days|weeks|months))\b",
    re.IGNORECASE,
)


# The same in a table's column or row label, where it is often abbreviated:
# "Q2 operating profit", "H1", "9M".
# "Six months to 30 June" over a table's year columns: each column a half, not its year.
_PART_OF_YEAR_LABEL = re.compile(
    r"\b(?:Q[1-4]|quarter(?:ly)?|H[12]|half(?:-year)?|(?<![\d.,])9M|(?:three|six|nine|(?<![\d.,])[369])[ -]months?)\b", re.IGNORECASE
)


def part_of_year_in_label(label: str) -> str | None:
    """The part of a year a column or row label names, as ``Qualifiers.period`` writes it."""
    match = _PART_OF_YEAR_LABEL.search(label)
    return _sub_period_key(match.group(0)) if match else None


# A label's part of a year by its number: "H1 2024", "Q3", "9M 2025".
_NUMBERED_PART_OF_YEAR = re.compile(r"\b(?:(?P<half>H[12])|(?P<quarter>Q[1-4])|(?<![\d.,])(?P<nine>9M))\b")


def period_end_month(label: str) -> int | None:
    """The month a numbered part of a year ends in ("H1 2024": June), where a
    stock told under it stands: an order book "H1 2024" is at 30 June."""
    match = _NUMBERED_PART_OF_YEAR.search(label)
    if match is None:
        return None
    if match.group("half"):
        return 6 * int(match.group("half")[1])
    if match.group("quarter"):
        return 3 * int(match.group("quarter")[1])
    return 9


# A report's kind in its title or lead: "Half-year results", "results for the first half of 2025".
_REPORT_WORDS = _Cued(
    re.compile(r"\b(?:results?|report|update|statement|figures|earnings)\b", re.IGNORECASE),
    re.compile("result|report|update|statement|figures|earnings"),
)
_PART_OF_YEAR_CODE = re.compile(r"\b(?:Q[1-4]|H[12]|(?<![\d.,])9M)\b")


def part_of_year_reported(text: str) -> str | None:
    """The part of a year a report's title or lead says it covers ("Half-year
    results", "its results for the first half of 2025", "Q3 2025 trading
    update"), as ``Qualifiers.period`` writes it; None for a full year or
    for a text that is no report."""
    if _REPORT_WORDS.search(text, _ascii_lowered(text)) is None:
        return None
    match = _SUB_PERIOD.search(text) or _PART_OF_YEAR_CODE.search(text)
    return _sub_period_key(match.group(0)) if match else None


# "Annual results 2024", "2024 annual report", "its results for 2024",
# "Annual report for the financial year 2024": the year a report covers.
_REPORTED_YEAR = re.compile(
    # ("Annual Market Survey 2025": a trade body's survey of its members' year.)
    r"\b(?:results|report|accounts|review|survey)\s+(?:for\s+(?:the\s+)?(?:(?:financial|fiscal|calendar)\s+)?(?:year\s+)?"
    # "results for the financial year ended 31 March 2024": the year it ends in.
    r"(?:(?:ended|ending|to)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?)?"
    r"(?:(?P<after>(?:19|20)\d\d)\b(?!\s*[-/])"
    # "results for the 2024/25 financial year": the year it ends in, as "FY2025" says.
    r"|(?P<split>(?:19|20)\d\d)[-/\u2013](?P<ends>\d\d)\b(?=\s+(?:financial|fiscal|season|year)\b))"
    r"|\b(?P<before>(?:19|20)\d\d)\s+(?:annual\s+|full[- ]year\s+|year[- ]end\s+)?(?:results|report|accounts|survey)\b",
    re.IGNORECASE,
)


def year_reported(text: str) -> int | None:
    """The one year a report's title or lead says it covers in full
    ("Annual results 2024", "published its results for 2024"); None for a
    part of a year, for several years or for a text that is no report."""
    said = year_reported_as_said(text)
    return said[0] if said is not None else None


def year_reported_as_said(text: str) -> tuple[int, str] | None:
    """``year_reported``, with the words that first say it ("results for the
    financial year ended 31 March 2025": the month a financial year ends in
    is told by them)."""
    if part_of_year_reported(text) is not None:
        return None
    said = {}
    for match in _REPORTED_YEAR.finditer(text):
        year = _year_of(match)
        if year is not None:
            said.setdefault(year, match.group(0))
    return next(iter(said.items())) if len(said) == 1 else None


def _year_of(match: re.Match[str]) -> int | None:
    """The year a ``_REPORTED_YEAR`` match names: a split year's second ("2024/25": 2025), when it follows the first."""
    if match.group("split"):
        first, ends = int(match.group("split")), int(match.group("ends"))
        return first + 1 if (first + 1) % 100 == ends else None
    return int(match.group("after") or match.group("before"))


# "the first half of 2025", "H1 2025", "Q3 2025": the year right after the part it names.
# ("Half-year report at 30 June 2025", "Interim report for the six months to
# 30 June 2025", "Half-year report 2025": the year of the day or the title it names.)
_YEAR_OF_PART = re.compile(
    r"\s*(?:(?:report|results|statement|accounts|update|financial\s+statements)\s+)?"
    r"(?:(?:at|to|for|ended|ending|as\s+at)\s+(?:the\s+(?:six|three|nine)\s+months\s+(?:to|ended)\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+\d{1,2},?\s+))?"
    r"(?:of\s+|,\s*)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-/])"
)
# "2025 half-year results", "2025 Q3": the year right before it.
_YEAR_BEFORE_PART = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+$")


def year_of_part_reported(text: str) -> int | None:
    """The year of the part of a year a report's title or lead says it
    covers ("Results for the first half of 2025", "H1 2025 trading update",
    "2025 half-year results"); None when it names none, or several."""
    if _REPORT_WORDS.search(text, _ascii_lowered(text)) is None:
        return None
    years = set()
    for match in (*_SUB_PERIOD.finditer(text), *_PART_OF_YEAR_CODE.finditer(text)):
        after = _YEAR_OF_PART.match(text, match.end())
        before = _YEAR_BEFORE_PART.search(text, max(0, match.start() - 6), match.start())
        found = after or before
        if found is not None:
            years.add(int(found.group("year")))
    return years.pop() if len(years) == 1 else None


_OPENING_SPAN = re.compile(r"\b(?:first|opening)\s+(?P<count>\S+)\s+(?P<unit>days|weeks|months)$")


def _sub_period_key(text: str) -> str:
    """"quarter", "half" or "nine months" for what names the part of a year."""
    folded = text.casefold()
    opening = _OPENING_SPAN.search(folded)
    if opening is not None and opening.group("count") not in ("three", "3", "six", "6", "nine", "9"):
        return "first " + opening.group("unit")  # "in the first five weeks": some weeks, no quarter
    if "nine" in folded or folded in ("9m", "9 months", "9-months", "9 month", "9-month"):
        return "nine months"
    if "half" in folded or "six" in folded or folded.startswith("6") or "interim" in folded or folded in ("h1", "h2"):
        return "half"
    return "quarter"


# A figure told of a first stage or of the finished whole, not of now:
# "two filling lines that will initially turn out 600 million capsules a
# year", "1.2 billion capsules a year once all four filling lines are
# installed". The first is a first phase's; the second is the whole's when built.
_STAGE = re.compile(
    r"\b(?:initially|at\s+first|to\s+begin\s+with|in\s+its\s+first\s+year)\b"
    r"|\b(?:once|when)\s+(?:all\b|fully\b|(?:it|they)\s+(?:is|are)\s+fully\b|(?:it|they|the\s+\w+)\s+(?:is|are)\s+(?:complete|completed|finished)\b)",
    re.IGNORECASE,
)
_STAGE_STARTS = re.compile(r"initially|at\s+first|to\s+begin|in\s+its\s+first", re.IGNORECASE)
# How far from the figure a stage is told, in characters: a few words.
_STAGE_BEFORE, _STAGE_AFTER = 40, 40


def _stage_near(text: str, start: int, end: int, clause: tuple[int, int]) -> str | None:
    """A stage told a few words before the figure ("will initially turn
    out") or right after it ("a year once all four lines are installed"),
    in its clause. Only those few words are read: a sentence of many
    figures is not read again for each."""
    before = _STAGE.search(text, max(clause[0], start - _STAGE_BEFORE), start)
    if before is not None:
        return before.group(0)
    after = _STAGE.search(text, end, min(clause[1], end + _STAGE_AFTER))
    return after.group(0) if after is not None else None


@functools.lru_cache(maxsize=64)
def _cues_in_clause(text: str, clause: tuple[int, int]) -> tuple[bool, bool, bool]:
    """Whether a clause may hold a phase, a round and a part of a year, as
    ``_Cued`` tells it: a clause in ASCII without a cue of one holds none.
    Read once per clause (a string keeps its hash), not once per figure: a
    sentence of thousands of figures was read again for each of them."""
    low = _ascii_lowered(text[clause[0] : clause[1]])
    if low is None:
        return True, True, True
    return (
        _PHASE_CUES.search(low) is not None,
        _ROUND_CUES.search(low) is not None,
        _SUB_PERIOD_CUES.search(low) is not None,
    )


def _nearest(pattern: re.Pattern[str], text: str, start: int, end: int, clause: tuple[int, int]) -> str | None:
    """The match of ``pattern`` in the clause nearest the figure, within a few
    words (the earlier of two as near). Only the figure's neighbours are
    looked at (see ``nearby``)."""
    found = clause_matches(pattern, text, clause)
    before, after = split_around(found, start, end)
    best: tuple[int, int] | None = None  # (distance, index)
    for index in range(before - 1, -1, -1):
        distance = words_before(text, found[index].end, start, _NEAR_WORDS)
        if distance > _NEAR_WORDS:
            break
        best = min(best or (distance, index), (distance, index))
    for index in range(before, after):  # overlapping the figure
        best = min(best or (0, index), (0, index))
    for index in range(after, len(found)):
        distance = words_after(text, end, found[index].start, _NEAR_WORDS)
        if distance > _NEAR_WORDS:
            break
        best = min(best or (distance, index), (distance, index))
    return found[best[1]].text if best else None


_NEAR_WORDS = 6


_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "i": "1", "ii": "2", "iii": "3", "iv": "4",
            "first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "4th": "4",
            "initial": "1", "opening": "1", "final": "final", "last": "final"}  # fmt: skip


def paragraphs_lot(text: str, start: int) -> str | None:
    """The lot a paragraph opens on, for a figure at ``start`` in it ("II.2 Lot
    1 - Doncaster and Dearne. Estimated activity: around 145,000 journeys"):
    a tender's lots are parts of it, each with its own figures."""
    paragraph = text.rfind("\n", 0, start) + 1
    labelled = _LOT_OPENS_PARAGRAPH.match(text, paragraph, start)
    return f"lot {labelled.group('number').casefold()}" if labelled is not None else None


def _phase_key(phrase: str) -> str:
    """One spelling for one phase: "first phase" = "phase one" = "phase 1"."""
    match = _PHASE.fullmatch(phrase)
    if match is None:
        return phrase.casefold()
    if match.group("ordinal"):
        kind = match.group("kind").casefold()
        number = _NUMBERS.get(match.group("ordinal").casefold(), match.group("ordinal").casefold())
    else:
        kind = match.group("kind2").casefold()
        number = _NUMBERS.get(match.group("number").casefold(), match.group("number").casefold())
    kind = {"closing": "close", "installment": "instalment"}.get(kind, kind)
    return f"{kind} {number}"
