"""Which files an audit reads, given the paths on the command line."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
SUPPORTED = ", ".join(DOCUMENT_SUFFIXES)

# Formats people try most often, with what to do about them.
_CONVERT_HINTS = {
    ".pdf": "convert it to text first (e.g. pdftotext)",
    ".docx": "save it as text, Markdown or HTML first (e.g. pandoc -t markdown)",
    ".doc": "save it as text, Markdown or HTML first",
    ".odt": "save it as text, Markdown or HTML first (e.g. pandoc -t markdown)",
    ".rtf": "save it as text, Markdown or HTML first",
}

Excluded = Callable[[Path, bool], bool]


@dataclass(frozen=True)
class Candidate:
    """A file to read, or a path that yields nothing (``problem`` set).

    ``named``: the path was given on the command line (not found in a folder
    walk); a named path that cannot be read stops the audit.
    ``problem_kind``: ``unsupported`` or ``unreadable``, when there is a problem.
    """

    path: Path
    problem: str | None = None
    problem_kind: str | None = None
    named: bool = False


def is_document(path: Path | str) -> bool:
    return str(path).lower().endswith(DOCUMENT_SUFFIXES)


def unsupported_reason(path: Path | str) -> str:
    """Why a file of this suffix is not read, and what to do instead."""
    suffix = Path(path).suffix.lower()
    described = f"{suffix} files are not read" if suffix else "a file without a suffix is not read"
    hint = _CONVERT_HINTS.get(suffix, f"documents are {SUPPORTED}")
    return f"unsupported file type: {described}; {hint}"


def discover(paths: list[Path], excluded: Excluded | None = None) -> list[Candidate]:
    """Files named directly, plus every file found under directories.

    Directories are walked recursively in sorted order. Hidden files and
    folders (a leading dot: ``.git``, caches) are not part of the walk, nor
    is what ``excluded(path, is_dir)`` rules out; every other file is a
    candidate, and one that is not a document comes back with a problem so
    that it is counted as skipped rather than dropped. A file named directly
    must be a document; a named path is never tested against the exclusions.
    """
    found: list[Candidate] = []
    for path in paths:
        if path.is_dir():
            inside = list(_walk(path, excluded))
            found.extend(inside)
            if not any(candidate.problem is None for candidate in inside):
                reason = _empty_folder_reason(inside)
                if excluded and any(c.problem is None for c in _walk(path, None)):
                    reason = "every document in this folder is excluded (--exclude, or exclude in [tool.auditor])"
                found.append(Candidate(path, reason, "unreadable", named=True))
        elif path.exists():
            if is_document(path):
                found.append(Candidate(path, named=True))
            else:
                found.append(Candidate(path, unsupported_reason(path), "unsupported", named=True))
        elif path.is_symlink():
            found.append(Candidate(path, "no such file (broken symbolic link)", "unreadable", named=True))
        else:
            found.append(Candidate(path, "no such file or folder", "unreadable", named=True))
    return found


def _empty_folder_reason(inside: list[Candidate]) -> str:
    reason = f"no documents ({SUPPORTED}) in this folder"
    if inside:
        reason += f", only {len(inside)} other file{'s' if len(inside) != 1 else ''}"
    return reason


def _walk(folder: Path, excluded: Excluded | None) -> Iterator[Candidate]:
    for root, folders, files in os.walk(folder):
        here = Path(root)
        folders[:] = sorted(
            name
            for name in folders
            if not name.startswith(".") and not (excluded and excluded(here / name, True))
        )
        for name in sorted(files):
            path = here / name
            if name.startswith(".") or (excluded and excluded(path, False)):
                continue
            if is_document(name):
                yield Candidate(path)
            else:
                yield Candidate(path, unsupported_reason(name), "unsupported")


def kind_of(path: str) -> str:
    """The document kind a file's suffix implies; anything else is read as text."""
    lowered = path.lower()
    if lowered.endswith((".md", ".markdown")):
        return "md"
    if lowered.endswith((".html", ".htm")):
        return "html"
    return "txt"
