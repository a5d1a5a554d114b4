"""Claims read from a document model: who, what, which figure, when.

``extract_document`` is a pure function of the document (and the rules folder
its lexicons come from), so results can be cached by content hash and
computed in parallel. Sentences are read with everything the document model
knows of them (resolved references, topics); tables are read by rows and
columns (``tables``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from typing import Callable, Mapping, Sequence

from auditor.document import DocumentModel, SentenceModel, build_model, opens_list_item, speaker_label_end
from auditor.document.layout import Dateline
from auditor.document.coreference import Entity
from auditor.document.count_modifiers import owner_in_count, word_in_count
from auditor.document.lexicon import ReferenceLexicon
from auditor.extract.answers import asked_about, asked_event, question_answered
from auditor.extract.attributes import EARLIER_LIFE_AFTER, find_attributes
from auditor.extract.breakdowns import breakdown, breakdown_after_of, breakdown_of_which
from auditor.extract.attribution import FRONTED_TIME, MONTHS, PURPOSE_PUT_FIRST, SOLD_BY, Attribution, FigureSlot, attribute, event_object_near
from auditor.extract.dated import DatedEvent, dated_event, done_to_in_relative, named_before_participle, perfect_anchor, theme, weekday_anchor
from auditor.extract.dates import PERIOD_LABEL_BEFORE_YEAR, DateMatch
from auditor.extract.deals import dated_with_targets, takeovers, with_known_targets
from auditor.extract.entities import Mention, fold, normalise_country
from auditor.extract.events import PRODUCTION, EventLexicon, Trigger, clause_of, deed_done_to, find_triggers, flow_name, made_in_a_year, made_thing, output_counted, plural as plural_of, sold_in_a_period, stake_bought, stake_of, words_between
from auditor.extract.facility_events import facility_of_event, part_told_after
from auditor.extract.figures import UNNAMED_CURRENCY, FigureMatch
from auditor.extract.knowledge import Knowledge, load_knowledge
from auditor.extract.long_sentences import MAX_SENTENCE_CHARS
from auditor.extract.measures import AMOUNTS_OF_STUFF, TIMES, count_measure, counted_thing, dimension_measure, frequency_per, in_takeover, measure_for_subject, measure_of, output_of_a_year
from auditor.extract.elapsed import SENTENCES_BACK, anniversaries_in, elapsed_in, term_dates, terms_told
from auditor.extract.named_measures import LASTS as NAMED_LASTS
from auditor.extract.named_measures import measure_named_after
from auditor.extract.numbers import Cued, ascii_lowered
from auditor.extract.shares import share_lists
from auditor.extract.share_of_whole import ShareOfWhole, part_key, share_of_whole
from auditor.extract.mentions import full_names, homes_stated, salient_entities, sentence_mentions
from auditor.extract.place_facilities import with_site_of_where_clause, facilities_written_as_places, note_owners, with_facility_owner, with_told_facility
from auditor.extract.qualifiers import paragraphs_lot, part_of_year_reported, qualify, year_of_part_reported, year_reported_as_said
from auditor.extract.corrections import with_corrections
from auditor.extract.listed_totals import with_listed_totals
from auditor.extract.labelled_parts import with_labelled_parts
from auditor.extract.priced_items import with_priced_items
from auditor.extract.next_sentence_parts import parts_listed_next
from auditor.extract.split_totals import SPLITS_A_TOTAL, with_split_totals
from auditor.extract.itemised_sums import with_itemised_sums
from auditor.extract.claim_ids import claim_id
from auditor.extract.count_parts import count_part, exact_count
from auditor.extract.deal_awards import deal_awards, in_an_aside
from auditor.extract.purchases import purchases
from auditor.extract.firsts import firsts
from auditor.extract.hostings import hostings
from auditor.extract.prizes import prizes
from auditor.extract.award_notices import decision_date_at, notice_deals, notice_term, value_field, value_rate
from auditor.extract.sums import COLON_OPENS_ITEMS, stated_sum
from auditor.extract.tables import TableClaim, read_tables
from auditor.extract.timing import (
    THIS_YEAR,
    SentenceDates,
    document_default,
    is_as_of,
    is_section_lead,
    precision_of,
    section_dates,
    sentence_date,
    time_ref,
    title_lines,
    year_after_its_base,
)
from auditor.model import (
    Attribute,
    AuditError,
    Claim,
    Document,
    DocumentClaims,
    EntityRef,
    Qualifiers,
    Quantity,
    TimeRef,
)
from auditor.segment import SentenceSpan


def extract_document(document: Document, knowledge: Knowledge | None = None) -> DocumentClaims:
    """The claims of one document, read from its document model."""
    knowledge = knowledge or load_knowledge()
    model = build_model(document, knowledge)
    # What the document is mostly about, given to each claim as it is made
    # (a copy of every claim made to add it cost 11 us a claim).
    context = salient_entities(model)
    readings = [s for s in model.sentences if s.figures or s.dates or s.attributes_possible]
    items = model.layout.lead_in
    dated = [
        SentenceDates(r.span.start, r.span.text, r.span.section, r.span.is_heading, r.dates, r.span.block, r.span.block in items)
        for r in readings
    ]
    dateline = model.layout.dateline
    opening = title_lines([SentenceDates(s.span.start, s.span.text, s.span.section, s.span.is_heading, s.dates) for s in model.sentences[:2]])
    default_time = document_default(document, dated, dateline.date_value if dateline is not None else model.header_date, opening)
    by_section = _section_dates_of_readings(model, readings, dated, opening, knowledge)

    # A sentence's mentions are read once: the claim reader and the takeover
    # reader below both ask for those of a sentence with a takeover figure.
    # By where the sentence lies: the pieces of a long sentence share its index.
    mentions_by_sentence: dict[tuple[int, int], list[Mention]] = {}

    def mentions_of(sentence: SentenceModel) -> list[Mention]:
        where = (sentence.span.start, sentence.span.end)
        found = mentions_by_sentence.get(where)
        if found is None:
            found = mentions_by_sentence[where] = sentence_mentions(model, sentence, knowledge.references)
        return found

    claims: list[Claim] = []
    # The owners of facilities known by their place, as the text gives them,
    # for later sentences that name the facility alone (this document's only).
    facility_owners: dict[str, Mention] = {}
    placed_facilities = facilities_written_as_places(model, knowledge.references, knowledge.gazetteer)
    # The organisations each sentence read so far gave its figures to, by
    # where the sentence starts: what the next one may go on telling of.
    subjects_of: dict[int, dict[str, EntityRef]] = {}
    # A half-year or quarterly report's flows are of that part of the year
    # when their own sentence names no period ("Revenue of EUR 772 million").
    title_and_lead = _title_and_lead(model)
    reported_period = part_of_year_reported(title_and_lead)
    # An annual report's flows are of the year it covers, not of the day it
    # was published ("The group ground 438,000 tonnes" in "Annual results 2024").
    said = year_reported_as_said(title_and_lead)
    reported_year = TimeRef(year=said[0], precision="year", source="heading", text=said[1]) if said is not None else None
    # A half-year or quarterly report's flows are of that part of the year it
    # covers ("Results for the first half of 2025": "Net profit of EUR 41 million").
    part_year = (
        (year_of_part_reported(model.title or model.document.title or "") or year_of_part_reported(title_and_lead))
        if reported_period is not None
        else None
    )
    # A company's own report of its results: its highlights are its figures.
    own_report = model.own_kind or _OWN_REPORT.search(title_and_lead) is not None
    # The year the last sentence of each block dated its figures by, for a
    # sentence after it that says "the year" ("Volara carried 7.4 million
    # passengers in 2024. ... it ended the year with 41 aircraft").
    year_of_block: dict[int, TimeRef] = {}
    for index, reading in enumerate(readings):
        if reading.in_table:
            continue  # table cells are read by their rows and columns, not as prose
        context_time = by_section.get(index, default_time)
        told = year_of_block.get(reading.span.block)
        if told is not None and not reading.dates and _THE_YEAR.search(reading.span.text):
            context_time = told
        made = _read_sentence(
            document, model, reading, mentions_of(reading), context_time, knowledge, facility_owners, context,
            lambda of_a_deal=False, of_a_total=False, reading=reading: _subject_carried_over(model, reading, subjects_of, of_a_deal, of_a_total),
            reported_period,
            own_report,
            reported_year,
            placed_facilities,
            part_year,
            default_time,
        )
        if _tells_a_deal(reading, knowledge):
            made = _with_deals(document, reading, mentions_of(reading), made, knowledge, model, own_report)
        made = _with_prizes(document, reading, mentions_of(reading), made, knowledge, default_time, reported_year)
        made = _not_of_the_one_told_apart(reading, mentions_of(reading), made, knowledge.references.unrelated_phrases)
        # A deal's date is known by its counterparty ("signed a contract with
        # Glaciale in February"): the party told of is the one that did it.
        subjects_of[reading.span.start] = {
            c.subject.name: c.subject
            for c in made
            if c.subject is not None
            and c.subject.type in ("organisation", "unknown")
            and not (c.kind == "date" and c.role != "actor" and c.event in knowledge.events.deals_known_by_target)
        }
        claims.extend(made)
        # (After the subjects the next sentence may carry over: a buyer is no
        # subject of the sentence's figures.)
        claims.extend(_purchases_told(document, reading, mentions_of, made, knowledge, dateline))
        # (Only a flow's year is the year a later "the year" means: "the
        # merger of two firms" in 2006 dates no year a company "ended".)
        years = {c.time.year for c in made if c.time is not None and c.time.source == "sentence" and c.kind != "date" and c.lasts == "periodic"}
        if len(years) == 1:
            year_of_block[reading.span.block] = TimeRef(year=years.pop(), precision="year", source="section", text="the year")
        elif years:
            year_of_block.pop(reading.span.block, None)
    # A deal told with no figure and no date ("The Duhallow contract went to
    # Slaney Drilling"): its sentence was not read above.
    claims.extend(
        claim
        for sentence in model.sentences
        if not (sentence.figures or sentence.dates or sentence.attributes_possible) and _tells_a_deal(sentence, knowledge)
        for claim in _with_deals(document, sentence, mentions_of(sentence), [], knowledge, model, own_report)
    )
    # ... nor a prize ("collected last year's Golden Spoke", "was named Pier of the Year").
    claims.extend(
        claim
        for sentence in model.sentences
        if not (sentence.figures or sentence.dates or sentence.attributes_possible or sentence.in_table)
        for claim in _with_prizes(document, sentence, mentions_of(sentence), [], knowledge, default_time, reported_year)
    )
    # ... nor a purchase told so ("When we bought Pedalpost in August", with no year).
    claims.extend(
        claim
        for sentence in model.sentences
        if not (sentence.figures or sentence.dates or sentence.attributes_possible)
        for claim in _purchases_told(document, sentence, mentions_of, [], knowledge, dateline)
    )
    if model.layout.tables:
        claims.extend(_milestone_table_dates(document, model, mentions_of, knowledge))
    # (A table's figures before the notice's fields are read: "Contract value
    # | £2,400,000" is a cell of a notice's table of fields.)
    claims.extend(
        _table_claim(document, found, default_time, context, reported_year, _row_places(model, found.row_start, found.row_end))
        for found in read_tables(model, knowledge, reported_year, own_report)
    )
    claims = _with_award_notice(document, model, mentions_of, claims, knowledge)
    claims = _with_values_of_awarded_deals(model, claims, knowledge.events.deal_words.nouns if knowledge.events.deal_words is not None else None)
    claims = _prices_of_told_purchases(claims)
    claims.extend(_elapsed_claims(document, model, _present(document, dateline), knowledge, context))
    claims.extend(_anniversaries_since_founding(document, model, claims, _present(document, dateline), knowledge, context))
    claims = _rates_told_in_words(claims, knowledge.lexicon.rates)
    claims = _amounts_of_told_stuff(claims, knowledge.events)
    claims = with_listed_totals(model, claims)
    claims = with_split_totals(model, claims)
    claims = with_itemised_sums(model, claims, knowledge.events, knowledge.lexicon)
    claims = with_labelled_parts(model, claims)
    claims = with_priced_items(model, claims, knowledge.events)
    claims = _parts_in_the_next_sentence(document, model, claims, knowledge)
    claims = _counts_listed_after_a_colon(claims)
    claims = _earlier_figures_of_parts(document.text, claims)
    claims = _contributions_to_a_round(document.text, claims, knowledge.events)
    claims = _grants_from_givers(document.text, claims, knowledge.events)
    claims = _incorporations_of_older_firms(document.text, claims)
    claims = _sums_of_each_one(claims)
    claims = _sums_net_of_costs(document.text, claims)
    claims = _deals_won_earlier_in_the_sentence(claims, knowledge.events)
    claims = _sums_restated_with_tax(document.text, claims, knowledge.events)
    claims = _table_totals_of_the_total_told_before(model, claims)
    claims = with_corrections(claims, [(s.span.start, s.span.end, s.span.text) for s in model.sentences])
    known = takeovers(model, mentions_of, knowledge.events)
    if known:
        # Only a takeover's figure takes its buyer's target: a contract's
        # counterparty is never what the buyer bought ("it has won a
        # contract, worth EUR 22 million" in a release on a purchase).
        takeover_events = frozenset(
            name for name, kind in knowledge.events.kinds.items() if kind.object_after and kind.passive_object
        ) | knowledge.events.prices_of_a_purchase
        claims = with_known_targets(claims, known, takeover_events)
        claims = dated_with_targets(
            claims, known, _DEAL_DATES, knowledge.references.facility_nouns, knowledge.events.dated_pattern,
            knowledge.events.state_begun,
        )
    claims = _in_the_documents_currency(claims)
    claims.sort(key=lambda c: (c.evidence.location.start, c.evidence.location.end, c.kind))
    return DocumentClaims(
        doc_id=document.id, claims=tuple(claims), names=full_names(model, knowledge.gazetteer.leading_designators), problems=_cut_sentences(document, model)
    )


def _in_the_documents_currency(claims: list[Claim]) -> list[Claim]:
    """"We got nine and a half grand from the fund this year": an amount whose
    words name no currency (``UNNAMED_CURRENCY``) is in the one currency the
    document's other amounts are in; with none or several, it is no claim."""
    if not any(c.value is not None and c.value.unit == UNNAMED_CURRENCY for c in claims):
        return claims
    currencies = {c.value.unit for c in claims if c.value is not None and c.value.kind == "money" and c.value.unit != UNNAMED_CURRENCY}
    if len(currencies) != 1:
        return [c for c in claims if c.value is None or c.value.unit != UNNAMED_CURRENCY]
    currency = currencies.pop()
    return [
        c.model_copy(update={"value": c.value.model_copy(update={"unit": currency})}) if c.value is not None and c.value.unit == UNNAMED_CURRENCY else c
        for c in claims
    ]


def _without_cited_titles(text: str, mentions: list[Mention], told: Sequence[int]) -> list[Mention]:
    """``mentions`` less those inside a piece's headline cited in brackets
    ('An article ("Summer fruit, winter table", Business, page 14) said that
    Huon Ridge Cherries exported ...'), when what is told (figures, dates at
    ``told``) stands outside it: a cited headline's names are no party."""
    if "(" not in text:
        return mentions
    titled = [span.span() for span in _CITED_TITLE.finditer(text)]
    if not titled or any(a <= at < b for a, b in titled for at in told):
        return mentions
    return [m for m in mentions if not any(a <= m.start < b for a, b in titled)]


# A piece cited in brackets by its headline in quotes, its section and page:
# '("Summer fruit, winter table", Business, page 14)'.
_CITED_TITLE = re.compile(r"\(\s*[\"\u201c\u2018'][^()\"\u201d]{3,120}[\"\u201d\u2019']\s*(?:,[^()]{0,60})?\)")
# An appositive's noun and "of" right before a count: ", a cooperative of ", ", the family firm of ".
_DESCRIBING_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,3}[a-z]+\s+of\s+(?:(?:some|about|around|nearly|almost|more\s+than|over)\s+)?$")
# The area of a season's crop: what "planted 1,560 ha" measures.
PLANTED_AREA = "planted-area"
CROPPED_AREA = "cropped-area"
# A figure joined to its unit by a hyphen describes a thing's size: "200-tonne", "1,350-tonne".
_SIZE_WORD = re.compile(r"\d-[a-z]+$")
# Amounts of stuff, by mass or volume: a length or an area is a size, never what was made or taken in.
_STUFF_DIMENSIONS = frozenset({"mass", "volume"})


def _amounts_of_told_stuff(claims: list[Claim], events: EventLexicon) -> list[Claim]:
    """An amount told without what it is of ("In 2023 we took in 41 million
    litres") is of the one stuff the document measures in that unit ("38
    million litres of milk"), whoever's: a reader carries the noun over. Two
    stuffs in one unit ("litres of milk", "litres of whey") leave it unnamed,
    as do measures of a kind of their own (a capacity, a production)."""
    stuff: dict[tuple[str, str | None], set[str]] = {}
    for claim in claims:
        if (
            claim.kind == "quantity" and claim.event and claim.event not in events.kinds and claim.value is not None
            and claim.event not in _STUFF_DIMENSIONS  # "a 1,350-tonne crane": a size, of no stuff
            and dimension_measure(claim.value.unit, events) in _STUFF_DIMENSIONS
        ):
            stuff.setdefault((claim.value.unit or "", claim.value.per), set()).add(claim.event)
    if not stuff:
        return claims
    told = []
    for claim in claims:
        if (
            claim.kind == "quantity" and claim.event is None and claim.role is None and claim.value is not None
            and not _SIZE_WORD.search(claim.evidence.text)  # "a 200-tonne crane": a size, no amount
        ):
            named = stuff.get((claim.value.unit or "", claim.value.per), set())
            if len(named) == 1:
                claim = claim.model_copy(update={"event": next(iter(named)), "lasts": events.lasts(next(iter(named)))})
        told.append(claim)
    return told


def _cut_sentences(document: Document, model: DocumentModel) -> tuple[AuditError, ...]:
    """What the document reports about sentences read in pieces."""
    return tuple(
        AuditError(
            path=document.path,
            line=document.position(sentence.start)[0],
            message=f"a sentence of {len(sentence.text):,} characters was read in pieces of at most "
            f"{MAX_SENTENCE_CHARS:,} (figures near a cut may lose their subject or event)",
            level="warning",
        )
        for sentence in model.cut_sentences
    )


def _section_dates_of_readings(  # type: ignore[no-untyped-def]
    model: DocumentModel, readings: list[SentenceModel], dated: list[SentenceDates], opening, knowledge: Knowledge
) -> dict[int, TimeRef]:
    """The date each reading's section gives it (by its index in
    ``readings``), read with the sentences that tell of "this year" by words
    alone too: such a sentence ends a section's lead on another year ("First,
    the numbers for last year ..." and, a paragraph on, "Trading this year has
    been good"), though it has no figure of its own to read."""
    told = {s.span.start for s in model.sentences if not (s.figures or s.dates or s.attributes_possible) and THIS_YEAR.search(s.span.text)}
    if not told:
        return section_dates(dated, opening, knowledge.events.present_openers)
    extra = [
        SentenceDates(s.span.start, s.span.text, s.span.section, s.span.is_heading, s.dates, s.span.block, s.span.block in model.layout.lead_in)
        for s in model.sentences
        if s.span.start in told
    ]
    every = sorted([*dated, *extra], key=lambda d: d.sentence_start)
    by_start = {every[i].sentence_start: time for i, time in section_dates(every, opening, knowledge.events.present_openers).items()}
    return {i: by_start[r.span.start] for i, r in enumerate(readings) if r.span.start in by_start}


# A word of a total, where parts listed before it may add up to it ("..., a total of £18,400").
_A_TOTAL_WORD = re.compile(r"\btotal", re.IGNORECASE)


def _wholes_of_parts(document: Document, sentence: SentenceSpan, figures, events: EventLexicon) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """For each part of a whole the sentence states with its parts, the id
    of the whole's claim, by the part's start in the sentence."""
    if len(figures) < 3 or (
        events.sum_parts.search(sentence.text) is None and COLON_OPENS_ITEMS.search(sentence.text) is None
        and not (", " in sentence.text and _A_TOTAL_WORD.search(sentence.text))
    ):
        return {}
    stated = stated_sum(sentence.text, figures, events.sum_parts, events.sum_total)
    if stated is None:
        return {}
    whole = figures[stated.total]
    whole_id = claim_id(document, sentence.start + whole.start, sentence.start + whole.end, whole.quantity.kind)
    return {figures[index].start: whole_id for index in stated.parts}


# After a figure, in its own clause, a word of now before its verb: " nursery there now grows".
_NOW_AFTER_THE_FIGURE = re.compile(r"[^,;.:()]{0,40}?\b(?:now|today|currently|nowadays)\b")


# "EUR 214 million (2023: EUR 197 million)": the year an earlier figure is of, opening its brackets.
# ("(FY24: GBP 129.6 million)": a financial year by the last two digits of the year it ends in.)
# ("(2023-24: GBP 15.9m)": a financial year by both its years, of the later one.)
_BRACKET_YEAR = re.compile(
    rf"\(\s*(?:{PERIOD_LABEL_BEFORE_YEAR}((?:19|20)\d\d)(?:[-\u2013](?P<end>\d\d))?|FY\s?(\d\d))\s*:\s*$", re.IGNORECASE
)


_BRACKET_OPENS_BEFORE = re.compile(r"\(\s*$")
_LABEL_COLON_AFTER = re.compile(r"\s*:")


def _opens_a_comparison(text: str, start: int, end: int) -> bool:
    """Whether a date opens brackets as the label of an earlier figure ("(FY24: 13.9 million)")."""
    return _LABEL_COLON_AFTER.match(text, end) is not None and _BRACKET_OPENS_BEFORE.search(text, max(0, start - 4), start) is not None


# Between a figure and its earlier year's figure in brackets: " (2023/24: ".
_EARLIER_BRACKET_BETWEEN = re.compile(r"\s*\(\s*[^()\n]{1,30}:\s*")


def _earlier_figures_of_parts(text: str, claims: list[Claim]) -> list[Claim]:
    """"NHS dispensing income: £36.2 million (2023/24: £34.0 million)" in a
    results' highlights: the earlier year's figure of a part is that part's
    too, no whole of its year (read once every part is known)."""
    parts = {c.evidence.location.end: c for c in claims if c.role == "part" and c.value is not None}
    if not parts:
        return claims
    changed = []
    for claim in claims:
        if claim.role == "previous" and claim.value is not None:
            start = claim.evidence.location.start
            opening = text.rfind("(", max(0, start - 40), start)
            part = None
            if opening >= 0:
                # (Where the text before the bracket ends, blanks aside, read
                # back from it: no copy of the document's text up to it.)
                end = opening
                while end > 0 and text[end - 1].isspace():
                    end -= 1
                part = parts.get(end)
            if part is not None and part.value is not None and part.value.unit == claim.value.unit and _EARLIER_BRACKET_BETWEEN.fullmatch(text, part.evidence.location.end, start):
                claim = claim.model_copy(update={"role": "part"})
        changed.append(claim)
    return changed


# The events of a round of funding and of a grant, as the lexicon names them.
_FUNDING_ROUND = "funding-round"
_GRANT = "grant"


def _grants_from_givers(text: str, claims: list[Claim], events: EventLexicon) -> list[Claim]:
    """"We got nine and a half grand from the Yorkshire Amateur Music Fund":
    a sum of no event of its own, received from a body whose name says it
    gives grants (``grant_giver_heads``), is a grant."""
    return [
        c.model_copy(update={"event": _GRANT, "lasts": events.lasts(_GRANT)})
        if c.kind == "money" and c.event is None and c.role is None and events.grant_from.match(text, c.evidence.location.end)
        else c
        for c in claims
    ]


def _table_totals_of_the_total_told_before(model: DocumentModel, claims: list[Claim]) -> list[Claim]:
    """"Total income reached £196,500 in 2024." over a table of sources whose
    "Total" row, under a header that names no measure ("2024 (£)"), says
    187,500: the row totals the measure the sentence right before the table
    gives a total of, in its year, and is held against it as one."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.evidence.sentence_start, []).append(claim)
    changed: dict[str, Claim] = {}
    for index, sentence in enumerate(model.sentences):
        if not sentence.in_table:
            continue
        totals = [
            c for c in by_sentence.get(sentence.span.start, ())
            if c.event is None and c.role is None and c.value is not None and c.qualifiers is not None and c.qualifiers.scope == "total"
        ]
        if not totals:
            continue
        first = index
        while first > 0 and model.sentences[first - 1].in_table:
            first -= 1
        before = model.sentences[first - 1] if first > 0 else None
        if before is None or before.span.is_heading:
            continue
        told = [
            c for c in by_sentence.get(before.span.start, ())
            if c.event is not None and c.role is None and c.value is not None and c.qualifiers is not None and c.qualifiers.scope == "total"
        ]
        for total in totals:
            same = [
                c for c in told
                if c.kind == total.kind and c.value is not None and total.value is not None and c.value.unit == total.value.unit
                and (c.time.year if c.time else None) == (total.time.year if total.time else None)
            ]
            if len(same) == 1:
                changed[total.id] = total.model_copy(update={"event": same[0].event, "lasts": same[0].lasts})
    return [changed.get(c.id, c) for c in claims] if changed else claims


def _sums_restated_with_tax(text: str, claims: list[Claim], events: EventLexicon) -> list[Claim]:
    """"£2,400,000 excluding VAT (£2,880,000 including VAT)": the sum in
    brackets with the tax restates the one before it, as a conversion does,
    and is no rival of it or of another story's figure without the tax."""
    moneys = sorted((c for c in claims if c.kind == "money" and c.value is not None), key=lambda c: c.evidence.location.start)
    changed: dict[str, Claim] = {}
    for before, claim in zip(moneys, moneys[1:]):
        if claim.role is not None or before.value is None or claim.value is None or before.value.unit != claim.value.unit:
            continue
        if events.tax_inclusive.match(text, claim.evidence.location.end) is None:
            continue
        between = text[before.evidence.location.end : claim.evidence.location.start]
        if len(between) <= 40 and between.rstrip().endswith("(") and "\n" not in between:
            changed[claim.id] = claim.model_copy(update={"role": "conversion"})
    return [changed.get(c.id, c) for c in claims] if changed else claims


def _deals_won_earlier_in_the_sentence(claims: list[Claim], events: EventLexicon) -> list[Claim]:
    """"the family business won its biggest contract yet: a £4.6m deal with
    Don Valley Homes": a sum of a deal no word names the kind of, in a
    sentence that tells of a deal won before it, is that contract's."""
    words = events.deal_words
    if words is None:
        return claims
    changed: dict[str, Claim] = {}
    for claim in claims:
        if claim.kind != "money" or claim.event is not None or claim.role is not None:
            continue
        sentence = claim.evidence.sentence
        offset = claim.evidence.location.start - claim.evidence.sentence_start
        after = claim.evidence.location.end - claim.evidence.sentence_start
        if _GENERIC_DEAL_AFTER.match(sentence, after) and words.won_verb.search(sentence, 0, offset) and words.nouns.search(sentence, 0, offset):
            changed[claim.id] = claim.model_copy(update={"event": "contract", "lasts": events.lasts("contract")})
    return [changed.get(c.id, c) for c in claims] if changed else claims


# Right after a sum, a deal's generic noun: " deal with", " agreement".
_GENERIC_DEAL_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:deal|agreement)\b")


def _sums_net_of_costs(text: str, claims: list[Claim]) -> list[Claim]:
    """"net of fundraising costs, £371,000 was available for our work": the
    costs are what was taken off the sum, which is no cost itself."""
    return [
        c.model_copy(update={"event": None, "lasts": None})
        if c.kind == "money" and c.event == "cost" and _NET_OF_COSTS_BEFORE.search(text, max(0, c.evidence.location.start - 60), c.evidence.location.start)
        else c
        for c in claims
    ]


# "net of fundraising costs, ", "after deducting costs of ": what the sum after it is left of.
_NET_OF_COSTS_BEFORE = re.compile(r"\b(?:net\s+of|after(?:\s+deducting)?)\s+(?:[\w-]+\s+){0,3}costs?\s*,\s*$", re.IGNORECASE)


def _sums_of_each_one(claims: list[Claim]) -> list[Claim]:
    """"Each examination, including the glasses we dispense, costs us about
    £38": a sum told of each one of a kind of thing, by the sentence's
    opening, is a sum per that thing, never a whole."""
    changed: dict[str, Claim] = {}
    for claim in claims:
        if claim.kind != "money" or claim.value is None or claim.value.per is not None or claim.role is not None:
            continue
        sentence = claim.evidence.sentence
        each = _EACH_OPENING.match(sentence)
        offset = claim.evidence.location.start - claim.evidence.sentence_start
        if each is None or offset < each.end() or _ANOTHER_CLAUSE.search(sentence, each.end(), offset):
            continue
        per = each.group("thing").casefold()
        changed[claim.id] = claim.model_copy(update={
            "value": claim.value.model_copy(update={"per": per}),
            "qualifiers": (claim.qualifiers or Qualifiers()).model_copy(update={"per": per}),
        })
    return [changed.get(c.id, c) for c in claims] if changed else claims


# A sentence that opens on one of a kind: "Each examination", "Every new member".
_EACH_OPENING = re.compile(r"\W*(?:Each|Every)\s+(?:[a-z-]+\s+)?(?P<thing>[a-z-]+)\b")
# Where another clause of the sentence opens: a semicolon, or ", and", ", but", ", while", ", whereas".
_ANOTHER_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s")


def _incorporations_of_older_firms(text: str, claims: list[Claim]) -> list[Claim]:
    """"Fadecraft Barbers Ltd, incorporated in 2013 after two years as a
    partnership": the year its company was formed, not when the business
    was founded, which the text says was earlier."""
    return [
        c.model_copy(update={"event": "dated"})
        if c.kind == "date" and c.event == "founding" and EARLIER_LIFE_AFTER.match(text, c.evidence.location.end)
        else c
        for c in claims
    ]


def _contributions_to_a_round(text: str, claims: list[Claim], events: EventLexicon) -> list[Claim]:
    """"We led its £1.8m round in 2024, putting in £750,000 of the fund's
    money": an investor's own sum after a verb of putting money in, beside a
    larger round of its sentence, is a part of that round."""
    rounds = [c for c in claims if c.event == _FUNDING_ROUND and c.value is not None and c.role is None]
    if len(rounds) < 2:
        return claims
    parts: set[int] = set()
    for claim in rounds:
        if events.round_contribution.search(text, max(0, claim.evidence.location.start - 40), claim.evidence.location.start) and any(
            r is not claim and r.evidence.sentence == claim.evidence.sentence and r.value.unit == claim.value.unit  # type: ignore[union-attr]
            and r.value.value > claim.value.value  # type: ignore[union-attr]
            for r in rounds
        ):
            parts.add(id(claim))
    return [c.model_copy(update={"role": "part"}) if id(c) in parts else c for c in claims]


def _earlier_in_brackets(sentence: SentenceSpan, claims: list[Claim]) -> list[Claim]:
    """A results line's earlier-year figure in brackets right after a figure
    ("Revenue rose 8.6% to EUR 214 million (2023: EUR 197 million, restated)")
    is the same measure of the same party, in the bracket's year: what a
    reader compares the new figure with."""
    text = sentence.text
    changed = list(claims)
    for index, claim in enumerate(claims):
        if claim.role != "previous" or claim.value is None:
            continue
        start = claim.evidence.location.start - sentence.start
        year = _BRACKET_YEAR.search(text, max(0, start - 32), start)
        if year is None:
            continue
        level = next(
            (
                c for c in reversed(claims[:index])
                if c.value is not None and c.role is None and c.value.kind == claim.value.kind and c.value.unit == claim.value.unit
                and not text[c.evidence.location.end - sentence.start : year.start()].strip()
            ),
            None,
        )
        if level is None:
            continue
        group = 1 if year.group(1) else 3
        said = int(year.group(1)) if year.group(1) else 2000 + int(year.group(3))
        if year.group("end") is not None:
            said = said // 100 * 100 + int(year.group("end")) + (100 if int(year.group("end")) < said % 100 else 0)
        ends = year.end("end") if year.group("end") is not None else year.end(group)
        time = TimeRef(year=said, precision="year", source="sentence", text=text[year.start(group) : ends],
                       start=sentence.start + year.start(group), end=sentence.start + ends)
        changed[index] = claim.model_copy(
            update={"event": claim.event or level.event, "subject": claim.subject or level.subject, "time": time, "lasts": claim.lasts or level.lasts}
        )
    return changed


def _dated_earlier_levels(sentence: SentenceSpan, claims: list[Claim]) -> list[Claim]:
    """"expects revenue of EUR 78 million to EUR 82 million, after EUR 71.8
    million in 2024", "up from £36.9 million in 2023/24": an earlier figure
    with a year of its own right after it is the same measure of the same
    party in that year, as one in brackets is; so is a year's own figure set
    against the level ("already more than half of last year's EUR 61.2
    million"). Whether it is linked as that year's fact is ``link``'s to say
    (``dated_earlier_figure``)."""
    text = sentence.text
    changed = list(claims)
    for index, claim in enumerate(claims):
        time = claim.time
        if claim.role not in ("previous", None) or claim.value is None or claim.event is not None or time is None or time.source != "sentence":
            continue
        start, end = claim.evidence.location.start - sentence.start, claim.evidence.location.end - sentence.start
        if time.start is None:
            continue
        if claim.role == "previous":
            if not _ITS_OWN_YEAR.fullmatch(text, end, time.start - sentence.start):
                continue
        elif not (time.end is not None and _YEARS_OWN.fullmatch(text, time.end - sentence.start, start)):
            # "already more than half of last year's EUR 61.2 million": a
            # year's own figure set against the level, of the level's measure.
            continue
        level = next(
            (
                c for c in reversed(claims[:index])
                if c.value is not None and c.role is None and c.event is not None
                and c.value.kind == claim.value.kind and c.value.unit == claim.value.unit
            ),
            None,
        )
        if level is None:
            continue
        changed[index] = claim.model_copy(
            update={"event": level.event, "subject": claim.subject or level.subject, "lasts": claim.lasts or level.lasts}
        )
    return changed


# Between a year and the figure it owns: "last year's EUR 61.2 million", "2024's 1.2 million".
_YEARS_OWN = re.compile(r"['\u2019]s\s+")
# Between an earlier figure and its own year: "in 2024", "for 2023/24", "in the year to March 2024".
_ITS_OWN_YEAR = re.compile(r"\s+(?:in|for|during)\s+(?:the\s+(?:year|twelve\s+months)\s+(?:to|ended)\s+)?")


# A year told by the figure it follows: "compared with SEK 24.6 million a year earlier".
_YEAR_BEFORE_THE_LEVEL = re.compile(r"(?:a|one)\s+year\s+(?:earlier|before)|the\s+(?:year\s+before|previous\s+year|prior\s+year)", re.IGNORECASE)


