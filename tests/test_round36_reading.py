"""Readings added in round 36, each on sentences of our own.

- A header's day date that no dateline pattern reads ("Edited excerpt from
  the investor call, 23 September 2025, 09:30 BST", "Castelnuovo (PG),
  Italy, 4 May 2025 - ...") dates the document, so its "last year" and its
  months resolve.
- A year before a period's measure ("whose 2024 sales were", "had 2024
  sales of") is a year, not a count of sales.
- "the Otley works of Brayfield Looms": the one word between "the" and a
  facility's noun that its owner follows is where the site is, no company.
- A deal is dated by the date nearest its words; not by another clause's
  "since" bound, nor by the season it supplies for.
- "X, which has been owned by Y since 2018": the date is X's purchase,
  whatever X bought since.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, kinds_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _subject(text: str, knowledge, surface: str, path: str = "doc.txt") -> str | None:  # type: ignore[no-untyped-def]
    """The name of the subject of the claim whose words are ``surface``."""
    claim = figure(claims_of(text, knowledge, path=path), surface)
    return claim.subject.name if claim.subject is not None else None


def _year(claims, surface: str) -> int | None:
    claim = figure(claims, surface)
    return claim.time.year if claim.time is not None else None


@pytest.mark.parametrize(
    "header",
    [
        "Edited excerpt from the shareholder call, 23 September 2025, 09:30 BST",
        "Page last updated: 23 September 2025",
        "Brookfield Tiles plc · Annual Report for the year ended 30 June 2025 · Published 23 September 2025",
        "RADIO NORTH - Business Hour, Tuesday 23 September 2025, 12.30pm.",
        "Castelnuovo (PG), Italy, 23 September 2025 - Tessiture Ravani S.p.A. reported results.",
    ],
)
def test_a_headers_day_date_dates_the_document(knowledge, header):
    text = f"{header}\n\nOrmsby Tiles sold 41,000 pallets last year.\n"
    assert _year(claims_of(text, knowledge), "41,000 pallets") == 2024


@pytest.mark.parametrize(
    "header",
    [
        # Prose: a date after a preposition dates an event, not the document.
        "The Ormsby showroom opened to visitors on 23 September 2025.",
        "The showroom's campaign will be held online and its starting day is Tuesday, 23 September 2025.",
        "Fleet: 640 lorries at 31 December 2024 - 410 curtain-siders and 230 tankers.",
    ],
)
def test_a_date_in_prose_does_not_date_the_document(knowledge, header):
    text = f"{header}\n\nOrmsby Tiles sold 41,000 pallets last year.\n"
    assert _year(claims_of(text, knowledge), "41,000 pallets") is None


def test_a_release_dateline_keeps_its_place_out_of_the_parties(knowledge):
    text = "Castelnuovo (PG), Italy, 12 May 2025 - Tessiture Ravani S.p.A. said revenue rose to EUR 61.2 million last year.\n"
    claim = figure(claims_of(text, knowledge), "EUR 61.2 million")
    assert claim.subject is not None and claim.subject.name.startswith("Tessiture Ravani")
    assert claim.time is not None and claim.time.year == 2024


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Ravani, whose 2024 sales were under €30m, makes linen.", "under €30m"),
        ("Ravani had 2024 sales of £14.5m.", "£14.5m"),
        ("Its 2023 results showed revenue of £9.1m.", "£9.1m"),
    ],
)
def test_a_year_before_a_periods_measure_is_a_year(knowledge, sentence, surface):
    year = int(next(w for w in sentence.split() if w.isdigit() and len(w) == 4))
    assert _year(claims_of(sentence + "\n", knowledge), surface) == year


def test_a_year_shaped_count_of_people_stays_a_count(knowledge):
    claims = claims_of("Last spring 2024 employees signed the petition at Ravani.\n", knowledge)
    assert not any(c.kind == "date" and c.time is not None and c.time.year == 2024 and "employees" in c.evidence.text for c in claims)


def test_a_word_between_the_and_an_owners_facility_is_a_place(knowledge):
    text = (
        "Walk into the Otley works of Brayfield Looms Ltd and the noise hits you first. "
        "The company, founded in 1872, wove 310,000 metres of tweed in 2024.\n"
    )
    assert kinds_of(text, knowledge).get("Otley") == "place"
    assert _subject(text, knowledge, "310,000 metres") == "Brayfield Looms"


def test_a_site_told_by_its_owners_possessive_keeps_its_name(knowledge):
    # "Its Harrowgate works, which it bought in 2015": the works is what was
    # bought, told of by that name; it is not turned into a town.
    text = "Brayfield Looms grew fast. Its Harrowgate works, which it bought in 2015, employs 90 people.\n"
    assert kinds_of(text, knowledge).get("Harrowgate") != "place"


def test_a_deal_is_dated_by_the_date_nearest_it_not_a_since_bound(knowledge):
    text = (
        "Market brief, 2 October 2025\n\n"
        "Kestrel Haulage, listed on AIM since 2019, lost the work: Ardley Transport won the five-year, "
        "£8m Wessex Water deal in May.\n"
    )
    deal = next(c for c in claims_of(text, knowledge) if c.kind == "deal")
    assert deal.time is not None and deal.time.year == 2025


def test_a_deal_is_not_dated_by_the_season_it_supplies(knowledge):
    text = "Trade note, 2 October 2025\n\nIn September Pemberton Tools won an order from Hartmann Baumarkt for 90,000 spades for next season.\n"
    deal = next(c for c in claims_of(text, knowledge) if c.kind == "deal")
    assert deal.time is not None and deal.time.year == 2025


def test_two_deals_dated_alike_conflict_once_listed_elsewhere():
    found = findings(
        "deal-award-conflict",
        **{
            "a.txt": "Call transcript, 20 September 2025\n\nHOLT: In May we signed a five-year contract with Wessex Water to clear drains.\n",
            "b.md": "Haulage brief, 2 October 2025\n\nHolt Services, listed since 2019, lost out: Ardley Transport won the five-year Wessex Water deal in May.\n",
        },
    )
    assert len(found) == 1


def test_what_was_owned_since_a_year_is_what_was_bought(knowledge):
    text = (
        "Polarfrost has agreed to buy Coldbay Ice for $90 million.\n\n"
        "Polarfrost, which has been owned by Hexham Capital since 2018, sold 41 million bags of ice in 2024.\n"
    )
    date = next(c for c in claims_of(text, knowledge) if c.kind == "date" and c.time is not None and c.time.year == 2018)
    assert date.subject is not None and date.subject.name == "Polarfrost"


def test_a_paragraph_opening_on_a_name_and_its_town_is_about_that_name(knowledge):
    text = (
        "Sector note, 16 September 2025\n\n"
        "Summary. Three independents could come to market.\n\n"
        "Harland Hoists (Wigan). The largest northern independent. Revenue was £31.5m in 2024.\n\n"
        "Pelham Cranes (Derby). A smaller rival. Revenue was £12.2m in 2024.\n"
    )
    claims = claims_of(text, knowledge)
    for surface, name in (("£31.5m", "Harland Hoists"), ("£12.2m", "Pelham Cranes")):
        claim = figure(claims, surface)
        assert claim.subject is not None and claim.subject.name == name


def test_a_research_houses_masthead_is_no_party(knowledge):
    text = (
        "MARWOOD SECURITIES - EQUITY RESEARCH\n"
        "Building services | Sector note | 16 September 2025\n\n"
        "Summary. Lift engineers are scarce. We look at three private independents.\n"
    )
    claims = claims_of(text, knowledge)
    assert not any(c.subject is not None and "Equity" in c.subject.name.title() for c in claims)
    assert not any(c.subject is not None and "Marwood" in c.subject.name for c in claims)


def test_a_companys_name_over_its_own_transcript_stays_its_issuer(knowledge):
    text = (
        "HARLAND HOIST GROUP, S.A.\n"
        "Annual General Meeting, Wigan, 22 May 2025 - edited transcript\n\n"
        "CHAIR: At the end of 2024 we had 38,500 hoists on the road.\n"
    )
    claim = figure(claims_of(text, knowledge), "38,500 hoists")
    assert claim.subject is not None and claim.subject.name.casefold().startswith("harland hoist")


def test_a_rate_told_in_two_years_is_no_misdated_figure():
    assert not findings(
        "year-mismatch",
        **{
            "a.txt": "In 2024 Veldhoven Seed exported 46,300 tonnes, and its average export price rose to €380 a tonne in 2024.\n",
            "b.txt": "In 2025 Veldhoven Seed prices held at €380 a tonne in 2025.\n",
        },
    )


def test_last_month_named_one_month_back_is_a_year_back(knowledge):
    text = "Gazette, Thursday 13 November 2025\n\nThe Carcroft laundry of Ackroyd Linen opened last October.\n"
    date = next(c for c in claims_of(text, knowledge) if c.kind == "date" and "October" in c.evidence.text)
    assert date.time is not None and (date.time.year, date.time.month) == (2024, 10)
    text = "Gazette, Thursday 13 November 2025\n\nThe Carcroft laundry of Ackroyd Linen opened last March.\n"
    date = next(c for c in claims_of(text, knowledge) if c.kind == "date" and "March" in c.evidence.text)
    assert date.time is not None and (date.time.year, date.time.month) == (2025, 3)


def test_an_outlets_town_stays_a_town(knowledge):
    text = (
        "THE KELSO DISPATCH\n"
        "Thursday, 9 October 2025 | Farming\n\n"
        "The lifting season is nearly over, and for Tweedside Seed Potatoes it has been a record one.\n\n"
        "The Kelso company planted 1,250 hectares of seed potatoes this year.\n"
    )
    assert _subject(text, knowledge, "1,250 hectares") == "Tweedside Seed Potatoes"


def test_a_short_name_told_in_the_title_and_once_more_is_the_company_met_first(knowledge):
    text = (
        "Tweedside lifts its biggest crop\n\n"
        "The lifting season is nearly over, and for Tweedside Seed Potatoes it has been a record one.\n\n"
        "Tweedside planted 1,250 hectares this year.\n\n"
        "The firm is no relation of Tweedside Farm Shop in Kelso.\n"
    )
    assert _subject(text, knowledge, "1,250 hectares") == "Tweedside Seed Potatoes"


def test_a_clause_on_a_company_of_a_town_is_the_companys(knowledge):
    text = "Wire, 3 October 2025\n\nKervella competes with Trelawny Sailmakers of Falmouth, which had sales of 18.4 million pounds in 2024.\n"
    assert _subject(text, knowledge, "18.4 million pounds") == "Trelawny Sailmakers"


def test_a_companys_own_page_calls_it_by_its_short_name(knowledge):
    text = (
        "<html><head><title>Our story | Trelawny Sailmakers, Falmouth</title></head><body>\n"
        "<h1>Our story</h1>\n"
        "<p>Walter Trelawny cut his first sail in a net loft above the quay.</p>\n"
        "<p>Today 96 people work for Trelawny, from apprentices to designers.</p>\n"
        "<footer><p>Trelawny Sailmakers Ltd &middot; Falmouth</p></footer></body></html>\n"
    )
    assert _subject(text, knowledge, "96 people", path="story.html") == "Trelawny Sailmakers"


def test_the_last_word_of_a_two_word_name_opening_a_sentence_before_a_past_verb_is_that_name(knowledge):
    text = (
        "Note, 2 November 2025\n\n"
        "Mühlenwerk Brakenhof completed the Tullycross purchase on 14 October.\n\n"
        "Brakenhof milled 158,000 tonnes in 2024.\n"
    )
    assert _subject(text, knowledge, "158,000 tonnes") == "Mühlenwerk Brakenhof"


def test_a_common_word_opening_a_sentence_before_a_past_verb_stays_a_word(knowledge):
    text = "Note, 2 November 2025\n\nGlobal Output rose.\n\nOutput climbed 4% in 2024 at Brakenhof Mills.\n"
    assert "Output" not in kinds_of(text, knowledge)


def test_an_owned_parts_founding_is_not_its_owners(knowledge):
    text = (
        "Feature, 3 October 2025\n\n"
        "Van Rooij Kassen, founded in 1962, built 186 hectares of glass in 2024. Its UK arm, set up in 2022, "
        "has delivered a research complex.\n"
    )
    dates = {c.time.year: c for c in claims_of(text, knowledge) if c.kind == "date" and c.time is not None}
    assert dates[1962].subject is not None and dates[1962].subject.name == "Van Rooij Kassen"
    assert dates[2022].subject is None


def test_a_participle_after_a_named_companys_legal_form_and_appositive_dates_that_company(knowledge):
    text = (
        "Blog, 3 October 2025\n\n"
        "**Larkspur Pyrotechnics** (Lancaster) is admired. Founded in 1994, it is still family-run. "
        "Not to be confused with Larkspur Fireworks Inc., the Ohio importer founded in 1978.\n"
    )
    date = next(c for c in claims_of(text, knowledge) if c.kind == "date" and c.time is not None and c.time.year == 1978)
    assert date.subject is not None and date.subject.name == "Larkspur Fireworks"


@pytest.mark.parametrize(
    "first_line",
    ['MARCHES COUNTY RADIO: "Down on the Farm", the Sunday farming programme', "THE CROWN: a podcast about the business of dentistry"],
)
def test_a_shows_masthead_on_a_transcripts_first_line_is_no_speaker(knowledge, first_line):
    text = (
        f"{first_line}\n"
        "Broadcast 16 November 2025, 07:10\n"
        "Presenter: Sian Pritchard. Guest: Owen Harlow, managing director, Harlow Glasshouses Ltd, Evesham\n\n"
        "PRITCHARD: How was the year?\n\n"
        "HARLOW: We turned over 22.6 million pounds in 2024.\n"
    )
    assert _subject(text, knowledge, "22.6 million pounds") == "Harlow Glasshouses"


def test_a_town_between_an_indefinite_article_and_a_trade_is_a_place(knowledge):
    text = (
        "Advertiser, 6 November 2025\n\n"
        "A Kirkham fireworks firm that Dot Hale started in her garage in 1991 will fire the town's display.\n\n"
        "Larkspur Pyrotechnics beat four rivals to the Blackpool contract.\n"
    )
    assert kinds_of(text, knowledge).get("Kirkham") == "place"


MARKET_TABLE = (
    "# Honey packing: market brief, Q4 2025\n\n"
    "| Packer | Base | Tonnes packed 2023 | Tonnes packed 2024 |\n"
    "|---|---|---:|---:|\n"
    "| Harefield Honey Company | Maidstone | 10,200 | 14,100 |\n"
    "| Lowther Apiaries | Penrith | 3,100 | 3,350 |\n"
)


def test_a_unit_opening_a_column_header_is_the_cells_unit(knowledge):
    claim = figure(claims_of(MARKET_TABLE, knowledge, path="brief.md"), "14,100")
    assert claim.kind == "quantity" and claim.value is not None and claim.value.value == 14_100_000
    assert claim.event == "production"


def test_barrels_opening_a_coopers_header_stay_casks_counted(knowledge):
    text = (
        "# Casks: market brief, 2025\n\n"
        "| Cooperage | Barrels sold 2023 | Barrels sold 2024 |\n"
        "|---|---:|---:|\n"
        "| Tonnellerie Arvel | 88,200 | 97,800 |\n"
        "| Barricas del Duero | 31,400 | 33,900 |\n"
    )
    claim = figure(claims_of(text, knowledge, path="brief.md"), "97,800")
    assert claim.kind == "count"


def test_what_a_packer_packed_is_its_production(knowledge):
    claim = figure(claims_of("Harefield Honey Company packed 11,400 tonnes of honey in 2024.\n", knowledge), "11,400 tonnes")
    assert claim.event == "production"


def test_people_a_maker_employs_are_no_output_beside_what_it_made(knowledge):
    claim = figure(claims_of("Harefield Honey packed 11,400 tonnes of honey in 2024 and employs 342 people.\n", knowledge), "342 people")
    assert claim.event == "employees"


def test_trades_listed_up_to_the_staff_are_a_headcount(knowledge):
    claims = claims_of("Annual report 2024\n\nOur 1,140 coopers, sawyers and office staff at year end made 94,500 casks.\n", knowledge)
    assert figure(claims, "1,140 coopers").event == "employees"


def test_a_trade_counted_alone_is_no_headcount(knowledge):
    claims = claims_of("Annual report 2024\n\nThe firm has 60 coopers and 20 apprentices.\n", knowledge)
    assert figure(claims, "60 coopers").event != "employees"


def test_people_counted_by_a_compound_are_counted(knowledge):
    claims = claims_of("Report 2024\n\nThe firm employs 540 craftspeople.\n", knowledge)
    claim = figure(claims, "540 craftspeople")
    assert claim.kind == "count" and claim.event == "employees"
