"""Where a description's company is: a town only a table's "Base" column or
"Town, Country" cell writes ("The Chartres studio" is the studio, not a party
named Chartres); an appositive's "a sardine canner in Douarnenez" gives the company its town; a
surname the text wrote before bringing a person in by full name is the
family firm's; "The two plants" opening a sentence are the company's; a site
written with its country ("its plant in Győr, Hungary, which opened"); a name
"with" its staff. Sentences of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, entity_kinds, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


TABLE = (
    "# Stained glass\n\n**Vézelay.** Ateliers Morvand has worked by the basilica since 1903. "
    "The Vézelay studio restored 1,870 square metres of glass last year.\n\n"
    "| Studio | Base | Staff |\n|---|---|---|\n| Ateliers Morvand | Vézelay | 46 |\n"
)


def test_a_town_under_a_table_s_base_column_is_a_place_and_its_description_the_company_s(knowledge):
    model = build_model(parse_document("feature.md", TABLE.encode()), knowledge)
    assert {entity.name: entity.kind for entity in model.entities}["Vézelay"] == "place"
    assert figure(claims_of(TABLE, knowledge, "feature.md"), "1,870 square metres").subject.name == "Ateliers Morvand"


def test_a_town_under_a_column_of_no_place_stays_what_it_was(knowledge):
    text = TABLE.replace("| Base |", "| Founder |")
    assert figure(claims_of(text, knowledge, "feature.md"), "1,870 square metres").subject.name != "Ateliers Morvand"


def test_a_town_written_with_its_country_in_a_cell_is_a_place(knowledge):
    text = "| Company | Base |\n|---|---|\n| Conservas Dalmar | Aveiro, Portugal |\n"
    assert entity_kinds(text, knowledge)["Aveiro"] == "place"


def test_a_surname_written_before_its_person_is_the_family_firm_s(knowledge):
    text = (
        "Dalberg is the name most of us know. Otto Dalberg started the company in a shed near Ostwald in 1958. "
        "The firm sold 12,500 extractors last year."
    )
    assert entity_kinds(text, knowledge)["Dalberg"] != "person"
    assert figure(claims_of(text, knowledge), "12,500 extractors").subject.name == "Dalberg"


def test_a_family_written_before_its_person_is_still_the_person_s(knowledge):
    text = (
        "Harwick Partners agreed to buy a stake in Vesta Foods from the Dalberg family for EUR 310 million. "
        "Anna Dalberg will stay on the board."
    )
    claim = figure(claims_of(text, knowledge), "EUR 310 million")
    assert claim.subject.name == "Harwick Partners" and (claim.object is None or claim.object.name != "Dalberg")


@pytest.mark.parametrize("opening", ["The two plants", "These three factories"])
def test_a_sentence_opening_on_sites_of_no_one_named_tells_of_the_company_s(opening, knowledge):
    text = f"Conservas Dalmar reported results on Tuesday. {opening} packed 41 million cans in 2024."
    assert figure(claims_of(text, knowledge), "41 million cans").subject.name == "Conservas Dalmar"


@pytest.mark.parametrize("opening", ["The two companies", "The two web sites", "The two plants of Porto Conservas"])
def test_sites_of_a_kind_or_of_a_named_owner_and_companies_opening_a_sentence_are_not_the_company_s(opening, knowledge):
    text = f"Conservas Dalmar reported results on Tuesday. {opening} packed 41 million cans in 2024."
    subject = figure(claims_of(text, knowledge), "41 million cans").subject
    assert subject is None or subject.name != "Conservas Dalmar"


def test_a_site_written_with_its_country_keeps_its_relative_clause(knowledge):
    text = "Brasco Valves makes its valves in Fürth and at its plant in Győr, Hungary, which opened in 2008."
    claim = figure(claims_of(text, knowledge), "2008")
    assert (claim.event, claim.subject.name, claim.object.name) == ("opening", "Brasco Valves", "Győr")


def test_a_name_with_its_staff_tells_its_headcount(knowledge):
    text = "Dalberg Imkertechnik, with fewer than 250 employees, is the largest maker."
    assert figure(claims_of(text, knowledge), "fewer than 250 employees").event == "employees"


def test_staff_watching_are_no_headcount(knowledge):
    assert figure(claims_of("The hall, with 10,000 employees watching, was full.", knowledge), "10,000 employees").event is None


def test_an_appositive_s_town_keeps_another_town_s_description_off_the_company(knowledge):
    text = (
        "Conservas Dalmar agreed to buy Conserverie Morvan, a family-owned sardine canner in Douarnenez, Brittany. "
        "The Aveiro-based canner, which reported that its 2024 revenue rose to about EUR 58 million, said Morvan would help."
    )
    assert figure(claims_of(text, knowledge), "about EUR 58 million").subject.name == "Conservas Dalmar"


def test_a_surname_that_speaks_before_its_person_is_still_the_person_s(knowledge):
    text = (
        '"We are celebrating," Dalberg said on Monday. Vesta Foods reported higher sales. '
        "According to Anna Dalberg, chief marketing officer, the diner sold 2 million breakfasts."
    )
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    speaker = next(e for name, e in zip(model.sentences[0].names, model.sentences[0].name_entities) if name.surface == "Dalberg")
    assert model.entities[speaker].name == "Anna Dalberg"


def test_a_lead_in_word_a_column_of_makers_names_is_a_name(knowledge):
    text = (
        "# Model railways\n\n**Dalwitz.** The Fürth company had its best year. Its revenue rose to EUR 79.3 million in 2025.\n\n"
        "| Maker | Base | Staff |\n|---|---|---|\n| Dalwitz | Fürth, Germany | 530 |\n"
    )
    assert figure(claims_of(text, knowledge, "feature.md"), "EUR 79.3 million").subject.name == "Dalwitz"


BRIEF = (
    "# Pantry brief\n\n"
    "**Mixed up.** Buyers still confuse the names. Cantina Orsolani, a Verona family producer founded in 1964, "
    "makes only aged vinegar.\n\n"
    "**Kent cider vinegar changes hands.** Tarlow Foods paid GBP 8.2m in January for Medway Vinegar Works. "
    "The Kent producer, set up in 2009, made 2.3 million litres of vinegar in 2024.\n"
)


def test_a_description_in_a_brief_s_item_means_what_the_item_told_of_before_another_item_s(knowledge):
    claims = claims_of(BRIEF, knowledge, "brief.md")
    # Not the producer the item before described: a name of this item.
    assert figure(claims, "2.3 million litres").subject.name in ("Tarlow Foods", "Medway Vinegar Works")
    assert figure(claims, "2009").subject.name != "Cantina Orsolani"
    # Without the lead-ins, one story: the producer it described is still meant
    # (told without the town: "a Verona family producer" is in no Kent).
    story = BRIEF.replace("**Mixed up.** ", "").replace("**Kent cider vinegar changes hands.** ", "").replace("The Kent producer", "The producer")
    assert figure(claims_of(story, knowledge, "brief.md"), "2.3 million litres").subject.name == "Cantina Orsolani"


def test_a_site_named_by_its_town_opening_a_sentence_after_its_company_is_that_company_at_work_there(knowledge):
    text = (
        "On the Isle of Wight, Hollis Marine Safety has been building lifeboats since 1921. "
        "The Cowes yard delivered 44 boats in the year to March."
    )
    boats = figure(claims_of(text, knowledge), "44 boats")
    assert boats.subject.name == "Hollis Marine Safety"
    assert boats.object is not None and boats.object.name == "Cowes"
    # Another company named before the figure is the doer instead.
    other = text.replace("The Cowes yard delivered", "The Cowes yard of Medina Boats delivered")
    assert figure(claims_of(other, knowledge), "44 boats").subject.name != "Hollis Marine Safety"