# After a level, the earlier one it moved from and when: "now has 340
# technicians, up from 310 at the end of December", "..., from 52 a year ago".
_FROM_A_DATED_LEVEL = re.compile(
    r",?\s+(?:(?:up|down)\s+)?from\s+(?:about\s+|around\s+)?\d[\d,.]*(?:\s+[a-z]+)?\s+"
    r"(?:at\s+the\s+(?:end|start)\s+of|at\s+the\s+turn\s+of|in|at|on|a\s+year\s+(?:ago|earlier)|last\s+(?:year|month|quarter))\b"
)


def _now_after_a_dated_level(text: str, sentence_start: int, claims: list[Claim]) -> list[Claim]:
    """"Kamba now has 340 technicians, up from 310 at the end of December":
    a level set against an earlier dated one is the level of the story's own
    day, not of any time its document's date is weak evidence of."""
    changed = list(claims)
    for index, claim in enumerate(claims):
        time = claim.time
        if claim.lasts != "stock" or claim.role is not None or time is None or time.source not in ("metadata", "document"):
            continue
        if not _FROM_A_DATED_LEVEL.match(text, claim.evidence.location.end - sentence_start):
            continue
        changed[index] = claim.model_copy(update={"time": time.model_copy(update={"source": "sentence"})})
    return changed


def _year_before_the_levels(claims: list[Claim]) -> list[Claim]:
    """"Operating profit was SEK 31.4 million in 2024, compared with SEK 24.6
    million a year earlier": the earlier figure is of the year before the
    level's, not of the year before the story's date."""
    changed = list(claims)
    for index, claim in enumerate(claims):
        time = claim.time
        if claim.role != "previous" or claim.value is None or time is None or not _YEAR_BEFORE_THE_LEVEL.fullmatch(time.text):
            continue
        level = next(
            (
                c for c in reversed(claims[:index])
                if c.role is None and c.value is not None and c.value.kind == claim.value.kind and c.value.unit == claim.value.unit
                and c.time is not None and c.time.source in ("sentence", "heading", "section") and c.time.month is None
            ),
            None,
        )
        if level is None or level.time is None or level.time.year - 1 == time.year:
            continue
        changed[index] = claim.model_copy(update={"time": time.model_copy(update={"year": level.time.year - 1})})
    return changed


# A flow or a quote a table does not date ("Wii | 340,000" under "Sales")
# is of the story's own period, as in its prose.
_DATED_BY_STORY = frozenset({"periodic", "volatile"})


def _of_the_reported_year(
    time: TimeRef | None, reported_year: TimeRef | None, qualifiers: Qualifiers | None, role: str | None
) -> TimeRef | None:
    """The year a report on a year dates a figure by when nothing near the
    figure dates it (only its document's day), no part of the year is named
    and it is no earlier value or change ("The group ground 438,000 tonnes"
    in "Annual results 2024"); None otherwise."""
    if reported_year is None or (time is not None and time.source not in ("metadata", "document")):
        return None
    if (qualifiers is not None and qualifiers.period is not None) or role in ("previous", "change"):
        return None
    return reported_year


# After a whole's count, its colon; between two parts, a comma or "and".
# ("148,000 items of hire equipment: 96,000 ...": what the whole's things are of may come before the colon.)
_COLON_AFTER_WHOLE = re.compile(r"(?:\s+of\s+[^\W\d][\w'\u2019-]*(?:\s+[^\W\d][\w'\u2019-]*){0,3})?\s*:\s*$")
# After a count, where it is and then the colon: " across the North West, the Midlands and North Wales: ".
_PLACE_THEN_COLON = re.compile(r"(?:\s+(?:in|at|across|around|throughout)\s+[^.;:()]{1,80}?)?\s*:\s*")
# Words of one clause: no mark that ends one.
_ONE_CLAUSE = re.compile(r"[^,;:.()]*")


def _head(claim: Claim) -> str:
    """The head noun of what a count counts, singular: "machine" of "hot-drink machines"."""
    counted = claim.value.counted if claim.value is not None else None
    return counted.split()[-1].rstrip("s") if counted else ""
_PART_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# After the last part, the words that say what it is, to the sentence's end.
# ("..., together with a second amenity block": what comes with the parts, no part of them.)
_PART_TAIL = re.compile(r"(?:\s+[^\W\d][\w'\u2019-]*){0,8}(?:,\s+(?:together|along)\s+with\b[^.;]*)?\s*[.;]?\s*$")


def _counts_listed_after_a_colon(claims: list[Claim]) -> list[Claim]:
    """A count whose parts its sentence lists after a colon, each a count
    ("a total of 58 spaces: 40 standard bays, 6 accessible bays and 8 bays
    with electric vehicle chargers"): the parts of that whole, for the
    ``parts-sum`` check, when the whole is told as a total or the parts
    count one kind of thing."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        # ("would have a total of 58 spaces": a whole told as a plan is a whole all the same.)
        if claim.kind == "count" and claim.value is not None and claim.part_of is None and claim.role in (None, "conditional"):
            by_sentence.setdefault(claim.evidence.sentence_start, []).append(claim)
    marked: dict[str, Claim] = {}
    for counts in by_sentence.values():
        counts.sort(key=lambda c: c.evidence.location.start)
        for index, whole in enumerate(counts):
            sentence, base = whole.evidence.sentence, whole.evidence.sentence_start
            after = counts[index + 1 :]
            colon_read = False
            if len(after) >= 3 and not _COLON_AFTER_WHOLE.match(sentence[whole.evidence.location.end - base : after[0].evidence.location.start - base]):
                # "11,600 machines at 3,900 sites across the North West: 6,900
                # hot-drink machines, ...": a count of another thing may stand
                # between the whole and its colon, the whole's thing named among the parts'.
                between = after[0]
                gap = sentence[between.evidence.location.end - base : after[1].evidence.location.start - base]
                if (
                    _PLACE_THEN_COLON.fullmatch(gap) and _ONE_CLAUSE.fullmatch(sentence, whole.evidence.location.end - base, between.evidence.location.start - base)
                    and _head(whole) and _head(whole) != _head(between) and _head(whole) in {_head(c) for c in after[1:]}
                ):
                    after, colon_read = after[1:], True
            if len(after) < 2 or not (colon_read or _COLON_AFTER_WHOLE.match(sentence[whole.evidence.location.end - base : after[0].evidence.location.start - base])):
                continue
            parts = [after[0]]
            for previous, part in zip(after, after[1:]):
                if not _PART_JOIN.fullmatch(sentence, previous.evidence.location.end - base, part.evidence.location.start - base):
                    break
                parts.append(part)
            if len(parts) < 2 or not _PART_TAIL.fullmatch(sentence, parts[-1].evidence.location.end - base):
                continue
            heads = {_head(p) for p in parts if _head(p)}
            told_total = "total" in sentence[max(0, whole.evidence.location.start - base - 20) : whole.evidence.location.start - base].casefold()
            if not told_total and len(heads) != 1 and _head(whole) not in heads and not _adds_up_nearly(whole, parts):
                continue
            if any(p.role is not None for p in parts):
                continue
            for part in parts:
                marked[part.id] = part.model_copy(update={"part_of": whole.id, "role": "part"})
            break
    return [marked.get(claim.id, claim) for claim in claims] if marked else claims


# How near the sum of a colon's list of counts of other things must come to
# the count before the colon to be read as its parts.
_NEARLY = 0.15


def _adds_up_nearly(whole: Claim, parts: Sequence[Claim]) -> bool:
    """"12 additional pitches: 6 safari tents, 4 shepherd's huts and 3 timber
    cabins": counts of kinds of the whole's thing, each under it, whose sum
    comes near it (13 for 12), are its parts though no noun is shared; an
    unrelated list ("14 vans: 3 depots and 40 staff") comes nowhere near."""
    if whole.value is None or any(p.value is None for p in parts) or whole.value.value <= 0:
        return False
    total = sum(p.value.value for p in parts)  # type: ignore[union-attr]
    return all(p.value.value < whole.value.value for p in parts) and abs(total - whole.value.value) <= _NEARLY * whole.value.value  # type: ignore[union-attr]


def _not_of_the_one_told_apart(reading: SentenceModel, mentions: list[Mention], made: list[Claim], phrases: Sequence[str]) -> list[Claim]:
    """Claims of a sentence that tells a company apart from another whose
    name reads as its own once legal forms are dropped ("it has nothing to do
    with Heritage Emporium Ltd, the Norwich reclamation yard founded in 2004",
    of Heritage Emporium Group): what is told of the name after the words
    that part them is no one's the reader can name, not the company's."""
    if not any(c.subject is not None for c in made):
        return made  # (most sentences: nothing to take back, and no phrase looked for)
    folded = reading.span.text.casefold()
    at = min((i for phrase in phrases if (i := folded.find(phrase)) >= 0), default=-1)
    if at < 0:
        return made
    before = {m.name for m in mentions if m.end <= at and m.type in ("organisation", "unknown")}
    after = [m for m in mentions if m.start > at and m.name in before and m.via in ("name", "short form")]
    if not after:
        return made
    parted = {m.name for m in after}
    start = reading.span.start + after[0].start
    return [
        c.model_copy(update={"subject": None})
        if c.subject is not None and c.subject.name in parted and c.evidence.location.start >= start
        else c
        for c in made
    ]


def _rates_told_in_words(claims: list[Claim], rates) -> list[Claim]:  # type: ignore[no-untyped-def]
    """Counts a word makes rates: a time adjective opening what is counted
    ("Weekly pupils | 12,400": pupils a week) or "every"/"each" and a time
    before the count in its sentence ("Every week in term time our tutors
    taught 12,400 pupils"), as "12,400 pupils a week" is."""
    result = []
    for claim in claims:
        value = claim.value
        if value is not None and value.kind == "count" and value.per is None:
            words = (value.counted or "").split()
            unit = rates.time_adjectives.get(words[0].casefold()) if len(words) > 1 else None
            if unit is not None:
                value = value.model_copy(update={"per": unit.name, "counted": " ".join(words[1:])})
            else:
                offset = claim.evidence.location.start - claim.evidence.sentence_start
                every = _EVERY_TIME.search(claim.evidence.sentence, 0, max(0, offset)) or _DONE_EVERY_TIME.match(
                    claim.evidence.sentence, claim.evidence.location.end - claim.evidence.sentence_start
                )
                unit = rates.time_words.get(every.group(1).casefold()) if every is not None else None
                if unit is not None and claim.kind == "count":
                    value = value.model_copy(update={"per": unit.name})
            if value is not claim.value:
                # (The rate is a qualifier too, as "a week" after a count makes it.)
                qualifiers = (claim.qualifiers or Qualifiers()).model_copy(update={"per": value.per})
                claim = claim.model_copy(update={"value": value, "qualifiers": qualifiers})
        result.append(claim)
    return result


# "Every week", "Each month" opening what the sentence counts.
_EVERY_TIME = re.compile(r"^\W*(?:[Ee]very|[Ee]ach)\s+([a-z]+)\b")
# ... or closing what the counted ones do: "148,000 people listened each week",
# "2,000 walkers pass the gate every day".
# ("470 and 540 workers to be laid off in each month": each of the months told, no rate.)
_DONE_EVERY_TIME = re.compile(
    r"\s+(?:[a-z][a-z'\-]*\s+)(?:[A-Za-z][A-Za-z'\-]*\s+){0,4}?(?<!\bin\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bon\s)(?:every|each)\s+([a-z]+)\b"
)


def _table_claim(
    document: Document, found: TableClaim, default_time: TimeRef | None, context: tuple[str, ...], reported_year: TimeRef | None = None,
    places: tuple[str, ...] = (),
) -> Claim:
    """A claim read from a table cell; its row stands for its sentence.

    A flow no label dates, in the key figures of a report on a year
    ("results for the 2024 financial year": "Revenue: EUR 286.4 million"),
    is of that year, as the report's prose is; not of the day it came out."""
    time = found.time if found.time is not None or found.lasts not in _DATED_BY_STORY else default_time
    if found.lasts in ("periodic", "stock"):
        # (A level among them, "Technicians at 31 December: 310", is the
        # level at the end of that year.)
        time = _of_the_reported_year(time, reported_year, found.qualifiers, found.role) or time
    row = SentenceSpan(-1, found.row_start, found.row_end, document.text[found.row_start : found.row_end], -1, -1, False)
    who = Attribution(subject=found.subject, event=found.event, tense=found.tense, role=found.role)
    if found.facility is not None and (found.subject is None or fold(found.subject.name) != fold(found.facility.name)):
        who = who._replace(object_name=found.facility.name, object_type="facility", object_surface=found.facility.surface)
    if found.part is not None and who.object_name is None:
        who = who._replace(object_name=found.part, object_type="product", object_surface=found.part)
    part_of = claim_id(document, *found.part_of) if found.part_of is not None else None
    return _claim(
        document, row, found.start - found.row_start, found.end - found.row_start, found.kind, who, time,
        value=found.value, qualifiers=found.qualifiers, lasts=found.lasts, part_of=part_of, context=context, places=places,
    )


def _row_places(model: DocumentModel, row_start: int, row_end: int) -> tuple[str, ...]:
    """The places a table's row names in its cells ("Lot 1 | Sheffield |
    Hearth & Home Reuse | £1,200,000"): where its figures are, as a
    sentence's places are."""
    sentences = model.sentences
    first = bisect.bisect_left(sentences, row_start, key=lambda s: s.span.start)
    places: set[str] = set()
    for sentence in itertools.takewhile(lambda s: s.span.start < row_end, sentences[first:]):
        places.update(
            model.entities[entity_id].name
            for entity_id in sentence.name_entities
            if sentence.in_table and model.entities[entity_id].kind in ("place", "country")
        )
    return tuple(sorted(places))


def _another_owner_in_count(word: str | None, figure, subject: str, knowledge: Knowledge) -> bool:  # type: ignore[no-untyped-def]
    """Whether the word a count names between its figure and its noun
    (``owner_in_count``) is an owner that is no place, no nationality and no
    word of the subject's name ("120 Brightwell supermarkets" said of Cobbett
    & Lane; not "60 UK stores")."""
    if word is None or fold(word) in fold(subject).split():
        return False
    # Only shops and stores: "6.4 million BlackBerry devices" are the maker's
    # own products, "15 Web sites" its own sites (found on real news).
    if count_measure(figure.quantity.counted, "", knowledge.events) != "stores":
        return False
    if knowledge.gazetteer.has_demonym(word) or word in knowledge.references.places:
        return False
    known = knowledge.gazetteer.lookup(word)
    return known is None or known.type not in ("place", "country")


# "Starline took £104.6m in the year to March", "Fellgate did £21.9 million
# in 2024", "booked £46.2m in the year to March": a sum a business took over
# a period it names is its revenue ("took a 12% stake", "took $1 million in
# bribes", "lottery winners take $3 million" are not). The verbs are data
# (``takings_verbs``).
_IN_A_PERIOD_AFTER = re.compile(
    r"\s+(?:in\s+(?:(?:the|its)\s+(?:(?:last|latest|past|first|second|full)\s+)?(?:year|six\s+months|half|twelve\s+months|12\s+months|"
    r"financial\s+year|fiscal\s+year|quarter)|(?:19|20)\d\d\b|(?:fiscal\s+|financial\s+)?(?:FY)?(?:19|20)\d\d\b|last\s+year\b)"
    r"|last\s+year\b)"
)


def _sizes_its_site(text: str, figure, facility_nouns, events: EventLexicon) -> bool:  # type: ignore[no-untyped-def]
    """"the 150,000-tonne plant", "a 40 MW mill": a quantity written before a
    site's noun, as its size, is the site's capacity."""
    if figure.quantity.kind != "quantity" or dimension_measure(figure.quantity.unit, events) in _SIZES_OF_NO_CAPACITY:
        return False  # ("the 32-mile tunnel", "an 800-acre park": how long or wide, not what it can take)
    after = _NOUN_AFTER_A_SIZE.match(text, figure.end)
    return after is not None and after.group("noun").casefold() in facility_nouns


_SIZES_OF_NO_CAPACITY = frozenset({"length", "area", "speed"})


# A site's noun right after a size, a modifier or two between: "plant", "recycling plant".
_NOUN_AFTER_A_SIZE = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?P<noun>[a-z][\w-]*)\b")


def _took_in_a_period(text: str, start: int, end: int, kind: str, events: EventLexicon) -> bool:
    """"took £104.6m in the year to March", "did £4.24 million of sales last
    year", "Last year our shops took £8.4 million between them": a sum a
    business took over a period, told after the sum or opening the sentence."""
    if kind != "money" or events.takings_before.search(text, max(0, start - 30), start) is None:
        return False
    filler = _TAKINGS_FILLER.match(text, end)
    after = filler.end() if filler is not None else end
    return _IN_A_PERIOD_AFTER.match(text, after) is not None or (
        _PERIOD_OPENING.match(text) is not None and _CLAUSE_ENDS_AFTER.match(text, after) is not None
    )


# What may stand between a sum taken and its period: "of sales", "between them".
_TAKINGS_FILLER = re.compile(r"\s+(?:between\s+them|of\s+(?:sales|business|bookings|turnover|trade)|in\s+(?:sales|turnover|takings|bookings|trade))\b")
# A period opening the sentence: "Last year our shops took £8.4 million".
_PERIOD_OPENING = re.compile(r"[\W_]*(?:last\s+year|in\s+(?:19|20)\d\d|in\s+the\s+(?:last|latest|past)\s+(?:financial\s+)?year)\b", re.IGNORECASE)
# The sum's clause ends right after it (and its filler).
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$|\s+and\b)")


_TAKEOVER_EVENTS = frozenset({"acquisition"})


def _counts_an_owners_thing(text: str, figure, subject: Mention, facility_nouns) -> bool:  # type: ignore[no-untyped-def]
    """Whether a count written as one word with its noun ("24-member")
    describes a thing its owner's possessive stands before, no site of the
    owner's: "the IMF's 24-member board" (not "Kalden's 280-bed hospital")."""
    if figure.quantity.kind != "count" or not _COMPOUND_COUNT.fullmatch(text, figure.start, figure.end):
        return False
    if not (subject.possessive and 0 <= figure.start - subject.end <= 4 and subject.end <= figure.start):
        return False
    head = _HEAD_AFTER.match(text, figure.end)
    return head is not None and head.group(1) not in facility_nouns


_HEAD_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b(?!\s+[a-z])")
# A count written as one word with its noun: "680-bed", "1,150-seat".
_COMPOUND_COUNT = re.compile(r"\d[\d,]*-[a-z]+")
# Before a size that describes any one thing of a kind: "a six-foot tree", "each 12-metre boat".
_ANY_ONE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Ee]ach|[Ee]very|[Aa]ny|[Pp]er)\s+$")


def _home_country_of(model: DocumentModel, name: str) -> str | None:
    """The country the document says the named company is based in, if it says."""
    return next((e.home for e in model.entities if e.name == name and e.home), None)


def _bought_in_counts(model: DocumentModel, text: str, figures, knowledge: Knowledge) -> list[tuple[int, Mention]]:  # type: ignore[no-untyped-def]
    """The business a count right after a verb of buying names between its
    number and its noun ("bought the 11 Spotless shops"), by the count's end."""
    return [
        (figure.end, named) for figure, named in _names_inside_counts(model, text, figures, knowledge)
        if knowledge.events.buying_before.search(text, max(0, figure.start - 40), figure.start) is not None
    ]


def _names_inside_counts(  # type: ignore[no-untyped-def]
    model: DocumentModel, text: str, figures, knowledge: Knowledge, unnamed: bool = False
) -> list[tuple[FigureMatch, Mention]]:
    """The business each count names between its number and its noun ("the
    11 Spotless shops", "30 Fernbrook supermarkets"), when the document names
    it elsewhere, or (``unnamed``) by the word alone when it names no place
    or nation: the word is blanked inside the figure, so no name of the
    sentence holds it."""
    found = []
    for figure in figures:
        if figure.quantity.kind != "count":
            continue
        word = owner_in_count(text, figure, knowledge.lexicon, knowledge.events.any_counted)
        if word is None:
            continue
        key = fold(word)
        named = {
            e.id: e for e in model.entities
            if e.merged_into is None and e.kind in ("organisation", "unknown", "facility") and (e.key == key or key in e.aliases)
        }
        at = text.find(word, figure.start, figure.end)
        if len(named) == 1:
            (entity,) = named.values()
            found.append((figure, Mention(at, at + len(word), entity.name, entity.kind, word, via="name")))
        elif unnamed and not named and not _a_place_word(word, knowledge):
            found.append((figure, Mention(at, at + len(word), word, "unknown", word, via="name")))
    return found


def _a_place_word(word: str, knowledge: Knowledge) -> bool:
    """Whether a word names a place or a nation ("60 UK stores", "12 German plants")."""
    if knowledge.gazetteer.has_demonym(word) or word in knowledge.references.places:
        return True
    known = knowledge.gazetteer.lookup(word)
    return known is not None and known.type in ("place", "country")


def _a_part_of_a_country(word: str, knowledge: Knowledge) -> bool:
    """Whether a word names a town, a region or a part of a country's people
    ("Leeds", "Cumbrian", "Scottish"), not a whole country ("UK", "British",
    "German": "60 UK stores" of a British chain may be all of them)."""
    gazetteer = knowledge.gazetteer
    if word in knowledge.references.places:
        return True
    known = gazetteer.names.get(fold(word))
    if known is not None and known.type == "country":
        return False
    return word.casefold() in gazetteer.demonyms and word.casefold() not in gazetteer.national_demonyms


def _owner_in_count(model: DocumentModel, text: str, figure, word: str | None) -> Mention | None:  # type: ignore[no-untyped-def]
    """The company a count names between its figure and its noun ("40,000
    Marrewijk shelters", ``word``: what ``owner_in_count`` read there), when
    the document names that company elsewhere by the word, whole or as its
    first ("Marrewijk Stadsinrichting"): the word inside the figure is
    blanked before names are read."""
    if word is None:
        return None
    key = fold(word)
    named = {
        e.id: e for e in model.entities
        if e.merged_into is None and e.kind in ("organisation", "unknown")
        and (e.key == key or key in e.aliases or e.key.split()[0] == key)
    }
    if len(named) != 1:
        return None
    (entity,) = named.values()
    at = text.find(word, figure.start, figure.end)
    return Mention(at, at + len(word), entity.name, entity.kind, word, via="short form")


def _as_a_share(share: ShareOfWhole, who: Attribution, mentions: Sequence[Mention], told_of: Mention | None) -> tuple[Attribution, str]:
    """``who`` and its event for one part's share of a whole: the whole's
    owner as its subject (the name or pronoun written as the owner, else the
    sentence's subject unless that is the part, else ``told_of``: the company
    whose own report it is, or the one its paragraph tells of), the part as
    its object."""
    owner = None
    if share.owner_start is not None:
        owner = next((m for m in mentions if m.start < share.owner_end and share.owner_start < m.end), None)
    if owner is None and who.subject is not None and who.subject.type not in ("place", "country", "person"):
        part_words = share.part.casefold().split()
        if not any(word in part_words for word in who.subject.surface.casefold().split()):
            owner = who.subject
    if owner is None:
        owner = told_of
    part = part_key(share.part)
    return who._replace(subject=owner, event=share.event, object_name=part, object_type="product", object_surface=share.part), share.event


