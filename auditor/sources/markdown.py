"""Markdown: front matter to fields, markup blanked, prose kept in place.

Every step replaces markup by spaces of the same length (newlines kept), so
later steps see blanks where markup was and offsets into the result are
offsets into the file. Front matter is found by its own pattern and read
with PyYAML: ``python-frontmatter`` returns the parsed fields and the body
but not where the block ends, which blanking it in place needs, and a YAML
error's line needs the block's offset too.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Callable

from auditor.data_files import FRONT_MATTER_LIMITS, DataError, load_yaml
from auditor.model import MarkupSpan
from auditor.sources.converted import Converted, parse_date, trimmed_span
from auditor.sources.decoding import blank
from auditor.sources.pipe_tables import TABLE_ROW as _TABLE_ROW
from auditor.sources.pipe_tables import TABLE_RULE as _TABLE_RULE
from auditor.sources.pipe_tables import table_cells
from auditor.sources.suppressions import find_comment_suppressions

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<body>(?:.*?\n)??)(?:---|\.\.\.)[ \t]*\r?(?=\n|\Z)", re.DOTALL
)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_FENCE = re.compile(
    r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})[^\n]*(?:\n.*?(?:\n[ \t]{0,3}(?P=fence)[`~]*[ \t]*\r?(?=\n|\Z)|\Z)|\Z)",
    re.DOTALL | re.MULTILINE,
)
_REFERENCE_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*", re.MULTILINE)
# Link and image text stops at a bracket: an unclosed "[" must not make
# every later "[" of the line rescan to its end (the innermost of nested
# brackets is the link, as in CommonMark).
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)")
_LINK = re.compile(
    r"(\[)(?P<label>[^\[\]\n]*)(\]\((?:[^()\n]|\([^()\n]*\))*\)|\]\[[^\[\]\n]*\])"
)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]*>", re.IGNORECASE)
_INLINE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:[ \t][^<>\n]*)?/?>")
_CODE_SPAN = re.compile(r"(`+)(?!`)([^\n]*?[^`\n])\1(?!`)")
# The whole heading line; the optional closing "###" is cut off in Python
# (as a lazy group followed by "[ \t]+#+" the pattern rescanned every run of
# spaces once per space).
_ATX_HEADING = re.compile(r"^(?P<indent>[ \t]{0,3})(?P<marks>#{1,6})(?=[ \t]|\r?$)(?P<content>[^\n]*)", re.MULTILINE)
_SETEXT_HEADING = re.compile(
    r"^(?P<content>[ \t]{0,3}[^\s>#|*+\-][^\n]*)\n(?P<underline>[ \t]{0,3}(?P<kind>=+|-{2,})[ \t]*\r?)$",
    re.MULTILINE,
)
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
# Emphasis holds no marker of its own kind: an opener looks no further than
# the next "*" (or "_", "~"), so unmatched openers cost a scan each of what
# follows them up to the next marker, not to the end of the line. Emphasis
# nested in emphasis goes in the second pass, inner first.
_STRONG_OR_EMPHASIS = re.compile(r"(?<![\\*\w])(\*{1,3})(?![\s*])([^\n*]*?[^\s*\\])\1(?!\*)")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\\\w])(_{1,3})(?![\s_])([^\n_]*?[^\s_\\])\1(?!\w)")
_STRIKETHROUGH = re.compile(r"~~(?!\s)([^\n~]*?[^\s~])~~")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


# For each pattern, strings one of which every match of it holds: a text
# without them is not searched (most of these patterns are tried at every
# character of the text).
GUARDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _COMMENT: ("<!--",),
    _FENCE: ("```", "~~~"),
    _REFERENCE_DEFINITION: ("]:",),
    _IMAGE: ("![",),
    _LINK: ("[",),
    _AUTOLINK: ("<",),
    _INLINE_TAG: ("<",),
    _CODE_SPAN: ("`",),
    _ATX_HEADING: ("#",),
    _SETEXT_HEADING: ("=", "--"),
    _BLOCKQUOTE: (">",),
    _TABLE_RULE: ("|",),
    _TABLE_ROW: ("|",),
    _STRONG_OR_EMPHASIS: ("*",),
    _UNDERSCORE_EMPHASIS: ("_",),
    _STRIKETHROUGH: ("~~",),
}


def _sub(pattern: re.Pattern[str], replacement, text: str) -> str:
    """``pattern.sub(replacement, text)``, skipped when the text lacks the pattern's guards."""
    if not any(guard in text for guard in GUARDS[pattern]):
        return text
    return pattern.sub(replacement, text)


