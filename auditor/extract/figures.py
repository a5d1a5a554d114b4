"""Figures in prose: money, percentages, physical quantities and counts.

``find_figures`` turns every figure in a string into a :class:`model.Quantity`
with its span. It is regex-driven: three big patterns, compiled once per
lexicon from the YAML word lists, are run over the text in C; Python only
looks at what they matched.

* the *figure* pattern: ``[qualifier] [between|from] [currency] amount [unit]
  [(-|to|and) [currency] amount [unit]] [+]`` where the unit is a currency
  name or code, a percent form or a physical unit;
* the *magnitude* pattern: ``eight-figure``, ``hundreds of millions``,
  ``several million``, ``billions of dollars``;
* the *count* pattern: a number followed by a plural noun, possibly after up
  to two modifiers (``12 new data centers``), or a compound count (``a
  280-bed hospital``).

What follows a figure may make it a rate (``EUR 120 million a year``,
``135,000 m³/d``) or say what a mass or volume is of (``tonnes of urea``):
:mod:`auditor.extract.rates` reads that after the match.

Where they overlap, figures beat magnitudes beat counts. To stay fast, the
patterns are only tried near *anchors* (a digit, a currency sign, a number
word), found by one cheap pattern.

Conservative by design: a figure is emitted only with a currency, a percent
sign, a unit or a counted plural noun; a bare number (a year, a version such
as ``Qwen 3.5``, ``PCIe 8.0``) is not a figure. A year-like integer
(1800-2100, no separator) is never a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from auditor import model
from auditor.extract.lexicon import Lexicon, load_lexicon, per_lexicon
from auditor.extract.numbers import (
    DIGITS,
    SPACE,
    AfterBoundary,
    Amount,
    alternation,
    anchored_matches,
    any_case_char,
    apply_scale,
    case_variants,
    is_plural_noun,
    is_year_like,
    literal_starts,
    lowered,
    parse_number,
    scale_value,
    trie_pattern,
    scaled_word_number_pattern,
    word_number_pattern,
)
from auditor.extract.rates import as_rate, rate_of_its_measure, read_measured, read_rate


class FigureMatch(NamedTuple):
    start: int  # offsets into the string passed in
    end: int
    quantity: model.Quantity


_SP = SPACE
# A model's designation: letters, digits and hyphens with a digit, maybe
# after a maker's name and with a short suffix ("KA-320", "Boeing 737",
# "A321neo", "A350-900").
# (A month and its year is no maker and model: "at 30 June 2025 guests booked".)
_MODEL = (
    r"(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][a-z]+\s+)?"
    r"(?=[A-Z\d-]*\d)[A-Z\d][A-Z\d]*(?:-[A-Z\d]+)*(?:[a-z]{1,3}(?=s?\b))?"
)
# What stands between an amount and its scale word once loaders have blanked
# markup to spaces of the same length: "**$4** billion" reaches the reader
# as "  $4   billion", "$38&nbsp;million" as "$38\u00a0     million". A line
# break may fall there too ("$3" + newline + "billion"); a blank line may not.
# Before a unit only spaces may (see ``_measure_unit``), never a line break:
# "Revenue 2024" + newline + "EUR 5m" is no figure of EUR 2,024.
_SPACES_GAP = rf"{_SP}{{1,64}}"
_LINE_GAP = rf"{_SP}{{0,64}}\r?\n{_SP}{{0,64}}"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_DASH = f"[{_DASHES}]"
# A minus sign before an amount: "$-50.8bn", "-$3m" (not a dash: "2020 – $3m").
_MINUS = "-\u2212"
# Digits with a decimal comma ("US$1,8 billion"): only before a scale, where a
# thousands separator ("1,800 million") cannot be meant.
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?!\d)"
# A denominator written as a power: " yr-1", " ha⁻¹".
# What follows a unit's symbol read alone ("241,000 t abroad", "905,000 t."):
# a word in lower case or a stop, never a letter, a digit or a slash.
_SPACED_SYMBOL_AFTER = r"(?=[ \t]+(?:of\b|[a-z]{2,})|[ \t]*[,;:)]|[ \t]*\.(?!\d)|[ \t]*$)"
_RATE_EXPONENT = rf"{_SP}[A-Za-z\u00b2\u00b3]{{1,6}}(?:-1|\u207b\u00b9)(?!\d)"
# How far before an anchor a figure may start ("between approximately US$ ").
_LOOKBACK = 48
_WINDOW = 240


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True, slots=True)
class _Patterns:
    prefix: re.Pattern[str]
    # The word part of ``prefix``, found apart from its marks; None when a
    # prefix word does not open with a letter a-z or holds a prefix mark (the
    # two parts could then overlap, so only ``prefix`` itself is exact).
    prefix_words: AfterBoundary | None
    prefix_marks: tuple[str, ...]
    prefix_longest: int  # the length of the longest prefix word
    anchor: re.Pattern[str]
    anchor_marks: re.Pattern[str]  # the digit and currency-sign part of ``anchor``
    # The same, split: digits and signs below U+0100 (a class the engine tests
    # with a bitmap) and the other signs, one character each.
    anchor_narrow_marks: re.Pattern[str]
    anchor_wide_signs: tuple[str, ...]
    anchor_words: frozenset[str]  # its one-word number words ...
    anchor_phrases: tuple[str, ...]  # ... and the others ("a few")
    # The number-word part of ``anchor``, searched on its own; None unless
    # every word opens and closes with a letter a-z and holds no digit or
    # sign (then no word can overlap a digit or sign anchor, and the search
    # without a look-behind is exact).
    anchor_word_spans: AfterBoundary | None
    figure: re.Pattern[str]
    magnitude: re.Pattern[str]
    # Every match of ``magnitude`` holds one of these in the lowered text (a
    # figure noun, a plural scale, a vague number or a bare magnitude): a
    # sentence without them is not scanned for magnitudes.
    magnitude_cues: tuple[str, ...]
    count: re.Pattern[str]
    money_context_after: re.Pattern[str]
    count_noun_after: re.Pattern[str]


def _symbol_pattern(form: str) -> str:
    """A currency symbol form: letter prefixes in any case when longer than
    one letter, optional dots, optional space before the ``$``; letters after
    a leading ``$`` ("$US", "$A") as written."""
    if form.startswith("$") and len(form) > 1:
        return re.escape(form)
    if "$" in form and form != "$":
        letters = form[: form.index("$")]
        if sum(ch.isalpha() for ch in letters) > 1:
            core = "".join(r"\.?" if ch == "." else any_case_char(ch) for ch in letters)
        else:
            core = re.escape(letters).replace(r"\.", r"\.?")
        return rf"\b{core}{_SP}?\$"
    return re.escape(form)


def _symbol_first_chars(form: str) -> set[str] | None:
    """The characters a match of ``_symbol_pattern(form)`` can open with (None: any)."""
    if "$" in form and not form.startswith("$"):
        letters = form[: form.index("$")]
        if letters.startswith("."):
            return None  # an optional dot first: the next character may open it
        if sum(ch.isalpha() for ch in letters) > 1:
            return case_variants(letters[0])
        return {letters[0]}
    return {form[0]}


def _currency_prefix(lexicon: Lexicon) -> str:
    symbols = sorted(lexicon.currency_symbols, key=lambda s: (-len(s), s))
    parts = [_symbol_pattern(s) for s in symbols]
    codes = alternation(lexicon.currency_codes, case_insensitive=False, boundary=False)
    names = alternation(lexicon.currency_prefix_names, case_insensitive=False, boundary=False)
    body = rf"(?:{'|'.join(parts)}|\b{codes}(?![A-Za-z])|\b{names}(?=[\s\d]))"
    firsts: set[str] | None = set()
    for form in symbols:
        chars = _symbol_first_chars(form)
        firsts = None if chars is None or firsts is None else firsts | chars
    if firsts is not None:
        firsts |= {w[0] for w in [*lexicon.currency_codes, *lexicon.currency_prefix_names] if w}
    return _opening_with(firsts, body)


def _opening_with(firsts: set[str] | None, body: str) -> str:
    """``body`` behind a look-ahead for the characters it can open with: where
    none is next (at a digit, mostly), the engine drops the whole part at
    once instead of trying each of its alternatives."""
    if firsts is None:
        return body
    if not firsts:
        return "(?!)"
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" + body


def _case_variants(words) -> set[str]:
    """The first letters of ``words`` in both cases (as ``alternation`` matches them)."""
    return {v for w in words if w for v in case_variants(w[0])}


def _measure_unit(lexicon: Lexicon) -> str:
    """A percent form or a physical unit: what may follow a figure across a
    blanked markup gap ("**5** MW"). A currency may not: a table row blanks
    to "37.0   USD 18.4bn", whose "USD" belongs to the next cell."""
    percent_words = [p for p in lexicon.percent_forms if p[0].isalpha()]
    percent_marks = [p for p in lexicon.percent_forms if not p[0].isalpha()]
    return (
        f"(?:{alternation(percent_marks, case_insensitive=False, boundary=False)}"
        f"|{alternation(percent_words)}"
        f"|{alternation(lexicon.unit_symbols, case_insensitive=False)}|{alternation(lexicon.unit_words)})"
    )


def _unit(lexicon: Lexicon, i: int) -> str:
    names = alternation(lexicon.currency_names)
    codes = alternation(lexicon.currency_codes, case_insensitive=False)
    symbols = [s for s in lexicon.currency_symbols if "$" not in s]
    suffix_symbols = alternation(symbols, case_insensitive=False, boundary=False)
    percent_words = [p for p in lexicon.percent_forms if p[0].isalpha()]
    percent_marks = [p for p in lexicon.percent_forms if not p[0].isalpha()]
    percent = (
        f"(?:{alternation(percent_marks, case_insensitive=False, boundary=False)}"
        f"|{alternation(percent_words)})"
    )
    unit_symbols = alternation(lexicon.unit_symbols, case_insensitive=False)
    unit_words = alternation(lexicon.unit_words)
    # A rate-only symbol ("t") counts when a denominator follows: "/yr", " yr-1".
    rate_symbols = alternation(lexicon.unit_rate_symbols, case_insensitive=False) + rf"(?={_SP}?/|{_RATE_EXPONENT})"
    if lexicon.unit_spaced_symbols:
        # "241,000 t abroad": a rate's symbol read alone, a physical unit (tried after the rate's reading).
        # (After two digits at least: "grade 5 t here" is a letter.)
        unit_words = rf"{unit_words}|(?:(?<=\d\d)|(?<=\d\d[ \t\u00a0])){alternation(lexicon.unit_spaced_symbols, case_insensitive=False)}{_SPACED_SYMBOL_AFTER}"
    firsts = _case_variants([*percent_words, *lexicon.unit_words, *lexicon.currency_names])
    firsts |= {
        w[0]
        for w in [*percent_marks, *lexicon.unit_symbols, *lexicon.unit_rate_symbols, *lexicon.currency_codes, *symbols]
        if w
    }
    return _opening_with(
        firsts,
        rf"(?:(?P<pc{i}>{percent})|(?P<rt{i}>{rate_symbols})|(?P<ph{i}>{unit_symbols}|{unit_words})"
        # ("£34,000–£38,000": a symbol before the next amount opens it, ends no amount.)
        rf"|(?P<cn{i}>{names})|(?P<cc{i}>{codes})|(?P<cs{i}>{suffix_symbols})(?![ \t\u00a0]?\d))",
    )


def _amount(lexicon: Lexicon, i: int, words: str) -> str:
    scale_words = alternation(lexicon.scales)
    # "m³", "m3": a unit, not millions.
    abbreviations = alternation(lexicon.scale_abbreviations, boundary=False) + r"(?![A-Za-z0-9\u00b2\u00b3])"
    # With no currency written before it, a letter before a denominator is a
    # unit ("4.5 t/yr", "5 t ha-1"), not a scale ("$5m/yr").
    bare_abbreviations = rf"{abbreviations}(?!{_SP}?/|{_RATE_EXPONENT})"
    if lexicon.unit_spaced_symbols:
        # "241,000 t abroad": with no currency, a unit's symbol, not trillions.
        bare_abbreviations = rf"(?!(?:(?<=\d\d)|(?<=\d\d[ \t\u00a0])){alternation(lexicon.unit_spaced_symbols, case_insensitive=False)}{_SPACED_SYMBOL_AFTER}){bare_abbreviations}"
    if i == 1:
        abbreviation = rf"(?(cur1){abbreviations}|{bare_abbreviations})"
    else:
        abbreviation = rf"(?(cur2){abbreviations}|(?(cur1){abbreviations}|{bare_abbreviations}))"
    scale_gap = rf"(?:{_SPACES_GAP}|{_LINE_GAP}(?={scale_words})|-)?"
    return (
        rf"(?P<n{i}>{_DECIMAL_COMMA}(?={scale_gap}(?:{scale_words}|{abbreviations}))|{DIGITS}|{words})"
        rf"(?:{scale_gap}(?P<sc{i}>{scale_words}|{abbreviation}))?"
    )


@per_lexicon
def _patterns(lexicon: Lexicon) -> _Patterns:
    words = scaled_word_number_pattern(lexicon)
    word_quals = [q for q in lexicon.qualifiers if q[0].isalpha()]
    mark_quals = [q for q in lexicon.qualifiers if not q[0].isalpha()]
    # "c." and "approx." end with a dot; alternation()'s closing (?!\w) still holds.
    qualifier = _opening_with(
        _case_variants(word_quals) | {q[0] for q in mark_quals if q},
        rf"(?:\b(?P<q>{alternation(word_quals)}){_SP}*"
        rf"|(?P<qs>{alternation(mark_quals, case_insensitive=False, boundary=False)}){_SP}?)",
    )
    currency = _currency_prefix(lexicon)
    suffix_over = alternation(lexicon.suffix_over, case_insensitive=False, boundary=False)
    minor_names = [n for n, (_, f) in lexicon.currency_names.items() if f != 1.0]
    below_100 = word_number_pattern(lexicon)
    minor = (
        rf"(?:,?{_SP}+(?:(?i:and){_SP}+)?(?P<mn>\d{{1,2}}|{below_100}){_SP}+"
        rf"(?P<mu>{alternation(minor_names)}))"
    )
    # "40-megawatt", "a 12-tonne": a dash joining the number to its unit; a
    # dash set off by spaces ("2021 - USD 18 million") parts two clauses.
    unit_sep = rf"(?:{_DASH}(?!{_SP})|{_SP}(?!{_SP})|{_SPACES_GAP}(?={_measure_unit(lexicon)}))?"
    figure = (
        rf"(?:{qualifier})?"
        rf"(?:(?=[bBfF])\b(?P<btw>(?i:between|from)){_SP}+)?"
        rf"(?:(?P<cur1>{currency}){_SP}?)?"
        # After a currency the amount may be joined to it ("USD10m", "Rs850
        # crore") or negative ("$-50.8bn"); alone it must start a token.
        rf"(?(cur1)(?P<neg1>[{_MINUS}])?|(?<![\w.,])(?<![A-Za-z]{_DASH}))"
        rf"{_amount(lexicon, 1, words)}"
        rf"(?:{unit_sep}(?P<u1>{_unit(lexicon, 1)}){minor}?)?"
        rf"(?:{_SP}*(?P<rsep>(?(btw)(?:(?i:and|to)|{_DASH})|(?:{_DASH}|(?i:to))))(?![\w]{_DASH}){_SP}*"
        rf"(?:(?P<cur2>{currency}){_SP}?)?"
        rf"{_amount(lexicon, 2, words)}"
        rf"(?:{unit_sep}(?P<u2>{_unit(lexicon, 2)}))?)?"
        rf"(?P<plus>{suffix_over})?"
    )

    small_words = [w for w, v in lexicon.number_words.items() if 1 <= v <= 19]
    figure_number = rf"(?:{alternation(small_words)}|\d{{1,2}})"
    multipliers = alternation(lexicon.magnitude_multipliers)
    vague = alternation(lexicon.vague_numbers)
    plural_scales = alternation(lexicon.plural_scales)
    scale_words = alternation(lexicon.scales)
    bare = alternation(lexicon.bare_magnitudes)
    figure_nouns = alternation(lexicon.figure_nouns)
    magnitude = (
        rf"(?:{qualifier})?"
        rf"(?:(?P<fig>\b{figure_number}){_DASH}?{_SP}?{figure_nouns}"
        rf"|\b(?P<mult>{multipliers}){_SP}+(?i:of){_SP}+(?P<ms>{plural_scales})"
        rf"|\b(?P<vague>{vague}){_SP}+(?P<vs>{scale_words})"
        rf"|\b(?P<pl>{plural_scales})"
        rf"|\b(?P<bare>{bare}))"
        rf"(?:{_SP}+(?:(?i:of){_SP}+)?(?P<tcur>{alternation(lexicon.currency_names)}))?"
    )

    plain_scales = alternation(lexicon.scales)
    counted_abbreviation_not = (
        rf"(?!{alternation(lexicon.counted_abbreviations, case_insensitive=False)}(?![\w-]))"
        if lexicon.counted_abbreviations
        else ""
    )
    count = (
        rf"(?:{qualifier})?"
        rf"(?<![\w.,/:#$£€¥₹%{_DASHES}])"
        # A compound count: "a 280-bed hospital", "the 36-train order".
        # ("a 46,000-hold order", "a 1,200-seat arena": with its thousands written apart.)
        # ("the 680-bed Wharfside House", "The 1,150-seat Albion": before the name it describes.)
        rf"(?:(?P<cn>\d{{1,3}}(?:,\d{{3}})+|\d{{1,5}})-(?P<cw>[a-z]{{2,}})(?![\w\-])(?={_SP}+[A-Za-z])"
        # "between 305 and 550 passengers": a range only after "between".
        # ("3.6m passengers", "1.2bn users": a scale's letters joined to the digits.)
        rf"|(?P<cbtw>(?i:between){_SP}+)?(?P<n1>{DIGITS}|{words})(?![\w.,]\d)(?:{_SP}(?P<sc1>{plain_scales})|(?<=\d)(?P<sa1>mn|bn|m|k)(?![\w-]))?"
        rf"(?:{_SP}*(?:{_DASH}|(?i:to)|(?(cbtw)(?i:and)|(?!))){_SP}*(?P<n2>{DIGITS}|{words})(?:{_SP}(?P<sc2>{plain_scales}))?)?"
        rf"(?P<plus>{suffix_over})?"
        # "twelve 16,000-TEU vessels": a number joined to its unit describes
        # the thing counted; so does a model's designation ("40 KA-320
        # narrowbody jets", "100 Boeing 737 jets"), or it is what is counted ("45 A320s").
        # So does a place or a nationality ("60 UK stores", "12 German plants";
        # the document model drops the count when the word is neither).
        rf"(?={_SP}+(?:(?P<models>{_MODEL}s)(?![\w-])|(?:\d[\d,.]*-[A-Za-z]+{_SP}+|{_MODEL}{_SP}+|{counted_abbreviation_not}[A-Z][^\W\d_]+{_SP}+)?"
        # ("4 shepherd's huts", "12 children's centres": a possessive compound.)
        rf"(?:(?P<words>[a-z][a-z\-]*(?:['\u2019]s(?={_SP}+[a-z]))?(?:{_SP}+[a-z][a-z\-]*){{0,3}})"
        rf"|(?P<abbr>{alternation(lexicon.counted_abbreviations, case_insensitive=False) if lexicon.counted_abbreviations else '(?!)'})(?![\w-])))))"
    )

    money_context_after = re.compile(
        rf"{_SP}+(?i:in|of|for){_SP}+(?:[a-z\-]+{_SP}+)?{alternation(lexicon.money_context)}"
        rf"|{_SP}+(?:[a-z\-]+{_SP}+)?{alternation(lexicon.money_context)}"
    )
    count_noun_after = re.compile(
        rf"{_SP}+(?:(?i:of){_SP}+)?(?P<words>[a-z][a-z\-]*(?:{_SP}+[a-z][a-z\-]*){{0,2}})"
    )

    anchor_words = (
        list(lexicon.number_words)
        + list(lexicon.scales)
        + list(lexicon.plural_scales)
        + list(lexicon.bare_magnitudes)
        + list(lexicon.magnitude_multipliers)
        + list(lexicon.vague_numbers)
    )
    symbol_chars = sorted({ch for s in lexicon.currency_symbols for ch in s if not ch.isalpha() and ch != "."})
    # Anchors are searched in the lower-cased text: a character class and a
    # trie, both cheap for the regex engine.
    symbols = "".join(re.escape(c) for c in symbol_chars)
    anchor = (
        rf"[0-9]+(?:[.,][0-9]+)*|[{symbols}]"
        rf"|(?<![a-z]){trie_pattern(sorted({w.lower() for w in anchor_words}))}(?![a-z])"
    )
    # The same digits and signs, written to open with one character class:
    # the engine then jumps from one candidate character to the next.
    anchor_marks = rf"[0-9{symbols}](?:(?<=[0-9])[0-9]*(?:[.,][0-9]+)*)?"
    lower_words = {w.lower() for w in anchor_words}
    # Where a figure may begin before its anchor: a qualifier, "between",
    # a currency prefix ("US$", "USD", "Rs"), an article before a scale.
    prefix_words = {w.lower() for w in lexicon.qualifiers if w[0].isalpha()}
    prefix_words |= {"between", "from", "a", "an", "half"}
    prefix_words |= {c.lower() for c in lexicon.currency_codes}
    prefix_words |= {p.lower().rstrip(".") for p in lexicon.currency_prefix_names}
    prefix_words |= {
        s[: s.index("$")].lower().split(".")[0] for s in lexicon.currency_symbols if "$" in s and s[0] != "$"
    }
    prefix_words.discard("")
    prefix_marks = {q[0] for q in lexicon.qualifiers if not q[0].isalpha()}
    prefix_trie = trie_pattern(sorted(prefix_words))
    prefix = (
        rf"(?<![a-z]){prefix_trie}(?![a-z])"
        rf"|[{''.join(re.escape(c) for c in sorted(prefix_marks))}]"
    )
    word_led = all("a" <= w[0] <= "z" and not any(m in w for m in prefix_marks) for w in prefix_words)
    return _Patterns(
        prefix=re.compile(prefix),
        prefix_words=AfterBoundary(rf"{prefix_trie}(?![a-z])", "a-z") if word_led else None,
        prefix_marks=tuple(sorted(prefix_marks)),
        prefix_longest=max(map(len, prefix_words), default=0),
        anchor=re.compile(anchor),
        anchor_marks=re.compile(anchor_marks),
        anchor_narrow_marks=re.compile(
            rf"[0-9{''.join(re.escape(c) for c in symbol_chars if ord(c) < 256)}](?:(?<=[0-9])[0-9]*(?:[.,][0-9]+)*)?"
        ),
        anchor_wide_signs=tuple(c for c in symbol_chars if ord(c) >= 256),
        anchor_words=frozenset(w for w in lower_words if _LETTERS.fullmatch(w)),
        anchor_phrases=tuple(sorted(w for w in lower_words if not _LETTERS.fullmatch(w))),
        anchor_word_spans=(
            AfterBoundary(rf"{trie_pattern(sorted(lower_words))}(?![a-z])", "a-z")
            if all(_ASCII_WORD_EDGES.fullmatch(w) for w in lower_words)
            and not any(ch.isdigit() or ch in symbol_chars for w in lower_words for ch in w)
            else None
        ),
        figure=re.compile(figure),
        magnitude=re.compile(magnitude),
        magnitude_cues=_required_pieces(
            [*lexicon.figure_nouns, *lexicon.plural_scales, *lexicon.vague_numbers, *lexicon.bare_magnitudes]
        ),
        count=re.compile(count),
        money_context_after=money_context_after,
        count_noun_after=count_noun_after,
    )


def _required_pieces(words) -> tuple[str, ...]:
    """For each word, a piece that any text ``alternation(words)`` matches in
    holds once lowered: its longest run without a space (a space in a word
    matches spaces and hyphens). A piece holding another is left out: the
    shorter one is found wherever the longer is."""
    pieces = {max(lowered(w).split(" "), key=len) for w in words if w.strip()}
    return tuple(sorted(p for p in pieces if not any(q != p and q in p for q in pieces)))


def figure_anchors(text: str, lexicon: Lexicon | None = None) -> list[int]:
    """Offsets of the anchors in ``text``: digits, currency signs, number and
    magnitude words. Empty means ``find_figures`` and ``find_dates`` would
    find nothing, so it doubles as the cheap pre-filter."""
    patterns = _patterns(lexicon or load_lexicon())
    low = lowered(text)
    # A number word is a whole run of letters, so when no run is one (and no
    # phrase is in the text) only digits and signs can anchor: a far cheaper scan.
    if patterns.anchor_words.isdisjoint(_LETTERS.findall(low)) and not any(
        phrase in low for phrase in patterns.anchor_phrases
    ):
        return [m.start() for m in patterns.anchor_marks.finditer(low)]
    return [m.start() for m in patterns.anchor.finditer(low)]


_LETTERS = re.compile("[a-z]+")
_SPACES = re.compile(r"\s+")
_SPACES_OR_HYPHENS = re.compile(r"[\s\-]+")
# Opens and closes with a letter a-z: a word AfterBoundary can search exactly.
_ASCII_WORD_EDGES = re.compile(r"[a-z](?:.*[a-z])?", re.DOTALL)


def document_anchors(text: str, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """The spans of the anchors of a whole document, found at once: for a span
    of ``text`` between whitespace that no anchor crosses, the starts inside
    it are those ``figure_anchors`` gives for the span alone.

    On a long text, the pattern's look-behind makes the engine try the
    number words at every letter; the parts searched apart let it skip ahead
    (digits and narrow signs are one class, wide signs a ``str.find`` each,
    number words an ``AfterBoundary``)."""
    patterns = _patterns(lexicon or load_lexicon())
    low = lowered(text)
    if patterns.anchor_word_spans is None:
        return [m.span() for m in patterns.anchor.finditer(low)]
    marks = [m.span() for m in patterns.anchor_narrow_marks.finditer(low)]
    for sign in patterns.anchor_wide_signs:
        marks.extend((start, start + 1) for start in literal_starts(low, sign))
    return sorted(marks + patterns.anchor_word_spans.spans(low))


# --------------------------------------------------------------------------- scanning


def find_figures(text: str, lexicon: Lexicon | None = None, anchors: list[int] | None = None) -> list[FigureMatch]:
    """Every figure in ``text``, sorted by start, non-overlapping.

    ``anchors`` are those ``figure_anchors`` returned for this text, when the
    caller already has them.
    """
    lexicon = lexicon or load_lexicon()
    patterns = _patterns(lexicon)
    low_text = lowered(text)
    if anchors is None:
        anchors = [m.start() for m in patterns.anchor.finditer(low_text)]
    if not anchors:
        return []
    # Figures start at most _LOOKBACK before their anchor: no prefix before that matters.
    # Nor does one at or after the last anchor.
    prefixes = _prefix_starts(low_text, max(0, anchors[0] - _LOOKBACK), patterns, anchors[-1])
    figures = _scan(text, anchors, prefixes, patterns.figure, lambda m: _read_figure(m, lexicon))
    # A magnitude or a count overlapping a figure would lose to it: their
    # scans skip the anchors a figure already covers.
    free = _outside(anchors, figures)
    magnitudes = (
        _scan(text, free, prefixes, patterns.magnitude, lambda m: _read_magnitude(m, text, lexicon, patterns))
        if free and any(cue in low_text for cue in patterns.magnitude_cues)
        else []
    )
    counts = _scan(text, free, prefixes, patterns.count, lambda m: _read_count(m, text, lexicon)) if free else []
    # Each scan is non-overlapping; across scans figures beat magnitudes beat counts.
    ranked = sorted(
        [(f, 0) for f in figures] + [(f, 1) for f in magnitudes] + [(f, 2) for f in counts],
        key=lambda item: (item[0].start, item[1]),
    )
    result: list[FigureMatch] = []
    for figure, rank in ranked:
        if result and figure.start < result[-1][0].end:
            if rank < result[-1][1]:
                result[-1] = (figure, rank)  # a stronger reading of the same words
            continue
        result.append((figure, rank))
    # A replaced entry may now overlap the one before it; one more pass settles it.
    settled: list[FigureMatch] = []
    for figure, _ in result:
        if settled and figure.start < settled[-1].end:
            continue
        settled.append(figure)
    if any(f.quantity.kind == "count" and f.quantity.counted for f in settled) and _ELLIPTICAL.search(text):
        settled = _with_elliptical_counts(text, settled, lexicon)
    if lexicon.counted_by_verb and any(cue in low_text for cue in _verb_count_cues(lexicon)) and _verb_counts(lexicon).search(text):
        settled = _with_verb_counts(text, settled, lexicon)
    if lexicon.staff_of_us and " of us" in text:
        settled = _with_staff_of_us(text, settled, lexicon)
    if "ound" in text and any(f.quantity.unit == "GBP" for f in settled):
        settled = [_pounds_of_stuff(text, f, lexicon) for f in settled]
    if "o " in text and any(f.quantity.qualifier == "over" for f in settled):
        settled = [_no_one_more_than(text, f) for f in settled]
    if lexicon.money_thousands and any(word in low_text for word in lexicon.money_thousands):
        settled = _spoken_thousands(text, settled, lexicon)
    return settled


# The placeholder code of an amount told in a currency the words do not name
# ("two hundred and sixty grand"): the reader gives it the document's currency.
UNNAMED_CURRENCY = "XXX"
@per_lexicon
def _thousands_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The spoken thousands after a number (``thousands`` in
    ``currencies.yaml``), and what after one makes it an adjective: a plural
    noun or a word of ``thousands_not_before`` ("two grand pianos")."""
    number = word_number_pattern(lexicon)
    words = alternation(sorted(lexicon.money_thousands, key=len, reverse=True))
    spoken = re.compile(rf"(?P<num>{number}|\d[\d,]*(?:\.\d+)?)(?P<half>\s+and\s+a\s+half)?\s+(?:{words})\b", re.IGNORECASE)
    nouns = alternation(sorted(lexicon.money_thousands_not_before, key=len, reverse=True)) or "(?!)"
    adjective = re.compile(rf"[ \t]+(?:[a-z]+s\b|(?:{nouns})\b)", re.IGNORECASE)
    return spoken, adjective


