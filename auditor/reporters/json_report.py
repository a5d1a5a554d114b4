"""The JSON report: the auditor's documented, stable machine format.

Every other format can be rendered again from a saved JSON report
(``auditor report REPORT.json --format html``), so this format carries
everything the reporters show.

Format (``schema_version`` 4). Keys appear in the order below; findings keep
the engine's order (most severe first, then by location). Numbers are plain
JSON numbers; ``null`` means "not known" or, for ``low``/``high``, unbounded,
and a key whose value is ``null`` is left out: read a missing key as ``null``.
Two keys are also left out when they hold their default: ``end_line`` when
it is ``line``, a value's ``qualifier`` when it is ``exact``. ``low``, ``high`` and ``unit`` are always
written when known, so an exact value never reads as an open one.
Dates are ISO ``YYYY-MM-DD`` strings. Lines and columns are 1-based; ``end_column``
is exclusive; columns count Unicode code points. Each entry of a list stands
on its own line, written without spaces (``{"rule":"figure-mismatch",...}``),
so the file is compact, and still read and diffed a line at a time.

.. code-block:: text

    {
      "schema_version": 4,
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
           {"path", "line", "column", "end_line" (default: line), "end_column",
            "text",                         # the figure as written
            "sentence_index",               # the sentence it was read in: sentences[sentence_index]
            "value": {"low", "high", "unit", "qualifier" (default "exact")} | null,
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
         "end_line" (default: line), "end_column", "text",
         "sentence_index",                  # sentences[sentence_index]
         "sentence_start",
         "value": {"value", "low", "high", "unit", "qualifier" (default "exact"),
                   "qualifier_text", "precision", "counted",
                   "per"} | null,          # per: a rate's denominator ("share", "year")
         "subject", "subject_type", "event", "object", "purpose", "role",
         "attribute": {"name", "value"} | null,
         "year", "year_source"}
      ],
      "sentences": ["..."],     # every sentence evidence and claims were read in, once,
                                # in order of first use
      "errors": [{"path", "line", "level": "error" | "warning", "message"}],   # input problems that did not stop the run
      "stats": {"documents": 2, "skipped": 0, "claims": 57, ...}   # keys sorted; "claims"
    }                                                               # counts every claim read

``start``/``end``/``sentence_start`` are character offsets into the source
file. Money units are ISO 4217 codes, physical units pint unit names, and
``"percent"`` / ``"count"`` otherwise.

:func:`load_report` reads this format back into an :class:`AuditResult`;
:func:`json_chunks` writes it a line at a time, so a large report (and the
claims a :class:`~auditor.model.ClaimSource` reads from the claim store) is
never held whole.

Changes:

- version 4: ``end_line`` equal to ``line`` and a qualifier ``exact`` are
  left out (on the benchmark's 10,000 documents, 14.9 MB
  of findings, documents and their sentences became 13.9 MB). A reader of
  version 3 that looks keys up with a default reads evidence alike when it
  reads a missing ``end_line`` as ``line``, as ``score.py`` of the labelled
  sets does. Claims read from the claim store come as it kept them
  (:func:`_claim_parts`, ``ClaimSource.encoded``), not decoded.
- version 3: each sentence is written once, in ``sentences``, and evidence
  and claims give its index (``sentence_index``) instead of the sentence
  itself (16,805 findings of a 10,000-document corpus quoted the same
  sentences again and again); keys whose value is null are left out;
  entries are written one a line without indentation. Every other key is
  unchanged, so a reader that looks keys up with a default for a missing
  one (``.get``) reads evidence and claims as before.
- version 2 (auditor 0.1.0 with the claim store) lists in ``claims`` only
  the claims of the documents that findings cite, unless the report was
  made with ``--include-claims``: most of a large corpus's claims are never
  read, and they made up 86% of a 10,000-document report. The shape of every
  key is unchanged, so a reader of version 1 reads version 2;
  ``stats.claims`` still counts every claim.

:func:`load_report` reads versions 1 to 4.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import ValidationError

from auditor.model import (
    Attribute,
    AuditError,
    AuditResult,
    Claim,
    ClaimSource,
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

SCHEMA_VERSION = 4
# Versions load_report reads: 1 differs from 2 only in listing every claim;
# 2 from 3 in quoting each sentence where it is used; 3 from 4 in writing
# the keys that hold their default (below).
READABLE_VERSIONS = (1, 2, 3, 4)
# What version 4 leaves out because it is the default: a value's qualifier
# (most figures are exact) and an end_line equal to line.
DEFAULT_QUALIFIER = "exact"
# Inside an entry no space is written: indentation and spaces after ":" made
# up more than a third of a large report.
_SEPARATORS = (",", ":")
# Stateless once made: every entry is encoded alike.
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=_SEPARATORS)
# The name under which a claim store keeps claims encoded as this version
# writes them (``_claim_parts``); a change of code changes what it is kept under.
CLAIMS_FORM = f"json-report-{SCHEMA_VERSION}-claims"

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


def _document_entry(status: DocumentStatus) -> dict[str, Any]:
    """``_document`` with its null keys left out, built so."""
    entry: dict[str, Any] = {"path": status.path}
    for key, value in (("sha256", status.sha256), ("title", status.title), ("date", _date(status.date))):
        if value is not None:
            entry[key] = value
    # Always written, though most documents are read: readers pick the
    # skipped ones by it, and it costs 1% of a large report.
    entry["status"] = status.status
    for key, value in (("reason", status.reason), ("skip_kind", status.skip_kind)):
        if value is not None:
            entry[key] = value
    return entry


class SentenceTable:
    """The report's ``sentences``: each distinct sentence once, numbered in order of first use."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}

    def number(self, sentence: str) -> int:
        found = self.numbers.get(sentence)
        if found is None:
            found = self.numbers[sentence] = len(self.numbers)
        return found


