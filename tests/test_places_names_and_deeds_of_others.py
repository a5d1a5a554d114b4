"""Places told by how they are written, names a reader knows as names, and
deeds credited to two makers.

- A name in brackets after another is its short form only when it can be
  ("Alverna Rail Systems (Alverna)", "(ARS)", quoted): "Fellside Stoves
  (Brandvik)" names the owner, "Beja (Portugal)" the country.
- A name is a place when the text writes it only as one: a dateline's town
  later written "in Fermo", a name after "near", "off" or "outside", one
  before "province", "the Cancale oyster grower" beside "off Cancale".
- A participle's place ("lined in the Marche") is no subject.
- A sentence-opening word with an appositive ("Grønlund, the biggest grower
  in Denmark,") is a name; a house's designator ("Maison Le Quéré") makes
  the rest its short form.
- "last Christmas"; a timeline's "We buy the estate"; "the year to March
  2025" is the year a figure is of, not a limit.
- The same count of one deed for one customer credited to two makers;
  spending under way never held against spending done.
- Things made and sold or shipped are a flow of sales ("tree sold"); sites
  sold stay a change of a stock; a year opening a bracket's earlier figure
  dates that figure only.
Sentences of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import RULES, claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _entities(text: str, knowledge, name: str = "doc.txt") -> dict[str, str]:
    model = build_model(parse_document(name, text.encode()), knowledge)
    return {entity.name: entity.kind for entity in model.entities if entity.merged_into is None}


# ---------------------------------------------------------------- brackets


def test_an_owner_in_brackets_is_no_short_form_of_the_company(knowledge):
    text = (
        "**Brandvik.** The Drammen group shipped 118,000 stoves in 2024.\n\n"
        "| Maker | Base | Revenue |\n|---|---|---|\n| Brandvik Ovner | Drammen, Norway | NOK 1.12bn |\n"
        "| Fellside Stoves (Brandvik) | Kendal, UK | GBP 19m |\n"
    )
    stoves = figure(claims_of(text, knowledge, "note.md"), "118,000 stoves")
    assert stoves.subject is not None and stoves.subject.name != "Fellside Stoves"


def test_a_name_in_brackets_of_no_word_or_initial_of_the_name_is_no_short_form_of_it(knowledge):
    text = "Tagus Mills (Lusitania) crushed 64,000 tonnes of olives. Lusitania Foods bought half of its oil."
    model = build_model(parse_document("a.txt", text.encode()), knowledge)
    tagus = next(e for e in model.entities if e.name == "Tagus Mills")
    assert "lusitania" not in tagus.aliases


@pytest.mark.parametrize(
    "definition, short",
    [
        ("Alverna Rail Systems (Alverna)", "Alverna"),
        ("Alverna Rail Systems (ARS)", "ARS"),
        ('Kestrel Holdings ("Northwind")', "Northwind"),
        ("Bank of America (BoA)", "BoA"),
    ],
)
def test_a_short_form_in_brackets_is_still_one(knowledge, definition, short):
    text = f"{definition} raised $40 million in March. {short} plans to spend it on new lines."
    assert short not in _entities(text, knowledge)


# ---------------------------------------------------------------- places by use


def test_a_dateline_town_written_again_after_in_is_a_place(knowledge):
    text = (
        "FERMO, Italy, March 12, 2025 (Wire) - Cappellificio Marchetti, the hat maker, said it won an order.\n\n"
        '"We are busy," chief executive Lucia Marchetti told reporters in Fermo. '
        "The company made 1.2 million hats in 2024."
    )
    assert _entities(text, knowledge, "wire.txt").get("Fermo") in (None, "place")
    assert figure(claims_of(text, knowledge, "wire.txt"), "1.2 million hats").subject.name == "Cappellificio Marchetti"


def test_a_name_after_near_is_a_place_and_no_subject(knowledge):
    text = "Glenmarnock Trees has grown Fraser fir since it bought the Auchtermuir estate near Aberfeldy in 2016."
    assert _entities(text, knowledge).get("Aberfeldy") == "place"
    bought = next(c for c in claims_of(text, knowledge) if c.kind == "date")
    assert bought.subject is not None and bought.subject.name != "Aberfeldy"


def test_a_name_before_province_is_a_place(knowledge):
    text = "Campiña Alta groups dozens of village mills in the south of Jaén province. The Jaén group sells oil in bulk."
    assert _entities(text, knowledge).get("Jaén") == "place"


def test_a_town_before_a_trade_and_after_off_is_a_place(knowledge):
    text = (
        "Maison Le Quéré, the Cancale oyster grower, said it sold 2,900 tonnes of oysters in 2024. "
        "Most came from its parks in the bay off Cancale."
    )
    assert _entities(text, knowledge).get("Cancale") == "place"
    assert figure(claims_of(text, knowledge), "2,900 tonnes").subject.name == "Maison Le Quéré"


def test_a_name_before_a_trade_written_nowhere_as_a_place_stays_a_name(knowledge):
    text = "Brightmart acquired the Pellworth grocery chain for $640 million in 2021. Pellworth has 212 stores."
    assert _entities(text, knowledge).get("Pellworth") != "place"


def test_a_participle_s_place_is_no_subject(knowledge):
    text = (
        "Cappellificio Marchetti won the order. The hats, woven in Ecuador and lined in the Marche, cost EUR 75 each. "
        "The company made 1.2 million hats in 2024."
    )
    assert figure(claims_of(text, knowledge), "1.2 million hats").subject.name == "Cappellificio Marchetti"


def test_a_site_a_unit_stands_at_may_still_be_told_of(knowledge):
    # "the unit at Harmeville" is no participle's place: the sentence may be Harmeville's.
    text = "The biogas unit at Harmeville, commissioned in 2021, produced 96 GWh of gas."
    dated = next(c for c in claims_of(text, knowledge) if c.kind == "date")
    assert dated.subject is not None and dated.subject.name == "Harmeville"


# ---------------------------------------------------------------- names


def test_a_sentence_opening_word_with_an_appositive_of_a_place_is_a_name(knowledge):
    text = "More of our trees are Danish than you think. Grønlund, the biggest grower in Denmark, cut 2.3 million trees."
    assert _entities(text, knowledge).get("Grønlund") == "organisation"


def test_a_sentence_opening_word_without_one_is_not(knowledge):
    text = "Yesterday, the biggest grower in Denmark cut 2.3 million trees."
    assert "Yesterday" not in _entities(text, knowledge)


def test_a_house_s_name_without_its_designator_is_its_short_form(knowledge):
    text = "Le Quéré sold 3,400 tonnes last year. Maison Le Quéré is a grower in Cancale."
    names = _entities(text, knowledge)
    assert "Maison Le Quéré" in names and "Le Quéré" not in names


# ---------------------------------------------------------------- dates


def test_last_christmas_is_the_christmas_before_the_story(knowledge):
    text = "---\ndate: 2025-11-22\n---\n\nGrønlund, the biggest grower in Denmark, shipped 2.3 million trees last Christmas.\n"
    trees = figure(claims_of(text, knowledge, "blog.md"), "2.3 million trees")
    assert trees.time is not None and (trees.time.year, trees.time.month) == (2024, 12)


def test_a_timeline_entry_told_with_we_and_the_present_dates_its_deed(knowledge):
    text = "Our history\n\n- 2012: We buy the 180-hectare Auchtermuir estate near Aberfeldy.\n"
    dated = next(c for c in claims_of(text, knowledge, "history.md") if c.kind == "date")
    assert dated.event == "completion" and dated.time.year == 2012


# ---------------------------------------------------------------- checks


def test_one_count_of_a_deed_for_one_customer_credited_to_two_makers():
    found = findings(
        "deed-attribution-conflict",
        **{
            "a.txt": "Glenmarnock Trees said it had won a three-year contract to supply 140,000 trees a year to Hollybrook.",
            "b.txt": "Grønlund Juletræer, the Danish grower, won a contract to supply 140,000 trees a year to Hollybrook.",
        },
    )
    assert len(found) == 1


def test_the_same_count_made_at_a_workshop_is_no_deed_for_anyone():
    found = findings(
        "deed-attribution-conflict",
        **{
            "a.txt": "Ombrelli Gaspari makes 240,000 umbrellas a year at its workshop in Gignese.",
            "b.txt": "Fairleigh & Crane bought Ombrelli Gaspari, whose Gignese workshop turns out 240,000 umbrellas a year.",
        },
    )
    assert found == ()


def test_spending_under_way_is_not_held_against_spending_done():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Grupo Oliveda is spending EUR 18 million on irrigation in Portugal in 2025.",
            "b.txt": "Grupo Oliveda's capital expenditure was EUR 26 million in 2025, mainly for irrigation in Portugal.",
        },
    )
    assert found == ()


def test_two_stated_investments_still_disagree():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Grupo Oliveda spent EUR 18 million on irrigation in Portugal in 2025.",
            "b.txt": "Grupo Oliveda's capital expenditure was EUR 26 million in 2025, mainly for irrigation in Portugal.",
        },
    )
    assert len(found) == 1


def test_the_deed_rule_is_in_the_default_pack():
    assert RULES["deed-attribution-conflict"].kind == "attribution-conflict"


# ---------------------------------------------------------------- financial years


@pytest.mark.parametrize(
    "told",
    ["in the year to March 2025", "in the financial year ended 31 March 2025", "in the twelve months to March 2025"],
)
def test_a_year_told_by_the_month_it_ends_dates_its_figures(knowledge, told):
    text = f"Ashcombe & Lyle had revenue of GBP 24.6 million {told}."
    revenue = figure(claims_of(text, knowledge), "GBP 24.6 million")
    assert revenue.time is not None and revenue.time.year == 2025 and revenue.time.month is None


def test_a_month_after_to_is_still_a_limit_elsewhere(knowledge):
    dated = [c for c in claims_of("The offer runs to March 2025.", knowledge) if c.kind == "date"]
    assert all(c.event == "bound" for c in dated)


def test_a_year_s_figure_and_its_year_before_are_not_rivals(knowledge):
    text = "In the year to March 2025 Ashcombe & Lyle's revenue reached GBP 21.4 million, up from GBP 19.7 million the year before."
    before = figure(claims_of(text, knowledge), "GBP 19.7 million")
    assert before.role == "previous"


# ---------------------------------------------------------------- things sold


@pytest.mark.parametrize(
    "told, counted",
    [
        ("sells fewer than 100,000 trees a season", "fewer than 100,000 trees"),
        ("sold 262,000 trees", "262,000 trees"),
        ("shipped 262,000 trees", "262,000 trees"),
    ],
)
def test_things_made_and_sold_or_shipped_are_a_flow_of_sales(knowledge, told, counted):
    claim = figure(claims_of(f"Glenmarnock Trees {told}.", knowledge), counted)
    assert claim.event == "tree sold" and claim.role is None and claim.lasts == "periodic"


@pytest.mark.parametrize("text, counted", [("BAA was forced to sell three airports.", "three airports"), ("Halvard Retail sold 12 stores.", "12 stores")])
def test_sites_sold_are_still_a_change_of_a_stock(knowledge, text, counted):
    assert figure(claims_of(text, knowledge), counted).role == "change"


def test_aircraft_delivered_or_shipped_stay_deliveries(knowledge):
    assert figure(claims_of("Airbus shipped 735 aircraft in 2024.", knowledge), "735 aircraft").event == "deliveries"


def test_a_trade_by_its_agent_noun_describes_its_company(knowledge):
    text = (
        "| Maker | Base |\n|---|---|\n| Ashcombe & Lyle | Luton |\n\n"
        "The Luton hatter won the EUR 1.8 million order for 24,000 Panama hats for Galleria Orsini's summer range."
    )
    assert figure(claims_of(text, knowledge, "feature.md"), "EUR 1.8 million").subject.name == "Ashcombe & Lyle"


def test_a_region_after_in_the_is_a_place(knowledge):
    text = "Its seventh bakery, near Braga in the Minho, which it opened in 2022, makes rolls."
    assert _entities(text, knowledge).get("Minho") == "place"


def test_a_publication_after_in_the_is_no_place(knowledge):
    text = "The division was advertised for sale in the Financial Times in August 2007."
    assert _entities(text, knowledge).get("Financial Times") != "place"


def test_a_comparative_year_in_brackets_dates_only_its_own_figure(knowledge):
    rolls = figure(claims_of("- Sold 14.6 million rolls of wallpaper (FY24: 13.9 million)", knowledge), "14.6 million rolls")
    assert rolls.time is None or rolls.time.year != 2024


def test_a_column_of_an_amount_of_stuff_named_first_is_that_stuff(knowledge):
    text = (
        "# Growers\n\n| Grower | Base | Oysters sold 2024 (tonnes) |\n|---|---|---|\n"
        "| Tullagh Bay Oysters | Donegal, Ireland | 810 |\n\nTullagh Bay Oysters sold 640 tonnes of oysters in 2024.\n"
    )
    claims = claims_of(text, knowledge, "note.md")
    assert figure(claims, "810").event == figure(claims, "640 tonnes").event == "oyster"


def test_a_column_of_a_measure_word_stays_that_measure(knowledge):
    text = "# Growers\n\n| Grower | Output 2024 (tonnes) |\n|---|---|\n| Tullagh Bay Oysters | 810 |\n"
    assert figure(claims_of(text, knowledge, "note.md"), "810").event != "output"


def test_what_a_deal_s_noun_says_was_bought_is_not_the_buyer(knowledge):
    text = (
        "Corvelo Brewing has started brewing Ironpike Ales' pale ale in Porto. "
        "It closed the purchase of the Bristol craft brewer in June 2025."
    )
    closed = next(c for c in claims_of(text, knowledge) if c.kind == "date")
    assert closed.subject is not None and closed.subject.name != "Corvelo Brewing"


@pytest.mark.parametrize(
    "text, amount",
    [
        ("The Bordeaux group Ardanne paid €68 million for the estate.", "€68 million"),
        ("Corvelle paid EUR 48 million for the Brussels praline maker Maison Ternier in 2023.", "EUR 48 million"),
    ],
)
def test_what_is_paid_for_a_business_or_an_estate_is_its_price(knowledge, text, amount):
    assert figure(claims_of(text, knowledge), amount).event == "acquisition"


def test_paying_for_a_service_is_no_purchase_of_one(knowledge):
    assert figure(claims_of("Halden paid $5 million for advertising.", knowledge), "$5 million").event != "acquisition"


def test_a_deed_in_the_figure_s_own_phrase_outweighs_a_noun_past_its_comma(knowledge):
    text = "Maison Ternier, acquired in 2023 for €52 million, grew praline sales by 11%."
    assert figure(claims_of(text, knowledge), "€52 million").event == "acquisition"


def test_a_contract_s_words_split_by_a_comma_still_name_it(knowledge):
    assert figure(claims_of("Haldau won a EUR 150 million, five-year contract.", knowledge), "EUR 150 million").event == "contract"


def test_things_counted_then_sold_are_a_flow_of_sales(knowledge):
    assert figure(claims_of("The tour ended with 780,000 tickets sold.", knowledge), "780,000 tickets").event == "ticket sold"


def test_a_class_of_things_counted_then_sold_stays_what_it_was(knowledge):
    claim = figure(claims_of("Toyota said 8.91 million vehicles were sold worldwide.", knowledge), "8.91 million vehicles")
    assert claim.role != "change"


def test_what_a_document_is_about_is_named_as_the_corpus_names_it(knowledge):
    from auditor.corpus import resolve_short_forms
    from auditor.extract import extract_document

    texts = {
        "a.txt": "Groupe Vernoux makes cement. Groupe Vernoux runs three kilns in France. Groupe Vernoux sells clinker to builders.\n",
        "b.txt": "Vernoux makes cement in France. Vernoux runs kilns in the Drôme. Vernoux sells clinker. "
        "Kolbeck Process won a €145 million equipment contract in 2021.\n",
    }
    results = [extract_document(parse_document(name, text.encode()), knowledge) for name, text in texts.items()]
    (contract,) = [c for c in resolve_short_forms(results) if "145" in c.evidence.text]
    assert contract.context == ("Groupe Vernoux",)


REPORT_2024 = (
    "<html><head><title>Halvorsen Ure AG | Annual results 2024</title></head><body>"
    "<h1>Halvorsen Ure AG: results for the year ended 31 December 2024</h1>"
    '<p class="dateline">Biel, 12 March 2025</p>'
    "<p>Halvorsen Ure AG increased revenue by 7% to CHF 1,140 million in 2024.</p>"
    "<h2>About Halvorsen Ure</h2><p>Halvorsen Ure AG was founded in Biel in 1874. "
    "It makes watches and employs 2,480 people at its sites in the Jura.</p></body></html>"
)
STORY = "---\ndate: {date}\n---\n\nHalvorsen Ure AG, which employs more than 3,000 people at its sites in the Jura, has bought a dial maker.\n"


def test_a_year_s_report_tells_its_stocks_at_the_year_s_end():
    # The report on 2024 and a story of June 2025 are five months apart, not a year.
    found = findings("figure-mismatch", **{"a.html": REPORT_2024, "b.md": STORY.format(date="2025-06-04")})
    assert len(found) == 1


def test_a_stock_told_in_a_story_more_than_half_a_year_later_may_have_changed():
    assert findings("figure-mismatch", **{"a.html": REPORT_2024, "b.md": STORY.format(date="2025-11-04")}) == ()


LAUNDRY_OPENED = "---\ndate: 2025-01-14\n---\n\nLinéa Services said its newest laundry, at Villefranche-sur-Saône near Lyon, opened last October.\n"


def test_a_site_named_after_a_town_joined_to_its_river_is_the_town_written_short():
    other = "---\ndate: 2025-06-02\n---\n\nLinéa Services opened its laundry in Villefranche in February this year.\n"
    assert len(findings("date-mismatch", **{"a.md": LAUNDRY_OPENED, "b.md": other})) == 1


def test_two_towns_of_one_first_name_are_two_sites():
    other = "---\ndate: 2025-06-02\n---\n\nLinéa Services opened its laundry in Villefranche-de-Rouergue in February this year.\n"
    assert findings("date-mismatch", **{"a.md": LAUNDRY_OPENED, "b.md": other}) == ()
