from __future__ import annotations

from pathlib import Path

import pytest

from auditor.checks.facts import FactsFileError, load_reference_facts, parse_facts, read_figure

SEED = Path(__file__).resolve().parents[1] / "rules" / "facts" / "seed-facts.yaml"
SHARED_INDUSTRIES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "industries"


def test_seed_facts_load_and_every_fact_has_a_basis():
    facts = load_reference_facts(SEED)
    assert facts
    assert all(fact.note for fact in facts)
    assert {f.subject for f in facts} >= {"Rapidus", "Illumex", "Dyna.Ai"}


def test_lines_are_recorded():
    facts = parse_facts("- subject: A\n  attribute: country\n  value: FR\n- subject: B\n  attribute: founded\n  value: 1999\n", "f.yaml")
    assert [f.line for f in facts] == [1, 4]
    assert facts[1].value == "1999" and facts[0].path == "f.yaml"


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ("- subject: A\n  attribute: colour\n  value: red\n", 2, "attribute"),
        ("- subject: A\n  attribute: amount\n  value: 5 million\n  unit: USD\n", 1, "event"),
        ("- subject: A\n  attribute: country\n", 1, "value"),
        ("- subject: A\n  attribute: country\n  value: FR\n  sauce: yes\n", 4, "sauce"),
        ("- subject: A\n  attribute: founded\n  value: long ago\n", 3, "value"),
        ("- subject: [A\n", 2, "yaml"),
    ],
)
def test_errors_name_line_and_key(text, line, key):
    with pytest.raises(FactsFileError) as info:
        parse_facts(text, "f.yaml")
    assert (info.value.line, info.value.key) == (line, key)
    assert str(info.value).startswith(f"f.yaml:{line}: {key}:")


def test_read_figure_reads_a_value_as_the_documents_are_read():
    assert read_figure("110 billion") is None  # no currency: no figure
    assert read_figure("$1.3bn").value == 1.3e9
    assert read_figure("$1.3bn").precision == pytest.approx(0.05e9)
    assert read_figure("a lot") is None
    assert read_figure("USD 5 million and EUR 3 million") is None  # two figures are not one value
    assert read_figure("2000 seats").value == 2000  # not the year 2000


def _fact(text: str):
    facts = parse_facts(text, "f.yaml")
    assert len(facts) == 1
    return facts[0]


@pytest.mark.parametrize(
    ("value", "unit", "kind", "amount", "currency"),
    [
        ("USD 14 million", None, "money", 14e6, "USD"),
        ("EUR 2.9 billion", None, "money", 2.9e9, "EUR"),
        ("GBP 150 million", None, "money", 150e6, "GBP"),
        ('"$1.3bn"', None, "money", 1.3e9, "USD"),
        ("14 million", "USD", "money", 14e6, "USD"),
        ('"2100000000"', "USD", "money", 2.1e9, "USD"),
        ("USD 14 million", "USD", "money", 14e6, "USD"),  # the unit may repeat the value's currency
    ],
)
def test_amounts_are_written_as_a_reader_writes_them(value, unit, kind, amount, currency):
    text = f"- subject: Ostrel Labs\n  attribute: amount\n  event: funding-round\n  value: {value}\n"
    if unit:
        text += f"  unit: {unit}\n"
    quantity = _fact(text).quantity
    assert (quantity.kind, quantity.value, quantity.unit) == (kind, amount, currency)


@pytest.mark.parametrize(
    ("value", "unit", "amount", "base", "counted", "per"),
    [
        ('"1.1 million"', "tonnes of urea per year", 1.1e9, "kilogram / year", "urea", None),
        ('"120,000"', "cubic metres per day", 120_000, "meter ** 3 / day", None, None),
        ('"1,000"', "litres per second", 86_400, "meter ** 3 / day", None, None),
        ("1.2", "GW", 1.2e9, "watt", None, None),
        ('"420"', "MW", 420e6, "watt", None, None),
        ('"48500"', "seats", 48_500, "count", "seats", None),
        ("4.5 Mt/yr", None, 4.5e9, "kilogram / year", None, None),
        ('"2,000"', "passengers a day", 2000, "count", "passengers", "day"),
        # A unit, what it measures, then its rate.
        ('"0.8"', "GW of fuel cells per year", 0.8e9, "watt / year", None, None),
        ('"40"', "MWh of storage", 40e6, "watt_hour", None, None),
        # A unit that says less than the value: in tonnes, what of and per what said besides.
        ("6 tonnes of glass per melt", "tonnes", 6000, "kilogram", "glass", "melt"),
    ],
)
def test_capacities_take_any_unit_the_documents_understand(value, unit, amount, base, counted, per):
    text = f"- subject: Varno plant\n  attribute: capacity\n  value: {value}\n"
    if unit:
        text += f"  unit: {unit}\n"
    quantity = _fact(text).quantity
    assert quantity.value == pytest.approx(amount)
    assert (quantity.unit, quantity.counted, quantity.per) == (base, counted, per)


