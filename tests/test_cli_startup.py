"""``auditor --help`` answers without importing the pipeline."""

from __future__ import annotations

import subprocess
import sys

import click
from click.testing import CliRunner

from auditor.cli import COMMANDS, main

PIPELINE = ("auditor.model", "auditor.engine", "auditor.extract", "auditor.link", "auditor.checks", "auditor.store",
            "auditor.sources", "auditor.reporters", "auditor.segment", "pydantic", "pint", "rapidfuzz", "yaml")  # fmt: skip


def modules_after(*arguments: str) -> set[str]:
    program = (
        "import sys\nfrom auditor.cli import main\n"
        f"try:\n    main({list(arguments)!r})\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    return set(done.stderr.split())


def test_help_and_version_import_no_pipeline_module():
    for arguments in (["--help"], ["--version"]):
        loaded = modules_after(*arguments)
        assert not [m for m in loaded if m.startswith(PIPELINE)], arguments


def test_a_command_still_imports_what_it_needs():
    assert "auditor.engine" in modules_after("check", "--help")


def test_the_help_of_each_command_is_the_commands_own():
    for name, (module, attribute, short) in COMMANDS.items():
        command = main.get_command(click.Context(main), name)
        assert command is not None and command.name == name
        assert short == " ".join(command.help.strip().split("\n\n")[0].split()), name


def test_help_lists_every_command():
    output = CliRunner().invoke(main, ["--help"]).output
    for name in COMMANDS:
        assert f"  {name} " in output
    assert CliRunner().invoke(main, ["nonsense"]).exit_code == 2


def test_the_program_tunes_the_collector_and_calling_the_command_line_does_not():
    """``auditor`` (``auditor.launch``) runs with the collector's young threshold
    raised from the start and leaves what it holds to the system at exit;
    calling the command line in-process leaves the caller's collector as it was."""
    import gc

    program = (
        "import gc, sys\n"
        "sys.argv = ['auditor', '--version']\n"
        "from auditor.launch import run\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "print(gc.get_threshold()[0], gc.get_freeze_count() > 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    young, frozen = done.stdout.split()[-2:]
    assert int(young) > 700 and frozen == "True"
    before = gc.get_threshold(), gc.get_freeze_count()
    assert CliRunner().invoke(main, ["--version"]).exit_code == 0
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
