"""The claim store: extraction results kept between runs.

``open_store`` opens (or builds) the SQLite store in a folder,
``memory_store`` gives the same store in memory (``--no-cache``);
``claims_fingerprint`` names what an entry depends on besides the document;
``encode``/``decode`` turn records into the bytes kept and back.
"""

from __future__ import annotations

from .codec import DamagedEntry, decode, decode_all, decode_data, encode, encode_data
from .database import (
    FILE_NAME,
    ClaimStore,
    EncodedDocument,
    FileStat,
    IndexEntry,
    StoreDamaged,
    StoreUnavailable,
    memory_store,
    open_store,
)
from .fingerprint import claims_fingerprint, package_fingerprint

__all__ = [
    "FILE_NAME",
    "ClaimStore",
    "DamagedEntry",
    "EncodedDocument",
    "FileStat",
    "IndexEntry",
    "StoreDamaged",
    "StoreUnavailable",
    "claims_fingerprint",
    "decode",
    "decode_all",
    "decode_data",
    "encode",
    "encode_data",
    "memory_store",
    "open_store",
    "package_fingerprint",
]
