"""Files to documents, and a status for every input whether it was read or not."""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Sequence
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
    given = Path(path)
    root = Path(os.path.abspath(base if base is not None else os.getcwd()))
    absolute = Path(os.path.abspath(given))
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return PurePath(given).as_posix()


def read_document(
    path: str | os.PathLike[str], base: Path | None = None
) -> model.Document | model.DocumentStatus:
    """Read and parse one file, or say why it was skipped."""
    shown = display_path(path, base)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        return _skipped(shown, _describe_os_error(error))
    try:
        return parse_document(shown, data)
    except DocumentError as error:
        return _skipped(shown, error.reason)


def load_documents(
    paths: Sequence[str | os.PathLike[str]], base: Path | None = None
) -> model.LoadResult:
    """Every document under ``paths``, with one status per input file, sorted by path."""
    documents: dict[str, model.Document] = {}
    statuses: dict[str, model.DocumentStatus] = {}
    for candidate in discover([Path(path) for path in paths]):
        shown = display_path(candidate.path, base)
        if shown in statuses:
            continue  # named twice, e.g. directly and through its folder
        if candidate.problem:
            statuses[shown] = _skipped(shown, candidate.problem)
            continue
        result = read_document(candidate.path, base)
        if isinstance(result, model.Document):
            documents[shown] = result
            statuses[shown] = model.DocumentStatus(
                path=shown,
                status="read",
                id=result.id,
                sha256=result.sha256,
                title=result.title,
                date=result.date,
            )
        else:
            statuses[shown] = result
    return model.LoadResult(
        documents=tuple(documents[key] for key in sorted(documents)),
        statuses=tuple(statuses[key] for key in sorted(statuses)),
    )


def _skipped(path: str, reason: str) -> model.DocumentStatus:
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
