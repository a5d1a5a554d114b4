"""Company names written with a possessive: "Tolmie's Hardware", "McGinley's
Hardware", "Calloway's Supermarkets".

A capitalised word with "'s" before another capitalised word is most often
one thing's other ("Germany's Siemens", "Apple's Tim Cook"), and the name
finder ends a name at the apostrophe. A document shows that the whole run is
one company's name in a few plain ways, read here once for the whole text:

- a legal form closes it ("Tolmie's Hardware Ltd");
- a description of a company stands in apposition to it ("McGinley's
  Hardware, the nine-store Donegal chain");
- it is the whole of a title's part ("Annual Report 2024 | Tolmie's Hardware")
  or of a table's cell ("| Tolmie's Hardware | Perth | 46 |");
- it closes a line after a person's office ("Guest: Kerensa Pellow,
  managing director, Pellow's Dairy Ice Cream"), maybe with its town after
  it: whom the person works for;
- it is what a verb of founding founded ("who founded Nettleship's Fish &
  Chips in 1951");
- it runs to three words or more and ends on a place of business's word
  ("Wheelwright's Yard Antiques Centre");
- a family name and its possessive stand alone where a noun phrase stands,
  as a shop is called by its owner ("swoops on Pennock's in £8.4m deal",
  "Pennock's is small by the standards of its new owner"): a verb that is
  no contraction's ("is", "employs"), a preposition or a clause's mark
  follows, and no capitalised word comes right before it ("Harold
  Pennock's" is a person's). The owner must be no given name ("the idea
  was Clare's").

The first word must be no name the gazetteer knows (a country, a city, a
listed company): "Germany's Energy Agency" is Germany's. Each name found is
given with and without its legal form, so every place the text writes it is
read as one name.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping

from auditor.extract.entities import Gazetteer, fold
from auditor.extract.letters import UPPER

# "Tolmie's Hardware", "McGinley's Hardware Stores": an owner's word, its
# possessive, then one to three capitalised words.
_WORD = r"[" + UPPER + r"][\w&-]*"
# ("Nettleship's Fish & Chips": an ampersand may join two of the words.)
_POSSESSIVE_RUN = r"(?P<name>(?P<owner>" + _WORD + r")['\u2019]s(?:[^\S\n]+(?:&[^\S\n]+)?" + _WORD + r"){1,3})"
_BEFORE = r"(?<![\w'\u2019])"
_APPOSITIVE = re.compile(
    _BEFORE + _POSSESSIVE_RUN + r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?P<head>[a-z][\w-]*)"
    r"(?=\s*[,.;:)]|\s+(?:in|of|from|that|which|with|whose|based)\b)"
)
_ANY_RUN = re.compile(_BEFORE + _POSSESSIVE_RUN + r"(?![\w'\u2019])")
# A person's office, then the run, closing its line or sentence: ", managing
# director, Pellow's Dairy Ice Cream".
# (Its town may close the line after it: ", Nettleship's Fish & Chips, Seaham".)
_AFTER_AN_OFFICE = re.compile(
    r",[^\S\n]+(?P<office>[a-z][a-z -]{1,40}?),[^\S\n]+" + _POSSESSIVE_RUN
    + r"(?=[^\S\n]*(?:$|[.;)\n])|,[^\S\n]+[" + UPPER + r"][\w-]*(?:[^\S\n]+[" + UPPER + r"][\w-]*)?[^\S\n]*$)",
    re.MULTILINE,
)
# What a founder founded: "who founded Nettleship's Fish & Chips in 1951".
_FOUNDED_RUN = re.compile(r"\b(?:founded|co-founded|established|set[^\S\n]+up|started)[^\S\n]+" + _POSSESSIVE_RUN + r"(?![\w'\u2019])")
# After a run, the kind of page it writes: "Pellow's Greengrocers blog",
# "Tranter's Butchers newsletter".
_ITS_PAGE_AFTER = re.compile(r"[^\S\n]+(?:blog|newsletter|news|journal|diary|website|podcast)\b")
# Before a run, a person's first name and surname, then "of": the company the
# person is of ("Jade Pellow of Pellow's Greengrocers").
_A_PERSON_OF_BEFORE = re.compile(r"\b[" + UPPER + r"][a-z]+[^\S\n]+[" + UPPER + r"][\w'\u2019-]*[^\S\n]+of[^\S\n]+$")
# A family name's possessive standing alone as a noun phrase: after a
# preposition, a verb of dealing or a clause's start, before a finite verb,
# a preposition or a clause's mark.
_STANDING_RUN = re.compile(
    _BEFORE + r"(?P<name>(?P<owner>" + _WORD + r")['\u2019]s)"
    r"(?=[^\S\n]+(?:is|was|has|had|will|employs|employed|makes|made|runs|ran|sells|sold|operates|opened|said|says|announced|reported)\b"
    r"|[^\S\n]*[,;:)]|[.][^\S\n]|[.]?$|[^\S\n]+(?:in|of|on|at|for|from|to|with|and)\b)",
    re.MULTILINE,
)
_STANDING_AFTER = re.compile(
    r"(?:^|[\n(\"\u201c]|[.!?][^\S\n]+|\b(?:on|at|of|for|from|to|with|by|into|bought|buy|buys|acquired|acquire|acquires|sold|and)[^\S\n]+)$"
)
# The separators a title's parts are written between.
_TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014-]\s+|:\s+")


def possessive_names(
    text: str,
    title: str,
    cells: Iterable[str],
    gazetteer: Gazetteer,
    description_heads: Mapping[str, str],
    organisation_kind: str,
    person_titles: frozenset[str] = frozenset(),
    heads: frozenset[str] = frozenset(),
    given_names: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The names of several words with a possessive inside that ``text``
    shows to be one company's (see the module's text), each also without
    its legal form."""
    if "'s " not in text and "\u2019s " not in text:
        return frozenset()
    suffixes = gazetteer.corporate_suffixes
    found: set[str] = set()

    def owner_is_unknown(match: re.Match[str]) -> bool:
        return gazetteer.names.get(fold(match.group("owner"), suffixes)) is None

    runs = list(_ANY_RUN.finditer(text))  # every run, read once for the three readings below
    for match in runs:
        words = match.group("name").split()
        closing = next((i for i, word in enumerate(words[1:], 1) if word in suffixes), None)
        if closing is not None and closing > 1 and owner_is_unknown(match):
            found.add(" ".join(words[: closing + 1]))  # "Tolmie's Hardware Ltd"
            found.add(" ".join(words[:closing]))
    for match in _APPOSITIVE.finditer(text):
        if description_heads.get(match.group("head")) == organisation_kind and owner_is_unknown(match):
            found.add(match.group("name"))  # "McGinley's Hardware, the nine-store Donegal chain"
    for match in _AFTER_AN_OFFICE.finditer(text):
        if match.group("office").strip() in person_titles and owner_is_unknown(match):
            found.add(match.group("name"))  # "Kerensa Pellow, managing director, Pellow's Dairy Ice Cream"
    for match in runs:
        if match.group("name").split()[-1] in heads and len(match.group("name").split()) >= 3 and owner_is_unknown(match):
            found.add(match.group("name"))  # "Wheelwright's Yard Antiques Centre": a place of business's name
    for match in runs:
        # (Read off each run, not by a scan of its own over the whole text.)
        if _ITS_PAGE_AFTER.match(text, match.end()) and owner_is_unknown(match):
            found.add(match.group("name"))  # "*Pellow's Greengrocers blog · Posted 9 July 2025 by ...*"
        elif _A_PERSON_OF_BEFORE.search(text, max(0, match.start() - 60), match.start()) and owner_is_unknown(match):
            found.add(match.group("name"))  # "with Jade Pellow of Pellow's Greengrocers, Norwich"
    for match in _FOUNDED_RUN.finditer(text):
        if owner_is_unknown(match):
            found.add(match.group("name"))  # "who founded Nettleship's Fish & Chips in 1951"
    for match in _STANDING_RUN.finditer(text):
        owner = match.group("owner")
        if not _STANDING_AFTER.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        if owner in given_names or not owner_is_unknown(match) or owner.isupper():
            continue
        found.add(match.group("name"))  # "Bramblegate swoops on Pennock's in £8.4m Dales deal"
    for part in [*_TITLE_PARTS.split(title), *cells]:
        whole = _ANY_RUN.fullmatch(part.strip(" \t*"))
        if whole is not None and owner_is_unknown(whole):
            found.add(whole.group("name"))  # "Annual Report 2024 | Tolmie's Hardware"
    return frozenset(found)


__all__ = ["possessive_names"]
