"""A whole stated with its parts (auditor/extract/sums.py) and the parts-sum
check that adds them up. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from auditor.checks import run_checks
from auditor.checks.rulefile import load_rules
from auditor.extract import extract_document, load_knowledge
from auditor.sources import parse_document

RULE = next(rule for rule in load_rules() if rule.kind == "parts-sum")


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def read(text: str, knowledge, path: str = "doc.md"):
    document = parse_document(path, text.encode("utf-8"))
    return document, extract_document(document, knowledge).claims


def findings(text: str, knowledge, path: str = "doc.md"):
    document, claims = read(text, knowledge, path)
    return run_checks([RULE], list(claims), [document], ())


def parts(claims):
    return {c.evidence.text: c.part_of for c in claims if c.part_of is not None}


def claim_at(claims, surface):
    (found,) = [c for c in claims if c.evidence.text == surface]
    return found


def test_a_list_after_comprises_is_the_whole_list_of_parts(knowledge):
    _, claims = read(
        "The refit comprises $42 million for new engines and $18 million for cabins, bringing its total cost to $60 million.",
        knowledge,
    )
    whole = claim_at(claims, "$60 million")
    assert parts(claims) == {"$42 million": whole.id, "$18 million": whole.id}


def test_the_whole_may_stand_right_before_the_list(knowledge):
    _, claims = read("The $75 million plan consists of $50 million for housing and $25 million for parks.", knowledge)
    whole = claim_at(claims, "$75 million")
    assert parts(claims) == {"$50 million": whole.id, "$25 million": whole.id}


def test_other_figures_inside_a_part_are_not_parts(knowledge):
    # "12 years" is a duration inside the second part, not a third sum.
    _, claims = read(
        "The deal comprises $90 million for the ships and $30 million for 12 years of servicing, "
        "bringing its total value to $120 million.",
        knowledge,
    )
    assert set(parts(claims)) == {"$90 million", "$30 million"}


@pytest.mark.parametrize(
    "text",
    [
        # "including" lists only some of the parts.
        "The $75 million plan includes $50 million for housing and $20 million for parks.",
        # A running total after new orders is no sum of the orders.
        "Corla Air ordered 20 jets in May and 15 in June, bringing its total orders to 90 jets.",
        # Alternatives and changes are no list of parts.
        "The scheme consists of $50 million or $60 million, up from $40 million.",
    ],
)
def test_no_whole_without_a_full_list_of_parts(knowledge, text):
    _, claims = read(text, knowledge)
    assert parts(claims) == {}


def test_parts_that_do_not_add_up_are_reported_with_every_figure(knowledge):
    found = findings(
        "The refit comprises $42 million for new engines and $18 million for cabins, bringing its total cost to $65 million.",
        knowledge,
    )
    assert len(found) == 1
    assert {e.text for e in found[0].evidence} == {"$42 million", "$18 million", "$65 million"}
    assert "add up to USD 60 million" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "The refit comprises $42 million for new engines and $18 million for cabins, bringing its total cost to $60 million.",
        # Within the rounding of the figures as written: 1.4 + 2.3 may be 3.6 to 3.8.
        "The upgrade is made up of $1.4 billion for track and $2.3 billion for trains, a total of $3.6 billion.",
    ],
)
def test_parts_that_add_up_within_rounding_are_not_reported(knowledge, text):
    assert findings(text, knowledge) == []


TABLE = """# Kestrel Port Authority: budget

Kestrel Port Authority has set a budget of USD 4.1 billion for 2025.

## Spending by line item (USD billion)

| Line item | 2024 | 2025 |
|---|---|---|
| Channel dredging | 1.20 | 1.30 |
| Terminal works | 2.05 | 2.10 |
| of which: cranes | 0.40 | 0.45 |
| Site security | 0.60 | 0.70 |
| Total | 3.85 | {total} |
"""


def test_a_total_row_that_is_not_the_sum_of_its_line_items_is_reported(knowledge):
    found = findings(TABLE.format(total="4.30"), knowledge)
    assert len(found) == 1
    texts = [e.text for e in found[0].evidence]
    # The 2025 items (not the "of which" row) and the Total cell; the text's
    # budget states the items' sum and is cited on their side.
    assert "4.30" in texts and "1.30" in texts and "2.10" in texts and "0.70" in texts
    assert "0.45" not in texts


def test_a_total_row_that_is_the_sum_of_its_line_items_is_not_reported(knowledge):
    assert findings(TABLE.format(total="4.10"), knowledge) == []


MAKERS = """# Order books at the end of March

| Company | Backlog (GW) | Staff |
|---|---|---|
| Halvor Energy | 1.6 | 420 |
| Brisk Hydrogen Group | 0.7 | 300 |
{extra}| Total | {total} | 720 |

Between them the makers had a combined order backlog of 2.3 GW at the end of March.
"""


def test_a_total_row_under_rows_of_entities_is_their_sum(knowledge):
    found = findings(MAKERS.format(extra="", total="2.9"), knowledge)
    assert len(found) == 1
    texts = [e.text for e in found[0].evidence]
    # The Total cell, each maker's figure, and the text's sum on their side.
    assert "2.9" in texts and "1.6" in texts and "0.7" in texts and "2.3 GW" in texts
    assert findings(MAKERS.format(extra="", total="2.3"), knowledge) == []


def test_a_total_row_under_rows_not_all_read_as_entities_is_no_sum_of_them(knowledge):
    # A row whose label is lost ("| | 0.6 |") is summed too: the maker rows
    # are not all the rows above the total.
    assert findings(MAKERS.format(extra="| | 0.6 | 0 |\n", total="2.9"), knowledge) == []


def test_the_rule_is_in_the_default_pack_with_its_examples():
    assert RULE.id == "parts-sum" and RULE.passes and RULE.fails
