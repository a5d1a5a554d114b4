"""A release's dateline written in its place's own case ("Leeds, 3 June
2025 - "), a contract told in a release about a purchase, and a deal
credited to two parties where one story is dated only by its own date.
Sentences of our own, read whole and audited end to end."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Leeds, 3 June 2025 - Corbel Tiles said it would close a kiln.", "Leeds", "2025-06-03"),
        ("Fürth, 2 September 2025 - Halder Stifte AG today announced a purchase.", "Fürth", "2025-09-02"),
        ("Naaldwijk, the Netherlands, 24 June 2025 -- Ter Brugge B.V. today announced an order.", "Naaldwijk, the Netherlands", "2025-06-24"),
        ("Porto, May 22, 2025 - Corvelo Brewing issued a trading update.", "Porto", "2025-05-22"),
    ],
)
def test_a_dateline_in_its_places_own_case_is_read(text, place, day, knowledge):
    dateline = build_model(parse_document("doc.txt", text.encode()), knowledge).layout.dateline
    assert dateline is not None
    assert text[dateline.place_start : dateline.place_end] == place
    assert str(dateline.date_value) == day


@pytest.mark.parametrize(
    "text",
    [
        # A month without its day is no release's date.
        "Porto, May 2025 - prices rose across the region.",
        # Nor a place and a date in the course of a sentence.
        "The plant in Leeds, 3 June 2025 - the day it opened - made 40 tiles.",
    ],
)
def test_a_place_and_a_date_are_no_dateline_without_a_days_date_opening_the_story(text, knowledge):
    assert build_model(parse_document("doc.txt", text.encode()), knowledge).layout.dateline is None


def test_the_dateline_place_is_not_what_it_refers_to(knowledge):
    text = "Leeds, 3 June 2025 - Corbel Tiles said it had made 31 million tiles in 2024."
    assert figure(claims_of(text, knowledge), "31 million tiles").subject.name == "Corbel Tiles"


def test_a_contract_in_a_release_about_a_purchase_is_not_of_the_company_bought(knowledge):
    text = (
        "Leeds, 3 June 2025 - Corbel Tiles today announced that it has agreed to acquire Haverstock Clay for GBP 41 million.\n\n"
        "Corbel also announced today that it has won a three-year contract, worth GBP 12 million, to supply tiles to schools in Yorkshire."
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "GBP 41 million").object.name == "Haverstock Clay"
    assert figure(claims, "GBP 12 million").object is None


def test_the_price_of_a_purchase_is_of_the_company_bought(knowledge):
    text = (
        "Corbel Tiles has agreed to acquire Haverstock Clay.\n\n"
        "Corbel will pay a price of GBP 41 million in cash."
    )
    assert figure(claims_of(text, knowledge), "GBP 41 million").object.name == "Haverstock Clay"


def test_a_deal_credited_to_two_parties_is_found_when_one_story_is_dated_only_by_its_own_date():
    found = findings(
        "attribution-conflict",
        **{
            "release.md": "---\ndate: 2025-09-02\n---\nHalder Stifte has won a four-year contract, worth EUR 22 million, "
            "to supply pencils to primary schools in Normandy.",
            "digest.md": "---\ndate: 2026-02-10\n---\nCrayons Morel starts the EUR 22 million, four-year contract it won "
            "to supply pencils to primary schools in Normandy in 2026.",
        },
    )
    assert len(found) == 1


def test_a_deal_credited_to_two_parties_in_years_the_stories_state_apart_is_two_deals():
    found = findings(
        "attribution-conflict",
        **{
            "release.md": "Halder Stifte won a four-year contract, worth EUR 22 million, in 2019 to supply pencils to schools.",
            "digest.md": "Crayons Morel won a four-year contract, worth EUR 22 million, in 2024 to supply pencils to schools.",
        },
    )
    assert found == ()
