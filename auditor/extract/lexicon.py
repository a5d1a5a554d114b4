"""The word lists figure and date recognition read from ``rules/lexicon/``.

Knowledge about how figures are written (currency symbols, number words,
scale words, qualifiers, unit spellings) lives in YAML so it can be extended
without touching code: ``currencies.yaml``, ``numbers.yaml``,
``qualifiers.yaml`` and ``units.yaml``. A :class:`Lexicon` is immutable and
loaded once per folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from auditor import units as units_module
from auditor.data_files import DataError, load_yaml_file
from auditor.resources import default_rules_dir

QualifierKind = str  # "over" | "under" | "about" | "nearly"


class LexiconError(ValueError):
    """A lexicon file is missing or malformed."""


# eq=False: identity hashing, so compiled patterns can be cached per lexicon.
@dataclass(frozen=True, eq=False)
class Lexicon:
    directory: Path
    default_dollar: str
    # surface form -> (ISO code, factor); factor 0.01 for minor units
    currency_symbols: Mapping[str, tuple[str, float]]
    currency_codes: Mapping[str, str]
    currency_prefix_names: Mapping[str, tuple[str, float]]
    currency_names: Mapping[str, tuple[str, float]]  # keys lower-case
    number_words: Mapping[str, int]  # "one".."nineteen", "twenty".."ninety"
    scales: Mapping[str, float]  # lower-case words
    scale_abbreviations: Mapping[str, float]  # lower-case
    magnitude_multipliers: Mapping[str, tuple[float, float]]
    vague_numbers: Mapping[str, tuple[float, float]]
    plural_scales: Mapping[str, float]
    bare_magnitudes: Mapping[str, tuple[float, float]]
    figure_nouns: tuple[str, ...]
    money_context: frozenset[str]
    irregular_plurals: frozenset[str]
    not_plural: frozenset[str]
    count_excluded: frozenset[str]
    count_blockers_before: frozenset[str]
    dropped_modifiers: frozenset[str]
    function_words: frozenset[str]
    year_prepositions: frozenset[str]
    qualifiers: Mapping[str, QualifierKind]  # lower-case phrase -> kind
    suffix_over: tuple[str, ...]
    about_fraction: float
    unit_symbols: Mapping[str, tuple[str, float]]  # case as written -> (base, factor)
    unit_words: Mapping[str, tuple[str, float]]  # lower-case -> (base, factor)
    percent_forms: Mapping[str, tuple[str, float]]  # lower-case -> (unit, factor)


@lru_cache(maxsize=8)
def load_lexicon(directory: Path | None = None) -> Lexicon:
    """Load (once per folder) the lexicon in ``directory``.

    Default: the ``lexicon`` folder of the default rule pack.
    """
    if directory is None:
        return _default()
    return _load(Path(directory).resolve())


@lru_cache(maxsize=1)
def _default() -> Lexicon:
    return _load((default_rules_dir() / "lexicon").resolve())


@lru_cache(maxsize=8)
def _load(directory: Path) -> Lexicon:
    currencies = _read(directory / "currencies.yaml")
    numbers = _read(directory / "numbers.yaml")
    qualifiers = _read(directory / "qualifiers.yaml")
    unit_data = _read(directory / "units.yaml")

    default_dollar = str(currencies.get("default_dollar", "USD"))

    def money(value: Any, where: str) -> tuple[str, float]:
        if isinstance(value, str):
            code, factor = value, 1.0
        elif isinstance(value, list) and len(value) == 2:
            code, factor = str(value[0]), float(value[1])
        else:
            raise LexiconError(f"currencies.yaml: {where}: expected CODE or [CODE, factor]")
        if code == "USD" and where.startswith("symbols") and "$" in where:
            code = default_dollar
        return code, factor

    symbols = {}
    for form, value in _mapping(currencies, "symbols", "currencies.yaml").items():
        code, factor = money(value, f"symbols {form}")
        if form == "$":
            code = default_dollar
        symbols[str(form)] = (code, factor)
    aliases = {str(k): str(v) for k, v in (currencies.get("code_aliases") or {}).items()}
    codes = {str(c): aliases.get(str(c), str(c)) for c in currencies.get("codes") or ()}
    prefix_names = {
        str(k): money(v, f"prefix_names {k}")
        for k, v in _mapping(currencies, "prefix_names", "currencies.yaml").items()
    }
    names = {}
    for form, value in _mapping(currencies, "names", "currencies.yaml").items():
        code, factor = money(value, f"names {form}")
        if code == "USD" and "dollar" in str(form) and not str(form).startswith(("us", "u.s", "american")):
            code = default_dollar  # a bare "dollars" is the configured dollar
        if code == "USD" and factor != 1.0:
            code = default_dollar
        names[str(form).lower()] = (code, factor)

    number_words = {str(k).lower(): int(v) for k, v in _mapping(numbers, "units", "numbers.yaml").items()}
    number_words.update({str(k).lower(): int(v) for k, v in _mapping(numbers, "tens", "numbers.yaml").items()})
    scales = {str(k).lower(): float(v) for k, v in _mapping(numbers, "scales", "numbers.yaml").items()}
    abbreviations = {
        str(k).lower(): float(v) for k, v in _mapping(numbers, "scale_abbreviations", "numbers.yaml").items()
    }
    magnitudes = _mapping(numbers, "magnitudes", "numbers.yaml")
    counts = _mapping(numbers, "counts", "numbers.yaml")

    qualifier_map: dict[str, str] = {}
    for kind in ("over", "under", "about", "nearly"):
        for phrase in qualifiers.get(kind) or ():
            qualifier_map[str(phrase).lower()] = kind

    unit_symbols: dict[str, tuple[str, float]] = {}
    unit_words: dict[str, tuple[str, float]] = {}
    for entry in unit_data.get("units") or ():
        try:
            pint_name, base = str(entry["pint"]), str(entry["base"])
        except (KeyError, TypeError) as exc:
            raise LexiconError(f"units.yaml: each unit needs 'pint' and 'base': {entry!r}") from exc
        try:
            factor = units_module.conversion_factor(pint_name, base)
        except Exception as exc:  # pint raises several unrelated types
            raise LexiconError(f"units.yaml: cannot convert {pint_name!r} to {base!r}: {exc}") from exc
        for form in entry.get("symbols") or ():
            unit_symbols[str(form)] = (base, factor)
        for form in entry.get("words") or ():
            unit_words[str(form).lower()] = (base, factor)
    percent_forms = {
        str(k).lower(): (str(v[0]), float(v[1]))
        for k, v in _mapping(unit_data, "percent", "units.yaml").items()
    }

    def pairs(data: Mapping[str, Any], key: str) -> Mapping[str, tuple[float, float]]:
        return _frozen({str(k).lower(): (float(v[0]), float(v[1])) for k, v in (data.get(key) or {}).items()})

    def words(data: Mapping[str, Any], key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return Lexicon(
        directory=directory,
        default_dollar=default_dollar,
        currency_symbols=_frozen(symbols),
        currency_codes=_frozen(codes),
        currency_prefix_names=_frozen(prefix_names),
        currency_names=_frozen(names),
        number_words=_frozen(number_words),
        scales=_frozen(scales),
        scale_abbreviations=_frozen(abbreviations),
        magnitude_multipliers=pairs(magnitudes, "multipliers"),
        vague_numbers=pairs(magnitudes, "vague_numbers"),
        plural_scales=_frozen({str(k).lower(): float(v) for k, v in (magnitudes.get("plural_scales") or {}).items()}),
        bare_magnitudes=pairs(magnitudes, "bare"),
        figure_nouns=tuple(str(w).lower() for w in magnitudes.get("figure_nouns") or ("figure",)),
        money_context=frozenset(str(w).lower() for w in numbers.get("money_context") or ()),
        irregular_plurals=words(counts, "irregular_plurals"),
        not_plural=words(counts, "not_plural"),
        count_excluded=words(counts, "excluded"),
        count_blockers_before=words(counts, "blockers_before"),
        dropped_modifiers=words(counts, "dropped_modifiers"),
        function_words=words(counts, "function_words"),
        year_prepositions=words(counts, "year_prepositions"),
        qualifiers=_frozen(qualifier_map),
        suffix_over=tuple(str(s) for s in qualifiers.get("suffix_over") or ()),
        about_fraction=float(qualifiers.get("about_fraction", 0.1)),
        unit_symbols=_frozen(unit_symbols),
        unit_words=_frozen(unit_words),
        percent_forms=_frozen(percent_forms),
    )


def _read(path: Path) -> Mapping[str, Any]:
    try:
        data = load_yaml_file(path)
    except DataError as exc:
        raise LexiconError(str(exc)) from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{path.name}: expected a mapping at the top level")
    return data


def _mapping(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: '{key}' must be a mapping")
    return value


def _frozen(data: dict) -> Mapping:
    return MappingProxyType(dict(data))
