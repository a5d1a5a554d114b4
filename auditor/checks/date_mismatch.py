"""date-mismatch: one event that happens once, dated twice in ways that cannot both be true.

"Nordvolt announced the Mo i Rana plant in March 2024" and "... announced the
project in June 2024" date one announcement twice. Dates are intervals at the
precision they were written ("2023" is all of 2023, "Q2 2025" April to June),
so "in 2023" and "in March 2023" agree, and so do a forecast "in the second
quarter" and "closed in June". Events of different classes never conflict
("ordered in 2023", "delivered in 2025"), and neither do a plan and a fact
("is due to open in 2026" against "opened in 2025" is a delay, not an error).
A facility's dates are the facility's (auditor/extract/facility_events.py):
an owner's two plants open at two dates, and one plant told of by its owner
in one story and by itself in another opens once.
"""

from __future__ import annotations

import functools
import re

from collections import defaultdict
from itertools import combinations
from typing import Callable, Iterable

from pydantic import Field

from auditor.link import fold
from auditor.model import Claim, FactRef, Finding, Rule, TimeRef

from .context import CheckContext, LinkParameters
from .evidence import applies, claim_order, event_label, make_finding, time_evidence, where

KIND = "date-mismatch"
# Which claims must be seen together (auditor/pipeline/partitions.py): the
# dates of one subject's event.
SCOPE = "partitioned"
PLACEHOLDERS = frozenset({"subject", "event", "first", "first_where", "second", "second_where"})


class Parameters(LinkParameters):
    # Event classes that happen once to a company itself: its founding, its
    # listing. Other events of a company's doing ("IBM announced ...") are
    # many and compared only when a named thing they happened to tells them apart.
    once_per_actor: list[str] = Field(default_factory=lambda: ["founding", "listing"])
    # Event classes that happen once (see dated_events in rules/lexicon/events.yaml).
    events: list[str] = Field(
        default_factory=lambda: [
            "announcement", "completion", "order", "delivery", "opening", "reopening", "launch", "commissioning",
            "listing", "approval", "founding", "construction", "financing",
        ]
    )  # fmt: skip
    # Deeds one event class holds that are never one another: a site
    # "completed in February" was built, one "bought in 2013" changed hands.
    # A date is of the first deed listed whose word stands before it.
    deeds_apart: dict[str, list[str]] = Field(default_factory=dict)
    # Deeds of ``deeds_apart`` never one with a date whose words name no
    # deed: the last of a series is not the series' date.
    deeds_alone: list[str] = Field(default_factory=list)
    # Deeds of ``deeds_apart`` a company does once though their class recurs:
    # its first arena opened once ("opened its first arena in Leicester in
    # 2011", "its first arena opened in 2012").
    deeds_once: list[str] = Field(default_factory=list)


def interval(time: TimeRef) -> tuple[int, int]:
    """The months a date covers, as (first, last) counted from year 0."""
    base = time.year * 12
    if time.precision in ("month", "day") and time.month:
        return base + time.month - 1, base + time.month - 1
    if time.precision == "quarter" and time.month:
        return base + time.month - 1, base + time.month + 1
    return base, base + 11


def disjoint(a: TimeRef, b: TimeRef) -> bool:
    first_a, last_a = interval(a)
    first_b, last_b = interval(b)
    return last_a < first_b or last_b < first_a


def _comparable_tenses(a: Claim, b: Claim) -> bool:
    """A plan is compared with a plan, a fact with a fact; a plan told as
    given up ("Originally due out by the end of 2006") or denied ("will not
    have enough time to prepare for a holiday 2006 launch") with neither: the
    new date is news, not an error."""
    return (a.tense == "future") == (b.tense == "future") and not _not_its_date(a) and not _not_its_date(b)


# "Originally due out by", "initially scheduled for", "first planned for": a plan since changed.
_FORMER_PLAN = re.compile(
    r"\b(?:originally|initially|at\s+first|first|previously|once)\s+(?:\w+\s+){0,2}?"
    r"(?:due|scheduled|planned|expected|slated|set|meant|targeted|foreseen)\b[^.;]*$",
    re.IGNORECASE,
)


