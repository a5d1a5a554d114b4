"""Shares written as fractions.

"Källvik holds more than a quarter of Sweden's sparkling water market",
"almost three quarters of what we sell", "net profit up by a quarter to EUR
41 million": a share or a change told in words, read as a percentage the
checks compare with one written in digits ("a 19% share" is no more than a
quarter). The fractions and the words that keep one from being read are
data (``fractions`` in ``rules/lexicon/numbers.yaml``).

A fraction is read only where it is a share: before "of" and what is shared
("a third of all funding"; not "a quarter of a century", "half of 2025"), or
after "by" ("cut by a third"; not "by a third party"). Never after "the" or
an ordinal ("the first half of the year"). Written alone it is about its
value; "more than", "almost" and the other qualifiers bound it as they bound
digits.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from auditor.extract.figures import FigureMatch, bounded_quantity
from auditor.extract.lexicon import Lexicon, per_lexicon
from auditor.extract.numbers import alternation

_WORD = re.compile(r"[A-Za-z]+|\d+")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_OF = re.compile(r"[ \t]+of[ \t]+")
_DIGIT_BEFORE = re.compile(r"\d\s+$")
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "last", "next", "each", "every"))
# What may follow a change "by a third": the sentence goes on or ends.
_ENDS = re.compile(r"\s*(?:[,.;:)\u2013\u2014]|$)")


@per_lexicon
def _pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    if not lexicon.fractions:
        return None
    qualifiers = [q for q in lexicon.qualifiers if q[0].isalpha()]
    return re.compile(
        rf"(?<![\w-])(?:(?P<q>{alternation(qualifiers)})[ \t]+)?"
        rf"(?P<f>{alternation(list(lexicon.fractions), boundary=False)})(?![\w-])"
    )


def shares_as_fractions(text: str, figures: Sequence[FigureMatch], lexicon: Lexicon) -> list[FigureMatch]:
    """The fractions of ``text`` (a sentence) read as shares, as percent
    figures; ``figures`` are those already read, which they never overlap."""
    pattern = _pattern(lexicon)
    if pattern is None:
        return []
    found: list[FigureMatch] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(f.start < end and start < f.end for f in figures):
            continue
        # The word right before the fraction, with nothing but blanks between.
        before = _LAST_WORD.search(text, 0, start)
        word_before = before.group(1).casefold() if before is not None and not text[before.end(1) : start].strip() else ""
        if word_before in lexicon.fraction_not_after:
            continue  # "the first half of 2025", "the second quarter"
        if word_before == "and" and _a_number_ends(text, before.start(), lexicon):  # type: ignore[union-attr]
            continue  # "one and a half million", "2 and a half years": part of a number
        if _OF.match(text, end) is not None:
            if not _a_share_of_something(text, end, lexicon):
                continue  # "by a fifth of a percent", "a quarter of a century"
        elif not _a_change_by(word_before, text, end, lexicon):
            continue
        written = " ".join(match.group("f").casefold().replace("-", " ").split())
        value = lexicon.fractions.get(written)
        if value is None:
            continue
        qualifier_text = match.group("q")
        qualifier = lexicon.qualifiers.get(" ".join(qualifier_text.casefold().split())) if qualifier_text else None
        if qualifier is None:
            # "a quarter of the market" is about a quarter: prose rounds to it.
            qualifier, qualifier_text = "about", match.group("f")
        quantity = bounded_quantity(
            "percent", "percent", value, round(value * lexicon.about_fraction / 2, 3), qualifier, qualifier_text,
            lexicon.about_fraction,
        )
        found.append(FigureMatch(start, end, quantity))
    return found


def _a_number_ends(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a number ends right before ``end`` ("two", "2", "a" of "a
    and a half" is none, but "one" is): the lexicon's number words."""
    if _DIGIT_BEFORE.search(text, 0, end):
        return True
    word = _LAST_WORD.search(text, 0, end)
    return word is not None and word.group(1).casefold() in lexicon.number_words


def _a_share_of_something(text: str, end: int, lexicon: Lexicon) -> bool:
    """"... of Sweden's market", "... of what we sell": not of a period ("of
    a century", "of the year", "of 2025")."""
    of = _OF.match(text, end)
    if of is None:
        return False
    words = [w.casefold() for w in _WORD.findall(text[of.end() : of.end() + 40])[:3]]
    if not words:
        return False
    if words[0] in _DETERMINERS:
        words = words[1:]
    return bool(words) and not (words[0] in lexicon.fraction_not_of or words[0].isdigit())


def _a_change_by(word_before: str, text: str, end: int, lexicon: Lexicon) -> bool:
    """"up by a quarter to EUR 41 million", "cut by a third.": a change, the
    fraction followed by no noun of its own ("by a third party")."""
    if word_before != "by":
        return False
    if _ENDS.match(text, end):
        return True
    following = _WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
    return following is not None and following.group().casefold() in lexicon.function_words


class _FractionWords(NamedTuple):
    pattern: re.Pattern[str]
    heads: tuple[str, ...]  # the last word of each fraction ("quarter", "thirds"), lower-case


@per_lexicon
def _words(lexicon: Lexicon) -> _FractionWords | None:
    # The fraction words alone, and the words they end on: a document without
    # one of those is not scanned at all.
    if not lexicon.fractions:
        return None
    heads = tuple(sorted({words.split()[-1] for words in lexicon.fractions}))
    return _FractionWords(re.compile(rf"(?<![\w-]){alternation(list(lexicon.fractions), boundary=False)}(?![\w-])"), heads)


def fraction_words_at(text: str, lexicon: Lexicon) -> list[int]:
    """Where ``text`` (a whole document) has a fraction word: the sentences
    to search with ``shares_as_fractions``, found in one pass."""
    words = _words(lexicon)
    if words is None:
        return []
    low = text.lower()
    if not any(head in low for head in words.heads):
        return []
    return [m.start() for m in words.pattern.finditer(text)]
