from __future__ import annotations

from reporter_fixtures import build_result

import re

import pytest

from auditor.model import DocumentStatus
from auditor.reporters import RenderOptions, render
from auditor.reporters.markdown import escape


def test_structure() -> None:
    out = render(build_result(), "markdown")
    assert out.startswith("# Auditor report\n")
    assert "| 2 | 1 | 6 | 4 | 1 | 2 | 1 |" in out
    assert "| `figure-mismatch` | 1 | 1 | 0 | 0 |" in out
    assert "#### 1. error · `figure-mismatch` · Orbital Dynamics · funding round" in out
    assert "[docs/alpha.txt:2](docs/alpha.txt#L2)" in out
    assert "(docs/beta%20notes.txt#L2)" in out
    assert "**\\$150 million**" in out
    assert "2024 (stated in the sentence)" in out
    # Each rule's rationale is given once, in the rules section.
    assert out.count("figures whose ranges do not overlap cannot both be right") == 1
    assert out.index("## Rules") > out.index("## Findings")


def test_most_severe_first() -> None:
    out = render(build_result(), "markdown")
    headings = [line for line in out.splitlines() if line.startswith("#### ")]
    assert [h.split(" ")[2] for h in headings] == ["error", "warning", "warning", "info"]


def test_link_base_makes_every_location_link_absolute() -> None:
    base = "https://github.com/acme/news/blob/0123abc"
    out = render(build_result(), "markdown", RenderOptions(link_base=base + "/"))
    targets = re.findall(r"\]\(([^)]*#L\d+)\)", out)
    assert targets and all(t.startswith(base + "/") for t in targets)
    assert f"({base}/docs/beta%20notes.txt#L2)" in out
    assert f"({base}/rules/facts/companies.yaml#L7)" in out


def _many(result, count: int, sentence_words: int = 40):
    base = result.findings[0]
    findings = []
    for number in range(count):
        evidence = tuple(
            e.model_copy(update={"path": f"corpus/{number:05d}.txt", "sentence": "word " * sentence_words + e.sentence})
            for e in base.evidence
        )
        findings.append(base.model_copy(update={"evidence": evidence, "fingerprint": str(number)}))
    skipped = tuple(
        DocumentStatus(path=f"corpus/scan-{n:05d}.pdf", status="skipped", reason="unsupported file type", skip_kind="unsupported")
        for n in range(3_000)
    )
    return result.model_copy(update={"findings": tuple(findings), "documents": result.documents + skipped})


@pytest.mark.parametrize("count", [1, 60, 5_000])
def test_fits_a_pull_request_comment_whatever_the_corpus(count: int) -> None:
    result = _many(build_result(), count)
    out = render(result, "markdown", RenderOptions(link_base="https://example.org/x/blob/main"))
    assert len(out) < 65_536
    shown = out.count("\n#### ")
    if shown < count:
        assert f"… and {count - shown} more findings ({count - shown} errors)" in out
        assert "The full report lists every one" in out
    assert "… and " in out.split("## Skipped files")[1]  # 3,000 skipped files cut, with a count


def test_document_html_is_escaped() -> None:
    out = render(build_result(), "markdown")
    assert "<script>" not in out
    assert "<img" not in out
    assert "&lt;script&gt;window" in out
    assert "<b>worth</b>" not in out


def test_markdown_syntax_is_neutralised() -> None:
    assert escape("*bold* _u_ | [l](x) `c` $5 #h") == r"\*bold\* \_u\_ \| \[l\]\(x\) \`c\` \$5 \#h"
    assert escape("- item") == r"\- item"
    assert escape("1. item") == r"1\. item"
    assert escape("a\nb") == "a b"


def test_table_rows_are_not_broken_by_pipes() -> None:
    out = render(build_result(), "markdown")
    row = next(line for line in out.splitlines() if "Editors note" in line)
    # Unescaped pipes delimit the four cells (and the row edges).
    unescaped = row.replace("\\|", "")
    assert unescaped.count("|") == 5
