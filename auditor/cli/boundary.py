"""The edge of the process: Ctrl-C, internal errors, and the exit codes they give.

Exit codes: 0 and 1 only for an audit that completed (1: findings at or
above ``--fail-on``); 2 for bad input or configuration; 130 for Ctrl-C; 3 for
an internal error (a bug), reported in one line that points at ``--debug``,
which shows the traceback.

Ctrl-C goes to every process of the terminal's foreground group, workers
included. Workers leave it to the parent: a forked worker inherits the
handler below, which does nothing outside the process that installed it,
and a spawned one ignores SIGINT from its initializer (see the engine). The
parent stops its worker processes itself, whatever pool started them (they
are all ``multiprocessing`` children), prints one line and exits 130.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import traceback
from collections.abc import Iterator
from types import FrameType

import click

EXIT_BAD_INPUT = 2
EXIT_INTERNAL_ERROR = 3
EXIT_INTERRUPTED = 130
INTERRUPTED_MESSAGE = "auditor: interrupted"
# How long a worker gets to end after SIGTERM before it is killed.
_WORKER_GRACE_SECONDS = 5.0


class Interrupted(BaseException):
    """Ctrl-C in the parent process.

    Not a KeyboardInterrupt: nothing on the way up (click included) turns it
    into something else, and ``except Exception`` cannot swallow it.
    """


def _active_children() -> list:
    """The worker processes this process started. None when ``multiprocessing`` was
    never imported, as nothing could start one: it is not imported for that (a
    hundredth of a second of every command's start-up)."""
    multiprocessing = sys.modules.get("multiprocessing")
    return multiprocessing.active_children() if multiprocessing is not None else []


def stop_workers(grace: float = _WORKER_GRACE_SECONDS) -> None:
    """End every worker process this process started: SIGTERM, then SIGKILL."""
    children = _active_children()
    for child in children:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            child.terminate()
    for child in children:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            child.join(grace)
            if child.is_alive():
                child.kill()
                child.join(grace)


class _InterruptHandler:
    def __init__(self) -> None:
        self.owner = os.getpid()
        self.interrupted = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if os.getpid() != self.owner:
            return  # a forked worker: the parent ends it
        if self.interrupted:
            # A second Ctrl-C while the first is being handled: end now.
            stop_workers(grace=0.5)
            _say(INTERRUPTED_MESSAGE)
            os._exit(EXIT_INTERRUPTED)
        self.interrupted = True
        # Workers first, so that no pool waits for their queued work.
        for child in _active_children():
            with contextlib.suppress(OSError, ValueError, AttributeError):
                child.terminate()
        raise Interrupted


@contextlib.contextmanager
def interrupts_end_the_run() -> Iterator[_InterruptHandler]:
    """Ctrl-C raises :class:`Interrupted` in this process (and only in it) while inside."""
    handler = _InterruptHandler()
    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield handler
        return
    try:
        yield handler
    finally:
        signal.signal(signal.SIGINT, previous)


def _say(message: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(message + "\n")
        sys.stderr.flush()


def finish_interrupted() -> int:
    stop_workers()
    _say(INTERRUPTED_MESSAGE)
    return EXIT_INTERRUPTED


def report_internal_error(error: BaseException, debug: bool) -> int:
    """One line (and with ``debug`` the traceback first) for a bug; exit code 3."""
    if debug:
        with contextlib.suppress(OSError, ValueError):
            traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
    # Imported here: the boundary wraps ``auditor --help`` too, which must
    # not load the reporters.
    from auditor.reporters.escape import escape_control

    detail = escape_control(f"{type(error).__name__}: {error}")
    hint = "" if debug else "; run with --debug to see the traceback"
    _say(f"auditor: internal error: {detail}{hint} (this is a bug; please report it)")
    return EXIT_INTERNAL_ERROR


def _missing_dependency(error: ModuleNotFoundError) -> bool:
    """Whether a module another package provides is missing (an installation
    to mend), not one of auditor's own (a bug)."""
    return bool(error.name) and error.name.split(".")[0] != "auditor"


def report_missing_dependency(error: ModuleNotFoundError) -> int:
    """One line naming the missing package and the Python it is missing from; exit code 2."""
    package = (error.name or "").split(".")[0]
    _say(
        f"auditor: the package {package!r} it needs is not installed for {sys.executable}; "
        "install the project with its dependencies (pip install . in its folder)"
    )
    return EXIT_BAD_INPUT


def output_closed() -> int:
    """Standard output closed by the reader (``auditor ... | head``)."""
    with contextlib.suppress(OSError, ValueError):
        # Python would otherwise complain again when it flushes at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    _say("auditor: standard output was closed before the report was written")
    return EXIT_BAD_INPUT


class AuditorGroup(click.Group):
    """The command group, with the process boundary around every command."""

    def main(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        with interrupts_end_the_run() as handler:
            try:
                return super().main(*args, **kwargs)
            except Interrupted:
                sys.exit(finish_interrupted())
            except SystemExit:
                if handler.interrupted:
                    # Whatever came of the run, it was interrupted.
                    sys.exit(finish_interrupted())
                raise

    def invoke(self, ctx: click.Context):  # type: ignore[no-untyped-def]
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            # A Ctrl-C raised as KeyboardInterrupt, where our handler was not
            # installed (another thread set its own, a library re-raised).
            raise Interrupted from None
        except BrokenPipeError:
            ctx.exit(output_closed())
        except ModuleNotFoundError as error:
            if not _missing_dependency(error):
                ctx.exit(report_internal_error(error, bool(ctx.params.get("debug"))))
            ctx.exit(report_missing_dependency(error))
        except Exception as error:  # noqa: BLE001 - the one place where bugs are reported
            ctx.exit(report_internal_error(error, bool(ctx.params.get("debug"))))
