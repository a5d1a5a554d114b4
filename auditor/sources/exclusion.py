"""``--exclude GLOB`` and ``exclude = [...]``: paths a folder walk leaves out.

Patterns follow ``.gitignore`` (through ``pathspec``, the library black and
many others use): a pattern with no slash but a trailing one (``drafts``,
``*.bak.md``, ``old/``) matches a file or folder name at any depth; a
pattern with a slash at its start or in its middle (``/archive``,
``archive/2019/``, ``notes/**/old.md``) is anchored at its base folder: the
working directory for the command line, the ``pyproject.toml``'s folder for
the configuration. A trailing slash matches folders only; a folder that is
excluded is not entered.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pathspec


class ExcludePatternError(ValueError):
    """A pattern that is not a valid ``.gitignore`` pattern."""


@dataclass(frozen=True)
class Exclusions:
    """Patterns with the folder each set is anchored at."""

    sets: tuple[tuple[Path, pathspec.GitIgnoreSpec], ...] = ()

    @classmethod
    def build(cls, groups: Sequence[tuple[Path, Sequence[str]]]) -> Exclusions:
        sets = []
        for base, patterns in groups:
            if not patterns:
                continue
            try:
                spec = pathspec.GitIgnoreSpec.from_lines(list(patterns))
            except (ValueError, TypeError) as exc:
                raise ExcludePatternError(str(exc)) from None
            sets.append((Path(os.path.abspath(base)), spec))
        return cls(tuple(sets))

    def __bool__(self) -> bool:
        return bool(self.sets)

    def __call__(self, path: Path, is_dir: bool) -> bool:
        """Whether a path met in a walk is excluded."""
        absolute = Path(os.path.abspath(path))
        for base, spec in self.sets:
            try:
                relative = absolute.relative_to(base).as_posix()
            except ValueError:
                # Outside the base: only name patterns can apply, to the name.
                relative = absolute.name
            if spec.match_file(relative + "/" if is_dir else relative):
                return True
        return False
