"""Which measure a figure gives: the vocabulary of ``rules/lexicon/events.yaml``.

A figure's measure is, in order: the event its trigger word names
("raised" -> funding-round, "revenue" -> revenue); for a count, what it
counts ("3,150 beds" -> beds, "employs 320 developers" -> employees); for a
physical quantity without a trigger, what its dimension measures ("9.6 km"
-> length, "300,000 m3/day" -> capacity). A figure with none of these has no
measure and is never compared: two bare amounts of one company say nothing
about each other.
"""

from __future__ import annotations

import functools

from auditor.extract.events import EventLexicon
from auditor.model import Quantity
from auditor.units import registry

# What a count of "people" is without an employment word: its own measure.
_PEOPLE = "people"


def measure_of(
    value: Quantity,
    event: str | None,
    clause_text: str,
    lexicon: EventLexicon,
) -> str | None:
    if value.kind == "count":
        counted = count_measure(value.counted, clause_text, lexicon)
        if event in ("order", "deliveries", "casualties", "capacity") or counted is None:
            return event or counted
        return counted
    if value.kind == "quantity":
        if event is not None and lexicon.kinds.get(event) is not None and "quantity" in lexicon.kinds[event].figure_kinds:
            return "capacity" if event == "output" else event
        return dimension_measure(value.unit, lexicon)
    return event


def count_measure(counted: str | None, clause_text: str, lexicon: EventLexicon) -> str | None:
    """The measure a count of ``counted`` gives ("developers" -> employees)."""
    if not counted:
        return None
    noun = counted.split()[-1].casefold().strip(".,;")
    if noun == _PEOPLE:
        folded = clause_text.casefold()
        return "employees" if any(cue in folded for cue in lexicon.people_cues) else _PEOPLE
    found = lexicon.count_classes.get(noun)
    if found is None and noun.endswith("s"):
        found = lexicon.count_classes.get(noun[:-1])
    if found is None and not noun.endswith("s"):
        found = lexicon.count_classes.get(noun + "s")
    return found or _singular(noun)


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


def dimension_measure(unit: str | None, lexicon: EventLexicon) -> str | None:
    if not unit:
        return None
    dimension = _dimension(unit)
    if dimension is None:
        return None
    for written, measure in lexicon.dimension_measures:
        if dimension == _parse_dimension(written):
            return "capacity" if measure in ("flow", "output") else measure
    return None


@functools.lru_cache(maxsize=None)
def _dimension(unit: str) -> str | None:
    try:
        return str(registry().Quantity(1.0, unit).dimensionality)
    except Exception:  # pint raises several unrelated types for names it cannot read
        return None


@functools.lru_cache(maxsize=None)
def _parse_dimension(written: str) -> str:
    return str(registry().get_dimensionality(written))



def measure_for_subject(measure: str | None, value: Quantity, subject_kind: str | None, lexicon: EventLexicon) -> str | None:
    """What a money figure measures given what kind of thing it belongs to
    (``measure_by_subject``): a programme's "worth" is its budget."""
    if value.kind != "money" or subject_kind is None:
        return measure
    mapping = lexicon.measure_by_subject.get(subject_kind)
    if not mapping:
        return measure
    return mapping.get(measure or "", measure)


def in_takeover(sentence: str, lexicon: EventLexicon) -> bool:
    folded = sentence.casefold()
    return any(word in folded for word in lexicon.takeover_context)
