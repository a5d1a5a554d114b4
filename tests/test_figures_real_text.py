"""Figures as real text writes them (issue 10, point 6): broken by a line
break, spaces, markup or an entity; ISO codes joined to the number; dollar
prefixes and suffixes; a decimal comma; rupee crores; negative amounts.

Each form is read by ``find_figures`` directly and, where a loader shapes the
text first (markdown emphasis, html tags and entities), end to end through
the loader and extraction."""

from __future__ import annotations

import pytest

from auditor.extract import extract_document
from auditor.extract.figures import find_figures
from auditor.sources import load_documents


def _one(text: str):
    found = find_figures(text)
    assert len(found) == 1, [(text[f.start : f.end], f.quantity) for f in found]
    return text[found[0].start : found[0].end], found[0].quantity


# --------------------------------------------------------------------------- gaps


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # A line break between the amount and its scale word.
        ("Calder Mills raised $3\nbillion from pension funds.", "$3\nbillion", 3e9),
        ("Calder Mills raised $3\r\nbillion from pension funds.", "$3\r\nbillion", 3e9),
        ("a grant of USD 12\n  million for the port", "USD 12\n  million", 12e6),
        # Markdown emphasis blanked: "**$4** billion".
        ("Calder Mills raised   $4   billion in March.", "$4   billion", 4e9),
        # An html tag blanked: "<b>$4</b> billion".
        ("Calder Mills raised    $4     billion in March.", "$4     billion", 4e9),
        # "&nbsp;" kept as one no-break space and five blanks.
        ("The port cost $38\u00a0     million to dredge.", "$38\u00a0     million", 38e6),
        # Two spaces, as typed.
        ("The port cost $38  million to dredge.", "$38  million", 38e6),
    ],
)
def test_a_gap_between_amount_and_scale_word(text, span, value):
    surface, quantity = _one(text)
    assert surface == span
    assert (quantity.kind, quantity.value, quantity.unit) == ("money", value, "USD")


def test_a_blank_line_is_no_gap():
    found = find_figures("Calder Mills raised $3\n\nbillion-dollar plans were shelved.")
    assert [f.quantity.value for f in found] == [3]


def test_a_line_break_never_joins_a_number_to_the_currency_of_the_next_line():
    # "Revenue 2024" over "EUR 5m": not EUR 2,024.
    text = "Revenue 2024\nEUR 5m"
    assert [(text[f.start : f.end], f.quantity.value) for f in find_figures(text)] == [("EUR 5m", 5e6)]


def test_a_blanked_table_cell_does_not_lend_its_currency_to_the_cell_before():
    # "| 37.0 | USD 18.4bn |" as the markdown loader blanks it.
    text = "  Harvest   37.0   USD 18.4bn   "
    found = find_figures(text)
    assert [(text[f.start : f.end], f.quantity.value) for f in found] == [("USD 18.4bn", 18.4e9)]


def test_a_blanked_gap_may_stand_before_a_physical_unit():
    surface, quantity = _one("The array adds   40   MW of capacity.")
    assert surface == "40   MW" and quantity.value == 40e6


@pytest.mark.parametrize(
    ("name", "content", "surface", "value"),
    [
        ("wrapped.txt", "Tarvo Energy raised $3\nbillion from pension funds in 2024.\n", "$3\nbillion", 3e9),
        ("bold.md", "Tarvo Energy raised **$4** billion from pension funds in 2024.\n", "$4** billion", 4e9),
        ("bold.html", "<p>Tarvo Energy raised <b>$4</b> billion from pension funds in 2024.</p>", "$4</b> billion", 4e9),
        ("entity.html", "<p>Tarvo Energy paid $38&nbsp;million for the site in 2024.</p>", "$38&nbsp;million", 38e6),
    ],
)
def test_loaders_and_extraction_read_figures_split_by_markup(tmp_path, name, content, surface, value):
    (tmp_path / name).write_text(content, encoding="utf-8")
    (document,) = load_documents([tmp_path / name]).documents
    money = [c for c in extract_document(document).claims if c.kind == "money"]
    assert [c.value.value for c in money] == [value]
    location = money[0].evidence.location
    # The claim's span is a span of the file as written.
    assert content[location.start : location.end] == surface


# --------------------------------------------------------------------------- currencies


