"""What a figure measures when the "of X" after it names it ("EUR 38
billion of card payments", "840,000 hectares of forest"), and the date a
longer first line gives a document ("broadcast Tuesday 24 June 2025"), from
which its "last year" counts. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from auditor.extract import extract_document, load_knowledge
from auditor.extract.named_measures import measure_named_after
from auditor.sources import parse_document


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _claims(text: str, knowledge, path: str = "doc.txt"):
    return extract_document(parse_document(path, text.encode()), knowledge).claims


def _claim(text: str, surface: str, knowledge):
    (found,) = [c for c in _claims(text, knowledge) if c.evidence.text == surface]
    return found


@pytest.mark.parametrize(
    ("after", "kind", "measure"),
    [
        (" of card payments in 2024", "money", "card payment"),
        (" of forest in Vasterbotten", "quantity", "forest"),
        (" of irrigated groves that supply", "quantity", "irrigated grove"),
        (" of track last year", "quantity", "track"),
        (" of the total", "money", None),  # a part of a whole, no measure
        (" of the budget", "money", None),  # a part of a whole the text told of
        (" of gas", "quantity", "gas"),
        (" of oil currently produced", "quantity", "oil"),
        (" of its own cash", "money", None),
        (" of beans processed", "quantity", "bean"),  # the participle is a relative clause verb
        (" of the lithium", "percent", None),  # a share is of what its verb did: not named so
        (" in 2024", "money", None),
    ],
)
def test_the_of_phrase_after_a_figure_names_its_measure(knowledge, after, kind, measure):
    assert measure_named_after(after, 0, kind, knowledge.lexicon, knowledge.events) == measure


def test_two_stories_of_one_measure_named_so_are_one_fact(knowledge):
    first = _claim("Kovara Pay handled EUR 38 billion of card payments in 2024.", "EUR 38 billion", knowledge)
    second = _claim("Kovara Pay processed EUR 42 billion of card payments in 2024.", "EUR 42 billion", knowledge)
    assert first.event == second.event == "card payment"
    assert (first.lasts, first.time.year) == ("periodic", 2024)
    owned = _claim("Granholt Forest owns 840,000 hectares of forest.", "840,000 hectares", knowledge)
    assert (owned.event, owned.lasts) == ("forest", "stock")


def test_a_trigger_still_names_the_measure_before_the_of_phrase(knowledge):
    assert _claim("Tessaro Group reported revenue of EUR 38 billion of which exports were half.", "EUR 38 billion", knowledge).event == "revenue"


def test_a_longer_first_line_that_says_when_it_was_published_dates_the_document(knowledge):
    text = (
        'CITY FM - "The Business Hour", broadcast Tuesday 24 June 2025\n'
        "Guest: Siobhan Keane, chief executive of Kovara Pay.\n\n"
        "KEANE: We have 57,000 merchants, and last year we processed forty-two billion euros of card payments.\n"
    )
    found = _claim(text, "forty-two billion euros", knowledge)
    assert found.time.year == 2024 and found.event == "card payment"


def test_a_longer_first_line_with_a_date_of_something_else_dates_nothing(knowledge):
    text = (
        "Results for the twelve months of trading that ended on 31 December 2024\n\n"
        "Last year Tessaro Group handled EUR 40 billion of card payments.\n"
    )
    found = _claim(text, "EUR 40 billion", knowledge)
    assert found.time is None or found.time.year != 2023


def test_a_price_per_unit_of_something_is_no_amount_of_it(knowledge):
    assert _claim("Brent traded at $75 per barrel of crude oil.", "$75 per barrel", knowledge).event != "crude oil"


@pytest.mark.parametrize("told", ["has 4.5 million cubic metres of reserves", "has proven reserves of 4.5 million cubic metres"])
def test_a_noun_the_lexicon_names_an_event_by_is_that_event_after_of_as_before(told, knowledge):
    assert _claim(f"Orvik Marmor's quarry {told}.", "4.5 million cubic metres", knowledge).event == "reserves"
