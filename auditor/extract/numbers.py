"""Numbers as written: digits, number words, scale words, and their values.

This module builds regular-expression *fragments* (strings, assembled into
the big patterns of :mod:`auditor.extract.figures`) and parses what they
matched. A parsed amount carries its ``step``: the value of one unit of the
last written digit, times the scale, so ``1.3 billion`` has step 1e8 and
``1,300 million`` step 1e6 (precision is half the step).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from auditor.extract.lexicon import Lexicon, per_lexicon

# Thousands separators: comma, and (only between groups of exactly three
# digits) space, no-break space, thin space, narrow no-break space.
_GROUP_SEPARATORS = ",\u00a0\u2009\u202f "
DIGITS = r"(?:\d{1,3}(?:(?:,|[ \u00a0\u2009\u202f])\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"

# One space inside a figure: space, tab, no-break, thin, narrow no-break.
SPACE = r"[ \t\u00a0\u2009\u202f]"

_SPLIT = re.compile(r"[\s\-]+")


class Amount(NamedTuple):
    value: float
    step: float  # one unit of the last written digit, in the figure's scale

    @property
    def precision(self) -> float:
        return self.step / 2


def alternation(words, *, case_insensitive: bool = True, boundary: bool = True) -> str:
    """A regex matching any of ``words``, the longest that fits first (so "mln"
    beats "m"); a space in a word matches any run of spaces and hyphens.

    Written as a prefix trie (see ``trie_pattern``): the words that match at
    one place are prefixes of one another, and the trie tries them longest
    first, as a flat longest-first alternation would, at a fraction of the
    cost in Python's engine. Case is spelled out letter by letter (``[mM]``)
    rather than with ``(?i)``: the engine skips a branch that opens with a
    character class it does not match without trying it."""

    def char(ch: str) -> str:
        if ch == " ":
            return r"[\s\-]+"
        return any_case_char(ch) if case_insensitive else re.escape(ch)

    unique = {w for w in words if w}
    if case_insensitive:
        # "Mn" and "mn" are one word here: one trie branch keeps the order longest first.
        unique = {_folded(w) for w in unique}
    body = "(?:" + trie_pattern(sorted(unique), char=char) + ")"
    if boundary:
        return body + r"(?![\w])"
    return body


def _folded(word: str) -> str:
    """``word`` in lower case, letter by letter where lower-casing keeps one letter one."""
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in word)


@per_lexicon
def word_number_pattern(lexicon: Lexicon) -> str:
    """Cardinal words: "three", "twenty-five", "two hundred and fifty", "a" (before a scale)."""
    return _word_numbers(lexicon, inner_scales=False)


@per_lexicon
def scaled_word_number_pattern(lexicon: Lexicon) -> str:
    """Cardinal words with scale words inside them too: "two thousand eight
    hundred" (the figure reader's: a pattern costs more with it)."""
    return _word_numbers(lexicon, inner_scales=True)


def _word_numbers(lexicon: Lexicon, inner_scales: bool) -> str:
    units = [w for w, v in lexicon.number_words.items() if v < 20]
    tens = [w for w, v in lexicon.number_words.items() if v >= 20]
    unit = alternation(units)
    ten = alternation(tens, boundary=False)
    below_100 = rf"(?:{ten}(?:[\s\-]{unit}|(?![\w]))|{unit})"
    below_1000 = (
        rf"(?:(?:{below_100}|(?i:an?))\s+(?i:hundred)(?![\w])(?:\s+(?:(?i:and)\s+)?{below_100})?"
        rf"|{below_100})"
    )
    # "a"/"an"/"half a" only count as numbers when a scale word follows.
    scale_words = alternation(lexicon.scales)
    article = rf"(?i:half\s+an?|an?)(?=\s+{scale_words})"
    # "four point six million pounds", as a transcript writes what was said:
    # the digits after "point" are its decimals.
    digit = alternation([w for w, v in lexicon.number_words.items() if v < 10])
    decimals = rf"(?:\s+(?i:point)(?:\s+{digit})+)?"
    # "a hundred and thirty million": the hundreds are tried before "a" as
    # a lone article before a scale, which would leave "thirty million".
    # "two thousand eight hundred pounds", "two million three hundred
    # thousand pounds": a scale word inside the number, another group of
    # hundreds after it, and that group's own scale word, read whole.
    inner_scale = rf"(?:(?:\s+{scale_words},?\s+(?:(?i:and)\s+)?{below_1000})+(?:\s+{scale_words})?)?" if inner_scales else ""
    return rf"\b(?:{below_1000}{inner_scale}{decimals}|{article})"


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def parse_digits(text: str) -> Amount:
    """Digits as written; a comma before one or two final digits is a decimal
    comma ("1,8" is 1.8: no thousands separator groups fewer than three)."""
    if _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    cleaned = text
    for sep in _GROUP_SEPARATORS:
        cleaned = cleaned.replace(sep, "")
    value = float(cleaned)
    if "." in cleaned:
        step = 10.0 ** -len(cleaned.split(".", 1)[1])
    else:
        step = 1.0
    return Amount(value, step)


