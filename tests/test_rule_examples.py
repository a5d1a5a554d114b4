"""Every rule of the default pack does what its own examples say.

Fail examples must produce at least one finding of that rule, pass examples
none, through the full pipeline (parse, extract, link, check).
"""

from __future__ import annotations

import pytest

from auditor.checks.facts import facts_from_examples
from auditor.checks.rulefile import load_rules
from auditor.engine import audit
from auditor.model import DocumentStatus, LoadResult, Rule, RuleExample
from auditor.sources import parse_document

RULES = load_rules()
CASES = [
    pytest.param(rule, example, verdict, id=f"{rule.id}-{verdict}-{index}")
    for rule in RULES
    for verdict, examples in (("fail", rule.fails), ("pass", rule.passes))
    for index, example in enumerate(examples, start=1)
]


def run_example(rule: Rule, example: RuleExample):
    documents = tuple(
        parse_document(f"example-{index}.txt", text.encode("utf-8"))
        for index, text in enumerate(example.documents, start=1)
    )
    statuses = tuple(DocumentStatus(path=d.path, status="read", id=d.id) for d in documents)
    facts = facts_from_examples(example.facts, rule.path)
    return audit(LoadResult(documents=documents, statuses=statuses), [rule], facts)


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_every_rule_has_pass_and_fail_examples(rule):
    assert rule.passes, f"{rule.id} has no pass example"
    assert rule.fails, f"{rule.id} has no fail example"
    assert rule.summary and rule.rationale


@pytest.mark.parametrize(("rule", "example", "verdict"), CASES)
def test_rule_examples(rule, example, verdict):
    result = run_example(rule, example)
    assert not result.errors
    found = [f for f in result.findings if f.rule == rule.id]
    if verdict == "fail":
        assert found, f"{rule.id}: fail example produced no finding: {example.documents}"
        assert all("{" not in f.message for f in found)
    else:
        assert not found, f"{rule.id}: pass example produced {[f.message for f in found]}"
