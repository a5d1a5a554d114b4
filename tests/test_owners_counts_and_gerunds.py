"""A count after its owner's possessive ("Holbeck's 58 funeral homes") is a
count, the owner's; a gerund opening a clause ("Adding Cairnmore's ...") is
no part of the name after it; a verb in the past between a figure and a name
("58 funeral homes took the group to 676") says the figure is not the
name's. Sentences of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, entity_kinds, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize("owner", ["Holbeck Care's", "Holbeck Care\u2019s"])
def test_a_count_after_a_name_s_possessive_is_the_name_s(owner, knowledge):
    claim = figure(claims_of(f"{owner} 58 funeral homes are in Yorkshire.", knowledge), "58 funeral homes")
    assert (claim.subject.name, claim.value.low) == ("Holbeck Care", 58)


def test_a_number_after_a_label_is_still_no_count(knowledge):
    assert not [c for c in claims_of("Section 12 stores the rules.", knowledge) if c.kind == "count"]


@pytest.mark.parametrize("gerund", ["Adding", "Buying", "Counting"])
def test_a_gerund_opening_a_clause_is_no_part_of_the_name_after_it(gerund, knowledge):
    kinds = entity_kinds(f"{gerund} Cairnmore Funeral gave the group a Scottish network.", knowledge)
    assert "Cairnmore Funeral" in kinds and not any(name.startswith(gerund) for name in kinds)


def test_a_verb_between_a_figure_and_a_name_keeps_the_figure_from_the_name(knowledge):
    text = "Holbeck Care bought Cairnmore Funeral in May. Adding Cairnmore's 58 funeral homes took the group to 676 homes."
    assert figure(claims_of(text, knowledge), "58 funeral homes").subject.name == "Cairnmore Funeral"
