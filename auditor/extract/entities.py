"""Names in a sentence: which entity each one is, folded to a canonical name.

Two sources of names, both offline: the gazetteer in ``rules/entities.yaml``
(countries with their demonyms, organisations with their aliases; users
extend it) and the capitalisation of the sentence, for names the gazetteer
does not know. Near spellings of a known name are matched with rapidfuzz.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, NamedTuple, get_args

from rapidfuzz import fuzz, process

from auditor.data_files import line_of, load_yaml_file
from auditor.extract.letters import UPPER
from auditor.extract.numbers import any_case_char, initial_led, trie_pattern, word_start_matches
from auditor.model import EntityType
from auditor.resources import default_rules_dir

_APOSTROPHES = "'\u2019"
_WORD_SPAN = re.compile(r"\S+")
# A capitalised word: "Acme", "OpenAI", "Dyna.Ai", "AT&T", "xAI", "eBay", "easyJet", "SK", "HBM4".
# A middle initial joins the name it stands in: "Edward M. Liddy", as do
# initials before it: "J. C. Ostermeier AG", "A. P. Moller-Maersk".
# A plural's apostrophe before the body it names stays in the name: "East
# Anglian Market Traders' Association", "the Licensed Victuallers' Society".
_PLURAL_OWNERS_BODY = r"(?:(?<=s)['\u2019](?=[ \t]+(?:Association|Federation|Guild|Society|Union|Club|Alliance|League|Institute|Fund|Trust|Council|Forum|Network)\b))?"
_NAME_WORD = (
    r"(?:[A-Z]\.(?=\s(?:[A-Z]\.\s)*[A-Z][a-z])|[" + UPPER + r"][\w]*(?:[.&\-][^\W_]+|/[A-Z]{1,3}\b)*" + _PLURAL_OWNERS_BODY
    + r"|(?<![^\W_])[a-z]{1,6}[" + UPPER + r"][\w]*)"
)
# Words that open a sentence on a new line and never a name's next word.
_LINE_OPENERS = r"(?:This|These|Those|That|It|Its|We|Our|If|Please|Any|All|For|In|On|At|To|You|Your|Thank|Thanks|Dear|Kind|Best|Regards)\b"
_NAME_RUN = re.compile(
    # "for" joins no names: "the Kestle Line for Harbury Transit" is two; nor
    # does a capitalised "The" after a blank ("Barclays BARC The bank's
    # shares": a sentence whose full stop the page lost).
    # Nor does a line break after blanks (a Markdown break ending "**About
    # Glacera Foods**  " before "Glacera Foods, founded ..."): a wrapped
    # line's name ("Meridian Rail\nSystems") still joins, but a letterhead's
    # line in capitals does not join the mixed-case line under it ("TARVO
    # INSURANCE GROUP AS\nAnnual Report 2024").
    # ("Céramique de l'Atlas", "Compagnie d'Armor": an elided article before the next word.)
    # Nor does a next line that opens on a field's label ("From: Priya Sandhu\nDate: ..."),
    # nor one that opens on a word no name is made of (a signature's
    # "..., Ardlow Mushrooms Group" over "This email and any attachments").
    _NAME_WORD + r"(?:(?:(?:[^\S\n]+|(?<![A-Z]{2})[^\S\n]?\n[^\S\n]*(?![A-Z][\w-]*:)(?!" + _LINE_OPENERS + r")|[^\S\n]?\n[^\S\n]*(?![A-Z][a-z])(?![A-Z][\w-]*:))(?!The\b)|\s+(?:of|de|du|des|del|della|dello|delle|degli|dal|dalla|di|da|do|dos|das|von|van|der|den|zu|zum|zur|af|av|&)\s+(?:l['\u2019](?=[A-Z]))?|\s+d['\u2019](?=[A-Z]))" + _NAME_WORD + r")*"
)
_UPPER = re.compile("[" + UPPER + "]")
_CAMEL_PREFIX = 6  # lower-case letters a name may open with: "easyJet"
_NAMED_AFTER = re.compile(r",\s+(?:who|whose|which\s+(?:owns|runs|bought|is|was|has|opened))\b")
# A word a name opens with ("Air", "Bank", "Rolls-Royce"), not "Industry-wide".
# Letters of any script: "Parcs Océanis SA" is a name before its legal
# form, not the words before Saudi Arabia's code.
_NAMED_WORD = re.compile(r"[" + UPPER + r"](?:[^\W\d_]|[.&'\u2019])*(?:-[" + UPPER + r"](?:[^\W\d_]|[.&'\u2019])*)*")
_OF_BEFORE = re.compile(r"\s(?:of|de|du|des|del|di|da|do)\s+$")
_FUZZY_CUTOFF = 90.0
_GOVERNMENT_BACKED = re.compile(r"\s+(?:government|state)[-\s]")
# "BOSTON (Biotech Wire) - ...": a wire story's place line, not a party to the news.
_DATELINE = re.compile(r"\s*[A-Z]{3,}(?:[ ,.]+[A-Z]{2,})*\.?\s*(?:\([^)]{1,40}\)\s*)?[-\u2013\u2014]+\s")


@dataclass(frozen=True, slots=True)
class KnownName:
    """What one alias in the gazetteer stands for."""

    name: str
    type: EntityType
    country: str | None = None  # ISO code of a country entity itself, or an entity's home


class Mention(NamedTuple):
    """One name found in a sentence (offsets into the sentence text)."""

    start: int
    end: int
    name: str
    type: EntityType
    surface: str
    possessive: bool = False
    demonym: bool = False  # "Israeli": names a country, but as an adjective
    country: str | None = None
    known: bool = False
    # False for a name that is no party to what the sentence reports: a
    # speaker, a source, a place, a country that does not act.
    actor: bool = True
    # How the sentence refers to it: "name", or, for a reference the document
    # model resolved, "short form", "description", "pronoun", "topic", ...
    via: str = "name"
    # A lone capitalised word opening a sentence that looks like a common word
    # ("Vireo runs", "Shareholders received"): only the whole document can tell.
    tentative: bool = False


@dataclass(frozen=True, eq=False)
class Gazetteer:
    names: Mapping[str, KnownName]  # casefolded alias -> entity
    demonyms: Mapping[str, str]  # casefolded demonym -> country code
    country_names: Mapping[str, str]  # country code -> canonical name
    non_entity_words: frozenset[str]
    labels_in_capitals: frozenset[str]  # "MARKET" on a line of its own: a section's label
    corporate_suffixes: frozenset[str]
    subject_verbs: frozenset[str]
    descriptors: frozenset[str]
    home_cues: tuple[str, ...]
    aliases: AliasMatcher  # every alias and demonym
    capitalised_demonym: re.Pattern[str]  # "Israeli", "ISRAELI": a demonym as a capitalised word
    never_alone: frozenset[str] = frozenset()  # "Federal": opens names, names nothing alone
    # Casefolded: each country's first demonym ("british", "german"), the whole
    # nation's; the others name a part of it ("scottish", "cumbrian").
    national_demonyms: frozenset[str] = frozenset()
    name_openers: frozenset[str] = frozenset()  # "New": opens a sentence, or a name before a capitalised word
    # "All": a sentence's word ("All flights"), a name's first word inside a
    # sentence ("its customer, All Nippon Airways").
    inner_name_openers: frozenset[str] = frozenset()
    # "Groupe", "Banco": words that open a company's name before the word a
    # short form keeps ("Vernoux" for "Groupe Vernoux"). Casefolded.
    leading_designators: frozenset[str] = frozenset()
    # "Bank", "Institute": words a name's "of" may follow ("Royal Bank of Scotland").
    heads_taking_of: frozenset[str] = frozenset()
    # "Framework", "Council": a name's last word that may close words joined
    # by "and" ("Gutter and Downpipe Clearance Framework").
    heads_closing_and: frozenset[str] = frozenset()
    # "Daughters" of "Hollins & Daughters of Huddersfield": a head that takes
    # "of" only when it opens the name.
    family_firm_heads: frozenset[str] = frozenset()
    # Codes of unions of countries ("EU"): "a European maker" says where it
    # works, never its nationality.
    unions: frozenset[str] = frozenset()
    trailing_dates: frozenset[str] = frozenset()  # "Missouri Friday": a day after a name is no part of it
    seasons: frozenset[str] = frozenset()  # "Spring 2025": a season alone before a year is when, no name
    trailing_ratings: frozenset[str] = frozenset()  # "Kyronel Hydrogen Hold (target NOK 38)": a rating, no name's word
    named_day_openers: frozenset[str] = frozenset()  # "Black Friday": unless it is a named day
    named_day_heads: frozenset[str] = frozenset()  # "Boxing Day", "New Year's Eve": a named day is when, never who
    common_word_endings: tuple[str, ...] = ()  # "-tion": a lone opening word so ending is a common word
    # "FY25", "FY2024/25", "H1'25", "Q3-2025": a period written as a word, never a name.
    period_word: re.Pattern[str] = re.compile(r"(?!)")

    def has_demonym(self, text: str) -> bool:
        """Whether a capitalised word of ``text`` is a demonym (in any case after its capital)."""
        return next(self.demonym_matches(text), None) is not None

    def demonym_matches(self, text: str):
        """The capitalised words of ``text`` that are demonyms, left to right."""
        return word_start_matches(self.capitalised_demonym, text)

    def lookup(self, text: str) -> KnownName | None:
        """The known entity a name stands for, exactly or by a near spelling."""
        return _lookup(self, text)


def _short_word(key: str, text: str) -> bool:
    """"Is the government right?": a word of two letters not in capitals is
    no country's code ("IS") and no other short name."""
    return len(key) <= 2 and not text.strip().isupper()


