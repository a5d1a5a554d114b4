"""A transcript's speaker label opening a line ("TOMÁS LECLERC: We wrote
...", "[00:00:44] ELLIE: Not little."): one pattern, for the document model
and for coreference, which reads a turn's opening pronoun after it."""

from __future__ import annotations

import re

from auditor.extract.letters import UPPER

__all__ = ["SPEAKER_LABEL", "speaker_label_end"]

# A transcript's speaker label opening a line: "TOMÁS LECLERC: We wrote ...",
# "Priya Nandakumar (CFO): Thank you", "**NADIA PARR:** Welcome".
SPEAKER_LABEL = re.compile(
    # One blank between a name's words, and the blanks before the colon read
    # once: runs of blanks are never split two ways (a line of thousands of
    # blanks costs its length, not its square).
    # A role after a comma is a title's words ("**Maartje Koster, CEO:**",
    # "Ana Lund, Chief Financial Officer:"), never a clause.
    # A time code may open it: "[00:00:44] ELLIE: Not little."
    r"^[ \t>*_-]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?(?P<name>[" + UPPER + r"][\w.'\u2019-]*(?:[ \t][" + UPPER + r"][\w.'\u2019-]*){0,3})[*_]*"
    r"(?:[ \t]*\((?P<role>[^)\n]{1,60})\)|,[ \t]*(?P<titled>[A-Za-z][\w&.'\u2019-]*(?:[ \t][\w&.'\u2019-]+){0,4}))?[ \t]*:[*_]*[ \t]",
    re.MULTILINE,
)


def speaker_label_end(text: str) -> int:
    """Where a transcript's speaker label opening ``text`` ends ("MARTA SEIXAS
    (CFO): "), or 0 when none opens it."""
    if ":" not in text:
        return 0  # a label ends on its colon: most sentences are passed over without a match
    label = SPEAKER_LABEL.match(text)
    return label.end() if label is not None else 0
