"""Interval arithmetic on figures, shared by the executors.

A written figure is a range of values the text allows: ``over $110 billion``
is [110e9, inf), ``about $1.3 billion`` is 1.3e9 give or take its precision.
Two figures *agree* when the gap between their ranges is smaller than the
looser side's tolerance (its rounding, or a relative slack).
"""

from __future__ import annotations

import math
from typing import Mapping

from auditor.model import Claim, Quantity

def one_thing_counted(a: str, b: str) -> bool:
    """Whether two counted nouns name one kind of thing: the same noun,
    singular or plural, or a compound written as one word and its head
    ("narrowboats" and "boats", "loudspeakers" and "speakers", "narrow-boats"),
    or of several words and its last ("essential oil" and "oil"). A head of
    fewer than four letters is too short to tell a compound written as one
    word from another word ("pin" in "spin", "car" in "scar")."""
    short, long = sorted((_singular(a), _singular(b)), key=len)
    if short == long:
        return True
    if " " in long and " " not in short:
        return long.rsplit(None, 1)[-1] == short
    return len(short) >= 4 and long.endswith(short)


# Nouns whose plural ends in "-ves" ("loaves"), so that "loaf" and "loaves" are one thing.
_F_SINGULARS = frozenset({"loaf", "half", "shelf", "calf", "leaf", "wolf", "hoof", "sheaf", "scarf", "thief"})


def _singular(noun: str) -> str:
    noun = noun.casefold()
    if noun.endswith("ves") and noun[:-3] + "f" in _F_SINGULARS:
        return noun[:-3] + "f"  # "loaves": loaf
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "xes", "sses", "zes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def bounds(quantity: Quantity) -> tuple[float, float]:
    """The closed interval a figure allows, infinite where unbounded."""
    low = quantity.low if quantity.low is not None else -math.inf
    high = quantity.high if quantity.high is not None else math.inf
    if quantity.qualifier == "over" and quantity.low is None:
        low = quantity.value
    if quantity.qualifier == "under" and quantity.high is None:
        high = quantity.value
    if quantity.low is None and quantity.high is None and quantity.qualifier in ("exact", "about"):
        low = high = quantity.value
    return low, high


def magnitude(quantity: Quantity) -> float:
    """The size of a figure, for tolerances: its finite end furthest from zero."""
    low, high = bounds(quantity)
    finite = [abs(v) for v in (low, high, quantity.value) if math.isfinite(v)]
    return max(finite) if finite else 0.0


def tolerance(quantity: Quantity, relative: float) -> float:
    """How far a figure may stray before it says something else.

    A bound ("more than 2 GWh", "under $5 million") states its threshold, not
    a rounded value: only the relative slack applies to it, so "1.6 GWh"
    does not meet "more than 2 GWh" although a bare "2 GWh" may be 1.6
    rounded."""
    if quantity.qualifier in ("over", "under") and quantity.low != quantity.high:
        return relative * magnitude(quantity)
    if quantity.qualifier == "about" and quantity.low is not None and quantity.low < quantity.value == quantity.high:
        # "nearly 2 million" is read as 1.8 to 2 million already: the
        # rounding of "2 million" is in that range, not added to it, so
        # 1.4 million is not nearly 2 million ("about 1.3 billion", either
        # side of its figure, keeps its rounding).
        return relative * magnitude(quantity)
    return max(quantity.precision, relative * magnitude(quantity))


def convert(quantity: Quantity, unit: str | None, rates: Mapping[str, float]) -> Quantity | None:
    """The figure in ``unit`` via the rate table (rates to one base), or None."""
    if quantity.unit == unit:
        return quantity
    if quantity.unit is None or unit is None:
        return None
    if quantity.unit not in rates or unit not in rates:
        return None
    factor = rates[quantity.unit] / rates[unit]

    def scaled(value: float | None) -> float | None:
        return None if value is None else value * factor

    return quantity.model_copy(
        update={
            "unit": unit,
            "value": quantity.value * factor,
            "low": scaled(quantity.low),
            "high": scaled(quantity.high),
            "precision": quantity.precision * factor,
        }
    )


