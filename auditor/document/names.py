"""The names of one sentence, each with a kind and what the sentence says of it.

Names come from the gazetteer and from capitalisation (``auditor.extract.entities``)
and from the place list. Each gets a kind from the strongest cue at hand:
the gazetteer, the place list, a person's title before it ("chief executive
Ines Calvo") or a given name, a facility or product noun after it ("the
Dogger Reach wind farm"), the last word of the name itself ("Halvard
Capital", "Red Mesa Storage Project"). What the sentence says about the name
in passing is kept too: the noun that describes it ("Swedish buyout firm
Halvard Capital", "Sproutlane, the soil-data platform"), the country or city
it is from ("Milan-based Veltrona").
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from auditor.document.lexicon import (
    COUNTRY,
    FACILITY,
    ORGANISATION,
    PERSON,
    PLACE,
    PROGRAMME,
    UNKNOWN,
    ReferenceLexicon,
    kind_of_following,
)
from auditor.extract.attributes import DEED_AFTER_NAME
from auditor.extract.entities import Gazetteer, Mention, canonical_name

_WORD = re.compile(r"[\w'\u2019&.-]+")
# "Milan-based", "Kraków, Poland-based", "Paris-headquartered"
_HOME_CUE = re.compile(r"(?P<place>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)-(?:based|headquartered|listed|registered)\b")
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?P<phrase>[^,;:()]{1,80}?)(?=,|;|\.|\s+(?:that|which|who|whose|with|for|of|in|from|spun|founded|based)\b|$)")
_COPULA = re.compile(r"\s+(?:is|was|has\s+become|remains)\s+(?:a|an|the)\s+(?P<phrase>[^,;:()]{1,80}?)(?=,|;|\.|\s+(?:that|which|who|with|for|of|in|from|founded|based)\b|$)")
_PREMODIFIER_WINDOW = 48


class Name(NamedTuple):
    """One name in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    surface: str
    key: str  # canonical name, as the gazetteer folds it
    kind: str
    known: bool
    possessive: bool
    demonym: bool
    country: str | None  # a country's own code, or a known entity's home
    descriptor: str | None  # a head noun the sentence describes it with
    home: str | None  # ISO code of where the sentence says it is from
    home_place: str | None  # the city of a "Madrid-based" cue
    tentative: bool  # a sentence-opening word that may be a common word
    affiliation: bool = False  # "CIA" in "CIA Director Woolsey": whose the person is, no party of its own


def read_names(
    text: str,
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    lexicon: ReferenceLexicon,
) -> list[Name]:
    """Typed names of a sentence from its mentions (see ``find_entities``)."""
    return [typed_name(text, found, gazetteer, lexicon) for found in untyped_names(text, mentions, gazetteer, lexicon)]


class UntypedName(NamedTuple):
    """A name of a sentence before its kind and description are read: all
    that the document model's filters of names read (``_drop_common_words``
    drops about a third of the names it is given), so those dropped cost no
    kind. ``typed_name`` makes it a ``Name``."""

    start: int
    end: int
    surface: str
    known: bool
    tentative: bool
    mention: Mention
    place_code: str | None
    affiliation: bool
    kind: str | None = None  # a kind the document settled before typing (see ``as_unknown_organisation``)

    @property
    def key(self) -> str:
        return self.mention.name

    def as_unknown_organisation(self) -> "UntypedName":
        """This name read as an organisation the gazetteer does not know,
        under its own surface: ``Name._replace(key=surface, kind=ORGANISATION,
        known=False, country=None, demonym=False)`` once typed."""
        mention = self.mention._replace(name=self.surface, known=False, country=None, demonym=False)
        return self._replace(known=False, mention=mention, kind=ORGANISATION)


def untyped_names(
    text: str,
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    lexicon: ReferenceLexicon,
) -> list[UntypedName]:
    """The names of a sentence from its mentions, as ``read_names`` finds them, not yet typed."""
    if not mentions:
        # Half the sentences name no one: only the place list may find a name there.
        return [UntypedName(m.start, m.end, m.surface, m.known, m.tentative, m, place_code, False) for m, place_code in _with_places(text, [], lexicon)]
    affiliations: set[int] = set()
    mentions = _split_at_titles(_demonym_led(text, mentions, gazetteer, lexicon), gazetteer, lexicon, affiliations)
    affiliations.update(_titled_employers(text, mentions, lexicon))
    spans = _with_places(text, [_without_home_cue(text, m) for m in mentions], lexicon)
    return [
        UntypedName(m.start, m.end, m.surface, m.known, m.tentative, m, place_code, m.start in affiliations)
        for m, place_code in spans
    ]


def _titled_in_apposition(before: str, words: Sequence[str], text: str, end: int, lexicon: ReferenceLexicon) -> bool:
    """Whether a name of two or three words stands in commas after a
    person's title: "Nokia's chief executive, Olli-Pekka Kallasvuo, said"
    ("the firm's owner, Harbour Holdings," is a company by its last word)."""
    stripped = before.rstrip()
    if not stripped.endswith(",") or len(words) not in (2, 3) or text[end : end + 1] != ",":
        return False
    if _org_head(words[-1], lexicon) or not all(word[:1].isupper() for word in words):
        return False
    # (An executive's title only: "A Canadian oil producer, Harlow Ridge," is a company.)
    title = lexicon.title_ends(stripped[:-1] + " ")
    return title is not None and title.group("title").casefold().split()[-1] in lexicon.executive_title_words


