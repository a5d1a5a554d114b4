"""Deals an award notice's fields tell.

    CONTRACT AWARD NOTICE
    Section I - Contracting authority: North Devon Homes Ltd, Barnstaple
    ...
    Date of award decision: 14 November 2024
    Contractor: Brightfield Solar Ltd, Marsh Mills, Plymouth

credits one deal, North Devon Homes' contract, to Brightfield Solar, decided
in November 2024: what "In November we won the North Devon Homes contract"
in another company's report says of itself. Each field naming a winner
("Contractor:", "Awarded to:") is read as a ``deal`` claim: its subject the
winner, its object the body the notice names as the buyer ("Contracting
authority:", "Buyer:"), its value the term the notice gives ("over four
years", "Duration: four years"), its time the award decision's date. A
notice of several lots credits each lot to its winner, and the lot's label
goes with the deal (its purpose): another company's deal of the same
customer is then one of them only when term and month both agree. The
field labels are data (``award_notices`` in ``rules/lexicon/events.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping, NamedTuple, Sequence

from auditor.extract.lexicon_sections import word_lists
from auditor.extract.numbers import alternation

if TYPE_CHECKING:
    from auditor.extract.entities import Mention

__all__ = ["NoticeWords", "NoticeDeal", "load_notice_words", "notice_deals", "value_field", "value_rate"]

_PARTIES = frozenset({"organisation", "unknown"})
# How far into a notice its heading may name the buyer, when no label does.
_HEADER_REACH = 300
# How far after a buyer's label its name may start ("Section I: Contracting authority\nHeartlands ...").
_BUYER_REACH = 40


@dataclass(frozen=True)
class NoticeWords:
    """The field labels of an award notice (``award_notices`` in the event lexicon)."""

    winner: re.Pattern[str]  # "Contractor: ", "Awarded to: "
    buyer: re.Pattern[str]  # "Contracting authority: ", "Buyer: "
    decided: re.Pattern[str]  # "Date of award decision: "
    lot: re.Pattern[str]  # "Lot 1", "LOT 2"
    # A lot's line naming its winner after its colon: "Lot 1 (planned tree
    # works): awarded to Greenbough Ltd", "Lot 2 (emergency cover): Hazelcombe Ltd".
    lot_winner: re.Pattern[str]
    value: re.Pattern[str]  # "Contract value:", "total value" right before a figure
    winner_label: re.Pattern[str]  # a winner's label anywhere ("awarded to")


def load_notice_words(data: Mapping[str, object]) -> NoticeWords | None:
    """The labels of the event lexicon's ``award_notices`` section, or None when it has none."""
    words = word_lists(data, "award_notices")
    if words is None:
        return None

    def labels(key: str) -> str:
        found = words(key)
        if not found:
            raise ValueError(f"events.yaml: award_notices: {key}: expected a list of labels")
        return alternation(found, boundary=False)

    return NoticeWords(
        # ("V.2 Supplier: Tyne Valley Van Hire Ltd": a field's number may open its line.)
        # (A table's row header alone on its line, its value in the next cell:
        # "Awarded to | Kaltec Refrigeration Ltd" read as lines.)
        winner=re.compile(
            r"(?:^|(?<=[\n.;]))[ \t]*(?:(?:[IVX]+|\d+)(?:\.\d+)*\.?[ \t]+)?(?:" + labels("winner_labels") + r")(?:[ \t]*:[ \t]*|[ \t]*\n\s*)",
            re.IGNORECASE | re.MULTILINE,
        ),
        buyer=re.compile(r"\b(?:" + labels("buyer_labels") + r")\b[ \t]*:?[ \t]*\n?[ \t]*", re.IGNORECASE),
        decided=re.compile(r"\b(?:" + labels("decision_labels") + r")(?:[ \t]*:[ \t]*|[ \t]*\n\s*)", re.IGNORECASE),
        # ("Lot 1: South Cumbria (Kendal, Windermere)" on a line of its own: what the lot is for, after its colon.)
        # ("Section V - Award of contract. Lot 1. V.2.1 ...": a lot may open a
        # sentence of a form written as one line, as a section's heading run in.)
        lot=re.compile(
            r"(?:^|(?<=\n)|(?<=\.[ ]))[ \t]*(?:" + labels("lot_labels") + r")[ \t]+\d+\b[^\n.:]*(?::[ \t]*[^\n.:]+(?=\n|$))?", re.IGNORECASE | re.MULTILINE
        ),
        lot_winner=re.compile(
            r"^[ \t]*(?:" + labels("lot_labels") + r")[ \t]+\d+\b[^\n.:]*:[ \t]*(?:(?:" + labels("winner_labels") + r")[ \t]+)?",
            re.IGNORECASE | re.MULTILINE,
        ),
        winner_label=re.compile(r"\b(?:" + labels("winner_labels") + r")\b", re.IGNORECASE),
        # ("Total value over five years: £2,550,000": the term may come between the label and its colon.)
        # (The label opens its field, maybe after a word or two of it
        # ("Estimated monthly value:"): at the line's start, after a mark or a
        # field's number; never "which gave the value of
        # Lot 2 in error as £2.8 million", a sentence about a value.)
        value=re.compile(
            r"(?:^|(?<=[\n.;:|(*])|(?<=\d))[ \t]*(?:[A-Za-z]+[ \t]+){0,2}\b(?:" + labels("value_labels")
            + r")\b(?:[ \t]+(?:over|for|of)[ \t]+[^\n:]{1,40}?)?[ \t]*(?::|of|at)?[ \t]*(?:about|around|approximately|up\s+to)?\s*$",
            re.IGNORECASE,
        ),
    )


