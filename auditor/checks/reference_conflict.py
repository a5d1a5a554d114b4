"""reference-conflict: claims that contradict the trusted facts file.

Only contradictions are reported: a claim the file says nothing about, or
one it agrees with, produces nothing. Every finding cites the fact's file
and line so an editor can check the reference itself.
"""

from __future__ import annotations

import re

import functools
from typing import Callable, Iterable, Mapping, Sequence

from pydantic import Field

from auditor.extract.dates import find_dates
from auditor.link import SUPPORTING_ROLES, LinkOptions, fold
from auditor.model import Claim, Document, FactRef, Finding, ReferenceFact, Rule

from .compare import agree, one_thing_counted
from .context import CheckContext, LinkParameters
from .evidence import applies, claim_order, figure, make_finding, where

KIND = "reference-conflict"
# Which claims must be seen together (auditor/pipeline/partitions.py): each
# claim meets the reference facts alone, so one document at a time.
SCOPE = "document"
PLACEHOLDERS = frozenset(
    {"subject", "attribute", "claimed", "where", "expected", "reference", "note", "event"}
)


class Parameters(LinkParameters):
    # Which attribute claims each reference attribute is compared with.
    attribute_names: dict[str, list[str]] = Field(
        default_factory=lambda: {"country": ["country"], "headquarters": ["headquarters"], "founded": ["founded"]}
    )
    capacity_events: list[str] = Field(default_factory=lambda: ["capacity"])
    # Dated events that tell an organisation's founding when the organisation
    # itself is what began ("Claire Denholm opened Oakhollow in 2001",
    # "Tom and I launched the business in 2013"): no site or product of its
    # own is the claim's object.
    founding_events: list[str] = Field(default_factory=lambda: ["founding"])


# --------------------------------------------------------------------------- helpers from extraction


@functools.lru_cache(maxsize=1)
def _entities() -> tuple[Callable[[str], str], Callable[[str], str | None], Callable[[str], str | None]]:
    """Entity folding shared with extraction, or plain case folding without it."""
    try:
        from auditor.extract.entities import canonical_name, normalise_country, without_designator
    except ImportError:  # extraction not installed: compare names as written
        return (lambda text: text.strip()), (lambda text: None), (lambda text: None)
    return canonical_name, normalise_country, without_designator


def canonical(text: str) -> str:
    return fold(_entities()[0](text))


def country_code(text: str) -> str:
    code = _entities()[1](text)
    return code if code else fold(text)


# --------------------------------------------------------------------------- comparisons


def _attribute_conflict(fact: ReferenceFact, claim: Claim) -> bool | None:
    assert claim.attribute is not None
    claimed = claim.attribute.value
    if fact.attribute == "country":
        return country_code(claimed) != country_code(fact.value)
    if fact.attribute == "founded":
        digits = "".join(ch for ch in claimed if ch.isdigit())
        return bool(digits) and int(digits) != int(fact.value)
    if fact.attribute == "headquarters":
        return canonical(claimed) != canonical(fact.value) and country_code(claimed) != country_code(fact.value)
    return None


_LEADING_NAME = re.compile(r"^(?:[A-Z0-9][\w.&'-]*\s*)+")


def _told_of(claim: Claim, options: LinkOptions) -> str:
    """The name a claim's figure is of: the facility its owner tells of ("its
    roaster at Maia can handle 14,000 tonnes a year" is the roaster's
    capacity, not the group's), else its subject. A facility bought is the
    buyer's deal."""
    assert claim.subject is not None
    if claim.object is not None and claim.object.type == "facility" and options.family(claim.event) != "acquisition":
        return claim.object.name
    return claim.subject.name


def _subject_keys(fact: ReferenceFact) -> list[str]:
    """The subject keys a fact is about: "Skarvik offshore wind farm" is also
    "Skarvik", "Glockengießerei Reinbold" also "Reinbold"."""
    keys = [canonical(fact.subject)]
    leading = _LEADING_NAME.match(fact.subject)
    if leading and leading.group(0).strip() != fact.subject.strip():
        keys.append(canonical(leading.group(0).strip()))
    designated = _entities()[2](fact.subject)
    if designated is not None:
        # "Coöperatie Noordkwelder U.A." is the "Noordkwelder" a text writes.
        keys.append(canonical(designated))
    return keys


