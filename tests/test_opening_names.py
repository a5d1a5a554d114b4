"""A company's name less its last word ("Jarrah Ridge" for "Jarrah Ridge
Apiaries"), in its own document and across the corpus; what the longer name
adds that makes another party of it; a half-year's table; a count taken over;
a letterhead in capitals. Sentences of our own, read whole and audited end to
end."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def subject_of(text: str, surface: str, knowledge, path: str = "doc.md") -> str | None:  # type: ignore[no-untyped-def]
    claim = figure(claims_of(text, knowledge, path), surface)
    return claim.subject.name if claim.subject is not None else None


# --------------------------------------------------------------------------- in one document


@pytest.mark.parametrize(
    "text",
    [
        "Orla Bay Foods, a dairy group, bought a farm in Kerry. Orla Bay employs 1,200 people.",
        # A headline may write it short before the lead gives it whole.
        "Orla Bay to buy Kerry farm\n\nOrla Bay Foods, a dairy group, said on Tuesday it would buy a farm. Orla Bay employs 1,200 people.",
        # So may a bold lead-in over the paragraph.
        "# Dairies\n\n**Orla Bay.** Orla Bay Foods, a dairy group, bought a farm in Kerry. Orla Bay employs 1,200 people.",
    ],
)
def test_a_name_less_its_last_word_is_the_longer_name_met_first(text, knowledge):
    assert subject_of(text, "1,200 people", knowledge) == "Orla Bay Foods"


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # The longer name adds a place: a part of the group, not the group.
        ("Kessel Vale Europe, a ship broker, sold 40 ships. Kessel Vale employs 300 people.", "Kessel Vale"),
        # The shorter name is a company's whole name already.
        ("Halden Airlines Express flew 90 flights. Halden Airlines employs 300 people.", "Halden Airlines"),
        # One sentence names both: two parties.
        ("Torvik Motor said Torvik Motor Finance lent more. Torvik Motor employs 300 people.", "Torvik Motor"),
        # The longer name is a programme of it, or a model.
        ("The Snowy Ridge Scheme will be sold. Snowy Ridge employs 300 people.", "Snowy Ridge"),
        ("The Orvik Ridge Festival sold out. Orvik Ridge employs 300 people.", "Orvik Ridge"),
        ("The Orvik Ridge Fund invested. Orvik Ridge employs 300 people.", "Orvik Ridge"),
        ("The Velto Phone X9 went on sale. Velto Phone employs 300 people.", "Velto Phone"),
        # Met as a name of its own twice before the longer one.
        (
            "Tindra Vale won a contract. Tindra Vale hired staff. Tindra Vale Freight, its parent, is listed. "
            "Tindra Vale employs 300 people.",
            "Tindra Vale",
        ),
        # A part of it, or one of its people.
        ("Brekka Vale Division sold 40 ships. Brekka Vale employs 300 people.", "Brekka Vale"),
        ("The Brekka Vale CEO met investors. Brekka Vale employs 300 people.", "Brekka Vale"),
        # Two longer names open it: neither.
        ("Orla Bay Foods and Orla Bay Farms are rivals. Orla Bay employs 300 people.", "Orla Bay"),
    ],
)
def test_a_shorter_name_stays_its_own_where_the_longer_one_is_another_party(text, short, knowledge):
    assert subject_of(text, "300 people", knowledge) == short


# --------------------------------------------------------------------------- across the corpus


def test_a_story_that_writes_a_company_short_is_held_against_one_that_writes_it_whole():
    found = findings(
        "figure-mismatch",
        **{
            "investors.txt": "Echo Valley Festivals, the events group, had revenue of GBP 40 million in 2024.",
            "podcast.txt": "Echo Valley had revenue of GBP 46 million in 2024, its chief executive said.",
        },
    )
    assert len(found) == 1
    assert {"GBP 40 million", "GBP 46 million"} <= {e.text for e in found[0].evidence}


def test_a_short_name_two_longer_names_open_stands_for_neither():
    found = findings(
        "figure-mismatch",
        **{
            "investors.txt": "Echo Valley Festivals, the events group, had revenue of GBP 40 million in 2024.",
            "farms.txt": "Echo Valley Orchards, the fruit grower, is for sale.",
            "podcast.txt": "Echo Valley had revenue of GBP 46 million in 2024, its chief executive said.",
        },
    )
    assert found == ()


def test_a_place_the_longer_name_adds_keeps_the_names_apart_across_the_corpus():
    found = findings(
        "figure-mismatch",
        **{
            "europe.txt": "Kessel Marine Europe, the ship broker, had revenue of EUR 40 million in 2024.",
            "group.txt": "Kessel Marine had revenue of EUR 46 million in 2024.",
        },
    )
    assert found == ()


# --------------------------------------------------------------------------- a half-year's table, a count taken over


def test_a_table_over_six_months_dates_its_year_columns_as_halves(knowledge):
    text = (
        "# Orla Bay Foods: results\n\nOrla Bay Foods published its results on Tuesday.\n\n## Key figures\n\n"
        "| Six months to 30 June | 2025 | 2024 |\n|---|---|---|\n| Revenue (EUR million) | 201.6 | 185.0 |\n"
    )
    claims = claims_of(text, knowledge, "doc.md")
    assert figure(claims, "185.0").qualifiers.period == "half"
    found = findings(
        "figure-mismatch",
        **{"h1.md": text, "wire.txt": "Orla Bay Foods reported revenue of EUR 372 million for 2024."},
    )
    assert found == ()


@pytest.mark.parametrize("verb", ["took over", "bought", "acquired", "inherited"])
def test_a_count_a_company_took_over_is_a_change_not_its_size(verb, knowledge):
    claims = claims_of(f"Ashby Lane Funeral Group runs 600 homes. The 64 funeral homes Ashby Lane {verb} in May gave it a network.", knowledge)
    assert figure(claims, "64 funeral homes").role == "change"
    assert figure(claims, "600 homes").role is None


# --------------------------------------------------------------------------- a letterhead in capitals


def test_a_letterhead_in_capitals_does_not_run_into_the_line_under_it(knowledge):
    text = "TARVO INSURANCE GROUP AS\nAnnual Report 2024 (extract)\n\nTarvo Insurance Group sells motor insurance.\n"
    model = build_model(parse_document("report.txt", text.encode()), knowledge)
    assert not any("Annual" in entity.name for entity in model.entities if entity.name.upper().startswith("TARVO"))
    assert any(entity.name.upper() == "TARVO INSURANCE" for entity in model.entities)


# --------------------------------------------------------------------------- a name and where it is


def test_a_one_word_name_and_its_place_after_of_is_the_name_the_document_writes_alone(knowledge):
    text = (
        "In September it closed the purchase of Agrovidro of Almeria, for which it paid EUR 112 million. "
        "Agrovidro, set up in 1995, builds greenhouses."
    )
    assert figure(claims_of(text, knowledge), "1995").subject.name == "Agrovidro"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Agrovidro of Almeria was founded in 1995.", "Agrovidro of Almeria"),  # never written alone
        ("The Gulf of Mexico is warm. The Gulf is big.", "Gulf of Mexico"),  # a place, not a company
    ],
)
def test_a_name_with_of_stays_whole_where_the_document_never_writes_its_first_word_as_a_company(text, name, knowledge):
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    assert any(entity.name == name and entity.merged_into is None for entity in model.entities)


# --------------------------------------------------------------------------- a company before its brand


def test_a_one_word_name_is_the_company_s_before_its_brand_s(knowledge):
    text = (
        "Ashby Tea Company, the blender behind the Ashby Gold tea-bag brand, said it would buy an estate. "
        "Ashby blends its teas at Avonmouth, in a plant it opened in 2009."
    )
    assert figure(claims_of(text, knowledge), "2009").subject.name == "Ashby Tea"


def test_a_one_word_name_is_a_product_s_where_no_company_opens_with_it(knowledge):
    model = build_model(parse_document("doc.txt", b"The Dow Jones Industrial Average fell 3%. The Dow lost 344 points."), knowledge)
    dow = next(entity for entity in model.entities if entity.name == "Dow")
    assert dow.merged_into is not None


def test_an_ordinal_opens_a_name_inside_a_sentence_and_a_sentence_at_its_start(knowledge):
    text = (
        "Kuusilehto Oyj makes saunas. Since its listing on First North in 2018, Kuusilehto Oyj has doubled its sales. "
        "Investors bought shares of First Solar last year. First, Kuusilehto Oyj cut costs."
    )
    names = {e.name for e in build_model(parse_document("doc.txt", text.encode()), knowledge).entities}
    assert {"First North", "First Solar"} <= names
    assert "North" not in names and "Solar" not in names
    assert not any(name.startswith("First, ") or name == "First" for name in names)


def test_a_capitalised_word_whose_plural_the_text_writes_in_lower_case_is_that_word(knowledge):
    text = (
        "Sternhof Handels AG trades hops. Hop volumes sold rose 4% to 9,250 tonnes.\n\n"
        "1896: Hop dealer Josef Sternhof opens a trading house in Wolnzach.\n"
    )
    names = {e.name for e in build_model(parse_document("report.txt", text.encode()), knowledge).entities}
    assert "Hop" not in names
    # A word the text never writes in lower case, its plural neither, stays a name.
    other = "Playvault streams games. Playvault subscribers reached 5.6 million in 2024."
    assert "Playvault" in {e.name for e in build_model(parse_document("report.txt", other.encode()), knowledge).entities}


def test_a_merchant_described_by_its_town_is_the_company_told_of(knowledge):
    text = (
        "WOLNZACH, Germany, 12 May 2025 - Sternhof Handels AG, one of Germany's oldest hop merchants, said it had "
        "agreed to buy a stake in a grower. The Wolnzach merchant had revenue of 201 million euros last year."
    )
    assert figure(claims_of(text, knowledge), "201 million euros").subject.name == "Sternhof Handels"
