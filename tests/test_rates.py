"""Rates and per-unit figures (issue 10, point 2 of the figures brief): the
denominator of a rate is data on the Quantity, physical rates are one pint
unit in a canonical base, what a mass or volume is of is kept, and compound
counts ("a 280-bed hospital") are counts."""

from __future__ import annotations

import pytest

from auditor.checks.compare import agree, comparable
from auditor.extract.figures import find_figures
from auditor.extract.lexicon import load_lexicon


def _one(text: str):
    found = find_figures(text)
    assert len(found) == 1, [(text[f.start : f.end], f.quantity) for f in found]
    return text[found[0].start : found[0].end], found[0].quantity


# --------------------------------------------------------------------------- rates kept with `per`


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit", "per"),
    [
        ("Ostrel pays SEK 48 per share.", "SEK 48 per share", "money", 48, "SEK", "share"),
        ("A plan costs GBP 5.90 a month.", "GBP 5.90 a month", "money", 5.9, "GBP", "month"),
        ("It saves EUR 120 million a year.", "EUR 120 million a year", "money", 120e6, "EUR", "year"),
        ("It earns EUR 150 million a year in revenue.", "EUR 150 million a year", "money", 150e6, "EUR", "year"),
        ("Water sells at USD 0.41 per cubic metre.", "USD 0.41 per cubic metre", "money", 0.41, "USD", "cubic metre"),
        ("Water sells at USD 0.41 per m³.", "USD 0.41 per m³", "money", 0.41, "USD", "cubic metre"),
        ("The pumps cost USD 450 each.", "USD 450 each", "money", 450, "USD", "unit"),
        ("The offer is EUR 18.50 a share.", "EUR 18.50 a share", "money", 18.5, "EUR", "share"),
        ("Brent traded at $80/bbl.", "$80/bbl", "money", 80, "USD", "barrel"),
        ("Power sold at €50/MWh.", "€50/MWh", "money", 50, "EUR", "megawatt hour"),
        ("Tickets cost SEK 36 per journey.", "SEK 36 per journey", "money", 36, "SEK", "journey"),
        ("It spends $3 per capita.", "$3 per capita", "money", 3, "USD", "person"),
        ("Rent is $2,000 per annum.", "$2,000 per annum", "money", 2000, "USD", "year"),
        ("Rent is $2,000 annually.", "$2,000 annually", "money", 2000, "USD", "year"),
        ("Rent is $2,000 p.a. in total.", "$2,000 p.a.", "money", 2000, "USD", "year"),
        ("It earns $5 million each year.", "$5 million each year", "money", 5e6, "USD", "year"),
        ("It earns $5 million every month.", "$5 million every month", "money", 5e6, "USD", "month"),
        ("It earns $5 million each quarter.", "$5 million each quarter", "money", 5e6, "USD", "quarter"),
        ("It earns $5 million a quarter.", "$5 million a quarter", "money", 5e6, "USD", "quarter"),
        ("It pays $5 million quarterly.", "$5 million quarterly", "money", 5e6, "USD", "quarter"),
        ("Fares rose 5% a year.", "5% a year", "percent", 5, "percent", "year"),
        ("The line carries 52,000 passengers a day.", "52,000 passengers a day", "count", 52000, "count", "day"),
        ("Both plants have 300 workers each.", "300 workers each", "count", 300, "count", "unit"),
        ("Bags of 20 kg per passenger are free.", "20 kg per passenger", "quantity", 20, "kilogram", "passenger"),
        ("It costs tens of millions of dollars a year.", "tens of millions of dollars a year", "money", 1e7, "USD", "year"),
        ("It hires dozens of engineers a month.", "dozens of engineers a month", "count", 24, "count", "month"),
    ],
)
def test_rates_name_their_denominator(text, span, kind, value, unit, per):
    surface, quantity = _one(text)
    assert surface == span
    assert (quantity.kind, quantity.value, quantity.unit, quantity.per) == (kind, value, unit, per)


