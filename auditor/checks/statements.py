"""Claims that state the same thing, compared once.

A fact stated ten thousand times must cost about what it costs stated ten
times, plus reading. A pairwise check therefore compares *statements*, not
claims: two claims make one statement when they are equal in everything they
say, whatever says where they are (their ids, their document, their place in
it). Whether two claims of a fact conflict depends on what both state and on
how they stand to each other, and nothing else:

* their relation: in two documents, in one document but two sentences, or in
  one sentence (checks read ``doc_id`` and ``sentence_start`` only to tell
  these apart);
* which of the two comes first in reading order (checks take pairs as
  ``itertools.combinations`` gives them, and some read the first one's
  fields only).

So a check's pair test is asked once per (first statement, second
statement, relation), on a real pair of claims that stands so, and its answer
holds for every pair that stands so. The pairs are never listed: which claims
take part in a conflict, and which pair comes first, are found through sorted
positions of each statement's claims (in all, per document, per sentence).
``tests/test_statements.py`` holds each result to the plain loop over every
pair.
"""

from __future__ import annotations

import bisect
from collections import Counter
from itertools import combinations
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel

from auditor.model import Claim, Evidence, TimeRef

# Fields that say where a claim is stated, not what it states.
_PLACE_FIELDS: dict[type, frozenset[str]] = {
    Claim: frozenset({"id", "doc_id"}),
    Evidence: frozenset({"doc_id", "location", "sentence_start"}),
    TimeRef: frozenset({"start", "end"}),
}

OTHER_DOCUMENT, OTHER_SENTENCE, SAME_SENTENCE = 0, 1, 2
RELATIONS = (OTHER_DOCUMENT, OTHER_SENTENCE, SAME_SENTENCE)


def statement(claim: Claim) -> Hashable:
    """What a claim states: every field of it and of its parts (present and
    future ones alike), except those that say where it was stated. Parts
    with no such field are kept whole (records are frozen: they hash and
    compare by every field)."""
    return _placeless(claim)


def _placeless(record: BaseModel) -> Hashable:
    skip = _PLACE_FIELDS[type(record)]
    return tuple(
        _placeless(value) if type(value) in _PLACE_FIELDS else value
        for name, value in record.__dict__.items()
        if name not in skip
    )


def first_stated(claims: Sequence[Claim]) -> list[int]:
    """For each claim, the position of the first claim that states the same.

    Claims of one statement quote the same figure in the same sentence, so
    only claims that do are compared in full (most claims of a corpus are
    stated once, and their statements are never built)."""
    if len(claims) < 2:  # most facts: nothing to compare
        return list(range(len(claims)))
    quoted = Counter((claim.evidence.text, claim.evidence.sentence) for claim in claims)
    first: dict[Hashable, int] = {}
    numbers = []
    for position, claim in enumerate(claims):
        if quoted[(claim.evidence.text, claim.evidence.sentence)] > 1:
            numbers.append(first.setdefault(statement(claim), position))
        else:
            numbers.append(position)
    return numbers


def relation(a: Claim, b: Claim) -> int:
    if a.doc_id != b.doc_id:
        return OTHER_DOCUMENT
    return SAME_SENTENCE if a.evidence.sentence_start == b.evidence.sentence_start else OTHER_SENTENCE


class Spread:
    """Sorted positions, each with a label (a document, a sentence): the first
    position after, or the last before, a given one with a label other than a
    given one, each in logarithmic time."""

    def __init__(self, positions: list[int], labels: list[Hashable]) -> None:
        self.positions = positions
        self.labels = labels
        count = len(positions)
        # next_other[k]: the first index after k whose label differs from k's (count if none).
        self.next_other = [count] * count
        for k in range(count - 2, -1, -1):
            self.next_other[k] = k + 1 if labels[k + 1] != labels[k] else self.next_other[k + 1]
        # prev_other[k]: the last index before k whose label differs from k's (-1 if none).
        self.prev_other = [-1] * count
        for k in range(1, count):
            self.prev_other[k] = k - 1 if labels[k - 1] != labels[k] else self.prev_other[k - 1]

    def first_after(self, position: int, other_than: Hashable) -> int | None:
        k = bisect.bisect_right(self.positions, position)
        if k == len(self.positions):
            return None
        if self.labels[k] == other_than:
            k = self.next_other[k]
            if k == len(self.positions):
                return None
        return self.positions[k]

    def last_before(self, position: int, other_than: Hashable) -> int | None:
        k = bisect.bisect_left(self.positions, position) - 1
        if k < 0:
            return None
        if self.labels[k] == other_than:
            k = self.prev_other[k]
            if k < 0:
                return None
        return self.positions[k]


