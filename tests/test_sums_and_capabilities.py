"""What a sum is when the words around it say so: an aside that says what
it includes ("debt included") names no measure; a relative clause after it
says who paid it and for what ("the EUR 410 million that Groenveld agreed to
pay for Agrosem"). And what a site can do is its capacity whatever it
counts ("can handle 2.6 million TEU a year"). Every text here is written for
these tests."""

from __future__ import annotations

import pytest

from auditor.extract import extract_document, load_knowledge
from auditor.extract.events import find_triggers
from auditor.sources import parse_document


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _claim(text: str, surface: str, knowledge):
    claims = extract_document(parse_document("doc.txt", text.encode()), knowledge).claims
    (found,) = [c for c in claims if c.evidence.text == surface]
    return found


# --------------------------------------------------------------------------- asides


@pytest.mark.parametrize("aside", ["debt included", "including net debt", "cash included", "net of debt"])
def test_an_aside_of_what_a_sum_includes_is_no_trigger(knowledge, aside):
    text = f"The EUR 410 million, {aside}, was high."
    assert [t.event for t in find_triggers(text, knowledge.events)] == []


def test_debt_outside_an_aside_is_still_a_debt(knowledge):
    assert _claim("Tessaro Group has EUR 300 million of debt.", "EUR 300 million", knowledge).event == "debt"


# --------------------------------------------------------------------------- who paid, in a relative clause


@pytest.mark.parametrize(
    "text",
    [
        "The EUR 410 million, debt included, that Groenveld Seeds agreed in June to pay for Agrosem Iberica buys it a melon programme.",
        "The EUR 410 million that Groenveld Seeds agreed to pay for Agrosem Iberica is a record.",
        "The EUR 410 million which Groenveld Seeds paid for Agrosem Iberica is a record.",
    ],
)
def test_a_sum_a_relative_clause_says_was_paid_for_a_company(knowledge, text):
    found = _claim(text, "EUR 410 million", knowledge)
    assert (found.subject.name, found.event, found.object.name) == ("Groenveld Seeds", "acquisition", "Agrosem Iberica")


def test_a_sum_paid_in_a_paragraph_about_a_takeover_is_its_price(knowledge):
    text = (
        "Verhaegen Coatings has grown by buying small rivals, and the Proskowa deal is its largest. "
        "At the EUR 240 million that Verhaegen agreed to pay, the price is high."
    )
    found = _claim(text, "EUR 240 million", knowledge)
    assert (found.subject.name, found.event) == ("Verhaegen Coatings", "acquisition")


def test_a_sum_paid_for_no_company_outside_a_takeover_is_no_price(knowledge):
    text = "Acme Foods settled the case.\n\nThe EUR 5 million that Acme Foods agreed to pay in fines was a record."
    found = _claim(text, "EUR 5 million", knowledge)
    assert found.subject.name == "Acme Foods" and found.event != "acquisition"


# --------------------------------------------------------------------------- what a site can do


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Tagus Quay said its terminal can handle 2.6 million TEU a year.", "2.6 million TEU a year"),
        ("Acque Serena said its main plant can fill 1.5 billion bottles a year.", "1.5 billion bottles a year"),
        ("Haldorf Landtechnik said its plant is rated at 21,000 tractors a year.", "21,000 tractors a year"),
        ("Meridane Steel said the group has 2.7 Mt of annual melt capacity.", "2.7 Mt"),
    ],
)
def test_what_a_site_can_do_is_its_capacity(knowledge, text, surface):
    assert _claim(text, surface, knowledge).event == "capacity"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Haldorf Landtechnik sold 21,000 tractors a year.", "21,000 tractors a year"),
        ("Haldorf Landtechnik can sell 21,000 tractors.", "21,000 tractors"),  # no rate: a count
    ],
)
def test_a_count_without_a_capability_and_a_rate_is_no_capacity(knowledge, text, surface):
    assert _claim(text, surface, knowledge).event != "capacity"


def test_capability_words_are_data(knowledge):
    assert knowledge.events.capability_cues.search("it is rated at")
    assert knowledge.events.asides.search("debt included")
