"""A description that is a paragraph's whole lead-in label ("**The Austrian
rival.**") tells who the paragraph is about, named next; and a one-word name
that closes one company's name and opens another's is neither's. Sentences
of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _subject(text: str, surface: str, knowledge, path: str = "doc.md") -> str | None:  # type: ignore[no-untyped-def]
    found = figure(claims_of(text, knowledge, path), surface).subject
    return found.name if found is not None else None


FEATURE = (
    "---\ntitle: Organ builders\n---\n"
    "Hollis Orgelmakers of Zwolle builds four new organs a year.\n\n"
    "**The Austrian rival.** Orgelbau Kainz, in the hills above Salzburg, signed a EUR 2.6 million contract in June.\n"
)


def test_a_lead_in_label_is_the_company_its_paragraph_names_next(knowledge):
    model = build_model(parse_document("doc.md", FEATURE.encode()), knowledge)
    label = next(r for s in model.sentences for r in s.references if r.surface == "The Austrian rival")
    assert model.entity(label.entity).name == "Orgelbau Kainz"


def test_a_lead_in_label_gives_no_home_to_the_company_before_it(knowledge):
    homes = {
        c.subject.name: c.attribute.value
        for c in claims_of(FEATURE, knowledge, "doc.md")
        if c.kind == "attribute" and c.attribute is not None and c.attribute.name == "country"
    }
    assert homes.get("Hollis Orgelmakers") != "AT"


def test_a_label_over_a_paragraph_that_names_no_company_is_nobodys(knowledge):
    text = (
        "---\ntitle: Organ builders\n---\n"
        "Hollis Orgelmakers of Zwolle builds four new organs a year.\n\n"
        "**The Austrian rival.** In the hills above Salzburg, prices are lower.\n"
    )
    model = build_model(parse_document("doc.md", text.encode()), knowledge)
    label = next(r for s in model.sentences for r in s.references if r.surface == "The Austrian rival")
    assert label.entity is None


def test_a_word_that_closes_one_name_and_opens_another_is_short_for_neither(knowledge):
    text = (
        "Orgelbau Kainz, near Salzburg, builds organs. Kainz has 38 staff.\n\n"
        "Kainz Pfeifenbau of Passau, a separate company, employs 64 people."
    )
    assert _subject(text, "38 staff", knowledge, "doc.txt") != "Kainz Pfeifenbau"


def test_a_word_that_opens_one_name_only_is_still_its_short_form(knowledge):
    text = "Kainz Pfeifenbau of Passau makes organ pipes. Kainz has 64 staff."
    assert _subject(text, "64 staff", knowledge, "doc.txt") == "Kainz Pfeifenbau"
