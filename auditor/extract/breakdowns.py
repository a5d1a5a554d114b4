"""A count broken down by place right after it.

"We ended the half with 254 clinics: 131 in Sweden, 52 in Norway, 29 in
Denmark and 38 in Finland" states a whole (254 clinics) and, after the
colon, every part of it, each a bare number of the same things and where
they are. The parts are no figures of their own to the figure reader (a bare
"131" counts nothing), so they are read here, as counts of the whole's
things, and the ``parts-sum`` check adds them up. Only a colon right after
the count opens such a list, and only a list of two or more "N in Place"
items that ends the clause: anything else after the colon is no breakdown.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from auditor.extract.lexicon import Lexicon
from auditor.extract.numbers import parse_number, word_number_pattern

# Between the whole's figure and its first part.
_COLON = re.compile(r"[ \t]*:[ \t]*")
# Between two parts: "131 in Sweden, 52 in Norway and 38 in Finland".
_BETWEEN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# After the last part: the end of the clause.
_LIST_ENDS = re.compile(r"\s*(?:[.;)]|$)")


class Part(NamedTuple):
    start: int  # the part's number, as offsets in the text read
    end: int
    value: float


@functools.lru_cache(maxsize=8)
def _item(lexicon: Lexicon) -> re.Pattern[str]:
    """"131 in Sweden", "seven in Belgium and the Netherlands" (places joined
    by "and" stay one item when the next words hold no number)."""
    number = rf"(?P<number>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{word_number_pattern(lexicon)})"
    joined = r"(?=\s+(?:the\s+)?[A-Z])"
    place = rf"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|of{joined}|and{joined}|the(?=\s+[A-Z])))*"
    return re.compile(rf"{number}\s+(?:in|at)\s+{place}")


def breakdown(text: str, end: int, lexicon: Lexicon) -> tuple[Part, ...]:
    """The parts listed after a colon right after the count ending at ``end``;
    empty when no such list of two or more parts ends the clause there."""
    colon = _COLON.match(text, end)
    if colon is None:
        return ()
    item = _item(lexicon)
    parts: list[Part] = []
    position = colon.end()
    while True:
        found = item.match(text, position)
        if found is None:
            return ()
        amount = parse_number(found.group("number"), lexicon)
        if amount is None:
            return ()
        parts.append(Part(found.start("number"), found.end("number"), amount.value))
        between = _BETWEEN.match(text, found.end())
        if between is None:
            break
        position = between.end()
    return tuple(parts) if len(parts) >= 2 and _LIST_ENDS.match(text, found.end()) else ()
