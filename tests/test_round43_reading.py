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
- A year's figures in a table and a result told as done in a story of that
  year: the story's figure is the year's ("EBITDA rose to £6.8 million" in
  a letter of October 2025 against the FY2025 column, not FY2024).
- A table whose corner says what its rows are ("Source") keeps its "Total"
  row the whole's.
- "The Marlowe acquisition ... cost it £16.2m" is the acquisition's price,
  Marlowe what was bought.
- A role ("Duty Manager") is no company; a site does not say "we"; the
  organisation an "About us" section opens on writes the document.
- "since 2015, when we charged £650" is 2015's; "charging from £21 to £29 a night depending on the size"
  is a range; "VAT" is no name; "Blueline Private Hire" hires no one.
- An email a person sends ("From: Tom Hargreaves <...>") is written for the
  company they sign for; "Hi Priya" names Priya; a header line's next
  field ("Date:") joins no name; "Chief Executive" is an office.
- "Griffwerk in Kempten, which pressed 1.1 million holds": the company's.
- "we've done more than 12,000 events since we started" is a running total.
- "has grown to 27 parks, had 3.1 million visits last year": a count of
  other things before is no comparison; the visits are last year's own.
- "Her daughter, Jo Hollins-Reid," is a person; a pottery is a studio, a
  bakehouse a bakery (``name_descriptors``).
- A stock told in two or more places named together ("employs 312 people
  in Celle and Olsztyn") is the company's whole, held against its other
  counts; one place ("40 people in Leeds") stays a part.
- "I want to thank our 1,450 employees" thanks them now: a courtesy after a
  future cue is no plan.
- "Healthcare, the group's largest segment, grew 17% to EUR 281 million"
  is the healthcare segment's, linked with a table's "Healthcare" row.
- A tender's lot labels what follows its colon: "Lot 2 supplier: two
  apprenticeships" is lot 2's, never a rival of lot 1's six.
- "... in her house in Redland, the family-run agency now has 1,850
  tutors": a clause after a fronted phrase, not an appositive of the town.
- "The buyer" paragraphs after the story's one takeover is its buyer, and a
  backer named inside the buyer's appositive ("backed by ... Halden Row
  Capital") is not it.
- "serves 612 schools in the Midlands and the North": places with their
  articles are listed places, the company's whole.
- "Our annual service is £9.50 per extinguisher": a sum a thing is, per
  thing, is its price.
- "Last year less than half of Brückner's revenue came from outside
  Germany": a share opening its clause is its whole's owner's, of that
  measure; "Mostly Anvilcroft steel" opens on an adverb, no name.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, subject_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


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
    assert subject_of(claims, "61 shops") == "Brackley Bakeries"
    assert subject_of(claims, "£14.2 million") == "Brackley Bakeries"


def test_a_short_name_is_the_full_name_met_before_it(knowledge):
    claims = claims_of(LETTER, knowledge)
    assert subject_of(claims, "£2.1 million") == "Brackley Bakeries"


def test_without_a_salutation_the_letterhead_is_no_writer(knowledge):
    # The same text as a plain note (no "Dear ...,"): nothing says the
    # letterhead's organisation writes it, so its description is not ruled out.
    text = LETTER.replace("Dear shareholders,\n", "")
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "£14.2 million") == "Brackley Bakeries"


def test_a_full_name_met_between_two_uses_keeps_the_short_name_ambiguous(knowledge):
    text = (
        "Brackley Bakeries opened a shop in Leeds. Brackley Bakery Supplies sells flour. "
        "In May Brackley bought Pennyfield Ovens for £2.1 million. Brackley also bought a van for £40,000."
    )
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "£2.1 million") != "Brackley Bakery Supplies"


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
    assert subject_of(claims, "3.2 million visits") == "Riverlea Community Leisure"
    assert subject_of(claims, "11 centres") == "Riverlea Community Leisure"


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
    assert subject_of(claims, "nine shops") == "Quickset Digital"


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

**The post office is back.** The counter reopened on 6 October, with Gill Reeve behind the counter.

**Eleven years on.** It hardly seems eleven years since we opened in May 2014 in the old chapel schoolroom, with Gill Reeve behind the counter.

**News from Great Wenham.** Wenham Stores, which closed in January, was bought in April by Oakleaf Village Retail of Sudbury. We wish the new team well.

