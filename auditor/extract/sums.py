"""A whole stated with its parts: the parts must add up to it.

"The contract comprises USD 420 million for the aircraft and USD 150 million
for spare parts, bringing its total value to USD 570 million" states a whole
(USD 570 million) and says what it is made of, in full: the parts listed
after "comprises". Likewise "a USD 570 million contract, made up of ..." and
a table's "Total" row under its line items. A part listed after "including"
is one piece among others and says nothing of the sum, so only the words of
``sum_parts`` in ``rules/lexicon/events.yaml`` open a list of parts, and a
whole is the figure after a word of ``sum_total`` ("bringing its total value
to", "a total of") or the one right before the list's opening word.

``stated_sum`` only finds which figures of a sentence are the whole and its
parts; the ``parts-sum`` check does the arithmetic.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from auditor.extract.figures import FigureMatch

# Figures that can be added: sums of money, counts, physical quantities.
_ADDABLE = frozenset({"money", "count", "quantity"})
# Parts of one list are joined by "and", "plus" or a comma, within a few words.
_JOIN = re.compile(r"\b(?:and|plus)\b|[,;]")
_NOT_A_LIST = re.compile(r"\b(?:from|to|up|down|versus|vs|than|between|or|including|of\s+which)\b", re.IGNORECASE)
_PART_GAP_WORDS = 12
# A participle that opens an aside on the part before it: "based on", "worked out at".
_ASIDE_ON_A_PART = re.compile(
    r"\s*,\s*(?:based|calculated|worked\s+out|reckoned|figured|assessed|set|capped)\s+(?:on|at|from|by)\b", re.IGNORECASE
)
# The most words that may name the first part before its figure: "a basic award of".
_NAMED_PART_WORDS = 5
_TOTAL_BEFORE_CUE_WORDS = 3
_TOTAL_BEFORE_COMMA_CUE_WORDS = 12


class StatedSum(NamedTuple):
    total: int  # index of the whole among the sentence's figures
    parts: tuple[int, ...]  # indexes of its parts, in text order


def stated_sum(
    text: str, figures: Sequence[FigureMatch], parts_cue: re.Pattern[str], total_cue: re.Pattern[str]
) -> StatedSum | None:
    """The whole and its parts stated in one sentence, if it states them.

    ``parts_cue`` finds the words that open a list of parts ("comprises");
    ``total_cue`` matches at the end of the text before a whole ("a total of ")."""
    if len(figures) < 3:
        return None
    for cue in parts_cue.finditer(text):
        parts = _parts_after(text, figures, cue.end(), total_cue)
        if parts is None:
            continue
        total = _total(text, figures, parts, cue.start(), total_cue)
        if total is not None:
            return StatedSum(total, parts)
    return _listed_after_a_colon(text, figures, total_cue) or _parts_before_a_total(text, figures, total_cue)


def _parts_before_a_total(text: str, figures: Sequence[FigureMatch], total_cue: re.Pattern[str]) -> StatedSum | None:
    """"a basic award of £3,060 and a compensatory award of £14,940, a total
    of £18,400": parts joined by "and", then a comma and the whole after a
    word of ``sum_total``."""
    for index in range(2, len(figures)):
        whole = figures[index]
        cue = total_cue.search(text, max(0, whole.start - 60), whole.start)
        if cue is None or not _addable(whole) or not _COMMA_BEFORE_A_TOTAL.fullmatch(text, figures[index - 1].end, cue.start()):
            continue
        if not (_same_measure(figures[index - 1], whole) and _addable(figures[index - 1])):
            continue
        parts = [index - 1]
        for before in range(index - 2, -1, -1):
            gap = text[figures[before].end : figures[parts[-1]].start]
            if not _same_measure(figures[before], whole) or not _addable(figures[before]):
                break
            if len(gap.split()) > _PART_GAP_WORDS or not _JOIN.search(gap) or _NOT_A_LIST.search(gap):
                break
            parts.append(before)
        if len(parts) < 2:
            continue
        if not _AND_BEFORE_LAST.search(text[figures[parts[1]].end : figures[parts[0]].start]):
            continue  # "£3,060, £14,940, a total of": a list ends on "and"
        return StatedSum(index, tuple(sorted(parts)))
    return None


# Between the last part and the word of total: ", a total of", ", making a total of".
_COMMA_BEFORE_A_TOTAL = re.compile(r"\s*,\s*(?:(?:a|an|making|giving|for|bringing)\s+)*", re.IGNORECASE)
# The last part of a list is joined by "and" or "plus".
_AND_BEFORE_LAST = re.compile(r"\b(?:and|plus)\b", re.IGNORECASE)


# "Income was: ", "Expenditure came to: ": a measure, then its items after a colon.
# ("Income was made up of subscriptions £888,000; green fees £196,000; ...":
# the same list without its colon.)
COLON_OPENS_ITEMS = re.compile(r"\b(?:(?:was|were|is|are|came\s+to|comprised)\s*:|(?:was|were|is|are)\s+made\s+up\s+of)\s+", re.IGNORECASE)
# What closes such a list on its whole: "giving total income of", "a total of", "total".
_ITEMS_TOTAL = re.compile(r"^\W*(?:(?:giving|making|for|a|and)\s+)*(?:an?\s+)?total(?:\s+[a-z]+){0,2}(?:\s+of)?\s*$", re.IGNORECASE)


def _listed_after_a_colon(text: str, figures: Sequence[FigureMatch], total_cue: re.Pattern[str]) -> StatedSum | None:
    """"Income was: plot rents £11,480; sales from the hut £1,930; donations
    £350; giving total income of £14,260": items set apart by semicolons,
    each a label and one figure of one measure, then the whole after a word
    of total."""
    opened = COLON_OPENS_ITEMS.search(text)
    if opened is None:
        return None
    following = [i for i, f in enumerate(figures) if f.start >= opened.end()]
    if len(following) < 3:
        return None
    parts: list[int] = []
    item_start = opened.end()
    closing = False
    for index in following:
        figure = figures[index]
        item = text[item_start : figure.start]
        if ";" in item or "." in item.strip()[:-1]:
            return None  # one figure per item, in one sentence's list
        if parts and not _same_measure(figure, figures[parts[0]]):
            return None
        if not _addable(figure):
            return None
        if len(parts) >= 2 and (_ITEMS_TOTAL.match(item) or total_cue.search(item)):
            return StatedSum(index, tuple(parts))
        if closing:
            return None  # after a comma, only the total may follow
        parts.append(index)
        after = text[figure.end :]
        # (Items end on a semicolon; the last may end on a comma before its
        # total: "... £37,000, giving total income of £1,398,000".)
        separator = re.match(r"\s*;\s*", after)
        closing = separator is None and len(parts) >= 3
        if closing:
            separator = re.match(r"\s*,\s*", after)
        if separator is None:
            return None
        item_start = figure.end + separator.end()
    return None


def _addable(figure: FigureMatch) -> bool:
    quantity = figure.quantity
    return quantity.kind in _ADDABLE and quantity.low is not None and quantity.low == quantity.high


def _same_measure(a: FigureMatch, b: FigureMatch) -> bool:
    return a.quantity.kind == b.quantity.kind and a.quantity.unit == b.quantity.unit


def _parts_after(text: str, figures: Sequence[FigureMatch], start: int, total_cue: re.Pattern[str]) -> tuple[int, ...] | None:
    """The list of parts that opens right after the cue: figures of one
    measure, each joined to the one before by "and", "plus" or a comma."""
    following = [i for i, f in enumerate(figures) if f.start >= start]
    if not following:
        return None
    first = following[0]
    opening = text[start : figures[first].start].split()
    # ("made up of a basic award of £4,900": a part may be named before its figure.)
    if not _addable(figures[first]) or (len(opening) > 2 and not (len(opening) <= _NAMED_PART_WORDS and opening[-1] == "of")):
        return None  # "comprises USD 420 million", "consists of about"
    parts = [first]
    last_end = figures[first].end
    for index in following[1:]:
        figure = figures[index]
        if not _same_measure(figure, figures[first]):
            continue  # "for 15 years of maintenance": another kind of figure inside a part
        gap = text[last_end : figure.start]
        if _ASIDE_ON_A_PART.match(gap):
            # "a basic award of £6,420, based on her weekly pay of £535, and
            # ...": what the part before was worked out from, no part.
            last_end = figure.end
            continue
        last_end = figure.end
        if total_cue.search(gap):
            break  # "..., bringing its total value to": the whole, not another part
        if not _addable(figure) or len(gap.split()) > _PART_GAP_WORDS or not _JOIN.search(gap) or _NOT_A_LIST.search(gap):
            break
        parts.append(index)
    return tuple(parts) if len(parts) >= 2 else None


def _total(
    text: str, figures: Sequence[FigureMatch], parts: tuple[int, ...], cue_start: int, total_cue: re.Pattern[str]
) -> int | None:
    model = figures[parts[0]]
    for index, figure in enumerate(figures):
        if index in parts or not _same_measure(figure, model) or not _addable(figure):
            continue
        if total_cue.search(text, max(0, figure.start - 60), figure.start):
            return index
    before = [i for i, f in enumerate(figures) if f.end <= cue_start and i not in parts]
    if before:
        index = before[-1]
        figure = figures[index]
        if _same_measure(figure, model) and _addable(figure):
            gap = text[figure.end : cue_start]
            # ("186 street trading consents were in force at 31 December 2024,
            # made up of 64 ...": a participle after a comma goes back to the
            # clause's figure, past the words that say where and when it stood.)
            reach = _TOTAL_BEFORE_COMMA_CUE_WORDS if gap.rstrip().endswith(",") else _TOTAL_BEFORE_CUE_WORDS
            if len(gap.split()) <= reach and not re.search(r"[.;:]", gap):
                return index  # "USD 570 million, comprising", "the $2 billion plan consists of"
    return None
