"""Which measure a figure gives: the vocabulary of ``rules/lexicon/events.yaml``.

A figure's measure is, in order: the event its trigger word names
("raised" -> funding-round, "revenue" -> revenue); for a count, what it
counts ("3,150 beds" -> beds, "employs 320 developers" -> employees); for a
physical quantity without a trigger, what its dimension measures ("9.6 km"
-> length, "300,000 m3/day" -> capacity). A figure with none of these has no
measure and is never compared: two bare amounts of one company say nothing
about each other.
"""

from __future__ import annotations

import functools
import re

from auditor.extract.events import EventLexicon
from auditor.model import Quantity
from auditor.units import registry

# What a count of "people" is without an employment word: its own measure.
_PEOPLE = "people"
# What a count per unit of time is per when it tells a rate of work ("a year").
# The units of time a rate is per ("a year", "a day").
TIMES = frozenset({"hour", "day", "week", "month", "quarter", "year"})


def measure_of(
    value: Quantity,
    event: str | None,
    clause_text: str,
    lexicon: EventLexicon,
    after: str | None = None,
) -> str | None:
    """``after``: the clause from the figure on, where what it counts is told."""
    if value.kind == "count":
        if value.counted and value.counted.split()[-1].casefold() in lexicon.own_measure_counts:
            return singular(value.counted.split()[-1].casefold())
        counted = count_measure(value.counted, clause_text, lexicon, after=after)
        if value.per in TIMES and after is not None and lexicon.capability_cues.search(clause_text, 0, len(clause_text) - len(after)):
            # "can handle 2.6 million TEU a year": what the site can do, whatever
            # it counts, and under whatever heading ("Production").
            return "capacity"
        if (
            value.per is None and after is not None
            and lexicon.at_one_time.search(after)
            and lexicon.capability_cues.search(clause_text, 0, len(clause_text) - len(after))
        ):
            # "It can charge 180 cars at once": how many the site takes at one time.
            return "capacity"
        if event in lexicon.events_never_of_people and counted is not None and counted.split(":")[0] in lexicon.counts_of_people:
            return counted  # "fitted 10,900 brides": customers, no installations
        if event in lexicon.events_over_counts or counted is None:
            return event or counted
        return counted
    if value.kind == "quantity":
        if event is not None and lexicon.kinds.get(event) is not None and "quantity" in lexicon.kinds[event].figure_kinds:
            return "capacity" if event == "output" else event
        return dimension_measure(value.unit, lexicon)
    return event


def counted_thing(counted: str, lexicon: EventLexicon) -> str | None:
    """The class of thing a count of a deed counts: its noun's class in
    ``counts`` ("jets" and "planes": aircraft), else the noun in the
    singular ("bus shelters": shelter); None for "people" and words that
    count anything ("units")."""
    written = counted.strip(".,;").split()[-1]
    if not written.isalpha() or not written.islower():
        return None  # "45 KA-320s", "12 Boeings": a model's or a maker's name, no class of thing
    noun = written.casefold()
    if noun in lexicon.any_counted:
        return None
    return _count_class(noun, lexicon) or singular(noun)


def _count_class(noun: str, lexicon: EventLexicon) -> str | None:
    """The class ``counts`` gives a counted noun (casefolded), in the plural or the singular."""
    found = lexicon.count_classes.get(noun)
    if found is None and noun.endswith("s"):
        found = lexicon.count_classes.get(noun[:-1])
    if found is None and not noun.endswith("s"):
        found = lexicon.count_classes.get(noun + "s")
    return found


