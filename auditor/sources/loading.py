"""Files to documents, and a status for every input whether it was read or not."""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from auditor import model
from auditor.sources import html, markdown, text
from auditor.sources.decoding import DocumentError, decode, line_starts
from auditor.sources.discovery import discover, kind_of


def parse_document(path: str, data: bytes) -> model.Document:
    """One file's bytes as a document; a pure function, so it can be cached.

    ``path`` is the document's display path (also its id); its suffix picks
    the format. Raises DocumentError with a readable reason on bad input.
    """
    raw = decode(data)
    starts = line_starts(raw)
    kind = kind_of(path)
    if kind == "md":
        converted = markdown.convert(raw, starts, path)
    elif kind == "html":
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
    )


def display_path(path: str | os.PathLike[str], base: Path | None = None) -> str:
    """Posix path relative to ``base`` (default: the working directory) when under it."""
    return _PathShower(base)(path)


class _PathShower:
    """``display_path`` for many paths under one base: the base is resolved once and
    paths are compared as strings (``abspath`` already normalises them), which for a
    corpus of 100,000 files saves seconds of ``pathlib`` parsing."""

    def __init__(self, base: Path | None = None) -> None:
        self.root = os.path.abspath(base if base is not None else os.getcwd())
        self.prefix = self.root if self.root.endswith(os.sep) else self.root + os.sep

    def __call__(self, path: str | os.PathLike[str]) -> str:
        absolute = os.path.abspath(path)
        if absolute == self.root:
            return "."
        if absolute.startswith(self.prefix):
            return absolute[len(self.prefix) :].replace(os.sep, "/")
        return PurePath(path).as_posix()


@dataclass(frozen=True)
class SourceFile:
    """An input file by its display path (the document's id) and where to read it.

    ``problem`` says why a path yields no document (missing, a folder
    without documents); such a source is reported as skipped.
    """

    path: str
    location: Path
    problem: str | None = None


def list_sources(paths: Sequence[str | os.PathLike[str]], base: Path | None = None) -> list[SourceFile]:
    """Every input file under ``paths``, once each, sorted by display path."""
    found: dict[str, SourceFile] = {}
    show = _PathShower(base)
    for candidate in discover([Path(path) for path in paths]):
        shown = show(candidate.path)
        if shown not in found:  # named twice, e.g. directly and through its folder
            found[shown] = SourceFile(shown, candidate.path, candidate.problem)
    return [found[key] for key in sorted(found)]


def read_bytes(path: str | os.PathLike[str]) -> bytes | str:
    """A file's bytes, or the reason it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        return _describe_os_error(error)


def read_document(
    path: str | os.PathLike[str], base: Path | None = None
) -> model.Document | model.DocumentStatus:
    """Read and parse one file, or say why it was skipped."""
    shown = display_path(path, base)
    data = read_bytes(path)
    if isinstance(data, str):
        return skipped_status(shown, data)
    try:
        return parse_document(shown, data)
    except DocumentError as error:
        return skipped_status(shown, error.reason)


def document_status(document: model.Document) -> model.DocumentStatus:
    """The status of a document that was read."""
    return model.DocumentStatus(
        path=document.path,
        status="read",
        id=document.id,
        sha256=document.sha256,
        title=document.title,
        date=document.date,
    )


def load_documents(
    paths: Sequence[str | os.PathLike[str]], base: Path | None = None
) -> model.LoadResult:
    """Every document under ``paths``, with one status per input file, sorted by path."""
    documents: list[model.Document] = []
    statuses: list[model.DocumentStatus] = []
    for source in list_sources(paths, base):
        if source.problem:
            statuses.append(skipped_status(source.path, source.problem))
            continue
        result = read_document(source.location, base)
        if isinstance(result, model.Document):
            documents.append(result)
            statuses.append(document_status(result))
        else:
            statuses.append(result)
    return model.LoadResult(documents=tuple(documents), statuses=tuple(statuses))


def skipped_status(path: str, reason: str) -> model.DocumentStatus:
    return model.DocumentStatus(path=path, status="skipped", reason=reason)


def _describe_os_error(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        return "cannot read: permission denied"
    if error.errno == errno.ENOENT:
        return "no such file"
    if error.errno == errno.EISDIR:
        return "cannot read: is a directory"
    detail = (error.strerror or str(error)).lower()
    return f"cannot read: {detail}"