def _value_entry(low: float | None, high: float | None, unit: str | None, qualifier: str | None) -> dict[str, Any]:
    """A value as version 4 writes it: null keys and ``"qualifier": "exact"`` left out."""
    entry: dict[str, Any] = {}
    low, high = _number(low), _number(high)
    if low is not None:
        entry["low"] = low
    if high is not None:
        entry["high"] = high
    if unit is not None:
        entry["unit"] = unit
    if qualifier is not None and qualifier != DEFAULT_QUALIFIER:
        entry["qualifier"] = qualifier
    return entry


def _evidence_entry(evidence: FindingEvidence, sentences: SentenceTable) -> dict[str, Any]:
    """``_evidence`` as version 4 writes it: null keys left out, ``end_line`` when it is not ``line``."""
    line = evidence.line
    entry: dict[str, Any] = {"path": evidence.path, "line": line, "column": evidence.column}
    if evidence.end_line != line:
        entry["end_line"] = evidence.end_line
    entry["end_column"] = evidence.end_column
    entry["text"] = evidence.text
    entry["sentence_index"] = sentences.number(evidence.sentence)
    value = evidence.value
    if value is not None:
        entry["value"] = _value_entry(value.low, value.high, value.unit, value.qualifier)
    if evidence.year is not None:
        entry["year"] = evidence.year
    if evidence.year_source is not None:
        entry["year_source"] = evidence.year_source
    if evidence.role is not None:
        entry["role"] = evidence.role
    return entry


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


def _finding_entry(finding: Finding, sentences: SentenceTable) -> dict[str, Any]:
    """``_finding`` as version 4 writes it, built without its null keys (looking
    through each built entry again for them was a sixth of a large report's time)."""
    fact: dict[str, Any] = {}
    for key, value in (("subject", finding.fact.subject), ("event", finding.fact.event), ("object", finding.fact.object)):
        if value is not None:
            fact[key] = value
    entry: dict[str, Any] = {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "fingerprint": finding.fingerprint,
        "fact": fact,
        "evidence": [_evidence_entry(e, sentences) for e in finding.evidence],
    }
    if finding.reference is not None:
        entry["reference"] = _without_nulls(_reference(finding.reference))
    return entry


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


def claim_dict(claim: Claim, sentences: SentenceTable | None = None) -> dict[str, Any]:
    """One claim as the report's ``claims`` list holds it, its sentence in ``sentences``;
    without a table, the sentence itself under ``sentence`` (what ``auditor claims
    --format jsonl`` prints: each line stands alone)."""
    loc = claim.evidence.location
    sentence: tuple[str, Any] = (
        ("sentence", claim.evidence.sentence)
        if sentences is None
        else ("sentence_index", sentences.number(claim.evidence.sentence))
    )
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
        sentence[0]: sentence[1],
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


