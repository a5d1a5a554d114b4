"""Readings added in round 39, each on sentences of our own.

- A verb of starting founds the company it starts: "I started Pennock
  Travel in 2006" (the company right after the verb) and "Pennock Travel
  started in 2006" (right before it, the date right after) date the
  founding; "Pennock Travel started a night service in 2019" does not.
- "paid £3.1m in May for Ashby Kennels' four sites": what a named company
  owned, bought whole, is its purchase, with a time between the sum and
  "for"; "..., which had sales of £1.2m in 2024" after it is the owner's.
  A paying verb right before the sum makes it a price even after a
  relative clause that told another measure ("The Derby group, which
  turned over £50m in 2024, paid £8m for ...").
- Parts rounded as written that add up exactly to the far end of their
  rounding ("1.1 + 1.2 + 0.4" under a total "2.9") cannot make the whole.
- "can charge 180 cars at once": how many a site takes at one time, its
  capacity; a reference fact counting "electric vehicles" meets it (one
  class of thing in the event lexicon).
- "delivered 212,000 hours of interpreting": a word of time after a large
  number counts work done, one measure whatever verb tells it; "took 14
  hours" stays a duration.
- A company's own newsletter ("Pennock News: spring 2025", written by one
  of its managers) speaks as the company; a local paper's title does not.
- A season before a title's year ("spring 2025") dates the issue, not the
  figures under it.
- "..., up from 190,500 in 2023" after a sentence that names 2024: the
  figure is 2024's.
- "The contract is valued at £900,000 a year, or £3.6 million over the
  four years": what the contract is worth, not a company's value.
- A short name told before its company's full name, which only a table
  gives later ("Pennock" ... "| Pennock Travel Group |"), is that company.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, findings, findings_against_facts


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _claim_at(claims, surface: str, line_text: str, kind: str | None = None):  # type: ignore[no-untyped-def]
    return next(c for c in claims if c.evidence.text == surface and line_text in c.evidence.sentence and (kind is None or c.kind == kind))


@pytest.mark.parametrize(
    "sentence, surface, event",
    [
        ("I started Pennock Travel in 2006 with two minibuses.", "2006", "founding"),
        ("Pennock Travel started in 2006 with two minibuses.", "2006", "founding"),
        ("Pennock Travel started out in 2006 as a school-run firm.", "2006", "founding"),
        ("Pennock Travel started a night service in 2019.", "2019", "start"),
        ("Production started in 2019 at the Derby depot of Pennock Travel.", "2019", "production"),
    ],
)
def test_a_verb_of_starting_founds_the_company_it_starts(knowledge, sentence, surface, event):
    claim = _claim_at(claims_of(sentence, knowledge), surface, sentence[:15], kind="date")
    assert claim.event == event
    if event == "founding":
        assert claim.subject.name == "Pennock Travel"


def test_a_founding_told_by_its_founder_meets_a_reference_year(tmp_path):
    facts = "- subject: Pennock Travel\n  attribute: founded\n  value: \"2004\"\n"
    interview = "Q: How did it begin?\nA: I started Pennock Travel in 2006 with two minibuses and a borrowed office.\n"
    assert len(findings_against_facts(facts, tmp_path, **{"interview.txt": interview})) == 1


def test_a_price_paid_for_what_a_named_company_owned(knowledge):
    text = "Marlow Pets paid £3.1m in May for Ashby Kennels' four Rutland kennels, which had sales of £1.2m in 2024."
    claims = claims_of(text, knowledge)
    price = _claim_at(claims, "£3.1m", "Marlow Pets")
    assert (price.event, price.subject.name, price.object.name) == ("acquisition", "Marlow Pets", "Ashby Kennels")
    sales = _claim_at(claims, "£1.2m", "Marlow Pets")
    assert (sales.subject.name, sales.event) == ("Ashby Kennels", "revenue")


def test_a_subsidiary_of_ours_is_not_a_named_owner_s_thing(knowledge):
    text = (
        "Carrow University employs 3,000 staff. Carrow Campus Services Ltd, our wholly owned trading subsidiary, "
        "which runs catering, employs 240 people."
    )
    claim = _claim_at(claims_of(text, knowledge), "240 people", "catering")
    assert claim.subject is None or claim.subject.name != "Carrow University"


def test_a_paying_verb_prices_the_sum_past_a_relative_clause(knowledge):
    text = "**Marlow.** The Derby group, which turned over £50.2m in 2024, paid £8.1m for Ashby Kennels in March and employs 900 people."
    claim = _claim_at(claims_of(text, knowledge), "£8.1m", "Derby group")
    assert (claim.event, claim.object.name) == ("acquisition", "Ashby Kennels")


_TABLE = """<html><body><h1>About Brook Nurseries</h1>
<p>We sold {total} million plants in 2024.</p>
<table>
<tr><th>Plants sold (millions)</th><th>2024</th></tr>
<tr><th>Trees</th><td>1.1</td></tr>
<tr><th>Shrubs</th><td>1.2</td></tr>
<tr><th>Hedging</th><td>{hedging}</td></tr>
<tr><th>Total plants sold</th><td>{total}</td></tr>
</table></body></html>
"""


@pytest.mark.parametrize("hedging, total, flagged", [("0.4", "2.9", True), ("0.5", "2.9", False), ("0.6", "2.9", False), ("0.3", "2.9", True)])
def test_parts_at_the_far_end_of_their_rounding_cannot_make_the_whole(hedging, total, flagged):
    found = findings("parts-sum", **{"about.html": _TABLE.format(hedging=hedging, total=total)})
    assert bool(found) == flagged


def test_exact_counts_that_add_up_are_never_flagged():
    text = "Brook Nurseries ended the year with 25 garden centres: 13 in Kent, 7 in Sussex and 5 in Surrey."
    assert not findings("parts-sum", **{"a.txt": text})


@pytest.mark.parametrize(
    "sentence, surface, event",
    [
        ("The Loughton depot can charge 180 cars at once.", "180 cars", "capacity"),
        ("The Loughton hall is able to seat 400 diners at a time.", "400 diners", "capacity"),
        ("The Loughton depot charged 180 cars last week.", "180 cars", None),
    ],
)
def test_how_many_a_site_takes_at_one_time_is_its_capacity(knowledge, sentence, surface, event):
    claim = _claim_at(claims_of(sentence, knowledge), surface, sentence[:12])
    assert (claim.event == "capacity") == (event == "capacity")


def test_a_capacity_in_cars_meets_a_fact_in_vehicles(tmp_path):
    facts = (
        "- subject: Pennock Travel Loughton depot\n  attribute: capacity\n  value: \"120\"\n"
        "  unit: electric vehicles charged at the same time\n"
    )
    story = (
        "---\ntitle: Depot\ndate: 2025-05-02\n---\nPennock Travel opened its Loughton depot in April 2025. "
        "It has 2,400 drivers. Loughton can charge 160 cars at once.\n"
    )
    found = findings_against_facts(facts, tmp_path, **{"story.md": story})
    assert [e.text for f in found for e in f.evidence if e.text != "120"] == ["160 cars"]


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Signwise Interpreting delivered 212,000 hours of interpreting in 2024.", "212,000 hours"),
        ("Signwise Interpreting did 184,000 hours in 2024.", "184,000 hours"),
    ],
)
def test_hours_of_work_are_counted(knowledge, sentence, surface):
    claim = _claim_at(claims_of(sentence, knowledge), surface, sentence[:15])
    assert claim.kind == "count" and claim.event == "hour"


def test_a_duration_in_hours_is_no_count(knowledge):
    claims = claims_of("The crossing from Hull takes 14 hours, and the ferry carries 900 passengers.", knowledge)
    assert not any("hours" in c.evidence.text for c in claims)


def test_hours_of_work_told_twice_disagree():
    first = "Signwise Interpreting delivered 212,000 hours of interpreting in 2024."
    second = "Signwise Interpreting did 184,000 hours in 2024, its chief executive said."
    assert len(findings("figure-mismatch", **{"a.txt": first, "b.txt": second})) == 1


_NEWSLETTER = """---
title: "Pennock News: spring 2025"
date: 2025-04-02
author: "Dana Kerr, {role}"
---

