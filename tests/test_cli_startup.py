"""``auditor --help`` answers without importing the pipeline."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from auditor.cli import COMMANDS, main

PIPELINE = ("auditor.model", "auditor.engine", "auditor.extract", "auditor.link", "auditor.checks", "auditor.store",
            "auditor.sources", "auditor.reporters", "auditor.segment", "pydantic", "pint", "rapidfuzz", "yaml")  # fmt: skip


def modules_after(*arguments: str, env: dict[str, str] | None = None) -> set[str]:
    program = (
        "import sys\nfrom auditor.cli import main\n"
        f"try:\n    main({list(arguments)!r})\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True, env=env)
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


def test_a_text_check_imports_no_other_reporter_nor_reader(tmp_path):
    """A text file checked against a stored corpus, reported as text, loads neither
    the other reporters (the HTML one brings jinja2) nor the Markdown and HTML
    readers, nor multiprocessing for one process."""
    import os

    corpus, new = tmp_path / "corpus", tmp_path / "new.txt"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Nordvik Shipping raised $245 million in 2019.\n", encoding="utf-8")
    new.write_text("Nordvik Shipping raised $90 million in 2019.\n", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "home-cache")}
    store = ["--cache-dir", str(tmp_path / "cache")]
    modules_after("check", str(corpus), *store, env=env)  # the store made, with the compiled knowledge
    # A new file against the corpus, as CI checks one: extracted with the
    # knowledge kept in the store (without it, pint's units bring in more).
    loaded = modules_after("check", str(new), "--against", str(corpus), *store, "-f", "text", env=env)
    assert "auditor.engine" in loaded and "auditor.reporters.text" in loaded
    unwanted = ("jinja2", "auditor.reporters.html", "auditor.reporters.markdown", "auditor.reporters.sarif",
                "auditor.sources.html", "auditor.sources.markdown", "multiprocessing")  # fmt: skip
    assert not [m for m in loaded if m.startswith(unwanted)]


def test_every_format_renders_through_the_lazy_table():
    from auditor.reporters import ALIASES, FORMATS, canonical_format

    assert list(FORMATS) == ["text", "concise", "json", "markdown", "html", "sarif", "github"]
    assert all(callable(FORMATS[name]) for name in FORMATS) and len(FORMATS) == 7
    assert canonical_format("md") == "markdown" and set(ALIASES.values()) <= set(FORMATS)
    with pytest.raises(KeyError):
        FORMATS["pdf"]
