"""Claims read from a document model: who, what, which figure, when.

``extract_document`` is a pure function of the document (and the rules folder
its lexicons come from), so results can be cached by content hash and
computed in parallel. Sentences are read with everything the document model
knows of them (resolved references, topics); tables are read by rows and
columns (``tables``).
"""

from __future__ import annotations

from typing import Sequence

from auditor.document import DocumentModel, SentenceModel, build_model
from auditor.extract.attributes import find_attributes
from auditor.extract.attribution import Attribution, FigureSlot, attribute, event_object_near
from auditor.extract.dated import dated_event, perfect_anchor, theme, weekday_anchor
from auditor.extract.dates import DateMatch
from auditor.extract.deals import takeovers, with_known_targets
from auditor.extract.entities import Mention
from auditor.extract.events import EventLexicon, Trigger, clause_of, find_triggers
from auditor.extract.knowledge import Knowledge, load_knowledge
from auditor.extract.long_sentences import MAX_SENTENCE_CHARS
from auditor.extract.measures import in_takeover, measure_for_subject, measure_of
from auditor.extract.mentions import full_names, homes_stated, salient_entities, sentence_mentions
from auditor.extract.qualifiers import qualify
from auditor.extract.tables import TableClaim, read_tables
from auditor.extract.timing import (
    SentenceDates,
    document_default,
    is_as_of,
    is_section_lead,
    precision_of,
    section_dates,
    sentence_date,
)
from auditor.model import (
    Attribute,
    AuditError,
    Claim,
    Document,
    DocumentClaims,
    Qualifiers,
    Quantity,
    TimeRef,
)
from auditor.segment import SentenceSpan


def extract_document(document: Document, knowledge: Knowledge | None = None) -> DocumentClaims:
    """The claims of one document, read from its document model."""
    knowledge = knowledge or load_knowledge()
    model = build_model(document, knowledge)
    readings = [s for s in model.sentences if s.figures or s.dates or s.attributes_possible]
    dated = [
        SentenceDates(r.span.start, r.span.text, r.span.section, r.span.is_heading, r.dates)
        for r in readings
    ]
    default_time = document_default(document, dated)
    by_section = section_dates(dated)

    claims: list[Claim] = []
    for index, reading in enumerate(readings):
        if not reading.figures and not reading.dates and not reading.attributes_possible:
            continue
        if reading.in_table:
            continue  # table cells are read by their rows and columns, not as prose
        context_time = by_section.get(index, default_time)
        claims.extend(_read_sentence(document, model, reading, context_time, knowledge))
    claims.extend(_table_claim(document, found) for found in read_tables(model, knowledge))
    known = takeovers(model, lambda s: sentence_mentions(model, s, knowledge.references), knowledge.events)
    if known:
        takeover_events = frozenset(name for name, kind in knowledge.events.kinds.items() if kind.object_after)
        claims = with_known_targets(claims, known, takeover_events)
    context = salient_entities(model)
    if context:
        claims = [c.model_copy(update={"context": context}) for c in claims]
    claims.sort(key=lambda c: (c.evidence.location.start, c.evidence.location.end, c.kind))
    return DocumentClaims(
        doc_id=document.id, claims=tuple(claims), names=full_names(model), problems=_cut_sentences(document, model)
    )


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


def _table_claim(document: Document, found: TableClaim) -> Claim:
    """A claim read from a table cell; its row stands for its sentence."""
    row = SentenceSpan(-1, found.row_start, found.row_end, document.text[found.row_start : found.row_end], -1, -1, False)
    who = Attribution(subject=found.subject, event=found.event, tense=found.tense, role=found.role)
    return _claim(
        document, row, found.start - found.row_start, found.end - found.row_start, found.kind, who, found.time,
        value=found.value, qualifiers=found.qualifiers, lasts=found.lasts,
    )