class NoticeDeal(NamedTuple):
    start: int  # the winner's field, as offsets in the document
    end: int
    winner: Mention  # offsets in the document
    buyer: Mention
    lot: str | None  # the lot's label, when the notice has several
    section: tuple[int, int]  # the text of the winner's lot (or the whole notice): where its term and dates are told


def notice_deals(text: str, mentions: Sequence[Mention], words: NoticeWords, suffixes: frozenset[str] = frozenset()) -> list[NoticeDeal]:
    """The deals an award notice's winner fields credit (``mentions``: the
    document's names, offsets in ``text``); none when the text names no buyer.
    A name right after a lot's colon, with no winner's label, is its winner
    only when written with a company's legal suffix (``suffixes``): "Lot 2
    (emergency cover): Hazelcombe Tree Services Ltd", never "Lot 1: Norfolk
    depots"."""
    winners = sorted([*words.winner.finditer(text), *words.lot_winner.finditer(text)], key=lambda m: m.end())
    if not winners:
        return []
    named = sorted((m for m in mentions if m.type in _PARTIES and not m.demonym), key=lambda m: m.start)
    buyer = None
    for label in words.buyer.finditer(text):
        buyer = next((m for m in named if label.end() <= m.start <= label.end() + _BUYER_REACH), None)
        if buyer is not None:
            break
    if buyer is None:
        # "CONTRACT AWARD NOTICE / Lakes and Bay Integrated Care Board: Urgent
        # Dental Care Services": with no buyer's label, the body that heads
        # the notice, named on its first lines before any lot or winner.
        header_end = min([_HEADER_REACH, winners[0].start(), *(m.start() for m in words.lot.finditer(text, 0, _HEADER_REACH))])
        buyer = next((m for m in named if m.start < header_end and m.type == "organisation"), None)
    if buyer is None:
        return []
    lots = list(words.lot.finditer(text))
    found = []
    for field in winners:
        winner = next((m for m in named if m.start == field.end()), None)
        if winner is None or winner.name == buyer.name or any(f.end == winner.end for f in found):
            continue
        if field.re is words.lot_winner and words.winner_label.search(field.group(0)) is None:
            last = winner.surface.split()[-1].rstrip(".,") if winner.surface.split() else ""
            if last not in suffixes and last + "." not in suffixes:
                continue
        lot = next((m for m in reversed(lots) if m.start() <= field.start()), None) if len(lots) > 1 else None
        if lot is not None:
            after = next((m.start() for m in lots if m.start() > lot.start()), len(text))
            section = (lot.start(), after)
        else:
            section = (0, len(text))
        found.append(NoticeDeal(field.start() + len(field.group(0)) - len(field.group(0).lstrip()), winner.end, winner, buyer,
                                " ".join(lot.group(0).split()) if lot is not None else None, section))
    return found


