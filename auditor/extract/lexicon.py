"""The word lists figure and date recognition read from ``rules/lexicon/``.

Knowledge about how figures are written (currency symbols, number words,
scale words, qualifiers, unit spellings) lives in YAML so it can be extended
without touching code: ``currencies.yaml``, ``numbers.yaml``,
``qualifiers.yaml`` and ``units.yaml``. A :class:`Lexicon` is immutable and
loaded once per folder.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar

from auditor import units as units_module
from auditor.data_files import DataError, load_yaml_file
from auditor.resources import default_rules_dir

QualifierKind = str  # "over" | "under" | "about" | "nearly"


class LexiconError(ValueError):
    """A lexicon file is missing or malformed."""


class TimeUnit(NamedTuple):
    """A denominator of time: its pint name and how a rate names it ("day")."""

    pint: str
    name: str


@dataclass(frozen=True, eq=False)
class RateWords:
    """How rates are written (``per:`` and ``rate_bases`` of ``units.yaml``)."""

    before_any: frozenset[str]  # "per": any denominator follows
    before_time: frozenset[str]  # "every": a time follows
    articles: frozenset[str]  # "a", "an": a time, a unit word or an article noun follows
    measured_by: frozenset[str]  # "of" in "tonnes of urea"
    time_words: Mapping[str, TimeUnit]  # lower-case: "day", "annum"
    time_symbols: Mapping[str, TimeUnit]  # case as written: "d", "yr"
    time_adverbs: Mapping[str, TimeUnit]  # lower-case: "daily", "p.a."
    time_adjectives: Mapping[str, TimeUnit]  # lower-case, before a rate measure: "annual"
    rate_measures: frozenset[str]  # "capacity": "an annual capacity of 2 million tonnes" is a rate
    each: frozenset[str]  # "each", "apiece": per unit
    not_after_each: frozenset[str]  # "each other" is no rate
    article_nouns: frozenset[str]  # what may follow "a"/"an" besides times and units
    aliases: Mapping[str, str]  # "capita" -> "person"
    not_after: frozenset[str]  # "a year ago" is no rate
    # "a year on," is later; "a day on the coast" is a rate: no rate only where
    # no article follows the word.
    not_after_alone: frozenset[str]
    # A physical rate over time is kept in bases[numerator base], else in
    # "<numerator base> / <time_base>".
    bases: Mapping[str, str]
    time_base: str
    counted_bases: frozenset[str]  # units after which "of X" names what is measured


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
    currency_not_joined: frozenset[str]  # codes never read joined to a bare whole number
    # Words of speech for a thousand of money ("two hundred and sixty grand"),
    # and the words after one that make it an adjective ("two grand pianos").
    money_thousands: frozenset[str]
    money_thousands_not_before: frozenset[str]
    number_words: Mapping[str, int]  # "one".."nineteen", "twenty".."ninety"
    anniversary_ordinals: Mapping[str, int]  # "fortieth": 40, before "anniversary"
    anniversary_nouns: Mapping[str, int]  # "centenary": 100, an anniversary alone
    scales: Mapping[str, float]  # lower-case words
    scale_abbreviations: Mapping[str, float]  # lower-case
    magnitude_multipliers: Mapping[str, tuple[float, float]]
    vague_numbers: Mapping[str, tuple[float, float]]
    plural_scales: Mapping[str, float]
    bare_magnitudes: Mapping[str, tuple[float, float]]
    figure_nouns: tuple[str, ...]
    money_context: frozenset[str]
    numeric_dates_day_first: bool  # "03/04/2024" is 3 April (numbers.yaml numeric_dates)
    barrel_volume_context: frozenset[str]  # words that make "barrels" a liquid's volume
    irregular_plurals: frozenset[str]
    plural_endings: tuple[str, ...]  # "people" of "craftspeople": a compound so ending is a plural
    not_plural: frozenset[str]
    count_excluded: frozenset[str]
    counted_time_units_of: frozenset[str]  # "skier" of "skier days": a unit counted of its own
    # "delivered 212,000 hours": a word of time after at least so many is work counted, no duration
    work_time_units: frozenset[str]
    work_time_from: float
    count_blockers_before: frozenset[str]
    verbs_opening_a_line: frozenset[str]  # "Sold", "Opened" before a list item's count
    # noun -> the verbs after which a number with no noun counts it ("still seats 1,050")
    counted_by_verb: Mapping[str, tuple[str, ...]]
    counted_by_verb_whatever_follows: frozenset[str]  # "seats up to 900 players" counts seats
    seats_by_verb: tuple[str, ...]  # verbs after which a count of people counts seats ("takes up to 1,800 spectators")
    seated_people: frozenset[str]  # the people those counts are of
    staff_of_us: tuple[str, ...]  # words before "N of us" that count the speakers' staff ("There are 46 of us")
    # Abbreviations counted as written ("1.8 million TEU", "4,200 FTE").
    counted_abbreviations: tuple[str, ...]
    dropped_modifiers: frozenset[str]
    function_words: frozenset[str]
    year_prepositions: frozenset[str]
    year_measures: frozenset[str]  # "2024 sales": a year's measure after a year, no count
    qualifiers: Mapping[str, QualifierKind]  # lower-case phrase -> kind
    # Verbs whose particle is "over" ("turned over EUR 73 million"): no bound after them.
    particle_over_verbs: frozenset[str]
    particle_up_to_verbs: frozenset[str]  # "goes up to £26": a rise to a level, no bound
    suffix_over: tuple[str, ...]
    about_fraction: float
    unit_symbols: Mapping[str, tuple[str, float]]  # case as written -> (base, factor)
    unit_words: Mapping[str, tuple[str, float]]  # lower-case -> (base, factor)
    # Symbols read only as the numerator of a rate ("t" in "4.5 t/yr").
    unit_rate_symbols: Mapping[str, tuple[str, float]]
    unit_spaced_symbols: frozenset[str]  # rate symbols read alone after a number: "241,000 t abroad"
    # Every unit form (symbols as written, words lower-case) -> the unit's
    # name as a denominator ("m³" -> "cubic metre").
    unit_names: Mapping[str, str]
    percent_forms: Mapping[str, tuple[str, float]]  # lower-case -> (unit, factor)
    rates: RateWords
    # Compound counts: singular -> plural where -s/-es does not make it, and
    # the words after "<digits>-" that are no noun ("300-strong").
    compound_plurals: Mapping[str, str]
    compound_not_nouns: frozenset[str]
    # "a 32-strong team": a group after "<digits>-strong", and the members it counts
    strong_groups: Mapping[str, str]
    # Shares written as fractions: "a quarter" -> 25 (percent); the words
    # before one that make it an ordinal's part ("the first half"), and the
    # periods it is no share of ("a quarter of a century").
    fractions: Mapping[str, float] = field(default_factory=dict)
    fraction_not_after: frozenset[str] = frozenset()
    fraction_not_of: frozenset[str] = frozenset()
    # What ``per_lexicon`` functions built from this lexicon, by function:
    # pickled with it, so knowledge kept in the claim store brings its
    # patterns compiled. Not an argument: every lexicon starts with none.
    derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)


_Built = TypeVar("_Built")

# Every per_lexicon function, by the key its results are kept under: filled
# as their modules are imported, read by ``derive_all``.
_DERIVED: dict[str, Callable[[Lexicon], Any]] = {}


def per_lexicon(build: Callable[[Lexicon], _Built]) -> Callable[[Lexicon], _Built]:
    """``build(lexicon)`` once per lexicon, kept in the lexicon's ``derived``.

    For the patterns extraction derives from a lexicon's word lists (a few
    hundred milliseconds to compile): an ``lru_cache`` keeps them for this
    process only, while a lexicon keeps them where they go with it, into the
    claim store's sealed knowledge (``pipeline/knowledge_cache.py``) and out
    of it compiled. ``build`` must be a pure function of the lexicon.
    """
    key = f"{build.__module__}.{build.__qualname__}"

    @functools.wraps(build)
    def built(lexicon: Lexicon) -> _Built:
        try:
            return lexicon.derived[key]
        except KeyError:
            value = lexicon.derived[key] = build(lexicon)
            return value

    _DERIVED[key] = built
    return built


def derive_all(lexicon: Lexicon) -> Lexicon:
    """``lexicon`` with everything extraction derives from it built (and kept in it)."""
    # Every module extraction reads a lexicon with, so every per_lexicon function is known.
    import auditor.extract.reader  # noqa: F401

    for build in _DERIVED.values():
        build(lexicon)
    return lexicon


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
    fractions = _mapping(numbers, "fractions", "numbers.yaml")

    qualifier_map: dict[str, str] = {}
    for kind in ("over", "under", "about", "nearly"):
        for phrase in qualifiers.get(kind) or ():
            qualifier_map[str(phrase).lower()] = kind

    unit_symbols: dict[str, tuple[str, float]] = {}
    unit_words: dict[str, tuple[str, float]] = {}
    unit_rate_symbols: dict[str, tuple[str, float]] = {}
    unit_spaced_symbols: set[str] = set()
    unit_names: dict[str, str] = {}
    for entry in unit_data.get("units") or ():
        try:
            pint_name, base = str(entry["pint"]), str(entry["base"])
        except (KeyError, TypeError) as exc:
            raise LexiconError(f"units.yaml: each unit needs 'pint' and 'base': {entry!r}") from exc
        try:
            factor = units_module.conversion_factor(pint_name, base)
        except Exception as exc:  # pint raises several unrelated types
            raise LexiconError(f"units.yaml: cannot convert {pint_name!r} to {base!r}: {exc}") from exc
        words_of = [str(form) for form in entry.get("words") or ()]
        symbols_of = [str(form) for form in entry.get("symbols") or ()]
        rate_symbols_of = [str(form) for form in entry.get("rate_symbols") or ()]
        name = str(entry.get("name") or (words_of[0].lower() if words_of else pint_name))
        for form in symbols_of:
            unit_symbols[form] = (base, factor)
            unit_names[form] = name
        for form in rate_symbols_of:
            unit_rate_symbols[form] = (base, factor)
            unit_names[form] = name
        for form in (str(form) for form in entry.get("spaced_symbols") or ()):
            if form not in unit_rate_symbols:
                raise LexiconError(f"units.yaml: spaced symbol {form!r} of {pint_name!r} must be one of its rate_symbols")
            unit_spaced_symbols.add(form)
        for form in words_of:
            unit_words[form.lower()] = (base, factor)
            unit_names[form.lower()] = name
    percent_forms = {
        str(k).lower(): (str(v[0]), float(v[1]))
        for k, v in _mapping(unit_data, "percent", "units.yaml").items()
    }

    rates = _rate_words(unit_data)
    compound_plurals = {
        str(k).lower(): str(v).lower() for k, v in (counts.get("compound_plurals") or {}).items()
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
        currency_not_joined=frozenset(str(c) for c in currencies.get("not_joined") or ()),
        money_thousands=words(currencies, "thousands"),
        money_thousands_not_before=words(currencies, "thousands_not_before"),
        number_words=_frozen(number_words),
        anniversary_ordinals=_frozen({str(k).lower(): int(v) for k, v in (numbers.get("anniversary_ordinals") or {}).items()}),
        anniversary_nouns=_frozen({str(k).lower(): int(v) for k, v in (numbers.get("anniversary_nouns") or {}).items()}),
        scales=_frozen(scales),
        scale_abbreviations=_frozen(abbreviations),
        magnitude_multipliers=pairs(magnitudes, "multipliers"),
        vague_numbers=pairs(magnitudes, "vague_numbers"),
        plural_scales=_frozen({str(k).lower(): float(v) for k, v in (magnitudes.get("plural_scales") or {}).items()}),
        bare_magnitudes=pairs(magnitudes, "bare"),
        figure_nouns=tuple(str(w).lower() for w in magnitudes.get("figure_nouns") or ("figure",)),
        money_context=frozenset(str(w).lower() for w in numbers.get("money_context") or ()),
        numeric_dates_day_first=_numeric_date_order(numbers.get("numeric_dates", "day-first")),
        barrel_volume_context=frozenset(str(w).lower() for w in numbers.get("barrel_volume_context") or ()),
        irregular_plurals=words(counts, "irregular_plurals"),
        plural_endings=tuple(sorted(words(counts, "plural_endings"))),
        not_plural=words(counts, "not_plural"),
        count_excluded=words(counts, "excluded"),
        counted_time_units_of=words(counts, "counted_time_units_of"),
        work_time_units=words(counts, "work_time_units"),
        work_time_from=float(counts.get("work_time_from") or float("inf")),
        count_blockers_before=words(counts, "blockers_before"),
        verbs_opening_a_line=words(counts, "verbs_opening_a_line"),
        counted_by_verb=_frozen(
            {str(noun).lower(): tuple(str(v).lower() for v in verbs or ()) for noun, verbs in (counts.get("counted_by_verb") or {}).items()}
        ),
        counted_by_verb_whatever_follows=words(counts, "counted_by_verb_whatever_follows"),
        seats_by_verb=tuple(sorted(words(counts, "seats_by_verb"), key=len, reverse=True)),
        seated_people=words(counts, "seated_people"),
        staff_of_us=tuple(sorted(words(counts, "staff_of_us"), key=len, reverse=True)),
        counted_abbreviations=tuple(sorted({str(w) for w in counts.get("counted_abbreviations") or ()}, key=len, reverse=True)),
        dropped_modifiers=words(counts, "dropped_modifiers"),
        function_words=words(counts, "function_words"),
        year_prepositions=words(counts, "year_prepositions"),
        year_measures=words(counts, "year_measures"),
        qualifiers=_frozen(qualifier_map),
        particle_over_verbs=frozenset(str(w).lower() for w in qualifiers.get("particle_over_verbs") or ()),
        particle_up_to_verbs=frozenset(str(w).lower() for w in qualifiers.get("particle_up_to_verbs") or ()),
        suffix_over=tuple(str(s) for s in qualifiers.get("suffix_over") or ()),
        about_fraction=float(qualifiers.get("about_fraction", 0.1)),
        unit_symbols=_frozen(unit_symbols),
        unit_words=_frozen(unit_words),
        unit_rate_symbols=_frozen(unit_rate_symbols),
        unit_spaced_symbols=frozenset(unit_spaced_symbols),
        unit_names=_frozen(unit_names),
        percent_forms=_frozen(percent_forms),
        rates=rates,
        compound_plurals=_frozen(compound_plurals),
        compound_not_nouns=words(counts, "compound_not_nouns"),
        strong_groups=_frozen({str(k).lower(): str(v).lower() for k, v in (counts.get("strong_groups") or {}).items()}),
        fractions=_frozen({" ".join(str(k).lower().split()): float(v) for k, v in (fractions.get("words") or {}).items()}),
        fraction_not_after=words(fractions, "not_after"),
        fraction_not_of=words(fractions, "not_of"),
    )


def _rate_words(unit_data: Mapping[str, Any]) -> RateWords:
    """The ``per:``, ``rate_bases``, ``rate_time_base`` and ``counted_bases`` of ``units.yaml``."""
    per = _mapping(unit_data, "per", "units.yaml")
    words: dict[str, TimeUnit] = {}
    symbols: dict[str, TimeUnit] = {}
    adverbs: dict[str, TimeUnit] = {}
    adjectives: dict[str, TimeUnit] = {}
    for entry in per.get("time") or ():
        if not isinstance(entry, dict) or "pint" not in entry:
            raise LexiconError(f"units.yaml: per.time: each entry needs 'pint': {entry!r}")
        pint_name = str(entry["pint"])
        if not units_module.same_dimension(pint_name, "second"):
            raise LexiconError(f"units.yaml: per.time: {pint_name!r} is not a unit of time")
        forms = [str(w).lower() for w in entry.get("words") or ()]
        unit = TimeUnit(pint_name, forms[0] if forms else pint_name)
        words.update(dict.fromkeys(forms, unit))
        symbols.update(dict.fromkeys((str(f) for f in entry.get("symbols") or ()), unit))
        adverbs.update(dict.fromkeys((str(f).lower() for f in entry.get("adverbs") or ()), unit))
        adjectives.update(dict.fromkeys((str(f).lower() for f in entry.get("adjectives") or ()), unit))

    time_base = str(unit_data.get("rate_time_base") or "year")
    if not units_module.same_dimension(time_base, "second"):
        raise LexiconError(f"units.yaml: rate_time_base: {time_base!r} is not a unit of time")
    bases = {str(k): str(v) for k, v in _mapping(unit_data, "rate_bases", "units.yaml").items()}
    for numerator, rate in bases.items():
        if not units_module.same_dimension(f"({numerator}) / ({time_base})", rate):
            raise LexiconError(f"units.yaml: rate_bases: {rate!r} is not {numerator!r} over a time")

    def lowered_words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in per.get(key) or ())

    for key in ("before_any", "before_time", "articles", "measured_by", "each"):
        if not lowered_words(key):
            raise LexiconError(f"units.yaml: per.{key}: needs at least one word")
    return RateWords(
        before_any=lowered_words("before_any"),
        before_time=lowered_words("before_time"),
        articles=lowered_words("articles"),
        measured_by=lowered_words("measured_by"),
        time_words=_frozen(words),
        time_symbols=_frozen(symbols),
        time_adverbs=_frozen(adverbs),
        time_adjectives=_frozen(adjectives),
        rate_measures=lowered_words("rate_measures"),
        each=lowered_words("each"),
        not_after_each=lowered_words("not_after_each"),
        article_nouns=lowered_words("article_nouns"),
        aliases=_frozen({str(k).lower(): str(v).lower() for k, v in _mapping(per, "aliases", "units.yaml").items()}),
        not_after=lowered_words("not_after"),
        not_after_alone=lowered_words("not_after_alone"),
        bases=_frozen(bases),
        time_base=time_base,
        counted_bases=frozenset(str(b) for b in unit_data.get("counted_bases") or ()),
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


def _numeric_date_order(order: object) -> bool:
    """Whether ``numeric_dates`` reads "03/04/2024" day first."""
    if order not in ("day-first", "month-first"):
        raise LexiconError(f"numbers.yaml: numeric_dates: expected day-first or month-first, not {order!r}")
    return order == "day-first"


def _frozen(data: dict) -> Mapping:
    return MappingProxyType(dict(data))
