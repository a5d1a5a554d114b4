"""Which name a phrase after it tells of.

- "Tarnby Mühle in Rheda-Wiedenbrück, founded in 1911": the mill, not the
  town between it and the phrase.
- "Tarnby Mills, the Esbjerg miller founded in 1911": the name the
  description stands beside, not the sentence's subject.
- "Estrella Sur Transportes SA (EST)": "EST carried" is the company, though
  a word list has "EST" for a time zone.
- "Tarnby Rammer of Lecco": Lecco is where it is, and "the Valencia
  operator" another company.
- "Brakewell, founded in 1791 on the banks of the Severn": a word said to
  have been founded is a name, also where it opens other sentences; a year
  before 1800 is a date where such a deed dates it.
- "Coopérative Bergers du Havre": a name opening on its trade is described
  by it ("The cooperative"); an English name's first word says no trade
  ("Toys R Us" is "the retail chain"). "46 member farms" are its farms.
- "Belgium's Tarnkwelder cooperative": a company of that country (a body
  a word list knows, "China's WTO", is not); a facts file's "Coöperatie
  Tarnkwelder U.A." is that "Tarnkwelder".
- "On Lake Lugano, Ceresio Boats had revenue of": a place put first is no
  party to the figure.
- "Hordafjord Ferjer won the NOK 1.9 billion Gjermundshamn contract": a deal
  named by its route is won by the clause's subject.
- "Brakel Bakery, founded in 1957, bought Tarnby Mills in 2001": the
  participle phrase tells of the name before it, whatever the main verb did
  to another.
Texts of our own."""

from __future__ import annotations

import pytest

from auditor.checks import run_checks
from auditor.checks.facts import parse_facts
from auditor.extract import load_knowledge
from auditor.extract.dates import find_dates
from reading_helpers import RULES, claims_of, figure, findings, kinds_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _founded(text: str, knowledge) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {
        c.time.year: c.subject.name
        for c in claims_of(text, knowledge)
        if c.kind == "date" and c.event == "founding" and c.time is not None and c.subject is not None
    }


@pytest.mark.parametrize(
    "text, year, founded",
    [
        ("Brakel Bakery buys flour from Tarnby Mills, founded in 1911, a family mill.", 1911, "Tarnby Mills"),
        ("Brakel Bakery buys flour from Tarnby Mühle in Rheda-Wiedenbrück, founded in 1911, a family mill.", 1911, "Tarnby Mühle"),
        ("Brakel Bakery buys flour from Tarnby Mills in Esbjerg, founded in 1911.", 1911, "Tarnby Mills"),
        ("Brakel Bakery has no link with Tarnby Mills, the Esbjerg miller founded in 1911.", 1911, "Tarnby Mills"),
        ("Brakel Bakery has no link with Tarnby Mills, the North Shields miller founded in 1911.", 1911, "Tarnby Mills"),
        ("Brakel Bakery, founded in 1957, bought Tarnby Mills in 2001.", 1957, "Brakel Bakery"),
        # The phrase opening the sentence still tells of the main clause's subject.
        ("Founded in 1957, Brakel Bakery bought Tarnby Mills in 2001.", 1957, "Brakel Bakery"),
    ],
)
def test_a_founding_phrase_tells_of_the_name_it_follows(knowledge, text, year, founded):
    assert _founded(text, knowledge)[year] == founded


def test_two_companies_of_like_names_and_their_own_foundings_are_no_conflict():
    story = (
        "---\ntitle: Bread\ndate: 2025-05-02\n---\n\n"
        "Brakel Backwaren was founded in 1957 in Bielefeld. It buys its flour from Brakeler Mühle in "
        "Rheda-Wiedenbrück, founded in 1911, a family mill with no link to the bakers.\n"
    )
    release = "---\ntitle: Brakel Backwaren results\ndate: 2025-03-01\n---\n\nBrakel Backwaren was founded in 1957 in Bielefeld.\n"
    assert not findings("date-mismatch", **{"story.md": story, "release.md": release})


