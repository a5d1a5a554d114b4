"""Every scanner grows linearly: the same input at n and at 8n, in the same
process, takes at most 16 times as long (linear is 8; quadratic is 64).

A ratio, not a wall-clock limit: processor time of the best of a few runs,
with the garbage collector held off while timing, and n doubled until the
small run takes long enough to time. Each input is a pathological repetition
that once made a scanner rescan the rest of the line or file from every
occurrence (the red-team attacks of issue 13), plus ordinary prose.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from auditor.data_files import DataError, load_json, load_yaml
from auditor.extract import extract_document, load_knowledge
from auditor.sources import DocumentError, parse_document

MAX_RATIO = 16.0
# The small run must take at least this long, so that timer noise stays small.
_FLOOR_SECONDS = 0.01
_LARGEST_N = 1 << 22


def _cpu_seconds(run: Callable[[str], object], text: str) -> float:
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        run(text)
        return time.process_time() - started
    finally:
        gc.enable()


def _best(run: Callable[[str], object], text: str, times: int) -> float:
    return min(_cpu_seconds(run, text) for _ in range(times))


def growth(
    run: Callable[[str], object], make: Callable[[int], str], start: int = 64, large_runs: int = 1
) -> tuple[int, float, float]:
    """(n, seconds at n, seconds at 8n), n the first doubling of ``start``
    whose run takes ``_FLOOR_SECONDS``: the best of 3 runs at n, of
    ``large_runs`` at 8n."""
    n = start
    while _cpu_seconds(run, make(n)) < _FLOOR_SECONDS and n < _LARGEST_N:
        n *= 2
    return n, _best(run, make(n), 3), _best(run, make(8 * n), large_runs)


def ratio_message(n: int, small: float, large: float) -> str:
    return f"n={n}: {small * 1000:.1f} ms, 8n: {large * 1000:.1f} ms, ratio {large / small:.1f}"


def assert_linear(run: Callable[[str], object], make: Callable[[int], str]) -> None:
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
    # Data files
    "yaml": (yaml_read, lambda n: "a: &x [1, 2]\n" + "".join(f"k{i}: [v, *x]\n" for i in range(n))),
    "json": (json_read, lambda n: "[" + ",".join(['{"a": "b", "c": [1, 2]}'] * n) + "]"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_scanner_is_linear(name: str) -> None:
    run, make = CASES[name]
    assert_linear(run, make)


def test_the_growth_test_tells_quadratic_from_linear() -> None:
    """The measure itself: a scan that restarts from every position fails it."""

    def rescanning(text: str) -> int:
        return sum(text.count("a", start, start + len(text) // 2) for start in range(0, len(text), 64))

    n, small, large = growth(rescanning, lambda n: "a" * n)
    assert large / small > MAX_RATIO, ratio_message(n, small, large)
    n, small, large = growth(lambda text: text.count("a"), lambda n: "a" * n)
    assert large / small <= MAX_RATIO, ratio_message(n, small, large)