def _read_sentence(
    document: Document,
    model: DocumentModel,
    reading: SentenceModel,
    mentions: list[Mention],
    context_time: TimeRef | None,
    knowledge: Knowledge,
    facility_owners: dict[str, Mention],
    context: tuple[str, ...],
    carried_subject: Callable[..., Mention | None] = lambda of_a_deal=False, of_a_total=False: None,
    reported_period: str | None = None,
    own_report: bool = False,
    reported_year: TimeRef | None = None,
    placed_facilities: frozenset[str] = frozenset(),
    part_year: int | None = None,
    default_time: TimeRef | None = None,
) -> list[Claim]:
    sentence = reading.span
    text = sentence.text
    if _RETRACTED.search(text):
        # "An earlier version of this article gave its 2024 revenue as USD 64
        # million": a figure the text takes back, stated by no one now.
        return []
    note_owners(text, mentions, knowledge.references, knowledge.gazetteer, facility_owners, placed_facilities)
    topic = _topic_mention(model, reading)
    document_topic = _entity_mention(model.entity(model.topic))
    if topic is not None and any(m.name == topic.name and not m.actor for m in mentions):
        # "The inflation rate, as measured by the Statistics Office, rose":
        # a topic that speaks or is the source here is not what the figure is of.
        topic = None
    triggers = find_triggers(text, knowledge.events) if (reading.figures or reading.dates) else []
    spans = list(reading.clauses)
    claims: list[Claim] = []

    slots = [
        FigureSlot(f.start, f.end, f.quantity.kind, f.quantity.unit if f.quantity.kind == "quantity" else None)
        for f in reading.figures
    ]
    wholes = _wholes_of_parts(document, sentence, reading.figures, knowledge.events)
    # "Europe accounted for 41% of sales, Asia for 37%, ...": shares of one
    # whole, each a part of the list the first one opens (its own id).
    for members in share_lists(text, reading.figures):
        opening = reading.figures[members[0]]
        list_id = claim_id(document, sentence.start + opening.start, sentence.start + opening.end, "percent")
        wholes.update((reading.figures[i].start, list_id) for i in members)
    last_another = _last_another(text, reading.figures)
    # "Of that total, bowling brought in £31.2 million": the sentence lists
    # parts of the total the sentence before told.
    splits_the_total_before = SPLITS_A_TOTAL.match(text) is not None
    # Read once per sentence, not once per figure (a sentence may hold hundreds).
    parties = _parties(mentions)
    place_mentions = [m for m in mentions if m.type in ("place", "country") and not m.actor and not m.demonym]
    ending_at: dict[int, list[Mention]] = {}
    for mention in mentions:
        ending_at.setdefault(mention.end, []).append(mention)
    # The sentence's figures as each one's qualifiers see them: built once.
    # A figure per unit ("EUR 11.50 per share") is no item of a list of totals ("EUR 640 million, or EUR 11.50 per share").
    mentions = _without_cited_titles(text, mentions, [f.start for f in reading.figures])
    attributions = attribute(text, slots, mentions, triggers, knowledge.events, heading=sentence.is_heading, spans=spans)
    # Figures of different measures are no items of one list ("raised its EUR
    # 26 million Series A in 2022 and a EUR 9 million grant in 2023").
    siblings = [
        (
            f.start, f.end, f.quantity.kind,
            (f.quantity.counted or f.quantity.unit or "") + (f" per {f.quantity.per}" if f.quantity.per else "") + f" {w.event}",
        )
        for f, w in zip(reading.figures, attributions)
    ]
    columns = _aligned_columns(text, reading.figures)
    dateline = model.layout.dateline
    # "Sold 14.6 million rolls (FY24: 13.9 million)": a year opening a
    # bracket's earlier figure dates that figure only (_earlier_in_brackets).
    own_dates = [d for d in reading.dates if not _opens_a_comparison(text, d.start, d.end)]
    body_dates = [
        d for d in own_dates
        if dateline is None or not dateline.start <= sentence.start + d.start < dateline.end
    ]  # fmt: skip
    # The parts a count's breakdown lists ("2.36 million passengers in 2024:
    # 1.22 million on domestic lines and ..."): read as its parts, not again
    # as figures of their own.
    broken_down: set[int] = set()
    # "Last week's briefing put its 2024 turnover at £36.1 million; the
    # correct figure is £31.6 million": the figure taken back is no one's.
    corrected = _CORRECTED.search(text) if _EARLIER_EDITION.search(text) else None
    takings_read = False  # a sum read as what a business took, not as the order its verb names
    bought_in_counts = _bought_in_counts(model, text, reading.figures, knowledge)
    for figure, who in zip(reading.figures, attributions):
        if who.object_name is None and bought_in_counts and who.event in _TAKEOVER_EVENTS:
            # "we bought the 11 Spotless shops in Lincolnshire for £2.3
            # million": what was bought is named inside the count before it.
            bought = next((m for end, m in reversed(bought_in_counts) if end <= figure.start), None)
            if bought is not None and (who.subject is None or who.subject.name != bought.name):
                who = who._replace(object_name=bought.name, object_type=bought.type, object_surface=bought.surface)
        if figure.start in broken_down:
            continue
        if corrected is not None and figure.end <= corrected.start():
            continue
        word = owner_in_count(text, figure, knowledge.lexicon, knowledge.events.any_counted) if figure.quantity.kind == "count" else None
        owner = _owner_in_count(model, text, figure, word)
        if who.subject is not None and _counts_an_owners_thing(text, figure, who.subject, knowledge.references.facility_nouns):
            # "the IMF's 24-member board": the board's members, no count of the IMF's own.
            who = who._replace(subject=None)
        if owner is not None:
            # "More than 40,000 Marrewijk shelters are in service": the owner written inside the count.
            who = who._replace(subject=owner)
        elif who.subject is not None and _another_owner_in_count(word, figure, who.subject.name, knowledge):
            # "to run repair kiosks in 120 Brightwell supermarkets": another
            # party's things, where the subject works, none of its own.
            who = who._replace(subject=None)
        if who.subject is not None and who.subject.via in ("pronoun", "first person"):
            who = _named_part(text, who, mentions, knowledge.references.part_nouns)
        question = question_answered(model, reading, figure.start) if who.subject is None or who.event is None else None
        if question is not None:
            # "What did Maia cost in the end?" / "About 66 million euros":
            # the answer's figure is what the question asks, of what it names.
            who = who._replace(
                subject=who.subject or asked_about(model, question),
                event=who.event or asked_event(question, figure.quantity.kind, knowledge.events),
            )
        if figure.quantity.kind == "count" and (
            figure.quantity.counted in ("people", "persons") or knowledge.events.count_classes.get(figure.quantity.counted or "") == "employees"
        ):
            employer = _employer_after(text, figure.end, mentions)
            if employer is not None and (who.subject is None or who.subject.start > figure.end):
                # "Today 146 people work for us", "More than 80 people work
                # for Corrieburn": whom they work for is whose they are.
                who = who._replace(subject=employer)
        described = _described_by_appositive(text, figure.start, mentions)
        if described is not None:
            # "Pryce spent six years at Geigenbau Wendt in Markneukirchen, a
            # family firm with fewer than 50 staff": the company the
            # appositive describes, whoever the sentence's subject is.
            who = who._replace(subject=described)
        if who.subject is None and topic is not None:
            who = who._replace(subject=topic)
        who = with_facility_owner(text, who, mentions, (topic, document_topic), knowledge.references, knowledge.gazetteer, facility_owners, placed_facilities)
        if who.subject is not None and who.subject.type == "facility" and _THE_TOWN_SITE.match(text, 0, who.subject.start):
            # "Hollis Marine Safety has built lifeboats since 1921. The Cowes
            # yard delivered 44 boats": a site named by its town opening the
            # sentence after its company is that company at work there.
            carried = carried_subject(False)
            if carried is not None and carried.type in ("organisation", "unknown") and not any(
                m.type in ("organisation", "unknown") and m.actor and not m.demonym and m.name not in (carried.name, who.subject.name)
                and m.start < figure.start
                for m in mentions
            ):
                site = {"object_name": who.subject.name, "object_type": "facility", "object_surface": who.subject.surface}
                who = who._replace(subject=carried, **(site if who.object_name is None else {}))
        who = with_told_facility(text, who, figure.start, figure.end, mentions, knowledge.references, knowledge.gazetteer, knowledge.events.facility_costs)
        who = with_site_of_where_clause(text, who, figure.start, mentions, knowledge.references)
        if (
            who.subject is None
            and figure.quantity.kind in ("percent", "money")
            and not any(m.type == "country" for m in mentions)
            and (
                _measure_of_a_country_before(text, clause_of(spans, figure.start)[0], figure.start, knowledge.references)
                or (figure.quantity.kind == "percent" and _share_of_a_national_measure(text, figure.end, knowledge.references))
                or (figure.quantity.kind == "money" and _budget_item(model, text, figure.end, knowledge.references))
            )
        ):
            # "public debt will exceed 68% of GDP" in a story whose title names
            # its country: the country's own measure.
            who = who._replace(subject=_title_country(model))
        if (
            who.subject is None
            and document_topic is not None
            and document_topic.type == "organisation"
            and figure.quantity.counted
            and not any(m.actor for m in mentions)
            and _counted_in_title(model, figure.quantity.counted, knowledge.references.organisation_counts)
            and knowledge.references.speaker_verbs.isdisjoint(_LOWER_WORDS.findall(text))
        ):
            # "Delta Air Lines to cut up to 9,000 jobs" over "In total, some
            # 900 jobs will be lost": what the title says its organisation counts.
            who = who._replace(subject=document_topic)
        if who.subject is None and document_topic is not None and _fact_sheet_line(text, mentions, document_topic, who.object_name):
            # "Employees: 2,100" in a list on a page about one company: its figure.
            who = who._replace(subject=document_topic)
        if (
            who.subject is None
            and document_topic is not None
            and document_topic.type in _TOPIC_KINDS
            # "... rose to 318,000 tonnes and we realised ...": its own "we" is no other party.
            and not any(
                # "new listings in French supermarkets": a nationality is no other party.
                m.actor and not m.demonym and m.name != document_topic.name and not _in_a_parts_tail(text, figure.end, m.start)
                for m in mentions
            )
            and _opens_on_owned_measure(text, knowledge.references.owned_measures)
        ):
            # "Headcount ended the quarter at 1,720 employees" in a results
            # call of one company: the measure it reports of itself.
            who = who._replace(subject=document_topic)
        if who.subject is None and figure.quantity.kind in ("money", "count", "quantity"):
            # "Hollowmere Farms, the Herefordshire egg producer, said on
            # Tuesday that revenue rose to £148.6 million": a company telling
            # a measure it reports of itself.
            teller = _company_telling_its_own(text, mentions, figure.start, knowledge.references)
            if teller is not None:
                who = who._replace(subject=teller._replace(actor=True))
        deal_opening = _deal_opening(text, knowledge.references.description_heads) if who.subject is None else None
        opens_on_a_deal = deal_opening is not None
        # The parts of a total told before ("Of that total, ...", "Robotic
        # mowers brought in ..."): its owner's.
        splits_a_total = who.subject is None and figure.quantity.kind == "money" and (
            splits_the_total_before or _things_earned(text, clause_of(spans, figure.start), figure.start, mentions)
        )
        if who.subject is None and (opens_on_a_deal or splits_a_total or _opens_on_owned_measure(text, knowledge.references.owned_measures)):
            # "Harlow Pictures said revenue rose to GBP 300 million. Operating
            # profit was GBP 40 million.": the paragraph still tells of Harlow,
            # unless the sentence names another actor ("most of it" and "Harlow
            # charges" later in it are Harlow still). "The order is worth EUR
            # 87 million" may open the paragraph after the lead that told of
            # the order: a deal named again is that lead's, for what it is
            # worth (what it supplies, "500,000 cells capable of generating
            # 11MW", is no capacity of the party's).
            carried = carried_subject(opens_on_a_deal and figure.quantity.kind == "money", splits_a_total and splits_the_total_before)
            if carried is not None and not any(
                m.actor and not m.demonym and m.name != carried.name and not _in_a_parts_tail(text, figure.end, m.start)
                # "The contract, signed in Faro with Algarve Hídrica, is worth
                # EUR 186 million and covers a plant near Armação": a place or
                # a counterparty, no other party's deal.
                and not (deal_opening is not None and _aside_of_a_deal(text, m, figure.start, deal_opening))
                for m in mentions
            ):
                who = who._replace(subject=carried)
        if (
            who.subject is None and _ACCOUNTS_SHOW.match(text, speaker_label_end(text))
            and not any(m.actor and not m.demonym and m.start < figure.start for m in mentions)
        ):
            # "... takes the firm to 14 shops. / The latest accounts show
            # turnover of £9.8 million": the accounts of the company the text
            # told of last, though a paragraph opens on them; else of the one
            # the story is about.
            told = carried_subject(False, True)
            if told is None and document_topic is not None and document_topic.type in _TOPIC_KINDS:
                told = document_topic
            if told is not None:
                who = who._replace(subject=told)
        if (
            who.subject is None
            and own_report
            and document_topic is not None
            and document_topic.type in _TOPIC_KINDS
            and figure.quantity.kind in ("money", "count", "quantity")
            and (opens_list_item(document.text, sentence.start) or _opens_a_marked_up_item(document, sentence.start))
            # (no one named before it: "- 312 field technicians at the year end,
            # every one holding the RSPH Level 2 award" is still the company's;
            # so is "- Acquisition of Harlow & Finch Audiology, announced in
            # January 2025 for £2.6 million": what it bought is no buyer)
            and not any((m.actor or m.type == "person") and m.start < figure.end and m.name != who.object_name for m in mentions)
        ):
            # "- 1.46 million members at 30 September 2025" among a results
            # release's highlights: the reporting company's own figure.
            who = who._replace(subject=document_topic)
        if (
            who.subject is None
            and own_report
            and document_topic is not None
            and document_topic.type in _TOPIC_KINDS
            and figure.quantity.kind in ("money", "count", "quantity", "percent")
        ):
            # "Net sales grew 6.0% to EUR 74.1 million" in a company's own
            # annual review: a measure of no one named is the reporter's own.
            # (Only the figure's clause up to it names no one: "..., even
            # though the Finnish market remained weak".)
            opening = clause_of(spans, figure.start)
            if not any(
                (m.actor or m.type in ("person", "organisation")) and m.start < figure.start and m.end > opening[0] for m in mentions
            ) and _opens_on_its_measure(text, opening, figure.start, triggers, figure.end):
                who = who._replace(subject=document_topic)
            elif _officer_telling_its_own(text, mentions, figure.start, knowledge.references) or _office_telling(
                text, opening, mentions, figure.start, knowledge.references
            ):
                # "The Secretary reported that full membership stands at 612"
                # in the minutes of a club's meeting: the club's own measure;
                # so is "The CEO reported 612 animals rehomed in the year".
                who = who._replace(subject=document_topic)
            elif (
                figure.quantity.kind == "count" and figure.quantity.counted
                and figure.quantity.counted.casefold().endswith("people")
                and count_measure(figure.quantity.counted, text[opening[0] : opening[1]], knowledge.events, after=text[figure.start : opening[1]])
                and _OPENS_ON_THE_FIGURE.fullmatch(text, opening[0], figure.start)
                and not any(m.actor or m.type in ("person", "organisation") for m in mentions)
            ):
                # "For the first time, more than 20,000 people came through
                # the doors in 2024" in a trust's own annual review: people
                # its clause opens on, counted as what they did (visitors,
                # listeners), in a sentence naming no one, are the reporter's.
                # ("Five bids were received" in a committee's minutes is no
                # count of its own.)
                who = who._replace(subject=document_topic)
        if (
            who.subject is None
            and model.turn_voices
            and figure.quantity.kind in ("money", "count", "quantity")
            and not any(m.actor or m.type in ("organisation", "unknown") for m in mentions)
        ):
            # "[02:47] DEV: The fee to join is £19,500." in a transcript whose
            # guests run different companies: a figure of no one named, told
            # in a guest's turn, is the guest's company's.
            voice = _entity_mention(model.entity(model.voice_at(sentence.start)))
            if voice is not None:
                who = who._replace(subject=voice)
        if figure.quantity.kind == "percent" and _share_of_opinion(text, figure.end, knowledge.references):
            who = who._replace(subject=None)  # "the poll found that 64 percent say ...": the people asked
        clause = clause_of(spans, figure.start)
        other_figures = [(f.start, f.end) for f in reading.figures if f is not figure]
        time = (
            # "ROTTERDAM, April 14, 2025 - ..., the first of six river ships
            # that Serena ordered in 2023, ...": the dateline dates the story,
            # a year of the figure's own clause dates the figure.
            (
                sentence_date(
                    body_dates, figure.start, figure.end, clause, sentence.start, text, knowledge.events.limits_the_date,
                    knowledge.events.triggers, other_figures=other_figures,
                )
                if len(body_dates) < len(own_dates)
                else None
            )
            or (
                # A flow's year is the period its story reports ("results for
                # the year ended 31 December 2024"), never the day its
                # dateline was written ("SHEFFIELD, 18 March 2025 - ...
                # today reported revenue of £148.3 million").
                None
                if len(body_dates) < len(own_dates)
                and knowledge.events.lasts(who.event) == "periodic"
                and context_time is not None
                and context_time.source in ("heading", "section")
                else sentence_date(
                    own_dates, figure.start, figure.end, clause, sentence.start, text, knowledge.events.limits_the_date,
                    knowledge.events.triggers, other_figures=other_figures,
                )
            )
            or _lead_in_date(model, reading, figure.start)
            or _date_of_the_deal_paid_for(model, reading, figure.start)
            or _timeline_entry_date(reading)
            or _that_year(text, reading.dates, figure.end, sentence.start)
            or _year_after_its_base(model, reading, figure.end, clause)
            or (
                # "In 2008 we bought the old market garden, and our 16-acre
                # nursery there now grows most of our trees": a figure whose
                # own clause says "now" is of the document's time, not of
                # the year its paragraph led with.
                default_time
                if context_time is not None and context_time.source == "section"
                and _NOW_AFTER_THE_FIGURE.match(text, figure.end, min(len(text), figure.end + 60))
                else context_time
            )
        )
        qualified = qualify(
            text, figure.start, figure.end, clause, figure.quantity.kind, len(reading.figures), figure.quantity.counted,
            siblings=siblings,
        )
        if qualified.place is not None and (
            _names_a_party(text, figure.end, qualified.place, mentions)
            or qualified.place.split()[-1].casefold() in knowledge.references.event_name_words
        ):
            # "40 jets from Kestrow Aerospace", "45 jets at the Paris Air
            # Show": a supplier or an event, not a place the count is a share of.
            qualified = qualified._replace(place=None)
        if qualified.place is not None and _DESCRIBING_APPOSITIVE.search(text, max(0, figure.start - 60), figure.start):
            # "Cerezas Garganta, a cooperative of 640 growers in Spain's Jerte
            # valley": the place says where the described company is, its
            # members all there, no share of them.
            qualified = qualified._replace(place=None)
        if qualified.role is None and qualified.scope is None and _another_follows(figure, last_another):
            # "repurchase $20 billion by August, and another $20 billion by
            # 2011": the first of the pieces another one is added to.
            qualified = qualified._replace(role="part")
        owned = _possessed_thing(text, who.subject, figure.start, knowledge)
        if owned is None and who.subject is not None and who.subject.via == "pronoun":
            # "Microsoft's games business grew - its revenue rose to $2.96
            # billion": the pronoun stands for the sentence's subject, the part.
            owned = next(
                (
                    "segment"
                    for m in mentions
                    if m.possessive and m.name == who.subject.name and m.end < who.subject.start
                    and _possessed_thing(text, m, figure.start, knowledge) == "segment"
                ),
                None,
            )
        if owned is None and who.subject is not None and _a_described_segment(who.subject, knowledge.events.segment_nouns, knowledge.references.ownership_modifiers):
            owned = "segment"  # "The contract division, which sells to hotels, had revenue of GBP 41.7 million"
        segment_named = None
        if figure.quantity.kind == "money":
            described = _described_segment_opening(text, clause, figure.start, knowledge.events.segment_nouns)
            if described is not None:
                # "Healthcare, the group's largest segment, grew 17% to EUR 281
                # million": the segment the clause opens on, by its label.
                owned, segment_named = "segment", described
        if owned is None and who.role is None:
            segment_words = _segment_measure_words(text, clause, figure.start, mentions, knowledge.references)
            own_measure = knowledge.events.triggers.get(" ".join(segment_words)) if segment_words is not None else None
            if segment_words is not None and (own_measure is None or who.event is None or own_measure[0] != who.event):
                # (Not "Export sales grew to £5.3 million": "export sales" names the exports, a measure of their own.)
                segment_named = segment_words[0]
            if segment_named is not None:
                owned = "segment"  # "Fibre revenue was NOK 1.6 billion": one segment's revenue
                if figure.quantity.kind != "money":
                    segment_named = None  # (only a sum is the segment's own: "Holiday home sales up 6%" is its change)
                elif who.subject is None and own_report and document_topic is not None and all(
                    m.via == "first person" or m.name == document_topic.name for m in mentions
                ):
                    # ("Direct online sales rose to £16.1 million" in a company's own review: its segment.)
                    who = who._replace(subject=document_topic)
        if (
            owned is None and who.role is None and who.event == "revenue" and figure.quantity.kind == "money"
            and _sales_to_a_part(text, clause, figure.start, knowledge.references)
        ):
            owned = "segment"  # "Sales to this customer group remain small, at under EUR 2 million"
        if owned is None and who.role is None and who.event == "revenue" and _things_earned(text, clause, figure.start, mentions):
            owned = "segment"  # "Robotic mowers brought in CZK 3.92 billion": one line's revenue
        if owned is None and who.role is None and figure.quantity.kind == "money" and splits_the_total_before:
            owned = "segment"  # "Of that total, bowling brought in £31.2 million": a part of the total before
        if owned is None and who.role is None and _opens_on_a_named_segment(text, figure.start, knowledge.events.segment_nouns):
            owned = "segment"  # "Healthcare, the group's largest segment, grew 17% to EUR 281 million"
        if (
            owned is None
            and who.role is None
            and knowledge.events.lasts(who.event) == "periodic"
            and _segment_lead_in(model, reading, mentions, knowledge.events, knowledge.references.owned_measures)
        ):
            owned = "segment"  # "Divisions" / "**Decorative.** Revenue rose 5% to EUR 780 million"
        if owned == "segment":
            who = who._replace(role=who.role or "part")  # a part of the company: one piece of its figure
        elif owned == "thing":
            who = who._replace(subject=None)  # "Ozzy's black satin coat raised $3,300": the coat's, not Ozzy's
        if who.event == "price" and figure.quantity.kind == "money":
            who = _bought_from_its_seller(text, clause, figure.start, mentions, who) or who
        stake_end = stake_bought(text, figure.start, figure.end, knowledge.events) if who.event is None and figure.quantity.kind == "money" else None
        if (
            stake_end is None and who.object_name is None and figure.quantity.kind == "money"
            # ("The Wakefield group, which turned over £84.6m in 2024, paid
            # £8.4m for Dearne Skips": its own verb of paying, whatever the
            # relative clause before it told.)
            and (who.event in (None, "acquisition") or knowledge.events.paying_before.search(text, max(0, figure.start - 40), figure.start))
        ):
            bought = _company_paid_for(text, figure.start, figure.end, mentions, who, knowledge.events, knowledge.lexicon.number_words) or _target_told_before(
                model, reading, text, figure.start, figure.end, who, knowledge.events
            )
            if bought is not None:
                who = who._replace(event="acquisition", object_name=bought.name, object_type=bought.type, object_surface=bought.surface)
            elif (bought_it := _paid_for_it_after(text, figure, mentions, who)) is not None:
                # "Driftwood has more than justified the £14.2m we paid for it
                # in 2022": what "it" is, the sentence's subject, was bought.
                who = who._replace(event="acquisition", object_name=bought_it.name, object_type=bought_it.type, object_surface=bought_it.surface)
            elif (
                own_report and document_topic is not None and who.subject is not None and who.subject.name != document_topic.name
                and who.subject.type in ("organisation", "unknown", "facility") and _JOINED_FOR.search(text, max(0, figure.start - 60), figure.start)
            ):
                # "Abbeygate Dental, a four-surgery practice in Colchester,
                # joined in April 2024 for £1.4 million" in a group's own
                # report: the practice it bought, and the price it paid.
                joined = who.subject
                who = who._replace(
                    subject=document_topic, event="acquisition", object_name=joined.name, object_type=joined.type, object_surface=joined.surface
                )
            paid = _paid_in_a_relative(text, figure.end, mentions, knowledge.events) if bought is None else None
            if paid is not None:
                payer, company = paid
                who = who._replace(subject=payer)
                if company is not None:
                    who = who._replace(event="acquisition", object_name=company.name, object_type=company.type, object_surface=company.surface)
                elif in_takeover(text, knowledge.events) or _takeover_told_before(model, reading, knowledge.events):
                    # "... before the Proskowa deal. At the EUR 240 million that
                    # Verhaegen agreed to pay, the price is high": the deal's price
                    # (its target is the one its buyer is known to have bought).
                    who = who._replace(event="acquisition")
        if (
            who.event is None
            and figure.quantity.kind == "percent"
            and who.role is None
            # a verb of buying right before it, no "a further" between
            and knowledge.events.buying_before.search(text, max(0, figure.start - 40), figure.start)
            and stake_of(text, figure.end) is not None
        ):
            # "agreed to buy 70% of Kuusela Telineet", "acquired a 35% stake in
            # Delta Quay": the share bought in that company, one deal's figure.
            who = _with_stake_target(text, figure.end, mentions, who._replace(event="acquisition"))
            if who.object_name is None:
                who = who._replace(event=None)
        stake_price = stake_end is not None
        took = _took_in_a_period(text, figure.start, figure.end, figure.quantity.kind, knowledge.events)
        # ("booked £46.2m in the year to March, up from £43.9m": what it took,
        # not one order it booked; and so the level it is set against.)
        took_not_ordered = who.event == "order" and (took or (takings_read and (who.role or qualified.role) in ("previous", "change")))
        takings_read = takings_read or (took and who.event == "order")
        event = (
            ("revenue" if took_not_ordered else who.event)
            or ("acquisition" if stake_price else None)
            or lead_in_event(model, reading, figure.start, figure.quantity.kind, knowledge.events)
            or heading_event(model, reading, figure.quantity.kind, knowledge.events)
            or ("revenue" if took else None)
        )
        if (
            event is not None and who.event is None and who.role is None and figure.quantity.kind == "money"
            and _LINE_LABEL_BEFORE.match(text, 0, figure.start) and (heading := _section_heading(model, reading)) is not None
            and _BROKEN_DOWN_BY.search(heading) and heading_event(model, reading, figure.quantity.kind, knowledge.events) == event
        ):
            # "Revenue by division" over "- Coach holidays: £29.4m": one
            # division's part of the revenue, no rival of the whole's £38.6m.
            who = who._replace(role="part")
        sizes_a_site = _sizes_its_site(text, figure, knowledge.references.facility_nouns, knowledge.events)
        if sizes_a_site:
            event = "capacity"  # "opened its recovery facility in 2019, and the 150,000-tonne plant now takes ...": the site's size
        share = (
            share_of_whole(text, figure.start, figure.end, knowledge.events.share_wholes, knowledge.events.production_verbs)
            if figure.quantity.kind == "percent" and who.role is None and knowledge.events.share_wholes
            else None
        )
        if share is None and figure.quantity.kind == "percent" and who.role is None and knowledge.events.share_wholes:
            # "- Locomotives: 33%" under "Sales by category": one part's share.
            share = _share_under_a_heading(model, reading, text, figure.start, knowledge.events.share_wholes)
        if share is not None:
            # "Diamond jewellery accounted for 41% of revenue": the whole's
            # owner's share of that measure, kept apart by its part.
            told_of = (document_topic if own_report else None) or carried_subject(False)
            if (
                told_of is None
                and document_topic is not None
                and document_topic.type in _TOPIC_KINDS
                and not any(m.actor and not m.demonym and m.name != document_topic.name for m in mentions)
            ):
                told_of = document_topic  # a story of one company: its share, when the sentence names no other party
            who, event = _as_a_share(share, who, mentions, told_of)
        if event == "valuation" and knowledge.events.deal_valued.search(text, max(0, figure.start - 200), figure.start):
            # "The agreement is worth a total of 235 million euros": the deal
            # the sentence before told of ("under a five-year agreement signed
            # in July 2025") is priced, not valued.
            event = _deed_told_before(model, reading, figure.quantity.kind, knowledge.events) or event
        if event == "order" and who.subject is not None:
            who = _customer_of_a_won_order(text, clause, who, mentions, knowledge.events)
        elif event == "order" and who.object_name is not None:
            who = _winner_of_an_order_told_after(text, figure.end, who, mentions, knowledge.events)
        if stake_price and who.object_name is None:
            who = _with_stake_target(text, stake_end, mentions, who)
        if event is not None and _sizes_a_party(text, figure.end, knowledge.references, knowledge.events):
            # "after the GBP 2.68 billion bank took an emergency loan": the
            # figure says how big the bank is, not what the loan was.
            event = None
            who = who._replace(event=None)
        measure = measure_of(figure.quantity, event, text[clause[0] : clause[1]], knowledge.events, after=text[figure.start : clause[1]])
        if measure is not None and figure.quantity.kind == "count" and ":" not in measure:
            place_word = word_in_count(text, figure, knowledge.lexicon)
            if place_word is not None and _a_part_of_a_country(place_word, knowledge):
                # "refitting its four Cumbrian practices", "its 12 Leeds
                # shops": the part of a whole in one place, no rival of the
                # whole ("more than 90 practices").
                measure = f"{measure}:{place_word.casefold()}"
        if (
            event is None and figure.quantity.kind == "quantity" and "-" in text[figure.start : figure.end]
            and _ANY_ONE_BEFORE.search(text, max(0, figure.start - 8), figure.start)
        ):
            # "a six-foot Nordmann costs £55": the size of any one of a kind,
            # no fact of one thing ("the 14-metre Nordmann fir that stands in
            # the city centre" is one).
            measure = None
        sold_thing = _sales_of_units(text, clause[0], figure, knowledge.events)
        if sold_thing is not None:
            # "Holiday home sales up 6% to 1,240 units": the units are the
            # holiday homes sold, the measure "We sold 1,420 holiday homes" tells.
            figure = figure._replace(quantity=figure.quantity.model_copy(update={"counted": sold_thing}))
            measure = sold_in_a_period(count_measure(sold_thing, text[clause[0] : clause[1]], knowledge.events))  # type: ignore[arg-type]
            # (A count of things sold is no piece of the revenue the sales
            # line names as one of the company's segments.)
            who = who._replace(event=measure, role=None if who.role == "part" else who.role)
        if measure == PRODUCTION and figure.quantity.kind == "count":
            # "produced 380 million pencils in 2024": the year's output of
            # pencils, the measure "made 520 million pencils" tells.
            counted = count_measure(figure.quantity.counted, text[clause[0] : clause[1]], knowledge.events, after=text[figure.start : clause[1]])
            # ("packed 11,400 tonnes of honey in 2024, employs 342 people":
            # people employed are a headcount, never what was made.)
            measure = counted if counted == "employees" else output_counted(measure, "count", counted, knowledge.events)
            if (
                measure != counted and made_thing(counted, knowledge.events)
                and knowledge.events.sold_before.search(text, max(0, figure.start - 30), figure.start)
            ):
                # "produced 95,000 litres of ink and sold 1.9 million bottles":
                # the verb right before the count says what was done to them.
                measure = sold_in_a_period(counted)  # type: ignore[arg-type]
            who = who._replace(event=measure)
        elif (
            measure == "deliveries"
            and figure.quantity.kind == "count"
            and knowledge.events.shipped_before.search(text, max(0, figure.start - 30), figure.start)
        ):
            # "shipped 118,000 stoves": things made, shipped to their buyers, are
            # the ones sold ("sold 96,000 stoves"); an aircraft's delivery stays one.
            counted = count_measure(figure.quantity.counted, text[clause[0] : clause[1]], knowledge.events, after=text[figure.start : clause[1]])
            if made_thing(counted, knowledge.events):
                measure = sold_in_a_period(counted)  # type: ignore[arg-type]
                who = who._replace(event=measure)
        elif (
            measure == "deliveries"
            and figure.quantity.kind == "quantity"
            and figure.quantity.counted
            and dimension_measure(figure.quantity.unit, knowledge.events) in AMOUNTS_OF_STUFF
            and knowledge.events.shipped_before.search(text, max(0, figure.start - 30), figure.start)
            and (stuff := counted_thing(figure.quantity.counted, knowledge.events)) is not None
        ):
            # "shipped some 47,000 tonnes of spawn": the stuff sold, as "sold
            # 47,000 tonnes of spawn" reads.
            measure = stuff
            who = who._replace(event=measure)
        elif figure.quantity.kind == "count" and (deed := _deed_before(text, figure.start, knowledge.events)) is not None:
            # "serviced 3,850 buoys": that many had the work done in the
            # period, not the buoys the company looks after.
            counted = count_measure(figure.quantity.counted, text[clause[0] : clause[1]], knowledge.events, after=text[figure.start : clause[1]])
            if measure == counted and made_thing(counted, knowledge.events):
                measure = deed_done_to(counted, deed)  # type: ignore[arg-type]
                who = who._replace(event=measure)
        if figure.quantity.kind in ("quantity", "count") and _DEAL_TO_SUPPLY_BEFORE.search(text, max(clause[0], figure.start - 90), figure.start):
            # "signed a three-year contract to supply Limonell with 240,000
            # tonnes of sugar": the deal's volume, no output of the year.
            measure = "contract"
            who = who._replace(event=measure)
        if measure == "valuation" and who.object_name is not None and in_takeover(text, knowledge.events):
            measure = "acquisition"  # "a deal that values X at ...": the price paid for X
        elif (
            measure == "price"
            and figure.quantity.kind == "money"
            and figure.quantity.per is None
            and _PRICE_RESTATED.match(text, figure.end)
            and in_takeover(text[: figure.start], knowledge.events)
        ):
            measure = "acquisition"  # "agreed to buy a 40% stake for EUR 310 million, a price that ...": the takeover's price
        # A sum told of a facility its owner holds ("its new mill in Lycksele,
        # a SEK 1.9 billion investment") measures the facility, as when the
        # facility is the subject.
        if (
            measure is None and figure.quantity.kind == "money" and figure.quantity.per and figure.quantity.per not in _SPANS_OF_TIME
            and _PRICED_BEFORE.search(text, max(clause[0], figure.start - 20), figure.start)
        ):
            # "Our annual service is £9.50 per extinguisher": a sum per thing,
            # with no word of what it measures, is what each one costs.
            measure = "price"
        told_of = "facility" if who.object_type == "facility" else (who.subject.type if who.subject else None)
        measure = measure_for_subject(measure, figure.quantity, told_of, knowledge.events)
        measure = output_of_a_year(
            measure, figure.quantity, text[clause[0] : figure.start], time is not None and time.source == "sentence" and bool(body_dates),
            knowledge.events, by_verb=event == "output",
        )
        if measure == "acquisition":
            who = _bought_in_a_description(text, figure.start, mentions, who, document_topic)
        kind_of_measure = knowledge.events.kinds.get(measure or "")
        if kind_of_measure is not None and kind_of_measure.object_after and kind_of_measure.passive_object:
            # Only a takeover's target is found this way: an order's or a
            # contract's counterparty is whoever its own clause names.
            who = _with_target(text, who, event != who.event and not stake_price, mentions, model)
        place = qualified.place if qualified.place and (who.subject is None or qualified.place != who.subject.name) else None
        home = _home_country_of(model, who.subject.name) if place is not None and who.subject is not None else None
        if home is not None and home == normalise_country(place, knowledge.gazetteer):
            # "Lanternhouse, which has fewer than 12,000 beds in the UK", of a
            # British company: all of its beds, no share of them.
            place = None
        # Validated by the model's validator itself: its __init__ is a Python call around it.
        qualifiers = Qualifiers.__pydantic_validator__.validate_python(
            {
                "round": qualified.round,
                # ("Direct online sales rose to £16.1 million": the segment a
                # table's row names "Direct online".)
                "phase": qualified.phase or columns.get(figure.start) or segment_named
                # ("II.2 Lot 1 - Doncaster and Dearne. Estimated activity: ...": the lot's.)
                or paragraphs_lot(model.document.text, reading.span.start + figure.start),
                "scope": qualified.scope,
                "per": getattr(figure.quantity, "per", None) or qualified.per or frequency_per(figure.quantity.counted),
                "place": place,
                "period": qualified.period
                or (
                    reported_period
                    if kind_of_measure is not None and kind_of_measure.lasts == "periodic" and (time is None or time.source != "sentence")
                    else None
                ),
            }
        )
        triggered = who.event is not None or sizes_a_site  # a trigger word (or a site's noun) named the measure, not the unit alone
        who = who._replace(event=measure, role=qualified.role or who.role)
        if who.tense == "future" and _TOLD_AS_DONE.match(text, figure.end):
            # "expects 2026 bookings to exceed the USD 1.48 billion it reported
            # for 2025": the figure's own verb is past.
            who = who._replace(tense="past")
        lasts = "volatile" if knowledge.events.volatile(measure, qualifiers.per) else knowledge.events.lasts(measure)
        if lasts == "one-off" and figure.quantity.kind == "count" and measure not in knowledge.events.kinds:
            lasts = "stock"  # a count of things ("3,150 beds", "290,000 farmers") is true at a date
        if lasts == "one-off" and qualifiers.period is not None and measure in knowledge.events.period_flows:
            lasts = "periodic"  # "capital expenditure in the first half", a column "H1 2024": that period's spending
        if lasts == "one-off" and qualifiers.scope == "cumulative":
            lasts = "stock"  # "bringing the total to 677 orders": a running total, true at its date
        if (
            lasts == "stock"
            and figure.quantity.kind == "count"
            and who.role is None
            # "can build about 5,000 units a year": a rate, no change of a stock.
            and not qualifiers.per
            # ("has bought the 680-bed Wharfside House": the size of what was bought, no change.)
            and not _COMPOUND_COUNT.fullmatch(text, figure.start, figure.end)
            and (
                knowledge.events.stock_changes.search(text, max(0, figure.start - 60), figure.start)
                # ("In November we opened our ninth cinema, three screens in
                # the old Co-operative building": what the opening added.)
                or knowledge.events.stock_change_appositive.search(text, max(0, figure.start - 80), figure.start)
                or knowledge.events.stock_changed_after.match(text, figure.end, clause[1])
                or (knowledge.events.sold_after.match(text, figure.end) and made_thing(measure, knowledge.events))  # "780,000 tickets sold"
            )
        ):
            # "close 300 stores", "600 stores the company would be closing": a
            # change of the stock, not its size.
            done_in = _flow_of_year(text, figure.start, figure.end, who, time, measure, knowledge.events)
            if done_in is not None:
                # "opened 60 stores last year": the year's openings, a measure of their own.
                measure, lasts = f"{measure} {done_in}", "periodic"
                who = who._replace(event=measure)
            elif (
                reported_year is not None
                and who.tense != "future"
                and made_thing(measure, knowledge.events)
                and _made_by_verb(text, figure.start, knowledge.events)
            ):
                # "Asheville built 14,900 guitars" in a report on 2024: the
                # reported year's output (its year is the report's), not a
                # change of a stock of guitars.
                measure, lasts = made_in_a_year(measure), "periodic"
                who = who._replace(event=measure)
            elif (
                made_thing(measure, knowledge.events)
                and (measure or "") not in knowledge.references.facility_nouns  # "sell three airports": sites
                and _told_as_sold(text, figure.start, figure.end, knowledge.events)
            ):
                # "sells fewer than 100,000 trees a season", "Last Christmas we
                # sold 262,000 trees": things made are sold as a flow, not
                # taken out of a stock as a chain sells its stores.
                measure, lasts = sold_in_a_period(measure), "periodic"  # type: ignore[arg-type]
                who = who._replace(event=measure)
            else:
                who = who._replace(role="change")
        elif (
            lasts == "stock"
            and figure.quantity.kind == "count"
            and who.role is None
            and made_thing(measure, knowledge.events)
            and _made_in_year(text, figure.start, figure.end, who, time, knowledge.events, reported_year)
        ):
            # "the craftspeople finished 1,400 pianos last year": a year's
            # output of things made, the measure "built" and "produced" tell too.
            measure, lasts = made_in_a_year(measure), "periodic"
            who = who._replace(event=measure)
        elif (
            figure.quantity.kind == "quantity"
            and who.role is None
            and measure != PRODUCTION
            # the unit alone named the measure ("area", "mass"), or a thing made did
            and (not triggered or made_thing(measure, knowledge.events))
            and _made_in_year(text, figure.start, figure.end, who, time, knowledge.events, reported_year)
        ):
            # "wove 48 million square metres of carpet in 2024": a year's
            # output, as "produced 62 million square metres" tells it.
            measure, lasts, triggered = PRODUCTION, knowledge.events.lasts(PRODUCTION), True
            who = who._replace(event=measure)
        if (
            lasts == "stock"
            and time is not None
            and time.precision == "year"
            and time.start is not None
            and (
                _YEAR_END_BEFORE.search(document.text, max(0, time.start - 25), time.start)
                or (time.text or "").casefold().startswith(("end of", "the end of", "end-"))
            )
        ):
            # "468 stores at the end of last year": a stock at 31 December, not
            # the one a half-year's table gives at 30 June.
            time = time.model_copy(update={"month": 12, "precision": "month"})
        if lasts == "stock" and who.tense == "future" and who.role is None and _AIMED_LEVEL.search(text, max(0, figure.start - 120), figure.start):
            who = who._replace(role="target")  # "reducing its debt from $27.5 billion to $9.2 billion": a goal
        if figure.quantity.kind == "percent" and measure is not None and _HELD_BEFORE.search(text, max(0, figure.start - 30), figure.start):
            # "Massas Bellini, in which we hold 60%, had revenue of ...": a stake held, no share of the revenue.
            measure = None
            who = who._replace(event=None)
        if measure == "employees" and figure.quantity.per in TIMES:
            # "carry 27m people a year" beside a word of staff: people carried, no headcount.
            measure = None
            who = who._replace(event=None)
        sold_abroad, abroad_after, exports = knowledge.events.sold_abroad
        if exports and measure in sold_abroad and who.role is None and abroad_after.match(text, figure.end):
            # "Veldkamp shipped 241,000 t abroad": its exports.
            measure, lasts = exports, knowledge.events.lasts(exports)
            who = who._replace(event=measure)
        if (
            measure == "area"
            and not triggered
            and who.role is None
            and knowledge.events.crop_area_before.search(text, max(clause[0], figure.start - 60), figure.start)
        ):
            # "Glenrothie planted 1,560 ha of seed in 2024": the season's crop area.
            measure, lasts, triggered = PLANTED_AREA, "periodic", True
            who = who._replace(event=measure)
        if measure == "area" and not triggered and who.role is None and knowledge.events.crop_land_after.match(text, figure.end):
            # "The family business's 58 hectares under vine": the land its crop stands on.
            measure, lasts, triggered = CROPPED_AREA, "stock", True
            who = who._replace(event=measure)
        if (
            measure is not None
            and not triggered
            and figure.quantity.kind == "quantity"
            and not _describes(who, figure, reading, knowledge.events, knowledge.references)
            and not _capacity_named_after(text, figure, measure)
        ):
            # "a 70-nanometer process", "80 km": a length or a speed is a fact
            # of a thing only when it describes it ("the 11.2-kilometre Harbourline").
            measure = None
            who = who._replace(event=None)
        if measure is None and who.role is None and figure.quantity.per is None:
            # (A price per unit, "$75 per barrel of crude oil", is no amount of it.)
            named = measure_named_after(text, figure.end, figure.quantity.kind, knowledge.lexicon, knowledge.events)
            if named is not None:
                # "handled EUR 38 billion of card payments", "owns 840,000
                # hectares of forest": what the figure is of names its measure.
                measure, lasts = named, NAMED_LASTS[figure.quantity.kind]
                who = who._replace(event=measure)
        if lasts == "periodic" and who.tense != "future" and (reported := _of_the_reported_year(time, reported_year, qualifiers, who.role)):
            time = reported
        elif (
            lasts == "periodic"
            and part_year is not None
            and (time is None or time.source in ("metadata", "document"))
            and qualifiers.period is not None
            and qualifiers.period == reported_period
            and who.tense != "future"
            and who.role not in ("previous", "change")
        ):
            # "Net profit up by a quarter to EUR 41 million" in "Results for the
            # first half of 2025": that half's, not of the day it was published.
            time = TimeRef(year=part_year, precision="year", source="heading", text=str(part_year))
        if who.subject is None and measure in knowledge.events.facility_costs:
            owner = _owner_of_an_unnamed_facility(reading, clause, (topic, document_topic))
            if owner is not None:
                # "The plant cost EUR 275 million" in a story of its owner: the owner's sum, as "its plant cost" is.
                who = who._replace(subject=owner)
        value = figure.quantity
        if measure == "capacity" and value.kind in ("quantity", "count"):
            plant = _plant_named_by_what_it_makes(text, clause[0], figure.start, knowledge)
            if plant is not None:
                # "Its ammonia plant can make 610,000 tonnes a year": the
                # plant's capacity, one part of the group's, in ammonia.
                made, named = plant
                if value.kind == "quantity" and not value.counted:
                    value = value.model_copy(update={"counted": made})
                if qualifiers.phase is None:
                    qualifiers = qualifiers.model_copy(update={"phase": named})
        if measure == "capacity" and who.tense == "future" and qualifiers.phase is None:
            plant = _facility_opening(reading, clause)
            if plant is not None and who.object_type != "facility":
                # "The mill, the group's third, will be able to process 80,000
                # tonnes a year": a plant still to be built, one part of what
                # its owner will have, never the owner's capacity today.
                named = plant.surface.casefold().split()
                qualifiers = qualifiers.model_copy(update={"phase": " ".join(named[1:] if named[0] in ("the", "this", "that") else named)})
        if value.kind == "count" and measure in knowledge.events.events_by_thing and value.counted:
            thing = counted_thing(value.counted, knowledge.events)
            if thing is not None:
                qualifiers = qualifiers.model_copy(update={"counts": thing})
        if lasts == "periodic" and qualified.moved_by_deal:
            # "the maker sold 318,000 units in 2024": selling is the measure
            # itself (a year's sales), not a batch a deal moves on top of another.
            qualifiers = qualifiers.model_copy(update={"scope": None})
        if wholes.get(figure.start) is not None and who.role is None:
            # "green fees and visitors £196,000" in "Income was made up of
            # ...": one part of the whole the sentence states, no fact of its own.
            who = who._replace(role="part")
        claims.append(
            _claim(
                document, sentence, figure.start, figure.end, figure.quantity.kind, who, time,
                value=value, qualifiers=qualifiers, lasts=lasts if measure else None,
                related=_related(parties, who), in_heading=_headline(document, sentence),
                places=_places(place_mentions, clause), part_of=wholes.get(figure.start), context=context,
            )
        )
        if figure.quantity.kind == "count" and figure.quantity.counted and who.role is None:
            # "254 clinics: 131 in Sweden, 52 in Norway, ...": the parts of the count, each of its things.
            whole_id = claims[-1].id
            for part in (
                breakdown(text, figure.end, knowledge.lexicon, figure.quantity.value)
                or breakdown_after_of(text, figure.start, figure.end, knowledge.lexicon, figure.quantity.value)
                or breakdown_of_which(text, figure.end, knowledge.lexicon, figure.quantity.value)
            ):
                broken_down.add(part.start)
                counted = exact_count(figure.quantity, part.value)
                claims.append(
                    _claim(
                        document, sentence, part.start, part.end, "count", who._replace(role="part"), time, value=counted,
                        qualifiers=qualifiers, lasts=lasts if measure else None, part_of=whole_id, context=context,
                    )
                )

    claims = _now_after_a_dated_level(
        text, sentence.start, _dated_earlier_levels(sentence, _year_before_the_levels(_earlier_in_brackets(sentence, claims)))
    )
    point_dates = [d for d in reading.dates if d.precision != "range"]
    # A wire story's dateline dates what its first sentence says happened "on
    # Tuesday" or "today": the date is read where that phrase stands.
    where = {d: (d.start, d.end) for d in point_dates}
    dateline = model.layout.dateline
    for d in point_dates:
        if dateline is not None and dateline.date is not None and sentence.start + d.start == dateline.start + dateline.date.start:
            anchor = weekday_anchor(text[d.end :]) or perfect_anchor(text[d.end :], knowledge.events)
            where[d] = (d.end + anchor[0], d.end + anchor[1]) if anchor else (d.start, d.end)
    anchored = [where[d] for d in point_dates if where[d] != (d.start, d.end)]
    if anchored:
        # The weekday the dateline's date was read at is that date, not a second one.
        point_dates = [
            d for d in point_dates
            if where[d] != (d.start, d.end) or not any(s <= d.start and d.end <= e for s, e in anchored)
        ]
    date_slots = [FigureSlot(*where[d], "date") for d in point_dates]
    date_owners = (
        attribute(
            text, date_slots, _without_cited_titles(text, mentions, [d.start for d in point_dates]), triggers, knowledge.events,
            heading=sentence.is_heading, spans=spans,
        )
        if date_slots
        else []
    )
    for date, who in zip(point_dates, date_owners):
        if who.subject is None or (
            who.subject.start < date.start and _PLACE_PREPOSITION_BEFORE.search(text, max(0, who.subject.start - 8), who.subject.start)
        ):
            # "Founded in 1874, Marbury Salt employs 820 people": what the
            # opening participle tells of is the main clause's subject (and
            # not "Aveiro" of "Founded in Aveiro in 1921, Conservas Dalmar").
            fronted = _subject_after_fronted_participle(text, date.start, mentions, knowledge.events)
            if fronted is not None:
                who = who._replace(subject=fronted)
        if who.subject is None and topic is not None:
            who = who._replace(subject=topic)
        # "The Walkerburn dye-house it bought in 2020": the one who bought,
        # told right before the verb (a site's buyer, below; a company
        # bought keeps its own date, "Pennock Hooks, which we acquired in 2019").
        doer = _doer_right_before(text, date.start, mentions)
        who = with_facility_owner(text, who, mentions, (topic, document_topic), knowledge.references, knowledge.gazetteer, facility_owners, placed_facilities)
        start, end = where[date]
        event, subject, tense, *role = _date_event(
            text, date, start, end, mentions, who, spans, knowledge.events, knowledge.references, triggers, ending_at
        )
        if subject is not None and subject.via == "pronoun" and _told_of_an_owned_part(text, subject, date.start, knowledge.references.part_nouns):
            # "Its UK arm, set up in 2022, has delivered ...": the arm's
            # founding, told by its owner's word; never the owner's own.
            subject = None
        if subject is None and event in knowledge.events.deals_known_by_target and _THE_DEAL_BEFORE.search(text, max(0, date.start - 60), date.start):
            # "we agreed to buy Nemuna Auto Insurance ... the purchase was
            # completed on 3 February 2025": the deal the paragraph told of.
            subject = _bought_earlier_in_paragraph(model, reading, knowledge.events)
        venue = _VENUE_BEFORE.search(text, max(0, subject.start - 12), subject.start) if event == "listing" and subject is not None else None
        if venue is not None:
            # "Since its flotation on the NASDAQ in August 2004, it has ...":
            # the exchange is where it listed; the one listed is named before it.
            subject = next(
                (m for m in reversed(mentions) if m.end <= venue.start() and m.actor and m.type in ("organisation", "unknown")),
                None,
            )
        entry = _timeline_entry_event(text, start, end, knowledge.events) if event == "dated" or subject is None else None
        entry_object: Mention | None = None
        site_owner: Mention | None = None  # the page's company, whose site a timeline entry names by its town
        if entry is not None and (subject is None or event == "dated"):
            # "2019: buys Tschiervina" on a company's milestones page: the
            # entry's verb names the event, the page's company did it, and
            # the name after the verb is what it was done to (a company
            # buys many things, each on its own date).
            event, verb_end, teller, entry_start = entry
            site_bought: Mention | None = None
            # "July 2023: The Chamanna dal Lai Nair reopens": the name that
            # tells the entry is what it happened to.
            told_by = (
                next(
                    (m for m in mentions if teller <= m.start < verb_end and m.actor and not m.demonym and m.type != "person"
                     # "2009: Branch opens in Puebla": a site's noun, capitalised as an entry opens, names no one
                     and m.name.casefold() not in knowledge.references.facility_nouns),
                    None,
                )
                if teller is not None
                else None
            )
            entry_object = next(
                (_after_verb(m, verb_end) for m in mentions
                 if m.end > verb_end and m.type in ("organisation", "unknown", "facility", "product")
                 and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start - 8), m.start)),
                None,
            )  # ("2016: company founded in Bodø": where, not what)
            town = (
                _site_town_of(text, entry_start, verb_end, mentions)
                if entry_object is None and told_by is None and event in knowledge.events.facility_events
                else None
            )
            if town is not None:
                # "2011: Second workshop opened in Durham", "2022: Tuning base
                # opens in Querétaro": a site's event, the page company's; the
                # town tells which of its sites, as "our Durham workshop" does.
                if subject is None or subject.type not in _TOPIC_KINDS:
                    subject = document_topic if document_topic is not None and document_topic.type in _TOPIC_KINDS else None
                site_bought = town._replace(type="facility") if subject is not None else None
                site_owner = subject
            elif told_by is not None and entry_object is None:
                subject = told_by
            elif entry_object is not None and entry_object.type == "facility" and (told_by is not None or subject is None):
                # "2017: We buy the old dye-house at Walkerburn": a site the
                # company bought, one of many; the deed is the company's, as
                # in prose ("Kelso bought the dye-house at Walkerburn in 2019").
                subject = told_by or (document_topic if document_topic is not None and document_topic.type in _TOPIC_KINDS else None)
                site_bought = entry_object if subject is not None else None
            elif subject is None:
                # As in prose ("Kelso bought Arlo Mills in 2019", "ordered the
                # Arlo Gondola in 2022"), the date is the named thing's; with
                # nothing named, the page's company's.
                if entry_object is not None:
                    subject = entry_object
                elif document_topic is not None and document_topic.type in _TOPIC_KINDS:
                    subject = document_topic
            entry_object = site_bought
        if event == "dated":
            labelled = _lead_in_dated_event(model, reading, date.start, knowledge.events)
            if labelled is not None:
                # "Groundbreaking: June 2023" in a key-facts list: the label names the event.
                event = labelled
                if subject is None and document_topic is not None and _fact_sheet_line(text, mentions, document_topic):
                    subject = document_topic
        if subject is not None and subject is not who.subject:
            # The date's own reading found its subject: a facility known by its place is its owner's here too.
            subject = with_facility_owner(
                text, Attribution(subject=subject, event=event), mentions, (topic, document_topic), knowledge.references,
                knowledge.gazetteer, facility_owners, placed_facilities,
            ).subject
        if subject is None and event in knowledge.events.facility_events:
            # "The factory, which opened in October 2023, ...": the owner's, the story's company.
            subject = _owner_of_an_unnamed_facility(reading, clause_of(spans, date.start), (topic, document_topic))
        if event in knowledge.events.facility_events:
            facility = _facility_dated(
                model, reading, mentions, start, end, subject, who.subject, spans, knowledge.events, knowledge.references
            )
            if facility is not None:
                # "its factory in Lodz, which opened in October 2024": the
                # facility's opening, its owner's only through it.
                named_site = subject if subject is not None and subject.type == "facility" else None
                subject, entry_object, role = facility[0], facility[1], (facility[2] or role)
                if subject is None and doer is not None and fold(doer.name) != fold(entry_object.name):
                    subject = doer  # "The Walkerburn dye-house it bought in 2020": the buyer's
                if subject is None:
                    # "2016 - Nottingham frame factory opens" on Larkmoor's page.
                    subject = site_owner or _company_of_a_site_told_alone(
                        text, (start, end), clause_of(spans, date.start)[0], named_site, entry_object, (topic, document_topic)
                    )
        time = TimeRef(
            year=date.year,
            month=date.month,
            day=date.day,
            precision=precision_of(date),
            source="sentence",
            text=date.text,
            start=sentence.start + date.start,
            end=sentence.start + date.end,
        )
        told_tense = tense or who.tense
        if (
            told_tense == "present" and context_time is not None and context_time.source in ("document", "metadata")
            and date.year > context_time.year and event in knowledge.events.facility_events
        ):
            told_tense = "future"  # "it opens in September 2027", told in 2025: a plan, no date of a deed done
        dated = Attribution(subject=subject, event=event, tense=told_tense, role=role[0] if role else None)
        if entry_object is not None:
            dated = dated._replace(
                object_name=entry_object.name, object_type=entry_object.type, object_surface=entry_object.surface
            )
        # "agreed on Wednesday" under a dateline: the weekday is where the text
        # dates the event, and a reader looks for it there, not in the dateline.
        told_at = (start, end) if end > start and (start, end) != (date.start, date.end) else (date.start, date.end)
        claims.append(_claim(document, sentence, *told_at, "date", dated, time, context=context))

    founded = _FOUNDED_LABEL.match(text)
    if founded is not None:
        topic_entity = _entity_mention(model.entity(model.topic))
        if topic_entity is not None and _fact_sheet_line(text, mentions, topic_entity):
            # "Founded: 1954" on a page about one company.
            who = Attribution(subject=topic_entity, event=None)
            stated = Attribute(name="founded", value=founded.group("year"), surface=text[founded.start("year") : founded.end("year")])
            claims.append(_claim(document, sentence, founded.start("year"), founded.end("year"), "attribute", who, None, attribute=stated, context=context))
    if reading.attributes_possible and not sentence.is_heading:
        stated_homes: set[str] = set()
        for found in find_attributes(text, mentions, reading.dates, knowledge.gazetteer):
            who = Attribution(subject=found.entity, event=None)
            stated = Attribute(name=found.name, value=found.value, surface=text[found.start : found.end])
            claims.append(_claim(document, sentence, found.start, found.end, "attribute", who, None, attribute=stated, context=context))
            if found.name == "country":
                stated_homes.add(found.entity.name)
        for start, end, entity, code in homes_stated(model, reading, knowledge.gazetteer, knowledge.references, knowledge.events.segment_nouns):
            if entity.name in stated_homes:
                continue
            stated_homes.add(entity.name)
            who = Attribution(subject=Mention(start, end, entity.name, entity.kind, text[start:end], known=True), event=None)
            stated = Attribute(name="country", value=code, surface=text[start:end])
            claims.append(_claim(document, sentence, start, end, "attribute", who, None, attribute=stated, context=context))
    return claims