def _claim_entry(claim: Claim, sentences: SentenceTable) -> dict[str, Any]:
    """``claim_dict`` as version 4 writes it (``lean``), built so (a report lists tens of
    thousands of claims: looking through each built entry again for nulls was
    a fifth of a large report's time). ``tests/test_reporters_json.py`` holds
    the two to the same entry."""
    loc = claim.evidence.location
    entry: dict[str, Any] = {
        "id": claim.id,
        "doc_id": claim.doc_id,
        "kind": claim.kind,
        "path": loc.path,
        "start": loc.start,
        "end": loc.end,
        "line": loc.line,
        "column": loc.column,
    }
    if loc.end_line != loc.line:
        entry["end_line"] = loc.end_line
    entry["end_column"] = loc.end_column
    entry["text"] = claim.evidence.text
    entry["sentence_index"] = sentences.number(claim.evidence.sentence)
    entry["sentence_start"] = claim.evidence.sentence_start
    if claim.value is not None:
        entry["value"] = {
            key: value
            for key, value in _quantity(claim.value).items()  # type: ignore[union-attr]
            if value is not None and not (key == "qualifier" and value == DEFAULT_QUALIFIER)
        }
    if claim.subject is not None:
        entry["subject"] = claim.subject.name
        entry["subject_type"] = claim.subject.type
    for key, value in (("event", claim.event),
                       ("object", claim.object.name if claim.object else None),
                       ("purpose", claim.purpose),
                       ("role", claim.role)):  # fmt: skip
        if value is not None:
            entry[key] = value
    if claim.attribute is not None:
        entry["attribute"] = {"name": claim.attribute.name, "value": claim.attribute.value}
    if claim.time is not None:
        entry["year"] = claim.time.year
        entry["year_source"] = claim.time.source
    return entry


class _FirstSentence(SentenceTable):
    """A table that numbers every sentence 0: for an entry whose index is set later."""

    def number(self, sentence: str) -> int:
        return 0


def _claim_parts(claim: Claim) -> list[str]:
    """A claim's entry as written, in three parts: the text before its sentence's
    index, the sentence, the text after. The index depends on the report, the
    rest on the claim alone, so the claim store may keep these parts and a later
    report need not decode the claim (``ClaimSource.encoded``)."""
    items = list(_claim_entry(claim, _FirstSentence()).items())
    at = next(i for i, (key, _) in enumerate(items) if key == "sentence_index")
    head, tail = _ENCODER.encode(dict(items[:at])), _ENCODER.encode(dict(items[at + 1 :]))
    return [f'{head[:-1]},"sentence_index":', claim.evidence.sentence, f",{tail[1:]}"]


def _error(error: AuditError) -> dict[str, Any]:
    return {"path": error.path, "line": error.line, "level": error.level, "message": error.message}


def json_chunks(result: AuditResult) -> Iterator[str]:
    """The report as consecutive pieces of text, a list entry at a time, keys in
    their documented order: written to a file as they come, a report is never
    held whole, and claims read from the claim store are read one document at
    a time (``sentences`` comes after everything that refers to it)."""
    encode = _ENCODER.encode

    def encode_lean(entry: Any) -> str:
        return encode(_without_nulls(entry))

    sentences = SentenceTable()
    tool = {"name": result.tool_name, "version": result.tool_version}
    yield f'{{"schema_version":{SCHEMA_VERSION},\n"tool":{encode_lean(tool)},\n'
    yield from _entries("documents", map(_document_entry, result.documents), encode)
    yield from _entries("findings", (_finding_entry(f, sentences) for f in result.findings), encode)
    yield from _entries("rules", (_rule(r) for r in result.rules), encode_lean)
    claims = result.claims
    # Claims read from the claim store come encoded as it kept them, when it did.
    parts = claims.encoded(CLAIMS_FORM, _claim_parts) if isinstance(claims, ClaimSource) else map(_claim_parts, claims)
    yield from _entries("claims", (head + str(sentences.number(sentence)) + tail for head, sentence, tail in parts), str)
    # Read as the lists above are written: every sentence is numbered by now.
    yield from _entries("sentences", iter(sentences.numbers), encode)
    yield from _entries("errors", (_error(e) for e in result.errors), encode_lean)
    yield f'"stats":{encode({key: result.stats[key] for key in sorted(result.stats)})}}}\n'


def _without_nulls(data: Any) -> Any:
    """``data`` with every key whose value is null left out, at any depth."""
    # Only containers are looked into: a call per plain value made this a
    # third of a large report's time.
    if isinstance(data, dict):
        return {
            key: _without_nulls(value) if isinstance(value, (dict, list)) else value
            for key, value in data.items()
            if value is not None
        }
    if isinstance(data, list):
        return [_without_nulls(value) if isinstance(value, (dict, list)) else value for value in data]
    return data


# Entries handed on together: one piece per entry cost a write and a
# generator step each (a tenth of a large report's time).
_BATCH = 256


def _entries(key: str, entries: Iterable[Any], encode: Any) -> Iterator[str]:
    """``"key":[`` and each entry on its own line, a batch of lines at a time."""
    remaining = iter(entries)
    lines = [encode(entry) for entry in itertools.islice(remaining, _BATCH)]
    if not lines:
        yield f'"{key}":[],\n'
        return
    yield f'"{key}":[\n' + ",\n".join(lines)
    while lines := [encode(entry) for entry in itertools.islice(remaining, _BATCH)]:
        yield ",\n" + ",\n".join(lines)
    yield "\n],\n"