def test_a_company_of_a_town_is_no_description_of_another_towns_company(knowledge):
    # "Tarnby Rammer of Lecco": Lecco is where it is, so "the Valencia
    # operator" is the other company of the story.
    text = (
        "When Ciclovia asked for bids on new frames, eleven builders answered. The order went to "
        "Tarnby Rammer of Lecco, a family firm better known for its racing frames.\n\n"
        "The Valencia operator, founded in 2012, launched its first scheme in its home city in 2014.\n"
    )
    launches = [c for c in claims_of(text, knowledge) if c.kind == "date" and c.time is not None and c.time.year == 2014]
    assert [c.subject.name for c in launches if c.subject is not None] == ["Ciclovia"]


def test_a_short_name_the_text_defines_is_a_name_though_a_word_list_has_it(knowledge):
    # "EST" is a time zone in the word list; defined in brackets, it is the company.
    text = (
        "MALAGA, 14 January 2025 - Estrella Sur Transportes SA (EST) has won a ten-year ferry contract.\n\n"
        "EST carried 3.4 million passengers in 2024 on its fleet of 17 ferries.\n\n"
        "KEY FIGURES (GROUP)\n\nGROUP revenue rose.\n\n"
        "Spain's deficit is 3.2% of its Gross Domestic Product (GDP), and outlays 41% of GDP.\n"
    )
    claim = figure(claims_of(text, knowledge, "wire.txt"), "3.4 million passengers")
    assert claim.subject is not None and claim.subject.name == "Estrella Sur Transportes"
    # A heading's bracket ("KEY FIGURES (GROUP)") and a measure's ("Gross
    # Domestic Product (GDP)") define no company's name.
    kinds = kinds_of(text, knowledge, "wire.txt")
    assert "GROUP" not in kinds and "GDP" not in kinds


def test_a_word_opening_sentences_that_was_founded_is_a_name(knowledge):
    text = (
        "Only a handful of foundries still cast bells.\n\n"
        "Brakewell, founded in 1791 on the banks of the Severn, is one of them.\n\n"
        "Brakewell cast 183 bells last year, its master founder told me.\n"
    )
    claims = claims_of(text, knowledge)
    assert _founded(text, knowledge) == {1791: "Brakewell"}
    cast = figure(claims, "183 bells")
    assert cast.subject is not None and cast.subject.name == "Brakewell"


@pytest.mark.parametrize(
    "text, years",
    [
        ("The foundry, founded in 1791, still casts bells.", [1791]),
        ("It has cast bells since 1784.", [1784]),
        ("The brewery dates back to 1759.", [1759]),
        # Elsewhere a number before 1800 is a count or a clock's time.
        ("Sizzler employs 1700 people.", []),
        ("The flight landed at 1613 local time.", []),
    ],
)
def test_a_year_before_1800_is_a_date_only_where_an_old_deed_dates_it(knowledge, text, years):
    assert [d.year for d in find_dates(text, knowledge.lexicon)] == years


def test_a_name_opening_on_its_trade_is_described_by_it(knowledge):
    # "Coopérative ..." is a cooperative: "The cooperative" is it, not the
    # place the story is about.
    text = (
        "---\ntitle: Lamb from Mont-Saint-Michel\ndate: 2025-03-04\n---\n\n"
        "Mont-Saint-Michel draws three million visitors a year. Mont-Saint-Michel also has salt-marsh lamb.\n\n"
        "Most of it is sold by the Coopérative Bergers du Havre (CBH), set up in 1979. "
        "The cooperative brings together more than 60 farms.\n"
    )
    claim = figure(claims_of(text, knowledge, "story.md"), "more than 60 farms")
    assert claim.subject is not None and claim.subject.name == "Coopérative Bergers du Havre"
    # Its member farms are its farms, no kind of farm.
    release = "Coopérative Bergers du Havre said its 46 member farms sold 11,400 lambs.\n"
    assert figure(claims_of(release, knowledge), "46 member farms").event == claim.event


