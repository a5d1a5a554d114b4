"""Claims read from whole documents: whose figure, which measure, which
qualifiers, which role, and dated events. Every text here is written for
these tests."""

from __future__ import annotations

import pytest

from auditor.extract import extract_document, load_knowledge
from auditor.sources import parse_document


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def claims_of(text: str, knowledge, path: str = "doc.txt"):
    return extract_document(parse_document(path, text.encode("utf-8")), knowledge).claims


def figure(claims, surface: str):
    (found,) = [c for c in claims if c.evidence.text == surface]
    return found


# ------------------------------------------------------------------ subjects


def test_a_description_and_a_pronoun_carry_the_subject(knowledge):
    claims = claims_of(
        "Harwick Tiles opened a factory in Porto. The group employs 1,200 people. "
        "It raised $40 million in a Series B in 2023.",
        knowledge,
    )
    assert figure(claims, "1,200 people").subject.name == "Harwick Tiles"
    assert figure(claims, "$40 million").subject.name == "Harwick Tiles"


def test_speakers_sources_and_places_are_not_subjects(knowledge):
    claims = claims_of(
        "The Brandt Ridge project will cost EUR 310 million, Corvel Energy said. "
        "According to Ostrom Research, Tamsin Foods earned $80 million in Spain.",
        knowledge,
    )
    assert figure(claims, "EUR 310 million").subject.name == "Brandt Ridge"
    assert figure(claims, "$80 million").subject.name == "Tamsin Foods"


def test_a_country_is_a_subject_only_when_it_acts(knowledge):
    claims = claims_of("Norway pledged $2 billion for hydrogen. Kelmar Steel invested $90 million in Norway.", knowledge)
    assert figure(claims, "$2 billion").subject.name == "Norway"
    assert figure(claims, "$90 million").subject.name == "Kelmar Steel"


def test_a_figure_describing_a_name_is_that_names(knowledge):
    claims = claims_of("Avon Rail built the 14-kilometre Kestle Line for Harbury Transit.", knowledge)
    assert figure(claims, "14-kilometre").subject.name == "Kestle Line"


def test_an_owners_facility_is_the_subject(knowledge):
    claims = claims_of("Delmar Power's Gannet Bank wind farm has a capacity of 900 MW.", knowledge)
    assert figure(claims, "900 MW").subject.name == "Gannet Bank"


def test_an_owner_named_before_a_facility_noun_leaves_the_facility_the_subject(knowledge):
    claims = claims_of(
        "Tarrow Grid Company (TGC) runs two substations.\n\n* Holm Ridge: the TGC station handles 400 MW at peak.\n",
        knowledge,
    )
    assert figure(claims, "400 MW").subject.name == "Holm Ridge"


def test_a_figure_before_a_conjunction_does_not_describe_the_name_after_it(knowledge):
    claims = claims_of("Velder Energy's three farms will give it 900 MW once Ostmark Bank is running.", knowledge)
    assert figure(claims, "900 MW").subject.name == "Velder Energy"


def test_an_owner_in_an_appositive_is_not_the_subject(knowledge):
    claims = claims_of("Hollin Bay, Carrack Energy's largest farm, will deliver 1.4 GW next year.", knowledge)
    assert figure(claims, "1.4 GW").subject.name == "Hollin Bay"
    assert figure(claims, "1.4 GW").role is None  # not a joint figure of Hollin Bay and Carrack Energy


def test_the_agent_of_a_passive_clause_holds_a_contract_but_not_a_facility_s_capacity(knowledge):
    claims = claims_of(
        "The Kestrel Line opened last year. It is operated by Norda Transit under a nine-year concession worth EUR 700 million. "
        "The Holm plant is owned by Vastra Energy and produces 400 MW.",
        knowledge,
    )
    assert figure(claims, "EUR 700 million").subject.name == "Norda Transit"
    assert figure(claims, "400 MW").subject.name == "Holm"


def test_an_order_takes_no_counterparty_from_another_clause(knowledge):
    claims = claims_of(
        "The 20-tram Velden order it booked in 2021 is delivering, and its fleet for Ostby, a EUR 90m order from 2019, is complete.",
        knowledge,
    )
    assert figure(claims, "EUR 90m").object is None


def test_an_organisation_before_a_person_s_title_is_an_affiliation_not_a_party(knowledge):
    claims = claims_of("Former Orrin Bank Chairman Teo Vance criticised the $2.5 billion bid for the purchase of Pellar Mills.", knowledge)
    found = figure(claims, "$2.5 billion")
    assert found.subject is None or found.subject.name != "Orrin Bank"
    assert found.object.name == "Pellar Mills"  # found through "purchase of", another word of the event


def test_a_place_a_target_is_based_in_is_not_the_target(knowledge):
    claims = claims_of("Tallis Oil made a $4.1 billion offer for the purchase of Texas-based Brenna Petroleum.", knowledge)
    assert figure(claims, "$4.1 billion").object.name == "Brenna Petroleum"


def test_a_name_right_before_a_figure_and_its_noun_owns_it(knowledge):
    claims = claims_of("Auditors questioned the Velder Navy $3 billion frigate contract.", knowledge)
    assert figure(claims, "$3 billion").subject.name == "Velder Navy"


def test_a_bold_lead_in_is_the_subject_of_its_item(knowledge):
    claims = claims_of("# Deals\n\n- **Corbin Labs** closed a $25 million Series A.\n- **Vesta Foods** — The group hired 300 staff.\n", knowledge, "d.md")
    assert figure(claims, "$25 million").subject.name == "Corbin Labs"
    assert figure(claims, "300 staff").subject.name == "Vesta Foods"


# ------------------------------------------------------------------ measures, qualifiers, roles


def test_counts_take_the_measure_of_what_they_count(knowledge):
    claims = claims_of(
        "Orbis Health runs 18 hospitals with 2,400 beds and employs 9,000 people. Its app serves 40,000 people.",
        knowledge,
    )
    assert figure(claims, "2,400 beds").event == "beds"
    assert figure(claims, "18 hospitals").event == "hospitals"
    assert figure(claims, "9,000 people").event == "employees"
    assert figure(claims, "40,000 people").event is None  # people, no more: no measure
    # "a company of N people" is its staff; "a group of N people" is no one's.
    claims = claims_of("Orbis Health is a company of 9,300 people. A group of 40 people met its board.", knowledge)
    assert figure(claims, "9,300 people").event == "employees"
    assert figure(claims, "40 people").event is None


def test_a_noun_after_a_figure_names_it_unless_a_preposition_hands_it_on(knowledge):
    claims = claims_of(
        "Halden Ferries earns NOK 90 million a year in revenue. Kiro Labs took in $4m in new funding. "
        "Pardo made EUR 31m last year on turnover of EUR 400m.",
        knowledge,
    )
    assert figure(claims, "NOK 90 million a year").event == "revenue"
    assert figure(claims, "$4m").event == "funding-round"
    assert figure(claims, "EUR 31m").event != "revenue"
    assert figure(claims, "EUR 400m").event == "revenue"


def test_a_programme_s_worth_is_its_size_and_a_plant_s_is_its_cost(knowledge):
    claims = claims_of("The Clearwater Programme is worth EUR 2 billion. The Vance Creek plant is valued at $500 million.", knowledge)
    assert figure(claims, "EUR 2 billion").event == "programme-size"
    assert figure(claims, "$500 million").event == "cost"


def test_qualifiers_rounds_phases_scopes_and_rates(knowledge):
    claims = claims_of(
        "Fenway Bio raised a $30 million Series B. The first phase of the Kerr Flats plant adds 200 MW. "
        "The total raised to date is $55 million. Tolland Water charges GBP 3 per cubic metre.",
        knowledge,
    )
    assert figure(claims, "$30 million").qualifiers.round == "series b"
    assert figure(claims, "200 MW").qualifiers.phase == "phase 1"
    assert figure(claims, "$55 million").qualifiers.scope == "total"
    # The figure reader keeps the rate in the figure's span and in Quantity.per.
    assert figure(claims, "GBP 3 per cubic metre").qualifiers.per == "cubic metre"


def test_roles_keep_figures_of_one_sentence_from_being_rivals(knowledge):
    claims = claims_of(
        "Linden Retail's revenue rose 6% to GBP 400 million, up from GBP 377 million a year earlier. "
        "The contract comprises EUR 50 million for the trains and EUR 20 million for maintenance.",
        knowledge,
    )
    assert figure(claims, "6%").role == "change"
    assert figure(claims, "GBP 377 million").role == "previous"
    assert figure(claims, "EUR 50 million").role == "part"


def test_a_sum_that_was_not_or_may_not_be_is_conditional_but_a_reported_future_is_not(knowledge):
    claims = claims_of(
        "Orrin Bank would have been fined $40 million without the settlement. "
        "Talbot Mining could spend $90 million if prices recover. "
        "Kessel Foods said it would invest $25 million in a new dairy.",
        knowledge,
    )
    assert figure(claims, "$40 million").role == "conditional"
    assert figure(claims, "$90 million").role == "conditional"
    assert figure(claims, "$25 million").role is None


def test_a_level_a_purpose_aims_at_is_told_of_the_future(knowledge):
    claims = claims_of(
        "Tarn Steel can make 800,000 tonnes a year. It is spending EUR 60 million to lift output to 1.2 million tonnes a year.",
        knowledge,
    )
    assert figure(claims, "1.2 million tonnes a year").tense == "future"
    assert figure(claims, "800,000 tonnes a year").tense == "present"


def test_an_order_book_is_all_orders_at_a_date_not_one_order(knowledge):
    claims = claims_of(
        "Kestrel Rail won an order for 40 trains worth EUR 900 million. Its order backlog stood at EUR 6.1 billion.",
        knowledge,
    )
    assert figure(claims, "40 trains").event == "order"
    backlog = figure(claims, "EUR 6.1 billion")
    assert (backlog.event, backlog.lasts) == ("backlog", "stock")


def test_a_size_or_speed_is_a_measure_only_where_the_text_states_it_as_the_subject_s(knowledge):
    claims = claims_of(
        "The Tarrow Tunnel is 14 km long. The Corvel trains, capable of up to 140 km/h, entered service. "
        "The Ostra Skyrider made a 35km flight over the bay. The tanker Hale Star sank 13 kilometres south of Ostby.",
        knowledge,
    )
    assert figure(claims, "14 km").event == "length"
    assert figure(claims, "up to 140 km/h").event == "speed"
    assert figure(claims, "35km").event is None
    assert figure(claims, "13 kilometres").event is None


def test_a_figure_in_brackets_after_another_is_its_conversion(knowledge):
    claims = claims_of("The Hollin Tunnel runs for 16 miles (26 km). Varda paid EUR 40m (about $44 million).", knowledge)
    assert figure(claims, "26 km").role == "conversion"
    assert figure(claims, "about $44 million").role == "conversion"


def test_how_long_a_figure_holds_quotes_debts_and_counts(knowledge):
    claims = claims_of(
        "Brent crude traded at a price of $71.20 per barrel. Harlow Foods has a debt of GBP 900 million. "
        "Harlow Foods took a loan of GBP 50 million. Harlow Foods runs 310 stores.",
        knowledge,
    )
    assert figure(claims, "$71.20 per barrel").lasts == "volatile"
    assert figure(claims, "GBP 900 million").event == "debt"
    assert figure(claims, "GBP 900 million").lasts == "stock"
    assert figure(claims, "GBP 50 million").event == "loan"
    assert figure(claims, "310 stores").lasts == "stock"


def test_a_year_before_another_noun_dates_that_noun_not_the_figure(knowledge):
    claims = claims_of(
        "Regulators fined Corvane EUR 80 million for ignoring the 2019 ruling. Corvane's 2024 revenue was EUR 3 billion.",
        knowledge,
    )
    assert figure(claims, "EUR 80 million").time is None or figure(claims, "EUR 80 million").time.source != "sentence"
    assert figure(claims, "EUR 3 billion").time.year == 2024


def test_a_verb_whose_figure_is_a_new_level_is_no_trigger(knowledge):
    claims = claims_of("The law raised the deposit guarantee to $250,000. Tamsin Labs raised $4 million.", knowledge)
    assert figure(claims, "$250,000").event != "funding-round"
    assert figure(claims, "$4 million").event == "funding-round"


def test_a_pronoun_inside_a_relative_clause_is_the_name_it_hangs_on(knowledge):
    claims = claims_of("Next to the Corvane campus is Pellar Networks, which has grown since it was founded in 2004.", knowledge)
    (founded,) = [c for c in claims if c.kind == "date"]
    assert founded.subject.name == "Pellar Networks"


def test_a_count_after_a_verb_that_changes_a_stock_is_a_change(knowledge):
    claims = claims_of("Harlow Foods will close 120 stores. Harlow Foods has 2,300 stores. Harlow Foods will cut 900 jobs.", knowledge)
    assert figure(claims, "120 stores").role == "change"
    assert figure(claims, "2,300 stores").role is None
    assert figure(claims, "900 jobs").role is None  # job cuts are themselves the fact
    later = claims_of("On top come the 80 stores Harlow Foods said it would be closing. The order brings the total to 40 orders.", knowledge)
    assert figure(later, "80 stores").role == "change"
    assert figure(later, "40 orders").lasts == "stock"  # a running total is true at its date
    size = claims_of("The new Harlow depot will have up to 60 bays when it opens next year.", knowledge)
    assert figure(size, "up to 60 bays").role is None  # "when it opens" dates the size, it changes nothing


def test_an_owner_s_thing_or_part_told_as_the_subject_takes_the_figure(knowledge):
    claims = claims_of(
        "Rhea Vance's silk scarf, signed by the designer, fetched $2,100. "
        "Corvane's cloud business grew fast, and revenue rose to $960 million. Kalden Microsystems' fab will cost EUR 450 million.",
        knowledge,
    )
    assert figure(claims, "$2,100").subject is None  # the scarf's price, not Rhea Vance's
    assert figure(claims, "$960 million").role == "part"  # one business of Corvane's
    assert figure(claims, "EUR 450 million").subject.name == "Kalden Microsystems"  # an asset told as its owner's


def test_advice_called_guidance_is_no_forecast(knowledge):
    claims = claims_of("Tevo's app now reaches 80,000 farmers with planting guidance. Tevo raised its guidance for revenue to $9 million.", knowledge)
    assert figure(claims, "80,000 farmers").tense != "future"
    assert figure(claims, "$9 million").tense == "future"


def test_a_figure_before_a_noun_for_an_organisation_sizes_it(knowledge):
    claims = claims_of(
        "Savers queued after the GBP 3.1 billion lender took an emergency loan. Baltic Crest closed a EUR 400 million fund.",
        knowledge,
    )
    assert figure(claims, "GBP 3.1 billion").event is None
    assert figure(claims, "EUR 400 million").event == "fund"


def test_a_figure_is_not_dated_by_a_founding_year_or_a_target(knowledge):
    claims = claims_of("Founded in 1990, Westbury Water serves 1.2 million customers and aims to reach 2 million by 2030.", knowledge)
    assert figure(claims, "1.2 million customers").time is None


# ------------------------------------------------------------------ takeovers


def test_a_takeover_is_known_by_its_target_even_told_in_the_passive(knowledge):
    claims = claims_of("Ridley Dental, acquired in 2022 for $75 million, is now part of the group.", knowledge)
    bought = figure(claims, "$75 million")
    assert bought.event == "acquisition" and bought.object.name == "Ridley Dental" and bought.subject is None


def test_a_takeover_figure_takes_the_target_named_earlier(knowledge):
    claims = claims_of("Carrick Media agreed to buy Pennant Studios in May. Carrick's $90 million purchase closed in July.", knowledge)
    assert figure(claims, "$90 million").object.name == "Pennant Studios"


# ------------------------------------------------------------------ dated events


def test_dated_events_have_a_class_a_theme_and_a_tense(knowledge):
    claims = claims_of(
        "Tarn Energy commissioned the Holm Point plant in 2021. The Orrin Bay terminal is due to open in 2027. "
        "The Aske line, which opened in May 2024, carries 9,000 riders.",
        knowledge,
    )
    dates = {c.evidence.text: c for c in claims if c.kind == "date"}

    def thing(claim):  # a facility's event is the facility's, its owner the subject (tests/test_facility_events.py)
        return claim.object.name if claim.object is not None and claim.object.type == "facility" else claim.subject.name

    assert (dates["2021"].event, thing(dates["2021"]), dates["2021"].tense) == ("commissioning", "Holm Point", "past")
    assert dates["2021"].subject.name == "Tarn Energy"
    assert (dates["2027"].event, dates["2027"].tense) == ("opening", "future")
    assert (dates["May 2024"].event, thing(dates["May 2024"])) == ("opening", "Aske")


def test_a_year_a_thing_is_for_or_labelled_with_dates_no_event(knowledge):
    def date_claim(text):
        (found,) = [c for c in claims_of(text, knowledge) if c.kind == "date"]
        return found

    assert date_claim("Premier Ovalle unveiled her government's 2011 federal budget on Thursday.").event == "period"
    assert date_claim("Tarrow Jewels was named the supplier for the 2012 Winter Games.").event == "period"
    assert date_claim("Tarrow Jewels unveiled the 2019 launch line.").event != "period"  # a dated event noun follows
    assert date_claim("Tarrow Jewels showed its rings at the 2013 trade fair.").event == "event"  # a named event
    assert date_claim("Tarrow Jewels showed its rings at GEMX 2013.").event == "event"
    assert date_claim("The budget backs the Gemex Summit 2015.").event == "period"  # nothing done at it
    leaving = date_claim("Tom Rayne has announced he will leave Tarrow Jewels on January 1, 2011.")
    assert leaving.tense == "future"


def test_a_dated_deed_of_a_company_done_to_nothing_named_is_the_company_s_act(knowledge):
    def date_claim(text):
        (found,) = [c for c in claims_of(text, knowledge) if c.kind == "date"]
        return found

    assert date_claim("Corvane Systems announced a battery recall in September 2006.").role == "actor"
    assert date_claim("The Pellar deal was announced in March 2025.").role is None
    assert date_claim("Corvane Systems was founded in 1998.").role is None


def test_a_dateline_dates_what_happened_on_a_weekday(knowledge):
    claims = claims_of("YORK, March 4, 2025 (Rail Wire) - Dunmore Trains signed an order on Tuesday for 12 trains.", knowledge)
    (dated,) = [c for c in claims if c.kind == "date"]
    assert (dated.event, dated.time.year, dated.time.month) == ("announcement", 2025, 3)


def test_a_wire_s_dateline_place_below_a_date_line_is_no_subject(knowledge):
    text = "3 June 2025\n\nGDANSK, June 3 (Port Wire) - Orlen Quay Holdings agreed to buy a 20% stake in Baltic Reach Terminal for EUR 64 million.\n"
    price = figure(claims_of(text, knowledge), "EUR 64 million")
    assert (price.subject.name, price.time.year) == ("Orlen Quay", 2025)


# ------------------------------------------------------------------ tables


def test_table_rows_give_their_entity_figures_measured_by_the_columns(knowledge):
    text = (
        "| Company | Revenue 2024 | Staff | Capacity (MW) |\n|---|---|---|---|\n"
        "| Oakridge Power | EUR 1.2bn | 3,100 | 450 |\n"
    )
    claims = claims_of(text, knowledge, "t.md")
    revenue = figure(claims, "EUR 1.2bn")
    assert (revenue.subject.name, revenue.event, revenue.time.year) == ("Oakridge Power", "revenue", 2024)
    staff = figure(claims, "3,100")
    assert (staff.event, staff.value.value) == ("employees", 3100)
    capacity = figure(claims, "450")
    assert (capacity.event, capacity.value.value, capacity.value.unit) == ("capacity", 450e6, "watt")


def test_a_column_dated_to_a_month_dates_its_cells_to_that_month(knowledge):
    text = (
        "| Chain | Branches, Sept 2023 | Branches 2024 |\n|---|---|---|\n"
        "| Tollund Opticians | 88 | 93 |\n"
    )
    claims = claims_of(text, knowledge, "t.md")
    september = figure(claims, "88").time
    assert (september.year, september.month, september.precision) == (2023, 9, "month")
    year = figure(claims, "93").time
    assert (year.year, year.month) == (2024, None)


def test_line_items_are_parts_and_the_total_row_is_the_whole(knowledge):
    text = (
        "<html><head><title>Budget | Ministry of Works of Arland</title></head><body>"
        "<h2>Spending by item (EUR million)</h2><table>"
        "<tr><th>Item</th><th>2025</th></tr><tr><th>Roads</th><td>40</td></tr>"
        "<tr><th>Bridges</th><td>25</td></tr><tr><th>Total</th><td>65</td></tr></table></body></html>"
    )
    claims = claims_of(text, knowledge, "b.html")
    assert figure(claims, "40").role == "part"
    total = figure(claims, "65")
    assert total.role is None and total.qualifiers.scope == "total" and total.value.value == 65e6


# ------------------------------------------- counts, buybacks, earlier figures


def test_a_count_whose_noun_comes_first_counts_that_noun(knowledge):
    claims = claims_of("Brightwave subscribers reached 3.4 million at June 30. Tallis Radio subscribers: 820,000.", knowledge)
    count = figure(claims, "3.4 million")
    assert (count.kind, count.value.value, count.value.counted) == ("count", 3_400_000, "subscribers")
    assert figure(claims, "820,000").value.counted == "subscribers"


def test_a_count_of_numbers_in_millions_listed_before_its_noun(knowledge):
    claims = claims_of("Corvo and Maple ended June with 2.2 million and 4.8 million subscribers respectively.", knowledge)
    assert figure(claims, "2.2 million").value.value == 2_200_000
    assert figure(claims, "4.8 million subscribers").value.value == 4_800_000


def test_a_company_buying_back_its_shares_buys_no_target(knowledge):
    claims = claims_of("Tarrow Foods bought back $300 million of its shares in 2024.", knowledge)
    bought = figure(claims, "$300 million")
    assert bought.event == "buyback" and bought.object is None


def test_a_previous_figure_is_an_earlier_value(knowledge):
    claims = claims_of("The grant adds to a previous $30 million grant that Orbis Labs received in 2021.", knowledge)
    assert figure(claims, "$30 million").role == "previous"


def test_a_thing_owned_by_a_short_form_is_not_its_owner_s_figure(knowledge):
    claims = claims_of(
        "Lena Marsh auctioned her stage clothes for charity. Marsh's velvet jacket raised $4,200 on Sunday.", knowledge
    )
    assert figure(claims, "$4,200").subject is None


def test_is_to_tells_the_future(knowledge):
    claims = claims_of("Corla Air is to cut 400 jobs at its Leeds base.", knowledge)
    assert figure(claims, "400 jobs").tense == "future"


def test_a_year_earlier_dates_only_the_figure_it_follows(knowledge):
    text = "---\ndate: 2025-07-02\n---\nHalden Bank employed 4,100 people in June 2025, up from 3,900 people a year earlier.\n"
    claims = claims_of(text, knowledge, "doc.md")
    assert figure(claims, "4,100 people").time.year == 2025


def test_a_table_cell_opening_with_a_capitalised_word_is_no_name(knowledge):
    text = (
        "# Kestrel Port Authority\n\n## Spending by line item (USD billion)\n\n| Line item | 2025 |\n|---|---|\n"
        "| Site security | 0.70 |\n| Total | 0.70 |\n"
    )
    claims = claims_of(text, knowledge, "doc.md")
    assert {c.subject.name for c in claims if c.value is not None} == {"Kestrel Port Authority"}


def test_what_follows_of_says_which_kind_of_an_unlisted_count(knowledge):
    claims = claims_of(
        "Marlow was found guilty of six counts of fraud in May. Marlow was convicted of all ten counts against him.",
        knowledge,
    )
    assert figure(claims, "six counts").event == "count of fraud"
    assert figure(claims, "ten counts").event == "count"
    # An owner or a determiner after "of" is no kind.
    assert figure(claims_of("Orvell shut 14 kiosks of the group in 2024.", knowledge), "14 kiosks").event == "kiosk"


def test_a_list_of_counts_is_one_list_across_its_last_comma_and(knowledge):
    claims = claims_of("The four depots logged 41, 18, 12, and 5 breakdowns in May.", knowledge)
    assert {figure(claims, s).role for s in ("41", "18", "12", "5 breakdowns")} == {"part"}


def test_a_pronoun_after_a_company_s_part_stands_for_the_part(knowledge):
    claims = claims_of("Halcyon's cloud business grew fast in the quarter - its revenue rose 40 percent, to $1.2 billion.", knowledge)
    assert figure(claims, "$1.2 billion").role == "part"


@pytest.mark.parametrize("part", ["The contract division, which sells to hotels,", "The hotels business"])
def test_a_description_of_one_part_of_a_company_tells_the_part_s_figure(part, knowledge):
    claims = claims_of(f"Orvik Tapeter makes wallpaper. {part} had revenue of GBP 41.7 million in 2024.", knowledge)
    assert figure(claims, "GBP 41.7 million").role == "part"


@pytest.mark.parametrize("whole", ["The company", "The Swedish business"])
def test_a_description_of_the_company_itself_is_the_whole_s(whole, knowledge):
    claims = claims_of(f"Orvik Tapeter makes wallpaper. {whole} had revenue of GBP 141.7 million in 2024.", knowledge)
    assert figure(claims, "GBP 141.7 million").role is None


def test_a_two_letter_short_name_counts_once_the_document_defines_it(knowledge):
    claims = claims_of("Halden Motors (HM) is struggling. HM plans to cut 4,700 jobs. The AI unit sold 40,000 sets.", knowledge)
    assert figure(claims, "4,700 jobs").subject.name == "Halden Motors"
    assert figure(claims, "40,000 sets").subject is None  # "AI" is defined nowhere


def test_a_relative_clause_s_figure_is_the_name_it_hangs_on(knowledge):
    claims = claims_of(
        "Harlow Freight bought Dunmore Logistics, which employs 2,300 people. "
        "Staff at Orvell, which is seeking to cut 900 jobs, met on Monday.",
        knowledge,
    )
    assert figure(claims, "2,300 people").subject.name == "Dunmore Logistics"
    assert figure(claims, "900 jobs").subject.name == "Orvell"


def test_initials_written_after_a_name_are_not_part_of_it(knowledge):
    claims = claims_of("Halden Motors HM (HM) began to offer packages. HM is seeking to cut 3,150 jobs.", knowledge)
    assert figure(claims, "3,150 jobs").subject.name == "Halden Motors"


def test_a_short_name_told_alone_for_long_is_not_a_later_longer_name(knowledge):
    claims = claims_of(
        "Orvell and Kasmo seek aid. The carmaker Kasmo has asked for aid. Kasmo plans to fire 3,000 employees. "
        "In addition, Kasmo will stop building the Kasmo Ridge.",
        knowledge,
    )
    assert figure(claims, "3,000 employees").subject.name == "Kasmo"


def test_a_level_aimed_at_is_a_target_not_the_level_reported(knowledge):
    claims = claims_of("Orvell is trying to cut its debt from $27.5 billion to $9.2 billion.", knowledge)
    assert figure(claims, "$9.2 billion").role == "target"
    assert figure(claims, "$27.5 billion").role == "previous"


def test_a_table_row_s_words_say_what_its_amount_was_for(knowledge):
    text = (
        "# Deals this week\n\n| Company | Deal | Amount |\n|---|---|---|\n"
        "| Orbis Labs | Series A, led by Tamsin Ventures | $31 million |\n"
        "| Kelby Bio | acquired by Marlow Pharma | $900 million |\n"
    )
    claims = claims_of(text, knowledge, "doc.md")
    assert figure(claims, "$31 million").event == "funding-round"
    # The row's company was bought: the amount is not its own deal's price as payer.
    assert all(c.event != "acquisition" or c.subject.name != "Kelby Bio" for c in claims if c.value is not None)


def test_a_sentence_opening_they_carries_a_company_subject_over(knowledge):
    claims = claims_of("Pellam Software is a design firm. Pellam's software is used by 2 million people. They employ 1,900 people.", knowledge)
    assert figure(claims, "2 million people").subject.name == "Pellam Software"
    assert figure(claims, "1,900 people").subject.name == "Pellam Software"
    both = claims_of("Orvell Foods and Kasmo Motors signed a pact on Monday. They will invest $40 million each.", knowledge)
    subject = figure(both, "$40 million each").subject
    assert subject is None or subject.name not in ("Orvell Foods", "Kasmo Motors") or figure(both, "$40 million each").role == "joint"


@pytest.mark.parametrize(
    "text",
    [
        "The jobless rate in Norland, as measured by the Statistics Bureau of Norland, rose to 6.1% in May.",
        "The Harwick Institute report predicts that public debt will reach 71% of output by 2030.",
        "Stock markets fell on Thursday. The Teller news agency reports that the losses cut market values by $2 trillion.",
    ],
)
def test_a_source_and_what_it_publishes_are_no_subject(knowledge, text):
    claims = claims_of(text, knowledge)
    owners = {c.subject.name for c in claims if c.value is not None and c.subject is not None}
    assert not owners & {"Statistics Bureau of Norland", "Harwick Institute", "Teller"}


def test_a_country_that_says_where_a_company_is_based_is_not_its_subject(knowledge):
    claims = claims_of("In 2024, U.S. based Marlow Tools received $40 million in the payout.", knowledge)
    assert figure(claims, "$40 million").subject.name == "Marlow Tools"


@pytest.mark.parametrize("word", ["Volume", "Lord", "UTC"])
def test_common_words_that_open_a_sentence_are_no_names(knowledge, word):
    claims = claims_of(f"Trading was busy. {word} was high with 2.9 billion shares traded.", knowledge)
    assert figure(claims, "2.9 billion shares").subject is None