def _spoken_thousands(text: str, settled: list[FigureMatch], lexicon: Lexicon) -> list[FigureMatch]:
    """"picked up the lease for two hundred and sixty grand", "£20 grand":
    thousands of money, the slang of speech. After a currency's symbol, its
    thousands; without one, thousands of the document's currency (the
    reader gives it: ``UNNAMED_CURRENCY``)."""
    found = list(settled)
    spoken, adjective = _thousands_patterns(lexicon)
    for match in spoken.finditer(text):
        if adjective.match(text, match.end()):
            continue
        amount = parse_number(match.group("num").replace(",", ""), lexicon)
        if amount is None:
            continue
        value = amount.value + (0.5 if match.group("half") else 0.0)
        inside = [f for f in found if f.start < match.end() and match.start() < f.end]
        money = [f for f in inside if f.quantity.kind == "money" and f.quantity.unit not in (None, UNNAMED_CURRENCY)]
        if money:
            before = money[0]
            unit, start = before.quantity.unit, min(before.start, match.start())
            qualifier, written = before.quantity.qualifier, before.quantity.qualifier_text
        elif any(f.quantity.kind != "count" for f in inside):
            continue
        else:
            unit, start, qualifier, written = UNNAMED_CURRENCY, match.start(), None, None
        figure = FigureMatch(start, match.end(), bounded_quantity("money", unit, _clean(value * 1000), 500.0, qualifier, written, 0.0))
        found = sorted([f for f in found if f not in inside] + [figure], key=lambda f: f.start)
    return found


