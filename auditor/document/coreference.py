"""Who is who in one document: names grouped into entities, and what refers back to them.

One entity per canonical name; a short form ("Meridian" after "Meridian Rail
Systems"), an acronym ("MRS") or a name the text defines ("Alverna Rail
Systems ("Alverna" or "ARS")") joins the entity it stands for when exactly
one entity of the document can be meant. Definite descriptions ("the
group", "the Oslo-based manufacturer") and pronouns ("it", "its") are read in
order and resolved to the most salient compatible entity: the topic of the
block, the subject of the sentence before, a recent mention. A reference
that two entities could take equally stays unresolved: a missing subject
costs a finding, a wrong one invents one.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Collection, Container, Iterable, Iterator, Mapping, NamedTuple, Sequence

from auditor.document.lexicon import (
    COUNTRY,
    DEAL,
    FACILITY,
    ORGANISATION,
    PERSON,
    PLACE,
    PROGRAMME,
    PRODUCT,
    UNKNOWN,
    ReferenceLexicon,
)
from auditor.document.names import Name, home_places
from auditor.document.speaker_labels import speaker_label_end
from auditor.extract.entities import Gazetteer, fold
from auditor.extract.numbers import initial_led, word_start_matches
from auditor.model import NOT_FOR, STANDS_FOR

# Kinds in the order a cue for them outweighs another: one mention that is
# plainly a person or a facility settles what an otherwise bare name is.
_KIND_PRIORITY = {PERSON: 0, FACILITY: 1, PROGRAMME: 2, PRODUCT: 3, ORGANISATION: 4, COUNTRY: 5, UNKNOWN: 6, PLACE: 7}
_CONNECTORS = frozenset({"of", "and", "&", "the", "de", "du", "der", "von", "van", "for", "y", "i"})
# 'Alverna Rail Systems ("Alverna" or "ARS")', and a listed company's ticker
# after its exchange: "Fairleigh & Crane plc (AIM: FLC)", "(NYSE: KLD)".
_DEFINITION = re.compile(
    r"\s*\(\s*(?:[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)?\s*:\s*(?=[A-Z0-9.]{1,6}\s*\)))?(?:the\s+(?=[\"\u201c']))?[\"\u201c']?(?P<first>(?:the\s+)?[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*)?)[\"\u201d']?"
    r"(?:\s*(?:,|or)\s*(?:the\s+(?=[\"\u201c']))?[\"\u201c']?(?P<second>(?:the\s+|The\s+)?[A-Za-z][\w&.'\u2019-]*)[\"\u201d']?)?\s*\)"
)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
# A participle's place: "lined in the Marche", "made in Ecuador" ("the unit
# at Harmeville" names the site the unit stands at, which may be told of).
_IN_A_PLACE_BEFORE = re.compile(
    r"\b(?:[a-z]+(?:ed|en)|made|built|grown|sold|kept|held|run|set|spent|cut|laid|put|born|bred|dug|spun|sewn|found)"
    r"\s+(?:in|at|near|inside|outside|across|throughout)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A payer's verb right after a pronoun: "They paid £1.6m, I heard".
_PAID_AFTER = re.compile(r"\s+(?:(?:had|have|has|reportedly|apparently)\s+)*(?:paid|pays|spent|forked\s+out|shelled\s+out)\b")
# A deal's verb right after a pronoun: who did it is a party, no site or product.
_DEAL_DONE_AFTER = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+)?(?:bought|buys|acquired|acquires|sold|sells|signed|signs|paid|pays|hired|hires|ordered|orders|agreed|agrees|won|wins)\b"
)
# A name, a noun after it, and the blank before a pronoun: "Walkerburn dye-house ".
_HEAD_THEN_PRONOUN = re.compile(r"[A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*)*\s+([a-z][\w-]*)\s+")


# Where someone lives or something stands, before a town's name: "her house in ", "offices at ".
_HOME_IN_A_PLACE = re.compile(
    r"\b(?:house|home|flat|office|offices|shop|street|village|town|farm|garage|kitchen|room|studio|born|raised|lived|lives|living)"
    r"\s+(?:in|at|near|outside)\s+$"
)


def in_a_place(text: str, start: int, opening: bool = False) -> bool:
    """Whether a name stands after a preposition of place inside its sentence
    ("lined in the Marche"); "At Acme, sales rose" opens on its owner.
    ``opening``: the participle may open the text ("Cut in Jutland, laid in
    Dorset", a title)."""
    before = _IN_A_PLACE_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and (opening or bool(text[: before.start()].strip(" \"'\u201c\u2018")))


def _may_be_short_for(alias: str, name: str) -> bool:
    """Whether a name in brackets, unquoted, after a name can be its short
    form: a defined word ("(the Group)"), a word of it ("Alverna Rail
    Systems (Alverna)"), or a form that opens as it does (initials "(ARS)",
    "(BoA)", a clipping "(Fed)"). "Fellside Stoves (Brandvik)" names the
    owner, "Beja (Portugal)" the country: not the name again."""
    words = alias.split()
    if not words or words[0].casefold() == "the":
        return bool(words)
    own = {word.casefold() for word in name.split()}
    if any(word.casefold() in own for word in words):
        return True
    return alias[:1].casefold() == name.lstrip()[:1].casefold()


_WORD_AFTER = re.compile(r"\s+([\w.]+)")
# Words that, right after "it", show that "it" points at nothing ("it is
# expected that", "it will take years").
# ("It is spending EUR 60 million to lift output": a verb in -ing after the
# copula is the pronoun's own deed.)
# ("It hardly seems eleven years since we opened": a time since, after an adverb.)
_EXPLETIVE_AFTER = re.compile(
    r"\s+(?:(?:hardly|barely|scarcely|only|still|now|just|already)\s+)?"
    # (Not "It was sold to Northgate", "it was handed to the family": a
    # passive whose "to" names who got it.)
    r"(?:is|was|has\s+been|seems|seemed|feels|felt|remains|would\s+be|will\s+be)\s+(?![a-z]+ing\b)(?:\w+\s+){0,2}\s*"
    r"(?:that|to(?!\s+(?:[A-Z]|the\b|a\b|an\b|its\b|their\b|his\b|her\b))|since)\b"
    # ("It has been a busy winter", "it was a difficult year": a stretch of
    # time, told of no one.)
    r"|\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}"
    r"(?:year|winter|summer|spring|autumn|season|month|week|quarter|decade|day|time|period|start|end|finish)\b"
)
# A transitive verb right before "it": "agreed to buy it", "took it private".
_OBJECT_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]+ed|buy|buys|bought|sell|sells|sold|take|takes|took|run|runs|ran|own|owns|acquire|acquires|fund|funds|"
    r"back|backs|support|supports|build|builds|built|make|makes|made|keep|keeps|kept|call|calls|values|value|pays|pay|paid|"
    r"targets|target|rivals|rival|joins|join|beats|beat|overtakes|overtake|overtook|hires|hire|hired|courts|approaches)\s+$"
)
# Aliases that a description can repeat: "the Group", "the Company", "the Bank".
_DEFINED_WORDS = frozenset({"group", "company", "bank", "fund", "firm", "operator", "trust", "issuer", "partnership"})


def _filers_own_word(surface: str) -> bool:
    """Whether a description is a filing's capitalised word for its issuer: "the Group", "The Company"."""
    # ("The Bank", "the Trust" in news mean the bank or trust told of last: only a filing's own words.)
    words = surface.split()
    return len(words) == 2 and words[0].casefold() == "the" and words[1] in ("Group", "Company")


_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|announced|reported)\b")
# "it", "its", "we", "our", at a word start (tested by word_start_matches):
# led by a literal letter, so the engine jumps to where one can start.
# ("us" only in lower case: "146 people work for us"; "US" is a country.)
_PRONOUN = re.compile("(?:" + initial_led({"I": "ts?", "i": "ts?", "W": "e", "w": "e", "O": "ur", "o": "ur", "u": "s"}) + r")\b")
_COORDINATED = re.compile(r"\s*(?:,|,?\s*and|&)\s*")
_ENTITY_LIKE = frozenset({ORGANISATION, FACILITY, PROGRAMME, PRODUCT, UNKNOWN, COUNTRY})


# "It closed the purchase of the Bristol craft brewer": what a deal's noun
# says was bought is not who bought it.
_TARGET_OF_A_DEAL = re.compile(r"\b(?:purchase|acquisition|takeover|buyout)\s+of\s+$", re.IGNORECASE)
# What a price was paid for: "We paid £3.4 million for the business".
# (The price itself is blanked where references are read.)
_PAID_FOR = re.compile(r"\b(?:paid|pays|pay|paying|spent|spends|spend|offered|offers)\s.{0,40}?\bfor\s+$")


def _object_verb_before(text: str, end: int) -> bool:
    """``_OBJECT_VERB_BEFORE`` searched in ``text[:end]``, looking only at the
    blanks and the word right before ``end`` (all it can match), so that a
    reference costs its neighbourhood, not the sentence before it."""
    end = min(end, len(text))  # as text[:end] reads it
    position = end
    while position > 0 and text[position - 1].isspace():
        position -= 1
    while position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_"):
        position -= 1
    return _OBJECT_VERB_BEFORE.search(text, max(0, position - 1), end) is not None


@dataclass
class Entity:
    """One thing the document names, with every name it goes by."""

    id: int
    name: str  # the fullest name it is given
    kind: str
    key: str  # fold(name): how claims about it are compared
    aliases: set[str] = field(default_factory=set)  # folded short forms and acronyms
    descriptors: set[str] = field(default_factory=set)  # head nouns it was described with
    home: str | None = None  # ISO code of its home country, when the text says
    home_place: str | None = None
    known: bool = False
    first_sentence: int = 0
    merged_into: int | None = None  # a short form's entity, folded into its full name's
    written: str = ""  # the longest way the text writes it ("Qamar Desalination Company")
    code: str | None = None  # a country's own ISO code ("the Czech government" is CZ's)
    # The document's publication (its front matter's publisher, show or
    # newsletter): who tells the news, never a party to it.
    publication: bool = False
    # Told as a company by what it has or what others are to it ("employees
    # of X", "X's chief executive"): "the firm" may mean it as a name that
    # says its trade would.
    told_company: bool = False
    # Names of several words that open its name and may stand for it in
    # another document ("Echo Valley" for "Echo Valley Festivals"): none
    # whose left-out words name a place, none this document names apart.
    opening_names: tuple[str, ...] = ()
    # Full names the document tells this short name apart from ("Readers
    # should not confuse the company with Tallybridge Wealth"): what it never
    # stands for, here or in another document.
    told_apart: tuple[str, ...] = ()
    # A name something started out under ("opened in 1974 as the Attercliffe
    # Cue Club"): what it was, never what a later description means.
    former_name: bool = False


def _written_head(entity: Entity) -> str:
    """The last word of the fullest way the text writes a name, folded
    ("group" of "Greenstead Grounds Group")."""
    words = entity.written.split()
    return words[-1].casefold() if len(words) > 1 else ""


def full_entity(entities: Sequence[Entity], entity_id: int) -> int:
    """The entity a name stands for once short forms are folded into full names."""
    while entities[entity_id].merged_into is not None:
        entity_id = entities[entity_id].merged_into  # type: ignore[assignment]
    return entity_id


class Reference(NamedTuple):
    """A span of a sentence that points at an entity (offsets relative to the sentence)."""

    start: int
    end: int
    entity: int | None  # None: could not be resolved safely
    surface: str
    via: str  # "name", "short form", "acronym", "alias", "description", "pronoun", "first person"
    possessive: bool
    kind: str  # the kind the reference itself asks for


@dataclass
class _Salience:
    """What the reader has in mind at a point of the document."""

    # (entity id, sentence index, was it the subject) most recent last
    history: list[tuple[int, int, bool]] = field(default_factory=list)
    block_of: dict[int, int] = field(default_factory=dict)  # sentence index -> block index
    # entity id -> (its place in history, sentence, subject) at its latest mention
    latest: dict[int, tuple[int, int, bool]] = field(default_factory=dict)
    # (kind, subject at its latest mention) -> the entries of ``latest`` of
    # that kind and role, in the same order: a description asks only for
    # the kinds it can mean, subjects first (see ``recent``).
    latest_by_role: dict[tuple[str, bool], dict[int, tuple[int, int, bool]]] = field(default_factory=dict)

    def note(self, entity: int, kind: str, sentence: int, subject: bool) -> None:
        # Moved to the end, so ``latest`` runs in the order of latest mentions.
        earlier = self.latest.pop(entity, None)
        if earlier is not None:
            del self.latest_by_role[kind, earlier[2]][entity]
        # The subject of a sentence stays its subject when the sentence names
        # it again ("Brightwave has passed 1.5 million homes, it said").
        latest_subject = subject or (earlier is not None and earlier[1] == sentence and earlier[2])
        self.latest[entity] = row = (len(self.history), sentence, latest_subject)
        self.latest_by_role.setdefault((kind, latest_subject), {})[entity] = row
        self.history.append((entity, sentence, subject))

    def recent(self, kinds: Iterable[str], subject: bool, skipped: Container[int], before: int) -> Iterator[tuple[int, int, bool, int]]:
        """The entities of ``kinds`` met so far whose latest mention was (or
        was not) as a subject, but those ``skipped``, each once at its latest
        mention, as (entity, sentence, subject, rank). The rank is its place
        in the reversed history after ``before`` rows of the sentence being
        read. Most recent first: rank rises, and the sentence never grows.

        The history holds every mention of the document; each entity is read
        at its latest one, kept by kind and role, so a description is weighed
        against the entities it can mean without walking every mention, nor
        every entity, again."""
        last = before + len(self.history) - 1
        rows = [reversed(self.latest_by_role[kind, subject].items()) for kind in kinds if (kind, subject) in self.latest_by_role]
        for entity, (position, sentence, is_subject) in heapq.merge(*rows, key=lambda row: -row[1][0]):
            if entity not in skipped:
                yield entity, sentence, is_subject, last - position

    def last_subject(self, before_sentence: int, kinds: set[str], entities: list[Entity]) -> tuple[int, int] | None:
        """The latest subject of a sentence before ``before_sentence`` of one of ``kinds``, and its sentence."""
        for entity, sentence, subject in reversed(self.history):
            if sentence < before_sentence and subject and entities[entity].kind in kinds:
                return entity, sentence
        return None


def _sentences_naming(assigned: Sequence[Sequence[int]]) -> dict[int, list[int]]:
    """Entity -> the sentences that name it, in order: how often a name was
    told between two sentences is looked up, not counted over the sentences
    (a long document asks it of thousands of names)."""
    naming: dict[int, list[int]] = {}
    for index, row in enumerate(assigned):
        for entity_id in dict.fromkeys(row):
            naming.setdefault(entity_id, []).append(index)
    return naming


def _told_between(entity_id: int, start: int, end: int, naming: Mapping[int, Sequence[int]]) -> int:
    """In how many of the sentences ``start`` to ``end`` (not included) an entity is named."""
    sentences = naming.get(entity_id, ())
    return max(0, bisect.bisect_left(sentences, end) - bisect.bisect_left(sentences, start))


_FAMILY_AFTER = re.compile(r"\s+famil(?:y|ies)\b")
_SPOKE_AFTER = re.compile(r"\s+(?:said|says|told|added|explained|recalled|admitted|argued|insisted)\b")


