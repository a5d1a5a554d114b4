"""A corpus written after the rules, on topics they were not written for
(``tests/fresh``: ports and launchers, drugmakers and airlines, utilities),
scored by the labelled sets' own ``score.py`` as ``test_eval_sets.py`` scores them.

It was written to find what the reader misses on unfamiliar prose, and most
of what it found became general rules (README, "How well it reads prose
written by others"). Its bar is where the reader stands, so that a change
that loses a finding or flags a trap fails: at least 10 of its 19
contradictions found (5 of 19 on first reading, with a trap and another
false finding reported, before the rules it taught), precision at least
0.90 and no trap flagged. Skips where
``../shared/eval/score.py`` is absent.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

FRESH = Path(__file__).resolve().parent / "fresh"
SCORE_PY = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"
_SCORE = re.compile(r"^score: recall ([\d.]+) \((\d+)/(\d+)\) precision ([\d.]+) \((\d+)/(\d+)\) negatives_flagged (\d+)/(\d+)$", re.MULTILINE)


def test_the_fresh_corpus_keeps_what_the_reader_finds(tmp_path: Path) -> None:
    if not SCORE_PY.is_file():
        pytest.skip("../shared/eval/score.py not found (the shared folder is absent here)")
    report = tmp_path / "fresh.json"
    subprocess.run(
        [sys.executable, "-m", "auditor", "check", str(FRESH / "docs"), "--facts", str(FRESH / "reference_facts.yaml"),
         "--format", "json", "--output", str(report), "--fail-on", "never", "--no-cache"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    scored = subprocess.run(
        [sys.executable, str(SCORE_PY), str(FRESH / "gold.yaml"), str(FRESH / "docs"), str(report)],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    final = _SCORE.search(scored)
    assert final is not None, scored
    assert int(final.group(2)) >= 10, scored
    assert float(final.group(4)) >= 0.90, scored
    assert int(final.group(7)) == 0, scored
