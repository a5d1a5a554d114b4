"""GitHub Actions workflow commands: one annotation per finding.

See "Workflow commands for GitHub Actions": data and property values are
percent-escaped so that a message cannot end the command early or forge
another one.
"""

from __future__ import annotations

from auditor.model import AuditResult, Severity

from .escape import escape_control
from .options import RenderOptions

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    # Percent-escaped first (the runner decodes %0A back into a line break
    # inside the annotation), then every other control character made
    # visible: an ESC from a document must not colour or clear the log.
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return escape_control(escaped)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: AuditResult, options: RenderOptions | None = None) -> str:
    lines = []
    for finding in result.findings:
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
        rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties)
        lines.append(f"::{COMMANDS[finding.severity]} {rendered}::{escape_data(finding.message)}")
    return "".join(line + "\n" for line in lines)
