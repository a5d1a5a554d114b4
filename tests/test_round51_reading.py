"""Readings added in round 51, each on sentences of our own.

- Sums: a sum told in one sentence and itemised in the next, after "Here's
  how that broke down:" in a list of "label: figure" lines, or after "The
  main items were" (only when the items come to more than the sum, as a
  list of the main items may leave some out).
- Who: a name that ends on "Club" or "Society" is a body, and "the club" is
  it rather than a street the section is headed by; a press release's run-in
  "ABOUT X:" label names X; a contract "let to" a firm is that firm's; "they"
  after a word of hearsay ("Apparently they paid") is the buyer of the
  takeover the sentence before told, "is taking over" too; a results
  release's bullet "Acquisition of X ... for £2.6 million" is the reporting
  company's; a sentence's first word that "listed in 2018" is a company.
- When: a year that closes a deed told in the past ("which floated on AIM
  in 2019") does not date a figure of the present joined after it ("and
  operates 104 centres").
- Facts: "The club, formed in 1882" states a founding year.

Some tests guard what the rules must not do and pass on the round's
starting code too.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, findings_against_facts, kinds_of, subject_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


_GROOMING = (
    "---\ntitle: Our year at Muddy Paws\ndate: 2025-12-20\n---\n\n"
    "We groomed 2,340 dogs this year, our busiest since we opened the salon. Here's how that broke down:\n"
    "- Full grooms: 1,480\n"
    "- Bath and tidy: {bath}\n"
    "- Puppy visits: 150\n\n"
    "Thank you all for trusting us with your dogs.\n"
)


def test_a_sum_broken_down_in_the_list_under_the_next_sentence_is_summed():
    found = findings("parts-sum", **{"review.md": _GROOMING.format(bath="610")})
    assert len(found) == 1
    assert "2,340" in found[0].message and "2,240" in found[0].message


def test_a_breakdown_that_adds_up_is_no_finding():
    assert not findings("parts-sum", **{"review.md": _GROOMING.format(bath="710")})


def test_the_lists_bare_numbers_are_counts_of_the_sums_things(knowledge):
    claims = claims_of(_GROOMING.format(bath="610"), knowledge, "review.md")
    part = figure(claims, "1,480")
    assert part.role == "part" and part.event == figure(claims, "2,340 dogs").event


_MAIN_ITEMS = (
    "ASHWORTH VILLAGE HALL TRUST\nMinutes of the annual meeting held on 12 May 2025\n\n"
    "3. ACCOUNTS. Total income for the year was £96,400 (2023-24: £88,100). The main items were hall hire "
    "£{hire}, lettings to the nursery £30,100 and donations £17,800.\n"
)


def test_main_items_that_come_to_more_than_the_sum_are_summed():
    found = findings("parts-sum", **{"minutes.txt": _MAIN_ITEMS.format(hire="51,200")})
    assert len(found) == 1 and "£96,400" in found[0].message


def test_main_items_that_come_to_less_may_leave_some_out():
    assert not findings("parts-sum", **{"minutes.txt": _MAIN_ITEMS.format(hire="41,200")})


def test_a_name_ending_on_club_is_a_body_the_club_means(knowledge):
    text = (
        "BRAMLEY CROWN GREEN BOWLING CLUB\nMinutes of the meeting held in the pavilion, Orchard Lane, Leeds, on 3 April 2025.\n\n"
        "4. ORCHARD LANE PAVILION. The chair reported on the new roof. The club has been given £42,000 by the Leeds Sports Trust.\n"
    )
    assert kinds_of(text, knowledge).get("BRAMLEY CROWN GREEN BOWLING CLUB") == "organisation"
    assert subject_of(claims_of(text, knowledge), "£42,000") == "BRAMLEY CROWN GREEN BOWLING CLUB"


def test_a_contract_let_to_a_firm_is_its_contract(knowledge):
    text = "Bramley Bowling Club met on 3 April 2025.\n\nThe catering contract has been let to Pellow Foods for £84,000 a year.\n"
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "£84,000 a year") == "Pellow Foods"
    assert figure(claims, "£84,000 a year").event == "contract"


def test_a_founding_told_as_formed_is_checked_against_the_facts(tmp_path):
    facts = "- subject: Denholme Choral Society\n  attribute: founded\n  value: 1879\n"
    text = (
        "Denholme Choral Society will sing Messiah in the town hall on 14 December 2025. "
        "The society, formed in 1884, has sung it every Christmas since the First World War.\n"
    )
    found = findings_against_facts(facts, tmp_path, **{"concert.txt": text})
    assert any("1884" in f.message and "1879" in f.message for f in found)


_RELEASE = (
    "MARLOWE OPTICS PLC\nFinal results for the year ended 31 March 2025\n\n"
    "NORWICH, 10 June 2025 - Marlowe Optics plc, the eye-care group, announces its results.\n\n"
    "Operational highlights\n"
    "- Acquisition of Penhallow Eyecare, announced in February 2025 for £1.4 million in cash, completed on 2 May 2025\n"
    "- Opened five practices in the year\n\n"
    "ABOUT MARLOWE: Marlowe Optics plc runs 41 practices across eastern England. Founded in Ipswich in 2004, "
    "the group employs about 520 people and has been listed on AIM since 2016.\n"
)


def test_an_about_label_run_in_before_its_text_names_the_company(knowledge):
    claims = claims_of(_RELEASE, knowledge)
    assert "ABOUT MARLOWE" not in kinds_of(_RELEASE, knowledge)
    assert subject_of(claims, "about 520 people") == "Marlowe Optics"


def test_an_acquisition_bullet_of_a_results_release_is_the_reporters(knowledge):
    claims = claims_of(_RELEASE, knowledge)
    bought = figure(claims, "£1.4 million")
    assert bought.subject is not None and bought.subject.name == "Marlowe Optics"
    assert bought.object is not None and bought.object.name == "Penhallow Eyecare"


def test_a_past_deeds_year_does_not_date_a_present_figure_joined_after_it(knowledge):
    text = (
        "NORWICH, 3 March 2025 - The respondent, Marlowe Optics, which floated on AIM in 2016 and operates "
        "41 practices, argued that the dismissal was fair.\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "41 practices").time is None or figure(claims, "41 practices").time.year == 2025
    assert figure(claims, "2016").time.year == 2016


def test_a_past_deeds_figure_keeps_its_year(knowledge):
    text = "NORWICH, 3 March 2025 - Marlowe Optics, which opened 12 practices in 2016 and operates 41 today, is for sale.\n"
    assert figure(claims_of(text, knowledge), "12 practices").time.year == 2016


@pytest.mark.parametrize("verb", ["is taking over", "has bought"])
def test_they_after_hearsay_is_the_buyer_of_the_takeover_before(knowledge, verb):
    text = (
        "Posted 21 January 2025\n\n"
        f"So it's official, Marlowe Optics {verb} Penhallow Eyecare. Apparently they paid £1.9m for it, "
        "according to the local paper.\n"
    )
    paid = figure(claims_of(text, knowledge), "£1.9m")
    assert paid.subject is not None and paid.subject.name == "Marlowe Optics"
    assert paid.object is not None and paid.object.name == "Penhallow Eyecare"


def test_a_first_word_that_listed_is_a_company(knowledge):
    text = (
        "Dear investors,\n\nThe market is moving. Ardsley, which listed in 2018, made its £17m purchase of "
        "Kelby Compost last year, and we expect more deals.\n"
    )
    assert subject_of(claims_of(text, knowledge), "£17m") == "Ardsley"


def test_a_name_something_started_under_is_not_what_a_later_description_means(knowledge):
    text = (
        "There is a particular sound in the back room of Cueworks Hillsborough on a weekday afternoon.\n\n"
        "The club opened its doors in 1971 as the Hillsborough Snooker Club, the idea of a miner. "
        "The Cueworks chain bought the place in 1999. The club now has 22 tables over two floors.\n"
    )
    assert subject_of(claims_of(text, knowledge), "22 tables") == "Cueworks Hillsborough"


def test_a_name_it_trades_under_is_still_what_it_is(knowledge):
    text = (
        "Brennock Lending Technologies (BLT), trading as Brennock, is an Irish lender founded in 2017.\n\n"
        "The company raised a €3 million seed round in 2018 and a €12 million Series A, led by Tessaly Capital, in 2020.\n"
    )
    assert subject_of(claims_of(text, knowledge, "profile.txt"), "€3 million") == "Brennock Lending Technologies"


def test_a_named_site_in_a_town_keeps_its_figures(knowledge):
    text = (
        "MANCHESTER, 3 June 2025 - Most of the new money goes into the Clipworks Academy in Salford, "
        "which opened last month and trains eighty apprentices a year.\n"
    )
    trains = figure(claims_of(text, knowledge), "eighty apprentices a year")
    assert trains.subject is not None and trains.subject.name == "Clipworks Academy" and trains.object is None


def test_a_sum_of_each_one_is_a_sum_per_thing(knowledge):
    text = (
        "# Clear Sight Trust annual report 2025\n\nNet of fundraising costs, £371,000 was available for our work. "
        "Each examination, including the glasses we dispense, costs us about £38 once frames and travel are counted.\n"
    )
    each = figure(claims_of(text, knowledge, "report.md"), "about £38")
    assert each.value is not None and each.value.per == "examination"


def test_a_sum_restated_with_tax_in_brackets_is_no_rival(knowledge):
    text = (
        "CONTRACT AWARD NOTICE\n\nContracting authority: Tayside Venues Partnership\n"
        "Awarded to: Kelbrook Refrigeration Ltd\n"
        "Contract value: £2,400,000 excluding VAT (£2,880,000 including VAT)\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "£2,880,000").role == "conversion"
    assert figure(claims, "£2,400,000").role is None


def test_an_award_notices_fields_written_as_a_table_credit_the_winner(knowledge):
    text = (
        "<html><head><title>Contract award notice | Tayside Venues Partnership</title></head><body>"
        "<h1>Contract award notice: ice rink refrigeration plant</h1>"
        "<h2>Section I: Contracting authority</h2><p>Tayside Venues Partnership, Caird Avenue, Dundee.</p>"
        "<table><tr><th>Awarded to</th><td>Kelbrook Refrigeration Ltd, Glasgow</td></tr>"
        "<tr><th>Contract value</th><td>£2,400,000 excluding VAT</td></tr>"
        "<tr><th>Date of award</th><td>11 December 2024</td></tr></table></body></html>"
    )
    value = figure(claims_of(text, knowledge, "notice.html"), "£2,400,000")
    assert value.subject is not None and value.subject.name == "Kelbrook Refrigeration"
    assert value.event == "contract"


def test_a_body_that_capitalises_its_own_head_is_described_by_it(knowledge):
    text = (
        "Porthcarrow Harbour Trust, Harbour Office, The Quay, Porthcarrow. The Trust is a statutory harbour "
        "authority established by Act of Parliament in 1894. It manages a fishing harbour and a 180-berth marina.\n"
    )
    assert subject_of(claims_of(text, knowledge), "180-berth") == "Porthcarrow Harbour Trust"


def test_a_count_of_the_things_a_capacity_fact_counts_is_checked_against_it(tmp_path):
    facts = "- subject: Porthcarrow Harbour Trust\n  attribute: capacity\n  value: \"150\"\n  unit: marina berths\n"
    text = (
        "Porthcarrow Harbour Trust, Harbour Office, The Quay, Porthcarrow. The Trust is a statutory harbour "
        "authority established by Act of Parliament in 1894. It manages a fishing harbour and a 180-berth marina.\n"
    )
    found = findings_against_facts(facts, tmp_path, **{"notice.txt": text})
    assert any("180" in f.message and "150" in f.message for f in found)


@pytest.mark.parametrize(
    "minutes, officer",
    [
        ("Present: Helen Okafor (Chair), Janet Pilling (Squash Captain) and 71 members.", "Squash Captain"),
        ("Proposed R. Hale, seconded D. Ng. Minutes taken by the Hon. Secretary.", "D. Ng"),
    ],
)
def test_a_clubs_officers_and_initialled_members_are_people(knowledge, minutes, officer):
    text = f"HARROWDENE LAWN TENNIS CLUB\nMinutes of the AGM held on 3 February 2025\n\n{minutes}\n"
    assert kinds_of(text, knowledge).get(officer) in (None, "person")
    assert "Hon" not in kinds_of(text, knowledge)


def test_a_market_a_company_is_listed_on_is_no_it(knowledge):
    text = (
        "About Corwen. Corwen Packaging plc makes corrugated boxes. Founded in Telford in 1972 and listed on AIM "
        "since 2011, it employs 1,150 people at seven UK sites.\n"
    )
    assert subject_of(claims_of(text, knowledge), "1,150 people") == "Corwen Packaging"


def test_an_incorporation_after_years_as_a_partnership_is_no_founding(knowledge):
    text = "LEEDS, 3 June 2025 - Fadeline Barbers Ltd, incorporated in 2013 after two years as a partnership, now has 52 shops.\n"
    assert figure(claims_of(text, knowledge), "2013").event != "founding"


def test_an_incorporation_alone_is_an_incorporation(knowledge):
    # (Round 54: a company is incorporated once, often years after its
    # business began; the labelled corpora written by others hold the two
    # apart, so an incorporation is its own event, never a founding.)
    text = "LEEDS, 3 June 2025 - Fadeline Barbers Ltd, incorporated in 2013, now has 52 shops.\n"
    assert figure(claims_of(text, knowledge), "2013").event == "incorporation"


def test_a_change_of_a_measure_named_in_its_own_clause_is_not_checked_against_the_sentences_levels():
    text = (
        "# Corwen Packaging: results for the year to March 2025\n\n"
        "- Revenue rose 6% to £290.0 million (FY2024: £273.6 million), with volumes up 4% and the balance from price.\n"
    )
    assert not findings("change-mismatch", **{"results.md": text})


def test_a_wrong_change_of_the_sentences_measure_is_still_checked():
    text = "# Corwen Packaging: results for the year to March 2025\n\n- Revenue rose 4% to £290.0 million (FY2024: £273.6 million).\n"
    assert len(findings("change-mismatch", **{"results.md": text})) == 1


def test_a_table_total_under_a_sentence_stating_a_total_is_of_its_measure():
    text = (
        "<html><head><title>Clean Start Trust: impact report 2024</title></head><body>"
        "<h2>Where the money came from</h2><p>Total income reached £196,500 in 2024, the most we have ever raised.</p>"
        "<table><tr><th>Source</th><th>2024 (£)</th></tr><tr><td>Grants</td><td>84,000</td></tr>"
        "<tr><td>Donations</td><td>41,500</td></tr><tr><td>Trading</td><td>62,000</td></tr>"
        "<tr><th>Total</th><td>187,500</td></tr></table></body></html>"
    )
    found = findings("figure-mismatch", **{"impact.html": text})
    assert len(found) == 1 and "196,500" in found[0].message and "187,500" in found[0].message


def test_the_doer_of_a_passive_before_under_a_contract_holds_it(knowledge):
    text = (
        "Greenbay results, 3 May 2025.\n\nCueworks Kirkstall opened on 14 March 2025. It was built for £2.25m and has "
        "30 tables, supplied and fitted by Corlan Tables of Bolton under a £0.9m contract.\n"
    )
    assert subject_of(claims_of(text, knowledge), "£0.9m") == "Corlan Tables"


def test_a_builder_appointed_to_a_sums_job_holds_its_contract(knowledge):
    text = "Porthcarrow Gazette, 3 March 2025.\n\nThe harbour trust has appointed Penwith Marine to the £2.35m breakwater repair.\n"
    repair = figure(claims_of(text, knowledge), "£2.35m")
    assert repair.event == "contract" and repair.subject is not None and repair.subject.name == "Penwith Marine"


def test_a_posts_opening_so_is_no_word_of_a_name(knowledge):
    assert "So FC" not in kinds_of("So FC have gone and done it. They took £8.5m off Hollins Growth Partners.\n", knowledge)


def test_a_head_alone_after_a_bracket_is_no_name(knowledge):
    text = "Crowe took over the South Sydney Rabbitohs, an Australian National Rugby League (NRL) Club, on 3 March 2006.\n"
    assert "Club" not in kinds_of(text, knowledge)


def test_a_signatures_company_does_not_run_into_the_disclaimer_under_it(knowledge):
    text = (
        "From: Declan Murray\nSent: 3 March 2025\n\nThanks, we can do 40 tonnes a week.\n\n--\n"
        "Declan Murray, Key Account Manager, Ardvale Mushrooms Group\n"
        "This email and any attachments are confidential.\n"
    )
    assert not any("This" in name for name in kinds_of(text, knowledge))


def test_a_guests_company_written_with_her_family_possessive_is_her_we(knowledge):
    text = (
        "BARROW TALK - the podcast about people who sell food\n"
        "Episode 12: \"Second shop\" with Tess Marlow of Marlow's Greengrocers, Ipswich\n"
        "Published 19 June 2025 | Transcript, lightly edited\n\n"
        "[00:00] SAM OKORO: Hello and welcome. I'm in the back room of a greengrocer's in Ipswich with Tess Marlow.\n"
        "[00:18] TESS MARLOW: Thanks for coming. Mind the leeks.\n"
        "[00:41] SAM: So you're third generation. Take us back.\n"
        "[00:44] TESS: My grandad started with a barrow on the market in 1961, and my dad opened this shop in 1990. "
        "So we've been on that market over 60 years, and we've still got the stall.\n"
        "[02:15] SAM: And you've just opened a second shop.\n"
        "[02:17] TESS: Felixstowe, yes. We opened there in April 2025, so it's still a baby.\n"
        "[05:34] TESS: We do 410 veg boxes a week now, delivered on Fridays.\n"
    )
    assert subject_of(claims_of(text, knowledge), "410 veg boxes a week") == "Marlow's Greengrocers"


def test_a_speaker_who_sits_on_a_bodys_committee_speaks_for_it_next(knowledge):
    text = (
        "BARROW TALK - Episode 12\nPublished 19 June 2025\n\n"
        "[00:18] TESS MARLOW: Marlow Fruit is my family's shop. We have six staff.\n"
        "[14:43] TESS MARLOW: I'm on the committee of the Suffolk Market Traders' Association. "
        "We've got 480 members now, more than we've ever had.\n"
    )
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "480 members") == "Suffolk Market Traders' Association"
    assert subject_of(claims, "six staff") != "Suffolk Market Traders' Association"


def test_a_family_business_founded_by_a_surname_is_the_company_of_that_name(knowledge):
    text = (
        "BIRMINGHAM, 3 June 2025 - A tribunal has found that Vellery & Sons Demolition unfairly dismissed a driver. "
        "The family business was founded in 1962 by Arthur Vellery and employs about 120 people.\n"
    )
    assert subject_of(claims_of(text, knowledge), "about 120 people") == "Vellery & Sons Demolition"


def test_a_date_closing_the_verbs_figure_does_not_date_the_subjects_count(knowledge):
    text = (
        "---\ntitle: \"Brannick Group plc: preliminary results\"\ndate: 2025-09-16\n---\n\n"
        "Our 710 employees worked more than 1.4 million hours last year, and we took on 38 apprentices.\n"
    )
    claims = claims_of(text, knowledge, "results.md")
    staff = figure(claims, "710 employees")
    assert staff.time is None or staff.time.year == 2025
    assert figure(claims, "more than 1.4 million hours").time.year == 2024


def test_where_a_person_of_an_age_is_from_is_a_place(knowledge):
    text = (
        "LEEDS, 3 June 2025 - Kyle Brannan, 34, of Bramley, Leeds, told an employment tribunal that he had worked "
        "for Skyward Lofts Ltd at its Leeds branch. The Leeds branch has 26 staff.\n"
    )
    assert kinds_of(text, knowledge).get("Bramley") in (None, "place")


def test_a_blogs_byline_with_its_date_names_whose_blog_it_is(knowledge):
    text = (
        "# From the shop floor: why our strawberries cost what they cost\n\n"
        "*Marlow's Greengrocers blog · Posted 9 July 2025 by Ollie Marlow, shop manager, Felixstowe*\n\n"
        "A customer asked me why our strawberries cost more. We buy from two farms, and we pay them fairly.\n\n"
        "Some good news while I have you. Since we opened in Felixstowe in June 2025, the town has been brilliant to us.\n"
    )
    assert subject_of(claims_of(text, knowledge, "blog.md"), "June 2025") == "Marlow's Greengrocers"


def test_a_plurals_apostrophe_before_a_body_stays_in_its_name(knowledge):
    text = "The Suffolk Market Traders' Association, which has 436 members across 23 markets, ran its survey in March 2025.\n"
    assert "Suffolk Market Traders' Association" in kinds_of(text, knowledge)


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Its founder's daughter says it sold 148,000 tickets in 2024 and she expects more this year.", "148,000 tickets"),
        ("The accounts for 2024 show turnover of £5.3 million, up nicely, so I wouldn't call them in trouble.", "£5.3 million"),
    ],
)
def test_a_forecast_in_a_clause_of_its_own_leaves_the_figure_told(knowledge, sentence, surface):
    text = f"GREENHILL, 3 March 2025 - Circus Valentia is back. {sentence}\n"
    assert figure(claims_of(text, knowledge), surface).tense != "future"


def test_a_forecast_of_the_figures_own_clause_is_still_future(knowledge):
    text = "GREENHILL, 3 March 2025 - Circus Valentia says it expects to sell 160,000 tickets in 2025.\n"
    assert figure(claims_of(text, knowledge), "160,000 tickets").tense == "future"


def test_a_figure_whose_clause_says_now_is_not_of_its_paragraphs_lead_year(knowledge):
    text = (
        "---\ntitle: Our story\ndate: 2025-05-01\n---\n\n## From a van to a nursery\n"
        "For fourteen years the business ran out of a garage. In 2008 we bought the old Thornfield market garden, "
        "and our 16-acre nursery there now grows most of our trees.\n"
    )
    acres = figure(claims_of(text, knowledge, "story.md"), "16-acre")
    assert acres.time is None or acres.time.year == 2025


def test_a_forms_contractor_field_and_its_lots_value_credit_the_winner(knowledge):
    text = (
        "CONTRACT AWARD NOTICE - Works | Published 28 April 2025\n"
        "Section I - Contracting authority. Don Vale Homes Ltd, Asset Management Team, Sheffield.\n"
        "Section V - Award of contract. Lot 1. V.2.1 Date of conclusion of the contract: 14 April 2025. "
        "V.2.3 Name and address of the contractor: Hallam & Pryor Roofing Ltd, Unit 4, Worksop Road, Sheffield. "
        "V.2.4 Total value of the contract/lot (excluding VAT): £3.9 million.\n"
        "Lot 2. V.2.1 Date of conclusion of the contract: 14 April 2025. V.2.3 Name and address of the contractor: "
        "Castlegate Roof Services Ltd, Rotherham. V.2.4 Total value of the contract/lot (excluding VAT): £2.5 million.\n"
        "VI.5 Correction: this notice replaces the version published on 22 April 2025, which gave the value of Lot 2 "
        "in error as £2.8 million.\n"
    )
    claims = claims_of(text, knowledge, "notice.txt")
    assert subject_of(claims, "£3.9 million") == "Hallam & Pryor Roofing"
    assert subject_of(claims, "£2.5 million") == "Castlegate Roof Services"
    assert figure(claims, "£2.8 million").event != "contract"


def test_a_deals_sum_after_a_contract_won_is_that_contract(knowledge):
    text = (
        "SHEFFIELD, 3 October 2025 - Dennis Hallam has died aged 78. In the spring the family business, Hallam & Pryor "
        "Roofing, won its biggest contract yet: a £4.6m deal with Don Vale Homes to re-roof 400 homes.\n"
    )
    deal = figure(claims_of(text, knowledge), "£4.6m")
    assert deal.event == "contract"


def test_a_description_named_later_by_the_one_name_that_says_it_is_that_name(knowledge):
    text = (
        "Ernesto Valenti, who has died aged 91, was born in Verona. He met Maud Pickering at a fair in Malton. "
        "They married within the year, and he founded the circus in 1961 with Maud and six horses.\n\n"
        "Circus Valenti now tours with a company of 64 artists and crew.\n"
    )
    assert subject_of(claims_of(text, knowledge), "1961") == "Circus Valenti"


def test_a_name_beside_the_site_something_was_founded_at_is_a_place(knowledge):
    text = (
        "Born in Hebden Bridge in October 1938, he left school at fifteen to work in the forge his grandfather "
        "Walter founded in 1926 beside the Rochdale Canal.\n"
    )
    assert subject_of(claims_of(text, knowledge), "1926") != "Rochdale Canal"


def test_a_description_before_the_name_it_stands_for_still_founds_it(knowledge):
    text = (
        "HALIFAX, 3 June 2025 - The agency she runs, Kindlevale Home Care, began at her kitchen table in 2008, "
        "when she left the NHS. Today the business employs 240 care workers.\n"
    )
    assert figure(claims_of(text, knowledge), "2008").event == "founding"


def test_a_breakdown_with_an_item_not_read_sums_nothing():
    text = (
        "We groomed 2,340 dogs this year. Here's how that broke down:\n"
        "- Full grooms: 1,480\n- Bath and tidy: about six hundred\n- Puppy visits: 150\n"
    )
    assert not findings("parts-sum", **{"review.md": text})


@pytest.mark.parametrize("other, found", [("95 sold other goods", 1), ("60 sold other goods", 0)])
def test_kinds_of_a_whole_after_of_are_summed_only_when_they_come_to_more(other, found):
    text = (
        "# Suffolk market traders' survey 2025\n\nThis year we had our best response yet. Of the 214 respondents, "
        f"131 were fruit and veg traders and {other}, from cheese to phone cases.\n"
    )
    assert len(findings("parts-sum", **{"survey.md": text})) == found
