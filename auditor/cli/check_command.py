"""``auditor check``: audit documents and report the findings.

Exit codes: 0 when nothing reaches ``--fail-on``, 1 when something does,
2 when the input or the configuration cannot be used (every document failing
extraction included); 3 and 130 come from :mod:`auditor.cli.boundary`.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import click

from auditor.baseline import BASELINE_LIMITS, BaselineError, apply_baseline, parse_baseline, render_baseline
from auditor.checks.facts import FactsFileError, load_reference_facts
from auditor.checks.rulefile import RuleFileError, load_rules
from auditor.config import FAIL_ON, FORMATS, AuditorConfig, ConfigError, load_config
from auditor.engine import AuditOptions, audit
from auditor.cli.report_files import STDOUT, OutputRefused, Protected, write_report
from auditor.data_files import DataError, read_text
from auditor.model import AuditResult, Document, Rule, Severity
from auditor.regular_files import parse_size
from auditor.reporters.escape import escape_control
from auditor.rule_selection import (
    SelectionError,
    force_severities,
    select_rules,
    split_selectors,
    with_severities,
)

if TYPE_CHECKING:
    from auditor.store import ClaimStore

STDIN = "-"
THRESHOLDS = {"error": Severity.ERROR.rank, "warning": Severity.WARNING.rank, "never": None}


class InputError(Exception):
    """Something the user gave that cannot be used: exit code 2."""


def exit_code(result: AuditResult, fail_on: str) -> int:
    threshold = THRESHOLDS[fail_on]
    if threshold is None:
        return 0
    return 1 if any(f.severity.rank >= threshold for f in result.findings) else 0


def _read_baseline(path: Path) -> frozenset[str]:
    try:
        return parse_baseline(read_text(path, BASELINE_LIMITS.max_bytes), path)
    except DataError as exc:
        raise BaselineError(f"{exc.path}: cannot read baseline: {exc.message}") from None


def _known_events(rules: Sequence[Rule], knowledge_dir: Path | None) -> dict[str, str]:
    """The events a reference fact may name, by the words it may name them
    with: extraction's event kinds and the families the rules group them in
    ("commitment"), each by its own name, and every word the documents'
    reader takes for an event ("turnover" for revenue, "rebuild" for a cost)."""
    from auditor.extract.events import load_events

    events = load_events(knowledge_dir)
    names = {name: name for name in events.kinds}
    for rule in rules:
        families = rule.parameters.get("families")
        if isinstance(families, dict):
            names.update((str(name), str(name)) for name in families)
    for word, (event, _) in sorted(events.triggers.items()):
        names.setdefault(word, event)
    return names


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


@dataclass(frozen=True)
class Selection:
    """Which rules run (``--select``/``--ignore``) and the severities the
    configuration gives them."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    severity_where: str = "severity"


@dataclass(frozen=True)
class StdinDocument:
    """``-`` among PATHS: the bytes read from standard input and the name they go by."""

    name: str
    data: bytes


