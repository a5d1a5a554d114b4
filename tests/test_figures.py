"""Table-driven tests for find_figures: every written form, its value, bounds,
unit, qualifier, precision and span."""

from __future__ import annotations

import math

import pytest

from auditor.extract.figures import figure_anchors, find_figures

INF = None  # an unbounded side


def _one(text: str):
    found = find_figures(text)
    assert len(found) == 1, [(text[f.start : f.end], f.quantity) for f in found]
    return text[found[0].start : found[0].end], found[0].quantity


def _close(a, b):
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# text, span, kind, value, low, high, unit, qualifier
MONEY = [
    ("OpenAI secured over $110 billion in new funding", "over $110 billion", "money", 110e9, 110e9, INF, "USD", "over"),
    ("its valuation to approximately $730 billion.", "approximately $730 billion", "money", 730e9, 657e9, 803e9, "USD", "about"),
    ("pledged over €1.2 billion toward", "over €1.2 billion", "money", 1.2e9, 1.2e9, INF, "EUR", "over"),
    ("led by giants such as Amazon ($50 billion), Nvidia", "$50 billion", "money", 50e9, 50e9, 50e9, "USD", "exact"),
    ("a $110 billion plan", "$110 billion", "money", 110e9, 110e9, 110e9, "USD", "exact"),
    ("US$ 5m", "US$ 5m", "money", 5e6, 5e6, 5e6, "USD", "exact"),
    ("USD 12 million", "USD 12 million", "money", 12e6, 12e6, 12e6, "USD", "exact"),
    ("EUR 450 million", "EUR 450 million", "money", 450e6, 450e6, 450e6, "EUR", "exact"),
    ("450 million euros", "450 million euros", "money", 450e6, 450e6, 450e6, "EUR", "exact"),
    ("£3bn", "£3bn", "money", 3e9, 3e9, 3e9, "GBP", "exact"),
    ("$3 bn", "$3 bn", "money", 3e9, 3e9, 3e9, "USD", "exact"),
    ("$1.3B", "$1.3B", "money", 1.3e9, 1.3e9, 1.3e9, "USD", "exact"),
    ("¥200 billion", "¥200 billion", "money", 200e9, 200e9, 200e9, "JPY", "exact"),
    ("Rs 500 crore", "Rs 500 crore", "money", 5e9, 5e9, 5e9, "INR", "exact"),
    ("₹35 lakh", "₹35 lakh", "money", 3.5e6, 3.5e6, 3.5e6, "INR", "exact"),
    ("C$ 16.4 million", "C$ 16.4 million", "money", 16.4e6, 16.4e6, 16.4e6, "CAD", "exact"),
    ("between c $ 16.4 million", "c $ 16.4 million", "money", 16.4e6, 16.4e6, 16.4e6, "CAD", "exact"),
    ("A$ 7 million", "A$ 7 million", "money", 7e6, 7e6, 7e6, "AUD", "exact"),
    ("HK$ 10.05 billion", "HK$ 10.05 billion", "money", 10.05e9, 10.05e9, 10.05e9, "HKD", "exact"),
    ("S$ 20 million", "S$ 20 million", "money", 20e6, 20e6, 20e6, "SGD", "exact"),
    ("CHF 40 million", "CHF 40 million", "money", 40e6, 40e6, 40e6, "CHF", "exact"),
    ("100 billion yuan", "100 billion yuan", "money", 100e9, 100e9, 100e9, "CNY", "exact"),
    ("35 lakh rupees", "35 lakh rupees", "money", 3.5e6, 3.5e6, 3.5e6, "INR", "exact"),
    ("361 million pounds sterling", "361 million pounds sterling", "money", 361e6, 361e6, 361e6, "GBP", "exact"),
    ("125 million australian dollars", "125 million australian dollars", "money", 125e6, 125e6, 125e6, "AUD", "exact"),
    ("420 million finnish markka", "420 million finnish markka", "money", 420e6, 420e6, 420e6, "FIM", "exact"),
    ("5 dollars", "5 dollars", "money", 5, 5, 5, "USD", "exact"),
    ("50 cents", "50 cents", "money", 0.5, 0.5, 0.5, "USD", "exact"),
    ("five million yen", "five million yen", "money", 5e6, 5e6, 5e6, "JPY", "exact"),
    ("half a million dollars", "half a million dollars", "money", 5e5, 5e5, 5e5, "USD", "exact"),
    ("a billion dollars", "a billion dollars", "money", 1e9, 1e9, 1e9, "USD", "exact"),
    ("$94,000", "$94,000", "money", 94000, 94000, 94000, "USD", "exact"),
    ("$5m+", "$5m+", "money", 5e6, 5e6, INF, "USD", "over"),
    ("~$5m", "~$5m", "money", 5e6, 4.5e6, 5.5e6, "USD", "about"),
    ("nearly $5 million", "nearly $5 million", "money", 5e6, 4.5e6, 5e6, "USD", "about"),
    ("up to $2 billion", "up to $2 billion", "money", 2e9, INF, 2e9, "USD", "under"),
    ("in excess of $2 billion", "in excess of $2 billion", "money", 2e9, 2e9, INF, "USD", "over"),
    ("an estimated $470 million", "an estimated $470 million", "money", 470e6, 423e6, 517e6, "USD", "about"),
    ("thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", "money", 13.45, 13.45, 13.45, "USD", "exact"),
    ("a 12-cent dividend", "12-cent", "money", 0.12, 0.12, 0.12, "USD", "exact"),
]

