"""When a claim holds: read from its sentence, its section, or the document.

An explicit year in the claim's own sentence wins. Otherwise a year that
heads the section (a heading with a year, or a lead such as ``In 2024, ...``)
dates everything under it until the next heading. Otherwise the document's
stated present (``As of 2026, ...``), its front-matter date, or a single year
in its title.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Mapping, NamedTuple, Sequence

from auditor.extract.dates import PERIOD_LABEL_BEFORE_YEAR, DateMatch
from auditor.extract.nearby import APPOSITIVE_STILL_OPEN, NAME_ENDS_HERE
from auditor.model import Document, TimeRef, TimeSource

_AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|up\s+to)\s+$", re.IGNORECASE)
_AS_OF_WINDOW = 30
# What may stand between "as of" and the year: "the end of", "March", "March 5,".
_MONTH_OR_PART_BEFORE_YEAR = re.compile(
    r"(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)$"
)
_LEAD = re.compile(
    # (Not "since": "Since 1994 we have looked after ..." tells of all the
    # years from then, and what follows it of the present.)
    r"^(?:[-*\u2022]\s*)?(?:in|during|throughout|through|for|by\s+the\s+end\s+of)\s+"
    r"(?:(?:early|mid|late|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+course\s+of)[-\s]+)?"
    r"(?:[A-Z][a-z]+\.?\s+)?$",
    re.IGNORECASE,
)


class SentenceDates(NamedTuple):
    """The dates of one sentence, offsets relative to the sentence."""

    sentence_start: int
    sentence_text: str
    section: int
    is_heading: bool
    dates: tuple[DateMatch, ...]
    block: int = -1  # the paragraph, list item or table cell the sentence is in
    item: bool = False  # whether that block is an item that opens on a lead-in ("- **The club.** ...")


def is_as_of(text: str, date: DateMatch) -> bool:
    """``As of 2024`` / ``as at March 2026``: the writer's stated present."""
    window = text[max(0, date.start - _AS_OF_WINDOW) : date.start]
    # Allow a month or "the end of" between the cue and the year.
    window = _MONTH_OR_PART_BEFORE_YEAR.sub("", window)
    return bool(_AS_OF.search(window))


def is_section_lead(text: str, date: DateMatch) -> bool:
    """``In 2024, ...`` opening a sentence dates what follows it."""
    return bool(_LEAD.match(text[: date.start]))


def time_ref(date: DateMatch, source: TimeSource, offset: int) -> TimeRef:
    return TimeRef(
        year=date.year,
        month=date.month,
        day=date.day,
        precision=precision_of(date),
        source=source,
        text=date.text,
        start=offset + date.start,
        end=offset + date.end,
    )


def precision_of(date: DateMatch) -> str | None:
    """How much of a date was written, as ``TimeRef.precision`` says it."""
    return date.precision if date.precision in ("year", "quarter", "month", "day") else None


def single(dates: Sequence[DateMatch]) -> DateMatch | None:
    """The one point date of a text, or None when it names none or several years."""
    points = [d for d in dates if d.precision != "range"]
    years = {d.year for d in points}
    return points[0] if len(years) == 1 else None


def stated_present(document: Document, sentences: Sequence[SentenceDates]) -> TimeRef | None:
    """The document's own "now": its first ``As of`` date, else its front-matter date."""
    for sentence in sentences:
        for date in sentence.dates:
            if date.precision != "range" and is_as_of(sentence.sentence_text, date):
                return time_ref(date, "document", sentence.sentence_start)
    if document.date is not None:
        return TimeRef(
            year=document.date.year,
            month=document.date.month,
            day=document.date.day,
            precision="day",
            source="metadata",
            text=document.date.isoformat(),
        )
    return None


def document_default(
    document: Document, sentences: Sequence[SentenceDates], dateline: dt.date | None = None, title: Sequence[SentenceDates] | None = None
) -> TimeRef | None:
    """The date a claim takes when nothing nearer dates it: the document's
    stated present, its date, a year in its title (``title``: its opening
    headings, see ``title_lines``; by default its first heading), else its
    dateline's date."""
    present = stated_present(document, sentences)
    if present is not None:
        return present
    if title is None:
        title = [s for s in sentences if s.is_heading and s.section == 0][:1]
    title_time = _title_date(title)
    if title_time is not None:
        return title_time
    if dateline is not None:
        # "April 27, 2005 Boeing has secured ...": when the story was filed.
        return TimeRef(year=dateline.year, month=dateline.month, day=dateline.day, precision="day", source="metadata", text=dateline.isoformat())
    return None


def _title_date(title: Sequence[SentenceDates]) -> TimeRef | None:
    """The one date of the document's title (or of the subtitle under it)."""
    for heading in title:
        date = single(heading.dates)
        if date is not None:
            return _title_time(heading, date)
    return None