# A denial in the words before a date: "will not have enough time to prepare for".
# ("Not bad for a business that was family-owned until its 2017 float", "not
# only ... but": idioms that deny nothing.)
_DENIED = re.compile(
    r"\b(?:not(?!\s+(?:bad|only|least|just|long\s+after|long\s+before|to\s+mention|surprisingly)\b)|no\s+longer|never|unlikely\s+to)\b[^.;,]*$",
    re.IGNORECASE,
)
# How far before its date a denial is read.
_DENIAL_REACH = 80


def _not_its_date(claim: Claim) -> bool:
    """Whether the words before a date give it up as a plan or deny it."""
    offset = max(0, claim.evidence.location.start - claim.evidence.sentence_start)
    sentence = claim.evidence.sentence
    return bool(_FORMER_PLAN.search(sentence, 0, offset) or _DENIED.search(sentence, max(0, offset - _DENIAL_REACH), offset))


# A town's name joined to the river or the land it stands on
# ("Villefranche-sur-Saône", "Stoke-on-Trent", "Frankfurt-am-Main"), which a
# story may write short ("Villefranche"): a site named after it is one site.
_JOINED_PLACE_NAME = re.compile(r"([^\W\d_][\w'\u2019.]*)-(?:sur|sous|en|l[eè]s|lez|on|upon|under|am|an|ob|bei)-", re.IGNORECASE)


def _site_key(name: str) -> str:
    """The name a site is known by across stories: a joined town name's first part."""
    joined = _JOINED_PLACE_NAME.match(name)
    return fold(joined.group(1)) if joined is not None else fold(name)


def _dated_thing(
    claim: Claim, events: frozenset[str], once: frozenset[str],
    deeds: tuple[tuple[str, re.Pattern[str]], ...] = (), deeds_once: frozenset[str] = frozenset(),
) -> str | None:
    """What a date is of: a facility whatever its owner ("its Lisbon plant,
    which opened in 2022" is the Lisbon plant's, as "Lisbon plant opened in
    May 2022" is), else the claim's subject; None when the date is not
    compared."""
    # ("becoming:electric": a class of event and what it is of, the state begun.)
    if claim.kind != "date" or claim.time is None or claim.event is None or claim.event.partition(":")[0] not in events:
        return None
    if _of_a_facility(claim):
        assert claim.object is not None
        return _site_key(claim.object.name)
    if claim.subject is None:
        return None
    if claim.role == "actor" and claim.event not in once and not (deeds_once and _deed(claim, deeds) in deeds_once):
        return None  # what a company did, told apart from its other deeds by nothing named
    return fold(claim.subject.name)


@functools.lru_cache(maxsize=8)
def _deed_patterns(deeds: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each deed's words as one pattern that finds the last of them."""
    return tuple(
        (name, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE))
        for name, words in deeds
        if words
    )


# How far before its date a deed's word is read.
_DEED_REACH = 80