def render_json(result: AuditResult, options: RenderOptions | None = None) -> str:
    return "".join(json_chunks(result))


# The shape of ``auditor claims --format json``: version 2's, every claim
# quoting its sentence (a listing is read a claim at a time), so
# ``auditor report`` reads it as a report without findings.
LISTING_VERSION = 2


def claims_listing(result: AuditResult) -> dict[str, Any]:
    """Every claim of ``result`` with its documents and statistics, as version 2 wrote them."""
    return {
        "schema_version": LISTING_VERSION,
        "tool": {"name": result.tool_name, "version": result.tool_version},
        "documents": [_document(d) for d in result.documents],
        "claims": [claim_dict(c) for c in result.claims],
        "stats": {key: result.stats[key] for key in sorted(result.stats)},
    }


# --------------------------------------------------------------------------- loading


def _sentence(data: dict[str, Any], sentences: list[str] | None) -> str:
    """An entry's sentence: quoted (versions 1 and 2) or in the sentence table (version 3)."""
    if sentences is None:
        return data["sentence"]
    index = data["sentence_index"]
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(sentences):
        raise ReportFormatError(f"sentence_index {index!r} is not an entry of sentences")
    sentence = sentences[index]
    if not isinstance(sentence, str):
        raise ReportFormatError(f"sentences[{index}] is not a string")
    return sentence


def _nulls_filled(data: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """``data`` with the keys a record requires but version 3 leaves out when null."""
    return {**{key: None for key in keys}, **data}


def _end_line(data: dict[str, Any], version: int) -> Any:
    """An entry's ``end_line``: version 4 leaves it out when it is ``line``."""
    return data.get("end_line", data["line"]) if version >= 4 else data["end_line"]


def _finding_value_from(data: dict[str, Any], version: int) -> FindingValue:
    # Version 4 leaves an exact value's qualifier out; before, a missing one was null.
    qualifier = data.get("qualifier", DEFAULT_QUALIFIER if version >= 4 else None)
    return FindingValue(**{**_nulls_filled(data, ("low", "high", "unit")), "qualifier": qualifier})


def _claim_from(data: dict[str, Any], sentences: list[str] | None, version: int) -> Claim:
    # The report keeps what reporters show; what it drops (surface forms,
    # month/day) is rebuilt from what it keeps so the records stay valid.
    location = Location(
        path=data["path"],
        start=data["start"],
        end=data["end"],
        line=data["line"],
        column=data["column"],
        end_line=_end_line(data, version),
        end_column=data["end_column"],
    )
    value = data.get("value")
    quantity = None
    if value is not None:
        quantity = Quantity(
            kind=data["kind"] if data["kind"] in _QUANTITY_KINDS else "quantity",
            **_nulls_filled(value, ("low", "high", "unit")),
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
            sentence=_sentence(data, sentences),
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


def _finding_from(data: dict[str, Any], sentences: list[str] | None, version: int) -> Finding:
    return Finding(
        rule=data["rule"],
        severity=data["severity"],
        message=data["message"],
        fingerprint=data["fingerprint"],
        fact=FactRef(**_nulls_filled(data["fact"], ("subject", "event"))),
        evidence=tuple(
            FindingEvidence(
                **{k: v for k, v in e.items() if k not in ("value", "sentence", "sentence_index", "end_line")},
                end_line=_end_line(e, version),
                sentence=_sentence(e, sentences),
                value=_finding_value_from(e["value"], version) if e.get("value") is not None else None,
            )
            for e in data["evidence"]
        ),
        reference=ReferenceFact(**data["reference"]) if data.get("reference") else None,
    )


def from_dict(data: Any) -> AuditResult:
    """Rebuild an :class:`AuditResult` from a report's data (``json.loads`` of what :func:`json_chunks` wrote)."""
    if not isinstance(data, dict):
        raise ReportFormatError("the report is not a JSON object")
    version = data.get("schema_version")
    if version not in READABLE_VERSIONS:
        readable = " and ".join(str(v) for v in READABLE_VERSIONS)
        raise ReportFormatError(f"unsupported schema_version {version!r} (this auditor reads {readable})")
    try:
        # Version 3 quotes each sentence once, in its table.
        sentences = data["sentences"] if version >= 3 else None
        if sentences is not None and not isinstance(sentences, list):
            raise ReportFormatError("sentences is not a list")
        claims = tuple(_claim_from(c, sentences, version) for c in data.get("claims", []))
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
            findings=tuple(_finding_from(f, sentences, version) for f in data.get("findings", [])),
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