def test_a_clause_opened_by_to_whom_has_its_own_subject(knowledge):
    claims = claims_of("Among the groups affected are Dunmore schools, to whom Pellam Pharma pays $4 million a year.", knowledge)
    assert figure(claims, "$4 million a year").subject.name == "Pellam Pharma"


def test_people_of_a_country_and_a_bracketed_source_are_no_subjects(knowledge):
    claims = claims_of("Relief for 3.5 million Kenyans suffering drought is now 75% underfunded.", knowledge)
    assert figure(claims, "75%").subject is None
    claims = claims_of(
        "Prices rose. The jobless rate in Portugal, as measured by the Tavira Statistics Office (TSO), rose to 6.1% in May. "
        "The TSO said wages rose.",
        knowledge,
    )
    # The source is no subject; the country whose rate it is, is.
    assert figure(claims, "6.1%").subject.name == "Portugal"


def test_they_before_respectively_is_the_parties_listed_not_one(knowledge):
    claims = claims_of(
        "Halvern Tobacco (whose brands include Lark) and Corbel Group (who own Silk Road) make most cigarettes. "
        "They were fined £110 million and £52 million respectively.",
        knowledge,
    )
    assert figure(claims, "£52 million").subject is None or figure(claims, "£52 million").subject.name != "Halvern Tobacco"


def test_under_a_title_naming_the_takeover_the_buyer_stays_the_subject(knowledge):
    text = "Tamsin Media to acquire Larkspur\ndate: 2024-05-02\n\nOnline retailer Tamsin Media, the largest in its market, agreed to buy firm Larkspur, a maker of games, for $2.6 billion in cash and stock.\n"
    claims = claims_of(text, knowledge)
    price = figure(claims, "$2.6 billion")
    assert (price.subject.name, price.object.name if price.object else None) == ("Tamsin Media", "Larkspur")


def test_a_relative_clause_on_unnamed_owners_gives_no_subject(knowledge):
    claims = claims_of(
        "Orvell Capital and Brisk Holdings, who between them own a 50% stake in the airline, will sell their shares "
        "to the original owners, who control the other 50%.",
        knowledge,
    )
    second = [c for c in claims if c.evidence.text == "50%"][-1]
    assert second.subject is None


def test_an_owner_in_a_fronted_phrase_is_not_the_clause_subject(knowledge):
    claims = claims_of(
        "Kasmo Energy sponsors a line. Throughout its 26-year history, Dunmore Transit has renamed two stations.", knowledge
    )
    assert figure(claims, "two stations").subject.name == "Dunmore Transit"


def test_a_web_address_names_no_one(knowledge):
    claims = claims_of("Famine relief is now [http://example.org/story.asp?NewsID=1778&Cr=Kenya 75% underfunded].", knowledge)
    assert figure(claims, "75%").subject is None


def test_a_pronoun_after_a_closed_relative_clause_is_the_sentence_subject_s(knowledge):
    claims = claims_of(
        "In 2021, Orvell Motors bought a 20 percent stake in Kasmo Cars, which had just left bankruptcy, "
        "and has since raised its holding to 46 percent.",
        knowledge,
    )
    assert figure(claims, "46 percent").subject.name == "Orvell Motors"


def test_a_product_opening_a_sentence_before_its_counted_users_is_a_name(knowledge):
    claims = claims_of("Brightwave subscribers reached 3.4 million at June 30, up from 2.9 million.", knowledge)
    assert figure(claims, "3.4 million").subject.name == "Brightwave"
    # A common word written in lower case elsewhere in the document is no name.
    claims = claims_of("Mobile subscribers reached 3.4 million at June 30, while mobile revenue rose.", knowledge)
    assert figure(claims, "3.4 million").subject is None


def test_at_a_month_and_day_is_a_date_of_the_story_s_year_not_a_place(knowledge):
    text = "---\ndate: 2025-11-06\n---\nOrvell Media subscribers reached 5.6 million at September 30.\n"
    claims = claims_of(text, knowledge, "doc.md")
    count = figure(claims, "5.6 million")
    assert (count.time.year, count.time.month) == (2025, 9)
    assert count.qualifiers is None or count.qualifiers.place is None


def test_the_first_piece_before_another_is_a_part(knowledge):
    claims = claims_of("Orbis Labs raised $5 million in March and a further $3 million in June.", knowledge)
    assert figure(claims, "$5 million").role == "part"


def test_they_after_a_sentence_not_opened_by_a_company_is_not_the_company(knowledge):
    claims = claims_of("Workers at Kasmo Motors protested on Monday. They demand 4,000 new jobs.", knowledge)
    assert figure(claims, "4,000 new jobs").subject is None


def test_two_tables_with_different_corners_measure_different_things(knowledge):
    text = (
        "| Running costs | Budget 2025 |\n|---|---|\n| Harbour Board | EUR 40m |\n\n"
        "Some text between the tables.\n\n"
        "| Investment | Budget 2025 |\n|---|---|\n| Harbour Board | EUR 9m |\n"
    )
    claims = claims_of(text, knowledge, "t.md")
    running, investment = figure(claims, "EUR 40m"), figure(claims, "EUR 9m")
    assert running.qualifiers.phase == "running costs" and investment.qualifiers.phase == "investment"


def test_two_rows_of_one_table_are_never_one_fact(knowledge):
    text = "| Unit | Budget 2025 |\n|---|---|\n| Delmore Transit | EUR 5m |\n| Delmore Transit (buses) | EUR 3m |\n"
    claims = claims_of(text, knowledge, "t.md")
    whole, part = figure(claims, "EUR 5m"), figure(claims, "EUR 3m")
    assert whole.qualifiers.phase != part.qualifiers.phase


def test_a_total_is_no_sum_of_the_items_read_when_an_entity_row_stands_above_it(knowledge):
    text = "| Item | 2025 |\n|---|---|\n| Roads | 40 |\n| Fennick Rail | 90 |\n| Bridges | 25 |\n| Total | 155 |\n"
    claims = claims_of(text, knowledge, "t.md")
    assert all(c.part_of is None for c in claims)


def test_a_row_s_period_cell_dates_its_flows(knowledge):
    text = "| Company | Latest full year | Revenue |\n|---|---|---|\n| Corvan Games | FY2024 (to March) | USD 820m |\n"
    assert figure(claims_of(text, knowledge, "t.md"), "USD 820m").time.year == 2024


def test_an_undated_flow_in_a_table_is_of_the_story_s_date(knowledge):
    text = "---\ndate: 2023-05-02\n---\n\n| Console | Sales |\n|---|---|\n| Zephyr Box | 340,000 |\n"
    sales = figure(claims_of(text, knowledge, "t.md"), "340,000")
    assert (sales.event, sales.time.year, sales.lasts) == ("units sold", 2023, "periodic")


def test_a_bill_is_a_price_only_when_it_is_a_customer_s(knowledge):
    claims = claims_of("Corlan Water said the average household bill will rise to GBP 480. The Senate passed a bill on the $90 billion relief plan.", knowledge)
    assert figure(claims, "GBP 480").event == "price"
    assert figure(claims, "$90 billion").event != "price"


def test_a_second_conjunct_after_a_figure_has_a_subject_of_its_own(knowledge):
    claims = claims_of("Tollery Mining shares fell 3.1% and Kasmo Motors shares rose 2.4% on Monday.", knowledge)
    assert figure(claims, "3.1%").subject.name == "Tollery Mining"
    assert figure(claims, "2.4%").subject.name == "Kasmo Motors"
    # Without a figure before "and", the names are a pair sharing one figure.
    pair = figure(claims_of("Orvell Foods and Kasmo Motors will invest $40 million in the plant.", knowledge), "$40 million")
    assert pair.role == "joint" and pair.subject is None


def test_a_market_index_whose_name_holds_a_number_is_named_whole(knowledge):
    claims = claims_of("The FTSE 100 fell 1.2% while the CSI 300 rose 0.8%.", knowledge)
    assert figure(claims, "1.2%").subject.name == "FTSE 100"
    assert figure(claims, "0.8%").subject.name == "CSI 300"


def test_one_story_s_two_prices_of_a_share_on_one_day_are_two_moments(knowledge):
    from auditor.link import LinkOptions, link

    moments = claims_of(
        "Corvane Systems shares rose 60% to 38.15 rupees in early trading on Monday, March 2, 2009. "
        "Corvane Systems shares had jumped 51% to 36.05 rupees on Monday, March 2, 2009, a broker said.",
        knowledge,
    )
    closes = claims_of(
        "Corvane Systems shares closed at 38.15 rupees on Monday, March 2, 2009. "
        "Corvane Systems shares closed at 36.05 rupees on Monday, March 2, 2009, a broker said.",
        knowledge,
    )

    def linked(claims):
        prices = [c for c in claims if c.event == "share-price"]
        assert len(prices) == 2
        return any(len({c.id for c in fact.claims} & {c.id for c in prices}) == 2 for fact in link(prices, LinkOptions()))

    assert not linked(moments) and linked(closes)


def test_a_trigger_does_not_reach_across_after_and_as_part_of_joins_a_figure_to_its_noun(knowledge):
    claims = claims_of(
        "Tollery Insurance paid $40 million in bonuses, after receiving $900 million as part of a state bailout.", knowledge
    )
    assert figure(claims, "$40 million").event == "bonus"
    assert figure(claims, "$900 million").event == "grant"


def test_a_place_after_a_figure_and_a_preposition_is_no_thing_the_figure_describes(knowledge):
    claims = claims_of("Osterby Grain, which shipped 2.1 million tonnes through the Harwick Terminal, grew.", knowledge)
    assert figure(claims, "2.1 million tonnes").subject.name == "Osterby Grain"


def test_cargo_a_port_handled_is_its_throughput(knowledge):
    claims = claims_of("The Port of Lessing handled 14.2 million tonnes of cargo in 2024.", knowledge)
    assert figure(claims, "14.2 million tonnes").event == "throughput"


def test_two_plans_with_different_deadlines_are_two_plans(knowledge):
    from auditor.checks.figure_mismatch import rivals

    first = claims_of("---\ndate: 2005-09-07\n---\nDelmore Air will cut 1,000 jobs at its hub.\n", knowledge, "a.md")
    second = claims_of("---\ndate: 2005-09-24\n---\nDelmore Air plans to cut 7,000 jobs by the end of 2007.\n", knowledge, "b.md")
    third = claims_of("---\ndate: 2005-09-30\n---\nDelmore Air will cut 6,000 jobs by 2007.\n", knowledge, "c.md")
    a, b, c = figure(first, "1,000 jobs"), figure(second, "7,000 jobs"), figure(third, "6,000 jobs")
    assert not rivals(a, b)
    assert rivals(b, c)  # one deadline: one plan, two figures


def test_a_demonym_before_a_determiner_or_preposition_describes_no_later_name(knowledge):
    claims = claims_of("The Danish pilot aboard the Korvane Air jet landed. Swedish buyout firm Halvard Capital paid $3 million.", knowledge)
    homes = {c.subject.name: c.attribute.value for c in claims if c.kind == "attribute"}
    assert homes == {"Halvard Capital": "SE"}


# ------------------------------------------------- facilities known by a place


def test_a_facility_known_by_its_place_is_its_owners_with_the_facility_as_object(knowledge):
    claims = claims_of(
        "Torvik Foods opened a 300,000 square foot plant in Saskatoon in 2024. "
        "The Leeds plant of Marlow Brewing employs 320 people.",
        knowledge,
    )
    bakery = figure(claims, "300,000 square foot")
    assert bakery.subject.name == "Torvik Foods"
    assert bakery.object is not None and bakery.object.name == "Saskatoon"
    plant = figure(claims, "320 people")
    assert plant.subject.name == "Marlow Brewing"
    assert plant.object is not None and plant.object.name == "Leeds"


def test_a_facility_known_by_its_place_falls_to_the_documents_company_or_to_nobody(knowledge):
    owned = claims_of(
        "Kessler Paper to shut mill\n\nKessler Paper said it will close a mill. "
        "The Tampere mill employs 410 workers.",
        knowledge,
    )
    assert figure(owned, "410 workers").subject.name == "Kessler Paper"
    unowned = claims_of("A gas pipeline in Manitoba exploded. The pipeline carries 12% of the region's gas.", knowledge)
    assert figure(unowned, "12%").subject is None


def test_a_named_facility_keeps_its_own_name(knowledge):
    claims = claims_of("Corvel Energy said the Brandt Ridge wind farm will cost EUR 310 million.", knowledge)
    assert figure(claims, "EUR 310 million").subject.name == "Brandt Ridge"


def test_a_place_or_county_named_in_a_sentence_never_owns_a_facility(knowledge):
    claims = claims_of("The Perth refinery, near Kwinana Region, processes 140,000 barrels a day.", knowledge)
    found = figure(claims, "140,000 barrels a day")
    assert found.subject is None or found.subject.name not in ("Perth", "Kwinana Region")


def test_a_state_or_city_is_a_subject_only_when_it_acts(knowledge):
    claims = claims_of(
        "Manitoba will spend C$40 million on rural clinics. "
        "Ostrel Dairy, a Manitoba based cooperative, earned C$12 million. "
        "Brekka Air carried 90,000 passengers in Manitoba.",
        knowledge,
    )
    assert figure(claims, "C$40 million").subject.name == "Manitoba"
    assert figure(claims, "C$12 million").subject.name == "Ostrel Dairy"
    assert figure(claims, "90,000 passengers").subject.name == "Brekka Air"


def test_a_country_named_as_its_government_acts(knowledge):
    claims = claims_of(
        "The Danish government will lend $300 million to Harlow Shipping. "
        "The government of Peru pledged $45 million for schools. "
        "The Czech government's Vltava Fund holds EUR 900 million. "
        "The US Treasury Secretary said Tessaly Bank would need $4 billion.",
        knowledge,
    )
    assert figure(claims, "$300 million").subject.name == "Denmark"
    assert figure(claims, "$45 million").subject.name == "Peru"
    assert figure(claims, "EUR 900 million").subject.name == "Vltava Fund"
    assert figure(claims, "$4 billion").subject is None or figure(claims, "$4 billion").subject.name != "United States"


def test_a_nationality_that_opens_a_name_is_no_attribute_of_its_next_word(knowledge):
    claims = claims_of(
        "The Norwegian Press reported that Dutch chipmaker Velden Micro hired 300 engineers. "
        "The award of the Danish Booksellers is worth $20,000.",
        knowledge,
    )
    attributes = {(c.subject.name, c.attribute.value) for c in claims if c.kind == "attribute"}
    assert ("Velden Micro", "NL") in attributes
    assert not any(name in ("Press", "Booksellers") for name, _ in attributes)


def test_a_public_body_is_named_as_one_and_a_person_with_an_office_is_not(knowledge):
    claims = claims_of(
        "Secretary of State Mira Kovac met bankers on Monday. The Slovenian government will sell a 30% stake in Ljubljana Air.",
        knowledge,
    )
    found = figure(claims, "30%")
    assert found.subject is None or found.subject.name != "Secretary of State Mira Kovac"


def test_a_share_of_people_holding_a_view_is_no_partys_figure(knowledge):
    claims = claims_of(
        "The Harwick Post poll found that 58 percent of voters say fares are too high. "
        "Brenna Rail said 58% of its trains ran late.",
        knowledge,
    )
    assert figure(claims, "58 percent").subject is None
    assert figure(claims, "58%").subject.name == "Brenna Rail"


def test_who_released_a_report_is_its_source_not_the_subject(knowledge):
    claims = claims_of(
        "Exports shrank by 4.1% in the last quarter, according to figures released by the Tessaly Statistics Office.",
        knowledge,
    )
    found = figure(claims, "4.1%")
    assert found.subject is None or found.subject.name != "Tessaly Statistics Office"


def test_a_country_before_its_own_measure_is_the_figures_party(knowledge):
    claims = claims_of(
        "Latvian inflation slowed to 3.1% in May. Peru's unemployment rate fell to 6.2%. "
        "The Chilean economy grew 1.8% in the third quarter. Latvian carrier Baltavia flew 2 million passengers.",
        knowledge,
    )
    assert figure(claims, "3.1%").subject.name == "Latvia"
    assert figure(claims, "6.2%").subject.name == "Peru"
    assert figure(claims, "1.8%").subject.name == "Chile"
    assert figure(claims, "2 million passengers").subject.name == "Baltavia"


def test_a_trade_balance_names_its_partner(knowledge):
    claims = claims_of("Norland ran a trade deficit with Kestria of $40 billion last year.", knowledge)
    found = figure(claims, "$40 billion")
    assert found.event == "trade-balance" and found.object.name == "Kestria"


def test_a_speaker_is_a_speaker_past_a_time_phrase_before_that(knowledge):
    claims = claims_of("Corvel Energy said on Monday that Brandt Ridge would cost EUR 310 million.", knowledge)
    assert figure(claims, "EUR 310 million").subject.name == "Brandt Ridge"


def test_a_holiday_is_when_never_who(knowledge):
    claims = claims_of("Over the 2024 Christmas period sales at Harwick Tiles were up 9%.", knowledge)
    assert all(c.subject is None or c.subject.name != "Christmas" for c in claims)


def test_a_nationality_and_government_is_the_country_not_one_of_its_ministries(knowledge):
    claims = claims_of(
        "The Ministry of Transport of Estonia opened a tender. The Estonian government will pay $80 million for it.",
        knowledge,
    )
    found = figure(claims, "$80 million")
    assert found.subject is not None and found.subject.name == "Estonia"


def test_a_facility_known_by_its_place_keeps_the_owner_an_earlier_sentence_gave_it(knowledge):
    claims = claims_of(
        "Grants for chipmakers\n\nThe ministry backed Velden Micro, which will build a $900 million fab in Tartu. "
        "The Tartu fab was announced in May 2024 and will employ 700 people.",
        knowledge,
    )
    assert figure(claims, "700 people").subject.name == "Velden Micro"
    assert figure(claims, "May 2024").subject.name == "Velden Micro"


def test_a_countrys_measure_named_before_it_is_the_countrys(knowledge):
    claims = claims_of("The jobless rate in Latvia, as measured by the statistics office, fell to 6.1%.", knowledge)
    assert figure(claims, "6.1%").subject.name == "Latvia"


def test_a_name_in_apposition_to_a_source_is_the_source(knowledge):
    claims = claims_of(
        "According to the aviation regulator of Norland, NCAA, there were 212 cases of stranded passengers. "
        "According to the filing, Harwick Tiles owns $6.6 billion in assets.",
        knowledge,
    )
    assert figure(claims, "212 cases").subject is None or figure(claims, "212 cases").subject.name != "NCAA"
    assert figure(claims, "$6.6 billion").subject.name == "Harwick Tiles"


def test_a_states_own_measure_is_the_states(knowledge):
    claims = claims_of("Unemployment in Manitoba was 7.2 percent in August. Harwick Tiles opened a store in Manitoba for $2 million.", knowledge)
    assert figure(claims, "7.2 percent").subject.name == "Manitoba"
    assert figure(claims, "$2 million").subject.name == "Harwick Tiles"


def test_shares_of_a_company_are_the_companys(knowledge):
    claims = claims_of("Shares of Harwick Tiles fell 4% on Monday. The purchase of Brenna Rail cost $40 million.", knowledge)
    assert figure(claims, "4%").subject.name == "Harwick Tiles"
    assert figure(claims, "$40 million").subject is None or figure(claims, "$40 million").subject.name != "Brenna Rail"


def test_a_body_that_publishes_figures_is_their_source(knowledge):
    claims = claims_of(
        "The Tessaly Statistics Office released a report saying that retail sales fell 2.3% in May. "
        "Harwick Tiles released a new tile range priced at $40.",
        knowledge,
    )
    assert figure(claims, "2.3%").subject is None or figure(claims, "2.3%").subject.name != "Tessaly Statistics Office"
    assert figure(claims, "$40").subject.name == "Harwick Tiles"


def test_who_quotes_and_who_is_quoted_as_saying_are_sources(knowledge):
    claims = claims_of(
        "The Harbour Post quoted the Tessaly Growers Union (TGU) as saying that prices would rise 20%.",
        knowledge,
    )
    assert figure(claims, "20%").subject is None


def test_a_countrys_own_measure_with_no_country_named_is_the_titles_country(knowledge):
    claims = claims_of(
        "Latvia's jobless rate climbs\n\nThe jobless rate rose to 8.1% in May. Harwick Tiles earned $4 million.",
        knowledge,
    )
    assert figure(claims, "8.1%").subject.name == "Latvia"
    assert figure(claims, "$4 million").subject.name == "Harwick Tiles"
    untitled = claims_of("Markets moved\n\nThe jobless rate rose to 8.1% in May.", knowledge)
    assert figure(untitled, "8.1%").subject is None


def test_a_forecast_of_a_countrys_measure_is_not_the_country_s_figure(knowledge):
    claims = claims_of("Latvia's deficit hits record\n\nAnalysts had predicted a deficit of $1.6 billion.", knowledge)
    assert figure(claims, "$1.6 billion").subject is None


def test_a_source_that_reports_its_figures_that_is_no_subject(knowledge):
    claims = claims_of(
        "Latvia's jobless rate climbs\n\nThe Tessaly Statistics Office reported on Friday that the jobless rate rose to 8.1%. "
        "Harwick Tiles announced on Monday that its revenue rose to $40 million.",
        knowledge,
    )
    assert figure(claims, "8.1%").subject.name == "Latvia"
    assert figure(claims, "$40 million").subject.name == "Harwick Tiles"


def test_a_forecast_that_tells_a_countrys_measure_is_the_countrys(knowledge):
    claims = claims_of(
        "Latvia's debt to double\n\nThe budget office predicts that public debt will exceed 41% of GDP by 2012 "
        "and rise to 58% of gross domestic product by 2015.",
        knowledge,
    )
    assert figure(claims, "41%").subject.name == "Latvia"
    assert figure(claims, "58%").subject.name == "Latvia"
    company = claims_of("Latvian firm reports debt\n\nThe debt rose 12% last year, Harwick Tiles said.", knowledge)
    assert figure(company, "12%").subject is None  # a debt is no country's measure by itself


def test_names_listed_as_examples_of_a_group_are_not_its_subject(knowledge):
    claims = claims_of(
        "Harwick Tiles's suppliers include Brenna Clay, Kelso Glaze and Marrow Kilns, and earned about $90 million last year. "
        "Rivals such as Ostrom Ceramics and Vantor Stone raised $12 million between them. "
        "Its rivals include Ostrom Ceramics and Vantor Stone, and Tamsin Foods sold 40 aircraft.",
        knowledge,
    )
    assert figure(claims, "about $90 million").subject is None or figure(claims, "about $90 million").subject.name not in (
        "Brenna Clay", "Kelso Glaze", "Marrow Kilns"
    )
    assert figure(claims, "$12 million").subject is None
    assert figure(claims, "40 aircraft").subject.name == "Tamsin Foods"  # the list ended at "and Vantor Stone"


def test_an_example_with_its_own_relative_clause_keeps_it(knowledge):
    claims = claims_of("Rivals such as Vantor Stone, which raised $40 million in March, are growing.", knowledge)
    assert figure(claims, "$40 million").subject.name == "Vantor Stone"


def test_a_count_of_named_members_is_none_of_theirs(knowledge):
    claims = claims_of(
        "The ministry plans listings for three utilities called Tessaly Power I, II and III. "
        "Vantor Stone opened a 40-tonne kiln called Marrow Kiln.",
        knowledge,
    )
    subject = figure(claims, "three utilities").subject
    assert subject is None or not subject.name.startswith("Tessaly Power")


def test_lower_case_particles_join_a_name(knowledge):
    claims = claims_of("Union Fédérale des Tuiliers, a trade body, sued Harwick Tiles for $5 million.", knowledge)
    assert figure(claims, "$5 million").subject.name == "Union Fédérale des Tuiliers"


def test_a_name_after_a_country_that_opens_the_sentence_is_read(knowledge):
    claims = claims_of(
        "In New Zealand Vantor Stone sells tiles for $40. The New Zealand Kelso store sells glaze for $12.", knowledge
    )
    assert figure(claims, "$40").subject.name == "Vantor Stone"
    assert figure(claims, "$12").subject.name == "Kelso"


def test_the_workers_of_a_company_are_the_companys(knowledge):
    claims = claims_of(
        "Workers at Vantor Stone have been on strike since March 3, 2009. "
        "Derivative traders at Kelso Bank shared $65 million in bonuses. "
        "Former employees of Marrow Kilns claim $4 million between them.",
        knowledge,
    )
    assert figure(claims, "March 3, 2009").subject.name == "Vantor Stone"
    assert figure(claims, "$65 million").subject.name == "Kelso Bank"
    assert figure(claims, "$4 million").subject is None


def test_a_country_acts_past_an_adverb(knowledge):
    claims = claims_of("The European Union already has committed €80 million to the fund. Norway quietly pledged $4 million.", knowledge)
    assert figure(claims, "€80 million").subject.name == "European Union"
    assert figure(claims, "$4 million").subject.name == "Norway"


def test_a_pronoun_inside_a_quotation_is_the_speakers_not_the_storys(knowledge):
    claims = claims_of(
        "Vantor Stone opened a kiln in March. \"I'm just glad it's over,\" the mayor said, after three terms in office.",
        knowledge,
    )
    subject = figure(claims, "three terms").subject
    assert subject is None or subject.name != "Vantor Stone"


def test_a_subordinate_clause_opens_a_new_subject_position(knowledge):
    claims = claims_of(
        "\"It is hard to see how traders at Kelso Bank earned any bonuses, much less $65 million,\" the senator said.",
        knowledge,
    )
    assert figure(claims, "$65 million").subject.name == "Kelso Bank"


def test_an_organisations_own_count_with_no_party_is_the_titles_organisations(knowledge):
    claims = claims_of(
        "Vantor Airways to cut 900 jobs\n\nIn total, some 900 jobs will be lost by June. About 3,000 people live nearby.",
        knowledge,
    )
    assert figure(claims, "some 900 jobs").subject.name == "Vantor Airways"
    assert figure(claims, "About 3,000 people").subject is None  # people are no count the title gives it
    spoken = claims_of("Vantor Airways to cut 900 jobs\n\nUnions said 1,200 jobs would go.", knowledge)
    assert figure(spoken, "1,200 jobs").subject is None  # somebody's saying is not the company's count


def test_the_plural_of_initials_is_no_name(knowledge):
    claims = claims_of("Kelso Music sells CDs and DVDs. CDs made up 40% of its sales in 2008.", knowledge)
    subject = figure(claims, "40%").subject
    assert subject is None or subject.name != "CDs"


def test_a_conjunct_without_its_verb_keeps_its_own_name(knowledge):
    claims = claims_of(
        "Tessaly owns 14% of Vantor Airways, Marrow has 21% and Ostrom 9%. "
        "Inflation averaged 2.1%, with Tessaly having the highest rate at 7.4% and Marrow the lowest at 0.6%. "
        "Kelso Motors reported a 32% drop in sales, Vantor Motors dropped 30%, and Brenna Cars sales dropped 28%.",
        knowledge,
    )
    assert figure(claims, "14%").subject.name == "Tessaly"
    assert figure(claims, "21%").subject.name == "Marrow"
    assert figure(claims, "9%").subject.name == "Ostrom"
    assert figure(claims, "7.4%").subject.name == "Tessaly"
    assert figure(claims, "0.6%").subject.name == "Marrow"
    assert figure(claims, "30%").subject.name == "Vantor Motors"


def test_its_after_a_country_that_acts_is_the_countrys(knowledge):
    claims = claims_of(
        "Tessaly debt warning\n\nThe Kelso Institute said on Monday that Latvia is likely to reach its $14 billion borrowing limit by April. "
        "The Vantor Stone franchise in Latvia has closed all of its 29 stores.",
        knowledge,
    )
    assert figure(claims, "$14 billion").subject.name == "Latvia"
    assert figure(claims, "29 stores").subject.name == "Vantor Stone"


def test_a_sum_so_far_is_a_running_total(knowledge):
    claims = claims_of(
        "So far, the regulator has fined Vantor Soft €1.7 billion in three separate fines. "
        "The regulator fined Vantor Soft €900 million on Wednesday.",
        knowledge,
    )
    assert figure(claims, "€1.7 billion").qualifiers.scope == "cumulative"
    assert figure(claims, "€900 million").qualifiers.scope is None


def test_a_nationality_opening_a_name_states_its_country(knowledge):
    claims = claims_of(
        "The Latvian Tile Growers Association asked for quotas. The Canadian Press reported the story. "
        "Divers searched the Indian Ocean.",
        knowledge,
    )
    countries = {(c.subject.name, c.attribute.value) for c in claims if c.kind == "attribute"}
    assert ("Latvian Tile Growers Association", "LV") in countries
    assert not any(name in ("Press", "Indian Ocean") for name, _ in countries)


def test_a_nationality_of_unnamed_companies_is_none_of_a_later_name(knowledge):
    claims = claims_of(
        "The ruling concerns its practice of helping large Latvian companies set up \"Offshore Trading Vehicles\" abroad. "
        "Kelso owns Latvian companies such as Vantor Stone. German carmakers Voltwerk and Brenna cut jobs.",
        knowledge,
    )
    countries = {(c.subject.name, c.attribute.value) for c in claims if c.kind == "attribute"}
    assert not any(name == "Offshore Trading Vehicles" for name, _ in countries)
    assert ("Vantor Stone", "LV") in countries
    assert ("Voltwerk", "DE") in countries


