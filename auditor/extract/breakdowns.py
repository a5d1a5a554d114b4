"""A count broken down by place right after it.

(And the same list after a count opened by "Of": "Of its 1,180 employees,
760 work in Solingen, 310 in Guimarães and 160 in its sales offices" — see
``breakdown_after_of``.)

"We ended the half with 254 clinics: 131 in Sweden, 52 in Norway, 29 in
Denmark and 38 in Finland" states a whole (254 clinics) and, after the
colon, every part of it, each a bare number of the same things and where
they are. The parts are no figures of their own to the figure reader (a bare
"131" counts nothing), so they are read here, as counts of the whole's
things, and the ``parts-sum`` check adds them up. A colon right after the
count opens such a list of two or more "N in Place" items that ends the
clause; so does a comma ("41 venues, 35 in England, 4 in Scotland and 3 in
Wales, offering 236 rooms"), for three items or two joined by "and", the
list ending its clause or a participle's, when the items come to more than
the whole (a list after a comma may name only some of it). Anything else is
no breakdown.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from auditor.extract.lexicon import Lexicon
from auditor.extract.numbers import apply_scale, parse_number, scale_value, word_number_pattern

# Between the whole's figure and its first part: the colon, after where or
# when the whole is told ("1.48 million passengers on Lake Lugano:", "2.36
# million passengers in 2024:", "32 schools at the end of December:").
_COLON = re.compile(
    r"(?:[ \t]+(?:in|on|at|across|during|over|by|for|as\s+of)[ \t]+(?:[^\W\d]|(?:19|20)\d\d\b)[^:;,.!?\n\d]{0,40}?(?:(?:19|20)\d\d)?)?"
    r"[ \t]*:[ \t]*"
)
# Between two parts: "131 in Sweden, 52 in Norway and 38 in Finland".
_BETWEEN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# After the last part: the end of the clause.
_LIST_ENDS = re.compile(r"\s*(?:[.;)]|$)")
# A word of what a part is of: no number, and no word that goes on to tell of
# something other than a part ("and the rest elsewhere"); "and" joins the
# words of one part only between names ("in Belgium and the Netherlands").
_TAIL_WORD = r"(?:(?!(?:and|or|but|while|whereas|plus|with|rest|remainder|others?)\b)[^\W\d][\w'\u2019.-]*|and(?=\s+(?:the\s+)?[A-Z]))"
# A verb an item may carry between its number and where ("760 work in Solingen").
_ITEM_VERB = r"(?:(?:work|works|worked|are|were|is|was|sit|sat|live|lived|are\s+based|were\s+based|based|employed)\s+)?"
_SCALE = r"(?:[ \t]+(?P<scale>thousand|million|billion|mn|bn|m|k)\b)?"


class Part(NamedTuple):
    start: int  # the part's number, as offsets in the text read
    end: int
    value: float


@functools.lru_cache(maxsize=8)
def _item(lexicon: Lexicon) -> re.Pattern[str]:
    """"131 in Sweden", "seven in Belgium and the Netherlands", "910,000 on
    our scheduled lines", "1.22 million on domestic lines": a number, maybe
    its scale, and where or on what that part of the whole is."""
    number = rf"(?P<number>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|\d+(?:\.\d+)?|{word_number_pattern(lexicon)})"
    return re.compile(rf"{number}{_SCALE}\s+{_ITEM_VERB}(?:in|at|on|across|from|for|through|via|into)(?:\s+{_TAIL_WORD}){{1,6}}")


def part_read(found: re.Match[str] | None, lexicon: Lexicon) -> Part | None:
    """The part an item's match holds, or None when there is no item or its number reads as none."""
    if found is None:
        return None
    amount = parse_number(found.group("number"), lexicon)
    if amount is None:
        return None
    scale = found.groupdict().get("scale")
    if scale:
        factor = scale_value(scale, lexicon)
        if factor is None:
            return None
        amount = apply_scale(amount, factor)
    return Part(found.start("number"), found.end("scale") if scale else found.end("number"), amount.value)


