"""A facility's figures are the facility's (auditor/link.py, auditor/extract/
place_facilities.py, auditor/extract/tables.py).

A plant's capacity, output, staff or cost belongs to the plant, and through
it to its owner: the group's capacity is never one plant's, and one plant
told of by its owner in one story ("Kalden's Brno fab") and by itself in
another ("The Brno fab") is one fact. All sentences are our own.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.extract import extract_document, load_knowledge
from auditor.link import LinkOptions, linking_keys
from auditor.sources import parse_document


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def claims_of(text: str, knowledge, path: str = "doc.txt"):
    return extract_document(parse_document(path, text.encode("utf-8")), knowledge).claims


def claim_with(text: str, written: str, knowledge, path: str = "doc.txt"):
    (claim,) = [c for c in claims_of(text, knowledge, path) if c.evidence.text == written]
    return claim


def facility(claim) -> str | None:
    return claim.object.name if claim.object is not None and claim.object.type == "facility" else None


def findings(tmp_path, documents: dict[str, str], rule: str = "figure-mismatch") -> list[dict]:
    for name, text in documents.items():
        (tmp_path / name).write_text(text)
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "json", "--no-cache", "--fail-on", "never"])
    return [f for f in json.loads(result.output)["findings"] if f["rule"] == rule]


def test_a_plants_figure_is_linked_by_the_plant_not_by_its_owner(knowledge):
    text = "Kalden Chips said on Monday its fabs can make 120,000 wafers a month. Its Brno fab can make 40,000 wafers a month.\n"
    group = claim_with(text, "120,000 wafers a month", knowledge)
    plant = claim_with(text, "40,000 wafers a month", knowledge)
    assert facility(plant) == "Brno" and facility(group) is None
    assert linking_keys(group, LinkOptions()) != linking_keys(plant, LinkOptions())


def test_the_groups_capacity_and_one_plants_are_no_rivals(tmp_path):
    assert findings(tmp_path, {"a.txt": "Kalden Chips said on Monday its fabs can make 120,000 wafers a month. Its Brno fab can make 40,000 wafers a month.\n"}) == []


def test_one_plant_told_by_its_owner_and_by_itself_is_one_fact(tmp_path):
    (finding,) = findings(
        tmp_path,
        {
            "a.txt": "Kalden Chips said on Monday its Brno fab can make 40,000 wafers a month.\n",
            "b.txt": "Kalden Chips reported results. The Brno fab can make 45,000 wafers a month.\n",
        },
    )
    assert "40,000" in finding["message"] and "45,000" in finding["message"]


def test_two_owners_plants_of_one_place_are_two_facts(tmp_path):
    assert (
        findings(
            tmp_path,
            {
                "a.txt": "Kalden Chips said on Monday its Brno fab can make 40,000 wafers a month.\n",
                "b.txt": "Morvane Silicon said on Monday its Brno fab can make 45,000 wafers a month.\n",
            },
        )
        == []
    )


@pytest.mark.parametrize(
    "table",
    [
        # A key-value table: the label is the plant's name and its noun.
        "# Skelmor Seafoods at a glance\n\n| | |\n|---|---|\n| Founded | 1986 |\n| Torvik smolt plant | 14 million smolts a year |\n",
        # A table of plants under a header naming what its columns measure.
        "# Skelmor Seafoods\n\n| Site | Output |\n|---|---|\n| Torvik smolt plant | 14 million smolts a year |\n| Head office | 120 staff |\n",
    ],
)
def test_a_table_row_naming_a_plant_gives_the_plants_figure(knowledge, table):
    claim = claim_with(table, "14 million smolts a year", knowledge, "glance.md")
    assert facility(claim) == "Torvik"


def test_a_table_rows_plant_meets_the_plant_the_text_names(tmp_path):
    (finding,) = findings(
        tmp_path,
        {
            "a.md": "# Skelmor Seafoods at a glance\n\n| Site | Capacity |\n|---|---|\n| Torvik smolt plant | 14 million smolts a year |\n| Head office | 120 staff |\n",
            "b.txt": "Skelmor Seafoods reported a loss. The Torvik smolt plant, with capacity for 12 million smolts a year, started in January.\n",
        },
    )
    assert "12 million" in finding["message"] and "14 million" in finding["message"]


def test_a_group_row_is_the_whole_and_no_plant(knowledge):
    table = (
        "# Dravmor Automotive: plants at a glance\n\n| Plant | Opened | Employees 2025 |\n|---|---|---|\n"
        "| Brno (CZ) | 1996 | 3,900 |\n| Zlin (CZ) | 2004 | 1,600 |\n| **Group** | | **5,500** |\n"
    )
    assert facility(claim_with(table, "5,500", knowledge, "plants.md")) is None


def test_an_owners_cost_told_beside_its_one_plant_is_the_plants(knowledge):
    text = "Veltro Motors now expects its Turin cell plant to open in 2027, and puts the cost at EUR 2.1 billion.\n"
    claim = claim_with(text, "EUR 2.1 billion", knowledge)
    assert (claim.subject.name, facility(claim)) == ("Veltro Motors", "Turin")


def test_a_sum_spent_on_one_plant_is_what_the_plant_cost(knowledge):
    text = "Harlow Brick opened a plant in Tarnby in 2024. Harlow Brick spent EUR 95 million on the Tarnby plant.\n"
    claim = claim_with(text, "EUR 95 million", knowledge)
    assert (claim.subject.name, claim.event, facility(claim)) == ("Harlow Brick", "cost", "Tarnby")
    # A sum put into something else beside the plant is not the plant's.
    text = "Harlow Brick invested EUR 95 million in its Tarnby factory and EUR 20 million in research.\n"
    assert facility(claim_with(text, "EUR 95 million", knowledge)) == "Tarnby"
    other = claim_with(text, "EUR 20 million", knowledge)
    assert (facility(other), other.event) == (None, "investment")


def test_what_a_plant_cost_and_what_its_owner_spent_on_it_are_one_fact(tmp_path):
    (finding,) = findings(
        tmp_path,
        {
            "a.txt": "Harlow Brick opened a EUR 80 million plant in Tarnby in March 2024.\n",
            "b.txt": "Harlow Brick opened a plant in Tarnby in 2024. Harlow Brick spent EUR 95 million on the Tarnby plant.\n",
        },
    )
    assert "80" in finding["message"] and "95" in finding["message"]


def test_a_figure_right_before_a_facility_noun_is_its_cost(knowledge):
    for text, written in (
        ("Vetreria Olmo lit a EUR 78 million hybrid furnace at its main plant on Monday.\n", "EUR 78 million"),
        ("Grainway opened a $40 million grain depot near Tulsa.\n", "$40 million"),
    ):
        assert claim_with(text, written, knowledge).event == "cost", text


def test_a_sum_beside_two_plants_is_no_one_plants(knowledge):
    text = "Veltro Motors will build a cell plant in Turin and a cell plant in Lyon, and puts the cost at EUR 2.1 billion.\n"
    assert facility(claim_with(text, "EUR 2.1 billion", knowledge)) is None


def test_a_place_before_a_plants_noun_after_a_determiner_is_the_plant(knowledge):
    # "its Turin plant to open": "plant" is no verb after "its Turin".
    text = "Veltro Motors expects its Turin cell plant to open in 2027.\n"
    (claim,) = [c for c in claims_of(text, knowledge) if c.kind == "date"]
    assert facility(claim) == "Turin"


def test_a_plant_for_a_product_in_a_place_is_known_by_the_place(knowledge):
    text = (
        "Cafes Lumiar opened a plant for compostable coffee capsules in Valdeira on Wednesday.\n\n"
        "The plant cost EUR 58 million. It has its own roaster, able to handle 14,000 tonnes of green coffee a year.\n\n"
        "Cafes Lumiar has capacity to roast 72,000 tonnes of green coffee a year across its plants.\n"
    )
    cost = claim_with(text, "EUR 58 million", knowledge)
    roaster = claim_with(text, "14,000 tonnes of green coffee a year", knowledge)
    group = claim_with(text, "72,000 tonnes of green coffee a year", knowledge)
    assert cost.subject.name == "Valdeira" and roaster.subject.name == "Valdeira"
    assert group.subject.name == "Cafes Lumiar"


def test_the_works_of_a_where_clause_are_that_places(knowledge):
    text = (
        "Oberhaus Lifttechnik opened its Nitrava plant in 2008 to make pallet trucks. Its home town of Kassenberg, where Oberhaus "
        "has built trucks on its current site since the works opened in 1962, makes forklifts.\n"
    )
    dates = {c.evidence.text: facility(c) for c in claims_of(text, knowledge) if c.kind == "date"}
    assert dates == {"2008": "Nitrava", "1962": "Kassenberg"}


@pytest.mark.parametrize(
    "text, written, phase",
    [
        ("The plant has two filling lines that will initially turn out 600 million capsules a year.", "600 million capsules a year", "phase 1"),
        ("The plant is designed for 1.2 billion capsules a year once all four filling lines are installed.", "1.2 billion capsules a year", "once complete"),
        ("The plant turns out 900 million capsules a year.", "900 million capsules a year", None),
    ],
)
def test_a_first_stage_and_the_finished_whole_are_phases(knowledge, text, written, phase):
    claim = claim_with("Brandmor Coffee said on Monday: " + text + "\n", written, knowledge)
    assert (claim.qualifiers.phase if claim.qualifiers else None) == phase


def test_that_plant_points_back_to_the_plant_just_named(knowledge):
    text = (
        "Harrowby Salt makes white salt at its evaporation plant in Davenham. That plant, which came on stream in 2023, "
        "cost £81 million.\n"
    )
    cost = claim_with(text, "£81 million", knowledge)
    assert "Davenham" in (cost.subject.name, facility(cost))


def test_a_plants_cost_told_beside_its_opening_year_meets_a_later_reports_cost(tmp_path):
    (finding,) = findings(
        tmp_path,
        {
            "a.txt": "Harrowby Salt makes white salt at its evaporation plant in Davenham. That plant, which came on stream "
            "in 2023, cost £81 million.\n",
            "b.md": "---\ndate: 2025-10-23\n---\n\nThe Davenham evaporation plant ran at 92% of its capacity in the quarter. "
            "The plant cost £74.3 million, including a grant.\n",
        },
    )
    assert "£81 million" in finding["message"] and "£74.3 million" in finding["message"]