# A term told in a notice: "over four years", "Duration: four years", "duration 48 months".
_TERM = re.compile(r"\b(?:over|for|duration:?|term:?)\s+(?P<n>\d{1,3}|[a-z]+)[\s-]+(?P<unit>years?|months?)\b", re.IGNORECASE)


def notice_term(text: str, section: tuple[int, int], numbers: Mapping[str, int]) -> int | None:
    """The term in years a notice's section (else the notice) gives its deal."""
    for start, end in (section, (0, len(text))):
        for match in _TERM.finditer(text, start, end):
            raw = match.group("n")
            count = int(raw) if raw.isdigit() else numbers.get(raw.casefold())
            if count is None:
                continue
            if match.group("unit").casefold().startswith("month"):
                if count % 12:
                    continue
                count //= 12
            return count
    return None


def decision_date_at(text: str, section: tuple[int, int], words: NoticeWords) -> int | None:
    """Where the award decision's date of a notice's section (else the notice) starts."""
    for start, end in (section, (0, len(text))):
        label = words.decided.search(text, start, end)
        if label is not None:
            return label.end()
    return None


# A figure and what may follow it before a bracket restating it: "£7,560,000 excluding VAT over four years (".
_BEFORE_A_BRACKETED_VALUE = re.compile(r"\d[\d,.]*\s*(?:[mk]|bn|million|billion)?\b[^()\d]{0,60}$")


def _value_end(text: str) -> int:
    """Where the first figure of ``text`` starts (the label is before it)."""
    found = _FIRST_FIGURE.search(text)
    return found.start() if found else len(text)


_FIRST_FIGURE = re.compile(r"[£$€]?\s?\d")


# How far before a figure its value label may end ("Contract value: £7,560,000").
_VALUE_REACH = 80  # a label and its words before its figure ("V.2.4 Total value of the contract/lot (excluding VAT): ")


# A value label's word for a rate: "Annual value:", "Estimated monthly value:".
_RATE_IN_LABEL = re.compile(r"\b(?P<rate>annual|yearly|monthly|weekly)\b|\bper\s+(?P<per>year|annum|month|week)\b", re.IGNORECASE)
_RATE_UNITS = {"annual": "year", "yearly": "year", "annum": "year", "year": "year", "monthly": "month", "month": "month", "weekly": "week", "week": "week"}


def value_rate(text: str, figure_start: int) -> str | None:
    """The period a value's label says it is per ("Annual value:": year), if any."""
    line_start = text.rfind("\n", 0, figure_start) + 1
    label = text[max(line_start, figure_start - _VALUE_REACH) : figure_start]
    found = None
    for match in _RATE_IN_LABEL.finditer(label):
        found = match
    if found is None:
        return None
    return _RATE_UNITS[(found.group("rate") or found.group("per")).casefold()]


def value_field(text: str, figure_start: int, words: NoticeWords) -> bool:
    """Whether the figure at ``figure_start`` is a value a notice's label
    gives on its line: "Contract value: £7,560,000", "Value: £420,000 a year;
    total value £1,260,000"."""
    line_start = text.rfind("\n", 0, figure_start) + 1
    if not text[line_start:figure_start].strip():
        # "Contract value | £2,400,000": a table's row header, its figure in
        # the next cell, read as a line of its own after the label's.
        label_end = len(text[:line_start].rstrip())
        label_start = text.rfind("\n", 0, label_end) + 1
        if label_end > label_start and figure_start - label_start <= _VALUE_REACH + 40:
            line_start = label_start
    reach = text[max(line_start, figure_start - _VALUE_REACH) : figure_start]
    if words.value.search(reach) is not None:
        return True
    # "Contract value: £7,560,000 over four years (£1,890,000 a year)": the
    # same value in other terms, in brackets after it.
    line = text[line_start:figure_start]
    opened = line.rfind("(")
    return opened > line.rfind(")") and _BEFORE_A_BRACKETED_VALUE.search(line[:opened]) is not None and words.value.search(line[: _value_end(line[:opened])]) is not None
