from __future__ import annotations

from pathlib import Path

import pytest

from auditor.checks.facts import FactsFileError, load_reference_facts, parse_amount, parse_facts

SEED = Path(__file__).resolve().parents[1] / "rules" / "facts" / "seed-facts.yaml"


def test_seed_facts_load_and_every_fact_has_a_basis():
    facts = load_reference_facts(SEED)
    assert facts
    assert all(fact.note for fact in facts)
    assert {f.subject for f in facts} >= {"Rapidus", "Illumex", "Dyna.Ai"}


def test_lines_are_recorded():
    facts = parse_facts("- subject: A\n  attribute: country\n  value: FR\n- subject: B\n  attribute: founded\n  value: 1999\n", "f.yaml")
    assert [f.line for f in facts] == [1, 4]
    assert facts[1].value == "1999" and facts[0].path == "f.yaml"


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ("- subject: A\n  attribute: colour\n  value: red\n", 2, "attribute"),
        ("- subject: A\n  attribute: amount\n  value: 5 million\n  unit: USD\n", 1, "event"),
        ("- subject: A\n  attribute: country\n", 1, "value"),
        ("- subject: A\n  attribute: country\n  value: FR\n  sauce: yes\n", 4, "sauce"),
        ("- subject: A\n  attribute: founded\n  value: long ago\n", 3, "value"),
        ("- subject: [A\n", 2, "yaml"),
    ],
)
def test_errors_name_line_and_key(text, line, key):
    with pytest.raises(FactsFileError) as info:
        parse_facts(text, "f.yaml")
    assert (info.value.line, info.value.key) == (line, key)
    assert str(info.value).startswith(f"f.yaml:{line}: {key}:")


def test_parse_amount():
    assert parse_amount("110 billion") == (110e9, 0.5e9)
    assert parse_amount("110000000000")[0] == 110e9
    assert parse_amount("$1.3bn") == (1.3e9, pytest.approx(0.05e9))
    assert parse_amount("a lot") is None
