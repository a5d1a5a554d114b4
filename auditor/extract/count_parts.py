"""A part of a counted whole read from a bare number outside the figure reader.

"4,900 work on static sites, 620 on mobile patrols" after "5,740 licensed
security officers", or "- Group lessons: 3,120" under "We taught 4,860
lessons. Here's how that broke down:": a bare number counts nothing to the
figure reader, so the readers of such lists make it a claim here, a count of
the whole's things at the number's own span, part of the whole.
"""

from __future__ import annotations

from auditor.extract.claim_ids import claim_id
from auditor.model import Claim, Document, Quantity


def exact_count(whole: Quantity, value: float) -> Quantity:
    """The whole's count of things, at ``value`` exactly."""
    return whole.model_copy(update={"value": value, "low": value, "high": value, "qualifier": "exact", "qualifier_text": None})


def count_part(document: Document, whole: Claim, start: int, end: int, value: float, sentence_text: str, sentence_start: int) -> Claim:
    """The number at ``document.text[start:end]`` as a part of ``whole``, told in the sentence given."""
    assert whole.value is not None
    evidence = whole.evidence.model_copy(update={
        "location": whole.evidence.location.model_copy(update=document.location_fields(start, end)),
        "text": document.text[start:end], "sentence": sentence_text, "sentence_start": sentence_start,
    })
    return whole.model_copy(update={
        "id": claim_id(document, start, end, "count"), "evidence": evidence, "value": exact_count(whole.value, value),
        "role": "part", "part_of": whole.id,
    })
