"""The ``auditor`` program's entry point.

Importing the command line takes a moment; a Ctrl-C meanwhile should end the
program as one during a run does (one line, exit code 130), not with a
traceback from inside an import. So the quiet handler is set before the
import, and the command line's own takes over once it runs.

The garbage collector is tuned for the whole process (``collector``): from
the start, for what start-up builds lives to the end; and when the command
is done (its report written and flushed, the claim store closed), the
objects the run still holds are left to the operating system: Python's
shutdown would otherwise run the collector over all of them (the extraction
knowledge, a corpus's document statuses) only to free memory the process is
about to give back, a tenth of a second or more of a one-file ``check
--against``. They are still freed by reference counting as the modules are
torn down, and ``atexit`` handlers still run.
"""

from __future__ import annotations

import os
import signal

from auditor.pipeline import collector


def _interrupted_while_starting(signum: int, frame: object) -> None:
    os.write(2, b"auditor: interrupted\n")
    os._exit(130)


def run() -> None:
    try:
        signal.signal(signal.SIGINT, _interrupted_while_starting)
    except ValueError:  # not the main thread
        pass
    # Only here, where the process starts and ends: a program that calls the
    # command line in-process (the tests) keeps its collector as it was.
    collector.program_start()
    from auditor.cli import main

    try:
        main(prog_name="auditor")
    finally:
        collector.program_end()
