"""A description that is a paragraph's whole lead-in label ("**The Austrian
rival.**") tells who the paragraph is about, named next; a one-word name
that closes one company's name and opens another's is the one met first; a
sentence that names what its opening description is ("Its rival is X")
is about that name; corporate suffixes in any case. Sentences of our own,
read whole."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _subject(text: str, surface: str, knowledge, path: str = "doc.md") -> str | None:  # type: ignore[no-untyped-def]
    found = figure(claims_of(text, knowledge, path), surface).subject
    return found.name if found is not None else None


FEATURE = (
    "---\ntitle: Organ builders\n---\n"
    "Hollis Orgelmakers of Zwolle builds four new organs a year.\n\n"
    "**The Austrian rival.** Orgelbau Kainz, in the hills above Salzburg, signed a EUR 2.6 million contract in June.\n"
)


def test_a_lead_in_label_is_the_company_its_paragraph_names_next(knowledge):
    model = build_model(parse_document("doc.md", FEATURE.encode()), knowledge)
    label = next(r for s in model.sentences for r in s.references if r.surface == "The Austrian rival")
    assert model.entity(label.entity).name == "Orgelbau Kainz"


def test_a_lead_in_label_gives_no_home_to_the_company_before_it(knowledge):
    homes = {
        c.subject.name: c.attribute.value
        for c in claims_of(FEATURE, knowledge, "doc.md")
        if c.kind == "attribute" and c.attribute is not None and c.attribute.name == "country"
    }
    assert homes.get("Hollis Orgelmakers") != "AT"


def test_a_label_over_a_paragraph_that_names_no_company_is_nobodys(knowledge):
    text = (
        "---\ntitle: Organ builders\n---\n"
        "Hollis Orgelmakers of Zwolle builds four new organs a year.\n\n"
        "**The Austrian rival.** In the hills above Salzburg, prices are lower.\n"
    )
    model = build_model(parse_document("doc.md", text.encode()), knowledge)
    label = next(r for s in model.sentences for r in s.references if r.surface == "The Austrian rival")
    assert label.entity is None


def test_a_word_that_closes_one_name_and_opens_another_is_short_for_the_one_met_first(knowledge):
    text = (
        "Orgelbau Kainz, near Salzburg, builds organs. Kainz has 38 staff.\n\n"
        "Kainz Pfeifenbau of Passau, a separate company, employs 64 people."
    )
    assert _subject(text, "38 staff", knowledge, "doc.txt") == "Orgelbau Kainz"
    text = (
        "Kainz Pfeifenbau of Passau makes organ pipes. Kainz has 64 staff.\n\n"
        "Atelier Kainz, a separate company, restores organs."
    )
    assert _subject(text, "64 staff", knowledge, "doc.txt") == "Kainz Pfeifenbau"


def test_a_word_that_opens_a_name_met_before_it_stays_that_names(knowledge):
    text = (
        "Kainz Pfeifenbau and Orgelbau Kainz are separate companies.\n\n"
        "Kainz has 38 staff."
    )
    assert _subject(text, "38 staff", knowledge, "doc.txt") == "Kainz Pfeifenbau"


def test_a_word_that_opens_one_name_only_is_still_its_short_form(knowledge):
    text = "Kainz Pfeifenbau of Passau makes organ pipes. Kainz has 64 staff."
    assert _subject(text, "64 staff", knowledge, "doc.txt") == "Kainz Pfeifenbau"


def test_a_name_a_sentence_says_its_description_is_is_what_the_next_it_refers_to(knowledge):
    text = (
        "Hollis Orgelmakers of Zwolle builds four new organs a year. "
        "Its most determined rival is Orgelbau Kainz of Salzburg. "
        "In June it signed a EUR 2.6 million contract for a cathedral organ."
    )
    assert _subject(text, "EUR 2.6 million", knowledge, "doc.txt") == "Orgelbau Kainz"


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("CONCERIA VALBRENTA S.P.A.", "Conceria Valbrenta S.p.A."),
        ("VRBKA ZAHRADNI TECHNIKA A.S.", "Vrbka Zahradni Technika"),
        ("Vrbka Zahradni Technika a.s.", "Vrbka Zahradni Technika"),
        ("Kartal Boya A.Ş.", "Kartal Boya"),
    ],
)
def test_a_corporate_suffix_in_another_case_is_still_a_suffix(written, plain):
    from auditor.extract.entities import fold

    suffixes = load_knowledge().gazetteer.corporate_suffixes
    assert fold(written, suffixes) == fold(plain, suffixes)


def test_a_plain_word_in_lower_case_is_no_suffix():
    from auditor.extract.entities import fold

    suffixes = load_knowledge().gazetteer.corporate_suffixes
    assert fold("Visa as", suffixes) == "visa as"


@pytest.mark.parametrize(
    "text",
    [
        "Koskela Uistin makes lures. Pennock has been part of the Koskela group since the Finnish firm bought it in 2021.",
        "Koskela Uistin makes lures. Pennock has belonged to Koskela Uistin since the group took it over in 2021.",
    ],
)
def test_a_description_doing_something_to_it_is_not_what_it_is(text, knowledge):
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    references = {r.surface: model.entity(r.entity).name for s in model.sentences for r in s.references if r.entity is not None}
    assert references["it"] == "Pennock"
    assert references.get("the Finnish firm", references.get("the group")) == "Koskela Uistin"


def test_a_description_in_a_clause_of_its_own_without_it_may_still_be_the_subject(knowledge):
    text = "Pennock Hooks makes fish hooks. Pennock grew fast after the English firm hired 20 workers in 2021."
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    described = next(r for s in model.sentences for r in s.references if r.surface == "the English firm")
    assert model.entity(described.entity).name == "Pennock Hooks"


OUTLET_PAGE = (
    "<html><head><title>Nordic lure makers cast for American anglers | Tackle Trade Today</title></head><body>"
    '<div class="masthead">Tackle Trade Today</div><article><h1>Nordic lure makers cast for American anglers</h1>'
    "<p>Koskela Uistin, founded in 1971 in Kuopio, is the one to watch. The company turned out 17 million lures "
    "in the year to June.</p></article></body></html>"
)


def test_an_outlet_named_by_its_last_word_is_never_the_story_or_a_party(knowledge):
    model = build_model(parse_document("doc.html", OUTLET_PAGE.encode()), knowledge)
    outlet = next(e for e in model.entities if e.name == "Tackle Trade Today")
    assert outlet.publication
    assert model.topic is None or model.entity(model.topic).name != "Tackle Trade Today"
    assert _subject(OUTLET_PAGE, "17 million lures", knowledge, "doc.html") == "Koskela Uistin"


def test_a_company_whose_name_ends_like_an_outlet_is_no_outlet_in_the_text(knowledge):
    text = "Harbour Freight Daily Services bought two cranes. The company paid EUR 12 million for them."
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    assert not any(e.publication for e in model.entities)


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Skarholm Seafarms, the Faroese salmon farmer, has moved its first smolts into sea pens.", "FO"),
        ("Kyronel, the Swedish alkaline specialist, remains the largest of the three by revenue.", "SE"),
        ("Orvik Ice, the Greenlandic seafood group, sold 4,000 tonnes of prawns.", "GL"),
    ],
)
def test_an_appositive_of_a_trade_gives_the_companys_home(text, home, knowledge):
    homes = [c.attribute.value for c in claims_of(text, knowledge) if c.kind == "attribute" and c.attribute is not None and c.attribute.name == "country"]
    assert homes == [home]


def test_a_state_named_after_a_place_abroad_is_not_that_place(knowledge):
    text = "Trenton, the capital of New Jersey, spent $4,000 on paper."
    homes = [c.attribute.value for c in claims_of(text, knowledge) if c.kind == "attribute" and c.attribute is not None]
    assert "JE" not in homes


def test_a_description_founded_in_another_year_than_a_company_is_not_that_company(knowledge):
    text = (
        "Corvelo Brewing agreed to buy Ironpike Ales for GBP 70 million.\n\n"
        "Ironpike, set up in 2011 by two former engineers, runs 14 taprooms.\n\n"
        "The brewer, founded in 1927, sold 9.1 million hectolitres last year."
    )
    founded = {c.subject.name: c.attribute.value for c in claims_of(text, knowledge) if c.kind == "attribute" and c.attribute is not None}
    assert founded == {"Ironpike Ales": "2011", "Corvelo Brewing": "1927"}


def test_a_description_founded_in_the_companys_own_year_may_still_be_it(knowledge):
    text = (
        "Corvelo Brewing agreed to buy Ironpike Ales for GBP 70 million.\n\n"
        "Ironpike, set up in 2011 by two former engineers, runs 14 taprooms.\n\n"
        "The brewer, founded in 2011, sold 90,000 hectolitres last year."
    )
    founded = [c.subject.name for c in claims_of(text, knowledge) if c.kind == "attribute" and c.attribute is not None]
    assert founded == ["Ironpike Ales", "Ironpike Ales"]


@pytest.mark.parametrize(
    ("text", "description", "party"),
    [
        (
            "The Competition Board today cleared the acquisition of sole control of UAB Nemuna Auto Insurance by Tarvo Insurance "
            "Group AS. The acquirer, founded in 1993 and registered in Tallinn, notified the transaction in October.",
            "The acquirer",
            "Tarvo Insurance",
        ),
        (
            "The Competition Board today cleared the acquisition of sole control of UAB Nemuna Auto Insurance by Tarvo Insurance "
            "Group AS. The acquiree, founded in 1996, sells motor insurance in Lithuania.",
            "The acquiree",
            "UAB Nemuna Auto Insurance",
        ),
        (
            "Halvard Foods agreed to buy Lindell Bakeries for EUR 40 million. The buyer, founded in 1961, employs 900 people.",
            "The buyer",
            "Halvard Foods",
        ),
    ],
)
def test_a_description_by_its_role_in_a_takeover_is_that_party(text, description, party, knowledge):
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    reference = next(r for s in model.sentences for r in s.references if r.surface == description)
    assert model.entity(reference.entity).name == party


def test_a_one_word_name_opening_two_companies_names_the_one_met_first(knowledge):
    text = (
        "---\ntitle: Halvard moves to a new loft\n---\n"
        "For 46 years Halvard Sailmakers has cut sails by the harbour. Halvard expects to add 30 jobs.\n\n"
        "Weeks ago Halvard paid NZD 26 million for Segel Nord, a loft in Gothenburg.\n\n"
        "Founder Des Halvard cut the ribbon.\n\n"
        "Halvard Marine, a boatbuilder with no link to the sailmaker, builds workboats. Its owner, Brent Halvard, laughed.\n"
    )
    assert _subject(text, "NZD 26 million", knowledge) == "Halvard Sailmakers"


def test_a_one_word_name_opening_two_companies_met_in_one_sentence_is_neither(knowledge):
    text = "Halvard Sailmakers and Halvard Marine share a name. Halvard paid NZD 26 million for Segel Nord."
    assert _subject(text, "NZD 26 million", knowledge, "doc.txt") not in ("Halvard Sailmakers", "Halvard Marine")


@pytest.mark.parametrize(
    "told",
    [
        "Around thirty employees of Hollis Orgelmakers travelled to the concert.",
        "Hollis Orgelmakers's managing director, Anouk Brink, travelled to the concert.",
    ],
)
def test_a_name_told_as_a_company_is_the_firm_before_a_title_s_name_of_no_kind(told, knowledge):
    text = (
        "---\ntitle: Kristiansund Konserthus gets its organ\n---\n"
        f"The concert organ of the Kristiansund Konserthus was played on Sunday. {told}\n\n"
        "The firm employs fewer than 40 people.\n"
    )
    assert _subject(text, "fewer than 40 people", knowledge) == "Hollis Orgelmakers"


def test_a_name_only_named_stays_of_no_kind(knowledge):
    text = (
        "---\ntitle: Kristiansund Konserthus gets its organ\n---\n"
        "The concert organ of the Kristiansund Konserthus was played on Sunday. Hollis Orgelmakers built it.\n\n"
        "The firm employs fewer than 40 people.\n"
    )
    model = build_model(parse_document("doc.md", text.encode()), knowledge)
    assert {e.name: e.kind for e in model.entities}["Hollis Orgelmakers"] == "unknown"


def test_a_one_word_name_opening_a_model_s_name_is_no_short_form_of_the_first_met(knowledge):
    text = (
        "The Halvard H400 is a regional jet. Halvard expects orders. Halvard hired staff.\n\n"
        "Halvard Aerospace builds it. Halvard sold 40 jets in 2024.\n"
    )
    assert _subject(text, "40 jets", knowledge, "doc.txt") != "Halvard H400"


def test_initials_opening_two_companies_names_stay_their_own(knowledge):
    text = (
        "Orvik Media to buy a broadcaster's studios\n\n"
        "HNB Resources Ltd runs the studios. HNB said the sale was good. HNB will keep its news arm.\n\n"
        "HNB Archive stays where it is.\n\n"
        "The HNB said it would transfer around 300 staff.\n"
    )
    assert _subject(text, "around 300 staff", knowledge, "doc.txt") not in ("HNB Archive", "HNB Resources")
