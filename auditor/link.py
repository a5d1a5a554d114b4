"""Grouping claims that speak of the same fact.

Claims are first blocked on (subject, event family, figure kind, role), so
the cost stays near-linear in the number of claims: only claims within one
block are ever compared. Inside a block a claim joins the first fact whose
every claim it is compatible with (same or missing object, similar purpose,
same funding round, and not both a different figure and a different year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from auditor.model import Claim, Fact

FIGURE_KINDS = frozenset({"money", "count", "percent", "quantity"})

# Round labels name distinct financings of one company: a Series A and a
# Series B are never the same fact whatever their figures.
DEFAULT_ROUND_PATTERN = r"\b(pre-seed|seed|series\s+[a-z]\d?|round\s+[a-z])\b"


@dataclass(frozen=True)
class LinkOptions:
    """How liberal linking is.

    ``families`` maps a family name to the events it gathers (a pledge and an
    investment of the same money are one commitment); an event in no family
    is a family of its own.
    """

    families: Mapping[str, Sequence[str]] = field(default_factory=dict)
    purpose_threshold: float = 50.0
    round_pattern: str = DEFAULT_ROUND_PATTERN
    relative_tolerance: float = 0.01
    rates: Mapping[str, float] = field(default_factory=dict)

    def family(self, event: str | None) -> str | None:
        if event is None:
            return None
        for name in sorted(self.families):
            if event in self.families[name]:
                return name
        return event


def fold(name: str | None) -> str:
    return " ".join(name.split()).casefold() if name else ""


def round_label(claim: Claim, pattern: re.Pattern[str]) -> str | None:
    """The funding round a claim names (``series b``), if it names exactly one."""
    for text in (claim.purpose, claim.object.surface if claim.object else None, claim.evidence.sentence):
        if not text:
            continue
        labels = {" ".join(m.group(1).lower().split()) for m in pattern.finditer(text)}
        if len(labels) == 1:
            return labels.pop()
        if len(labels) > 1:
            # A sentence naming two rounds cannot tell which is this claim's.
            return None
    return None


def _objects_compatible(a: Claim, b: Claim) -> bool:
    if a.object is None or b.object is None:
        return True
    return fold(a.object.name) == fold(b.object.name)


def _purposes_compatible(a: Claim, b: Claim, threshold: float) -> bool:
    if not a.purpose or not b.purpose:
        return True
    return fuzz.token_set_ratio(a.purpose.casefold(), b.purpose.casefold()) >= threshold


def _figures_agree(a: Claim, b: Claim, options: LinkOptions) -> bool:
    # Imported here: the checks package imports this module's options.
    from auditor.checks.compare import agree

    if a.value is None or b.value is None:
        return True
    result = agree(a.value, b.value, options.relative_tolerance, options.rates)
    return result is not False


def _years_agree(a: Claim, b: Claim) -> bool:
    if a.time is None or b.time is None:
        return True
    return a.time.year == b.time.year


def compatible(a: Claim, b: Claim, options: LinkOptions, pattern: re.Pattern[str]) -> bool:
    """Whether two claims of one block can be the same fact."""
    if not _objects_compatible(a, b):
        return False
    if not _purposes_compatible(a, b, options.purpose_threshold):
        return False
    label_a, label_b = round_label(a, pattern), round_label(b, pattern)
    if label_a and label_b and label_a != label_b:
        return False
    # A different figure in a different year is another round, not an error.
    return _figures_agree(a, b, options) or _years_agree(a, b)


def _block_key(claim: Claim, options: LinkOptions) -> tuple[str, str, str, str] | None:
    if claim.kind not in FIGURE_KINDS or claim.subject is None or claim.event is None:
        return None
    family = options.family(claim.event) or ""
    return (fold(claim.subject.name), family, claim.kind, claim.role or "")


def linking_keys(claim: Claim) -> tuple[str, ...]:
    """The keys under which a claim can meet other claims when linking.

    Two claims that any ``LinkOptions`` could put in one block share a key:
    the key keeps the subject and the figure kind of ``_block_key`` and leaves
    out the event family and the role, which depend on a rule's options. So
    whoever keeps claims apart from each other (the claim store, a shuffle
    between workers) can bring together every claim a block needs without
    knowing the rules. A claim linking never looks at has no key.
    """
    if claim.kind not in FIGURE_KINDS or claim.subject is None or claim.event is None:
        return ()
    return (f"{claim.kind}/{fold(claim.subject.name)}",)


_PURPOSE_PUNCTUATION = ",.;:'\"()"


def topic_keys(claim: Claim) -> tuple[str, ...]:
    """The keys under which claims of *different* subjects can meet.

    Checks that compare figures across subjects (``attribution-conflict``)
    only pair claims that share a name (one's subject or object is the
    other's) or a word of their purposes; a claim store uses these keys to
    find, for a new document, the corpus claims such a check could pair with
    it. A superset of what the check pairs on (no stop words are left out);
    ``tests/test_link.py`` holds the check to it.
    """
    keys = {f"name:{fold(ref.name)}" for ref in (claim.subject, claim.object) if ref is not None}
    if claim.purpose:
        words = (word.strip(_PURPOSE_PUNCTUATION) for word in claim.purpose.casefold().split())
        keys.update(f"word:{word}" for word in words if word)
    return tuple(sorted(keys))


def is_topic_key(key: str) -> bool:
    """Whether a key is one of ``topic_keys`` (else one of ``linking_keys``)."""
    return key.startswith(("name:", "word:"))


def _order(claim: Claim) -> tuple[str, int, int, str]:
    location = claim.evidence.location
    return (location.path, location.start, location.end, claim.id)


def link(claims: Sequence[Claim], options: LinkOptions | None = None) -> tuple[Fact, ...]:
    """Facts from claims: deterministic keys and order, every claim kept."""
    options = options or LinkOptions()
    pattern = re.compile(options.round_pattern, re.IGNORECASE)
    blocks: dict[tuple[str, str, str, str], list[Claim]] = {}
    for claim in claims:
        key = _block_key(claim, options)
        if key is not None:
            blocks.setdefault(key, []).append(claim)

    facts: list[Fact] = []
    for key in sorted(blocks):
        groups: list[list[Claim]] = []
        for claim in sorted(blocks[key], key=_order):
            for group in groups:
                if all(compatible(claim, member, options, pattern) for member in group):
                    group.append(claim)
                    break
            else:
                groups.append([claim])
        facts.extend(_fact(key, index, group) for index, group in enumerate(groups, start=1))
    return tuple(facts)


def _fact(key: tuple[str, str, str, str], index: int, group: list[Claim]) -> Fact:
    subject_key, family, kind, role = key
    first = group[0]
    subject = first.subject.name if first.subject else None
    obj = next((c.object.name for c in group if c.object is not None), None)
    event = _most_common(c.event for c in group)
    parts = [subject_key, family, kind] + ([role] if role else [])
    return Fact(
        key="/".join(parts) + f"#{index}",
        subject=subject,
        event=event,
        object=obj,
        claims=tuple(group),
    )


def _most_common(items: Iterable[str | None]) -> str | None:
    counts: dict[str, int] = {}
    for item in items:
        if item is not None:
            counts[item] = counts.get(item, 0) + 1
    if not counts:
        return None
    return min(counts, key=lambda name: (-counts[name], name))
