"""What stands near a position of a sentence, found without rescanning it.

Several readers look for a phrase near each figure or date ("the nearest
round label within six words", "the event phrase just before a date"). Done
by scanning the clause for every figure, a sentence of many figures costs the
square of its length; here a clause's matches are found once (and cached:
every figure of the clause asks for the same ones), each figure looks only at
its neighbours, and words are counted outwards from the figure, never further
than the limit.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple


class Found(NamedTuple):
    start: int
    end: int
    text: str


@functools.lru_cache(maxsize=512)
def clause_matches(pattern: re.Pattern[str], text: str, clause: tuple[int, int]) -> tuple[Found, ...]:
    """``pattern.finditer(text, *clause)``, in order (a string's hash is kept
    with the string, so looking a long sentence up does not rescan it)."""
    return tuple(Found(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text, clause[0], clause[1]))


def split_around(found: tuple[Found, ...], start: int, end: int) -> tuple[int, int]:
    """(i, j): ``found[:i]`` end at or before ``start``, ``found[j:]`` start at
    or after ``end``, and those between overlap ``[start, end)``."""
    before = _bisect_ends(found, start)
    after = bisect.bisect_left(found, (end,))
    return before, max(before, after)


def _bisect_ends(found: tuple[Found, ...], start: int) -> int:
    low, high = 0, len(found)
    while low < high:
        middle = (low + high) // 2
        if found[middle].end <= start:
            low = middle + 1
        else:
            high = middle
    return low


def words_before(text: str, floor: int, end: int, limit: int) -> int:
    """How many words (runs of non-blanks) ``text[floor:end]`` holds, counted
    back from ``end``; at most ``limit + 1`` (the count stops there)."""
    count = 0
    position = end
    while position > floor:
        while position > floor and text[position - 1].isspace():
            position -= 1
        if position == floor:
            break
        count += 1
        if count > limit:
            break
        while position > floor and not text[position - 1].isspace():
            position -= 1
    return count


def words_after(text: str, start: int, ceiling: int, limit: int) -> int:
    """How many words ``text[start:ceiling]`` holds, counted from ``start``;
    at most ``limit + 1``."""
    count = 0
    position = start
    while position < ceiling:
        while position < ceiling and text[position].isspace():
            position += 1
        if position == ceiling:
            break
        count += 1
        if count > limit:
            break
        while position < ceiling and not text[position].isspace():
            position += 1
    return count


def tail_start(text: str, floor: int, end: int, words: int, keyword: int = 12) -> int:
    """Where a pattern anchored at ``end`` can start when it spans at most
    ``words`` words, the blanks around them and a keyword of up to
    ``keyword`` characters before them: a search from there finds what a
    search from ``floor`` finds, reading only the end of the text."""
    position = end
    for step in range(words + 1):
        while position > floor and text[position - 1].isspace():
            position -= 1
        if step == words:
            break
        while position > floor and (text[position - 1].isalnum() or text[position - 1] == "_"):
            position -= 1
    return max(floor, position - keyword)


# A name ending right before an appositive's comma ("Brindley Wharf**, the
# ...", "Cerezas Garganta, a cooperative of ..."), emphasis and blanks
# allowed; not a clause's last word ("announced last year, the Bush
# administration ..."). Searched in the few characters before the comma.
NAME_ENDS_HERE = re.compile(r"[A-Z][\w&.'\u2019-]*[*_\s]*$")
# An appositive opened after a name and still open: ", a balloon-ride operator
# in Vic with no link to ", ", the Jerte valley cooperative of ".
APPOSITIVE_STILL_OPEN = re.compile(r",\s+(?:a|an|the)\s+[^,;:()]{1,140}$")
