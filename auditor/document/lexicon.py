"""The words the document model reads references with (``rules/lexicon/references.yaml``
and ``rules/lexicon/places.yaml``), loaded once per rules folder."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from auditor.data_files import DataError, load_yaml_file
from auditor.extract.numbers import initial_led, trie_pattern, word_start_matches
from auditor.resources import default_rules_dir

# Kinds of entity the document model tells apart.
ORGANISATION = "organisation"
FACILITY = "facility"
PROGRAMME = "programme"
PRODUCT = "product"
PERSON = "person"
PLACE = "place"
COUNTRY = "country"
DEAL = "deal"
UNKNOWN = "unknown"


class ReferenceLexiconError(ValueError):
    """``references.yaml`` or ``places.yaml`` is missing or malformed."""




@dataclass(frozen=True, eq=False)
class ReferenceLexicon:
    description_heads: Mapping[str, str]  # casefolded head noun -> kind
    name_heads: Mapping[str, str]  # casefolded last word of a name -> kind
    facility_nouns: tuple[str, ...]
    programme_nouns: tuple[str, ...]
    product_nouns: tuple[str, ...]
    person_titles: frozenset[str]  # casefolded
    first_names: frozenset[str]
    # Words that end names of places, never a family name ("Grace Bay",
    # "Alice Springs"): a name opening on a given name and ending on one is
    # no person's.
    place_endings: frozenset[str]
    # Phrases saying two like-named companies are two ("is not related to"), casefolded.
    unrelated_phrases: tuple[str, ...]
    # Ranks written as part of a person's name ("General Arthur Lichte"),
    # read as a title only before a first name ("General Motors" is no person).
    rank_titles: frozenset[str]
    speaker_verbs: frozenset[str]  # casefolded
    # Speaker verbs whose figure is what is foreseen ("analysts estimate $5
    # million"), not what the speaker did ("they wrote $6 billion in premiums").
    forecast_verbs: frozenset[str]  # casefolded
    source_phrases: tuple[str, ...]  # casefolded
    singular_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    first_person: frozenset[str]
    acting_verbs: frozenset[str]
    # Words that make a public body's head a company's: "the insurance agency", "the ratings agency".
    company_modifiers: frozenset[str]
    places: Mapping[str, str]  # place as written -> ISO country code
    name_descriptors: Mapping[str, frozenset[str]]  # casefolded last word of a name -> description heads
    # Casefolded first word of a name that opens on its trade ("Coopérative",
    # "Glockengießerei") -> description heads.
    name_opening_descriptors: Mapping[str, frozenset[str]]
    # A trade head ("drugmaker", "operator": one some name implies, not what
    # any company may be, "firm", "owner") -> the trade heads implied beside
    # it by any name ("drugmaker": biotech, developer, pharma): a name whose
    # trades share none of them has another trade (see name_descriptors).
    trade_neighbours: Mapping[str, frozenset[str]]
    generic_heads: frozenset[str]
    telling_name_endings: frozenset[str]  # generic heads a name ending on them is meant by ("Greenstead Grounds Group")
    trading_heads: frozenset[str]  # generic heads that never mean a fund or a body named so ("the business")
    non_trading_descriptors: frozenset[str]  # what a name implies that makes it no trading business ("body", "fund")
    non_trading_heads: frozenset[str]  # heads a body is told by that make it no trading business ("housing association")
    # A facility noun (casefolded) -> the kinds of site it may name
    # ("centre": storage or computing); a noun in none may name any site.
    facility_kinds: Mapping[str, frozenset[str]]
    ownership_modifiers: frozenset[str]  # "family", "listed": how a company is owned, not its trade
    event_name_words: frozenset[str]  # last words that make "Name YEAR" an event
    # Verbs of holding a view: "64 percent say", "55% of voters thought": a
    # share of the people asked, no party's figure.
    opinion_verbs: frozenset[str]
    # What a country has of its own, written right after its name or
    # nationality: "Irish inflation", "the South Korean economy", "US debt".
    national_measures: frozenset[str]
    national_measures_alone: frozenset[str]  # of those, the ones that are a country's with no country named
    # What an organisation counts of its own ("jobs", "stores", "aircraft"):
    # such a count with no party in a story whose title says the organisation
    # counts it ("Delta to cut 9,000 jobs") is that organisation's.
    organisation_counts: frozenset[str]
    owned_measures: frozenset[str]  # "Headcount ended the quarter at ...": the document's organisation's own
    segmented_measures: frozenset[str]  # "Fibre revenue": a word before them narrows them to a segment's
    whole_measure_modifiers: frozenset[str]  # "Group revenue", "Net profit": words that narrow nothing
    # What an organisation publishes of its own ("press release", "annual
    # report"): a front matter's "source: X, press release" names its issuer.
    own_documents: tuple[str, ...]
    publication_heads: frozenset[str]  # as written: "Today", "Weekly" closing an outlet's name
    research_note_cues: tuple[str, ...]  # lower case: "sector note", "analyst:" in a note's first lines
    broadcast_words: frozenset[str]  # lower case: "podcast", "programme" after a show's name on its first line
    # lower case: "released", "recorded" before a date in a document's first lines, which is the document's date
    header_date_cues: tuple[str, ...]
    writer_team_words: frozenset[str]  # casefolded: "Tooltrek Hire People Team" writes for Tooltrek Hire
    office_heads: frozenset[str]  # casefolded: "League Chair", "Club Secretary" are offices, no parties
    deal_role_heads: Mapping[str, str]  # casefolded head -> "buyer" or "target"
    piece_labels: frozenset[str]  # casefolded: "q&a", "analysis" before a headline's colon
    numbered_piece_labels: frozenset[str]  # casefolded: "episode" before a number
    page_kinds: tuple[str, ...]  # casefolded: "milestones", "at a glance" after a page's company name
    executive_title_words: frozenset[str]  # casefolded: "chief", "founder" in a title that speaks for its employer
    own_newsletter_heads: tuple[str, ...]  # as written: "News" of "Clearsign News", a company's own newsletter
    own_letter_heads: frozenset[str]  # "letter" of "Harvest letter from Hollowmere": a company's own letter to its readers
    own_newsletter_endings: frozenset[str]  # casefolded: "newsletter" of "X - Summer Term Newsletter"
    company_bodies: frozenset[str]  # casefolded: "board" of "Letter from the Executive Board", who write for a company
    own_blog_words: tuple[str, ...]  # lower case: "blog", "journal" after a company's name over its own posts
    owned_collection_heads: frozenset[str]  # casefolded: "fleet" of "Hollin's fleet", the owner's own things
    strict_heads: frozenset[str]  # casefolded: "committee": a description only of a body its name or the text calls so
    site_heads: frozenset[str]  # casefolded: "building": a description only of a site, never of a company
    own_section_headings: frozenset[str]  # casefolded: "about us": its first sentence's organisation writes
    role_heads: frozenset[str]  # as written: "Manager" closing "Duty Manager", a role, no company
    # casefolded: "golf club" closing "Hawksmoor Heath Golf Club", which
    # another text may leave off ("Hawksmoor Heath")
    droppable_name_endings: tuple[str, ...]
    # casefolded: "applicant": a field "Applicant: X" says who "the applicant" is
    field_roles: frozenset[str]
    # as written: "Centre" of "Wheelwright's Yard Antiques Centre", a possessive run that is a name
    possessive_name_heads: frozenset[str]
    # What an organisation owns that has a name of its own: "its fibre
    # subsidiary, Skarven Fibre," is the subsidiary's subject, not the owner's.
    part_nouns: frozenset[str]
    party_column_headers: frozenset[str]  # casefolded: "customer" over a table's column of parties
    winner_column_headers: frozenset[str]  # casefolded: "supplier" over the column of who won each row's award
    place_column_headers: frozenset[str]  # casefolded: "base" over a table's column of places
    place_nouns: frozenset[str]  # casefolded: "province" after a place's name
    # Title words of a story about a national budget, whose allocations
    # ("$162 million extra for schooling") are the country's.
    budget_titles: frozenset[str]
    # "Falakro's chief executive", "employees of Falakro": a company told by what it has or is to others.
    company_possession_after: re.Pattern[str]  # matched right after a name's possessive mark
    company_cue_before: re.Pattern[str]  # searched in the words ending right before a name
    # Compiled from the lists above.
    description: re.Pattern[str]  # "the Oslo-based manufacturer", "its newest site"; without its word-start test: use descriptions_in
    following_kind: re.Pattern[str]  # a facility/programme/product noun right after a name
    title_before: re.Pattern[str]  # a person title ending right before a name: use title_ends
    title_inside: re.Pattern[str]  # a capitalised title between two names of one run ("AIG CEO Edward Liddy")
    # A capitalised title that a run opens with, before "of" or "for" and
    # whose it is: "Secretary of Defense Donald Rumsfeld", "Chief Executive of Acme".
    title_of: re.Pattern[str]
    source_before: re.Pattern[str]  # "according to " ending right before a name
    # "analysts at ", "a study by " right before a name: a third party that
    # comments, never what a later description of a company refers back to.
    third_party_before: re.Pattern[str]
    place_matcher: re.Pattern[str]  # a listed place, without its word-start test: use places_in
    facility_before: re.Pattern[str]  # "plant at ", "site, in ": ends right before a place that names a facility
    # "a plant for compostable coffee capsules in ": one facility, what it is
    # for, and the place it stands in, right before that place.
    facility_for_before: re.Pattern[str]
    longest_title: int
    # ``description`` without the owner's-name determiner: for texts without an apostrophe.
    description_without_owner: re.Pattern[str] | None = None
    # The last words of the titles (after their last blank, comma or
    # bracket), or None when a title is not ASCII (see ``title_ends``).
    title_last_words: frozenset[str] | None = None
    # "the" and the last words of the source phrases, or None (see ``source_ends``).
    source_last_words: frozenset[str] | None = None
    # "the" and the last words of the third-party phrases, or None (see ``third_party_ends``).
    third_party_last_words: frozenset[str] | None = None
    # "according to the civil aviation authority of Italy, " ending right
    # before a name in apposition to the source's description.
    source_appositive: re.Pattern[str] | None = None
    # Titles a company may be given too ("Guardamás, the leader, is
    # privately held"): a person's only with "of" or "at" after them.
    shared_titles: frozenset[str] = frozenset()

    def title_ends(self, text: str) -> re.Match[str] | None:
        """``title_before.search(text)``, started where a match can start.

        After its title a match holds only a dot and whitespace up to the
        end, so it starts at most two characters plus the longest title
        before the text's trailing whitespace: the positions before are not
        tried (a pattern anchored at the end cannot be searched backwards).

        Most texts before a name end in no title at all: a match needs
        trailing whitespace, and the word before it (after the last blank,
        comma or bracket, less a dot) is a title's last word. Those two are
        looked at first, which costs less than the search; a word not in
        ASCII is left to the search (ignoring case, "K" matches the Kelvin
        sign)."""
        stripped = text.rstrip()
        if len(stripped) == len(text):
            return None
        start = max(0, len(stripped) - self.longest_title - 2)
        if self.title_last_words is not None:
            # After the last blank, then after the last comma, then after the last bracket.
            last = stripped.rsplit(None, 1)[-1].rpartition(",")[2].rpartition("(")[2] if stripped else ""
            if last.isascii():
                last = last.lower()
                if last not in self.title_last_words and not (last.endswith(".") and last[:-1] in self.title_last_words):
                    return None
        return self.title_before.search(text, start)

    def source_ends(self, text: str) -> bool:
        """Whether ``source_before.search(text)`` finds a match.

        A match ends in blanks after the source phrase's last word or after
        "the", and a phrase's last word follows a blank inside the phrase: so
        the text's last word (after its last blank) is one of those, in any
        case. When a phrase is one word or not ASCII, or the text's last word
        is not ASCII, the search alone tells."""
        stripped = text.rstrip()
        if len(stripped) == len(text):
            return False
        if self.source_last_words is not None:
            last = stripped.rsplit(None, 1)[-1] if stripped else ""
            if last.isascii() and last.lower() not in self.source_last_words:
                return False
        return self.source_before.search(text) is not None

    def third_party_ends(self, text: str, start: int, end: int) -> bool:
        """Whether ``third_party_before.search(text, start, end)`` finds a match.

        As in ``source_ends``: a match ends in blanks after a phrase's last
        word or after "the", each after a blank, so the last word of
        ``text[start:end]`` is one of those, in any case. Looked at first, it
        spares most names the search (tried at every position, ignoring case)."""
        if end <= start or not text[end - 1].isspace():
            return False
        if self.third_party_last_words is not None:
            stripped = text[start:end].rstrip()
            last = stripped.rsplit(None, 1)[-1] if stripped else ""
            if last.isascii() and last.lower() not in self.third_party_last_words:
                return False
        return self.third_party_before.search(text, start, end) is not None

    def descriptions_in(self, text: str):
        """The descriptions of ``text``, leftmost first, each starting at a word start.

        A text without an apostrophe has no owner's name as a determiner
        ("Theo's"): its descriptions are found by the pattern without that
        branch, which the engine does not try at every capital."""
        if self.description_without_owner is not None and "'" not in text and "\u2019" not in text:
            return word_start_matches(self.description_without_owner, text)
        return word_start_matches(self.description, text)

    def places_in(self, text: str):
        """The listed places of ``text``, leftmost first, longest first, never
        starting inside a word or right after a hyphen."""
        return word_start_matches(self.place_matcher, text, inside="-")

    def place_country(self, surface: str) -> str | None:
        return self.places.get(surface) or None

    def names_an_event(self, name: str) -> bool:
        """"MWC", "Paris Air Show", "Davos Summit": a name a year after which dates an event."""
        words = name.split()
        if not words:
            return False
        if len(words) == 1 and words[0].isupper() and len(words[0]) <= 6:
            return True
        return words[-1].casefold() in self.event_name_words

    @functools.cached_property
    def _single_word_facilities(self) -> frozenset[str]:
        return frozenset(noun for noun in self.facility_nouns if " " not in noun)

    def implied_site(self, name: str) -> frozenset[str]:
        """The site's noun a name of several words ends on ("Park Wood
        Crematorium" is "the crematorium"), as a description's head: it says
        what the site is, no trade its owner has."""
        words = name.split()
        last = words[-1].casefold() if len(words) > 1 else ""
        if last in self._single_word_facilities:
            return frozenset({last})
        # ("Wetherall Cloth Mills" is "the mill", "Harbour Breweries" "the brewery".)
        singular = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") and not last.endswith("ss") else ""
        return frozenset({singular}) if singular in self._single_word_facilities else frozenset()

    def implied_descriptors(self, name: str) -> frozenset[str]:
        """What a name's last word says its bearer is ("Halvard Capital": a
        firm, an investor), or the trade its first word opens it on
        ("Coopérative Agneaux des Grèves": a cooperative)."""
        words = name.split()
        if not words:
            return frozenset()
        last = self.name_descriptors.get(words[-1].casefold(), frozenset())
        return last | self.name_opening_descriptors.get(words[0].casefold(), frozenset()) if len(words) > 1 else last


_TITLE_WORD_BREAK = re.compile(r"[\s,(]")

# Words that cannot stand between a determiner and its head noun: they end
# one noun phrase and open another ("the EUR 243 million of EBITDA the group").
_NOT_MODIFIERS = (
    "the a an of in on at for to and or but by with from that which who whose its their his her our "
    "is are was were has have had be been will would said says than as into over under about after before "
    "designs builds makes runs operates owns sells buys has "
    # a verb's particle: "Edwin Finch set up shop in York" names no shop
    "up down out off"
).split()


def _deal_roles(data: dict) -> Mapping[str, str]:
    """``deal_role_heads`` as head -> role; the file may leave it out."""
    roles = data.get("deal_role_heads") or {}
    if not isinstance(roles, dict) or not set(roles) <= {"buyer", "target"}:
        raise ReferenceLexiconError("references.yaml: deal_role_heads: expected a mapping of buyer and target to lists of words")
    return {str(word).casefold(): role for role, words in roles.items() for word in _words(roles, role)}


def _words(data: dict, key: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ReferenceLexiconError(f"references.yaml: {key}: expected a list")
    return [str(word) for word in value]


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _choice(words) -> str:
    """A regex for any of ``words``, longest first: the same matches as
    ``_alternation``, written as a prefix trie that reads each letter once
    instead of trying the words one after another."""
    return trie_pattern(sorted(set(words)))


def _choice_any_case(words) -> str:
    """``_choice`` for a pattern compiled with IGNORECASE. Under IGNORECASE
    two different letters can match one character of the text ("i" and the
    dotless "ı"), and a trie would then try the words in another order, so
    words that are not all ASCII keep the plain alternation."""
    return _choice(words) if all(word.isascii() for word in words) else _alternation(words)


# A determiner of a description, each branch led by one literal letter so the
# engine jumps to where one can start; the order within a letter is the
# order of "[Tt]he|[Tt]his|That|[Ii]ts|[Tt]heir|[A-Z][\w-]+['\u2019]s".
_NAME_POSSESSIVE = r"[\w-]+['\u2019]s"
_DETERMINER = initial_led(
    {
        **{capital: _NAME_POSSESSIVE for capital in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
        # "That plant, which came on stream in 2023": a sentence's opening
        # "That" points back; mid-sentence "that" is most often a conjunction.
        "T": "he|his|hat|heir|" + _NAME_POSSESSIVE,
        "t": "he|his|heir",
        "I": "ts|" + _NAME_POSSESSIVE,
        "i": "ts",
    }
)

# The determiners without an owner's name: all that a text without an apostrophe can hold.
_DETERMINER_WITHOUT_OWNER = initial_led({"T": "he|his|hat|heir", "t": "he|his|heir", "I": "ts", "i": "ts"})


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


@functools.lru_cache(maxsize=8)
def load_references(rules_dir: Path | None = None) -> ReferenceLexicon:
    root = rules_dir or default_rules_dir()
    data = _read(root / "lexicon" / "references.yaml")
    places_data = _read(root / "lexicon" / "places.yaml")

    heads: dict[str, str] = {}
    for kind, words in (data.get("description_heads") or {}).items():
        for word in words or ():
            heads.setdefault(str(word).casefold(), str(kind))
    name_heads: dict[str, str] = {}
    for kind, words in (data.get("name_heads") or {}).items():
        for word in words or ():
            name_heads.setdefault(str(word).casefold(), str(kind))
    places: dict[str, str] = {}
    for code, names in (places_data.get("places") or {}).items():
        for name in names or ():
            places.setdefault(str(name), str(code))
    for name in places_data.get("regions") or ():
        places.setdefault(str(name), "")  # a region: a place of no one country

    pronouns = data.get("pronouns") or {}
    titles = [t.casefold() for t in _words(data, "person_titles")]
    facility = _words(data, "facility_nouns")
    programme = _words(data, "programme_nouns")
    product = _words(data, "product_nouns")

    following = {}
    for kind, nouns in (("facility", facility), ("programme", programme), ("product", product)):
        for noun in nouns:
            following.setdefault(noun.casefold(), kind)
            following.setdefault(_plural(noun).casefold(), kind)
    head_words = list(heads) + [_plural(h) for h in heads if " " not in h]
    # "the Company", "the Group", "the Trust": a filing's or a body's
    # capitalised word for itself (``capitalised_heads``).
    head_words += [h.capitalize() for h in _words(data, "capitalised_heads") if h in heads]
    modifier = r"(?!(?:" + _choice(_NOT_MODIFIERS) + r")\s)[\w'\u2019&.-]+\s+"
    # determiner, up to three modifiers (a "Madrid-based", a nationality, a
    # name, a figure blanked by the caller), then a head noun. It starts
    # at a word start: ``descriptions_in`` tests that, not a leading \b
    # that would keep the engine from skipping ahead.
    described = (
        r")\s+"
        # A name of several words owning the head is no modifier: in "the
        # Swedish Police Authority's service dogs" "the" opens the name that
        # owns the dogs ("the world's largest chipmaker" stays a description).
        r"(?![A-Z][\w&.-]*\s+(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['\u2019]s\s)"
        r"(?P<mods>(?:" + modifier + r"){0,3}?)"
        # a compound keeps its last noun as head: "the branch lines" is lines
        r"(?:(?:" + _choice(head_words) + r")\s+)?(?P<head>" + _choice(head_words) + r")(?![\w-])(?P<possessive>['\u2019]s?)?"
    )
    description = re.compile(r"(?P<det>" + _DETERMINER + described)
    description_without_owner = re.compile(r"(?P<det>" + _DETERMINER_WITHOUT_OWNER + described)
    following_kind = re.compile(
        r"\s+(?:" + modifier + r"){0,2}?(?P<noun>" + _choice(following) + r")(?![\w-])"
    )
    title_before = re.compile(r"(?:^|[\s,(])(?P<title>" + _choice_any_case(titles) + r")\.?\s+$", re.IGNORECASE)
    # Written capitalised inside a run of names: "Treasury Secretary Timothy Geithner".
    # A trie: the pattern is tried at every position of every unknown name.
    title_inside = re.compile(r"(?:(?<=\s)|^)(?P<title>" + _choice([t.title() for t in titles] + [t.upper() for t in titles if len(t) <= 4]) + r")\.?\s+(?=[A-Z])")
    title_of = re.compile(r"(?P<title>" + _choice([t.title() for t in titles]) + r")\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])")
    sources = [s.casefold() for s in _words(data, "source_phrases")]
    third_parties = _words(data, "third_party_sources")
    source_before = re.compile(r"(?:^|\W)(?:" + _alternation(sources) + r")\s+(?:the\s+)?$", re.IGNORECASE)
    source_appositive = re.compile(
        r"(?:^|\W)(?:" + _alternation(sources) + r")\s+(?:the\s+|an?\s+)[a-z][^,.;:()]{0,60},\s*$", re.IGNORECASE
    )
    place_matcher = _place_matcher(places)
    generic_heads = frozenset(w.casefold() for w in _words(data, "generic_heads"))
    name_descriptors = {
        str(k).casefold(): frozenset(str(w).casefold() for w in v or ()) for k, v in (data.get("name_descriptors") or {}).items()
    }
    name_opening_descriptors = {
        str(k).casefold(): frozenset(str(w).casefold() for w in v or ())
        for k, v in (data.get("name_opening_descriptors") or {}).items()
    }
    return ReferenceLexicon(
        description_heads=MappingProxyType(heads),
        name_heads=MappingProxyType(name_heads),
        facility_nouns=tuple(facility),
        programme_nouns=tuple(programme),
        product_nouns=tuple(product),
        person_titles=frozenset(titles),
        shared_titles=frozenset(t.casefold() for t in _words(data, "shared_titles")),
        first_names=GivenNames(frozenset(_words(data, "first_names")) | _given_names(root / "lexicon" / "given_names.yaml")),
        rank_titles=frozenset(_words(data, "rank_titles")),
        place_endings=frozenset(_words(data, "place_endings")),
        unrelated_phrases=tuple(w.casefold() for w in _words(data, "unrelated_phrases")),
        speaker_verbs=frozenset(w.casefold() for w in _words(data, "speaker_verbs")),
        forecast_verbs=frozenset(w.casefold() for w in _words(data, "forecast_verbs")),
        source_phrases=tuple(sources),
        singular_pronouns=frozenset(str(w) for w in pronouns.get("singular") or ()),
        plural_pronouns=frozenset(str(w) for w in pronouns.get("plural") or ()),
        first_person=frozenset(_words(data, "first_person")),
        acting_verbs=frozenset(w.casefold() for w in _words(data, "acting_verbs")),
        company_modifiers=frozenset(w.casefold() for w in _words(data, "company_modifiers")),
        places=MappingProxyType(places),
        name_descriptors=MappingProxyType(name_descriptors),
        name_opening_descriptors=MappingProxyType(name_opening_descriptors),
        trade_neighbours=MappingProxyType(_trade_neighbours({**name_descriptors, **name_opening_descriptors}, generic_heads)),
        generic_heads=generic_heads,
        telling_name_endings=frozenset(w.casefold() for w in _words(data, "telling_name_endings")),
        trading_heads=frozenset(w.casefold() for w in _words(data, "trading_heads")),
        non_trading_descriptors=frozenset(w.casefold() for w in _words(data, "non_trading_descriptors")),
        non_trading_heads=frozenset(w.casefold() for w in _words(data, "non_trading_heads")),
        facility_kinds=MappingProxyType(_facility_kinds(data)),
        ownership_modifiers=frozenset(w.casefold() for w in _words(data, "ownership_modifiers")),
        event_name_words=frozenset(w.casefold() for w in _words(data, "event_name_words")),
        opinion_verbs=frozenset(w.casefold() for w in _words(data, "opinion_verbs")),
        national_measures=frozenset(w.casefold() for w in _words(data, "national_measures")),
        national_measures_alone=frozenset(w.casefold() for w in _words(data, "national_measures_alone")),
        organisation_counts=frozenset(w.casefold() for w in _words(data, "organisation_counts")),
        owned_measures=frozenset(w.casefold() for w in _words(data, "owned_measures")),
        segmented_measures=frozenset(w.casefold() for w in _words(data, "segmented_measures")),
        whole_measure_modifiers=frozenset(w.casefold() for w in _words(data, "whole_measure_modifiers")),
        own_documents=tuple(w.casefold() for w in _words(data, "own_documents")),
        publication_heads=frozenset(_words(data, "publication_heads")),
        research_note_cues=tuple(sorted(w.casefold() for w in _words(data, "research_note_cues"))),
        broadcast_words=frozenset(w.casefold() for w in _words(data, "broadcast_words")),
        header_date_cues=tuple(w.casefold() for w in _words(data, "header_date_cues")),
        writer_team_words=frozenset(w.casefold() for w in _words(data, "writer_team_words")),
        office_heads=frozenset(w.casefold() for w in _words(data, "office_heads")),
        deal_role_heads=_deal_roles(data),
        piece_labels=frozenset(w.casefold() for w in _words(data, "piece_labels")),
        numbered_piece_labels=frozenset(w.casefold() for w in _words(data, "numbered_piece_labels")),
        page_kinds=tuple(w.casefold() for w in _words(data, "page_kinds")),
        executive_title_words=frozenset(w.casefold() for w in _words(data, "executive_title_words")),
        own_newsletter_heads=tuple(_words(data, "own_newsletter_heads")),
        own_letter_heads=frozenset(w.casefold() for w in _words(data, "own_letter_heads")),
        own_newsletter_endings=frozenset(w.casefold() for w in _words(data, "own_newsletter_endings")),
        company_bodies=frozenset(w.casefold() for w in _words(data, "company_bodies")),
        own_blog_words=tuple(w.casefold() for w in _words(data, "own_blog_words")),
        owned_collection_heads=frozenset(w.casefold() for w in _words(data, "owned_collection_heads")),
        strict_heads=frozenset(w.casefold() for w in _words(data, "strict_heads")),
        site_heads=frozenset(w.casefold() for w in _words(data, "site_heads")),
        role_heads=frozenset(_words(data, "role_heads")),
        droppable_name_endings=tuple(w.casefold() for w in _words(data, "droppable_name_endings")),
        own_section_headings=frozenset(w.casefold() for w in _words(data, "own_section_headings")),
        field_roles=frozenset(w.casefold() for w in _words(data, "field_roles")),
        possessive_name_heads=frozenset(_words(data, "possessive_name_heads")),
        part_nouns=frozenset(w.casefold() for w in _words(data, "part_nouns")),
        party_column_headers=frozenset(w.casefold() for w in _words(data, "party_column_headers")),
        winner_column_headers=frozenset(" ".join(w.casefold().split()) for w in _words(data, "winner_column_headers")),
        place_column_headers=frozenset(w.casefold() for w in _words(data, "place_column_headers")),
        place_nouns=frozenset(w.casefold() for w in _words(data, "place_nouns")),
        budget_titles=frozenset(w.casefold() for w in _words(data, "budget_titles")),
        company_possession_after=re.compile(
            r"['\u2019]s?\s+(?:[a-z-]+\s+){0,2}?(?:" + (_alternation([w.casefold() for w in _words(data, "company_possessions")]) or "(?!)") + r")\b",
            re.IGNORECASE,
        ),
        company_cue_before=re.compile(
            r"\b(?:" + (_alternation([w.casefold() for w in _words(data, "company_cues_before")]) or "(?!)") + r")\s+$", re.IGNORECASE
        ),
        description=description,
        description_without_owner=description_without_owner,
        following_kind=following_kind,
        title_before=title_before,
        title_inside=title_inside,
        title_of=title_of,
        source_before=source_before,
        third_party_before=re.compile(
            r"(?:^|\W)(?:" + (_alternation(third_parties) or "(?!)") + r")\s+(?:the\s+)?$", re.IGNORECASE
        ),
        third_party_last_words=(
            frozenset({"the", *(phrase.split()[-1].lower() for phrase in third_parties)})
            if all(phrase.isascii() and len(phrase.split()) > 1 and phrase == phrase.strip() and " " * 2 not in phrase for phrase in third_parties)
            else None
        ),
        source_appositive=source_appositive,
        place_matcher=place_matcher,
        longest_title=max(map(len, titles), default=0),
        source_last_words=(
            frozenset({"the", *(source.split()[-1] for source in sources)})
            if all(source.isascii() and len(source.split()) > 1 and source == source.strip() for source in sources)
            else None
        ),
        title_last_words=(
            frozenset(_TITLE_WORD_BREAK.split(title)[-1] for title in titles) if all(t.isascii() for t in titles) else None
        ),
        facility_before=re.compile(
            r"\b(?:" + _alternation([f.casefold() for f in facility] + [_plural(f).casefold() for f in facility])
            + r"),?\s+(?:in|at|near|outside|off)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        facility_for_before=re.compile(
            r"\b(?:a|an|its|their|one)\s+(?:[\w-]+\s+){0,3}?(?:" + _alternation([f.casefold() for f in facility])
            + r")\s+(?:for|making|to\s+make|producing|that\s+makes|that\s+will\s+make)\s+(?:[a-z][\w-]*\s+){1,5}?"
            r"(?:in|at|near|outside)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
    )


def _place_matcher(places) -> re.Pattern[str]:
    """Every place, as a prefix trie led by its first letter: the engine jumps
    to the letters a place can start with and reads each letter once, where a
    look-behind and a flat alternation of hundreds of places was tried at every
    position of every sentence. The word-start test is ``places_in``'s."""
    by_initial: dict[str, list[str]] = {}
    for place in places:
        if place:
            by_initial.setdefault(place[0], []).append(place[1:])
    return re.compile("(?:" + initial_led({first: trie_pattern(sorted(rests)) for first, rests in by_initial.items()}) + r")(?![\w])")


