"""Readings added in round 44, each on sentences of our own.

- A heading in capitals never makes a name of a possessive's "S" or an
  ordinal's "TH" ("TREASURER'S REPORT", "THE 63RD AGM"); a numbered item's
  heading run in before its text ("5. ELECTIONS. Mrs Dunn was ...") is a
  label, unless it opens on an owner that is no officer ("3. BRANSDALE'S
  YEAR. The Hull printer ...").
- Minutes under a club's letterhead are the club's own record: "Income
  was ...", "The Secretary reported that membership stands at 412" are
  the club's; "membership" counts members, as "workforce" counts staff.
- A forum's "Posted" and "Member" are no names; a byline's role ("Business
  Reporter") is none either; "Traffic has been moving" opens on a measure,
  no company; "HR staff" is no Croatia.
- "care workers" and "carers" are one measure: a class named in two words.
- "The Leeds-based consolidator" describes a company; "paid £X for the
  business" after a takeover is that takeover's price of its target, as is
  "Bexley paid £4m for it" and "Marram paid £13.8m" after "sold the agency
  to Marram" (not "£17 million in cash and the remainder in shares").
- "the agency" is a home-care company ("... Home Care"), not only a public body.
- "Kindlewood Home Care, began at her kitchen table in 2008" and
  "Hector Maclachlan, started it in 1961" found the company.
- "If you're thinking of joining, the club has nearly 600 members": an
  "if" clause addressed to the reader, closed before a plain fact, makes no
  condition of it.
- Operating profit, profit before tax and net profit are three measures.
- "at the peak of the summer season our headcount reached 480": a peak, no
  level at the year's end.
- A takeover's price dated by a year alone ("in late 2024") is one deal
  with one dated months later; "snapped up" and "was sold to" date it.
- "since Corran Leisure took it over. Corran paid £7.5m for it", "sold the
  agency to Bexmoor ... Since the sale went through in May 2025", "(part of
  Bexmoor since February 2025)": what was bought, its price and its date.
- "His daughter ran the firm from 2016. It was sold to ...": "It" is the
  firm; "By then it had fourteen vehicles" is its; a relative clause set
  off by commas does not part a deed from its date.
- A transcript's time-coded labels ("[00:00:44] ELLIE:") are speakers; a
  guest who "runs" a company speaks for it, each guest for their own; and
  a guest "of" a company speaks for it; a figure of no one named in a guest's
  turn ("RAJ: The fee to join is £18,500.") is the guest's company's.
- "Leeds-founded Polished & Co" is Polished & Co; "appointed Greystone
  Build as main contractor for the £2.35m clubhouse" is Greystone's
  contract; "owned since 2023 by ..." in an aside makes no running total.
- A highlight dated by its document's day is the current column's:
  "Revenue up 9% to £48.3 million (H1 2024: ...)" against a table's H1 2025.
- A text table's column header may give its period and unit ("FY2025 £m");
  "Group revenue" under "DIVISIONAL REVENUE" is the divisions' total, and a
  heading in capitals that ends on a measure names no one.
- "We started in 2011 - no, 2012, sorry": the year taken back is no claim;
  "it's over 21,000 passes since we started" is a running total.
- "Ravensworth Heath" in a forum is the "RAVENSWORTH HEATH GOLF CLUB" of its
  minutes: a club's name without the ending a reader leaves off stands for
  it across documents, in any case (``droppable_name_endings``).
- A table's "Proposed" column is a target, no level held against "Existing".
- A price list's rows under "Crop" are the seller's products, no companies
  (``thing_row_headers``).
- "energised in September 2025" commissions a battery; a level guaranteed
  "once it hits newsstands" is to come.
"""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, figure, findings, subject_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _entities(text: str, knowledge) -> set[str]:  # type: ignore[no-untyped-def]
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    return {e.name for e in model.entities}