def test_an_allocation_in_a_national_budget_story_is_the_countrys(knowledge):
    claims = claims_of(
        "Latvian finance minister presents 2010 budget\n\nKey items: *$40 million extra for rail. *$12 million for schools\n",
        knowledge,
    )
    assert figure(claims, "$40 million").subject.name == "Latvia"
    assert figure(claims, "$12 million").subject.name == "Latvia"
    company = claims_of("Latvian rail firm wins contract\n\nKey items: *$40 million extra for rail.\n", knowledge)
    assert figure(company, "$40 million").subject is None or figure(company, "$40 million").subject.name != "Latvia"


def test_the_government_of_a_story_about_one_country_is_that_countrys(knowledge):
    claims = claims_of(
        "Latvian parliament approves sale of state firms\n\n"
        "The parliament of Latvia approved the plan. Kelso Steel, the largest steelmaker in Estonia, may bid. "
        "Vantor Air is banned in the EU. The government is still working on listings for three utilities.",
        knowledge,
    )
    assert figure(claims, "three utilities").subject.name == "Latvia"
    other = claims_of(
        "Latvian man wins drilling deal\n\nThe deal will see Kelso Oil pay the Estonian government $8 million. "
        "The government will also receive 70% of the profits.",
        knowledge,
    )
    assert figure(other, "70%").subject.name == "Estonia"  # the government the text just named


def test_a_short_capitalised_word_is_no_countrys_code(knowledge):
    claims = claims_of("Is the Latvian government right to sell? No one knows. The government sold 40% of Vantor Air.", knowledge)
    subject = figure(claims, "40%").subject
    assert subject is None or subject.name not in ("Iceland", "Norway")


def test_it_after_a_speaker_is_the_reported_clauses_subject(knowledge):
    claims = claims_of(
        "Kelso Tiles said it would cut 400 jobs. Vantor Air, the largest carrier, said it flew 12 planes on Sunday. "
        "\"Sales will recover,\" said Brenna Glaze. The World Bank, a lender to poor countries, warned Thursday that "
        "prices were driving millions of people into poverty.",
        knowledge,
    )
    assert figure(claims, "400 jobs").subject.name == "Kelso Tiles"
    assert figure(claims, "12 planes").subject.name == "Vantor Air"
    subject = figure(claims, "millions of people").subject
    assert subject is None or subject.name != "World Bank"  # a source that warns, past its appositive


def test_the_agent_of_a_comparison_is_not_the_figures_party(knowledge):
    claims = claims_of("The new fares are 22% cheaper than those offered by Kelso Air.", knowledge)
    subject = figure(claims, "22%").subject
    assert subject is None or subject.name != "Kelso Air"
    passive = claims_of("$5 million was raised by Brenna Glaze.", knowledge)
    assert figure(passive, "$5 million").subject.name == "Brenna Glaze"


def test_a_capitalised_description_is_no_name(knowledge):
    claims = claims_of(
        "Latvian budget surplus shrinks\n\nThe Government will spend $40 million on rail. The Company earned $3 million.",
        knowledge,
    )
    for surface, word in (("$40 million", "Government"), ("$3 million", "Company")):
        subject = figure(claims, surface).subject
        assert subject is None or subject.name != word


def test_a_nationality_before_a_companys_trade_describes_the_company(knowledge):
    # "retail", "oil" are a country's measures ("British retail sales") and a
    # company's trade ("the British oil firm X"): a trade that runs into an
    # organisation's description head describes the company named after it.
    claims = claims_of(
        "The Danish retail and shipping group Tolvmark is offering £900 million for the Pell chain. "
        "A Canadian oil producer, Harlow Ridge, paid $60 million for the licence. "
        "Danish retail sales rose 1.8% in April.",
        knowledge,
    )
    assert figure(claims, "£900 million").subject.name == "Tolvmark"
    assert figure(claims, "$60 million").subject.name == "Harlow Ridge"
    assert figure(claims, "1.8%").subject.name == "Denmark"


def test_a_description_right_before_a_name_describes_that_name(knowledge):
    # "the Danish flooring company Vortell" is Vortell's description, not a
    # reference back to the company met before; "whose" is Vortell's too.
    claims = claims_of(
        "Harwick Tiles opened a plant in Porto. Buyers compared it with the Danish flooring company Vortell, "
        "whose sales rose 4%. Harwick Tiles bought Kestrel Mills, whose plant employs 300 people, for $40 million.",
        knowledge,
    )
    (nationality,) = [c for c in claims if c.kind == "attribute"]
    assert nationality.subject.name == "Vortell"
    assert figure(claims, "4%").subject.name == "Vortell"
    assert figure(claims, "300 people").subject.name == "Kestrel Mills"
    assert figure(claims, "$40 million").subject.name == "Harwick Tiles"


def test_a_company_telling_what_they_do_is_their_subject(knowledge):
    # News often calls a company "they"; in the clause it tells, "they" or
    # "their" is the teller, when one company tells it.
    claims = claims_of(
        "Tarvik Foods has announced that their annual loss tripled to $80 million. "
        "Selby Glass said they will cut 400 jobs. "
        "Orvell and Kasmo said they will invest $2 billion. "
        "Harwick Tiles opened a plant. Jane Moss said they will spend $9 million.",
        knowledge,
    )
    assert figure(claims, "$80 million").subject.name == "Tarvik Foods"
    assert figure(claims, "400 jobs").subject.name == "Selby Glass"
    assert figure(claims, "$2 billion").subject is None  # two tellers: "they" is both
    assert figure(claims, "$9 million").subject is None  # a person tells: no company is "they"


def test_a_description_in_apposition_is_the_names(knowledge):
    # Set off by commas after a name, a description says what that name is
    # (and from where), instead of pointing back at another company.
    claims = claims_of(
        "Astrum Dynamics builds rockets in Bremen.\n\n"
        "Orbitra, the French satellite maker, flew its first craft in August. "
        "Harlow Shipping, the Belgian carrier, is spending less on quays.",
        knowledge,
    )
    homes = {c.subject.name: (c.attribute.value, c.evidence.text) for c in claims if c.kind == "attribute"}
    assert homes["Orbitra"] == ("FR", "French satellite maker")  # as for Harlow: the words that say it
    assert homes["Harlow Shipping"] == ("BE", "Belgian carrier")  # the words that say it
    assert "Astrum Dynamics" not in homes


def test_a_year_before_a_sum_is_no_low_end_of_a_range(knowledge):
    claims = claims_of("The round brings the total it has raised since 2019 to $210 million. The fee is $500,000 to $2 million.", knowledge)
    total = figure(claims, "$210 million").value
    assert (total.low, total.high) == (210e6, 210e6)
    fee = figure(claims, "$500,000 to $2 million").value
    assert (fee.low, fee.high) == (5e5, 2e6)


def test_a_relative_clause_verb_says_what_a_count_is(knowledge):
    claims = claims_of("Harlow Shipping took delivery of the second of 14 vessels it ordered from Daeyang.", knowledge)
    assert figure(claims, "14 vessels").event == "order"


def test_abbreviations_a_number_counts_and_a_sized_things_count(knowledge):
    # numbers.yaml lists abbreviations counted as written; a number joined to
    # its unit before the noun says how big each counted thing is.
    claims = claims_of(
        "The Brenmouth terminal will handle 1.8 million TEU a year. "
        "Calder Lines ordered twelve 16,000-TEU vessels for $1.9 billion.",
        knowledge,
    )
    teu = figure(claims, "1.8 million TEU a year")
    assert (teu.value.kind, teu.value.low, teu.value.counted, teu.value.per) == ("count", 1.8e6, "TEU", "year")
    ships = figure(claims, "twelve 16,000-TEU vessels")
    assert (ships.value.low, ships.value.counted, ships.event) == (12, "vessels", "order")
    assert not any(c.subject and c.subject.name == "TEU" for c in claims)


def test_a_relative_clause_has_its_own_tense(knowledge):
    claims = claims_of(
        "The Porto airline, which carried 21.4 million passengers in 2024, will take its first jet in 2027. "
        "Vortell, which will invest $40 million next year, earned $3 million. "
        "Kelso, which earned $5 million, will invest $60 million.",
        knowledge,
    )
    assert figure(claims, "21.4 million passengers").tense == "past"
    assert figure(claims, "$40 million").tense == "future"
    assert figure(claims, "$3 million").tense == "past"
    assert figure(claims, "$5 million").tense == "past"
    assert figure(claims, "$60 million").tense == "future"


def test_last_years_figure_told_alone_is_no_previous_value(knowledge):
    claims = claims_of(
        "Halden Air carried 21.4 million passengers last year. Brisk Air earned $5 million, against $4 million last year.",
        knowledge,
    )
    assert figure(claims, "21.4 million passengers").role is None
    assert figure(claims, "$4 million").role == "previous"


def test_a_models_designation_is_part_of_what_a_number_counts(knowledge):
    claims = claims_of(
        "Calder Air has ordered 40 KX-320 narrowbody jets from Brenner Aero. "
        "Morro Air ordered 100 Brenner 737 jets and 30 B350-900s.",
        knowledge,
    )
    assert figure(claims, "40 KX-320 narrowbody jets").value.low == 40
    assert figure(claims, "100 Brenner 737 jets").value.low == 100
    assert figure(claims, "30 B350-900s").value.counted == "B350-900s"


def test_a_verb_joined_after_the_figure_keeps_its_future_to_itself(knowledge):
    claims = claims_of(
        "Calder Air confirmed its order for 45 KX-320s and will take delivery from 2027. "
        "The mall's 120 shops and 20 bars will open in September.",
        knowledge,
    )
    assert figure(claims, "45 KX-320s").tense == "past"
    assert figure(claims, "2027").tense == "future"
    assert figure(claims, "120 shops").tense == "future"


def test_a_supplier_or_a_show_after_a_count_is_no_place_it_is_a_share_of(knowledge):
    claims = claims_of(
        "Calder Air ordered 40 jets from Brenner Aerospace at the Lisbon Air Show. Skyline runs 12 routes from Shannon to Europe.",
        knowledge,
    )
    assert figure(claims, "40 jets").qualifiers.place is None
    assert figure(claims, "12 routes").qualifiers.place == "Shannon"


@pytest.mark.parametrize(
    ("told", "place"),
    [("in New Zealand, Sri Lanka and Europe", "Europe, New Zealand, Sri Lanka"), ("in New Zealand", "New Zealand")],
)
def test_a_place_after_a_count_is_read_whole(told, place, knowledge):
    claims = claims_of(f"Kerrow Sails employs 540 people {told}.", knowledge)
    assert figure(claims, "540 people").qualifiers.place == place


def test_an_appositive_is_no_distance_between_a_trigger_and_its_figure(knowledge):
    claims = claims_of(
        "Velstra Pharma completed its acquisition of Tolland Bio, Inc., a Boston-based developer of antibody "
        "treatments, for CHF 2.4 billion in cash.",
        knowledge,
    )
    price = figure(claims, "CHF 2.4 billion")
    assert (price.event, price.subject.name, price.object.name) == ("acquisition", "Velstra Pharma", "Tolland Bio")


def test_a_name_that_says_its_trade_is_not_described_by_another(knowledge):
    # references.yaml: "Partners" names a firm or an investor, never a drugmaker.
    claims = claims_of(
        "Corvane Bio is a Swiss company.\n\nAnalysts at Ardley Partners think the Swiss drugmaker overpaid. "
        "The drugmaker earned CHF 90 million last year.",
        knowledge,
    )
    assert figure(claims, "CHF 90 million").subject.name == "Corvane Bio"


def test_numbers_of_a_counted_thing_count_it(knowledge):
    claims = claims_of("Halden Air grew. Passenger numbers reached 21.4 million in 2024. Staff numbers fell to 4,200.", knowledge)
    assert figure(claims, "21.4 million").value.counted == "passengers"
    assert figure(claims, "4,200").event == "employees"


def test_a_home_a_description_gave_rules_out_another_nationality(knowledge):
    claims = claims_of(
        "# Nordic utilities this week\n\n**Harrow Energy.** The Norwegian group's wind farm is budgeted at NOK 18 billion.\n\n"
        "**Velde Kraft.** The Swedish utility sold its heating unit for SEK 3.2 billion in June.\n",
        knowledge,
        path="doc.md",
    )
    assert figure(claims, "SEK 3.2 billion").subject.name == "Velde Kraft"
    homes = {c.subject.name: c.attribute.value for c in claims if c.kind == "attribute" and c.attribute.name == "country"}
    assert homes.get("Harrow Energy") == "NO" and homes.get("Velde Kraft") == "SE"


def test_a_fact_sheets_labelled_lines_are_its_companys(knowledge):
    claims = claims_of(
        "<html><head><title>Velde Kraft</title></head><body><h1>Velde Kraft at a glance</h1>"
        "<ul><li>Founded: 1954</li><li>Customers: 700,000</li><li>Employees: 2,100</li></ul></body></html>",
        knowledge,
        path="doc.html",
    )
    founded = [c for c in claims if c.kind == "attribute" and c.attribute.name == "founded"]
    assert [(c.subject.name, c.attribute.value) for c in founded] == [("Velde Kraft", "1954")]
    assert figure(claims, "700,000").subject.name == "Velde Kraft"
    assert figure(claims, "2,100").value.counted == "employees"


def test_a_quarter_without_its_year_is_the_latest_before_the_story(knowledge):
    claims = claims_of(
        "Harrow Energy profit rises\ndate: 2026-02-10\n\nHarrow Energy reported a fourth-quarter profit of NOK 2.1 billion. "
        "Its Q1 sales rose 5%.",
        knowledge,
    )
    profit = figure(claims, "NOK 2.1 billion")
    assert (profit.time.year, profit.time.month, profit.time.precision) == (2025, 10, "quarter")
    sales = figure(claims, "5%")
    assert (sales.time.year, sales.time.month) == (2026, 1)  # a quarter begun by the story's date is this year's


def test_a_commentator_and_a_verbs_own_subject_are_not_its_object(knowledge):
    claims = claims_of(
        "Velstra pays up for Tolland\n\nAnalysts at Ardley Partners think the Swiss drugmaker overpaid. "
        "Velstra agreed in October 2024 to buy the Boston company for CHF 2.6 billion.",
        knowledge,
    )
    price = figure(claims, "CHF 2.6 billion")
    assert (price.subject.name, price.object.name) == ("Velstra", "Tolland")


def test_the_event_an_announcement_tells_is_the_one_its_date_dates(knowledge):
    claims = claims_of(
        "On March 18, 2025 Velstra Pharma announced that it has completed its acquisition of Tolland Bio for CHF 2.4 billion.",
        knowledge,
    )
    assert figure(claims, "March 18, 2025").event == "completion"


def test_a_list_items_name_before_a_dash_owns_its_figure(knowledge):
    claims = claims_of("Its owners are: Kelso Group – 55%, Brenner-Vale – 40%, Tarn Capital – 5%.", knowledge)
    assert [figure(claims, s).subject.name for s in ("55%", "40%", "5%")] == ["Kelso", "Brenner-Vale", "Tarn Capital"]


# ------------------------------------------------- a fourth held-out corpus


def test_a_place_or_nationality_inside_a_count_keeps_it_and_a_name_does_not(knowledge):
    claims = claims_of(
        "Pellworth opened 45 Irish stores in 2024. Dunmore runs 9 German plants. "
        "Seven Oaks agreed a deal. The trust owns 14 Grand Hotels in Vienna.",
        knowledge,
    )
    stores = figure(claims, "45 Irish stores")
    assert (stores.value.low, stores.value.counted, stores.event) == (45, "stores", "stores open")
    assert figure(claims, "9 German plants").value.counted == "plants"
    assert not [c for c in claims if c.evidence.text.startswith(("Seven Oaks", "14 Grand"))]


def test_what_a_tonnage_is_of_stops_before_a_time(knowledge):
    claims = claims_of("Fenwick Zinc mined 82,000 tonnes of zinc ore last year and 40,000 tonnes of lead this quarter.", knowledge)
    assert figure(claims, "82,000 tonnes").value.counted == "zinc ore"
    assert figure(claims, "40,000 tonnes").value.counted == "lead"


def test_production_in_a_period_and_reserves_are_measures(knowledge):
    claims = claims_of(
        "Harrowgate Gold produced 310,000 ounces in 2024. "
        "Its mine at Ketter holds proven reserves of 2.4 million ounces. "
        "The smelter will produce 900 tonnes a day.",
        knowledge,
    )
    produced = figure(claims, "310,000 ounces")
    assert (produced.event, produced.lasts) == ("production", "periodic")
    reserves = figure(claims, "2.4 million ounces")
    assert (reserves.event, reserves.lasts) == ("reserves", "stock")
    assert figure(claims, "900 tonnes a day").event == "capacity"  # what a plant can make, not a period's output


def test_from_is_an_earlier_value_only_with_a_change_or_a_new_figure(knowledge):
    claims = claims_of(
        "Brackley Foods now trades from 280 shops. "
        "Its profit rose to £88 million from £71 million. "
        "Margins fell from 9% to 7%. "
        "Delegates from 30 countries attended. "
        "Sales reached a high of £1.4 billion, from £1.2 billion a year before.",
        knowledge,
    )
    assert figure(claims, "280 shops").role is None
    assert figure(claims, "£71 million").role == "previous"
    assert figure(claims, "£88 million").role is None
    assert figure(claims, "9%").role == "previous"
    assert figure(claims, "30 countries").role is None
    assert figure(claims, "£1.2 billion").role == "previous"


def test_a_possessive_year_dates_its_own_noun_phrase_not_the_sentence(knowledge):
    claims = claims_of(
        "---\ndate: 2025-09-10\n---\n"
        "Brisco's $900 million offer values Lantern at eight times next year's earnings.\n\n"
        "Last year's revenue of $4 billion beat forecasts.\n\n"
        "Trade grew from $2 billion in the early 1990's to $9 billion.\n",
        knowledge,
        path="doc.md",
    )
    assert (figure(claims, "$900 million").time.year, figure(claims, "$900 million").time.source) == (2025, "metadata")
    assert (figure(claims, "$4 billion").time.year, figure(claims, "$4 billion").time.source) == (2024, "sentence")
    assert figure(claims, "$2 billion").time.year == 1990


def test_a_teller_owns_what_its_own_its_names(knowledge):
    claims = claims_of(
        "Pellow Foods said its new £180 million plant in Leeds would open in May. "
        "Sales at Pellow rose to £2 billion, said its chief executive, Ann Vale.",
        knowledge,
    )
    plant = figure(claims, "£180 million")
    assert (plant.subject.name, plant.event) == ("Pellow Foods", "cost")


def test_a_label_and_value_table_under_a_header_that_names_nothing(knowledge):
    claims = claims_of(
        "<html><head><title>Corvane at a glance</title></head><body><h1>Corvane at a glance</h1>"
        "<p>Corvane builds fibre networks in rural Wales.</p><table><tr><th>Item</th><th>Value</th></tr>"
        "<tr><td>Employees</td><td>640</td></tr><tr><td>Homes passed (end of 2025)</td><td>410,000</td></tr>"
        "<tr><td>Target homes passed (2028)</td><td>1.1 million</td></tr></table></body></html>",
        knowledge,
        path="doc.html",
    )
    staff = figure(claims, "640")
    assert (staff.subject.name, staff.event, staff.role) == ("Corvane", "employees", None)
    passed = figure(claims, "410,000")
    assert (passed.value.counted, passed.time.year, passed.qualifiers.phase) == ("homes", 2025, None)
    target = figure(claims, "1.1 million")
    assert (target.value.low, target.time.year) == (1.1e6, 2028)


def test_a_publications_name_over_a_story_is_no_topic(knowledge):
    claims = claims_of(
        "---\ntitle: 'Rail Weekly: a quiet month'\ndate: 2026-01-28\n---\n\n# Rail Weekly\n\n"
        "Tessaro, the Milan train maker, has delivered 40 trams this year, it said. "
        "The company, which was founded in 1961, employs 2,300 people.\n",
        knowledge,
        path="doc.md",
    )
    assert figure(claims, "2,300 people").subject.name == "Tessaro"


def test_a_stocks_change_in_a_whole_year_is_that_years_flow(knowledge):
    claims = claims_of(
        "Dunford Grocers opened 30 stores last year and now runs 410 stores. "
        "The 24 stores it opened in 2025 all trade well. It closed 12 branches in March.\n\n"
        "date: 2026-05-01",
        knowledge,
    )
    opened = figure(claims, "30 stores")
    assert (opened.event, opened.lasts, opened.role) == ("stores open", "periodic", None)
    assert figure(claims, "24 stores").event == "stores open"
    assert figure(claims, "410 stores").event == "stores"
    assert figure(claims, "12 branches").role == "change"  # a month's batch, not the year's flow


def test_set_up_is_a_past_founding_and_set_to_a_plan(knowledge):
    claims = claims_of("Ardmore Labs, which was set up in 2011, is set to open a plant in 2027.", knowledge)
    dates = {c.evidence.text: c for c in claims if c.kind == "date"}
    assert (dates["2011"].event, dates["2011"].tense) == ("founding", "past")
    assert dates["2027"].tense == "future"


def test_a_description_after_a_deal_verb_is_not_the_deals_owner(knowledge):
    claims = claims_of(
        "Brisco Mining is based in Toronto. Brisco's $900 million offer for Lantern Gold values the Chilean producer at "
        "eight times its earnings.",
        knowledge,
    )
    assert not [c for c in claims if c.kind == "attribute" and c.subject and c.subject.name == "Brisco Mining" and c.attribute.value == "CL"]


def test_we_in_an_interviews_answers_is_the_one_company_it_names(knowledge):
    claims = claims_of(
        "---\ntitle: Four questions for Mara Ekwall\ndate: 2026-03-02\n---\n\n"
        "*The Tidewell Foods chief executive on prices.*\n\n**How many shops do you run?**\n\nWe have 212 shops.\n",
        knowledge,
        path="doc.md",
    )
    assert figure(claims, "212 shops").subject.name == "Tidewell Foods"


def test_a_mines_first_output_is_its_production_start(knowledge):
    claims = claims_of(
        "The Corra mine began commercial production in 2018. Corra poured its first gold in 2020.", knowledge
    )
    assert {c.evidence.text: c.event for c in claims if c.kind == "date"} == {"2018": "production", "2020": "production"}


def test_a_rate_after_a_converted_sum_and_a_comparison_after_a_comma(knowledge):
    claims = claims_of(
        "Regulators imposed a fine of 90 million euros on Vesta and penalties of 2 million euros ($2.2 million) a day. "
        "Vesta reported sales of €4.1 billion for the year, against €3.9 billion a year earlier.",
        knowledge,
    )
    assert figure(claims, "2 million euros").qualifiers.per == "day"
    assert figure(claims, "€4.1 billion").role is None
    assert figure(claims, "€3.9 billion").role == "previous"


def test_a_story_may_describe_a_company_before_it_names_it(knowledge):
    claims = claims_of(
        "The Lyon start-up behind a fleet of delivery drones closed a $48 million Series B in May. "
        "The company, Skyvale, says the money will pay for 300 more drones.",
        knowledge,
    )
    assert figure(claims, "$48 million").subject.name == "Skyvale"


def test_who_led_a_round_and_its_month_are_no_purpose(knowledge):
    claims = claims_of(
        "Skyvale raised $48 million in a Series B round led by Orme Capital. "
        "Fernhill closed a $20 million Series A in June. Kova raised $9 million to build a factory in Lille.",
        knowledge,
    )
    assert figure(claims, "$48 million").purpose is None
    assert figure(claims, "$20 million").purpose is None
    assert figure(claims, "$9 million").purpose == "build a factory in Lille"


def test_a_table_of_years_is_one_series_measured_by_its_trigger(knowledge):
    claims = claims_of(
        "# Corvo Bikes\n\nCorvo Bikes makes cargo bikes in Ghent.\n\n"
        "| Year | Deliveries |\n|------|-----------|\n| 2023 | 12,400 |\n| 2024 | 15,100 |\n",
        knowledge,
        path="doc.md",
    )
    delivered = figure(claims, "15,100")
    assert (delivered.subject.name, delivered.event, delivered.role, delivered.time.year) == ("Corvo Bikes", "deliveries", None, 2024)


def test_a_per_unit_price_is_no_item_of_a_list_of_totals(knowledge):
    claims = claims_of("Brisco agreed to buy Lantern Gold for $900 million, or $4.20 per share.", knowledge)
    assert figure(claims, "$900 million").role is None


def test_a_sports_title_makes_a_person(knowledge):
    claims = claims_of(
        "Dunmore Rovers signed striker Tomas Revik for £12 million. The club, founded in 1889, plays at Mill Lane.",
        knowledge,
    )
    founded = [c for c in claims if c.kind == "date" and c.event == "founding"]
    assert [c.subject.name for c in founded] == ["Dunmore Rovers"]


def test_a_sale_told_by_the_seller_is_its_price(knowledge):
    claims = claims_of(
        "Ostrava Power agreed to sell its gas grid to Pellam Capital for CZK 9 billion. "
        "Ostrava Power sold its heating unit for CZK 2.4 billion in 2024.",
        knowledge,
    )
    assert figure(claims, "CZK 9 billion").event == "price"
    assert figure(claims, "CZK 2.4 billion").event == "price"


def test_a_rank_before_a_first_name_makes_a_person_and_not_before_another_word(knowledge):
    from auditor.document import build_model

    model = build_model(
        parse_document("doc.txt", b"Admiral James Harlow said the navy would order 6 frigates. General Motors will cut 2,000 jobs."),
        knowledge,
    )
    kinds = {e.name: e.kind for e in model.entities}
    assert kinds["Admiral James Harlow"] == "person"
    assert kinds["General Motors"] != "person"


def test_a_timelines_verbs_are_no_names_and_a_fronted_owner_is_the_clauses_subject(knowledge):
    from auditor.document import build_model

    model = build_model(
        parse_document(
            "doc.md",
            b"# Tessaly Foods, a short history\n\n- 2009 \xe2\x80\x93 Founded in Lyon.\n- 2015 \xe2\x80\x93 Acquired Brisk Dairies.\n\n"
            b"Orvell Bank lent it money. Since its 2015 listing, Tessaly Foods has doubled its sales.\n",
        ),
        knowledge,
    )
    names = {e.name for e in model.entities}
    assert "Founded" not in names and "Acquired" not in names
    since = next(s for s in model.sentences if s.span.text.startswith("Since"))
    owner = next(r for r in since.references if r.surface == "its" and r.start < 10)
    assert model.entities[owner.entity].name == "Tessaly Foods"


def test_a_capitalised_the_after_a_blank_ends_a_name(knowledge):
    from auditor.document import build_model

    model = build_model(
        parse_document("doc.txt", b"Ratings fell at British lender Harwick HWK The bank's shares lost 4%. The Bank of The West was unaffected."),
        knowledge,
    )
    names = {e.name for e in model.entities}
    assert not any(name.endswith(" The") for name in names), names
    assert "Bank of The West" in names


def test_a_name_before_a_persons_title_is_whose_the_person_is(knowledge):
    claims = claims_of(
        "Orme Capital analyst Dana Pike expects Brisco's fuel bill to rise to $2.4 billion this year.", knowledge
    )
    bill = figure(claims, "$2.4 billion")
    assert bill.subject is None or bill.subject.name != "Orme Capital"


# ------------------------------------------------------------------ round 7: a shipping, airline and studio corpus


def test_a_currency_code_is_read_as_money_and_never_a_subject(knowledge):
    claims = claims_of("Kestrel Bank earned ISK 24,766 million, up from ISK 6,500 million.", knowledge)
    money = figure(claims, "ISK 24,766 million")
    assert (money.value.unit, money.subject.name) == ("ISK", "Kestrel Bank")
    assert all(c.subject is None or c.subject.name != "ISK" for c in claims)


def test_all_opens_a_name_inside_a_sentence_but_not_at_its_start(knowledge):
    claims = claims_of("Its first customer, All Nippon Airways, receives the jet in May 2008.", knowledge)
    assert figure(claims, "May 2008").subject.name == "All Nippon Airways"
    claims = claims_of("All Harlow Air flights were cancelled in May 2008.", knowledge)
    assert figure(claims, "May 2008").subject.name == "Harlow Air"


def test_a_nationality_before_a_plain_plural_describes_the_plural(knowledge):
    claims = claims_of("Danish voters rejected the Lisbon Accord in 1992.", knowledge)
    assert not [c for c in claims if c.kind == "attribute"]
    claims = claims_of("Swiss drugs giant Novaris raised its forecast.", knowledge)
    (country,) = [c for c in claims if c.kind == "attribute"]
    assert (country.subject.name, country.attribute.value) == ("Novaris", "CH")


def test_a_name_after_a_speaker_verb_with_its_own_verb_is_the_told_clauses_subject(knowledge):
    claims = claims_of("Britain says Iceland should pay out up to €20,887 of each saver's money.", knowledge)
    assert figure(claims, "up to €20,887").subject.name == "Iceland"
    claims = claims_of("Revenue was $4 billion, said Kessmar on Tuesday.", knowledge)
    assert figure(claims, "$4 billion").subject is None


def test_a_title_of_an_organisation_before_a_person_is_neither_party(knowledge):
    claims = claims_of(
        "United States Secretary of Defense Donald Ramsay announced the closure of 33 military bases.", knowledge
    )
    assert figure(claims, "33 military bases").subject is None


