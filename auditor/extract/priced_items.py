"""A list of things, each labelled and priced.

    - Initial assessment (60 minutes): £65
    - Follow-up session (40 minutes): £50
    - Sports massage (45 minutes): £48

prices three things, not one thing three times. Each item's label says what
its figure is the price of, as a table's row label does: the figure's phase
is the label, so two items of one list are never held against each other,
and an item is held only against the same thing priced elsewhere. A label
that names a measure ("Revenue: £21.4m", "Net debt: £3.1m") is a key
figure's, not a thing's: the list's items stay as they are read.
"""

from __future__ import annotations

import re

from auditor.document import DocumentModel
from auditor.extract.events import EventLexicon, find_triggers
from auditor.model import Claim, Qualifiers

# Between an item's label and its figure: the colon, then blanks.
_COLON = re.compile(r"\s*:\s*")
# "(60 minutes)": how long or how much, not what.
_BRACKETS = re.compile(r"\s*\([^()]*\)")
# The measures a priced thing's figure is read as: a price, or none.
_PRICES = frozenset({"price", None})


def with_priced_items(model: DocumentModel, claims: list[Claim], events: EventLexicon) -> list[Claim]:
    """``claims``, each price of a labelled item of a list of two or more
    given its item's label as its phase."""
    text = model.document.text
    block_of = {s.span.start: s.span.block for s in model.sentences}
    labelled: dict[str, str] = {}  # claim id -> its item's label
    for claim in claims:
        if claim.kind != "money" or claim.event not in _PRICES or claim.role is not None:
            continue
        if claim.qualifiers is not None and claim.qualifiers.phase is not None:
            continue
        span = model.layout.lead_in.get(block_of.get(claim.evidence.sentence_start, -1))
        if span is None or not _COLON.fullmatch(text, span[1], claim.evidence.location.start):
            continue
        label = _BRACKETS.sub("", text[span[0] : span[1]]).strip(" *_").casefold()
        if label and not find_triggers(label, events):
            labelled[claim.id] = label
    if len(set(labelled.values())) < 2:
        return claims
    return [
        claim.model_copy(update={"qualifiers": (claim.qualifiers or Qualifiers()).model_copy(update={"phase": labelled[claim.id]})})
        if claim.id in labelled
        else claim
        for claim in claims
    ]