def _read_sentence(
    document: Document,
    model: DocumentModel,
    reading: SentenceModel,
    context_time: TimeRef | None,
    knowledge: Knowledge,
) -> list[Claim]:
    sentence = reading.span
    text = sentence.text
    mentions = sentence_mentions(model, reading, knowledge.references)
    topic = _topic_mention(model, reading)
    triggers = find_triggers(text, knowledge.events) if (reading.figures or reading.dates) else []
    spans = list(reading.clauses)
    claims: list[Claim] = []

    slots = [
        FigureSlot(f.start, f.end, f.quantity.kind, f.quantity.unit if f.quantity.kind == "quantity" else None)
        for f in reading.figures
    ]
    for figure, who in zip(
        reading.figures,
        attribute(text, slots, mentions, triggers, knowledge.events, heading=sentence.is_heading, spans=spans),
    ):
        if who.subject is None and topic is not None:
            who = who._replace(subject=topic)
        clause = clause_of(spans, figure.start)
        time = (
            sentence_date(reading.dates, figure.start, figure.end, clause, sentence.start, text, knowledge.events.time_blockers)
            or context_time
        )
        qualified = qualify(
            text, figure.start, figure.end, clause, figure.quantity.kind, len(reading.figures), figure.quantity.counted
        )
        event = who.event or heading_event(model, reading, figure.quantity.kind, knowledge.events)
        measure = measure_of(figure.quantity, event, text[clause[0] : clause[1]], knowledge.events)
        if measure == "valuation" and who.object_name is not None and in_takeover(text, knowledge.events):
            measure = "acquisition"  # "a deal that values X at ...": the price paid for X
        measure = measure_for_subject(measure, figure.quantity, who.subject.type if who.subject else None, knowledge.events)
        if knowledge.events.kinds.get(measure or "") is not None and knowledge.events.kinds[measure].object_after:
            who = _with_target(who, event != who.event, mentions, model)
        qualifiers = Qualifiers(
            round=qualified.round,
            phase=qualified.phase,
            scope=qualified.scope,
            per=getattr(figure.quantity, "per", None) or qualified.per,
        )
        who = who._replace(event=measure, role=qualified.role or who.role)
        lasts = "volatile" if knowledge.events.volatile(measure) else knowledge.events.lasts(measure)
        claims.append(
            _claim(
                document, sentence, figure.start, figure.end, figure.quantity.kind, who, time,
                value=figure.quantity, qualifiers=qualifiers, lasts=lasts if measure else None,
            )
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
    date_slots = [FigureSlot(*where[d], "date") for d in point_dates]
    date_owners = (
        attribute(text, date_slots, mentions, triggers, knowledge.events, heading=sentence.is_heading, spans=spans)
        if date_slots
        else []
    )
    for date, who in zip(point_dates, date_owners):
        if who.subject is None and topic is not None:
            who = who._replace(subject=topic)
        start, end = where[date]
        event, subject, tense = _date_event(text, date, start, end, mentions, who, spans, knowledge.events, triggers)
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
        dated = Attribution(subject=subject, event=event, tense=tense or who.tense)
        claims.append(_claim(document, sentence, date.start, date.end, "date", dated, time))

    if reading.attributes_possible and not sentence.is_heading:
        stated_homes: set[str] = set()
        for found in find_attributes(text, mentions, reading.dates, knowledge.gazetteer):
            who = Attribution(subject=found.entity, event=None)
            stated = Attribute(name=found.name, value=found.value, surface=text[found.start : found.end])
            claims.append(_claim(document, sentence, found.start, found.end, "attribute", who, None, attribute=stated))
            if found.name == "country":
                stated_homes.add(found.entity.name)
        for start, end, entity, code in homes_stated(model, reading, knowledge.gazetteer, knowledge.references):
            if entity.name in stated_homes:
                continue
            stated_homes.add(entity.name)
            who = Attribution(subject=Mention(start, end, entity.name, entity.kind, text[start:end], known=True), event=None)
            stated = Attribute(name="country", value=code, surface=text[start:end])
            claims.append(_claim(document, sentence, start, end, "attribute", who, None, attribute=stated))
    return claims


def heading_event(model: DocumentModel, reading: SentenceModel, kind: str, events: EventLexicon) -> str | None:
    """The event a section heading names ("Recent acquisitions"), for a figure whose sentence names none."""
    section = model.sections[reading.span.section] if reading.span.section < len(model.sections) else None
    if section is None or not section.heading:
        return None
    for trigger in find_triggers(section.heading, events):
        if kind in events.kinds[trigger.event].figure_kinds:
            return trigger.event
    return None


def _with_target(who: Attribution, from_heading: bool, mentions: list[Mention], model: DocumentModel) -> Attribution:
    """A takeover figure without a named target: in a list of acquisitions the
    item names the target and the page's owner bought it; elsewhere the one
    other organisation the sentence names is the target."""
    if who.object_name is not None or who.subject is None:
        return who
    if from_heading:
        owner = model.entity(model.topic)
        subject = Mention(0, 0, owner.name, owner.kind, owner.name, known=True, via="topic") if owner else None
        return who._replace(
            subject=subject, object_name=who.subject.name, object_type=who.subject.type, object_surface=who.subject.surface
        )
    others = {m.name: m for m in mentions if m.actor and not m.demonym and m.name != who.subject.name and m.type in ("organisation", "unknown")}
    if len(others) == 1:
        target = next(iter(others.values()))
        return who._replace(object_name=target.name, object_type=target.type, object_surface=target.surface)
    return who


def _topic_mention(model: DocumentModel, reading: SentenceModel) -> Mention | None:
    """The topic of the sentence's block, as a subject when the sentence names none."""
    entity = model.entity(reading.topic)
    if entity is None:
        return None
    return Mention(0, 0, entity.name, entity.kind, entity.name, known=True, country=entity.home, via="topic")


def _date_event(
    text: str,
    date: DateMatch,
    start: int,
    end: int,
    mentions: list[Mention],
    who: Attribution,
    spans: list[tuple[int, int]],
    lexicon: EventLexicon,
    triggers: Sequence[Trigger] = (),
) -> tuple[str, Mention | None, str | None]:
    """What a date in a sentence is: a stated present, a named event ("MWC
    2026"), a dated one-off event ("opened in May 2025"), a period lead; what
    it is about; and the tense of the event when the event says it."""
    if is_as_of(text, date):
        return "as-of", None, None
    if lexicon.time_blockers.search(text, max(0, date.start - 40), date.start) and not lexicon.dated_pattern.search(
        text, max(0, date.start - 40), date.start
    ):
        return "bound", who.subject, None  # "to 2030", "since 2019": a limit, not an event
    for mention in mentions:
        if mention.end <= date.start and not text[mention.end : date.start].strip() and not mention.demonym:
            return "event", Mention(
                start=mention.start,
                end=mention.end,
                name=mention.name,
                type="event",
                surface=mention.surface,
                known=mention.known,
            ), None
    happened = dated_event(text, start, end, clause_of(spans, start), lexicon)
    if happened is not None:
        if who.object_name is None:
            found = event_object_near(text, start, triggers, [m for m in mentions if m.actor], clause_of(spans, start), lexicon)
            if found is not None:
                who = who._replace(object_name=found.name, object_type=found.type, object_surface=found.surface)
        if who.object_name is not None and who.object_type not in ("event", "country"):
            # "agreed to buy Foxglove", "signed an agreement with Tin Lantern":
            # the deal is known by its counterparty.
            target = Mention(0, 0, who.object_name, who.object_type or "unknown", who.object_surface or who.object_name, known=True)
            return happened.event, target, happened.tense
        return happened.event, theme(text, happened, mentions, start, who.subject), happened.tense
    if is_section_lead(text, date):
        return "period", who.subject, None
    return "dated", who.subject, None


def _entity(mention: Mention | None) -> dict | None:
    if mention is None:
        return None
    return {"name": mention.name, "type": mention.type, "surface": mention.surface}


# One validation of the whole nested record, done in pydantic's core: one
# Python-level constructor per sub-record costs more than the claim's reading.
_validate_claim = Claim.__pydantic_validator__.validate_python


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
) -> Claim:
    absolute_start = sentence.start + start
    absolute_end = sentence.start + end
    obj = None
    if who.object_name is not None:
        obj = {"name": who.object_name, "type": who.object_type or "unknown", "surface": who.object_surface or who.object_name}
    return _validate_claim(
        {
            "id": f"{document.id}#{absolute_start}-{absolute_end}:{kind}",
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
        }
    )