def title_lines(sentences: Sequence[SentenceDates]) -> list[SentenceDates]:
    """The title and the subtitle straight under it ("Norbrook Ceramics plc"
    / "Final results for the year ended 30 April 2025"): the headings
    a document opens with, before any text, at most two (``sentences``: all
    the document's sentences, in order)."""
    opening: list[SentenceDates] = []
    for sentence in sentences[:2]:
        if not sentence.is_heading or sentence.section > 1:
            break
        opening.append(sentence)
    return opening


# "Final results for the year ended 30 April 2025": the financial year it closes.
_YEAR_CLOSED_BY = re.compile(r"\b(?:financial\s+|fiscal\s+)?year\s+(?:ended|ending|to)\s+$", re.IGNORECASE)


def _title_time(heading: SentenceDates, date: DateMatch) -> TimeRef:
    """The time a title's date gives its document: a year's end date ("for
    the year ended 30 April 2025") gives the year it closes, reported on as a
    whole, not that one day."""
    if date.month is not None and _YEAR_CLOSED_BY.search(heading.sentence_text, 0, date.start):
        return TimeRef(year=date.year, precision="year", source="document", text=date.text,
                       start=heading.sentence_start + date.start, end=heading.sentence_start + date.end)  # fmt: skip
    return time_ref(date, "document", heading.sentence_start)


def _month_without_year(date: DateMatch) -> bool:
    """"In December, ...": a month whose year the story's date supplies
    dates its own sentence, not the rest of the section."""
    return date.precision == "month" and not any(ch.isdigit() for ch in date.text)


# A place and a comma before a day's date on a line of its own ("Reading, ").
_PLACE_AND_DAY = re.compile(r"\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3},\s+")
# A season right before a title's year: an issue's date ("autumn 2025"), not a period reported on.
_ISSUE_SEASON_BEFORE = re.compile(r"\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+$")


# A message's header field before its day: "Sent: Tuesday 14 January 2025".
_MESSAGE_SENT_BEFORE = re.compile(r"\b(?:Sent|Date)\s*:\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$")


# A preposition that makes a heading's date a bound of time, not the period
# its section tells of: "lowest level since 1982", "Open until 2026".
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|before)\s+$", re.IGNORECASE)


