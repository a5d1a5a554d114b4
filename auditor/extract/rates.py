"""Rates: what a figure is per, and what a quantity measures.

A figure followed by a denominator is a rate, never a total: ``SEK 48 per
share``, ``EUR 120 million a year``, ``USD 450 each``, ``135,000 m³/d``,
``4.5 t yr-1``, ``2,000 passengers daily``. ``read_rate`` finds the
denominator right after a figure; ``as_rate`` turns the figure's quantity
into the rate:

* a physical quantity over a time or over another unit becomes one pint unit,
  converted to the unit ``units.yaml`` keeps such rates in, so equal rates
  compare equal (``1,000 litres per second`` is ``86,400 meter ** 3 / day``);
* money, counts, percentages, and quantities over a thing that is not a unit
  (``kg per passenger``) keep their unit and name the denominator in
  ``Quantity.per``, singular and normalised ("share", "year", "cubic metre",
  "unit").

``read_measured`` reads the "of X" after a mass or a volume (``1.1 million
tonnes of urea a year``: urea), kept in ``Quantity.counted``.

Which words say all this is data: ``per:``, ``rate_bases`` and
``counted_bases`` in ``rules/lexicon/units.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from auditor import model
from auditor import units
from auditor.extract.lexicon import Lexicon, per_lexicon
from auditor.extract.numbers import SPACE, alternation


class Denominator(NamedTuple):
    """What a rate is per: a time (``pint`` set), a unit (``base`` set), or a thing."""

    name: str  # as ``Quantity.per`` names it: "day", "cubic metre", "share"
    pint: str | None = None  # a time, as pint names it
    base: str | None = None  # a unit, as its base unit ...
    factor: float = 1.0  # ... and how many of the base one of it is


class Rate(NamedTuple):
    denominator: Denominator
    end: int  # where the denominator's words end


@dataclass(frozen=True, slots=True)
class _RatePatterns:
    rate: re.Pattern[str]
    measured: re.Pattern[str]
    measure_before: re.Pattern[str] | None  # "an annual capacity of" right before a figure
    measure_after: re.Pattern[str] | None  # "of annual melt capacity" right after one


@per_lexicon
def _patterns(lexicon: Lexicon) -> _RatePatterns:
    rates = lexicon.rates
    time_words = alternation(rates.time_words)
    time_symbols = alternation(rates.time_symbols, case_insensitive=False)
    unit_symbols = alternation([*lexicon.unit_symbols, *lexicon.unit_rate_symbols], case_insensitive=False)
    unit_words = alternation(lexicon.unit_words)
    noun = r"[a-z][a-z\-]*[a-z](?![\w\-])"
    written = rf"(?:{time_symbols}|{unit_symbols}|{time_words}|{unit_words})"
    article_nouns = alternation([*rates.time_words, *lexicon.unit_words, *rates.article_nouns])
    # "a year on," is later; "a day on the coast" a rate (units.yaml: not_after_alone).
    alone_after = (
        rf"(?!{SPACE}+{alternation(rates.not_after_alone)}(?!{SPACE}+(?:the|a|an|its|their|our|his|her)\b))"
        if rates.not_after_alone
        else ""
    )
    rate = (
        rf"{SPACE}?/{SPACE}?(?P<slash>{written}|{noun})(?!/)"
        rf"|{SPACE}+(?:{alternation(rates.before_any)}{SPACE}+(?P<per>{written}|{noun})"
        rf"|{alternation(rates.before_time)}{SPACE}+(?P<every>{time_words})"
        # "a year ago", "a year-on-year rise": no rate.
        rf"|{alternation(rates.articles)}{SPACE}+(?P<article>{article_nouns})(?!-)"
        rf"(?!{SPACE}+{alternation(rates.not_after)})"
        + alone_after
        + rf"|(?P<each>{alternation(rates.each)})(?!{SPACE}+{alternation(rates.not_after_each)})"
        rf"(?:{SPACE}+(?P<each_time>{time_words}))?"
        rf"|(?P<adverb>{alternation(rates.time_adverbs)})"
        rf"|(?P<inverse>{time_symbols}|{unit_symbols})(?:-1|\u207b\u00b9)(?!\d))"
    )
    # What a mass or volume is of: lower-case words, or a formula ("CO2", "LNG").
    word = r"(?:[a-z][a-z\-]*|[A-Z][A-Za-z]*\d[A-Za-z0-9]*|[A-Z]{2,5}(?![A-Za-z]))"
    measured = rf"{SPACE}+{alternation(rates.measured_by)}{SPACE}+(?P<words>{word}(?:{SPACE}+{word}){{0,2}})"
    measure_before = measure_after = None
    if rates.time_adjectives and rates.rate_measures:
        adjective = rf"(?P<adjective>{alternation(rates.time_adjectives)})"
        told = rf"{adjective}{SPACE}+(?:[a-z][a-z\-]*{SPACE}+){{0,2}}?{alternation(rates.rate_measures)}"
        # "an annual capacity of", "annual grinding capacity is", "yearly output stood at about".
        measure_before = re.compile(
            rf"\b{told}{SPACE}+(?:of|at|to|is|was|stands{SPACE}+at|stood{SPACE}+at|reached|totals|totalled|totaled)"
            rf"{SPACE}+(?:(?:about|around|some|roughly|nearly|almost|up{SPACE}+to|more{SPACE}+than|over|under|less{SPACE}+than){SPACE}+)?$",
            re.IGNORECASE,
        )
        measure_after = re.compile(rf"{SPACE}+of{SPACE}+(?:(?:its|their|the){SPACE}+)?{told}\b", re.IGNORECASE)
    return _RatePatterns(re.compile(rate), re.compile(measured), measure_before, measure_after)


# How far before a figure "an annual grinding capacity of" may start.
_MEASURE_REACH = 80


def rate_of_its_measure(text: str, start: int, end: int, lexicon: Lexicon) -> Rate | None:
    """The time a physical quantity is per when the measure it is told of
    says how often: "an annual capacity of 2 million tonnes", "daily output
    of 950 tonnes", "2.7 Mt of annual melt capacity" are rates, though no
    denominator follows the figure. ``end`` of the returned rate is where
    the measure's words end when they follow the figure ("of annual melt
    capacity", which then names no substance), else the figure's own end."""
    patterns = _patterns(lexicon)
    if patterns.measure_before is None or patterns.measure_after is None:
        return None
    before = patterns.measure_before.search(text, max(0, start - _MEASURE_REACH), start)
    match = before or patterns.measure_after.match(text, end)
    if match is None:
        return None
    return Rate(_time(lexicon.rates.time_adjectives[match.group("adjective").lower()]), end if before else match.end())