def typed_name(text: str, found: UntypedName, gazetteer: Gazetteer, lexicon: ReferenceLexicon) -> Name:
    """A name of ``text`` with its kind and what the sentence says of it."""
    mention, place_code = found.mention, found.place_code
    kind = found.kind or _kind(text, mention, place_code, gazetteer, lexicon)
    descriptor, home, home_place = _described(text, mention, gazetteer, lexicon)
    if kind == UNKNOWN and lexicon.description_heads.get(descriptor or "") == FACILITY and _SPEAKS_AFTER_APPOSITIVE.match(text, mention.end):
        # "Lanificio Calvetti, the family-owned woollen mill, said": a site
        # does not speak; the mill is the company that runs it ("The mill
        # wove 6.2 million metres" still means it).
        kind = ORGANISATION
    country = mention.country if mention.type == COUNTRY or mention.demonym else mention.country
    if kind == PLACE and place_code and place_code != _REGION:
        country = place_code
    if kind == FACILITY and place_code and place_code != _REGION and home is None:
        home = place_code  # "the northern Minnesota project" is in the United States: no "Iranian refinery"
    if kind == FACILITY and descriptor is None:
        descriptor = _facility_noun(text, mention, place_code is not None, lexicon)
    # By position (start, end, surface, key, kind, known, possessive, demonym,
    # country, descriptor, home, home_place, tentative, affiliation): a named
    # tuple is made faster so, once per name of the document.
    return Name(
        mention.start,
        mention.end,
        mention.surface,
        mention.name,
        kind,
        mention.known,
        mention.possessive,
        mention.demonym,
        country,
        descriptor,
        home,
        home_place,
        mention.tentative,
        found.affiliation,
    )


_LOCATIVE_END = re.compile(r",?\s+(?:in|at|near|outside|off)\s+(?:the\s+)?$", re.IGNORECASE)


def _facility_noun(text: str, mention: Mention, a_place: bool, lexicon: ReferenceLexicon) -> str | None:
    """The noun a facility named by its place is told as ("a data centre in
    Virginia", "the Brno plant"): what a later description of it must agree
    with ("The factory" is no data centre). A name that is no place ("a
    Brightwave line") may name a company's product or service, not a site."""
    following = (
        lexicon.following_kind.match(text, mention.end) if a_place and text[mention.end : mention.end + 1].isspace() else None
    )
    if following is not None:
        noun = following.group("noun")
    else:
        before = lexicon.facility_before.search(text, max(0, mention.start - 60), mention.start)
        if before is None:
            return None
        noun = _LOCATIVE_END.sub("", before.group(0))
    head = noun.split()[-1].casefold() if noun.split() else ""
    return head if lexicon.description_heads.get(head) == FACILITY else None


_LOWER_TITLE_BETWEEN = re.compile(r"\s+([a-z][a-z -]{1,40}?)\s+$")


def _titled_employers(text: str, mentions: Sequence[Mention], lexicon: ReferenceLexicon) -> list[int]:
    """"UBS analyst Tim Marshall", "Barclays economist Ann Lee": a name right
    before a person's title and name is whose the person is, no party of its own."""
    found = []
    for mention, following in zip(mentions, mentions[1:]):
        between = _LOWER_TITLE_BETWEEN.fullmatch(text, mention.end, following.start)
        if between is not None and between.group(1) in lexicon.person_titles and not mention.possessive:
            found.append(mention.start)
    return found


def _split_at_titles(
    mentions: Sequence[Mention], gazetteer: Gazetteer, lexicon: ReferenceLexicon, affiliations: set[int]
) -> list[Mention]:
    """"AIG CEO Edward M. Liddy" is AIG and a person its title introduces;
    "Treasury Secretary Timothy Geithner" is the Treasury and a person. The
    starts of the organisations found so (affiliations) go in ``affiliations``."""
    result: list[Mention] = []
    for mention in mentions:
        # A title inside needs a blank and a capital after it: a name of one
        # word (most are) holds none, and is not searched.
        several = not mention.known and len(mention.surface.split(None, 1)) == 2
        opening = lexicon.title_of.match(mention.surface) if several else None
        if opening is not None:
            result.extend(_titled_of(mention, opening.end(), gazetteer, lexicon, affiliations))
            continue
        title = lexicon.title_inside.search(mention.surface) if several else None
        if title is None:
            result.append(mention)
            continue
        left = mention.surface[: title.start()].rstrip()
        right = mention.surface[title.end() :]
        if left:
            affiliations.add(mention.start)
            known = gazetteer.lookup(left)
            result.append(
                mention._replace(
                    end=mention.start + len(left), surface=left, name=known.name if known else canonical_name(left, gazetteer),
                    type=known.type if known else mention.type, known=known is not None, possessive=False,
                )
            )
        start = mention.start + title.end()
        result.append(mention._replace(start=start, surface=right, name=canonical_name(right, gazetteer), type="organisation", known=False))
    return result


def _titled_of(
    mention: Mention, rest_start: int, gazetteer: Gazetteer, lexicon: ReferenceLexicon, affiliations: set[int]
) -> list[Mention]:
    """"Secretary of Defense Donald Rumsfeld", "Chief Executive of Berkshire
    Hathaway": the title's organisation (an affiliation, no party of its
    own) and the person, where a first name opens the rest."""
    rest = mention.surface[rest_start:]
    words = rest.split()
    person_at = next((i for i, word in enumerate(words) if i and word in lexicon.first_names), None)
    found: list[Mention] = []
    if person_at is None:
        organisation = rest
    else:
        person_offset = rest_start + rest.index(" " + words[person_at]) + 1
        organisation = mention.surface[rest_start:person_offset].rstrip()
        person = mention.surface[person_offset:]
        found.append(mention._replace(start=mention.start + person_offset, surface=person, name=person, type=PERSON, known=False))
    start = mention.start + rest_start
    known = gazetteer.lookup(organisation)
    affiliations.add(start)
    found.insert(0, mention._replace(
        start=start, end=start + len(organisation), surface=organisation,
        name=known.name if known else canonical_name(organisation, gazetteer),
        type=known.type if known else "organisation", known=known is not None,
        possessive=mention.possessive if person_at is None else False,
    ))  # fmt: skip
    return found


