"""Dates in prose: years, months, days, quarters, fiscal years, year ranges.

``find_dates`` is a pure function over a string, driven by one compiled
pattern. Forms: ``2024``, ``MWC 2026``, ``March 2024``, ``Mar. 2024``,
``5 March 2024``, ``March 5, 2024``, ``2024-03-05``, ``Q3 2024`` (month = the
quarter's first month), ``third quarter of 2024``, ``FY2024``,
``FY25`` (a financial year in two digits: 2025), ``fiscal 2024``, ``mid-2025``, ``late 2023``, a season or financial year
across the turn of a year (``the 2024-25 campaign``, ``in 2023-24``, known by
its first year), and ranges ``2024–2026`` /
``from 2024 to 2026`` / ``between 2024 and 2026``, which give one match per
year, both with precision ``"range"``.

Not dates: numbers with separators or decimals, digits inside longer tokens
(``$2024``, ``HBM2024``), a year-like number followed by a percent sign,
a scale or a unit (``2024 MW``), and a year-like number followed by a plural
noun (``2024 employees``), unless a preposition before it says it is a year
(``in 2024 startups raised``). Day/month orders written only in digits
(``05/03/2024``) are ambiguous and skipped.
"""

from __future__ import annotations

import calendar
import re
from typing import Literal, NamedTuple

from auditor.extract.lexicon import Lexicon, load_lexicon, per_lexicon
from auditor.extract.numbers import YEAR, alternation, anchored_matches, is_plural_noun

Precision = Literal["year", "month", "day", "quarter", "range"]


class DateMatch(NamedTuple):
    start: int
    end: int
    year: int
    month: int | None
    day: int | None
    text: str
    precision: Precision


_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
def month_number(word: str) -> int | None:
    """The month a month's name or its abbreviation names ("Sept." is 9)."""
    return _MONTHS.get(word.casefold().rstrip("."))


_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]"
_SP = r"[ \t\u00a0\u2009\u202f]"


_NOT_A_CLOCK = r"(?![ \t\u00a0]?(?:UTC|GMT|BST|CET|CEST|EET|EST|EDT|CST|CDT|PST|PDT|IST|JST|AEST|hrs|hours|h)\b(?![ \t]+[A-Z]))"



# What labels an earlier period's figure, set in brackets beside the one it
# is compared with, before that period's year: "(2023: EUR 158 million)",
# "(FY2023: ...)", "(first half of 2024: EUR 332 million)", "(Q2 2024: ...)".
PERIOD_LABEL_BEFORE_YEAR = (
    r"(?:(?:FY|H[12]|Q[1-4]|fiscal(?:\s+year)?)\s*"
    r"|(?:the\s+)?(?:(?:first|second)\s+half|(?:first|second|third|fourth)\s+quarter|(?:first\s+)?(?:three|six|nine)\s+months)\s+(?:of\s+)?)?"
)

