"""Prizes a party won, told with the prize's title and, where the words give
it, the awards that gave it.

"Saltmarsh Kite Co. was named School of the Year for 2024", "We were named
the 2024 School of the Year", "whose sea-salt fudge took the 2024 Golden
Ladle", "won Supreme Champion at the 2024 Northern Larder Awards": each
credits one prize of one year to one party. Each is read as a ``deal`` claim
of the event ``prize``: its subject is who won, its object the prize's
title, its purpose the awards that gave it, its time the year the prize is
of. The ``prize-attribution-conflict`` rule (a ``deal-award-conflict``
check) finds one prize of one year credited to two parties.

A title is capitalised words after a verb of winning or of being named
("won", "took", "was named"); a name the document knows as a party, a
person or a place is no title ("took Pellow Bats to court"). A title that
only says a rank ("Supreme Champion", "Gold") is a prize only with the
awards that gave it. The words are data (``prizes`` in
``rules/lexicon/events.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping, NamedTuple, Sequence

from auditor.extract.deal_awards import subject_before, verb_phrases
from auditor.extract.lexicon_sections import word_lists

if TYPE_CHECKING:
    from auditor.extract.entities import Mention

__all__ = ["Prize", "PrizeWords", "load_prize_words", "prizes"]

# Who may win a prize: a company, a site, or a name of no known kind.
_WINNERS = frozenset({"organisation", "unknown", "facility"})
# Names no title may be: "took Pellow Bats to court", "won Yorkshire".
_NOT_TITLES = frozenset({"organisation", "person", "place", "country", "facility"})

# A word of a title, and the small words a title may hold between two of
# them: "Venue of the Year", "Best in Show", "Food & Drink Producer".
_WORD = r"[A-Z][\w'\u2019&-]*"
_JOIN = r"(?:of\s+the|of|in|for|and|&)"
_TITLE_WORDS = rf"{_WORD}(?:\s+(?:{_JOIN}\s+)?{_WORD})*"
_YEAR = r"(?:19|20)\d\d"
# After the verb: a determiner, a year or a year's possessive ("last year's",
# "the 2024", "its"), then the title, then a year after it ("Pier of the Year
# 2024", "School of the Year for 2024").
_TITLE_AFTER = re.compile(
    rf"\s*(?:(?:the|its|their|our|his|her|a)\s+)?(?:(?P<before>{_YEAR}|(?:last|this)\s+year['\u2019]s)\s+)?"
    rf"(?P<title>{_TITLE_WORDS})(?:\s+(?:for\s+)?(?P<after>{_YEAR})\b)?"
)
# The awards that gave it: "at the 2024 Northern Larder Awards", "by the
# National Piers Guild", "at the Guild of Craft Millers awards".
_BODY_AFTER = re.compile(
    rf"\s+(?:at|in|from|by)\s+(?:the\s+|this\s+year['\u2019]s\s+|last\s+year['\u2019]s\s+)?(?:(?P<year>{_YEAR})\s+)?"
    rf"(?P<body>{_TITLE_WORDS}(?:\s+(?:awards|prizes|show))?)(?:\s+(?P<after>{_YEAR})\b)?"
)


@dataclass(frozen=True)
class PrizeWords:
    """The words that tell a prize won (``prizes`` in the event lexicon)."""

    won: re.Pattern[str]  # a verb of winning, right before the title: "won", "took", "picked up"
    named: re.Pattern[str]  # a verb of being named, right before the title or its winner: "was named", "crowned"
    ranks: frozenset[str]  # titles that only say a rank, folded: "supreme champion", "gold"
    # Words a title cannot open with, folded: "won Best ..." is a prize, "won
    # Monday's vote" is none.
    not_openers: frozenset[str]


def load_prize_words(data: Mapping[str, object]) -> PrizeWords | None:
    """The prize words of the event lexicon's ``prizes`` section, or None when it has none."""
    words = word_lists(data, "prizes")
    if words is None:
        return None
    return PrizeWords(
        won=re.compile(r"\b(?:" + verb_phrases(words("won")) + r")(?=\s)", re.IGNORECASE),
        named=re.compile(r"\b(?:" + verb_phrases(words("named")) + r")(?=\s)", re.IGNORECASE),
        ranks=frozenset(" ".join(w.casefold().split()) for w in words("ranks")),
        not_openers=frozenset(w.casefold() for w in words("not_openers")),
    )