def read_rate(text: str, end: int, lexicon: Lexicon) -> Rate | None:
    """The denominator written right after a figure ending at ``end``, if any."""
    match = _patterns(lexicon).rate.match(text, end)
    if match is None:
        return None
    rates = lexicon.rates
    if match.group("each"):
        each_time = match.group("each_time")
        if each_time:
            return Rate(_time(rates.time_words[each_time.lower()]), match.end())
        return Rate(Denominator(rates.aliases.get("each", "each")), match.end())
    if match.group("adverb"):
        return Rate(_time(rates.time_adverbs[match.group("adverb").lower()]), match.end())
    if match.group("every"):
        return Rate(_time(rates.time_words[match.group("every").lower()]), match.end())
    written = match.group("slash") or match.group("per") or match.group("article") or match.group("inverse")
    denominator = _denominator(written, lexicon)
    if denominator is None:
        return None
    return Rate(denominator, match.end())


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _time_word(folded: str, rates) -> bool:  # type: ignore[no-untyped-def]
    """A time noun, singular or plural ("year", "quarters")."""
    return folded in rates.time_words or (folded.endswith("s") and folded[:-1] in rates.time_words)


def _time(unit) -> Denominator:  # type: ignore[no-untyped-def]
    return Denominator(unit.name, pint=unit.pint)


