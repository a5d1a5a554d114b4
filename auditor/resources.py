"""Where the shipped data lives: the default rule pack and lexicons."""

from __future__ import annotations

import functools
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=1)
def default_rules_dir() -> Path:
    """The default rule pack, installed inside the package as ``default_rules``.

    In a source checkout that was not installed, it is the repository's own
    ``rules/`` folder, which is what gets installed.
    """
    installed = _PACKAGE / "default_rules"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "rules"
