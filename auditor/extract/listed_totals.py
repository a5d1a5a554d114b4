"""A key-figures list whose "Total" item sums the items above it.

    Key figures, FY2024
    - Cider volume: 24.6 million litres
    - Perry volume: 5.1 million litres
    - Total volume: 31.2 million litres

states a whole (31.2 million litres) and its parts, as a table's "Total" row
under its line items does (see ``tables.py``): the items right above it,
each labelled by a kind of the measure the total's label names ("Cider
volume", "Perry volume" under "Total volume"), one figure each, in the
total's unit. The ``parts-sum`` check does the arithmetic.
"""

from __future__ import annotations

import re
from typing import Sequence

from auditor.document import DocumentModel
from auditor.model import Claim, Qualifiers

# "Total volume", "Group total revenue", "Combined output": the total's label and its measure.
_TOTAL_LABEL = re.compile(r"^\s*(?:total|overall|combined|group\s+total)\s+(?P<measure>[a-z][\w\s-]*?)\s*$", re.IGNORECASE)
# "(m litres)", "(autumn 2023)": a remark in brackets says how or when, not what.
_BRACKETS = re.compile(r"\s*\([^()]*\)")
# Figures that can be added.
_ADDABLE = frozenset({"money", "count", "quantity"})


def with_listed_totals(model: DocumentModel, claims: list[Claim]) -> list[Claim]:
    """``claims``, with the items of every summed key-figures list marked
    as parts of its "Total" item (``Claim.part_of``) and the total as a total."""
    text = model.document.text
    labels = {block: _BRACKETS.sub("", text[start:end]).strip().casefold() for block, (start, end) in model.layout.lead_in.items()}
    if not any(_TOTAL_LABEL.match(label) for label in labels.values()):
        return claims
    figures_of: dict[int, list[Claim]] = {}
    block_of = {s.span.start: s.span.block for s in model.sentences}
    for claim in claims:
        block = block_of.get(claim.evidence.sentence_start)
        if block in labels and claim.kind in _ADDABLE and claim.value is not None and claim.role is None:
            figures_of.setdefault(block, []).append(claim)
    marked: dict[str, Claim] = {}
    for block, label in labels.items():
        total = _TOTAL_LABEL.match(label)
        whole = _one(figures_of.get(block, ()))
        if total is None or whole is None:
            continue
        parts = _items_above(block, total.group("measure"), whole, labels, figures_of)
        if len(parts) < 2:
            continue
        marked[whole.id] = whole.model_copy(
            update={"qualifiers": (whole.qualifiers or Qualifiers()).model_copy(update={"scope": "total"})}
        )
        for part in parts:
            marked[part.id] = part.model_copy(update={"part_of": whole.id, "role": "part"})
    return [marked.get(claim.id, claim) for claim in claims] if marked else claims


def _items_above(block: int, measure: str, whole: Claim, labels: dict[int, str], figures_of: dict[int, list[Claim]]) -> list[Claim]:
    """The items right above a total's, each a kind of its measure ("cider
    volume" over "total volume") with one figure in the total's unit."""
    parts: list[Claim] = []
    above = block - 1
    while above in labels:
        label = labels[above]
        figure = _one(figures_of.get(above, ()))
        if (
            not label.endswith(" " + measure)
            or _TOTAL_LABEL.match(label)
            or figure is None
            or figure.value is None
            or whole.value is None
            or (figure.kind, figure.value.unit) != (whole.kind, whole.value.unit)
        ):
            break
        parts.append(figure)
        above -= 1
    return parts[::-1]


def _one(claims: Sequence[Claim]) -> Claim | None:
    return claims[0] if len(claims) == 1 else None
