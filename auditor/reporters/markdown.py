"""Markdown report, fit for a pull-request comment or a wiki page.

A pull-request comment holds at most 65,536 characters, so the report is
built to a budget whatever the corpus: a summary table and a table per rule,
then the findings most severe first for as long as they fit, then "and N
more" pointing to the full report; each rule's rationale is given once, in
the rules section, not with every finding. Long lists (skipped files, input
problems) and long quotes are cut the same way, saying what was left out.

Document text is untrusted: HTML is entity-escaped and Markdown punctuation
backslash-escaped, so a quoted sentence can neither inject markup nor break
the table it sits in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote

from auditor.model import AuditResult, Finding, FindingEvidence, RuleInfo

from .describe import (
    KIND_EXPLANATIONS,
    SEVERITY_ORDER,
    claim_index,
    describe_reference,
    fact_title,
    figure_span,
    find_claim,
    format_value,
    most_severe_first,
    one_line,
    plural,
    severity_counts,
    totals,
    year_source_words,
)
from .escape import escape_control
from .options import RenderOptions

# What a GitHub pull-request comment holds; the report stays below it.
COMMENT_LIMIT = 65_536
# Budgets of the parts other than the findings, which get the rest.
_RULES_BUDGET = 8_000
_LIST_BUDGET = 4_000
# Characters of a quoted sentence around its figure.
QUOTE_CONTEXT = 160

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


def link(path: str, line: int | None, link_base: str | None = None) -> str:
    """``[path:line](path#Lline)``, absolute under ``link_base`` when given."""
    target = quote(path, safe="/")
    if link_base:
        target = f"{link_base.rstrip('/')}/{target.lstrip('/')}"
    label = f"{path}:{line}" if line else path
    return f"[{escape(label)}]({target}{f'#L{line}' if line else ''})"


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, with ``…`` where it was cut."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def _quote(evidence: FindingEvidence, span: tuple[int, int] | None) -> str:
    sentence = evidence.sentence
    if span is None:
        return escape(clip(sentence.strip(), 2 * QUOTE_CONTEXT))
    start, end = span
    before = sentence[max(0, start - QUOTE_CONTEXT) : start]
    after = sentence[end : end + QUOTE_CONTEXT]
    before = ("…" if start > QUOTE_CONTEXT else "") + before.lstrip()
    after = after.rstrip() + ("…" if end + QUOTE_CONTEXT < len(sentence) else "")
    return escape(before) + "**" + escape(clip(sentence[start:end], 2 * QUOTE_CONTEXT)) + "**" + escape(after)


def _year(evidence: FindingEvidence) -> str:
    if evidence.year is None:
        return ""
    words = year_source_words(evidence.year_source)
    return f"{evidence.year} ({escape(words)})" if words else str(evidence.year)


def finding_block(finding: Finding, number: int, index, link_base: str | None) -> str:
    """One finding: a heading line, its message, a table of its sides, the reference."""
    lines = [
        f"#### {number}. {finding.severity.value} · `{finding.rule}` · {escape(fact_title(finding))}",
        "",
        escape(finding.message),
        "",
    ]
    if finding.evidence:
        lines += ["| Where | What the document says | Value | Year |", "|---|---|---|---|"]
        for evidence in finding.evidence:
            span = figure_span(evidence, find_claim(index, evidence))
            value = escape(format_value(evidence.value) or "")
            lines.append(
                f"| {link(evidence.path, evidence.line, link_base)} | {_quote(evidence, span)} | {value} | {_year(evidence)} |"
            )
        lines.append("")
    reference = finding.reference
    if reference is not None:
        stated = describe_reference(reference)
        line = f"Reference fact ({link(reference.path, reference.line, link_base)}): **{escape(stated)}**"
        if reference.note:
            line += f" — {escape(clip(reference.note, 500))}"
        lines += [line, ""]
    return "\n".join(lines) + "\n"


def capped(items: Iterable[str], budget: int, more: str) -> str:
    """As many of ``items`` (each ending in a newline) as fit in ``budget``
    characters, then ``more`` (formatted with the number left out)."""
    items = list(items)
    reserve = len(more) + 12
    out: list[str] = []
    used = 0
    for item in items:
        if used + len(item) > budget - reserve:
            break
        out.append(item)
        used += len(item)
    left = len(items) - len(out)
    if left:
        out.append(more.format(left) + "\n")
    return "".join(out)


def summary_table(result: AuditResult) -> str:
    t = totals(result)
    counts = severity_counts(result.findings)
    facts = "" if t.facts is None else f" {t.facts} |"
    head = "| Documents read | Skipped | Claims |" + (" Linked facts |" if t.facts is not None else "")
    return (
        head + " Errors | Warnings | Infos |\n"
        + "|---:" * (head.count("|") - 1 + 3) + "|\n"
        + f"| {t.documents} | {t.skipped} | {t.claims} |{facts} "
        + " | ".join(str(counts[s]) for s in SEVERITY_ORDER) + " |\n"
    )  # fmt: skip


def _rule_table(result: AuditResult) -> str:
    per_rule: dict[str, list[Finding]] = {}
    for finding in most_severe_first(result.findings):
        per_rule.setdefault(finding.rule, []).append(finding)
    rows = ["| Rule | Findings | Errors | Warnings | Infos |\n", "|---|---:|---:|---:|---:|\n"]
    for rule, findings in per_rule.items():
        counts = severity_counts(findings)
        rows.append(f"| `{rule}` | {len(findings)} | " + " | ".join(str(counts[s]) for s in SEVERITY_ORDER) + " |\n")
    return capped(rows, _RULES_BUDGET // 2, "| … {} more rules | | | | |")


def _rules_section(result: AuditResult) -> str:
    """Each rule with findings, once: what it reports and why it matters."""
    used = dict.fromkeys(f.rule for f in most_severe_first(result.findings))
    known = {rule.id: rule for rule in result.rules}
    entries = []
    for rule_id in used:
        rule: RuleInfo | None = known.get(rule_id)
        if rule is None:
            entries.append(f"- `{rule_id}`\n")
            continue
        text = rule.summary.rstrip(".") + "." if rule.summary else KIND_EXPLANATIONS.get(rule.kind, "")
        why = f" *Why it matters:* {escape(clip(rule.rationale, 600))}" if rule.rationale else ""
        entries.append(f"- `{rule_id}` ({rule.severity.value}): {escape(text)}{why}\n")
    return "## Rules\n\n" + capped(entries, _RULES_BUDGET, "- … and {} more rules") + "\n"


def _problems(result: AuditResult, link_base: str | None) -> str:
    out = ""
    if result.errors:
        items = [
            f"- {link(e.path, e.line, link_base)}: {e.level}: {escape(clip(e.message, 300))}\n" for e in result.errors
        ]
        out += "## Input problems\n\n" + capped(items, _LIST_BUDGET, "- … and {} more") + "\n"
    skipped = [d for d in result.documents if d.status == "skipped"]
    if skipped:
        items = [
            f"- {escape(clip(d.path, 300))}" + (f": {escape(clip(d.reason, 300))}" if d.reason else "") + "\n"
            for d in skipped
        ]
        out += "## Skipped files\n\n" + capped(items, _LIST_BUDGET, "- … and {} more skipped files") + "\n"
    return out


def findings_section(result: AuditResult, budget: int, link_base: str | None, index=None) -> str:
    """The findings, most severe first, as many as ``budget`` characters hold."""
    ordered = most_severe_first(result.findings)
    index = claim_index(result) if index is None else index
    blocks = []
    used = 0
    reserve = 400  # the "and N more" paragraph
    for number, finding in enumerate(ordered, start=1):
        block = finding_block(finding, number, index, link_base)
        if used + len(block) > budget - reserve:
            break
        blocks.append(block)
        used += len(block)
    left = ordered[len(blocks) :]
    if left:
        counts = severity_counts(left)
        parts = ", ".join(plural(counts[s], s.value if s.value != "info" else "info") for s in SEVERITY_ORDER if counts[s])
        blocks.append(
            f"*… and {len(left)} more findings ({parts}) not shown here, to keep this report within a "
            "pull-request comment. The full report lists every one: render it with `auditor check ... "
            "--format html` or `--output-dir`, or `auditor report report.json --format html`.*\n"
        )
    return "".join(blocks)


def render_markdown(result: AuditResult, options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    head = "# Auditor report\n\n" + summary_table(result) + "\n"
    footer = f"*Generated by {escape(f'{result.tool_name} {result.tool_version}')}.*\n"
    if not result.findings:
        return head + "No findings.\n\n" + _problems(result, options.link_base) + footer
    rules = _rule_table(result) + "\n"
    tail = _rules_section(result) + _problems(result, options.link_base) + footer
    budget = COMMENT_LIMIT - 1 - len(head) - len(rules) - len(tail) - len("## Findings\n\n")
    return head + rules + "## Findings\n\n" + findings_section(result, budget, options.link_base) + "\n" + tail
