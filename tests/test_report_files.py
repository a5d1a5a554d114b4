"""Report and baseline files: written, never destroying what is at the path."""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main, report_files
from auditor.cli.report_files import OutputRefused, Protected, current_umask, write_report, write_report_set
from auditor.reporters.json_report import SCHEMA_VERSION

REPO = Path(__file__).resolve().parents[1]
DOCUMENT = "Acme raised $5 million in 2024.\nBeta reported that Acme raised $7 million in 2024.\n"


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(DOCUMENT)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str):
    return CliRunner().invoke(main, ["check", "docs", "--fail-on", "never", *args])


# --------------------------------------------------------------------------- what is at the path


def test_character_device_is_written_in_place_never_replaced(corpus: Path):
    device = corpus / "null-device"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # the same device as /dev/null
    except (PermissionError, OSError) as error:
        pytest.skip(f"mknod is not permitted here ({error}); /dev/null below covers a system device")
    before = os.stat(device)
    result = check("--output", str(device), "--format", "json")
    assert result.exit_code == 0, result.output
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino and after.st_rdev == before.st_rdev


def test_dev_null_stays_a_device(corpus: Path):
    before = os.stat("/dev/null")
    if not stat.S_ISCHR(before.st_mode):
        pytest.skip("/dev/null is not a device on this machine (another program replaced it)")
    result = check("--output", "/dev/null", "--format", "json")
    assert result.exit_code == 0, result.output
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_fifo_with_a_reader_gets_the_report_and_stays_a_fifo(corpus: Path):
    fifo = corpus / "report.json"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    time.sleep(0.1)  # let the reader open its end
    result = check("--output", str(fifo))
    reader.join(10)
    assert result.exit_code == 0, result.output
    assert json.loads(received[0])["schema_version"] == SCHEMA_VERSION
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_fifo_nobody_reads_is_refused_without_waiting(corpus: Path):
    fifo = corpus / "report.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = check("--output", str(fifo))
    assert time.monotonic() - started < 30
    assert result.exit_code == 2
    assert "report.json: is a FIFO (named pipe) that nobody reads" in result.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_symlink_is_followed_never_replaced(corpus: Path):
    (corpus / "real.json").write_text("old")
    (corpus / "link.json").symlink_to("real.json")
    result = check("--output", "link.json")
    assert result.exit_code == 0, result.output
    assert os.path.islink(corpus / "link.json") and os.readlink(corpus / "link.json") == "real.json"
    assert json.loads((corpus / "real.json").read_text())["schema_version"] == SCHEMA_VERSION
    # A dangling link is followed too: its target is created.
    (corpus / "dangling.json").symlink_to("made.json")
    assert check("--output", "dangling.json").exit_code == 0
    assert os.path.islink(corpus / "dangling.json") and (corpus / "made.json").is_file()


def test_an_input_document_is_never_overwritten(corpus: Path):
    target = corpus / "docs" / "a.txt"
    for option in (["--output", "docs/a.txt", "--format", "text"], ["--write-baseline", "docs/a.txt"]):
        result = check(*option)
        assert result.exit_code == 2
        assert "docs/a.txt: is one of the inputs of this run" in result.output
        assert target.read_text() == DOCUMENT
    # Through a symbolic link as well.
    (corpus / "alias.txt").symlink_to("docs/a.txt")
    assert check("--output", "alias.txt", "--format", "text").exit_code == 2
    assert target.read_text() == DOCUMENT


def test_folders_sockets_and_block_devices_are_refused(corpus: Path):
    (corpus / "out").mkdir()
    result = check("--output", "out", "--format", "json")
    assert result.exit_code == 2 and "out: is a folder" in result.output
    import socket

    path = corpus / "s.json"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        result = check("--output", "s.json")
        assert result.exit_code == 2 and "s.json: is a socket" in result.output
    finally:
        server.close()
    assert stat.S_ISSOCK(os.stat(path).st_mode)


def test_unwritable_places_are_exit_2_with_the_reason(corpus: Path):
    result = check("--output", "/proc/no-such-dir/x.json")
    assert result.exit_code == 2 and "cannot write" in result.output
    result = check("--output", "a" * 5_000 + ".json")
    assert result.exit_code == 2 and "file name too long" in result.output


