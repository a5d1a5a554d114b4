from __future__ import annotations

import io
import json
import os
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from reporter_fixtures import build_result

from auditor.cli import output
from auditor.cli import report_files
from auditor.cli.output import emit, make_progress, should_color
from auditor.cli.report_files import write_report as write_atomic
from auditor.cli.report_command import report
from auditor.reporters import render


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_write_atomic_creates_parents_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "report.json"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert target.read_text() == "two"
    assert os.listdir(target.parent) == ["report.json"]


def test_write_atomic_leaves_old_file_when_interrupted(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")

    def boom(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(report_files.os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["report.json"]


def test_output_dir_writes_default_formats(tmp_path: Path) -> None:
    emit(build_result(), [], None, tmp_path / "out", io.StringIO())
    assert sorted(os.listdir(tmp_path / "out")) == ["report.html", "report.json", "report.md", "report.sarif"]
    assert (tmp_path / "out" / "report.md").read_text() == render(build_result(), "markdown")


def test_output_dir_with_formats(tmp_path: Path) -> None:
    emit(build_result(), ["text", "github", "md"], None, tmp_path, io.StringIO())
    assert sorted(os.listdir(tmp_path)) == ["report.github.txt", "report.md", "report.txt"]


def test_output_file_and_extension_inference(tmp_path: Path) -> None:
    emit(build_result(), ["sarif"], tmp_path / "x.json", None, io.StringIO())
    assert json.loads((tmp_path / "x.json").read_text())["version"] == "2.1.0"
    emit(build_result(), [], tmp_path / "y.html", None, io.StringIO())
    assert (tmp_path / "y.html").read_text().startswith("<!DOCTYPE html>")
    with pytest.raises(click.UsageError, match="--format"):
        emit(build_result(), [], tmp_path / "z.out", None, io.StringIO())


@pytest.mark.parametrize(
    "formats, out, out_dir, message",
    [
        (["json", "html"], "r.json", None, "--output takes one format"),
        (["json", "html"], None, None, "standard output takes one format"),
        (["json"], "r.json", "dir", "not both"),
        (["pdf"], None, None, "unknown report format"),
    ],
)
def test_usage_errors(tmp_path: Path, formats, out, out_dir, message) -> None:
    with pytest.raises(click.UsageError, match=message):
        emit(
            build_result(), formats,
            tmp_path / out if out else None, tmp_path / out_dir if out_dir else None, io.StringIO(),
        )
    assert os.listdir(tmp_path) == []


def test_stream_defaults_to_text_and_colours_only_terminals(monkeypatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    plain = io.StringIO()
    emit(build_result(), [], None, None, plain)
    assert plain.getvalue() == render(build_result(), "text")
    tty = _Tty()
    emit(build_result(), [], None, None, tty)
    assert "\x1b[" in tty.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    assert should_color(_Tty()) is False


def test_progress_is_a_no_op_off_terminal(monkeypatch) -> None:
    stream = io.StringIO()
    with make_progress(stream, enabled=True) as progress:
        task = progress.add_task("Reading", total=2)
        progress.advance(task)
    assert stream.getvalue() == ""
    monkeypatch.setenv("CI", "true")
    tty = _Tty()
    with make_progress(tty, enabled=True) as progress:
        progress.advance(progress.add_task("Reading", total=1))
    assert tty.getvalue() == ""


def test_progress_on_a_terminal(monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with make_progress(_Tty(), enabled=True) as progress:
        task = progress.add_task("Reading", total=3)
        progress.advance(task, 3)
        assert progress.tasks[0].completed == 3


def test_report_command_renders_saved_json(tmp_path: Path) -> None:
    saved = tmp_path / "report.json"
    saved.write_text(render(build_result(), "json"))
    runner = CliRunner()
    outcome = runner.invoke(report, [str(saved), "--format", "html", "--output", str(tmp_path / "x.html")])
    assert outcome.exit_code == 0, outcome.output
    assert (tmp_path / "x.html").read_text() == render(build_result(), "html")
    outcome = runner.invoke(report, [str(saved), "--output-dir", str(tmp_path / "all")])
    assert outcome.exit_code == 0, outcome.output
    assert len(os.listdir(tmp_path / "all")) == 4
    outcome = runner.invoke(report, [str(saved), "--format", "github"])
    assert outcome.exit_code == 0
    assert outcome.output == render(build_result(), "github")
    outcome = runner.invoke(report, [str(saved), "-f", "md", "--link-base", "https://example.org/r/blob/abc"])
    assert "(https://example.org/r/blob/abc/docs/alpha.txt#L2)" in outcome.output


def test_github_is_printed_beside_the_files_of_output_dir(tmp_path: Path) -> None:
    stream = io.StringIO()
    emit(build_result(), ["github", "sarif"], None, tmp_path, stream)
    assert stream.getvalue() == render(build_result(), "github")
    assert sorted(os.listdir(tmp_path)) == ["report.github.txt", "report.sarif"]
    quiet = io.StringIO()
    emit(build_result(), ["sarif"], None, tmp_path, quiet)
    assert quiet.getvalue() == ""


@pytest.mark.parametrize(
    "content, message",
    [
        ("{oops", "report.json:1: not valid JSON"),
        ('{"schema_version": 7, "tool": {"version": "1"}}', "is not an auditor JSON report: unsupported schema_version 7"),
    ],
)
def test_report_command_rejects_bad_input(tmp_path: Path, content: str, message: str) -> None:
    saved = tmp_path / "report.json"
    saved.write_text(content)
    outcome = CliRunner().invoke(report, [str(saved), "--format", "text"])
    assert outcome.exit_code == 2
    assert message in outcome.output


def test_report_command_missing_file(tmp_path: Path) -> None:
    outcome = CliRunner().invoke(report, [str(tmp_path / "nope.json")])
    assert outcome.exit_code == 2
    assert "cannot read" in outcome.output


def test_report_command_two_formats_one_output(tmp_path: Path) -> None:
    saved = tmp_path / "report.json"
    saved.write_text(render(build_result(), "json"))
    outcome = CliRunner().invoke(report, [str(saved), "-f", "json", "-f", "html", "-o", str(tmp_path / "x")])
    assert outcome.exit_code == 2
    assert "--output-dir" in outcome.output
