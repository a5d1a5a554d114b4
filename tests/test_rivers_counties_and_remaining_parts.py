"""Places by how they are written, appositives with where a company is
based, and parts listed with "the remaining".

- "on the Hamble", "along the Waal": a name after a preposition and "the"
  is a place, even where "the Hamble waiting list" writes it before a noun;
  "on the Nasdaq" is an exchange.
- "The Staffordshire maker", "Staffordshire blues": a one-word county ending
  in "-shire" is a place, and the description the company told of.
- "Hollins & Pryce, the scented-candle brand based in Ludlow, Shropshire,
  for SEK 640 million": the appositive is the name's, no subject of its own.
- "Of our 1,140 colleagues at 31 January, 610 work on the shop floor, 390 in
  our restaurants, and the remaining 95 at the support centre": the parts
  of the whole, which must add up; colleagues are staff.
- "The 14-month rebuild ..., which ran from October 2023 to May 2024": a
  job's length against its dates.
- "Geigenbau Wendt in Markneukirchen, a family firm with fewer than 50
  staff": the town is where the company is, and the staff the company's;
  "Liuteria Ferrandi" is "Ferrandi", as "Maison Le Quéré" is "Le Quéré";
  "Cleveland Tug Company of Middlesbrough" is "Cleveland Tug"; "The trust"
  is a company's description.
- "cooperatives in Germany, France and Spain": every country of a list after
  "in" is where, no party that would keep the paragraph's company from its
  figure; "the Irish government" still acts.
Texts of our own."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, kinds_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def test_a_name_on_the_river_is_a_place_and_the_group_the_company(knowledge):
    text = (
        "New berths approved on the Hamble\n\n"
        "Wealdmere Marinas, which also runs a marina in Lymington, says demand outstrips supply. "
        "Berth occupancy across the group averaged 94% last year, and the Hamble waiting list has 300 names on it."
    )
    assert kinds_of(text, knowledge).get("Hamble") == "place"
    share = figure(claims_of(text, knowledge), "94%")
    assert share.subject is not None and share.subject.name == "Wealdmere Marinas"


def test_an_exchange_after_on_the_is_no_place(knowledge):
    text = "Ostrava Labs listed its shares on the Nasdaq in March. Nasdaq said trading was strong."
    assert kinds_of(text, knowledge).get("Nasdaq") != "place"


def test_a_county_by_its_ending_is_a_place_and_the_description_the_company(knowledge):
    text = (
        "Ashgrave Brick, founded in 1911, makes clay bricks. "
        "The Staffordshire maker sold 214 million bricks last year, a fifth of them Staffordshire blues."
    )
    assert kinds_of(text, knowledge).get("Staffordshire") == "place"
    bricks = figure(claims_of(text, knowledge), "214 million bricks")
    assert bricks.subject is not None and bricks.subject.name == "Ashgrave Brick"


def test_an_appositive_with_where_the_company_is_based_is_the_names(knowledge):
    text = (
        "Lindqvist Ljus makes candles. Lindqvist Ljus agreed to acquire Hollins & Pryce, the scented-candle brand "
        "based in Ludlow, Shropshire, for SEK 640 million."
    )
    price = figure(claims_of(text, knowledge), "SEK 640 million")
    assert price.subject is not None and price.subject.name == "Lindqvist Ljus"
    assert price.object is not None and price.object.name == "Hollins & Pryce"


def test_parts_listed_with_the_remaining_must_add_up(knowledge):
    text = (
        "Of our 1,140 colleagues at 31 January, 610 work on the shop floor and in the plant areas, 390 in our restaurants "
        "and cafés, and the remaining 95 at the Evesham support centre."
    )
    assert findings("parts-sum", **{"review.txt": text})
    assert not findings("parts-sum", **{"review.txt": text.replace("1,140", "1,095")})
    assert figure(claims_of(text, knowledge), "1,140 colleagues").event == "employees"


def test_a_jobs_length_is_held_against_the_dates_it_ran_between():
    text = "The {n}-month rebuild of the outer breakwater, which ran from October 2023 to May 2024, cost EUR 9 million."
    assert findings("elapsed-time", **{"results.txt": text.format(n=14)})
    assert not findings("elapsed-time", **{"results.txt": text.format(n=7)})


def test_an_appositive_after_a_companys_town_describes_the_company(knowledge):
    text = "Pryce spent six years at Geigenbau Wendt in Markneukirchen, a family firm with fewer than 50 staff."
    assert kinds_of(text, knowledge).get("Markneukirchen") == "place"
    staff = figure(claims_of(text, knowledge), "fewer than 50 staff")
    assert staff.subject is not None and staff.subject.name == "Geigenbau Wendt"


def test_a_workshop_named_by_its_trade_is_known_by_its_family_name():
    wire = "CREMONA, Italy, 11 February 2025 - Liuteria Ferrandi, the Cremona workshop, finished 52 instruments in 2024."
    interview = (
        "---\ntitle: At the bench with Giulia Ferrandi\ndate: 2025-05-17\n---\n\n"
        "Ferrandi, the violin maker in Cremona, is run by Giulia Ferrandi. "
        "\"Last year we finished 38 instruments,\" she says of Ferrandi."
    )
    assert findings("figure-mismatch", **{"wire.txt": wire, "interview.md": interview})


def test_a_legal_form_then_where_the_company_is_from_names_the_company(knowledge):
    from auditor.extract.entities import canonical_name

    assert canonical_name("Cleveland Tug Company of Middlesbrough") == "Cleveland Tug"
    assert canonical_name("Bank of America") == "Bank of America"
    text = "Brackwell Leisure Trust runs three pools in the town. The trust recorded 612,000 swims in the year to March 2025."
    swims = figure(claims_of(text, knowledge), "612,000 swims")
    assert swims.subject is not None and swims.subject.name == "Brackwell Leisure Trust"


def test_countries_listed_after_in_are_where_and_the_paragraphs_company_keeps_the_figure(knowledge):
    text = (
        "Edelstahl Wendling GmbH, the maker of stainless-steel tanks, had the busiest year in its history in 2024. "
        "Revenue rose 4% to EUR 58.3 million, as cooperatives in Germany, France and Spain replaced old tanks."
    )
    revenue = figure(claims_of(text, knowledge), "EUR 58.3 million")
    assert revenue.subject is not None and revenue.subject.name == "Edelstahl Wendling"
    acting = figure(claims_of("Across the water in Ireland, the Irish government approved a 25% increase in gas prices.", knowledge), "25%")
    assert acting.subject is not None and acting.subject.name == "Ireland"
