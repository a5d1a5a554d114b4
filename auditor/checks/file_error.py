"""An error in a data file the user wrote, pointing at the place to fix."""

from __future__ import annotations

from pathlib import Path


class DataFileError(Exception):
    """A rule or facts file that cannot be used: ``path:line: key: message``."""

    def __init__(self, path: str | Path, line: int | None, key: str, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.key = key
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        # A problem with the whole file (unreadable, too large) has no line:
        # ``path: key: message``, never a made-up line 0.
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.key}: {self.message}"
