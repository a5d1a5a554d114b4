from __future__ import annotations

import json
from pathlib import Path

import pytest
from reporter_fixtures import VERSION, build_result

from auditor.model import AuditResult, Quantity
from auditor.reporters import ReportFormatError, load_report, render
from auditor.reporters.json_report import SCHEMA_VERSION


def test_top_level_keys_in_documented_order() -> None:
    data = json.loads(render(build_result(), "json"))
    assert list(data) == [
        "schema_version", "tool", "documents", "findings", "rules", "claims", "sentences", "errors", "stats",
    ]
    assert data["schema_version"] == SCHEMA_VERSION == 4
    assert data["tool"] == {"name": "auditor", "version": build_result().tool_version}


def test_finding_fields() -> None:
    result = build_result()
    data = json.loads(render(result, "json"))
    assert [f["rule"] for f in data["findings"]] == [f.rule for f in result.findings]
    first = data["findings"][0]
    # No reference: the key is left out, as every key whose value is null.
    assert list(first) == ["rule", "severity", "message", "fingerprint", "fact", "evidence"]
    assert first["severity"] == "error"
    evidence = first["evidence"][0]
    assert (evidence["path"], evidence["line"], evidence["column"]) == ("docs/alpha.txt", 2, 25)
    assert data["sentences"][evidence["sentence_index"]] == result.findings[0].evidence[0].sentence
    assert "role" not in evidence and "sentence" not in evidence
    # Version 4 leaves defaults out: an exact value's qualifier, an end_line equal to line.
    assert evidence["value"] == {"low": 120000000, "high": 120000000, "unit": "USD"}
    assert list(evidence) == ["path", "line", "column", "end_column", "text", "sentence_index", "value", "year", "year_source"]
    assert evidence["year"] == 2024 and evidence["year_source"] == "sentence"
    reference = data["findings"][2]["reference"]
    assert reference["path"] == "rules/facts/companies.yaml" and reference["value"] == "2018"


def test_claim_and_document_fields() -> None:
    data = json.loads(render(build_result(), "json"))
    claim = data["claims"][1]
    assert "high" not in claim["value"]  # null: unbounded, not Infinity
    assert claim["value"]["counted"] == "employees"
    assert claim["subject"] == "Quantix" and claim["subject_type"] == "organisation"
    assert claim["year"] == 2023 and claim["year_source"] == "sentence"
    docs = data["documents"]
    assert docs[0]["date"] == "2024-05-01" and docs[0]["status"] == "read"
    assert docs[2] == {
        "path": "docs/image.png", "status": "skipped", "reason": "not a text document", "skip_kind": "unsupported",
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
    assert "high" not in json.loads(text)["claims"][0]["value"]


def test_empty_result() -> None:
    text = render(AuditResult(tool_version="1"), "json")
    assert load_report(text) == AuditResult(tool_version="1")


@pytest.mark.parametrize(
    "text, message",
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"schema_version": 5, "tool": {"version": "1"}}', "unsupported schema_version 5"),
        ('{"schema_version": 3, "tool": {"version": "1"}}', "does not match"),  # no sentences
        ('{"schema_version": 3, "tool": {"version": "1"}, "sentences": {}}', "sentences is not a list"),
        ('{"tool": {"version": "1"}}', "unsupported schema_version None"),
        ('{"schema_version": 1}', "does not match"),
        ('{"schema_version": 1, "tool": {"version": "1"}, "findings": [{"rule": "x"}]}', "does not match"),
    ],
)
def test_bad_reports_are_rejected_clearly(text: str, message: str) -> None:
    with pytest.raises(ReportFormatError, match=message):
        load_report(text)


def test_a_sentence_index_outside_the_table_is_refused() -> None:
    data = json.loads(render(build_result(), "json"))
    data["findings"][0]["evidence"][0]["sentence_index"] = len(data["sentences"])
    with pytest.raises(ReportFormatError, match="not an entry of sentences"):
        load_report(json.dumps(data))


def test_every_entry_stands_on_its_own_line() -> None:
    text = render(build_result(), "json")
    data = json.loads(text)
    lines = text.splitlines()
    for key in ("documents", "findings", "rules", "claims", "sentences", "errors"):
        start = lines.index(f'"{key}":[') + 1
        entries = lines[start : start + len(data[key])]
        assert [json.loads(line.rstrip(",")) for line in entries] == data[key]
        assert lines[start + len(data[key])] == "],"
    assert json.loads(render(AuditResult(tool_version="1"), "json"))["errors"] == []


# The fixture's report as version 2 wrote it (each sentence quoted, nulls
# written, indented): what auditor 0.1.0 left in users' folders.
VERSION_2 = Path(__file__).resolve().parent / "snapshots" / "report-version-2.json"


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html", "sarif", "github", "concise"])
def test_a_version_2_report_still_renders_every_format(fmt: str) -> None:
    old = load_report(VERSION_2.read_text(encoding="utf-8").replace("VERSION-REDACTED", VERSION))
    result = build_result()
    assert old.findings == result.findings
    assert render(old, fmt) == render(load_report(render(result, "json")), fmt)


