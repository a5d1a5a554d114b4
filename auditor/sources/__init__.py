"""Stage ``sources``: files on disk to documents with an analysis text.

``load_documents`` is the entry point; ``parse_document`` is the pure core
(bytes in, document out) for callers that cache or parallelise.
"""

from __future__ import annotations

from auditor.sources.decoding import DocumentError
from auditor.sources.loading import (
    InputsRefused,
    SourceFile,
    display_path,
    document_status,
    list_sources,
    load_documents,
    parse_document,
    parse_or_skip,
    read_bytes,
    read_document,
    refusals,
    skipped_status,
)

__all__ = [
    "DocumentError",
    "InputsRefused",
    "SourceFile",
    "display_path",
    "document_status",
    "list_sources",
    "load_documents",
    "parse_document",
    "parse_or_skip",
    "read_bytes",
    "read_document",
    "refusals",
    "skipped_status",
]
