"""Counts of people told by whom they work for, and counts after an adverb.

- "More than 80 people work for Corrieburn Woollens", "146 people are
  employed by the mill": the employer named after the verb is whose staff
  they are; "us" on a company's own page is the company.
- "Today 146 people work for us", "Currently 68 cities have Wi-Fi": a
  capitalised adverb before a number is no name the number belongs to.
Texts of our own."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize("sentence", ["More than 80 people work for Corrieburn Woollens.", "About 80 people are employed by Corrieburn Woollens."])
def test_the_employer_after_the_verb_is_whose_staff_they_are(knowledge, sentence):
    staff = claims_of("Selkirk has a mill. " + sentence, knowledge)
    count = next(c for c in staff if c.kind == "count")
    assert count.event == "employees" and count.subject is not None and count.subject.name == "Corrieburn Woollens"


@pytest.mark.parametrize("opening", ["Today", "Currently", "Now", "Overall"])
def test_a_capitalised_adverb_before_a_number_leaves_it_a_count(knowledge, opening):
    claims = claims_of(f"Corrieburn Woollens spins wool in Selkirk. {opening} 146 people work for the company.", knowledge)
    assert figure(claims, "146 people").event == "employees"


def test_a_name_before_a_number_still_names_it(knowledge):
    # "Boeing 737 jets": the number belongs to the name, no count of jets.
    claims = claims_of("Skelwith Air flies Boeing 737 jets to Amsterdam.", knowledge)
    assert not any(c.kind == "count" and c.evidence.text.startswith("737") for c in claims)


def test_us_on_a_companys_own_page_is_the_company_and_a_bound_against_it_is_found():
    page = (
        "<html><head><title>Our mill | Corrieburn Woollens, Selkirk</title></head><body><h1>Our mill</h1>"
        "<p>Corrieburn Woollens has spun wool in Selkirk since 1866. We dye our wool at Walkerburn.</p>"
        "<p>Today 146 people work for us, in the mill, the dye-house and the shop.</p>"
        "<p>Corrieburn Woollens Ltd - Page updated June 2025</p></body></html>"
    )
    note = "---\ntitle: Woollen cloth\ndate: 2025-10-02\n---\n\nCorrieburn Woollens has no more than 80 people on its payroll."
    found = findings("figure-mismatch", **{"about.html": page, "note.md": note})
    assert found and {e.text for f in found for e in f.evidence} >= {"146 people", "no more than 80 people"}