def _about(
    fact: ReferenceFact,
    by_subject: dict[str, list[Claim]],
    short_forms: dict[str, str],
    subjects: frozenset[str] = frozenset(),
    shared: dict[str, set[str]] | None = None,
) -> list[Claim]:
    """Claims about the fact's subject, or about its short form ("Fjordwing"
    for "Fjordwing Airlines") where no other fact's subject shares it; for a
    facility's fact, also those about the facility as its owner's text tells
    of it (``_facility_of``)."""
    seen: dict[Claim, None] = {}  # a set in order: a subject stated many times costs once per claim
    shared = shared or {}
    keys = _subject_keys(fact)
    keys.extend(short for short, full in short_forms.items() if full == canonical(fact.subject))
    for key in keys:
        seen.update(dict.fromkeys(by_subject.get(key, [])))
    for short, full in shared.items():
        if canonical(fact.subject) in full:
            seen.update(dict.fromkeys(c for c in by_subject.get(short, []) if _described_as(c, fact)))
    facility = _facility_of(fact.subject, by_subject)
    if facility is not None:
        owner, place = facility
        if owner is None and fact.note:
            # "Gijón mini-mill", noted "owned by Meridane Steel": the owner's
            # text tells of it as its own.
            noted = _OWNED_BY.search(fact.note)
            owner = canonical(noted.group(1)) if noted is not None and canonical(noted.group(1)) in by_subject else None
        key = canonical(place)
        if not any(other.startswith(key + " ") for other in subjects - {canonical(fact.subject)}):
            # "Gijón" for "Gijón mini-mill", unless another fact's subject
            # opens with it too ("Halden Arena", "Halden Leasing").
            seen.update(dict.fromkeys(by_subject.get(key, [])))
        if owner is not None:
            # "Its Rzeszów plant can build 21,000 tractors a year" told of
            # Haldorf Landtechnik: the fact of the "Haldorf Landtechnik
            # Rzeszów plant".
            # (Not "Telford, our largest plant, produces 220 million square
            # metres a year ... when Wrexham is fully loaded": a figure read
            # as another place's is not the fact's place's.)
            seen.update(dict.fromkeys(
                c for c in by_subject.get(owner, [])
                if _names(c.evidence.sentence, place) and not _of_another_place(c, place)
            ))
    return list(seen)


def _this_purchase(claim: Claim, fact: ReferenceFact) -> bool:
    """Whether a purchase of a fact's subject is the purchase the fact tells
    of: a company is bought again and again, by one buyer and then another.
    The fact's note names the buyer, or the claim's own sentence dates the
    purchase to the fact's year."""
    assert claim.subject is not None
    if fact.note and claim.subject.name.casefold() in fact.note.casefold():
        return True
    return fact.year is not None and claim.time is not None and claim.time.source == "sentence" and claim.time.year == fact.year


def _facility_of(subject: str, by_subject: dict[str, list[Claim]]) -> tuple[str | None, str] | None:
    """A facility fact's owner (a key claims are filed under, if the subject
    opens on one) and place: "Haldorf Landtechnik Rzeszów plant" is
    ("haldorf landtechnik", "Rzeszów"); "Pampa Blanca lithium plant
    (Tamarugal Resources)" is ("tamarugal resources", "Pampa Blanca");
    "Gijón mini-mill" is (None, "Gijón"). None for a subject that ends on no
    facility's noun."""
    owner_in_brackets = _IN_BRACKETS.search(subject)
    # "Hollinwood roasting plant, Rotherham": its town after a comma.
    named, _, town = _IN_BRACKETS.sub(" ", subject).partition(",")
    town = town.strip() if town.strip()[:1].isupper() and len(town.split()) <= 3 else ""
    if town and {town.split()[-1].casefold().rstrip("s")} & _facility_nouns():
        town = ""  # "Okerlund Cykelramar AB, Borås factory": the facility after the comma
    name = (named if town else _IN_BRACKETS.sub(" ", subject)).split()
    last = name[-1].casefold() if name else ""
    if len(name) < 2 or not {last.rstrip("s"), last.rsplit("-", 1)[-1].rstrip("s")} & _facility_nouns():
        return None  # "Gijón mini-mill" ends on a mill
    capitalised = [w for w in name[:-1] if w[:1].isupper()]
    owner = canonical(owner_in_brackets.group(1)) if owner_in_brackets else None
    for size in range(len(capitalised) - (0 if town else 1), 0, -1):
        key = _owner_key(canonical(" ".join(capitalised[:size])), by_subject)
        if key is not None:
            owner, capitalised = key, capitalised[size:]
            break
    place = town or " ".join(capitalised)
    if not place:
        return None
    return owner if owner in by_subject else None, place


