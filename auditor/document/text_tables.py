"""Tables a plain text sets out with blanks.

A results statement sent as plain text lays its figures out in columns kept
apart by runs of blanks, often under a line of column headers and between
rules of dashes::

    SEGMENT REVENUE (£ million)            FY2025     FY2024
    Wholesale (retail partners)             140.4      135.6
    Online (Paperwren)                       23.9       15.4

A reader sees a table there as plainly as in Markdown or HTML; read as prose,
each row is a run of numbers without a verb. This module finds such blocks
and hands back their cells by row and column, the first line a header row
when it holds no figure but a period's ("FY2025", "2024"). A single blank
joins the words of one cell ("Online (Paperwren)"); two or more, or a tab,
part the cells. A row with a cell left empty ("Total   2,477   2,766", no
operator) puts each cell under the header it stands under.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# A cell: words joined by single blanks.
_FIELD = re.compile(r"\S+(?: \S+)*")
# A rule between the header and the rows: "-------  -------", "=====".
_RULE = re.compile(r"[ \t]*[-=_~+|\u2013\u2014\u2500]{3,}(?:[ \t]+[-=_~+|\u2013\u2014\u2500]{3,})*[ \t]*")
# A figure standing alone in a cell: "140.4", "+15.3%", "(12)", "£23.9m", "1,466", "n/a", "-".
_VALUE = re.compile(
    r"[(+\-\u2212\u2013]?(?:[A-Z]{0,3}[£$€¥])?\d[\d,.]*(?:%|[a-z]{1,3})?\)?|n/?a|[-\u2013\u2014]",
    re.IGNORECASE,
)
# A column header that is a period: "2024", "FY2025", "H1 2025", "Q3 2024", "2024/25".
# ("FY2025 £m", "2024 (EUR m)": a period with the unit of the figures under it.)
_PERIOD = re.compile(
    r"(?:(?:(?:FY|H[12]|Q[1-4])\s?)?(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?|FY\s?\d\d)"
    r"(?:\s\(?(?:[A-Z]{3}\s?|[£$€¥])(?:m|mn|bn|k|000s?|million|billion)?\)?)?",
    re.IGNORECASE,
)
# A cell of prose is no table's: a table's cells are short.
_CELL_CHARS = 60
_MIN_ROWS = 2


class TextCell(NamedTuple):
    start: int
    end: int
    row: int
    column: int
    header: bool


def aligned_tables(text: str, taken: list[tuple[int, int]]) -> list[list[TextCell]]:
    """The tables of a plain text, each as its cells in reading order.
    Lines inside ``taken`` (a table already read) are left alone."""
    tables: list[list[TextCell]] = []
    block: list[tuple[int, list[tuple[int, int]]]] = []
    # The line before, when it may head columns of words only ("Year
    # Cremations   Of which direct"): no figure, so no row by itself.
    words_line: tuple[int, list[tuple[int, int]]] | None = None
    position = 0
    for line in text.splitlines(keepends=True):
        start, position = position, position + len(line)
        body = line.rstrip("\r\n")
        if _RULE.fullmatch(body) and block:
            continue  # a rule inside the table: its columns are the cells'
        fields = _fields(body, start)
        if len(fields) >= 2 and not any(s <= start < e for s, e in taken) and _table_line(text, fields):
            if not block and words_line is not None and len(words_line[1]) == len(fields):
                block.append(words_line)
            block.append((start, fields))
            words_line = None
            continue
        tables.extend(_table(text, block))
        block = []
        words_line = (
            (start, fields)
            if len(fields) >= 2 and body[:1] in " \t" and not any(s <= start < e for s, e in taken) and _words_header(body, fields, start)
            else None
        )
    tables.extend(_table(text, block))
    return [t for t in tables if t]


def aligned_line(line: str) -> bool:
    """Whether one line reads as a row of such a table."""
    fields = _fields(line, 0)
    return len(fields) >= 2 and _table_line(line, fields)


def _fields(line: str, offset: int) -> list[tuple[int, int]]:
    # (A tab is no single blank: it parts cells.)
    return [(offset + m.start(), offset + m.end()) for m in _FIELD.finditer(line)]


def _table_line(text: str, fields: list[tuple[int, int]]) -> bool:
    """A line whose cells are all short and, after the first, hold at least
    one figure or period alone: prose wrapped with two blanks after a full
    stop has neither."""
    if any(end - start > _CELL_CHARS for start, end in fields):
        return False
    return any(_VALUE.fullmatch(text, start, end) or _PERIOD.fullmatch(text, start, end) for start, end in fields[1:])


def _words_header(body: str, fields: list[tuple[int, int]], offset: int) -> bool:
    """An indented line of short cells of words, each opening capitalised:
    column headers set out like the rows under them."""
    return all(
        end - start <= _CELL_CHARS // 2 and body[start - offset : start - offset + 1].isupper()
        and not any(ch.isdigit() for ch in body[start - offset : end - offset])
        for start, end in fields
    )


def _is_header(text: str, fields: list[tuple[int, int]]) -> bool:
    """A line of column headers: none of its cells is a figure but a period."""
    return not any(_VALUE.fullmatch(text, s, e) and not _PERIOD.fullmatch(text, s, e) for s, e in fields)


def _table(text: str, block: list[tuple[int, list[tuple[int, int]]]]) -> list[list[TextCell]]:
    header = block[0] if block and _is_header(text, block[0][1]) else None
    rows = block[1:] if header is not None else block
    if len(rows) < _MIN_ROWS:
        return []
    anchors = header or max(rows, key=lambda row: len(row[1]))
    columns = [(s - anchors[0], e - anchors[0]) for s, e in anchors[1]]
    cells: list[TextCell] = []
    number = 0
    if header is not None:
        cells += [TextCell(s, e, 0, column, True) for column, (s, e) in enumerate(header[1])]
        number = 1
    for line_start, fields in rows:
        placed = _placed(fields, line_start, columns)
        if placed is None:
            return []  # cells that fall under no column, or two under one: no table
        cells += [TextCell(s, e, number, column, False) for column, (s, e) in placed]
        number += 1
    return [cells]


def _placed(fields: list[tuple[int, int]], line_start: int, columns: list[tuple[int, int]]) -> list[tuple[int, tuple[int, int]]] | None:
    """Each cell of a row with the column it stands under: by order when the
    row has a cell for every column, else the column its span overlaps most
    (numbers stand right-aligned under their headers, words left-aligned)."""
    if len(fields) == len(columns):
        return list(enumerate(fields))
    placed: list[tuple[int, tuple[int, int]]] = []
    for start, end in fields:
        s, e = start - line_start, end - line_start
        overlaps = [min(e, ce) - max(s, cs) for cs, ce in columns]
        best = max(range(len(columns)), key=lambda i: (overlaps[i], -abs(columns[i][1] - e)))
        if overlaps[best] <= 0 and min(abs(columns[i][1] - e) for i in range(len(columns))) > 2:
            return None
        if placed and best <= placed[-1][0]:
            return None
        placed.append((best, (start, end)))
    return placed
