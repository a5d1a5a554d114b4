"""A correction told over two sentences: what a story said, then the figure
it should have said.

    An article on 28 January said that Huon Ridge Cherries exported 1,200
    tonnes of cherries in the 2023-24 season. The correct figure is 2,100
    tonnes.

The figure taken back (1,200 tonnes) is no one's any more; the correct one
(2,100 tonnes) is what the first sentence measured, of whom and when. (A
correction told in one sentence, "the correct figure is ...", is read where
the sentence is read, see ``reader.py``.)
"""

from __future__ import annotations

import re
from typing import Sequence

from auditor.extract.numbers import Cued, ascii_lowered
from auditor.model import Claim

# "The correct figure is 2,100 tonnes", "The correct number was 95".
_CORRECT_FIGURE_OPENS = re.compile(
    r"^[\s*\-\u2022]*(?:the\s+)?correct\s+(?:figure|number|amount|total|count)\s+(?:is|was)\b", re.IGNORECASE
)
# What an earlier piece said: "An article on 28 January ... said that", "Our report ... gave".
_TOLD_BEFORE = re.compile(
    r"\b(?:article|report|story|piece|edition|issue|caption|item|feature|briefing|bulletin|interview|post|newsletter|"
    r"circular|magazine|digest|column|episode|programme|podcast|blog|brochure|leaflet)\b[^.;]*?"
    r"\b(?:said|stated|gave|put|reported|claimed|wrote|described)\b",
    re.IGNORECASE,
)
_FIGURE_KINDS = frozenset({"money", "count", "quantity", "percent"})
# A sentence that only says the figure again, as a bare number: "It has 11.", "They employ 34."
_BARE_RESTATEMENT = re.compile(
    r"^\s*(?:It|They|He|She|We|The\s+[a-z]+)\s+(?:has|had|have|is|was|were|are|employs|employed|employ|made|makes|sold|sells|"
    r"runs|ran|operates|operated|has\s+got|actually\s+has|in\s+fact\s+has)\s+(?:only\s+|just\s+)?[\d,.]+\s*\.?\s*$"
)


def with_corrections(claims: list[Claim], sentences: Sequence[tuple[int, int, str]]) -> list[Claim]:
    """``claims`` with each two-sentence correction applied: the correct
    figure takes the measure, subject and date of the figure it corrects,
    which is dropped. ``sentences``: (start, end, text) of the document's
    sentences, in order."""
    starts = [start for start, _, _ in sentences]
    opening = {start: index for index, start in enumerate(starts)}
    dropped: set[str] = set()
    replaced: dict[str, Claim] = {}
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.evidence.sentence_start, []).append(claim)
    for start, found in by_sentence.items():
        index = opening.get(start)
        if index is None or index == 0 or not _CORRECT_FIGURE_OPENS.match(sentences[index][2]):
            continue
        correct = [c for c in found if c.kind in _FIGURE_KINDS and c.value is not None]
        before_start, _, before_text = sentences[index - 1]
        if len(correct) != 1 or not _TOLD_BEFORE.search(before_text):
            continue
        fixed = correct[0]
        told = [
            c for c in by_sentence.get(before_start, ())
            if c.kind == fixed.kind and c.value is not None and fixed.value is not None and c.value.unit == fixed.value.unit
        ]
        if len(told) != 1:
            continue
        wrong = told[0]
        dropped.add(wrong.id)
        replaced[fixed.id] = fixed.model_copy(
            update={
                "subject": fixed.subject or wrong.subject,
                "event": wrong.event or fixed.event,
                "object": fixed.object or wrong.object,
                "time": wrong.time if wrong.time is not None and wrong.time.source == "sentence" else fixed.time,
                "lasts": wrong.lasts or fixed.lasts,
                "qualifiers": wrong.qualifiers or fixed.qualifiers,
                "value": fixed.value.model_copy(update={"counted": fixed.value.counted or wrong.value.counted}) if fixed.value and wrong.value else fixed.value,
            }
        )
    dropped |= _set_right_by_a_note(by_sentence, starts, [text for _, _, text in sentences])
    for wrong, right in _set_right_in_its_sentence(by_sentence):
        dropped.add(wrong.id)
        replaced[right.id] = replaced.get(right.id, right).model_copy(
            update={"subject": right.subject or wrong.subject, "event": right.event or wrong.event}
        )
    for found in by_sentence.values():
        for wrong, right in _taken_back_in_passing(found):
            dropped.add(wrong.id)
            replaced[right.id] = replaced.get(right.id, right).model_copy(
                update={"subject": right.subject or wrong.subject, "event": wrong.event or right.event}
            )
        dropped |= _taken_back_for_a_bare_number(found)
    if not replaced and not dropped:
        return claims
    return [replaced.get(c.id, c) for c in claims if c.id not in dropped]


