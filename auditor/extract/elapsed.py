"""Spans of time a document states between dates it gives.

"Building work began in May 2024, and the plant produced its first
mattress in April 2025, 14 months later"; "She joined as an apprentice in
1989, and in the 41 years since ..."; "Construction began in September
2023 and took 14 months; the line started production in June 2024"; "We
started building in October 2024 and lit it on 19 May, so eleven months
from the first concrete to the first glass". Each states how long it was
from one date to another, and the dates are written beside it: the
``elapsed-time`` rule does the arithmetic. Five ways of telling a span are
read, each with the dates it counts between:

* "N months later" (or "afterwards"): from the date before the last one
  before it (in its sentence, else one of the two sentences before in its
  paragraph) to that last one;
* "in the N years since": from the last date before it (in its sentence or
  the two before in its paragraph) to the document's present;
* "took N months": from the last date before it in its sentence to the
  first date after it in its sentence that a word of finishing or opening
  stands before (``elapsed_ends`` in ``rules/lexicon/events.yaml``);
* "so N months" and "N months from": between the two dates before it in
  its sentence;
* "after N years in charge" (``elapsed_tenures``): from the last date of
  the sentences before (when the holder took over) to its sentence's date;
* "The five-year contract" (``term_nouns``): between the dates a sentence of
  its paragraph, its own or one after it, says the term runs from and to
  ("runs from July 2025 to the end of June 2028").

A span is kept in months; how far the writer may have rounded it is its
slack (a month for months, a year for years, twice that after "about").
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple, Sequence

from auditor.extract.dates import DateMatch
from auditor.extract.events import EventLexicon
from auditor.extract.lexicon import Lexicon
from auditor.extract.numbers import ascii_lowered, parse_number, word_number_pattern
from auditor.extract.timing import time_ref
from auditor.model import TimeRef

# Months in a unit a span is told in.
_MONTHS_IN = {"week": 12 / 52, "month": 1.0, "year": 12.0}
# How far a writer may round a span told in each unit, in months.
_SLACK = {"week": 0.5, "month": 1.0, "year": 12.0}
# Words before a number that make it rough: the slack doubles.
_ROUGH = r"(?P<rough>about|around|some|roughly|nearly|almost|more\s+than|over|less\s+than|under|just\s+over|just\s+under|barely)\s+"
# How many sentences back a span's first date may be told ("... in 2004. In the 15 years since").
SENTENCES_BACK = 2


class Elapsed(NamedTuple):
    start: int  # the span's words, offsets in the sentence ("14 months later")
    end: int
    months: float  # what it states
    slack: float  # how far it may be rounded, in months
    rough: bool
    since: TimeRef  # the date it counts from
    until: TimeRef  # the date it counts to


class _Patterns(NamedTuple):
    later: re.Pattern[str]
    since: re.Pattern[str]
    took: re.Pattern[str]
    so: re.Pattern[str]
    span_from: re.Pattern[str]
    end_word: re.Pattern[str]


_NUMBER = r"(?:{rough})?(?P<n>\d{{1,3}}|{words})"
_UNIT = r"(?P<unit>weeks?|months?|years?)"


@functools.lru_cache(maxsize=4)
def _tenure_pattern(lexicon: Lexicon, tenures: tuple[str, ...]) -> re.Pattern[str]:
    """Compiled when a sentence first says "after": most documents never do."""
    number = _NUMBER.format(rough=_ROUGH, words=word_number_pattern(lexicon))
    tenure = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(tenures, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\bafter\s+{number}\s+{_UNIT}\s+(?:{tenure})\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _patterns(lexicon: Lexicon, ends: tuple[str, ...]) -> _Patterns:
    number = _NUMBER.format(rough=_ROUGH, words=word_number_pattern(lexicon))
    unit = _UNIT
    ending = "|".join(re.escape(e) for e in sorted(ends, key=len, reverse=True)) or "(?!)"
    return _Patterns(
        later=re.compile(rf"\b{number}\s+{unit}\s+(?:later|afterwards|after\s+that)\b", re.IGNORECASE),
        since=re.compile(rf"\bthe\s+{number}\s+{unit}\s+since\b", re.IGNORECASE),
        took=re.compile(
            rf"\b(?:took|lasted|(?:will|would|is\s+to|is\s+expected\s+to|should)\s+(?:take|last))\s+(?:only\s+|just\s+)?{number}\s+{unit}\b",
            re.IGNORECASE,
        ),
        so=re.compile(rf"\b(?:so|or)\s+{number}\s+{unit}\b", re.IGNORECASE),
        span_from=re.compile(rf"\b{number}\s+{unit}(?=\s+from\s+(?!\d))", re.IGNORECASE),
        end_word=re.compile(rf"\b(?:{ending})\b[^.;]{{0,40}}$", re.IGNORECASE),
    )


# A second deed joined to the one a date is told of: "in 2003 and bought".
_ANOTHER_DEED = re.compile(r"\s(?:and|but)\s+(?:then\s+)?[a-z]")
# The same, right before a span that opens the joined clause: "in 1984, and two years later".
_JOINED_BEFORE = re.compile(r"\s(?:and|but)\s+(?:then\s+)?$")


# Right before a date, the start of a span: "starting in April 2026", "from May".
_STARTING_BEFORE = re.compile(r"\b(?:starting|beginning|from|begins|starts|start)\s+(?:in\s+|on\s+)?$", re.IGNORECASE)


def _points(dates: Sequence[DateMatch]) -> list[DateMatch]:
    """The dates that name one point in time: no range, no quarter."""
    return [d for d in dates if d.precision in ("year", "month", "day")]


def elapsed_in(
    text: str,
    offset: int,
    dates: Sequence[DateMatch],
    before_it: Sequence[tuple[Sequence[DateMatch], int]],
    present: TimeRef | None,
    lexicon: Lexicon,
    events: EventLexicon,
) -> list[Elapsed]:
    """The spans a sentence states. ``text`` and ``dates`` are the sentence's
    (``offset``: where it starts in the document); ``before_it`` the dates
    and starts of the sentences before it in its paragraph, nearest first
    (``SENTENCES_BACK`` of them at most); ``present``: the document's date,
    for "since"."""
    patterns = _patterns(lexicon, events.elapsed_ends)
    points = _points(dates)
    # The last point date of the nearest sentence before that gives one.
    earlier = next(((_points(ds)[-1], start) for ds, start in before_it if _points(ds)), None)
    found: list[Elapsed] = []
    # Each pattern but "so" holds a word of its own ("later", "since",
    # "took"): an ASCII sentence without it, lowered, is not searched with
    # it (ignoring case, the engine tries the pattern at every position).
    low = ascii_lowered(text)

    def holds(*words: str) -> bool:
        return low is None or any(word in low for word in words)

    def told(match: re.Match[str], since: tuple[DateMatch, int] | TimeRef, until: tuple[DateMatch, int] | TimeRef) -> None:
        amount = parse_number(match.group("n"), lexicon)
        if amount is None or amount.value == 0 or any(f.start < match.end() and match.start() < f.end for f in found):
            return  # "so eleven months from": one span, read once
        unit = match.group("unit").casefold().rstrip("s")
        rough = bool(match.group("rough"))
        slack = _SLACK[unit] * (2 if rough else 1)
        found.append(
            Elapsed(match.start(), match.end(), amount.value * _MONTHS_IN[unit], slack, rough, _ref(since), _ref(until))
        )

    for match in patterns.later.finditer(text) if holds("later", "after") else ():
        before = [d for d in points if d.end <= match.start()]
        if _JOINED_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            # "joined as a partner in 1984, and two years later the name over
            # the door became ...": a deed joined after the last date, with
            # no date of its own, counts from that date to when it is not told.
            continue
        if len(before) >= 2:
            told(match, (before[-2], offset), (before[-1], offset))
        elif len(before) == 1 and earlier is not None and not _ANOTHER_DEED.search(text, before[-1].end, match.start()):
            # "Building work began in May 2024. The plant opened in April 2025,
            # 14 months later": the first date in a sentence before. Not
            # "became chief executive in 2003 and bought its first digital
            # presses six years later": the later deed has no date of its own.
            told(match, earlier, (before[-1], offset))
    tenures = _tenure_pattern(lexicon, events.elapsed_tenures).finditer(text) if "after" in text.casefold() else ()
    for match in tenures:
        # "In 2021, after twenty-five years in charge, he handed over": from
        # when the holder took over, told before, to the sentence's own date.
        own = [d for d in points if d.end <= match.start()] or [d for d in points if d.start >= match.end()]
        if own and earlier is not None:
            told(match, earlier, (own[0], offset))
    for match in patterns.since.finditer(text) if holds("since") else ():
        before = [d for d in points if d.end <= match.start()]
        anchor = (before[-1], offset) if before else earlier
        if present is not None and anchor is not None and anchor[0].year <= present.year:
            told(match, anchor, present)
    for match in patterns.took.finditer(text) if holds("took", "lasted", "take", "last") else ():
        before = [d for d in points if d.end <= match.start()]
        if not before:
            # "Construction will take 18 months, starting in April 2026, with
            # the line due to open in December 2026": the start told after it.
            before = [d for d in points if d.start >= match.end() and _STARTING_BEFORE.search(text, max(0, d.start - 20), d.start)][:1]
        after = [
            d for d in points
            if d.start >= match.end() and (not before or d.start > before[-1].start) and patterns.end_word.search(text, match.end(), d.start)
        ]
        if before and after:
            told(match, (before[-1], offset), (after[0], offset))
    for match in (*patterns.so.finditer(text), *(patterns.span_from.finditer(text) if holds("from") else ())):
        before = [d for d in points if d.end <= match.start()]
        if len(before) >= 2:
            told(match, (before[-2], offset), (before[-1], offset))
    return found


# "our 150th anniversary", "its fortieth anniversary", "its centenary": its
# own, not "the 50th anniversary of the moon landing", "the hall's centenary"
# nor a person's "80th birthday".
@functools.lru_cache(maxsize=4)
def _anniversary_pattern(ordinals: tuple[str, ...], nouns: tuple[str, ...]) -> re.Pattern[str]:
    def choice(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    return re.compile(
        rf"\b(?:our|its|their)[ \t]+(?:(?:(?P<n>\d{{1,3}})(?:st|nd|rd|th)|(?P<ordinal>{choice(ordinals)}))[ \t]+anniversary"
        rf"|(?P<noun>{choice(nouns)}))\b(?![ \t]+of\b)",
        re.IGNORECASE,
    )


# A date the anniversary is told of, right after it: "anniversary in 2022", "anniversary this year".
_TOLD_OF_AFTER = re.compile(r"[ \t]+(?:in|during|this|last|next)\b", re.IGNORECASE)


class Anniversary(NamedTuple):
    """An anniversary a sentence tells of its subject: its words, its years, and when it falls."""

    start: int
    end: int
    years: int
    at: TimeRef  # the date told right after it, else the document's present


def anniversaries_in(text: str, offset: int, dates: Sequence[DateMatch], present: TimeRef | None, lexicon: Lexicon) -> list[Anniversary]:
    """The anniversaries a sentence tells of its subject ("celebrated our
    150th anniversary in 2022", "is marking its 25th anniversary"), each of
    whole years, falling at the date told right after it, else at the
    document's present."""
    low = text.casefold()
    if "anniversar" not in low and not any(noun in low for noun in lexicon.anniversary_nouns):
        return []
    found: list[Anniversary] = []
    points = _points(dates)
    pattern = _anniversary_pattern(tuple(lexicon.anniversary_ordinals), tuple(lexicon.anniversary_nouns))
    for match in pattern.finditer(text):
        if match.group("n"):
            years = int(match.group("n"))
        elif match.group("ordinal"):
            years = lexicon.anniversary_ordinals[match.group("ordinal").casefold()]
        else:
            years = lexicon.anniversary_nouns[match.group("noun").casefold()]
        told_of = _TOLD_OF_AFTER.match(text, match.end())
        after = [d for d in points if told_of is not None and d.start >= match.end() and d.start - match.end() < 16]
        at = _ref((after[0], offset)) if after else present
        if at is not None and years:
            found.append(Anniversary(match.start(), match.end(), years, at))
    return found


class Term(NamedTuple):
    """A deal's term told as a length: "The five-year contract"."""

    start: int
    end: int
    months: float
    slack: float
    rough: bool


@functools.lru_cache(maxsize=4)
def _term_pattern(lexicon: Lexicon, nouns: tuple[str, ...]) -> re.Pattern[str]:
    number = _NUMBER.format(rough=_ROUGH, words=word_number_pattern(lexicon))
    alternation = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"\b{number}[-\s](?P<unit>week|month|year)(?:[-\s]long)?\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{alternation})s?\b", re.IGNORECASE
    )


