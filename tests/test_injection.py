"""Nothing injected: control characters, workflow commands, mentions and
Markdown from documents, file names, facts and rule files stay inert in
every report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.reporters.escape import escape_control
from auditor.reporters.markdown import escape as escape_markdown

ESC_TITLE = "\x1b]0;pwned\x07"
CLEAR = "\x1b[2J"
BIDI = "\u202e"
FORGED_NAME = "x\n::error title=forged::pwned\n.txt"


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(
        f"{ESC_TITLE}Israeli AI startup Acme raised $5 million in 2024 {CLEAR}{BIDI}, said @octocat in #123.\n"
    )
    (tmp_path / "c" / FORGED_NAME).write_text("Acme raised $9 million in 2024.\n")
    (tmp_path / "facts.yaml").write_text(
        "- subject: Acme\n  attribute: country\n  value: US\n  note: \"see \\e[31m\\u202e @team #7\"\n"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(main, ["check", "c", "--facts", "facts.yaml", *args])


def test_escape_control_shows_every_dangerous_character():
    assert escape_control("a\x1b[2Jb\x07\x00\x7f\x85\u202e\u2066\u2028\t\r\nz") == (
        "a\\x1b[2Jb\\x07\\x00\\x7f\\x85\\u202e\\u2066\\u2028\\t\\r\\nz"
    )
    assert escape_control("line\nbreak", keep_newlines=True) == "line\nbreak"
    assert escape_control("plain text, é, 東京") == "plain text, é, 東京"


def test_text_format_shows_no_control_character_and_forges_no_command(hostile: Path):
    result = run("--format", "text")
    assert result.exit_code == 1, result.output
    for dangerous in ("\x1b", "\x07", BIDI):
        assert dangerous not in result.stdout
    assert "\\x1b]0;pwned\\x07" in result.stdout and "\\u202e" in result.stdout
    assert not any(line.startswith("::") for line in result.stdout.splitlines())
    assert "x\\n::error title=forged::pwned\\n.txt" in result.stdout
    assert "\\x1b[31m" in result.stdout  # the facts note
    # The carets stay under the figure, after the escapes before it.
    lines = result.stdout.splitlines()
    underlined = [
        lines[i][lines[i + 1].index("^") : lines[i + 1].index("^") + lines[i + 1].count("^")]
        for i, line in enumerate(lines[:-1])
        if line.startswith("   | ") and "^" in lines[i + 1] and "\\x07Israeli" in line
    ]
    assert "$5 million" in underlined


def test_coloured_text_keeps_only_its_own_escape_sequences(hostile: Path, monkeypatch):
    from auditor.reporters import RenderOptions, render
    from auditor.reporters.json_report import load_report

    report = load_report(run("--format", "json").stdout)
    coloured = render(report, "text", RenderOptions(color=True))
    assert "]0;pwned" not in coloured.replace("\\x1b]0;pwned", "")
    assert "\x1b[2J" not in coloured and BIDI not in coloured


def test_github_annotations_cannot_be_forged(hostile: Path):
    result = run("--format", "github")
    lines = result.stdout.splitlines()
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert not any("title=forged" in line.split("::", 2)[1] for line in lines)
    assert "\x1b" not in result.stdout and BIDI not in result.stdout


def test_stderr_messages_escape_file_names(hostile: Path):
    (hostile / "c" / f"empty{CLEAR}.txt").write_text("")
    result = run("--format", "json")
    assert "\x1b" not in result.stderr


def test_markdown_neutralises_mentions_and_issue_references(hostile: Path):
    result = run("--format", "markdown")
    assert "@octocat" not in result.stdout and "@&#8203;octocat" in result.stdout
    assert "\\#&#8203;123" in result.stdout and "\\#123" not in result.stdout
    assert "@&#8203;team" in result.stdout
    assert "\x1b" not in result.stdout and BIDI not in result.stdout
    assert escape_markdown("ask @a/b-team, GH-42 and #9") == "ask @&#8203;a/b-team, GH&#8203;-42 and \\#&#8203;9"


def test_sarif_help_is_escaped_and_backslashes_are_kept(tmp_path: Path, monkeypatch):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "loud.yaml").write_text(
        "kind: figure-mismatch\nseverity: error\n"
        "summary: 'Click [here](javascript:alert(1)) <img src=x onerror=alert(1)> @admins'\n"
        "rationale: '![tracker](https://evil.example/p.png)'\n"
        "message: '{subject}: {first} vs {second}'\n"
    )
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "back\\slash.txt").write_text("Acme raised $5 million in 2024.\n")
    (tmp_path / "c" / "b.txt").write_text("Acme raised $9 million in 2024.\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "c", "--rules", "rules", "--format", "sarif"])
    log = json.loads(result.stdout)
    (loud,) = [r for r in log["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "loud"]
    markdown = loud["help"]["markdown"]
    assert "<img" not in markdown and "&lt;img" in markdown
    assert "](javascript" not in markdown and "!\\[tracker\\]" in markdown
    assert "@&#8203;admins" in markdown
    uris = {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for result in log["runs"][0]["results"]
        for location in [*result["locations"], *result.get("relatedLocations", [])]
    }
    assert "c/back%5Cslash.txt" in uris
    assert "back/slash" not in json.dumps(log)