# A line of a fact sheet: a label, a colon, a value ("Employees: 2,100").
_LABEL_LINE = re.compile(r"\s*[A-Z][a-z]+(?:\s+(?:[a-z]+|(?:19|20)\d\d)){0,3}:\s")  # "Employees:", "Journeys in 2024:"
_FOUNDED_LABEL = re.compile(r"\s*(?:Founded|Established|Incorporated):\s+(?P<year>(?:1[89]|20)\d\d)\s*$")
_TOPIC_KINDS = frozenset({"organisation", "unknown"})
# "The " before a site named by its town that opens a clause: "The Leominster packing centre, opened in 2009".
_SITE_OPENS = re.compile(r"\s*(?:[\"\u201c(]\s*)?The\s+")


def _company_of_a_site_told_alone(
    text: str,
    date_span: tuple[int, int],
    clause_start: int,
    named_site: Mention | None,
    site: Mention,
    topics: tuple[Mention | None, Mention | None],
) -> Mention | None:
    """The company a site's dated event is of when its sentence names none:
    the page's, among its milestones ("1998 - Stave mill at Merpins opens");
    the block's or the story's, when the clause opens on the site named by
    its town ("The Leominster packing centre, opened in 2009, ..."). Never
    the site itself (``topics``: the block's topic, the document's)."""
    block_topic, document_topic = topics

    def company(candidates: tuple[Mention | None, ...]) -> Mention | None:
        return next((t for t in candidates if t is not None and t.type in _TOPIC_KINDS and fold(t.name) != fold(site.name)), None)

    if _opens_an_entry(text, *date_span):
        found = company((document_topic,))
        if found is not None:
            return found
    if named_site is not None and named_site.start >= clause_start and _SITE_OPENS.fullmatch(text, clause_start, named_site.start):
        return company((block_topic, document_topic))
    return None
# A facility's description opening a clause: "The plant", "The new factory".
_DESCRIPTION_OPENS = re.compile(r"\s*(?:[\"\u201c(]\s*)?$")


def _owner_of_an_unnamed_facility(
    reading: SentenceModel, clause: tuple[int, int], topics: Sequence[Mention | None]
) -> Mention | None:
    """The owner of a facility a clause opens on and the document does not
    name ("The plant cost EUR 275 million", "The factory, which opened in
    October 2023"): the organisation its block, else its document, is about.
    None when the clause opens otherwise, the description found a facility,
    or the story is about no organisation."""
    opening = _facility_opening(reading, clause)
    if opening is None or opening.entity is not None:
        return None
    return next((t for t in topics if t is not None and t.type in _TOPIC_KINDS), None)


def _facility_opening(reading: SentenceModel, clause: tuple[int, int]):  # type: ignore[no-untyped-def]
    """The description of a facility a clause opens on ("The plant", "The
    new mill"), whatever it was resolved to; None when the clause opens otherwise."""
    opening = next(
        (r for r in reading.references if r.via == "description" and r.kind == "facility" and clause[0] <= r.start < clause[1]),
        None,
    )
    if opening is None or not _DESCRIPTION_OPENS.fullmatch(reading.span.text, clause[0], opening.start):
        return None
    return opening
# A count of things right after an event's verb: "opened nine new shops", "delivered 12 jets".
_MANY_DONE_AFTER = re.compile(
    r"\s+(?:(?:a\s+further|another|some|about|nearly|over|more\s+than)\s+)?"
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|several)\s+"
    r"(?:(?:new|more|of\s+its|other)\s+)?(?!(?:years|months|weeks|days|decades|hours|minutes|quarters|times)\b)[a-z-]+s\b",
    re.IGNORECASE,
)
# The last day of each quarter: the dates accounts are drawn up at.
_PERIOD_ENDS = {3: 31, 6: 30, 9: 30, 12: 31}


# "Our headcount", "Group copper production": written capitalised at a sentence's start.
_OPENING_WORDS = re.compile(r"\W*(?:(?:[Oo]ur|[Tt]he|[Gg]roup|[Tt]otal|[Ii]ts|[Tt]heir)\s+)?([A-Za-z-]+)(?:\s+([A-Za-z-]+))?(?:\s+([A-Za-z-]+))?")


def _aligned_columns(text: str, figures) -> dict[int, str]:
    """Figures of one kind set side by side with runs of blanks and nothing
    else between them ("Combined ratio   94.5%   96.1%" under "FY2024
    FY2023"): the columns of a table written in plain text, each a period
    or a part the row does not name. Each is told apart by its column, so
    none is read as the prose's figure of the same measure."""
    runs: list[list] = []
    for figure in figures:
        last = runs[-1][-1] if runs else None
        if last is not None and figure.quantity.kind == last.quantity.kind and _COLUMN_GAP.fullmatch(text, last.end, figure.start):
            runs[-1].append(figure)
        else:
            runs.append([figure])
    return {f.start: f"column {i}" for run in runs if len(run) > 1 for i, f in enumerate(run, 1)}


_COLUMN_GAP = re.compile(r"[ \t]{2,}")
# ("Revenue of EUR 772 million": a currency's code opens a figure, no market.)
_OF_WORD_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?![A-Z]{3}\s?\d|US\$|A\$|C\$)[A-Za-z]")


# After a figure, what its parts are: "1,720 employees, including the Kestrel team".
_PARTS_TAIL = re.compile(r"[^.;:]{0,40}?,?\s+(?:including|excluding|among\s+them|of\s+which)\b", re.IGNORECASE)


def _in_a_parts_tail(text: str, figure_end: int, start: int) -> bool:
    """Whether a name after a figure stands in the list of what the figure
    includes ("1,720 employees, including the Kestrel team in Bristol"): a
    part of the figure's owner, not another party."""
    return start >= figure_end and _PARTS_TAIL.match(text[figure_end:start]) is not None


_OWN_REPORT = re.compile(
    r"\b(?:reports?|reported|announces?|announced|publishes?|published)\s+(?:its\s+|their\s+)?(?:\w+[- ]\w+\s+|\w+\s+)?results\b"
    # ("Acme Sp. z o.o. - Annual report 2024": after its issuer's name and a
    # dash; "Tallybridge Accountancy plc: annual report 2025": or a colon.)
    r"|(?:^|\s[-\u2013\u2014|]\s*|\s?:\s*)(?:Full[- ]year|Half[- ]year|Annual|Interim|Quarterly|Preliminary|Third[- ]quarter|First[- ]quarter|Second[- ]quarter|Fourth[- ]quarter|Q[1-4])"
    r"\s+(?:\w+\s+)?(?:results|report|review|trading\s+update)\b"
    # ("Kestley & Ward plc: Results for the year ended 31 December 2024": its name, then its results.)
    r"|\s?:\s*(?:Results|Final\s+results|Trading\s+update)\s+for\s+the\s+(?:year|six\s+months|half[- ]year|quarter|period|nine\s+months)\b"
    # A company's own page: "Our farms", "Saltvik Seaweed | Our history", "About us".
    r"|(?:^|\|\s*)(?:Our\s+[a-z]\w*|About\s+us)\b"
    # A letter to its owners: "Letter to shareholders with the interim results".
    r"|\b(?:letter\s+to\s+(?:our\s+)?(?:shareholders|investors|members|unitholders|owners)|shareholder\s+letter)\b"
    r"|^Dear\s+(?:fellow\s+)?(?:shareholders?|investors?|unitholders?)\b",
    re.IGNORECASE | re.MULTILINE,
)


# "sold 2 million umbrellas in 2024, and its sales reached £148 million that
# year": the year told before in the sentence.
_THAT_YEAR = re.compile(r"\b(?:that|the\s+same|that\s+same)\s+year\b", re.IGNORECASE)


def _year_after_its_base(model: DocumentModel, reading: SentenceModel, figure_end: int, clause: tuple[int, int]) -> TimeRef | None:
    """A figure's year told by the figure it is compared with and the sentence
    before it (``timing.year_after_its_base``), as the paragraph tells it."""
    index = reading.span.index
    if index == 0 or not reading.dates:
        return None
    before = model.sentences[index - 1] if index <= len(model.sentences) else None
    if before is None or before.span.index != index - 1 or before.span.block != reading.span.block or before.span.is_heading:
        return None
    date = year_after_its_base(reading.span.text, reading.dates, figure_end, clause[1], before.dates)
    if date is None:
        return None
    return TimeRef(year=date.year, precision="year", source="section", text=date.text,
                   start=before.span.start + date.start, end=before.span.start + date.end)


def _that_year(text: str, dates: Sequence[DateMatch], figure_end: int, sentence_start: int) -> TimeRef | None:
    """The year "that year" after a figure points back to: the last year the
    sentence dated something by before it, when only one year is told there."""
    that = _THAT_YEAR.search(text, figure_end, min(len(text), figure_end + 60))
    if that is None:
        return None
    years = {d.year for d in dates if d.end <= that.start() and d.precision != "range"}
    if len(years) != 1:
        return None
    year = years.pop()
    return TimeRef(year=year, precision="year", source="sentence", text=text[that.start() : that.end()],
                   start=sentence_start + that.start(), end=sentence_start + that.end())


# "ended the year", "for the year", "during the year": the year the story is telling of.
_THE_YEAR = re.compile(r"\b(?:ended|closed|finished|ending|closing|during|over|for|through|in)\s+the\s+year\b(?!\s+(?:to\b|ending\b|ended\b|\d))")


def _opens_a_marked_up_item(document: Document, start: int) -> bool:
    """Whether an HTML list item (``<li>``) opens at ``start``."""
    return any(span.kind == "item" and span.start == start for span in document.markup)


def _title_and_lead(model: DocumentModel) -> str:
    """The document's title, its first heading and the first two sentences of its body."""
    headings = [s.span.text for s in model.sentences[:6] if s.span.is_heading][:1]
    body = [s.span.text for s in model.sentences if not s.span.is_heading][:2]
    return "\n".join([model.title or model.document.title or "", *headings, *body])


def _subject_carried_over(
    model: DocumentModel, reading: SentenceModel, subjects_of: dict[int, dict[str, EntityRef]], of_a_deal: bool = False, of_a_total: bool = False
) -> Mention | None:
    """The one organisation whose figures the sentence right before
    ``reading``, in the same block, told: what a sentence that opens on a
    measure and names no one ("Operating profit was GBP 40 million") goes on
    telling of. None when that sentence told of several, of none, or only
    named a source ("The fund's spokesman said ..."). ``of_a_deal``: the
    sentence opens on a deal told before ("The contract is worth ..."), and
    what it is worth is asked: the lead paragraph may be the sentence before,
    and of the parties it names, the one it opens on made the deal.
    ``of_a_total``: the sentence splits the total told before ("Of that
    total, ..."), which may close the paragraph before."""
    before = model.sentence_before(reading)
    if before is None or before.span.is_heading or before.in_table:
        return None
    if before.span.block != reading.span.block and not of_a_total and not (of_a_deal and before.span.block == _lead_block(model)):
        return None
    subjects = dict(subjects_of.get(before.span.start, {}))
    if not subjects and of_a_deal:
        # A lead that states no figure ("Tollan Catering has won a contract
        # from Brise Council"): the organisations it names.
        for name, entity_id in zip(before.names, before.name_entities):
            entity = model.entity(entity_id)
            if entity is not None and entity.kind == "organisation" and not name.affiliation:
                subjects.setdefault(entity.name, EntityRef(name=entity.name, type=entity.kind, surface=name.surface))
    if of_a_deal:
        # "It also took options on six more aircraft.", "Our biggest step was
        # buying Penmoor Models.": the organisation the sentence's opening
        # pronoun stands for, which opens it before any name, made the deal.
        opening = next((r for r in before.references if r.via in ("pronoun", "first person") and r.start == 0), None)
        entity = model.entity(opening.entity) if opening is not None and opening.entity is not None else None
        if entity is not None and entity.kind in ("organisation", "unknown"):
            subjects = {entity.name: EntityRef(name=entity.name, type=entity.kind, surface=opening.surface)}
    if len(subjects) > 1 and of_a_deal:
        # "Norrsund Shipyards has won a contract ... for Veskar Coastal
        # Services. The order is worth EUR 87 million": the party the
        # sentence opens on, who won, placed or made the deal.
        written = before.span.text
        subjects = dict([min(subjects.items(), key=lambda item: _first_written(written, item[1].surface))])
    if len(subjects) != 1:
        return None
    (subject,) = subjects.values()
    if subject.type == "event":
        return None  # "Minutes of the 2023 AGM were approved. ... thanked the 34 staff": a meeting owns no later figure
    return Mention(0, 0, subject.name, subject.type, subject.name, known=True, via="topic")


def _first_written(text: str, surface: str | None) -> int:
    """Where ``surface`` is first written in ``text`` (its end when it is not)."""
    at = text.find(surface) if surface else -1
    return at if at >= 0 else len(text)


def _lead_block(model: DocumentModel) -> int | None:
    """The block of the story's lead: its first paragraph of prose (a wire's
    dateline paragraph), whose deal the next paragraph goes on to tell."""
    first = next((s for s in model.sentences if not s.span.is_heading and not s.in_table), None)
    return first.span.block if first is not None else None


# "The order is worth", "The contract, signed on Tuesday in Faro, is worth",
# "At its list price of USD 31 million each, the order is worth".
_DEAL_OPENING = re.compile(r"\W*(?P<fronted>(?:At|With|On|Under|After|In)\s[^,;:()]{1,80},\s+)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)(?P<aside>,[^,;:()]{1,100},)?\s+(?:is|was|will|would|has|had|includes|covers|comprises|values|valued|came|runs|carries|totals|totalled|completed|closed)\b")


_WHERE_KINDS = frozenset({"place", "country", "facility"})
# A name a preposition governs: "near Armação", "between Albufeira and Portimão".
_OBJECT_OF_A_PREPOSITION = re.compile(
    r"\b(?:(?:near|in|at|outside|off|of|on|from|to|for|with|across|between)\s+(?:the\s+)?|between\s+[^,;:()]{1,40}?\s+and\s+)$"
)


def _aside_of_a_deal(text: str, mention: Mention, figure_start: int, opening: re.Match[str]) -> bool:
    """Whether a name in a sentence opening on a deal is no party to it: it
    stands in the aside between the deal and its verb ("The contract, signed
    on Tuesday in Faro with Algarve Hídrica, is worth"), or names a place
    after the figure ("... and covers a plant near Armação")."""
    if mention.start > figure_start:
        return mention.type in _WHERE_KINDS or _OBJECT_OF_A_PREPOSITION.search(text, max(0, mention.start - 60), mention.start) is not None
    # "At the S78's list price of USD 31 million each, the order is worth":
    # a phrase put before the deal names no party to it either.
    return any(opening.start(part) <= mention.start < opening.end(part) for part in ("fronted", "aside") if opening.group(part))


def _deal_opening(text: str, heads: Mapping[str, str]) -> re.Match[str] | None:
    """The opening of a sentence that opens on a deal the paragraph has told
    of ("The order is worth EUR 760 million", "The contract covers ..."), or
    None: the party that made it is the one the sentence before told of."""
    match = _DEAL_OPENING.match(text)
    return match if match is not None and heads.get(match.group("head").casefold()) == "deal" else None


# A company's telling of what follows: "said on Tuesday that", ", the egg
# producer, reported that" (an appositive may stand between).
# ("said on Thursday revenue rose": the day, and no "that".)
_COMPANY_TOLD_THAT = re.compile(
    r"(?:,[^,;]{1,90},)?\s+(?:said|says|reported|reports|announced|announces)\b"
    r"(?:(?:\s+[\w-]+){0,3}?\s+that\s+|(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?\s+(?=[a-z]))"
)


def _company_telling_its_own(text: str, mentions: list[Mention], before: int, references: ReferenceLexicon) -> Mention | None:
    """The company (or a name of no known kind) a sentence opens on that
    tells ("said ... that") a clause opening on a measure a company reports
    of itself, with no other party named between ("X said on Tuesday that
    revenue rose to ..."); None otherwise."""
    # (A dateline's town and country before it are no party.)
    opening = next((m for m in mentions if m.start < before and m.type in _TOPIC_KINDS and not m.demonym), None)
    if opening is None or opening.possessive or references.source_ends(text[max(0, opening.start - 40) : opening.start]):
        return None  # ("Analysts at UBS said that revenue rose": a source's telling of another's)
    told = _COMPANY_TOLD_THAT.match(text, opening.end)
    if told is None or told.end() > before or not _opens_on_owned_measure(text[told.end() : before], references.owned_measures):
        return None
    if any(m.actor and m.start >= told.end() and m.start < before for m in mentions):
        return None  # "X said that Acme's revenue rose": Acme's
    return opening


def _officer_telling_its_own(text: str, mentions: list[Mention], before: int, references: ReferenceLexicon) -> bool:
    """Whether a person the sentence opens on tells ("reported that") a
    clause opening on a measure an organisation reports of itself, with no
    party named before ``before`` but people: in the organisation's own
    report, one of its officers telling its figure."""
    opening = next((m for m in mentions if m.start < before), None)
    if opening is None or opening.type != "person":
        return False
    told = _COMPANY_TOLD_THAT.match(text, opening.end)
    if told is None or told.end() > before or not _opens_on_owned_measure(text[told.end() : before], references.owned_measures):
        return False
    return not any(m.type != "person" and m.start < before for m in mentions)


_AN_OFFICE_TELLS = re.compile(
    r"\W*(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)\s+(?P<office>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?P<verb>[a-z]+)\b"
)


def _office_telling(text: str, clause: tuple[int, int], mentions: Sequence[Mention], before: int, references: ReferenceLexicon) -> bool:
    """Whether the clause holding a figure opens on an office its holder
    tells the figure from ("The CEO reported 612 animals rehomed", "Our
    treasurer said income topped £1m"), no party named before the figure:
    in an organisation's own record, its officer telling its figure."""
    told = _AN_OFFICE_TELLS.match(text, clause[0], before)
    if told is None or told.group("office").casefold() not in references.person_titles:
        return False
    verb = told.group("verb").casefold()
    if verb not in references.speaker_verbs and f"{verb} that" not in references.speaker_verbs:
        return False
    # (The office may be read as a person's name, "The Secretary reported": people tell, own nothing.)
    return not any(m.start < before and m.end > clause[0] and m.type != "person" for m in mentions)


_ACCOUNTS_SHOW = re.compile(
    r"\W*(?:The|Its|Their|Our)\s+(?:(?:latest|last|most\s+recent|new|published|filed|annual|audited)\s+){0,2}"
    r"(?:accounts|results|filings?|figures)\s+(?:show|showed|shows|reveal|revealed|reveals|put|gave|give)\s+(?:that\s+)?(?:its\s+|their\s+)?"
)


def _opens_on_owned_measure(text: str, measures: frozenset[str]) -> bool:
    """Whether a sentence opens on a measure an organisation reports of
    itself ("Revenue rose", "Our headcount", "Net debt fell"), not on a
    market's ("Sales of new homes"); a speaker's label before it is no opening."""
    start = speaker_label_end(text)
    # ("The latest accounts show turnover of £9.8 million": what the
    # company's own accounts show is its measure, opening the clause after them.)
    shown = _ACCOUNTS_SHOW.match(text, start)
    words = _OPENING_WORDS.match(text, shown.end() if shown is not None else start)
    if words is None:
        return False
    first, second, third = (w.casefold() if w else None for w in words.groups())
    # "Group copper production rose": one word of what is measured may come first.
    for size, phrase in ((3, f"{first} {second} {third}"), (2, f"{first} {second}"), (1, first), (3, f"{second} {third}"), (2, second)):
        if phrase in measures:
            # "Sales of new homes": a market's; "premiums of $7.42 billion": its own.
            return _OF_WORD_AFTER.match(text, words.end(size)) is None
    return False


# The words opening a clause, after any speaker's label: up to three.
_CLAUSE_WORDS = re.compile(r"\W*([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?(?:\s+([A-Za-z][\w-]*))?(?:\s+([A-Za-z][\w-]*))?")


# A clause opening on things in the plural that earned money: "Robotic mowers
# brought in", "E-bikes generated", "Retail packs brought in".
_THINGS_EARNED = re.compile(
    r"\W*(?P<things>(?:[A-Z][\w-]*|[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,3}?)\s+(?:brought\s+in|brings\s+in|bring\s+in|pulled\s+in|took\s+in|generated|earned)\s",
)
# Words that open a clause as no things: "This brought in", "Its sales generated".
_NO_THINGS = frozenset({"its", "this", "was", "has"})


# A sentence that opens on a part of its company, named and then described
# as one: "Healthcare, the group's largest segment, grew ...".
_NAMED_SEGMENT_OPENING = re.compile(
    r"\W*[A-Z][\w&'\u2019-]*(?:\s+(?:and\s+)?[\w&'\u2019-]+){0,3},\s+(?:the|its|our|their)\s+"
    r"(?:(?:group|company|firm)['\u2019]s\s+)?(?:[\w-]+\s+){0,2}(?P<noun>[a-z]+)\s*,"
)


# A sentence that opens on its company's own part: "Our healthcare division", "The group's care business".
_OWN_SEGMENT_OPENING = re.compile(
    r"\W*(?:Our|Its|Their|The\s+(?:group|company|firm)['\u2019]s)\s+(?P<words>(?:[a-z][\w&-]*\s+){0,3}[a-z][\w&-]*)"
    r"(?=\s+(?:is|was|has|had|grew|rose|fell|made|earned|brought|generated|accounted|contributed|posted|now)\b)"
)


def _opens_on_a_named_segment(text: str, figure_start: int, segment_nouns: frozenset[str]) -> bool:
    """Whether the sentence opens on a part of the company it names and
    calls a segment, a division or a business ("Healthcare, the group's
    largest segment, grew 17% to EUR 281 million"), or on the company's own
    part ("Our healthcare division is now the largest part of the group,
    with net fees of £31.8 million"): the part's figure."""
    opening = _NAMED_SEGMENT_OPENING.match(text, 0, figure_start)
    if opening is not None and opening.group("noun") in segment_nouns:
        return True
    own = _OWN_SEGMENT_OPENING.match(text, 0, figure_start)
    # ("Our healthcare division is": the first segment's noun of its words, before its verb.)
    return own is not None and any(word in segment_nouns for word in own.group("words").split())