def run_check(
    paths: Sequence[Path],
    against: Sequence[Path],
    rules_dirs: Sequence[Path],
    facts_path: Path | None,
    baseline_path: Path | None,
    write_baseline: Path | None,
    jobs: int,
    progress: Any = None,
    *,
    selection: Selection = Selection(),
    excluded: Callable[[Path, bool], bool] | None = None,
    stdin: StdinDocument | None = None,
    cache: CacheSetting | None = None,
    include_claims: bool = False,
    notices: list[str] | None = None,
    engine: str = "process",
    scheduler: str | None = None,
    max_document_bytes: int | None = None,
) -> tuple[AuditResult, str | None]:
    """The audit the options describe, and the baseline text to write if asked.

    Files stream through the engine (and the claim store); ``notices``
    collects what the store has to say (rebuilt, unusable).
    """
    from auditor.sources import list_sources, refusals

    packs, knowledge_dir = rule_layout(rules_dirs)
    rules = load_rules(packs)
    try:
        # Severities are given to every rule before the selection, so a
        # configured severity of a rule left out for one run is no error.
        rules = with_severities(rules, selection.severity, where=selection.severity_where)
        rules = select_rules(rules, selection.select, selection.ignore)
    except SelectionError as exc:
        raise InputError(str(exc)) from exc
    # Knowledge given with the rules is loaded here first, so a broken one
    # stops the run before any work.
    lexicon = None
    if knowledge_dir is not None:
        from auditor.extract import KnowledgeError, load_knowledge

        try:
            lexicon = load_knowledge(knowledge_dir).lexicon
        except KnowledgeError as exc:
            raise InputError(str(exc)) from exc
    # Facts are read with the figure reader the documents are read with.
    facts = load_reference_facts(facts_path, lexicon, _known_events(rules, knowledge_dir)) if facts_path else ()
    baseline = _read_baseline(baseline_path) if baseline_path else frozenset()

    reviewed = list_sources(list(paths), excluded=excluded)
    corpus = list_sources(list(against), excluded=excluded) if against else []
    # Named paths the file system already says give nothing stop the run
    # before any work; those that cannot be read or decoded, after reading.
    refused = refusals(list(paths), reviewed) + refusals(list(against), corpus)
    if refused:
        raise InputError("\n".join(f"{path}: {reason}" for path, reason in refused))
    stdin_document = _stdin_documents(stdin) if stdin is not None else None
    sources: list = [*reviewed, *([stdin_document] if stdin_document is not None else [])]
    against_paths = None
    if against:
        # PATHS are the documents under review; --against is the corpus they
        # are checked against. Only findings that cite a reviewed one are kept.
        # A reviewed document wins over a corpus copy of the same path.
        against_paths = frozenset(source.path for source in sources)
        sources = [s for s in corpus if s.path not in against_paths] + sources
    sources.sort(key=lambda source: source.path)

    options = AuditOptions(
        against_paths=against_paths,
        baseline=frozenset() if write_baseline else baseline,
        jobs=jobs,
        progress=_progress_callback(progress) if progress is not None else None,
        knowledge_dir=knowledge_dir,
        include_claims=include_claims,
        engine=engine,
        scheduler=scheduler,
        **({"max_document_bytes": max_document_bytes} if max_document_bytes else {}),
    )
    said = notices if notices is not None else []
    result = _audit_with_store(sources, rules, facts, options, cache or CacheSetting(), said)
    statuses = {status.path: status for status in result.documents}
    refused = refusals(list(paths), reviewed, statuses) + refusals(list(against), corpus, statuses)
    if refused:
        raise InputError("\n".join(f"{path}: {reason}" for path, reason in refused))
    if not result.stats.get("documents"):
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in result.documents if s.reason)
        raise InputError("no document could be read" + (f" ({reasons})" if reasons else ""))
    if _all_extraction_failed(result):
        reasons = "\n".join(f"{error.path}: {error.message}" for error in result.errors if error.level == "error")
        raise InputError(f"no document could be read for claims (extraction failed for every one):\n{reasons}")
    result = force_severities(result, rules, selection.severity)
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


@dataclass(frozen=True)
class CacheSetting:
    """Where the claim store lives: ``folder`` (None: the default place), or nowhere (``enabled`` False)."""

    folder: Path | None = None
    enabled: bool = True


CACHE_ENVIRONMENT = "AUDITOR_CACHE_DIR"
DEFAULT_CACHE_FOLDER = ".auditor-cache"


def cache_folder(given: Path | None, config: AuditorConfig) -> Path:
    """The claim store's folder: ``--cache-dir``, else ``$AUDITOR_CACHE_DIR``, else
    ``cache-dir`` of ``[tool.auditor]``, else ``.auditor-cache`` in the project
    (the folder of that pyproject.toml) or, outside a project, the current folder."""
    if given is not None:
        return given
    if os.environ.get(CACHE_ENVIRONMENT):
        return Path(os.environ[CACHE_ENVIRONMENT])
    if config.cache_dir is not None:
        return config.cache_dir
    root = config.path.parent if config.path is not None else Path.cwd()
    return root / DEFAULT_CACHE_FOLDER


