"""Writing report and baseline files without ever destroying what is there.

- A regular file (or a path that does not exist yet) is replaced atomically:
  written to a temporary file beside it, then renamed over it. A new file
  gets the mode the umask gives (``0666 & ~umask``), as with any other tool;
  a replaced file keeps its mode and, where permitted, its owner.
- A symbolic link is followed: the file it points to is written, the link
  stays.
- A character device (``/dev/null``, a terminal, ``/dev/stdout``) or a FIFO
  that someone reads is written in place, never replaced. A FIFO nobody
  reads, a socket, a block device or a folder is refused.
- A path that is one of the run's inputs (a document, the facts file, ...)
  is refused.
- ``-`` is standard output.
- A set of reports (``--output-dir``) appears all at once: the files are
  written into a fresh folder beside the target, which then takes the
  target's place in one ``renameat2(RENAME_EXCHANGE)`` (Linux). A reader
  sees the old set or the new one, never a mix, even if the run is killed
  midway. A folder that holds anything but report files (or where the swap
  is not possible: a mount point, the working directory, another system)
  gets each report renamed into place only after all of them are written.

A report is given as its text, or as a function that gives its text in
pieces (:data:`Content`): a large JSON report is then written as it is
rendered, never held whole. The function is called once per write, so a
set written again one file at a time renders it again.

Every refusal is an :class:`OutputRefused` naming the path and the reason;
the command line turns it into exit code 2.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Union

from auditor.regular_files import kind_of_mode, os_reason

STDOUT = "-"

# A report: its text, or a function that renders it in pieces when called.
Content = Union[str, Callable[[], Iterable[str]]]


def pieces(content: Content) -> Iterable[str]:
    """The text of ``content``, in the pieces it comes in."""
    return (content,) if isinstance(content, str) else content()


class OutputRefused(Exception):
    """A report path that is not written, and why (exit code 2)."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    return 0o666 & ~current_umask()


def new_folder_mode() -> int:
    return 0o777 & ~current_umask()


class Protected:
    """The paths a report may never be written to: the run's inputs.

    Told apart as files (device and inode: through any link, hard or
    symbolic), and only when a report path that exists is checked: a run of
    10,000 documents spent a quarter of a second resolving every input's path
    beforehand, most often to print its report.
    """

    def __init__(self, paths: Iterable[str | os.PathLike[str]] = ()) -> None:
        self._paths = [os.fspath(path) for path in paths]
        self._files: set[tuple[int, int]] | None = None

    def check(self, path: str | os.PathLike[str]) -> None:
        try:
            status = os.stat(path)
        except OSError:
            return  # no file there: what is written is no input
        if self._files is None:
            self._files = set()
            for protected in self._paths:
                with contextlib.suppress(OSError):
                    found = os.stat(protected)
                    self._files.add((found.st_dev, found.st_ino))
        if (status.st_dev, status.st_ino) in self._files:
            raise OutputRefused(path, "is one of the inputs of this run; a report never overwrites an input")


def write_report(path: str | os.PathLike[str], text: Content, protected: Protected | None = None,
                 stdout: IO[str] | None = None) -> None:  # fmt: skip
    """Write ``text`` to ``path`` under the rules in the module docstring."""
    if os.fspath(path) == STDOUT:
        stream = stdout or sys.stdout
        for piece in pieces(text):
            stream.write(piece)
        stream.flush()
        return
    (protected or Protected()).check(path)
    try:
        # The kernel follows the links, /proc's "magic" ones included
        # (/dev/stdout -> /proc/self/fd/1 -> a pipe has no path to resolve).
        status = os.stat(path)
    except FileNotFoundError:
        status = None  # absent, or a link to a path that does not exist yet
    except OSError as error:
        raise OutputRefused(path, f"cannot write: {os_reason(error)}") from None
    if status is not None and (stat.S_ISCHR(status.st_mode) or stat.S_ISFIFO(status.st_mode)):
        _write_in_place(os.fspath(path), text, shown=path)
        return
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise OutputRefused(path, f"is {kind_of_mode(status.st_mode)}; reports are written to regular files only")
    target = os.path.realpath(path)
    if status is not None and not _same_file(target, status):
        # A link the path cannot be resolved through (a deleted file still
        # open, seen through /proc): the file itself is written.
        _write_in_place(os.fspath(path), text, shown=path, truncate=True)
        return
    _replace_atomically(Path(target), text, status, shown=path)


