"""Issue 11, points 2 and 3: the conventions of the linters users know, and CI
that shows its findings (ruff, sqlfluff and Vale users expect these)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main

A = "Nordvik Shipping raised $245 million in funding in 2019 to build electric ferries.\n"
B = "Nordvik Shipping raised $90 million in funding in 2019 to build electric ferries.\n"
# A figure mismatch (error) and a year mismatch (warning) between two documents.
C = "Halvard Energy raised $30 million in a Series B round in 2021.\n"
D = "Halvard Energy raised $30 million in a Series B round in 2023.\n"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in {"corpus/a.txt": A, "corpus/c.txt": C, "draft.txt": B, "later.txt": D}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def run(*args: str, input: bytes | None = None, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, ["check", *args, "--no-progress"], input=input, env=env)


def rules_found(result) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(f["rule"] for f in json.loads(result.stdout)["findings"])


# --------------------------------------------------------------------------- --select / --ignore / severity


def test_select_and_ignore_rules(project: Path) -> None:
    everything = run("corpus/", "draft.txt", "later.txt", "-f", "json")
    assert rules_found(everything) == ["figure-mismatch", "year-mismatch"]
    assert rules_found(run("corpus/", "draft.txt", "later.txt", "-f", "json", "--select", "year-mismatch")) == ["year-mismatch"]
    assert rules_found(run("corpus/", "draft.txt", "later.txt", "-f", "json", "--ignore", "figure-mismatch")) == ["year-mismatch"]
    both = run("corpus/", "draft.txt", "later.txt", "-f", "json", "--select", "figure-mismatch,year-mismatch", "--ignore", "year-mismatch")
    assert rules_found(both) == ["figure-mismatch"]
    # Only the selected rules are described in the report.
    assert [r["id"] for r in json.loads(both.stdout)["rules"]] == ["figure-mismatch"]


def test_unknown_selector_is_an_error_with_suggestions(project: Path) -> None:
    result = run("corpus/", "--select", "figure-mismatc")
    assert result.exit_code == 2
    assert "--select/--ignore: no rule matches 'figure-mismatc'; did you mean: figure-mismatch" in result.stderr


def test_pyproject_select_ignore_and_per_rule_severity(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.auditor]\nignore = ["year-mismatch"]\nformat = "json"\n\n'
        '[tool.auditor.severity]\nfigure-mismatch = "warning"\n',
        encoding="utf-8",
    )
    result = run("corpus/", "draft.txt", "later.txt")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["rule"], f["severity"]) for f in findings] == [("figure-mismatch", "warning")]
    # A warning does not fail the default --fail-on error.
    assert result.exit_code == 0
    # --select on the command line replaces the configured selection; ignore still applies.
    assert rules_found(run("corpus/", "draft.txt", "later.txt", "--select", "year-mismatch")) == []


def test_severity_overrides_a_graded_rule_and_bad_levels_are_errors(project: Path) -> None:
    graded = run("corpus/", "later.txt", "-f", "json")
    assert [(f["rule"], f["severity"]) for f in json.loads(graded.stdout)["findings"]] == [("year-mismatch", "error")]
    (project / "pyproject.toml").write_text('[tool.auditor.severity]\nyear-mismatch = "info"\n', encoding="utf-8")
    result = run("corpus/", "later.txt", "-f", "json")
    assert [(f["rule"], f["severity"]) for f in json.loads(result.stdout)["findings"]] == [("year-mismatch", "info")]
    assert [(r["id"], r["severity"]) for r in json.loads(result.stdout)["rules"] if r["id"] == "year-mismatch"] == [("year-mismatch", "info")]
    assert result.exit_code == 0
    (project / "pyproject.toml").write_text('[tool.auditor.severity]\nyear-mismatch = "off"\n', encoding="utf-8")
    bad = run("corpus/")
    assert bad.exit_code == 2
    assert "[tool.auditor] severity.year-mismatch: must be one of: error, warning, info" in bad.stderr
    (project / "pyproject.toml").write_text('[tool.auditor.severity]\nyear-mismatches = "info"\n', encoding="utf-8")
    unknown = run("corpus/")
    assert unknown.exit_code == 2 and "no rule matches 'year-mismatches'" in unknown.stderr


# --------------------------------------------------------------------------- --exclude / exclude = [...]


def test_exclude_on_the_command_line_and_in_pyproject(project: Path) -> None:
    (project / "corpus" / "drafts").mkdir()
    (project / "corpus" / "drafts" / "old.txt").write_text(B, encoding="utf-8")
    assert rules_found(run("corpus/", "-f", "json")) == ["figure-mismatch"]
    excluded = run("corpus/", "-f", "json", "--exclude", "drafts/")
    assert rules_found(excluded) == []
    assert [d["path"] for d in json.loads(excluded.stdout)["documents"]] == ["corpus/a.txt", "corpus/c.txt"]
    (project / "pyproject.toml").write_text('[tool.auditor]\nexclude = ["/corpus/drafts"]\n', encoding="utf-8")
    assert rules_found(run("corpus/", "-f", "json")) == []
    # A named folder whose every document is excluded gives nothing to audit: an error, not a silent pass.
    nothing = run("corpus/", "--exclude", "*.txt")
    assert nothing.exit_code == 2
    assert nothing.stderr == "auditor: corpus: every document in this folder is excluded (--exclude, or exclude in [tool.auditor])\n"


# --------------------------------------------------------------------------- stdin


def test_stdin_with_a_filename_is_checked_against_the_corpus(project: Path) -> None:
    result = run("-", "--stdin-filename", "drafts/new.md", "--against", "corpus/", "-f", "concise", input=B.encode())
    assert result.exit_code == 1, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("drafts/new.md:1:25: error[figure-mismatch] ")


def test_stdin_replaces_the_saved_copy_of_the_same_file(project: Path) -> None:
    # An editor checks its unsaved buffer of corpus/a.txt: the buffer, not the file on disk, is audited.
    result = run("-", "--stdin-filename", "corpus/a.txt", "--against", "corpus/", "-f", "json", input=B.replace("$90", "$245").encode())
    assert result.exit_code == 0, result.output
    assert [d["path"] for d in json.loads(result.stdout)["documents"]] == ["corpus/a.txt", "corpus/c.txt"]


def test_stdin_errors(project: Path) -> None:
    latin = run("-", "--stdin-filename", "x.txt", input="café au lait".encode("latin-1"))
    assert latin.exit_code == 2
    assert latin.stderr == "auditor: x.txt (standard input): not valid UTF-8: invalid byte 0xe9 at line 1, column 4\n"
    docx = run("-", "--stdin-filename", "x.docx", input=b"PK")
    assert docx.exit_code == 2 and "x.docx (standard input): unsupported file type" in docx.stderr
    lonely = run("corpus/", "--stdin-filename", "x.txt")
    assert lonely.exit_code == 2 and "add '-' to PATHS" in lonely.output
    plain = run("-", input=b"Nothing to see.\n")
    assert plain.exit_code == 0 and "1 document read" in plain.stdout


# --------------------------------------------------------------------------- concise, -f/-o, colour


def test_concise_is_one_line_per_finding(project: Path) -> None:
    result = run("corpus/", "draft.txt", "later.txt", "-f", "concise")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("corpus/a.txt:1:25: error[figure-mismatch] Nordvik Shipping's funding round: $245 million")
    assert lines[1].startswith("corpus/c.txt:1:23: error[year-mismatch] Halvard Energy's funding round: $30 million in 2021")
    assert lines[2:] == ["4 documents read (0 skipped), 8 claims, 2 linked facts, findings: 2 errors, 0 warnings, 0 infos"]


def test_short_options(project: Path) -> None:
    result = run("corpus/", "draft.txt", "-f", "sarif", "-o", "out/report.sarif")
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads((project / "out" / "report.sarif").read_text())["version"] == "2.1.0"


@pytest.mark.parametrize(("env", "coloured"), [({}, False), ({"FORCE_COLOR": "1"}, True), ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False)])
def test_force_color(project: Path, env: dict[str, str], coloured: bool) -> None:
    for fmt in ("text", "concise"):
        result = run("corpus/", "draft.txt", "-f", fmt, env=env)
        assert ("\x1b[" in result.stdout) is coloured, (fmt, env)
    # Machine formats never carry colour.
    assert "\x1b[" not in run("corpus/", "draft.txt", "-f", "github", env=env).stdout


# --------------------------------------------------------------------------- CI


def test_github_goes_to_stdout_beside_output_dir(project: Path) -> None:
    result = run("draft.txt", "--against", "corpus/", "-f", "github", "-f", "sarif", "--output-dir", "reports/ci")
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=draft.txt,line=1,col=25,")
    assert sorted(p.name for p in (project / "reports" / "ci").iterdir()) == ["report.github.txt", "report.sarif"]


def test_against_reports_at_the_file_under_review(project: Path) -> None:
    # The corpus file sorts first, but the finding is about the draft.
    (project / "zz-draft.txt").write_text(B, encoding="utf-8")
    result = run("zz-draft.txt", "--against", "corpus/", "-f", "sarif")
    (finding,) = json.loads(result.stdout)["runs"][0]["results"]
    primary = finding["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    related = [r["physicalLocation"]["artifactLocation"]["uri"] for r in finding["relatedLocations"]]
    assert (primary, related) == ("zz-draft.txt", ["corpus/a.txt"])
    github = run("zz-draft.txt", "--against", "corpus/", "-f", "github")
    assert github.stdout.startswith("::error file=zz-draft.txt,")
    text = run("zz-draft.txt", "--against", "corpus/")
    assert text.stdout.startswith("zz-draft.txt:1:25: error[figure-mismatch]")


def test_step_summary_is_appended_and_lists_what_annotations_leave_out(project: Path) -> None:
    summary = project / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    # Twelve drafts, each contradicting the corpus: GitHub annotates ten errors.
    names = []
    (project / "drafts").mkdir()
    for number, company in enumerate(COMPANIES):
        (project / "corpus" / f"{company}.txt").write_text(A.replace("Nordvik", company), encoding="utf-8")
        name = f"drafts/{number:02d}.txt"
        (project / name).write_text(B.replace("Nordvik", company), encoding="utf-8")
        names.append(name)
    (project / "corpus" / "notes.pdf").write_bytes(b"%PDF")
    result = run(*names, "--against", "corpus/", "-f", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.exit_code == 1
    assert result.stdout.count("::error ") == 12
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n## auditor: 12 errors, 0 warnings, 0 infos in 26 documents\n")
    assert "### Skipped files (1)\n\n- corpus/notes.pdf: unsupported file type" in text
    assert "### Findings not shown as annotations (2)" in text
    hidden = text.split("### Findings not shown as annotations")[1]
    assert "[drafts/10.txt:1](drafts/10.txt#L1)" in hidden and "[drafts/11.txt:1](drafts/11.txt#L1)" in hidden
    assert "drafts/09.txt" not in hidden


COMPANIES = ["Alder", "Birchwood", "Cedarline", "Dunmore", "Elmstead", "Fernhill", "Glenrock", "Hollins", "Ivybridge", "Juniper", "Kestrel", "Larchmont"]


def test_an_unwritable_step_summary_is_a_warning(project: Path) -> None:
    result = run("draft.txt", "--against", "corpus/", env={"GITHUB_STEP_SUMMARY": str(project / "no-such-dir" / "s.md")})
    assert result.exit_code == 1  # the findings decide, as without a summary
    assert "auditor: warning: cannot append to GITHUB_STEP_SUMMARY" in result.stderr


def test_no_step_summary_without_the_variable(project: Path) -> None:
    run("draft.txt", "--against", "corpus/")
    assert not any(p.suffix == ".md" for p in project.iterdir())
