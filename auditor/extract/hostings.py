"""Events a party hosted: "Kestle Park hosted the 2024 Golden Collar final",
"we are proud to have been the host of the 2024 Golden Collar final". One
edition of an event (a year's final, a year's championships) is held at one
place, so two parties credited with hosting it contradict each other.

Only an edition its words date is read ("the 2024 Golden Collar final"): an
event held every year at the same place ("hosts the Harvest Show") is no
one-off. The event is its capitalised name, with a lower-case word of the
kind of event after it where the text writes one ("final"). Each is read as
a ``deal`` claim of the event ``hosting`` (the ``hosting-attribution-conflict``
rule compares them). The words are data (``hostings`` in
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

__all__ = ["Hosting", "HostingWords", "hostings", "load_hosting_words"]

# Who hosts: a company, a site, or a name of no known kind.
_HOSTS = frozenset({"organisation", "unknown", "facility"})
_WORD = r"[A-Z][\w'\u2019&-]*"
# After the verb: "the 2024 Golden Collar final", "the 2024 UKLTA National Championships".
_EDITION = re.compile(rf"\s+the\s+(?P<year>(?:19|20)\d\d)\s+(?P<name>{_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{_WORD}){{0,5}})(?:\s+(?P<kind>[a-z]+))?")


@dataclass(frozen=True)
class HostingWords:
    """The words that tell an event hosted (``hostings`` in the event lexicon)."""

    verbs: re.Pattern[str]  # "hosted", "staged", "been the host of"
    kinds: frozenset[str]  # lower-case words of a kind of event: "final", "championships"


def load_hosting_words(data: Mapping[str, object]) -> HostingWords | None:
    """The words of the event lexicon's ``hostings`` section, or None when it has none."""
    words = word_lists(data, "hostings")
    if words is None or not words("verbs"):
        return None
    return HostingWords(
        verbs=re.compile(r"\b(?:" + verb_phrases(words("verbs")) + r")(?=\s)", re.IGNORECASE),
        kinds=frozenset(w.casefold() for w in words("kinds")),
    )


class Hosting(NamedTuple):
    start: int  # the words that credit it, in the sentence: from the verb to the event's name
    end: int
    host: Mention
    event: str  # "Golden Collar final"
    year: int
    year_start: int  # where the year is written, in the sentence


def hostings(text: str, mentions: Sequence[Mention], words: HostingWords) -> list[Hosting]:
    """The dated editions of events a sentence credits a party with hosting."""
    named = sorted((m for m in mentions if not m.demonym), key=lambda m: m.start)
    found = []
    for verb in words.verbs.finditer(text):
        edition = _EDITION.match(text, verb.end())
        if edition is None:
            continue
        host = subject_before(text, verb.start(), named, _HOSTS)
        if host is None:
            continue
        kind = edition.group("kind")
        with_kind = kind is not None and kind.casefold() in words.kinds
        end = edition.end() if with_kind else edition.end("name")
        event = edition.group("name") + (f" {kind}" if with_kind else "")
        found.append(Hosting(verb.start(), end, host, " ".join(event.split()), int(edition.group("year")), edition.start("year")))
    return found
