"""A capitalised word between a count's number and its noun: a place or a
nationality ("60 UK stores", "12 German plants") says where the counted
things are, and the count stands; any other capitalised word there makes the
phrase a name ("Six Apart acquires", "Four Seasons hotels"), and the count goes.

The figure reader cannot tell the two apart (it knows no places), so the
document model, which holds the gazetteer and the places lexicon, decides.
"""

from __future__ import annotations

import re

from auditor.document.lexicon import ReferenceLexicon
from auditor.extract.entities import Gazetteer
from auditor.extract.figures import FigureMatch
from auditor.extract.lexicon import Lexicon

_TOKEN = re.compile(r"\S+")


def _modifier(text: str, counted: str, lexicon: Lexicon) -> str | None:
    """The capitalised word right before a count's lower-case noun, if any
    (not a number word: "Nine thousand miners"; not part of a model's
    designation: "40 Boeing 737 jets"; not what is counted: "1.8 million TEU")."""
    tokens = _TOKEN.findall(text)
    own = set(counted.split())
    for index in range(1, len(tokens) - 1):
        word, following = tokens[index], tokens[index + 1]
        if not (word[:1].isupper() and word.isalpha() and following[:1].islower()):
            continue
        folded = word.casefold()
        if folded in lexicon.number_words or folded in lexicon.scales or word in own:
            continue
        return word
    return None


def owner_in_count(text: str, figure: FigureMatch, lexicon: Lexicon, any_counted: frozenset[str] = frozenset()) -> str | None:
    """The one capitalised word between a count written in figures and its
    noun, when it can only be the things' owner: "More than 40,000 Marrewijk
    shelters are in service" (a name never opens on "40,000"; "Four Seasons
    hotels" and "Six Apart" do open on a number word). Before a noun that
    counts anything (``any_counted``: "200,000 PSP units") the word is the
    thing, not its owner."""
    if figure.quantity.kind != "count":
        return None
    counted = (figure.quantity.counted or "").split()
    if not counted or counted[-1].casefold() in any_counted:
        return None
    written = text[figure.start : figure.end]
    tokens = _TOKEN.findall(written)
    numbers = [i for i, t in enumerate(tokens) if any(ch.isdigit() for ch in t)]
    if not numbers:
        return None
    capitalised = [t for t in tokens[numbers[-1] + 1 : -1] if t[:1].isupper()]
    if len(capitalised) != 1 or not capitalised[0].isalpha():
        return None
    word = _modifier(written, figure.quantity.counted or "", lexicon)
    return word if word == capitalised[0] else None


def is_named_count(
    text: str, figure: FigureMatch, lexicon: Lexicon, gazetteer: Gazetteer, references: ReferenceLexicon,
    any_counted: frozenset[str] = frozenset(),
) -> bool:
    """Whether the count ``figure`` of ``text`` runs through a capitalised
    word that is no known place or nationality, nor the things' owner
    (``owner_in_count``)."""
    if figure.quantity.kind != "count":
        return False
    word = _modifier(text[figure.start : figure.end], figure.quantity.counted or "", lexicon)
    if word is None or owner_in_count(text, figure, lexicon, any_counted) is not None:
        return False
    folded = word.casefold()
    if folded in gazetteer.demonyms:
        return False
    known = gazetteer.names.get(folded)
    if known is not None and known.type == "country":
        return False
    return word not in references.places


def word_in_count(text: str, figure: FigureMatch, lexicon: Lexicon) -> str | None:
    """The capitalised word between a count and its noun, however the number
    is written ("four Cumbrian practices", "12 Leeds shops"): the caller
    tells whether it is a place."""
    if figure.quantity.kind != "count" or not figure.quantity.counted:
        return None
    return _modifier(text[figure.start : figure.end], figure.quantity.counted, lexicon)
