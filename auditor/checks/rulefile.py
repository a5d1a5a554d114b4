"""Reading rule files: one YAML file per rule, validated strictly.

Every mistake in a rule file is reported with the file, the line and the key
at fault, because a rule that silently ignores a misspelt parameter is a
check that silently stops checking.
"""

from __future__ import annotations

import string
from pathlib import Path
import typing
from typing import Any, Iterable, Mapping, Sequence

from pydantic import BaseModel, ValidationError

from auditor import data_files
from auditor.checks.file_error import DataFileError
from auditor.data_files import DataError, LineMap, line_of
from auditor.model import ClaimKind, Rule, RuleExample, Severity

RULE_KEYS = ("kind", "severity", "summary", "rationale", "message", "parameters", "applies_to", "examples")
REQUIRED_KEYS = ("kind", "severity", "summary", "message")
APPLIES_TO_KEYS = ("kinds", "events")
CLAIM_KINDS = typing.get_args(ClaimKind)
EXAMPLE_KEYS = ("documents", "facts")


class RuleFileError(DataFileError):
    """A rule file that cannot be used, and where it goes wrong."""


def load_yaml(text: str, path: str | Path, error: type[DataFileError] = RuleFileError) -> Any:
    """Parse YAML with the safe loader, turning its errors into ``error(path, line, "yaml", ...)``."""
    try:
        return data_files.load_yaml(text, path)
    except DataError as exc:
        raise error(path, exc.line, "yaml", exc.message) from None


def read_data_file(path: Path, what: str, error: type[DataFileError] = RuleFileError) -> str:
    """The text of a rule or facts file (a regular file, UTF-8, within the size limit)."""
    try:
        return data_files.read_text(path, data_files.YAML_LIMITS.max_bytes)
    except DataError as exc:
        raise error(path, exc.line, "file", f"cannot read {what}: {exc.message}") from None


def placeholders(template: str) -> list[str]:
    """Field names a message template uses."""
    names = []
    for _, field_name, _, _ in string.Formatter().parse(template):
        if field_name is not None:
            names.append(field_name)
    return names