def _owner_key(key: str, by_subject: dict[str, list[Claim]]) -> str | None:
    """The key claims are filed under that a fact's owner's words name: the
    key itself, or the one key that opens with them ("hollinwood" for
    "hollinwood coffee roasters")."""
    if key in by_subject:
        return key
    longer = [other for other in by_subject if other.startswith(key + " ")]
    return longer[0] if len(longer) == 1 else None


_IN_BRACKETS = re.compile(r"\(([^()]+)\)")
# A fact's note naming its facility's owner: "owned by Meridane Steel; EAF-1 ...".
_OWNED_BY = re.compile(r"\b(?:owned|run|operated)\s+by\s+([A-Z][^;,.()]{1,60}?)\s*(?:[;,.(]|$)")


# A count written as an adjective of what it sizes: "240-berth", "60-bed".
_SIZED_BY = re.compile(r"\d[\d,]*-[a-z]+")


def _of_another_place(claim: Claim, place: str) -> bool:
    """Whether a claim is read as another place's and its sentence names
    ``place`` only after the figure ("Telford, our largest plant, produces
    220 million square metres a year ... when Wrexham is fully loaded")."""
    if not claim.places or any(_names(p, place) for p in claim.places):
        return False
    figure_end = claim.evidence.location.end - claim.evidence.sentence_start
    return not _names(claim.evidence.sentence[: max(0, figure_end)], place)


def _names(sentence: str, place: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(place) + r"(?!\w)", sentence) is not None


@functools.lru_cache(maxsize=1)
def _facility_nouns() -> frozenset[str]:
    """The nouns that end a facility's name ("plant", "mill"), casefolded, singular."""
    try:
        from auditor.document.lexicon import load_references
    except ImportError:  # extraction not installed: no fact is read as a facility's
        return frozenset()
    return frozenset(noun.casefold().rstrip("s") for noun in load_references().facility_nouns)


def _short_forms(facts: Iterable[ReferenceFact]) -> dict[str, str]:
    """The first words that open exactly one facts' subject of several
    words, as a document writes it after the full name ("Fjordwing" for
    "Fjordwing Airlines", "Calder Ridge" for "Calder Ridge Insurance
    Holdings"), and the last words that close exactly one, as a document
    drops a generic word before the name ("Haldau" for "Reifenwerk Haldau",
    "Vennland" for "Dierenpark Vennland"), unless they are a word that says
    what a company is ("Partners", "Capital"): the short form's key and the
    full subject's key."""
    facts = list(facts)
    generic = _generic_last_words()
    forms: dict[str, set[str]] = {}
    for fact in facts:
        words = fact.subject.split()
        if len(words) < 2:
            continue
        full = canonical(fact.subject)
        if len(words[0]) >= 4 and words[0][:1].isupper():
            for size in range(1, len(words)):
                if not words[size - 1][:1].isupper():
                    break  # "Port of Tallinn": "Port of" is no short form
                forms.setdefault(canonical(" ".join(words[:size])), set()).add(full)
        last = words[-1]
        if len(last) >= 4 and last[:1].isupper() and all(w[:1].isupper() for w in words) and last.casefold() not in generic:
            forms.setdefault(canonical(last), set()).add(full)
    subjects = {canonical(fact.subject) for fact in facts}
    return {short: next(iter(full)) for short, full in forms.items() if len(full) == 1 and short and short not in subjects}


def _shared_short_forms(facts: Iterable[ReferenceFact]) -> dict[str, set[str]]:
    """The first words that open several facts' subjects ("Fjordwing" of
    "Fjordwing Airlines" and "Fjordwing Group"), with the subjects' keys."""
    forms: dict[str, set[str]] = {}
    for fact in facts:
        words = fact.subject.split()
        if len(words) >= 2 and len(words[0]) >= 4 and words[0][:1].isupper():
            forms.setdefault(canonical(words[0]), set()).add(canonical(fact.subject))
    return {short: full for short, full in forms.items() if len(full) > 1}


