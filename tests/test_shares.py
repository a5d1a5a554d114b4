"""Shares of one whole listed together ("Europe accounted for 41% of sales,
Asia for 37%, ...") cannot add up to more than all of it: the ``parts-sum``
rule adds them up. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from auditor.checks import run_checks
from auditor.checks.rulefile import load_rules
from auditor.extract import extract_document, load_knowledge
from auditor.extract.figures import find_figures
from auditor.extract.shares import share_lists
from auditor.sources import parse_document

RULE = next(rule for rule in load_rules() if rule.kind == "parts-sum")


def _lists(text: str):
    figures = find_figures(text)
    return [[text[figures[i].start : figures[i].end] for i in members] for members in share_lists(text, figures)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Europe accounted for 41% of sales, Asia for 37%, the Americas for 19% and the Middle East for 11%.",
            [["41%", "37%", "19%", "11%"]],
        ),
        ("Own brands made up 41% of volume, private label 36% and bulk the remaining 29%.", [["41%", "36%", "29%"]]),
        ("Exports were 38% of sales and 62% of profit.", []),  # each names a whole of its own
        ("The BBC accounted for 83.3% of its turnover, down from 87.4% a year before.", []),  # another year
        ("Revenue rose 5% of late, and margins 12%.", []),  # a change opens no list
        ("Online orders were 30% of sales.", []),  # one share is no list
    ],
)
def test_a_list_of_shares_of_one_whole(text, expected):
    assert _lists(text) == expected


def _findings(text: str):
    document = parse_document("results.txt", text.encode("utf-8"))
    return run_checks([RULE], list(extract_document(document, load_knowledge()).claims), [document])


def test_shares_that_add_up_to_more_than_the_whole():
    (finding,) = _findings("Europe accounted for 41% of Halvard's sales, Asia for 37%, the Americas for 19% and the Middle East for 11%.")
    assert "108%" in finding.message and len(finding.evidence) == 4


@pytest.mark.parametrize(
    "text",
    [
        "Europe accounted for 41% of Halvard's sales, Asia for 27%, the Americas for 19% and the Middle East for 11%.",
        "Europe accounted for 41% of Halvard's sales, Asia for 37% and the Americas for 22.4%.",  # 100.4: rounding
        "Europe accounted for 41% of Halvard's sales and Asia for 37%.",  # the rest left out
    ],
)
def test_shares_within_the_whole(text):
    assert _findings(text) == []


def test_percentages_add_up_only_as_shares():
    # "of which" parts of a percentage are no sum the rule checks.
    assert _findings("Margins rose to 9%, of which 4% came from pricing, 3% from volume and 4% from costs.") == []
