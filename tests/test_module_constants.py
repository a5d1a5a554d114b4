"""A module binds each of its constants once.

A module-level pattern or table defined a second time further down silently
replaces the first for every function of the module, those above it too: a
second ``_THE_BEFORE`` once changed which sentence-opening words the
document model keeps as names, far from the code that added it. Linters
do not flag a rebinding of a plain name, so this test does.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "auditor"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _constants_bound(tree: ast.Module) -> list[tuple[str, int]]:
    """Upper-case names bound at module level, with their lines."""
    bound = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                bound.append((target.id, node.lineno))
    return bound


@pytest.mark.parametrize("module", MODULES, ids=[str(m.relative_to(PACKAGE)) for m in MODULES])
def test_a_module_binds_each_constant_once(module: Path) -> None:
    seen: dict[str, int] = {}
    twice = []
    for name, line in _constants_bound(ast.parse(module.read_text(encoding="utf-8"))):
        if name in seen:
            twice.append(f"{name} (lines {seen[name]} and {line})")
        seen.setdefault(name, line)
    assert not twice, f"{module.name} binds {', '.join(twice)}"


def test_the_check_sees_a_second_binding() -> None:
    tree = ast.parse("_A = 1\n_B: int = 2\n_A = 3\n")
    assert _constants_bound(tree) == [("_A", 1), ("_B", 2), ("_A", 3)]
