"""Attribute claims: what a sentence says an entity *is*.

Nationality and home country (``Israeli AI startup Illumex``, ``the U.S.
government-backed Rapidus``, ``Dyna.Ai, a Singapore-headquartered firm``,
``Acme, based in Norway``) and founding year (``founded in 1998``). These are
the claims that later meet a trusted reference fact list.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple, Sequence

from auditor.extract.dates import DateMatch
from auditor.extract.entities import Gazetteer, Mention
from auditor.extract.numbers import literal_starts

_WORD = re.compile(r"[\w&.'\u2019-]+")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+$")
_BASED_IN = re.compile(r",?\s+(?:(?:which|that|who)\s+is\s+)?(?:based|headquartered|registered|incorporated)\s+in\s+$")
# ("The club, formed in 1882": a club or a society is formed as a company is founded.)
_FOUNDED = re.compile(r"\b(?:founded|established|incorporated|set\s+up|started|formed)\s+(?:in\s+[A-Z][\w.' -]{1,30}?\s+)?in\s+$", re.IGNORECASE)
# Between a name and the participle telling its founding: where the name is
# and what it is may come first ("Brackly Smiles of Leicester, founded in",
# "Cornici Valdarnese, a framing shop in Florence founded in", "Saltmarsh
# Caravan Sales of Maldon, Essex, a dealer founded in"): the participle hangs
# on the name, never on the clause's subject.
_PLACE_NAMED = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}"
_WHERE_A_NAME_IS = rf"(?:\s+(?:of|in|from|near)\s+{_PLACE_NAMED}(?:,\s+{_PLACE_NAMED})?)?"
_WHAT_A_NAME_IS = rf",\s+(?:a|an|the)\s+(?:[a-z][\w'\u2019-]*\s+){{0,5}}[a-z][\w'\u2019-]*{_WHERE_A_NAME_IS}"
_AFTER_A_PREPOSITION_OF_PLACE = re.compile(r"\s(?:of|in|from|near)\s+(?:[A-Z][\w'\u2019.-]*,\s+)?$")
_FOUNDED_SUBJECT_GAP = re.compile(
    rf"{_WHERE_A_NAME_IS}(?:{_WHAT_A_NAME_IS})?,\s*(?:which\s+(?:was|were)\s+)?(?:[a-z]+ly\s+)?"
    rf"|{_WHERE_A_NAME_IS}{_WHAT_A_NAME_IS}\s+"
    rf"|{_WHERE_A_NAME_IS}\s+(?:was|were|is|has\s+been)\s+(?:[a-z]+ly\s+)?"
)


# After a founding's year, the life the business had before it: "after two
# years as a partnership", "having traded as a sole trader since 2009".
EARLIER_LIFE_AFTER = re.compile(
    r"\s+(?:after|following)\s+(?:\w+\s+){1,3}(?:as\s+an?\s+|trading\s+as\b)|,?\s+having\s+(?:traded|run|operated|worked)\b",
    re.IGNORECASE,
)


# Lower-case words that end a noun phrase rather than describe the name after it.
_NOT_DESCRIPTORS = frozenset(
    "and or but said says told of in on at for with by from to than as that which who whose while when where "
    "officials authorities investors regulators government ministers minister lawmakers "
    # A determiner or a preposition starts another noun phrase: "the Serbian
    # pilot aboard the Air India Express jet" says nothing of the airline.
    "the a an its their his her this that these those aboard into onto over under after before during near "
    "against between through via across about around".split()
)


class AttributeMatch(NamedTuple):
    """One attribute read from a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    entity: Mention
    name: str
    value: str


# Words without which a sentence states no attribute; a demonym is the other cue.
_CUE_WORDS = ("founded", "established", " based", "-based", "headquartered", "backed", "owned", "registered", "set up", "formed")


# "Belgium's Noordkwelder": a capitalised word's possessive before a name.
_POSSESSIVE_BEFORE_NAME = re.compile(r"[A-Z][\w.-]*['\u2019]s [A-Z]")


def may_state_attribute(text: str, gazetteer: Gazetteer) -> bool:
    """A cheap test before the full reading: does the sentence hold a cue at all?"""
    return any(cue in text for cue in _CUE_WORDS) or gazetteer.has_demonym(text) or _POSSESSIVE_BEFORE_NAME.search(text) is not None