@dataclass
class _Statement:
    """Where one statement's claims are, by position in reading order."""

    positions: list[int] = field(default_factory=list)
    by_document: dict[str, list[int]] = field(default_factory=dict)
    by_sentence: dict[tuple[str, int], list[int]] = field(default_factory=dict)
    spreads: dict[str | None, Spread] = field(default_factory=dict)  # None: across documents; else within one


PairTest = Callable[[Claim, Claim], bool]


class Statements:
    """The claims of one fact (or one group a check compares), in the order a
    check takes pairs from, collapsed into statements."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.claims = list(claims)
        index: dict[int, int] = {}
        self.of: list[int] = []  # each claim's statement
        self.statements: list[_Statement] = []
        for position, (claim, first) in enumerate(zip(self.claims, first_stated(self.claims))):
            number = index.setdefault(first, len(index))
            if number == len(self.statements):
                self.statements.append(_Statement())
            self.of.append(number)
            found = self.statements[number]
            found.positions.append(position)
            found.by_document.setdefault(claim.doc_id, []).append(position)
            found.by_sentence.setdefault((claim.doc_id, claim.evidence.sentence_start), []).append(position)

    def repeats(self) -> bool:
        """Whether any statement is made more than once."""
        return len(self.statements) < len(self.claims)

    # ----------------------------------------------------------------- neighbours

    def _spread(self, number: int, position: int, kind: int) -> tuple[Spread | None, Hashable]:
        """The positions of statement ``number`` that can stand in relation
        ``kind`` (two documents, or two sentences of one) to the claim at
        ``position``, and the label they must not have."""
        found = self.statements[number]
        claim = self.claims[position]
        if kind == OTHER_DOCUMENT:
            key: object = None
            if key not in found.spreads:
                found.spreads[key] = Spread(found.positions, [self.claims[p].doc_id for p in found.positions])
            return found.spreads[key], claim.doc_id
        positions = found.by_document.get(claim.doc_id)
        if positions is None:
            return None, None
        if claim.doc_id not in found.spreads:
            found.spreads[claim.doc_id] = Spread(positions, [self.claims[p].evidence.sentence_start for p in positions])
        return found.spreads[claim.doc_id], claim.evidence.sentence_start

    def _in_sentence(self, number: int, position: int) -> list[int]:
        claim = self.claims[position]
        return self.statements[number].by_sentence.get((claim.doc_id, claim.evidence.sentence_start), [])

    def after(self, position: int, number: int, kind: int) -> int | None:
        """The first claim of statement ``number`` after ``position`` in relation ``kind`` to it."""
        if kind == SAME_SENTENCE:
            positions = self._in_sentence(number, position)
            k = bisect.bisect_right(positions, position)
            return positions[k] if k < len(positions) else None
        spread, other_than = self._spread(number, position, kind)
        return spread.first_after(position, other_than) if spread is not None else None

    def before(self, position: int, number: int, kind: int) -> int | None:
        """The last claim of statement ``number`` before ``position`` in relation ``kind`` to it."""
        if kind == SAME_SENTENCE:
            positions = self._in_sentence(number, position)
            k = bisect.bisect_left(positions, position)
            return positions[k - 1] if k > 0 else None
        spread, other_than = self._spread(number, position, kind)
        return spread.last_before(position, other_than) if spread is not None else None

    # ----------------------------------------------------------------- pairs

    def pairs_where(self, test: PairTest) -> "HoldingPairs":
        """The pairs (earlier, later) for which ``test`` holds, by kind."""
        return HoldingPairs(self, test)


class HoldingPairs:
    """The pairs of a :class:`Statements` for which a pair test holds.

    ``test(a, b)`` is asked of an earlier claim ``a`` and a later ``b`` and
    may read anything either states, and of their places only whether they
    share a document and a sentence."""

    def __init__(self, statements: Statements, test: PairTest) -> None:
        self.statements = statements
        self.test = test
        self._answers: dict[tuple[int, int, int], bool] = {}
        self._witnesses: dict[tuple[int, int, int], tuple[int, int]] = {}
        self._involved: list[int] | None = None
        # With no statement made twice, each pair is a kind of its own: the
        # plain loop over pairs asks the test as often, and more cheaply.
        self._pairs: list[tuple[int, int]] | None = None
        if not statements.repeats():
            claims = statements.claims
            self._pairs = [(i, j) for i, j in combinations(range(len(claims)), 2) if test(claims[i], claims[j])]

    def holds(self, first: int, second: int) -> bool:
        """Whether the test holds for the claims at two positions (``first`` < ``second``)."""
        claims = self.statements.claims
        of = self.statements.of
        kind = (of[first], of[second], relation(claims[first], claims[second]))
        answer = self._answers.get(kind)
        if answer is None:
            answer = self._answers[kind] = bool(self.test(claims[first], claims[second]))
            self._witnesses[kind] = (first, second)
        return answer

    def involved(self) -> list[Claim]:
        """Every claim that takes part in a pair that holds, in the given order."""
        if self._involved is None and self._pairs is not None:
            self._involved = sorted({position for pair in self._pairs for position in pair})
        if self._involved is None:
            self._involved = [position for position in range(len(self.statements.claims)) if self._takes_part(position)]
        return [self.statements.claims[position] for position in self._involved]

    def _takes_part(self, position: int) -> bool:
        statements = self.statements
        # No early return: every kind of pair is asked, for kinds().
        part = False
        for number in range(len(statements.statements)):
            for kind in RELATIONS:
                later = statements.after(position, number, kind)
                if later is not None and self.holds(position, later):
                    part = True
                earlier = statements.before(position, number, kind)
                if earlier is not None and self.holds(earlier, position):
                    part = True
        return part

    def any(self) -> bool:
        return bool(self.involved())

    def kinds(self) -> list[tuple[Claim, Claim]]:
        """One pair (earlier, later) of each kind for which the test holds."""
        claims = self.statements.claims
        if self._pairs is not None:
            return [(claims[first], claims[second]) for first, second in self._pairs]
        self.involved()
        return [
            (claims[first], claims[second])
            for kind, (first, second) in sorted(self._witnesses.items(), key=lambda item: item[1])
            if self._answers[kind]
        ]

    def first(self, among: PairTest | None = None) -> tuple[Claim, Claim] | None:
        """The first pair that holds, as ``itertools.combinations`` would meet it;
        with ``among``, the first that also passes that test (which, like the
        pair test, may read only what the two state and how they stand)."""
        statements = self.statements
        claims = statements.claims
        if self._pairs is not None:
            return next(
                ((claims[i], claims[j]) for i, j in self._pairs if among is None or among(claims[i], claims[j])), None
            )
        accepted: dict[tuple[int, int, int], bool] = {}
        for position in range(len(claims)):
            best: int | None = None
            for number in range(len(statements.statements)):
                for kind in RELATIONS:
                    later = statements.after(position, number, kind)
                    if later is None or (best is not None and later >= best) or not self.holds(position, later):
                        continue
                    if among is not None:
                        key = (statements.of[position], number, kind)
                        if key not in accepted:
                            accepted[key] = bool(among(claims[position], claims[later]))
                        if not accepted[key]:
                            continue
                    best = later
            if best is not None:
                return claims[position], claims[best]
        return None
