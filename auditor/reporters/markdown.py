"""Markdown report, fit for a pull-request comment or a wiki page.

Document text is untrusted: HTML is entity-escaped and Markdown punctuation
backslash-escaped, so a quoted sentence can neither inject markup nor break
the table it sits in.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from auditor.model import AuditResult, Finding, FindingEvidence

from .describe import (
    KIND_EXPLANATIONS,
    SEVERITY_ORDER,
    claim_index,
    describe_reference,
    fact_title,
    figure_span,
    find_claim,
    format_value,
    one_line,
    severity_counts,
    totals,
)
from .escape import escape_control
from .options import RenderOptions

# ``$`` matters because GitHub renders $...$ as maths.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#!|~$])")
# List markers only mean something at the start of a line.
_LEADING_MARKER = re.compile(r"^(\s*(?:\d+)?)([-+.)])")
# What GitHub turns into a notification or a cross-reference: "@user",
# "@org/team", "#123", "GH-123". A zero-width space after the sign keeps the
# text as it reads while breaking the link (as Renovate and Dependabot do).
_MENTION = re.compile(r"(@)(?=[A-Za-z0-9])|(\\#)(?=[0-9])|(\bGH)(?=-[0-9])", re.IGNORECASE)
_ZERO_WIDTH_SPACE = "&#8203;"


def escape(text: str) -> str:
    """Make arbitrary text literal in Markdown (inline, one line): markup,
    HTML, control characters, mentions and issue references."""
    text = escape_control(one_line(text))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    text = _MENTION.sub(lambda m: m.group(0) + _ZERO_WIDTH_SPACE, text)
    return _LEADING_MARKER.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _link(path: str, line: int) -> str:
    target = quote(path, safe="/")
    return f"[{escape(f'{path}:{line}')}]({target}#L{line})"


def _quote(evidence: FindingEvidence, span: tuple[int, int] | None) -> str:
    sentence = evidence.sentence
    if span is None:
        return escape(sentence.strip())
    start, end = span
    return (
        escape(sentence[:start]).lstrip()
        + "**"
        + escape(sentence[start:end])
        + "**"
        + escape(sentence[end:]).rstrip()
    )


def _finding(finding: Finding, result: AuditResult, index, rule_info) -> list[str]:
    rule = rule_info.get(finding.rule)
    lines = [f"**{finding.severity.value}** `{finding.rule}`: {escape(finding.message)}", ""]
    explanation = KIND_EXPLANATIONS.get(rule.kind) if rule else None
    why = " ".join(p for p in (explanation, rule.rationale if rule else None) if p)
    if why:
        lines += [f"> *Why it matters:* {escape(why)}", ""]
    if finding.evidence:
        lines += ["| Where | What the document says | Value | Year |", "|---|---|---|---|"]
        for evidence in finding.evidence:
            span = figure_span(evidence, find_claim(index, evidence))
            value = escape(format_value(evidence.value) or "")
            year = ""
            if evidence.year is not None:
                year = str(evidence.year)
                if evidence.year_source:
                    year += f" ({escape(evidence.year_source)})"
            lines.append(
                f"| {_link(evidence.path, evidence.line)} | {_quote(evidence, span)} | {value} | {year} |"
            )
        lines.append("")
    reference = finding.reference
    if reference is not None:
        stated = describe_reference(reference)
        line = f"Reference fact ({_link(reference.path, reference.line)}): **{escape(stated)}**"
        if reference.note:
            line += f" — {escape(reference.note)}"
        lines += [line, ""]
    return lines


def render_markdown(result: AuditResult, options: RenderOptions | None = None) -> str:
    t = totals(result)
    counts = severity_counts(result.findings)
    rule_info = {r.id: r for r in result.rules}
    index = claim_index(result)
    lines = [
        "# Auditor report",
        "",
        "| Documents read | Skipped | Claims | Errors | Warnings | Infos |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {t.documents} | {t.skipped} | {t.claims} | "
        + " | ".join(str(counts[s]) for s in SEVERITY_ORDER)
        + " |",
        "",
    ]
    if not result.findings:
        lines += ["No findings.", ""]
    else:
        lines += ["## Findings", ""]
        # Findings about one fact sit together; groups keep the engine's order.
        groups: dict[tuple, list[Finding]] = {}
        for finding in result.findings:
            key = (finding.fact.subject, finding.fact.event, finding.fact.object)
            groups.setdefault(key, []).append(finding)
        for findings in groups.values():
            lines += [f"### {escape(fact_title(findings[0]))}", ""]
            for finding in findings:
                lines += _finding(finding, result, index, rule_info)
    if result.errors:
        lines += ["## Input problems", ""]
        for error in result.errors:
            where = escape(error.path if error.line is None else f"{error.path}:{error.line}")
            lines.append(f"- {where}: {escape(error.message)}")
        lines.append("")
    skipped = [d for d in result.documents if d.status == "skipped"]
    if skipped:
        lines += ["## Skipped documents", ""]
        for doc in skipped:
            reason = f": {escape(doc.reason)}" if doc.reason else ""
            lines.append(f"- {escape(doc.path)}{reason}")
        lines.append("")
    lines.append(f"*Generated by {escape(f'{result.tool_name} {result.tool_version}')}.*")
    return "\n".join(lines) + "\n"
