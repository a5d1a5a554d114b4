"""The claim store: extraction results kept in an SQLite database between runs.

One file, ``claims.sqlite``, in WAL mode so that runs read while another
writes; every document is replaced in one transaction, so two runs at once
leave each entry whole (the later writer wins). An entry is used only when
its path, the SHA-256 of the file's bytes and the fingerprint of the code
and knowledge (:mod:`auditor.store.fingerprint`) all match.

A file that is not such a store (another program's database, a store of an
older layout, garbage, a truncated copy) is never trusted: it is moved
aside, a new store is built in its place and a notice says so.
``--no-cache`` uses the same store in memory, so a run without one follows
the same path and never touches the disk.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from pydantic import BaseModel

from .codec import decode

if TYPE_CHECKING:
    from .spill import Spill

FILE_NAME = "claims.sqlite"
# PRAGMA application_id: "AUDT". A database without it is not ours.
APPLICATION_ID = 0x41554454
# PRAGMA user_version: the layout below. A store of another layout is rebuilt.
LAYOUT_VERSION = 5
# Written documents are committed in batches: one transaction per document
# would cost a sync each; a crash loses at most a batch, never consistency.
_BATCH = 256
# SQLite's page cache per connection, in KiB: the documents table of 10,000
# documents (4 MB) fits; at 100,000 documents a larger cache only adds to the
# peak memory (64 MB added 80 MB to the warm check's, over the 2 GB target).
_CACHE_KIB = 8 * 1024
# How long a run waits for another run's write to finish before giving up.
_BUSY_TIMEOUT_MS = 60_000
# Another run's commit can make a read or a lock fail for a moment (WAL's
# shared-memory file being rebuilt reads as "disk I/O error"): tried again
# after a pause that doubles, before the store is taken for damaged.
_TRANSIENT = ("disk i/o error", "database is locked", "database table is locked")
_RETRIES = 6
_FIRST_PAUSE_S = 0.02


def _transient(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and any(t in str(exc).casefold() for t in _TRANSIENT)


def _again(step):  # type: ignore[no-untyped-def]
    """``step()``, tried again while it fails in a way another run can cause for a moment."""
    for attempt in range(_RETRIES):
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if not _transient(exc) or attempt == _RETRIES - 1:
                raise
            time.sleep(_FIRST_PAUSE_S * 2**attempt)
    raise AssertionError("unreachable")

_SCHEMA = (
    # One row per document: what identifies its entry, and the small parts
    # every run reads. The large parts live in payloads, read on demand.
    # size, mtime_ns, read_ns: the file's size and modification time when it
    # was read, and when that was, so an unchanged file need not be hashed
    # again (see ClaimStore.unchanged).
    """CREATE TABLE IF NOT EXISTS documents (
        path TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status BLOB NOT NULL,
        claim_count INTEGER NOT NULL,
        error TEXT,
        size INTEGER,
        mtime_ns INTEGER,
        read_ns INTEGER
    )""",
    # ``head``: the document's record without its analysis text (what stages
    # after extraction read: path, date, suppressions, metadata).
    # ``corpus_input``: what the document tells the corpus-level step (the full
    # names it gives), read for every document without decoding its claims.
    """CREATE TABLE IF NOT EXISTS payloads (
        path TEXT PRIMARY KEY,
        head BLOB NOT NULL,
        claims BLOB,
        corpus_input BLOB NOT NULL,
        text BLOB NOT NULL
    )""",
    # Which claims (a document's path and the claim's position in it) are kept
    # under a key (auditor.link.store_keys), with the claim's kind, event, role
    # and pairing figure: a new document is checked against the claims that
    # can meet its own, read from the documents that hold them.
    """CREATE TABLE IF NOT EXISTS claim_index (
        key TEXT NOT NULL,
        path TEXT NOT NULL,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        event TEXT,
        role TEXT,
        value REAL,
        PRIMARY KEY (key, path, seq)
    ) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS claim_index_by_path ON claim_index (path)",
    # Tables computed over the whole corpus (a short-form table, compiled
    # knowledge), each valid for one fingerprint.
    """CREATE TABLE IF NOT EXISTS corpus_tables (
        name TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        data BLOB NOT NULL
    )""",
)