def test_the_writer_of_a_document_is_a_person_not_its_topic(knowledge):
    text = (
        "---\ntitle: Castelmar cannot live on one customer\nauthor: Inês Barroca\n---\n"
        "Inês Barroca writes on maritime policy. Tagusline Shipping opened its hub here in 2019, "
        "and the Lisbon-based group now runs more than 90 vessels.\n"
    )
    claims = claims_of(text, knowledge, "oped.md")
    assert figure(claims, "more than 90 vessels").subject.name == "Tagusline Shipping"


def test_a_title_as_predicate_makes_a_person(knowledge):
    claims = claims_of(
        "Fjordwing Air was founded in 1997. Sigrid Holmvik has been its chief executive since 2019. "
        "It flies 38 routes.",
        knowledge,
    )
    assert figure(claims, "38 routes").subject.name == "Fjordwing Air"


def test_a_label_before_a_figure_names_its_measure(knowledge):
    text = "# Key facts\n\n- **Owner:** Veridia Baltic\n- **Investment:** EUR 680 million\n"
    assert figure(claims_of(text, knowledge, "facts.md"), "EUR 680 million").event == "investment"


def test_a_sentence_opening_on_an_event_phrase_names_no_one(knowledge):
    claims = claims_of("Ground was broken in October 2023. The plant opened in 2025.", knowledge)
    assert figure(claims, "October 2023").event == "construction"
    assert all(c.subject is None for c in claims)


def test_the_title_opening_on_one_of_several_names_is_the_topic(knowledge):
    text = (
        "Tagusline buys into Rotterdam's Delta Quay\n\n"
        "Tagusline Shipping will buy a stake in Delta Quay Terminal. We expect to carry 1.5 million TEU next year.\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "1.5 million TEU").subject.name == "Tagusline Shipping"


def test_a_title_in_capitals_names_the_letters_writer(knowledge):
    text = "FJORDWING GROUP ASA\n\nDear shareholders,\n\nWe now fly more than 40 routes from our bases.\n"
    assert figure(claims_of(text, knowledge), "more than 40 routes").subject.name.casefold() == "fjordwing"


def test_a_byline_names_a_person_but_a_heading_with_by_does_not(knowledge):
    text = "Abuses by Korvane Textiles\n\nKorvane Textiles employs 300 workers in Izmir.\n"
    assert figure(claims_of(text, knowledge), "300 workers").subject.name == "Korvane Textiles"
    text = "Interview by Jonas Eide\n\nJonas Eide met the board. Harlow Air flies 38 routes.\n"
    assert figure(claims_of(text, knowledge), "38 routes").subject.name == "Harlow Air"


def test_a_flow_over_part_of_a_year_says_which_part(knowledge):
    claims = claims_of(
        "Harlow Air said revenue for the quarter was EUR 312 million. Its revenue in the first half was "
        "EUR 590 million. Harlow Air's revenue in 2024 was EUR 1.2 billion.",
        knowledge,
    )
    assert figure(claims, "EUR 312 million").qualifiers.period == "quarter"
    assert figure(claims, "EUR 590 million").qualifiers.period == "half"
    assert figure(claims, "EUR 1.2 billion").qualifiers.period is None


def test_a_quarters_flow_is_never_the_same_fact_as_an_undivided_one(tmp_path):
    from click.testing import CliRunner

    from auditor.cli import main

    (tmp_path / "a.txt").write_text("Harlow Air said its revenue for the quarter was EUR 312 million.\n")
    (tmp_path / "b.txt").write_text("Harlow Air's revenue was EUR 1.2 billion, the airline said.\n")
    (tmp_path / "c.txt").write_text("Harlow Air's revenue was EUR 1.4 billion, it said.\n")
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "json", "--no-cache", "--fail-on", "never"])
    import json

    findings = json.loads(result.output)["findings"]
    quoted = sorted({e["text"] for f in findings for e in f["evidence"]})
    assert quoted == ["EUR 1.2 billion", "EUR 1.4 billion"]


def test_a_parts_word_before_its_wholes_figure_is_no_phase(knowledge):
    claims = claims_of(
        "Capex includes the first instalment on the USD 1.2 billion order for six ships. "
        "Harlow Air drew the first tranche of $500 million in May.",
        knowledge,
    )
    assert figure(claims, "USD 1.2 billion").qualifiers.phase is None
    assert figure(claims, "$500 million").qualifiers.phase is not None


def test_a_given_name_after_a_title_makes_a_person(knowledge):
    claims = claims_of("Chief executive Per Ulvestad signed the NOK 1.1bn sale-and-leaseback in 2024.", knowledge)
    assert all(c.subject is None or c.subject.name != "Ulvestad" for c in claims)


def test_a_letters_date_line_dates_its_relative_months(knowledge):
    text = "HARLOW AIR ASA\n\nBergen, 14 March 2025\n\nDear shareholders,\n\nWe took delivery of our first jet in January.\n"
    (delivery,) = [c for c in claims_of(text, knowledge) if c.evidence.text == "January"]
    assert (delivery.event, delivery.time.year, delivery.time.month) == ("delivery", 2025, 1)


def test_a_relative_clause_keeps_its_own_time(knowledge):
    claims = claims_of(
        "---\ndate: 2025-05-04\n---\nThe carrier, which operates 84 vessels, moved 1.42 million TEU last year.\n",
        knowledge,
        "wire.md",
    )
    assert figure(claims, "84 vessels").time is None or figure(claims, "84 vessels").time.source != "sentence"
    assert figure(claims, "1.42 million TEU").time.year == 2024


def test_a_nested_list_item_is_about_its_parent_items_name(knowledge):
    text = (
        "# Weekly\n\n"
        "- **Harlow Air** published its traffic figures on Monday.\n"
        "  - **Passengers:** 3.35 million, up on the year.\n"
        "  - **Network:** 44 routes.\n"
        "- **Kestrel Leasing** says turboprops pay.\n"
        "  - **Yields:** lease rates rose about 7%.\n\n"
        "A paragraph ends the list: 12 routes were added.\n"
    )
    claims = claims_of(text, knowledge, "weekly.md")
    assert figure(claims, "3.35 million").subject.name == "Harlow Air"
    assert figure(claims, "44 routes").subject.name == "Harlow Air"
    assert figure(claims, "about 7%").subject.name == "Kestrel Leasing"
    assert figure(claims, "12 routes").subject is None


def test_a_month_alone_in_a_clause_about_what_is_to_come_is_the_next_one(knowledge):
    text = "---\ndate: 2026-02-12\n---\nBaltic Hop plans to launch in May. Its rival opened in May.\n"
    dates = [c for c in claims_of(text, knowledge, "a.md") if c.evidence.text == "May"]
    assert sorted(c.time.year for c in dates) == [2025, 2026]


def test_a_name_left_out_of_a_count_is_not_its_party(knowledge):
    claims = claims_of("The four largest chains (excluding Harlow Pizza) now have over 90 outlets in Ireland.", knowledge)
    assert figure(claims, "over 90 outlets").subject is None


def test_a_transcripts_speakers_are_people_and_their_we_is_the_company(knowledge):
    text = (
        "---\ntitle: \"Harlow Air full-year call\"\ndate: 2025-03-01\n---\n"
        "SIGRUN VAAGE: Welcome. With me is the chief executive.\n\n"
        "TORMOD BLIX: Thanks. We now fly 44 routes.\n\n"
        "SIGRUN VAAGE: And the fleet?\n\n"
        "TORMOD BLIX: Harlow Air has 30 aircraft, and we will add four.\n"
    )
    claims = claims_of(text, knowledge, "call.md")
    assert figure(claims, "30 aircraft").subject.name == "Harlow Air"
    assert all(c.subject is None or c.subject.name not in ("TORMOD BLIX", "SIGRUN VAAGE") for c in claims)


def test_the_publication_in_the_front_matter_is_no_party(knowledge):
    text = (
        "---\ntitle: \"Fell Notes #12: Kestrel Airport's new terminal\"\nshow: Fell Notes, a local podcast\n---\n"
        "Fell Notes is back. The terminal cost GBP 42 million.\n"
    )
    claims = claims_of(text, knowledge, "show.md")
    assert all(c.subject is None or c.subject.name != "Fell Notes" for c in claims)


def test_a_balance_date_is_no_stated_present(knowledge):
    claims = claims_of("As of December 31, 2024, Harlow Re had 6,874 employees. As of 2024, it had 12 ships.", knowledge)
    events = {c.evidence.text: c.event for c in claims if c.kind == "date"}
    assert events["December 31, 2024"] == "dated" and events["2024"] == "as-of"


def test_initials_defined_for_a_measure_are_no_name(knowledge):
    claims = claims_of('Harlow Re said net written premiums ("NWP") rose to $6.31 billion. NWP grew 7%.', knowledge)
    assert all(c.subject is None or c.subject.name != "NWP" for c in claims)
    assert figure(claims, "$6.31 billion").event == "net-premiums"


def test_a_filings_defined_company_is_its_topic(knowledge):
    text = (
        "FORM 8-K, CURRENT REPORT\n\n"
        'On February 13, 2025, Harlow Re Holdings, Inc. (the "Company") announced its results.\n'
        "  - Gross written premiums of $7.42 billion.\n"
    )
    assert figure(claims_of(text, knowledge), "$7.42 billion").subject.name.casefold() == "harlow re"


def test_figures_side_by_side_in_a_plain_text_table_are_columns(knowledge):
    text = (
        "Harlow Re results\n\nHarlow Re said its combined ratio was 94.5% in 2024.\n\n"
        "                     FY2024    FY2023\n"
        "  Combined ratio      94.5%     96.1%\n"
    )
    claims = claims_of(text, knowledge)
    columns = sorted(c.qualifiers.phase for c in claims if c.evidence.text in ("96.1%",) and c.qualifiers)
    assert columns == ["column 2"]


def test_initials_written_with_an_ampersand_are_the_names(knowledge):
    claims = claims_of("Hartley & Vane opened a store in Leeds. H&V now has 186 stores.", knowledge)
    assert figure(claims, "186 stores").subject.name == "Hartley & Vane"


def test_a_count_said_to_be_weekly_is_per_week(knowledge):
    claims = claims_of("Corran Airways runs six weekly flights to Amsterdam.", knowledge)
    flights = figure(claims, "six weekly flights")
    assert (flights.event, flights.qualifiers.per) == ("flight", "week")


def test_a_deed_done_to_many_things_is_no_one_off_event(knowledge):
    text = "---\ndate: 2025-05-01\n---\nLast year Harlow Retail opened nine new shops. The Leeds store opened in 2019.\n"
    events = {c.evidence.text: c.event for c in claims_of(text, knowledge, "a.md") if c.kind == "date"}
    assert events["Last year"] == "dated" and events["2019"] == "opening"


def test_the_outlet_in_a_questions_label_is_no_party(knowledge):
    text = (
        "HARLOW SAT S.A. - RESULTS PRESS CONFERENCE\n\n"
        "Q (Pierre Hammes, Luxembourg Business Daily): The EUR 1.2 billion order was a big bet. Is it paying off?\n\n"
        "Q (Lena Voss, Moselle Review): And the ships?\n"
    )
    claims = claims_of(text, knowledge)
    assert all(c.subject is None or "Daily" not in c.subject.name for c in claims)


def _findings_of(tmp_path, documents: dict[str, str]) -> list[dict]:
    import json

    from click.testing import CliRunner

    from auditor.cli import main

    for name, text in documents.items():
        (tmp_path / name).write_text(text)
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "json", "--no-cache", "--fail-on", "never"])
    return json.loads(result.output)["findings"]


def test_a_past_deed_told_undated_in_next_years_story_is_the_dated_deed(tmp_path):
    dated = "---\ndate: 2024-05-02\n---\nBrakstad Lines ordered nine container ships from Kelmar Yards in March 2024.\n"
    told = "---\ndate: 2025-06-10\n---\nBrakstad Lines took delivery of the first of 11 ships it ordered from Kelmar Yards.\n"
    findings = _findings_of(tmp_path, {"a.md": dated, "b.md": told})
    assert [sorted(e["text"] for e in f["evidence"]) for f in findings] == [["11 ships", "nine container ships"]]
    # Told three years on, an undated order may be another order.
    (tmp_path / "b.md").write_text(told.replace("2025-06-10", "2027-06-10"))
    assert _findings_of(tmp_path, {}) == []


def test_a_supplier_named_for_its_trade_is_no_place_of_a_count(knowledge):
    claims = claims_of("Brakstad Lines ordered nine ships from Kelmar Yards in March 2024.", knowledge)
    assert figure(claims, "nine ships").qualifiers.place is None
    claims = claims_of("Brakstad Lines runs 12 routes from Bergen.", knowledge)
    assert figure(claims, "12 routes").qualifiers.place == "Bergen"


# ------------------------------------------------------------------ a company's own documents


def test_a_press_release_s_source_is_its_issuer_and_its_we(knowledge):
    release = (
        "---\ntitle: Quarterly update\ndate: 2025-05-02\nsource: Orvella Foods, press release\n---\n\n"
        "Orvella Foods and Brandt Mills renewed their flour contract. Our bakeries sold 41,000 tonnes of bread in the quarter.\n"
    )
    claims = claims_of(release, knowledge, "release.md")
    assert figure(claims, "41,000 tonnes").subject.name == "Orvella Foods"


def test_an_issuer_the_text_never_names_is_still_its_we(knowledge):
    report = (
        "---\ntitle: Annual report 2024 (excerpt)\ndate: 2025-03-01\nsource: Pellworth Minerals plc\n---\n\n"
        "Group zinc production rose 4% to 212,000 tonnes in 2024 and we paid a dividend.\n"
    )
    claims = claims_of(report, knowledge, "report.md")
    assert figure(claims, "212,000 tonnes").subject.name == "Pellworth Minerals"


def test_a_newsletter_named_as_source_stays_an_outlet(knowledge):
    digest = (
        "---\ntitle: Harbour Freight Weekly\ndate: 2025-03-01\nsource: Harbour Freight Weekly newsletter\n---\n\n"
        "Kestrel Ports handled 2.1 million containers last year.\n\nVolumes rose 3% to 800,000 tonnes.\n"
    )
    claims = claims_of(digest, knowledge, "digest.md")
    assert figure(claims, "2.1 million containers").subject.name == "Kestrel Ports"
    assert all(c.subject is None or "Harbour" not in c.subject.name for c in claims)


def test_a_table_takes_its_unit_from_its_corner_or_its_row_label(knowledge):
    report = (
        "---\ntitle: Pellworth Minerals annual report\n---\n\n"
        "| USD million | 2024 | 2023 |\n|---|---|---|\n| Revenue | 4,870 | 4,370 |\n| Net profit | 655 | 540 |\n\n"
        "| Key figures | 2024 | 2023 |\n|---|---|---|\n| Sales, EUR m | 1,940 | 2,080 |\n| Employees at year end | 2,400 | 2,350 |\n"
    )
    claims = claims_of(report, knowledge, "report.md")
    revenue = figure(claims, "4,870")
    assert (revenue.value.unit, revenue.value.value, revenue.event, revenue.time.year) == ("USD", 4.87e9, "revenue", 2024)
    # Line items with no "Total" row below are measures of their own, not parts of a whole.
    assert revenue.role is None and figure(claims, "655").role is None
    assert revenue.qualifiers.phase is None  # a unit in the corner tells no table's share
    sales = figure(claims, "1,940")
    assert (sales.value.unit, sales.value.value) == ("EUR", 1.94e9)
    staff = figure(claims, "2,400")
    assert (staff.value.counted, staff.event) == ("employees", "employees")


def test_a_corner_naming_the_measure_and_unit_reads_the_rows_and_their_total(knowledge):
    report = (
        "---\ntitle: Pellworth Minerals annual report\n---\n\n"
        "Group zinc production was 215,000 tonnes in 2024.\n\n"
        "| Zinc production, kt | 2024 | 2023 |\n|---|---|---|\n| Varde mine | 140.0 | 131.5 |\n| Skorr mine | 72.0 | 70.5 |\n"
        "| Group total | 212.0 | 202.0 |\n"
    )
    claims = claims_of(report, knowledge, "report.md")
    total = figure(claims, "212.0")
    assert (total.value.value, total.event, total.subject.name, total.qualifiers.phase) == (212e6, "production", "Pellworth Minerals", None)


def test_a_fleet_s_kinds_are_counted_apart(knowledge):
    claims = claims_of("Orvella Transit runs 620 buses and, since 2019, 240 trams on 12 lines.", knowledge)
    assert figure(claims, "620 buses").event != figure(claims, "240 trams").event


def test_a_date_of_the_figure_compared_with_does_not_date_the_figure(knowledge):
    claims = claims_of(
        "Orvella Foods said its bakeries sold 41,000 tonnes of bread, up from 39,000 tonnes in 2023.",
        knowledge,
    )
    assert figure(claims, "39,000 tonnes").time.year == 2023
    now = figure(claims, "41,000 tonnes").time
    assert now is None or now.year != 2023


def test_a_sentence_opening_on_its_own_measure_capitalised_is_the_document_s_organisation_s(knowledge):
    text = "Orvella Foods: results\n\nOrvella Foods reported a good year.\n\nGroup bread production rose to 41,000 tonnes, and we cut costs.\n"
    claims = claims_of(text, knowledge)
    assert figure(claims, "41,000 tonnes").subject.name == "Orvella Foods"


def test_a_fact_sheet_label_names_its_bare_count_and_dates_it(knowledge):
    sheet = (
        "# Orvella Transit: fact sheet 2025\n\n"
        "- **Journeys in 2024:** 167 million (2023: 158 million)\n"
        "- **Bus fleet:** 145 electric buses ordered from Brandt Motors for SEK 870 million in May 2025\n"
    )
    claims = claims_of(sheet, knowledge, "sheet.md")
    journeys = figure(claims, "167 million")
    assert (journeys.value.counted, journeys.event, journeys.time.year) == ("journeys", "passengers", 2024)
    assert journeys.subject.name == "Orvella Transit"
    order = figure(claims, "SEK 870 million")
    assert order.subject.name == "Orvella Transit" and order.object.name == "Brandt Motors"


def test_a_month_of_last_year_under_a_byline_s_date_is_dated(knowledge):
    story = (
        "Brandt Mills opens a new silo\n\nBy Ola Berg, Vestby Tidende, 3 June 2025\n\n"
        "Brandt Mills completed its purchase of Kvern Foods in October last year, the company said.\n"
    )
    claims = claims_of(story, knowledge)
    (done,) = [c for c in claims if c.kind == "date" and c.event == "completion"]
    assert (done.time.year, done.time.month, done.evidence.text) == (2024, 10, "October last year")


def test_a_sale_that_closed_is_completed(knowledge):
    claims = claims_of("The stake sale closed in September 2024, Brandt Mills said.", knowledge)
    (done,) = [c for c in claims if c.kind == "date"]
    assert done.event == "completion"


def test_a_key_facts_label_names_its_date_s_event(knowledge):
    page = "# Brandt Mills\n\nBrandt Mills runs three flour mills.\n\n- Groundbreaking: June 2023\n- Staff: 320\n"
    claims = claims_of(page, knowledge, "page.md")
    (started,) = [c for c in claims if c.kind == "date" and c.evidence.text == "June 2023"]
    assert (started.event, started.subject.name) == ("construction", "Brandt Mills")


def test_a_column_header_that_is_a_unit_gives_its_cells_their_unit(knowledge):
    page = (
        "# Brandt Mills: financing\n\nBrandt Mills is building a new mill.\n\n"
        "| Source | DKK bn |\n|---|---|\n| Construction loan | 1.9 |\n| Equity | 0.8 |\n"
    )
    claims = claims_of(page, knowledge, "page.md")
    loan = figure(claims, "1.9")
    assert (loan.kind, loan.value.unit, loan.value.value) == ("money", "DKK", 1.9e9)


def test_a_digest_s_capitals_lead_in_names_the_company_by_its_opening_words(knowledge):
    digest = (
        "FOOD DIGEST - Friday 17 October 2025\n\n"
        "BRANDT VOTE: The board will put a new share scheme to its 2,900 members.\n\n"
        "PRICES: Brandt will pay 45.0 cent per litre for September milk.\n\n"
        "KVERN MILLS: Wexford-based Kvern Mills Group has started building a EUR 190 million plant.\n"
    )
    claims = claims_of(digest, knowledge)
    assert figure(claims, "2,900 members").subject.name == "Brandt"
    assert figure(claims, "45.0 cent per litre").subject.name == "Brandt"
    assert figure(claims, "EUR 190 million").subject.name.startswith("Kvern Mills")


def test_in_a_company_s_own_release_its_people_speak_for_it_in_quotations(knowledge):
    body = (
        "Orvella Foods and Brandt Mills renewed their flour contract.\n\n"
        '"Bread is everything we sell, to our 2.3 million customers," said chief executive Ana Lund.\n'
    )
    release = "---\ntitle: Contract renewed\nsource: Orvella Foods, press release\n---\n\n" + body
    assert figure(claims_of(release, knowledge, "release.md"), "2.3 million customers").subject.name == "Orvella Foods"
    # In a story by an outlet, a speaker's "our" is the speaker's business, which the text does not name.
    story = "---\ntitle: Contract renewed\nsource: Bakers Weekly\n---\n\n" + body
    subject = figure(claims_of(story, knowledge, "story.md"), "2.3 million customers").subject
    assert subject is None or subject.name != "Brandt Mills"


def test_a_price_told_in_a_description_of_the_target_is_the_buyer_s(knowledge):
    claims = claims_of(
        "Orvella Foods had a good year.\n\nKvern Bakery, the Danish baker Orvella Foods bought for EUR 72 million in 2022, grew by 9%.\n",
        knowledge,
    )
    price = figure(claims, "EUR 72 million")
    assert (price.event, price.subject.name, price.object.name) == ("acquisition", "Orvella Foods", "Kvern Bakery")
    report = "---\ntitle: Orvella Foods annual review\n---\n\nKvern Bakery, the baker we acquired for EUR 72 million in 2022, grew by 9%.\n"
    price = figure(claims_of(report, knowledge, "review.md"), "EUR 72 million")
    assert (price.subject.name, price.object.name) == ("Orvella Foods", "Kvern Bakery")


def test_a_price_in_a_which_clause_on_the_target_is_the_buyer_s(knowledge):
    claims = claims_of("Orvella Foods sold Brandt Mills, which it bought for EUR 50 million in 2019, to Kvern Group.", knowledge)
    price = figure(claims, "EUR 50 million")
    assert (price.event, price.subject.name, price.object.name) == ("acquisition", "Orvella Foods", "Brandt Mills")


def test_a_named_part_after_its_owner_s_pronoun_is_the_subject(knowledge):
    claims = claims_of(
        "Orvella Group said that its bakery subsidiary, Kvern Bakery, had opened 42 stores by June.\n\n"
        "Orvella Group said its new depot had cost EUR 40 million.\n",
        knowledge,
    )
    assert figure(claims, "42 stores").subject.name == "Kvern Bakery"
    assert figure(claims, "EUR 40 million").subject.name.startswith("Orvella")  # "Group" is a suffix folded away


def test_a_nationality_in_a_description_after_a_purchase_states_no_home(knowledge):
    claims = claims_of(
        "Orvella Foods, which completed its purchase of Kvern Pizza in April, reported sales of PLN 2.7 billion. "
        "The Danish business cost it about EUR 160 million.",
        knowledge,
    )
    assert not [c for c in claims if c.kind == "attribute" and c.attribute.name == "country"]
    claims = claims_of("Orvella Foods reported sales of PLN 2.7 billion. The Polish group also cut costs.", knowledge)
    assert [(c.subject.name, c.attribute.value) for c in claims if c.kind == "attribute"] == [("Orvella Foods", "PL")]


def test_a_name_never_runs_across_a_markdown_line_break(knowledge):
    release = "**About Orvella Foods**  \nOrvella Foods, founded in Poznan in 1994, operates 11 factories.\n"
    claims = claims_of(release, knowledge, "release.md")
    assert figure(claims, "11 factories").subject.name == "Orvella Foods"


def test_a_press_office_as_source_is_the_issuer_not_an_outlet(knowledge):
    release = (
        "---\ntitle: Orvella Foods breaks ground on Wrzesnia plant\nsource: Orvella Foods press office\n---\n\n"
        "Orvella Foods today broke ground on a plant in Wrzesnia. It operates 11 factories.\n"
    )
    assert figure(claims_of(release, knowledge, "release.md"), "11 factories").subject.name == "Orvella Foods"


def test_an_interviewer_s_initials_asking_the_questions_are_the_outlet(knowledge):
    interview = (
        "*Bakery Trade Monthly, October 2025. Ana Lund has run Orvella Foods since 2019.*\n\n"
        "**BTM: The company was founded by your father in 1983. What would he say?**\n\n"
        "AL: He would ask about the spreadsheets.\n\n"
        "**BTM: How many bakeries do you run?**\n\nAL: We run 42 bakeries.\n"
    )
    claims = claims_of(interview, knowledge, "interview.md")
    (founded,) = [c for c in claims if c.kind == "date" and c.event == "founding"]
    assert founded.subject.name == "Orvella Foods"


def test_an_event_dated_by_its_dateline_s_weekday_is_quoted_at_the_weekday(knowledge):
    wire = "ODENSE, Denmark, Jan 22, 2025 (Nordic Wire) - Orvella Foods agreed on Wednesday to buy Kvern Pizza for EUR 160 million.\n"
    dated = [c for c in claims_of(wire, knowledge) if c.kind == "date"]
    assert [(c.evidence.text, c.time.year, c.time.month, c.time.day, c.event) for c in dated] == [
        ("on Wednesday", 2025, 1, 22, "announcement")
    ]


def test_a_nationality_before_a_name_that_opens_a_clause_is_the_noun_s(knowledge):
    claims = claims_of("Production of Kvern cat treats, the British brand Orvella bought last year, will move to Poland.", knowledge)
    assert not [c for c in claims if c.kind == "attribute" and c.subject.name == "Orvella"]
    claims = claims_of("Israeli AI startup Illumex raised $13 million.", knowledge)
    assert [(c.subject.name, c.attribute.value) for c in claims if c.kind == "attribute"] == [("Illumex", "IL")]


def test_currencies_written_as_wire_services_write_them_are_money(knowledge):
    claims = claims_of("Skarvik Seafarms sold the stake for 350 million Norwegian crowns, and Brandt paid 2.7 billion zlotys.", knowledge)
    assert (figure(claims, "350 million Norwegian crowns").value.unit, figure(claims, "2.7 billion zlotys").value.unit) == ("NOK", "PLN")


def test_a_release_by_its_type_field_is_its_topic_s_own_and_a_lost_suffix_stop_is_folded(knowledge):
    release = (
        "---\ntitle: Orvella Data signs a green loan\ntype: press release\n---\n\n"
        "Orvella Data and Brandt Bank signed a EUR 450 million loan.\n\n"
        '"The 58 MW we run today is sold out," said chief executive Ana Lund.\n\n'
        "About the company: the operator is Orvella Data B.V.\n"
    )
    claims = claims_of(release, knowledge, "release.md")
    assert figure(claims, "58 MW").subject.name == "Orvella Data"


def test_a_heading_that_is_only_a_name_names_the_page_when_other_headings_are_in_sentence_case(knowledge):
    page = (
        "<html><head><title>Ruta Costera Norte | Project fact sheet</title></head><body>"
        "<h1>Ruta Costera Norte</h1><p>A tolled road along the coast, run under a concession.</p>"
        "<h2>Key facts</h2><p><strong>Total investment:</strong> USD 1.4 billion.</p></body></html>"
    )
    claims = claims_of(page, knowledge, "page.html")
    assert figure(claims, "USD 1.4 billion").subject.name == "Ruta Costera Norte"
    # A headline in title case is no name: every word is capitalised there.
    story = "# Kelso Group Raises Its Offer Again\n\nThe bidder now offers $2 billion for Arlo Mills.\n"
    assert not [c for c in claims_of(story, knowledge, "story.md") if c.subject and c.subject.name.startswith("Kelso Group Raises")]


def test_a_whole_told_before_the_pieces_it_is_funded_by_is_no_piece(knowledge):
    claims = claims_of("Kelso Group put the cost at EUR 900 million, financed with EUR 600 million of loans and EUR 300 million of equity.", knowledge)
    assert figure(claims, "EUR 900 million").role is None
    assert figure(claims, "EUR 600 million").role == "part"


def test_a_sentence_opening_on_a_measure_goes_on_telling_of_the_company_of_the_one_before(knowledge):
    claims = claims_of(
        "Harlow Pictures said revenue for the quarter was GBP 300 million. Operating profit was GBP 40 million. "
        "Headcount ended the quarter at 1,700 employees, including the Kestrel team in Bristol.",
        knowledge,
    )
    assert figure(claims, "GBP 40 million").subject.name == "Harlow Pictures"
    assert figure(claims, "1,700 employees").subject.name == "Harlow Pictures"
    # A source named before is no company whose figures go on.
    claims = claims_of("The Cycling Fund spokesman Ian Bell said Australians were buying bicycles. Sales rose nine percent in 2006.", knowledge)
    assert figure(claims, "nine percent").subject is None
    # Nor is the company of another paragraph.
    claims = claims_of("Harlow Pictures said revenue was GBP 300 million.\n\nOperating profit was GBP 40 million.\n", knowledge)
    assert figure(claims, "GBP 40 million").subject is None
    # The company itself named again in the sentence ("most of it", "Harlow
    # sells") is no other actor; another company is.
    claims = claims_of(
        "Harlow Pictures made 14 films in 2024. Revenue rose to GBP 310 million, most of it from streaming; Harlow sells "
        "its back catalogue too.", knowledge,
    )
    assert figure(claims, "GBP 310 million").subject.name == "Harlow Pictures"
    claims = claims_of(
        "Harlow Pictures made 14 films in 2024. Revenue rose to GBP 310 million, while Kestrel Studios cut its staff.", knowledge
    )
    assert figure(claims, "GBP 310 million").subject is None