def test_dash_is_standard_output(corpus: Path):
    result = check("--output", "-", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["schema_version"] == SCHEMA_VERSION
    assert not (corpus / "-").exists()
    result = check("--write-baseline", "-")
    assert result.exit_code == 2 and "both go to standard output" in result.output
    result = check("--write-baseline", "-", "--output", "r.json")
    assert result.exit_code == 0 and "fingerprints" in json.loads(result.stdout)  # the baseline


def test_new_files_follow_the_umask_and_replaced_files_keep_their_mode(corpus: Path):
    old = os.umask(0o027)
    try:
        assert current_umask() == 0o027
        assert check("--output", "new.json").exit_code == 0
        assert stat.S_IMODE(os.stat("new.json").st_mode) == 0o640
        os.chmod("new.json", 0o604)
        assert check("--output", "new.json").exit_code == 0
        assert stat.S_IMODE(os.stat("new.json").st_mode) == 0o604
        assert check("--output-dir", "set").exit_code == 0
        assert stat.S_IMODE(os.stat("set").st_mode) == 0o750
        assert {stat.S_IMODE(os.stat(p).st_mode) for p in Path("set").iterdir()} == {0o640}
    finally:
        os.umask(old)


def test_protected_paths_and_stdout_writer(tmp_path: Path, capsys):
    document = tmp_path / "doc.txt"
    document.write_text("x")
    with pytest.raises(OutputRefused, match="one of the inputs"):
        write_report(document, "report", Protected([document]))
    write_report("-", "to stdout")
    assert capsys.readouterr().out == "to stdout"


# --------------------------------------------------------------------------- sets of reports


def test_output_dir_refuses_links_and_non_regular_entries(corpus: Path):
    (corpus / "set").mkdir()
    (corpus / "elsewhere.json").write_text("keep")
    (corpus / "set" / "report.json").symlink_to("../elsewhere.json")
    result = check("--output-dir", "set")
    assert result.exit_code == 2 and "report.json: is a symbolic link" in result.output
    assert (corpus / "elsewhere.json").read_text() == "keep"
    (corpus / "set" / "report.json").unlink()
    os.mkfifo(corpus / "set" / "report.json")
    result = check("--output-dir", "set")
    assert result.exit_code == 2 and "FIFO" in result.output
    (corpus / "file").write_text("x")
    result = check("--output-dir", "file")
    assert result.exit_code == 2 and "file: is a regular file" not in result.output and "not a folder" in result.output


def test_output_dir_keeps_reports_of_other_formats_and_other_files(corpus: Path):
    assert check("--output-dir", "set", "--format", "text").exit_code == 0
    assert check("--output-dir", "set").exit_code == 0
    assert sorted(os.listdir("set")) == ["report.html", "report.json", "report.md", "report.sarif", "report.txt"]
    (corpus / "set" / "notes.txt").write_text("mine")
    assert check("--output-dir", "set", "--format", "json").exit_code == 0
    assert (corpus / "set" / "notes.txt").read_text() == "mine"
    assert not [name for name in os.listdir("set") if name.startswith(".")]
    assert not [name for name in os.listdir(corpus) if name.startswith(".set.")]


def test_swap_replaces_the_whole_set_at_once(tmp_path: Path):
    target = tmp_path / "set"
    names = ["report.json", "report.html", "report.md", "report.sarif"]
    write_report_set(target, {name: "one" for name in names}, report_names=names)
    first = os.stat(target).st_ino
    write_report_set(target, {name: "two" for name in names}, report_names=names)
    # One rename: the folder itself is new, and every file is of the second run.
    assert os.stat(target).st_ino != first
    assert {(target / name).read_text() for name in names} == {"two"}


def _write_forever(target: Path, names: list[str]) -> None:
    generation = 0
    while True:
        generation += 1
        write_report_set(target, {name: f"{generation}\n" + "x" * 20_000 for name in names}, report_names=names)


def test_killed_mid_write_never_leaves_a_mixed_set(tmp_path: Path):
    """SIGKILL at random moments while a set is rewritten over and over: the
    files found afterwards all come from one run."""
    target = tmp_path / "reports"
    names = ["report.json", "report.html", "report.md", "report.sarif"]
    rng = random.Random(13)
    for _ in range(16):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            try:
                _write_forever(target, names)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.02, 0.15))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if target.exists():
            generations = {(target / name).read_text().split("\n", 1)[0] for name in names if (target / name).exists()}
            assert len(generations) == 1, f"a mixed set: {generations}"
            assert all((target / name).exists() for name in names)


def test_set_falls_back_to_renames_after_all_are_written(tmp_path: Path, monkeypatch):
    """Where the folder cannot be swapped (no renameat2, another system), the
    files are still all written before the first one replaces its old copy."""
    monkeypatch.setattr(report_files, "_exchange", lambda first, second: False)
    target = tmp_path / "set"
    names = ["report.json", "report.md"]
    write_report_set(target, {name: "one" for name in names}, report_names=names)
    renamed: list[str] = []
    real_replace = os.replace

    def spy(source, destination):
        if not renamed:  # every temporary file exists before the first rename
            assert len([n for n in os.listdir(target) if n.endswith(".tmp")]) == len(names)
        renamed.append(Path(destination).name)
        real_replace(source, destination)

    monkeypatch.setattr(report_files.os, "replace", spy)
    write_report_set(target, {name: "two" for name in names}, report_names=names)
    assert sorted(renamed) == sorted(names)
    assert {(target / name).read_text() for name in names} == {"two"}