@pytest.mark.parametrize(
    "text",
    [
        "Ostrel raised $5 million a year ago.",
        "Ostrel raised $5 million a year earlier.",
        "Ostrel raised $5 million a year-on-year rise.",
        "Shares rose 5% a month into the year.",
        "Ostrel will raise $5 million a year from now.",
        "Ostrel paid $4 per the agreement.",
        "Ostrel raised $5 million, a share of which went to Varno.",
        "Ostrel spent $5 million each other year.",  # "each other": no rate
    ],
)
def test_words_after_a_figure_that_make_no_rate(text):
    found = find_figures(text)
    assert found and all(f.quantity.per is None for f in found)


def test_parts_per_billion_is_no_rate_per_a_scale_word():
    assert all(f.quantity.per != "billion" for f in find_figures("levels above 50 parts per billion"))


# --------------------------------------------------------------------------- physical rates


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a plant of 135,000 m³/d", 135_000, "meter ** 3 / day"),
        ("a plant of 300,000 m³/day", 300_000, "meter ** 3 / day"),
        ("a plant of 86,400 cubic metres per day", 86_400, "meter ** 3 / day"),
        ("a plant of 1,000 litres per second", 86_400, "meter ** 3 / day"),
        ("a plant of 3.6 million litres an hour", 86_400, "meter ** 3 / day"),
        ("a plant of 86.4 megalitres daily", 86_400, "meter ** 3 / day"),
        ("a plant of 86.4 MLD", 86_400, "meter ** 3 / day"),
        ("a plant of 86,400 m3 d-1", 86_400, "meter ** 3 / day"),
        ("a plant of 4.5 Mt/yr", 4.5e9, "kilogram / year"),
        ("a plant of 4.5 million t/yr", 4.5e9, "kilogram / year"),
        ("a plant of 4.5 Mtpa", 4.5e9, "kilogram / year"),
        ("a plant of 4.5 million tonnes a year", 4.5e9, "kilogram / year"),
        ("a plant of 4.5m tonnes a year", 4.5e9, "kilogram / year"),
        ("a plant of 4,500,000 t yr-1", 4.5e9, "kilogram / year"),
        ("a plant of 1,125,000 tonnes a quarter", 4.5e9, "kilogram / year"),
        ("trains at 180 km/h", 180, "kilometer / hour"),
        ("trains at 80 km/h", 80, "kilometer / hour"),
        ("trains at 180 kilometres per hour", 180, "kilometer / hour"),
        ("trains at 50 metres per second", 180, "kilometer / hour"),
        ("output of 2 million barrels a day", 2e6, "oil_barrel / day"),
        ("output of 2 million bpd", 2e6, "oil_barrel / day"),
        ("it uses 3.2 kWh per cubic metre", 3200, "watt_hour / meter ** 3"),
        ("it uses 3.2 kWh/m³", 3200, "watt_hour / meter ** 3"),
        ("it uses 3.2 Wh per litre", 3200, "watt_hour / meter ** 3"),
    ],
)
def test_physical_rates_are_one_unit_in_a_canonical_base(text, value, unit):
    _, quantity = _one(text)
    assert quantity.kind == "quantity"
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit and quantity.per is None


def test_equal_physical_rates_compare_equal_whatever_their_units():
    readings = [_one(text)[1] for text in ("135,000 m³/d", "135,000 cubic metres per day", "1,562.5 litres per second")]
    assert all(agree(readings[0], other) for other in readings[1:])
    assert agree(_one("86,400 m³/day")[1], _one("1,000 litres per second")[1])
    assert agree(_one("2,000 tonnes a day")[1], _one("730,500 tonnes a year")[1])
    assert agree(_one("86,400 m³/day")[1], _one("2,000 litres per second")[1]) is False


def test_a_rate_symbol_alone_is_not_a_unit():
    # "t" is tonnes only before a denominator; "5 t" alone is nothing.
    assert find_figures("grade 5 t here") == []


