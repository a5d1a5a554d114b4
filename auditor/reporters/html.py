"""Self-contained HTML report: one file, no network, readable without the tool.

The page is rendered in the browser from data embedded in the file as JSON,
a page of findings at a time, so a report of 10,000 documents stays small
and opens at once: findings most severe first, then by rule; a search box
over messages, subjects and paths; filters that narrow the documents shown
as well; each document shown by its file lines, with the claims of
findings marked and linked back to them.

Document text never becomes markup: the script builds every element with
``textContent``, and the JSON is embedded with ``<``, ``>`` and ``&``
written as ``\\u`` escapes, so nothing in it can close its ``<script>``
element. A Content-Security-Policy that only admits this file's own script
and style (by hash) backs that up and blocks every network request.

Size: the sentences of every finding are always included; the other
sentences in which claims were read are included document by document,
documents with findings first, while they fit in ``DOCUMENT_TEXT_BUDGET``
characters. The report says which documents were cut.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from auditor.model import AuditResult, Claim, Finding, FindingEvidence

from .describe import (
    KIND_EXPLANATIONS,
    SEVERITY_ORDER,
    claim_index,
    describe_evidence,
    describe_reference,
    fact_title,
    figure_span,
    find_claim,
    format_value,
    most_severe_first,
    severity_counts,
    totals,
    year_source_words,
)
from .options import RenderOptions

# Characters of document sentences (beyond those of findings) a report carries.
DOCUMENT_TEXT_BUDGET = 1_500_000

# Inside <script type="application/json">: no character may start markup.
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def embed_json(data: Any) -> Markup:
    """JSON that is safe inside a ``<script type="application/json">`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return Markup(text.translate(_JSON_ESCAPES))


def claim_tooltip(claim: Claim) -> str:
    """What was read from a claim, in plain words."""
    parts = []
    if claim.subject:
        parts.append(f"subject: {claim.subject.name}")
    if claim.event:
        parts.append(f"event: {claim.event}")
    if claim.object:
        parts.append(f"object: {claim.object.name}")
    value = format_value(claim.value) if claim.value else None
    if value:
        parts.append(f"value: {value}")
    if claim.attribute:
        parts.append(f"{claim.attribute.name}: {claim.attribute.value}")
    if claim.time:
        words = year_source_words(claim.time.source)
        parts.append(f"year {claim.time.year}" + (f", {words}" if words else ""))
    return " · ".join(parts) or claim.kind


class _Strings:
    """A table of strings, each stored once and referred to by index."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._index: dict[str, int] = {}
        self.size = 0

    def ref(self, text: str) -> int:
        found = self._index.get(text)
        if found is None:
            found = self._index[text] = len(self.items)
            self.items.append(text)
            self.size += len(text)
        return found


@dataclass
class _Sentence:
    """A sentence of a document as the page shows it: the line it starts on,
    its text (by string index) and the marked spans in it."""

    text: int
    first_line: int
    marks: dict[tuple[int, int], list[Any]] = field(default_factory=dict)

    def mark(self, start: int, end: int, tooltip: int, finding: int | None) -> None:
        entry = self.marks.setdefault((start, end), [start, end, tooltip, []])
        if entry[2] < 0 <= tooltip:
            entry[2] = tooltip
        if finding is not None and finding not in entry[3]:
            entry[3].append(finding)

    def data(self) -> list[Any]:
        return [self.first_line, self.text, [self.marks[key] for key in sorted(self.marks)]]


@dataclass
class _Doc:
    path: str
    status: str = "read"
    title: str | None = None
    date: str | None = None
    reason: str | None = None
    claims: int = 0
    complete: bool = True
    findings: list[int] = field(default_factory=list)
    sentences: dict[tuple[int, str], _Sentence] = field(default_factory=dict)

    def sentence(self, strings: _Strings, text: str, first_line: int) -> _Sentence:
        key = (first_line, text)
        if key not in self.sentences:
            self.sentences[key] = _Sentence(strings.ref(text), first_line)
        return self.sentences[key]

    def data(self) -> dict[str, Any]:
        ordered = [self.sentences[key].data() for key in sorted(self.sentences, key=lambda k: (k[0], k[1]))]
        data = {
            "p": self.path, "st": self.status, "t": self.title, "d": self.date, "r": self.reason,
            "n": self.claims, "all": self.complete, "f": self.findings, "s": ordered,
        }  # fmt: skip
        # Keys without a value are left out: at 10,000 documents every byte counts.
        return {
            key: value
            for key, value in data.items()
            if value is not None and value != [] and not (key == "all" and value is True)
        }


def _first_line(line: int, sentence: str, offset: int) -> int:
    """The file line a sentence starts on, from the line of a point ``offset`` into it."""
    return line - sentence.count("\n", 0, max(offset, 0))


class _ReportData:
    """Everything the page shows, as compact JSON-ready data."""

    def __init__(self, result: AuditResult, budget: int) -> None:
        self.result = result
        self.strings = _Strings()
        self.docs: dict[str, _Doc] = {}
        for status in result.documents:
            self.docs.setdefault(
                status.path,
                _Doc(status.path, status.status, status.title,
                     status.date.isoformat() if status.date else None, status.reason),
            )  # fmt: skip
        self.claims_by_doc: dict[str, list[Claim]] = {}
        for claim in result.claims:
            path = claim.evidence.location.path
            self._doc(path).claims += 1
            self.claims_by_doc.setdefault(path, []).append(claim)
        self.index = claim_index(result)
        self.findings = most_severe_first(result.findings)
        self.finding_data = [self._finding(number, f) for number, f in enumerate(self.findings, start=1)]
        self._fill_documents(budget)

    def _doc(self, path: str) -> _Doc:
        if path not in self.docs:
            self.docs[path] = _Doc(path)
        return self.docs[path]

    def _finding(self, number: int, finding: Finding) -> dict[str, Any]:
        sides = []
        for evidence in finding.evidence:
            claim = find_claim(self.index, evidence)
            span = figure_span(evidence, claim)
            doc = self._doc(evidence.path)
            if number not in doc.findings:
                doc.findings.append(number)
            sentence = self._evidence_sentence(doc, evidence, span, claim, number)
            sides.append([
                evidence.path,  # replaced by the document's index once all are known
                evidence.line, evidence.column, sentence.text,
                span[0] if span else -1, span[1] if span else -1,
                describe_evidence(evidence),
            ])  # fmt: skip
        data: dict[str, Any] = {
            "n": number, "s": finding.severity.value, "r": finding.rule, "t": fact_title(finding),
            "m": finding.message, "e": sides, "fp": finding.fingerprint,
        }  # fmt: skip
        if finding.reference is not None:
            reference = finding.reference
            stated = describe_reference(reference) + (f". {reference.note}" if reference.note else "")
            data["ref"] = [stated, f"{reference.path}:{reference.line}"]
        return data

    def _evidence_sentence(
        self, doc: _Doc, evidence: FindingEvidence, span: tuple[int, int] | None, claim: Claim | None, number: int
    ) -> _Sentence:
        at = span[0] if span else 0
        sentence = doc.sentence(self.strings, evidence.sentence, _first_line(evidence.line, evidence.sentence, at))
        if span is not None:
            tooltip = self.strings.ref(claim_tooltip(claim)) if claim is not None else -1
            sentence.mark(span[0], span[1], tooltip, number)
        return sentence

    def _claim_sentence(self, doc: _Doc, claim: Claim) -> None:
        evidence = claim.evidence
        start = evidence.location.start - evidence.sentence_start
        end = start + len(evidence.text)
        if start < 0 or evidence.sentence[start:end] != evidence.text:
            return  # a claim whose span is not in its sentence cannot be marked
        sentence = doc.sentence(
            self.strings, evidence.sentence, _first_line(evidence.location.line, evidence.sentence, start)
        )
        sentence.mark(start, end, self.strings.ref(claim_tooltip(claim)), None)

    def _fill_documents(self, budget: int) -> None:
        """Every claim's sentence, document by document (those with findings
        first), while the text fits the budget; the rest keep only the
        sentences of their findings."""
        with_findings = [d for d in self.docs.values() if d.findings]
        others = sorted((d for d in self.docs.values() if not d.findings), key=lambda d: d.path)
        spent = self.strings.size
        for doc in [*with_findings, *others]:
            claims = self.claims_by_doc.get(doc.path, [])
            if not claims:
                continue
            cost = sum(len(c.evidence.sentence) + 80 for c in claims)
            if spent + cost > budget:
                doc.complete = False
                continue
            for claim in claims:
                self._claim_sentence(doc, claim)
            spent += cost

    def data(self) -> dict[str, Any]:
        paths = sorted(self.docs)
        number = {path: index for index, path in enumerate(paths)}
        for finding in self.finding_data:
            for side in finding["e"]:
                side[0] = number[side[0]]
        rules = {}
        for rule in self.result.rules:
            rules[rule.id] = {
                "k": rule.kind, "s": rule.severity.value, "sum": rule.summary.rstrip("."),
                "why": rule.rationale, "x": KIND_EXPLANATIONS.get(rule.kind, ""),
            }  # fmt: skip
        return {
            "strings": self.strings.items,
            "findings": self.finding_data,
            "docs": [self.docs[path].data() for path in paths],
            "rules": rules,
            "errors": [
                [e.path, e.line, e.level, e.message] for e in self.result.errors
            ],
        }


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("auditor.reporters", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _asset(name: str) -> str:
    return resources.files("auditor.reporters").joinpath("templates", name).read_text("utf-8")


def report_data(result: AuditResult, budget: int = DOCUMENT_TEXT_BUDGET) -> dict[str, Any]:
    """The data the page renders (exposed for tests and tools)."""
    return _ReportData(result, budget).data()


def render_html(result: AuditResult, options: RenderOptions | None = None) -> str:
    script, style = _asset("report.js"), _asset("report.css")
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
        "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    counts = severity_counts(result.findings)
    template = _environment().get_template("report.html.j2")
    return template.render(
        result=result,
        csp=csp,
        script=Markup(script),  # our own static file, not document text
        style=Markup(style),
        data=embed_json(report_data(result)),
        totals=totals(result),
        counts=[(s.value, counts[s]) for s in SEVERITY_ORDER],
    )
