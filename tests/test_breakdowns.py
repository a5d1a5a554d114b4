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


@pytest.mark.parametrize(
    "text, values",
    [
        (
            "Of its 1,180 employees, 760 work in Solingen, 310 in Guimaraes and 160 in its sales offices in Europe, "
            "the United States and Japan.",
            [760, 310, 160],
        ),
        ("Of Halden's 900 staff, 600 are based in Leeds and 300 at Hull; the rest are drivers.", [600, 300]),
    ],
)
def test_the_parts_listed_after_a_count_opened_by_of(lexicon, text, values):
    from auditor.extract.breakdowns import breakdown_after_of

    number = text.index("1,180") if "1,180" in text else text.index("900")
    end = text.index(",", number + 4) if "1,180" in text else text.index(" staff") + len(" staff")
    parts = breakdown_after_of(text, number, end, lexicon)
    assert [p.value for p in parts] == values


@pytest.mark.parametrize(
    "text",
    [
        "Of its 1,180 employees, most work in Solingen.",  # no number per part
        "Of its 1,180 employees, 760 work in Solingen.",  # one part is no breakdown
        "It has 1,180 employees, 760 in Solingen and 420 in Guimaraes.",  # not opened by "Of"
    ],
)
def test_a_count_not_opened_by_of_or_with_one_part_is_no_breakdown(lexicon, text):
    from auditor.extract.breakdowns import breakdown_after_of

    number = text.index("1,180")
    parts = breakdown_after_of(text, number, number + len("1,180 employees"), lexicon)
    assert parts == ()


def test_parts_after_of_that_do_not_add_up_are_found():
    from reading_helpers import findings

    found = findings(
        "parts-sum",
        **{"release.txt": "Halden Cutlery had a good year. Of its 1,180 employees, 760 work in Solingen, 310 in Guimaraes and 160 in its sales offices."},
    )
    assert len(found) == 1
