"""Where a sentence stands in its document: its block's lead-in, its section's
heading, the dateline, quotations, and the tables.

These are the places a reader takes a topic from when the sentence does not
name one: a newsletter's bold lead-in ("**Sproutlane** closed ..."), a
label before a colon in a list of notes ("Barka North: the plant ..."), an
"About X" section, a table's row header.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple, Sequence

from auditor.document.text_tables import aligned_line, aligned_tables
from auditor.extract.dates import DateMatch, find_dates, month_number
from auditor.extract.letters import UPPER
from auditor.extract.lexicon import Lexicon
from auditor.model import Document, MarkupSpan
from auditor.segment import SectionSpan, SentenceSpan

# A label that opens a block and sets its topic: "Barka North: ...",
# "Oskarsen Commodities — The Belgian trader ...". At most six words.
_LABEL = re.compile(r"(?P<label>[A-Z][^\s:\u2014\u2013]*(?:\s+[^\s:\u2014\u2013]+){0,5}?)\s*(?::\s|\s[\u2014\u2013-]\s)")


def _may_open_on_label(text: str) -> bool:
    """Whether ``_LABEL`` can match ``text``: it opens on a capital A-Z and
    ends in a colon or a dash. Most sentences fail the test without a match
    tried at each of their first words."""
    return "A" <= text[:1] <= "Z" and (":" in text or "-" in text or "\u2014" in text or "\u2013" in text)


# "MADRID, Jan 20, 2025 (EuroDeal Wire) - ", "OPOLE, Poland, Sept 12, 2023 - ",
# "ZARAGOZA, 23 May 2023 — ": a place in capitals, maybe its country, a date,
# maybe the wire's name, a dash.
_DATELINE = re.compile(
    r"(?P<place>[" + UPPER + r"][" + UPPER + r" .'-]{1,40}?)(?:,\s*(?P<country>[A-Z][^\W\d_]*(?:[ .'-]+[^\W\d_]+)*))?,\s*"
    r"(?P<date>[^()\u2014\u2013]{3,30}?\d{1,4})\s*(?:\((?P<source>[^)]{1,60})\)\s*)?[-\u2014\u2013]+\s"
)
# "Fürth, 2 September 2025 - ", "Leeds, 3 June 2025 - ": a release's
# dateline with its place in its own case, a day's date and a dash.
_PLACE_DATELINE = re.compile(
    r"(?P<place>[" + UPPER + r"][^\W\d_]+(?:[ '-][" + UPPER + r"][^\W\d_]+){0,2})"
    r"(?:,\s*(?P<country>(?:the\s+)?[" + UPPER + r"][^\W\d_]+(?:\s+[" + UPPER + r"][^\W\d_]+)?))?(?:,|\s+[-\u2014\u2013]+)\s*"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\s*[-\u2014\u2013]+\s"
)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY_WRITTEN = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?"
_DATE_LEAD = re.compile(
    r"(?P<date>" + _MONTHS + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTHS + r"\s+\d{4})\s*(?:[-\u2014\u2013:]+\s*)?(?=[A-Z])"
)
# A letter's or a memo's date on a line of its own: "Bergen, 14 March 2025", "March 14, 2025",
# "Transcript, 27 March 2025 (edited for length)".
_DATE_LINE = re.compile(
    # "By Kari Enger, Innlandsposten, 3 June 2025": a byline's date dates the story too.
    r"(?:(?:By|Words\s+by|Reporting\s+by|Interview\s+by)\s+[A-Z][^,\n]{1,60},\s*)?"
    r"(?:(?!" + _WEEKDAY_WRITTEN + r",)(?P<place>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})(?:\s*\([^()\n]{1,30}\))?,\s*)?"
    # "Thursday 18 September 2025", "Tue, May 6, 2025": a weekday before the date.
    r"(?:" + _WEEKDAY_WRITTEN + r",?[ \t]+)?"
    r"(?P<date>(?:\d{1,2}\s+" + _MONTHS + r"|" + _MONTHS + r"\s+\d{1,2},?)\s+\d{4})\.?(?:[ \t]*\([^()\n]{1,60}\))?"
)
# "Kuopio, 24.9.2025" on a line of its own: a European date written in
# figures, day first, as only full stops between them write it.
_NUMERIC_DATE_LINE = re.compile(
    r"(?:(?P<place>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}),\s*)?(?P<date>(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d))\.?"
)


def _line_dates(line: re.Match[str], lexicon: Lexicon) -> list[DateMatch]:
    """The day's date a dated line gives, as found in its date's words or,
    for a date in figures, read day first."""
    if line.re is not _NUMERIC_DATE_LINE:
        return [d for d in find_dates(line.group("date"), lexicon) if d.precision == "day"]
    day, month, year = int(line.group("day")), int(line.group("month")), int(line.group("year"))
    try:
        dt.date(year, month, day)
    except ValueError:
        return []
    return [DateMatch(0, len(line.group("date")), year, month, day, line.group("date"), "day")]


_MONTH_WORD = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
ABOUT = re.compile(r"^(?:About|ABOUT|About the)\s+(?P<name>.+?)\s*$")
_QUOTE = re.compile(r"[\"\u201c](?P<inside>[^\"\u201c\u201d]{2,}?)[\"\u201d]")


class Dateline(NamedTuple):
    start: int  # absolute offsets of the whole dateline
    end: int
    place_start: int
    place_end: int
    date: DateMatch | None  # offsets relative to the dateline start; None when it names no year

    @property
    def date_value(self) -> dt.date | None:
        """The dateline's date as a calendar date (its first day when only a month is given)."""
        if self.date is None or self.date.month is None:
            return None
        return dt.date(self.date.year, self.date.month, self.date.day or 1)


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    row: int
    column: int
    header: bool


