"""Whose figure is it, for what, and towards whom.

Given the figures, names and event triggers of one sentence, decide for each
figure its subject (who raised, paid, pledged or owns it), its event, its
object (acquisition target, beneficiary, round label), its purpose and its
tense. The rules follow the sentence's surface structure: clauses, a
possessive before the figure, a name right before a parenthesised figure,
"respectively" lists, and the event lexicon's prepositions.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Callable, NamedTuple, Sequence

from auditor.document.coreference import FRONTED_PARTICIPLE_PHRASE, FRONTED_PHRASE
from auditor.extract.attributes import founding_cue_before, founding_participles_name
from auditor.extract.entities import Mention
from auditor.extract.mentions import GOVERNMENT_OF
from auditor.units import same_dimension
from auditor.extract.events import (
    EventLexicon,
    Trigger,
    clause_of,
    clauses,
    is_future,
    nearest_trigger,
    words_between,
)

_ROUND_LABEL = re.compile(
    r"\b(?:(?P<series>[Ss]eries\s+[A-H]\d?(?:[-\s](?:extension|prime))?)|(?P<seed>(?:pre-)?seed(?=\s+(?:round|funding|financing|stage))))\b"
)
# Every match of _ROUND_LABEL holds one of these: a clause without them is not searched.
_ROUND_LABEL_WORDS = ("eries", "seed")
# A name opening a description: "the Limoges porcelain maker,".
# ", the Jerte valley cooperative of nearly 600 growers,", ", the Logroño
# cooperage run by Lucía Ortega,": a description of the name before it.
_DESCRIBED_BY_PLACE = re.compile(
    r"(?:[-\s]based)?(?:\s+(?:[a-z][\w-]*|\d[\d,.]*)){1,8}"
    r"(?:\s+(?:run|owned|led|controlled|chaired|managed|founded|set\s+up)\s+by\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})?\s*[,;]"
)
_UNNAMED_RELATIVE = re.compile(r"(?<=[a-z]), (?:who|which|whose) (?=[a-z])")
# Where a name is, set off before a relative clause: ", near Eindhoven", ", in northern Portugal".
_WHERE_BEFORE_RELATIVE = re.compile(
    r"(?:,\s+|\s+)(?:near|in|of|from|outside|just\s+outside|close\s+to|(?:north|south|east|west)\s+of)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}$"
)

# "The Brinkhorst company": a name between "the" and one noun.
# "The Brinkhorst company,", "its Vejle factory,", "Orsa's Lund plant,": a
# determiner or an owner before a name its one noun follows.
_THE_BEFORE_NAME = re.compile(r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[A-Z][\w-]*['\u2019]s)\s+$")
# The one noun after the name, a town's state or country before it: "the
# Lewiston, Maine plant".
_ONE_NOUN = re.compile(r"(?:,\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?\s+[a-z]+")
# The words of a thing after its owner's "its": "new tunnel kiln".
_OWNED_THING = re.compile(r"(?:\s+[a-z][\w-]*){1,4}")
# A named owner's thing: "Barkwell Boarding's six Lincolnshire kennels".
_NAMED_OWNERS_THING = re.compile(r"(?:['\u2019]s?)?(?:\s+(?:[a-z][\w-]*|[A-Z][a-z]+|\d[\d,]*)){0,3}\s+[a-z][\w-]*")

# An appositive set off before a relative clause: ", the Lithuanian maker".
_DESCRIBED_BEFORE_RELATIVE = re.compile(r",\s+(?:the|a|an)\s+[A-Za-z][\w'\u2019-]*(?:\s+[A-Za-z][\w'\u2019-]*){0,4}$")

# A speaker's label a transcript's turn may open with: "BALJIT SOHAL: ".
_SPEAKERS_LABEL = r"(?:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}:\s+)?"
# A clause opening on "For", after a speaker's label if any: "For the Steel City 10K ...".
_FOR_OPENING = re.compile(r"\W*" + _SPEAKERS_LABEL + r"For\s")
_AGENT_WORDS = re.compile(r"(?<!\w)(?:by|from|with|of|to|into|against|than|at|versus|vs\.?|over)(?!\w)", re.IGNORECASE)
# A deal's noun and what it is for, then what it is worth, right before the figure.
_PURPOSE_BEFORE_WORTH = re.compile(
    r"\b(?:contract|deal|agreement|order|concession|tender|mandate)\s+(?P<prep>to|for)\s+(?P<purpose>[^,.;:()]{3,120}?)"
    r",?\s+(?:worth|valued\s+at)\s+(?:(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|over|an\s+estimated)\s+)?$"
)
_PURPOSE = re.compile(
    r"\s*(?:,\s*)?(?:in\s+(?:new\s+|fresh\s+|additional\s+)?(?:funding|financing|capital|investment)s?\s+)?"
    # "237 orders and commitments for the 787", "five orders from two customers for the 777":
    # a second noun or the parties, then what the figure is for.
    # ("a £6.8 million contract from Norfolk County Council to haul de-icing salt": the customer, then what it is for.)
    r"(?:(?:and\s+[a-z]+|from\s+(?:[\w-]+\s+){1,3}?)\s*(?=for\s|to\s+[a-z]))?"
    # ("will invest EUR 45 million at its Matosinhos brewery": where, the site it goes to.)
    # (Whole words: "including" opens no purpose "in".)
    r"(?P<prep>(?:to|toward|towards|for|into|on|in)\b|at\s+(?=(?:its|their|our|the)\s+[A-Z]))\s*(?P<purpose>[^,.;:()]{3,})"
)
# ("on a canning line and has guided to flat volumes": the next clause is no part of what for.)
# A clause opening on what its deed was for, then "we", "it" or "they" and a
# verb: "For last year's Steel City 10K we made" (after a speaker's label, if any).
PURPOSE_PUT_FIRST = re.compile(r"\W*" + _SPEAKERS_LABEL + r"For\s+(?P<purpose>[^,.;:()]{3,80}?)\s+(?:we|it|they)\s+[a-z]+\b")
_PURPOSE_STOP = re.compile(
    r"\s(?:while|whereas|but|which|respectively|since|when|after|until)\b|\s-\s|\s\u2014"
    r"|\sand\s+(?:has|have|had|is|are|was|were|will|would|expects?|plans?)\b"
)
_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# Parts of a purpose phrase that say when or which round, not what for.
_PURPOSE_NOISE = re.compile(
    r"\b(?:(?:in|during|by|since)\s+(?:(?:early|mid|late)[-\s])?(?:[A-Z][a-z]+\.?\s+)?\d{4}"
    # "a $135 million Series C in June": a month says when, not what for.
    rf"|(?:in|during|by|since)\s+(?:(?:early|mid|late)[-\s])?{_MONTH}\b"
    r"|(?:a|an|the|its)?\s*(?:(?:[Ss]eries\s+[A-H]\d?|(?:pre-)?seed)\s*(?:round|funding|financing)?|round)(?=\s|$))"
)
_FILLER_PURPOSE = re.compile(
    r"^(?:(?:new|fresh|additional|its|their|a|an|the)\s+)*(?:funding|financing|capital|round|cash|total|all|stock|cash and stock)s?$"
    # "840 orders to date": how far the count runs, not what it is for.
    r"|^date\b"
    # "22,600 kayaks in the year", "in the same period": when, not what for.
    r"|^(?:the|this|that|each|every|its|their|our)\s+(?:same\s+|last\s+|past\s+|whole\s+|full\s+)?(?:(?:19|20)\d\d(?:[/-]\d\d)?\s+)?(?:financial\s+|fiscal\s+|calendar\s+)?(?:year|quarter|half|period|month|season)s?\b"
    # "a Series C round led by Solent Ventures": who led it, not what it is for.
    r"|^(?:(?:co-)?led|backed|headed|underwritten|provided|arranged)\s+by\b"
    rf"|^(?:(?:early|mid|late)[-\s])?{_MONTH}(?:\s+\d{{4}})?$",
    re.IGNORECASE,
)
# Irregular past forms that are no present form and no common noun ("wove",
# "spun"; not "cut", "set" or "felt").
_IRREGULAR_PAST_FORMS = (
    "began bought sold spent paid won lost made built took brought held grew broke went came rose fell "
    "wove spun wrote drove flew ran sank froze rode threw drew kept sent lent stood fought caught taught sought "
    "dealt dug struck shook rang sang became overtook undertook withdrew gave chose forgot wore bore hid bred"
).split()
# A finite past verb after its subject: "opened", "was connected", "moved".
_PAST_VERB = re.compile(
    r"(?:\b(?:was|were|had)\s+\w+(?:ed|en|t)\b|(?<=\s)(?!(?:need|speed|seed|feed|bed|red|based|led)\b)[a-z]+ed\b(?!\s+by\b)"
    r"|\b(?:" + "|".join(_IRREGULAR_PAST_FORMS) + r")\b)"
)
_PAST_IRREGULAR = frozenset(_IRREGULAR_PAST_FORMS) | frozenset("raised put cut led got".split())


class FigureSlot(NamedTuple):
    """A figure located in the sentence, as attribution sees it."""

    start: int
    end: int
    kind: str
    unit: str | None = None  # physical quantities only: the canonical pint unit


class Attribution(NamedTuple):
    subject: Mention | None
    event: str | None
    object_name: str | None = None
    object_type: str | None = None
    object_surface: str | None = None
    purpose: str | None = None
    role: str | None = None
    tense: str | None = None



def _overlap_test(figures: Sequence[FigureSlot]) -> Callable[[int, int], bool]:
    """Whether a span overlaps one of the figures, in logarithmic time: the
    figures sorted by start, with the furthest end reached so far (a
    sentence of many figures and names once compared every name with every
    figure)."""
    ordered = sorted((f.start, f.end) for f in figures)
    starts = [start for start, _ in ordered]
    furthest = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        # Figures starting before the span ends overlap it if one ends after it starts.
        k = bisect.bisect_left(starts, end)
        return k > 0 and furthest[k - 1] > start

    return overlaps

def attribute(
    text: str,
    figures: Sequence[FigureSlot],
    mentions: Sequence[Mention],
    triggers: Sequence[Trigger],
    lexicon: EventLexicon,
    *,
    heading: bool = False,
    spans: list[tuple[int, int]] | None = None,
) -> list[Attribution]:
    """One attribution per figure, in the order of ``figures``.

    ``spans`` are the sentence's clauses when the caller has them already.
    """
    if not figures:
        return []
    spans = spans if spans is not None else clauses(text, lexicon)
    tenses: dict[tuple[tuple[int, int], Trigger | None], str] = {}
    clause_tenses: dict[tuple[int, int], tuple[bool, bool | None]] = {}
    relative_starts: list[int] | None = None
    # A name overlapping a figure is no name ("530 MW Gullmyr" is read apart);
    # a description around one is ("The €1.08bn complex").
    overlaps = _overlap_test(figures)
    names = [m for m in mentions if m.via == "description" or not overlaps(m.start, m.end)]
    examples = _listed_examples(text, names)
    candidates = [m for m in names if not m.demonym and m.actor and m.start not in examples]
    # A gapped conjunct's name is its subject even where it does not act
    # by its own verb ("Sweden has 21.4% and Norway 14.3%").
    gapped_candidates = [m for m in names if not m.demonym and m.start not in examples and m.via in _NAMED_VIAS]
    distributed = _respectively(text, figures, candidates, spans)
    results: list[Attribution] = []
    owners: list[tuple[FigureSlot, Attribution]] = []
    for index, figure in enumerate(figures):
        clause = clause_of(spans, figure.start)
        trigger = nearest_trigger(text, triggers, figure.start, figure.end, clause, lexicon, figure.kind)
        event = trigger.event if trigger else _default_event(figure, lexicon)
        # Figures of one clause share its tense: ask once. A figure inside a
        # relative clause set off by commas has that clause's tense ("The
        # airline, which carried 21.4 million passengers last year, will fly").
        tense = tenses.get((clause, trigger))
        if tense is None:
            tense = tenses[(clause, trigger)] = _tense(text, clause, trigger, lexicon, clause_tenses)
        narrow = _relative_clause_around(text, figure, clause)
        if narrow is not None and (tense == "future") != bool(is_future(text, narrow, lexicon)):
            tense = _tense(text, narrow, trigger, lexicon)
        elif tense == "future" and not _future_for(text, figure, clause, lexicon):
            tense = _told_tense(text, clause, trigger)
        purpose = _purpose(text, figure, trigger)

        parenthesised_owner = _parenthesised_owner(text, figure, candidates)
        if parenthesised_owner is not None:
            owner = next((a for f, a in reversed(owners) if f.end <= figure.start and a.event == event), None)
            attribution = Attribution(
                subject=parenthesised_owner,
                event=event,
                object_name=owner.subject.name if owner and owner.subject else None,
                object_type=owner.subject.type if owner and owner.subject else None,
                object_surface=owner.subject.surface if owner and owner.subject else None,
                role="participant",
                tense=tense,
            )
            results.append(attribution)
            continue

        subject = distributed.get(index)
        if subject is None:
            subject = _aside_subject(text, figure, candidates)
        if subject is None:
            subject = _winner_of_a_gerund(text, figure, trigger, names, lexicon)
        role = None
        if subject is None and figure.kind == "date":
            subject = _founded_name(text, figure, candidates)
        if subject is None and figure.kind in ("count", "quantity"):
            subject = _appositives_name(text, figure, candidates, clause)
        if subject is None:
            subject = _modified_name(text, figure, candidates, clause)
        if subject is None:
            subject = _chosen_holder(text, figure, trigger, candidates, lexicon)
        if subject is None and event == "contract":
            subject = _agent_under_a_deal(text, figure, candidates, clause)
        if subject is None:
            subject = _receiving_subject(text, figure, trigger, candidates, clause, lexicon)
        if subject is None and trigger is not None and trigger.event in _COSTS_OF_A_DEAL:
            awarded = _awarded_before_its_cost(text, figure, trigger, triggers, candidates, clause, lexicon)
            if awarded is not None:
                # "that the contract be awarded to ParkSure Ltd for seven years
                # at a total cost of £4.8 million": what the buyer pays is the
                # deal's value, and the party it was awarded to holds it.
                subject, event = awarded
        if subject is None and not _customer_of_a_won_deal(text, trigger, candidates, clause, lexicon):
            subject = _possessive_owner(text, figure, trigger, candidates, clause)
        if subject is None:
            subject = _gapped_subject(text, figure, gapped_candidates)
        if subject is None:
            subject = _relative_clause_owner(text, figure, candidates)
        if subject is None:
            subject = _object_relative_subject(text, figure, candidates, clause)
        if subject is None:
            subject = _fronted_with_owner(text, figure, candidates)
        if subject is None:
            if relative_starts is None:
                # Where each ", who" or ", which" starts: found once per sentence, not per figure.
                relative_starts = [match.start() for match in _UNNAMED_RELATIVE.finditer(text)]
            subject, role = _clause_subject(text, figure, candidates, clause, spans, relative_starts)
        if subject is None and figure.kind == "count" and not any(clause[0] <= m.start < figure.start for m in names):
            # (Not "Edinburgh alone is 1,900 beds across our five hostels": a place's share.)
            subject = _first_person_owner_after(text, figure, candidates, clause)
        if subject is not None and role is None and trigger is not None and lexicon.kinds[trigger.event].agent_holds:
            agent = _passive_agent(text, subject, figure, candidates)
            if agent is not None:
                subject = agent
        if subject is not None:
            subject = possessed(text, subject, candidates)
        if subject is not None and subject.possessive and _others_act(text, subject, figure, clause, lexicon):
            subject = None  # "our customers run fleets of thirty balloons": the customers', no one named
        if subject is not None and subject.possessive:
            subject = _others_named(text, subject, figure, candidates, lexicon) or subject
        if (
            subject is not None
            and role is None
            and event == "funding-round"
            and subject.end <= figure.start
            and lexicon.round_investor.match(text[subject.end : figure.start])
        ):
            role = "participant"  # "persuaded Halbach Ventures to lead a EUR 22 million Series A": an investor's share in it
        if heading and subject is not None and not subject.known:
            subject = None
        if subject is None and owners:
            subject = _restated_holder(text, figure, event, owners[-1])

        obj = _event_object(text, figure, trigger, names, clause, lexicon, subject, triggers)
        if obj is not None and subject is not None and subject.name == obj[0] and subject.end <= figure.start and trigger is not None and trigger.is_noun:
            subject = None  # "The Marlowe acquisition ... cost it £16.2m": what was bought is not who bought it
        if obj is not None and subject is not None and trigger is not None and _passive_target(text, trigger, subject, lexicon):
            # "Cipher Rooms, the Newcastle chain, was bought last summer by
            # Manchester rival Enigma Quest for £4.2m": the name after "by"
            # is who bought, the subject what was bought.
            agent = _agent(text, trigger, candidates, clause, reach=3)
            if agent is not None and agent.name == obj[0] and agent.name != subject.name:
                obj = (subject.name, subject.type, subject.surface)
                subject = agent
        if obj is None and subject is not None and _passive_target(text, trigger, subject, lexicon):
            # "Brookmere Diagnostics, acquired in 2024 for GBP 95 million": the
            # subject is what was bought; who bought it is not said here.
            obj = (subject.name, subject.type, subject.surface)
            subject = _agent(text, trigger, candidates, clause) if trigger is not None else None
        attribution = Attribution(
            subject=subject,
            event=event,
            object_name=obj[0] if obj else None,
            object_type=obj[1] if obj else None,
            object_surface=obj[2] if obj else None,
            purpose=purpose,
            role=role,
            tense=tense,
        )
        results.append(attribution)
        owners.append((figure, attribution))
    return results


# A sentence that opens on a phrase of "with" set off by a comma: "With 68
# buses on the road and 312 colleagues, we are ...".
_WITH_OPENS = re.compile(r"\s*(?:(?:And|But|Now|Today),?\s+)?With\s", re.IGNORECASE)
_NO_CLAUSE_IN_PHRASE = re.compile(r"[;:.]|,\s+(?:and|but|while|which|who)\b")


def _fronted_with_owner(text: str, figure: FigureSlot, candidates: Sequence[Mention]) -> Mention | None:
    """Who has what a fronted phrase of "with" counts: the clause's subject
    right after its comma ("With 68 buses on the road and 312 colleagues,
    we are still small"; "With 40 shops, Tansley's is ...")."""
    opening = _WITH_OPENS.match(text)
    if opening is None:
        return None
    comma = text.find(",", figure.end)
    if comma < 0 or _NO_CLAUSE_IN_PHRASE.search(text, opening.end(), comma):
        return None
    after = comma + 1 + len(text[comma + 1 :]) - len(text[comma + 1 :].lstrip())
    owner = next((m for m in candidates if m.start == after), None)
    if owner is None or owner.possessive or owner.type not in ("organisation", "unknown") or text.startswith(("'", "\u2019"), owner.end):
        return None  # ("With EUR 67 million of equity, the plant's funding is complete": no owner)
    return owner


def _first_person_owner_after(text: str, figure: FigureSlot, candidates: Sequence[Mention], clause: tuple[int, int]) -> Mention | None:
    """The writer's own possessive a few words after a count no name
    before it holds: "Today 118 people work across our six offices" are the
    writer's people."""
    owner = next((m for m in candidates if m.start >= figure.end), None)
    if owner is None or owner.via != "first person" or not owner.possessive or owner.start >= clause[1]:
        return None
    return owner if words_between(text, figure.end, owner.start) <= _OWNER_AFTER_WORDS else None


# How many words may stand between a count and the writer's possessive after it ("work across our").
_OWNER_AFTER_WORDS = 3


def _others_named(text: str, owner: Mention, figure: FigureSlot, candidates: Sequence[Mention], lexicon: EventLexicon) -> Mention | None:
    """The name of the owner's others, written right after them, before
    the figure: "Our neighbours Riverlea Community Leisure, which runs 11
    centres, recorded 3.2 million visits" are Riverlea's visits."""
    found = lexicon.owners_others_named.match(text, owner.end)
    if found is None or found.end() >= figure.start:
        return None
    named = next((m for m in candidates if m.start == found.end()), None)
    if named is None or named.possessive or named.type in ("place", "country", "person") or named.end > figure.start:
        return None
    return named


def _others_act(text: str, owner: Mention, figure: FigureSlot, clause: tuple[int, int], lexicon: EventLexicon) -> bool:
    """Whether the owner's possessive stands before others of its (its
    customers, its rivals) who act in the figure's clause by their own verb,
    before the figure."""
    found = lexicon.owners_others.match(text, owner.end)
    return found is not None and clause[0] <= owner.start and found.end() <= figure.start


def _winner_of_a_gerund(
    text: str, figure: FigureSlot, trigger: Trigger | None, names: Sequence[Mention], lexicon: EventLexicon
) -> Mention | None:
    """"Winning the Clyde Gateway job, the £5.75m bridge contract, was huge
    for us": a held deal opened by a gerund of winning is the speaker's, the
    one the sentence's first person stands for (the name inside the deal's
    words is what it is for; the gerunds are ``deal_won_gerunds``)."""
    if trigger is None or not lexicon.won_opening.match(text):
        return None
    kind = lexicon.kinds.get(trigger.event)
    if kind is None or not kind.agent_holds:
        return None
    return next((m for m in names if m.via == "first person" and m.start > figure.end), None)


def _aside_subject(text: str, figure: FigureSlot, candidates: Sequence[Mention]) -> Mention | None:
    """"We are not part of any national group (Evergreen Memorial Group
    alone has more than 500 funeral homes)": a name opening the brackets
    the figure stands in, its verb between, is the aside's own subject."""
    opened = text.rfind("(", 0, figure.start)
    if opened < 0 or text.rfind(")", opened, figure.start) >= 0:
        return None
    named = next((m for m in candidates if opened < m.start and not text[opened + 1 : m.start].strip(" ").removeprefix("the ").strip()), None)
    if named is None or named.end > figure.start or named.possessive or named.type in ("place", "country", "person"):
        return None
    between = text[named.end : figure.start]
    return named if _ASIDE_VERB.fullmatch(between) else None


# Between an aside's name and its figure: a verb and a few words, no clause's mark.
_ASIDE_VERB = re.compile(r"(?:\s+[a-z][\w'-]*){1,4}\s+")


def _restated_holder(text: str, figure: FigureSlot, event: str | None, previous: tuple[FigureSlot, Attribution]) -> Mention | None:
    """"at £1.3 million a year (£5.2 million over four years)", "£900,000 a
    year, or £3.6 million over the four years": a figure that restates the
    one right before it in other terms is held by whoever holds that one."""
    slot, told = previous
    if told.subject is None or told.event != event or slot.end > figure.start or figure.kind != "money" or slot.kind != "money":
        return None  # ("300 staff (120 in Leeds)": a part in brackets, no restatement)
    if _RESTATING.fullmatch(text, slot.end, figure.start) is None or _A_SHARE_OF_IT.match(text, figure.end):
        return None  # ("£2m (£500,000 of it for repairs)": a part, no restatement)
    return told.subject


# Between a figure and its restatement: a bracket, or ", or".
_RESTATING = re.compile(r"\s*(?:\(|,?\s+or\s+)")
_A_SHARE_OF_IT = re.compile(r"\s+(?:of|in|from|for)\b")


# Words that open a list of examples: "Its clients include Nestle, Ford and
# Sony": those named are members of a group, not parties of the sentence.
_EXAMPLES_OPENER = re.compile(r"\b(include|includes|included|including|such\s+as|among\s+them|notably)\s+(?:the\s+)?$", re.IGNORECASE)
_EXAMPLES_REACH = 24
# Between two listed names, or an owner and what it owns ("Alaska Air's Horizon Air").
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+|['\u2019]s?\s+)(?:the\s+)?")


def _listed_examples(text: str, mentions: Sequence[Mention]) -> set[int]:
    """Where the names listed as examples of a group start: the first after
    an opener ("clients include", "firms such as"), the rest joined to it by
    commas and "and". One name alone after "such as" or "including" stands
    for its group ("initiatives such as Radiant, led by Brookfield, attracted
    $1.3 billion") and is kept; after "include" it is the verb's object."""
    starts: set[int] = set()
    listed: list[int] = []  # the names of the list being read
    by_verb = False  # whether the list being read is the object of "include"

    def close() -> None:
        if listed and (len(listed) > 1 or by_verb):
            starts.update(listed)
        listed.clear()

    previous: Mention | None = None
    for mention in mentions:
        if mention.via == "pronoun":
            close()  # "such as Vantor, which raised": the relative clause ends the list
            previous = mention
            continue
        gap = _LIST_GAP.fullmatch(text, previous.end, mention.start) if previous is not None and listed else None
        if gap is not None and _ITEM_END.match(text, mention.end) is None and _MODIFIER_AFTER.match(text, mention.end):
            # "including Larkspur Music Schools, the Leicester-based chain":
            # a place that only modifies the appositive's noun is no item.
            gap = None
        if gap is not None:
            listed.append(mention.start)
            if _LAST_ITEM.search(gap.group()):
                close()  # its last name came after "and" or "or"
        else:
            close()
            opener = _EXAMPLES_OPENER.search(text, max(0, mention.start - _EXAMPLES_REACH), mention.start)
            if opener is not None and _ITEM_END.match(text, mention.end):
                # The name is a whole item, not the owner of one ("including the
                # US government's announcement that") nor an agent ("includes Dell selling").
                listed.append(mention.start)
                by_verb = opener.group(1).casefold().startswith("include") and not opener.group(1).casefold() == "including"
        previous = mention
    close()
    return starts


_LAST_ITEM = re.compile(r"\b(?:and|or)\b|&")
# A name that modifies the noun after it: "Leicester-based", "the Leicester chain".
_MODIFIER_AFTER = re.compile(r"-[a-z]|\s+[a-z]")
_ITEM_END = re.compile(r"(?:['\u2019]s?\s+[A-Z]|(?:\s+[a-z]+){0,2}\s*(?:[,;.)]|$|\s+(?:and|or|&)\s))")


# A conjunct whose verb is left out, its name right before its figure:
# "Denmark owns 14.3%, Sweden has 21.4% and Norway 14.3%", "with Latvia
# having the highest rate at 7.1% and Sweden the lowest at 0.4%".
_NAMED_VIAS = frozenset({"name", "short form", "acronym", "alias"})
_CONJUNCT_OPENING = re.compile(r"(?:,|\band|\bwhile|\bwhereas|\bwith)\s+(?:the\s+)?$")
_GAPPED_VERB = re.compile(
    r"\s+(?:having\s+)?(?:(?:the\s+)?(?:highest|lowest|largest|smallest|biggest|most|least|best|worst|top|bottom)"
    r"(?:\s+[a-z]+)?\s+(?:at|of|with)\s+)?(?:only\s+|just\s+|about\s+|around\s+)?$"
)


def _gapped_subject(text: str, figure: FigureSlot, candidates: Sequence[Mention]) -> Mention | None:
    if figure.kind not in ("percent", "money", "count"):
        return None  # "Abucay 135 kilometers northwest of Manila": where a place is, not its figure
    index = bisect.bisect_right(candidates, figure.start, key=lambda m: m.end) - 1
    if index < 0:
        return None
    mention = candidates[index]
    if mention.possessive or mention.type not in ("country", "organisation", "unknown", "place"):
        return None
    if not _GAPPED_VERB.fullmatch(text, mention.end, figure.start):
        return None
    if not _CONJUNCT_OPENING.search(text, max(0, mention.start - 12), mention.start):
        return None
    return mention


# Kinds of thing an owner's name can stand in front of: "Northsea Power's
# Dogger Reach", "Kalden's Brno fab", "Lumora's Playvault".
_OWNED_KINDS = frozenset({"facility", "programme", "product"})
# ", a EUR 980 million project", ", a chain of 212 clinics": an appositive
# that describes the name before it by the figure (not ", the net profit of
# EUR 2.48 billion" after a fronted phrase that ends on a name).
_APPOSITIVE_BEFORE = re.compile(
    r",\s+(?:(?:a|an)\s+(?P<described>(?:[A-Za-z][\w-]*\s+){1,3}(?:of|with)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?)|(?:a|an|the)\s+)$"
)
_VERB_BEFORE_CLOSE = re.compile(
    r"[^,.;:()]*?\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|be|been)\b", re.IGNORECASE
)
_NOUN_PHRASE_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,3}")
# After a pronoun that is the object of a verb before it, not the subject of one after it.
_PRONOUN_AS_OBJECT = re.compile(r"\s+(?:one|the|a|an|its|their|among|at|into|ahead|second|third|fourth|largest|biggest|No\.)\b")
_MODIFIER_GAP = re.compile(r"^\s*(?:[a-z][\w-]*\s+){0,3}?(?:(?:in|at|near|outside|off),?\s+)?$")
# Words that end the noun phrase a figure opens: a conjunction or a verb
# ("370,000 m3/day once Sur Coast is running" says nothing of Sur Coast).
_NOT_MODIFIERS = frozenset(
    "and or but by with from to for of that which who is are was were has have had will would said says "
    "once when whenever while until unless if as because since so then than where after before yet though although "
    "including plus against versus through into via across over under within during about around between on "
    "upon per toward towards past beyond "
    # a verb in the past, which no noun phrase holds: "58 funeral homes took
    # the group to 676" says what the homes did to the group, not whose they are
    "took gave made brought put sent left kept got won lost sold bought paid built ran became came went grew "
    "rose fell held led met drew told found showed".split()
)


# A verb in the past and its object's article: "£7.5m placing funded the
# Poole factory upgrade" says what the money did, not whose the factory is.
_VERB_AND_ARTICLE = re.compile(r"\b[a-z]{2,}ed\s+(?:the|a|an|its|their|our)\s")
_NAMED_MEMBERS = re.compile(r"\b(?:called|named|dubbed)\s+$")
_PASSIVE_MARK = re.compile(r"(?:\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?|^\s*,\s*)$", re.IGNORECASE)


def _passive_target(text: str, trigger: Trigger | None, subject: Mention, lexicon: EventLexicon) -> bool:
    """An event with an object (an acquisition) told in the passive of its subject."""
    if trigger is None or trigger.is_noun or subject.end > trigger.start:
        return False
    kind = lexicon.kinds.get(trigger.event)
    if kind is None or not kind.passive_object:
        return False
    return bool(_PASSIVE_MARK.search(text[subject.end : trigger.start]))


# "It is operated by", "was financed by": a passive verb right after the
# subject, and its agent.
_PASSIVE_BY = re.compile(r"(?:['\u2019]s?)?\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:\w+ly\s+)?[a-z]+\s+by\s+")


def _passive_agent(text: str, subject: Mention, figure: FigureSlot, candidates: Sequence[Mention]) -> Mention | None:
    """The agent of a passive clause the subject opens, named before the figure:
    in "It is run by Pellam Metro under a contract worth USD 2.1
    billion" the contract is Pellam Metro's."""
    match = _PASSIVE_BY.match(text, subject.end)
    if match is None or match.end() > figure.start:
        return None
    return next((m for m in candidates if m.start == match.end() and m.end <= figure.start), None)


_BY = re.compile(r"\bby\s+")


def _agent(text: str, trigger: Trigger, candidates: Sequence[Mention], clause: tuple[int, int], reach: int = 1) -> Mention | None:
    """The "by X" of a passive event, if the clause names one, at most
    ``reach`` words after "by" ("by Manchester rival Enigma Quest": 2)."""
    match = _BY.search(text, trigger.end, clause[1])
    if match is None:
        return None
    return next((m for m in candidates if m.start >= match.end() and words_between(text, match.end(), m.start) <= reach), None)


def possessed(text: str, subject: Mention, candidates: Sequence[Mention]) -> Mention:
    """The thing an owner's possessive stands before is the subject: in
    "Northsea Power's Dogger Reach wind farm", Dogger Reach."""
    if not subject.possessive:
        return subject
    for mention in candidates:
        if mention.start >= subject.end:
            gap = text[subject.end : mention.start]
            if (mention.type in _OWNED_KINDS or mention.type == "unknown") and _POSSESSED_GAP.fullmatch(gap) and not _HOW_MANY.search(gap):
                # (Not "Ashby Kennels' four Rutland kennels": how many of its
                # things, where they are; no one thing of its named so.)
                return mention
            break
    return subject


_HOW_MANY = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|several|many|\d[\d,]*)\b")
# "Kalden's Brno fab", "Its newest site, in Valencia": between an owner and what it owns.
_POSSESSED_GAP = re.compile(
    r"(?:['\u2019]s?)?\s+(?:(?!(?:of|for|to|with|by|from|on|and|or|the|a|an)\s)[a-z][\w-]*\s+){0,2}(?:[a-z]+,?\s+(?:in|at|near)\s+)?"
)