# "no Calderbrook loan costs more than ", "No pupil pays over ": a subject
# denied, its verb, then the floor it denies.
_NONE_MORE_THAN_BEFORE = re.compile(
    r"\b(?:[Nn]o|[Nn]one\s+of\s+(?:the|our|its|their)|[Nn]ot\s+one)\s+(?:[\w'\u2019&-]+\s+){0,4}?"
    r"(?:costs?|is|are|was|were|pays?|paid|charges?|charged|earns?|earned|gets?|has|have|had|exceeds?|(?:will|can|may|would)\s+(?:cost|pay|charge|earn|get|be|have))\s+$"
)


def _no_one_more_than(text: str, figure: FigureMatch) -> FigureMatch:
    """"no Calderbrook loan costs more than 26.8% APR": a floor denied is a
    ceiling, what every one of them keeps under."""
    quantity = figure.quantity
    written = (quantity.qualifier_text or "").strip()
    if quantity.qualifier != "over" or not written:
        return figure
    head = text[max(0, figure.start - 80) : figure.start]
    if text[figure.start : figure.start + len(written)].casefold() != written.casefold():
        # The qualifier stands before the figure's words: the subject and verb before it.
        stripped = head.rstrip()
        if not stripped.casefold().endswith(written.casefold()):
            return figure
        head = stripped[: len(stripped) - len(written)]
    if _NONE_MORE_THAN_BEFORE.search(head) is None:
        return figure
    return figure._replace(quantity=quantity.model_copy(update={"qualifier": "under", "low": None, "high": quantity.value}))


