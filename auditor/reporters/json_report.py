"""The JSON report: the auditor's documented, stable machine format.

Every other format can be rendered again from a saved JSON report
(``auditor report REPORT.json --format html``), so this format carries
everything the reporters show.

Format (``schema_version`` 2). Keys appear in the order below; findings keep
the engine's order (most severe first, then by location). Numbers are plain
JSON numbers; ``null`` means "not known" or, for ``low``/``high``, unbounded.
Dates are ISO ``YYYY-MM-DD`` strings. Lines and columns are 1-based; ``end_column``
is exclusive; columns count Unicode code points.

.. code-block:: text

    {
      "schema_version": 2,
      "tool": {"name": "auditor", "version": "0.1.0"},
      "documents": [            # every input file, read or skipped
        {"path", "sha256", "title", "date", "status": "read" | "skipped", "reason",
         "skip_kind": "unsupported" | "empty" | "unreadable" | null}
      ],
      "findings": [
        {"rule": "figure-mismatch",         # id of the rule that fired
         "severity": "error" | "warning" | "info",
         "message": "...",                  # one line, plain text
         "fingerprint": "...",              # stable across runs, for baselines
         "fact": {"subject", "event", "object"},
         "evidence": [                      # one entry per conflicting statement
           {"path", "line", "column", "end_line", "end_column",
            "text",                         # the figure as written
            "sentence",                     # the sentence it was read in
            "value": {"low", "high", "unit", "qualifier"} | null,
            "year", "year_source", "role"}
         ],
         "reference": {"subject", "attribute", "value", "unit", "year",
                       "event", "note", "path", "line"} | null}
      ],
      "rules": [{"id", "kind", "severity", "summary", "rationale"}],
      "claims": [               # what extraction read from the documents that findings
                                # cite (every document's with --include-claims), in
                                # document order
        {"id", "doc_id", "kind", "path", "start", "end", "line", "column",
         "end_line", "end_column", "text", "sentence", "sentence_start",
         "value": {"value", "low", "high", "unit", "qualifier",
                   "qualifier_text", "precision", "counted",
                   "per"} | null,          # per: a rate's denominator ("share", "year")
         "subject", "subject_type", "event", "object", "purpose", "role",
         "attribute": {"name", "value"} | null,
         "year", "year_source"}
      ],
      "errors": [{"path", "line", "level": "error" | "warning", "message"}],   # input problems that did not stop the run
      "stats": {"documents": 2, "skipped": 0, "claims": 57, ...}   # keys sorted; "claims"
    }                                                               # counts every claim read

``start``/``end``/``sentence_start`` are character offsets into the source
file. Money units are ISO 4217 codes, physical units pint unit names, and
``"percent"`` / ``"count"`` otherwise.

:func:`load_report` reads this format back into an :class:`AuditResult`.

Changes: version 2 (auditor 0.1.0 with the claim store) lists in ``claims``
only the claims of the documents that findings cite, unless the report was
made with ``--include-claims``: most of a large corpus's claims are never
read, and they made up 86% of a 10,000-document report. The shape of every
key is unchanged, so a reader of version 1 reads version 2 (and
:func:`load_report` reads both); ``stats.claims`` still counts every claim.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

from pydantic import ValidationError

from auditor.model import (
    Attribute,
    AuditError,
    AuditResult,
    Claim,
    DocumentStatus,
    EntityRef,
    Evidence,
    FactRef,
    Finding,
    FindingEvidence,
    FindingValue,
    Location,
    Quantity,
    ReferenceFact,
    RuleInfo,
    TimeRef,
)

from .options import RenderOptions

SCHEMA_VERSION = 2
# Versions load_report reads: 1 differs from 2 only in listing every claim.
READABLE_VERSIONS = (1, 2)

_QUANTITY_KINDS = ("money", "count", "percent", "quantity")


class ReportFormatError(ValueError):
    """A saved report that is not a JSON report this version can read."""


def _number(value: float | None) -> float | int | None:
    # Whole numbers print without ".0" so reports read naturally; non-finite
    # values cannot occur by contract, and JSON could not hold them anyway.
    if value is None or not math.isfinite(value):
        return None
    if float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _document(status: DocumentStatus) -> dict[str, Any]:
    return {
        "path": status.path,
        "sha256": status.sha256,
        "title": status.title,
        "date": _date(status.date),
        "status": status.status,
        "reason": status.reason,
        "skip_kind": status.skip_kind,
    }


def _finding_value(value: FindingValue | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "low": _number(value.low),
        "high": _number(value.high),
        "unit": value.unit,
        "qualifier": value.qualifier,
    }


def _evidence(evidence: FindingEvidence) -> dict[str, Any]:
    return {
        "path": evidence.path,
        "line": evidence.line,
        "column": evidence.column,
        "end_line": evidence.end_line,
        "end_column": evidence.end_column,
        "text": evidence.text,
        "sentence": evidence.sentence,
        "value": _finding_value(evidence.value),
        "year": evidence.year,
        "year_source": evidence.year_source,
        "role": evidence.role,
    }


def _reference(reference: ReferenceFact | None) -> dict[str, Any] | None:
    if reference is None:
        return None
    return {
        "subject": reference.subject,
        "attribute": reference.attribute,
        "value": reference.value,
        "unit": reference.unit,
        "year": reference.year,
        "event": reference.event,
        "note": reference.note,
        "path": reference.path,
        "line": reference.line,
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "fingerprint": finding.fingerprint,
        "fact": {
            "subject": finding.fact.subject,
            "event": finding.fact.event,
            "object": finding.fact.object,
        },
        "evidence": [_evidence(e) for e in finding.evidence],
        "reference": _reference(finding.reference),
    }


def _rule(rule: RuleInfo) -> dict[str, Any]:
    return {
        "id": rule.id,
        "kind": rule.kind,
        "severity": rule.severity.value,
        "summary": rule.summary,
        "rationale": rule.rationale,
    }


def _quantity(value: Quantity | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "value": _number(value.value),
        "low": _number(value.low),
        "high": _number(value.high),
        "unit": value.unit,
        "qualifier": value.qualifier,
        "qualifier_text": value.qualifier_text,
        "precision": _number(value.precision),
        "counted": value.counted,
        "per": value.per,
    }


def claim_dict(claim: Claim) -> dict[str, Any]:
    """One claim as the report's ``claims`` list holds it (``auditor claims --format jsonl`` prints these)."""
    loc = claim.evidence.location
    return {
        "id": claim.id,
        "doc_id": claim.doc_id,
        "kind": claim.kind,
        "path": loc.path,
        "start": loc.start,
        "end": loc.end,
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
        "text": claim.evidence.text,
        "sentence": claim.evidence.sentence,
        "sentence_start": claim.evidence.sentence_start,
        "value": _quantity(claim.value),
        "subject": claim.subject.name if claim.subject else None,
        "subject_type": claim.subject.type if claim.subject else None,
        "event": claim.event,
        "object": claim.object.name if claim.object else None,
        "purpose": claim.purpose,
        "role": claim.role,
        "attribute": (
            {"name": claim.attribute.name, "value": claim.attribute.value}
            if claim.attribute
            else None
        ),
        "year": claim.time.year if claim.time else None,
        "year_source": claim.time.source if claim.time else None,
    }


