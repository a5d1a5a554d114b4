"""The ``auditor`` command line: one module per command, assembled here."""

from __future__ import annotations

import click

from auditor import __version__
from auditor.cli.boundary import AuditorGroup
from auditor.cli.check_command import check
from auditor.cli.claims_command import claims
from auditor.cli.report_command import report
from auditor.cli.rules_command import explain, rules


@click.group(cls=AuditorGroup, context_settings={"help_option_names": ["-h", "--help"]})
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


for command in (claims, check, rules, explain, report):
    main.add_command(command)
