"""What a document says was bought, and by whom, wherever it says it.

"When Tamsin Media agreed to buy it [Larkspur], ..." has no figure,
so no claim; two paragraphs later "Tamsin's $210m purchase closed in May"
has a figure and no target. A reader joins them: the purchase is of
Larkspur. Here every takeover verb or noun with a named target is noted as
(buyer, target), so a takeover figure without a target takes the one target
its buyer is known to have bought in the document (never one of several).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Sequence

from auditor.extract.entities import Mention
from auditor.extract.events import EventLexicon, find_triggers
from auditor.model import Claim, EntityRef

if TYPE_CHECKING:
    from auditor.document import DocumentModel

_GAP = re.compile(r"^\s*(?:(?:of|the|a|an|its|rival|smaller)\s+)*$", re.IGNORECASE)


def takeovers(model: "DocumentModel", mentions_of, events: EventLexicon) -> dict[str, set[tuple[str, str, str]]]:  # type: ignore[no-untyped-def]
    """buyer's name -> {(target name, target kind, surface)} stated anywhere in the document."""
    found: dict[str, set[tuple[str, str, str]]] = {}
    for sentence in model.sentences:
        if len(sentence.names) + sum(1 for r in sentence.references if r.entity is not None) < 2:
            # A buyer and a target are two of the sentence's mentions, and it
            # has at most one mention per name and resolved reference: most
            # sentences are passed over without a search for triggers.
            continue
        text = sentence.masked
        triggers = [t for t in find_triggers(text, events) if events.kinds[t.event].object_after]
        if not triggers:
            continue
        mentions: Sequence[Mention] = [m for m in mentions_of(sentence) if m.actor and not m.demonym]
        for trigger in triggers:
            buyer = next((m for m in reversed(mentions) if m.end <= trigger.start), None)
            target = next((m for m in mentions if m.start >= trigger.end), None)
            if buyer is None or target is None or buyer.name == target.name:
                continue
            if not _GAP.match(text[trigger.end : target.start]):
                continue
            found.setdefault(buyer.name, set()).add((target.name, target.type, target.surface))
    return found


def with_known_targets(claims: Sequence[Claim], known: dict[str, set[tuple[str, str, str]]], takeover_events: frozenset[str]) -> list[Claim]:
    """Takeover claims without a target take their buyer's one known target."""
    result = []
    for claim in claims:
        if claim.event in takeover_events and claim.object is None and claim.subject is not None:
            targets = known.get(claim.subject.name, set())
            if len(targets) == 1:
                name, kind, surface = next(iter(targets))
                claim = claim.model_copy(update={"object": EntityRef(name=name, type=kind, surface=surface)})  # type: ignore[arg-type]
        result.append(claim)
    return result


def dated_with_targets(
    claims: Sequence[Claim],
    known: dict[str, set[tuple[str, str, str]]],
    events: frozenset[str],
    facility_nouns: Sequence[str] = (),
    deed_pattern: re.Pattern[str] | None = None,
    state_begun: Callable[[str, int], str | None] | None = None,
) -> list[Claim]:
    """"Lumora's purchase closed in July": the closing of a buyer's one known
    takeover is dated for what it bought; not "The site, announced in
    February 2024", which dates the owner's site, told by its noun; nor
    "since the private equity firm bought it in 2020", told of what was bought
    (right after a verb of ``deed_pattern``) when that is a buyer elsewhere."""
    things = frozenset(noun.casefold() for noun in facility_nouns)
    result = []
    for claim in claims:
        if (
            claim.kind == "date"
            and claim.event in events
            and claim.subject is not None
            # ("2017: We buy the old dye-house at Walkerburn": the deal told
            # with what it bought is the buyer's, dated already for that.)
            and claim.object is None
            # ("1938: The company buys its first motor tug": a thing bought, no takeover.)
            and not _THING_BOUGHT.search(claim.evidence.sentence)
            and not _told_by_noun(claim.subject.surface, things)
            and not (deed_pattern is not None and _written_after_the_deed(claim, deed_pattern))
            # ("Frostline, which has been owned by Cranmore Partners since
            # 2018": a state the deal began, ``state_begun``; the subject is
            # what was bought, whatever it bought since.)
            and not (
                state_begun is not None
                and state_begun(claim.evidence.sentence, claim.evidence.location.start - claim.evidence.sentence_start)
            )
        ):
            targets = known.get(claim.subject.name, set())
            if len(targets) == 1:
                name, kind, surface = next(iter(targets))
                claim = claim.model_copy(update={"subject": EntityRef(name=name, type=kind, surface=surface)})  # type: ignore[arg-type]
        result.append(claim)
    return result


# A deal's verb and a thing it bought told by its noun, no name: "buys its first motor tug".
_THING_BOUGHT = re.compile(
    r"\b(?:buys?|bought|acquires?|acquired|purchases?|purchased)\s+(?:its|their|our|his|her|a|an)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*(?=\s*(?:[,.;]|$|\s+(?:in|for|from|at)\b))"
)


def _written_after_the_deed(claim: Claim, deed_pattern: re.Pattern[str]) -> bool:
    """Whether the date's subject is written right after its deed's verb,
    before the date ("bought it in 2020"): what the deed was done to."""
    assert claim.subject is not None
    sentence, surface = claim.evidence.sentence, claim.subject.surface
    date_at = claim.evidence.location.start - claim.evidence.sentence_start
    at = sentence.rfind(surface, 0, date_at) if surface else -1
    if at < 0:
        return False
    deed = None
    for deed in deed_pattern.finditer(sentence, max(0, at - 40), at):
        pass
    return deed is not None and not sentence[deed.end() : at].strip()


def _told_by_noun(surface: str, nouns: frozenset[str]) -> bool:
    """Whether a subject was told by one of ``nouns`` ("The site")."""
    words = surface.split()
    return bool(words) and words[-1].casefold() in nouns