Record = TypeVar("Record", bound=BaseModel)


class StoreUnavailable(Exception):
    """No store can be opened or built where it was asked for."""


class StoreDamaged(Exception):
    """The store's file turned out damaged while it was in use."""


# A claim's row in the store's index: key, position in its document, kind,
# event, role, and its pairing figure (None: never paired across subjects).
IndexRow = tuple[str, int, str, "str | None", "str | None", "float | None"]


@dataclass(frozen=True)
class EncodedDocument:
    """One document's extraction result as the store keeps it.

    This is what a worker sends back: bytes and strings only, cheap to pass
    between processes and written to the store without being decoded.
    ``status``, ``head`` (the document without its analysis text) and
    ``claims`` are encoded records (:func:`auditor.store.codec.encode`);
    ``claims`` is None when extraction failed, and ``error`` says why.
    ``corpus_input`` is encoded data (:func:`auditor.store.codec.encode_data`)
    for the corpus-level step; ``text`` the analysis text, encoded the same
    way (read only to look for a name no claim gives). ``index``: the rows
    under which the store finds its claims (:data:`IndexRow`).
    """

    path: str
    sha256: str
    status: bytes
    head: bytes
    claims: bytes | None
    error: str | None
    index: tuple[IndexRow, ...]
    claim_count: int
    corpus_input: bytes
    text: bytes


@dataclass(frozen=True)
class FileStat:
    """A file's size and modification time, and when it was read (nanoseconds)."""

    size: int
    mtime_ns: int
    read_ns: int


# A file modified less than this before it was read may have changed again
# within the same timestamp tick: its stat is not trusted ("racily clean").
_RACY_NS = 2_000_000_000


class IndexEntry(NamedTuple):
    """What the store knows of a path's entry: its content hash, the file's stat
    then, and the entry's small parts (its encoded status, claim count and
    extraction error), which every run reads for every unchanged document.

    A tuple: ``index()`` makes one per document of the corpus at every run.
    """

    sha256: str
    size: int | None
    mtime_ns: int | None
    read_ns: int | None
    status: bytes
    claim_count: int
    error: str | None

    @property
    def stat(self) -> FileStat | None:
        return FileStat(self.size, self.mtime_ns, self.read_ns) if self.size is not None else None  # type: ignore[arg-type]

    def unchanged(self, size: int, mtime_ns: int) -> bool:
        """Whether a file with this size and modification time still holds the bytes hashed.

        As git trusts its index: same size, same modification time, and that
        time well before the file was read, so a write in the same clock tick
        as the read cannot hide.
        """
        return (
            self.size is not None
            and self.size == size
            and self.mtime_ns == mtime_ns
            and mtime_ns + _RACY_NS < self.read_ns  # type: ignore[operator]
        )