MINUTES = """FELLSIDE BOWLING CLUB LIMITED
Minutes of the 63rd Annual General Meeting, held in the pavilion on Monday 10 March 2025

1. MINUTES OF THE 62ND AGM. The minutes were approved.

2. TREASURER'S REPORT. Mr Okafor presented the accounts. Income was £88,400, giving a surplus of £6,100.

3. MEMBERSHIP. The Secretary reported that membership stands at 412, with a waiting list of 19.

4. ELECTIONS. Mrs Dunn was elected President.
"""


def test_a_possessive_or_an_ordinal_in_capitals_opens_no_name(knowledge):
    names = _entities(MINUTES, knowledge)
    assert not {"S REPORT", "ND AGM", "TH AGM"} & names
    assert "ELECTIONS" not in names and "MEMBERSHIP" not in names


def test_a_numbered_heading_run_in_keeps_an_owner_that_is_no_officer(knowledge):
    text = (
        "TRADE NEWS IN BRIEF\n\n"
        "3. BRANSDALE'S YEAR. The Hull printer turned over £12.4m in 2024.\n\n"
        "4. CHAIR'S WORD. The association grew.\n"
    )
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "£12.4m") != "Hull"
    assert "CHAIR" not in _entities(text, knowledge)


def test_minutes_under_a_letterhead_are_the_clubs_own(knowledge):
    claims = claims_of(MINUTES, knowledge)
    assert subject_of(claims, "£88,400") == "FELLSIDE BOWLING CLUB"
    members = figure(claims, "412")
    assert (members.subject.name if members.subject else None, members.event) == ("FELLSIDE BOWLING CLUB", "users")


def test_membership_counts_members_as_a_workforce_counts_staff(knowledge):
    claims = claims_of("Membership rose to 530 in 2024. Our membership is 530.", knowledge)
    assert [c.event for c in claims if c.value is not None] == ["users", "users"]
    claims = claims_of("The membership is 60 years old.", knowledge)
    assert not [c for c in claims if c.value is not None and c.event == "users"]


def test_a_forums_fields_and_a_bylines_role_are_no_names(knowledge):
    text = (
        "Thread: Ravensworth Golf Club - worth a visit?\n\n"
        "#1 | bunker_bill | Posted 3 May 2025 | Played Ravensworth Golf Club on Friday. Great greens.\n\n"
        "#2 | fairway_fran | Posted 3 May 2025 | Member here. The club has nearly 700 full members.\n"
    )
    assert not {"Posted", "Member"} & _entities(text, knowledge)
    assert subject_of(claims_of(text, knowledge), "nearly 700 full members") == "Ravensworth Golf Club"
    text = (
        "WHARFEDALE COURIER | BUSINESS\n\nKeyline sold in £7m deal\n\nBy Joan Pike, Business Reporter\n\n"
        "LEEDS, 5 June 2025 - Keyline Security was sold on Monday. The family business has 45 locksmiths.\n"
    )
    assert subject_of(claims_of(text, knowledge), "45 locksmiths") != "Business Reporter"


def test_a_measure_opening_a_sentence_is_no_company(knowledge):
    text = "Skelwith Ferries runs three boats. Traffic has been rising. It carried 88,000 passengers in 2024."
    assert "Traffic" not in _entities(text, knowledge)
    assert subject_of(claims_of(text, knowledge), "88,000 passengers") == "Skelwith Ferries"


def test_an_abbreviation_of_a_common_word_is_no_country(knowledge):
    claims = claims_of("Brightnail, which has no HR staff, employs 40 people.", knowledge)
    assert subject_of(claims, "40 people") == "Brightnail"


def test_care_workers_and_carers_are_one_measure(knowledge):
    claims = claims_of("Ashdale Home Care employs 180 care workers. Its 195 carers cover the valley.", knowledge)
    assert figure(claims, "180 care workers").event == figure(claims, "195 carers").event == "carers"
    assert figure(claims_of("Ashdale has 30 team members.", knowledge), "30 team members").event == "employees"
    # A sector's workers are no carers.
    claims = claims_of("Ashdale Health employs 900 health care workers.", knowledge)
    assert figure(claims, "900 health care workers").event == "employees"