def section_dates(
    sentences: Sequence[SentenceDates], title: Sequence[SentenceDates] = (), present: re.Pattern[str] | None = None
) -> dict[int, TimeRef]:
    """For each sentence index (into ``sentences``), the date its section gives it.

    A heading with one year dates its section; a sentence opening with a
    temporal lead (``In 2024, ...``) dates the rest of its section from there.
    A title's day ("Continental News Service - 4 March 2025, 11:07 CET",
    ``title``: the opening headings) stamps when the story was written, as a
    dateline does: it is the document's date (weak), not what its section
    tells of, so "which runs fewer than 120 coaches" is not held to 2025 as
    firmly as "Annual review 2024" holds its fleet to 2024.

    A sentence that opens on the present (``present``: "Today Coastline's
    four stations reach 310,000 listeners") tells of the document's own time,
    whatever year the section's lead told before it.
    """
    stamps = {
        t.sentence_start for t in title
        if (d := single(t.dates)) is not None
        and (
            (
                d.precision == "day" and not _YEAR_CLOSED_BY.search(t.sentence_text, 0, d.start)
                # ("From: Gemma Radcliffe | Sent: Tuesday 14 January 2025": a
                # message's own header dates the message under it, as a heading does.)
                and not _MESSAGE_SENT_BEFORE.search(t.sentence_text, max(0, d.start - 24), d.start)
            )
            # "Clearsign News, autumn 2025": the season of an issue, when it came out.
            or (d.precision == "year" and _ISSUE_SEASON_BEFORE.search(t.sentence_text, max(0, d.start - 12), d.start) is not None)
        )
    }
    # "Reading, 20 March 2025" on a line of its own under a letter's title:
    # where and when it was written, as a dateline says, no section's period.
    stamps |= {
        s.sentence_start for s in sentences
        if s.is_heading and (d := single(s.dates)) is not None and d.precision == "day" and _PLACE_AND_DAY.fullmatch(s.sentence_text[: d.start])
        and not s.sentence_text[d.end :].strip(" .")
    }
    running: dict[int, TimeRef] = {}
    current: TimeRef | None = None
    section = -1
    lead_block = -1
    asked: tuple[int, TimeRef] | None = None  # a question's block and the period it asks about
    # An item opening on a lead-in tells of its own topic: a year its lead
    # gives dates that item, and the items after it go back to the year
    # they had before ("- **Harlow & Finch.** In March 2024 we signed ..."
    # and "- **The club.** We now have 1,850 members").
    before_item: tuple[TimeRef | None, int] | None = None
    for index, sentence in enumerate(sentences):
        if sentence.section != section:
            section = sentence.section
            current = None
            before_item = None
        if before_item is not None and sentence.block != lead_block:
            current, lead_block = before_item
            before_item = None
        if sentence.is_heading:
            date = single(sentence.dates)
            if (
                date is not None and sentence.sentence_start not in stamps
                # ("Nikkei at lowest level since '82": a time before the section's, which it does not date.)
                and not _BOUND_BEFORE.search(sentence.sentence_text, max(0, date.start - 16), date.start)
            ):
                current = time_ref(date, "heading", sentence.sentence_start)
        else:
            if _ABOUT_LEAD.match(sentence.sentence_text):
                # "*About Lumenfield Solar: ... employs 190 people*" after an
                # outlook "For 2025/26": a boilerplate is of the document's own
                # time, whatever period the paragraphs above it led with.
                current = None
            elif (
                current is not None and current.source == "section" and sentence.block != lead_block
                and sentence.block != (sentences[index - 1].block if index else -1)
                and THIS_YEAR.search(sentence.sentence_text)
            ):
                # "First, the numbers for last year ..." and a paragraph on
                # that opens "Trading this year has been good": the letter's
                # own year again, not the year its paragraph before led with.
                current = None
            lead = next(
                (
                    d for d in sentence.dates
                    if d.precision != "range" and not _month_without_year(d) and is_section_lead(sentence.sentence_text, d)
                ),
                None,
            )
            if lead is not None:
                if sentence.item and before_item is None:
                    before_item = (current, lead_block)
                current = time_ref(lead, "section", sentence.sentence_start)
                lead_block = sentence.block
            elif current is not None and current.source == "section" and current.month is not None and sentence.block != lead_block:
                # "In January 2025 we signed a contract ..." tells of that
                # month in its paragraph; the paragraphs after it keep its
                # year only ("Our three plants ... wash 3.8 million pieces a week").
                current = current.model_copy(update={"month": None, "day": None, "precision": "year"})
        if current is not None and not (
            current.source == "section" and not sentence.dates and present is not None and present.match(sentence.sentence_text)
        ) and not (
            # "In 1971 a young vet ... screwed a brass plate to the door" and,
            # a paragraph on, "Our 31 vets ... work from six surgeries, and our
            # list has grown ... to 18,500 registered patients today", "The
            # firm now employs more than 60 people": a later paragraph's
            # sentence that says it tells of now is the document's own time,
            # and so is one of the lead's own paragraph that gives no date
            # ("In 2024 we bought Wetherall. The mill's thirty looms now weave ...").
            current.source == "section" and (sentence.block != lead_block or not sentence.dates) and _NOW_INSIDE.search(sentence.sentence_text)
        ) and not (
            # "HALCYON SHELLS REPORTS RECORD 2024" over '"We now employ 38
            # people"': a heading's year dates what its text reports, and a
            # sentence with no date of its own that says "now" tells of now.
            current.source == "heading" and current.precision == "year" and not sentence.dates and _NOW_INSIDE.search(sentence.sentence_text)
        ):
            running[index] = current
        if not sentence.is_heading and sentence.sentence_text.rstrip(" *_\"'\u201d").endswith("?"):
            # "How was the year to March?": the period a question asks about
            # dates the answer under it, as a heading would.
            date = single(sentence.dates)
            asked = (sentence.block, time_ref(date, "section", sentence.sentence_start)) if date is not None and date.precision != "range" else None
        elif asked is not None and sentence.block == asked[0] + 1:
            if not sentence.dates and (current is None or current.source != "section"):
                running[index] = asked[1]
        elif asked is not None and sentence.block > asked[0] + 1:
            asked = None
    return running