def _same_file(path: str, status: os.stat_result) -> bool:
    try:
        found = os.stat(path)
    except OSError:
        return False
    return (found.st_dev, found.st_ino) == (status.st_dev, status.st_ino)


def _replace_atomically(target: Path, text: Content, existing: os.stat_result | None, shown: str | os.PathLike[str]) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise OutputRefused(shown, f"cannot write: {os_reason(error)}") from None
    try:
        _fill(descriptor, text, existing)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise OutputRefused(shown, f"cannot write: {os_reason(error)}") from None
        raise


def _fill(descriptor: int, text: Content, existing: os.stat_result | None) -> None:
    """Write, set the mode (and owner) and flush a temporary file, then close it."""
    with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
        for piece in pieces(text):
            handle.write(piece)
        handle.flush()
        if existing is None:
            os.fchmod(handle.fileno(), new_file_mode())
        else:
            os.fchmod(handle.fileno(), stat.S_IMODE(existing.st_mode))
            owner = (getattr(os, "geteuid", lambda: existing.st_uid)(), getattr(os, "getegid", lambda: existing.st_gid)())
            if (existing.st_uid, existing.st_gid) != owner:
                with contextlib.suppress(OSError):  # only root may give a file away
                    os.fchown(handle.fileno(), existing.st_uid, existing.st_gid)
        os.fsync(handle.fileno())


def _write_in_place(target: str, text: Content, shown: str | os.PathLike[str], truncate: bool = False) -> None:
    """A character device or a FIFO: written as it is, never replaced."""
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0) | (os.O_TRUNC if truncate else 0)
    try:
        # Non-blocking first: a FIFO without a reader fails (ENXIO) instead
        # of waiting for one forever.
        descriptor = os.open(target, flags | os.O_NONBLOCK)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise OutputRefused(shown, "is a FIFO (named pipe) that nobody reads") from None
        raise OutputRefused(shown, f"cannot write: {os_reason(error)}") from None
    try:
        os.set_blocking(descriptor, True)
        for piece in pieces(text):
            view = memoryview(piece.encode("utf-8"))
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
    except OSError as error:
        raise OutputRefused(shown, f"cannot write: {os_reason(error)}") from None
    finally:
        os.close(descriptor)


# --------------------------------------------------------------------------- sets of reports


def write_report_set(
    folder: str | os.PathLike[str],
    files: Mapping[str, Content],
    protected: Protected | None = None,
    report_names: Iterable[str] = (),
) -> None:
    """Write ``files`` (name -> text) into ``folder`` so that they appear together.

    ``report_names``: every name a report of any format takes; a folder that
    holds only those is swapped whole, and the ones not written now are kept.
    """
    names = frozenset(report_names) | frozenset(files)
    protected = protected or Protected()
    target = Path(os.path.realpath(folder))
    try:
        status = os.stat(target)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise OutputRefused(folder, f"cannot write: {os_reason(error)}") from None
    if status is not None and not stat.S_ISDIR(status.st_mode):
        raise OutputRefused(folder, f"is {kind_of_mode(status.st_mode)}, not a folder")
    for name in files:
        _check_entry(Path(folder) / name, target / name, protected)
    if status is None:
        if _create_whole(target, files):
            return
    elif _swappable(target, status, names):
        if _swap_whole(target, status, files, names):
            return
    _replace_each(Path(folder), target, files)


