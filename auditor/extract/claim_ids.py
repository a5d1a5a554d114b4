"""A claim's id, the same wherever in extraction the claim is made."""

from __future__ import annotations

from auditor.model import Document


def claim_id(document: Document, start: int, end: int, kind: str) -> str:
    """A claim's id: its document and its span there, which no other claim of that kind shares."""
    return f"{document.id}#{start}-{end}:{kind}"
