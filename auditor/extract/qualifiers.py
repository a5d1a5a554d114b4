"""What keeps two figures of one entity and measure apart, and the part a figure plays.

Qualifiers say *which* of several facts a figure belongs to: a funding
round ("Series B"), a phase, tranche or close ("first phase", "first
close"), a scope ("in total", "cumulative", "to date"). Roles say how a
figure stands to the other figures of its sentence: an earlier value ("up
from GBP 381 million"), a change ("up 8%", "rose 24%"), a part of a whole
("including EUR 120 million", "EUR 540 million for the trains"), a total
("bringing its total value to EUR 910 million"). Figures with such roles are
never rivals of the figure they go with.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from auditor.extract.nearby import clause_matches, split_around, words_after, words_before

_ORDINAL = r"(?:first|second|third|fourth|fifth|final|last|initial|opening|1st|2nd|3rd|4th)"
_PHASE = re.compile(
    rf"\b(?:(?P<ordinal>{_ORDINAL})\s+(?P<kind>phase|tranche|close|closing|stage|instalment|installment|part)"
    r"|(?P<kind2>phase|tranche|stage)\s+(?P<number>one|two|three|four|[1-9]|i{1,3}|iv|[a-d])\b)",
    re.IGNORECASE,
)
_ROUND = re.compile(r"\b(?P<round>(?:pre-)?seed|series\s+[a-h]\d?(?:[-\s]extension)?)\b(?!-)", re.IGNORECASE)
_SCOPE_BEFORE = re.compile(
    r"(?:\b(?:total(?:\s+value)?|in\s+total|cumulative(?:ly)?|combined|altogether|all\s+told|to\s+date|overall|"
    r"brings?\s+(?:the|its|their)\s+total(?:\s+\w+){0,6}\s+to|bringing\s+(?:the|its|their)\s+total(?:\s+\w+){0,6}\s+to|"
    r"total\s+raised(?:\s+\w+){0,6}\s+to)\s+(?:of\s+|at\s+|to\s+)?)$",
    re.IGNORECASE,
)
# "12 further trains", "an option for 12 additional units": on top of another figure.
_ADDITIONAL_BEFORE = re.compile(
    r"(?:\b(?:option|options)\s+(?:for|on|of)\s+(?:a\s+|an\s+)?(?:further\s+|additional\s+|more\s+)?|\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+"
    r"|\b(?:adds?|adding|added|will\s+add)\s+(?:another\s+|a\s+further\s+|an?\s+|some\s+|about\s+|up\s+to\s+)?)$",
    re.IGNORECASE,
)
_ADDITIONAL_AFTER = re.compile(r"^\s*(?:further|additional|more|extra|new)\b", re.IGNORECASE)
_ADDITIONAL_INSIDE = re.compile(r"\d[\d,.]*\s+(?:further|additional|more|extra|new)\s", re.IGNORECASE)
_TOTAL_NEAR = re.compile(r"\b(?:total|cumulative|combined|altogether|to\s+date|in\s+all)\b(?:\s+[\w'-]+){0,5}\s+$", re.IGNORECASE)
_SCOPE_AFTER = re.compile(r"^\s*(?:in\s+total|in\s+all|all\s+told|altogether|to\s+date|so\s+far|combined|cumulatively)\b", re.IGNORECASE)
_PREVIOUS_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|increased|decreased|grew|climbed|dropped)?\s*(?:from|compared\s+with|compared\s+to|"
    r"against|versus|vs\.?)\s+(?:a\s+|an\s+)?$",
    re.IGNORECASE,
)
_PREVIOUS_AFTER = re.compile(
    r"^[\s,]*(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|same)\s+(?:year|period|quarter)|last\s+year|"
    r"(?:in\s+)?the\s+year[- ]earlier\s+period)\b",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rose|fell|rising|falling|increased|decreased|grew|growing|climbed|dropped|jumped|slipped|gained|lost|"
    r"declined|surged|soared|plunged|slumped|added|shed|cut|raised|lifted|lowered|by|an\s+increase\s+of|a\s+rise\s+of|"
    r"a\s+fall\s+of|a\s+drop\s+of|a\s+decline\s+of|growth\s+of|premium\s+of|discount\s+of)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:rise|increase|decline|drop|fall|gain|loss|jump|growth|premium|discount|higher|lower|more|less|"
    r"up|down|year[- ]on[- ]year|on\s+the\s+year)\b",
    re.IGNORECASE,
)
_AFTER_BEFORE = re.compile(r"\b(?:to|at)\s+$", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:including|of\s+which|among\s+them|such\s+as|plus|with\s+the\s+rest|the\s+remaining)\s+(?:some\s+|about\s+)?$", re.IGNORECASE)
# "EUR 540 million for the supply of the trains and EUR 330 million for ...":
# figures each given a purpose in one list are parts of something.
_FOR_PART = re.compile(r"^\s+(?:of\s+\w+\s+)?(?:for|towards?|on)\s+(?:the\s+|its\s+)?\w", re.IGNORECASE)
_RATE_AFTER = re.compile(
    r"^\s*(?:a|an|per|each|every)\s+(?P<unit>year|annum|month|week|day|quarter|share|unit|tonne|ton|home|household|"
    r"passenger|user|customer|subscriber|head|person|resident|journey|trip|night|seat|bed|cubic\s+metre|megawatt|kilowatt)\b"
    r"|^\s*(?P<each>each)\b",
    re.IGNORECASE,
)


# "spending per resident will reach EUR 1,780": the rate named before its figure.
_PER_BEFORE = re.compile(
    r"\b(?:per|a)\s+(?P<unit>resident|head|person|capita|household|home|customer|user|subscriber|passenger|share|"
    r"tonne|unit|employee|bed|patient|student|pupil)\b(?P<each>)(?:\s+\w+){0,4}\s+$",
    re.IGNORECASE,
)


class Qualified(NamedTuple):
    round: str | None
    phase: str | None
    scope: str | None
    role: str | None  # "previous", "change", "part", "total", "rate", or None
    per: str | None


def qualify(
    text: str, start: int, end: int, clause: tuple[int, int], kind: str, sentence_figures: int, counted: str | None = None
) -> Qualified:
    """The qualifiers and role of the figure at ``text[start:end]``."""
    before = text[clause[0] : start]
    after = text[end : clause[1]]
    near_before = before[-60:]
    role = None
    if _PREVIOUS_BEFORE.search(near_before) or _PREVIOUS_AFTER.match(after):
        role = "previous"
    elif kind == "percent" and (_CHANGE_BEFORE.search(near_before) or _CHANGE_AFTER.match(after)):
        role = "change"
    elif _PART_BEFORE.search(near_before):
        role = "part"
    elif sentence_figures > 1 and _FOR_PART.match(after) and re.search(r"\b(?:and|plus|with)\b", after):
        role = "part"
    scope = None
    if _SCOPE_BEFORE.search(near_before) or _SCOPE_AFTER.match(after) or _TOTAL_NEAR.search(near_before):
        scope = "total"
        if role == "part":
            role = None
    elif _ADDITIONAL_BEFORE.search(near_before) or (
        kind == "count" and (_ADDITIONAL_AFTER.match(after) or _ADDITIONAL_INSIDE.search(text, start, end))
    ):
        scope = "additional"
    per = None
    rate = _RATE_AFTER.match(after) or _PER_BEFORE.search(before)
    if rate:
        per = (rate.group("unit") or "unit").casefold()
        per = {"annum": "year", "ton": "tonne", "household": "home"}.get(per, per)
    phase = _nearest(_PHASE, text, start, end, clause)
    round_label = _nearest(_ROUND, text, start, end, clause)
    return Qualified(
        round=" ".join(round_label.casefold().split()) if round_label else None,
        phase=_phase_key(phase) if phase else None,
        scope=scope,
        role=role,
        per=per,
    )


def _nearest(pattern: re.Pattern[str], text: str, start: int, end: int, clause: tuple[int, int]) -> str | None:
    """The match of ``pattern`` in the clause nearest the figure, within a few
    words (the earlier of two as near). Only the figure's neighbours are
    looked at (see ``nearby``)."""
    found = clause_matches(pattern, text, clause)
    before, after = split_around(found, start, end)
    best: tuple[int, int] | None = None  # (distance, index)
    for index in range(before - 1, -1, -1):
        distance = words_before(text, found[index].end, start, _NEAR_WORDS)
        if distance > _NEAR_WORDS:
            break
        best = min(best or (distance, index), (distance, index))
    for index in range(before, after):  # overlapping the figure
        best = min(best or (0, index), (0, index))
    for index in range(after, len(found)):
        distance = words_after(text, end, found[index].start, _NEAR_WORDS)
        if distance > _NEAR_WORDS:
            break
        best = min(best or (distance, index), (distance, index))
    return found[best[1]].text if best else None


_NEAR_WORDS = 6


_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "i": "1", "ii": "2", "iii": "3", "iv": "4",
            "first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "4th": "4",
            "initial": "1", "opening": "1", "final": "final", "last": "final"}  # fmt: skip


def _phase_key(phrase: str) -> str:
    """One spelling for one phase: "first phase" = "phase one" = "phase 1"."""
    match = _PHASE.fullmatch(phrase)
    if match is None:
        return phrase.casefold()
    if match.group("ordinal"):
        kind = match.group("kind").casefold()
        number = _NUMBERS.get(match.group("ordinal").casefold(), match.group("ordinal").casefold())
    else:
        kind = match.group("kind2").casefold()
        number = _NUMBERS.get(match.group("number").casefold(), match.group("number").casefold())
    kind = {"closing": "close", "installment": "instalment"}.get(kind, kind)
    return f"{kind} {number}"