def _described_as(claim: Claim, fact: ReferenceFact) -> bool:
    """Whether the description a claim names its subject by ends on what the
    fact's subject ends on: "The airline was founded in 1997" of the short
    name "Fjordwing" is "Fjordwing Airlines", not "Fjordwing Group"."""
    assert claim.subject is not None
    surface = claim.subject.surface.split()
    if len(surface) < 2 or surface[0].casefold() not in ("the", "this", "that", "its"):
        return False
    return surface[-1].casefold().rstrip("s") == fact.subject.split()[-1].casefold().rstrip("s")


def _generic_last_words() -> frozenset[str]:
    """Last words of names that say what their bearer is ("Capital", "Airlines", "Group"), casefolded."""
    try:
        from auditor.document.lexicon import load_references
    except ImportError:  # extraction not installed: no closing word is a short form
        return frozenset()
    references = load_references()
    return frozenset({*(word.casefold() for word in references.name_descriptors), *references.name_heads})


def _one_class_counted(a: str, b: str) -> bool:
    """Whether two counted nouns name one kind of thing, as written or by the
    class the event lexicon puts both in ("cars" and "vehicles")."""
    if one_thing_counted(a, b):
        return True
    classes = _count_classes()
    found_a = classes.get(a.casefold()) or classes.get(a.casefold().rstrip("s"))
    return found_a is not None and found_a == (classes.get(b.casefold()) or classes.get(b.casefold().rstrip("s")))


@functools.lru_cache(maxsize=1)
def _count_classes() -> Mapping[str, str]:
    """The event lexicon's classes of counted nouns (``counts``), casefolded."""
    try:
        from auditor.extract.events import load_events
    except ImportError:  # extraction not installed: nouns are one thing only as written
        return {}
    return load_events().count_classes


def _capacity_conflict(fact: ReferenceFact, claim: Claim, params: Parameters) -> bool | None:
    """A capacity the document gives otherwise: in the same unit once both are
    read ("86,400 m³/day" and "1,000 litres per second" agree), or in the same
    counted things ("52,000 seats" against a fact of 48,500 seats). A figure
    that does not say what it is of is compared when its sentence or its
    subject's name says it (``_names_the_product``)."""
    assert claim.value is not None
    reference = fact.quantity
    if reference is None:
        return None
    if reference.kind == "count":
        counted, expected = claim.value.counted or "", reference.counted or ""
        if not counted or not expected or not _one_class_counted(counted.split()[-1], expected.split()[-1]):
            return None
    elif reference.counted and not claim.value.counted and not _names_the_product(reference.counted, claim):
        # The reference names what it measures ("tonnes of urea per year"); a
        # figure that does not may be another product of the same plant.
        return None
    result = agree(claim.value, reference, params.relative_tolerance, capacity=True)
    return None if result is None else not result


# Words of a product phrase that name no product ("tonnes of cocoa beans ground per year").
_NOT_PRODUCT_WORDS = frozenset({"per", "year", "day", "week", "month", "a", "an", "the", "of", "and", "or", "ground", "made", "produced", "processed", "washed", "sold"})


def _product_stems(counted: str) -> set[str]:
    """The stems of the words that name a product: "battery packs" gives "batte", "packs"."""
    return {w[:5] for w in re.findall(r"[a-z]+", counted.casefold()) if len(w) >= 3 and w not in _NOT_PRODUCT_WORDS}


# How far before a figure the words that say what it measures are looked for.
_PRODUCT_REACH = 80


def _names_the_product(counted: str, claim: Claim) -> bool:
    """Whether a capacity that does not say what it is of is of the product
    a reference fact names: the words right before it or its subject's name
    name that product ("Cement capacity 27 million tonnes per year";
    "Meridel Cocoa" for tonnes of cocoa beans). Words elsewhere in its
    sentence or its document are not enough: "an ammonia unit sized at 2,000
    tonnes a day and a tower that should turn out 1.1m tonnes of urea a
    year" names urea for the tower only."""
    stems = _product_stems(counted)
    offset = claim.evidence.location.start - claim.evidence.sentence_start
    before = claim.evidence.sentence[max(0, offset - _PRODUCT_REACH) : max(0, offset)]
    words = re.findall(r"[a-z]+", (before + " " + (claim.subject.name if claim.subject else "")).casefold())
    return any(w[:5] in stems for w in words if len(w) >= 3)


def _amount_conflict(fact: ReferenceFact, claim: Claim, params: Parameters) -> bool | None:
    assert claim.value is not None
    if fact.quantity is None:
        return None
    result = agree(claim.value, fact.quantity, params.relative_tolerance, params.rates)
    return None if result is None else not result


