"""Readings added in round 40, each on sentences of our own.

- A purchase is read with its buyer and what was bought ("In May we bought
  Harlow Vans", "completed its purchase of Harlow Vans' six depots",
  "Harlow Vans was acquired by Penrith Motors", "sold Harlow Vans to
  Penrith Motors"), and one purchase credited to two buyers is found
  (``purchase-buyer-conflict``). A stake, a purchase not made, a buyer
  listed with another and a visit ("went to Penrith Motors for advice")
  are no purchase.
- A stock told now ("teaches 14,200 pupils a week", in October 2025) is
  the year's column of a review's table for the year ending that year
  (2024/25), not the year before's.
- Labelled figures after a total that they add up to ("Revenue: £84.0m;
  hire £50.0m, sales £24.0m, servicing £10.0m") are its parts.
- An entry of a company's timeline dates another occurrence of an event
  than a facility's entry of the same timeline ("1969: ... opens a trade
  counter" above "2017: The Rugby centre opens").
- In a company's own document a description with a place that sits beside
  "us" ("The Partick-based firm ... gives us a business in Scotland") is
  another company.
- "Voltmere plc | Annual Review 2024/25": the title's part after the bar
  makes the document the company's own.
- A masthead in capitals ending on "INTERVIEW" is the programme's name.
- A deal's date may follow a description of the party in commas ("bought
  Pedalpost, the Cambridge courier, in a deal agreed in August").
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, findings, kinds_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _purchases(text: str, knowledge) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(c.subject.name, c.object.name) for c in claims_of(text, knowledge) if c.kind == "deal" and c.event == "purchase"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Penrith Motors bought Harlow Vans in May 2025.", [("Penrith Motors", "Harlow Vans")]),
        ("In May 2025 Penrith Motors completed its purchase of Harlow Vans' six depots.", [("Penrith Motors", "Harlow Vans")]),
        ("Harlow Vans was acquired by Penrith Motors in May 2025.", [("Penrith Motors", "Harlow Vans")]),
        ("The Kendal family sold Harlow Vans to Penrith Motors in May 2025.", [("Penrith Motors", "Harlow Vans")]),
        ("Penrith Motors paid £4.2m in May 2025 for Harlow Vans' six depots.", [("Penrith Motors", "Harlow Vans")]),
        ("Penrith Motors has grown fast, buying the Cumbrian dealer Harlow Vans for £4m in 2025.", [("Penrith Motors", "Harlow Vans")]),
        ("Harlow Vans, which Penrith Motors bought in 2025, has six depots.", [("Penrith Motors", "Harlow Vans")]),
        # A stake is bought by many; a purchase not made is none.
        ("Penrith Motors bought a 30% stake in Harlow Vans in May 2025.", []),
        ("Penrith Motors failed to buy Harlow Vans in May 2025.", []),
        ("Penrith Motors would have bought Harlow Vans in 2025 had the price been lower.", []),
        ("In May 2025 Penrith Motors bought Harlow Vans, but the deal collapsed in June.", []),
        # Which of two listed buyers bought what, the words do not say.
        ("The acquisitions by Penrith Motors and Kirkby Trucks, who bought Harlow Vans and Alston Lorries respectively, closed in 2025.", []),
        # Goods bought from a company, and a visit, are no purchase of it.
        ("Penrith Motors bought 200 vans from Harlow Vans in 2025.", []),
        ("In 2025 Harlow Vans went to Penrith Motors for advice on electric vans.", []),
        ("Penrith Motors bought twelve new Harlow vans in 2025.", []),
        # A paying verb's gap holds a sum.
        ("In 2025 Penrith Motors paid handsomely for Harlow Vans' advertising.", []),
        # A count joined to its noun says what kind of thing was bought.
        ("Penrith Motors bought the 40-bay Harlow Vans depot in 2025.", [("Penrith Motors", "Harlow Vans")]),
        ("In 2025 Penrith Motors took over the running of Harlow Vans.", []),
        ("Harlow Vans lost money. In 2025 Penrith Motors bought the company.", []),
    ],
)
def test_a_purchase_is_read_with_its_buyer_and_what_was_bought(knowledge, text, expected):
    assert _purchases(text, knowledge) == expected


def test_the_month_of_a_modal_word_is_no_modal(knowledge):
    # "In May we bought ...": "May" is the month, not a "may" that makes the purchase one not made.
    text = "ALDOUS: In May we bought Harlow Vans, six depots in Cumbria.\n"
    interview = "Penrith Motors: an interview with its chief executive\n\nQ: What happened this year?\n" + text
    assert [name for _, name in _purchases(interview, knowledge)] == ["Harlow Vans"]


def test_one_purchase_credited_to_two_buyers_is_found():
    found = findings(
        "purchase-buyer-conflict",
        **{
            "a.txt": "In March 2025 Penrith Motors bought Harlow Vans, adding six depots.",
            "b.txt": "Kirkby Trucks completed its purchase of Harlow Vans in March 2025.",
        },
    )
    assert len(found) == 1
    assert "Penrith Motors" in found[0].message and "Kirkby Trucks" in found[0].message
    assert "March 2025" in found[0].message


def test_a_purchase_figure_and_its_buyers_are_one_finding():
    # The same price credited to two buyers is the purchase's conflict, told once.
    from reading_helpers import RULES, corpus
    from auditor.engine import audit

    texts = {
        "a.txt": "In March 2025 Penrith Motors bought Harlow Vans for £4.2 million.",
        "b.txt": "Kirkby Trucks paid £4.2m in March 2025 for Harlow Vans' six depots.",
    }
    result = audit(corpus(**texts), [RULES["purchase-buyer-conflict"], RULES["attribution-conflict"]])
    assert [f.rule for f in result.findings] == ["purchase-buyer-conflict"]


@pytest.mark.parametrize(
    "first, second",
    [
        # Bought, then sold on years later.
        ("In 2019 Penrith Motors bought Harlow Vans.", "In March 2025 Kirkby Trucks bought Harlow Vans."),
        # Two months of one year, both given: two deals.
        ("In March 2025 Penrith Motors bought Harlow Vans.", "In September 2025 Kirkby Trucks bought Harlow Vans."),
        # Nothing ties two undated purchases.
        ("Penrith Motors bought Harlow Vans.", "Kirkby Trucks bought Harlow Vans."),
    ],
)
def test_purchases_told_apart_are_no_conflict(first, second):
    assert findings("purchase-buyer-conflict", **{"a.txt": first, "b.txt": second}) == ()


def test_a_stock_told_now_is_the_column_of_the_year_ending_now():
    review = (
        "<html><head><title>Annual Review 2024/25</title></head><body>\n"
        "<h1>Annual Review 2024/25</h1>\n"
        "<p>Wrenfield Music Schools taught 12,400 pupils every week in term time.</p>\n"
        "<table><tr><th></th><th>2024/25</th><th>2023/24</th></tr>\n"
        "<tr><th>Weekly pupils</th><td>12,400</td><td>11,600</td></tr></table>\n"
        "</body></html>\n"
    )
    story = "DERBY, 2 October 2025 - Wrenfield Music Schools, which teaches 14,200 pupils a week, lost the county contract.\n"
    # A target for next year is no level told now.
    podcast = "Recorded 4 September 2025.\n\nHOST: And next year?\n\nRUTH ALDEN: Next year Wrenfield Music Schools wants to pass 13,000 pupils a week.\n"
    found = findings("figure-mismatch", **{"review.html": review, "story.txt": story, "podcast.txt": podcast})
    assert len(found) == 1 and "14,200" in found[0].message


def test_labelled_parts_that_add_up_to_their_total_are_its_parts(knowledge):
    text = "Highlights\n- Revenue: £84.0m; hire £50.0m, sales £24.0m, servicing £10.0m\n"
    claims = claims_of("Penrith Motors: results for 2025\n\n" + text, knowledge)
    roles = {c.evidence.text: c.role for c in claims if c.kind == "money"}
    assert roles == {"£84.0m": None, "£50.0m": "part", "£24.0m": "part", "£10.0m": "part"}


def test_labelled_figures_that_do_not_add_up_are_left_as_they_were(knowledge):
    # "operating profit £9.1m, net debt £3.0m" after revenue: other measures.
    text = "Penrith Motors: results for 2025\n\nHighlights\n- Revenue: £84.0m; operating profit £9.1m, net debt £3.0m\n"
    roles = {c.evidence.text: c.role for c in claims_of(text, knowledge) if c.kind == "money"}
    assert roles["£9.1m"] != "part" and roles["£3.0m"] != "part"


def test_a_timeline_entry_is_not_the_opening_of_a_facility_with_its_own_entry():
    review = (
        "<html><head><title>Annual Review 2025</title></head><body><h1>Carrow Electrical plc</h1>\n"
        "<p>Carrow Electrical's distribution centre in Rugby, which opened in 2017, reaches every branch overnight.</p>\n"
        "<h3>Milestones</h3><ul>\n"
        "<li>1969: Harold Carrow opens an electrical trade counter in Coventry</li>\n"
        "<li>2017: Distribution centre opens in Rugby</li>\n"
        "</ul></body></html>\n"
    )
    assert findings("date-mismatch", **{"review.html": review}) == ()


def test_a_place_described_beside_us_in_an_own_document_is_another_company(knowledge):
    review = (
        "<html><head><title>Carrow Electrical plc | Annual Review 2024/25</title></head><body>\n"
        "<h1>Carrow Electrical plc</h1>\n"
        "<p>Carrow Electrical had a good year and opened two branches.</p>\n"
        "<p>In May we acquired Kelso Wholesale, the Glasgow wholesaler with nine branches. The Partick-based firm, "
        "which had revenue of £31.4 million in 2024, gives us a business in Scotland for the first time.</p>\n"
        "</body></html>\n"
    )
    claims = claims_of(review, knowledge, path="review.html")
    revenue = next(c for c in claims if c.evidence.text == "£31.4 million")
    assert revenue.subject.name == "Kelso Wholesale"


def test_a_masthead_in_capitals_ending_on_interview_is_the_programme(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    transcript = (
        "THE NORTHERN BUSINESS INTERVIEW\n"
        "Tom Aldous, founder and chief executive of Penrith Motors\n\n"
        "JANE ROE: Penrith Motors started with cars. Why vans?\n\n"
        "TOM ALDOUS: Because the trade work is there.\n"
    )
    model = build_model(parse_document("interview.txt", transcript.encode()), knowledge)
    outlets = {e.name for e in model.entities if e.publication}
    assert outlets == {"NORTHERN BUSINESS INTERVIEW"}


def test_a_deals_date_may_follow_a_description_of_the_party(knowledge):
    text = "Penrith Motors has also bought Harlow Vans, the Cumbrian van dealer, in a deal agreed in August 2025."
    purchase = next(c for c in claims_of(text, knowledge) if c.kind == "deal")
    assert purchase.time is not None and (purchase.time.year, purchase.time.month) == (2025, 8)


def test_a_field_names_who_the_applicant_is(knowledge):
    summary = (
        "KESWICK DISTRICT COUNCIL - PLANNING APPLICATION SUMMARY (for the Planning Committee of 24 April 2025)\n\n"
        "Reference: 25/0214/COU    Received: 3 March 2025    Target decision date: 28 April 2025\n"
        "Site: Former Station Goods Shed, Station Road, Keswick\n"
        "Applicant: Fellgate Day Nurseries Ltd, Granby Street, Penrith\n"
        "Proposal: Change of use from goods shed to day nursery for up to 60 children.\n\n"
        "Background: The applicant operates 27 day nurseries in Cumbria and proposes to open the Keswick nursery in early 2026.\n"
    )
    count = next(c for c in claims_of(summary, knowledge) if c.evidence.text == "27 day nurseries")
    assert count.subject.name == "Fellgate Day Nurseries"
    # The plan's date in the conjunct after it is no date of the count.
    assert count.time is None or count.time.year != 2026


def test_a_cases_title_names_the_respondent(knowledge):
    judgment = (
        "EMPLOYMENT TRIBUNALS\n"
        "Case No. 2601873/2025: Ms A. Brook v Kirkby Laundry Services Ltd\n\n"
        "1. The respondent runs a commercial laundry in Kendal and employs 284 people.\n"
    )
    staff = next(c for c in claims_of(judgment, knowledge) if c.evidence.text == "284 people")
    assert staff.subject.name == "Kirkby Laundry Services"


def test_without_a_field_the_applicant_is_no_one(knowledge):
    text = "Fellgate Day Nurseries opened in Penrith. The applicant operates 27 day nurseries in Cumbria.\n"
    count = next(c for c in claims_of(text, knowledge) if c.evidence.text == "27 day nurseries")
    assert count.subject is None or count.subject.name != "Fellgate Day Nurseries"


def test_an_email_from_a_company_in_the_first_person_is_its_own(knowledge):
    email = (
        "From: Fellgate Day Nurseries <hello@fellgate.example>\n"
        "To: Fellgate families\n"
        "Date: Friday 16 May 2025\n"
        "Subject: Our news\n\n"
        "Dear families,\n\n"
        "We have good news: our new nursery opens in January. Our 23 nurseries raised £4,100 for the hospice, and we thank you all.\n"
    )
    count = next(c for c in claims_of(email, knowledge) if c.evidence.text == "23 nurseries")
    assert count.subject.name == "Fellgate Day Nurseries"


def test_a_letter_signed_by_a_companys_founders_is_its_own(knowledge):
    letter = (
        "---\ntitle: \"Annual letter to our investors\"\n"
        "from: Dan Hale and Ellie Moss, co-founders, Brackenfold Brewing Co. Ltd\ndate: 2025-06-30\n---\n\n"
        "Dear fellow owners,\n\nThis is our second letter to tell you what we have done with your money.\n\n"
        "We brewed 8,640 hectolitres in 2024, up from 6,900 in 2023. Turnover was £3.42 million (2023: £2.87 million).\n"
    )
    turnover = next(c for c in claims_of(letter, knowledge, path="letter.md") if c.evidence.text == "£3.42 million")
    assert turnover.subject.name == "Brackenfold Brewing"
    # The year before's figure in brackets dates the figure the year after it, which the sentence before names.
    assert turnover.time.year == 2024


def test_a_second_relative_clause_joined_by_and_stands_for_the_same_name(knowledge):
    text = (
        "Copperfield beat six other bidders, among them Wellgate, the Wakefield-based group that Derek Wellings "
        "started in 1988 and which turned over £196.4m in its last financial year."
    )
    revenue = next(c for c in claims_of(text, knowledge) if c.evidence.text == "£196.4m")
    assert revenue.subject.name == "Wellgate"


def test_a_contract_to_work_on_a_customers_things_is_the_customers(knowledge):
    text = "In September 2024 Kirkby Laundry won a four-year contract to clean the uniforms of Eden Valley Ambulance Service's 3,200 staff."
    deal = next(c for c in claims_of(text, knowledge) if c.kind == "deal")
    assert (deal.subject.name, deal.object.name) == ("Kirkby Laundry", "Eden Valley Ambulance Service")


def test_an_email_from_a_person_names_no_company(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    email = (
        "From: Jane Hale <jane@hale.example>\nTo: Friends\nDate: Friday 16 May 2025\nSubject: News\n\n"
        "Dear all,\n\nWe have good news: our new nursery opens in January, and we thank you all for our 23 years.\n"
    )
    model = build_model(parse_document("email.txt", email.encode()), knowledge)
    assert model.issuer is None


_NOTICE = (
    "CONTRACT AWARD NOTICE (published 16 December 2024)\n\n"
    "Section I - Contracting authority: Torridge Homes Ltd, Vicarage Street, Bideford\n"
    "Section II - Object: Solar panels on 1,850 homes over three years.\n"
    "Section V - Award of contract\n"
    "  Date of award decision: 14 November 2024\n"
    "  Contractor: Brightwater Solar Ltd, Marsh Mills, Plymouth\n"
    "  Total value of the contract: £11.1 million\n"
)


def test_an_award_notice_credits_its_contract_to_its_contractor():
    report = "<html><body><h1>Sunfield Renewables: annual review 2025</h1>\n<p>In November 2024 Sunfield Renewables won the Torridge Homes contract to fit solar panels to 1,850 homes.</p></body></html>\n"
    found = findings("deal-award-conflict", **{"notice.txt": _NOTICE, "review.html": report})
    assert len(found) == 1
    assert "Brightwater Solar" in found[0].message and "Sunfield Renewables" in found[0].message


_LOTS = (
    "CONTRACT AWARD NOTICE\n\n"
    "Buyer: Eden Housing Trust, Winnington Lane, Penrith\n"
    "Date of award decision: 14 March 2025\n\n"
    "Lot 1 - Penrith (3,400 homes)\n"
    "Awarded to: Oakfield Landscapes Ltd, Carlisle\n"
    "Contract value: £1,920,000 over four years\n\n"
    "Lot 2 - Appleby (2,700 homes)\n"
    "Awarded to: Fernside Grounds Ltd, Kendal\n"
    "Contract value: £1,350,000 over two years\n"
)


@pytest.mark.parametrize(
    "claim, expected",
    [
        # Term and month of lot 1: that lot credited to another.
        ("In March 2025 Kirkstone Gardens Ltd won a four-year contract with Eden Housing Trust.", 1),
        # The month alone: which lot, the words do not say.
        ("In March 2025 Kirkstone Gardens Ltd won a contract with Eden Housing Trust.", 0),
    ],
)
def test_a_lot_of_several_is_one_deal_only_by_term_and_month(claim, expected):
    assert len(findings("deal-award-conflict", **{"notice.txt": _LOTS, "story.txt": claim})) == expected


def test_a_field_with_a_legal_name_is_no_heading(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    model = build_model(parse_document("notice.txt", _LOTS.encode()), knowledge)
    names = {e.name for e in model.entities}
    assert {"Oakfield Landscapes", "Fernside Grounds"} <= names


def test_appointed_to_a_role_under_a_customers_framework(knowledge):
    text = "In February Carrow Electrical was appointed sole supplier under Eden Housing Partnership's four-year framework."
    deal = next(c for c in claims_of(text, knowledge) if c.kind == "deal")
    assert (deal.subject.name, deal.object.name, deal.value.value) == ("Carrow Electrical", "Eden Housing Partnership", 4)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Parts after "of which" that come to more than the whole: a conflict.
        ("Kirkby Laundry cleaned 4.1 million garments in 2024, of which 2.6 million came through its shops and 1.9 million from contract customers.", 1),
        ("Kirkby Laundry had revenue of £27.4 million in 2024, of which laundry brought in £19.6 million and dry cleaning £9.8 million.", 1),
        # Parts that come to less may be only some of it.
        ("Kirkby Laundry cleaned 4.1 million garments in 2024, of which 2.6 million came through its shops and 0.9 million from contract customers.", 0),
        ("Kirkby Laundry had revenue of £27.4 million in 2024, of which laundry brought in £19.6 million and dry cleaning £5.8 million.", 0),
    ],
)
def test_parts_listed_after_of_which(text, expected):
    assert len(findings("parts-sum", **{"review.txt": text})) == expected


def test_a_place_named_site_opening_in_a_timeline_is_that_site(knowledge):
    review = (
        "<html><body><h1>Brackenfold Pet Resorts: annual review</h1><ul>\n"
        "<li>1994: First kennel opens at Costessey</li>\n<li>2016: Wymondham resort opens with 260 runs</li>\n</ul></body></html>\n"
    )
    opening = next(c for c in claims_of(review, knowledge, path="review.html") if c.evidence.text == "2016")
    assert opening.object is not None and opening.object.name == "Wymondham"


def test_a_row_label_before_a_site_noun_is_no_place(knowledge):
    page = (
        "<html><body><h1>Ashby Frames: about us</h1><table>\n<tr><th>Channel</th><th>Turnover 2024 (£m)</th></tr>\n"
        "<tr><td>Trade counter</td><td>9.6</td></tr>\n<tr><td>Online shop</td><td>2.7</td></tr>\n"
        "<tr><th>Total</th><td>12.3</td></tr></table>\n<ul><li>2022: Online shop launched</li></ul></body></html>\n"
    )
    assert "Online" not in kinds_of(page, knowledge, path="about.html")


def test_minutes_award_the_bodys_own_contract():
    minutes = (
        "EDEN VALLEY DISTRICT COUNCIL\nMinutes of the Cabinet meeting held on 12 February 2025\n\n"
        "CAB/41/25 Car park management contract\n"
        "The officer confirmed that the council would continue to set its charges.\n"
        "RESOLVED that the ten-year car park management contract be awarded to Cityspace Parking Ltd of Carlisle.\n"
    )
    answer = "In February Kirkby Parking won the ten-year contract to run Eden Valley District Council's 22 town-centre car parks."
    found = findings("deal-award-conflict", **{"minutes.txt": minutes, "qa.txt": answer})
    assert len(found) == 1 and "Cityspace Parking" in found[0].message and "Kirkby Parking" in found[0].message
    # The evidence runs on to whom the contract went.
    assert any("Cityspace Parking" in e.text for e in found[0].evidence)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Brennan Security ended the year with 5,740 licensed officers. 4,900 work on static sites, 620 on mobile patrols and 120 in the control room.", 1),
        ("Kestrel Vending now operates 11,600 machines. Of these, 6,900 are hot-drink machines, 3,400 snack machines and 1,100 fresh-food fridges.", 1),
        # Parts that add up.
        ("Brennan Security ended the year with 5,640 licensed officers. 4,900 work on static sites, 620 on mobile patrols and 120 in the control room.", 0),
        # A few of them: only some of the whole.
        ("Parkwell operates 318 car parks. 12 are in Wales and 4 in Scotland.", 0),
        # A list that says it is partial.
        ("Parkwell operates 318 car parks. 190 are leased, 87 are managed for councils and 36 others are owned, among them the Bristol sites.", 0),
        # A list that does not open the sentence.
        ("Parkwell operates 318 car parks. Last year it leased 190, managed 87 and owned 36.", 0),
    ],
)
def test_a_count_broken_down_in_the_next_sentence(text, expected):
    assert len(findings("parts-sum", **{"story.txt": text})) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A count of another thing between the whole and its colon.
        ("Kestrel Vending now operates 11,600 machines at 3,900 sites across the North West and Wales: 6,900 hot-drink machines, 3,400 snack machines and 1,100 fresh-food fridges.", 1),
        ("Kestrel Vending now operates 11,400 machines at 3,900 sites across the North West and Wales: 6,900 hot-drink machines, 3,400 snack machines and 1,100 fresh-food fridges.", 0),
        # The list counts what the count between counts: no parts of the first.
        ("Kestrel Vending now operates 11,600 machines at 3,900 sites across the North West and Wales: 2,900 offices, 700 hospitals and 200 schools.", 0),
    ],
)
def test_a_colon_list_after_a_count_of_another_thing_between(text, expected):
    assert len(findings("parts-sum", **{"release.txt": text})) == expected


def test_a_named_kind_of_income_is_a_part_of_revenue(knowledge):
    text = "Hollins Group: results for 2025\n\nHighlights of the year\n- Revenue: £48.7 million\n- NHS dispensing income: £36.2 million\n- Rental income: £2.1 million\n"
    roles = {c.evidence.text: c.role for c in claims_of(text, knowledge) if c.kind == "money"}
    assert roles == {"£48.7 million": None, "£36.2 million": "part", "£2.1 million": "part"}


def test_a_key_figures_label_dated_to_the_day_dates_its_count():
    release = (
        "Hollins Pharmacy Group reports record year\n\n"
        "MACCLESFIELD, England, 17 July 2025 -- Hollins Pharmacy Group today reported revenue of £48.7 million.\n\n"
        "Highlights of the year\n- Items dispensed: 3.1 million\n- Pharmacies at 31 March 2025: 34\n\n"
        "On 1 July the group completed the purchase of Raman's Chemist in Leek, taking it to 35 pharmacies.\n"
    )
    assert findings("figure-mismatch", **{"release.txt": release}) == ()


def test_a_show_named_over_an_episode_line_is_no_speaker(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    transcript = (
        "THE CHAIR SIDE: conversations with the people who run salons\n"
        'Episode 63, "Twenty-seven salons", released 19 February 2025\n'
        "Host: Lauren Adams. Guest: Jade Okoro, founder, Marlowe Hair Group\n\n"
        "LAUREN: How big is it now?\n\nJADE: We've got 27 salons. We opened the academy in Leicester in 2019.\n"
    )
    model = build_model(parse_document("podcast.txt", transcript.encode()), knowledge)
    assert all(not e.name.upper().endswith("CHAIR SIDE") for e in model.entities if e.id in (model.issuer, model.topic))
    opening = next(c for c in claims_of(transcript, knowledge, path="podcast.txt") if c.evidence.text == "2019")
    assert opening.subject is None or "CHAIR SIDE" not in opening.subject.name


def test_a_whole_made_up_of_named_parts():
    text = "The tribunal awarded Mr Kerr a total of £18,460, made up of a basic award of £4,900 and a compensatory award of £12,560."
    assert len(findings("parts-sum", **{"judgment.txt": text})) == 1


def test_a_notice_published_by_its_buyer():
    notice = (
        "CONTRACT AWARD NOTICE\nPublished by: Eden County Council, County Hall, Carlisle\n"
        "Title: Block purchase of nursing care beds\nAward decision: 21 January 2025\n"
        "Description: Five-year block contract for 64 nursing beds.\n\n"
        "Awarded to: Willowmere Care Homes Ltd, Penrith (SME: yes)\n"
    )
    letter = "Dear shareholders,\n\nIn January 2025 Heronsfield Care was awarded Eden County Council's five-year block contract for 64 nursing beds.\n"
    found = findings("deal-award-conflict", **{"notice.txt": notice, "letter.txt": letter})
    assert len(found) == 1 and "Willowmere Care Homes" in found[0].message


def test_a_contract_to_buy_a_makers_goods_names_no_customer(knowledge):
    # "of" names whose things the work is for only before a possessive.
    text = "In 2025 Eden Airways signed a contract to purchase a score of Airbus A320 jets."
    assert [c for c in claims_of(text, knowledge) if c.kind == "deal" and c.object is not None and c.object.name.startswith("Airbus")] == []