def _deed(claim: Claim, deeds: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """The first deed (in the order the rule lists them) whose word stands
    before a date in its sentence: "bought 49% of Skarven Fibre in a deal
    signed in May and completed in September" is a purchase completed."""
    offset = max(0, claim.evidence.location.start - claim.evidence.sentence_start)
    sentence = claim.evidence.sentence
    return next((name for name, pattern in deeds if pattern.search(sentence, max(0, offset - _DEED_REACH), offset)), None)


def _same_deed(a: Claim, b: Claim, deeds: tuple[tuple[str, re.Pattern[str]], ...], alone: frozenset[str] = frozenset()) -> bool:
    """Whether two dates of one event class may be of one deed: not when
    their words tell two deeds apart (built and bought), nor when one names
    a deed that stands ``alone`` and the other names none."""
    if not deeds:
        return True
    first, second = _deed(a, deeds), _deed(b, deeds)
    if first == second:
        return True
    if first in alone or second in alone:
        return False
    return first is None or second is None


def _once_done(claim: Claim, deeds: tuple[tuple[str, re.Pattern[str]], ...], deeds_once: frozenset[str]) -> tuple[str, str] | None:
    """The (company, event of the deed) of a deed a company does once ("its
    first arena opened"), the company being the claim's subject or its
    facility's owner; None for any other date."""
    if not deeds_once or claim.subject is None:
        return None
    deed = _deed(claim, deeds)
    if deed not in deeds_once:
        return None
    return fold(claim.subject.name), f"{claim.event}:{deed}"


def _owner(claim: Claim) -> str | None:
    """The owner a facility's date names ("Kaldera's factory in Lodz")."""
    return fold(claim.subject.name) if _of_a_facility(claim) and claim.subject is not None else None


def _of_a_facility(claim: Claim) -> bool:
    return claim.object is not None and claim.object.type == "facility"


# A timeline's entry opens on its date: "1952: Karl Wendling opens ...", "July 2023 - The hut reopens".
_TIMELINE_ENTRY = re.compile(r"\W*(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\s*[:\u2013\u2014-]\s")


def _two_entries_of_one_timeline(a: Claim, b: Claim) -> bool:
    """Two entries of one document's timeline ("1952: Karl Wendling opens a
    metalworking shop", "1989: We open our second plant") tell two
    occurrences of the event, one after the other, never one told twice."""
    return a.doc_id == b.doc_id and bool(_TIMELINE_ENTRY.match(a.evidence.sentence)) and bool(_TIMELINE_ENTRY.match(b.evidence.sentence))


def _told_of(first: Claim, involved: list[Claim]) -> str:
    """What the finding names: the subject, or a facility with its owner
    where a claim names one ("Kaldera Thermal's Lodz site")."""
    if not _of_a_facility(first):
        assert first.subject is not None
        return first.subject.name
    assert first.object is not None
    owner = next((c.subject.name for c in involved if c.subject is not None and c.subject.name != first.object.name), None)
    return f"{owner}'s {first.object.name} site" if owner else f"the {first.object.name} site"


def _owners_compatible(a: Claim, b: Claim) -> bool:
    """Two facilities of one name are one only when their owners may be one:
    "Brennan Steel's Tilburg mill" is not "Verdane Metals' Tilburg mill"."""
    first, second = _owner(a), _owner(b)
    if first is None or second is None or first == second:
        return True
    # ("Westgate's Telford crematorium" and "Westgate Memorial Group's": a
    # short name that opens the other's, which the corpus could not settle.)
    short, full = sorted((first, second), key=len)
    return " " not in short and full.startswith(short + " ")


def _with_owners_facility(groups: dict[tuple[str, str], list[Claim]]) -> dict[tuple[str, str], list[Claim]]:
    """An owner's dated event that names no facility ("Opened: May 2025" in
    the company's row) is the event of its one facility that the corpus
    dates for that event, and stays its own when the owner has several."""
    facilities: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (thing, event), claims in groups.items():
        for claim in claims:
            owner = _owner(claim)
            if owner is not None and owner != thing:
                facilities[(owner, event)].add(thing)
    merged = {key: list(claims) for key, claims in groups.items()}
    for (owner, event), things in facilities.items():
        if len(things) != 1 or (owner, event) not in merged:
            continue
        facility = next(iter(things))
        named = [c for c in merged[(owner, event)] if not _of_a_facility(c)]
        if not named or any(_two_entries_of_one_timeline(c, f) for c in named for f in merged.get((facility, event), ())):
            # ("1969: Harold Vollans opens an electrical trade counter" above
            # "2017: National distribution centre opens in Rugby": a timeline
            # that dates the facility's event in an entry of its own tells
            # of the owner's other occurrences of the event.)
            continue
        merged[(facility, event)].extend(named)
        rest = [c for c in merged[(owner, event)] if _of_a_facility(c)]
        if rest:
            merged[(owner, event)] = rest
        else:
            del merged[(owner, event)]
    return merged


def partition_keys(params: Parameters) -> Callable[[Claim], tuple[str, ...]]:
    """The dates of one thing's one event are compared with one another."""
    events = frozenset(params.events)
    once = frozenset(params.once_per_actor)
    deeds = _deed_patterns(tuple((name, tuple(words)) for name, words in params.deeds_apart.items()))
    deeds_once = frozenset(params.deeds_once)

    def keys(claim: Claim) -> tuple[str, ...]:
        thing = _dated_thing(claim, events, once, deeds, deeds_once)
        if thing is None:
            return ()
        owner = _owner(claim)
        once_done = _once_done(claim, deeds, deeds_once)
        # A facility's date meets its owner's dates that name no facility.
        found = (f"{thing}/{claim.event}", f"{owner}/{claim.event}") if owner is not None and owner != thing else (f"{thing}/{claim.event}",)
        return (*found, f"{once_done[0]}/{once_done[1]}") if once_done is not None else found

    return keys


def run(rule: Rule, params: Parameters, context: CheckContext) -> Iterable[Finding]:
    events = frozenset(params.events)
    once = frozenset(params.once_per_actor)
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    deeds = _deed_patterns(tuple((name, tuple(words)) for name, words in params.deeds_apart.items()))
    deeds_once = frozenset(params.deeds_once)
    # "opened its first arena in Leicester in 2011" and "its first arena
    # opened in 2012": a company's first of a kind, whichever site each
    # names, is met once, in a group of its own beside the site's.
    firsts: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in context.claims:
        thing = _dated_thing(claim, events, once, deeds, deeds_once)
        if thing is None or not applies(rule, claim):
            continue
        groups[(thing, claim.event or "")].append(claim)
        once_done = _once_done(claim, deeds, deeds_once)
        if once_done is not None:
            firsts[once_done].append(claim)
    groups = _with_owners_facility(groups)
    for key, claims in firsts.items():
        groups.setdefault(key, []).extend(claims)

    told: set[frozenset[str]] = set()  # pairs a finding already told (a claim may stand in two groups)
    for key in sorted(groups):
        claims = sorted(groups[key], key=claim_order)
        # Identical dates of one event are one statement: compare distinct ones.
        distinct: dict[tuple, Claim] = {}
        for claim in claims:
            assert claim.time is not None
            distinct.setdefault((interval(claim.time), claim.tense == "future"), claim)
        pairs = [
            (a, b)
            for a, b in combinations(distinct.values(), 2)
            if _comparable_tenses(a, b)
            and _owners_compatible(a, b)
            and disjoint(a.time, b.time)  # type: ignore[arg-type]
            and not (a.doc_id == b.doc_id and a.evidence.sentence_start == b.evidence.sentence_start)
            and not _two_entries_of_one_timeline(a, b)
            and _same_deed(a, b, deeds, frozenset(params.deeds_alone))
            and frozenset((a.id, b.id)) not in told
        ]
        if not pairs:
            continue
        told.update(frozenset((a.id, b.id)) for a, b in pairs)
        first, second = pairs[0]
        involved = [c for c in claims if any(c.time == p.time and c.tense == p.tense for pair in pairs for p in pair)]
        subject = _told_of(first, involved)
        # A date told elsewhere than at the claim ("on Tuesday" under the
        # dateline "March 5, 2025"): where it was written is evidence too.
        told_apart = [
            c for c in involved
            if c.time is not None and c.time.start is not None
            and not (c.evidence.location.start <= c.time.start < c.evidence.location.end)
        ]
        documents = context.documents_by_id
        yield make_finding(
            rule,
            FactRef(subject=subject, event=first.event, object=first.object.name if _of_a_facility(first) else None),
            involved,
            {
                "subject": subject,
                "event": event_label(first.event),
                "first": " ".join(first.evidence.text.split()),
                "first_where": where(first),
                "second": " ".join(second.evidence.text.split()),
                "second_where": where(second),
            },
            extra=[e for e in (time_evidence(c, documents.get(c.doc_id)) for c in told_apart) if e is not None],
        )
