"""Tables a plain text sets out in columns, and names written in letters of
any script.

- Lines whose cells stand apart by runs of blanks, under a line of headers,
  are a table: each figure is its row's, dated by its column, counted as the
  caption says ("Terminal passengers in thousands") when its header names
  only a period. A row with a cell left empty puts each cell under its
  header.
- A corner header that says what the rows are ("Airport", "Segment") is no
  measure of the figures; a row labelled "Group" under segments' rows is
  their sum, and the segments its parts.
- "Hearing aids sold (million units)": the brackets give the scale, the label
  what is counted, and the word before its noun which things ("hearing
  aids", as prose writes them); a caption's sentence gives only what.
- Prose wrapped with two blanks after a full stop is no table.
- "Parcs Océanis SA" is a name before its legal form, not words before Saudi
  Arabia's code.
- "in the 2024 financial year", "for its 2025 fiscal year" date the figure
  they follow; "its" before a year is no name the year is part of.
Texts of our own."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.document.text_tables import aligned_tables
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


_TRAFFIC = (
    "LAKE DISTRICT FERRIES: PASSENGERS 2024\n"
    "Compiled by the Cumbria Transport Desk.\n"
    "Passengers carried in thousands; change is 2024 against 2023.\n"
    "\n"
    "Operator                Route                      2023     2024   Change\n"
    "----------------------  --------------------    -------  -------  -------\n"
    "Windrush Boats Ltd      Bowness - Sawrey            510      540    +5.9%\n"
    "Derwent Launch Company  Keswick - Hawes End         230      251    +9.1%\n"
    "----------------------  --------------------    -------  -------  -------\n"
    "Total                                               740      791    +6.9%\n"
)


def test_a_plain_texts_columns_are_a_table_with_a_header_row():
    tables = aligned_tables(_TRAFFIC, [])
    assert len(tables) == 1
    cells = tables[0]
    text_of = {(c.row, c.column): _TRAFFIC[c.start : c.end] for c in cells}
    assert text_of[(0, 3)] == "2024" and all(c.header for c in cells if c.row == 0)
    assert text_of[(1, 0)] == "Windrush Boats Ltd" and text_of[(1, 3)] == "540"
    # The Total row leaves the operator's cell empty: its figures stay under their years.
    assert text_of[(3, 0)] == "Total" and text_of[(3, 2)] == "740" and text_of[(3, 3)] == "791"
    assert (3, 1) not in text_of


def test_each_row_of_a_plain_text_table_is_its_entitys_counted_as_the_caption_says(knowledge):
    claims = claims_of(_TRAFFIC, knowledge, "ferries.txt")
    windrush = figure(claims, "540")
    assert windrush.subject is not None and windrush.subject.name == "Windrush Boats"
    assert windrush.event == "passengers" and windrush.time is not None and windrush.time.year == 2024
    assert windrush.value is not None and windrush.value.value == 540_000


def test_a_plain_text_tables_total_is_checked_against_its_rows():
    wrong = _TRAFFIC.replace("791", "811").replace("+6.9%", "+9.6%")
    assert findings("parts-sum", **{"ferries.txt": wrong})
    assert not findings("parts-sum", **{"ferries.txt": _TRAFFIC})


_SEGMENTS = (
    "TAYBURN STATIONERS PLC - PRELIMINARY RESULTS FOR THE 2025 FINANCIAL YEAR\n"
    "\n"
    "Tayburn Stationers reported group revenue of £82.5 million for its 2025 financial year, "
    "and its online arm Quillcase grew revenue to £11.2 million.\n"
    "\n"
    "SEGMENT REVENUE (£ million)            FY2025     FY2024\n"
    "Shops and stationers                     71.3       69.0\n"
    "Online (Quillcase)                       11.2        9.8\n"
    "Group                                    82.5       78.8\n"
)


def test_segments_over_a_group_row_are_its_parts_not_the_groups_revenue(knowledge):
    claims = claims_of(_SEGMENTS, knowledge, "results.txt")
    shops = figure(claims, "71.3")
    assert shops.role == "part"
    group = figure(claims, "82.5")
    assert group.role is None and group.event == "revenue" and group.value is not None and group.value.value == 82.5e6
    # The segment's 71.3 is no rival of the group's £82.5 million.
    assert not findings("figure-mismatch", **{"results.txt": _SEGMENTS})


def test_a_segments_row_and_the_prose_disagreeing_are_found():
    text = _SEGMENTS.replace("grew revenue to £11.2 million", "grew revenue to £14.6 million")
    assert findings("figure-mismatch", **{"results.txt": text})


def test_a_corner_naming_what_the_rows_are_is_no_measure(knowledge):
    text = (
        "| Airport | 2023 | 2024 |\n|---|---:|---:|\n| Carnby Airport | 7 | 9 |\n| Holme Airport | 4 | 5 |\n"
    )
    claims = claims_of(text, knowledge, "table.md")
    assert all(c.event != "airport" for c in claims)


def test_prose_with_two_blanks_after_its_full_stops_is_no_table():
    prose = (
        "Revenue rose to £40 million.  Profit was £4 million in 2024.\n"
        "The shops sold 2 million cards.  Online sales were 12%.\n"
        "Staff numbers reached 410.  The group opened 3 shops.\n"
    )
    assert aligned_tables(prose, []) == []


def test_a_name_in_letters_of_any_script_before_its_legal_form_is_a_name(knowledge):
    text = "Parcs Océanis SA increased revenue by 11.1% to EUR 412 million in 2024."
    model = build_model(parse_document("a.txt", text.encode()), knowledge)
    names = {e.name: e.kind for e in model.entities if e.merged_into is None}
    assert "Parcs Océanis" in names and "Saudi Arabia" not in names
    revenue = figure(claims_of(text, knowledge), "EUR 412 million")
    assert revenue.subject is not None and revenue.subject.name == "Parcs Océanis"


@pytest.mark.parametrize(
    "sentence, year",
    [
        ("Corran Mills reported revenue of £12.5 million in the 2024 financial year.", 2024),
        ("Corran Mills reported revenue of £12.5 million for its 2025 fiscal year.", 2025),
        ("Corran Mills reported revenue of £12.5 million in its 2023 financial year.", 2023),
    ],
)
def test_a_financial_year_told_by_its_year_dates_the_figure(knowledge, sentence, year):
    revenue = figure(claims_of(sentence, knowledge), "£12.5 million")
    assert revenue.time is not None and revenue.time.year == year
    assert revenue.purpose is None  # a period, not what the money is for


def test_a_labels_noun_and_its_kind_are_what_is_counted_under_a_scale_of_units(knowledge):
    text = (
        "| | H1 2025 | H1 2024 |\n|---|---:|---:|\n| Revenue (DKK million) | 5,310 | 4,880 |\n"
        "| Hearing aids sold (million units) | 1.72 | 1.51 |\n"
    )
    sold = figure(claims_of("# Sonvik Hearing: half-year report\n\n" + text, knowledge, "h1.md"), "1.72")
    assert sold.event == "aid:hearing sold" and sold.value is not None and sold.value.value == 1_720_000
    prose = figure(claims_of("Sonvik Hearing sold 2.7 million hearing aids in 2024.", knowledge), "2.7 million hearing aids")
    assert prose.event == sold.event
