"""A facility its story writes by a place ("a farm in Velkobor", "its new
mill at Lycksele") is its owner's, with the facility kept as what its
figures are about; the facility's figures are the facility's whoever each
story says owns it; and an office ("Minnesota Governor", "The Interim Prime
Minister, Arseniy Yatsenyuk,") names a person, never a company a shorter
name stands for. Sentences of our own, read whole and audited end to end."""

from __future__ import annotations

import pytest

from auditor.checks.facts import parse_facts
from auditor.engine import audit
from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.extract.place_facilities import facilities_written_as_places
from auditor.sources import parse_document
from reading_helpers import RULES, claims_of, corpus, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


# --------------------------------------------------------------------------- a facility written by its place


def test_a_facility_written_by_an_unlisted_place_is_its_owner_s(knowledge):
    text = (
        "VELKOBOR, March 3, 2025 - Halvik Foods has picked the first crop at a farm in Velkobor, its first outside Denmark.\n\n"
        "The farm cost EUR 58 million, the family-owned company said.\n"
    )
    cost = figure(claims_of(text, knowledge), "EUR 58 million")
    assert cost.event == "cost"
    assert cost.subject.name == "Halvik Foods"
    assert (cost.object.name, cost.object.type) == ("Velkobor", "facility")


def test_a_name_after_at_alone_is_no_place_of_a_facility(knowledge):
    # "workers at Velkobor" names no place a facility stands at; "a farm in
    # Velkobor" does: the word before the preposition must be a facility's.
    def placed(text: str) -> frozenset[str]:
        model = build_model(parse_document("doc.txt", text.encode()), knowledge)
        return facilities_written_as_places(model, knowledge.references, knowledge.gazetteer)

    assert placed("Halvik Foods runs the Velkobor plant. Workers at Velkobor struck on Monday.") == frozenset()
    assert placed("Halvik Foods has opened a farm in Velkobor. The farm employs 300 people.") == {"Velkobor"}


def test_a_sum_told_of_an_owner_s_facility_is_the_facility_s_cost():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Halvik Foods opened its second plant in Velkobor on Wednesday, a EUR 40 million investment.\n",
            "b.txt": "Halvik Foods says its EUR 46 million Velkobor plant is running at 80% of capacity.\n",
        },
    )
    assert len(found) == 1 and "Velkobor" in found[0].message


def test_one_facility_s_figures_whoever_each_story_says_owns_it():
    # The mill's cost told in 2023 by its owner and in a 2025 report whose
    # sentence names a grant's giver is still the mill's one cost: the giver
    # owns no mill, and a thing's one-off cost is one whenever it is told.
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Halvik Foods said its new mill in Lycksborg, which came on stream in 2023, cost EUR 81 million.\n",
            "b.md": (
                "---\ntitle: Halvik Foods half-year report\ndate: 2025-07-10\n---\n\n# Halvik Foods half-year report\n\n"
                "Halvik Foods runs a mill in Lycksborg. The mill cost EUR 74 million, including a EUR 12 million grant "
                "from the Nordic Green Fund.\n"
            ),
        },
    )
    assert len(found) == 1 and "Lycksborg" in found[0].message


def test_a_facility_s_capacity_is_not_its_owner_s_against_the_reference():
    facts = parse_facts(
        "- subject: Halvik Foods\n  attribute: capacity\n  value: 64,000 tonnes of flour per year\n", "facts.yaml"
    )
    text = "Halvik Foods said its new mill in Velkobor has a capacity of 14,000 tonnes of flour a year.\n"
    found = audit(corpus(**{"a.txt": text}), [RULES["reference-conflict"]], facts).findings
    assert found == ()


# --------------------------------------------------------------------------- offices and their holders


def test_a_name_ending_in_an_office_is_a_person(knowledge):
    # "Ohio" (the project's place) is no short form of "Ohio Governor".
    text = (
        "Ohio Governor opposes state funds for Essmar\n\n"
        "Essmar Steel acquired Halvard Mills. The northern Ohio project will include a US$1.65 billion steel mill.\n"
    )
    cost = figure(claims_of(text, knowledge), "US$1.65 billion")
    assert cost.subject is None or cost.subject.name != "Ohio Governor"


def test_the_holder_of_an_office_named_beside_it_is_a_person_and_no_subject(knowledge):
    text = "The Interim Prime Minister, Arsen Valkov, told parliament that the state is left with $75 billion of debt."
    debt = figure(claims_of(text, knowledge), "$75 billion")
    assert debt.subject is None or debt.subject.name != "Arsen Valkov"


def test_a_description_with_another_country_is_not_a_facility_of_this_one(knowledge):
    text = (
        "Essmar is building a steel project in Minnesota. The northern Minnesota project will cost US$1.65 billion. "
        "Essmar also plans a refinery in Iran. The Iranian refinery will cost $9 billion."
    )
    refinery = figure(claims_of(text, knowledge), "$9 billion")
    assert refinery.object is None or refinery.object.name != "Minnesota"


# --------------------------------------------------------------------------- a bid revised


def test_a_raised_bid_is_a_later_phase_of_the_deal():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Marlow Software bid $44 billion for Yarrow Web in February 2008.\n",
            "b.txt": "Marlow Software withdrew in May 2008 after raising its bid for Yarrow Web from $44.6 billion to $47.5 billion.\n",
        },
    )
    assert found == ()


# --------------------------------------------------------------------------- a where-clause's site


@pytest.mark.parametrize(
    "sentence",
    [
        "It makes wallpapers at its mill in the Ghent docklands, where it employs 240 people.",
        "It makes wallpapers at its Ghent mill, where it employs 240 people.",
    ],
)
def test_a_figure_of_a_where_clause_is_the_sites_it_hangs_on(sentence, knowledge):
    claim = figure(claims_of("Verhaeghe Papiers Peints makes wallpaper. " + sentence, knowledge), "240 people")
    assert claim.subject.name == "Verhaeghe Papiers Peints"
    assert (claim.object.name, claim.object.type) == ("Ghent", "facility")


def test_a_where_clause_after_a_country_names_no_site(knowledge):
    claim = figure(claims_of("Verhaeghe Papiers Peints makes wallpaper in Belgium, where it employs 240 people.", knowledge), "240 people")
    assert claim.object is None


def test_a_facility_named_by_its_owner_before_is_the_owners_when_a_description_tells_of_it(knowledge):
    text = (
        "Eldra Energy opened its Pärnu heat-pump plant, a EUR 48 million project, on Thursday.\n\n"
        "The plant draws heat from the sea and has a capacity of 40 MW."
    )
    claim = figure(claims_of(text, knowledge), "40 MW")
    assert claim.subject.name == "Eldra Energy"
    assert (claim.object.name, claim.object.type) == ("Pärnu", "facility")


def test_a_facility_named_by_itself_stays_the_subject(knowledge):
    text = "Eldra Energy opened its Pärnu heat-pump plant on Thursday.\n\nPärnu has a capacity of 40 MW."
    assert figure(claims_of(text, knowledge), "40 MW").subject.name == "Pärnu"
