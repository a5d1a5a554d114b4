"""A total followed by its labelled parts in the same sentence.

    - Revenue: £184.6m; boiler installation £92.3m, servicing and repairs
      £61.8m, social housing contracts £30.5m

states a whole (£184.6m) and, after the semicolon, its parts, each a label
in lower case and a figure in the whole's unit. A figure after a label is
read by the figure reader as the measure the line names ("Revenue"), so
"£92.3m" would stand as a second revenue beside "£184.6m". The list is read
as the whole's parts only when they add up to it, within the rounding of the
figures written: labels in lower case may as well be other measures
("operating profit £14.7m, net debt £3.1m"), and a sum that agrees is what
shows they are not. Parts that agree with their whole give the ``parts-sum``
check nothing to report, so only their role changes.
"""

from __future__ import annotations

import re

from auditor.document import DocumentModel
from auditor.extract.split_totals import exact_sum, rounding_of
from auditor.model import Claim

# Between the whole's figure and its first labelled part: ";", ":", "(", a dash.
_OPENS = re.compile(r"\s*(?:[;:(]|\s[\u2013\u2014-])\s*")
# A part's label: one to five words in lower case ("servicing and repairs", "social housing contracts").
_LABEL = re.compile(r"[a-z][\w'\u2019-]*(?:\s+(?:and\s+|&\s+)?[a-z][\w'\u2019-]*){0,4}\s+")
# Between two parts: ", ", ", and ", " and ".
_BETWEEN = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def with_labelled_parts(model: DocumentModel, claims: list[Claim]) -> list[Claim]:
    """``claims``, with the labelled figures listed after a total that they add up to marked as its parts."""
    text = model.document.text
    by_start = {c.evidence.location.start: c for c in claims if exact_sum(c)}
    marked: dict[str, Claim] = {}
    for whole in claims:
        if not exact_sum(whole) or whole.role is not None or whole.id in marked:
            continue
        opens = _OPENS.match(text, whole.evidence.location.end)
        if opens is None:
            continue
        parts: list[Claim] = []
        position = opens.end()
        while True:
            label = _LABEL.match(text, position)
            part = by_start.get(label.end()) if label is not None else None
            if part is None or part.kind != whole.kind or part.value.unit != whole.value.unit:  # type: ignore[union-attr]
                break
            parts.append(part)
            between = _BETWEEN.match(text, part.evidence.location.end)
            if between is None:
                break
            position = between.end()
        if len(parts) >= 2 and _add_up(whole, parts):
            for part in parts:
                marked[part.id] = part.model_copy(update={"role": "part", "part_of": whole.id, "event": whole.event, "subject": whole.subject})
    return [marked.get(claim.id, claim) for claim in claims] if marked else claims


def _add_up(whole: Claim, parts: list[Claim]) -> bool:
    """Whether the parts come to the whole, within the rounding of every figure."""
    assert whole.value is not None
    total = sum(c.value.value for c in parts if c.value is not None)
    return abs(total - whole.value.value) <= rounding_of(whole, parts) + 1e-9 * abs(whole.value.value)