def attribute_cues(text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The spans of every cue in a whole document, sorted: a span of ``text``
    between whitespace passes ``may_state_attribute`` when a cue lies
    wholly inside it. One pass over a document costs less than one per sentence."""
    spans = [match.span() for match in gazetteer.demonym_matches(text)]
    spans.extend(match.span() for match in _POSSESSIVE_BEFORE_NAME.finditer(text))
    for cue in _CUE_WORDS:
        spans.extend((start, start + len(cue)) for start in literal_starts(text, cue))
    spans.sort()
    return spans


def find_attributes(
    text: str,
    mentions: Sequence[Mention],
    dates: Sequence[DateMatch],
    gazetteer: Gazetteer,
) -> list[AttributeMatch]:
    found: list[AttributeMatch] = []
    names = [m for m in mentions if not m.demonym and m.type != "country"]
    for mention in mentions:
        if mention.type != "country" or mention.country is None or mention.country in gazetteer.unions:
            continue
        described = _described_by_nationality(text, mention, names, gazetteer)
        if described is not None:
            cue_end = _cue_end(text, mention.end, gazetteer)
            found.append(AttributeMatch(mention.start, cue_end, described, "country", mention.country))
            continue
        base = _based_in(text, mention, names)
        if base is not None:
            found.append(AttributeMatch(mention.start, mention.end, base, "country", mention.country))
            continue
        owned = _countrys_own(text, mention, names, gazetteer) if mention.possessive and not mention.demonym else None
        if owned is not None:
            found.append(AttributeMatch(mention.start, owned.end, owned, "country", mention.country))
    found.extend(_opening_nationalities(text, names, gazetteer))
    for date in dates:
        if date.precision == "range":
            continue
        cue_start = founding_cue_before(text, date.start)
        if cue_start is None:
            continue
        if EARLIER_LIFE_AFTER.match(text, date.end):
            continue  # "incorporated in 2013 after two years as a partnership": the firm is older than its company
        entity = founding_participles_name(text, cue_start, names)
        if entity is not None:
            found.append(AttributeMatch(cue_start, date.end, entity, "founded", str(date.year)))
    return found


@functools.lru_cache(maxsize=8)
def _cue_pattern(home_cues: tuple[str, ...]) -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in sorted(home_cues, key=len, reverse=True))
    return re.compile(r"(?:-|\s+(?:government|state)-)(?:" + cues + r")\b")


def _cue_end(text: str, end: int, gazetteer: Gazetteer) -> int:
    """End of ``Singapore-headquartered`` / ``U.S. government-backed`` after a country."""
    match = _cue_pattern(gazetteer.home_cues).match(text, end)
    return match.end() if match else end


# A verb right after a name that makes it the subject of a clause about the
# noun before it ("the British brand Tindra bought", "the Dutch chain it runs").
DEED_AFTER_NAME = re.compile(r"\s+(?:had\s+|has\s+)?(?:bought|acquired|purchased|sold|built|owns|owned|runs|ran|took\s+over)\b")


# A determiner opening the text before a nationality: "The Dutch operator X runs" opens its sentence.
_OPENING_DETERMINER = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s*$")


def _described_by_nationality(
    text: str, country: Mention, names: Sequence[Mention], gazetteer: Gazetteer
) -> Mention | None:
    """The entity a nationality word or ``Country-based`` cue describes."""
    cue_end = _cue_end(text, country.end, gazetteer)
    has_cue = cue_end > country.end
    if not (country.demonym or has_cue):
        return None
    # "Israeli AI startup Illumex": descriptors, then the name.
    for name in names:
        if name.start < cue_end:
            continue
        if name.via in ("pronoun", "first person"):
            # "Nordkem, the Finnish chemicals group, its largest contract": a
            # pronoun is no name a nationality describes.
            break
        gap = text[cue_end : name.start]
        if "," in gap and not _APPOSED_NAME.fullmatch(gap, gap.rfind(",") + 1):
            # "for Austrian and Swiss shops, the first time the Mexican brand":
            # a comma ends the phrase the nationality is in, unless the name
            # follows it ("The primary British index, the FTSE 100", "a
            # Japanese company, such as Sony").
            break
        between = _WORD.findall(gap)
        if not between and country.demonym and _common_looking_word(name):
            # "The Canadian Press", "German Booksellers", "the American Recovery
            # and Reinvestment Plan": the nationality opens the name itself,
            # and what was read as a name is a common word of it.
            return None
        plural = next((i for i, w in enumerate(between[:-1]) if _plural_head(w, gazetteer)), None)
        if plural is not None and not _EXAMPLES_AFTER_PLURAL.match(" ".join(between[plural + 1 :])):
            # "large American companies set up 'Foreign Sales Corporations'":
            # the companies are unnamed ("German carmakers Voltwerk and Kessel" name them).
            return None
        if plural is not None:
            return name  # "Finnish companies including mobile phone manufacturer Nokia", "American companies such as MTV"
        if any(_unnamed_plural(word, after, gazetteer) for word, after in zip(between, between[1:])):
            return None  # "Danish voters rejected the Lisbon Treaty": the voters are Danish
        if len(between) <= 5 and all(_is_descriptor(w, gazetteer) for w in between):
            opens = not _OPENING_DETERMINER.sub("", text[: country.start]).strip(" *_\"'\u201c")
            if between and DEED_AFTER_NAME.match(text, name.end) and not opens:
                # "Copperkettle, the British brand Tindra bought last year": the
                # name opens a clause about the brand; the brand is British.
                return None
            return name
        break
    # "Dyna.Ai, a Singapore-headquartered firm": the appositive's head.
    if has_cue:
        lead = text[: country.start]
        if _APPOSITIVE.search(lead):
            comma = lead.rstrip().rfind(",")
            for name in reversed(names):
                if name.end <= comma and not text[name.end : comma].strip():
                    return name
    return None


def _opening_nationalities(text: str, names: Sequence[Mention], gazetteer: Gazetteer) -> list[AttributeMatch]:
    """A nationality that opens an organisation's name of several words states
    its country: "American Express", "the British Army", "Canadian Press"."""
    starts = {m.start: m for m in names if m.type in ("organisation", "unknown") and " " in m.surface}
    if not starts:
        return []
    found = []
    for match in gazetteer.demonym_matches(text):
        name = starts.get(match.start())
        if name is None or match.end() >= name.end:
            continue
        known = gazetteer.lookup(match.group(0))
        if known is not None and known.country is not None and known.country not in gazetteer.unions:
            found.append(AttributeMatch(match.start(), match.end(), name, "country", known.country))
    return found


def _common_looking_word(name: Mention) -> bool:
    """A single unknown capitalised word that looks like an ordinary word ("Press")."""
    surface = name.surface
    return not name.known and " " not in surface and surface[:1].isupper() and surface[1:].islower() and surface.isalpha()


# What may stand between a comma and a name set off after a nationality's phrase.
_APPOSED_NAME = re.compile(r"\s*(?:(?:the|a|an|such\s+as|including|like|notably)\s+)?", re.IGNORECASE)
_EXAMPLES_AFTER_PLURAL = re.compile(r"(?:such as|including|like)(?: [a-z][\w-]*){0,4}$")


def _plural_head(word: str, gazetteer: Gazetteer) -> bool:
    """A listed description head in the plural ("companies", "firms"): a noun
    phrase of many, which no single name after it is."""
    key = word.casefold().strip(",")
    if not key.endswith("s") or key in gazetteer.descriptors:
        return False
    singular = key[:-3] + "y" if key.endswith("ies") else key[:-1]
    return singular in gazetteer.descriptors


def _unnamed_plural(word: str, after: str, gazetteer: Gazetteer) -> bool:
    """A plain plural noun that no description word follows: the head of a
    phrase of its own ("Danish voters rejected"), which the nationality
    describes. Before a description word it is a modifier ("Swiss drugs
    giant", "Dutch payments company")."""
    if not (word.isalpha() and word.islower() and word.endswith("s")) or word.endswith(("ss", "us", "is")):
        return False
    return after.casefold().strip(",") not in gazetteer.descriptors and not _plural_head(after, gazetteer)


def _is_descriptor(word: str, gazetteer: Gazetteer) -> bool:
    """A word that may describe a name: listed, or a plain lower-case noun ("turbine maker")."""
    key = word.casefold().strip(",")
    if key in gazetteer.descriptors or key.rstrip("s") in gazetteer.descriptors:
        return True
    if key in gazetteer.home_cues:
        return True
    return word.islower() and word.isalpha() and word not in gazetteer.subject_verbs and word not in _NOT_DESCRIPTORS


# After "Belgium's Noordkwelder": nouns that make the name a place or a body
# of the country's own ("Belgium's Flanders region", "Norway's Statoil
# government"), not a company of it.
_PLACE_OR_BODY_AFTER = re.compile(
    r"\s+(?:region|province|state|coast|valley|river|city|capital|island|islands|government|parliament|ministry|"
    r"army|navy|police|central\s+bank)\b"
)


_ARTICLES = frozenset({"the", "a", "an", "its", "like"})


_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "will", "would", "expects", "plans"})


