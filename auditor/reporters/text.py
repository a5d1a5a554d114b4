"""Compiler-style text report for terminals and logs.

Each finding starts with ``path:line:col: severity[rule] message`` so editors
and terminals can jump to it, then quotes every conflicting statement with the
figure underlined. Quoted lines are windowed around the figure so that a block
fits 80 columns whatever the sentence length.
"""

from __future__ import annotations

import io
import textwrap

from rich.cells import cell_len

from auditor.model import AuditResult, Finding, FindingEvidence

from .describe import (
    SEVERITY_ORDER,
    claim_index,
    describe_evidence,
    describe_reference,
    figure_span,
    find_claim,
    one_line,
    plural,
    severity_counts,
    totals,
)
from .escape import escape_control
from .options import RenderOptions

ELLIPSIS = "…"
QUOTE = "   | "
NOTE = "   = "

# A line is a list of (text, rich style) segments; plain output ignores styles.
Segment = tuple[str, str]
Line = list[Segment]

_SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}


def window(sentence: str, start: int, end: int, width: int) -> tuple[str, int]:
    """Cut ``sentence`` to ``width`` terminal cells around ``[start, end)``.

    Returns the shown text (with ``…`` where cut) and where the figure starts in
    it. Width is counted in cells (rich's ``cell_len``): a CJK character takes
    two, a combining mark none. The figure itself is never cut, even when it
    alone is wider than ``width``.
    """
    cells = [0]
    for character in sentence:
        cells.append(cells[-1] + cell_len(character))
    n = len(sentence)
    if cells[n] <= width:
        return sentence, start

    def cost(a: int, b: int) -> int:
        return (cells[b] - cells[a]) + (a > 0) + (b < n)

    lo, hi = start, end
    grew = True
    while grew:
        grew = False
        if lo > 0 and cost(lo - 1, hi) <= width:
            lo -= 1
            grew = True
        if hi < n and cost(lo, hi + 1) <= width:
            hi += 1
            grew = True
    prefix = ELLIPSIS if lo > 0 else ""
    suffix = ELLIPSIS if hi < n else ""
    return prefix + sentence[lo:hi] + suffix, len(prefix) + start - lo


def _quote(evidence: FindingEvidence, span: tuple[int, int] | None, width: int) -> list[Line]:
    sentence = one_line(evidence.sentence)
    stripped = sentence.lstrip()
    shift = len(sentence) - len(stripped)
    sentence = stripped.rstrip()
    room = max(width - len(QUOTE), 10)
    if span is None or span[0] < shift or span[1] - shift > len(sentence):
        shown, _ = window(sentence, 0, 0, room)
        return [[(QUOTE, "dim"), (shown, "")]]
    start, end = span[0] - shift, span[1] - shift
    shown, at = window(sentence, start, end, room)
    figure_end = at + (end - start)
    # Escaped here, so that the carets stay under the figure when a control
    # character before it is shown as a four-character escape; carets are
    # counted in cells, so wide characters keep them aligned too.
    before, figure, after = (escape_control(part) for part in (shown[:at], shown[at:figure_end], shown[figure_end:]))
    return [
        [(QUOTE, "dim"), (before, ""), (figure, "bold"), (after, "")],
        [(QUOTE, "dim"), (" " * cell_len(before), ""), ("^" * max(cell_len(figure), 1), "bold green")],
    ]


def _header(finding: Finding, width: int) -> list[Line]:
    severity = finding.severity.value
    location = ""
    if finding.evidence:
        first = finding.evidence[0]
        location = f"{first.path}:{first.line}:{first.column}: "
    label = f"{severity}[{finding.rule}]"
    first_room = width - len(location) - len(label) - 1
    message = " ".join(finding.message.split())
    if first_room >= 20:
        wrapped = textwrap.wrap(message, width=first_room, break_long_words=False, break_on_hyphens=False) or [""]
        head, rest = wrapped[0], " ".join(wrapped[1:])
    else:  # a very long path: the message goes on its own lines
        head, rest = "", message
    lines: list[Line] = [
        [(location, "bold"), (label, _SEVERITY_STYLE.get(severity, "bold")), (" " + head if head else "", "")]
    ]
    for part in textwrap.wrap(rest, width=width - 4, break_long_words=False, break_on_hyphens=False):
        lines.append([("    " + part, "")])
    return lines


