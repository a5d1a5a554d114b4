"""A sum said without its currency, in a document of one currency.

A transcript writes what was said: "They paid seven point eight million for
sixty per cent", "We turned over eleven point six million last year". A
listener knows the sums are in pounds when every sum the document writes
with its currency is in pounds; the figure reader, which reads one sentence
alone, sees a bare number and leaves it. This module reads such a number as
a sum in the document's one currency where a word of paying or earning
stands right before it and no noun after it says it counts something else
("paid 7.8 million shares"). A document that writes two currencies, or
none, leaves its bare numbers alone.
"""

from __future__ import annotations

import re

from auditor.extract.figures import FigureMatch, find_figures
from auditor.extract.lexicon import Lexicon

# How a text writes each currency it may be read in, and the word a sum in
# it is spoken with.
_CURRENCIES = {
    "GBP": (re.compile(r"£|\bGBP\b|\bpounds?\b(?!\s+(?:of|per|a)\b)"), "pounds"),
    "USD": (re.compile(r"(?<![A-Z])\$|\bUSD\b|\bdollars?\b"), "dollars"),
    "EUR": (re.compile(r"€|\bEUR\b|\beuros?\b"), "euros"),
}
# Words of paying or earning right before a sum: what makes a bare number money.
_MONEY_BEFORE = re.compile(
    r"\b(?:paid|pay|pays|paying|turned\s+over|turn\s+over|turns\s+over|turnover\s+of|worth|cost|costs|costing|"
    r"raised|raise|raising|spent|spend|invested|invest|(?:sold|bought)\s+(?:it|them|us|the\s+\w+)?\s*for|"
    r"revenue\s+of|sales\s+of|takings\s+of|valued\s+(?:it|us|them)?\s*at|"
    # "That was the Pennock's Brewery deal, one point one million over three years"
    r"(?:deal|contract|sponsorship|sale|purchase|takeover)\s*[,:\u2014-])\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under|over|under)\s+)?$",
    re.IGNORECASE,
)
# What may follow a sum: a word that opens another phrase, or punctuation.
_AFTER_A_SUM = re.compile(
    r"\s*(?:[,.;:?!)\u2014-]|$|(?:for|over|in|last|this|a|an|and|to|from|on|up|back|all|upfront|up-front|"
    r"or|but|with|which|that|when|so|because|plus)\b)",
    re.IGNORECASE,
)


def document_currency(text: str) -> str | None:
    """The one currency a text writes its sums in, if it writes exactly one."""
    found = [code for code, (written, _) in _CURRENCIES.items() if written.search(text)]
    return found[0] if len(found) == 1 else None


def bare_amounts(text: str, figures: tuple[FigureMatch, ...], currency: str, lexicon: Lexicon) -> tuple[FigureMatch, ...]:
    """The sums of ``text`` (a sentence) said without their currency after a
    word of paying, as sums in ``currency``; none that a figure of
    ``figures`` already covers."""
    found: list[FigureMatch] = []
    spoken = _CURRENCIES[currency][1]
    for scale in SUM_SCALE.finditer(text):
        start = _number_start(text, scale.start(), lexicon)
        end = scale.end()
        if start is None or any(f.start < end and start < f.end for f in figures):
            continue
        if not _MONEY_BEFORE.search(text, max(0, start - 40), start) or not _AFTER_A_SUM.match(text, end):
            continue
        read = [f for f in find_figures(f"{text[start:end]} {spoken}", lexicon) if f.quantity.kind == "money"]
        if len(read) == 1 and read[0].start == 0:
            found.append(FigureMatch(start, end, read[0].quantity))
    return tuple(found)


# A scale word a spoken sum ends on ("a dozen" or "a hundred" is no sum).
SUM_SCALE = re.compile(r"\b(?:thousand|million|billion)\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w.-]+)\s+$")
# Words inside a number said in words besides the number words: "seven point eight", "two hundred and fifty".
_INSIDE_A_NUMBER = frozenset({"point", "hundred", "and"})
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _number_start(text: str, scale_start: int, lexicon: Lexicon) -> int | None:
    """Where the number before a scale word opens: "7.8" of "7.8 million",
    "seven point eight" of "seven point eight million"; None when no number
    stands right before it (or a figure's sign or comma does: "£7.8
    million" is read by the figure reader)."""
    position = scale_start
    start = None
    while True:
        word = _WORD_BEFORE.search(text, max(0, position - 30), position)
        if word is None:
            break
        token = word.group(1)
        folded = token.casefold()
        if _DIGITS.fullmatch(token) and start is None:
            before = text[word.start(1) - 1 : word.start(1)] if word.start(1) else ""
            return None if before and (before in "£$€.," or before.isalnum()) else word.start(1)
        if folded in lexicon.number_words or (start is not None and folded in _INSIDE_A_NUMBER):
            start, position = word.start(1), word.start(1)
            continue
        break
    while start is not None and text[start:].split(None, 1)[0].casefold() in _INSIDE_A_NUMBER:
        start = None  # "and million": no number
    return start