# A common noun other than a preposition or an article: what names a thing.
_THING_WORD = re.compile(r"\b(?!(?:in|at|near|outside|off|the)\b)[a-z][\w-]*")
_THING_WORD_AFTER = re.compile(r"\s+(?!(?:and|or)\b)[a-z][\w-]*")  # "the Vestas wind turbine plant"


# A lower-case noun right after a name ("Derby city-centre wayfinding scheme").
_LOWER_NOUN_AFTER = re.compile(r"\s+[a-z][\w-]*")
# A deal's noun right after an appositive's figure: ", a £780,000 contract".
_A_DEAL_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:contract|deal|order|agreement|commission)\b")


def _modified_name(text: str, figure: FigureSlot, candidates: Sequence[Mention], clause: tuple[int, int]) -> Mention | None:
    """A figure that describes the name after it is that name's: "the 11.2-kilometre
    Harbourline", "the 36-train LinkRail Nord order", "a 32 GWh cell plant at Mo
    i Rana", "The €1.08bn complex" (a description around the figure), and
    "its Odra Valley complex, a EUR 980 million project" (an appositive)."""
    for mention in candidates:
        if mention.start <= figure.start and figure.end <= mention.end and mention.via == "description":
            return mention
    appositive = _APPOSITIVE_BEFORE.search(text, clause[0], figure.start)
    if appositive is not None:
        head = next((m for m in reversed(candidates) if m.end <= appositive.start()), None)
        # "Brightwell, a chain of 212 clinics": a phrase that says what the
        # name is by the figure describes an organisation too; a bare ", a
        # EUR 38 million contract" after one names the deal, not the party.
        described = appositive.group("described") is not None
        kinds = _OWNED_KINDS | {"organisation"} if described else _OWNED_KINDS
        if (
            head is not None
            and (head.type in kinds or head.type == "unknown")
            and _NOUN_PHRASE_GAP.fullmatch(text, head.end, appositive.start())
            # "According to Superintendent Galam, the bodies of two men were
            # recovered": a phrase that goes on to its own verb is a clause.
            and not (described and _VERB_BEFORE_CLOSE.match(text, figure.end))
            # "we are installing the Derby city-centre wayfinding scheme, a
            # £780,000 contract": a name that only says which scheme is no
            # holder of the deal; who does it holds it.
            and not (
                head.type != "organisation" and (head.type != "unknown" or _LOWER_NOUN_AFTER.match(text, head.end))
                and _A_DEAL_AFTER.match(text, figure.end)
            )
        ):
            return head
    for mention in candidates:
        if mention.start < figure.end:
            continue
        if mention.start >= clause[1]:
            return None
        gap = text[figure.end : mention.start]
        if mention.via in ("pronoun", "first person") and _PRONOUN_AS_OBJECT.match(text, mention.end):
            # "the 2.1 million it recorded", "a $30 billion buyback offer it
            # completed": what it did; "EUR 55 million makes it one of the
            # largest" says nothing of its owner.
            return None
        if not _MODIFIER_GAP.match(gap) or any(w in _NOT_MODIFIERS for w in gap.split()) or _VERB_AND_ARTICLE.search(gap):
            return None
        if re.search(r"\b(?:in|at|near|outside|off),?\s+(?:the\s+)?$", gap) and (
            mention.type != "facility"
            or not (_THING_WORD.search(gap + " " + mention.surface) or _THING_WORD_AFTER.match(text, mention.end))
        ):
            # "a 32 GWh cell plant at Mo i Rana", "12 MW at the Brno plant":
            # a facility; "24,500 growers in Jaén" (a facility elsewhere
            # named by the town alone) is where the growers are.
            return None
        if figure.kind == "count" and _NAMED_MEMBERS.search(gap):
            return None  # "three plantation firms called A, B and C": the count's members, not its owner
        if _DEAL_NOUN_AFTER.match(text, mention.end) and any(
            m.end <= figure.start and clause[0] <= m.start and m.type in ("organisation", "unknown") and not m.possessive
            for m in candidates
        ):
            # "Hordafjord Ferjer won the NOK 1.9 billion Gjermundshamn
            # contract": the deal is named by its route or its customer; the
            # clause's subject won it.
            return None
        return mention
    return None


