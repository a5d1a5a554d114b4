"""The default rule pack is found where the package is installed, not only in a checkout."""

from __future__ import annotations

import shutil
from pathlib import Path

from auditor import resources

ROOT = Path(__file__).resolve().parents[1]


def test_default_rules_dir_is_a_real_folder():
    folder = resources.default_rules_dir()
    assert (folder / "checks").is_dir()
    assert (folder / "entities.yaml").is_file()


def test_installed_layout_is_preferred(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "auditor"
    shutil.copytree(ROOT / "rules", package / "default_rules")
    monkeypatch.setattr(resources, "_PACKAGE", package)
    resources.default_rules_dir.cache_clear()
    try:
        assert resources.default_rules_dir() == package / "default_rules"
    finally:
        resources.default_rules_dir.cache_clear()