def test_an_english_names_first_word_says_no_trade(knowledge):
    # "Toys R Us" is no toymaker: "the retail chain" may be it.
    text = (
        "Toys R Us filed for bankruptcy on Monday. According to the filing, the retail chain owns "
        "US$6.6 billion in assets.\n"
    )
    claim = figure(claims_of(text, knowledge), "US$6.6 billion")
    assert claim.subject is not None and claim.subject.name == "Toys R Us"


def test_a_countrys_possessive_before_a_company_is_its_country(knowledge):
    text = (
        "Further north, Belgium's Tarnkwelder cooperative, whose 19 farms graze the salt marshes, has bought a slaughterhouse. "
        "Britain's Ashwell Hats Ltd has 120 staff. China's WTO delegation and China's Yuan were in the news.\n"
    )
    countries = {
        c.subject.name: c.attribute.value
        for c in claims_of(text, knowledge)
        if c.kind == "attribute" and c.attribute is not None and c.attribute.name == "country" and c.subject is not None
    }
    assert countries == {"Tarnkwelder": "BE", "Ashwell Hats": "GB"}


def test_a_countrys_possessive_before_a_name_that_goes_on_to_do_something_is_its_country(knowledge):
    text = (
        "**Southern hemisphere.** Australia's Riwaka Bines has finished planting 60 hectares of new gardens. "
        "Spain's Marta Ruiz."
    )
    countries = {
        c.subject.name: c.attribute.value
        for c in claims_of(text, knowledge)
        if c.kind == "attribute" and c.attribute is not None and c.attribute.name == "country" and c.subject is not None
    }
    # A name that does nothing ("Spain's Marta Ruiz.") is still given no country.
    assert countries == {"Riwaka Bines": "AU"}


def test_a_facts_subject_named_with_its_trade_word_is_the_name_a_text_writes(knowledge):
    # "Coöperatie Tarnkwelder U.A." in the facts file is the "Tarnkwelder" of the text.
    facts = parse_facts(
        "- subject: Coöperatie Tarnkwelder U.A.\n  attribute: country\n  value: Netherlands\n", "facts.yaml"
    )
    text = "Further north, Belgium's Tarnkwelder cooperative, whose 19 farms graze the salt marshes, has bought a slaughterhouse.\n"
    claims = claims_of(text, knowledge, "story.txt")
    (finding,) = run_checks([RULES["reference-conflict"]], claims, (), facts)
    assert "Netherlands" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "On Lake Lugano, Ceresio Boats had revenue of CHF 24.3 million in 2024.",
        "On Lake Lugano, Ceresio Boats, which runs 11 boats, had revenue of CHF 24.3 million in 2024.",
        "Further north, on the Wadden coast, Ceresio Boats had revenue of CHF 24.3 million in 2024.",
    ],
)
def test_a_place_put_first_is_no_party_to_the_figure(knowledge, sentence):
    claim = figure(claims_of(sentence, knowledge), "CHF 24.3 million")
    assert claim.subject is not None and claim.subject.name == "Ceresio Boats"


@pytest.mark.parametrize(
    "sentence, subject",
    [
        ("Hordafjord Ferjer won the NOK 1.9 billion Gjermundshamn contract in January.", "Hordafjord Ferjer"),
        ("Hordafjord Ferjer, the Stavanger operator, won the ten-year, NOK 1.9 billion Gjermundshamn–Løfallstrand contract.", "Hordafjord Ferjer"),
        # A figure before a thing it sizes is still the thing's.
        ("The 530 MW Gullmyr wind farm entered service in 2021.", "Gullmyr"),
    ],
)
def test_a_deal_named_by_its_route_is_won_by_the_clauses_subject(knowledge, sentence, subject):
    claim = next(c for c in claims_of(sentence, knowledge) if c.kind in ("money", "quantity"))
    assert claim.subject is not None and claim.subject.name == subject