@functools.lru_cache(maxsize=65536)
def _lookup(gazetteer: Gazetteer, text: str) -> KnownName | None:
    # The same names recur in every sentence about them; the gazetteer is
    # immutable, so a remembered answer stays true.
    key = fold(text, gazetteer.corporate_suffixes)
    if not key or _short_word(key, text):
        return None
    known = gazetteer.names.get(key)
    if known is not None or len(key) < 5:
        return known
    return _near_spelling(gazetteer, key)


@functools.lru_cache(maxsize=65536)
def _near_spelling(gazetteer: Gazetteer, key: str) -> KnownName | None:
    # Names recur across a corpus: remembering each answer keeps the fuzzy
    # search off the hot path. The gazetteer is immutable, so answers stay true.
    candidates = _names_of_similar_length(gazetteer, len(key))
    if not candidates:
        return None
    match = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    if match is None or _another_ending(key, match[0]):
        return None
    if len(key) < _SHORT_NAME and len(match[0]) != len(key) and not (key.startswith(match[0]) or match[0].startswith(key)):
        # "Goole" is no "Google": a short name with a letter dropped or added
        # inside is another word (a town), not a slip of spelling; one with
        # an ending added ("Panamas", "Latvian") still reads as the name.
        return None
    return gazetteer.names[match[0]]


# Names shorter than this are matched near only by a changed letter, never a dropped or added one.
_SHORT_NAME = 8


def _another_ending(key: str, known: str) -> bool:
    """Whether two names differ only in the last letter of one word
    ("Pastificio Ferraioli" and "Pastificio Ferraiolo", "Rossi" and "Rosso"):
    another family's name, as such names are told apart, never a slip of spelling."""
    words, known_words = key.split(), known.split()
    if len(words) != len(known_words):
        return False
    differing = [(a, b) for a, b in zip(words, known_words) if a != b]
    return len(differing) == 1 and len(differing[0][0]) == len(differing[0][1]) and differing[0][0][:-1] == differing[0][1][:-1]


@functools.lru_cache(maxsize=1024)
def _names_of_similar_length(gazetteer: Gazetteer, size: int) -> tuple[str, ...]:
    """The gazetteer keys a key of ``size`` characters could reach the fuzzy cutoff with.

    The ratio is at most 2 * shorter / (sum of lengths), so names of a very
    different length are skipped before scoring (with a point of slack). They
    keep the gazetteer's order, so ties resolve as over the whole gazetteer.
    """
    return tuple(
        name
        for name in gazetteer.names
        if 100.0 * 2 * min(size, len(name)) / (size + len(name)) >= _FUZZY_CUTOFF - 1.0
    )


def _name_words(text: str, suffixes: frozenset[str]) -> list[str]:
    """The words of a name without its possessive, a leading "the" and corporate suffixes."""
    # The words of re.sub(r"['\u2019]s?$", "", re.sub(r"\s+", " ", text.strip())),
    # found without the regex engine: str.split() cuts at the whitespace \s
    # matches, and the possessive can only end the last word.
    words = text.split() or [""]
    last = words[-1]
    if last.endswith(("'s", "\u2019s")):
        words[-1] = last[:-2]
    elif last.endswith(("'", "\u2019")):
        words[-1] = last[:-1]
    # "Cleveland Tug Company of Middlesbrough": a legal form, then where the
    # company is from; "Bank of America" has none before its "of".
    for index in range(1, len(words) - 1):
        if words[index + 1] == "of" and words[index].rstrip(",") in suffixes and index + 2 < len(words) and words[index + 2][:1].isupper():
            words = words[: index + 1]
            break
    # "FJORDWING GROUP ASA": a name in capitals ends in the same suffixes,
    # and "CONCERIA VALBRENTA S.P.A." or "Vrbka a.s." in another case.
    # "Corvanta Data Centres B.V" at a sentence's end has lost the suffix's last full stop.
    while len(words) > 1 and (
        words[-1].rstrip(",") in suffixes
        or words[-1].rstrip(",").capitalize() in suffixes
        or words[-1].rstrip(",") + "." in suffixes
        or _suffix_in_any_case(words[-1].rstrip(","), suffixes)
    ):
        words.pop()
        # "Kinoshita & Co": the joiner before the suffix goes with it.
        if len(words) > 1 and words[-1] in ("&", "and", "+"):
            words.pop()
    if len(words) > 1 and words[0].lower() == "the":
        words.pop(0)
    return words


def _suffix_in_any_case(word: str, suffixes: frozenset[str]) -> bool:
    """A suffix written in capitals or with full stops in another case than
    listed ("S.P.A." for "S.p.A.", "a.s." for "A.S."): never a plain word in
    lower case ("as", "co")."""
    if not ("." in word or (word.isupper() and len(word) > 1)):
        return False
    return word.casefold().replace(".", "") in _undotted(suffixes)


@functools.lru_cache(maxsize=8)
def _undotted(suffixes: frozenset[str]) -> frozenset[str]:
    return frozenset(s.casefold().replace(".", "") for s in suffixes)


