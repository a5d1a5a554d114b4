"""``auditor claims``: what a person and a program see of extraction, bad input included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main

GOOD = (
    "Weekly digest\n"
    "\n"
    "OpenAI raised $110 billion in its funding round in 2024.\n"
    "\n"
    "India pledged over $5 billion for data centers in 2026.\n"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["claims", *args])


def run_json(*args: str) -> tuple[int, dict, str]:
    result = run(*args, "--format", "json")
    return result.exit_code, json.loads(result.stdout), result.stderr


def _statuses(payload: dict) -> dict[str, dict]:
    return {d["path"]: d for d in payload["documents"]}


# --------------------------------------------------------------------------- formats


def test_json_gives_every_claim_with_evidence_and_numbers(folder: Path) -> None:
    (folder / "doc.txt").write_text(GOOD, encoding="utf-8")
    code, payload, _ = run_json("doc.txt")
    assert code == 0
    claims = payload["claims"]
    assert payload["stats"]["claims"] == len(claims) >= 2
    lines = GOOD.split("\n")
    for claim in claims:
        for key in ("path", "line", "column", "text", "sentence", "kind", "subject", "event", "year"):
            assert key in claim, key
        assert claim["path"] == "doc.txt"
        # line/column point at the quoted text in the file itself.
        line = lines[claim["line"] - 1]
        assert line[claim["column"] - 1 :].startswith(claim["text"])
        assert claim["text"] in claim["sentence"]
    money = [c for c in claims if c["kind"] == "money"]
    assert {c["line"] for c in money} == {3, 5}
    by_line = {c["line"]: c for c in money}
    openai = by_line[3]
    assert openai["subject"] == "OpenAI"
    assert openai["text"] == "$110 billion"
    assert openai["value"]["low"] == openai["value"]["high"] == 110e9
    assert openai["value"]["unit"] == "USD"
    assert openai["year"] == 2024
    india = by_line[5]
    assert india["value"]["qualifier"] == "over"
    assert india["value"]["low"] == 5e9
    assert india["value"]["high"] is None or india["value"]["high"] > 5e9
    assert india["year"] == 2026


def test_jsonl_gives_one_claim_per_line_same_as_json(folder: Path) -> None:
    (folder / "doc.txt").write_text(GOOD, encoding="utf-8")
    _, payload, _ = run_json("doc.txt")
    result = run("doc.txt", "--format", "jsonl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(payload["claims"])
    assert [json.loads(line) for line in lines] == payload["claims"]


def test_table_lists_location_subject_event_value_qualifier_year(folder: Path) -> None:
    (folder / "doc.txt").write_text(GOOD, encoding="utf-8")
    _, payload, _ = run_json("doc.txt")
    result = run("doc.txt")
    assert result.exit_code == 0
    out = result.stdout
    for header in ("where", "subject", "event", "value", "qualifier", "year"):
        assert header in out
    rows = [line for line in out.splitlines() if "doc.txt:" in line]
    assert len(rows) == len(payload["claims"])
    money = {c["line"]: c for c in payload["claims"] if c["kind"] == "money"}
    openai_row = next(r for r in rows if "doc.txt:3 " in r and "110,000,000,000" in r)
    assert "OpenAI" in openai_row and "USD" in openai_row and "2024" in openai_row
    if money[3]["event"]:
        assert money[3]["event"] in openai_row
    india_row = next(r for r in rows if "doc.txt:5 " in r and "5,000,000,000" in r)
    assert "over" in india_row and "2026" in india_row
    assert f"{len(payload['claims'])} claims in 1 documents" in out


def test_output_is_the_same_whatever_the_order_of_the_paths(folder: Path) -> None:
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.md").write_text("# Notes\n\nNvidia invested $2 billion in 2025.\n", encoding="utf-8")
    first = run("a.txt", "b.md", "--format", "json").stdout
    second = run("b.md", "a.txt", "--format", "json").stdout
    assert first == second


# --------------------------------------------------------------------------- bad input


def _write_bad_inputs(folder: Path) -> None:
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"GIF89a\x00\x01\x02\x00\xff")
    # Line 2, column 3: "ab" then the bad byte.
    (folder / "latin1.md").write_bytes(b"# Title\nab\xe9cd costs $5 million\n")
    (folder / "nothing").mkdir()


def test_bad_files_are_skipped_with_reasons_and_the_rest_is_read(folder: Path) -> None:
    _write_bad_inputs(folder)
    code, payload, stderr = run_json("good.txt", "empty.txt", "binary.txt", "latin1.md", "nothing")
    assert code == 0, stderr
    statuses = _statuses(payload)
    assert set(statuses) == {"good.txt", "empty.txt", "binary.txt", "latin1.md", "nothing"}
    assert statuses["good.txt"]["status"] == "read"
    for name in ("empty.txt", "binary.txt", "latin1.md", "nothing"):
        assert statuses[name]["status"] == "skipped", name
        assert statuses[name]["reason"], name
        # The message on stderr names the file and says why.
        assert any(name in line and statuses[name]["reason"] in line for line in stderr.splitlines()), name
    assert "empty" in statuses["empty.txt"]["reason"]
    assert "binary" in statuses["binary.txt"]["reason"]
    assert "UTF-8" in statuses["latin1.md"]["reason"]
    assert "line 2" in statuses["latin1.md"]["reason"] and "column 3" in statuses["latin1.md"]["reason"]
    assert "no documents" in statuses["nothing"]["reason"]
    # The good document's claims are all there.
    assert payload["claims"] and all(c["path"] == "good.txt" for c in payload["claims"])
    assert payload["stats"]["documents"] == 1 and payload["stats"]["skipped"] == 4


def test_a_folder_lists_every_file_read_or_skipped(folder: Path) -> None:
    corpus = folder / "corpus"
    corpus.mkdir()
    _write_bad_inputs(corpus)
    code, payload, stderr = run_json("corpus")
    assert code == 0, stderr
    statuses = _statuses(payload)
    for name in ("good.txt", "empty.txt", "binary.txt", "latin1.md"):
        assert f"corpus/{name}" in statuses, name
        assert f"corpus/{name}" in stderr or name == "good.txt"
    assert statuses["corpus/good.txt"]["status"] == "read"
    assert [c["path"] for c in payload["claims"]] and {c["path"] for c in payload["claims"]} == {"corpus/good.txt"}


def test_table_still_reports_skipped_files_on_stderr(folder: Path) -> None:
    _write_bad_inputs(folder)
    result = run("good.txt", "latin1.md")
    assert result.exit_code == 0
    assert "good.txt:3" in result.stdout
    assert "latin1.md" in result.stderr and "line 2" in result.stderr
    assert "latin1.md" not in result.stdout.split("claims in")[0]


@pytest.mark.parametrize("name", ["empty.txt", "binary.txt", "latin1.md", "nothing"])
def test_exit_code_is_2_only_when_nothing_could_be_read(folder: Path, name: str) -> None:
    _write_bad_inputs(folder)
    result = run(name)
    assert result.exit_code == 2
    assert name in result.stderr
    alongside = run(name, "good.txt")
    assert alongside.exit_code == 0


def test_unreadable_inputs_still_give_valid_json(folder: Path) -> None:
    _write_bad_inputs(folder)
    code, payload, stderr = run_json("empty.txt", "nothing")
    assert code == 2
    assert payload["claims"] == []
    assert {d["path"]: d["status"] for d in payload["documents"]} == {"empty.txt": "skipped", "nothing": "skipped"}
    assert "empty.txt" in stderr and "nothing" in stderr


def test_a_missing_path_is_named(folder: Path) -> None:
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    result = run("missing.txt", "good.txt", "--format", "json")
    assert result.exit_code == 0
    assert "missing.txt" in result.stderr
    statuses = _statuses(json.loads(result.stdout))
    assert statuses["missing.txt"]["status"] == "skipped" and statuses["missing.txt"]["reason"]


def test_a_rules_folder_without_the_knowledge_files_is_named_with_exit_code_2(folder: Path) -> None:
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    rules = folder / "my-rules"
    (rules / "checks").mkdir(parents=True)
    result = run("good.txt", "--rules", str(rules))
    assert result.exit_code == 2
    assert "my-rules" in result.stderr and "missing or malformed" in result.stderr
    assert "Traceback" not in result.output


def test_jsonl_streams_each_document_before_reading_the_next(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.cli import claims_command

    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(GOOD, encoding="utf-8")
    events: list[str] = []
    read = claims_command.read_document
    monkeypatch.setattr(claims_command, "read_document", lambda path: events.append(f"read {Path(path).name}") or read(path))
    echo = claims_command.click.echo
    monkeypatch.setattr(claims_command.click, "echo", lambda text, **kw: events.append("claim") or echo(text, **kw))
    assert run(".", "--format", "jsonl").exit_code == 0
    reads = [i for i, event in enumerate(events) if event.startswith("read")]
    assert len(reads) == 3
    assert all("claim" in events[a:b] for a, b in zip(reads, reads[1:]))