def _audit_with_store(
    sources: Sequence[Any], rules: Sequence[Any], facts: Sequence[Any], options: AuditOptions,
    cache: CacheSetting, notices: list[str],
) -> AuditResult:
    """The audit, with the claim store the cache setting names.

    A store found damaged during the run (its file broke under it) is moved
    aside and the run starts again with a new one, once, and says so.
    """
    from auditor.store import StoreDamaged

    for attempt in (1, 2):
        store = open_claim_store(cache, options.knowledge_dir, notices)
        try:
            result = audit(sources, rules, facts, dataclasses.replace(options, store=store))
        except StoreDamaged as exc:
            if store is None or attempt == 2:
                raise
            notices.append(f"{exc}; the store was moved aside and the run started again with a new one")
            store.discard()
            continue
        except RuntimeError as exc:
            from auditor.dask_engine import EngineUnavailable

            if isinstance(exc, EngineUnavailable):
                raise InputError(str(exc)) from exc
            raise
        finally:
            if store is not None:
                notices.extend(store.notices)
                store.close()
        return result
    raise AssertionError("unreachable")


def open_claim_store(cache: CacheSetting, knowledge_dir: Path | None, notices: list[str]) -> ClaimStore | None:
    """The store a run reads and fills, or None to keep claims in memory (``--no-cache``,
    or no store can be made where asked: the run goes on without one and says so)."""
    from auditor.store import StoreUnavailable, claims_fingerprint, open_store

    if not cache.enabled:
        return None
    folder = cache.folder if cache.folder is not None else cache_folder(None, AuditorConfig())
    try:
        store = open_store(folder, claims_fingerprint(knowledge_dir))
    except StoreUnavailable as exc:
        notices.append(f"{exc}; running without the claim store")
        return None
    notices.extend(store.notices)
    store.notices.clear()
    return store


def _stdin_documents(stdin: StdinDocument) -> Document:
    """Standard input as a document named ``stdin.name`` (its suffix picks the format)."""
    from auditor.sources import DocumentError, display_path, parse_document
    from auditor.sources.discovery import is_document, unsupported_reason

    shown = STDIN if stdin.name == STDIN else display_path(stdin.name)
    if shown != STDIN and not is_document(shown):
        raise InputError(f"{shown} (standard input): {unsupported_reason(shown)}")
    try:
        return parse_document(shown, stdin.data)  # "-" alone reads as plain text
    except DocumentError as exc:
        raise InputError(f"{shown} (standard input): {exc.reason}") from exc


def rule_layout(folders: Sequence[Path]) -> tuple[list[Path], Path | None]:
    """The rule packs ``--rules`` folders name, and the folder of the
    knowledge extraction should read (None: the shipped one).

    A folder laid out as the shipped ``rules/`` (a ``checks/`` folder, an
    ``entities.yaml``, a ``lexicon/`` folder; any of them) gives its
    ``checks/`` as a rule pack and, when it holds them, its entities and
    lexicon as the knowledge (the last such folder wins). Any other folder
    is a rule pack itself.
    """
    from auditor.resources import holds_knowledge, knowledge_dir_of

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
        "max_document_size": given["max_document_size"] or config.max_document_size,
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


def _selection(config: AuditorConfig, select: Sequence[str], ignore: Sequence[str]) -> Selection:
    """--select replaces the configuration's ``select``; --ignore adds to its ``ignore``."""
    return Selection(
        select=tuple(split_selectors(select) or config.select),
        ignore=tuple(dict.fromkeys([*config.ignore, *split_selectors(ignore)])),
        severity=dict(config.severity),
        severity_where=f"{config.path}: [tool.auditor.severity]" if config.path else "severity",
    )


def _exclusions(config: AuditorConfig, patterns: Sequence[str]):  # type: ignore[no-untyped-def]
    """Exclude patterns of the configuration (read from its folder) and of the
    command line (read from the working directory)."""
    if not patterns and (config.root is None or not config.exclude):
        return None  # without importing the pattern matcher (a twentieth of a second)
    from auditor.sources.exclusion import Exclusions

    groups = [(Path.cwd(), list(patterns))]
    if config.root is not None:
        groups.insert(0, (config.root, list(config.exclude)))
    return Exclusions.build(groups) or None


