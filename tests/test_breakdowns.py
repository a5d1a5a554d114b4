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
    "text, whole, values",
    [
        # where or when the whole is told, between it and the colon
        ("The line sold 4.1 million tickets in 2025: 2.6 million on weekdays and 1.5 million at weekends.", "tickets", [2.6e6, 1.5e6]),
        ("It ran 58 barges on the Rhine: 31 on our own contracts, 19 for charterers and 8 in repair yards.", "barges", [31, 19, 8]),
        ("It had 120 shops at the end of June: 70 in Austria and 50 in Slovenia.", "shops", [70, 50]),
    ],
)
def test_the_parts_after_where_or_when_the_whole_is_told(lexicon, text, whole, values):
    parts = breakdown(text, text.index(whole) + len(whole), lexicon)
    assert [p.value for p in parts] == values


@pytest.mark.parametrize(
    "text",
    [
        "It ran 41 schools: 14 in Switzerland, 10 in Italy and the rest elsewhere.",  # the rest is not counted
        "It sold 4.1 million tickets in 2025: 2.6 million on weekdays, with more in summer.",  # one part
        "It ran 58 barges on the Rhine, of which 31 on contracts and 19 for charterers.",  # no colon
    ],
)
def test_a_list_that_leaves_a_part_uncounted_is_no_breakdown(lexicon, text):
    whole = "schools" if "schools" in text else "tickets" if "tickets" in text else "barges"
    assert breakdown(text, text.index(whole) + len(whole), lexicon) == ()


def test_parts_told_on_what_that_do_not_add_up_are_found():
    from reading_helpers import findings

    found = findings(
        "parts-sum",
        **{"review.txt": "Osterwald Reisen had a good year. It carried 2.36 million passengers in 2024: 1.22 million on domestic lines and 1.24 million on international routes."},
    )
    assert len(found) == 1


def test_parts_that_add_up_are_no_finding_and_no_figures_of_their_own():
    from reading_helpers import findings

    text = "Osterwald Reisen had a good year. It carried 2.46 million passengers in 2024: 1.22 million on domestic lines and 1.24 million on international routes."
    assert findings("parts-sum", **{"review.txt": text}) == ()
    assert findings("figure-mismatch", **{"review.txt": text}) == ()


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
