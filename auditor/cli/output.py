"""Getting reports out: which file, which extension, colour or not, safely.

The engine and reporters only produce strings; this module is where they meet
the file system and the terminal.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any

import click

from auditor.cli.report_files import STDOUT, Content, Protected, write_report, write_report_set
from auditor.model import AuditResult
from auditor.reporters import RenderOptions, canonical_format, render_pieces

# File name used for each format inside --output-dir.
FILE_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "json": "report.json",
        "html": "report.html",
        "markdown": "report.md",
        "sarif": "report.sarif",
        "text": "report.txt",
        "github": "report.github.txt",
        "concise": "report.concise.txt",
    }
)

# What --output-dir writes when no --format is given.
DEFAULT_DIR_FORMATS: tuple[str, ...] = ("json", "html", "markdown", "sarif")

# Which format an --output file name implies when no --format is given.
_FORMAT_BY_SUFFIX: Mapping[str, str] = MappingProxyType(
    {
        ".json": "json",
        ".html": "html",
        ".htm": "html",
        ".md": "markdown",
        ".markdown": "markdown",
        ".sarif": "sarif",
        ".txt": "text",
    }
)


def should_color(stream: IO[str]) -> bool:
    """Colour for a terminal, or wherever ``FORCE_COLOR`` asks for it (CI logs
    that render colour); never when the user set ``NO_COLOR``, which wins."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # closed stream
        return False


def _canonical(formats: Sequence[str]) -> list[str]:
    names: list[str] = []
    for fmt in formats:
        try:
            name = canonical_format(fmt)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from exc
        if name not in names:
            names.append(name)
    return names


def format_for_output(output: Path) -> str:
    """The format a file name implies (``x.html`` -> ``html``)."""
    fmt = _FORMAT_BY_SUFFIX.get(Path(output).suffix.lower())
    if fmt is None:
        raise click.UsageError(
            f"cannot tell the report format from {str(output)!r}; pass --format"
        )
    return fmt


# Formats whose colour follows the stream they are printed to.
_COLOURED = ("text", "concise")
# Workflow commands only mean something on standard output, where the runner reads them.
_ALWAYS_PRINTED = "github"


def emit(
    result: AuditResult,
    formats: Sequence[str],
    output: Path | None,
    output_dir: Path | None,
    stream: IO[str],
    protected: Protected | None = None,
    *,
    options: RenderOptions | None = None,
) -> None:
    """Render ``result`` and send it where the options say.

    - ``output_dir``: every format given (default json, html, markdown, sarif)
      as ``DIR/report.<ext>``, all rendered first, then written as one set;
      ``github`` is printed to ``stream`` as well, where a GitHub Actions
      runner reads its annotations;
    - ``output``: the one format given (or implied by the file extension);
      ``-`` is ``stream``;
    - neither: the one format given (default text) printed to ``stream``,
      coloured when the stream is a terminal (or ``FORCE_COLOR`` is set).

    Files are written by :mod:`auditor.cli.report_files`: never over an
    input (``protected``), a device, a FIFO or a link.
    """
    options = options or RenderOptions()
    names = _canonical(formats)
    if output is not None and output_dir is not None:
        raise click.UsageError("use either --output or --output-dir, not both")
    if output_dir is not None:
        files = {FILE_NAMES[name]: _rendering(result, name, options) for name in names or DEFAULT_DIR_FORMATS}
        write_report_set(output_dir, files, protected, report_names=FILE_NAMES.values())
        if _ALWAYS_PRINTED in names:
            _print(result, _ALWAYS_PRINTED, stream, options)
        return
    if len(names) > 1:
        where = "--output" if output is not None else "standard output"
        raise click.UsageError(
            f"{where} takes one format but {len(names)} were given "
            f"({', '.join(names)}); use --output-dir to write several"
        )
    if output is not None and str(output) != STDOUT:
        name = names[0] if names else format_for_output(output)
        write_report(output, _rendering(result, name, options), protected)
        return
    _print(result, names[0] if names else "text", stream, options)


def _rendering(result: AuditResult, name: str, options: RenderOptions) -> Content:
    """The report, rendered a piece at a time as it is written (see render_pieces)."""
    return lambda: render_pieces(result, name, options)


def _print(result: AuditResult, name: str, stream: IO[str], options: RenderOptions) -> None:
    colour = name in _COLOURED and should_color(stream)
    for piece in render_pieces(result, name, replace(options, color=colour)):
        stream.write(piece)
    stream.flush()


def write_step_summary(path: Path, result: AuditResult, options: RenderOptions | None = None) -> None:
    """Append the run's Markdown summary to ``$GITHUB_STEP_SUMMARY``.

    Appended, not replaced: the file collects every step's summary.
    """
    from auditor.reporters.step_summary import render_step_summary

    with open(path, "a", encoding="utf-8", newline="") as handle:
        handle.write(render_step_summary(result, options or RenderOptions()))


class _NoProgress:
    """Stands in for :class:`rich.progress.Progress` when no bar is shown."""

    def add_task(self, description: str, total: float | None = None, **fields: Any) -> int:
        return 0

    def advance(self, task_id: int, advance: float = 1) -> None:
        return None

    def update(self, task_id: int, **fields: Any) -> None:
        return None


def progress_wanted(stream: IO[str], enabled: bool) -> bool:
    """A bar only helps a person watching a terminal: not in CI logs or pipes."""
    if not enabled or os.environ.get("CI"):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:
        return False


@contextlib.contextmanager
def make_progress(stream: IO[str], enabled: bool) -> Iterator[Any]:
    """A ``rich.progress.Progress`` on ``stream`` (normally stderr), or a no-op.

    Either way the object offers ``add_task(description, total=...)``,
    ``advance(task_id, n)`` and ``update(task_id, ...)``.
    """
    if not progress_wanted(stream, enabled):
        yield _NoProgress()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(file=stream, stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        yield progress
