"""How a report is rendered, as opposed to what it says."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RenderOptions:
    """Presentation choices the caller makes for a reporter.

    ``color`` is decided by the caller (the CLI knows whether the stream is a
    terminal); reporters never look at the environment themselves.
    """

    color: bool = False
    width: int = 80
    # Prefix that makes Markdown's ``path#Lline`` links absolute (a URL such
    # as ``https://github.com/owner/repo/blob/SHA``); None keeps them relative.
    link_base: str | None = None
