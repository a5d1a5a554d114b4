"""Dates and deals named by the noun beside them, and facilities a facts
file gives its owner for in a note.

- "the US launch that followed its January 2025 FDA clearance": a date
  between a possessive and its noun dates that noun (the clearance), never
  the launch named before it.
- "under the up-to-$210m deal it signed in January": a deal its holder
  signed is a contract.
- A facts file's "Gijón mini-mill", noted "owned by Meridane Steel", is the
  mill its owner's text tells of by its town.
Texts of our own."""

from __future__ import annotations

import pytest

from auditor.checks.facts import parse_facts
from auditor.engine import audit
from auditor.extract import load_knowledge
from reading_helpers import RULES, claims_of, corpus, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def test_a_date_between_a_possessive_and_its_noun_dates_that_noun(knowledge):
    text = "Ostrel Medical reported higher revenue, helped by the US launch that followed its January 2025 FDA clearance."
    date = figure(claims_of(text, knowledge), "January 2025")
    assert date.event == "approval"
    plain = figure(claims_of("Ostrel Medical launched the pump in the US in January 2025.", knowledge), "January 2025")
    assert plain.event == "launch"


def test_a_date_before_a_noun_of_no_event_dates_no_event_before_it(knowledge):
    text = "Web Sphere reported a profit for the launch year, its second quarter of 2024 results show."
    assert all(c.event != "launch" for c in claims_of(text, knowledge) if c.kind == "date")


def test_a_deal_its_holder_signed_is_a_contract(knowledge):
    text = "Sorbel Pharma Services started filling vaccines under the up-to-$210m deal it signed in January."
    assert figure(claims_of(text, knowledge), "$210m").event == "contract"
    takeover = figure(claims_of("Oracle agreed to buy Siebel in a $5.85 billion deal.", knowledge), "$5.85 billion")
    assert takeover.event == "acquisition"


def test_a_facility_fact_noted_with_its_owner_is_held_against_the_owners_text():
    facts = parse_facts(
        "- subject: Gijón mini-mill\n  attribute: capacity\n  value: \"2.4 million\"\n  unit: tonnes of steel per year\n"
        "  note: owned by Meridane Steel; two furnaces\n",
        "facts.yaml",
    )
    text = "Meridane Steel has a capacity of 2.7 million tonnes of steel a year at Gijón."
    found = audit(corpus(**{"visit.txt": text}), [RULES["reference-conflict"]], facts).findings
    assert found and "2.7 million tonnes" in found[0].message
    agreeing = text.replace("2.7 million", "2.4 million")
    assert not audit(corpus(**{"visit.txt": agreeing}), [RULES["reference-conflict"]], facts).findings
    # Without the note, the company's figure is no figure of a mill it is not said to own.
    unowned = parse_facts(
        "- subject: Gijón mini-mill\n  attribute: capacity\n  value: \"2.4 million\"\n  unit: tonnes of steel per year\n", "facts.yaml"
    )
    assert not audit(corpus(**{"visit.txt": text}), [RULES["reference-conflict"]], unowned).findings