@dataclass(frozen=True)
class Table:
    """A table as rows of cells; ``caption`` is the heading right above it,
    ``note`` a source note right below it ("*Source: company data. Network
    figures at 31 December 2024.*"), which may date its cells."""

    index: int
    cells: tuple[Cell, ...]
    caption: tuple[int, int] | None
    note: tuple[int, int] | None = None

    def rows(self) -> list[list[Cell]]:
        rows: dict[int, list[Cell]] = {}
        for cell in self.cells:
            rows.setdefault(cell.row, []).append(cell)
        return [sorted(rows[r], key=lambda c: c.column) for r in sorted(rows)]

    def header_row(self) -> list[Cell] | None:
        """The column headers: a row of header cells (a Markdown header row, a
        ``<tr>`` of ``<th>``) with more than one cell."""
        rows = self.rows()
        if rows and len(rows[0]) > 1 and all(c.header for c in rows[0]):
            return rows[0]
        return None


@dataclass(frozen=True)
class Layout:
    """Per-sentence placement facts for one document."""

    lead_in: dict[int, tuple[int, int]]  # block index -> absolute span of its lead-in
    section_topic_span: dict[int, tuple[int, int]]  # section index -> span naming its topic
    dateline: Dateline | None
    quoted: list[tuple[int, int]]  # absolute spans inside quotation marks
    tables: list[Table]
    table_spans: list[tuple[int, int]]  # where each table's cells lie (first start, last end)

    def in_table(self, start: int, end: int) -> bool:
        # Most documents have no table: asked for every sentence, twice.
        return bool(self.table_spans) and any(s <= start and end <= e for s, e in self.table_spans)

    def cells_within(self, start: int, end: int) -> list[Cell]:
        """The table cells inside [start, end), in order."""
        if not self.in_table(start, end):
            return []
        return [c for t in self.tables for c in t.cells if start <= c.start and c.end <= end]


def read_layout(
    document: Document,
    sections: Sequence[SectionSpan],
    sentences: Sequence[SentenceSpan],
    lexicon: Lexicon,
) -> Layout:
    text = document.text
    strong = [m for m in document.markup if m.kind == "strong"]
    strong_starts = [m.start for m in strong]
    lead_in: dict[int, tuple[int, int]] = {}
    seen_blocks: set[int] = set()
    blocks_of_many = {a.block for a, b in zip(sentences, sentences[1:]) if a.block == b.block}
    for sentence in sentences:
        if sentence.block in seen_blocks or sentence.is_heading:
            continue
        seen_blocks.add(sentence.block)
        alone = _NAME_ALONE.fullmatch(sentence.text.strip()) if sentence.block in blocks_of_many else None
        # ("Patek Philippe Ref. 2499 watch": a sentence cut at an abbreviation is no name alone.)
        if alone is not None and len(alone.group("name").rstrip(".").split()[-1]) > 3:
            # "Massas Bellini. The São Paulo fresh-pasta maker, in which we
            # hold 60%, had ...": a paragraph opening on a name alone, as a
            # bold lead-in does, says what the paragraph is about.
            start = sentence.start + sentence.text.index(sentence.text.strip())
            lead_in[sentence.block] = (start, start + len(alone.group("name").rstrip(".")))
            continue
        # Markup: bold text at the very start of the block.
        index = bisect.bisect_left(strong_starts, sentence.start)
        if index < len(strong) and strong[index].start == sentence.start and strong[index].end <= sentence.end:
            lead_in[sentence.block] = (strong[index].start, strong[index].end)
            continue
        label = _LABEL.match(sentence.text) if _may_open_on_label(sentence.text) else None
        if label is not None and label.end() < len(sentence.text):
            start = sentence.start + label.start("label")
            lead_in[sentence.block] = (start, start + len(label.group("label").rstrip(" .,")))

    section_topic_span: dict[int, tuple[int, int]] = {}
    for section in sections:
        if section.heading is None or section.heading_start is None:
            continue
        about = ABOUT.match(section.heading)
        if about is not None:
            start = section.heading_start + about.start("name")
            section_topic_span[section.index] = (start, start + len(about.group("name")))

    dateline = _dateline(text, sentences, lexicon)
    if dateline is not None and dateline.date is None:
        # "TILBURG, Netherlands - From the car park ...": a dateline, not a
        # label setting its block's topic.
        lead_in = {block: span for block, span in lead_in.items() if not dateline.start <= span[0] < dateline.end}
    tables = _tables(document.markup, sections, text)
    if document.kind == "txt":
        # Markdown and HTML mark their lists and tables; a plain text's key
        # figures are only lines of labels and values.
        tables += _aligned_tables(text, sections, len(tables))
        tables += _key_value_tables(text, sections, len(tables), tables)
    return Layout(
        lead_in=lead_in,
        section_topic_span=section_topic_span,
        dateline=dateline,
        quoted=[(m.start("inside"), m.end("inside")) for m in _QUOTE.finditer(text)],
        tables=tables,
        table_spans=[(t.cells[0].start, t.cells[-1].end) for t in tables if t.cells],
    )


