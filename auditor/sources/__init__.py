"""Stage ``sources``: files on disk to documents with an analysis text.

``load_documents`` is the entry point; ``parse_document`` is the pure core
(bytes in, document out) for callers that cache or parallelise.
"""

from __future__ import annotations

from auditor.sources.decoding import DocumentError
from auditor.sources.loading import InputsRefused, display_path, load_documents, parse_document, read_document

__all__ = ["DocumentError", "InputsRefused", "display_path", "load_documents", "parse_document", "read_document"]
