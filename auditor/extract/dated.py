"""Dated one-off events: what happened at a date, and to what.

"Brisvane announced the scheme in April 2023" dates the announcement of the
scheme; "Kestrel Point was commissioned in 2023" the commissioning of
Kestrel Point; "Opened May 2025" in a table row the opening of the row's
terminal. The class of event comes from ``dated_events`` in
``rules/lexicon/events.yaml``; the thing it happened to is the object of
the event's verb when it has one ("announced *the project*"), else the
clause's subject ("*the line* opened", "*Foxglove*, acquired on ...").
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from auditor.extract.entities import Mention
from auditor.extract.events import EventLexicon
from auditor.extract.nearby import Found, clause_matches, split_around, tail_start, words_after, words_before

# How far before a date its event phrase may stand, in words.
_WINDOW_BEFORE = 8
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?|,\s*)$", re.IGNORECASE)
_WORDS = re.compile(r"\S+")
# A phrase in the passive itself: "It was sold to Northgate in July 2024".
_PASSIVE_PHRASE = re.compile(r"(?:was|were|is|are)\s", re.IGNORECASE)
# An object right after a verb: the verb is active ("started it", "bought the business").
_OBJECT_AFTER = re.compile(r"\s+(?:it|them|him|her|the|a|an|its|their|his)\b")
# Verbs of deeds in the simple past that are no participle: after a comma they do, they are not done to.
_PAST_ONLY = frozenset({"began", "grew", "rose", "fell", "went", "came", "took", "became", "opens", "starts", "begins", "launches"})
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WEEKDAY = re.compile(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday)\b")


class DatedEvent(NamedTuple):
    event: str  # the class: "opening", "announcement", ...
    start: int  # the phrase's span in the sentence
    end: int
    passive: bool  # "was commissioned", ", acquired on": the subject is what it happened to
    tense: str  # "future" for "will open", "is due to open", "expected to complete"; else "past" or "present"


# A count of things as a clause's subject: "4,300 children", "300 pupils", "4.3 million visitors".
# (Not a year, "In November of 2006 the Commission", nor a day, "On Sept 28, the Government", "On February 15 the court".)
_COUNT_OF_THINGS = re.compile(r"\b(?!(?:1[89]|20)\d\d\b)\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+(?:million|billion|thousand))?\s+(?!(?:the|a|an|of|to|in|on|at|and|or|for|by|with|from)\b)[a-z][a-z-]*\b")


def dated_event(text: str, start: int, end: int, clause: tuple[int, int], lexicon: EventLexicon) -> DatedEvent | None:
    """The event a date at ``text[start:end]`` dates, if a phrase names one:
    the nearest phrase before the date within ``_WINDOW_BEFORE`` words, or
    else the first one after it, when it stands right after the date or the
    date leads the clause. Each date looks at its neighbours only (see
    ``nearby``: a sentence of many dates once cost every date a scan of its
    whole clause)."""
    phrases = clause_matches(lexicon.dated_pattern, text, clause)
    if any(p.text.casefold() == "open" for p in phrases):
        phrases = tuple(p for p in phrases if p.text.casefold() != "open" or not _KEPT_OPEN.search(text, max(0, p.start - 60), p.start))
    before, after = split_around(phrases, start, end)
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start) and _NOUN_AFTER.match(text, end):
        # "the US launch that followed its January 2025 FDA clearance": a
        # date between a determiner and its noun dates that noun, the event
        # it names or none, never a phrase before it.
        if after < len(phrases) and words_after(text, end, phrases[after].start, 3) <= 2:
            phrase = phrases[after]
            return DatedEvent(_announced(text, phrases, after, lexicon), phrase.start, phrase.end, True, _tense(text, phrase, clause))
        return None
    if before:
        phrase = phrases[before - 1]
        # The nearest phrase, unless a year stands between it and the date
        # ("launched by Microsoft in 2005 and in January of this year": the
        # phrase has its own date); an earlier one has the same in between.
        if _within_window(text, phrase.end, start) and not _YEAR.search(text, phrase.end, start):
            passive_cue = _PASSIVE_BEFORE.search(text, tail_start(text, clause[0], phrase.start, 1), phrase.start)
            # (", began at her kitchen table in 2008": after a name in
            # apposition, a verb in the past that is no participle is the
            # name's own deed.)
            # (Nor does one with an object: "Our grandfather, Hector
            # Maclachlan, started it in 1961".)
            passive = (passive_cue is not None and not (
                passive_cue.group(0).startswith(",")
                and (_WORDS.match(text, phrase.start).group(0).casefold() in _PAST_ONLY or _OBJECT_AFTER.match(text, phrase.end))
            )) or _PASSIVE_PHRASE.match(text, phrase.start) is not None
            tense = _tense(text, phrase, clause)
            if _FUTURE_BETWEEN.search(text, phrase.end, start):
                tense = "future"  # "announced he will leave the company on January 1": the date is the leaving's
            return DatedEvent(_announced(text, phrases, before - 1, lexicon), phrase.start, phrase.end, passive, tense)
    if after < len(phrases):
        # "the 2019 launch", "2027 | Commercial operation": a noun right after;
        # "In 2025, the library reopened": the verb of a sentence the date leads.
        phrase = phrases[after]
        between = words_after(text, end, phrase.start, 12)
        leads = _LEAD_DATE.match(text[clause[0] : start]) is not None
        if leads and between > 5:
            # "2016 - Sewing plant in Negombo, Sri Lanka, opens": where the
            # thing is says nothing of what the date is of.
            between -= _place_words(text, end, phrase.start)

        if leads and between > 1 and _COUNT_OF_THINGS.search(text, end, phrase.start):
            # "In 2024/25, 4,300 children completed our lessons": the verb's
            # subject is a count of people or things, no party's deed.
            return None
        if _JOINED_AFTER.match(text, end, phrase.start) and not leads:
            # "turned over £46.3m last year and completed its takeover in
            # February": the verb after a join opens a deed of its own.
            return None
        if between <= 1 or (leads and between <= 5):
            # "the 2019 launch" (a noun: its subject is what launched) or
            # "In July 2025 Lumora signed a deal" (a verb: its object is).
            return DatedEvent(
                _announced(text, phrases, after, lexicon), phrase.start, phrase.end, between == 0,
                _tense(text, phrase, clause),
            )
    return None


# "helps keep the indoor pools open in January", "will stay open until": a
# state kept, no opening.
_KEPT_OPEN = re.compile(r"\b(?:keep|keeps|kept|keeping|stay|stays|stayed|staying|remain|remains|remained|remaining)\s+(?:[\w'-]+\s+){0,4}$", re.IGNORECASE)


_JOINED_AFTER = re.compile(r"\s*,?\s+(?:and|or|but|then)\s+$", re.IGNORECASE)
# ", England,": where a name before is, set off by commas, no distance.
_PLACE_SET_OFF = re.compile(r",\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2},")
_RELATIVE_SET_OFF = re.compile(r",\s+(?:which|who|whose)\s[^,;:()]{1,100},(?=\s)")
# ", about 2,400 sq m,": a size or a price set off by commas, of the thing before.
_FIGURE_SET_OFF = re.compile(
    r",\s+(?:(?:about|around|some|nearly|almost|roughly|over|under|more\s+than|just\s+over|just\s+under)\s+)?"
    r"[\u00a3$\u20ac]?\d(?:[\d,.]*\d)?[^,;:()\d]{0,30},(?=\s)",
    re.IGNORECASE,
)


def _within_window(text: str, end: int, start: int) -> bool:
    """Whether a phrase ending at ``end`` stands within the window before a
    date at ``start``, the words of a place set off by commas not counted
    ("completed the acquisition of Pellington Audio of Huntingdon, England, in October 2023")."""
    words = words_before(text, end, start, _WINDOW_BEFORE + 3)
    if words <= _WINDOW_BEFORE:
        return True
    set_off = sum(len(m.group(0).strip(", ").split()) for m in _PLACE_SET_OFF.finditer(text, end, start))
    # "switched on its new pellet line at the Asfordby mill in June 2023": the
    # site a deed was done at says where, as a place set off by commas does.
    set_off += sum(len(m.group(0).split()) for m in _SITE_BETWEEN.finditer(text, end, start))
    # "It was sold to Northgate Moving Group, which runs more than 30 depots
    # across England and Wales, in July 2024": a relative clause set off by
    # commas tells of the name it follows.
    set_off += sum(len(m.group(0).split()) for m in _RELATIVE_SET_OFF.finditer(text, end, start))
    # "moved into its new Beeston workshop, about 2,400 sq m, in October 2024".
    set_off += sum(len(m.group(0).split()) for m in _FIGURE_SET_OFF.finditer(text, end, start))
    return words - set_off <= _WINDOW_BEFORE


def _place_words(text: str, start: int, end: int) -> int:
    """How many words between ``start`` and ``end`` only say where: a place
    set off by commas, or "in <Place>"."""
    set_off = sum(len(m.group(0).strip(", ").split()) for m in _PLACE_SET_OFF.finditer(text, start, end))
    return set_off + sum(len(m.group(0).split()) for m in _IN_A_PLACE.finditer(text, start, end))


_IN_A_PLACE = re.compile(r"\b(?:in|at|near)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}(?=[\s,])")
# ("opened our first London boutique on the King's Road in 2019": a street too.)
_SITE_BETWEEN = re.compile(
    r"\b(?:at|in|near|on)\s+(?:the\s+|its\s+|our\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}(?:\s+[a-z]+)?(?=\s+(?:in|on|during|last|this|early|late)\b)"
)


# A possessive or a determiner right before a date, and a word after it: "its January 2025 FDA clearance".
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|his|her|our|this|that)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,2}[a-z][\w-]*")


def _announced(text: str, phrases: list[Found], index: int, lexicon: EventLexicon) -> str:
    """The event of ``phrases[index]``; for an announcement of another event
    right after it ("today announced that it has completed its acquisition"),
    that event: the date is when it was done, not when it was first announced."""
    event = lexicon.dated_phrases[phrases[index].text.casefold()]
    if event == "announcement":
        # "signed the Nivaro order": what "signed the order" dates, whoever the
        # names between say the order is with.
        named = _NAMES_BEFORE_NOUN.match(text, phrases[index].end)
        if named is not None:
            told = lexicon.dated_phrases.get(f"{phrases[index].text.casefold()} the {named.group('noun').casefold()}")
            if told is not None:
                return told
    if event != "announcement" or index + 1 >= len(phrases):
        return event
    following = phrases[index + 1]
    told = lexicon.dated_phrases[following.text.casefold()]
    if told != "announcement" and _TOLD_AFTER.fullmatch(text, phrases[index].end, following.start):
        return told
    return event


# Names between a verb's article and its noun: "signed the Nivaro order", "signed its Hallberg order".
_NAMES_BEFORE_NOUN = re.compile(r"\s+(?:the|an?|its|their|our)\s+(?:[A-Z][\w&.'\u2019-]*\s+){1,3}(?P<noun>[a-z]+)\b")
# "announced that it has", "announced the": what an announcement tells, right after it.
_TOLD_AFTER = re.compile(r"\s+(?:that\s+)?(?:(?:it|they|we|the\s+\w+)\s+)?(?:has\s+|had\s+|have\s+)?(?:the\s+)?", re.IGNORECASE)


# Between an event's verb and its date, a clause of its own told of the future.
_FUTURE_BETWEEN = re.compile(r"\b(?:will|would|shall|plans?\s+to|intends?\s+to|expects?\s+to|going\s+to|is\s+to|are\s+to)\b", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(
    # ("to" before a verb: "added to the national list in 2019" is no plan.)
    r"\b(?:will|would|shall|should|could|might|to(?!\s+(?:the|an?|its|his|her|their|our|this|that)\b)|due|expected|scheduled|set|planned|plans|aims|hopes|"
    r"intends|likely|going|effective)\b(?:\s+\w+){0,2}\s*$"
    # "when completed in 2010", "once opened": a condition, not a report
    r"|\b(?P<condition>when|once|until|unless|if|before)\s+$",
    re.IGNORECASE,
)
# Anywhere before the event in its clause, these make it a plan or a
# condition ("growth may slow in 2010", "if approved, the deal will close").
_CONDITIONAL_IN_CLAUSE = re.compile(r"\b(?:will|would|could|might|may|if|unless|plans?\s+to|expects?|intends?|aims?\s+to)\b")
# A relative clause set off by a comma: its verb has its own tense.
_RELATIVE_OPENS = re.compile(r",\s+(?:which|who|where)\b", re.IGNORECASE)
# A participle's phrase set off by a comma right before the dated phrase: ", opened in 2016".
_PARTICIPLE_SET_OFF = re.compile(r",\s*$")
_PAST_BEFORE = re.compile(r"\b(?:[a-z]+ed|began|begun|started|entered|reached|achieved|won|took|went|came|made)\s+$", re.IGNORECASE)
_FUTURE_AFTER_DATE = re.compile(r"^\s*(?:is|are)\s+(?:due|expected|scheduled|planned)\b", re.IGNORECASE)
_LEAD_DATE = re.compile(r"^\s*(?:[-*\u2022]\s*)?(?:in|by|during|since|on)?\s*$", re.IGNORECASE)
# "set to open", "set for 2027"; "set up in 2015" is a founding, told in the past.
_FUTURE_PHRASE = re.compile(r"(?:due|scheduled|expected|planned)\b|set\s+(?:to|for)\b", re.IGNORECASE)
_IRREGULAR_PAST = frozenset("broke began bought built took went came struck set won sold held burnt".split())


def _told_with_its_doer(phrase: str) -> bool:
    """Whether an event's phrase holds a noun and then its past verb ("fire
    destroyed"), not a participle alone ("completed")."""
    words = phrase.split()
    return len(words) > 1 and not _past_form(words[0]) and any(_past_form(word) for word in words[1:])


