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

# Who may win a prize: a company, a site, a person, or a name of no known kind.
# ("Kerry collected the 2024 Fancier of the Year trophy": a person too.)
_WINNERS = frozenset({"organisation", "unknown", "facility", "person"})
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
# ("collected the Federation's 2024 Fancier of the Year trophy": the awards'
# owner, in the possessive, before the year and the title.)
_TITLE_AFTER = re.compile(
    rf"\s*(?:(?:the|its|their|our|his|her|a)\s+)?(?:(?P<owner>{_WORD}(?:\s+{_WORD}){{0,3}})['\u2019]s\s+(?=(?:{_YEAR}\s+)?[A-Z]))?"
    rf"(?:(?P<before>{_YEAR}|(?:last|this)\s+year['\u2019]s)\s+)?"
    rf"(?P<title>{_TITLE_WORDS})(?:\s+(?:for\s+)?(?P<after>{_YEAR})\b)?"
)
# The awards that gave it: "at the 2024 Northern Larder Awards", "by the
# National Piers Guild", "at the Guild of Craft Millers awards".
# ("at that summer's Kelmscott Living History Show": a time's possessive for "the".)
_BODY_AFTER = re.compile(
    rf"\s+(?:at|in|from|by)\s+(?:the\s+|(?:this|last|that|next)\s+(?:year|summer|spring|autumn|winter|season)['\u2019]s\s+)?(?:(?P<year>{_YEAR})\s+)?"
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
    # Nouns a title may be followed by, folded: "the Best Sack Mead trophy", "the Master Armourer prize".
    nouns: frozenset[str] = frozenset()
    # The last words of an awards' name, folded: after one, "in Ely" says
    # where it was held ("the 2024 Fenland Cider Championship in Ely").
    awards_heads: frozenset[str] = frozenset()
    # The last words of a competition's title, folded: "won the Scottish
    # Mixed Doubles", "took the Wessex Cup" is a prize without a year or
    # awards of its own (the sentence's date dates it).
    competition_heads: frozenset[str] = frozenset()


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
        nouns=frozenset(w.casefold() for w in words("nouns")),
        awards_heads=frozenset(w.casefold() for w in words("awards_heads")),
        competition_heads=frozenset(w.casefold() for w in words("competition_heads")),
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


def may_tell_a_prize(text: str, words: PrizeWords) -> bool:
    """Whether a sentence may tell a prize won, read before its names are
    known: a verb of winning or of being named with a title of a year, a
    prize's noun or a competition's or awards' last word soon after it ("we
    were named Visitor Attraction of the Year", "won the Scottish Mixed
    Doubles"); not "Time magazine named Detroit's mayor among the worst"."""
    for verb in (*words.won.finditer(text), *words.named.finditer(text)):
        after = text[verb.end() : verb.end() + _PRIZE_REACH]
        if _OF_THE_YEAR.search(after.casefold()):
            return True
        if any(word.casefold() in words.nouns or word.casefold() in words.competition_heads or word.casefold() in words.awards_heads for word in _A_WORD.findall(after)):
            return True
    return False


# How far after its verb a prize's title and awards are looked for, to tell a sentence that may hold one.
_PRIZE_REACH = 90
_A_WORD = re.compile(r"[A-Za-z][\w-]*")


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
        if winner is None and not text[: verb.start()].strip(" \t-*\u2022\u2013"):
            # "- Named Shop of the Year 2023 by the IMRA, and we still can't
            # believe it": a list item that opens on its verb is the writer's,
            # whose "we" the item says.
            winner = next((m for m in named if m.via == "first person" and m.type in _WINNERS), None)
        if winner is None:
            continue
        prize = _prize_at(text, start, verb.start(), winner, named, words)
        if prize is not None:
            found.append(prize)
    for winner in named:
        # "Gwen Aldous, the Federation's 2024 Fancier of the Year, who
        # finished third": a title given to a name in apposition.
        apposed = _APPOSED_TITLE.match(text, winner.end) if winner.type in _WINNERS and not winner.possessive else None
        if apposed is None or any(p.winner.start == winner.start for p in found):
            continue
        prize = _prize_at(text, apposed.end(), winner.start, winner, named, words, apposed=True)
        if prize is not None:
            found.append(prize)
    return found


def _prize_at(
    text: str, start: int, prize_start: int, winner: Mention, named: Sequence[Mention], words: PrizeWords, apposed: bool = False
) -> Prize | None:
    """The prize whose title opens at ``start``, credited to ``winner``
    (``prize_start``: where the words that credit it begin). ``apposed``: the
    title stands in apposition to the winner, and must end its phrase and be
    a year's ("the 2024 Fancier of the Year,")."""
    title = _TITLE_AFTER.match(text, start)
    if title is None or any(_inside(m, title.start("title"), title.end("title")) and m.type in _NOT_TITLES for m in named):
        return None
    words_of_title = title.group("title").split()
    if words_of_title[0].casefold() in words.not_openers:
        return None
    title_end = _title_end(text, title, words.not_openers)
    noun = _NOUN_AFTER.match(text, title_end) if title_end == title.end("title") else None
    after_title = noun.end() if noun is not None and noun.group(1).casefold() in words.nouns else title_end
    # ("took our Shop of the Year award for 2023": the year after the title's noun.)
    noun_year = _YEAR_AFTER_NOUN.match(text, after_title) if after_title != title_end else None
    if noun_year is not None:
        after_title = noun_year.end()
    body = _BODY_AFTER.match(text, after_title)
    if body is not None and (
        body.group("body").split()[0].casefold() in words.not_openers
        or any(m.type in ("person", "place", "country") and _inside(m, body.start("body"), body.start("body") + 1) for m in named)
    ):
        body = None  # "... in November 2024", "at the show in Harrogate": when or where, no awards
    body_end = _words_end(text, body.start("body"), body.end("body"), words.not_openers) if body is not None else -1
    if body is not None:
        # "at the 2024 Northern Mead Championship in York": the awards' name
        # ends before the place it is held in.
        places = [m.start for m in named if m.type in ("place", "country") and body.start("body") < m.start < body_end]
        body_end = min([body_end, *(_joined_before(text, at) for at in places)])
        held_in = _HELD_IN.search(text, body.start("body"), body_end)
        if held_in is not None and held_in.group(1).casefold() in words.awards_heads:
            body_end = held_in.start(1) + len(held_in.group(1))  # "... Championship| in Ely": where it was held
    written = " ".join(text[title.start("title") : min(title.end("title"), title_end)].split())
    folded = written.casefold()
    # ("the Federation's 2024 Fancier of the Year": the awards' owner says whose.)
    awards = " ".join(text[body.start("body") : body_end].split()) if body is not None else title.group("owner")
    if folded in words.ranks and awards is None:
        return None  # "won Gold": of what, its words do not say
    year_text, year_start = next(
        (
            (m.group(g), m.start(g))
            for m, g in ((title, "before"), (title, "after"), (noun_year, "year"), (body, "year"), (body, "after"))
            if m is not None and m.group(g)
        ),
        (None, -1),
    )
    competition = folded.split()[-1] in words.competition_heads and len(folded.split()) > 1
    if not (year_text or awards is not None or _OF_THE_YEAR.search(folded) or competition):
        return None  # "took Pellow Bats to court": no year, no awards, no title of a year
    if apposed and not (_OF_THE_YEAR.search(folded) and _PHRASE_ENDS.match(text, after_title)):
        return None  # "Tom Hale, the 2024 Managing Director": an apposed title is a year's, its phrase ending there
    relative = -1 if year_text and year_text.casefold().startswith("last") else 0
    year = int(year_text) if year_text and year_text.isdigit() else None
    return Prize(
        start=prize_start,
        end=body_end if body is not None else after_title,
        winner=winner,
        title=written,
        awards=awards,
        year=year,
        year_start=year_start,
        relative_year=relative,
    )


_OF_THE_YEAR = re.compile(r"\bof the year\b")
# A title in apposition after its winner's name: ", the Federation's 2024 Fancier of the Year".
_APPOSED_TITLE = re.compile(r",\s+(?=the\s|this\s+year|last\s+year|(?:19|20)\d\d\s)")
_PHRASE_ENDS = re.compile(r"\s*(?:[,;.)]|$|\s(?:who|which|and)\b)")
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
_YEAR_AFTER_NOUN = re.compile(rf"\s+(?:for\s+)?(?P<year>{_YEAR})\b")
_HELD_IN = re.compile(rf"\b({_WORD})\s+(?:in|at)\s+{_WORD}")
_JOIN_BEFORE = re.compile(rf"\s+{_JOIN}\s+$")


def _joined_before(text: str, start: int) -> int:
    """Where the joining word before a name at ``start`` begins ("... Championship| in York")."""
    joined = _JOIN_BEFORE.search(text, 0, start)
    return joined.start() if joined is not None else start
# After a winner named right after "named": its title ("its School of the Year", "as Pier of the Year").
_OWN_TITLE_AFTER = re.compile(r"\.?\s+(?:its|their|as|the)\s+")


def _title_end(text: str, title: re.Match[str], not_openers: frozenset[str]) -> int:
    """Where a title ends: at a joining word before a word no title holds
    ("School of the Year| in November 2024"), else where its match ends."""
    end = _words_end(text, title.start("title"), title.end("title"), not_openers)
    return end if end < title.end("title") else title.end()


def _words_end(text: str, start: int, end: int, not_openers: frozenset[str]) -> int:
    """Where a title's or an awards' capitalised words from ``start`` end: at
    a joining word before a word no name holds ("Westermoor Tourism Awards|
    in February"), else at ``end``."""
    for joined in _JOINED_WORD.finditer(text, start, end):
        if joined.group("word").casefold() in not_openers:
            return joined.start()
    return end


_JOINED_WORD = re.compile(rf"\s+{_JOIN}\s+(?P<word>{_WORD})")


def _inside(mention: Mention, start: int, end: int) -> bool:
    return start <= mention.start < end