def _things_earned(text: str, clause: tuple[int, int], figure_start: int, mentions: Sequence[Mention]) -> bool:
    """Whether the figure's clause opens on things named in the plural that
    earned it ("E-bikes brought in EUR 401 million"): a line of business's
    revenue, a part of its company's; a name there is the earner itself."""
    start = max(clause[0], speaker_label_end(text) if clause[0] == 0 else clause[0])
    match = _THINGS_EARNED.match(text, start, figure_start)
    if match is None or any(start <= m.start < match.end() for m in mentions):
        return False
    head = match.group("things").split()[-1]
    return head.endswith("s") and not head.endswith("ss") and head.casefold() not in _NO_THINGS


# "The " opening the sentence before a site's name: "The Cowes yard".
_THE_TOWN_SITE = re.compile(r"\W*[Tt]he\s+$")


def _sales_to_a_part(text: str, clause: tuple[int, int], figure_start: int, references: ReferenceLexicon) -> bool:
    """Whether the figure's clause opens on a measure of money told to or from
    some of the company's customers or lines ("Sales to this customer group
    remain small, at under EUR 2 million", "Sales to hotels rose to EUR 4
    million"): a part of the whole, never the whole."""
    start = max(clause[0], speaker_label_end(text) if clause[0] == 0 else clause[0])
    opening = _MEASURE_TO_A_PART.match(text, start, figure_start)
    return opening is not None and opening.group("measure").casefold() in references.segmented_measures


# "Sales to hotels", "Revenue from the service business": a measure opening its clause, then whom it came from.
_MEASURE_TO_A_PART = re.compile(
    r"\W*(?:[Tt]he\s+|[Ii]ts\s+|[Oo]ur\s+)?(?P<measure>[A-Za-z]+)\s+(?:to|from)\s+(?!(?:the\s+)?(?:year|period|quarter|half|group|company|end)\b)"
)


def _opens_on_a_segment_measure(
    text: str, clause: tuple[int, int], figure_start: int, mentions: Sequence[Mention], references: ReferenceLexicon
) -> bool:
    """Whether the figure's clause opens on a measure of money narrowed by
    the word before it ("Fibre revenue was NOK 1.6 billion", "Cement sales
    rose to"): a segment's figure, not the company's whole. A name there is
    the owner ("Apple sales increased"), a period no segment ("Year-to-date
    sales", "2024 revenue")."""
    return _segment_measure_words(text, clause, figure_start, mentions, references) is not None


# A clause opening on a label its appositive calls a part of the company:
# "Healthcare, the group's largest segment, ".
_SEGMENT_APPOSITIVE = re.compile(
    r"\W*(?P<label>[A-Z][\w&-]*(?:\s+(?:and|&)?\s*[a-z][\w-]*){0,2}),\s+(?:the|its|our|their)\s+(?:[\w'\u2019-]+\s+){0,3}?(?P<noun>[a-z]+),"
)


def _described_segment_opening(text: str, clause: tuple[int, int], figure_start: int, segment_nouns: frozenset[str]) -> str | None:
    """The label of the segment a clause opens on, when an appositive says
    it is one ("Healthcare, the group's largest segment, grew ..."), casefolded."""
    # (The appositive's commas part it from the clause: it opens the sentence, the clause starts after it.)
    found = _SEGMENT_APPOSITIVE.match(text, 0, figure_start)
    if found is None or found.group("noun") not in segment_nouns or not clause[0] <= found.end() + 1:
        return None
    return found.group("label").casefold()


# A sum a thing "is", or a trade charges for each: "Our annual service is
# £9.50 per extinguisher", "We still charge £8.50 per extinguisher".
_PRICED_BEFORE = re.compile(r"\b(?:is|are|was|were|charge|charges|charging)\s+(?:(?:just|only|now|still)\s+)?$")
# The units a sum per is a rate over, not a price of: "£2m a year".
_SPANS_OF_TIME = frozenset({"year", "month", "quarter", "week", "day", "annum"})


def _segment_measure_words(
    text: str, clause: tuple[int, int], figure_start: int, mentions: Sequence[Mention], references: ReferenceLexicon
) -> tuple[str, str] | None:
    """The words naming the segment a clause's measure opens on and the
    measure's own ("direct online", "sales" of "Direct online sales rose to
    £16.1 million"), as ``_opens_on_a_segment_measure`` reads them; None
    when it opens on none."""
    start = max(clause[0], speaker_label_end(text) if clause[0] == 0 else clause[0])
    words = _CLAUSE_WORDS.match(text, start, figure_start)
    if words is None:
        return None
    folded = [w.casefold() for w in words.groups() if w]
    # One modifier or two ("Fine fragrance revenue rose 9.6%") before the measure.
    for modifiers in (1, 2):
        for size in (2, 1):
            if len(folded) > modifiers + size - 1 and " ".join(folded[modifiers : modifiers + size]) in references.segmented_measures:
                if any(m in references.whole_measure_modifiers or any(ch.isdigit() for ch in m) for m in folded[:modifiers]):
                    return None
                if any(m.start <= words.start(1) < m.end for m in mentions):
                    return None
                return " ".join(folded[:modifiers]), " ".join(folded[modifiers : modifiers + size])
    return None


def _fact_sheet_line(text: str, mentions: Sequence[Mention], topic: Mention, counterparty: str | None = None) -> bool:
    """Whether a sentence is a labelled line naming no one, on a page whose
    topic is an organisation; or no one but the counterparty of its figure
    ("Bus fleet: 145 buses ordered from Solbacka Fordon for SEK 870 million")."""
    return (
        topic.type in _TOPIC_KINDS
        and _LABEL_LINE.match(text) is not None
        and all(m.name == counterparty for m in mentions)
    )


_PARTY_KINDS = frozenset({"organisation", "event", "person"})


def _names_a_party(text: str, end: int, place: str, mentions: Sequence[Mention]) -> bool:
    """Whether the words read as a count's place after ``end`` are a mention
    of an organisation, an event or a person."""
    at = text.find(place, end)
    return at >= 0 and any(m.start == at and m.type in _PARTY_KINDS for m in mentions)


# A heading that names a measure is short ("Recent acquisitions"); a long
# one is a title that happens to hold a trigger word.
_HEADING_WORDS = 4

# Dated events of a takeover: its signing and its closing.
_DEAL_DATES = frozenset({"completion", "announcement"})


_TOLD_AS_DONE = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:it|they|we|he|she|the\s+\w+|[A-Z][\w&.-]*)\s+(?:had\s+|has\s+)?"
    r"(?:[a-z]+ed|made|earned|posted|won|paid|spent|raised|sold|bought|took)\b"
)


# After a percentage: "of" and the people it counts, then a verb.
_SHARE_OF_PEOPLE = re.compile(r"(?:\s+of\s+(?:the\s+|all\s+|those\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)?\s+(?:also\s+|still\s+|now\s+)?([a-z]+)\b")


def _share_of_opinion(text: str, end: int, references: ReferenceLexicon) -> bool:
    """Whether a percentage counts the people who hold a view: "64 percent
    say", "55% of respondents thought", "51 percent of Britons would"."""
    match = _SHARE_OF_PEOPLE.match(text, end)
    return match is not None and match.group(1) in references.opinion_verbs


_LOWER_WORDS = re.compile(r"[a-z]+")


def _measure_of_a_country_before(text: str, start: int, end: int, references: ReferenceLexicon) -> bool:
    """Whether the figure's clause names a country's own measure before it ("public debt", "inflation"),
    and no one's saying or forecast ("analysts had predicted a deficit of $1.6 trillion")."""
    # "The CBO report predicts that public debt will exceed 68%": the clause
    # after "that" is the measure itself, reported by its source.
    told = _TOLD_THAT.search(text, start, end)
    words = _LOWER_WORDS.findall(text, told.end() if told is not None else start, end)
    if any(word in references.speaker_verbs for word in words):
        return False
    if any(word in references.national_measures_alone for word in words):
        return True
    # Entries of several words ("public debt"): a company has debt, a country public debt.
    joined = f" {' '.join(words)} "
    return any(f" {entry} " in joined for entry in references.national_measures_alone if " " in entry)


_OF_WORDS_AFTER = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Za-z]+\s*){1,3})")


def _share_of_a_national_measure(text: str, end: int, references: ReferenceLexicon) -> bool:
    """Whether a percentage is one of a country's own measure: "rise to 68% of GDP"."""
    match = _OF_WORDS_AFTER.match(text, end)
    if match is None:
        return False
    words = match.group(1).casefold().split()
    return any(" ".join(words[:n]) in references.national_measures_alone for n in range(1, len(words) + 1))


_TOLD_THAT = re.compile(r"\bthat\s+(?!.*\bthat\s)")


_ALLOCATED_FOR = re.compile(r"\s+(?:(?:extra|more|additional|in\s+new\s+funding|of\s+new\s+spending)\s+)?(?:for|to)\s+[a-z]")


def _budget_item(model: DocumentModel, text: str, end: int, references: ReferenceLexicon) -> bool:
    """A sum set aside for something ("$162 million extra for early childhood
    education") in a story whose title is about a national budget."""
    if not _ALLOCATED_FOR.match(text, end):
        return False
    return not references.budget_titles.isdisjoint(_title_words(model.document.title or ""))


@functools.lru_cache(maxsize=256)
def _title_words(title: str) -> frozenset[str]:
    """A title's lower-case words: asked for each figure of its story."""
    return frozenset(_LOWER_WORDS.findall(title))


def _counted_in_title(model: DocumentModel, counted: str, model_counts: frozenset[str]) -> bool:
    """Whether the story's title names what a figure counts, an organisation's own count ("jobs")."""
    title = model.document.title
    if not title:
        return False
    head = counted.split()[-1].casefold()
    return head in model_counts and head in _title_words(title)


def _title_country(model: DocumentModel) -> Mention | None:
    """The one country the story's title names, when it names one (``DocumentModel.country``)."""
    country = model.entity(model.country)
    return Mention(0, 0, country.name, "country", country.name, known=True, via="topic") if country else None


def _headline(document: Document, sentence: SentenceSpan) -> bool:
    """A heading, or the line a plain-text story opens with as its title."""
    return sentence.is_heading or (document.title is not None and sentence.text.strip() == document.title.strip())


_SIZED_KINDS = frozenset({"facility", "product", "programme"})
# "Ozzy's black satin coat, complete with a cape, raised": an owner's thing
# in lower case, up to its verb.
_POSSESSIVE_MARK = re.compile(r"['\u2019]s?\s+")
_LOWER_WORD = re.compile(r"[a-z][\w-]*")


def _a_described_segment(subject: Mention, segment_nouns: frozenset[str], ownership_modifiers: frozenset[str]) -> bool:
    """"The contract division", "its hotels business": a description of one
    part of a company (a segment's noun and a word naming which), resolved
    to the company, tells the part's figure, not the whole's."""
    words = subject.surface.split()
    # Which part, in lower-case words ("contract", "hotels"); "The Sardinian
    # business" is a company told by where it is, and "the family business"
    # by who owns it: the whole company.
    return (
        subject.via == "description" and len(words) >= 3 and words[-1].casefold() in segment_nouns
        and all(word.islower() for word in words[1:-1])
        and not all(word.casefold() in ownership_modifiers for word in words[1:-1])
    )


def _possessed_thing(text: str, subject: Mention | None, figure_start: int, knowledge: Knowledge) -> str | None:
    """Whether a possessive subject stands before a thing of its own that is
    the clause's real subject: "segment" for a part of a company ("Microsoft's
    video game business"), "thing" for anything else that is no measure, no
    facility and no product ("Ozzy's black satin coat"), else None."""
    if subject is None or not subject.possessive or subject.via not in _NAMED or subject.end >= figure_start:
        return None
    opening = _POSSESSIVE_MARK.match(text, subject.end)
    if opening is None:
        return None
    words: list[str] = []
    phrase: list[str] = []
    end = None
    for word in _LOWER_WORD.finditer(text, opening.end(), figure_start):
        if (words and word.start() != end + 1) or len(words) == 4 or word.group(0) in _AUXILIARIES:
            break  # the phrase is up to four lower-case words in a row, before any verb
        words.append(word.group(0))
        end = word.end()
        if _VERB_NEXT.match(text, end):
            phrase = list(words)  # the longest run a verb follows: "video game business grew"
    if not phrase:
        return None
    words = phrase
    head = words[-1].casefold()
    if any(word.casefold() in knowledge.events.triggers or word.casefold() in knowledge.references.national_measures for word in words):
        return None  # "Acme's revenue", "Acme's new fund", "Japan's unemployment rate": the figure's own measure
    if head in knowledge.events.segment_nouns:
        return "segment"
    references = knowledge.references
    owned_nouns = {*references.facility_nouns, *references.product_nouns, *references.programme_nouns}
    if head in owned_nouns or head.rstrip("s") in owned_nouns or head in references.description_heads:
        return None  # "Kalden's fab will cost": an asset of the owner, told as the owner's
    if knowledge.events.count_classes.get(head) == "sites":
        return None  # "Kandapola's estates produced 9.4 million kilograms": all its sites, the owner's figure
    return "thing"


# The "to" end of a change from one level to another: "from $27.5 billion
# in unsecured debt to ".
_AIMED_LEVEL = re.compile(r"\bfrom\s+\S*\d[^.;:]{0,80}?\bto\s+(?:about\s+|around\s+)?$")
_AUXILIARIES = frozenset("is are was were has have had will would could may might can should must be been being".split())
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|a\s+second)\s+(?:[A-Za-z$\u20ac\u00a3]+\s*)?$", re.IGNORECASE)


def _last_another(text: str, figures) -> dict[tuple[str, str | None, str | None], int]:  # type: ignore[no-untyped-def]
    """Where the last figure of each kind, unit and counted noun that is
    "another" one starts ("and another $20 billion"): one pass over the
    sentence's figures. (A count of no noun, "another 12", is under None.)"""
    last: dict[tuple[str, str | None, str | None], int] = {}
    for other in figures:
        if _ANOTHER_BEFORE.search(text, max(0, other.start - 20), other.start) is not None:
            key = (other.quantity.kind, other.quantity.unit, _counted_head(other.quantity))
            last[key] = max(last.get(key, -1), other.start)
    return last


def _counted_head(quantity) -> str | None:  # type: ignore[no-untyped-def]
    counted = quantity.counted
    return counted.split()[-1].casefold() if counted else None


def _another_follows(figure, last_another: dict[tuple[str, str | None, str | None], int]) -> bool:  # type: ignore[no-untyped-def]
    """A later figure of the same kind and unit in the sentence is "another"
    one: of the same counted noun, where both name one ("Our 46 volunteers
    ...: without them we would need another five staff" adds no volunteers)."""
    kind, unit, head = figure.quantity.kind, figure.quantity.unit, _counted_head(figure.quantity)
    return any(
        at > figure.end
        for (k, u, h), at in last_another.items()
        if k == kind and u == unit and (h is None or head is None or h == head)
    )


# A subject written as a name of its own ("Ozzy's", "MS's"), not a pronoun
# or a description, whose possessive could be read as an owner's.
_NAMED = frozenset({"name", "short form", "acronym", "alias"})
_VERB_NEXT = re.compile(
    r"(?:,[^,]{0,60},)?\s+(?:(?:has|have|had|was|were|is|are|will|would|could|may|might)\s+(?:\w+\s+)?[a-z]+"
    r"|[a-z]+ed|sold|made|brought|fetched|went|took|grew|rose|fell|won|paid|spent"
    r"|[a-z]+s(?=\s+(?:a|an|the|its|their|up|about|more|over|around|nearly|some|[$\u20ac\u00a3\u00a5\d])))\b"
)
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)\b")


def _sizes_a_party(text: str, end: int, references: ReferenceLexicon, events: EventLexicon) -> bool:
    """Whether the word right after a figure is a noun for an organisation
    ("the $2.68 billion bank", "a $40 billion company"), not one that names
    an event ("a EUR 900 million fund")."""
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return False
    noun = word.group(1).casefold()
    if references.description_heads.get(noun) != "organisation" or noun in events.triggers:
        return False
    # ("the £214,000 council contract": the party's word modifies the deal's noun after it.)
    following = _NEXT_WORD.match(text, word.end())
    return following is None or following.group(1).casefold() not in events.triggers


# A capacity named right after its figure: "2.7 Mt of annual melt capacity".
_CAPACITY_AFTER = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,3}?capacity\b", re.IGNORECASE)


def _capacity_named_after(text: str, figure, measure: str | None) -> bool:  # type: ignore[no-untyped-def]
    """Whether a rate of what a site makes is named a capacity right after
    it ("2.7 Mt of annual melt capacity"), so it is one though no trigger
    stands before it. (What a sentence says a site "can melt" is not enough:
    "It can wash 120 tonnes of linen a day" is often a plant's, the "it" of
    its paragraph, while the pronoun reads as its owner.)"""
    return measure == "capacity" and "/" in (figure.quantity.unit or "") and _CAPACITY_AFTER.match(text, figure.end) is not None


def _describes(who: Attribution, figure, reading: SentenceModel, events: EventLexicon, references: ReferenceLexicon) -> bool:  # type: ignore[no-untyped-def]
    """Whether a size, a distance or a speed is the subject's own: the figure
    stands right before its name ("the 530 MW Gullmyr farm"), in its table
    row, or in words that state a size of a facility or a product ("the
    line is 9.6 km long", "trains capable of 160 km/h")."""
    subject = who.subject
    if subject is None:
        return False
    if reading.in_table:
        return True
    if subject.via != "topic" and figure.end <= subject.start <= figure.end + 40:
        return True
    text = reading.span.text
    sized = subject.type in _SIZED_KINDS or (
        subject.via == "description" and references.description_heads.get(subject.surface.split()[-1].casefold()) in _SIZED_KINDS
    )  # "the trains run at 180 km/h": a thing described as a product
    return sized and bool(
        events.size_after.match(text, figure.end) or events.size_before.search(text, max(0, figure.start - 40), figure.start)
    )


def _parties(mentions: list[Mention]) -> tuple[str, ...]:
    """The organisations, sites, programmes, products and events (a show a
    contract supplies, "the Chelsworth Flower Show") a sentence names,
    sorted, each once."""
    return tuple(
        sorted({m.name for m in mentions if m.actor and not m.demonym and m.type in ("organisation", "unknown", "facility", "programme", "product", "event")})
    )


def _related(parties: tuple[str, ...], who: Attribution) -> tuple[str, ...]:
    """The organisations a figure's sentence names besides its subject and object."""
    own = {who.subject.name if who.subject else None, who.object_name}
    return tuple(name for name in parties if name not in own)


def _places(place_mentions: list[Mention], clause: tuple[int, int]) -> tuple[str, ...]:
    """The places and countries a figure's clause names as places, not as parties
    (``place_mentions``: the sentence's, already told apart from parties)."""
    return tuple(sorted({m.name for m in place_mentions if clause[0] <= m.start < clause[1]}))


def _lead_in_before(model: DocumentModel, reading: SentenceModel, start: int) -> tuple[int, int] | None:
    """The absolute span of the lead-in label of the sentence's block, when
    it stands in the sentence before ``start`` (an offset in the sentence)."""
    span = model.layout.lead_in.get(reading.span.block)
    if span is None or not (reading.span.start <= span[0] and span[1] <= reading.span.start + start):
        return None
    return span


def _customer_of_a_won_order(
    text: str, clause: tuple[int, int], who: Attribution, mentions: Sequence[Mention], events: EventLexicon
) -> Attribution:
    """"Vagonka Morava has won an order for 600 wagons from Railcap Leasing":
    the order is the customer's, and the supplier its counterparty, as when
    the customer tells it ("Railcap ordered 600 wagons from Vagonka")."""
    assert who.subject is not None
    won = events.supplier_side.search(text, clause[0], clause[1])
    if won is None and text[: clause[0]].rstrip().endswith(":"):
        won = events.supplier_side.search(text, 0, clause[0])  # "won its biggest order: 9,000 e-bikes for ..."
    if won is None:
        return who
    if who.subject.start >= won.end() and who.object_name is None:
        # "Brinkhorst won its biggest single order: 9,000 cargo e-bikes for
        # Postel Belgica, worth EUR 40 million": the customer is already the
        # figure's subject; the one who won the order is its supplier.
        winner = next(
            (m for m in reversed(mentions) if m.end <= won.start() and m.actor and m.type in ("organisation", "unknown") and not m.demonym),
            None,
        )
        if winner is not None and winner.name != who.subject.name:
            return who._replace(object_name=winner.name, object_type=winner.type, object_surface=winner.surface)
        return who
    if who.subject.end > won.start():
        return who
    customer = next(
        (m for m in mentions if m.name == who.object_name and m.start >= won.end() and _FROM_BEFORE.search(text, max(0, m.start - 6), m.start)),
        None,
    )
    if customer is None:
        return who
    supplier = who.subject
    return who._replace(subject=customer, object_name=supplier.name, object_type=supplier.type, object_surface=supplier.surface)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# ", which we won in November": a relative clause naming who won what it follows.
_WHICH_THEN_WINNER = re.compile(r",?\s+(?:which|that)\s+$")
_VERB_AFTER_WINNER = re.compile(r"\s+(?:(?:has|had|have|finally|eventually)\s+)?([a-z]+)\b")


def _winner_of_an_order_told_after(
    text: str, figure_end: int, who: Attribution, mentions: Sequence[Mention], events: EventLexicon
) -> Attribution:
    """"the £2.3m order for 14 horseboxes from Darnley Park Stud, which we
    won in November": an order told as a customer's, whose winner a relative
    clause after it names, is the customer's, and the winner its counterparty
    (as ``_customer_of_a_won_order`` reads "we won an order from ...")."""
    customer = next((m for m in mentions if m.name == who.object_name and m.start >= figure_end), None)
    if customer is None:
        return who
    for winner in mentions:
        if winner.start < customer.end or not winner.actor or winner.type not in ("organisation", "unknown") or winner.name == customer.name:
            continue
        relative = _WHICH_THEN_WINNER.search(text, max(customer.end, winner.start - 12), winner.start)
        if relative is None or ";" in text[customer.end : winner.start]:
            continue  # ("from Darnley Park Stud in Newmarket, which we won": a place on the way.)
        verb = _VERB_AFTER_WINNER.match(text, winner.end)
        if verb is not None and verb.group(1).casefold() in events.supplier_side_verbs:
            return who._replace(subject=customer, object_name=winner.name, object_type=winner.type, object_surface=winner.surface)
        break
    return who


# "paid DKK 1.35bn for Agrimark Danmark, a distributor": after the name, the
# end of the phrase (an appositive, a clause, the sentence), not a noun it
# qualifies ("for Apple shares").
_FOR_A_NAME = re.compile(r"\s+for\s+(?:the\s+)?")
# "for all eleven ", "for the three ", "for its 14 ": every one of a company's sites.
# (A number in words is one of the lexicon's: numbers.yaml.)
_FOR_A_COUNT_OF_ITS = re.compile(r"\s+for\s+(?:the\s+|all\s+(?:the\s+)?)(?P<number>\d[\d,]*|[a-z]+)\s+")
# The plural noun of the sites after the company's name, ending the phrase: " clubs", " shops in Leeds".
_ITS_SITES_AFTER = re.compile(r"\s+[a-z][\w-]*s(?=[,;:.)]|$|\s(?:in|across|from|last|this|on|and|when|after|before|which|who|to|for)\b)")
# "paid USD 14.2 million at an Antwerp tender for the Kasai Star": where it
# was paid may stand between the sum and what it was paid for.
# So may when ("paid £4.2m in March for Barkwell Boarding's six kennels").
_WHERE_PAID = re.compile(
    r"\s+(?:(?:at|in|on)\s+(?:an?|the)\s+[^,;:.()]{1,40}?"
    r"|(?:in|during|last|this|earlier\s+this)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:" + MONTHS + r"|spring|summer|autumn|winter|year|month|(?:19|20)\d\d)"
    r"(?:\s+(?:19|20)\d\d)?)(?=\s+for\s)"
)
# What a company owned, after its possessive, bought from it: "for Barkwell
# Boarding's six Lincolnshire kennels", "for Hale's two Leeds shops".
_ITS_OWN_THINGS = re.compile(r"(?:['\u2019]s?)?(?:\s+(?:[a-z][\w-]*|[A-Z][a-z]+|\d[\d,]*)){0,3}\s+[a-z][\w-]*(?=[,;:.)]|$|\s(?:in|from|last|this|on|and|when|after|before|which|who|to|for)\b)")
# ("paid £2.9m for Kestrel Bird Control of Hull": the company and its town.)
# ("They paid £15.2m for Porthwen down in Cornwall", "for Pearce Lettings back in 2021": where or when, after "down", "up" or "back".)
_NAME_ENDS = re.compile(r"\s*(?:[,;:.)]|$|\s(?:in|from|last|this|on|and|when|after|before|which|who|to|down|up|back|way|early|late)\b|\sof\s+(?=[A-Z]))")


# Before a sum, a relative clause on what was paid for: ", for which it paid", ", for which Harrowgate had paid".
_FOR_WHICH_PAID = re.compile(
    r",\s+for\s+which\s+(?:it|they|we|the\s+\w+|[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,3})\s+"
    r"(?:has\s+|had\s+|have\s+|reportedly\s+|agreed\s+to\s+)?(?:paid|pay|pays)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$"
)


# "was sold in November for £9.5m to ...", "sold the Harbour Hotel to ...".
_SOLD = re.compile(r"\b(?:(?P<passive>was|were|has\s+been|had\s+been|is\s+being)\s+(?:\w+ly\s+)?)?sold\b")
_TO = re.compile(r"\bto\s+")
# Between "sold" and the name of what was sold: " the ", " its ".
_WHAT_WAS_SOLD = re.compile(r"\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?")
# Between "to" and the buyer's name: "the Yorkshire operator ", "rival ".
_DESCRIBED_BUYER = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){0,4}")


def _bought_from_its_seller(
    text: str, clause: tuple[int, int], start: int, mentions: Sequence[Mention], who: Attribution
) -> Attribution | None:
    """A sale's price told with its buyer ("Gull Point Holiday Park was sold
    in November for £9.5m to the Yorkshire operator Ravensdale Parks",
    "Kestrel Inns sold the Harbour Hotel to Bayview Group for £4m"): the
    buyer's acquisition of what was sold, as "Bayview bought the Harbour
    Hotel" tells it. None when the sentence names no buyer, or no company
    or site that was sold."""
    sold = None
    for match in _SOLD.finditer(text, clause[0], start):
        sold = match
    if sold is None:
        return None
    if sold.group("passive"):
        thing = (who.subject.name, who.subject.type, who.subject.surface) if who.subject is not None else None
    else:
        # "sold the Harbour Hotel to": the name its verb takes
        sold_name = next((m for m in mentions if m.start >= sold.end() and _WHAT_WAS_SOLD.fullmatch(text, sold.end(), m.start)), None)
        thing = (sold_name.name, sold_name.type, sold_name.surface) if sold_name is not None and not sold_name.possessive else None
    if thing is None or thing[1] not in ("organisation", "unknown", "facility"):
        return None
    to = _TO.search(text, sold.end(), clause[1])
    if to is None:
        return None
    buyer = next(
        (
            m for m in mentions
            if m.start >= to.end() and m.end <= clause[1] and m.type in ("organisation", "unknown") and not m.possessive
            and m.name != thing[0] and _DESCRIBED_BUYER.fullmatch(text, to.end(), m.start)
        ),
        None,
    )
    if buyer is None:
        return None
    return who._replace(subject=buyer, event="acquisition", object_name=thing[0], object_type=thing[1], object_surface=thing[2], role=None)


def _company_paid_for(
    text: str, start: int, end: int, mentions: Sequence[Mention], who: Attribution, events: EventLexicon,
    number_words: Mapping[str, int] | None = None,
) -> Mention | None:
    """The company a sum was paid for ("Halmvik paid DKK 1.35bn for Agrimark
    Danmark"): the sum is the price of its acquisition, as a stake's is.
    None when the sum was not paid for a company the sentence names."""
    if events.paying_before.search(text, max(0, start - 40), start) is None:
        return None
    where = _WHERE_PAID.match(text, end)
    named_at = _FOR_A_NAME.match(text, where.end() if where is not None else end)
    counted_at = _FOR_A_COUNT_OF_ITS.match(text, where.end() if where is not None else end)
    if counted_at is not None and (counted_at.group("number")[0].isdigit() or counted_at.group("number").casefold() in (number_words or {})):
        # "paid £16.2m for all eleven Rackhouse clubs", "for the three Hale
        # shops": a company's every site, bought whole, is its purchase.
        company = next(
            (m for m in mentions if m.start == counted_at.end() and m.type in ("organisation", "unknown") and not m.demonym and not m.possessive),
            None,
        )
        if company is not None and (who.subject is None or company.name != who.subject.name) and _ITS_SITES_AFTER.match(text, company.end):
            return company
    if named_at is None:
        # "Clearwell Nursing, for which it paid £9.6m last summer": the name
        # the relative clause hangs on is what was paid for.
        relative = _FOR_WHICH_PAID.search(text, max(0, start - 80), start)
        if relative is None:
            return None
        bought = next(
            (
                m for m in mentions
                if m.end == relative.start() and m.type in ("organisation", "unknown") and not m.demonym and not m.possessive
            ),
            None,
        )
        return bought if bought is not None and (who.subject is None or bought.name != who.subject.name) else None
    company = next(
        (m for m in mentions if m.start == named_at.end() and m.type in ("organisation", "unknown") and not m.demonym),
        None,
    )
    if company is None or (who.subject is not None and company.name == who.subject.name):
        return None
    if company.possessive:
        # "paid £4.2m for Barkwell Boarding's six kennels": what the company
        # owned, bought whole, is its purchase (a stake in it is read before).
        return company if _ITS_OWN_THINGS.match(text, company.end) else None
    return company if _NAME_ENDS.match(text, company.end) else None


# A relative clause right after a sum, past an aside: "The EUR 410 million,
# debt included, that Groenveld agreed in June to pay for Agrosem".
_RELATIVE_AFTER_SUM = re.compile(r"(?:\s*,[^,.;:]{1,40},)?\s+(?:that|which)\s+")
# How many words may stand between the payer and its verb ("agreed in June to").
_PAYER_TO_VERB_WORDS = 5


def _paid_in_a_relative(
    text: str, end: int, mentions: Sequence[Mention], events: EventLexicon
) -> tuple[Mention, Mention | None] | None:
    """Who paid a sum and, when it says, for which company, told in the
    relative clause after it ("the EUR 240 million, debt included, that
    Verhaegen agreed to pay"; "... that Groenveld agreed in June to pay for
    Agrosem Ibérica"): (payer, company or None), or None when no such clause
    follows."""
    opening = _RELATIVE_AFTER_SUM.match(text, end)
    if opening is None:
        return None
    payer = next((m for m in mentions if m.start == opening.end() and m.type in ("organisation", "unknown") and not m.demonym), None)
    if payer is None:
        return None
    verb = events.paying.search(text, payer.end, min(len(text), payer.end + 80))
    if verb is None or words_between(text, payer.end, verb.start()) > _PAYER_TO_VERB_WORDS:
        return None
    named_at = _FOR_A_NAME.match(text, verb.end())
    company = next(
        (
            m for m in mentions
            if named_at is not None and m.start == named_at.end() and m.type in ("organisation", "unknown") and not m.demonym
            and m.name != payer.name
        ),
        None,
    )
    return payer, company


# "for the 14 Sri Lankan estates", "for the business": a description of what was paid for.
_FOR_A_DESCRIPTION = re.compile(r"\s+for\s+(?:the|its)\s+(?P<words>(?:[\w-]+\s+){0,5}[\w-]+)")
# Words that end a description's noun phrase: "the 14 Sri Lankan estates and ...".
_DESCRIPTION_STOPS = frozenset("and in on at from to with which that who last this next of by for as".split())


# Things a sum may be paid for that are no company: sites, rights, kit.
_THINGS_BOUGHT_APART = frozenset(
    "warehouse plant factory site building land plot machine line lorry truck ship vessel aircraft plane licence license "
    "right patent brand stake share office store shop depot terminal mill".split()
)


def _target_told_before(
    model: DocumentModel, reading: SentenceModel, text: str, start: int, end: int, who: Attribution, events: EventLexicon
) -> Mention | None:
    """The company the sentence before (the last of the paragraph before, for
    a paragraph's first sentence) says was bought, when a sum is paid "for" a
    description of it ("Ashdown completed its purchase of Kandapola Estates.
    The Bristol blender paid £58 million for the 14 Sri Lankan estates"): the
    sum is that purchase's price."""
    if events.paying_before.search(text, max(0, start - 40), start) is None:
        return None
    described = _FOR_A_DESCRIPTION.match(text, end)
    if described is None:
        # "Bexley paid £4m for it", "Marram paid £13.8m, a figure Ashby
        # confirms": paid for what the sentence before told was bought.
        if _NOTHING_ELSE_PAID_FOR.match(text, end) is None:
            return None
    else:
        words = []
        for word in described.group("words").split():
            if word.casefold() in _DESCRIPTION_STOPS:
                break
            if word[:1].isalpha():
                words.append(word.casefold())  # "the 14 Sri Lankan estates": a number is no noun
        if not words or words[0] in _NEW_THINGS or _bought_apart(words[-1]):
            # "paid £4 million for the new warehouse", "for the shares": a
            # thing of its own or a part, not the company ("for the shops and
            # for the sausage kitchen" are the company's own, what was bought).
            return None
    # ("They bought Spotless of Otley in June and paid £85k for it": the
    # sentence itself told of the purchase first.)
    found = _named_as_bought(reading, events, before=start) if described is None and _FOR_IT.match(text, end) else []
    if not found:
        before = model.sentence_before(reading)
        # (A paragraph that opens on the price goes on with the purchase the
        # one before ended on: "... has agreed to buy Pennock Family
        # Butchers. / The Leeds firm will pay £8.4 million for the shops".)
        if before is None or before.span.is_heading or before.in_table:
            return None
        found = _named_as_bought(before, events)
    if len(set(found)) != 1:
        return None
    entity = model.entities[found[0]]
    if entity.kind not in ("organisation", "unknown") or (who.subject is not None and who.subject.name == entity.name):
        return None
    return Mention(0, 0, entity.name, entity.kind, entity.name, known=True)


# Sites a company bought is made of, named in the plural: "for the shops".
_SITES_OF_A_BUSINESS = frozenset("shop store office depot mill".split())


def _bought_apart(noun: str) -> bool:
    """Whether a sum paid for the things ``noun`` names buys them apart from
    the company: "the warehouse", "the shares"; not "the shops", the sites
    the company is."""
    single = noun.rstrip("s")
    return noun in _THINGS_BOUGHT_APART or (single in _THINGS_BOUGHT_APART and single not in _SITES_OF_A_BUSINESS)