def _error(error: AuditError) -> dict[str, Any]:
    return {"path": error.path, "line": error.line, "level": error.level, "message": error.message}


def to_dict(result: AuditResult) -> dict[str, Any]:
    """The report as plain JSON-ready data, keys in their documented order."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": result.tool_name, "version": result.tool_version},
        "documents": [_document(d) for d in result.documents],
        "findings": [_finding(f) for f in result.findings],
        "rules": [_rule(r) for r in result.rules],
        "claims": [claim_dict(c) for c in result.claims],
        "errors": [_error(e) for e in result.errors],
        "stats": {key: result.stats[key] for key in sorted(result.stats)},
    }


def render_json(result: AuditResult, options: RenderOptions | None = None) -> str:
    return json.dumps(to_dict(result), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


# --------------------------------------------------------------------------- loading


def _claim_from(data: dict[str, Any]) -> Claim:
    # The report keeps what reporters show; what it drops (surface forms,
    # month/day) is rebuilt from what it keeps so the records stay valid.
    location = Location(
        path=data["path"],
        start=data["start"],
        end=data["end"],
        line=data["line"],
        column=data["column"],
        end_line=data["end_line"],
        end_column=data["end_column"],
    )
    value = data.get("value")
    quantity = None
    if value is not None:
        quantity = Quantity(
            kind=data["kind"] if data["kind"] in _QUANTITY_KINDS else "quantity",
            **value,
        )
    subject = None
    if data.get("subject") is not None:
        subject = EntityRef(
            name=data["subject"],
            type=data.get("subject_type") or "unknown",
            surface=data["subject"],
        )
    obj = None
    if data.get("object") is not None:
        obj = EntityRef(name=data["object"], surface=data["object"])
    attribute = None
    if data.get("attribute") is not None:
        attribute = Attribute(
            name=data["attribute"]["name"],
            value=data["attribute"]["value"],
            surface=data["attribute"]["value"],
        )
    time = None
    if data.get("year") is not None:
        time = TimeRef(
            year=data["year"],
            source=data.get("year_source") or "sentence",
            text=str(data["year"]),
        )
    return Claim(
        id=data["id"],
        doc_id=data["doc_id"],
        kind=data["kind"],
        evidence=Evidence(
            doc_id=data["doc_id"],
            location=location,
            text=data["text"],
            sentence=data["sentence"],
            sentence_start=data["sentence_start"],
        ),
        value=quantity,
        time=time,
        subject=subject,
        event=data.get("event"),
        object=obj,
        purpose=data.get("purpose"),
        role=data.get("role"),
        attribute=attribute,
    )


def _finding_from(data: dict[str, Any]) -> Finding:
    return Finding(
        rule=data["rule"],
        severity=data["severity"],
        message=data["message"],
        fingerprint=data["fingerprint"],
        fact=FactRef(**data["fact"]),
        evidence=tuple(
            FindingEvidence(
                **{k: v for k, v in e.items() if k != "value"},
                value=FindingValue(**e["value"]) if e.get("value") is not None else None,
            )
            for e in data["evidence"]
        ),
        reference=ReferenceFact(**data["reference"]) if data.get("reference") else None,
    )


def from_dict(data: Any) -> AuditResult:
    """Rebuild an :class:`AuditResult` from :func:`to_dict` output."""
    if not isinstance(data, dict):
        raise ReportFormatError("the report is not a JSON object")
    version = data.get("schema_version")
    if version not in READABLE_VERSIONS:
        readable = " and ".join(str(v) for v in READABLE_VERSIONS)
        raise ReportFormatError(f"unsupported schema_version {version!r} (this auditor reads {readable})")
    try:
        claims = tuple(_claim_from(c) for c in data.get("claims", []))
        doc_ids = {c.evidence.location.path: c.doc_id for c in claims}
        documents = tuple(
            DocumentStatus(**d, id=doc_ids.get(d["path"])) for d in data.get("documents", [])
        )
        tool = data.get("tool") or {}
        return AuditResult(
            tool_name=tool.get("name", "auditor"),
            tool_version=tool["version"],
            documents=documents,
            claims=claims,
            findings=tuple(_finding_from(f) for f in data.get("findings", [])),
            rules=tuple(RuleInfo(**r) for r in data.get("rules", [])),
            errors=tuple(AuditError(**e) for e in data.get("errors", [])),
            stats=data.get("stats", {}),
        )
    except (KeyError, TypeError, ValidationError) as exc:
        raise ReportFormatError(f"the report does not match schema_version {version}: {exc}") from exc


def load_report(text: str) -> AuditResult:
    """Read a saved JSON report back; :class:`ReportFormatError` when it is not one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportFormatError(f"not valid JSON: {exc}") from exc
    except RecursionError:
        raise ReportFormatError("not valid JSON: nested too deeply") from None
    return from_dict(data)
