"""GitHub Actions workflow commands: one annotation per finding, then one
warning per skipped file and one per input problem.

See "Workflow commands for GitHub Actions": data and property values are
percent-escaped so that a message cannot end the command early or forge
another one. GitHub shows only the first ten error, ten warning and ten
notice annotations of a step, so findings are printed most severe first;
:func:`unannotated` tells which findings GitHub will not show, for the step
summary to list.
"""

from __future__ import annotations

from auditor.model import AuditResult, Finding, Severity

from .describe import SEVERITY_ORDER
from .escape import escape_control
from .options import RenderOptions

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
# Annotations of each level GitHub shows for one step; the rest are dropped.
SHOWN_PER_LEVEL = 10


def escape_data(text: str) -> str:
    # Percent-escaped first (the runner decodes %0A back into a line break
    # inside the annotation), then every other control character made
    # visible: an ESC from a document must not colour or clear the log.
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return escape_control(escaped)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation_order(result: AuditResult) -> list[Finding]:
    """Findings most severe first, the engine's order kept within a severity."""
    rank = {severity: index for index, severity in enumerate(SEVERITY_ORDER)}
    return sorted(result.findings, key=lambda finding: rank[finding.severity])


def unannotated(result: AuditResult) -> list[Finding]:
    """Findings past the first ten of their level: GitHub does not show them."""
    seen = {severity: 0 for severity in SEVERITY_ORDER}
    hidden = []
    for finding in annotation_order(result):
        seen[finding.severity] += 1
        if seen[finding.severity] > SHOWN_PER_LEVEL:
            hidden.append(finding)
    return hidden


def _command(level: str, properties: list[tuple[str, object]], message: str) -> str:
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties)
    return f"::{level} {rendered}::{escape_data(message)}"


def render_github(result: AuditResult, options: RenderOptions | None = None) -> str:
    lines = []
    for finding in annotation_order(result):
        properties: list[tuple[str, object]] = []
        if finding.evidence:
            first = finding.evidence[0]
            properties += [
                ("file", first.path),
                ("line", first.line),
                ("col", first.column),
                ("endLine", first.end_line),
                ("endColumn", first.end_column),
            ]
        properties.append(("title", f"auditor {finding.rule}"))
        lines.append(_command(COMMANDS[finding.severity], properties, finding.message))
    for status in result.documents:
        if status.status == "skipped":
            message = f"skipped {status.path}: {status.reason or 'no reason given'}"
            lines.append(_command("warning", [("file", status.path), ("title", "auditor skipped a file")], message))
    for error in result.errors:
        properties = [("file", error.path)] + ([("line", error.line)] if error.line else [])
        title = "auditor could not audit a document" if error.level == "error" else "auditor input warning"
        lines.append(_command(error.level, [*properties, ("title", title)], error.message))
    return "".join(line + "\n" for line in lines)