def parse_words(text: str, lexicon: Lexicon) -> Amount | None:
    """Value of a cardinal written in words; None when it is not one."""
    tokens = [t for t in _SPLIT.split(text.lower().replace(",", " ")) if t and t != "and"]
    if not tokens:
        return None
    if tokens[0] == "half" and len(tokens) == 2 and tokens[1] in ("a", "an"):
        return Amount(0.5, 0.5)
    if "point" in tokens:
        # "four point six": the whole, then one digit per word after "point".
        at = tokens.index("point")
        whole = parse_words(" ".join(tokens[:at]), lexicon) if at else None
        digits = [lexicon.number_words.get(t) for t in tokens[at + 1 :]]
        if whole is None or not digits or any(d is None or d > 9 for d in digits):
            return None
        fraction = float("0." + "".join(str(int(d)) for d in digits))  # type: ignore[arg-type]
        return Amount(whole.value + fraction, 10.0 ** -len(digits))
    total = 0.0
    current = 0.0
    seen = False
    for token in tokens:
        if token in ("a", "an"):
            current += 1
        elif token in lexicon.number_words:
            current += lexicon.number_words[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in lexicon.scales:
            total += (current or 1) * lexicon.scales[token]
            current = 0
        else:
            return None
        seen = True
    if not seen:
        return None
    return Amount(total + current, 1.0)


def parse_number(text: str, lexicon: Lexicon) -> Amount | None:
    """Digits or words."""
    stripped = text.strip()
    if not stripped:
        return None
    if stripped[0].isdigit() or stripped[0] == ".":
        try:
            return parse_digits(stripped)
        except ValueError:
            return None
    return parse_words(stripped, lexicon)


def scale_value(text: str | None, lexicon: Lexicon) -> float | None:
    """Multiplier of a scale word or abbreviation ("bn", "million"); None if absent/unknown."""
    if not text:
        return None
    key = text.strip().lower()
    if key in lexicon.scales:
        return lexicon.scales[key]
    return lexicon.scale_abbreviations.get(key)


def apply_scale(amount: Amount, scale: float | None) -> Amount:
    """``amount`` times ``scale``, without the binary rounding error of the
    product: 4.1 million is 4,100,000, not 4,099,999.9999999995 (a count
    that is no whole number is no count)."""
    if scale is None:
        return amount
    return Amount(_exact(amount.value * scale), _exact(amount.step * scale))


def _exact(value: float) -> float:
    """``value`` rounded to the 12 significant digits a written figure can hold."""
    return float(f"{value:.12g}")


YEAR = r"(?:18\d\d|19\d\d|20\d\d|2100)"


def is_year_like(text: str) -> bool:
    """A bare 4-digit integer from 1800 to 2100 (no separator, no decimals)."""
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


def is_plural_noun(word: str, lexicon: Lexicon) -> bool:
    """A conservative guess that a lower-case word is a plural noun."""
    if not word or not word.islower() or not word.replace("-", "").isalpha():
        return False
    if word in lexicon.not_plural or word in lexicon.function_words:
        return False
    if word in lexicon.irregular_plurals or word.endswith(lexicon.plural_endings):
        return True
    if len(word) < 3 or not word.endswith("s"):
        return False
    return not word.endswith(("ss", "us", "is", "ous", "'s"))


# --------------------------------------------------------------------------- fast scanning
#
# Python's regex engine tries every alternative at every position, so a big
# pattern run over a whole text is slow. Figures are rare, so the big patterns
# are only tried at a few *candidate starts*: token boundaries shortly before
# an anchor (a digit, a currency sign, a number word) found by a cheap scan.


def trie_pattern(words, char=re.escape) -> str:
    """A regex matching any of ``words`` (literal, case as given), factored as a
    prefix trie: far faster than a flat alternation in Python's engine.

    ``char`` writes one letter of the trie as a regex (``re.escape`` by
    default; a case-insensitive caller passes one writing ``[nN]``)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [char(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    # No words match nothing; the empty word alone matches the empty string.
    return build(trie) if trie else "(?!)"


def case_variants(ch: str) -> set[str]:
    """``ch`` and its lower- and upper-case forms that are one character."""
    return {v for v in (ch, ch.lower(), ch.upper()) if len(v) == 1}


def any_case_char(ch: str) -> str:
    """A regex matching ``ch`` in either case: ``[nN]``."""
    variants = case_variants(ch)
    if len(variants) == 1:
        return re.escape(ch)
    return "[" + "".join(re.escape(v) for v in sorted(variants)) + "]"


def initial_led(rests_by_initial) -> str:
    """An alternation whose branches each open with one literal character,
    ``initial`` followed by the regex ``rest`` (a mapping of the two). A
    pattern that opens so lets Python's engine jump to the places where a
    match may start; a look-behind in front would prevent that, so a caller
    that needs one tests what precedes a match with ``word_start_matches``."""
    branches = [re.escape(initial) + "(?:" + rest + ")" for initial, rest in sorted(rests_by_initial.items())]
    return "|".join(branches) or "(?!)"


class AfterBoundary:
    """The pattern ``(?<![excluded])body``, searched without its look-behind.

    A look-behind in front keeps Python's engine from skipping ahead: it is
    tried at every position. Led instead by the character before the match
    (``[^excluded]``), the pattern lets the engine jump from one such
    character to the next; a match at offset 0 is tried apart. The two find
    the same matches when every match of ``body`` opens with a character of
    the ``excluded`` class (so the leading character cannot itself open a
    match) and no match can open right where another ends (a match closes
    with such a character, or ``body`` refuses one after it); a caller that
    cannot promise it passes ``exact=False`` and gets the plain pattern.
    """

    def __init__(self, body: str, excluded: str, *, exact: bool = True) -> None:
        self._plain_source = rf"(?<![{excluded}])(?:{body})"
        if not exact:
            self.plain = re.compile(self._plain_source)
        self.alone = re.compile(rf"(?:{body})") if exact else None
        self.led = re.compile(rf"[^{excluded}]((?:{body}))") if exact else None

    @functools.cached_property
    def plain(self) -> re.Pattern[str]:
        """The pattern with its look-behind. An exact one searches without it,
        so it is compiled only if a caller asks for it: a trie of every
        trigger takes a tenth of a second to compile."""
        return re.compile(self._plain_source)

    def spans(self, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
        """The spans of ``self.plain.finditer(text, pos, endpos)``."""
        end = len(text) if endpos is None else endpos
        if self.led is None:
            return [m.span() for m in self.plain.finditer(text, pos, end)]
        found = []
        scan = pos - 1
        if pos == 0:
            first = self.alone.match(text, 0, end)
            if first is not None:
                found.append(first.span())
            scan = first.end() if first is not None else 0
        found.extend(m.span(1) for m in self.led.finditer(text, scan, end))
        return found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether ``self.plain.search(text, pos, endpos)`` finds a match."""
        end = len(text) if endpos is None else endpos
        if self.led is None:
            return self.plain.search(text, pos, end) is not None
        if pos == 0:
            return self.alone.match(text, 0, end) is not None or self.led.search(text, 0, end) is not None
        return self.led.search(text, pos - 1, end) is not None


class Cued(NamedTuple):
    """A pattern ignoring case, and ``cues``: a pattern of which every match
    of it holds a match once lowered (a word or a part of one).

    Ignoring case makes Python's engine slow, and most texts hold none of a
    pattern's words: those are not searched. The cues are looked for in the
    text lowered, which is exact for a text in ASCII (ignoring case, the
    engine also matches "s" with the long s and "k" with the Kelvin sign,
    neither of them ASCII); a text beyond ASCII is always searched."""

    pattern: re.Pattern[str]
    cues: re.Pattern[str]

    def search(self, text: str, low: str | None) -> re.Match[str] | None:
        """``pattern.search(text)``; ``low`` is ``text.lower()`` for a text in ASCII, else None."""
        if low is not None and self.cues.search(low) is None:
            return None
        return self.pattern.search(text)


def ascii_lowered(text: str) -> str | None:
    """``text`` lowered when it is ASCII (what ``Cued`` reads), else None."""
    return text.lower() if text.isascii() else None


def literal_starts(text: str, literal: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where ``literal`` occurs in ``text[start:end]``, overlaps included:
    ``str.find`` scans far faster than a regex tried at every position."""
    end = len(text) if end is None else end
    found = []
    position = text.find(literal, start, end)
    while position >= 0:
        found.append(position)
        position = text.find(literal, position + 1, end)
    return found


def word_start_matches(pattern: re.Pattern[str], text: str, inside: str = ""):
    """Non-overlapping matches of ``pattern`` in ``text``, leftmost first, that
    do not start inside a word: not after a letter, a digit, ``_`` or one of
    the characters of ``inside``."""
    match = pattern.search(text)
    while match is not None:
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_" or text[start - 1] in inside):
            match = pattern.search(text, start + 1)
            continue
        yield match
        match = pattern.search(text, match.end())


def lowered(text: str) -> str:
    """``text`` in lower case with every offset unchanged."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # Each character lowered alone, one whose lower case is longer ("İ")
    # kept: by a table of the characters the text holds, so a long text
    # with one "İ" is not rebuilt a character at a time.
    return text.translate({ord(ch): low_ch for ch in set(text) if len(low_ch := ch.lower()) == 1})


# A token boundary: a non-space after a space, or a switch between word
# characters and punctuation ("US$", "(~$5m").
_BOUNDARY = re.compile(r"(?<!\S)\S|(?<=\w)[^\w\s]|(?<=[^\w\s])\w")


def candidate_starts(text: str, anchor: int, floor: int, lookback: int) -> list[int]:
    """Token boundaries from ``anchor - lookback`` (not before ``floor``) up to the anchor."""
    starts = [m.start() for m in _BOUNDARY.finditer(text, max(floor, anchor - lookback), anchor + 1)]
    if not starts or starts[-1] != anchor:
        starts.append(anchor)
    return starts


def anchored_matches(
    text: str, anchors, pattern: re.Pattern[str], read, lookback: int, window: int, prefixes=None, may_start=None
) -> list:
    """Non-overlapping readings of ``pattern`` matched at candidate starts near
    each anchor; ``read(match)`` returns a list of results with ``start``/``end``
    (empty when the match is not wanted).

    Candidate starts are the anchor itself plus, when ``prefixes`` (sorted
    offsets where a figure may begin: a qualifier, a currency prefix) is
    given, those within ``lookback`` before it; otherwise every token boundary
    there, or those of them ``may_start`` (a pattern) matches at. A start
    already tried for an earlier anchor is not tried again: the match there
    is the same, whichever anchor it is tried for."""
    found: list = []
    position = 0
    length = len(text)
    tried = 0  # starts before this were tried for an earlier anchor
    for anchor in anchors:
        if anchor < position:
            continue
        end = min(length, anchor + window)
        # A start tried for an earlier anchor matched the same (or was read
        # and refused the same), so it is not tried again.
        floor = max(position, tried)
        tried = anchor + 1
        if prefixes is None:
            starts = candidate_starts(text, anchor, floor, lookback)
            if may_start is not None:
                starts = [start for start in starts if start == anchor or may_start.match(text, start)]
        else:
            low = bisect.bisect_left(prefixes, max(floor, anchor - lookback))
            high = bisect.bisect_left(prefixes, anchor)
            starts = prefixes[low:high] + [anchor]
        for start in starts:
            match = pattern.match(text, start, end)
            if match is None or match.end() == match.start():
                continue
            results = read(match)
            if results:
                found.extend(results)
                position = max(r.end for r in results)
                break
    return found
