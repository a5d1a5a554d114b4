"""Readings added in round 47, each on sentences of our own.

- A table whose corner names its measure ("Income") over columns of periods
  with their unit ("2024-25 (£)") measures every row by the corner: its
  "Total" row is the income the prose states, and a sum of the rows the
  prose agrees with is cited against the Total.
- "the £1.35m communal glazing lot": a figure that names its lot is one lot's
  value (phase "lot"), no rival of the whole contract.
- "two long-serving guides, between them responsible for more than 3,000
  walks": what a few did together is a part of what all did.
- A word doubted at a sentence's start stays doubted where a field opens
  after a bar ("@handle | 31 Oct 2025, 09:16 | Prefer history ...");
  "Isn't" is no name "Isn".
- "Miriam Ashdown's outfit" is the company the text told of, as "the
  outfit" would be; "the trust" means a body written or called a trust
  (``strict_heads``); a subject described but named nowhere ("The city's
  heritage trust ...; its guides") leaves its "its" to no one else.
- "At the height of the season we run 42 shearers": a time put first, then
  the subject (``FRONTED_TIME``); its peak is linked with the peaks told
  elsewhere (a table's "Shearers at peak"), never with a level.
- "Last year's £7.5m placing" is a funding round (``nouns_after``), the
  writer's own in its letter; "funded the Poole factory upgrade" names what
  the money did, not whose it is.
- "Locomotives: 33%" under "Sales by category" is one part's share of sales.
- "4.8 MWp" is a capacity (``units.yaml``).

Some tests guard what the rules must not do and pass on the round's
starting code too.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, model_of, subject_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


_TRUST_REPORT = (
    "---\ntitle: Hollins Canal Trust annual report 2024-25\ndate: 2025-09-30\n---\n"
    "# Hollins Canal Trust: annual report for the year ended 31 March 2025\n\n"
    "### Financial review\n"
    "Total income rose to £{prose} (2023-24: £98,100), mainly because of a lottery grant.\n\n"
    "| Income | 2024-25 (£) | 2023-24 (£) |\n|---|---|---|\n"
    "| Boat trips and fees | 51,300 | 50,100 |\n| Membership and gifts | 18,450 | 20,000 |\n"
    "| Grants | 38,000 | 28,000 |\n| **Total** | **{total}** | **98,100** |\n"
)


def test_a_corner_over_periods_with_their_unit_measures_the_rows(knowledge):
    claims = claims_of(_TRUST_REPORT.format(prose="107,750", total="111,750"), knowledge, "report.md")
    total = figure(claims, "111,750")
    assert total.event == "revenue"
    assert total.subject is not None and total.subject.name == "Hollins Canal Trust"


def test_a_total_row_against_the_prose_that_agrees_with_its_rows(knowledge):
    found = findings("parts-sum", **{"report.md": _TRUST_REPORT.format(prose="107,750", total="111,750")})
    assert len(found) == 1
    cited = {e.text for e in found[0].evidence}
    assert "£107,750" in cited and "111,750" in cited


def test_a_total_row_that_adds_up_is_no_finding(knowledge):
    assert not findings("parts-sum", **{"report.md": _TRUST_REPORT.format(prose="107,750", total="107,750")})
    assert not findings("figure-mismatch", **{"report.md": _TRUST_REPORT.format(prose="107,750", total="107,750")})


@pytest.mark.parametrize(
    ("lot", "written"),
    [("the £1.35m communal glazing lot", "£1.35m"), ("a £2.2m lot", "£2.2m"), ("the North Somerset lot, £1.12 million over three years", "£1.12 million")],
)
def test_a_figure_that_names_its_lot_is_one_lots(knowledge, lot, written):
    claims = claims_of(f"In February we were appointed to the programme. We also won {lot} on the same procurement.", knowledge)
    assert figure(claims, written).qualifiers.phase == "lot"


def test_lots_of_a_figure_is_no_lot(knowledge):
    claims = claims_of("Brackley Glass won a £3m contract and lots of praise.", knowledge)
    assert figure(claims, "£3m").qualifiers is None or figure(claims, "£3m").qualifiers.phase is None


def test_a_lot_is_no_rival_of_the_whole_contract(knowledge):
    review = (
        "# Brackley Glass: annual review\n\nIn February we were appointed to Calder Homes' window programme, "
        "worth £7.9m. Our commercial division also won the £1.35m communal glazing lot on the same procurement.\n"
    )
    notice = "Calder Homes awarded Brackley Glass a window replacement contract worth £7.9m in February 2025.\n"
    assert not findings("figure-mismatch", **{"review.md": review, "notice.txt": notice})


@pytest.mark.parametrize(
    "between",
    ["Two long-serving guides, between them responsible for more than 3,000 walks, retired.",
     "Three of the drivers, who between them covered 80,000 miles, left in May."],
)
def test_what_a_few_did_between_them_is_a_part(knowledge, between):
    claims = claims_of(f"Harbour Walks Ltd ran 1,180 walks in 2024. {between}", knowledge)
    figure_text = "more than 3,000 walks" if "3,000" in between else "80,000 miles"
    assert figure(claims, figure_text).role == "part"


def test_our_shops_between_them_are_all_of_them(knowledge):
    claims = claims_of("Our three shops, between them, took £8.4 million in 2024.", knowledge)
    assert figure(claims, "£8.4 million").role is None


def _names(text: str, knowledge) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name for e in model_of(text, knowledge).entities}


def test_a_post_opens_like_a_sentence_after_its_bars(knowledge):
    text = (
        "Thread by York After Dark (@yorkafterdark) | Friday 31 October 2025\n\n"
        "@yorkafterdark | 31 Oct 2025, 09:13 | Lantern Tours is the big one. They took 46,000 guests in 2024.\n"
        "@yorkafterdark | 31 Oct 2025, 09:16 | Prefer history without the ghosts? Try the river walk.\n"
        "@yorkafterdark | 31 Oct 2025, 09:18 | Tickets cost £16 for adults.\n"
    )
    names = _names(text, knowledge)
    assert "Prefer" not in names and "Tickets" not in names
    assert "Lantern Tours" in names


@pytest.mark.parametrize("opening", ["Isn't", "Doesn't", "Wasn\u2019t"])
def test_a_contraction_is_no_name(knowledge, opening):
    assert not _names(f"{opening} it time the council asked? Bramley Mills sold 40 looms.", knowledge) & {
        opening[:-3], opening[:-2]
    }


def test_a_persons_outfit_is_the_company_told_of(knowledge):
    claims = claims_of(
        "Lantern & Bell is the big one. Running since 2009, Miriam Ashdown's outfit took 46,000 guests in 2024.",
        knowledge,
    )
    assert subject_of(claims, "46,000 guests") == "Lantern & Bell"


def test_the_trust_is_no_company_of_another_trade(knowledge):
    claims = claims_of(
        "Lantern & Bell runs ghost walks from the Minster. The heritage trust runs free walks every day; "
        "its more than 70 volunteer guides led nearly 1,200 walks last year.",
        knowledge,
    )
    assert subject_of(claims, "more than 70 volunteer guides") is None
    assert subject_of(claims, "nearly 1,200 walks") is None


def test_the_trust_is_the_body_written_as_one(knowledge):
    claims = claims_of(
        "The lido is run by Brackwell Community Leisure Trust, the charity that took over the pools in 2003. "
        "The trust recorded 612,000 swims across its three pools in the year to March.",
        knowledge,
    )
    assert subject_of(claims, "612,000 swims") == "Brackwell Community Leisure Trust"


def test_a_described_subject_keeps_its_its(knowledge):
    claims = claims_of(
        "Lantern & Bell runs ghost walks. The city's heritage trust runs walks from Bootham Bar every day; its "
        "64 guides led 1,180 walks last year.",
        knowledge,
    )
    assert subject_of(claims, "64 guides") is None


@pytest.mark.parametrize(
    "opening",
    ["At the height of the season we", "At the peak we", "At the height of summer we", "At the start of the season we"],
)
def test_a_season_put_first_leaves_the_subject(knowledge, opening):
    text = (
        "<html><head><title>Our story | Hill Shearing Ltd</title></head><body><h1>Our story</h1>"
        f"<p>Hill Shearing Ltd was founded in 1970.</p><p>{opening} employ 44 shearers.</p></body></html>"
    )
    assert subject_of(claims_of(text, knowledge, "story.html"), "44 shearers") == "Hill Shearing"


_SHEARING_PAGE = (
    "<html><head><title>Our story | Hill Shearing Ltd</title></head><body><h1>Our story</h1>"
    "<p>Hill Shearing Ltd was founded in 1970. At the height of the season we run nine gangs and 42 shearers. "
    "Out of season we employ 12 people.</p>"
    "<h2>Our 2024 season in numbers</h2><table><tr><th>Measure</th><th>2024 season</th></tr>"
    "<tr><td>Sheep shorn</td><td>410,000</td></tr><tr><td>Shearers at peak</td><td>{peak}</td></tr></table>"
    "</body></html>"
)


def test_a_tables_peak_row_is_a_peak(knowledge):
    claims = claims_of(_SHEARING_PAGE.format(peak="38"), knowledge, "story.html")
    assert figure(claims, "38").role == "peak"
    assert figure(claims, "42 shearers").role == "peak"


def test_peaks_are_compared_with_peaks(knowledge):
    found = findings("figure-mismatch", **{"story.html": _SHEARING_PAGE.format(peak="38")})
    assert [sorted(e.text for e in f.evidence) for f in found] == [["38", "42 shearers"]]
    assert not findings("figure-mismatch", **{"story.html": _SHEARING_PAGE.format(peak="42")})


def test_a_peak_is_no_rival_of_a_level(knowledge):
    text = (
        "Hill Shearing Ltd employed 30 shearers at the end of 2024. At the peak of the 2024 season Hill Shearing "
        "employed 44 shearers."
    )
    assert not findings("figure-mismatch", **{"news.txt": text})


_LETTER = (
    "SOLENT SPA HOLDINGS PLC | Letter to shareholders\n\nDear shareholder,\n\n"
    "Our balance sheet remains sound. Last year's £7.5m placing funded the Poole factory upgrade and the new "
    "showrooms.\n\nMartin Ashworth\nChief Executive, Solent Spa Holdings plc\n"
)


def test_a_placing_is_a_funding_round_of_the_writers(knowledge):
    claim = figure(claims_of(_LETTER, knowledge), "£7.5m")
    assert claim.event == "funding-round"
    assert claim.subject is not None and claim.subject.name == "Solent Spa"


@pytest.mark.parametrize("text", ["Harbour Foods plc is placing a £3m order for new vans.", "Stratton is placing £2m of stock."])
def test_placing_an_order_is_no_funding_round(knowledge, text):
    claims = claims_of(text, knowledge)
    assert all(c.event != "funding-round" for c in claims)


def test_what_money_funded_is_not_whose_it_is(knowledge):
    claims = claims_of("A £2m grant funded the Hull depot extension.", knowledge)
    assert subject_of(claims, "£2m") != "Hull"


def test_a_labelled_percentage_under_a_split_heading_is_a_share(knowledge):
    text = (
        "<html><head><title>Annual review 2025 | Kestrel Hobbies plc</title></head><body><h1>Annual review</h1>"
        "<p>Kestrel Hobbies sells model railways.</p><h2>Sales by category</h2>"
        "<ul><li>Locomotives: 33%</li><li>Rolling stock and kits: 41%</li><li>Scenery: 17%</li>"
        "<li>Digital control: 9%</li></ul></body></html>"
    )
    claims = claims_of(text, knowledge, "review.html")
    parts = {figure(claims, v).object.name for v in ("33%", "41%", "17%", "9%")}
    assert len(parts) == 4
    assert not findings("figure-mismatch", **{"review.html": text})


def test_a_labelled_percentage_under_another_heading_is_no_share(knowledge):
    text = (
        "<html><head><title>Annual review 2025 | Kestrel Hobbies plc</title></head><body><h1>Annual review</h1>"
        "<h2>Highlights</h2><ul><li>Revenue growth: 12%</li></ul></body></html>"
    )
    claim = figure(claims_of(text, knowledge, "review.html"), "12%")
    assert claim.object is None


@pytest.mark.parametrize("written", ["4.8 MWp", "250 kWp"])
def test_peak_power_is_a_capacity(knowledge, written):
    claims = claims_of(f"Sunridge Solar installed a {written} array on the barn roof.", knowledge)
    assert figure(claims, written).value.unit == "watt"


_THREAD = (
    "CleanTalk UK \u203a Business \u203a Brightpile buying up the small guys?\n"
    "Thread started by wharfedale_wand \u00b7 9 February 2025 \u00b7 7 replies \u00b7 1,206 views\n"
    "#1 wharfedale_wand \u00b7 9 Feb 2025, 21:14\n"
    "Anyone else had Brightpile knocking on the door? They bought Spotless of Otley in June 2024 (Dave's old "
    "round, he'd been at it since the nineties) and paid \u00a385k for it, Dave told me.\n"
    "#2 KnotJustCarpets \u00b7 9 Feb 2025, 21:40\n"
    "Good luck to them.\n"
)


def test_a_posts_header_is_a_line_of_its_own(knowledge):
    model = model_of(_THREAD, knowledge)
    texts = [_THREAD[s.span.start : s.span.end] for s in model.sentences]
    assert "Anyone else had Brightpile knocking on the door?" in texts
    assert "Thread" not in {e.name for e in model.entities}


def test_paid_for_it_after_a_purchase_in_the_sentence(knowledge):
    claim = figure(claims_of(_THREAD, knowledge), "\u00a385k")
    assert claim.event == "acquisition"
    assert claim.subject is not None and claim.subject.name == "Brightpile"
    assert claim.object is not None and claim.object.name == "Spotless of Otley"


def test_a_word_of_a_closed_aside_names_no_measure(knowledge):
    claims = claims_of("They opened a shop (the old milk round's depot, long shut) and paid \u00a385k for the lease.", knowledge)
    assert figure(claims, "\u00a385k").event != "funding-round"


def test_a_clause_after_after_has_its_own_subject(knowledge):
    claims = claims_of(
        "Brightpile Carpet Care turned over \u00a31.7 million in 2024. Much of the jump came after it took over "
        "Spotless of Otley in March 2024 for \u00a395,000.",
        knowledge,
    )
    assert subject_of(claims, "\u00a395,000") == "Brightpile Carpet Care"


def test_the_business_is_no_fund(knowledge):
    text = (
        "The new boat cost Northwind Angling Charters \u00a3420,000. Of that, \u00a3126,000 came from the Coastal "
        "Communities Marine Fund, and the family firm found the rest itself.\n\n"
        "Colin Beadnell started the business in 1999 with one boat."
    )
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "1999") != "Coastal Communities Marine Fund"


def test_a_skipper_is_a_persons_title(knowledge):
    kinds = {e.name: e.kind for e in model_of("Skipper Colin Beadnell brought her round from Penryn.", knowledge).entities}
    assert [kind for name, kind in kinds.items() if "Beadnell" in name] == ["person"]


def test_a_deal_told_again_is_the_buyers_who_opened_the_sentence_before(knowledge):
    text = (
        "<html><head><title>Annual review 2025 | Kestrel Hobbies plc</title></head><body>"
        "<p>Dear shareholder,</p><p>It has been a year of firsts for Kestrel Hobbies. Group revenue reached "
        "\u00a321.6m.</p><p>Our biggest step was buying Penmoor Models, the Burton maker of model "
        "locomotives. The acquisition completed in November 2024, for \u00a34.75 million.</p></body></html>"
    )
    claim = figure(claims_of(text, knowledge, "review.html"), "\u00a34.75 million")
    assert claim.event == "acquisition"
    assert claim.subject is not None and claim.subject.name == "Kestrel Hobbies"


def test_a_field_after_a_dot_names_its_role(knowledge):
    text = (
        "EMPLOYMENT TRIBUNALS \u00b7 Case number 6001472/2024\n"
        "Claimant: Mr Daniel Fothergill \u00b7 Respondent: Mossdale Stone Limited\n\n"
        "In 2024 the respondent won the contract to restore Kellbeck Hall for \u00a3575,000.\n"
    )
    assert subject_of(claims_of(text, knowledge), "\u00a3575,000") == "Mossdale Stone"


@pytest.mark.parametrize("where", ["above Rhayader", "near Giggleswick", "below Cwmdu"])
def test_a_name_only_a_spatial_word_governs_is_a_place(knowledge, where):
    kinds = {e.name: e.kind for e in model_of(f"He grew up {where}, the second of four children.", knowledge).entities}
    assert kinds[where.split()[1]] == "place"


def test_a_mill_near_a_town_is_still_the_mill(knowledge):
    kinds = {e.name: e.kind for e in model_of("Oliveda opened a seventh mill near Beja in 2023.", knowledge).entities}
    assert kinds.get("Beja") == "facility"


def test_a_description_before_a_name_in_apposition_describes_it(knowledge):
    model = model_of(
        "The contracting business he built, Pryce & Rowlands, is now one of the largest in Wales.", knowledge
    )
    entity = next(e for e in model.entities if e.name == "Pryce & Rowlands")
    assert "business" in entity.descriptors


def test_parts_after_a_comma_go_back_to_the_clauses_whole(knowledge):
    text = (
        "The licensing manager reported that 186 street trading consents were in force at 31 December 2024, made "
        "up of 64 fixed-pitch consents, 97 mobile consents and 31 event-only consents."
    )
    found = findings("parts-sum", **{"minutes.txt": text})
    assert len(found) == 1 and "192" in found[0].message
    assert not findings("parts-sum", **{"minutes.txt": text.replace("186", "192")})


def test_a_whole_far_before_its_parts_without_a_comma_is_none(knowledge):
    text = (
        "There were 186 street trading consents in force at 31 December 2024 in the borough made up of 64 "
        "fixed-pitch consents, 97 mobile consents and 31 event-only consents."
    )
    assert not findings("parts-sum", **{"minutes.txt": text})


@pytest.mark.parametrize("verb", ["knocked out", "churned out"])
def test_knocked_out_is_made(knowledge, verb):
    claims = claims_of(f"Brackenridge Conversions {verb} 160 vans last year.", knowledge)
    assert figure(claims, "160 vans").event.endswith("made")


_TEA_REVIEW = (
    "# Amberley & Finch Tea Rooms: annual review 2024/25\n\n"
    "Revenue rose 22% to £{level} million, up from £1.4 million the year before.\n\n"
    "| Revenue (£000) | 2024/25 |\n|---|---|\n| Shrewsbury | 742 |\n| Ludlow | 451 |\n| Bridgnorth | 517 |\n"
    "| **All rooms** | **1,710** |\n"
)


def test_a_change_cites_the_figure_that_states_the_level_it_leads_to(knowledge):
    found = findings("change-mismatch", **{"review.md": _TEA_REVIEW.format(level="1.86")})
    assert len(found) == 1
    assert "1,710" in {e.text for e in found[0].evidence}


def test_a_change_that_agrees_with_its_level_is_no_finding(knowledge):
    assert not findings("change-mismatch", **{"review.md": _TEA_REVIEW.format(level="1.71")})


def test_a_threads_numbered_post_opens_a_sentence(knowledge):
    text = (
        "Thread \u00b7 @SamWhitlockNews \u00b7 14 Oct 2025\n\n"
        "1/ Spent the morning at Hearth & Home Reuse's new superstore. A queue at the door by ten on a Tuesday. \U0001f9f5\n"
        "2/ Chief exec Bernadette Okonjo says the charity kept 640 tonnes of furniture out of landfill in 2024/25.\n"
    )
    model = model_of(text, knowledge)
    assert any(text[s.span.start : s.span.end].startswith("Chief exec") for s in model.sentences)
    assert subject_of(claims_of(text, knowledge), "640 tonnes") == "Hearth & Home Reuse"


@pytest.mark.parametrize(
    ("told", "subject"),
    [("says the charity kept 641 tonnes of furniture out of landfill", "Hearth & Home Reuse"),
     ("said the charity in a statement, after 641 tonnes of furniture were kept out of landfill", None)],
)
def test_a_description_after_says_opens_the_told_clause(knowledge, told, subject):
    text = f"Hearth & Home Reuse runs shops in Sheffield.\n\nBernadette Okonjo {told}."
    assert subject_of(claims_of(text, knowledge), "641 tonnes") == subject


_AWARD_NOTICE = (
    "<html><head><title>Contract award notice | South Pennine Waste Partnership</title></head><body>"
    "<h1>Contract award notice: bulky waste reuse</h1>"
    "<table><tr><th>Lot</th><th>Area</th><th>Successful bidder</th><th>Value</th></tr>"
    "<tr><th>Lot 1</th><td>Sheffield</td><td>Hearth &amp; Home Reuse</td><td>£1,200,000</td></tr>"
    "<tr><th>Lot 2</th><td>Rotherham and Barnsley</td><td>Don Valley Furniture Bank</td><td>£780,000</td></tr>"
    "</table></body></html>"
)
_THREAD_POST = "Don Valley Furniture Bank won the £1.2m Sheffield contract from the Waste Partnership in April 2025.\n"


def test_a_rows_places_are_its_figures_places(knowledge):
    claims = claims_of(_AWARD_NOTICE, knowledge, "notice.html")
    assert figure(claims, "£1,200,000").places == ("Sheffield",)
    assert figure(claims, "£780,000").places == ("Barnsley", "Rotherham")


def test_one_sum_of_one_place_credited_to_two_parties(knowledge):
    found = findings("attribution-conflict", **{"notice.html": _AWARD_NOTICE, "thread.txt": _THREAD_POST})
    assert len(found) == 1 and "Sheffield" in found[0].message


def test_a_partys_deals_of_other_places_are_two_deals(knowledge):
    assert not findings("figure-mismatch", **{"notice.html": _AWARD_NOTICE, "thread.txt": _THREAD_POST})


def test_the_arcade_is_the_arcade_told_of(knowledge):
    claims = claims_of(
        "The Marlows run three arcades along Marine Parade. The most visible change this summer is at Neptune's "
        "itself. The arcade shut for the winter and reopened in May after a £1.2 million refit.",
        knowledge,
    )
    assert subject_of(claims, "£1.2 million") in ("Neptune's", "Neptune")  # (the name is read as written once, with or without its "'s")


@pytest.mark.parametrize("form", ["plc", "Ltd", "Inc.", "AG"])
def test_a_relative_clause_after_a_legal_form_is_the_names(knowledge, form):
    claims = claims_of(
        f"In 2022 we became part of Solent Spa Holdings {form}, which bought the business in a £12.5 million deal.",
        knowledge,
    )
    assert subject_of(claims, "£12.5 million") == "Solent Spa"


@pytest.mark.parametrize(
    "resolved",
    ["RESOLVED: that the contract be awarded to ParkSure Ltd for seven years from 1 June 2025 at a total cost of £4.8 million.",
     "RESOLVED: that the contract be awarded to ParkSure Ltd at a cost of £4.8 million over two years."],
)
def test_a_cost_after_an_award_is_the_deals_value(knowledge, resolved):
    claim = figure(claims_of(resolved, knowledge), "£4.8 million")
    assert claim.event == "contract"
    assert claim.subject is not None and claim.subject.name == "ParkSure"


def test_a_cost_with_no_award_before_it_stays_a_cost(knowledge):
    claim = figure(claims_of("The council will refit the depot at a total cost of £4.8 million.", knowledge), "£4.8 million")
    assert claim.event == "cost"


def test_a_partys_word_before_a_deals_noun_sizes_no_party(knowledge):
    assert figure(claims_of("We won the £215,000 council contract for the course.", knowledge), "£215,000").event == "contract"
    assert figure(claims_of("After the £2.68 billion bank took an emergency loan, it cut jobs.", knowledge), "£2.68 billion").event is None
