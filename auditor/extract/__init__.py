"""Stage ``extract``: one document in, its typed claims out.

``extract_document`` is a pure function of the document (and the rules folder
its lexicons come from), so results can be cached by content hash and
computed in parallel. Only sentences that pass a cheap pre-filter (a digit, a
currency sign, a number word, an attribute cue) get the full reading.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Sequence

from auditor.extract.attributes import attribute_cues, find_attributes, may_state_attribute
from auditor.extract.attribution import Attribution, FigureSlot, attribute
from auditor.extract.dates import DateMatch, find_dates
from auditor.extract.entities import Gazetteer, Mention, find_entities, load_gazetteer
from auditor.extract.events import EventLexicon, clause_of, clauses, find_triggers, load_events
from auditor.extract.figures import FigureMatch, document_anchors, figure_anchors, find_figures
from auditor.extract.lexicon import Lexicon, load_lexicon
from auditor.extract.long_sentences import MAX_SENTENCE_CHARS, in_pieces
from auditor.extract.timing import (
    SentenceDates,
    document_default,
    is_as_of,
    is_section_lead,
    section_dates,
    sentence_date,
)
from auditor.model import (
    AuditError,
    Attribute,
    Claim,
    Document,
    DocumentClaims,
    Quantity,
    TimeRef,
)
from auditor.segment import Lexicon as SegmentLexicon
from auditor.segment import SentenceSpan, segment_spans
from auditor.segment import load_lexicon as load_segment_lexicon

__all__ = ["extract_document", "holds_knowledge", "Knowledge", "KnowledgeError", "knowledge_dir_of", "load_knowledge"]


@dataclass(frozen=True)
class Knowledge:
    """Everything extraction reads from the rules folder, loaded once."""

    lexicon: Lexicon
    gazetteer: Gazetteer
    events: EventLexicon
    sentences: SegmentLexicon  # abbreviations that steer sentence splitting


class KnowledgeError(ValueError):
    """A rules folder's ``entities.yaml`` or ``lexicon/`` is missing or malformed."""


def load_knowledge(rules_dir: Path | None = None) -> Knowledge:
    """The knowledge of a rules folder (default: the shipped one).

    A folder given here replaces the shipped knowledge as a whole: it needs
    ``entities.yaml`` and every file of ``lexicon/``.
    """
    try:
        return Knowledge(
            lexicon=load_lexicon(rules_dir / "lexicon" if rules_dir else None),
            gazetteer=load_gazetteer(rules_dir),
            events=load_events(rules_dir),
            sentences=load_segment_lexicon(rules_dir / "lexicon" / "abbreviations.yaml" if rules_dir else None),
        )
    except (OSError, KeyError, TypeError, ValueError) as exc:
        where = rules_dir if rules_dir is not None else "the shipped rules"
        if isinstance(exc, OSError) and exc.strerror:
            reason = f"{exc.strerror}: {exc.filename}"
        else:
            reason = f"{type(exc).__name__}: {exc}" if isinstance(exc, (KeyError, TypeError)) else str(exc)
        raise KnowledgeError(f"{where}: extraction's knowledge is missing or malformed ({reason})") from exc


def holds_knowledge(folder: Path) -> bool:
    """Whether a rules folder brings knowledge of its own."""
    return (Path(folder) / "entities.yaml").is_file() or (Path(folder) / "lexicon").is_dir()


def knowledge_dir_of(rules_folders: Sequence[Path]) -> Path | None:
    """The rules folder whose knowledge extraction uses: the last one that
    ``holds_knowledge``; None for the shipped one."""
    return next((Path(folder) for folder in reversed(rules_folders) if holds_knowledge(folder)), None)


class _Reading(NamedTuple):
    """What the first pass found in one sentence worth reading."""

    sentence: SentenceSpan
    figures: tuple[FigureMatch, ...]
    dates: tuple[DateMatch, ...]
    attributes_possible: bool


def extract_document(document: Document, knowledge: Knowledge | None = None) -> DocumentClaims:
    knowledge = knowledge or load_knowledge()
    _, sentences = segment_spans(document, knowledge.sentences)
    sentences, cut = in_pieces(sentences)
    readings = _first_pass(document.text, sentences, knowledge)

    dated = [
        SentenceDates(r.sentence.start, r.sentence.text, r.sentence.section, r.sentence.is_heading, r.dates)
        for r in readings
    ]
    default_time = document_default(document, dated)
    by_section = section_dates(dated)

    claims: list[Claim] = []
    for index, reading in enumerate(readings):
        if not reading.figures and not reading.dates and not reading.attributes_possible:
            continue  # an anchor that read as nothing ("Top 10"): no claim to find
        context_time = by_section.get(index, default_time)
        claims.extend(_read_sentence(document, reading, context_time, knowledge))
    claims.sort(key=lambda c: (c.evidence.location.start, c.evidence.location.end, c.kind))
    return DocumentClaims(doc_id=document.id, claims=tuple(claims), problems=_cut_sentences(document, cut))


def _cut_sentences(document: Document, cut: list[SentenceSpan]) -> tuple[AuditError, ...]:
    return tuple(
        AuditError(
            path=document.path,
            line=document.position(sentence.start)[0],
            message=f"a sentence of {len(sentence.text):,} characters was read in pieces of at most "
            f"{MAX_SENTENCE_CHARS:,} (figures near a cut may lose their subject or event)",
        )
        for sentence in cut
    )


