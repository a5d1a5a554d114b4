"""Shares of one whole listed together.

"Europe accounted for 41% of sales, Asia for 37%, the Americas for 19% and
the Middle East for 11%": the first percentage names its whole ("of
sales"), the ones after it leave the whole out and name only their part
("Asia for 37%", "bulk the remaining 29%"). Shares of one whole that leave
nothing out cannot add up to more than all of it; the ``parts-sum`` rule
adds them up. Only such a list is read: a percentage that names a whole of
its own ("38% of sales ... 62% of profit") or tells a change ("rose 5%")
opens no list and ends one.
"""

from __future__ import annotations

import re
from typing import Sequence

from auditor.extract.figures import FigureMatch

# What a share is of, right after the first one: "41% of sales", "36% of the market".
_OF_A_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|our|total|group|all)\s+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['\u2019]s?\s+)*[a-z][a-z-]*"
)
# Between one share and the next, the part named and the whole left out:
# ", Asia for ", " and the Middle East for ", ", private label ", " and bulk the remaining ".
_NEXT_SHARE = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?:(?:for|at|with|on)\s+)?"
    r"(?:(?:the|a)\s+(?:remaining|other|rest\s+of\s+the)\s+|another\s+)?"
)
# Words that make the next figure another time's or a comparison, not a share of the same whole.
_BEFORE_OR_AFTER = re.compile(r"\b(?:from|down|up|compared|against|versus|vs|than|previous|earlier|before|last|year|prior)\b", re.IGNORECASE)
# A change, not a share: "rose 5%", "up 3%".
_CHANGE_BEFORE = re.compile(r"\b(?:rose|fell|(?<!made )up|down|grew|increased|decreased|declined|gained|lost|by|to|from)\s+$", re.IGNORECASE)


def share_lists(text: str, figures: Sequence[FigureMatch]) -> list[list[int]]:
    """The lists of shares of one whole a sentence gives, each as indices
    into ``figures``, two shares at least."""
    lists: list[list[int]] = []
    index = 0
    while index < len(figures):
        first = figures[index]
        whole = _OF_A_WHOLE.match(text, first.end) if first.quantity.kind == "percent" else None
        if whole is None or _CHANGE_BEFORE.search(text, max(0, first.start - 12), first.start):
            index += 1
            continue
        members = [index]
        end = whole.end()
        following = index + 1
        while following < len(figures):
            share = figures[following]
            if (
                share.quantity.kind != "percent"
                or not _NEXT_SHARE.fullmatch(text, end, share.start)
                or _BEFORE_OR_AFTER.search(text, end, share.start)  # "83.3% of its turnover, down from 87.4%"
                or _OF_A_WHOLE.match(text, share.end)  # a whole of its own
            ):
                break
            members.append(following)
            end = share.end
            following += 1
        if len(members) >= 2:
            lists.append(members)
        index = following
    return lists