RANGES = [
    ("between $50 and $70 million", "between $50 and $70 million", "money", 50e6, 50e6, 70e6, "USD", "range"),
    ("$50-70 million", "$50-70 million", "money", 50e6, 50e6, 70e6, "USD", "range"),
    ("$50 million to $70 million", "$50 million to $70 million", "money", 50e6, 50e6, 70e6, "USD", "range"),
    ("between $500,000 and $2 million", "between $500,000 and $2 million", "money", 5e5, 5e5, 2e6, "USD", "range"),
    ("from 3 to 5 GW", "from 3 to 5 GW", "quantity", 3e9, 3e9, 5e9, "watt", "range"),
    ("5–7%", "5–7%", "percent", 5, 5, 7, "percent", "range"),
    ("between 5 and 7 percent", "between 5 and 7 percent", "percent", 5, 5, 7, "percent", "range"),
]

PERCENT = [
    ("3.5%", "3.5%", "percent", 3.5, 3.5, 3.5, "percent", "exact"),
    ("3.5 %", "3.5 %", "percent", 3.5, 3.5, 3.5, "percent", "exact"),
    ("12 percent", "12 percent", "percent", 12, 12, 12, "percent", "exact"),
    ("twelve per cent", "twelve per cent", "percent", 12, 12, 12, "percent", "exact"),
    ("40 percentage points", "40 percentage points", "percent", 40, 40, 40, "percentage_point", "exact"),
    ("more than 20%", "more than 20%", "percent", 20, 20, INF, "percent", "over"),
]

QUANTITIES = [
    ("an 8-exaflop AI-powered supercomputer", "8-exaflop", "quantity", 8e18, 8e18, 8e18, "FLOPS", "exact"),
    ("8000 petaflops", "8000 petaflops", "quantity", 8e18, 8e18, 8e18, "FLOPS", "exact"),
    ("a 500 MW campus", "500 MW", "quantity", 5e8, 5e8, 5e8, "watt", "exact"),
    ("5 megawatts", "5 megawatts", "quantity", 5e6, 5e6, 5e6, "watt", "exact"),
    ("2 GWh", "2 GWh", "quantity", 2e9, 2e9, 2e9, "watt_hour", "exact"),
    ("3 gigawatt-hours", "3 gigawatt-hours", "quantity", 3e9, 3e9, 3e9, "watt_hour", "exact"),
    ("a 2nm node", "2nm", "quantity", 2e-9, 2e-9, 2e-9, "meter", "exact"),
    ("10 TB", "10 TB", "quantity", 10e12, 10e12, 10e12, "byte", "exact"),
    ("400 Gbps", "400 Gbps", "quantity", 400e9, 400e9, 400e9, "bit / second", "exact"),
    ("about 1,000 hectares", "about 1,000 hectares", "quantity", 1e7, 0.9e7, 1.1e7, "meter ** 2", "about"),
    ("1.2 million tonnes", "1.2 million tonnes", "quantity", 1.2e9, 1.2e9, 1.2e9, "kilogram", "exact"),
]

COUNTS = [
    ("500 employees", "500 employees", 500, "employees", "exact"),
    ("three acquisitions", "three acquisitions", 3, "acquisitions", "exact"),
    ("building 12 new data centers", "12 new data centers", 12, "data centers", "exact"),
    ("two dozen startups", "two dozen startups", 24, "startups", "exact"),
    ("1.2 million users", "1.2 million users", 1.2e6, "users", "exact"),
    ("twenty-five engineers", "twenty-five engineers", 25, "engineers", "exact"),
    ("more than 500 employees", "more than 500 employees", 500, "employees", "over"),
    ("500+ employees", "500+ employees", 500, "employees", "over"),
]


