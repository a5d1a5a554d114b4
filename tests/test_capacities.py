"""Capacities as a reader reads them: "an annual capacity of 2 million
tonnes" is a rate per year though no denominator follows it; a plant's
capacity told without a time is a year's when set beside one told per year;
"raised capacity from 120,000 to 180,000 tonnes" is two levels, not a range;
a level a purpose aims at ("to lift annual output to 2.5 GW") is a target;
and a reference capacity that names its product meets a figure that does
not name one only where the figure's own words or its subject name it."""

from __future__ import annotations

import pytest
from claim_fixtures import claim

from auditor.checks import run_checks
from auditor.checks.compare import agree
from auditor.checks.facts import parse_facts
from auditor.checks.rulefile import load_rules
from auditor.extract.figures import find_figures


def _figures(text: str):
    return [(text[f.start : f.end], f.quantity) for f in find_figures(text)]


def _one(text: str):
    (found,) = _figures(text)
    return found


# --------------------------------------------------------------------------- a time said by the measure


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The group has an annual capacity of 2 million tonnes.", "2 million tonnes", 2e9, "kilogram / year"),
        ("Its annual grinding capacity of 520,000 tonnes is the largest.", "520,000 tonnes", 5.2e8, "kilogram / year"),
        ("Its annual production capacity is about 3 million tonnes.", "about 3 million tonnes", 3e9, "kilogram / year"),
        ("The mill's 2.7 Mt of annual melt capacity makes it the largest.", "2.7 Mt", 2.7e9, "kilogram / year"),
        ("Yearly output stood at 40 GWh.", "40 GWh", 4e10, "watt_hour / year"),
    ],
)
def test_a_time_adjective_before_a_measure_makes_a_rate(text, span, value, unit):
    surface, quantity = _one(text)
    assert (surface, quantity.value, quantity.unit, quantity.counted) == (span, value, unit, None)


def test_a_daily_measure_is_kept_in_the_base_of_its_rate():
    surface, quantity = _one("The furnace has a daily output of about 950 tonnes of glass.")
    assert surface == "about 950 tonnes" and quantity.unit == "kilogram / year" and quantity.counted == "glass"
    assert quantity.value == pytest.approx(950_000 * 365.25)


@pytest.mark.parametrize(
    "text",
    [
        "The annual report shows 2 million tonnes shipped.",  # a report, not a measure
        "Annual revenue of EUR 5 million",  # money stays a total: a year's flow is its period
        "The annual meeting approved 2 million tonnes of exports.",
        "Capacity of 2 million tonnes is planned.",  # no time told
    ],
)
def test_no_rate_without_a_time_adjective_on_a_rate_measure(text):
    for _, quantity in _figures(text):
        assert quantity.per is None and "/" not in (quantity.unit or "")


def test_the_words_are_data():
    from auditor.extract.lexicon import load_lexicon

    rates = load_lexicon().rates
    assert rates.time_adjectives["annual"].pint == "year" and "capacity" in rates.rate_measures


# --------------------------------------------------------------------------- from one level to another


def test_a_change_from_one_level_to_another_is_two_figures():
    found = _figures("Norrland Steel raised capacity from 120,000 to 180,000 tonnes a year.")
    assert [s for s, _ in found] == ["120,000", "180,000 tonnes a year"]
    assert found[0][1].unit == "kilogram" and found[0][1].value == 120e6
    found = _figures("The new line lifts the plant's capacity from 1.2 to 1.8 million tonnes.")
    assert [(s, q.value) for s, q in found] == [("1.2", 1.2e9), ("1.8 million tonnes", 1.8e9)]


@pytest.mark.parametrize(
    "text",
    ["Loads ranged from 120 to 180 tonnes.", "The group sells from 5 to 7 million tonnes a year."],
)
def test_from_to_without_a_change_is_a_range(text):
    (found,) = _figures(text)
    assert found[1].qualifier == "range"


def test_a_level_a_purpose_aims_at_is_a_target():
    from auditor.extract import extract_document, load_knowledge
    from auditor.sources import parse_document

    text = (
        "Veridane Electrolysis is spending EUR 120 million to lift annual output to 2.5 GW by 2026. "
        "Sales rose, lifting Veridane's revenue to EUR 5 million."
    )
    found = {c.evidence.text: c for c in extract_document(parse_document("doc.txt", text.encode()), load_knowledge()).claims}
    assert found["2.5 GW"].role == "target"
    assert found["EUR 5 million"].role is None


# --------------------------------------------------------------------------- comparing capacities


def test_a_bare_capacity_is_a_year_s_beside_one_per_year():
    yearly = _one("23 GWh of annual capacity")[1]
    bare = _one("a 32 GWh cell plant")[1]
    assert agree(yearly, bare) is None  # figures alone: a total is no rate
    assert agree(yearly, bare, capacity=True) is False and agree(bare, yearly, capacity=True) is False
    assert agree(_one("23 GWh a year")[1], _one("23 GWh")[1], capacity=True) is True
    # Power is a rate already; a volume told per day is not assumed to be one.
    assert agree(_one("2 GW a year")[1], _one("2.5 GW")[1], capacity=True) is None
    assert agree(_one("250,000 m³ a day")[1], _one("300,000 m³")[1], capacity=True) is None


RULE = next(rule for rule in load_rules() if rule.kind == "reference-conflict")
FACTS = parse_facts(
    """
- subject: Meridel Cocoa
  attribute: capacity
  value: "480,000"
  unit: tonnes of cocoa beans ground per year
- subject: Kessmar Fertilisers
  attribute: capacity
  value: "1.1 million"
  unit: tonnes of urea per year
""",
    "facts.yaml",
)


def _reference_findings(subject: str, sentence: str, surface: str):
    (figure,) = [f for f in find_figures(sentence) if sentence[f.start : f.end] == surface]
    found = claim(sentence, surface, kind=figure.quantity.kind, value=figure.quantity, subject=subject, event="capacity")
    return run_checks([RULE], [found], (), FACTS)


@pytest.mark.parametrize(
    ("subject", "sentence", "surface", "conflict"),
    [
        # the subject's name says what it makes
        ("Meridel Cocoa", "The company has annual grinding capacity of 520,000 tonnes.", "520,000 tonnes", True),
        ("Meridel Cocoa", "The company has annual grinding capacity of 480,000 tonnes.", "480,000 tonnes", False),
        # the words before the figure say it
        ("Kessmar Fertilisers", "Its urea capacity is 1.4 million tonnes a year.", "1.4 million tonnes a year", True),
        # only another clause of the sentence names the product: another unit's capacity
        (
            "Kessmar Fertilisers",
            "It built an ammonia unit sized at 2,000 tonnes a day and a tower that makes 1.1m tonnes of urea a year.",
            "2,000 tonnes a day",
            False,
        ),
        ("Kessmar Fertilisers", "The complex makes 1.4 million tonnes a year.", "1.4 million tonnes a year", False),
    ],
)
def test_a_capacity_that_does_not_name_its_product(subject, sentence, surface, conflict):
    assert bool(_reference_findings(subject, sentence, surface)) is conflict