def _denominator(written: str, lexicon: Lexicon) -> Denominator | None:
    """A written denominator: a time, a unit, or a thing (a noun)."""
    rates = lexicon.rates
    if written in rates.time_symbols:
        return _time(rates.time_symbols[written])
    for symbols in (lexicon.unit_symbols, lexicon.unit_rate_symbols):
        if written in symbols:
            base, factor = symbols[written]
            return Denominator(lexicon.unit_names[written], base=base, factor=factor)
    folded = " ".join(written.lower().replace("-", " ").split())
    if folded in rates.time_words:
        return _time(rates.time_words[folded])
    if folded in lexicon.unit_words:
        base, factor = lexicon.unit_words[folded]
        return Denominator(lexicon.unit_names[folded], base=base, factor=factor)
    # "per the agreement", "per se": no thing a figure is per.
    # "parts per billion" is a unit of its own, not parts per scale word.
    if len(folded) < 3 or folded in lexicon.function_words or folded in lexicon.percent_forms:
        return None
    if folded in lexicon.scales or folded in lexicon.plural_scales:
        return None
    name = rates.aliases.get(folded, folded)
    if name in rates.time_words:  # "per annum"
        return _time(rates.time_words[name])
    return Denominator(name)


def as_rate(quantity: model.Quantity, denominator: Denominator, lexicon: Lexicon) -> model.Quantity | None:
    """``quantity`` per ``denominator``; None when pint cannot combine the two units."""
    if quantity.kind == "quantity" and quantity.unit is not None and (denominator.pint or denominator.base):
        try:
            if denominator.pint is not None:
                unit = lexicon.rates.bases.get(quantity.unit) or units.ratio_unit(quantity.unit, lexicon.rates.time_base)
                factor = units.conversion_factor(units.ratio_unit(quantity.unit, denominator.pint), unit)
            else:
                assert denominator.base is not None
                unit = units.ratio_unit(quantity.unit, denominator.base)
                factor = 1.0 / denominator.factor
        except Exception:  # pint raises several unrelated types
            return None
        return _scaled(quantity, factor, unit)
    return quantity.model_copy(update={"per": denominator.name})


def _scaled(quantity: model.Quantity, factor: float, unit: str) -> model.Quantity:
    def scaled(value: float | None) -> float | None:
        return None if value is None else _clean(value * factor)

    return quantity.model_copy(
        update={
            "unit": unit,
            "value": _clean(quantity.value * factor),
            "low": scaled(quantity.low),
            "high": scaled(quantity.high),
            "precision": _clean(quantity.precision * factor),
        }
    )


def _clean(number: float) -> float:
    """Drop binary noise from a conversion (86400.00000000001 is 86400)."""
    return float(f"{number:.12g}")


def read_measured(text: str, end: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """What a mass or volume ending at ``end`` is of ("tonnes of urea"), and
    where its words end; None when no "of X" follows."""
    match = _patterns(lexicon).measured.match(text, end)
    if match is None:
        return None
    base = match.start("words")
    words: list[tuple[str, int]] = []
    found = list(re.finditer(r"\S+", match.group("words")))
    rates = lexicon.rates
    for word in found:
        folded = word.group().lower()
        if folded in lexicon.function_words or folded in rates.time_adverbs or folded in rates.each:
            break
        # "tonnes of copper last year": a time and the word before it ("last",
        # "this", "next") say when, not what.
        following = _NEXT_WORD.match(text, base + word.end())
        following = following.group(1).lower() if following else ""
        if _time_word(folded, rates) or _time_word(following, rates):
            break
        if folded in rates.before_any or folded in rates.before_time or folded in rates.articles:
            break
        words.append((word.group(), base + word.end()))
    while words and words[0][0].lower() in lexicon.dropped_modifiers:
        words.pop(0)
    # "tonnes of steel produced a year": the participle is not the steel.
    while len(words) > 1 and words[-1][0].lower().endswith("ed"):
        words.pop()
    if not words:
        return None
    return " ".join(w for w, _ in words), words[-1][1]
