from __future__ import annotations

import json

import pytest
from claim_fixtures import document
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.baseline import BaselineError, apply_baseline, parse_baseline, render_baseline
from auditor.checks.fingerprint import fingerprint
from auditor.model import FactRef, Finding, FindingEvidence, Severity, Suppression
from auditor.sources.suppressions import _MARKER, _markers
from auditor.suppress import apply_suppressions


def finding(rule="figure-mismatch", lines=(("a.txt", 2),), text="$5 million"):
    evidence = tuple(
        FindingEvidence(path=p, line=n, column=1, end_line=n, end_column=5, text=text, sentence=text) for p, n in lines
    )
    fact = FactRef(subject="Acme", event="funding-round")
    return Finding(rule=rule, severity=Severity.ERROR, message="m", fingerprint=fingerprint(rule, fact, evidence),
                   fact=fact, evidence=evidence)


def test_fingerprint_ignores_positions_and_order():
    fact = FactRef(subject="Acme", event="funding-round")
    a = FindingEvidence(path="a.txt", line=2, column=1, end_line=2, end_column=5, text="$5 million", sentence="s")
    b = FindingEvidence(path="b.txt", line=9, column=4, end_line=9, end_column=8, text="$9 million", sentence="s")
    moved = a.model_copy(update={"line": 40, "end_line": 40})
    assert fingerprint("r", fact, [a, b]) == fingerprint("r", fact, [b, moved])
    assert fingerprint("r", fact, [a, b]) != fingerprint("other", fact, [a, b])
    assert fingerprint("r", fact, [a, b]) != fingerprint("r", fact, [a])


def test_suppression_by_rule_and_wildcard():
    doc = document("a.txt", ["x", "y", "z"], suppressions=(Suppression(line=2, marker_line=1, rules=("figure-mismatch",)),))
    kept, count = apply_suppressions([finding(), finding(rule="timeline")], [doc])
    assert count == 1 and [f.rule for f in kept] == ["timeline"]
    star = doc.model_copy(update={"suppressions": (Suppression(line=2, marker_line=2, rules=("*",)),)})
    assert apply_suppressions([finding(), finding(rule="timeline")], [star])[1] == 2


def test_suppression_only_applies_to_its_document_and_line():
    doc = document("a.txt", ["x", "y", "z"], suppressions=(Suppression(line=3, marker_line=3, rules=("*",)),))
    other = finding(lines=(("b.txt", 3),))
    kept, count = apply_suppressions([finding(), other], [doc])
    assert count == 0 and len(kept) == 2
    any_side = finding(lines=(("b.txt", 1), ("a.txt", 3)))
    assert apply_suppressions([any_side], [doc])[1] == 1


def test_baseline_round_trip_and_filtering():
    findings = [finding(), finding(rule="timeline")]
    text = render_baseline(findings)
    data = json.loads(text)
    assert data["schema_version"] == 1 and data["fingerprints"] == sorted(f.fingerprint for f in findings)
    baseline = parse_baseline(text)
    kept, dropped = apply_baseline(findings + [finding(text="$7 million")], baseline)
    assert dropped == 2 and len(kept) == 1


@pytest.mark.parametrize("text", ["not json", "[]", '{"schema_version": 2, "fingerprints": []}',
                                  '{"schema_version": 1, "fingerprints": ["xyz"]}'])
def test_bad_baselines(text):
    with pytest.raises(BaselineError):
        parse_baseline(text)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["auditor:", "AUDITOR:", "audıtor:", "auditor", ":", " ignore", " IGNORE[rule-a]", "ignored", " x", "\n", "# ", "::"]),
        max_size=14,
    ).map("".join)
)
def test_markers_are_those_the_plain_pattern_finds(text):
    assert [m.span() for m in _markers(text)] == [m.span() for m in _MARKER.finditer(text)]