@dataclass
class ClaimStore:
    """An open store, bound to one fingerprint. Not shared between threads."""

    connection: sqlite3.Connection
    fingerprint: str
    location: Path | None  # None: in memory
    notices: list[str] = field(default_factory=list)
    _pending: list[tuple[EncodedDocument, FileStat | None]] = field(default_factory=list, repr=False)
    _stats: list[tuple[str, FileStat]] = field(default_factory=list, repr=False)
    _closed: bool = field(default=False, repr=False)

    # ----------------------------------------------------------------- reading

    def index(self) -> dict[str, IndexEntry]:
        """What is known of every entry made under this fingerprint, by path.

        One pass over the documents table: reading the statuses of the
        unchanged documents again, 500 paths to a query, took as long again
        at 10,000 documents.
        """
        self.flush()
        rows = self._query(
            "SELECT path, sha256, size, mtime_ns, read_ns, status, claim_count, error FROM documents "
            "WHERE fingerprint = ?",
            (self.fingerprint,),
        )
        make = IndexEntry._make
        return {row[0]: make(row[1:]) for row in rows}

    def content_hashes(self, paths: Iterable[str]) -> dict[str, str]:
        """The SHA-256 of the entry of each of ``paths`` made under this fingerprint, by path
        (``index()``'s, for a few paths)."""
        self.flush()
        found: dict[str, str] = {}
        for chunk in _chunks(list(paths)):
            marks = ",".join("?" * len(chunk))
            found.update(
                self._query(
                    f"SELECT path, sha256 FROM documents WHERE fingerprint = ? AND path IN ({marks})",
                    (self.fingerprint, *chunk),
                )
            )
        return found

    def payload(self, path: str, record_type: type[Record], column: str) -> Record | None:
        """A path's stored ``head`` or ``claims``, decoded; None when it has none.

        Raises :class:`~auditor.store.codec.DamagedEntry` when the bytes do
        not decode: the caller extracts the document again and replaces it.
        """
        if column not in ("head", "claims"):
            raise ValueError(f"no payload column {column!r}")
        self.flush()
        rows = self._query(f"SELECT {column} FROM payloads WHERE path = ?", (path,))
        if not rows or rows[0][0] is None:
            return None
        return decode(record_type, rows[0][0])

    def payloads(self, paths: Iterable[str], *columns: str) -> Iterator[tuple[str, ...]]:
        """(path, *encoded payloads) for each of ``paths`` that has an entry, in the order given."""
        if not columns or any(column not in ("head", "claims", "corpus_input", "text") for column in columns):
            raise ValueError(f"no payload columns {columns!r}")
        self.flush()
        for chunk in _chunks(list(paths)):
            marks = ",".join("?" * len(chunk))
            rows = self._query(f"SELECT path, {', '.join(columns)} FROM payloads WHERE path IN ({marks})", tuple(chunk))
            by_path = {row[0]: row for row in rows}
            yield from (by_path[path] for path in chunk if path in by_path)

    def indexed(self, keys: Iterable[str], low: float | None = None, high: float | None = None) -> list[tuple]:
        """(key, path, seq, kind, event, role, value) of the claims kept under ``keys``;
        with ``low`` and ``high``, only those whose pairing figure is between them."""
        self.flush()
        found: list[tuple] = []
        window = "" if low is None else " AND value BETWEEN ? AND ?"
        for chunk in _chunks(sorted(set(keys))):
            marks = ",".join("?" * len(chunk))
            found += self._query(
                f"SELECT key, path, seq, kind, event, role, value FROM claim_index WHERE key IN ({marks}){window}",
                (*chunk, *(() if low is None else (low, high))),
            )
        return found

    def index_counts(self, keys: Iterable[str], paths: Iterable[str] | None = None) -> list[tuple]:
        """(key, kind, event, role, count) of the claims with a pairing figure kept
        under ``keys``, in the documents of ``paths`` (None: every document indexed)."""
        self.flush()
        found: list[tuple] = []
        group = " AND value IS NOT NULL GROUP BY key, kind, event, role"
        for chunk in _chunks(sorted(set(keys))):
            marks = ",".join("?" * len(chunk))
            if paths is None:
                found += self._query(
                    f"SELECT key, kind, event, role, count(*) FROM claim_index WHERE key IN ({marks}){group}", tuple(chunk)
                )
                continue
            for some in _chunks(sorted(set(paths))):
                found += self._query(
                    f"SELECT key, kind, event, role, count(*) FROM claim_index WHERE key IN ({marks}) "
                    f"AND path IN ({','.join('?' * len(some))}){group}",
                    (*chunk, *some),
                )
        return found

    def indexed_paths(self) -> set[str]:
        """Every document with a claim that can be paired across subjects (key ``*``)."""
        self.flush()
        return {path for (path,) in self._query("SELECT DISTINCT path FROM claim_index WHERE key = '*'")}

    def table(self, name: str) -> bytes | None:
        """A corpus-level table stored under this fingerprint, or None."""
        self.flush()
        rows = self._query("SELECT fingerprint, data FROM corpus_tables WHERE name = ?", (name,))
        if not rows or rows[0][0] != self.fingerprint:
            return None
        return rows[0][1]

    # ----------------------------------------------------------------- writing

    def put(self, entry: EncodedDocument, stat: FileStat | None = None) -> None:
        """Keep a document's result (replacing any entry of its path); written in batches.

        ``stat``: the file's, taken before its bytes were read.
        """
        self._pending.append((entry, stat))
        if len(self._pending) >= _BATCH:
            self.flush()

    def restat(self, path: str, stat: FileStat) -> None:
        """Record that a path's file, hashed again, still holds its entry's bytes."""
        self._stats.append((path, stat))
        if len(self._stats) >= _BATCH:
            self.flush()

    def put_table(self, name: str, data: bytes) -> None:
        self.flush()
        with self._transaction() as cursor:
            cursor.execute(
                "INSERT OR REPLACE INTO corpus_tables (name, fingerprint, data) VALUES (?, ?, ?)",
                (name, self.fingerprint, data),
            )

    def flush(self) -> None:
        if not self._pending and not self._stats:
            return
        pending, self._pending = self._pending, []
        stats, self._stats = self._stats, []
        with self._transaction() as cursor:
            cursor.executemany(
                "UPDATE documents SET size = ?, mtime_ns = ?, read_ns = ? WHERE path = ?",
                ((stat.size, stat.mtime_ns, stat.read_ns, path) for path, stat in stats),
            )
            for entry, stat in pending:
                cursor.execute("DELETE FROM claim_index WHERE path = ?", (entry.path,))
                cursor.execute(
                    "INSERT OR REPLACE INTO documents "
                    "(path, sha256, fingerprint, status, claim_count, error, size, mtime_ns, read_ns) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (entry.path, entry.sha256, self.fingerprint, entry.status, entry.claim_count, entry.error,
                     *((stat.size, stat.mtime_ns, stat.read_ns) if stat else (None, None, None))),
                )
                cursor.execute(
                    "INSERT OR REPLACE INTO payloads (path, head, claims, corpus_input, text) VALUES (?, ?, ?, ?, ?)",
                    (entry.path, entry.head, entry.claims, entry.corpus_input, entry.text),
                )
                cursor.executemany(
                    "INSERT OR IGNORE INTO claim_index (key, path, seq, kind, event, role, value) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    ((key, entry.path, seq, kind, event, role, value) for key, seq, kind, event, role, value in entry.index),
                )

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self.flush()
        except StoreDamaged:
            self._pending.clear()
            raise
        finally:
            self.connection.close()

    def reopened(self) -> "ClaimStore":
        """Another connection to this store's file, for reading entries after the
        run has closed its own (a report reads the claims it lists while it is
        written). Its pages were checked when the store was opened; a file that
        is gone or no longer this store raises :class:`StoreDamaged`."""
        if self.location is None:
            raise ValueError("a store in memory is gone once closed")
        try:
            connection = sqlite3.connect(
                f"{self.location.absolute().as_uri()}?mode=rw", uri=True, isolation_level=None,
                timeout=_BUSY_TIMEOUT_MS / 1000,
            )  # fmt: skip
        except sqlite3.Error as exc:
            raise StoreDamaged(f"{self.location}: {exc}") from exc
        try:
            connection.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA temp_store = MEMORY")
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            layout = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise StoreDamaged(f"{self.location}: {exc}") from exc
        if (application_id, layout) != (APPLICATION_ID, LAYOUT_VERSION):
            connection.close()
            raise StoreDamaged(f"{self.location}: it was replaced during the run")
        return ClaimStore(connection=connection, fingerprint=self.fingerprint, location=self.location)

    def spill(self) -> "Spill":
        """Scratch space for this run's claims, beside the store (in memory for a store in memory)."""
        from .spill import open_spill

        return open_spill(self.location.parent if self.location is not None else None)

    def discard(self) -> None:
        """Close the store and move its file aside: it was found damaged while in use."""
        self._pending.clear()
        self._stats.clear()
        self._closed = True
        with contextlib.suppress(sqlite3.Error):
            self.connection.close()
        if self.location is not None:
            _move_aside(self.location)

    def __enter__(self) -> "ClaimStore":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ----------------------------------------------------------------- plumbing

    def _query(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        try:
            return _again(lambda: self.connection.execute(sql, parameters).fetchall())
        except sqlite3.DatabaseError as exc:
            raise StoreDamaged(f"{self.location or 'the claim store'}: {exc}") from exc

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Cursor]:
        cursor = self.connection.cursor()
        try:
            # IMMEDIATE: take the write lock now, waiting (busy_timeout) for
            # another run's batch, rather than failing halfway through.
            _again(lambda: cursor.execute("BEGIN IMMEDIATE"))
            yield cursor
            cursor.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(sqlite3.Error):
                cursor.execute("ROLLBACK")
            raise StoreDamaged(f"{self.location or 'the claim store'}: {exc}") from exc
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                cursor.execute("ROLLBACK")
            raise
        finally:
            cursor.close()


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    # SQLite limits the parameters of one statement (32,766 by default; far
    # fewer in old builds).
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --------------------------------------------------------------------------- opening


