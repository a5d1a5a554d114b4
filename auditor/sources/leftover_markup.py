"""Markup left in plain text: what a web page or a wiki leaves behind when its
text is copied out ("<!-- Page 19 -->", "<br />", "{| class=wikitable ... |}").

Plain text is read as prose, so leftovers would be read as prose too: the
comment's "Page" as a name, a table's header cell as the subject of every
figure after it. Here they are blanked in place (offsets, and so lines and
columns, stay those of the file); tags that break a block ("<p>", "<br />",
"</div>") become a paragraph break, and a wiki table's cells are declared
as table cells, as an HTML or Markdown table's are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditor.model import MarkupSpan
from auditor.sources.converted import trimmed_span
from auditor.sources.decoding import blank

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Elements whose content is no prose: an image gallery's file names and captions, footnotes.
_NO_PROSE = re.compile(r"<(gallery|ref|references)\b[^<>]{0,500}?(?:/>|>.*?</\1\s*>)", re.DOTALL | re.IGNORECASE)
_BLOCK_TAGS = "p|br|div|table|tr|td|th|ul|ol|li|h[1-6]|blockquote|pre|center|hr|dl|dt|dd"
_INLINE_TAGS = "span|b|i|u|em|strong|small|big|font|a|sup|sub|code|nowiki|s|abbr|cite"
_TAG = re.compile(r"</?(?:(?P<block>" + _BLOCK_TAGS + r")|" + _INLINE_TAGS + r")\b(?:\s[^<>]{0,500})?/?>", re.IGNORECASE)
# "[[Sony Corporation|Sony]]": the page a wiki link points to is no text.
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]{1,200}\|)?(?P<label>[^\[\]|\n]{1,200})\]\]")
_WIKI_TABLE = re.compile(r"\{\|(?P<body>.*?)(?:\|\}|(?=\n[ \t]*\n)|\Z)", re.DOTALL)
# Inside a wiki table: a caption, a row break, two cells on one line, a cell.
_TABLE_MARK = re.compile(r"\|\+|\|-+|\|\||!!|\||!")
# "style="background:#ffdead;" | text": what comes before a lone bar is the cell's attributes.
_ATTRIBUTES = re.compile(r"\s*(?:[\w:-]+\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s|!\"']+)\s*)+")


# A wiki's behaviour switches ("__NOTOC__", "__NOEDITSECTION__"): no words of the text.
_MAGIC_WORD = re.compile(r"__[A-Z]{3,20}__")


def has_leftovers(text: str) -> bool:
    return "<" in text or "{|" in text or "[[" in text or "__" in text


def clean(text: str) -> tuple[str, tuple[MarkupSpan, ...]]:
    """``text`` with its leftover markup blanked, and the cells of its wiki tables."""
    text = _COMMENT.sub(lambda m: blank(m.group(0)), text)
    text = _MAGIC_WORD.sub(lambda m: blank(m.group(0)), text)
    text = _NO_PROSE.sub(lambda m: blank(m.group(0)), text)
    text = _TAG.sub(_tag_blanked, text)
    text = _WIKI_LINK.sub(_link_label, text)
    cells: list[MarkupSpan] = []
    if "{|" in text:
        pieces = []
        position = 0
        for index, match in enumerate(_WIKI_TABLE.finditer(text)):
            table = _WikiTable(text, match, index)
            pieces.append(text[position : match.start()])
            pieces.append(table.blanked)
            cells.extend(table.cells)
            position = match.end()
        pieces.append(text[position:])
        text = "".join(pieces)
    return text, tuple(cells)


def _tag_blanked(match: re.Match[str]) -> str:
    size = len(match.group(0))
    return _paragraph_break(size) if match.group("block") else " " * size


def _link_label(match: re.Match[str]) -> str:
    before = match.start("label") - match.start()
    return " " * before + match.group("label") + "  "


def _paragraph_break(size: int) -> str:
    """A new paragraph in ``size`` characters."""
    return ("\n\n" + " " * (size - 2)) if size >= 2 else " " * size


@dataclass
class _WikiTable:
    """One wiki table, its markup blanked and its cells found.

    Copied text often has the table's lines joined into one ("{|class=x!A!!B
    |- |a || b |}"), so cells are told by their marks alone: "|-" breaks a
    row, "||" and "!!" separate cells, a lone "|" or a row-opening "!"
    starts one, and a lone bar after attributes ("style=... |") ends them.
    """

    text: str
    match: re.Match[str]
    index: int
    cells: list[MarkupSpan] = field(default_factory=list)
    blanked: str = ""

    def __post_init__(self) -> None:
        start, end = self.match.span()
        body_start, body_end = self.match.span("body")
        chars = list(self.text[start:end])

        def blank_span(a: int, b: int, replacement: str | None = None) -> None:
            piece = replacement if replacement is not None else blank(self.text[a:b])
            chars[a - start : b - start] = list(piece)

        blank_span(start, body_start, _paragraph_break(body_start - start))  # "{|"
        if body_end < end:
            blank_span(body_end, end, _paragraph_break(end - body_end))  # "|}"
        row = -1
        column = 0
        cell: tuple[int, bool] | None = None  # (content start, header)
        caption: int | None = None  # content start of a caption
        row_open = True  # no cell yet since the table or row began
        table_attributes = True

        def close(at: int) -> None:
            nonlocal cell, column
            if cell is not None:
                cell_start, cell_end = trimmed_span(self.text, cell[0], at)
                self.cells.append(MarkupSpan(kind="cell", start=cell_start, end=cell_end, table=self.index,
                                             row=max(row, 0), column=column, header=cell[1]))  # fmt: skip
                column += 1
            cell = None

        for mark in _TABLE_MARK.finditer(self.text, body_start, body_end):
            kind = mark.group(0)
            if table_attributes:
                blank_span(body_start, mark.start())  # 'class="wikitable"'
                table_attributes = False
            if kind == "!" and not row_open and not (cell is not None and cell[1]):
                continue  # "Yahoo!" inside a data cell
            opened_at = cell[0] if cell is not None else caption
            if kind == "|" and opened_at is not None and _ATTRIBUTES.fullmatch(self.text, opened_at, mark.start()):
                blank_span(opened_at, mark.end())
                if cell is not None:
                    cell = (mark.end(), cell[1])
                else:
                    caption = mark.end()
                continue
            close(mark.start())
            if caption is not None and mark.start() > caption and self.text[mark.start() - 1] in " \t":
                # The caption is a line of its own, not the first cell's.
                blank_span(mark.start() - 1, mark.end(), "\n\n")
                caption = None
                row, column, row_open = max(row, 0), 0, False
                cell = (mark.end(), False)
                continue
            caption = None
            if kind.startswith("|-"):
                row += 1
                column = 0
                row_open = True
                blank_span(mark.start(), mark.end(), _paragraph_break(mark.end() - mark.start()))
                continue
            if kind == "|+":
                caption = mark.end()
                blank_span(mark.start(), mark.end(), _paragraph_break(2))
                continue
            if row < 0:
                row = 0
            row_open = False
            cell = (mark.end(), kind in ("!", "!!"))
            blank_span(mark.start(), mark.end())
        close(body_end)
        self.blanked = "".join(chars)
