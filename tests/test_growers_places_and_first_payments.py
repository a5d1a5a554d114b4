"""A dateline's town written again after "around" and before a trade's noun
("The Lauffen grower's crop") is a place; "Tarrant blanket maker Hobbs & Lyle"
names no company "Tarrant"; a season's crop in the singular is what was
harvested, "other crops" and "Crop groups" are not; a date right after one
figure is that figure's, and a verb joined after it has a date of its own;
a price paid "up front" is its first part; a release on a financial year
ended on a day dates its flows by that year, and "(FY24: ...)" its earlier
figure; a key-figures list's "Total volume" sums the volumes above it; a
noun after "and" with its own verb is the next clause's; a new company set
in a scene is what the paragraph's next description means; "which" after
an appositive hangs on the name it describes; a works word before
"contract" names no winner; a word of an appositive or a label's modifier
("hire firm", "Hire demand") names no event; "last season" in spring is
last year's; a count in an appositive describing a company is the
company's, with only the appositive's dates; a correction told over two
sentences; a cited headline's words and a masthead in capitals are no
parties. Sentences of our own."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, kinds_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


RELEASE = (
    "PRESS RELEASE\n\n"
    "LAUFFEN, Baden-Wuerttemberg, Germany, 2 September 2024 -- Weinhof Sternau GmbH has finished picking its 2024 grape crop, "
    "with 3,100 tonnes harvested.\n\n"
    "The Lauffen grower credits the result to its new terraces. It added 18 hectares of terraces this year.\n\n"
    "Weinhof Sternau grows grapes on 260 hectares around Lauffen.\n"
)


def test_a_datelines_town_written_after_around_is_a_place_and_its_grower_the_company(knowledge):
    claims = claims_of(RELEASE, knowledge, "release.txt")
    assert kinds_of(RELEASE, knowledge, "release.txt").get("Lauffen") == "place"
    assert figure(claims, "18 hectares").subject.name == "Weinhof Sternau"


def test_a_growers_possessive_still_describes_the_company(knowledge):
    text = (
        "# Wine brief\n\n**Germany.** Weinhof Sternau finished picking in late August. "
        "The Lauffen grower's 2024 crop of 2,900 tonnes was its largest yet.\n"
    )
    assert figure(claims_of(text, knowledge, "brief.md"), "2,900 tonnes").subject.name == "Weinhof Sternau"


def test_a_town_before_a_trade_of_two_words_and_a_name_is_no_company(knowledge):
    text = (
        "Tarrant blanket maker Hobbs & Lyle wins Danish order\n\n"
        "TARRANT, England, Sept 23, 2025 (Textile Wire) - Hobbs & Lyle said on Tuesday it had won an order.\n\n"
        "The Tarrant company had revenue of GBP 8.4 million in the year to September 2024.\n"
    )
    assert figure(claims_of(text, knowledge, "wire.txt"), "GBP 8.4 million").subject.name == "Hobbs & Lyle"


@pytest.mark.parametrize("sentence", [
    "Weinhof Sternau's 2024 grape crop came to 3,100 tonnes.",
    "Weinhof Sternau has finished its 2024 grape crop, with 3,100 tonnes harvested.",
])  # fmt: skip
def test_a_seasons_crop_is_what_was_harvested(sentence, knowledge):
    assert figure(claims_of(sentence, knowledge), "3,100 tonnes").event == "production"


def test_crops_in_the_plural_and_a_crop_heading_name_no_harvest(knowledge):
    text = (
        "<html><body><h1>Saatgut Ems AG: results for 2024</h1>"
        "<p>Saatgut Ems AG increased revenue by 6% to EUR 410 million in 2024.</p>"
        "<h2>Crop groups</h2>"
        "<p><b>Cereals.</b> Revenue rose 4% to EUR 250 million.</p>"
        "<p><b>Beet and other crops.</b> Revenue grew 9% to EUR 160 million.</p></body></html>"
    )
    claims = claims_of(text, knowledge, "results.html")
    assert [figure(claims, f).role for f in ("EUR 250 million", "EUR 160 million")] == ["part", "part"]


def test_a_crop_heading_gives_no_harvest_to_the_people_under_it(knowledge):
    text = "# Crop inspection and destruction\n\nInspectors sampled 1,200 orchards and paid 300 farmers.\n"
    assert figure(claims_of(text, knowledge, "story.md"), "300 farmers").event == "farmer"


FEATURE = (
    "---\ntitle: Consolidation\ndate: 2025-05-14\n---\n\n"
    "Halden Glass, the Oslo-based chain, turned over NOK 460m last year and completed its NOK 72m takeover of Fjordrute in February.\n"
)


def test_a_date_right_after_a_figure_is_that_figures(knowledge):
    claims = claims_of(FEATURE, knowledge, "feature.md")
    assert (figure(claims, "NOK 460m").time.year, figure(claims, "NOK 72m").time.year) == (2024, 2025)


def test_a_verb_joined_after_a_date_is_no_event_of_that_date(knowledge):
    claims = claims_of(FEATURE, knowledge, "feature.md")
    assert figure(claims, "last year").event == "dated"
    assert (figure(claims, "February").event, figure(claims, "February").time.year) == ("completion", 2025)


@pytest.mark.parametrize("paid", ["in cash up front", "upfront", "on completion"])
def test_a_price_paid_up_front_is_its_first_part(paid, knowledge):
    text = f"In February Halden Glass bought Fjordrute, paying NOK 53m {paid} with up to NOK 15m more to come."
    claim = figure(claims_of(text, knowledge), "NOK 53m")
    assert (claim.event, claim.role) == ("acquisition", "part")


def test_a_release_on_a_financial_year_ended_on_a_day_dates_its_flows(knowledge):
    text = (
        "Harrow Cider reports record year\n\n"
        "HEREFORD, England, 12 June 2024 -- Harrow Cider Ltd today reported preliminary results for the financial year "
        "ended 31 March 2024 (FY2024).\n\nRevenue rose 10.2% to £48.6 million.\n"
    )
    claim = figure(claims_of(text, knowledge, "release.txt"), "£48.6 million")
    assert (claim.time.year, claim.time.source) == (2024, "heading")


def test_a_financial_year_in_brackets_by_two_digits_dates_the_earlier_figure(knowledge):
    text = "Preliminary results for the year ended 31 March 2025\n\n- Revenue up 6.8% to GBP 138.4 million (FY24: GBP 129.6 million, restated)\n"
    claim = figure(claims_of(text, knowledge, "results.txt"), "GBP 129.6 million")
    assert (claim.role, claim.event, claim.time.year) == ("previous", "revenue", 2024)


def test_a_key_figures_total_sums_the_items_of_its_measure_above_it(knowledge):
    text = (
        "Harrow Cider reports record year\n\nHEREFORD, England, 12 June 2024 -- Harrow Cider Ltd today reported results "
        "for the financial year ended 31 March 2024.\n\nKey figures, FY2024\n- Cider volume: 24.6 million litres\n"
        "- Perry volume: 5.1 million litres\n- Total volume: 31.2 million litres\n- Employees: 212\n"
    )
    claims = claims_of(text, knowledge, "release.txt")
    total = figure(claims, "31.2 million litres")
    assert [figure(claims, f).part_of for f in ("24.6 million litres", "5.1 million litres")] == [total.id, total.id]
    assert figure(claims, "212").part_of is None


def test_a_total_over_items_of_another_measure_sums_nothing(knowledge):
    text = (
        "Harrow Cider reports record year\n\nHEREFORD, England, 12 June 2024 -- Harrow Cider Ltd today reported results.\n\n"
        "Key figures, FY2024\n- Revenue: GBP 24.6 million\n- Cider volume: 5.1 million litres\n- Total volume: 31.2 million litres\n"
    )
    assert all(c.part_of is None for c in claims_of(text, knowledge, "release.txt"))


def test_a_noun_after_and_with_its_own_verb_names_the_next_clause(knowledge):
    text = "Revenue rose 15% to ZAR 486.0 million and operating profit climbed almost a fifth."
    assert figure(claims_of(text, knowledge), "ZAR 486.0 million").event == "revenue"


def test_a_scene_set_before_a_new_company_gives_it_the_next_description(knowledge):
    text = (
        "# Cider\n\n**Harrow Cider**, the Hereford-based cidermaker, expects to press about 58,000 tonnes this autumn, "
        "and this year it is paying growers £210 a tonne for bittersweet fruit.\n\n## Across the Channel\n\n"
        "In Quimper, **Cidrerie Morvan** is doing something similar with Breton cidre. The family company had sales of "
        "19.8 million euros in 2023 and sold 6.2 million litres of cidre that year. It buys fruit from some 420 growers "
        "across Finistère and opened a new press hall at Fouesnant last year.\n"
    )
    assert figure(claims_of(text, knowledge, "feature.md"), "19.8 million euros").subject.name == "Cidrerie Morvan"


def test_a_company_named_only_in_passing_is_no_scene_for_the_next_description(knowledge):
    text = (
        "# Tindvall Petfoods annual results 2024\n\nTindvall Petfoods reported revenue of DKK 4.2 billion for 2024.\n\n"
        "Treats were the fastest-growing category, reaching DKK 850 million after the Copperfield purchase. "
        "The group paid GBP 71 million for the cat-treat maker in July 2024.\n"
    )
    assert figure(claims_of(text, knowledge, "results.md"), "GBP 71 million").subject.name == "Tindvall Petfoods"


def test_a_which_after_an_appositive_hangs_on_the_name_it_describes(knowledge):
    text = (
        "# Balloons over Terrassa\n\nAerovall del Valles, the balloon manufacturer, opened its new hall in Terrassa on Friday.\n\n"
        "The mayor reminded residents that Aerovall del Valles does not sell balloon flights. The firm is regularly confused "
        "with Aeroflot Montseny, a balloon-ride operator in Vic with no link to the manufacturer, which flies 14 balloons "
        "over the Osona plain.\n"
    )
    assert figure(claims_of(text, knowledge, "story.md"), "14 balloons").subject.name == "Aeroflot Montseny"


def test_a_route_or_a_works_word_before_the_contract_is_not_who_won_it(knowledge):
    text = "The digging is done by Vangsberg Bygg, which won the NOK 2.3 billion Innlandet build contract from Skarvik Fibre."
    assert figure(claims_of(text, knowledge), "NOK 2.3 billion").subject.name == "Vangsberg Bygg"


BRIEF = (
    "---\ntitle: Waterways market brief\ndate: 2025-04-14\n---\n\n# Waterways market brief, spring 2025\n\n"
    "**Hire demand.** Operators report early bookings up on last year. **Wharfside Holidays**, the Leicestershire-based "
    "hire firm, carried fewer than 40,000 holidaymakers last season on a fleet of more than 140 boats.\n"
)


def test_a_word_of_an_appositive_or_a_labels_modifier_is_no_event_of_the_figure(knowledge):
    claim = figure(claims_of(BRIEF, knowledge, "brief.md"), "fewer than 40,000 holidaymakers")
    assert claim.event == "passengers"


def test_last_season_in_spring_is_last_years(knowledge):
    claim = figure(claims_of(BRIEF, knowledge, "brief.md"), "fewer than 40,000 holidaymakers")
    assert (claim.time.year, claim.time.source) == (2024, "sentence")


def test_a_count_in_an_appositive_is_the_described_companys_with_its_own_dates(knowledge):
    text = (
        "---\ntitle: Fruit brief\ndate: 2024-09-16\n---\n\n**Spain.** Prices held up despite hail in April. "
        "Cerezas Almendral, the Jerte valley cooperative of nearly 600 growers, packed its last fruit in mid-July.\n\n"
        "Kestrel signed with Cerezas Almendral, a cooperative of 640 growers in Spain's Jerte valley, for fruit picked in May.\n"
    )
    claims = claims_of(text, knowledge, "brief.md")
    near, exact = figure(claims, "nearly 600 growers"), figure(claims, "640 growers")
    assert (near.subject.name, exact.subject.name) == ("Cerezas Almendral", "Cerezas Almendral")
    # Not a share of the growers in a place; not dated by "in May" or "in mid-July" (the story's day stands).
    assert exact.qualifiers.place is None
    assert {near.time.source, exact.time.source} == {"metadata"}


CORRECTIONS = (
    "THE SWALE HERALD\nCorrections and clarifications\nTuesday 4 February 2025\n\n"
    '* An article on 28 January about cherries ("Summer fruit, winter table", Business, page 14) said that Huon Vale '
    "Cherries exported 1,200 tonnes of cherries in the 2023-24 season. The correct figure is 2,100 tonnes.\n"
)


def test_a_correction_over_two_sentences_gives_the_correct_figure_the_measure_and_drops_the_wrong_one(knowledge):
    claims = claims_of(CORRECTIONS, knowledge, "corrections.txt")
    fixed = figure(claims, "2,100 tonnes")
    assert (fixed.subject.name, fixed.event, fixed.time.year) == ("Huon Vale Cherries", "exports", 2024)
    assert not any(c.evidence.text == "1,200 tonnes" for c in claims)


def test_a_cited_headlines_words_and_a_masthead_in_capitals_are_no_parties(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    model = build_model(parse_document("corrections.txt", CORRECTIONS.encode()), knowledge)
    assert model.topic is None or model.entities[model.topic].name != "SWALE HERALD"


def test_a_headlines_verb_and_its_object_still_name_the_event(knowledge):
    text = (
        "Nokio acquires Navtec\n\nNokio, the phone maker based in Espoo, Finland, has negotiated the takeover of Chicago "
        "software development company Navtec for US$8.1 billion.\n"
    )
    assert figure(claims_of(text, knowledge, "story.txt"), "US$8.1 billion").event == "acquisition"


@pytest.mark.parametrize(("phrase", "year"), [("last season", 2024), ("this season", 2025), ("next season", 2026)])
def test_a_season_told_relatively_in_spring(phrase, year, knowledge):
    text = f"---\ntitle: Brief\ndate: 2025-04-14\n---\n\nWharfside Holidays carried 38,000 holidaymakers {phrase}.\n"
    assert figure(claims_of(text, knowledge, "brief.md"), "38,000 holidaymakers").time.year == year


RADIO = (
    'RADIO SCHELDT CLASSIC: "Early Keys"\nBroadcast: Sunday 9 March 2025, 10:00\nPresenter: Anneke Verhulst\n'
    "Guests: Élise Duvernoy, founder, Clavecins Duvernoy (Ghent); Johan Ekdal, head tuner, Hallström Orgelvård AB (Uppsala)\n\n"
    "ANNEKE VERHULST: Good morning and welcome to Early Keys.\n\n"
    "ÉLISE DUVERNOY: I opened the workshop in 1979. We have built 380 instruments since then.\n\n"
    "VERHULST: And last year?\n\nDUVERNOY: Last year we finished nine harpsichords.\n\n"
    "VERHULST: What does one cost?\n\nDUVERNOY: Between 38,000 and 55,000 euros.\n\n"
    "VERHULST: Johan Ekdal, in Sweden you tune rather than build.\n\n"
    "JOHAN EKDAL: That's right. Today we look after 352 organs under contract.\n"
)


@pytest.mark.parametrize(("figure_text", "company"), [("352 organs", "Hallström Orgelvård"), ("nine harpsichords", "Clavecins Duvernoy")])
def test_each_guest_with_an_accented_name_speaks_for_the_company_of_the_guests_line(figure_text, company, knowledge):
    assert figure(claims_of(RADIO, knowledge, "radio.txt"), figure_text).subject.name == company
