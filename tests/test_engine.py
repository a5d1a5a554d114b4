"""The engine end to end on small in-memory corpora (needs extraction)."""

from __future__ import annotations

import pytest

from auditor.checks.rulefile import load_rules
from auditor.engine import AuditOptions, audit
from auditor.model import LoadResult
from auditor.sources import parse_document

RULES = {rule.id: rule for rule in load_rules()}

A = "Nordvik Shipping raised $245 million in funding in 2019 to build electric ferries.\n"
B = "Nordvik Shipping raised $90 million in funding in 2019 to build electric ferries.\n"
C = "Lakeside Hospital received a $48 million grant in 2021.\n"


def corpus(**texts: str) -> LoadResult:
    documents = tuple(parse_document(name, text.encode()) for name, text in sorted(texts.items()))
    from auditor.model import DocumentStatus

    statuses = tuple(DocumentStatus(path=d.path, status="read", id=d.id, sha256=d.sha256) for d in documents)
    return LoadResult(documents=documents, statuses=statuses)


def test_audit_finds_and_counts():
    result = audit(corpus(**{"a.txt": A, "b.txt": B}), [RULES["figure-mismatch"]])
    assert [f.rule for f in result.findings] == ["figure-mismatch"]
    assert result.stats["documents"] == 2 and result.stats["claims"] >= 2 and result.stats["facts"] >= 1
    assert result.stats["findings"] == 1
    assert [r.id for r in result.rules] == ["figure-mismatch"]


def test_audit_is_deterministic_and_order_independent():
    first = audit(corpus(**{"a.txt": A, "b.txt": B, "c.txt": C}), list(RULES.values()))
    second = audit(corpus(**{"c.txt": C, "b.txt": B, "a.txt": A}), list(reversed(list(RULES.values()))))
    assert [f.fingerprint for f in first.findings] == [f.fingerprint for f in second.findings]


def test_inline_suppression_and_baseline():
    marked = A.rstrip("\n") + "  # auditor: ignore[figure-mismatch] checked with the company\n"
    result = audit(corpus(**{"a.txt": marked, "b.txt": B}), [RULES["figure-mismatch"]])
    assert result.findings == () and result.stats["suppressed"] == 1

    plain = audit(corpus(**{"a.txt": A, "b.txt": B}), [RULES["figure-mismatch"]])
    baseline = frozenset(f.fingerprint for f in plain.findings)
    again = audit(corpus(**{"a.txt": A, "b.txt": B}), [RULES["figure-mismatch"]], options=AuditOptions(baseline=baseline))
    assert again.findings == () and again.stats["baselined"] == 1


def test_against_keeps_only_findings_citing_new_documents():
    docs = corpus(**{"a.txt": A, "b.txt": B, "c.txt": C})
    assert audit(docs, [RULES["figure-mismatch"]], options=AuditOptions(against_paths=frozenset({"c.txt"}))).findings == ()
    kept = audit(docs, [RULES["figure-mismatch"]], options=AuditOptions(against_paths=frozenset({"b.txt"})))
    assert len(kept.findings) == 1


def test_parallel_extraction_matches_serial():
    texts = {f"d{i:03}.txt": (A if i % 2 else B) for i in range(8)}
    serial = audit(corpus(**texts), [RULES["figure-mismatch"]])
    parallel = audit(corpus(**texts), [RULES["figure-mismatch"]],
                     options=AuditOptions(jobs=2, parallel_threshold=2))
    assert serial.claims == parallel.claims
    assert serial.findings == parallel.findings


def test_progress_is_reported():
    seen = []
    audit(corpus(**{"a.txt": A}), [RULES["timeline"]], options=AuditOptions(progress=lambda *a: seen.append(a)))
    assert ("extract", 1, 1) in seen and ("check", 1, 1) in seen


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_engine_never_crashes_on_empty_corpus(rule_id):
    assert audit(LoadResult(), [RULES[rule_id]]).findings == ()
