"""Self-contained HTML report: one file, no network, readable without the tool.

Every piece of document text is escaped here, segment by segment, before any
markup is added around it; the template (autoescape on) never marks document
text safe. A Content-Security-Policy that only admits this file's own script
and style (by hash) backs that up and blocks every network request.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from importlib import resources

import jinja2
from markupsafe import Markup, escape

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
    plural,
    severity_counts,
    totals,
)
from .options import RenderOptions

_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_-]+")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _highlight(text: str, spans: list[tuple[int, int, Markup]]) -> Markup:
    """Escape ``text`` and wrap each ``(start, end, opening_tag)`` span in it.

    Spans are sorted; one that overlaps an earlier span is dropped from the
    highlighting (its opening tag is expected to carry only an anchor then).
    """
    out = Markup("")
    cursor = 0
    for start, end, opening in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < cursor:
            continue
        out += escape(text[cursor:start]) + opening + escape(text[start:end]) + Markup("</mark>")
        cursor = end
    return out + escape(text[cursor:])


@dataclass
class _Side:
    path: str
    line: int
    column: int
    quote: Markup
    described: str
    target: str | None


@dataclass
class _FindingView:
    anchor: str
    finding: Finding
    title: str
    explanation: str
    summary: str
    rationale: str
    documents: list[str]
    sides: list[_Side]
    reference: str | None = None
    reference_where: str | None = None


@dataclass
class _DocumentView:
    anchor: str
    path: str
    status: str
    title: str | None
    date: str | None
    reason: str | None
    sentences: list[tuple[str, Markup]] = field(default_factory=list)


class _Anchors:
    """Unique, HTML-safe ids for claims, stable for a given result."""

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self.by_claim: dict[int, str] = {}

    def claim(self, claim: Claim) -> str:
        key = id(claim)
        if key not in self.by_claim:
            base = "claim-" + (_UNSAFE_ID.sub("-", claim.id).strip("-") or "x")
            anchor, n = base, 1
            while anchor in self._taken:
                n += 1
                anchor = f"{base}-{n}"
            self._taken.add(anchor)
            self.by_claim[key] = anchor
        return self.by_claim[key]


def _claim_tooltip(claim: Claim) -> str:
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
        parts.append(f"year: {claim.time.year} (from {claim.time.source})")
    return " · ".join(parts) or claim.kind


def _documents(result: AuditResult, anchors: _Anchors) -> list[_DocumentView]:
    views: dict[str, _DocumentView] = {}
    for status in result.documents:
        views.setdefault(
            status.path,
            _DocumentView(
                anchor=f"doc-{len(views) + 1}",
                path=status.path,
                status=status.status,
                title=status.title,
                date=status.date.isoformat() if status.date else None,
                reason=status.reason,
            ),
        )
    by_sentence: dict[str, dict[int, list[Claim]]] = {}
    for claim in result.claims:
        path = claim.evidence.location.path
        if path not in views:
            views[path] = _DocumentView(f"doc-{len(views) + 1}", path, "read", None, None, None)
        by_sentence.setdefault(path, {}).setdefault(claim.evidence.sentence_start, []).append(claim)
    for path, sentences in by_sentence.items():
        view = views[path]
        for sentence_start in sorted(sentences):
            claims = sentences[sentence_start]
            text = claims[0].evidence.sentence
            spans = []
            taken_until = -1
            pending_anchors = Markup("")
            for claim in sorted(claims, key=lambda c: (c.evidence.location.start, -c.evidence.location.end)):
                start = claim.evidence.location.start - sentence_start
                end = start + len(claim.evidence.text)
                anchor = anchors.claim(claim)
                if start < 0 or text[start:end] != claim.evidence.text or start < taken_until:
                    # Overlapping or misplaced spans keep an anchor so links still land.
                    pending_anchors += Markup('<span class="claim-anchor" id="%s"></span>') % anchor
                    continue
                opening = Markup('<mark class="claim" id="%s" title="%s">') % (anchor, _claim_tooltip(claim))
                spans.append((start, end, opening))
                taken_until = end
            view.sentences.append((f"{view.anchor}-s{sentence_start}", pending_anchors + _highlight(text, spans)))
    return list(views.values())


def _finding_views(result: AuditResult, anchors: _Anchors) -> list[_FindingView]:
    rules = {r.id: r for r in result.rules}
    index = claim_index(result)
    views = []
    for number, finding in enumerate(result.findings, start=1):
        rule = rules.get(finding.rule)
        sides = []
        for evidence in finding.evidence:
            claim = find_claim(index, evidence)
            span = figure_span(evidence, claim)
            quote = _highlight(evidence.sentence.strip() if span is None else evidence.sentence,
                               [] if span is None else [(span[0], span[1], Markup("<mark>"))])
            sides.append(
                _Side(
                    path=evidence.path,
                    line=evidence.line,
                    column=evidence.column,
                    quote=quote,
                    described=describe_evidence(evidence),
                    target=anchors.claim(claim) if claim is not None else None,
                )
            )
        reference = reference_where = None
        if finding.reference is not None:
            ref = finding.reference
            reference = describe_reference(ref)
            if ref.note:
                reference += f". {ref.note}"
            reference_where = f"{ref.path}:{ref.line}"
        views.append(
            _FindingView(
                anchor=f"finding-{number}",
                finding=finding,
                title=fact_title(finding),
                explanation=KIND_EXPLANATIONS.get(rule.kind, "") if rule else "",
                summary=rule.summary if rule else "",
                rationale=rule.rationale if rule else "",
                documents=list(dict.fromkeys(e.path for e in finding.evidence)),
                sides=sides,
                reference=reference,
                reference_where=reference_where,
            )
        )
    return views


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


def render_html(result: AuditResult, options: RenderOptions | None = None) -> str:
    anchors = _Anchors()
    documents = _documents(result, anchors)
    findings = _finding_views(result, anchors)
    script, style = _asset("report.js"), _asset("report.css")
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
        "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    counts = severity_counts(result.findings)
    t = totals(result)
    template = _environment().get_template("report.html.j2")
    return template.render(
        result=result,
        csp=csp,
        script=Markup(script),  # our own static file, not document text
        style=Markup(style),
        totals=t,
        counts=[(s.value, counts[s]) for s in SEVERITY_ORDER],
        findings=findings,
        documents=documents,
        rule_ids=list(dict.fromkeys(f.rule for f in result.findings)),
        finding_paths=list(dict.fromkeys(p for f in findings for p in f.documents)),
        plural=plural,
    )