def _past_form(word: str) -> bool:
    return word.casefold().endswith("ed") or word.casefold() in _IRREGULAR_PAST


# A noun, then the doer of a relative clause whose pronoun is left out: "plant we ".
_REDUCED_RELATIVE_DOER = re.compile(r"\b(?!(?:that|which|who|and|or|but|if|when)\b)[a-z]{3,}\s+(?:we|they|it|he|she)\s+$")


def _tense(text: str, phrase: Found, clause: tuple[int, int]) -> str:
    """The tense of a dated event's phrase: its own form and what stands right before it.

    The patterns anchored at the phrase read only the words right before it
    (``tail_start``); a conditional anywhere before it in the clause is the
    clause's first one, found once per clause."""
    future_before = _FUTURE_BEFORE.search(text, tail_start(text, clause[0], phrase.start, 2), phrase.start)
    if future_before is not None and future_before.group("condition") and _told_with_its_doer(phrase.text):
        # "When fire destroyed the club's boathouse in 1998": a clause with
        # its own doer and past verb tells what happened, not a condition.
        future_before = None
    if future_before is not None or _FUTURE_PHRASE.match(phrase.text):
        return "future"
    conditionals = clause_matches(_CONDITIONAL_IN_CLAUSE, text, clause)
    if (
        conditionals
        and conditionals[0].end <= phrase.start
        and not _RELATIVE_OPENS.search(text, conditionals[0].end, phrase.start)
        and not (
            _PARTICIPLE_SET_OFF.search(text, max(conditionals[0].end, phrase.start - 3), phrase.start)
            and _past_form(phrase.text.split()[0])
        )
        # ("will go through the Normanton plant we opened in 2021": a relative
        # clause without its pronoun, its own doer and past verb.)
        and not (_past_form(phrase.text.split()[0]) and _REDUCED_RELATIVE_DOER.search(text, max(conditionals[0].end, phrase.start - 30), phrase.start))
    ):
        # "will move to its Penrith print centre, which opened in 2019": a
        # relative clause set off after the plan tells a fact of its own, and
        # so does a participle ("will come from our plant in Poznan, opened in 2016").
        return "future"
    if any(_past_form(word) for word in phrase.text.split()):
        return "past"
    if _PAST_BEFORE.search(text, tail_start(text, clause[0], phrase.start, 1, keyword=1), phrase.start):
        return "past"  # "began commercial operation in 2020"
    return "present"