@per_lexicon
def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    # "may" the verb is common; only a capitalised "May" is the month.
    months = "(?:" + alternation([m for m in _MONTHS if m != "may"], boundary=False) + r"|May)"
    month = rf"(?P<{{name}}>{months})(?:\.|(?![a-z]))"
    year_token = rf"(?<![\w$£€¥₹.,/:#\-]){{name}}(?![\w]|[.,]\d|{_DASH}\d)"
    # After a prefix ("FY2024", "mid-2025") or before a range dash.
    attached_year = r"{name}(?![\w]|[.,]\d)"
    range_start = r"(?<![\w$£€¥₹.,/:#\-]){name}(?![\w]|[.,]\d)"
    blockers = sorted(
        set(lexicon.scales)
        | set(lexicon.scale_abbreviations)
        | {p for p in lexicon.percent_forms}
        | {u.lower() for u in lexicon.unit_symbols}
        | set(lexicon.unit_words)
        | set(lexicon.currency_names),
        key=len,
        reverse=True,
    )
    not_a_figure = rf"(?!{_SP}?(?:{alternation(blockers)}|%))"
    y = lambda name: rf"(?P<{name}>{YEAR})"  # noqa: E731
    parts = [
        # 2024-03-05
        rf"(?<![\w.\-/]){y('iy')}-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?![\w\-/])",
        # 5 March 2024
        rf"\b(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?{_SP}+{month.format(name='dm')},?{_SP}+{year_token.format(name=y('dy'))}",
        # March 5, 2024
        rf"\b{month.format(name='md')}{_SP}+(?P<mdd>[0-3]?\d)(?:st|nd|rd|th)?,?{_SP}+{year_token.format(name=y('mdy'))}",
        # March 2024
        rf"\b{month.format(name='mo')},?{_SP}+{year_token.format(name=y('my'))}",
        # Q3 2024, 3Q 2024, Q3 FY2024
        rf"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q){_SP}*(?:(?i:FY){_SP}?|')?{attached_year.format(name=y('qy'))}",
        # third quarter of 2024
        rf"\b(?P<qw>(?i:first|second|third|fourth|1st|2nd|3rd|4th)){_SP}+(?i:quarter){_SP}+(?:(?i:of){_SP}+)?{year_token.format(name=y('qwy'))}",
        # FY2024, fiscal 2024, fiscal year 2024
        rf"\b(?:(?i:FY)|(?i:fiscal)(?:{_SP}+(?i:year))?{_SP}){_SP}?'?{attached_year.format(name=y('fy'))}",
        # 2024–2026, from 2024 to 2026, between 2024 and 2026
        rf"(?:\b(?P<rw>(?i:from|between)){_SP}+)?{range_start.format(name=y('r1'))}"
        rf"(?:{_SP}?{_DASH}{_SP}?|{_SP}+(?(rw)(?i:to|and|until|through)|(?i:to|until|through)){_SP}+)"
        rf"{attached_year.format(name=y('r2'))}{not_a_figure}",
        # mid-2025, late 2023, early 2024, end of 2024
        rf"\b(?P<part>(?i:early|mid|late|end{_SP}+of|start{_SP}+of|beginning{_SP}+of)){_DASH}?{_SP}*{attached_year.format(name=y('py'))}",
        # 2024, but not a clock time ("1845 UTC", "1430 GMT", "0900 hours")
        rf"{year_token.format(name=y('y'))}{not_a_figure}{_NOT_A_CLOCK}",
    ]
    return re.compile("|".join(f"(?:{p})" for p in parts))


_PLURAL_AFTER = re.compile(rf"{_SP}+([a-z][a-z\-]*)")
_PREVIOUS = re.compile(r"(\S+)\s*$")


def find_dates(text: str, lexicon: Lexicon | None = None) -> list[DateMatch]:
    """Every date in ``text``, sorted by start."""
    lexicon = lexicon or load_lexicon()
    # Every date holds a year: try the big pattern only at token boundaries
    # shortly before a four-digit number (see numbers.anchored_matches).
    anchors = [m.start() for m in _YEARISH.finditer(text)]
    clipped = _clipped_years(text) if "'" in text or "\u2019" in text else []
    if anchors and ("/" in text or "." in text):
        clipped += _numeric_dates(text, lexicon)
    if clipped:
        return sorted(find_dates(_blanked(text, clipped), lexicon) + clipped, key=lambda d: d.start)
    if not anchors:
        return _short_financial_years(text) if "FY" in text else []
    pattern = _pattern(lexicon)
    found = anchored_matches(
        text, anchors, pattern, lambda m: _read(m, text, lexicon), _LOOKBACK, _WINDOW, may_start=_MAY_START
    )
    if any(text.startswith(("16", "17"), a) for a in anchors):
        found = sorted(found + _old_years(text), key=lambda d: d.start)
    seasons = _seasons(text, found) if "-" in text or "/" in text or "\u2013" in text else []
    if seasons:
        # "FY2024/25", "fiscal 2024/25": the year read first is the split year's first half.
        found = [d for d in found if not any(s.start <= d.start and d.end <= s.end for s in seasons)]
    seasons += _short_financial_years(text) if "FY" in text else []
    return sorted(found + seasons, key=lambda d: d.start) if seasons else found


# "We opened up in '11", "since ’98", "March '22": a year written in two
# digits after an apostrophe, told after a preposition of time or a month
# ("the '90s" is a decade, and "Rock 'n' roll" no year). Up to '40 it is of
# this century, after it of the last.
_CLIPPED_YEAR = re.compile(
    r"\b(?:(?:in|since|from|by|until|till|of|around|circa|c\.)|(?P<month>[A-Z][a-z]{2,8}))[ \t]+['\u2018\u2019](?P<year>\d\d)"
    r"(?![\w'\u2019]|[.,]\d)",
    re.IGNORECASE,
)
_CLIPPED_PIVOT = 40


