"""Which files an audit reads, given the paths on the command line."""

from __future__ import annotations

import errno
import operator
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from auditor.regular_files import not_regular_reason, os_reason

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


class Candidate(NamedTuple):
    """A file to read, or a path that yields nothing (``problem`` set).

    ``named``: the path was given on the command line (not found in a folder
    walk); a named path that cannot be read stops the audit.
    ``problem_kind``: ``unsupported`` or ``unreadable``, when there is a problem.

    A tuple: a walk makes one per file of the corpus at every run (a frozen
    dataclass took three times as long to make).
    """

    path: Path | str  # a str for a document found in a folder walk
    problem: str | None = None
    problem_kind: str | None = None
    named: bool = False
    # The file's status as the walk found it (a document's only): whoever
    # reads the file next need not ask the file system again.
    status: os.stat_result | None = None


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
    must be a document, and a regular file; a named path is never tested
    against the exclusions. Symbolic links are followed (see ``_walk``).
    """
    found: list[Candidate] = []
    for path in paths:
        try:
            status = os.stat(path)
        except OSError as error:
            if path.is_symlink() and error.errno == errno.ENOENT:
                found.append(Candidate(path, "no such file (broken symbolic link)", "unreadable", named=True))
            elif error.errno == errno.ENOENT:
                found.append(Candidate(path, "no such file or folder", "unreadable", named=True))
            else:
                found.append(Candidate(path, f"cannot read: {os_reason(error)}", "unreadable", named=True))
            continue
        if stat.S_ISDIR(status.st_mode):
            inside = list(_walk(path, _identity(status), excluded))
            found.extend(inside)
            if not any(candidate.problem is None for candidate in inside) and not _unlisted(path, inside):
                reason = _empty_folder_reason(inside)
                if excluded and any(c.problem is None for c in _walk(path, _identity(status), None)):
                    reason = "every document in this folder is excluded (--exclude, or exclude in [tool.auditor])"
                found.append(Candidate(path, reason, "unreadable", named=True))
        elif not stat.S_ISREG(status.st_mode):
            # A FIFO would block the read, a device may never end: refused.
            found.append(Candidate(path, not_regular_reason(status.st_mode), "unreadable", named=True))
        elif is_document(path):
            found.append(Candidate(path, named=True, status=status))
        else:
            found.append(Candidate(path, unsupported_reason(path), "unsupported", named=True))
    return found


def _unlisted(folder: Path, inside: list[Candidate]) -> bool:
    """Whether the walk already said the folder itself cannot be listed."""
    return any(candidate.path == folder for candidate in inside)


def _empty_folder_reason(inside: list[Candidate]) -> str:
    reason = f"no documents ({SUPPORTED}) in this folder"
    if inside:
        reason += f", only {len(inside)} other file{'s' if len(inside) != 1 else ''}"
    return reason


def _identity(status: os.stat_result) -> tuple[int, int]:
    return status.st_dev, status.st_ino


_entry_name = operator.attrgetter("name")


def _walk(folder: Path, identity: tuple[int, int], excluded: Excluded | None) -> Iterator[Candidate]:
    """Every file under ``folder``: documents to read, and the rest with the
    reason each is not read.

    Symbolic links to folders are followed; a link back to a folder the walk
    is inside (a loop), or to a folder already walked, is listed with its
    reason instead of being walked again. A sub-folder that cannot be listed
    is listed itself. FIFOs, sockets and devices are listed, never opened.
    """
    walked: dict[tuple[int, int], Path] = {identity: folder}
    # (folder, the identities of the folders it sits in, itself included)
    pending: list[tuple[Path, frozenset[tuple[int, int]]]] = [(folder, frozenset([identity]))]
    while pending:
        here, ancestors = pending.pop()
        try:
            with os.scandir(os.fspath(here)) as listing:
                entries = sorted(listing, key=_entry_name)
        except OSError as error:
            yield Candidate(here, f"cannot list folder: {os_reason(error)}", "unreadable")
            continue
        subfolders: list[tuple[Path, frozenset[tuple[int, int]]]] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                status = entry.stat()  # os.stat(path): symbolic links followed
            except OSError as error:
                if excluded and excluded(here / name, False):
                    continue
                reason = "broken symbolic link" if entry.is_symlink() else f"cannot read: {os_reason(error)}"
                yield Candidate(here / name, reason, "unreadable")
                continue
            is_folder = stat.S_ISDIR(status.st_mode)
            if excluded and excluded(here / name, is_folder):
                continue
            if is_folder:
                path = here / name
                key = _identity(status)
                if key in ancestors:
                    yield Candidate(path, f"symbolic link loop: leads back to {walked[key].as_posix()}, which is being read",
                                    "unsupported")  # fmt: skip
                elif key in walked:
                    yield Candidate(path, f"same folder as {walked[key].as_posix()}, read once", "unsupported")
                else:
                    walked[key] = path
                    subfolders.append((path, ancestors | {key}))
            elif not stat.S_ISREG(status.st_mode):
                yield Candidate(here / name, not_regular_reason(status.st_mode), "unsupported")
            elif name.lower().endswith(DOCUMENT_SUFFIXES):  # is_document
                # The path as the system gave it: a Path object for each of a
                # corpus's documents costs a tenth of a second per 10,000.
                yield Candidate(entry.path, None, None, False, status)
            else:
                yield Candidate(here / name, unsupported_reason(name), "unsupported")
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
