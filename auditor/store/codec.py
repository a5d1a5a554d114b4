"""Records to compact bytes and back, whatever fields they have.

A record is kept as its pydantic JSON, compressed: new fields of a record
need no change here, and a damaged entry cannot pass for a good one (zlib
checks its own data, pydantic validates what it reads back).
"""

from __future__ import annotations

import functools
import json
import zlib
from collections.abc import Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

Record = TypeVar("Record", bound=BaseModel)

# Level 1: most of zlib's gain on this JSON for a fraction of its time.
_LEVEL = 1


class DamagedEntry(ValueError):
    """Bytes that do not decode to the record they should hold."""


def encode(record: BaseModel) -> bytes:
    return zlib.compress(record.__pydantic_serializer__.to_json(record), _LEVEL)


def decode(record_type: type[Record], data: bytes) -> Record:
    try:
        return record_type.model_validate_json(zlib.decompress(data))
    except (zlib.error, ValidationError, TypeError, ValueError) as exc:
        raise DamagedEntry(f"a stored {record_type.__name__} does not decode: {type(exc).__name__}") from exc


def decode_all(record_type: type[Record], datas: Sequence[bytes]) -> list[Record]:
    """``decode`` of each of ``datas``, validated as one JSON list: a call per
    record took a quarter more of the time for the 10,000 document statuses
    every run reads."""
    try:
        texts = [zlib.decompress(data) for data in datas]
        return _list_of(record_type).validate_json(b"[" + b",".join(texts) + b"]")
    except (zlib.error, ValidationError, TypeError, ValueError):
        # One of them is damaged: decoded one by one, the first such raises.
        return [decode(record_type, data) for data in datas]


@functools.cache
def _list_of(record_type: type[Record]) -> TypeAdapter:
    return TypeAdapter(list[record_type])  # type: ignore[valid-type]


def encode_data(value: Any) -> bytes:
    """Plain JSON data (lists, strings, numbers), compressed."""
    return zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), _LEVEL)


def decode_data(data: bytes) -> Any:
    try:
        return json.loads(zlib.decompress(data))
    except (zlib.error, ValueError) as exc:
        raise DamagedEntry(f"stored data does not decode: {type(exc).__name__}") from exc