def _partial(claim: Claim, fact: ReferenceFact) -> bool:
    """A figure of a part, a phase or an addition is not the whole the
    reference states; nor is a rate, unless the reference states a rate per
    the same thing ("value: EUR 18.50 a share")."""
    qualifiers = claim.qualifiers
    if claim.role in SUPPORTING_ROLES:
        return True
    stated_per = fact.quantity.per if fact.quantity is not None else None
    return qualifiers is not None and (
        qualifiers.phase is not None
        or qualifiers.scope == "additional"
        # "has raised £14m since its first shop opened": a running total, no
        # one round, unless the reference says it states one ("raised to date").
        or (qualifiers.scope == "cumulative" and not _RUNNING_TOTAL_NOTE.search(fact.note or ""))
        or (qualifiers.per is not None and qualifiers.per != stated_per)
    )


# A reference fact's note saying its value is a running total.
_RUNNING_TOTAL_NOTE = re.compile(r"\b(?:to\s+date|in\s+total|total|cumulative|since|all\s+told|altogether|so\s+far)\b", re.IGNORECASE)


# A fact's note naming the financial year it is of: "financial year ended 31
# March 2024", "year to June 2024".
_FINANCIAL_YEAR_END = re.compile(r"\byear\s+(?:ended|ending|to)\s+(?P<date>(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4})")
# What dates a claim by a financial year of its own: "FY2024", "2023/24", "year to March".
_FINANCIAL_YEAR_TOLD = re.compile(r"\b(?:FY|fiscal|financial)|\d/\d|\byear\s+(?:to|ended|ending)\b", re.IGNORECASE)


def _calendar_year(time) -> bool:  # type: ignore[no-untyped-def]
    """Whether a claim is dated by a calendar year alone ("last year", "in 2024")."""
    return time.month is None and time.precision == "year" and not _FINANCIAL_YEAR_TOLD.search(time.text or "")


def _ends_in_first_half(fact: ReferenceFact) -> bool:
    """Whether the fact's note says its year is a financial year that ends by
    June of its year: the calendar year of that number lies mostly in the next."""
    found = _FINANCIAL_YEAR_END.search(fact.note or "")
    if found is None:
        return False
    dates = [d for d in find_dates(found.group("date")) if d.month is not None and d.year == fact.year]
    return len(dates) == 1 and dates[0].month <= 6


def _candidates(fact: ReferenceFact, claim: Claim, params: Parameters) -> bool:
    """Whether a claim speaks of what the reference fact is about."""
    if claim.value is not None and _partial(claim, fact):
        return False
    if claim.tense == "future" and claim.lasts == "periodic":
        return False  # "For FY2025/26 the Group expects revenue of EUR 1.33-1.38 billion": a forecast of a flow, no fact
    if fact.year is not None and claim.time is not None and claim.time.year != fact.year:
        return False
    if fact.year is not None and claim.time is not None and _calendar_year(claim.time) and _ends_in_first_half(fact):
        # "turned over £186m last year" against a year "ended 31 March 2024":
        # most of calendar 2024 is in the year to March 2025, no year the fact tells.
        return False
    if fact.attribute == "founded" and claim.kind == "date":
        # "X is an Italian carmaker, founded in 2016 by ...": a dated founding
        # the attribute reader could not hang on a name right before it.
        founding = claim.event == "founding" or (
            claim.event in params.founding_events and claim.object is None and _began_itself(claim, fact.subject)
        )
        return founding and claim.time is not None and claim.role != "actor"
    if fact.attribute in params.attribute_names:
        return claim.kind == "attribute" and claim.attribute is not None and (
            claim.attribute.name in params.attribute_names[fact.attribute]
        )
    if fact.attribute == "capacity":
        events = [fact.event] if fact.event else params.capacity_events
        if claim.kind in ("quantity", "count") and claim.value is not None and claim.event in events:
            return True
        # "a 240-berth marina" against a capacity of 210 "marina berths": a
        # count written as what a site is sized by ("240-berth", "a
        # 60-bed home") is how many of the things the fact counts it has
        # room for. (Not "1,240 bays" of a chain, or pieces washed a week.)
        reference = fact.quantity
        return (
            not fact.event and claim.kind == "count" and claim.value is not None and claim.role is None and claim.tense != "future"
            and _SIZED_BY.fullmatch(claim.evidence.text) is not None
            and reference is not None and reference.kind == "count" and bool(reference.counted) and bool(claim.value.counted)
            and claim.value.counted.split()[-1].casefold() == (reference.counted or "").split()[-1].casefold()
        )
    if fact.attribute == "amount":
        options = params.link_options()
        return (
            claim.kind == "money"
            and claim.value is not None
            and claim.event is not None
            and options.family(claim.event) == options.family(_event_of(fact, params))
        )
    return False


