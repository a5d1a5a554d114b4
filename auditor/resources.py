"""Where the shipped data lives (the default rule pack and lexicons), and which rules folder brings knowledge."""

from __future__ import annotations

import functools
from collections.abc import Sequence
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


def holds_knowledge(folder: Path) -> bool:
    """Whether a rules folder brings knowledge of its own."""
    return (Path(folder) / "entities.yaml").is_file() or (Path(folder) / "lexicon").is_dir()


def knowledge_dir_of(rules_folders: Sequence[Path]) -> Path | None:
    """The rules folder whose knowledge extraction uses: the last one that
    ``holds_knowledge``; None for the shipped one."""
    return next((Path(folder) for folder in reversed(rules_folders) if holds_knowledge(folder)), None)
