"""The trusted reference facts file (``--facts FILE``).

A YAML list of ``{subject, attribute, value, unit?, year?, event?, note?}``.
Each attribute has its own rules for what a valid value is, checked at load
time so a typo in the file is an error with its line, not a silent miss.
"""

from __future__ import annotations

import re
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
_AMOUNT = re.compile(r"^\s*[^\d\s.-]{0,3}\s*(-?[\d,]*\.?\d+)\s*([a-z]+)?\s*$", re.IGNORECASE)


class FactsFileError(DataFileError):
    """A facts file that cannot be used, and where it goes wrong."""


def parse_amount(text: str) -> tuple[float, float] | None:
    """``110 billion`` -> (110e9, precision 0.5e9); None when it is no number."""
    match = _AMOUNT.match(text)
    if not match:
        return None
    digits, scale_word = match.group(1).replace(",", ""), (match.group(2) or "").lower()
    if scale_word and scale_word not in _SCALES:
        return None
    scale = _SCALES.get(scale_word, 1.0)
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return float(digits) * scale, 0.5 * scale * 10 ** (-decimals)


def fact_from_entry(entry: Any, path: str | Path) -> ReferenceFact:
    """One validated reference fact from a YAML mapping."""
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
    value = str(entry["value"]).strip()
    if attribute == "founded" and not re.fullmatch(r"\d{3,4}", value):
        raise FactsFileError(path, line_of(entry, "value"), "value", "founded must be a year")
    if attribute == "amount" and parse_amount(value) is None:
        raise FactsFileError(path, line_of(entry, "value"), "value", f"not an amount: {value!r} (e.g. '110 billion')")
    year = entry.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise FactsFileError(path, line_of(entry, "year"), "year", "must be a whole year such as 2024")
    for key in ("subject", "unit", "event", "note"):
        if entry.get(key) is not None and not isinstance(entry[key], (str, int, float)):
            raise FactsFileError(path, line_of(entry, key), key, "must be a plain value")
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


def parse_facts(text: str, path: str | Path) -> tuple[ReferenceFact, ...]:
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
    return tuple(fact_from_entry(entry, path) for entry in entries)


def load_reference_facts(path: str | Path) -> tuple[ReferenceFact, ...]:
    return parse_facts(read_data_file(Path(path), "facts file", FactsFileError), path)


def facts_from_examples(entries: Iterable[dict], path: str | Path) -> tuple[ReferenceFact, ...]:
    """Reference facts of a rule example (already validated when the rule loaded)."""
    return tuple(fact_from_entry(entry, path) for entry in entries)