def test_a_consolidator_is_a_company_and_what_it_paid_for_is_the_target(knowledge):
    text = (
        "Bexmoor Care Group completed its acquisition of Lindley Home Care on Monday.\n\n"
        "The York-based consolidator, which is backed by the private equity firm Harrowgate Capital, "
        "paid £9.1 million for the business, according to people familiar with the deal."
    )
    claim = figure(claims_of(text, knowledge), "£9.1 million")
    assert (claim.subject.name, claim.event, claim.object.name) == ("Bexmoor Care", "acquisition", "Lindley Home Care")


def test_a_sum_paid_for_it_is_the_price_of_what_was_bought_before(knowledge):
    claims = claims_of("Corvid Foods bought Tarnbeck Dairies in March. Corvid paid £4m for it.", knowledge)
    claim = figure(claims, "£4m")
    assert (claim.event, claim.object.name if claim.object else None) == ("acquisition", "Tarnbeck Dairies")
    claims = claims_of("Corvid Foods bought Tarnbeck Dairies in March. Corvid paid £4m for new ovens.", knowledge)
    assert figure(claims, "£4m").event != "acquisition"
    claims = claims_of(
        "Corvid Foods agreed to acquire Tarnbeck Dairies for EUR 30 million. "
        "Corvid will pay EUR 18 million in cash and the remainder in new shares.",
        knowledge,
    )
    assert figure(claims, "EUR 18 million").object is None or figure(claims, "EUR 18 million").event != "acquisition"


def test_a_sum_paid_after_a_sale_to_the_payer_is_its_price(knowledge):
    text = (
        "Greta Holm runs Lindley Home Care. In the spring Holm sold the agency to Bexmoor Care Group, "
        "the York group. Bexmoor paid £9.4m, a figure Holm confirms."
    )
    claim = figure(claims_of(text, knowledge), "£9.4m")
    assert (claim.event, claim.object.name if claim.object else None) == ("acquisition", "Lindley Home Care")


def test_a_home_care_company_is_an_agency(knowledge):
    claims = claims_of("Lindley Home Care began in 2009. The agency employs 240 staff.", knowledge)
    assert subject_of(claims, "240 staff") == "Lindley Home Care"


def test_a_company_named_in_apposition_or_as_it_is_founded_by_starting(knowledge):
    claims = claims_of("The agency she runs, Lindley Home Care, began at her kitchen table in 2009, after she left nursing.", knowledge)
    assert figure(claims, "2009").event == "founding"
    claims = claims_of("Skelwith Ferries is a family business. Our grandfather, Ivor Skelwith, started it in 1958 with one boat.", knowledge)
    assert figure(claims, "1958").event == "founding"
    claims = claims_of("The mill, opened in 1901, closed in 1990.", knowledge)
    assert figure(claims, "1901").event == "opening"


def test_an_if_clause_closed_before_a_plain_fact_makes_no_condition(knowledge):
    claims = claims_of("If you are thinking of joining, Ravensworth Golf Club has nearly 700 full members.", knowledge)
    assert figure(claims, "nearly 700 full members").role is None
    claims = claims_of("If approved, the Ravensworth scheme would cost £5m.", knowledge)
    assert figure(claims, "£5m").role == "conditional"
    # Only a clause addressed to the reader says when a fact matters to them.
    claims = claims_of("If the chair stays empty, the Ravensworth board shrinks to 9 members.", knowledge)
    assert figure(claims, "9 members").role == "conditional"


