"""Claims read from whole documents: whose figure, which measure, which
qualifiers, which role, and dated events. Every text here is written for
these tests."""

from __future__ import annotations

import pytest

from auditor.extract import extract_document, load_knowledge
from auditor.sources import parse_document


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def claims_of(text: str, knowledge, path: str = "doc.txt"):
    return extract_document(parse_document(path, text.encode("utf-8")), knowledge).claims


def figure(claims, surface: str):
    (found,) = [c for c in claims if c.evidence.text == surface]
    return found


# ------------------------------------------------------------------ subjects


def test_a_description_and_a_pronoun_carry_the_subject(knowledge):
    claims = claims_of(
        "Harwick Tiles opened a factory in Porto. The group employs 1,200 people. "
        "It raised $40 million in a Series B in 2023.",
        knowledge,
    )
    assert figure(claims, "1,200 people").subject.name == "Harwick Tiles"
    assert figure(claims, "$40 million").subject.name == "Harwick Tiles"


def test_speakers_sources_and_places_are_not_subjects(knowledge):
    claims = claims_of(
        "The Brandt Ridge project will cost EUR 310 million, Corvel Energy said. "
        "According to Ostrom Research, Tamsin Foods earned $80 million in Spain.",
        knowledge,
    )
    assert figure(claims, "EUR 310 million").subject.name == "Brandt Ridge"
    assert figure(claims, "$80 million").subject.name == "Tamsin Foods"


def test_a_country_is_a_subject_only_when_it_acts(knowledge):
    claims = claims_of("Norway pledged $2 billion for hydrogen. Kelmar Steel invested $90 million in Norway.", knowledge)
    assert figure(claims, "$2 billion").subject.name == "Norway"
    assert figure(claims, "$90 million").subject.name == "Kelmar Steel"


def test_a_figure_describing_a_name_is_that_names(knowledge):
    claims = claims_of("Avon Rail built the 14-kilometre Kestle Line for Harbury Transit.", knowledge)
    assert figure(claims, "14-kilometre").subject.name == "Kestle Line"


def test_an_owners_facility_is_the_subject(knowledge):
    claims = claims_of("Delmar Power's Gannet Bank wind farm has a capacity of 900 MW.", knowledge)
    assert figure(claims, "900 MW").subject.name == "Gannet Bank"


def test_a_bold_lead_in_is_the_subject_of_its_item(knowledge):
    claims = claims_of("# Deals\n\n- **Corbin Labs** closed a $25 million Series A.\n- **Vesta Foods** — The group hired 300 staff.\n", knowledge, "d.md")
    assert figure(claims, "$25 million").subject.name == "Corbin Labs"
    assert figure(claims, "300 staff").subject.name == "Vesta Foods"


# ------------------------------------------------------------------ measures, qualifiers, roles


def test_counts_take_the_measure_of_what_they_count(knowledge):
    claims = claims_of(
        "Orbis Health runs 18 hospitals with 2,400 beds and employs 9,000 people. Its app serves 40,000 people.",
        knowledge,
    )
    assert figure(claims, "2,400 beds").event == "beds"
    assert figure(claims, "18 hospitals").event == "hospitals"
    assert figure(claims, "9,000 people").event == "employees"
    assert figure(claims, "40,000 people").event == "people"


def test_a_programme_s_worth_is_its_budget_and_a_plant_s_is_its_cost(knowledge):
    claims = claims_of("The Clearwater Programme is worth EUR 2 billion. The Vance Creek plant is valued at $500 million.", knowledge)
    assert figure(claims, "EUR 2 billion").event == "budget"
    assert figure(claims, "$500 million").event == "cost"


def test_qualifiers_rounds_phases_scopes_and_rates(knowledge):
    claims = claims_of(
        "Fenway Bio raised a $30 million Series B. The first phase of the Kerr Flats plant adds 200 MW. "
        "The total raised to date is $55 million. Tolland Water charges GBP 3 per cubic metre.",
        knowledge,
    )
    assert figure(claims, "$30 million").qualifiers.round == "series b"
    assert figure(claims, "200 MW").qualifiers.phase == "phase 1"
    assert figure(claims, "$55 million").qualifiers.scope == "total"
    assert figure(claims, "GBP 3").qualifiers.per == "cubic metre"