# Who did what a relative clause dates, between its pronoun (or the
# description it follows) and its verb: "Polderpomp, which Idrovalle
# acquired in 2012", "Cafés Roure, the Valencia roaster it bought in 2023".
_DOER = r"(?:(?:[A-Z][\w&'\u2019.-]*\s+){1,4}|(?:it|they|we|he|she)\s+|the\s+(?:group|company|firm|business)\s+)"
_RELATIVE_BEFORE = re.compile(
    r"(?:,\s+(?:which|that)\s+(?:has\s+|have\s+|was\s+|were\s+)?|(?:,\s+)?where\s+(?:[a-z]+\s+){0,2})$", re.IGNORECASE
)
_RELATIVE_WITH_DOER = re.compile(
    r",\s+(?:(?:which|that)\s+|(?i:the|an?)\s+(?:[\w-]+\s+){0,4}?(?:(?:which|that)\s+)?)" + _DOER + r"(?:had\s+|has\s+|have\s+)?$"
)


_APPOSITIVE_OPENING = re.compile(r",\s+(?:the|an?)\s", re.IGNORECASE)


def _head_of_relative(text: str, relative: re.Match[str] | None, mentions: Sequence[Mention]) -> Mention | None:
    """The name a relative clause opening at ``relative`` tells of: the one
    right before its comma (a possessive or two lower-case words between)."""
    if relative is None:
        return None
    head = next((m for m in reversed(mentions) if m.end <= relative.start() and m.actor and not m.demonym), None)
    # (A corporate suffix the name left out may stand before the comma: "Madoff Investment Securities LLC, the firm he launched".)
    if head is not None and re.fullmatch(r"(?:['\u2019]s?)?(?:\s+[A-Z][A-Za-z.]{0,5})?(?:\s+[a-z][\w-]*){0,2}\s*", text[head.end : relative.start()]):
        return head
    return None


