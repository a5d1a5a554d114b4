"""Faster forms of the document model's scans find exactly what the plain
forms find: each property compares the two on generated text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document.lexicon import _alternation, load_references

SETTINGS = settings(max_examples=300, deadline=None)
REFERENCES = load_references()
# Places that share prefixes ("Abu Dhabi"/"Abuja", "Asia"/"Asia-Pacific"),
# start in lower case ("the Gulf") or hold spaces, and the characters a
# word-start test or the end test can trip on.
SOME_PLACES = sorted(REFERENCES.places)[:40] + ["the Gulf", "the Alps", "Asia-Pacific", "Mo i Rana"]
PIECES = st.sampled_from(SOME_PLACES + [p.lower() for p in SOME_PLACES[:5]] + [" ", "-", "_", "é", "9", ".", "'s", "x", "\n"])


# The place search as one alternation behind a look-behind: slow but plain.
PLAIN_PLACES = re.compile(r"(?<![\w-])(?:" + _alternation(REFERENCES.places) + r")(?![\w])")


def _plain_places(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in PLAIN_PLACES.finditer(text)]


@SETTINGS
@given(st.lists(PIECES, max_size=14))
def test_places_in_finds_what_the_plain_alternation_finds(parts):
    text = "".join(parts)
    assert [m.span() for m in REFERENCES.places_in(text)] == _plain_places(text)


@SETTINGS
@given(st.text(max_size=60))
def test_places_in_agrees_on_any_text(text):
    assert [m.span() for m in REFERENCES.places_in(text)] == _plain_places(text)


# ------------------------------------------------------------------ whole documents

from auditor.document import build_model  # noqa: E402
from auditor.extract import load_knowledge  # noqa: E402
from auditor.extract.deals import _GAP, takeovers  # noqa: E402
from auditor.extract.events import find_triggers  # noqa: E402
from auditor.extract.mentions import sentence_mentions  # noqa: E402
from auditor.sources import parse_document  # noqa: E402

KNOWLEDGE = load_knowledge()
# Prose made of the pieces the document model reads: names (new, known,
# short forms, acronyms), descriptions, pronouns, places, takeover and other
# triggers, speakers, figures and sentence ends.
WORDS = [
    "Carrick Media", "Carrick", "CM", "Pennant Studios", "Pennant", "Nvidia", "Amazon", "Oslo-based", "Norwegian",
    "the company", "the group", "the Oslo-based maker", "its", "it", "The studio", "Brno", "Norway",
    "agreed to buy", "acquired", "bought", "a stake in", "raised", "said", "according to", "chief executive",
    "Ines Calvo", "$90 million", "in May 2024", "and", "of", "the", "plant", "wind farm", "for", ",", ".", "\n", "\n\n",
]
PROSE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join)


def _model(text: str):
    return build_model(parse_document("doc.txt", text.encode("utf-8")), KNOWLEDGE)


def _every_sentence_takeovers(model) -> dict:
    """``takeovers`` as written before it passed over sentences with fewer than two mentions."""
    found: dict = {}
    for sentence in model.sentences:
        text = sentence.masked
        triggers = [t for t in find_triggers(text, KNOWLEDGE.events) if KNOWLEDGE.events.kinds[t.event].object_after]
        mentions = [m for m in sentence_mentions(model, sentence, KNOWLEDGE.references) if m.actor and not m.demonym]
        for trigger in triggers:
            buyer = next((m for m in reversed(mentions) if m.end <= trigger.start), None)
            target = next((m for m in mentions if m.start >= trigger.end), None)
            if buyer is None or target is None or buyer.name == target.name:
                continue
            if _GAP.match(text[trigger.end : target.start]):
                found.setdefault(buyer.name, set()).add((target.name, target.type, target.surface))
    return found


@settings(max_examples=150, deadline=None)
@given(PROSE)
def test_takeovers_skips_no_sentence_that_could_name_a_deal(text):
    model = _model(text)
    mentions_of = lambda s: sentence_mentions(model, s, KNOWLEDGE.references)  # noqa: E731
    assert takeovers(model, mentions_of, KNOWLEDGE.events) == _every_sentence_takeovers(model)


def test_the_prose_strategy_names_deals():
    """The strategy above can write a takeover, so the property can fail."""
    model = _model("Carrick Media agreed to buy Pennant Studios .")
    assert _every_sentence_takeovers(model) == {"Carrick Media": {("Pennant Studios", "organisation", "Pennant Studios")}}
