"""``auditor rules`` and ``auditor explain``: what the checks are and why."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import click
import yaml
from rapidfuzz import fuzz, process

from auditor.checks.rulefile import RuleFileError, load_rules
from auditor.config import ConfigError, load_config
from auditor.model import Rule, RuleExample


def _load(ctx: click.Context, rules_dirs: tuple[Path, ...]) -> tuple[Rule, ...]:
    try:
        dirs = list(rules_dirs) or list(load_config().rules)
        return load_rules(dirs)
    except (RuleFileError, ConfigError) as exc:
        click.echo(f"auditor: {exc}", err=True)
        ctx.exit(2)
        raise AssertionError("unreachable")  # ctx.exit raises


_RULES_OPTION = click.option(
    "--rules", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
    help="A folder of extra rule files (repeatable).",
)  # fmt: skip


@click.command("rules")
@_RULES_OPTION
@click.pass_context
def rules(ctx: click.Context, rules_dirs: tuple[Path, ...]) -> None:
    """List the rules: id, kind, severity and summary."""
    loaded = _load(ctx, rules_dirs)
    rows = [(r.id, r.kind, r.severity.value, r.summary) for r in loaded]
    widths = [max([len(h)] + [len(row[i]) for row in rows]) for i, h in enumerate(("ID", "KIND", "SEVERITY"))]
    header = ("ID", "KIND", "SEVERITY", "SUMMARY")
    for row in [header, *rows]:
        click.echo("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3])


def _example_lines(example: RuleExample) -> list[str]:
    lines = []
    for index, text in enumerate(example.documents, start=1):
        lines.append(f"    example-{index}.txt: {text}")
    for fact in example.facts:
        described = ", ".join(f"{k}={v}" for k, v in fact.items() if k != "note")
        lines.append(f"    reference fact: {described}")
    return lines


@click.command("explain")
@click.argument("rule_id")
@_RULES_OPTION
@click.pass_context
def explain(ctx: click.Context, rule_id: str, rules_dirs: tuple[Path, ...]) -> None:
    """Explain RULE: what it reports, why it matters, its parameters and examples."""
    loaded = {r.id: r for r in _load(ctx, rules_dirs)}
    rule = loaded.get(rule_id)
    if rule is None:
        matches = process.extract(rule_id, list(loaded), scorer=fuzz.WRatio, limit=3, score_cutoff=50)
        hint = f"; did you mean: {', '.join(m[0] for m in matches)}?" if matches else ""
        click.echo(f"auditor: unknown rule {rule_id!r}{hint} (run 'auditor rules' to list them)", err=True)
        ctx.exit(2)
        return
    click.echo(f"{rule.id} ({rule.kind}, {rule.severity.value})")
    click.echo("")
    click.echo(rule.summary)
    if rule.rationale:
        click.echo("")
        click.echo("Why it matters:")
        click.echo(f"  {rule.rationale}")
    click.echo("")
    click.echo(f"Message: {rule.message}")
    if rule.applies_to:
        click.echo("Applies to: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in sorted(rule.applies_to.items())))
    click.echo("")
    click.echo("Parameters:")
    dumped = yaml.safe_dump(_plain(rule.parameters), sort_keys=True, default_flow_style=None).rstrip()
    click.echo("\n".join(f"  {line}" for line in dumped.splitlines()) or "  (none)")
    for title, examples in (("Reported (fail) examples", rule.fails), ("Not reported (pass) examples", rule.passes)):
        click.echo("")
        click.echo(f"{title}:")
        if not examples:
            click.echo("  (none)")
        for number, example in enumerate(examples, start=1):
            click.echo(f"  {number}.")
            for line in _example_lines(example):
                click.echo(line)
    click.echo("")
    click.echo(f"Defined in: {rule.path}")


def _plain(value: object) -> object:
    """Parameters as plain YAML types (enums become their values)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value
