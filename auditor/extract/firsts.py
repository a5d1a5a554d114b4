"""Firsts a party is credited with: "We fitted the UK's first fully
3D-printed eye, in 2023", "Whitlow & Reyes fit the country's first fully
3D-printed eye in 2023". A first of a place (the UK, the country, the
world) happens once, so two parties credited with the same one contradict
each other.

Only a first scoped to a place is read: "its first arena" and "the first
time" are many parties' own. Its title is the words after "first" up to the
end of their noun phrase ("fully 3D-printed eye"); its winner the subject of
the clause the phrase stands in. Each is read as a ``deal`` claim of the
event ``first`` (the ``first-attribution-conflict`` rule compares them). The
scopes are data (``firsts`` in ``rules/lexicon/events.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping, NamedTuple, Sequence

from auditor.extract.deal_awards import subject_before
from auditor.extract.lexicon_sections import word_lists

if TYPE_CHECKING:
    from auditor.extract.entities import Mention

__all__ = ["First", "FirstWords", "firsts", "load_first_words"]

# Who may be credited with a first: a company, a site, a person, or a name of no known kind.
_WINNERS = frozenset({"organisation", "unknown", "facility", "person"})
# The words of a first's noun phrase: lower-case words, hyphenated or with digits ("3D-printed").
_TITLE = re.compile(r"\s+(?P<title>(?:[a-z0-9][\w-]*\s+){0,5}?[a-z][\w-]*)(?=\s*(?:[,;:.)]|$|\s(?:in|to|for|of|at|on|with|since|and|when|which|that|who|by)\b))")


@dataclass(frozen=True)
class FirstWords:
    """The words that scope a first to a place (``firsts`` in the event lexicon)."""

    scoped: re.Pattern[str]  # "the UK's first", "Britain's first", "the country's first"


def load_first_words(data: Mapping[str, object]) -> FirstWords | None:
    """The words of the event lexicon's ``firsts`` section, or None when it has none."""
    words = word_lists(data, "firsts")
    if words is None:
        return None
    scopes = sorted((w for w in words("scopes")), key=len, reverse=True)
    if not scopes:
        return None
    alternation = "|".join(re.escape(w).replace("'", "['\u2019]") for w in scopes)
    return FirstWords(scoped=re.compile(r"\b(?:" + alternation + r")\s+(?:very\s+)?first\b", re.IGNORECASE))


class First(NamedTuple):
    start: int  # the words that credit it, in the sentence: from the scope to the title's end
    end: int
    winner: Mention
    title: str  # as written after "first": "first fully 3D-printed eye"


def firsts(text: str, mentions: Sequence[Mention], words: FirstWords) -> list[First]:
    """The firsts of a place a sentence credits to a party."""
    found: list[First] = []
    named = sorted((m for m in mentions if not m.demonym), key=lambda m: m.start)
    for scoped in words.scoped.finditer(text):
        title = _TITLE.match(text, scoped.end())
        if title is None:
            continue
        winner = subject_before(text, scoped.start(), named, _WINNERS)
        if winner is None:
            continue
        found.append(First(scoped.start(), title.end("title"), winner, "first " + " ".join(title.group("title").split())))
    return found