# What sets the fields of a masthead line apart: "Poznan Evening Courier | 18 June 2025 | By Anna Wrona".
# (A dash too: "FREE REED JOURNAL - Issue 117 - 4 September 2025".)
_MASTHEAD_SEPARATORS = ("|", "\u00b7", "\u2022", "-", "\u2013", "\u2014")
# A date field is short; a longer line is prose, read no further.
_MASTHEAD_CHARS = 200


def _masthead_date(line: str) -> re.Match[str] | None:
    """The date field of a line of fields set apart by bars or dots (a
    publication, a date, a byline), when one field is nothing but a date.
    Split with plain string operations: a regex around a long run of blanks
    would try every start in it."""
    line = line.strip()
    if len(line) > _MASTHEAD_CHARS or "\n" in line:
        return None
    separator = next((s for s in _MASTHEAD_SEPARATORS if f" {s} " in line), None)
    if separator is None:
        return None
    for field in line.split(f" {separator} "):
        found = _DATE_LINE.fullmatch(field.strip())
        if found is not None and found.group("place") is None:
            return found
    return None


def _dateline(text: str, sentences: Sequence[SentenceSpan], lexicon: Lexicon) -> Dateline | None:
    """A wire story's dateline in the first few sentences of the body. Below
    a date on a line of its own ("May 4, 2025" over "ROTTERDAM, May 4 (Wire)
    - ..."), the wire's line is the dateline: its place is no party to the
    news; the line above dates it when it names no year."""
    found = _first_dateline(text, sentences, lexicon)
    if found is None:
        return next((d for s in sentences[:_UNDATED_REACH] if not s.is_heading and (d := _undated_dateline(s)) is not None), None)
    if found.place_end != found.place_start:
        return found
    following = [s for s in sentences[:6] if s.start >= found.end and not s.is_heading][:2]
    for sentence in following:
        wire = _wire_dateline(sentence, lexicon, text) or _undated_dateline(sentence)
        if wire is None:
            continue
        if found.date is not None and wire.date is not None and (wire.date.month, wire.date.day) == (found.date.month, found.date.day):
            # ("May 4, 2025" over "ROTTERDAM, May 4 (Meridian Wire) - ...":
            # the line above writes the year the wire's day leaves out.)
            wire = wire._replace(date=wire.date._replace(year=found.date.year))
        if wire.date is None and found.date is not None:
            # Offsets stay relative to the dateline's start: the date stands before it.
            shift = found.start - wire.start
            wire = wire._replace(date=found.date._replace(start=found.date.start + shift, end=found.date.end + shift))
        return wire
    return found


