"""A facility known only by its place ("the Brno fab", "a data centre in
North Carolina", "the St. Louis plant") belongs to somebody: the place says
where it is, not whose it is. Its figures are its owner's, with the facility
kept as what they are about, so that two sites of one owner stay two facts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping, Sequence

from auditor.document import DocumentModel
from auditor.document.lexicon import ReferenceLexicon
from auditor.extract.attribution import CLAUSE_OF_ITS_OWN, Attribution
from auditor.extract.entities import Gazetteer, Mention

# Who can own a facility: a company, a public body, or a name not yet typed.
_OWNER_KINDS = frozenset({"organisation", "unknown"})


def named_by_place(name: str, references: ReferenceLexicon, gazetteer: Gazetteer, placed: frozenset[str] = frozenset()) -> bool:
    """Whether a facility's name is only a listed place or a country, or a
    name its document writes as a place (``placed``)."""
    if name in references.places or name in placed:
        return True
    known = gazetteer.lookup(name)
    return known is not None and known.type == "country"


def with_facility_owner(
    text: str,
    who: Attribution,
    mentions: Sequence[Mention],
    topics: Sequence[Mention | None],
    references: ReferenceLexicon,
    gazetteer: Gazetteer,
    known_owners: Mapping[str, Mention] | None = None,
    placed: frozenset[str] = frozenset(),
) -> Attribution:
    """``who`` with a place-named facility's owner as the subject and the
    facility as the object. The owner is the organisation the sentence names
    nearest before it ("Kalden's Brno fab", "Apple opened a data centre in
    North Carolina"), else the one it names as the owner after it ("the St.
    Louis plant of Ford Motor"), else the one organisation it names after it,
    else the organisation its block or its document is about. Without an
    owner, no subject: a listed place is not one; a facility only its own
    story writes by a place (``placed``) stays the subject, as it is named."""
    subject = who.subject
    if subject is not None and subject.type == "product":
        # "Blue Tern's Lila Crane signature model took 2,600 pre-orders": the
        # maker written as its owner, the product what the figure is of.
        maker = _possessor_of(text, subject, mentions, _MAKER_BETWEEN)
        if maker is None:
            return who
        product = {"object_name": subject.name, "object_type": subject.type, "object_surface": subject.surface}
        return who._replace(subject=maker, **(product if who.object_name is None else {}))
    if subject is None or subject.type != "facility":
        return who
    possessor = _possessor_of(text, subject, mentions)
    if possessor is not None:
        # "Its new Normanton plant, able to wash 320 tonnes a week",
        # "Kestrel's Dogger Reach wind farm": the owner the text writes
        # before it, whatever the facility is named by; the facility's
        # figures stay the facility's (its object).
        facility = {"object_name": subject.name, "object_type": subject.type, "object_surface": subject.surface}
        return who._replace(subject=possessor, **(facility if who.object_name is None else {}))
    if not named_by_place(subject.name, references, gazetteer, placed):
        owner = known_owners.get(subject.name) if known_owners and subject.via in ("description", "pronoun") else None
        if owner is None or owner.name == subject.name:
            return who
        # "The plant draws heat from the sea and has a capacity of 40 MW"
        # after "Eldra Energy opened its Pärnu heat-pump plant": the owner's
        # figure of that plant, as "Eldra's Pärnu plant has 40 MW" tells it.
        facility = {"object_name": subject.name, "object_type": subject.type, "object_surface": subject.surface}
        return who._replace(subject=owner, **(facility if who.object_name is None else {}))
    # (The place as the text writes it, though the figure's clause calls it
    # "which": "the Fadecraft Academy in Salford, which ... trains".)
    written = [m for m in mentions if m.name == subject.name and m.via == "name"] or [subject]
    named_site = next(
        (
            m for m in mentions
            if m.type in ("unknown", "facility") and not m.possessive and m.name != subject.name and m.via == "name"
            and any(m.end <= place.start and _NAMED_SITE_IN.fullmatch(text, m.end, place.start) for place in written)
        ),
        None,
    )
    if named_site is not None:
        # "the Fadecraft Academy in Salford, which ... trains eighty
        # apprentices a year": the place says where the named site is; the
        # figure is the site's, as its name alone tells it elsewhere.
        return who._replace(subject=named_site)
    # An organisation the sentence names only after the facility is its
    # owner only when the text gave it none before: "The plant cost EUR 275
    # million, of which EUR 120 million was lent by the European Investment
    # Bank" is still the plant of the company that builds it.
    owners = _possible_owners(subject, mentions, references, gazetteer, placed)
    owner = _owner_named(text, subject, owners)
    if owner is None and known_owners:
        owner = known_owners.get(subject.name)
    listed = named_by_place(subject.name, references, gazetteer)
    if owner is None and listed:
        owner = _one_organisation_after(text, subject, owners)
    if owner is None and not listed:
        # A place the story itself writes its facility by ("a farm in
        # Krotoszyn"): the company the story is about owns it, not a lender
        # or a grant's giver the sentence names after it ("including a £12
        # million grant from the Industrial Energy Transformation Fund"),
        # nor an interview's speaker.
        owner = next((t for t in topics if t is not None and t.type == "organisation"), None)
    if owner is None:
        owner = next((t for t in topics if t is not None and t.type in _OWNER_KINDS), None)
    if owner is None and not listed:
        return who
    facility = (
        {"object_name": subject.name, "object_type": subject.type, "object_surface": subject.surface}
        if who.object_name is None and not _FIRST_OF_SEVERAL_PLACES.match(text, subject.end)
        else {}
    )
    # ("Our 1,640 employees at plants in Mississauga, Monterrey and Glasgow":
    # the first of several places names no one site the figure is of.)
    return who._replace(subject=owner, **facility)


# Between a site's own name and the place it is in: "the Fadecraft Academy in Salford".
_NAMED_SITE_IN = re.compile(r"\s+(?:in|at)\s+")
_FIRST_OF_SEVERAL_PLACES = re.compile(r",\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?(?:,\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?)*,?\s+and\s+[A-Z]")


# What may stand between an owner's possessive and its facility's name: a few modifiers ("its new", "Kestrel's main").
_MODIFIERS_BETWEEN = re.compile(r"(?:\s+[a-z][a-z-]*){0,2}\s+")
# A maker written as a product's owner: "Blue Tern's Lila Crane signature model".
_MAKER_BETWEEN = re.compile(r"['\u2019]s?(?:\s+[a-z][a-z-]*){0,2}\s+")


def _possessor_of(text: str, facility: Mention, mentions: Sequence[Mention], between: re.Pattern[str] = _MODIFIERS_BETWEEN) -> Mention | None:
    """The organisation written as the owner right before a facility's name
    ("its new Normanton plant", "Kestrel's Normanton plant"), if one is."""
    for mention in mentions:
        if (
            mention.possessive
            and mention.end <= facility.start
            and mention.type in _OWNER_KINDS
            and mention.name != facility.name
            and between.fullmatch(text, mention.end, facility.start)
        ):
            return mention
    return None


def note_owners(
    text: str, mentions: Sequence[Mention], references: ReferenceLexicon, gazetteer: Gazetteer, known_owners: MutableMapping[str, Mention],
    placed: frozenset[str] = frozenset(),
) -> None:
    """Remember the owner a sentence gives each place-named facility it names
    ("Kalden will build a fab in Brno"), for later sentences that name the
    facility alone ("The project was announced in October")."""
    for mention in mentions:
        if mention.type != "facility" or mention.name in known_owners:
            continue
        if not named_by_place(mention.name, references, gazetteer, placed):
            # "Eldra Energy opened its Pärnu heat-pump plant": whatever the
            # facility is named by, the owner written before it.
            possessor = _possessor_of(text, mention, mentions)
            if possessor is not None:
                known_owners[mention.name] = possessor
            continue
        owner = _owner_named(text, mention, _possible_owners(mention, mentions, references, gazetteer, placed)) or _possessor_of(text, mention, mentions)
        if owner is not None:
            known_owners[mention.name] = owner


# Between a facility and its owner named after it.
_OWNER_AFTER = re.compile(r"(?:\s+[a-z]+){0,2},?\s+(?:of|owned\s+by|run\s+by|operated\s+by|built\s+by)\s+(?:the\s+)?")


def _possible_owners(
    facility: Mention, mentions: Sequence[Mention], references: ReferenceLexicon, gazetteer: Gazetteer, placed: frozenset[str] = frozenset()
) -> list[Mention]:
    """The parties of the sentence that may own the facility, in order."""
    return [
        m
        for m in mentions
        if m.actor and not m.demonym and m.type in _OWNER_KINDS and m.name != facility.name
        and not named_by_place(m.name, references, gazetteer, placed)
    ]


# Before a name written as where a facility is: "a farm in Krotoszyn", "its new mill at Lycksele".
_WHERE_BEFORE = re.compile(r"\b([A-Za-z-]+)\s+(?:in|at|near|outside)\s+$")
# After one: "Krotoszyn, Poland", "Villefranche-sur-Saône, France".
_PLACE_AFTER = re.compile(r",\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


def facilities_written_as_places(model: DocumentModel, references: ReferenceLexicon, gazetteer: Gazetteer) -> frozenset[str]:
    """The facilities a document names by writing a place: "a farm in
    Krotoszyn" or "Krotoszyn, Poland" write Krotoszyn as where the farm is.
    Such a name says where the facility is, as a listed place does, and not
    whose it is. (Not a name after "at" or "in" alone: "workers at JLG", "a
    stake in Illum" name companies.)"""
    placed: set[str] = set()
    for sentence in model.sentences:
        text = sentence.span.text
        for name, entity_id in zip(sentence.names, sentence.name_entities):
            entity = model.entities[entity_id]
            if entity.kind != "facility" or name.possessive:
                continue
            where = _WHERE_BEFORE.search(text, max(0, name.start - 40), name.start)
            if where is not None and _facility_noun(where.group(1), references):
                placed.add(entity.name)
                continue
            after = _PLACE_AFTER.match(text, name.end)
            known = gazetteer.lookup(after.group(1)) if after is not None else None
            if known is not None and known.type == "country":
                placed.add(entity.name)
    return frozenset(placed)


def _facility_noun(word: str, references: ReferenceLexicon) -> bool:
    folded = word.casefold()
    nouns = (folded, folded[:-1]) if folded.endswith("s") else (folded,)
    return any(noun in references.facility_nouns or references.description_heads.get(noun) == "facility" for noun in nouns)


def _owner_named(text: str, facility: Mention, owners: Sequence[Mention]) -> Mention | None:
    """The owner the sentence names as one: the nearest before the facility
    ("Kalden's Brno fab", "a plan at Vireo, including a hospital in
    Valencia"), else one named as the owner after it ("the St. Louis plant of
    Ford Motor", "the Brno fab owned by Kalden")."""
    before = next((m for m in reversed(owners) if m.end <= facility.start), None)
    if before is not None:
        return before
    return next((m for m in owners if m.start >= facility.end and _OWNER_AFTER.fullmatch(text, facility.end, m.start)), None)


def _one_organisation_after(text: str, facility: Mention, owners: Sequence[Mention]) -> Mention | None:
    """The one organisation the sentence names after the facility, not in a
    clause of its own (a name not yet typed there may be what the facility
    makes: "the St. Louis plant ... manufactures the Ford Explorer")."""
    after = {
        m.name: m for m in owners
        if m.type == "organisation" and not CLAUSE_OF_ITS_OWN.search(text, min(facility.end, m.start), m.start)
    }
    return next(iter(after.values())) if len(after) == 1 else None


def with_told_facility(
    text: str,
    who: Attribution,
    figure_start: int,
    figure_end: int,
    mentions: Sequence[Mention],
    references: ReferenceLexicon,
    gazetteer: Gazetteer,
    facility_costs: frozenset[str],
) -> Attribution:
    """``who`` with the facility its sentence tells of as the object, for a
    facility's one-off sum told by its owner: "Veltro expects its Turin cell
    plant to open in 2027 and puts the cost at EUR 2.1 billion" is the
    plant's cost. Only where the sentence names that one facility, before
    the figure or as what the figure went on ("spent EUR 240 million on the
    Kolin plant": what was spent on one plant is what it cost), and no other
    owner: a group's sum beside two of its plants is no one plant's."""
    subject = who.subject
    if who.object_name is not None or subject is None or subject.type not in _OWNER_KINDS or who.event not in facility_costs:
        return who
    facilities = {m.name for m in mentions if m.type == "facility"}
    if len(facilities) != 1:
        return who
    facility = next(m for m in mentions if m.type == "facility")
    spent_on = facility.start >= figure_end and _SPENT_ON.fullmatch(text, figure_end, facility.start) is not None
    if (facility.end > figure_start and not spent_on) or facility.name == subject.name:
        return who
    if not spent_on and who.purpose and _SPENT_IN.match(text, figure_end) and facility.name not in who.purpose:
        return who  # "EUR 95 million in its Tarnby plant and EUR 20 million in research": the second is research's
    owners = _possible_owners(facility, mentions, references, gazetteer)
    owner = _owner_named(text, facility, owners) or _one_organisation_after(text, facility, owners)
    if owner is not None and owner.name != subject.name:
        return who
    told = who._replace(object_name=facility.name, object_type="facility", object_surface=facility.surface)
    return told._replace(event="cost", purpose=None) if spent_on else told


# A sum put into something else: "EUR 20 million in research".
_SPENT_IN = re.compile(r"\s+(?:on|in|into)\s", re.IGNORECASE)
# Between a sum and the facility it was spent on: "EUR 240 million on the", "$2bn in its new".
_SPENT_ON = re.compile(r"\s+(?:on|in|into|for|towards?)\s+(?:(?:the|its|their|a|an|new|planned)\s+)*", re.IGNORECASE)


def with_site_of_where_clause(text: str, who: Attribution, figure_start: int, mentions: Sequence[Mention], references: ReferenceLexicon) -> Attribution:
    """``who`` with the site a where-clause hangs on as the object: "It makes
    wallpaper at its mill in the Ghent docklands, where it employs 240
    people" tells of the mill at Ghent's staff, not the whole company's, as
    "240 people work at its Ghent mill" does. The site is named by the one
    place the facility's phrase holds."""
    if who.object_name is not None or who.subject is None or who.subject.type not in _OWNER_KINDS:
        return who
    clause = _WHERE_CLAUSE.search(text, max(0, figure_start - 200), figure_start)
    if clause is None or not _facility_noun(clause.group("noun"), references):
        return who
    sites = [
        m for m in mentions
        if clause.start() <= m.start and m.end <= clause.start("where") and m.type in ("place", "unknown", "facility") and not m.demonym
        and m.via == "name" and m.name != who.subject.name  # not the owner's "its"
    ]
    if len({m.name for m in sites}) != 1:
        return who
    site = sites[0]
    return who._replace(object_name=site.name, object_type="facility", object_surface=site.surface)


# A facility's phrase and the where-clause after it, up to a figure of that
# clause: "its mill in the Ghent docklands, where it employs", "its Ghent
# mill, where".
_WHERE_CLAUSE = re.compile(
    r"\b(?:its|their|the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?(?P<noun>[a-z][a-z-]+)"
    r"(?:\s+(?:in|at|near|outside)\s+(?:the\s+)?[^,;:()]{1,40})?,\s+(?P<where>where)\b[^;:()]*$"
)
