"""Which rules run and how severe their findings are: ``--select``, ``--ignore``
and ``[tool.auditor.severity]``, as ruff and Vale users know them.

A selector names a rule by its id (``figure-mismatch``), by its kind (every
rule of kind ``year-mismatch``, whatever its id), or by a folder of a rule
pack (``house`` selects ``house/dates`` and ``house/money``). A selector
that names nothing is an error with the closest names, never ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rapidfuzz import fuzz, process

from auditor.model import AuditResult, Rule, Severity


class SelectionError(ValueError):
    """A selector or severity entry that names no rule."""


def _matches(selector: str, rule: Rule) -> bool:
    return selector in (rule.id, rule.kind) or rule.id.startswith(selector.rstrip("/") + "/")


def _names(rules: Sequence[Rule]) -> list[str]:
    return sorted({rule.id for rule in rules} | {rule.kind for rule in rules})


def _unknown(selector: str, where: str, rules: Sequence[Rule]) -> SelectionError:
    matches = process.extract(selector, _names(rules), scorer=fuzz.WRatio, limit=3, score_cutoff=60)
    hint = f"; did you mean: {', '.join(m[0] for m in matches)}?" if matches else ""
    return SelectionError(f"{where}: no rule matches {selector!r}{hint} (run 'auditor rules' to list them)")


def split_selectors(values: Iterable[str]) -> list[str]:
    """``["a,b", "c"]`` -> ``["a", "b", "c"]``: comma lists as ruff takes them."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def select_rules(
    rules: Sequence[Rule], select: Sequence[str] = (), ignore: Sequence[str] = (), *, where: str = "--select/--ignore"
) -> list[Rule]:
    """The rules ``select`` names (all when empty), less those ``ignore`` names."""
    for selector in (*select, *ignore):
        if not any(_matches(selector, rule) for rule in rules):
            raise _unknown(selector, where, rules)
    chosen = [rule for rule in rules if not select or any(_matches(s, rule) for s in select)]
    return [rule for rule in chosen if not any(_matches(s, rule) for s in ignore)]


def with_severities(rules: Sequence[Rule], severities: Mapping[str, str], *, where: str = "severity") -> list[Rule]:
    """Rules with the severity the configuration gives them (by id or kind)."""
    for selector in severities:
        if not any(_matches(selector, rule) for rule in rules):
            raise _unknown(selector, where, rules)
    return [
        rule.model_copy(update={"severity": Severity(level)}) if (level := _level(rule, severities)) else rule
        for rule in rules
    ]


def _level(rule: Rule, severities: Mapping[str, str]) -> str | None:
    # The most specific entry wins: the rule's id, then its folder, then its kind.
    if rule.id in severities:
        return severities[rule.id]
    folders = [s for s in severities if rule.id.startswith(s.rstrip("/") + "/")]
    if folders:
        return severities[max(folders, key=len)]
    return severities.get(rule.kind)


def force_severities(result: AuditResult, rules: Sequence[Rule], severities: Mapping[str, str]) -> AuditResult:
    """Every finding of a rule with a configured severity gets that severity.

    Some rules grade their findings (``year-mismatch`` by how firm the
    evidence is); a configured severity overrides the grading, as a
    linter's per-rule level does.
    """
    if not severities:
        return result
    forced = {rule.id: rule.severity for rule in rules if _level(rule, severities)}
    findings = tuple(
        f.model_copy(update={"severity": forced[f.rule]}) if f.rule in forced and f.severity != forced[f.rule] else f
        for f in result.findings
    )
    return result.model_copy(update={"findings": findings})
