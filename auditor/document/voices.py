"""Whose voice each quotation is: the organisation its speaker speaks for.

'"We poured 412,000 ounces in 2024," said Graham Okafor, chief executive of
Sablegate' is Sablegate's "we"; '"Our order book is full," said Nils Brandt,
an analyst at Halden Securities' is Halden's, whoever the story is about.
A quotation's speaker is told in the clause after it (", said X, title of
Y") or before it ("X said: "). The organisation is the one that clause
names; else the one the text elsewhere names as the speaker's employer
("Okafor said" after "Graham Okafor, Sablegate's chief executive"); else,
for a speaker with an executive's title and no employer named ("said
President and CEO Graham Okafor"), the company whose own document it is,
else the organisation it is about, else the one its lead sentence opens on.
A quotation nobody is said to speak is nobody's here.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable, NamedTuple, Sequence

from auditor.document.coreference import Entity, full_entity
from auditor.document.lexicon import ORGANISATION, PERSON, UNKNOWN

__all__ = ["NamedSpan", "lead_subject", "named_spans", "quotation_voices"]


class NamedSpan(NamedTuple):
    """A name in the document (absolute offsets) and the entity it names."""

    start: int
    end: int
    entity: int


# The clause after a quotation's closing mark, to the end of its sentence
# or line: ', said Graham Okafor, chief executive of Sablegate.'
_AFTER = re.compile(r"[\"\u201d]\s*[,.]?[ \t]*(?P<clause>[^\n\"\u201c\u201d]{0,160}?)(?:[.!?;](?=\s|$)|\n|$)")
# What ends the clause before a quotation, looking back from its opening mark.
_CLAUSE_BREAKS = ("\n", ".", "!", "?", '"', "\u201c", "\u201d")
# A word of the clause: how the speaker verbs and the title words are found.
_WORD = re.compile(r"[\w'\u2019-]+")
# How far from a speaker's name its title and employer are looked for
# elsewhere in the text ("Graham Okafor, Sablegate's chief executive").
_EMPLOYER_REACH = 70
# A title whose employer is told but not named: "owner of a 20-cow dairy
# farm", "a buyer at a Dutch chain". Not the company the document is about.
_SOME_OTHER_EMPLOYER = re.compile(r"\b(?:of|at|for|with)\s+(?:a|an|another|one)\b", re.IGNORECASE)
_TAIL = re.compile(r"[^,.;:!?()\n]{0,30}")
_SENTENCE_END = re.compile(r"[.;:!?](?:\s|$)")


def quotation_voices(
    text: str,
    quoted: Sequence[tuple[int, int]],
    names: Sequence[NamedSpan],
    entities: Sequence[Entity],
    speaker_verbs: frozenset[str],
    executive_words: frozenset[str],
    executives_company: int | None,
) -> dict[tuple[int, int], int]:
    """Each quotation (its inside's span) a speaker is said to speak, and the
    organisation that speaker speaks for."""
    organisations = _Names([n for n in names if _speaks_for(entities[n.entity])])
    # A speaker may be named as a person, or by a name of unknown kind.
    people = _Names([n for n in names if entities[n.entity].kind in (PERSON, UNKNOWN)], text)
    company = executives_company if executives_company is not None and _speaks_for(entities[executives_company]) else None
    employers: dict[tuple[int, str], int | None] = {}  # a speaker's employer, found once per speaker
    titled: dict[tuple[int, str], bool] = {}  # whether a speaker is given an executive's title, asked once per speaker
    voices: dict[tuple[int, int], int] = {}
    last_told: tuple[int, int] | None = None  # the last attributed quotation's voice and where its clause ends
    for start, end in quoted:
        clause = _attribution(text, start, end, speaker_verbs)
        if clause is None:
            # '"...," Brannigan said. "We opened our first London boutique
            # ..."': a quotation right after a spoken one, with nothing
            # between but the speaker's clause, goes on in that voice.
            if last_told is not None and not text[last_told[1] : start].strip(" \t.,;\"'\u201c\u201d\u2018\u2019"):
                voices[(start, end)] = last_told[0]
            continue
        named = [n for n in organisations.within(*clause) if not _the_speaker(text, n, clause, entities, speaker_verbs)]
        voice = _one(n.entity for n in named if _employer_named(text, n, clause, entities, executive_words))
        if voice is None and not named:
            speakers = [
                n for n in people.within(*clause)
                if entities[n.entity].kind == PERSON or _the_speaker(text, n, clause, entities, speaker_verbs)
            ]
            found = []
            titled_elsewhere = False
            for speaker in speakers:
                key = (speaker.entity, _surname(text, speaker))
                if key not in employers:
                    employers[key] = _employer(text, key, people, organisations, executive_words)
                found.append(employers[key])
                if key not in titled:
                    titled[key] = _titled_where_named(text, key, people, executive_words)
                titled_elsewhere = titled_elsewhere or titled[key]
            voice = _one(e for e in found if e is not None)
            if voice is None and company is not None and titled_elsewhere and not any(e is not None for e in found):
                # '"...," Brannigan said' after "chief executive Fiona
                # Brannigan said": an executive named with no employer
                # speaks for the company the text is about.
                voice = company
        told = text[clause[0] : clause[1]]
        if voice is None and not named and company is not None and _titled(told, executive_words) and not _SOME_OTHER_EMPLOYER.search(told):
            voice = company
        if voice is not None:
            voices[(start, end)] = voice
        last_told = (voice, max(clause[1], end)) if voice is not None else None
    return voices


class _Names:
    """Names in reading order, found by where they stand (a quotation's
    clause, a speaker's surroundings) without a pass over all of them."""

    def __init__(self, names: Sequence[NamedSpan], text: str = ""):
        self.names = sorted(names)
        self._starts = [n.start for n in self.names]
        self.by_entity: dict[int, list[NamedSpan]] = {}
        self.by_surname: dict[str, list[NamedSpan]] = {}
        for name in self.names:
            self.by_entity.setdefault(name.entity, []).append(name)
            if text:
                self.by_surname.setdefault(_surname(text, name), []).append(name)

    def within(self, start: int, end: int) -> list[NamedSpan]:
        """The names that start in ``[start, end)``."""
        return self.names[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]


def _surname(text: str, name: NamedSpan) -> str:
    return text[name.start : name.end].split()[-1]


def _the_speaker(text: str, name: NamedSpan, clause: tuple[int, int], entities: Sequence[Entity], speaker_verbs: frozenset[str]) -> bool:
    """Whether a name of an attribution clause is the speaker: one not known
    for an organisation, right beside the verb ('explained O'Leary', '"...,"
    Rice said') or opening the clause ("Mirela Dobre, Haverstock's chief
    executive, said"). A company may speak itself ('"We are pleased,"
    Vortell Group said')."""
    if entities[name.entity].kind == ORGANISATION:
        return False
    before = _WORD.findall(text[clause[0] : name.start])
    after = _WORD.findall(text[name.end : clause[1]])
    return (
        not before
        or (before[-1].casefold() in speaker_verbs and not text[name.start - 1 : name.start].strip())
        or bool(after and after[0].casefold() in speaker_verbs and not text[name.end : name.end + 1].strip())
    )


def _employer_named(text: str, name: NamedSpan, clause: tuple[int, int], entities: Sequence[Entity], executive_words: frozenset[str]) -> bool:
    """Whether a name of an attribution clause, other than the speaker, is
    whom the speaker speaks for: a company, or a name of unknown kind where
    the clause gives the speaker a title ("said Inge Vos, head of research at
    Kroon") or the name owns the speaker ("Vortell's Ana Lund said")."""
    if all(word.casefold() in executive_words for word in _WORD.findall(text[name.start : name.end])):
        return False  # "said Chief Executive Harriet Lowe": a title read as a name
    if entities[name.entity].kind == ORGANISATION:
        return True
    return _titled(text[clause[0] : clause[1]], executive_words) or text.startswith(("'s", "\u2019s"), name.end)


def _speaks_for(entity: Entity) -> bool:
    return entity.kind in (ORGANISATION, UNKNOWN) and not entity.publication


def _one(found: Iterable[int]) -> int | None:
    distinct = set(found)
    return distinct.pop() if len(distinct) == 1 else None


def _attribution(text: str, start: int, end: int, speaker_verbs: frozenset[str]) -> tuple[int, int] | None:
    """The span of the clause that says who speaks the quotation whose inside
    is ``text[start:end]``: after it, else before it; None when neither
    clause has a verb of saying."""
    after = _AFTER.match(text, end)
    # A quotation that ends its sentence ('... for 11 years." Sam Kennedy
    # explained that ...') is followed by a sentence of its own.
    ended = text[end - 1 : end] in (".", "!", "?") and not after.group("clause")[:1].islower() if after is not None else True
    if after is not None and not ended and _says(after.group("clause"), speaker_verbs):
        return after.span("clause")
    # Back from the opening mark to the sentence's start or a quotation's
    # mark, at most 160 characters: 'X, Sablegate's chief executive, said: "'.
    if start < 2 or text[start - 1] not in "\"\u201c":
        return None
    mark = start - 1
    begin = max(max(text.rfind(c, max(0, mark - 161), mark) for c in _CLAUSE_BREAKS) + 1, mark - 160)
    clause_end = mark
    while clause_end > begin and text[clause_end - 1] in " \t":
        clause_end -= 1
    if clause_end > begin and text[clause_end - 1] in ":,":
        clause_end -= 1
    if begin < clause_end and _says(text[begin:clause_end], speaker_verbs):
        return begin, clause_end
    return None


def _says(clause: str, speaker_verbs: frozenset[str]) -> bool:
    return any(word.casefold() in speaker_verbs for word in _WORD.findall(clause))


def _titled(clause: str, executive_words: frozenset[str]) -> bool:
    return any(word.casefold() in executive_words for word in _WORD.findall(clause))


def _employer(
    text: str,
    speaker: tuple[int, str],
    people: _Names,
    organisations: _Names,
    executive_words: frozenset[str],
) -> int | None:
    """The one organisation the text names beside the speaker (its entity and
    surname) with a title between them, wherever it names the speaker
    ("Graham Okafor, Sablegate's chief executive", "Sablegate chief
    executive Graham Okafor"): "Dobre said" after "Mirela Dobre,
    Haverstock's chief executive" is the same speaker, whether or not the
    names were joined."""
    entity, surname = speaker
    found = set()
    for mention in sorted(set(people.by_entity.get(entity, ())) | set(people.by_surname.get(surname, ()))):
        for organisation in organisations.within(mention.start - _EMPLOYER_REACH - 80, mention.end + _EMPLOYER_REACH + 1):
            if organisation.entity == mention.entity:
                continue
            if 0 <= organisation.start - mention.end <= _EMPLOYER_REACH:
                between = text[mention.end : organisation.start]
            elif 0 <= mention.start - organisation.end <= _EMPLOYER_REACH:
                between = text[organisation.end : mention.start]
            else:
                continue
            # "Graham Okafor, Sablegate's chief executive": the title may
            # follow the later name, up to the clause's next mark.
            tail = _TAIL.match(text, max(mention.end, organisation.end)).group(0)  # type: ignore[union-attr]
            if '"' in between or "\u201c" in between or "\u201d" in between:
                continue  # '"... the Calder Joint Waste Committee," said chief executive Sam Booth': a name the quotation spoke
            if "\n" not in between and not _SENTENCE_END.search(between) and _titled(between + tail, executive_words):
                found.add(organisation.entity)
    return found.pop() if len(found) == 1 else None


def _titled_where_named(text: str, speaker: tuple[int, str], people: _Names, executive_words: frozenset[str]) -> bool:
    """Whether the text gives the speaker a company executive's title, in
    lower case, right before one of its names ("chief executive Fiona
    Brannigan"; not a head of state's "President Obama")."""
    entity, surname = speaker
    for mention in set(people.by_entity.get(entity, ())) | set(people.by_surname.get(surname, ())):
        before = _WORD.findall(text[max(0, mention.start - _EMPLOYER_REACH) : mention.start])[-3:]
        if any(word in executive_words for word in before):  # as written: "chief executive", not "President"
            return True
    return False


def named_spans(
    starts: Sequence[int], names_by_sentence: Sequence[Sequence[object]], assigned: Sequence[Sequence[int]], entities: Sequence[Entity]
) -> list[NamedSpan]:
    """Every name of the document at its absolute offsets, with the entity
    it names after short forms are folded into full names."""
    found = []
    for offset, names, ids in zip(starts, names_by_sentence, assigned):
        for name, entity_id in zip(names, ids):
            found.append(NamedSpan(offset + name.start, offset + name.end, full_entity(entities, entity_id)))  # type: ignore[attr-defined]
    return found



def lead_subject(text: str, lead: tuple[int, int], names: Sequence[NamedSpan], entities: Sequence[Entity]) -> int | None:
    """The organisation the lead sentence (``lead``, after any dateline) opens
    on: "TORONTO, November 5, 2025 - Sablegate Gold Corp. (TSX: SGC) today
    reported ..." is Sablegate's story."""
    first = next((n for n in names if lead[0] <= n.start < lead[1]), None)
    if first is None or text[lead[0] : first.start].strip(" \t*_-\u2013\u2014,:"):
        return None
    return first.entity if _speaks_for(entities[first.entity]) else None