# What follows a verb of beginning when the organisation itself began: its
# name ("opened Oakhollow Riding Centre in 2001") or the business as a whole
# ("launched the business in 2013"); not another thing ("opened a new indoor
# school"), nor a bare "opened in April 2024", which a terminal or a branch
# does as often as a company.
_BEGAN_ITSELF = re.compile(
    r"\b(?:opened|launched|started|began|set\s+up|founded)\s+(?:the\s+(?:business|company|firm)\b|(?P<name>[A-Z][\w'\u2019&.-]*))"
)


def _began_itself(claim: Claim, subject: str) -> bool:
    """Whether a claim's sentence tells its subject itself began (see ``_BEGAN_ITSELF``)."""
    sentence = claim.evidence.sentence
    for match in _BEGAN_ITSELF.finditer(sentence):
        if match.group("name") is None:
            return True
        named = sentence[match.start("name") : match.start("name") + len(subject)]
        # ("opened Oakhollow Riding Centre", "opened Oakhollow in 2001"; not
        # "opened Pellow's second shop": the name whole, or its first word
        # and no noun of another thing after it.)
        if fold(named) == fold(subject) or (
            fold(match.group("name")) == fold(subject.split()[0]) and _NO_THING_AFTER.match(sentence, match.end("name"))
        ):
            return True
    return False


_NO_THING_AFTER = re.compile(r"\s*(?:[,;.)]|$|\s(?:in|on|at|back|with|from|for|and|as|when|after|before|during)\b)")


# A note that tells of money a company took in: "growth investment raised
# from Tamar Growth Partners", "investment led by Weald Growth Partners".
_TAKEN_IN = re.compile(r"\b(?:raised|led\s+by|backed\s+by|received|secured|from\s+(?:investors?\s+)?(?-i:[A-Z]))", re.IGNORECASE)


def _event_of(fact: ReferenceFact, params: Parameters) -> str | None:
    """The event a fact of an amount is of: an "investment" its note says the
    subject raised (took in from an investor) is a financing, as "raised
    £4m from Tamar Growth Partners" reads, not one the subject spent."""
    options = params.link_options()
    if fact.event and fact.note and options.family(fact.event) == options.family("investment") and _TAKEN_IN.search(fact.note):
        return "funding-round"
    return fact.event


def _conflicts(fact: ReferenceFact, claim: Claim, params: Parameters) -> bool:
    if claim.kind == "date":
        assert claim.time is not None
        return fact.value.strip().isdigit() and claim.time.year != int(fact.value)
    if fact.attribute == "capacity":
        return bool(_capacity_conflict(fact, claim, params))
    if fact.attribute == "amount":
        return bool(_amount_conflict(fact, claim, params))
    return bool(_attribute_conflict(fact, claim))


def _claimed(claim: Claim) -> str:
    if claim.attribute is not None:
        return claim.attribute.value
    return figure(claim)


def _expected(fact: ReferenceFact) -> str:
    return f"{fact.value} {fact.unit}" if fact.unit and fact.unit not in fact.value else fact.value