def build_entities(
    sentences_names: Sequence[Sequence[Name]],
    texts: Sequence[str],
    gazetteer: Gazetteer,
    lexicon: ReferenceLexicon,
    headings: Sequence[bool] = (),
    tabled: Sequence[bool] = (),
    title: str = "",
) -> tuple[list[Entity], list[list[int]]]:
    """Entities of a document and, for each sentence's names, the entity each
    joins (``headings``: which sentences are headings, by index; ``tabled``:
    which are a table's rows; ``title``: the document's title where its
    text does not carry it, as front matter's)."""
    entities: list[Entity] = []
    by_key: dict[str, int] = {}
    assigned: list[list[int]] = []
    people_words: set[int] = set()  # names written as people's: "the Verhoef family", "Chmiel said"
    with_legal_form: set[int] = set()
    for index, names in enumerate(sentences_names):
        row = []
        for name in names:
            key = slot = fold(name.key)
            if name.kind == PERSON and key in by_key and _family_business(entities[by_key[key]]):
                # "Pennock's is small ..." then "Pennock said": the family's
                # shop and one of the family are two.
                slot = f"{key} (person)"
            # "Velocita Brenta" in a title, "Velocità Brenta" in the text: one name.
            entity_id = by_key.get(slot)
            if entity_id is None and slot == key:
                entity_id = by_key.get(_without_accents(key))
                if entity_id is not None and entities[entity_id].key != key and _without_accents(entities[entity_id].key) == entities[entity_id].key:
                    entities[entity_id].name = name.key  # the name as written with its accents
            if entity_id is None:
                entity_id = len(entities)
                by_key[slot] = entity_id
                if slot == key:
                    by_key.setdefault(_without_accents(key), entity_id)
                code = name.country if name.kind == COUNTRY else None
                entities.append(Entity(entity_id, name.key, name.kind, key, known=name.known, first_sentence=index, code=code))
            entity = entities[entity_id]
            if entity.name.isupper() and not name.key.isupper() and any(c.islower() for c in name.key):
                # "CORVALIS ENVIRONNEMENT SA" on a letterhead, "Corvalis
                # Environnement" in the text: the name as the text writes it.
                entity.name = name.key
            _absorb(entity, name)
            if _legal_form(name.surface, gazetteer):
                with_legal_form.add(entity_id)
            if _FAMILY_AFTER.match(texts[index], name.end) or _SPOKE_AFTER.match(texts[index], name.end):
                people_words.add(entity_id)
            row.append(entity_id)
        assigned.append(row)
    for entity_id in with_legal_form:
        if entities[entity_id].kind in (PRODUCT, PROGRAMME):
            # "Own a Sootmasters franchise" and "Sootmasters Ltd, founded
            # 2008": a name the text writes with a legal form is a company's.
            entities[entity_id].kind = ORGANISATION

    # Names the text defines: 'Alverna Rail Systems ("Alverna" or "ARS")'.
    defined: dict[str, int] = {}
    for index, names in enumerate(sentences_names):
        text = texts[index]
        for name, entity_id in zip(names, assigned[index]):
            if name.surface.rstrip(".") in gazetteer.corporate_suffixes or name.surface in gazetteer.corporate_suffixes:
                continue  # "Calder Ridge Insurance Holdings, Inc. (the "Company")": the suffix is no name to define
            # A suffix the name's reading left out stands before a definition: "Fairleigh & Crane plc (AIM: FLC)".
            suffix = _WORD_AFTER.match(text, name.end)
            after = suffix.end() if suffix is not None and suffix.group(1) in gazetteer.corporate_suffixes else name.end
            if text[after : after + 1] == ".":
                after += 1  # "Ter Haar Glasshouse Systems B.V. ("Ter Haar")": the suffix's own full stop
            match = _DEFINITION.match(text, after)
            if match and entities[entity_id].kind == PERSON:
                # "In the chair: Alan Pettifer (AP)": minutes' initials for a
                # person are the person ("AP said ... we bought"), no body.
                initials = "".join(word[:1] for word in name.surface.split() if word[:1].isupper())
                for alias in (match.group("first"), match.group("second")):
                    if alias and len(initials) > 1 and alias == initials:
                        defined.setdefault(fold(alias), entity_id)
            elif match and entities[entity_id].kind != PLACE:
                # Quoted ('("Alverna")') or a ticker after its exchange ("(NYSE: KLD)"): said to be its name.
                said = any(mark in match.group(0) for mark in "\"\u201c\u201d':")
                for alias in (match.group("first"), match.group("second")):
                    if alias and fold(alias) != entities[entity_id].key and (said or _may_be_short_for(alias, name.surface)):
                        defined.setdefault(fold(alias), entity_id)  # the first definition holds: "(BCE)" before "Toronto (TSX: BCE)"
        # "Applicant: Bramblewood Day Nurseries Ltd, Granby Street": a field
        # whose label is a role says who "the applicant" is.
        # ("Claimant: Mr Daniel Fothergill · Respondent: Mossdale Stone
        # Limited": fields set apart on one line, each its own.)
        for field in _FIELD_LABELS.finditer(text) if ":" in text else ():
            if field.group(1).casefold() not in lexicon.field_roles:
                continue
            first = next((e for n, e in zip(names, assigned[index]) if n.start == field.end() and entities[e].kind not in (PERSON, PLACE)), None)
            if first is not None:
                defined.setdefault(field.group(1).casefold(), first)
        # "Ms A. Kowalczyk v Brightpress Laundry Services Ltd": a case's
        # title names the party that answers the claim after "v".
        for versus in _VERSUS.finditer(text):
            answering = next((e for n, e in zip(names, assigned[index]) if n.start == versus.end() and entities[e].kind in (ORGANISATION, UNKNOWN)), None)
            if answering is not None:
                for role in _ANSWERING_ROLES & lexicon.field_roles:
                    defined.setdefault(role, answering)
    # 'Lagoona Leisure plc ("Lagoona", the "Group")  |  AIM: LGNA' over a
    # release: a heading whose names the model did not read defines the
    # short names of a company its text names.
    for index, text in enumerate(texts):
        if sentences_names[index] or "(" not in text or not any(mark in text for mark in "\"\u201c'"):
            continue
        for entity in entities:
            at = text.find(entity.name) if entity.kind in (ORGANISATION, UNKNOWN) and entity.merged_into is None else -1
            if at < 0 or (at and text[at - 1].isalnum()):
                continue
            end = at + len(entity.name)
            suffix = _WORD_AFTER.match(text, end)
            if suffix is not None and suffix.group(1) in gazetteer.corporate_suffixes:
                end = suffix.end()
            match = _DEFINITION.match(text, end)
            if match is not None and any(mark in match.group(0) for mark in "\"\u201c\u201d'"):
                for alias in (match.group("first"), match.group("second")):
                    if alias and fold(alias) != entity.key:
                        defined.setdefault(fold(alias), entity.id)
    # The same case named only by the front matter's title ("Reid v Peakform
    # Physiotherapy Ltd: dismissal unfair"), over a text that writes the
    # company whole.
    for versus in _VERSUS.finditer(title):
        after = fold(title[versus.end() :])
        answering = next(
            (e.id for e in entities if e.kind in (ORGANISATION, UNKNOWN) and after.startswith(e.key) and not after[len(e.key) : len(e.key) + 1].isalnum()),
            None,
        )
        if answering is not None:
            for role in _ANSWERING_ROLES & lexicon.field_roles:
                defined.setdefault(role, answering)
    # Short forms and acronyms join the one full name they can stand for:
    # first a name that opens a longer one ("Ardıç Halı" of "Ardıç Halı
    # Sanayi"), so that a one-word name ("Ardıç") then finds one full name.
    multiword = [e for e in entities if len(e.key.split()) > 1 and e.kind not in (PERSON, PLACE, COUNTRY)]
    merged: dict[int, int] = {}
    naming = _sentences_naming(assigned)
    _merge_opening_names(entities, multiword, merged, naming, headings, gazetteer, lexicon)
    _merge_located_names(entities, merged, gazetteer)
    _merge_designated_names(multiword, merged, gazetteer.leading_designators)
    multiword_full = [e for e in multiword if e.id not in merged]
    short_forms = _ShortFormIndex(multiword_full, gazetteer.leading_designators)  # names and written forms stay as they are in this loop
    # A one-word name is a company's short form before a product's or a
    # programme's of the same first word ("Ashdown" beside "Ashdown Tea" and
    # its "Ashdown Gold" tea-bag brand); a product's only when nothing else
    # opens with it ("the Dow" of the Dow Jones Industrial Average).
    companies = _ShortFormIndex([e for e in multiword_full if e.kind not in (PRODUCT, PROGRAMME)], gazetteer.leading_designators)
    # "Reindl" beside "Orgelbau Reindl" and "Reindl Pfeifenbau": a word that
    # closes one name and opens another may be short for either.
    closing: dict[str, set[int]] = {}
    for full in multiword_full:
        closing.setdefault(full.key.split()[-1], set()).add(full.id)
    # "Hagedorn Agrar AG ... is not related to the miller": what a sentence
    # names to say it is another company is not what a short name told
    # elsewhere ("Hagedorn, founded in 1921") stands for.
    disclaiming = {index for index, text in enumerate(texts) if any(phrase in text.casefold() for phrase in lexicon.unrelated_phrases)}
    disclaimed = _disclaimed(disclaiming, assigned, entities, naming)
    # "Foxmoor (the Bristol studio group, not Foxmoor Audio, the Sheffield
    # mic makers)": a full name written right after "not" is one the short
    # name is told apart from, in the sentence that names both.
    negated = {
        entity_id
        for index, text in enumerate(texts)
        if "not " in text
        for entity_id in assigned[index]
        if len(entities[entity_id].key.split()) > 1
        and re.search(r"\bnot\s+(?:the\s+)?" + re.escape(entities[entity_id].written or entities[entity_id].name), text)
    }
    for entity in entities:
        target = defined.get(entity.key)
        if target is None and len(entity.key.split()) == 1 and entity.kind not in (PERSON, COUNTRY) and not entity.known:
            told_apart = disclaimed if any(i not in disclaiming for i in naming.get(entity.id, ())) else set()
            if negated:
                told_apart = told_apart | {i for i in negated if set(naming.get(i, ())) & set(naming.get(entity.id, ()))}
            entity.told_apart = tuple(sorted(
                entities[i].name for i in told_apart if entity.key in _short_words(entities[i].name.split(), gazetteer.leading_designators)
            ))
            # A name the gazetteer knows ("Amazon") is itself, not a short
            # form of another ("Amazon Web Services").
            # ("Redwing" beside "Redwing Cars Group" and "Redwing Coaches",
            # which a sentence tells it apart from: the one it may still be.)
            target = companies.expansion(entity.name, told_apart)
            if target is None:
                target = short_forms.expansion(entity.name, told_apart)
            if target in told_apart:
                target = None
            sole = target  # the one full name of the document it opens, if any
            if target is None:
                # "Kerrigan" beside "Kerrigan Sailmakers", met in the lead,
                # and "Kerrigan Marine", an unrelated boatbuilder told of in
                # the last paragraph: the company the reader met first, when
                # the short name was told of it in two sentences or more
                # before the other was met ("Pellard" beside "Pellard Sur"
                # and "Pellard Norte", met one after the other, is neither).
                # Initials are a name of their own ("the BBC" beside "BBC Resources Ltd").
                met = companies.met_first(entity.name, entities) if not entity.name.isupper() else None
                if met is not None:
                    first_met, met_after = met
                    # (A title's "Strathmore lifts its biggest crop" over the
                    # lead's "Strathmore Seed Potatoes" tells of it too.)
                    told_between = _told_between(entity.id, 0, met_after, naming)
                    target = first_met if told_between >= 2 else None
            if target in told_apart:
                target = None
            if target is None:
                target = _family_name_of(entity, closing.get(entity.key, set()) - told_apart, entities, by_key)
            if target is not None and entities[target].first_sentence > entity.first_sentence:
                # A name it opens met only later ("Orgelbau Reindl ... Reindl
                # has 38 staff ... Reindl Pfeifenbau"): the one name it closes
                # that the reader met before it, if there is one.
                met_before = [
                    c for c in closing.get(entity.key, set()) - {target} if entities[c].first_sentence <= entity.first_sentence
                ]
                if met_before:
                    target = met_before[0] if len(met_before) == 1 else None
            if (
                target is not None
                and not short_forms.designated(entity.name, target)
                # ("Hollin" told of three times before a table's row "Hollin
                # Waste Group", the one name it opens: a table lists companies
                # by their full names. "Livedoor Marketing Co", a unit told of
                # in the prose after "Livedoor", is not its name.)
                and not (target == sole and _listed_in_a_table(entities[target], tabled))
                and _told_between(entity.id, 0, entities[target].first_sentence, naming) >= 2
            ):
                # "Chrysler" in the title and the lead, "the Chrysler Aspen" three
                # paragraphs on: a reader has met the short name as a name of
                # its own long before the longer one (a product of it). A
                # designator's name ("Grupo Pellard") is no product of it.
                target = None
        if target is not None and target != entity.id:
            _join(entity, entities[target], merged)
    # "Renner" beside "Uhrenmanufaktur Renner": a one-word name that closes
    # a two-word name of something other than a person is that thing's (a
    # company named for a family), never one of the family by surname
    # ("Friederike Renner, the founder's great-granddaughter").
    closes_a_name = {
        entity.key.split()[1] for entity in multiword if len(entity.key.split()) == 2 and entity.id not in merged
    }
    # "Gates" after "Bill Gates": a person's surname is the person.
    # People by surname, so that each one-word name is looked up, not compared
    # with every person of the document.
    people_by_surname: dict[str, set[int]] = {}
    for person in entities:
        if person.kind == PERSON and len(person.name.split()) > 1 and person.id not in merged:
            people_by_surname.setdefault(person.name.split()[-1].casefold(), set()).add(person.id)
    # "The Pettigrews have farmed oysters here since 1948" beside "Tom
    # Pettigrew": a family named by its surname in the plural is people,
    # never the company it runs.
    # "Abbotts, founded in 1892" beside "J. Abbott & Sons": the plural of
    # the surname a family firm's name holds before its "& Sons" is the firm.
    family_firms: dict[str, set[int]] = {}
    for firm in multiword:
        words = firm.name.split()
        if firm.id not in merged and firm.kind in (ORGANISATION, UNKNOWN) and words[-1] in gazetteer.family_firm_heads:
            for word in words[:-1]:
                if word not in ("&", "and") and len(word) > 2:
                    family_firms.setdefault(word.casefold(), set()).add(firm.id)
    for entity in entities:
        if (
            entity.kind == UNKNOWN and entity.id not in merged and " " not in entity.key and entity.key.endswith("s")
            and len(family_firms.get(entity.key[:-1], ())) == 1
        ):
            _join(entity, entities[next(iter(family_firms[entity.key[:-1]]))], merged)
        elif (
            entity.kind == UNKNOWN and entity.id not in merged and " " not in entity.key and entity.key.endswith("s")
            and entity.key[:-1] in people_by_surname
        ):
            entity.kind = PERSON
    # "Priya, the new terminal has been open a month": a speaker addressed by
    # the given name of the one person of the document it opens.
    people_by_given_name: dict[str, set[int]] = {}
    openers: set[str] = set()
    for other in entities:
        words = other.key.split()
        if len(words) > 1 and other.id not in merged:
            if other.kind == PERSON:
                people_by_given_name.setdefault(words[0], set()).add(other.id)
            else:
                openers.add(words[0])
    for entity in entities:
        if entity.id in merged or len(entity.key.split()) != 1 or entity.kind in (COUNTRY,) or entity.known:
            continue
        if entity.kind == ORGANISATION or any(lexicon.description_heads.get(d) == ORGANISATION for d in entity.descriptors):
            # "Lensmaat, the Dutch chain of opticians" after "the optician
            # Gerrit Lensmaat": a company named for its founder is the company.
            continue
        if entity.name.endswith(("'s", "\u2019s")):
            # "Hadley's, which turned over £9.6 million" in George Hadley's
            # obituary: a name written with its "'s" where no possessive can
            # stand is the family's shop, not the man.
            continue
        owners = set(people_by_surname.get(entity.key, ())) if entity.key not in closes_a_name else set()
        given = False
        if not owners and entity.key not in openers and entity.kind != ORGANISATION:
            owners = set(people_by_given_name.get(entity.key, ()))
            given = bool(owners)
        if len(owners) == 1:
            owner = owners.pop()
            named_in = naming.get(entity.id, ())
            told_before = any(
                not (index < len(headings) and headings[index])
                for index in named_in[: bisect.bisect_left(named_in, entities[owner].first_sentence)]
            )
            # (A given name is no family firm's: "Thanks Tom" above "From: Tom Hargreaves".)
            if told_before and entity.id not in people_words and not given:
                # "Lindner is the name most of us know. Otto Lindner started
                # the company": a text brings a person in by full name, so a
                # surname its body wrote before is another's, the family
                # firm's (a headline's "Gates" is still Bill Gates, and "the
                # Verhoef family" Anouk Verhoef's, and a surname that
                # speaks, '"We're celebrating," Chmiel said', a person's).
                continue
            merged[entity.id] = owner
    for alias, target in defined.items():
        entities[target].aliases.add(alias)
    for short, full in merged.items():
        entities[short].merged_into = full
        if entities[full].kind == UNKNOWN and entities[short].kind == ORGANISATION:
            # "Ardıç Halı" written with its legal form elsewhere ("Ardıç Halı
            # A.Ş.") is a company, and so is the full name it stands for.
            entities[full].kind = ORGANISATION
    for entity in entities:
        if entity.kind in (UNKNOWN, FACILITY, PRODUCT) and entity.descriptors and not entity.known:
            # "Odra Valley, the nitrogen complex": described as a facility, it
            # is one. "Brightwave, the London fibre builder" is a company even
            # where "a Brightwave line" names one of its things.
            kinds = {lexicon.description_heads.get(d) for d in entity.descriptors}
            kinds.discard(None)
            if len(kinds) == 1 and (entity.kind == UNKNOWN or kinds == {ORGANISATION}):
                entity.kind = kinds.pop()  # type: ignore[assignment]
    assigned = [[merged.get(e, e) for e in row] for row in assigned]
    _venues_as_sites(entities, sentences_names, texts, assigned)
    return entities, assigned


# A name a preposition of place governs with its article: "at the Meteor Centre".
_AT_A_VENUE_BEFORE = re.compile(r"\b(?:at|outside|inside|behind|opposite)\s+the\s+$", re.IGNORECASE)