def _wire_dateline(sentence: SentenceSpan, lexicon: Lexicon, text: str) -> Dateline | None:
    """"ROTTERDAM, May 4 (Wire) - ...", "Leeds, 3 June 2025 - ...": a wire's
    or a release's dateline opening a sentence. A day without its year takes
    the one its weekday settles (``_year_of_weekday``)."""
    match = _DATELINE.match(sentence.text) or _PLACE_DATELINE.match(sentence.text)
    if match is None or not _MONTH_WORD.search(match.group("date")):
        return None
    dates = [d for d in find_dates(match.group("date"), lexicon) if d.precision in ("day", "month")]
    if match.re is _PLACE_DATELINE and not any(d.precision == "day" for d in dates):
        return None
    if not dates:
        dated = _year_of_weekday(match.group("date"), sentence.text, text)
        dates = [dated] if dated is not None else []
    offset = match.start("date")
    date = dates[-1]._replace(start=dates[-1].start + offset, end=dates[-1].end + offset) if dates else None
    return Dateline(
        start=sentence.start,
        end=sentence.start + match.end(),
        place_start=sentence.start + match.start("place"),
        place_end=sentence.start + match.end("country" if match.group("country") else "place"),
        date=date,
    )


# "TILBURG, Netherlands - From the car park ...", "ARZIGNANO — The smell
# ...": a place in capitals (maybe its country) and a dash opening the
# story's prose, with no date: a feature written from where it is set.
_UNDATED = re.compile(
    r"(?P<place>[" + UPPER + r"][" + UPPER + r"'.]+(?:[ -][" + UPPER + r"][" + UPPER + r"'.]+){0,2})"
    r"(?:,\s*(?P<country>[A-Z][^\W\d_]+(?:[ .'-]+[A-Z][^\W\d_]+){0,2}))?\s+[-—–]{1,2}\s+(?=[\"“" + UPPER + r"])"
)
# The prose after it: a sentence of some length, with words in lower case
# ("CORVELO BREWING GROUP - TRADING UPDATE" is a title, "THE PODCAST - Episode 12" a label).
_UNDATED_PROSE_WORDS = 6
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_UNDATED_REACH = 3


def _undated_dateline(sentence: SentenceSpan) -> Dateline | None:
    """A dateline that names only its place, before the story's first words."""
    match = _UNDATED.match(sentence.text)
    if match is None:
        return None
    rest = sentence.text[match.end() :]
    if len(rest.split()) < _UNDATED_PROSE_WORDS or len(_LOWER_WORD.findall(rest)) < _UNDATED_PROSE_WORDS // 2:
        return None
    return Dateline(
        start=sentence.start,
        end=sentence.start + match.end(),
        place_start=sentence.start + match.start("place"),
        place_end=sentence.start + match.end("country" if match.group("country") else "place"),
        date=None,
    )


# A day and month without a year: "April 15", "Sept 23", "8 Oct".
_DAY_WITHOUT_YEAR = re.compile(r"(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2})$|(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]+)\.?$")
# (Written out: ``calendar.day_name`` follows the locale.) Monday first, as ``date.weekday`` counts.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)")


_YEARS_AFTER_THE_LATEST = 3


def _year_of_weekday(written: str, lead: str, text: str) -> DateMatch | None:
    """"ASHEVILLE, N.C., April 15 (Wire) - ... said on Tuesday": the year in
    which that day falls on the weekday the lead names, among the years the
    story mentions and the years either side of each, the nearest the latest
    it mentions. None when the lead names no weekday or more than one, or
    when no such year fits."""
    day_month = _DAY_WITHOUT_YEAR.search(written.strip())
    weekdays = set(_WEEKDAY.findall(lead))
    if day_month is None or len(weekdays) != 1:
        return None
    month = month_number(day_month.group("month") or day_month.group("month2"))
    day = int(day_month.group("day") or day_month.group("day2"))
    if month is None:
        return None
    weekday = _WEEKDAYS.index(weekdays.pop())
    mentioned = {int(y) for y in _YEAR.findall(text)}
    if not mentioned:
        return None
    # A story tells of its own year, of the one before and of the one ahead
    # ("from spring 2026"); failing those, one that names only older years
    # ("set up in 1987", "bought in 2022") is at most a few years after the
    # latest it names.
    latest = max(mentioned)
    candidates = {y + step for y in mentioned for step in (-1, 0, 1)} | {latest + step for step in range(2, _YEARS_AFTER_THE_LATEST + 1)}
    fitting: set[int] = set()
    for year in candidates:
        try:
            if dt.date(year, month, day).weekday() == weekday:
                fitting.add(year)
        except ValueError:
            return None  # "February 30": no day of any year
    if not fitting:
        return None
    # Of the years that fit, the one nearest the latest the story names
    # ("Sept 4 ... on Thursday" in a story naming 2003 and 2026: 2025, not
    # the founding's 2003); the earlier of two as near.
    year = min(fitting, key=lambda y: (abs(y - latest), y))
    start = written.index(day_month.group(0).split()[0])
    return DateMatch(start, start + len(day_month.group(0)), year, month, day, day_month.group(0), "day")


