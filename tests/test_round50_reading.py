"""Readings added in round 50, each on sentences of our own.

- Who: a word opening a quoted title after a colon ('Episode 9: "Gates,
  fences and the price of posts"') or a post's first words after its time
  ("21:40: Rates, I reckon") is a first word, no name; a guest introduced by
  what she does for a company ("Priya Dale, who buys fruit for Orchard Vale
  Juices") speaks for it in her turns, while the other guest's turns stay
  her own; a sentence with a subject of its own before "it" takes no "we"
  from the sentence before.
- When: "grown from 9,300 in 2016 to 14,800 members today" dates the
  second figure by the document, not by the start's year; "was formed in
  2006" is a founding.
- What: "four in ten UK shops" and "nine out of ten customers" are shares,
  no counts; "Three farms retired from dairying" changes a count of farms.
- Checks: "joined as a partner in 1990, and two years later the name
  changed" counts from 1990 to a deed with no date, so no elapsed time is
  checked; a "Total assets" row under gross and net rows of one amount sums
  nothing.

Some tests guard what the rules must not do and pass on the round's
starting code too.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, kinds_of as _kinds, model_of, subject_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


_PODCAST = (
    'FARM GATE RADIO - Episode 9: "Gates, fences and the price of posts" - released 2 May 2025.\n\n'
    "TOM REID: Welcome to Farm Gate. Before we go out to Dunmore, the news. Harlow Foods, the Dutch-owned "
    "juice group, says it will shut the old press at Kelso Cider, the maker it bought for £2.4 million last June.\n"
    "TOM REID: I'm with Ellen Park on her farm, and with Priya Dale, who buys fruit for Orchard Vale Juices.\n"
    "ELLEN PARK: We're picking 900 tonnes this year, and we have six staff.\n"
    "TOM REID: Priya, how big are you now?\n"
    "PRIYA DALE: We took in about forty thousand tonnes of apples last year. We buy from more than 120 farms.\n"
    "TOM REID: And the new press?\n"
    "PRIYA DALE: It cost £6.2 million.\n"
)


def test_a_word_opening_a_quoted_title_after_a_colon_is_no_name(knowledge):
    assert "Gates" not in _kinds(_PODCAST, knowledge)


def test_a_guest_introduced_by_what_she_does_for_a_company_speaks_for_it(knowledge):
    claims = claims_of(_PODCAST, knowledge)
    assert subject_of(claims, "more than 120 farms") == "Orchard Vale Juices"
    assert subject_of(claims, "£6.2 million") == "Orchard Vale Juices"


def test_the_other_guests_turns_are_not_that_companys(knowledge):
    claims = claims_of(_PODCAST, knowledge)
    assert subject_of(claims, "six staff") != "Orchard Vale Juices"


def test_a_sentence_with_its_own_subject_takes_no_we_from_the_one_before(knowledge):
    claims = claims_of(_PODCAST, knowledge)
    assert subject_of(claims, "£2.4 million") == "Harlow Foods"


def test_a_posts_first_word_after_its_time_is_no_name(knowledge):
    thread = (
        "Thread: Why is the Whitby shop closing?\n\n"
        "jetgirl - 3 June 2025, 20:11: Heard Tidewrack Toys are shutting Whitby. Anyone know why? Rates? Footfall?\n\n"
        "moorsman - 3 June 2025, 20:40: Rates, I reckon. Their Scarborough shop carries 3,100 lines.\n"
    )
    kinds = _kinds(thread, knowledge)
    assert "Rates" not in kinds
    assert subject_of(claims_of(thread, knowledge), "3,100 lines") != "Rates"


def test_a_change_from_a_year_to_today_dates_its_second_figure_by_the_document(knowledge):
    text = (
        "Posted 3 March 2025.\n\nFellgate Credit Union has three branches. "
        "Its membership has grown from 9,300 in 2016 to 14,800 members today. "
        "Sales rose from £2m in 2019 to £3.1m in 2024.\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "14,800 members").time.year == 2025
    assert figure(claims, "£3.1m").time.year == 2024
    assert figure(claims, "£2m").time.year == 2019


def test_was_formed_in_a_year_is_a_founding(knowledge):
    text = "Thornby Credit Union was formed in 2006 to give people somewhere safe to save. It formed a partnership with Ashby Homes in 2019.\n"
    claims = claims_of(text, knowledge)
    assert figure(claims, "2006").event == "founding"
    assert figure(claims, "2019").event != "founding"


@pytest.mark.parametrize(
    "sentence, share",
    [
        ("Fewer than four in ten UK toy shops are independent.", "ten UK toy shops"),
        ("Nine out of ten customers came back.", "ten customers"),
        ("One in 5 shops has closed.", "5 shops"),
    ],
)
def test_a_proportion_is_no_count(knowledge, sentence, share):
    claims = claims_of(f"Brackley Toys runs 14 shops. {sentence}\n", knowledge)
    assert figure(claims, "14 shops")
    assert not any(c.evidence.text == share for c in claims)


@pytest.mark.parametrize(
    "sentence, count",
    [
        ("Two of the 30 shops closed in 2024.", "30 shops"),
        ("Eight out of 16 crew members on board were saved.", "16 crew members"),
        ("The site will show the best videos posted during 2006 in seven categories.", "seven categories"),
    ],
)
def test_a_part_of_a_whole_is_still_a_count(knowledge, sentence, count):
    claims = claims_of(sentence + "\n", knowledge)
    assert figure(claims, count)


def test_a_count_that_retires_from_a_stock_is_its_change(knowledge):
    claims = claims_of("Quantock Dairy buys milk from 138 farms. Three farms retired from dairying during the year.\n", knowledge)
    assert figure(claims, "Three farms").event != figure(claims, "138 farms").event or figure(claims, "Three farms").role == "change"


def test_a_span_opening_a_joined_clause_checks_no_elapsed_time():
    text = (
        "In 1968 a young vet called Idris Bowen opened a surgery in Ludlow. Ann Teale joined as a partner "
        "in 1990, and two years later the name over the door became Bowen & Teale.\n"
    )
    assert not findings("elapsed-time", **{"story.txt": text})


def test_a_span_after_its_date_is_still_checked():
    text = "Building work began in May 2024. The plant opened in April 2025, 14 months later.\n"
    assert len(findings("elapsed-time", **{"story.txt": text})) == 1


_KEY_FIGURES = (
    "# Fellgate Credit Union: annual report 2025\n\n"
    "| | 2025 | 2024 |\n|---|---|---|\n"
    "| Members | 9,420 | 8,610 |\n"
    "| Members' savings | £21.2m | £18.9m |\n"
    "| Gross loans to members | £14.7m | £12.1m |\n"
    "| Net loans (after bad-debt provision) | £13.9m | £11.5m |\n"
    "| Total assets | £26.8m | £24.0m |\n"
)


def test_a_total_under_gross_and_net_rows_sums_nothing():
    assert not findings("parts-sum", **{"report.md": _KEY_FIGURES})


def test_a_total_under_parts_is_still_summed():
    text = (
        "# Fellgate Credit Union: key figures\n\n| | 2025 | 2024 |\n|---|---|---|\n"
        "| Members' savings | £21.2m | £18.9m |\n| Loans to members | £14.7m | £12.1m |\n"
        "| Cash at bank | £3.9m | £1.5m |\n| Total assets | £26.8m | £24.0m |\n"
    )
    assert len(findings("parts-sum", **{"report.md": text})) == 2


def test_a_rating_after_a_name_is_no_word_of_it(knowledge):
    text = "Ratings: Veridane Electrolysis Buy (target DKK 104), Kyronel Hydrogen Hold (target NOK 38), Oberlin Power Sell.\n"
    kinds = _kinds(text, knowledge)
    assert "Kyronel Hydrogen" in kinds and "Kyronel Hydrogen Hold" not in kinds
    assert "Veridane Electrolysis" in kinds
    assert "Best Buy" in _kinds("Best Buy, the American retailer, opened 12 stores.\n", knowledge)


def test_a_parts_earlier_figure_in_brackets_is_a_part_too(knowledge):
    text = (
        "Hollins Pharmacy Group results.\n\n- Revenue: £48.7 million (2023/24: £45.1 million)\n"
        "- NHS dispensing income: £36.2 million (2023/24: £34.0 million)\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "£36.2 million").role == "part"
    assert figure(claims, "£34.0 million").role == "part"
    assert figure(claims, "£45.1 million").role == "previous"


def test_what_was_founded_is_the_name_the_next_sentence_says_it_became(knowledge):
    text = (
        "Born in Leeds in 1950, she trained as a tailor.\n\n"
        "In 1979 she set up the business with her brother, working from a back room. "
        "Pask Tailoring, as it became, now employs 40 people.\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "1979").event == "founding"
    assert subject_of(claims, "1979") == "Pask Tailoring"


def test_a_company_less_its_trade_words_stands_for_it_in_another_document():
    from auditor.corpus import resolve_short_forms
    from auditor.extract import extract_document, load_knowledge
    from auditor.sources import parse_document

    knowledge = load_knowledge()
    feature = "Thwaite Brothers Agricultural Contractors runs 17 tractors from its yard at Helmsley.\n"
    podcast = "Thwaite Brothers has fewer than fifteen tractors, the owner said.\n"
    results = [extract_document(parse_document(name, text.encode()), knowledge) for name, text in (("a.txt", feature), ("b.txt", podcast))]
    subjects = {c.evidence.text: c.subject.name for c in resolve_short_forms(results) if c.subject is not None}
    assert subjects["fewer than fifteen tractors"] == subjects["17 tractors"] == "Thwaite Brothers Agricultural Contractors"


def test_a_surnames_plural_beside_a_family_firm_is_the_firm(knowledge):
    text = (
        "Geoff Marlow joined R. Pask & Sons in 1956. Born in Bloxwich, the son of a lorimer, he walked through the "
        "door of Pasks, founded in 1892 by the harness-maker Josiah Pask. Pasks, which employs nearly 50 people, "
        "still makes saddles, and a made-to-measure saddle costs up to £4,200.\n"
    )
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "1892") == "R. Pask & Sons"
    assert subject_of(claims, "nearly 50 people") == "R. Pask & Sons"


def test_a_family_in_the_plural_beside_one_of_it_stays_people(knowledge):
    kinds = _kinds("Tom Pettigrew runs the farm. The Pettigrews have farmed oysters here since 1948.\n", knowledge)
    assert kinds["Pettigrews"] == "person"


@pytest.mark.parametrize("opening", ["Born in Bloxwich, the son of a lorimer,", "He died at home in Bloxwich, aged 84, and"])
def test_where_someone_was_born_or_died_is_a_place(knowledge, opening):
    assert _kinds(f"{opening} he left two daughters.\n", knowledge)["Bloxwich"] == "place"


def test_what_the_counted_do_for_the_company_names_no_narrower_group(knowledge):
    claims = claims_of("Quantock Creamery buys milk from 138 supplying farms.\n", knowledge)
    assert figure(claims, "138 supplying farms").event == figure(claims_of("Quantock Creamery buys milk from 138 farms.\n", knowledge), "138 farms").event


def test_a_newsletter_of_the_texts_first_name_speaks_for_it(knowledge):
    text = (
        "---\ntitle: \"Notes: Autumn 2025\"\ndate: 2025-09-18\n---\n\n"
        "*The members' newsletter of Ribble Valley Community Orchestra. Please pass it on.*\n\n"
        "**Money matters.** We are delighted to report a £7,500 grant from the county arts fund.\n"
    )
    claims = claims_of(text, knowledge, "notes.md")
    assert subject_of(claims, "£7,500") == "Ribble Valley Community Orchestra"


def test_a_name_closing_on_a_building_trade_is_a_company(knowledge):
    text = (
        "In 1986 he went into partnership with Stuart Pryce, and Hallam & Pryce Roofing was born. Pryce dealt "
        "with the paperwork; Hallam dealt with the customers. The firm moved to the Attercliffe yard in 1998 and "
        "now employs more than 60 people.\n"
    )
    assert _kinds(text, knowledge)["Hallam & Pryce Roofing"] == "organisation"
    assert subject_of(claims_of(text, knowledge), "more than 60 people") == "Hallam & Pryce Roofing"


def test_a_papers_section_after_its_masthead_is_no_topic(knowledge):
    text = (
        "THE KENT VALLEY HERALD | Farming & Countryside\nBrothers' new yard gets the green light\n\n"
        "KENDAL, 16 May 2025 - Anyone who has met a silage convoy on the lane to Skelsmergh will know why the "
        "application drew a crowd. The application, from Thwaite Agricultural Contractors, is for a new yard. "
        "The firm runs 17 tractors.\n"
    )
    model = model_of(text, knowledge)
    assert model.topic is None or model.entities[model.topic].name != "Farming & Countryside"
    assert _kinds(text, knowledge)["Skelsmergh"] == "place"
    assert subject_of(claims_of(text, knowledge), "17 tractors") == "Thwaite Agricultural Contractors"


def test_a_postcode_is_no_word_of_its_towns_name(knowledge):
    kinds = _kinds("Registered office: 27 Commercial Street, Halifax HX1 1BA. The M25 is busy.\n", knowledge)
    assert "Halifax HX1" not in kinds and "Halifax" in kinds
    kinds = _kinds("Bowmoor Lane, near Tewkesbury, Gloucestershire GL20 · Last updated 3 April 2025\n", knowledge)
    assert "Gloucestershire GL20" not in kinds


_DEAL_STORY = (
    "LEEDS, 9 April 2025 - Clearsight Eyecare Group said it had agreed to buy Brightwell Opticians for GBP 11.5 million.\n\n"
    "The Halifax family firm, founded in 1974 by Margaret and Alan Brightwell, is run by their son David. "
    "The 16-practice chain employs about 120 people.\n\n"
    "Jobs: optometrist, Halifax, four days a week\n"
)


def test_a_firm_founded_by_a_surname_is_the_company_of_that_name(knowledge):
    claims = claims_of(_DEAL_STORY, knowledge)
    assert subject_of(claims, "about 120 people") == "Brightwell Opticians"
    assert subject_of(claims, "1974") == "Brightwell Opticians"


def test_a_town_in_a_list_does_not_make_it_a_name(knowledge):
    assert _kinds(_DEAL_STORY, knowledge).get("Halifax") in (None, "place")


def test_an_investors_own_sum_in_a_round_is_a_part_of_it(knowledge):
    text = (
        "---\ntitle: Letter to investors\n---\n\n**Rotorvista.** The Caernarfon helicopter pleasure-flight operator remains "
        "our largest holding. We led its £1.8m round in 2024, putting in £750,000 of the fund's money.\n"
    )
    claims = claims_of(text, knowledge, "letter.md")
    assert figure(claims, "£750,000").role == "part"
    assert figure(claims, "£1.8m").role is None
    assert subject_of(claims, "£1.8m") == "Rotorvista"


def test_the_last_sentences_subject_told_again_is_what_a_description_means(knowledge):
    text = (
        "Site: Plas Glaslyn Country House Hotel.\n\nRotorvista Ltd has operated flights from Caernarfon Airport since "
        "2021. Its statement says it carried 5,900 passengers, and the firm raised £1.3m last year.\n"
    )
    assert subject_of(claims_of(text, knowledge), "£1.3m") == "Rotorvista"


def test_a_name_after_an_executives_title_in_commas_is_a_person(knowledge):
    text = "Nokia launched a store. Nokia's chief executive, Olli-Pekka Kallasvuo, said it would grow.\n"
    assert _kinds(text, knowledge)["Olli-Pekka Kallasvuo"] == "person"
    text = "A Canadian oil producer, Harlow Ridge, paid $60 million for the licence.\n"
    assert subject_of(claims_of(text, knowledge), "$60 million") == "Harlow Ridge"


def test_a_later_paragraph_that_says_now_is_of_the_documents_time(knowledge):
    text = (
        "---\ntitle: Our story\ndate: 2025-05-01\n---\n\n# Our story\n\n"
        "In 1971 a young vet called Idris Bowen screwed a brass plate to the door of a house in Ludlow.\n\n"
        "Bowen & Teale Vets is still owned by the family. Our 31 vets work from six surgeries, and our list has "
        "grown from 11,200 in 2015 to 18,500 registered patients today.\n"
    )
    claims = claims_of(text, knowledge, "story.md")
    assert figure(claims, "31 vets").time.year == 2025
    assert figure(claims, "18,500 registered patients").time.year == 2025


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Keystone Piano Services, whose technicians tune 4,300 pianos a year across the West Country, will look after it.", "4,300 pianos a year"),
        ("Acme Mills, which employs 300 people, will open a second mill.", "300 people"),
    ],
)
def test_a_relative_clauses_figure_takes_its_own_tense(knowledge, sentence, surface):
    assert figure(claims_of(sentence + "\n", knowledge), surface).tense == "present"


@pytest.mark.parametrize(
    "sentence, surface, low, high",
    [
        ("No Calderbrook loan costs more than 26.8% APR.", "more than 26.8%", None, 26.8),
        ("No pupil pays over £40 a term.", "over £40", None, 40.0),
        ("Sales rose more than 5% last year.", "more than 5%", 5.0, None),
    ],
)
def test_a_floor_denied_to_every_one_is_a_ceiling(knowledge, sentence, surface, low, high):
    value = figure(claims_of(sentence + "\n", knowledge), surface).value
    assert (value.low, value.high) == (low, high)


def test_a_rates_initials_are_no_name(knowledge):
    assert "APR" not in _kinds("Our standard loan is 26.8% APR, and savings earn 1.5% AER.\n", knowledge)


def _amounts(text, knowledge):  # type: ignore[no-untyped-def]
    return {c.evidence.text: (c.value.value, c.value.unit) for c in claims_of(text, knowledge) if c.value is not None and c.value.kind == "money"}


def test_grand_is_thousands_of_the_documents_currency(knowledge):
    amounts = _amounts(
        "The Harbour Trust paid £40,000 for the slipway. We got nine and a half grand from the music fund this year. "
        "Tidewater picked up the lease for two hundred and sixty grand, which is a lot. The van cost £20 grand.\n",
        knowledge,
    )
    assert amounts["nine and a half grand"] == (9500.0, "GBP")
    assert amounts["two hundred and sixty grand"] == (260000.0, "GBP")
    assert amounts["£20 grand"] == (20000.0, "GBP")


def test_grand_before_a_noun_or_without_a_currency_is_no_amount(knowledge):
    assert not any("grand" in text for text in _amounts("The school bought two grand pianos for £30,000.\n", knowledge))
    # No other amount says which currency: no amount at all.
    assert not _amounts("We got ten grand from the fund.\n", knowledge)


def test_what_a_deal_is_for_told_between_its_sum_and_its_noun_is_its_purpose(knowledge):
    claims = claims_of("Severnside Vets picked up the council's £186,000 stray dog contract last year.\n", knowledge)
    assert figure(claims, "£186,000").purpose == "stray dog"
    claims = claims_of("Severnside Vets signed a £186,000 three-year contract in 2024.\n", knowledge)
    assert figure(claims, "£186,000").purpose is None


def test_a_joined_clause_that_says_now_is_not_dated_by_the_year_before_it(knowledge):
    text = "Posted 3 March 2025.\n\nThe circus moved its winter quarters to Driffield in 2016 and now tours with a company of 64 artists.\n"
    claims = claims_of(text, knowledge)
    assert figure(claims, "64 artists").time is None or figure(claims, "64 artists").time.year == 2025


def test_a_companys_name_ending_on_a_sites_plural_is_what_the_site_means(knowledge):
    text = (
        "Harrowgate & Pike makes suits. In 2024 the family business completed the purchase of Wetherall Cloth Mills "
        "in Huddersfield. The mill's thirty looms now weave our house worsteds.\n"
    )
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "thirty looms") == "Wetherall Cloth Mills"
    assert figure(claims, "thirty looms").time is None or figure(claims, "thirty looms").time.year != 2024


def test_a_year_an_item_leads_with_dates_that_item_only(knowledge):
    text = (
        "---\ntitle: Harvest letter\ndate: 2025-10-24\n---\n\nDear friends,\n\n"
        "- **Harlow & Finch.** In March 2024 we signed a three-year own-label deal with the chain.\n"
        "- **The club.** We have 1,850 wine club members.\n\n"
        "*Hollowmere Estate, near Lewes. Join our 2,100 club members.*\n"
    )
    claims = claims_of(text, knowledge, "letter.md")
    assert figure(claims, "1,850 wine club members").time.year == 2025
    assert figure(claims, "2,100 club members").time.year == 2025


def test_a_sum_received_from_a_grant_giver_is_a_grant(knowledge):
    claims = claims_of(
        "We got nine and a half grand from the Yorkshire Amateur Music Fund this year. We paid £2,000 for a harp. "
        "The Harbour Trust paid £40,000 for the slipway.\n",
        knowledge,
    )
    assert figure(claims, "nine and a half grand").event == "grant"
    assert figure(claims, "£40,000").event != "grant"
