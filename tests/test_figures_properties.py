"""Properties of find_figures and find_dates on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.extract.dates import find_dates
from auditor.extract.figures import _clean, _patterns, _prefix_starts, document_anchors, figure_anchors, find_figures
from auditor.extract.lexicon import load_lexicon
from auditor.extract.numbers import lowered

# Text built from figure-ish fragments finds the interesting paths far more
# often than uniform Unicode.
FRAGMENTS = st.sampled_from(
    [
        "$", "€", "£", "US$", "c $", " ", "-", "–", "%", "+", "~", ",", ".", "0", "1", "5", "12", "1,300", "2024",
        "3.5", "million", "billion", "bn", "m", "over", "about", "between", "and", "to", "from", "employees",
        "new", "data", "centers", "hundreds", "of", "millions", "eight", "-figure", "MW", "GWh", "exaflops",
        "percent", "dollars", "cents", "March", "Q3", "FY", "mid-", "in", "Qwen", "HBM4", "(", ")", "\n",
        # Rates, joined codes, gaps, negatives, compounds.
        "USD", "Rs", "$US", "COP", "\u2212", "   ", "\u00a0", "m³", "/", "d", "t", "yr-1", "per", "a", "year",
        "share", "each", "daily", "tonnes", "of", "urea", "litres", "second", "km/h", "-bed", "hospital",
    ]
)
TEXT = st.one_of(st.text(max_size=200), st.lists(FRAGMENTS, max_size=40).map("".join))


def _well_formed(text, matches):
    previous_end = 0
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        assert match.start >= previous_end
        previous_end = match.end


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_find_figures_is_total_sorted_disjoint_and_deterministic(text):
    first = find_figures(text)
    _well_formed(text, first)
    assert find_figures(text) == first
    for figure in first:
        q = figure.quantity
        assert q.low is None or q.high is None or q.low <= q.high
    if not figure_anchors(text):
        assert first == [] and find_dates(text) == []


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_find_dates_is_total_sorted_and_deterministic(text):
    first = find_dates(text)
    starts = [d.start for d in first]
    assert starts == sorted(starts)
    for date in first:
        assert 0 <= date.start < date.end <= len(text)
        assert text[date.start : date.end] == date.text
        assert 1800 <= date.year <= 2100
    assert find_dates(text) == first


@settings(max_examples=100, deadline=None)
@given(TEXT, TEXT)
def test_offsets_shift_with_a_prefix(prefix, text):
    """A figure's reading does not depend on unrelated text far before it."""
    padded = prefix + " . " + "x " * 40 + text
    shift = len(padded) - len(text)
    alone = [(f.start + shift, f.end + shift, f.quantity) for f in find_figures(text)]
    within = [(f.start, f.end, f.quantity) for f in find_figures(padded) if f.start >= shift]
    assert within == alone


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXT, st.lists(st.sampled_from(["a few", "a", "few", "one", "Ones", "dozen", "lakh", "x"]), max_size=8).map(" ".join)))
def test_anchor_shortcut_finds_what_the_full_anchor_scan_finds(text):
    # figure_anchors skips the number-word part of its scan when no word of
    # the text can be one; the result must not change.
    patterns = _patterns(load_lexicon())
    assert figure_anchors(text) == [m.start() for m in patterns.anchor.finditer(lowered(text))]


WORDY = st.lists(
    st.sampled_from(["a few", "a couple of", "a", "few", "one", "Ones", "someone", "dozen", "lakh", "tens", "x", "5", "$", "2024"]),
    max_size=12,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(TEXT, WORDY), min_size=1, max_size=4))
def test_document_anchors_give_each_span_between_spaces_its_own_anchors(parts):
    # The first pass scans a whole document once and hands each sentence the
    # anchors inside it: they must be the sentence's own, unless an anchor
    # ("a few") runs across its edge.
    text = " ".join(parts)
    whole = document_anchors(text)
    assert whole == [m.span() for m in _patterns(load_lexicon()).anchor.finditer(lowered(text))]
    start = 0
    for part in parts:
        end = start + len(part)
        if not any(a < start < b or a < end < b for a, b in whole):
            assert [a - start for a, _ in whole if start <= a < end] == figure_anchors(part)
        start = end + 1


PREFIXY = st.lists(
    st.sampled_from(["about", "over", "up to", "no more than", "more than", "a", "an", "us", "u.s.", "c.", "~", "≈", "$", "5", "x", " ", "-", "aboutx", "."]),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(TEXT, PREFIXY), st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=60))
def test_prefix_starts_are_those_of_the_prefix_pattern(text, start, end):
    patterns = _patterns(load_lexicon())
    low = lowered(text)
    start = min(start, len(low))
    everywhere = [m.start() for m in patterns.prefix.finditer(low, start)]
    assert _prefix_starts(low, start, patterns) == everywhere
    assert _prefix_starts(low, start, patterns, end) == [s for s in everywhere if s < end]


MAGNITUDEY = st.lists(
    st.sampled_from(
        ["eight", "-", "figure", "FIGURE", "Hundreds", " of ", "MILLIONS", "a few", "a\u00a0few", "A-Few", "several",
         "billion", "dozens", "tens", "bare", "$", "5", "10", " ", "in", "euros", "sum", "Figures", "s"]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(TEXT, MAGNITUDEY))
def test_a_magnitude_always_holds_one_of_its_cues(text):
    patterns = _patterns(load_lexicon())
    if patterns.magnitude.search(text) is not None:
        low = lowered(text)
        assert any(cue in low for cue in patterns.magnitude_cues)


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(
        st.floats(allow_nan=False),
        st.integers(min_value=-(10**13), max_value=10**13).map(float),
        st.sampled_from([0.0, -0.0, 999_999_999_999.0, 1e12, -1e12, 1_234_567_890_123.0, 16399999.999999998]),
    )
)
def test_clean_keeps_twelve_significant_digits(number):
    assert repr(_clean(number)) == repr(float(f"{number:.12g}"))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(["\u0130", "\u03a3", "\u03c3", "A", "a", "\u00c9", " ", "\u1e9e", "x"]), max_size=20).map("".join)))
def test_lowered_is_each_character_lowered_alone_keeping_every_offset(text):
    expected = text.lower()
    if len(expected) != len(text):  # "\u0130" lowers to two characters: it stays; the others lower alone (no final sigma)
        expected = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    assert lowered(text) == expected
    assert len(lowered(text)) == len(text)
