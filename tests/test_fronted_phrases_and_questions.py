"""A name inside a prepositional phrase put before the subject ("On the banks
of the Ebro, the hall where Arvenor assembles") is not what the sentence is
about, and an auxiliary opening a question ("Can they build them?") is no
name. Sentences of our own, read whole."""

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
