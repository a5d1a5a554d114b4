"""Stage ``segment``: a document's analysis text to sections, blocks and sentences.

Offsets are exact: ``sentence.text == document.text[sentence.start:sentence.end]``
and a sentence starts and ends on a non-space character. Blocks (paragraphs,
list items, headings) are found line by line; sentences are split inside a
block only, so a sentence never runs from one block into the next.

How a single line break is read depends on the format:

* html: the loader leaves a ``\\n`` where a block tag stood; those are
  boundaries, the file's own line breaks are plain whitespace.
* markdown: a line break inside a paragraph is a soft wrap; headings are the
  spans the loader found (``Document.headings``) or literal ``#`` lines.
* plain text: a line break is a boundary after end punctuation or a colon,
  before a bullet, and after a heading-like line; otherwise a soft wrap.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple


from auditor import model
from auditor.data_files import load_yaml_file
from auditor.resources import default_rules_dir

# A heading longer than this is more likely an unpunctuated paragraph.
HEADING_MAX_CHARS = 200

# ("2/ Chief exec Bernadette Okonjo says ...": a thread's numbered post.)
_BULLET = re.compile(r"(?:[-*•–+‣◦▪●■]|\(?\d{1,3}[.)]|\d{1,3}/)\s+")
_BULLET_ALONE = frozenset("-*•–—+‣◦▪●■")
_SEPARATOR = re.compile(r"(?:[-=_*~#+•·.]\s*){3,}\Z")
_HASH_HEADING = re.compile(r"#{1,6}\s+")
_LETTER = re.compile(r"[^\W\d_]")
_NEXT_WORD = re.compile(r"[^\s.,;:!?\"'”’)\]]+")
_DOTTED_ACRONYM = re.compile(r"(?:[^\W\d_]\.){2,}\Z")
# A full stop, ellipsis, ! or ? (with closing quotes) followed by whitespace;
# or a colon that ends a line.
# A full stop, ellipsis, ! or ? (with closing quotes) followed by whitespace,
# or a colon that ends a line. It starts with a character class so the regex
# engine can skip ahead fast. The lookaheads capture where the next sentence
# would start (group 1 after a colon, group 2 otherwise); lowercase ASCII there
# rules a split out early, other lowercase is caught in _ends_sentence.
_SENTENCE_END = re.compile(
    r"[.!?…:](?:(?<=:)(?=[^\S\n]*\n\s*(\S))"
    r"|(?<!:)[.!?…]*[\"'”’»)\]]*(?=\s+([^\sa-z])))"
)
_CONTENT_LINE = re.compile(r"^[^\S\n]*(\S(?:[^\n]*\S)?)", re.MULTILINE)
_MARKER_CHARACTERS = frozenset("-*•–—+‣◦▪●■=_~#·.(")
_END_PUNCTUATION = frozenset(".!?:;…")
_LINE_END_BOUNDARY = frozenset(".!?:…")
_CLOSERS = "\"'”’»)]"
_OPENERS = frozenset("\"'“‘«([")
_NOT_HEADING_END = frozenset(",-–—/&+(")
_WORD_EDGE = "\"'“”‘’«»()[]{}.,;:!?*_"


@dataclass(frozen=True)
class Lexicon:
    """Word lists that steer splitting (see ``rules/lexicon/abbreviations.yaml``)."""

    never_final: frozenset[str]
    may_be_final: frozenset[str]
    before_numbers: frozenset[str]
    sentence_openers: frozenset[str]
    continuation_words: frozenset[str]


def _with_capitals(words: list[str]) -> frozenset[str]:
    found = set(words)
    found.update(word[:1].upper() + word[1:] for word in words if word.islower())
    return frozenset(found)


@functools.lru_cache(maxsize=8)
def load_lexicon(path: Path | None = None) -> Lexicon:
    """The abbreviation lexicon, read once per path."""
    path = path or default_rules_dir() / "lexicon" / "abbreviations.yaml"
    data = load_yaml_file(path) or {}

    def words(key: str) -> list[str]:
        return [str(word) for word in data.get(key) or ()]

    return Lexicon(
        never_final=_with_capitals(words("never_final")),
        may_be_final=_with_capitals(words("may_be_final")),
        before_numbers=_with_capitals(words("before_numbers")),
        sentence_openers=frozenset(words("sentence_openers")),
        continuation_words=frozenset(word.lower() for word in words("continuation_words")),
    )


@dataclass
class _Block:
    start: int
    end: int
    lines: int
    heading: bool
    item: bool  # a list item: never a heading
    last_line: str


class SentenceSpan(NamedTuple):
    """A sentence as ``segment_spans`` finds it: the fields of ``model.Sentence``.

    Extraction reads these directly; validating a record for every sentence
    of every document costs more than reading the few that hold a figure."""

    index: int
    start: int
    end: int
    text: str
    block: int
    section: int
    is_heading: bool


class SectionSpan(NamedTuple):
    """A section as ``segment_spans`` finds it: the fields of ``model.Section``."""

    index: int
    start: int
    end: int
    heading: str | None
    heading_start: int | None
    heading_end: int | None


def segment(
    document: model.Document, lexicon: Lexicon | None = None
) -> tuple[tuple[model.Section, ...], tuple[model.Sentence, ...]]:
    """Sections and sentences of a document, in order, as records."""
    sections, sentences = segment_spans(document, lexicon)
    # Strict: the fields were built with their exact types, so no conversion is tried.
    make_section = functools.partial(model.Section.__pydantic_validator__.validate_python, strict=True)
    make_sentence = functools.partial(model.Sentence.__pydantic_validator__.validate_python, strict=True)
    return (
        tuple(make_section(section._asdict()) for section in sections),
        tuple(make_sentence(sentence._asdict()) for sentence in sentences),
    )


def segment_spans(
    document: model.Document, lexicon: Lexicon | None = None
) -> tuple[list[SectionSpan], list[SentenceSpan]]:
    """What ``segment`` returns, as plain spans (see ``SentenceSpan``)."""
    lexicon = lexicon or load_lexicon()
    text = document.text
    blocks = _blocks(document, lexicon)
    if document.kind == "txt":
        _mark_plain_headings(text, blocks, lexicon)
    ends = _SentenceEnds(text)

    sentences: list[SentenceSpan] = []
    section_starts: list[tuple[int, str | None, int | None, int | None]] = []
    if not blocks or not blocks[0].heading:
        section_starts.append((0, None, None, None))
    for block_index, block in enumerate(blocks):
        if block.heading:
            heading = text[block.start : block.end]
            section_starts.append((block.start, heading, block.start, block.end))
            spans = [(block.start, block.end)]
        else:
            spans = ends.split(block.start, block.end, lexicon)
            if document.kind == "txt":  # Markdown's asterisks are emphasis
                spans = _at_inline_bullets(text, spans)
        section = len(section_starts) - 1
        for start, end in spans:
            sentences.append(
                SentenceSpan(len(sentences), start, end, text[start:end], block_index, section, block.heading)
            )
    sections = []
    for index, (start, heading, heading_start, heading_end) in enumerate(section_starts):
        # Sections tile the text: the first also holds what precedes its heading
        # (front matter, blank lines).
        start = 0 if index == 0 else start
        end = section_starts[index + 1][0] if index + 1 < len(section_starts) else len(text)
        sections.append(SectionSpan(index, start, end, heading, heading_start, heading_end))
    return sections, sentences


# A list flattened into one line ("groups: * Food (-0.5%) * Clothing
# (-2.8%)", ",:*Vodafone has ..."): an asterisk between words, never between
# numbers ("2 * 3").
_INLINE_BULLET = re.compile(r"(?<=[^\s\d*])(?:[^\S\n]+|(?<=:))\*[^\S\n]*(?=[^\W\d_]|[\"'\u201c($\u20ac\u00a3\u00a5])")


def _at_inline_bullets(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut where a flattened list's items start: each item is a
    sentence of its own, as it is when the list is written one item a line.
    A sentence is cut when it holds two such bullets, or one after a colon."""
    result: list[tuple[int, int]] = []
    for start, end in spans:
        if "*" not in text[start:end]:
            result.append((start, end))
            continue
        bullets = list(_INLINE_BULLET.finditer(text, start, end))
        if not bullets or (len(bullets) == 1 and not text[start : bullets[0].start()].rstrip().endswith(":")):
            result.append((start, end))
            continue
        piece_start = start
        for bullet in bullets:
            piece_end = len(text[: bullet.start()].rstrip())
            if piece_end > piece_start:
                result.append((piece_start, piece_end))
            piece_start = bullet.end()
        if end > piece_start:
            result.append((piece_start, end))
    return result