def memory_store(fingerprint: str) -> ClaimStore:
    """A store that lives in this process's memory and is gone when closed."""
    connection = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    # Sorts and temporary indexes stay in memory too: nothing touches the disk.
    connection.execute("PRAGMA temp_store = MEMORY")
    _create(connection)
    return ClaimStore(connection=connection, fingerprint=fingerprint, location=None)


def open_store(directory: Path, fingerprint: str) -> ClaimStore:
    """The store in ``directory`` (created when missing; rebuilt, with a notice, when unusable).

    Raises :class:`StoreUnavailable` when no store can be made there (a
    read-only folder, a file where the folder should be).
    """
    directory = Path(directory)
    notices: list[str] = []
    try:
        _prepare_directory(directory)
    except OSError as exc:
        raise StoreUnavailable(f"cannot create the claim store folder {directory}: {exc.strerror or exc}") from exc
    database = directory / FILE_NAME
    problem = _foreign_or_damaged(database)
    if problem is None:
        try:
            # A moment's failure while another run opens or commits is no damage:
            # moving the file aside then would pull it from under that run.
            return ClaimStore(connection=_again(lambda: _connect(database)), fingerprint=fingerprint, location=database, notices=notices)
        except sqlite3.DatabaseError as exc:
            problem = str(exc) if str(exc).startswith("it ") else f"it is damaged ({exc})"
        except OSError as exc:
            raise StoreUnavailable(f"cannot open the claim store {database}: {exc.strerror or exc}") from exc
    notices.append(f"claim store {database}: {problem}; it was moved aside and rebuilt")
    _move_aside(database)
    try:
        return ClaimStore(connection=_connect(database), fingerprint=fingerprint, location=database, notices=notices)
    except (sqlite3.Error, OSError) as exc:
        raise StoreUnavailable(f"cannot build the claim store {database}: {exc}") from exc