# Words that make what a sum was paid for something new: "for the new warehouse".
_NEW_THINGS = frozenset("new latest next planned proposed second third extra additional".split())


# What a sum was paid for, told by a pronoun: "paid £85k for it".
_FOR_IT = re.compile(r"\s+for\s+(?:it|them)\b")


# "the purchase was completed", "completing the acquisition in": a deal the
# text told of before, named by its noun.
_THE_DEAL_BEFORE = re.compile(r"\b(?:the|its|their|our)\s+(?:purchase|acquisition|takeover|deal|merger|sale)\b", re.IGNORECASE)


def _bought_earlier_in_paragraph(model: DocumentModel, reading: SentenceModel, events: EventLexicon) -> Mention | None:
    """The company a sentence before this one, in its paragraph, says was
    bought: the nearest such sentence, when it names one company bought."""
    before = model.sentence_before(reading)
    while before is not None and before.span.block == reading.span.block:
        found = _named_as_bought(before, events)
        if found:
            entity = model.entities[found[0]]
            if len(set(found)) != 1 or entity.kind not in ("organisation", "unknown"):
                return None
            return Mention(0, 0, entity.name, entity.kind, entity.name, known=True)
        before = model.sentence_before(before)
    return None


# After a sum paid, nothing else it was paid for: "paid £4m for it", "paid
# £13.8m, a figure ...", "paid £13.8m." ("paid £2m for new ovens" is for the ovens.)
# ("will pay EUR 17 million in cash and the remainder in shares" pays a part.)
# ("The family business paid £4.2 million in cash, part-funded by a loan":
# how it was paid.)
_NOTHING_ELSE_PAID_FOR = re.compile(
    r"(?:\s+for\s+(?:it|them)\b|\s*[,.;]|\s*$|\s+(?:last\s+year|this\s+year|in\s+(?:19|20)\d\d)\b"
    r"|\s+in\s+(?:cash|shares|stock)\b|\s+(?:up\s*front|upfront|outright|on\s+completion)\b)(?![^.;]*\b(?:remainder|rest|balance)\b)"
)
# "Ashby sold the agency to Marram Care Partners": what was sold.
_SOLD_TO = re.compile(r"\bsold\s+(?P<what>[^.;:]{1,80}?)\s+to\s+")


def _entities_within(sentence: SentenceModel, start: int, end: int) -> list[int]:
    """The entities a sentence names or refers to between ``start`` and ``end``: names first."""
    named = [e for n, e in zip(sentence.names, sentence.name_entities) if start <= n.start < end]
    return named + [r.entity for r in sentence.references if r.entity is not None and start <= r.start < end]


_TOOK_IT_OVER = re.compile(r"took (?:it|them) over", re.IGNORECASE)


def _named_as_bought(sentence: SentenceModel, events: EventLexicon, before: int | None = None) -> list[int]:
    """The entities a sentence names right after a verb of buying ("agreed to
    buy Nemuna Auto Insurance"), each time it names one; with ``before``,
    only the names the sentence's buying verbs govern before that offset."""
    text = sentence.span.text
    named = [
        entity_id
        for name, entity_id in zip(sentence.names, sentence.name_entities)
        if (before is None or name.end <= before) and events.buying_before.search(text, max(0, name.start - 40), name.start)
    ]
    if before is not None:
        return named
    # ("Ashby sold the agency to Marram": what was sold was bought.)
    for sold in _SOLD_TO.finditer(text) if "sold" in text else ():
        named += _entities_within(sentence, sold.start("what"), sold.end("what"))
    # ("since Corrie Leisure took it over", "Corrie bought it": what the
    # pronoun stands for was bought.)
    named += [
        r.entity
        for r in sentence.references
        if r.entity is not None and r.via == "pronoun" and not r.possessive
        and (events.buying_before.search(text, max(0, r.start - 40), r.start) or _TOOK_IT_OVER.fullmatch(text, max(0, r.start - 5), r.end + 5))
    ]
    return named


def _takeover_told_before(model: DocumentModel, reading: SentenceModel, events: EventLexicon) -> bool:
    """Whether a sentence before this one in its paragraph tells of a takeover."""
    before = model.sentence_before(reading)
    while before is not None and before.span.block == reading.span.block:
        if in_takeover(before.span.text, events):
            return True
        before = model.sentence_before(before)
    return False


# A figure's appositive that only calls it a price: "for EUR 310 million, a price that values".
_PRICE_RESTATED = re.compile(r",\s+(?:a|the)\s+(?:\w+\s+){0,2}?price\b", re.IGNORECASE)


# Nouns of a share bought, which a name right after does not name.
_SHARE_WORDS = frozenset({"stake", "holding", "interest", "majority", "minority", "half", "third", "quarter", "rest", "remainder"})


def _with_stake_target(text: str, stake_end: int, mentions: Sequence[Mention], who: Attribution) -> Attribution:
    """The company a bought stake (ending at ``stake_end``) is of, named right
    after it ("for 80% of Ceramiche Orsolina"), or the company the noun
    bought names ("for the Tilburg bakery Steenvoort")."""
    at = stake_of(text, stake_end)
    if at is None and text[stake_end : stake_end + 1] == " " and text[:stake_end].rsplit(None, 1)[-1].casefold() not in _SHARE_WORDS:
        # "for the Tilburg bakery Steenvoort": the name after the noun it is
        # ("for a stake Brakel sold": the seller, after a share).
        at = stake_end + 1
    target = next((m for m in mentions if m.start == at and m.type in ("organisation", "unknown", "facility") and not m.demonym), None) if at is not None else None
    if target is None:
        # "paid £85.5 million for the block": what the noun's description stands for.
        target = next((m for m in mentions if m.end == stake_end and m.via == "description" and m.type in ("organisation", "unknown", "facility")), None)
    if target is None or (who.subject is not None and target.name == who.subject.name):
        return who
    return who._replace(object_name=target.name, object_type=target.type, object_surface=target.surface)


def _deed_told_before(model: DocumentModel, reading: SentenceModel, kind: str, events: EventLexicon) -> str | None:
    """The event of the last deed the sentence before, in the same block, told
    with a verb that a ``kind`` figure can measure ("signed", "ordered")."""
    before = model.sentence_before(reading)
    if before is None or before.span.block != reading.span.block:
        return None
    for trigger in reversed(find_triggers(before.masked, events)):
        if trigger.is_noun or trigger.after_only or trigger.event == "valuation":
            continue
        if kind in events.kinds[trigger.event].figure_kinds:
            return trigger.event
    return None


def lead_in_event(model: DocumentModel, reading: SentenceModel, start: int, kind: str, events: EventLexicon) -> str | None:
    """The event a short label before the figure names, in a fact box or a
    list ("**Investment:** EUR 680 million", "Headcount: 1,720"): the label
    is a clause of its own, so the figure's clause holds no trigger."""
    span = _lead_in_before(model, reading, start)
    if span is None:
        return None
    return _label_event(model.document.text[span[0] : span[1]], kind, events)


def _named_part(text: str, who: Attribution, mentions: Sequence[Mention], part_nouns: frozenset[str]) -> Attribution:
    """"its fibre subsidiary, Skarven Fibre, had passed 705,000 homes", "our
    unit Brandt Mills sold": the part the owner's pronoun introduces by name
    is the subject, not the owner."""
    pronoun = who.subject
    assert pronoun is not None
    match = _PART_AFTER_OWNER.match(text, pronoun.end)
    if match is None or match.group("noun").casefold() not in part_nouns:
        return who
    named = next((m for m in mentions if m.start == match.end() and m.actor and m.via not in ("pronoun", "first person")), None)
    return who._replace(subject=named) if named is not None else who


# After "its": a few words ending in a noun ("its Italian subsidiary"), and
# a name set off by a comma or not.
_PART_AFTER_OWNER = re.compile(r"(?:\s+[A-Za-z][\w-]*){0,3}?\s+(?P<noun>[a-z][\w-]*),?\s+(?=[A-Z])")


# "Kvern Bakery, the Danish baker we bought for EUR 72 million", "Brandt
# Mills, which it bought for EUR 50 million": a description of a name, told
# by what its buyer did to it, right before the price.
_BOUGHT_IN_DESCRIPTION = re.compile(
    r",\s+(?:the\s+[\w'\u2019 -]{1,50}?\s+(?:that\s+|which\s+)?|(?:that|which)\s+)(?P<agent>[Ww]e|it|they|[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3})"
    r"\s+(?:had\s+|has\s+|have\s+)?(?:bought|acquired|purchased|took\s+over)\s+(?:\S+\s+){0,6}?for\s+$"
)


def _bought_in_a_description(text: str, start: int, mentions: Sequence[Mention], who: Attribution, document_topic: Mention | None) -> Attribution:
    """The buyer and the target of a price told in a description of the
    target: the name before the description is what was bought, the clause's
    own subject ("we", a name) the buyer."""
    window = max(0, start - 120)
    match = _BOUGHT_IN_DESCRIPTION.search(text, window, start)
    if match is None:
        return who
    target = next((m for m in mentions if m.end == match.start() and m.type not in ("person", "place", "country")), None)
    if target is None:
        return who
    agent_at = match.start("agent")
    buyer = next((m for m in mentions if m.start == agent_at), None)
    if buyer is None and match.group("agent").casefold() == "we":
        buyer = document_topic
    if match.group("agent").casefold() in ("it", "they") and (buyer is None or buyer.name == target.name):
        # "X, which it bought ...": the sentence's own party bought it; X never bought itself.
        buyer = who.subject
    if buyer is None or buyer.name == target.name:
        return who
    # The name and its description are one party, never a pair ("joint").
    role = None if who.role == "joint" else who.role
    return who._replace(subject=buyer, object_name=target.name, object_type=target.type, object_surface=target.surface, role=role)


# A takeover's words in the sentence before a price.
_A_TAKEOVER = re.compile(r"\b(?:bought|buys|acquired|acquires|acquisition|takeover|took\s+over|purchased|purchase\s+of)\b", re.IGNORECASE)
# A sentence that opens on who paid: "They paid £1.6m, I heard".
_PAID_OPENING = re.compile(r"[\s\"'\u201c]*(?:They|It|The\s+buyer)\s+(?:(?:reportedly|apparently)\s+)?(?:paid|spent)\s+$")


def _date_of_the_deal_paid_for(model: DocumentModel, reading: SentenceModel, start: int) -> TimeRef | None:
    """The date of the takeover the sentence before told, for a price a
    sentence opening on its payer gives ("When Footfall bought Shambles Ghost
    Walks in September 2024, everyone was shocked. They paid £1.6m"): the
    price is of that deal, whenever the story tells it."""
    if not _PAID_OPENING.fullmatch(reading.span.text, 0, start):
        return None
    before = model.sentence_before(reading)
    if before is None or before.span.block != reading.span.block or not _A_TAKEOVER.search(before.span.text):
        return None
    dates = [d for d in before.dates if d.precision != "range"]
    return time_ref(dates[0], "sentence", before.span.start) if len(dates) == 1 else None


def _lead_in_date(model: DocumentModel, reading: SentenceModel, start: int) -> TimeRef | None:
    """The date a figure's lead-in label states ("**Journeys in 2024:** 167
    million"): the label is a clause of its own, but it dates its value."""
    span = _lead_in_before(model, reading, start)
    if span is None:
        return None
    label_start, label_end = span[0] - reading.span.start, span[1] - reading.span.start
    dates = [d for d in reading.dates if label_start <= d.start and d.end <= label_end and d.precision != "range"]
    if len(dates) != 1:
        return None
    return time_ref(dates[0], "sentence", reading.span.start)


# What follows a timeline entry's date: a colon or a dash, then its text.
_TIMELINE_ENTRY = re.compile(r"\s*(?::|[-\u2013\u2014]|\|)\s*(?=\w)")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+$")
# One of up to three words before a timeline entry's participle ("company
# founded", "First farm opened", "Nottingham frame factory opens"): the
# entry's first word may take the capital an entry opens with; the others are
# in lower case.
_ENTRY_WORD = re.compile(r"[A-Za-z][\w-]*\s+(?=[a-z])")
_ENTRY_NEXT_WORD = re.compile(r"[a-z][\w-]*\s+(?=[a-z])")
# Who a timeline entry tells of, before its verb: "We", "It", "The studio",
# a name ("The Chamanna dal Lai Nair reopens"), or two founders ("Thomas
# Marlowe and Edwin Finch set up shop").
_ENTRY_TELLER = re.compile(
    r"(?:[Ww]e|[Ii]t|[Tt]hey|[Tt]he\s+[a-z][\w-]*"
    r"|(?:[Tt]he\s+)?[A-Z][\w'\u2019.&-]*(?:\s+(?:[A-Z][\w'\u2019.&-]*|of|de|del|dal|du|da|di|von|van|(?:and|&)(?=\s+[A-Z])))*)\s+(?=[a-z])"
)
# What may stand before a timeline entry's date: a list's bullet, bold marks.
_ENTRY_MARKS = " \t*-\u2022\u2013"


def _opens_an_entry(text: str, date_start: int, date_end: int) -> bool:
    """Whether a date opens a timeline entry: only marks before it, its colon or dash after it."""
    return not text[:date_start].strip(_ENTRY_MARKS) and _TIMELINE_ENTRY.match(text, date_end) is not None


# Before a figure in its clause, a deal binding one side to supply the other:
# "a three-year contract to supply Limonell, the soft-drinks maker, with ".
_DEAL_TO_SUPPLY_BEFORE = re.compile(
    r"\b(?:contract|agreement|deal)s?\s+to\s+(?:supply|deliver|provide|sell)\b[^.;:]*?\s(?:with|of)?\s*(?:about\s+|some\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
# A stake's verb right before a percentage: "in which we hold 60%", "owns 49%".
_HELD_BEFORE = re.compile(r"\b(?:hold|holds|held|own|owns|owned|control|controls|controlled)\s+(?:a\s+|an\s+|about\s+|some\s+|almost\s+|nearly\s+)?$")
# An owner's word before a year, and the deed's noun after it: "its 2016 listing", "their 2019 launch".
_OWNER_WORD_BEFORE = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.IGNORECASE)
_OWNED_DEED_AFTER = re.compile(r"\s+([a-z]+)\b")
# A sentence that corrects an earlier edition, and where the correct figure is told.
_EARLIER_EDITION = re.compile(
    r"\b(?:last\s+week's|yesterday's|last\s+month's|an?\s+(?:earlier|previous)|the\s+(?:previous|last)|our\s+(?:previous|last))\s+"
    r"(?:briefing|edition|issue|article|story|report|bulletin|newsletter|version)\b",
    re.IGNORECASE,
)
_CORRECTED = re.compile(
    r"\b(?:the\s+correct\s+(?:figure|number|amount|total|year|date)\s+(?:is|was)|it\s+should\s+have\s+(?:read|said|been)|should\s+have\s+read)\b",
    re.IGNORECASE,
)
# A correction's sentence on what the text said before: "An earlier version of this article gave ...".
_RETRACTED = re.compile(
    r"\b(?:an?\s+)?(?:earlier|previous|original|first)\s+version\s+of\s+this\s+(?:article|story|report|release|page|piece|post|brief|briefing|newsletter|bulletin|edition)\b",
    re.IGNORECASE,
)
# After a count of people: "work for ", "are employed by ", "now work at ".
_WORK_FOR_AFTER = re.compile(r"\s+(?:now\s+|still\s+|currently\s+)?(?:work|works|worked|are\s+employed|were\s+employed)\s+(?:for|by|at)\s+(?:the\s+)?")


def _employer_after(text: str, figure_end: int, mentions: Sequence[Mention]) -> Mention | None:
    """The company a count of people works for, named right after it."""
    found = _WORK_FOR_AFTER.match(text, figure_end)
    if found is None:
        return None
    return next(
        (m for m in mentions if m.start == found.end() and m.type in ("organisation", "unknown", "facility") and not m.demonym),
        None,
    )


# Before a figure, an appositive that has it: ", a family firm with fewer than ".
_APPOSITIVE_WITH_BEFORE = re.compile(
    r",\s+(?:a|an|the)\s+[^,;:()]{0,60}?\bwith\s+(?:(?:about|around|some|nearly|almost|over|under|more\s+than|fewer\s+than|less\s+than|just)\s+)?$"
)
# Between a company's name and its appositive: where it is ("in Markneukirchen").
_PLACE_TAIL = re.compile(r"(?:\s+(?:in|at|of|from)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?$")


def _described_by_appositive(text: str, figure_start: int, mentions: Sequence[Mention]) -> Mention | None:
    """The company an appositive holding the figure describes: the name right
    before its comma, past where that company is ("Geigenbau Wendt in
    Markneukirchen, a family firm with fewer than 50 staff")."""
    appositive = _APPOSITIVE_WITH_BEFORE.search(text, max(0, figure_start - 100), figure_start)
    if appositive is None:
        return None
    comma = appositive.start()
    for mention in reversed(mentions):
        if mention.end > comma:
            continue
        if mention.type in ("organisation", "unknown") and mention.actor and not mention.demonym and _PLACE_TAIL.fullmatch(text, mention.end, comma):
            return mention
        if mention.type not in ("place", "country") and not _PLACE_TAIL.fullmatch(text, mention.end, comma):
            return None
    return None


# A pronoun, a deal's verb and the preposition of its date: "it bought in ".
_DEAL_VERB_THEN_DATE = re.compile(
    r"\s+(?:had\s+)?(?:bought|acquired|took\s+over|sold)\s+(?:in|on|during)\s+(?:early\s+|late\s+|mid-)?$", re.IGNORECASE
)


def _doer_right_before(text: str, date_start: int, mentions: Sequence[Mention]) -> Mention | None:
    """A company's pronoun right before a deal's verb and its date ("the
    dye-house it bought in 2020"): who did the deal that day."""
    for mention in reversed(mentions):
        if mention.end > date_start:
            continue
        if mention.via in ("pronoun", "first person") and mention.type in ("organisation", "unknown") and _DEAL_VERB_THEN_DATE.fullmatch(text, mention.end, date_start):
            return mention
        return None
    return None


def _milestone_table_dates(document: Document, model: DocumentModel, mentions_of, knowledge: Knowledge) -> list[Claim]:  # type: ignore[no-untyped-def]
    """The dated events of a company page's table of milestones: two columns,
    a date alone in each row's first cell and what happened in its second
    ("| 2019 | Huddersfield practice opens in the Byram Arcade |"), read as a
    timeline entry "2019 - Huddersfield practice opens ..." is. The page's
    company did what an entry names no one else for; a site named by its
    town before the verb is what it happened to, and an entry that names
    nothing it happened to dates nothing."""
    owner = _entity_mention(model.entity(model.topic))
    found: list[Claim] = []
    for table in model.layout.tables:
        body = [row for row in table.rows() if not all(cell.header for cell in row)]
        if len(body) < 2 or any(len(row) != 2 for row in body):
            continue
        entries = []
        for date_cell, text_cell in body:
            told, said = model.sentence_at(date_cell.start), model.sentence_at(text_cell.start)
            if told is None or said is None or told is said or len(told.dates) != 1 or told.dates[0].precision == "range":
                break
            if told.span.text.strip(" *_") != told.dates[0].text:
                break  # a date alone in its cell
            entries.append((told, told.dates[0], said))
        else:
            for told, date, said in entries:
                # The entry as a line of a timeline reads it: "2019 - Huddersfield practice opens ...".
                lead = f"{date.text} - "
                entry = _timeline_entry_event(lead + said.span.text, 0, len(date.text), knowledge.events)
                if entry is None:
                    continue
                event, verb_end, teller, entry_start = entry
                # The cell's names, placed in the entry as read.
                shift = len(lead)
                named = [
                    m._replace(start=m.start + shift, end=m.end + shift)
                    for m in mentions_of(said) if not m.demonym and m.type in ("organisation", "unknown", "facility", "place")
                ]
                subject = next((m for m in named if teller is not None and m.start < verb_end and m.type in ("organisation", "unknown")), owner)
                # "Huddersfield practice opens", "Second practice opens in
                # Brighouse": the site its town names, the page company's.
                town = _site_town_of(lead + said.span.text, entry_start, verb_end, named) if event in knowledge.events.facility_events else None
                target = town._replace(type="facility") if town is not None else next(
                    (m for m in named if m.start >= verb_end and m.type in ("organisation", "unknown", "facility")), None
                )
                if target is None:
                    # "Launch of ink cartridges", "CobaltPlay launched in the
                    # Nordics", "Harold Pennock takes over from his father":
                    # a deed the page's company may do many times, or no
                    # company's; only one done to a named thing is dated here.
                    continue
                who = Attribution(
                    subject=subject, event=event, tense="past",
                    object_name=target.name, object_type=target.type, object_surface=target.surface,
                )
                found.append(_claim(document, told.span, date.start, date.end, "date", who, time_ref(date, "sentence", told.span.start)))
    return found


def _timeline_entry_date(reading: SentenceModel) -> TimeRef | None:
    """The date a timeline entry opens on ("2021: USD 18 million Series A",
    "- March 2024 \u2013 opens its central kitchen"): its colon or dash makes
    it a clause of its own, but it dates everything the entry tells."""
    first = reading.dates[0] if reading.dates else None
    if first is None or first.precision == "range" or not _opens_an_entry(reading.span.text, first.start, first.end):
        return None
    return time_ref(first, "sentence", reading.span.start)


def _after_verb(mention: Mention, verb_end: int) -> Mention:
    """A name read together with the capitalised verb before it ("Buys
    Chateau Maubrac"), without the verb."""
    if mention.start >= verb_end:
        return mention
    cut = verb_end - mention.start
    rest = mention.surface[cut:].strip()
    return mention._replace(start=verb_end + (len(mention.surface[cut:]) - len(mention.surface[cut:].lstrip())), name=rest, surface=rest)


# The town right after a site's event in a timeline entry: "opened in Durham".
_SITE_TOWN_AFTER = re.compile(r",?\s+(?:in|at)\s+")  # ("opens, in Nottingham": after a comma too)
_SITE_TOWN_KINDS = frozenset({"place", "facility", "unknown"})
_SITE_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _site_town_of(text: str, entry_start: int, verb_end: int, mentions: list[Mention]) -> Mention | None:
    """The town a timeline entry's site opened (closed, was built) in, named
    right after its verb ("2009: Branch opens in Puebla") or before the
    site's noun the entry opens on ("2012 \u2013 Inverness superstore
    opens"); None otherwise."""
    opening = next((m for m in mentions if m.start == entry_start and m.end < verb_end), None)
    if opening is not None and opening.type in _SITE_TOWN_KINDS and not opening.demonym and _SITE_NOUN_AFTER.match(text, opening.end):
        return opening
    at = _SITE_TOWN_AFTER.match(text, verb_end)
    if at is None:
        return None
    return next((m for m in mentions if m.start == at.end() and m.type in _SITE_TOWN_KINDS and not m.demonym), None)


def _timeline_entry_event(text: str, start: int, end: int, events: EventLexicon) -> tuple[str, int, int | None, int] | None:
    """The event of a timeline entry whose verb comes right after its date's
    colon or dash ("2019: buys Tschiervina", "1986 \u2014 Buys Maubrac") or
    after who it tells of ("2011: We open ...", "July 2023: The Chamanna dal
    Lai Nair reopens"): (event, where its verb ends, where its teller starts
    or None, where the entry's words start)."""
    if not _opens_an_entry(text, start, end):
        return None
    entry = _TIMELINE_ENTRY.match(text, end)
    phrase = events.timeline_pattern.match(text, entry.end()) or events.dated_pattern.match(text, entry.end())
    teller = None
    if phrase is None:
        # "2011: We open a second workshop", "2018: The studio opens one in
        # Lyon": the company's own deed, told with its pronoun or its noun.
        told = _ENTRY_TELLER.match(text, entry.end())
        if told is not None:
            phrase = events.timeline_pattern.match(text, told.end()) or events.dated_pattern.match(text, told.end())
            teller = told.start() if phrase is not None else None
    if phrase is None:
        # "2016: company founded in Bodø", "2018: first plant opened",
        # "2011: Second workshop opened": up to three words before the
        # entry's participle, the first maybe capitalised as entries open.
        at = entry.end()
        for word in (_ENTRY_WORD, _ENTRY_NEXT_WORD, _ENTRY_NEXT_WORD):
            noun = word.match(text, at)
            if noun is None:
                break
            at = noun.end()
            phrase = events.dated_pattern.match(text, at)
            if phrase is not None:
                break
    if phrase is None:
        # "2008: Our ripening cellar in the rock above Egg opens": an entry of
        # a few words ending on its verb.
        last = _ENTRY_LAST_WORDS.match(text, entry.end())
        if last is not None:
            for at in (last.start("two"), last.start("one")):
                if at >= 0:
                    phrase = events.timeline_pattern.fullmatch(text, at, last.end("one")) or events.dated_pattern.fullmatch(text, at, last.end("one"))
                    if phrase is not None:
                        break
    if phrase is None:
        return None
    folded = phrase.group(0).casefold()
    event = events.timeline_phrases.get(folded) or events.dated_phrases.get(folded)
    return (event, phrase.end(), teller, entry.end()) if event is not None else None


# A timeline entry of at most a dozen words, and its last word or two.
# ("2016: First centre outside Leicestershire opens, in Nottingham": where, after it.)
_ENTRY_LAST_WORDS = re.compile(
    r"(?:[^\s.;:]+\s+){1,11}?(?P<two>[a-z]+\s+)?(?P<one>[a-z]+)(?:,?\s+(?:in|at)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})?\s*\.?\s*$"
)



def _lead_in_dated_event(model: DocumentModel, reading: SentenceModel, start: int, events: EventLexicon) -> str | None:
    """The one-off event a lead-in label names for the date after it ("Groundbreaking:", "Opened:")."""
    span = _lead_in_before(model, reading, start)
    if span is None:
        return None
    label = model.document.text[span[0] : span[1]].strip(" :*")
    if len(label.split()) > _HEADING_WORDS:
        return None
    happened = dated_event(label, len(label), len(label), (0, len(label)), events)
    return happened.event if happened is not None else None


def _segment_lead_in(
    model: DocumentModel, reading: SentenceModel, mentions: list[Mention], events: EventLexicon, measures: frozenset[str]
) -> bool:
    """Whether the sentence's paragraph opens on a label under a heading that
    names a company's parts (``segment_headings``: "Divisions", "Results by segment"):
    "**Decorative.** Revenue rose 5% to EUR 780 million" is one division's
    (the caller asks it of flows only: a contract told there is the
    company's). A label that names an organisation is that organisation's paragraph."""
    span = model.layout.lead_in.get(reading.span.block)
    heading = _section_heading(model, reading)
    if span is None or reading.topic is not None or not heading:
        return False  # a label that names an entity makes it the paragraph's topic
    if events.segment_headings.search(" ".join(re.findall(r"[a-z]+", heading.casefold()))) is None and not _labelled_siblings(
        model, reading, events, measures
    ):
        return False
    start, end = span[0] - reading.span.start, span[1] - reading.span.start
    return not any(m.actor and m.type in ("organisation", "unknown") and start <= m.start < end for m in mentions)


_DIGIT = re.compile(r"\d")


def _labelled_siblings(model: DocumentModel, reading: SentenceModel, events: EventLexicon, measures: frozenset[str]) -> bool:
    """Whether the paragraph's section holds two or more paragraphs that
    open on a label naming no one and no measure ("Crop groups" over
    "**Fruit vegetables.** Revenue rose 7% ..." and "**Leafy vegetables.**
    ..."): parts told side by side, whatever the heading calls them; not
    key facts ("**Revenue:** EUR 88 million", "**Subscribers.** ...")."""
    text = model.document.text
    labels = {}
    for sentence in model.sentences:
        block = sentence.span.block
        if sentence.span.section == reading.span.section and block in model.layout.lead_in and sentence.topic is None:
            start, end = model.layout.lead_in[block]
            if any(start <= sentence.span.start + name.start < end for name in sentence.names):
                return False  # "MATHILDE KIEFFER: Good morning": a speaker, not a part
            labels[block] = text[start:end]
    return (
        len(labels) >= 2
        and reading.span.block in labels
        and not any(
            find_triggers(label, events) or _DIGIT.search(label) or _KICKER.match(label) or _names_a_measure(label, measures)
            for label in labels.values()
        )
    )


def _names_a_measure(label: str, measures: frozenset[str]) -> bool:
    """"**Margins.**", "**Net debt:**": a label that is a measure's name heads a key fact, not a part."""
    return " ".join(re.findall(r"[\w-]+", label.casefold())) in measures


# A feature's kicker over a paragraph, not the name of a part: a phrase with
# an article or a question word ("**A new owner.**", "**Why the field
# pays.**", "**What comes next?**") or a long one.
_KICKER = re.compile(
    r"\W*(?:(?:a|an|the|why|what|who|how|where|when|which|our|its|their)\b|(?:\S+\s+){4,}\S)",
    re.IGNORECASE,
)


# A list item's label and its figure: "Locomotives: 33%", "Rolling stock and kits - 41%".
_SHARE_ITEM = re.compile(r"[\W_]*(?P<part>[A-Z][\w'\u2019-]*(?:,?\s+(?:and\s+|&\s+)?[a-z][\w'\u2019-]*){0,5})\s*(?::|\s[\u2013\u2014-])\s*")
# A heading naming a whole and how it is split: "Sales by category", "Revenue by channel".
_WHOLE_SPLIT_HEADING = re.compile(r"[\W_]*(?:(?:group|total|our)\s+)?(?P<whole>[A-Za-z][a-z-]*(?:\s+[a-z]+)?)\s+(?:by|per)\s+[a-z]+[\W_]*", re.IGNORECASE)


def _share_under_a_heading(model: DocumentModel, reading: SentenceModel, text: str, start: int, wholes: Mapping[str, str]) -> ShareOfWhole | None:
    """The share a labelled percentage is of the whole its section's heading
    splits: "Locomotives: 33%" under "Sales by category" is the locomotives'
    share of sales, a part beside the others, no level of sales."""
    item = _SHARE_ITEM.fullmatch(text, 0, start)
    if item is None:
        return None
    written = _section_heading(model, reading)
    heading = _WHOLE_SPLIT_HEADING.fullmatch(written) if written else None
    event = wholes.get(heading.group("whole").casefold()) if heading is not None else None
    return ShareOfWhole(part=item.group("part"), event=event) if event is not None else None


# A heading that breaks its measure down ("Revenue by division", "Sales by
# region"), and a list line's label before its figure ("- Hotels: £6.1m").
_BROKEN_DOWN_BY = re.compile(r"\bby\s+(?:[a-z]+\s+)?(?:division|segment|region|category|business|product|country|market|channel|source|activity|sector|unit|brand|type|line)s?\b", re.IGNORECASE)
_LINE_LABEL_BEFORE = re.compile(r"[\s*\-\u2022]*[A-Z][^:.;]{0,60}:\s*$")


def heading_event(model: DocumentModel, reading: SentenceModel, kind: str, events: EventLexicon) -> str | None:
    """The event a section heading names ("Recent acquisitions"), for a figure whose sentence names none."""
    heading = _section_heading(model, reading)
    return _label_event(heading, kind, events) if heading else None


def _section_heading(model: DocumentModel, reading: SentenceModel) -> str | None:
    """The heading of the section a sentence stands in, if it has one."""
    section = model.sections[reading.span.section] if reading.span.section < len(model.sections) else None
    return section.heading if section is not None else None


_WORD_AFTER = re.compile(r"\s+\w")


def _label_event(label: str, kind: str, events: EventLexicon) -> str | None:
    """The event a short label (a heading, a lead-in) names for a figure of ``kind``."""
    if len(label.split()) > _HEADING_WORDS:
        return None
    for trigger in find_triggers(label, events):
        if (
            trigger.text.casefold() in events.singular_only or (not trigger.is_noun and not label[: trigger.start].strip(" *_#"))
        ) and _WORD_AFTER.match(label, trigger.end):
            # "Crop discovery and destruction", "Crop groups", "Hire demand"
            # (a verb's form opening a label): a word that describes the noun
            # after it names no harvest, no hiring. ("Nokia acquires Navteq":
            # a headline's verb and its object.)
            continue
        if kind in events.kinds[trigger.event].figure_kinds:
            return trigger.event
    return None


def _with_target(text: str, who: Attribution, from_heading: bool, mentions: list[Mention], model: DocumentModel) -> Attribution:
    """A takeover figure without a named target: in a list of acquisitions the
    item names the target and the page's owner bought it; elsewhere the one
    other organisation the sentence names is the target, unless it is named
    as the seller ("bought 1,850 towers from Nile Wave Telecom": the towers
    were bought, not the company)."""
    if who.object_name is not None or who.subject is None:
        return who
    if from_heading:
        owner = model.entity(model.topic)
        if owner is None or fold(owner.name) == fold(who.subject.name):
            # No page owner, or the sentence's subject is the owner ("eBay
            # agreed to buy Skype for $2.6 billion" under "EBay to acquire
            # Skype"): the buyer is the subject, not what was bought.
            return who
        subject = Mention(0, 0, owner.name, owner.kind, owner.name, known=True, via="topic")
        return who._replace(
            subject=subject, object_name=who.subject.name, object_type=who.subject.type, object_surface=who.subject.surface
        )
    others = {m.name: m for m in mentions if m.actor and not m.demonym and m.name != who.subject.name and m.type in ("organisation", "unknown")}
    target = next(iter(others.values())) if len(others) == 1 else None
    if target is not None and _RELATIVE_BEFORE.search(text, max(0, target.start - 12), target.start):
        return who  # "paid £85.5 million for the block, which Brackenfield built": who built it, not what was bought
    if target is not None and not SOLD_BY.search(text, max(0, target.start - 40), target.start):
        return who._replace(object_name=target.name, object_type=target.type, object_surface=target.surface)
    return who


# A relative clause's opening right before its own subject: "which ", "that ".
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom)\s+$")
# Before the exchange a listing took place on: "on the", "onto".
_VENUE_BEFORE = re.compile(r"\b(?:on|onto)\s+(?:the\s+)?$", re.IGNORECASE)


def _topic_mention(model: DocumentModel, reading: SentenceModel) -> Mention | None:
    """The topic of the sentence's block, as a subject when the sentence names none."""
    return _entity_mention(model.entity(reading.topic))


def _entity_mention(entity: Entity | None) -> Mention | None:
    """An entity of the document as a mention of no place in the sentence."""
    if entity is None:
        return None
    return Mention(0, 0, entity.name, entity.kind, entity.name, known=True, country=entity.home, via="topic")


