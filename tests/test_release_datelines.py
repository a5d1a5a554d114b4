"""A release's dateline written in its place's own case ("Leeds, 3 June
2025 - "), a contract told in a release about a purchase, and a deal
credited to two parties where one story is dated only by its own date.
Sentences of our own, read whole and audited end to end."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Leeds, 3 June 2025 - Corbel Tiles said it would close a kiln.", "Leeds", "2025-06-03"),
        ("Fürth, 2 September 2025 - Halder Stifte AG today announced a purchase.", "Fürth", "2025-09-02"),
        ("Naaldwijk, the Netherlands, 24 June 2025 -- Ter Brugge B.V. today announced an order.", "Naaldwijk, the Netherlands", "2025-06-24"),
        ("Porto, May 22, 2025 - Corvelo Brewing issued a trading update.", "Porto", "2025-05-22"),
        ("Darwen, Lancashire - 12 June 2025 - Ashdown Wallcoverings plc announces its results.", "Darwen, Lancashire", "2025-06-12"),
        ("Arzignano (Vicenza), 27 March 2025\n\nConceria Valbrenta reported its results.", "Arzignano", "2025-03-27"),
    ],
)
def test_a_dateline_in_its_places_own_case_is_read(text, place, day, knowledge):
    dateline = build_model(parse_document("doc.txt", text.encode()), knowledge).layout.dateline
    assert dateline is not None
    assert text[dateline.place_start : dateline.place_end] == place
    assert str(dateline.date_value) == day


@pytest.mark.parametrize(
    "text",
    [
        # A month without its day is no release's date.
        "Porto, May 2025 - prices rose across the region.",
        # Nor a place and a date in the course of a sentence.
        "The plant in Leeds, 3 June 2025 - the day it opened - made 40 tiles.",
        # Figures that are no day ("31.2.2025"), or a version number in prose.
        "Kuopio, 31.2.2025\n\nKoskela made lures.",
        "Version 1.2.2025 of the tool shipped.",
    ],
)
def test_a_place_and_a_date_are_no_dateline_without_a_days_date_opening_the_story(text, knowledge):
    assert build_model(parse_document("doc.txt", text.encode()), knowledge).layout.dateline is None


def test_the_dateline_place_is_not_what_it_refers_to(knowledge):
    text = "Leeds, 3 June 2025 - Corbel Tiles said it had made 31 million tiles in 2024."
    assert figure(claims_of(text, knowledge), "31 million tiles").subject.name == "Corbel Tiles"


def test_a_contract_in_a_release_about_a_purchase_is_not_of_the_company_bought(knowledge):
    text = (
        "Leeds, 3 June 2025 - Corbel Tiles today announced that it has agreed to acquire Haverstock Clay for GBP 41 million.\n\n"
        "Corbel also announced today that it has won a three-year contract, worth GBP 12 million, to supply tiles to schools in Yorkshire."
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "GBP 41 million").object.name == "Haverstock Clay"
    assert figure(claims, "GBP 12 million").object is None


def test_the_price_of_a_purchase_is_of_the_company_bought(knowledge):
    text = (
        "Corbel Tiles has agreed to acquire Haverstock Clay.\n\n"
        "Corbel will pay a price of GBP 41 million in cash."
    )
    assert figure(claims_of(text, knowledge), "GBP 41 million").object.name == "Haverstock Clay"


def test_a_deal_credited_to_two_parties_is_found_when_one_story_is_dated_only_by_its_own_date():
    found = findings(
        "attribution-conflict",
        **{
            "release.md": "---\ndate: 2025-09-02\n---\nHalder Stifte has won a four-year contract, worth EUR 22 million, "
            "to supply pencils to primary schools in Normandy.",
            "digest.md": "---\ndate: 2026-02-10\n---\nCrayons Morel starts the EUR 22 million, four-year contract it won "
            "to supply pencils to primary schools in Normandy in 2026.",
        },
    )
    assert len(found) == 1


def test_a_deal_credited_to_two_parties_in_years_the_stories_state_apart_is_two_deals():
    found = findings(
        "attribution-conflict",
        **{
            "release.md": "Halder Stifte won a four-year contract, worth EUR 22 million, in 2019 to supply pencils to schools.",
            "digest.md": "Crayons Morel won a four-year contract, worth EUR 22 million, in 2024 to supply pencils to schools.",
        },
    )
    assert found == ()


# --------------------------------------------------------------------------- key figures in plain text

KEY_FIGURES = (
    "KESTREL TANNERIES S.P.A.\n\nPRESS RELEASE\n\n"
    "Arzignano, 27 March 2025 - Kestrel Tanneries S.p.A. today announced its results for 2024.\n\n"
    "Key figures 2024 (2023)\n\n"
    "Revenue: EUR 412 million (EUR 389 million)\n"
    "Hides processed: 1.58 million (1.49 million)\n"
    "Employees at year end: 1,310 (1,270)\n\n"
    "KEY FIGURES\n\n"
    "Net sales, EUR million: 91.6 (2023/24: 90.8)\n"
    "Lures made, million: 21.4 (2023/24: 20.2)\n\n"
    "Highlights\n\n"
    "- Revenue rose 9% in the nine months.\n"
    "- Robotic mowers sold: 148,000, up from 121,000 in the same period of 2024\n"
)


def _read(text: str, knowledge, surface: str):  # type: ignore[no-untyped-def]
    return figure(claims_of(text, knowledge), surface)


@pytest.mark.parametrize(
    ("surface", "event", "year", "role"),
    [
        ("EUR 412 million", "revenue", 2024, None),
        ("EUR 389 million", "revenue", 2023, "previous"),
        ("1.58 million", "hide made", 2024, None),
        ("1,310", "employees", 2024, None),
        ("1,270", "employees", 2023, "previous"),
        # "2023/24": the financial year that ends in 2024.
        ("90.8", "revenue", 2024, "previous"),
        # "Robotic mowers sold": which mowers, as prose's "robotic mowers" says.
        ("121,000", "mower:robotic sold", 2024, "previous"),
    ],
)
def test_a_block_of_key_figures_is_read_as_a_table_of_labelled_values(surface, event, year, role, knowledge):
    claim = _read(KEY_FIGURES, knowledge, surface)
    assert claim.event == event
    assert claim.time is not None and claim.time.year == year
    assert claim.role == role
    assert claim.subject is not None and claim.subject.name == "Kestrel Tanneries"


def test_a_labels_scale_and_unit_are_its_bare_numbers(knowledge):
    assert _read(KEY_FIGURES, knowledge, "91.6").value.value == 91_600_000
    assert _read(KEY_FIGURES, knowledge, "91.6").value.unit == "EUR"
    made = _read(KEY_FIGURES, knowledge, "21.4")
    assert (made.value.value, made.event) == (21_400_000, "lure made")


@pytest.mark.parametrize(
    "line",
    [
        # A value that goes on to tell more is prose, read as prose.
        "- Capacity: 90,000 tonnes a year across three production lines when complete\n- Jobs: 420 permanent positions at full output\n",
        "- Founded: 1991, when the city's transport department became a company; trams have run since 1879\n- Employees: 3,900 people\n",
    ],
)
def test_a_line_that_tells_more_than_a_figure_is_no_key_figure(line, knowledge):
    text = "Glacera Foods broke ground on a plant.\n\n" + line
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    cells = [text[c.start : c.end] for table in model.layout.tables for c in table.cells]
    assert not any(("90,000" in cell or "1991" in cell) for cell in cells)


def test_a_date_in_brackets_is_no_value_before(knowledge):
    text = (
        "---\ntitle: Lenders\n---\nPennock Lending raised money.\n\n"
        "| Lender | Latest equity round |\n|---|---|\n| Pennock Lending | Series C, EUR 110m (Feb 2025) |\n"
    )
    claim = figure(claims_of(text, knowledge, "doc.md"), "EUR 110m")
    assert claim.role != "previous"
    assert claim.time is not None and (claim.time.year, claim.time.month) == (2025, 2)


def test_what_was_made_during_the_year_is_the_years_output(knowledge):
    text = "Koskela Uistin made 21.4 million lures during the year, and 40 acquisitions in a decade."
    assert _read(text, knowledge, "21.4 million lures").event == "lure made"


def test_one_plants_capacity_in_two_stories_within_a_year_is_one_fact():
    found = findings(
        "figure-mismatch",
        **{
            "results.md": "---\ndate: 2025-03-27\n---\nConceria Valbrenta said its Arzignano tannery can process 6,500 hides a day.",
            "feature.md": "---\ndate: 2025-10-22\n---\nConceria Valbrenta said its Arzignano tannery can handle 9,000 hides a day.",
        },
    )
    assert len(found) == 1


def test_staff_in_two_stories_half_a_year_apart_may_have_changed():
    found = findings(
        "figure-mismatch",
        **{
            "results.md": "---\ndate: 2025-03-27\n---\nConceria Valbrenta employs 1,300 people.",
            "feature.md": "---\ndate: 2025-10-22\n---\nConceria Valbrenta employs 1,450 people.",
        },
    )
    assert found == ()


def test_a_date_in_figures_on_a_line_of_its_own_is_read_day_first(knowledge):
    text = "KOSKELA UISTIN OYJ - ANNUAL REPORT 2024/25\n\nKuopio, 24.9.2025\n\nKoskela made 21.4 million lures."
    dateline = build_model(parse_document("doc.txt", text.encode()), knowledge).layout.dateline
    assert dateline is not None and str(dateline.date_value) == "2025-09-24"


# --------------------------------------------------------------------------- a site built, a site bought


def test_a_site_built_and_a_site_bought_are_two_completions():
    found = findings(
        "date-mismatch",
        **{
            "results.txt": "Conceria Valbrenta runs a tannery at Arzignano.\n\n"
            "The new water-treatment plant at Arzignano was completed in February 2025 at a cost of EUR 18 million.",
            "local.md": "---\ndate: 2025-05-02\n---\nConceria Valbrenta has tanned hides at Arzignano since it bought the tannery there in 2013.",
        },
    )
    assert found == ()


def test_a_deal_completed_in_two_months_is_still_one_completion():
    found = findings(
        "date-mismatch",
        **{
            "release.md": "Holmgard Partners bought 49% of Skarven Fibre in a deal signed in May 2024 and completed in September 2024.",
            "local.md": "Skarven Fibre has been 49% owned by Holmgard Partners since the stake sale closed in October 2024.",
        },
    )
    assert len(found) == 1