def _blocks(document: model.Document, lexicon: Lexicon) -> list[_Block]:
    text = document.text
    kind = document.kind
    declared = sorted(document.headings)
    declared_starts = [start for start, _ in declared]
    real_line_starts = frozenset(document.line_starts) if kind == "html" else None
    plain = kind == "txt"
    count_newlines = text.count

    blocks: list[_Block] = []
    current: _Block | None = None
    broken = True  # a boundary stands between the previous line and this one
    after_bullet = False  # the previous line was a bullet marker on its own
    previous_end = 0
    # Only lines with content match; blank lines show as extra newlines between.
    for match in _CONTENT_LINE.finditer(text):
        content_start, content_end = match.span(1)
        newlines = count_newlines("\n", previous_end, content_start)
        previous_end = content_end
        if newlines > 1:
            broken = True
        elif newlines == 1 and real_line_starts is not None:
            if text.rfind("\n", 0, content_start) + 1 not in real_line_starts:
                broken = True  # a \n the loader put where a block tag stood
        content = match.group(1)
        first = content[0]
        if first in _MARKER_CHARACTERS:
            if content in _BULLET_ALONE or _SEPARATOR.match(content):
                broken = True
                after_bullet = content in _BULLET_ALONE
                continue

        heading = False
        item = after_bullet
        after_bullet = False
        if declared and _in_declared(declared, declared_starts, content_start):
            heading = True
        elif kind != "html" and (first in _MARKER_CHARACTERS or first.isdigit()):
            marker = _BULLET.match(content) or (
                _HASH_HEADING.match(content) if first == "#" else None
            )
            if marker:
                heading = first == "#"
                # "2. DIRECTORS' REPORT": a numbered line in capitals is a
                # section's title, no list item the next line wraps into.
                item = not heading and not (first.isdigit() and _numbered_title(content[marker.end() :]))
                content_start += marker.end()
                content = content[marker.end() :]

        if (
            plain
            and broken
            and current is not None
            and not heading
            and not item
            and not current.heading
            and not current.item
            and _LOWERCASE_WORD.match(content)
        ):
            # No paragraph of prose opens in lower case: a blank line before
            # "announced its decision ..." broke a sentence, not a paragraph.
            broken = False
            continued = True
        else:
            continued = False
        if current is not None and not broken and not heading and not item and not current.heading:
            if not plain or continued or _soft_wrap(current, content, lexicon):
                current.end = content_end
                current.lines += 1
                current.last_line = content
                continue
        current = _Block(content_start, content_end, 1, heading, item, content)
        blocks.append(current)
        broken = False
    return blocks


