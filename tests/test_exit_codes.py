"""Exit codes that mean what they say: 0/1 for a completed audit, 2 for bad
input, 3 for an internal error (one line; --debug shows the traceback), 130
for Ctrl-C (one line, no worker traceback, no process left behind)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.extract import reader

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "a.txt").write_text("Acme raised $5 million in 2024.\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _boom(*args, **kwargs):
    raise RuntimeError("boom")


def test_internal_error_is_one_line_and_exit_3(corpus: Path, monkeypatch):
    monkeypatch.setattr("auditor.cli.check_command.audit", _boom)
    result = CliRunner().invoke(main, ["check", "a.txt"])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        "auditor: internal error: RuntimeError: boom; run with --debug to see the traceback (this is a bug; please report it)"
    ]
    assert "Traceback" not in result.output


@pytest.mark.parametrize("how", [["--debug"], []])
def test_debug_shows_the_traceback(corpus: Path, monkeypatch, how):
    monkeypatch.setattr("auditor.cli.check_command.audit", _boom)
    env = {} if how else {"AUDITOR_DEBUG": "1"}
    result = CliRunner().invoke(main, [*how, "check", "a.txt"], env=env)
    assert result.exit_code == 3
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert result.stderr.rstrip().endswith("auditor: internal error: RuntimeError: boom (this is a bug; please report it)")


def _failing(paths: set[str]):  # type: ignore[no-untyped-def]
    real = reader.extract_document

    def extract_document(document, knowledge=None):  # type: ignore[no-untyped-def]
        if document.path in paths:
            raise ValueError("x")
        return real(document, knowledge)

    return extract_document


def test_every_document_failing_extraction_is_bad_input(corpus: Path, monkeypatch):
    (corpus / "b.txt").write_text("Beta raised $7 million in 2024.\n")
    monkeypatch.setattr(reader, "extract_document", _failing({"a.txt", "b.txt"}))
    result = CliRunner().invoke(main, ["check", "a.txt", "b.txt", "--no-cache"])
    assert result.exit_code == 2
    assert "extraction failed for every one" in result.stderr
    assert "a.txt: extraction failed: ValueError: x" in result.stderr and "b.txt:" in result.stderr


def test_one_document_failing_extraction_still_completes(corpus: Path, monkeypatch):
    (corpus / "b.txt").write_text("Beta raised $7 million in 2024.\n")
    monkeypatch.setattr(reader, "extract_document", _failing({"b.txt"}))
    result = CliRunner().invoke(main, ["check", "a.txt", "b.txt", "--fail-on", "never", "--no-cache"])
    assert result.exit_code == 0
    assert "b.txt: extraction failed: ValueError: x" in result.stderr


def test_a_closed_standard_output_is_not_a_crash(corpus: Path):
    reader = subprocess.Popen(
        [sys.executable, "-m", "auditor", "rules"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=corpus,
        env={**os.environ, "CI": "true"},
    )  # fmt: skip
    reader.stdout.close()  # the reader goes away at once, as "| head -0" would
    _, err = reader.communicate(timeout=60)
    assert b"Traceback" not in err
    assert reader.returncode in (0, 2)  # 0 when everything fitted in the pipe before it closed


# --------------------------------------------------------------------------- Ctrl-C


def _session_members(session: int) -> list[int]:
    members = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            members.append(int(name))
    return members


def _cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.fixture(scope="module")
def large_corpus(tmp_path_factory) -> Path:
    """Enough documents (past the engine's parallel threshold) to keep two
    workers busy for a few seconds."""
    folder = tmp_path_factory.mktemp("large")
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "sources").glob("*.txt"))]
    for index in range(400):
        (folder / f"doc{index:04d}.txt").write_text(texts[index % len(texts)].replace("2024", str(1900 + index % 90)))
    return folder


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the worker processes")
@pytest.mark.parametrize("jobs", [2, 1])
def test_ctrl_c_exits_130_with_one_line_and_leaves_no_process(large_corpus: Path, tmp_path: Path, jobs: int):
    process = subprocess.Popen(
        [sys.executable, "-m", "auditor", "check", str(large_corpus), "--jobs", str(jobs), "--format", "json",
         "--output", str(tmp_path / "report.json")],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        env={**os.environ, "CI": "true"}, cwd=tmp_path,
    )  # fmt: skip
    session = process.pid
    deadline = time.monotonic() + 60
    # Wait until the audit runs: the workers exist and work (--jobs 2), or the
    # one process has spent well past its start-up on the audit (--jobs 1).
    while time.monotonic() < deadline and process.poll() is None:
        workers = [pid for pid in _session_members(session) if pid != session]
        if jobs > 1 and len(workers) >= 2 and all(_cpu_seconds(pid) > 0.2 for pid in workers):
            break
        if jobs == 1 and _cpu_seconds(session) > 2.0:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the audit finished before it could be interrupted; the corpus is too small"
    os.killpg(session, signal.SIGINT)  # what the terminal does on Ctrl-C
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()
    assert err.decode() == "auditor: interrupted\n"
    assert b"Traceback" not in out + err
    assert not (tmp_path / "report.json").exists()
    for _ in range(100):  # orphans would keep the session id
        left = _session_members(session)
        if not left:
            break
        time.sleep(0.05)
    assert left == [], f"processes left behind: {left}"


def test_a_dependency_missing_from_the_python_is_an_installation_to_mend_not_a_bug(corpus: Path, monkeypatch):
    def missing(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'rapidfuzz'", name="rapidfuzz")

    monkeypatch.setattr("auditor.cli.check_command.audit", missing)
    result = CliRunner().invoke(main, ["check", "a.txt"])
    assert result.exit_code == 2
    assert "'rapidfuzz'" in result.stderr and "pip install" in result.stderr and "bug" not in result.stderr
    # A module of auditor's own that is missing is a bug.
    def own(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'auditor.gone'", name="auditor.gone")

    monkeypatch.setattr("auditor.cli.check_command.audit", own)
    assert CliRunner().invoke(main, ["check", "a.txt"]).exit_code == 3