def barrels_are_volumes(text: str, lexicon: Lexicon) -> bool:
    """Whether a document tells of a liquid measured in barrels, oil's or
    beer's (``barrel_volume_context``): without any such word, "we sold
    94,500 barrels" counts casks, as a cooperage's or a distillery's text does."""
    lowered = text.lower()
    context = lexicon.barrel_volume_context
    return bool(set(_LOWER_WORDS.findall(lowered)) & context) or any(" " in phrase and phrase in lowered for phrase in context)


def barrels_as_casks(text: str, figure: FigureMatch) -> FigureMatch:
    """``figure`` read as a count of casks when it is a bare number of barrels
    ("94,500 barrels", no "of oil" and no rate after it)."""
    quantity = figure.quantity
    if quantity.unit != "oil_barrel" or quantity.counted or not text[: figure.end].rstrip().lower().endswith("barrels"):
        return figure
    count = quantity.model_copy(update={"kind": "count", "unit": "count", "counted": "barrels"})
    return figure._replace(quantity=count)


_LOWER_WORDS = re.compile(r"[a-z]+")


# "2.9 million pounds of hops": pounds written out, then "of" and what was
# weighed; "5 million pounds of investment" stays money (``money_context``).
_POUNDS_OF = re.compile(r"[Pp]ounds?\s+of\s+(?:(?:the|its|their|our)\s+)?(?P<noun>[a-z][a-z-]*)")
_KILOGRAMS_IN_A_POUND = 0.45359237


def _pounds_of_stuff(text: str, figure: FigureMatch, lexicon: Lexicon) -> FigureMatch:
    """A sum in pounds written out and followed by "of" and a thing that is no
    money's ("of hops", "of coffee") is a weight, read in kilograms as
    "3.4 million lb" is."""
    quantity = figure.quantity
    if quantity.unit != "GBP" or not text[: figure.end].rstrip().lower().endswith(("pound", "pounds")):
        return figure
    after = _POUNDS_OF.match(text, text.lower().rfind("pound", figure.start, figure.end))
    if after is None or after.group("noun") in lexicon.money_context:
        return figure
    factor = _KILOGRAMS_IN_A_POUND
    weight = quantity.model_copy(
        update={
            "kind": "quantity", "unit": "kilogram", "value": _clean(quantity.value * factor),
            "low": None if quantity.low is None else _clean(quantity.low * factor),
            "high": None if quantity.high is None else _clean(quantity.high * factor),
            "precision": _clean(quantity.precision * factor),
        }
    )
    return figure._replace(quantity=weight)


# "beating the 2.1 million it recorded in the whole of 2024": a number and its
# scale, the noun left out, after "the" and before no noun of its own.
_ELLIPTICAL = re.compile(r"\bthe\s+(?P<number>\d[\d,.]*\s+(?:million|billion|thousand))(?=\s+(?:it|they|we|he|she|in|of|that|which|a|an)\b|[,.;)])")


def _count_written(written: str, lexicon: Lexicon) -> model.Quantity | None:
    """The count a phrase written out for it opens on ("2.1 million patient
    visits", "1,050 seats", "46 staff"): how a number told without its noun
    is read, once the noun it counts is known."""
    return next((f.quantity for f in find_figures(written, lexicon) if f.start == 0 and f.quantity.kind == "count"), None)


def _with_elliptical_counts(text: str, figures: list[FigureMatch], lexicon: Lexicon) -> list[FigureMatch]:
    """A count whose noun is left out ("recorded 1.25 million patient visits
    ..., beating the 2.1 million it recorded in 2024") counts what the count
    before it in the sentence counts."""
    found = list(figures)
    for match in _ELLIPTICAL.finditer(text):
        start, end = match.span("number")
        if any(f.start < end and start < f.end for f in found):
            continue
        before = [f for f in found if f.end <= start and f.quantity.kind == "count" and f.quantity.counted]
        if not before:
            continue
        counted = before[-1].quantity.counted
        written = f"{match.group('number')} {counted}"
        read = _count_written(written, lexicon)
        if read is not None:
            found.append(FigureMatch(start, end, read))
    return sorted(found, key=lambda f: f.start)


# What may follow a bare number a verb counts ("still seats 1,050, became",
# "employs 46 in Leeds"): the clause's end or a word that opens no noun.
_COUNT_AFTER_VERB_END = r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|in|at|on|with|across|for|when|while|to|from|after|before|since|until|today|now)\b)"


@per_lexicon
def _verb_count_cues(lexicon: Lexicon) -> frozenset[str]:
    """The first word of each verb ``_verb_counts`` looks for, in lower case:
    most sentences hold none, and skip its scan."""
    return frozenset(verb.split()[0].casefold() for verbs in (*lexicon.counted_by_verb.values(), lexicon.seats_by_verb) for verb in verbs)


@per_lexicon
def _verb_counts(lexicon: Lexicon) -> re.Pattern[str]:
    """A verb of ``counted_by_verb``, maybe a bound, then where the figure after it starts."""
    verbs = sorted({v for forms in lexicon.counted_by_verb.values() for v in forms} | set(lexicon.seats_by_verb), key=len, reverse=True)
    bounds = sorted(lexicon.qualifiers, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?P<verb>" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs) + r")\s+"
        r"(?P<figure>(?:(?P<bound>" + "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in bounds) + r")\s+)?"
        r"(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?P<bare>" + _COUNT_AFTER_VERB_END + r")?)",
        re.IGNORECASE,
    )


def _with_verb_counts(text: str, figures: list[FigureMatch], lexicon: Lexicon) -> list[FigureMatch]:
    """A number a verb of ``counted_by_verb`` tells counts the verb's noun:
    with no noun after it ("the club, which still seats 1,050, became ...")
    it is read as a count of that noun, and after a verb whose noun is
    counted whatever follows ("seats up to 900 players") the noun after the
    number gives way to the verb's."""
    noun_of = {verb: noun for noun, verbs in lexicon.counted_by_verb.items() for verb in verbs}
    found = list(figures)
    for match in _verb_counts(lexicon).finditer(text):
        verb = " ".join(match.group("verb").casefold().split())
        noun = noun_of.get(verb)
        start = match.start("figure")
        if noun is None:
            # "The arena takes up to 1,800 spectators": a count of people a place takes is its seats.
            for index, figure in enumerate(found):
                counted = figure.quantity.counted
                if figure.start == start and figure.quantity.kind == "count" and counted and counted.split()[-1] in lexicon.seated_people:
                    found[index] = FigureMatch(figure.start, figure.end, figure.quantity.model_copy(update={"counted": "seats"}))
            continue
        if match.group("bare") is not None:
            if is_year_like(match.group("number")) or any(f.start < match.end("number") and start < f.end for f in found):
                continue
            written = f"{text[start:match.end('number')]} {noun}"
            read = _count_written(written, lexicon)
            if read is not None:
                found.append(FigureMatch(start, match.end("number"), read))
        elif noun in lexicon.counted_by_verb_whatever_follows:
            for index, figure in enumerate(found):
                if figure.start == start and figure.quantity.kind == "count" and figure.quantity.counted:
                    found[index] = FigureMatch(figure.start, figure.end, figure.quantity.model_copy(update={"counted": noun}))
    return sorted(found, key=lambda f: f.start)


