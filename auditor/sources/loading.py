"""Files to documents, and a status for every input whether it was read or not."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from auditor import model
from auditor.regular_files import FileTooLarge, UnreadableFile, read_regular_file
from auditor.sources import text
from auditor.sources.decoding import EMPTY_FILE, DocumentError, decode, line_starts, lone_carriage_returns_as_newlines
from auditor.sources.discovery import Excluded, discover, kind_of

# Past this size a document is skipped with its reason (``--max-document-size``).
DEFAULT_MAX_DOCUMENT_BYTES = 10_000_000


def parse_document(path: str, data: bytes) -> model.Document:
    """One file's bytes as a document; a pure function, so it can be cached.

    ``path`` is the document's display path (also its id); its suffix picks
    the format. Raises DocumentError with a readable reason on bad input.
    """
    raw = lone_carriage_returns_as_newlines(decode(data))
    starts = line_starts(raw)
    kind = kind_of(path)
    # The Markdown and HTML readers are imported when a document needs them.
    if kind == "md":
        from auditor.sources import markdown

        converted = markdown.convert(raw, starts, path)
    elif kind == "html":
        from auditor.sources import html

        converted = html.convert(raw, starts)
    else:
        converted = text.convert(raw, starts)
    return model.Document(
        id=path,
        path=path,
        kind=kind,
        sha256=hashlib.sha256(data).hexdigest(),
        text=converted.text,
        line_starts=starts,
        title=converted.title,
        date=converted.date,
        url=converted.url,
        metadata=converted.metadata,
        suppressions=converted.suppressions,
        headings=converted.headings,
        markup=converted.markup,
        problems=tuple(model.AuditError(path=path, line=line, message=message, level="warning")
                       for line, message in converted.problems),  # fmt: skip
    )


def display_path(path: str | os.PathLike[str], base: Path | None = None) -> str:
    """Posix path relative to ``base`` (default: the working directory) when under it.

    A byte of the name that is not UTF-8 is shown as ``\\xNN`` (Python keeps
    it as a lone surrogate, which no report could encode).
    """
    return _PathShower(base)(path)


def escape_undecodable(name: str) -> str:
    """``caf\\udce9.txt`` (a Latin-1 byte read from the file system) -> ``caf\\xe9.txt``."""
    if name.isascii():
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class _PathShower:
    """``display_path`` for many paths under one base: the base is resolved once and
    paths are compared as strings (``abspath`` already normalises them), which for a
    corpus of 100,000 files saves seconds of ``pathlib`` parsing."""

    def __init__(self, base: Path | None = None) -> None:
        # os.path.abspath asks the system for the working directory for each
        # relative path (a system call per file: a tenth of a second for
        # 10,000 files on a virtual machine); it is asked once here.
        self.cwd = os.getcwd()
        self.root = self._absolute(base if base is not None else self.cwd)
        self.prefix = self.root if self.root.endswith(os.sep) else self.root + os.sep
        self._folders: dict[str, str] = {}

    def _absolute(self, path: str | os.PathLike[str]) -> str:
        # os.path.abspath, with the working directory of the start of the run.
        path = os.fspath(path)
        return os.path.normpath(path if os.path.isabs(path) else os.path.join(self.cwd, path))

    def __call__(self, path: str | os.PathLike[str]) -> str:
        absolute = self._absolute(path)
        if absolute == self.root:
            return "."
        if absolute.startswith(self.prefix):
            return escape_undecodable(absolute[len(self.prefix) :].replace(os.sep, "/"))
        return escape_undecodable(PurePath(path).as_posix())

    def in_folder(self, listed: str) -> str:
        """``self(listed)`` for the path of a folder listing's entry (``os.scandir``'s
        ``entry.path``: the folder joined with a name that is neither ``.``, ``..``
        nor holds a separator), with the folder shown once for all its entries.

        The same string: a path under the base is shown relative to it, as its
        folder is, and one outside as written, as its folder is; a name joins
        its folder after a separator, which no escaped byte sequence crosses.
        """
        # The folder with the separator(s) that end it, shown as the folder is.
        cut = listed.rfind(os.sep) + 1
        folder, name = listed[:cut], listed[cut:]
        shown = self._folders.get(folder)
        if shown is None:
            shown = self._folders[folder] = self(folder or os.curdir)
        if shown == ".":
            return escape_undecodable(name)
        return f"{shown}{escape_undecodable(name)}" if shown.endswith("/") else f"{shown}/{escape_undecodable(name)}"


@dataclass(frozen=True)
class SourceFile:
    """An input file by its display path (the document's id) and where to read it.

    ``problem`` says why a path yields no document (not a document, missing,
    a folder without documents) and ``problem_kind`` what kind of reason it
    is; ``named``: the path was given on the command line. ``given``: which
    of the paths asked for found it (a file named and inside a named folder
    is read once).
    """

    path: str
    location: Path | str
    problem: str | None = None
    problem_kind: str | None = None
    named: bool = False
    given: tuple[int, ...] = ()
    # The file's status when it was listed (see ``discovery.Candidate``).
    status: os.stat_result | None = dataclasses.field(default=None, compare=False, repr=False)


def list_sources(
    paths: Sequence[str | os.PathLike[str]], base: Path | None = None, *, excluded: Excluded | None = None
) -> list[SourceFile]:
    """Every input file under ``paths``, once each, sorted by display path."""
    found: dict[str, SourceFile] = {}
    show = _PathShower(base)
    for index, given in enumerate(paths):
        found_by = (index,)
        for path, problem, problem_kind, named, status in discover([Path(given)], excluded):
            # A document a folder walk found comes as the listing's path string.
            shown = show.in_folder(path) if isinstance(path, str) and not named else show(path)
            if shown in found:  # named twice, e.g. directly and through its folder
                known = found[shown]
                found[shown] = dataclasses.replace(known, given=(*known.given, index), named=known.named or named)
                continue
            found[shown] = SourceFile(shown, path, problem, problem_kind, named, found_by, status)
    return [found[key] for key in sorted(found)]


def read_bytes(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_DOCUMENT_BYTES) -> bytes | str:
    """A file's bytes, or the reason it cannot be read: only a regular file is
    read (a FIFO would block, a device may never end), and only up to
    ``max_bytes``."""
    try:
        return read_regular_file(path, max_bytes)
    except FileTooLarge as error:
        return f"{error.reason}; raise it with --max-document-size"
    except UnreadableFile as error:
        return error.reason if error.reason.startswith("not a regular") else f"cannot read: {error.reason}"


def read_document(
    path: str | os.PathLike[str], base: Path | None = None, max_bytes: int | None = DEFAULT_MAX_DOCUMENT_BYTES
) -> model.Document | model.DocumentStatus:
    """Read and parse one file, or say why it was skipped."""
    shown = display_path(path, base)
    data = read_bytes(path, max_bytes)
    if isinstance(data, str):
        return skipped_status(shown, data, "unreadable")
    return parse_or_skip(shown, data)


def parse_or_skip(shown: str, data: bytes) -> model.Document | model.DocumentStatus:
    """``parse_document``, or the skipped status of bytes that are no document."""
    try:
        return parse_document(shown, data)
    except DocumentError as error:
        return skipped_status(shown, error.reason, "empty" if error.reason == EMPTY_FILE else "unreadable")


class InputsRefused(Exception):
    """Paths named on the command line that give nothing to audit.

    ``problems`` are ``(path, reason)`` pairs, one per such path.
    """

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{path}: {reason}" for path, reason in self.problems))


def refusals(
    paths: Sequence[str | os.PathLike[str]],
    sources: Sequence[SourceFile],
    statuses: Mapping[str, model.DocumentStatus] | None = None,
    base: Path | None = None,
) -> list[tuple[str, str]]:
    """The paths named in ``paths`` that give nothing to audit, with why.

    A named path that is missing, not a document, unreadable or undecodable,
    or a folder in which no document could be read. An empty file is not
    refused. Without ``statuses`` (before anything was read), only what the
    file system already tells. Files found in a folder walk are never refused.
    """
    refused: list[tuple[str, str]] = []
    read_here = [0] * len(paths)
    named: list[list[SourceFile]] = [[] for _ in paths]
    for source in sources:
        status = statuses.get(source.path) if statuses is not None else None
        if status is not None and status.status == "read":
            for index in source.given:
                read_here[index] += 1
        if source.named:
            named[min(source.given)].append(source)
    # In the order the paths were given, as they would be read.
    for index, given in enumerate(paths):
        for source in named[index]:
            status = statuses.get(source.path) if statuses is not None else None
            if source.problem:
                refused.append((source.path, source.problem))
            elif status is not None and status.status == "skipped" and status.skip_kind != "empty":
                refused.append((source.path, status.reason or "cannot be read"))
        if statuses is not None:
            folder = display_path(given, base)
            if Path(given).is_dir() and not read_here[index] and folder not in statuses:
                refused.append((folder, "no document in this folder could be read"))
    return refused


def load_documents(
    paths: Sequence[str | os.PathLike[str]],
    base: Path | None = None,
    max_document_bytes: int | None = DEFAULT_MAX_DOCUMENT_BYTES,
    *,
    excluded: Excluded | None = None,
    strict: bool = False,
) -> model.LoadResult:
    """Every document under ``paths``, with one status per input file, sorted by path.

    With ``strict``, a path named in ``paths`` that gives nothing to audit
    (missing, not a document, unreadable or undecodable, a folder without a
    readable document) raises :class:`InputsRefused` naming each one; an
    empty file is not refused. Files found in a folder walk never raise:
    they are skipped with their reason.
    """
    sources = list_sources(paths, base, excluded=excluded)
    documents: list[model.Document] = []
    statuses: dict[str, model.DocumentStatus] = {}
    for source in sources:
        if source.problem:
            statuses[source.path] = skipped_status(source.path, source.problem, source.problem_kind)
            continue
        result = read_document(source.location, base, max_document_bytes)
        if isinstance(result, model.Document):
            documents.append(result)
            statuses[source.path] = document_status(result)
        else:
            statuses[source.path] = result
    if strict:
        refused = refusals(paths, sources, statuses, base)
        if refused:
            raise InputsRefused(refused)
    return model.LoadResult(documents=tuple(documents), statuses=tuple(statuses[key] for key in sorted(statuses)))


def document_status(document: model.Document, problems: Sequence[model.AuditError] = ()) -> model.DocumentStatus:
    """The status of a document that was read, with what reading it (and,
    when given, extracting it) reported."""
    return model.DocumentStatus(
        path=document.path,
        status="read",
        id=document.id,
        sha256=document.sha256,
        title=document.title,
        date=document.date,
        problems=(*document.problems, *problems),
    )


def skipped_status(path: str, reason: str, kind: str | None = None) -> model.DocumentStatus:
    return model.DocumentStatus(path=path, status="skipped", reason=reason, skip_kind=kind)
