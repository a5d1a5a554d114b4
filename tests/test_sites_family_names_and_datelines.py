"""Whose a site is and what a story's names stand for: a relative clause
after "its Vejle factory," or "the Lewiston, Maine plant," hangs on the
site; a one-word name closing a company's two-word name ("Arnaudet" of
"Sellerie Arnaudet") is that company, however its accents are written; a
wire's dateline without a year takes the year its weekday settles; "the
company" is the story's topic before a company only described as one.
Sentences of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, entity_kinds, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _model(text: str, knowledge, path: str = "doc.txt"):  # type: ignore[no-untyped-def]
    return build_model(parse_document(path, text.encode()), knowledge)


def _meant(text: str, description: str, knowledge) -> list[str]:  # type: ignore[no-untyped-def]
    """The names each use of ``description`` in ``text`` is resolved to."""
    model = _model(text, knowledge)
    return [
        model.entities[r.entity].name
        for s in model.sentences for r in s.references
        if r.surface == description and r.entity is not None
    ]


@pytest.mark.parametrize("determiner", ["its", "the"])
def test_a_relative_clause_after_a_site_of_one_noun_hangs_on_the_site(determiner, knowledge):
    text = f"Brandvold Ceramics will close {determiner} Vejle factory, which made 2.3 million plates in 2024."
    claim = figure(claims_of(text, knowledge), "2.3 million plates")
    assert "Vejle" in {claim.subject.name if claim.subject else None, claim.object.name if claim.object else None}


def test_a_town_written_with_its_state_before_a_site_s_noun_is_the_site(knowledge):
    text = (
        "Lachance Kayaks reported its results on Monday. Output was split between the Trois-Rivieres plant "
        "and the Lewiston, Maine plant, which made 22,600 kayaks in the year."
    )
    kinds = entity_kinds(text, knowledge)
    assert kinds["Lewiston"] == "facility" and kinds["Maine"] == "place"
    claim = figure(claims_of(text, knowledge), "22,600 kayaks")
    assert claim.subject.name == "Lewiston"
    assert claim.purpose is None  # "in the year" says when, not what for


def test_a_year_in_a_closed_relative_clause_before_the_figure_is_the_clause_s(knowledge):
    text = "Vestby Mills, which Norsk Kajakk bought in 2020, sold 14,000 tonnes of flour in 2023."
    assert figure(claims_of(text, knowledge), "14,000 tonnes").time.year == 2023


def test_a_site_s_description_is_the_place_its_clause_puts_it_at(knowledge):
    text = (
        "Reifen Ostholm makes car tyres in Hanover and Montlucon. It has grown abroad before: the Portuguese "
        "factory it acquired in 2009 at Barcelos is now its lowest-cost plant."
    )
    assert _meant(text, "the Portuguese factory", knowledge) == ["Barcelos"]


WIRE = (
    "French saddler Arnaudet lands British Olympic deal\n\n"
    "SAUMUR, France, Oct 8 (Equine Wire) - Sellerie Arnaudet, the family saddle maker from Saumur, said on "
    "Wednesday it would open a second workshop. The company had revenue of EUR 16.4 million in 2024. Arnaudet "
    "will spend EUR 2.8 million on the workshop.\n\n"
    "Britain's Whitcombe, which had sales of GBP 45.2 million in the year to March, remains the largest maker.\n\n"
    "Founded in 1932 by Marcel Arnaudet, the company is still owned by his descendants.\n"
)


def test_a_one_word_name_closing_a_company_s_two_word_name_is_that_company(knowledge):
    model = _model(WIRE, knowledge)
    short = next(e for e in model.entities if e.name == "Arnaudet")
    full = next(e for e in model.entities if e.name == "Sellerie Arnaudet")
    assert short.merged_into == full.id
    assert model.topic == full.id  # the one company the title names, before "Olympic"


def test_the_company_of_a_later_paragraph_is_the_story_s_topic(knowledge):
    founding = next(c for c in claims_of(WIRE, knowledge) if c.kind == "date" and c.time and c.time.year == 1932)
    assert founding.subject.name == "Sellerie Arnaudet"


def test_a_name_told_with_and_without_its_accents_is_one_name(knowledge):
    text = (
        "Brinkhorst to buy Italy's Velocita Brenta\n\n"
        "Brinkhorst Fietsen has agreed to buy Velocità Brenta, a maker of racing bikes. Brenta had revenue of "
        "EUR 74 million last year.\n"
    )
    model = _model(text, knowledge)
    names = {e.name for e in model.entities if e.merged_into is None}
    assert "Velocità Brenta" in names and "Velocita Brenta" not in names
    assert figure(claims_of(text, knowledge), "EUR 74 million").subject.name == "Velocità Brenta"


@pytest.mark.parametrize(
    ("dateline", "weekday", "years", "expected"),
    [
        ("ASHEVILLE, N.C., April 15 (Wire) - ", "Tuesday", "It shipped 41,200 guitars in 2024.", (2025, 4, 15)),
        ("SAUMUR, France, Oct 8 (Wire) - ", "Wednesday", "Revenue was EUR 16 million in 2024; the Games are in 2028.", (2025, 10, 8)),
        # Only older years named: the story is at most a few years after the latest.
        ("LEEDS, England, Sept 9 (Wire) - ", "Tuesday", "It was set up in 1987 and bought a rival in 2022.", (2025, 9, 9)),
        # Two years fit (2014 and 2025): the story is no older than the year before the latest it names.
        ("WOLNZACH, Germany, May 12 (Wire) - ", "Monday", "It opened a plant in 2014 and sold 9,000 tonnes in 2024.", (2025, 5, 12)),
    ],
)
def test_a_dateline_without_a_year_takes_the_year_its_weekday_settles(dateline, weekday, years, expected, knowledge):
    text = f"Title of the story\n\n{dateline}Orlin Guitars said on {weekday} it had a record year. {years}\n"
    date = _model(text, knowledge).layout.dateline.date
    assert (date.year, date.month, date.day) == expected


def test_a_dateline_whose_weekday_settles_no_year_stays_undated(knowledge):
    text = "Title of the story\n\nLEEDS, England, Sept 23 (Wire) - Pennant Shelters said on Tuesday it had won a contract.\n"
    assert _model(text, knowledge).layout.dateline.date is None


def test_the_story_s_topic_told_as_a_company_outranks_one_described_as_a_company(knowledge):
    text = (
        "Sweden's Lindqvist wins bus order from German operator\n\n"
        "Lindqvist Buss has won an order from Verkehrsbetriebe Lindenau, the municipal transport company of "
        "the city. \"We deliver on time,\" said Karin Edholm, chief executive of Lindqvist.\n\n"
        "The Ravnsund-based company delivered 1,120 buses last year.\n"
    )
    assert _meant(text, "The Ravnsund-based company", knowledge) == ["Lindqvist Buss"]


def test_a_report_s_section_label_in_capitals_is_no_name(knowledge):
    text = "HALVARD PIANOS AS - ANNUAL REPORT 2024\n\nKEY FIGURES\n\nRevenue: NOK 900 million\n"
    assert "KEY FIGURES" not in entity_kinds(text, knowledge)


def test_a_town_a_lead_in_names_only_as_an_owner_is_no_topic(knowledge):
    text = (
        "Stone feature\n\n"
        "**Larnaca's hillside.** Cyprus's largest quarrier, Kyprolith Marble, cut 90,000 cubic metres of stone last "
        "year. The company, which went public in Nicosia in 2006, is run by its founder.\n"
    )
    dated = next(c for c in claims_of(text, knowledge, "feature.md") if c.kind == "date" and c.time.year == 2006)
    assert dated.subject.name == "Kyprolith Marble"


def test_a_lead_in_s_company_is_what_its_description_means(knowledge):
    text = (
        "Weekly brief\n\n"
        "- **Orsa Kraft** opened its Pori heat plant in October 2025.\n"
        "- **Vintera Teknik** - The Uppsala engineering group, which supplied the pumps for Orsa's Pori plant "
        "under a EUR 31m contract, has also won a service deal.\n"
    )
    claim = figure(claims_of(text, knowledge, "brief.md"), "EUR 31m")
    assert claim.subject.name == "Vintera Teknik"


def test_an_appositive_with_its_own_clause_and_year_is_its_name_s(knowledge):
    text = "Quillmark Cards plc results\n\nInkwell, the online card business we bought in 2021, grew revenue by 21% to GBP 18.6 million.\n"
    claim = figure(claims_of(text, knowledge), "GBP 18.6 million")
    assert claim.subject.name == "Inkwell" and claim.role is None
    assert claim.time is None or claim.time.year != 2021


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("The frames will come from our plant in Opole, Poland, opened in 2016.", "past"),
        ("The company will, if approved, open the plant in 2027.", "future"),
    ],
)
def test_a_participle_set_off_after_a_plan_tells_its_own_past(text, tense, knowledge):
    dated = next(c for c in claims_of(text, knowledge) if c.kind == "date")
    assert dated.tense == tense


def test_a_blanked_count_before_a_verb_opens_no_description(knowledge):
    text = (
        "Orlin Guitars has two workshops, in Bend and in Eugene. The Eugene shop built 9,800 guitars last year. "
        "Between them, the two workshops can now build some 60,000 guitars a year."
    )
    claim = figure(claims_of(text, knowledge), "60,000 guitars a year")
    assert claim.subject is None or claim.subject.name != "Eugene"
