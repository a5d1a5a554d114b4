"""The ``auditor`` command line: one module per command, assembled here."""

from __future__ import annotations

import click

from auditor import __version__
from auditor.cli.check_command import check
from auditor.cli.claims_command import claims
from auditor.cli.report_command import report
from auditor.cli.rules_command import explain, rules


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="auditor")
def main() -> None:
    """Audit prose for contradicting figures, dates and attributions."""


for command in (claims, check, rules, explain, report):
    main.add_command(command)
