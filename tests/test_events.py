"""Event triggers and tense cues, read from the event lexicon."""

from __future__ import annotations

import pytest

from auditor.extract.events import find_triggers, is_future, load_events


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
