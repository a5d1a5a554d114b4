"""A financial year written as one word with two digits ("FY25") is a year
in prose and in a table's column header, and never a name; a period word
("FY2024/25", "H1'25") never opens one either. Sentences of our own."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from auditor.extract.dates import find_dates
from auditor.extract.entities import find_entities, load_gazetteer
from reading_helpers import claims_of, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize(("text", "year"), [("in FY25", 2025), ("for FY 24,", 2024), ("in FY'26.", 2026)])
def test_a_financial_year_in_two_digits_is_the_year_it_ends_in(text, year):
    (found,) = find_dates(text)
    assert (found.year, found.precision) == (year, "year")


@pytest.mark.parametrize("text", ["FY25%", "FY2526", "FY25/26", "FY25.5"])
def test_two_digits_that_go_on_are_no_financial_year(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("word", ["FY25", "FY2025", "FY2024/25", "H1'25", "Q3-2025", "9M24"])
def test_a_period_word_is_never_a_name(word):
    gazetteer = load_gazetteer()
    assert find_entities(f"Revenue rose in {word}, Orvik Segel said.", gazetteer)[0].name == "Orvik Segel"
    assert all(m.name != word for m in find_entities(f"{word} annual results of Orvik Segel", gazetteer, tentative=True))


def test_a_year_of_prose_written_fy25_dates_its_sentence(knowledge):
    claim = figure(claims_of("Orvik Segel delivered 6,850 sails in FY25.", knowledge), "6,850 sails")
    assert claim.time.year == 2025 and claim.time.source == "sentence"


def test_columns_headed_by_financial_years_in_two_digits_date_their_cells(knowledge):
    text = (
        "---\ntitle: FY25 annual results - Orvik Segel Limited\n---\n"
        "Orvik Segel Limited reported its results.\n\n"
        "| | FY25 | FY24 |\n|---|---|---|\n| Sails delivered | 6,850 | 6,210 |\n"
    )
    claims = claims_of(text, knowledge, "results.md")
    assert figure(claims, "6,850").time.year == 2025
    assert figure(claims, "6,210").time.year == 2024
    assert {figure(claims, "6,850").subject.name, figure(claims, "6,210").subject.name} == {"Orvik Segel"}


@pytest.mark.parametrize(
    ("phrase", "year"),
    [("in the year to September", 2025), ("in the 12 months ended June 30", 2025), ("in the financial year to December", 2025)],
)
def test_a_financial_year_told_by_the_month_it_ends_in_is_the_last_one_ended(phrase, year, knowledge):
    text = f"---\ntitle: Kayaks\ndate: 2026-01-14\n---\nOrvik Kajak sold 58,000 kayaks {phrase}, according to its annual results.\n"
    claim = figure(claims_of(text, knowledge, "feature.md"), "58,000 kayaks")
    assert claim.time.year == year and claim.time.source == "sentence"


def test_a_financial_year_ending_in_the_story_s_own_month_is_this_year_s(knowledge):
    text = "---\ntitle: Kayaks\ndate: 2025-09-30\n---\nOrvik Kajak sold 58,000 kayaks in the year to September.\n"
    assert figure(claims_of(text, knowledge, "feature.md"), "58,000 kayaks").time.year == 2025
