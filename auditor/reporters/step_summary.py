"""The Markdown summary a GitHub Actions step shows (``$GITHUB_STEP_SUMMARY``).

GitHub shows only the first ten error, ten warning and ten notice
annotations of a step; the summary gives the totals, what was skipped, and
lists every finding that is not among the annotations, so none is lost. A
step summary holds 1 MiB; this one is kept under the size of a pull-request
comment.
"""

from __future__ import annotations

from auditor.model import AuditResult

from .describe import claim_index, plural, severity_counts, totals
from .github import SHOWN_PER_LEVEL, unannotated
from .markdown import COMMENT_LIMIT, capped, clip, escape, finding_block, link, summary_table
from .options import RenderOptions


def render_step_summary(result: AuditResult, options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    t = totals(result)
    counts = severity_counts(result.findings)
    headline = ", ".join(plural(count, severity.value) for severity, count in counts.items())
    parts = [f"## auditor: {headline} in {plural(t.documents, 'document')}\n\n", summary_table(result), "\n"]

    skipped = [d for d in result.documents if d.status == "skipped"]
    if skipped:
        items = [f"- {escape(clip(d.path, 300))}: {escape(clip(d.reason or '', 300))}\n" for d in skipped]
        parts.append(f"### Skipped files ({len(skipped)})\n\n" + capped(items, 4_000, "- … and {} more") + "\n")
    if result.errors:
        items = [
            f"- {link(e.path, e.line, options.link_base)}: {e.level}: {escape(clip(e.message, 300))}\n"
            for e in result.errors
        ]
        parts.append("### Input problems\n\n" + capped(items, 4_000, "- … and {} more") + "\n")

    hidden = unannotated(result)
    if not result.findings:
        parts.append("No findings.\n")
    elif not hidden:
        parts.append(f"Every finding is shown as an annotation on its file ({len(result.findings)}).\n")
    else:
        parts.append(
            f"### Findings not shown as annotations ({len(hidden)})\n\n"
            f"GitHub shows the first {SHOWN_PER_LEVEL} error, {SHOWN_PER_LEVEL} warning and "
            f"{SHOWN_PER_LEVEL} notice annotations of a step; these findings are not among them.\n\n"
        )
        used = sum(map(len, parts))
        index = claim_index(result)
        blocks = [finding_block(f, n, index, options.link_base) for n, f in enumerate(hidden, start=1)]
        parts.append(capped(blocks, COMMENT_LIMIT - used - 200, "*… and {} more: the full report lists every finding.*"))
    return "".join(parts) + "\n"
