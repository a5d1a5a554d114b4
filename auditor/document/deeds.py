"""What a document tells of its companies' deeds, read before references
are resolved: the year each was founded ("Ironpike, set up in 2011") and
each sentence's takeover (who bought whom), so that "The brewer, founded in
1927" is no company given another founding year and "the acquirer" is the
buyer just told of."""

from __future__ import annotations

import re
from typing import Sequence

from auditor.document.coreference import Entity, Reference, full_entity
from auditor.document.lexicon import FACILITY, ORGANISATION, UNKNOWN
from auditor.extract.numbers import Cued, ascii_lowered

__all__ = ["deal_parties", "founding_told", "founding_years"]


# Right after a name or a description, the year it was founded: ", founded
# in 1927", " (set up in 2011)", ", which was established in 1993".
_FOUNDED_IN_YEAR = re.compile(
    r"[,(]?\s*(?:which\s+was\s+|that\s+was\s+|was\s+)?(?:founded|set\s+up|established|created|formed|started)\s+"
    r"(?:[^,;()]{0,40}?\s)?in\s+(?P<year>(?:18|19|20)\d\d)\b"
)
_FOUNDED_IN_YEAR_WORDS = re.compile(r"\b(?:founded|set\s+up|established|created|formed|started)\b")
# What every match of ``_FOUNDED_IN_YEAR_WORDS`` holds: a pattern led by a
# word boundary is tried at every position, this one jumps from letter to
# letter it may start with, so most sentences are passed over at once.
_FOUNDED_IN_YEAR_CUES = re.compile("founded|set|established|created|formed|started")


def _tells_founding(text: str) -> bool:
    return _FOUNDED_IN_YEAR_CUES.search(text) is not None and _FOUNDED_IN_YEAR_WORDS.search(text) is not None


def founding_years(spans, names_by_sentence, assigned, entities: Sequence[Entity]) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """The one founding year the text gives each entity right after one of
    its names ("Ironpike, set up in 2011 by two engineers"); none for an
    entity given two."""
    years: dict[int, set[int]] = {}
    for span, names, ids in zip(spans, names_by_sentence, assigned):
        if not _tells_founding(span.text):
            continue
        for name, entity_id in zip(names, ids):
            told = _FOUNDED_IN_YEAR.match(span.text, name.end)
            if told is not None:
                years.setdefault(full_entity(entities, entity_id), set()).add(int(told.group("year")))
    return {entity_id: found.pop() for entity_id, found in years.items() if len(found) == 1}


# A share of a company bought, before its name: "the acquisition of sole
# control of", "the purchase of a 70% stake in".
_CONTROL_BOUGHT_BEFORE = re.compile(
    r"\b(?:acquisition|purchase|takeover)\s+of\s+(?:an?\s+|the\s+)?(?:[\w%-]+\s+){0,2}?(?:control|stake|shares|holding|interest)\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A word any takeover's verb or noun holds: a sentence without one tells none.
_BUYING_WORD = Cued(
    re.compile(r"acqui|buy|bought|purchas|take|taking|took|merger|bid|offer|snapped", re.IGNORECASE),
    re.compile(r"acqui|buy|bought|purchas|take|taking|took|merger|bid|offer|snapped"),
)
# Between what was bought and its buyer named after it: "the acquisition of
# sole control of UAB Nemuna Auto Insurance by Tarvo".
_BY_BUYER = re.compile(r"[^.;:()]{0,60}?\bby\s+(?:the\s+)?$")


# An owner or backer named inside an appositive: "backed by private equity firm ".
_OWNER_NAMED_BEFORE = re.compile(r"\b(?:backed|owned|controlled|funded|financed|run)\s+by\s+(?:[\w-]+\s+){0,4}$")


# A verb joined to the clause before it, its subject left out: ", and had bought".
_JOINED_VERB_BEFORE = re.compile(r",\s+and\s+(?:(?:had|has|have|also|then|later|since|recently)\s+)*$")


def deal_parties(spans, names_by_sentence, assigned, entities: Sequence[Entity], buying_before: re.Pattern[str]) -> dict[int, dict[str, int]]:  # type: ignore[no-untyped-def]
    """Each sentence's takeover: the company a verb or a noun of buying is
    done to ("to acquire Nemuna", "the acquisition of Nemuna") as the target,
    and as the buyer the name "by" introduces after it, else the organisation
    named last before the verb."""
    found: dict[int, dict[str, int]] = {}
    for index, (span, names, ids) in enumerate(zip(spans, names_by_sentence, assigned)):
        if not names or not _BUYING_WORD.search(span.text, ascii_lowered(span.text)):
            continue  # most sentences name no takeover: one scan passes them over
        # (What is bought may be a site: "to buy Pellow Bats, a Worcester
        # workshop"; who buys is a company.)
        parties = [(n, full_entity(entities, e)) for n, e in zip(names, ids) if entities[full_entity(entities, e)].kind in (ORGANISATION, UNKNOWN, FACILITY)]
        for position, (name, entity_id) in enumerate(parties):
            trigger = buying_before.search(span.text, max(0, name.start - 60), name.start) or _CONTROL_BOUGHT_BEFORE.search(
                span.text, max(0, name.start - 80), name.start
            )
            if trigger is None:
                continue
            buyer = next((e for later, e in parties[position + 1 :] if _BY_BUYER.fullmatch(span.text, name.end, later.start)), None)
            if buyer is None and _JOINED_VERB_BEFORE.search(span.text, max(0, trigger.start() - 30), trigger.start()):
                # "It paid £14.1m for Hollins & Daughters, adding 14 funeral
                # homes, and had bought Haigh's in 2023": a verb joined after
                # a comma shares its clause's subject, not the name before it.
                found[index] = {"target": entity_id}
                break
            if buyer is None:
                # (Not an owner an appositive names: "Clearstep, the chain backed
                # by private equity firm Halden Row Capital, said it had agreed to buy".)
                buyer = next(
                    (
                        e for earlier, e in reversed(parties[:position])
                        if earlier.end <= trigger.start() and not _OWNER_NAMED_BEFORE.search(span.text, max(0, earlier.start - 50), earlier.start)
                    ),
                    None,
                )
            roles = {"target": entity_id}
            if buyer is not None and buyer != entity_id and entities[buyer].kind != FACILITY:
                roles["buyer"] = buyer
            found[index] = roles
            break
    return found


def founding_told(text: str, references: Sequence[Reference]) -> dict[int, int]:
    """The founding year told right after each description of a sentence."""
    if not any(r.via == "description" for r in references) or not _tells_founding(text):
        return {}  # asked of every sentence: most have no description, and fewer a founding
    found = {}
    for reference in references:
        if reference.via == "description":
            told = _FOUNDED_IN_YEAR.match(text, reference.end)
            if told is not None:
                found[reference.start] = int(told.group("year"))
    return found