def test_a_deal_named_again_after_the_lead_is_the_lead_s_opener_s(knowledge):
    lead = "LYON, May 6, 2025 (Wire) - Tollan Catering Group has won a five-year contract from Brise Council to cook school lunches.\n\n"
    claims = claims_of(lead + "The contract is worth EUR 40 million over its term.\n", knowledge)
    assert figure(claims, "EUR 40 million").subject.name == "Tollan Catering"
    # Only the lead's deal: a later paragraph's subject is not carried into another.
    claims = claims_of(
        lead + "Brise Council runs 60 schools.\n\nThe contract is worth EUR 40 million over its term.\n", knowledge
    )
    assert figure(claims, "EUR 40 million").subject is None


def test_a_noun_after_a_figure_past_a_conjunction_is_the_next_figure_s(knowledge):
    claims = claims_of("Tamar Mining's EBITDA rose to USD 1.91 billion and net profit to USD 655 million.", knowledge)
    assert (figure(claims, "USD 1.91 billion").event, figure(claims, "USD 655 million").event) == ("ebitda", "profit")
    claims = claims_of("Tamar Mining's revenue rose to USD 4 billion, while EBITDA was USD 1.9 billion.", knowledge)
    assert (figure(claims, "USD 4 billion").event, figure(claims, "USD 1.9 billion").event) == ("revenue", "ebitda")


def test_a_masthead_line_s_date_field_dates_the_story(knowledge):
    story = (
        "PLANT TAKES ON ITS 300TH WORKER\n\nLeeds Evening Post | 18 June 2025 | By Anna Wren\n\n"
        "Kelso Foods has hired its 300th worker at the Leeds bakery, two months after it opened in April.\n"
    )
    (opened,) = [c for c in claims_of(story, knowledge) if c.kind == "date" and c.event == "opening"]
    assert (opened.time.year, opened.time.month) == (2025, 4)


def test_a_date_told_by_a_weekday_under_a_dateline_shows_the_dateline_as_evidence(tmp_path):
    findings = _findings_of(
        tmp_path,
        {
            "wire.txt": "LEEDS, March 5, 2025 (Trade Wire) - Kelso Foods opened its bakery in Armley on Tuesday.\n",
            "brief.md": "---\ntitle: Bakery brief\ndate: 2025-07-01\n---\n\nKelso Foods opened its bakery in Armley in June 2025.\n",
        },
    )
    (mismatch,) = [f for f in findings if f["rule"] == "date-mismatch"]
    assert {e["text"] for e in mismatch["evidence"]} == {"on Tuesday", "March 5, 2025", "June 2025"}


def test_a_nationality_in_a_description_of_a_plant_is_where_the_plant_is(knowledge):
    page = "---\ntitle: How Tumblewick left Germany\n---\n\nTumblewick makes toys in Nuremberg. The Mexican plant is the newer bet.\n"
    assert not [c for c in claims_of(page, knowledge, "feature.md") if c.kind == "attribute"]


def test_a_year_in_a_clause_of_its_own_after_a_figure_dates_that_clause(knowledge):
    claims = claims_of(
        "LEEDS, March 4, 2025 (Wire) - Kelso Foods agreed to buy Arlo Bakeries for GBP 86 million, "
        "its biggest purchase since it took over Brandt Mills in 2022.",
        knowledge,
    )
    assert figure(claims, "GBP 86 million").time.year == 2025
    claims = claims_of("Harlow Transit's trams carried 45 million passengers, a record since the network opened in 2000.", knowledge)
    assert figure(claims, "45 million passengers").time is None or figure(claims, "45 million passengers").time.year != 2000


def test_a_place_no_list_knows_named_for_the_facility_there_is_that_facility(knowledge):
    wire = "Granvik Forest opened its new mill in Storsele, a SEK 1.9 billion project. The Storsele mill employs 110 people."
    claims = claims_of(wire, knowledge)
    # The mill is its owner's, and the sum is the mill's (its object).
    cost = figure(claims, "SEK 1.9 billion")
    assert (cost.subject.name, cost.object.name, cost.object.type, cost.event) == ("Granvik Forest", "Storsele", "facility", "cost")
    # Once the place is a site, "the group" is no longer read as the site.
    feature = (
        "Granvik Forest Group kept building.\n\nThe SEK 2.3bn mill at Storsele, which began sawing in October, is the "
        "most automated in the country. The group, which owns more than 900,000 hectares of forest, supplies its own logs."
    )
    claims = claims_of(feature, knowledge)
    assert (figure(claims, "SEK 2.3bn").subject.name, figure(claims, "SEK 2.3bn").event) == ("Storsele", "cost")
    assert figure(claims, "more than 900,000 hectares").subject.name == "Granvik Forest"
    # Facilities spread over a country name no site: "oil fields in Chad".
    claims = claims_of("Esso pumps oil from fields in Chad, which received $588 million.", knowledge)
    assert not [c for c in claims if c.subject is not None and c.subject.type == "facility"]


def test_all_of_an_owner_s_things_is_a_count_of_them_and_the_owner_s(knowledge):
    claims = claims_of("Kelso Foods makes bread. All 1,650 of our staff have a share scheme, said its chief executive.", knowledge)
    (staff,) = [c for c in claims if c.kind == "count"]
    assert (staff.value.counted, staff.value.low, staff.subject.name) == ("staff", 1650, "Kelso Foods")
    # Without "all", a number of an owner's things is some of them.
    claims = claims_of("Kelso Foods said 400 of its staff will move to Leeds.", knowledge)
    assert not [c for c in claims if c.kind == "count" and c.value.low == 400]


def test_a_piece_s_label_before_a_colon_is_no_party(knowledge):
    interview = (
        "---\ntitle: \"Q&A: Ana Lund on taking Orvella abroad\"\ndate: 2025-05-06\nsource: Devices Review\n---\n\n"
        "# Q&A: Ana Lund, chief executive, Orvella Medical\n\n*The Galway-based maker employs 1,450 people.*\n"
    )
    claims = claims_of(interview, knowledge, "interview.md")
    assert figure(claims, "1,450 people").subject.name == "Orvella Medical"


def test_a_half_year_report_s_flows_are_of_the_half_and_its_compared_figure_is_the_earlier_one(knowledge):
    release = (
        "KELSO FOODS PLC\nHalf-year results for the six months to 30 June 2025 (H1 2025)\n\n"
        "LEEDS, 24 July 2025 - Kelso Foods today reports its results for the first half of 2025.\n\n"
        "Highlights\n- Revenue of EUR 772 million, up 9.2% from EUR 707 million in H1 2024\n\n"
        'Chief executive Ana Lund said: "We finished 2024 with record revenue of EUR 1.46 billion."\n'
    )
    claims = claims_of(release, knowledge)
    now, before, year = figure(claims, "EUR 772 million"), figure(claims, "EUR 707 million"), figure(claims, "EUR 1.46 billion")
    assert (now.subject.name, now.qualifiers.period, now.time.year) == ("Kelso Foods", "half", 2025)
    assert (before.role, before.time.year, before.qualifiers.period) == ("previous", 2024, "half")
    assert year.qualifiers.period is None  # its own sentence dates a whole year


def test_a_year_in_a_relative_clause_about_another_figure_is_that_figure_s(knowledge):
    claims = claims_of(
        "Kelso Foods reported first-half revenue of EUR 794m, which puts the group on course to beat the EUR 1,460m it booked for 2024.",
        knowledge,
    )
    assert figure(claims, "EUR 794m").time is None or figure(claims, "EUR 794m").time.year != 2024
    assert figure(claims, "EUR 1,460m").time.year == 2024


def test_a_verb_trigger_that_a_number_counts_is_a_noun(knowledge):
    claims = claims_of("Serra Cruises operates 33 river and ocean ships and welcomed 412,000 guests in 2024.", knowledge)
    assert figure(claims, "412,000 guests").event != "deliveries"
    # The verb still tells the deed: things made, shipped, are the ones sold.
    claims = claims_of("Ostrel Medical ships 4,000 pumps a month.", knowledge)
    assert figure(claims, "4,000 pumps a month").event == "pump sold"


def test_its_in_a_clause_of_its_own_is_the_company_that_opens_that_clause(knowledge):
    claims = claims_of(
        "Tolvara Power has started test flows from the Suswa wells, while Rongai Steam switched on its own 40 MW unit.", knowledge
    )
    assert figure(claims, "40 MW").subject.name == "Rongai Steam"
    claims = claims_of("Tolvara Power bought Kelso Steam and doubled its capacity to 400 MW.", knowledge)
    assert figure(claims, "400 MW").subject.name == "Tolvara Power"


def test_a_count_a_deal_moves_is_a_batch_not_a_stock(knowledge):
    claims = claims_of("Kilima Towers' purchase of 1,850 Ugandan towers will lift its portfolio to 6,150 towers.", knowledge)
    assert figure(claims, "1,850 Ugandan towers").qualifiers.scope == "additional"
    assert figure(claims, "6,150 towers").qualifiers.scope is None


def test_a_transcript_s_guest_speaks_for_the_employer_it_is_introduced_with(knowledge):
    transcript = (
        "CITY RADIO - The Business Hour, broadcast Tuesday 24 June 2025\n"
        "Host: Ben Marsh. Guest: Ana Lund, chief executive of Orvella Pay.\n\n"
        "BEN MARSH: Ana Lund, congratulations on the round. A hundred and thirty million dollars!\n\n"
        "LUND: Thank you. We now serve 57,000 merchants.\n\nMARSH: And next year?\n\nLUND: Germany.\n"
    )
    claims = claims_of(transcript, knowledge)
    assert figure(claims, "57,000 merchants").subject.name == "Orvella Pay"
    money = figure(claims, "A hundred and thirty million dollars")
    assert money.value.low == 130e6 and (money.subject is None or money.subject.name != "Ben Marsh")


def test_a_sentence_opening_on_the_deal_told_before_is_the_party_s_that_made_it(knowledge):
    claims = claims_of(
        "Serra Cruises today signed a contract with Kjeld Verft for two 230-guest expedition ships. "
        "The order is worth EUR 760 million, or EUR 380 million per ship.",
        knowledge,
    )
    assert figure(claims, "EUR 760 million").subject.name == "Serra Cruises"


def test_a_trade_s_agent_noun_describes_the_company_it_was_said_of(knowledge):
    claims = claims_of(
        "Kovra Pay, the Irish card-payments processor, raised $130 million. The processor handled EUR 38 billion of payments in 2024.",
        knowledge,
    )
    assert figure(claims, "EUR 38 billion").subject.name == "Kovra Pay"


def test_an_agm_transcript_is_its_letterhead_s_and_a_speaker_s_role_is_no_party(knowledge):
    transcript = (
        "KELSO MOBILITY GROUP, S.A.\nAnnual General Meeting, Porto, 22 May 2025 - edited transcript\n\n"
        "HELENA COUTO (Chair): Good morning, and welcome.\n\n"
        "RUI ANTUNES (Chief Executive): Thank you, Helena. We ended 2024 with 38,500 cars on the road.\n\n"
        "MARTA SEIXAS (Chief Financial Officer): Revenue rose to EUR 742 million from EUR 668 million in 2023.\n"
    )
    claims = claims_of(transcript, knowledge)
    assert figure(claims, "38,500 cars").subject.name.casefold() == "kelso mobility"
    assert figure(claims, "38,500 cars").event == "vehicles"
    revenue, before = figure(claims, "EUR 742 million"), figure(claims, "EUR 668 million")
    assert revenue.subject.name.casefold() == "kelso mobility" and (revenue.time is None or revenue.time.year != 2023)
    assert (before.role, before.time.year) == ("previous", 2023)
    # A newsletter's masthead is no letterhead.
    claims = claims_of("Fibre Weekly\n\nBrightline, the London fibre builder, has more than 1,400 staff.\n", knowledge)
    assert figure(claims, "more than 1,400 staff").subject.name == "Brightline"


def test_a_results_release_s_highlights_are_the_reporting_company_s(knowledge):
    release = (
        "KELSO FITNESS SA\nFull-year results for the twelve months ended 30 September 2025 (FY2025)\n\n"
        "LYON, 20 November 2025 - Kelso Fitness today reports its results for the 2025 financial year.\n\n"
        "Highlights\n- Revenue of EUR 402 million\n- 1.46 million members at 30 September 2025\n"
    )
    claims = claims_of(release, knowledge)
    assert figure(claims, "1.46 million members").subject.name == "Kelso Fitness"
    # The same line in a digest that reports no results is no one's.
    digest = "Market digest\n\nGyms had a good year across Europe.\n\n- 1.46 million members at 30 September 2025\n"
    assert figure(claims_of(digest, knowledge), "1.46 million members").subject is None


def test_a_name_s_trade_word_says_what_descriptions_mean_it(knowledge):
    claims = claims_of("Arlo Cruises and Kelso Capital signed a deal. The cruise line paid EUR 700 million for two ships.", knowledge)
    assert figure(claims, "EUR 700 million").subject.name == "Arlo Cruises"


def test_an_analyst_guest_speaks_about_others_and_an_episode_number_is_no_name(knowledge):
    from auditor.document import build_model

    podcast = (
        "THE TIMBER PODCAST - Episode 118: \"Who owns the sawmills?\"\n"
        "Recorded 30 October 2025. Host: Jonas Reiter. Guest: Liisa Kor, forest analyst at Norrsk Research.\n\n"
        "JONAS REITER: Liisa, the big story is Granvik's new mill.\n\nLIISA KOR: It is. They unveiled it in 2022.\n\n"
        "REITER: Brave?\n\nKOR: Brave, I think.\n"
    )
    model = build_model(parse_document("podcast.txt", podcast.encode()), knowledge)
    kinds = {e.name: e.kind for e in model.entities}
    assert model.topic is None or model.entities[model.topic].name != "Norrsk Research"
    assert "Episode" not in kinds and kinds.get("Liisa Kor") == "person"


def test_a_timeline_entry_s_present_verb_dates_its_event_and_a_page_kind_title_names_the_company(knowledge):
    timeline = (
        "---\ntitle: \"Kelso Bergbahnen: milestones\"\ndate: 2025-10-01\n---\n\n# Kelso Bergbahnen: milestones\n\n"
        "- 1986 \u2014 Buys Chateau Maubrac in the Medoc.\n- 2019: buys Tschiervina, its smallest ski area.\n"
        "- March 2022: orders a new gondola.\n- 2004: Furnatsch joins the group.\n"
        "- 2011: acquisition of Salvent Lifts, a rope-lift maker.\n"
    )
    dated = {c.evidence.text: (c.subject.name if c.subject else None, c.event) for c in claims_of(timeline, knowledge, "t.md") if c.kind == "date"}
    assert dated["1986"] == ("Chateau Maubrac", "completion")
    assert dated["2019"] == ("Tschiervina", "completion")
    assert dated["March 2022"] == ("Kelso Bergbahnen", "order")
    assert dated["2004"][1] != "completion"
    assert dated["2011"] == ("Salvent Lifts", "completion")  # the deed's noun, as its verb
    # "orders" and "purchases" are nouns anywhere else.
    claims = claims_of("Boeing has received far more orders than Airbus in 2005.", knowledge)
    assert [c.event for c in claims if c.kind == "date"] != ["order"]


def test_a_sum_after_for_at_the_end_of_a_long_clause_is_the_price_of_its_verb(knowledge):
    claims = claims_of(
        "Kilima Towers agreed on Tuesday to buy 1,850 mobile-phone towers from Uganda's Nile Wave Telecom for USD 240 million.",
        knowledge,
    )
    assert figure(claims, "USD 240 million").event == "acquisition"


def test_a_bold_speaker_label_opens_no_clause_and_a_number_word_is_no_name(knowledge):
    text = (
        "**RUTH OKAFOR:** Who runs the Tessel lines now?\n\n"
        "**DEV MALLORY:** Tessel Marine runs them, for now.\n\n"
        "**RUTH OKAFOR:** Brenmoor Shipping is hardly new to this, though.\n\n"
        "**DEV MALLORY:** No. It was founded in 1961 and it employs 3,400 people.\n\n"
        "**RUTH OKAFOR:** And the depot?\n\n"
        "**DEV MALLORY:** Six weeks old. It cost £30 million.\n"
    )
    claims = claims_of(text, knowledge, "episode.md")
    # The speakers label turns: the name after a label is its clause's subject.
    assert figure(claims, "3,400 people").subject.name == "Brenmoor Shipping"
    # "Six weeks old" names no one for "it" to mean.
    assert figure(claims, "£30 million").subject is None or figure(claims, "£30 million").subject.name != "Six"


def test_a_figure_after_a_verb_of_telling_is_its_object_and_the_noun_after_in_says_what_it_measures(knowledge):
    claims = claims_of(
        "Orrin Mutual wrote $2.4 billion in net premiums last year. "
        "Pell Tools booked $310 million in revenue in 2024. "
        "Analysts at Quarry Hill estimate $90 million in losses.",
        knowledge,
    )
    premiums = figure(claims, "$2.4 billion")
    assert (premiums.subject.name, premiums.event) == ("Orrin Mutual", "net-premiums")
    booked = figure(claims, "$310 million")
    assert (booked.subject.name, booked.event) == ("Pell Tools", "revenue")
    # Analysts who estimate a figure foresee it: they are no party to it.
    assert figure(claims, "$90 million").subject is None


