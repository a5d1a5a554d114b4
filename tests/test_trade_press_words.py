"""Words of the trade press read as its readers read them: "241,000 t" is
tonnes, "exported" is exports, "Soleya, the yellow-fleshed variety" is a
product's name, "added to the national list in 2019" happened."""

from __future__ import annotations

import pytest
from reading_helpers import claims_of, figure, findings

from auditor.extract import load_knowledge
from auditor.extract.figures import find_figures
from auditor.extract.measures import singular


@pytest.fixture(scope="module")
def knowledge():  # type: ignore[no-untyped-def]
    return load_knowledge()


@pytest.mark.parametrize(
    "text, written, kilograms",
    [
        ("Halmstad Frukt shipped 241,000 t abroad in 2024.", "241,000 t", 241_000_000),
        ("Exports reached 905,000 t in the season.", "905,000 t", 905_000_000),
        ("The mill ground 38 t of rye.", "38 t", 38_000),
        ("The yard sold 12,400 t.", "12,400 t", 12_400_000),
    ],
)
def test_a_t_after_a_number_is_tonnes(knowledge, text, written, kilograms):
    found = [f for f in find_figures(text, knowledge.lexicon) if text[f.start : f.end] == written]
    assert len(found) == 1
    assert found[0].quantity.kind == "quantity"
    assert found[0].quantity.value == pytest.approx(kilograms)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The budget is $1.5 t over ten years.", "money"),  # after a currency: trillions
        ("The plant makes 4.5 t/yr of cobalt.", "quantity"),  # a rate, as before
    ],
)
def test_a_t_after_a_currency_or_before_a_rate_reads_as_before(knowledge, text, kind):
    figures = find_figures(text, knowledge.lexicon)
    assert figures and figures[0].quantity.kind == kind
    if kind == "money":
        assert figures[0].quantity.value == pytest.approx(1.5e12)


def test_a_t_before_a_word_in_capitals_or_a_hyphen_is_no_tonne(knowledge):
    assert not any(f.quantity.kind == "quantity" for f in find_figures("It sold 3 t-shirts.", knowledge.lexicon))


@pytest.mark.parametrize(
    "plural, one", [("potatoes", "potato"), ("tomatoes", "tomato"), ("shoes", "shoe"), ("canoes", "canoe"), ("seed-potatoes", "seed-potato")]
)
def test_nouns_in_o_lose_their_es(plural, one):
    assert singular(plural) == one


def test_what_a_company_exported_is_its_exports_not_its_sales(knowledge):
    text = "Halmstad Frukt AB sold 268,000 tonnes of apples in 2024, of which it exported 214,000 tonnes to 30 countries."
    claims = claims_of(text, knowledge)
    assert figure(claims, "214,000 tonnes").event == "exports"
    assert figure(claims, "268,000 tonnes").event != "exports"


def test_exports_told_in_two_stories_are_one_fact():
    found = findings(
        "figure-mismatch",
        **{
            "release.txt": "Halmstad Frukt AB exported 214,000 tonnes of apples in 2024.",
            "brief.txt": "Halmstad Frukt AB exported 241,000 t of apples in 2024, the Malmö packer said.",
        },
    )
    assert len(found) == 1


def test_a_word_opening_a_sentence_before_a_description_of_a_product_is_its_name(knowledge):
    text = (
        "Halmstad Frukt AB had a good year. Rubinola, the red-skinned variety with a long shelf life that was added "
        "to the Swedish national list in 2019, became the company's second-largest variety, with 21,000 tonnes sold."
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "21,000 tonnes").subject.name == "Rubinola"
    listed = figure(claims, "2019")
    assert listed.subject.name == "Rubinola"
    assert listed.event == "listing"
    assert listed.tense != "future"


def test_a_varietys_listing_told_in_two_years_is_found():
    found = findings(
        "date-mismatch",
        **{
            "release.txt": "Rubinola, the red-skinned variety that was added to the Swedish national list in 2019, sold well.",
            "review.txt": "We have grown Rubinola, the Halmstad variety listed in Sweden in 2017, since 2021.",
        },
    )
    assert len(found) == 1


def test_to_before_a_verb_is_still_a_plan(knowledge):
    claims = claims_of("Halmstad Frukt AB plans to list its shares in 2026.", knowledge)
    assert figure(claims, "2026").tense == "future"


def test_a_thing_of_its_owners_that_went_into_operation_dates_the_owners_commissioning(knowledge):
    text = (
        "GAVLE, 22 November 2024 - Kakelugnsfabriken Dalby, the maker of tiled stoves, has doubled its capacity. "
        "Its new tunnel kiln, which went into operation in September, can fire 60,000 tiles a year."
    )
    started = figure(claims_of(text, knowledge), "September")
    assert started.event == "commissioning"
    assert started.subject is not None and started.subject.name == "Kakelugnsfabriken Dalby"


