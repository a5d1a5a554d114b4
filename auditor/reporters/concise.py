"""One line per finding, ``path:line:col: severity[rule] message``, for
editors' quickfix lists (Vim's ``errorformat`` ``%f:%l:%c: %m``, Emacs'
compilation mode) and ``grep``; then what was skipped and the summary line,
as in the text report.
"""

from __future__ import annotations

from auditor.model import AuditResult, Finding

from .options import RenderOptions
from .text import Line, paint, problem_lines, summary_lines

_SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}


def finding_line(finding: Finding) -> Line:
    location = ""
    if finding.evidence:
        first = finding.evidence[0]
        location = f"{first.path}:{first.line}:{first.column}: "
    message = " ".join(finding.message.split())
    severity = finding.severity.value
    return [(location, "bold"), (f"{severity}[{finding.rule}]", _SEVERITY_STYLE[severity]), (f" {message}", "")]


def render_concise(result: AuditResult, options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    lines = [finding_line(finding) for finding in result.findings]
    lines += problem_lines(result) + summary_lines(result)
    return paint(lines, options.color)
