"""Inline ``auditor: ignore[rule-id] reason`` markers, read from the raw file.

In markdown and html a marker lives in an HTML comment; in plain text it may
stand anywhere on a line, optionally behind a comment sign (``#``, ``//``).
A marker silences its own line, or the next non-blank line when nothing else
stands on the marker's line.
"""

from __future__ import annotations

import bisect
import re

from auditor import model

_MARKER = re.compile(
    r"auditor:[ \t]*ignore\b(?:[ \t]*\[(?P<rules>[^\]\n]*)\])?(?P<reason>[^\n]*)",
    re.IGNORECASE,
)
_MARKER_WORD = "auditor"
# Comment signs that may precede a marker in plain text; blanked with it.
_TEXT_PREFIX = re.compile(r"(?:#+|//+|/\*+|<!--|--|;+|%+)[ \t]*\Z")
_COMMENT = re.compile(r"<!--(.*?)(?:-->|\Z)", re.DOTALL)
_COMMENT_CLOSERS = ("-->", "*/")


def _rules(listed: str | None) -> tuple[str, ...]:
    if listed is None:
        return ("*",)
    rules = tuple(dict.fromkeys(part.strip() for part in listed.split(",") if part.strip()))
    return rules if rules and "*" not in rules else ("*",)


def _reason(text: str) -> str | None:
    # A comment's closer ends the reason; stripped from the end (a pattern
    # anchored at the end would be tried at every blank of a long run).
    text = text.rstrip(" \t")
    for closer in _COMMENT_CLOSERS:
        if text.endswith(closer):
            text = text[: -len(closer)]
            break
    text = text.strip(" \t\r-:")
    return text or None


class _Lines:
    def __init__(self, raw: str, starts: tuple[int, ...]) -> None:
        self.raw = raw
        self.starts = starts

    def number(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def bounds(self, line: int) -> tuple[int, int]:
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.raw)
        return start, end

    def next_non_blank(self, line: int) -> int:
        for candidate in range(line + 1, len(self.starts) + 1):
            start, end = self.bounds(candidate)
            if self.raw[start:end].strip():
                return candidate
        return line


def _markers(text: str):
    """The matches of ``_MARKER.finditer(text)``, found from colon to colon.

    Every marker has its colon right after "auditor": looking the (rare)
    colons up with ``str.find`` spares trying the case-insensitive pattern at
    every position of every file."""
    size = len(_MARKER_WORD)
    position = 0
    colon = text.find(":", size)
    while colon >= 0:
        start = colon - size
        match = _MARKER.match(text, start) if start >= position else None
        if match is not None:
            yield match
            position = match.end()
        colon = text.find(":", max(colon + 1, position + size))


def find_text_suppressions(
    raw: str, starts: tuple[int, ...]
) -> tuple[tuple[model.Suppression, ...], list[tuple[int, int]]]:
    """Markers in plain text, and the spans to blank out of the analysis text."""
    lines = _Lines(raw, starts)
    found: list[model.Suppression] = []
    spans: list[tuple[int, int]] = []
    for match in _markers(raw):
        marker_line = lines.number(match.start())
        line_start, line_end = lines.bounds(marker_line)
        before = raw[line_start : match.start()]
        prefix = _TEXT_PREFIX.search(before)
        blank_from = line_start + prefix.start() if prefix else match.start()
        alone = not raw[line_start:blank_from].strip()
        found.append(
            model.Suppression(
                line=lines.next_non_blank(marker_line) if alone else marker_line,
                marker_line=marker_line,
                rules=_rules(match.group("rules")),
                reason=_reason(match.group("reason")),
            )
        )
        spans.append((blank_from, line_end))
    return tuple(found), spans


def find_comment_suppressions(raw: str, starts: tuple[int, ...]) -> tuple[model.Suppression, ...]:
    """Markers inside ``<!-- -->`` comments (markdown, html)."""
    lines = _Lines(raw, starts)
    found: list[model.Suppression] = []
    for comment in _COMMENT.finditer(raw):
        body = comment.group(1)
        for match in _MARKER.finditer(body):
            marker_line = lines.number(comment.start(1) + match.start())
            first_line = lines.number(comment.start())
            last_line = lines.number(max(comment.start(), comment.end() - 1))
            before = raw[lines.bounds(first_line)[0] : comment.start()]
            after = raw[comment.end() : lines.bounds(last_line)[1]]
            alone = not before.strip() and not after.strip()
            found.append(
                model.Suppression(
                    line=lines.next_non_blank(last_line) if alone else marker_line,
                    marker_line=marker_line,
                    rules=_rules(match.group("rules")),
                    reason=_reason(match.group("reason")),
                )
            )
    return tuple(found)
