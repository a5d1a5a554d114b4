"""A sum told in one sentence and itemised by the sentence after it.

    We taught 4,860 lessons this season. Here's how that broke down:
    - Group lessons: 3,120
    - Private and family lessons: 940
    - Kids' Surf Club sessions: 610

    Total income for the season was £318,400. The main items were bar and
    catering £142,000, subscriptions £96,500, sponsorship £61,200, and
    events and hire £24,300.

Each states a whole (4,860 lessons, £318,400) and, in the sentence after
it, its items: in that sentence after the words that open them, or in the
list of "label: figure" lines under a sentence that ends on a colon. The
words that open a full breakdown (``breakdown_openers`` in
``rules/lexicon/events.yaml``: "how that broke down", "this was made up
of") say the items are all of it; the words that open a list of its main
parts ("The main items were": ``main_part_adjectives`` and
``main_part_nouns``) say some may be left out, so such items are read as the
sum's parts only when they come to more than it, which no partial list can.
The whole is the one sum of the items' measure the sentence before told.
A bare number in a list line ("Group lessons: 3,120") counts nothing to the
figure reader, so it is read here as a count of the whole's things. The
``parts-sum`` check does the arithmetic.
"""

from __future__ import annotations

import re

from auditor.document import DocumentModel, SentenceModel
from auditor.extract.breakdowns import part_read
from auditor.extract.count_parts import count_part
from auditor.extract.events import EventLexicon
from auditor.extract.lexicon import Lexicon
from auditor.extract.split_totals import exact_sum, rounding_of
from auditor.model import Claim, Qualifiers

# A list line: a bullet or an item's number maybe, a label of a few words,
# then a colon or a dash set off by blanks, then the item's figure alone.
_ITEM_LINE = re.compile(
    r"[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])?[ \t]*(?P<label>[^\n:\d][^\n:]{0,60}?)[ \t]*(?::|[ \t][-\u2013\u2014])[ \t]*"
    r"(?P<figure>[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
# A list line's bare number, maybe with its scale: "3,120", "1.2 million".
_BARE_NUMBER = re.compile(r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ \t]+(?P<scale>thousand|million|billion)\b)?")
# The fewest items that itemise a sum.
_FEWEST_ITEMS = 2


