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


def is_named_count(
    text: str, figure: FigureMatch, lexicon: Lexicon, gazetteer: Gazetteer, references: ReferenceLexicon
) -> bool:
    """Whether the count ``figure`` of ``text`` runs through a capitalised
    word that is no known place or nationality."""
    if figure.quantity.kind != "count":
        return False
    word = _modifier(text[figure.start : figure.end], figure.quantity.counted or "", lexicon)
    if word is None:
        return False
    folded = word.casefold()
    if folded in gazetteer.demonyms:
        return False
    known = gazetteer.names.get(folded)
    if known is not None and known.type == "country":
        return False
    return word not in references.places
