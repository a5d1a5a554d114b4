"""A count broken down by place after a colon (auditor/extract/breakdowns.py), on sentences of our own."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from auditor.extract.breakdowns import breakdown


@pytest.fixture(scope="module")
def lexicon():
    return load_knowledge().lexicon


@pytest.mark.parametrize(
    "text, values",
    [
        ("It ran 41 schools: 14 in Switzerland, 10 in Italy, 8 in Spain and 9 in the United Kingdom.", [14, 10, 8, 9]),
        ("It runs 12 depots: seven in Belgium and the Netherlands and five in Poland.", [7, 5]),
        ("It has 3,400 staff: 2,100 in Leeds and 1,300 at Hull", [2100, 1300]),
    ],
)
def test_the_parts_listed_after_a_count(lexicon, text, values):
    parts = breakdown(text, text.index(":"), lexicon)
    assert [p.value for p in parts] == values
    assert all(text[p.start : p.end].replace(",", "").isdigit() or text[p.start : p.end].isalpha() for p in parts)


@pytest.mark.parametrize(
    "text",
    [
        "It ran 41 schools: 14 in Switzerland and the rest elsewhere.",  # not every part is counted
        "It ran 41 schools: 14 in Switzerland.",  # one part is no breakdown
        "It ran 41 schools: see the table below.",
        "It ran 41 schools, 14 in Switzerland and 27 in Italy.",  # no colon
    ],
)
def test_anything_else_after_a_count_is_no_breakdown(lexicon, text):
    at = text.index(":") if ":" in text else text.index(",")
    assert breakdown(text, at, lexicon) == ()