class Prize(NamedTuple):
    start: int  # the words that credit it, in the sentence: from the verb to the awards' name
    end: int
    winner: Mention
    title: str
    awards: str | None  # the awards that gave it, where told
    year: int | None  # the year its own words give, where they give one
    year_start: int  # where that year is written (-1: its words give none)
    relative_year: int  # -1 for "last year's", 0 for "this year's" or none


def prizes(text: str, mentions: Sequence[Mention], words: PrizeWords) -> list[Prize]:
    """The prizes a sentence credits to a party."""
    named = sorted((m for m in mentions if not m.demonym), key=lambda m: m.start)
    found: list[Prize] = []
    verbs = [(verb, False) for verb in words.won.finditer(text)] + [(verb, True) for verb in words.named.finditer(text)]
    for verb, naming in verbs:
        start = verb.end()
        winner = None
        if naming:
            # "the BKIA named Saltmarsh its School of the Year": the winner
            # right after the verb, then the title.
            after = next((m for m in named if m.start > start and not text[start : m.start].strip()), None)
            own = _OWN_TITLE_AFTER.match(text, after.end) if after is not None and after.type in _WINNERS else None
            if own is not None:
                winner, start = after, own.end()
        if winner is None:
            winner = subject_before(text, verb.start(), named, _WINNERS)
        if winner is None:
            continue
        title = _TITLE_AFTER.match(text, start)
        if title is None or any(_inside(m, title.start("title"), title.end("title")) and m.type in _NOT_TITLES for m in named):
            continue
        words_of_title = title.group("title").split()
        if words_of_title[0].casefold() in words.not_openers:
            continue
        title_end = _title_end(text, title, words.not_openers)
        body = _BODY_AFTER.match(text, title_end)
        if body is not None and (
            body.group("body").split()[0].casefold() in words.not_openers
            or any(m.type in ("person", "place", "country") and _inside(m, body.start("body"), body.end("body")) for m in named)
        ):
            body = None  # "... in November 2024", "at the show in Harrogate": when or where, no awards
        written = " ".join(text[title.start("title") : min(title.end("title"), title_end)].split())
        folded = written.casefold()
        if folded in words.ranks and body is None:
            continue  # "won Gold": of what, its words do not say
        year_text, year_start = next(
            ((m.group(g), m.start(g)) for m, g in ((title, "before"), (title, "after"), (body, "year"), (body, "after")) if m is not None and m.group(g)),
            (None, -1),
        )
        if not (year_text or body is not None or _OF_THE_YEAR.search(folded)):
            continue  # "took Pellow Bats to court": no year, no awards, no title of a year
        relative = -1 if year_text and year_text.casefold().startswith("last") else 0
        year = int(year_text) if year_text and year_text.isdigit() else None
        found.append(
            Prize(
                start=verb.start(),
                end=body.end() if body is not None else title_end,
                winner=winner,
                title=written,
                awards=" ".join(body.group("body").split()) if body is not None else None,
                year=year,
                year_start=year_start,
                relative_year=relative,
            )
        )
    return found


_OF_THE_YEAR = re.compile(r"\bof the year\b")
# After a winner named right after "named": its title ("its School of the Year", "as Pier of the Year").
_OWN_TITLE_AFTER = re.compile(r"\.?\s+(?:its|their|as|the)\s+")


def _title_end(text: str, title: re.Match[str], not_openers: frozenset[str]) -> int:
    """Where a title ends: at a joining word before a word no title holds
    ("School of the Year| in November 2024"), else where its match ends."""
    for joined in _JOINED_WORD.finditer(text, title.start("title"), title.end("title")):
        if joined.group("word").casefold() in not_openers:
            return joined.start()
    return title.end()


_JOINED_WORD = re.compile(rf"\s+{_JOIN}\s+(?P<word>{_WORD})")


def _inside(mention: Mention, start: int, end: int) -> bool:
    return start <= mention.start < end
