"""Whose "we" a quotation speaks: the organisation its speaker works for,
as the clause that introduces the speaker or the rest of the text tells it;
a title in capitals whose suffix keeps its own case; a month put before a
clause's subject; and an amount a verb of output makes in a named year.
Sentences of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def subject(text: str, surface: str, knowledge) -> str | None:  # type: ignore[no-untyped-def]
    found = figure(claims_of(text, knowledge), surface).subject
    return found.name if found is not None else None


# --------------------------------------------------------------------------- whose "we"


@pytest.mark.parametrize(
    ("text", "speaks_for"),
    [
        # The clause after the quotation names the speaker's employer.
        (
            "Corbel Tiles and Haverstock Clay signed a supply deal.\n\n"
            '"We fired 31 million tiles in 2024," said Mirela Dobre, chief executive of Haverstock Clay.',
            "Haverstock Clay",
        ),
        # ... or the clause before it.
        (
            "Corbel Tiles and Haverstock Clay signed a supply deal.\n\n"
            'Mirela Dobre, Haverstock Clay\'s chief executive, said: "We fired 31 million tiles in 2024."',
            "Haverstock Clay",
        ),
        # An analyst's "we" is her firm's, whoever the story is about.
        (
            "Corbel Tiles reported higher sales.\n\n"
            '"We counted 31 million tiles in 2024," said Ines Morgado, head of research at Quillon Securities.',
            "Quillon Securities",
        ),
        # The speaker named by surname only, introduced with her employer before.
        (
            "Corbel Tiles and Haverstock Clay signed a supply deal. Mirela Dobre, Haverstock Clay's chief executive, welcomed it.\n\n"
            '"We fired 31 million tiles in 2024," Dobre said.',
            "Haverstock Clay",
        ),
        # An executive quoted with no employer speaks for the company the
        # lead sentence opens on.
        (
            "LEEDS, 4 March 2025 - Corbel Tiles Ltd today reported its results for 2024.\n\n"
            '"We fired 31 million tiles in 2024," said chief executive Mirela Dobre.',
            "Corbel Tiles",
        ),
        # ... and a title read as a name ("Chief Executive") is none of hers.
        (
            "LEEDS, 4 March 2025 - Corbel Tiles Ltd today reported its results for 2024.\n\n"
            '"We fired 31 million tiles in 2024," said Chief Executive Mirela Dobre.',
            "Corbel Tiles",
        ),
    ],
)
def test_a_quotations_we_is_the_speakers_organisation(text, speaks_for, knowledge):
    assert subject(text, "31 million tiles", knowledge) == speaks_for


@pytest.mark.parametrize(
    "text",
    [
        # A title whose employer is told but not named is no executive of the lead's company.
        'LEEDS, 4 March 2025 - Corbel Tiles Ltd today reported its results for 2024.\n\n'
        '"We fired 31 million tiles in 2024," said Mirela Dobre, owner of a pottery near Leeds.',
        # A quotation that ends its sentence: what follows is no attribution.
        'Corbel Tiles reported higher sales.\n\n'
        '"We fired 31 million tiles in 2024." Mirela Dobre, a director of Haverstock Clay, later said the market was weak.',
        # A name of unknown kind right beside the verb is the speaker, not an employer.
        'Corbel Tiles reported higher sales.\n\n"We fired 31 million tiles in 2024," explained Dobre.',
    ],
)
def test_a_quotation_nobody_is_said_to_speak_for_is_nobodys(text, knowledge):
    assert subject(text, "31 million tiles", knowledge) is None


def test_an_unattributed_executive_is_not_the_lead_companys_when_the_clause_names_another_employer(knowledge):
    text = (
        "LEEDS, 4 March 2025 - Corbel Tiles Ltd today reported its results for 2024.\n\n"
        '"We fired 31 million tiles in 2024," said Mirela Dobre, chief executive of Haverstock Clay.'
    )
    assert subject(text, "31 million tiles", knowledge) == "Haverstock Clay"


# --------------------------------------------------------------------------- titles, months, output


def test_a_title_in_capitals_with_a_suffix_in_its_own_case_names_its_owner(knowledge):
    text = (
        "VELMANTO ASCENSORI S.p.A. - FULL-YEAR 2024 RESULTS CALL\n\n"
        "MARTA RIVA (CFO): We had 240,000 units under maintenance contracts at the end of 2024.\n\n"
        "PAOLO NERI (Banca Orsa): Thank you.\n"
    )
    assert subject(text, "240,000 units", knowledge) == "VELMANTO ASCENSORI"


@pytest.mark.parametrize("time", ["At the end of December", "In December", "By last December"])
def test_a_month_put_before_the_subject_leaves_the_subject_its_figure(time, knowledge):
    text = f"Velmanto Ascensori reported its results.\n\n{time} Velmanto had 240,000 units under maintenance contracts."
    assert subject(text, "240,000 units", knowledge) in ("Velmanto", "Velmanto Ascensori")


def test_a_month_before_a_noun_is_still_no_fronted_time(knowledge):
    # "At the February Harlow Council meeting": the month names the meeting,
    # whose name is no subject of the clause after it.
    text = "At the February Harlow Council meeting, only 82 of the 122 members voted."
    assert subject(text, "122 members", knowledge) is None


def test_what_a_verb_of_output_makes_in_a_named_year_is_that_years_production(knowledge):
    text = (
        "Ostrava, 2 June 2025 - Kladno Ocel said on Monday that it expects to produce 1.6 million tonnes of steel this year."
    )
    assert figure(claims_of(text, knowledge), "1.6 million tonnes").event == "production"


@pytest.mark.parametrize(
    "text",
    [
        "Ostrava, 2 June 2025 - Kladno Ocel said its new furnace can produce 1.6 million tonnes of steel a year.",
        "Ostrava, 2 June 2025 - Kladno Ocel said its new furnace, opened in 2024, can produce 1.6 million tonnes of steel.",
        "OSTRAVA, 2 June 2025 - Kladno Ocel said its new furnace produces 1.6 million tonnes of steel.",
    ],
)
def test_what_a_site_can_make_stays_its_capacity(text, knowledge):
    assert figure(claims_of(text, knowledge), figure_text(text)).event == "capacity"


def figure_text(text: str) -> str:
    return "1.6 million tonnes of steel a year" if "a year" in text else "1.6 million tonnes"


# --------------------------------------------------------------------------- list items and whole years


@pytest.mark.parametrize(
    ("line", "surface"),
    [
        ("- Sold 14.6 million rolls of wallpaper (FY24: 13.9 million)", "14.6 million rolls"),
        ("- Opened 12 stores in the year", "12 stores"),
    ],
)
def test_a_list_item_opening_on_a_verb_in_the_past_holds_a_count(line, surface, knowledge):
    text = "Ashdown Wallcoverings reported its results.\n\nHighlights\n\n" + line + "\n"
    assert any(c.evidence.text == surface for c in claims_of(text, knowledge))


@pytest.mark.parametrize("line", ["United 93 passengers were on board.", "GLM 5 models ship this year."])
def test_a_name_before_a_number_still_makes_no_count(line, knowledge):
    assert not [c for c in claims_of(line, knowledge) if c.kind == "count"]


@pytest.mark.parametrize("year", ["in the year", "in its last financial year", "during the year"])
def test_what_was_sold_in_the_year_is_the_years_sales(year, knowledge):
    text = f"Ashdown Wallcoverings sold 14.6 million rolls of wallpaper {year}."
    assert figure(claims_of(text, knowledge), "14.6 million rolls").event == "roll sold"