def test_a_capitals_title_is_owned_by_the_part_a_corporate_suffix_ends(knowledge):
    text = (
        "TARVO MARINE AS - CAPITAL MARKETS DAY ON THE NEW YARD\n\n"
        "We expect the Tarvo Offshore unit to grow. We ended 2024 with revenue of NOK 2.1 billion.\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "NOK 2.1 billion").subject.name.casefold() == "tarvo marine"


def test_figures_of_different_measures_are_no_list_and_a_whole_comes_before_of_which(knowledge):
    claims = claims_of(
        "Fenwick Bio raised a EUR 26 million Series A in 2022 and a EUR 9 million grant in 2023. "
        "The plant costs NOK 420 million, of which NOK 150 million is a state grant. "
        "Tickets cost £5.35 for adults and £4.45 for children.",
        knowledge,
    )
    assert figure(claims, "EUR 26 million").role is None
    assert figure(claims, "EUR 9 million").role is None
    assert figure(claims, "NOK 420 million").role is None
    assert figure(claims, "NOK 150 million").role == "part"
    assert figure(claims, "£5.35").role == figure(claims, "£4.45").role == "part"


def test_what_a_figure_is_for_listed_with_and_makes_it_no_part_without_another_of_its_kind_after(knowledge):
    claims = claims_of(
        "In 2024 Vauclair fired 9.4 million pieces for hotels, restaurants, airlines and homes in more than 50 countries. "
        "The province will get CA$30 million towards a research centre that will grow the campus by 50%. "
        "The firm sold 120 seats for adults and 40 seats for children.",
        knowledge,
    )
    assert figure(claims, "9.4 million pieces").role is None
    assert figure(claims, "9.4 million pieces").event == "piece made"
    assert figure(claims, "CA$30 million").role is None
    assert figure(claims, "120 seats").role == figure(claims, "40 seats").role == "part"


def test_a_measure_narrowed_by_a_word_before_it_is_a_segment_s(knowledge):
    claims = claims_of(
        "Halvik Telecom sells fibre and mobile plans. Fibre revenue was NOK 1.6 billion last year. "
        "Group revenue was NOK 14 billion. Year-to-date sales stood at NOK 9 billion.",
        knowledge,
    )
    assert figure(claims, "NOK 1.6 billion").role == "part"
    assert figure(claims, "NOK 14 billion").role is None
    assert figure(claims, "NOK 9 billion").role is None


def test_only_money_takes_its_measure_from_a_noun_after_of(knowledge):
    claims = claims_of("Brantly Mills will cut 103 members of staff. Brantly Mills booked €180 million of revenue.", knowledge)
    assert figure(claims, "€180 million").event == "revenue"
    assert figure(claims, "103 members").event != "users"


def test_a_union_s_demonym_is_no_nationality(knowledge):
    claims = claims_of("Brisk Cooling, a European maker of chillers, grew. Velm Pumps, a Dutch maker of pumps, grew.", knowledge)
    homes = {c.subject.name: c.attribute.value for c in claims if c.attribute is not None and c.attribute.name == "country"}
    assert homes == {"Velm Pumps": "NL"}


def test_a_label_s_verb_of_change_makes_the_year_s_flow_as_prose_does_and_units_are_no_trains(knowledge):
    table = claims_of(
        "# Pump makers\n\n| Maker | Units sold 2024 | Units installed |\n|---|---|---|\n| Orvell Pumps | 41,000 | 9,000 |\n",
        knowledge, "a.md",
    )
    prose = claims_of("Orvell Pumps sold 41,500 units in 2024.", knowledge)
    sold = figure(table, "41,000")
    assert sold.event == figure(prose, "41,500 units").event == "unit sold"
    assert sold.lasts == "periodic"
    # No change named: since round 48 the jobs done ("installed" names
    # installations), never a fleet of trains.
    assert figure(table, "9,000").event == "installations"


def test_a_short_dated_line_under_the_title_dates_the_document(knowledge):
    text = (
        "ORVELL KELP AS - RESULTS CALL\nTranscript, 12 February 2025 (edited for length)\n\n"
        "ORVELL: Thank you. Last year our farms harvested 4,100 tonnes of kelp.\n"
    )
    assert figure(claims_of(text, knowledge), "4,100 tonnes").time.year == 2024
    # A line of prose dates its event, not the document.
    prose = "On 3 May 2021 Orvell Kelp opened a farm in Bodø.\n\nLast year the farms harvested 4,100 tonnes of kelp.\n"
    found = figure(claims_of(prose, knowledge), "4,100 tonnes")
    assert found.time is None or found.time.year != 2020


def test_a_description_in_apposition_before_a_relative_clause_shows_the_name(knowledge):
    claims = claims_of(
        "Vettra Lifts reported results.\n\nKorvel, the Belgian service business we bought in 2023 for EUR 40 million, "
        "now looks after 9,000 lifts.\n",
        knowledge,
    )
    homes = {c.subject.name: c.attribute.value for c in claims if c.attribute is not None and c.attribute.name == "country"}
    assert homes == {"Korvel": "BE"}  # never the reporting company's


def test_a_speaker_label_with_a_title_after_a_comma_is_a_label(knowledge):
    text = (
        "# Orvell Foods: Q3 results call\n\n"
        "**Ana Lund, CEO:** Thank you. We sold 41,000 tonnes in the quarter.\n\n"
        "**Jon Berg, Chief Financial Officer:** Revenue for the quarter was EUR 212 million.\n\n"
        "**Ana Lund, CEO:** Our San-Pédro plant will open next year.\n"
    )
    claims = claims_of(text, knowledge, "call.md")
    assert figure(claims, "EUR 212 million").subject.name == "Orvell Foods"
    assert figure(claims, "41,000 tonnes").subject.name == "Orvell Foods"


# ------------------------------------------------------------- twelfth round


def test_selling_a_products_units_is_the_years_sales_not_a_batch(knowledge):
    # "sold 40 stores" moves a batch; "sold 318,000 units" is the year's sales.
    claims = claims_of("Varnholt Pumps sold 286,000 units across Europe in 2024, as the maker grew.", knowledge)
    sold = figure(claims, "286,000 units")
    assert sold.lasts == "periodic"
    assert sold.qualifiers.scope is None
    batch = figure(claims_of("Norvik Retail sold 40 stores to Halden Foods in March 2024.", knowledge), "40 stores")
    assert batch.qualifiers.scope == "additional"


def test_two_figures_each_with_its_own_year_are_a_series_not_a_list(knowledge):
    claims = claims_of(
        "Trelling Cooling generated revenue of EUR 212 million in 2024 and expects revenue of about EUR 260 million in 2025.",
        knowledge,
    )
    assert figure(claims, "EUR 212 million").role is None
    assert figure(claims, "about EUR 260 million").role is None
    # Members of one list stay parts.
    listed = claims_of("Museum tickets cost £6.20 for adults and £3.10 for children.", knowledge)
    assert figure(listed, "£6.20").role == figure(listed, "£3.10").role == "part"


def test_a_period_after_for_is_no_purpose_of_a_part(knowledge):
    claims = claims_of(
        "Aldmoor Air reported revenue of EUR 171 million for the first six months of 2025, up 9% from a year "
        "earlier, as fares and ancillary sales rose.",
        knowledge,
    )
    assert figure(claims, "EUR 171 million").role is None
    parts = claims_of("The deal comprises USD 300 million for the vessels and USD 90 million for spare parts.", knowledge)
    assert figure(parts, "USD 300 million").role == "part"


def test_a_year_closing_an_earlier_figures_phrase_does_not_date_the_next(knowledge):
    text = "OSLO, 14 October 2025 - Brimsvik raised its EUR 18 million Series A in 2022 and a EUR 35 million Series B in June."
    claims = claims_of(text, knowledge)
    assert figure(claims, "EUR 18 million").time.year == 2022
    later = figure(claims, "EUR 35 million").time
    assert (later.year, later.month) == (2025, 6)
    # With no date of its own after it, the sentence's year still dates it.
    sold = figure(
        claims_of("Varnholt Pumps said revenue rose to EUR 1.2 billion in 2024, as the maker sold 286,000 units.", knowledge),
        "286,000 units",
    )
    assert sold.time.year == 2024


def test_an_html_row_header_names_the_rows_party(knowledge):
    html = (
        "<html><head><title>Corvane C60 programme</title></head><body>"
        "<h1>Corvane C60 programme</h1><p>Corvane Aerospace builds the C60 in Toulouse.</p>"
        "<table><tr><th>Customer</th><th>Firm orders</th><th>First delivery</th></tr>"
        "<tr><th>Sorvela</th><td>12</td><td>May 2026</td></tr>"
        "<tr><th>Highcastle Airways</th><td>8</td><td>2027</td></tr>"
        "<tr><th>Undisclosed lessor</th><td>10</td><td>2026</td></tr></table>"
        "<p>Sorvela, which flies to the islands, became the largest customer.</p></body></html>"
    )
    claims = claims_of(html, knowledge, "programme.html")
    assert figure(claims, "12").subject.name == "Sorvela"  # one word, under a column of customers
    assert figure(claims, "May 2026").subject.name == "Sorvela"
    assert figure(claims, "8").subject.name == "Highcastle Airways"
    assert figure(claims, "10").subject.name != "Undisclosed"  # not written as a name


def test_a_total_row_under_peers_is_no_ones_on_a_page_about_one_of_them(knowledge):
    text = (
        "---\ntitle: \"Desalination builders: the Algarve award\"\n---\n\n"
        "Velmora won the Algarve award. Velmora, Drennick and Ostral are the groups we cover.\n\n"
        "| Company | Installed capacity (thousand m3/day) |\n|---|---|\n| Velmora | 1,200 |\n"
        "| Drennick Water | 900 |\n| Ostral Desalination | 700 |\n| **Total** | **3,100** |\n\n"
        "Together the three groups operate 2.8 million cubic metres a day of capacity.\n"
    )
    claims = claims_of(text, knowledge, "note.md")
    total = figure(claims, "3,100")
    assert total.subject is None and total.qualifiers.scope == "total"
    assert figure(claims, "1,200").part_of is not None
    # Over the page's own company's units, the total is the company's.
    own = (
        "# Velmora Water: capacity by country\n\nVelmora Water runs plants in two countries.\n\n"
        "| Unit | Capacity (thousand m3/day) |\n|---|---|\n| Velmora Spain | 700 |\n"
        "| Velmora Morocco | 500 |\n| **Total** | **1,200** |\n"
    )
    total = figure(claims_of(own, knowledge, "velmora.md"), "1,200")
    assert total.subject is not None and total.subject.name == "Velmora Water"


def test_what_a_plant_ground_in_a_year_is_its_production(knowledge):
    claims = claims_of("Ostrava Cocoa ground 312,000 tonnes of beans in 2024, up from 298,000 tonnes.", knowledge)
    found = figure(claims, "312,000 tonnes")
    assert (found.event, found.lasts, found.time.year) == ("production", "periodic", 2024)
    # "on the ground" is no deed.
    fall = figure(claims_of("Two officers stood on the ground 40 feet below the roof.", knowledge), "40 feet")
    assert fall.event is None


def test_an_annual_reports_flows_are_of_the_year_it_covers(knowledge):
    text = (
        "---\ntitle: \"Ostrava Cocoa | Annual results 2024\"\ndate: 2025-02-20\n---\n\n"
        "Ostrava Cocoa today published its results for 2024. Revenue rose to EUR 1.2 billion from EUR 0.9 billion. "
        "The group ground 312,000 tonnes of beans. It employs about 900 people.\n"
    )
    claims = claims_of(text, knowledge, "results.md")
    assert figure(claims, "EUR 1.2 billion").time.year == 2024
    assert figure(claims, "312,000 tonnes").time.year == 2024
    assert figure(claims, "about 900 people").time.year == 2025  # a level now, not the year's flow
    # A half-year report is no year's.
    half = claims_of(text.replace("Annual results 2024", "Half-year results 2025").replace("results for 2024", "results for the first half of 2025"), knowledge, "h1.md")
    assert figure(half, "EUR 1.2 billion").qualifiers.period == "half"


def test_a_phrase_put_before_the_subject_is_the_subjects(knowledge):
    claims = claims_of("Having sold 40,000 units in 2024, Orvell Pumps raised its forecast.", knowledge)
    assert figure(claims, "40,000 units").subject.name == "Orvell Pumps"
    text = (
        "---\ntitle: \"Sorvela Air: results for the first half of 2025\"\ncompany: Sorvela Air\n---\n\n"
        "Sorvela Air lifted revenue in the first half.\n\n"
        "\"After carrying 2.9 million passengers in 2024, we are on course for another record year,\" "
        "said Lia Conti, chief executive.\n"
    )
    assert figure(claims_of(text, knowledge, "h1.md"), "2.9 million passengers").subject.name == "Sorvela Air"


def test_a_deal_told_again_with_an_aside_is_the_leads_party(knowledge):
    text = (
        "LISBON, June 4, 2025 - Velmora Água has won the contract to build the region's first desalination plant, "
        "the company said on Wednesday.\n\n"
        "The construction contract, signed on Tuesday in Faro with Aguas do Sul, is worth EUR 140 million and covers "
        "a plant near Lagoa, between Silves and Portimão.\n"
    )
    assert figure(claims_of(text, knowledge), "EUR 140 million").subject.name == "Velmora Água"
    # A party of its own in the sentence keeps the lead's party out.
    other = text.replace("The construction contract, signed on Tuesday in Faro with Aguas do Sul, is worth",
                         "The construction contract, which Aguas do Sul signed on Tuesday, is worth")
    found = figure(claims_of(other, knowledge), "EUR 140 million").subject
    assert found is None or found.name != "Velmora Água"


def test_how_full_a_plant_ran_is_its_utilisation(knowledge):
    claims = claims_of(
        "Ostrava Cocoa's Tema plant ran at more than 90 per cent of capacity in 2024. "
        "Utilisation at the Abidjan site averaged 84% over the year.",
        knowledge,
    )
    assert figure(claims, "more than 90 per cent").event == "utilisation"
    assert figure(claims, "84%").event == "utilisation"
    assert figure(claims, "84%").lasts == "periodic"


def test_a_masthead_line_with_a_month_dates_last_year(knowledge):
    text = (
        "# \"Prices will not go back\"\n\n*Trade Weekly, April 2025. Interview by Ana Berg.*\n\n"
        "Lukas Brandt runs Orsolo Foods. Last year Orsolo Foods milled 90,000 tonnes of wheat.\n"
    )
    assert figure(claims_of(text, knowledge, "interview.md"), "90,000 tonnes").time.year == 2024
    # A month in a line of prose dates an event, not the document.
    prose = "# Orsolo\n\nOrsolo opened in April 2019.\n\nLast year Orsolo Foods milled 90,000 tonnes of wheat.\n"
    found = figure(claims_of(prose, knowledge, "note.md"), "90,000 tonnes")
    assert found.time is None or found.time.year != 2018


def test_worth_after_a_deals_phrase_is_the_deals_value(knowledge):
    claims = claims_of("Sorvela Air's order for 12 Corvane C60s, worth $380m at list prices, is its largest.", knowledge)
    assert figure(claims, "$380m").event == "order"


def test_a_deal_told_after_a_fronted_price_is_the_party_the_pronoun_before_stood_for(knowledge):
    text = (
        "PARIS, June 17, 2025 - Sorvela Air has ordered 12 Corvane C60 turboprops.\n\n"
        "The airline signed the agreement on Tuesday. It also took options on four more aircraft. "
        "At the C60's list price of USD 30 million each, the firm order is worth USD 360 million.\n"
    )
    assert figure(claims_of(text, knowledge), "USD 360 million").subject.name == "Sorvela Air"


def test_a_future_after_a_joined_predicate_is_not_the_figures(knowledge):
    claims = claims_of(
        "Velmora Rent ended 2024 with a fleet of more than 40,000 cars and plans to electrify a quarter of it by 2028. "
        "Sorvela Air ended 2024 with fewer than 40 aircraft and is leaning on lessors to grow.",
        knowledge,
    )
    assert figure(claims, "more than 40,000 cars").tense == "past"
    assert figure(claims, "fewer than 40 aircraft").tense == "past"
    # The future of the figure's own verb stays.
    assert figure(claims_of("Velmora Rent will end 2026 with 45,000 cars.", knowledge), "45,000 cars").tense == "future"


def test_where_counted_things_are_is_no_purpose_of_a_part(knowledge):
    claims = claims_of("We ended 2024 with 38,500 cars on the road and desks at 22 airports, Velmora Rent said.", knowledge)
    assert figure(claims, "38,500 cars").role is None
    spent = claims_of("Velmora Rent spent EUR 9 million on new cars and EUR 2 million on desks.", knowledge)
    assert figure(spent, "EUR 9 million").role == "part"


def test_the_year_is_the_year_the_paragraph_told_of(knowledge):
    text = (
        "VILNIUS, 4 March 2025 - Sorvela Air carried 7.4 million passengers in 2024, up from 6.6 million. "
        "Its load factor was 88% and it ended the year with 41 aircraft.\n"
    )
    assert figure(claims_of(text, knowledge), "41 aircraft").time.year == 2024
    # A paragraph that dated nothing gives "the year" no year of its own.
    other = "VILNIUS, 4 March 2025 - Sorvela Air flew to 30 cities. It ended the year with 41 aircraft.\n"
    assert figure(claims_of(other, knowledge), "41 aircraft").time.year == 2025


def test_a_generic_deal_worth_a_sum_prices_the_deed_its_sentence_told(knowledge):
    claims = claims_of(
        "In May 2024 Halvard Rail ordered 30 wagons from Ostrava Works, with options on ten more, in a deal worth CZK 1.2 billion.",
        knowledge,
    )
    assert figure(claims, "CZK 1.2 billion").event == "order"
    bought = claims_of("Brenmoor bought the Tyne ferry line in a transaction valued at GBP 85 million.", knowledge)
    assert figure(bought, "GBP 85 million").event == "acquisition"
    # A deal named again in the next sentence is the deal its sentence told of.
    told = claims_of(
        "Ostrava Works will build wagons for Halvard Rail under a ten-year agreement signed in May 2024. "
        "The agreement is worth a total of CZK 1.4 billion.",
        knowledge,
    )
    assert figure(told, "CZK 1.4 billion").event == "contract"
    # What a company itself is worth stays a valuation.
    valued = claims_of("The round makes Quillon, a start-up valued at $900 million, a unicorn in waiting.", knowledge)
    assert figure(valued, "$900 million").event == "valuation"


def test_a_date_a_thing_dates_from_dates_it(knowledge):
    claims = claims_of("Halvard Rail's CZK 1.2 billion wagon order dates from May 2024.\n", knowledge, "note.md")
    assert (figure(claims, "CZK 1.2 billion").time.year, figure(claims, "CZK 1.2 billion").time.month) == (2024, 5)
    back = claims_of("The CZK 1.2 billion wagon order of Halvard Rail dates back to 2019.\n", knowledge, "note.md")
    assert figure(back, "CZK 1.2 billion").time.year == 2019
    # "from" alone opens a period, and so does "dates from" before a span or after a noun's word.
    for text in (
        "Halvard Rail has run 30 wagons from May 2024.\n",
        "The CZK 1.2 billion wagon order covers dates from May 2024 to June 2025.\n",
        "Halvard Rail pushed the CZK 1.2 billion order's delivery date back to 2027.\n",
    ):
        claims = [c for c in claims_of(text, knowledge, "note.md") if c.kind != "date"]
        assert all(c.time is None or c.time.source != "sentence" for c in claims), text


def test_spending_told_for_a_period_is_that_period_s_flow_not_a_project_s_sum(tmp_path, knowledge):
    plan = "TAMPERE, 2 October 2024 - Norrvik Board will spend EUR 240 million converting its Kotka machine, the company said.\n"
    table = (
        "<html><head><title>Norrvik Board half-year report</title></head><body><h1>Norrvik Board: half-year report 2025</h1>"
        "<table><tr><th>EUR million</th><th>H1 2025</th><th>H1 2024</th></tr>"
        "<tr><th>Revenue</th><td>612</td><td>580</td></tr>"
        "<tr><th>Capital expenditure</th><td>118</td><td>57</td></tr></table></body></html>\n"
    )
    assert _findings_of(tmp_path, {"a.txt": plan, "b.html": table}) == []
    claims = claims_of(table, knowledge, "b.html")
    assert {c.lasts for c in claims if c.event == "investment"} == {"periodic"}
    prose = claims_of("Norrvik Board said capital expenditure in the first half of 2024 was EUR 57 million.", knowledge)
    assert figure(prose, "EUR 57 million").lasts == "periodic"
    # Without a period, a sum spent is still one sum.
    assert figure(claims_of(plan, knowledge), "EUR 240 million").lasts == "one-off"


def test_a_sum_paid_for_a_stake_is_the_price_of_an_acquisition_of_what_the_stake_is_in(knowledge):
    claims = claims_of("Brevik Foods agreed in May to pay NOK 640 million for 60% of Havlund Bakeri.", knowledge)
    price = figure(claims, "NOK 640 million")
    assert (price.event, price.subject.name, price.object.name) == ("acquisition", "Brevik Foods", "Havlund Bakeri")
    we = claims_of("Brevik Foods owns two bakeries. We paid NOK 300 million for a majority stake, its chief said.", knowledge)
    assert figure(we, "NOK 300 million").event == "acquisition"
    # Paid for anything else, a sum is no takeover.
    rent = claims_of("Brevik Foods paid NOK 30 million for new ovens in 2024.", knowledge)
    assert figure(rent, "NOK 30 million").event != "acquisition"


def test_a_sum_paid_for_a_named_company_is_the_price_of_its_acquisition(knowledge):
    claims = claims_of("Brevik Foods makes bread. Brevik paid NOK 1.2bn for Havlund Bakeri, a rival baker, in March.", knowledge)
    price = figure(claims, "NOK 1.2bn")
    assert (price.event, price.object.name) == ("acquisition", "Havlund Bakeri")
    # Under a heading of deals, the company paid for is still what was bought.
    digest = claims_of("## Deals this week\n\n- **Brevik Foods** is paying NOK 90m for the Havlund Tidende, a daily.\n", knowledge, "d.md")
    assert figure(digest, "NOK 90m").object.name == "Havlund Tidende"
    # A name that only qualifies what was bought is no company bought.
    shares = claims_of("Brevik Foods paid NOK 60 million for Havlund shares in 2024.", knowledge)
    assert figure(shares, "NOK 60 million").event != "acquisition"


def test_a_company_things_were_bought_from_is_the_seller_not_the_target(knowledge):
    claims = claims_of("Orrin Towers agreed to buy 900 masts from Kenya's Lumo Mobile for USD 120 million.", knowledge)
    price = figure(claims, "USD 120 million")
    assert price.event == "acquisition" and price.object is None
    # The one other company the sentence names is still the target when it is not the seller.
    named = claims_of("Orrin Towers agreed to buy Lumo Mobile for USD 120 million.", knowledge)
    assert figure(named, "USD 120 million").object.name == "Lumo Mobile"


def test_a_noun_after_after_is_no_noun_of_the_figure(knowledge):
    claims = claims_of("Orrin Towers said net debt rose to EUR 410 million after the acquisition.", knowledge)
    assert figure(claims, "EUR 410 million").event == "debt"


def test_what_it_bought_from_a_seller_in_a_description_is_the_target(knowledge):
    claims = claims_of(
        "Orrin Towers got its first masts with Lumo Mobile, which it bought from the founding Kase family for EUR 85m in May.",
        knowledge,
    )
    price = figure(claims, "EUR 85m")
    assert (price.subject.name, price.object.name) == ("Orrin Towers", "Lumo Mobile")


@pytest.mark.parametrize(
    "text",
    [
        "Lumo Mobile, acquired by Orrin Towers in 2023 for EUR 38 million, is now part of its Riga unit.",
        "Lumo Mobile was bought by Orrin Towers in 2023 for EUR 38 million.",
    ],
)
def test_the_agent_of_a_passive_takeover_is_the_buyer(knowledge, text):
    price = figure(claims_of(text, knowledge), "EUR 38 million")
    assert (price.subject.name, price.object.name) == ("Orrin Towers", "Lumo Mobile")


def test_a_relative_clause_after_a_name_s_place_hangs_on_the_name(knowledge):
    claims = claims_of("Harrow Fold Dairy, near Cork, which employs 400 people, joined Brackmoor in May.", knowledge)
    assert figure(claims, "400 people").subject.name == "Harrow Fold Dairy"
    claims = claims_of("Harrow Fold Dairy, in northern Portugal, which employs 400 people, is its oldest.", knowledge)
    assert figure(claims, "400 people").subject.name == "Harrow Fold Dairy"


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Schools grew fast. Since its flotation on the Oslo Bors in May 2021, it has doubled in size.",
        "Kestrel Schools grew fast. Kestrel Schools listed on the Oslo Bors in May 2021.",
    ],
)
def test_a_listing_s_subject_is_the_company_not_the_exchange(knowledge, text):
    (listed,) = [c for c in claims_of(text, knowledge) if c.kind == "date"]
    assert (listed.event, listed.subject.name, listed.time.year) == ("listing", "Kestrel Schools", 2021)


def test_a_year_in_a_relative_clause_after_a_figure_dates_that_clause_only(knowledge):
    text = "Lowmoor Records makes records. Its 210 staff work in London and at its plant in Leeds, which it opened in 2021."
    claims = claims_of(text, knowledge)
    staff = figure(claims, "210 staff")
    assert staff.time is None or staff.time.source != "sentence"
    # The clause's own figure keeps it.
    text = "Lowmoor Records makes records. Its plant in Leeds, which pressed 4 million records in 2021, employs 90 people."
    assert figure(claims_of(text, knowledge), "4 million records").time.year == 2021


def test_a_venue_named_with_its_noun_is_a_facility_with_dates_of_its_own(knowledge):
    claims = claims_of("Parc Lumen runs parks. Its newest site, the Corail aquarium on the Nice seafront, opened in 2023.", knowledge)
    (opened,) = [c for c in claims if c.kind == "date"]
    assert (opened.event, opened.object.name, opened.object.type) == ("opening", "Corail", "facility")


def test_a_distribution_or_licensing_deal_is_a_contract(knowledge):
    for text, written in (
        ("Sable Sound said the GBP 12 million, five-year distribution deal with Tidewave had paid off.", "GBP 12 million"),
        ("Kestrel Games signed a USD 40 million licensing agreement with Lumo Toys.", "USD 40 million"),
    ):
        assert figure(claims_of(text, knowledge), written).event == "contract", text


def test_a_figure_in_brackets_after_a_year_is_the_earlier_period_s(knowledge):
    claims = claims_of("Brevik Foods proposes a dividend of NOK 4.10 per share (2024: NOK 3.80) and expects growth.", knowledge)
    assert figure(claims, "NOK 3.80").role == "previous"
    assert figure(claims, "NOK 4.10 per share").role is None
    prior = claims_of("The margin was 12.5% (prior year: 11.9%).", knowledge)
    assert figure(prior, "11.9%").role == "previous"


def test_a_price_target_is_a_level_aimed_at(knowledge):
    note = claims_of("We keep Buy on Brevik Foods. Our NOK 210 target is based on 14x 2026 earnings.", knowledge)
    assert figure(note, "NOK 210").role == "target"
    raised = claims_of("Nordbank raised its price target on Brevik Foods to NOK 230.", knowledge)
    assert figure(raised, "NOK 230").role == "target"


def test_a_relative_clause_s_figure_is_the_mention_it_hangs_on(knowledge):
    claims = claims_of(
        "The Oslo plant went live in May. Brevik Foods ordered its ovens from Kestrel Ovnbau, which won the NOK 95 million supply contract.",
        knowledge,
    )
    assert figure(claims, "NOK 95 million").subject.name == "Kestrel Ovnbau"
    # Hung on a description of a thing, it is not the company's figure.
    line = claims_of("Brevik Foods said the Lyon-based group spent EUR 40 million on the line, which can bake up to 90,000 tonnes a year.", knowledge)
    assert figure(line, "up to 90,000 tonnes a year").subject is None or figure(line, "up to 90,000 tonnes a year").subject.name != "Brevik Foods"


def test_a_description_of_a_company_and_one_of_a_thing_in_one_sentence_are_two_entities():
    from auditor.document import build_model
    from auditor.extract import load_knowledge
    from auditor.sources import parse_document

    text = "LYON, March 3, 2025 - The new kiln at the Brevik cement works entered service on Tuesday.\n\nThe Lyon-based group spent EUR 40 million on the line, its largest.\n"
    model = build_model(parse_document("a.txt", text.encode()), load_knowledge())
    sentence = next(s for s in model.sentences if s.span.text.startswith("The Lyon-based group"))
    group, line = (r.entity for r in sentence.references if r.via == "description")
    assert group is not None and line != group


def test_a_short_name_after_a_designator_is_that_name_across_the_corpus(tmp_path):
    results = _findings_of(
        tmp_path,
        {
            "a.txt": "MADRID, May 2, 2025 - Cerámicas Pellard said its output reached 38 million square metres in 2024.\n",
            "b.md": "---\ndate: 2025-06-01\n---\n# Tile makers\n\nPellard said its output reached 41 million square metres in 2024.\n",
            "c.md": "---\ndate: 2025-06-01\n---\n# Pellard USA\n\nPellard USA, the US arm, grew its sales by 9%.\n",
        },
    )
    assert [sorted(e["text"] for e in f["evidence"]) for f in results] == [["38 million square metres", "41 million square metres"]]


def test_an_order_a_supplier_won_is_the_customer_s_order(knowledge):
    told_by_supplier = claims_of(
        "Ostrava Works has won an order for 300 wagons from Halvard Rail, in a deal worth CZK 1.2 billion.", knowledge
    )
    for surface in ("300 wagons", "CZK 1.2 billion"):
        order = figure(told_by_supplier, surface)
        assert (order.event, order.subject.name, order.object.name) == ("order", "Halvard Rail", "Ostrava Works"), surface
    booked = claims_of("Ostrava Works booked a CZK 1.2 billion order from Halvard Rail.", knowledge)
    assert figure(booked, "CZK 1.2 billion").subject.name == "Halvard Rail"
    # The customer telling it keeps it.
    placed = claims_of("Halvard Rail ordered 300 wagons from Ostrava Works for CZK 1.2 billion.", knowledge)
    assert figure(placed, "CZK 1.2 billion").subject.name == "Halvard Rail"


def test_goods_ordered_worth_a_sum_give_the_order_s_value(knowledge):
    claims = claims_of("In June Halvard Rail ordered 250 tank wagons for chemicals worth CZK 900 million.", knowledge)
    assert figure(claims, "CZK 900 million").event == "order"
    # A thing bought that is worth a sum is valued, not priced.
    stake = claims_of("Halvard Rail bought a stake in a company worth CZK 9 billion.", knowledge)
    assert figure(stake, "CZK 9 billion").event == "valuation"


def test_a_deal_s_own_phrase_may_stand_between_it_and_its_worth(knowledge):
    claims = claims_of(
        "In May Ostrava Works signed a five-year agreement to supply Halvard Rail, the Czech lessor, with spare parts, worth CZK 400 million over the term.",
        knowledge,
    )
    assert figure(claims, "CZK 400 million").event == "contract"


def test_a_level_a_deal_brings_is_no_level_of_today(knowledge):
    claims = claims_of("The deal lifts Halvard Rail's fleet to about 9,000 wagons from 7,500, the company said.", knowledge)
    assert figure(claims, "about 9,000 wagons").role == "target"
    grew = claims_of("Halvard Rail's fleet grew to 9,000 wagons from 7,500 last year.", knowledge)
    assert figure(grew, "9,000 wagons").role != "target"


def test_a_line_started_up_is_commissioned_and_production_stopped_is_a_closure(knowledge):
    started = claims_of("The Onda large-slab line, which started up in 2023, makes thin porcelain sheets.", knowledge)
    assert figure(started, "2023").event == "commissioning"
    stopped = claims_of("The machine, known as PM2, stopped making newsprint in June 2024.", knowledge)
    assert figure(stopped, "June 2024").event == "closure"


def test_a_nationality_describes_no_name_past_a_comma_or_a_pronoun(knowledge):
    claims = claims_of(
        "In February Kilbra won a three-year contract to protect the plants of Nordkem, the Finnish chemicals group, its largest contract so far.",
        knowledge,
    )
    countries = {(c.subject.name, c.attribute.value) for c in claims if c.kind == "attribute" and c.attribute.name == "country"}
    assert countries == {("Nordkem", "FI")}


def test_one_document_s_figure_against_a_reference_told_twice_is_one_finding(tmp_path):
    import json

    from click.testing import CliRunner

    from auditor.cli import main

    (tmp_path / "note.md").write_text(
        "---\ndate: 2025-06-01\n---\n# Tile makers\n\nGrupo Pellard has a capacity of 52 million square metres a year.\n\n"
        "| Company | Capacity (m m²/year) |\n|---|---|\n| Grupo Pellard | 52 |\n| Marcén | 37 |\n"
    )
    facts = tmp_path / "facts.yaml"
    facts.write_text('- subject: Grupo Pellard\n  attribute: capacity\n  value: "48 million"\n  unit: square metres of tiles per year\n')
    result = CliRunner().invoke(main, ["check", str(tmp_path / "note.md"), "--facts", str(facts), "--format", "json", "--no-cache", "--fail-on", "never"])
    findings = [f for f in json.loads(result.output)["findings"] if f["rule"] == "reference-conflict"]
    assert [sorted(e["line"] for e in f["evidence"] if e["path"].endswith("note.md")) for f in findings] == [[6, 10]]


def test_a_time_put_first_without_a_comma_leaves_the_subject_after_it(knowledge):
    claims = claims_of("Halvard Rail had a good year. At the end of last year it had more than 9,000 wagons.", knowledge)
    assert figure(claims, "more than 9,000 wagons").subject.name == "Halvard Rail"


def test_a_half_s_flow_in_the_text_and_in_the_table_are_one_fact(tmp_path):
    report = (
        "<html><head><title>Norrvik Board | Half-year report January-June 2025</title></head><body>"
        "<h1>Norrvik Board Oyj: half-year report January-June 2025</h1><p>Kuopio, 7 August 2025</p>"
        "<p>Norrvik Board's revenue for January-June 2025 was EUR 612 million. EBITDA rose to EUR 88.4 million from EUR 71.2 million.</p>"
        "<table><tr><th>EUR million</th><th>H1 2025</th><th>H1 2024</th></tr>"
        "<tr><th>Revenue</th><td>612</td><td>580</td></tr>"
        "<tr><th>EBITDA</th><td>84.8</td><td>71.2</td></tr></table></body></html>\n"
    )
    findings = _findings_of(tmp_path, {"report.html": report})
    assert [sorted(e["text"] for e in f["evidence"]) for f in findings] == [["84.8", "EUR 88.4 million"]]


def test_prize_money_is_a_measure_of_its_own(knowledge):
    claims = claims_of("The Nordic Padel Tour paid out EUR 4.2 million in prize money in 2025, and its prize fund will grow in 2026.", knowledge)
    assert figure(claims, "EUR 4.2 million").event == "prize-money"


def test_an_appositive_after_a_bold_name_is_the_name_s(knowledge):
    claims = claims_of("# Weekly\n\n- **Norrvik Board**, the Swedish packaging group, said its machine had completed trials.\n", knowledge, "w.md")
    homes = {(c.subject.name, c.attribute.value) for c in claims if c.kind == "attribute" and c.attribute.name == "country"}
    assert homes == {("Norrvik Board", "SE")}


# ------------------------------------------------------------------ fourteenth round (tests/fresh20 taught these)


def test_the_first_of_many_is_a_batch_not_the_fleet(knowledge):
    claims = claims_of(
        "Stadtbus Kellering runs about 400 buses. Its director said depots for the first 60 buses were being built.", knowledge
    )
    assert figure(claims, "60 buses").role == "part"
    assert figure(claims, "about 400 buses").role is None


def test_a_plant_named_by_what_it_makes_keeps_its_capacity_apart(knowledge):
    # "Its ammonia plant can make ...": one plant's capacity, in what it makes,
    # never held against the group's capacity of what its works make in all.
    (urea,) = [c for c in claims_of("Brekka Nitrogen grew. Its urea plant can make 800,000 tonnes a year.", knowledge) if c.value]
    assert (urea.value.counted, urea.qualifiers.phase) == ("urea", "urea plant")
    # A word saying which plant names no product.
    (main,) = [c for c in claims_of("Brekka Nitrogen grew. Its main plant can make 800,000 tonnes a year.", knowledge) if c.value]
    assert main.value.counted is None and (main.qualifiers is None or main.qualifiers.phase is None)


def test_a_nationality_of_a_business_unit_is_not_the_owners(knowledge):
    text = "Brekka Nitrogen makes fertiliser in Norway. Revenue rose on higher deliveries from the Danish distribution business."
    assert not [c for c in claims_of(text, knowledge) if c.kind == "attribute" and c.attribute.name == "country"]


def test_a_romance_trade_word_opens_a_name_its_short_form_leaves_out(knowledge):
    text = "Sucreries Fontane sliced more beet this year. Fontane reported revenue of EUR 1.2 billion for 2024."
    assert figure(claims_of(text, knowledge), "EUR 1.2 billion").subject.name == "Sucreries Fontane"


def test_a_region_s_adjective_describes_a_company_as_a_nationality_does(knowledge):
    text = "Vetreria Orsano lit a new furnace in May. The Piedmontese company made 2.6 billion bottles last year."
    assert figure(claims_of(text, knowledge), "2.6 billion bottles").subject.name == "Vetreria Orsano"


def test_a_year_closing_an_earlier_figure_s_phrase_dates_only_that_figure(knowledge):
    claims = claims_of(
        "Kestrel Cold grew revenue by 8% in 2024 to EUR 418 million, from EUR 386 million in 2023, "
        "as occupancy in its stores stayed above 90% for the whole year.",
        knowledge,
    )
    assert figure(claims, "EUR 386 million").time.year == 2023
    assert figure(claims, "above 90%").time.year == 2024


def test_a_deal_s_worth_prices_the_deed_told_before_an_appositive(knowledge):
    claims = claims_of(
        "Harstad Buss has won an order for 90 electric buses from Stadtverkehr Orlen, the municipal transport company "
        "of the German city of Orlen, in a deal worth EUR 52 million, the Norwegian maker said.",
        knowledge,
    )
    price = figure(claims, "EUR 52 million")
    assert (price.event, price.subject.name) == ("order", "Stadtverkehr Orlen")


def test_a_figure_in_a_season_is_of_the_year_the_season_ends_in(knowledge):
    claims = claims_of("Vermont Sugar sliced 7.9 million tonnes of beet in the 2024-25 campaign.", knowledge)
    beet = figure(claims, "7.9 million tonnes")
    assert (beet.event, beet.value.counted, beet.time.year) == ("production", "beet", 2025)


def test_a_row_label_naming_what_a_quantity_is_of_is_what_it_counts(knowledge):
    page = (
        "---\ntitle: Vermont Sugar results 2024\n---\n\n# Vermont Sugar results 2024\n\n"
        "| | 2024-25 | 2023-24 |\n|---|---|---|\n| Beet sliced (million tonnes) | 8.4 | 8.3 |\n"
        "| Sugar produced (thousand tonnes) | 1,120 | 1,190 |\n"
    )
    claims = claims_of(page, knowledge, "results.md")
    assert (figure(claims, "8.4").value.counted, figure(claims, "1,120").value.counted) == ("beet", "sugar")
    # Told apart by what they count, the rows need no label of their own to stay two facts.
    assert figure(claims, "8.4").qualifiers.phase is None


# ------------------------------------------------------------------ twenty-second corpus's lessons


def test_a_word_opening_a_table_cell_shows_no_name_by_its_capital(knowledge):
    # "Reach" opens a cell and a title, and the text writes "reach trucks":
    # a common word, never the document's topic.
    text = (
        "---\ntitle: \"Reach for the sky: how Nitrava became Oberhaus's second home\"\ndate: 2025-04-22\n---\n\n"
        "# Reach for the sky: how Nitrava became Oberhaus's second home\n\n"
        "On the estate north of Nitrava, orange machines wait in the sun.\n\n"
        "Oberhaus Lifttechnik opened its Nitrava plant in 2008. Seventeen years later it builds the group's entire range "
        "here, including lithium-ion reach trucks. The group made 9,800 trucks last year.\n\n"
        "| Plant | Products |\n|---|---|\n| Kassenberg, Germany | Forklifts |\n| Nitrava, Slovakia | Reach trucks, order pickers |\n"
    )
    assert figure(claims_of(text, knowledge, "feature.md"), "9,800 trucks").subject.name == "Oberhaus Lifttechnik"


def test_a_year_after_a_relative_clause_with_another_amount_is_that_amounts(knowledge):
    text = (
        "Dentamor Group's clinics recorded 1.25 million patient visits in the half, which puts it well on the way to "
        "beating the 2.1 million it recorded in the whole of 2024.\n"
    )
    claim = figure(claims_of(text, knowledge), "1.25 million patient visits")
    assert claim.time is None or claim.time.year != 2024
    assert claim.qualifiers.period == "half"


def test_visits_are_counted_per_period(knowledge):
    claim = figure(claims_of("Dentamor Group recorded 2.4 million patient visits in 2024.\n", knowledge), "2.4 million patient visits")
    assert claim.lasts == "periodic"


