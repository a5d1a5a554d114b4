from __future__ import annotations

import json

import pytest
from reporter_fixtures import build_result

from auditor.model import AuditResult, Quantity
from auditor.reporters import ReportFormatError, load_report, render
from auditor.reporters.json_report import SCHEMA_VERSION


def test_top_level_keys_in_documented_order() -> None:
    data = json.loads(render(build_result(), "json"))
    assert list(data) == [
        "schema_version", "tool", "documents", "findings", "rules", "claims", "errors", "stats",
    ]
    assert data["schema_version"] == SCHEMA_VERSION == 2
    assert data["tool"] == {"name": "auditor", "version": build_result().tool_version}


def test_finding_fields() -> None:
    result = build_result()
    data = json.loads(render(result, "json"))
    assert [f["rule"] for f in data["findings"]] == [f.rule for f in result.findings]
    first = data["findings"][0]
    assert list(first) == ["rule", "severity", "message", "fingerprint", "fact", "evidence", "reference"]
    assert first["severity"] == "error"
    assert first["reference"] is None
    evidence = first["evidence"][0]
    assert (evidence["path"], evidence["line"], evidence["column"]) == ("docs/alpha.txt", 2, 25)
    assert evidence["value"] == {"low": 120000000, "high": 120000000, "unit": "USD", "qualifier": "exact"}
    assert evidence["year"] == 2024 and evidence["year_source"] == "sentence"
    reference = data["findings"][2]["reference"]
    assert reference["path"] == "rules/facts/companies.yaml" and reference["value"] == "2018"


def test_claim_and_document_fields() -> None:
    data = json.loads(render(build_result(), "json"))
    claim = data["claims"][1]
    assert claim["value"]["high"] is None  # unbounded, not Infinity
    assert claim["value"]["counted"] == "employees"
    assert claim["subject"] == "Quantix" and claim["subject_type"] == "organisation"
    assert claim["year"] == 2023 and claim["year_source"] == "sentence"
    docs = data["documents"]
    assert docs[0]["date"] == "2024-05-01"
    assert docs[2] == {
        "path": "docs/image.png", "sha256": None, "title": None, "date": None,
        "status": "skipped", "reason": "not a text document", "skip_kind": "unsupported",
    }
    assert list(data["stats"]) == sorted(data["stats"])


def test_round_trip_is_stable() -> None:
    text = render(build_result(), "json")
    assert render(load_report(text), "json") == text


def test_load_keeps_what_reporters_use() -> None:
    original = build_result()
    loaded = load_report(render(original, "json"))
    assert loaded.findings == original.findings
    assert loaded.rules == original.rules
    assert loaded.errors == original.errors
    assert [c.evidence for c in loaded.claims] == [c.evidence for c in original.claims]
    assert [c.value for c in loaded.claims] == [c.value for c in original.claims]
    assert loaded.documents[0].id == original.documents[0].id


def test_non_finite_numbers_never_reach_json() -> None:
    result = build_result()
    claim = result.claims[0].model_copy(
        update={"value": Quantity(kind="money", value=1, low=1, high=float("inf"), unit="USD")}
    )
    text = render(result.model_copy(update={"claims": (claim,)}), "json")
    assert "Infinity" not in text
    assert json.loads(text)["claims"][0]["value"]["high"] is None


def test_empty_result() -> None:
    text = render(AuditResult(tool_version="1"), "json")
    assert load_report(text) == AuditResult(tool_version="1")


@pytest.mark.parametrize(
    "text, message",
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"schema_version": 3, "tool": {"version": "1"}}', "unsupported schema_version 3"),
        ('{"tool": {"version": "1"}}', "unsupported schema_version None"),
        ('{"schema_version": 1}', "does not match"),
        ('{"schema_version": 1, "tool": {"version": "1"}, "findings": [{"rule": "x"}]}', "does not match"),
    ],
)
def test_bad_reports_are_rejected_clearly(text: str, message: str) -> None:
    with pytest.raises(ReportFormatError, match=message):
        load_report(text)


def test_a_version_1_report_still_loads() -> None:
    # Version 1 listed every claim; its shape is version 2's, so it reads the same.
    text = render(AuditResult(tool_version="1"), "json").replace('"schema_version": 2', '"schema_version": 1')
    assert load_report(text) == AuditResult(tool_version="1")
