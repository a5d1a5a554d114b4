"""A title's day stamps when a story was written, not what it tells of; a
stock stated for a past year stands at that year's end, as close to a later
story as two stories' stocks are; containers counted in TEU are moved over a
period; a facts file's unit may say what a count is of more closely than its
value ("24 boats a year" with "narrowboats per year"). Texts of our own."""

from __future__ import annotations

import pytest

from auditor.checks.compare import one_thing_counted
from auditor.checks.facts import load_reference_facts
from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


WIRE = (
    "Harbour Wire Service - Transport - 4 March 2025, 11:07 CET\n\n"
    "VILNIUS, March 4 (HWS) - Baltoline, which runs fewer than 120 coaches, will provide half the vehicles for a new line.\n"
)
REVIEW = (
    "<html><body><h1>Baltoline annual review 2024</h1>"
    "<p>At the end of the year Baltoline's fleet numbered 138 coaches.</p></body></html>"
)


def test_a_title_s_day_dates_the_story_not_its_section(knowledge):
    claim = figure(claims_of(WIRE, knowledge, "wire.txt"), "fewer than 120 coaches")
    assert (claim.time.year, claim.time.month, claim.time.source) == (2025, 3, "document")


def test_a_title_year_still_dates_its_section(knowledge):
    text = "Baltoline annual review 2024\n\nAt the end of the year Baltoline's fleet numbered 138 coaches.\n"
    claim = figure(claims_of(text, knowledge, "review.txt"), "138 coaches")
    assert (claim.time.year, claim.time.source) == (2024, "heading")


def test_a_stock_stated_for_last_year_is_held_against_a_story_weeks_later():
    found = findings("figure-mismatch", **{"wire.txt": WIRE, "review.html": REVIEW})
    assert [sorted(e.text for e in f.evidence) for f in found] == [["138 coaches", "fewer than 120 coaches"]]


def test_a_stock_stated_for_a_year_long_before_the_story_is_not():
    review = REVIEW.replace("2024", "2022")
    assert findings("figure-mismatch", **{"wire.txt": WIRE, "review.html": review}) == ()


def test_containers_counted_in_teu_are_moved_over_a_period(knowledge):
    claims = claims_of("Tagus Box Lines reported results. The carrier moved 1.42 million TEU in 2024.", knowledge)
    assert figure(claims, "1.42 million TEU").lasts == "periodic"


@pytest.mark.parametrize(("a", "b", "one"), [
    ("boats", "narrowboats", True), ("narrowboat", "boats", True), ("speakers", "loudspeakers", True), ("coaches", "coach", True),
    ("pins", "spins", False), ("boats", "coats", False), ("boats", "narrow-boats", True), ("cars", "railcars", False),
])  # fmt: skip
def test_one_thing_counted_is_a_noun_or_a_closed_compound_on_it(a, b, one):
    assert one_thing_counted(a, b) is one


def test_a_facts_unit_may_name_the_counted_thing_more_closely(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "- subject: Stourfield Narrowboats Ltd\n  attribute: capacity\n  value: 24 boats a year\n  unit: narrowboats per year\n"
    )
    (fact,) = load_reference_facts(facts)
    assert (fact.quantity.value, fact.quantity.per, fact.quantity.counted) == (24, "year", "boats")


def test_a_facts_unit_that_counts_another_thing_is_still_refused(tmp_path):
    from auditor.checks.facts import FactsFileError

    facts = tmp_path / "facts.yaml"
    facts.write_text("- subject: Stourfield Narrowboats Ltd\n  attribute: capacity\n  value: 24 boats a year\n  unit: engines per year\n")
    with pytest.raises(FactsFileError, match=r"facts\.yaml:4.*unit"):
        load_reference_facts(facts)


TABLE = (
    "---\ntitle: Aldmark Acoustics annual report 2024\ndate: 2025-03-01\n---\n\n# Aldmark Acoustics annual report 2024\n\n"
    "Aldmark Acoustics A/S reported its results for 2024.\n\n| DKK million | 2024 | 2023 |\n|---|---|---|\n"
    "| Revenue | 1,240 | 1,090 |\n| Operating profit (EBIT) | 118 | 97 |\n| Employees at year end | 680 | 612 |\n"
)