def _prepare_directory(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    # The folder is a cache: version control and backup tools leave it alone
    # (https://bford.info/cachedir/).
    ignore = directory / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# Created by auditor: the claim store, rebuilt when missing.\n*\n", encoding="utf-8")
    tag = directory / "CACHEDIR.TAG"
    if not tag.exists():
        tag.write_text(
            "Signature: 8a477f597d28d172789f06886806bc55\n"
            "# This file is a cache directory tag created by auditor.\n",
            encoding="utf-8",
        )


_MAGIC = b"SQLite format 3\x00"


def _foreign_or_damaged(database: Path) -> str | None:
    """Why an existing file cannot be this store, read from its header; None when it may be."""
    try:
        with open(database, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    if not header:
        return None  # an empty file is an empty database
    if len(header) < 100 or not header.startswith(_MAGIC):
        return "it is not an SQLite database (garbage or truncated)"
    # In WAL mode the header on disk may lag behind the last commits, so an
    # identifier of 0 proves nothing yet (_create decides under a lock), and
    # truncation and damaged pages are for SQLite to find (_check).
    application_id = int.from_bytes(header[68:72], "big")
    if application_id not in (0, APPLICATION_ID):
        return "it is another program's database"
    return None


def _connect(database: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(database, isolation_level=None, timeout=_BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL never corrupts the database; a crash can only
        # lose the last transactions, which the next run extracts again.
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA temp_store = MEMORY")
        # Room for the pages of the documents table, which a run reads three
        # times (checked, indexed, statuses): SQLite's default of 2 MB holds
        # half of them at 10,000 documents. Only pages read take memory.
        connection.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        _create(connection)
        problem = _check(connection, database)
        if problem:
            raise sqlite3.DatabaseError(problem)
    except BaseException:
        connection.close()
        raise
    return connection


def _create(connection: sqlite3.Connection) -> None:
    # Under the write lock, so two runs that find no store build it once.
    connection.execute("BEGIN IMMEDIATE")
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        if application_id == 0:
            if connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise sqlite3.DatabaseError("it is another program's database")
            for statement in _SCHEMA:
                connection.execute(statement)
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {LAYOUT_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise


_EXPECTED_TABLES = {"documents", "payloads", "claim_index", "corpus_tables"}
# The table every run reads whole (every document's identity, file status
# and extraction status) has its pages checked when a store opens. Pages of
# the other tables are checked by SQLite as a run reads them (a page that is
# not what its b-tree says raises an error, and the run starts again with a
# new store), and what they hold by its own checksum when decoded: zlib's
# for claims and records, an HMAC for sealed tables. A run that checks one
# new file against the corpus reads a few hundred of the store's pages;
# checking them all (a quarter of a second at 10,000 documents) would make
# its time grow with the corpus.
_READ_WHOLE = ("documents",)


def _check(connection: sqlite3.Connection, database: Path | None = None) -> str | None:
    """Why an opened database is not a sound store of this layout; None when it is."""
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    layout = connection.execute("PRAGMA user_version").fetchone()[0]
    if application_id != APPLICATION_ID:
        return "it is another program's database"
    if layout != LAYOUT_VERSION:
        return f"it has layout {layout}, this auditor uses {LAYOUT_VERSION}"
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not _EXPECTED_TABLES <= tables:
        return f"tables are missing ({', '.join(sorted(_EXPECTED_TABLES - tables))})"
    pending = _wal_frames(database)
    if database is not None and not pending:
        # With no write pending in the WAL, every page the header counts is in
        # the file: a shorter file lost its end (a truncated copy).
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        if os.path.getsize(database) < pages * size:
            return f"it is damaged (truncated: {os.path.getsize(database):,} bytes of {pages * size:,})"
    # A WAL holding writes (a run in progress, or one that stopped halfway)
    # has every page checked; otherwise the tables read whole.
    for table in (None,) if pending or sqlite3.sqlite_version_info < (3, 33) else _READ_WHOLE:
        result = connection.execute("PRAGMA quick_check(1)" if table is None else f"PRAGMA quick_check({table})").fetchone()[0]
        if result != "ok":
            return f"its pages are damaged ({result})"
    return None


def _wal_frames(database: Path | None) -> bool:
    """Whether the store's write-ahead log holds writes not yet copied into the file."""
    if database is None:
        return False
    try:
        return os.path.getsize(database.with_name(database.name + "-wal")) > 0
    except OSError:
        return False


def _move_aside(database: Path) -> None:
    """Keep the unusable file as ``claims.sqlite.damaged`` (one copy) and clear the way."""
    with contextlib.suppress(FileNotFoundError):
        os.replace(database, database.with_name(database.name + ".damaged"))
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(database.with_name(database.name + suffix))
