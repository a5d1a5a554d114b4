"""Project defaults from ``[tool.auditor]`` in the nearest ``pyproject.toml``.

Relative paths in the table are read relative to the pyproject file, so a
project's settings mean the same whichever folder the command runs from.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from auditor.data_files import DataError, read_text
from auditor.regular_files import parse_size

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

# A pyproject.toml is a few kilobytes; anything near this is not one.
_MAX_PYPROJECT_BYTES = 10_000_000
KEYS = ("rules", "facts", "fail-on", "format", "baseline", "select", "ignore", "exclude", "severity", "cache-dir",
        "max-document-size")  # fmt: skip
FAIL_ON = ("error", "warning", "never")
FORMATS = ("text", "concise", "json", "markdown", "html", "sarif", "github")
SEVERITIES = ("error", "warning", "info")


class ConfigError(Exception):
    def __init__(self, path: Path, key: str, message: str) -> None:
        self.path = path
        self.key = key
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.path}: [tool.auditor] {self.key}: {self.message}"


@dataclass(frozen=True)
class AuditorConfig:
    path: Path | None = None
    rules: tuple[Path, ...] = ()
    facts: Path | None = None
    fail_on: str | None = None
    formats: tuple[str, ...] = ()
    baseline: Path | None = None
    max_document_size: int | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    # Rule id -> severity its findings are given ("error", "warning", "info").
    severity: dict[str, str] = field(default_factory=dict)
    cache_dir: Path | None = None
    raw: dict = field(default_factory=dict)

    @property
    def root(self) -> Path | None:
        """The folder relative paths and exclude patterns are read from."""
        return self.path.parent if self.path is not None else None


def find_pyproject(start: Path) -> Path | None:
    start = start.resolve()
    for folder in [start, *start.parents] if start.is_dir() else start.parents:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def _strings(value: object, path: Path, key: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ConfigError(path, key, "must be a string or a list of strings")


def parse_config(text: str, path: Path) -> AuditorConfig:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, "toml", f"malformed TOML: {exc}") from None
    except RecursionError:  # tomllib recurses into nested arrays and tables
        raise ConfigError(path, "toml", "nested too deeply") from None
    table = data.get("tool", {}).get("auditor")
    if table is None:
        return AuditorConfig(path=None)
    if not isinstance(table, dict):
        raise ConfigError(path, "tool.auditor", "must be a table")
    for key in table:
        if key not in KEYS:
            raise ConfigError(path, key, f"unknown key (expected one of: {', '.join(KEYS)})")
    root = path.parent

    def single_path(key: str) -> Path | None:
        if key not in table:
            return None
        value = table[key]
        if not isinstance(value, str):
            raise ConfigError(path, key, "must be a path string")
        return root / value

    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise ConfigError(path, "fail-on", f"must be one of: {', '.join(FAIL_ON)}")
    formats = tuple(_strings(table["format"], path, "format")) if "format" in table else ()
    for name in formats:
        if name not in FORMATS:
            raise ConfigError(path, "format", f"unknown format {name!r} (expected one of: {', '.join(FORMATS)})")
    rules = tuple(root / r for r in _strings(table["rules"], path, "rules")) if "rules" in table else ()
    max_document_size = None
    if "max-document-size" in table:
        size = table["max-document-size"]
        try:
            if isinstance(size, bool) or not isinstance(size, (int, str)):
                raise ValueError("must be a size such as \"10MB\" or a number of bytes")
            max_document_size = parse_size(str(size))
        except ValueError as exc:
            raise ConfigError(path, "max-document-size", str(exc)) from None

    def strings(key: str) -> tuple[str, ...]:
        return tuple(_strings(table[key], path, key)) if key in table else ()

    return AuditorConfig(
        path=path,
        rules=rules,
        facts=single_path("facts"),
        fail_on=fail_on,
        formats=formats,
        baseline=single_path("baseline"),
        max_document_size=max_document_size,
        select=strings("select"),
        ignore=strings("ignore"),
        exclude=strings("exclude"),
        severity=_severity_table(table.get("severity", {}), path),
        cache_dir=single_path("cache-dir"),
        raw=dict(table),
    )


def _severity_table(value: object, path: Path) -> dict[str, str]:
    """``[tool.auditor.severity]``: ``rule-id = "warning"`` per line."""
    if not isinstance(value, dict):
        raise ConfigError(path, "severity", 'must be a table of rule = "error" | "warning" | "info"')
    for rule, level in value.items():
        if level not in SEVERITIES:
            raise ConfigError(
                path, f"severity.{rule}",
                f"must be one of: {', '.join(SEVERITIES)} (to turn a rule off, list it in ignore)",
            )  # fmt: skip
    return dict(value)


def load_config(start: Path | None = None) -> AuditorConfig:
    """Settings of the nearest pyproject.toml above ``start`` (default: cwd)."""
    path = find_pyproject(start or Path.cwd())
    if path is None:
        return AuditorConfig()
    try:
        text = read_text(path, _MAX_PYPROJECT_BYTES)
    except DataError as exc:
        raise ConfigError(path, "file", exc.message) from None
    return parse_config(text, path)
