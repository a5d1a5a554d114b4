"""An interview's answer that opens with a figure replies to the question
before it: "What did Maia cost in the end?" / "About 66 million euros, with
the roaster and the building." The figure is the cost the question asks
about, of what the question names; the answer itself names neither.
"""

from __future__ import annotations

import re

from auditor.document import DocumentModel, SentenceModel
from auditor.document.lexicon import COUNTRY, PERSON, PLACE
from auditor.extract.entities import Mention
from auditor.extract.events import EventLexicon, find_triggers

# What may stand before the figure in an answer that opens with it:
# "About 66 million euros", "Roughly 400", "Just under 3,000".
_OPENING = re.compile(r"\W*(?:[A-Za-z]+\s+){0,2}$")


def question_answered(model: DocumentModel, reading: SentenceModel, figure_start: int) -> SentenceModel | None:
    """The question a sentence answers with the figure it opens on: the
    sentence right before it, in the block before, ending in "?"."""
    index = reading.span.index
    if index <= 0 or index >= len(model.sentences) or not _OPENING.match(reading.span.text[:figure_start]):
        return None
    question = model.sentences[index - 1]
    if question.span.block == reading.span.block or not question.span.text.rstrip().endswith("?"):
        return None
    return question


def asked_event(question: SentenceModel, kind: str, events: EventLexicon) -> str | None:
    """The measure the question asks for ("What did Maia cost?": cost)."""
    for trigger in find_triggers(question.span.text, events):
        if kind in events.kinds[trigger.event].figure_kinds:
            return trigger.event
    return None


def asked_about(model: DocumentModel, question: SentenceModel) -> Mention | None:
    """What the question asks about: the first organisation, facility or
    thing it names (never a person, a place or a country)."""
    for name, entity_id in zip(question.names, question.name_entities):
        entity = model.entities[entity_id]
        if entity.kind not in (PERSON, PLACE, COUNTRY):
            return Mention(0, 0, entity.name, entity.kind, name.surface, known=True, via="question")
    return None
