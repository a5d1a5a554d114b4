"""A report's year's output told without its year ("Asheville built 14,900
guitars" in an annual report on 2024), a kiln's "fired", an employer said to
have its staff ("the Bergen-based group with 2,600 staff"), an apposition
before its own relative clause, a report's title after its issuer's name and
a dash, a place opening an appositive, a segment's measure after two
modifiers. Sentences of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


REPORT = "---\ntitle: Brekke Guitars - Annual report 2024\n---\nBrekke Guitars built 14,900 guitars at its Oslo workshop. It also built two new stores.\n"


def test_things_made_in_a_report_s_year_are_its_output(knowledge):
    claims = claims_of(REPORT, knowledge, "report.md")
    made = figure(claims, "14,900 guitars")
    assert (made.event, made.time.year, made.role) == ("guitar made", 2024, None)
    assert figure(claims, "two new stores").role == "change"  # a stock still changes


def test_without_a_reported_year_a_count_built_stays_a_change(knowledge):
    claim = figure(claims_of("Brekke Guitars built 14,900 guitars at its Oslo workshop.", knowledge), "14,900 guitars")
    assert claim.role == "change"


def test_a_kiln_s_firing_is_production(knowledge):
    claim = figure(claims_of("In 2024 Selb Porzellan fired 9.4 million plates.", knowledge), "9.4 million plates")
    assert claim.event == "plate made"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("KTL runs a lean organisation of fewer than 600 employees and outsources maintenance.", "fewer than 600 employees"),
        ("Ostermark is a heating group with 2,600 staff in Norway.", "2,600 staff"),
    ],
)
def test_an_employer_said_to_have_its_staff_tells_its_headcount(text, surface, knowledge):
    assert figure(claims_of(text, knowledge), surface).event == "employees"


def test_staff_spoken_to_are_no_headcount(knowledge):
    assert figure(claims_of("The chief executive spoke to an audience of 10,000 employees.", knowledge), "10,000 employees").event is None


def test_an_apposition_before_its_own_relative_clause_is_its_name_s(knowledge):
    text = (
        "Ledger\n\n**Darwen's revival.** Ashdown Papers, the Lancashire company that is now the largest maker, "
        "sold 11.2 million rolls in 2024.\n"
    )
    assert figure(claims_of(text, knowledge, "ledger.md"), "11.2 million rolls").subject.name == "Ashdown Papers"


def test_a_report_titled_after_its_issuer_and_a_dash_is_the_issuer_s_own(knowledge):
    text = "HALVARD PIANOS AS - ANNUAL REPORT 2024\n\nDear shareholders,\n\nExports made up 61% of revenue.\n"
    assert figure(claims_of(text, knowledge), "61%").subject is not None


def test_a_name_opening_an_appositive_is_no_second_party(knowledge):
    text = "Porcelaines Vauclair, the Limoges porcelain maker, has signed an order worth EUR 8.7 million with Aurelia Cruises."
    claim = figure(claims_of(text, knowledge), "EUR 8.7 million")
    assert claim.subject.name == "Porcelaines Vauclair" and claim.role is None


def test_a_measure_after_two_modifiers_is_a_segment_s(knowledge):
    text = "Parfums Orsenne - Half-year results 2025\n\nFine fragrance revenue rose 9.6% to EUR 251 million.\n"
    assert figure(claims_of(text, knowledge), "EUR 251 million").role == "part"


def test_a_count_over_a_span_is_no_stock_s_size(knowledge):
    spread = figure(claims_of("Marrewijk will supply 1,150 shelters over four years.", knowledge), "1,150 shelters")
    stock = figure(claims_of("Marrewijk has 900 shelters in service.", knowledge), "900 shelters")
    assert spread.qualifiers.scope == "cumulative" and stock.qualifiers.scope is None


def test_a_plant_s_capacity_told_now_and_in_the_year_before_is_one_fact():
    found = findings(
        "figure-mismatch",
        **{
            "a.md": "---\ntitle: Wind\ndate: 2022-05-01\n---\nThe Hestvik wind farm, which entered service in 2021, has a capacity of 350 MW.\n",
            "b.txt": "The 530 MW Hestvik wind farm, which Norvind operates, entered service in 2021.\n",
        },
    )
    assert len(found) == 1


def test_a_maker_written_as_a_product_s_owner_is_its_figure_s_subject(knowledge):
    text = (
        "Blue Tern Guitars makes guitars in Tennessee. Blue Tern's Lila Crane signature model, a short-scale "
        "dreadnought, took 2,600 pre-orders in its first week on sale."
    )
    claim = figure(claims_of(text, knowledge), "2,600 pre-orders")
    assert claim.subject.name == "Blue Tern Guitars" and claim.object.name == "Lila Crane"


def test_a_count_naming_its_owner_between_figure_and_noun_is_the_owner_s():
    found = findings(
        "figure-mismatch",
        **{
            "a.md": "---\ntitle: Brevant at a glance\ndate: 2025-02-18\n---\nBrevant Urbano makes bus shelters. "
                    "More than 40,000 Brevant shelters are in service in 14 countries.\n",
            "b.md": "---\ntitle: Leeds news\ndate: 2025-04-23\n---\nBrevant Urbano, which has fewer than 30,000 shelters "
                    "in service, lost a tender in Leeds.\n",
        },
    )
    assert len(found) == 1


def test_a_number_word_opening_a_name_is_no_count_of_its_owner(knowledge):
    claims = claims_of("The group runs Four Seasons hotels in Lisbon.", knowledge)
    assert not [c for c in claims if c.kind == "count"]


def test_a_word_before_units_is_the_thing_not_its_owner(knowledge):
    text = "Sony makes consoles. The first shipment of 200,000 PSP units went on sale in Japan in 2004."
    assert not [c for c in claims_of(text, knowledge) if c.kind == "count" and "PSP" in c.evidence.text]
