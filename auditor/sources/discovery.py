"""Which files an audit reads, given the paths on the command line."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True)
class Candidate:
    """A file to read, or a path argument that yields nothing (``problem`` set)."""

    path: Path
    problem: str | None = None


def discover(paths: list[Path]) -> list[Candidate]:
    """Files named directly, plus document files found under directories.

    Directories are walked recursively in sorted order; hidden files and
    folders are skipped, and so are files that are not documents. A file named
    explicitly is read whatever its suffix.
    """
    found: list[Candidate] = []
    for path in paths:
        if path.is_dir():
            inside = list(_walk(path))
            if inside:
                found.extend(Candidate(file) for file in inside)
            else:
                found.append(Candidate(path, "no documents (.txt, .md, .html) found in directory"))
        elif path.exists():
            found.append(Candidate(path))
        elif path.is_symlink():
            found.append(Candidate(path, "no such file (broken symbolic link)"))
        else:
            found.append(Candidate(path, "no such file"))
    return found


def _walk(folder: Path):
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(DOCUMENT_SUFFIXES):
                yield Path(root) / name


def kind_of(path: str) -> str:
    """The document kind a file's suffix implies; anything else is read as text."""
    lowered = path.lower()
    if lowered.endswith((".md", ".markdown")):
        return "md"
    if lowered.endswith((".html", ".htm")):
        return "html"
    return "txt"