def rule_files(directory: Path) -> list[Path]:
    """Every rule file under a folder, in a stable order."""
    files = [p for p in directory.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml")]
    return sorted(files, key=lambda p: p.relative_to(directory).as_posix())


def rule_id(path: Path, pack: Path) -> str:
    return path.relative_to(pack).with_suffix("").as_posix()


def _require_text(data: Mapping, key: str, path: Path) -> str:
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise RuleFileError(path, line_of(data, key), key, "must be a non-empty string")
    return value.strip()


def _string_list(value: Any, path: Path, line: int | None, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RuleFileError(path, line, key, "must be a string or a list of strings")
    return tuple(value)


def _applies_to(value: Any, path: Path, line: int | None) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise RuleFileError(path, line, "applies_to", "must be a mapping with keys kinds, events")
    scope: dict[str, tuple[str, ...]] = {}
    for key, items in value.items():
        key_line = line_of(value, key)
        if key not in APPLIES_TO_KEYS:
            raise RuleFileError(path, key_line, f"applies_to.{key}", f"unknown key (expected one of: {', '.join(APPLIES_TO_KEYS)})")
        names = _string_list(items, path, key_line, f"applies_to.{key}")
        if key == "kinds":
            for name in names:
                if name not in CLAIM_KINDS:
                    raise RuleFileError(path, key_line, "applies_to.kinds", f"unknown claim kind {name!r} (expected one of: {', '.join(CLAIM_KINDS)})")
        scope[key] = names
    return scope


def _parameters(executor: Any, value: Any, path: Path, line: int | None) -> dict[str, object]:
    if value is None:
        value = {}
    if not isinstance(value, dict):
        raise RuleFileError(path, line, "parameters", "must be a mapping")
    model: type[BaseModel] = executor.Parameters
    try:
        parsed = model.model_validate(dict(value))
    except ValidationError as exc:
        problem = exc.errors()[0]
        loc = [str(part) for part in problem["loc"]]
        key_line = line_of(value, problem["loc"][0]) if problem["loc"] else line
        where = "parameters" + ("." + ".".join(loc) if loc else "")
        message = problem["msg"]
        if problem["type"] == "extra_forbidden":
            known = ", ".join(sorted(model.model_fields))
            message = f"unknown parameter (expected one of: {known})"
        raise RuleFileError(path, key_line, where, message) from None
    return parsed.model_dump()


def _examples(value: Any, path: Path, line: int | None) -> tuple[tuple[RuleExample, ...], tuple[RuleExample, ...]]:
    # Imported here: facts.py uses this module's YAML loader.
    from .facts import FactsFileError, fact_from_entry

    if value is None:
        return (), ()
    if not isinstance(value, dict):
        raise RuleFileError(path, line, "examples", "must be a mapping with keys pass, fail")
    result: dict[str, list[RuleExample]] = {"pass": [], "fail": []}
    for group, items in value.items():
        group_line = line_of(value, group)
        if group not in result:
            raise RuleFileError(path, group_line, f"examples.{group}", "unknown key (expected pass or fail)")
        if not isinstance(items, list):
            raise RuleFileError(path, group_line, f"examples.{group}", "must be a list of examples")
        for index, item in enumerate(items, start=1):
            where = f"examples.{group}[{index}]"
            item_line = item.line if isinstance(item, LineMap) else group_line
            if isinstance(item, str):
                item = {"documents": [item]}
            if not isinstance(item, dict):
                raise RuleFileError(path, item_line, where, "must be a mapping with keys documents, facts")
            for key in item:
                if key not in EXAMPLE_KEYS:
                    raise RuleFileError(path, line_of(item, key), f"{where}.{key}", "unknown key (expected documents, facts)")
            if "documents" not in item:
                raise RuleFileError(path, item_line, where, "missing key 'documents'")
            documents = _string_list(item["documents"], path, line_of(item, "documents"), f"{where}.documents")
            facts = item.get("facts") or []
            if not isinstance(facts, list):
                raise RuleFileError(path, line_of(item, "facts"), f"{where}.facts", "must be a list of facts")
            checked = []
            for entry in facts:
                try:
                    fact_from_entry(entry, path)
                except FactsFileError as exc:
                    raise RuleFileError(path, exc.line, f"{where}.facts.{exc.key}", exc.message) from None
                checked.append({str(k): v for k, v in entry.items()})
            result[group].append(RuleExample(documents=documents, facts=tuple(checked)))
    return tuple(result["pass"]), tuple(result["fail"])


def parse_rule(text: str, path: Path, rule_id_: str) -> Rule:
    """One rule from the text of its file."""
    from . import EXECUTORS

    data = load_yaml(text, path)
    if not isinstance(data, dict):
        raise RuleFileError(path, 1, "rule", "a rule file must be a YAML mapping")
    for key in data:
        if key not in RULE_KEYS:
            raise RuleFileError(path, line_of(data, key), str(key), f"unknown key (expected one of: {', '.join(RULE_KEYS)})")
    for key in REQUIRED_KEYS:
        if key not in data:
            raise RuleFileError(path, data.line if isinstance(data, LineMap) else 1, key, "missing required key")

    kind = data["kind"]
    executor = EXECUTORS.get(kind) if isinstance(kind, str) else None
    if executor is None:
        raise RuleFileError(path, line_of(data, "kind"), "kind", f"unknown rule kind {kind!r} (expected one of: {', '.join(sorted(EXECUTORS))})")
    severity = data["severity"]
    try:
        severity = Severity(severity)
    except ValueError:
        raise RuleFileError(path, line_of(data, "severity"), "severity", f"unknown severity {severity!r} (expected error, warning or info)") from None

    message = _require_text(data, "message", path)
    try:
        names = placeholders(message)
        formatted = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(message)
                     if name is not None and (spec or conversion)]  # fmt: skip
    except ValueError as exc:
        raise RuleFileError(path, line_of(data, "message"), "message", f"malformed template: {exc}") from None
    if formatted:
        # A format spec or conversion would only fail (or pad a message to
        # gigabytes) when the first finding is written, after the whole audit.
        name, spec, conversion = formatted[0]
        shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        raise RuleFileError(path, line_of(data, "message"), "message",
                            f"{shown}: placeholders take no format spec or conversion; write {{{name}}}")  # fmt: skip
    for name in names:
        if name not in executor.PLACEHOLDERS:
            raise RuleFileError(
                path,
                line_of(data, "message"),
                "message",
                f"unknown placeholder {{{name}}} (a {kind} rule offers: {', '.join(sorted(executor.PLACEHOLDERS))})",
            )
    rationale = data.get("rationale") or ""
    if not isinstance(rationale, str):
        raise RuleFileError(path, line_of(data, "rationale"), "rationale", "must be a string")

    passes, fails = _examples(data.get("examples"), path, line_of(data, "examples"))
    return Rule(
        id=rule_id_,
        kind=kind,
        severity=severity,
        summary=_require_text(data, "summary", path),
        rationale=rationale.strip(),
        message=message,
        parameters=_parameters(executor, data.get("parameters"), path, line_of(data, "parameters")),
        applies_to=_applies_to(data.get("applies_to"), path, line_of(data, "applies_to")),
        passes=passes,
        fails=fails,
        path=str(path),
    )


def load_rule_file(path: Path, pack: Path) -> Rule:
    return parse_rule(read_data_file(path, "rule file"), path, rule_id(path, pack))


def default_pack() -> Path:
    from auditor.resources import default_rules_dir

    return default_rules_dir() / "checks"


def load_rules(directories: Iterable[Path] = (), *, include_default: bool = True) -> tuple[Rule, ...]:
    """Rules of the default pack, then of each folder; a later id replaces an earlier one."""
    packs: list[Path] = [default_pack()] if include_default else []
    packs.extend(Path(d) for d in directories)
    rules: dict[str, Rule] = {}
    for pack in packs:
        if not pack.is_dir():
            raise RuleFileError(pack, None, "rules", "not a folder of rule files")
        for path in rule_files(pack):
            rule = load_rule_file(path, pack)
            rules[rule.id] = rule
    return tuple(rules[key] for key in sorted(rules))


def select(rules: Sequence[Rule], ids: Iterable[str]) -> tuple[Rule, ...]:
    wanted = set(ids)
    return tuple(rule for rule in rules if rule.id in wanted)