# Words inside a sentence that tell of the writer's now.
_NOW_INSIDE = re.compile(r"\b(?:now|today|currently|nowadays|these\s+days|at\s+present)\b", re.IGNORECASE)
# The document's own year told relatively.
THIS_YEAR = re.compile(r"\bthis\s+(?:year|season|financial\s+year)\b", re.IGNORECASE)
# A boilerplate's lead-in: "About Lumenfield Solar:", "*About us.*".
_ABOUT_LEAD = re.compile(r"[\s*_]*(?:About|ABOUT)\s+(?:us\b|[A-Z][^:.\n]{0,60}[:.])")
_LOOKS_BACK = re.compile(r"\b(?:earlier|ago|before|previously|prior)\b", re.IGNORECASE)
# "1.42 billion litres, up from 1.36 billion litres in 2023": what follows
# these words is the figure compared with, and its date is that figure's.
# After a figure, a clause of its own: "GBP 86 million, its biggest purchase
# A clause hung on a year by "when": "since 2015, when we charged £650".
_WHEN_CLAUSE_AFTER = re.compile(r",?\s+when\s+(?:it|he|she|they|we|its|their|the|[A-Z])")
# since it took over Brasserie Lavande in 2022", "... when Kelso bought it in 2019",
# "more than in any year since my parents started making jam in 1979".
_OWN_CLAUSE_AFTER = re.compile(
    r"\b(?:since|when|while)\s+(?:it|he|she|they|we|its|their|the|my|our|his|her|[A-Z])|\b(?:after|before|until)\s+(?:it|he|she|they|we)\b"
)
_RELATIVE_AFTER = re.compile(r",\s+(?:which|that|who)\b")
# An amount the figure reader need not have read ("the 2.1 million it recorded").
_AMOUNT_WORDS = re.compile(r"\b\d[\d,.]*\s+(?:million|billion|thousand|trillion|bn|m)\b|\b\d{1,3}(?:,\d{3})+\b")
# A change's starting figure and its year, then where it went: "from 11,200
# in 2015 to 18,500" (the starting figure may be a bare number, no figure of its own).
_FROM_A_NUMBER_IN = re.compile(r"\bfrom\s+(?:about\s+|around\s+|just\s+)?[$\u00a3\u20ac]?\d[\d,.]*(?:\s*[a-z]+){0,2}\s+in\s+(?:the\s+)?$")
_TO_AFTER_A_DATE = re.compile(r",?\s+to\s")
# Between a figure and the year its phrase closes on: "EUR 386 million in 2023".
_IN_BETWEEN = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?:year\s+)?")
# ("from a restated EUR 267.4 million in 2023": a word or two may say how the figure compared with was reworked.)
_FROM_BETWEEN = re.compile(r"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:a\s+|an\s+)?(?:[a-z][\w-]*\s+){0,2}?\S*$")
_COMPARED_WITH = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|increased|decreased|climbing|dropping)"
    r"(?:\s+(?:by\s+)?(?:some\s+|about\s+)?[\d.,]+\s*(?:%|per\s*cent|percent))?\s+from\b|\bcompared\s+(?:with|to)\b"
    # The change's base, told after "on", "over" or "from", right after the
    # change or a few words on: "up 9% on the first half of last year", "up
    # 9% in Danish kroner and 7% in local currencies from the first half of 2024".
    r"|\b(?:up|down)\s+(?:by\s+)?(?:some\s+|about\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)[^.;:]{0,60}?\s(?:on|over|from)\b"
    # The year before's figure in brackets, a report's way: "£3.42 million (2023: £2.87 million)".
    # (Its colon may close the clause read: "$" is where the search stops.)
    r"|\((?=\s*(?:19|20)\d\d(?:\s*:|$))"
    r"|\b(?:against|versus)\b|\bvs\b",
    re.IGNORECASE,
)
def year_after_its_base(
    text: str, dates: Sequence[DateMatch], figure_end: int, clause_end: int, previous: Sequence[DateMatch]
) -> DateMatch | None:
    """The year a figure is of when its sentence dates only the figure it is
    compared with ("delivered 212,000 hours ..., up from 190,500 in 2023")
    and the sentence before it in its paragraph names the year after that
    one ("... who booked with us in 2024."): that year's date, else None."""
    compared = _COMPARED_WITH.search(text, figure_end, clause_end)
    if compared is None or _AMOUNT_WORDS.search(text, figure_end, compared.start()):
        return None
    base = [d for d in dates if compared.end() <= d.start < clause_end and d.precision == "year"]
    if len(base) != 1 or any(d.start < compared.end() for d in dates if d.precision != "range"):
        return None
    following = [d for d in previous if d.year == base[0].year + 1 and d.precision == "year"]
    return following[0] if len(following) == 1 else None


