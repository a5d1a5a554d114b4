from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli.check_command import check
from auditor.cli.rules_command import explain, rules
from auditor.checks.rulefile import load_rules

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "sources"
SEED_FACTS = REPO / "rules" / "facts" / "seed-facts.yaml"

A = "Nordvik Shipping raised $245 million in funding in 2019 to build electric ferries.\n"
B = "Nordvik Shipping raised $90 million in funding in 2019 to build electric ferries.\n"
QUIET = "Lakeside Hospital opened a new wing.\n"


@pytest.fixture()
def runner():
    return CliRunner()


def files(folder: Path, **texts: str) -> Path:
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def invoke(runner, folder, *args):
    # Run from a folder of its own so no pyproject.toml above the repo applies.
    work = folder / "cwd"
    work.mkdir(exist_ok=True)
    previous = Path.cwd()
    try:
        import os

        os.chdir(work)
        return runner.invoke(check, [str(a) for a in args], catch_exceptions=False)
    finally:
        os.chdir(previous)


def test_exit_code_1_on_errors_and_0_when_clean(runner, tmp_path):
    files(tmp_path, **{"a.txt": A, "b.txt": B, "c.txt": QUIET})
    result = invoke(runner, tmp_path, tmp_path / "a.txt", tmp_path / "b.txt", "--no-progress")
    assert result.exit_code == 1, result.output
    assert "figure-mismatch" in result.output
    assert invoke(runner, tmp_path, tmp_path / "c.txt").exit_code == 0
    never = invoke(runner, tmp_path, tmp_path / "a.txt", tmp_path / "b.txt", "--fail-on", "never")
    assert never.exit_code == 0


def test_json_output_to_file(runner, tmp_path):
    files(tmp_path, **{"a.txt": A, "b.txt": B})
    out = tmp_path / "report.json"
    result = invoke(runner, tmp_path, tmp_path / "a.txt", tmp_path / "b.txt", "--format", "json", "--output", out)
    assert result.exit_code == 1
    data = json.loads(out.read_text())
    assert any(f["rule"] == "figure-mismatch" for f in data["findings"])


def test_write_then_use_baseline(runner, tmp_path):
    files(tmp_path, **{"a.txt": A, "b.txt": B})
    baseline = tmp_path / "baseline.json"
    first = invoke(runner, tmp_path, tmp_path / "a.txt", tmp_path / "b.txt", "--write-baseline", baseline)
    assert first.exit_code == 1
    assert json.loads(baseline.read_text())["fingerprints"]
    second = invoke(runner, tmp_path, tmp_path / "a.txt", tmp_path / "b.txt", "--baseline", baseline)
    assert second.exit_code == 0, second.output


def test_against_limits_findings_to_new_documents(runner, tmp_path):
    files(tmp_path, **{"a.txt": A, "b.txt": B, "c.txt": QUIET})
    # a.txt and b.txt contradict each other; c.txt contradicts nothing.
    clean = invoke(runner, tmp_path, tmp_path / "c.txt", "--against", tmp_path / "a.txt", "--against", tmp_path / "b.txt")
    assert clean.exit_code == 0, clean.output
    dirty = invoke(runner, tmp_path, tmp_path / "b.txt", "--against", tmp_path / "a.txt")
    assert dirty.exit_code == 1


def test_exit_2_when_nothing_readable(runner, tmp_path):
    result = invoke(runner, tmp_path, tmp_path / "missing.txt")
    assert result.exit_code == 2
    assert result.stderr == f"auditor: {(tmp_path / 'missing.txt').as_posix()}: no such file or folder\n"


def test_exit_2_on_malformed_rule_file(runner, tmp_path):
    files(tmp_path, **{"a.txt": A})
    rules_dir = tmp_path / "myrules"
    rules_dir.mkdir()
    (rules_dir / "bad.yaml").write_text("kind: figure-mismatch\nseverity: error\nsummary: x\nmessage: m\nbogus: 1\n")
    result = invoke(runner, tmp_path, tmp_path / "a.txt", "--rules", rules_dir)
    assert result.exit_code == 2
    assert f"{rules_dir / 'bad.yaml'}:5: bogus:" in result.stderr


def test_exit_2_on_bad_facts_file(runner, tmp_path):
    files(tmp_path, **{"a.txt": A, "facts.yaml": "- subject: X\n  attribute: colour\n  value: red\n"})
    result = invoke(runner, tmp_path, tmp_path / "a.txt", "--facts", tmp_path / "facts.yaml")
    assert result.exit_code == 2 and "facts.yaml:2: attribute:" in result.stderr


