"""Words in the shipped rules and lexicon files are words.

YAML 1.1, which PyYAML reads, turns an unquoted on, off, yes, no, y or n
into a boolean: a list of words holding "On" would hold True instead, and
the word would silently stop working ("On Monday" read as a company).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from auditor.resources import default_rules_dir


def _booleans_in_lists(data, path: str = ""):
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _booleans_in_lists(value, f"{path}.{key}")
    elif isinstance(data, list):
        for index, item in enumerate(data):
            if isinstance(item, bool):
                yield f"{path}[{index}]"
            else:
                yield from _booleans_in_lists(item, f"{path}[{index}]")


def test_no_word_list_holds_a_boolean():
    root = Path(default_rules_dir())
    found = [
        f"{file.relative_to(root)}{where}"
        for file in sorted(root.rglob("*.yaml"))
        for where in _booleans_in_lists(yaml.safe_load(file.read_text(encoding="utf-8")))
    ]
    assert not found, f"quote these words (YAML reads them as booleans): {found}"


def test_the_check_finds_an_unquoted_word():
    assert list(_booleans_in_lists(yaml.safe_load("words: [In, On, At]\n"))) == [".words[1]"]