_LOWERCASE_WORD = re.compile(r"[a-z]+\b(?![-'\u2019.]?[A-Z])")


def _numbered_title(rest: str) -> bool:
    """Whether what follows a line's number is a title in capitals ("DIRECTORS' REPORT", "KEY FIGURES")."""
    letters = [c for c in rest if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and rest.rstrip()[-1:] not in _END_PUNCTUATION


def _in_declared(declared: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < declared[index][1]


def _soft_wrap(block: _Block, next_line: str, lexicon: Lexicon) -> bool:
    """Whether a plain-text line break inside ``block`` only wraps the paragraph."""
    last = block.last_line.rstrip(_CLOSERS) or block.last_line
    if last[-1] in _LINE_END_BOUNDARY:
        return False
    if _fields_line(block.last_line) or _fields_line(next_line):
        return False  # a post's header ("#1 wharfedale_wand · 9 Feb 2025, 21:14") is a line of its own
    if block.lines == 1 and not block.item and _starts_like_a_block(next_line):
        return not _heading_like(block.last_line, lexicon)
    return True


def _fields_line(line: str) -> bool:
    """Whether a line is fields set apart by dots or bars, one of them a
    date or a time, and no sentence: "Thread started by wharfedale_wand · 9
    February 2025 · 7 replies", "#2 KnotJustCarpets · 9 Feb 2025, 21:40"."""
    return (
        len(line) <= HEADING_MAX_CHARS
        and (" \u00b7 " in line or " | " in line)
        and line.rstrip(_CLOSERS)[-1:] not in _END_PUNCTUATION
        and _DATE_OR_TIME.search(line) is not None
    )


_DATE_OR_TIME = re.compile(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:19|20)\d\d\b")


def _starts_like_a_block(line: str) -> bool:
    first = line[0]
    if first in _OPENERS and len(line) > 1:
        first = line[1]
    return first.isupper() or first.isdigit()


# A message's header fields on one line: "From: Gemma Radcliffe <...> | Sent:
# Tuesday 14 January 2025 10:12 | To: ... | Subject: ...". Addresses make it
# long, and it heads its message all the same.
_MESSAGE_HEADER = re.compile(r"(?:From|To|Sent|Date)\s*:[^|\n]*\|\s*(?:Sent|Date|To|Subject|Cc)\s*:")
_MESSAGE_HEADER_MAX_CHARS = 400


def _heading_like(line: str, lexicon: Lexicon) -> bool:
    if len(line) > HEADING_MAX_CHARS and not (len(line) <= _MESSAGE_HEADER_MAX_CHARS and _MESSAGE_HEADER.match(line)):
        return False
    trimmed = line.rstrip(_CLOSERS)
    if not trimmed or trimmed[-1] in _END_PUNCTUATION or trimmed[-1] in _NOT_HEADING_END:
        return False
    last_word = trimmed.rsplit(None, 1)[-1].strip(_WORD_EDGE).lower()
    if last_word in lexicon.continuation_words:
        return False
    return _LETTER.search(trimmed) is not None


def _mark_plain_headings(text: str, blocks: list[_Block], lexicon: Lexicon) -> None:
    """A one-line block that looks like a heading and is followed by a block is one."""
    for index in range(len(blocks) - 1):
        block = blocks[index]
        if block.heading or block.item or block.lines != 1:
            continue
        following = blocks[index + 1]
        follows_well = following.item or _starts_like_a_block(
            text[following.start : following.end]
        )
        if follows_well and _heading_like(block.last_line, lexicon):
            block.heading = True


class _SentenceEnds:
    """Every place in a text where a sentence may end, found in one pass."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.matches = list(_SENTENCE_END.finditer(text))
        self.starts = [match.start() for match in self.matches]

    def split(self, start: int, end: int, lexicon: Lexicon) -> list[tuple[int, int]]:
        """Sentence spans inside one block [start, end)."""
        text = self.text
        spans: list[tuple[int, int]] = []
        sentence_start = start
        index = bisect.bisect_left(self.starts, start)
        matches = self.matches
        while index < len(matches):
            match = matches[index]
            index += 1
            after_colon = match.start(1)
            following = after_colon if after_colon >= 0 else match.start(2)
            if following >= end:
                break
            if after_colon < 0 and not _ends_sentence(text, start, match, following, lexicon):
                continue
            spans.append((sentence_start, match.end()))
            sentence_start = following
        spans.append((sentence_start, end))
        return spans


def _ends_sentence(
    text: str, block_start: int, match: re.Match[str], following: int, lexicon: Lexicon
) -> bool:
    first = text[following]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if match.group() != ".":
        return True
    # A lone full stop: is it the end of an abbreviation rather than a sentence?
    before = text[max(block_start, match.start() - 40) : match.start()].rsplit(None, 1)
    if not before:
        return True
    word = before[-1].lstrip("\"'“‘«([") + "."
    if word in lexicon.never_final:
        return False
    if first.isdigit() and word in lexicon.before_numbers:
        return False
    initial = len(word) == 2 and word[0].isupper()
    if initial or word in lexicon.may_be_final or _DOTTED_ACRONYM.match(word):
        next_word = _NEXT_WORD.match(text, following + (first in _OPENERS))
        return next_word is not None and next_word.group() in lexicon.sentence_openers
    return True