def breakdown(text: str, end: int, lexicon: Lexicon, whole: float | None = None) -> tuple[Part, ...]:
    """The parts listed after a colon after the count ending at ``end``;
    empty when no such list of two or more parts ends the clause there."""
    colon = _COLON.match(text, end)
    comma = _COMMA_THEN_ITEM.match(text, end) if colon is None else None
    if colon is None and comma is None:
        return ()
    if colon is None:
        colon = comma  # "41 venues, 35 in England, 4 in Scotland and 3 in Wales, offering 236 rooms"
    item = _item(lexicon)
    parts: list[Part] = []
    position = colon.end()
    last_end = position
    while True:
        found = item.match(text, position)
        part = part_read(found, lexicon)
        if part is None:
            if comma is not None and parts:
                break  # "..., 3 in Wales, offering 236 rooms": the list ended at the comma
            return ()
        parts.append(part)
        last_end = found.end()
        between = _BETWEEN.match(text, found.end())
        if between is None:
            break
        position = between.end()
    if comma is not None:
        # After a comma only a list of three or more, or two joined by "and",
        # ending its clause or a participle's: "..., offering 236 rooms".
        joined = " and " in text[comma.end() : last_end]
        ends = _LIST_ENDS.match(text, last_end) or _PARTICIPLE_NEXT.match(text, last_end)
        # A list after a comma may name only some of the whole ("900 staff,
        # 300 in Leeds and 200 in York"): read as its parts only when they
        # come to more than the whole (``whole``), which no partial list can.
        more = whole is not None and sum(p.value for p in parts) > whole
        return tuple(parts) if (len(parts) >= 3 or (len(parts) == 2 and joined)) and ends and more else ()
    return tuple(parts) if len(parts) >= 2 and _LIST_ENDS.match(text, found.end()) else ()


# A comma right after the whole's count (and no word of the count's own): the list may follow.
_COMMA_THEN_ITEM = re.compile(r"[ \t]*,[ \t]*(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:in|at|on)\b)")
# After a list set off by commas, a participle's clause: ", offering 236 rooms between them".
_PARTICIPLE_NEXT = re.compile(r",\s+[a-z]+ing\b")


# "Of its 1,180 employees, ...": the whole opens its clause after "Of" and an owner.
_OF_OWNER_BEFORE = re.compile(r"(?:^|[.;:]\s+|\n)Of\s+(?:its|the|our|their|his|her|[A-Z][\w&.-]*['\u2019]s?)\s+$")
_COMMA = re.compile(r"[ \t]*,[ \t]*")
# After the whole's count, the date it is told at, then the comma: "1,140 colleagues at 31 January, ".
_DATED_COMMA = re.compile(r"(?:[ \t]+(?:at|on|as\s+(?:at|of))[ \t]+[^,;.]{1,30}?)?[ \t]*,[ \t]*")


@functools.lru_cache(maxsize=8)
def _of_item(lexicon: Lexicon) -> re.Pattern[str]:
    """"760 work in Solingen", "310 in Guimarães", "160 in its sales offices
    in Europe, the United States and Japan" (the last runs to the clause's end)."""
    number = rf"(?P<number>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{word_number_pattern(lexicon)})"
    # ("the remaining 95 at the Evesham support centre", "610 work on the shop floor")
    return re.compile(
        rf"(?:the\s+(?:remaining|other|last)\s+)?{number}\s+{_ITEM_VERB}(?:in|at|on|across|within)\s+(?:the\s+|its\s+|our\s+|their\s+)?\S"
    )