def test_pyproject_defaults_and_unknown_key(runner, tmp_path, monkeypatch):
    files(tmp_path, **{"a.txt": A, "b.txt": B})
    cwd = tmp_path / "project"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    (Path(cwd) / "pyproject.toml").write_text('[tool.auditor]\nfail-on = "never"\nformat = "json"\n')
    result = runner.invoke(check, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["findings"]
    (Path(cwd) / "pyproject.toml").write_text('[tool.auditor]\nfail_on = "never"\n')
    bad = runner.invoke(check, [str(tmp_path / "a.txt")])
    assert bad.exit_code == 2 and "fail_on" in bad.stderr


def test_seed_corpus_with_seed_facts(runner, tmp_path):
    if not SOURCES.is_dir():
        pytest.skip("seed sources not present")
    result = invoke(runner, tmp_path, SOURCES, "--facts", SEED_FACTS, "--format", "json")
    assert result.exit_code == 1
    rules_found = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert {"year-mismatch", "reference-conflict", "timeline"} <= rules_found


def test_rules_lists_the_pack(runner):
    result = runner.invoke(rules, [])
    assert result.exit_code == 0
    for rule_id in ("figure-mismatch", "year-mismatch", "attribution-conflict", "timeline", "reference-conflict"):
        assert rule_id in result.output


def test_explain_shows_rationale_parameters_and_examples(runner):
    result = runner.invoke(explain, ["year-mismatch"])
    assert result.exit_code == 0
    assert "Why it matters" in result.output and "severity_by_evidence" in result.output
    assert "example-1.txt" in result.output


@pytest.mark.parametrize("rule", [rule.id for rule in load_rules()])
def test_explain_documents_every_shipped_rule(runner, rule):
    result = runner.invoke(explain, [rule])
    assert result.exit_code == 0, result.output
    assert "Why it matters" in result.output and "Parameters:" in result.output


def test_explain_unknown_rule_suggests_close_matches(runner):
    result = runner.invoke(explain, ["year-mismatc"])
    assert result.exit_code == 2 and "year-mismatch" in result.stderr


def _rules_root(tmp_path: Path, extra_entity: str = "") -> Path:
    """A copy of the shipped rules/ layout (checks/, entities.yaml, lexicon/)."""
    import shutil

    from auditor.resources import default_rules_dir

    root = tmp_path / "my-rules"
    shutil.copytree(default_rules_dir(), root, ignore=shutil.ignore_patterns("facts"))
    if extra_entity:
        with (root / "entities.yaml").open("a", encoding="utf-8") as handle:
            handle.write(extra_entity)
    return root


def _subjects(report: Path) -> set[str]:
    data = json.loads(report.read_text())
    return {claim["subject"] for claim in data["claims"] if claim.get("subject")}


def test_a_rules_folder_laid_out_as_the_shipped_one_brings_its_knowledge(runner, tmp_path):
    files(tmp_path, **{"a.txt": "ZDX raised $5 million in funding in 2019.\n"})
    alias = "- name: Zorblax Dynamics\n  type: organisation\n  aliases: [ZDX]\n"
    root = _rules_root(tmp_path, alias)
    shipped = invoke(runner, tmp_path, tmp_path / "a.txt", "--format", "json", "--output", tmp_path / "plain.json",
                     "--include-claims")  # fmt: skip
    custom = invoke(runner, tmp_path, tmp_path / "a.txt", "--rules", root, "--format", "json",
                    "--output", tmp_path / "custom.json", "--jobs", "2", "--include-claims")  # fmt: skip
    assert shipped.exit_code == 0 and custom.exit_code == 0, custom.output
    assert "Zorblax Dynamics" not in _subjects(tmp_path / "plain.json")
    assert "Zorblax Dynamics" in _subjects(tmp_path / "custom.json")


def test_the_knowledge_reaches_worker_processes(tmp_path):
    from auditor.cli.check_command import run_check

    alias = "- name: Zorblax Dynamics\n  type: organisation\n  aliases: [ZDX]\n"
    root = _rules_root(tmp_path, alias)
    documents = [files(tmp_path, **{f"d{i}.txt": "ZDX raised $5 million in funding in 2019.\n"}) / f"d{i}.txt" for i in range(60)]
    result, _ = run_check(documents, (), [root], None, None, None, jobs=2, include_claims=True)
    assert len(result.claims) >= 60
    assert all(c.subject and c.subject.name == "Zorblax Dynamics" for c in result.claims if c.kind == "money")


def test_exit_2_when_the_knowledge_of_a_rules_folder_is_incomplete(runner, tmp_path):
    files(tmp_path, **{"a.txt": A})
    root = tmp_path / "knowledge-only"
    root.mkdir()
    (root / "entities.yaml").write_text("entities: []\n", encoding="utf-8")
    result = invoke(runner, tmp_path, tmp_path / "a.txt", "--rules", root)
    assert result.exit_code == 2
    assert str(root) in result.stderr and "lexicon" in result.stderr


def test_exit_2_names_the_file_line_and_field_of_a_bad_entity(runner, tmp_path):
    files(tmp_path, **{"a.txt": A})
    root = _rules_root(tmp_path, "- name: Bad Co\n  type: company\n")
    line = len((root / "entities.yaml").read_text(encoding="utf-8").splitlines()) - 1
    result = invoke(runner, tmp_path, tmp_path / "a.txt", "--rules", root)
    assert result.exit_code == 2
    assert f"{root / 'entities.yaml'}:{line}: entities: type: 'company' is not one of" in result.stderr


def test_a_fact_about_a_subject_no_document_names_is_a_warning_with_its_line(runner, tmp_path):
    facts = (
        "- subject: Nordvik Shipping\n  attribute: founded\n  value: 1990\n"
        "- subject: Nordvick Shiping\n  attribute: country\n  value: 'NO'\n"
    )
    files(tmp_path, **{"a.txt": A, "facts.yaml": facts})
    result = invoke(runner, tmp_path, tmp_path / "a.txt", "--facts", tmp_path / "facts.yaml", "--format", "json")
    assert result.exit_code == 0, result.output
    facts_path = str(tmp_path / "facts.yaml")
    assert result.stderr == (
        f"auditor: {facts_path}:4: warning: reference fact about 'Nordvick Shiping' (country): no document "
        "read names this subject, so the fact is never checked (a misspelt subject?)\n"
    )
    (error,) = json.loads(result.stdout)["errors"]
    assert (error["path"], error["line"], error["level"]) == (facts_path, 4, "warning")
    text = invoke(runner, tmp_path, tmp_path / "a.txt", "--facts", tmp_path / "facts.yaml")
    assert f"{facts_path}:4: warning: reference fact about 'Nordvick Shiping'" in text.stdout
    # Without the rule that reads the facts there is nothing to warn about.
    quiet = invoke(runner, tmp_path, tmp_path / "a.txt", "--facts", tmp_path / "facts.yaml", "--ignore", "reference-conflict")
    assert quiet.stderr == ""


def test_help_shows_examples_exit_codes_and_what_reference_conflict_needs(runner):
    result = runner.invoke(check, ["--help"])
    assert result.exit_code == 0
    out = result.output
    assert "Examples:" in out and "auditor check draft.md --against sources/" in out
    assert "Exit codes:" in out and "  2  bad input or configuration" in out
    assert "reference-conflict rule needs trusted facts (--facts FILE" in out


def test_a_dated_founding_far_from_its_name_meets_the_reference_once(runner, tmp_path):
    # The attribute reader reads "X, founded in 2009"; a founding told after
    # a long description is read as a dated event, and compared all the same.
    files(
        tmp_path,
        **{
            "far.txt": "Corra Motors is a Spanish maker of electric vans and buses, founded in 2016 by two engineers.",
            "near.txt": "Lindell Bikes, founded in 1990, sells city bicycles.",
            "facts.yaml": "- {subject: Corra Motors, attribute: founded, value: 2015}\n"
            "- {subject: Lindell Bikes, attribute: founded, value: 1987}\n",
        },
    )
    result = invoke(
        runner, tmp_path, tmp_path / "far.txt", tmp_path / "near.txt", "--facts", tmp_path / "facts.yaml",
        "--format", "json", "--no-cache", "--fail-on", "never",
    )  # fmt: skip
    import json

    found = [f["message"] for f in json.loads(result.output)["findings"] if f["rule"] == "reference-conflict"]
    assert len(found) == 2, found
    assert any("Corra Motors" in m and "2016" in m for m in found)
    assert sum("Lindell Bikes" in m for m in found) == 1  # the attribute and the dated event: one finding
