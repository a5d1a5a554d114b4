"""A JSON report saved by ``auditor check`` renders, through ``auditor report``,
every format exactly as ``check`` renders it: with the claim store (the
report's claims are then read from the store while it is written) and
without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.reporters import FORMATS

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus" / "documents"
FACTS = REPO / "tests" / "corpus" / "facts.yaml"


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.fixture(scope="module", params=["store", "no-cache"])
def saved(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    """The check's arguments and the JSON report it wrote (the store warm when there is one)."""
    folder = tmp_path_factory.mktemp("round-trip")
    cache = ["--cache-dir", str(folder / "cache")] if request.param == "store" else ["--no-cache"]
    arguments = ["check", str(CORPUS), "--facts", str(FACTS), "--fail-on", "never", "--no-progress", *cache]
    if request.param == "store":
        invoke(*arguments, "--format", "json")  # fills the store
    report = folder / "report.json"
    invoke(*arguments, "--format", "json", "--output", str(report))
    return arguments, report


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_auditor_report_renders_what_check_renders(saved: tuple[list[str], Path], fmt: str) -> None:
    arguments, report = saved
    assert invoke("report", str(report), "--format", fmt) == invoke(*arguments, "--format", fmt)


def test_the_report_is_version_4_and_names_every_sentence_once(saved: tuple[list[str], Path]) -> None:
    _, report = saved
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["schema_version"] == 4
    assert data["findings"] and data["claims"]
    assert len(set(data["sentences"])) == len(data["sentences"])
    used = {e["sentence_index"] for f in data["findings"] for e in f["evidence"]}
    used |= {c["sentence_index"] for c in data["claims"]}
    assert used == set(range(len(data["sentences"])))


def test_the_report_written_to_standard_output_is_the_file(saved: tuple[list[str], Path]) -> None:
    arguments, report = saved
    assert invoke(*arguments, "--format", "json") == report.read_text(encoding="utf-8")
