"""A name inside a prepositional phrase put before the subject ("On the banks
of the Ebro, the hall where Arvenor assembles") is not what the sentence is
about, and an auxiliary opening a question ("Can they build them?") is no
name, nor is a place in a participle's phrase put first ("Founded in Aveiro in
1921, Conservas Dalmar employs"). Sentences of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, entity_kinds, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize(
    "opening",
    [
        "On the banks of the Tamesa, the hall where Arvenor Pumps assembles its pumps is half empty.",
        "Near the Lowater, the hall where Arvenor Pumps tests its pumps is busy.",
        "Unlike Kessbrook, Arvenor Pumps kept its prices.",
    ],
)
def test_a_name_in_a_fronted_prepositional_phrase_is_not_the_subject(opening, knowledge):
    claims = claims_of(opening + " The company shipped 680 pumps last year.", knowledge)
    assert figure(claims, "680 pumps").subject.name == "Arvenor Pumps"


def test_a_year_before_the_subject_leaves_it_the_subject(knowledge):
    # "In 2019 Kessbrook bought": the name follows no preposition.
    text = "In 2019 Kessbrook Valves bought a plant from Arvenor Pumps. The company shipped 680 pumps last year."
    assert figure(claims_of(text, knowledge), "680 pumps").subject.name == "Kessbrook Valves"


@pytest.mark.parametrize("word", ["Can", "Will", "Should", "Does"])
def test_an_auxiliary_opening_a_question_is_no_name(word, knowledge):
    # In a title, where a capitalised word after a full stop is read as a name's.
    kinds = entity_kinds(f"# The pump makers finally have orders. {word} they build them?\n\nArvenor Pumps thinks so.\n", knowledge)
    assert word not in kinds and "Arvenor Pumps" in kinds


def test_a_place_in_a_fronted_participle_s_phrase_is_neither_the_subject_nor_what_was_founded(knowledge):
    claims = claims_of("Founded in Aveiro in 1921, Conservas Dalmar employs more than 600 people.", knowledge)
    assert figure(claims, "more than 600 people").subject.name == "Conservas Dalmar"
    founded = figure(claims, "1921")
    assert (founded.event, founded.subject.name) == ("founding", "Conservas Dalmar")


def test_a_company_bought_after_its_verb_is_still_what_the_deal_was_of(knowledge):
    assert figure(claims_of("Brasco Valves bought Kessmar Pumps in 2019.", knowledge), "2019").subject.name == "Kessmar Pumps"


def test_a_preposition_ending_in_ing_opens_no_participle_s_phrase(knowledge):
    text = "During the first quarter of the financial year Halden Computers sold about 1.6 million computers."
    assert figure(claims_of(text, knowledge), "about 1.6 million computers").subject.name == "Halden Computers"


def test_the_founders_listed_in_a_fronted_phrase_are_not_what_was_founded(knowledge):
    text = "Founded in West London in 1999 by Avery Wang, Chris Barton, Dhiraj Mukharjee, and Philip Inghelbrecht, Shazam creates audio fingerprints."
    assert figure(claims_of(text, knowledge), "1999").subject.name == "Shazam"


def test_a_subject_with_an_aside_after_a_fronted_phrase_is_what_it_tells_of(knowledge):
    text = "Started in 1882 at the Harbour Stock Market, the Pacific Exchange, along with other exchanges, has suffered."
    assert figure(claims_of(text, knowledge), "1882").subject.name == "Pacific Exchange"
