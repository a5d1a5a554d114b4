"""One document in, its extraction result out, encoded for the claim store.

``extract_job`` is what workers run. It takes a document's path and bytes
(or an already parsed document) and returns only bytes and strings: the
records stay encoded until a check needs them, so nothing large is rebuilt
in the process that receives them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Union

from auditor.link import pairing_value, store_keys
from auditor.model import Document, DocumentClaims, DocumentStatus
from auditor.sources import document_status, parse_or_skip
from auditor.store import EncodedDocument, encode, encode_data


def document_head(document: Document) -> Document:
    """The document's record without its analysis text.

    Stages after extraction read a document's path, date, metadata,
    suppressions and line starts (to place a year), never its text, so the
    store keeps and hands out this lighter record. A check
    that came to read the text would see it empty: the test that compares
    checks over the store with checks over loaded documents
    (tests/test_partitions.py) would fail.
    """
    return document.model_copy(update={"text": ""})


if TYPE_CHECKING:
    from auditor.extract import Knowledge


class SourceBytes(NamedTuple):
    """A file's display path and its bytes, read by whoever has the file."""

    path: str
    data: bytes


Job = Union[SourceBytes, Document]


def extract_job(
    job: Job, knowledge_dir: Path | None = None, knowledge: "Knowledge | None" = None
) -> EncodedDocument | DocumentStatus:
    """The encoded result of one document, or its skipped status when it cannot be parsed.

    An extraction failure is kept in the result (``error``), so one bad file
    cannot stop a run and the failure is reported, not lost. The knowledge is
    named by its folder, which is cheap to send; each process loads it once.
    """
    # Imported here: a run whose documents are all in the store extracts
    # nothing and need not load extraction (a good part of start-up).
    from auditor.corpus import names_of
    from auditor.extract import extract_document, load_knowledge

    if isinstance(job, SourceBytes):
        document = parse_or_skip(job.path, job.data)
        if isinstance(document, DocumentStatus):
            return document
    else:
        document = job
    claims: DocumentClaims | None = None
    error: str | None = None
    try:
        claims = extract_document(document, knowledge if knowledge is not None else load_knowledge(knowledge_dir))
    except Exception as exc:  # noqa: BLE001 - kept as the entry's error, reported by the engine
        error = f"extraction failed: {type(exc).__name__}: {exc}"
    # The store indexes each claim (by its position) under the keys a new
    # document's claims can meet it by, with what narrows a look-up.
    index = tuple(
        (key, seq, claim.kind, claim.event, claim.role, pairing_value(claim))
        for seq, claim in enumerate(claims.claims if claims is not None else ())
        for key in store_keys(claim)
    )
    return EncodedDocument(
        path=document.path,
        sha256=document.sha256,
        status=encode(document_status(document, claims.problems if claims is not None else ())),
        head=encode(document_head(document)),
        claims=encode(claims) if claims is not None else None,
        error=error,
        index=index,
        claim_count=len(claims.claims) if claims is not None else 0,
        corpus_input=encode_data(names_of(claims) if claims is not None else []),
        text=encode_data(document.text),
    )
