"""The one loader for every data file a user hands the auditor.

Rules, lexicon files, ``entities.yaml``, reference facts and Markdown front
matter are YAML; baselines and saved reports are JSON. All of them go through
here, with the same limits and the same kind of error:

- a **size limit**, checked before parsing (a YAML parser reads about a
  megabyte in four seconds);
- a **depth limit** on nesting, so ``[[[[...`` cannot exhaust the stack;
- an **alias budget**: anchors and aliases may add at most
  ``MAX_ALIAS_NODES`` nodes to what is written, and an alias may not contain
  itself, so a "billion laughs" file or a recursive one is refused before any
  object is built;
- **duplicate keys refused**: YAML and JSON parsers keep the last of two equal
  keys, so a second ``severity:`` would silently override the first;
- every error is a :class:`DataError`, ``path:line: message``, with a real
  1-based line (never 0) when the problem has one.

YAML mappings come back as :class:`LineMap`, a ``dict`` that knows the line
of itself and of each key, so the callers' own checks can point at lines too.
Only plain data is built (``yaml.SafeLoader``): no tag runs code.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import Any

import yaml

from auditor.regular_files import UnreadableFile, describe_size, read_regular_file


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_depth: int = 64
    max_alias_nodes: int = 10_000


YAML_LIMITS = Limits(max_bytes=5_000_000)
# Front matter is a document's title, date and url, not a database.
FRONT_MATTER_LIMITS = Limits(max_bytes=64_000, max_depth=32, max_alias_nodes=1_000)
# A saved report of 10,000 documents is about 100 MB.
JSON_LIMITS = Limits(max_bytes=1_000_000_000, max_depth=64)
MAX_ALIAS_NODES = YAML_LIMITS.max_alias_nodes


class DataError(ValueError):
    """A data file that cannot be used: ``path:line: message`` (``path: message`` without a line)."""

    def __init__(self, path: str | os.PathLike[str], line: int | None, message: str) -> None:
        self.path = os.fspath(path)
        self.line = line if line is not None and line > 0 else None
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


class LineMap(dict):
    """A YAML mapping that remembers the 1-based line of itself and of each key."""

    line: int = 1
    key_lines: dict[Any, int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.key_lines = {}

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Pickled as a plain dict's contents plus the lines (worker processes).
        return (_rebuild_line_map, (dict(self), self.line, dict(self.key_lines)))


def _rebuild_line_map(data: dict, line: int, key_lines: dict) -> LineMap:
    mapping = LineMap(data)
    mapping.line = line
    mapping.key_lines = key_lines
    return mapping


def line_of(mapping: Any, key: Any) -> int | None:
    """The line of ``key`` in a mapping read here (its own line when the key is absent)."""
    if isinstance(mapping, LineMap):
        return mapping.key_lines.get(key, mapping.line)
    return None


# --------------------------------------------------------------------------- YAML


class _LimitExceeded(yaml.MarkedYAMLError):
    """Raised inside the loader; turned into a DataError with its line."""


class _Constructor(yaml.constructor.SafeConstructor):
    """Plain data, mappings as LineMaps; duplicate keys refused."""

    def construct_object(self, node: yaml.Node, deep: bool = False):  # type: ignore[no-untyped-def]
        # A scalar Python cannot hold (an integer of more than 4,300 digits, a
        # date with month 13) raises a plain ValueError from the constructor:
        # given the node's line like any other YAML error.
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, OverflowError) as error:
            raise _LimitExceeded(problem=f"cannot read this value: {error}", problem_mark=node.start_mark) from None

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineMap:  # type: ignore[override]
        _refuse_duplicate_keys(self, node)
        mapping = LineMap(super().construct_mapping(node, deep=deep))
        mapping.line = node.start_mark.line + 1
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                mapping.key_lines.setdefault(key, key_node.start_mark.line + 1)
            except TypeError:  # unhashable key: the base constructor refused it already
                pass
        return mapping


_Constructor.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    lambda loader, node: loader.construct_mapping(node, deep=True),
)


class _SafeLoader(
    yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer, _Constructor, yaml.resolver.Resolver
):
    """yaml.SafeLoader's parts, limiting depth and checking aliases as it composes."""

    def __init__(self, text: str, limits: Limits) -> None:
        yaml.reader.Reader.__init__(self, text)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        _Constructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)
        self.limits = limits
        self.depth = 0
        self.first_alias: yaml.Mark | None = None

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        # Depth counts nested collections (a scalar adds no level).
        nested = self.check_event(yaml.SequenceStartEvent, yaml.MappingStartEvent)
        self.depth += nested
        try:
            if self.depth > self.limits.max_depth:
                mark = self.peek_event().start_mark
                raise _LimitExceeded(
                    problem=f"nested more than {self.limits.max_depth} levels deep", problem_mark=mark
                )
            if self.first_alias is None and self.check_event(yaml.AliasEvent):
                self.first_alias = self.peek_event().start_mark
            return super().compose_node(parent, index)
        finally:
            self.depth -= nested


