"""Pipe tables: rows of cells between bars, under a header rule.

"| Division | 2024 revenue (£m) |" over "|---|---|" is a table in Markdown,
and in a plain-text release that pastes one. Each reader that meets such
rows hands their cells to the document model as markup spans.
"""

from __future__ import annotations

import re

from auditor.model import MarkupSpan
from auditor.sources.converted import trimmed_span

# Each run of spaces has one place in the pattern (before a cell's dashes
# or after a bar), so a long one is read once.
TABLE_RULE = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?(?::?-{3,}:?[ \t]*\|[ \t]*)+(?::?-{3,}:?[ \t]*)?\r?$", re.MULTILINE
)
TABLE_ROW = re.compile(r"^[ \t]*\|[^\n]*", re.MULTILINE)


def table_cells(text: str) -> list[MarkupSpan]:
    """The cells of the pipe tables in ``text``: runs of lines that open
    with ``|``. Rows above a delimiter row (``|---|---|``) are header rows;
    a run without one has no header. Cell spans are trimmed; empty cells are
    kept so that columns stay aligned."""
    cells: list[MarkupSpan] = []
    table = -1
    previous_end = -2
    rows: list[tuple[int, int]] = []

    def flush() -> None:
        rule = next((i for i, (start, end) in enumerate(rows) if TABLE_RULE.fullmatch(text, start, end)), None)
        row_index = 0
        for index, (start, end) in enumerate(rows):
            if index == rule:
                continue
            header = rule is not None and index < rule
            for column, (cell_start, cell_end) in enumerate(_split_row(text, start, end)):
                cells.append(MarkupSpan(kind="cell", start=cell_start, end=cell_end, table=table,
                                        row=row_index, column=column, header=header))  # fmt: skip
            row_index += 1

    for match in TABLE_ROW.finditer(text):
        start, end = match.span()
        if start != previous_end + 1:  # not the line right after the previous row
            if rows:
                flush()
            rows = []
            table += 1
        rows.append((start, end))
        previous_end = end
    if rows:
        flush()
    return cells


def _split_row(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Trimmed cell spans of one pipe-table row (an escaped ``\\|`` is no separator)."""
    line = text[start:end].rstrip("\r")
    bars = [i for i, ch in enumerate(line) if ch == "|" and (i == 0 or line[i - 1] != "\\")]
    if not bars:
        return []
    if line[bars[-1] + 1 :].strip():
        bars.append(len(line))  # no closing bar
    spans = []
    for left, right in zip(bars, bars[1:]):
        spans.append(trimmed_span(text, start + left + 1, start + right))
    return spans
