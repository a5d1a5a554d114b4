"""Files to documents, and a status for every input whether it was read or not."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path, PurePath

from auditor import model
from auditor.regular_files import FileTooLarge, UnreadableFile, read_regular_file
from auditor.sources import html, markdown, text
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
        return _skipped(shown, f"{error.reason}; raise it with --max-document-size", "unreadable")
    except UnreadableFile as error:
        reason = error.reason if error.reason.startswith("not a regular") else f"cannot read: {error.reason}"
        return _skipped(shown, reason, "unreadable")
    try:
        return parse_document(shown, data)
    except DocumentError as error:
        return _skipped(shown, error.reason, "empty" if error.reason == EMPTY_FILE else "unreadable")


class InputsRefused(Exception):
    """Paths named on the command line that give nothing to audit.

    ``problems`` are ``(path, reason)`` pairs, one per such path.
    """

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{path}: {reason}" for path, reason in self.problems))


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
    documents: dict[str, model.Document] = {}
    statuses: dict[str, model.DocumentStatus] = {}
    refused: list[tuple[str, str]] = []
    for given in paths:
        read_here = 0
        for candidate in discover([Path(given)], excluded):
            shown = display_path(candidate.path, base)
            if shown in statuses:
                # Named twice, e.g. directly and through its folder.
                read_here += statuses[shown].status == "read"
                continue
            if candidate.problem:
                if candidate.named:
                    refused.append((shown, candidate.problem))
                statuses[shown] = _skipped(shown, candidate.problem, candidate.problem_kind)
                continue
            result = read_document(candidate.path, base, max_document_bytes)
            if isinstance(result, model.Document):
                documents[shown] = result
                statuses[shown] = _read(result)
                read_here += 1
            else:
                statuses[shown] = result
                if candidate.named and result.skip_kind != "empty":
                    refused.append((shown, result.reason or "cannot be read"))
        folder = display_path(given, base)
        if Path(given).is_dir() and not read_here and folder not in statuses:
            refused.append((folder, "no document in this folder could be read"))
    if strict and refused:
        raise InputsRefused(refused)
    return model.LoadResult(
        documents=tuple(documents[key] for key in sorted(documents)),
        statuses=tuple(statuses[key] for key in sorted(statuses)),
    )


def _read(document: model.Document) -> model.DocumentStatus:
    return model.DocumentStatus(
        path=document.path,
        status="read",
        id=document.id,
        sha256=document.sha256,
        title=document.title,
        date=document.date,
    )


def _skipped(path: str, reason: str, kind: str | None = None) -> model.DocumentStatus:
    return model.DocumentStatus(path=path, status="skipped", reason=reason, skip_kind=kind)