def done_to_in_relative(
    text: str, event: DatedEvent, mentions: Sequence[Mention], deals_known_by_target: frozenset[str]
) -> Mention | None:
    """What a dated deal (one known by its target) told in a relative clause
    with its own doer was done to: "Polderpomp, which Idrovalle acquired in
    2012" and "Cafés Roure, the Valencia roaster it bought in 2023" date the
    takeovers of Polderpomp and Cafés Roure, whatever else the sentence names."""
    if event.passive or event.event not in deals_known_by_target:
        return None
    head = _head_of_relative(text, _RELATIVE_WITH_DOER.search(text, 0, event.start), mentions)
    return head if head is not None and head.type in ("organisation", "unknown") else None


# A maker's name before its products, a model's name maybe between: "Hagmann
# groomers", "Nivaro NX 500 groomers", "Airbus A320 jets".
_MAKERS_PRODUCTS_AFTER = re.compile(r"(?:\s+[A-Z0-9][\w-]*){0,3}\s+[a-z][a-z-]*[^s\W]s\b")


def theme(
    text: str, event: DatedEvent, mentions: Sequence[Mention], date_start: int, subject: Mention | None,
    deals_known_by_target: frozenset[str] = frozenset(),
) -> Mention | None:
    """What the event happened to: the object after its verb, the antecedent
    of "..., which opened in", else the subject."""
    head = _head_of_relative(text, _RELATIVE_BEFORE.search(text, 0, event.start), mentions)
    if head is None:
        # "Madoff Investment Securities LLC, the firm he launched in 1960": an
        # appositive with its own doer tells of the name it follows.
        appositive = _RELATIVE_WITH_DOER.search(text, 0, event.start)
        if appositive is not None and _APPOSITIVE_OPENING.match(appositive.group(0)):
            head = _head_of_relative(text, appositive, mentions)
    if head is not None:
        return head
    named = named_before_participle(text, event, mentions)
    if named is not None:
        return named
    if not event.passive:
        for mention in mentions:
            if event.end <= mention.start < date_start and mention.actor and not mention.demonym:
                if event.event not in deals_known_by_target and _MAKERS_PRODUCTS_AFTER.match(text, mention.end):
                    continue  # "took delivery of six new Hagmann groomers": their maker, not who took them
                gap = text[event.end : mention.start]
                # (A name after "in" or "at" is where: "Founded in Aveiro in 1921".)
                if len(_WORDS.findall(gap)) <= 3 and not _NOT_THE_THEME_BEFORE.search(gap):
                    if mention.possessive and event.event in deals_known_by_target:
                        # "completed its Wellford takeover": the owner's word
                        # before the deal's target names the buyer, not the target.
                        named = next(
                            (m for m in mentions if m.start > mention.end and not m.possessive and m.actor and not m.demonym
                             and not text[mention.end : m.start].strip()),
                            None,
                        )
                        if named is not None and named.start < date_start:
                            return named
                    return mention
    return subject



