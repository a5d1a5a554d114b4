"""Relative dates: the pre-checks that skip a pattern find what the patterns find."""

from __future__ import annotations

import datetime as dt
import re
import sys

import pytest

from auditor.extract import relative
from auditor.extract.relative import relative_dates

STATED = dt.date(2009, 4, 3)


def _every_pattern(text: str, stated: dt.date) -> list:
    """``relative_dates`` with no pre-check: every pattern searched."""
    found: list = []
    relative._month_dates(text, stated, found)
    relative._years_ago(text, stated, found)
    relative._relative_periods(text, stated, found)
    relative._quarters(text, stated, found)
    return sorted(found, key=lambda d: d.start)


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in March and fell since early May.",
        "Profit doubled last June, and next Sept it may again.",
        "Two years ago it had 300 staff; three YEARS EARLIER, none.",
        "Revenue last year was $5m; this quarter and a month earlier it was less.",
        "The year before, second-quarter profit and Q3 sales grew; Q2 2024 is a date.",
        "Output rose 4% in the previous quarter, the past month and LAST YEAR.",
        "No date here: 40 jobs at the Jansen plant.",
        "Quarterly results in Mar. 12, 2009 and in Dec.",
        "",
    ],
)
def test_pre_checks_find_what_every_pattern_finds(text: str) -> None:
    assert relative_dates(text, STATED) == _every_pattern(text, STATED)


def test_every_month_name_opens_with_a_checked_opening() -> None:
    for name in relative._MONTHS:
        assert relative._MONTH_OPENING.match(name.capitalize()), name


def test_a_letter_matched_ignoring_case_folds_to_that_letter() -> None:
    """What makes ``"year" in text.casefold()`` a sound pre-check of a
    pattern compiled with ``re.IGNORECASE``: no character the engine matches
    for one of the letters checked folds to anything else (over all of Unicode)."""
    letters = sorted(set("yearsmonthquarter"))
    any_letter = re.compile("[" + "".join(letters) + "]", re.IGNORECASE)
    odd = [
        (letter, hex(code))
        for code in range(sys.maxunicode + 1)
        if any_letter.fullmatch(chr(code))
        for letter in letters
        if re.fullmatch(letter, chr(code), re.IGNORECASE) and chr(code).casefold() != letter
    ]
    assert odd == []
