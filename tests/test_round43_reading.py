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
- "another" figure adds to one of the same thing: "Our 46 volunteers ...
  without them we would need another five staff" leaves the volunteers whole.
- Two things counted together keep their rate: "85,000 loaves and rolls a
  day" (and a facts file's unit "loaves and rolls per day"); "loaves" is
  the plural of "loaf".
- The owner's others named right after them act for themselves: "Our
  neighbours Riverlea Leisure ... recorded 3.2 million visits".
- A note that says the words before it were wrong ("[Editor's note: she
  misremembered; the firm was founded in 2012]") sets them aside.
- What a price was paid for is not the payer: "We paid £3.4 million for the
  business, and its nine shops ..." are the business's shops.
- A site's navigation (``<nav>``) is no prose; "Margaret and Colin Ashdown"
  are two people; an email's bold "**From:**" names its sender, who writes
  as an organisation even when named as its premises are; "It hardly seems
  eleven years since" points at nothing.
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


def test_another_figure_adds_only_to_the_same_thing(knowledge):
    claims = claims_of("Our 46 volunteers make that possible: without them we would need another five staff.", knowledge)
    assert figure(claims, "46 volunteers").role is None
    claims = claims_of("Fenwick Haulage has 46 trucks and will buy another 12 trucks.", knowledge)
    assert figure(claims, "46 trucks").role == "part"


def test_two_things_counted_together_keep_their_rate(knowledge):
    claim = figure(claims_of("The Warrington bakery bakes 85,000 loaves and rolls a day.", knowledge), "85,000 loaves and rolls a day")
    assert claim.value is not None and claim.value.per == "day" and claim.value.counted == "loaves"
    assert claim.event == "loaf"


def test_a_facts_file_unit_of_two_things_is_read(tmp_path):
    from auditor.checks.facts import load_reference_facts

    path = tmp_path / "facts.yaml"
    path.write_text('- subject: Warrington bakery\n  attribute: capacity\n  value: "60,000"\n  unit: loaves and rolls per day\n')
    (fact,) = load_reference_facts(path)
    assert fact.quantity is not None and fact.quantity.value == 60000 and fact.quantity.per == "day"


def test_the_owners_others_named_after_them_act_for_themselves(knowledge):
    text = (
        "<html><head><title>Annual Review 2024-25 | Calderbrook Leisure Trust</title></head><body>"
        "<p>Calderbrook Leisure Trust runs seven centres. We recorded 2.1 million visits in 2024.</p>"
        "<p>Our neighbours Riverlea Community Leisure, which runs 11 centres, recorded 3.2 million visits; we are proud of ours.</p>"
        "</body></html>"
    )
    claims = claims_of(text, knowledge, "review.html")
    assert _subject(claims, "3.2 million visits") == "Riverlea Community Leisure"
    assert _subject(claims, "11 centres") == "Riverlea Community Leisure"


def test_a_note_that_sets_the_words_before_it_right(knowledge):
    text = (
        "HOST: When did Closes & Wynds start?\n\n"
        "AILSA: I started it in 2013 with one route and a borrowed umbrella. "
        "[Editor's note: Ailsa misremembered here; Closes & Wynds was founded in 2012, as she confirmed after recording.]\n"
    )
    years = sorted(c.time.year for c in claims_of(text, knowledge) if c.kind == "date" and c.event == "founding" and c.time)
    assert years == [2012]


def test_without_such_a_note_both_years_stand(knowledge):
    text = "AILSA: I started Closes & Wynds in 2013 with one route. Closes & Wynds was founded in 2012, the register says.\n"
    years = sorted(c.time.year for c in claims_of(text, knowledge) if c.kind == "date" and c.event == "founding" and c.time)
    assert years == [2012, 2013]


OUR_STORY = (
    "<html><head><title>Our story | Inkwell & Ream</title></head><body>"
    "<nav><a href='/'>Home</a> | <a href='/shops'>Find a shop</a> | <a href='/story'>Our story</a></nav>"
    "<p>Inkwell &amp; Ream was founded in 1991 by Margaret and Colin Ashdown, with one photocopier. "
    "Margaret ran the counter.</p>"
    "<p>In October 2024 we bought Quickset Digital, the Wakefield copy-shop chain. We paid £3.4 million for the business, "
    "and its nine shops took us to 51 shops.</p></body></html>"
)


def test_what_a_price_was_paid_for_is_not_the_payer(knowledge):
    claims = claims_of(OUR_STORY, knowledge, "story.html")
    assert _subject(claims, "nine shops") == "Quickset Digital"


def test_a_sites_navigation_names_no_one_and_two_given_names_are_people(knowledge):
    from reading_helpers import kinds_of

    kinds = kinds_of(OUR_STORY, knowledge, "story.html")
    assert "Find" not in kinds
    assert kinds.get("Margaret") == "person"


NEWSLETTER = """**From:** Hartswell Community Shop <news@hartswell.example>
**To:** Members and volunteers
**Date:** Thursday 16 October 2025
**Subject:** Shop News: a record year, and thank you

# Shop News, autumn 2025

Dear members,

**A record year.** In the year to 31 March our turnover was £412,000. Our 46 volunteers make that possible.

**Eleven years on.** It hardly seems eleven years since we opened in May 2014 in the old chapel schoolroom, with Gill Reeve behind the counter.

**News from Great Wenham.** Wenham Stores, which closed in January, was bought in April by Oakleaf Village Retail of Sudbury. We wish the new team well.

**Christmas rota.** A huge thank you to all 52 of our volunteers.
"""


def test_a_bold_email_sender_writes_the_newsletter(knowledge):
    claims = claims_of(NEWSLETTER, knowledge, "news.md")
    assert _subject(claims, "£412,000") == "Hartswell Community Shop"
    assert _subject(claims, "46 volunteers") == "Hartswell Community Shop"
    assert _subject(claims, "52") == "Hartswell Community Shop"
    assert _subject(claims, "May 2014") == "Hartswell Community Shop"