def _first_dateline(text: str, sentences: Sequence[SentenceSpan], lexicon: Lexicon) -> Dateline | None:
    for sentence in sentences[:6]:
        # A short line of its own may be a letter's date ("Bergen, 14 March
        # 2025"), which the segmenter takes for a heading.
        wire = None if sentence.is_heading else _wire_dateline(sentence, lexicon, text)
        if wire is not None:
            return wire
        if sentence.is_heading or _DATELINE.match(sentence.text) is None:
            line = _DATE_LINE.fullmatch(sentence.text.strip()) or _masthead_date(sentence.text) or _NUMERIC_DATE_LINE.fullmatch(sentence.text.strip())
            dates = _line_dates(line, lexicon) if line else []
            if dates:
                # "Bergen, 14 March 2025" on a line of its own: a letter's date.
                offset = sentence.text.index(line.group("date"))
                return Dateline(start=sentence.start, end=sentence.start + len(sentence.text), place_start=sentence.start,
                                place_end=sentence.start + (line.end("place") if line.group("place") else 0),
                                date=dates[-1]._replace(start=dates[-1].start + offset, end=dates[-1].end + offset))  # fmt: skip
            if sentence.is_heading:
                continue
            lead = _DATE_LEAD.match(sentence.text)
            dates = [d for d in find_dates(lead.group("date"), lexicon) if d.precision == "day"] if lead else []
            if lead is None or not dates:
                continue
            # "April 27, 2005 Boeing has secured ...": a date opening the story is its dateline.
            return Dateline(start=sentence.start, end=sentence.start + lead.end(), place_start=sentence.start,
                            place_end=sentence.start, date=dates[-1])  # fmt: skip
    return _short_dated_line(sentences, lexicon) or _header_date(sentences, lexicon)


def _short_dated_line(sentences: Sequence[SentenceSpan], lexicon: Lexicon) -> Dateline | None:
    """A short line among a document's first three that gives a day's date
    ("*Sector note, 3 March 2025.*", "Recorded 18 September 2025."): what its
    "last year" counts from, where nothing else dates it. A line of prose ("On
    3 May 2021 the plant opened") dates an event, not the document."""
    for sentence in sentences[:3]:
        if len(sentence.text.split()) > _SHORT_LINE_WORDS:
            told = _PUBLISHED_ON.search(sentence.text) if len(sentence.text) <= _MASTHEAD_CHARS else None
            dates = [d for d in find_dates(told.group("date"), lexicon) if d.precision == "day"] if told else []
            if dates:
                # 'CITY FM - "The Business Hour", broadcast Tuesday 24 June 2025':
                # a longer first line that says when the piece was published.
                offset = told.start("date")
                return Dateline(start=sentence.start, end=sentence.start + len(sentence.text), place_start=sentence.start,
                                place_end=sentence.start, date=dates[0]._replace(start=dates[0].start + offset, end=dates[0].end + offset))  # fmt: skip
            continue
        found = find_dates(sentence.text, lexicon)
        dates = [d for d in found if d.precision == "day"] or [
            # "*Cocoa Review, April 2025.*": a month closing a masthead line.
            # "Page updated March 2025.": or after a word of publishing.
            d for d in found
            if d.precision == "month" and _CLOSING_MONTH.fullmatch(sentence.text, d.end)
            and (sentence.text[: d.start].rstrip().endswith(",") or _PUBLISHED_BEFORE.search(sentence.text, 0, d.start))
        ]
        if dates:
            return Dateline(start=sentence.start, end=sentence.start + len(sentence.text), place_start=sentence.start,
                            place_end=sentence.start, date=dates[0])  # fmt: skip
    return None


