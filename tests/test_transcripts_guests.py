"""Whose figures a transcript's answers tell: the company its title or
introduction writes the guest after ("Hollerberg's Anna Weissgerber"), not
the company the answers name most; and what a title's possessive names."""

from __future__ import annotations

import pytest
from reading_helpers import claims_of, figure

from auditor.extract import load_knowledge


@pytest.fixture(scope="module")
def knowledge():  # type: ignore[no-untyped-def]
    return load_knowledge()


INTERVIEW = (
    '---\ntitle: "Night shifts on the piste: Hollerberg\'s Anna Weissgerber"\ndate: 2025-12-01\n---\n\n'
    "*Seilbahnen Hollerberg put ten Ostrava groomers on its slopes this winter, and Ostrava's new plant is busy. "
    "We asked chief executive Anna Weissgerber about the season.*\n\n"
    "**Lift Weekly:** How has business been?\n\n"
    "**Weissgerber:** Revenue in 2023/24 was EUR 84 million. We now run 25 groomers.\n\n"
    "**Lift Weekly:** And Ostrava?\n\n"
    "**Weissgerber:** Ostrava builds good machines, and Ostrava delivers on time. Ostrava is a fine partner.\n"
)


def test_a_transcripts_guest_speaks_for_the_company_the_title_writes_them_after(knowledge):
    claims = claims_of(INTERVIEW, knowledge, "interview.md")
    assert figure(claims, "25 groomers").subject.name == "Seilbahnen Hollerberg"
    assert figure(claims, "EUR 84 million").subject.name == "Seilbahnen Hollerberg"


def test_a_countrys_possessive_in_a_title_names_no_company(knowledge):
    # A page whose text lost its layout: "Aviation Brazil" is a broken name, no company the title's "Brazil's" writes.
    text = (
        "Brazil's Embraer plans to cut around 4,200 jobs\n\n"
        "Aviation Brazil ian aerospace conglomerate Empresa Brasileira de Aeronáutica, S. A.\n\n"
        "(Embraer) has revealed plans to cut around twenty percent of the company's workforce of 21,362 people.\n\n"
        "The firm has also scaled back predictions for revenue. Revenue for 2009 is now predicted to be US$5.5 billion.\n"
    )
    assert figure(claims_of(text, knowledge), "US$5.5 billion").subject.name != "Aviation Brazil"


QA_INTERVIEW = (
    "FIDDLE MAKERS' QUARTERLY - Issue 41 - 4 September 2025\n\n"
    "THE INTERVIEW\n\n"
    "Hartley & Rowe Violins was set up in 1982 by Tom Hartley and Ann Rowe in a former mill in Leeds. "
    "We talked to their daughter at the bench.\n\n"
    "Q: How many instruments leave the workshop?\n"
    "A: Last year we finished 420 violins, a record for us.\n\n"
    "Q: And this year?\n"
    "A: About 450, if the varnish dries.\n"
)


def test_a_mastheads_date_between_dashes_dates_last_year(knowledge):
    finished = figure(claims_of(QA_INTERVIEW, knowledge), "420 violins")
    assert finished.time is not None and finished.time.year == 2024


def test_answers_labelled_a_speak_for_the_company_the_introduction_names(knowledge):
    finished = figure(claims_of(QA_INTERVIEW, knowledge), "420 violins")
    assert finished.subject is not None and finished.subject.name == "Hartley & Rowe Violins"


def test_a_section_label_in_capitals_names_no_one(knowledge):
    from reading_helpers import entity_kinds

    assert "INTERVIEW" not in entity_kinds(QA_INTERVIEW, knowledge)
    assert "THE INTERVIEW" not in entity_kinds(QA_INTERVIEW, knowledge)


PROGRAMME = (
    "THE MARKET HOUR – programme transcript\n"
    "Broadcast: Saturday 14 June 2025, 12:30\n"
    "Presenter: Dana Whitlow\n"
    "Guests: Rhian Pryce, managing director, Pryce Orchard Vinegar (Monmouthshire); "
    "Luc Ferrand, chief executive, Vinaigrerie Ferrand (Dijon)\n\n"
    "DANA WHITLOW: Rhian, you started with a few barrels.\n\n"
    "RHIAN PRYCE: Ten barrels, in 2011. Last year we made 1.8 million litres.\n\n"
    "DANA WHITLOW: Luc, your family has been at this longer.\n\n"
    "LUC FERRAND: Since 1870. We reopened the old cellar in 2015, and last year we sold 2.6 million bottles.\n\n"
    "DANA WHITLOW: Rhian, what comes next?\n\n"
    "RHIAN PRYCE: We turned over four point six million pounds last year.\n"
)


def test_each_guest_of_a_programme_speaks_for_their_own_company(knowledge):
    claims = claims_of(PROGRAMME, knowledge, "transcript.txt")
    assert figure(claims, "1.8 million litres").subject.name == "Pryce Orchard Vinegar"
    assert figure(claims, "2015").subject.name == "Vinaigrerie Ferrand"
    assert figure(claims, "2.6 million bottles").subject.name == "Vinaigrerie Ferrand"
    sales = figure(claims, "four point six million pounds")
    assert sales.subject.name == "Pryce Orchard Vinegar" and sales.value.value == 4_600_000


def test_a_field_line_of_a_programme_s_header_names_its_guests_and_their_companies(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    model = build_model(parse_document("transcript.txt", PROGRAMME.encode()), knowledge)
    names = {e.name for e in model.entities}
    assert {"Pryce Orchard Vinegar", "Vinaigrerie Ferrand"} <= names


def test_a_q_and_a_guest_made_an_executive_through_its_speaks_for_that_company(knowledge):
    text = (
        "LANDING WORKS | THE INTERVIEW\nPublished 22 April 2025\n\n"
        "Giulia Roncato joined Corsia Mobile S.p.A. as a design engineer in 2008 and has been its chief executive since 2019. "
        "The Dalmine-based company makes moving walkways.\n\n"
        "Q: What did you win?\n\nA: We won the contract for all 24 moving walkways in the new terminal.\n\n"
        "Q: And last year?\n\nA: We installed 214 walkways last year.\n"
    )
    claims = claims_of(text, knowledge, "interview.txt")
    assert figure(claims, "214 walkways").subject.name == "Corsia Mobile"
    assert figure(claims, "24 moving walkways").subject.name == "Corsia Mobile"