def count_measure(
    counted: str | None, clause_text: str, lexicon: EventLexicon, labelled: bool = False, after: str | None = None
) -> str | None:
    """The measure a count of ``counted`` gives ("developers" -> employees).
    ``labelled``: the noun is a table's column label ("Staff"), which says
    what the figure is by itself."""
    if not counted:
        return None
    words = counted.casefold().strip(".,;").split()
    listed = _LISTED_PEOPLE.match(after) if after is not None else None
    if listed is not None and words[-1] in listed.group("first").replace(",", " ").split():
        # "1,140 coopers, sawyers and office staff": a list of trades that
        # ends on the staff is all of them, a headcount.
        words = [listed.group("last")]
    noun = words[-1]
    if noun.endswith(_PEOPLE):  # "people", "craftspeople", "salespeople"
        folded = clause_text.casefold().replace("\u2019", "'")  # "we’ve" is the cue "we've"
        before = folded[: len(folded) - len(after)].rstrip() if after is not None else ""
        if any(cue in folded for cue in lexicon.people_cues) or any(before.endswith(cue) for cue in lexicon.people_right_before):
            found = "employees"
        else:
            # "148,000 people listened each week", "we reached 184,000 people
            # a week": listeners, as the people's own verb (or the verb
            # right before them) says ("a crowd of 60 people ... their third
            # visit" is no visitors).
            # (From the counted noun on: "more than 20,000 people came
            # through the doors" has its cue after the figure's own words.)
            noun_at = folded.find(noun, len(before)) if after is not None else -1
            near = _FIRST_WORDS.match(folded, noun_at + len(noun) if noun_at >= 0 else len(before)) if after is not None else None
            near_after = near.group(0) if near is not None else ""
            near_before = " ".join(before.split()[-3:])
            found = next(
                (measure for measure, cue in lexicon.people_classes if cue.search(near_after) or cue.search(near_before)), None
            )
            if found is None:
                return None  # "30,000 people online", "a population of 4.2 million people": no measure
    else:
        # A class named in two or three words ("care workers", "team
        # members", "health care workers") before its last word's.
        found = None
        for size in (3, 2):
            if len(words) >= size:
                found = _count_class(" ".join(words[-size:]), lexicon)
                if found is not None:
                    words = words[: 1 - size]
                    break
        if found is None:
            found = _count_class(noun, lexicon)
        if found is None:
            # A noun the lexicon does not know is its own measure, and what
            # follows "of" says which kind: "six counts of fraud" and "ten
            # counts" (all of them) are not one figure.
            kind_of = _kind_after(after, noun) if after is not None else None
            found = singular(noun) + (f" of {kind_of}" if kind_of else "")
        if found == "employees" and not labelled and not _headcount(clause_text, counted, lexicon):
            return None  # "an audience of 10,000 employees": staff, but no headcount
    # "500 distribution workers" and "600 affected workers" are two groups.
    modifiers = [w for w in words[:-1] if w not in lexicon.generic_count_modifiers and w not in FREQUENCIES]
    return f"{found}:{' '.join(modifiers)}" if modifiers else found


# A count and the few words after it, where its people's own verb stands:
# "148,000 people listened", "some 41,000 people have visited".
_FIRST_WORDS = re.compile(r"\s*\S+(?:\s+\S+){0,4}")
# A figure, the trades it counts listed, and the staff or workers that end
# the list: "1,140 coopers, sawyers and office staff".
_LISTED_PEOPLE = re.compile(
    r"\S+\s+(?P<first>[a-z][a-z-]*(?:,\s+[a-z][a-z-]*)*),?\s+and\s+(?:[a-z-]+\s+)?(?P<last>staff|employees|workers)\b"
)


def _kind_after(after: str, noun: str) -> str | None:
    """The word after "<noun> of" right after the figure, when it names a kind
    ("counts of fraud") rather than an owner or a determiner ("stores of the chain")."""
    if "\0" in noun:  # (the one pattern reads the noun up to its first NUL)
        match = re.match(r"\W*(?:[\w-]+\s+){0,2}?" + re.escape(noun) + _OF_KIND, after.casefold())
    else:
        match = _NOUN_OF.match(noun + "\0" + after.casefold())
    if match is None or match.group("kind") in _NOT_A_KIND:
        return None
    return match.group("kind")


# "<noun> of <word>" within two words of the figure, the noun given before a
# NUL and the text after it: the noun is matched as its group's back
# reference, which matches the same text a literal does, so one pattern
# serves every noun. (A pattern compiled per noun cost a compilation for
# each noun a corpus counts: 600 in the Wikinews articles.)
_OF_KIND = r"\s+of\s+(?P<kind>[a-z][a-z-]+)\b"
_NOUN_OF = re.compile(r"(?P<noun>[^\0]*)\0\W*(?:[\w-]+\s+){0,2}?(?P=noun)" + _OF_KIND)


