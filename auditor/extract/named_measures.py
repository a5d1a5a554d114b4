"""What a figure measures when the words right after it name it.

"The processor handled EUR 38 billion of card payments in 2024", "The
group owns 840,000 hectares of forest", "2,900 hectares of irrigated
groves": no trigger word names the measure, but the noun phrase after "of"
does, as a count's noun does for a count ("3,150 beds"). Two stories that
give the same subject's "card payments" or "forest" in different figures
tell one fact in two ways; a figure with no measure is never compared.

Only money and physical quantities are named so: a share ("92% of the
lithium", "35% of the shares") is a share of what the verb did to it, and
a verb is no part of the name here.
"""

from __future__ import annotations

import re

from auditor.extract.events import EventLexicon
from auditor.extract.lexicon import Lexicon
from auditor.extract.measures import singular

# "of" and lower-case words (hyphens allowed). Not after an article or a
# possessive: "$634 billion of the budget", "$5.7 billion of the aid" are
# parts of a whole the text told of, not a measure of their own.
_OF_PHRASE = re.compile(r"\s+of\s+(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})")
# Prepositions the function words leave out, and adverbs: where a noun phrase ends.
_PHRASE_ENDS = frozenset("inside outside across around near along beyond within without among toward towards behind above below beneath throughout".split())
# The kinds of figure whose "of X" names a measure.
_NAMED_KINDS = frozenset({"money", "quantity"})
# Measures a figure of each kind has by its "of X": a sum of payments is a
# flow of its period, a stretch of land or track a stock at its date.
LASTS = {"money": "periodic", "quantity": "stock"}


def measure_named_after(text: str, end: int, kind: str, lexicon: Lexicon, events: EventLexicon) -> str | None:
    """The measure the "of X" right after a figure ending at ``end`` names
    ("card payment" for "EUR 38 billion of card payments in 2024"), its last
    noun made singular; None when none follows or the figure is of another
    kind. The phrase ends at the first function word, time word or number
    ("of forest in Västerbotten", "of card payments last year"), and a
    participle closing it is the verb of a relative clause ("of beans
    processed"), not a noun. A noun that names a part of a whole ("of the
    total", ``unnamed_measure_nouns``) names no measure."""
    if kind not in _NAMED_KINDS:
        return None
    match = _OF_PHRASE.match(text, end)
    if match is None:
        return None
    words: list[str] = []
    for word in match.group("words").split():
        if (
            word in lexicon.function_words
            or word in _PHRASE_ENDS
            or word.endswith("ly")
            or _time_word(word, lexicon)
        ):
            break
        words.append(word)
    while words and (words[-1].endswith("ed") or words[-1].endswith("ing")):
        words.pop()
    if not words or len(words[-1]) < 3 or words[-1] in events.unnamed_measure_nouns or words[0] in events.unnamed_measure_nouns:
        return None
    # "4.5 million cubic metres of reserves": a noun the lexicon names an
    # event by is that event, as "reserves of 4.5 million cubic metres" is.
    for start in range(len(words)):
        named = events.triggers.get(" ".join(words[start:]))
        if named is not None and named[1] and kind in events.kinds[named[0]].figure_kinds:
            return named[0]
    return " ".join([*words[:-1], singular(words[-1])])


def _time_word(word: str, lexicon: Lexicon) -> bool:
    """A time noun ("year", "years") or a word that says when ("last")."""
    return word in lexicon.rates.time_words or word.removesuffix("s") in lexicon.rates.time_words or word in _WHEN_WORDS


_WHEN_WORDS = frozenset({"last", "next", "this", "previous", "prior", "current", "ago", "earlier", "later"})
