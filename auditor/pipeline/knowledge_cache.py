"""Extraction's knowledge, compiled once and kept with the claim store.

Building the knowledge (YAML word lists, pint's unit registry for the
conversion factors, the patterns) takes about a second; a run that extracts
one new document against a stored corpus would spend most of its time
there. The built knowledge is kept sealed in the store
(:mod:`auditor.store.sealed`) under the store's fingerprint, which covers
the knowledge files and the code that reads them.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.store import ClaimStore
from auditor.store.sealed import seal, unseal

if TYPE_CHECKING:
    from auditor.extract import Knowledge

TABLE = "knowledge"


def cached_knowledge(store: ClaimStore | None, knowledge_dir: Path | None) -> "Knowledge":
    from auditor.extract import Knowledge, load_knowledge
    from auditor.extract.lexicon import derive_all

    if store is None or store.location is None:
        return load_knowledge(knowledge_dir)
    sealed = store.table(TABLE)
    if sealed is not None:
        value = unseal(sealed)
        if isinstance(value, Knowledge):
            return value
    knowledge = load_knowledge(knowledge_dir)
    # Kept with the patterns extraction derives from the lexicon, compiled:
    # a run that extracts one new file then compiles none of them (a quarter
    # of a second). One that cannot be built (a lexicon word too long for
    # the regular-expression compiler) is left out: extraction fails on it
    # for each document, and says so, as it does without a store.
    with contextlib.suppress(Exception):
        derive_all(knowledge.lexicon)
    sealed = seal(knowledge)
    if sealed is not None:
        store.put_table(TABLE, sealed)
    return knowledge


def keep_knowledge(store: ClaimStore | None, knowledge_dir: Path | None) -> None:
    """Build the compiled knowledge and keep it with the store when the store has none.

    A run whose extraction ran in worker processes (or on a cluster) never
    loads the knowledge here; the next run that extracts a new file or two
    here would then build it (a second or two of YAML and pint) instead of
    unsealing it (a few hundredths).
    """
    if store is None or store.location is None or store.table(TABLE) is not None:
        return
    cached_knowledge(store, knowledge_dir)
