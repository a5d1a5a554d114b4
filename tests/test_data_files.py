"""The one loader for data files: limits, duplicate keys, lines, and every
YAML and JSON file of the tool going through it."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.baseline import BaselineError, parse_baseline
from auditor.checks.facts import FactsFileError, parse_facts
from auditor.checks.rulefile import RuleFileError, parse_rule
from auditor.cli import main
from auditor.data_files import (
    _NOT_READ,
    FRONT_MATTER_LIMITS,
    YAML_LIMITS,
    DataError,
    LineMap,
    Limits,
    _read_with_libyaml,
    load_json,
    load_yaml,
    load_yaml_file,
)
from auditor.regular_files import FileTooLarge, UnreadableFile, parse_size, read_regular_file
from auditor.sources import parse_document

REPO = Path(__file__).resolve().parents[1]


def billion_laughs(levels: int = 9, width: int = 9) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, levels):
        refs = ", ".join(f"*a{level - 1}" for _ in range(width))
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def error_of(text: str, **kwargs) -> DataError:
    """The error of reading ``text``: the same, word for word, when
    libyaml parses it (a text it cannot judge as PyYAML does is read again by PyYAML)."""
    with pytest.raises(DataError) as caught:
        load_yaml(text, "f.yaml", **kwargs)
    with pytest.raises(DataError) as caught_with_libyaml:
        load_yaml(text, "f.yaml", libyaml=True, **kwargs)
    assert (caught_with_libyaml.value.line, str(caught_with_libyaml.value)) == (caught.value.line, str(caught.value))
    return caught.value


def as_read(data):
    """``data`` with every type and every line a LineMap knows spelled out (True == 1 in Python)."""
    if isinstance(data, LineMap):
        return ("LineMap", data.line, sorted(data.key_lines.items(), key=repr), [(as_read(k), as_read(v)) for k, v in data.items()])
    if isinstance(data, dict):
        return ("dict", [(as_read(k), as_read(v)) for k, v in data.items()])
    if isinstance(data, (list, tuple, set, frozenset)):
        return (type(data).__name__, [as_read(item) for item in data])
    return (type(data).__name__, repr(data))


def test_libyaml_reads_every_yaml_file_of_the_shipped_rules_as_pyyaml_does():
    files = sorted(path for path in (REPO / "rules").rglob("*") if path.suffix in (".yaml", ".yml"))
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8-sig")
        assert _read_with_libyaml(text, YAML_LIMITS) is not _NOT_READ, path  # read by libyaml, not again by PyYAML
        assert as_read(load_yaml(text, path, libyaml=True)) == as_read(load_yaml(text, path)), path


@pytest.mark.parametrize(
    "text",
    ["a: &x [1]\nb: *x\n", "a: x\x85y\n", "- " * 70 + "x\n", "a: [1\n", "a: 1\n---\nb: 2\n", "", "# nothing\n"],
)
def test_what_libyaml_cannot_judge_as_pyyaml_does_is_left_to_pyyaml(text):
    assert _read_with_libyaml(text, YAML_LIMITS) is _NOT_READ


# --------------------------------------------------------------------------- YAML limits


def test_alias_bomb_is_refused_before_anything_is_built():
    error = error_of(billion_laughs())
    assert error.line == 2  # the first alias
    assert "aliases expand to" in error.message and "10,000" in error.message
    assert str(error).startswith("f.yaml:2: ")


@pytest.mark.parametrize("libyaml", [False, True])
def test_a_few_aliases_are_fine_and_merge_keys_may_override(libyaml):
    data = load_yaml("base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  x: 3\nd: [*b, *b]\n", "f.yaml", libyaml=libyaml)
    assert data["c"] == {"x": 3, "y": 2}
    assert data["d"] == [{"x": 1, "y": 2}] * 2


@pytest.mark.parametrize("text", ["&a [*a]", "&a {x: *a}", "a: &x\n  b: *x\n"])
def test_recursive_aliases_are_refused(text):
    error = error_of(text)
    assert "contains it" in error.message and error.line == 1


def test_nesting_past_the_depth_limit_is_refused_with_its_line():
    deep = "a:\n" + "".join("  " * depth + f"k{depth}:\n" for depth in range(1, 80)) + "  " * 80 + "v\n"
    error = error_of(deep)
    assert "nested more than 64 levels" in error.message
    assert error.line == 65
    flow = "[" * 10_000 + "]" * 10_000
    assert "nested more than" in error_of(flow).message


@pytest.mark.parametrize(
    ("text", "line", "first"),
    [("severity: error\nkind: x\nseverity: info\n", 3, 1), ("{a: 1, a: 2}", 1, 1), ("- a: 1\n  b: 2\n  a: 3\n", 3, 1)],
)
def test_duplicate_keys_are_refused(text, line, first):
    error = error_of(text)
    assert error.line == line
    assert f"duplicate key 'a'" in error.message or "duplicate key 'severity'" in error.message
    assert f"first given on line {first}" in error.message


def test_size_limit_is_checked_before_parsing():
    error = error_of("a: " + "x" * 2_000 + "\n", limits=Limits(max_bytes=1_000))
    assert error.line is None and "too large" in error.message
    assert str(error) == f"f.yaml: {error.message}"  # no line, never line 0


def test_syntax_errors_point_at_a_real_line():
    error = error_of("a: 1\nb: [unclosed\nc: 2\n")
    assert error.line == 3 and error.message.startswith("malformed YAML")
    # Front matter starts on the file's second line.
    assert error_of("a: 1\nb: [\n", first_line=2).line == 4


def test_characters_yaml_refuses_are_a_data_error_with_their_line():
    error = error_of("a: 1\nb: x\x7fy\n")
    assert error.line == 2 and "U+007F is not allowed" in error.message
    (problem,) = parse_document("c.md", "---\ntitle: \x1b]0;x\x07\n---\nBody.\n".encode()).problems
    assert problem.line == 2 and "not allowed in YAML" in problem.message


def test_values_python_cannot_hold_are_a_data_error_with_their_line():
    assert "cannot read this value" in error_of("a: 1\nb: " + "9" * 5_000 + "\n").message
    assert error_of("a: 1\nb: " + "9" * 5_000 + "\n").line == 2
    assert error_of("when: 2024-13-45\n").line == 1


def test_no_tag_runs_code():
    error = error_of("!!python/object/apply:os.system ['true']")
    assert "could not determine a constructor" in error.message


@pytest.mark.parametrize("libyaml", [False, True])
def test_mappings_know_their_lines(libyaml):
    data = load_yaml("top: 1\nnested:\n  inner: 2\nitems:\n  - name: x\n", "f.yaml", libyaml=libyaml)
    assert data.line == 1 and data.key_lines == {"top": 1, "nested": 2, "items": 4}
    assert data["nested"].key_lines == {"inner": 3}
    assert data["items"][0].line == 5


# --------------------------------------------------------------------------- JSON


def test_json_duplicate_keys_depth_and_errors():
    with pytest.raises(DataError, match="duplicate key 'a'") as caught:
        load_json('{\n"a": 1,\n"a": 2}', "r.json")
    assert caught.value.line == 3
    with pytest.raises(DataError, match="nested more than 64 levels deep") as caught:
        load_json("[" * 100_000 + "]" * 100_000, "r.json")
    assert caught.value.line == 1
    with pytest.raises(DataError, match="nested more than 64"):
        load_json('{"x": ' * 70 + "1" + "}" * 70, "r.json")
    with pytest.raises(DataError, match="not valid JSON") as caught:
        load_json('{"a": 1,\n', "r.json")
    assert caught.value.line == 2


# --------------------------------------------------------------------------- reading files


def test_only_regular_files_are_read(tmp_path: Path):
    fifo = tmp_path / "facts.yaml"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableFile, match="FIFO"):
        read_regular_file(fifo)  # returns at once: never opened
    with pytest.raises(UnreadableFile, match="character device"):
        read_regular_file("/dev/zero")
    with pytest.raises(UnreadableFile, match="folder"):
        read_regular_file(tmp_path)
    big = tmp_path / "big.yaml"
    big.write_bytes(b"x" * 2_000)
    with pytest.raises(FileTooLarge, match="too large"):
        read_regular_file(big, 1_000)
    assert read_regular_file(big, 2_000) == b"x" * 2_000
    with pytest.raises(DataError, match="facts.yaml: not a regular file: a FIFO"):
        load_yaml_file(fifo)


def test_sizes_people_write():
    assert [parse_size(t) for t in ("10MB", "500 KB", "2MiB", "1000000")] == [10**7, 5 * 10**5, 2 * 2**20, 10**6]
    for bad in ("x", "0", "-1", "10 TB", "inf", "nan"):
        with pytest.raises(ValueError, match="not a size"):
            parse_size(bad)


# --------------------------------------------------------------------------- every file goes through it


def test_rule_file_alias_bomb_duplicate_and_format_specs(tmp_path: Path):
    with pytest.raises(RuleFileError, match="aliases expand to") as caught:
        parse_rule(billion_laughs() + "kind: timeline\n", tmp_path / "r.yaml", "r")
    assert caught.value.line == 2 and caught.value.key == "yaml"
    duplicate = "kind: figure-mismatch\nseverity: error\nsummary: s\nmessage: '{subject}'\nseverity: info\n"
    with pytest.raises(RuleFileError, match="duplicate key 'severity'") as caught:
        parse_rule(duplicate, tmp_path / "r.yaml", "r")
    assert caught.value.line == 5
    for spec in ("{subject:>2000000000}", "{subject!x}", "{subject!r:>3}", "{subject:{event}}"):
        rule = f"kind: figure-mismatch\nseverity: error\nsummary: s\nmessage: 'x {spec}'\n"
        with pytest.raises(RuleFileError, match="no format spec or conversion") as caught:
            parse_rule(rule, tmp_path / "r.yaml", "r")
        assert caught.value.line == 4


@pytest.mark.parametrize(
    ("entry", "key", "message"),
    [
        ("value: true", "value", "not true or false"),
        ("value: [1, 2]", "value", "not a list"),
        ("value: .inf", "value", "finite"),
        ("value: '2020'\n  year: 100000000000000000000000", "year", "between 1000 and 2999"),
        ("value: '2020'\n  year: 1.0e23", "year", "whole year"),
        ("value: '2020'\n  note: {a: 1}", "note", "not a mapping"),
    ],
)
def test_facts_with_impossible_values_are_refused(entry, key, message):
    text = f"- subject: Acme\n  attribute: founded\n  {entry}\n"
    with pytest.raises(FactsFileError, match=message) as caught:
        parse_facts(text, "facts.yaml")
    assert caught.value.key == key and caught.value.line >= 3


def test_facts_events_must_be_known_and_amounts_short(tmp_path: Path):
    text = "- subject: Acme\n  attribute: amount\n  value: 5 million\n  unit: USD\n  event: funding_round\n"
    with pytest.raises(FactsFileError, match="unknown event 'funding_round'") as caught:
        parse_facts(text, "facts.yaml", known_events={"funding-round", "investment"})
    assert caught.value.line == 5
    assert parse_facts(text.replace("funding_round", "investment"), "facts.yaml", known_events={"investment"})
    huge = "- subject: Acme\n  attribute: amount\n  value: '" + "1" * 32_000 + "x'\n  unit: USD\n  event: investment\n"
    with pytest.raises(FactsFileError, match="too long to be a figure"):
        parse_facts(huge, "facts.yaml")
    digits = "- subject: Acme\n  attribute: amount\n  value: " + "9" * 5_000 + "\n  unit: USD\n  event: investment\n"
    with pytest.raises(FactsFileError, match="facts.yaml:3: yaml: cannot read this value"):
        parse_facts(digits, "facts.yaml")  # an integer Python refuses to convert


def test_unknown_fact_event_stops_check_with_exit_2(tmp_path: Path, monkeypatch):
    (tmp_path / "a.txt").write_text("Acme raised $5 million in 2024.\n")
    (tmp_path / "facts.yaml").write_text(
        "- subject: Acme\n  attribute: amount\n  value: 5 million\n  unit: USD\n  event: funding_round\n"
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "a.txt", "--facts", "facts.yaml"])
    assert result.exit_code == 2
    assert "facts.yaml:5: event: unknown event 'funding_round'" in result.output


def test_baselines_and_saved_reports_go_through_the_json_loader(tmp_path: Path, monkeypatch):
    with pytest.raises(BaselineError, match=r"b.json:3: duplicate key 'fingerprints'"):
        parse_baseline('{"schema_version": 1,\n"fingerprints": [],\n"fingerprints": []}', "b.json")
    with pytest.raises(BaselineError, match="nested more than"):
        parse_baseline("[" * 50_000 + "]" * 50_000, "b.json")
    report = tmp_path / "report.json"
    report.write_text("[" * 100_000 + "]" * 100_000)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["report", "report.json", "--format", "markdown"])
    assert result.exit_code == 2
    assert "report.json:1: nested more than 64 levels deep" in result.output
    assert "Traceback" not in result.output


def test_front_matter_bomb_is_reported_and_the_document_read_without_it():
    raw = "---\n" + billion_laughs() + "title: Bomb\n---\nAcme raised $5 million in 2024.\n"
    document = parse_document("bomb.md", raw.encode())
    (problem,) = document.problems
    assert (problem.path, problem.line) == ("bomb.md", 3)
    assert problem.message.startswith("front matter ignored: aliases expand to")
    assert document.title is None and "Acme raised $5 million" in document.text
    deep = "---\n" + "a: " + "[" * 500 + "]" * 500 + "\n---\nBody.\n"
    (problem,) = parse_document("deep.md", deep.encode()).problems
    assert problem.line == 2 and f"nested more than {FRONT_MATTER_LIMITS.max_depth}" in problem.message


def test_front_matter_problem_reaches_the_report(tmp_path: Path, monkeypatch):
    (tmp_path / "doc.md").write_text("---\ntitle: [unclosed\n---\nAcme raised $5 million in 2024.\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "doc.md", "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    (error,) = report["errors"]
    assert error["path"] == "doc.md" and error["line"] == 3
    assert error["message"].startswith("front matter ignored: malformed YAML")
    assert "doc.md:3: warning: front matter ignored" in result.stderr


def test_knowledge_yaml_goes_through_the_loader(tmp_path: Path, monkeypatch):
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    events = rules / "lexicon" / "events.yaml"
    events.write_text(billion_laughs() + events.read_text(encoding="utf-8"))
    (tmp_path / "a.txt").write_text("Acme raised $5 million in 2024.\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "a.txt", "--rules", "rules"])
    assert result.exit_code == 2
    assert "events.yaml:2: aliases expand to" in result.output
    names = rules / "lexicon" / "names.yaml"
    events.unlink()
    os.mkfifo(events)
    result = CliRunner().invoke(main, ["check", "a.txt", "--rules", "rules"])
    assert result.exit_code == 2 and "not a regular file" in result.output
    assert stat.S_ISREG(names.stat().st_mode)


@pytest.mark.parametrize(("written", "year"), [("'2023/24'", 2024), ("'2023-24'", 2024), ("'2023/2024'", 2024), ("'1999/00'", 2000)])
def test_a_facts_year_may_be_a_financial_year(written, year):
    text = f"- subject: Acme\n  attribute: amount\n  value: GBP 5 million\n  event: revenue\n  year: {written}\n"
    (fact,) = parse_facts(text, "facts.yaml")
    assert fact.year == year


def test_a_facts_split_year_must_be_two_years_that_follow():
    text = "- subject: Acme\n  attribute: amount\n  value: GBP 5 million\n  event: revenue\n  year: '2023/26'\n"
    with pytest.raises(FactsFileError, match="do not follow") as caught:
        parse_facts(text, "facts.yaml")
    assert caught.value.key == "year" and caught.value.line == 5
