"""A count broken down by the sentence right after it.

    We ended the year with 5,740 licensed security officers. 4,900 work on
    static sites, 620 on mobile patrols and 120 in the control room.

states a whole (5,740 officers) and, in the next sentence, its parts: a list
that opens the sentence (maybe after "Of these,"), joined by commas and a
last "and", each item a number and what that part of the whole is. Bare
numbers count nothing to the figure reader, so the parts are read here, as
counts of the whole's things, and the ``parts-sum`` check adds them up.

A list may leave things out ("12 are in Wales and 4 in Scotland" of 318 car
parks), so it is read as the whole's parts only when it names a share of
the whole no partial list would: nine tenths of it or more. A list that
says it is partial ("including", "among them", "such as", "other") is none.
"""

from __future__ import annotations

import re
from auditor.extract.breakdowns import Part, part_read
from auditor.extract.lexicon import Lexicon

__all__ = ["parts_listed_next"]

# The share of the whole a list must name to be read as all of it.
_COMPLETE_SHARE = 0.9

# What may open the list's sentence before its first number: "Of these, ", "Of them, ".
_OPENING = re.compile(r"[\s\"'(]*(?:(?:Of|Among)\s+(?:these|them|those|the\s+total)\s*,\s*)?")
# An item's number, maybe with its scale: "4,900", "1.2 million".
_NUMBER = re.compile(r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ \t]+(?P<scale>thousand|million|billion|m|k)\b)?")
# Between items: ", ", ", and ", " and ".
_BETWEEN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# Words of a list that says it names only some of the whole.
_PARTIAL = re.compile(r"\b(?:including|include|includes|among|such\s+as|other|others|another|also|some|several|many|most)\b", re.IGNORECASE)
# Where the list's clause ends.
_END = re.compile(r"[.;:!?](?:\s|$)|$")
# An item's words may not run on to a clause of their own.
_ITEM_WORDS = 8


def parts_listed_next(sentence: str, whole: float, lexicon: Lexicon) -> tuple[Part, ...]:
    """The parts of a count of ``whole`` that ``sentence``, the one right
    after it, lists; empty when it lists none or only some."""
    opening = _OPENING.match(sentence)
    if opening is None or _NUMBER.match(sentence, opening.end()) is None:
        return ()
    end = _END.search(sentence, opening.end())
    stop = end.start() if end is not None else len(sentence)
    if _PARTIAL.search(sentence, opening.end(), stop):
        return ()
    numbers = [m for m in _NUMBER.finditer(sentence, opening.end(), stop) if not _inside_a_word(sentence, m)]
    if len(numbers) < 2 or numbers[0].start() != opening.end():
        return ()
    parts: list[Part] = []
    for index, match in enumerate(numbers):
        if index:
            # The item before runs to a comma or an "and" right before this number.
            gap = sentence[numbers[index - 1].end() : match.start()]
            joined = next((b for b in _BETWEEN.finditer(gap) if b.end() == len(gap)), None)
            if joined is None or len(gap[: joined.start()].split()) > _ITEM_WORDS:
                return ()
        part = part_read(match, lexicon)
        if part is None or part.value >= whole:
            return ()
        parts.append(part)
    # The list closes on "and" before its last item, and names nearly all the whole.
    last_gap = sentence[numbers[-2].end() : numbers[-1].start()]
    if not re.search(r"\band\s+$", last_gap):
        return ()
    total = sum(p.value for p in parts)
    if total < _COMPLETE_SHARE * whole:
        return ()
    return tuple(parts)


def _inside_a_word(text: str, match: re.Match[str]) -> bool:
    """A number that is part of a word or a year ("B2B", "2024"): no item."""
    before = text[match.start() - 1 : match.start()] if match.start() else ""
    number = match.group("number")
    return (before.isalnum()) or (len(number) == 4 and number.isdigit() and number.startswith(("19", "20")))