# A deal's noun right after the name a figure leads: "... Gjermundshamn
# contract", "... LinkRail Nord order", "... Innlandet build contract".
_DEAL_NOUN_AFTER = re.compile(
    r"[\s\u2013-]*(?:[A-Z][\w\u2013-]*\s+)*(?:[a-z][\w-]*\s+){0,2}(?:contract|order|deal|agreement|tender|concession|franchise)s?\b"
)


# Events whose money goes *to* somebody, who may be named by a nationality.
_BENEFICIARY_EVENTS = frozenset({"pledge", "investment", "grant", "capital-inflow", "loan"})


def event_object_near(
    text: str, position: int, triggers: Sequence[Trigger], names: Sequence[Mention], clause: tuple[int, int], lexicon: EventLexicon
) -> Mention | None:
    """The object of the object-taking event nearest ``position`` in its
    clause ("agreement to acquire *Corvane Bio* ..., announced in ...", "In
    July 2025 Lumora signed an agreement with *Tin Lantern*")."""
    # By the words between: a trigger before ends where its gap begins
    # ("bought it in 2020, has agreed to buy Sunray": "bought" is nearer).
    for trigger in sorted(triggers, key=lambda t: position - t.end if t.end <= position else abs(t.start - position)):
        if trigger.start < clause[0] or trigger.end > clause[1]:
            continue
        kind = lexicon.kinds.get(trigger.event)
        if kind is None or not kind.object_after:
            continue
        found = _named_after(text, trigger, names, clause, kind.object_after, None)
        if found is not None:
            return found
    return None