@functools.lru_cache(maxsize=65536)
def fold(text: str, suffixes: frozenset[str] = frozenset()) -> str:
    """The comparison key of a name: possessive, suffixes and case removed."""
    # Remembered: the document model folds each name several times (its
    # entity, its lookup, its short forms), and names recur across a corpus.
    return " ".join(_name_words(text, suffixes)).rstrip(".,").casefold()


@dataclass(frozen=True)
class AliasMatcher:
    """Finds gazetteer aliases in a text, leftmost first, never overlapping,
    never starting inside a word or after a dot.

    Short or all-capital aliases match as written; the others in any case
    after a first letter some alias is listed with. One trie holds both,
    branching first on that letter (see ``initial_led``).
    """

    pattern: re.Pattern[str]

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [match.span() for match in word_start_matches(self.pattern, text, inside=".")]


def _alias_matcher(case_sensitive: list[str], case_insensitive: list[str]) -> AliasMatcher:
    # A prefix trie tries the same names in the same order as a longest-first
    # alternation (every name matching at one place is a prefix of the longest),
    # but the engine reads each letter once instead of once per name. Under
    # one first letter, names as written come before names in any case.
    initials = {w[0] for w in [*case_sensitive, *case_insensitive] if w}
    rests: dict[str, str] = {}
    for initial in initials:
        exact = sorted({w[1:] for w in case_sensitive if w and w[0] == initial})
        loose = sorted({w[1:].lower() for w in case_insensitive if w and w[0].lower() == initial.lower()})
        parts = [trie_pattern(exact)] if exact else []
        if loose:
            parts.append(trie_pattern(loose, char=any_case_char))
        rests[initial] = "|".join(parts)
    return AliasMatcher(re.compile("(?:" + initial_led(rests) + r")(?![\w]|\.\w)"))


def _capitalised_pattern(words) -> re.Pattern[str]:
    """Any of ``words`` (casefolded) written as one capitalised word, led by
    its capital (see ``initial_led``)."""
    groups: dict[str, set[str]] = {}
    for word in words:
        first = word[:1].upper()
        if len(first) == 1 and "A" <= first <= "Z":
            groups.setdefault(first, set()).add(word[1:])
    rests = {
        first: "|".join("".join(any_case_char(ch) for ch in rest) for rest in sorted(words, key=len, reverse=True))
        for first, words in groups.items()
    }
    return re.compile("(?:" + initial_led(rests) + r")(?![\w.])")


class GazetteerError(ValueError):
    """``entities.yaml`` holds an entry extraction cannot use."""


_ENTITY_TYPES = frozenset(get_args(EntityType))


def _checked_entities(path: Path) -> dict:
    """``entities.yaml`` read, with each entry checked; an error names the
    file, the line of the entry and the field."""
    data = load_yaml_file(path) or {}
    if not isinstance(data, dict):
        raise GazetteerError(f"{path}: expected a mapping with 'countries' and 'entities'")

    def fail(entry: object, field: str, problem: str, section: str) -> GazetteerError:
        line = getattr(entry, "line", None)
        return GazetteerError(f"{path}:{line}: {section}: {field}: {problem}" if line else f"{path}: {section}: {field}: {problem}")

    for section, required in (("countries", ("code", "name")), ("entities", ("name",))):
        entries = data.get(section) or []
        if not isinstance(entries, list):
            raise GazetteerError(f"{path}:{line_of(data, section)}: {section}: expected a list")
        for entry in entries:
            if not isinstance(entry, dict):
                raise GazetteerError(f"{path}:{line_of(data, section)}: {section}: entry: expected a mapping")
            for field in required:
                if entry.get(field) in (None, ""):
                    raise fail(entry, field, "missing", section)
            for field in ("aliases", "demonyms"):
                if entry.get(field) is not None and not isinstance(entry[field], list):
                    raise fail(entry, field, "expected a list", section)
            if section == "entities" and entry.get("type", "organisation") not in _ENTITY_TYPES:
                raise fail(entry, "type", f"{entry['type']!r} is not one of {', '.join(sorted(_ENTITY_TYPES))}", section)
    return data


