"""Snapshot tests: every format rendered from the fixed fixture corpus.

Snapshots live in tests/snapshots/report.<format> and are compared exactly.
After an intended change to a reporter, regenerate them with

    AUDITOR_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_reporters_snapshots.py

and review the diff before committing. The tool version is redacted so that a
release does not invalidate every snapshot.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from reporter_fixtures import VERSION, build_result

from auditor.reporters import FORMATS, RenderOptions, load_report, render

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("AUDITOR_UPDATE_SNAPSHOTS") == "1"


def _redact(text: str) -> str:
    return text.replace(VERSION, "VERSION-REDACTED")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_snapshot(fmt: str) -> None:
    rendered = _redact(render(build_result(), fmt))
    path = SNAPSHOTS / f"report.{fmt}"
    if UPDATE:
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(rendered, encoding="utf-8", newline="")
    assert path.exists(), f"missing snapshot {path.name}; run with AUDITOR_UPDATE_SNAPSHOTS=1"
    assert rendered == path.read_text(encoding="utf-8"), f"{fmt} output differs from {path.name}"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_saved_json_renders_identically(fmt: str) -> None:
    result = build_result()
    reloaded = load_report(render(result, "json"))
    assert render(reloaded, fmt) == render(result, fmt)


def test_coloured_text_round_trips_too() -> None:
    result = build_result()
    options = RenderOptions(color=True)
    assert render(load_report(render(result, "json")), "text", options) == render(result, "text", options)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_rendering_is_deterministic(fmt: str) -> None:
    assert render(build_result(), fmt) == render(build_result(), fmt)
