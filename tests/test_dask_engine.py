"""The Dask engine gives the in-process engine's report, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed", reason="the dask extra is not installed (pip install '.[dask]')")

from auditor.cli.check_command import check  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dask")
    folder = root / "corpus"
    shutil.copytree(REPO / "tests" / "corpus" / "documents", folder)
    for path in (REPO / "sources").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return root


def report(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(root)
    output = root / "report.json"
    output.unlink(missing_ok=True)
    result = CliRunner().invoke(check, ["corpus", "--facts", str(REPO / "tests" / "corpus" / "facts.yaml"),
                                       "--format", "json", "--output", str(output), "--fail-on", "never",
                                       "--no-cache", "--no-progress", *args])  # fmt: skip
    return result.exit_code, output.read_text(encoding="utf-8") if output.exists() else "", result.stderr


def test_a_two_worker_local_cluster_gives_the_in_process_report_byte_for_byte(corpus, monkeypatch):
    code, in_process, _ = report(corpus, monkeypatch)
    assert code == 0 and '"findings":[\n{' in in_process
    code, on_dask, stderr = report(corpus, monkeypatch, "--engine", "dask", "--jobs", "2")
    assert code == 0, stderr
    assert on_dask == in_process


def test_against_on_dask_gives_the_in_process_report(corpus, monkeypatch):
    reviewed = ["--against", "corpus", "corpus/energy_02_nordic_wind.md"]
    _, in_process, _ = report(corpus, monkeypatch, *reviewed)
    code, on_dask, stderr = report(corpus, monkeypatch, "--engine", "dask", "--jobs", "2", *reviewed)
    assert code == 0, stderr
    assert on_dask == in_process


def test_an_unreachable_scheduler_is_a_usage_error(corpus, monkeypatch):
    from auditor import dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    code, _, stderr = report(corpus, monkeypatch, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2 and "cannot reach the Dask scheduler tcp://127.0.0.1:9" in stderr


def test_scheduler_needs_the_dask_engine(corpus, monkeypatch):
    code, _, stderr = report(corpus, monkeypatch, "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2 and "--scheduler needs --engine dask" in stderr
