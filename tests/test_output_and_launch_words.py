"""What a quarry takes out in a year is its production, as what a mine
digs is; a product that "came out" or "hit the market" in a year was
launched then ("introduced" is left out: a bill or a law is introduced).
Sentences of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize("verb", ["quarried", "extracted", "excavated"])
def test_what_a_quarry_took_out_in_a_year_is_its_production(verb, knowledge):
    claim = figure(claims_of(f"Orvik Marmor {verb} 240,000 cubic metres of marble blocks in 2024.", knowledge), "240,000 cubic metres")
    assert claim.event == "production" and claim.time.year == 2024


@pytest.mark.parametrize("told", ["came out in 1997", "hit the market in 1997", "reached the market in 1997"])
def test_a_product_that_came_out_in_a_year_was_launched_then(told, knowledge):
    text = f"Orvik Kajak makes kayaks. Its first rotomolded kayak, the Fjord, {told}."
    (dated,) = [c for c in claims_of(text, knowledge) if c.kind == "date"]
    assert dated.event == "launch" and dated.time.year == 1997


def test_a_share_that_made_up_revenue_is_no_change(knowledge):
    claim = figure(claims_of("Orvik Klokker makes bells. Exports made up 61% of revenue in 2024.", knowledge), "61%")
    assert claim.role != "change"


def test_a_figure_up_on_the_year_is_a_change(knowledge):
    assert figure(claims_of("Orvik Klokker makes bells. Revenue was up 6% in 2024.", knowledge), "6%").role == "change"


def test_a_harvest_in_a_table_labelled_in_tonnes_by_their_symbol_is_production(knowledge):
    text = (
        "---\ntitle: Orvik Tang | Our farms\n---\n# Our farms\n\nOrvik Tang grows kelp.\n\n"
        "| Farm area | Harvest 2023 (t) | Harvest 2024 (t) |\n|---|---|---|\n| Total | 4,100 | 6,200 |\n"
    )
    claim = figure(claims_of(text, knowledge, "farms.md"), "6,200")
    assert (claim.event, claim.value.unit, claim.value.value, claim.time.year) == ("production", "kilogram", 6_200_000.0, 2024)


def test_a_bill_introduced_in_a_year_is_no_launch(knowledge):
    dated = [c for c in claims_of("Senator Orvik Lang introduced the bill in 2019.", knowledge) if c.kind == "date"]
    assert all(c.event != "launch" for c in dated)


def test_a_verb_of_making_whose_past_is_its_present_tells_the_year_its_sentence_names(knowledge):
    claims = claims_of("Orvik Klokker makes bells. In 2024 we cast 412 bells, up from 377 in 2023.", knowledge)
    assert figure(claims, "412 bells").event == "bell made"


@pytest.mark.parametrize("told", ["We cast about 400 bells a year.", "In 2026 we will cast 450 bells."])
def test_a_rate_or_a_plan_cast_is_no_year_s_output(told, knowledge):
    claims = [c for c in claims_of(f"Orvik Klokker makes bells. {told}", knowledge) if c.kind == "count"]
    assert all(c.event != "bell made" for c in claims)