# A named event is where something was done only when the text says so
# ("unveiled at MWC 2026", "during the 2023 trade fair").
_AT_AN_EVENT = re.compile(r"\b(?:at|during)\s+(?:the\s+|this\s+year['\u2019]s\s+|last\s+year['\u2019]s\s+)?(?:\S+\s+){0,2}$", re.IGNORECASE)
_ACTING_KINDS = frozenset({"organisation", "country", "person"})
# A state held since a date, or entered on one: "has been all-electric
# since", "became an Approved Contractor in", "went fully electric in".
_STATE_SINCE = re.compile(r"\b(?:has|have|had)\s+been\s+(?P<state>[^,;:.()\d]{1,60}?)\s+since\s+(?:the\s+(?:start|end)\s+of\s+)?$", re.IGNORECASE)
_STATE_ENTERED = re.compile(r"\b(?:became|becomes|went|goes|turned)\s+(?P<state>[^,;:.()\d]{1,60}?)\s+in\s+(?:the\s+(?:spring|summer|autumn|winter|start|end)\s+of\s+)?$", re.IGNORECASE)
_STATE_WORD = re.compile(r"[a-z][a-z'-]*")


def _state_begun(text: str, date_start: int, pattern: re.Pattern[str], lexicon: EventLexicon) -> tuple[str, int] | None:
    """The state a date begins, as its last two words folded ("approved
    contractor", "electric"), and where its words start, when the text tells
    of a state held since the date or entered on it (``pattern``); None
    otherwise. A state is a few words naming what its holder is, not where
    or whose it is, nor a clause ("the hub they opened in"): see
    ``state_degree_words`` and ``not_state_words`` in events.yaml."""
    offset = max(0, date_start - 90)
    before = text[offset:date_start]
    if "since" not in before[-24:] and " in " not in before[-40:]:
        return None
    found = pattern.search(before)
    if found is None:
        return None
    words = [w for w in _STATE_WORD.findall(found.group("state").casefold().replace("all-", "all ")) if w not in lexicon.state_degree_words]
    # ("has been redesigned since", "has been battling cancer since": a
    # passive or a verb in -ing is a deed going on, no state a thing is in.)
    if not words or len(words) > 4 or words[-1].endswith("ed") or any(w.endswith("ing") or w in lexicon.not_state_words for w in words):
        return None
    return " ".join(words[-2:]), offset + found.start("state")


def _becoming(state: tuple[str, int], who: Attribution, mentions: Sequence[Mention]) -> tuple:
    """A state's start as a dated event of its holder, named before the
    state and never inside it ("an Arboricultural Association Approved
    Contractor" is what "We" became)."""
    name, state_start = state
    holder = who.subject
    if holder is not None and holder.start >= state_start:
        holder = next((m for m in reversed(mentions) if m.end <= state_start and m.actor and not m.demonym), None)
    return f"becoming:{name}", holder, "past"


_PURPOSE_BEFORE = re.compile(r"\bfor\s+(?:the\s+|fiscal\s+|its\s+|their\s+)?$", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)|['\u2019]s)\s+$", re.IGNORECASE)
_BLANKS_BEFORE_A_WORD = re.compile(r"\s+(?=\S)")


def _names_an_event_after(text: str, position: int, references: ReferenceLexicon) -> bool:
    """"the 2023 trade fair", "the 2024 annual summit": an event's name follows."""
    words = re.findall(r"[\w-]+", text[position : position + 40])[:3]
    return any(word.casefold() in references.event_name_words for word in words)


def _labels_a_noun(text: str, date: DateMatch, lexicon: EventLexicon) -> bool:
    """"his administration's 2010 federal budget", "the 2008 season": a bare
    year between a determiner and a word that names no dated event is a label."""
    if date.month is not None or not _LABEL_BEFORE.search(text, max(0, date.start - 12), date.start):
        return False
    following = _BLANKS_BEFORE_A_WORD.match(text, date.end)
    if following is None:
        return False
    return lexicon.dated_pattern.match(text, following.end()) is None


# A sentence that opens on a past participle: "Founded in 1874, ...",
# "Established in 2011 by two dentists who ..., the chain grew".
_FRONTED_PARTICIPLE = re.compile(r"\W*[A-Z][a-z]+(?:ed|en|lt|ght)\b(?:\s+up)?\s+(?:in|on|by|during|at|as|from|since)\b")
_ACTOR_KINDS = frozenset({"organisation", "unknown", "facility", "product", "programme"})


def _subject_after_fronted_participle(text: str, date_start: int, mentions: Sequence[Mention], events: EventLexicon) -> Mention | None:
    """The main clause's subject of a sentence that opens on a participle
    phrase holding the date: the first company, facility or thing named
    right after a comma past the date ("..., the chain grew"). None when
    the sentence opens otherwise or the phrase names the doer ("Founded by
    Acme in 2011" is Acme's deed, read by the event's own subject)."""
    if _FRONTED_PARTICIPLE.match(text) is None or events.dated_pattern.search(text, 0, date_start) is None:
        return None
    for mention in mentions:
        if mention.start <= date_start or not mention.actor or mention.type not in _ACTOR_KINDS or mention.demonym:
            continue
        if _AFTER_A_COMMA.search(text, max(0, mention.start - 6), mention.start) and not _LIST_GOES_ON.match(text, mention.end):
            return mention  # (not "by Avery Wang, Chris Barton, Dhiraj Mukharjee, and ...": the founders' list)
    return None


_AFTER_A_COMMA = re.compile(r",\s+(?:the\s+)?$")
# A list going on after a name: ", Dhiraj Mukharjee", ", and", "and", "&"
# (not an aside: "the Pacific Exchange, along with other exchanges, has").
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\b|&|[A-Z])|and\b|&)")


def _date_event(
    text: str,
    date: DateMatch,
    start: int,
    end: int,
    mentions: list[Mention],
    who: Attribution,
    spans: list[tuple[int, int]],
    lexicon: EventLexicon,
    references: ReferenceLexicon,
    triggers: Sequence[Trigger] = (),
    ending_at: dict[int, list[Mention]] | None = None,
) -> tuple:
    """``ending_at``: the sentence's mentions by where they end. What a date in a sentence is: a stated present, a named event ("MWC
    2026"), a dated one-off event ("opened in May 2025"), a period lead; what
    it is about; the tense of the event when the event says it; and, as a
    fourth item, "actor" when the date tells what a company, a country or a
    person did rather than what happened to a named thing."""
    if is_as_of(text, date):
        if date.day is not None and _PERIOD_ENDS.get(date.month or 0) == date.day:
            # "As of December 31, 2024, the Company had 6,874 employees": a
            # balance date that figures are told at, not when the text is written.
            return "dated", who.subject, None
        return "as-of", None, None
    begun = lexicon.state_begun(text, date.start)
    if begun == "relocation" and _site_named_before(text, date.start, mentions) is None:
        begun = None  # "have been on the list since 2002": no site the state is at, no move to one
    if begun is not None:
        # "in operation since 2013", "owned by Cranmore Partners since 2018":
        # the event that began the state, of the thing in it; in brackets
        # after a name, of that name ("Kindlewood Home Care Ltd (part of
        # Marram Care Partners since February 2025)").
        return begun, _named_before_brackets(text, date.start, mentions) or _relative_state_holder(text, date.start, mentions, who.subject), "past"
    became = _state_begun(text, date.start, _STATE_SINCE, lexicon)
    if became is not None:
        # "has been an Approved Contractor since 2019", "We became an
        # Approved Contractor in 2021", "has been all-electric since 2023",
        # "went fully electric in 2022": the day the state began, one event
        # of its holder and that state. The holder is named before the state,
        # never inside it ("an Arboricultural Association Approved Contractor").
        return _becoming(became, who, mentions)
    blocker = lexicon.limits_the_date(text, max(0, date.start - 40), date.start, date.end)
    if blocker is not None and not _dated_after_or_holding(text, blocker, date.start, lexicon):
        owned_deed = _OWNED_DEED_AFTER.match(text, date.end) if _OWNER_WORD_BEFORE.search(text, max(0, date.start - 8), date.start) else None
        if owned_deed is None or owned_deed.group(1).casefold() not in lexicon.dated_phrases:
            return "bound", who.subject, None  # "to 2030", "booked it through 2009": a limit, not an event
        # "Since its 2016 listing in Mumbai": the deed the year dates, its owner's.
        return lexicon.dated_phrases[owned_deed.group(1).casefold()], who.subject, "past"
    blank_start = date.start
    while blank_start > 0 and text[blank_start - 1].isspace():
        blank_start -= 1
    right_before = ending_at.get(blank_start, ()) if ending_at is not None else mentions
    for mention in right_before:
        # ("its 2024 financial year": a pronoun standing for a name is no name the year is part of.)
        if mention.end <= date.start and not text[mention.end : date.start].strip() and not mention.demonym and mention.surface[:1].isupper():
            if not references.names_an_event(mention.surface):
                return "title", None, None  # "Office 2010", "Windows Server 2008": a name, no date
            if not _AT_AN_EVENT.search(text, max(0, mention.start - 30), mention.start):
                return "period", None, None  # "support for the Davos Summit 2015": the event's year, nothing done at it
            return "event", Mention(
                start=mention.start,
                end=mention.end,
                name=mention.name,
                type="event",
                surface=mention.surface,
                known=mention.known,
            ), None
    if _PURPOSE_BEFORE.search(text, max(0, date.start - 20), date.start):
        return "period", who.subject, None  # "a budget plan for next year", "supplier for the 2010 Games"
    if _labels_a_noun(text, date, lexicon):
        if _names_an_event_after(text, date.end, references) and _AT_AN_EVENT.search(text, max(0, date.start - 30), date.start):
            return "event", None, None  # "at the 2023 trade fair": something done at an event of that year
        return "period", who.subject, None  # "his administration's 2010 budget": a label, no event
    happened = dated_event(text, start, end, clause_of(spans, start), lexicon)
    entered = _state_begun(text, date.start, _STATE_ENTERED, lexicon)
    if entered is not None and (happened is None or happened.start >= entered[1]):
        # (An event's word inside the state names no event of its own: the
        # "Approved" of "became an Approved Contractor in 2021".)
        return _becoming(entered, who, mentions)
    if happened is not None and _MANY_DONE_AFTER.match(text, happened.end):
        # "last year it opened nine new shops": a deed done to many things, a
        # count's date, not the one-off event of a named thing.
        return "dated", who.subject, None
    if happened is not None and who.object_name is None and _an_unnamed_site_done_to(text, happened, references.facility_nouns):
        # "1988: Stannard opens its 50th depot, in Hull", "Our refurbishment
        # centre in Wakefield, opened in 2019": what a company did to one of
        # its sites that no name tells from its others.
        return happened.event, who.subject, happened.tense, "actor"
    if happened is not None:
        done_to = done_to_in_relative(text, happened, mentions, lexicon.deals_known_by_target)
        if done_to is not None:
            return happened.event, done_to, happened.tense
        if who.object_name is None and named_before_participle(text, happened, mentions) is None and text[: happened.start].strip(" \"'\u201c(*_-"):
            # ("Brakel Bakery, founded in 1957, bought Tarnby Mills", "Founded in
            # 1957, Brakel Bakery bought ...": a participle phrase tells of the
            # name it follows or opens on, whatever the main verb did to another.)
            found = event_object_near(text, start, triggers, [m for m in mentions if m.actor], clause_of(spans, start), lexicon)
            if found is not None:
                who = who._replace(object_name=found.name, object_type=found.type, object_surface=found.surface)
        if who.object_name is not None and who.object_type not in ("event", "country"):
            # "agreed to buy Foxglove", "signed an agreement with Tin Lantern":
            # the deal is known by its counterparty.
            target = Mention(0, 0, who.object_name, who.object_type or "unknown", who.object_surface or who.object_name, known=True)
            return happened.event, target, happened.tense
        happened_to = theme(text, happened, mentions, start, who.subject, lexicon.deals_known_by_target)
        if happened_to is not None and _starts_a_company(text, happened, happened_to, start, lexicon, references.description_heads):
            return "founding", happened_to, happened.tense
        if (
            happened_to is not None
            and happened_to is who.subject
            # A name of no known kind right before a past verb and a thing
            # told as new ("Valdemar signed a three-year agreement") is its
            # doer too; not one that names the thing done ("the LinkRail Nord
            # order it booked") or does the one thing the story is about
            # ("LinkRail Nord signed the order").
            and (
                happened_to.type in _ACTING_KINDS
                or (
                    happened_to.type == "unknown"
                    and not text[happened_to.end : happened.start].strip()
                    and text[happened.start : happened.end].split()[0].casefold().endswith("ed")
                    and _A_NEW_THING.match(text, happened.end) is not None
                )
            )
            and not happened.passive
            and happened.event in lexicon.repeated_deeds
        ):
            # "IBM announced the recall on ...": what the company did, not an
            # event of a named thing; a company announces many things.
            return happened.event, happened_to, happened.tense, "actor"
        return happened.event, happened_to, happened.tense
    if is_section_lead(text, date):
        return "period", who.subject, None
    return "dated", who.subject, None


def _an_unnamed_site_done_to(text: str, happened: DatedEvent, facility_nouns: Sequence[str]) -> bool:
    """Whether the deed a date tells is done to one of a company's sites
    that its rank tells and no name does ("opens its 50th depot").
    (A site told before its participle, "Its large-format line,
    commissioned in 2022", is the one site the text tells of.)"""
    after = _SITE_NOUN_AFTER_VERB.match(text, happened.end)
    return after is not None and after.group("noun").casefold().rstrip("s") in facility_nouns


# One of a company's sites after a deed's verb, told by its rank or as
# new, no name in it: " its 50th depot", " a new store", " another depot".
# (Not "the site" or "its first store": those are one site, told once.)
_SITE_NOUN_AFTER_VERB = re.compile(
    r"\s+(?:(?:its|their|our|his|her)\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|newest|latest|new)"
    r"|(?:a|an)\s+(?:new|second|third|fourth|fifth)|another)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\b(?!\s+[A-Z])"
)


# Between an intransitive verb of starting and its date: "started in 1998",
# "began at her kitchen table in 2008", "began out of a garage in 1998"
# (where it began, told in a few words first).
_STARTED_THEN_DATE = re.compile(
    r"\s+(?:(?:out|life|up)\s+)?(?:(?:at|from|out\s+of|in|as)\s+(?:a|an|the|her|his|their|its|my|our)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}?\s+)?"
    r"(?:in|on|back\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Amos Reid Signs, the Norwich firm his great-grandfather Amos started",
# "Hearthwell, the Wakefield-based group that Derek Wellings started": a
# description of the name before it, and the doer of its relative clause.
_FOUNDERS_RELATIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'\u2019&-]+\s+){0,3}?(?P<head>[a-z]+)\s+(?:that\s+|which\s+)?"
    r"(?:(?:his|her|their|my|our)\s+)?(?:[A-Za-z][\w'\u2019-]*\s+){1,3}"
)
# Between a company's name and the passive of its start: "the family business was started".
_PASSIVE_START = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+")
# A name in apposition right before the verb: "The agency she runs, Kindlewood Home Care, began".
_APPOSITION_BEFORE = re.compile(r",\s*$")
_COMPANY_KINDS = frozenset({"organisation", "unknown"})


def _starts_a_company(
    text: str, happened: DatedEvent, started: Mention, date_start: int, lexicon: EventLexicon, description_heads: Mapping[str, str]
) -> bool:
    """Whether a verb of starting founds the company it starts: the company
    right after it ("I started Ivory Lane in 2005") or right before it with
    the date right after ("Kestrel Cars started in 1998", "Anvilcroft started
    as a village smithy in 1926"), or the company a description stands for
    whose relative clause's doer started it ("Amos Reid Signs, the Norwich
    firm his great-grandfather Amos started in 1929")."""
    verb = text[happened.start : happened.end].casefold()
    if verb not in lexicon.founding_starts or started.type not in _COMPANY_KINDS or started.demonym:
        return False
    if happened.passive:
        # "the family business was started in 1987": a company's own start, told in the passive.
        return started.end <= happened.start and _PASSIVE_START.fullmatch(text, started.end, happened.start) is not None and bool(
            _STARTED_THEN_DATE.fullmatch(text, happened.end, date_start)
        )
    if started.start >= happened.end:
        return not text[happened.end : started.start].strip() and started.end <= date_start
    founder = _FOUNDERS_RELATIVE.fullmatch(text, started.end, happened.start)
    if founder is not None and description_heads.get(founder.group("head").casefold()) == "organisation" and bool(
        _STARTED_THEN_DATE.fullmatch(text, happened.end, date_start)
    ):
        return True
    # ("Protests started in November": a word opening a sentence that only
    # may be a name is not enough; a company's or a name of two words is.)
    named = started.type == "organisation" or len(started.name.split()) > 1
    between = text[started.end : happened.start].strip()
    in_apposition = between == "," and _APPOSITION_BEFORE.search(text, 0, started.start) is not None
    if started.via == "description" and between.endswith(started.name + ","):
        # "The agency she runs, Kindlewood Home Care, began at her kitchen
        # table in 2008": the description, then the name it stands for.
        between, in_apposition = ",", True
    return named and started.end <= happened.start and (not between or in_apposition) and bool(
        _STARTED_THEN_DATE.fullmatch(text, happened.end, date_start)
    )


_YEAR_END_BEFORE = re.compile(r"\b(?:the\s+)?end\s+of\s+(?:the\s+)?$|\bend-$|\byear-end\s+$", re.IGNORECASE)
def _dated_after_or_holding(text: str, blocker: re.Match[str], date_start: int, lexicon: EventLexicon) -> bool:
    """Whether a dated event's phrase stands between a limit's word and its
    date, or holds the word itself ("the sale went through in February"),
    so the date is the event's, not a limit ("booked it through 2009")."""
    for phrase in lexicon.dated_pattern.finditer(text, max(0, blocker.start() - 16), date_start):
        if phrase.start() >= blocker.start() or phrase.start() < blocker.start() < phrase.end():
            return True
    return False


_A_NEW_THING = re.compile(r"\s+(?:a|an|another|one)\s", re.IGNORECASE)


def _facility_dated(
    model: DocumentModel,
    reading: SentenceModel,
    mentions: list[Mention],
    start: int,
    end: int,
    subject: Mention | None,
    actor: Mention | None,
    spans: list[tuple[int, int]],
    lexicon: EventLexicon,
    references: ReferenceLexicon,
) -> tuple[Mention | None, Mention, list[str]] | None:
    """For a facility's one-off event, its owner (the subject), the facility
    (the object) and no role; None when the event is of no facility."""
    clause = clause_of(spans, start)
    happened = dated_event(reading.span.text, start, end, clause, lexicon)
    if happened is None:
        # "has operated from its Mythe Road works since 2007": the site a
        # state begun at the date is told at, the subject's.
        site = _site_of_a_state(reading.span.text, start, mentions, subject, lexicon)
        return (subject, site, []) if site is not None else None
    done_to = done_to_in_relative(reading.span.text, happened, mentions, lexicon.deals_known_by_target)
    if done_to is not None:
        return None  # "the plant in Kinderdijk, run by Polderpomp, which Idrovalle acquired in 2012": Polderpomp's takeover
    told = facility_of_event(
        model, reading, mentions, happened.start, happened.end, start, clause, lexicon.facility_parts, _facility_object(references.facility_nouns),
        subject=subject.name if subject is not None else None,
    )
    if told is None and subject is not None:
        told = part_told_after(reading.masked, subject, happened.start, lexicon.facility_parts)
    if told is None:
        return None
    owner = told.owner
    if (
        owner is None
        and subject is not None
        # ("2017: We buy the old dye-house": the page's own company, whatever its name reads as.)
        and (subject.type == "organisation" or (subject.type == "unknown" and subject.via == "first person"))
        and fold(subject.name) != fold(told.name)
    ):
        owner = subject
    if owner is None and told.after_the_verb and actor is not None and actor.type in ("organisation", "unknown"):
        if fold(actor.name) != fold(told.name):
            owner = actor  # "Tarn Energy commissioned the Holm Point plant in 2021"
    if owner is None and not told.after_the_verb:
        owner = _doer_of_a_reduced_relative(reading.span.text, happened.start, mentions, references.facility_nouns)
    return owner, Mention(0, 0, told.name, "facility", told.surface, known=True), []


def _named_before_brackets(text: str, at: int, mentions: Sequence[Mention]) -> Mention | None:
    """The company or name of no known kind right before the brackets that
    hold ``at`` (a corporate suffix the name left out may stand between)."""
    bracket = text.rfind("(", 0, at)
    if bracket < 0 or ")" in text[bracket:at]:
        return None
    return next(
        (
            m for m in reversed(mentions)
            if m.end <= bracket and m.type in ("organisation", "unknown") and _SUFFIX_ONLY.fullmatch(text, m.end, bracket)
        ),
        None,
    )


# A relative clause that tells a state ("..., who've been going since 1962"):
# the pronoun, then the state's words up to its date.
_RELATIVE_BEFORE_A_STATE = re.compile(r",\s+(?:who|which)(?:['\u2019]ve|['\u2019]s|\s+have|\s+has)?\s+(?:[\w'\u2019-]+\s+){1,6}$", re.IGNORECASE)


def _relative_state_holder(text: str, date_start: int, mentions: Sequence[Mention], subject: Mention | None) -> Mention | None:
    """Who is in a state told in a relative clause: the organisation named
    right before its pronoun ("Spindle & Groove, who've been going since
    '89"); no one when something else stands there ("the roofers in
    Penrith, obviously, who've been going since 1962"). Without such a
    clause, the sentence's subject."""
    relative = _RELATIVE_BEFORE_A_STATE.search(text, max(0, date_start - 80), date_start)
    if relative is None:
        return subject
    return next(
        (m for m in reversed(mentions) if m.end <= relative.start() and not text[m.end : relative.start()].strip() and m.type in ("organisation", "unknown")),
        None,
    )


_SUFFIX_ONLY = re.compile(r"(?:\s+[A-Z][A-Za-z.]{0,5})?\s*")


def _site_of_a_state(text: str, date_start: int, mentions: Sequence[Mention], subject: Mention | None, lexicon: EventLexicon) -> Mention | None:
    """The site named inside a state's phrase before its date ("operated
    from its Mythe Road works since", "been at the site since"), when the
    state is one a facility's event began."""
    event = lexicon.state_begun(text, date_start)
    if event is None or event not in lexicon.facility_events:
        return None
    site = _site_named_before(text, date_start, mentions, subject)
    return Mention(0, 0, site.name, "facility", site.surface, known=True) if site is not None else None


# How far before its date a state's phrase may name its site ("operated from ... since").
_STATE_REACH = 90


def _site_named_before(text: str, date_start: int, mentions: Sequence[Mention], subject: Mention | None = None) -> Mention | None:
    """The last site (a facility, a place, a name of no known kind; not the
    subject) named in the words before a date, where a state's phrase stands."""
    lo = max(0, date_start - _STATE_REACH)
    return next(
        (
            m for m in reversed(mentions)
            if lo <= m.start and m.end <= date_start and m.type in ("facility", "place", "unknown") and not m.demonym
            and m.via != "first person" and (subject is None or fold(m.name) != fold(subject.name))
        ),
        None,
    )


def _doer_of_a_reduced_relative(text: str, verb_start: int, mentions: Sequence[Mention], facility_nouns: tuple[str, ...]) -> Mention | None:
    """The doer between a facility's noun and the verb of its event, no
    "that" between ("the Normanton recycling plant we opened in 2021"):
    who opened it, and so its owner."""
    doer = next((m for m in mentions if m.end <= verb_start and not text[m.end : verb_start].strip()), None)
    if doer is None or doer.type not in ("organisation", "unknown") or doer.possessive:
        return None
    return doer if _facility_noun_before(facility_nouns).search(text, max(0, doer.start - 40), doer.start) else None


def _noun_alternation(nouns: tuple[str, ...]) -> str:
    """The facility nouns as one alternation, longest first ("(?!)" for none)."""
    return "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!)"


@functools.lru_cache(maxsize=4)
def _facility_noun_before(nouns: tuple[str, ...]) -> re.Pattern[str]:
    alternation = _noun_alternation(nouns)
    return re.compile(r"\b(?:" + alternation + r")s?\s+$", re.IGNORECASE)


def _plant_named_by_what_it_makes(text: str, start: int, end: int, knowledge: Knowledge) -> tuple[str, str] | None:
    """What a plant makes and the plant, when the noun before it says ("Its
    ammonia plant can make 610,000 tonnes a year": ammonia, "ammonia plant");
    a word saying which plant ("its main plant") names no product."""
    found = None
    for match in _plant_named_by_product(knowledge.references.facility_nouns).finditer(text, start, end):
        found = match
    if found is None or found.group("product").casefold() in knowledge.events.plant_modifiers:
        return None
    return found.group("product").casefold(), " ".join(found.group("plant").casefold().split())


@functools.lru_cache(maxsize=4)
def _plant_named_by_product(nouns: tuple[str, ...]) -> re.Pattern[str]:
    alternation = _noun_alternation(nouns)
    # Told with its owner's possessive ("Its ammonia plant"): a plant of the
    # subject's, one part of its capacity. "The desalination plant can
    # produce" is the plant the story is about, whose capacity it is.
    return re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Oo]ur)\s+(?P<plant>(?P<product>[a-z][a-z-]+)\s+(?:" + alternation + r"))\b")


@functools.lru_cache(maxsize=4)
def _facility_object(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A facility right after an event's verb, unnamed: "opened its first plant"."""
    alternation = _noun_alternation(nouns)
    return re.compile(r"\s+(?:its|their|a|an|the|his|her|our)\s+(?:[\w-]+\s+){0,3}?(?:" + alternation + r")\b", re.IGNORECASE)


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
# Before a date a deal runs from or to: "from", "until", "starting in", "runs to".
_DEAL_RUNS_BEFORE = re.compile(r"\b(?:from|until|till|to|through|starting(?:\s+in)?|beginning(?:\s+in)?|runs?\s+(?:to|until)|expires?\s+in)\s+(?:the\s+(?:end|start)\s+of\s+)?$", re.IGNORECASE)


# Between a deal's words and its date after them: a few words of one clause ("in", "earlier this").
# ("for the 2025/26 season" after it tells what the deal supplies for.)
# (A description of the party in commas may come first: "bought Pedalpost,
# the Cambridge cargo-bike courier, in a deal agreed in August".)
_SAME_CLAUSE_AFTER = re.compile(r"(?:,\s+(?:the|a|an)\s+[^,;:.()]{1,60},)?(?![^,;:.()]*\bfor\b)[^,;:.()]{0,30}")
# A deal's own participle and date right after its words: "its three-year
# Volta Mobile contract, signed in May": when it was signed, before any
# nearer date of another clause.
_SIGNED_THEN_DATE = re.compile(r",?\s+(?:signed|agreed|won|awarded|secured)\s+(?:in|on)\s+")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|mid|late|the\s+(?:start|end)\s+of)\s+)?$", re.IGNORECASE)


# Between an owner's possessive and a date: the part it owns, then its verb
# ("UK arm, set up in ", "new subsidiary, which opened in ").
_OWNED_PART_THEN_VERB = re.compile(r"\s+((?:[\w-]+\s+){0,2}?)([a-z]+)\s*,?\s+(?:which\s+|that\s+)?(?:was\s+|were\s+)?[a-z]+(?:\s+up)?\s+(?:in|on)\s+$")


def _told_of_an_owned_part(text: str, owner: Mention, date_start: int, part_nouns: frozenset[str]) -> bool:
    """Whether the date's clause opens on the owner's possessive and a part
    it owns ("Its UK arm, set up in 2022"): what the date tells is the part's."""
    if not owner.possessive:
        return False
    between = _OWNED_PART_THEN_VERB.fullmatch(text, owner.end, date_start)
    return between is not None and between.group(2) in part_nouns


def _tells_a_deal(sentence: SentenceModel, knowledge: Knowledge) -> bool:
    words = knowledge.events.deal_words
    return (
        words is not None and not sentence.in_table
        and (
            words.nouns.search(sentence.span.text) is not None or words.chosen_by.search(sentence.span.text) is not None
            or words.appointed.search(sentence.span.text) is not None
        )
    )


def _customer_of_the_section(model: DocumentModel, reading: SentenceModel, deal):  # type: ignore[no-untyped-def]
    """A deal its sentence calls "the contract" with no customer, in a
    numbered paragraph of an item whose title names the scheme or body it is
    for ("14. Severn Canopy: supply of trees" over "14.4 RESOLVED that the
    contract be awarded to Kestrel Vale Trees"): that deal, for the title's
    scheme or body."""
    if not reading.span.text[deal.start : deal.start + 4].casefold() == "the ":
        return None
    numbered = _NUMBERED_ITEM.match(reading.span.text)
    if numbered is None:
        return None
    # The item's title: the sentence before it that opens on the item's own number ("14. Severn Canopy: ...").
    title = re.compile(r"\W*" + re.escape(numbered.group(1)) + r"\.?\s+(?!\d)")
    text = model.document.text
    for before in reversed(model.sentences[: reading.span.index]):
        if before.span.section != reading.span.section:
            return None
        # (The item's number may stand before the sentence, read apart: "14." then "Severn Canopy: ...".)
        line_start = text.rfind("\n", 0, before.span.start) + 1
        opening = title.match(text[line_start : before.span.end])
        if opening is None:
            continue
        offset = before.span.start - line_start
        colon = before.span.text.find(":", max(0, opening.end() - offset))
        opening_end = max(0, opening.end() - offset)
        for name, entity_id in zip(before.names, before.name_entities):
            entity = model.entities[entity_id]
            if opening_end <= name.start and (colon < 0 or name.end <= colon) and entity.kind in ("organisation", "unknown", "programme"):
                if fold(entity.name) == fold(deal.winner.name):
                    return None
                return deal._replace(customer=Mention(0, 0, entity.name, entity.kind, entity.name, known=True))
        return None
    return None


def _the_body_of_the_document(model: DocumentModel, reading: SentenceModel, deal, bodies: frozenset[str]):  # type: ignore[no-untyped-def]
    """A deal its sentence calls "the contract" and gives to its winner
    ("RESOLVED that the ten-year car park management contract be awarded to
    CityBay Parking Ltd") in a document of a body that lets contracts (its
    topic named as a council, a committee, a trust): that body's deal."""
    if not reading.span.text[deal.start : deal.start + 4].casefold() == "the " or model.topic is None:
        return None
    body = model.entity(model.topic)
    if body is None or body.kind not in ("organisation", "unknown") or not body.name.split():
        return None
    if body.name.split()[-1].casefold() not in bodies or fold(body.name) == fold(deal.winner.name):
        return None
    return deal._replace(customer=Mention(0, 0, body.name, body.kind, body.name, known=True))


# A minutes' numbered paragraph: "14.4 RESOLVED that ...", its item's number "14".
_NUMBERED_ITEM = re.compile(r"\W*(\d{1,3})\.\d{1,2}\.?\s")


def _with_deals(
    document: Document, reading: SentenceModel, mentions: list[Mention], made: list[Claim], knowledge: Knowledge,
    model: DocumentModel | None = None, own_report: bool = False,
) -> list[Claim]:
    """The sentence's claims ``made``, with the deals it credits to a party
    (``deal_awards.py``), dated by the date its own words give, if any. A
    figure of a deal whose winner the words after it name ("the €3.2
    million contract ... went to Slaney Drilling") is the winner's."""
    words = knowledge.events.deal_words
    assert words is not None
    # A company's own report signs the deals its highlights open on.
    topic = model.entity(model.topic) if model is not None and own_report else None
    holder = Mention(0, 0, topic.name, topic.kind, topic.name, known=True) if topic is not None and topic.kind in ("organisation", "unknown") else None
    if model is not None and reading.figures:
        # ("to run hand car washes in the car parks of 30 Fernbrook
        # supermarkets": the customer named inside a count of its sites.)
        inside = [
            m for _, m in _names_inside_counts(model, reading.span.text, reading.figures, knowledge, unnamed=True) if m.type in ("organisation", "unknown")
        ]
        if inside:
            mentions = sorted([*mentions, *inside], key=lambda m: m.start)
    deals = deal_awards(reading.span.text, mentions, words, knowledge.lexicon.number_words, holder)
    if not deals:
        return made
    claims = list(made)
    for deal in deals:
        told = _date_of_a_deal(reading, made, deal.start, deal.end, model.layout.dateline if model is not None else None)
        if deal.customer is None and model is not None:
            deal = _customer_of_the_section(model, reading, deal) or _the_body_of_the_document(model, reading, deal, words.customer_descriptions) or deal
        if deal.customer is None:
            start, end = reading.span.start + deal.start, reading.span.start + deal.end
            winner = EntityRef(name=deal.winner.name, type=deal.winner.type, surface=deal.winner.surface)
            claims = [
                c.model_copy(update={"subject": winner})
                if c.kind in ("money", "count", "quantity") and start <= c.evidence.location.start < end and c.role is None
                else c
                for c in claims
            ]
            continue
        who = Attribution(
            subject=deal.winner,
            event="deal",
            # ("Calloway's", a chain named by its owner's possessive, is the Calloway of "the Calloway contract".)
            object_name=_POSSESSIVE_END.sub("", deal.customer.name),
            object_type=deal.customer.type,
            object_surface=deal.customer.surface,
            tense="past",
        )
        term = (
            Quantity(kind="quantity", value=deal.term_years, low=deal.term_years, high=deal.term_years, unit="year")
            if deal.term_years is not None
            else None
        )
        claims.append(_claim(document, reading.span, deal.start, deal.end, "deal", who, told, value=term, lasts="one-off"))
        # "won Soarshire County Council's transport contract, covering 140
        # routes ... and worth £11.2 million": what the deal is worth, read
        # as its customer's by the possessive, is the winner's deal's.
        start = reading.span.start + deal.start
        winner = EntityRef(name=deal.winner.name, type=deal.winner.type, surface=deal.winner.surface)
        claims = [
            c.model_copy(update={"subject": winner})
            if c.kind == "money" and c.evidence.location.start >= start and c.subject is not None
            and c.subject.name == deal.customer.name and c.event in ("contract", "deal") and c.role is None
            else c
            for c in claims
        ]
    return claims


# "of the Year", "last year's": a prize's year told without a date.
_A_YEAR_TOLD = re.compile(r"\b[Yy]ear\b")
_DIGITS_OF_A_YEAR = re.compile(r"\d\d\d\d|['\u2019]\d\d\b")