_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)|['\u2019]s)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+([a-z][\w-]*)")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\s")
_DECADE = re.compile(r"(?:\w+\s+)?\d{3}0")  # "the early 1990's": a decade, no possessive
_POSSESSIVE_REACH = 40  # "'s underlying pre-tax revenue of ": what a figure right after the noun phrase is


def _dates_another_noun(text: str, date: DateMatch, measure_nouns: Mapping[str, object]) -> bool:
    """"to comply with the 2004 ruling": a year between a determiner and a noun
    dates that noun; it dates the figure only when the noun names what the
    figure measures ("its 2025 revenue")."""
    if date.month is not None or not _DETERMINER_BEFORE.search(text, max(0, date.start - 12), date.start):
        return False
    if date.text.casefold().startswith(_FINANCIAL_YEAR_OPENINGS):
        return False  # "moulded 9 million crates in the year to August and ...": the figure's year, no noun's
    if date.text.casefold().startswith(_PART_OF_A_YEAR_OPENINGS):
        return False  # "At the end of 2024 we had 452 employees": "the" is the end's, no noun's
    noun = _NOUN_AFTER.match(text, date.end)
    # "in the 2024-25 campaign": a period the figure is of, not another noun's date.
    return noun is not None and noun.group(1).casefold() not in measure_nouns and noun.group(1).casefold() not in _PERIOD_NOUNS


# ("in the 2024 financial year", "its 2025 fiscal year": the year the figure is of.)
# A date that opens on the part of the year it is ("end of 2024"): its own "the".
_PART_OF_A_YEAR_OPENINGS = ("end of", "start of", "beginning of", "middle of", "close of", "turn of")
# How a financial year told by the month it ends opens: "year to January", "twelve months ended June".
_FINANCIAL_YEAR_OPENINGS = ("year ", "twelve months", "12 months", "financial year", "fiscal year")
_PERIOD_NOUNS = frozenset({
    "campaign", "campaigns", "season", "seasons", "harvest", "financial", "fiscal", "accounting", "reporting",
    "trading", "calendar", "academic", "school", "crop", "marketing", "year",
    # the seasons a ski area's or a resort's year is told by ("in the 2023/24 winter")
    "winter", "summer", "spring", "autumn", "fall", "ski", "sailing", "tourist", "holiday", "festival",
})


# A date right after another figure, as the day that figure stands at: "to EUR 233 million at 31 March".
_AT_ITS_DATE = re.compile(r"\s+(?:at|on|as\s+(?:at|of))\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?")
# ", which operates 84 vessels," / ", who joined in 2019,": a relative clause set off by commas.
# (", the second of which opened in March 2019": a relative clause on one of several.)
_RELATIVE_OPENING = re.compile(r",\s+(?:(?:the\s+\w+|one|both|all|each|some|most|many|two|three)\s+of\s+)?(?:which|who|whom)\s+")


def _appositive_around(text: str, start: int, end: int, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The appositive a figure stands in, set off by commas after a name
    ("Cerezas Garganta, a cooperative of 640 growers in Spain's Jerte valley,
    for fruit picked in May"): its own dates only date the figure."""
    opening = APPOSITIVE_STILL_OPEN.search(text, max(clause[0], start - 80), start)
    if opening is None or not NAME_ENDS_HERE.search(text, max(0, opening.start() - 40), opening.start()):
        return None
    close = text.find(",", end, clause[1])
    return (opening.start(), close) if close >= 0 else None



def _relative_clause_around(text: str, start: int, end: int, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a relative clause set off by commas that holds the figure, if any."""
    opening = None
    for match in _RELATIVE_OPENING.finditer(text, clause[0], start):
        opening = match
    if opening is None or "," in text[opening.end() : start]:
        return None
    close = text.find(",", end, clause[1])
    if close < 0:
        return None
    return opening.start(), close


def _in_a_relative_clause_after(text: str, figure_end: int, date_start: int, clause: tuple[int, int]) -> bool:
    """Whether a date after a figure stands in a relative clause opened after
    the figure (", which it opened in 2021"), with no comma between its
    opening and the date: that clause's date, not the figure's."""
    opening = None
    for match in _RELATIVE_OPENING.finditer(text, figure_end, date_start):
        opening = match
    return opening is not None and "," not in text[opening.end() : date_start]


def _in_a_relative_clause_before(text: str, date: DateMatch, figure_start: int, clause: tuple[int, int]) -> bool:
    """Whether a date before a figure stands in a relative clause or an
    appositive set off by commas and closed before the figure ("Vestby Mills,
    which Orkla bought in 2020, sold 14,000 tonnes in 2023", "Paperwren, the
    business we bought in 2021, grew revenue"): the aside's date, not the
    figure's."""
    opening = None
    for match in _ASIDE_OPENING.finditer(text, clause[0], date.start):
        opening = match
    if opening is None or "," in text[opening.end() : date.start]:
        return False
    close = text.find(",", date.end, figure_start)
    return close >= 0


# ", which Orkla bought in 2020,", ", the card business we bought in 2021,":
# a relative clause or an appositive set off by commas.
# Past participles of deeds done to a thing, which open an aside about it
# (", set up by Helen Brackenbury in 2009,", ", bought from a showman in 2016").
_DEED_PARTICIPLES = (
    r"(?:set\s+up|founded|established|started|bought|acquired|purchased|owned|run|built|installed|opened|launched"
    r"|inherited|commissioned|restored|imported)"
)
# (", set up by Helen Brackenbury on her family's orchards in 2009,": a
# participle's aside about the subject, as a relative clause is.)
_ASIDE_OPENING = re.compile(r",\s+(?:which|who|the|a|an|" + _DEED_PARTICIPLES + r"\s+(?:by|in|from|as)\b)\s+")


# A join and a verb of its own between two figures: the second one's clause.
_ANOTHER_DEED_BEFORE = re.compile(
    # ("runs more than 40 vans and forecasts £9.5m of turnover for 2025/26": a forecast of its own.)
    # ("now employs 74 staff and built 236 horseboxes last year": a past of its own.)
    r"\band\s+(?:also\s+)?(?:had|has|have|made|makes|sold|sells|employs|employed|posted|reported|booked|[a-z]{3,}ed"
    r"|built|won|grew|ran|took|bought|paid|spent|raised|brought|sent|led|kept|held|saw|did|drew|cut"
    r"|forecasts|expects|plans|targets|projects|estimates|predicts)\b", re.IGNORECASE
)
# A join and a verb in the present right after it: "... in 2024 and employs", "..., and now has"
# ("opened its academy in 2017 and now employs 455 people": "now" says so whatever the date closed).
_NOW_AFTER_A_JOIN = re.compile(
    r"\s*,?\s+and\s+(?:(?P<now>now\s+|still\s+|currently\s+|today\s+)?(?:employs|has|have|operates|runs|owns|counts|serves|sells|makes|is|are)\b"
    # ("moved its winter quarters to Driffield in 2016 and now tours with a
    # company of 64": any verb the clause says is of now.)
    r"|(?P<now_any>now|still|currently|today)\s+[a-z]+s\b)",
    re.IGNORECASE,
)
# Between a count that is its sentence's subject and the figure its verb
# tells: "[710 employees] worked more than [1.4 million hours]".
_VERB_OF_THE_SUBJECT = re.compile(
    r"\s+(?:[a-z]{3,}ed|made|did|took|sold|spent|won|built|ran|flew|drove|gave|served|caught|grew|taught|saw|wrote)"
    r"\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|some\s+|a\s+record\s+)?"
)
# A verb in the past tense, then a few words of its phrase and the
# preposition before its date: "floated on AIM in ", "moved to Bude in ".
_PAST_DEED_BEFORE_ITS_DATE = re.compile(
    r"\b(?:which|who|that|it|they|we|he|she)\s+(?:[a-z]{3,}ed|was|were|had|began|became|bought|sold|took|won|built|set\s+up)"
    r"(?:\s+[\w'-]+){0,4}?\s+(?:in|during|since)\s+$"
)
# Between a figure and a date of its own phrase: a few words, no join
# ("EUR 26 million Series A in 2022", "USD 4m for the year to 2024"), or
# nothing at all ("turned over £46.3m last year and completed its £7.2m
# takeover in February").
_OWNS_THE_DATE = re.compile(r"(?:\s+[\w'-]+){0,4}?\s+(?:in|during|for|of)\s+(?:the\s+year\s+|fiscal\s+|financial\s+)?|\s+", re.IGNORECASE)


# After a figure, the cause of it told with its own date: "helped by a fare
# rise in January", "thanks to the acquisition in May", "due to a strike in June".
_CAUSE_BETWEEN = re.compile(
    r"\b(?:helped|driven|boosted|lifted|hit|hurt|held\s+back|weighed\s+down|dragged\s+down)\s+by\b|\bthanks\s+to\b|\bbecause\s+of\b"
    # ("due to a strike in June"; "due to reach full output in 2027" is when, no cause)
    r"|\bdue\s+to\s+(?:a|an|the|its|their|higher|lower|strong|weak|poor)\b",
    re.IGNORECASE,
)


# A past participle opening an aside (", bought from a Dutch showman in"),
# or a clause whose pronoun does a deed to the noun before it ("a wheel we
# bought in"), with no comma before the date.
# (Deeds done to a thing only: ", reached ten percent last December" after
# a subject's aside is the sentence's own verb.)
_DEED_ASIDE = re.compile(
    r",\s+" + _DEED_PARTICIPLES + r"\s+(?:from|by|in|at|for|new|second-hand)\b[^,]*$"
    r"|\b(?:we|it|they|he|she)\s+(?:had\s+|have\s+|has\s+)?(?:bought|acquired|purchased|built|installed|opened|launched|inherited|restored)\b[^,]*$"
)
# A conjunct of its own one-off deed after the figure: "teaches 14,200
# pupils a week and opened in Nottingham in 2018".
_DEED_CONJUNCT = re.compile(
    r"\s(?:and|but)\s+(?:later\s+|then\s+|first\s+)?(?:opened|launched|moved|relocated|was\s+founded|was\s+set\s+up|set\s+up|listed|floated"
    # ("operates 27 day nurseries ... and proposes to open the Oakham nursery in early 2026": a plan's date.)
    r"|(?:proposes|plans|intends|expects|aims|hopes|wants)\s+to\s+[a-z]+)\b[^,;]*$"
)
# Words between a figure and an aside that tell of another noun ("23 rides, from a carousel to our wheel Aurora").
_ASIDE_WORDS = 2


def _another_deed_between(text: str, end: int, date_start: int) -> bool:
    """Whether a date after a figure belongs to a deed an aside tells of
    another noun than the figure's ("Today we operate 23 rides, from a
    carousel to our Ferris wheel, bought from a Dutch showman in 2016";
    "40 rides, including a wheel we bought in 2016"); not a participle right
    after the figure's own noun ("a EUR 5 million round, raised in 2021")."""
    if _DEED_CONJUNCT.search(text, end, date_start):
        return True
    aside = _DEED_ASIDE.search(text, end, date_start)
    if aside is None:
        return False
    return len(text[end : aside.start()].split()) >= _ASIDE_WORDS


def sentence_date(
    dates: Sequence[DateMatch],
    start: int,
    end: int,
    clause: tuple[int, int],
    sentence_start: int,
    sentence_text: str,
    blocked: Callable[[str, int, int, int], object] | None = None,
    measure_nouns: Mapping[str, object] | None = None,
    other_figures: Sequence[tuple[int, int]] = (),
) -> TimeRef | None:
    """The date written in a figure's own clause nearest to it.

    A stated present (``As of``) is the writer's now, not the time of the
    figure; a date that ``blocked`` says stands after a phrase such as
    "since 2019", "founded in 1989" or "by 2027" (it is called with the
    text, the earliest offset to look at, and the date's start and end)
    dates something else. A date in another clause of the sentence dates
    that clause, not this figure.
    """
    best: tuple[int, DateMatch] | None = None
    first_after: DateMatch | None = None  # the first date after the figure that may date it
    relative_clause = _relative_clause_around(sentence_text, start, end, clause) or _appositive_around(sentence_text, start, end, clause)
    for date in dates:
        if date.precision == "range" or is_as_of(sentence_text, date):
            continue
        if not clause[0] <= date.start < clause[1]:
            continue
        if relative_clause is not None and not relative_clause[0] <= date.start < relative_clause[1]:
            continue  # "The carrier, which operates 84 vessels, moved ... last year": the main clause's date
        if relative_clause is None and date.start >= end and _in_a_relative_clause_after(sentence_text, end, date.start, clause):
            continue  # "210 staff work at its plant in Leeds, which it opened in 2021": the plant's date
        if relative_clause is None and date.end <= start and _in_a_relative_clause_before(sentence_text, date, start, clause):
            continue  # "Vestby Mills, which Orkla bought in 2020, sold 14,000 tonnes": the purchase's date
        if (
            blocked is not None and blocked(sentence_text, max(clause[0], date.start - 40), date.start, date.end)
            # "prices have gone up since 2015, when we charged £650": the
            # clause that "when" hangs on the year happens in that year.
            and not (date.end <= start and (when := _WHEN_CLAUSE_AFTER.match(sentence_text, date.end)) is not None and "," not in sentence_text[when.end() : start])
        ):
            continue
        if measure_nouns is not None and _dates_another_noun(sentence_text, date, measure_nouns):
            continue
        if (
            _POSSESSIVE_AFTER.match(sentence_text, date.end)
            and not _DECADE.fullmatch(date.text)
            and not 0 <= start - date.end <= _POSSESSIVE_REACH
        ):
            # "six times next year's earnings": a year's possessive dates its
            # own noun phrase ("last year's revenue of $5bn"), not the sentence.
            continue
        if _LOOKS_BACK.search(date.text) and not (end <= date.start <= end + 12):
            continue  # "up from 4.9 million a year earlier": the earlier figure's date, not this one's
        if date.start >= end and _COMPARED_WITH.search(sentence_text, end, date.start):
            continue  # "..., up from 1.36 billion litres in 2023": the compared figure's date
        relative = _RELATIVE_AFTER.search(sentence_text, end, date.start) if date.start >= end else None
        if relative is not None and (
            any(end <= s and e <= date.start for s, e in other_figures)
            or _AMOUNT_WORDS.search(sentence_text, relative.end(), date.start)
        ):
            # "EUR 794m, which puts it on course to beat the EUR 1,460m it
            # booked for 2024", "..., beating the 2.1 million it recorded in
            # the whole of 2024": the other figure's year.
            continue
        if date.start >= end and any(
            end <= s and e <= date.start and _FROM_BETWEEN.search(sentence_text, end, s) for s, e in other_figures
        ):
            continue  # "rose to EUR 742 million from EUR 668 million in 2023": the earlier figure's year
        if date.end <= start and any(
            e <= date.start and _IN_BETWEEN.fullmatch(sentence_text, e, date.start) and _FROM_BETWEEN.search(sentence_text, max(0, s - 30), s)
            for s, e in other_figures
        ):
            # "to EUR 418 million, from EUR 386 million in 2023, as occupancy
            # stayed above 90%": the year closes the earlier figure's phrase.
            continue
        if date.end <= start and _TO_AFTER_A_DATE.match(sentence_text, date.end) and _FROM_A_NUMBER_IN.search(sentence_text, max(0, date.start - 40), date.start):
            continue  # "our list has grown from 11,200 in 2015 to 18,500 registered patients today": the start's year
        if date.start >= end and any(
            end <= s and e <= date.start and _AT_ITS_DATE.fullmatch(sentence_text, e, date.start) for s, e in other_figures
        ):
            continue  # "EUR 468 million ..., lifting the order book to EUR 233 million at 31 March": the order book's date
        if date.start >= end and any(
            end <= s and e <= date.start and _ANOTHER_DEED_BEFORE.search(sentence_text, end, s) and _OWNS_THE_DATE.fullmatch(sentence_text, e, date.start)
            for s, e in other_figures
        ):
            continue  # "employs 340 people at its mill and had revenue of GBP 41 million in 2024": the revenue's year
        if date.start >= end and any(
            end <= s and e <= date.start and _VERB_OF_THE_SUBJECT.fullmatch(sentence_text, end, s) and _OWNS_THE_DATE.fullmatch(sentence_text, e, date.start)
            for s, e in other_figures
        ):
            continue  # "Our 710 employees worked more than 1.4 million hours last year": the hours' year, not the staff's
        if date.start >= end and _OWN_CLAUSE_AFTER.search(sentence_text, end, date.start):
            continue  # "..., its biggest purchase since it took over Lavande in 2022": that clause's date
        if date.start >= end and _another_deed_between(sentence_text, end, date.start):
            continue  # "23 rides, from a carousel to our wheel, bought from a showman in 2016": the purchase's date
        if date.start >= end and _SOURCE_BETWEEN.search(sentence_text, end, date.start):
            continue  # "paid £1.8m, according to accounts it filed last month": when the source told it
        if date.start >= end and _CAUSE_BETWEEN.search(sentence_text, end, date.start):
            continue  # "rose 5.9% to CHF 30.6 million, helped by a fare rise in January": the cause's date
        if date.start >= end and _BRACKET_LABEL.fullmatch(sentence_text, end, date.start) and sentence_text[date.end : date.end + 1] == ":":
            continue  # "167 million (2023: 158 million)": the year labels the figure in brackets
        distance = date.start - end if date.start >= end else start - date.end
        if date.start >= end and (first_after is None or date.start < first_after.start):
            first_after = date
        if best is None or abs(distance) < best[0]:
            best = (abs(distance), date)
    if (
        best is not None
        and first_after is None
        and best[1].end <= start
        and (joined := _NOW_AFTER_A_JOIN.match(sentence_text, best[1].end, start)) is not None
        and (
            joined.group("now") is not None or joined.group("now_any") is not None
            or any(e <= best[1].start and _OWNS_THE_DATE.fullmatch(sentence_text, e, best[1].start) for s, e in other_figures)
            # ("which floated on AIM in 2019 and operates 104 hearing
            # centres": the year closes a deed told in the past; the verb
            # joined after it in the present tells of now.)
            or _PAST_DEED_BEFORE_ITS_DATE.search(sentence_text, max(0, best[1].start - 60), best[1].start) is not None
        )
    ):
        # "had revenue of EUR 872 million in 2024 and employs 4,900 people":
        # the year closes the earlier figure's phrase; the clause joined
        # after it tells of now, dated by the story.
        return None
    if (
        best is not None
        and first_after is not None
        and best[1].end <= start
        and any(e <= best[1].start and _OWNS_THE_DATE.fullmatch(sentence_text, e, best[1].start) for s, e in other_figures)
    ):
        # "its EUR 26m Series A in 2022 and a EUR 40m Series B in June": the
        # year closes the earlier figure's phrase; the figure's own date follows it.
        best = (0, first_after)
    return time_ref(best[1], "sentence", sentence_start) if best else None


# A source named after a figure: "..., according to accounts it filed last
# month", "as reported in its filing in March".
_SOURCE_BETWEEN = re.compile(r"\b(?:according\s+to|as\s+(?:reported|shown|disclosed|stated)\s+in|citing)\b", re.IGNORECASE)


# "167 million (2023: 158 million)", "EUR 356 million (first half of 2024:
# EUR 332 million)": what stands between a figure and the year that labels
# the earlier figure in brackets after it.
_BRACKET_LABEL = re.compile(rf"\s*\(\s*{PERIOD_LABEL_BEFORE_YEAR}", re.IGNORECASE)