# A header's date stands after a comma, a field's colon, a separator or a
# word of publishing ("Edited excerpt from the investor call, 23 September
# 2025, 09:30 BST", "Page last updated: 14 April 2025", "Annual Report ·
# Published 28 February 2025"), never after a preposition of prose ("opened
# on 14 June 2025", "for the year ended 30 June 2025", "at 31 December 2024").
_HEADER_DATE_BEFORE = re.compile(
    r"(?:^|[,:\u00b7|\u2013\u2014]|\s-|\b(?:published|updated|posted|issued|released|recorded|broadcast|aired|filed|dated))\s*$",
    re.IGNORECASE,
)
# A weekday before the date ("Radio Marches, Tuesday 9 December 2025"): what
# stands before the weekday says whether it is a header's.
_WEEKDAY_BEFORE = re.compile(_WEEKDAY_WRITTEN + r",?\s+$")
# A header's last part before its date is short: a place, a title, a word of
# publishing, set apart by a comma or a separator ("The campaign's starting
# day is Monday, January 22, 2007" is prose).
_HEADER_PART_WORDS = 8
_HEADER_PARTS = re.compile(r"[,:\u00b7|\u2013\u2014]|\s-\s")
# What closes it: the line's end, a clock time, a wire's name, a separator or
# the dash before the story ("Badia Polesine (Rovigo), 3 April 2025 - Zanella ...").
_HEADER_DATE_AFTER = re.compile(
    # A clock time: "09:30 BST", "12.30pm", "7pm".
    r"(?:,?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,5})?)?"
    r"\s*(?:\([^()]{1,60}\)\s*|/[^/\n]{1,60}/\s*)?"
    # ... or the header's next field: "Broadcast 14 May 2026, 7.40am. Presenter: Rob Penhaligon."
    # ... or the line's end, the post or story going on below ("**GixxerGaz** · 2 June 2025, 21:14" + a new line)
    r"(?P<close>[.*_)\s]*$|(?P<line>[ \t.*_)]*\n)|[\u00b7|]|[-\u2013\u2014]{1,2}\s|(?P<field>\.|(?<=m\.))\s+[A-Z][a-z]+(?:\s+[a-z]+)?:\s)"
)
# A place a release's dateline opens on: capitalised words, a county in
# brackets, a country, joined by "and" or a particle ("Castelvetro di
# Modena", "VERDEN (ALLER), Germany", "MILWAUKEE and EINDHOVEN").
_HEADER_PLACE = re.compile(
    r"\s*[" + UPPER + r"][\w.'\u2019-]*(?:(?:\s+|,\s*)(?:[" + UPPER + r"][\w.'\u2019-]*|\([^()\n]{1,30}\)|and|de|di|da|do|del|im|am|an|der|la|le|sur|upon|on|en|y))*\s*,\s*$"
)
_HEADER_LINES = 3


def _header_date(sentences: Sequence[SentenceSpan], lexicon: Lexicon) -> Dateline | None:
    """A day's date among a document's first lines that its words set apart
    as the header's, where no other reading dates the document: after a
    comma, a colon or a word of publishing, and closing the line or followed
    by a clock time, a wire's name or the dash before the story. A release's
    dateline whose place the wire pattern does not read ("Castelfidardo (AN),
    Italy, 12 March 2025 - ") keeps its place; the story after the dash stays
    prose."""
    for sentence in sentences[:_HEADER_LINES]:
        for date in find_dates(sentence.text, lexicon):
            weekday = _WEEKDAY_BEFORE.search(sentence.text, 0, date.start)
            before = sentence.text[: weekday.start() if weekday is not None else date.start]
            if (
                date.precision != "day"
                or not _HEADER_DATE_BEFORE.search(before)
                or len(_HEADER_PARTS.split(before)[-1].split()) > _HEADER_PART_WORDS
            ):
                continue
            after = _HEADER_DATE_AFTER.match(sentence.text, date.end)
            if after is None:
                continue
            field = after.group("field") is not None
            line_ends = after.group("line") is not None
            story_follows = not field and not line_ends and after.group("close").strip(" .*_)") != ""
            placed = _HEADER_PLACE.fullmatch(sentence.text, 0, date.start) is not None
            if story_follows and not placed:
                continue  # "The plant in Leeds, 3 June 2025 - the day it opened - made 40 tiles": prose
            # (A field after it is read as the header's, not as the date's: "Guest: Kerensa Pellow, ...".)
            end = sentence.start + (
                after.end("field") if field else after.end() if story_follows else after.start("line") if line_ends else len(sentence.text)
            )
            place_start = place_end = sentence.start
            # A release's dateline runs from its place; a header's from its
            # date, leaving what the line says before it readable
            # ("Northcut Barbering Group plc: FY2025 results call, 24 September 2025").
            start = sentence.start if placed else sentence.start + (weekday.start() if weekday is not None else date.start)
            if placed:
                place_start += len(sentence.text) - len(sentence.text.lstrip())
                place_end += len(sentence.text[: date.start].rstrip(", "))
            return Dateline(start=start, end=end, place_start=place_start, place_end=place_end, date=date)
    return None


