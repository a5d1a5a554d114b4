"""What a report made of the claims it lists, kept in the claim store beside them.

A JSON report lists the claims of every document its findings cite: at
10,000 documents, 40,000 claims decoded from the store and encoded again,
most of the time a warm re-check spends. What the reporter makes of a claim
(``ClaimSource.encoded``) is a pure function of the claim, so it is kept in
the store's corpus tables, a chunk of documents to a row, each row under a
digest of everything it depends on: the form's name, the package's code, the
claims' fingerprint, the corpus's short forms and each document's path and
content hash. A run over the same documents reads the rows instead of the
claims; a row whose digest differs is made again from the claims and
replaced. Rows are read and written a chunk at a time, so memory stays
bounded by a chunk, not the corpus.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from auditor.model import Claim
from auditor.store import ClaimStore, DamagedEntry, decode_data, encode_data

# Documents per row: a row is read whole, and 256 documents' claims encoded
# for a report are about 1 MB of JSON.
CHUNK = 256
# The corpus tables' names: ``encoded-claims:FORM:N`` for the Nth chunk.
_TABLE = "encoded-claims"

ClaimsOf = Callable[[Sequence[str]], Iterator[tuple[str, Sequence[Claim]]]]


def kept_digest(*parts: str) -> str:
    """One digest of ``parts`` (length-prefixed: no two different lists give one stream)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def encoded_claims(
    store: ClaimStore,
    form: str,
    basis: str,
    documents: Sequence[tuple[str, str]],
    claims_of: ClaimsOf,
    encode: Callable[[Claim], Any],
) -> Iterator[Any]:
    """``encode`` of each claim of ``documents`` ((path, content hash), in order),
    read from the rows kept under ``form`` where their digest still holds,
    made from ``claims_of`` (and kept) where it does not.

    ``basis`` digests what every row depends on besides its documents (code,
    fingerprint, short forms). A row that does not decode is made again and
    the store says so.
    """
    for number, start in enumerate(range(0, len(documents), CHUNK)):
        chunk = documents[start : start + CHUNK]
        name = f"{_TABLE}:{form}:{number}"
        key = kept_digest(basis, form, *(part for document in chunk for part in document))
        kept = _kept_rows(store, name, key, len(chunk))
        if kept is not None:
            for entries in kept:
                yield from entries
            continue
        made: list[list[Any]] = []
        for _, claims in claims_of([path for path, _ in chunk]):
            entries = [encode(claim) for claim in claims]
            made.append(entries)
            yield from entries
        if len(made) == len(chunk):  # a document with no entry is not kept as if it had none
            store.put_table(name, encode_data({"key": key, "documents": made}))


def _kept_rows(store: ClaimStore, name: str, key: str, count: int) -> list[list[Any]] | None:
    """The kept row ``name`` when it was made under ``key`` for ``count`` documents."""
    data = store.table(name)
    if data is None:
        return None
    try:
        kept = decode_data(data)
    except DamagedEntry:
        store.notices.append(f"claim store: the encoded claims kept in {name} were damaged; they were made again")
        return None
    if not isinstance(kept, dict) or kept.get("key") != key:
        return None
    documents = kept.get("documents")
    if not isinstance(documents, list) or len(documents) != count or not all(isinstance(d, list) for d in documents):
        return None
    return documents