_NOT_A_KIND = frozenset(
    "the a an its their his her our your my this that these those which whom whose them it all each both some any "
    "more up about around over nearly almost".split()
)

# Words before a counted noun that name no narrower group: those of the
# events lexicon's ``generic_count_modifiers``, and how often ("six weekly
# flights" are six flights a week: the frequency is what the count is per,
# ``frequency_per``, not a kind of flight).
FREQUENCIES = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year"}


def frequency_per(counted: str | None) -> str | None:
    """The unit a count is per when its noun says how often ("weekly flights": week)."""
    if not counted:
        return None
    for word in counted.casefold().split()[:-1]:
        if word in FREQUENCIES:
            return FREQUENCIES[word]
    return None


_OWNER_BEFORE = re.compile(r"\b(?:(?i:its|their|our|the\s+\w+['\u2019]s)|[A-Z][\w&.-]*['\u2019]s?)\s+(?:\w+\s+)?$")


def _headcount(clause_text: str, counted: str, lexicon: EventLexicon) -> bool:
    """A count of staff that is a headcount: with an employment word, or owned ("Its 280 developers")."""
    folded = clause_text.casefold()
    if _any_word(lexicon.staff_cues).search(folded):
        return True
    position = clause_text.find(counted.split()[0]) if counted else -1
    number = re.search(r"[\d,.]+\s*$", clause_text[:position]) if position > 0 else None
    before = clause_text[: number.start()] if number else ""
    strength = _STRENGTH.search(clause_text) if position < 0 else None
    if strength is not None:
        before = clause_text[: strength.start()]  # "Join our 32-strong team": the members counted by the group's strength
    if number is not None and not before.strip(" \t*\u2022-") and not _VERB_IN_LINE.search(clause_text, position + len(counted)):
        return True  # "- 128 staff across the shops and kitchen": an at-a-glance line, a fact of its page's company
    return bool(
        _OWNER_BEFORE.search(before) or _ENDED_WITH_BEFORE.search(before) or _NAME_WITH_BEFORE.search(before)
        or lexicon.staff_employer_before.search(before) or _FRONTED_WITH_BEFORE.match(before)
    )  # fmt: skip


# A group's strength: "32-strong" of "our 32-strong team".
_STRENGTH = re.compile(r"\d[\d,]*-strong\b")


# A verb after a count that opens its line ("120 staff attended", "12 staff
# were laid off"): the line tells of the people, not a company's headcount.
_VERB_IN_LINE = re.compile(r"\b(?:is|are|was|were|will|would|have|has|had|can|could|do|did|\w+ed)\b", re.IGNORECASE)


# "Lindner, with fewer than 250 employees,": a name said to have its staff.
_NAME_WITH_BEFORE = re.compile(
    r"\b[A-Z][\w&.'\u2019-]*,\s+with\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|under\s+|just\s+)?$"
)


# "With 68 buses on the road and 312 colleagues, we are ...": a phrase of
# "with" opening the sentence says what its subject has.
_FRONTED_WITH_BEFORE = re.compile(r"\W*(?:(?:And|But|Now|Today),?\s+)?[Ww]ith\s[^,;:]*$")


# "it ended last year with more than 8,000 employees": the staff it had then.
_ENDED_WITH_BEFORE = re.compile(
    r"\b(?:ended|ends|closed|finished|entered|began|started)\b[^.;]{0,40}\bwith\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|under\s+)?$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=16)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word: one search finds whether one of
    them stands in a text, where a pattern per word cost a search each."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b") if words else re.compile("(?!)")


# Plurals of nouns in "-use" that take an "s" alone ("houses", "clauses").
_USE_NOUNS = frozenset({"uses", "fuses", "muses", "ruses", "excuses", "abuses", "refuses", "accuses"})


# Nouns in "-s" that are singular already: "gas", "surplus", "analysis".
_SINGULAR_IN_S = ("ss", "us", "is")
_SINGULAR_WORDS = frozenset({"gas", "news", "series", "species"})
# Nouns in "-o" whose plural takes "-es" ("potatoes", not "potatoe"s); other
# nouns in "-oe" take an "s" alone ("shoes", "canoes").
_O_ES_PLURALS = frozenset(
    {"potatoes", "tomatoes", "heroes", "echoes", "cargoes", "vetoes", "torpedoes", "mosquitoes", "volcanoes",
     "mangoes", "embargoes", "tornadoes", "dominoes", "buffaloes"}
)  # fmt: skip