def test_operating_pretax_and_net_profit_are_three_measures(knowledge):
    claims = claims_of(
        "Harlow Mills made an operating surplus of £214,000. Profit before tax was £190,000. Net profit was £138,000.", knowledge
    )
    assert [figure(claims, s).event for s in ("£214,000", "£190,000", "£138,000")] == ["operating-profit", "pretax-profit", "profit"]
    assert not findings(
        "figure-mismatch",
        a="Harlow Mills made an operating profit of £214,000 in 2024.",
        b="Harlow Mills made a net profit of £138,000 in 2024.",
    )


def test_a_change_is_of_the_level_it_leads_to(knowledge):
    found = findings(
        "change-mismatch",
        a="Harlow Mills's EBIT rose 14% to EUR 196 million from EUR 184 million, and net profit increased to EUR 118 million.",
    )
    assert found and "operating profit" in found[0].message


def test_a_peak_is_no_level_at_the_years_end(knowledge):
    claims = claims_of(
        "Harlow Marquees employed 236 people at year end; at the peak of the summer season, with casual riggers, our headcount reached 480.",
        knowledge,
    )
    assert figure(claims, "480").role == "peak"
    assert figure(claims, "236 people").role is None


def test_a_deals_price_dated_by_a_year_alone_is_one_deal_with_a_dated_one(knowledge):
    found = findings(
        "figure-mismatch",
        a="LEEDS, 5 June 2025 - Dublin-based Vantis Lock Group completed its £6.8 million takeover of Keyline Security on Monday.",
        b="Vantis Lock Group is a Dublin consolidator. It snapped up Keyline Security in late 2024, paying £7.4m.",
    )
    assert found


def test_a_passive_sale_dates_the_company_sold(knowledge):
    claims = claims_of(
        "Hallam Removals was founded in 1961. His daughter, Helen Pryce, ran the firm from 2016. "
        "It was sold to Northgate Moving Group, which runs more than 30 depots across England, in July 2024. "
        "By then it had fourteen vehicles.",
        knowledge,
    )
    date = figure(claims, "July 2024")
    assert (date.subject.name, date.event) == ("Hallam Removals", "completion")
    assert subject_of(claims, "fourteen vehicles") == "Hallam Removals"


def test_a_time_coded_guest_speaks_for_the_company_she_is_of(knowledge):
    text = (
        'THE FIELD NOTES PODCAST - Episode 12 - with Ellie Marsh of Furrowfield Organics\n'
        "[00:00:10] SAM: Welcome back. How big is Furrowfield now?\n"
        "[00:00:20] ELLIE: We're doing 4,200 boxes a week at the moment.\n"
        "[00:00:40] SAM: And the team?\n"
        "[00:00:45] ELLIE: We employ 38 people.\n"
    )
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "4,200 boxes a week") == "Furrowfield"


def test_a_founding_place_before_a_name_is_no_part_of_it(knowledge):
    # (The name as it is folded alone: "Brightnail & Co" is "Brightnail", the
    # cue read off first since the forty-sixth round.)
    alone = subject_of(claims_of("Brightnail & Co has 340 staff.", knowledge), "340 staff")
    assert subject_of(claims_of("Leeds-founded Brightnail & Co has 340 staff.", knowledge), "340 staff") == alone
    assert alone is not None and "Leeds" not in alone


def test_a_main_contractor_holds_the_jobs_contract(knowledge):
    claims = claims_of("The board has appointed Greystone Build as main contractor for the £2.35m clubhouse.", knowledge)
    claim = figure(claims, "£2.35m")
    assert (claim.subject.name, claim.event) == ("Greystone Build", "contract")


def test_an_owners_aside_makes_no_running_total(knowledge):
    claims = claims_of(
        "The Telford die-caster Brennan Castings, owned since 2023 by Corby Metals, has applied for a £13.5m melt-shop extension.",
        knowledge,
    )
    assert figure(claims, "£13.5m").qualifiers is None or figure(claims, "£13.5m").qualifiers.scope is None


