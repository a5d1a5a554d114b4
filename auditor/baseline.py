"""Baselines: fingerprints of accepted findings, so a run reports only new ones.

The file is JSON, ``{"schema_version": 1, "fingerprints": [...]}``. These
functions read and produce text; writing the file is the command line's job.
"""

from __future__ import annotations

import json
import os
import re
from typing import Iterable

from auditor.data_files import DataError, Limits, load_json
from auditor.model import Finding

SCHEMA_VERSION = 1
# A fingerprint list of a million findings is about 20 MB.
BASELINE_LIMITS = Limits(max_bytes=100_000_000, max_depth=8)
_FINGERPRINT = re.compile(r"^[0-9a-f]{16}$")


class BaselineError(ValueError):
    """A baseline file that cannot be used."""


def parse_baseline(text: str, path: str | os.PathLike[str] = "baseline") -> frozenset[str]:
    """The fingerprints a baseline accepts; BaselineError (``path[:line]: problem``) when it is not one."""
    try:
        data = load_json(text, path, BASELINE_LIMITS)
    except DataError as exc:
        raise BaselineError(str(exc)) from None

    def refuse(problem: str) -> BaselineError:
        return BaselineError(f"{os.fspath(path)}: {problem}")

    if not isinstance(data, dict):
        raise refuse('expected an object {"schema_version": 1, "fingerprints": [...]}')
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise refuse(f"unsupported schema_version {version!r} (expected {SCHEMA_VERSION})")
    fingerprints = data.get("fingerprints")
    if not isinstance(fingerprints, list) or not all(isinstance(f, str) for f in fingerprints):
        raise refuse("'fingerprints' must be a list of strings")
    bad = [f for f in fingerprints if not _FINGERPRINT.match(f)]
    if bad:
        raise refuse(f"not a finding fingerprint: {bad[0]!r}")
    return frozenset(fingerprints)


def render_baseline(findings: Iterable[Finding] | Iterable[str]) -> str:
    """Baseline text for findings (or fingerprints), sorted so diffs stay small."""
    prints = sorted({item if isinstance(item, str) else item.fingerprint for item in findings})
    return json.dumps({"schema_version": SCHEMA_VERSION, "fingerprints": prints}, indent=2) + "\n"


def apply_baseline(findings: Iterable[Finding], baseline: frozenset[str] | set[str]) -> tuple[list[Finding], int]:
    """Findings not in the baseline, and how many were dropped."""
    every = list(findings)
    kept = [finding for finding in every if finding.fingerprint not in baseline]
    return kept, len(every) - len(kept)