# A sentence that is a name of two words or more and its full stop: "Massas
# Bellini." ("Trading.", one word, is a label of no one).
# Its town may follow in brackets: "Kestrel Lift Services (Salford)."
_NAME_ALONE = re.compile(
    r"(?P<name>[A-Z][\w&'\u2019-]*(?:\s+(?:[A-Z&][\w&'\u2019.-]*|de|da|do|di|del|of|and)){1,3})(?:\s+\([A-Z][^()]{1,40}\))?\."
)
_SHORT_LINE_WORDS = 8
# A day's date that closes a line after a word of publishing: "broadcast
# Tuesday 24 June 2025", "published on 3 March 2025", "updated 4 May 2025".
_PUBLISHED_ON = re.compile(
    r"\b(?:broadcast|aired|published|posted|updated|filed|issued|released|recorded|dated)\s+(?:on\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?P<date>(?:\d{1,2}\s+" + _MONTHS + r"|" + _MONTHS + r"\s+\d{1,2},?)\s+\d{4})[\s.*_)]*$"
)
_CLOSING_MONTH = re.compile(r"[\s.*_)]*")
_PUBLISHED_BEFORE = re.compile(r"\b(?:broadcast|aired|published|posted|updated|filed|issued|released|recorded|dated)(?:\s+(?:on|in))?\s+$", re.IGNORECASE)


