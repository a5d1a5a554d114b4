"""Dates a reader resolves against the document's own date.

"last year", "this quarter", "in March", "last month", "a year earlier": a
reader of a story dated 2009-04-03 knows these are 2008, Q2 2009, March
2009, March 2009 and 2008. Without a document date they stay unread.
"""

from __future__ import annotations

import datetime as dt
import re

from auditor.extract.dates import DateMatch

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True))
# "in March", "since early May", "on 12 June", "by the end of October" with no
# year after it (a year after it makes it a date find_dates reads).
_MONTH_ALONE = re.compile(
    # The opening word in either case: "In December" opens a sentence.
    r"\b(?i:in|since|until|by|during|from|through|of|on|at|before|after|early|late|mid-?|end\s+of)\s+"
    # ("on Saturday 5 April", "on Tuesday (15 October)": the day of the week before the date.)
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\(?)?"
    r"(?:(?:early|late|mid-?)\s*)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?P<month>" + _MONTH_NAMES + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?!\w|,?\s+(?:\d{4}|'\d\d))"
)
# Words of a sentence about what is to come.
_AHEAD = re.compile(
    r"\b(?:will|plans?\s+to|planning\s+to|expects?\s+to|expected\s+to|aims?\s+to|intends?\s+to|is\s+due|are\s+due|"
    r"due\s+to|scheduled|set\s+to|is\s+to|are\s+to|"
    # "a three-year contract ..., starting in September" told in June: this September.
    r"starting|starts|begins|commencing|commences|"
    # "the new mill opens in September", told in May: this September.
    r"opens|launches|arrives|goes\s+live)\b",
    re.IGNORECASE,
)
_LAST_MONTH_NAME = re.compile(r"\b(?P<which>(?i:last|this|next))\s+(?P<month>" + _MONTH_NAMES + r")\b")
# "October last year", "in May this year": a month of a year told relatively.
_MONTH_OF_RELATIVE_YEAR = re.compile(r"\b(?P<month>" + _MONTH_NAMES + r")\s+(?P<which>last|this|next)\s+year\b")
_MONTH_BEFORE = re.compile(r"\b(?:" + _MONTH_NAMES + r")\s+$")
_YEARS_AGO = re.compile(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(?:ago|earlier|before)\b", re.IGNORECASE
)
# A quarter named without its year ("second-quarter operating profit", "Q2
# sales"); with a year after it, find_dates reads it.
_QUARTER_ALONE = re.compile(
    r"\b(?:(?P<word>first|second|third|fourth)[- ]quarter|Q(?P<digit>[1-4]))\b"
    r"(?!\s*(?:of\s+)?(?:FY\s*)?'?(?:19|20)?\d\d\b)",
    re.IGNORECASE,
)
_QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_RELATIVE = re.compile(
    r"\b(?P<phrase>(?:last|this|next|previous|the\s+previous|the\s+past)\s+(?P<unit>year|month|quarter|season)"
    r"|(?:a|one)\s+(?P<ago_unit>year|month|quarter)\s+(?:earlier|ago|before)"
    r"|the\s+year\s+before)\b",
    re.IGNORECASE,
)


# Every month name above opens with one of these: a text holding none names no month.
_MONTH_OPENING = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def relative_dates(text: str, stated: dt.date | None) -> list[DateMatch]:
    """The dates of ``text`` that only its document's date ``stated`` resolves.

    Each pattern is searched only in a text holding a word it cannot match
    without (a month's opening; "year", "month", "quarter" or "q" in any
    case): most sentences hold none, and the patterns, led by a word
    boundary, are tried at every position. A letter the engine matches ignoring case is one
    whose ``casefold()`` is that letter (checked over all of Unicode in the
    tests), so the folded text holds the word wherever a pattern matches."""
    if stated is None:
        return []
    found: list[DateMatch] = []
    months = _MONTH_OPENING.search(text) is not None
    folded = text.casefold()
    years = "year" in folded
    if months:
        _month_dates(text, stated, found)
    if years and "years" in folded:
        _years_ago(text, stated, found)
    if years or "month" in folded or "quarter" in folded or "season" in folded:
        _relative_periods(text, stated, found)
    if "q" in folded:
        _quarters(text, stated, found)
    if "christmas" in folded:
        _christmases(text, stated, found)
    if "last" in folded and ("summer" in folded or "spring" in folded or "autumn" in folded):
        _seasons(text, stated, found)
    return sorted(found, key=lambda d: d.start)


# "last summer": a season gone, of the year before ("winter" straddles two
# years and is left alone). A season to come ("next spring", "to be
# installed next summer") says when a thing will start, which is no date of
# the deed the sentence tells: it is not read.
_SEASON = re.compile(r"\blast\s+(?P<season>summer|spring|autumn)\b", re.IGNORECASE)
# The month a season ends in, in the northern hemisphere the texts write from.
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11}