def _with_prizes(
    document: Document, reading: SentenceModel, mentions: list[Mention], made: list[Claim], knowledge: Knowledge, default_time: TimeRef | None,
    reported_year: TimeRef | None = None,
) -> list[Claim]:
    """The sentence's claims ``made``, with the prizes it credits to a party
    (``prizes.py``), each of the year its own words give ("the 2024 Golden
    Ladle", "last year's Golden Spoke" in a story of 2024), else of the
    sentence's date ("was named Bat of the Year ... last November"). A prize
    no date is given for is not read: prizes are given every year."""
    words = knowledge.events.prize_words
    if words is None or not (reading.dates or _A_YEAR_TOLD.search(reading.span.text)):
        return made
    found = prizes(reading.span.text, mentions, words)
    first_words = knowledge.events.first_words
    told_firsts = firsts(reading.span.text, mentions, first_words) if first_words is not None and "first" in reading.span.text else []
    hosting_words = knowledge.events.hosting_words
    hosted = hostings(reading.span.text, mentions, hosting_words) if hosting_words is not None and reading.dates else []
    if not found and not told_firsts and not hosted:
        return made
    claims = list(made)
    for hosting in hosted:
        # "Kestle Park hosted the 2024 Golden Collar final": one edition, one host.
        edition_year = TimeRef(
            year=hosting.year, precision="year", source="sentence", text=str(hosting.year),
            start=reading.span.start + hosting.year_start, end=reading.span.start + hosting.year_start + 4,
        )  # fmt: skip
        credited = Attribution(subject=hosting.host, event="hosting", object_name=hosting.event, object_type="event", object_surface=hosting.event, tense="past")
        claims.append(_claim(document, reading.span, hosting.start, hosting.end, "deal", credited, edition_year, lasts="one-off"))
    for first in told_firsts:
        # "We fitted the UK's first fully 3D-printed eye, in 2023": a first of
        # a place, credited to its clause's subject, of the sentence's date.
        when = _date_of_a_deal(reading, made, first.start, first.end) or _date_set_off_after(reading, made, first.end)
        if when is None:
            continue
        credited = Attribution(subject=first.winner, event="first", object_name=first.title, object_type="event", object_surface=first.title, tense="past")
        claims.append(_claim(document, reading.span, first.start, first.end, "deal", credited, when, lasts="one-off"))
    for prize in found:
        if prize.year is not None:
            time: TimeRef | None = TimeRef(
                year=prize.year, precision="year", source="sentence", text=str(prize.year),
                start=reading.span.start + prize.year_start, end=reading.span.start + prize.year_start + 4,
            )  # fmt: skip
        elif prize.relative_year and default_time is not None:
            time = TimeRef(year=default_time.year + prize.relative_year, precision="year", source="sentence", text="last year")
        else:
            time = _date_of_a_deal(reading, made, prize.start, prize.end)
            if (
                time is not None and reported_year is not None and reported_year.year < time.year
                and time.precision == "month" and not _DIGITS_OF_A_YEAR.search(time.text)
            ):
                # "In February we were named Visitor Attraction of the Year"
                # in the Annual Review 2024, published in April 2025: a review
                # of a year tells that year's prizes.
                time = time.model_copy(update={"year": reported_year.year})
        if time is None:
            continue
        who = Attribution(
            subject=prize.winner, event="prize", object_name=prize.title, object_type="event", object_surface=prize.title,
            purpose=prize.awards, tense="past",
        )  # fmt: skip
        claims.append(_claim(document, reading.span, prize.start, prize.end, "deal", who, time, lasts="one-off"))
    return claims


def _date_of_a_deal(
    reading: SentenceModel, made: Sequence[Claim], start: int, end: int, dateline: Dateline | None = None
) -> TimeRef | None:
    """When the deal told by the sentence's words ``start``-``end`` was made:
    the date of ``made`` nearest them, before them or right after them in
    their clause ("won the ... deal in May", "bought Fellside Lets in
    March"). One inside them tells what it supplies for ("an order ... for
    the 2025/26 season"), a "since" another clause's bound ("listed since
    2019"), one after a clause break another deed ("..., and the first loads
    leave in December"); a date the deal runs from or to is none ("a
    five-year agreement to supply Calloway's from January 2026")."""
    text = reading.span.text
    dates = [
        (c.evidence.location.start - reading.span.start, c.evidence.location.end - reading.span.start, c.time)
        for c in made
        if c.kind == "date" and c.time is not None and c.time.source == "sentence"
        and not _DEAL_RUNS_BEFORE.search(text, 0, max(0, c.evidence.location.start - reading.span.start))
        # ("WAKEFIELD, 14 August 2025 - Linenworks ... has won": the dateline's day, when the story was written.)
        and not (dateline is not None and dateline.start <= c.evidence.location.start < dateline.end)
    ]
    signed = next((d for d in dates if _SIGNED_THEN_DATE.fullmatch(text, end, d[0])), None)
    if signed is not None:
        return signed[2]
    return min(
        (
            d for d in dates
            if not start <= d[0] < end
            and not _SINCE_BEFORE.search(text, 0, d[0])
            # ("Foxmoor (..., founded in 1996) paid £4.1m for Saltmarsh in January": an aside's date is the aside's.)
            and not (d[0] < start and in_an_aside(text, d[0], start))
            and (d[0] < start or _SAME_CLAUSE_AFTER.fullmatch(text, end, d[0]))
        ),
        key=lambda d: max(start - d[1], d[0] - end, 0),
        default=(0, 0, None),
    )[2]


# A date set off by a comma right after a deed's words: "the UK's first fully 3D-printed eye, in 2023, to ...".
_SET_OFF_DATE = re.compile(r",\s+(?:in|during|back\s+in)\s+$")


def _date_set_off_after(reading: SentenceModel, made: Sequence[Claim], end: int) -> TimeRef | None:
    """The sentence's date set off by a comma right after ``end`` (an offset in the sentence)."""
    text = reading.span.text
    for claim in made:
        at = claim.evidence.location.start - reading.span.start
        if claim.kind == "date" and claim.time is not None and claim.time.source == "sentence" and at >= end and _SET_OFF_DATE.fullmatch(text, end, at):
            return claim.time
    return None


def _purchases_told(
    document: Document, reading: SentenceModel, mentions_of: Callable[[SentenceModel], list[Mention]], made: Sequence[Claim],
    knowledge: Knowledge, dateline: Dateline | None = None,
) -> list[Claim]:
    """The purchases the sentence credits to a buyer (``purchases.py``), as
    deal claims of the event "purchase", dated by the date its own words give.
    A purchase's words are looked for first: a sentence's names are read only
    for one that has them (most have none)."""
    words = knowledge.events.purchase_words
    if words is None or reading.in_table or words.prefilter.search(reading.span.text) is None:
        return []
    claims = []
    for purchase in purchases(reading.span.text, mentions_of(reading), words, knowledge.lexicon.number_words):
        buyer = purchase.buyer or _buyer_told_by_the_price(reading, made, purchase.start, purchase.end, purchase.bought.name)
        if buyer is None:
            continue
        who = Attribution(
            subject=buyer,
            event="purchase",
            object_name=_POSSESSIVE_END.sub("", purchase.bought.name),
            object_type=purchase.bought.type,
            object_surface=purchase.bought.surface,
            tense="past",
        )
        told = _date_of_a_deal(reading, made, purchase.start, purchase.end, dateline)
        claims.append(_claim(document, reading.span, purchase.start, purchase.end, "deal", who, told, lasts="one-off"))
    return claims


def _parts_in_the_next_sentence(document: Document, model: DocumentModel, claims: list[Claim], knowledge: Knowledge) -> list[Claim]:
    """``claims``, with the parts of a count that the sentence right after
    it lists (``next_sentence_parts.py``) read as counts of its things, parts of it."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.evidence.sentence_start, []).append(claim)
    sentences = model.sentences
    marked: dict[str, Claim] = {}
    added: list[Claim] = []
    for index, sentence in enumerate(sentences[:-1]):
        following = sentences[index + 1]
        if sentence.in_table or following.in_table or following.span.is_heading or following.span.block != sentence.span.block:
            continue
        wholes = [
            c for c in by_sentence.get(sentence.span.start, ())
            if c.kind == "count" and c.role is None and c.value is not None and c.value.counted
            and c.value.low is not None and c.value.low == c.value.high
        ]
        for whole in wholes:
            assert whole.value is not None
            parts = parts_listed_next(following.span.text, whole.value.value, knowledge.lexicon)
            if not parts:
                continue
            existing = {c.evidence.location.start: c for c in by_sentence.get(following.span.start, ())}
            for part in parts:
                start, end = following.span.start + part.start, following.span.start + part.end
                value = exact_count(whole.value, part.value)
                there = existing.get(start)
                if there is not None:
                    if there.kind != "count":
                        break
                    marked[there.id] = there.model_copy(update={"role": "part", "part_of": whole.id, "value": value, "event": whole.event, "subject": whole.subject})
                    continue
                added.append(count_part(document, whole, start, end, part.value, following.span.text, following.span.start))
            break
    if not marked and not added:
        return claims
    return [marked.get(c.id, c) for c in claims] + added


def _with_award_notice(
    document: Document, model: DocumentModel, mentions_of: Callable[[SentenceModel], list[Mention]], claims: list[Claim], knowledge: Knowledge
) -> list[Claim]:
    """The claims with the deals an award notice's fields credit to their
    winners (``award_notices.py``), and the values its lots give credited to
    the lot's winner: "Lot 1 ... Awarded to: Swiftlane Logistics Ltd ...
    Contract value: £7,560,000" is Swiftlane's contract of £7.56 million, as
    "Swiftlane has won a four-year deal worth £9.2m" tells it elsewhere."""
    words = knowledge.events.notice_words
    text = document.text
    if words is None or (words.winner.search(text) is None and words.lot_winner.search(text) is None):
        return claims
    mentions = [
        m._replace(start=m.start + sentence.span.start, end=m.end + sentence.span.start)
        for sentence in model.sentences
        for m in mentions_of(sentence)
    ]
    dates = {c.evidence.location.start: c.time for c in claims if c.kind == "date" and c.time is not None}
    deals = notice_deals(text, mentions, words, knowledge.gazetteer.corporate_suffixes)
    lots_won = Counter(fold(d.winner.name) for d in deals)
    found = []
    credited: dict[str, Claim] = {}
    for deal in deals:
        sentence = model.sentence_at(deal.start)
        deal_start = deal.start
        if sentence is not None and not deal.end <= sentence.span.end:
            # "Awarded to | Kaltec Refrigeration Ltd": a table's row header
            # and the winner in the next cell, read as two sentences; the
            # deal is told by the winner's cell.
            sentence, deal_start = model.sentence_at(deal.winner.start), deal.winner.start
        if sentence is None or not (sentence.span.start <= deal_start and deal.end <= sentence.span.end):
            continue
        years = notice_term(text, deal.section, knowledge.lexicon.number_words)
        decided = decision_date_at(text, deal.section, words)
        who = Attribution(
            subject=deal.winner, event="deal", object_name=deal.buyer.name, object_type=deal.buyer.type,
            object_surface=deal.buyer.surface, purpose=deal.lot, tense="past",
        )
        term = Quantity(kind="quantity", value=years, low=years, high=years, unit="year") if years is not None else None
        start, end = deal_start - sentence.span.start, deal.end - sentence.span.start
        found.append(_claim(document, sentence.span, start, end, "deal", who, dates.get(decided) if decided is not None else None, value=term, lasts="one-off"))
        if deal.lot is None and len(deals) > 1:
            continue  # several winners and no lots: whose value a field gives is not said
        winner = EntityRef(name=deal.winner.name, type=deal.winner.type, surface=deal.winner.surface)
        buyer = EntityRef(name=deal.buyer.name, type=deal.buyer.type, surface=deal.buyer.surface)
        # A lot's contract is known by what the lot is for ("Lot 2, LED and
        # emergency lighting"); a winner of several lots by their labels.
        purpose = _LOT_NUMBER.sub("", _BRACKETED.sub("", deal.lot)).strip(" ,;:-()\u2013\u2014") if deal.lot else None
        if not purpose and lots_won[fold(deal.winner.name)] > 1:
            purpose = deal.lot
        for claim in claims:
            at = claim.evidence.location.start
            if (
                claim.kind == "money"
                and deal.section[0] <= at < deal.section[1]
                and claim.id not in credited
                # (A value its field's label gives is the lot's, whatever name
                # was read by it: "| Total value over five years: £2,550,000".)
                and (
                    value_field(text, at, words)
                    or (claim.event == "contract" and (claim.subject is None or fold(claim.subject.name) == fold(deal.buyer.name)))
                )
            ):
                update = {"subject": winner, "event": "contract", "object": buyer, "purpose": purpose}
                rate = value_rate(text, at) if claim.value is not None and claim.value.per is None else None
                if rate is not None:
                    # "Annual value: £720,000": a rate of the contract, never its whole value.
                    update["value"] = claim.value.model_copy(update={"per": rate})  # type: ignore[union-attr]
                    update["qualifiers"] = (claim.qualifiers or Qualifiers()).model_copy(update={"per": rate})
                credited[claim.id] = claim.model_copy(update=update)
    return [credited.get(c.id, c) for c in claims] + found


def _told_as_known(text: str, nouns: re.Pattern[str]) -> bool:
    """Whether ``text`` names a deal as the one known ("The contract is
    valued at", "this framework"): a deal's noun (``deal_awards`` nouns)
    after "the" or "this" and at most three words."""
    return any(_KNOWN_BEFORE.search(text, max(0, noun.start() - 40), noun.start()) for noun in nouns.finditer(text))


# "The ", "this four-year " right before a deal's noun.
_KNOWN_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,3}$")
# Words in brackets after what a lot is for: "(Kendal, Windermere, Ulverston)".
_BRACKETED = re.compile(r"\s*\([^()]*\)?")
# A lot's label before what it is for: "Lot 2, " of "Lot 2, LED and emergency lighting".
_LOT_NUMBER = re.compile(r"^\s*\S+\s+\d+\b")


def _with_values_of_awarded_deals(model: DocumentModel, claims: list[Claim], nouns: re.Pattern[str] | None) -> list[Claim]:
    """A contract's value told with no holder, in a headed section where
    one party is awarded a deal: "The contract is valued at £900,000 a year,
    or £3.6 million over the four years. ... RESOLVED: that Calder Skip Hire
    Ltd be appointed as the committee's skip and trade waste contractor" is
    Calder's contract. Not where the section awards deals to two parties."""
    deals = [c for c in claims if c.kind == "deal" and c.subject is not None and c.object is not None]
    if not deals or nouns is None:
        return claims
    winners_by_section: dict[int, set[str]] = {}
    holder_of_section: dict[int, Claim] = {}
    for deal in deals:
        section = _headed_section(model, deal.evidence.location.start)
        if section is None:
            continue
        winners_by_section.setdefault(section, set()).add(fold(deal.subject.name))  # type: ignore[union-attr]
        holder_of_section[section] = deal
    credited = {}
    for claim in claims:
        if claim.kind != "money" or claim.subject is not None or claim.event != "contract":
            continue
        told_before = claim.evidence.sentence[: claim.evidence.location.start - claim.evidence.sentence_start]
        if not _told_as_known(told_before, nouns):
            continue  # "a contract worth €350 million": another deal than the one awarded
        section = _headed_section(model, claim.evidence.location.start)
        if section is None or len(winners_by_section.get(section, ())) != 1:
            continue
        deal = holder_of_section[section]
        credited[claim.id] = claim.model_copy(update={"subject": deal.subject, "object": claim.object or deal.object})
    return [credited.get(c.id, c) for c in claims] if credited else claims


# After a sum, who paid it for "it": "the £14.2m we paid for it", "the £3m that Halden paid for them".
_PAID_FOR_IT_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:we|it|they|[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3})\s+(?:had\s+|has\s+|have\s+)?paid\s+for\s+(?:it|them)\b"
)


def _paid_for_it_after(text: str, figure, mentions: Sequence[Mention], who: Attribution) -> Mention | None:  # type: ignore[no-untyped-def]
    """The sentence's subject a sum was paid for, when the words after the sum
    say who paid it "for it" ("Driftwood has more than justified the £14.2m
    we paid for it"): the first company named before the sum, not the payer."""
    if _PAID_FOR_IT_AFTER.match(text, figure.end) is None:
        return None
    return next(
        (
            m for m in mentions
            if m.end <= figure.start and m.type in ("organisation", "unknown", "facility") and not m.demonym and m.via != "first person"
            and (who.subject is None or m.name != who.subject.name)
        ),
        None,
    )


# A business joining a group for a price: "joined in April 2024 for ", "joined the group in 2024 for ".
_JOINED_FOR = re.compile(r"\bjoined\s+(?:(?:the|our)\s+(?:group|family)\s+|us\s+)?(?:(?:in|on|during)\s+[^,;.]{1,25}?\s+)?for\s+(?:about\s+|around\s+)?$")
# Between a purchase's words and its price: whom it was bought from, then "for".
_PAID_AFTER_A_PURCHASE = re.compile(r"[^.;:()\d\u00a3$\u20ac]{0,120}\bfor\s+(?:about\s+|around\s+|some\s+|a\s+reported\s+)?")


def _prices_of_told_purchases(claims: list[Claim]) -> list[Claim]:
    """A sum inside the words that tell a purchase ("it paid GBP 7.4 million
    for Bristol's Moorgate Van Hire") that no trigger named: the purchase's
    price, paid by its buyer for what it bought."""
    purchases = [c for c in claims if c.kind == "deal" and c.event == "purchase" and c.subject is not None and c.object is not None]
    if not purchases:
        return claims
    priced = {}
    for claim in claims:
        # ("bought Boxmoor Cartons for £41.5m, a full price for a business of
        # that size": a sum the words after it call a price is the purchase's too.)
        if claim.kind != "money" or claim.event not in (None, "price") or claim.role is not None:
            continue
        start, end = claim.evidence.location.start, claim.evidence.location.end
        deal = next(
            (d for d in purchases if d.doc_id == claim.doc_id and d.evidence.location.start <= start and end <= d.evidence.location.end),
            None,
        )
        if deal is None:
            # "we completed the purchase of Whiskerwood Cattery ... from its
            # retiring owners, Janet and Clive Furness, for £410,000": the
            # one purchase its sentence told before a sum paid "for".
            told = [
                d for d in purchases
                if d.doc_id == claim.doc_id and d.evidence.sentence_start == claim.evidence.sentence_start and d.evidence.location.end <= start
            ]
            between = claim.evidence.sentence[
                (told[0].evidence.location.end - claim.evidence.sentence_start if told else 0) : start - claim.evidence.sentence_start
            ]
            deal = told[0] if len(told) == 1 and _PAID_AFTER_A_PURCHASE.fullmatch(between) else None
        # (The money's subject may be what was bought, the clause's subject:
        # "we joined Lagoona Leisure in January in a £6.4m deal".)
        if deal is not None and (
            claim.subject is None or fold(claim.subject.name) in (fold(deal.subject.name), fold(deal.object.name))  # type: ignore[union-attr]
        ):
            priced[claim.id] = claim.model_copy(update={"event": "acquisition", "subject": deal.subject, "object": deal.object, "lasts": "one-off"})
    return [priced.get(c.id, c) for c in claims] if priced else claims


def _headed_section(model: DocumentModel, offset: int) -> int | None:
    """The index of the section under a heading that holds ``offset``, if any."""
    sentence = model.sentence_at(offset)
    if sentence is None or sentence.span.section >= len(model.sections):
        return None
    return sentence.span.section if model.sections[sentence.span.section].heading is not None else None


def _buyer_told_by_the_price(reading: SentenceModel, made: Sequence[Claim], start: int, end: int, bought: str) -> Mention | None:
    """The buyer the price told in a purchase's words is credited to, when
    the words name none ("The Harrogate consolidator paid £4.2m in March for
    Barkwell Boarding's kennels", under the heading "Kennelcraft Group.")."""
    for claim in made:
        offset = claim.evidence.location.start - reading.span.start
        subject = claim.subject
        if (
            claim.kind == "money" and start <= offset < end and subject is not None
            and subject.type in ("organisation", "unknown") and fold(subject.name) != fold(bought)
            and claim.object is not None and fold(claim.object.name) == fold(bought)
        ):
            return Mention(0, 0, subject.name, subject.type, subject.surface or subject.name, known=True)
    return None


def _entity(mention: Mention | None) -> dict | None:
    if mention is None:
        return None
    return {"name": mention.name, "type": mention.type, "surface": mention.surface}


# One validation of the whole nested record, done in pydantic's core: one
# Python-level constructor per sub-record costs more than the claim's reading.
_validate_claim = Claim.__pydantic_validator__.validate_python


_STOCK_VERB = re.compile(r"([A-Za-z]+(?:\s+(?:down|off))?)\s+(?:(?:a|an|another|some|about|around|nearly|almost|over|more\s+than|its|their|the|all)\s+)*$")


def _done_in_a_whole_year(who, time: TimeRef | None, text: str = "", end: int = 0) -> bool:  # type: ignore[no-untyped-def]
    """Whether a deed is told as done, in a year its own sentence names, or
    in "the year" the clause after the figure says ("made 21.4 million lures
    during the year"): a deed dated by a month or by its story is a batch,
    not the year's flow."""
    if who.tense != "past":
        return False
    if time is not None and time.source == "sentence" and time.precision == "year":
        return True
    return bool(text) and _IN_THE_WHOLE_YEAR.match(text, end) is not None


# Right after a figure, the whole year it was done in: "during the year",
# "in the financial year", "over the year to June".
_IN_THE_WHOLE_YEAR = re.compile(
    r"[^,;:.]{0,40}?\b(?:during|in|over|throughout)\s+(?:the|its|their)\s+(?:(?:last|latest|past|previous|most\s+recent)\s+)?"
    r"(?:(?:financial|fiscal|full|whole|past)\s+)?year\b",
    re.IGNORECASE,
)


def _made_by_verb(text: str, start: int, events: EventLexicon) -> bool:
    """Whether a verb of making stands right before a count ("built 14,900 guitars")."""
    found = _STOCK_VERB.search(text, max(0, start - 60), start)
    return found is not None and found.group(1).casefold() in events.production_verbs


def _made_in_year(  # type: ignore[no-untyped-def]
    text: str, start: int, end: int, who, time: TimeRef | None, events: EventLexicon, reported_year: TimeRef | None = None
) -> bool:
    """Whether a verb of making right before a count tells what was made in
    a whole year: one its sentence names, or the one a report is on ("we
    made 14.2 million litres of ice cream at Bodmin" in an annual report for
    the year to September 2025), where nothing nearer dates the deed."""
    found = _STOCK_VERB.search(text, max(0, start - 60), start)
    if found is None or found.group(1).casefold() not in events.production_verbs:
        return False
    if who.purpose and PURPOSE_PUT_FIRST.match(text, 0, start):
        # "For last year's Steel City 10K we made all 22,000 medals": an
        # order made for one customer, no year's output.
        return False
    if found.group(1).casefold() in _PAST_AS_PRESENT and time is not None and time.source == "sentence" and time.precision == "year":
        # "In 2024 we cast 412 bells": a verb whose past is its present,
        # told with a year its own sentence names, tells that year's output.
        return who.tense != "future"
    if reported_year is not None and who.tense == "past" and (time is None or time.source in ("metadata", "document", "heading")):
        return True
    return _done_in_a_whole_year(who, time, text, end)


# Verbs whose past is written as their present (those of them that are
# verbs of making, ``production_verbs``, are the ones asked about).
_PAST_AS_PRESENT = frozenset("cast cut put set shed spread split shut hit".split())


def _deed_before(text: str, start: int, events: EventLexicon) -> str | None:
    """The deed a verb of work right before a count names ("serviced 3,850 buoys": serviced)."""
    found = events.deed_before.search(text, max(0, start - 30), start)
    return events.deeds.get(found.group(1).casefold()) if found is not None else None


def _opens_on_its_measure(text: str, clause: tuple[int, int], start: int, triggers: Sequence, end: int | None = None) -> bool:  # type: ignore[type-arg]
    """Whether the figure's clause, before ``start``, opens on the word of its
    measure, after at most one word of the whole's (``_WHOLE_MEASURE_WORDS``:
    "Net sales grew", "Operating profit rose", "Exports grew"): no owner is
    told, as a company's own report tells its figures. Or the clause opens on
    the figure as its measure's modifier: "The £14.5 million acquisition of
    ..." (``end``: where the figure ends)."""
    # ("In the year to March 2025 revenue was £38.6 million": a time put first, then the measure.)
    fronted = FRONTED_TIME.match(text, clause[0], start)
    if fronted is not None:
        clause = (fronted.end(), clause[1])
    opening = text[clause[0] : start]
    first = next((t for t in triggers if clause[0] <= t.start < start), None)
    if first is None:
        return (
            end is not None
            # ("Last year's £7.5m placing": a time's possessive stands for "the".)
            and _DETERMINER_OF_A_FIGURE.fullmatch(opening.strip(" \"'\u201c\u2018")) is not None
            and any(t.start >= end and not text[end : t.start].strip(" -\u2013") for t in triggers)
        )
    before = opening[: first.start - clause[0]].split()
    return len(before) <= 1 and all(word.casefold() in _WHOLE_MEASURE_WORDS for word in before)


# What may stand before a count that opens its clause: a time or a "for the
# first time" put first ("In 2024, 61 schools ...", "For the first time, ...").
_OPENS_ON_THE_FIGURE = re.compile(
    r"[\s\"'\u201c\u2018*_-]*(?:(?:In|During|By|Over|Across|Last|This)\s+(?:the\s+)?[\w\s-]{0,30}?,\s*"
    r"|For\s+the\s+(?:first|second|third|fourth|fifth)\s+time(?:\s+ever)?,?\s*)?"
)
_DETERMINER_OF_A_FIGURE = re.compile(r"(?i:the|its|our|(?:last|this|next)\s+year['\u2019]s|(?:19|20)\d\d['\u2019]s)")


# The words a company's whole measure may open on ("Net sales", "Group
# revenue", "Operating profit"); any other ("Home and body revenue", "Gross
# borrowings", "Market sales") names a part, another measure or another's.
# ("Total bookings were £68.4 million" in a letter to shareholders: the
# company's own. "Gross borrowings" stays apart: beside "net debt" it is
# another measure the reader would take for the same one.)
_WHOLE_MEASURE_WORDS = frozenset({"net", "total", "group", "operating", "consolidated", "annual", "our"})


# A clause that opens on the sales of a kind of thing: "Holiday home sales up 6% to ".
_SALES_OF_THINGS = re.compile(r"[\s*_-]*(?P<thing>(?:[A-Za-z][a-z-]*\s+){1,3}?)sales\s+(?:were\s+|rose\s+|grew\s+|fell\s+|up\s+|down\s+|reached\s+)", re.IGNORECASE)


def _sales_of_units(text: str, clause_start: int, figure, events: EventLexicon) -> str | None:  # type: ignore[no-untyped-def]
    """What a count of units counts when its clause opens on the sales of a
    kind of thing ("Holiday home sales up 6% to 1,240 units"): that thing,
    in the plural; None when the count names what it counts or the clause
    does not open so."""
    quantity = figure.quantity
    if quantity.kind != "count" or not quantity.counted or quantity.counted.split()[-1].casefold() not in events.any_counted:
        return None
    sales = _SALES_OF_THINGS.match(text, clause_start, figure.start)
    if sales is None:
        return None
    words = sales.group("thing").casefold().split()
    if not words or words[-1] in ("unit", "units", "total", "net", "gross", "group", "our", "its", "the"):
        return None
    return " ".join(words[:-1] + [plural_of(words[-1])])


def _told_as_sold(text: str, start: int, end: int, events: EventLexicon) -> bool:
    """Whether a verb of selling tells the count at ``text[start:end]``: before it, or right after it."""
    return events.sold_before.search(text, max(0, start - 40), start) is not None or events.sold_after.match(text, end) is not None


def _flow_of_year(text: str, start: int, end: int, who, time: TimeRef | None, measure: str | None, events) -> str | None:  # type: ignore[no-untyped-def]
    """The name of the flow a stock's change told as done in a whole year
    makes ("opened 60 stores last year", "closed 45 branches in 2024",
    "built 1,100 pianos last year"), or None."""
    if not _done_in_a_whole_year(who, time, text, end):
        return None
    found = _STOCK_VERB.search(text, max(0, start - 60), start)
    if found is not None and events.stock_changes.search(found.group(0) + " ") is not None:
        verb = found.group(1).casefold()
    else:
        # "the 45 stores it opened in 2024": the verb after the count.
        after = events.stock_changed_after.match(text, end)
        if after is None:
            return None
        verb = after.group(0).split()[-1].casefold()
    return flow_name(verb, measure, events)


def _present(document: Document, dateline) -> TimeRef | None:  # type: ignore[no-untyped-def]
    """The document's own date (front matter, else its dateline): where "in
    the 41 years since" counts to."""
    date = document.date or (dateline.date_value if dateline is not None else None)
    if date is None:
        return None
    return TimeRef(year=date.year, month=date.month, day=date.day, precision="day", source="metadata", text=date.isoformat())


# A sentence that may state a span of time: read no further without one.
_SPAN_WORDS = Cued(re.compile(r"\b(?:weeks?|months?|years?)\b", re.IGNORECASE), re.compile("week|month|year"))


def _elapsed_claims(
    document: Document, model: DocumentModel, present: TimeRef | None, knowledge: Knowledge, context: tuple[str, ...]
) -> list[Claim]:
    """The spans of time the document states between dates it gives ("14
    months later", "in the 41 years since"), each a claim the
    ``elapsed-time`` rule checks against its dates."""
    claims: list[Claim] = []
    # The sentences before, in the current paragraph, nearest first: as many as a span reads back.
    paragraph: list[SentenceModel] = []
    for reading in model.sentences:
        if paragraph and paragraph[0].span.block != reading.span.block:
            paragraph = []
        if _SPAN_WORDS.search(reading.span.text, ascii_lowered(reading.span.text)):
            spans = elapsed_in(
                reading.span.text, reading.span.start, reading.dates, [(s.dates, s.span.start) for s in paragraph],
                present, knowledge.lexicon, knowledge.events,
            )  # fmt: skip
            for span in spans:
                value = Quantity(
                    kind="quantity", value=span.months, low=span.months - span.slack, high=span.months + span.slack,
                    unit="month", qualifier="about" if span.rough else "exact", precision=span.slack,
                )  # fmt: skip
                claims.append(
                    _claim(document, reading.span, span.start, span.end, "elapsed", Attribution(subject=None, event="elapsed"),
                           span.until, value=value, context=context, since=span.since)  # fmt: skip
                )
        claims.extend(_terms_against_their_dates(document, reading, paragraph, knowledge, context))
        paragraph = [reading, *paragraph[: SENTENCES_BACK - 1]]
    return claims


def _anniversaries_since_founding(
    document: Document, model: DocumentModel, claims: Sequence[Claim], present: TimeRef | None, knowledge: Knowledge, context: tuple[str, ...]
) -> list[Claim]:
    """"Wenham Rowing Club was founded in 1882 ... We celebrated our 150th
    anniversary in 2022": an anniversary is a span from the founding the
    document dates to the year it is told of (its sentence's date, else the
    document's present), checked as the ``elapsed-time`` rule checks spans.
    Only where the document dates one founding, in one year."""
    founded = [c for c in claims if c.kind == "date" and c.event == "founding" and c.time is not None and c.subject is not None]
    if len({c.time.year for c in founded if c.time}) != 1 or len({c.subject.name for c in founded if c.subject}) != 1:
        return []
    since, founder = founded[0].time, founded[0].subject
    assert since is not None and founder is not None
    found: list[Claim] = []
    for reading in model.sentences:
        for span in anniversaries_in(reading.span.text, reading.span.start, reading.dates, present, knowledge.lexicon):
            if span.at.year <= since.year:
                continue
            # ("EGM was one issue away from its 20th anniversary" in a story
            # that dates only UGO's founding: the possessive must be the founded one's.)
            owner = next((model.entity(r.entity) for r in reading.references if r.start == span.start and r.entity is not None), None)
            if owner is None or owner.name != founder.name:
                continue
            # Whole years, as a span in years is rounded: a year either way.
            months, slack = span.years * 12.0, 12.0
            value = Quantity(
                kind="quantity", value=months, low=months - slack, high=months + slack, unit="month", qualifier="exact", precision=slack
            )
            found.append(
                _claim(document, reading.span, span.start, span.end, "elapsed", Attribution(subject=None, event="elapsed"),
                       span.at, value=value, context=context, since=since)  # fmt: skip
            )
    return found


def _terms_against_their_dates(
    document: Document, reading: SentenceModel, paragraph: list[SentenceModel], knowledge: Knowledge, context: tuple[str, ...]
) -> list[Claim]:
    """"The five-year contract ... Work under the contract runs from July
    2025 to the end of June 2028": the length told, as a span between the
    dates told, in the sentence that tells the length (this one, else the
    nearest before it in its paragraph that tells one)."""
    if "from" not in reading.span.text:
        return []
    dates = term_dates(reading.span.text, reading.span.start, reading.dates)
    if dates is None:
        return []
    for told_in in (reading, *paragraph):
        terms = terms_told(told_in.span.text, knowledge.lexicon, knowledge.events.term_nouns)
        if len(terms) == 1:
            term = terms[0]
            value = Quantity(
                kind="quantity", value=term.months, low=term.months - term.slack, high=term.months + term.slack,
                unit="month", qualifier="about" if term.rough else "exact", precision=term.slack,
            )  # fmt: skip
            return [
                _claim(document, told_in.span, term.start, term.end, "elapsed", Attribution(subject=None, event="elapsed"),
                       dates[1], value=value, context=context, since=dates[0])  # fmt: skip
            ]
        if terms:
            return []  # two terms told: which one the dates are of is not said
    return []


def _claim(
    document: Document,
    sentence: SentenceSpan,
    start: int,
    end: int,
    kind: str,
    who: Attribution,
    time: TimeRef | None,
    value: Quantity | None = None,
    attribute: Attribute | None = None,
    qualifiers: Qualifiers | None = None,
    lasts: str | None = None,
    related: tuple[str, ...] = (),
    in_heading: bool = False,
    places: tuple[str, ...] = (),
    part_of: str | None = None,
    context: tuple[str, ...] = (),
    since: TimeRef | None = None,
) -> Claim:
    absolute_start = sentence.start + start
    absolute_end = sentence.start + end
    obj = None
    if who.object_name is not None:
        obj = {"name": who.object_name, "type": who.object_type or "unknown", "surface": who.object_surface or who.object_name}
    fields = {
        "id": claim_id(document, absolute_start, absolute_end, kind),
        "doc_id": document.id,
        "kind": kind,
        "evidence": {
            "doc_id": document.id,
            "location": document.location_fields(absolute_start, absolute_end),
            "text": document.text[absolute_start:absolute_end],
            "sentence": sentence.text,
            "sentence_start": sentence.start,
        },
        "value": value,
        "time": time,
        "subject": _entity(who.subject),
        "event": who.event,
        "object": obj,
        "purpose": who.purpose,
        "role": who.role,
        "attribute": attribute,
        "tense": who.tense,
        "qualifiers": qualifiers,
        "lasts": lasts,
        "related": related,
        "in_heading": in_heading,
        "places": places,
        "part_of": part_of,
        "since": since,
    }
    if context:
        # Set only when the document has one, as the copy that added it did:
        # a claim's fields set stay as they were.
        fields["context"] = context
    return _validate_claim(fields)
