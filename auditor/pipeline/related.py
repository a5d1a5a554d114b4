"""What ``--against`` reads of the corpus: the claims that can take part in a
finding with the claims of the documents under review.

The store indexes claims, not documents (:func:`auditor.link.store_keys`), so
only the claims that can meet the reviewed ones are decoded, and the rules
see exactly what they would see of them in a check of the whole corpus:

- every block a reviewed claim belongs to, whole, under each partitioned rule
  (a block of linked claims, a subject's dates): a block is about one entity,
  found under the names its claims give (and the short forms that stand for
  them in this corpus), narrowed by kind and event family;
- for attribution-conflict, which pairs figures across blocks: every claim
  that can be paired with a claim of a block read (a shared name, place,
  context or purpose word that is not crowded in the corpus, a figure within
  rounding distance, the same event family and kind), with its own block,
  until no more come (a pair's finding can be dropped for a third party
  paired with either side); and which keys are crowded, counted over the
  whole corpus from the index.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from auditor.checks import EXECUTORS, CheckContext, partition_keys
from auditor.checks import attribution_conflict as attribution
from auditor.checks.context import LinkParameters
from auditor.link import LinkOptions, fold
from auditor.model import Claim, Document, Rule
from auditor.store import ClaimStore, DamagedEntry, decode_data, encode_data

from .partitions import RulePlan, needed_by
from .reading import StoredCorpus

# Rules whose partitions this module knows how to find from the index: each
# partition key names the fact's entity (its subject or object) first.
BLOCKED_KINDS = frozenset({"figure-mismatch", "year-mismatch", "date-mismatch", attribution.KIND, "deal-award-conflict"})


@dataclass
class Related:
    """The corpus claims checking the reviewed documents needs, their documents'
    records, and what two-step rules take from the whole corpus (by rule id)."""

    claims: list[Claim] = field(default_factory=list)
    heads: list[Document] = field(default_factory=list)
    crowded: dict[str, dict] = field(default_factory=dict)


def related_claims(
    corpus: StoredCorpus, read: Sequence[str], reviewed: Sequence[str], plan: RulePlan,
    documents: Mapping[str, str] | None = None,
) -> Related:
    """The corpus claims (and their documents' records) that checking ``reviewed`` needs.

    ``documents``: the SHA-256 of each document of ``read``, when every one
    is known: the claims counted for crowded keys are then kept with the
    store for the next run over the same documents, or over more.
    """
    others = set(read) - set(reviewed)
    needed = needed_by(plan)
    mine = [claim for _, claims in corpus.each_document(reviewed) for claim in claims if needed(claim)]
    if any(rule.kind not in BLOCKED_KINDS for rule in plan.partitioned):
        # A rule this module cannot find partitions for: every claim it reads.
        claims, heads = _whole_documents(corpus, sorted(others), needed)
        return Related(claims, heads)
    reader = _Reader(corpus, others, read, documents)
    for rule in plan.partitioned:
        reader.complete_blocks(rule, mine)
    found = Related()
    for rule in plan.partitioned:
        if rule.kind == attribution.KIND:
            found.crowded[rule.id] = reader.pair_closure(rule, mine)
    # In the order a check of the whole corpus reads them: by document, then position.
    found.claims = [claim for _, claim in sorted(reader.kept.items()) if needed(claim)]
    found.heads = reader.heads({claim.evidence.location.path for claim in found.claims})
    return found


class _Reader:
    """The corpus claims read so far, by document and position, and how to read more."""

    def __init__(
        self, corpus: StoredCorpus, others: set[str], read: Sequence[str], documents: Mapping[str, str] | None = None
    ) -> None:
        self.corpus = corpus
        self.store = corpus.store
        self.others = others
        self.read = read
        self.documents = documents
        self._documents: dict[str, list[Claim]] = {}  # raw claims of the documents decoded
        self._resolved: dict[tuple[str, int], Claim] = {}
        self.kept: dict[tuple[str, int], Claim] = {}  # the claims taken, in the order taken
        self._complete: dict[str, set[str]] = defaultdict(set)  # per rule id: the blocks read whole
        self._variants: dict[str, set[str]] | None = None

    # ----------------------------------------------------------------- claims

    def _claim(self, path: str, seq: int) -> Claim:
        found = self._resolved.get((path, seq))
        if found is None:
            if path not in self._documents:
                self._documents[path] = [claim for _, claims in self.corpus.each_raw([path]) for claim in claims]
            (found,) = self.corpus.short_forms.resolve([self._documents[path][seq]])
            self._resolved[(path, seq)] = found
        return found

    def _load(self, places: Iterable[tuple[str, int]]) -> list[tuple[tuple[str, int], Claim]]:
        wanted = sorted(set(places))
        missing = sorted({path for path, _ in wanted if path not in self._documents})
        for path, claims in self.corpus.each_raw(missing):
            self._documents[path] = list(claims)
        return [((path, seq), self._claim(path, seq)) for path, seq in wanted if seq < len(self._documents.get(path, ()))]

    def heads(self, paths: set[str]) -> list[Document]:
        heads: list[Document] = []
        for path in sorted(paths):
            heads.append(self.corpus.head(path))
        return heads

    # ----------------------------------------------------------------- names

    def variants(self, name: str) -> set[str]:
        """The names, as written, whose claims can be about ``name`` (folded) in
        this corpus: itself, and the short forms that stand for it."""
        if self._variants is None:
            self._variants = defaultdict(set)
            for canonical, written in self.corpus.short_forms.names:
                self._variants[fold(canonical)].add(f"{canonical}\0{written}")
        found = {name}
        pairs = self._variants.get(name, ())
        if pairs:
            from auditor.document.coreference import initials_of_names

            for pair in pairs:
                canonical, written = pair.split("\0")
                found.add(fold(canonical.split()[0]))
                found.update(fold(initials) for initials in initials_of_names(canonical, written))
        return found

    # ----------------------------------------------------------------- blocks

    def complete_blocks(self, rule: Rule, claims: Iterable[Claim]) -> list[Claim]:
        """Read every corpus claim of the blocks of ``claims`` under ``rule``; the claims added."""
        keys_of = partition_keys(rule)
        family = _options(rule).family
        done = self._complete[rule.id]
        wanted: dict[str, set[tuple[str, str | None]]] = defaultdict(set)  # entity -> (kind, family)
        keys: set[str] = set()
        for claim in claims:
            for key in keys_of(claim):
                if key in done:
                    continue
                keys.add(key)
                for ref in (claim.subject, claim.object):
                    if ref is not None and key.startswith(fold(ref.name) + "/"):
                        wanted[fold(ref.name)].add((claim.kind, family(claim.event)))
        if not keys:
            return []
        done |= keys
        lookup = {f"ent:{variant}": entity for entity in wanted for variant in self.variants(entity)}
        places = set()
        for key, path, seq, kind, event, _, _ in self.store.indexed(lookup):
            if path in self.others and (kind, family(event)) in wanted[lookup[key]]:
                places.add((path, seq))
        added = []
        for place, claim in self._load(places):
            if place not in self.kept and set(keys_of(claim)) & keys:
                self.kept[place] = claim
                added.append(claim)
        return added

    # ----------------------------------------------------------------- pairs

    def pair_closure(self, rule: Rule, mine: Sequence[Claim]) -> dict:
        """Read every claim attribution-conflict can pair with a claim of the
        reviewed claims' blocks, and, while a pair with a reviewed claim is
        linked only weakly, every claim that can be paired with its group
        (a figure weakly credited to three parties is dropped); the keys
        crowded in the corpus, for every claim read."""
        executor = EXECUTORS[rule.kind]
        params = executor.Parameters.model_validate(rule.parameters)
        options = params.link_options()
        keys_of = partition_keys(rule)
        crowd = _Crowd(self.store, set(self.read), rule, params, options, self.documents)
        # Every claim read with a block of this rule has its whole block.
        self.complete_blocks(rule, [claim for claim in self.kept.values() if keys_of(claim)])
        # Findings with a reviewed claim come from pairs of facts of its blocks.
        blocks = {key for claim in mine for key in keys_of(claim)}
        pending = [*mine, *(claim for claim in self.kept.values() if blocks.intersection(keys_of(claim)))]
        reviewed = {claim.id for claim in mine}
        expanded: set[str] = set()
        while pending:
            self._pair_candidates(rule, params, options, crowd, pending)
            expanded.update(claim.id for claim in pending)
            claims = [*mine, *self.kept.values()]
            by_id = {claim.id: claim for claim in claims}
            entries = attribution.collect(rule, params, CheckContext(claims=claims))
            found = attribution.found_pairs(params, entries, lambda entry: by_id[entry.claim_id], crowd.table(claims))
            group = attribution.weak_groups(found, params)
            weak = [(a, b) for a, b, _, topic in found if topic[1] < params.strong_topic_threshold]
            parties: dict[str, set[str]] = defaultdict(set)
            for a, b in weak:
                parties[group[a.claim_id]].update((fold(a.subject), fold(b.subject)))
            # A group of three parties or more is dropped whatever else joins it:
            # only the smaller groups of a reviewed claim's pairs may still change.
            open_groups = {
                group[a.claim_id]
                for a, b in weak
                if (a.claim_id in reviewed or b.claim_id in reviewed) and len(parties[group[a.claim_id]]) <= 2
            }
            pending = [by_id[claim_id] for claim_id, root in group.items() if root in open_groups and claim_id not in expanded]
        return crowd.table([*mine, *self.kept.values()])

    def _pair_candidates(self, rule: Rule, params, options: LinkOptions, crowd: "_Crowd", claims: Sequence[Claim]) -> None:  # type: ignore[no-untyped-def]
        """Read the claims that can be paired with ``claims``, with their blocks."""
        lookups: dict[str, list[tuple[float, float, tuple[str, str]]]] = defaultdict(list)
        crowd.count(key for claim in claims for key in attribution.pairing_keys(claim, params))
        for claim in claims:
            bucket = attribution.entry_bucket(rule, params, options, claim)
            if bucket is None:
                continue
            low, high = attribution.value_window(claim.value.value)  # type: ignore[union-attr]
            for key in attribution.pairing_keys(claim, params):
                if key[0] in attribution.CROWDABLE and crowd.crowded(bucket, key):
                    continue
                for stored in _stored_keys(key, self.variants):
                    lookups[stored].append((low, high, bucket))
        candidates: set[tuple[str, int]] = set()
        for stored, windows in lookups.items():
            low = min(window[0] for window in windows)
            high = max(window[1] for window in windows)
            for _, path, seq, kind, event, _, value in self.store.indexed([stored], low, high):
                if path in self.others and (path, seq) not in self.kept and any(
                    lo <= value <= hi and bucket == (options.family(event), kind) for lo, hi, bucket in windows
                ):
                    candidates.add((path, seq))
        paired = []
        for place, claim in self._load(candidates):
            if place not in self.kept and attribution.entry_bucket(rule, params, options, claim) is not None:
                self.kept[place] = claim
                paired.append(claim)
        self.complete_blocks(rule, paired)


def _stored_keys(key: tuple[str, str], variants: Callable[[str], set[str]]) -> list[str]:
    """The index keys under which claims that share attribution-conflict's topic ``key`` are kept."""
    kind, name = key
    if kind == "name":  # a subject or object (short forms too), or another party of the sentence
        return [f"ent:{variant}" for variant in variants(name)] + [f"rel:{name}"]
    return [{"context": "ctx", "place": "place", "word": "word"}[kind] + f":{name}"]


class _Crowd:
    """attribution-conflict's crowded keys, counted over the run's documents from the index."""

    def __init__(  # type: ignore[no-untyped-def]
        self, store, read: set[str], rule: Rule, params, options: LinkOptions, documents: Mapping[str, str] | None = None
    ) -> None:
        self.store = store
        self.rule = rule
        self.params = params
        self.options = options
        self.read = read
        self._outside: list[str] | None = None
        self.totals: dict[tuple[str, str], int] = defaultdict(int)
        for kind, event, role, count in pairing_counts(store, read, documents):
            bucket = self._bucket(kind, event, role)
            if bucket is not None:
                self.totals[bucket] += count
        self.counts: dict[tuple[tuple[str, str], str], int] = {}
        self._filled: set[str] = set()

    @property
    def outside(self) -> list[str]:
        """Documents indexed that this run does not read (another corpus's, a
        file since deleted): their claims are not counted."""
        if self._outside is None:
            self._outside = sorted(self.store.indexed_paths() - self.read)
        return self._outside

    def _bucket(self, kind: str, event: str | None, role: str | None) -> tuple[str, str] | None:
        kinds = self.rule.applies_to.get("kinds", ())
        events = self.rule.applies_to.get("events", ())
        if (kinds and kind not in kinds) or (events and event not in events) or role in self.params.roles_ignored:
            return None
        family = self.options.family(event)
        return (family, kind) if family is not None else None

    def _count(self, keys: list[str], add: Callable[[str, tuple[str, str], int], None]) -> None:
        for sign, paths in ((1, None), (-1, self.outside)):
            if paths == []:
                continue
            for key, kind, event, role, count in self.store.index_counts(keys, paths):
                bucket = self._bucket(kind, event, role)
                if bucket is not None:
                    add(key, bucket, sign * count)

    def crowded(self, bucket: tuple[str, str], key: tuple[str, str]) -> bool:
        stored = _stored_keys(key, lambda name: {name})[0]
        if stored not in self._filled:
            self._fill([stored])
        return self.counts.get((bucket, stored), 0) > attribution.crowd_limit(self.totals.get(bucket, 0))

    def count(self, keys: Iterable[tuple[str, str]]) -> None:
        """Count the claims of the crowdable ``keys`` not counted yet, in one go."""
        stored = {_stored_keys(key, lambda name: {name})[0] for key in keys if key[0] in attribution.CROWDABLE}
        if stored - self._filled:
            self._fill(sorted(stored - self._filled))

    def _fill(self, stored: list[str]) -> None:
        self._filled.update(stored)

        def add(key: str, bucket: tuple[str, str], count: int) -> None:
            self.counts[(bucket, key)] = self.counts.get((bucket, key), 0) + count

        self._count(stored, add)

    def table(self, claims: Sequence[Claim]) -> dict:
        """The crowded keys of each bucket among the keys of ``claims``."""
        wanted: set[tuple[tuple[str, str], tuple[str, str]]] = set()
        for claim in claims:
            bucket = attribution.entry_bucket(self.rule, self.params, self.options, claim)
            if bucket is None:
                continue
            wanted.update((bucket, key) for key in attribution.pairing_keys(claim, self.params) if key[0] in attribution.CROWDABLE)
        self.count(key for _, key in wanted)
        table: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
        for bucket, key in wanted:
            if self.crowded(bucket, key):
                table[bucket].add(key)
        return {bucket: frozenset(keys) for bucket, keys in table.items()}


# The corpus table of the claims with a pairing figure, counted by kind,
# event and role, with the documents (path -> SHA-256) they were counted in.
PAIRING_COUNTS = "pairing-counts"
PairingCount = tuple[str, "str | None", "str | None", int]


def pairing_counts(store: ClaimStore, read: set[str], documents: Mapping[str, str] | None) -> list[PairingCount]:
    """(kind, event, role, count) of the claims of the documents of ``read`` that
    attribution-conflict can pair across subjects (index key ``*``).

    Counting them from the index takes a tenth of a second at 10,000
    documents, in a run that otherwise reads a few hundred claims; so the
    counts are kept with the store, with the documents (``documents``: path
    -> SHA-256) they were counted in. A run over the same documents takes
    them as they are; a run over the same and more (new files checked
    against the corpus) adds what the index holds of the new ones; any other
    counts again and keeps its counts.
    """
    kept = _kept_counts(store) if documents is not None else None
    if kept is not None:
        counted_in, counts = kept
        if all(documents.get(path) == sha256 for path, sha256 in counted_in.items()):  # type: ignore[union-attr]
            added = [path for path in read if path not in counted_in]
            if added:
                totals = {(kind, event, role): count for kind, event, role, count in counts}
                for _, kind, event, role, count in store.index_counts(["*"], added):
                    totals[(kind, event, role)] = totals.get((kind, event, role), 0) + count
                counts = [(kind, event, role, count) for (kind, event, role), count in totals.items()]
            return counts
    totals: dict[tuple[str, str | None, str | None], int] = defaultdict(int)
    outside = sorted(store.indexed_paths() - read)
    for sign, paths in ((1, None), (-1, outside)):
        if paths == []:
            continue
        for _, kind, event, role, count in store.index_counts(["*"], paths):
            totals[(kind, event, role)] += sign * count
    counts = [(kind, event, role, count) for (kind, event, role), count in sorted(totals.items(), key=repr) if count]
    if documents is not None and store.location is not None:
        store.put_table(PAIRING_COUNTS, encode_data({"documents": dict(documents), "counts": counts}))
    return counts


def _kept_counts(store: ClaimStore) -> tuple[dict[str, str], list[PairingCount]] | None:
    """The pairing counts kept with the store, and the documents they were counted in; None when there are none
    (or they do not decode: counted again)."""
    data = store.table(PAIRING_COUNTS)
    if data is None:
        return None
    try:
        kept = decode_data(data)
        documents = {str(path): str(sha256) for path, sha256 in kept["documents"].items()}
        counts = [(str(kind), event, role, int(count)) for kind, event, role, count in kept["counts"]]
    except (DamagedEntry, KeyError, TypeError, ValueError, AttributeError):
        return None
    return documents, counts


def _options(rule: Rule) -> LinkOptions:
    params = EXECUTORS[rule.kind].Parameters.model_validate(rule.parameters)
    return params.link_options() if isinstance(params, LinkParameters) else LinkOptions()


def _whole_documents(
    corpus: StoredCorpus, paths: Sequence[str], needed: Callable[[Claim], bool]
) -> tuple[list[Claim], list[Document]]:
    claims: list[Claim] = []
    heads: list[Document] = []
    for row in corpus.rows(paths, with_heads=True):
        _, claims_of, head = corpus.decode(row)
        kept = [claim for claim in claims_of if needed(claim)]
        if kept and head is not None:
            claims += kept
            heads.append(head)
    return claims, heads