EPILOG = """\b
Examples:
  auditor check sources/                      audit a folder (findings as text)
  auditor check draft.md --against sources/   only findings that involve draft.md
  auditor check sources/ --facts facts.yaml   also compare with trusted facts
  auditor check sources/ -f html -o report.html
  auditor check sources/ --output-dir reports/ -f github -f sarif   (CI)
  auditor check sources/ --select figure-mismatch,year-mismatch --exclude 'archive/'
  cat draft.md | auditor check - --stdin-filename draft.md --against sources/ -f concise

\b
The reference-conflict rule needs trusted facts (--facts FILE, or facts = "..."
in [tool.auditor] of pyproject.toml); without them it reports nothing.
Defaults for every option can live in [tool.auditor]; see the README.

\b
Exit codes:
  0  no finding at or above --fail-on (default: error)
  1  findings at or above --fail-on
  2  bad input or configuration: a named path that is missing, not a
     document (.txt, .md, .markdown, .html, .htm) or not UTF-8; a folder
     without documents; a malformed rule, facts, baseline or pyproject file;
     a report path that would destroy something (an input, a device, a
     FIFO nobody reads, a folder); every document failing extraction
  3  internal error (a bug): one line; run with auditor --debug for the traceback
  130  interrupted (Ctrl-C)
"""


@click.command("check", epilog=EPILOG)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--against", multiple=True, type=click.Path(path_type=Path),
              help="An existing corpus to check PATHS against (repeatable): only findings citing one of PATHS are reported.")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
              help="A folder of extra rule files, or one laid out as the shipped rules/ (checks/, entities.yaml, "
                   "lexicon/); repeatable. A rule with a default rule's id replaces it; the last folder with "
                   "entities.yaml or lexicon/ replaces the shipped knowledge.")
@click.option("--facts", "facts_path", type=click.Path(path_type=Path),
              help="Trusted reference facts (YAML); the reference-conflict rule needs them.")
@click.option("--select", multiple=True, metavar="RULE[,RULE...]",
              help="Run only these rules (ids, kinds or rule-pack folders; repeatable).")
@click.option("--ignore", multiple=True, metavar="RULE[,RULE...]",
              help="Do not run these rules (ids, kinds or rule-pack folders; repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Leave out files and folders a walk meets that match this .gitignore-style pattern (repeatable).")
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(FORMATS),
              help="Report format (repeatable). github always prints to standard output.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the report to this file.")
@click.option("--output-dir", type=click.Path(path_type=Path), help="Write one report per format into this folder.")
@click.option("--link-base", metavar="URL",
              help="Make the Markdown report's path#Lline links absolute, e.g. https://github.com/o/r/blob/SHA.")