def _clipped_years(text: str) -> list[DateMatch]:
    found = []
    for m in _CLIPPED_YEAR.finditer(text):
        month = month_number(m.group("month")) if m.group("month") else None
        if m.group("month") and month is None:
            continue  # "Rock 'n' roll", "Ma '99": no month before the year
        two = int(m.group("year"))
        year = 2000 + two if two <= _CLIPPED_PIVOT else 1900 + two
        start = m.start("month") if month is not None else m.start("year") - 1
        found.append(DateMatch(start, m.end("year"), year, month, None, text[start : m.end("year")], "month" if month else "year"))
    return found


# "01/04/2024", "15.10.2024": a day, a month and a year in numbers. (Not
# inside a longer run of numbers: "1/2/2024/5" is no date, nor a version.)
_NUMERIC_DATE = re.compile(r"(?<![\w/.\-])(?P<first>\d{1,2})(?P<sep>[/.])(?P<second>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)(?![\w/]|[.,]\d)")


def _numeric_dates(text: str, lexicon: Lexicon) -> list[DateMatch]:
    found = []
    for m in _NUMERIC_DATE.finditer(text):
        first, second = int(m.group("first")), int(m.group("second"))
        if first > 12 or (second <= 12 and lexicon.numeric_dates_day_first):
            day, month = first, second
        else:
            day, month = second, first
        if not _a_day(int(m.group("year")), month, day):
            continue  # "31.2.2025": no day of the calendar
        before = _PREVIOUS.search(text, 0, m.start())
        if before is not None and before.group(1).casefold().rstrip(":") in lexicon.count_blockers_before:
            continue  # "Version 1.2.2024": a release's number
        found.append(DateMatch(m.start(), m.end(), int(m.group("year")), month, day, m.group(0), "day"))
    return found


def _a_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _blanked(text: str, dates: list[DateMatch]) -> str:
    """``text`` with the spans of ``dates`` blanked, so no other reading takes them."""
    for date in dates:
        text = text[: date.start] + " " * (date.end - date.start) + text[date.end :]
    return text


# "the 2024-25 campaign", "earned in 2023-24", "FY2024/25": a season or a
# financial year that runs across the turn of a year (its two years follow
# each other), known by the year it ends in, as "FY2025", "the year to March
# 2025" and a table's "2024-25" column are.
# Told as a period: after a preposition ("in 2023-24", "for 2005-06"), or
# before a season's noun ("the 2024-25 campaign"); "2008-09 financial crisis"
# names a crisis, no time of a figure.
_SEASON = re.compile(r"(?<![\w$£€¥₹.,/:#\-])(?:FY[ \t]?)?(?P<first>(?:19|20)\d\d)[-/\u2013](?P<second>\d\d)(?![\w\-/]|[.,]\d)")
_SEASON_BEFORE = re.compile(r"\b(?:in|for|during|over|since|from|to|of|by)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_SEASON_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:campaign|season|crop[ \t]+year|harvest|marketing[ \t]+year|school[ \t]+year|academic[ \t]+year|financial[ \t]+year|fiscal[ \t]+year)s?\b"
)


# "FY25", "FY '25": a financial year in two digits, named by the calendar
# year it ends in, as "FY2025" is (four-digit years anchor the main pattern).
_SHORT_FINANCIAL_YEAR = re.compile(r"\bFY[ \t]?['\u2019]?(?P<year>\d\d)(?![\w/%\u2013-]|[.,]\d)")


def _short_financial_years(text: str) -> list[DateMatch]:
    return [
        DateMatch(m.start(), m.end(), 2000 + int(m.group("year")), None, None, m.group(0), "year")
        for m in _SHORT_FINANCIAL_YEAR.finditer(text)
    ]


def _seasons(text: str, found: list[DateMatch]) -> list[DateMatch]:
    seasons = []
    for m in _SEASON.finditer(text):
        first = int(m.group("first"))
        if (first + 1) % 100 != int(m.group("second")):
            continue
        # A year read already of the split year's first half only ("FY2024" of
        # "FY2024/25", "2024" of "2024/25"): the split year replaces it.
        overlapping = [d for d in found if d.start < m.end() and m.start() < d.end]
        if any(d.end > m.end("first") or d.precision != "year" for d in overlapping):
            continue
        prefixed = next((d for d in overlapping if d.start < m.start("first")), None)  # "FY2024/25", "fiscal 2024/25"
        if prefixed is None and not (
            _SEASON_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _SEASON_AFTER.match(text, m.end()) or overlapping
        ):
            continue
        start = prefixed.start if prefixed is not None else m.start()
        seasons.append(DateMatch(start, m.end(), first + 1, None, None, text[start : m.end()], "year"))
    return seasons


