"""Initials one story defines for a name they are no initials of, read in a
story that only writes the initials; a word the word list has for something
else ("BST", a time zone) read as the doer it is before a deed."""

from __future__ import annotations

import pytest
from reading_helpers import entity_kinds, findings

from auditor.extract import load_knowledge


@pytest.fixture(scope="module")
def knowledge():  # type: ignore[no-untyped-def]
    return load_knowledge()


WIRE = (
    "BERGEN, 14 January 2025 - Kvalvik Sjøtransport AS (KST) won a ferry contract on Friday. "
    "KST carried 3.4 million passengers in 2024, the operator said.\n"
)


def test_initials_a_story_defines_stand_for_its_name_in_a_story_that_never_spells_them_out():
    found = findings(
        "figure-mismatch",
        **{
            "wire.txt": WIRE,
            "review.md": "---\ntitle: Fjord ferries\ndate: 2025-08-26\n---\n\nKST carried 3.9 million passengers last year on its routes.\n",
        },
    )
    assert len(found) == 1
    assert {"3.4 million passengers", "3.9 million passengers"} <= {e.text for e in found[0].evidence}


def test_initials_two_stories_define_for_different_names_stand_for_neither():
    found = findings(
        "figure-mismatch",
        **{
            "wire.txt": WIRE,
            "other.txt": "OSLO, 3 March 2025 - Kirkenes Skipsverft AS (KST) builds ferries. It had 40 staff in 2024.\n",
            "review.md": "---\ntitle: Fjord ferries\ndate: 2025-08-26\n---\n\nKST carried 3.9 million passengers last year on its routes.\n",
        },
    )
    assert found == ()


def test_a_time_zone_before_a_deed_is_its_doer_and_after_a_clock_a_time_zone(knowledge):
    assert "BST" in entity_kinds("In its busiest year, BST carried 3.9 million passengers on six routes.", knowledge)
    assert "BST" in entity_kinds("BST said on Monday that it would order two more ferries.", knowledge)
    assert "BST" not in entity_kinds("The ferry left at 14:30 BST and carried 390 passengers.", knowledge)
    assert "BST" not in entity_kinds("Trading closed at 4pm BST, and volumes carried over to Monday.", knowledge)


def test_a_measure_in_capitals_that_grows_is_no_doer(knowledge):
    assert "GDP" not in entity_kinds("GDP grew 3.3% in the third quarter, the bureau said.", knowledge)
    assert "GDP" not in entity_kinds("GDP expanded by 2.1% in 2024.", knowledge)
