"""Years across the turn of a year, figures a text takes back, levels aimed at,
and amounts of two stuffs.

- "FY2024/25", "the 2024-25 campaign", a table's "2024/25" column: a split
  year is known by the year it ends in, as "FY2025" and "the year to 31
  January 2025" are; a table's figure of that year is no figure of the year
  before.
- "An earlier version of this article gave its revenue as USD 64 million":
  a figure the text takes back is nobody's.
- "Our goal is for subscriptions to make up 20% of net sales by 2027": a
  level aimed at, no share of today.
- "sliced 7.9 million tonnes of beet and produced 1.12 million tonnes of
  sugar": two outputs, each of its stuff ("beans" and "cocoa beans" are one).
- "a contract to supply Limonell with 240,000 tonnes of sugar": the deal's
  volume, no year's output; "Revenue per hectolitre reached EUR 129": a rate.
- "Revenue rose 5.9% to CHF 30.6 million, helped by a fare rise in January":
  the cause's date is no date of the figure ("due to reach full output in
  2027" still dates a plan).
- "Priory Road pool accounted for 176,000 swims": one piece of the whole.
- "1938: The company buys its first motor tug": a thing bought, no takeover
  of the company the group bought later; two entries of one timeline are two
  occurrences of their event; a reopening is no first opening.
Texts of our own."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from auditor.extract.dates import find_dates
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize(
    "text, surface, year",
    [
        ("Revenue for FY2024/25 rose.", "FY2024/25", 2025),
        ("Olive oil sold in the 2024-25 campaign rose.", "2024-25", 2025),
        ("Revenue in fiscal 2024/25 rose.", "fiscal 2024/25", 2025),
        ("Revenue for 2024/25 rose.", "2024/25", 2025),
    ],
)
def test_a_split_year_is_the_year_it_ends_in(knowledge, text, surface, year):
    dates = find_dates(text, knowledge.lexicon)
    assert [(d.text, d.year) for d in dates] == [(surface, year)]


def test_a_crisis_named_by_two_years_is_no_date(knowledge):
    assert find_dates("the 2008-09 financial crisis", knowledge.lexicon) == []


def test_a_tables_split_year_column_is_the_year_the_prose_names_by_its_end():
    review = (
        "<html><head><title>Hartley Gardens | Annual review 2024/25</title></head><body>\n"
        "<h1>Annual review for the year to 31 January 2025</h1>\n"
        "<p>In the year to 31 January 2025 Hartley Gardens' revenue rose 7.7% to GBP 86.4 million.</p>\n"
        "<h2>Key figures</h2>\n<table>\n<tr><th></th><th>2024/25</th><th>2023/24</th></tr>\n"
        "<tr><td>Revenue (GBP million)</td><td>86.4</td><td>80.2</td></tr>\n</table>\n</body></html>\n"
    )
    assert not findings("change-mismatch", **{"review.html": review})
    wrong = review.replace("<td>80.2</td>", "<td>84.0</td>")
    assert findings("change-mismatch", **{"review.html": wrong})


def test_a_figure_an_earlier_version_gave_is_taken_back():
    text = (
        "Prairie Sky Sensors had revenue of USD 46 million in 2024.\n\n"
        "*Correction: An earlier version of this article gave Prairie Sky's 2024 revenue as USD 64 million. The correct figure is USD 46 million.*"
    )
    assert not findings("figure-mismatch", **{"feature.md": text})


def test_a_goal_is_a_level_aimed_at(knowledge):
    text = "Our goal is for service and data subscriptions to make up 20% of net sales by 2027; in 2024 they reached 14%."
    assert figure(claims_of(text, knowledge), "20%").role == "target"


def test_amounts_of_two_stuffs_are_two_facts():
    wire = "VERMANDEL, France, 12 March 2025 - Vermandel sliced 7.9 million tonnes of beet in 2024 and produced 1.12 million tonnes of sugar."
    report = "Vermandel results for 2024. The group produced 1.12 million tonnes of sugar in 2024."
    assert not findings("figure-mismatch", **{"a.txt": wire, "b.txt": report})
    ground = "Meridel Cocoa ground 405,000 tonnes of beans in 2024."
    results = "Meridel Cocoa results. In 2024 Meridel Cocoa ground 438,000 tonnes of cocoa beans."
    assert findings("figure-mismatch", **{"a.txt": ground, "b.txt": results})


def test_a_deals_volume_is_no_years_output_and_a_rate_per_unit_no_total(knowledge):
    deal = figure(claims_of("In January 2025 Vermandel signed a contract to supply Limonell with 240,000 tonnes of sugar.", knowledge), "240,000 tonnes")
    assert deal.event == "contract"
    rate = figure(claims_of("Corvelo Brewing said revenue per hectolitre reached EUR 129 in 2025.", knowledge), "EUR 129")
    assert rate.qualifiers is not None and rate.qualifiers.per == "hectolitre"


def test_a_causes_date_is_no_date_of_the_figure(knowledge):
    text = (
        "# 2024: a strong year\n\nLausanne, 15 April 2025\n\n"
        "Revenue at Lemanic Lifts rose 5.9% to CHF 30.6 million, helped by a fare rise in January."
    )
    revenue = figure(claims_of(text, knowledge, "review.md"), "CHF 30.6 million")
    assert revenue.time is not None and revenue.time.year == 2024
    plan = "Revolta plans a second plant in Wroclaw with a capacity of 5,000 tonnes a year, due to reach full output in 2027."
    capacity = figure(claims_of(plan, knowledge), "5,000 tonnes a year")
    assert capacity.time is not None and capacity.time.year == 2027


def test_a_site_that_accounted_for_a_count_is_a_piece_of_the_whole(knowledge):
    text = "In 2024 our three pools welcomed 548,000 swims. Priory Road pool, our indoor pool, accounted for 176,000 swims."
    claims = claims_of(text, knowledge)
    assert figure(claims, "176,000 swims").role == "part" and figure(claims, "548,000 swims").role is None
    share = figure(claims_of("Exports accounted for 68% of Lanificio Orta's revenue in 2024.", knowledge), "68%")
    assert share.role != "part"


def test_a_thing_bought_is_no_takeover_of_the_company_bought_later():
    page = (
        "<html><head><title>Our history | Northumbrian Towage</title></head><body><h1>Our history</h1>"
        "<p>Northumbrian Towage has run tugs on the Tyne since 1879.</p><ul>"
        "<li>1938: The company buys its first motor tug.</li>"
        "<li>2016: We buy Cleveland Tug Company of Middlesbrough and its four tugs on the Tees.</li>"
        "</ul></body></html>"
    )
    assert not findings("date-mismatch", **{"history.html": page})


def test_a_reopening_is_no_first_opening(knowledge):
    text = "Brackwell Lido opened in August 1934. It reopened in 2019 after a £4.2 million restoration."
    claims = claims_of(text, knowledge)
    assert figure(claims, "August 1934").event == "opening" and figure(claims, "2019").event == "reopening"
    assert not findings("date-mismatch", **{"lido.txt": text})
    told_twice = {"a.txt": "Brackwell Lido reopened in 2019 after its restoration.", "b.txt": "Brackwell Lido reopened in 2021 after its restoration."}
    assert findings("date-mismatch", **told_twice)


def test_two_entries_of_one_timeline_are_two_occurrences():
    page = (
        "<html><head><title>Our history | Edelstahl Wendling</title></head><body><h1>Milestones</h1><ul>"
        "<li>1952: Karl Wendling opens a metalworking shop in Lindenheim.</li>"
        "<li>1989: We open our second plant, in Colmar.</li></ul></body></html>"
    )
    assert not findings("date-mismatch", **{"history.html": page})
