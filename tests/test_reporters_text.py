from __future__ import annotations

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from reporter_fixtures import build_result
from rich.cells import cell_len

from auditor.model import Finding, FindingEvidence, FindingValue, Severity
from auditor.reporters import RenderOptions, render
from auditor.reporters.text import window

ANSI = re.compile(r"\x1b\[")


def _blocks(text: str) -> list[list[str]]:
    return [block.splitlines() for block in text.split("\n\n")]


def test_compiler_style_header_and_summary() -> None:
    out = render(build_result(), "text")
    lines = out.splitlines()
    assert lines[0].startswith("docs/alpha.txt:2:25: error[figure-mismatch] Orbital Dynamics")
    assert "  --> docs/beta notes.txt:2:143" in lines
    assert "   = USD 120,000,000; year 2024, stated in the sentence" in lines
    assert "   = 5,000 (over); year 2023, stated in the sentence" in lines
    assert lines[-1] == (
        "2 documents read (1 skipped), 6 claims, 4 linked facts, findings: 1 error, 2 warnings, 1 info"
    )


def test_skipped_files_and_input_problems_are_listed_before_the_summary() -> None:
    lines = render(build_result(), "text").splitlines()
    assert lines[-4:] == [
        "docs/alpha.txt:4: problem: unbalanced quote",
        "docs/image.png: skipped: not a text document",
        "",
        "2 documents read (1 skipped), 6 claims, 4 linked facts, findings: 1 error, 2 warnings, 1 info",
    ]


def test_figure_is_underlined() -> None:
    lines = render(build_result(), "text").splitlines()
    for i, line in enumerate(lines):
        if line.startswith("   | ") and i + 1 < len(lines) and "^" in lines[i + 1]:
            carets = lines[i + 1]
            start = carets.index("^")
            width = carets.count("^")
            assert line[start : start + width] in {"$120 million", "$150 million", "over 5,000 employees", "2019", "$5"}


def test_no_escape_codes_without_colour_and_some_with() -> None:
    result = build_result()
    assert not ANSI.search(render(result, "text"))
    coloured = render(result, "text", RenderOptions(color=True))
    assert ANSI.search(coloured)
    assert ANSI.sub("", re.sub(r"\x1b\[[0-9;]*m", "", coloured)) == render(result, "text")


def _finding(path: str, sentence: str, figure: str, message: str) -> Finding:
    column = sentence.index(figure) + 1
    evidence = FindingEvidence(
        path=path, line=1, column=column, end_line=1, end_column=column + len(figure),
        text=figure, sentence=sentence,
        value=FindingValue(low=1e9, high=None, unit="USD", qualifier="over"), year=2024, year_source="heading",
    )
    return Finding(
        rule="figure-mismatch", severity=Severity.ERROR, message=message, fingerprint="x",
        fact={"subject": "S", "event": "e"}, evidence=(evidence, evidence),
    )


def test_long_sentences_fit_80_columns() -> None:
    sentence = ("word " * 60) + "the fund closed at $1.2 billion after " + ("more words " * 40)
    result = build_result().model_copy(
        update={"findings": (_finding("a.txt", sentence, "$1.2 billion", "m " * 100),)}
    )
    out = render(result, "text")
    for line in _blocks(out)[0]:
        assert len(line) <= 80, line
    assert "…" in out and "$1.2 billion" in out


def test_long_path_only_stretches_location_lines() -> None:
    path = "very/" * 30 + "long.txt"
    sentence = "A sentence that is long enough to need trimming, " * 3 + "with $7 million in it, " * 2
    result = build_result().model_copy(
        update={"findings": (_finding(path, sentence, "$7 million", "A message " * 12),)}
    )
    for line in _blocks(render(result, "text"))[0]:
        if path not in line:
            assert len(line) <= 80, line


@given(
    before=st.text(alphabet="abc xyz,.東京é\u0301", max_size=300),
    figure=st.text(alphabet="$0123456789 mb億", min_size=1, max_size=30),
    after=st.text(alphabet="abc xyz,.東京é\u0301", max_size=300),
    width=st.integers(min_value=40, max_value=120),
)
def test_window_never_cuts_the_figure(before: str, figure: str, after: str, width: int) -> None:
    sentence = before + figure + after
    assume(cell_len(figure) + 2 <= width)  # a figure wider than the window is shown whole
    shown, at = window(sentence, len(before), len(before) + len(figure), width)
    assert shown[at : at + len(figure)] == figure
    assert cell_len(shown) <= width
    assert shown.strip("…") in sentence


def test_no_findings() -> None:
    result = build_result().model_copy(update={"findings": (), "errors": ()})
    assert render(result, "text").splitlines() == [
        "docs/image.png: skipped: not a text document",
        "",
        "2 documents read (1 skipped), 6 claims, 4 linked facts, findings: 0 errors, 0 warnings, 0 infos",
    ]


@pytest.mark.parametrize("before", ["东京的公司", "Ｒａｐｉｄｕｓ", "naïve café ", "e\u0301e\u0301 "])
def test_carets_sit_under_the_figure_after_wide_characters(before: str) -> None:
    sentence = before + "raised ¥50億 in 2024 and " + "更多文字" * 30
    result = build_result().model_copy(update={"findings": (_finding("a.txt", sentence, "¥50億", "m"),)})
    lines = render(result, "text").splitlines()
    quoted = next(i for i, line in enumerate(lines) if line.startswith("   | ") and "¥50億" in line)
    carets = lines[quoted + 1]
    start = carets.index("^")
    # Measured in terminal cells, the carets start where the figure starts and span its width.
    shown = lines[quoted]
    assert cell_len(carets[:start]) == cell_len(shown[: shown.index("¥50億")])
    assert carets.count("^") == cell_len("¥50億")
    assert cell_len(shown) <= 80
