"""Every scanner grows linearly: the same input at n and at 8n, in the same
process, takes at most 16 times as long (linear is 8; quadratic is 64).

A ratio, not a wall-clock limit: processor time of the best of a few runs,
with the garbage collector held off while timing, and n doubled until the
small run takes long enough to time. Each input is a pathological repetition
that once made a scanner rescan the rest of the line or file from every
occurrence (the red-team attacks of issue 13), plus ordinary prose.

Linking and the checks grow linearly too in a fact stated many times (one
document repeating its claims, many one-line documents stating one fact):
identical statements are compared once (auditor/checks/statements.py).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

import pytest

from auditor.checks import run_checks
from auditor.checks.facts import parse_facts
from auditor.checks.rulefile import load_rules
from auditor.data_files import DataError, load_json, load_yaml
from auditor.extract import extract_document, load_knowledge
from auditor.sources import DocumentError, parse_document

MAX_RATIO = 16.0
# The small run must take at least this long, so that timer noise stays small.
_FLOOR_SECONDS = 0.01
_LARGEST_N = 1 << 22


def _cpu_seconds(run: Callable[[Any], object], text: Any) -> float:
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        run(text)
        return time.process_time() - started
    finally:
        gc.enable()


def _best(run: Callable[[Any], object], text: Any, times: int) -> float:
    return min(_cpu_seconds(run, text) for _ in range(times))


def growth(
    run: Callable[[Any], object], make: Callable[[int], Any], start: int = 64, large_runs: int = 1
) -> tuple[int, float, float]:
    """(n, seconds at n, seconds at 8n), n the first doubling of ``start``
    whose run takes ``_FLOOR_SECONDS``: the best of 3 runs at n, of
    ``large_runs`` at 8n. ``make`` is not timed."""
    n = start
    while _cpu_seconds(run, make(n)) < _FLOOR_SECONDS and n < _LARGEST_N:
        n *= 2
    return n, _best(run, make(n), 3), _best(run, make(8 * n), large_runs)


def ratio_message(n: int, small: float, large: float) -> str:
    return f"n={n}: {small * 1000:.1f} ms, 8n: {large * 1000:.1f} ms, ratio {large / small:.1f}"


def assert_linear(run: Callable[[Any], object], make: Callable[[int], Any]) -> None:
    n, small, large = growth(run, make)
    if large / small > MAX_RATIO:
        # A neighbour's burst can slow one run: measured again, further out,
        # a scanner that is really quadratic only looks worse.
        n, small, large = growth(run, make, start=2 * n, large_runs=2)
    assert large / small <= MAX_RATIO, f"{ratio_message(n, small, large)} > {MAX_RATIO}"


def loaded(name: str) -> Callable[[str], object]:
    def run(text: str) -> object:
        try:
            return parse_document(name, text.encode("utf-8"))
        except DocumentError:
            return None

    return run


KNOWLEDGE = load_knowledge()


def extracted(name: str) -> Callable[[str], object]:
    return lambda text: extract_document(parse_document(name, text.encode("utf-8")), KNOWLEDGE)


def yaml_read(text: str) -> object:
    try:
        return load_yaml(text, "f.yaml")
    except DataError:
        return None


def json_read(text: str) -> object:
    try:
        return load_json(text, "f.json")
    except DataError:
        return None


PROSE = "Acme Robotics raised $5 million in a Series A round led by Beta Capital in 2024. Analysts were surprised.\n"

CASES: dict[str, tuple[Callable[[str], object], Callable[[int], str]]] = {
    # Markdown
    "md [": (loaded("x.md"), lambda n: "[a " * n),
    "md ![": (loaded("x.md"), lambda n: "![" * n),
    "md ](": (loaded("x.md"), lambda n: "[a](x " * n),
    "md *": (loaded("x.md"), lambda n: "*a " * n),
    "md _": (loaded("x.md"), lambda n: "_a " * n),
    "md ~~": (loaded("x.md"), lambda n: "~~a " * n),
    "md backticks": (loaded("x.md"), lambda n: "``a `" * n),
    "md <http:": (loaded("x.md"), lambda n: "<http:" * n),
    "md heading blanks": (loaded("x.md"), lambda n: "# a" + " " * n + "b\n"),
    "md table blanks": (loaded("x.md"), lambda n: "|" + " " * n + "x\n"),
    "md table rule": (loaded("x.md"), lambda n: "|" + "---|" * n + "x\n"),
    "md setext and quotes": (loaded("x.md"), lambda n: "a\n" + "=" * n + " x\n" + ">" * n + "\n"),
    "md fences": (loaded("x.md"), lambda n: "````\n```\n" * n),
    "md front matter": (loaded("x.md"), lambda n: "---\n" + "".join(f"k{i}: v\n" for i in range(n)) + "---\nBody.\n"),
    "md prose": (loaded("x.md"), lambda n: "## Heading\n\n| a | b |\n|---|---|\n" + PROSE * n),
    # HTML
    "html stray quote": (loaded("x.html"), lambda n: '<a b="c ' * n),
    "html <meta": (loaded("x.html"), lambda n: "<meta " * n),
    "html <title>": (loaded("x.html"), lambda n: "<title>" * n),
    "html <time": (loaded("x.html"), lambda n: "<time " * n),
    "html markup": (loaded("x.html"), lambda n: "<p>a <!-- &#" * n),
    # Suppression markers
    "marker after #s": (loaded("x.txt"), lambda n: "#" * n + "auditor: ignore\n"),
    "marker then blanks": (loaded("x.txt"), lambda n: "auditor: ignore" + " " * n + "x\n"),
    "marker [ then blanks": (loaded("x.txt"), lambda n: "auditor: ignore[" + " " * n),
    "markers on a line": (loaded("x.txt"), lambda n: "-- auditor: ignore --> " * n),
    "comment marker blanks": (loaded("x.md"), lambda n: "<!-- auditor: ignore" + " " * n + "x -->"),
    "CR line ends": (loaded("x.txt"), lambda n: "a\r" * n),
    # Names, sentences and figures (extraction as a whole)
    "name run": (extracted("x.txt"), lambda n: "Acme of " * n + "raised $5 million.\n"),
    "name run after The": (extracted("x.txt"), lambda n: "The " * n + "Acme raised $5 million.\n"),
    "dateline": (extracted("x.txt"), lambda n: "BOSTON " * n + "- Acme raised $5 million.\n"),
    "figures in one sentence": (extracted("x.txt"), lambda n: "Acme raised $5 million and " * n + ".\n"),
    "digits": (extracted("x.txt"), lambda n: "$" + "1" * n + " million.\n"),
    "prose": (extracted("x.txt"), lambda n: PROSE * n),
    # The document model: references, quotations, lead-ins, tables, dated events, qualifiers
    "years in one sentence": (extracted("x.txt"), lambda n: "In " + ", ".join(str(1900 + i % 100) for i in range(n)) + " Acme grew.\n"),
    "percents in one sentence": (extracted("x.txt"), lambda n: "Acme grew 5% and " * n + ".\n"),
    "founded, repeated": (extracted("x.txt"), lambda n: "Acme, founded in 1999, " * n + "raised $5 million.\n"),
    "descriptions": (extracted("x.txt"), lambda n: "Acme Corp raised $5 million. " + "The company said the firm would grow. " * n),
    "quotations": (extracted("x.txt"), lambda n: '"We grew," said Acme. ' * n),
    "one-line paragraphs": (extracted("x.txt"), lambda n: "Acme raised money\n" * n),
    "wide table": (extracted("x.md"), lambda n: "|" + " a |" * n + "\n|" + "---|" * n + "\n|" + " $5 |" * n + "\n"),
    "title separators": (extracted("x.md"), lambda n: "# A" + " " * n + "- Acme\n\nAcme raised $5 million.\n"),
    # A byline's or a speaker label's blanks: read once, never split two ways.
    "byline blanks": (extracted("x.txt"), lambda n: "By Dana" + " " * n + "Reyes\n\nAcme raised $5 million.\n"),
    "speaker label blanks": (extracted("x.txt"), lambda n: "Dana Reyes" + " " * n + "(x\n\nAcme raised $5 million.\n"),
    # Data files
    "yaml": (yaml_read, lambda n: "a: &x [1, 2]\n" + "".join(f"k{i}: [v, *x]\n" for i in range(n))),
    "json": (json_read, lambda n: "[" + ",".join(['{"a": "b", "c": [1, 2]}'] * n) + "]"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_scanner_is_linear(name: str) -> None:
    run, make = CASES[name]
    assert_linear(run, make)


# --------------------------------------------------------------------------- linking and checks

# One statement for each pairwise check to compare, each with its rival:
# a figure-mismatch, a year-mismatch, an attribution-conflict (across
# documents), a date-mismatch, a timeline finding and reference conflicts.
STATEMENTS = (
    "Acme Robotics raised $5 million in a Series A round led by Beta Capital in 2024.",
    "Acme Robotics raised $7 million in a Series A round led by Beta Capital in 2024.",
    "Nordvolt raised $12.5 million in 2023 to build a battery plant.",
    "Nordvolt raised $12.5 million in 2024 to build a battery plant.",
    "Reliance pledged $110.5 billion for sovereign AI data centres.",
    "India pledged $110.5 billion for sovereign AI data centres.",
    "Kessmar was founded in March 2020.",
    "Kessmar was founded in June 2020.",
    "As of 2020, Kessmar opened its plant in 2024.",
)
FACTS = parse_facts(
    "- {subject: Acme Robotics, attribute: amount, event: funding-round, value: USD 6 million}\n"
    "- {subject: Kessmar, attribute: founded, value: 2019}\n",
    "facts.yaml",
)
RULES = load_rules()


def _stated(n: int) -> list[str]:
    return [STATEMENTS[i % len(STATEMENTS)] for i in range(n)]


def _read(documents: list[tuple[str, str]]) -> tuple[list, list]:
    parsed = [parse_document(name, text.encode("utf-8")) for name, text in documents]
    return parsed, [claim for document in parsed for claim in extract_document(document, KNOWLEDGE).claims]


def checked(read: tuple[list, list]) -> object:
    documents, claims = read
    return run_checks(RULES, claims, documents, FACTS)


LINKING_CASES: dict[str, Callable[[int], tuple[list, list]]] = {
    "one document, a claim a line": lambda n: _read([("x.txt", "\n\n".join(_stated(n)) + "\n")]),
    "one document, one paragraph": lambda n: _read([("x.txt", " ".join(_stated(n)) + "\n")]),
    "a document a claim": lambda n: _read([(f"d{i:06d}.txt", line + "\n") for i, line in enumerate(_stated(n))]),
}


@pytest.mark.parametrize("name", list(LINKING_CASES))
def test_linking_and_checks_are_linear_in_repeated_statements(name: str) -> None:
    make = LINKING_CASES[name]
    fired = {finding.rule for finding in checked(make(2 * len(STATEMENTS)))}  # type: ignore[attr-defined]
    expected = {"figure-mismatch", "year-mismatch", "reference-conflict", "timeline"}
    if name != "one document, one paragraph":
        expected.add("date-mismatch")  # told in one sentence, the founding dates are one statement's
    if name == "a document a claim":
        expected.add("attribution-conflict")  # never within one document
    assert expected <= fired, fired
    assert_linear(checked, make)


def test_the_growth_test_tells_quadratic_from_linear() -> None:
    """The measure itself: a scan that restarts from every position fails it."""

    def rescanning(text: str) -> int:
        return sum(text.count("a", start, start + len(text) // 2) for start in range(0, len(text), 64))

    n, small, large = growth(rescanning, lambda n: "a" * n)
    assert large / small > MAX_RATIO, ratio_message(n, small, large)
    n, small, large = growth(lambda text: text.count("a"), lambda n: "a" * n)
    assert large / small <= MAX_RATIO, ratio_message(n, small, large)
