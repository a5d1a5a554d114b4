"""Readings added in round 43, each on sentences of our own.

- A short name that opens two full names is the one a reader has met when
  it comes, where the other is first named only after its last use; a
  sentence that tells the two apart ("should not be confused with") sets
  aside only the one it introduces.
- A letter on an organisation's letterhead ("TARNWELL HOLDINGS LP" over
  "Dear shareholders,") is that organisation's own, written as "we"; in a
  paragraph it writes as "we", a description with a place ("the Wrexham
  company") is another company, and a place of several words ("the Milton
  Keynes company") is such a cue.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _subject(claims, surface: str) -> str | None:  # type: ignore[no-untyped-def]
    claim = figure(claims, surface)
    return claim.subject.name if claim.subject else None


LETTER = """TARNWELL HOLDINGS LP
Half-year letter to shareholders
Leeds, 3 July 2025

Dear shareholders,

Brackley Bakeries, our second-largest holding, traded well. Its sales rose 6% to £14.2 million in the half. The Milton Keynes company now runs 61 shops, and it opened four more in June.

In May Brackley bought Pennyfield Ovens for £2.1 million. We think the bakery market will keep consolidating.

Brackley Bakeries should not be confused with Brackley Bakery Supplies, the flour merchant.

Yours faithfully,
Ann Lowe, managing partner
"""


def test_a_letterheads_letter_is_its_own_and_a_placed_description_is_another_company(knowledge):
    claims = claims_of(LETTER, knowledge)
    assert _subject(claims, "61 shops") == "Brackley Bakeries"
    assert _subject(claims, "£14.2 million") == "Brackley Bakeries"


def test_a_short_name_is_the_full_name_met_before_it(knowledge):
    claims = claims_of(LETTER, knowledge)
    assert _subject(claims, "£2.1 million") == "Brackley Bakeries"


def test_without_a_salutation_the_letterhead_is_no_writer(knowledge):
    # The same text as a plain note (no "Dear ...,"): nothing says the
    # letterhead's organisation writes it, so its description is not ruled out.
    text = LETTER.replace("Dear shareholders,\n", "")
    claims = claims_of(text, knowledge)
    assert _subject(claims, "£14.2 million") == "Brackley Bakeries"


def test_a_full_name_met_between_two_uses_keeps_the_short_name_ambiguous(knowledge):
    text = (
        "Brackley Bakeries opened a shop in Leeds. Brackley Bakery Supplies sells flour. "
        "In May Brackley bought Pennyfield Ovens for £2.1 million. Brackley also bought a van for £40,000."
    )
    claims = claims_of(text, knowledge)
    assert _subject(claims, "£2.1 million") != "Brackley Bakery Supplies"