**Christmas rota.** A huge thank you to all 52 of our volunteers.
"""


def test_a_bold_email_sender_writes_the_newsletter(knowledge):
    claims = claims_of(NEWSLETTER, knowledge, "news.md")
    assert subject_of(claims, "£412,000") == "Hartswell Community Shop"
    assert subject_of(claims, "46 volunteers") == "Hartswell Community Shop"
    assert subject_of(claims, "52") == "Hartswell Community Shop"
    assert subject_of(claims, "May 2014") == "Hartswell Community Shop"


LETTER_WITH_TABLE = """---
title: "Halden Row Capital Fund II: letter to investors"
date: 2025-10-20
---

Dear investors,

Clearstep Education Group closed its financial year on 31 August. Its EBITDA rose to £6.8 million and revenue grew by almost a quarter.

| Clearstep Education Group | FY2024 | FY2025 |
|---|---|---|
| Revenue (£m) | 38.2 | 46.9 |
| EBITDA (£m) | 5.1 | 7.4 |
"""


def test_a_result_told_in_its_year_is_that_years_column(knowledge):
    found = findings("figure-mismatch", **{"letter.md": LETTER_WITH_TABLE})
    values = {tuple(sorted(e.text for e in f.evidence)) for f in found}
    assert ("7.4", "£6.8 million") in values
    assert not any("5.1" in pair for pair in values)


def test_a_total_row_under_a_corner_of_what_its_rows_are_is_the_whole(knowledge):
    page = (
        "<html><head><title>Annual Review | Calderbrook Leisure Trust</title></head><body>"
        "<p>Calderbrook Leisure Trust's total income of £18.6 million for 2024-25 was its highest.</p>"
        "<table><caption>Income 2024-25</caption><tr><th>Source</th><th>&pound; million</th></tr>"
        "<tr><td>Memberships</td><td>12.1</td></tr><tr><td>Lessons</td><td>6.1</td></tr>"
        "<tr><th>Total</th><th>18.2</th></tr></table>"
        "<table><caption>Visits 2024-25</caption><tr><th>Site</th><th>Visits</th></tr>"
        "<tr><td>Elland Pool</td><td>410,000</td></tr></table></body></html>"
    )
    claims = claims_of(page, knowledge, "review.html")
    total = figure(claims, "18.2")
    assert total.qualifiers is None or not total.qualifiers.phase


def test_the_name_before_a_deals_noun_is_what_was_bought(knowledge):
    text = "Clearstep bought Marlowe Tutors in 2024. The Marlowe acquisition, completed on 31 October 2024, cost it £16.2m including the earn-out."
    claim = figure(claims_of(text, knowledge), "£16.2m")
    assert claim.event == "acquisition"
    assert claim.object is not None and claim.object.name == "Marlowe Tutors"
    # "Microsoft bids": a name before the verb is the bidder, not what is bid for.
    claim = figure(claims_of("Microsoft bids $44 billion for Yahoo.", knowledge), "$44 billion")
    assert claim.object is None or claim.object.name != "Microsoft"


ADVERT = """# Duty Manager - Brighouse Leisure Centre

**Calderbrook Leisure Trust** | Posted 14 May 2025

## About the role
As Duty Manager you'll be in charge of the whole building on your shifts.