def test_a_label_word_used_as_a_verb_leaves_the_range_whole(knowledge):
    claim = figure(claims_of("Oberhaus expects to build 38,000 to 40,000 trucks in 2025.\n", knowledge), "38,000 to 40,000 trucks")
    assert (claim.value.low, claim.value.high) == (38000, 40000)


def test_a_table_labels_measure_comes_before_what_it_is_counted_in(knowledge):
    text = (
        "# Oberhaus Lifttechnik: half-year report\n\n"
        "| | H1 2025 | H1 2024 |\n|---|---|---|\n"
        "| Order backlog at 30 June, trucks | 14,300 | 10,900 |\n"
        "| Buses delivered | 590 | 520 |\n"
    )
    claims = claims_of(text, knowledge, "report.md")
    assert figure(claims, "14,300").event == "backlog"
    assert figure(claims, "590").event == "deliveries"


def test_a_town_no_entity_is_based_in_leaves_the_topic_its_county_names(knowledge):
    text = (
        "Harrowby Salt wins Scottish road contract\n\n"
        "LONDON, September 16, 2025 (Wire) - Harrowby Salt, the Cheshire-based rock salt miner, has won a contract "
        "from Road Scotland, the company said on Tuesday.\n\n"
        "The contract with Road Scotland runs from October, and Harrowby said it would keep a reserve stock in Scotland.\n\n"
        "The Northwich-based group mined 2.35 million tonnes of rock salt last year.\n"
    )
    assert figure(claims_of(text, knowledge), "2.35 million tonnes").subject.name == "Harrowby Salt"


def test_a_town_no_entity_is_based_in_still_rules_out_a_company_based_elsewhere(knowledge):
    text = (
        "KASSEL, January 21, 2025 (Wire) - Oberhaus Lifttechnik, the German forklift maker, has won an order from "
        "Nordvik Logistik, the Hamburg-based group, the companies said.\n\n"
        "The Kassenberg-based group had revenue of EUR 2.1 billion last year.\n"
    )
    assert figure(claims_of(text, knowledge), "EUR 2.1 billion").subject.name == "Oberhaus Lifttechnik"


def test_waste_burned_is_what_a_plant_put_through(knowledge):
    claim = figure(claims_of("Silvaron burned 912,000 tonnes of municipal waste last year.\n", knowledge), "912,000 tonnes")
    assert claim.event == "incineration"
    # A fire's toll is no plant's throughput.
    fire = figure(claims_of("Close to 2,000 homes have been burned to ashes.\n", knowledge), "Close to 2,000 homes")
    assert fire.event != "incineration"


@pytest.mark.parametrize(
    "text, written, event",
    [
        ("Halmor Salt said its output in 2024 was 2.05 million tonnes of rock salt.\n", "2.05 million tonnes", "production"),
        ("Halmor Salt has an output of 3.2 million tonnes of salt a year.\n", "3.2 million tonnes of salt a year", "capacity"),
    ],
)
def test_output_dated_to_a_year_is_that_years_production(knowledge, text, written, event):
    assert figure(claims_of(text, knowledge), written).event == event


def test_a_headers_shorthand_units_are_read_as_prose_spells_them(knowledge):
    table = (
        "# Salt producers\n\n| Producer | 2024 rock salt output (m t) | Capacity, thousand tonnes a year |\n|---|---|---|\n"
        "| Harrowby Salt | 2.05 | 450 |\n| Steinhall | 3.40 | 900 |\n"
    )
    claims = claims_of(table, knowledge, "note.md")
    output, capacity = figure(claims, "2.05"), figure(claims, "450")
    assert (output.value.value, output.value.unit, output.event) == (2.05e9, "kilogram", "production")
    assert (capacity.value.value, capacity.event) == (450e6, "capacity")


def test_an_answer_opening_on_a_figure_replies_to_the_question_before_it(knowledge):
    text = (
        "# Ines Lumiar on beans and bins\n\n"
        "In March the group opened a plant in Valdeira that makes compostable capsules.\n\n"
        "**What did Valdeira cost in the end?**\n\n"
        "About 66 million euros, with the roaster and the building. It was more than we budgeted.\n\n"
        "**How is the weather?**\n\n"
        "About 20 degrees most days, which suits us.\n"
    )
    claims = claims_of(text, knowledge, "interview.md")
    answer = figure(claims, "About 66 million euros")
    assert (answer.subject.name, answer.event) == ("Valdeira", "cost")


def test_a_word_between_the_and_a_trade_is_where_the_company_is_from(knowledge):
    text = (
        "**Kilbrannan Minerals.** The Ayrshire miner, which won Road Scotland's four-year, £96m contract in September, "
        "has a simpler story.\n"
    )
    assert figure(claims_of(text, knowledge, "note.md"), "£96m").subject.name == "Kilbrannan Minerals"


def test_before_a_generic_noun_the_word_is_the_companys_own_name(knowledge):
    claim = figure(claims_of("The Tavora group raised $40 million in 2024.\n", knowledge), "$40 million")
    assert claim.subject.name == "Tavora"


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Founded in 1874, Harrowby Salt employs about 820 people.\n", "Harrowby Salt"),
        (
            "Dentamor Group runs 214 clinics. Founded in 2011 by two Utrecht dentists who wanted to free practitioners "
            "from paperwork, the chain grew by buying practices.\n",
            "Dentamor",  # "Group" is a designator: the name is "Dentamor"
        ),
    ],
)
def test_an_opening_participle_tells_of_the_main_clauses_subject(knowledge, text, subject):
    (date,) = [c for c in claims_of(text, knowledge) if c.kind == "date"]
    assert (date.event, date.subject.name) == ("founding", subject)


def test_staff_of_one_trade_are_no_headcount(knowledge):
    claims = claims_of("Astrelo has 1,900 engineers in the group. It employs about 4,600 people.\n", knowledge)
    assert figure(claims, "1,900 engineers").event != figure(claims, "about 4,600 people").event == "employees"


def test_the_base_of_a_change_told_after_on_dates_no_figure(knowledge):
    text = (
        "---\ndate: 2025-07-30\n---\n\nAstrelo reported revenue of EUR 702 million for the six months to 30 June 2025, "
        "up 9% on the first half of last year.\n"
    )
    claim = figure(claims_of(text, knowledge, "h1.md"), "EUR 702 million")
    assert claim.time is None or claim.time.year == 2025


def test_a_relative_clause_after_a_plan_tells_a_fact_of_its_own(knowledge):
    claims = claims_of(
        "The Herald will move to Kestrel Media's Penrith print centre, which opened in 2019 and prints 80,000 copies a day.",
        knowledge,
    )
    (opened,) = [c for c in claims if c.kind == "date" and c.evidence.text == "2019"]
    assert opened.event == "opening" and opened.tense == "past"
    planned = claims_of("Kestrel Media will move its presses to a print centre in Penrith, which will open in 2027.", knowledge)
    (opening,) = [c for c in planned if c.kind == "date" and c.evidence.text == "2027"]
    assert opening.tense == "future"


def test_a_place_named_before_which_opened_is_the_facility_so_named(knowledge):
    claims = claims_of(
        "Marrow Cocoa runs three grinding plants. Tema, which opened in 2016 and is now our most efficient plant, set a record.",
        knowledge,
    )
    (opened,) = [c for c in claims if c.kind == "date" and c.evidence.text == "2016"]
    assert opened.subject is not None and opened.subject.name == "Tema"
    # A common word before a relative clause stays no name.
    claims = claims_of("Revenue, which rose 5% in 2024, reached EUR 40 million at Marrow Cocoa.", knowledge)
    assert all(c.subject is None or c.subject.name != "Revenue" for c in claims)


@pytest.mark.parametrize(
    "text, surface, subject",
    [
        (
            "The Aurora, the first of six river ships that Brisa Cruises ordered from Maas Yards in 2023, was handed over.",
            "six river ships",
            "Brisa Cruises",
        ),
        ("Pescamar paid the 40 million euros that Halden Foods had asked for.", "40 million euros", "Halden Foods"),
    ],
)
def test_a_figure_taken_up_by_a_relative_clause_is_its_named_subjects(knowledge, text, subject, surface):
    assert figure(claims_of(text, knowledge), surface).subject.name == subject


def test_a_clause_after_that_is_no_relative_clause_of_a_date(knowledge):
    claims = claims_of("The Trade Commission ruled in March 2004 that Corvane Systems had abused its position.", knowledge)
    (ruled,) = [c for c in claims if c.kind == "date"]
    assert ruled.subject is None or ruled.subject.name != "Corvane Systems"


def test_a_towns_name_before_a_trade_points_to_the_company_based_there(knowledge):
    claims = claims_of(
        "Tarvo Insurance annual report\n\n"
        "Tarvo Insurance is the third-largest motor insurer in the Baltic states. "
        "In September we agreed to buy Nemuna Auto Insurance, the Lithuanian motor insurer, for EUR 142 million. "
        "The Vilnius insurer held 463,000 motor policies at 30 September 2024.\n",
        knowledge,
    )
    assert figure(claims, "463,000 motor policies").subject.name == "Nemuna Auto Insurance"


def test_an_organisation_in_a_clause_of_its_own_is_no_party_to_the_figure_before_it(knowledge):
    claims = claims_of(
        "Kessler Glas builds a plant in Pilsen\n\n"
        "Kessler Glas is building a float-glass plant in Pilsen. "
        "The plant cost EUR 275 million, of which EUR 120 million was lent by the European Investment Bank.\n",
        knowledge,
    )
    assert figure(claims, "EUR 275 million").subject.name == "Kessler Glas"
    # The agent of a passive verb still is its figure's subject.
    assert figure(claims_of("EUR 40 million was raised by Tarn Robotics.", knowledge), "EUR 40 million").subject.name == "Tarn Robotics"


def test_a_count_in_a_town_is_not_the_count_of_a_facility_named_after_the_town(knowledge):
    claims = claims_of(
        "Olmedo Foods results\n\n"
        "Olmedo Foods is a Seville-based olive oil group. The Jaén mill opened in 1990. "
        "The group buys olives from 24,500 growers in Jaén and Córdoba provinces.\n",
        knowledge,
    )
    assert figure(claims, "24,500 growers").subject.name == "Olmedo Foods"
    claims = claims_of("About 30 workers at the Vestas wind turbine plant in Newport occupied the factory.", knowledge)
    assert figure(claims, "About 30 workers").subject.name == "Vestas"


@pytest.mark.parametrize(
    "text, surface, per",
    [
        ("The laundry uses 4.5 litres of water for every kilo of linen.", "4.5 litres of water for every kilo", "kilogram"),
        ("Holders get EUR 2 for each share they own.", "EUR 2 for each share", "share"),
    ],
)
def test_for_every_and_for_each_make_a_rate(knowledge, text, surface, per):
    assert figure(claims_of(text, knowledge), surface).value.per == per


def test_a_takeover_named_by_its_target_is_dated_as_the_targets(knowledge):
    claims = claims_of("The Leeds chain Corvina Pharmacy completed its Wellford takeover in November 2025.", knowledge)
    (completed,) = [c for c in claims if c.kind == "date"]
    assert completed.event == "completion" and completed.subject.name == "Wellford"
    # A plant opened by its owner stays the owner's plant's opening.
    claims = claims_of("Corvina Pharmacy opened its Leeds warehouse in March 2024.", knowledge)
    (opened,) = [c for c in claims if c.kind == "date"]
    assert opened.subject is None or opened.subject.name != "Leeds"


def test_the_end_of_a_part_of_a_year_dates_its_figure_and_a_changes_base_does_not(knowledge):
    claims = claims_of(
        "Sonvik Hearing reported revenue of DKK 5.3 billion for the six months to 30 June 2025, "
        "up 9% in Danish kroner and 7% in local currencies from the first half of 2024.",
        knowledge,
    )
    revenue = figure(claims, "DKK 5.3 billion")
    assert revenue.time is not None and revenue.time.year == 2025


def test_a_stock_under_a_numbered_half_or_quarter_stands_at_its_end(knowledge):
    claims = claims_of(
        "# Brakwater Marine Contractors half-year report 2025\n\nBrakwater Marine Contractors reported its results.\n\n"
        "| EUR million | H1 2025 | H1 2024 | FY 2024 |\n|---|---|---|---|\n"
        "| Revenue | 1,180 | 1,060 | 2,270 |\n"
        "| Order book, end of period | 5,900 | 4,870 | 5,200 |\n",
        knowledge,
        path="report.md",
    )
    months = {c.evidence.text: c.time.month for c in claims if c.evidence.text in ("5,900", "4,870", "5,200", "1,180")}
    assert months == {"5,900": 6, "4,870": 6, "5,200": None, "1,180": None}  # a flow over the half keeps its period


def test_a_paragraph_under_a_divisions_heading_tells_one_divisions_flows(knowledge):
    claims = claims_of(
        "# Verhaegen Coatings annual results 2024\n\nVerhaegen Coatings had revenue of EUR 1.46 billion.\n\n"
        "## Divisions\n\n**Decorative.** Revenue rose 5% to EUR 780 million. "
        "In December Baltrum Offshore chose Verhaegen for a contract worth about EUR 38 million.\n",
        knowledge,
        path="results.md",
    )
    assert figure(claims, "EUR 780 million").role == "part"
    assert figure(claims, "about EUR 38 million").role is None  # a deal told there is no division's flow
    claims = claims_of(
        "# Baltic Business Brief, week 47\n\n- **Tarvo Insurance Group** is folding Nemuna into its branch. "
        "The Tallinn-based group wrote EUR 512 million of gross premiums last year.\n",
        knowledge,
        path="brief.md",
    )
    assert figure(claims, "EUR 512 million").role is None


def test_a_founding_year_told_with_its_place_dates_the_founding_only(knowledge):
    claims = claims_of(
        "About Holmsted\n\nHolmsted Foods ASA, founded in Bergen in 1921, makes bread and cakes, which it sells in 31 countries.",
        knowledge,
    )
    assert figure(claims, "31 countries").time is None
    (founded,) = [c for c in claims if c.kind == "date" and c.evidence.text == "1921"]
    assert founded.event == "founding"
    # A year that is the figure's own still dates it.
    claims = claims_of("Holmsted Foods sold its goods in 31 countries in 2021.", knowledge)
    assert figure(claims, "31 countries").time.year == 2021


def test_a_month_opening_a_sentence_is_read_against_the_story_s_date(knowledge):
    story = "LYON, 12 March 2025 (Wire) - Corvell Energy said on Tuesday it would buy trucks.\n\n"
    claims = claims_of(story + "In December Corvell Energy signed a lease for a depot in Lantosque worth EUR 12 million.", knowledge)
    (december,) = [c for c in claims if c.kind == "date" and c.evidence.text == "December"]
    assert (december.time.year, december.time.month) == (2024, 12)
    assert figure(claims, "EUR 12 million").time.year == 2024
    # What is to come, told after the month, is this year's.
    claims = claims_of(story + "In May the company will open a depot costing EUR 40 million.", knowledge)
    (may,) = [c for c in claims if c.kind == "date" and c.evidence.text == "May"]
    assert may.time.year == 2025
    claims = claims_of(story + "In January it sold 40 trucks, and in June it will sell 50.", knowledge)
    (june,) = [c for c in claims if c.kind == "date" and c.evidence.text == "June"]
    assert june.time.year == 2025


def test_what_is_still_to_be_done_dates_no_figure_before_it(knowledge):
    claims = claims_of(
        "LYON, 12 March 2025 (Wire) - Corvell Energy signed a lease on Tuesday.\n\n"
        "Last year Pasquin Structures won a contract worth about EUR 12 million to be delivered in 2026 and 2027.",
        knowledge,
    )
    assert figure(claims, "about EUR 12 million").time.year == 2024


def test_a_quarter_a_plan_names_is_the_next_such_quarter(knowledge):
    story = "PUNE, India, July 8, 2025 (Wire) - "
    claims = claims_of(story + "Haldorf agreed to buy Vintra Implements, a deal it expects to complete in the fourth quarter.", knowledge)
    (quarter,) = [c for c in claims if c.kind == "date" and c.evidence.text == "fourth quarter"]
    assert quarter.time.year == 2025
    claims = claims_of(story + "Haldorf completed the deal in the fourth quarter.", knowledge)
    (past,) = [c for c in claims if c.kind == "date" and c.evidence.text == "fourth quarter"]
    assert past.time.year == 2024


def test_a_list_of_places_after_a_count_is_its_place_as_a_whole(knowledge):
    claims = claims_of("Kilvane Security employs about 300 people in Poland, Estonia and Finland.", knowledge)
    assert figure(claims, "about 300 people").qualifiers.place == "Estonia, Finland, Poland"
    claims = claims_of("Kilvane Security employs about 300 people in Estonia.", knowledge)
    assert figure(claims, "about 300 people").qualifiers.place == "Estonia"


def test_the_level_an_addition_goes_onto_is_the_earlier_figure(knowledge):
    claims = claims_of("The deal will add about 1,900 employees to the 9,400 Linvara already has.", knowledge)
    assert figure(claims, "9,400").role == "previous"
    claims = claims_of("Linvara has 9,400 employees.", knowledge)
    assert figure(claims, "9,400 employees").role is None


def test_a_facility_s_announcement_is_not_its_owner_s_takeover(knowledge):
    claims = claims_of(
        "PUNE, India, July 8, 2025 (Wire) - Haldorf Landtechnik opened its first Indian tractor plant on Tuesday.\n\n"
        "The site, announced in February 2024, employs 1,100 people.\n\n"
        "In May, Haldorf agreed to buy Vintra Implements for EUR 210 million.",
        knowledge,
    )
    (announced,) = [c for c in claims if c.kind == "date" and c.evidence.text == "February 2024"]
    assert announced.subject.name == "Haldorf Landtechnik"
    (agreed,) = [c for c in claims if c.kind == "date" and c.evidence.text == "May"]
    assert agreed.subject.name == "Vintra Implements"  # a deal is known by its target


def test_a_name_that_signs_something_new_is_a_doer_of_one_of_many_deeds(knowledge):
    story = "VILA-REAL, 26 March 2025 - Cervanta reported results.\n\n"
    claims = claims_of(story + "In November Cervanta signed a three-year agreement to supply tiles.", knowledge)
    (signed,) = [c for c in claims if c.kind == "date" and c.evidence.text == "November"]
    assert signed.role == "actor"
    claims = claims_of(story + "Cervanta signed the order in November.", knowledge)
    (signed,) = [c for c in claims if c.kind == "date" and c.evidence.text == "November"]
    assert signed.role is None  # the one order the story is about


def test_counts_told_across_two_lists_of_places_are_two_reaches(tmp_path):
    first = "---\ndate: 2025-01-14\n---\nLinvara Services runs 52 laundries in France and Belgium.\n"
    second = "---\ndate: 2025-02-20\n---\nLinvara Services runs 66 laundries in France, Belgium and Spain.\n"
    assert _findings_of(tmp_path, {"a.md": first, "b.md": second}) == []
    (tmp_path / "b.md").write_text(second.replace("France, Belgium and Spain", "France and Belgium"))
    assert [sorted(e["text"] for e in f["evidence"]) for f in _findings_of(tmp_path, {})] == [["52 laundries", "66 laundries"]]


def test_a_stock_told_only_by_two_stories_months_apart_may_have_changed(tmp_path):
    april = "---\ndate: 2025-04-08\n---\nKilvane Security has 260 employees.\n"
    october = "---\ndate: 2025-10-16\n---\nKilvane Security employs about 300 people.\n"
    assert _findings_of(tmp_path, {"a.md": april, "b.md": october}) == []
    (tmp_path / "b.md").write_text(october.replace("2025-10-16", "2025-06-16"))
    assert [sorted(e["text"] for e in f["evidence"]) for f in _findings_of(tmp_path, {})] == [["260 employees", "about 300 people"]]


def test_an_appositive_that_says_what_a_name_is_by_a_figure_is_that_name_s(knowledge):
    claims = claims_of(
        "Holmsted Foods has agreed to buy Kestrel Bakeries, a chain of 140 shops, for USD 210 million.", knowledge
    )
    assert figure(claims, "140 shops").subject.name == "Kestrel Bakeries"
    assert figure(claims, "USD 210 million").subject.name == "Holmsted Foods"
    # A bare appositive after a company names the deal, not the company.
    claims = claims_of("Baltrum Offshore signed with Pasquin Group, a EUR 38 million contract.", knowledge)
    assert figure(claims, "EUR 38 million").subject.name != "Pasquin Group"


def test_a_name_with_an_age_set_off_by_commas_is_a_person(knowledge):
    from auditor.document import build_model

    text = "Orvar Ekdal, 51, has run Marvik Foods since 2020. Marvik Foods makes soup."
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    kinds = {e.name: e.kind for e in model.entities}
    assert kinds["Orvar Ekdal"] == "person"
    assert kinds["Marvik Foods"] != "person"


def test_an_interview_guest_speaks_for_the_company_they_run_not_the_one_bought(knowledge):
    text = (
        "---\ntitle: \"Orvar Ekdal on Kelwick and Gdansk\"\ndate: 2025-09-12\n---\n\n"
        "*Orvar Ekdal, 51, has been chief executive of Marvik Foods since 2020. In June Marvik Foods agreed to buy "
        "Kelwick Dairies. Kelwick Dairies is its first British business, and Kelwick makes butter.*\n\n"
        "**Why Kelwick?**\n\nWe needed a foothold in Britain. When we signed for Kelwick it had 90 farms. "
        "We sold 40,000 tonnes of cheese last year.\n\n**What next?**\n\nMore cheese.\n"
    )
    claims = claims_of(text, knowledge, path="interview.md")
    assert figure(claims, "40,000 tonnes").subject.name == "Marvik Foods"
    assert figure(claims, "90 farms").subject.name == "Kelwick Dairies"  # "it" is not what "we" speaks for


def test_the_party_chosen_or_awarded_holds_the_contract(knowledge):
    claims = claims_of(
        "In December Corvell Energy chose Pasquin Structures to build the steel frame of its depot, "
        "a contract worth about EUR 12 million.",
        knowledge,
    )
    assert figure(claims, "about EUR 12 million").subject.name == "Pasquin Structures"
    claims = claims_of("In April five Swedish regions awarded Holvik Medical a framework agreement worth SEK 1.3 billion.", knowledge)
    assert figure(claims, "SEK 1.3 billion").subject.name == "Holvik Medical"
    # Told from the winner's side, the winner is the subject anyway.
    claims = claims_of("Corvell Energy won a EUR 12 million contract from Pasquin Structures.", knowledge)
    assert figure(claims, "EUR 12 million").subject.name == "Corvell Energy"


def test_paragraphs_that_open_on_labels_naming_no_one_are_parts_told_side_by_side(knowledge):
    report = (
        "# Groenhof Seeds annual results 2024\n\nGroenhof Seeds had revenue of EUR 600 million.\n\n## Crop groups\n\n"
        "**Fruit vegetables.** Revenue rose 7% to EUR 372 million.\n\n**Leafy vegetables.** Revenue grew 5% to EUR 148 million.\n"
    )
    claims = claims_of(report, knowledge, path="results.md")
    assert figure(claims, "EUR 372 million").role == "part"
    assert figure(claims, "EUR 148 million").role == "part"
    # Labels that name the measure are key facts, not parts.
    facts = (
        "# Groenhof Seeds at a glance\n\n## Key facts\n\n**Revenue.** Revenue was EUR 600 million in 2024.\n\n"
        "**Staff.** Groenhof Seeds employs 2,100 people.\n"
    )
    assert figure(claims_of(facts, knowledge, path="facts.md"), "EUR 600 million").role is None
    # A transcript's speakers are no parts.
    transcript = (
        "# Call\n\n## Remarks\n\n**ANA LUND:** We ended 2024 with revenue of EUR 600 million.\n\n"
        "**OLE MAAS:** Our revenue was EUR 610 million.\n"
    )
    assert figure(claims_of(transcript, knowledge, path="call.md"), "EUR 600 million").role is None
    # A feature's kickers and a note's measure labels are no parts either.
    feature = (
        "# Seeds for the south\n\n**A family firm.** Groenhof Seeds had revenue of EUR 600 million in 2024.\n\n"
        "**Why melons pay.** Melon seed sells at a premium.\n"
    )
    assert figure(claims_of(feature, knowledge, path="feature.md"), "EUR 600 million").role is None
    note = (
        "# Groenhof Seeds: buy\n\n**In short.** Groenhof Seeds had revenue of EUR 600 million in 2024.\n\n"
        "**Margins.** They widened.\n"
    )
    assert figure(claims_of(note, knowledge, path="note.md"), "EUR 600 million").role is None


def test_money_of_a_company_s_own_is_its_share_of_a_cost(knowledge):
    claims = claims_of("Sennvik said it had spent EUR 44 million of its own money on the Oradea plant.", knowledge)
    assert figure(claims, "EUR 44 million").role == "part"
    claims = claims_of("Sennvik said it had spent EUR 44 million on the Oradea plant.", knowledge)
    assert figure(claims, "EUR 44 million").role is None


def test_a_description_s_town_rules_out_a_company_said_to_be_based_elsewhere(knowledge):
    text = (
        "Idrovanti, the Italian pump maker, has agreed to buy Keyport Fluid Systems, a Pennsylvania company, for $285 million.\n\n"
        "Keyport, based in Lancaster, Pennsylvania, employs 780 people.\n\n"
        "The Bergamo-based group employs 4,900 people."
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "4,900 people").subject.name == "Idrovanti"
    assert figure(claims, "780 people").subject.name in ("Keyport Fluid Systems", "Keyport")


def test_a_takeover_told_in_a_relative_clause_with_its_own_doer_dates_the_company_bought(knowledge):
    claims = claims_of(
        "The valves are cast at the foundry in Tiel, run by Amstelgiet, which Corvo Pumps acquired in 2014. "
        "Sales rose in Spain, where Marisol Bombas, the Seville maker it bought in 2021, serves farmers. "
        "Its ships are run by Halvor Subsea, the Bergen company Corvo bought in 2017.",
        knowledge,
    )
    dated = {c.evidence.text: c for c in claims if c.kind == "date"}
    assert (dated["2014"].event, dated["2014"].subject.name) == ("completion", "Amstelgiet")
    assert (dated["2021"].event, dated["2021"].subject.name) == ("completion", "Marisol Bombas")
    assert (dated["2017"].event, dated["2017"].subject.name) == ("completion", "Halvor Subsea")


def test_a_takeover_told_by_a_gerund_dates_the_company_bought(knowledge):
    claims = claims_of("Corvo Pumps has grown abroad since buying the Danish maker Halvor Subsea in 2011.", knowledge)
    (dated,) = [c for c in claims if c.kind == "date"]
    assert (dated.event, dated.subject.name) == ("completion", "Halvor Subsea")


def test_a_relative_clause_of_another_deed_keeps_its_facility(knowledge):
    # Guard: only a takeover's relative clause names the company it was done to.
    claims = claims_of("Its seventh bakery, near Braga in the Minho, which it opened in 2022, makes rolls.", knowledge)
    (dated,) = [c for c in claims if c.kind == "date"]
    assert dated.event == "opening"
    assert dated.subject is None or dated.subject.name != "Minho"


def test_a_name_in_a_gerund_s_phrase_before_the_subject_is_not_what_it_means(knowledge):
    claims = claims_of(
        "After buying a plant in Kassel in 2019, Brasco Klavier doubled its output. It made 12,000 pianos in 2024. "
        "Since opening its first shop in Utrecht in 2011, Lenswerk has built the largest chain in the region. "
        "It sold 4.2 million lenses last year.",
        knowledge,
    )
    assert figure(claims, "12,000 pianos").subject.name == "Brasco Klavier"
    assert figure(claims, "4.2 million lenses").subject.name == "Lenswerk"


def test_of_and_a_place_after_a_company_s_name_say_where_it_is(knowledge):
    claims = claims_of(
        "Talsa Foods of Burgos paid EUR 20 million for Marwick Paints. Royal Bank of Scotland lent it EUR 5 million.",
        knowledge,
    )
    assert figure(claims, "EUR 20 million").subject.name == "Talsa Foods"
    # Guard: after a word a name's "of" may follow, the place is the name's.
    assert figure(claims, "EUR 5 million").subject.name == "Royal Bank of Scotland"


def test_a_size_told_of_an_order_is_the_order_s(knowledge):
    claims = claims_of("Norrvik Electrolysers has won a 400 MW order from Castelnou Energía, its largest.", knowledge)
    assert figure(claims, "400 MW").event == "order"


def test_a_company_named_for_its_founder_stays_the_company(knowledge):
    claims = claims_of(
        "UTRECHT, May 22, 2025 (Wire) - Shares in Vaals, the Dutch chain of hearing clinics, rose on Thursday.\n\n"
        "Founded in 1994 by the audiologist Pieter Vaals, the chain ran 212 clinics at the end of last year. "
        "It fitted 96,000 hearing aids in 2024.",
        knowledge,
    )
    assert figure(claims, "212 clinics").subject.name == "Vaals"
    assert figure(claims, "96,000 hearing aids").subject.name == "Vaals"


def test_a_founder_named_with_who_founded_is_a_person_not_the_group(knowledge):
    claims = claims_of(
        "Marit Solberg, who founded Dyrlege Nord in 2009 after years in practice, now sits on its board. "
        "The group's revenue reached NOK 2.1 billion in 2024.",
        knowledge,
    )
    assert figure(claims, "NOK 2.1 billion").subject.name == "Dyrlege Nord"