def convert(raw: str, line_starts: tuple[int, ...], path: str = "") -> Converted:
    text = raw
    fields: dict[str, object] = {}
    metadata: dict[str, str] = {}
    problems: tuple[tuple[int | None, str], ...] = ()
    front = _FRONT_MATTER.match(text)
    if front:
        text = blank(front.group(0)) + text[front.end() :]
        fields, metadata, problems = _read_front_matter(front.group("body"), path)

    text = _sub(_COMMENT, _blank_match, text)
    text = _sub(_FENCE, _blank_match, text)
    text = _sub(_REFERENCE_DEFINITION, _blank_match, text)
    text = _sub(_IMAGE, _blank_match, text)
    text = _sub(_LINK, _keep_group("label"), text)
    text = _sub(_AUTOLINK, _blank_match, text)
    text = _sub(_INLINE_TAG, _blank_match, text)
    text = _sub(_CODE_SPAN, _keep_group(2), text)

    headings: list[tuple[int, int, int]] = []  # (start, end, level)
    text = _sub(_ATX_HEADING, _atx_heading(headings), text)
    text = _sub(_SETEXT_HEADING, _setext_heading(headings), text)

    text = _sub(_BLOCKQUOTE, _blank_match, text)
    markup: list[MarkupSpan] = table_cells(text) if "|" in text else []
    text = _sub(_TABLE_RULE, _blank_match, text)
    text = _sub(_TABLE_ROW, lambda match: match.group(0).replace("|", " "), text)
    strong: list[tuple[int, int]] = []
    for _ in range(2):  # twice, so emphasis nested in emphasis goes too
        before = text
        text = _sub(_STRONG_OR_EMPHASIS, _emphasis(strong), text)
        text = _sub(_UNDERSCORE_EMPHASIS, _emphasis(strong), text)
        if text == before:
            break
    markup.extend(MarkupSpan(kind="strong", start=start, end=end) for start, end in strong)
    markup.sort(key=lambda span: (span.start, span.end))
    text = _sub(_STRIKETHROUGH, _keep_group(1), text)
    text = _ESCAPE.sub(" ", text)

    spans = sorted(trimmed_span(text, start, end) + (level,) for start, end, level in headings)
    spans = [span for span in spans if span[0] < span[1]]
    title = fields.get("title")
    if not title:
        first = next((span for span in spans if span[2] == 1), spans[0] if spans else None)
        title = text[first[0] : first[1]] if first else None
    return Converted(
        text=text,
        title=str(title) if title else None,
        date=fields.get("date"),  # type: ignore[arg-type]
        url=str(fields["url"]) if fields.get("url") else None,
        metadata=metadata,
        suppressions=find_comment_suppressions(raw, line_starts),
        headings=tuple((start, end) for start, end, _ in spans),
        markup=tuple(markup),
        problems=problems,
    )


def _emphasis(strong: list[tuple[int, int]]) -> Callable[[re.Match[str]], str]:
    """Blank emphasis markers; note the span of strong emphasis (``**x**``, ``__x__``)."""
    keep = _keep_group(2)

    def replace(match: re.Match[str]) -> str:
        if len(match.group(1)) >= 2:
            strong.append(match.span(2))
        return keep(match)

    return replace


def _blank_match(match: re.Match[str]) -> str:
    return blank(match.group(0))


def _keep_group(group: int | str) -> Callable[[re.Match[str]], str]:
    """Blank a match except one group, which stays where it is."""

    def replace(match: re.Match[str]) -> str:
        base = match.start()
        start, end = match.start(group) - base, match.end(group) - base
        whole = match.group(0)
        return blank(whole[:start]) + whole[start:end] + blank(whole[end:])

    return replace


def _atx_heading(found: list[tuple[int, int, int]]) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        start = match.start("content")
        end = start + _heading_content_length(match.group("content"))
        found.append((start, end, len(match.group("marks"))))
        base = match.start()
        whole = match.group(0)
        return blank(whole[: start - base]) + whole[start - base : end - base] + blank(whole[end - base :])

    return replace


def _heading_content_length(rest: str) -> int:
    """How much of what follows a heading's opening ``#`` is its content: the
    rest of the line without trailing blanks and without a closing run of
    ``#`` that stands after a blank (CommonMark's closing sequence)."""
    content = rest.rstrip(" \t\r")
    hashes = len(content) - len(content.rstrip("#"))
    if hashes and (hashes == len(content) or content[-hashes - 1] in " \t"):
        content = content[:-hashes].rstrip(" \t")
    return len(content)


def _setext_heading(found: list[tuple[int, int, int]]) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        level = 1 if match.group("kind").startswith("=") else 2
        found.append((match.start("content"), match.end("content"), level))
        return _keep_group("content")(match)

    return replace


def _read_front_matter(body: str, path: str) -> tuple[dict[str, object], dict[str, str], tuple[tuple[int | None, str], ...]]:
    """Title, date and url as fields; every other key stringified into
    metadata; and, when the front matter cannot be used, why (the document is
    then read without it)."""
    try:
        # The YAML starts on the file's second line, after the opening ---.
        data = load_yaml(body, path, first_line=2, limits=FRONT_MATTER_LIMITS) if body.strip() else {}
    except DataError as error:
        return {}, {}, ((error.line, f"front matter ignored: {error.message}"),)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return {}, {}, ((2, "front matter ignored: it is not a mapping of keys to values"),)

    fields: dict[str, object] = {}
    metadata: dict[str, str] = {}
    for key, value in data.items():
        name = str(key)
        if name == "title" and value is not None:
            fields["title"] = _stringify(value)
        elif name == "url" and value is not None:
            fields["url"] = _stringify(value)
        elif name == "date" and parse_date(value) is not None:
            fields["date"] = parse_date(value)
        else:
            # An unreadable date stays visible as metadata instead of vanishing.
            metadata[name] = _stringify(value)
    return fields, metadata, ()


def _stringify(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(_stringify(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, default=str, ensure_ascii=False, sort_keys=True)
    return str(value)
