"""``auditor report``: render a saved JSON report in other formats."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from auditor.data_files import JSON_LIMITS, DataError, load_json, read_text
from auditor.reporters import ALIASES, FORMATS, RenderOptions, ReportFormatError
from auditor.reporters.json_report import from_dict

from .output import emit
from .report_files import OutputRefused, Protected


class ReportFileError(click.ClickException):
    """The input is not a JSON report we can read: a usage problem, exit code 2."""

    exit_code = 2


@click.command("report")
@click.argument("report_file", metavar="REPORT.json", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    type=click.Choice(sorted([*FORMATS, *ALIASES]), case_sensitive=False),
    help="Output format; repeat with --output-dir to write several.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file (format from --format or the extension).",
)
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write report.<ext> for each format into this folder.",
)
@click.option("--link-base", metavar="URL", help="Make the Markdown report's path#Lline links absolute.")
def report(
    report_file: Path, formats: tuple[str, ...], output: Path | None, output_dir: Path | None, link_base: str | None
) -> None:
    """Render REPORT.json (written by `auditor check --format json`) in another format."""
    try:
        text = sys.stdin.read() if str(report_file) == "-" else read_text(report_file, JSON_LIMITS.max_bytes)
    except DataError as exc:
        raise ReportFileError(f"cannot read {exc.path}: {exc.message}") from exc
    try:
        data = load_json(text, "<stdin>" if str(report_file) == "-" else report_file)
    except DataError as exc:
        raise ReportFileError(str(exc)) from exc
    try:
        result = from_dict(data)
    except ReportFormatError as exc:
        raise ReportFileError(f"{report_file} is not an auditor JSON report: {exc}") from exc
    try:
        emit(result, formats, output, output_dir, sys.stdout, Protected([report_file] if str(report_file) != "-" else []),
             options=RenderOptions(link_base=link_base))  # fmt: skip
    except OutputRefused as exc:
        raise ReportFileError(str(exc)) from exc
