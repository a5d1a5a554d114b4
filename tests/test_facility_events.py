"""A facility's one-off events are the facility's (auditor/extract/facility_events.py).

A plant opens once; its owner opens one plant after another. The date of an
opening, a commissioning, a start of construction or a closure is kept with
the facility it happened to, whoever the sentence makes its subject, and
date-mismatch compares the dates of one facility, not of one owner.
All sentences are our own.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.extract import extract_document, load_knowledge
from auditor.sources import parse_document


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def dated(text: str, knowledge, path: str = "doc.txt", event: str | None = None):
    claims = extract_document(parse_document(path, text.encode("utf-8")), knowledge).claims
    return [c for c in claims if c.kind == "date" and (event is None or c.event == event)]


def facility_and_owner(claim):
    return (
        claim.object.name if claim.object is not None and claim.object.type == "facility" else None,
        claim.subject.name if claim.subject is not None else None,
    )


@pytest.mark.parametrize(
    "sentence, facility, owner",
    [
        # Named after the verb, owned through a possessive.
        ("Halvard Foods opened its plant in Lisbon in March 2022.", "Lisbon", "Halvard Foods"),
        # The antecedent of a relative clause, owned through "its".
        ("Halvard Foods said its Lisbon plant, which opened in May 2022, runs three shifts.", "Lisbon", "Halvard Foods"),
        # A noun of the event, the owner's possessive inside the facility's phrase.
        ("The deal follows the opening of Halvard's factory in Porto in June 2024.", "Porto", "Halvard"),
        # The facility as the subject, no owner said.
        ("The Porto factory opened in 2024.", "Porto", None),
    ],
)
def test_a_facility_event_is_dated_for_the_facility(knowledge, sentence, facility, owner):
    (claim,) = dated(sentence, knowledge, event=None)
    assert claim.event in ("opening",)
    assert facility_and_owner(claim) == (facility, owner)


def test_a_plant_a_later_sentence_describes_is_the_one_it_named(knowledge):
    text = (
        "Ostrava Pumps opened a EUR 90 million plant in Zlin last year.\n\n"
        "The factory, which the group opened in 2023, employs 400 people.\n"
    )
    claims = dated(text, knowledge, event="opening")
    assert [facility_and_owner(c)[0] for c in claims][-1] == "Zlin"


def test_a_part_of_a_facility_is_a_facility_of_its_own(knowledge):
    (line,) = dated("The Lisbon plant opened a new packing line in 2024.", knowledge, event="opening")
    assert facility_and_owner(line)[0] != "Lisbon"
    (hall,) = dated("Lisbon's output rises after a second cold-store hall opens in 2026.", knowledge, event="opening")
    assert facility_and_owner(hall)[0] == "Lisbon second cold-store hall"
    # A noun that names the facility itself is no part of it.
    (extension,) = dated("The Harrow Quay tram extension will open in 2028.", knowledge, event="opening")
    assert facility_and_owner(extension)[0] in (None, "Harrow Quay")


def test_an_unnamed_plant_in_a_wire_s_first_sentence_is_where_the_dateline_is(knowledge):
    wire = "PORTO, June 3, 2025 (Trade Wire) - Halvard Foods opened its first plant outside Spain on Monday.\n"
    (claim,) = dated(wire, knowledge, event="opening")
    assert facility_and_owner(claim) == ("Porto", "Halvard Foods")


def test_a_row_of_a_plants_table_names_the_facility_its_dates_are_of(knowledge):
    page = (
        "---\ntitle: Halvard Foods at a glance\n---\n\n# Halvard Foods at a glance\n\n"
        "| Plant | Country | Opened |\n|---|---|---|\n| Lisbon | Portugal | 2019 |\n| Oporto Norte (PT) | Portugal | May 2024 |\n"
    )
    claims = dated(page, knowledge, "glance.md", event="opening")
    # A row named by a place is the facility there, the page's company's; a
    # row with a name of its own is that facility (date-mismatch compares
    # the dates of one thing, a facility or a subject, by its name).
    assert sorted(facility_and_owner(c)[0] or c.subject.name for c in claims) == ["Lisbon", "Oporto Norte"]
    assert [facility_and_owner(c) for c in claims if c.time.year == 2019] == [("Lisbon", "Halvard Foods")]


def _findings(tmp_path, documents: dict[str, str]) -> list[dict]:
    for name, text in documents.items():
        (tmp_path / name).write_text(text)
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "json", "--no-cache", "--fail-on", "never"])
    return [f for f in json.loads(result.output)["findings"] if f["rule"] == "date-mismatch"]


def test_two_plants_of_one_owner_are_two_openings(tmp_path):
    findings = _findings(
        tmp_path,
        {"a.txt": "Halvard Foods opened its plant in Lisbon in March 2022. The group opened its factory in Porto in June 2024.\n"},
    )
    assert findings == []


def test_one_plant_told_of_by_its_owner_and_by_itself_is_one_opening(tmp_path):
    (finding,) = _findings(
        tmp_path,
        {
            "a.txt": "Halvard Foods opened its plant in Lisbon in March 2022.\n",
            "b.txt": "Halvard Foods said its Lisbon plant, which opened in May 2022, runs three shifts.\n",
        },
    )
    assert {e["text"] for e in finding["evidence"]} == {"March 2022", "May 2022"}
    assert "Lisbon" in finding["message"]


def test_plants_of_two_owners_in_one_town_are_two(tmp_path):
    findings = _findings(
        tmp_path,
        {
            "a.txt": "Brennan Steel opened its mill in Tilburg in 2019.\n",
            "b.txt": "Verdane Metals opened its mill in Tilburg in 2015.\n",
        },
    )
    assert findings == []


def test_an_owner_s_opening_that_names_no_plant_is_its_one_plant_s(tmp_path):
    (finding,) = _findings(
        tmp_path,
        {
            "a.txt": "Halvard Foods opened its plant in Lisbon in March 2022.\n",
            "b.md": "---\ntitle: Halvard Foods\n---\n\n# Halvard Foods\n\nHalvard Foods opened in September 2022, its managers say.\n",
        },
    )
    assert {e["text"] for e in finding["evidence"]} == {"March 2022", "September 2022"}
    # With two plants, which one it opened is not said: no finding.
    findings = _findings(
        tmp_path,
        {"c.txt": "Halvard Foods opened its factory in Porto in June 2024.\n"},
    )
    assert findings == []


def test_a_plant_bought_is_the_plant_s_purchase(knowledge):
    (bought,) = dated("Vetreria Orsano said its Hungarian plant at Tiszaret, which it bought in 2022, makes jars.", knowledge, event="completion")
    assert facility_and_owner(bought)[0] == "Tiszaret"


def test_a_facility_the_sentence_is_about_outranks_one_it_names_in_passing(knowledge):
    (completion,) = dated(
        "The Harlow Base Tunnel is being built parallel to the Kessel Tunnel with a planned completion date of 2031.",
        knowledge,
        event="completion",
    )
    assert (facility_and_owner(completion)[0] or completion.subject.name) == "Harlow Base Tunnel"
