"""The process's single pint unit registry and unit normalisation.

Physical quantities are normalised to the *base unit of their dimension* so
that figures written at different scales compare directly: ``8 exaflops`` and
``8000 petaflops`` both become ``8e18 FLOPS``; ``5 MW`` becomes ``5e6 watt``;
``2 GWh`` becomes ``2e9 watt_hour``. ``Quantity.unit`` holds that base unit's
name, spelled as a pint expression pint itself can parse back (``watt``,
``watt_hour``, ``FLOPS``, ``meter``, ``kilogram``, ``byte``,
``bit / second``, ``hertz``, ``meter ** 2``, ``oil_barrel``). Which base a
surface form maps to is data (``rules/lexicon/units.yaml``); pint supplies the
conversion factor, computed once per unit and cached.

pint lacks a unit of computing rate, so ``FLOPS`` (floating point operations
per second, alias ``flops``) is defined here as a new base dimension; pint's
SI prefixes then give ``exaFLOPS``, ``petaflops`` and friends for free.
Currencies are deliberately *not* pint units: money keeps its ISO 4217 code
and is never converted.

A physical rate ("135,000 m³/d", "3.2 kWh per cubic metre") is one pint unit
too: ``ratio_unit`` names the quotient of two units as pint writes it, and
``conversion_factor`` converts a written rate to the one it is kept in.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pint

# pint is imported when a registry is first needed: it takes a third of a
# second to import, which a run that extracts nothing need not pay.

# Definitions pint does not ship. Each line is pint definition syntax.
_EXTRA_DEFINITIONS = (
    "FLOPS = [floating_point_operation_rate] = _ = flops",
    # A quarter of a year ("$5 million a quarter"); pint's "quarter" is a mass.
    "quarter_year = year / 4",
)


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The one registry of the process, created on first use."""
    import pint

    ureg = pint.UnitRegistry()
    for definition in _EXTRA_DEFINITIONS:
        ureg.define(definition)
    return ureg


@lru_cache(maxsize=None)
def conversion_factor(unit: str, base: str) -> float:
    """How many ``base`` units one ``unit`` is (``megawatt`` -> ``watt``: 1e6).

    Raises ``pint.DimensionalityError`` when the two measure different things,
    and ``pint.UndefinedUnitError`` for names pint does not know.
    """
    ureg = registry()
    return float(ureg.Quantity(1.0, unit).to(base).magnitude)


@lru_cache(maxsize=None)
def ratio_unit(numerator: str, denominator: str) -> str:
    """``numerator / denominator`` as pint writes it (``watt_hour / meter ** 3``),
    so the same rate always has the same name.

    Raises ``pint.UndefinedUnitError`` for names pint does not know.
    """
    return str(registry().Unit(f"({numerator}) / ({denominator})"))


def same_dimension(unit_a: str, unit_b: str) -> bool:
    """Whether two unit names measure the same thing (and so may be compared)."""
    dimension = _dimensionality(unit_a)
    return dimension is not None and dimension == _dimensionality(unit_b)


@lru_cache(maxsize=None)
def _dimensionality(unit: str) -> object | None:
    # Asked once per figure with a unit; the registry is immutable and the
    # units few, so each answer is computed once.
    import pint

    try:
        return registry().Quantity(1.0, unit).dimensionality
    except (pint.UndefinedUnitError, pint.DimensionalityError, ValueError, AttributeError):
        return None
