"""Readings added in round 42, each on sentences of our own.

- A station's or a channel's first broadcast is its launch ("first went
  on air on 4 May 1994"); a station's name ("Harbour Sound Radio") is an
  organisation's.
- A page about itself ("About us | Harbour Sound Radio 101.2 FM", a first
  heading "About Harbour Sound Radio") names its owner, never an outlet.
- "people" counted with what they do are that class: "96,000 people
  listened each week" are a station's listeners, per week.
- A sentence opening on the present ("Today ...") is not dated by the year
  an earlier sentence of its paragraph led with.
- A contrastive clause (", although the station he founded now employs
  ...") has its own subject.
- An owner's others ("our customers", "its rivals") acting by their own
  verb are not the owner: "our customers run fleets of thirty balloons".
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, kinds_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _subjects(text: str, knowledge, path: str = "doc.txt") -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {c.evidence.text: (c.subject.name if c.subject else None) for c in claims_of(text, knowledge, path)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Sound Radio first went on air on 4 May 1994 from a loft above a chandlery.",
        "Harbour Sound Radio came on air on 4 May 1994.",
        "Harbour Sound Radio began broadcasting on 4 May 1994.",
    ],
)
def test_a_first_broadcast_is_a_launch(knowledge, sentence):
    date = figure(claims_of(sentence, knowledge), "4 May 1994")
    assert date.event == "launch"
    assert date.subject is not None and date.subject.name == "Harbour Sound Radio"


def test_a_station_is_an_organisation(knowledge):
    kinds = kinds_of("Harbour Sound Radio has 14 staff. Quayside TV employs 30 people.", knowledge)
    assert kinds["Harbour Sound Radio"] == "organisation"
    assert kinds["Quayside TV"] == "organisation"


ABOUT_PAGE = (
    "<html><head><title>About us | Harbour Sound Radio 101.2 FM</title></head><body>"
    "<h1>About Harbour Sound Radio</h1>"
    "<p>We have broadcast from the quay since 2001, and a team of 17 staff keeps us on air.</p>"
    "<p>Harbour Sound is part of Estuary Media, which runs three stations.</p>"
    "</body></html>"
)


def test_a_page_about_itself_names_its_owner_not_an_outlet(knowledge):
    subjects = _subjects(ABOUT_PAGE, knowledge, "about.html")
    assert subjects["17 staff"] == "Harbour Sound Radio"


def test_a_masthead_still_names_an_outlet(knowledge):
    # The same title without a page label of its own is an outlet's.
    text = "HARBOUR SOUND RADIO\n\nEstuary Media has 17 staff, its chief executive said.\n"
    assert _subjects(text, knowledge)["17 staff"] == "Estuary Media"


@pytest.mark.parametrize(
    "sentence, surface, per, measure_words",
    [
        ("In the spring survey, 96,000 people listened each week.", "96,000 people", "week", "listeners"),
        ("Harbour Sound Radio reached 96,000 people a week in the spring survey.", "96,000 people a week", "week", "listeners"),
        ("Some 41,000 people visited the mill museum every year.", "Some 41,000 people", "year", "visitors"),
    ],
)
def test_people_counted_by_what_they_do(knowledge, sentence, surface, per, measure_words):
    claim = figure(claims_of(sentence, knowledge), surface)
    assert claim.value.per == per
    assert claim.event == measure_words


def test_people_told_of_nothing_they_do_are_no_measure(knowledge):
    claim = figure(claims_of("Harbour Sound Radio said 96,000 people were in town for the regatta.", knowledge), "96,000 people")
    assert claim.event not in ("listeners", "visitors", "employees")


def test_listeners_told_two_ways_are_one_figure(knowledge):
    about = "About Harbour Sound Radio\n\nIn the spring survey, 96,000 people listened to Harbour Sound Radio each week.\n"
    podcast = "Harbour Sound Radio's managing director said the station reached 69,000 people a week in the spring survey.\n"
    assert findings("figure-mismatch", about=about, podcast=podcast)


def test_a_sentence_opening_on_today_is_not_dated_by_the_paragraphs_lead(knowledge):
    text = (
        "Quayside Journal, 3 March 2025\n\n"
        "In 2019 Estuary Media bought Harbour Sound Radio for £1.2m. "
        "Today Estuary Media employs 60 people across its stations.\n"
    )
    staff = figure(claims_of(text, knowledge), "60 people")
    assert staff.time is not None and staff.time.year == 2025


def test_without_today_the_paragraphs_lead_still_dates_it(knowledge):
    text = (
        "Quayside Journal, 3 March 2025\n\n"
        "In 2019 Estuary Media bought Harbour Sound Radio for £1.2m. "
        "Estuary Media employed 60 people across its stations.\n"
    )
    staff = figure(claims_of(text, knowledge), "60 people")
    assert staff.time is not None and staff.time.year == 2019


def test_a_clause_after_although_has_its_own_subject(knowledge):
    text = (
        "Estuary Media's three stations reach 250,000 listeners a week, although Harbour Sound Radio "
        "employs fewer than 20 people."
    )
    assert _subjects(text, knowledge)["fewer than 20 people"] == "Harbour Sound Radio"


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ('"Today our customers run fleets of thirty balloons," said Kestrel Balloons.', "thirty balloons"),
        ("Kestrel Balloons said its rivals sold 400 balloons in 2024.", "400 balloons"),
    ],
)
def test_an_owners_others_acting_are_not_the_owner(knowledge, sentence, surface):
    assert _subjects(sentence, knowledge)[surface] != "Kestrel Balloons"


def test_an_owners_others_counted_are_still_its_own(knowledge):
    # "its customers include 40 airlines": the company's customers, counted.
    assert _subjects("Kestrel Balloons says its customers include 40 ride operators.", knowledge)["40 ride operators"] == "Kestrel Balloons"


def test_a_count_noun_before_a_verb_and_its_object_is_no_compound(knowledge):
    claim = figure(claims_of("A team of 17 staff keeps Harbour Sound Radio on air.", knowledge), "17 staff")
    assert claim.value.counted == "staff"


def test_a_letters_place_and_day_under_its_title_is_no_sections_period(knowledge):
    text = (
        "KESTREL HIRE PLC\n"
        "Annual Report 2024: Letter from the Chair\n"
        "Carlisle, 14 March 2025\n\n"
        "Dear shareholder,\n\n"
        "Revenue rose 8% to £96.4 million, and profit before tax was £9.1 million.\n"
    )
    revenue = figure(claims_of(text, knowledge), "£96.4 million")
    assert revenue.time is not None and revenue.time.year == 2024


NUMBERED_NOTICE = (
    "CONTRACT AWARD NOTICE\n"
    "Published: 3 March 2025\n"
    "Section I. Contracting authority: Solway Fleet Partnership, acting for its three member councils (lead: Carlisle)\n"
    "Section II. Object\n"
    "II.1 Title: Vehicle hire framework 2025-2028\n"
    "II.2 Description: Supply of vans on daily and weekly hire to the member councils.\n"
    "Section V. Award of contract\n"
    "V.1 Date of award decision: 24 February 2025\n"
    "V.2 Supplier: Eden Van Hire Ltd, Penrith\n"
    "V.3 Total value of the contract: £7.2 million (excluding VAT)\n"
    "V.4 Reason for award: most economically advantageous tender.\n"
)


def test_a_numbered_notices_supplier_holds_its_value(knowledge):
    value = figure(claims_of(NUMBERED_NOTICE, knowledge), "£7.2 million")
    assert value.subject is not None and value.subject.name == "Eden Van Hire"
    assert value.event == "contract"
    assert value.object is not None and value.object.name == "Solway Fleet Partnership"


def test_a_forms_field_numbers_and_labels_are_no_names(knowledge):
    kinds = kinds_of(NUMBERED_NOTICE, knowledge)
    for label in ("V.4 Reason", "Reason", "Section II", "Object", "Contracting", "Description", "Date"):
        assert label not in kinds


def test_they_after_a_writer_names_one_company(knowledge):
    text = "Anyone else noticed Pressline buying up shops? They paid £3.1m for Brightwash last March."
    price = figure(claims_of(text, knowledge), "£3.1m")
    assert price.subject is not None and price.subject.name == "Pressline"


def test_they_after_people_of_a_company_is_still_no_one(knowledge):
    text = "Workers at Pressline protested outside the depot. They paid £40 for the coach."
    price = figure(claims_of(text, knowledge), "£40")
    assert price.subject is None or price.subject.name != "Pressline"


def test_what_was_bought_named_inside_a_count(knowledge):
    text = "Pressline Group\n\nIn May we bought the 12 Brightwash shops in Norfolk for £1.9 million.\n\n2024: The Brightwash shops join the group.\n"
    price = figure(claims_of(text, knowledge), "£1.9 million")
    assert price.object is not None and price.object.name == "Brightwash"


def test_a_price_told_of_the_shops_and_of_their_name_conflicts(knowledge):
    review = "Pressline Group annual review\n\nIn May we bought the 12 Brightwash shops in Norfolk for £1.9 million.\n\n2024: The Brightwash shops join the group.\n"
    forum = "Posted by Starch, 2 June 2025\nAnyone else noticed Pressline buying up shops? They paid £9.1m for Brightwash last May.\n"
    assert findings("figure-mismatch", review=review, forum=forum)


def test_a_short_name_told_apart_by_not_in_its_aside(knowledge):
    text = (
        "Posted 3 May 2025\n"
        "Harbour news: Kestle (the Truro boatyard, not Kestle Marine, the Falmouth sailmakers, founded in 1994) "
        "paid £2.2m for Penryn Slipways in January.\n"
    )
    claims = claims_of(text, knowledge)
    price = figure(claims, "£2.2m")
    assert price.subject is not None and price.subject.name == "Kestle"
    deal = next(c for c in claims if c.kind == "deal")
    assert deal.subject is not None and deal.subject.name == "Kestle"
    assert deal.time is not None and deal.time.year == 2025


def test_a_count_in_its_companys_home_country_is_all_of_it(knowledge):
    text = (
        "Leicester Courier, 4 September 2025\n\n"
        "Nottingham-based Lanterngate Student Living has bought a block in Leicester. "
        "Lanterngate, which has fewer than 9,000 beds in the UK, paid £40 million for it.\n"
    )
    beds = figure(claims_of(text, knowledge), "fewer than 9,000 beds")
    assert beds.qualifiers is None or beds.qualifiers.place is None


def test_a_count_in_a_town_still_has_its_place(knowledge):
    beds = figure(claims_of("In April we bought Brightwash's two shops in Bath for £640,000.", knowledge), "two shops")
    assert beds.qualifiers is not None and beds.qualifiers.place == "Bath"


def test_the_doer_of_a_relative_clause_on_a_thing_pays_its_price(knowledge):
    text = (
        "LANTERNGATE STUDENT LIVING PLC\nLetter from the Chair, 20 October 2025\n\n"
        "Dear shareholder,\n\n"
        "The largest addition was Quayside House in Derby, which we agreed to buy in June and completed "
        "on 29 August for £38.5 million.\n"
    )
    price = figure(claims_of(text, knowledge), "£38.5 million")
    assert price.subject is not None and price.subject.name.casefold() == "lanterngate student living"
    assert price.object is not None and price.object.name == "Quayside House"


def test_a_relative_clauses_date_stays_the_things(knowledge):
    text = "Koskinen Lures annual report\n\nPennock Hooks, which we acquired in 2019, makes 40 million hooks a year.\n"
    date = figure(claims_of(text, knowledge), "2019")
    assert date.subject is not None and date.subject.name == "Pennock Hooks"


def test_a_site_paid_for_is_not_its_buyer(knowledge):
    text = (
        "Lanterngate has bought the 680-bed Quayside House in Derby. "
        "Lanterngate paid £38.5 million for the block, which Brackley Homes built in 2016.\n"
    )
    price = figure(claims_of(text, knowledge), "£38.5 million")
    assert price.event == "acquisition"
    assert price.object is None or price.object.name != "Brackley Homes"


def test_a_label_and_its_sites_description_stay_one(knowledge):
    text = (
        "Speakers: the finance director of Qamar Desalination Company (QDC) and a banker.\n\n"
        "* Sur Bay: the developer closed its financing in 2023.\n"
        "* Barka West: the QDC plant delivers 135,000 m³/d and has run above 95% availability since it was commissioned.\n"
    )
    capacity = figure(claims_of(text, knowledge), "135,000 m³/d")
    assert capacity.subject is not None and capacity.subject.name == "Barka West"


def test_a_plural_opening_a_story_after_its_dateline_is_no_name(knowledge):
    text = (
        "LEICESTER, Sept 4 - Students arriving at Quayside House this month will find a new landlord. "
        "The student block has 680 beds.\n"
    )
    assert "Students" not in kinds_of(text, knowledge)


def test_a_name_opening_a_story_after_its_dateline_stays_one(knowledge):
    text = "TOULOUSE, June 10 - Orbella, a maker of small satellites, has raised $120 million in a round led by Solent Ventures.\n"
    raised = figure(claims_of(text, knowledge), "$120 million")
    assert raised.subject is not None and raised.subject.name == "Orbella"


def test_each_of_the_months_told_is_no_rate(knowledge):
    text = "The layoffs will take place in April and June, with 470 and 540 workers to be laid off in each month, respectively."
    assert figure(claims_of(text, knowledge), "540 workers").value.per is None


def test_a_visit_elsewhere_in_the_clause_makes_no_visitors(knowledge):
    text = "Nader spoke to a supportive crowd of about 60 people and his campaign raised over $2000 at the event, their third visit to Waterbury."
    assert figure(claims_of(text, knowledge), "about 60 people").event != "visitors"


def test_a_business_named_by_its_site_wins_a_deal_for_its_customers_sites(knowledge):
    text = (
        "WAKEFIELD, 14 August 2025 - Sudsworth, the commercial laundry on Flanshaw Lane, has won a four-year deal "
        "to wash the sheets and towels of Calloway Inns' 24 hotels.\n"
    )
    deal = next(c for c in claims_of(text, knowledge) if c.kind == "deal")
    assert deal.subject is not None and deal.subject.name == "Sudsworth"
    assert deal.object is not None and deal.object.name == "Calloway Inns"
    assert deal.time is None  # the dateline's day is when the story was written


def test_a_deal_for_all_of_a_customers_sites(knowledge):
    text = "Brightpress annual review\n\nIn March Brightpress signed a four-year contract to launder the bed linen of all 24 Calloway Inns, worth £2.1 million.\n"
    deal = next(c for c in claims_of(text, knowledge) if c.kind == "deal")
    assert deal.object is not None and deal.object.name == "Calloway Inns"


def test_one_customers_deal_credited_to_two_launderers(knowledge):
    review = "Brightpress annual review\n\nIn March Brightpress signed a four-year contract to launder the bed linen of all 24 Calloway Inns, worth £2.1 million.\n"
    news = (
        "WAKEFIELD, 14 August 2025 - Sudsworth, the commercial laundry on Flanshaw Lane, has won a four-year deal "
        "to wash the sheets and towels of Calloway Inns' 24 hotels.\n"
    )
    assert findings("deal-award-conflict", review=review, news=news)


@pytest.mark.parametrize(
    "text, winner, customer",
    [
        ("In January Glossa Hair signed the deal to run the salons in twelve Pennington's department stores.", "Glossa Hair", "Pennington"),
        (
            "SHINEWELL GROUP PLC - PRELIMINARY RESULTS FOR THE YEAR ENDED 30 JUNE 2025\n\n"
            "Shinewell Group plc today reports revenue of £64.7 million.\n\n"
            "Highlights\n- Signed a five-year agreement in August to run hand car washes in the car parks "
            "of 30 Ashbrook supermarkets, starting in January\n",
            "Shinewell",
            "Ashbrook",
        ),
    ],
)
def test_a_deal_for_a_customers_sites(knowledge, text, winner, customer):
    deal = next(c for c in claims_of(text, knowledge) if c.kind == "deal")
    assert deal.subject is not None and deal.subject.name == winner
    assert deal.object is not None and deal.object.name == customer


def test_a_place_inside_a_count_is_no_customer(knowledge):
    text = "In January Glossa Hair signed the deal to run the salons in 12 London stores."
    assert not [c for c in claims_of(text, knowledge) if c.kind == "deal"]


@pytest.mark.parametrize(
    "sentence, year, site",
    [
        ("Larchfield Furniture has operated from its Mythe Road works since 2007.", 2007, "Mythe Road"),
        ("2004: Move to the Mythe Road workshop", 2004, "Mythe Road"),
        ("In 1996 Larchfield Furniture moved to Grange Mill.", 1996, "Grange Mill"),
    ],
)
def test_a_move_to_a_site_is_dated_with_the_site(knowledge, sentence, year, site):
    text = "Larchfield Furniture\n\nAbout us\n\n" + sentence + "\n"
    moves = [c for c in claims_of(text, knowledge) if c.kind == "date" and c.event == "relocation"]
    assert moves and moves[0].time.year == year
    assert moves[0].object is not None and moves[0].object.name == site


def test_goods_moved_are_no_move(knowledge):
    text = "The carrier, which operates 84 vessels, moved 1.42 million TEU in 2024."
    assert not [c for c in claims_of(text, knowledge) if c.event == "relocation"]


def test_a_move_and_a_stay_since_a_later_year_conflict(knowledge):
    timeline = "Larchfield Furniture: our story\n\n- 2004: Move to the Mythe Road workshop\n- 2012: First export order\n"
    planning = "Planning summary, 3 March 2025\n\nThe applicant, Larchfield Furniture, has operated from its Mythe Road works since 2007.\n"
    assert findings("date-mismatch", timeline=timeline, planning=planning)


def test_moves_to_two_sites_do_not_conflict(knowledge):
    timeline = "Larchfield Furniture: our story\n\n- 2004: Move to the Mythe Road workshop\n"
    planning = "Planning summary, 3 March 2025\n\nThe applicant, Larchfield Furniture, has operated from its Tewkesbury Road works since 2007.\n"
    assert not findings("date-mismatch", timeline=timeline, planning=planning)


def test_a_wires_day_takes_the_year_written_above_it(knowledge):
    text = (
        "Carrier buys into terminal\n\nMay 4, 2025\n\n"
        "ROTTERDAM, May 4 (Meridian Wire) - Tagusway Shipping has agreed to buy a stake in the terminal, the companies said on Sunday. "
        "The second phase follows in 2029.\n\n"
        "The carrier handled 1.42 million TEU last year.\n"
    )
    teu = figure(claims_of(text, knowledge), "1.42 million TEU")
    assert teu.time is not None and teu.time.year == 2024


def test_a_building_is_no_company_named_after_buildings(knowledge):
    text = (
        "NEW YORK - Demolition of the Harbour Bank Building will resume, the Department of Buildings said. "
        "The building was badly damaged in a fire in 2007.\n"
    )
    references = {r.surface: r.entity for s in _model(text, knowledge).sentences for r in s.references}
    model = _model(text, knowledge)
    meant = references.get("The building")
    assert meant is None or model.entities[meant].name != "Department of Buildings"


def test_a_building_bought_is_the_site_named_before(knowledge):
    text = (
        "WHITBY, 3 June 2025 - The Electric Palace on Baxtergate has a new owner. Northlight Cinemas completed its "
        "£640,000 purchase of the Grade II-listed building in March.\n"
    )
    price = figure(claims_of(text, knowledge), "£640,000")
    assert price.object is not None and price.object.name == "Electric Palace"


def _model(text: str, knowledge):  # type: ignore[no-untyped-def]
    from auditor.document import build_model
    from auditor.sources import parse_document

    return build_model(parse_document("doc.txt", text.encode()), knowledge)


def test_a_team_of_staff_is_the_headcount(knowledge):
    text = "About Harbour Sound Radio\n\nA team of 23 staff, plus dozens of volunteers, keeps Harbour Sound Radio on air.\n"
    assert figure(claims_of(text, knowledge), "23 staff").event == "employees"


def test_people_working_across_the_writers_offices_are_its_staff(knowledge):
    text = (
        "<html><head><title>About us | Pennant &amp; Kyle Solicitors</title></head><body>"
        "<header><h1>Pennant &amp; Kyle Solicitors</h1><p>Wills, homes and families across Shropshire</p></header>"
        "<main><h2>About us</h2>"
        "<p>We have been looking after people in Shropshire since 1926, when Harold Pennant put up his brass plate in "
        "Shrewsbury. Today 118 people work across our six offices, 42 of them qualified solicitors.</p>"
        "</main></body></html>"
    )
    staff = figure(claims_of(text, knowledge, "about.html"), "118 people")
    assert staff.event == "employees"
    assert staff.subject is not None and staff.subject.name.startswith("Pennant & Kyle")


def test_a_places_share_before_the_writers_possessive_is_not_the_writers_whole(knowledge):
    text = "<html><head><title>About us | Bunkwell Hostels</title></head><body><p>Edinburgh alone is 1,900 beds across our five hostels there.</p></body></html>"
    beds = figure(claims_of(text, knowledge, "about.html"), "1,900 beds")
    assert beds.subject is None or beds.subject.name != "Bunkwell Hostels"


def test_a_forum_sentence_without_its_i_opens_on_no_name(knowledge):
    text = "Saw Hollins & Brook finally got into Staffordshire. H&B turned over £47.8m in the year to March.\n"
    kinds = kinds_of(text, knowledge)
    assert "Saw Hollins & Brook" not in kinds
    assert "Hollins & Brook" in kinds


REVIEW = (
    "<html><head><title>Annual review 2024 | Sleepwell Beds</title></head><body>"
    "<h1>Sleepwell Beds: annual review 2024</h1>"
    "<p>2024 was our best year. Revenue rose 8.3% to £84.6 million. Direct online sales rose to £16.1 million as "
    "more customers bought from our own website.</p>"
    "<h2>Revenue by channel (£m)</h2>"
    "<table><tr><th></th><th>2024</th><th>2023</th></tr>"
    "<tr><th>Retail partners</th><td>54.1</td><td>50.2</td></tr>"
    "<tr><th>Direct online</th><td>14.4</td><td>12.5</td></tr>"
    "<tr><th>Total</th><td>84.6</td><td>78.1</td></tr></table>"
    "</body></html>"
)


def test_a_segment_told_in_prose_and_in_a_tables_row_is_one_figure(knowledge):
    online = figure(claims_of(REVIEW, knowledge, "review.html"), "£16.1 million")
    assert online.role == "part" and online.qualifiers.phase == "direct online"
    assert findings("figure-mismatch", **{"review.html": REVIEW})


def test_segments_of_two_names_are_two_figures(knowledge):
    text = REVIEW.replace("Direct online sales rose to £16.1 million", "Trade sales rose to £16.1 million")
    assert not findings("figure-mismatch", **{"review.html": text})


def test_a_measure_named_by_its_own_words_is_no_segment(knowledge):
    text = "Larchfield Furniture annual review 2024\n\nExport sales grew to £5.3 million, mostly to Germany.\n"
    exports = figure(claims_of(text, knowledge), "£5.3 million")
    assert exports.role is None


def test_a_markdown_table_in_a_plain_text_release_is_read(knowledge):
    text = (
        "KESTLE & WARD PLC - FULL-YEAR RESULTS 2024\n\n"
        "Kestle & Ward plc today reports revenue of £184.3 million for 2024.\n\n"
        "| Division | 2024 revenue (£m) |\n|---|---|\n| Sales | 96.8 |\n| Lettings | 71.2 |\n| Total | 184.3 |\n"
    )
    assert figure(claims_of(text, knowledge, "release.txt"), "71.2").event == "revenue"


def test_bars_without_a_header_rule_are_no_table(knowledge):
    text = "Posted by Starch | 2 June 2025 | 14 replies\nThey paid £3.1m for Brightwash.\n"
    from auditor.sources import parse_document

    assert not parse_document("post.txt", text.encode()).markup


def test_a_compound_count_before_a_name_is_its_size(knowledge):
    text = "Lanterngate Student Living has bought the 680-bed Quayside House on Western Boulevard from Brackley Homes."
    beds = figure(claims_of(text, knowledge), "680-bed")
    assert beds.subject is not None and beds.subject.name == "Quayside House"
    assert beds.role is None  # the size of what was bought, no change of a stock


def test_a_present_tense_deed_in_a_later_year_is_a_plan(knowledge):
    text = (
        "Lanterngate Student Living: letter to shareholders, 20 October 2025\n\n"
        "We also signed a lease to run Hollis Court, the hall Wulfrun University is building; it opens in September 2027.\n"
    )
    date = figure(claims_of(text, knowledge), "September 2027")
    assert date.tense == "future"


def test_a_count_of_an_owners_board_is_not_the_owners_own(knowledge):
    text = "The proposal was approved by a majority of the Fund's 24-member board. The 190-member Fund was set up in 1945."
    board = figure(claims_of(text, knowledge), "24-member")
    assert board.subject is None


def test_a_count_of_an_owners_site_stays_its_capacity(knowledge):
    beds = figure(claims_of("Heronmere Care said Marram Court's 86-bed home in Cromer is full.", knowledge), "86-bed")
    assert beds.event == "beds"


def test_a_month_a_site_opens_in_is_ahead_of_the_story(knowledge):
    text = "Kilnmoor Journal, 10 May 2025\n\nOur new Scotia Road mill opens in September, with room for 40 kilns.\n"
    date = figure(claims_of(text, knowledge), "September")
    assert (date.time.year, date.time.month) == (2025, 9)