# Pennock News, spring 2025

**A record year.** Thank you to everyone who travelled with us in 2024. Our drivers covered 3.1 million miles, up from 2.8 million in 2023, and we now run 140 coaches.

**Our team.** We employ 260 people across our three depots.
"""


def test_a_company_s_own_newsletter_speaks_as_the_company(knowledge):
    claims = claims_of(_NEWSLETTER.format(role="head of customer services"), knowledge, path="news.md")
    staff = _claim_at(claims, "260 people", "We employ")
    assert staff.subject is not None and staff.subject.name == "Pennock"


def test_a_reporter_s_paper_is_no_company_s_newsletter(knowledge):
    claims = claims_of(_NEWSLETTER.format(role="business reporter"), knowledge, path="news.md")
    staff = _claim_at(claims, "260 people", "We employ")
    assert staff.subject is None or staff.subject.name != "Pennock"


def test_a_season_before_a_title_s_year_dates_the_issue_not_its_figures(knowledge):
    claims = claims_of(_NEWSLETTER.format(role="head of customer services"), knowledge, path="news.md")
    staff = _claim_at(claims, "260 people", "We employ")
    assert staff.time is not None and staff.time.source not in ("heading", "section", "sentence")


def test_a_figure_compared_with_last_year_s_is_of_the_year_the_sentence_before_names(knowledge):
    text = (
        "Thank you to everyone who travelled with Pennock Travel in 2024. Our coaches carried 3.1 million passengers, "
        "up from 2.8 million in 2023, and we expect more this year.\n"
    )
    claim = _claim_at(claims_of(text, knowledge), "3.1 million passengers", "Our coaches")
    assert claim.time is not None and claim.time.year == 2024


def test_a_base_year_alone_dates_no_figure(knowledge):
    # No sentence before it names the year after the base: nothing to go on.
    text = "Pennock Travel opened a depot in 2019. Our coaches carried 3.1 million passengers, up from 2.8 million in 2023.\n"
    claim = _claim_at(claims_of(text, knowledge), "3.1 million passengers", "Our coaches")
    assert claim.time is None or claim.time.year != 2024


def test_a_contract_valued_at_is_the_contract_s_worth(knowledge):
    text = "The contract is valued at £900,000 a year, or £3.6 million over the four years."
    claims = claims_of(text, knowledge)
    assert [c.event for c in claims if c.kind == "money"] == ["contract", "contract"]


def test_a_company_valued_at_is_still_a_valuation(knowledge):
    text = "Pennock Travel is valued at £40 million after the funding round."
    (claim,) = [c for c in claims_of(text, knowledge) if c.kind == "money"]
    assert claim.event == "valuation"


def test_a_short_name_before_its_full_name_in_a_table(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    text = (
        "# Coach market\n\n**Pennock.** The Derby group carried 3.1 million passengers in 2024. Pennock's managers expect more. "
        "Rivals tried to beat Pennock to the school runs.\n\n| Company | Base |\n|---|---|\n| Pennock Travel Group | Derby |\n"
    )
    model = build_model(parse_document("story.md", text.encode()), knowledge)
    short = next(e for e in model.entities if e.name == "Pennock")
    assert short.merged_into is not None and model.entities[short.merged_into].name == "Pennock Travel"


def test_a_deal_that_values_a_company_is_its_valuation(knowledge):
    text = "Pennock Travel raised £18 million. The company said the round valued it at about £70 million."
    claim = _claim_at(claims_of(text, knowledge), "about £70 million", "the round valued")
    assert claim.event == "valuation"


def test_a_site_the_speaker_s_company_opened_in_a_relative_without_its_pronoun(knowledge):
    text = (
        "HALIFAX, 2 September 2025 - Pennock Waste Group plc reported its results today. "
        '"Every tonne of it will go through the Elland recycling plant we opened in 2021," said chief executive Sam Booth.\n'
    )
    date = _claim_at(claims_of(text, knowledge), "2021", "Every tonne", kind="date")
    assert (date.event, date.object.name, date.subject.name, date.tense) == ("opening", "Elland", "Pennock Waste", "past")


def test_a_count_of_a_named_owner_s_fleet_is_the_owner_s(knowledge):
    text = "In March the group bought Ashby Skips for £7.2 million. The deal lifted Pennock's fleet to 310 skip lorries."
    claim = _claim_at(claims_of(text, knowledge), "310 skip lorries", "The deal")
    assert claim.subject.name == "Pennock"


def test_a_deal_for_work_at_a_customer_s_sites_and_a_committee_s_appointment():
    release = (
        "HALIFAX, 2 September 2025 - Pennock Waste Group plc reported its results today. "
        '"In June we won the four-year contract to collect trade waste at the 38 sites of the Calder Joint Waste Committee," '
        "said chief executive Sam Booth.\n"
    )
    minutes = (
        "CALDER JOINT WASTE COMMITTEE\n\nMINUTES of the meeting held on Thursday 19 June 2025.\n\n"
        "The committee considered the tender for trade waste collection at its 38 sites for four years.\n\n"
        "RESOLVED: that Brighouse Skip Hire Ltd be appointed as the committee's trade waste contractor for four years from 1 October 2025.\n"
    )
    found = findings("deal-award-conflict", **{"release.txt": release, "minutes.txt": minutes})
    assert len(found) == 1


def test_a_header_line_keeps_the_company_s_legal_name(knowledge):
    page = (
        "<html><head><title>Marlow Music Schools | Annual Review 2024/25</title></head><body><h1>Annual Review 2024/25</h1>\n"
        '<p class="meta">Marlow Music Schools Ltd &middot; Leicester &middot; year ended 31 August 2025</p>\n'
        "<p>Every week in term time our tutors taught 12,400 pupils, and income rose to £9.8 million.</p>\n"
        "<table>\n<tr><th></th><th>2024/25</th></tr>\n<tr><th>Weekly pupils</th><td>12,400</td></tr>\n"
        "<tr><th>Tutors</th><td>410</td></tr>\n<tr><th>Tuition fees (£m)</th><td>8.1</td></tr>\n"
        "<tr><th>Other income (£m)</th><td>1.7</td></tr>\n<tr><th>Total income (£m)</th><td>9.8</td></tr>\n</table>\n"
        "</body></html>\n"
    )
    claims = claims_of(page, knowledge, path="review.html")
    income = _claim_at(claims, "£9.8 million", "Every week")
    assert income.subject is not None and income.subject.name == "Marlow Music Schools"
    pupils = _claim_at(claims, "12,400 pupils", "Every week")
    assert pupils.value.per == "week"
    (row,) = [c for c in claims if c.evidence.text == "12,400" and c.kind == "count"]
    assert row.value.per == "week" and row.role is None  # a row of another kind is no part of the total income
    tutors = next(c for c in claims if c.evidence.text == "410")
    assert tutors.role is None and tutors.part_of is None


def test_one_example_after_including_with_its_appositive(knowledge):
    text = (
        "The school beat several larger bidders, including Marlow Music Schools, the Leicester-based chain which "
        "teaches 14,200 pupils a week and opened in Nottingham in 2018."
    )
    claims = claims_of(text, knowledge)
    pupils = _claim_at(claims, "14,200 pupils a week", "The school beat")
    assert pupils.subject.name == "Marlow Music Schools"
    assert pupils.time is None or pupils.time.year != 2018  # the conjunct's date is the opening's
    opening = _claim_at(claims, "2018", "The school beat", kind="date")
    assert (opening.event, opening.object.name) == ("opening", "Nottingham")


def test_a_timeline_entry_that_names_its_town_after_the_verb(knowledge):
    page = (
        "<html><body><h1>About Marlow Music Schools Ltd</h1><p>We teach music in the Midlands.</p><h2>Milestones</h2><ul>\n"
        "<li>2016: First centre outside the county opens, in Nottingham</li>\n<li>2019: Derby centre opens</li></ul></body></html>\n"
    )
    claims = claims_of(page, knowledge, path="about.html")
    entry = _claim_at(claims, "2016", "First centre", kind="date")
    assert (entry.event, entry.object.name) == ("opening", "Nottingham")


def test_a_day_s_date_before_a_plural_is_no_count(knowledge):
    text = "In the six months to 30 June 2025 guests booked £41.2 million of stays through Pennock Holidays."
    assert not [c for c in claims_of(text, knowledge) if c.kind == "count"]


def test_a_noun_with_its_own_figure_after_and_is_not_the_first_figure_s(knowledge):
    letter = (
        "PENNOCK HOLIDAYS PLC\nLetter to shareholders | Keswick, 15 September 2025\n\nDear shareholder,\n\n"
        "I am pleased to report a strong half. For the whole of 2024 total bookings were £68.4 million and revenue £15.1 million.\n"
    )
    claims = claims_of(letter, knowledge)
    bookings = _claim_at(claims, "£68.4 million", "total bookings")
    assert (bookings.event, bookings.subject.name) == ("bookings", "PENNOCK HOLIDAYS")
    revenue = _claim_at(claims, "£15.1 million", "total bookings")
    assert revenue.event == "revenue"


def test_gross_borrowings_in_an_own_report_are_not_its_net_debt():
    report = (
        "<html><head><title>Marlow Cycles | Annual Report 2024</title></head><body><h1>Annual Report 2024</h1>\n"
        "<p>Marlow Cycles sold 210,000 bicycles in 2024.</p>\n"
        "<p>Gross borrowings fell to EUR 160 million at the end of the year, from EUR 175 million. "
        "Net debt was EUR 85 million, down from EUR 104 million.</p></body></html>\n"
    )
    wire = "AMSTERDAM, March 3, 2025 - Marlow Cycles ended 2024 with net debt of EUR 85 million, its chief executive said.\n"
    assert not findings("figure-mismatch", **{"report.html": report, "wire.txt": wire})


def test_the_committee_is_only_a_body_called_a_committee(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    text = (
        "Congress set up a panel in August. The committee, which was to find savings of $1.2 trillion, "
        "announced on Monday that no agreement could be made.\n"
    )
    model = build_model(parse_document("story.txt", text.encode()), knowledge)
    resolved = [r for s in model.sentences for r in s.references if r.surface.casefold() == "the committee"]
    assert resolved and all(r.entity is None for r in resolved)
    named = "The Calder Waste Committee met on Monday. The committee chose a contractor.\n"
    model = build_model(parse_document("minutes.txt", named.encode()), knowledge)
    resolved = [r for s in model.sentences for r in s.references if r.surface.casefold() == "the committee"]
    assert [model.entities[r.entity].name for r in resolved] == ["Calder Waste Committee"]


def test_a_possessive_name_with_an_ampersand_that_a_founder_founded(knowledge):
    text = (
        "Derek Hale, who has died aged 84, was the son of Albert and Ivy Hale, who founded Hale's Fish & Chips in 1951 "
        "in a wooden hut by the harbour wall.\n"
    )
    founding = _claim_at(claims_of(text, knowledge), "1951", "Derek Hale", kind="date")
    assert (founding.event, founding.subject.name) == ("founding", "Hale's Fish & Chips")


def test_a_possessive_name_after_an_office_and_before_its_town(knowledge):
    from reading_helpers import entity_kinds

    text = "THE BIG INTERVIEW\nJoanne Hale, managing director, Hale's Fish & Chips, Seaham\n\nQ: What's changed?\nA: We fry more fish.\n"
    assert "Hale's Fish & Chips" in entity_kinds(text, knowledge)


def test_a_change_whose_own_level_was_not_read_is_not_the_other_measure_s():
    text = (
        "2024 was our best year yet at Marlow Cinemas: revenue grew 10% to £27.4 million (2023: £24.9 million) "
        "and admissions rose 9% to 2.16 million.\n"
    )
    assert not findings("change-mismatch", **{"review.txt": text})
    wrong = "Marlow Cinemas' revenue grew 20% to £27.4 million (2023: £24.9 million).\n"
    assert findings("change-mismatch", **{"review.txt": wrong})


def test_a_count_of_what_an_opening_added_is_no_stock():
    review = (
        "<html><head><title>Marlow Cinemas | Annual Review 2024</title></head><body><h1>Annual Review 2024</h1>\n"
        "<p>In November we opened our ninth cinema, three screens in the old Co-operative building in Harrogate.</p>\n"
        "<table>\n<tr><th></th><th>2024</th></tr>\n<tr><th>Cinemas at year end</th><td>9</td></tr>\n"
        "<tr><th>Screens at year end</th><td>31</td></tr>\n</table></body></html>\n"
    )
    assert not findings("figure-mismatch", **{"review.html": review})


def test_staff_taken_on_are_no_headcount():
    text = (
        "| Firm | Staff |\n|---|---:|\n| Fernbrook Grounds | 71 |\n\n"
        "Fernbrook Grounds won the Northwich lot in March and has taken on 12 staff for it.\n"
    )
    assert not findings("figure-mismatch", **{"table.md": text})


def test_a_description_after_said_with_its_own_past_verb_is_the_told_clause_s_subject(knowledge):
    text = (
        "READING, England, 16 September 2025 -- Marlow Repairs plc today announced results for the year to 30 June 2025.\n\n"
        '"Phones cost more than ever," said chief executive Neil Okafor. He said the group ended the year with 1,240 employees.\n'
    )
    claim = _claim_at(claims_of(text, knowledge), "1,240 employees", "He said")
    assert claim.subject is not None and claim.subject.name == "Marlow Repairs"


def test_a_speaker_labelled_by_initials_after_the_full_name(knowledge):
    text = (
        "THE BIG INTERVIEW\nJoanne Hale, managing director, Hale's Fish & Chips, Seaham\n"
        "Interviewed by Colin Broad, 11 March 2025.\n\n"
        "COLIN BROAD: How did it start?\n\nJOANNE HALE: My grandparents fried in dripping.\n\n"
        "CB: How big is the business now?\n\nJH: We turned over £6.9 million last year.\n\n"
        "CB: And staff?\n\nJH: We've 160 staff.\n"
    )
    claim = _claim_at(claims_of(text, knowledge), "£6.9 million", "We turned over")
    assert claim.subject is not None and claim.subject.name == "Hale's Fish & Chips"


def test_a_separate_business_is_told_apart():
    guild = (
        "**Member news.** Hale's, which had sales of £7.8m in 2024, opened its Sunderland shop on 14 July. "
        "A reminder that Hale Seafoods, the Grimsby fish merchant founded in 1962, is a separate business.\n"
    )
    interview = (
        "FRYERS WEEKLY\nJoanne Hale, managing director, Hale's Fish & Chips, Seaham\n\n"
        "COLIN BROAD: How big?\n\nJOANNE HALE: We turned over £6.9 million in 2024.\n\nCOLIN BROAD: Staff?\n\nJOANNE HALE: 160.\n"
    )
    assert len(findings("figure-mismatch", **{"guild.md": guild, "interview.txt": interview})) == 1


def test_a_purchase_priced_again_years_later_is_the_same_purchase():
    letter = (
        "STONEMARK HOLIDAYS PLC\nLetter to shareholders | Keswick, 15 September 2025\n\nDear shareholder,\n\n"
        "Porthwen, the Cornish agency we bought in 2023 for £12.5 million, had its best summer yet.\n"
    )
    forum = (
        "---\ntitle: Owners forum\ndate: 2025-10-21\n---\n"
        "- Stonemark took £74m of bookings last year.\n- They paid £15.2m for Porthwen down in Cornwall, which has about 650 cottages.\n"
    )
    assert len(findings("figure-mismatch", **{"letter.txt": letter, "forum.md": forum})) == 1


def test_a_count_a_purchase_brought_is_no_stock(knowledge):
    text = "Lakeland Keys isn't standing still either: it bought Fellside Lets in March, 180 cottages in Borrowdale and Buttermere."
    claim = _claim_at(claims_of(text, knowledge), "180 cottages", "Lakeland Keys")
    assert claim.role == "change"


def test_a_name_in_capitals_and_as_written_is_one_name_across_documents():
    from auditor.corpus import ShortForms
    from auditor.document.coreference import expansion_in

    names = [("STONEMARK HOLIDAYS", "STONEMARK HOLIDAYS PLC"), ("Stonemark Holidays", "Stonemark Holidays")]
    assert expansion_in("Stonemark", names) == "STONEMARK HOLIDAYS"
    assert ShortForms(names).expansion("Stonemark") == "STONEMARK HOLIDAYS"


def test_a_question_s_period_dates_the_answer(knowledge):
    text = (
        "STAFFORDSHIRE BUSINESS VOICE | The Interview | 22 July 2025\nDiane Hart, chief executive, Marlow Mobility\n"
        "Interview by Chris Bould. Edited transcript.\n\n"
        "BOULD: How was the year to March?\n\n"
        "HART: Our best ever. We did £58.2 million of revenue and we sold 19,400 scooters.\n\n"
        "BOULD: And now?\n\nHART: We have 64 showrooms.\n"
    )
    claims = claims_of(text, knowledge)
    revenue = _claim_at(claims, "£58.2 million", "We did")
    assert revenue.time is not None and (revenue.time.year, revenue.time.source) == (2025, "section")
    showrooms = _claim_at(claims, "64 showrooms", "We have")
    assert showrooms.time is None or showrooms.time.source != "section"  # the next answer is not the question's


def test_an_answer_to_a_question_about_a_year_meets_a_story_of_that_year():
    interview = (
        "THE INTERVIEW | 22 July 2025\nDiane Hart, chief executive, Marlow Mobility\n\n"
        "BOULD: How was the year to March?\n\nHART: Our best ever. We did £58.2 million of revenue.\n\n"
        "BOULD: And staff?\n\nHART: About 1,200 people.\n"
    )
    bulletin = "14 Oct 2025\n\n**Marlow Mobility.** The Stoke-based chain had a record year: revenue reached £61.7m in the year to 31 March.\n"
    assert len(findings("figure-mismatch", **{"interview.txt": interview, "bulletin.txt": bulletin})) == 1


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("We ended 2024 with 41 venues, 35 in England, 4 in Scotland and 3 in Wales, offering 236 rooms between them.", True),
        ("We ended 2024 with 42 venues, 35 in England, 4 in Scotland and 3 in Wales, offering 236 rooms between them.", False),
        ("We ended 2024 with 41 venues, 35 in England and 7 elsewhere.", False),
        # a list after a comma may name only some of the whole: less than it is no contradiction
        ("We ended 2024 with 45 venues, 35 in England, 4 in Scotland and 3 in Wales, offering 236 rooms between them.", False),
    ],
)
def test_a_count_broken_down_after_a_comma(sentence, flagged):
    text = "# Marlow Escapes: results for 2024\n\n- " + sentence + "\n"
    assert bool(findings("parts-sum", **{"release.md": text})) == flagged


def test_a_tender_s_lot_and_a_notice_s_kind_are_no_names(knowledge):
    from reading_helpers import entity_kinds

    text = (
        "CONTRACT AWARD NOTICE\n\nBuyer: Weyside Homes, Woking\n\n"
        "Lot 1 (planned tree works): awarded to Greenbough Arboriculture Ltd, Farnham. Value: £420,000 a year.\n"
        "Lot 2 (emergency cover): Hazelcombe Tree Services Ltd, Petersfield. Value: £95,000 a year.\n"
    )
    kinds = entity_kinds(text, knowledge)
    assert "Lot" not in kinds and "CONTRACT AWARD NOTICE" not in kinds


def test_a_site_dated_twice_by_a_short_owner_name_and_a_full_one():
    report = (
        "<html><head><title>Westmark Memorial Group plc | Annual Report 2024</title></head><body><h1>Annual Report 2024</h1>\n"
        "<p>Westmark Memorial Group runs 14 crematoria. Westmark Masons, our memorial business, turned over £19.4 million.</p>\n"
        "<h2>Milestones</h2><ul>\n<li>2009: Lichfield crematorium opens</li>\n<li>2019: Telford crematorium opens</li></ul></body></html>\n"
    )
    paper = (
        "SHREWSBURY, 14 November 2025 - A new crematorium is planned. Westmark's Telford crematorium, opened in 2020, "
        "handled 1,930 cremations last year.\n"
    )
    assert len(findings("date-mismatch", **{"report.html": report, "paper.txt": paper})) == 1


def test_sites_of_two_owners_with_different_full_names_stay_apart():
    first = "Brennan Steel opened its Tilburg mill in 2015.\n"
    second = "Brennan Foods opened its Tilburg mill in 2019.\n"
    assert not findings("date-mismatch", **{"a.txt": first, "b.txt": second})


def test_units_a_sales_line_counts_are_the_things_sold():
    release = (
        "Marlow Holiday Parks plc: results for 2025\n\nMarlow Holiday Parks plc today reported its results for 2025.\n\nHighlights\n"
        "- Revenue up 9.1% to £138.4 million (2024: £126.9 million)\n"
        "- Holiday home sales up 6% to 1,240 units (2024: 1,170)\n\n"
        "Site fees brought in £52.3 million and holiday home sales £61.8 million.\n\n"
        'Helen Marr, chief executive, said: "We sold 1,420 holiday homes in 2025, a record."\n'
    )
    assert len(findings("figure-mismatch", **{"release.txt": release})) == 1


def test_units_of_no_named_sales_stay_units(knowledge):
    claim = _claim_at(claims_of("Marlow Holiday Parks sold 1,240 units in 2025.", knowledge), "1,240 units", "Marlow")
    assert claim.value.counted == "units"


def test_a_minutes_item_s_title_names_the_deal_s_customer():
    about = (
        "<html><head><title>About Oakfield Nurseries</title></head><body><h1>About Oakfield Nurseries</h1>\n"
        "<p>In December we won the contract to supply 18,500 trees over three winters to the Severn Canopy scheme.</p>\n"
        "</body></html>\n"
    )
    minutes = (
        "SEVERN VALE DISTRICT COUNCIL\nENVIRONMENT COMMITTEE\nMinutes of the meeting held on 10 December 2024\n\n"
        "14. Severn Canopy: supply of trees, winters 2024/25 to 2026/27\n"
        "14.1 The officer reported that four bids had been received for the supply of 18,500 trees over three planting seasons.\n"
        "14.2 RESOLVED that the contract be awarded to Kestrel Vale Trees of Leominster for three years.\n"
    )
    assert len(findings("deal-award-conflict", **{"about.html": about, "minutes.txt": minutes})) == 1


def test_a_paragraph_of_another_item_names_no_customer(knowledge):
    minutes = (
        "MINUTES\n\n14. Severn Canopy: supply of trees\n14.1 The officer reported on the bids.\n\n"
        "15. Depot roof\n15.1 RESOLVED that the contract be awarded to Kestrel Roofing Ltd.\n"
    )
    deals = [c for c in claims_of(minutes, knowledge) if c.kind == "deal"]
    assert all(d.object is None or d.object.name != "Severn Canopy" for d in deals)


def test_a_company_s_own_blog_speaks_as_the_company(knowledge):
    post = (
        '---\ntitle: "Twenty-one years and a lot of mud"\nblog: "From the yard: the Oakfield Landscapes blog"\n'
        "author: Sam Whit, founder\ndate: 2025-11-06\n---\n\n"
        "When I started Oakfield in 2004 it was me and a borrowed mower. Our year to March 2025 closed with turnover of "
        "£8.6 million, and there are now 94 of us. We won our biggest contract in March.\n"
    )
    claim = _claim_at(claims_of(post, knowledge, path="post.md"), "£8.6 million", "Our year")
    assert claim.subject is not None and claim.subject.name == "Oakfield Landscapes"


def test_a_date_closing_a_forecast_conjunct_is_the_forecast_s(knowledge):
    text = "Oakfield's turnover is for the year to 31 March 2025; the firm runs more than 40 vans and forecasts £9.5m of turnover for 2025/26."
    claim = _claim_at(claims_of(text, knowledge), "more than 40 vans", "the firm runs")
    assert claim.time is None or claim.time.year != 2026


def test_a_listed_grade_is_no_name(knowledge):
    from reading_helpers import entity_kinds

    kinds = entity_kinds("Northlight Cinemas, the Leeds-based group, completed its purchase of the Grade II-listed building in March.", knowledge)
    assert not any(name.startswith("Grade") for name in kinds) and "Leeds" in kinds


def test_a_forum_post_s_header_line_dates_it(knowledge):
    post = (
        "# BikeTalk UK › Dealers\n\n**GixxerGaz** (Swindon) · 2 June 2025, 21:14\n"
        "Got quoted £11,450 at Throttle Motors. Throttle Motors apparently turned over £192.4m last year according to a trade mag.\n"
    )
    claim = _claim_at(claims_of(post, knowledge, path="thread.md"), "£192.4m", "turned over")
    assert claim.time is not None and claim.time.year == 2024


def test_a_company_blog_whose_writer_gives_no_title(knowledge):
    post = (
        '---\ntitle: "Thirty-four years behind the counter"\nblog: From the Farm Gate, the Brackwood Farm Shop blog\n'
        "date: 2025-04-14\nauthor: Sarah Ell\n---\n\n"
        "Dad opened the shop in 1991. Last year we turned over £4.8 million for the first time, and we now employ 64 people. "
        "Our café opened in 2021.\n"
    )
    claim = _claim_at(claims_of(post, knowledge, path="blog.md"), "£4.8 million", "Last year")
    assert claim.subject is not None and claim.subject.name == "Brackwood Farm Shop"


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("The officer reported that the enlarged car park would have a total of 58 spaces: 40 standard bays, 6 accessible bays and 8 bays with chargers.", True),
        ("The officer reported that the enlarged car park would have a total of 54 spaces: 40 standard bays, 6 accessible bays and 8 bays with chargers.", False),
        # No total told and no one kind of thing, but kinds of animal that
        # come near the count (54 of 58): its breakdown, which falls short
        # (round 41). A list that comes nowhere near it is no breakdown.
        ("The farm has 58 animals: 40 cows and 6 pigs and 8 hens.", True),
        ("The farm has 58 animals: 4 cows and 6 pigs and 8 hens.", False),
    ],
)
def test_counts_listed_after_a_colon_are_the_parts_of_the_count_before(sentence, flagged):
    text = "MINUTES of the planning committee, 3 June 2025\n\n" + sentence + "\n"
    assert bool(findings("parts-sum", **{"minutes.txt": text})) == flagged


def test_a_company_told_apart_whose_name_reads_as_the_topic_s(knowledge):
    text = (
        "Heritage Barn Group has paid £3.9m for a centre in Tetbury. Founded in 1997 by an auctioneer, the Derby group booked "
        "revenue of £17.2m in the year to June 2024. Readers should note that it has nothing to do with Heritage Barn Ltd, "
        "the Norwich reclamation yard founded in 2004.\n"
    )
    claims = claims_of(text, knowledge)
    other = _claim_at(claims, "2004", "reclamation yard", kind="date")
    assert other.subject is None
    own = _claim_at(claims, "1997", "Founded in 1997", kind="date")
    assert own.subject is not None and own.subject.name == "Heritage Barn"


def test_a_possessive_run_that_ends_on_a_place_of_business_is_one_name(knowledge):
    from reading_helpers import entity_kinds

    text = "TETBURY, 6 February 2025 - Wheelwright's Yard Antiques Centre, off Long Street, has been sold for £3.4 million.\n"
    kinds = entity_kinds(text, knowledge)
    assert "Wheelwright's Yard Antiques Centre" in kinds and "Wheelwright" not in kinds


def test_a_deal_a_highlight_opens_on_and_a_deal_held_by_its_owner_s_word():
    release = (
        "Marlow Repairs plc: full-year results for the year ended 30 June 2025\n\n"
        "READING, England, 16 September 2025 -- Marlow Repairs plc today announced results for the year to 30 June 2025.\n\n"
        "Highlights\n- Revenue rose 11.2% to £88.3 million\n"
        "- Three-year contract signed with Volta Mobile in May to handle its customers' insurance repairs\n"
    )
    letter = (
        "# Harcourt Trust plc\n## Letter to shareholders: third quarter 2025\n\n*Edinburgh, 20 October 2025*\n\nDear shareholder,\n\n"
        "**CrackFix Repairs** had revenue of £21.7m in calendar 2024: its three-year Volta Mobile insurance repair contract, "
        "signed in May, began this month.\n"
    )
    assert len(findings("deal-award-conflict", **{"release.txt": release, "letter.md": letter})) == 1


def test_a_deal_in_a_highlight_of_no_own_report_has_no_holder(knowledge):
    story = "Highlights of the week\n- Three-year contract signed with Volta Mobile in May, a source said.\n"
    assert not [c for c in claims_of(story, knowledge) if c.kind == "deal"]


def test_a_planning_summary_s_header_fields_and_a_listed_grade_are_no_names(knowledge):
    from reading_helpers import entity_kinds

    text = (
        "COTSWOLD DISTRICT COUNCIL - PLANNING APPLICATION SUMMARY\nSite: Wheelwright's Yard Antiques Centre, Long Street, Tetbury\n"
        "Received: 3 March 2025 | Validated: 11 March 2025 | Target decision date: 6 May 2025\n\n"
        "Proposal: Conversion of the former barn (Grade II listed) to provide 30 additional dealer units.\n"
    )
    kinds = entity_kinds(text, knowledge)
    assert "Validated" not in kinds and "Grade II" not in kinds


@pytest.mark.parametrize(
    "sentence, cumulative",
    [
        ("The site has been in use as an antiques centre since 1998 and currently contains 96 dealer units over three floors.", False),
        ("Since 1998 the centre has let 960 dealer units to traders.", True),
    ],
)
def test_a_present_conjunct_after_since_tells_a_level(knowledge, sentence, cumulative):
    claim = next(c for c in claims_of(sentence, knowledge) if c.kind == "count")
    assert (claim.qualifiers is not None and claim.qualifiers.scope == "cumulative") == cumulative