def breakdown_after_of(text: str, start: int, end: int, lexicon: Lexicon, whole: float | None = None) -> tuple[Part, ...]:
    """The parts listed after a comma right after a count that opens its
    clause with "Of" and an owner ("Of its 1,180 employees, 760 work in
    Solingen, 310 in Guimarães and 160 in its sales offices"); empty when
    two or more "N (verb) in where" items do not run to the clause's end.

    Items that sort the whole into kinds ("Of the 214 respondents, 131 were
    fruit and veg traders and 95 sold other goods") may leave some out or
    overlap, so they are read as its parts only when they come to more than
    the whole (``whole``), which no list of kinds that leaves some out can."""
    if _OF_OWNER_BEFORE.search(text, max(0, start - 40), start) is None:
        return ()
    comma = _DATED_COMMA.match(text, end)
    if comma is None:
        return ()
    parts = _items_after_of(text, comma.end(), _of_item(lexicon), lexicon)
    if parts or whole is None:
        return parts
    kinds = _items_after_of(text, comma.end(), _of_kind_item(lexicon), lexicon)
    return kinds if sum(p.value for p in kinds) > whole else ()


@functools.lru_cache(maxsize=8)
def _of_kind_item(lexicon: Lexicon) -> re.Pattern[str]:
    """"131 were fruit and veg traders", "95 sold other goods": a number and
    the verb that says what kind of the whole they are or what they did."""
    number = rf"(?P<number>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{word_number_pattern(lexicon)})"
    return re.compile(rf"{number}\s+(?:were|are|was|is|had|have|sold|sell|ran|run|made|make|said|say|[a-z]{{3,}}ed)\s+[a-z]")


def _items_after_of(text: str, position: int, item: re.Pattern[str], lexicon: Lexicon) -> tuple[Part, ...]:
    """Two or more items of ``item`` from ``position`` to the clause's end, else none."""
    clause_end = _CLAUSE_END.search(text, position)
    stop = clause_end.start() if clause_end is not None else len(text)
    parts: list[Part] = []
    while position < stop:
        found = item.match(text, position)
        part = part_read(found, lexicon)
        if part is None:
            return ()
        parts.append(part)
        # The item runs to the next ", N" or " and N" that opens another item, else to the clause's end.
        following = None
        for between in _BETWEEN.finditer(text, found.end(), stop):
            if _NUMBER_OR_REST.match(text, between.end()) and item.match(text, between.end()):
                following = between
                break
        if following is None:
            break
        position = following.end()
    return tuple(parts) if len(parts) >= 2 else ()


# Where another item opens: its number, or "the remaining" before it.
_NUMBER_OR_REST = re.compile(r"(?:the\s+(?:remaining|other|last)\s+)?\d|[a-z]")
# Where a clause ends: a full stop, a semicolon or a bracket, past a number's own full stop.
_CLAUSE_END = re.compile(r"[.;)](?!\d)|$")


# After a count and maybe when it was told, "of which" opens the list of its
# parts: "4.1 million garments in 2024, of which 2.6 million came through our
# shops and 1.9 million from contract customers".
_OF_WHICH = re.compile(r"(?:[ \t]+(?:in|during|over|at)[ \t]+[^,;.\n]{1,24}?)?[ \t]*,[ \t]*of[ \t]+which[ \t]+")
# An "of which" item: a number, maybe its scale, then words up to the next item or the clause's end.
_OF_WHICH_NUMBER = re.compile(r"(?P<number>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)" + _SCALE + r"(?=\s+[a-z])")


def breakdown_of_which(text: str, end: int, lexicon: Lexicon, whole: float) -> tuple[Part, ...]:
    """The parts listed after "of which" right after the count ending at
    ``end``. Such a list may name only some of the whole ("of which 2.6
    million came through our shops"), so it is read as the whole's parts only
    when two or more come to more than the whole, which no partial list can;
    empty otherwise."""
    opening = _OF_WHICH.match(text, end)
    if opening is None:
        return ()
    clause_end = _CLAUSE_END.search(text, opening.end())
    stop = clause_end.start() if clause_end is not None else len(text)
    parts: list[Part] = []
    position = opening.end()
    while position < stop:
        part = part_read(_OF_WHICH_NUMBER.match(text, position), lexicon)
        if part is None:
            return ()
        parts.append(part)
        following = next(
            (b for b in _BETWEEN.finditer(text, part.end, stop) if _OF_WHICH_NUMBER.match(text, b.end())),
            None,
        )
        if following is None:
            break
        position = following.end()
    return tuple(parts) if len(parts) >= 2 and sum(p.value for p in parts) > whole else ()
