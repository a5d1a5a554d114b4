"""``auditor check``: audit documents and report the findings.

Exit codes: 0 when nothing reaches ``--fail-on``, 1 when something does,
2 when the input or the configuration cannot be used (every document failing
extraction included); 3 and 130 come from :mod:`auditor.cli.boundary`.
"""

from __future__ import annotations

import os
import stat
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Sequence

import click

from auditor.baseline import BASELINE_LIMITS, BaselineError, apply_baseline, parse_baseline, render_baseline
from auditor.checks.facts import FactsFileError, load_reference_facts
from auditor.checks.rulefile import RuleFileError, load_rules
from auditor.cli.report_files import STDOUT, OutputRefused, Protected, write_report
from auditor.config import FAIL_ON, FORMATS, AuditorConfig, ConfigError, load_config
from auditor.data_files import DataError, read_text
from auditor.engine import AuditOptions, audit
from auditor.extract import KnowledgeError, holds_knowledge, knowledge_dir_of, load_knowledge
from auditor.model import AuditResult, LoadResult, Rule, Severity
from auditor.regular_files import not_regular_reason, parse_size
from auditor.reporters.escape import escape_control
from auditor.sources.loading import DEFAULT_MAX_DOCUMENT_BYTES

THRESHOLDS = {"error": Severity.ERROR.rank, "warning": Severity.WARNING.rank, "never": None}


class InputError(Exception):
    """Something the user gave that cannot be used: exit code 2."""


def exit_code(result: AuditResult, fail_on: str) -> int:
    threshold = THRESHOLDS[fail_on]
    if threshold is None:
        return 0
    return 1 if any(f.severity.rank >= threshold for f in result.findings) else 0


def _merge(first: LoadResult, second: LoadResult) -> LoadResult:
    documents = {d.path: d for d in (*first.documents, *second.documents)}
    statuses = {s.path: s for s in (*first.statuses, *second.statuses)}
    return LoadResult(
        documents=tuple(documents[k] for k in sorted(documents)),
        statuses=tuple(statuses[k] for k in sorted(statuses)),
    )


def _read_baseline(path: Path) -> frozenset[str]:
    try:
        return parse_baseline(read_text(path, BASELINE_LIMITS.max_bytes), path)
    except DataError as exc:
        raise BaselineError(f"{exc.path}: cannot read baseline: {exc.message}") from None


def _refuse_unreadable_named(paths: Sequence[Path]) -> None:
    """A FIFO, socket or device named on the command line stops the run (a
    folder walk lists them as skipped instead)."""
    for path in paths:
        try:
            mode = os.stat(path).st_mode
        except OSError:
            continue  # missing: the loader says so
        if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
            raise InputError(f"{path}: {not_regular_reason(mode)}")


def _known_events(rules: Sequence[Rule], knowledge_dir: Path | None) -> frozenset[str]:
    """The events a reference fact may name: extraction's event kinds, and the
    families the rules group them in ("commitment")."""
    from auditor.extract.events import load_events

    names = set(load_events(knowledge_dir).kinds)
    for rule in rules:
        families = rule.parameters.get("families")
        if isinstance(families, dict):
            names.update(str(name) for name in families)
    return frozenset(names)


def _all_extraction_failed(result: AuditResult) -> bool:
    failed = result.stats.get("extraction_failed", 0)
    return bool(failed) and failed == result.stats.get("documents", 0)


