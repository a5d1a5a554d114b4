"""The pre-commit hook manifest runs a real command on the changed documents."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
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
    program, command, *options = [*shlex.split(hook["entry"]), *hook.get("args", [])]
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    # The script quiets Ctrl-C, then runs the click group ``auditor.cli.main``.
    assert scripts[program] == "auditor.launch:run"
    # Commands are imported when asked for (auditor.cli.LazyGroup).
    assert command in main.list_commands(click.Context(main))
    cmd = main.get_command(click.Context(main), command)
    assert isinstance(cmd, click.Command)
    known = {opt for param in cmd.params for opt in getattr(param, "opts", [])}
    for option in options:
        if option.startswith("-"):
            assert option in known, f"{option} is not an option of 'auditor {command}'"


def test_the_corpus_comes_from_args(hook: dict) -> None:
    # The entry names no corpus: a repository sets its own through args.
    assert "--against" not in hook["entry"]
    assert hook["args"] == ["--against", "sources/"]


def _run_hook(hook: dict, repo: Path, files: list[str], monkeypatch: pytest.MonkeyPatch):
    _, *args = shlex.split(hook["entry"])
    monkeypatch.chdir(repo)
    # pre-commit appends the hook's args, then the staged file names, to the entry.
    return CliRunner().invoke(main, [*args, *hook["args"], *files])


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


# --------------------------------------------------------------------------- the real pre-commit

CONTRADICTING = (
    "Weekly digest\n\n"
    "Rapidus, the U.S. government-backed chipmaker, said it will open a second fab.\n"
)


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", "-c", "user.name=auditor-test", "-c", "user.email=test@example.invalid",
         "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
        cwd=cwd, capture_output=True, text=True, check=False,
    )  # fmt: skip


def _pre_commit_available() -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("pre-commit is a test extra: pip install '.[test]'")
        pytest.skip("pre-commit is not installed (pip install '.[test]')")


def _hook_repository(tmp_path: Path) -> tuple[Path, str]:
    """This checkout's package as a git repository pre-commit can install from."""
    hook_repo = tmp_path / "hook-repo"
    for name in ("auditor", "rules"):
        shutil.copytree(REPO / name, hook_repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(REPO / name, hook_repo / name)
    assert _git(hook_repo, "init", "-q").returncode == 0
    _git(hook_repo, "add", "-A")
    committed = _git(hook_repo, "commit", "-q", "-m", "auditor")
    assert committed.returncode == 0, committed.stderr
    return hook_repo, _git(hook_repo, "rev-parse", "HEAD").stdout.strip()


def test_pre_commit_refuses_a_contradicting_commit_with_the_corpus_from_args(tmp_path: Path) -> None:
    """A repository whose corpus is corpus/ (not sources/), the hook configured
    through args, a contradicting document committed: the commit is refused."""
    _pre_commit_available()
    hook_repo, rev = _hook_repository(tmp_path)
    user = tmp_path / "newsroom"
    shutil.copytree(REPO / "sources", user / "corpus")
    shutil.copy2(REPO / "rules" / "facts" / "seed-facts.yaml", user / "facts.yaml")
    (user / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {hook_repo.as_posix()}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: auditor\n"
        "        args: [--against, corpus/, --facts, facts.yaml]\n",
        encoding="utf-8",
    )
    _git(user, "init", "-q")
    _git(user, "add", "-A")
    assert _git(user, "commit", "-q", "-m", "corpus").returncode == 0
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    env.pop("GITHUB_STEP_SUMMARY", None)
    installed = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"], cwd=user, env=env, capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stderr

    (user / "corpus" / "weekly.txt").write_text(CONTRADICTING, encoding="utf-8")
    _git(user, "add", "corpus/weekly.txt")
    commit = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-m", "weekly digest"],
        cwd=user, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    output = commit.stdout + commit.stderr
    assert commit.returncode != 0, output
    assert "auditor (claim consistency)" in output and "Failed" in output
    assert "corpus/weekly.txt:3:14: error[reference-conflict] Rapidus" in output
    # Nothing was committed: the contradicting file is still only staged.
    assert _git(user, "log", "--oneline").stdout.count("\n") == 1

    # A harmless document passes the same hook.
    (user / "corpus" / "weekly.txt").write_text("Weekly digest\n\nA quiet week.\n", encoding="utf-8")
    _git(user, "add", "corpus/weekly.txt")
    clean = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-m", "quiet week"],
        cwd=user, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout + clean.stderr