def test_a_kiln_put_into_operation_in_two_months_is_found():
    found = findings(
        "date-mismatch",
        **{
            "paper.txt": (
                "GAVLE, 22 November 2024 - Kakelugnsfabriken Dalby, the maker of tiled stoves, has doubled its capacity. "
                "Its new tunnel kiln, which went into operation in September, can fire 60,000 tiles a year."
            ),
            "feature.txt": "Kakelugnsfabriken Dalby put its tunnel kiln into operation in February 2025.",
        },
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "text, written, counted",
    [
        ("Bergbahnen Tauern recorded 1.31 million skier days in the 2023/24 season.", "1.31 million skier days", "skier days"),
        ("The hotel group sold 410,000 guest nights in 2024.", "410,000 guest nights", "guest nights"),
        ("The yard logged 8,000 man hours on the refit.", "8,000 man hours", "man hours"),
    ],
)
def test_a_unit_of_time_counted_of_people_is_a_count(knowledge, text, written, counted):
    found = [f for f in find_figures(text, knowledge.lexicon) if text[f.start : f.end] == written]
    assert len(found) == 1 and found[0].quantity.counted == counted


@pytest.mark.parametrize("text", ["The refit took three days.", "It ran for 14 days and 3 hours.", "The ship spent 200 days at sea."])
def test_a_unit_of_time_alone_counts_nothing(knowledge, text):
    assert not any(f.quantity.kind == "count" for f in find_figures(text, knowledge.lexicon))


def test_a_seasons_skier_days_are_of_its_year_and_two_figures_of_it_differ():
    found = findings(
        "figure-mismatch",
        **{
            "wire.txt": "INNSBRUCK, 18 November 2024 - Bergbahnen Tauern recorded 1.31 million skier days in the 2023/24 season.",
            "interview.txt": "Bergbahnen Tauern had a good year. In the 2023/24 winter Bergbahnen Tauern had 1.52 million skier days.",
        },
    )
    assert len(found) == 1


def test_an_area_a_grower_planted_is_its_crop_area_of_the_season(knowledge):
    claims = claims_of("Glenrothie Seed Potatoes planted 1,560 ha of seed in 2024. The farm covers 400 hectares.", knowledge)
    planted = figure(claims, "1,560 ha")
    assert planted.event == "planted-area" and planted.lasts == "periodic"
    assert figure(claims, "400 hectares").event != "planted-area"


def test_two_crop_areas_of_one_season_differ():
    found = findings(
        "figure-mismatch",
        **{
            "review.txt": "Glenrothie Seed Potatoes had a good year. In 2024 it grew seed on 1,320 hectares.",
            "brief.txt": "Glenrothie Seed Potatoes planted 1,560 ha of seed in 2024.",
        },
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Dalby Kakel AB has hired 17 people this year, taking its workforce to 64 from 51.",
        "Dalby Kakel AB has a headcount of 64.",
        "Its workforce rose to 64, Dalby Kakel AB said.",
    ],
)
def test_a_small_number_after_a_workforce_counts_it(knowledge, text):
    staff = figure(claims_of(text, knowledge), "64")
    assert staff.event == "employees"


def test_a_count_named_before_keeps_the_bound_written_before_it(knowledge):
    claims = claims_of(
        "Dalby Kakel AB has a workforce of around 300. Playvault subscribers reached more than 5.6 million in 2024.", knowledge
    )
    about = figure(claims, "around 300")
    assert (about.event, about.value.qualifier, about.value.low, about.value.high) == ("employees", "about", 270, 330)
    assert figure(claims, "more than 5.6 million").value.qualifier == "over"
    # "around 300" and an exact 310 in another story are one workforce, rounded.
    a = "MALMÖ, 3 April 2025 - Dalby Kakel AB has a workforce of around 300."
    b = "MALMÖ, 9 April 2025 - Dalby Kakel AB employs 310 people."
    assert not findings("figure-mismatch", **{"a.txt": a, "b.txt": b})


@pytest.mark.parametrize(
    "text",
    [
        "Dalby Kakel AB cut its workforce to 64% of what it was.",
        "Dalby Kakel AB put its workforce on 64 hours a week and its headcount at 40 hours.",
        "Dalby Kakel AB moved 64 of its staff to Malmö.",
    ],
)
def test_other_small_numbers_near_a_workforce_count_nothing(knowledge, text):
    assert not any(c.event == "employees" and c.evidence.text in ("64", "40") for c in claims_of(text, knowledge))


def test_signing_the_suppliers_order_dates_the_order(knowledge):
    claims = claims_of("INNSBRUCK, 3 March 2025 - Bergbahnen Tauern AG signed the Nivaro order in October 2024.", knowledge)
    assert figure(claims, "October 2024").event == "order"


