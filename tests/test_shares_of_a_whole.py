"""A percentage that is one named part's share of a whole ("Grand pianos
accounted for 41% of revenue", "More than half of its sales come from
service") is a fact of the whole's owner, of the whole's measure and of the
part; counts of one deed of different things ("3,950 bus shelters", "21,000
benches" delivered) are two facts. Sentences of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from auditor.extract.share_of_whole import part_key, share_in_label, share_of_whole
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


LEAD = "Halvard Pianos sells more abroad\n\nHalvard Pianos makes grand pianos in Bergen. "


@pytest.mark.parametrize(
    ("sentence", "surface", "event", "part"),
    [
        ("Exports made up 61% of revenue in 2024.", "61%", "revenue", "export"),
        ("Grand pianos accounted for 41% of revenue in 2024.", "41%", "revenue", "grand"),
        ("More than half of its sales come from grand pianos.", "More than half", "revenue", "grand"),
        ("Upright pianos made up more than half of its output last year.", "more than half", "production", "upright"),
        ("About 30% of the pianos it sold last year were uprights.", "About 30%", "piano", "upright"),
    ],
)
def test_a_share_of_a_whole_is_its_owner_s_measure_kept_apart_by_its_part(sentence, surface, event, part, knowledge):
    claim = figure(claims_of(LEAD + sentence, knowledge), surface)
    assert claim.event == event
    assert claim.object is not None and claim.object.name == part
    assert claim.subject is not None and claim.subject.name == "Halvard Pianos"


def test_the_whole_s_owner_named_inside_it_is_the_subject(knowledge):
    text = "Across the group, digital models accounted for 44% of the pianos Brekke Instruments built in 2024."
    claim = figure(claims_of(text, knowledge), "44%")
    assert (claim.subject.name, claim.event, claim.object.name) == ("Brekke Instruments", "production", "digital")


def test_an_aside_between_the_part_and_its_verb_is_skipped(knowledge):
    claim = figure(claims_of("Halvard Pianos said exports, including Sweden, are now 38% of its sales.", knowledge), "38%")
    assert (claim.event, claim.object.name) == ("revenue", "export")


@pytest.mark.parametrize(
    "sentence",
    [
        "Halvard Pianos said its market share rose to 12% of the Nordic market.",
        "Halvard Pianos owns 41% of Brekke Strings.",
        "Halvard Pianos said revenue rose 12% in 2024.",
    ],
)
def test_a_percentage_that_names_no_part_is_no_share(sentence, knowledge):
    claims = [c for c in claims_of(sentence, knowledge) if c.kind == "percent"]
    assert claims and all(c.object is None or c.event != "revenue" for c in claims)


def test_a_key_figure_s_label_names_the_part():
    found = share_in_label("Export share of revenue", {"revenue": "revenue"})
    assert found is not None and (found.part, found.event) == ("Export", "revenue")
    assert share_in_label("Share of sales from service", {"sales": "revenue"}).part == "service"
    assert share_in_label("Revenue growth", {"revenue": "revenue"}) is None


def test_a_key_figures_line_and_the_prose_of_one_report_are_one_share(knowledge):
    text = (
        "HALVARD PIANOS AS - ANNUAL REPORT 2024\n\n"
        "Exports made up 61% of revenue, with Sweden our largest market.\n\n"
        "KEY FIGURES\n\nExport share of revenue: 48% (2023: 52%)\n"
    )
    claims = claims_of(text, knowledge)
    prose, line = figure(claims, "61%"), figure(claims, "48%")
    assert prose.object.name == line.object.name == "export"
    assert prose.subject.name == line.subject.name


def test_parts_are_named_alike_however_the_head_noun_is_written():
    assert part_key("Lithium-ion trucks") == part_key("lithium-ion models") == "lithium-ion"
    assert part_key("Exports") == part_key("Export") == "export"


def test_two_parts_of_one_whole_are_never_rivals():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Halvard Pianos makes pianos. Grand pianos accounted for 41% of revenue in 2024.",
            "b.txt": "Halvard Pianos makes pianos. Upright pianos accounted for 34% of revenue in 2024.",
        },
    )
    assert not found


def test_one_part_s_share_told_two_ways_is_flagged():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Halvard Pianos in 2024\n\nHalvard Pianos makes pianos. Exports accounted for 61% of revenue in 2024.",
            "b.txt": "Halvard Pianos abroad\n\nHalvard Pianos makes pianos. Exports made up 48% of revenue in 2024.",
        },
    )
    assert len(found) == 1


def test_the_whole_without_a_listed_noun_is_a_count_of_itself():
    found = share_of_whole("About 30% of the boats it sold were kayaks.", 0, 9, {"sales": "revenue"})
    assert found is not None and (found.event, found.part) == ("boat", "kayaks")


def test_counts_of_one_deed_of_different_things_are_two_facts():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "In 2024 Brevant Urbano delivered 3,950 bus shelters. It also delivered 21,000 benches in 2024.",
            "b.txt": "Brevant Urbano delivered 4,100 shelters in 2024.",
        },
    )
    assert len(found) == 1
    assert {e.text for e in found[0].evidence} == {"3,950 bus shelters", "4,100 shelters"}


def test_counts_of_one_class_of_thing_or_of_a_model_s_name_still_compare():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Solvane Air has ordered 40 KA-320 jets from Kestrow Aerospace, the airline said in 2025.",
            "b.txt": "Solvane Air confirmed its order for 45 KA-320s from Kestrow Aerospace in 2025.",
        },
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Over half of the town's adults are unemployed.", "Over half"),
        ("Between them they account for 80% of global output.", "80%"),
        ("The bloc, founded in 1999, takes in rich and poor states, and represents 85% of world trade.", "85%"),
        ("Two-thirds of the region's power is generated by burning lignite.", "Two-thirds"),
    ],
)
def test_a_state_a_pronoun_or_a_conjunction_is_no_part(sentence, surface, knowledge):
    claim = figure(claims_of(sentence, knowledge), surface)
    assert claim.object is None


def test_a_noun_owning_the_whole_is_no_whole(knowledge):
    claim = figure(claims_of("In 2024 the deficit was 9.1% of the nation's output.", knowledge), "9.1%")
    assert claim.event != "nation"


def test_an_adverb_beside_the_part_is_no_part_of_it():
    found = share_of_whole("Smartphones currently represent 73.5% of the market.", 32, 37, {})
    assert found is not None and part_key(found.part) == "smartphone"
