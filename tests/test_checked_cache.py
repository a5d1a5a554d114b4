"""Findings kept by the claim store: a run over unchanged documents, rules, facts
and code takes the last run's findings without decoding a claim or running a
check, and anything else finds them afresh."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from auditor import engine
from auditor.checks.facts import load_reference_facts
from auditor.checks.rulefile import load_rules
from auditor.engine import AuditOptions, audit
from auditor.sources import list_sources
from auditor.store import FILE_NAME, claims_fingerprint, open_store

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus" / "documents"
FACTS = load_reference_facts(REPO / "tests" / "corpus" / "facts.yaml")
RULES = load_rules()


def _audit(folder: Path, cache: Path | None, rules=RULES, facts=FACTS):  # type: ignore[no-untyped-def]
    sources = list_sources([folder])
    if cache is None:
        return audit(sources, rules, facts, AuditOptions(include_claims=True))
    with open_store(cache, claims_fingerprint()) as store:
        result = audit(sources, rules, facts, AuditOptions(store=store, include_claims=True))
        notices = list(store.notices)
    return result.model_copy(update={"claims": tuple(result.claims)}), notices


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(CORPUS.glob("*.md"))[:18]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def _no_checks(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    ran: list[str] = []
    check = engine._Audit._check

    def counted(self, *args):  # type: ignore[no-untyped-def]
        ran.append("check")
        return check(self, *args)

    monkeypatch.setattr(engine._Audit, "_check", counted)
    return ran


def test_a_run_over_unchanged_documents_decodes_no_claim_and_runs_no_check(corpus, tmp_path, monkeypatch):
    first, _ = _audit(corpus, tmp_path / "cache")
    assert first.findings
    ran = _no_checks(monkeypatch)
    decoded: list[str] = []
    payloads = engine.ClaimStore.payloads

    def reading(self, paths, *columns):  # type: ignore[no-untyped-def]
        if "claims" in columns:
            decoded.extend(paths)
        return payloads(self, paths, *columns)

    monkeypatch.setattr(engine.ClaimStore, "payloads", reading)
    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        again = audit(list_sources([corpus]), RULES, FACTS, AuditOptions(store=store, include_claims=True))
        assert ran == [] and decoded == []
        assert again.findings == first.findings and again.stats == first.stats and again.errors == first.errors
        assert tuple(again.claims) == first.claims


def test_a_changed_document_is_checked_afresh_and_the_others_keep_their_findings(corpus, tmp_path, monkeypatch):
    first, _ = _audit(corpus, tmp_path / "cache")
    changed = sorted({e.path for f in first.findings for e in f.evidence})[0]
    (corpus.parent / changed).write_text("Nothing to see here.\n", encoding="utf-8")
    expected = _audit(corpus, None)
    ran = _no_checks(monkeypatch)
    warm, _ = _audit(corpus, tmp_path / "cache")
    assert ran == ["check"]
    assert warm == expected
    name = Path(changed).name
    untouched = [f for f in first.findings if all(not e.path.endswith(name) for e in f.evidence)]
    assert untouched and all(f in warm.findings for f in untouched)
    assert not any(e.path.endswith(name) for f in warm.findings for e in f.evidence)


def test_changed_rules_or_facts_are_never_answered_with_kept_findings(corpus, tmp_path, monkeypatch):
    _audit(corpus, tmp_path / "cache")
    rules = [rule.model_copy(update={"message": "changed: " + rule.message}) for rule in RULES]
    expected_rules, expected_facts = _audit(corpus, None, rules=rules), _audit(corpus, None, facts=FACTS[1:])
    assert expected_facts.findings != _audit(corpus, None).findings
    ran = _no_checks(monkeypatch)
    warm, _ = _audit(corpus, tmp_path / "cache", rules=rules)
    assert warm == expected_rules and ran == ["check"]
    assert warm.findings and all(f.message.startswith("changed: ") for f in warm.findings)
    warm, _ = _audit(corpus, tmp_path / "cache", facts=FACTS[1:])
    assert warm == expected_facts and ran == ["check", "check"]
    # Back to the first rules and facts: found again (one result is kept), and kept.
    _audit(corpus, tmp_path / "cache")
    _audit(corpus, tmp_path / "cache")
    assert ran == ["check"] * 3


def test_a_code_change_is_never_answered_with_kept_findings(corpus, tmp_path, monkeypatch):
    _audit(corpus, tmp_path / "cache")
    ran = _no_checks(monkeypatch)
    monkeypatch.setattr(engine, "package_fingerprint", lambda: "another version of the checks")
    _audit(corpus, tmp_path / "cache")
    assert ran == ["check"]


def test_kept_findings_that_do_not_decode_are_found_again_with_a_message(corpus, tmp_path, monkeypatch):
    first, _ = _audit(corpus, tmp_path / "cache")
    with sqlite3.connect(tmp_path / "cache" / FILE_NAME) as connection:
        assert connection.execute("UPDATE corpus_tables SET data = X'789c0000' WHERE name = 'checked'").rowcount == 1
    ran = _no_checks(monkeypatch)
    again, notices = _audit(corpus, tmp_path / "cache")
    assert again == first and ran == ["check"]
    assert any("findings kept from the last run were damaged" in notice for notice in notices), notices
    # Kept again: the next run takes them.
    _audit(corpus, tmp_path / "cache")
    assert ran == ["check"]