@per_lexicon
def _staff_of_us_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """"There are 46 of us", "we're twelve of us": the number of the speakers."""
    before = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon.staff_of_us)
    words = "|".join(sorted(lexicon.number_words, key=len, reverse=True))
    return re.compile(
        r"(?<![\w-])(?:" + before + r")\s+(?:now\s+)?(?P<figure>(?:(?:about|around|nearly|almost|over|just\s+over|just\s+under)\s+)?"
        r"(?P<number>\d{1,3}(?:,\d{3})*|(?:" + words + r")(?:-(?:" + words + r"))?)\s+of\s+us)\b",
        re.IGNORECASE,
    )


def _with_staff_of_us(text: str, figures: list[FigureMatch], lexicon: Lexicon) -> list[FigureMatch]:
    """A number of the speakers themselves ("There are 46 of us now") is a
    count of their staff, as "we employ 46 people" is."""
    found = list(figures)
    for match in _staff_of_us_pattern(lexicon).finditer(text):
        start, end = match.span("figure")
        if any(f.start < end and start < f.end for f in found):
            continue
        number = text[start : match.end("number")]
        read = _count_written(f"{number} staff", lexicon)
        if read is not None:
            found.append(FigureMatch(start, end, read))
    return sorted(found, key=lambda f: f.start)


def _prefix_starts(low: str, start: int, patterns: _Patterns, end: int | None = None) -> list[int]:
    """The starts before ``end`` of the matches of ``patterns.prefix`` in
    ``low`` from ``start`` on.

    Word and mark matches never overlap (no prefix word holds a mark), so
    they are found apart: the words without their look-behind (every word
    opens with a letter and refuses one after it), the marks with ``str.find``.
    A word match starting before ``end`` reads at most the longest word and
    one character more, so the search stops there."""
    end = len(low) if end is None else min(end, len(low))
    if patterns.prefix_words is None:
        return [m.start() for m in patterns.prefix.finditer(low, start) if m.start() < end]
    reach = min(len(low), end + patterns.prefix_longest + 1)
    starts = [word_start for word_start, _ in patterns.prefix_words.spans(low, start, reach) if word_start < end]
    for mark in patterns.prefix_marks:
        # literal_starts, written out: this runs for every sentence with an
        # anchor, where the call and its list cost more than the search.
        found = low.find(mark, start, end)
        while found >= 0:
            starts.append(found)
            found = low.find(mark, found + 1, end)
    starts.sort()
    return starts


def _outside(anchors: list[int], figures: list[FigureMatch]) -> list[int]:
    """The anchors (sorted) that no figure (sorted, disjoint) covers."""
    if not figures:
        return anchors
    free = []
    index = 0
    for anchor in anchors:
        while index < len(figures) and figures[index].end <= anchor:
            index += 1
        if index == len(figures) or anchor < figures[index].start:
            free.append(anchor)
    return free


def _scan(text, anchors, prefixes, pattern, read) -> list[FigureMatch]:
    return anchored_matches(text, anchors, pattern, read, _LOOKBACK, _WINDOW, prefixes)


# --------------------------------------------------------------------------- reading


class _Part(NamedTuple):
    start: int
    end: int
    amount: Amount
    scale: float | None
    letter_scale: bool  # "5m": trusted only with a currency
    kind: str | None  # money | percent | quantity
    unit: str | None
    factor: float


# The named groups of amount 1 and amount 2 of the figure pattern.
_PART_GROUPS = {i: tuple(f"{name}{i}" for name in ("n", "sc", "cur", "u")) for i in (1, 2)}
_UNIT_GROUPS = {i: tuple(f"{name}{i}" for name in ("pc", "ph", "rt", "cn", "cc", "cs")) for i in (1, 2)}


def _unit_of(match: re.Match[str], i: int, lexicon: Lexicon) -> tuple[str | None, str | None, float]:
    """(kind, unit, factor) of the unit written after amount ``i``, if any."""
    percent, physical, rate_symbol, name, code, symbol = match.group(*_UNIT_GROUPS[i])
    if percent:
        unit, factor = lexicon.percent_forms[_norm(percent)]
        return "percent", unit, factor
    if physical:
        base, factor = lexicon.unit_symbols.get(physical) or (
            lexicon.unit_rate_symbols[physical] if physical in lexicon.unit_spaced_symbols else lexicon.unit_words[_norm(physical)]
        )
        return "quantity", base, factor
    if rate_symbol:
        base, factor = lexicon.unit_rate_symbols[rate_symbol]
        return "quantity", base, factor
    if name:
        code, factor = lexicon.currency_names[_norm(name)]
        return "money", code, factor
    if code:
        return "money", lexicon.currency_codes[code], 1.0
    if symbol:
        code, factor = lexicon.currency_symbols[symbol]
        return "money", code, factor
    return None, None, 1.0


def _prefix_currency(written: str | None, lexicon: Lexicon) -> tuple[str, float] | None:
    if not written:
        return None
    compact = _SPACES.sub("", written)
    if compact in lexicon.currency_symbols:
        return lexicon.currency_symbols[compact]
    undotted = compact.replace(".", "").lower()
    for form, form_undotted, letters, value in _undotted_symbols(lexicon):
        if form_undotted == undotted and (letters > 1 or form == compact):
            return value
    if compact in lexicon.currency_codes:
        return lexicon.currency_codes[compact], 1.0
    if written.strip() in lexicon.currency_prefix_names:
        return lexicon.currency_prefix_names[written.strip()]
    return None


@per_lexicon
def _undotted_symbols(lexicon: Lexicon) -> tuple[tuple[str, str, int, tuple[str, float]], ...]:
    """Each currency symbol, in the lexicon's order, with its form lowered
    without full stops and how many letters it holds: what a written prefix
    is compared with ("U.S.$", "us$"), worked out once, not for every figure."""
    return tuple(
        (form, form.replace(".", "").lower(), sum(c.isalpha() for c in form), value)
        for form, value in lexicon.currency_symbols.items()
    )


def _part(match: re.Match[str], i: int, lexicon: Lexicon) -> _Part | None:
    groups = _PART_GROUPS[i]
    number_group, scale_group, currency_group, unit_group = groups
    number, scale_text, currency, written_unit = match.group(*groups)
    if currency and _joined_no_money(match, i, lexicon):
        return None
    amount = parse_number(number, lexicon)
    if amount is None:
        return None
    scale = scale_value(scale_text, lexicon)
    amount = apply_scale(amount, scale)
    kind, unit, factor = None, None, 1.0
    cur = _prefix_currency(currency, lexicon)
    if cur is not None:
        kind, unit, factor = "money", cur[0], cur[1]
    else:  # a currency written before the amount wins ("$10 dollars")
        kind, unit, factor = _unit_of(match, i, lexicon)
    start = match.start(currency_group) if currency else match.start(number_group)
    if i == 1:
        if match.group("neg1"):  # "$-50.8bn"
            amount = Amount(-amount.value, amount.step)
        elif start == match.start() and _minus_before(match.string, start):  # "-$3m", "-3%"
            amount = Amount(-amount.value, amount.step)
            start -= 1
    if written_unit:
        end = match.end(unit_group)
    else:
        end = match.end(number_group) if scale_text is None else match.end(scale_group)
    if i == 1 and kind == "money" and match.group("mn"):
        end = match.end("mu")
    letter = bool(scale_text) and len(scale_text.strip()) == 1
    return _Part(start, end, amount, scale, letter, kind, unit, factor)


def _joined_no_money(match: re.Match[str], i: int, lexicon: Lexicon) -> bool:
    """A letter currency joined to a bare whole number that is something else:
    "COP28" (a conference), "CNY2025" (a year). "USD10m", "Rs850 crore",
    "USD1.5" are money."""
    currency, number = match.group(f"cur{i}"), match.group(f"n{i}")
    if match.end(f"cur{i}") != match.start(f"n{i}") or not currency[-1].isalpha():
        return False
    if match.group(f"sc{i}") or not number.isdigit():
        return False
    return is_year_like(number) or currency in lexicon.currency_not_joined


def _minus_before(text: str, start: int) -> bool:
    """A minus sign right before ``start`` that opens a token ("fell to -$3m",
    "(-3%)"), not a hyphen inside one ("2020-$3m")."""
    if start == 0 or text[start - 1] not in _MINUS:
        return False
    return start == 1 or text[start - 2].isspace() or text[start - 2] in "([{"


def _read_figure(match: re.Match[str], lexicon: Lexicon) -> list[FigureMatch]:
    """The figures of a match, the last one with the rate or the measured
    substance written after it ("EUR 120 million a year", "tonnes of urea")."""
    figures = _read_figure_parts(match, lexicon)
    if not figures:
        return figures
    last = figures[-1]
    rate_only = bool(match.group("rt1") or match.group("rt2"))
    extended = _with_rate(match.string, last, lexicon)
    if extended is None:
        return [] if rate_only else figures
    return figures[:-1] + [extended]


def _with_rate(text: str, figure: FigureMatch, lexicon: Lexicon) -> FigureMatch | None:
    """``figure`` read with the denominator and the "of X" after it; None when
    neither follows, or the denominator cannot divide its unit. A measured
    substance with no rate after it is kept, but the figure's span does not
    grow over it (a trigger word there stays outside the figure)."""
    quantity = figure.quantity
    measured = None
    if quantity.kind == "quantity" and quantity.unit in lexicon.rates.counted_bases:
        measured = read_measured(text, figure.end, lexicon)
    rate = read_rate(text, measured[1] if measured else figure.end, lexicon)
    if rate is None and quantity.kind == "quantity":
        # "an annual capacity of 2 million tonnes", "2.7 Mt of annual melt
        # capacity": per year, though no denominator follows; the figure's
        # span stays its own, and "of annual melt capacity" names no substance.
        told = rate_of_its_measure(text, figure.start, figure.end, lexicon)
        per_unit = as_rate(quantity, told.denominator, lexicon) if told is not None else None
        if told is not None and per_unit is not None and per_unit.unit != quantity.unit:
            if measured and told.end > figure.end:
                measured = None
            counted = {"counted": measured[0]} if measured else {}
            return FigureMatch(figure.start, figure.end, per_unit.model_copy(update=counted))
    if measured:
        quantity = quantity.model_copy(update={"counted": measured[0]})
    if rate is None:
        return FigureMatch(figure.start, figure.end, quantity) if measured else None
    per_unit = as_rate(quantity, rate.denominator, lexicon)
    if per_unit is None:
        return None
    return FigureMatch(figure.start, rate.end, per_unit)


