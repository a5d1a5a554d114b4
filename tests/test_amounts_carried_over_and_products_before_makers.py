"""What a reader carries from one sentence to the next, and what a maker's
noun says of the word before it.

- "In 2023 we took in 41 million litres" is of the one stuff the document
  measures in litres ("38 million litres of milk"); two stuffs in one unit,
  a length, or a size ("a 200-tonne crane") leave it unnamed.
- "38 million litres in 2024, 6% more than a year earlier": a change told
  after its level, against the level the document gives for the year before
  (the rule's own examples in ``rules/checks/change-mismatch.yaml``);
  "The five-year contract ... runs from July 2025 to the end of June 2028"
  is three years, not five (``elapsed-time``); so is "Construction will take
  18 months, starting in April 2026, with the line due to open in December".
- "Reblochon maker Bouvier": the word before a maker's noun and a name is
  what the company makes, no company "The dairy" could mean.
Texts of our own."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, kinds_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def test_an_amount_told_without_its_stuff_is_of_the_one_stuff_the_document_measures_so(knowledge):
    text = "Fromagerie Arvier collected 38 million litres of milk in 2024. In 2023 the cooperative took in 41 million litres."
    assert figure(claims_of(text, knowledge), "41 million litres").event == "milk"


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Fromagerie Arvier collected 38 million litres of milk and 9 million litres of whey in 2024. It stored 41 million litres.", "41 million litres"),
        ("Arvier Transport moved 38 million tonnes of grain in 2024 with a 200-tonne crane.", "200-tonne"),
        ("Arvier Pipelines carried 38 million litres of oil in 2024. Its pipeline is 800 miles long.", "800 miles"),
    ],
)
def test_an_amount_stays_unnamed_where_the_document_does_not_say_one_stuff(knowledge, text, surface):
    amount = figure(claims_of(text, knowledge), surface)
    assert amount.event in (None, "mass", "length") and amount.event not in ("milk", "whey", "grain", "oil")


def test_a_change_after_its_level_is_checked_against_the_year_before():
    wrong = "Fromagerie Arvier collected 38 million litres of milk in 2024, 6% more than a year earlier. In 2023 Fromagerie Arvier took in 41 million litres."
    right = wrong.replace("41 million", "35.8 million")
    assert findings("change-mismatch", **{"wire.txt": wrong})
    assert not findings("change-mismatch", **{"wire.txt": right})


def test_the_word_before_a_makers_noun_and_a_name_is_a_product(knowledge):
    text = (
        "Reblochon maker Arvier grows sales\n\n"
        "ANNECY, France, March 26, 2025 - Fromagerie Arvier, the farmers' cooperative that makes Reblochon, said its revenue rose. "
        "The dairy collected 38 million litres of milk in 2024."
    )
    kinds = kinds_of(text, knowledge, "wire.txt")
    assert kinds.get("Reblochon") == "product"
    milk = figure(claims_of(text, knowledge, "wire.txt"), "38 million litres")
    assert milk.subject is not None and milk.subject.name == "Fromagerie Arvier"


def test_a_deals_length_is_held_against_the_dates_it_runs_between():
    told = "Penrock Marine won a {n}-year contract to service the buoys. Work under the contract runs from July 2025 to the end of June 2028."
    assert findings("elapsed-time", **{"wire.txt": told.format(n="five")})
    assert not findings("elapsed-time", **{"wire.txt": told.format(n="three")})
    # Two lengths told before the dates: which one they are of is not said.
    two = "Penrock won a five-year contract and a two-year lease. Work under the contract runs from July 2025 to June 2028."
    assert not findings("elapsed-time", **{"wire.txt": two})


def test_a_planned_jobs_length_is_held_against_its_start_and_end_told_after_it():
    told = "Construction will take {n} months, starting in April 2026, with the line due to open in December 2026."
    assert findings("elapsed-time", **{"wire.txt": told.format(n=18)})
    assert not findings("elapsed-time", **{"wire.txt": told.format(n=8)})