def _demonym_led(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer, lexicon: ReferenceLexicon) -> Sequence[Mention]:
    """"American International Group", "British Airways": a demonym right
    before a name that ends in an organisation's word is the name's first
    word. "German Chancellor Angela Merkel" stays a demonym and a person."""
    result: list[Mention] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            (mention.demonym or mention.type == COUNTRY)
            and following is not None
            and not following.known
            and following.start == mention.end + 1
            and text[mention.end] == " "
            and not (mention.demonym and _registered(following.surface, gazetteer))
            and (
                _org_head(following.surface.split()[-1], lexicon) not in (None, PERSON)
                or (mention.demonym and _named_whole(following.surface, lexicon))
            )
        ):
            surface = text[mention.start : following.end]
            result.append(following._replace(start=mention.start, surface=surface, name=canonical_name(surface, gazetteer)))
            index += 2
            continue
        result.append(mention)
        index += 1
    return result


def _registered(surface: str, gazetteer: Gazetteer) -> bool:
    """"Astral Media Inc.": a name with its legal form's short suffix is
    whole without the demonym before it ("Canadian Astral Media Inc.")."""
    last = surface.split()[-1].rstrip(",")
    return last in gazetteer.corporate_suffixes and (len(last.rstrip(".")) <= 4 or "." in last)


def _named_whole(surface: str, lexicon: ReferenceLexicon) -> bool:
    """"Finnish Kennel Club", "Thai Nation Party": a demonym right before a
    name of several capitalised words, none a title or a given name ("German
    Chancellor Angela Merkel", "Russian Boris Petrov"), opens that name."""
    words = surface.split()
    return (
        len(words) >= 2
        and words[0] not in lexicon.first_names
        and lexicon.title_inside.search(surface) is None
        and words[0].casefold() not in lexicon.person_titles
    )


_LEADING_HOME_CUE = re.compile(r"[A-Z][\w.'\u2019-]*-(?:based|headquartered|listed|registered|owned|founded|born)\s+")


def _without_home_cue(text: str, mention: Mention) -> Mention:
    """"Milan-based Veltrona Engineering" names Veltrona Engineering; the cue is read as its home."""
    # The cue is hyphenated: a name without a hyphen is not searched.
    cue = _LEADING_HOME_CUE.match(mention.surface) if "-" in mention.surface else None
    if cue is None or cue.end() >= len(mention.surface):
        return mention
    surface = mention.surface[cue.end() :]
    if mention.name.startswith(cue.group(0)) and len(mention.name) > cue.end():
        # ("Sheffield-based Corrin Group": the name as the gazetteer folds it, "Corrin".)
        name = mention.name[cue.end() :]
    else:
        name = mention.name[len(mention.name) - len(surface) :] if mention.name.endswith(surface) else surface
    return mention._replace(start=mention.start + cue.end(), surface=surface, name=name)


# The country code of a region that spans countries ("North America"): a place, of no one country.
_REGION = "--"


def _with_places(text: str, mentions: list[Mention], lexicon: ReferenceLexicon) -> list[tuple[Mention, str | None]]:
    """The mentions, with listed places put in: a place the capitalised runs
    split or missed ("Mo i Rana") replaces the pieces it covers."""
    places = []
    for match in lexicon.places_in(text):
        places.append((match.start(), match.end(), match.group(0)))
    if not places:
        return [(m, None) for m in mentions]
    result: list[tuple[Mention, str | None]] = []
    used: set[int] = set()
    for mention in mentions:
        covering = next(
            (p for p in places if p[0] <= mention.start and mention.end <= p[1]),
            None,
        )
        if covering is not None and (mention.type != COUNTRY or not lexicon.places[covering[2]]):
            if covering[0] in used:
                continue
            used.add(covering[0])
            start, end, surface = covering
            possessive = end < len(text) and text[end] in "'\u2019"
            place = Mention(start, end, surface, "unknown", surface, possessive, False, None, False)
            result.append((place, lexicon.places[surface] or _REGION))
            continue
        exact = next((p for p in places if p[0] == mention.start and p[1] == mention.end), None)
        result.append((mention, (lexicon.places[exact[2]] or _REGION) if exact else None))
    for start, end, surface in places:
        if start in used:
            continue
        if any(m.start < end and start < m.end for m, _ in result):
            continue
        possessive = end < len(text) and text[end] in "'\u2019"
        result.append((Mention(start, end, surface, "unknown", surface, possessive, False, None, False), lexicon.places[surface] or _REGION))
    result.sort(key=lambda pair: pair[0].start)
    return result


# The word right before a site's place (checked first: it rules out most names at once).
_LOCATIVES = (["in"], ["at"], ["near"], ["outside"], ["off"], ["the"])
# One facility before a place ("its new mill in Lycksele"), not many ("oil
# fields in Chad", "plants in Asia": where they are spread, not a site's name).
_ONE_FACILITY_BEFORE = re.compile(r"[a-z]+(?<!s),?\s+(?:in|at|near|outside|off)\s+(?:the\s+)?$")


# A person written by an initial and a surname: "D. Ng", "R. Hale". (Not
# two or more initials: "J. C. Ostermeier" and "W. H. Smith" are firms as
# often as people, named after their founders.)
_INITIALS_AND_SURNAME = re.compile(r"[A-Z]\.\s?[A-Z][a-z'\u2019-]+")


