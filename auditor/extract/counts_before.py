"""Counts whose noun stands before the number.

"Playvault subscribers reached 5.6 million at September 30" and "CobaltPlay
subscribers: 8.2 million" count subscribers, though no noun follows the
number, so the figure reader (which reads a count from the noun after it)
leaves them bare. Here a bare number with a scale word ("5.6 million") or
grouped thousands ("240,000") is read as a count of the plural noun that the
lexicon knows as counted (``counts`` in ``rules/lexicon/events.yaml``) when
that noun opens the number's clause: right before a verb or a colon, at most
a few words back.
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from auditor import model
from auditor.extract.figures import FigureMatch, bounded_quantity
from auditor.extract.lexicon import Lexicon
from auditor.extract.numbers import apply_scale, parse_number, scale_value

_BARE = re.compile(r"(?<![\w$\u00a3\u20ac\u00a5.,-])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<scale>million|billion|thousand|m|bn))?(?![\w%])")
_WORD = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z]")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words between the noun and the number that make it a number of that noun:
# a verb ("reached", "grew to about") or a colon.
_LINKS = frozenset("to at of about nearly around some over almost more than".split())
_NEAR = 48


def counts_named_before(
    text: str, figures: Sequence[FigureMatch], counted: Mapping[str, str], lexicon: Lexicon, collective: Mapping[str, str] | None = None
) -> list[FigureMatch]:
    """Bare counts of ``text`` (a sentence) whose counted noun precedes them;
    ``figures`` are those already read, which they never overlap.
    ``collective``: nouns of a whole counted by its members, each with the
    noun its number counts, which may be small: "taking its workforce to 64
    from 51" (workforce), "our team of 23" (staff)."""
    found: list[FigureMatch] = []
    for match in _BARE.finditer(text):
        if any(f.start < match.end() and match.start() < f.end for f in figures):
            continue
        window = text[max(0, match.start() - _NEAR) : match.start()]
        if match.group("scale") is None and "," not in match.group("n"):
            # "in 12 markets" is read by the noun after; a lone small number is
            # no count, but after "its workforce to" or "a headcount of" it is.
            noun = _collective_before(window, text, match.end(), collective) if collective and "." not in match.group("n") else None
        else:
            noun = _noun_before(window, counted)
        if noun is None:
            continue
        amount = parse_number(match.group("n"), lexicon)
        if amount is None:
            continue
        amount = apply_scale(amount, scale_value(match.group("scale"), lexicon))
        value = round(amount.value)
        # "a workforce of around 300", "subscribers reached more than 5.6 million": the bound the words before it say.
        start, qualifier = _qualifier_before(text, match.start(), lexicon)
        quantity = bounded_quantity(
            "count", "count", value, amount.precision, qualifier, text[start : match.start()].strip() or None,
            lexicon.about_fraction, counted=noun,
        )
        found.append(FigureMatch(start, match.end(), quantity))
    return found


def _qualifier_before(text: str, start: int, lexicon: Lexicon) -> tuple[int, str | None]:
    """Where the longest qualifier ("around", "more than") right before ``start`` opens, and its kind."""
    offset = max(0, start - _QUALIFIER_REACH)
    window = text[offset:start]
    if not window[-1:].isspace():
        return start, None  # "300" glued to a word before it: no qualifier's
    words = window.split()
    starts = [m.start() + offset for m in re.finditer(r"\S+", window)]
    for first in range(max(0, len(words) - 4), len(words)):
        kind = lexicon.qualifiers.get(" ".join(words[first:]).lower())
        if kind is not None:
            return starts[first], kind
    return start, None


# How far back a qualifier of a count named before may start: "no fewer than", "an estimated".
_QUALIFIER_REACH = 30


# "its workforce to 64", "a headcount of 64", "a staff of fewer than 700",
# "workforce rose to 64 from 51",
# "... to 64 from 51": the collective noun, a verb of change maybe, the link.
# ("Membership is 612", "our membership totals 612": a verb of being alone links them too.)
_COLLECTIVE_LINK = re.compile(
    r"\b(?P<noun>[A-Za-z][a-z]+)(?:(?:\s+(?:rose|grew|fell|dropped|increased|decreased|climbed|went|stood|stands|was|is))?\s+(?:of|to|at)|\s+(?:is|was|totals|totalled|totaled|reached))"
    r"\s+(?:(?:about|nearly|around|some|over|under|almost|(?:fewer|more|less)\s+than|up\s+to|at\s+least)\s+)?$"
)
# Not a share of the whole, nor a thing the number counts after it ("64%", "64 people" are read elsewhere).
# ("a team of 24 that turned over £2.1m": a relative clause on the whole after it.)
_NOTHING_COUNTED_AFTER = re.compile(
    r"(?!\s*(?:%|per\s*cent|percent)\b)(?:\s*[,.;)]|\s+(?:from|in|at|on|by|and|as|after|this|last|people|staff|employees|that|which|who|including)\b|\s*$)"
)


def _collective_before(window: str, text: str, end: int, collective: Mapping[str, str]) -> str | None:
    """The noun a small bare number after a collective noun counts ("taking
    its workforce to 64 from 51": workforce; "our team of 23": staff), or None."""
    link = _COLLECTIVE_LINK.search(window)
    if link is None or link.group("noun").casefold() not in collective or not _NOTHING_COUNTED_AFTER.match(text, end):
        return None
    return collective[link.group("noun").casefold()]


def _noun_before(window: str, counted: Mapping[str, str]) -> str | None:
    """The counted noun the window ends a few words after: "subscribers
    reached ", "subscribers: "; None across other punctuation."""
    tokens = _WORD.findall(window)
    between = 0
    labelled = False  # a colon stands between: the words before it label the number
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token == ":":
            between += 1
            labelled = True
            continue
        if labelled and _YEAR.fullmatch(token):
            between += 1
            continue  # "Journeys in 2024: 167 million": the label's year
        if not token.isalpha():
            return None  # "up from 4.9 million": a comma, a figure or a bracket stands between
        if labelled and token[1:].islower() and token.casefold() in counted and between <= 3:
            return token.casefold()  # "Journeys in 2024: 167 million": a label's counted noun
        if token in counted and between:
            return token
        if token in counted and tokens[index + 1 : index + 2] == ["of"] and len(tokens) == index + 2:
            return token  # "total visits of 212,400": the noun, "of", the number
        if tokens[index + 1 : index + 2] == [":"] and token[1:].islower() and token.casefold() in counted:
            return token.casefold()  # "Employees: 2,100": a label
        if token in _NUMBERS_OF and between and index > 0:
            # "Passenger numbers reached 21.4 million": the number of passengers.
            named = _counted_form(tokens[index - 1], counted)
            if named is not None:
                return named
        if not token.islower() or between >= 4:
            return None
        between += 1 if token not in _LINKS else 0
    return None


# Nouns after a counted thing that make it a number of those things.
_NUMBERS_OF = frozenset({"numbers", "figures", "totals"})


def _counted_form(word: str, counted: Mapping[str, str]) -> str | None:
    """"Passenger" -> "passengers", "staff" -> "staff": the counted noun a word before "numbers" names."""
    folded = word.casefold()
    if not word.isalpha() or not (word.islower() or word[1:].islower()):
        return None
    for form in (folded, folded + "s"):
        if form in counted:
            return form
    return None