@pytest.mark.parametrize(
    ("text", "span", "value", "currency"),
    [
        ("a loan of USD10m from the bank", "USD10m", 10e6, "USD"),
        ("a loan of EUR50m from the bank", "EUR50m", 50e6, "EUR"),
        ("a loan of AUD1.5m from the bank", "AUD1.5m", 1.5e6, "AUD"),
        ("a pledge of INR1 trillion for roads", "INR1 trillion", 1e12, "INR"),
        ("a loan of USD465m from the bank", "USD465m", 465e6, "USD"),
        ("shares at USD450 apiece", "USD450 apiece", 450, "USD"),
        ("a budget of Rs850 crore for rail", "Rs850 crore", 8.5e9, "INR"),
        ("a budget of Rs 850 crore for rail", "Rs 850 crore", 8.5e9, "INR"),
        ("raised $US5 million", "$US5 million", 5e6, "USD"),
        ("raised $A5 million", "$A5 million", 5e6, "AUD"),
        ("raised A$5 million", "A$5 million", 5e6, "AUD"),
        ("raised C$5 million", "C$5 million", 5e6, "CAD"),
        ("raised NZ$5 million", "NZ$5 million", 5e6, "NZD"),
        ("raised $NZ5 million", "$NZ5 million", 5e6, "NZD"),
        ("raised HK$5 million", "HK$5 million", 5e6, "HKD"),
        ("raised S$5 million", "S$5 million", 5e6, "SGD"),
        ("raised R$5 million", "R$5 million", 5e6, "BRL"),
        ("raised NT$5 million", "NT$5 million", 5e6, "TWD"),
    ],
)
def test_currency_forms(text, span, value, currency):
    surface, quantity = _one(text)
    assert surface == span
    assert (quantity.kind, quantity.value, quantity.unit) == ("money", value, currency)


@pytest.mark.parametrize("text", ["Delegates met at COP28 in Dubai.", "The CNY2025 gala sold out.", "BUSD10m", "USD"])
def test_joined_codes_that_are_something_else_are_no_money(text):
    assert [f for f in find_figures(text) if f.quantity.kind == "money"] == []


def test_a_listed_code_is_still_money_with_a_scale():
    surface, quantity = _one("a COP1.5bn road plan")
    assert (surface, quantity.value, quantity.unit) == ("COP1.5bn", 1.5e9, "COP")


# --------------------------------------------------------------------------- decimal comma


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("raised US$1,8 billion", 1.8e9, 0.05e9),
        ("raised US$1,85 bn", 1.85e9, 0.005e9),
        ("raised €12,5 million", 12.5e6, 0.05e6),
        ("raised US$1,800 million", 1.8e9, 0.5e6),  # a thousands separator, not a decimal comma
    ],
)
def test_decimal_comma_before_a_scale(text, value, precision):
    _, quantity = _one(text)
    assert quantity.value == pytest.approx(value)
    assert quantity.precision == pytest.approx(precision)


def test_a_thousands_separator_stays_one_without_a_scale():
    _, quantity = _one("It hired 1,800 welders.")
    assert (quantity.kind, quantity.value) == ("count", 1800)


def test_a_comma_between_numbers_is_no_decimal_comma_without_a_scale():
    # "$1,5" alone could be a list; only a scale word makes the comma decimal.
    assert [f.quantity.value for f in find_figures("prices of $1,5 and 7")] == [1]


# --------------------------------------------------------------------------- negatives


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("a net result of $-50.8bn", "$-50.8bn", -50.8e9, "USD"),
        ("a net result of -$3m", "-$3m", -3e6, "USD"),
        ("cash flow fell to \u2212$3m", "\u2212$3m", -3e6, "USD"),
        ("an operating margin of -3.5%", "-3.5%", -3.5, "percent"),
        ("a margin (-3.5%) in 2024", "-3.5%", -3.5, "percent"),
    ],
)
def test_negative_amounts(text, span, value, unit):
    surface, quantity = _one(text)
    assert surface == span
    assert (quantity.value, quantity.low, quantity.high, quantity.unit) == (value, value, value, unit)


def test_a_hyphen_inside_a_token_is_no_minus():
    found = find_figures("the Q3-$3m charge")
    assert [f.quantity.value for f in found] == [3e6]


def test_an_approximate_negative_keeps_its_bounds_in_order():
    _, quantity = _one("a loss of about $-50bn")
    assert quantity.low == pytest.approx(-55e9) and quantity.high == pytest.approx(-45e9)


def test_a_one_letter_scale_is_trusted_before_a_physical_unit_but_not_alone():
    _, quantity = _one("a tower making 1.1m tonnes of urea")
    assert (quantity.value, quantity.unit, quantity.counted) == (1.1e9, "kilogram", "urea")
    _, quantity = _one("a 10k km network")
    assert (quantity.value, quantity.unit) == (10_000_000, "meter")
    assert find_figures("a wall 5m high") == []  # five metres, or five million: no figure


def test_counts_between_two_numbers_and_listed_numbers_share_their_noun():
    def read(text):
        return [(text[f.start : f.end], f.quantity.low, f.quantity.high, f.quantity.counted) for f in find_figures(text)]

    assert read("The jet seats between 240 and 310 passengers.") == [("between 240 and 310 passengers", 240.0, 310.0, "passengers")]
    assert read("Orla and Brisk grounded 12 and 9 aircraft.") == [("12", 12.0, 12.0, "aircraft"), ("9 aircraft", 9.0, 9.0, "aircraft")]
    assert read("In 2019 and 14 stores") == [("14 stores", 14.0, 14.0, "stores")]  # a year is never a count
    assert read("Orla sold 40 and 12 more later.") == []  # no noun, no count