# A line of a block of key figures: "Revenue: EUR 412 million (EUR 389
# million)", "- Net sales, EUR million: 91.6 (2023/24: 90.8)", "Robotic
# mowers sold: 148,000, up from 121,000". Its label opens on a capital and
# holds no sentence's end; its value is one figure, maybe with the value
# before it: a line that goes on to tell more ("Capacity: 90,000 tonnes a
# year across three production lines when complete") is prose.
_KEY_VALUE_LINE = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]+)?(?P<label>(?:(?:of\s+which|thereof|o/w|incl\.?|including)[ \t]+)?[A-Za-z][^:\n.;!?\"|]{0,60}?)[ \t]*:[ \t]+"
    r"(?P<value>(?:[\u20ac\u00a3$\u00a5]|[A-Z]{3}[ \t]|(?:about|around|some|more than|over|under|almost|nearly|up to)[ \t]+)?"
    r"\d[\d,.]*(?:[ \t]?%|(?:[ \t]+[A-Za-z\u20ac\u00a3$/\u00b2\u00b3]{1,12}){1,3})?"
    # What the amount is of, listed: "212,000 tonnes of bread, rolls and toast".
    r"(?:(?:,[ \t]+|[ \t]+(?:and|or)[ \t]+)[a-z][a-z-]{1,20}){0,4}"
    r"(?:[ \t]*\([^()\n]{1,30}\)|,[ \t]+(?:up|down)[ \t][^\n;]{0,50})?)[ \t]*$",
    re.MULTILINE,
)
_KEY_VALUE_WORDS = 8
_BULLET = re.compile(r"[ \t]*[-*\u2022][ \t]")


# A line's key ends on a colon and a blank: a line without one is no key figure.
_COLON_THEN_BLANK = re.compile(r":[ \t]")


def _key_value_lines(text: str) -> list[re.Match[str]]:
    """``_KEY_VALUE_LINE.finditer(text)``, tried only at the starts of lines
    that hold a colon and a blank: a key figure's line is matched whole,
    from its start (``^``) to its end (``$``), never past it, so each line
    holds at most one. (Searched whole, the pattern is tried at every
    position of the text.)"""
    found = []
    colon = _COLON_THEN_BLANK.search(text)
    while colon is not None:
        match = _KEY_VALUE_LINE.match(text, text.rfind("\n", 0, colon.start()) + 1)
        if match is not None:
            found.append(match)
        line_end = text.find("\n", colon.end())
        if line_end < 0:
            break
        colon = _COLON_THEN_BLANK.search(text, line_end)
    return found


def _key_value_tables(text: str, sections: Sequence[SectionSpan], first_index: int, tables: Sequence[Table]) -> list[Table]:
    """Blocks of two or more lines of key figures in plain text, one after
    the other, as tables of two columns: each line's label and its value.
    Lines already inside a table (a Markdown or HTML one) are not read again."""
    taken = [(t.cells[0].start, t.cells[-1].end) for t in tables if t.cells]
    runs: list[list[re.Match[str]]] = []
    previous_end = -2
    for match in _key_value_lines(text):
        if len(match.group("label").split()) > _KEY_VALUE_WORDS or any(s <= match.start() < e for s, e in taken):
            continue
        if runs and text[previous_end : match.start()] == "\n":
            runs[-1].append(match)
        else:
            runs.append([match])
        previous_end = match.end()
    found = []
    heading_ends = [(s.heading_end, s.heading_start) for s in sections if s.heading_end is not None]
    for run in runs:
        if len(run) < 2 and not _BULLET.match(run[0].group(0)):
            continue  # one line alone is prose, unless a list's item ("- Robotic mowers sold: 148,000")
        cells = tuple(
            cell
            for row, line in enumerate(run)
            for cell in (Cell(line.start("label"), line.end("label"), row, 0, False), Cell(line.start("value"), line.end("value"), row, 1, False))
        )
        before = [(end, start) for end, start in heading_ends if end <= cells[0].start and not text[end : cells[0].start].strip()]
        # Else the short line right above, as over a table set out with blanks
        # ("Key figures (2023 in brackets)").
        line_start = text.rfind("\n", 0, cells[0].start) + 1
        above = _line_above(text, line_start) if not before else None
        if above is not None and (_BULLET.match(text, above[0]) or _a_sentence_above(text[above[0] : above[1]])):
            above = None  # the list's item above, or a sentence: no caption of the lines under it
        caption = (max(before)[1], max(before)[0]) if before else above
        found.append(Table(first_index + len(found), cells, caption, _note_below(text, cells[-1].end)))
    return found


def _a_sentence_above(line: str) -> bool:
    """Whether the line above a list of key figures is a sentence, no caption:
    it ends on a stop, or on a colon after more words than a list's
    introduction has ("Zanella in 2024 (2023 in brackets):" captions it)."""
    line = line.rstrip()
    return line.endswith((".", ";")) or (line.endswith(":") and len(line.split()) > _INTRODUCTION_WORDS)


_INTRODUCTION_WORDS = 8


def _aligned_tables(text: str, sections: Sequence[SectionSpan], first_index: int) -> list[Table]:
    """A plain text's tables set out in columns with blanks, each under the
    heading right above it, if one stands there."""
    heading_ends = [(s.heading_end, s.heading_start) for s in sections if s.heading_end is not None]
    found = []
    for cells in aligned_tables(text, []):
        first = cells[0].start
        before = [(end, start) for end, start in heading_ends if end <= first and not text[end:first].strip()]
        caption = (max(before)[1], max(before)[0]) if before else _line_above(text, text.rfind("\n", 0, first) + 1)
        found.append(Table(first_index + len(found), tuple(Cell(*cell) for cell in cells), caption, _note_below(text, cells[-1].end)))
    return found


# A line of a plain text's table's own: short, right above it, at most one
# blank line between.
_LINE_ABOVE = re.compile(r"(?:^|\n)(?P<line>[^\n]{1,160})\n(?:[^\S\n]*\n)?$")
_CAPTION_WORDS = 25


def _line_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The line right above a plain text's table as its caption, when it is
    short: "Terminal passengers in thousands; change is 2024 against 2023."
    says what the columns hold and in what unit, as a heading would."""
    match = _LINE_ABOVE.search(text, max(0, line_start - 200), line_start)
    if match is None:
        return None
    line = match.group("line").strip()
    if not line or len(line.split()) > _CAPTION_WORDS or aligned_line(line):
        return None
    return match.start("line"), match.end("line")


def _tables(markup: Sequence[MarkupSpan], sections: Sequence[SectionSpan], text: str) -> list[Table]:
    by_table: dict[int, list[Cell]] = {}
    for span in markup:
        if span.kind == "cell" and span.table is not None and span.row is not None and span.column is not None:
            by_table.setdefault(span.table, []).append(Cell(span.start, span.end, span.row, span.column, span.header))
    tables = []
    cell_starts = sorted(c.start for cells in by_table.values() for c in cells)
    heading_ends = [(s.heading_end, s.heading_start) for s in sections if s.heading_end is not None]
    for index in sorted(by_table):
        cells = tuple(sorted(by_table[index], key=lambda c: (c.row, c.column)))
        first = min(c.start for c in cells)
        caption = None
        before = [(end, start) for end, start in heading_ends if end <= first]
        if before:
            end, start = max(before)
            inside = bisect.bisect_left(cell_starts, start)
            # A row of the table before ("Total resource DEL | 309.9") is no heading of this one.
            if not text[end:first].strip() and not (inside < len(cell_starts) and cell_starts[inside] < end):
                caption = (start, end)
        tables.append(Table(index, cells, caption, _note_below(text, max(c.end for c in cells))))
    return tables


# A source note under a table: the line right below it (one blank line
# between at most), opening as a note does. Any other line below a table is
# the text going on ("Pelham's purchase of Corvane closed in April 2025").
_NOTE_BELOW = re.compile(
    # (One run of blanks before each line break: two runs side by side would
    # try every split of a long one between them.)
    r"[^\n]*\n[ \t]*(?:\n[ \t]*)?(?P<note>(?i:sources?|notes?|data|figures)\b[^\n]{0,300})"
)
_NOTE_WORDS = 40


def _note_below(text: str, table_end: int) -> tuple[int, int] | None:
    """The source note right below a table ending at ``table_end``, if one stands there."""
    match = _NOTE_BELOW.match(text, table_end)
    if match is None or len(match.group("note").split()) > _NOTE_WORDS or "|" in match.group("note"):
        return None
    return match.start("note"), match.end("note")