def _progress_callback(progress: Any):  # type: ignore[no-untyped-def]
    tasks: dict[str, int] = {}
    labels = {"extract": "Reading claims", "check": "Running checks"}

    def report(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(labels.get(stage, stage), total=total)
        progress.update(tasks[stage], completed=done, total=total)

    return report


def run_check(
    paths: Sequence[Path],
    against: Sequence[Path],
    rules_dirs: Sequence[Path],
    facts_path: Path | None,
    baseline_path: Path | None,
    write_baseline: Path | None,
    jobs: int,
    progress: Any = None,
    max_document_bytes: int | None = DEFAULT_MAX_DOCUMENT_BYTES,
) -> tuple[AuditResult, str | None]:
    """The audit the options describe, and the baseline text to write if asked."""
    from auditor.sources import load_documents

    _refuse_unreadable_named([*paths, *against])
    packs, knowledge_dir = rule_layout(rules_dirs)
    rules = load_rules(packs)
    # Knowledge given with the rules is loaded here first, so a broken one
    # stops the run before any work.
    if knowledge_dir is not None:
        try:
            load_knowledge(knowledge_dir)
        except KnowledgeError as exc:
            raise InputError(str(exc)) from exc
    facts = load_reference_facts(facts_path, _known_events(rules, knowledge_dir)) if facts_path else ()
    baseline = _read_baseline(baseline_path) if baseline_path else frozenset()

    loaded = load_documents(list(paths), max_document_bytes=max_document_bytes)
    against_paths = None
    if against:
        # PATHS are the documents under review; --against is the corpus they
        # are checked against. Only findings that cite a reviewed one are kept.
        against_paths = frozenset(d.path for d in loaded.documents)
        loaded = _merge(loaded, load_documents(list(against), max_document_bytes=max_document_bytes))
    if not loaded.documents:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in loaded.statuses if s.reason)
        raise InputError("no document could be read" + (f" ({reasons})" if reasons else ""))

    options = AuditOptions(
        against_paths=against_paths,
        baseline=frozenset() if write_baseline else baseline,
        jobs=jobs,
        progress=_progress_callback(progress) if progress is not None else None,
        knowledge_dir=knowledge_dir,
    )
    result = audit(loaded, rules, facts, options)
    if _all_extraction_failed(result):
        reasons = "\n".join(f"{error.path}: {error.message}" for error in result.errors)
        raise InputError(f"no document could be read for claims (extraction failed for every one):\n{reasons}")
    baseline_text = None
    if write_baseline:
        # The new baseline accepts everything found now, including findings
        # the old baseline already accepted; the report still hides those.
        baseline_text = render_baseline(result.findings)
        kept, dropped = apply_baseline(result.findings, baseline)
        result = result.model_copy(
            update={
                "findings": tuple(kept),
                "stats": {**result.stats, "findings": len(kept), "baselined": dropped},
            }
        )
    return result, baseline_text


def rule_layout(folders: Sequence[Path]) -> tuple[list[Path], Path | None]:
    """The rule packs ``--rules`` folders name, and the folder of the
    knowledge extraction should read (None: the shipped one).

    A folder laid out as the shipped ``rules/`` (a ``checks/`` folder, an
    ``entities.yaml``, a ``lexicon/`` folder; any of them) gives its
    ``checks/`` as a rule pack and, when it holds them, its entities and
    lexicon as the knowledge (the last such folder wins). Any other folder
    is a rule pack itself.
    """
    packs: list[Path] = []
    for folder in map(Path, folders):
        if (folder / "checks").is_dir():
            packs.append(folder / "checks")
        elif not holds_knowledge(folder):
            packs.append(folder)
    return packs, knowledge_dir_of(folders)


def _settings(config: AuditorConfig, **given: Any) -> dict[str, Any]:
    return {
        "rules": list(given["rules"]) or list(config.rules),
        "facts": given["facts"] or config.facts,
        "fail_on": given["fail_on"] or config.fail_on or "error",
        "formats": list(given["formats"]) or list(config.formats),
        "baseline": given["baseline"] or config.baseline,
        "max_document_size": given["max_document_size"] or config.max_document_size or DEFAULT_MAX_DOCUMENT_BYTES,
    }