## About us
Calderbrook Leisure Trust is an independent charity that runs seven leisure centres. Since taking over the centres from the council in 2010, we have kept every site open, and our centres welcomed 2.4 million visits last year.
"""


def test_an_about_us_section_names_the_writer_and_a_role_is_no_company(knowledge):
    from reading_helpers import kinds_of

    claims = claims_of(ADVERT, knowledge, "advert.md")
    assert subject_of(claims, "2.4 million visits") == "Calderbrook Leisure Trust"
    assert kinds_of(ADVERT, knowledge, "advert.md").get("Duty Manager") == "person"


def test_prices_charged_and_their_years_and_ranges(knowledge):
    # ("charge" is no price's word: "were charged $11.3 million", "an impairment charge of EUR 194 million".)
    claim = figure(claims_of("ING reported an impairment charge of EUR 194 million.", knowledge), "EUR 194 million")
    assert claim.event != "price"
    claim = figure(claims_of("Blue Watch Extinguishers: we still charge £8.50 per extinguisher.", knowledge), "£8.50 per extinguisher")
    assert claim.event == "price"
    claim = figure(claims_of("Prices have gone up since 2015, when we charged £650 for a full day.", knowledge), "£650")
    assert claim.time is not None and claim.time.year == 2015
    # The main clause after the "when" clause is no deed of that year.
    claim = figure(claims_of("Since 1993, when the first Finale took place, the Orchestra has collected $100 million.", knowledge), "$100 million")
    assert claim.time is None or claim.time.year != 1993
    claim = figure(
        claims_of("Kennelworth charges from £21 to £29 a night depending on the size of the dog.", knowledge), "from £21 to £29 a night"
    )
    assert claim.value is not None and claim.value.qualifier == "range" and claim.value.high == 29
    claims = claims_of("Revenue rose from £21m to £29m.", knowledge)
    assert figure(claims, "£21m").role == "previous"


def test_a_verb_inside_a_name_is_no_deed_and_a_tax_is_no_name(knowledge):
    claim = figure(claims_of("Blueline Private Hire will run all 140 routes for four years.", knowledge), "140 routes")
    assert claim.event != "hiring"
    claim = figure(claims_of("Our full-day collection is £2,400 this year, including VAT.", knowledge), "£2,400")
    assert claim.subject is None or claim.subject.name != "VAT"


EMAILS = """From: Tom Hargreaves <tom@saltandsorrel.example>
To: Priya Sandhu <priya@marlowfenwick.example>
Date: Thursday, 6 March 2025 16:42
Subject: RE: Summer party

Hi Priya, thanks for your note. Our deposit is 20%.

-----Original message-----
From: Priya Sandhu
Date: Wednesday, 5 March 2025 09:17
Subject: Summer party

Thanks Tom, this is really helpful. We are a firm of 40 people.

-----Original message-----
From: Tom Hargreaves
Date: Monday, 3 March 2025 17:55
Subject: Summer party