@pytest.mark.parametrize("text,span,kind,value,low,high,unit,qualifier", MONEY + RANGES + PERCENT + QUANTITIES)
def test_figure_forms(text, span, kind, value, low, high, unit, qualifier):
    written, q = _one(text)
    assert written == span
    assert q.kind == kind
    assert q.unit == unit
    assert q.qualifier == qualifier
    assert _close(q.value, value)
    assert _close(q.low, low)
    assert _close(q.high, high)


@pytest.mark.parametrize("text,span,value,counted,qualifier", COUNTS)
def test_counts(text, span, value, counted, qualifier):
    written, q = _one(text)
    assert written == span
    assert (q.kind, q.unit) == ("count", "count")
    assert _close(q.value, value)
    assert q.counted == counted
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    "text,precision",
    [("$1.3 billion", 0.05e9), ("$1,300 million", 0.5e6), ("$110 billion", 0.5e9), ("$94,000", 0.5), ("3.25%", 0.005)],
)
def test_precision_is_half_the_last_written_digit(text, precision):
    _, q = _one(text)
    assert _close(q.precision, precision)


@pytest.mark.parametrize(
    "text,qualifier_text",
    [("over $110 billion", "over"), ("approximately $730 billion", "approximately"), ("$5m+", "+"), ("$5 million", None)],
)
def test_qualifier_text_is_kept_as_written(text, qualifier_text):
    _, q = _one(text)
    assert q.qualifier_text == qualifier_text


MAGNITUDES = [
    ("closed an eight-figure Series A funding round", "eight-figure", "money", None, 1e7, 1e8),
    ("an 8-figure sum", "8-figure", "money", None, 1e7, 1e8),
    ("a nine-figure deal", "nine-figure", "money", None, 1e8, 1e9),
    ("attracting hundreds of millions in funding", "hundreds of millions", "money", None, 1e8, 1e9),
    ("hundreds of millions of dollars", "hundreds of millions of dollars", "money", "USD", 1e8, 1e9),
    ("tens of millions of euros", "tens of millions of euros", "money", "EUR", 1e7, 1e8),
    ("billions of dollars", "billions of dollars", "money", "USD", 1e9, 1e12),
    ("several million users", "several million users", "count", "count", 2e6, 1e7),
]


@pytest.mark.parametrize("text,span,kind,unit,low,high", MAGNITUDES)
def test_magnitudes(text, span, kind, unit, low, high):
    written, q = _one(text)
    assert written == span
    assert (q.kind, q.unit, q.qualifier) == (kind, unit, "magnitude")
    assert _close(q.value, low) and _close(q.low, low) and _close(q.high, high)


def test_qualifier_applies_to_the_first_of_two_amounts():
    text = "investing more than $1.7 billion and $24 billion, respectively, to ensure"
    found = find_figures(text)
    assert [text[f.start : f.end] for f in found] == ["more than $1.7 billion", "$24 billion"]
    assert found[0].quantity.qualifier == "over" and found[0].quantity.low == 1.7e9
    assert found[1].quantity.qualifier == "exact" and found[1].quantity.value == 24e9


def test_change_is_two_figures_not_a_range():
    text = "sales rose 6% to $1.45 billion"
    found = find_figures(text)
    assert [(f.quantity.kind, f.quantity.value) for f in found] == [("percent", 6), ("money", 1.45e9)]


@pytest.mark.parametrize(
    "text",
    [
        "HBM4 memory modules",
        "TSMC's N6 and N2 process nodes",
        "Qwen 3.5, GLM 5, and MiniMax 2.5 models",
        "the rollout of PCIe 8.0 standards",
        "The 2024–2026 Global AI Infrastructure Race",
        "Gemini 3.1 Flash-Lite, introduced as the fastest",
        "Huawei's A2A-T (agent communication framework)",
        "In 2024, the AI race",
        "at events like MWC 2026, signaling",
        "Series A funding",
        "at 5:30 pm",
        "Section 3 requirements apply",
        "one of the largest",
        "the 3rd quarter",
        "All 70 of us.",
        "5m away",
        "a $ 70 - a - share price",
    ],
)
def test_nothing_else_is_a_figure(text):
    found = [(text[f.start : f.end], f.quantity.kind) for f in find_figures(text)]
    if text.startswith("a $ 70"):
        assert found == [("$ 70", "money")]
    else:
        assert found == []


def test_seed_sentences():
    text = (
        "OpenAI’s $110 billion funding round, led by giants such as Amazon ($50 billion), Nvidia, "
        "and SoftBank. Startups like MatX raised $500 million to challenge Nvidia’s dominance, "
        "while Flux secured $37 million."
    )
    found = find_figures(text)
    assert [(text[f.start : f.end], f.quantity.value) for f in found] == [
        ("$110 billion", 110e9),
        ("$50 billion", 50e9),
        ("$500 million", 500e6),
        ("$37 million", 37e6),
    ]


