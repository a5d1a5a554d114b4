"""Bounded input: a size limit, no read of anything but a regular file,
symbolic-link loops and unreadable folders listed, never dropped; CR-only
line ends; file names that are not UTF-8."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.sources import discovery, load_documents, parse_document

FACT = "Acme raised $5 million in 2024.\n"
CONTRADICTION = "Acme raised $9 million in 2024.\n"


def statuses(result) -> dict[str, tuple[str, str | None]]:
    return {s.path: (s.status, s.reason) for s in result.statuses}


@pytest.fixture
def here(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_fifo_socket_and_device_in_a_walk_are_listed_and_never_opened(here: Path):
    import socket

    (here / "c").mkdir()
    (here / "c" / "a.txt").write_text(FACT)
    os.mkfifo(here / "c" / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(here / "c" / "sock.md"))
    (here / "c" / "zero.txt").symlink_to("/dev/zero")
    try:
        result = load_documents(["c"])
    finally:
        server.close()
    got = statuses(result)
    assert got["c/a.txt"] == ("read", None)
    assert got["c/pipe.txt"] == ("skipped", "not a regular file: a FIFO (named pipe) is never read")
    assert got["c/sock.md"] == ("skipped", "not a regular file: a socket is never read")
    assert got["c/zero.txt"] == ("skipped", "not a regular file: a character device is never read")


def test_fifo_or_device_named_on_the_command_line_is_refused(here: Path):
    os.mkfifo(here / "pipe.txt")
    (here / "a.txt").write_text(FACT)
    for named in ("pipe.txt", "/dev/zero"):
        result = CliRunner().invoke(main, ["check", "a.txt", named])
        assert result.exit_code == 2
        assert f"{named}: not a regular file" in result.stderr


def test_symlinked_folder_is_followed_and_a_loop_listed(here: Path):
    (here / "corpus" / "inner").mkdir(parents=True)
    (here / "elsewhere").mkdir()
    (here / "corpus" / "a.txt").write_text(FACT)
    (here / "elsewhere" / "b.txt").write_text(CONTRADICTION)
    (here / "corpus" / "linked").symlink_to(here / "elsewhere")
    (here / "corpus" / "inner" / "loop").symlink_to(here / "corpus")
    (here / "corpus" / "mirror").symlink_to(here / "elsewhere")
    result = load_documents(["corpus"])
    got = statuses(result)
    assert got["corpus/linked/b.txt"] == ("read", None)
    assert got["corpus/inner/loop"][0] == "skipped"
    assert got["corpus/inner/loop"][1].startswith("symbolic link loop: leads back to corpus")
    assert got["corpus/mirror"] == ("skipped", "same folder as corpus/linked, read once")
    # The contradiction across the link is found: nothing was dropped.
    report = CliRunner().invoke(main, ["check", "corpus", "--format", "json"])
    assert report.exit_code == 1
    assert {e["path"] for f in json.loads(report.stdout)["findings"] for e in f["evidence"]} == {
        "corpus/a.txt", "corpus/linked/b.txt"}  # fmt: skip


def test_unreadable_folder_is_listed(here: Path, monkeypatch):
    (here / "c" / "locked").mkdir(parents=True)
    (here / "c" / "a.txt").write_text(FACT)
    (here / "c" / "locked" / "b.txt").write_text(CONTRADICTION)
    os.chmod(here / "c" / "locked", 0)
    real = os.scandir
    if os.geteuid() == 0:
        # root reads every folder: make the system say what it says to others.
        def scandir(path="."):
            if Path(path).name == "locked":
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(discovery.os, "scandir", scandir)
    try:
        got = statuses(load_documents(["c"]))
    finally:
        os.chmod(here / "c" / "locked", 0o755)
    assert got["c/locked"] == ("skipped", "cannot list folder: permission denied")
    assert got["c/a.txt"] == ("read", None)


def test_documents_past_the_size_limit_are_skipped_with_the_reason(here: Path):
    (here / "c").mkdir()
    (here / "c" / "small.txt").write_text(FACT)
    (here / "c" / "big.txt").write_text(FACT * 1_000)
    got = statuses(load_documents(["c"], max_document_bytes=10_000))
    assert got["c/big.txt"] == (
        "skipped", "too large (32 KB, more than the limit of 10 KB); raise it with --max-document-size")  # fmt: skip
    result = CliRunner().invoke(main, ["check", "c", "--max-document-size", "10KB", "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0
    skipped = {d["path"]: d["reason"] for d in json.loads(result.stdout)["documents"] if d["status"] == "skipped"}
    assert skipped == {"c/big.txt": got["c/big.txt"][1]}
    (here / "pyproject.toml").write_text('[tool.auditor]\nmax-document-size = "1MB"\n')
    result = CliRunner().invoke(main, ["check", "c", "--format", "json", "--fail-on", "never"])
    assert all(d["status"] == "read" for d in json.loads(result.stdout)["documents"])
    result = CliRunner().invoke(main, ["check", "c", "--max-document-size", "lots"])
    assert result.exit_code == 2 and "not a size" in result.output


def test_cr_only_line_ends_give_real_lines():
    raw = b"Intro.\rAcme raised $5 million in 2024.\rMore text.\rAcme raised $9 million in 2024.\r"
    document = parse_document("old-mac.txt", raw)
    assert document.position(raw.index(b"$9")) == (4, 13)
    assert len(document.text) == len(raw)
    mixed = parse_document("m.txt", b"a\r\nb\rc\nd")
    assert mixed.line_starts == (0, 3, 5, 7)


def test_cr_only_findings_are_on_their_lines(here: Path):
    (here / "a.txt").write_bytes(b"Intro.\rAcme raised $5 million in 2024.\r")
    (here / "b.txt").write_bytes(b"One.\rTwo.\rAcme raised $9 million in 2024.\r")
    result = CliRunner().invoke(main, ["check", ".", "--format", "json"])
    (finding,) = json.loads(result.stdout)["findings"]
    assert sorted((e["path"], e["line"]) for e in finding["evidence"]) == [("a.txt", 2), ("b.txt", 3)]


def test_file_names_that_are_not_utf8_are_shown_escaped(here: Path):
    folder = os.fsencode(here / "c")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:
        handle.write(FACT.encode())
    with open(os.path.join(folder, b"b.txt"), "wb") as handle:
        handle.write(CONTRADICTION.encode())
    for fmt in ("json", "sarif", "text", "markdown", "html", "github"):
        result = CliRunner().invoke(main, ["check", "c", "--format", fmt])
        assert result.exit_code == 1, (fmt, result.output)
        assert "xe9.txt" in result.stdout, fmt  # each format quotes the backslash its own way
    report = json.loads(CliRunner().invoke(main, ["check", "c", "--format", "json"]).stdout)
    assert sorted(d["path"] for d in report["documents"]) == ["c/b.txt", "c/caf\\xe9.txt"]
    baseline = CliRunner().invoke(main, ["check", "c", "--write-baseline", "b.json", "--format", "json"])
    assert baseline.exit_code == 1 and json.loads(Path("b.json").read_text())["fingerprints"]