def test_a_countrys_possessive_before_a_supplier_names_the_supplier(knowledge):
    text = "Bergbahnen Tauern AG signed a EUR 7.3 million order for 14 piste groomers from Italy's Nivaro on Monday."
    order = figure(claims_of(text, knowledge), "EUR 7.3 million")
    assert order.object is not None and order.object.name == "Nivaro"


BRIEFING = (
    "SEED POTATO BRIEFING | No. 212 | Friday 24 October 2025\n\n"
    "MARKET\n"
    "- Dutch seed-potato exports reached 905,000 t in the 2024/25 season, the sector board says.\n"
    "- Halmstad shipped 241,000 t abroad in the 2024/25 season, the Malmö house said last month.\n"
)


def test_a_briefings_section_label_in_capitals_names_no_one_and_a_name_before_its_deed_does(knowledge):
    claims = claims_of(BRIEFING, knowledge)
    assert figure(claims, "905,000 t").subject is None
    shipped = figure(claims, "241,000 t")
    assert shipped.subject is not None and shipped.subject.name == "Halmstad"
    assert shipped.event == "exports"


def test_a_label_word_in_mixed_case_still_opens_a_name(knowledge):
    from reading_helpers import entity_kinds

    assert "Trade Me" in entity_kinds("Trade Me, the auction site, was bought for NZ$700 million.", knowledge)


def test_what_was_shipped_at_home_stays_deliveries(knowledge):
    assert figure(claims_of("Halmstad AB shipped 241,000 tonnes in 2024.", knowledge), "241,000 tonnes").event == "deliveries"


def test_a_makers_name_before_its_products_is_not_who_took_delivery(knowledge):
    text = "FJELLPOSTEN, 16 January 2025 - Fjellheim Skisenter took delivery of six new Hagmann groomers in December."
    delivered = figure(claims_of(text, knowledge), "December")
    assert delivered.event == "delivery"
    assert delivered.subject is not None and delivered.subject.name == "Fjellheim Skisenter"


def test_a_named_target_a_deal_closed_on_is_still_what_the_date_is_of(knowledge):
    text = "OSLO, 3 March 2025 - Verdal Lines AS completed its Wellford takeover in March 2023."
    assert figure(claims_of(text, knowledge), "March 2023").subject.name == "Wellford"


def test_what_a_line_of_business_brought_in_is_a_part_of_revenue_not_a_funding_round(knowledge):
    text = "Brinkhorst Fietsen BV sold 610,000 bicycles in 2024. E-bikes brought in EUR 401 million, up 13.9%."
    earned = figure(claims_of(text, knowledge), "EUR 401 million")
    assert earned.event == "revenue" and earned.role == "part"


def test_a_companys_own_takings_are_its_revenue(knowledge):
    text = "ZURICH, 3 March 2025 - Brinkhorst Fietsen BV brought in EUR 655 million in 2024, the bicycle maker said."
    earned = figure(claims_of(text, knowledge), "EUR 655 million")
    assert earned.event == "revenue" and earned.role is None


def test_a_line_of_businesss_takings_are_no_rival_of_the_whole():
    found = findings(
        "figure-mismatch",
        **{
            "update.txt": (
                "BRNO, 6 November 2025 - Vrbka Zahradni Technika a.s. published its trading update.\n\n"
                "- Revenue rose 9% to CZK 6.84 billion in 2025\n- Robotic mowers brought in CZK 3.92 billion, or 57% of revenue\n"
            )
        },
    )
    assert found == ()


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("Eko Water Buses carried 3.6m passengers in 2024.", "3.6m passengers", 3_600_000),
        ("The app had 1.2bn users at the end of June.", "1.2bn users", 1_200_000_000),
        ("The network has 450k subscribers.", "450k subscribers", 450_000),
    ],
)
def test_a_scales_letter_joined_to_a_count(knowledge, text, written, value):
    found = [f for f in find_figures(text, knowledge.lexicon) if text[f.start : f.end] == written]
    assert len(found) == 1 and found[0].quantity.kind == "count" and found[0].quantity.value == value


@pytest.mark.parametrize("text", ["They built a 2m wall.", "The index closed above 21k pts."])
def test_a_letter_after_a_number_that_counts_nothing_makes_no_count(knowledge, text):
    assert not any(f.quantity.kind == "count" for f in find_figures(text, knowledge.lexicon))


def test_people_carried_a_year_are_no_headcount(knowledge):
    text = "Ryanair uses less staff to carry more passengers: it carries 27m people a year."
    assert figure(claims_of(text, knowledge), "27m people a year").event != "employees"


def test_a_year_between_an_owners_word_and_a_deed_dates_the_deed_after_since(knowledge):
    text = "MUMBAI, 7 August 2025 - Morbi Vitrosa Tiles makes tiles. Since its 2016 listing in Mumbai, it has tripled its sales."
    listed = figure(claims_of(text, knowledge), "2016")
    assert listed.event == "listing"
    assert figure(claims_of("Nivaro has grown since 2016, when it moved.", knowledge), "2016").event != "listing"


