"""Numbers as written: digits, words, scales, and the precision they carry."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.extract.events import load_events
from auditor.extract.lexicon import load_lexicon
from auditor.extract.numbers import (
    DIGITS,
    alternation,
    apply_scale,
    is_plural_noun,
    is_year_like,
    parse_number,
    scale_value,
    trie_pattern,
    word_number_pattern,
)

LEX = load_lexicon()


@pytest.mark.parametrize(
    "text,value,step",
    [
        ("110", 110, 1),
        ("1.3", 1.3, 0.1),
        ("1,300", 1300, 1),
        ("94,000", 94000, 1),
        ("1\u202f300", 1300, 1),
        ("1\u2009300", 1300, 1),
        ("16.40", 16.4, 0.01),
        (".5", 0.5, 0.1),
        ("three", 3, 1),
        ("twenty-five", 25, 1),
        ("twenty five", 25, 1),
        ("two hundred and fifty", 250, 1),
        ("a", 1, 1),
        ("half a", 0.5, 0.5),
        # A comma before one or two last digits is a decimal comma.
        ("1,8", 1.8, 0.1),
        ("12,85", 12.85, 0.01),
        ("1,800", 1800, 1),
        # Said aloud, as a transcript writes it: the digits after "point" are decimals.
        ("four point six", 4.6, 0.1),
        ("two point four five", 2.45, 0.01),
    ],
)
def test_parse_number(text, value, step):
    amount = parse_number(text, LEX)
    assert amount is not None
    assert math.isclose(amount.value, value)
    assert math.isclose(amount.step, step)


def test_parse_number_rejects_non_numbers():
    assert parse_number("banana", LEX) is None
    assert parse_number("", LEX) is None
    assert parse_number("four point", LEX) is None
    assert parse_number("point six", LEX) is None
    assert parse_number("four point twelve", LEX) is None


def test_a_figure_said_aloud_with_its_decimals_is_read_whole():
    from auditor.extract.figures import find_figures

    (found,) = find_figures("We turned over four point six million pounds last year.", LEX)
    assert found.quantity.value == 4_600_000 and found.quantity.unit == "GBP"


@pytest.mark.parametrize(
    "word,scale",
    [("million", 1e6), ("Billion", 1e9), ("bn", 1e9), ("B", 1e9), ("mln", 1e6), ("k", 1e3), ("tn", 1e12),
     ("crore", 1e7), ("lakh", 1e5), ("dozen", 12), (None, None), ("apples", None)],
)
def test_scale_value(word, scale):
    assert scale_value(word, LEX) == scale


def test_scale_multiplies_value_and_step():
    amount = apply_scale(parse_number("1.3", LEX), 1e9)
    assert math.isclose(amount.value, 1.3e9) and math.isclose(amount.precision, 0.05e9)


@pytest.mark.parametrize("text", ["1,300", "1.3", "94,000", "12"])
def test_digits_pattern_takes_the_whole_number(text):
    assert re.fullmatch(DIGITS, text)


def test_word_number_pattern_needs_a_scale_after_an_article():
    pattern = re.compile(word_number_pattern(LEX))
    assert pattern.match("a million").group() == "a"
    assert pattern.match("a dog") is None
    assert pattern.match("twenty-five people").group() == "twenty-five"


def test_year_like():
    assert is_year_like("2024") and is_year_like("1800") and is_year_like("2100")
    assert not is_year_like("2101") and not is_year_like("1799") and not is_year_like("2,024") and not is_year_like("24")


@pytest.mark.parametrize(
    "word,plural",
    [("employees", True), ("startups", True), ("people", True), ("process", False), ("autonomous", False),
     ("has", False), ("Employees", False), ("series", False), ("analysis", False), ("gas", False)],
)
def test_is_plural_noun(word, plural):
    assert is_plural_noun(word, LEX) is plural


def test_trie_pattern_matches_exactly_its_words():
    words = ["one", "on", "once", "two", "ten", "tens"]
    pattern = re.compile(f"(?:{trie_pattern(words)})$")
    for word in words:
        assert pattern.match(word)
    for word in ["o", "onc", "t", "twos", "te"]:
        assert not pattern.match(word)


_EVENTS = load_events()
BOUNDARY_TEXT = st.one_of(
    st.text(max_size=60),
    st.lists(
        st.sampled_from(["raised", "will", "plans to", "Raised", "acquired", "-", "'", "x", " ", "pre-seed", "_", "é", "9", "willing"]),
        max_size=12,
    ).map("".join),
)


@settings(max_examples=500, deadline=None)
@given(BOUNDARY_TEXT, st.integers(min_value=0, max_value=20), st.integers(min_value=0, max_value=80))
def test_after_boundary_finds_what_its_look_behind_pattern_finds(text, pos, endpos):
    pos, endpos = min(pos, len(text)), min(max(pos, endpos), len(text))
    for pattern in (_EVENTS.trigger_pattern, _EVENTS.future_cues):
        plain = pattern.plain
        assert pattern.spans(text, pos, endpos) == [m.span() for m in plain.finditer(text, pos, endpos)]
        assert pattern.search(text, pos, endpos) is (plain.search(text, pos, endpos) is not None)


def test_shipped_triggers_and_cues_take_the_fast_form():
    # Both open and close with a word character, so the look-behind-free
    # form applies (and the test above compares it with the plain one).
    assert _EVENTS.trigger_pattern.led is not None
    assert _EVENTS.future_cues.led is not None


def _flat_alternation(words, case_insensitive: bool) -> str:
    """The form alternation() replaced: every word, longest first, one after another."""
    parts = [re.escape(w).replace(r"\ ", r"[\s\-]+") for w in sorted(set(words), key=lambda w: (-len(w), w))]
    body = "|".join(parts)
    return (f"(?i:{body})" if case_insensitive else f"(?:{body})") + r"(?![\w])"


ALTERNATION_WORDS = st.lists(st.sampled_from(["m", "mn", "mln", "Mn", "bn", "b", "up to", "up", "US", "usd", "c.", "k"]), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(ALTERNATION_WORDS, st.booleans(), st.text(alphabet="mnlbupto USDdc.k -x", max_size=20))
def test_alternation_trie_matches_what_the_flat_longest_first_alternation_matches(words, case_insensitive, text):
    trie = re.compile(alternation(words, case_insensitive=case_insensitive))
    flat = re.compile(_flat_alternation(words, case_insensitive))
    for position in range(len(text) + 1):
        found, expected = trie.match(text, position), flat.match(text, position)
        assert (found and found.span()) == (expected and expected.span())


def _flat_trigger_pattern(triggers) -> re.Pattern[str]:
    """The trigger pattern as first written: every trigger, longest first, one after another."""
    body = "|".join(
        re.escape(t) + (r"(?![\w'-])" if " " not in t else r"(?![\w-])") for t in sorted(triggers, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{body})")


# Triggers that are prefixes of others, ending in a word, a phrase, a hyphen or
# a possessive: where a trie could end a word too early or too late.
TRIGGER_WORDS = st.lists(
    st.sampled_from(["take", "take over", "takeover", "takeover bid", "bid", "bids", "deal", "deal for", "buy", "buy-out", "buyout", "raised", "raise", "series a"]),
    min_size=1, max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(TRIGGER_WORDS, st.lists(st.sampled_from(["take", "over", "bid", "s", "-out", "out", "deal", " for", "for", "buy", "raise", "d", "series a", "'s", "'", "-", " ", "  ", "x", "é"]), max_size=12).map("".join))
def test_trigger_trie_finds_what_the_longest_first_alternation_finds(triggers, text):
    from auditor.extract.events import _trigger_pattern

    trie = _trigger_pattern(list(dict.fromkeys(triggers)))
    flat = _flat_trigger_pattern(set(triggers))
    assert [m.span() for m in trie.plain.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert trie.spans(text) == [m.span() for m in flat.finditer(text)]


def test_shipped_triggers_are_found_as_by_the_longest_first_alternation():
    text = "it agreed to buy the takeover bid; a take-private deal for shares was taken over by buyers, series a's buy-outs"
    flat = _flat_trigger_pattern(_EVENTS.triggers)
    assert _EVENTS.trigger_pattern.spans(text) == [m.span() for m in flat.finditer(text)]
    assert _EVENTS.trigger_pattern.spans(text)
