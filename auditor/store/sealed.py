"""Python objects kept in the store, sealed so that only this user's runs can open them.

Compiled knowledge is a tree of Python objects (word tables, unit factors,
patterns) that takes a second to build from YAML and pint and a tenth of
that to unpickle. A pickle runs code when it is loaded, and a store file can
come from anywhere (a restored CI cache, a repository that committed one):
so each sealed value carries an HMAC-SHA256 of its bytes under a random key
kept outside the store, in the user's cache folder, readable by the user
only. A value whose seal does not match (another machine's, a forgery) is
never unpickled: the caller builds it again.
"""

from __future__ import annotations

import copyreg
import hashlib
import hmac
import io
import os
import pickle
import re
import secrets
import types
from pathlib import Path
from typing import Any

from .compiled_patterns import reduce_pattern

_KEY_BYTES = 32


def _mapping_proxy(data: dict) -> types.MappingProxyType:
    return types.MappingProxyType(data)


def _reduce_mapping_proxy(proxy: types.MappingProxyType) -> tuple:
    return _mapping_proxy, (dict(proxy),)


# Read-only views of the knowledge's tables pickle as the dicts they show.
copyreg.pickle(types.MappingProxyType, _reduce_mapping_proxy)


def key_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "auditor" / "seal.key"


def _key(create: bool) -> bytes | None:
    path = key_file()
    try:
        key = path.read_bytes()
        return key if len(key) == _KEY_BYTES else None
    except FileNotFoundError:
        if not create:
            return None
    except OSError:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another run made it first
        return _key(create=False)
    except OSError:
        return None
    with os.fdopen(fd, "wb") as handle:
        handle.write(secrets.token_bytes(_KEY_BYTES))
    return _key(create=False)


def seal(value: Any) -> bytes | None:
    """The value pickled and sealed, or None when no key can be had (nothing is kept then)."""
    key = _key(create=True)
    if key is None:
        return None
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    # Patterns are kept compiled (compiled_patterns), for this pickle only.
    pickler.dispatch_table = {**copyreg.dispatch_table, re.Pattern: reduce_pattern}
    pickler.dump(value)
    data = buffer.getvalue()
    return hmac.new(key, data, hashlib.sha256).digest() + data


def unseal(sealed: bytes) -> Any | None:
    """The value of a seal this user's key made, or None."""
    key = _key(create=False)
    if key is None or len(sealed) < 32:
        return None
    mac, data = sealed[:32], sealed[32:]
    if not hmac.compare_digest(mac, hmac.new(key, data, hashlib.sha256).digest()):
        return None
    try:
        return pickle.loads(data)
    except Exception:  # noqa: BLE001 - a sealed value of an older layout: built again
        return None
