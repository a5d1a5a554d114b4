"""A total told in one sentence and split into its parts in the next.

    Revenue was £44.0 million for the half. Of that total, bowling brought
    in £25.0 million, food and drink £13.0 million and arcades £5.0 million.

states a whole (£44.0 million) and its parts, as one sentence does with
"comprises" (see ``sums.py``): the sentence that opens on "Of that total,"
(or "Of this,", "Of which,") lists the parts, and the whole is the one sum of
their measure and currency the sentence right before it told. The
``parts-sum`` check does the arithmetic.
"""

from __future__ import annotations

import re

from auditor.document import DocumentModel
from auditor.model import Claim, Qualifiers

# A sentence that opens by saying it splits the total told before it.
SPLITS_A_TOTAL = re.compile(r"\W*(?:[Oo]f\s+(?:that|this|the)(?:\s+(?:total|sum|amount|figure))?|[Oo]f\s+which)\s*,")
# A part told without its figure: "and the rest came from you", "the balance from reserves".
# (Not "the remainder, £126,000," nor "the balance of £126,000": told with its figure.)
_REST_UNTOLD = re.compile(
    r"\bthe\s+(?:rest|remainder|balance)\b(?!\s*,?\s*(?:of\s+|was\s+|is\s+|came\s+to\s+|\()?(?:\u00a3|\$|\u20ac|\d))", re.IGNORECASE
)
# Figures that can be added.
_ADDABLE = frozenset({"money", "count", "quantity"})


def with_split_totals(model: DocumentModel, claims: list[Claim]) -> list[Claim]:
    """``claims``, with the parts of every total split in the sentence after
    it marked as its parts (``Claim.part_of``) and the total as a total."""
    claims = _split_after_of_which(model, claims)
    splitting = [
        s for s in model.sentences if not s.in_table and (SPLITS_A_TOTAL.match(s.span.text) or _SPLIT_INTO.search(s.span.text))
    ]
    if not splitting:
        return claims
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.evidence.sentence_start, []).append(claim)
    marked: dict[str, Claim] = {}
    for sentence in splitting:
        before = model.sentence_before(sentence)
        if before is None or before.in_table or before.span.is_heading:
            continue
        # ("The requirement was split into three lots: Lot 1, 40 panel vans;
        # ...": the parts are listed after the words that split it, and how
        # many there are is none of them.)
        split = _SPLIT_INTO.search(sentence.span.text) if not SPLITS_A_TOTAL.match(sentence.span.text) else None
        listed_from = sentence.span.start + (_list_start(sentence.span.text, split.end()) if split is not None else 0)
        parts = [
            c for c in by_sentence.get(sentence.span.start, ())
            if exact_sum(c) and c.role in (None, "part") and c.evidence.location.start >= listed_from
            and not _a_numbered_label(c)
        ]
        if len(parts) < 2 or len({(c.kind, c.value.unit) for c in parts if c.value is not None}) != 1:
            continue
        if _REST_UNTOLD.search(sentence.span.text, listed_from - sentence.span.start):
            # "Of that, £486,000 came from the Heritage Mills Fund, and the
            # rest came from you: ... cheques for twenty pounds": a part left
            # unsaid, so the figures after it are no parts of the whole.
            continue
        kind, unit = parts[0].kind, parts[0].value.unit if parts[0].value is not None else None
        wholes = [
            c for c in by_sentence.get(before.span.start, ())
            if exact_sum(c) and c.role is None and c.kind == kind and c.value is not None and c.value.unit == unit
        ]
        if len(wholes) != 1:
            continue  # the sentence before told no sum of the parts' measure, or several: no one whole is split
        whole = wholes[0]
        marked[whole.id] = whole.model_copy(update={"qualifiers": (whole.qualifiers or Qualifiers()).model_copy(update={"scope": "total"})})
        for part in parts:
            marked[part.id] = part.model_copy(update={"part_of": whole.id, "role": "part"})
    return [marked.get(claim.id, claim) for claim in claims] if marked else claims


# A sentence that says the total told before it was split into parts: "The
# requirement was split into three lots: ...", "The grant is divided between".
_SPLIT_INTO = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:split|divided|broken\s+down|shared)\s+(?:into|between|across|among)\b",
    re.IGNORECASE,
)


def _a_numbered_label(claim: Claim) -> bool:
    """"Lot 1", "Phase 2": a number that names an item, no count of it."""
    offset = claim.evidence.location.start - claim.evidence.sentence_start
    return claim.kind == "count" and claim.evidence.text.isdigit() and _LABEL_BEFORE.search(claim.evidence.sentence, 0, offset) is not None


# A capitalised word right before a bare number: "Lot 1", "Phase 2", "Unit 3".
_LABEL_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")


def _list_start(text: str, after: int) -> int:
    """Where the parts split after ``after`` are listed: past the colon that
    opens their list ("into three lots: Lot 1, ..."), else past the split's words."""
    colon = text.find(":", after)
    return colon + 1 if colon != -1 else after


def exact_sum(claim: Claim) -> bool:
    """Whether a claim is a figure that can be added, told exactly."""
    value = claim.value
    return claim.kind in _ADDABLE and value is not None and value.low is not None and value.low == value.high


# After a sum and maybe when it was told, "of which" opens a list of its parts.
_OF_WHICH_AFTER = re.compile(r"(?:\s+(?:in|during|over|for)\s+[^,;.]{1,24}?)?\s*,\s*of\s+which\b")


def _split_after_of_which(model: DocumentModel, claims: list[Claim]) -> list[Claim]:
    """A sum split in its own sentence after "of which" ("revenue of £27.4
    million, of which boarding brought in £19.6 million and grooming £9.8
    million"): its parts of the same measure in the rest of the clause. The
    list may name only some of the sum, so it is read as the sum's parts only
    when they come to more than it, which no partial list can."""
    text = model.document.text
    marked: dict[str, Claim] = {}
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.evidence.sentence_start, []).append(claim)
    for claim in claims:
        if not exact_sum(claim) or claim.role is not None or claim.part_of is not None:
            continue
        split = _OF_WHICH_AFTER.match(text, claim.evidence.location.end)
        if split is None:
            continue
        clause_end = _PARTS_END.search(text, split.end())
        stop = clause_end.start() if clause_end is not None else len(text)
        assert claim.value is not None
        parts = [
            c for c in by_sentence.get(claim.evidence.sentence_start, ())
            if split.end() <= c.evidence.location.start < stop and exact_sum(c) and c.kind == claim.kind
            and c.value is not None and c.value.unit == claim.value.unit and c.part_of is None
        ]
        if len(parts) >= 2 and sum(c.value.value for c in parts if c.value is not None) > claim.value.value + rounding_of(claim, parts):
            for part in parts:
                marked[part.id] = part.model_copy(update={"part_of": claim.id, "role": "part"})
    return [marked.get(claim.id, claim) for claim in claims] if marked else claims


_PARTS_END = re.compile(r"[.;](?!\d)")


def rounding_of(whole: Claim, parts: list[Claim]) -> float:
    """How far a sum of parts may stand from its whole: every figure's rounding as written."""
    return sum((c.value.precision or 0.0) for c in (whole, *parts) if c.value is not None)
