"""What happened to a figure: the event kind signalled by trigger words.

The trigger words live in ``rules/lexicon/events.yaml``; this module only
finds them and picks, for each figure, the trigger nearest to it in its
clause.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import yaml

from auditor.resources import default_rules_dir

_WORD = re.compile(r"[\w$€£¥₹%'’.-]+")


@dataclass(frozen=True, slots=True)
class EventKind:
    name: str
    object_after: tuple[str, ...]
    subject_after: tuple[str, ...]
    default_for_units: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    event: str
    text: str


@dataclass(frozen=True)
class EventLexicon:
    kinds: Mapping[str, EventKind]
    triggers: Mapping[str, str]  # casefolded trigger words -> event kind
    pattern: re.Pattern[str]
    window_before: int
    window_after: int
    future_cues: re.Pattern[str]
    clause_breaks: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=8)
def load_events(rules_dir: Path | None = None) -> EventLexicon:
    root = rules_dir or default_rules_dir()
    data = yaml.safe_load((root / "lexicon" / "events.yaml").read_text(encoding="utf-8")) or {}
    kinds: dict[str, EventKind] = {}
    triggers: dict[str, str] = {}
    for name, spec in (data.get("events") or {}).items():
        kinds[name] = EventKind(
            name=name,
            object_after=tuple(str(w).casefold() for w in spec.get("object_after") or []),
            subject_after=tuple(str(w).casefold() for w in spec.get("subject_after") or []),
            default_for_units=tuple(str(u) for u in spec.get("default_for_units") or []),
        )
        for word in [*(spec.get("verbs") or []), *(spec.get("nouns") or [])]:
            # The first event to claim a word keeps it: order in the file is priority.
            triggers.setdefault(str(word).casefold(), name)
    cues = [str(c) for c in data.get("future_cues") or []]
    breaks = [str(b) for b in data.get("clause_breaks") or []]
    return EventLexicon(
        kinds=kinds,
        triggers=triggers,
        pattern=re.compile(r"(?<![\w-])(?:" + _alternation(list(triggers)) + r")(?![\w-])", re.IGNORECASE),
        window_before=int(data.get("window_before", 9)),
        window_after=int(data.get("window_after", 4)),
        future_cues=re.compile(r"(?<!\w)(?:" + _alternation(cues) + r")", re.IGNORECASE),
        clause_breaks=re.compile(_alternation(breaks)),
    )


def find_triggers(text: str, lexicon: EventLexicon) -> list[Trigger]:
    return [
        Trigger(m.start(), m.end(), lexicon.triggers[m.group(0).casefold()], m.group(0))
        for m in lexicon.pattern.finditer(text)
    ]


def words_between(text: str, start: int, end: int) -> int:
    """How many words stand between two offsets (0 when adjacent)."""
    if end <= start:
        return 0
    return len(_WORD.findall(text, start, end))


def nearest_trigger(
    text: str,
    triggers: list[Trigger],
    start: int,
    end: int,
    clause: tuple[int, int],
    lexicon: EventLexicon,
) -> Trigger | None:
    """The trigger closest to a figure within its clause and the look-around windows.

    A trigger after the figure ("a $110 billion funding round") is preferred on
    ties, since the noun right after a figure names what it measures.
    """
    best: tuple[int, int, Trigger] | None = None
    for trigger in triggers:
        if trigger.end <= clause[0] or trigger.start >= clause[1]:
            continue
        if trigger.end <= start:
            distance = words_between(text, trigger.end, start)
            if distance > lexicon.window_before:
                continue
            rank = (distance, 1)
        elif trigger.start >= end:
            distance = words_between(text, end, trigger.start)
            if distance > lexicon.window_after:
                continue
            rank = (distance, 0)
        else:
            continue  # inside the figure itself ("Series A" in "eight-figure Series A")
        if best is None or rank < best[:2]:
            best = (rank[0], rank[1], trigger)
    return best[2] if best else None


def clauses(text: str, lexicon: EventLexicon) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence."""
    spans = []
    start = 0
    for match in lexicon.clause_breaks.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def clause_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for span in spans:
        if span[0] <= offset < span[1]:
            return span
    return spans[-1]


def is_future(text: str, clause: tuple[int, int], lexicon: EventLexicon) -> bool:
    return lexicon.future_cues.search(text, clause[0], clause[1]) is not None