def test_roles_keep_figures_of_one_sentence_from_being_rivals(knowledge):
    claims = claims_of(
        "Linden Retail's revenue rose 6% to GBP 400 million, up from GBP 377 million a year earlier. "
        "The contract comprises EUR 50 million for the trains and EUR 20 million for maintenance.",
        knowledge,
    )
    assert figure(claims, "6%").role == "change"
    assert figure(claims, "GBP 377 million").role == "previous"
    assert figure(claims, "EUR 50 million").role == "part"


def test_a_figure_is_not_dated_by_a_founding_year_or_a_target(knowledge):
    claims = claims_of("Founded in 1990, Westbury Water serves 1.2 million customers and aims to reach 2 million by 2030.", knowledge)
    assert figure(claims, "1.2 million customers").time is None


# ------------------------------------------------------------------ takeovers


def test_a_takeover_is_known_by_its_target_even_told_in_the_passive(knowledge):
    claims = claims_of("Ridley Dental, acquired in 2022 for $75 million, is now part of the group.", knowledge)
    bought = figure(claims, "$75 million")
    assert bought.event == "acquisition" and bought.object.name == "Ridley Dental" and bought.subject is None


def test_a_takeover_figure_takes_the_target_named_earlier(knowledge):
    claims = claims_of("Carrick Media agreed to buy Pennant Studios in May. Carrick's $90 million purchase closed in July.", knowledge)
    assert figure(claims, "$90 million").object.name == "Pennant Studios"


# ------------------------------------------------------------------ dated events


def test_dated_events_have_a_class_a_theme_and_a_tense(knowledge):
    claims = claims_of(
        "Tarn Energy commissioned the Holm Point plant in 2021. The Orrin Bay terminal is due to open in 2027. "
        "The Aske line, which opened in May 2024, carries 9,000 riders.",
        knowledge,
    )
    dates = {c.evidence.text: c for c in claims if c.kind == "date"}
    assert (dates["2021"].event, dates["2021"].subject.name, dates["2021"].tense) == ("commissioning", "Holm Point", "past")
    assert (dates["2027"].event, dates["2027"].tense) == ("opening", "future")
    assert (dates["May 2024"].event, dates["May 2024"].subject.name) == ("opening", "Aske")


def test_a_dateline_dates_what_happened_on_a_weekday(knowledge):
    claims = claims_of("YORK, March 4, 2025 (Rail Wire) - Dunmore Trains signed an order on Tuesday for 12 trains.", knowledge)
    (dated,) = [c for c in claims if c.kind == "date"]
    assert (dated.event, dated.time.year, dated.time.month) == ("announcement", 2025, 3)


# ------------------------------------------------------------------ tables


def test_table_rows_give_their_entity_figures_measured_by_the_columns(knowledge):
    text = (
        "| Company | Revenue 2024 | Staff | Capacity (MW) |\n|---|---|---|---|\n"
        "| Oakridge Power | EUR 1.2bn | 3,100 | 450 |\n"
    )
    claims = claims_of(text, knowledge, "t.md")
    revenue = figure(claims, "EUR 1.2bn")
    assert (revenue.subject.name, revenue.event, revenue.time.year) == ("Oakridge Power", "revenue", 2024)
    staff = figure(claims, "3,100")
    assert (staff.event, staff.value.value) == ("employees", 3100)
    capacity = figure(claims, "450")
    assert (capacity.event, capacity.value.value, capacity.value.unit) == ("capacity", 450e6, "watt")


def test_line_items_are_parts_and_the_total_row_is_the_whole(knowledge):
    text = (
        "<html><head><title>Budget | Ministry of Works of Arland</title></head><body>"
        "<h2>Spending by item (EUR million)</h2><table>"
        "<tr><th>Item</th><th>2025</th></tr><tr><th>Roads</th><td>40</td></tr>"
        "<tr><th>Bridges</th><td>25</td></tr><tr><th>Total</th><td>65</td></tr></table></body></html>"
    )
    claims = claims_of(text, knowledge, "b.html")
    assert figure(claims, "40").role == "part"
    total = figure(claims, "65")
    assert total.role is None and total.qualifiers.scope == "total" and total.value.value == 65e6
