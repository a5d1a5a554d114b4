"""HTML: visible text kept in place, markup blanked, block tags as boundaries.

A tokenising regex rather than a parser: it cannot raise on malformed input
and gives exact offsets. A block-level tag leaves a ``\\n`` at its first
character, so segmentation sees a boundary where the browser would break.
"""

from __future__ import annotations

import html
import re
import unicodedata

from auditor.model import MarkupSpan
from auditor.sources.converted import Converted, parse_date, trimmed_span
from auditor.sources.decoding import blank
from auditor.sources.suppressions import find_comment_suppressions

# A quoted value runs to its closing quote or, left open, to the end of the
# text (as in a browser): the tag then ends there instead of failing and
# being retried from every later "<".
# Written as an unrolled loop (a run of plain characters, then quoted
# values each followed by such a run): one way to read each character, and
# the engine reads a plain run in one step instead of one group per character.
_ATTRIBUTES = r"""[^>"']*(?:(?:"[^"]*(?:"|\Z)|'[^']*(?:'|\Z))[^>"']*)*"""
# Inside <meta>, <link>, <time> and <title> a value holds no "<": a tag left
# open ends its scan at the next one, so unclosed tags cost one scan each
# of what follows them up to the next tag.
_HEAD_ATTRIBUTES = r"""[^<>"']*(?:(?:"[^"<]*"|'[^'<]*')[^<>"']*)*"""
# Every alternative opens with "<" or "&" outside any group, and case is
# ignored only where a name is spelled out (a global IGNORECASE flag, or a
# group in front, would make the engine try the pattern at every character).
# Tag and entity names are ASCII letters, as the HTML standard has them.
_TOKEN = re.compile(
    r"<(?:(?P<comment>!--.*?(?:-->|\Z))"
    r"|(?P<hidden>(?P<hidden_name>(?i:script|style|template|noscript|svg|math))\b"
    + _ATTRIBUTES
    + r">.*?(?:</(?i:(?P=hidden_name))\s*>|\Z))"
    # An unclosed <head> must not swallow the body: it ends at <body> too.
    r"|(?P<head>(?i:head)\b" + _ATTRIBUTES + r">.*?(?=</(?i:head)\s*>|<(?i:body)\b|\Z))"
    # A site's navigation ("Home | Find a shop | Our story") is links, no
    # prose: blanked as a hidden element is, but only where it is closed.
    r"|(?P<navigation>(?i:nav)\b" + _ATTRIBUTES + r">.*?</(?i:nav)\s*>)"
    r"|(?P<declaration>![^>]*(?:>|\Z))"
    r"|(?P<instruction>\?[^>]*(?:>|\Z))"
    r"|(?P<tag>/?(?P<name>[A-Za-z][A-Za-z0-9:-]*)" + _ATTRIBUTES + r"(?:>|\Z)))"
    r"|&(?P<entity>#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)",
    re.DOTALL,
)
_BLOCK_TAGS = frozenset(
    """p div h1 h2 h3 h4 h5 h6 li ul ol br tr td th section article header footer blockquote
    title table pre hr main nav aside dl dt dd figure figcaption form thead tbody tfoot caption
    address details summary body html head fieldset legend dialog menu center""".split()
)
# A table's <caption> heads its table as a heading right above it would.
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6 caption".split())
_TITLE_OPEN = re.compile(r"<(?i:title)\b" + _HEAD_ATTRIBUTES + r">", re.DOTALL)
_TITLE_CLOSE = re.compile(r"</(?i:title)\s*>")
_HEAD = re.compile(r"<(?i:head)\b.*?(?:</(?i:head)\s*>|<(?i:body)\b|\Z)", re.DOTALL)
_META = re.compile(r"<(?i:meta|link)\b" + _HEAD_ATTRIBUTES + ">", re.DOTALL)
_TIME = re.compile(r"<(?i:time)\b" + _HEAD_ATTRIBUTES + ">", re.DOTALL)
_ATTRIBUTE = re.compile(r"""([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
_DATE_NAMES = frozenset(
    """date dc.date dcterms.date dc.date.issued dcterms.issued article:published_time
    og:published_time pubdate publishdate publish-date publish_date datepublished
    citation_publication_date citation_date""".split()
)
_SPACES = re.compile(r"\s+")
# Currency signs, maths signs (a minus), opening brackets and quotes.
_OPENING_CATEGORIES = frozenset({"Sc", "Sm", "Ps", "Pi"})
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def convert(raw: str, line_starts: tuple[int, ...]) -> Converted:
    pieces: list[str] = []
    headings: list[tuple[int, int]] = []
    open_heading: int | None = None
    structure = _Structure()
    position = 0
    for match in _TOKEN.finditer(raw):
        start, end = match.span()
        pieces.append(raw[position:start])
        position = end
        token = match.group(0)
        if match.group("entity"):
            pieces.append(_entity(token))
            continue
        name = (match.group("name") or match.group("hidden_name") or "").lower()
        if match.group("head"):
            name = "head"
        if name in _STRUCTURE_TAGS and match.group("tag"):
            structure.tag(name, token.startswith("</"), start, end, _columns_spanned(token) if name in ("td", "th") else 1)
        replacement = blank(token)
        if name in _BLOCK_TAGS or match.group("hidden") or match.group("head") or match.group("navigation"):
            replacement = "\n" + replacement[1:]
            if open_heading is not None:
                # Any block tag ends a heading, so an unclosed <h2> stays small.
                headings.append((open_heading, start))
                open_heading = None
            if name in _HEADING_TAGS and not token.startswith("</"):
                open_heading = end
        pieces.append(replacement)
    pieces.append(raw[position:])
    text = "".join(pieces)
    if open_heading is not None:
        headings.append((open_heading, len(text)))

    spans = [trimmed_span(text, start, end) for start, end in headings]
    spans = [span for span in spans if span[0] < span[1]]
    date, url = _date_and_url(raw)
    return Converted(
        text=text,
        title=_title(raw, text, spans),
        date=date,
        url=url,
        suppressions=find_comment_suppressions(raw, line_starts),
        headings=tuple(spans),
        markup=structure.spans(text),
    )


# Tags whose spans the document model reads: bold lead-ins, list items, tables.
_STRUCTURE_TAGS = frozenset("b strong li ul ol table tr td th".split())
_COLSPAN = re.compile(r"""\bcolspan\s*=\s*["']?\s*(\d{1,3})""", re.IGNORECASE)


def _columns_spanned(tag: str) -> int:
    """How many columns a cell's tag says it spans (``colspan``), at least one."""
    found = _COLSPAN.search(tag)
    return max(1, int(found.group(1))) if found is not None else 1


class _Structure:
    """Bold spans, list items and table cells, from the tags met in order.

    Forgiving as browsers are: an unclosed ``<td>`` or ``<li>`` ends where the
    next one (or its row, list or table) begins.
    """

    def __init__(self) -> None:
        self.found: list[tuple[str, int, int, int | None, int | None, int | None, bool]] = []
        self.strong: int | None = None
        self.item: int | None = None
        self.tables = 0
        self.table_stack: list[list[int]] = []  # per open table: [index, row, column]
        self.cell: tuple[int, bool, int] | None = None  # (content start, header, columns spanned)

    def tag(self, name: str, closing: bool, start: int, end: int, span: int = 1) -> None:
        if name in ("b", "strong"):
            if closing and self.strong is not None:
                self.found.append(("strong", self.strong, start, None, None, None, False))
                self.strong = None
            elif not closing:
                self.strong = end
        elif name in ("li", "ul", "ol"):
            if self.item is not None:
                self.found.append(("item", self.item, start, None, None, None, False))
                self.item = None
            if name == "li" and not closing:
                self.item = end
        elif name == "table":
            self._close_cell(start)
            if closing:
                if self.table_stack:
                    self.table_stack.pop()
            else:
                self.table_stack.append([self.tables, -1, 0])
                self.tables += 1
        elif self.table_stack:
            current = self.table_stack[-1]
            self._close_cell(start)
            if name == "tr" and not closing:
                current[1] += 1
                current[2] = 0
            elif name in ("td", "th") and not closing:
                if current[1] < 0:
                    current[1] = 0  # a cell before any <tr>
                self.cell = (end, name == "th", span)

    def _close_cell(self, at: int) -> None:
        if self.cell is None or not self.table_stack:
            self.cell = None
            return
        table, row, column = self.table_stack[-1]
        content_start, header, span = self.cell
        self.found.append(("cell", content_start, at, table, row, column, header))
        # A cell spanning columns ('<td colspan="3">Total</td>') moves the
        # next cell past all of them, under its own column's header.
        self.table_stack[-1][2] += span
        self.cell = None

    def spans(self, text: str) -> tuple[MarkupSpan, ...]:
        result = []
        for kind, start, end, table, row, column, header in self.found:
            start, end = trimmed_span(text, start, end)
            if start == end and kind != "cell":
                continue
            result.append(MarkupSpan(kind=kind, start=start, end=end, table=table, row=row, column=column, header=header))
        return tuple(sorted(result, key=lambda span: (span.start, span.end)))


def _entity(token: str) -> str:
    character = html.unescape(token)
    if character == token or len(character) > len(token):
        return token
    # A character reference to whitespace must not invent a line break.
    character = "".join(" " if c in _LINE_BREAKS else c for c in character)
    padding = " " * (len(token) - len(character))
    # The blanks that keep the file's offsets stand on the side the
    # character does not lean on: a currency sign, a minus or an opening
    # bracket or quote belongs to what follows ("&pound;7.9m" reads
    # "      £7.9m", not "£      7.9m"), anything else to what precedes.
    if len(character) == 1 and unicodedata.category(character) in _OPENING_CATEGORIES:
        return padding + character
    return character + padding


def _title(raw: str, text: str, headings: list[tuple[int, int]]) -> str | None:
    # The first <title> and the first closer after it: a closer that the
    # first opener cannot reach, no later opener can (one scan, not one per
    # opener).
    opener = _TITLE_OPEN.search(raw)
    closer = _TITLE_CLOSE.search(raw, opener.end()) if opener else None
    if opener and closer:
        title = _SPACES.sub(" ", html.unescape(raw[opener.end() : closer.start()])).strip()
        if title:
            return title
    if headings:
        return _SPACES.sub(" ", text[headings[0][0] : headings[0][1]]).strip() or None
    return None


def _attributes(tag: str) -> dict[str, str]:
    return {
        name.lower(): html.unescape(value.strip("\"'"))
        for name, value in _ATTRIBUTE.findall(tag)
    }


def _date_and_url(raw: str) -> tuple[object, str | None]:
    date = None
    url = None
    for tag in _META.finditer(raw):
        attributes = _attributes(tag.group(0))
        names = {attributes.get(key, "").lower() for key in ("name", "property", "itemprop")}
        if date is None and names & _DATE_NAMES:
            date = parse_date(attributes.get("content", ""))
        if url is None:
            if "og:url" in names and attributes.get("content"):
                url = attributes["content"]
            elif attributes.get("rel", "").lower() == "canonical" and attributes.get("href"):
                url = attributes["href"]
    if date is None:
        head = _HEAD.search(raw)
        head_span = head.span() if head else (0, 0)
        for tag in _TIME.finditer(raw):
            attributes = _attributes(tag.group(0))
            declared = (
                head_span[0] <= tag.start() < head_span[1]
                or "pubdate" in tag.group(0).lower()
                or attributes.get("itemprop", "").lower() == "datepublished"
            )
            if declared and parse_date(attributes.get("datetime", "")):
                date = parse_date(attributes["datetime"])
                break
    return date, url
