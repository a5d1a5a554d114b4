"""Plain text: the file is the prose, apart from suppression markers and
markup left behind by a web page or a wiki (see ``leftover_markup``)."""

from __future__ import annotations

import re

from auditor.model import MarkupSpan
from auditor.sources.converted import Converted, parse_date
from auditor.sources.decoding import blank, splice
from auditor.sources.leftover_markup import clean, has_leftovers
from auditor.sources.pipe_tables import table_cells
from auditor.sources.suppressions import find_text_suppressions

_DATE_LINE = re.compile(r"^[ \t]*date[ \t]*:[ \t]*(\d{4}-\d{1,2}-\d{1,2})\b", re.IGNORECASE | re.MULTILINE)
# A header may name the date only among the first lines of the file.
_HEADER_LINES = 10
_TITLE_MAX_CHARS = 150
# A line that is a day's date and nothing else: "22 May 2025", "May 22, 2025", "2025-05-22".
_LONE_DATE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})$"
)
_END_PUNCTUATION = tuple(".!?;:,…")


def convert(raw: str, line_starts: tuple[int, ...]) -> Converted:
    suppressions, spans = find_text_suppressions(raw, line_starts)
    text = splice(raw, [(start, end, blank(raw[start:end])) for start, end in spans])
    cells: tuple[MarkupSpan, ...] = ()
    if has_leftovers(text):
        text, cells = clean(text)
    if not cells and "|" in text:
        # A Markdown table pasted into a plain-text release ("| Division |
        # 2024 revenue (£m) |" over "|---|---|"): read as one, when it has
        # its header rule (a line of bars alone is no table).
        found = table_cells(text)
        ruled = {c.table for c in found if c.header}
        cells = tuple(c for c in found if c.table in ruled)
    date, date_line = _date(text, line_starts)
    if date_line is not None:
        # The header's date is the document's, not a sentence of it: blanked,
        # it no longer runs into the title line above it.
        text = splice(text, [(date_line[0], date_line[1], blank(text[date_line[0] : date_line[1]]))])
    return Converted(text=text, title=_title(text), date=date, suppressions=suppressions, markup=cells)


def _title(text: str) -> str | None:
    for line in text.split("\n", 20)[:20]:
        line = line.strip()
        if _DATE_LINE.match(line) or _LONE_DATE.match(line):
            continue  # ("22 May 2025" over "CITADEL PARKING PLC - PRELIMINARY RESULTS": when, not the title)
        if line:
            looks_like_title = len(line) <= _TITLE_MAX_CHARS and not line.endswith(_END_PUNCTUATION)
            return line if looks_like_title else None
    return None


def _date(text: str, line_starts: tuple[int, ...]) -> tuple[object, tuple[int, int] | None]:
    """The header's date and the span of its line."""
    header_end = line_starts[_HEADER_LINES] if len(line_starts) > _HEADER_LINES else len(text)
    # Tried at each line start only: searched, the pattern would be tried at
    # every character of the header.
    for start in line_starts[:_HEADER_LINES]:
        match = _DATE_LINE.match(text, start, header_end)
        if match:
            date = parse_date(match.group(1))
            return date, ((match.start(), match.end()) if date is not None else None)
    return None, None
