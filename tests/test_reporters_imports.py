"""Reporters depend on the record model only: never on extraction, checks or the engine."""

from __future__ import annotations

import ast
from pathlib import Path

import auditor.reporters

PACKAGE = Path(auditor.reporters.__file__).resolve().parent
ALLOWED = {"auditor.model"}


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def test_reporters_import_only_the_model() -> None:
    modules = sorted(PACKAGE.glob("*.py"))
    assert len(modules) >= 7
    for module in modules:
        for name in _imports(module):
            if name == "auditor" or name.startswith("auditor."):
                assert name in ALLOWED, f"{module.name} imports {name}"