# A currency's "000" (or "000s"): the label of figures given in thousands.
_THOUSANDS_LABEL = re.compile(r"0{3}")


def _read_figure_parts(match: re.Match[str], lexicon: Lexicon) -> list[FigureMatch]:
    if not any(match.group("cur1", "u1", "cur2", "u2")):
        return []  # no currency and no unit: a bare number (a year, "Top 10") is no figure
    if (match.group("cur1") or match.group("cur2")) and _THOUSANDS_LABEL.fullmatch(match.group("n1") or ""):
        return []  # "Turnover by activity (£000)": the table's figures are in thousands, no sum of nothing
    first = _part(match, 1, lexicon)
    if first is None:
        return []
    if first.kind == "money" and match.group("mn"):
        minor = parse_number(match.group("mn"), lexicon)
        _, minor_factor = lexicon.currency_names[_norm(match.group("mu"))]
        if minor is not None:
            first = _with_amount(first, Amount(first.amount.value + minor.value * minor_factor / first.factor, first.amount.step))
    second = _part(match, 2, lexicon) if match.group("n2") else None
    qualifier_start = match.start("q") if match.group("q") else match.start("qs") if match.group("qs") else None
    qualifier_text = match.group("q") or match.group("qs")
    if qualifier_start is not None and _particle_over(match.string, qualifier_start, qualifier_text, lexicon):
        qualifier_start, qualifier_text = None, None
    plus = match.group("plus")

    if second is not None:
        between = match.group("btw") or ("by" if _BY_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) else None)
        if between and between.lower() == "from" and first.kind is None and second.kind is not None and _CHANGED_BEFORE.search(
            match.string, max(0, match.start("btw") - _CHANGED_REACH), match.start("btw")
        ):
            # "lifting the plant's capacity from 120,000 to 180,000 tonnes":
            # the level before and the level after, the first in the second's unit.
            first = _in_unit_of(first, second)
        if between and between.lower() == "from" and (
            _RANGE_CUE_BEFORE.search(match.string, max(0, match.start("btw") - 40), match.start("btw"))
            or _DEPENDING_AFTER.match(match.string, match.end())
        ) and not _CHANGED_BEFORE.search(match.string, max(0, match.start("btw") - _CHANGED_REACH), match.start("btw")):
            # "charging from £21 to £29 a night depending on the size of the
            # dog", "prices range from £5 to £9": the ends of a range of prices.
            between = "between"
        ranged = _as_range(first, second, between, bool(match.group("cur1")))
        if ranged is not None:
            low_part, high_part = ranged
            start = qualifier_start if qualifier_start is not None else (
                match.start("btw") if match.group("btw") else low_part.start
            )
            return _emit(
                start,
                high_part.end,
                high_part.kind,
                high_part.unit,
                high_part.factor,
                low_part.amount,
                "range",
                qualifier_text or match.group("btw"),
                fraction=lexicon.about_fraction,
                high=high_part.amount.value,
                letter_scale=low_part.letter_scale or high_part.letter_scale,
            )
        # Not a range ("rose 6% to $1.45 billion", "from $5m to $7m"): two figures.
        out = []
        start = qualifier_start if qualifier_start is not None else first.start
        out += _single(first, start, qualifier_text, None, lexicon)
        out += _single(second, second.start, None, plus, lexicon, end=match.end() if plus else None)
        return out
    start = qualifier_start if qualifier_start is not None else first.start
    return _single(first, start, qualifier_text, plus, lexicon, end=match.end() if plus else None)


# A one-letter scale ("5m") is trusted with a currency ("$5m") or a physical
# unit after it ("1.1m tonnes": not five metres of tonnes); alone it may be
# five metres.
_LETTER_SCALE_KINDS = ("money", "quantity")


def _with_amount(part: _Part, amount: Amount) -> _Part:
    return _Part(part.start, part.end, amount, part.scale, part.letter_scale, part.kind, part.unit, part.factor)


_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
# A verb of change before "from X to Y" (within a few words: "raised its
# annual capacity from"): a change between two levels, not a range.
_CHANGED_BEFORE = re.compile(
    r"\b(?:rais|lift|increas|ris|rose|grew|grow|fell|fall|cut|reduc|lower|expand|boost|doubl|tripl|jump|climb|drop|declin|slip|slid|"
    r"up|down|went|go(?:es|ing)?|mov|chang|widen|narrow|shrank|shrink)\w*(?:\s+[\w'\u2019-]+){0,5}\s+$",
    re.IGNORECASE,
)
_CHANGED_REACH = 60
# Words before "from X to Y" that make it a range, not a change: "ranges
# from", "charging from", "prices from", "costs from".
_RANGE_CUE_BEFORE = re.compile(
    r"\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying)|charg(?:e|es|ed|ing)|cost(?:s|ing)?|priced|pric(?:es|ing)|fees|rates|"
    r"anywhere)(?:\s+[\w'\u2019-]+){0,2}\s+$",
    re.IGNORECASE,
)
# What a range's ends depend on, after it: "from £21 to £29 a night depending on the size".
_DEPENDING_AFTER = re.compile(r"(?:\s+(?:a|an|per|each)\s+\w+)?,?\s+(?:depending\s+on|according\s+to\s+(?:size|age|season))\b", re.IGNORECASE)


def _in_unit_of(first: _Part, second: _Part) -> _Part:
    """``first`` (a number without unit) in ``second``'s unit, its scale
    carried back when the first is no larger ("from 1.2 to 1.5 million")."""
    if first.scale is None and second.scale is not None and first.amount.value <= second.amount.value / second.scale:
        first = _with_amount(first, apply_scale(first.amount, second.scale))
    return _Part(first.start, first.end, first.amount, first.scale, first.letter_scale, second.kind, second.unit, second.factor)


def _as_range(
    first: _Part, second: _Part, between: str | None, first_prefixed: bool
) -> tuple[_Part, _Part] | None:
    if second.kind is None and first_prefixed:
        # "$50-70 million": the currency written before the first number covers both.
        second = _Part(
            second.start, second.end, second.amount, second.scale, second.letter_scale,
            first.kind, first.unit, first.factor,
        )
    if second.kind is None:
        return None
    if first.kind is not None and (first.kind != second.kind or first.unit != second.unit):
        return None
    if between and between.lower() in ("from", "by") and first.kind is not None:
        # "from $5m to $7m" and "raised by $2m to $9m" tell a change, not a range.
        return None
    low = first
    # "between $50 and $70 million": the scale distributes backwards, unless
    # the first figure is already the larger ("$500,000 to $2 million").
    if first.scale is None and second.scale is not None and first.amount.value <= second.amount.value / second.scale:
        low = _with_amount(first, apply_scale(first.amount, second.scale))
    if first.kind is None:
        low = _Part(low.start, low.end, low.amount, low.scale, low.letter_scale, second.kind, second.unit, second.factor)
    if low.amount.value > second.amount.value:
        return None
    if second.scale is not None and low.amount.value * 1000 < second.amount.value:
        # "raised since 2019 to $210 million": a year, not the low end of a
        # range a thousand times smaller than its high end ("$500,000 to $2
        # million" is a range).
        return None
    return low, second


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _particle_over(text: str, start: int, qualifier_text: str | None, lexicon: Lexicon) -> bool:
    """Whether "over" before a figure is a verb's particle ("turned over
    EUR 73 million", "handed over 40%"), not a lower bound; or "up to" a
    rise's ("goes up to £26 a skein"), not an upper one."""
    if qualifier_text is None or _norm(qualifier_text) not in ("over", "up to"):
        return False
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    verbs = lexicon.particle_over_verbs if _norm(qualifier_text) == "over" else lexicon.particle_up_to_verbs
    return word is not None and word.group(1).lower() in verbs


def _single(
    part: _Part,
    start: int,
    qualifier_text: str | None,
    plus: str | None,
    lexicon: Lexicon,
    end: int | None = None,
) -> list[FigureMatch]:
    if part.kind is None:
        return []
    if part.letter_scale and part.kind not in _LETTER_SCALE_KINDS:
        return []
    qualifier = None
    if qualifier_text:
        qualifier = lexicon.qualifiers.get(_norm(qualifier_text))
    elif plus:
        qualifier = "over"
        qualifier_text = plus
    return _emit(
        start, end or part.end, part.kind, part.unit, part.factor, part.amount, qualifier, qualifier_text,
        fraction=lexicon.about_fraction,
    )


def _emit(
    start: int,
    end: int,
    kind: str | None,
    unit: str | None,
    factor: float,
    amount: Amount,
    qualifier: str | None,
    qualifier_text: str | None,
    *,
    fraction: float,
    high: float | None = None,
    letter_scale: bool = False,
) -> list[FigureMatch]:
    if kind is None or (letter_scale and kind not in _LETTER_SCALE_KINDS):
        return []
    value = _clean(amount.value * factor)
    precision = _clean(amount.precision * factor)
    if qualifier == "range" and high is not None:
        quantity = model.Quantity(
            kind=kind, value=value, low=value, high=_clean(high * factor), unit=unit, qualifier="range",
            qualifier_text=qualifier_text, precision=precision,
        )
    else:
        quantity = bounded_quantity(kind, unit, value, precision, qualifier, qualifier_text, fraction)
    return [FigureMatch(start, end, quantity)]


def bounded_quantity(kind, unit, value, precision, qualifier, qualifier_text, fraction, counted=None) -> model.Quantity:
    """A figure's quantity with the bounds its qualifier gives ("more than", "about", "nearly")."""
    low: float | None = value
    high: float | None = value
    written = qualifier
    if qualifier == "over":
        high = None
    elif qualifier == "under":
        low = None
    elif qualifier == "about":
        low, high = sorted((_clean(value * (1 - fraction)), _clean(value * (1 + fraction))))
    elif qualifier == "nearly":
        # "nearly" approaches the figure from zero's side, for a loss too.
        low, high = sorted((_clean(value * (1 - fraction)), value))
        written = "about"
    else:
        written = "exact"
        qualifier_text = None
    # Validated by the model's validator itself: its __init__ is a Python
    # call around it, paid once per figure.
    return model.Quantity.__pydantic_validator__.validate_python(
        {
            "kind": kind, "value": value, "low": low, "high": high, "unit": unit, "qualifier": written,
            "qualifier_text": qualifier_text, "precision": precision, "counted": counted,
        }
    )