def test_a_remark_in_a_labels_brackets_is_no_unit(knowledge):
    claim = figure(claims_of(TABLE, knowledge, "report.md"), "118")
    assert (claim.event, claim.value.unit) == ("operating-profit", "DKK")


def test_a_headcount_row_under_a_money_corner_is_a_count(knowledge):
    claim = figure(claims_of(TABLE, knowledge, "report.md"), "680")
    assert (claim.kind, claim.event, claim.time.year) == ("count", "employees", 2024)


def test_at_the_end_of_a_year_dates_the_level_told_after_it(knowledge):
    claim = figure(claims_of("Aldmark Acoustics reported results.\n\nAt the end of 2024 it had 452 employees.\n", knowledge), "452 employees")
    assert claim.time.year == 2024


def test_a_level_at_a_years_end_and_the_about_section_of_the_release_after_it_are_one_level():
    text = (
        "---\ntitle: Year-end report 2024\ndate: 2025-02-13\n---\n\n# Vindra Instruments: year-end report 2024\n\n"
        "Vindra Instruments AB reported its results for 2024 on Thursday.\n\n"
        "At the end of 2024 we had 410 employees, most of them at our factory in Umeå.\n\n## About Vindra\n\n"
        "Vindra Instruments AB builds weather stations. Founded in Umeå in 1974, the company has 470 employees.\n"
    )
    found = findings("figure-mismatch", **{"report.md": text})
    assert [sorted(e.text for e in f.evidence) for f in found] == [["410 employees", "470 employees"]]


def test_an_employees_present_after_a_years_revenue_is_dated_by_the_story(knowledge):
    text = (
        "BERGAMO, Italy, March 12, 2025 (Newswire) - Valmora agreed to buy a rival.\n\n"
        "The group had revenue of EUR 872 million in 2024 and employs 4,900 people at 11 plants.\n"
    )
    claims = claims_of(text, knowledge, "wire.txt")
    assert (figure(claims, "EUR 872 million").time.year, figure(claims, "4,900 people").time.source) == (2024, "metadata")


def test_a_future_level_after_a_deal_is_no_rival_of_last_years_level():
    wire = (
        "TALLINN, Feb 25, 2025 (Wire) - Kuusmaa Oy agreed to buy Saunatehas, a maker of garden saunas.\n\n"
        "With Saunatehas's 85 staff, Kuusmaa will employ about 540 people.\n"
    )
    review = (
        "<html><body><h1>Kuusmaa annual review 2024</h1><p>At the end of 2024 Kuusmaa had 452 employees.</p></body></html>"
    )
    assert findings("figure-mismatch", **{"wire.txt": wire, "review.html": review}) == ()


def test_a_stock_told_now_joins_the_latest_level_stated_before_the_story():
    wire = "ZURICH, June 10, 2025 (Wire) - Vaudry SA bought a rival.\n\nVaudry, which employs more than 3,000 people, paid cash.\n"
    results = (
        "---\ntitle: Vaudry results 2024\ndate: 2025-03-05\n---\n\n# Vaudry results 2024\n\nVaudry SA reported its results for 2024.\n\n"
        "| Key figures | 2024 | 2023 |\n|---|---|---|\n| Revenue (CHF million) | 512 | 488 |\n| Employees at year end | 2,480 | 2,410 |\n"
    )
    found = findings("figure-mismatch", **{"wire.txt": wire, "results.md": results})
    assert [sorted(e.text for e in f.evidence) for f in found] == [["2,480", "more than 3,000 people"]]


def test_twelve_new_jets_are_additions_not_the_fleet(knowledge):
    claim = figure(claims_of("The deal covers twelve new jets arriving from 2026 for Volavia.", knowledge), "twelve new jets")
    assert claim.qualifiers.scope == "additional"


def test_no_more_than_is_a_bound_not_an_addition(knowledge):
    claim = figure(claims_of("With no more than 80 people on its payroll, Corriemoor weaves tweed.", knowledge), "no more than 80 people")
    assert claim.qualifiers.scope is None and claim.value.qualifier == "under"