# --------------------------------------------------------------------------- what is measured


@pytest.mark.parametrize(
    ("text", "span", "counted", "unit"),
    [
        ("a line making 1.1 million tonnes of urea a year", "1.1 million tonnes of urea a year", "urea", "kilogram / year"),
        ("a line making 2,000 tonnes of ammonia a day", "2,000 tonnes of ammonia a day", "ammonia", "kilogram / year"),
        ("a line making 2,000 tonnes of green ammonia per day", "2,000 tonnes of green ammonia per day", "green ammonia", "kilogram / year"),
        ("it stores 5 million barrels of oil", "5 million barrels", "oil", "oil_barrel"),
        ("it emits 12,000 tonnes of CO2 a year", "12,000 tonnes of CO2 a year", "CO2", "kilogram / year"),
        ("it supplies 86,400 cubic metres of drinking water a day", "86,400 cubic metres of drinking water a day", "drinking water", "meter ** 3 / day"),
    ],
)
def test_what_a_mass_or_volume_is_of(text, span, counted, unit):
    surface, quantity = _one(text)
    assert (surface, quantity.counted, quantity.unit) == (span, counted, unit)


def test_of_after_power_is_not_what_is_measured_and_stays_outside_the_span():
    # "4 GW of capacity": "capacity" is the trigger word, not a substance.
    surface, quantity = _one("the group added 4 GW of capacity")
    assert (surface, quantity.counted) == ("4 GW", None)


# --------------------------------------------------------------------------- comparing


def test_a_rate_never_compares_with_a_total():
    rate = _one("EUR 120 million a year")[1]
    total = _one("EUR 600 million")[1]
    assert comparable(rate, total) is None and agree(rate, total) is None
    assert agree(_one("SEK 48 per share")[1], _one("SEK 48 per month")[1]) is None
    assert agree(_one("SEK 48 per share")[1], _one("SEK 52 a share")[1]) is False


def test_different_substances_never_compare_but_modifiers_do():
    urea, ammonia = _one("1.1 million tonnes of urea a year")[1], _one("1.1 million tonnes of ammonia a year")[1]
    assert agree(urea, ammonia) is None
    assert agree(urea, _one("1.3 million tonnes of granular urea a year")[1]) is False
    assert agree(urea, _one("1.1 million t/yr")[1]) is True  # one side does not say: compared


# --------------------------------------------------------------------------- compound counts


@pytest.mark.parametrize(
    ("text", "span", "value", "counted"),
    [
        ("Vireo opened a 280-bed hospital.", "280-bed", 280, "beds"),
        ("Alverna won the 36-train order.", "36-train", 36, "trains"),
        ("a 5-person crew", "5-person", 5, "people"),
        ("a 12-storey tower", "12-storey", 12, "storeys"),
        ("a 16-nation group", "16-nation", 16, "nations"),
        ("Alverna will deliver 18 four-car trains.", "18 four-car trains", 18, "four-car trains"),
    ],
)
def test_compound_counts(text, span, value, counted):
    surface, quantity = _one(text)
    assert (surface, quantity.kind, quantity.value, quantity.counted) == (span, "count", value, counted)


@pytest.mark.parametrize(
    "text",
    [
        "a 10-year contract",
        "a 24-hour strike",
        "a 300-strong wind",  # (a group's strength counts its members: see test_round54_reading)
        "a 64-bit chip",
        "a 2024-born fund",
        "a 3-to-1 vote",
        "Acme 280-bed unit",  # after a name: a model number
        "a 12-month high",
    ],
)
def test_compounds_that_are_no_count(text):
    assert [f for f in find_figures(text) if f.quantity.kind == "count"] == []


def test_rate_words_are_data():
    rates = load_lexicon().rates
    assert "share" in rates.article_nouns and rates.aliases["capita"] == "person"
    assert rates.bases["meter ** 3"] == "meter ** 3 / day"
