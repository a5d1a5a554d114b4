"""Readings added in round 45, each on sentences of our own.

- An area right before the words of land a crop stands on ("58 hectares
  under vine", "40 acres of orchards") is the holding's area under crop, a
  stock (``crop_land_after``); "the family business's" is the whole company,
  no segment of it (``ownership_modifiers``).
- A title or an opening heading "Harvest letter from Hollowmere" over a
  text in the first person plural makes Hollowmere its writer
  (``own_letter_heads``); not "Letter from the Executive Board"
  (``company_bodies``), a place or a person.
- A verb two events list reads as the one whose figures fit: "brought in
  185 tonnes" is a harvest, "brought in £3m" revenue (``shared_verbs``).
"""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, figure, findings, subject_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _issuer_name(text: str, knowledge, path: str = "doc.md") -> str | None:  # type: ignore[no-untyped-def]
    model = build_model(parse_document(path, text.encode()), knowledge)
    return next((e.name for e in model.entities if e.id == model.issuer), None)


def test_an_area_under_a_crop_is_the_holdings_standing_area(knowledge):
    claims = claims_of(
        "Brackenridge Orchards picked its last apples on 3 October. The family business's 41 hectares of orchards "
        "are now all in bearing. Its neighbour planted 6 hectares in 2024.",
        knowledge,
    )
    orchards = figure(claims, "41 hectares")
    assert (orchards.subject.name, orchards.event, orchards.role) == ("Brackenridge Orchards", "cropped-area", None)
    assert figure(claims, "6 hectares").event == "planted-area"


def test_two_areas_under_vine_of_one_estate_differ(knowledge):
    found = findings(
        "figure-mismatch",
        a="Tallowmere Vineyards is picking again. Tallowmere has 37 hectares under vine near Ledbury.",
        b="Tallowmere Vineyards at a glance: 44 hectares under vine, all of them near Ledbury.",
    )
    assert len(found) == 1


def test_a_letter_from_a_company_is_written_by_it(knowledge):
    text = (
        "---\ntitle: Our autumn round-up\ndate: 2025-10-02\n---\n\n# News from Fernhollow Creamery\n\n"
        "Dear customers,\n\nWe made 61 tonnes of cheese this year, our best yet, and we thank you. "
        "Our shop will close for a week in November.\n"
    )
    assert _issuer_name(text, knowledge) == "Fernhollow Creamery"
    assert subject_of(claims_of(text, knowledge, "doc.md"), "61 tonnes") == "Fernhollow Creamery"


@pytest.mark.parametrize(
    "heading",
    ["Letter from the Executive Board", "Letter from Brussels", "A letter from Maria Okonjo"],
)
def test_a_letter_from_a_body_a_place_or_a_person_names_no_writer(knowledge, heading):
    text = (
        f"# {heading}\n\nDear shareholders,\n\nWe grew our sales and we thank our staff. "
        "Our new plant opened in May. Maria Okonjo chairs the board of Tessaly Foods.\n"
    )
    assert _issuer_name(text, knowledge) in (None, "Tessaly Foods")


def test_a_verb_of_two_events_reads_as_the_one_its_figure_fits(knowledge):
    claims = claims_of("Pellow Farm brought in 185 tonnes from its orchards. Its shop brought in £3m.", knowledge)
    assert figure(claims, "185 tonnes").event == "production"
    assert figure(claims, "£3m").event == "revenue"