def _countrys_own(text: str, country: Mention, names: Sequence[Mention], gazetteer: Gazetteer) -> Mention | None:
    """The company a country's possessive opens on: "Belgium's Noordkwelder
    cooperative", "Britain's Ashcombe & Lyle": of that country."""
    end = country.end
    while end < len(text) and text[end] in "'\u2019s":
        end += 1
    name = next((n for n in names if n.start >= end), None)
    # Only a company the text tells as one, or a name a company's noun
    # follows ("Noordkwelder cooperative"), and none a word list knows the
    # country of ("China's WTO": the WTO is no Chinese body).
    if name is None or text[end : name.start].strip() or name.known or name.type not in ("organisation", "unknown"):
        return None
    if name.type == "unknown":
        noun = _WORD.match(text, name.end + 1) if text[name.end : name.end + 1] == " " else None
        # ("Australia's Riwaka Bines has finished planting": a name of two
        # words or more the sentence goes on to make do something.)
        deed = noun is not None and " " in name.name and (noun.group(0) in gazetteer.subject_verbs or noun.group(0) in _AUXILIARIES)
        if noun is None or ((noun.group(0).casefold() not in gazetteer.descriptors or noun.group(0) in _ARTICLES) and not deed):
            return None
    if name.via in ("pronoun", "first person") or _PLACE_OR_BODY_AFTER.match(text, name.end):
        return None
    return name


