"""The pre-commit hook manifest runs a real command on the changed documents."""

from __future__ import annotations

import re
import shlex
import shutil
import sys
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

from auditor.cli import main

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

REPO = Path(__file__).resolve().parents[1]
MANIFEST = REPO / ".pre-commit-hooks.yaml"


@pytest.fixture(scope="module")
def hook() -> dict:
    hooks = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(hooks, list)
    (found,) = [h for h in hooks if h.get("id") == "auditor"]
    return found


def test_manifest_has_the_fields_pre_commit_needs(hook: dict) -> None:
    for key in ("id", "name", "entry", "language", "description"):
        assert isinstance(hook.get(key), str) and hook[key].strip(), key
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True


@pytest.mark.parametrize(
    ("name", "matched"),
    [
        ("docs/a.txt", True),
        ("notes.md", True),
        ("notes.markdown", True),
        ("page.html", True),
        ("page.htm", True),
        ("script.py", False),
        ("data.json", False),
        ("notes.md.bak", False),
    ],
)
def test_files_pattern_selects_documents(hook: dict, name: str, matched: bool) -> None:
    # pre-commit applies ``files`` with re.search to the staged path.
    assert bool(re.search(hook["files"], name)) is matched


def test_entry_names_an_installed_click_command(hook: dict) -> None:
    program, command, *options = shlex.split(hook["entry"])
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    # The script quiets Ctrl-C, then runs the click group ``auditor.cli.main``.
    assert scripts[program] == "auditor.launch:run"
    assert command in main.commands
    cmd = main.commands[command]
    assert isinstance(cmd, click.Command)
    known = {opt for param in cmd.params for opt in getattr(param, "opts", [])}
    for option in options:
        if option.startswith("-"):
            assert option in known, f"{option} is not an option of 'auditor {command}'"


def _run_hook(hook: dict, repo: Path, files: list[str], monkeypatch: pytest.MonkeyPatch):
    _, *args = shlex.split(hook["entry"])
    monkeypatch.chdir(repo)
    # pre-commit appends the staged file names after the entry's own arguments.
    return CliRunner().invoke(main, [*args, *files])


@pytest.fixture
def user_repo(tmp_path: Path) -> Path:
    """A repository that keeps its corpus in sources/, like this one."""
    shutil.copytree(REPO / "sources", tmp_path / "sources")
    (tmp_path / "docs").mkdir()
    return tmp_path


def test_hook_reports_a_changed_document_that_contradicts_itself(
    hook: dict, user_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (user_repo / "docs" / "digest.txt").write_text(
        "Weekly digest\n\n"
        "As of 2021, the rollout is only beginning.\n\n"
        "Acme Robotics unveiled its new assembly line at the 2023 trade fair.\n",
        encoding="utf-8",
    )
    result = _run_hook(hook, user_repo, ["docs/digest.txt"], monkeypatch)
    assert result.exit_code in (0, 1), result.output
    assert result.exit_code == 1, result.output
    assert "docs/digest.txt" in result.output


def test_hook_passes_a_changed_document_without_contradictions(
    hook: dict, user_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (user_repo / "docs" / "notes.md").write_text(
        "# Notes\n\nThe meeting was friendly and nobody mentioned a figure.\n", encoding="utf-8"
    )
    (user_repo / "docs" / "page.html").write_text(
        "<html><body><p>A quiet week with little news.</p></body></html>\n", encoding="utf-8"
    )
    result = _run_hook(hook, user_repo, ["docs/notes.md", "docs/page.html"], monkeypatch)
    assert result.exit_code == 0, result.output


def test_hook_only_reports_findings_citing_the_changed_document(
    hook: dict, user_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The seed corpus contradicts itself, but those findings are old news: a
    # harmless changed file must not fail the commit because of them.
    (user_repo / "docs" / "harmless.txt").write_text("Nothing to see here.\n", encoding="utf-8")
    result = _run_hook(hook, user_repo, ["docs/harmless.txt"], monkeypatch)
    assert result.exit_code == 0, result.output
    assert "sources/" not in result.output.split("documents read")[0]