# Words between an event's verb and a name after it that make the name no
# thing the event happened to: a doer, a partner, where it happened.
_NOT_THE_THEME_BEFORE = re.compile(r"\b(?:by|with|from|to|in|at|near|outside)\b")


# Between a name (and the nouns that say what it is) and a participle phrase
# set off by a comma: "the Kolibri school fountain pen, launched in 1979".
_BEFORE_PARTICIPLE = re.compile(r"(?:\s+[a-z][\w-]*){0,4}\s*,\s*$")


def named_before_participle(text: str, event: DatedEvent, mentions: Sequence[Mention]) -> Mention | None:
    """The thing a participle phrase after its name dates: "which includes
    the Kolibri school fountain pen, launched in 1979" is the pen's launch,
    not the launch of what the clause's subject did."""
    first = text[event.start : event.end].split()[0] if event.end > event.start else ""
    if not (first.casefold().endswith("ed") or first.casefold() in _PARTICIPLE_OPENERS):
        return None
    # (A person or a place is no thing a phrase dates: "Nike's contract with
    # Michael Jordan, signed in 1984"; "The airline, the largest in China,
    # signed": the clause's own verb.)
    before = [m for m in mentions if m.end <= event.start and not m.demonym and not m.possessive]
    if not before:
        return None
    last = before[-1]
    # "Lehner Mühle in Rheda-Wiedenbrück, founded in 1911", "Tarnby Mills, the
    # Esbjerg miller founded in 1911": the name whose place or description
    # stands between it and the phrase.
    described = next(
        (m for m in reversed(before[-2:])
         if m.type not in ("person", "place", "country") and _PLACE_OR_DESCRIPTION_BEFORE_PARTICIPLE.fullmatch(text, m.end, event.start)),
        None,
    )  # fmt: skip
    if described is not None:
        return described
    if last.type in ("person", "place", "country"):
        return None
    gap = _BEFORE_PARTICIPLE.fullmatch(text, last.end, event.start)
    if gap is None:
        return None
    if not gap.group(0).split(",")[0].strip() and text[: last.start].rstrip().endswith(","):
        # "Its subscription service, CobaltPlay, launched in 2019": a name in
        # apposition before the clause's own verb, the service told of as its
        # owner's; not a participle phrase after a thing.
        return None
    return last


