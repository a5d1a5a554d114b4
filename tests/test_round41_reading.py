"""Readings added in round 41, each on sentences of our own.

- A contract's value is its winner's: "be awarded to Brackley Glazing Ltd
  at £2.4 million", its restatement in brackets ("£1.3 million a year
  (£5.2 million over four years)"), an award notice's "Contract value:"
  under the lot its winner won, and a minute's "The contract is valued at"
  in an item that appoints one contractor. "won the pumping lot of the
  Fenland Water Board's contract" is the winner's, the board its customer.
- A minute's resolution in capitals ("RESOLVED that", "AGREED (a) that")
  is no name.
- Contracts told with two terms ("a four-year contract", "over two
  years") or for two purposes (two lots) are two contracts.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, findings, kinds_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _holders(text: str, knowledge) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """Each money figure's subject, by the figure's words."""
    return {c.evidence.text: (c.subject.name if c.subject else None) for c in claims_of(text, knowledge) if c.kind == "money"}


@pytest.mark.parametrize(
    "text, figure, holder",
    [
        ("RESOLVED that the contract for window replacement be awarded to Brackley Glazing Ltd at £2.4 million.", "£2.4 million", "Brackley Glazing"),
        ("The cleaning contract was awarded to Tidewell Services for £310,000.", "£310,000", "Tidewell Services"),
        ("AGREED (a) that the contract for gritting be awarded to Saltway Haulage Ltd at £95,000 a year.", "£95,000 a year", "Saltway Haulage"),
        # The restatement in brackets of the figure before it.
        (
            "RESOLVED that the boiler contract be awarded to Copperfield Heating Ltd at £1.3 million a year (£5.2 million over four years).",
            "£5.2 million",
            "Copperfield Heating",
        ),
        # The customer's possessive after a verb of winning is the customer.
        ("Osier Pumps won the pumping lot of the Fenland Water Board's contract, worth £5.1m.", "£5.1m", "Osier Pumps"),
        ("Osier Pumps has won the Fenland Water Board's maintenance contract, a deal worth £5.1m.", "£5.1m", "Osier Pumps"),
        # A contract's own holder is still its holder.
        ("The Fenland Water Board's £5.1m contract with Osier Pumps was signed in May.", "£5.1m", "Fenland Water Board"),
    ],
)
def test_a_contracts_value_is_held_by_its_winner(knowledge, text, figure, holder):
    assert _holders(text, knowledge)[figure] == holder


def test_a_part_in_brackets_is_no_restatement(knowledge):
    text = "RESOLVED that the contract be awarded to Tidewell Services Ltd at £2m (£500,000 of it for repairs)."
    holders = _holders(text, knowledge)
    assert holders["£2m"] == "Tidewell Services"
    assert holders["£500,000"] is None


def test_a_resolution_in_capitals_is_no_name(knowledge):
    text = "7. WINDOWS\nRESOLVED (a) that the contract be awarded to Brackley Glazing Ltd at £2.4 million over three years.\n"
    holders = _holders("MINUTES OF THE HOUSING COMMITTEE, 3 June 2025\n\n" + text, knowledge)
    assert "RESOLVED" not in holders.values()
    assert holders["£2.4 million"] == "Brackley Glazing"


NOTICE = (
    "CONTRACT AWARD NOTICE\n"
    "Buyer: Fenland Water Board, March\n"
    "Date of award decision: 2 May 2025\n"
    "Lot 1 - Pumping stations\n"
    "Awarded to: Osier Pumps Ltd, Wisbech\n"
    "Contract value: £4,200,000 excluding VAT over four years (£1,050,000 a year)\n"
    "Lot 2 - Drains and culverts\n"
    "Awarded to: Reedcut Drainage Ltd, Ely\n"
    "Contract value: £900,000 excluding VAT over three years\n"
)


def test_an_award_notices_values_are_the_winners_of_their_lots(knowledge):
    holders = _holders(NOTICE, knowledge)
    assert holders == {"£4,200,000": "Osier Pumps", "£1,050,000 a year": "Osier Pumps", "£900,000": "Reedcut Drainage"}
    claims = {c.evidence.text: c for c in claims_of(NOTICE, knowledge) if c.kind == "money"}
    assert claims["£4,200,000"].event == "contract" and claims["£4,200,000"].object.name == "Fenland Water Board"
    assert claims["£4,200,000"].purpose == "Pumping stations"


def test_a_lots_line_names_its_winner_after_its_colon(knowledge):
    notice = (
        "CONTRACT AWARD NOTICE\nBuyer: Weyford Homes, Woking\n"
        "Lot 1 (planned works): awarded to Ashbough Trees Ltd, Farnham. Value: £420,000 a year; total value £1,260,000.\n"
        "Lot 2 (emergency cover): Hollyfield Tree Services Ltd, Petersfield. Value: £95,000 a year.\n"
        "Lot 3: Weyford depots and offices. Value: £40,000 a year.\n"
    )
    holders = _holders(notice, knowledge)
    assert holders["£1,260,000"] == "Ashbough Trees"
    assert holders["£95,000 a year"] == "Hollyfield Tree Services"
    # A lot's description that opens on a name is no winner: no legal suffix, no label.
    assert holders["£40,000 a year"] is None


def test_an_award_notice_against_a_story_of_its_winner():
    story = "Osier Pumps has won the pumping stations lot of the Fenland Water Board's contract, a four-year deal worth £5.1m, in May 2025."
    found = findings("figure-mismatch", **{"notice.txt": NOTICE, "story.txt": story})
    assert len(found) == 1 and "£4,200,000" in found[0].message and "£5.1m" in found[0].message


def test_a_minutes_contract_value_is_the_appointed_contractors():
    minutes = (
        "HOUSING COMMITTEE\nMinutes of the meeting of 3 June 2025\n\n"
        "8. GROUNDS MAINTENANCE CONTRACT\n"
        "The contract is valued at £300,000 a year, or £1.5 million over five years. Four bids were received.\n"
        "RESOLVED: that Greenway Grounds Ltd be appointed as the committee's grounds maintenance contractor for five years.\n"
    )
    story = "Greenway Grounds beat three rivals to a five-year deal worth £1.9m with the Housing Committee in June 2025."
    found = findings("figure-mismatch", **{"minutes.txt": minutes, "story.txt": story})
    assert len(found) == 1 and "£1.5 million" in found[0].message and "£1.9m" in found[0].message


def test_a_value_told_as_another_deal_is_not_the_awarded_one(knowledge):
    text = (
        "Shipyard diary\n\nMost of the book is a pair of ferries for Baltmere Lines, a contract worth €350 million when it was signed.\n\n"
        "Kielmark Werft won the €87m patrol-boat contract from Veskar Coastal in June 2025.\n"
    )
    holders = _holders(text, knowledge)
    assert holders["€350 million"] != "Kielmark Werft"
    assert holders["€87m"] == "Kielmark Werft"


def test_contracts_of_two_terms_are_two_contracts():
    release = "In July 2025 Hartwell Group won a four-year contract to service the boilers in 6,200 council homes, worth £5.2 million."
    minutes = (
        "HOUSING COMMITTEE, 22 July 2025\n\n"
        "18. HEATING CONTRACTS\n"
        "RESOLVED (a) that Lot 1, boiler servicing for four years, be awarded to Copperfield Heating Ltd at £5.2 million; "
        "(b) that Lot 2, the installation of heat pumps in 350 homes over two years, be awarded to Hartwell Group plc at £3.85 million.\n"
    )
    assert findings("figure-mismatch", **{"release.txt": release, "minutes.txt": minutes}) == ()


def test_contracts_of_one_term_and_one_winner_are_one_contract():
    release = "In July 2025 Hartwell Group won a four-year contract to service the boilers in 6,200 council homes, worth £5.2 million."
    story = "Hartwell Group started work in July 2025 on the four-year, £6.4 million contract to service the council's boilers."
    found = findings("figure-mismatch", **{"release.txt": release, "story.txt": story})
    assert len(found) == 1


def test_two_lots_of_one_buyer_won_by_one_supplier_are_two_contracts():
    notice = (
        "CONTRACT AWARD NOTICE\nContracting authority: Heathland Housing Partnership\n"
        "Lot 1, electrical materials. Contractor: Ferrowatt Wholesale Ltd, Walsall. Estimated value: £8.6 million over four years.\n"
        "Lot 2, LED and emergency lighting. Contractor: Voltline Distribution plc, Coventry. Estimated value: £2.9 million over four years.\n"
    )
    review = "In February 2025 Voltline Distribution was appointed sole supplier under Heathland Housing Partnership's four-year, £8.6 million framework for electrical materials."
    assert findings("figure-mismatch", **{"notice.txt": notice, "review.txt": review}) == ()


def test_a_sites_name_before_a_companys_head_describes_the_company(knowledge):
    text = (
        "LEEDS, 14 August 2025 - Bed maker Restwell has opened a second line at its Hollins Mill factory in Leeds.\n\n"
        "The Hollins Mill firm, which has been at the site since 1983, turned over £86.4m last year.\n"
    )
    assert _holders(text, knowledge)["£86.4m"] == "Restwell"


def test_a_release_dated_by_its_dateline_reports_the_period_its_title_names(knowledge):
    text = (
        "Tarnwell Cranes plc: results for the year ended 31 December 2024\n\n"
        "SHEFFIELD, England, 18 March 2025 (Business Newswire) - Tarnwell Cranes plc, the crane hire company, "
        "today reported revenue up 6.1% to £148.3 million and operating profit of £18.9 million.\n"
    )
    years = {c.evidence.text: c.time.year for c in claims_of(text, knowledge) if c.kind == "money"}
    assert years == {"£148.3 million": 2024, "£18.9 million": 2024}


def test_a_dateline_still_dates_a_stock_it_tells(knowledge):
    text = (
        "Tarnwell Cranes plc: results for the year ended 31 December 2024\n\n"
        "SHEFFIELD, England, 18 March 2025 - Tarnwell Cranes plc now employs 1,240 people.\n"
    )
    staff = next(c for c in claims_of(text, knowledge) if c.kind == "count")
    assert staff.time is not None and staff.time.year == 2025


def test_a_family_name_with_its_s_where_no_possessive_stands_is_the_business(knowledge):
    text = (
        "George Hadley, master butcher, 1937-2025\n\n"
        "George Hadley, who turned his father's shop into a well-known butcher, has died aged 88.\n\n"
        "Hadley's, which turned over £9.6 million last year, now has 14 shops.\n"
    )
    assert _holders(text, knowledge)["£9.6 million"] == "Hadley's"
    # His possessive before a noun is still his.
    text2 = "George Hadley, master butcher, has died aged 88. Hadley's sausages won prizes in 1971."
    assert all(c.subject is None or c.subject.name != "Hadley's" for c in claims_of(text2, knowledge))


def test_a_run_in_heading_in_capitals_is_no_name(knowledge):
    email = (
        "Subject: The Butcher's Block | November 2025\n"
        "From: Bracken Meats <news@bracken.example>\n"
        "Date: Tuesday 4 November 2025\n\n"
        "Hello,\n\n"
        "CHRISTMAS ORDERS ARE OPEN. You can order a turkey at all 16 of our shops until 14 December.\n\n"
        "A BIG THANK YOU. Last year our shops took £8.4 million between them, our best year ever.\n\n"
        "PUB NEWS. Since April we have supplied the Severn Inns pubs.\n"
    )
    names = kinds_of(email, knowledge)
    assert not any(name.isupper() and " " in name for name in names)
    assert "Subject" not in names
    claim = next(c for c in claims_of(email, knowledge) if c.evidence.text == "£8.4 million")
    assert claim.subject is not None and claim.subject.name == "Bracken Meats" and claim.event == "revenue"


def test_a_masthead_in_capitals_on_its_own_line_stays_a_name(knowledge):
    minutes = (
        "FIVE TOWNS JOINT WASTE COMMITTEE\n\nMINUTES of the meeting held on 19 June 2025\n\n"
        "RESOLVED: that Calder Skip Hire Ltd be appointed as the committee's skip contractor for four years.\n"
    )
    assert "FIVE TOWNS JOINT WASTE COMMITTEE" in kinds_of(minutes, knowledge)


@pytest.mark.parametrize(
    "text, is_revenue",
    [
        ("Bracken Meats did £4.24 million of sales last year.", True),
        ("Last year Bracken Meats took £8.4 million between them.", True),
        ("Bracken Meats took £8.4 million in 2024.", True),
        ("Bracken Meats took a £2m charge last year.", False),
        ("Last year Bracken Meats took a £2m loan from its bank.", False),
    ],
)
def test_a_sum_a_business_took_over_a_period_is_its_revenue(knowledge, text, is_revenue):
    claim = next(c for c in claims_of(text, knowledge) if c.kind == "money")
    assert (claim.event == "revenue") is is_revenue


def test_a_price_and_the_part_of_it_paid_in_cash_are_a_whole_and_its_part(knowledge):
    text = "In September 2024 Restwell Beds bought Coilpro, the spring maker, for £7.2 million, £5.5 million of it in cash and the rest in shares."
    roles = {c.evidence.text: c.role for c in claims_of(text, knowledge) if c.kind == "money"}
    assert roles == {"£7.2 million": None, "£5.5 million": "part"}


def test_a_case_titles_parties_are_read_as_names(knowledge):
    text = (
        "TRIBUNAL REPORTS | Okonjo v Kestley & Ward plc (case 1402233/2024)\n\n"
        "BRISTOL, 10 June 2025 - A former branch manager has won his claim against the estate agency group.\n\n"
        "The respondent, a business with turnover of £192.7 million last year, had every resource to run a fair process, the judge said.\n"
    )
    assert _holders(text, knowledge)["£192.7 million"] == "Kestley & Ward"


@pytest.mark.parametrize(
    "text, roles",
    [
        # A whole, then the part it includes.
        ("The fair showed 391,652 books, including 121,267 new books.", {"391,652 books": None, "121,267 new books": "part"}),
    ],
)
def test_a_whole_before_the_part_it_includes_is_no_list_member(knowledge, text, roles):
    assert {c.evidence.text: c.role for c in claims_of(text, knowledge) if c.kind == "count"} == roles


@pytest.mark.parametrize(
    "text, whole_role",
    [
        ("The depot cost £62 million, £18 million of that came from a government fund.", None),
        ("The depot cost £62 million, £18 million of it from a government fund.", None),
    ],
)
def test_of_that_after_a_sum_makes_it_a_part_of_the_one_before(knowledge, text, whole_role):
    assert next(c for c in claims_of(text, knowledge) if c.evidence.text == "£62 million").role == whole_role


def test_a_word_starting_with_in_opens_no_purpose(knowledge):
    claims = claims_of("Tarnwell Cranes bought 40 cranes for £12 million, including 12 tower cranes.", knowledge)
    assert all(not (c.purpose or "").startswith("cluding") for c in claims)


ANSWERS = (
    "STUDIO TALK. Episode 12, released 4 September 2025\n"
    "Host: Sian Lloyd. Guest: Marcus Odede, studio consultant\n\n"
    "SIAN LLOYD: Marcus, everyone's talking about Lotusflow. What's going on there?\n\n"
    "MARCUS ODEDE: They're the one to watch. Priya Nand and Joe Carver opened the first studio in 2014. "
    "They raised £2.3 million on a crowdfunding platform in March.\n\n"
    "SIAN LLOYD: What about the gyms?\n\n"
    "MARCUS ODEDE: They raised £1.1 million in April 2025.\n"
)


def test_an_answers_they_is_what_the_question_turn_asked_about(knowledge):
    holders = _holders(ANSWERS, knowledge)
    assert holders["£2.3 million"] == "Lotusflow"
    # A question about no one company leaves the next answer's "They" unresolved.
    assert holders["£1.1 million"] is None


def test_an_answer_that_turns_to_another_company_keeps_its_own_they(knowledge):
    text = ANSWERS.replace(
        "They raised £2.3 million on a crowdfunding platform in March.",
        "Brightmove Yoga Ltd is bigger. They raised £2.3 million on a crowdfunding platform in March.",
    )
    assert _holders(text, knowledge)["£2.3 million"] != "Lotusflow"


def test_a_transcripts_header_date_is_what_last_year_counts_from(knowledge):
    text = (
        "THE COUNTER: CONVERSATIONS IN DISTRIBUTION\n"
        "Interview: Callum Shaw, managing director, Kelvin Supplies\n"
        "Recorded at the Hillington branch, Glasgow, on Monday 4 August 2025.\n\n"
        "SHAW: Voltline did £438 million last year.\n"
    )
    claim = next(c for c in claims_of(text, knowledge) if c.kind == "money")
    assert claim.time is not None and claim.time.year == 2024


def _deals(text: str, knowledge) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(c.subject.name, c.object.name) for c in claims_of(text, knowledge) if c.kind == "deal" and c.event == "deal"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A deal given on a day, told between its verb and "to".
        (
            "TRENTSIDE DISTRICT COUNCIL\nHighways Committee, 11 June 2025\n\n"
            "The Committee noted that the framework had been awarded on 9 May 2025 to Hatherley Plant Hire Ltd of Newark.\n",
            [("Hatherley Plant Hire", "TRENTSIDE DISTRICT COUNCIL")],
        ),
        # "to lose the contract to X": X won it.
        ("Restwell Beds was gutted to lose the Travelstay contract to Dreamfold in November 2024.", [("Dreamfold", "Travelstay")]),
    ],
)
def test_deals_given_on_a_day_or_lost_to_a_rival(knowledge, text, expected):
    assert _deals(text, knowledge) == expected


def test_a_name_with_a_group_word_of_its_own_is_no_short_form_of_a_longer_name(knowledge):
    text = (
        "**Evermore Memorial Group.** The Solihull-based consolidator now runs 412 funeral homes. "
        "The group is unrelated to Evermore Memorial Parks, the Sussex cemetery operator.\n"
    )
    assert _holders_of_counts(text, knowledge)["412 funeral homes"] != "Evermore Memorial Parks"


def _holders_of_counts(text: str, knowledge) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {c.evidence.text: (c.subject.name if c.subject else None) for c in claims_of(text, knowledge) if c.kind == "count"}


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Evermore Funeral Group now runs 412 funeral homes and aims to have 500 funeral homes by the end of 2027.", "500 funeral homes"),
        ("Bracken Meats plans to reach 30 shops by 2028.", "30 shops"),
    ],
)
def test_a_level_a_company_aims_at_is_a_target(knowledge, text, figure):
    assert next(c for c in claims_of(text, knowledge) if c.evidence.text == figure).role == "target"


def test_a_name_opening_an_aside_in_brackets_is_its_subject(knowledge):
    text = (
        "<html><head><title>About us | Calder &amp; Lowe Funeral Directors, Halifax</title></head><body>\n"
        "<h1>About Calder &amp; Lowe</h1>\n<p>Calder &amp; Lowe has cared for families in Calderdale since 1887.</p>\n"
        "<p>Today we have seven funeral homes and last year we arranged 1,460 funerals.</p>\n"
        "<p>We are independent. We are not part of any national group (Evermore Funeral Group alone has more than 500 funeral homes) "
        "and our prices are set here.</p>\n</body></html>\n"
    )
    holders = {c.evidence.text: (c.subject.name if c.subject else None) for c in claims_of(text, knowledge, path="about.html") if c.kind == "count"}
    assert holders["more than 500 funeral homes"] == "Evermore Funeral"  # (its group word dropped, as names are keyed)


def test_a_notice_headed_by_its_buyer_with_no_buyers_label(knowledge):
    notice = (
        "CONTRACT AWARD NOTICE\n"
        "Fellmoor Integrated Care Board: Urgent Dental Care Services\n"
        "Notice reference: FICB-2025-0419 | Published: 15 July 2025\n\n"
        "Lot 1: South Cumbria (Kendal, Windermere)\n"
        "Awarded to: Beckside Dental Partnership LLP, Lancaster\n"
        "Annual value: £720,000 | Total value over five years: £3,600,000\n\n"
        "Lot 2: Furness (Barrow, Dalton)\n"
        "Awarded to: Ashdale Dental Group Ltd, Warwick\n"
        "Annual value: £510,000 | Total value over five years: £2,550,000\n"
    )
    claims = {c.evidence.text: c for c in claims_of(notice, knowledge) if c.kind == "money"}
    assert claims["£3,600,000"].subject.name == "Beckside Dental Partnership"
    assert claims["£2,550,000"].subject.name == "Ashdale Dental"
    assert claims["£2,550,000"].object.name == "Fellmoor Integrated Care Board"
    assert claims["£2,550,000"].purpose == "Furness"


def test_a_museum_is_a_site_not_a_party(knowledge):
    assert kinds_of("The Mill Museum opened to the public in 1984 in the former Brook Lane spinning mill.", knowledge)["Mill Museum"] == "facility"


def test_a_family_firms_of_and_a_place_says_where_it_is(knowledge):
    names = kinds_of("Evermore Group paid £14.1m for Hollins & Daughters of Huddersfield last autumn.", knowledge)
    assert "Hollins & Daughters" in names and "Hollins & Daughters of Huddersfield" not in names
    # A head that opens the name still takes its "of".
    assert "Sons of Norway" in kinds_of("The Sons of Norway met in Oslo in 2024.", knowledge)


def _roles_of_counts(text: str, knowledge) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {c.evidence.text: c.role for c in claims_of(text, knowledge) if c.kind == "count"}


@pytest.mark.parametrize(
    "text, roles",
    [
        # What the whole's things are of, before the colon.
        (
            "At the year end Tarnwell Hire owned 148,000 items of hire equipment: 96,000 power tools, 38,000 access items, and 18,000 pieces of plant.",
            {"148,000 items": None, "96,000 power tools": "part", "38,000 access items": "part", "18,000 pieces": "part"},
        ),
        # Kinds of the whole's thing whose sum comes near it, and what comes with them.
        (
            "The application seeks consent for 12 additional pitches: 6 safari tents, 4 shepherd's huts and 3 timber cabins, together with a second amenity block.",
            {"12 additional pitches": None, "6 safari tents": "part", "4 shepherd's huts": "part", "3 timber cabins": "part"},
        ),
        # A list that comes nowhere near the count before it is no breakdown of it.
        ("Bracken Meats runs 14 vans: 3 depots and 40 staff.", {"14 vans": None, "3 depots": None, "40 staff": None}),
    ],
)
def test_counts_listed_after_a_colon_are_the_parts_of_the_count_before_it(knowledge, text, roles):
    found = _roles_of_counts(text, knowledge)
    assert {k: found.get(k) for k in roles} == roles


@pytest.mark.parametrize(
    "text, event",
    [
        ("Hollow Waste opened its Normanton recovery facility in 2019, and the 150,000-tonne plant now takes most of its waste.", "capacity"),
        ("The 40 MW plant at Kirkby opened in 2021.", "capacity"),
        # A size of no site is no capacity.
        ("Hollow Waste moved a 40-tonne load to Leeds in 2019.", None),
    ],
)
def test_a_size_before_a_sites_noun_is_its_capacity(knowledge, text, event):
    claim = next(c for c in claims_of(text, knowledge) if c.kind == "quantity")
    assert claim.event == event


def test_a_companys_own_journal_by_its_byline(knowledge):
    text = (
        "# Season five: the numbers\n\n"
        "*Fellside Glamping journal · posted by Rosie Thwaite · 30 October 2025*\n\n"
        "We put up our first bell tents in 2021. Our guests keep coming back, and we love it.\n\n"
        "The numbers, for those of you who like them (hello, Dad): we sold 3,770 pitch nights and turnover came to £486,000.\n"
    )
    claim = next(c for c in claims_of(text, knowledge) if c.evidence.text == "£486,000")
    assert claim.subject is not None and claim.subject.name == "Fellside Glamping"
    assert "Dad" not in kinds_of(text, knowledge)


def test_a_results_release_titled_with_its_issuers_name_signs_its_highlights(knowledge):
    text = (
        "Kestwick & Ward plc: Results for the year ended 31 December 2024\n\n"
        "READING, 18 March 2025 -- Kestwick & Ward plc, the estate agency group, today announced revenue of £184.3 million for 2024.\n\n"
        "Highlights\n"
        "- Sold 21,400 homes through its 148 branches\n"
        "- Plans to open 12 branches in 2025\n"
    )
    claim = next(c for c in claims_of(text, knowledge) if c.evidence.text == "21,400 homes")
    assert claim.subject is not None and claim.subject.name == "Kestwick & Ward"


def test_a_price_paid_for_a_company_back_in_a_year(knowledge):
    claims = claims_of("Kestwick & Ward is big. They paid £32.5m for Pearce Lettings back in 2021.", knowledge)
    claim = next(c for c in claims if c.kind == "money")
    assert claim.event == "acquisition" and claim.object is not None and claim.object.name == "Pearce Lettings"


@pytest.mark.parametrize("text", ["The 32-mile tunnel opened in 1994.", "Greenfield plans an 800-acre park near Leeds in 2026."])
def test_a_length_or_an_area_before_a_sites_noun_is_no_capacity(knowledge, text):
    assert all(c.event != "capacity" for c in claims_of(text, knowledge))


def test_a_sites_opening_told_by_its_rank_is_what_the_company_did(knowledge):
    claims = claims_of("In 1988 Stannard Hire opened its 50th depot, in Hull.", knowledge)
    assert next(c for c in claims if c.kind == "date").role == "actor"
    # Its first store is one store, opened once.
    claims = claims_of("In 1988 Stannard Hire opened its first depot.", knowledge)
    assert next(c for c in claims if c.kind == "date").role != "actor"


def test_a_notice_values_rate_is_per_its_period(knowledge):
    notice = (
        "CONTRACT AWARD NOTICE\nSection I: Contracting authority\nClydeside Roads Partnership, Glasgow\n\n"
        "Estimated monthly value: £225,000\n"
        "Successful supplier: Ardmore Lifting Ltd, Glasgow\n"
        "Total value of the contract (excluding VAT): £6,750,000\n"
    )
    claims = {c.evidence.text: c for c in claims_of(notice, knowledge) if c.kind == "money"}
    assert claims["£225,000"].value.per == "month"
    assert claims["£6,750,000"].subject.name == "Ardmore Lifting" and claims["£6,750,000"].value.per is None


def test_a_deal_won_told_by_a_gerund_is_the_speakers(knowledge):
    text = (
        "IN THE CAB\nCallum Mackie, managing director, Ardmore Lifting. Interviewed by Rachel Osei on 9 September 2025.\n\n"
        "RACHEL OSEI: How did a family firm get here?\n\n"
        "CALLUM MACKIE: Slowly! We run 87 cranes now and we are still family-owned.\n\n"
        "OSEI: This year's big win was the bridge.\n\n"
        "MACKIE: Winning the Clyde Gateway job, the £5.75m bridge contract, was huge for us.\n\n"
        "OSEI: And next year?\n\n"
        "MACKIE: We want a depot in Aberdeen.\n"
    )
    claim = next(c for c in claims_of(text, knowledge) if c.kind == "money")
    assert claim.subject is not None and claim.subject.name == "Ardmore Lifting"


def test_a_country_code_that_is_a_word_is_no_country_in_a_heading_in_capitals(knowledge):
    names = kinds_of('LIFT MAGAZINE - "IN THE CAB" INTERVIEW SERIES\n\nArdmore Lifting runs 87 cranes in the US.\n', knowledge)
    assert "India" not in names and names.get("United States") == "country"


def test_a_contract_from_its_customer_to_do_a_job_is_for_that_job(knowledge):
    text = "In August Carrick Freight won a four-year, £6.8 million contract from Norfolk County Council to haul de-icing salt to the county's depots."
    claim = next(c for c in claims_of(text, knowledge) if c.kind == "money")
    assert claim.purpose == "haul de-icing salt to the county's depots"


def test_the_year_a_company_ended_is_a_flows_year_not_a_founding_merger(knowledge):
    text = (
        "Brushwick Group plc: chairman's letter, June 2025\n\nDear shareholder,\n\n"
        "Since we were formed in 2006 through the merger of two firms, we have believed in our own painters. "
        "We ended the year with 780 directly employed painters and 46 apprentices.\n"
    )
    claim = next(c for c in claims_of(text, knowledge) if c.evidence.text == "780 directly employed painters")
    assert claim.time is None or claim.time.year != 2006


def test_people_who_work_across_a_companys_offices_are_its_staff(knowledge):
    claims = claims_of("Pennwick Solicitors is a family firm. Today 118 people work across our six offices.", knowledge)
    assert next(c for c in claims if c.evidence.text == "118 people").event == "employees"
    # People working in a town are no one's staff.
    claims = claims_of("About 40,000 people work in the town centre.", knowledge)
    assert next(c for c in claims if c.kind == "count").event != "employees"