def _check_entry(shown: Path, entry: Path, protected: Protected) -> None:
    protected.check(entry)
    try:
        status = os.lstat(entry)
    except FileNotFoundError:
        return
    except OSError as error:
        raise OutputRefused(shown, f"cannot write: {os_reason(error)}") from None
    if stat.S_ISLNK(status.st_mode):
        raise OutputRefused(shown, "is a symbolic link; --output-dir writes its reports as regular files only")
    if not stat.S_ISREG(status.st_mode):
        raise OutputRefused(shown, f"is {kind_of_mode(status.st_mode)}; reports are written to regular files only")


def _staging(target: Path) -> Path | None:
    """A fresh folder beside ``target`` (same file system), or None when there is no room for one."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{target.name}.auditor-", dir=target.parent))
    except OSError:
        return None


def _fill_folder(staging: Path, files: Mapping[str, Content]) -> None:
    for name, text in files.items():
        descriptor = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
        _fill(descriptor, text, None)


def _create_whole(target: Path, files: Mapping[str, Content]) -> bool:
    staging = _staging(target)
    if staging is None:
        return False
    try:
        _fill_folder(staging, files)
        os.chmod(staging, new_folder_mode())
        os.rename(staging, target)
        return True
    except OSError:
        # Someone created the folder meanwhile, or the rename is not
        # allowed: the files go in one by one.
        shutil.rmtree(staging, ignore_errors=True)
        return False
    except BaseException:
        # Rendering a report failed (or the run was interrupted): nothing is left behind.
        shutil.rmtree(staging, ignore_errors=True)
        raise


_REPORT_SUFFIX = ".tmp"


def _swappable(target: Path, status: os.stat_result, ours: frozenset[str]) -> bool:
    """Whether ``target`` can be exchanged whole: it holds report files only
    (``ours``, or temporary files of an interrupted run), is not a mount
    point, and is not where we stand."""
    try:
        entries = list(os.scandir(target))
        parent = os.stat(target.parent)
        here = os.path.realpath(os.getcwd())
    except OSError:
        return False
    if parent.st_dev != status.st_dev or here == str(target) or here.startswith(str(target) + os.sep):
        return False
    for entry in entries:
        leftover = entry.name.startswith(".") and entry.name.endswith(_REPORT_SUFFIX)
        if not (entry.name in ours or leftover) or not entry.is_file(follow_symlinks=False):
            return False
    return True


def _swap_whole(target: Path, status: os.stat_result, files: Mapping[str, Content], ours: frozenset[str]) -> bool:
    staging = _staging(target)
    if staging is None:
        return False
    try:
        _fill_folder(staging, files)
        # Reports of other formats from an earlier run stay, as they would
        # with files replaced one by one.
        for name in ours - set(files):
            with contextlib.suppress(FileNotFoundError):
                os.link(target / name, staging / name, follow_symlinks=False)
        os.chmod(staging, stat.S_IMODE(status.st_mode))
        if not _exchange(staging, target):
            shutil.rmtree(staging, ignore_errors=True)
            return False
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        return False
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # ``staging`` now holds the old set.
    shutil.rmtree(staging, ignore_errors=True)
    return True


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EXDEV, errno.EBUSY, errno.EPERM, errno.EACCES):
        return False
    raise OSError(code, os.strerror(code), os.fspath(second))


def _replace_each(shown: Path, target: Path, files: Mapping[str, Content]) -> None:
    """Every file written to a temporary name first; then all renamed into place."""
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputRefused(shown, f"cannot write: {os_reason(error)}") from None
    written: list[tuple[str, Path]] = []
    try:
        for name, text in files.items():
            try:
                existing = os.stat(target / name)
            except FileNotFoundError:
                existing = None
            descriptor, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=_REPORT_SUFFIX, dir=target)
            written.append((name, Path(temporary)))
            _fill(descriptor, text, existing)
        for name, temporary in written:
            os.replace(temporary, target / name)
    except OSError as error:
        raise OutputRefused(shown, f"cannot write: {os_reason(error)}") from None
    finally:
        for _, temporary in written:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