# Plurals in "-ves" whose singular ends in "f" or "fe" ("loaves": loaf).
VES_PLURALS = {
    "loaves": "loaf", "halves": "half", "shelves": "shelf", "calves": "calf", "leaves": "leaf", "knives": "knife",
    "wolves": "wolf", "hooves": "hoof", "sheaves": "sheaf", "scarves": "scarf", "thieves": "thief", "lives": "life",
    "wives": "wife",
}  # fmt: skip


def singular(noun: str) -> str:
    if noun in _SINGULAR_WORDS or noun.endswith(_SINGULAR_IN_S):
        return noun
    if noun in VES_PLURALS:
        return VES_PLURALS[noun]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun in _O_ES_PLURALS or noun.endswith(("-potatoes", "-tomatoes")):
        return noun[:-2]
    if noun.endswith(("xes", "ches", "shes", "sses", "zzes")):
        return noun[:-2]  # "boxes", "branches", "classes"
    if noun.endswith("uses") and not noun.endswith(("ouses", "auses")) and noun not in _USE_NOUNS:
        return noun[:-2]  # "buses", "bonuses", "campuses"
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


def dimension_measure(unit: str | None, lexicon: EventLexicon) -> str | None:
    if not unit:
        return None
    dimension = _dimension(unit)
    if dimension is None:
        return None
    for written, measure in lexicon.dimension_measures:
        if dimension == _parse_dimension(written):
            return "capacity" if measure in ("flow", "output") else measure
    return None


@functools.lru_cache(maxsize=None)
def _dimension(unit: str) -> str | None:
    try:
        return str(registry().Quantity(1.0, unit).dimensionality)
    except Exception:  # pint raises several unrelated types for names it cannot read
        return None


@functools.lru_cache(maxsize=None)
def _parse_dimension(written: str) -> str:
    return str(registry().get_dimensionality(written))



def output_of_a_year(
    measure: str | None, value: Quantity, words: str, dated: bool, lexicon: EventLexicon, by_verb: bool = False
) -> str | None:
    """A capacity read from a noun that, dated to a year, tells what was
    made in it (``period_output_nouns``): "its output in 2024 was 2.05
    million tonnes", a column "2024 rock salt output (m t)" are that year's
    production; "an output of 3.2 million tonnes a year" stays a capacity.
    ``by_verb``: read from a verb of output ("produce"); an amount of stuff
    it makes in a year its own clause names is that year's production ("We
    expect to produce 1.6 million tonnes this year"), unless the clause says
    what the site can do ("can make 1.4 million tonnes in a year")."""
    if measure != "capacity" or not dated or value.kind != "quantity" or getattr(value, "per", None) or "/" in (value.unit or ""):
        return measure
    folded = words.casefold()
    if by_verb:
        if dimension_measure(value.unit, lexicon) not in AMOUNTS_OF_STUFF or lexicon.capability_cues.search(words):
            return measure
        return "production"
    if "capacity" in folded or not _any_word(lexicon.period_output_nouns).search(folded):
        return measure
    return "production"


# The measures of an amount of stuff made, by its unit's dimension: tonnes,
# cubic metres, square metres (a power or a flow is a rate already).
AMOUNTS_OF_STUFF = frozenset({"mass", "volume", "area"})


def measure_for_subject(measure: str | None, value: Quantity, subject_kind: str | None, lexicon: EventLexicon) -> str | None:
    """What a money figure measures given what kind of thing it belongs to
    (``measure_by_subject``): a programme's "worth" is its budget."""
    if value.kind != "money" or subject_kind is None:
        return measure
    mapping = lexicon.measure_by_subject.get(subject_kind)
    if not mapping:
        return measure
    return mapping.get(measure or "", measure)


def in_takeover(sentence: str, lexicon: EventLexicon) -> bool:
    folded = sentence.casefold()
    return any(word in folded for word in lexicon.takeover_context)
