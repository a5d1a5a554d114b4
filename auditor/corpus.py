"""What the corpus knows that no document alone does.

A document may call a company only "Alverna" or "ARS" without ever giving
its full name; another document of the corpus names "Alverna Rail Systems".
When exactly one full name of the corpus can be meant (its first word, or its
initials for a word in capitals), claims about the short form are claims
about the full name. A short form two full names could stand for ("Halvard"
with both "Halvard Capital" and "Halvard Minerals") is left as it is.

This is the one step between extraction and linking that reads every
document's names: extraction stays a pure function of one document.
"""

from __future__ import annotations

import functools
from typing import Iterable, Sequence

from auditor.model import Claim, DocumentClaims, EntityRef

# auditor.document.coreference is imported where it is used: it brings in the
# document model and extraction, which a run whose claims are all in the
# store never needs (a quarter of a second of start-up).


def resolve_short_forms(results: Sequence[DocumentClaims]) -> list[Claim]:
    """Every claim of ``results``, with corpus-wide short forms expanded."""
    return ShortForms(pair for result in results for pair in names_of(result)).resolve(_all(results))


def names_of(result: DocumentClaims) -> tuple[tuple[str, str], ...]:
    """What one document tells the corpus: the full names it gives."""
    return result.names


class ShortForms:
    """The corpus's full names, and what a short form of one stands for.

    Built from every document's ``names_of`` (which a claim store keeps, so
    the table is built without reading any claim); ``resolve`` then works a
    document at a time.
    """

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self.names = sorted(set(names))
        self.full = {canonical for canonical, _ in self.names}
        # The names indexed by what a short form of them can be (their first
        # word, their initials), so a short form costs a look-up instead of a
        # pass over every name of the corpus (``expansion_in``): it gives the
        # same answers (tests/test_corpus_short_forms.py).
        # Tuples, not sets: nearly every entry holds one name, and the table is
        # unpickled from the store by every run (50,000 frozensets took half
        # of its time at 10,000 documents).
        self._by_first: dict[str, tuple[tuple[str, str], ...]] = {}
        self._by_initials: dict[str, tuple[tuple[str, str], ...]] = {}
        self._index(self.names)
        self._expand = functools.lru_cache(maxsize=None)(self._expansion)

    def _index(self, names: Iterable[tuple[str, str]]) -> None:
        names = list(names)
        if not names:
            return  # a new file that adds no name: the document model is not even imported
        from auditor.document.coreference import initials_of_names

        by_first: dict[str, set[tuple[str, str]]] = {}
        by_initials: dict[str, set[tuple[str, str]]] = {}
        for pair in names:
            name, written = pair
            by_first.setdefault(name.split()[0].casefold(), set()).add(pair)
            for initials in initials_of_names(name, written):
                by_initials.setdefault(initials, set()).add(pair)
        # Each entry is replaced, never changed in place: a grown table
        # (``with_names``) shares the entries it does not add to.
        for index, added in ((self._by_first, by_first), (self._by_initials, by_initials)):
            for key, pairs in added.items():
                index[key] = tuple(sorted(pairs.union(index.get(key, ()))))

    def with_names(self, names: Iterable[tuple[str, str]]) -> ShortForms:
        """The table of this table's names and ``names``, as building it from all
        of them gives, indexing only the names it did not have."""
        new = sorted(set(names).difference(self.names))
        grown = ShortForms(())
        grown.names = sorted(self.names + new) if new else list(self.names)
        grown.full = self.full | {canonical for canonical, _ in new}
        grown._by_first, grown._by_initials = dict(self._by_first), dict(self._by_initials)
        grown._index(new)
        return grown

    def expansion(self, short: str) -> str | None:
        return self._expand(short)

    def _expansion(self, short: str) -> str | None:
        from auditor.document.coreference import is_acronym

        matches = set(self._by_first.get(short.casefold(), ()))
        if is_acronym(short):
            matches.update(self._by_initials.get(short, ()))
        return next(iter(matches))[0] if len(matches) == 1 else None

    def resolve(self, claims: Iterable[Claim]) -> list[Claim]:
        resolved_claims: list[Claim] = []
        for claim in claims:
            subject, obj = self._resolved(claim.subject), self._resolved(claim.object)
            if subject is not claim.subject or obj is not claim.object:
                claim = claim.model_copy(update={"subject": subject, "object": obj})
            resolved_claims.append(claim)
        return resolved_claims

    def _resolved(self, ref: EntityRef | None) -> EntityRef | None:
        if ref is None or " " in ref.name or ref.name in self.full or ref.type in ("country", "person", "place"):
            return ref
        expansion = self._expand(ref.name)
        return ref.model_copy(update={"name": expansion}) if expansion else ref

    def __getstate__(self) -> dict:
        # Kept or sent with its index, without the cache of expansions.
        return {"names": self.names, "full": self.full, "by_first": self._by_first, "by_initials": self._by_initials}

    def __setstate__(self, state: dict) -> None:
        self.names, self.full = state["names"], state["full"]
        self._by_first, self._by_initials = state["by_first"], state["by_initials"]
        self._expand = functools.lru_cache(maxsize=None)(self._expansion)


def _all(results: Iterable[DocumentClaims]) -> Iterable[Claim]:
    for result in results:
        yield from result.claims
