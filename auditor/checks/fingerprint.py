"""Stable identities of findings, for baselines and suppressions across runs.

A fingerprint must survive edits that do not change what a finding is about:
lines shifting, documents being reordered, other findings appearing. So it
hashes the rule, the fact and the quoted text of each side, never positions.
"""

from __future__ import annotations

import hashlib
from typing import Iterable

from auditor.model import FactRef, FindingEvidence


def fingerprint(rule_id: str, fact: FactRef, evidence: Iterable[FindingEvidence]) -> str:
    sides = sorted({(e.path, " ".join(e.text.split())) for e in evidence})
    parts = [rule_id, fact.subject or "", fact.event or "", fact.object or ""]
    parts.extend(f"{path}\x1f{text}" for path, text in sides)
    digest = hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()
    return digest[:16]
