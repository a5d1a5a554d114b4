"""Work done to things, sites a company bought, and towns that describe a
company.

- "serviced 3,850 buoys" counts a deed over the year ("buoy serviced"),
  never the buoys the company looks after ("5,200 buoys under maintenance
  contracts"); the verbs are data (``events.yaml`` ``deed_verbs``).
- "sold 9,000 stoves and built 9,500 stoves": a verb after "and" opens a
  second clause, no list of parts of one whole.
- "The Den Helder contractor": a town of several words between "the" and a
  company's noun is where the company is, and the description is the
  company told of before; "Bath bookbinder Hartwell & Crane" in a headline
  does not make the town a company.
- "2017: We buy the old dye-house at Walkerburn" and "the Walkerburn
  dye-house it bought in 2020" are the company's deals for one site: a
  pronoun right after the site's noun is the buyer, never the site.
- "dairies such as Käserei Tschanz of the Simmental, which made 1,610 tonnes
  of cheese last year and had sales worth about EUR 33 million": the
  relative clause hangs on the company, not on where it is; it runs to its
  clause's end, past the comma inside "1,610", in its own tense.
- "base two of its fleet of seven workboats at Swansea": the place is the
  two's, the fleet of seven is the whole.
- "Lanificio Calvetti, the family-owned woollen mill, said": a site does not
  speak, the mill is a company; "Kinoshita & Co" is "Kinoshita".
- One order for one customer ("an order from Kinoshita for 90,000 metres",
  "an order with the Tokyo retailer Kinoshita for 90,000 metres") credited
  to two mills is found.
Texts of our own."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, figure, findings, kinds_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def test_things_serviced_are_a_deed_not_the_things_looked_after(knowledge):
    text = (
        "In 2024 Bouwstra Marine lifted, cleaned and serviced 3,850 buoys. "
        "At the end of the year it had 5,200 buoys under maintenance contracts."
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "3,850 buoys").event == "buoy serviced"
    assert figure(claims, "5,200 buoys").event == "buoy"
    assert not findings("figure-mismatch", **{"review.txt": text})


def test_the_same_deed_told_twice_with_two_counts_is_found():
    a = "DEN HELDER, Netherlands, 3 April 2025 - In 2024 Bouwstra Marine serviced 3,850 buoys."
    b = "HARLINGEN, Netherlands, 2 October 2025 - Bouwstra Marine, the Dutch buoy contractor, serviced some 4,400 buoys last year."
    assert findings("figure-mismatch", **{"a.txt": a, "b.txt": b})


@pytest.mark.parametrize("verb, deed", [("inspected", "turbine inspected"), ("repaired", "turbine repaired"), ("refurbished", "turbine restored")])
def test_each_verb_of_work_names_its_deed(knowledge, verb, deed):
    claims = claims_of(f"Halden Service {verb} 1,200 turbines in 2024.", knowledge)
    assert figure(claims, "1,200 turbines").event == deed


def test_a_column_of_things_with_a_verb_of_work_or_shipping_is_that_deed_as_prose_tells_it(knowledge):
    table = claims_of(
        "# Restorers\n\n| Workshop | Staff | Pianos restored 2024 | Stoves shipped 2024 |\n|---|---|---|---|\n"
        "| Hallberg Klaver | 34 | 96 | 410 |\n",
        knowledge,
        "survey.md",
    )
    prose = claims_of("In 2024 Hallberg Klaver restored 118 pianos and shipped 380 stoves.", knowledge)
    assert figure(table, "96").event == figure(prose, "118 pianos").event == "piano restored"
    assert figure(table, "410").event == figure(prose, "380 stoves").event == "stove sold"
    assert figure(table, "96").lasts == "periodic"
    # A row of a fleet keeps its own measure: buses are no things made and sold.
    fleet = claims_of("# Fleets\n\n| Operator | Buses delivered 2024 |\n|---|---|\n| Orvik Bus | 41 |\n", knowledge, "fleets.md")
    assert figure(fleet, "41").event == "deliveries"
    a = "# Restorers\n\n| Workshop | Pianos restored 2024 |\n|---|---|\n| Hallberg Klaver | 96 |\n"
    b = "UTRECHT, 8 February 2025 - In 2024 Hallberg Klaver restored 118 pianos."
    assert findings("figure-mismatch", **{"survey.md": a, "release.txt": b})


def test_two_deeds_joined_by_and_are_no_list_of_parts(knowledge):
    claims = claims_of("Orwell Stoves sold 9,000 stoves and built 9,500 stoves in 2024.", knowledge)
    sold, built = figure(claims, "9,000 stoves"), figure(claims, "9,500 stoves")
    assert (sold.event, built.event) == ("stove sold", "stove made")
    assert sold.role is None and built.role is None
    # A list stays one: "scissors less than four inches and screwdrivers less than seven inches".
    listed = claims_of("Ferrow Tools sold 4,000 saws in Spain and 2,000 saws in Portugal in 2024.", knowledge)
    assert figure(listed, "4,000 saws").role == "part"


def test_a_town_of_two_words_before_a_companys_noun_is_a_place_and_the_description_the_company(knowledge):
    text = (
        "Bouwstra Marine, founded in 1958, is the biggest buoy contractor in the north. "
        "The Den Helder contractor serviced some 4,400 buoys last year."
    )
    kinds = kinds_of(text, knowledge, "feature.txt")
    assert kinds.get("Den Helder") == "place"
    buoys = figure(claims_of(text, knowledge), "some 4,400 buoys")
    assert buoys.subject is not None and buoys.subject.name == "Bouwstra Marine"


def test_a_town_that_opens_a_companys_longer_name_stays_the_companys(knowledge):
    text = (
        "Tunbridge Wells Water raised prices in March. "
        "The Tunbridge Wells company said it would spend GBP 40 million on new pipes."
    )
    model = build_model(parse_document("a.txt", text.encode()), knowledge)
    assert all(not (e.name == "Tunbridge Wells" and e.kind == "place") for e in model.entities)


def test_a_headlines_town_before_a_trade_and_a_name_does_not_make_the_town_a_company(knowledge):
    text = (
        "Bath bookbinder Hartwell & Crane wins cathedral work\n\n"
        "BATH, England, 10 June 2025 - Hartwell & Crane, the Bath bookbinder, said on Tuesday it had won a GBP 2.6 million contract. "
        "The books will go to Somerset, where the company has worked since it opened its studio in Wells in 2011."
    )
    kinds = kinds_of(text, knowledge, "wire.txt")
    assert kinds.get("Bath") == "place"
    opened = figure(claims_of(text, knowledge, "wire.txt"), "2011")
    assert opened.subject is not None and opened.subject.name == "Hartwell & Crane"


def test_a_site_bought_in_a_timeline_and_in_prose_is_one_deal_of_the_company():
    page = (
        "<html><head><title>Our mill | Corrieburn Woollens, Selkirk</title></head><body><h1>Our mill</h1>"
        "<p>Corrieburn Woollens has spun wool in Selkirk since 1866. "
        "We dye our wool at the dye-house in Walkerburn.</p><h2>Milestones</h2><ul>"
        "<li>1923: Our first estate tweeds are woven.</li>"
        "<li>2017: We buy the old dye-house at Walkerburn, on the Tweed.</li></ul></body></html>"
    )
    note = (
        "**Corrieburn.** Corrieburn Woollens is small but complete. "
        "The Walkerburn dye-house it bought in 2020 gives it control over colour."
    )
    found = findings("date-mismatch", **{"about.html": page, "note.md": note})
    assert found and {e.text for f in found for e in f.evidence} >= {"2017", "2020"}


def test_a_company_bought_keeps_its_own_date_when_the_buyer_speaks(knowledge):
    text = "Koskela Uistin makes lures. Pennock Hooks of Redditch, England, which we acquired in 2019, made 260 million hooks."
    bought = figure(claims_of(text, knowledge), "2019")
    assert bought.subject is not None and bought.subject.name == "Pennock Hooks"


def test_a_pronoun_right_after_a_sites_noun_is_the_buyer_not_the_site(knowledge):
    text = "Kelso Group is a small mill.\n\nThe Walkerburn dye-house it bought in 2020 gives it control over colour.\n"
    bought = figure(claims_of(text, knowledge, "note.md"), "2020")
    assert bought.subject is not None and bought.subject.name == "Kelso"  # "Group" is its legal form
    assert bought.object is not None and bought.object.name == "Walkerburn"


def test_a_name_of_several_words_after_a_verb_stays_the_companys_name(knowledge):
    text = "Brightwell Retail runs 40 shops. Brightwell Retail bought the Pellam Home chain for $310 million in 2019."
    price = figure(claims_of(text, knowledge), "$310 million")
    assert price.object is not None and price.object.name == "Pellam Home"


def test_a_relative_clause_hangs_on_the_company_not_on_where_it_is(knowledge):
    text = (
        "ANNECY, France, 26 March 2025 - Fromagerie Bouvier said it will start selling Reblochon in Swiss supermarkets in the autumn, "
        "where it will be up against mountain dairies such as Käserei Tschanz of the Simmental, which made 1,610 tonnes "
        "of cheese last year and had sales worth about EUR 33 million."
    )
    claims = claims_of(text, knowledge, "wire.txt")
    cheese, sales = figure(claims, "1,610 tonnes"), figure(claims, "about EUR 33 million")
    assert cheese.subject is not None and cheese.subject.name == "Käserei Tschanz"
    assert sales.subject is not None and sales.subject.name == "Käserei Tschanz"
    # Made last year, told in a sentence about the future: the year's output.
    assert cheese.event == "production" and cheese.time is not None and cheese.time.year == 2024


def test_a_place_after_a_whole_told_after_its_part_is_the_parts(knowledge):
    text = "Penmorva Marine Services will base two of its fleet of seven workboats at Swansea."
    fleet = figure(claims_of(text, knowledge), "seven workboats")
    assert fleet.qualifiers is None or fleet.qualifiers.place is None
    # A place after the count itself still narrows it: "40 stores in Leeds".
    leeds = figure(claims_of("Harrow Retail runs 40 stores in Leeds.", knowledge), "40 stores")
    assert leeds.qualifiers is not None and leeds.qualifiers.place == "Leeds"


def test_a_mill_that_speaks_is_a_company_and_the_mill_still_means_it(knowledge):
    text = (
        "BIELLA, Italy, March 20, 2025 - Lanificio Calvetti, the family-owned woollen mill, said on Thursday "
        "that it had won an order from the Japanese retailer Kinoshita & Co for 90,000 metres of flannel. "
        "The mill wove 6.2 million metres of cloth in 2024."
    )
    kinds = kinds_of(text, knowledge, "wire.txt")
    assert kinds.get("Lanificio Calvetti") == "organisation" and "Kinoshita" in kinds
    claims = claims_of(text, knowledge, "wire.txt")
    order, cloth = figure(claims, "90,000 metres"), figure(claims, "6.2 million metres")
    assert order.subject is not None and order.subject.name == "Lanificio Calvetti"
    assert order.object is not None and order.object.name == "Kinoshita"
    assert cloth.subject is not None and cloth.subject.name == "Lanificio Calvetti"


def test_one_order_for_one_customer_credited_to_two_mills_is_found():
    wire = (
        "BIELLA, Italy, March 20, 2025 - Lanificio Calvetti said on Thursday that it had won an order from "
        "the Japanese retailer Kinoshita & Co for 90,000 metres of lambswool flannel for autumn 2026."
    )
    page = (
        "<html><head><title>Our mill | Corrieburn Woollens</title></head><body><h1>Our mill</h1>"
        "<p>Corrieburn Woollens has spun wool in Selkirk since 1866.</p><h2>Milestones</h2><ul>"
        "<li>January 2025: We sign an order with the Tokyo retailer Kinoshita for 90,000 metres of lambswool flannel for autumn 2026.</li>"
        "</ul></body></html>"
    )
    found = findings("deed-attribution-conflict", **{"wire.txt": wire, "about.html": page})
    assert found and {e.text for f in found for e in f.evidence} == {"90,000 metres"}
    # Two mills each weaving 90,000 metres for no one named are no conflict.
    apart = findings(
        "deed-attribution-conflict",
        **{"a.txt": "Lanificio Calvetti wove 90,000 metres of flannel in March 2025.", "b.txt": "Corrieburn Woollens wove 90,000 metres of flannel in March 2025."},
    )
    assert not apart
