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

import functools
from typing import Iterable, Sequence

from auditor.document.coreference import expansion_in
from auditor.model import Claim, DocumentClaims, EntityRef


def resolve_short_forms(results: Sequence[DocumentClaims]) -> list[Claim]:
    """Every claim of ``results``, with corpus-wide short forms expanded."""
    names = sorted({pair for result in results for pair in result.names})
    full = {canonical for canonical, _ in names}
    expand = functools.lru_cache(maxsize=None)(lambda short: expansion_in(short, names))

    def resolved(ref: EntityRef | None) -> EntityRef | None:
        if ref is None or " " in ref.name or ref.name in full or ref.type in ("country", "person", "place"):
            return ref
        expansion = expand(ref.name)
        return ref.model_copy(update={"name": expansion}) if expansion else ref

    claims: list[Claim] = []
    for claim in _all(results):
        subject, obj = resolved(claim.subject), resolved(claim.object)
        if subject is not claim.subject or obj is not claim.object:
            claim = claim.model_copy(update={"subject": subject, "object": obj})
        claims.append(claim)
    return claims


def _all(results: Iterable[DocumentClaims]) -> Iterable[Claim]:
    for result in results:
        yield from result.claims
