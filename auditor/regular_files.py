"""Reading a file the user named, without hanging, exhausting memory or
touching a device.

Only regular files are read (symbolic links to them included). A FIFO would
block the read until some writer appears, ``/dev/zero`` never ends, and
opening some devices has side effects, so anything else is refused before it
is opened, by its kind. The read stops one byte past the limit, so a file
that grows while it is read cannot slip past it either.
"""

from __future__ import annotations

import os
import stat

# What ``stat`` calls each kind of file, in words a user recognises.
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)
_CHUNK = 1 << 20


class UnreadableFile(Exception):
    """A file that is not read, and why (``reason``, without the path)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FileTooLarge(UnreadableFile):
    """A regular file past the size limit."""


def kind_of_mode(mode: int) -> str:
    """``a FIFO (named pipe)``, ``a character device``, ... for a non-regular file."""
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def describe_size(size: int) -> str:
    """``12.4 MB``, ``512 KB``, ``73 bytes``: sizes in decimal units, as ``ls -h --si``."""
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= factor:
            return f"{size / factor:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{size} byte" + ("" if size == 1 else "s")


def not_regular_reason(mode: int) -> str:
    return f"not a regular file: {kind_of_mode(mode)} is never read"


def too_large_reason(size: int | None, limit: int) -> str:
    shown = f"{describe_size(size)}, " if size is not None else ""
    return f"too large ({shown}more than the limit of {describe_size(limit)})"


def os_reason(error: OSError) -> str:
    """``permission denied``, ``no such file``: the operating system's reason, in lower case."""
    text = error.strerror or type(error).__name__
    return text[:1].lower() + text[1:]


def read_regular_file(path: str | os.PathLike[str], max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` of them.

    Raises :class:`UnreadableFile` (with a reason) for a file that does not
    exist, cannot be opened, is not a regular file, or is larger than
    ``max_bytes``; never blocks on a FIFO and never reads a device.
    """
    try:
        status = os.stat(path)
    except OSError as error:
        raise UnreadableFile(os_reason(error)) from None
    if not stat.S_ISREG(status.st_mode):
        raise UnreadableFile(not_regular_reason(status.st_mode))
    if max_bytes is not None and status.st_size > max_bytes:
        raise FileTooLarge(too_large_reason(status.st_size, max_bytes))
    # O_NONBLOCK: should the path be swapped for a FIFO between stat and
    # open, the open returns at once instead of waiting for a writer.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise UnreadableFile(os_reason(error)) from None
    try:
        opened = os.fstat(descriptor)
        if not stat.S_ISREG(opened.st_mode):
            raise UnreadableFile(not_regular_reason(opened.st_mode))
        return _read_all(descriptor, max_bytes)
    except OSError as error:
        raise UnreadableFile(os_reason(error)) from None
    finally:
        os.close(descriptor)


def _read_all(descriptor: int, max_bytes: int | None) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        want = _CHUNK if max_bytes is None else min(_CHUNK, max_bytes + 1 - total)
        chunk = os.read(descriptor, want) if want > 0 else b""
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if max_bytes is not None and total > max_bytes:
            # The file grew past the limit after it was measured.
            raise FileTooLarge(too_large_reason(None, max_bytes))
    return b"".join(chunks)


_SIZE_UNITS = {"": 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9,
               "kib": 2**10, "mib": 2**20, "gib": 2**30}  # fmt: skip


def parse_size(text: str) -> int:
    """``10MB``, ``500 KB``, ``2MiB``, ``1000000`` -> bytes; ValueError with a hint otherwise."""
    cleaned = text.strip().lower().replace("_", "").replace(",", "")
    number = cleaned.rstrip("kmgib ")
    unit = cleaned[len(number):].strip()
    try:
        value = float(number)
    except ValueError:
        value = -1.0
    if unit not in _SIZE_UNITS or not 0 < value < 1e15 or len(number) > 20:
        raise ValueError(f"not a size: {text!r} (examples: 10MB, 500KB, 2MiB, 1000000)")
    return int(value * _SIZE_UNITS[unit])
