"""``auditor claims``: list what extraction reads from documents."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import click

from auditor import __version__
from auditor.extract import KnowledgeError, extract_document, load_knowledge
from auditor.model import AuditResult, Claim, Document, DocumentClaims, DocumentStatus, Quantity
from auditor.reporters.describe import format_number
from auditor.reporters.escape import escape_control
from auditor.reporters.json_report import claim_dict, claims_listing
from auditor.sources import list_sources, load_documents, read_document, skipped_status


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
    if fmt == "jsonl":
        # One claim a line, each document's as soon as it is read: the
        # output starts at once and memory holds one document, whatever
        # the size of the corpus.
        read = 0
        for document in _documents(paths):
            read += 1
            extracted = extract_document(document, knowledge)
            _say_problems(document, extracted)
            for claim in extracted.claims:
                click.echo(json.dumps(claim_dict(claim), ensure_ascii=False))
        if not read:
            sys.exit(2)
        return
    loaded = load_documents(paths)
    found: list[Claim] = []
    for document in loaded.documents:
        extracted = extract_document(document, knowledge)
        _say_problems(document, extracted)
        found.extend(extracted.claims)
    result = AuditResult(
        tool_version=__version__,
        documents=loaded.statuses,
        claims=tuple(found),
        stats={"documents": len(loaded.documents), "skipped": len(loaded.statuses) - len(loaded.documents), "claims": len(found)},
    )
    for status in loaded.statuses:
        if status.status == "skipped":
            _say_skipped(status)

    if fmt == "json":
        click.echo(json.dumps(claims_listing(result), indent=2, ensure_ascii=False))
    else:
        _print_table(result)
    if not loaded.documents:
        sys.exit(2)


def _documents(paths: Sequence[Path]) -> Iterator[Document]:
    """The documents under ``paths`` one at a time, in path order; skipped files said on stderr."""
    for source in list_sources(paths):
        found = skipped_status(source.path, source.problem) if source.problem else read_document(source.location)
        if isinstance(found, DocumentStatus):
            _say_skipped(found)
        else:
            yield found


def _say_skipped(status: DocumentStatus) -> None:
    click.echo(f"auditor: {escape_control(f'skipped {status.path}: {status.reason}')}", err=True)


def _say_problems(document: Document, extracted: DocumentClaims) -> None:
    """What reading and extracting the document reported (front matter
    ignored, a sentence read in pieces), on stderr."""
    for problem in (*document.problems, *extracted.problems):
        where = f"{problem.path}:{problem.line}" if problem.line else problem.path
        click.echo(f"auditor: {escape_control(f'{where}: {problem.message}')}", err=True)


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
