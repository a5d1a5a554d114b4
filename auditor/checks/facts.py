"""The trusted reference facts file (``--facts FILE``).

A YAML list of ``{subject, attribute, value, unit?, year?, event?, note?}``.
``year`` is a calendar year (``2024``) or a financial year written by the two
it spans (``2023/24``, read as the year it ends in, as the documents are).
Each attribute has its own rules for what a valid value is, checked at load
time so a typo in the file is an error with its line, not a silent miss.

Figures (``amount`` and ``capacity``) are written as a reader writes them and
read by the figure reader that reads the documents, so any form and unit the
documents understand is understood here too: ``value: USD 14 million``,
``value: "1.1 million"`` with ``unit: tonnes of urea per year``, ``value:
1.2`` with ``unit: GW``. ``unit`` is written after ``value``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any, Iterable

from auditor.checks.compare import one_thing_counted
from auditor.checks.file_error import DataFileError
from auditor.extract.figures import find_figures
from auditor.extract.lexicon import Lexicon, load_lexicon
from auditor.model import Quantity, ReferenceFact

from .rulefile import LineMap, line_of, load_yaml, read_data_file

FACT_KEYS = ("subject", "attribute", "value", "unit", "year", "event", "note")
# A financial year written by the two calendar years it spans: "2023/24", "2023-2024".
_SPLIT_YEAR = re.compile(r"(?P<first>\d{4})\s*[/\u2013-]\s*(?P<second>\d{2}|\d{4})")
REQUIRED = ("subject", "attribute", "value")
# What each attribute needs besides subject and value.
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "country": (),
    "headquarters": (),
    "founded": (),
    "capacity": (),
    "amount": ("event",),
}
# The kinds of figure each figure attribute holds.
FIGURE_KINDS: dict[str, tuple[str, ...]] = {"amount": ("money",), "capacity": ("quantity", "count")}
_PLAIN_INTEGER = re.compile(r"-?\d+")
# Longer than any figure is written: not read (a 32,000-digit "amount" once
# took 52 s, and Python refuses to convert an integer of over 4,300 digits).
_MAX_VALUE_CHARS = 100
# Years a reference fact can be about.
_YEARS = range(1000, 3000)


class FactsFileError(DataFileError):
    """A facts file that cannot be used, and where it goes wrong."""


def read_figure(text: str, lexicon: Lexicon | None = None) -> Quantity | None:
    """The one figure ``text`` is, read as the documents are; None when it is
    not exactly one figure from end to end."""
    text = text.strip()
    if len(text) > _MAX_VALUE_CHARS:
        return None
    if _PLAIN_INTEGER.fullmatch(text.split(" ", 1)[0]):
        # "48500 seats": group the digits, so a year-like number ("2000
        # seats") is read as the amount it is here, not as a year.
        number, _, rest = text.partition(" ")
        text = f"{int(number):,}" + (f" {rest}" if rest else "")
    figures = find_figures(text, lexicon or load_lexicon())
    if len(figures) != 1 or figures[0].start != 0 or figures[0].end != len(text):
        return None
    return figures[0].quantity


def _fact_figure(entry: Any, attribute: str, value: str, path: str | Path, lexicon: Lexicon | None) -> Quantity:
    """The figure of an ``amount`` or ``capacity`` fact: ``value``, followed
    by ``unit`` when the value does not say it (``"1.1 million"`` + ``tonnes
    of urea per year``)."""
    unit = str(entry["unit"]).strip() if entry.get("unit") not in (None, "") else None
    if unit is not None:
        # "passengers per year (terminal)": a remark in brackets says what the
        # unit is of, as a note would; the figure reader reads the unit.
        unit = _REMARK.sub("", unit).strip() or unit
    kinds = FIGURE_KINDS[attribute]
    example = "'USD 14 million', or '14 million' with unit: USD" if attribute == "amount" else (
        "'1.2' with unit: GW, '86,400' with unit: cubic metres per day, '48,500' with unit: seats"
    )
    alone = read_figure(value, lexicon)
    if alone is None and attribute == "capacity":
        alone = _count_of_what_it_names(value, lexicon) or _measure_of_what_it_names(value, lexicon)
    if alone is not None and alone.kind in kinds and (alone.kind != "money" or alone.unit is not None):
        if unit is not None:
            described = _described_unit(value, unit, alone, lexicon)
            if described is not None:
                return described
            if read_figure(f"1 {unit}", lexicon) is None and (alone.unit is not None or alone.counted):
                # "1.2 billion bottles a year" + "bottling capacity of the
                # main plant", "2,400 charging points" + "in operation": a
                # value that names its own unit, beside a field that names
                # none, is described by it as a note would; left to the note.
                return alone
        # "value: EUR 14 million" with "unit: USD": which one is meant?
        if unit is not None and not _same_unit(alone, read_figure(f"1 {unit}", lexicon)):
            raise FactsFileError(path, line_of(entry, "unit"), "unit", f"{unit!r} contradicts the unit the value {value!r} names")
        return alone
    if unit is None:
        raise FactsFileError(
            path, line_of(entry, "value"), "value",
            f"{value!r} is not {_kind_phrase(attribute)} the figure reader understands "
            f"(a number with its currency or unit, e.g. {example})",
        )  # fmt: skip
    combined = read_figure(f"{value} {unit}", lexicon)
    if combined is None and _DONE_BEFORE_RATE.search(unit):
        # "tonnes of ore processed per year": what is done to the thing
        # measured says how it is measured, not another unit.
        combined = read_figure(f"{value} {_DONE_BEFORE_RATE.sub(' ', unit).strip()}", lexicon)
    if combined is None:
        # "1.0" + "GW of electrolyser stacks per year": the unit, then what it
        # is of, then the rate; what it is of is left to the note.
        combined = _unit_of_what(value, unit, lexicon)
    if combined is None:
        combined = _unit_with_a_remark(value, unit, lexicon)
    if combined is None or combined.kind not in kinds or (combined.kind == "money" and combined.unit is None):
        key = "unit" if read_figure(f"{value} USD", lexicon) is not None else "value"
        raise FactsFileError(
            path, line_of(entry, key), key,
            f"'{value} {unit}' is not {_kind_phrase(attribute)} the figure reader understands "
            f"(units and currencies are those of rules/lexicon/; e.g. {example})",
        )  # fmt: skip
    return combined


def _unit_with_a_remark(value: str, unit: str, lexicon: Lexicon | None) -> Quantity | None:
    """"120" + "electric vehicles charged at the same time": the unit's
    first words are what is counted or measured, and the words after them
    a remark on it, as a note would make; the longest opening the figure
    reader reads whole, of at least one word, with no rate left out of it
    (a rate cut off would change what is counted)."""
    words = unit.split()
    for size in range(len(words) - 1, 0, -1):
        rest = words[size:]
        if any(word.casefold() in ("per", "a", "an", "each", "every") for word in rest):
            return None  # "seats a day in summer": what it is per is in the words left out
        figure = read_figure(f"{value} {' '.join(words[:size])}", lexicon)
        if figure is not None:
            return figure
    return None


# Participles between what a unit measures and its rate: "tonnes of ore
# processed per year", "vehicles handled a day".
_DONE_BEFORE_RATE = re.compile(r"\s+(?:[a-z]+ed\s+)+(?=(?:per|a|an|each)\s+\w+\s*$)")
# A closing remark in brackets: "passengers per year (terminal)".
_REMARK = re.compile(r"\s*\([^()]*\)\s*$")
# A unit field that says what a value with its own unit measures: "of
# electrolyser stacks per year" after "2 GW".
_CONTINUES = re.compile(r"(?:of|per|a|an|each)\s", re.IGNORECASE)
_OF_WHAT = re.compile(r"of\s+(?P<what>.+?)(?P<rate>\s+(?:per|a|an|each)\s+\w+)?\s*$", re.IGNORECASE)


def _described_unit(value: str, unit: str, alone: Quantity, lexicon: Lexicon | None) -> Quantity | None:
    """The figure of a value that names its unit and a unit field that only
    describes it ("2 GW" + "of electrolyser stacks per year" is 2 GW a
    year): the rate read with the value, what it is of left to the note."""
    if not _CONTINUES.match(unit.strip()):
        return None  # "USD" after "EUR 14 million" names another unit: a contradiction
    whole = read_figure(f"{value} {unit}", lexicon)
    if whole is not None and (whole.kind, whole.unit.split(" / ")[0] if whole.unit else None) == (
        alone.kind, alone.unit
    ):
        return whole
    described = _OF_WHAT.fullmatch(unit.strip())
    if described is None:
        return None
    rated = read_figure(f"{value}{described.group('rate') or ''}", lexicon)
    return rated if rated is not None and rated.kind == alone.kind else None


_UNIT_OF_WHAT = re.compile(r"(?P<unit>\S+(?:\s+\S+)?)\s+(?P<described>of\s+.+)$", re.IGNORECASE)


def _unit_of_what(value: str, unit: str, lexicon: Lexicon | None) -> Quantity | None:
    """The figure of a bare value and a unit field that names its unit and
    then what it measures ("GW of electrolyser stacks per year")."""
    split = _UNIT_OF_WHAT.fullmatch(unit.strip())
    if split is None:
        return None
    alone = read_figure(f"{value} {split.group('unit')}", lexicon)
    if alone is None:
        return None
    return _described_unit(f"{value} {split.group('unit')}", split.group("described"), alone, lexicon)


# "2,400 fast-charging points": a number and the plural noun phrase it counts.
_NUMBER_AND_THING = re.compile(
    r"(?P<number>\d[\d,.]*(?:\s+(?:thousand|million|billion))?)\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}s)"
)


def _count_of_what_it_names(value: str, lexicon: Lexicon | None) -> Quantity | None:
    """A capacity written as a number and what it counts, read as a count of
    that thing even when prose would not count it ("charging points": a
    reference fact says what it counts; a story's "30 points" may be a score)."""
    match = _NUMBER_AND_THING.fullmatch(value.strip())
    if match is None:
        return None
    units = read_figure(f"{match.group('number')} units", lexicon)
    if units is None or units.kind != "count":
        return None
    return units.model_copy(update={"counted": match.group("what")})


def _measure_of_what_it_names(value: str, lexicon: Lexicon | None) -> Quantity | None:
    """A capacity written as a measure, what it measures and its rate ("1.6
    million square metres of slabs a year"): the measure at that rate, what
    it measures left to the note, as when the unit field says it."""
    measure, of, what = value.strip().partition(" of ")
    if not of:
        return None
    alone = read_figure(measure, lexicon)
    if alone is None or alone.unit is None:
        return None
    return _described_unit(measure, f"of {what}", alone, lexicon)


def _kind_phrase(attribute: str) -> str:
    return "an amount of money" if attribute == "amount" else "a capacity"


def _same_unit(a: Quantity, b: Quantity | None) -> bool:
    """Whether the value's figure ``a`` is in the unit ``b`` names. A unit
    that says less than the value agrees with it: "9 tonnes of bell metal
    per pour" is in tonnes, what it is of and its rate said besides; one
    that says what a count is of more closely, too: "24 boats a year" with
    "narrowboats per year"."""
    return (
        b is not None and (a.kind, a.unit) == (b.kind, b.unit) and b.per in (None, a.per)
        and (b.counted in (None, a.counted) or (a.counted is not None and one_thing_counted(a.counted, b.counted)))
    )  # fmt: skip


def _shortened(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _event_named(word: str, known_events: Collection[str] | Mapping[str, str]) -> str | None:
    """The event a fact's ``event`` names: an event's own name, or a word the
    documents' reader takes for it (``rebuild``, ``turnover``), in any case,
    or a phrase whose longest such words name one event ("Series A funding
    round")."""
    for written in (word, word.strip().casefold()):
        if written in known_events:
            return known_events[written] if isinstance(known_events, Mapping) else written
    if not isinstance(known_events, Mapping):
        return None
    # "Series A funding round", "sale of the ferry business": a phrase whose
    # longest known words ("funding round") name one event.
    phrase = " " + " ".join(re.findall(r"[\w&'-]+", word.casefold())) + " "
    found = [known for known in known_events if " " + known.casefold() + " " in phrase]
    if not found:
        return None
    longest = max(len(known) for known in found)
    events = {known_events[known] for known in found if len(known) == longest}
    return events.pop() if len(events) == 1 else None


def _event_names(known_events: Collection[str] | Mapping[str, str]) -> set[str]:
    """The events' own names, as an unknown event's message lists them."""
    return set(known_events.values()) if isinstance(known_events, Mapping) else set(known_events)


def fact_from_entry(
    entry: Any, path: str | Path, lexicon: Lexicon | None = None, known_events: Collection[str] | None = None
) -> ReferenceFact:
    """One validated reference fact from a YAML mapping.

    ``known_events``: the event names extraction knows, or a mapping of the
    words a fact may name an event by (its name, or a word the documents'
    reader takes for it) to the event; a fact about any other event could
    never meet a claim (None: not checked).
    """
    line = entry.line if isinstance(entry, LineMap) else None
    if not isinstance(entry, dict):
        raise FactsFileError(path, line, "fact", "each fact must be a mapping of subject, attribute, value, ...")
    for key in entry:
        if key not in FACT_KEYS:
            raise FactsFileError(path, line_of(entry, key), str(key), f"unknown key (expected one of: {', '.join(FACT_KEYS)})")
    for key in REQUIRED:
        if entry.get(key) in (None, ""):
            raise FactsFileError(path, line, key, "missing required key")
    attribute = str(entry["attribute"])
    if attribute not in ATTRIBUTES:
        raise FactsFileError(
            path, line_of(entry, "attribute"), "attribute",
            f"unknown attribute {attribute!r} (expected one of: {', '.join(sorted(ATTRIBUTES))})",
        )  # fmt: skip
    for key in ATTRIBUTES[attribute]:
        if entry.get(key) in (None, ""):
            raise FactsFileError(path, line, key, f"missing required key for attribute {attribute!r}")
    for key in ("subject", "value", "unit", "event", "note"):
        given = entry.get(key)
        if given is not None and (isinstance(given, bool) or not isinstance(given, (str, int, float))):
            if isinstance(given, bool):
                # The "Norway problem": YAML reads yes, no, on, off (any case) as true or false.
                shown = "true or false (YAML reads yes, no, on and off so: quote the value, e.g. 'NO')"
            else:
                shown = "a list" if isinstance(given, list) else "a mapping"
            raise FactsFileError(path, line_of(entry, key), key, f"must be a text or a number, not {shown}")
        if isinstance(given, float) and not math.isfinite(given):
            raise FactsFileError(path, line_of(entry, key), key, f"must be a finite number, not {given}")
    value = str(entry["value"]).strip()
    if attribute == "founded" and not (re.fullmatch(r"\d{3,4}", value) and int(value) in _YEARS):
        raise FactsFileError(path, line_of(entry, "value"), "value", f"founded must be a year between {_YEARS[0]} and {_YEARS[-1]}")
    if attribute in FIGURE_KINDS and len(value) > _MAX_VALUE_CHARS:
        raise FactsFileError(path, line_of(entry, "value"), "value",
                             f"{_shortened(value)!r} is {len(value):,} characters long, too long to be a figure")  # fmt: skip
    quantity = _fact_figure(entry, attribute, value, path, lexicon) if attribute in FIGURE_KINDS else None
    year = entry.get("year")
    if isinstance(year, str) and (split := _SPLIT_YEAR.fullmatch(year.strip())) is not None:
        # "2023/24", a financial year told by the two calendar years it spans:
        # the year it ends in, as the documents' "2023/24" is read.
        first, second = int(split.group("first")), split.group("second")
        ends = int(second) if len(second) == 4 else first - first % 100 + int(second) + (100 if int(second) < first % 100 else 0)
        if ends != first + 1:
            raise FactsFileError(path, line_of(entry, "year"), "year", f"{year!r} names two years that do not follow each other")
        year = ends
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or year not in _YEARS):
        raise FactsFileError(
            path, line_of(entry, "year"), "year",
            f"must be a whole year between {_YEARS[0]} and {_YEARS[-1]}, such as 2024, or a financial year such as 2023/24",
        )  # fmt: skip
    event = entry.get("event")
    if event is not None and known_events is not None:
        event = _event_named(str(event), known_events)
        if event is None:
            raise FactsFileError(path, line_of(entry, "event"), "event",
                                 f"unknown event {_shortened(str(entry['event']))!r} (expected one of: {', '.join(sorted(_event_names(known_events)))})")  # fmt: skip
    return ReferenceFact(
        subject=str(entry["subject"]).strip(),
        attribute=attribute,
        value=value,
        unit=str(entry["unit"]) if entry.get("unit") is not None else None,
        year=year,
        event=str(event) if event is not None else None,
        note=str(entry["note"]).strip() if entry.get("note") is not None else None,
        quantity=quantity,
        path=str(path),
        line=line or 1,
    )


def parse_facts(
    text: str, path: str | Path, lexicon: Lexicon | None = None, known_events: Collection[str] | None = None
) -> tuple[ReferenceFact, ...]:
    """The facts of a facts file's text; ``lexicon`` is the one the documents
    are read with (default: the shipped one)."""
    data = load_yaml(text, path, FactsFileError)
    if data is None:
        return ()
    entries = data
    if isinstance(data, dict):
        unknown = [k for k in data if k != "facts"]
        if unknown:
            raise FactsFileError(path, line_of(data, unknown[0]), str(unknown[0]), "unknown key (a facts file is a list, or a mapping with one key 'facts')")
        entries = data.get("facts") or []
    if not isinstance(entries, list):
        raise FactsFileError(path, 1, "facts", "must be a list of facts")
    return tuple(fact_from_entry(entry, path, lexicon, known_events) for entry in entries)


def load_reference_facts(
    path: str | Path, lexicon: Lexicon | None = None, known_events: Collection[str] | None = None
) -> tuple[ReferenceFact, ...]:
    return parse_facts(read_data_file(Path(path), "facts file", FactsFileError), path, lexicon, known_events)


def facts_from_examples(entries: Iterable[dict], path: str | Path) -> tuple[ReferenceFact, ...]:
    """Reference facts of a rule example (already validated when the rule loaded)."""
    return tuple(fact_from_entry(entry, path) for entry in entries)