# A speaker taking a word back as she says it: "We started in 2007 - no,
# 2008, sorry", "about 40 - I mean 45 - staff", "about 210 of us, sorry,
# no, 186".
_TAKEN_BACK = re.compile(
    r"\s*[-\u2013\u2014,;(]?\s*(?:(?:no|sorry|I\s+mean|or\s+rather|rather|make\s+that|correction)\s*[,:!.]?\s*)+(?:[-\u2013\u2014]\s*)?(?:it\s+was\s+|it'?s\s+)?",
    re.IGNORECASE,
)


def _taken_back_in_passing(found: list[Claim]) -> list[tuple[Claim, Claim]]:
    """Pairs (taken back, said instead) of one sentence's claims of one kind,
    the second right after the first with only a word of taking back between."""
    pairs = []
    ordered = sorted(found, key=lambda c: c.evidence.location.start)
    for wrong, right in zip(ordered, ordered[1:]):
        if wrong.kind != right.kind or wrong.kind not in _FIGURE_KINDS | {"date"}:
            continue
        if wrong.value is not None and right.value is not None and wrong.value.unit != right.value.unit:
            continue
        offset = wrong.evidence.sentence_start
        between = wrong.evidence.sentence[wrong.evidence.location.end - offset : right.evidence.location.start - offset]
        if between.strip() and _TAKEN_BACK.fullmatch(between):
            pairs.append((wrong, right))
    return pairs


# A number right after a word of taking back: what replaced the figure
# before it, read or not ("about 210 of us, sorry, no, 186 on the payroll").
_NUMBER_AFTER = re.compile(r"[\u00a3$\u20ac]?\d")


def _taken_back_for_a_bare_number(found: list[Claim]) -> set[str]:
    """The ids of a sentence's figures taken back for a number the reader
    could not read as one (a bare "186"): the figure taken back is no one's."""
    dropped = set()
    for claim in found:
        if claim.kind not in _FIGURE_KINDS:
            continue
        offset = claim.evidence.sentence_start
        after = claim.evidence.location.end - offset
        taken = _TAKEN_BACK.match(claim.evidence.sentence, after)
        if taken is not None and taken.group(0).strip() and _NUMBER_AFTER.match(claim.evidence.sentence, taken.end()):
            dropped.add(claim.id)
    return dropped


# A note that says the words before it were wrong: "[Editor's note: Ailsa
# misremembered here; Closes & Wynds was founded in 2012]", "He misspoke:
# the figure is 42".
# (Every sentence of a document is asked: the case-blind pattern runs only
# where its words' cues stand, as ``Cued`` arranges.)
_SETS_RIGHT = Cued(
    re.compile(
        r"\b(?:misremembered|misremembers|misspoke|misspoken|mis-spoke|misstated|misstates|misquoted|"
        r"got\s+(?:it|that|this|the\s+\w+)\s+wrong|should\s+have\s+(?:said|read))\b",
        re.IGNORECASE,
    ),
    re.compile(r"mis|wrong|should"),
)
# How many sentences back such a note reaches.
_NOTE_REACH = 2


