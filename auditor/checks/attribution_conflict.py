"""attribution-conflict: one specific figure credited to two different actors.

``Reliance announced a $110 billion plan for Indian AI`` and ``India pledged
$110 billion for data centres`` tell of one commitment with two different
backers. The same round number for unrelated deals is common, so the figure
must be specific (enough significant digits) and the two claims must be
about the same thing: one's subject is the other's object, their objects
are one entity, or their purposes read alike.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re

from collections import defaultdict
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple, Sequence

from pydantic import Field
from rapidfuzz import fuzz

from auditor.link import OBJECT_KEYED_FAMILIES, LinkOptions, block_key, fold, kind_of_thing, linking_keys, pairing_value
from auditor.model import Claim, FactRef, Finding, Rule

from .compare import agree, significant_digits
from .context import CheckContext, LinkParameters
from .evidence import applies, claim_order, event_label, figure, make_finding, possessive, where
from .statements import Spread, first_stated

KIND = "attribution-conflict"
# Which claims must be seen together (auditor/pipeline/partitions.py): figures
# of one family and kind are compared across subjects, so in two steps: each
# block of linked claims gives its compact entries (collect), then the
# entries of every block are compared at once (finish).
SCOPE = "partitioned"
PLACEHOLDERS = frozenset(
    {"figure", "event", "first_subject", "first_where", "first", "second_subject", "second_where", "second", "link"}
)


class Parameters(LinkParameters):
    min_significant_digits: int = Field(default=2, ge=1)
    topic_threshold: float = Field(default=60.0, ge=0, le=100)
    strong_topic_threshold: float = Field(default=90.0, ge=0, le=100)
    roles_ignored: list[str] = Field(default_factory=lambda: ["participant"])
    # Words that say nothing of what a purpose is: left out when purposes are
    # compared, or "to meet the demand for X" would match "to meet the need for Y".
    purpose_stop_words: list[str] = Field(default_factory=list)
    # Deals with two sides, each a party ("won the contract" / "awarded the contract").
    two_sided_events: list[str] = Field(default_factory=list)
    # Events compared only between parties that act (organisations, or names
    # of no known kind): what a site costs is no site's own credit ("the
    # arena's DKK 3.4 billion cost" and the bank that lent towards it).
    party_only_events: list[str] = Field(default_factory=list)
    # How strongly two claims must be about one thing (``_topic``'s score):
    # a count of trees or carpet is common, and one credited to two makers
    # is one deed only when both name its customer or its purpose alike.
    min_topic_score: float = Field(default=0.0, ge=0, le=100)
    # The smallest figure compared: "six flights a week" recur by chance.
    min_value: float = Field(default=0.0, ge=0)
    # Compare only claims whose sentences both name, after the figure, the
    # party it was for ("... 140,000 trees a year to Hollybrook", "... of
    # carpet for the Palais Rhenanus"): what a maker turns out at its own
    # workshop is no deed for anyone.
    customer_after_figure: bool = False


def _topic(a: Claim, b: Claim, params: Parameters, stop: frozenset[str]) -> tuple[str, float] | None:
    """How two claims are about the same thing, and how strongly (0-100)."""
    subject_a = fold(a.subject.name) if a.subject else ""
    subject_b = fold(b.subject.name) if b.subject else ""
    object_a = fold(a.object.name) if a.object else ""
    object_b = fold(b.object.name) if b.object else ""
    name_a = a.subject.name if a.subject else ""
    name_b = b.subject.name if b.subject else ""
    if object_a and object_a == subject_b:
        return f"{possessive(name_a)} claim names {name_b} as its beneficiary", 100.0
    if object_b and object_b == subject_a:
        return f"{possessive(name_b)} claim names {name_a} as its beneficiary", 100.0
    if object_a and object_a == object_b and not _a_round(a, params.round_pattern):
        return f"both concern {a.object.name if a.object else ''}", 100.0
    purposes_differ = False
    if a.purpose and b.purpose:
        score = fuzz.token_set_ratio(_content(a.purpose, stop), _content(b.purpose, stop))
        if score >= params.topic_threshold:
            return "their purposes match", float(score)
        # (Only purposes of two words or more each: "look" of "to look after
        # 310 buoys" says too little to tell two contracts apart.)
        purposes_differ = min(len(_content(a.purpose, stop).split()), len(_content(b.purpose, stop).split())) >= 2
    # A party one names beside the figure is the other's object or party too:
    # "an agreement with Tin Lantern, committing up to $60m" / "$60m for Tin Lantern".
    parties_a = {fold(n) for n in a.related} | ({object_a} if object_a and not _a_round(a, params.round_pattern) else set())
    parties_b = {fold(n) for n in b.related} | ({object_b} if object_b and not _a_round(b, params.round_pattern) else set())
    shared = sorted((parties_a & parties_b) - {subject_a, subject_b, ""})
    if shared:
        return f"both name {_display(shared[0], a, b)}", 95.0
    if purposes_differ:
        # "spending EUR 45m on a canning line" and "will invest EUR 45 million
        # at its Matosinhos brewery": each text says what its sum is for, and
        # they differ; a place or a story both tell of does not make them one.
        return None
    # One specific sum raised, paid or spent at one place ("a Toronto listing
    # raised $780 million"): a weak topic, enough only for a specific figure.
    # (A name one text writes as a place and the other as a name of its own,
    # "in the Bristol Channel" and "the Bristol Channel has", is one place.)
    places = sorted(
        ({fold(n) for n in a.places} & ({fold(n) for n in b.places} | parties_b))
        | ({fold(n) for n in b.places} & parties_a)
    )
    if places and a.doc_id != b.doc_id:
        where = next(n for n in (*a.places, *b.places, *a.related, *b.related) if fold(n) == places[0])
        return f"both happened in {where}", 70.0
    # Two documents about the same company or project ("Kessmar", "Odra Valley").
    context = sorted(({fold(n) for n in a.context} & {fold(n) for n in b.context}) - {subject_a, subject_b})
    if context and a.doc_id != b.doc_id:
        return f"both documents are about {_display(context[0], a, b)}", 70.0
    return None


def _a_round(claim: Claim, round_pattern: str) -> bool:
    """Whether a claim's object is a round's label ("Series A"), by the
    rule's own round pattern: no one thing two companies' rounds could both
    be, as each raises a Series A of its own. (A show or a fair, "the
    Chelsworth Flower Show", is one customer.)"""
    return claim.object is not None and claim.object.type == "event" and _rounds(round_pattern).search(claim.object.name) is not None


@functools.lru_cache(maxsize=4)
def _rounds(round_pattern: str) -> re.Pattern[str]:
    return re.compile(round_pattern, re.IGNORECASE)


def _display(key: str, a: Claim, b: Claim) -> str:
    """A folded name as one of the claims writes it."""
    for name in (*a.related, *b.related, *a.context, *b.context, a.object.name if a.object else "", b.object.name if b.object else ""):
        if fold(name) == key:
            return name
    return key


_PUNCTUATION = ",.;:'\"()"


def _content(purpose: str, stop: frozenset[str]) -> str:
    """A purpose's words without its stop words, in lower case."""
    return " ".join(word for word in purpose.casefold().split() if word.strip(_PUNCTUATION) not in stop)


def _family(options: LinkOptions, claim: Claim) -> str | None:
    """The claim's family with the kind of thing it counts: "12 narrowbody
    jets" and "12 widebody jets" credited to two airlines are two facts."""
    family = options.family(claim.event)
    kind = kind_of_thing(claim.event)
    return f"{family}:{kind}" if family is not None and kind is not None else family


# Two claims can only conflict when something says they are about the same
# thing (see _topic): a name one gives as subject or object that the other
# also gives, or a word their purposes share. Claims are blocked on those
# keys, and inside a block a claim meets only the claims whose figure could be
# its own: those within its rounding slack (see _same_stated_figure), never
# further than this share of its value apart. Sorting by value and searching
# that window keeps the work proportional to the claims plus the pairs that
# share a key and are near in value.
_MAX_RELATIVE_GAP = 0.15
_CROWDED_BLOCK = 200
_CROWDED_SHARE = 0.02


def _slack(value: float, precision: float, relative_tolerance: float) -> float:
    # tol * max(a, b) <= tol * (value + slack): solve for the widest case.
    loose = relative_tolerance * value / (1.0 - relative_tolerance) if relative_tolerance < 1 else value
    return min(max(precision, loose), _MAX_RELATIVE_GAP * value)


def _topic_keys(claim: Claim, stop: frozenset[str]) -> set[tuple[str, str]]:
    keys = {("name", fold(ref.name)) for ref in (claim.subject, claim.object) if ref is not None}
    keys.update(("name", fold(name)) for name in claim.related)
    # What a document is about joins its claims only to claims of documents
    # about the same thing (see _topic), and says nothing once most of the
    # corpus is about it: a block of its own, crowded like purpose words.
    keys.update(("context", fold(name)) for name in claim.context)
    keys.update(("place", fold(name)) for name in claim.places)
    if claim.purpose:
        words = (word.strip(_PUNCTUATION) for word in _content(claim.purpose, stop).split())
        keys.update(("word", word) for word in words if word)
    return keys


class Entry(NamedTuple):
    """What ``run`` needs of a claim it may compare, before it compares two.

    Small, so that the entries of a corpus too large to hold its claims fit
    in memory: ``collect`` makes them a block of linked claims at a time and
    ``finish`` compares them, reading the few claims it pairs.
    """

    order: tuple  # where run meets the claim: its fact's block (as link sorts them), the fact, the claim
    bucket: tuple[str, str]  # event family, figure kind
    fact_key: str
    claim_id: str
    doc_id: str
    # The claims of one fact that state the same thing (statements.py) share
    # this number: they are compared once.
    statement: int
    path: str
    subject: str  # the name of the party the claim credits
    value: float | None  # None: no specific figure ("hundreds of millions")
    slack: float
    topics: frozenset[tuple[str, str]]


# Topic keys that do not block once a crowd of claims shares them.
CROWDABLE = ("word", "place", "context")
# Which topic keys of each bucket (event family, figure kind) are crowded, when
# the claims at hand are only part of the corpus (a new file checked against
# it): the corpus's counts decide, not the part's.
Crowded = Mapping[tuple[str, str], frozenset[tuple[str, str]]]


def crowd_limit(claims: int) -> int:
    """How many of a bucket's ``claims`` may share a crowdable key before it is crowded."""
    return max(_CROWDED_BLOCK, int(_CROWDED_SHARE * claims))


def entry_bucket(rule: Rule, params: Parameters, options: LinkOptions, claim: Claim) -> tuple[str, str] | None:
    """The bucket of a claim that ``finish`` may pair (an entry with a specific
    figure, given that its block is linked), or None."""
    if pairing_value(claim) is None or not applies(rule, claim) or claim.role in params.roles_ignored:
        return None
    family = _family(options, claim)
    return (family, claim.kind) if family is not None else None


def pairing_keys(claim: Claim, params: Parameters) -> set[tuple[str, str]]:
    """The topic keys ``finish`` blocks a claim on (before crowded ones are left out)."""
    return _topic_keys(claim, frozenset(params.purpose_stop_words))


def value_window(value: float) -> tuple[float, float]:
    """The figures a claim of figure ``value`` can be paired with: within the
    widest rounding slack of either side (``_slack``), a little wider."""
    return value * (1 - _MAX_RELATIVE_GAP) * 0.999, value / (1 - _MAX_RELATIVE_GAP) * 1.001


def _statement_pairs(
    entries: list[Entry], members: list[list[int]], crowded_keys: frozenset[tuple[str, str]] | None = None
) -> list[tuple[int, int]]:
    """Pairs of statements (by number; ``members`` holds each one's entries, in
    entry order) whose claims share a topic key and whose figures may be one.

    The claims of one statement share their figure and topic keys, so the
    pairs of claims that share a key and are near in value are exactly the
    pairs of claims of these pairs of statements (a statement's own claims
    share its subject and never conflict)."""
    blocks: dict[tuple[str, str], list[tuple[float, int]]] = defaultdict(list)
    claims_in: dict[tuple[str, str], int] = defaultdict(int)
    for number, positions in enumerate(members):
        entry = entries[positions[0]]
        for key in entry.topics:
            blocks[key].append((entry.value, number))  # type: ignore[arg-type]
            claims_in[key] += len(positions)
    # A purpose word shared by a large share of the claims ("ai", "data" in a
    # technology corpus), or a company most documents are about, says little
    # on its own and would make one huge block: such keys do not block;
    # claims they join must share another key.
    crowded = crowd_limit(sum(len(positions) for positions in members))
    slacks = [entries[positions[0]].slack for positions in members]
    pairs: set[tuple[int, int]] = set()
    for key, block in blocks.items():
        # A block of one statement pairs nothing (most blocks: a name only one statement gives).
        if len(block) < 2 or (
            key[0] in CROWDABLE and (claims_in[key] > crowded if crowded_keys is None else key in crowded_keys)
        ):
            continue
        block.sort()
        values = [value for value, _ in block]
        numbers = [number for _, number in block]
        for value, x in block:
            slack = slacks[x]
            low = bisect.bisect_left(values, value - slack)
            high = bisect.bisect_right(values, value + slack)
            if high - low > 1:  # more than the statement itself
                pairs.update((x, y) if x < y else (y, x) for y in numbers[low:high] if y != x)
    return sorted(pairs)


Conflict = Callable[[Entry, Entry], "tuple[str, float] | None"]


def _first_conflicts(
    entries: list[Entry], conflict: Conflict, crowded_keys: frozenset[tuple[str, str]] | None = None
) -> Iterator[tuple[int, int, tuple[str, float]]]:
    """For each pair of statements that may conflict, the first pair of their
    claims (by entry position) that does, as the plain loop over pairs would
    meet it, and how (``conflict``'s answer: the topic they share, or None);
    ``conflict`` is asked once per pair of statements and order."""
    by_statement: dict[tuple[str, int], list[int]] = {}
    for position, entry in enumerate(entries):
        if entry.value is not None:  # "hundreds of millions" is no specific figure
            by_statement.setdefault((entry.fact_key, entry.statement), []).append(position)
    members = list(by_statement.values())
    spreads: dict[int, Spread] = {}

    def spread(number: int) -> Spread:
        if number not in spreads:
            spreads[number] = Spread(members[number], [entries[p].doc_id for p in members[number]])
        return spreads[number]

    for x, y in _statement_pairs(entries, members, crowded_keys):
        found = _first_pair(entries, members, x, y, spread, conflict)
        if found is not None:
            yield found


def _first_pair(
    entries: list[Entry],
    members: list[list[int]],
    x: int,
    y: int,
    spread: Callable[[int], Spread],
    conflict: Conflict,
) -> tuple[int, int, tuple[str, float]] | None:
    """The first pair (earlier, later) of a claim of statement ``x`` and one of
    ``y``, in two documents, that conflict. Whether they do depends only on
    the two statements and which comes first (claims of one document never
    conflict), so it is asked once per order."""
    refused: set[int] = set()  # the statements whose claims, met first, do not conflict
    sides = heapq.merge(((p, x, y) for p in members[x]), ((p, y, x) for p in members[y]))
    for position, own, other in sides:
        if own in refused:
            if other in refused:
                return None
            continue
        later = spread(other).first_after(position, entries[position].doc_id)
        if later is None:
            continue
        # The first pair met in this order: its answer is every such pair's.
        topic = conflict(entries[position], entries[later])
        if topic is not None:
            return position, later, topic
        refused.add(own)
    return None


def _buyer_and_bought(a: Claim, b: Claim, options: LinkOptions) -> bool:
    """In a takeover, the buyer and what it bought are both parties: one
    claim's subject being the other's object is one deal told from two sides."""
    if options.family(a.event) not in OBJECT_KEYED_FAMILIES:
        return False
    names_a = {fold(r.name) for r in (a.subject, a.object) if r is not None}
    names_b = {fold(r.name) for r in (b.subject, b.object) if r is not None}
    a_object = fold(a.object.name) if a.object else None
    b_object = fold(b.object.name) if b.object else None
    return (a_object is not None and a_object in names_b and a_object != b_object) or (
        b_object is not None and b_object in names_a and a_object != b_object
    )


def _a_party(claim: Claim) -> bool:
    """Whether a claim's subject is an organisation or a name of no known kind (no site, place or programme)."""
    return claim.subject is not None and claim.subject.type in ("organisation", "unknown")


def _parties_of_one_deal(a: Claim, b: Claim, params: Parameters) -> bool:
    """In a deal with two sides (a contract, an order, a takeover), one claim
    names the other's party: the contractor that won a contract and the
    customer that awarded it. (A pledge's beneficiary named by another
    backer is the conflict itself, so commitments are not two-sided.)"""
    assert a.subject and b.subject
    if a.event not in params.two_sided_events or b.event not in params.two_sided_events:
        return False
    return _names_a_party(b.subject.name, a.evidence.sentence) or _names_a_party(a.subject.name, b.evidence.sentence)


# Words before a name that make it a bidder the winner beat, no party to the
# deal: "beating the Karlsruhe foundry Glockengießerei Reinbold".
_RIVAL_BEFORE = re.compile(
    r"\b(?:beating|beat|beats|ahead\s+of|outbidding|outbid|edging\s+out|against|rivals?|competitors?|bidders?)\b[^,;.]{0,50}$",
    re.IGNORECASE,
)


# A name's last words written capitalised, as a name is ("Plant Hire").
_CAPITALISED_TAIL = re.compile(r"[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*)?$")


def _names_a_party(name: str, sentence: str) -> bool:
    """Whether a sentence names ``name`` (``_names``) other than as a rival it beat."""
    if not _names(name, sentence):
        return False
    words = name.split()
    if not name.isupper() and _CAPITALISED_TAIL.match(" ".join(words[-2:])) and " ".join(words[-2:]) not in sentence and words[0] not in sentence:
        return False  # "Brockwell Plant Hire" is not named by "the plant hire framework"
    tail = fold(" ".join(words[-2:]) if len(words) > 1 else name)
    folded = fold(sentence)
    return any(
        not _RIVAL_BEFORE.search(folded, 0, match.start())
        for match in re.finditer(r"(?<!\w)" + re.escape(tail) + r"(?!\w)", folded)
    )


# How far after a figure its customer is read, and the words that bring it in.
_CUSTOMER_REACH = 120
_FOR_A_PARTY = re.compile(r"\b(?:for|to)\s+(?:the\s+)?(?:[\w&'\u2019-]+\s+){0,3}?$")


# Before a figure, the party an order or a contract is with: "an order from
# the Japanese retailer Kinoshita for 90,000 metres", "a contract with Landolt to supply".
_DEAL_WITH_A_PARTY = re.compile(r"\b(?:order|orders|contract|contracts|agreement|deal)\s+(?:from|with)\s+(?:the\s+)?(?:[\w&'\u2019-]+\s+){0,3}?$")


def _customers_after(claim: Claim) -> set[str]:
    """The parties a claim's sentence names after its figure with "for" or
    "to" before them ("supply 140,000 trees a year to Hollybrook"), or
    before it as whom its order or contract is with ("an order from
    Kinoshita for 90,000 metres")."""
    sentence = claim.evidence.sentence
    start = max(0, claim.evidence.location.start - claim.evidence.sentence_start)
    end = max(0, claim.evidence.location.end - claim.evidence.sentence_start)
    found = set()
    named = (*claim.related, *((claim.object.name,) if claim.object is not None else ()))
    for name in named:
        for match in re.finditer(re.escape(name), sentence[end : end + _CUSTOMER_REACH]):
            if _FOR_A_PARTY.search(sentence, max(0, end + match.start() - 40), end + match.start()):
                found.add(fold(name))
        for match in re.finditer(re.escape(name), sentence[max(0, start - _CUSTOMER_REACH) : start]):
            at = max(0, start - _CUSTOMER_REACH) + match.start()
            if _DEAL_WITH_A_PARTY.search(sentence, max(0, at - 60), at) and len(sentence[at:start].split()) <= 8:
                found.add(fold(name))
    return found


def _customer_after_both(a: Claim, b: Claim) -> bool:
    return bool(_customers_after(a) & _customers_after(b))


def _names(name: str, sentence: str) -> bool:
    """Whether a sentence names ``name`` as a word (its last two words
    suffice: "Air Force" in "the U.S. Air Force")."""
    words = name.split()
    tail = " ".join(words[-2:]) if len(words) > 1 else name
    return re.search(r"(?<!\w)" + re.escape(fold(tail)) + r"(?!\w)", fold(sentence)) is not None


def _same_stated_figure(a: Claim, b: Claim, params: Parameters) -> bool:
    """The figures as written are one figure: "over $614 billion" and "over $720 billion"
    are not, although both intervals are open upwards and so overlap; nor are
    "more than $2 billion" and "$2.3 billion"."""
    assert a.value is not None and b.value is not None
    slack = max(min(a.value.precision, b.value.precision), params.relative_tolerance * max(a.value.value, b.value.value))
    return abs(a.value.value - b.value.value) <= slack


def partition_keys(params: Parameters) -> Callable[[Claim], tuple[str, ...]]:
    """A block of linked claims at a time (``collect``); ``finish`` compares across blocks."""
    options = params.link_options()
    return lambda claim: linking_keys(claim, options)


def collect(rule: Rule, params: Parameters, context: CheckContext) -> list[Entry]:
    """The entries of the claims of ``context`` that ``run`` may compare."""
    options = params.link_options()
    stop = frozenset(params.purpose_stop_words)
    entries: list[Entry] = []
    for fact in context.facts(options):
        block = block_key(fact.claims[0], options) or ()
        index = int(fact.key.rsplit("#", 1)[1])
        claims = sorted(fact.claims, key=claim_order)
        for position, (claim, stated) in enumerate(zip(claims, first_stated(claims))):
            if claim.value is None or claim.subject is None or not applies(rule, claim):
                continue
            if claim.role in params.roles_ignored:
                continue
            family = _family(options, claim)
            if family is None:
                continue
            value = claim.value
            specific = not (value.qualifier == "magnitude" or value.value <= 0)
            entries.append(
                Entry(
                    order=(block, index, position),
                    bucket=(family, claim.kind),
                    fact_key=fact.key,
                    claim_id=claim.id,
                    doc_id=claim.doc_id,
                    statement=stated,
                    path=claim.evidence.location.path,
                    subject=claim.subject.name,
                    value=value.value if specific else None,
                    slack=_slack(value.value, value.precision, params.relative_tolerance) if specific else 0.0,
                    topics=frozenset(_topic_keys(claim, stop)),
                )
            )
    return entries


def run(rule: Rule, params: Parameters, context: CheckContext) -> Iterable[Finding]:
    by_id = {claim.id: claim for claim in context.claims}
    crowded = context.crowded.get(rule.id)
    return finish(rule, params, collect(rule, params, context), lambda entry: by_id[entry.claim_id], crowded)


def finish(
    rule: Rule,
    params: Parameters,
    entries: Iterable[Entry],
    claim_of: Callable[[Entry], Claim],
    crowded: Crowded | None = None,
) -> Iterator[Finding]:
    """The findings among ``entries`` (of any number of blocks); ``claim_of`` reads an entry's claim.

    ``crowded``: the crowded keys of each bucket, when ``entries`` are only
    part of the corpus's (None: counted among ``entries``).
    """
    found = found_pairs(params, entries, claim_of, crowded)
    # The claims of a pair are read again as its finding is made: a large
    # corpus has tens of thousands of pairs, too many to hold their claims.
    for a, b, event, topic in _without_common_figures(found, params):
        yield _finding(rule, claim_of(a), claim_of(b), event, topic)


Pair = tuple[Entry, Entry, str, tuple[str, float]]


def found_pairs(
    params: Parameters, entries: Iterable[Entry], claim_of: Callable[[Entry], Claim], crowded: Crowded | None = None
) -> list[Pair]:
    """Each pair of facts' first conflicting claims (their entries, the event
    family, how they are linked), before common figures are left out."""
    options = params.link_options()
    # Only facts of one family and figure kind can conflict: bucket them so
    # unrelated events are never compared.
    buckets: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in sorted(entries, key=lambda entry: entry.order):
        buckets[entry.bucket].append(entry)

    stop = frozenset(params.purpose_stop_words)

    def conflict(entry_a: Entry, entry_b: Entry) -> tuple[str, float] | None:
        return _topic_of_conflict(claim_of(entry_a), claim_of(entry_b), params, options, stop)

    found: list[Pair] = []
    for key in sorted(buckets):
        entries = buckets[key]
        # One finding per pair of facts: their first conflicting claims.
        first: dict[tuple[str, str], tuple[int, int, tuple[str, float]]] = {}
        for item in _first_conflicts(entries, conflict, None if crowded is None else crowded.get(key, frozenset())):
            pair = (entries[item[0]].fact_key, entries[item[1]].fact_key)
            facts = (min(pair), max(pair))
            first[facts] = min(first.get(facts, item), item)
        for i, j, topic in sorted(first.values()):
            found.append((entries[i], entries[j], key[0], topic))
    return found


def weak_groups(found: Sequence[Pair], params: Parameters) -> dict[str, str]:
    """The claims (by id) joined by pairs only a weak topic links, each to its
    group's root: ``_without_common_figures`` counts the parties of a group."""
    parent: dict[str, str] = {}

    def root(claim_id: str) -> str:
        while parent.setdefault(claim_id, claim_id) != claim_id:
            parent[claim_id] = parent[parent[claim_id]]
            claim_id = parent[claim_id]
        return claim_id

    for a, b, _, topic in found:
        if topic[1] < params.strong_topic_threshold:
            parent[root(a.claim_id)] = root(b.claim_id)
    return {claim_id: root(claim_id) for claim_id in list(parent)}


def _topic_of_conflict(
    a: Claim, b: Claim, params: Parameters, options: LinkOptions, stop: frozenset[str]
) -> tuple[str, float] | None:
    """How two claims (``a`` met first) credit one figure to two parties, or None when they do not."""
    assert a.subject and b.subject and a.value and b.value
    if fold(a.subject.name) == fold(b.subject.name):
        return None
    if a.doc_id == b.doc_id:
        return None  # one document naming one sum twice names one party: a reading slip, not a conflict
    if _buyer_and_bought(a, b, options) or _parties_of_one_deal(a, b, params):
        return None
    if (a.event in params.party_only_events or b.event in params.party_only_events) and not (
        _a_party(a) and _a_party(b)
    ):
        return None
    if not _same_stated_figure(a, b, params) or not agree(a.value, b.value, params.relative_tolerance, params.rates):
        return None
    if min(a.value.value, b.value.value) < params.min_value:
        return None
    topic = _topic(a, b, params, stop)
    if topic is None or topic[1] < params.min_topic_score:
        return None
    if params.customer_after_figure and not _customer_after_both(a, b):
        return None
    specific = min(significant_digits(a.value), significant_digits(b.value)) >= params.min_significant_digits
    if not specific and topic[1] < params.strong_topic_threshold:
        return None
    if topic[1] < params.strong_topic_threshold and _years_differ(a, b):
        return None  # a weak topic joins only figures of one time
    if topic[1] < params.strong_topic_threshold and (a.value.qualifier == "over") != (b.value.qualifier == "over"):
        # "more than £1.5bn" on tracks and "£1.5bn" for jets: a floor is no
        # sum of its own, and only a strong link (a beneficiary both name)
        # makes it the other's figure.
        return None
    return topic


# Where a year only dates the document a figure is told in, or the section it
# stands under ("Commissioning, June 2023" over the contract won in 2021), not the figure.
_DOCUMENT_YEARS = frozenset({"metadata", "document", "section"})


def _years_differ(a: Claim, b: Claim) -> bool:
    """Whether two figures are dated to different years by the text that
    tells them. A story's own date does not date a deal it tells ("it has
    won a contract" in a release of 2 September 2025, "the contract it won"
    dated 2026 by when it starts elsewhere)."""
    if a.time is None or b.time is None or a.time.year == b.time.year:
        return False
    return a.time.source not in _DOCUMENT_YEARS and b.time.source not in _DOCUMENT_YEARS


def _without_common_figures(found: list[Pair], params: Parameters) -> list[Pair]:
    """Drop what only a weak topic joins when one figure is credited that way
    to three parties or more: "$994 billion" in four stories about one company
    for four different backers is a common figure, not one misattributed.
    A strong link (a shared beneficiary, purpose or party) always stands."""
    strong = params.strong_topic_threshold
    group = weak_groups(found, params)
    parties: dict[str, set[str]] = defaultdict(set)
    for a, b, _, topic in found:
        if topic[1] < strong:
            parties[group[a.claim_id]].update(fold(entry.subject) for entry in (a, b))
    return [item for item in found if item[3][1] >= strong or len(parties[group[item[0].claim_id]]) <= 2]


def _finding(rule: Rule, a: Claim, b: Claim, event: str, topic: tuple[str, float]) -> Finding:
    first, second = sorted((a, b), key=claim_order)
    assert first.subject and second.subject
    return make_finding(
        rule,
        FactRef(
            subject=" / ".join(sorted({first.subject.name, second.subject.name})),
            event=event,
            object=(first.object or second.object).name if (first.object or second.object) else None,
        ),
        (first, second),
        {
            "figure": figure(first),
            "event": event_label(event),
            "first_subject": first.subject.name,
            "first_where": where(first),
            "first": figure(first),
            "second_subject": second.subject.name,
            "second_where": where(second),
            "second": figure(second),
            "link": topic[0],
        },
    )