def _clean(number: float) -> float:
    """Drop binary noise from scaling ("16.4 million" is 16400000, not 16399999.999999998)."""
    if number.is_integer() and -1e12 < number < 1e12:
        return number  # at most 12 digits: printing to 12 significant digits keeps it as it is
    return float(f"{number:.12g}")


def _norm(text: str) -> str:
    return _SPACES_OR_HYPHENS.sub(" ", text.strip().lower())


def _read_magnitude(match: re.Match[str], text: str, lexicon: Lexicon, patterns: _Patterns) -> list[FigureMatch]:
    """A vague magnitude: money when a currency or a money noun says so, a
    count when a plural noun follows, otherwise nothing."""
    kind: str | None = None
    unit: str | None = None
    counted: str | None = None
    factor = 1.0
    if match.group("fig"):
        number = parse_number(match.group("fig"), lexicon)
        if number is None or not 1 <= number.value <= 30:
            return []
        digits = int(number.value)
        low, high = 10.0 ** (digits - 1), 10.0**digits
        kind = "money"  # "an eight-figure round": money, currency unknown
    elif match.group("mult"):
        a, b = lexicon.magnitude_multipliers[_norm(match.group("mult"))]
        scale = lexicon.plural_scales[_norm(match.group("ms"))]
        low, high = a * scale, b * scale
    elif match.group("vague"):
        a, b = lexicon.vague_numbers[_norm(match.group("vague"))]
        scale = lexicon.scales[_norm(match.group("vs"))]
        low, high = a * scale, b * scale
    elif match.group("pl"):
        scale = lexicon.plural_scales[_norm(match.group("pl"))]
        low, high = scale, scale * 1000
    else:
        low, high = lexicon.bare_magnitudes[_norm(match.group("bare"))]

    phrase_start = match.start("q") if match.group("q") else match.start("qs") if match.group("qs") else None
    body_start = next(match.start(g) for g in ("fig", "mult", "vague", "pl", "bare") if match.group(g))
    start = phrase_start if phrase_start is not None else body_start
    end = match.end()
    phrase_end = match.start("tcur") if match.group("tcur") else end
    phrase = text[body_start:phrase_end].strip()
    if phrase.lower().endswith(" of"):
        phrase = phrase[:-3]

    if match.group("tcur"):
        kind = "money"
        unit, factor = lexicon.currency_names[_norm(match.group("tcur"))]
    elif kind is None and patterns.money_context_after.match(text, end):
        kind = "money"
    elif kind is None:
        after = patterns.count_noun_after.match(text, end)
        if after is not None:
            found = _counted(after, "words", lexicon)
            if found is not None:
                counted, end = found
                kind = "count"
                unit = "count"
    if kind is None:
        return []
    low, high = _clean(low * factor), _clean(high * factor)
    bounded_low: float | None = low
    bounded_high: float | None = high
    qualifier = lexicon.qualifiers.get(_norm(match.group("q") or match.group("qs") or ""))
    if qualifier == "over":
        bounded_high = None
    elif qualifier == "under":
        bounded_low = None
    # "tens of millions of dollars a year": a magnitude may be a rate too.
    rate = read_rate(text, end, lexicon)
    quantity = model.Quantity(
        kind=kind, value=low, low=bounded_low, high=bounded_high, unit=unit, qualifier="magnitude",
        qualifier_text=phrase, precision=0.0, counted=counted, per=rate.denominator.name if rate else None,
    )
    return [FigureMatch(start, rate.end if rate else end, quantity)]


_WORD = re.compile(r"[a-z][a-z\-]*(?:['\u2019]s(?![a-z]))?")


def _counted(match: re.Match[str], group: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """(what is counted, where its noun phrase ends) from up to three words
    after a number: optional modifiers, then a plural noun."""
    base = match.start(group)
    words = [(w.group(), base + w.start(), base + w.end()) for w in _WORD.finditer(match.group(group))]
    if len(words) > 3 and not any(w in ("and", "or") for w, _, _ in words[1:3]):
        words = words[:3]  # a fourth word only after a pair of modifiers: "3,400 snack and cold-drink machines"
    for index, (word, _, end) in enumerate(words):
        if _claimed_elsewhere(word, lexicon):
            return None
        if is_plural_noun(word, lexicon):
            if word in lexicon.count_excluded and not (index and words[index - 1][0] in lexicon.counted_time_units_of):
                return None  # "three days"; "1.31 million skier days" counts skier days
            # "3 sales teams": a plural used as a modifier of the next plural.
            if index + 1 < len(words):
                following, _, following_end = words[index + 1]
                if (
                    following.endswith("s")
                    and is_plural_noun(following, lexicon)
                    and following not in lexicon.count_excluded
                    and not _claimed_elsewhere(following, lexicon)
                    # ("a team of 17 staff keeps us on air": a verb, its object after it.)
                    and not _OBJECT_AFTER.match(match.string, following_end)
                ):
                    word, end = f"{word} {following}", following_end
            modifiers = [w for w, _, _ in words[:index]]
            while modifiers and (modifiers[0] in lexicon.dropped_modifiers or modifiers[0] in ("and", "or")):
                modifiers.pop(0)
            return " ".join(modifiers + [word]), end
        if (
            word in ("and", "or") and 0 < index < len(words) - 2
            and not is_plural_noun(words[index - 1][0], lexicon) and words[index - 1][0] not in lexicon.function_words
            and not words[index - 1][0].endswith("men")  # "Seven policemen and two demonstrators": two counts
            and words[index + 1][0] not in lexicon.number_words
            # A modifier after "and" too, the plural after it: "a 700m stretch
            # and exceeds the limit" joins a noun to a verb.
            and not is_plural_noun(words[index + 1][0], lexicon)
        ):
            continue  # "3,400 snack and cold-drink machines": two modifiers of one plural
        if word in lexicon.function_words or (word in lexicon.count_excluded and word not in lexicon.counted_time_units_of):
            return None
    return None


# A pronoun, an article or a name right after a word: the word is a verb ("keeps us", "runs the").
_OBJECT_AFTER = re.compile(r"\s+(?:(?:us|them|it|me|you|him|her|the|a|an|our|its|their|his|my|your)\b|[A-Z])")


def _work_time(match: re.Match[str], lexicon: Lexicon) -> tuple[str, int] | None:
    """A word of time right after a large number, as the work it counts
    ("212,000 hours of interpreting"): the word and where it ends."""
    word = _WORD.match(match.group("words") or "")
    if word is None or word.group() not in lexicon.work_time_units:
        return None
    return word.group(), match.start("words") + word.end()


# "all 1,650 of our staff": every one of them, so a count of the whole.
_ALL_BEFORE = re.compile(r"\b[Aa]ll\s+$")
# "shipped more than 3,000 of its units": what a deed moved of the owner's
# products is that many (where "two of its plants" alone is a subset).
_DEED_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|sold|made|built|sent|grew|won|took|sank|spun)\s+$")
_OF_OWNERS = re.compile(r"\s+of\s+(?:our|its|their|the|his|her|your)\s+(?P<words>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2})")


