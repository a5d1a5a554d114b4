"""Financial years named by the year they start in.

"the fiscal year ended 31 March 2025 (FY2024)": a document that names its
financial years by their start (as Japanese companies do) has its "FY2024"
read as the year to March 2025, dated 2025 as "the year to March 2025" and
any "FY2025" of a company that names its years by their end are; so it is
no rival of another story's "calendar 2024", and a rival of "the year to
March 2025". A document that does not say so keeps "FY2024" as 2024.
Texts of our own."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from auditor.extract.fiscal_naming import named_by_their_end, names_years_by_their_start
from reading_helpers import claims_of, figure, findings

RELEASE = (
    "OSAKA, Japan, 14 May 2025 - Kitagawa Gakki Co., Ltd. today reported results for the fiscal year "
    "ended 31 March 2025 (FY2024).\n\n"
    "Key figures, FY2024 (FY2023 in brackets)\n"
    "- Net sales: JPY 2,310 million (JPY 2,040 million)\n"
    "- Violins repaired: 1,840 (1,620)\n\n"
    "For FY2025 the company expects net sales of JPY 2,500 million.\n"
)


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize(
    "text, by_start",
    [
        ("results for the fiscal year ended 31 March 2025 (FY2024)", True),
        ("FY2024 (the year ended 31 March 2025) was a record", True),
        ("in FY24, the fiscal year to March 2025, sales rose", True),
        ("results for the year to 31 March 2025 (FY2025)", False),  # named by its end
        ("FY2024/25, the year to 31 March 2025", False),  # a split year says both
        ("Sales rose in FY2024 and in the year to March 2025.", False),  # no definition
    ],
)
def test_a_document_says_how_it_names_its_years(text, by_start):
    assert names_years_by_their_start(text) is by_start


def test_a_label_s_year_moves_to_the_year_it_ends_in_and_its_length_holds():
    label = "Key figures, FY2024 (FY23 in brackets); fiscal year 2024; FY2024/25; 2024"
    moved = named_by_their_end(label)
    assert moved == "Key figures, FY2025 (FY24 in brackets); fiscal year 2025; FY2024/25; 2024"
    assert len(moved) == len(label)


def test_key_figures_and_outlook_of_a_year_named_by_its_start_are_dated_by_its_end(knowledge):
    claims = claims_of(RELEASE, knowledge, "release.txt")
    assert figure(claims, "JPY 2,310 million").time.year == 2025
    assert figure(claims, "JPY 2,040 million").time.year == 2024
    assert figure(claims, "1,840").time.year == 2025
    assert figure(claims, "JPY 2,500 million").time.year == 2026


def test_a_table_s_columns_of_years_named_by_their_start(knowledge):
    text = (
        "# Kitagawa Gakki results\n\nKitagawa Gakki reports on the fiscal year ended 31 March 2025 (FY2024).\n\n"
        "| JPY million | FY2024 | FY2023 |\n|---|---|---|\n| Net sales | 2,310 | 2,040 |\n"
    )
    claims = claims_of(text, knowledge, "results.md")
    assert figure(claims, "2,310").time.year == 2025
    assert figure(claims, "2,040").time.year == 2024


def test_without_the_definition_fy2024_stays_2024(knowledge):
    text = RELEASE.replace("the fiscal year ended 31 March 2025 (FY2024)", "the fiscal year")
    assert figure(claims_of(text, knowledge, "release.txt"), "JPY 2,310 million").time.year == 2024


def test_a_year_named_by_its_start_is_no_rival_of_the_calendar_year_it_starts_in():
    feature = (
        "TOKYO, 2 June 2025 - Kitagawa Gakki, which reports on a fiscal year to March, "
        "repaired 1,500 violins in calendar 2024."
    )
    assert not findings("figure-mismatch", **{"release.txt": RELEASE, "feature.txt": feature})
    same_year = "TOKYO, 2 June 2025 - Kitagawa Gakki repaired 1,500 violins in the year to March 2025."
    assert findings("figure-mismatch", **{"release.txt": RELEASE, "feature.txt": same_year})