def _first_pass(text: str, sentences: list[SentenceSpan], knowledge: Knowledge) -> list[_Reading]:
    """The sentences worth reading, with their figures and dates.

    Anchors and attribute cues are found in the whole text at once (per
    sentence, the calls cost more than the scan); each sentence takes its share.
    """
    anchors = document_anchors(text, knowledge.lexicon)
    anchor_starts = [start for start, _ in anchors]
    cues = attribute_cues(text, knowledge.gazetteer)
    cue_starts = [start for start, _ in cues]
    readings = []
    length = len(text)
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        first = bisect.bisect_left(anchor_starts, start)
        last = bisect.bisect_left(anchor_starts, end)
        first_cue = bisect.bisect_left(cue_starts, start)
        last_cue = bisect.bisect_left(cue_starts, end)
        glued = (start and not text[start - 1].isspace()) or (end < length and not text[end].isspace())
        crossed = first and anchors[first - 1][1] > start
        if first == last and first_cue == last_cue and not glued and not crossed:
            continue  # most sentences: no anchor, no cue
        if glued or crossed or (last > first and anchors[last - 1][1] > end):
            # Glued to its neighbours, or an anchor ("a few") runs across its
            # edge: the whole-text scan may read it otherwise than the
            # sentence alone, so it is scanned alone.
            own = figure_anchors(sentence.text, knowledge.lexicon)
            attributes_possible = may_state_attribute(sentence.text, knowledge.gazetteer)
        else:
            own = [a - start for a in anchor_starts[first:last]]
            attributes_possible = any(cue_end <= end for _, cue_end in cues[first_cue:last_cue])
        if not own and not attributes_possible:
            continue
        figures = tuple(find_figures(sentence.text, knowledge.lexicon, own)) if own else ()
        dates = tuple(find_dates(sentence.text, knowledge.lexicon)) if own else ()
        readings.append(_Reading(sentence, figures, dates, attributes_possible))
    return readings


def _read_sentence(
    document: Document,
    reading: _Reading,
    context_time: TimeRef | None,
    knowledge: Knowledge,
) -> list[Claim]:
    sentence = reading.sentence
    text = sentence.text
    mentions = find_entities(
        _masked(text, [*reading.figures, *reading.dates]), knowledge.gazetteer, heading=sentence.is_heading
    )
    triggers = find_triggers(text, knowledge.events) if (reading.figures or reading.dates) else []
    spans = clauses(text, knowledge.events)
    claims: list[Claim] = []

    slots = [
        FigureSlot(f.start, f.end, f.quantity.kind, f.quantity.unit if f.quantity.kind == "quantity" else None)
        for f in reading.figures
    ]
    for figure, who in zip(
        reading.figures,
        attribute(text, slots, mentions, triggers, knowledge.events, heading=sentence.is_heading, spans=spans),
    ):
        clause = clause_of(spans, figure.start)
        time = sentence_date(reading.dates, figure.start, figure.end, clause, sentence.start, text) or context_time
        claims.append(
            _claim(document, sentence, figure.start, figure.end, figure.quantity.kind, who, time, value=figure.quantity)
        )

    point_dates = [d for d in reading.dates if d.precision != "range"]
    date_slots = [FigureSlot(d.start, d.end, "date") for d in point_dates]
    date_owners = (
        attribute(text, date_slots, mentions, triggers, knowledge.events, heading=sentence.is_heading, spans=spans)
        if date_slots
        else []
    )
    for date, who in zip(point_dates, date_owners):
        event, subject = _date_event(text, date, mentions, who)
        time = TimeRef(
            year=date.year,
            month=date.month,
            day=date.day,
            source="sentence",
            text=date.text,
            start=sentence.start + date.start,
            end=sentence.start + date.end,
        )
        dated = Attribution(subject=subject, event=event, tense=who.tense)
        claims.append(_claim(document, sentence, date.start, date.end, "date", dated, time))

    if reading.attributes_possible and not sentence.is_heading:
        for found in find_attributes(text, mentions, reading.dates, knowledge.gazetteer):
            who = Attribution(subject=found.entity, event=None)
            stated = Attribute(name=found.name, value=found.value, surface=text[found.start : found.end])
            claims.append(_claim(document, sentence, found.start, found.end, "attribute", who, None, attribute=stated))
    return claims


def _masked(text: str, spans: list[FigureMatch | DateMatch]) -> str:
    """The sentence with figures and dates blanked: ``530 MW Gullmyr`` names ``Gullmyr``."""
    if not spans:
        return text
    parts = []
    position = 0
    for figure in sorted(spans, key=lambda s: s.start):
        if figure.start < position:
            continue
        parts.append(text[position : figure.start])
        parts.append(" " * (figure.end - figure.start))
        position = figure.end
    parts.append(text[position:])
    return "".join(parts)


def _date_event(text: str, date: DateMatch, mentions: list[Mention], who: Attribution) -> tuple[str, Mention | None]:
    """What a year in a sentence is: a stated present, a named event, a period lead."""
    if is_as_of(text, date):
        return "as-of", None
    for mention in mentions:
        if mention.end <= date.start and not text[mention.end : date.start].strip() and not mention.demonym:
            return "event", Mention(
                start=mention.start,
                end=mention.end,
                name=mention.name,
                type="event",
                surface=mention.surface,
                known=mention.known,
            )
    if is_section_lead(text, date):
        return "period", who.subject
    return who.event or "dated", who.subject


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
        }
    )
