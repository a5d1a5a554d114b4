"""Reporters: turn an :class:`~auditor.model.AuditResult` into a report.

Each format is a pure function ``(AuditResult, RenderOptions) -> str`` in its
own module. Reporters depend on the record model only, never on extraction,
checks or the engine, so a saved JSON report renders exactly like a live run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType

from auditor.model import AuditResult

from .concise import render_concise
from .github import render_github
from .html import render_html
from .json_report import ReportFormatError, json_chunks, load_report, render_json
from .markdown import render_markdown
from .options import RenderOptions
from .sarif import render_sarif
from .text import render_text

Renderer = Callable[[AuditResult, RenderOptions], str]

FORMATS: Mapping[str, Renderer] = MappingProxyType(
    {
        "text": render_text,
        "concise": render_concise,
        "json": render_json,
        "markdown": render_markdown,
        "html": render_html,
        "sarif": render_sarif,
        "github": render_github,
    }
)

# Short names people type; they resolve to the canonical names above.
ALIASES: Mapping[str, str] = MappingProxyType({"md": "markdown", "txt": "text"})


def canonical_format(fmt: str) -> str:
    """The registered name for ``fmt`` (``md`` -> ``markdown``); ValueError if unknown."""
    name = ALIASES.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise ValueError(f"unknown report format {fmt!r} (known: {known})")
    return name


def render(result: AuditResult, fmt: str, options: RenderOptions | None = None) -> str:
    """Render ``result`` in format ``fmt``."""
    return FORMATS[canonical_format(fmt)](result, options or RenderOptions())


def render_pieces(result: AuditResult, fmt: str, options: RenderOptions | None = None) -> Iterator[str]:
    """``render``, a piece of text at a time: the JSON report comes a list entry at a
    time (so a large one is never held whole); the other formats come whole.
    The pieces joined are ``render``'s text."""
    name = canonical_format(fmt)
    if name == "json":
        return json_chunks(result)
    return iter((FORMATS[name](result, options or RenderOptions()),))


__all__ = [
    "ALIASES",
    "FORMATS",
    "RenderOptions",
    "ReportFormatError",
    "canonical_format",
    "load_report",
    "render",
    "render_pieces",
]