def terms_told(text: str, lexicon: Lexicon, nouns: tuple[str, ...]) -> list[Term]:
    """The deals' terms a sentence tells as lengths ("a five-year contract",
    "the 10-year lease"), in months, with the rounding their unit allows."""
    found = []
    for match in _term_pattern(lexicon, nouns).finditer(text) if nouns else ():
        amount = parse_number(match.group("n"), lexicon)
        if amount is None or amount.value == 0:
            continue
        unit = match.group("unit").casefold()
        rough = bool(match.group("rough"))
        found.append(Term(match.start(), match.end(), amount.value * _MONTHS_IN[unit], _SLACK[unit] * (2 if rough else 1), rough))
    return found


# "runs from July 2025 to the end of June 2028": a term told by its dates.
_RUNS_FROM = re.compile(r"\b(?:runs?|running|ran|will\s+run|is\s+to\s+run|lasts?|lasting)\s+from\s+", re.IGNORECASE)
_RUNS_TO = re.compile(r"\s+(?:to|until|till|through|and)\s+(?:the\s+(?:end|close)\s+of\s+)?", re.IGNORECASE)


def term_dates(text: str, offset: int, dates: Sequence[DateMatch]) -> tuple[TimeRef, TimeRef] | None:
    """The first and last dates of a term a sentence tells by them ("Work
    under the contract runs from July 2025 to the end of June 2028")."""
    points = _points(dates)
    for match in _RUNS_FROM.finditer(text):
        first = next((d for d in points if d.start == match.end()), None)
        if first is None:
            continue
        to = _RUNS_TO.match(text, first.end)
        last = next((d for d in points if to is not None and d.start == to.end()), None)
        if last is not None:
            return _ref((first, offset)), _ref((last, offset))
    return None


def _ref(point: tuple[DateMatch, int] | TimeRef) -> TimeRef:
    """A date read in a sentence starting at the offset, or the document's own date."""
    if isinstance(point, TimeRef):
        return point
    date, offset = point
    return time_ref(date, "sentence", offset)
