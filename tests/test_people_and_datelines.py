"""People known by their given name, a company a description fits by what
its name says it is, a year of the figure's own clause over the dateline's,
and a level told "before" a change. Sentences of our own, read whole and
audited end to end."""

from __future__ import annotations

import shutil

import pytest

from auditor.document.lexicon import ReferenceLexiconError, load_references
from auditor.extract import load_knowledge
from auditor.resources import default_rules_dir
from reading_helpers import claims_of, entity_kinds as kinds, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


# --------------------------------------------------------------------------- given names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Margins are good," said Katrin Weisshaupt of Bankhaus Leinetal.', "Katrin Weisshaupt"),
        ("The Valcourt family will sell its stake, although Hélène Valcourt will stay on.", "Hélène Valcourt"),
        ("(Reporting by Jonas Brecht; editing by Alison Marsh)", "Alison Marsh"),
    ],
)
def test_a_name_opened_by_a_given_name_is_a_person(text, name, knowledge):
    assert kinds(text, knowledge)[name] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A ship, named as a thing is.
        ("The Serena Aurelia was handed over on Monday.", "Serena Aurelia"),
        # Firms named for people.
        ("The report was written by Ernst & Young for the ministry.", "Ernst & Young"),
        ("The audit was done by Arthur Andersen LLP in Houston.", "Arthur Andersen"),
        # A name whose last word is a company's.
        ("Stella Foods sold 40,000 tonnes of cheese.", "Stella Foods"),
    ],
)
def test_a_given_name_does_not_make_a_ship_or_a_firm_a_person(text, name, knowledge):
    found = kinds(text, knowledge)
    assert found.get(name, "absent") != "person", found


def test_a_person_of_the_family_does_not_keep_a_company_from_its_two_word_name():
    # "Valcourt" closes "Pneus Valcourt", the company, and "Hélène Valcourt",
    # one of the family: only the company's name may stand for it.
    found = findings(
        "figure-mismatch",
        **{
            "wire.txt": (
                "Reifenwerk Haldau has agreed to buy Pneus Valcourt, a French maker of farm tyres. "
                "Valcourt had sales of EUR 265 million in 2024. "
                "The Valcourt family will sell its stake, although Hélène Valcourt will stay on."
            ),
            "feature.txt": "Pneus Valcourt, whose sales came to EUR 295 million in 2024, makes tractor tyres.",
        },
    )
    assert len(found) == 1
    assert {"EUR 265 million", "EUR 295 million"} <= {e.text for e in found[0].evidence}


def test_given_names_are_data_and_a_malformed_list_is_refused_by_name(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    names = rules / "lexicon" / "given_names.yaml"
    assert "Katrin" in load_references(rules).first_names
    names.write_text("given_names:\n  nordic: Katrin\n")
    load_references.cache_clear()  # the lexicon is read once per folder
    with pytest.raises(ReferenceLexiconError, match="given_names.yaml: given_names: nordic"):
        load_references(rules)
    names.unlink()  # a lexicon copied before the file existed still loads
    load_references.cache_clear()
    references = load_references(rules)
    assert "Katrin" not in references.first_names and "Anna" in references.first_names


# --------------------------------------------------------------------------- a description a name fits


def test_the_line_may_be_a_company_whose_name_says_it_is_a_cruise_line(knowledge):
    text = (
        "Ironleaf Fitness opened 12 gyms. Serena Waterways is the sector's bold bet. "
        "The line carried nearly 400,000 guests in 2024."
    )
    assert figure(claims_of(text, knowledge), "nearly 400,000 guests").subject.name == "Serena Waterways"


# --------------------------------------------------------------------------- the dateline's date


def test_a_year_of_the_figure_s_own_clause_dates_it_over_the_dateline(knowledge):
    text = (
        "ROTTERDAM, April 14, 2025 (Maritime Wire) - The Serena Aurelia, the first of six river ships that "
        "Serena Waterways ordered from Meuse Shipyards in 2023, was handed over on Monday."
    )
    assert figure(claims_of(text, knowledge), "six river ships").time.year == 2023
    # With no other date, the dateline's still dates the sentence.
    alone = claims_of("ROTTERDAM, April 14, 2025 (Maritime Wire) - Serena Waterways now runs 27 river ships.", knowledge)
    assert figure(alone, "27 river ships").time.year == 2025


# --------------------------------------------------------------------------- a level before a change


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A second ship is due in May. Before Monday's handover the line had 25 river ships.", "25 river ships"),
        ("Before the merger, Halvard employed 900 people. It now employs 1,400 people.", "900 people"),
    ],
)
def test_a_level_told_before_a_change_is_the_previous_level(text, surface, knowledge):
    assert figure(claims_of(text, knowledge), surface).role == "previous"


def test_a_level_before_a_year_is_dated_by_it_not_made_previous(knowledge):
    claims = claims_of("Before 2020 Halvard employed 900 people.", knowledge)
    assert figure(claims, "900 people").role is None


def test_a_company_described_as_one_is_no_person_whatever_word_opens_it(knowledge):
    found = kinds("Sales rose in Spain, where Marisol Bombas, the Seville maker it bought in 2021, serves farmers.", knowledge)
    assert found["Marisol Bombas"] != "person"


def test_a_founder_named_after_where_and_when_the_company_was_founded_is_a_person(knowledge):
    text = "Ashby Lane Funeral Group was founded in Birmingham in 1887 by Thomas Ashby, a cabinet maker and undertaker."
    assert kinds(text, knowledge)["Thomas Ashby"] == "person"


@pytest.mark.parametrize("street", ["Focher Straße", "Stourport Road", "Mount Auburn Street"])
def test_a_street_is_a_place(street, knowledge):
    assert kinds(f"The works on {street} employ 300 people.", knowledge).get(street) == "place"


def test_a_masthead_over_an_issue_line_is_the_publication_not_the_story_s_topic(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    text = (
        "VERTICAL TRADE NEWS\nThe newsletter of the climbing and work-at-height trade\nIssue 212 - 6 October 2025\n\n"
        "Brevik Tauverk is buying Seilerei Kofler, an Austrian rope maker.\n"
    )
    model = build_model(parse_document("newsletter.txt", text.encode()), knowledge)
    outlet = next(entity for entity in model.entities if entity.name.upper() == "VERTICAL TRADE NEWS")
    assert outlet.publication
    assert model.topic != outlet.id
    # A company's letterhead over its release is no publication.
    release = build_model(parse_document("release.txt", b"HALDEN FOODS AB\nPress release, 6 October 2025\n\nHalden Foods sells soup.\n"), knowledge)
    assert not any(entity.publication for entity in release.entities)