def _seasons(text: str, stated: dt.date, found: list[DateMatch]) -> None:
    """"for which it paid £9.6m last summer" told in July 2025: summer 2024."""
    for match in _SEASON.finditer(text):
        # ("last summer" told in October is the summer just gone.)
        ended = stated.month > _SEASON_ENDS[match.group("season").casefold()]
        start, end = match.span()
        found.append(DateMatch(start, end, stated.year if ended else stated.year - 1, None, None, text[start:end], "year"))


# "last Christmas", "this Christmas": the December of a year told relatively.
_CHRISTMAS = re.compile(r"\b(?P<which>last|this|next)\s+Christmas\b", re.IGNORECASE)
_CHRISTMAS_DAY = 25


def _christmases(text: str, stated: dt.date, found: list[DateMatch]) -> None:
    """"last Christmas" in a story of November 2025 is December 2024; in one
    of late December 2025, December 2025."""
    passed = (stated.month, stated.day) > (12, _CHRISTMAS_DAY)
    for match in _CHRISTMAS.finditer(text):
        which = match.group("which").casefold()
        if which == "last":
            year = stated.year if passed else stated.year - 1
        elif which == "next":
            year = stated.year + 1 if passed else stated.year
        else:
            year = stated.year
        start, end = match.span()
        found.append(DateMatch(start, end, year, 12, None, text[start:end], "month"))


