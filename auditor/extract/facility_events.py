"""The facility a dated event happened to.

A plant is built, commissioned, opened and closed once; its owner does each
of these many times, once per plant. "Its factory in Lodz, which opened in
October 2024", "the opening of Kaldera's factory in Lodz in May 2024" and
"The plant opened in 2017" (the plant the text told of before) date the
facility's event, whoever the sentence's subject is. The date is kept with
the facility, by the name the document model gives it, and with its owner
when the sentence says whose it is: two plants of one owner stay two events,
and one plant told of by its owner in one story and by itself in another is
one event.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from auditor.document import DocumentModel, SentenceModel
from auditor.extract.entities import Mention

# Kinds of entity a facility can be known by: its own kind, a place it is
# named after ("the Brno plant"), or a name the document could not type.
_FACILITY_KINDS = frozenset({"facility", "place", "unknown"})
_OWNER_KINDS = frozenset({"organisation", "unknown"})
# How far before its event a facility may be named, in words (", which
# opened in", "The plant, the firm's first at commercial scale, was commissioned").
_WORDS_BEFORE = 14
_WORD = re.compile(r"\S+")
# An object of the event's verb right after it that is no facility of the
# text: "The Brno plant opened its second line in 2024" dates the line.
_OBJECT_AFTER = re.compile(r"\s+(?:its|their|a|an|the|his|her|our|two|three|\d+)\s+\S", re.IGNORECASE)


# After a verb of opening (and the site it opened, "a centre"), the town
# it opened in: "opened in Nottingham", "opened a centre in Nottingham".
_IN_A_TOWN = re.compile(r",?\s+in\s+(?=[A-Z])")


def _site_in_a_town(
    model: DocumentModel, reading: SentenceModel, event_end: int, limit: int, facility_nouns: re.Pattern[str]
) -> FacilityTold | None:
    """The site an event's verb tells by the town it opened in, right after
    the verb ("opened in Nottingham in 2018", "opened a centre in
    Nottingham"): a facility named after that town, as "the Nottingham
    centre" is."""
    site = facility_nouns.match(reading.masked, event_end)
    match = _IN_A_TOWN.match(reading.masked, site.end() if site is not None else event_end)
    if match is None:
        return None
    for name, entity_id in zip(reading.names, reading.name_entities):
        entity = model.entities[entity_id]
        if name.start == match.end() and name.end <= limit and entity.kind == "place" and not name.possessive:
            return FacilityTold(entity.name, name.surface, None, after_the_verb=True)
    return None


class FacilityTold(NamedTuple):
    name: str  # the facility's name in the document model ("Lodz", "Penrith")
    surface: str
    owner: Mention | None  # whose it is, when the sentence says so
    # Named after the event's verb ("Tarn commissioned the Holm Point plant"):
    # the verb's subject did it to its own facility.
    after_the_verb: bool = False


class _Candidate(NamedTuple):
    start: int
    end: int
    name: str
    surface: str
    owner: Mention | None
    by_name: bool = False  # named, not described ("Tema", not "the plant")


def facility_of_event(
    model: DocumentModel,
    reading: SentenceModel,
    mentions: Sequence[Mention],
    event_start: int,
    event_end: int,
    date_start: int,
    clause: tuple[int, int],
    part_words: re.Pattern[str],
    facility_nouns: re.Pattern[str],
    subject: str | None = None,
) -> FacilityTold | None:
    """The facility the event phrase at ``text[event_start:event_end]``
    happened to: the one it names between the phrase and its date ("opened
    its plant in Lisbon", "the opening of Kaldera's factory in Lodz"), else
    the nearest named before it in its sentence (the subject, or the
    antecedent of ", which opened"; the sentence's own subject, when its
    reading found it a facility, over a nearer one named in passing), else,
    in a wire's first sentence, the dateline's place. A part of the facility
    ("a second hall", "phase two of the plant") is a facility of its own,
    named after the whole; None when the event is of nothing the document
    knows as one."""
    text = reading.masked
    candidates = _candidates(model, reading, mentions)
    if not candidates:
        town = _site_in_a_town(model, reading, event_end, date_start if date_start >= event_end else clause[1], facility_nouns)
        if town is not None:
            return town
        described = _described_at_the_dateline(model, reading, event_start)
        return _at_the_dateline(model, reading, event_end, date_start, clause, facility_nouns) or (described[1] if described else None)
    if subject is not None:
        # The event's subject, where the sentence's reading found it a
        # facility ("Gotthard Base Tunnel ..., parallel to the Lotschberg with
        # a planned completion date of 2012"), over a nearer one it names.
        own = [c for c in candidates if c.name == subject and c.by_name and c.end <= event_start]
        if own:
            candidates = [c for c in candidates if c.start >= event_end] + own[-1:]
            candidates.sort()
    # "opened its plant in Lisbon in 2022": named between the verb and its
    # date; "In 2019 Acme opened its Lisbon plant": before the clause ends.
    limit = date_start if date_start >= event_end else clause[1]
    after = [c for c in candidates if event_end <= c.start and c.end <= limit]
    if after:
        chosen = after[0]
        part = part_words.search(text, event_end, chosen.start) or _part_in_surface(chosen, part_words)
        if part is not None:
            return _part_of(chosen, part)  # "opened a new line at its Porto plant": the line's opening
        return FacilityTold(chosen.name, chosen.surface, chosen.owner, after_the_verb=True)
    else:
        town = _site_in_a_town(model, reading, event_end, limit, facility_nouns)
        if town is not None:
            return town
        thing = _OBJECT_AFTER.match(text, event_end)
        if thing is not None and thing.end() <= limit:
            # "The Brno plant opened its second line in 2024": the line's; "opened
            # its first plant outside Europe" under a dateline: the dateline's place's.
            return _at_the_dateline(model, reading, event_end, date_start, clause, facility_nouns)
        before = [c for c in candidates if c.end <= event_start and ";" not in text[c.end : event_start]]
        described = _described_at_the_dateline(model, reading, event_start)
        if not before or (described is not None and before[-1].start <= described[0]):
            # No site named before the event, or none after the description (which may itself
            # have been read as the story's company).
            return _at_the_dateline(model, reading, event_end, date_start, clause, facility_nouns) or (described[1] if described else None)
        chosen = before[-1]
        if len(_WORD.findall(text, chosen.end, event_start)) > _WORDS_BEFORE:
            return None
        part = (
            part_words.search(text, max(0, chosen.start - 40), chosen.start)
            or _part_in_surface(chosen, part_words)
            or part_words.search(text, own_head_end(text, chosen.end), event_start)
        )
        if part is not None:
            return _part_of(chosen, part)  # "the second phase of the Lodz plant, which opened in 2025"
        if chosen.owner is None:
            # "the training academy in Gloucester that Thermavale opened in
            # 2023": the relative clause's own subject opened it, its owner.
            doer = _relative_subject(text, mentions, chosen.end, event_start)
            if doer is not None:
                return FacilityTold(chosen.name, chosen.surface, doer)
    return FacilityTold(chosen.name, chosen.surface, chosen.owner)


# What stands between a facility and a verb of its event when the verb's
# subject is named in a relative clause: "... Gloucester that Thermavale opened".
_THAT_BEFORE_A_NAME = re.compile(r",?\s+(?:that|which)\s+$")
_AUXILIARY_AFTER_A_NAME = re.compile(r"\s+(?:(?:had|has|have)\s+)?$")


def _relative_subject(text: str, mentions: Sequence[Mention], facility_end: int, event_start: int) -> Mention | None:
    """The organisation named as the subject of a relative clause between a
    facility and its event's verb, if one is."""
    for mention in mentions:
        if (
            facility_end <= mention.start and mention.end <= event_start and mention.type in _OWNER_KINDS
            and not mention.possessive
            and _THAT_BEFORE_A_NAME.fullmatch(text, facility_end, mention.start)
            and _AUXILIARY_AFTER_A_NAME.fullmatch(text, mention.end, event_start)
        ):
            return mention
    return None


# The nouns right after a facility's name are its own ("The Marlow Bay tram
# extension", "Frostline's Brno plant"), not a part of it; a possessive ends
# them ("the Lisbon plant's new line").
_OWN_HEAD = re.compile(r"(?:\s+[a-z][a-z-]*(?![\w'\u2019]))+")


def own_head_end(text: str, name_end: int) -> int:
    """Where the nouns right after a name end ("Marlow Bay| tram extension|,")."""
    own = _OWN_HEAD.match(text, name_end)
    return own.end() if own is not None else name_end


def _part_in_surface(facility: _Candidate, part_words: re.Pattern[str]) -> re.Match[str] | None:
    """A part its own description names ("its second line"); a single noun
    there ("the tram extension") is what the facility is."""
    part = part_words.search(facility.surface)
    return part if part is not None and " " in part.group(0).strip() else None


def _part_of(facility: _Candidate, part: re.Match[str]) -> FacilityTold:
    """A part of a facility, known as the facility's: "Gyor's second
    machining hall" is no date of Gyor's opening, and is one of its own."""
    words = " ".join(part.group(0).casefold().split())
    return FacilityTold(f"{facility.name} {words}", part.group(0), facility.owner)


def part_told_after(text: str, subject: Mention, event_start: int, part_words: re.Pattern[str]) -> FacilityTold | None:
    """A part named between a subject and its event ("Gyor's capacity rises
    after a second machining hall opens in 2026"): the part's event, not the
    subject's, the part known as the subject's."""
    if not 0 < subject.end <= event_start:
        return None
    part = part_words.search(text, own_head_end(text, subject.end), event_start)
    if part is None:
        return None
    return _part_of(_Candidate(subject.start, subject.end, subject.name, subject.surface, subject), part)


def _at_the_dateline(
    model: DocumentModel,
    reading: SentenceModel,
    event_end: int,
    date_start: int,
    clause: tuple[int, int],
    facility_nouns: re.Pattern[str],
) -> FacilityTold | None:
    """"MONTERREY, Sept 15 - Dravik opened its first plant outside Europe on
    Monday": a facility the story's first sentence leaves unnamed is where
    its dateline is written from."""
    dateline = model.layout.dateline
    if dateline is None or not (reading.span.start <= dateline.start < reading.span.end):
        return None
    limit = date_start if date_start >= event_end else clause[1]
    told = facility_nouns.match(reading.masked, event_end)
    if told is None or told.end() > limit:
        return None
    surface = reading.masked[told.start() : told.end()].strip()
    town = _town_after_the_date(model, reading, date_start, clause[1])
    if town is not None:
        # "LEICESTER - Photon Forge opened its tenth arena on Saturday at the
        # Meteor Centre in Derby": the clause says where, after its date.
        return FacilityTold(town, surface, None, after_the_verb=True)
    place = " ".join(model.document.text[dateline.place_start : dateline.place_end].split())
    if not place or not any(ch.isalpha() for ch in place):
        return None
    name = place.title() if place.isupper() else place
    return FacilityTold(name, surface, None)


# "in Derby", "at the Meteor Centre in Derby": a town the clause names after its date.
_IN_A_TOWN_BEFORE = re.compile(r"\bin\s+$")


def _town_after_the_date(model: DocumentModel, reading: SentenceModel, date_start: int, clause_end: int) -> str | None:
    """The first town (a place the model knows) the clause names with "in"
    after its date ("on Saturday 30 August at the Meteor Centre in Derby")."""
    if date_start < 0:
        return None
    for name, entity_id in zip(reading.names, reading.name_entities):
        if not (date_start < name.start and name.end <= clause_end) or name.possessive:
            continue
        if model.entities[entity_id].kind == "place" and _IN_A_TOWN_BEFORE.search(reading.masked, max(0, name.start - 6), name.start):
            return model.entities[entity_id].name
    return None


def _described_at_the_dateline(model: DocumentModel, reading: SentenceModel, event_start: int) -> tuple[int, FacilityTold] | None:
    """"TILBURG, Netherlands - ... The building opened in 2022": in a story
    written from a site, a description of a site that means no site the
    text names (none it found, or only the story's company) is the site at
    the dateline's place."""
    dateline = model.layout.dateline
    if dateline is None or dateline.place_end <= dateline.place_start:
        return None
    for reference in reading.references:
        if reference.via != "description" or reference.kind != "facility" or reference.end > event_start:
            continue
        if len(_WORD.findall(reading.masked, reference.end, event_start)) > _WORDS_BEFORE:
            continue
        entity = model.entities[reference.entity] if reference.entity is not None else None
        if entity is not None and not (entity.kind == "unknown" and entity.id == model.topic):
            continue
        place = " ".join(model.document.text[dateline.place_start : dateline.place_end].split(",")[0].split())
        if not place or not any(ch.isalpha() for ch in place):
            return None
        name = place.title() if place.isupper() else place
        return reference.start, FacilityTold(name, reference.surface, None)
    return None


def _candidates(model: DocumentModel, reading: SentenceModel, mentions: Sequence[Mention]) -> list[_Candidate]:
    """The facilities a sentence names or describes, with their owners where
    a possessive says so ("Kaldera's factory in Lodz", "its Brno plant")."""
    text = reading.masked
    named = list(zip(reading.names, (model.entities[i] for i in reading.name_entities)))
    found: list[_Candidate] = []
    described: list[tuple[int, int]] = []
    # Entities the sentence tells of as doers ("the plant it opened" under
    # the lead-in "Reclymer"): a facility description resolved to one of
    # them found the owner, not a facility.
    doers = {r.entity for r in reading.references if r.kind != "facility" and r.entity is not None}
    owned_before: list[tuple[int, Mention]] = []  # an owner's unnamed facility: where it ends, whose it is
    for reference in reading.references:
        if reference.kind != "facility" or reference.entity is None:
            continue
        inside = [(n, e) for n, e in named if reference.start <= n.start and n.end <= reference.end]
        owner = _owner(text, mentions, inside, reference.start)
        places = [(n, e) for n, e in inside if not n.possessive and e.kind in _FACILITY_KINDS]
        if places:
            # "Northfell's Penrith print centre": the place names the centre.
            name = places[-1][1].name
        else:
            entity = model.entities[reference.entity]
            if entity.kind not in _FACILITY_KINDS or entity.id in doers or any(n.possessive and e.id == entity.id for n, e in inside):
                # "Kaldera's factory" resolved to Kaldera: no facility of its
                # own, but the owner of one named right after it ("in Lodz").
                whose = owner or (_entity_mention(entity, reference) if entity.kind in _OWNER_KINDS else None)
                if whose is not None:
                    owned_before.append((reference.end, whose))
                continue
            if owner is not None and owner.name == entity.name:
                owned_before.append((reference.end, owner))
                continue
            name = entity.name
        found.append(_Candidate(reference.start, reference.end, name, reference.surface, owner))
        described.append((reference.start, reference.end))
    for name, entity in named:
        if any(s <= name.start < e for s, e in described):
            continue
        if name.kind != "facility" and entity.kind != "facility":
            continue
        owner = _owner(text, mentions, (), name.start) or next(
            (o for end, o in owned_before if end <= name.start and _OWNED_GAP.fullmatch(text, end, name.start)), None
        )
        found.append(_Candidate(name.start, name.end, entity.name, text[name.start : name.end], owner, by_name=True))
    found.sort()
    return found


# Between an owner's possessive and the facility it owns: "its factory in ",
# "Frostline's ", "the group's flagship farm in ".
_OWNED_GAP = re.compile(r"(?:['\u2019]s?)?(?:\s+[a-z][\w-]*){0,3}(?:\s+(?:in|at|near))?\s+")


def _entity_mention(entity, reference) -> Mention:  # type: ignore[no-untyped-def]
    return Mention(reference.start, reference.end, entity.name, entity.kind, reference.surface, known=True)


def _owner(text: str, mentions: Sequence[Mention], inside, start: int) -> Mention | None:  # type: ignore[no-untyped-def]
    """The organisation whose possessive opens the facility's phrase
    ("Kaldera's factory", "its factory in Lodz", "the group's mill")."""
    for name, entity in inside:
        if name.possessive and entity.kind in _OWNER_KINDS:
            return Mention(name.start, name.end, entity.name, entity.kind, name.surface, possessive=True, known=True)
    for mention in reversed(mentions):
        if mention.end > start:
            continue
        if mention.possessive and mention.type in _OWNER_KINDS and _OWNED_GAP.fullmatch(text, mention.end, start):
            return mention
        break
    return None
