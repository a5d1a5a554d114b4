"""Claims set aside during one run, to be read back a partition at a time.

When a corpus has more claims than a run should hold, the engine writes the
claims its partitioned rules read here, with the partition keys each rule
gives them, and reads them back one partition at a time. A spill lives in
the claim store's folder (or in memory for a store in memory) and is
deleted when closed.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

_BATCH = 2_000
_counter = itertools.count()


@dataclass
class Spill:
    connection: sqlite3.Connection
    location: Path | None
    _claims: list[tuple[int, str, str, bytes]] = field(default_factory=list, repr=False)
    _keys: list[tuple[int, str, int]] = field(default_factory=list, repr=False)
    _next: int = 0

    def add(self, path: str, claim_id: str, data: bytes, keys: list[tuple[int, str]]) -> None:
        """Set an encoded claim aside, under ``(rule, key)`` pairs."""
        seq = self._next
        self._next += 1
        self._claims.append((seq, path, claim_id, data))
        self._keys.extend((rule, key, seq) for rule, key in keys)
        if len(self._claims) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        if self._claims:
            self.connection.executemany("INSERT INTO claims VALUES (?, ?, ?, ?)", self._claims)
            self._claims = []
        if self._keys:
            self.connection.executemany("INSERT INTO keys VALUES (?, ?, ?)", self._keys)
            self._keys = []

    def partitions(self, rule: int) -> Iterator[list[bytes]]:
        """The encoded claims of each of a rule's partitions (claims sharing a key), in key order.

        A claim with several keys joins their partitions.
        """
        self.flush()
        self.connection.execute("CREATE INDEX IF NOT EXISTS keys_by_rule ON keys (rule, key)")
        parent: dict[str, str] = {}

        def find(key: str) -> str:
            root = parent.setdefault(key, key)
            while root != parent[root]:
                root = parent[root]
            while key != root:
                parent[key], key = root, parent[key]
            return root

        seq_keys: dict[int, list[str]] = {}
        for key, seq in self.connection.execute("SELECT key, seq FROM keys WHERE rule = ? ORDER BY key", (rule,)):
            keys = seq_keys.setdefault(seq, [])
            keys.append(key)
            roots = sorted({find(k) for k in keys})
            for other in roots[1:]:
                parent[other] = roots[0]
        members: dict[str, list[int]] = {}
        for seq, keys in seq_keys.items():
            members.setdefault(find(keys[0]), []).append(seq)
        del seq_keys
        for root in sorted(members):
            seqs = sorted(members[root])
            rows: list[bytes] = []
            for start in range(0, len(seqs), 500):
                chunk = seqs[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows += [data for (data,) in self.connection.execute(
                    f"SELECT data FROM claims WHERE seq IN ({marks}) ORDER BY seq", chunk)]  # fmt: skip
            yield rows

    def claim(self, claim_id: str) -> bytes | None:
        self.flush()
        self.connection.execute("CREATE INDEX IF NOT EXISTS claims_by_id ON claims (claim_id)")
        row = self.connection.execute("SELECT data FROM claims WHERE claim_id = ?", (claim_id,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.connection.close()
        if self.location is not None:
            for suffix in ("", "-journal", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{self.location}{suffix}")

    def __enter__(self) -> "Spill":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_spill(folder: Path | None) -> Spill:
    """A new spill in ``folder`` (None: in memory)."""
    location = None if folder is None else Path(folder) / f"spill-{os.getpid()}-{next(_counter)}.sqlite"
    connection = sqlite3.connect(":memory:" if location is None else location, isolation_level=None)
    # A spill is scratch: it need not survive a crash, only be quick.
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("CREATE TABLE claims (seq INTEGER PRIMARY KEY, path TEXT, claim_id TEXT, data BLOB)")
    connection.execute("CREATE TABLE keys (rule INTEGER, key TEXT, seq INTEGER)")
    return Spill(connection=connection, location=location)