_MERGE_TAG = "tag:yaml.org,2002:merge"


def _refuse_duplicate_keys(loader: _Constructor, node: yaml.MappingNode) -> None:
    """Two equal keys written in one mapping (merged ``<<`` keys may be overridden, as YAML says)."""
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == _MERGE_TAG or not isinstance(key_node, yaml.ScalarNode):
            continue
        key = loader.construct_object(key_node)
        try:
            first = seen.get(key)
        except TypeError:  # unhashable: the base constructor refuses it with its own message
            continue
        if first is not None:
            raise _LimitExceeded(
                problem=f"duplicate key {key!r} (first given on line {first}); a key may appear once",
                problem_mark=key_node.start_mark,
            )
        seen[key] = key_node.start_mark.line + 1


def _check_aliases(root: yaml.Node, limits: Limits, first_alias: yaml.Mark | None) -> None:
    """Refuse recursive aliases and aliases that expand past the budget.

    The node graph is walked once (iteratively: its depth is already
    bounded, but a walk should not rely on that), computing how many nodes
    each node stands for once aliases are expanded.
    """
    expanded: dict[int, int] = {}
    on_path: set[int] = set()
    distinct = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            on_path.discard(key)
            expanded[key] = 1 + sum(expanded[id(child)] for child in _children(node))
            continue
        if key in expanded:
            continue
        if key in on_path:
            raise _LimitExceeded(problem="an alias refers to a node that contains it (recursive data)", problem_mark=node.start_mark)
        distinct += 1
        on_path.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in on_path:
                raise _LimitExceeded(
                    problem="an alias refers to a node that contains it (recursive data)", problem_mark=node.start_mark
                )
            if id(child) not in expanded:
                stack.append((child, False))
    added = expanded[id(root)] - distinct
    if added > limits.max_alias_nodes:
        raise _LimitExceeded(
            problem=f"aliases expand to {added:,} more nodes than are written "
            f"(the limit is {limits.max_alias_nodes:,}), starting with this alias",
            problem_mark=first_alias or root.start_mark,
        )


# --------------------------------------------------------------------------- YAML read by libyaml

# A knowledge file of the shipped rules takes a tenth of a second or more to
# read with PyYAML's parser, written in Python; libyaml's, in C, composes the
# same nodes in a tenth of that, and the same constructor builds the data.
# The two parsers' errors read differently, and libyaml's composer neither
# limits depth nor counts aliases: a text libyaml refuses, that holds an
# alias, a node nested past the limit or a character PyYAML's reader
# refuses, or whose data the constructor refuses, is read again by PyYAML,
# which raises what it always did. tests/test_data_files.py checks that the
# two read every YAML file of the shipped rules alike, lines included.
_NOT_READ = object()


if yaml.__with_libyaml__:

    class _LibyamlLoader(yaml.cyaml.CParser, _Constructor, yaml.resolver.Resolver):
        def __init__(self, text: str) -> None:
            yaml.cyaml.CParser.__init__(self, text)
            _Constructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)


def _read_with_libyaml(text: str, limits: Limits) -> Any:
    """The data of ``text`` as libyaml composes it, or ``_NOT_READ`` when
    PyYAML's loader must judge the text (see above)."""
    if not yaml.__with_libyaml__ or yaml.reader.Reader.NON_PRINTABLE.search(text):
        return _NOT_READ
    loader = _LibyamlLoader(text)
    try:
        root = loader.get_single_node()
        if root is None or not _tree_within(root, limits.max_depth):
            return _NOT_READ
        return loader.construct_document(root)
    except Exception:  # noqa: BLE001 - whatever goes wrong, PyYAML reads it and says why
        return _NOT_READ
    finally:
        loader.dispose()