def test_the_first_of_several_places_names_no_one_site(knowledge):
    text = "Norlux Sign Company reported results.\n\nOur 1,640 employees at plants in Mississauga, Monterrey and Glasgow delivered 60,000 signs.\n"
    claim = figure(claims_of(text, knowledge), "1,640 employees")
    assert (claim.subject.name, claim.object) == ("Norlux Sign", None)


def test_a_companys_name_joined_by_a_conjunction_before_its_legal_form_is_one_name(knowledge):
    from reading_helpers import kinds_of

    text = "GAZIANTEP, Turkey, 11 March 2025 -- Ardal Hali Sanayi ve Ticaret A.S. agreed to buy Kettleworth Carpets Ltd.\n"
    assert "Ardal Hali Sanayi ve Ticaret" in kinds_of(text, knowledge, "wire.txt")


def test_two_companies_joined_by_and_stay_two(knowledge):
    from reading_helpers import kinds_of

    kinds = kinds_of("Thomsen Corporation and Rayters Group PLC agreed to merge.", knowledge)
    assert "Thomsen Corporation and Rayters" not in kinds


BRIEF_TABLE = (
    "---\ntitle: Airport wildlife brief\ndate: 2026-01-10\n---\n\n# Airport wildlife market brief\n\n"
    "Revenue of the three biggest contractors:\n\n| Revenue, GBP m | FY2023/24 | FY2024/25 |\n|---|---:|---:|\n"
    "| Hawkwing (Norwich) | 9.9 | 13.2 |\n| Skyward Bird Management (Glasgow) | 4.1 | 4.6 |\n| ARS (Alvarna) | 2.7 | 3.0 |\n"
)


@pytest.mark.parametrize(("cell", "subject"), [("13.2", "Hawkwing"), ("4.6", "Skyward Bird Management"), ("3.0", "Alvarna")])
def test_a_table_row_of_a_one_word_name_and_its_town_is_that_companys(cell, subject, knowledge):
    claim = figure(claims_of(BRIEF_TABLE, knowledge, "brief.md"), cell)
    assert (claim.subject.name, claim.event, claim.time.year) == (subject, "revenue", 2025)


def test_a_noun_after_and_with_passed_names_the_next_clause(knowledge):
    text = "Revenue rose 10.1% to EUR 486.2 million and order intake passed half a billion euros for the first time."
    assert figure(claims_of(text, knowledge), "EUR 486.2 million").event == "revenue"


def test_a_relative_clause_on_one_of_several_dates_that_one(knowledge):
    text = (
        "SEIFFEN, 12 August 2025 -- Holzwerk Tannwald reported results.\n\n"
        "It employs 210 people at its workshops in Seiffen and Olbernhau, the second of which opened in March 2019.\n"
    )
    claim = figure(claims_of(text, knowledge, "release.txt"), "210 people")
    assert (claim.time.year, claim.time.source) == (2025, "metadata")


def test_a_workforce_at_its_sites_in_named_places_is_told_of_those_places(knowledge):
    text = (
        "Holzwerk Tannwald reported results.\n\nOur workforce of 164 in Seiffen and Olbernhau is working extra shifts.\n\n"
        "It employs 210 people at its workshops in Seiffen and Olbernhau.\n\nIt employs 640 people at its plant in Leiria.\n"
    )
    claims = claims_of(text, knowledge)
    places = [figure(claims, f).qualifiers.place for f in ("164", "210 people", "640 people")]
    assert places == ["Olbernhau, Seiffen", "Olbernhau, Seiffen", None]


def test_a_row_of_a_company_told_before_and_its_town_is_the_companys(knowledge):
    text = (
        "---\ntitle: Snow brief\ndate: 2025-11-04\n---\n\n# Snow and lift brief\n\n"
        "- Frostvik, the Östersund specialist, took an order for 100 fan guns.\n\n"
        "| Snow guns shipped | 2023/24 | 2024/25 |\n|---|---:|---:|\n| Frostvik (Östersund) | 1,150 | 1,420 |\n"
        "| Nivalia (Trento, Alpseil group) | 2,050 | 2,230 |\n"
    )
    assert figure(claims_of(text, knowledge, "brief.md"), "1,420").subject.name == "Frostvik"
