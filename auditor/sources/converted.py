"""What a format converter hands back to the loader."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from auditor import model

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass(frozen=True)
class Converted:
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    suppressions: tuple[model.Suppression, ...] = ()
    headings: tuple[tuple[int, int], ...] = ()
    markup: tuple[model.MarkupSpan, ...] = ()
    # (line or None, message): read anyway, but reported.
    problems: tuple[tuple[int | None, str], ...] = ()


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the whitespace at its ends (empty when it is all whitespace)."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return start, start
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + lead + len(stripped)


def parse_date(value: object) -> dt.date | None:
    """A date from a date, a datetime or a string that starts with an ISO date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = _ISO_DATE.match(value.strip())
        if match:
            try:
                return dt.date(*(int(part) for part in match.groups()))
            except ValueError:
                return None
    return None