def _based_in(text: str, country: Mention, names: Sequence[Mention]) -> Mention | None:
    """``Acme, based in Norway`` / ``Acme is headquartered in Japan``."""
    lead = text[: country.start]
    match = _BASED_IN.search(lead) or re.search(r"\s+(?:is|was)\s+(?:based|headquartered)\s+in\s+$", lead)
    if match is None:
        return None
    for name in reversed(names):
        if name.end <= match.start() and not text[name.end : match.start()].strip(" ,"):
            return name
    return None


def founding_cue_before(text: str, start: int) -> int | None:
    """Where "founded in " (or "established in Leeds in ") ending at ``start`` begins."""
    cue = _FOUNDED.search(text[max(0, start - 60) : start])
    return None if cue is None else max(0, start - 60) + cue.start()


def founding_participles_name(text: str, cue_start: int, names: Sequence[Mention]) -> Mention | None:
    """The name a founding participle starting at ``cue_start`` hangs on
    (``Acme, founded in 1998``, ``Acme was founded in 1998``, ``Acme of
    Leeds, a dealer founded in 1998``): the nearest name before it, past the
    places and the appositive told of that name (see ``_FOUNDED_SUBJECT_GAP``);
    None where other words stand between."""
    for name in reversed(names):
        if name.end > cue_start:
            continue
        if name.type == "person" or name.demonym:
            return None
        if name.type not in ("place", "country") and _FOUNDED_SUBJECT_GAP.fullmatch(text, name.end, cue_start):
            return name  # ("They retain 2% of Anglo, founded in 1917": Anglo)
        if name.possessive or not _AFTER_A_PREPOSITION_OF_PLACE.search(text, max(0, name.start - 30), name.start):
            return None
        # "of Leicester", "in Leicester, Leicestershire": where the name
        # before is, which the gap from that name holds.
    return None