def run(rule: Rule, params: Parameters, context: CheckContext) -> Iterable[Finding]:
    if not context.reference_facts:
        return
    by_subject: dict[str, list[Claim]] = {}
    by_target: dict[str, list[Claim]] = {}  # purchases, by what was bought
    options = params.link_options()
    for claim in sorted(context.claims, key=claim_order):
        if claim.subject is not None and applies(rule, claim):
            by_subject.setdefault(canonical(_told_of(claim, options)), []).append(claim)
            if claim.object is not None and options.family(claim.event) == "acquisition":
                # "Ashdown paid EUR 68 million for Verhaeghe": the price of
                # Verhaeghe too, which a fact may be told of.
                by_target.setdefault(canonical(claim.object.name), []).append(claim)

    short_forms = _short_forms(context.reference_facts)
    subjects = frozenset(canonical(fact.subject) for fact in context.reference_facts)
    shared = _shared_short_forms(context.reference_facts)
    for fact in sorted(context.reference_facts, key=lambda f: (f.path, f.line)):
        about = _about(fact, by_subject, short_forms, subjects, shared)
        # (By its short form too: "the 14-store Hadley Brothers chain" for "Hadley Brothers Pawnbrokers".)
        target_keys = [*_subject_keys(fact), *(short for short, full in short_forms.items() if full == canonical(fact.subject))]
        about += [c for key in target_keys for c in by_target.get(key, []) if c not in about and _this_purchase(c, fact)]
        # A sentence whose founding the attribute reader read is reported once, as that attribute.
        names = params.attribute_names.get(fact.attribute, [fact.attribute])
        told = {
            (c.doc_id, c.evidence.sentence_start)
            for c in about
            if c.kind == "attribute" and c.attribute is not None and c.attribute.name in names
        }
        conflicting = [
            claim
            for claim in about
            if not (claim.kind == "date" and (claim.doc_id, claim.evidence.sentence_start) in told)
            and _candidates(fact, claim, params)
            and _conflicts(fact, claim, params)
        ]
        for claims in _told_alike(conflicting, params):
            claim = claims[0]
            yield make_finding(
                rule,
                FactRef(subject=claim.subject.name if claim.subject else fact.subject, event=fact.attribute, object=None),
                claims,
                {
                    "subject": claim.subject.name if claim.subject else fact.subject,
                    "attribute": fact.attribute,
                    "claimed": _claimed(claim),
                    "where": ", ".join(dict.fromkeys(where(c) for c in claims)),
                    "expected": _expected(fact),
                    "reference": f"{fact.path}:{fact.line}",
                    "note": fact.note or "",
                    "event": fact.event or "",
                },
                reference=fact,
            )



def _told_alike(claims: Sequence[Claim], params: Parameters) -> list[list[Claim]]:
    """The claims against one fact, grouped by document and by what they say:
    a document that gives the same wrong figure in its text and in its table
    is one contradiction of the reference, told in two places."""
    groups: list[list[Claim]] = []
    for claim in claims:
        for group in groups:
            first = group[0]
            if first.doc_id == claim.doc_id and _named(first) == _named(claim) and _alike(first, claim, params):
                group.append(claim)
                break
        else:
            groups.append([claim])
    return groups


def _named(claim: Claim) -> str:
    return canonical(claim.subject.name) if claim.subject else ""


def _alike(a: Claim, b: Claim, params: Parameters) -> bool:
    if a.attribute is not None or b.attribute is not None:
        return a.attribute is not None and b.attribute is not None and fold(a.attribute.value) == fold(b.attribute.value)
    if a.kind == "date" or b.kind == "date":
        return a.kind == b.kind and a.time is not None and b.time is not None and a.time.year == b.time.year
    return a.value is not None and b.value is not None and agree(a.value, b.value, params.relative_tolerance, params.rates) is True


def unmatched_facts(
    facts: Sequence[ReferenceFact], claims: Iterable[Claim], documents: Iterable[Document] = ()
) -> list[ReferenceFact]:
    """Facts whose subject is no entity of the corpus: neither the subject
    or object of a claim (by the matching the check uses) nor a name written
    in any document. Such a fact can never be checked: often a misspelt
    subject, or a facts file meant for another corpus."""
    known: set[str] = set()
    for claim in claims:
        known.update(canonical(ref.name) for ref in (claim.subject, claim.object) if ref is not None)
    short_forms = _short_forms(facts)
    filed: dict[str, list[Claim]] = {key: [] for key in known}

    def checkable_facility(fact: ReferenceFact) -> bool:
        facility = _facility_of(fact.subject, filed)
        return facility is not None and (facility[0] is not None or canonical(facility[1]) in known)

    left = [
        fact for fact in facts
        if not any(key in known for key in _subject_keys(fact))
        and not any(short in known for short, full in short_forms.items() if full == canonical(fact.subject))
        and not checkable_facility(fact)
    ]
    names = {fact.subject.strip() for fact in left}
    if not names:
        return []
    # Names as written, whole words, case ignored: one scan of each document.
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE
    )
    found: set[str] = set()
    for document in documents:
        found.update(match.group(0).casefold() for match in pattern.finditer(document.text))
        if len(found) >= len(names):
            break
    return [fact for fact in left if fact.subject.strip().casefold() not in found]
