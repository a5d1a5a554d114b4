"""Reference facts whose subject no document names: never checked, so said.

A fact is named when a claim of any document names its subject, or its
subject is written in any document's text (``unmatched_facts`` of the
reference check). The claims checked in a run have named most subjects
already; what the documents not checked (a corpus under ``--against``) leave
unnamed is kept in the store for the next run over the same corpus and facts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from auditor.checks.reference_conflict import unmatched_facts
from auditor.model import AuditError, Document, DocumentStatus, ReferenceFact
from auditor.store import DamagedEntry, decode, decode_data, encode_data

from .reading import StoredCorpus

# The corpus table of the reference facts the documents outside a check leave unnamed.
TABLE = "unnamed-facts"


def unnamed_fact_warnings(
    corpus: StoredCorpus,
    read: Sequence[str],
    checked: set[str],
    named: set[int],
    statuses: Mapping[str, DocumentStatus],
    facts: Sequence[ReferenceFact],
) -> list[AuditError]:
    """A warning for each fact no document of ``read`` names (``named``: those the checked claims named)."""
    left = [fact for index, fact in enumerate(facts) if index not in named]
    if not left:
        return []
    others = [path for path in read if path not in checked]
    unnamed_by_others = _unnamed_by(corpus, others, statuses, facts)
    left = [fact for fact in left if fact in unnamed_by_others]
    left = _unnamed_in_texts(corpus, left, [path for path in read if path in checked])
    return [
        AuditError(
            path=fact.path,
            line=fact.line,
            level="warning",
            message=f"reference fact about {fact.subject!r} ({fact.attribute}): no document read "
            "names this subject, so the fact is never checked (a misspelt subject?)",
        )
        for fact in left
    ]


def _unnamed_by(
    corpus: StoredCorpus, paths: Sequence[str], statuses: Mapping[str, DocumentStatus], facts: Sequence[ReferenceFact]
) -> list[ReferenceFact]:
    """The facts no claim and no text of ``paths`` names (kept in the store, by what it depends on)."""
    if not paths:
        return list(facts)
    store = corpus.store
    digest = hashlib.sha256(store.fingerprint.encode())
    for fact in facts:
        digest.update(fact.model_dump_json().encode())
    for path in paths:
        digest.update(f"\0{path}\0{statuses[path].sha256}".encode())
    key = digest.hexdigest()
    kept = store.table(TABLE)
    if kept is not None:
        try:
            known = decode_data(kept)
            if known.get("key") == key:
                return [facts[index] for index in known["unnamed"]]
        except (DamagedEntry, AttributeError, KeyError, IndexError, TypeError):
            pass
    left = list(facts)
    for _, claims in corpus.each_document(paths):
        left = unmatched_facts(left, claims, ())
        if not left:
            break
    left = _unnamed_in_texts(corpus, left, paths)
    store.put_table(TABLE, encode_data({"key": key, "unnamed": [i for i, fact in enumerate(facts) if fact in left]}))
    return left


def _unnamed_in_texts(corpus: StoredCorpus, facts: list[ReferenceFact], paths: Sequence[str]) -> list[ReferenceFact]:
    for _, head, text in corpus.store.payloads(paths, "head", "text") if facts else ():
        document = decode(Document, head).model_copy(update={"text": decode_data(text)})
        facts = unmatched_facts(facts, (), [document])
        if not facts:
            break
    return facts