# A year before 1800 is a date only where a deed that old dates it ("founded in
# 1791", "cast since 1784"): elsewhere "1700 people" is a count, "1613" a
# clock's time.
_OLD_YEAR = re.compile(
    r"\b(?:founded|established|incorporated|set\s+up|built|cast|opened|started|since|"
    r"dat(?:es|ing)\s+(?:back\s+)?(?:from|to))\s+(?:in\s+)?(?P<year>1[67]\d\d)(?![\w]|[.,]\d)",
    re.IGNORECASE,
)


def _old_years(text: str) -> list[DateMatch]:
    return [
        DateMatch(m.start("year"), m.end("year"), int(m.group("year")), None, None, m.group("year"), "year")
        for m in _OLD_YEAR.finditer(text)
    ]


_YEARISH = re.compile(r"[12][0-9]{3}")
# What a date can begin with, in any case (the pattern itself is stricter):
# a digit, a month, a quarter ("Q3", "third quarter"), "FY", "fiscal", a range
# word or a part of a year ("mid-2025", "end of 2024").
_MAY_START = re.compile(
    "[0-9]|(?i:"
    + "|".join(
        [*_MONTHS, "q", "first", "second", "third", "fourth", "fy", "fiscal", "from", "between"]
        + ["early", "mid", "late", "end", "start", "beginning"]
    )
    + ")"
)
_LOOKBACK = 40
_WINDOW = 24


def _read(m: re.Match[str], text: str, lexicon: Lexicon) -> list[DateMatch]:
    found: list[DateMatch] = []
    g = m.group
    if g("iy"):
        found.append(_date(m, int(g("iy")), int(g("im")), int(g("id")), "day", text))
    elif g("dy"):
        day = int(g("dd"))
        if 1 <= day <= 31:
            found.append(_date(m, int(g("dy")), _MONTHS[g("dm").lower()], day, "day", text))
    elif g("mdy"):
        day = int(g("mdd"))
        if 1 <= day <= 31:
            found.append(_date(m, int(g("mdy")), _MONTHS[g("md").lower()], day, "day", text))
    elif g("my"):
        found.append(_date(m, int(g("my")), _MONTHS[g("mo").lower()], None, "month", text))
    elif g("qy"):
        quarter = int(g("q") or g("q2"))
        found.append(_date(m, int(g("qy")), 3 * quarter - 2, None, "quarter", text))
    elif g("qwy"):
        quarter = _QUARTER_WORDS[g("qw").lower()]
        found.append(_date(m, int(g("qwy")), 3 * quarter - 2, None, "quarter", text))
    elif g("fy"):
        found.append(_date(m, int(g("fy")), None, None, "year", text))
    elif g("r1"):
        first, second = int(g("r1")), int(g("r2"))
        if first <= second:
            found.append(DateMatch(m.start("r1"), m.end("r1"), first, None, None, g("r1"), "range"))
            found.append(DateMatch(m.start("r2"), m.end("r2"), second, None, None, g("r2"), "range"))
        else:
            found.append(DateMatch(m.start("r1"), m.end("r1"), first, None, None, g("r1"), "year"))
    elif g("py"):
        found.append(_date(m, int(g("py")), None, None, "year", text))
    elif g("y"):
        if _counts_something(text, m, lexicon):
            return []
        found.append(_date(m, int(g("y")), None, None, "year", text))
    return found


def _date(m: re.Match[str], year: int, month: int | None, day: int | None, precision: Precision, text: str) -> DateMatch:
    return DateMatch(m.start(), m.end(), year, month, day, text[m.start() : m.end()], precision)


def _counts_something(text: str, m: re.Match[str], lexicon: Lexicon) -> bool:
    """ "2024 employees": a count, unless a preposition makes it a year."""
    after = _PLURAL_AFTER.match(text, m.end())
    if after is None:
        return False
    word = after.group(1)
    if not word.endswith("s") or not is_plural_noun(word, lexicon) or word in lexicon.year_measures:
        return False
    previous = _PREVIOUS.search(text, max(0, m.start() - 30), m.start())
    if previous is not None:
        token = previous.group(1).strip("\"'“”‘’([{,").lower()
        # "In summary, 2026 stands as...": after a clause break or a capitalised
        # word ("MWC 2026 sessions") it reads as a year.
        if token in lexicon.year_prepositions or previous.group(1)[:1].isupper() or previous.group(1)[-1] in ",;:":
            return False
    return True