def kind_of_following(lexicon: ReferenceLexicon, noun: str) -> str:
    noun = noun.casefold()
    for kind, nouns in ((FACILITY, lexicon.facility_nouns), (PROGRAMME, lexicon.programme_nouns), (PRODUCT, lexicon.product_nouns)):
        if any(noun == n.casefold() or noun == _plural(n).casefold() for n in nouns):
            return kind
    return UNKNOWN


class GivenNames(frozenset):  # type: ignore[type-arg]
    """Given names that also know a name written with accents its entry
    lacks: "Siobhán" and "Dónal" are the lexicon's "Siobhan" and "Donal"."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or word.isascii():
            return False
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
        return frozenset.__contains__(self, plain)


def _given_names(path: Path) -> frozenset[str]:
    """``given_names.yaml``: groups of given names (a list under each key).
    Optional, so that a lexicon copied before it existed still loads."""
    if not path.is_file():
        return frozenset()
    data = _read(path)
    groups = data.get("given_names") or {}
    if not isinstance(groups, dict):
        raise ReferenceLexiconError(f"{path.name}: given_names: expected a mapping of groups to lists of names")
    names: set[str] = set()
    for group, words in groups.items():
        if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
            raise ReferenceLexiconError(f"{path.name}: given_names: {group}: expected a list of names")
        names.update(words)
    return frozenset(names)


def _read(path: Path) -> dict:
    try:
        data = load_yaml_file(path)
    except DataError as exc:
        raise ReferenceLexiconError(str(exc)) from exc
    if not isinstance(data, dict):
        raise ReferenceLexiconError(f"{path.name}: expected a mapping at the top level")
    return data


def _facility_kinds(data: dict) -> dict[str, frozenset[str]]:
    """``facility_kinds``: each noun with the kinds that list it."""
    groups = data.get("facility_kinds") or {}
    if not isinstance(groups, Mapping):
        raise ReferenceLexiconError("references.yaml: facility_kinds: expected a mapping of kinds to lists of nouns")
    kinds: dict[str, set[str]] = {}
    for kind, nouns in groups.items():
        if not isinstance(nouns, list):
            raise ReferenceLexiconError(f"references.yaml: facility_kinds: {kind}: expected a list of nouns")
        for noun in nouns:
            kinds.setdefault(str(noun).casefold(), set()).add(str(kind))
    return {noun: frozenset(names) for noun, names in kinds.items()}


def _trade_neighbours(name_descriptors: Mapping[str, frozenset[str]], generic: frozenset[str]) -> dict[str, frozenset[str]]:
    neighbours: dict[str, set[str]] = {}
    for heads in name_descriptors.values():
        trades = heads - generic
        for head in trades:
            neighbours.setdefault(head, set()).update(trades)
    return {head: frozenset(found) for head, found in neighbours.items()}