def _default_event(figure: FigureSlot, lexicon: EventLexicon) -> str | None:
    if figure.kind != "quantity" or figure.unit is None:
        return None
    for kind in lexicon.kinds.values():
        if any(same_dimension(figure.unit, reference) for reference in kind.default_for_units):
            return kind.name
    return None


_RELATIVE_OPENING = re.compile(r",\s+(?:which|who|whose\s+[a-z-]+(?:\s+[a-z-]+)?)\s+")
_CLAUSE_COMMA = re.compile(r",\s(?!\d)")


def _relative_clause_around(text: str, figure: FigureSlot, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The span of ", which ... ," or ", who ... ," holding the figure, within
    its clause; for a figure after such a clause, the rest of its clause
    ("Vortell, which will invest $40 million, earned $3 million": "earned")."""
    opening = None
    for match in _RELATIVE_OPENING.finditer(text, clause[0], figure.start):
        opening = match
    if opening is None:
        return None
    # A comma that closes a clause is followed by a space and no digit
    # ("41,856" and "April 7, 2007" hold commas of their own).
    close = _CLAUSE_COMMA.search(text, opening.end(), figure.start)
    if close is not None:
        return close.end(), clause[1]
    close = _CLAUSE_COMMA.search(text, figure.end, clause[1])
    if close is None:
        # "..., such as Käserei Tschanz, which made 1,610 tonnes last year.":
        # a relative clause no comma closes runs to its clause's end.
        return opening.start(), clause[1]
    return opening.start(), close.start()


def _tense(
    text: str, clause: tuple[int, int], trigger: Trigger | None, lexicon: EventLexicon, by_clause: dict | None = None
) -> str:
    """``by_clause`` remembers what was found of each clause (its future cue,
    its past verb), so that a clause of many figures, each with its own
    trigger, is searched once."""
    known = by_clause.get(clause) if by_clause is not None else None
    if known is None:
        known = (is_future(text, clause, lexicon), None)
        if by_clause is not None:
            by_clause[clause] = known
    if known[0]:
        return "future"
    if trigger is not None and not trigger.is_noun:
        word = trigger.text.split()[0].casefold()
        return "past" if word.endswith("ed") or word in _PAST_IRREGULAR else "present"
    past = known[1]
    if past is None:
        past = _PAST_VERB.search(text, clause[0], clause[1]) is not None
        if by_clause is not None:
            by_clause[clause] = (known[0], past)
    return "past" if past else "present"


def _told_tense(text: str, clause: tuple[int, int], trigger: Trigger | None) -> str:
    """Past or present, for a clause whose future cue is not the figure's."""
    if trigger is not None and not trigger.is_noun:
        word = trigger.text.split()[0].casefold()
        return "past" if word.endswith("ed") or word in _PAST_IRREGULAR else "present"
    return "past" if _PAST_VERB.search(text, clause[0], clause[1]) is not None else "present"


_JOINED_VERB_BEFORE = re.compile(r"\b(?:and|but)\s+$")
_JOINED_PREDICATE = re.compile(
    r"\b(?:and|but)\s+(?:is|are|was|were|has|have|had|plans|planned|expects|expected|aims|intends|hopes|wants|says|said)\b"
    # ("says it sold 148,000 tickets in 2024 and she expects more this year",
    # "show turnover of £5.3 million, up nicely, so I wouldn't call them in
    # trouble": a clause of its own, with its own subject, after the figure.)
    r"|\b(?:and|but|so)\s+(?:she|he|they|we|I|you)\s+(?:expects?|expected|hopes?|plans?|aims?|intends?|wants?|would|wouldn['\u2019]t|will|won['\u2019]t|could|might|should)\b"
)


def _future_for(text: str, figure: FigureSlot, clause: tuple[int, int], lexicon: EventLexicon) -> bool:
    """Whether the clause's future cue is the figure's: before it ("by 2020"
    too), or after it ("$5 million will be invested", "120 shops and 20 bars
    will open"), but not opening a verb joined after it ("confirmed its order
    for 45 jets and will take delivery from 2027")."""
    if lexicon.future_cues.search(text, clause[0], figure.end) and any(
        # (Not "I want to thank our 1,450 employees": a courtesy done now.)
        not lexicon.courtesy_after_cue.match(text, end) for _, end in lexicon.future_cues.spans(text, clause[0], figure.end)
    ):
        return True
    # "ended 2024 with 41 aircraft and is leaning on lessors to grow": what
    # follows a second predicate joined after the figure is that predicate's.
    joined = _JOINED_PREDICATE.search(text, figure.end, clause[1])
    end = joined.start() if joined is not None else clause[1]
    return any(
        not _JOINED_VERB_BEFORE.search(text, max(figure.end, cue.start() - 8), cue.start())
        for cue in lexicon.future_cues.plain.finditer(text, figure.end, end)
    )


def _respectively(
    text: str,
    figures: Sequence[FigureSlot],
    candidates: Sequence[Mention],
    spans: list[tuple[int, int]],
) -> dict[int, Mention]:
    """``A and B invested $1 billion and $2 billion, respectively``: pair them in order."""
    position = text.find("respectively")
    if position < 0:
        return {}
    clause = clause_of(spans, position)
    chosen = [i for i, f in enumerate(figures) if f.start < position and f.start >= _sentence_part_start(text, clause, spans)]
    if len(chosen) < 2:
        return {}
    first = figures[chosen[0]].start
    before = [m for m in candidates if m.end <= first]
    # The list is the run of names joined by "and" or commas right before the verb.
    run: list[Mention] = []
    for mention in reversed(before):
        if run:
            gap = text[mention.end : run[0].start]
            if not re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*(?:the\s+)?", gap):
                break
        run.insert(0, mention)
    if len(run) < 2 or len(chosen) % len(run):
        return {}
    # "losses of 0.38% and 0.39% to end at 10,854 and 1,277, respectively":
    # each list of figures is paired with the names in order.
    return {index: run[position % len(run)] for position, index in enumerate(chosen)}


def _sentence_part_start(text: str, clause: tuple[int, int], spans: list[tuple[int, int]]) -> int:
    """Where the part of the sentence holding a "respectively" list begins.

    Such a list may cross a comma-and clause break, so it reaches back to the
    sentence start unless a semicolon or colon intervenes.
    """
    boundary = max(text.rfind(";", 0, clause[1]), text.rfind(": ", 0, clause[1]))
    return boundary + 1 if boundary >= 0 else 0


def _parenthesised_owner(text: str, figure: FigureSlot, candidates: Sequence[Mention]) -> Mention | None:
    """``Amazon ($50 billion)``: a name right before a bracketed figure owns
    it; so does a list item's name before a dash (``France Telecom – 61%,
    IFC – 5%``)."""
    before = text[: figure.start].rstrip()
    if before.endswith("("):
        opening = len(before) - 1
        for mention in reversed(candidates):
            if mention.end <= opening and not text[mention.end : opening].strip():
                return mention
        return None
    dash = _ITEM_DASH.search(text, max(0, figure.start - 6), figure.start)
    if dash is None:
        return None
    for mention in reversed(candidates):
        if mention.end == dash.start() and _ITEM_OPENS.search(text, max(0, mention.start - 12), mention.start):
            return mention
        if mention.end < dash.start():
            break
    return None


# "France Telecom – 61%": a dash with a blank each side right before the figure.
_ITEM_DASH = re.compile(r"\s[\u2013\u2014-]\s+$")
# Where a list item's name starts: the sentence's start, a colon, a comma, a
# semicolon or "and".
_ITEM_OPENS = re.compile(r"(?:^|[:,;]|\band)\s*$")


def _agent_under_a_deal(text: str, figure: FigureSlot, candidates: Sequence[Mention], clause: tuple[int, int]) -> Mention | None:
    """"30 tables, supplied and fitted by Corran Tables of Bolton under a
    £0.9m contract": the party a passive verb names as the doer, right
    before "under" the deal's sum, holds the deal."""
    if _UNDER_A_DEAL_BEFORE.search(text, max(0, figure.start - 30), figure.start) is None:
        return None
    for mention in reversed(candidates):
        if mention.end > figure.start or mention.start < clause[0] or mention.possessive or mention.type in ("place", "country"):
            continue
        if _BY_AN_AGENT_BEFORE.search(text, max(0, mention.start - 40), mention.start):
            return mention
    return None


# Right before a deal's sum: "under a ", "under its five-year ".
_UNDER_A_DEAL_BEFORE = re.compile(r"\bunder\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}$")
# A passive verb's doer: "supplied and fitted by ", "built by ".
_BY_AN_AGENT_BEFORE = re.compile(r"\b[a-z]+(?:ed|en|lt|ht)\s+(?:(?:and|&)\s+[a-z]+(?:ed|en|lt|ht)\s+)?by\s+$")


def _chosen_holder(
    text: str, figure: FigureSlot, trigger: Trigger | None, candidates: Sequence[Mention], lexicon: EventLexicon
) -> Mention | None:
    """"In December Baltrum chose Verhaegen to supply the coatings, a
    contract worth EUR 38 million": the party named right after a verb of
    choosing, before the figure, holds the event's figure."""
    if trigger is None:
        return None
    kind = lexicon.kinds.get(trigger.event)
    if kind is None or not kind.chosen_after:
        return None
    chosen = None
    for match in _one_of_next(kind.chosen_after).finditer(text, 0, figure.start):
        named = next((m for m in candidates if m.start == match.end() and not m.possessive and m.type not in ("place", "country")), None)
        if named is not None:
            chosen = named
    return chosen


def _receiving_subject(
    text: str,
    figure: FigureSlot,
    trigger: Trigger | None,
    candidates: Sequence[Mention],
    clause: tuple[int, int],
    lexicon: EventLexicon,
) -> Mention | None:
    """``a $110 billion inflow into companies like OpenAI``: the receiver is
    the subject. So is the party the event is given to right before its
    figure: "that the contract be awarded to Brackley Glazing Ltd at £2.4
    million", "Lot 1 went to Osier Pumps for £4.2m" (the words are the
    event's ``subject_after``)."""
    if trigger is None:
        return None
    kind = lexicon.kinds.get(trigger.event)
    if kind is None or not kind.subject_after:
        return None
    if trigger.start < figure.end:
        return _given_before_its_figure(text, figure, trigger, candidates, clause, kind.subject_after)
    match = _one_of_next(kind.subject_after).match(text, trigger.end, clause[1])
    if not match:
        return None
    after = match.end()
    for mention in candidates:
        if mention.start >= after and words_between(text, after, mention.start) <= 4:
            return mention
    return None


# Measures a deal's value may be told by: "at a total cost of £4.8 million".
_COSTS_OF_A_DEAL = frozenset({"cost", "price"})
# Between the party a deal was awarded to and its cost: "for seven years from
# 1 June 2025 at a total cost of", "at a cost of".
_TERMS_BEFORE_A_COST = re.compile(r"(?:,?\s+(?:for|from|over)\s+[^,;:()]{1,40}?)?,?\s+at\s+a\s+(?:total\s+)?(?:cost|price)\s+of\s+(?:about\s+|around\s+)?")


def _awarded_before_its_cost(
    text: str, figure: FigureSlot, trigger: Trigger, triggers: Sequence[Trigger], candidates: Sequence[Mention],
    clause: tuple[int, int], lexicon: EventLexicon,
) -> tuple[Mention, str] | None:
    """The party a deal named before a cost was given to ("the contract be
    awarded to ParkSure Ltd ... at a total cost of £4.8 million"), and the
    deal's event: the cost is the deal's value."""
    deal = next(
        (
            t for t in reversed(triggers)
            if t.is_noun and clause[0] <= t.start and t.end <= trigger.start and lexicon.kinds[t.event].subject_after
            and figure.kind in lexicon.kinds[t.event].figure_kinds
        ),
        None,
    )
    if deal is None:
        return None
    holder = _given_party(text, figure, candidates, deal.end, lexicon.kinds[deal.event].subject_after, _TERMS_BEFORE_A_COST)
    return (holder, deal.event) if holder is not None else None


def _given_before_its_figure(
    text: str, figure: FigureSlot, trigger: Trigger, candidates: Sequence[Mention], clause: tuple[int, int], given_words: tuple[str, ...]
) -> Mention | None:
    """The party named after the event's words of giving ("awarded to"), right before its figure."""
    if trigger.start > figure.start:
        return None
    return _given_party(text, figure, candidates, clause[0], given_words, _PRICED_AT)


def _given_party(
    text: str, figure: FigureSlot, candidates: Sequence[Mention], start: int, given_words: tuple[str, ...], between: re.Pattern[str]
) -> Mention | None:
    """The organisation named right after the last of ``given_words`` between
    ``start`` and the figure, with only ``between`` left before the figure."""
    given = None
    for match in _given_to(given_words).finditer(text, start, figure.start):
        given = match
    if given is None:
        return None
    holder = next((m for m in candidates if given.end() <= m.start and words_between(text, given.end(), m.start) <= 1), None)
    if holder is None or holder.end > figure.start or holder.possessive or holder.type in ("place", "country", "person"):
        return None
    return holder if between.fullmatch(text, holder.end, figure.start) else None


def _customer_of_a_won_deal(
    text: str, trigger: Trigger | None, candidates: Sequence[Mention], clause: tuple[int, int], lexicon: EventLexicon
) -> bool:
    """"Osier Pumps won the pumping lot of the Fenland Water Board's
    contract, worth £5.1m": the possessive before a held event's noun, after
    a verb of winning whose subject is named, is the customer the deal was
    won from; the winner holds it."""
    if trigger is None or not trigger.is_noun:
        return False
    kind = lexicon.kinds.get(trigger.event)
    if kind is None or not kind.agent_holds:
        return False
    owner = next((m for m in reversed(candidates) if m.possessive and clause[0] <= m.start and m.end <= trigger.start), None)
    if owner is None or words_between(text, owner.end, trigger.start) > 3:
        return False
    won = lexicon.won_from.search(text, clause[0], owner.start)
    if won is None:
        return False
    return any(clause[0] <= m.start and m.end <= won.start() and not m.possessive for m in candidates)


@functools.lru_cache(maxsize=64)
def _given_to(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` as whole words, and the space after it."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s", re.IGNORECASE)


# Between the holder's name (its legal form part of it) and the figure: a
# comma, "at", "for", "worth" or "valued at" ("Ltd at £2.4 million", ", worth £3m").
_PRICED_AT = re.compile(r",?\s+(?:(?:at|for|worth|valued\s+at)\s+)?(?:(?:a|an|about|around|some)\s+)?")


_OF_BEFORE_OWNER = re.compile(r"\s+of\s+")


# A count written as a number alone ("all 1,650 of our staff"), no noun of its own.
_BARE_NUMBER = re.compile(r"[\d.,\s]+(?:(?:thousand|million|billion)\b)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)", re.IGNORECASE)


def _possessive_owner(
    text: str,
    figure: FigureSlot,
    trigger: Trigger | None,
    candidates: Sequence[Mention],
    clause: tuple[int, int],
) -> Mention | None:
    """``OpenAI's $110 billion round`` or ``Nvidia's purchase of X for $60
    million``; and a name standing as the owner right before a figure and
    its noun: ``the U.S. Air Force $40 billion tanker contract``."""
    anchor = figure.start
    if trigger is not None and trigger.end <= figure.start:
        anchor = min(anchor, trigger.start)
    if trigger is not None and trigger.is_noun and trigger.start >= figure.end:
        owner = next((m for m in reversed(candidates) if m.end <= figure.start), None)
        if owner is not None and not owner.possessive and owner.start >= clause[0] and not text[owner.end : figure.start].strip():
            return owner
    # "all 1,650 of our staff", "all 16 of its aircraft": the owner after "of".
    of_owner = (
        next(
            (m for m in candidates if m.possessive and m.start >= figure.end and _OF_BEFORE_OWNER.fullmatch(text, figure.end, m.start)),
            None,
        )
        # "65% of the airline's passengers": a share, told of its whole;
        # "handled 0.61 million TEU of the carrier's boxes": a count with a
        # noun of its own is what the sentence's subject did, of another's things.
        if (figure.kind == "count" and _BARE_NUMBER.fullmatch(text, figure.start, figure.end))
        # "Last year less than half of Brückner's revenue came from outside
        # Germany": a share that opens its clause, no one named before it, is
        # its whole's owner's (not "Halden holds 65% of the airline's shares").
        or (figure.kind == "percent" and not any(clause[0] <= m.start < figure.start for m in candidates))
        else None
    )
    if of_owner is not None and figure.kind == "percent" and (of_owner.via not in ("name", "short form") or of_owner.type == "person"):
        # (By its name only, and no person's: "equal to 12.9% of its economic
        # output", "one fifth of Mynampati's total package".)
        of_owner = None
    if of_owner is not None:
        return of_owner
    for mention in reversed(candidates):
        if mention.end > anchor or mention.start < clause[0]:
            continue
        if mention.possessive and words_between(text, mention.end, anchor) <= 3 and "," not in text[mention.end : anchor]:
            # Not across a comma: in "Fenwick Bank, Coralis Energy's largest farm,
            # will supply 1.4 GW" the owner is in an appositive of the subject.
            return mention
        break
    return None


# A place put before a clause's subject: "On Lake Lugano, ", "Further north, in Friesland, ".
# An aside to the reader put before the clause's subject: "For anyone who missed it,", "If you missed it,".
_FRONTED_ASIDE = re.compile(
    r"\W*(?:[Ff]or\s+(?:anyone|anybody|those|everyone)\s+who|[Ii]f\s+you|[Aa]s\s+(?:you|many\s+of\s+you)|[Ii]n\s+case\s+you)\b[^,]*$"
)
_FRONTED_PLACE = re.compile(
    r"\W*(?:(?:[Aa]nd|[Bb]ut)\s+)?(?:[Ff]urther\s+(?:north|south|east|west|afield|inland),?\s+)?"
    r"(?:[Oo]n|[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Aa]long|[Aa]round|[Oo]utside|[Oo]ff)\s+(?:the\s+)?"
)


def _eligible_subject(text: str, mention: Mention, clause_start: int) -> bool:
    """Not an agent or object of a preposition: "led by X", "the purchase of X"."""
    if text.endswith("and ", max(0, mention.start - 4), mention.start) and _LISTED_AFTER_A_PREPOSITION.search(
        text, max(0, mention.start - 120), mention.start
    ):
        # "runs 41 nurseries across Cheshire, Merseyside and Greater
        # Manchester, with 1,240 staff": the last of a list a preposition
        # governs is its object too, though commas part it from the preposition.
        return False
    if mention.surface in _NOMINATIVE_PRONOUNS:
        # "With the boiling hall running two shifts we are now 118 people":
        # "we" is no preposition's object ("with us"), whatever came before it.
        return True
    # Read in place, not sliced: every figure of a long clause asks this of
    # the same names.
    # A subordinate clause opens a new subject position: "It is hard to
    # understand how traders at AIG warranted": "to" is not AIG's preposition.
    cut = max(
        text.rfind(",", clause_start, mention.start),
        text.rfind("(", clause_start, mention.start),
        *(_end_of_last(text, opener, clause_start, mention.start) for opener in _SUBORDINATE_OPENERS),
    )
    end = mention.start
    if mention.type == "country":
        government = GOVERNMENT_OF.search(text, max(clause_start, mention.start - 30), mention.start)
        if government is not None:
            end = government.start()  # "the government of Kenya pledged": the country acts, "of" is its government's
    owned = _SHARES_OF.search(text, max(clause_start, mention.start - 30), mention.start)
    if owned is not None:
        end = owned.start()  # "Shares of Harwick Tiles fell 4%": the shares are the company's
    if cut >= 0 and text[cut] == "," and _PLACE_OF_A_PARTICIPLE.fullmatch(text, cut + 1, end):
        return False  # "The contract, signed on Tuesday in Faro with ...": where it was signed
    if cut < 0 and FRONTED_PARTICIPLE_PHRASE.match(text, clause_start, mention.start):
        # "Founded in Aveiro in 1921, Conservas Dalmar employs 600 people": a
        # name in a participle's phrase put before the subject is not it.
        return False
    start = cut + 1 if cut >= 0 else clause_start
    # "And at the end of last year we had": a time put first, then the
    # subject; its prepositions make no agent (asked only where one stands).
    # "For last year's Steel City 10K we made all 22,000 medals": what a
    # phrase opening on "For" names is what was done for, not who did it.
    return (
        not _AGENT_WORDS.search(text, start, end)
        # (the pronoun after the phrase is the clause's subject: "... 10K we made")
        # ("For Google, flush with US$52 billion": a comma closing the phrase
        # on the name makes the name what the clause is about.)
        and not (
            mention.via not in ("pronoun", "first person") and _FOR_OPENING.match(text, start, end)
            and not text[mention.end :].lstrip(" '\u2019s").startswith(",")
        )
    ) or _FRONTED_TIME.fullmatch(text, start, end) is not None


# A preposition, then names listed with commas, and the list's last "and"
# or comma right before a name: "across Cheshire, Merseyside and ".
_LISTED_AFTER_A_PREPOSITION = re.compile(
    r"\b(?:across|in|throughout|around|near|from|to|into|at)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*)*,\s+)+"
    r"[A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*)*,?\s+and\s+$"
)  # (searched only before a name right after "and ": most names are not)


# Pronouns only a subject can be: a preposition governs "us", "them", "him".
_NOMINATIVE_PRONOUNS = frozenset({"we", "We", "they", "They", "he", "He", "she", "She", "I"})


# A time put before a clause's subject without a comma: "At the end of last
# year we had", "In the first half of 2025 Acme sold", "At the end of
# December we had". A month only as what the preposition or "of" governs:
# before a noun it may name a thing ("At the February CMC meeting, only 82
# of the 122 nations"). Never a season.
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A time put before a clause's subject: "In the year to March 2025 ",
# "During 2024, ", "At the end of last year ".
FRONTED_TIME = _FRONTED_TIME = re.compile(
    r"\W*(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Yy]et)\s+)?(?:[Aa]t|[Bb]y|[Ii]n|[Ff]or|[Dd]uring|[Oo]ver|[Ss]ince|[Tt]hroughout|[Aa]fter|[Bb]efore|[Uu]ntil)\s+"
    # ("At the year end we employed 1,140 people", "At the half-year end")
    r"(?:(?:[\w-]+\s+){0,6}?(?:year|years|quarter|quarters|month|months|half|week|weeks|period|decade|ago|(?:19|20)\d\d)(?:[-\s]end\b)?"
    # "In the year to January we made", "In the year ended 31 March 2025 we sold": a financial year
    r"(?:\s+(?:to|ended|ending)\s+(?:the\s+end\s+of\s+)?(?:(?:last|this|next)\s+)?(?:\d{1,2}\s+)?" + MONTHS + r"(?:\s+\d{1,2},?)?(?:\s+(?:19|20)\d\d)?)?"
    r"|(?:[\w-]+\s+){0,4}?of\s+(?:last\s+)?" + MONTHS + r"|(?:last\s+)?" + MONTHS
    # "By then it had fourteen vehicles", "At that point it had 18 vans": a time told before.
    + r"|then|that\s+(?:point|time|stage)|this\s+(?:point|stage)|the\s+time"
    # "At the height of the season we run 42 shearers", "At peak we employ":
    # the busiest part of a season or a year.
    + r"|(?:the\s+|its\s+|our\s+|their\s+)?(?:peak|height|busiest\s+(?:time|point|weeks?|months?))"
    + r"(?:\s+of\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:season|summer|winter|spring|autumn|year|harvest|holidays|rush))?"
    + r"|(?:the\s+)?(?:start|end|close)\s+of\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?season),?\s+"
)


# A participle set off by a comma, then where: ", signed on Tuesday in ",
# ", based in ", ", built near ".
_PLACE_OF_A_PARTICIPLE = re.compile(
    r"\s*(?:[a-z]+ed|built|held|made|set|won|sold|run|begun|done|given|taken)\b[^,;:()]{0,40}?\b(?:in|near|outside|on)\s+(?:the\s+)?"
)


# ("Much of the jump came after it took over Spotless for £95,000": "it" opens
# a clause of its own, whatever "of" stood before it.)
_SUBORDINATE_OPENERS = (" how ", " whether ", " why ", " after ", " before ")


def _end_of_last(text: str, word: str, start: int, end: int) -> int:
    """Where the last ``word`` between ``start`` and ``end`` ends, less one (a cut position); -1 if none."""
    found = text.rfind(word, start, end)
    return found + len(word) - 1 if found >= 0 else -1
# "Shares of X", "shares in X", "the stock of X", "workers at X": X's.
_SHARES_OF = re.compile(
    r"\b(?:(?:[Ss]hares|[Ss]tock|[Ss]tocks|[Ss]hare\s+price)\s+(?:of|in)|(?<!ex-)(?<![Ff]ormer\s)(?:[Ww]orkers|[Ee]mployees|[Ss]taff|[Ee]xecutives|[Mm]anagers|[Tt]raders|[Bb]ankers)\s+(?:of|at))\s+(?:the\s+)?$"
)



# "The S&P 500 fell 0.4% and the FTSE 100 rose 1.2%": a figure, " and ", a
# name and a verb start a second clause with a subject of its own.
_AND_REACH = 12  # " and the " before a name
_FIRST_CONJUNCT_REACH = 200  # how far back the first conjunct's figure is looked for
_FIGURE_WORD = re.compile(r"\d|\bper\s?cent\b|%")
_AND_NAME = re.compile(r"(?:,|\s+and)\s+(?:the\s+)?$")
_VERB_AFTER_NAME = re.compile(r"(?:'s)?(?:\s+(?:shares|stock|stocks|index))?\s+(?:\w+ed|rose|fell|grew|lost|gained|climbed|dropped|slid|jumped|sank|went|was|were|is|are|has|had|ended|closed)\b")


def _second_conjunct_start(text: str, figure: FigureSlot, candidates: Sequence[Mention], clause: tuple[int, int]) -> int:
    """Where the clause of ``figure`` starts once a second conjunct with its
    own subject is split off: only after a first conjunct with a figure, so
    that "Orvell and Kasmo will invest $40 million" stays one clause."""
    # Only the name nearest before the figure can open its conjunct, and
    # only the text just before it is read: a sentence of many names and
    # figures costs each figure a constant, not the sentence.
    index = bisect.bisect_right(candidates, figure.start, key=lambda m: m.end) - 1
    if index < 0:
        return clause[0]
    mention = candidates[index]
    if mention.start <= clause[0]:
        return clause[0]
    joined = _AND_NAME.search(text, max(clause[0], mention.start - _AND_REACH), mention.start)
    if (
        joined is not None
        and _VERB_AFTER_NAME.match(text, mention.end)
        and _FIGURE_WORD.search(text, max(clause[0], joined.start() - _FIRST_CONJUNCT_REACH), joined.start())
    ):
        return joined.start()
    return clause[0]


# A sentence opening on a phrase of a deed with no subject of its own:
# "After carrying", "Having sold", "By opening", "Since launching".
_FRONTED_PARTICIPLE = re.compile(
    r"\W*(?:(?:After|Before|Since|By|Despite|While|When|Besides|On|Following)\s+(?:having\s+)?[a-z]+ing|Having\s+[a-z]+)\b"
)
_SUBJECT_OPENING = re.compile(r"\s*(?:the\s+)?")


# A relative clause whose own subject follows its pronoun: "which it bought",
# "which the government owns" (a name there is capitalised, and such a
# clause is never read as unnamed).
_OWN_SUBJECT = re.compile(r"(?:it|they|we|he|she|you|i|the|a|an|its|their|our|his|her|this|these|those)\b")


# A clause hung on what comes before it, with a verb of its own: "EUR 275
# million, of which EUR 120 million was lent by the bank" (the lender is the
# part's); an organisation named there is no party to the words before it.
CLAUSE_OF_ITS_OWN = re.compile(r",\s*(?:of\s+which|which|who|whom|of\s+whom|including)\b")


# "six river ships that Serena Waterways ordered", "the $40 million which
# Acme raised": a figure's noun taken up by a relative clause whose own
# subject is a name, and that name's verb right after it.
_TAKEN_UP_BY = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?")
_CLAUSE_VERB_AFTER_NAME = re.compile(r"\s+(?:(?:has|had|have|also|then|later|first|originally)\s+)?(?!(?:and|or|of|in|at|on|for|to|with|from|by|is|are|was|were)\b)[a-z]+\b")


def _founded_name(text: str, figure: FigureSlot, candidates: Sequence[Mention]) -> Mention | None:
    """"not to be confused with Brackly Smiles of Leicester, founded in
    1985": a founding participle tells of the name it hangs on, past that
    name's place and appositive, not of the clause's subject."""
    cue_start = founding_cue_before(text, figure.start)
    if cue_start is None:
        return None
    return founding_participles_name(text, cue_start, [m for m in candidates if m.via != "pronoun" or m.surface not in ("which", "who")])


# An appositive opening after a name, up to a figure inside it, with no
# clause of its own between: ", the Newcastle-based chain of ".
# (Only a noun phrase: "chain of six venues", "group with 40 shops"; no verb
# or clause between, "the Burj Dubai is expected to reach nearly 700 metres".)
_APPOSITIVE_UP_TO_A_FIGURE = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!(?:that|which|who|whose|is|was|are|were|has|had|have|will|would|to|be|been|can|could)\b)[\w'\u2019&-]+\s+){1,6}?"
    r"(?:of|with)\s+(?:some\s+|about\s+|more\s+than\s+|nearly\s+|almost\s+|over\s+)?$"
)
# What closes it after the figure: its noun and a comma, or the sentence's end.
_APPOSITIVE_CLOSES = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*(?:,|\.|$)")


def _appositives_name(text: str, figure: FigureSlot, candidates: Sequence[Mention], clause: tuple[int, int]) -> Mention | None:
    """"In August we acquired Cipher Rooms, the Newcastle-based chain of six
    venues, for £4.2 million": a count inside an appositive is of the name
    the appositive describes, not of the clause's subject."""
    opening = _APPOSITIVE_UP_TO_A_FIGURE.search(text, max(clause[0], figure.start - 80), figure.start)
    if opening is None or not _APPOSITIVE_CLOSES.match(text, figure.end):
        return None
    return next(
        (
            m for m in candidates
            if m.end == opening.start() and m.via not in ("pronoun", "first person") and not m.possessive
            and m.type in ("organisation", "unknown")
        ),
        None,
    )


def _relative_clause_owner(text: str, figure: FigureSlot, candidates: Sequence[Mention]) -> Mention | None:
    """The name a relative clause right after the figure's noun makes the
    subject of what the figure counts: "the first of six river ships that
    Serena Waterways ordered from Meuse Shipyards" are Serena's order, not
    the sentence subject's."""
    if figure.kind == "date":
        return None  # "ruled in March 2004 that Microsoft had abused": what was ruled, not a relative clause
    taken_up = _TAKEN_UP_BY.match(text, figure.end)
    if taken_up is None:
        return None
    owner = next((m for m in candidates if m.start == taken_up.end()), None)
    if owner is None or not owner.actor or owner.possessive or owner.demonym or owner.type in ("place", "person", "country"):
        return None  # a speaker or a source is no owner ("the figure that Ostrom Research published")
    return owner if _CLAUSE_VERB_AFTER_NAME.match(text, owner.end) else None


def _object_relative_subject(text: str, figure: FigureSlot, candidates: Sequence[Mention], clause: tuple[int, int]) -> Mention | None:
    """The doer of a relative clause on a thing, the figure inside it: "Wharfside
    House in Leicester, which we agreed to buy in June and completed on 29
    August for £58.5 million" is what "we" paid, not the house's own figure.
    (A date there stays the thing's: "Pennock Hooks, which we acquired in
    2019" dates Pennock's purchase, as "bought Pennock in 2019" does.)"""
    if figure.kind == "date":
        return None
    opened = None
    for opened in _WHICH_THEN.finditer(text, clause[0], figure.start):
        pass
    if opened is None or opened.end() > figure.start:
        return None
    doer = next((m for m in candidates if m.start == opened.end()), None)
    if doer is None or not doer.actor or doer.possessive or doer.demonym or doer.type in ("place", "person", "country"):
        return None
    if doer.via == "pronoun":
        return None  # ("..., which it bought in June": the sentence's subject, which its own reading finds)
    if not _CLAUSE_VERB_AFTER_NAME.match(text, doer.end) or _BREAK_IN_CLAUSE.search(text, doer.end, figure.start):
        return None
    return doer


# A relative clause opening on its own subject: ", which we", " that Foxmoor".
_WHICH_THEN = re.compile(r",?\s+(?:which|that)\s+(?=[A-Za-z])")


_SUBORDINATOR_OPENING = re.compile(r"\s*(?:When|After|Before|Once|While|Although|Because|If|Until|As\s+soon\s+as)\s", re.IGNORECASE)
# A subject's verb and the words that may stand before its figure: "it had", "it now employs about".
_VERB_THEN_FIGURE = re.compile(
    r"\s+(?:now\s+|still\s+|already\s+)?(?!(?:of|in|for|to|with|by|from|on|at|and|or)\s)[a-z]+\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|just|only)\s+)?"
)


# What ends a relative clause before a figure: a comma (not one inside a
# number, "which made 1,610 tonnes ... and had sales of"), a colon, a bracket.
_BREAK_IN_CLAUSE = re.compile(r"[;:()]|,(?!\d{3})")


# An appositive's noun and the relative clause on it, no comma between:
# ", a maker of garden saunas that employs".
_APPOSITIVE_THAT = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){1,7}?(?:that|which|who)\s+(?=[a-z])")
# Where a name is, between it and its appositive: " of Tartu, Estonia".
_OF_A_PLACE = re.compile(r"(?:\s+(?:of|in|from)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?(?:,\s+[A-Z][\w'\u2019.-]*)?)?")


def _appositive_that_before(text: str, start: int, clause: tuple[int, int], candidates: Sequence[Mention]) -> Mention | None:
    """The name an appositive describes when the figure stands in the
    relative clause that hangs on the appositive's noun ("Saunameister OÜ of
    Tartu, Estonia, a maker of garden saunas that employs fewer than 80
    people"): what it does is the name's, not the sentence subject's."""
    found = None
    for match in _APPOSITIVE_THAT.finditer(text, clause[0], start):
        found = match
    if found is None or _BREAK_IN_CLAUSE.search(text, found.end(), start):
        return None
    if any(found.end() <= m.start < start for m in candidates):
        return None  # "a bid which failed and where Microsoft was given until ...": a clause of its own subject
    return next(
        (
            m for m in reversed(candidates)
            if m.end <= found.start() and not m.possessive and m.via != "pronoun" and m.type not in ("place", "country", "person")
            and _OF_A_PLACE.fullmatch(text, m.end, found.start())
        ),
        None,
    )


def _name_before_closed_aside(text: str, figure: FigureSlot, candidates: Sequence[Mention], clause: tuple[int, int]) -> Mention | None:
    """"**Brightpane** (the Milton Keynes cleaning group, founded in 2003, not
    Bright Pane Glazing of Luton) posted revenue of £52.8m": a bracketed aside
    the figure's clause closes, opened before that clause, tells of the name
    before it, which is the verb's subject; no name inside it is."""
    close = text.rfind(")", clause[0], figure.start)
    if close < 0:
        return None
    opening = text.rfind("(", 0, close)
    if opening < 0 or opening >= clause[0] or "(" in text[opening + 1 : close] or not _VERB_AFTER_ASIDE.match(text, close + 1):
        return None
    return next(
        (
            m for m in candidates
            if m.end <= opening and not m.possessive and m.type not in ("place", "country", "person")
            and _ONLY_A_LEGAL_FORM.fullmatch(text, m.end, opening)
        ),
        None,
    )


# Between a name and its bracket: markup, or a short word or two the name is
# read without, its legal form ("Halvard & Mote plc (AIM: HMT)", "S.p.A.").
_ONLY_A_LEGAL_FORM = re.compile(r"[\s*_]*(?:[A-Za-z][A-Za-z.]{0,5}[\s*_]+){0,2}")


# After a closing bracket, the verb its clause goes on with: ") posted", ") has".
_VERB_AFTER_ASIDE = re.compile(r"[\s*_]*(?:has\s+|have\s+|had\s+|also\s+|now\s+)?[a-z]+(?:ed|s|t)?\b")


def _clause_subject(
    text: str,
    figure: FigureSlot,
    candidates: Sequence[Mention],
    clause: tuple[int, int],
    spans: list[tuple[int, int]],
    relative_starts: Sequence[int] = (),
) -> tuple[Mention | None, str | None]:
    """``relative_starts``: where the sentence's ", who" and ", which" start."""
    # Inside a relative clause ("Dunmore Logistics, which employs 2,300
    # people"), the name the clause hangs on is its subject.
    relative = next(
        (
            m
            for m in reversed(candidates)
            if m.via == "pronoun" and m.surface in ("which", "who") and m.end <= figure.start
            and not _BREAK_IN_CLAUSE.search(text, m.end, figure.start)
        ),
        None,
    )
    if relative is not None:
        return relative, None
    described_that = _appositive_that_before(text, figure.start, clause, candidates)
    if described_that is not None:
        return described_that, None
    # "..., who control the other 50%": a relative clause hung on words that
    # name no one has no subject of its own to give.
    starts = relative_starts
    index = bisect.bisect_right(starts, figure.start - 1) - 1  # the last one before the figure
    if index >= 0 and starts[index] >= clause[0]:
        unnamed = _UNNAMED_RELATIVE.match(text, starts[index])
        if (
            unnamed is not None
            and unnamed.end() <= figure.start
            and not _BREAK_IN_CLAUSE.search(text, unnamed.end(), figure.start)
            and not _OWN_SUBJECT.match(text, unnamed.end())
        ):
            # "Kalmbach Ofenbau, which won the EUR 145 million contract", "on
            # the line, which can produce 1 million tonnes": the clause's
            # subject is the mention it hangs on, or no one. ("Brandt Mills,
            # which it bought for EUR 50 million": a clause with a subject of
            # its own is read as any other.)
            hung_on = next((m for m in candidates if m.end == unnamed.start() and not m.possessive), None)
            if hung_on is None:
                # "The Brinkhorst company, which sells through 900 dealers":
                # the clause hangs on the name its noun follows.
                hung_on = next(
                    (
                        m for m in candidates
                        if not m.possessive and _THE_BEFORE_NAME.search(text, max(0, m.start - 40), m.start)
                        and _ONE_NOUN.fullmatch(text, m.end, unnamed.start())
                    ),
                    None,
                )
            if hung_on is None:
                # "Its new tunnel kiln, which went into operation in September":
                # a thing of its owner's, unnamed; what it does is its owner's.
                # So of a named owner's thing ("for Barkwell Boarding's six
                # kennels, which had sales of £2.6m"), not of its people's ("who").
                hung_on = next(
                    (
                        m for m in candidates
                        if m.possessive and (
                            (m.via == "pronoun" and _OWNED_THING.fullmatch(text, m.end, unnamed.start()))
                            or (
                                m.via in ("name", "short form") and unnamed.group(0).endswith("which ")
                                and _NAMED_OWNERS_THING.fullmatch(text, m.end, unnamed.start())
                            )
                        )
                    ),
                    None,
                )
            located = _WHERE_BEFORE_RELATIVE.search(text, max(0, unnamed.start() - 80), unnamed.start())
            if (hung_on is None or hung_on.type in ("place", "country")) and located is not None:
                # "Dierenpark Vennland, near Eindhoven, which attracted",
                # "Penrose Sailmakers of Falmouth, which had sales of": the
                # clause hangs on the name its place is said of.
                hung_on = next((m for m in candidates if m.end == located.start() and not m.possessive), None)
            described = _DESCRIBED_BEFORE_RELATIVE.search(text, max(0, unnamed.start() - 80), unnamed.start()) if hung_on is None else None
            if described is not None:
                # "Matrasco, the Lithuanian maker, which in January won": the
                # clause hangs on the name the appositive describes.
                hung_on = next((m for m in candidates if m.end == described.start() and not m.possessive), None)
            if hung_on is None or hung_on.demonym or hung_on.type in ("place", "person"):
                return None, None
            return hung_on, None
    before_aside = _name_before_closed_aside(text, figure, candidates, clause)
    if before_aside is not None:
        return before_aside, None
    clause = (_second_conjunct_start(text, figure, candidates, clause), clause[1])
    if _SUBORDINATOR_OPENING.match(text, clause[0]):
        # "When we signed for Brightwell it had 260 clinics": a clause opened
        # by a subordinator and no comma; the name right before the figure's
        # verb is the main clause's subject.
        main = next(
            (
                m for m in reversed(candidates)
                if clause[0] < m.start and m.end <= figure.start and _VERB_THEN_FIGURE.fullmatch(text, m.end, figure.start)
                and _eligible_subject(text, m, clause[0])
            ),
            None,
        )
        if main is not None and any(c.start < main.start and clause[0] <= c.start for c in candidates):
            return main, None
    # The first eligible name is the subject: later ones are not tested; an
    # owner in a phrase put before the clause ("Throughout its history,
    # Metra renamed two stations") is not it.
    subject = next(
        (
            m
            for m in candidates
            if clause[0] <= m.start and m.end <= figure.start and _eligible_subject(text, m, clause[0])
            and not (m.possessive and FRONTED_PHRASE.match(text, clause[0], m.start) and "," in text[m.end : figure.start])
        ),
        None,
    )
    if subject is None:
        # The clause has no name of its own ("..., and it raised $5 million"):
        # the sentence's main subject carries over.
        subject = next(
            (
                m
                for m in candidates
                if m.end <= figure.start and _eligible_subject(text, m, clause_of(spans, m.start)[0])
            ),
            None,
        )
    if subject is not None:
        following = [m for m in candidates if m.start > subject.end and m.end <= figure.start]
        if (
            following and _FRONTED_PLACE.fullmatch(text, clause[0], subject.start)
            and text[subject.end : following[0].start].strip() == "," and _eligible_subject(text, following[0], clause[0])
        ):
            # "On Lake Lugano, Ceresio Lines had revenue of": where, then who.
            subject = following[0]
            following = following[1:]
        elif (
            following and _FRONTED_ASIDE.match(text, clause[0], subject.start)
            and re.fullmatch(r"\s*,\s*(?:the\s+)?", text[subject.end : following[0].start]) and _eligible_subject(text, following[0], clause[0])
        ):
            # "For anyone who missed it, the Nidd Valley Animal Trust bought
            # it": an aside to the reader put first, then who.
            subject = following[0]
            following = following[1:]
        if (
            following
            and following[0].name != subject.name
            and not following[0].possessive  # "Dogger Reach, Northsea Power's flagship,": an appositive
            # "Porcelaines Vauclair, the Limoges porcelain maker,": a name in an appositive, no second party
            and not (
                text[subject.end : following[0].start].strip() == ", the"
                and _DESCRIBED_BY_PLACE.match(text, following[0].end)
            )
            and re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*(?:the\s+)?", text[subject.end : following[0].start])
        ):
            # "Orvell and Kasmo will invest $40 million": the pair's figure,
            # no more the first party's than the second's.
            return None, "joint"
        return subject, None
    # A figure leading its noun phrase: "The 530 MW Gullmyr wind farm ...".
    for mention in candidates:
        if clause[0] <= mention.start < clause[1] and mention.start >= figure.end:
            if not text[figure.end : mention.start].strip():
                return mention, None
            break
    # A phrase put before the subject it tells of: "After carrying 3.4
    # million passengers in 2024, we are on course", "Having sold 40,000
    # units, Orvell raised its forecast": the name right after its comma.
    fronted = _FRONTED_PARTICIPLE.match(text)
    if fronted is not None and fronted.end() <= figure.start:
        comma = text.find(",", figure.end)
        if comma >= 0 and not re.search(r"[;:()]", text[figure.end : comma]):
            for mention in candidates:
                if mention.start > comma:
                    if _SUBJECT_OPENING.fullmatch(text, comma + 1, mention.start):
                        return mention, None
                    break
    # Passive voice: "$5 million was raised by Acme".
    rest = text[figure.end : clause[1]]
    match = re.search(r"\bby\s+", rest)
    if match and not re.search(r"\bthan\b", rest[: match.start()]) and not CLAUSE_OF_ITS_OWN.search(rest, 0, match.start()):
        # Not "22% cheaper than those offered by Air New Zealand": the agent of a comparison.
        after = figure.end + match.end()
        for mention in candidates:
            if mention.start >= after and words_between(text, after, mention.start) <= 1:
                return mention, None
    return None, None


def _event_object(
    text: str,
    figure: FigureSlot,
    trigger: Trigger | None,
    names: Sequence[Mention],
    clause: tuple[int, int],
    lexicon: EventLexicon,
    subject: Mention | None,
    others: Sequence[Trigger] = (),
) -> tuple[str, str, str] | None:
    if trigger is not None:
        kind = lexicon.kinds.get(trigger.event)
        if kind is not None and kind.object_after and trigger.is_noun and trigger.event in lexicon.costed_deals:
            # "The Marlowe acquisition": a name right before the deal's noun
            # is what was bought (its possessive, "Clearstep's acquisition", the buyer).
            before = next((m for m in names if m.end <= trigger.start and not text[m.end : trigger.start].strip()), None)
            if (
                before is not None and not before.possessive and before.type not in ("place", "country", "person")
                and before.via in ("name", "short form") and _DETERMINER_BEFORE.search(text, max(0, before.start - 8), before.start)
            ):
                return before.name, before.type, before.surface
        if kind is not None and kind.object_after:
            # The trigger itself, else another word of the same event in the
            # clause: "the bid by X for the purchase of Unocal".
            same_event = [t for t in others if t.event == trigger.event and t is not trigger and clause[0] <= t.start < clause[1]]
            for candidate in (trigger, *same_event):
                target = _named_after(text, candidate, names, clause, kind.object_after, subject, kind.passive_object)
                if target is not None:
                    return target.name, target.type, target.surface
    window = text[clause[0] : clause[1]]
    label = _ROUND_LABEL.search(window) if any(word in window for word in _ROUND_LABEL_WORDS) else None
    if label is not None and (trigger is None or trigger.event == "funding-round"):
        words = label.group(0).split()
        name = " ".join([words[0].capitalize(), *words[1:]])
        return name, "event", label.group(0)
    # A beneficiary named by nationality in the purpose: "to bolster Indian AI
    # infrastructure". Not for events with an object of their own: "a review
    # by Polish regulators" says nothing of what a purchase bought.
    kind = lexicon.kinds.get(trigger.event) if trigger is not None else None
    if kind is None or kind.object_after or trigger.event not in _BENEFICIARY_EVENTS:
        return None
    for mention in names:
        if mention.start >= figure.end and clause[0] <= mention.start < clause[1] and mention.type == "country":
            if words_between(text, figure.end, mention.start) > 6:
                break
            if subject is None or mention.name != subject.name:
                if mention.demonym or re.search(r"\b(?:in|for|to)\s+$", text[figure.end : mention.start]):
                    return mention.name, mention.type, mention.surface
    return None


# A determiner before a name that modifies a deal's noun: "the Marlowe acquisition" (not "Microsoft bids").
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir|[Tt]his|[Tt]hat)\s+$")


# After a verb, the things it moved, then "from": "12 electric river buses from ".
_FROM_AFTER_THINGS = re.compile(r"\s+(?:\d[\d,.]*|[a-z]+)(?:\s+[a-z][\w-]*){0,4}?\s+(from)\s")


@functools.lru_cache(maxsize=64)
def _one_of_next(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` (any case) as the next word, and the space after it."""
    return re.compile(r"\s+(" + "|".join(map(re.escape, words)) + r")\s", re.IGNORECASE)


def _named_after(
    text: str,
    trigger: Trigger,
    names: Sequence[Mention],
    clause: tuple[int, int],
    words: tuple[str, ...],
    subject: Mention | None,
    takeover_event: bool = False,
) -> Mention | None:
    """The first name after "acquisition of" / "bought", skipping descriptors."""
    takeover = takeover_event
    trigger_word = trigger.text.casefold()
    start = trigger.end
    if trigger_word not in words and trigger_word.split()[-1] not in words:
        match = _one_of_next(words).match(text, start, clause[1])
        if not match and "from" in words and not trigger.is_noun:
            # "ordered 12 electric river buses from the Dutch shipyard
            # Vlietwerf": the things ordered, then whom from.
            match = _FROM_AFTER_THINGS.match(text, start, clause[1])
        if not match:
            return None
        start = match.end()
    for mention in names:
        if mention.start < start or mention.start >= clause[1] or mention.demonym:
            continue
        if subject is not None and mention.name == subject.name:
            continue
        if mention.type == "place" or _HOME_CUE_AFTER.match(text, mention.end):
            continue  # "the purchase of California-based Unocal": where it is based, not what was bought
        if mention.type == "country" and takeover:
            continue  # "bought BAA and its seven UK airports": a country is never what was bought
        if mention.type == "country" and mention.possessive and any(
            m.start > mention.end and not text[mention.end : m.start].strip(" '\u2019s") for m in names
        ):
            continue  # "an order ... from Italy's Nivaro": the company the country's name says is its
        described = _DESCRIPTOR_THEN_NAME.match(text, mention.end)
        if described is not None and any(m.start == described.end() for m in names):
            continue  # "the purchase of Kassel piano maker Brenneke": a town's word before what was bought
        if _AGENT_BY.fullmatch(text, start, mention.start):
            return None  # "Kurzeme Auto Cover, acquired by Tarvo": who did it (bought it), not what it was done to
        if "from" not in words and SOLD_BY.search(text, max(start, mention.start - 40), mention.start):
            return None  # "buy 900 masts from Kenya's Lumo Mobile": the seller, not what was bought
        if words_between(text, start, mention.start) <= 5:
            return mention
        break
    return None


# Between a passive verb and its agent: "acquired by", "bought in 2023 by".
_AGENT_BY = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?", re.IGNORECASE)
# Before a seller's name: "from", "from Uganda's", "from the Dutch".
SOLD_BY = re.compile(r"\bfrom\s+(?:[\w'\u2019-]+\s+){0,2}$", re.IGNORECASE)
_HOME_CUE_AFTER = re.compile(r"\s?-(?:based|headquartered|listed|registered)\b")
# Lower-case words of a description between a name and the name it
# describes ("Kassel piano maker Brenneke"), none a word that joins two
# names ("the Tramlink network from Tramtrack", "MCI WorldCom and Sprint").
_DESCRIPTOR_THEN_NAME = re.compile(
    r"\s+(?:(?!(?:and|or|nor|from|with|in|of|to|by|for|at|on|into|via|as|than|its|their|his|her|the|a|an)\s)[a-z][\w-]*\s+){1,3}(?=[A-Z])"
)


# One to three words in lower case between a deal's sum and its noun, none a
# figure's or a term's ("three-year"): what the deal is for.
_PURPOSE_BEFORE_THE_NOUN = re.compile(
    r"\s+(?P<purpose>(?:(?![a-z]+-(?:year|month|week|day)\b|(?:in|of|for|to|on|at|by|with|from|into|a|an|the|and|or|its|their|our|his|her|"
    r"new|fresh|further|more|extra|additional|worth|total|first|second|latest|funding|financing)\b)[a-z][a-z-]+\s+){1,3})"
)


def _purpose(text: str, figure: FigureSlot, trigger: Trigger | None) -> str | None:
    anchor = figure.end
    if trigger is not None and trigger.start >= figure.end and words_between(text, figure.end, trigger.start) <= 2:
        anchor = trigger.end
    match = _PURPOSE.match(text, anchor)
    if not match:
        # "won the Ville de Grenoble contract to feed 74 primary schools, worth
        # EUR 31 million": what the deal is for, told before what it is worth.
        match = _PURPOSE_BEFORE_WORTH.search(text, max(0, figure.start - 200), figure.start)
    if not match:
        # "For last year's Steel City 10K we made all 22,000 medals": what
        # the deed was for, put first.
        match = PURPOSE_PUT_FIRST.match(text, 0, figure.start)
    if not match and trigger is not None and trigger.is_noun and trigger.start > figure.end:
        # "awarded the £1.1 million through-floor lift lot": what the deal is
        # for, told between its sum and its noun.
        match = _PURPOSE_BEFORE_THE_NOUN.fullmatch(text, figure.end, trigger.start)
    if not match:
        return None
    purpose = match.group("purpose")
    stop = _PURPOSE_STOP.search(purpose)
    if stop:
        purpose = purpose[: stop.start()]
    purpose = _PURPOSE_NOISE.sub(" ", purpose)
    words = purpose.split()[:10]
    purpose = " ".join(words).strip()
    if not purpose or _FILLER_PURPOSE.match(purpose) or purpose[:1].isdigit():
        return None
    return purpose
