from __future__ import annotations

import json
from pathlib import Path

import pytest
from reporter_fixtures import build_result

from auditor.model import AuditError
from auditor.reporters import render

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def _log() -> dict:
    return json.loads(render(build_result(), "sarif"))


def test_validates_against_sarif_schema() -> None:
    if not SCHEMA.exists():
        pytest.skip(f"SARIF schema not available at ../shared/schemas ({SCHEMA.name})")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    errors = sorted(validator.iter_errors(_log()), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_header_and_driver() -> None:
    log = _log()
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "auditor"
    assert driver["version"] == build_result().tool_version
    rule = driver["rules"][0]
    assert rule["id"] == "figure-mismatch"
    assert rule["shortDescription"]["text"] == "Two documents give incompatible figures for one fact"
    assert rule["fullDescription"]["text"].startswith("A fact has one true value")
    assert rule["defaultConfiguration"]["level"] == "error"
    assert driver["rules"][3]["defaultConfiguration"]["level"] == "note"
    assert "%SRCROOT%" in run["originalUriBaseIds"]


def test_results_pin_rule_level_and_fingerprint() -> None:
    result = build_result()
    run = _log()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["ruleId"] for r in run["results"]] == [f.rule for f in result.findings]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "warning", "note"]
    for entry, finding in zip(run["results"], result.findings):
        assert rules[entry["ruleIndex"]]["id"] == entry["ruleId"]
        assert entry["message"]["text"] == finding.message
        assert entry["partialFingerprints"] == {"auditorFingerprint/v1": finding.fingerprint}


def test_regions_match_evidence() -> None:
    result = build_result()
    run = _log()["runs"][0]
    for entry, finding in zip(run["results"], result.findings):
        locations = entry["locations"] + entry.get("relatedLocations", [])
        assert len(locations) == len(finding.evidence)
        for location, evidence in zip(locations, finding.evidence):
            physical = location["physicalLocation"]
            assert physical["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
            region = physical["region"]
            assert region == {
                "startLine": evidence.line,
                "startColumn": evidence.column,
                "endLine": evidence.end_line,
                "endColumn": evidence.end_column,
                "snippet": {"text": evidence.text},
            }
            # Columns are code points: the region cuts the figure out of its line.
            assert region["endColumn"] - region["startColumn"] == len(evidence.text)


def test_related_locations_and_uris() -> None:
    first = _log()["runs"][0]["results"][0]
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/alpha.txt"
    related = first["relatedLocations"]
    assert [r["id"] for r in related] == [1]
    assert related[0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/beta%20notes.txt"
    assert "$150 million" in related[0]["message"]["text"]


def test_unknown_rule_still_gets_a_descriptor() -> None:
    result = build_result()
    log = json.loads(render(result.model_copy(update={"rules": ()}), "sarif"))
    run = log["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for entry in run["results"]:
        assert ids[entry["ruleIndex"]] == entry["ruleId"]


def test_skipped_files_and_input_problems_are_tool_execution_notifications() -> None:
    (invocation,) = json.loads(render(build_result(), "sarif"))["runs"][0]["invocations"]
    notes = [
        (n["level"], n["descriptor"]["id"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], n["message"]["text"])
        for n in invocation["toolExecutionNotifications"]
    ]
    assert notes == [
        ("warning", "skipped-file", "docs/image.png", "skipped docs/image.png: not a text document"),
        ("error", "input-problem", "docs/alpha.txt", "unbalanced quote"),
    ]
    # A document whose extraction failed was not audited: the run did not succeed.
    assert invocation["executionSuccessful"] is False
    warned = build_result().model_copy(update={"errors": (AuditError(path="f.yaml", line=3, message="m", level="warning"),)})
    (invocation,) = json.loads(render(warned, "sarif"))["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True