@pytest.mark.parametrize(
    ("text", "line", "key", "says"),
    [
        # An amount with no currency and no unit: which money?
        ("- subject: A\n  attribute: amount\n  event: revenue\n  value: 14 million\n", 4, "value", "currency"),
        # A currency the value names and a unit that says another one.
        ("- subject: A\n  attribute: amount\n  event: revenue\n  value: EUR 14 million\n  unit: USD\n", 5, "unit", "contradicts"),
        # A unit the lexicon does not know (normal cubic metres an hour).
        ("- subject: A\n  attribute: capacity\n  value: 12\n  unit: Nm³/h\n", 4, "unit", "rules/lexicon"),
        # A value that is no number.
        ("- subject: A\n  attribute: capacity\n  value: large\n  unit: MW\n", 3, "value", "capacity"),
        # An amount that is not money.
        ("- subject: A\n  attribute: amount\n  event: revenue\n  value: 12 MW\n", 4, "value", "amount of money"),
    ],
)
def test_figure_facts_the_reader_cannot_read_are_errors_with_line_and_field(text, line, key, says):
    with pytest.raises(FactsFileError) as info:
        parse_facts(text, "f.yaml")
    assert (info.value.line, info.value.key) == (line, key)
    assert str(info.value).startswith(f"f.yaml:{line}: {key}:")
    assert says in str(info.value)


def test_non_figure_facts_have_no_quantity():
    fact = _fact("- subject: A\n  attribute: country\n  value: FR\n")
    assert fact.quantity is None


@pytest.mark.skipif(not SHARED_INDUSTRIES.is_dir(), reason="../shared/eval/industries is not on this machine")
def test_the_industries_reference_facts_written_as_a_reader_writes_them_load():
    facts = load_reference_facts(SHARED_INDUSTRIES / "reference_facts.yaml")
    figures = [f for f in facts if f.attribute in ("amount", "capacity")]
    assert figures and all(f.quantity is not None for f in figures)


def test_the_readme_example_of_figure_facts_loads():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in readme.split("```yaml")[1:]]
    (example,) = [b for b in blocks if "attribute: capacity" in b]
    facts = parse_facts("\n".join(line.strip() for line in example.splitlines()), "README.md")
    assert len(facts) == 7 and all(f.quantity is not None for f in facts)
    by_subject = {f.subject: f.quantity for f in facts}
    assert by_subject["Kestrel Fertilisers"].unit == "kilogram / year"
    assert by_subject["Kestrel Fertilisers"].counted == "urea"


def test_a_unit_field_that_describes_a_value_with_its_own_unit_is_read_with_it():
    from auditor.checks.facts import parse_facts

    (fact,) = parse_facts(
        "- subject: Orvella Power\n  attribute: capacity\n  value: \"2 GW\"\n  unit: of electrolyser stacks per year\n",
        "facts.yaml",
    )
    assert (fact.quantity.kind, fact.quantity.unit, fact.quantity.value) == ("quantity", "watt / year", 2e9)


@pytest.mark.parametrize(
    ("value", "unit"),
    [("1.6 million square metres of tiles a year", "meter ** 2 / year"), ("40 MW of heat", "watt")],
)
def test_a_value_naming_its_measure_what_it_measures_and_its_rate_is_read_alone(value, unit):
    from auditor.checks.facts import parse_facts

    (fact,) = parse_facts(f"- subject: Orvella Stone\n  attribute: capacity\n  value: {value}\n", "facts.yaml")
    assert (fact.quantity.kind, fact.quantity.unit) == ("quantity", unit)


def test_a_remark_in_brackets_after_a_unit_is_read_as_a_note():
    from auditor.checks.facts import parse_facts

    (fact,) = parse_facts(
        "- subject: Orvella Airport\n  attribute: capacity\n  value: \"12 million\"\n  unit: passengers per year (terminal)\n",
        "facts.yaml",
    )
    assert (fact.quantity.kind, fact.quantity.counted, fact.quantity.per, fact.quantity.value) == ("count", "passengers", "year", 12e6)


def test_a_participle_between_what_a_unit_measures_and_its_rate_is_read_past():
    from auditor.checks.facts import parse_facts

    (fact,) = parse_facts(
        "- subject: Dumo Hill mine\n  attribute: capacity\n  value: \"5.5 million\"\n  unit: tonnes of ore processed per year\n",
        "facts.yaml",
    )
    assert (fact.quantity.kind, fact.quantity.unit, fact.quantity.value) == ("quantity", "kilogram / year", 5.5e9)