def _counted_of_all(text: str, number_end: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """What "all N of its ..." counts: the plural noun after "of" and an
    owner ("all 1,650 of our staff"), and where the figure ends.""" 
    of = _OF_OWNERS.match(text, number_end)
    if of is not None and of.group("words").split()[0] in lexicon.number_words:
        return None  # "four of its eleven flights": a part of a count, not the count
    found = _counted(of, "words", lexicon) if of is not None else None
    # The figure ends at its number: the owner after it ("our", "its") is
    # read as the figure's owner, as in "its 1,650 staff".
    return (found[0], number_end) if found is not None else None


def _claimed_elsewhere(word: str, lexicon: Lexicon) -> bool:
    """Words that make the figure money, a percentage or a measure, not a count."""
    return (
        word in lexicon.currency_names
        or word in lexicon.unit_words
        or word in lexicon.percent_forms
        or word in lexicon.scales
        or word in lexicon.plural_scales
    )


_PREVIOUS_TOKEN = re.compile(r"(\S+)\s*$")


# A second plural noun counted with the first: " and rolls", " or vans".
_AND_THINGS = re.compile(r"\s+(?:and|or|&)\s+[a-z][a-z-]*s\b")


def _read_count(match: re.Match[str], text: str, lexicon: Lexicon) -> list[FigureMatch]:
    if match.group("cn"):
        found = _read_compound_count(match, text, lexicon)
    else:
        found = _read_plain_count(match, text, lexicon)
    if not found:
        return found
    # "2,000 passengers a day", "300 employees each": a count per something.
    figure = found[-1]
    rate = read_rate(text, figure.end, lexicon)
    if rate is None:
        # "85,000 loaves and rolls a day": the rate of two things counted together.
        joined = _AND_THINGS.match(text, figure.end)
        rate = read_rate(text, joined.end(), lexicon) if joined is not None else None
    if rate is None:
        return found
    return found[:-1] + [FigureMatch(figure.start, rate.end, figure.quantity.model_copy(update={"per": rate.denominator.name}))]


def _read_compound_count(match: re.Match[str], text: str, lexicon: Lexicon) -> list[FigureMatch]:
    """"a 280-bed hospital" counts 280 beds; "a 10-year contract" is no count."""
    number, noun = match.group("cn"), match.group("cw")
    if is_year_like(number) or noun in lexicon.function_words or noun in lexicon.not_plural:
        return []
    if noun == "strong":
        # "Join our 32-strong team": the group's members.
        group = _GROUP_AFTER.match(text, match.end())
        members = lexicon.strong_groups.get(group.group(1).casefold()) if group is not None else None
        if members is None or not _count_context_ok(text, match.start(), lexicon):
            return []
        quantity = bounded_quantity("count", "count", float(number.replace(",", "")), 0.5, None, None, lexicon.about_fraction, members)
        return [FigureMatch(match.start(), group.end(), quantity)]
    if noun in lexicon.compound_not_nouns:  # "a 64-bit chip"
        return []
    plural = lexicon.compound_plurals.get(noun) or _plural(noun)
    for word in (noun, plural):
        if word in lexicon.count_excluded or _claimed_elsewhere(word, lexicon) or word in lexicon.number_words:
            return []
    if not _count_context_ok(text, match.start(), lexicon):
        return []
    value = float(number.replace(",", ""))
    quantity = bounded_quantity("count", "count", value, 0.5, None, None, lexicon.about_fraction, plural)
    return [FigureMatch(match.start(), match.end(), quantity)]


# The noun after "-strong": "32-strong| team".
_GROUP_AFTER = re.compile(r"\s+([A-Za-z]+)\b")


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _read_plain_count(match: re.Match[str], text: str, lexicon: Lexicon) -> list[FigureMatch]:
    number_text = match.group("n1")
    if number_text[0].isdigit() and is_year_like(number_text) and not (match.group("sc1") or match.group("sa1")):
        return []  # "in 2024 startups raised": a year, never a count
    amount = parse_number(number_text, lexicon)
    if amount is None:
        return []
    scale = scale_value(match.group("sc1") or match.group("sa1"), lexicon)
    if amount.step < 1 and scale is None:
        return []  # "3.5 employees" is a version number ("PCIe 8.0 standards")
    amount = apply_scale(amount, scale)
    if amount.value != int(amount.value):
        return []
    if not _count_context_ok(text, match.start(), lexicon):
        return []
    if match.group("abbr"):
        found: tuple[str, int] | None = (match.group("abbr"), match.end("abbr"))
    elif match.group("models"):
        found = (match.group("models"), match.end("models"))
    else:
        found = _counted(match, "words", lexicon)
        if found is None and (
            _ALL_BEFORE.search(text, max(0, match.start() - 5), match.start())
            or _DEED_BEFORE.search(text, max(0, match.start() - 20), match.start())
        ):
            found = _counted_of_all(text, match.end("n1") if not match.group("n2") else match.end("n2"), lexicon)
        if found is None and amount.value >= lexicon.work_time_from:
            found = _work_time(match, lexicon)
    if found is None:
        return []
    counted, end = found
    if not match.group("n2") and not match.group("sc1") and match.group("n1").isdigit() and _designation(text, match.start(), lexicon):
        return []  # "five new 737 aircraft": the count is five; 737 names the model
    described = _describing_count(text, match, counted, lexicon)
    if described is not None:
        counted, end = described
    qualifier_text = match.group("q") or match.group("qs")
    qualifier = lexicon.qualifiers.get(_norm(qualifier_text)) if qualifier_text else None
    if match.group("n2"):
        second = parse_number(match.group("n2"), lexicon)
        scale2 = scale_value(match.group("sc2"), lexicon)
        if second is None:
            return []
        second = apply_scale(second, scale2)
        if scale is None and scale2 is not None:
            amount = apply_scale(amount, scale2)
        if amount.value > second.value:
            return []
        quantity = model.Quantity(
            kind="count", value=amount.value, low=amount.value, high=second.value, unit="count",
            qualifier="range", qualifier_text=qualifier_text, precision=amount.precision, counted=counted,
        )
        return [FigureMatch(match.start(), end, quantity)]
    if qualifier is None and match.group("plus"):
        qualifier, qualifier_text = "over", match.group("plus")
    quantity = bounded_quantity(
        "count", "count", _clean(amount.value), _clean(amount.precision), qualifier, qualifier_text, lexicon.about_fraction, counted
    )
    return [*_listed_before(text, match.start(), counted, lexicon), FigureMatch(match.start(), end, quantity)]


# A number word a word or none before a number: "five new 737 aircraft"
# ("960 plus 165 administration staff" lists two counts).
_COUNT_WORD_BEFORE = re.compile(
    r"(?:^|[\s(])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<between>(?:[a-z][\w-]*\s+)?)$",
    re.IGNORECASE,
)
# An indefinite article before a number, maybe with a word between: "a
# small 15 seat aircraft".
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:a|an|A|An)\s+(?P<between>(?:[a-z][\w-]*\s+)?)$")


def _designation(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a number written in digits alone is a model's designation
    after the count of its things ("five new 737 aircraft"): a count word
    stands right before it, with at most one word between that describes
    ("one of its 12 stores", "two plants packed 41 million cans" are counts)."""
    before = _COUNT_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and not any(word in lexicon.function_words for word in before.group("between").split())


def _describing_count(text: str, match: re.Match[str], counted: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """"a small 15 seat aircraft", "a 300 room hotel": after "a", a number and
    a singular noun before the thing's noun describe one thing by how many of
    the first it has (as "a 280-bed hospital" does): the count is of seats,
    rooms. None when the count is of the things themselves ("a record 12 stores")."""
    words = counted.split()
    if len(words) < 2 or words[0].endswith("s") or words[-1].endswith("s") or not words[0].isalpha():
        return None
    article = _ARTICLE_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if article is None or any(word in lexicon.function_words for word in article.group("between").split()):
        return None  # "A prank by three young kitchen staff": the article is another noun's
    first = text.find(words[0], match.end("n1"))
    return (_plural(words[0]), first + len(words[0])) if first >= 0 else None


# "27 and 15 aircraft", "10, 12 or 15 stores": bare numbers listed before a
# count share its noun.
_LISTED_NUMBER = re.compile(
    r"(?<![\w.,$\u00a3\u20ac%#-])(\d{1,3}(?:,\d{3})*|\d+(?:\.\d+)?)(?:\s+(million|billion|thousand))?\s*(?:,\s*(?:and|or)?|and|or)\s+$"
)


def _listed_before(text: str, start: int, counted: str, lexicon: Lexicon) -> list[FigureMatch]:
    found: list[FigureMatch] = []
    position = start
    while True:
        match = _LISTED_NUMBER.search(text, max(0, position - 30), position)
        if match is None or is_year_like(match.group(1)):
            break
        amount = parse_number(match.group(1), lexicon)
        if amount is None:
            break
        amount = apply_scale(amount, scale_value(match.group(2), lexicon))
        if amount.value != int(amount.value):
            break
        quantity = bounded_quantity("count", "count", _clean(amount.value), _clean(amount.precision), None, None, lexicon.about_fraction, counted)
        found.append(FigureMatch(match.start(1), match.end(2) if match.group(2) else match.end(1), quantity))
        position = match.start(1)
    return found[::-1]


# A label word used as a verb: "expects to build 38,000 to 40,000 trucks"
# counts trucks; "build 38" alone is a software build's label.
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|can|could|may|might|must|shall|should)\s+$", re.IGNORECASE)


_POSSESSIVE_TOKEN = re.compile(r"[A-Za-z](?:['\u2019]s|s['\u2019])$")


def _count_context_ok(text: str, start: int, lexicon: Lexicon) -> bool:
    """A number right after a label ("Section 3", "GLM 5") or a proper noun is
    not a count."""
    previous = _PREVIOUS_TOKEN.search(text, max(0, start - 40), start)
    if previous is None:
        return True
    token = previous.group(1)
    if token.lower() in ("in", "of") and _in_a_proportion(text, previous.start(1), start, lexicon):
        return False  # "four in ten UK practices", "nine out of ten customers": a share, no count
    if token[-1] in ".!?;:," and token.lower() not in ("no.", "vol.", "fig.", "v."):
        return True  # a sentence or clause boundary: "In March, 240 trams ran"
    bare = token.strip("\"'“”‘’([{,").lower()
    if not bare:
        return True
    if (bare in lexicon.count_blockers_before or bare.rstrip(".") in lexicon.count_blockers_before) and not _VERB_BEFORE.search(
        text, max(0, previous.start(1) - 12), previous.start(1)
    ):
        return False
    if any(ch.isdigit() for ch in bare) or "#" in bare:
        return False
    stripped = token.strip("\"'“”‘’([{,")
    if _POSSESSIVE_TOKEN.search(token):
        return True  # "Holbeck's 58 funeral homes": an owner's count, no label's number
    if stripped[:1].isupper() and bare not in lexicon.function_words and bare not in lexicon.qualifiers and not _contracted_pronoun(bare, lexicon):
        # "- Sold 14.6 million rolls", "Opened 12 stores in the year": a
        # list item's verb in the past, opening the line, is no name.
        return _past_verb_opening(text, previous.start(1), bare, lexicon)
    return True


# The part of a proportion, before "in" or "out of" and its whole: "four in ten", "9 out of 10".
_PART_BEFORE_IN = re.compile(r"(?:^|[\s(])([A-Za-z]+|\d+)\s+(?:out\s+)?$")
# The wholes a proportion is told against: "one in five", "four in ten", "99 out of 100".
_PROPORTION_WHOLES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100, 1000})
_WHOLE = re.compile(r"[A-Za-z]+|\d[\d,]*")


def _small_number(word: str, lexicon: Lexicon) -> int | None:
    word = word.lower().replace(",", "")
    return int(word) if word.isdigit() else lexicon.number_words.get(word)


def _in_a_proportion(text: str, preposition: int, start: int, lexicon: Lexicon) -> bool:
    """Whether the number at ``start``, after "in" or "out of" at
    ``preposition``, is a proportion's whole: "four in ten UK practices",
    "one in five", "nine out of ten customers". Not "two of the 30 shops",
    "the best videos of 2006 in seven categories" (the part exceeds it) nor
    "Eight out of 16 crew members on board" (a crew, no proportion's whole)."""
    part = _PART_BEFORE_IN.search(text, max(0, preposition - 24), preposition)
    whole = _WHOLE.match(text, start)
    if part is None or whole is None:
        return False
    out_of = text[part.end(1) : preposition].split() == ["out"]
    if text[preposition : preposition + 2].lower() == "of" and not out_of:
        return False
    part_value, whole_value = _small_number(part.group(1), lexicon), _small_number(whole.group(0), lexicon)
    return part_value is not None and whole_value in _PROPORTION_WHOLES and part_value < whole_value


def _contracted_pronoun(word: str, lexicon: Lexicon) -> bool:
    """"we've", "they've", "i'd": a pronoun and its verb run together, no name (``word`` in lower case)."""
    base, mark, _ = word.replace("\u2019", "'").partition("'")
    return bool(mark) and (base in _PERSONAL_PRONOUNS or base in lexicon.function_words)


_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she", "it"})


def _past_verb_opening(text: str, start: int, word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` (lower case) opens its line, only a list's mark before
    it, and is a verb a line opens on before its count (``verbs_opening_a_line``)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t-*\u2022>") and word in lexicon.verbs_opening_a_line

