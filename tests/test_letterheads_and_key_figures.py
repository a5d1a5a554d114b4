"""A corporate suffix set off by a comma ends the name before it; a label
line naming the kind of document and, after a dash, its part makes the
document its letterhead's own; in a plain-text block of key figures, an
"of which" line is a row, and the value beside the year before's is the
next year's. Sentences of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from auditor.extract.entities import find_entities, load_gazetteer
from reading_helpers import claims_of, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("ORVIK VELAS, S.A.", "ORVIK VELAS, S.A."),
        ("Calder Holdings, Inc. said it would buy Tarvo.", "Calder Holdings, Inc."),
        ("Shares of Halden Segel, AB rose.", "Halden Segel, AB"),
    ],
)
def test_a_corporate_suffix_after_a_comma_ends_the_name(text, surface):
    found = find_entities(text, load_gazetteer())
    assert found[0].surface == surface and found[0].type == "organisation"
    assert all(m.surface not in ("S.A", "S.A.", "Inc.", "AB") for m in found)


def test_a_long_plain_word_after_a_comma_is_no_suffix():
    found = find_entities("Orvik Velas, Group chief executive Jo Lee said.", load_gazetteer())
    assert found[0].surface == "Orvik Velas"


REPORT = (
    "ORVIK VELAS, S.A.\n"
    "ANNUAL REPORT 2024 - MANAGEMENT REPORT (EXTRACT)\n\n"
    "5. KEY FIGURES\n\n"
    "Revenue, EUR million: 38.6 (2023: 33.9)\n"
    "Sails delivered: 312 (2023: 268)\n"
    "of which racing sails: 141 (2023: 118)\n"
    "Employees at 31 December: 265 (2023: 241)\n"
)


def test_a_block_of_key_figures_under_a_letterhead_is_its_company_s_and_dated_by_its_brackets(knowledge):
    claims = claims_of(REPORT, knowledge)
    for surface, year in (("38.6", 2024), ("33.9", 2023), ("312", 2024), ("268", 2023), ("265", 2024)):
        claim = figure(claims, surface)
        assert claim.subject.name == "ORVIK VELAS" and claim.time.year == year
    assert figure(claims, "268").role == "previous"


def test_an_of_which_line_is_a_row_and_its_year_no_event_s_date(knowledge):
    claims = claims_of(REPORT, knowledge)
    assert figure(claims, "141").time.year == 2024
    assert not [c for c in claims if c.kind == "date" and c.time.year == 2023]


def test_of_which_rows_are_parts_of_the_row_above(knowledge):
    assert figure(claims_of(REPORT, knowledge), "141").role == "part"


@pytest.mark.parametrize(
    "sentence",
    [
        "Its Italian subsidiary, Lucca Pietra, had sales of EUR 22.4 million in 2024.",
        "Our Italian subsidiary, Lucca Pietra S.r.l. of Verona, which sells our slabs, had sales of EUR 22.4 million in 2024.",
    ],
)
def test_an_owner_s_noun_phrase_is_named_by_the_appositive_after_it(sentence, knowledge):
    text = f"Orvik Marmara quarries marble in Drama.\n\n{sentence}"
    assert figure(claims_of(text, knowledge), "EUR 22.4 million").subject.name == "Lucca Pietra"


def test_a_possessive_before_a_figure_in_apposition_stays_the_owner(knowledge):
    text = "Orvik Marmara quarries marble in Drama. Its revenue, EUR 140 million in 2024, rose."
    assert figure(claims_of(text, knowledge), "EUR 140 million").subject.name == "Orvik Marmara"


def test_an_html_table_s_caption_names_whose_figures_its_rows_are(knowledge):
    html = (
        "<html><head><title>Orvik Marmara to buy Lefki Petra</title></head><body>"
        "<h1>Orvik Marmara to buy Lefki Petra</h1>"
        "<p>Orvik Marmara said it would buy Lefki Petra, which quarries white marble, for EUR 32 million.</p>"
        "<table><caption>Lefki Petra at a glance</caption><tr><th>Item</th><th>2024</th></tr>"
        "<tr><td>Revenue (EUR million)</td><td>9.8</td></tr><tr><td>Employees</td><td>64</td></tr></table>"
        "</body></html>"
    )
    claims = claims_of(html, knowledge, "release.html")
    assert figure(claims, "9.8").subject.name == "Lefki Petra"
    assert figure(claims, "64").subject.name == "Lefki Petra"


def test_a_page_title_naming_its_company_after_a_bar_keeps_the_company_as_the_page_s_own(knowledge):
    html = (
        "<html><head><title>Investor relations | Orvik Airports</title></head><body>"
        "<h1>Investor relations</h1><p>Orvik Airports runs two airports. In 2024 our airports handled 7.8 million passengers.</p>"
        "</body></html>"
    )
    assert figure(claims_of(html, knowledge, "ir.html"), "7.8 million passengers").subject.name == "Orvik Airports"


@pytest.mark.parametrize("heading", ["LETTER FROM THE PRESIDENT OF THE MANAGEMENT BOARD", "THE YEAR IN BRIEF", "OUTLOOK FOR THE YEAR"])
def test_a_heading_in_capitals_that_is_a_phrase_is_no_name(heading):
    assert find_entities(heading, load_gazetteer(), tentative=True) == []


def test_a_name_in_capitals_keeps_its_of():
    assert [m.surface for m in find_entities("Shares of BANK OF AMERICA rose.", load_gazetteer())] == ["BANK OF AMERICA"]