def test_a_highlight_dated_by_its_document_is_the_current_columns(knowledge):
    text = (
        '9 September 2025\nHARLOW BAKEHOUSE PLC ("Harlow", "the Group")\nInterim results for the 26 weeks ended 29 June 2025\n\n'
        "Harlow Bakehouse, the cafe chain, today announces its unaudited interim results. Trading in the half was strong.\n\n"
        "HIGHLIGHTS\n- Revenue up 9% to £48.3 million (H1 2024: £44.3 million); like-for-like sales up 3.8%\n"
        "- 11 new cafés opened in the half\n\n"
        "KEY FIGURES                     H1 2025      H1 2024\n"
        "Revenue                         £46.8m       £44.3m\n"
        "Cafés at period end             112          84\n"
    )
    found = findings("figure-mismatch", a=text)
    assert [("48.3" in f.message, "46.8" in f.message) for f in found] == [(True, True)]


def test_energising_commissions_and_once_it_opens_is_to_come(knowledge):
    claims = claims_of("The Coombe battery was energised in September 2025.", knowledge)
    assert figure(claims, "September 2025").event == "commissioning"
    claims = claims_of("The paper is guaranteeing 3.2 million readers to its advertisers once it hits newsstands.", knowledge)
    assert figure(claims, "3.2 million readers").tense == "future"


def test_what_was_taken_over_or_sold_is_what_is_paid_for_and_dated(knowledge):
    claims = claims_of("Has anyone played Ashby Links since Corran Leisure took it over? Corran paid £7.5m for it last year.", knowledge)
    claim = figure(claims, "£7.5m")
    assert (claim.event, claim.object.name if claim.object else None) == ("acquisition", "Ashby Links")
    claims = claims_of(
        "Greta Holm runs Lindley Home Care. In the spring Holm sold the agency to Bexmoor Care Group. "
        "Since the sale went through in May 2025, little has changed.",
        knowledge,
    )
    assert (figure(claims, "May 2025").event, figure(claims, "May 2025").subject.name) == ("completion", "Lindley Home Care")
    claims = claims_of("Lot 1 went to Lindley Home Care Ltd (part of Bexmoor Care Group since February 2025).", knowledge)
    assert (figure(claims, "February 2025").event, figure(claims, "February 2025").subject.name) == ("completion", "Lindley Home Care")


DIVISIONS = """Harlow Guarding plc: results for the year to 31 March 2025

Harlow Guarding plc today reports revenue of £148.6 million for the year.

DIVISIONAL REVENUE
Division                          FY2025 £m   FY2024 £m
Manned guarding                       112.4       104.1
Mobile patrols                         21.7        20.3
Monitoring                             14.5        13.5
Group revenue                         151.6       137.9
"""


def test_a_columns_period_may_carry_its_unit_and_a_group_row_under_its_measure_is_the_total(knowledge):
    claims = claims_of(DIVISIONS, knowledge)
    total = figure(claims, "151.6")
    assert (total.value.unit, total.value.value, total.time.year, total.role) == ("GBP", 151_600_000, 2025, None)
    assert figure(claims, "137.9").time.year == 2024
    assert figure(claims, "112.4").role == "part"
    assert "DIVISIONAL REVENUE" not in _entities(DIVISIONS, knowledge)
    assert findings("figure-mismatch", a=DIVISIONS)


def test_each_guest_speaks_for_the_company_the_introduction_says_they_run(knowledge):
    text = (
        "THE BARKING MAD PODCAST | Episode 9\n"
        "[00:10] HOST: Welcome. Ana Pike runs The Wet Nose Grooming Co. in Bath, and Raj Dutt is the founder of Snip Snip Salons.\n"
        "[00:40] ANA: Thanks for having me.\n"
        "[00:44] RAJ: Good to be here.\n"
        "[01:10] ANA: Our salon has 6 grooming tables.\n"
        "[01:30] RAJ: We run 14 salons across the South West.\n"
    )
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "6 grooming tables") == "Wet Nose Grooming"
    assert subject_of(claims, "14 salons") == "Snip Snip Salons"


