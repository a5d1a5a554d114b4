"""Bytes to text: UTF-8 only, with reasons a person can act on when it fails."""

from __future__ import annotations

import re

_BOM = b"\xef\xbb\xbf"
EMPTY_FILE = "empty file"
_NEWLINE = re.compile("\n")
_NOT_NEWLINE = re.compile("[^\n]")


class DocumentError(Exception):
    """A file that cannot become a document; ``reason`` says why, for the status."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def decode(data: bytes) -> str:
    """The file's text without a BOM, or DocumentError naming what is wrong."""
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
        if not data:
            raise DocumentError(EMPTY_FILE)
    elif not data:
        raise DocumentError(EMPTY_FILE)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("not valid UTF-8: the file is UTF-16 (byte order mark at the start)")
    if b"\x00" in data:
        raise DocumentError("binary file (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DocumentError(_describe_decode_error(data, error)) from None


def _describe_decode_error(data: bytes, error: UnicodeDecodeError) -> str:
    where = error.start
    line = data.count(b"\n", 0, where) + 1
    line_start = data.rfind(b"\n", 0, where) + 1
    # Everything before the first bad byte decoded fine, so the column can be
    # counted in characters, which is what an editor shows.
    column = len(data[line_start:where].decode("utf-8", errors="replace")) + 1
    byte = data[where]
    if error.reason == "unexpected end of data":
        problem = f"truncated sequence starting with byte 0x{byte:02x}"
    else:
        problem = f"invalid byte 0x{byte:02x}"
    return f"not valid UTF-8: {problem} at line {line}, column {column}"


_LONE_CARRIAGE_RETURN = re.compile("\r(?!\n)")


def lone_carriage_returns_as_newlines(text: str) -> str:
    """Old Mac line ends (``\\r`` alone) as ``\\n``: one character for one, so
    offsets hold, and every later step sees the lines the file has."""
    if "\r" not in text:
        return text
    return _LONE_CARRIAGE_RETURN.sub("\n", text)


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets where the file's lines begin; lines end at ``\\n`` (after
    :func:`lone_carriage_returns_as_newlines`, a lone ``\\r`` too)."""
    return (0, *(match.end() for match in _NEWLINE.finditer(text)))


def blank(text: str) -> str:
    """Same length, every character but ``\\n`` turned into a space."""
    return _NOT_NEWLINE.sub(" ", text)


def splice(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace the given (start, end, replacement) spans, which must not overlap.

    Replacements must keep the length of what they replace, so offsets hold.
    """
    if not spans:
        return text
    pieces: list[str] = []
    position = 0
    for start, end, replacement in sorted(spans):
        if start < position:
            continue
        pieces.append(text[position:start])
        pieces.append(replacement)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
