"""``auditor claims``: list what extraction reads from documents."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from auditor import __version__
from auditor.extract import KnowledgeError, extract_document, load_knowledge
from auditor.model import AuditResult, Claim, Quantity
from auditor.reporters.describe import format_number
from auditor.reporters.escape import escape_control
from auditor.reporters.json_report import to_dict
from auditor.sources import load_documents


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl"]),
    default="table",
    show_default=True,
    help="table for people, json (one document) or jsonl (one claim a line) for programs.",
)
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="A rules folder whose entities.yaml and lexicon/ replace the shipped ones.",
)
@click.pass_context
def claims(ctx: click.Context, paths: tuple[Path, ...], fmt: str, rules_dir: Path | None) -> None:
    """List the claims (figures, dates, attributes) read from PATHS."""
    try:
        knowledge = load_knowledge(rules_dir)
    except KnowledgeError as exc:
        click.echo(f"auditor: {exc}", err=True)
        ctx.exit(2)
    loaded = load_documents(paths)
    found: list[Claim] = []
    for document in loaded.documents:
        extracted = extract_document(document, knowledge)
        found.extend(extracted.claims)
        for problem in (*document.problems, *extracted.problems):
            where = f"{problem.path}:{problem.line}" if problem.line else problem.path
            click.echo(f"auditor: {escape_control(f'{where}: {problem.message}')}", err=True)
    result = AuditResult(
        tool_version=__version__,
        documents=loaded.statuses,
        claims=tuple(found),
        stats={"documents": len(loaded.documents), "skipped": len(loaded.statuses) - len(loaded.documents), "claims": len(found)},
    )
    for status in loaded.statuses:
        if status.status == "skipped":
            click.echo(f"auditor: {escape_control(f'skipped {status.path}: {status.reason}')}", err=True)

    if fmt == "json":
        data = to_dict(result)
        payload = {key: data[key] for key in ("schema_version", "tool", "documents", "claims", "stats")}
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    elif fmt == "jsonl":
        data = to_dict(result)
        for claim in data["claims"]:
            click.echo(json.dumps(claim, ensure_ascii=False))
    else:
        _print_table(result)
    if not loaded.documents:
        sys.exit(2)


def describe_value(value: Quantity | None) -> str:
    if value is None:
        return ""
    unit = value.unit or "?"
    if value.qualifier in ("range", "magnitude") and value.high is not None:
        return f"{unit} {format_number(value.low or 0)}–{format_number(value.high)}"
    return f"{unit} {format_number(value.value)}"


def _print_table(result: AuditResult) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for column in ("where", "kind", "subject", "event", "value", "qualifier", "year"):
        table.add_column(column)
    for claim in result.claims:
        location = claim.evidence.location
        if claim.kind == "attribute" and claim.attribute:
            value = f"{claim.attribute.name} = {claim.attribute.value}"
        elif claim.kind == "date":
            value = claim.evidence.text
        else:
            value = describe_value(claim.value)
        year = f"{claim.time.year} ({claim.time.source})" if claim.time else ""
        subject = claim.subject.name if claim.subject else ""
        if claim.object is not None:
            subject += f" → {claim.object.name}"
        table.add_row(
            f"{location.path}:{location.line}",
            claim.kind,
            subject,
            claim.event or "",
            value,
            claim.value.qualifier if claim.value and claim.value.qualifier != "exact" else "",
            year,
        )
    # Piped or captured output has no width to fit: a fixed 80 columns would
    # truncate paths and values to "…", so only a terminal constrains the table.
    console = Console(highlight=False)
    if not console.is_terminal:
        console = Console(highlight=False, width=max(console.width, 1000))
    console.print(table)
    console.print(
        f"{result.stats['claims']} claims in {result.stats['documents']} documents"
        + (f" ({result.stats['skipped']} skipped)" if result.stats["skipped"] else "")
    )