# How a rate per year is written in a unit (``units.yaml``: rate_time_base).
_PER_YEAR = " / year"
# Base units of what a plant makes or handles, whose capacity told without a
# time is read as a year's. Power (``watt``) is a rate already: a "200 MW"
# electrolyser is no "200 MW of stacks a year".
_MADE_UNITS = frozenset({"kilogram", "watt_hour", "meter ** 2", "meter ** 3", "oil_barrel"})


def comparable(
    a: Quantity, b: Quantity, rates: Mapping[str, float] | None = None, capacity: bool = False
) -> Quantity | None:
    """``b`` expressed in ``a``'s unit when the two can be compared at all.

    A figure whose currency is unknown is never compared with another: an
    "eight-figure round" could be in any currency. A rate is never compared
    with a total or with a rate per something else: "EUR 120 million a year"
    is not "EUR 600 million", "SEK 48 per share" not "SEK 48 per month". Nor
    are quantities of different substances ("tonnes of urea" and "tonnes of
    ammonia"; "granular urea" is still urea). Two capacities (``capacity``)
    compare a bare quantity with the same quantity per year.
    """
    if a.kind != b.kind or a.per != b.per:
        return None
    if a.kind == "quantity" and a.counted and b.counted and _head(a.counted) != _head(b.counted):
        return None
    if capacity and a.kind == "quantity" and (a.unit in _MADE_UNITS or b.unit in _MADE_UNITS):
        # A capacity told without a time is a year's, as a plant's is read:
        # "a 32 GWh cell plant" and "23 GWh of annual capacity", "capacity
        # of 27 million tonnes" and a fact of "24 million tonnes per year".
        # Only a year is assumed: "250,000 m³" is no "250,000 m³ a day".
        if a.unit == f"{b.unit}{_PER_YEAR}" or b.unit == f"{a.unit}{_PER_YEAR}":
            return b.model_copy(update={"unit": a.unit})  # the bare one read per year, or the other way
    return convert(b, a.unit, rates or {})


def both_capacities(a: Claim, b: Claim) -> bool:
    """Whether two claims are capacities, whose bare quantities ``comparable`` reads per year."""
    return a.event == "capacity" and b.event == "capacity"


def _head(noun_phrase: str) -> str:
    """The last word of a noun phrase, folded to compare singular with plural."""
    return noun_phrase.split()[-1].casefold().rstrip("s")


def agree(
    a: Quantity, b: Quantity, relative: float = 0.01, rates: Mapping[str, float] | None = None, capacity: bool = False
) -> bool | None:
    """True when the figures can be the same, False when not, None when
    incomparable. ``capacity``: both are capacities, a bare one a year's."""
    other = comparable(a, b, rates, capacity)
    if other is None:
        return None
    a_low, a_high = bounds(a)
    b_low, b_high = bounds(other)
    # The gap between the two ranges (0 when they overlap) must stay below the
    # looser side's rounding: "$1.28 billion" is "about $1.3 billion", but
    # "$1.5 billion" is not "$2 billion" even though 2 may round 1.5 up.
    gap = max(a_low - b_high, b_low - a_high, 0.0)
    tol = max(tolerance(a, relative), tolerance(other, relative))
    return gap == 0.0 or gap < tol


def significant_digits(quantity: Quantity) -> int:
    """Digits the writer committed to: ``$110 billion`` has 2, ``$60 million`` 1.

    Trailing zeros are not counted: a round figure is easily repeated by
    coincidence, so it says little on its own.
    """
    value = abs(quantity.value)
    if value == 0:
        return 1
    if quantity.precision > 0:
        step = quantity.precision * 2
        mantissa = round(value / step)
        if mantissa <= 0:
            return 1
        digits = str(int(mantissa)).rstrip("0")
        return max(1, len(digits))
    digits = f"{value:.15g}".replace(".", "").lstrip("0")
    digits = digits.split("e")[0].rstrip("0")
    return max(1, len(digits))


def same_written_figure(a: Quantity, b: Quantity, relative: float = 0.01) -> bool:
    """The two figures are the same number as written, within the rounding of
    the more precise one: "$95 million" and "GBP 95m" are, "over $2 billion"
    and "roughly $5 billion" are not (although their ranges overlap)."""
    if a.kind != b.kind or a.unit != b.unit:
        return False
    slack = max(min(a.precision, b.precision), relative * max(abs(a.value), abs(b.value)))
    return abs(a.value - b.value) <= slack
