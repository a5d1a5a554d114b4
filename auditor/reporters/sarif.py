"""SARIF 2.1.0 log, for code-scanning dashboards (GitHub, IDE viewers).

One result per finding: its first evidence is the primary location, the other
sides of the conflict are ``relatedLocations``. Columns count Unicode code
points, as the auditor does everywhere.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from auditor.model import AuditResult, DocumentStatus, FindingEvidence, RuleInfo, Severity

from .describe import describe_evidence
from .escape import escape_control
from .markdown import escape as escape_markdown
from .options import RenderOptions

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "auditorFingerprint/v1"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _artifact(path: str) -> dict[str, Any]:
    # Paths are already posix (the loader writes them so); a backslash is
    # part of a file name and is percent-encoded like any other character.
    if PurePosixPath(path).is_absolute():
        # Absolute paths cannot be made relative to the source root.
        return {"uri": "file://" + quote(path, safe="/")}
    return {"uri": quote(path, safe="/"), "uriBaseId": SRCROOT}


def _text(text: str) -> str:
    """Plain text a viewer shows: control characters made visible."""
    return escape_control(text, keep_newlines=True)


def _location(evidence: FindingEvidence) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": _artifact(evidence.path),
            "region": {
                "startLine": evidence.line,
                "startColumn": evidence.column,
                "endLine": evidence.end_line,
                "endColumn": evidence.end_column,
                "snippet": {"text": evidence.text},
            },
        }
    }


def _skipped_notice(status: DocumentStatus) -> dict[str, Any]:
    """A skipped input file as a tool execution notification."""
    level = "error" if status.skip_kind == "unreadable" else "warning"
    return {
        "level": level,
        "message": {"text": _text(f"skipped {status.path}: {status.reason or 'no reason given'}")},
        "descriptor": {"id": "skipped-file"},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(status.path)}}],
    }


def _descriptor(rule: RuleInfo) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": _text(rule.summary)},
        "fullDescription": {"text": _text(rule.rationale)},
        # Rule files are user data: the Markdown help escapes them like any
        # document text, so a summary cannot inject links, images or mentions.
        "help": {
            "text": _text(f"{rule.summary}\n\n{rule.rationale}"),
            "markdown": f"**{escape_markdown(rule.summary)}**\n\n{escape_markdown(rule.rationale)}",
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"kind": rule.kind},
    }


def to_sarif(result: AuditResult) -> dict[str, Any]:
    rules = list(result.rules)
    known = {r.id for r in rules}
    for finding in result.findings:
        # A finding whose rule the result does not describe still needs a
        # descriptor for ruleIndex to point at.
        if finding.rule not in known:
            known.add(finding.rule)
            rules.append(
                RuleInfo(
                    id=finding.rule,
                    kind="unknown",
                    severity=finding.severity,
                    summary=finding.rule,
                    rationale=finding.rule,
                )
            )
    rule_index = {r.id: i for i, r in enumerate(rules)}

    results = []
    for finding in result.findings:
        entry: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": rule_index[finding.rule],
            "level": LEVELS[finding.severity],
            "message": {"text": _text(finding.message)},
        }
        if finding.evidence:
            entry["locations"] = [_location(finding.evidence[0])]
        related = []
        for number, evidence in enumerate(finding.evidence[1:], start=1):
            location = _location(evidence)
            location["id"] = number
            described = describe_evidence(evidence)
            text = f"Also stated here: {evidence.text}"
            if described:
                text += f" ({described})"
            location["message"] = {"text": _text(text)}
            related.append(location)
        if related:
            entry["relatedLocations"] = related
        entry["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
        properties: dict[str, Any] = {
            "fact": {
                "subject": finding.fact.subject,
                "event": finding.fact.event,
                "object": finding.fact.object,
            }
        }
        if finding.reference is not None:
            properties["reference"] = finding.reference.model_dump(mode="json")
        entry["properties"] = properties
        results.append(entry)

    notifications = [_skipped_notice(status) for status in result.documents if status.status == "skipped"]
    for error in result.errors:
        notice: dict[str, Any] = {
            "level": error.level,
            "message": {"text": _text(error.message)},
            "descriptor": {"id": "input-problem"},
        }
        region = {"region": {"startLine": error.line}} if error.line else {}
        notice["locations"] = [
            {"physicalLocation": {"artifactLocation": _artifact(error.path), **region}}
        ]
        notifications.append(notice)
    # The run failed when part of the input could not be audited (a document
    # that could not be read or decoded, an extraction error); files that
    # are not documents, or empty, leave it successful.
    invocation: dict[str, Any] = {
        "executionSuccessful": not any(n["level"] == "error" for n in notifications)
    }
    if notifications:
        invocation["toolExecutionNotifications"] = notifications

    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": result.tool_name,
                        "version": result.tool_version,
                        "rules": [_descriptor(r) for r in rules],
                    }
                },
                "originalUriBaseIds": {
                    # Left without a uri on purpose: the source root is wherever
                    # the audit ran, and a report must not embed local paths.
                    SRCROOT: {"description": {"text": "The directory the audit was run from."}}
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [invocation],
                "results": results,
            }
        ],
    }


def render_sarif(result: AuditResult, options: RenderOptions | None = None) -> str:
    return json.dumps(to_sarif(result), indent=2, ensure_ascii=False) + "\n"