def with_itemised_sums(model: DocumentModel, claims: list[Claim], events: EventLexicon, lexicon: Lexicon) -> list[Claim]:
    """``claims``, with the items of every sum itemised in the sentence after
    it marked as its parts (``Claim.part_of``), the sum as a total, and the
    bare numbers of its list lines added as counts of its things."""
    document = model.document
    text = document.text
    if events.breakdown_opener.search(text) is None and events.main_parts_words.search(text) is None:
        return claims
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.evidence.sentence_start, []).append(claim)
    by_start = {c.evidence.location.start: c for c in claims}
    marked: dict[str, Claim] = {}
    added: list[Claim] = []
    for sentence in model.sentences:
        if sentence.in_table or sentence.span.is_heading:
            continue
        opener = events.breakdown_opener.search(sentence.span.text)
        full = opener is not None
        if opener is None:
            opener = events.main_parts_opener.match(sentence.span.text)
        if opener is None:
            continue
        before = model.sentence_before(sentence)
        if before is None or before.in_table or before.span.is_heading:
            continue
        opened_at = sentence.span.start + opener.end()
        inline = [
            c for c in by_sentence.get(sentence.span.start, ())
            if c.evidence.location.start >= opened_at and exact_sum(c) and c.role in (None, "part") and c.part_of is None
        ]
        listed = [] if inline or not sentence.span.text.rstrip().endswith(":") else _listed_items(text, sentence.span.end, by_start)
        if len(inline) + len(listed) < _FEWEST_ITEMS:
            continue
        kinds = {(c.kind, c.value.unit) for c in inline if c.value is not None}
        largest = max((_value_at(text, start, end, by_start, lexicon) for start, end in listed), default=0.0)
        # (Of "We taught 4,860 lessons this season across our two beaches",
        # only the lessons are more than any item: "two beaches" itemises nothing.)
        # The sentence before, else the nearest before it in its paragraph
        # that tells one ("we did 11,200 walks in 2024. I still can't believe
        # it. ... Here's how they break down:").
        wholes: list[Claim] = []
        earlier: SentenceModel | None = before
        for _ in range(_SENTENCES_BACK):
            if earlier is None or earlier.in_table or earlier.span.is_heading or earlier.span.block != sentence.span.block:
                break
            wholes = [
                c for c in by_sentence.get(earlier.span.start, ())
                if exact_sum(c) and c.role is None and c.part_of is None and c.value is not None
                and (not kinds or (c.kind, c.value.unit) in kinds) and c.value.value > largest
            ]
            if wholes:
                break
            earlier = model.sentence_before(earlier)
        if len(wholes) != 1 or len(kinds) > 1:
            continue  # no one sum of the items' measure told before them
        whole = wholes[0]
        assert whole.value is not None
        parts = list(inline)
        new: list[Claim] = []
        unread = False
        for start, end in listed:
            there = by_start.get(start)
            if there is not None and there.evidence.location.end == end:
                parts.append(there)
                continue
            number = _BARE_NUMBER.fullmatch(text, start, end)
            part = part_read(number, lexicon) if number is not None and whole.kind == "count" else None
            if part is None:
                unread = True  # an item not read would leave the sum short: no sum is checked
                break
            sentence_of = model.sentence_at(start)
            where = (sentence_of.span.text, sentence_of.span.start) if sentence_of is not None else (text[start:end], start)
            new.append(count_part(document, whole, start, end, part.value, *where))
        parts.extend(new)
        if unread or len(parts) < _FEWEST_ITEMS or any(
            not exact_sum(p) or p.kind != whole.kind or p.value is None or p.value.unit != whole.value.unit for p in parts
        ):
            continue
        total = sum(p.value.value for p in parts if p.value is not None)
        if not full and total <= whole.value.value + rounding_of(whole, parts):
            continue  # a list of the main parts that may leave some out
        marked[whole.id] = whole.model_copy(update={"qualifiers": (whole.qualifiers or Qualifiers()).model_copy(update={"scope": "total"})})
        for part in parts:
            marked[part.id] = part.model_copy(update={"part_of": whole.id, "role": "part"})
        added.extend(marked.pop(p.id) for p in new)
    if not marked and not added:
        return claims
    return [marked.get(c.id, c) for c in claims] + added


def _value_at(text: str, start: int, end: int, by_start: dict[int, Claim], lexicon: Lexicon) -> float:
    """The value of a list line's figure: its claim's, or its bare number's."""
    there = by_start.get(start)
    if there is not None and there.value is not None:
        return there.value.value
    part = part_read(_BARE_NUMBER.fullmatch(text, start, end), lexicon)
    return part.value if part is not None else 0.0


def _listed_items(text: str, after: int, by_start: dict[int, Claim]) -> list[tuple[int, int]]:
    """The figures of the "label: figure" lines right under the text ending
    at ``after``, or of the bullets that open on their figure ("- 6,100 solo
    walks"), as offsets, up to the first line that is no such item."""
    items: list[tuple[int, int]] = []
    line_start = text.find("\n", after)
    while line_start != -1:
        line_end = text.find("\n", line_start + 1)
        line_end = len(text) if line_end == -1 else line_end
        if not text[line_start + 1 : line_end].strip() and not items:
            line_start = line_end if line_end < len(text) else -1
            continue  # the blank line between a sentence and its list
        found = _ITEM_LINE.fullmatch(text, line_start + 1, line_end)
        if found is not None and found.group("figure"):
            items.append((found.start("figure"), found.end("figure")))
        else:
            bullet = _BULLET.match(text, line_start + 1, line_end)
            opening = by_start.get(bullet.end()) if bullet is not None else None
            if opening is None or opening.evidence.location.end > line_end:
                break
            items.append((opening.evidence.location.start, opening.evidence.location.end))
        line_start = line_end if line_end < len(text) else -1
    return items


# A list line's bullet and the blanks after it: "- ", "* ", "• ".
_BULLET = re.compile(r"[ \t]*[-*\u2022][ \t]+")
# How many sentences back a sum an itemised list breaks down may be told.
_SENTENCES_BACK = 3
