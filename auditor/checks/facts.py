"""The trusted reference facts file (``--facts FILE``).

A YAML list of ``{subject, attribute, value, unit?, year?, event?, note?}``.
Each attribute has its own rules for what a valid value is, checked at load
time so a typo in the file is an error with its line, not a silent miss.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from pathlib import Path
from typing import Any, Iterable

from auditor.checks.file_error import DataFileError
from auditor.model import ReferenceFact

from .rulefile import LineMap, line_of, load_yaml, read_data_file

FACT_KEYS = ("subject", "attribute", "value", "unit", "year", "event", "note")
REQUIRED = ("subject", "attribute", "value")
# What each attribute needs besides subject and value.
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "country": (),
    "headquarters": (),
    "founded": (),
    "capacity": (),
    "amount": ("event", "unit"),
}

_SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "mn": 1e6, "m": 1e6, "mm": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "t": 1e12,
}  # fmt: skip
# One way to read each digit (a digit run, then an optional decimal part):
# "[\d,]*\.?\d+" gave a long run of digits as many ways as it has digits,
# each tried before a trailing letter failed the match (52 s for 32,000 digits).
_AMOUNT = re.compile(r"^\s*[^\d\s.-]{0,3}\s*(-?(?:\d(?:[\d,]*\d)?(?:\.\d+)?|\.\d+))\s*([a-z]+)?\s*$", re.IGNORECASE)
# More digits than any amount has (a trillion is 13); past it, no number.
_MAX_AMOUNT_DIGITS = 30
# Years a reference fact can be about.
_YEARS = range(1000, 3000)


class FactsFileError(DataFileError):
    """A facts file that cannot be used, and where it goes wrong."""


def parse_amount(text: str) -> tuple[float, float] | None:
    """``110 billion`` -> (110e9, precision 0.5e9); None when it is no number."""
    match = _AMOUNT.match(text)
    if not match or len(match.group(1)) > _MAX_AMOUNT_DIGITS:
        return None
    digits, scale_word = match.group(1).replace(",", ""), (match.group(2) or "").lower()
    if scale_word and scale_word not in _SCALES:
        return None
    scale = _SCALES.get(scale_word, 1.0)
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return float(digits) * scale, 0.5 * scale * 10 ** (-decimals)


def _shortened(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fact_from_entry(entry: Any, path: str | Path, known_events: Collection[str] | None = None) -> ReferenceFact:
    """One validated reference fact from a YAML mapping.

    ``known_events``: the event names extraction knows; a fact about any
    other event could never meet a claim (None: not checked).
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
    if attribute == "amount" and parse_amount(value) is None:
        raise FactsFileError(path, line_of(entry, "value"), "value", f"not an amount: {_shortened(value)!r} (e.g. '110 billion')")
    year = entry.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or year not in _YEARS):
        raise FactsFileError(path, line_of(entry, "year"), "year", f"must be a whole year between {_YEARS[0]} and {_YEARS[-1]}, such as 2024")
    event = entry.get("event")
    if event is not None and known_events is not None and str(event) not in known_events:
        raise FactsFileError(path, line_of(entry, "event"), "event",
                             f"unknown event {_shortened(str(event))!r} (expected one of: {', '.join(sorted(known_events))})")  # fmt: skip
    return ReferenceFact(
        subject=str(entry["subject"]).strip(),
        attribute=attribute,
        value=value,
        unit=str(entry["unit"]) if entry.get("unit") is not None else None,
        year=year,
        event=str(entry["event"]) if entry.get("event") is not None else None,
        note=str(entry["note"]).strip() if entry.get("note") is not None else None,
        path=str(path),
        line=line or 1,
    )


def parse_facts(text: str, path: str | Path, known_events: Collection[str] | None = None) -> tuple[ReferenceFact, ...]:
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
    return tuple(fact_from_entry(entry, path, known_events) for entry in entries)


def load_reference_facts(path: str | Path, known_events: Collection[str] | None = None) -> tuple[ReferenceFact, ...]:
    return parse_facts(read_data_file(Path(path), "facts file", FactsFileError), path, known_events)


def facts_from_examples(entries: Iterable[dict], path: str | Path) -> tuple[ReferenceFact, ...]:
    """Reference facts of a rule example (already validated when the rule loaded)."""
    return tuple(fact_from_entry(entry, path) for entry in entries)
