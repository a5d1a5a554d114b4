"""The ``auditor`` program's entry point.

Importing the command line takes a moment; a Ctrl-C meanwhile should end the
program as one during a run does (one line, exit code 130), not with a
traceback from inside an import. So the quiet handler is set before the
import, and the command line's own takes over once it runs.
"""

from __future__ import annotations

import os
import signal


def _interrupted_while_starting(signum: int, frame: object) -> None:
    os.write(2, b"auditor: interrupted\n")
    os._exit(130)


def run() -> None:
    try:
        signal.signal(signal.SIGINT, _interrupted_while_starting)
    except ValueError:  # not the main thread
        pass
    from auditor.cli import main

    main(prog_name="auditor")