def _tree_within(root: yaml.Node, max_depth: int) -> bool:
    """Whether the nodes form a tree (no node twice: no alias) that nests
    collections at most ``max_depth`` deep (the root collection is 1 deep)."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            return False
        seen.add(id(node))
        children = _children(node)
        if isinstance(node, (yaml.SequenceNode, yaml.MappingNode)):
            depth += 1
            if depth > max_depth:
                return False
        stack.extend((child, depth) for child in children)
    return True


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def load_yaml(
    text: str,
    path: str | os.PathLike[str],
    *,
    first_line: int = 1,
    limits: Limits = YAML_LIMITS,
    libyaml: bool = False,
) -> Any:
    """Plain data from YAML ``text`` read from ``path`` (for messages only).

    ``first_line``: the file line the text starts on (front matter starts on
    line 2). ``libyaml``: parse with libyaml where it reads the text as
    PyYAML does (see ``_read_with_libyaml``). Raises :class:`DataError`.
    """
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.max_bytes:
        raise DataError(path, None, f"too large to read as YAML ({describe_size(size)}; the limit is {describe_size(limits.max_bytes)})")
    if libyaml:
        data = _read_with_libyaml(text, limits)
        if data is not _NOT_READ:
            return data
    try:
        loader = _SafeLoader(text, limits)
    except yaml.reader.ReaderError as error:
        # Raised while reading the text, before any parsing: a character YAML
        # does not allow (a control character, a lone surrogate).
        line = text.count("\n", 0, error.position) + first_line
        raise DataError(path, line, f"malformed YAML: character U+{error.character:04X} is not allowed in YAML") from None
    try:
        root = loader.get_single_node()
        if root is None:
            return None
        if loader.first_alias is not None:  # without aliases, nothing expands
            _check_aliases(root, limits, loader.first_alias)
        return loader.construct_document(root)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + first_line if mark is not None else None
        raise DataError(path, line, _yaml_problem(error)) from None
    except yaml.YAMLError as error:
        raise DataError(path, None, f"malformed YAML: {error}") from None
    except RecursionError:  # belt and braces: the depth limit should come first
        raise DataError(path, None, "nested too deeply") from None
    finally:
        loader.dispose()


def _yaml_problem(error: yaml.MarkedYAMLError) -> str:
    if isinstance(error, _LimitExceeded):
        return str(error.problem)
    problem = error.problem or "malformed YAML"
    context = f" ({error.context})" if error.context else ""
    return f"malformed YAML: {problem}{context}"


def read_text(path: str | os.PathLike[str], max_bytes: int) -> str:
    """A data file's text: a regular file, UTF-8, at most ``max_bytes``. Raises DataError."""
    try:
        data = read_regular_file(path, max_bytes)
    except UnreadableFile as error:
        raise DataError(path, None, error.reason) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise DataError(path, line, f"not valid UTF-8 (byte 0x{data[error.start]:02x})") from None


def load_yaml_file(path: str | os.PathLike[str], limits: Limits = YAML_LIMITS) -> Any:
    """Plain data from a YAML file (extraction's knowledge). Raises :class:`DataError`."""
    return load_yaml(read_text(path, limits.max_bytes), path, limits=limits, libyaml=True)


# --------------------------------------------------------------------------- JSON

_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def load_json(text: str, path: str | os.PathLike[str], limits: Limits = JSON_LIMITS) -> Any:
    """Plain data from JSON ``text``, with the same limits as YAML. Raises :class:`DataError`."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.max_bytes:
        raise DataError(path, None, f"too large ({describe_size(size)}; the limit is {describe_size(limits.max_bytes)})")
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        raise DataError(path, error.lineno, f"not valid JSON: {error.msg} (column {error.colno})") from None
    except _DuplicateKey as error:
        raise DataError(path, _line_of_key(text, error.key), f"duplicate key {error.key!r}; a key may appear once") from None
    except RecursionError:
        # The decoder stops itself at the interpreter's recursion limit; the
        # (slower) scan for the line runs only then.
        raise DataError(path, _json_depth_line(text, limits.max_depth), f"nested more than {limits.max_depth} levels deep") from None
    too_deep = _json_depth_line(text, limits.max_depth) if _nested_beyond(data, limits.max_depth) else None
    if too_deep is not None:
        raise DataError(path, too_deep, f"nested more than {limits.max_depth} levels deep")
    return data


def _nested_beyond(data: Any, max_depth: int) -> bool:
    """Whether parsed JSON nests deeper than ``max_depth`` (an iterative walk)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > max_depth:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def _json_depth_line(text: str, max_depth: int) -> int | None:
    """The line where brackets first nest past ``max_depth`` (strings skipped)."""
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group(0)
        if token in ("[", "{"):
            depth += 1
            if depth > max_depth:
                return text.count("\n", 0, match.start()) + 1
        elif token in ("]", "}"):
            depth -= 1
    return None


def _line_of_key(text: str, key: str) -> int | None:
    """The line of the second occurrence of ``"key":`` in ``text``."""
    pattern = re.compile(re.escape(json.dumps(key)) + r"\s*:")
    matches = pattern.finditer(text)
    next(matches, None)
    second = next(matches, None)
    return text.count("\n", 0, second.start()) + 1 if second else None


def load_json_file(path: str | os.PathLike[str], limits: Limits = JSON_LIMITS) -> Any:
    """Plain data from a JSON file. Raises :class:`DataError`."""
    return load_json(read_text(path, limits.max_bytes), path, limits)