# The fixture's report as version 3 wrote it (every key that holds its
# default written out): what the first claim store's auditor left behind.
VERSION_3 = Path(__file__).resolve().parent / "snapshots" / "report-version-3.json"


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html", "sarif", "github", "concise"])
def test_a_version_3_report_still_renders_every_format(fmt: str) -> None:
    text = VERSION_3.read_text(encoding="utf-8").replace("VERSION-REDACTED", VERSION)
    assert '"qualifier":"exact"' in text and '"end_line":' in text
    old = load_report(text)
    result = build_result()
    assert old == load_report(render(result, "json"))
    assert render(old, fmt) == render(load_report(render(result, "json")), fmt)


def test_version_4_writes_what_is_not_a_default() -> None:
    """A value that is not exact keeps its qualifier, evidence over two lines its
    end_line; each reads back as it was."""
    result = build_result()
    first = result.findings[0]
    spread = first.evidence[0].model_copy(update={
        "end_line": first.evidence[0].line + 1,
        "value": first.evidence[0].value.model_copy(update={"qualifier": "over", "high": None}),  # type: ignore[union-attr]
    })  # fmt: skip
    changed = result.model_copy(update={
        "findings": (first.model_copy(update={"evidence": (spread, *first.evidence[1:])}), *result.findings[1:]),
    })  # fmt: skip
    data = json.loads(render(changed, "json"))
    evidence = data["findings"][0]["evidence"][0]
    assert evidence["end_line"] == evidence["line"] + 1
    assert evidence["value"] == {"low": 120000000, "unit": "USD", "qualifier": "over"}
    assert load_report(render(changed, "json")).findings == changed.findings


def test_what_a_scorer_reads_of_evidence_is_unchanged_by_version_4() -> None:
    """Readers that look keys up with a default read version 4's evidence as version
    3's: ``end_line`` falls back on ``line`` and (low, high, unit) are all written
    (an exact figure and an open one must not look alike)."""
    old = json.loads(VERSION_3.read_text(encoding="utf-8"))
    new = json.loads(render(build_result(), "json"))

    def read(evidence: dict) -> tuple:
        value = evidence.get("value") or {}
        return (evidence.get("path"), evidence.get("line"), evidence.get("column"),
                evidence.get("end_line") or evidence.get("line"), evidence.get("end_column"), evidence.get("text"),
                evidence.get("year"), value.get("low"), value.get("high"), value.get("unit"))  # fmt: skip

    assert [[read(e) for e in f["evidence"]] for f in new["findings"]] == [
        [read(e) for e in f["evidence"]] for f in old["findings"]
    ]
    assert [(f["rule"], f["severity"]) for f in new["findings"]] == [(f["rule"], f["severity"]) for f in old["findings"]]


def test_a_version_1_report_still_loads() -> None:
    # Version 1 listed every claim; its shape is version 2's, so it reads the same.
    text = VERSION_2.read_text(encoding="utf-8").replace('"schema_version": 2', '"schema_version": 1')
    assert load_report(text).findings == build_result().findings


def test_a_claims_entry_is_its_claim_dict_without_nulls_or_defaults() -> None:
    """The report builds claim entries without nulls directly; what it writes is
    what leaving the nulls out of claim_dict gives, key for key, in order."""
    from auditor.checks.rulefile import load_rules
    from auditor.engine import AuditOptions, audit
    from auditor.reporters.json_report import _ENCODER, SentenceTable, _claim_entry, _claim_parts, _without_nulls, claim_dict
    from auditor.sources import load_documents

    root = Path(__file__).resolve().parents[1]
    result = audit(load_documents([root / "tests" / "corpus" / "documents"]), load_rules(), (), AuditOptions(include_claims=True))
    claims = list(result.claims)
    assert len(claims) > 100
    assert {c.value is None for c in claims} == {c.subject is None for c in claims} == {c.time is None for c in claims} == {True, False}
    assert any(c.attribute is not None for c in claims) and any(c.purpose for c in claims)
    fast, slow = SentenceTable(), SentenceTable()
    for claim in claims:
        entry = _claim_entry(claim, fast)
        expected = _without_nulls(claim_dict(claim, slow))
        # Version 4 leaves out an end_line equal to line and an exact qualifier.
        if expected["end_line"] == expected["line"]:
            del expected["end_line"]
        if expected.get("value", {}).get("qualifier") == "exact":
            del expected["value"]["qualifier"]
        assert list(entry.items()) == list(expected.items())
        assert json.dumps(entry) == json.dumps(expected)
        # As the claim store keeps it: the entry around its sentence, whose index the report gives.
        head, sentence, tail = _claim_parts(claim)
        assert sentence == claim.evidence.sentence
        assert json.loads(head + str(entry["sentence_index"]) + tail) == entry
        assert head + str(entry["sentence_index"]) + tail == _ENCODER.encode(entry)
