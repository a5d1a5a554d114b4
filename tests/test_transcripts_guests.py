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
