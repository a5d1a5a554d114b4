"""Import layers: data flows sources -> segment -> extract -> link -> checks -> engine -> reporters -> cli.

Every module under ``auditor/`` is parsed (not imported) and its imports are
resolved to module names, relative ones and ``from auditor import model``
included. A lower layer that imports a higher one would let a change to
presentation break analysis, so each rule below names which layers a module
may never reach. ``tests/test_reporters_imports.py`` already pins the
reporters to the model by top-level names; here reporters' relative imports
count too. Only the CLI talks to the terminal, and only the CLI and the claim
store write files.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

import auditor

PACKAGE_DIR = Path(auditor.__file__).resolve().parent
PACKAGE = "auditor"


def module_name(path: Path, root: Path = PACKAGE_DIR, package: str = PACKAGE) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([package, *parts])


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def all_modules(root: Path = PACKAGE_DIR, package: str = PACKAGE) -> dict[str, Path]:
    return {module_name(p, root, package): p for p in sorted(root.rglob("*.py"))}


@dataclass(frozen=True)
class Imported:
    module: str
    line: int


def resolve_imports(source: str, name: str, package: bool, known: set[str]) -> list[Imported]:
    """The modules ``source`` (module ``name``) imports, at any depth of the tree.

    ``from a import b`` counts as importing ``a.b`` when that is a module of
    the package, otherwise as importing ``a`` (``b`` is then a name in it).
    Imports inside functions count: a lazy import is still a dependency.
    """
    found: list[Imported] = []
    here = name if package else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [Imported(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = here.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.append(Imported(candidate if candidate in known else base, node.lineno))
    return found


def _within(module: str, layer: str) -> bool:
    return module == layer or module.startswith(layer + ".")


MODULES = all_modules()
KNOWN = set(MODULES)


def imports_of(name: str) -> list[Imported]:
    path = MODULES[name]
    return resolve_imports(path.read_text(encoding="utf-8"), name, is_package(path), KNOWN)


def members(*layers: str) -> list[str]:
    return sorted(m for m in MODULES if any(_within(m, layer) for layer in layers))


# (who, what they may never import)
FORBIDDEN: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (("auditor.extract", "auditor.sources", "auditor.segment"),
     ("auditor.checks", "auditor.link", "auditor.engine", "auditor.reporters", "auditor.cli", "auditor.store",
      "auditor.pipeline", "auditor.dask_engine")),
    (("auditor.checks", "auditor.link"),
     ("auditor.reporters", "auditor.cli", "auditor.engine", "auditor.store", "auditor.pipeline",
      "auditor.dask_engine")),
    # The store keeps records; it knows nothing of how they are made or used.
    (("auditor.store",),
     ("auditor.sources", "auditor.segment", "auditor.extract", "auditor.link", "auditor.checks", "auditor.engine",
      "auditor.pipeline", "auditor.reporters", "auditor.cli", "auditor.dask_engine")),
    (("auditor.pipeline",), ("auditor.engine", "auditor.dask_engine", "auditor.reporters", "auditor.cli")),
    (("auditor.engine", "auditor.dask_engine"), ("auditor.cli", "auditor.reporters")),
    # Which rules run is decided on rule records alone, before any stage runs.
    (("auditor.rule_selection",),
     ("auditor.sources", "auditor.segment", "auditor.extract", "auditor.link", "auditor.checks",
      "auditor.engine", "auditor.reporters", "auditor.cli", "auditor.store", "auditor.pipeline")),
]  # fmt: skip


def violations(who: list[str], rule) -> list[str]:  # type: ignore[no-untyped-def]
    bad = []
    for name in who:
        for imported in imports_of(name):
            if _within(imported.module, "auditor") and not rule(name, imported.module):
                bad.append(f"{MODULES[name].relative_to(PACKAGE_DIR.parent)}:{imported.line} imports {imported.module}")
    return bad


# --------------------------------------------------------------------------- the resolver itself


def test_resolver_reads_absolute_relative_and_lazy_imports() -> None:
    known = {"auditor", "auditor.model", "auditor.checks", "auditor.checks.compare", "auditor.checks.context"}
    source = (
        "import os\n"
        "from auditor import model\n"
        "from auditor import __version__\n"
        "from . import compare\n"
        "from .context import CheckContext\n"
        "def f():\n"
        "    from auditor.cli.output import emit\n"
        "    import auditor.reporters.html\n"
    )
    got = [i.module for i in resolve_imports(source, "auditor.checks.timeline", False, known)]
    assert sorted(got) == sorted(
        ["os", "auditor.model", "auditor", "auditor.checks.compare", "auditor.checks.context",
         "auditor.cli.output", "auditor.reporters.html"]
    )  # fmt: skip
    # In a package's __init__, "." is the package itself.
    got = [i.module for i in resolve_imports("from .compare import agree\n", "auditor.checks", True, known)]
    assert got == ["auditor.checks.compare"]
    got = [i.module for i in resolve_imports("from ..model import Claim\n", "auditor.checks.x", False, known)]
    assert got == ["auditor.model"]


def test_every_layer_named_in_the_rules_exists() -> None:
    # A renamed package would otherwise make its rule pass vacuously.
    for layer in ("auditor.model", "auditor.sources", "auditor.segment", "auditor.extract", "auditor.link",
                  "auditor.checks", "auditor.store", "auditor.pipeline", "auditor.engine", "auditor.reporters",
                  "auditor.cli", "auditor.rule_selection"):  # fmt: skip
        assert members(layer), f"no module {layer} under {PACKAGE_DIR}"


# --------------------------------------------------------------------------- the layers


def test_model_imports_nothing_from_the_package() -> None:
    assert violations(["auditor.model"], lambda who, what: False) == []


def test_reporters_import_only_the_model_and_each_other() -> None:
    def allowed(who: str, what: str) -> bool:
        return what == "auditor.model" or _within(what, "auditor.reporters")

    assert violations(members("auditor.reporters"), allowed) == []


@pytest.mark.parametrize(("who", "never"), FORBIDDEN, ids=lambda v: "+".join(x.split(".")[-1] for x in v))
def test_lower_layers_never_import_higher_ones(who: tuple[str, ...], never: tuple[str, ...]) -> None:
    def allowed(name: str, what: str) -> bool:
        return not any(_within(what, layer) for layer in never)

    assert violations(members(*who), allowed) == []


def test_only_the_command_line_imports_the_command_line() -> None:
    # The entry points: ``python -m auditor`` and the ``auditor`` script,
    # which quiets Ctrl-C before it imports the command line.
    outside = [m for m in MODULES if not _within(m, "auditor.cli") and m not in ("auditor.__main__", "auditor.launch")]
    assert violations(outside, lambda who, what: not _within(what, "auditor.cli")) == []


def test_only_the_command_line_runs_the_engine() -> None:
    outside = [m for m in MODULES if not _within(m, "auditor.cli") and m != "auditor.engine"]
    assert violations(outside, lambda who, what: not _within(what, "auditor.engine")) == []


# --------------------------------------------------------------------------- terminal and files

# Path methods that change the file system. ``replace``/``rename`` are left
# out: strings have a ``replace`` too; os.replace/os.rename are caught below.
_WRITING_METHODS = {"write_text", "write_bytes", "mkdir", "touch", "unlink", "rmdir", "symlink_to", "hardlink_to"}
_WRITING_FUNCTIONS = {
    "os.replace", "os.rename", "os.remove", "os.unlink", "os.makedirs", "os.mkdir", "os.rmdir",
    "shutil.copy", "shutil.copy2", "shutil.copyfile", "shutil.copytree", "shutil.move", "shutil.rmtree",
    "tempfile.mkstemp", "tempfile.mkdtemp", "tempfile.NamedTemporaryFile",
}  # fmt: skip
_OUTPUT_FUNCTIONS = {"click.echo", "click.secho", "sys.stdout.write", "sys.stderr.write", "sys.stdout.buffer.write"}


def _dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return f"{inner}.{node.attr}" if inner else None
    return None


def _open_mode(call: ast.Call, mode_index: int) -> str | None:
    for keyword in call.keywords:
        if keyword.arg == "mode" and isinstance(keyword.value, ast.Constant):
            return str(keyword.value.value)
    if len(call.args) > mode_index and isinstance(call.args[mode_index], ast.Constant):
        return str(call.args[mode_index].value)
    return None


def side_effects(source: str) -> list[tuple[int, str]]:
    """Calls in ``source`` that print to the terminal or write files."""
    tree = ast.parse(source)
    # Names bound by "from click import echo" and the like.
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        # None for a method of a computed value, such as Path(x).write_text.
        name = _dotted(node.func) or ""
        head, _, rest = name.partition(".")
        full = aliases.get(head, head) + (f".{rest}" if rest else "")
        if name == "print":
            found.append((node.lineno, "print()"))
        elif full in _OUTPUT_FUNCTIONS:
            found.append((node.lineno, f"{full}()"))
        elif full in _WRITING_FUNCTIONS:
            found.append((node.lineno, f"{full}()"))
        elif isinstance(node.func, ast.Attribute) and node.func.attr in _WRITING_METHODS:
            found.append((node.lineno, f".{node.func.attr}()"))
        elif full in ("open", "io.open", "os.fdopen", "codecs.open") or (
            isinstance(node.func, ast.Attribute) and node.func.attr == "open" and full not in ("os.open",)
        ):
            # builtin open(path, mode); Path.open(mode) takes the mode first.
            index = 1 if full in ("open", "io.open", "os.fdopen", "codecs.open") else 0
            mode = _open_mode(node, index)
            if mode is not None and any(flag in mode for flag in "wax+"):
                found.append((node.lineno, f"{full}(..., {mode!r})"))
    return found


def test_side_effect_finder_sees_prints_echoes_and_writes() -> None:
    source = (
        "import click, sys, os\n"
        "from click import echo as say\n"
        "from pathlib import Path\n"
        "print('x')\n"
        "click.echo('x')\n"
        "say('x')\n"
        "sys.stderr.write('x')\n"
        "Path('a').write_text('x')\n"
        "open('a', 'w')\n"
        "open('a', mode='ab')\n"
        "Path('a').open('w')\n"
        "os.replace('a', 'b')\n"
        # Reading and string methods are fine:
        "open('a')\n"
        "open('a', 'rb')\n"
        "Path('a').open(encoding='utf-8')\n"
        "'abc'.replace('a', 'b')\n"
        "console.print('x')\n"
    )
    lines = sorted(line for line, _ in side_effects(source))
    assert lines == [4, 5, 6, 7, 8, 9, 10, 11, 12]


# The claim store's one job is a database on disk: it alone, besides the
# command line, creates and replaces files (its own folder and database).
WRITERS = ("auditor.cli", "auditor.store")


def test_nothing_outside_the_command_line_and_the_store_prints_or_writes_files() -> None:
    bad = []
    for name, path in MODULES.items():
        if any(_within(name, writer) for writer in WRITERS):
            continue
        for line, what in side_effects(path.read_text(encoding="utf-8")):
            bad.append(f"{path.relative_to(PACKAGE_DIR.parent)}:{line}: {what}")
    assert bad == [], "only auditor.cli and auditor.store may talk to the terminal or write files:\n" + "\n".join(bad)


def test_the_store_never_prints() -> None:
    bad = [
        f"{MODULES[name].relative_to(PACKAGE_DIR.parent)}:{line}: {what}"
        for name in members("auditor.store")
        for line, what in side_effects(MODULES[name].read_text(encoding="utf-8"))
        if what.startswith(("print", "click", "sys."))
    ]
    assert bad == []