def test_a_capacity_names_what_it_counts_and_a_unit_field_may_say_how_it_stands():
    from auditor.checks.facts import parse_facts

    (fact,) = parse_facts(
        "- subject: Voltan Charge\n  attribute: capacity\n  value: \"2,400 fast-charging points\"\n  unit: in operation\n",
        "facts.yaml",
    )
    assert (fact.quantity.kind, fact.quantity.counted, fact.quantity.value) == ("count", "fast-charging points", 2400)
    (fact,) = parse_facts("- subject: Voltan Charge\n  attribute: capacity\n  value: \"1.2 million kettles\"\n", "facts.yaml")
    assert (fact.quantity.counted, fact.quantity.value) == ("kettles", 1.2e6)
    # Words that are no count of anything stay an error.
    with pytest.raises(FactsFileError):
        parse_facts("- subject: Voltan Charge\n  attribute: capacity\n  value: \"many points\"\n", "facts.yaml")


def test_a_unit_field_that_names_what_a_count_counts_describes_it():
    from auditor.checks.facts import parse_facts

    (fact,) = parse_facts(
        "- subject: Optika Brill\n  attribute: capacity\n  value: \"1.6 million frames a year\"\n  unit: frame workshop output\n",
        "facts.yaml",
    )
    assert (fact.quantity.kind, fact.quantity.counted, fact.quantity.per, fact.quantity.value) == ("count", "frames", "year", 1.6e6)
    # A unit field naming another thing counted is still a contradiction.
    with pytest.raises(FactsFileError):
        parse_facts(
            "- subject: Optika Brill\n  attribute: capacity\n  value: \"1.6 million frames a year\"\n  unit: stores\n",
            "facts.yaml",
        )


def test_a_unit_field_that_names_no_unit_describes_a_value_that_names_its_own():
    from auditor.checks.facts import parse_facts

    (fact,) = parse_facts(
        "- subject: Morvan Smelting\n  attribute: capacity\n  value: \"850,000 tonnes a year\"\n  unit: output of the Brest smelter\n",
        "facts.yaml",
    )
    assert (fact.quantity.kind, fact.quantity.unit, fact.quantity.value) == ("quantity", "kilogram / year", 8.5e8)
    (fact,) = parse_facts(
        "- subject: Morvan Water\n  attribute: capacity\n  value: \"3 billion cans a year\"\n  unit: canning capacity of the two lines\n",
        "facts.yaml",
    )
    assert (fact.quantity.counted, fact.quantity.per, fact.quantity.value) == ("cans", "year", 3e9)
    # A field that is a unit, and another one, still contradicts the value.
    with pytest.raises(FactsFileError, match="contradicts"):
        parse_facts("- subject: Morvan Water\n  attribute: capacity\n  value: \"3 billion cans a year\"\n  unit: tonnes\n", "facts.yaml")


def test_a_fact_names_its_event_by_any_word_the_documents_reader_takes_for_it(tmp_path: Path):
    # What ``auditor check`` passes: each event by its name and by its words.
    from auditor.cli.check_command import _known_events
    from auditor.checks.rulefile import load_rules

    known = _known_events(load_rules(), None)
    text = (
        "- subject: Hutte Alba\n  attribute: amount\n  value: CHF 6.8 million\n  event: rebuild\n"
        "- subject: Hutte Alba\n  attribute: amount\n  value: CHF 40 million\n  event: Turnover\n"
        "- subject: Hutte Alba\n  attribute: amount\n  value: CHF 2 million\n  event: grant\n"
    )
    assert [fact.event for fact in parse_facts(text, "f.yaml", known_events=known)] == ["cost", "revenue", "grant"]
    with pytest.raises(FactsFileError, match="unknown event 'repainting'") as caught:
        parse_facts(text.replace("rebuild", "repainting"), "f.yaml", known_events=known)
    assert (caught.value.line, caught.value.key) == (4, "event")


def test_a_fact_names_its_event_by_a_phrase_whose_longest_known_words_name_one():
    from auditor.cli.check_command import _known_events
    from auditor.checks.rulefile import load_rules

    known = _known_events(load_rules(), None)
    text = "- subject: Hyphaworks Ltd\n  attribute: amount\n  value: GBP 14 million\n  event: Series A funding round\n"
    assert [fact.event for fact in parse_facts(text, "f.yaml", known_events=known)] == ["funding-round"]
    # A phrase of no known word, or of words naming two events, is still refused at its line.
    for phrase in ("a new coat of paint", "loan or fine"):
        with pytest.raises(FactsFileError, match="unknown event") as caught:
            parse_facts(text.replace("Series A funding round", phrase), "f.yaml", known_events=known)
        assert (caught.value.line, caught.value.key) == (4, "event")
