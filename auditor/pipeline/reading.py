"""A run's documents as the claim store keeps them, read back on demand.

Claims come back with the corpus's short forms resolved; an entry that does
not decode is extracted again from its source, and the store says so.
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from auditor.corpus import ShortForms
from auditor.model import Claim, ClaimSource, Document, DocumentClaims, DocumentStatus
from auditor.sources import SourceFile, read_bytes, skipped_status
from auditor.store import ClaimStore, DamagedEntry, decode, package_fingerprint

from .extraction import Job, SourceBytes, extract_job
from .kept_encodings import encoded_claims, kept_digest
from .local import Decoded, Row

Record = TypeVar("Record", Document, DocumentClaims)


def job_input(job: SourceFile | Document) -> Job | DocumentStatus:
    """What extraction needs: a loaded document, or a file's path and bytes (read here)."""
    if isinstance(job, Document):
        return job
    data = read_bytes(job.location)
    if isinstance(data, str):
        return skipped_status(job.path, data, "unreadable")
    return SourceBytes(job.path, data)


class StoredCorpus:
    """The documents of one run in the store: rows, records and claims, by path."""

    def __init__(
        self, store: ClaimStore, origins: Mapping[str, SourceFile | Document], knowledge_dir: Path | None
    ) -> None:
        self.store = store
        self.origins = origins  # where to read a document again if its entry is damaged
        self.knowledge_dir = knowledge_dir
        self.short_forms = ShortForms(())

    def rows(self, paths: Sequence[str], with_heads: bool) -> Iterator[Row]:
        """The stored entries of ``paths``, in the order given, still encoded."""
        if with_heads:
            return iter(self.store.payloads(paths, "claims", "head"))  # type: ignore[arg-type]
        return ((path, claims, None) for path, claims in self.store.payloads(paths, "claims"))

    def decode(self, row: Row) -> Decoded:
        """A row's claims (short forms resolved) and record."""
        path, claims, head = row
        try:
            return (
                path,
                self.short_forms.resolve(decode(DocumentClaims, claims).claims) if claims is not None else (),
                decode(Document, head) if head is not None else None,
            )
        except DamagedEntry:
            self.reextract(path)
            return path, self.claims(path), self.head(path) if head else None

    def each_document(self, paths: Sequence[str]) -> Iterator[tuple[str, Sequence[Claim]]]:
        for row in self.rows(paths, False):
            path, claims, _ = self.decode(row)
            yield path, claims

    def each_raw(self, paths: Sequence[str]) -> Iterator[tuple[str, Sequence[Claim]]]:
        """Each document's claims as extracted (short forms not resolved), in the
        order the store keeps them (the positions its index gives)."""
        for path, claims in self.store.payloads(paths, "claims"):
            try:
                yield path, decode(DocumentClaims, claims).claims if claims is not None else ()
            except DamagedEntry:
                self.reextract(path)
                found = self.store.payload(path, DocumentClaims, "claims")
                yield path, found.claims if found is not None else ()

    def claim_source(self, paths: Sequence[str], count: int) -> Sequence[Claim]:
        """The claims of ``paths`` (``count`` of them) for the run's result, in path order:
        read from the store again while the report is written, not held; held
        when the store is in memory (it is gone with the run)."""
        if self.store.location is None:
            return tuple(claim for _, claims in self.each_document(paths) for claim in claims)
        origins = {path: self.origins[path] for path in paths if path in self.origins}
        hashes = self.store.content_hashes(paths)
        documents = tuple((path, hashes[path]) for path in paths if path in hashes)
        # What claims read now depend on besides their documents: encodings
        # are kept only when every document is known by its content hash.
        # Worked out when a report asks for them (a JSON report): the short
        # forms of a large corpus take a while to write out.
        basis = None
        if len(documents) == len(paths):
            basis = functools.partial(_kept_basis, self.store.fingerprint, self.short_forms)
        return StoredClaims(
            self.store, origins, self.knowledge_dir, self.short_forms, tuple(paths), count, documents, basis
        )

    def claims(self, path: str) -> tuple[Claim, ...]:
        """A read document's claims (none when its extraction failed)."""
        found = self._payload(path, DocumentClaims, "claims")
        return tuple(self.short_forms.resolve(found.claims)) if found is not None else ()

    def head(self, path: str) -> Document:
        """A read document's record, without its text."""
        found = self._payload(path, Document, "head")
        if found is None:
            raise DamagedEntry(f"the claim store lost the document {path} during the run")
        return found

    def heads(self, paths: Sequence[str]) -> list[Document]:
        """The records of read documents, without their text, in the order given:
        read in batches (one query per document was a tenth of a warm re-check)."""
        found: dict[str, Document] = {}
        for path, head in self.store.payloads(paths, "head"):
            try:
                found[path] = decode(Document, head)
            except DamagedEntry:
                found[path] = self.head(path)
        return [found[path] if path in found else self.head(path) for path in paths]

    def claim_reader(self) -> Callable[[str, str], Claim]:
        """Reads one claim by its document and id; recent documents are kept."""

        @functools.lru_cache(maxsize=256)
        def claims_of(path: str) -> dict[str, Claim]:
            return {claim.id: claim for claim in self.claims(path)}

        return lambda path, claim_id: claims_of(path)[claim_id]

    def reextract(self, path: str) -> None:
        """Extract a document again, here, because its stored entry did not decode."""
        self.store.notices.append(f"claim store: the entry of {path} was damaged; it was extracted again")
        item = job_input(self.origins[path])
        result = item if isinstance(item, DocumentStatus) else extract_job(item, self.knowledge_dir)
        if isinstance(result, DocumentStatus):
            raise DamagedEntry(f"{path} can no longer be read: {result.reason}")
        self.store.put(result)
        self.store.flush()

    def _payload(self, path: str, record_type: type[Record], column: str) -> Record | None:
        try:
            return self.store.payload(path, record_type, column)
        except DamagedEntry:
            self.reextract(path)
            return self.store.payload(path, record_type, column)


