"""Reporters: turn an :class:`~auditor.model.AuditResult` into a report.

Each format is a pure function ``(AuditResult, RenderOptions) -> str`` in its
own module. Reporters depend on the record model only, never on extraction,
checks or the engine, so a saved JSON report renders exactly like a live run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from auditor.model import AuditResult

from .options import RenderOptions

if TYPE_CHECKING:
    from .json_report import ReportFormatError, load_report

Renderer = Callable[[AuditResult, RenderOptions], str]

# Each format's module and function. A module is imported when its format is
# first rendered: a run that prints text does not load the HTML reporter and
# its template engine (a tenth of a second of a one-file check's start-up).
_RENDERERS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "text": ("text", "render_text"),
        "concise": ("concise", "render_concise"),
        "json": ("json_report", "render_json"),
        "markdown": ("markdown", "render_markdown"),
        "html": ("html", "render_html"),
        "sarif": ("sarif", "render_sarif"),
        "github": ("github", "render_github"),
    }
)


class _Formats(Mapping[str, Renderer]):
    """Format name -> renderer, read-only; a renderer's module is imported on first use."""

    def __getitem__(self, name: str) -> Renderer:
        module, function = _RENDERERS[name]
        return getattr(importlib.import_module(f"{__name__}.{module}"), function)

    def __iter__(self) -> Iterator[str]:
        return iter(_RENDERERS)

    def __len__(self) -> int:
        return len(_RENDERERS)

    def __repr__(self) -> str:
        return f"FORMATS({', '.join(_RENDERERS)})"


FORMATS: Mapping[str, Renderer] = _Formats()

# Short names people type; they resolve to the canonical names above.
ALIASES: Mapping[str, str] = MappingProxyType({"md": "markdown", "txt": "text"})

# Names this package gives that live in the JSON reporter, imported when first asked for.
_FROM_JSON_REPORT = ("ReportFormatError", "load_report")


def __getattr__(name: str) -> Any:
    if name in _FROM_JSON_REPORT:
        return getattr(importlib.import_module(f"{__name__}.json_report"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
        from .json_report import json_chunks

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
