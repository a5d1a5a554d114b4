"""Issue 11, point 1: no input vanishes.

A path named on the command line (PATHS or --against) that is missing, not a
document or not UTF-8 stops the audit with exit code 2 and its name and
reason, whatever the output format; files skipped inside a folder walk are
counted and shown in the text, github and SARIF reports.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main

CORPUS_TEXT = "Nordvik Shipping raised $245 million in funding in 2019 to build electric ferries.\n"
DRAFT_TEXT = "Nordvik Shipping raised $90 million in funding in 2019 to build electric ferries.\n"

BAD_INPUTS = {
    # name: (bytes, expected message after "auditor: <name>: ")
    "missing.txt": (None, "no such file or folder"),
    "draft.docx": (b"PK\x03\x04 word/document.xml", "unsupported file type: .docx files are not read"),
    "draft.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "unsupported file type: .pdf files are not read"),
    "latin1.txt": ("Nordvik Shipping raised €5 million, says the café.\n".replace("€", "EUR ").encode("latin-1"),
                   "not valid UTF-8: invalid byte 0xe9 at line 1, column 52"),
}  # fmt: skip


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(CORPUS_TEXT, encoding="utf-8")
    (tmp_path / "draft.txt").write_text(DRAFT_TEXT, encoding="utf-8")
    for name, (data, _) in BAD_INPUTS.items():
        if data is not None:
            (tmp_path / name).write_bytes(data)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(main, ["check", *args, "--no-progress"])


@pytest.mark.parametrize("fmt", ["text", "github", "sarif", "json", "concise"])
@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_named_document_exits_2_in_plain_mode(project: Path, name: str, fmt: str) -> None:
    result = run(name, "corpus/", "--format", fmt)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"auditor: {name}: {BAD_INPUTS[name][1]}")
    assert result.stdout == ""


@pytest.mark.parametrize("fmt", ["text", "github", "sarif"])
@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_document_under_review_exits_2_in_against_mode(project: Path, name: str, fmt: str) -> None:
    result = run(name, "--against", "corpus/", "--format", fmt)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"auditor: {name}: {BAD_INPUTS[name][1]}")


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_corpus_file_named_with_against_exits_2(project: Path, name: str) -> None:
    result = run("draft.txt", "--against", name)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"auditor: {name}: {BAD_INPUTS[name][1]}")


@pytest.mark.parametrize("fmt", ["text", "github", "sarif"])
def test_misspelt_corpus_folder_exits_2(project: Path, fmt: str) -> None:
    result = run("draft.txt", "--against", "corpsu/", "--format", fmt)
    assert result.exit_code == 2
    assert result.stderr == "auditor: corpsu: no such file or folder\n"
    plain = run("draft.txt", "corpsu/")
    assert plain.exit_code == 2 and plain.stderr == "auditor: corpsu: no such file or folder\n"


def test_every_bad_path_is_named_at_once(project: Path) -> None:
    result = run("missing.txt", "draft.pdf", "--against", "corpsu/")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert [line.split(":")[1].strip() for line in lines] == ["missing.txt", "draft.pdf", "corpsu"]


def test_folder_without_documents_exits_2(project: Path) -> None:
    (project / "scans").mkdir()
    (project / "scans" / "page.pdf").write_bytes(b"%PDF")
    result = run("draft.txt", "--against", "scans")
    assert result.exit_code == 2
    assert result.stderr == (
        "auditor: scans: no documents (.txt, .md, .markdown, .html, .htm) in this folder, only 1 other file\n"
    )


def test_an_empty_named_document_is_shown_as_skipped_not_refused(project: Path) -> None:
    (project / "empty.md").write_bytes(b"")
    result = run("empty.md", "draft.txt")
    assert result.exit_code == 0, result.output
    assert "empty.md: skipped: empty file" in result.stdout


@pytest.fixture()
def walked(project: Path) -> Path:
    """A corpus folder holding, besides its document, files the walk skips."""
    corpus = project / "corpus"
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    (corpus / "old.txt").write_bytes("caf\u00e9 au lait".encode("latin-1"))
    (corpus / "sub").mkdir()
    (corpus / "sub" / "scan.pdf").write_bytes(b"%PDF")
    return corpus


SKIPPED = {
    "corpus/notes.docx": "unsupported file type: .docx files are not read; save it as text, Markdown or HTML first (e.g. pandoc -t markdown)",
    "corpus/old.txt": "not valid UTF-8: invalid byte 0xe9 at line 1, column 4",
    "corpus/sub/scan.pdf": "unsupported file type: .pdf files are not read; convert it to text first (e.g. pdftotext)",
}  # fmt: skip


def test_walk_skips_are_listed_in_text(walked: Path) -> None:
    result = run("draft.txt", "--against", "corpus/", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    for path, reason in SKIPPED.items():
        assert f"{path}: skipped: {reason}" in lines
    assert lines[-1].startswith("2 documents read (3 skipped)")


def test_walk_skips_are_warnings_in_github(walked: Path) -> None:
    result = run("draft.txt", "--against", "corpus/", "--format", "github", "--fail-on", "never")
    warnings = [line for line in result.stdout.splitlines() if "title=auditor skipped a file" in line]
    assert warnings == [
        f"::warning file={path},title=auditor skipped a file::skipped {path}: {reason}"
        for path, reason in SKIPPED.items()
    ]


def test_walk_skips_are_sarif_notifications(walked: Path) -> None:
    result = run("draft.txt", "--against", "corpus/", "--format", "sarif", "--fail-on", "never")
    (invocation,) = json.loads(result.stdout)["runs"][0]["invocations"]
    notes = invocation["toolExecutionNotifications"]
    assert [(n["level"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for n in notes] == [
        ("warning", "corpus/notes.docx"), ("error", "corpus/old.txt"), ("warning", "corpus/sub/scan.pdf"),
    ]  # fmt: skip
    assert all(n["message"]["text"].startswith("skipped ") for n in notes)
    # A document that could not be decoded leaves the corpus incomplete: the run did not succeed.
    assert invocation["executionSuccessful"] is False
    os.remove(walked / "old.txt")
    clean = run("draft.txt", "--against", "corpus/", "--format", "sarif", "--fail-on", "never")
    (invocation,) = json.loads(clean.stdout)["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True
    assert len(invocation["toolExecutionNotifications"]) == 2
