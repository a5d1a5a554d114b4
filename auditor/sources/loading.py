"""Files to documents, and a status for every input whether it was read or not."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path, PurePath

from auditor import model
from auditor.sources import html, markdown, text
from auditor.regular_files import FileTooLarge, UnreadableFile, read_regular_file
from auditor.sources.decoding import DocumentError, decode, line_starts, lone_carriage_returns_as_newlines
from auditor.sources.discovery import discover, kind_of

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
        problems=tuple(model.AuditError(path=path, line=line, message=message) for line, message in converted.problems),
    )


def display_path(path: str | os.PathLike[str], base: Path | None = None) -> str:
    """Posix path relative to ``base`` (default: the working directory) when under it.

    A byte of the name that is not UTF-8 is shown as ``\\xNN`` (Python keeps
    it as a lone surrogate, which no report could encode).
    """
    given = Path(path)
    root = Path(os.path.abspath(base if base is not None else os.getcwd()))
    absolute = Path(os.path.abspath(given))
    try:
        shown = absolute.relative_to(root).as_posix()
    except ValueError:
        shown = PurePath(given).as_posix()
    return escape_undecodable(shown)


def escape_undecodable(name: str) -> str:
    """``caf\\udce9.txt`` (a Latin-1 byte read from the file system) -> ``caf\\xe9.txt``."""
    if name.isascii():
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def read_document(
    path: str | os.PathLike[str],
    base: Path | None = None,
    max_bytes: int | None = DEFAULT_MAX_DOCUMENT_BYTES,
) -> model.Document | model.DocumentStatus:
    """Read and parse one file, or say why it was skipped (not a regular
    file, larger than ``max_bytes``, unreadable, not a document)."""
    shown = display_path(path, base)
    try:
        data = read_regular_file(path, max_bytes)
    except FileTooLarge as error:
        return _skipped(shown, f"{error.reason}; raise it with --max-document-size")
    except UnreadableFile as error:
        return _skipped(shown, error.reason if error.reason.startswith("not a regular") else f"cannot read: {error.reason}")
    try:
        return parse_document(shown, data)
    except DocumentError as error:
        return _skipped(shown, error.reason)


def load_documents(
    paths: Sequence[str | os.PathLike[str]],
    base: Path | None = None,
    max_document_bytes: int | None = DEFAULT_MAX_DOCUMENT_BYTES,
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
        result = read_document(candidate.path, base, max_document_bytes)
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
