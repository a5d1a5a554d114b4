"""Stage ``extract``: one document in, its typed claims out.

The recognizers (``figures``, ``numbers``, ``dates``, ``entities``,
``events``, ``lexicon``) find figures, dates, names and trigger words from
data in ``rules/lexicon/``; the document model (``auditor.document``) is built
with them; ``reader.extract_document`` reads claims from the model.

The public names below load on first use: importing one recognizer does not
pull in the whole pipeline (and a command such as ``auditor --help`` starts
fast).
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["extract_document", "holds_knowledge", "Knowledge", "KnowledgeError", "knowledge_dir_of", "load_knowledge"]

_HOMES = {
    "extract_document": "auditor.extract.reader",
    "holds_knowledge": "auditor.extract.knowledge",
    "Knowledge": "auditor.extract.knowledge",
    "KnowledgeError": "auditor.extract.knowledge",
    "knowledge_dir_of": "auditor.extract.knowledge",
    "load_knowledge": "auditor.extract.knowledge",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'auditor.extract' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
