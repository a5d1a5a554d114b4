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

import bisect
import functools
from array import array
from typing import Iterable, Sequence

from auditor.model import NOT_FOR, STANDS_FOR, Claim, DocumentClaims, EntityRef

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

    The names are indexed by what a short form of them can be (their first
    word, their initials), so a short form costs a look-up instead of a pass
    over every name of the corpus (``expansion_in``): it gives the same
    answers (tests/test_corpus_short_forms.py). Each key keeps only what a
    look-up needs of its names: the one name it stands for, or that it
    stands for several (``_SEVERAL``).

    A run that checks one new file against a stored corpus looks up a few
    dozen short forms in a table of tens of thousands of names, unpickled
    from the store: so the table is kept (``__getstate__``) as a few strings
    and an array, not an object per name, and each is unpacked when a
    look-up first needs it (unpickling dicts of tuples took a tenth of a
    second at 10,000 documents). Names a grown table adds (``with_names``)
    are kept beside the names it was grown from, indexed as before.
    """

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        pairs = sorted(set(names))
        self._parts: list[str] | None = [part for pair in pairs for part in pair]
        self._packed_parts: str | None = None
        by_first: dict[str, set[int]] = {}
        by_initials: dict[str, set[int]] = {}
        if pairs:  # a table of no name (a new file that adds none) imports no document model
            from auditor.document.coreference import initials_of_names

            for position, (name, written) in enumerate(pairs):
                if _gives_no_full_name(name, written):
                    continue  # "Echo Valley" said to stand for "Echo Valley Festivals" is no full name of its own
                by_first.setdefault(_first_key(name), set()).add(position)
                for initials in initials_of_names(name, written):
                    by_initials.setdefault(initials, set()).add(position)
        self._first_keys: list[str] | None = sorted(by_first)
        self._packed_first_keys: str | None = None
        self._first_targets = array("i", (_target(by_first[key], pairs) for key in self._first_keys))
        self._initials = {key: _target(positions, pairs) for key, positions in by_initials.items()}
        # What ``_resolved`` asks of the full names: only a name without a space is looked up.
        self._one_word_full = frozenset(name for name, written in pairs if " " not in name and not _gives_no_full_name(name, written))
        self._grow(())

    def _grow(self, added: Sequence[tuple[str, str]]) -> None:
        """Index ``added`` (sorted names that are not among the table's own) beside the table's names."""
        self._added = tuple(added)
        self._added_by_first: dict[str, set[tuple[str, str]]] = {}
        self._added_by_initials: dict[str, set[tuple[str, str]]] = {}
        if self._added:
            from auditor.document.coreference import initials_of_names

            for pair in self._added:
                name, written = pair
                if _gives_no_full_name(name, written):
                    continue
                self._added_by_first.setdefault(_first_key(name), set()).add(pair)
                for initials in initials_of_names(name, written):
                    self._added_by_initials.setdefault(initials, set()).add(pair)
        self._added_one_word = frozenset(name for name, written in self._added if " " not in name and not _gives_no_full_name(name, written))
        self._names: list[tuple[str, str]] | None = None
        self._full: set[str] | None = None
        self._designated: dict[str, str] | None = None
        self._by_last_word: dict[str, str] | None = None
        self._stated: dict[str, str] | None = None
        self._told_apart: dict[str, set[str]] | None = None
        self._expand = functools.lru_cache(maxsize=None)(self._expansion)

    # ----------------------------------------------------------------- the names

    @property
    def names(self) -> list[tuple[str, str]]:
        """Every full name of the corpus with its written form, sorted."""
        if self._names is None:
            parts = self._unpacked_parts()
            own = list(zip(parts[0::2], parts[1::2]))
            self._names = sorted(own + list(self._added)) if self._added else own
        return self._names

    @property
    def full(self) -> set[str]:
        """Every full name of the corpus."""
        if self._full is None:
            self._full = {canonical for canonical, written in self.names if not _gives_no_full_name(canonical, written)}
        return self._full

    def _unpacked_parts(self) -> list[str]:
        if self._parts is None:
            self._parts = _unpacked(self._packed_parts)
            self._packed_parts = None
        return self._parts

    def _pair(self, position: int) -> tuple[str, str]:
        parts = self._unpacked_parts()
        return parts[2 * position], parts[2 * position + 1]

    def _holds(self, pair: tuple[str, str]) -> bool:
        if pair in self._added:
            return True
        count = len(self._unpacked_parts()) // 2
        found = bisect.bisect_left(range(count), pair, key=self._pair)
        return found < count and self._pair(found) == pair

    def with_names(self, names: Iterable[tuple[str, str]]) -> ShortForms:
        """The table of this table's names and ``names``, as building it from all
        of them gives, indexing only the names it did not have."""
        new = sorted(pair for pair in set(names) if not self._holds(pair))
        # The grown table shares this one's own names and index, which neither changes.
        grown = ShortForms.__new__(ShortForms)
        grown.__dict__.update(self.__dict__)
        grown._grow(sorted(self._added + tuple(new)) if new else self._added)
        return grown

    # ----------------------------------------------------------------- look-ups

    def _first_target(self, key: str) -> int | None:
        if self._first_keys is None:
            self._first_keys = _unpacked(self._packed_first_keys)
            self._packed_first_keys = None
        found = bisect.bisect_left(self._first_keys, key)
        if found < len(self._first_keys) and self._first_keys[found] == key:
            return self._first_targets[found]
        return None

    def expansion(self, short: str) -> str | None:
        return self._expand(short)

    def _expansion(self, short: str) -> str | None:
        from auditor.document.coreference import expansion_in, is_acronym

        if self._told_apart is None:
            self._told_apart = {}
            for name, written in self.names:
                if written.startswith(NOT_FOR):
                    self._told_apart.setdefault(name, set()).add(written[len(NOT_FOR) :])
        if short in self._told_apart:
            # "Tallybridge", told apart from "Tallybridge Wealth" by a story:
            # the one other name it may stand for (a rare case, read whole).
            return expansion_in(short, self.names)

        key, acronym = _first_key(short), is_acronym(short)
        matches = set(self._added_by_first.get(key, ()))
        targets = [self._first_target(key)]
        if acronym:
            matches.update(self._added_by_initials.get(short, ()))
            targets.append(self._initials.get(short))
        for target in targets:
            if target == _SEVERAL:
                return None
            if target is not None:
                matches.add(self._pair(target))
        # One name written two ways ("Brennholt Wärmetechnik GmbH" in one
        # story, without "GmbH" in another) is still one name.
        names = {name for name, _ in matches}
        return min(names) if len({name.casefold() for name in names}) == 1 else None

    def resolve(self, claims: Iterable[Claim]) -> list[Claim]:
        resolved_claims: list[Claim] = []
        for claim in claims:
            subject, obj = self._resolved(claim.subject), self._resolved(claim.object)
            update: dict[str, object] = {}
            if subject is not claim.subject or obj is not claim.object:
                update.update(subject=subject, object=obj)
            # What a document is about and the parties a sentence names are
            # names of the corpus too: "Vernoux" in one story is the "Groupe
            # Vernoux" another names, which the two stories are both about.
            for field in ("context", "related"):
                names = getattr(claim, field)
                if names:
                    resolved = tuple(self._resolved_name(name) for name in names)
                    if resolved != names:
                        update[field] = resolved
            if update:
                claim = claim.model_copy(update=update)
            resolved_claims.append(claim)
        return resolved_claims

    def _resolved_name(self, name: str) -> str:
        ref = self._resolved(EntityRef(name=name, type="unknown", surface=name))
        return ref.name if ref is not None else name

    def _designated_name(self, short: str) -> str | None:
        """The one full name a designator opens before ``short`` ("Cerámicas
        Valdemar" for "Valdemar"), which the short name stands for."""
        if self._designated is None:
            written_as: dict[str, set[str]] = {}
            for name, written in self.names:
                if " " not in name and " " in written:
                    written_as.setdefault(name, set()).add(written)
            full = self.full
            self._designated = {
                name: next(iter(forms)) for name, forms in written_as.items() if len(forms) == 1 and next(iter(forms)) in full
            }
        return self._designated.get(short)

    def _last_word_name(self, short: str) -> str | None:
        """The one two-word name of the corpus ``short`` closes ("Tužkárna
        Vltava" for "Vltava", "Pneus Valcourt" for "Valcourt"): a story that
        writes a company by the word its name ends on, as one drops a word
        of another language that says what the company is. None when no
        such name or several end on it."""
        if self._by_last_word is None:
            by_last: dict[str, set[str]] = {}
            for name, written in self.names:
                words = name.split()
                if len(words) == 2 and not _gives_no_full_name(name, written) and all(word[:1].isupper() for word in words) and len(words[1]) >= 4:
                    by_last.setdefault(words[1].casefold(), set()).add(name)
            self._by_last_word = {key: next(iter(names)) for key, names in by_last.items() if len(names) == 1}
        return self._by_last_word.get(short.casefold())

    def _stated_short_name(self, short: str) -> str | None:
        """The one full name a document of the corpus says a short name of
        several words stands for ("Van Aerde" for "Van Aerde Juwelen", in
        that company's own report): given as the name's written form. In
        any case: "HAWKSMOOR HEATH" on a letterhead is "Hawksmoor Heath" in a
        forum post."""
        if self._stated is None:
            stated: dict[str, set[str]] = {}
            full = self.full
            for name, written in self.names:
                if _states_a_short_name(name, written) and written[len(STANDS_FOR) :] in full:
                    stated.setdefault(name.casefold(), set()).add(written[len(STANDS_FOR) :])
            self._stated = {name: next(iter(forms)) for name, forms in stated.items() if len({f.casefold() for f in forms}) == 1}
        return self._stated.get(short.casefold())

    def _resolved(self, ref: EntityRef | None) -> EntityRef | None:
        if ref is None or ref.type in ("country", "person", "place"):
            return ref
        if " " in ref.name:
            stated = self._stated_short_name(ref.name)
            return ref.model_copy(update={"name": stated}) if stated else ref
        if ref.name in self._one_word_full or ref.name in self._added_one_word:
            # "Valdemar" where another story names "Cerámicas Valdemar": the
            # name the designator opens, never another it opens itself; else
            # the one two-word name it closes ("Vltava", "Tužkárna Vltava").
            designated = self._designated_name(ref.name) or self._last_word_name(ref.name)
            return ref.model_copy(update={"name": designated}) if designated else ref
        expansion = self._expand(ref.name) or self._last_word_name(ref.name)
        # Initials a story of the corpus defines for a name they are no
        # initials of ("Bjørnefjord Sjøtransport AS (BST)"): that name, unless
        # the initials of another say otherwise.
        stated = self._stated_short_name(ref.name)
        if stated is not None and expansion is not None and stated != expansion:
            return ref
        expansion = expansion or stated
        return ref.model_copy(update={"name": expansion}) if expansion else ref

    # ----------------------------------------------------------------- pickling

    def __getstate__(self) -> dict:
        # Kept or sent as a few strings and an array (see the class), without
        # the cache of expansions.
        return {
            "parts": _packed(self._parts) if self._parts is not None else self._packed_parts,
            "first_keys": _packed(self._first_keys) if self._first_keys is not None else self._packed_first_keys,
            "first_targets": self._first_targets,
            "initials": self._initials,
            "one_word_full": self._one_word_full,
            "added": self._added,
        }

    def __setstate__(self, state: dict) -> None:
        self._parts, self._packed_parts = _split_packing(state["parts"])
        self._first_keys, self._packed_first_keys = _split_packing(state["first_keys"])
        self._first_targets = state["first_targets"]
        self._initials = state["initials"]
        self._one_word_full = state["one_word_full"]
        self._grow(state["added"])


# A key that stands for several names: a look-up of it expands to none.
_SEVERAL = -1
# Names come from documents, which hold no NUL (a file with one is refused as
# binary): strings of a table are kept joined by it, and unpacked with one split.
_JOIN = "\x00"


def _first_key(name: str) -> str:
    """What a short form of ``name`` is looked up by: its first word, case and
    a possessive's "'s" aside ("McGinley" for "McGinley's Hardware")."""
    first = name.split()[0].casefold()
    return first[:-2] if first.endswith(("'s", "\u2019s")) else first


def _gives_no_full_name(name: str, written: str) -> bool:
    """Whether a (name, written) pair says what a short name stands for or
    not (``STANDS_FOR``, ``NOT_FOR``), rather than giving a full name."""
    return written.startswith((STANDS_FOR, NOT_FOR))


def _states_a_short_name(name: str, written: str) -> bool:
    """Whether a (name, written) pair says a short name stands for a full one
    ("Van Aerde", STANDS_FOR + "Van Aerde Juwelen"), rather than giving a full
    name and how it was written."""
    return written.startswith(STANDS_FOR)


def _target(positions: set[int], pairs: Sequence[tuple[str, str]]) -> int:
    """The one name ``positions`` hold (however many ways it is written), or ``_SEVERAL``."""
    # (Written in capitals on one letterhead, "STONEROOF HOLIDAYS", it is still one name.)
    return min(positions) if len({pairs[position][0].casefold() for position in positions}) == 1 else _SEVERAL


def _packed(strings: list[str]) -> str | list[str]:
    """``strings`` as one string; as a list when there are none or one holds the separator."""
    joined = _JOIN.join(strings)
    return joined if strings and joined.count(_JOIN) == len(strings) - 1 else list(strings)


def _split_packing(kept: str | list[str]) -> tuple[list[str] | None, str | None]:
    """(the strings, None) when kept as a list; (None, the packed string) to unpack when needed."""
    return (kept, None) if isinstance(kept, list) else (None, kept)


def _unpacked(packed: str | None) -> list[str]:
    return packed.split(_JOIN) if packed is not None else []


def _all(results: Iterable[DocumentClaims]) -> Iterable[Claim]:
    for result in results:
        yield from result.claims