def test_spans_are_offsets_into_the_given_string():
    text = "x" * 7 + " raised $60 million"
    (figure,) = find_figures(text)
    assert text[figure.start : figure.end] == "$60 million"


@pytest.mark.parametrize(
    "text,expected",
    [("no figures here", False), ("raised $5", True), ("three startups", True), ("€", True), ("in 2024", True),
     ("Several rounds", True), ("plain words only", False)],
)
def test_figure_anchors_pre_filter(text, expected):
    assert bool(figure_anchors(text)) is expected


def test_prefilter_never_hides_a_figure():
    for text in ["over $110 billion", "eight-figure round", "hundreds of millions in funding", "5 MW", "12%"]:
        assert figure_anchors(text) and find_figures(text)


def test_a_rate_s_time_may_be_followed_by_where_but_a_year_on_is_later():
    from auditor.extract.figures import find_figures
    from auditor.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    (crowd,) = find_figures("The festival drew 48,000 people a day on the coast.", lexicon)
    assert crowd.quantity.per == "day"
    (staff,) = find_figures("A year on, it had 4,000 staff.", lexicon)
    assert staff.quantity.per is None


@pytest.mark.parametrize("written", ["4.1", "4.15", "8.2", "0.3", "19.7", "1.345"])
def test_a_scaled_decimal_is_the_whole_number_it_writes(written):
    # 4.1 x 1,000,000 is 4,099,999.9999999995 in binary floating point: a count of
    # "4.1 million passengers" must still be read, and its value be exact.
    _, quantity = _one(f"The line carried {written} million passengers.")
    assert quantity.kind == "count"
    assert quantity.value == round(float(written) * 1_000_000)


def test_a_deeds_count_of_an_owners_things_counts_them():
    from auditor.extract import extract_document, load_knowledge
    from auditor.sources import parse_document

    def counts(text):
        claims = extract_document(parse_document("a.txt", text.encode()), load_knowledge()).claims
        return {c.evidence.text: c.value.counted for c in claims if c.kind == "count"}

    assert counts("Velmora shipped more than 3,000 of its cooling units in 2024.") == {"more than 3,000": "cooling units"}
    assert counts("Two of its plants are running late.") == {}  # a subset, named by no deed
    assert "four" not in counts("AirTran canceled four of its eleven scheduled flights.")  # a part of a count


def test_a_count_whose_noun_is_left_out_counts_what_the_count_before_it_counts():
    text = "The clinics recorded 1.25 million patient visits in the half, beating the 2.1 million it recorded in 2024."
    found = [(text[f.start : f.end], f.quantity.value, f.quantity.counted) for f in find_figures(text)]
    assert found == [("1.25 million patient visits", 1.25e6, "patient visits"), ("2.1 million", 2.1e6, "patient visits")]
    # With no count before it, a bare number is no figure.
    assert find_figures("It beat the 2.1 million it recorded in 2024.") == []


@pytest.mark.parametrize("text, low, high", [("438 koz", 438e3, 438e3), ("430-460 koz", 430e3, 460e3), ("1.2 Moz", 1.2e6, 1.2e6)])
def test_a_miners_thousands_and_millions_of_ounces(text, low, high):
    ounce = find_figures("1 ounce")[0].quantity.value
    (found,) = find_figures(text)
    assert (found.start, found.end) == (0, len(text)) and found.quantity.unit == "kilogram"
    assert _close(found.quantity.low, low * ounce) and _close(found.quantity.high, high * ounce)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("the 4,800-square-metre loft floor", "4,800-square-metre", 4800.0),
        ("a 4,800 square metre floor", "4,800 square metre", 4800.0),
        ("a 1.2-square-kilometre site", "1.2-square-kilometre", 1.2e6),
    ],
)
def test_an_area_written_in_the_singular_before_its_noun(text, span, value):
    written, q = _one(text)
    assert (written, q.unit) == (span, "meter ** 2") and _close(q.value, value)


@pytest.mark.parametrize(
    "text, kind, unit",
    [
        ("Moxee Flats harvested 2.9 million pounds of hops in 2024.", "quantity", "kilogram"),
        ("The roaster sold 12,000 pounds of coffee.", "quantity", "kilogram"),
        ("The council paid 5 million pounds of investment into the port.", "money", "GBP"),
        ("It signed a 40 million pound deal.", "money", "GBP"),
    ],
)
def test_pounds_of_a_thing_weighed_are_a_weight_and_of_money_a_sum(text, kind, unit):
    (found,) = find_figures(text)
    assert (found.quantity.kind, found.quantity.unit) == (kind, unit)