def test_a_price_lists_rows_of_crops_are_no_companies(knowledge):
    text = (
        "<html><head><title>Prices | Greenacre Farm</title></head><body>"
        "<h1>Greenacre Farm</h1><p>Greenacre Farm is a pick-your-own farm near Ely.</p><h2>Pumpkins</h2><p>Ready in October.</p>"
        "<table><tr><th>Crop</th><th>Price</th></tr>"
        "<tr><td>Strawberries</td><td>£6.20 per kg</td></tr><tr><td>Pumpkins</td><td>£3 each</td></tr></table>"
        "</body></html>"
    )
    claims = claims_of(text, knowledge, "prices.html")
    strawberries = figure(claims, "£6.20 per kg")
    assert strawberries.subject is None or strawberries.subject.name not in ("Strawberries", "Pumpkins")
    assert strawberries.qualifiers is not None and strawberries.qualifiers.phase == "strawberries"


def test_a_word_taken_back_as_it_is_said_is_no_claim(knowledge):
    claims = claims_of("Kestrel Driving School is a franchise. We started in 2011 - no, 2012, sorry, I always get that wrong.", knowledge)
    assert [c.time.year for c in claims if c.kind == "date"] == [2012]
    assert figure(claims, "2012").event == "founding"


def test_a_count_since_the_start_is_a_running_total_whatever_the_tense(knowledge):
    claims = claims_of(
        "Kestrel Driving School is a franchise. Last year we had 1,900 passes. Over the whole time, it's over 21,000 passes since we started.",
        knowledge,
    )
    assert figure(claims, "over 21,000 passes").qualifiers.scope == "cumulative"
    assert figure(claims, "1,900 passes").qualifiers is None or figure(claims, "1,900 passes").qualifiers.scope is None


def test_a_clubs_name_without_its_golf_club_is_the_club_across_documents(knowledge):
    found = findings(
        "figure-mismatch",
        a="RAVENSWORTH HEATH GOLF CLUB LIMITED\nMinutes of the Annual General Meeting held on 10 March 2025\n\n"
          "6. MEMBERSHIP. The Secretary reported that full membership stands at 712.\n",
        b="Thread: Ravensworth Heath - worth joining?\n\n#1 | fran | Posted 3 May 2025 | Member here. The club has nearly 600 full members.\n",
    )
    assert found


def test_a_proposed_column_is_a_target(knowledge):
    text = (
        "<html><head><title>Kerran Quay Marina</title></head><body><h1>Kerran Quay Marina</h1>"
        "<p>Kerran Quay Marina has 410 berths.</p>"
        "<table><tr><th>Item</th><th>Existing</th><th>Proposed</th></tr><tr><th>Berths</th><td>410</td><td>590</td></tr></table>"
        "</body></html>"
    )
    claims = claims_of(text, knowledge, "plan.html")
    assert figure(claims, "590").role == "target"
    assert not findings("figure-mismatch", a=text)


def test_a_figure_of_no_one_named_in_a_guests_turn_is_the_guests_companys(knowledge):
    text = (
        "THE BARKING MAD PODCAST | Episode 9\n"
        "[00:10] HOST: Welcome. Ana Pike runs The Wet Nose Grooming Co. in Bath, and Raj Dutt is the founder of Snip Snip Salons.\n"
        "[00:40] ANA: Thanks for having me.\n"
        "[00:44] RAJ: Good to be here.\n"
        "[01:30] RAJ: The fee to join is £18,500.\n"
        "[01:50] ANA: A full groom costs £70 per dog.\n"
    )
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "£18,500") == "Snip Snip Salons"
    assert subject_of(claims, "£70 per dog") == "Wet Nose Grooming"
