"""Making untrusted text safe to print: file names, document text, facts notes.

A document or a file name can hold bytes a terminal obeys: ESC starts a
sequence that clears the screen or retitles the window, a newline followed
by ``::error ...::`` forges a GitHub workflow command in a CI log, and
bidirectional overrides make a line read differently from what it holds
("Trojan Source"). Every format meant for people shows those characters as
visible escapes instead (``\\x1b``, ``\\u202e``), the way ``ls -b`` does.
"""

from __future__ import annotations

import re

# C0 controls but newline, DEL, C1 controls, the bidirectional marks,
# embeddings, overrides and isolates, and the Unicode line and paragraph
# separators. Newline is escaped too unless it is the output's own layout.
_CONTROL_CHARACTERS = "\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{_CONTROL_CHARACTERS}]")
_UNSAFE_OR_NEWLINE = re.compile(f"[{_CONTROL_CHARACTERS}\n]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _visible(match: re.Match[str]) -> str:
    character = match.group(0)
    named = _NAMED.get(character)
    if named is not None:
        return named
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_control(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character written as a visible escape
    (``\\x1b``, ``\\t``, ``\\u202e``); newlines too, unless they are layout."""
    pattern = _UNSAFE if keep_newlines else _UNSAFE_OR_NEWLINE
    return pattern.sub(_visible, text)