# Between a name and a participle phrase, what says where it is or what it
# is: "in Rheda-Wiedenbrück, " or ", the Esbjerg miller " (a place word in
# either), but no clause ("in Esbjerg, said Brakel, founded").
_PLACE_OR_DESCRIPTION_BEFORE_PARTICIPLE = re.compile(
    # (A legal form the name left out may close it: "Skylark Fireworks Inc., the Ohio importer founded in 1978".)
    r"(?:\s+[A-Z][A-Za-z.]{0,5})?\.?"
    r"(?:\s+(?:in|at|near)\s+(?:the\s+)?[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){0,2}(?:\s+[a-z][\w-]*){0,3}\s*,\s*"
    r"|,\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,4}?[a-z][\w-]*,?\s+"
    # "Pastificio Ferraioli of Amalfi, a smaller pasta maker founded in 1880"
    r"|\s+(?:of|from|in)\s+[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){0,2},\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,4}?[a-z][\w-]*,?\s+)"
)
# Words a dated participle phrase may open with besides a past participle: "first sold in 1985".
_PARTICIPLE_OPENERS = frozenset({"first", "sold", "built", "made", "begun", "set", "won", "bought"})


def weekday_anchor(text: str) -> tuple[int, int] | None:
    """"agreed on Monday", "today announced": an event dated by its dateline."""
    match = _WEEKDAY.search(text)
    return match.span() if match else None


def perfect_anchor(text: str, lexicon: EventLexicon) -> tuple[int, int] | None:
    """"has signed a contract" in a dateline's sentence: done on the dateline's date."""
    for match in lexicon.dated_pattern.finditer(text):
        if re.search(r"\b(?:has|have)\s+(?:\w+\s+)?$", text[max(0, match.start() - 30) : match.start()]):
            return match.end(), match.end()  # the date stands right after its verb
    return None