def _kept_basis(fingerprint: str, short_forms: ShortForms) -> str:
    """The digest of what a run's claims depend on besides their documents: the
    tool's code, the store's fingerprint and the corpus's short forms."""
    names = json.dumps(short_forms.names, ensure_ascii=False)
    return kept_digest(package_fingerprint(), fingerprint, names)


class StoredClaims(ClaimSource):
    """Claims of some documents of a run, read from the claim store each time
    they are iterated (over a connection of their own: the run's is closed by
    then), a document at a time, short forms resolved as in the run."""

    def __init__(
        self,
        store: ClaimStore,
        origins: Mapping[str, SourceFile | Document],
        knowledge_dir: Path | None,
        short_forms: ShortForms,
        paths: tuple[str, ...],
        count: int,
        documents: tuple[tuple[str, str], ...] = (),
        basis: Callable[[], str] | None = None,
    ) -> None:
        self._store = store
        self._origins = origins
        self._knowledge_dir = knowledge_dir
        self._short_forms = short_forms
        self._paths = paths
        self._count = count
        # Each path with its content hash, and what gives the digest of what
        # else the claims depend on (None: what is made of them is not kept).
        self._documents = documents
        self._basis = functools.cache(basis) if basis is not None else None
        # What reading them found (an entry damaged since the run, extracted
        # again), for whoever writes the report to say once it is written.
        self.notices: list[str] = []

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Claim]:
        with self._reading() as corpus:
            for _, claims in corpus.each_document(self._paths):
                yield from claims

    def encoded(self, form: str, encode: Callable[[Claim], Any]) -> Iterator[Any]:
        """``encode`` of each claim, kept in the store (``kept_encodings``): a run
        over the same documents, code and short forms decodes no claim."""
        if self._basis is None:
            yield from map(encode, self)
            return
        with self._reading() as corpus:
            yield from encoded_claims(corpus.store, form, self._basis(), self._documents, corpus.each_document, encode)

    @contextlib.contextmanager
    def _reading(self) -> Iterator[StoredCorpus]:
        store = self._store.reopened()
        try:
            corpus = StoredCorpus(store, self._origins, self._knowledge_dir)
            corpus.short_forms = self._short_forms
            yield corpus
        finally:
            # An entry found damaged now is extracted again and kept; the
            # run's notices are said by now, so this one is kept here.
            self.notices.extend(notice for notice in store.notices if notice not in self.notices)
            store.close()