# What may follow a venue's name: a stop, or a preposition or conjunction.
_VENUE_ENDS = re.compile(r"\s*(?:[,.;:)!?]|$)|\s+(?:in|on|near|at|and|or|for|with|from|to|by|until|since|where|which|when)\b")


def _venues_as_sites(
    entities: list[Entity], sentences_names: Sequence[Sequence[Name]], texts: Sequence[str], assigned: Sequence[Sequence[int]]
) -> None:
    """A name of no known kind that the text brings in as where something
    happens ("opened its tenth arena at the Meteor Centre in Derby") and
    never makes a party (no sentence opens on it, nothing is its) is a
    venue, a site: never what "the company" means."""
    venue: dict[int, bool] = {}
    for names, row, text in zip(sentences_names, assigned, texts):
        for name, entity_id in zip(names, row):
            if entity_id not in venue:
                # (The name is the place itself, not a word before its noun:
                # "at the Vernoux cement works" is the company's works.)
                venue[entity_id] = (
                    _AT_A_VENUE_BEFORE.search(text, max(0, name.start - 12), name.start) is not None
                    and _VENUE_ENDS.match(text, name.end) is not None
                )
            elif name.possessive or not text[: name.start].strip(" \t\"'\u201c\u2018*-"):
                venue[entity_id] = False
    for entity_id, at_a_venue in venue.items():
        entity = entities[entity_id]
        if at_a_venue and entity.kind == UNKNOWN and not entity.known and not entity.descriptors and entity.merged_into is None:
            entity.kind = FACILITY


def _family_business(entity: Entity) -> bool:
    """Whether an entity is a business called by a family's name with its
    possessive ("Pennock's"; see ``possessive_names``)."""
    return entity.kind in (ORGANISATION, UNKNOWN) and entity.name.endswith(("'s", "\u2019s")) and " " not in entity.name


def _listed_in_a_table(entity: Entity, tabled: Sequence[bool]) -> bool:
    """Whether an organisation is first named in a table's row."""
    return entity.kind in (ORGANISATION, UNKNOWN) and entity.first_sentence < len(tabled) and tabled[entity.first_sentence]


def _family_name_of(entity: Entity, closed: set[int], entities: Sequence[Entity], by_key: Mapping[str, int]) -> int | None:
    """The company a one-word name is short for when it closes the company's
    two-word name and opens none: "Arnaudet" in the title "French saddler
    Arnaudet lands deal" over "Sellerie Arnaudet, the family saddle maker";
    "Brandhof" of "Fietsfabriek Brandhof". Only when one such name is closed
    by it and the name's first word is never a name by itself (a trade
    word, not a company of its own)."""
    candidates = sorted(
        (
            entities[c] for c in closed
            if len(entities[c].key.split()) == 2 and entities[c].kind in (ORGANISATION, UNKNOWN)
            and entities[c].key.split()[0] not in by_key
        ),
        key=lambda e: (e.kind != ORGANISATION, e.first_sentence, e.id),
    )
    # "Velocita Brenta" in a title, "Velocità Brenta" in the text: one name.
    if len({_without_accents(c.key) for c in candidates}) != 1 or candidates[0].id == entity.id:
        return None
    return candidates[0].id


def _without_accents(text: str) -> str:
    if text.isascii():
        return text  # most names: nothing to take off
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _merge_opening_names(
    entities: list[Entity],
    multiword: Sequence[Entity],
    merged: dict[int, int],
    naming: Mapping[int, Sequence[int]],
    headings: Sequence[bool],
    gazetteer: Gazetteer,
    lexicon: ReferenceLexicon,
) -> None:
    """"Jarrah Ridge" after "Jarrah Ridge Apiaries", "Ter Haar" after "Ter
    Haar Glasshouse Systems": a name that opens one longer name of the
    document (``_openings``), met first, stands for it (a headline or a bold
    lead-in may write it short before the text gives it whole), unless one
    sentence names both. The longer name's entity keeps the opening that
    drops its last word, as what another document may call it."""
    named = {entity.key for entity in entities}
    by_opening: dict[str, set[int]] = {}
    for entity in multiword:
        openings = _openings(entity, gazetteer, lexicon)
        for opening in openings:
            by_opening.setdefault(fold(opening), set()).add(entity.id)
        if openings and len(openings[0].split()) == len(entity.name.split()) - 1 and fold(openings[0]) not in named:
            entity.opening_names = (openings[0],)
        # "Hawksmoor Heath" of "Hawksmoor Heath Golf Club": what a reader leaves off a club's name.
        base = _without_droppable_ending(entity.name, lexicon.droppable_name_endings)
        if base is not None and fold(base) not in named and base not in entity.opening_names:
            entity.opening_names = (*entity.opening_names, base)
        # "Thwaite Brothers" of "Thwaite Brothers Agricultural Contractors":
        # a company's name less the two words that say its trade.
        base = _without_trade_ending(entity, lexicon.description_heads, _BODY_PART_HEADS)
        if base is not None and fold(base) not in named and base not in entity.opening_names:
            entity.opening_names = (*entity.opening_names, base)
    for entity in entities:
        if entity.id in merged or entity.known or entity.kind in (PLACE, COUNTRY) or entity.key not in by_opening:
            continue
        longer = {i for i in by_opening[entity.key] if i not in merged}
        if len({entities[i].key for i in longer}) > 1:
            longer = _told_before_the_short_form(entity, longer, entities, naming)
        if len({entities[i].key for i in longer}) != 1:
            continue
        target = min(longer)
        full = entities[target]
        if entity.kind == PERSON and not _person_less_a_trade(entity, full, gazetteer):
            continue
        if _closed_by_another_word(entity, full):
            # "Evergreen Memorial Group" beside "Evergreen Memorial Parks":
            # written with a last word of its own (a legal or group word the
            # key drops), it is another company, not the longer name cut short.
            continue
        named_in = naming.get(entity.id, ())
        told_before = sum(
            1 for index in named_in[: bisect.bisect_left(named_in, full.first_sentence)] if not (index < len(headings) and headings[index])
        )
        if told_before > 1 or not set(named_in).isdisjoint(naming.get(target, ())):
            # "Ford Motor said its Ford Motor Credit unit ...": two names in
            # one sentence are two parties.
            continue
        _join(entity, full, merged)


def _disclaimed(
    disclaiming: set[int], assigned: Sequence[Sequence[int]], entities: Sequence[Entity], naming: Mapping[int, Sequence[int]]
) -> set[int]:
    """The full names a sentence tells a company apart from ("... is not
    related to ..."). Where it names two, one met before and one first met
    there ("Countryway Convenience, founded in 2009, should not be confused
    with Countryway Farm Supplies"), only the newcomer is the other company."""
    found: set[int] = set()
    for index in disclaiming:
        named = {entity_id for entity_id in assigned[index] if len(entities[entity_id].key.split()) > 1}
        new = {entity_id for entity_id in named if naming.get(entity_id, (index,))[0] == index}
        found |= new if new and named - new else named
    return found


def _told_before_the_short_form(
    short: Entity, longer: set[int], entities: Sequence[Entity], naming: Mapping[int, Sequence[int]]
) -> set[int]:
    """Of several longer names a short form opens, the ones a reader has met
    when the short form comes: "Countryway" after "Countryway Convenience" is
    that company when "Countryway Farm Supplies" is first named only after
    the last "Countryway" ("not to be confused with ..."). Where a longer
    name comes between two uses of the short form, it stays ambiguous."""
    uses = naming.get(short.id, ())
    if not uses:
        return longer
    first, last = uses[0], uses[-1]
    before = {i for i in longer if entities[i].first_sentence < first}
    after = longer - before
    if before and all(entities[i].first_sentence > last for i in after):
        return before
    return longer


def _closed_by_another_word(short: Entity, full: Entity) -> bool:
    """Whether ``short`` was written with more words than its name keeps,
    the first of them not the word ``full`` goes on with."""
    written = short.written.split()
    kept = short.name.split()
    if len(written) <= len(kept) or [w.casefold() for w in written[: len(kept)]] != [w.casefold() for w in kept]:
        return False
    after = full.name.split()[len(kept) : len(kept) + 1]
    return bool(after) and written[len(kept)].rstrip(".,").casefold() != after[0].casefold()


def _person_less_a_trade(person: Entity, full: Entity, gazetteer: Gazetteer) -> bool:
    """Whether a name read as a person's ("Orla Bay", opening on a given
    name) is a company met first less its trade word ("Orla Bay Foods"): the
    company's short form. A company less its legal form ("Orla Kiely" of
    "Orla Kiely Ltd") may be its founder, and stays a person."""
    if full.kind != ORGANISATION or full.first_sentence > person.first_sentence:
        return False
    words = full.name.split()
    return len(words) == len(person.name.split()) + 1 and words[-1].casefold().rstrip(".") not in gazetteer.corporate_suffixes


def _join(short: Entity, full: Entity, merged: dict[int, int]) -> None:
    """Merge a short form's entity into its full name's, which takes what was told of it."""
    merged[short.id] = full.id
    full.aliases.add(short.key)
    full.descriptors |= short.descriptors
    full.home = full.home or short.home
    full.home_place = full.home_place or short.home_place
    full.first_sentence = min(full.first_sentence, short.first_sentence)


def _merge_designated_names(multiword: list[Entity], merged: dict[int, int], designators: frozenset[str]) -> None:
    """"Le Quéré" beside "Maison Le Quéré": a name of several words that is
    all of another after its leading designator is that other, as a
    one-word name is ("Pellard" of "Grupo Pellard")."""
    if not designators:
        return
    folded = sorted({fold(d) for d in designators})
    by_key = {entity.key: entity for entity in multiword if entity.id not in merged}
    for entity in multiword:
        words = entity.key.split()
        if entity.id in merged or len(words) < 2 or words[0] in folded:
            continue
        full = next((by_key[f"{d} {entity.key}"] for d in folded if f"{d} {entity.key}" in by_key), None)
        if full is not None and full.id != entity.id and full.id not in merged:
            _join(entity, full, merged)


def _merge_located_names(entities: list[Entity], merged: dict[int, int], gazetteer: Gazetteer) -> None:
    """"Agrovidro of Almería" where the document also names "Agrovidro" alone:
    the company, and where it is ("of" after a name of two words or more is
    cut where the name is read; after one word, only the document can tell
    "Agrovidro of Almería" from "Gulf of Mexico")."""
    by_key = {entity.key: entity.id for entity in entities if entity.id not in merged}
    for entity in entities:
        words = entity.name.split()
        if entity.id in merged or len(words) < 3 or words[1] != "of" or words[0] in gazetteer.heads_taking_of:
            continue
        target = by_key.get(fold(words[0]))
        if target is None or target == entity.id or entities[target].kind in (PERSON, PLACE, COUNTRY):
            continue
        _join(entity, entities[target], merged)


def _without_droppable_ending(name: str, endings: Sequence[str]) -> str | None:
    """The name of two words or more left when one of ``endings`` (casefolded) closes ``name``."""
    folded = name.casefold()
    for ending in endings:
        if folded.endswith(" " + ending):
            base = name[: len(name) - len(ending) - 1].rstrip()
            return base if len(base.split()) >= 2 else None
    return None


def _without_trade_ending(entity: Entity, heads: Mapping[str, str], bodies: Container[str]) -> str | None:
    """The name of two words or more left when a company's name of four or
    more closes on a noun of a company's trade and the word before it ("Thwaite
    Brothers | Agricultural Contractors"), both capitalised. Never a body's
    ("U.S. Senate Banking Committee" is no "U.S. Senate")."""
    words = entity.name.split()
    if entity.kind not in (ORGANISATION, UNKNOWN) or len(words) < 4 or not all(w[:1].isupper() for w in words[-2:]):
        return None
    last = words[-1].casefold()
    singular = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    if heads.get(last) != ORGANISATION and heads.get(singular) != ORGANISATION:
        return None
    if last in bodies or singular in bodies:
        return None
    base = words[:-2]
    if base[-1].casefold() in ("&", "and", "of", "the") or not base[-1][:1].isupper():
        return None
    return " ".join(base)


def _openings(entity: Entity, gazetteer: Gazetteer, lexicon: ReferenceLexicon) -> list[str]:
    """The names of two words or more that open a name and can stand for it,
    longest first ("Echo Valley" of "Echo Valley Festivals"; "Ter Haar
    Glasshouse" and "Ter Haar" of "Ter Haar Glasshouse Systems"; "Delta
    Quay" of the Delta Quay Terminal): for a company, what the text does not
    type, or a facility named by its noun; never an opening that is a
    company's whole name ("Southwest Airlines", not "Southwest Airlines
    Boeing") or ends on "of" or "&", nor where the words left out make
    another party or thing of it (``_another_thing``)."""
    words = entity.name.split()
    if len(words) < 3 or len(entity.key.split()) < 3:
        return []
    if entity.kind == FACILITY:
        if words[-1].casefold() not in lexicon.facility_nouns:
            return []
    elif entity.kind not in (ORGANISATION, UNKNOWN):
        return []
    found = []
    for length in range(len(words) - 1, 1, -1):
        # Each shorter opening leaves out one word more, the words after it
        # having passed already.
        if entity.kind != FACILITY and _another_thing(words[length], gazetteer, lexicon):
            break  # a longer opening that adds a place or a part is not one of this name either
        last = words[length - 1]
        if lexicon.name_heads.get(last.casefold()) == ORGANISATION:
            break  # "Southwest Airlines" is a whole name: no shorter opening stands for the longer one
        if last.casefold() not in _CONNECTORS:
            found.append(" ".join(words[:length]))
    return found


def _another_thing(word: str, gazetteer: Gazetteer, lexicon: ReferenceLexicon) -> bool:
    """Whether a word a longer name adds to a shorter one makes it another
    party or thing: a place ("Halvorsen Europe"), a person's title ("British
    Airways CEO"), a part ("Orvell Division"), a programme, product or event
    ("Snowy Hydro Scheme", "Kestrel Summit"), a model's code ("Motorola ROKR
    E1"), another body's initials ("NRL"), or a connector after which the
    shorter name is a phrase's whole name ("Dow Jones & Company", "Security
    Savings Bank of Henderson")."""
    folded = word.casefold()
    return (
        folded in _CONNECTORS
        or folded in lexicon.person_titles
        or folded in lexicon.part_nouns
        or folded in lexicon.programme_nouns
        or folded in lexicon.product_nouns
        or folded in lexicon.event_name_words
        or any(ch.isdigit() for ch in word)
        or is_acronym(word)  # "Brisbane Broncos NRL Premiers": another body's name in it
        or _names_a_place(word, gazetteer, lexicon)
    )


def _names_a_place(word: str, gazetteer: Gazetteer, lexicon: ReferenceLexicon) -> bool:
    """Whether a word of a name is a place, a country or a nationality ("Europe", "Nordic", "UK")."""
    if word in lexicon.places or gazetteer.has_demonym(word):
        return True
    known = gazetteer.lookup(word)
    return known is not None and known.type in (COUNTRY, PLACE)


