from __future__ import annotations

from pathlib import Path

import pytest

from auditor.checks.rulefile import RuleFileError, load_rules

GOOD = """\
kind: figure-mismatch
severity: warning
summary: Figures disagree.
rationale: Because.
message: "{subject}: {first} vs {second}"
parameters:
  relative_tolerance: 0.02
examples:
  pass:
    - documents: ["A raised $5 million."]
  fail:
    - documents: ["A raised $5 million.", "A raised $9 million."]
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> RuleFileError:
    write(tmp_path, "custom.yaml", text)
    with pytest.raises(RuleFileError) as info:
        load_rules([tmp_path], include_default=False)
    return info.value


def test_default_pack_has_its_rules_each_of_a_known_kind():
    # A kind may have several rules (attribution-conflict of money and of
    # counts of a deed), each with its own parameters and scope.
    ids = {rule.id: rule.kind for rule in load_rules()}
    assert ids == {
        "deed-attribution-conflict": "attribution-conflict",
        "figure-mismatch": "figure-mismatch",
        "year-mismatch": "year-mismatch",
        "date-mismatch": "date-mismatch",
        "attribution-conflict": "attribution-conflict",
        "timeline": "timeline",
        "reference-conflict": "reference-conflict",
        "parts-sum": "parts-sum",
        "total-restated": "parts-sum",
        "change-mismatch": "change-mismatch",
        "elapsed-time": "elapsed-time",
        "deal-award-conflict": "deal-award-conflict",
        "purchase-buyer-conflict": "deal-award-conflict",
        "prize-attribution-conflict": "deal-award-conflict",
        "first-attribution-conflict": "deal-award-conflict",
        "hosting-attribution-conflict": "deal-award-conflict",
    }


def test_user_rule_ids_are_relative_paths_and_override_defaults(tmp_path):
    write(tmp_path, "nested/strict.yml", GOOD)
    write(tmp_path, "figure-mismatch.yaml", GOOD)
    rules = {rule.id: rule for rule in load_rules([tmp_path])}
    assert "nested/strict" in rules
    assert rules["figure-mismatch"].severity.value == "warning"
    assert rules["figure-mismatch"].parameters["relative_tolerance"] == 0.02
    assert len(rules["nested/strict"].fails[0].documents) == 2


def test_unknown_top_level_key_names_file_line_and_key(tmp_path):
    error = error_for(tmp_path, GOOD.replace("rationale: Because.", "rationale: Because.\nseverty: error"))
    assert error.line == 5 and error.key == "severty"
    assert str(error).startswith(f"{tmp_path / 'custom.yaml'}:5: severty:")


def test_unknown_parameter_is_reported_with_its_line(tmp_path):
    error = error_for(tmp_path, GOOD.replace("relative_tolerance: 0.02", "relative_tolerance: 0.02\n  tolerence: 3"))
    assert error.line == 8 and "tolerence" in error.key


def test_parameter_of_wrong_type(tmp_path):
    error = error_for(tmp_path, GOOD.replace("0.02", "lots"))
    assert error.line == 7 and error.key == "parameters.relative_tolerance"


def test_unknown_placeholder(tmp_path):
    error = error_for(tmp_path, GOOD.replace("{second}", "{secnd}"))
    assert error.key == "message" and error.line == 5 and "secnd" in error.message


def test_unknown_kind_and_severity(tmp_path):
    assert error_for(tmp_path, GOOD.replace("kind: figure-mismatch", "kind: vibes")).key == "kind"
    assert error_for(tmp_path, GOOD.replace("severity: warning", "severity: fatal")).line == 2


def test_missing_required_key(tmp_path):
    error = error_for(tmp_path, GOOD.replace("summary: Figures disagree.\n", ""))
    assert error.key == "summary"


def test_malformed_yaml_reports_its_line(tmp_path):
    error = error_for(tmp_path, GOOD.replace('message: "{subject}', 'message: [ "{subject}'))
    assert error.key == "yaml" and error.line is not None and error.line >= 5


def test_bad_example_keys_and_facts(tmp_path):
    error = error_for(tmp_path, GOOD.replace("    - documents: [\"A raised $5 million.\"]\n",
                                             "    - documents: [\"A raised $5 million.\"]\n      notes: x\n"))
    assert error.line == 11 and "notes" in error.key
    error = error_for(tmp_path, GOOD.replace("    - documents: [\"A raised $5 million.\"]\n",
                                             "    - documents: [\"x\"]\n      facts:\n        - {subject: A, attribute: colour, value: red}\n"))
    assert "attribute" in error.key and error.line == 12


def test_applies_to_is_validated(tmp_path):
    error = error_for(tmp_path, GOOD + "applies_to:\n  kinds: [money, vibes]\n")
    assert error.key == "applies_to.kinds"
    rules = None
    write(tmp_path, "custom.yaml", GOOD + "applies_to:\n  kinds: [money]\n  events: [funding-round]\n")
    rules = load_rules([tmp_path], include_default=False)
    assert rules[0].applies_to == {"kinds": ("money",), "events": ("funding-round",)}
