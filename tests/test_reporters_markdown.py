from __future__ import annotations

from reporter_fixtures import build_result

from auditor.reporters import render
from auditor.reporters.markdown import escape


def test_structure() -> None:
    out = render(build_result(), "markdown")
    assert out.startswith("# Auditor report\n")
    assert "| 2 | 1 | 6 | 1 | 2 | 1 |" in out
    assert "### Orbital Dynamics · funding round" in out
    assert "[docs/alpha.txt:2](docs/alpha.txt#L2)" in out
    assert "(docs/beta%20notes.txt#L2)" in out
    assert "**\\$150 million**" in out
    # The rule's rationale is shown with the finding.
    assert "figures whose ranges do not overlap cannot both be right" in out


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
