"""Which files an audit reads, given the paths on the command line."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from auditor.regular_files import not_regular_reason, os_reason

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
    explicitly is read whatever its suffix, if it is a regular file.
    """
    found: list[Candidate] = []
    for path in paths:
        try:
            status = os.stat(path)
        except OSError as error:
            if path.is_symlink():
                found.append(Candidate(path, "no such file (broken symbolic link)"))
            elif error.errno == errno.ENOENT:
                found.append(Candidate(path, "no such file"))
            else:
                found.append(Candidate(path, f"cannot read: {os_reason(error)}"))
            continue
        if stat.S_ISDIR(status.st_mode):
            inside = list(_walk(path, _identity(status)))
            found.extend(inside)
            listed = any(candidate.path == path for candidate in inside)  # could not be listed
            if not listed and all(candidate.problem for candidate in inside):
                found.append(Candidate(path, "no documents (.txt, .md, .html) found in directory"))
        elif stat.S_ISREG(status.st_mode):
            found.append(Candidate(path))
        else:
            found.append(Candidate(path, not_regular_reason(status.st_mode)))
    return found


def _identity(status: os.stat_result) -> tuple[int, int]:
    return status.st_dev, status.st_ino


def _walk(folder: Path, identity: tuple[int, int]) -> Iterator[Candidate]:
    """The document files under ``folder``, and a problem for each thing that
    looks like one and is not read.

    Symbolic links to folders are followed; a link back to a folder the walk
    is inside (a loop), or to a folder already walked, is listed with its
    reason instead. A sub-folder that cannot be listed is listed itself, as
    is a document-named FIFO, socket or device (never opened).
    """
    walked: dict[tuple[int, int], Path] = {identity: folder}
    # (folder, the identities of the folders it sits in, itself included)
    pending: list[tuple[Path, frozenset[tuple[int, int]]]] = [(folder, frozenset([identity]))]
    while pending:
        here, ancestors = pending.pop()
        try:
            with os.scandir(here) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            yield Candidate(here, f"cannot list folder: {os_reason(error)}")
            continue
        subfolders: list[tuple[Path, frozenset[tuple[int, int]]]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = here / entry.name
            looks_like_document = entry.name.lower().endswith(DOCUMENT_SUFFIXES)
            try:
                status = os.stat(path)
            except OSError as error:
                if looks_like_document or entry.is_symlink():
                    reason = "broken symbolic link" if entry.is_symlink() else f"cannot read: {os_reason(error)}"
                    yield Candidate(path, reason)
                continue
            if stat.S_ISDIR(status.st_mode):
                key = _identity(status)
                if key in ancestors:
                    yield Candidate(path, f"symbolic link loop: leads back to {walked[key].as_posix()}, which is being read")
                elif key in walked:
                    yield Candidate(path, f"same folder as {walked[key].as_posix()}, read once")
                else:
                    walked[key] = path
                    subfolders.append((path, ancestors | {key}))
            elif looks_like_document:
                if stat.S_ISREG(status.st_mode):
                    yield Candidate(path)
                else:
                    yield Candidate(path, not_regular_reason(status.st_mode))
        # Popped from the end: sub-folders are walked in sorted order.
        pending.extend(reversed(subfolders))


def kind_of(path: str) -> str:
    """The document kind a file's suffix implies; anything else is read as text."""
    lowered = path.lower()
    if lowered.endswith((".md", ".markdown")):
        return "md"
    if lowered.endswith((".html", ".htm")):
        return "html"
    return "txt"