def test_verbs_of_making_tell_one_year_s_output(knowledge):
    built = claims_of("OSLO, January 14, 2025 (Wire) - Kvam Orgel makes organs by hand. It built 42 organs last year.", knowledge)
    finished = claims_of(
        "---\ndate: 2025-09-10\n---\n\nKvam Orgel makes organs by hand. Last year its 60 craftspeople finished 51 organs.",
        knowledge, path="feature.md",
    )
    assert figure(built, "42 organs").event == figure(finished, "51 organs").event == "organ made"
    # Guard: building a stock (stores, plants) stays a change of it.
    opened = claims_of("OSLO, January 14, 2025 (Wire) - Kvam Orgel built 3 stores last year.", knowledge)
    assert figure(opened, "3 stores").event == "stores built"


def test_a_stock_at_the_end_of_a_year_stands_at_december(knowledge):
    claims = claims_of("UTRECHT, May 22, 2025 (Wire) - Vaals ran 212 clinics at the end of last year.", knowledge)
    time = figure(claims, "212 clinics").time
    assert (time.year, time.month) == (2024, 12)


def test_deals_that_went_through_and_a_first_day_of_trading_are_dated_events(knowledge):
    claims = claims_of(
        "AMSTERDAM, May 22, 2025 (Wire) - Shares in Vaals rose 9% on their first day of trading on Thursday. "
        "Its purchase of Hoorzorg went through in February 2025.",
        knowledge,
    )
    events = {c.evidence.text: c.event for c in claims if c.kind == "date"}
    assert events["on Thursday"] == "listing"
    assert events["February 2025"] == "completion"


def test_a_name_opening_a_sentence_before_a_verb_of_output_is_a_name(knowledge):
    claims = claims_of("Kvamsholt produced 1,250 organs in 2024.", knowledge)
    assert figure(claims, "1,250 organs").subject.name == "Kvamsholt"


def test_a_row_label_s_day_dates_a_stock_in_its_column_s_year(knowledge):
    text = (
        "---\ntitle: Vaals first-half results 2025\n---\n\n"
        "Vaals, the hearing-clinic chain, reported its results for the first half of 2025.\n\n"
        "| First half | 2025 | 2024 |\n|---|---|---|\n"
        "| Clinics at 30 June | 231 | 219 |\n"
    )
    claims = claims_of(text, knowledge, "t.md")
    time = figure(claims, "219").time
    assert (time.year, time.month) == (2024, 6)


def test_a_column_of_a_narrowed_revenue_is_a_part_of_each_company_s(knowledge):
    text = (
        "| Maker | Home market | Frozen-dough revenue 2024 (EUR m) | Revenue 2024 (EUR m) |\n|---|---|---|---|\n"
        "| Backhaus Lind | Germany | 240 | 910 |\n"
    )
    claims = claims_of(text, knowledge, "t.md")
    assert figure(claims, "240").role == "part"
    assert figure(claims, "910").role is None


def test_worth_at_the_end_of_a_contract_s_long_phrase_is_the_contract_s_value(knowledge):
    claims = claims_of(
        "Kornhaus Backwaren makes rolls. In January 2025 it signed a three-year contract with Discanto, "
        "the Austrian discount chain, to supply baguettes for the ovens in its 800 stores, worth about EUR 90 million.",
        knowledge,
    )
    contract = figure(claims, "about EUR 90 million")
    assert (contract.event, contract.subject.name) == ("contract", "Kornhaus Backwaren")


def test_a_count_in_an_appositive_with_a_nationality_is_the_described_company_s(knowledge):
    claims = claims_of(
        "OSLO, March 11, 2025 (Wire) - Dyrlege Nord has agreed to buy Tassen Klinikka, a Finnish chain of 41 clinics, "
        "for EUR 90 million.",
        knowledge,
    )
    assert figure(claims, "41 clinics").subject.name == "Tassen Klinikka"


def test_a_rate_after_a_verb_of_building_is_no_change_of_a_stock(knowledge):
    claims = claims_of("Kaldor Cooling's plant in Cork can build about 4,000 chillers a year. It built 40 depots in 2024.", knowledge)
    assert figure(claims, "about 4,000 chillers a year").role is None
    # Guard: sites built are a change of a stock (or the year's flow of them), never things made.
    assert "made" not in figure(claims, "40 depots").event


def test_a_town_s_word_before_a_description_is_not_what_was_bought(knowledge):
    claims = claims_of(
        "**Klangwerk Gruppe** said the EUR 48 million purchase of Wendlingen organ builder Vossberg that it completed "
        "in April had given it a workshop.",
        knowledge,
    )
    assert figure(claims, "EUR 48 million").object.name == "Vossberg"


def test_a_word_set_in_bold_on_its_own_is_a_name_even_when_it_ends_in_s(knowledge):
    claims = claims_of(
        "## Deals\n\n- **Almacenes** completed its purchase of Trastero Norte in September 2025 and now has 96 stores.\n",
        knowledge, path="brief.md",
    )
    assert figure(claims, "96 stores").subject.name == "Almacenes"


def test_a_name_ending_in_s_with_an_apostrophe_s_is_no_plural(knowledge):
    claims = claims_of(
        "MADRID, April 2, 2025 (Wire) - Almacenes runs 74 stores.\n\n"
        "Almacenes's stores were more than 90% let at the end of 2024. The hotels were 85% occupied in 2024.",
        knowledge,
    )
    let = figure(claims, "more than 90%")
    assert (let.subject.name, let.event) == ("Almacenes", "utilisation")
    assert figure(claims, "85%").event == "utilisation"


def test_worth_after_a_contract_s_purpose_is_the_contract_s_value(knowledge):
    claims = claims_of(
        "In January, Brotwerk Nord awarded Kornmuehle Alsen a five-year contract to supply all the flour for "
        "its three bakeries, worth EUR 90 million.",
        knowledge,
    )
    assert figure(claims, "EUR 90 million").event == "contract"


@pytest.mark.parametrize(
    "text, written, event",
    [
        ("Molvik Mills said its supply contract with Ostby Foods, signed in May and worth EUR 64 million, runs to 2029.",
         "EUR 64 million", "contract"),
        ("Kerrow Rail signed its biggest order yet: 40 trams for the city of Arles, worth EUR 220 million.",
         "EUR 220 million", "order"),
        ("Tessel Bus ordered 30 coaches, worth EUR 12 million, for its airport routes.", "EUR 12 million", "order"),
    ],
)
def test_worth_further_on_in_a_deal_s_sentence_prices_the_deal(knowledge, text, written, event):
    assert figure(claims_of(text, knowledge), written).event == event


def test_worth_after_a_second_valuation_is_no_earlier_deal_s(knowledge):
    claims = claims_of("Molvik Mills signed a contract in May; its shares are worth EUR 14 million in all.", knowledge)
    assert figure(claims, "EUR 14 million").event != "contract"


def test_a_takeover_s_price_restated_as_a_price_is_the_acquisition_s(knowledge):
    claims = claims_of("Orrin Capital agreed to buy a 30% stake in Medby Foods for EUR 90 million, a price some analysts call rich.", knowledge)
    assert figure(claims, "EUR 90 million").event == "acquisition"
    # A price with no takeover before it stays a price.
    ticket = claims_of("Medby Foods sells its hamper for EUR 90, a price some call rich.", knowledge)
    assert figure(ticket, "EUR 90").event != "acquisition"


def test_a_source_note_below_a_table_dates_its_cells(knowledge):
    text = (
        "# Charging networks\n\nVoltra leads the Nordic market.\n\n"
        "| Operator | Home market | Sites |\n|---|---|---|\n| Voltra | Norway | 284 |\n\n"
        "*Source: company data. Network figures at 31 December 2024.*\n\n"
        "Utilisation is the number that matters.\n"
    )
    assert figure(claims_of(text, knowledge, "note.md"), "284").time.year == 2024
    # Guard: the text going on below a table dates nothing in it.
    text = (
        "# Deal tracker\n\n| Company | Deal | Amount |\n|---|---|---|\n| Voltra | Series B | $58 million |\n\n"
        "Pelham's purchase of Corvane closed in April 2025 after a short review.\n"
    )
    claim = figure(claims_of(text, knowledge, "tracker.md"), "$58 million")
    assert claim.time is None or claim.time.year != 2025 or claim.time.source not in ("heading", "sentence")


@pytest.mark.parametrize(
    "text",
    [
        # the dateline's place
        "ZWOLLE, Netherlands, 4 June 2025 (Wire) - Brinkhorst Fietsen said on Wednesday it would buy a rival.\n\n"
        "The Zwolle group sold 610,000 bicycles last year.",
        # "X-based" elsewhere in the document
        "Brinkhorst Fietsen is the Zwolle-based maker of city bikes.\n\nThe Zwolle company sold 610,000 bicycles last year.",
        # "X, Country"
        "Brinkhorst Fietsen assembles its bikes in a hall in Zwolle, Netherlands.\n\nThe Zwolle company sold 610,000 bicycles last year.",
    ],
)
def test_a_place_the_document_writes_as_one_in_a_description_names_no_company(knowledge, text):
    found = figure(claims_of(text, knowledge), "610,000 bicycles")
    assert found.subject is not None and found.subject.name == "Brinkhorst Fietsen"


def test_a_name_written_as_a_party_stays_one_though_a_place_shares_it(knowledge):
    text = (
        "ZWOLLE, Netherlands, 4 June 2025 (Wire) - Zwolle said on Wednesday it sold 610,000 bicycles last year.\n\n"
        "The Zwolle group also makes scooters."
    )
    assert figure(claims_of(text, knowledge), "610,000 bicycles").subject.name == "Zwolle"


def test_initials_open_a_name(knowledge):
    found = figure(claims_of("J. C. Ostermeier AG agreed to acquire Tuzkarna Vltava for CZK 1.45 billion.", knowledge), "CZK 1.45 billion")
    assert found.subject.name == "J. C. Ostermeier"


def test_a_kind_of_document_on_a_line_of_its_own_is_no_party(knowledge):
    text = (
        "PRESS RELEASE\n\nOstermeier agrees to buy Vltava\n\n"
        "Furth, 2 September 2025 - Ostermeier Werke today announced an agreement to acquire Vltava.\n\n"
        "Key facts:\n\n- Purchase price: CZK 1.45 billion\n"
    )
    found = figure(claims_of(text, knowledge), "CZK 1.45 billion")
    assert found.subject is None or found.subject.name != "PRESS RELEASE"


@pytest.mark.parametrize("sites", ["estates", "plants", "vineyards"])
def test_an_owner_s_sites_make_the_owner_s_figure(knowledge, sites):
    text = f"Kandapola Estates owns 14 tea gardens.\n\nKandapola's {sites} produced 9.4 million kilograms of made tea last year."
    assert figure(claims_of(text, knowledge), "9.4 million kilograms").subject.name == "Kandapola Estates"


def test_a_name_opening_with_initials_is_short_for_its_first_full_word(knowledge):
    text = "J. C. Ostermeier AG makes pencils in Furth.\n\nOstermeier's revenue rose to EUR 512 million in 2024."
    assert figure(claims_of(text, knowledge), "EUR 512 million").subject.name == "J. C. Ostermeier"


def test_a_title_label_the_document_writes_in_lower_case_names_no_one(knowledge):
    text = (
        '---\ntitle: "Sharpened: Europe\'s pencil makers bet on the classroom"\ndate: 2025-09-29\n---\n\n# Sharpened\n\n'
        "*Europe's pencil makers were supposed to be finished by the tablet. Instead they are buying each other.*\n\n"
        "Walk into any primary school in Bavaria in September and the smell is the same.\n\n"
        "**A family business, sharpened.** That is good news for J. C. Ostermeier, founded in 1853 by a pencil maker. "
        "The family-controlled company had sales of EUR 468 million in 2024.\n\n"
        "**Across the forest.** Earlier this month Ostermeier agreed to buy Tuzkarna Vltava for CZK 1.45 billion.\n"
    )
    assert figure(claims_of(text, knowledge, "feature.md"), "EUR 468 million").subject.name == "J. C. Ostermeier"


def _dated(claims, surface):
    (found,) = [c for c in claims if c.kind == "date" and c.evidence.text == surface]
    return found


def test_a_participle_phrase_after_a_thing_dates_the_thing(knowledge):
    text = "Its office division, which includes the Kolibri school fountain pen, launched in 1979, made EUR 205 million."
    found = _dated(claims_of(text, knowledge), "1979")
    assert (found.subject.name, found.event) == ("Kolibri", "launch")
    # A name in apposition before the clause's own verb stays its owner's.
    text = "Cobalt Media Group is a London studio. Its subscription service, CobaltPlay, launched in 2019."
    assert _dated(claims_of(text, knowledge), "2019").subject.name == "Cobalt Media"
    # A place ending the clause before the verb is no thing the verb dates.
    text = "The airline, which is the third largest in China, signed the agreement in Paris on 15 June 2025."
    found = _dated(claims_of(text, knowledge), "15 June 2025")
    assert found.subject is None or found.subject.name != "China"


@pytest.mark.parametrize("told", ["first sold in 1985", "went on sale in 1985", "first went on sale in 1985"])
def test_a_product_first_sold_is_launched(knowledge, told):
    found = _dated(claims_of(f"The Kolibri, {told}, is a fountain pen.", knowledge), "1985")
    assert (found.subject.name, found.event) == ("Kolibri", "launch")


def test_an_unnamed_facility_s_cost_is_its_owner_s_in_a_story_of_the_owner(knowledge):
    text = (
        "Krystalis lights solar-glass furnace in Czech coal country\n\n"
        "PRAGUE, June 5, 2025 (Wire) - Krystalis Solar lit the furnace at its new solar-glass plant on Tuesday.\n\n"
        "The plant cost EUR 275 million, of which EUR 120 million was lent by a bank.\n\n"
        "Krystalis is owned by its founders."
    )
    found = figure(claims_of(text, knowledge), "EUR 275 million")
    assert (found.subject.name, found.event) == ("Krystalis Solar", "cost")


def test_an_unnamed_facility_s_measure_is_no_owner_s(knowledge):
    # What the plant makes or employs is the plant's, not the group's: no subject.
    text = "Krystalis Solar is owned by its founders.\n\nKrystalis Solar said on Tuesday that it opened a new plant. The plant employs 420 people."
    assert figure(claims_of(text, knowledge), "420 people").subject is None


def test_a_column_of_estimates_is_no_fact_of_its_year(knowledge):
    text = (
        "# Parfums Orsenne\n\nParfums Orsenne makes perfume in Grasse.\n\n## Forecasts\n\n"
        "| EUR million | 2024A | 2025E |\n|---|---|---|\n| Revenue | 803 | 892 |\n"
    )
    claims = claims_of(text, knowledge, "note.md")
    actual, estimate = figure(claims, "803"), figure(claims, "892")
    assert actual.role is None and actual.tense != "future"
    assert estimate.role == "target" and estimate.tense == "future"


def test_an_order_won_before_a_colon_is_the_customer_s_with_the_winner_as_supplier(knowledge):
    text = "In March Brinkhorst Fietsen won its biggest single order: 9,000 cargo e-bikes for Postel Belgica, worth EUR 40 million."
    found = figure(claims_of(text, knowledge), "EUR 40 million")
    assert (found.subject.name, found.event, found.object.name) == ("Postel Belgica", "order", "Brinkhorst Fietsen")


@pytest.mark.parametrize(
    ("text", "surface", "future"),
    [
        ("Kvam Orgel's revenue rose by 25% to EUR 50 million in 2024.", "EUR 50 million", False),
        ("Kvam Orgel's gross margin improved by 2.1 points to 63.8% in 2024.", "63.8%", False),
        ("Kvam Orgel will build 500 organs a year by 2030.", "500 organs a year", True),
    ],
)
def test_by_and_a_number_is_a_deadline_only_when_the_number_is_a_year(knowledge, text, surface, future):
    assert (figure(claims_of(text, knowledge), surface).tense == "future") is future


def test_a_passive_deal_s_agent_is_not_what_was_bought(knowledge):
    # "bought by Brannock": the name after "by" did the buying; the deal is
    # known by what was bought, whichever voice tells it.
    passive = claims_of("The paint maker Selvig was bought by Brannock in 2021.", knowledge)
    active = claims_of("Brannock bought the paint maker Selvig in 2021.", knowledge)
    assert figure(passive, "2021").subject.name == "Selvig"
    assert figure(active, "2021").subject.name == "Selvig"
    assert figure(passive, "2021").event == figure(active, "2021").event


def test_a_trade_word_ending_a_name_makes_it_a_company(knowledge):
    claims = claims_of("Brannock Coatings had sales of EUR 1.2 billion in 2024.", knowledge)
    assert figure(claims, "EUR 1.2 billion").subject.type == "organisation"


def test_a_figure_before_a_facility_s_noun_is_its_cost(knowledge):
    claims = claims_of("Kerrigan built a EUR 71 million farm in western Poland.", knowledge)
    assert figure(claims, "EUR 71 million").event == "cost"


def test_a_facility_noun_past_a_comma_is_not_what_the_figure_measures(knowledge):
    text = "Ecoles Lemaniques is converting the Hotel Belvedere, which it bought in June for CHF 42 million, into a school."
    assert figure(claims_of(text, knowledge), "CHF 42 million").event == "acquisition"


def test_a_deal_named_by_what_it_binds_a_side_to_do_is_a_contract(knowledge):
    text = (
        "Halvik Sugar said deliveries under its three-year deal to supply 240,000 tonnes of sugar to Limora, "
        "worth about EUR 150m and signed in January, began in March."
    )
    assert figure(claims_of(text, knowledge), "about EUR 150m").event == "contract"
    text = "Halvik's EUR 140m five-year agreement to supply ammonia to Delfzand, signed in February, shows the trend."
    assert figure(claims_of(text, knowledge), "EUR 140m").event == "contract"


def test_a_relative_clause_after_an_appositive_hangs_on_the_name_described(knowledge):
    text = (
        "Matrasco Group, the Lithuanian maker, which in January won a EUR 40 million contract to supply Hemma Living, "
        "is building a plant."
    )
    assert figure(claims_of(text, knowledge), "EUR 40 million").subject.name == "Matrasco"


def test_a_ticker_after_its_exchange_is_a_name_of_the_company(knowledge):
    text = "London, 9 April 2025 - Halvard & Mote plc (AIM: HMT) today agreed to acquire Ombra Lucca for GBP 34 million in cash."
    assert figure(claims_of(text, knowledge), "GBP 34 million").subject.name == "Halvard & Mote"
    # The first definition holds: an exchange's listing of a ticker already defined names no other company.
    text = (
        "Orvane Telecom (OVT) is in talks to sell itself. A sale would end the trading of OVT shares on the "
        "Toronto (TSX: OVT) exchange. OVT shares rose CA$2.34 on Tuesday."
    )
    assert figure(claims_of(text, knowledge), "CA$2.34").subject.name == "Orvane Telecom"


def test_an_earlier_year_s_figure_in_brackets_is_the_same_measure_that_year(knowledge):
    text = "Brannock reported its results for 2024.\n\n- Revenue rose 8.6% to EUR 214 million (2023: EUR 197 million)\n"
    earlier = figure(claims_of(text, knowledge), "EUR 197 million")
    assert (earlier.event, earlier.role, earlier.time.year) == ("revenue", "previous", 2023)


def test_a_figure_as_originally_reported_is_a_version_a_restatement_replaced(knowledge):
    text = "Brannock restated its accounts. As originally reported, revenue for 2023 was EUR 206 million."
    assert figure(claims_of(text, knowledge), "EUR 206 million").qualifiers.phase == "as first reported"


def test_a_restated_comparative_is_what_a_change_is_checked_against():
    from auditor.checks.rulefile import load_rules
    from auditor.engine import audit
    from auditor.model import DocumentStatus, LoadResult

    text = (
        "Brannock results 2024\n\nHighlights\n\n- Revenue rose 8.6% to EUR 214 million (2023: EUR 197 million, restated)\n\n"
        "2023 figures have been restated. As originally reported, revenue for 2023 was EUR 206 million.\n"
    )
    document = parse_document("release.txt", text.encode())
    corpus = LoadResult(documents=(document,), statuses=(DocumentStatus(path=document.path, status="read", id=document.id, sha256=document.sha256),))
    rules = [r for r in load_rules() if r.id == "change-mismatch"]
    assert audit(corpus, rules).findings == ()


def test_a_shop_named_by_its_street_is_no_company_a_description_points_back_to(knowledge):
    text = (
        "At four o'clock the queue at Halvard & Mote's shop on Piccadilly reaches the door.\n\n"
        "The Piccadilly shop, opened in 1931, has barely changed. What has changed is the business behind it.\n\n"
        "This summer the company bought Ombra Lucca for GBP 34 million.\n"
    )
    assert figure(claims_of(text, knowledge, "feature.md"), "GBP 34 million").subject.name == "Halvard & Mote"


def test_a_name_written_as_a_place_here_is_no_facility_a_pronoun_points_to(knowledge):
    text = (
        "Founded in 1957 in a Turin workshop, Astrella Segnali makes signals.\n\n"
        "Turin-based Astrella had revenue of EUR 1.34 billion last year, according to figures it published on Tuesday."
    )
    revenue = figure(claims_of(text, knowledge), "EUR 1.34 billion")
    assert revenue.subject.name.startswith("Astrella") and (revenue.object is None or revenue.object.name != "Turin")


def test_over_after_a_verb_it_belongs_to_is_no_bound(knowledge):
    claims = claims_of("The Sardinian business turned over EUR 73 million in 2024.", knowledge)
    turnover = figure(claims, "EUR 73 million")
    assert (turnover.event, turnover.value.qualifier) == ("revenue", "exact")
    # "over" before a figure with no such verb is still a lower bound.
    assert figure(claims_of("Brannock had sales of over EUR 73 million in 2024.", knowledge), "over EUR 73 million").value.qualifier == "over"


def test_kin_and_a_life_told_after_who_make_a_person(knowledge):
    text = (
        "Amparo Ferrandis Soler, who took over from her father in 2018, runs Pirotecnia Ferrandis. "
        "The company staged 2,340 displays in 2024."
    )
    assert figure(claims_of(text, knowledge), "2,340 displays").subject.name == "Pirotecnia Ferrandis"
    # A company told of as its people is still the company.
    text = "Aerlina-KLM, who placed their bid on Friday, will pay EUR 140 million for Alitra."
    assert figure(claims_of(text, knowledge), "EUR 140 million").subject.name == "Aerlina-KLM"


def test_a_company_named_for_a_family_is_not_one_of_the_family(knowledge):
    text = (
        "Vaudrin has agreed to buy Uhrenwerk Rennard, a family-owned German watchmaker. Rennard makes pilot's watches. "
        "It had sales of EUR 188 million last year. Friederike Rennard, the founder's great-granddaughter, will stay on."
    )
    assert figure(claims_of(text, knowledge), "EUR 188 million").subject.name in ("Rennard", "Uhrenwerk Rennard")


def test_whose_hangs_a_figure_on_the_name_before_it(knowledge):
    text = "Last week Kowra Bay completed its purchase of Jarra Ridge Apiaries in Western Australia, whose hives produced 1,480 tonnes of honey in 2024."
    assert figure(claims_of(text, knowledge), "1,480 tonnes").subject.name == "Jarra Ridge Apiaries"


def test_a_place_a_company_is_based_in_is_no_party(knowledge):
    text = (
        "Azenda agreed to buy Sughero Gallara. Gallara, based in Tempio Vasca, buys bark from forest owners. "
        "It had revenue of EUR 61 million last year."
    )
    revenue = figure(claims_of(text, knowledge), "EUR 61 million")
    assert revenue.subject is not None and "Tempio" not in revenue.subject.name


def test_a_pronoun_a_figure_makes_something_is_not_its_owner(knowledge):
    text = (
        "Brevik has bought Seilerei Kofra.\n\n"
        "Kofra's 2024 turnover of EUR 55 million makes it one of the three largest climbing-rope brands in Europe.\n"
    )
    assert figure(claims_of(text, knowledge), "EUR 55 million").subject.name == "Seilerei Kofra"
    # A pronoun that did what the figure counts is still its owner.
    text = "Dentavia is growing. The clinics are on the way to beating the 2.1 million visits it recorded in 2024."
    assert figure(claims_of(text, knowledge), "2.1 million visits").subject.name == "Dentavia"


def test_that_year_is_the_year_told_before_it(knowledge):
    text = "The London firm Halvard & Mote sold nearly 2 million umbrellas in 2024, and its sales reached GBP 148 million that year."
    assert figure(claims_of(text, knowledge), "GBP 148 million").time.year == 2024


def test_a_name_that_set_up_a_company_is_its_founder(knowledge):
    text = (
        "Ron Whitby set up Kowra Bay in 1978 with forty hives. His daughter Aroha floated the company on the NZX in 2017."
    )
    listing = figure(claims_of(text, knowledge), "2017")
    assert listing.subject is not None and listing.subject.name == "Kowra Bay"


def test_a_sentence_opening_on_the_word_a_company_s_name_closes_names_it(knowledge):
    text = "Corticeira Azena agreed to buy Selvig.\n\nAzena, which employs 3,850 people in Portugal, also makes flooring.\n"
    assert figure(claims_of(text, knowledge), "3,850 people").subject.name in ("Azena", "Corticeira Azena")
    # Not a common word that closes a name: "Crude oil rose" after "Brent Crude".
    text = "Brent Crude is a benchmark.\n\nCrude oil rose to close at US $86.13 a barrel."
    closing = figure(claims_of(text, knowledge), "US $86.13 a barrel")
    assert closing.subject is None or closing.subject.name != "Crude"


def test_a_date_in_an_aside_about_another_noun_dates_that_deed_not_the_figure(knowledge):
    text = (
        "Krauss Schausteller runs rides in Munich. Krauss Schausteller operates 23 rides, from a carousel to the "
        "Ferris wheel Aurora, bought from a Dutch showman in 2016, which is 55 metres tall. "
        "Krauss Schausteller now runs 40 rides, including a wheel it bought in 2016. "
        "Novara Labs raised a EUR 5 million round, closed in 2021."
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "23 rides").time is None or figure(claims, "23 rides").time.year != 2016
    assert figure(claims, "40 rides").time is None or figure(claims, "40 rides").time.year != 2016
    # A participle right after the figure's own noun dates it.
    assert figure(claims, "EUR 5 million").time.year == 2021


def test_a_participle_s_aside_before_a_figure_dates_its_own_deed(knowledge):
    text = (
        "Pryce Orchard Vinegar is a cider vinegar maker. The Monmouthshire producer, set up by Rhian Pryce on her "
        "family orchards in 2011, made 2.3 million litres of vinegar in 2024."
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "2.3 million litres").time.year == 2024
    assert figure(claims, "2011").event == "founding"


def test_a_relative_clause_on_an_appositive_s_noun_tells_of_the_name_it_describes(knowledge):
    claims = claims_of(
        "Halvorsen Sauna Oy makes saunas. In February Halvorsen agreed to acquire Saunameister OÜ of Tartu, Estonia, "
        "a maker of garden saunas that employs fewer than 80 people. "
        "Halvorsen also bought Kivi Kiuas, a heater maker that employs 85 people.",
        knowledge,
    )
    assert figure(claims, "fewer than 80 people").subject.name == "Saunameister OÜ"
    assert figure(claims, "85 people").subject.name == "Kivi Kiuas"
    # A clause with a subject of its own after the relative pronoun is that subject's.
    own = claims_of(
        "Halvorsen appealed to the Vaasa Court, a bid which failed and where Halvorsen Sauna Oy was fined EUR 2 million.",
        knowledge,
    )
    assert figure(own, "EUR 2 million").subject is None or figure(own, "EUR 2 million").subject.name != "Vaasa Court"


def test_a_count_that_does_the_deed_after_a_leading_date_is_no_party_s_deed(knowledge):
    claims = claims_of("Brackwell Trust runs three pools. In 2024/25, 4,300 children completed our lessons.", knowledge)
    assert figure(claims, "2024/25").event != "completion"
    # The split year's "25" is no count of children.
    assert not any(c.evidence.text == "25" for c in claims)
    assert figure(claims, "4,300 children").value.value == 4300
    # A year or a day before a word is no count: "In November of 2006 the
    # Commission had ordered", "On February 15 the court ordered".
    ordered = claims_of(
        "HALDEN, 3 March 2025 - Brackwell Trust runs pools. On February 15 the Halden court ordered Brackwell Trust to pay.", knowledge
    )
    assert figure(ordered, "February").event == "order"
    # A company after the date still does it.
    done = claims_of("In July 2025 Lumora Foods completed the purchase of Kelso Mills.", knowledge)
    assert figure(done, "July 2025").event == "completion"


def test_sales_to_some_customers_are_a_part_of_revenue(knowledge):
    claims = claims_of(
        "Fungiva SE makes spawn. Fungiva had revenue of EUR 118.6 million in 2024. Sales to this customer group "
        "remain small, at under EUR 2 million. Sales to hotels rose to EUR 4 million. Revenue from exports was EUR 40 million. "
        "Revenue from the group was EUR 50 million.",
        knowledge,
    )
    assert figure(claims, "EUR 118.6 million").role is None
    assert figure(claims, "under EUR 2 million").role == figure(claims, "EUR 4 million").role == "part"
    # Exports are a measure of their own; the group's revenue is the whole.
    assert figure(claims, "EUR 40 million").event == "exports" and figure(claims, "EUR 40 million").role is None
    assert figure(claims, "EUR 50 million").role is None
