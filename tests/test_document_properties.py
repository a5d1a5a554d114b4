"""Faster forms of the document model's scans find exactly what the plain
forms find: each property compares the two on generated text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document.lexicon import _alternation, load_references

SETTINGS = settings(max_examples=300, deadline=None)
REFERENCES = load_references()
# Places that share prefixes ("Abu Dhabi"/"Abuja", "Asia"/"Asia-Pacific"),
# start in lower case ("the Gulf") or hold spaces, and the characters a
# word-start test or the end test can trip on.
SOME_PLACES = sorted(REFERENCES.places)[:40] + ["the Gulf", "the Alps", "Asia-Pacific", "Mo i Rana"]
PIECES = st.sampled_from(SOME_PLACES + [p.lower() for p in SOME_PLACES[:5]] + [" ", "-", "_", "é", "9", ".", "'s", "x", "\n"])


# The place search as one alternation behind a look-behind: slow but plain.
PLAIN_PLACES = re.compile(r"(?<![\w-])(?:" + _alternation(REFERENCES.places) + r")(?![\w])")


def _plain_places(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in PLAIN_PLACES.finditer(text)]


@SETTINGS
@given(st.lists(PIECES, max_size=14))
def test_places_in_finds_what_the_plain_alternation_finds(parts):
    text = "".join(parts)
    assert [m.span() for m in REFERENCES.places_in(text)] == _plain_places(text)


@SETTINGS
@given(st.text(max_size=60))
def test_places_in_agrees_on_any_text(text):
    assert [m.span() for m in REFERENCES.places_in(text)] == _plain_places(text)
