"""Loaders declare the structure the document model reads: bold spans, list
items and table cells, with exact offsets into the file."""

from __future__ import annotations

from auditor.sources import parse_document


def _spans(path: str, source: str) -> list[tuple]:
    """(kind, the file's text of the span with its blanks collapsed, table, row, column, header)."""
    document = parse_document(path, source.encode("utf-8"))
    return [
        (m.kind, " ".join(document.text[m.start : m.end].split()), m.table, m.row, m.column, m.header)
        for m in document.markup
    ]


def test_markdown_pipe_table_has_a_header_row_and_aligned_columns() -> None:
    source = (
        "Intro line.\n\n"
        "| Firm | Staff | Sales 2023 |\n"
        "|---|---:|---|\n"
        "| Arvo Textiles | 1,200 | EUR 80m |\n"
        "| Bellmoor | | EUR 12m |\n"
        "\nAfter.\n"
    )
    cells = [s for s in _spans("a.md", source) if s[0] == "cell"]
    assert cells[:3] == [
        ("cell", "Firm", 0, 0, 0, True),
        ("cell", "Staff", 0, 0, 1, True),
        ("cell", "Sales 2023", 0, 0, 2, True),
    ]
    assert ("cell", "Arvo Textiles", 0, 1, 0, False) in cells
    assert ("cell", "EUR 80m", 0, 1, 2, False) in cells
    # An empty cell keeps the columns after it in place.
    assert ("cell", "", 0, 2, 1, False) in cells
    assert ("cell", "EUR 12m", 0, 2, 2, False) in cells


def test_markdown_tables_are_numbered_and_an_escaped_bar_is_no_separator() -> None:
    source = "| a | b \\| c |\n| d | e |\n\ntext\n\n| x | y |\n"
    document = parse_document("a.md", source.encode("utf-8"))
    second = next(m for m in document.markup if m.row == 0 and m.column == 1)
    assert source[second.start : second.end] == "b \\| c"
    cells = [s for s in _spans("a.md", source) if s[0] == "cell"]
    assert ("cell", "x", 1, 0, 0, False) in cells


def test_markdown_strong_spans_are_kept_but_single_emphasis_is_not() -> None:
    source = "- **Harlow Tiles** raised money; *quietly* and __firmly__.\n"
    strong = [s[1] for s in _spans("a.md", source) if s[0] == "strong"]
    assert strong == ["Harlow Tiles", "firmly"]


def test_markdown_offsets_are_file_offsets() -> None:
    source = "---\ntitle: T\n---\n**Lead** text\n"
    document = parse_document("a.md", source.encode("utf-8"))
    (span,) = document.markup
    assert source[span.start : span.end] == "Lead"


def test_html_cells_rows_and_header_cells() -> None:
    source = (
        "<html><body><table>"
        "<tr><th>Plant</th><th>Output</th></tr>"
        "<tr><th>North Pier</th><td>400 MW</td></tr>"
        "<tr><td>South Pier<td>250 MW</tr>"  # unclosed cells end at the next one
        "</table></body></html>"
    )
    cells = [s for s in _spans("a.html", source) if s[0] == "cell"]
    assert cells == [
        ("cell", "Plant", 0, 0, 0, True),
        ("cell", "Output", 0, 0, 1, True),
        ("cell", "North Pier", 0, 1, 0, True),
        ("cell", "400 MW", 0, 1, 1, False),
        ("cell", "South Pier", 0, 2, 0, False),
        ("cell", "250 MW", 0, 2, 1, False),
    ]


def test_html_list_items_and_bold() -> None:
    source = "<ul><li><b>Corrin Foods</b> bought a bakery.</li><li>Second item<li>Third</ul>"
    spans = _spans("a.html", source)
    assert ("strong", "Corrin Foods", None, None, None, False) in spans
    items = [s[1] for s in spans if s[0] == "item"]
    assert items == ["Corrin Foods bought a bakery.", "Second item", "Third"]


def test_plain_text_declares_no_markup() -> None:
    assert _spans("a.txt", "| a | b |\n**x**\n") == []