def _kind(text: str, mention: Mention, place_code: str | None, gazetteer: Gazetteer, lexicon: ReferenceLexicon) -> str:
    if mention.type == COUNTRY or mention.demonym:
        return COUNTRY
    if mention.known:
        return mention.type if mention.type != UNKNOWN else ORGANISATION
    if mention.name.endswith(("'s", "\u2019s")) and not mention.possessive and mention.name[:-2] not in lexicon.first_names:
        # "Pennock's is small by the standards of its new owner": a family's
        # name with its possessive standing alone is the family's business
        # (``possessive_names``), never one of the family. ("The idea was
        # Clare's": a given name's possessive is a person's.) Its kind stays
        # open: "the second store" may mean "Darwin's" as well as "the firm".
        return UNKNOWN
    words = mention.surface.split()
    if len(words) > 1 and _org_head(words[-1], lexicon) == PERSON:
        return PERSON  # "Ohio Governor", "Finance Minister": an office, held by a person
    if _INITIALS_AND_SURNAME.fullmatch(mention.surface) and _org_head(words[-1], lexicon) is None:
        return PERSON  # "proposed R. Hale, seconded D. Ng": a person's initials and surname
    if place_code == _REGION:
        # "two of its Gulf projects", "Asian rivals": a region says where
        # things are, and names no one site.
        return PLACE
    written_with_region = _region_of_a_site(text, mention, gazetteer, lexicon)
    if written_with_region is not None:
        # "the Lewiston, Maine plant": the town is the site, the state after
        # it only says where the town is.
        return FACILITY if written_with_region == "town" else PLACE
    # The noun is read after a blank (``following_kind`` opens on one).
    following = lexicon.following_kind.match(text, mention.end) if text[mention.end : mention.end + 1].isspace() else None
    if (
        following is not None
        and not mention.possessive
        and _modifiers_only(text[mention.end : following.start("noun")], gazetteer)
        and not (_VERB_USE.match(text, following.end()) and not _OWNED_BEFORE.search(text, max(0, mention.start - 8), mention.start))
    ):
        kind = kind_of_following(lexicon, following.group("noun"))
        if kind == FACILITY and " & " in mention.surface:
            # "The Pippin & Quince shop": a partnership's name, the firm's
            # shop; no place is called "X & Y".
            return ORGANISATION
        if (
            kind == PROGRAMME and place_code is not None and following.group("noun").islower()
            and following.start("noun") == mention.end + 1
        ):
            # "Severn Growth Capital, the Bristol fund": a town right before a
            # fund or a scheme in lower case says where it is, as "the Bristol
            # firm" does; it names no programme. ("the Derby city-centre
            # wayfinding scheme", with words between, is the town's scheme.)
            return PLACE
        if kind != UNKNOWN:
            return kind
    if place_code is not None and (not mention.known or place_code == _REGION):
        # "a cell plant at Mo i Rana", "its newest site, in Valencia": a
        # facility known by its place.
        if lexicon.facility_before.search(text, max(0, mention.start - 60), mention.start) or lexicon.facility_for_before.search(
            text, max(0, mention.start - 90), mention.start
        ):
            return FACILITY
        return PLACE
    if mention.known:
        return ORGANISATION
    before = text[max(0, mention.start - 40) : mention.start]
    after_comma = _COUNTRY_AFTER.match(text, mention.end)
    if _HOME_IN_BEFORE.search(before):
        return PLACE  # "Gallura, based in Tempio Pausania,": where a company is
    if (
        text[max(0, mention.start - 8) : mention.start].rstrip().rsplit(None, 1)[-1:] in _LOCATIVES
        and len(mention.surface.split()) <= 2
        and (
            (
                _ONE_FACILITY_BEFORE.search(text, max(0, mention.start - 60), mention.start)
                and lexicon.facility_before.search(text, max(0, mention.start - 60), mention.start)
            )
            # "opened a plant for compostable coffee capsules in Maia"
            or lexicon.facility_for_before.search(text, max(0, mention.start - 90), mention.start)
        )
        and not _org_head(mention.surface.split()[-1], lexicon)
        and gazetteer.lookup(mention.surface) is None
    ):
        # "its new mill in Lycksele", "the terminal at Kalundborg", "its plant
        # in Győr, Hungary": a place no list knows, named for the facility
        # that stands there (before the country written after it says it is a place).
        return FACILITY
    if _SPATIAL_BEFORE.search(before) and len(mention.surface.split()) <= 2 and not _org_head(mention.surface.split()[-1], lexicon):
        return PLACE  # "his record day above Rhayader", "a house near Giggleswick": where, no one
    if (_LIVED_IN_BEFORE.search(before) or _ROUTE_BEFORE.search(before)) and len(mention.surface.split()) <= 2 and not _org_head(mention.surface.split()[-1], lexicon):
        # "Born in Bloxwich, the son of a lorimer", "a silage convoy on the
        # lane to Skelsmergh": where he was born, where a road goes; no one.
        return PLACE
    if (
        after_comma is not None
        and (_LOCATIVE_BEFORE.search(before) or _CELL_ENDS.match(text, after_comma.end()))
        and (gazetteer.lookup(after_comma.group(1)) is not None and gazetteer.lookup(after_comma.group(1)).type == COUNTRY)
    ):
        # "in Antalya, Turkey", a table's cell "Matosinhos, Portugal": a
        # place written with its country.
        return PLACE
    if (
        (
            lexicon.title_ends(before)
            and not (len(words) > 1 and _org_head(words[-1], lexicon) == ORGANISATION and words[0] not in lexicon.first_names)
        )
        or _titled_after(text, mention.end, lexicon)
        or _titled_in_apposition(before, words, text, mention.end, lexicon)
        or _AGE_AFTER.match(text, mention.end)
        or (" " not in mention.surface and (_KIN_BEFORE.search(before) or _KIN_AFTER.match(text, mention.end)))
        # ("Her daughter, Jo Hollins-Reid, who runs the studio": a name of
        # several words in apposition to kin is a person's too.)
        or (len(words) <= 3 and _KIN_IN_APPOSITION_BEFORE.search(before) is not None)
    ):
        # ("The Herefordshire egg producer Hollowmere Farms": a name its last
        # word says is a company's is none of a producer's or a director's,
        # unless a given name opens it: "chief executive John Mills". Kin
        # are people: "Lorenzo's father, Aldo,".)
        return PERSON
    if (
        len(words) in (2, 3)
        and _WHO_AFTER.match(text, mention.end)
        and not _org_head(words[-1], lexicon)
        and all(word[:1].isupper() for word in words)
    ):
        return PERSON
    if (
        len(words) in (2, 3)
        and not _org_head(words[-1], lexicon)
        and (
            _FOUNDED_BY_BEFORE.search(text, max(0, mention.start - 80), mention.start)
            or _WHO_FOUNDED_AFTER.match(text, mention.end)
            or _FOUNDED_AFTER.match(text, mention.end)
        )
    ):
        # "founded in 1979 by the optician Gerrit Lensmaat", "Annika Lund,
        # who founded Klövervet": a company's founder, by a name of two or
        # three words, is a person.
        return PERSON
    if " " not in mention.surface and mention.surface[1:].islower() and mention.surface.casefold() in lexicon.person_titles:
        return PERSON  # "the Chancellor", "the President": an office, held by a person
    if " " in mention.surface and " ".join(mention.surface.casefold().split()) in lexicon.person_titles:
        return PERSON  # "Hannah Pym-Carter, Chief Executive, said": an office of several words
    if (
        2 <= len(words) <= 3
        and words[0] in lexicon.first_names
        and not _org_head(words[-1], lexicon)
        and words[-1] not in lexicon.place_endings
        and _THE_BEFORE.search(text, max(0, mention.start - 5), mention.start) is None
        and "&" not in words
        and not any(word.rstrip(".,") in gazetteer.corporate_suffixes for word in words[1:])
        and not _described_as_organisation(text, mention.end, lexicon)
    ):
        # "Katrin Weisshaupt"; but "the Serena Aurelia" is a ship, and "Ernst
        # & Young" and "Arthur Andersen LLP" are firms.
        return PERSON
    if len(words) == 3 and words[0] in lexicon.rank_titles and words[1] in lexicon.first_names:
        return PERSON  # "General Arthur Lichte", "Cardinal John Newman"
    if 2 <= len(words) <= 3 and words[-1] in lexicon.role_heads and not any(word.rstrip(".,") in gazetteer.corporate_suffixes for word in words):
        return PERSON  # "Duty Manager", "Lettings Assistant": a role a person holds
    if len(words) == 1 and words[0] in lexicon.first_names:
        partner = _PARTNER_AFTER.match(text, mention.end)
        if partner is not None and partner.group(1) in lexicon.first_names:
            return PERSON  # "Margaret and Colin Ashdown": two people of one family name
    head_kind = _org_head(words[-1], lexicon)
    if head_kind:
        return head_kind
    return UNKNOWN


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# Words that make a phrase after a comma a clause, not an appositive.
_FINITE_VERBS = frozenset("has have had is are was were will now employs runs operates sells makes owns".split())
# A second person's given name and family name after "and": "(Margaret) and Colin Ashdown".
_PARTNER_AFTER = re.compile(r"\s+(?:and|&)\s+([A-Z][a-z]+)\s+[A-Z][a-z]")
_BASED_IN_AFTER = re.compile(
    r"(?:,\s+|\s+(?:is|was|remains)\s+)(?:also\s+)?(?:based|headquartered)\s+in\s+(?P<place>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})"
)
_COUNTRY_AFTER = re.compile(r",\s+((?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,2})")
_HOME_IN_BEFORE = re.compile(r"\b(?:based|headquartered|head-quartered)\s+in\s+(?:the\s+)?$")
# The end of a table's cell (or of a line that is one): what follows a
# cell's "Matosinhos, Portugal".
_CELL_ENDS = re.compile(r"[ \t]*(?:\||\n|$)")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|around|to)\s+$")
# Where someone was born, lived or died: "Born in Bloxwich", "died at home in Worsbrough".
_LIVED_IN_BEFORE = re.compile(
    r"\b(?:[Bb]orn|[Gg]rew\s+up|[Rr]aised|[Bb]rought\s+up|[Bb]uried|[Dd]ied(?:\s+at\s+home)?|at\s+home)\s+(?:in|at|near)\s+$"
)
# A way somewhere: "the lane to Skelsmergh", "the road from Hawes".
_ROUTE_BEFORE = re.compile(r"\b(?:lane|road|track|path|route|turning|bypass|drive)\s+(?:to|from|into|out\s+of)\s+$")
# Prepositions that only ever say where: "above Rhayader", "near Giggleswick".
_SPATIAL_BEFORE = re.compile(r"\b(?:above|below|beyond|near|nearby|around)\s+$")
# "Micron plans to invest", "Acme runs the plant": the noun is a verb here.
_VERB_USE = re.compile(r"\s+(?:to|a|an|the|its|their|his|her|that|which|this)\b")
# "the Lewiston, Maine plant", "its Gdynia, Poland yard": a site's town
# written with its state or country between the town and the site's noun.
_TOWN_THEN_REGION = re.compile(r",\s+(?P<region>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})(?=\s+[a-z])")
_OWNER_BEFORE_SITE = re.compile(r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[A-Z][\w-]*['\u2019]s)\s+$")
# The same owner and the town with its comma, before the region's name.
_OWNER_AND_TOWN_BEFORE = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[A-Z][\w-]*['\u2019]s)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2},\s+$"
)


def _region_of_a_site(text: str, mention: Mention, gazetteer: Gazetteer, lexicon: ReferenceLexicon) -> str | None:
    """"town" for the town of "the Lewiston, Maine plant", "region" for its
    state, None for any other name. The region must be a listed place or
    country and the noun after it a facility's."""
    if mention.possessive:
        return None
    after = _TOWN_THEN_REGION.match(text, mention.end)
    if after is not None and _OWNER_BEFORE_SITE.search(text, max(0, mention.start - 40), mention.start):
        region = after.group("region")
        following = lexicon.following_kind.match(text, after.end())
        if following is not None and following.start("noun") == following.start() + 1 and _is_region(region, gazetteer, lexicon):
            if kind_of_following(lexicon, following.group("noun")) == FACILITY:
                return "town"
    before = _OWNER_AND_TOWN_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    if before is not None and _is_region(mention.surface, gazetteer, lexicon):
        following = lexicon.following_kind.match(text, mention.end)
        if following is not None and following.start("noun") == following.start() + 1 and kind_of_following(lexicon, following.group("noun")) == FACILITY:
            return "region"
    return None


def _is_region(name: str, gazetteer: Gazetteer, lexicon: ReferenceLexicon) -> bool:
    known = gazetteer.lookup(name)
    return name in lexicon.places or (known is not None and known.type == COUNTRY)


# A determiner before the name makes the noun after it a noun whatever
# follows: "expects its Turin plant to open" (no verb "to plant").
_OWNED_BEFORE = re.compile(r"\b(?:the|its|their|our|his|her)\s+$", re.IGNORECASE)


def _modifiers_only(gap: str, gazetteer: Gazetteer) -> bool:
    """Whether the words between a name and a noun can only describe the noun
    ("Dogger Reach *wind* farm"), not act ("Nordvolt *confirmed* plans")."""
    for word in gap.split():
        if word in gazetteer.subject_verbs or (word.endswith("ed") and "-" not in word):
            return False
    return True


def _org_head(word: str, lexicon: ReferenceLexicon) -> str | None:
    word = word.rstrip("'\u2019")
    return lexicon.name_heads.get(word.casefold()) or lexicon.name_heads.get(word.removesuffix("'s").casefold())


# "Rasmus Holt, 51, has been ...": an age set off by commas after a name is a person's.
_FOUNDED_BY_BEFORE = re.compile(
    # ("founded in São Paulo's Mooca district in 1952 by": where and when, then by whom.)
    r"\b(?i:founded|co-founded|set\s+up|started|established|created)\s+(?:(?:in|on|at)\s+[^,.;:()]{1,50}?\s+)?by\s+"
    # "by the optician Gerrit Lensmaat", "by a typesetter, Attilio Lanzoni"
    r"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:,\s+|\s+))?$"
)
# "Ron Whitfield set up Kowhai Bay in 1978": a founder named before the company he founded.
_FOUNDED_AFTER = re.compile(r"\s+(?:set\s+up|founded|co-founded)\s+(?:[A-Z]|the\s+(?:company|business|firm)\b)")
_WHO_FOUNDED_AFTER = re.compile(r",\s+who\s+(?:had\s+|has\s+)?(?:founded|co-founded|set\s+up|started|established|created)\s")
# Kin: "Lorenzo's father, Aldo,", "his daughter Giulia", "Aldo's son": a
# name a kinship word stands before (in apposition) or after (owning it) is a person's.
_KIN_WORDS = (
    r"(?:father|mother|son|daughter|brother|sister|wife|husband|widow|widower|grandfather|grandmother|"
    r"grandson|granddaughter|uncle|aunt|nephew|niece|cousin|parents|sons|daughters|brothers|sisters)"
)
_KIN_BEFORE = re.compile(r"\b" + _KIN_WORDS + r"(?:,\s*|\s+)$")
_KIN_IN_APPOSITION_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+" + _KIN_WORDS + r",\s*$")
_KIN_AFTER = re.compile(r"['\u2019]s\s+" + _KIN_WORDS + r"\b")
_AGE_AFTER = re.compile(r",\s+(?:1[89]|[2-9]\d),\s+(?:has|had|is|was|who|joined|took|became|the|a|an|said|says|[a-z]+ed)\b")
_TITLE_AFTER = re.compile(r",\s+(?:the\s+|a\s+|its\s+|his\s+|her\s+)?(?P<title>[a-z][a-z'\u2019 -]{1,40}?)(?:\s+(?:of|at)\b|,|\.|$)")
# "Amparo Ferrandis Soler, who took over from her father": a relative clause
# that tells of a life (a pronoun of a person, a career's or a life's verb).
# ("Air France-KLM, who placed their bid": a company, told of as its people.)
_WHO_AFTER = re.compile(
    r",\s+who\s+(?:[^,.;:]{0,80}?\b(?:his|her|he|she|him|himself|herself)\b|(?:\w+\s+){0,2}?"
    r"(?:joined|became|took\s+over|died|was\s+born|grew\s+up|retired|studied|trained|started\s+out|succeeded))",
    re.IGNORECASE,
)


# "Sigrid Holmvik has been its chief executive since 2019", "Dana Reyes is the group's CFO".
_TITLE_AS_PREDICATE = re.compile(
    r"\s+(?:has\s+been|had\s+been|is|was|became|becomes|remains|will\s+be)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+|an\s+|[A-Z][\w.&'\u2019-]*['\u2019]s\s+|the\s+[a-z]+['\u2019]s\s+)?"
    r"(?P<title>[a-z][a-z -]{1,40}?|CEO|CFO|COO|CTO)(?:\s+(?:of|at|since|for)\b|,|\.|$)"
)


_OF_OR_AT = re.compile(r"\s+(?:of|at)\b")


def _titled_after(text: str, end: int, lexicon: ReferenceLexicon) -> bool:
    """``Fiona Marsh, chief executive of Calloway`` / ``, the group's finance
    director`` / ``Sigrid Holmvik has been its chief executive``."""
    # The one opens on a comma, the other on a blank: the character after the
    # name says which can match, without a call to either.
    following = text[end : end + 1]
    if following == ",":
        match = _TITLE_AFTER.match(text, end)
    elif following.isspace():
        match = _TITLE_AS_PREDICATE.match(text, end)
    else:
        return False
    if not match:
        return False
    title = match.group("title").strip().casefold()
    if title in lexicon.shared_titles and not _OF_OR_AT.match(text, match.end("title")):
        return False  # "Guardamás, the leader, is privately held": a company may lead too
    if title in lexicon.person_titles or any(title.endswith(" " + t) for t in lexicon.person_titles if " " in t):
        return True
    # "Femke de Wit, sustainability director at Pedalon": a title narrowed by
    # the words before it is still a title, in an appositive after a name.
    # ("the Alexander Group, including its founder": a list, not a title.)
    words = title.split()
    return (
        following == ","
        and len(words) == 2
        and words[-1] in lexicon.person_titles
        and not any(word in _NOT_A_TITLE_WORD for word in words[:-1])
    )


_NOT_A_TITLE_WORD = frozenset(
    "its their his her our the a an including and or of with as to for from by whose which who that now then also "
    "will would is was has had become became becomes remains named appointed".split()
)


# How many blanks markup may leave between a name and its comma ("**X**,").
_MARKUP_BLANKS = 4


def _described(
    text: str, mention: Mention, gazetteer: Gazetteer, lexicon: ReferenceLexicon
) -> tuple[str | None, str | None, str | None]:
    """(descriptor noun, home country code, home city) the sentence gives a name."""
    descriptor = home = home_place = None
    if "," in text[mention.end : mention.end + _MARKUP_BLANKS + 1] and mention.start and _told_apart_before(text, mention.start, lexicon.unrelated_phrases):
        # "it has nothing to do with Heritage Emporium Ltd, the Norwich
        # reclamation yard": what an appositive says of a namesake told apart
        # describes no one the name's other mentions mean. (Read only before
        # an appositive's comma: every name of a text is described here.)
        return None, None, None
    before = text[max(0, mention.start - _PREMODIFIER_WINDOW) : mention.start]
    # The word read below ends right before the name's blank: a name after
    # anything else has no premodifier, and its text is not split.
    words = _WORD.findall(before)[-4:] if before.endswith(" ") else ()
    # "Swedish buyout firm Halvard Capital": the last word before the name is
    # a description head, possibly after a nationality or a "-based" cue.
    if (
        words
        and lexicon.description_heads.get(words[-1].casefold()) == ORGANISATION
        and before.endswith(words[-1] + " ")
        # "the British brand Tindra bought": the name opens a clause about the brand.
        and not DEED_AFTER_NAME.match(text, mention.end)
        and (len(words) < 2 or words[-2].casefold() not in ("the", "a", "an", "this", "its", "largest", "biggest"))
    ):
        descriptor = words[-1].casefold()
        for word in words[:-1]:
            code = gazetteer.demonyms.get(word.casefold())
            if code:
                home = code
            cue = _HOME_CUE.fullmatch(word)
            if cue:
                home_place = cue.group("place")
                home = home or lexicon.places.get(home_place) or _country_code(home_place, gazetteer)
    tail = before[-30:]
    # A home cue is hyphenated ("Milan-based"): a text without a hyphen holds none.
    cue = _HOME_CUE.search(tail) if "-" in tail else None
    if cue and before.rstrip().endswith(cue.group(0)):
        home_place = cue.group("place")
        home = home or lexicon.places.get(home_place) or _country_code(home_place, gazetteer)
    based = _BASED_IN_AFTER.match(text, mention.end)
    if based is not None and not home_place:
        # "Keystone, based in Lancaster, Pennsylvania", "Kelvane is headquartered in Lyon".
        home_place = based.group("place")
        home = home or lexicon.places.get(home_place) or _country_code(home_place, gazetteer)
    placed = _HOME_OF_AFTER.match(text, mention.end) if not home_place else None
    if placed is not None:
        # "Telaio Brambati of Lecco, a family firm": where the company is.
        home, home_place = _home_at(placed.group("place"), home, gazetteer, lexicon)
    after = mention.end
    # "**Lumikari Paper**, the Swedish packaging group": markup blanked
    # between a name and its comma keeps the appositive the name's.
    while after < len(text) and after - mention.end < _MARKUP_BLANKS and text[after] == " ":
        after += 1
    if text[after : after + 1] != ",":
        after = mention.end
    following = text[after : after + 1]
    # The appositive opens on a comma, the copula on a blank: only the one
    # the next character allows is tried.
    for pattern in (_APPOSITIVE,) if following == "," else (_COPULA,) if following.isspace() else ():
        match = pattern.match(text, after)
        if match:
            phrase_words = _WORD.findall(match.group("phrase"))
            if pattern is _APPOSITIVE and any(w.casefold() in lexicon.speaker_verbs for w in phrase_words):
                # "near Huelva, the Danish company said": a clause of its own,
                # whose subject describes the teller, not the place.
                break
            if pattern is _APPOSITIVE and any(w in _FINITE_VERBS for w in phrase_words):
                # "Founded ... in her house in Redland, the family-run agency
                # now has 1,850 tutors": the main clause's subject after a
                # fronted phrase, not a description of the town before it.
                break
            # "Tidewell Pictures, the GBP 180 million purchase it made": a deal
            # is no description of what was bought.
            heads = [
                i
                for i, w in enumerate(phrase_words)
                if w.casefold() in lexicon.description_heads and lexicon.description_heads[w.casefold()] != "deal"
            ]
            if heads:
                # "the Milan train maker": of head nouns in a row, the last is the head.
                head = heads[0]
                while head + 1 in heads:
                    head += 1
                descriptor = descriptor or phrase_words[head].casefold()
                # "the Spanish hospital operator": a nationality before the head
                # noun; "a farm off the Scottish coast" says where, not whose.
                for word in phrase_words[max(0, heads[0] - 3) : heads[0]]:
                    code = gazetteer.demonyms.get(word.casefold())
                    if code and not home:
                        home = code
                # "Kerlaouen, a sardine canner in Douarnenez, Brittany": where the company is.
                located = _LOCATED_AFTER.match(text, match.end("phrase")) if head == len(phrase_words) - 1 else None
                if located is not None and not home_place:
                    home, home_place = _home_at(located.group("place"), home, gazetteer, lexicon)
            cue = _HOME_CUE.search(match.group("phrase"))
            if cue and not home_place:
                home_place = cue.group("place").split(",")[0]
                home = home or lexicon.places.get(home_place) or _country_code(cue.group("place").split()[-1], gazetteer)
            if (
                heads
                and not home_place
                and lexicon.description_heads[phrase_words[head].casefold()] == ORGANISATION
                # ("Founded in 1997 by Colin Pask, the Derby group booked
                # revenue": a clause's subject, no appositive.)
                and (head == len(phrase_words) - 1 or phrase_words[head + 1].casefold() in _AFTER_AN_APPOSITIVES_HEAD)
            ):
                home, home_place = _town_modifier(phrase_words[: heads[0]], home, gazetteer, lexicon)
            break
    if descriptor is None and text[mention.end : mention.end + 1] == "," and before.endswith(", "):
        # "The contracting business he built, Pryce & Rowlands, is now one of
        # the largest": a description set before the name, in apposition.
        fronted = _APPOSITIVE_BEFORE_NAME.search(before)
        heads = [w.casefold() for w in _WORD.findall(fronted.group("phrase"))] if fronted is not None else []
        named = [w for w in heads if lexicon.description_heads.get(w) == ORGANISATION]
        if named:
            descriptor = named[-1]
    return descriptor, home, home_place


# A description, then a comma right before a name: "The contracting business he built, ".
_APPOSITIVE_BEFORE_NAME = re.compile(r"(?:^|[;:(]\s*)[\W_]*(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+(?P<phrase>[^,;:()]{1,60}),\s$")


# An appositive, then its name's verb of speech: ", the ... mill, said".
_SPEAKS_AFTER_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+[^,;.()]{1,80},\s+(?:said|says|announced|announces|reported|reports|told|expects|added|confirmed)\b"
)
# The words an appositive's head may go on with: "the Skipton business
# behind the Pennock's banger".
_AFTER_AN_APPOSITIVES_HEAD = frozenset("behind with in of at on near from for and".split())


def _told_apart_before(text: str, start: int, phrases: tuple[str, ...]) -> bool:
    """Whether words that tell one company apart from another stand in
    ``text`` (a sentence) before ``start``."""
    lead = text[:start].casefold()
    return any(phrase in lead for phrase in phrases)


def _town_modifier(
    words: list[str], home: str | None, gazetteer: Gazetteer, lexicon: ReferenceLexicon
) -> tuple[str | None, str | None]:
    """(home country, home town) an appositive's town gives its name when the
    town opens the words before the description's head: "Bramblegate Foods,
    the Leeds sausage and bacon processor", "Pennock Family Butchers, the
    Skipton business behind ...". A town the places list does not know is
    still read as one there, capitalised in a run of lower-case modifiers,
    since a company's appositive premodifies its head by where it is far more
    often than by another name; a nationality ("the Swedish maker") or a
    country is no town. A place the places list knows gives only its country."""
    run: list[str] = []
    for word in words:
        if not word[:1].isupper() or word.endswith(("'s", "\u2019s")):
            break
        if "-" in word or word.isupper():
            return home, None  # "a Singapore-headquartered AI-as-a-Service firm": a cue read above, an acronym
        run.append(word)
    if not run or len(run) > 2 or any(w[:1].isupper() for w in words[len(run):]):
        return home, None
    place = " ".join(run)
    if _country_code(place, gazetteer) is not None or any(gazetteer.demonyms.get(w.casefold()) for w in run):
        return home, None
    if place in lexicon.places:
        # A place the list knows gives its country only: "The Leeds firm"
        # asks that country of a company, and the list does not say whether
        # "Leeds" is a town or a region ("a Pennsylvania company") that a
        # later "Partick-based" or "Lancaster" may lie inside.
        return home or lexicon.places[place], None
    return home, place


def _home_at(place: str, home: str | None, gazetteer: Gazetteer, lexicon: ReferenceLexicon) -> tuple[str | None, str | None]:
    """(home country, home town) a place said of a company gives it: a
    country, or a town with the country the places list gives it."""
    country = _country_code(place, gazetteer)
    if country is not None:
        return home or country, None
    return home or lexicon.places.get(place), place


def home_at(place: str, gazetteer: Gazetteer, lexicon: ReferenceLexicon) -> tuple[str | None, str | None]:
    """(home country, home town) a place said of a company gives it ("| Wordhaven | Cardiff |"),
    its country after a comma if it gives one ("Lausanne, Switzerland")."""
    town, _, region = (part.strip() for part in place.partition(","))
    code = _country_code(region, gazetteer) if region else None
    home, home_place = _home_at(town, code, gazetteer, lexicon)
    if home_place is not None and code is None:
        # A town alone says no country for sure ("Perth" in a table of Scottish
        # chains is no Australian city): only a country written beside it does.
        home = None
    if home_place is not None and region and code is None:
        # "Maidstone, Kent": the town and the county it is in, both where it is
        # ("the Maidstone packer", "the Kent packer"; see ``home_places``).
        home_place = f"{home_place}, {region}"
    return home, home_place


def home_places(home_place: str | None) -> tuple[str, ...]:
    """The places a home is told by: "Maidstone, Kent" is "Maidstone" and "Kent"."""
    return tuple(part.strip() for part in home_place.split(",")) if home_place else ()


# "Telaio Brambati of Lecco, ...", "went to Girabici of Valencia.": a place
# right after a name, the clause going on after it.
_HOME_OF_AFTER = re.compile(
    r"\s+of\s+(?P<place>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?)(?=\s*[,;)]|\.(?:\s|$)|\s+(?:and|which|who|for|in|at|to)\b)"
)
# The place an appositive's description ends by saying its company is in:
# "a sardine canner in Douarnenez", "a bank in China".
_LOCATED_AFTER = re.compile(r"\s+(?:in|near|outside)\s+(?P<place>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})")


def _described_as_organisation(text: str, end: int, lexicon: ReferenceLexicon) -> bool:
    """"Marisol Bombas, the Seville maker it bought": an appositive whose head
    is an organisation's says a name is a company's, whatever word opens it."""
    match = _APPOSITIVE.match(text, end)
    if match is None:
        return False
    words = [w.casefold() for w in _WORD.findall(match.group("phrase"))]
    heads = [w for w in words if w in lexicon.description_heads]
    return bool(heads) and lexicon.description_heads[heads[-1]] == ORGANISATION and not any(w in lexicon.person_titles for w in words)


def _country_code(text: str, gazetteer: Gazetteer) -> str | None:
    key = text.strip(" ,").casefold()
    code = gazetteer.demonyms.get(key)
    if code:
        return code
    known = gazetteer.names.get(key)
    if known is not None and known.type == COUNTRY:
        return known.country
    return None


def is_actor_kind(kind: str) -> bool:
    """Kinds of name that can own a figure."""
    return kind in (ORGANISATION, FACILITY, PROGRAMME, UNKNOWN, "product", "event", "deal")


__all__ = ["Name", "UntypedName", "read_names", "untyped_names", "typed_name", "is_actor_kind", "FACILITY", "PERSON", "PLACE"]
