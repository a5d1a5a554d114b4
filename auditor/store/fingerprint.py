"""What a stored extraction result depends on, as one digest.

A document's claims are a function of its bytes, its path, the code that
reads it and the knowledge that code reads. The bytes and the path key each
stored entry; everything else goes into the *fingerprint*, and an entry
made under another fingerprint is never used. So a new version of the tool,
an edited lexicon or ``entities.yaml``, a different ``--rules`` folder or an
upgraded library that extraction relies on each start the store afresh.
"""

from __future__ import annotations

import hashlib
import sys
from importlib import metadata
from pathlib import Path
from typing import Iterable

import auditor
from auditor.resources import default_rules_dir

PACKAGE_DIR = Path(auditor.__file__).resolve().parent

# The modules whose code shapes a stored entry, relative to the package: the
# loaders (the analysis text and its line starts), segmentation, extraction,
# the records and units they build, linking (its keys index the store), the
# job that runs them all and the store's encoding of records (its tables are
# versioned by database.LAYOUT_VERSION). tests/test_store_fingerprint.py checks that every
# module extraction imports is covered.
CLAIM_SHAPING_CODE: tuple[str, ...] = (
    "__init__.py",
    "model.py",
    "resources.py",
    "units.py",
    "data_files.py",
    "regular_files.py",
    "segment.py",
    "link.py",
    "corpus.py",
    "sources",
    "document",
    "extract",
    "store/codec.py",
    "pipeline/__init__.py",
    "pipeline/extraction.py",
)

# Modules extraction's job imports that shape no claim: the store's tables
# and this digest (a change of tables bumps database.LAYOUT_VERSION).
NOT_CLAIM_SHAPING: tuple[str, ...] = (
    "store/__init__.py",
    "store/database.py",
    "store/fingerprint.py",
    "store/spill.py",
)

# Libraries whose behaviour or output format shapes claims or their encoding.
CLAIM_SHAPING_LIBRARIES: tuple[str, ...] = ("pydantic", "pydantic-core", "pint", "rapidfuzz", "PyYAML")

# Folders of a rules folder that hold no extraction knowledge: rule files and
# reference facts are read after extraction, so editing them keeps the store.
_NOT_KNOWLEDGE = ("checks", "facts")


def code_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """The source files of ``CLAIM_SHAPING_CODE``, in a stable order."""
    files: list[Path] = []
    for name in CLAIM_SHAPING_CODE:
        path = package_dir / name
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def knowledge_files(knowledge_dir: Path | None) -> list[Path]:
    """The YAML files of a rules folder that extraction may read (default: the shipped rules)."""
    root = Path(knowledge_dir) if knowledge_dir is not None else default_rules_dir()
    found = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if relative.parts[0] in _NOT_KNOWLEDGE or any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file() and path.suffix in (".yaml", ".yml"):
            found.append(path)
    return found


def _library_versions() -> Iterable[str]:
    for name in CLAIM_SHAPING_LIBRARIES:
        try:
            yield f"{name}={metadata.version(name)}"
        except metadata.PackageNotFoundError:
            yield f"{name}=absent"
    # The knowledge files are parsed by libyaml where it reads them as
    # PyYAML does (data_files.load_yaml_file): PyYAML may be built with or
    # without it, or against another version of it.
    yield f"libyaml={_libyaml_version()}"


def _libyaml_version() -> str:
    import yaml

    if not yaml.__with_libyaml__:
        return "absent"
    from yaml import _yaml  # type: ignore[attr-defined]

    return str(_yaml.get_version_string())


def claims_fingerprint(knowledge_dir: Path | None = None) -> str:
    """The digest of everything besides a document that shapes its stored claims."""
    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        # Length-prefixed, so no two different inputs give one stream.
        for part in (label.encode("utf-8"), data):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)

    add("tool", auditor.__version__.encode())
    add("python", f"{sys.version_info[0]}.{sys.version_info[1]}".encode())
    for version in _library_versions():
        add("library", version.encode())
    for path in code_files():
        add(f"code:{path.relative_to(PACKAGE_DIR).as_posix()}", path.read_bytes())
    root = Path(knowledge_dir) if knowledge_dir is not None else default_rules_dir()
    for path in knowledge_files(knowledge_dir):
        add(f"knowledge:{path.relative_to(root).as_posix()}", path.read_bytes())
    return digest.hexdigest()


def package_fingerprint(package_dir: Path = PACKAGE_DIR) -> str:
    """The digest of the tool's version and every source file of the package:
    what findings kept from an earlier run depend on besides their inputs
    (the checks, the engine, everything that shapes claims)."""
    digest = hashlib.sha256(auditor.__version__.encode())
    for path in sorted(package_dir.rglob("*.py")):
        data = path.read_bytes()
        for part in (path.relative_to(package_dir).as_posix().encode("utf-8"), data):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
    return digest.hexdigest()
