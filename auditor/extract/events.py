"""What happened to a figure: the event kind signalled by trigger words.

The trigger words live in ``rules/lexicon/events.yaml``; this module only
finds them and picks, for each figure, the trigger nearest to it in its
clause.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, NamedTuple, Sequence


from auditor.data_files import load_yaml_file
from auditor.extract.numbers import AfterBoundary, any_case_char, initial_led, trie_pattern
from auditor.resources import default_rules_dir

_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
_WORD = re.compile(r"[\w$€£¥₹%'’.-]+")


@dataclass(frozen=True, slots=True)
class EventKind:
    name: str
    figure_kinds: frozenset[str]
    object_after: tuple[str, ...]
    subject_after: tuple[str, ...]
    default_for_units: tuple[str, ...]


class Trigger(NamedTuple):
    start: int
    end: int
    event: str
    text: str
    is_noun: bool


@dataclass(frozen=True)
class EventLexicon:
    kinds: Mapping[str, EventKind]
    triggers: Mapping[str, tuple[str, bool]]  # casefolded trigger -> (event kind, is a noun)
    trigger_pattern: AfterBoundary  # every trigger, in casefolded text
    window_before: int
    window_after: int
    future_cues: AfterBoundary
    clause_breaks: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=8)
def load_events(rules_dir: Path | None = None) -> EventLexicon:
    root = rules_dir or default_rules_dir()
    data = load_yaml_file(root / "lexicon" / "events.yaml") or {}
    kinds: dict[str, EventKind] = {}
    triggers: dict[str, tuple[str, bool]] = {}
    for name, spec in (data.get("events") or {}).items():
        kinds[name] = EventKind(
            name=name,
            figure_kinds=frozenset(spec.get("figures") or ["money"]),
            object_after=tuple(str(w).casefold() for w in spec.get("object_after") or []),
            subject_after=tuple(str(w).casefold() for w in spec.get("subject_after") or []),
            default_for_units=tuple(str(u) for u in spec.get("default_for_units") or []),
        )
        for word in spec.get("verbs") or []:
            # The first event to claim a word keeps it: order in the file is priority.
            triggers.setdefault(str(word).casefold(), (name, False))
        for word in spec.get("nouns") or []:
            triggers.setdefault(str(word).casefold(), (name, True))
    cues = [str(c) for c in data.get("future_cues") or []]
    breaks = [str(b) for b in data.get("clause_breaks") or []]
    return EventLexicon(
        kinds=kinds,
        triggers=triggers,
        trigger_pattern=_trigger_pattern(list(triggers)),
        window_before=int(data.get("window_before", 9)),
        window_after=int(data.get("window_after", 4)),
        future_cues=AfterBoundary(_any_case_trie(cues), r"\w", exact=all(_WORD_EDGES.fullmatch(c) for c in cues)),
        clause_breaks=re.compile(_alternation(breaks)),
    )


def _any_case_trie(words: list[str]) -> str:
    """``words`` in any letter case, as a prefix trie of letter classes
    (``[wW]``): a case-insensitive flag makes Python's engine slow, and a
    trie reads each letter once instead of once per word."""
    return trie_pattern(sorted({w.casefold() for w in words}), char=any_case_char)


def _trigger_pattern(triggers: list[str]) -> AfterBoundary:
    """Triggers at a word start, longest first, each ending where its word ends.

    A one-word trigger is a whole word ("raised", not "raised'"); the last
    word of a phrase may take a possessive ("series a's").
    """

    by_initial: dict[str, list[str]] = {}
    for trigger in triggers:
        if trigger:
            by_initial.setdefault(trigger[0], []).append(trigger)
    rests = {
        initial: "|".join(
            re.escape(t[1:]) + (r"(?![\w'-])" if " " not in t else r"(?![\w-])")
            for t in sorted(group, key=len, reverse=True)
        )
        for initial, group in by_initial.items()
    }
    edges = all(_WORD_EDGES.fullmatch(t) for t in triggers if t)
    return AfterBoundary(initial_led(rests), r"\w-", exact=edges)


# Opens and closes with a word character: the condition for AfterBoundary to be exact.
_WORD_EDGES = re.compile(r"\w(?:.*\w)?", re.DOTALL)


def find_triggers(text: str, lexicon: EventLexicon) -> list[Trigger]:
    folded = text.casefold()
    if len(folded) != len(text):  # "ß" -> "ss": keep offsets valid, fold letter by letter instead
        folded = "".join(c if len(c.casefold()) != 1 else c.casefold() for c in text)
    found = []
    for start, end in lexicon.trigger_pattern.spans(folded):
        event, is_noun = lexicon.triggers[folded[start:end]]
        found.append(Trigger(start, end, event, text[start:end], is_noun))
    return found


def is_future(text: str, clause: tuple[int, int], lexicon: EventLexicon) -> bool:
    """A future cue ("will", "plans to") in the clause."""
    return lexicon.future_cues.search(text, clause[0], clause[1])


def words_between(text: str, start: int, end: int) -> int:
    """How many words stand between two offsets (0 when adjacent)."""
    if end <= start:
        return 0
    return len(_WORD.findall(text, start, end))


def nearest_trigger(
    text: str,
    triggers: Sequence[Trigger],
    start: int,
    end: int,
    clause: tuple[int, int],
    lexicon: EventLexicon,
    figure_kind: str,
) -> Trigger | None:
    """The trigger closest to a figure within its clause and the look-around windows.

    A noun right after a figure names what it measures ("a $110 billion
    funding round") and wins ties; a verb after a figure belongs to another
    statement ("... for $60 million exemplify efforts to secure ...") unless
    it is passive ("$5 million was raised").

    ``triggers`` are in text order. They are walked outwards from the figure
    and the walk stops at the first one past the window (the distance only
    grows from there), so a sentence with many figures and triggers costs
    the windows, not every pair.
    """
    first_after = bisect.bisect_left(triggers, end, key=_start)
    candidates: list[tuple[int, int, int, Trigger]] = []  # (distance, after first, index, trigger)
    for index in range(first_after - 1, -1, -1):
        trigger = triggers[index]
        if trigger.end > start:
            continue  # inside the figure itself ("Series A" in "eight-figure Series A")
        distance = words_between(text, trigger.end, start)
        if distance > lexicon.window_before:
            break
        if _eligible(trigger, clause, lexicon, figure_kind):
            candidates.append((distance, 1, index, trigger))
    for index in range(first_after, len(triggers)):
        trigger = triggers[index]
        distance = words_between(text, end, trigger.start)
        if distance > lexicon.window_after:
            break
        if not _eligible(trigger, clause, lexicon, figure_kind):
            continue
        if not trigger.is_noun and not _PASSIVE.search(text, end, trigger.start):
            continue
        candidates.append((distance, 0, index, trigger))
    # Closest first, a noun after the figure before a trigger before it,
    # then the earlier trigger (the order the triggers were once tried in).
    return min(candidates, key=lambda c: c[:3])[3] if candidates else None


def _start(trigger: Trigger) -> int:
    return trigger.start


def _eligible(trigger: Trigger, clause: tuple[int, int], lexicon: EventLexicon, figure_kind: str) -> bool:
    if trigger.end <= clause[0] or trigger.start >= clause[1]:
        return False
    kind = lexicon.kinds.get(trigger.event)
    return kind is not None and figure_kind in kind.figure_kinds


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


