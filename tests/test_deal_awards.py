"""Deals a party won, signed, holds or lost, read with their customer
(auditor/extract/deal_awards.py), and the deal-award-conflict check that
finds one customer's deal credited to two parties. Sentences of our own."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _deals(text, knowledge):  # type: ignore[no-untyped-def]
    return [c for c in claims_of(text, knowledge) if c.kind == "deal"]


@pytest.mark.parametrize(
    "sentence, winner, customer, term",
    [
        ("Pellby Travel Ltd won the five-year, £9m Wexcombe Council school-bus contract in May.", "Pellby Travel", "Wexcombe Council", 5),
        ("Harrowgate Coaches Ltd signed a three-year contract with Wexcombe Council in May.", "Harrowgate Coaches", "Wexcombe Council", 3),
        ("Harrowgate Coaches Ltd won an order from Baumhaus Märkte GmbH.", "Harrowgate Coaches", "Baumhaus Märkte", None),
        ("The Wexcombe Council contract went to Pellby Travel Ltd of Exeter.", "Pellby Travel", "Wexcombe Council", None),
        ("Harrowgate Coaches Ltd lost the ten-year Wexcombe Council contract to rival Pellby Travel Ltd.", "Pellby Travel", "Wexcombe Council", 10),
        ("Pellby Travel Ltd, a Devon coach firm, won the three-year Wexcombe Council contract.", "Pellby Travel", "Wexcombe Council", 3),
    ],
)
def test_a_deal_is_read_with_its_winner_its_customer_and_its_term(knowledge, sentence, winner, customer, term):
    (deal,) = _deals(sentence + "\n", knowledge)
    assert deal.subject is not None and deal.subject.name == winner
    assert deal.object is not None and deal.object.name == customer
    assert (deal.value.value if deal.value is not None else None) == term


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrowgate Coaches Ltd won a three-year contract in 2024.",  # whose deal, no one says
        "Harrowgate Coaches Ltd is bidding for work in Devon.",  # no deal at all
    ],
)
def test_a_deal_without_a_named_customer_is_not_read(knowledge, sentence):
    assert not _deals(sentence + "\n", knowledge)


def test_a_deal_credited_to_two_parties_is_found():
    found = findings(
        "deal-award-conflict",
        **{
            "a.txt": "Harrowgate Coaches Ltd runs school buses. In May 2025 it signed a three-year contract with Wexcombe Council.\n",
            "b.txt": "Pellby Travel Ltd, a Devon coach firm, won the three-year Wexcombe Council contract in May 2025.\n",
        },
    )
    assert len(found) == 1
    assert "Harrowgate Coaches" in found[0].message and "Pellby Travel" in found[0].message
    texts = {e.text for e in found[0].evidence}
    assert "the three-year Wexcombe Council contract" in texts


@pytest.mark.parametrize(
    "second",
    [
        "Pellby Travel Ltd won a five-year contract with Wexcombe Council in May 2025.",  # another term: another deal
        "Pellby Travel Ltd won the three-year Wexcombe Council contract in May 2019.",  # another year: the deal before
        "Harrowgate Coaches Ltd won the three-year Wexcombe Council contract in May 2025.",  # the same winner
        "Pellby Travel Ltd won a contract with Wexcombe Council.",  # nothing ties the two
    ],
)
def test_deals_told_apart_or_of_one_winner_are_no_finding(second):
    first = "Harrowgate Coaches Ltd runs school buses. In May 2025 it signed a three-year contract with Wexcombe Council.\n"
    assert not findings("deal-award-conflict", **{"a.txt": first, "b.txt": second + "\n"})


def test_a_deal_won_from_the_other_party_is_one_deal_told_from_two_sides():
    first = "Harrowgate Coaches Ltd won the three-year Pellby Travel Ltd contract in May 2025.\n"
    second = "Pellby Travel Ltd signed a three-year contract with Harrowgate Coaches Ltd in May 2025.\n"
    assert not findings("deal-award-conflict", **{"a.txt": first, "b.txt": second})


def test_a_deals_words_run_on_to_what_it_supplies(knowledge):
    text = "In January Brennock Beds Ltd signed a five-year contract to supply Hemfors AB with 120,000 mattresses a year, its biggest yet.\n"
    (deal,) = _deals(text, knowledge)
    assert deal.evidence.text == "a five-year contract to supply Hemfors AB with 120,000 mattresses a year"


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrowgate Coaches Ltd said it had not secured a deal with Wexcombe Council.",
        "Harrowgate Coaches Ltd failed to win the Wexcombe Council contract.",
        "Wexcombe Council's leader, Hans Moller, signed a contract with Pellby Travel Ltd.",
    ],
)
def test_a_deal_denied_or_signed_by_a_person_is_no_partys(knowledge, sentence):
    assert not _deals(sentence + "\n", knowledge)


@pytest.mark.parametrize(
    "sentence, customer",
    [
        ("Kettu Toys Oy won an order from the Danish department-store group Nordhavn A/S.", "Nordhavn"),
        ("Fungibloc BV won a three-year contract to supply mycelium corner protectors to Kvarnholm Möbler AB.", "Kvarnholm Möbler"),
    ],
)
def test_a_customer_is_found_after_its_description_or_what_is_supplied(knowledge, sentence, customer):
    (deal,) = _deals(sentence + "\n", knowledge)
    assert deal.object is not None and deal.object.name == customer


def test_a_date_a_deal_runs_from_is_not_when_it_was_won(knowledge):
    text = "Hollins Eggs Ltd signed a five-year agreement to supply Carrow's, the supermarket chain, with eggs from January 2026.\n"
    (deal,) = _deals(text, knowledge)
    assert deal.time is None


def test_a_customer_named_by_its_possessive_is_one_customer():
    found = findings(
        "deal-award-conflict",
        **{
            "a.txt": "Hollins Eggs Ltd signed a five-year agreement to supply Carrow's, the supermarket chain, with eggs from January 2026.\n",
            "b.txt": "Kleinveen Eieren BV secured the five-year Carrow's own-label contract in August 2025.\n",
        },
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "sentence, surface, winner",
    [
        (
            "The council confirmed that the €3.4 million contract to sink the boreholes went to Slanebridge Drilling Ltd of Wexford.",
            "€3.4 million",
            "Slanebridge Drilling",
        ),
        ("The three-year order for 12,000 aluminium frames went to Telaio Bramante SpA of Lecco.", "12,000 aluminium frames", "Telaio Bramante"),
    ],
)
def test_a_figure_of_a_deal_that_went_to_a_party_is_that_partys(knowledge, sentence, surface, winner):
    claim = next(c for c in claims_of(sentence + "\n", knowledge) if c.evidence.text == surface)
    assert claim.subject is not None and claim.subject.name == winner


def test_a_deal_whose_figure_already_conflicts_is_one_finding():
    from auditor.checks.rulefile import load_rules
    from auditor.engine import audit
    from reading_helpers import corpus

    documents = corpus(
        **{
            "a.txt": "Revela Recycling GmbH won a EUR 12.4 million five-year contract from Pedalo Bikes BV in May 2025.\n",
            "b.txt": "Akkuhaus Nord GmbH won a EUR 12.4 million five-year contract from Pedalo Bikes BV in May 2025.\n",
        }
    )
    found = audit(documents, list(load_rules())).findings
    # The deal's finding tells whose deal it is; the figure's is the same conflict.
    assert [f.rule for f in found].count("deal-award-conflict") == 1
    assert not any(f.rule == "attribution-conflict" for f in found)


def test_a_party_its_customer_chose_won_its_deal(knowledge):
    text = "Penmaen Slate Ltd has been selected by Caerfan Housing Association to supply slates for 1,400 homes over three years.\n"
    (deal,) = _deals(text, knowledge)
    assert deal.subject is not None and deal.subject.name == "Penmaen Slate"
    assert deal.object is not None and deal.object.name == "Caerfan Housing Association"
    assert deal.value is not None and deal.value.value == 3


def test_a_person_appointed_by_a_company_won_no_deal(knowledge):
    assert not _deals("Maria Olsen has been appointed by Caerfan Housing Association as its chair.\n", knowledge)


def test_a_deal_its_words_call_another_is_no_conflict():
    found = findings(
        "deal-award-conflict",
        **{
            "a.txt": "Pizarras del Miño SA also won the three-year Caerfan Housing Association contract in 2025.\n",
            "b.txt": "Cwm Llan Slate Ltd has landed a smaller order from Caerfan Housing Association in 2025, separate from its re-roofing deal.\n",
        },
    )
    assert not found


@pytest.mark.parametrize(
    "sentence",
    [
        "Serano Cruises AS today signed a contract with shipbuilder Kjeldvik Verft AS for two ships.",
        "Serano Cruises AS signed a contract with the Norwegian shipbuilder Kjeldvik Verft AS.",
    ],
)
def test_a_deal_signed_with_its_maker_is_the_makers(knowledge, sentence):
    (deal,) = _deals(sentence + "\n", knowledge)
    assert deal.subject is not None and deal.subject.name == "Kjeldvik Verft"
    assert deal.object is not None and deal.object.name == "Serano Cruises"


def test_a_deal_with_a_maker_of_something_else_is_still_the_subjects(knowledge):
    (deal,) = _deals("Revela Recycling GmbH has signed a five-year agreement with Dutch bicycle maker Pedalo Bikes BV.\n", knowledge)
    assert deal.subject is not None and deal.subject.name == "Revela Recycling"


@pytest.mark.parametrize(
    "sentence, customer",
    [
        ("In July Harwood Archives signed a ten-year contract to store 380,000 boxes of records for the Kestrel Health Trust.", "Kestrel Health Trust"),
        ("Ribera Yard won the contract for ten 17-metre lifeboats for the Solway Rescue Trust in May.", "Solway Rescue Trust"),
    ],
)
def test_a_deal_is_for_the_party_after_what_it_does_or_supplies(knowledge, sentence, customer):
    (deal,) = _deals(sentence + "\n", knowledge)
    assert deal.object is not None and deal.object.name == customer


def test_a_deal_is_not_for_a_place_after_what_it_supplies(knowledge):
    assert not _deals("Ribera Yard won a contract for ten lifeboats for Spain in May.\n", knowledge)