Dear Priya, here is our proposal. A little about us: last year we catered 1,900 events, and we've done more than 12,000 events since we started.
Warm regards, Tom Hargreaves, Senior Events Sales Manager, Salt & Sorrel Events, Digbeth, Birmingham
"""


def test_a_person_writes_for_the_company_they_sign_for(knowledge):
    from reading_helpers import kinds_of

    claims = claims_of(EMAILS, knowledge, "emails.txt")
    assert subject_of(claims, "1,900 events") == "Salt & Sorrel Events"
    kinds = kinds_of(EMAILS, knowledge, "emails.txt")
    assert "Priya Sandhu Date" not in kinds and "Hi Priya" not in kinds and "Dear Priya" not in kinds


def test_a_running_total_told_with_an_irregular_participle(knowledge):
    claim = figure(claims_of(EMAILS, knowledge, "emails.txt"), "more than 12,000 events")
    assert claim.qualifiers is not None and claim.qualifiers.scope == "cumulative"


def test_a_whole_title_is_an_office(knowledge):
    from reading_helpers import kinds_of

    kinds = kinds_of('Hannah Pym-Carter, Chief Executive, said: "We grew." Larkrise Bakehouse has 40 cafes.', knowledge)
    assert kinds.get("Chief Executive") == "person"


def test_a_relative_clause_after_a_company_in_a_town_is_the_companys(knowledge):
    text = "Most new walls use holds from Griffwerk in Kempten, which pressed about 1.1 million holds last year for gyms."
    assert subject_of(claims_of(text, knowledge), "about 1.1 million holds") == "Griffwerk"


def test_last_years_figure_after_a_count_of_other_things_is_its_own(knowledge):
    claims = claims_of("The operator, which has grown to 27 parks, had 3.1 million visits last year.", knowledge)
    assert figure(claims, "3.1 million visits").role is None
    claims = claims_of("Tarn Stores has 410 stores, against 380 stores last year.", knowledge)
    assert figure(claims, "380 stores").role == "previous"


def test_kin_in_apposition_and_a_trades_own_description(knowledge):
    text = (
        "Peggy Hollins founded Bramble Lane Pottery in Frome. She bought her clay from Kilnworth, a clay maker. "
        'Her daughter, Jo Hollins-Reid, who runs the studio now, says it taught 1,850 students last year.'
    )
    assert subject_of(claims_of(text, knowledge), "1,850 students") == "Bramble Lane Pottery"


def test_a_count_in_several_places_is_the_whole_and_in_one_a_part(knowledge):
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Lindner Imkertechnik employs 312 people in Celle and Olsztyn.",
            "b.txt": "Lindner Imkertechnik has 410 employees.",
            "c.txt": "Lindner Imkertechnik employs 40 people in Leeds.",
        },
    )
    pairs = [sorted(e.text for e in f.evidence) for f in found]
    assert any("312 people" in pair and "410 employees" in pair for pair in pairs)
    assert not any("40 people" in pair for pair in pairs)


def test_a_count_of_places_keeps_the_places_it_names(knowledge):
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Two large countries in the Eurozone, Germany and Italy, are in recession, the Eurozone said in 2008.",
            "b.txt": "The Eurozone has 17 countries, it said in 2008.",
        },
    )
    assert not found


def test_a_courtesy_after_a_future_cue_is_done_now(knowledge):
    claim = figure(claims_of("Conceria Valbrenta's chief said: I want to thank our 1,450 employees.", knowledge), "1,450 employees")
    assert claim.tense != "future"
    claim = figure(claims_of("Conceria Valbrenta wants to hire 200 employees.", knowledge), "200 employees")
    assert claim.tense == "future"


def test_a_segment_named_in_an_appositive_is_its_label(knowledge):
    claims = claims_of("Healthcare, the group's largest segment, grew 17% to EUR 281 million in the half at Linea Services.", knowledge)
    claim = figure(claims, "EUR 281 million")
    assert claim.qualifiers is not None and claim.qualifiers.phase == "healthcare"
    claims = claims_of("Healthcare, the group said, grew to EUR 281 million.", knowledge)
    claim = figure(claims, "EUR 281 million")
    assert claim.qualifiers is None or claim.qualifiers.phase != "healthcare"


def test_a_tenders_lots_keep_their_figures_apart(knowledge):
    text = (
        "Lot 1 supplier: six apprenticeships over the life of the framework, all paper from certified sources. "
        "Lot 2 supplier: two apprenticeships and a take-back scheme."
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "six apprenticeships").qualifiers.phase == "lot 1"
    assert figure(claims, "two apprenticeships").qualifiers.phase == "lot 2"


DEAL_STORY = (
    "LONDON, 9 September 2024 - Clearstep Education Group, the tuition chain backed by private equity firm "
    "Halden Row Capital, said on Monday it had agreed to buy Marlowe Tutors, the Bristol agency, for GBP 14.5 million.\n\n"
    "Founded by a former maths teacher, Ruth Marlowe, in the spare room of her house in Redland, the family-run agency "
    "now has 1,850 tutors on its books.\n\n"
    "Marlowe has also won council work. Parents pay by the hour.\n\n"
    "The buyer has grown quickly and runs 41 centres in England."
)


def test_a_fronted_phrase_and_a_takeovers_buyer(knowledge):
    claims = claims_of(DEAL_STORY, knowledge)
    assert subject_of(claims, "1,850 tutors") == "Marlowe Tutors"
    assert subject_of(claims, "41 centres") == "Clearstep Education"


def test_listed_places_with_articles_and_a_price_a_thing_is(knowledge):
    claims = claims_of("Brightplate School Meals now serves 612 schools in the Midlands and the North.", knowledge)
    assert figure(claims, "612 schools").qualifiers.place == "Midlands, North"
    claim = figure(claims_of("Blue Watch Extinguishers: our annual service is £9.50 per extinguisher.", knowledge), "£9.50 per extinguisher")
    assert claim.event == "price"
    claim = figure(claims_of("Wyebrook paid growers £195 a tonne.", knowledge), "£195 a tonne")
    assert claim.event != "price"


def test_a_share_of_an_owners_measure(knowledge):
    claim = figure(claims_of("Last year less than half of Brückner's revenue came from outside Germany.", knowledge), "less than half")
    assert claim.subject is not None and claim.subject.name == "Brückner"
    assert claim.event == "revenue"
    claim = figure(claims_of("Halden holds 65% of the airline's shares.", knowledge), "65%")
    assert claim.subject is None or claim.subject.name != "the airline"


def test_a_sentence_adverb_is_no_name(knowledge):
    from reading_helpers import kinds_of

    assert "Mostly Anvilcroft" not in kinds_of("DAN: Mostly Anvilcroft steel, if I'm honest.", knowledge)