# "in the year to September", "the 12 months ended June": a financial year
# told by the month it ends in, without its year.
# The words that tell a year by the month it ends in, before that month
# (with or without its year: see ``financial_years``).
_YEAR_ENDING_LEAD = (
    # ("in its last financial year, to September 2024": set off by a comma.)
    r"\b(?:(?:financial|fiscal)\s+)?(?:year|twelve\s+months|12\s+months),?\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?"
)
_YEAR_TO_A_MONTH = re.compile(
    _YEAR_ENDING_LEAD + r"(?:(?P<last>last)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>" + _MONTH_NAMES + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?!\w|,?\s+(?:\d{4}|'\d\d))"
)


# "the year to March 2025", "the financial year ended 30 September 2025",
# "the twelve months to June 2024": what is written before the date of the
# month a year ends in.
_YEAR_ENDING_BEFORE = re.compile(_YEAR_ENDING_LEAD + "$", re.IGNORECASE)


def financial_years(text: str, dates: tuple[DateMatch, ...]) -> tuple[DateMatch, ...]:
    """A month's or a day's date that ends a year told by it ("revenue of GBP
    21.4 million in the year to March 2025") read as that year, the year it
    ends in, as "the year to September" is (``_month_dates``): a period a
    figure is of, not a limit nor a month of its own."""
    if not dates:
        return dates
    folded = text.casefold()
    if "year" not in folded and "months" not in folded:
        return dates
    read = []
    for date in dates:
        lead = _YEAR_ENDING_BEFORE.search(text, max(0, date.start - 45), date.start) if date.month is not None else None
        if lead is None:
            read.append(date)
            continue
        start = lead.start()
        read.append(DateMatch(start, date.end, date.year, None, None, text[start : date.end], "year"))
    return tuple(read)


def _month_dates(text: str, stated: dt.date, found: list[DateMatch]) -> None:
    """"in March" and "last June"; "the year to September"."""
    ends = []
    for match in _YEAR_TO_A_MONTH.finditer(text):
        # The year that ended last in that month, known by the year it ended
        # in: "the year to September" in a story of January 2026 is the
        # financial year 2025.
        month = _MONTHS[match.group("month").casefold()]
        # ("the year to last September", told in September, ended a year ago.)
        year = stated.year if month < stated.month or (month == stated.month and not match.group("last")) else stated.year - 1
        start, end = match.span()
        found.append(DateMatch(start, end, year, None, None, text[start:end], "year"))
        ends.append(match.start("month"))
    for match in _MONTH_OF_RELATIVE_YEAR.finditer(text):
        which = match.group("which")
        year = stated.year + (-1 if which == "last" else 1 if which == "next" else 0)
        start, end = match.span()
        found.append(DateMatch(start, end, year, _MONTHS[match.group("month").casefold()], None, text[start:end], "month"))
    for match in _MONTH_ALONE.finditer(text):
        if match.start("month") in ends:
            continue  # the month a year ends in, read whole above
        if _LAST_MONTH_NAME.search(text, max(0, match.start("month") - 6), match.end("month")):
            continue
        if _MONTH_OF_RELATIVE_YEAR.match(text, match.start("month")):
            continue  # "in October last year": read whole above
        month = _MONTHS[match.group("month").casefold()]
        # A month after the story's own is last year's, unless the sentence
        # tells what is to come ("plans to launch in May" in February: this May;
        # "will open in January" in October: next January).
        lead = _own_clause_before(text, match.start())
        if _AHEAD.search(lead) or (lead.strip().casefold() in _CLAUSE_OPENERS and _AHEAD.search(_clause_after(text, match.end()))):
            # "In May the company will open ...": a month opening its clause
            # is told about by the verb after it.
            year = stated.year if month >= stated.month else stated.year + 1
        else:
            year = stated.year if month <= stated.month + 1 else stated.year - 1
        start, end = match.span("month")
        found.append(DateMatch(start, end, year, month, None, text[start:end], "month"))
    for match in _LAST_MONTH_NAME.finditer(text):
        if match.start("month") in ends:
            continue  # "the year to last September": read whole above
        # "last June" in a story of January 2026 is June 2025; "this May", this year's.
        month = _MONTHS[match.group("month").casefold()]
        which = match.group("which").casefold()
        if which == "last":
            # ("last October" told in November is a year back: the month
            # just gone is "last month".)
            year = stated.year if month < stated.month - 1 else stated.year - 1
        elif which == "next":
            year = stated.year if month > stated.month else stated.year + 1
        else:
            year = stated.year
        start, end = match.span()
        found.append(DateMatch(start, end, year, month, None, text[start:end], "month"))


def _own_clause_before(text: str, start: int) -> str:
    """The text of ``start``'s own clause before it (back to a comma or a
    semicolon), at most 80 characters."""
    lead = text[max(0, start - 80) : start]
    return lead[max(lead.rfind(","), lead.rfind(";")) + 1 :]


_CLAUSE_OPENERS = frozenset({"", "and", "but", "while", "then"})
_CLAUSE_END = re.compile(r"[,;.:]")


def _clause_after(text: str, start: int) -> str:
    """The text from ``start`` to the end of its clause, at most 60 characters."""
    window = text[start : start + 60]
    end = _CLAUSE_END.search(window)
    return window[: end.start()] if end else window


def _years_ago(text: str, stated: dt.date, found: list[DateMatch]) -> None:
    """"two years ago"."""
    for match in _YEARS_AGO.finditer(text):
        word = match.group("count").casefold()
        count = _COUNT_WORDS.get(word) or int(word)
        start, end = match.span()
        found.append(DateMatch(start, end, stated.year - count, None, None, text[start:end], "year"))


def _relative_periods(text: str, stated: dt.date, found: list[DateMatch]) -> None:
    """"last year", "this quarter", "a month earlier"."""
    for match in _RELATIVE.finditer(text):
        if _MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "October last year": the month's date (see _month_dates)
        phrase = match.group(0).casefold()
        unit = (match.group("unit") or match.group("ago_unit") or "year").casefold()
        step = 0 if phrase.startswith("this") else 1 if phrase.startswith("next") else -1
        start, end = match.span()
        if unit == "year":
            found.append(DateMatch(start, end, stated.year + step, None, None, text[start:end], "year"))
        elif unit == "season":
            # "carried fewer than 40,000 holidaymakers last season" in April
            # 2025: a season (a summer's, a winter's) last ended in the year
            # before, until the autumn, when this year's has ended; "this
            # season" is the story's year's, "next season" the year after.
            ended = stated.year if stated.month >= 9 else stated.year - 1
            year = ended if step < 0 else stated.year + step
            found.append(DateMatch(start, end, year, None, None, text[start:end], "year"))
        elif unit == "month":
            month_index = stated.year * 12 + stated.month - 1 + step
            found.append(DateMatch(start, end, month_index // 12, month_index % 12 + 1, None, text[start:end], "month"))
        else:
            quarter_index = stated.year * 4 + (stated.month - 1) // 3 + step
            year, quarter = divmod(quarter_index, 4)
            found.append(DateMatch(start, end, year, quarter * 3 + 1, None, text[start:end], "quarter"))


def _quarters(text: str, stated: dt.date, found: list[DateMatch]) -> None:
    """"second-quarter profit", "Q2 sales"."""
    for match in _QUARTER_ALONE.finditer(text):
        # "second-quarter profit" in a story of August 2025 is Q2 2025; a
        # quarter that has not begun by the story's date is last year's.
        quarter = _QUARTER_NUMBERS[(match.group("word") or match.group("digit")).casefold()]
        month = quarter * 3 - 2
        if _AHEAD.search(_own_clause_before(text, match.start())):
            # "expects to complete in the fourth quarter" in July: this year's
            # quarter still to come, or next year's when it has passed.
            year = stated.year if month + 2 >= stated.month else stated.year + 1
        else:
            year = stated.year if month <= stated.month else stated.year - 1
        start, end = match.span()
        found.append(DateMatch(start, end, year, month, None, text[start:end], "quarter"))