# A sentence that gives a figure, then what it should have been: "minute
# 14/25 had recorded the grant as GBP 650,000; this should read GBP 600,000".
_SHOULD_READ = Cued(
    re.compile(r"\b(?:should\s+(?:have\s+)?(?:read|said|stated)|should\s+have\s+been|is\s+corrected\s+to)\b", re.IGNORECASE),
    re.compile(r"should|corrected"),
)


def _set_right_in_its_sentence(by_sentence: dict[int, list[Claim]]) -> list[tuple[Claim, Claim]]:
    """The figures a sentence sets right itself, each with the figure that
    sets it right: the one of a kind and unit told last before its "should
    read", when a figure of that kind and unit follows the words. The right
    one is of what the wrong one measured."""
    pairs: list[tuple[Claim, Claim]] = []
    for found in by_sentence.values():
        if len(found) < 2:
            continue
        text = found[0].evidence.sentence
        cue = _SHOULD_READ.search(text, ascii_lowered(text))
        if cue is None:
            continue
        at = {c.id: c.evidence.location.start - c.evidence.sentence_start for c in found}
        after = [c for c in found if c.kind in _FIGURE_KINDS and c.value is not None and at[c.id] >= cue.end()]
        for right in after[:1]:
            told = [
                c for c in found
                if c.kind == right.kind and c.value is not None and right.value is not None and c.value.unit == right.value.unit
                and at[c.id] < cue.start() and c.value.value != right.value.value
            ]
            if told:
                pairs.append((max(told, key=lambda c: at[c.id]), right))
    return pairs


def _set_right_by_a_note(by_sentence: dict[int, list[Claim]], starts: list[int], texts: list[str]) -> set[str]:
    """The claims a note sets right: of the few sentences before it, each
    date of the same event, or figure of the same event and unit, that the
    note's own claim gives otherwise. The note's claim stands as it is.
    A sentence right after one that tells what an earlier piece said ("Our
    9 May issue said Halden & Rose was founded in 1997. It was founded in
    1979.") sets that one right the same way."""
    dropped: set[str] = set()
    for index, text in enumerate(texts):
        if index == 0:
            continue
        if _SETS_RIGHT.search(text, ascii_lowered(text)):
            reach = _NOTE_REACH
        elif _TOLD_BEFORE.search(texts[index - 1]) and not _TOLD_BEFORE.search(text):
            reach = 1
            if not by_sentence.get(starts[index]) and _BARE_RESTATEMENT.match(text):
                # "In our Winter issue we said Amos Reid Signs had 14 staff.
                # It has 11.": a number alone, which no claim reads, still
                # takes back the one figure the sentence before told.
                told = [c for c in by_sentence.get(starts[index - 1], ()) if c.kind in _FIGURE_KINDS]
                if len(told) == 1:
                    dropped.add(told[0].id)
                continue
        else:
            continue
        for right in by_sentence.get(starts[index], ()):
            if right.kind == "attribute" and right.attribute is not None:
                # ("founded in 1979" as an attribute too: the one told before goes.)
                for before in range(max(0, index - reach), index):
                    for told in by_sentence.get(starts[before], ()):
                        if (
                            told.kind == "attribute" and told.attribute is not None
                            and told.attribute.name == right.attribute.name and told.attribute.value != right.attribute.value
                        ):
                            dropped.add(told.id)
                continue
            if right.event is None or right.kind not in _FIGURE_KINDS | {"date"}:
                continue
            for before in range(max(0, index - reach), index):
                for told in by_sentence.get(starts[before], ()):
                    if told.kind != right.kind or told.event != right.event:
                        continue
                    if right.kind == "date":
                        differs = told.time is not None and right.time is not None and told.time.year != right.time.year
                    else:
                        differs = (
                            told.value is not None and right.value is not None
                            and told.value.unit == right.value.unit and told.value.value != right.value.value
                        )
                    if differs:
                        dropped.add(told.id)
    return dropped
