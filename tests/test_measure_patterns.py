"""Patterns of ``extract/measures.py`` written once for every word they are
given read as the pattern compiled for each word would.

``_kind_after`` finds "<noun> of <word>" with one pattern that matches the
noun as a back reference: it must find what the pattern compiled with the
noun written in it finds, whatever the noun and the text after the figure.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.extract import measures

_NOUNS = st.one_of(
    st.sampled_from(["counts", "stores", "units", "tonnes", "data-centres", "bonds", "s", "of", ""]),
    st.text(alphabet="abcs-. \u00e9\0", max_size=8),
)
_AFTER = st.lists(
    st.sampled_from(
        ["counts", "stores", "of", "the", "fraud", "new", "Of", " ", "  ", ",", "-", "—", "\n", "(", "data-centres",
         "units", "x", "2024", "all", "up", "é", "COUNTS", "\0"]
    ),
    max_size=12,
).map(lambda words: " ".join(words))


def _kind_after_compiled(after: str, noun: str) -> str | None:
    """What ``_kind_after`` returned with a pattern compiled for ``noun``."""
    pattern = re.compile(r"\W*(?:[\w-]+\s+){0,2}?" + re.escape(noun) + r"\s+of\s+([a-z][a-z-]+)\b")
    match = pattern.match(after.casefold())
    if match is None or match.group(1) in measures._NOT_A_KIND:
        return None
    return match.group(1)


@settings(max_examples=2000, deadline=None)
@given(noun=_NOUNS, after=_AFTER)
def test_kind_after_reads_as_a_pattern_compiled_for_the_noun(noun: str, after: str) -> None:
    assert measures._kind_after(after, noun) == _kind_after_compiled(after, noun)


def test_kind_after_reads_a_kind_two_words_on() -> None:
    assert measures._kind_after(" new counts of fraud", "counts") == "fraud"
    assert measures._kind_after(" counts of the chain", "counts") is None