def _notes(text: str, width: int) -> list[Line]:
    """``   = text``, wrapped; continuation lines line up under the text."""
    parts = textwrap.wrap(text, width=width - len(NOTE), break_long_words=False, break_on_hyphens=False)
    return [[(NOTE if i == 0 else " " * len(NOTE), "dim"), (part, "")] for i, part in enumerate(parts)]


def _finding_lines(finding: Finding, result: AuditResult, index, width: int) -> list[Line]:
    lines = _header(finding, width)
    for evidence in finding.evidence:
        lines.append([("  --> ", "blue"), (f"{evidence.path}:{evidence.line}:{evidence.column}", "")])
        span = figure_span(evidence, find_claim(index, evidence))
        lines.extend(_quote(evidence, span, width))
        described = describe_evidence(evidence)
        if described:
            lines.extend(_notes(described, width))
    reference = finding.reference
    if reference is not None:
        stated = describe_reference(reference)
        lines.append([("  --> ", "blue"), (f"{reference.path}:{reference.line}", ""), (" (reference)", "dim")])
        lines.extend(_notes(stated, width))
        if reference.note:
            lines.extend(_notes(reference.note, width))
    return lines


def _summary(result: AuditResult) -> str:
    t = totals(result)
    counts = severity_counts(result.findings)
    parts = [f"{plural(t.documents, 'document')} read ({t.skipped} skipped)", plural(t.claims, "claim")]
    if t.facts is not None:
        parts.append(plural(t.facts, "linked fact"))
    words = {"error": "error", "warning": "warning", "info": "info"}
    found = ", ".join(plural(counts[s], words[s.value]) for s in SEVERITY_ORDER)
    return ", ".join(parts) + f", findings: {found}"


def problem_lines(result: AuditResult) -> list[Line]:
    """Input problems, then every skipped file with its reason, then a blank line."""
    lines: list[Line] = []
    for error in result.errors:
        where = error.path if error.line is None else f"{error.path}:{error.line}"
        label = ("warning", "bold yellow") if error.level == "warning" else ("problem", "bold magenta")
        lines.append([(f"{where}: ", "bold"), label, (f": {error.message}", "")])
    for status in result.documents:
        if status.status == "skipped":
            lines.append([(f"{status.path}: ", "bold"), ("skipped", "yellow"), (f": {status.reason or ''}", "")])
    if lines:
        lines.append([])
    return lines


def summary_lines(result: AuditResult) -> list[Line]:
    return [[(_summary(result), "bold")]]


def text_lines(result: AuditResult, width: int = 80) -> list[Line]:
    index = claim_index(result)
    lines: list[Line] = []
    for finding in result.findings:
        lines.extend(_finding_lines(finding, result, index, width))
        lines.append([])
    return lines + problem_lines(result) + summary_lines(result)


def paint(lines: list[Line], color: bool) -> str:
    """The lines as plain text, or with ANSI styles when ``color``.

    Each segment is one line's worth of text: a newline, ESC or bidi
    override in a file name, sentence or note is shown escaped, never obeyed.
    """
    lines = [[(escape_control(part), style) for part, style in line] for line in lines]
    if not color:
        return "".join("".join(text for text, _ in line) + "\n" for line in lines)
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=True,
        color_system="standard",
        width=10_000,
        soft_wrap=True,
        highlight=False,
        markup=False,
        emoji=False,
    )
    for line in lines:
        text = Text()
        for part, style in line:
            text.append(part, style=style or None)
        console.print(text)
    return buffer.getvalue()


def render_text(result: AuditResult, options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    return paint(text_lines(result, options.width), options.color)
