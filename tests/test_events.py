"""Event triggers and tense cues, read from the event lexicon."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from auditor.extract.attribution import _ROUND_LABEL, _ROUND_LABEL_WORDS
from auditor.extract.events import _any_case_trie, find_triggers, is_future, load_events
from auditor.extract.numbers import any_case_char


@pytest.fixture(scope="module")
def events():
    return load_events()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Acme raised $5 million.", [("raised", "funding-round")]),
        ("ACME RAISED $5 MILLION.", [("RAISED", "funding-round")]),
        ("a $20 million Series B deal", [("Series B", "funding-round")]),  # the longest trigger wins
        ("its pre-seed stage", [("pre-seed", "funding-round")]),  # a hyphen inside a trigger
        ("the buy-out of Acme", [("buy-out", "acquisition")]),
        ("fundraised", []),  # not inside a word
        ("co-raised", []),  # not after a hyphen
        ("raised-floor", []),  # not before a hyphen
        ("raised' quote", []),  # one word is a whole word
    ],
)
def test_find_triggers(events, text, expected):
    assert [(t.text, t.event) for t in find_triggers(text, events)] == expected


@pytest.mark.parametrize(
    "text, future",
    [
        ("Acme will invest $5 million.", True),
        ("Acme WILL invest $5 million.", True),
        ("Acme Plans To invest $5 million.", True),
        ("Acme invested $5 million.", False),
        ("Freewill invested $5 million.", False),  # a cue starts a word
    ],
)
def test_is_future(events, text, future):
    assert is_future(text, (0, len(text)), events) is future


def test_future_cue_must_lie_in_the_clause(events):
    text = "Acme will grow; Beta invested $5 million."
    assert not is_future(text, (text.index("Beta"), len(text)), events)


def _flat_any_case(words: list[str]) -> re.Pattern[str]:
    """The form the future cues had before the trie: a flat alternation, longest first."""
    ordered = sorted({w.casefold() for w in words}, key=len, reverse=True)
    return re.compile("|".join("".join(any_case_char(ch) for ch in word) for word in ordered))


_CUES = ["will", "plans to", "planned", "plans", "by 2", "is set to", "due to"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_CUES, "WILL", "Plans", " ", "x", "2", "-", "Ed", "set"]), max_size=12))
def test_any_case_trie_finds_what_the_flat_alternation_finds(parts):
    text = "".join(parts)
    trie = re.compile(_any_case_trie(_CUES))
    flat = _flat_any_case(_CUES)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Series", "series", "seed", "pre-", " ", "A", "B2", "round", "funding", "-", "prime", "x",
             "seed round", "pre-seed stage", "Series C", " series A-extension"]
        ),
        max_size=10,
    )
)
@example(["a seed round"])
@example(["its Series B"])
def test_round_labels_always_hold_a_guard_word(parts):
    text = "".join(parts)
    if _ROUND_LABEL.search(text) is not None:
        assert any(word in text for word in _ROUND_LABEL_WORDS)