def _legal_form(surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a name as written ends on a corporate suffix ("Sootmasters Ltd")."""
    words = surface.split()
    return len(words) > 1 and words[-1].rstrip(".,") in gazetteer.corporate_suffixes


def _absorb(entity: Entity, name: Name) -> None:
    if _KIND_PRIORITY.get(name.kind, 9) < _KIND_PRIORITY.get(entity.kind, 9):
        entity.kind = name.kind
    if name.descriptor:
        entity.descriptors.add(name.descriptor)
    if name.home and not entity.home:
        entity.home = name.home
    if name.home_place and not entity.home_place:
        entity.home_place = name.home_place
    if len(name.key) > len(entity.name) and fold(name.key) == entity.key:
        entity.name = name.key
    if len(name.surface) > len(entity.written):
        entity.written = name.surface.rstrip("'\u2019s") if name.possessive else name.surface
    entity.known = entity.known or name.known


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.casefold() not in _CONNECTORS and w[:1].isalpha()).upper()


def initials_of(entity: Entity) -> set[str]:
    """The acronyms a name can go by: of its canonical and its written form
    ("QDC" for "Qamar Desalination Company")."""
    return initials_of_names(entity.name, entity.written)


def initials_of_names(name: str, written: str) -> set[str]:
    """``initials_of`` an entity of this canonical name and written form."""
    found = set()
    for text in (name, written):
        words = text.split()
        if len(words) >= 2:
            found.add(_initials(words))
            if "&" in words:
                # "H&V" for "Hartley & Vane", "P&G": the ampersand kept.
                found.add("".join("&" if w == "&" else w[0] for w in words if w == "&" or (w.casefold() not in _CONNECTORS and w[:1].isalpha())).upper())
    return found


def is_acronym(word: str) -> bool:
    """Whether a word is written as initials are ("QDC", "R&D")."""
    return _ACRONYM.fullmatch(word) is not None


_INITIAL = re.compile(r"[A-Z]\.")


def _short_words(words: list[str], designators: frozenset[str]) -> tuple[str, ...]:
    """The words of a name a one-word short form of it can be (casefolded):
    its first after any initials ("J. C. Ostermeier": "ostermeier"), and the
    word after a leading designator ("Groupe Vernoux": "groupe" and
    "vernoux")."""
    while len(words) > 1 and _INITIAL.fullmatch(words[0]):
        words = words[1:]
    first = words[0].casefold()
    if first in designators and len(words) > 1:
        return (first, words[1].casefold())
    # "Pellow's Dairy Ice Cream": "pellow's" and "pellow" ("Pellow made", "Pellow's made");
    # "Pano Georgiadis" is no "Pano's".
    bare = first.removesuffix("'s").removesuffix("\u2019s")
    return (first, bare) if bare != first else (first,)


def _expansion(short: str, candidates: list[Entity], designators: frozenset[str] = frozenset()) -> int | None:
    """The one multi-word entity a one-word name can be short for: its first
    word (after a leading designator, the word after it), or its initials
    when the word is written in capitals. One name written two ways (the
    corpus's "Brennholt Wärmetechnik GmbH" and "Brennholt Wärmetechnik") is
    one name: the first entity of it stands for it."""
    matches: dict[int, str] = {}
    for entity in candidates:
        words = entity.name.split()
        if short.casefold() in _short_words(words, designators):
            matches[entity.id] = entity.name
        elif is_acronym(short) and short in initials_of(entity):
            matches[entity.id] = entity.name
    if len({fold(name) for name in matches.values()}) > 1:
        # The name ``short`` is all of after its designator wins ("Grupo Pellard" over "Pellard Norte").
        matches = {i: name for i, name in matches.items() if _designated(short, name, designators)} or matches
    # ("STONEROOF HOLIDAYS" on one letterhead, "Stoneroof Holidays" elsewhere: one name.)
    return min(matches, key=lambda i: (matches[i], i)) if len({fold(name) for name in matches.values()}) == 1 else None


class _ShortFormIndex:
    """``_expansion`` over one set of candidates, as look-ups: the candidates
    indexed by first word and by initials once, so that each short form of a
    document is not compared with every multi-word entity (a long document
    holds thousands). Same answers (tests/test_document_properties.py)."""

    def __init__(self, candidates: Sequence[Entity], designators: frozenset[str] = frozenset()):
        self._by_first_word: dict[str, set[int]] = {}
        self._by_initials: dict[str, set[int]] = {}
        self._names = {entity.id: entity.name for entity in candidates}
        self._designators = designators
        for entity in candidates:
            words = entity.name.split()
            if words:
                for word in _short_words(words, designators):
                    self._by_first_word.setdefault(word, set()).add(entity.id)
            for initials in initials_of(entity):
                self._by_initials.setdefault(initials, set()).add(entity.id)

    def expansion(self, short: str, told_apart: Collection[int] = ()) -> int | None:
        """The id of the one entity ``short`` can stand for, of those not
        ``told_apart`` from it; None for none or several."""
        matches = set(self._by_first_word.get(short.casefold(), ())) - set(told_apart)
        if is_acronym(short):
            matches |= self._by_initials.get(short, set())
        if matches and len({fold(self._names[i]) for i in matches}) > 1:
            # "Pellard" with "Grupo Pellard" and "Pellard Norte": the name it
            # is the whole of after its designator, not a longer one it opens.
            matches = {i for i in matches if self.designated(short, i)} or matches
        return min(matches, key=lambda i: (self._names[i], i)) if matches and len({fold(self._names[i]) for i in matches}) == 1 else None

    def met_first(self, short: str, entities: Sequence[Entity]) -> tuple[int, int] | None:
        """Of the names ``short`` opens, the one met in an earlier sentence
        than all the others, and the sentence the next one was met in; None
        when two were first met in one sentence."""
        matches = self._by_first_word.get(short.casefold(), ())
        if len(matches) < 2 or any(any(ch.isdigit() for ch in entities[i].name) for i in matches):
            return None  # "Airbus A380", "Bombardier Q400s": a maker's models, not its companies
        first, second = sorted(matches, key=lambda i: entities[i].first_sentence)[:2]
        second_met = entities[second].first_sentence
        return (first, second_met) if entities[first].first_sentence < second_met else None

    def designated(self, short: str, entity_id: int) -> bool:
        """Whether ``short`` is all of an entity's name after its leading designator ("Grupo Pellard")."""
        return _designated(short, self._names[entity_id], self._designators)


def _designated(short: str, name: str, designators: frozenset[str]) -> bool:
    """Whether ``short`` is all of ``name`` after its leading designator ("Pellard" of "Grupo Pellard")."""
    words = name.split()
    return len(words) == 2 and words[0].casefold() in designators and words[1].casefold() == short.casefold()


def expansion_in(short: str, names: Sequence[tuple[str, str]]) -> str | None:
    """The one name of ``names`` ((canonical, written) pairs from the whole
    corpus) that ``short`` can stand for."""
    # A short name said to stand for another is none, nor one a document tells it apart from.
    told_apart = {written[len(NOT_FOR) :] for name, written in names if name == short and written.startswith(NOT_FOR)}
    full = [(name, written) for name, written in names if not written.startswith((STANDS_FOR, NOT_FOR)) and name not in told_apart]
    entities = [Entity(i, name, ORGANISATION, fold(name), written=written) for i, (name, written) in enumerate(full)]
    found = _expansion(short, entities)
    return entities[found].name if found is not None else None


# --------------------------------------------------------------------------- references


# An auxiliary or a modal verb, which no description's modifiers hold.
_VERB_INSIDE = re.compile(r"\s(?:can|could|will|would|may|might|must|should|shall|has|have|had|is|are|was|were|does|did)\s")


def find_references(text: str, names: Sequence[Name], lexicon: ReferenceLexicon, owned_sites: frozenset[str] = frozenset()) -> list[Reference]:
    """Descriptions and pronouns of a sentence, left to right.

    ``text`` has its figures blanked, so "The €1.08bn complex" reads as a
    description with a blank where the figure was. A name inside a
    description is a modifier ("the Poznań-based producer", "the QDC plant")
    unless it names the thing itself ("the Odra Valley build").
    """
    taken = [(n.start, n.end) for n in names]
    found: list[Reference] = []
    for match in lexicon.descriptions_in(text):
        start, end = match.start(), match.end("head")
        inside = [n for n in names if n.start < end and start < n.end]
        head_kind = lexicon.description_heads.get(match.group("head").casefold())
        # "The Grange Mill firm" after "its Grange Mill factory": a site the
        # text tells as a company's own, before a company's head, says which
        # company, as a place would. ("The Cowes yard": a head that is also
        # a site's noun names the site; "The Goodison Park club", a site of
        # no one told, is left to the site.)
        site_of_a_company = (
            head_kind == ORGANISATION and match.group("det").casefold() == "the" and match.group("head").casefold() not in lexicon.facility_nouns
            and any(n.kind == FACILITY and n.surface in owned_sites for n in inside)
        )
        if (
            head_kind == ORGANISATION and inside and match.group("head").casefold() not in lexicon.facility_nouns
            and all(n.kind == PERSON and n.possessive and n.end < match.start("head") for n in inside)
        ):
            # "Miriam Ashdown's outfit took 46,000 guests": the company a
            # person runs, told of as a description is ("the outfit").
            start = match.start("mods") if match.group("mods") else match.start("head")
            inside = []
        if any(n.start < start or n.end > end or (n.kind in (FACILITY, PROGRAMME, PRODUCT) and not (site_of_a_company and n.kind == FACILITY)) for n in inside):
            continue
        if inside and inside[0].start == start and inside[0].possessive and match.group("head").casefold() in lexicon.owned_collection_heads:
            continue  # "Hollin's fleet": the owner's own things, the owner's count
        owner_kinds = (ORGANISATION, UNKNOWN) if inside and inside[0].start == start and inside[0].possessive else (ORGANISATION,)
        if any(
            n.kind not in (PLACE, COUNTRY)
            and not (n.kind in owner_kinds and head_kind in (FACILITY, PRODUCT))
            and not (site_of_a_company and n.kind == FACILITY)
            for n in inside
        ):
            # "the Tessaly plasma unit" names the unit; only an owner before
            # a facility ("the QDC plant") or a place ("the Oslo-based
            # maker") is a modifier of a description.
            continue
        if _VERB_INSIDE.search(text, start, end):
            continue  # "the [two workshops] can now build": a blanked count, then a verb, is no description of a build
        head = match.group("head").casefold()
        kind = lexicon.description_heads.get(head) or lexicon.description_heads.get(head.rstrip("s"), UNKNOWN)
        det = match.group("det").casefold()
        if det in ("its", "their"):
            # "its newest site": the pronoun is the owner; the site itself is
            # read as a description resolved below from its place, if any.
            continue
        if head.endswith("s") and kind == FACILITY and _company_head_before(text, match, lexicon):
            # "the Cardiff agency works with 3,100 freelancers": a company's
            # head, then a facility's noun that is its verb.
            end = match.start("head") - (len(text[: match.start("head")]) - len(text[: match.start("head")].rstrip()))
            head = text[match.start("mods") : end].split()[-1].casefold()
            kind = lexicon.description_heads.get(head, UNKNOWN)
        elif head.endswith("s") and head.rstrip("s") in lexicon.description_heads and head not in lexicon.description_heads:
            verb_read = _head_before_a_verb(text, match, lexicon)
            if verb_read is None:
                continue  # "the companies": plural, not one entity
            # "the company contracts growers": the compound's last word is the
            # verb of the description before it.
            end, head = verb_read, text[match.start("mods") : verb_read].split()[-1].casefold()
            kind = lexicon.description_heads.get(head, UNKNOWN)
        if head in _PUBLIC_HEADS and _OF_A_NAME.match(text, end):
            continue  # "the government of Peru": the name after it says whose
        if not match.group("possessive") and any(n.start == end + 1 and text[end] == " " for n in names):
            continue  # "the telecoms company Vortell": the name right after it is what it describes
        if _in_apposition(text, start, end, names):
            continue  # "Orbitra, the French satellite maker, flew": the name is what it describes
        possessive = bool(match.group("possessive")) and end == match.end("head")
        found.append(Reference(start, end, None, text[start:end], "description", possessive, kind))
    for match in word_start_matches(_PRONOUN, text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken) or any(r.start <= start < r.end for r in found):
            continue
        word = match.group(0).casefold()
        if word == "it" and _EXPLETIVE_AFTER.match(text, end):
            continue
        via = "first person" if word in lexicon.first_person else "pronoun"
        found.append(Reference(start, end, None, match.group(0), via, word in ("its", "our"), UNKNOWN))
    # "Vortell said that they expect a loss": the company's own "they", as
    # the subject of the clause it tells (resolved to the teller only). The
    # pattern tries every lower-case word: a sentence without "they" or
    # "their" (most of them) is not searched.
    if "they" in text or "their" in text:
        for match in _TOLD_THEY.finditer(text):
            verb = match.group(1).casefold()
            told = verb in lexicon.speaker_verbs or (match.group("that") and f"{verb} that" in lexicon.speaker_verbs)
            if told and not _JOINED_TELLERS.search(text, 0, match.start()) and not any(r.start <= match.start("pronoun") < r.end for r in found):
                word = match.group("pronoun")
                found.append(Reference(match.start("pronoun"), match.end("pronoun"), None, word, "pronoun", word.casefold() == "their", UNKNOWN))
    # "They run 28 cabs, all electric, and they got the Riverside Festival
    # shuttle": a "they" opening a clause joined by "and" to the sentence's
    # own, the subject carried on (resolved to the subject named or told
    # earlier in the sentence, else to no one).
    if "and they" in text or "and their" in text:
        for match in _JOINED_THEY.finditer(text):
            if not any(r.start <= match.start("pronoun") < r.end for r in found):
                word = match.group("pronoun")
                found.append(Reference(match.start("pronoun"), match.end("pronoun"), None, word, "pronoun", word == "their", UNKNOWN))
    # "Autodesk is the fifth largest software company. They employ 3,500
    # people": news often calls a company "they". Only a sentence's opening
    # "They" or "Their" is read so, as the subject carried over.
    # (A transcript's turn opens after its speaker's label: "[02:44] HELEN: They're a firm of ...".)
    opening = _THEY_OPENING.match(text, speaker_label_end(text))
    group = (1 if opening.group(1) else 2) if opening is not None else 0
    if opening is not None and "respectively" not in text and not any(r.start <= opening.start(group) < r.end for r in found):
        word = opening.group(group)
        found.append(Reference(opening.start(group), opening.end(group), None, word, "pronoun", word.casefold() == "their", UNKNOWN))
    found.sort(key=lambda r: r.start)
    return found


# What ends an apposition: a mark, or a relative clause of its own ("Ashdown
# Wallcoverings, the Lancashire company that is now Britain's largest",
# "Paperwren, the online card business we bought in 2021,").
# What follows a plural noun that is no verb: a verb of its own ("the
# company accounts were filed"), a mark, or a word that goes on the noun
# phrase ("the group sales of", "the company cars and vans").
_NOUN_GOES_ON = re.compile(
    r"\s*(?:[,;:.)!?]|$)|\s+(?:of|and|or|in|at|for|from|on|with|to|that|which|who|is|are|was|were|have|has|had|will|would|could|"
    r"can|may|might|must|should|rose|fell|grew|came|stood|reached|totalled|totaled|amounted|[a-z]+ed)\b"
)


def _company_head_before(text: str, match: re.Match[str], lexicon: ReferenceLexicon) -> bool:
    """Whether the word before a description's head is a company's head ("agency" of "the Cardiff agency works")."""
    words = text[match.start("mods") : match.start("head")].split()
    return bool(words) and lexicon.description_heads.get(words[-1].casefold()) == ORGANISATION


def _head_before_a_verb(text: str, match: re.Match[str], lexicon: ReferenceLexicon) -> int | None:
    """Where a description ends when its compound's last word is a verb:
    "the company contracts growers", "the group operates 40 sites" read as
    "the company" and "the group". None when the last word is the plural
    noun it looks like ("the company contracts were signed")."""
    words = list(re.finditer(r"\S+", text[match.start("mods") : match.start("head")]))
    if not words or words[-1].group(0).casefold() not in lexicon.description_heads:
        return None
    if _NOUN_GOES_ON.match(text, match.end("head")):
        return None
    return match.start("mods") + words[-1].end()


_APPOSITION_CLOSES = re.compile(
    r"\s*[,;.)]|\s+(?:that|which|who)\b|\s+(?:we|it|they|he|she)\s+[a-z]+(?:ed|ght|ld|ok|ew|ade|ilt)\b"
    # "Hollins & Pryce, the scented-candle brand based in Ludlow, Shropshire, for": where it is, then the close.
    # "Quarry Lane Cycles, the family business behind the Otley bike shop.": what it is behind, of or in, then the close.
    r"|\s+(?:behind|of|in|at|from|near|on|outside|with)\s+[^,;.()\u2014]{1,60}?[,;.)]"
    # "Kestle Vehicle Rental, the family business founded in 1983 by Reg Kestle, now runs": a participle's phrase, then the close.
    r"|\s+(?:founded|established|started|formed|created|set\s+up|run|owned|led|built|launched)\s+(?:in|by|on|at|from|as|with)\b[^,;.()\u2014]{1,80}?[,;.)]"
    r"|\s+(?:based|headquartered)\s+in\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}(?:,\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?\s*[,;.)]"
)
_NAME_BETWEEN_COMMAS = re.compile(r",\s+")


def _in_apposition(text: str, start: int, end: int, names: Sequence[Name]) -> bool:
    """A description set off by commas right after a name ("Orbitra, the
    French satellite maker, flew") or before one ("The company, Orbitra,
    says") is that name's; "Reuters, the company said" is a clause of its own."""
    if not _APPOSITION_CLOSES.match(text, end):
        return False
    for name in names:
        if name.end <= start and text[name.end : start] in (", ", ","):
            return True
        if name.start > end and _NAME_BETWEEN_COMMAS.fullmatch(text, end, name.start) and text.startswith(",", name.end):
            return True
    return False


# Between a subject and a description, words that open another clause: the
# description may be that subject ("Littlewoods is owned by the Barclays, who
# bought the business in 2002").
_CLAUSE_BETWEEN = re.compile(r"[,;:]|\b(?:who|which|that|whose)\b")
# What opens a clause of its own right before its subject: ", while", "and", "but".
_CLAUSE_OPENER_BEFORE = re.compile(r"(?:,\s*|\b)(?:while|whereas|but|and|although|as)\s+(?:(?:the|neighbouring|neighboring|rival|its|their)\s+)?$")


# A country, then its own verb, then its "its", in one clause.
# ("the Czech government announced that it is planning to sell": the teller.)
_COUNTRY_THEN_VERB = re.compile(
    r"[^,;]*?\s(?:is|was|has|had|will|would|could|may|might|must|should|can|plans|wants|needs|said|says|announced|stated|confirmed)\s[^,;]*$"
)


# Before a country that is a place ("franchise in Australia") or a word of a
# company's name ("Toll New Zealand"), not a subject.
# A preposition before a name, maybe with names listed after it before this
# one: "in Angers", "such as Angers and ", "including Leeds, York and ".
_GOVERNED_OR_LISTED = re.compile(
    (
        # ("took the name along the coast to Filey": where something went.)
        r"(?:\b(?:in|on|near|across|outside|inside|throughout|between|among|to|from|into)\s+"
        # ("In the hills of the Marche, Cappellificio Marchetti is": a comma
        # after a fronted phrase opens the clause; only "and" or "or" ends a list.)
        r"(?:the\s+)?(?:_N(?:,\s*_N)*,?\s+(?:and|or)\s+)?"
        # After words that open a list, a comma joins its names too.
        r"|\b(?:such\s+as|including|like)\s+(?:the\s+)?(?:_N(?:,\s*|,?\s+(?:and|or)\s+))*)$"
    ).replace("_N", r"[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*)*")
)
_NOT_A_SUBJECT_BEFORE = re.compile(r"(?:\b(?:in|of|from|at|to|for|by|with|across|outside|inside)\s+(?:the\s+)?|[A-Z][\w&.-]*\s+)$")


# "Throughout its history, Metra renamed ...": a phrase put before a clause,
# from the clause's start up to a position inside it (search with endpos).
FRONTED_PHRASE = re.compile(
    r"\s*(?:Throughout|During|In|Since|After|Before|Over|Despite|For|Under|Within|Across|Through|Like|Unlike|As)\b[^,]*$"
)
# A prepositional phrase put before a sentence's subject, up to a name that
# is the object of one of its prepositions: "On the banks of the Nervión,
# the hall where Talvora assembles", "Unlike Brasco, Kessmar kept". Not "In
# 2019 Kessmar bought" nor "In the first half of 2025 Kessmar sold" (the text
# reaching here has its dates blanked, so a preposition must stand one space
# before the name or its "the"), nor a conjunction that opens a clause of
# its own ("After Brasco bought").
_FRONTING = (
    "On|In|At|Along|Near|Beside|Across|From|Outside|Inside|Behind|Beyond|Among|Like|Unlike|Besides"
    "|Alongside|Against|Throughout|Under|Within|Through|For|Off|Around|With|Without"
)
_INNER = "of|in|at|on|near|beside|from|outside|inside|behind|beyond|among|along|across|off|around|like|unlike|under|within|through|for|with"
FRONTED_PREPOSITION_OBJECT = re.compile(
    r"[\s\"'\u201c\u2018]*(?:"
    r"(?:Like|Unlike|Besides|Alongside|Against|Beside|Near|Among) (?:the )?"
    rf"|(?:{_FRONTING})(?: [^,]* (?:{_INNER}))? (?:the )?"
    r")$"
)
# A participle and a preposition opening a sentence: "Founded in", "Built by",
# "Formed as a joint venture between".
_PARTICIPLE_OPENING = (
    r"(?:[A-Z][a-z]{2,}ed|Built|Bought|Run|Set\s+up|Led|Sold|Begun|Born|Grown|Known)"
    r"\s+(?:in|by|on|at|from|as|with|for|after|under|near|over|between)\b"
)
# A participle's phrase put before a sentence's subject, up to a name in it:
# "Founded in Aveiro in 1921, ", "Advertised for sale in the Financial Times".
FRONTED_PARTICIPLE_PHRASE = re.compile(r"[\s\"'\u201c\u2018]*" + _PARTICIPLE_OPENING + r"[^,]*$")
# A gerund's or a participle's phrase put before a sentence's subject, up
# to a name in it: "Since opening its first hub in ...,", "Founded in 1979
# by the optician Gerrit Lensmaat, the chain ..." (not a preposition that
# ends in -ing: "During the first quarter Apple sold").
FRONTED_VERB_PHRASE = re.compile(
    r"[\s\"'\u201c\u2018]*(?:(?:After|Before|Since|While|When|Despite|Besides|On|Upon|Without)\s+[a-z]+ing"
    r"|(?!(?:During|Following|Including|According|Regarding|Concerning|Notwithstanding|Pending|Excluding|Considering)\b)"
    r"[A-Z][a-z]{2,}ing\s+(?:a|an|the|its|their|his|her|our|up|out|over)"
    r"|" + _PARTICIPLE_OPENING + r")[^,]*$"
)
# A subordinate clause opening right before a description, and a verb done
# to "it" right after it: "since the Finnish firm bought it".
_SUBORDINATE_OPENS_BEFORE = re.compile(r"\b(?:since|after|when|because|before|until|once|as|while)\s+$", re.IGNORECASE)
_DOES_TO_IT_AFTER = re.compile(r"\s+(?:(?:has|had|have|was|first|then|later|finally)\s+)?[a-z]+(?:ed|ught|ook|ew|old|ade|ot|ave|ent|uilt)\s+(?:it|them)\b")
# A sentence that opens on a description and names what it is: "Its most
# determined rival is", "The buyer was", "Their biggest customer is".
_IDENTIFIED_AS = re.compile(
    # ("Honestly the bigger worry for me is Velvet Attic": a sentence adverb first.)
    r"[\s\"'\u201c\u2018*_]*(?:(?:[A-Z][a-z]+ly|But|And|So|Still)\s*,?\s+(?:the|its|their|his|her|our)|The|Its|Their|His|Her|Our)\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*\s+(?:is|was)\s+(?:now\s+)?"
)
_OPENS = re.compile(r"[\s\"'\u201c\u2018(]*(?:The\s+)?")
# A preposition right before a site's description: "paid £85.5 million for the block".
_GOVERNED_SITE_BEFORE = re.compile(r"\b(?:for|from|into|of|at|on|to|with|near|outside|inside)\s+$")
# A sentence whose subject is its writer or anyone at all: "I've noticed",
# "Anyone else noticed", "Has anyone seen" (never a company that "They" may mean).
# ("Seen the Wonky Links numbers? They had 2.6 million visitors": a
# question that leaves out its "Have you".)
_A_READER_OPENS = re.compile(
    r"[\s\"'\u201c\u2018(]*(?:(?:(?:Has|Did|Does|Is)\s+)?(?:I|I've|I'd|I'm|Anyone|Anybody|Someone|Somebody|Everyone|Nobody|You)\b(?!['\u2019]s)"
    r"|(?:Seen|Heard|Noticed|Spotted|Caught)\s+(?:the|that|about)\b)"
)
_OPENS_AFTER_A_SCENE = re.compile(
    r"[\s\"'\u201c\u2018(]*(?:(?:In|At|From|Across|Near|Outside)\s(?:the\s)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2},\s*)?(?:The\s+)?"
)
# A crew named by where they work, before the verb of its sentence: "the
# Czech lads at Wilcza are", "the team at Brackenford have".
_PEOPLE_AT = re.compile(
    r"(?:^|,\s+(?:but|and|so)\s+|\bif\s[^,]{0,60},\s+|\bbut\s+)(?:if\s+[^,]{0,60}?\s+)?[Tt]he\s+(?:[A-Za-z-]+\s+)?"
    r"(?:lads|guys|team|folks|people|boys|girls|crew|staff|gang|lot|chaps|ladies|men|women)\s+(?:at|from|over\s+at|down\s+at|up\s+at)\s+(?:the\s+)?(?=[A-Z])"
)
# A sentence's opening "They", or its "they" after a fronted word of
# together or of when ("Together they", "In 2024 they": the year is blanked
# in the text read).
# ("Apparently they paid £3.1m for it": a word of hearsay before it.)
_FRONTED = (
    r"(?:Together|Combined|Collectively|Altogether|In\s+total|In\s+(?:(?:19|20)\d\d)?|Last\s+year|This\s+year"
    r"|Apparently|Reportedly|Allegedly|Supposedly|Presumably|Evidently),?\s+"
)
_THEY_OPENING = re.compile(r"[\s\"'\u201c\u2018(]*(?:" + _FRONTED + r"(they|their)\b|(They|Their)\b)")
_FRONTED_BEFORE_THEY = re.compile(r"[\s\"'\u201c\u2018(]*" + _FRONTED)
_TOLD_THEY = re.compile(r"\b([a-z]+)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:(?P<that>that)\s+)?(?P<pronoun>they|their)\b")
# ", and they got", ", and their": a clause joined to the one before, its subject carried on.
_JOINED_THEY = re.compile(r",\s+and\s+(?P<pronoun>they|their)\b")
# "Vortell and Kasmo said they": "they" is both, no one company.
_JOINED_TELLERS = re.compile(r"\band\s+[A-Z]")


def description_cues(surface: str, gazetteer: Gazetteer, lexicon: ReferenceLexicon) -> tuple[str | None, str | None, str]:
    """(country code, city, head noun) a description asks for."""
    words = surface.split()
    head = words[-1].rstrip("'\u2019s").casefold() if words else ""
    if words and words[-1].casefold() in lexicon.description_heads:
        head = words[-1].casefold()
    if head in _PUBLIC_HEADS and any(word.casefold() in lexicon.company_modifiers for word in words[1:-1]):
        head = "company"  # "the insurance agency", "the news agency": a company, no government body
    country = city = None
    for word in words[1:-1]:
        code = gazetteer.demonyms.get(word.casefold())
        if code:
            country = code
        if word.endswith(("-based", "-headquartered")):
            city = word.rsplit("-", 1)[0]
            country = country or lexicon.places.get(city) or gazetteer.demonyms.get(city.casefold())
            if country is None:
                known = gazetteer.names.get(city.casefold())
                country = known.country if known is not None and known.type == COUNTRY else None
        elif code is None and word[:1].isupper():
            # "the Vilnius insurer": a town the place list knows, standing as a modifier.
            known = gazetteer.names.get(word.casefold())
            placed = lexicon.places.get(word) or (known.country if known is not None and known.type == PLACE else None)
            if placed:
                city, country = word, country or placed
    return country, city, head


_ORGANISATION_KINDS = {ORGANISATION, UNKNOWN}
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# The nouns a country's government is named by, after the country ("the
# Estonian government"); ``extract.mentions`` builds its patterns from them too.
GOVERNMENT_NOUNS = r"(?:[Gg]overnment|[Aa]dministration|[Tt]reasury|[Cc]abinet)"
_GOVERNMENT_AFTER_NAME = re.compile(r"\s+" + GOVERNMENT_NOUNS + r"\b")
_NATIONAL_HEADS = frozenset({"government", "parliament", "cabinet", "treasury"})
# An appositive naming who founded what a description describes: ", founded in 1974 by Margaret and Alan Brightwell".
_FOUNDED_BY_AFTER = re.compile(
    # (A year is blanked where references are read: "founded in      by".)
    # ("The family business was founded in 1962 by Arthur Vickery": told as its clause's verb too.)
    r"(?:,|\s+(?:was|were|had\s+been))\s+(?:founded|set\s+up|started|established)\s+(?:in\s+(?:(?:19|20)\d\d\s+)?)?by\s+(?:the\s+[a-z-]+\s+)?"
    r"(?P<names>[A-Z][\w'\u2019-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'\u2019-]*){0,4})"
)
_CAPITALISED = re.compile(r"[A-Z][\w'\u2019-]*")
_PUBLIC_HEADS = frozenset({"ministry", "government", "authority", "regulator", "council", "agency", "state", "parliament"})
PUBLIC_HEADS = _PUBLIC_HEADS  # the document model's look-ahead reads them too
# Heads of a body's part or of a public body, whose name less its last two
# words names another body or a place: "U.S. Senate | Banking Committee",
# "Calder Vale | Borough Council" (``_without_trade_ending``).
_BODY_PART_HEADS = _PUBLIC_HEADS | frozenset({"committee", "commission", "board", "office", "department", "panel", "subcommittee"})
# Public heads that also name a trade's firm: "agency" (translation, travel, recruitment).
_TRADE_OR_PUBLIC_HEADS = frozenset({"agency"})
# Public heads a country's state is called by: "the government", "the
# ministry", "parliament". A council, an authority, a regulator or an agency
# is a body of its own (most often a town's council), never the country.
_HEADS_OF_A_COUNTRY = frozenset({"government", "ministry", "state", "parliament"})
_KINDS_FOR = {
    ORGANISATION: _ORGANISATION_KINDS,
    FACILITY: {FACILITY},
    PROGRAMME: {PROGRAMME},
    PRODUCT: {PRODUCT},
}


# What a description tells of an entity of unknown kind: that it is an
# organisation, or a thing (a facility or a product) of one.
_TOLD_KINDS = {ORGANISATION: "actor", FACILITY: "thing", PRODUCT: "thing"}


def compatible(entity: Entity, kind: str, country: str | None, city: str | None, head: str) -> bool:
    """Whether a description of ``kind`` (and cues) can mean ``entity``."""
    if head in entity.descriptors:
        return _home_agrees(entity, country, city)
    if kind in (FACILITY, PRODUCT) and entity.kind == UNKNOWN:
        return _home_agrees(entity, country, city)
    if head in _TRADE_OR_PUBLIC_HEADS and city is not None and entity.kind in _ORGANISATION_KINDS and not _named_public_body(entity):
        # "the Cardiff agency", "the Seville agency": a town's agency is a
        # firm of the trade (translation, recruitment, travel); a state's
        # agency is told by its country ("the US agency").
        return _home_agrees(entity, country, city)
    if head in _PUBLIC_HEADS:
        # "the health ministry", "the government": a country, or a body named as one.
        if entity.kind == COUNTRY:
            if head not in _HEADS_OF_A_COUNTRY:
                return False  # "the council downgraded his licence": a town's council, no country
            return country is None or entity.code is None or entity.code == country  # "the Czech government" is no other country's
        if head == "government" and country is not None:
            return False  # "the Pakistani government" is Pakistan, not one of its ministries
        return _named_public_body(entity) and _home_agrees(entity, country, city)
    allowed = _KINDS_FOR.get(kind, set())
    if entity.kind not in allowed:
        return False
    return _home_agrees(entity, country, city)


def _named_public_body(entity: Entity) -> bool:
    """A body named as one: "Finance Ministry", "Ministry of Finance", "State
    Council"; not a person with an office ("Secretary of State Condoleezza Rice")."""
    words = entity.name.casefold().split()
    return entity.kind != PERSON and (words[0] in _PUBLIC_HEADS or words[-1] in _PUBLIC_HEADS)


def _kinds_meant(kind: str, head: str) -> set[str]:
    """The kinds of the entities ``compatible`` may hold a description of
    ``kind`` with ``head`` to mean when it is no head of theirs (nor implied
    by their names, see ``Resolver._described_with``) and they are no public
    body named as one (see ``_named_public_body``)."""
    unknown = {UNKNOWN} if kind in (FACILITY, PRODUCT) else set()
    if head in _PUBLIC_HEADS:
        return ({COUNTRY} if head in _HEADS_OF_A_COUNTRY else set()) | unknown
    return _KINDS_FOR.get(kind, set()) | unknown


def _home_agrees(entity: Entity, country: str | None, city: str | None) -> bool:
    if city and entity.home_place and city not in home_places(entity.home_place):
        return False
    if country and entity.home and entity.home != country:
        return False
    return True


def _home_told(entity: Entity, country: str | None, city: str | None) -> bool:
    """Whether the text said an entity is based where a description's cue says."""
    return bool((city and city in home_places(entity.home_place)) or (country and entity.home == country))


def _same_kind(entity_kind: str, asked: str) -> bool:
    """An unnamed kind of name is most often an organisation's."""
    return entity_kind == asked or (entity_kind == UNKNOWN and asked == ORGANISATION)


_RELATIVE_AFTER = re.compile(r",?\s+(?:which|who|that)\b")
# A name and the clause that says what happens there: "Kassel, where".
_WHERE_AFTER_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*,?\s+where\b")


def _site_of_where_clause(text: str, position: int, seen_here, entities: list[Entity]) -> int | None:  # type: ignore[no-untyped-def]
    """The place a facility's description stands in the where-clause of:
    "Kassel, where Ostermann has built trucks since the works opened in
    1962" tells of the works at Kassel, not of the plant the story is about."""
    for entity_id, start, _ in sorted(seen_here, key=lambda row: row[1], reverse=True):
        if start >= position or entities[entity_id].kind not in (PLACE, UNKNOWN, FACILITY):
            continue
        clause = _WHERE_AFTER_NAME.match(text, start)
        if clause is None or clause.end() > position:
            continue
        between = text[clause.end() : position]
        if any(mark in between for mark in (";", ":", ". ")) or len(between) > 160:
            return None
        return entity_id
    return None


# Between a facility's description and the place its own clause puts it:
# "the Portuguese factory it acquired in 2009 at Famalicão".
_WHERE_IT_STANDS = re.compile(r"[^,;:.()\u2014]{0,60}?\s(?:at|in|near)\s+(?:the\s+)?")


def _site_named_after(text: str, end: int, seen_here, entities: list[Entity]) -> int | None:  # type: ignore[no-untyped-def]
    """The place a facility's description is said to stand at in its own
    clause ("the Portuguese factory it acquired in 2009 at Famalicão"): the
    first name after it, when the words between end on "at", "in" or "near"."""
    after = sorted((start, entity_id) for entity_id, start, _ in seen_here if start >= end)
    if not after:
        return None
    start, entity_id = after[0]
    if entities[entity_id].kind not in (PLACE, UNKNOWN, FACILITY) or _WHERE_IT_STANDS.fullmatch(text, end, start) is None:
        return None
    return entity_id


def _relative_antecedent(text: str, position: int, name_ends: list[tuple[int, int]], entities: list[Entity]) -> int | None:
    """The name a relative clause hangs on, when a pronoun stands inside that clause."""
    if not name_ends:
        return None
    end, entity_id = name_ends[-1]
    if entities[entity_id].kind in (PERSON, PLACE, COUNTRY):
        return None
    match = _RELATIVE_AFTER.match(text, end)
    if match is None or match.end() > position:
        return None
    between = text[match.end() : position]
    # Inside the relative clause: no clause break between "which" and the
    # pronoun, nor the comma that closes it ("Chrysler, which had exited
    # bankruptcy, and has since increased its holding": Fiat's holding).
    if any(mark in between for mark in (";", ":", ". ", ",")) or len(between) > 120:
        return None
    return entity_id


_WE_BEFORE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")


class Resolver:
    """Resolves references sentence by sentence, in reading order."""

    def __init__(
        self,
        entities: list[Entity],
        gazetteer: Gazetteer,
        lexicon: ReferenceLexicon,
        document_topic: int | None,
        document_country: int | None = None,
        sole_organisation: int | None = None,
        issuer: int | None = None,
        guests_employer: int | None = None,
        founded: Mapping[int, int] | None = None,
        deal_parties: Mapping[int, Mapping[str, int]] | None = None,
        item_blocks: frozenset[int] = frozenset(),
    ):
        self.entities = entities
        # The year each entity is said to have been founded, where a name
        # says it ("Ironpike, set up in 2011"): "The brewer, founded in 1927"
        # is then no description of it.
        self.founded = dict(founded or {})
        self.founding_told: dict[int, int] = {}  # in the sentence being resolved: reference start -> year
        # Sentence index -> the buyer and the target of a takeover it tells:
        # what "the acquirer" and "the target" stand for in the next ones.
        self.deal_parties = dict(deal_parties or {})
        # The company the speaker of a transcript's current turn works for,
        # when its speakers work for different ones (set turn by turn).
        self.turn_voice: int | None = None
        # The companies a transcript's turns speak for: a turn whose speaker
        # works for none of them (the host, a farmer on her own farm) is
        # none of theirs, even where one of them is what the text is about.
        self.turn_voices: frozenset[int] = frozenset()
        # The one company the question turn before the current answer turn
        # asked about ("Marcus, everyone's talking about Lotusline. What's
        # going on there?"), until the answer names another company: what
        # the answer's "They" opening a sentence is (set turn by turn).
        self.asked: int | None = None
        # The blocks that open on a lead-in ("**Herefordshire cider vinegar
        # goes Dutch.** ..."): a brief's items, each a story of its own, in
        # which a description means what the item told of before anything
        # another item described.
        self.item_blocks = item_blocks
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.document_topic = document_topic
        # "We have 430 stores" outside quotations (an interview's answers):
        # the document's topic, else the one organisation it names.
        # An interview's guest speaks for the company the introduction says
        # they run, whatever the interview is about.
        # (A site, "Brighouse Leisure Centre" in a job advert's title, does
        # not speak: its operator does.)
        self.first_person = next(
            (
                e for e in (issuer, guests_employer, document_topic, sole_organisation)
                if e is not None and entities[e].kind not in (FACILITY, PERSON, PLACE)
            ),
            None,
        )
        # A company's own document (its front matter names it): its people
        # speak for it, in quotations too ('"our 2.3 million customers," said
        # its chief executive').
        self.issuer = issuer
        # The one country the title names: "the government" of a story about
        # Indonesia is Indonesia's when other countries are named in passing.
        self.document_country = document_country
        self._called_government: set[int] = set()  # countries a description with a cue called "the government"
        self.salience = _Salience()
        self._voiced_blocks: set[int] = set()  # blocks where the writer speaks as "we", outside quotations
        self._said_we: dict[int, int] = {}  # sentence index -> where it first says "we", "our" or "us"
        # The sentence where a speaker said what body she sits on, and that body.
        self._member_of: tuple[int, int] | None = None
        self.opened_by: dict[int, int] = {}  # sentence index -> the entity named first, as its subject
        # Sentence index -> the subject it opens on, after where it is set, if
        # it says so first ("In Quimper, Cidrerie Kervella is doing ...").
        self.led_by: dict[int, int] = {}
        # Descriptions the text itself defines as a name's alias ('("the Group")').
        self.defined = {
            alias: e.id for e in entities if e.merged_into is None for alias in e.aliases if alias in _DEFINED_WORDS or alias in lexicon.field_roles
        }
        self._described_by: dict[str, dict[int, int]] = {}  # head -> {entity id: 0 or 1} (see _described_with)
        self._kinds_met: set[str] = set()  # the kinds of the entities in the salience history
        self._homes_told: dict[int, str] = {}  # entity -> the country an earlier description gave it
        # In the sentence being resolved, an entity of unknown kind -> the kind
        # a description of it told ("The Lyon-based group spent EUR 310 million
        # on the line": the group is no line). Only in that sentence: a
        # description misread in one sentence does not mislead the next.
        self._kinds_told: dict[int, str] = {}
        self._names_here: list[tuple[int, int, bool]] = []  # the sentence being resolved: (entity, start, False)
        # Whether the text tells of a name besides its topic as a company's ("employees of X").
        self._another_told_company = any(e.told_company and e.id != document_topic for e in entities)
        self._home_places = frozenset(place for e in entities for place in home_places(e.home_place))
        # Towns the document itself gives as where its companies are ("| Severnside | Gloucester |"),
        # for "the Gloucester firm" where the place list knows no Gloucester.
        self._towns_told = {place.casefold(): place for place in self._home_places}
        self._places_named = {entity.name.casefold() for entity in entities if entity.kind == PLACE and " " in entity.name}

    def _described(self, entity: Entity, head: str) -> int:
        """0 when the text described the entity with ``head``, 1 when its name
        implies it ("Foxglove Studios": a studio), 2 otherwise."""
        if head in self.lexicon.generic_heads:
            # "the company" after "Lindenau, the municipal transport company":
            # a word any company is described by says little of which one is
            # meant. Every entity its kind allows ranks alike here (2: none is
            # described by it, none made eligible by it), and the topics and
            # recency decide. Only a name the text writes with the word
            # itself says more: "the group" after "Greenstead Grounds Group
            # has bought Hartwell & Finch" is the Group, not the business it bought.
            return 1 if head in self.lexicon.telling_name_endings and _written_head(entity) == head else 2
        if head in entity.descriptors:
            return 0
        return 1 if head in self.lexicon.implied_descriptors(entity.name) or head in self.lexicon.implied_site(entity.name) else 2

    def _no_trading_business(self, entity: Entity) -> bool:
        """Whether a name, or a head the text told it by, says its bearer is a
        fund, a scheme or a body, which "the business" or "the firm" never means."""
        lexicon = self.lexicon
        if _written_head(entity) in lexicon.programme_nouns:
            return True
        if not entity.descriptors.isdisjoint(lexicon.non_trading_heads) and entity.descriptors.isdisjoint(lexicon.trading_heads):
            return True  # told as "the housing association", never as a firm
        for name in (entity.name, entity.written):
            words = name.casefold().split()
            # (A body's word alone, "the Guild", says what it is as "Guild of ..." does.)
            implied = lexicon.name_descriptors.get(words[-1], frozenset()) | lexicon.name_opening_descriptors.get(words[0], frozenset()) if words else frozenset()
            # ("Caldercroft Partners", a fund manager, is a firm too.)
            if not implied.isdisjoint(lexicon.non_trading_descriptors) and implied.isdisjoint(lexicon.trading_heads):
                return True
        return False

    def _other_trade(self, entity: Entity, head: str) -> bool:
        """Whether the entity's name says it has another trade than the
        description's head: "Greyfield Partners" (a fund, a manager) is no
        "drugmaker", "Corvane Bio" (a biotech) may be one. Only a head some
        name implies is a trade; "the company" and a name that implies
        nothing ("Kestrel Maritime") never conflict."""
        neighbours = self.lexicon.trade_neighbours.get(head)
        if neighbours is None or head in entity.descriptors:
            return False
        implied = self.lexicon.implied_descriptors(entity.name) - self.lexicon.generic_heads
        return bool(implied) and implied.isdisjoint(neighbours)

    def _other_kind_of_site(self, entity: Entity, kind: str, head: str) -> bool:
        """Whether a facility was told as a site of another kind than the
        description's head: after "a data centre in Virginia", "The factory"
        is another site. Nouns of no kind ("site", "facility") mean any."""
        if kind != FACILITY or entity.kind != FACILITY or head in entity.descriptors:
            return False
        kinds = self.lexicon.facility_kinds
        wanted = kinds.get(head)
        told = [kinds[d] for d in entity.descriptors if d in kinds]
        if not wanted or not told or len(told) < len(entity.descriptors):
            return False
        return all(wanted.isdisjoint(t) for t in told)

    def _a_site(self, entity: Entity) -> bool:
        """Whether an entity may be a site: a facility, a place, or a name
        of no known kind none of whose words names a company or a body."""
        if entity.kind in (FACILITY, PLACE):
            return True
        if entity.kind != UNKNOWN:
            return False
        heads = self.lexicon.name_heads
        return not any(heads.get(word.casefold()) == ORGANISATION for word in entity.name.split())

    @functools.cached_property
    def _public_bodies(self) -> set[int]:
        return {entity.id for entity in self.entities if _named_public_body(entity)}

    @functools.cached_property
    def _homes(self) -> dict[str, set[int]]:
        """Country code or town -> the entities the text said are based there."""
        homes: dict[str, set[int]] = {}
        for entity in self.entities:
            for home in {entity.home, *home_places(entity.home_place)} - {None}:
                homes.setdefault(home, set()).add(entity.id)
        return homes

    def _based_in(self, country: str | None, city: str | None) -> set[int]:
        """The entities ``_home_told`` holds for a description's cues."""
        return {
            entity_id
            for home in (country, city) if home
            for entity_id in self._homes.get(home, ())
            if _home_told(self.entities[entity_id], country, city)
        }

    def _described_with(self, head: str) -> dict[int, int]:
        """The entities ``_described`` gives 0 or 1 for ``head``, with that
        value; every other entity gets 2. The entities are complete and fixed
        once resolving starts, so each head is asked about once per document."""
        found = self._described_by.get(head)
        if found is None:
            # Only the entities indexed under the head can be described by
            # it: a long document names thousands of entities and asks about
            # a hundred heads, and asking each entity of each head was most
            # of the time spent resolving its descriptions.
            # (A generic head describes no entity more than another: ``_described``.)
            candidates = self._heads_index.get(head, set())
            found = {e.id: d for e in map(self.entities.__getitem__, sorted(candidates)) if (d := self._described(e, head)) < 2}
            self._described_by[head] = found
        return found

    @functools.cached_property
    def _heads_index(self) -> dict[str, set[int]]:
        """Head -> the entities described with it or whose names imply it
        (what ``_described`` looks up)."""
        index: dict[str, set[int]] = {}
        generic = self.lexicon.generic_heads
        for entity in self.entities:
            for head in (entity.descriptors | self.lexicon.implied_descriptors(entity.name) | self.lexicon.implied_site(entity.name)) - generic:
                index.setdefault(head, set()).add(entity.id)
            written = _written_head(entity)
            if written in self.lexicon.telling_name_endings:
                index.setdefault(written, set()).add(entity.id)
        return index

    def resolve_sentence(
        self,
        index: int,
        block: int,
        text: str,
        names: Sequence[Name],
        entity_ids: Sequence[int],
        references: Sequence[Reference],
        topic: int | None,
        quoted: Sequence[tuple[int, int, int | None]],
        first_clause_end: int,
    ) -> list[Reference]:
        self.salience.block_of[index] = block
        self._kinds_told.clear()
        # Every name of the sentence, later ones too: where a facility's description stands.
        self._names_here = [(entity_id, name.start, False) for name, entity_id in zip(names, entity_ids)]
        if " of " in text:
            # "I'm on the committee of the EAMTA ... We've got 480 members":
            # a speaker who says what body she sits on speaks for it next.
            for name, entity_id in zip(names, entity_ids):
                if _SITS_ON_BEFORE.search(text, max(0, name.start - 50), name.start) and self.entities[entity_id].kind in (ORGANISATION, UNKNOWN):
                    self._member_of = (index, full_entity(self.entities, entity_id))
                    break
        if not names and not references:
            return []  # half the sentences name no one: nothing is noted, nothing opens them
        resolved: list[Reference] = []
        items: list[tuple[int, str, object]] = [(n.start, "name", (n, e)) for n, e in zip(names, entity_ids)]
        items += [(r.start, "ref", r) for r in references]
        items.sort(key=lambda item: item[0])
        seen_here: list[tuple[int, int, bool]] = []  # (entity, start, subject position)
        name_ends: list[tuple[int, int]] = []  # (end, entity) of the names read so far
        subject: int | None = None
        identified: int | None = None  # the name "Its most determined rival is X" introduces
        previous_end = -1  # where the last subject ended, for "A and B met"
        # A subject described but not named in the text ("The city's heritage
        # trust runs walks from Bootham Bar; its guides ..."): the sentence's
        # "its" is that subject's, no other name's.
        unnamed_subject = False
        for start, what, payload in items:
            if what == "name":
                name, entity_id = payload  # type: ignore[misc]
                entity = self.entities[entity_id]
                if entity.kind in (PERSON, PLACE) or name.affiliation:
                    continue  # "CIA" in "CIA Director Woolsey" names whose he is, no party to refer back to
                if name.kind == PLACE and entity.kind == FACILITY:
                    # "Turin-based Astrel ... it published": a place here, though
                    # "a Turin workshop" elsewhere names a facility by it.
                    continue
                if self.lexicon.third_party_ends(text, max(0, start - 40), start):
                    continue  # "Analysts at Greyfield Partners think the drugmaker overpaid": a commentator
                actor = entity.kind in _ENTITY_LIKE and entity.kind != COUNTRY
                # "After buying a plant in Kassel in 2019, Brasco doubled its
                # output": a name in a verb's phrase before the subject is not it.
                is_subject = (
                    subject is None and start < first_clause_end and actor
                    and not FRONTED_VERB_PHRASE.match(text, 0, start)
                    and not FRONTED_PREPOSITION_OBJECT.fullmatch(text, 0, start)
                    # "The hats, woven in Ecuador and lined in the Marche, cost":
                    # a place a phrase puts something in is no subject.
                    and not in_a_place(text, start)
                    # "... in cities such as Angers and Tours": a name of no
                    # known kind a preposition governs, alone or listed, is no subject.
                    # (One the text describes as a company, "Geigenbau Wendt, a
                    # family firm", stays the one its "the German firm" may mean.)
                    and not (
                        entity.kind == UNKNOWN and not entity.descriptors and not entity.told_company
                        and _GOVERNED_OR_LISTED.search(text, max(0, start - 80), start)
                    )
                )
                if actor and _SAID_AFTER.match(text, name.end):
                    is_subject = True  # "..., Kessmar said.": the subject of its own clause
                if not is_subject and actor and previous_end >= 0 and _COORDINATED.fullmatch(text, previous_end, start):
                    is_subject = True  # "Orla Logistics and Brisk Freight met": both are subjects
                if actor and _IDENTIFIED_AS.fullmatch(text, 0, start):
                    # "Its most determined rival is Curtidos Albarracín": the
                    # name the sentence introduces is what it is about, and
                    # what its next "it" refers to, not the owner of "Its".
                    seen_here = [(e, at, False) for e, at, _ in seen_here]
                    subject, is_subject = entity_id, True
                    identified = entity_id
                if is_subject:
                    subject = subject if subject is not None else entity_id
                    previous_end = name.end
                seen_here.append((entity_id, start, is_subject))
                name_ends.append((name.end, entity_id))
                if self.entities[entity_id].kind == COUNTRY and _GOVERNMENT_AFTER_NAME.match(text, name.end):
                    self._called_government.add(entity_id)  # "the Estonian government", "the Sudanese government"
                continue
            reference: Reference = payload  # type: ignore[assignment]
            quotation = next(((s, e, voice) for s, e, voice in quoted if s <= reference.start < e), None)
            if reference.via == "first person" and quotation is not None:
                # '"We poured 412,000 ounces," said Graham Okafor, chief
                # executive of Sablegate': the speaker's organisation; in a
                # company's own document, else, the company.
                speaks_for = quotation[2] if quotation[2] is not None else self.issuer
                if speaks_for is not None:
                    resolved.append(reference._replace(entity=speaks_for))
                    continue
            if reference.via in ("pronoun", "first person") and quotation is not None:
                # '"I'm just glad it's not my decision," he said', '"our
                # network"': a speaker's words are of what the speaker speaks
                # about and for, not of the story's last name.
                continue
            if reference.via == "pronoun":
                antecedent = _relative_antecedent(text, reference.start, name_ends, self.entities)
                if antecedent is not None:
                    # "Vista Inc, which has operated since it was founded": the
                    # relative clause's "it" is the name it hangs on.
                    resolved.append(reference._replace(entity=antecedent))
                    seen_here.append((antecedent, reference.start, False))
                    continue
            if reference.via == "pronoun" and unnamed_subject and subject is None:
                resolved.append(reference)
                continue
            target = self._target(index, reference, seen_here, topic, text)
            if target is not None and reference.via == "pronoun" and self.entities[target].publication:
                # "They paid £7.8 million" in a podcast whose masthead is the
                # last name before it: the outlet that tells is never a party.
                target = None
            resolved.append(reference._replace(entity=target))
            if reference.via == "first person" and target is not None:
                self._said_we.setdefault(index, reference.start)  # where the sentence first says "we"
            if (
                target is None and reference.via == "description" and subject is None and not seen_here
                and reference.start < first_clause_end and _OPENS.fullmatch(text, 0, reference.start)
            ):
                unnamed_subject = True
            if reference.via == "first person" and target is not None and target == self.issuer:
                self._voiced_blocks.add(block)
            if target is not None and reference.via == "description" and self.entities[target].home is None:
                # "The Norwegian group's wind farm": what a description said of
                # its entity's home rules out "the Swedish utility" later.
                country, _, _ = description_cues(reference.surface, self.gazetteer, self.lexicon)
                if country is not None:
                    self._homes_told.setdefault(target, country)
            if target is not None and reference.via == "description" and self.entities[target].kind == UNKNOWN and reference.kind in _TOLD_KINDS:
                self._kinds_told.setdefault(target, reference.kind)
            if target is not None:
                # "Throughout its history, Metra renamed ...": an owner in a
                # phrase put before the clause is not its subject.
                fronted = reference.possessive and FRONTED_PHRASE.match(text, 0, reference.start) is not None
                # "Across the county line in Suffolk, Stallard & Reeve is
                # expanding": what a fronted preposition governs is no subject,
                # as for a name.
                fronted = fronted or (reference.via == "description" and FRONTED_PREPOSITION_OBJECT.fullmatch(text, 0, reference.start) is not None)
                is_subject = subject is None and reference.start < first_clause_end and not fronted
                if is_subject:
                    subject = target
                seen_here.append((target, reference.start, is_subject))
        for entity_id, _, is_subject in seen_here:
            self.note(entity_id, index, is_subject)
        opener = next((e for e, at, is_subject in seen_here if is_subject and _OPENS.fullmatch(text, 0, at)), identified)
        if opener is None:
            # "Slightly off topic, but the Czech lads at Wilcza are worth a
            # look. They won ...": people at a company, as a sentence's
            # subject, leave that company for "They".
            # (Only a sentence that says "at" or "from" may name one.)
            crew = _PEOPLE_AT.search(text) if " at " in text or " from " in text else None
            at = next((e for e, start, _ in seen_here if crew is not None and start == crew.end()), None)
            if at is not None and self.entities[at].kind in (ORGANISATION, UNKNOWN):
                opener = at
                self.note(at, index, True)
        if opener is None and _A_READER_OPENS.match(text):
            # "Anyone else noticed Pressfresh hoovering up shops? They paid
            # £3.2m for Spotless": a sentence a writer opens on themself or on
            # anyone, naming one company, leaves that company for "They".
            told = {e for e, _, _ in seen_here if self.entities[e].kind in (ORGANISATION, UNKNOWN)}
            if len(told) == 1:
                opener = next(iter(told))
                self.note(opener, index, True)
        if opener is not None:
            self.opened_by[index] = opener
        lead = next((e for e, at, is_subject in seen_here if is_subject and _OPENS_AFTER_A_SCENE.fullmatch(text, 0, at)), None)
        if lead is not None:
            self.led_by[index] = lead
        return resolved

    def _place_of_several_words(self, surface: str) -> str | None:
        """The town of a description whose modifier is a place of several
        words the document names ("The Bury St Edmunds company", "the
        Milton Keynes-based firm"), which the word-by-word cues cannot see."""
        words = surface.split()[1:-1]
        if len(words) < 2 or not all(word[:1].isupper() for word in words):
            return None
        modifier = " ".join(words).removesuffix("-based").removesuffix("-headquartered")
        key = modifier.casefold()
        return modifier if key in self._places_named else None

    def _speaks_in_the_first_person(self, text: str, reference: Reference) -> bool:
        """Whether the sentence of a description says "we", "us" or "our"
        outside quotation marks and away from the description (not "our
        company, the Coventry group")."""
        unquoted = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
        return any(
            # ("US" is a country.)
            word.group(0).casefold() in self.lexicon.first_person and not word.group(0).isupper()
            and not (reference.start - 40 <= word.start() < reference.end + 2)
            for word in _WORD.finditer(unquoted)
        )

    def _one_organisation_a_person_did(self, index: int, kinds: set[str]) -> int | None:
        """The one entity of ``kinds`` the sentence right before ``index``, in
        its block, names when its subject is a person: what that person did
        something to ("ran the firm", "sold the business")."""
        if self.salience.block_of.get(index - 1) != self.salience.block_of.get(index):
            return None
        # (Read from the latest mention back: a long document's history is never scanned whole.)
        met = []
        for entity, sentence, subject in reversed(self.salience.history):
            if sentence < index - 1:
                break
            if sentence == index - 1:
                met.append((entity, subject))
        if not any(subject and self.entities[entity].kind == PERSON for entity, subject in met):
            return None
        named = {entity for entity, subject in met if self.entities[entity].kind in kinds}
        if len(named) != 1 or any(subject for entity, subject in met if entity in named):
            return None
        return named.pop()

    def note(self, entity_id: int, sentence: int, subject: bool) -> None:
        """An entity the reader met in a sentence, as its subject or not."""
        self.salience.note(entity_id, self.entities[entity_id].kind, sentence, subject)
        self._kinds_met.add(self.entities[entity_id].kind)

    def _head_before(self, text: str, reference: Reference, seen_here) -> int | None:  # type: ignore[no-untyped-def]
        """The entity whose noun phrase ends right before a pronoun ("the
        Walkerburn dye-house it"), its head a description's noun."""
        for entity_id, start, _ in seen_here:
            gap = _HEAD_THEN_PRONOUN.fullmatch(text, start, reference.start)
            if gap is not None and gap.group(1).casefold() in self.lexicon.description_heads:
                return entity_id
        return None

    def _other_beside_we(self, index: int, start: int, seen_here: Sequence[tuple[int, int, bool]], we: int, kinds: set[str]) -> int | None:
        """The one entity of ``kinds`` other than ``we`` (the writer's or the
        speaker's own) that this sentence, before ``start``, or else the
        sentence before ``index``, named beside "we" (said so, as a subject)."""
        here = [(e, is_subject) for e, s, is_subject in seen_here if s < start] if self._said_we.get(index, start) < start else []
        before = [(entity, subject) for entity, at, subject in reversed(self.salience.history[-40:]) if at == index - 1] if index - 1 in self._said_we else []
        if any(is_subject and e != we for e, s, is_subject in seen_here if s < start):
            # "Before we go out to the Somerset Levels, the news. Brenmor
            # Foods ... says it will close ... the maker it bought": a
            # sentence with a subject of its own before "it" says no "we".
            before = []
        for named in (here, before):
            if any(entity == we and subject for entity, subject in named):
                others = {entity for entity, _ in named if entity != we and self.entities[entity].kind in kinds}
                if others:
                    return others.pop() if len(others) == 1 else None
        return None

    def _we(self) -> int | None:
        """Whom "we" is in the sentence being resolved: the current turn's
        company, else the text's own voice unless it is another turn's."""
        if self.turn_voice is not None:
            return self.turn_voice
        return None if self.first_person in self.turn_voices else self.first_person

    def _several_subjects(self, sentence: int) -> bool:
        subjects = {entity for entity, at, subject in reversed(self.salience.history[-40:]) if at == sentence and subject}
        return len(subjects) > 1

    def _target(self, index: int, reference: Reference, seen_here, topic: int | None, text: str = "") -> int | None:
        named = self.defined.get(fold(reference.surface))
        if named is not None:
            return named  # 'Meridian Rail Systems ("the Group")': the text said who the Group is
        if reference.via == "description" and self.document_topic is not None and _filers_own_word(reference.surface):
            # "The Group's revenue of £14.6 million" in Fenland Leaf Ltd's
            # results, after its customer Harvest & Co: a filing's capitalised
            # word for itself is its issuer, whoever it named last.
            if self.entities[self.document_topic].kind in (ORGANISATION, UNKNOWN):
                return self.document_topic
        if reference.via == "first person":
            member_of = self._member_of
            if member_of is not None and member_of[0] in (index, index - 1) and reference.surface.casefold() in ("we", "our", "us"):
                return member_of[1]
            return self._we()
        if reference.via == "pronoun":
            if reference.surface in ("They", "It", "they", "it") and _PAID_AFTER.match(text, reference.end):
                # "When Footfall bought Shambles Ghost Walks, everyone was
                # shocked. They paid £1.6m": who pays is the buyer of the
                # takeover this sentence or the one before told.
                buyer = next((parties["buyer"] for at in (index, index - 1) if "buyer" in (parties := self.deal_parties.get(at, {}))), None)
                if buyer is not None:
                    return buyer
            kinds = {ORGANISATION, UNKNOWN, FACILITY, PROGRAMME, PRODUCT}
            if _DEAL_DONE_AFTER.match(text, reference.end):
                kinds = {ORGANISATION, UNKNOWN}  # "it bought in 2020": a company buys, a mill or a product does not
            we = self._we()
            if we is not None and reference.surface in ("it", "its"):
                # "In November we acquired Pippin & Quince ... Hattie Clement,
                # who founded it in 2012", "we bought the Times in July 2023,
                # from the family that had owned it": a text or a speaker
                # that calls its company "we" calls another thing "it" in
                # the middle of a sentence, the one other it named beside "we"
                # in this sentence or the one before. (A sentence's opening
                # "It" may still be the company, in an "About us" told in the
                # third person.)
                other = self._other_beside_we(index, reference.start, seen_here, we, kinds)
                if other is not None:
                    return other
            # "X agreed to buy it": an object pronoun is never its own clause's subject.
            is_object = reference.surface.casefold() == "it" and _object_verb_before(text, reference.start)
            if is_object:
                # "Frostline, owned by Cranmore since the private equity firm
                # bought it in 2020": not the verb's doer (named last before
                # it), but the sentence's subject, or the one other entity
                # the sentence named before.
                before_it = sorted((s, e, is_subject) for e, s, is_subject in seen_here if s < reference.start and self.entities[e].kind in kinds)
                if before_it:
                    doer = before_it[-1][1]
                    others = [(e, is_subject) for _, e, is_subject in before_it if e != doer]
                    subjects = [e for e, is_subject in others if is_subject]
                    if subjects:
                        return subjects[0]
                    if others and len({e for e, _ in others}) == 1:
                        return others[0][0]
            if not is_object:
                # "the U.S. is likely to reach its $14.3 trillion borrowing
                # limit": a country that is the clause's subject right before is "it".
                nearest = max(((s, e) for e, s, _ in seen_here if s < reference.start), default=None)
                if (
                    nearest is not None
                    and self.entities[nearest[1]].kind == COUNTRY
                    and _COUNTRY_THEN_VERB.match(text, nearest[0], reference.start)
                    and not _NOT_A_SUBJECT_BEFORE.search(text, max(0, nearest[0] - 25), nearest[0])
                ):
                    return nearest[1]
                # "..., while Rongai Steam switched on its own 40 MW unit": the
                # organisation that opens the pronoun's own clause, when no
                # clause break stands between them.
                own = max(
                    ((s, e) for e, s, _ in seen_here if s < reference.start and self.entities[e].kind in (ORGANISATION, UNKNOWN)),
                    default=None,
                )
                if (
                    own is not None
                    and reference.possessive
                    and _CLAUSE_OPENER_BEFORE.search(text, max(0, own[0] - 25), own[0])
                    and not _CLAUSE_BETWEEN.search(text, own[0], reference.start)
                ):
                    return own[1]
                # Mid-sentence: the subject named earlier in this sentence.
                # "When we signed for Brightwell it had 260 clinics": what the
                # sentence's "we" speaks for is not its "it".
                spoken_for = self.first_person if reference.surface.casefold() in ("it", "its") and _WE_BEFORE.search(text, 0, reference.start) else None
                # "The Walkerburn dye-house it bought in 2020": a pronoun
                # right after a noun phrase's head opens a clause about that
                # thing; it is who did it, never the thing itself.
                modified = self._head_before(text, reference, seen_here) if reference.surface in ("it", "they") else None
                earlier = [
                    e for e, s, is_subject in seen_here if s < reference.start and self.entities[e].kind in kinds and e not in (spoken_for, modified)
                ]
                subjects = [
                    e for e, s, is_subject in seen_here
                    if is_subject and s < reference.start and self.entities[e].kind in kinds and e not in (spoken_for, modified)
                ]
                if subjects and reference.surface in ("they", "their") and len(set(subjects)) > 1:
                    return None  # "Greenspoke and PedalPorters met the council, and they got £62k": both, no one
                if subjects:
                    return subjects[0]
                if earlier and len(set(earlier)) == 1:
                    return earlier[0]
                if reference.surface in ("they", "their") and not _FRONTED_BEFORE_THEY.fullmatch(text, 0, reference.start):
                    # Told "they": the one company that tells, or no one.
                    return subjects[0] if len(set(subjects)) == 1 else None
            if self.asked is not None and not is_object and self.entities[self.asked].kind in kinds and reference.surface in _ANSWERING_PRONOUNS:
                return self.asked
            if reference.surface in ("They", "Their") and _opens_a_turn(text, reference.start):
                # "SIAN: What about the gyms? / MARCUS: They raised £1.1m": a
                # turn's opening "They" is what the turn before asked about,
                # and no one when it named no one company.
                return None
            if reference.surface in ("It", "Its"):
                # "His daughter ran the firm from 2016. It was sold to ...":
                # after a sentence whose subject is a person, the one
                # organisation it named is what "It" opening the next means.
                handled = self._one_organisation_a_person_did(index, kinds)
                if handled is not None:
                    return handled
            previous = self.salience.last_subject(index, kinds, self.entities)
            if (
                reference.surface in ("They", "Their")
                or (reference.surface in ("they", "their") and _FRONTED_BEFORE_THEY.fullmatch(text, 0, reference.start))
            ) and (
                previous is None or self._several_subjects(previous[1]) or self.opened_by.get(previous[1]) != previous[0]
                # ("Slightly off topic, but the Czech lads at Wilcza are worth a
                # look. They won ..." in a post after one about Brackenford: a
                # subject of another paragraph or post is carried only from
                # the sentence right before, as news of one-sentence
                # paragraphs goes on.)
                or (self.salience.block_of.get(previous[1]) != self.salience.block_of.get(index) and previous[1] != index - 1)
            ):
                # "Orvell and Kasmo signed. They will ...": both, no one
                # entity; "Workers at Acme protested. They ...": the workers.
                # Only a company that opened the sentence before is "they".
                return None
            same_block = previous is not None and self.salience.block_of.get(previous[1]) == self.salience.block_of.get(index)
            if topic is not None and self.entities[topic].kind in kinds and not same_block:
                return topic  # a block's topic outweighs the subject of another block
            return previous[0] if previous is not None else topic
        # A definite description. After a verb ("Amberfield led the
        # company's round") it is not its own clause's subject.
        country, city, head = description_cues(reference.surface, self.gazetteer, self.lexicon)
        if city is None and self._towns_told:
            city = next((self._towns_told[w.casefold()] for w in reference.surface.split()[1:-1] if w.casefold() in self._towns_told), None)
        if city is None and country is None:
            city = self._place_of_several_words(reference.surface)
        role = self.lexicon.deal_role_heads.get(head)
        if role is not None:
            # "The acquirer, founded in 1993" after "the acquisition of
            # Nemuna by Tarvo Insurance Group": the party of that role in the
            # takeover told last, in this sentence or the two before it.
            party = next(
                (parties[role] for at in (index, index - 1, index - 2) if role in (parties := self.deal_parties.get(at, {}))), None
            )
            if party is None:
                # "The buyer has grown quickly since ..." paragraphs after the
                # one takeover the story tells: that takeover's party, when
                # every deal told before names the same one in that role.
                told = {parties[role] for at, parties in self.deal_parties.items() if at < index and role in parties}
                party = told.pop() if len(told) == 1 else None
            if party is not None:
                return party
        if reference.kind == ORGANISATION:
            founders = _FOUNDED_BY_AFTER.match(text, reference.end)
            if founders is not None:
                # "The Halifax family firm, founded in 1974 by Margaret and
                # Alan Brightwell": the one company met whose name holds the
                # founders' surname.
                surnames = {w.casefold() for w in _CAPITALISED.findall(founders.group("names"))}
                named = {
                    e.id for e in self.entities
                    if e.merged_into is None and e.kind in (ORGANISATION, UNKNOWN) and e.id in self.salience.latest
                    and surnames & {w.casefold() for w in e.name.split()[:-1] or e.name.split()}
                }
                if len(named) == 1:
                    return named.pop()
        # "The Northwich-based group" of "Marbury Salt, the Cheshire-based
        # miner": a town no entity is said to be based in does not rule out
        # the document's topic (a company is told of by its county in one
        # place and its town in another); it still rules out another
        # company based elsewhere ("Nordlog, the Hamburg-based group").
        topic_city = city if city is None or city in self._home_places else None
        if reference.kind == FACILITY:
            site = _site_of_where_clause(text, reference.start, seen_here, self.entities)
            if site is None:
                site = _site_named_after(text, reference.end, self._names_here, self.entities)
            if site is not None and compatible(self.entities[site], reference.kind, country, city, head):
                return site
        # "Velmora agreed to buy the Boston company": the object of a verb is
        # not its subject, here or met before.
        doers: set[int] = set()
        bought_here = _TARGET_OF_A_DEAL.search(text, max(0, reference.start - 30), reference.start) or _PAID_FOR.search(
            text, max(0, reference.start - 60), reference.start
        )
        if bought_here:
            # "The Leeds-based consolidator ... paid £12.3 million for the
            # business" after "Marram completed its acquisition of
            # Kindlewood": what was bought in the one takeover told so far.
            targets = {parties["target"] for at, parties in self.deal_parties.items() if at <= index and "target" in parties}
            if len(targets) == 1:
                target = targets.pop()
                # (A workshop or a mill bought, "Pellow Bats, a Worcester
                # workshop", is the business paid for: a site is sold with
                # its trade.)
                site_sold = self.entities[target].kind == FACILITY and reference.kind == ORGANISATION and head in self.lexicon.trading_heads
                if site_sold or compatible(self.entities[target], reference.kind, country, city, head):
                    return target
        if bought_here or _object_verb_before(text, reference.start):
            doers = {
                e for e, s, is_subject in seen_here
                if is_subject and s < reference.start and not _CLAUSE_BETWEEN.search(text, s, reference.start)
            }
            seen_here = [(e, s, is_subject) for e, s, is_subject in seen_here if not is_subject]
        elif reference.kind == FACILITY and _GOVERNED_SITE_BEFORE.search(text, max(0, reference.start - 12), reference.start):
            # "Lanternhouse paid £85.5 million for the block": a site a
            # preposition governs after the clause's verb is not the clause's
            # subject, who does things to it ("Barka North: the QDC plant
            # delivers" is a label and its subject).
            doers = {e for e, s, is_subject in seen_here if is_subject and s < reference.start and ":" not in text[s : reference.start]}
        elif _SUBORDINATE_OPENS_BEFORE.search(text, max(0, reference.start - 12), reference.start) and _DOES_TO_IT_AFTER.match(text, reference.end):
            # "Pennock has been part of the Koskela group since the Finnish
            # firm bought it": what the clause's "it" is, the sentence's
            # subject, is not who did it to it.
            doers = {e for e, s, is_subject in seen_here if is_subject and s < reference.start}
        if (
            self.turn_voice is None and self.issuer is not None and (country is not None or city is not None)
            and (self._speaks_in_the_first_person(text, reference) or self.salience.block_of.get(index) in self._voiced_blocks)
        ):
            # "The Partick-based firm, which had revenue of £31.4 million,
            # gives us a business in Scotland": a company that writes its own
            # document, as "we" in a sentence, does not tell where it is based
            # there, nor in a paragraph it writes as "we" ("Countryway, our
            # largest holding, ... The Bury St Edmunds company now runs 38
            # shops"): the place describes another company. (Not so "the
            # company" or "the Group", which its own report calls itself
            # beside "our headcount".)
            doers.add(self.issuer)
        elif (
            self.turn_voice is None and self.first_person is not None and len(reference.surface.split()) > 2
            and self._speaks_in_the_first_person(text[: reference.start], reference)
        ):
            # "We were sorry to lose Brightwell from our list when the family
            # business was sold": a writer that has said "we" in the sentence
            # does not go on to describe itself by a modified description (a
            # bare "the Group" beside "our headcount" may still be its own).
            doers.add(self.first_person)
        in_sentence = [(e, index, is_subject) for e, s, is_subject in reversed(seen_here) if s < reference.start]
        latest = self.salience.latest
        here: dict[int, tuple[int, int, bool]] = {}  # entity -> its row in the sentence: (rank, sentence, subject)
        for rank, (entity_id, sentence, is_subject) in enumerate(in_sentence):
            row = here.setdefault(entity_id, (rank, sentence, is_subject))
            if is_subject and not row[2]:
                # "Its statement says it carried 5,900 passengers, and the
                # firm raised £1.3m": the entity the sentence opened on is its
                # subject, though named last as an object.
                here[entity_id] = (row[0], row[1], True)
        for entity_id, (rank, sentence, is_subject) in list(here.items()):
            met = latest.get(entity_id)
            if not is_subject and met is not None and met[1] == index - 1 and met[2]:
                # "Rotorvista has operated flights since 2021. Its statement
                # says it carried 5,900 passengers, and the firm raised £1.3m":
                # the last sentence's subject, told of again, is still the one
                # the story follows.
                here[entity_id] = (rank, sentence, True)
        described = self._described_with(head)
        generic = head in self.lexicon.generic_heads
        national = head in _NATIONAL_HEADS and country is None and self.document_country is not None
        # The two best candidates: the ranking sorts them first, and the
        # entities are distinct, so the two smallest keys settle it.
        best: tuple[tuple, int] | None = None
        second: tuple[tuple, int] | None = None
        own_item = self.salience.block_of.get(index) if self.salience.block_of.get(index) in self.item_blocks else None

        def outside_item(sentence: int) -> bool:
            return own_item is not None and self.salience.block_of.get(sentence, own_item) != own_item

        block = self.salience.block_of.get(index)
        topic_met = self.salience.latest.get(self.document_topic) if self.document_topic is not None else None
        # The story's topic not met in this paragraph, here or before.
        paragraph_turned = self.document_topic is not None and self.document_topic not in here and (
            topic_met is None or self.salience.block_of.get(topic_met[1]) != block
        )

        # Names of no known kind a locative governs here ("her house in Redland"): places, no party.
        placed_here = {
            e for e, s, _ in seen_here
            if s < reference.start and self.entities[e].kind == UNKNOWN and _HOME_IN_A_PLACE.search(text, max(0, s - 30), s)
        }

        def offer(entity_id: int, sentence: int, is_subject: bool, rank: int) -> None:
            nonlocal best, second
            entity = self.entities[entity_id]
            if sentence == index and entity_id in placed_here:
                return
            if entity.publication:
                return  # the outlet that tells the story is never what "the chain" means
            if entity.former_name and sentence != index:
                return  # "The club now has 28 tables" after it "opened in 1974 as the Attercliffe Cue Club"
            if head in self.lexicon.site_heads and not self._a_site(entity):
                return  # "The building partially collapsed" is no "Savarino Companies" nor "Department of Buildings"
            if head in self.lexicon.trading_heads and self._no_trading_business(entity):
                return  # "the business" is no "Coastal Communities Marine Fund", no "Guild of ..."
            if head in self.lexicon.strict_heads and described.get(entity_id, 2) == 2 and _written_head(entity) != head:
                return  # "the committee" is a body named or called a committee
            home_city = topic_city if entity_id == self.document_topic else city
            if (
                entity_id in doers
                or not (
                    compatible(entity, reference.kind, country, home_city, head)
                    # "Serena Waterways" is a cruise line: "the line" may be it
                    # though a line is most often a facility.
                    or (entity_id in described and _home_agrees(entity, country, home_city))
                )
                or self._other_trade(entity, head)
                or self._other_kind_of_site(entity, reference.kind, head)
            ):
                return
            if country is not None and self._homes_told.get(entity_id, country) != country:
                return
            told_year = self.founding_told.get(reference.start)
            if told_year is not None and self.founded.get(entity_id, told_year) != told_year:
                return  # "The brewer, founded in 1927" is not the brewer "set up in 2011"
            if _TOLD_KINDS.get(self._kinds_told.get(entity_id, reference.kind)) != _TOLD_KINDS.get(reference.kind):
                return  # told a company, it is no facility or product (and the other way round)
            key = (
                # (The document's topic, when the head describes it or its
                # name implies it, is no farther for standing outside the
                # item: in "RESOLVED: that Calder Skip Hire Ltd be appointed
                # as the committee's contractor", the committee is the
                # minutes' own.)
                outside_item(sentence) and not (entity_id == self.document_topic and described.get(entity_id, 2) < 2),
                described.get(entity_id, 2),
                # "the company" (a word any company is described by): one the
                # text has told of as a company or described, or what its block
                # is about, or the subject of its latest sentence, or the
                # story's topic unless the text tells of another name as a
                # company, before a name of no kind ("Hollis Orgelmakers",
                # whose employees travelled, before the concert hall of the title).
                generic and not (
                    entity.kind == ORGANISATION or entity.told_company or bool(entity.descriptors) or entity_id == topic
                    # ("The Blairgowrie firm" after "Thistledown Preserves of
                    # Blairgowrie": the place cue says which, whatever its kind.)
                    or ((country is not None or city is not None) and _home_told(entity, country, city))
                    or (is_subject if entity_id != self.document_topic else not self._another_told_company)
                ),
                # "The Vilnius insurer" after "Nemuna, the Lithuanian motor
                # insurer": a place cue that agrees with where a company is
                # said to be based outweighs one that only does not contradict it.
                (country is not None or city is not None) and not _home_told(entity, country, city),
                not _same_kind(entity.kind, reference.kind),
                # "In Quimper, Cidrerie Kervella is doing something similar.
                # The family company had sales of ...": in a paragraph the
                # story's topic has not entered, a subject the paragraph
                # opened a sentence on outweighs the topic.
                not (
                    is_subject and entity_id != self.document_topic and paragraph_turned and self.led_by.get(sentence) == entity_id
                    and self.salience.block_of.get(sentence) == block
                ),
                entity_id != topic,
                entity_id != self.document_topic,
                not is_subject,
                index - sentence,
                rank,
            )
            if best is None or (key, entity_id) < best:
                best, second = (key, entity_id), best
            elif second is None or (key, entity_id) < second:
                second = (key, entity_id)

        if topic is not None and topic not in here and topic not in latest:
            offer(topic, index, True, -1)  # the topic, never met: (..., False, ..., False, 0, -1)
        # The entities met that the description names or their names imply,
        # the topics, the public bodies a public head may mean and those said
        # to be based where the description's cue says are few and looked
        # up. A long document has met thousands of entities, and each
        # description was weighed against all of them.
        history_end = len(in_sentence) + len(self.salience.history) - 1
        looked_up = {*described, topic, self.document_topic}
        if head in _PUBLIC_HEADS:
            looked_up |= self._public_bodies
        cued = country is not None or city is not None
        if cued:
            looked_up |= self._based_in(country, city)
        for entity_id in looked_up:
            if entity_id in here:
                rank, sentence, is_subject = here[entity_id]
                offer(entity_id, sentence, is_subject, rank)
            elif entity_id in latest:
                position, sentence, is_subject = latest[entity_id]
                offer(entity_id, sentence, is_subject, history_end - position)
        # The others of this sentence rank before any met earlier.
        for rank, (entity_id, sentence, _) in enumerate(in_sentence):
            if here[entity_id][0] == rank and entity_id not in looked_up:
                offer(entity_id, sentence, here[entity_id][2], rank)
        # The others met earlier can be meant only by their kind (see
        # ``_kinds_meant``). They are walked in groups whose keys agree in
        # their first seven parts but the second (not described, not a
        # topic, the cue's home not told: by kind, alike or not, and by role
        # at the latest mention), each most recent first: once the second
        # best ranks before the best key the entity a group comes to can
        # have (told of as a company, for a generic word), no later one of
        # the group can enter the two.
        kinds = _kinds_meant(reference.kind, head) & self._kinds_met
        alike = {kind for kind in kinds if _same_kind(kind, reference.kind)}
        for other_kind, group_kinds in ((False, alike), (True, kinds - alike)):
            for subject in (True, False):
                for entity_id, sentence, is_subject, rank in self.salience.recent(group_kinds, subject, here, len(in_sentence)):
                    if second is not None and second[0] < (
                        outside_item(sentence), 2, False, cued, other_kind, False, True, True, not subject, index - sentence, rank
                    ):
                        break
                    if entity_id not in looked_up:
                        offer(entity_id, sentence, is_subject, rank)
        # Of the best key: whether it is not described, not the block's topic,
        # not the story's topic, and not a subject where it was met last.
        best_described, not_topic, not_story_topic, not_subject = (best[0][1], *best[0][-5:-2]) if best is not None else (2, False, False, False)
        if len(described) == 1 and reference.kind == ORGANISATION and (
            best is None
            # (Over a name met that is no topic, never a subject and of no
            # known kind, as a town is: "at a fair in Malton"; never over the
            # operator a story follows, "The operator" before another named later.)
            or (best_described == 2 and not_topic and not_story_topic and not_subject and self.entities[best[1]].kind == UNKNOWN)
        ):
            # "he founded the circus in 1961 with Maud" before the story names
            # "Circus Valentina": the one name of the document that says it is
            # what the description calls it, though named later, over any
            # name met that says nothing of it.
            ahead = next(iter(described))
            named_here = {entity_id for entity_id, _, _ in self._names_here}
            if ahead not in here and ahead not in latest and ahead not in doers and ahead not in named_here and compatible(
                self.entities[ahead], reference.kind, country, city, head
            ):
                return ahead
        # Two entities equally described, equally topical, both subjects of
        # the same recent sentence: the reference is ambiguous.
        if national and best is not None and country is None and best[1] in self._called_government:
            return best[1]  # "pay the Sudanese government $8m. The government will also receive 70%"
        if national and (best is None or best[0][1] != 0 or (second is not None and best[0][:10] == second[0][:10])):
            # "The government" of a story whose title names one country, when
            # no other country was called a government ("the Sudanese
            # government") and the text does not settle which: the title's
            # country, not one named in passing ("banned in the EU").
            return self.document_country
        if best is None and city is not None:
            # "**Doncaster.** The Doncaster group's turnover ..." over a table
            # that gives Brackenridge Group's base as Doncaster: the one
            # company the text says is based in the cue's town, named later.
            based = [e for e in self._based_in(None, city) if self.entities[e].kind in (ORGANISATION, UNKNOWN) and _home_told(self.entities[e], None, city)]
            if len(based) == 1 and compatible(self.entities[based[0]], reference.kind, country, city, head):
                return based[0]
        if best is None or (second is not None and best[0][:10] == second[0][:10]):
            return None
        if head in _NATIONAL_HEADS and country is not None and self.entities[best[1]].kind == COUNTRY:
            self._called_government.add(best[1])  # "the Sudanese government": a government the text named
        return best[1]


# A speaker saying what body she sits on, right before its name: "I'm on the
# committee of the ", "I am a trustee of ", "I'm the treasurer of ".
_SITS_ON_BEFORE = re.compile(
    r"\bI(?:'m|\u2019m|\s+am|\s+was|\s+sit)\s+(?:on\s+the\s+(?:committee|board|council|executive)|a\s+(?:trustee|director|member|"
    r"committee\s+member|board\s+member|governor)|(?:the\s+)?(?:chair|chairman|chairwoman|secretary|treasurer|president))\s+of\s+(?:the\s+)?$"
)


# A quotation, with its marks: what a speaker says speaks in the speaker's voice.
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")
_WORD = re.compile(r"[A-Za-z]+")
# A field's label ("Applicant: ") opening the text, or a field after a dot or
# a bar set off by spaces ("Claimant: ... · Respondent: ...").
_FIELD_LABELS = re.compile(r"(?:^|(?<=\s[\u00b7|]\s))\s*([A-Z][a-z]+)\s*:\s*")
# Between a case's two parties: "Kowalczyk v Brightpress", "Smith v. Jones".
_VERSUS = re.compile(r"(?<=\S)\s+v\.?\s+(?=[A-Z])")
# Pronouns opening an answer's sentence that stand for what the question asked about.
_ANSWERING_PRONOUNS = frozenset({"They", "Their", "It", "Its"})


def _opens_a_turn(text: str, start: int) -> bool:
    """Whether ``start`` is where a transcript's turn opens, right after its
    speaker's label ("[02:44] HELEN: They ...") and any opening quote."""
    label = speaker_label_end(text)
    return 0 < label <= start and not text[label:start].strip(" \t\"'\u201c\u2018")
# The roles of the party named after "v".
_ANSWERING_ROLES = frozenset({"respondent", "defendant"})
