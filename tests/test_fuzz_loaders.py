"""hypothesis fuzzing of every loader and of the extractor: control
characters, surrogates, huge repetitions and markup shards. Each either
succeeds or raises its own documented error, never anything else."""

from __future__ import annotations

import json
import operator
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.baseline import BaselineError, parse_baseline
from auditor.checks.facts import FactsFileError, parse_facts
from auditor.checks.rulefile import RuleFileError, parse_rule
from auditor.config import ConfigError, parse_config
from auditor.data_files import DataError, load_json, load_yaml
from auditor.extract import extract_document, load_knowledge
from auditor.reporters.json_report import ReportFormatError, from_dict, load_report
from auditor.sources import DocumentError, parse_document

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
KNOWLEDGE = load_knowledge()

# Characters that break naive code: C0 and C1 controls, DEL, bidi overrides,
# line separators, a BOM, lone surrogates, wide and combining characters.
_HOSTILE_CHARACTERS = (
    [chr(c) for c in range(0x00, 0x20)] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)]
    + ["\u202a", "\u202e", "\u2066", "\u2069", "\u200e", "\u2028", "\u2029", "\ufeff", "\ud800", "\udfff", "\udce9"]
    + ["東", "é", "\u0301", "😀", "ß", "ı", "ſ", "$", "€", "%", "1", "9", " ", "\t", "\r", "\n"]
)  # fmt: skip
# Pieces the scanners treat specially.
_SHARDS = [
    "[", "]", "](", "![", "*", "**", "_", "__", "~~", "`", "```", "#", "# ", "|", "|---|", ">", "<", "</", "<!--", "-->",
    "<meta ", "<title>", "<time ", "<head>", "<script>", "&#", "&amp;", '"', "'", "---\n", "auditor: ignore", "[rule]",
    "Acme ", "The ", "raised ", "$5 million", "in 2024", ". ", "\n\n", "- ", "1. ", ": ", "&a ", "*a", "{", "}", ",",
]  # fmt: skip

hostile_text = st.one_of(
    st.text(alphabet=st.sampled_from(_HOSTILE_CHARACTERS), max_size=200),
    st.lists(st.sampled_from(_SHARDS + _HOSTILE_CHARACTERS), max_size=120).map("".join),
    # Huge repetitions of one shard, the shape of most red-team attacks.
    st.builds(operator.mul, st.sampled_from(_SHARDS), st.integers(min_value=1, max_value=4_000)),
    st.text(max_size=300),
)


def _bytes(text: str) -> bytes:
    # Lone surrogates cannot be UTF-8; written as they would reach a file.
    return text.encode("utf-8", "surrogatepass")


@SETTINGS
@given(text=hostile_text, name=st.sampled_from(["doc.txt", "doc.md", "doc.html", "doc.markdown", "doc.htm", "doc"]))
def test_document_loader_and_extractor_never_crash(text: str, name: str) -> None:
    try:
        document = parse_document(name, _bytes(text))
    except DocumentError as error:
        assert error.reason
        return
    assert document.line_starts[0] == 0 and document.line_starts[-1] <= len(document.text)
    extracted = extract_document(document, KNOWLEDGE)
    for claim in extracted.claims:
        location = claim.evidence.location
        assert 0 <= location.start <= location.end <= len(document.text)


@SETTINGS
@given(text=hostile_text)
def test_yaml_loader_never_crashes(text: str) -> None:
    try:
        load_yaml(text, "f.yaml")
    except DataError as error:
        assert error.line is None or error.line >= 1


@SETTINGS
@given(text=hostile_text)
def test_json_loader_never_crashes(text: str) -> None:
    try:
        load_json(text, "f.json")
    except DataError as error:
        assert error.line is None or error.line >= 1


# Plain data as YAML files hold it, with the keys the loaders know.
_KEYS = ["kind", "severity", "summary", "message", "parameters", "examples", "subject", "attribute", "value", "unit",
         "year", "event", "note", "facts", "pass", "fail", "documents", "schema_version", "fingerprints"]  # fmt: skip
_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40),
    st.sampled_from(["figure-mismatch", "timeline", "error", "{subject}", "{subject:>9}", "country", "amount", "founded",
                     "110 billion", "1" * 200, "investment"]),
)  # fmt: skip
plain_data = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.one_of(st.sampled_from(_KEYS), st.text(max_size=8)), inner, max_size=6)
    ),
    max_leaves=25,
)


def _as_yaml(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True)


@SETTINGS
@given(data=plain_data)
def test_rule_and_facts_files_never_crash(data: object) -> None:
    text = _as_yaml(data)
    try:
        parse_rule(text, Path("r.yaml"), "r")
    except RuleFileError as error:
        assert error.line is None or error.line >= 1
    try:
        parse_facts(text, "facts.yaml", known_events={"investment"})
    except FactsFileError as error:
        assert error.line is None or error.line >= 1


@SETTINGS
@given(text=hostile_text)
def test_rule_and_facts_text_never_crash(text: str) -> None:
    try:
        parse_rule(text, Path("r.yaml"), "r")
    except RuleFileError:
        pass
    try:
        parse_facts(text, "facts.yaml")
    except FactsFileError:
        pass


@SETTINGS
@given(data=plain_data, text=hostile_text)
def test_baselines_and_saved_reports_never_crash(data: object, text: str) -> None:
    for candidate in (json.dumps(data), text):
        try:
            parse_baseline(candidate, "b.json")
        except BaselineError:
            pass
        try:
            load_report(candidate)
        except ReportFormatError:
            pass
    try:
        from_dict(data)
    except ReportFormatError:
        pass


@SETTINGS
@given(text=hostile_text)
def test_project_settings_never_crash(text: str) -> None:
    for candidate in (text, "[tool.auditor]\n" + text):
        try:
            parse_config(candidate, Path("pyproject.toml"))
        except ConfigError:
            pass