def _period_word(prefixes: list) -> re.Pattern[str]:
    """A period prefix and its year, in two or four digits, alone or with the
    next year's ("FY25", "FY2024/25", "H1'25", "Q3-2025")."""
    if not prefixes:
        return re.compile(r"(?!)")
    alternatives = "|".join(re.escape(str(p)) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})[\s'\u2019-]?(?:\d\d){{1,2}}(?:[/-](?:\d\d){{1,2}})?")


@functools.lru_cache(maxsize=8)
def load_gazetteer(rules_dir: Path | None = None) -> Gazetteer:
    """Read ``entities.yaml`` and ``lexicon/names.yaml`` of a rules folder."""
    root = rules_dir or default_rules_dir()
    data = _checked_entities(root / "entities.yaml")
    words = load_yaml_file(root / "lexicon" / "names.yaml") or {}
    suffixes = frozenset(str(s) for s in words.get("corporate_suffixes", []))
    names: dict[str, KnownName] = {}
    demonyms: dict[str, str] = {}
    function_codes = frozenset(str(w) for w in words.get("non_entity_words", []) if len(str(w)) == 2)
    codes_as_words = frozenset(str(w) for w in words.get("codes_as_words", []))
    country_names: dict[str, str] = {}
    unions: set[str] = set()
    national: set[str] = set()
    surfaces: list[str] = []

    for country in data.get("countries", []) or []:
        code = str(country["code"])
        name = str(country["name"])
        country_names[code] = name
        if country.get("union"):
            unions.add(code)
        known = KnownName(name=name, type="country", country=code)
        # A code that is also a word no entity is ("IN", "IT", "TO"): in a
        # heading in capitals ("IN THE CAB") it is the word, never the country.
        code_alias = [] if code.capitalize() in function_codes or code in codes_as_words else [code]
        for alias in [name, *code_alias, *(country.get("aliases") or [])]:
            alias = str(alias)
            names.setdefault(fold(alias), known)
            surfaces.append(alias)
        # A country's first demonym is its nation's, and so is one written
        # like its name ("Argentinian" of Argentina, "American" of America);
        # the others name a part of it ("Scottish", "Cumbrian", "Piedmontese").
        stems = {fold(str(n))[:_NATION_STEM] for n in [name, *(country.get("aliases") or [])] if len(str(n)) >= _NATION_STEM}
        for index, demonym in enumerate(country.get("demonyms") or []):
            demonyms.setdefault(str(demonym).casefold(), code)
            if index == 0 or fold(str(demonym))[:_NATION_STEM] in stems:
                national.add(str(demonym).casefold())
            surfaces.append(str(demonym))
    for entity in data.get("entities", []) or []:
        known = KnownName(
            name=str(entity["name"]),
            type=entity.get("type", "organisation"),
            country=entity.get("country"),
        )
        for alias in [entity["name"], *(entity.get("aliases") or [])]:
            names[fold(str(alias), suffixes)] = known
            surfaces.append(str(alias))

    # Short or all-capital aliases ("US", "EU", "AMD") only match as written;
    # longer ones match in any case ("NVIDIA" = "Nvidia").
    exact = [s for s in surfaces if len(s) <= 3 or s.isupper() or "." in s]
    loose = [s for s in surfaces if s not in exact]
    # Names as written are tried first: a longer name that one of them opens
    # ("S&P 500 Index" after "S&P 500") is tried as written too, so the
    # longest still wins.
    exact_set = set(exact)
    exact += [s for s in loose if any(s.startswith(e) and len(s) > len(e) for e in exact_set if len(e) > 3)]
    return Gazetteer(
        names=names,
        demonyms=demonyms,
        country_names=country_names,
        unions=frozenset(unions),
        non_entity_words=frozenset(str(w) for w in words.get("non_entity_words", [])),
        labels_in_capitals=frozenset(str(w) for w in words.get("labels_in_capitals", [])),
        corporate_suffixes=suffixes,
        subject_verbs=frozenset(str(w) for w in words.get("subject_verbs", [])),
        descriptors=frozenset(str(w).casefold() for w in words.get("descriptors", [])),
        home_cues=tuple(str(w) for w in words.get("home_cues", [])),
        aliases=_alias_matcher(exact, loose),
        capitalised_demonym=_capitalised_pattern(demonyms),
        never_alone=frozenset(str(w) for w in words.get("never_alone", [])),
        national_demonyms=frozenset(national),
        name_openers=frozenset(str(w) for w in words.get("name_openers", [])),
        inner_name_openers=frozenset(str(w) for w in words.get("inner_name_openers", [])),
        leading_designators=frozenset(str(w).casefold() for w in words.get("leading_designators", [])),
        heads_taking_of=frozenset(str(w) for w in words.get("heads_taking_of", [])),
        heads_closing_and=frozenset(str(w) for w in words.get("heads_closing_and", [])),
        family_firm_heads=frozenset(str(w) for w in words.get("family_firm_heads", [])),
        trailing_dates=frozenset(str(w) for w in words.get("trailing_dates", [])),
        seasons=frozenset(str(w) for w in words.get("seasons", [])),
        trailing_ratings=frozenset(str(w) for w in words.get("trailing_ratings", [])),
        named_day_openers=frozenset(str(w) for w in words.get("named_day_openers", [])),
        named_day_heads=frozenset(str(w) for w in words.get("named_day_heads", [])),
        common_word_endings=tuple(str(w) for w in words.get("common_word_endings", [])),
        period_word=_period_word(words.get("period_prefixes", [])),
    )


def canonical_name(text: str, gazetteer: Gazetteer | None = None) -> str:
    """The name under which claims about ``text`` are compared."""
    return _canonical_name(text, gazetteer or load_gazetteer())


@functools.lru_cache(maxsize=65536)
def _canonical_name(text: str, gazetteer: Gazetteer) -> str:
    known = gazetteer.lookup(text)
    if known is not None:
        return known.name
    return " ".join(_name_words(text, gazetteer.corporate_suffixes)).strip(" ,.")


def without_designator(text: str, gazetteer: Gazetteer | None = None) -> str | None:
    """A name without the trade word it opens on ("Coöperatie Noordkwelder
    U.A.": "Noordkwelder U.A."), the name a text may write alone; None when
    it opens on none."""
    words = text.split()
    designators = (gazetteer or load_gazetteer()).leading_designators
    return " ".join(words[1:]) if len(words) > 1 and words[0].casefold() in designators else None


def normalise_country(text: str, gazetteer: Gazetteer | None = None) -> str | None:
    """ISO code of a country named, abbreviated or given as a demonym."""
    gazetteer = gazetteer or load_gazetteer()
    cleaned = text.strip()
    if cleaned.upper() in gazetteer.country_names:
        return cleaned.upper()
    code = gazetteer.demonyms.get(cleaned.casefold())
    if code:
        return code
    known = gazetteer.lookup(cleaned)
    if known is not None and known.type == "country":
        return known.country
    return None


def _possessive_after(text: str, end: int) -> bool:
    """A name followed by ``'s`` or a bare apostrophe ("Nvidia's", "Harbor Logistics'")."""
    return end < len(text) and text[end] in _APOSTROPHES


_OPENING_MARKS = " \t\"'\u201c\u2018("
_SENTENCE_BREAKS = ".:;!?-\u2013\u2014\u2022*|"  # "|": a table cell opens like a sentence


# A British postcode's two halves: "HX1" then " 1BA".
_POSTCODE_OUTWARD = re.compile(r"[A-Z]{1,2}\d{1,2}[A-Z]?")
_POSTCODE_INWARD_AFTER = re.compile(r"[ \t]+\d[A-Z]{2}\b")
# What follows a rating after a name: its target in brackets, or the next name of a list.
_RATING_CLOSES = re.compile(r"[ \t]*(?:\(|[,;]|$)")


def _starts_sentence(text: str, start: int) -> bool:
    # ``text[:start].rstrip(_OPENING_MARKS)`` and its last character, read
    # backwards from the name: no copy of the sentence before it.
    position = start
    while position and text[position - 1] in _OPENING_MARKS:
        position -= 1
    if position and text[position - 1].isdigit():
        # ("V.4 Reason for award:": a form's field opens after its number.)
        line_start = text.rfind("\n", 0, position) + 1
        return FIELD_NUMBER.fullmatch(text, line_start, position) is not None
    return not position or text[position - 1] in _SENTENCE_BREAKS


def _is_named_day(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether a run of words names a day ("Boxing Day", "Black Friday", "New Year's Eve",
    "Valentine's Day"): its last word is a day's and the word before it makes a named day of it,
    by the lexicon or as a possessive ("Doris Day" stays a name)."""
    if len(words) < 2 or words[-1] not in gazetteer.named_day_heads:
        return False
    before = words[-2]
    return before in gazetteer.named_day_openers or before.endswith(("'s", "’s", "s'", "s’"))


_POSSESSIVE_BEFORE = re.compile(r"[A-Z][\w-]*['\u2019]s\s+$")
_DAY_AFTER_POSSESSIVE = re.compile(r"['\u2019]s\s+(?P<head>[A-Z][a-z]+)\b(?!\s+[A-Z])")


def _possessive_named_day(text: str, start: int, end: int, words: list[str], gazetteer: Gazetteer) -> bool:
    """A named day that a possessive splits into two runs ("New Year's Eve",
    "Valentine's Day"): the run before the "'s" and the day's word after it."""
    if len(words) == 1 and words[0] in gazetteer.named_day_heads and _POSSESSIVE_BEFORE.search(text, max(0, start - 30), start):
        return True
    after = _DAY_AFTER_POSSESSIVE.match(text, end)
    # ("Tesco's Friday sale": a weekday after a possessive is the owner's day, no named one.)
    return after is not None and after.group("head") in gazetteer.named_day_heads and after.group("head") not in gazetteer.trailing_dates


def _in_title_case(words: list[str], listed: frozenset[str]) -> bool:
    """Whether words written in capitals are listed in title case ("KEY
    FIGURES": "Key Figures", "HALF-YEAR REPORT": "Half-Year Report"), with or
    without an opening "the"."""
    folded = _folded(listed)
    joined = " ".join(w.casefold() for w in words)
    return joined in folded or (len(words) > 1 and words[0].casefold() == "the" and joined[4:] in folded)


@functools.lru_cache(maxsize=8)
def _folded(listed: frozenset[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in listed)


# A bare possessive name ("Pennock's") and a capitalised word right before
# one of its occurrences ("Harold Pennock's").
_BARE_POSSESSIVE = ("'s", "\u2019s")
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w'-]*[^\S\n]$")
# Capitalised words that open a title or a sentence and are no one's given
# name: "Second Darwin's sandwich shop opens".
_NO_GIVEN_NAMES = frozenset("The A An First Second Third New Old Original Another Every Each Why How When Where Inside At In".split())


def find_entities(
    text: str,
    gazetteer: Gazetteer,
    *,
    heading: bool = False,
    tentative: bool = False,
    defined: frozenset[str] = frozenset(),
    possessed: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Names in a sentence, left to right, never overlapping.

    In a heading every word is capitalised, so only gazetteer names count there.
    With ``tentative``, a sentence's first word that looks like a common word
    is returned marked ``tentative`` instead of dropped, for a caller that
    reads the whole document to decide. ``defined``: short names the
    document defines for its own names ("Bjørnefjord Sjøtransport AS (BST)"),
    names there even where the word list has them for something else ("BST",
    a time zone). ``possessed``: names with a possessive inside that the
    document shows are one company's ("Tolmie's Hardware"), read whole.
    """
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for start, end in gazetteer.aliases.spans(text):
        surface = text[start:end]
        if start >= 2 and text[start - 1] == "-" and (text[start - 2].isupper() or text[start - 2].isdigit()) and surface.isupper():
            continue  # "AURA-NG", "KX-US": the end of a model's code, no country ("Anglo-US" is one)
        key = surface.casefold()
        possessive = _possessive_after(text, end)
        if key in gazetteer.demonyms and fold(surface) not in gazetteer.names:
            # A demonym is read as one only before a word ("Israeli startup").
            mentions.append(
                Mention(
                    start=start,
                    end=end,
                    name=gazetteer.country_names[gazetteer.demonyms[key]],
                    type="country",
                    surface=surface,
                    demonym=True,
                    country=gazetteer.demonyms[key],
                    known=True,
                )
            )
        else:
            known = gazetteer.names.get(fold(surface, gazetteer.corporate_suffixes))
            if known is None:
                continue
            if _sibling_name(text, end, surface, known.name, gazetteer):
                continue  # "Reliance Communications" is no "Reliance" (Industries)
            is_demonym = key in gazetteer.demonyms and _adjectival(text, end)
            mentions.append(
                Mention(
                    start=start,
                    end=end,
                    name=known.name,
                    type=known.type,
                    surface=surface,
                    possessive=possessive,
                    demonym=is_demonym,
                    country=known.country,
                    known=True,
                )
            )
        taken.append((start, end))

    if possessed:
        for name in sorted(possessed, key=len, reverse=True):
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                if whole and name[-2:] in _BARE_POSSESSIVE:
                    before = _NAME_WORD_BEFORE.search(text[max(0, at - 40) : at])
                    if before is not None and before.group(0).strip() not in _NO_GIVEN_NAMES:
                        whole = False  # "Harold Pennock's son": a person's, where "Pennock's" alone is the shop
                if whole and not any(at < t_end and t_start < end for t_start, t_end in taken):
                    mentions.append(
                        Mention(start=at, end=end, name=name, type="unknown", surface=name, possessive=_possessive_after(text, end))
                    )
                    taken.append((at, end))
                at = text.find(name, end)

    dateline = _DATELINE.match(text)
    if dateline:
        mentions = [m for m in mentions if m.start >= dateline.end()]
        taken.append((0, dateline.end()))
    if not heading:
        countries = {m.start: m for m in mentions if m.type == "country"}
        # The names found below come from earlier runs, so only the countries
        # found above can lie inside a run: most sentences have none.
        country_mentions = list(countries.values())
        for match in name_runs(text, gazetteer.corporate_suffixes, gazetteer.heads_taking_of, gazetteer.heads_closing_and, gazetteer.names):
            inner = [m for m in country_mentions if match.start() < m.start and m.end <= match.end()] if country_mentions else []
            if (
                inner
                and all(
                    _OF_BEFORE.search(text, match.start(), m.start) or _named_around(text, match, m, gazetteer) for m in inner
                )
                and match.start() not in countries
            ):
                # "Bank of America", "Royal Bank of Scotland Group", "Air New
                # Zealand", "Bank Negara Malaysia": a country after "of", or
                # after a word of the name, inside a name is part of it.
                mentions = [m for m in mentions if m not in inner]
                country_mentions = [m for m in country_mentions if m not in inner]
                taken = [span for span in taken if not any(span == (m.start, m.end) for m in inner)]
            leading = countries.get(match.start())
            if leading is None and countries:  # (the words are read only in a sentence with a country)
                leading = countries.get(_after_function_words(text, match, gazetteer, countries))
            while leading is not None and leading.end < match.end() and text[leading.end : leading.end + 1] == " ":
                # "American International Group", "United States Barack Obama":
                # the words after a country or demonym are read as a name of
                # their own; the document model decides whether the country
                # word belongs to it.
                rest = _NAME_RUN.match(text, leading.end + 1)
                if rest is None:
                    break  # "U.S. (Nasdaq)": no name follows
                match = rest
                leading = countries.get(match.start())
            if leading is not None and leading.end < match.end():
                # "Germany-based Linamar", "U.S.-listed Corvane": a country's
                # home cue opens the run; the name after it is one of its own.
                cue = _HOME_CUE_AFTER.match(text, leading.end)
                rest = _NAME_RUN.match(text, cue.end()) if cue is not None else None
                if rest is not None and rest.end() <= match.end():
                    match, leading = rest, None
            if leading is not None:
                continue
            run = match.group()
            if run.isalpha() and run in gazetteer.non_entity_words and run not in defined:
                continue  # "The", "But" opening a sentence: one function word, which names nothing
            mention = _capitalised_name(text, match, gazetteer, taken, tentative, defined)
            if mention is not None:
                mentions.append(mention)
                after_of = _OF_ANOTHER_NAME.match(text, mention.end, match.end())
                if after_of is not None and after_of.end() == match.end():
                    # "Jo Baird of Corrie Ltd", "with Iain MacLennan of
                    # MacLennan Pipe Works": a name of several words after
                    # "of" is whose the person is, a name of its own (one
                    # word, "Sahyadri Seeds of Pune", says where).
                    rest = _NAME_RUN.match(text, after_of.start("name"))
                    other = _capitalised_name(text, rest, gazetteer, taken, tentative, defined) if rest is not None else None
                    if other is not None:
                        mentions.append(other)
    mentions.sort(key=lambda m: m.start)
    if not heading:
        mentions = _listed_name_before_initials(text, mentions, gazetteer)
        if ", " in text:
            mentions = _suffixes_after_commas(text, mentions, gazetteer)
    return mentions


# "of" and a name of two words or more closing a run: " of Corrie Ltd".
_OF_ANOTHER_NAME = re.compile(r" of (?P<name>[A-Z][\w&'\u2019.-]*(?: [A-Z&][\w&'\u2019.-]*)+)")


# Function words that make a line in capitals a phrase rather than a name.
_PHRASE_WORDS_IN_CAPITALS = frozenset("THE FROM TO FOR IN WITH ON AT BY ABOUT ITS THEIR OUR HIS HER".split())
# The ends of words in capitals split off at an apostrophe or a numeral: "TREASURER'S", "126TH".
_WORD_ENDINGS_IN_CAPITALS = frozenset("S TH ST ND RD".split())

# ", S.A.", ", Inc.", ", AB": a corporate suffix set off by a comma.
_SUFFIX_AFTER_COMMA = re.compile(r",[ \t]+(?P<suffix>[A-Za-z][\w.\u015e/]*)(?![\w/])")


def _suffixes_after_commas(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"AEROSTÀTICA DEL VALLÈS, S.A.", "Calder Holdings, Inc.": the suffix
    after the comma ends the name before it, which it makes a company's, and
    is no name of its own. Only a suffix written short (with a full stop, in
    capitals, or of four letters at most) is read so: "Acme, Group chief
    executive Jo Lee said" names no "Acme, Group"."""
    result: list[Mention] = []
    swallowed_until = -1
    for mention in mentions:
        if mention.start < swallowed_until:
            continue
        after = _SUFFIX_AFTER_COMMA.match(text, mention.end)
        if after is not None and mention.type in ("organisation", "unknown") and not mention.possessive and not mention.demonym:
            word = after.group("suffix")
            short = "." in word or word.isupper() or len(word) <= 4
            if short and (word in gazetteer.corporate_suffixes or _suffix_in_any_case(word, gazetteer.corporate_suffixes)):
                swallowed_until = after.end()
                mention = mention._replace(end=after.end(), surface=text[mention.start : after.end()], type="organisation")
        result.append(mention)
    return result


# A home cue right after a country's name: "Germany-based ", "U.S.-listed ".
_HOME_CUE_AFTER = re.compile(r"-(?:based|headquartered|listed|registered|owned)\s+")


# "Kellogg, Brown and Root (KBR)": the names of a list joined by commas and
# "and", then the bracketed initials of them all.
_LIST_JOINER = re.compile(r"(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)$")
_BRACKETED_INITIALS = re.compile(r"\s*\(([A-Z]{2,6})\)")


def _listed_name_before_initials(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """One firm named after its partners: the listed names whose first
    letters spell the bracketed initials after them are one name."""
    if "(" not in text:
        return mentions
    result = list(mentions)
    for index in range(len(result) - 1, 0, -1):
        if index >= len(result):
            continue
        last = result[index]
        initials = _BRACKETED_INITIALS.match(text, last.end)
        if initials is None or last.known:
            continue
        letters = initials.group(1)
        first = index
        spelled = _capitals(last.surface)
        while first > 0 and len(spelled) < len(letters):
            before = result[first - 1]
            if before.known or not _LIST_JOINER.search(text, before.end, result[first].start) or text[before.end : result[first].start].count(",") > 1:
                break
            first -= 1
            spelled = _capitals(before.surface) + spelled
        if first == index or spelled != letters:
            continue
        start, end = result[first].start, last.end
        surface = text[start:end]
        merged = Mention(start=start, end=end, name=canonical_name(surface, gazetteer), type="organisation",
                         surface=surface, possessive=_possessive_after(text, end), known=False)
        result[first : index + 1] = [merged]
    return result


def _capitals(surface: str) -> str:
    return "".join(word[0] for word in surface.split() if word[0].isupper())


# "Ardıç Halı Sanayi ve Ticaret A.Ş.", "Gebrüder Lenz und Söhne GmbH",
# "Dupont et Fils SA": a conjunction joins the words of one company's name
# when a legal form closes it.
# "And" joins only a last word before the legal form ("Hadley Brothers
# Removals and Storage Ltd", "Marks and Spencer plc"): "Thomson Corporation
# and Reuters Group PLC" are two companies.
_CONJUNCTION_IN_NAME = re.compile(r"[^\S\n]+(?P<word>ve|und|et|y|e|och|og|and)[^\S\n]+(?=[" + UPPER + r"])")
# Words of the suffix list that are words of a name as well: no legal form closes a name with them.
_SUFFIX_WORDS = frozenset({"Group", "Holdings", "Company", "Corporation", "Incorporated", "Limited"})


def _joined_by_a_conjunction(
    text: str, match: re.Match[str], suffixes: frozenset[str], bodies: frozenset[str] = frozenset(),
    closers: frozenset[str] = frozenset(), known: Mapping[str, object] | None = None,
) -> re.Match[str]:
    """``match``, extended over a conjunction to the run after it when that
    run ends in a legal form (a company's one name), or when a body's name
    goes on over "and" to the members it is of ("Federation of Reptile and
    Exotic Retailers"), else ``match``."""
    joined = _CONJUNCTION_IN_NAME.match(text, match.end())
    if joined is None:
        return match
    second = _NAME_RUN.match(text, joined.end())
    if joined.group("word") == "and" and second is not None and (
        (bodies and _members_of_a_body(match.group(0), second.group(0), bodies, suffixes))
        or (closers and _closed_by_a_head(match.group(0), second.group(0), closers, known))
    ):
        return re.compile(r"(?s).{%d}" % (second.end() - match.start())).match(text, match.start())  # type: ignore[return-value]
    last = second.group(0).split()[-1].rstrip(",") if second is not None and second.group(0).split() else ""
    if not last or last in _SUFFIX_WORDS or not (last in suffixes or last + "." in suffixes or _suffix_in_any_case(last, suffixes)):
        return match
    first_last = match.group(0).split()[-1].rstrip(",") if match.group(0).split() else ""
    if first_last in suffixes or second.group(0).startswith("The "):
        return match  # "Vollrath AG und Brenner GmbH": two companies, each with its legal form
    if joined.group("word") == "and" and (len(second.group(0).split()) != 2 or first_last in _SUFFIX_WORDS):
        return match  # "Acme Holdings and Reuters Group PLC": two companies
    return re.compile(r"(?s).{%d}" % (second.end() - match.start())).match(text, match.start())  # type: ignore[return-value]


def _members_of_a_body(first: str, second: str, bodies: frozenset[str], suffixes: frozenset[str]) -> bool:
    """Whether "and" joins two runs into one body's name: the first a body
    of something ("Federation of Reptile", "Institute of Fisheries"), the
    second two or three words ending on whom it is of, in the plural
    ("Exotic Retailers", "Aquaculture Managers"); never another body ("Bank
    of England and Barclays Bank") or a company ("... and Acme Ltd")."""
    words, others = first.split(), second.split()
    if not any(word in bodies and following == "of" for word, following in zip(words, words[1:])):
        return False
    last = others[-1] if others else ""
    return (
        2 <= len(others) <= 3 and others[0] != "The" and last.endswith("s") and last[:-1] not in bodies
        and last not in bodies and last not in suffixes and last + "." not in suffixes and "of" not in others
    )


def _closed_by_a_head(first: str, second: str, closers: frozenset[str], known: Mapping[str, object] | None) -> bool:
    """Whether "and" joins two runs into one name its last word closes:
    "Gutter and Downpipe Clearance Framework", "Bath and North East Somerset
    Council"; not when the first run is a name the gazetteer knows ("Unison
    and the Leeds City Council") or is long."""
    words, others = first.split(), second.split()
    return (
        0 < len(words) <= 2 and 2 <= len(others) <= 5 and others[-1] in closers and others[0] != "The"
        and not (known is not None and first.casefold() in known)
    )


def name_runs(
    text: str, suffixes: frozenset[str] = frozenset(), bodies: frozenset[str] = frozenset(),
    closers: frozenset[str] = frozenset(), known: Mapping[str, object] | None = None,
):
    """The matches of ``_NAME_RUN.finditer(text)``, found faster.

    A run opens with a capital (``letters.UPPER``), or with a short lower-case prefix that
    opens a word right before one ("xAI", "eBay", "easyJet"). So the first
    capital from where the search stands fixes where the next run starts: on
    it, or at the start of its word. The engine jumps from capital to capital
    instead of trying the run pattern at every letter."""
    position = 0
    while True:
        upper = _UPPER.search(text, position)
        if upper is None:
            return
        start = upper.start()
        prefix = start
        while prefix > position and start - prefix < _CAMEL_PREFIX and "a" <= text[prefix - 1] <= "z":
            prefix -= 1
        if prefix < start and not (prefix > 0 and text[prefix - 1].isalnum()):
            start = prefix  # the whole word: "easyJet", never "syJet"
        numbered = FIELD_NUMBER.match(text, start)
        if numbered is not None:
            position = numbered.end()  # "V.4 Reason for award:": a field's number, no name's word
            continue
        match = _NAME_RUN.match(text, start)
        if suffixes:
            match = _joined_by_a_conjunction(text, match, suffixes, bodies, closers, known)
        yield match
        position = match.end()


_NEXT_NAME_WORD = re.compile(r" ([A-Z][\w&'-]*)")
# A numbered field or section of a form: "II.1", "V.4", "A.2.3" (never "E.ON").
# (And a form's section by its number: "Section II.", "Annex 2", "Part IV".)
FIELD_NUMBER = re.compile(
    r"(?:(?:[IVX]{1,4}|[A-Z])\.\d+(?:\.\d+)*\.?|(?:Section|Annex|Schedule|Appendix|Part)[ \t]+(?:[IVX]{1,4}|\d+)(?:\.\d+)*\.?)(?![\w.])"
)


def _sibling_name(text: str, end: int, surface: str, full_name: str, gazetteer: Gazetteer) -> bool:
    """Whether an alias that is the first word of a longer name ("Reliance"
    of "Reliance Industries") opens another name here ("Reliance
    Communications"): a capitalised word follows that is not the full
    name's next word."""
    if not full_name.startswith(surface + " "):
        return False
    following = _NEXT_NAME_WORD.match(text, end)
    if following is None or _function_word(following.group(1), gazetteer):
        return False
    return not full_name[len(surface) + 1 :].startswith(following.group(1))


def _after_function_words(text: str, run: re.Match[str], gazetteer: Gazetteer, countries: Mapping[int, Mention]) -> int:
    """Where a run's first word that is no function word starts ("The |Finnish
    Kennel Club"), or the country that opens it does ("In |New Zealand Vantor":
    "New" alone is a function word)."""
    for word in _WORD_SPAN.finditer(text, run.start(), run.end()):
        if word.start() in countries or not _function_word(word.group(0), gazetteer):
            return word.start()
    return run.end()


def _named_around(text: str, run: re.Match[str], country: Mention, gazetteer: Gazetteer) -> bool:
    """Whether the run's words before a country are a name's first words
    ("Air New Zealand", "The Bank Negara Malaysia"), not a function word or a
    month ("In New Zealand", "March China"), and no word after it opens a
    sentence ("Turkey In 2006")."""
    if country.demonym:
        return False  # "Native American": a demonym after a word is no name's end
    before = text[run.start() : country.start].split()
    while before and _function_word(before[0], gazetteer):
        before.pop(0)
    after = text[country.end : run.end()].split()
    return (
        bool(before)
        # "Currently Switzerland", "Choosing Taiwan": an adverb or a verb opens no name
        and all(_NAMED_WORD.fullmatch(word) and not _function_word(word, gazetteer) and not word.endswith(("ly", "ing")) for word in before)
        and not any(word in gazetteer.non_entity_words for word in after)
    )


def _adjectival(text: str, end: int) -> bool:
    """True when a country word is used as an adjective: "U.S. government-backed"."""
    rest = text[end : end + 30]
    return bool(_GOVERNMENT_BACKED.match(rest)) or rest.startswith("-")


def _capitalised_name(
    text: str,
    match: re.Match[str],
    gazetteer: Gazetteer,
    taken: list[tuple[int, int]],
    tentative: bool = False,
    defined: frozenset[str] = frozenset(),
) -> Mention | None:
    start, end = match.span()
    for t_start, t_end in taken:
        if start < t_end and t_start < end:
            return None
    # Drop sentence-starting function words: "The Harbor Authority" -> "Harbor Authority".
    # The words are split once (dropping them one by one from the front,
    # with a search and a slice each, cost the square of a long run); str.split
    # cuts at the whitespace \S+ runs end at, and where each word starts is
    # looked for only when words are dropped.
    words = match.group().split()
    if start and words[0] in _WORD_ENDINGS_IN_CAPITALS and (text[start - 1] in _APOSTROPHES or text[start - 1].isdigit()):
        # "TREASURER'S REPORT", "THE 126TH AGM": in capitals, a possessive's
        # "S" or an ordinal's "TH" ends the word before, and opens no name.
        if len(words) == 1:
            return None
        start = _after_words(text, start, words[:1])
        words = words[1:]
    count = len(words)
    first = 0
    non_entity_words = gazetteer.non_entity_words
    # (``_function_word``, written out: every word of every run is tested.)
    while first < count and (
        (words[first] in non_entity_words and words[first] not in defined) or words[first].islower() or (words[first][-1:].isdigit() and gazetteer.period_word.fullmatch(words[first]))
    ):
        if first + 1 < count and words[first] in gazetteer.name_openers:
            break  # "New York Stock Exchange", not "York Stock Exchange"
        if (
            first == 0 and count > 1 and words[0] in gazetteer.inner_name_openers and words[1][:1].isupper()
            and not _starts_sentence(text, start)
        ):
            break  # "its customer, All Nippon Airways": capitalised inside a sentence, a name's word
        first += 1
    if first:
        if first < len(words):
            start = _after_words(text, start, words[:first])
        words = words[first:]
    if (
        len(words) > 2
        and words[1] == "of"
        and words[0].endswith("s")
        and _looks_like_common_word(words[0])
        and _starts_sentence(text, start)
    ):
        # "Shares of Royal Bank of Scotland fell": a plural common word opening
        # the sentence is no part of the name it counts ("Bank of America" is).
        start = _after_words(text, start, words[:2])
        words = words[2:]
    if not words:
        return None
    if len(words) >= 3 and words[-1].isupper() and words[-1] == "".join(w[0] for w in words[:-1] if w[0].isupper()):
        # "General Motors GM (GM)": the initials after the name are not part of it.
        end = text.rindex(words[-1], start, end)
        end = len(text[:end].rstrip())
        words.pop()
    of_at = words.index("of") if "of" in words else -1
    if of_at >= 2 and of_at + 1 < len(words) and (words[of_at - 1] not in gazetteer.heads_taking_of or words[of_at - 1] in gazetteer.family_firm_heads):
        # "Sahyadri Seeds of Pune", "Nordsten Offshore of Esbjerg": after a
        # name of its own, "of" and a place say where the company is.
        cut = _OF_WORD.search(text, start, end)
        if cut is not None:
            end = cut.start()
            words = words[:of_at]
    while len(words) > 1 and words[-1] in gazetteer.trailing_dates and words[-2] not in gazetteer.named_day_openers:
        # "Kansas City, Missouri Friday night": the day is when, not a name's word.
        end = len(text[: text.rindex(words[-1], start, end)].rstrip())
        words.pop()
    if len(words) > 1 and _POSTCODE_OUTWARD.fullmatch(words[-1]) and (
        _POSTCODE_INWARD_AFTER.match(text, end)
        # ("near Tewkesbury, Gloucestershire GL20 ·": a county's postcode district alone.)
        or (len(words) == 2 and words[0].casefold().endswith("shire"))
    ):
        # "Commercial Street, Halifax HX1 1BA": an address's postcode, no word of the town's name.
        end = len(text[: text.rindex(words[-1], start, end)].rstrip())
        words.pop()
    if len(words) > 2 and words[-1] in gazetteer.trailing_ratings and _RATING_CLOSES.match(text, end):
        # "Ratings: Kyronel Hydrogen Hold (target NOK 38)": an analyst's
        # rating written after the company it rates ("Best Buy" keeps its word).
        end = len(text[: text.rindex(words[-1], start, end)].rstrip())
        words.pop()
    surface = text[start:end]
    if (surface in gazetteer.non_entity_words and surface not in defined) or surface in gazetteer.never_alone or gazetteer.period_word.fullmatch(surface):
        return None
    if _is_named_day(words, gazetteer) or _possessive_named_day(text, start, end, words, gazetteer):
        return None  # "The Boxing Day floods of 2015 ... In 2016 it moved": a day is when, never who
    if surface in gazetteer.corporate_suffixes and text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return None  # "Kamba Vertical Works (Pty) Ltd": a legal form in brackets names no one
    if surface.isupper() and len(surface) > 3 and (
        _in_title_case(words, gazetteer.non_entity_words) or (text[end:].strip() == "" and _in_title_case(words, gazetteer.labels_in_capitals))
    ):
        return None  # "KEY FIGURES", "OUTLOOK", "THE INTERVIEW": a heading's label in capitals, as its title case is
    if start and text[start - 1].isdigit() and gazetteer.period_word.fullmatch(text, start - 1, end):
        return None  # "9M24", "1H25": the digit opens the period's word
    if (
        len(words) > 2 and surface.isupper() and ":" in text and text.isupper()
        and not any(word in gazetteer.corporate_suffixes for word in words)
    ):
        # "RED THREADS AND SORE BACKS: THAXTED SAFFRON FARM TOASTS ITS
        # BIGGEST CROP": a headline in capitals, its label before a colon, is
        # a phrase, no name.
        return None
    if len(words) > 2 and surface.isupper() and any(word in _PHRASE_WORDS_IN_CAPITALS for word in words[1:-1]):
        # "LETTER FROM THE PRESIDENT OF THE MANAGEMENT BOARD", "THE YEAR IN
        # BRIEF": a heading in capitals that is a phrase, no name ("BANK OF
        # AMERICA" keeps its "OF").
        return None
    if len(words) == 1 and surface in gazetteer.seasons and _YEAR_AFTER.match(text, end):
        return None  # "The Mead Makers' Circular - Spring 2025": when, no name
    if len(words) == 1 and surface.endswith("n") and text[end : end + 2] in ("'t", "\u2019t"):
        return None  # "Isn't", "Doesn't": a verb's contraction, cut at its apostrophe
    if len(words) == 1 and surface.endswith("s") and surface[:-1].casefold() in gazetteer.demonyms:
        return None  # "3.5 million Kenyans": people of a country, no name
    if len(surface) <= 2 and surface.upper() == surface:
        # "GM", "BP": a name only where the document defines it ("General
        # Motors (GM)"), which the caller reading the whole document decides;
        # "AI", "TV" or "Q3" never are.
        if not tentative or not surface.isalpha() or len(surface) < 2:
            return None
        return Mention(start=start, end=end, name=surface, type="organisation", surface=surface,
                       possessive=_possessive_after(text, end), known=False, tentative=True)
    if len(words) == 1 and "-" in surface and surface.split("-", 1)[1].islower():
        return None  # a compound adjective: "AI-native", "Space-based"
    if len(words) > 1 and "-" in words[-1] and words[-1].rsplit("-", 1)[1].islower() and words[-1].rsplit("-", 1)[0].isupper():
        # "the Grade II-listed building": a grade's numeral joined to an
        # adjective, no name ("New York-based" keeps its place).
        return None
    possessive = end < len(text) and text[end] in _APOSTROPHES  # (``_possessive_after``, written out)
    doubtful = False
    if len(words) == 1 and not possessive and _looks_like_common_word(words[0]) and _starts_sentence(text, start):
        next_word, two_words = _next_two_words(text, end)
        if next_word not in gazetteer.subject_verbs and two_words not in gazetteer.subject_verbs:
            doubtful = True
        elif not text[end:].strip().partition(" ")[2].strip(" \t.:;|*"):
            doubtful = True  # "Buses delivered", "Passengers carried": a label, its verb the last word
        if _NAMED_AFTER.match(text, end):
            doubtful = False  # "Ferrovial, who bought BAA": a common word takes no relative "who"
        if words[0].endswith("s") and next_word in ("are", "have", "were"):
            doubtful = True
        if doubtful and not tentative:
            return None
    name, kind, country, known = _named(surface, gazetteer)
    # By position (start, end, name, type, surface, possessive, demonym,
    # country, known, actor, via, tentative): made faster so, once per name.
    return Mention(start, end, name, kind, surface, possessive, False, country, known, True, "name", doubtful)


_OF_WORD = re.compile(r"\s+of\s")
# How many first letters a demonym shares with its country's name to be the whole nation's.
_NATION_STEM = 5
_YEAR_AFTER = re.compile(r"\s+(?:(?:19|20)\d\d|\s*['\u2019]\d\d)\b")


@functools.lru_cache(maxsize=65536)
def _named(surface: str, gazetteer: Gazetteer) -> tuple[str, EntityType, str | None, bool]:
    """(name, type, country, known) of a capitalised name: what
    ``gazetteer.lookup`` and ``canonical_name`` give, from one split of its
    words. Most names a corpus meets are new to it; remembered all the same."""
    joined = " ".join(_name_words(surface, gazetteer.corporate_suffixes))
    key = joined.rstrip(".,").casefold()  # fold(surface, gazetteer.corporate_suffixes)
    known = gazetteer.names.get(key) if key and not _short_word(key, surface) else None
    if known is None and len(key) >= 5:
        known = _near_spelling(gazetteer, key)
    if known is None:
        return joined.strip(" ,."), "organisation", None, False
    return known.name, known.type, known.country, True


def _after_words(text: str, start: int, words: list[str]) -> int:
    """Where the word after ``words`` starts, when they are the first words
    (split at whitespace) of ``text[start:]``: the start of the next run of
    non-blanks, as ``\\S+`` finds it, without searching the run again."""
    position = start
    for word in words:
        position += len(word)
        while text[position].isspace():
            position += 1
    return position


def _next_two_words(text: str, end: int) -> tuple[str, str]:
    """``following = text[end:].lstrip().split(" ", 2)``, then its first word
    and its first two joined, each stripped of "," and ";": found by position,
    without copying and splitting the rest of the sentence."""
    begin = end
    while begin < len(text) and text[begin].isspace():
        begin += 1
    first_space = text.find(" ", begin)
    if first_space < 0:
        rest = text[begin:].strip(",;")
        return rest, rest
    second_space = text.find(" ", first_space + 1)
    two_words = text[begin:second_space] if second_space >= 0 else text[begin:]
    return text[begin:first_space].strip(",;"), two_words.strip(",;")


def _function_word(word: str, gazetteer: Gazetteer) -> bool:
    return word in gazetteer.non_entity_words or word.islower()


def _looks_like_common_word(word: str) -> bool:
    """An ordinary word written with a capital: "Startups", not "OpenAI" or "SK"."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha()
