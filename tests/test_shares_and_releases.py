"""Shares written as fractions ("more than a quarter of the market", "up by
a third"), a company's own release under a line that only names its kind
("PRESS RELEASE"), and a half-year report's figures dated by the half its
title names, with the half before set in brackets ("(first half of 2024:
EUR 332 million)"). Sentences of our own, read whole and audited end to end."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.extract.fractions import shares_as_fractions
from auditor.extract.lexicon import load_lexicon
from auditor.extract.qualifiers import year_of_part_reported
from auditor.sources import parse_document
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def shares(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [
        (text[f.start : f.end], f.quantity.low, f.quantity.high, f.quantity.qualifier)
        for f in shares_as_fractions(text, [], load_lexicon())
    ]


# --------------------------------------------------------------------------- fractions as shares


def test_a_fraction_of_something_is_a_share_bounded_by_its_qualifier():
    assert shares("Tarnby holds more than a quarter of the Danish cider market.") == [("more than a quarter", 25.0, None, "over")]
    assert shares("Exports are almost three quarters of what we sell.") == [("almost three quarters", 67.5, 75.0, "about")]
    # Written alone, a fraction is about its value: prose rounds to it.
    assert shares("Two-thirds of the staff work in Aarhus.") == [("Two-thirds", 60.03, 73.37, "about")]


def test_a_fraction_after_by_is_a_change_and_not_before_a_noun_of_its_own():
    assert shares("Operating profit rose by a third, to DKK 80 million.") == [("a third", 29.97, 36.63, "about")]
    assert shares("Its costs fell by half.") == [("half", 45.0, 55.0, "about")]
    assert shares("The plant was bought by a third party in May.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sales in the first half of 2025 rose 4%.",  # an ordinal's half
        "The second quarter of the year was weak.",
        "It has been a quarter of a century since the mill opened.",  # a period
        "Half of 2024 was lost to the strike.",
        "The index rose by a fifth of a percent.",  # a unit
        "About one and a half million bottles were sold.",  # part of a number
        "The talks lasted half an hour.",
    ],
)
def test_a_fraction_of_a_period_a_unit_or_a_number_is_no_share(text):
    assert shares(text) == []


def test_a_stated_change_as_a_fraction_is_checked_against_its_levels():
    wrong = "Kvarnby Mills: results\n\nNet profit rose by a quarter to EUR 41 million from EUR 36 million in 2025.\n"
    right = "Kvarnby Mills: results\n\nNet profit rose by a quarter to EUR 45 million from EUR 36 million in 2025.\n"
    assert len(findings("change-mismatch", **{"a.txt": wrong})) == 1
    assert findings("change-mismatch", **{"a.txt": right}) == ()


# --------------------------------------------------------------------------- a release under a line naming its kind


RELEASE = (
    "PRESS RELEASE\n\n"
    "Kvarnby Mills A/S - Results for the first half of 2025\n\n"
    "Odense, 2 September 2025\n\n"
    "Highlights\n\n"
    "- Revenue up 6.0% to DKK 530 million (first half of 2024: DKK 500 million)\n"
    "- Net profit up by a quarter to DKK 41 million\n\n"
    "Trading\n\n"
    "Flour brought in most of the half's sales. Net profit was DKK 41 million, compared with DKK 36 million "
    "in the first half of 2024.\n"
)


def test_a_line_naming_the_kind_of_document_is_no_title(knowledge):
    model = build_model(parse_document("release.txt", RELEASE.encode()), knowledge)
    assert model.entity(model.topic).name == "Kvarnby Mills"
    assert model.own_kind
    assert model.title.startswith("Kvarnby Mills A/S")
    claims = claims_of(RELEASE, knowledge)
    assert figure(claims, "DKK 36 million").subject.name == "Kvarnby Mills"


def test_a_half_year_report_dates_its_flows_by_the_half_its_title_names(knowledge):
    claims = claims_of(RELEASE, knowledge)
    revenue, before = figure(claims, "DKK 530 million"), figure(claims, "DKK 500 million")
    # The bracket's year labels the figure in it, not the one it follows.
    assert (revenue.time.year, revenue.qualifiers.period) == (2025, "half")
    assert (before.time.year, before.role, before.event) == (2024, "previous", "revenue")
    assert figure(claims, "DKK 41 million").time.year == 2025


def test_a_highlight_s_change_is_checked_against_the_half_before_told_later():
    (found,) = findings("change-mismatch", **{"release.txt": RELEASE})
    assert {e.text for e in found.evidence} >= {"a quarter", "DKK 36 million"}
    consistent = RELEASE.replace("DKK 36 million", "DKK 33 million")  # +24%: about a quarter
    assert findings("change-mismatch", **{"release.txt": consistent}) == ()


def test_the_year_of_the_part_of_a_year_a_report_covers():
    assert year_of_part_reported("Results for the first half of 2025") == 2025
    assert year_of_part_reported("H1 2025 trading update") == 2025
    assert year_of_part_reported("Kvarnby Mills: 2025 half-year results") == 2025
    assert year_of_part_reported("Kvarnby Mills opens a mill in the first half of 2025") is None  # no report
    assert year_of_part_reported("Results for the first half of 2025, with H1 2024 restated") is None  # two years


def test_a_label_under_a_letterhead_makes_the_release_the_company_s_own(knowledge):
    text = (
        "KVARNBY PRINT S.p.A.\n\nPRESS RELEASE\n\nBoard approves results for 2024\n\nVicenza, 13 March 2025\n\n"
        "Kvarnby Print S.p.A. today approved its financial statements for 2024.\n\n"
        '"We printed 212 million books in 2024, more than in any year in our history," said Giulia Kvarn, Chief Executive Officer.\n'
    )
    assert build_model(parse_document("release.txt", text.encode()), knowledge).own_kind
    books = figure(claims_of(text, knowledge, "release.txt"), "212 million books")
    assert (books.subject.name, books.event) == ("Kvarnby Print", "book made")