@click.option("--stdin-filename", metavar="PATH",
              help="The name of the document read from standard input ('-' in PATHS); its suffix picks the format.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("--baseline", "baseline_path", type=click.Path(path_type=Path), help="Hide findings accepted in this baseline.")
@click.option("--write-baseline", type=click.Path(path_type=Path), help="Write the fingerprints of all findings to this file.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes for large corpora.")
@click.option("--max-document-size", type=SizeParam(), default=None,
              help="Skip (and list) documents larger than this (default 10MB; e.g. 500KB, 50MB).")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar on a terminal.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the claim store kept between runs (default: .auditor-cache in the project, "
                   "or $AUDITOR_CACHE_DIR).")
@click.option("--no-cache", is_flag=True, help="Keep no claim store: extract every document, touch no disk.")
@click.option("--include-claims", is_flag=True,
              help="Put every claim in the report, not only those of the documents with findings.")
@click.option("--engine", type=click.Choice(["process", "dask"]), default="process", show_default=True,
              help="Where the audit runs: this process (and --jobs worker processes), or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the scheduler of an existing cluster (default: a local cluster of --jobs workers).")
@click.pass_context
def check(
    ctx: click.Context,
    paths: tuple[Path, ...],
    against: tuple[Path, ...],
    rules_dirs: tuple[Path, ...],
    facts_path: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    exclude: tuple[str, ...],
    formats: tuple[str, ...],
    output: Path | None,
    output_dir: Path | None,
    link_base: str | None,
    stdin_filename: str | None,
    fail_on: str | None,
    baseline_path: Path | None,
    write_baseline: Path | None,
    jobs: int,
    max_document_size: int | None,
    progress: bool,
    cache_dir: Path | None,
    no_cache: bool,
    include_claims: bool,
    engine: str,
    scheduler: str | None,
) -> None:
    """Audit PATHS (files or folders; - for standard input) for contradicting
    figures, dates and attributions."""
    from auditor.cli.output import emit, make_progress, write_step_summary
    from auditor.pipeline import collector
    from auditor.reporters import RenderOptions

    stderr = sys.stderr
    notices: list[str] = []
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    named = [path for path in paths if str(path) != STDIN]
    stdin = None
    if len(named) < len(paths):
        stdin = StdinDocument(name=stdin_filename or STDIN, data=sys.stdin.buffer.read())
    elif stdin_filename is not None:
        raise click.UsageError("--stdin-filename names the document read from standard input: add '-' to PATHS")
    try:
        config = load_config()
        settings = _settings(config, rules=rules_dirs, facts=facts_path, fail_on=fail_on, formats=formats,
                             baseline=baseline_path, max_document_size=max_document_size)  # fmt: skip
        if write_baseline is not None and str(write_baseline) == STDOUT and output_dir is None and (
            output is None or str(output) == STDOUT
        ):
            raise InputError("--write-baseline - and the report would both go to standard output; send one of them to a file")
        cache = CacheSetting(folder=cache_folder(cache_dir, config), enabled=not no_cache)
        with ExitStack() as stack:
            bar = stack.enter_context(make_progress(stderr, progress))
            result, baseline_text = run_check(
                named, against, settings["rules"], settings["facts"], settings["baseline"], write_baseline, jobs, bar,
                selection=_selection(config, select, ignore),
                excluded=_exclusions(config, exclude),
                stdin=stdin,
                cache=cache,
                include_claims=include_claims,
                notices=notices,
                engine=engine,
                scheduler=scheduler,
                max_document_bytes=settings["max_document_size"],
            )
    except (RuleFileError, FactsFileError, ConfigError, InputError, BaselineError, DataError) as exc:
        _say(notices)
        for line in str(exc).splitlines():
            say(line)
        ctx.exit(2)

    _say(notices)
    for error in result.errors:
        where = f"{error.path}:{error.line}" if error.line else error.path
        label = "warning: " if error.level == "warning" else ""
        say(f"{where}: {label}{error.message}")
    options = RenderOptions(link_base=link_base)
    inputs = _inputs(result, settings)
    try:
        if write_baseline is not None and baseline_text is not None:
            # Updating the baseline in place is a normal use: only documents
            # and the facts file are protected from it.
            write_report(write_baseline, baseline_text, Protected(inputs))
        baseline_input = [settings["baseline"]] if settings["baseline"] else []
        # The result's records (every finding, the claims of the documents
        # they cite) live until the report is written: the collector is kept
        # from rescanning them for each batch of report lines made (a third
        # of a 10,000-document JSON report's time at the default thresholds).
        with collector.tuned():
            collector.settle()
            emit(result, settings["formats"], output, output_dir, sys.stdout, Protected([*inputs, *baseline_input]),
                 options=options)  # fmt: skip
        # Entries found damaged while the report read its claims (a run whose
        # findings the store kept decodes no claim before).
        _say(getattr(result.claims, "notices", ()))
    except OutputRefused as exc:
        say(str(exc))
        ctx.exit(2)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        try:
            write_step_summary(Path(summary_file), result, options)
        except OSError as exc:
            # The audit itself is done and reported; the summary is a courtesy.
            click.echo(f"auditor: warning: cannot append to GITHUB_STEP_SUMMARY ({summary_file}): {exc.strerror or exc}", err=True)
    ctx.exit(exit_code(result, settings["fail_on"]))


def _say(notices: Sequence[str]) -> None:
    for notice in notices:
        say(f"warning: {notice}")


def _inputs(result: AuditResult, settings: dict[str, Any]) -> list[str]:
    """Files this run read, which no report may overwrite."""
    documents = [status.path for status in result.documents if status.status == "read"]
    return [*documents, *([str(settings["facts"])] if settings["facts"] else [])]


def say(message: str) -> None:
    """A message on stderr, with every control character made visible."""
    click.echo(f"auditor: {escape_control(message)}", err=True)
