"""How a document names its financial years.

Most companies name a financial year by the calendar year it ends in
("FY2025" = the year to March 2025), which is how the dates reader reads
"FY2025", "fiscal 2025" and "the year to March 2025" alike. Others, Japanese
companies first among them, name it by the year it starts in: "the fiscal
year ended 31 March 2025 (FY2024)". A document that says so once is read
that way throughout, so its "FY2024" is the year to March 2025, the same
year as another story's "the year to March 2025", and no rival of a story's
"calendar 2024".
"""

from __future__ import annotations

import re
from typing import Iterable

from auditor.extract.dates import DateMatch

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "the year ended 31 March", "the fiscal year to March 31,": before the year a financial year ends in.
_YEAR_ENDED = (
    r"(?:(?:fiscal|financial)\s+)?year,?\s+(?:ended|ending|to|through)\s+(?:\d{1,2}\s+)?" + _MONTH + r"(?:\s+\d{1,2},?)?\s+"
)
# "FY2024", "FY 2024", "fiscal 2024", "fiscal year 2024", "FY24".
# (Not "FY2024/25", a split year that says both.)
_NAME = r"(?P<lead>FY\s?['\u2019]?|(?i:fiscal)\s+(?:(?i:year)\s+)?)(?P<named>(?:19|20)\d\d|\d\d)\b(?![/\u2013-]\d)"
# "the fiscal year ended 31 March 2025 (FY2024)", "year to March 2025, or fiscal 2024".
_ENDED_THEN_NAME = re.compile(
    _YEAR_ENDED + r"(?P<ends>(?:19|20)\d\d)\)?\s*(?:\(|,\s*(?:or\s+|i\.e\.\s+|known\s+as\s+)?)" + _NAME, re.IGNORECASE
)
# "FY2024 (the year ended 31 March 2025)", "FY2024, the fiscal year to March 2025".
_NAME_THEN_ENDED = re.compile(_NAME + r"\s*(?:\(|,)\s*(?:i\.e\.\s+)?(?:the\s+|its\s+)?" + _YEAR_ENDED + r"(?P<ends>(?:19|20)\d\d)")


def names_years_by_their_start(text: str) -> bool:
    """Whether ``text`` defines one of its financial years' names as the year
    the financial year starts in: the name one less than the year it ends in
    ("the fiscal year ended 31 March 2025 (FY2024)")."""
    if "FY" not in text and "iscal" not in text:
        return False
    for pattern in (_ENDED_THEN_NAME, _NAME_THEN_ENDED):
        for match in pattern.finditer(text):
            named = int(match.group("named"))
            named += 2000 if named < 100 else 0
            if int(match.group("ends")) == named + 1:
                return True
    return False


# A date the dates reader took from a financial year's name ("FY2024", "fiscal 2024"), not a split year ("FY2024/25").
_NAMED_YEAR = re.compile(r"(?:FY|(?i:fiscal))[\s'\u2019]*(?:(?i:year)\s+)?\d+\Z")


def as_named_by_their_start(dates: Iterable[DateMatch]) -> tuple[DateMatch, ...]:
    """``dates`` of a document that names its financial years by the year they
    start in: each year read from such a name is the year it ends in, the
    next one ("FY2024" is 2025), as every other financial year is dated."""
    return tuple(
        d._replace(year=d.year + 1) if d.precision == "year" and _NAMED_YEAR.match(d.text) else d
        for d in dates
    )


# A financial year's name in a label (``_NAME``).
_NAME_IN_LABEL = re.compile(r"\b" + _NAME)


def named_by_their_end(text: str) -> str:
    """``text`` with each financial year's name moved on to the year it ends
    in ("Key figures, FY2024" -> "Key figures, FY2025"), for the readers of
    labels and captions of a document that names its years by their start.
    The length stays the same, so offsets into ``text`` still hold."""

    def moved(match: re.Match[str]) -> str:
        year = match.group("named")
        later = str((int(year) + 1) % (100 if len(year) == 2 else 10_000)).zfill(len(year))
        return match.group("lead") + later

    return _NAME_IN_LABEL.sub(moved, text)
