"""Where the shipped data lives: the default rule pack and lexicons."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path


@functools.lru_cache(maxsize=1)
def default_rules_dir() -> Path:
    """The default rule pack: installed as ``auditor.default_rules``.

    In a source checkout that was not installed, it is the repository's own
    ``rules/`` folder, which is what gets installed.
    """
    try:
        return Path(str(resources.files("auditor.default_rules")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "rules"
