"""The ``auditor`` command line: one module per command, assembled here.

A command's module is imported only when that command runs: ``auditor
--help`` and ``auditor --version`` import click and nothing of the
pipeline, so they answer at once. The one-line help of each command is
therefore written here too; a test keeps it equal to the command's own.
"""

from __future__ import annotations

import importlib

import click

from auditor import __version__
from auditor.cli.boundary import AuditorGroup

# name -> (module, attribute, one-line help as the command itself gives it)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "check": (
        "auditor.cli.check_command",
        "check",
        "Audit PATHS (files or folders; - for standard input) for contradicting figures, dates and attributions.",
    ),
    "claims": ("auditor.cli.claims_command", "claims", "List the claims (figures, dates, attributes) read from PATHS."),
    "explain": (
        "auditor.cli.rules_command",
        "explain",
        "Explain RULE: what it reports, why it matters, its parameters and examples.",
    ),
    "report": (
        "auditor.cli.report_command",
        "report",
        "Render REPORT.json (written by `auditor check --format json`) in another format.",
    ),
    "rules": ("auditor.cli.rules_command", "rules", "List the rules: id, kind, severity and summary."),
}


class LazyGroup(AuditorGroup):
    """A group that imports a command's module only to run (or describe) that
    command, inside the process boundary (exit codes 3 and 130)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute, _ = COMMANDS[name]
        return getattr(importlib.import_module(module), attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # As click.Group does, from the help written above instead of the commands.
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [(name, click.Command(name, help=COMMANDS[name][2]).get_short_help_str(limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="auditor")
@click.option(
    "--debug",
    is_flag=True,
    envvar="AUDITOR_DEBUG",
    help="On an internal error (exit code 3), show the traceback (also AUDITOR_DEBUG=1).",
)
def main(debug: bool) -> None:
    """Audit prose for contradicting figures, dates and attributions.

    Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 bad input
    or configuration, 3 internal error, 130 interrupted.
    """
