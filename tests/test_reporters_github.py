from __future__ import annotations

from reporter_fixtures import build_result

from auditor.model import Finding, FindingEvidence, Severity
from auditor.reporters import render
from auditor.reporters.github import escape_data, escape_property, unannotated


def test_one_command_per_finding_then_skipped_files_and_problems() -> None:
    lines = render(build_result(), "github").splitlines()
    assert len(lines) == 6
    assert lines[0] == (
        "::error file=docs/alpha.txt,line=2,col=25,endLine=2,endColumn=37,"
        "title=auditor figure-mismatch::Orbital Dynamics funding round: $120 million "
        "(docs/alpha.txt) vs $150 million (docs/beta notes.txt)"
    )
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning", "::warning", "::notice", "::warning", "::error"]
    assert lines[4] == (
        "::warning file=docs/image.png,title=auditor skipped a file::skipped docs/image.png: not a text document"
    )
    assert lines[5] == "::error file=docs/alpha.txt,line=4,title=auditor could not audit a document::unbalanced quote"


def _finding(severity: Severity, number: int) -> Finding:
    evidence = FindingEvidence(
        path="a.txt", line=number, column=1, end_line=number, end_column=3, text="$5", sentence="$5"
    )
    return Finding(
        rule="r", severity=severity, message=f"m{number}", fingerprint=str(number),
        fact={"subject": None, "event": None}, evidence=(evidence,),
    )


def test_most_severe_first_and_what_github_will_not_show() -> None:
    findings = tuple(_finding(Severity.WARNING, n) for n in range(12)) + tuple(
        _finding(Severity.ERROR, n) for n in range(12, 25)
    )
    result = build_result().model_copy(update={"findings": findings, "documents": (), "errors": ()})
    lines = render(result, "github").splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error"] * 13 + ["::warning"] * 12
    hidden = unannotated(result)
    # GitHub shows ten of each level: three errors and two warnings are left for the step summary.
    assert [f.message for f in hidden] == ["m22", "m23", "m24", "m10", "m11"]


def test_escaping() -> None:
    assert escape_data("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b"
    assert escape_property("C:\\x,y%\n") == "C%3A\\x%2Cy%25%0A"


def test_hostile_message_and_path_cannot_forge_commands() -> None:
    evidence = FindingEvidence(
        path="odd,name:1.txt", line=3, column=1, end_line=3, end_column=4, text="$5", sentence="$5"
    )
    finding = Finding(
        rule="r", severity=Severity.WARNING, message="line one\n::error::forged 50%",
        fingerprint="f", fact={"subject": None, "event": None}, evidence=(evidence,),
    )
    out = render(build_result().model_copy(update={"findings": (finding,), "documents": (), "errors": ()}), "github")
    assert out == (
        "::warning file=odd%2Cname%3A1.txt,line=3,col=1,endLine=3,endColumn=4,"
        "title=auditor r::line one%0A::error::forged 50%25\n"
    )
    assert len(out.splitlines()) == 1