class SizeParam(click.ParamType):
    """A size such as ``10MB`` or ``500KB``."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        try:
            return parse_size(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


@click.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--against", multiple=True, type=click.Path(path_type=Path),
              help="An existing corpus to check PATHS against (repeatable): only findings citing one of PATHS are reported.")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
              help="A folder of extra rule files, or one laid out as the shipped rules/ (checks/, entities.yaml, "
                   "lexicon/); repeatable. A rule with a default rule's id replaces it; the last folder with "
                   "entities.yaml or lexicon/ replaces the shipped knowledge.")
@click.option("--facts", "facts_path", type=click.Path(path_type=Path), help="Trusted reference facts (YAML).")
@click.option("--format", "formats", multiple=True, type=click.Choice(FORMATS), help="Report format (repeatable).")
@click.option("--output", type=click.Path(path_type=Path), help="Write the report to this file.")
@click.option("--output-dir", type=click.Path(path_type=Path), help="Write one report per format into this folder.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("--baseline", "baseline_path", type=click.Path(path_type=Path), help="Hide findings accepted in this baseline.")
@click.option("--write-baseline", type=click.Path(path_type=Path), help="Write the fingerprints of all findings to this file.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes for large corpora.")
@click.option("--max-document-size", type=SizeParam(), default=None,
              help="Skip (and list) documents larger than this (default 10MB; e.g. 500KB, 50MB).")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar on a terminal.")
@click.pass_context
def check(
    ctx: click.Context,
    paths: tuple[Path, ...],
    against: tuple[Path, ...],
    rules_dirs: tuple[Path, ...],
    facts_path: Path | None,
    formats: tuple[str, ...],
    output: Path | None,
    output_dir: Path | None,
    fail_on: str | None,
    baseline_path: Path | None,
    write_baseline: Path | None,
    jobs: int,
    max_document_size: int | None,
    progress: bool,
) -> None:
    """Audit PATHS (files or folders) for contradicting figures, dates and attributions."""
    from auditor.cli.output import emit, make_progress

    stderr = sys.stderr
    try:
        config = load_config()
        settings = _settings(config, rules=rules_dirs, facts=facts_path, fail_on=fail_on,
                             formats=formats, baseline=baseline_path, max_document_size=max_document_size)  # fmt: skip
        if write_baseline is not None and str(write_baseline) == STDOUT and (output is None or str(output) == STDOUT) and output_dir is None:
            raise InputError("--write-baseline - and the report would both go to standard output; send one of them to a file")
        with ExitStack() as stack:
            bar = stack.enter_context(make_progress(stderr, progress))
            result, baseline_text = run_check(
                paths, against, settings["rules"], settings["facts"], settings["baseline"], write_baseline, jobs, bar,
                settings["max_document_size"],
            )  # fmt: skip
    except (RuleFileError, FactsFileError, ConfigError, InputError, BaselineError, DataError) as exc:
        say(str(exc))
        ctx.exit(2)

    for error in result.errors:
        where = f"{error.path}:{error.line}" if error.line else error.path
        say(f"{where}: {error.message}")
    inputs = _inputs(result, settings)
    try:
        if write_baseline is not None and baseline_text is not None:
            # Updating the baseline in place is a normal use: only documents
            # and the facts file are protected from it.
            write_report(write_baseline, baseline_text, Protected(inputs))
        emit(result, settings["formats"], output, output_dir, sys.stdout,
             Protected([*inputs, *([settings["baseline"]] if settings["baseline"] else [])]))  # fmt: skip
    except OutputRefused as exc:
        say(str(exc))
        ctx.exit(2)
    ctx.exit(exit_code(result, settings["fail_on"]))


def _inputs(result: AuditResult, settings: dict[str, Any]) -> list[str]:
    """Files this run read, which no report may overwrite."""
    documents = [status.path for status in result.documents if status.status == "read"]
    return [*documents, *([str(settings["facts"])] if settings["facts"] else [])]


def say(message: str) -> None:
    """A message on stderr, with every control character made visible."""
    click.echo(f"auditor: {escape_control(message, keep_newlines=True)}", err=True)