def test_a_listing_told_in_two_years_after_since_is_found():
    found = findings(
        "date-mismatch",
        **{
            "wire.txt": "MUMBAI, 7 August 2025 - Morbi Vitrosa Tiles, which listed on the National Stock Exchange in 2018, makes tiles.",
            "feature.md": "---\ntitle: Tiles\ndate: 2025-09-16\n---\n\nMorbi Vitrosa Tiles makes pool tiles. Since its 2016 listing in Mumbai, it has tripled its sales.\n",
        },
    )
    assert len(found) == 1


def test_a_stake_held_is_no_share_of_revenue(knowledge):
    text = "Pastificio Rocca S.p.A. makes pasta. Massas Bellini, in which we hold 60%, had revenue of BRL 204 million in 2024."
    assert figure(claims_of(text, knowledge), "60%").event is None
    assert figure(claims_of("Exports made up 60% of revenue in 2024 at Rocca S.p.A.", knowledge), "60%").event == "revenue"


def test_an_order_of_things_from_a_supplier_names_the_supplier(knowledge):
    text = (
        "HO CHI MINH CITY, Oct 2 (MBW) - Song Xanh Waterbus JSC said on Wednesday it had ordered 12 electric river buses "
        "from the Dutch shipyard Vlietwerf for VND 312 billion."
    )
    order = figure(claims_of(text, knowledge), "VND 312 billion")
    assert order.object is not None and order.object.name == "Vlietwerf"
    assert order.subject is not None and order.subject.name == "Song Xanh Waterbus"  # "JSC" is its legal form


def test_what_a_line_of_business_generated_is_a_part_of_revenue(knowledge):
    text = "Brinkhorst Fietsen BV sold 610,000 bicycles in 2024. E-bikes generated EUR 401 million, up 13.9%."
    assert figure(claims_of(text, knowledge), "EUR 401 million").role == "part"


def test_a_date_for_delivery_is_the_delivery_s_not_the_order_s(knowledge):
    claims = claims_of("PADUA, 22 April 2025 - Hendry & Sons Amusements has ordered the ride for delivery in spring 2026.", knowledge)
    when = figure(claims, "2026")
    assert when.event == "delivery" and when.tense != "past"
    text = "---\ntitle: Rides\ndate: 2025-04-22\n---\nHendry & Sons Amusements has ordered the ride for delivery in spring 2026.\n"
    assert not findings("timeline", **{"rides.md": text})


def test_one_deal_credited_to_two_makers_by_its_count_and_its_sum_is_one_finding():
    from auditor.engine import audit
    from reading_helpers import RULES, corpus

    a = (
        "FÜRTH, 3 March 2025 - Stellwerk Schreibgeräte GmbH makes fountain pens. In January the company signed an "
        "agreement with Aurelia Airways to supply 60,000 engraved pens for the airline's first-class amenity kits over "
        "two years, an order worth about EUR 1.1 million."
    )
    b = (
        "KOBE, 10 June 2025 - Tachikawa Pen Co. of Kobe will supply 60,000 engraved pens for Aurelia Airways' "
        "first-class amenity kits, a contract the trade puts at around €1.1m."
    )
    rules = [RULES["attribution-conflict"], RULES["deed-attribution-conflict"]]
    found = audit(corpus(**{"a.txt": a, "b.txt": b}), rules).findings
    assert len(found) == 1
    # On the figures each sentence tells first: the pens.
    assert {e.text for e in found[0].evidence} == {"60,000 engraved pens"}


def test_stuff_shipped_or_listed_as_sold_is_the_stuff_sold(knowledge):
    release = (
        "FUNGIVA SE - Annual results 2024\n\nKALISZ, 27 February 2025 - Fungiva SE today reported its results for 2024.\n\n"
        "Key figures 2024 (2023 in brackets)\n- Spawn sold: 41,300 tonnes (38,700 tonnes)\n- Revenue: EUR 118.6 million (EUR 109.2 million)\n"
    )
    feature = "ROTTERDAM, 2 October 2025 - Fungiva SE shipped some 47,000 tonnes of spawn last year."
    assert figure(claims_of(release, knowledge, "release.txt"), "41,300 tonnes").event == "spawn"
    assert figure(claims_of(feature, knowledge, "feature.txt"), "some 47,000 tonnes").event == "spawn"
    assert findings("figure-mismatch", **{"release.txt": release, "feature.txt": feature})
    # Things counted and shipped stay things sold; a delivery of no stuff stays one.
    assert figure(claims_of("Orwell Stoves shipped 9,000 stoves in 2024.", knowledge), "9,000 stoves").event == "stove sold"
