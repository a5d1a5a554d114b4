"""Loading: every input gets a status, analysis texts keep the file's offsets."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.model import Document
from auditor.segment import segment
from auditor.sources import DocumentError, InputsRefused, display_path, load_documents, parse_document, read_document
from auditor.sources.converted import parse_date
from auditor.sources.decoding import line_starts
from auditor.sources.exclusion import Exclusions
from auditor.sources.text import _DATE_LINE, _date

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "sources"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def status_of(result, name: str):
    matches = [status for status in result.statuses if status.path.endswith(name)]
    assert len(matches) == 1, result.statuses
    return matches[0]


def assert_offsets_hold(document: Document) -> None:
    _, sentences = segment(document)
    for sentence in sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text


# --------------------------------------------------------------------------- plain text


def test_seed_files_load_verbatim_with_line_starts():
    result = load_documents([SEEDS], base=ROOT)
    assert [status.status for status in result.statuses] == ["read", "read"]
    for document in result.documents:
        raw = (ROOT / document.path).read_bytes()
        assert document.text == raw.decode("utf-8")
        assert document.sha256 == hashlib.sha256(raw).hexdigest()
        assert document.id == document.path
        assert document.path.startswith("sources/")
        lines = raw.decode("utf-8").split("\n")
        assert len(document.line_starts) == len(lines)
        assert document.line_starts[0] == 0
        assert_offsets_hold(document)


def test_seed_titles_come_from_the_first_line():
    result = load_documents([SEEDS / "002_267bab2a5d2ce427.txt"], base=ROOT)
    assert result.documents[0].title.startswith("National sovereign compute")
    assert result.statuses[0].title == result.documents[0].title


def test_txt_date_line_and_title():
    document = parse_document("news.txt", b"Date: 2024-05-01\nQuarterly Digest\n\nAcme raised $5 million.\n")
    assert document.date == dt.date(2024, 5, 1)
    assert document.title == "Quarterly Digest"
    assert document.kind == "txt"


def test_txt_date_line_is_metadata_not_a_sentence_of_the_title():
    raw = b"Harlow Foods to cut 300 jobs\ndate: 2024-05-01\n\nHarlow Foods will cut 300 jobs.\n"
    document = parse_document("news.txt", raw)
    assert document.date == dt.date(2024, 5, 1)
    assert document.title == "Harlow Foods to cut 300 jobs"
    assert "2024-05-01" not in document.text and len(document.text) == len(raw.decode())
    assert_offsets_hold(document)


def test_txt_without_title_or_date():
    document = parse_document("x.txt", b"Acme raised $5 million. It was a big deal.\n")
    assert document.title is None
    assert document.date is None


def test_bom_is_stripped_and_offsets_exclude_it():
    document = parse_document("bom.txt", "\ufeffAcme raised €5 million.\nNext line.".encode())
    assert document.text == "Acme raised €5 million.\nNext line."
    offset = document.text.index("€5")
    assert document.position(offset) == (1, 13)
    assert document.position(document.text.index("Next")) == (2, 1)


def test_crlf_keeps_offsets():
    raw = "First line here.\r\nAcme raised $5 million.\r\n"
    document = parse_document("crlf.txt", raw.encode())
    assert len(document.text) == len(raw)
    assert document.line_starts == (0, 18, len(raw))
    _, sentences = segment(document)
    assert [sentence.text for sentence in sentences] == ["First line here.", "Acme raised $5 million."]
    assert document.position(sentences[1].start) == (2, 1)


def test_explicit_file_with_other_suffix_is_skipped_and_refused_when_strict(tmp_path):
    path = write(tmp_path, "notes.log", "Acme raised $5 million.\n")
    result = load_documents([path], base=tmp_path)
    assert result.documents == ()
    (status,) = result.statuses
    assert (status.status, status.skip_kind) == ("skipped", "unsupported")
    assert status.reason == "unsupported file type: .log files are not read; documents are .txt, .md, .markdown, .html, .htm"
    with pytest.raises(InputsRefused) as refused:
        load_documents([path], base=tmp_path, strict=True)
    assert refused.value.problems == (("notes.log", status.reason),)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("draft.docx", b"PK\x03\x04", "unsupported file type: .docx files are not read; save it as text, Markdown or HTML first (e.g. pandoc -t markdown)"),
        ("draft.pdf", b"%PDF-1.7", "unsupported file type: .pdf files are not read; convert it to text first (e.g. pdftotext)"),
        ("latin.txt", "café $5 million".encode("latin-1"), "not valid UTF-8: invalid byte 0xe9 at line 1, column 4"),
        ("binary.md", b"a\x00b", "binary file (NUL bytes)"),
    ],
)
def test_named_files_that_give_nothing_are_refused(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    with pytest.raises(InputsRefused) as refused:
        load_documents([path], base=tmp_path, strict=True)
    assert refused.value.problems == ((name, reason),)


def test_named_missing_paths_and_folders_without_documents_are_refused(tmp_path):
    write(tmp_path, "only-pdfs/a.pdf", b"%PDF")
    write(tmp_path, "only-latin/a.txt", b"\xe9t\xe9")
    (tmp_path / "empty").mkdir()
    write(tmp_path, "good.txt", "Acme raised $5 million.")
    with pytest.raises(InputsRefused) as refused:
        load_documents(
            [tmp_path / "good.txt", tmp_path / "nope.txt", tmp_path / "nofolder", tmp_path / "empty",
             tmp_path / "only-pdfs", tmp_path / "only-latin"],
            base=tmp_path, strict=True,
        )  # fmt: skip
    assert refused.value.problems == (
        ("nope.txt", "no such file or folder"),
        ("nofolder", "no such file or folder"),
        ("empty", "no documents (.txt, .md, .markdown, .html, .htm) in this folder"),
        ("only-pdfs", "no documents (.txt, .md, .markdown, .html, .htm) in this folder, only 1 other file"),
        ("only-latin", "no document in this folder could be read"),
    )


def test_an_empty_named_file_is_skipped_not_refused(tmp_path):
    path = write(tmp_path, "empty.md", b"")
    result = load_documents([path], base=tmp_path, strict=True)
    assert [(s.path, s.skip_kind, s.reason) for s in result.statuses] == [("empty.md", "empty", "empty file")]


def test_exclusions_prune_the_walk_but_never_a_named_path(tmp_path):
    for name in ("docs/a.txt", "docs/drafts/b.txt", "docs/old/c.md", "docs/keep/old.md", "docs/x.bak.md"):
        write(tmp_path, name, "Acme raised $5 million.")
    excluded = Exclusions.build([(tmp_path, ["drafts", "/docs/old/", "*.bak.md"])])
    result = load_documents([tmp_path / "docs", tmp_path / "docs" / "x.bak.md"], base=tmp_path, excluded=excluded)
    assert [s.path for s in result.statuses] == ["docs/a.txt", "docs/keep/old.md", "docs/x.bak.md"]


# --------------------------------------------------------------------------- bad inputs


def test_bad_inputs_get_clear_statuses_and_do_not_stop_others(tmp_path):
    write(tmp_path, "docs/good.txt", "Acme raised $5 million.\n")
    write(tmp_path, "docs/empty.txt", b"")
    write(tmp_path, "docs/binary.txt", b"abc\x00def")
    write(tmp_path, "docs/latin.txt", b"line one\nline two\nabcdef\xff and more\n")
    write(tmp_path, "docs/.hidden.txt", "Hidden.")
    write(tmp_path, "docs/.git/inside.txt", "Hidden folder.")
    write(tmp_path, "docs/image.png", b"\x89PNG")
    write(tmp_path, "docs/report.PDF", b"%PDF")
    (tmp_path / "nothing").mkdir()
    write(tmp_path, "nothing/readme.rst", "not a document type")

    result = load_documents(
        [tmp_path / "docs", tmp_path / "missing.txt", tmp_path / "nothing"], base=tmp_path
    )
    by_path = {status.path: status for status in result.statuses}
    assert set(by_path) == {
        "docs/binary.txt",
        "docs/empty.txt",
        "docs/good.txt",
        "docs/image.png",
        "docs/latin.txt",
        "docs/report.PDF",
        "missing.txt",
        "nothing",
        "nothing/readme.rst",
    }
    assert [status.path for status in result.statuses] == sorted(by_path)
    assert by_path["docs/good.txt"].status == "read"
    assert [document.path for document in result.documents] == ["docs/good.txt"]
    assert by_path["docs/empty.txt"].reason == "empty file"
    assert by_path["docs/binary.txt"].reason == "binary file (NUL bytes)"
    assert by_path["docs/latin.txt"].reason == "not valid UTF-8: invalid byte 0xff at line 3, column 7"
    assert by_path["missing.txt"].reason == "no such file or folder"
    assert by_path["nothing"].reason == "no documents (.txt, .md, .markdown, .html, .htm) in this folder, only 1 other file"
    # Files of other types found in a walk are skipped and counted, never dropped.
    assert by_path["docs/image.png"].reason == (
        "unsupported file type: .png files are not read; documents are .txt, .md, .markdown, .html, .htm"
    )
    assert by_path["docs/report.PDF"].reason.startswith("unsupported file type: .pdf files are not read; convert")
    kinds = {path: status.skip_kind for path, status in by_path.items()}
    assert kinds == {
        "docs/binary.txt": "unreadable", "docs/empty.txt": "empty", "docs/good.txt": None,
        "docs/image.png": "unsupported", "docs/latin.txt": "unreadable", "docs/report.PDF": "unsupported",
        "missing.txt": "unreadable", "nothing": "unreadable", "nothing/readme.rst": "unsupported",
    }  # fmt: skip
    for path in set(by_path) - {"docs/good.txt"}:
        assert by_path[path].status == "skipped"


def test_invalid_utf8_column_counts_characters():
    with pytest.raises(DocumentError) as error:
        parse_document("x.txt", "€€ ok".encode() + b"\xc3(")
    assert error.value.reason == "not valid UTF-8: invalid byte 0xc3 at line 1, column 6"


def test_bom_only_file_is_empty():
    with pytest.raises(DocumentError, match="empty file"):
        parse_document("x.txt", b"\xef\xbb\xbf")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root posix user")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "secret.txt", "Acme raised $5 million.")
    path.chmod(0)
    try:
        status = read_document(path, tmp_path)
    finally:
        path.chmod(0o600)
    assert status.status == "skipped"
    assert status.reason == "cannot read: permission denied"


def test_paths_outside_base_are_kept_as_given(tmp_path):
    path = write(tmp_path, "a.txt", "Acme raised $5 million.")
    elsewhere = tmp_path / "sub"
    elsewhere.mkdir()
    result = load_documents([path], base=elsewhere)
    assert result.documents[0].path == path.as_posix()


def test_a_file_named_twice_is_read_once(tmp_path):
    path = write(tmp_path, "a.txt", "Acme raised $5 million.")
    result = load_documents([tmp_path, path], base=tmp_path)
    assert [status.path for status in result.statuses] == ["a.txt"]
    assert len(result.documents) == 1


# --------------------------------------------------------------------------- markdown

MARKDOWN = """---
title: Funding Digest
date: 2024-05-01
url: https://example.com/digest
tags: [ai, chips]
author: Jane Doe
---
# Big **Funding** News

OpenAI raised *$110 billion* in [new funding](https://example.com/a_(b)) from
investors. The round was led by `Amazon`.

<!-- a comment with $9 billion in it -->
## Second _part_

- Item one has $5 million.
"""


def test_markdown_front_matter_and_blanking():
    document = parse_document("digest.md", MARKDOWN.encode())
    assert document.kind == "md"
    assert document.title == "Funding Digest"
    assert document.date == dt.date(2024, 5, 1)
    assert document.url == "https://example.com/digest"
    assert document.metadata == {"tags": "ai, chips", "author": "Jane Doe"}
    assert len(document.text) == len(MARKDOWN)
    assert [i for i, c in enumerate(document.text) if c == "\n"] == [
        i for i, c in enumerate(MARKDOWN) if c == "\n"
    ]
    front_end = MARKDOWN.index("# Big")
    assert document.text[:front_end].strip() == ""
    for markup in ("#", "**", "](", "https://example.com/a_(b)", "`", "<!--", "$9 billion", "_part_"):
        assert markup not in document.text
    assert "new funding" in document.text
    assert "Amazon" in document.text


def test_markdown_headings_and_sections():
    document = parse_document("digest.md", MARKDOWN.encode())
    sections, sentences = segment(document)
    headings = [sentence.text for sentence in sentences if sentence.is_heading]
    assert headings == ["Big   Funding   News", "Second  part"]
    assert [section.heading for section in sections] == headings
    soft_wrapped = next(s for s in sentences if s.text.startswith("OpenAI"))
    assert soft_wrapped.text.endswith("from\ninvestors.")
    assert soft_wrapped.section == 0
    item = next(s for s in sentences if s.text.startswith("Item one"))
    assert item.text == "Item one has $5 million."
    assert item.section == 1
    assert_offsets_hold(document)


def test_markdown_title_falls_back_to_first_heading():
    document = parse_document("x.md", b"Intro line.\n\n# The Real Title\n\nBody.\n")
    assert document.title == "The Real Title"
    assert document.headings == ((document.text.index("The Real"), document.text.index(" Title") + 6),)


def test_markdown_bad_front_matter_keeps_the_document():
    raw = "---\ntitle: [unclosed\nauthor: x\n---\nAcme raised $5 million.\n"
    document = parse_document("bad.md", raw.encode())
    assert document.metadata == {}
    (problem,) = document.problems
    assert (problem.path, problem.line) == ("bad.md", 3)
    assert problem.message.startswith("front matter ignored: malformed YAML")
    assert document.title is None
    assert document.text[: raw.index("Acme")].strip() == ""
    assert document.text.endswith("Acme raised $5 million.\n")


def test_markdown_datetime_front_matter_becomes_a_date():
    document = parse_document("x.md", b"---\ndate: 2024-05-01T10:30:00Z\n---\nBody.\n")
    assert document.date == dt.date(2024, 5, 1)


# --------------------------------------------------------------------------- html

HTML = """<!DOCTYPE html>
<html><head><title>Chips &amp; Money</title>
<meta name="date" content="2024-06-02">
<style>p { color: red; }</style></head>
<body>
<h1>Main Heading</h1>
<p>Prices rose to &euro;1.2 billion in
2024.<br>Acme paid <b>$60 million</b> for Foo.</p>
<ul><li>First item &#8364;5<li>Second&nbsp;item</ul>
<script>var s = "<p>Not prose 99.</p>";</script>
<div>Unclosed <b>bold
</body>
"""


def test_html_visible_text_keeps_offsets():
    document = parse_document("page.html", HTML.encode())
    assert document.kind == "html"
    assert document.title == "Chips & Money"
    assert document.date == dt.date(2024, 6, 2)
    assert len(document.text) == len(HTML)
    for hidden in ("<", ">", "color: red", "Not prose", "&euro;", "Chips"):
        assert hidden not in document.text
    # A currency sign's blanks stand before it: the sign stays joined to its amount.
    assert "     €1.2 billion" in document.text
    assert "      €5" in document.text
    assert "Second\xa0     item" in document.text

    offset = document.text.index("$60 million")
    location = document.location(offset, offset + len("$60 million"))
    line = HTML.split("\n")[location.line - 1]
    assert line[location.column - 1 :].startswith("$60 million")
    assert (location.line, location.column) == (8, 23)
    assert_offsets_hold(document)


def test_html_block_tags_are_boundaries_and_h1_is_a_heading():
    document = parse_document("page.html", HTML.encode())
    sections, sentences = segment(document)
    texts = [sentence.text for sentence in sentences]
    assert texts[0] == "Main Heading" and sentences[0].is_heading
    assert "Prices rose to      €1.2 billion in\n2024." in texts
    assert "Acme paid    $60 million     for Foo." in texts
    assert "First item       €5" in texts
    assert sections[0].heading == "Main Heading"
    assert not any(sentence.is_heading for sentence in sentences[1:])


@pytest.mark.parametrize(
    "raw",
    [
        "<p>unterminated <b class='x",
        "<<<>>>&&&;&#xZZ;&#99999999999;<!--",
        "<script>never closed",
        "<head><title>t</title><p>No closing head, body text.</p>",
        "</p></div><br/><img src=x onerror=1>text & more",
    ],
)
def test_html_malformed_never_raises(raw):
    document = parse_document("bad.html", raw.encode())
    assert len(document.text) == len(raw)
    assert_offsets_hold(document)


def test_html_names_ignore_case_but_are_ascii_letters():
    raw = "<SCRIPT>var x = 5;</Script><TITLE>T</title><p>A &AMP; B</P><p>x </\u0131> y &\u017ft;</p>"
    document = parse_document("x.html", raw.encode())
    assert "var x" not in document.text  # a hidden element, closed in another case
    assert document.title == "T"
    # "<" or "&" before a letter outside A-Z is text, as in a browser.
    assert "</\u0131>" in document.text and "&\u017ft;" in document.text
    assert len(document.text) == len(raw)


def test_html_unclosed_head_does_not_hide_the_body():
    document = parse_document("x.html", b"<head><title>T</title><body><p>Body text here.</p>")
    _, sentences = segment(document)
    assert [sentence.text for sentence in sentences] == ["Body text here."]


# --------------------------------------------------------------------------- suppressions


def test_txt_suppressions_silence_own_or_next_line_and_are_blanked():
    raw = (
        "Acme raised $5 million.\n"
        "auditor: ignore[year-mismatch] dates differ on purpose\n"
        "\n"
        "Acme raised $7 million.\n"
        "Beta raised $9 million. # auditor: ignore[figure-mismatch, year-mismatch]\n"
        "// auditor: ignore\n"
        "Gamma raised $1 million.\n"
    )
    document = parse_document("s.txt", raw.encode())
    first, second, third = document.suppressions
    assert (first.line, first.marker_line, first.rules, first.reason) == (
        4,
        2,
        ("year-mismatch",),
        "dates differ on purpose",
    )
    assert (second.line, second.marker_line, second.rules, second.reason) == (
        5,
        5,
        ("figure-mismatch", "year-mismatch"),
        None,
    )
    assert (third.line, third.marker_line, third.rules) == (7, 6, ("*",))
    assert "auditor" not in document.text
    assert "ignore" not in document.text
    assert len(document.text) == len(raw)
    _, sentences = segment(document)
    assert [s.text for s in sentences] == [
        "Acme raised $5 million.",
        "Acme raised $7 million.",
        "Beta raised $9 million.",
        "Gamma raised $1 million.",
    ]


def test_markdown_and_html_suppressions_live_in_comments():
    markdown = "Intro.\n<!-- auditor: ignore[figure-mismatch] figures differ on purpose -->\nAcme raised $5 million.\n"
    document = parse_document("s.md", markdown.encode())
    (suppression,) = document.suppressions
    assert (suppression.line, suppression.marker_line) == (3, 2)
    assert suppression.rules == ("figure-mismatch",)
    assert suppression.reason == "figures differ on purpose"
    assert "auditor" not in document.text

    html = "<p>Acme raised $5 million. <!-- auditor: ignore[*] --></p>\n"
    (inline,) = parse_document("s.html", html.encode()).suppressions
    assert (inline.line, inline.marker_line, inline.rules, inline.reason) == (1, 1, ("*",), None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["date: 2024-05-01", "Date:2023-1-2", " ", "\t", "\n", "\r\n", "x", "date", ":", "2024-05-01"]), max_size=30).map("".join))
def test_header_date_is_read_at_line_starts_as_the_multiline_search_reads_it(text):
    starts = line_starts(text)
    header_end = starts[10] if len(starts) > 10 else len(text)
    searched = _DATE_LINE.search(text, 0, header_end)
    assert _date(text, starts)[0] == (parse_date(searched.group(1)) if searched else None)


_MARKDOWNISH = st.lists(
    st.sampled_from(["#", "# ", "## x", "=", "==", "-", "--", "---", ">", "> ", "[", "]", "](u)", "][r]", "]:", ": u",
                     "!", "![a](b)", "<", ">", "<b>", "</b>", "<http://x>", "\n", " ", "\t", "x", "Title", "`", "``", "`c`",
                     "```", "~~~", "~~", "~", "*", "**", "_", "__", "|", "| a |", "|---|", "<!--", "-->"]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_MARKDOWNISH)
def test_markdown_patterns_only_match_where_their_guard_string_is(text):
    from auditor.sources.markdown import GUARDS

    for pattern, needed in GUARDS.items():
        if pattern.search(text):
            assert any(piece in text for piece in needed), pattern.pattern


@pytest.mark.parametrize(
    "given, base",
    [("a/b.txt", "."), ("./a/../a/b.txt", "."), ("/", "/"), ("/etc/hosts", "/"), ("/etc/hosts", "/tmp"),
     ("..", "."), ("a", "a"), ("a//b", ".")],
)
def test_display_paths_are_the_paths_pathlib_gives(given, base):
    from pathlib import PurePath

    root = Path(os.path.abspath(base))
    absolute = Path(os.path.abspath(given))
    try:
        expected = absolute.relative_to(root).as_posix()
    except ValueError:
        expected = PurePath(given).as_posix()
    assert display_path(given, Path(base)) == expected


@pytest.mark.parametrize("base", [None, ".", "/", "/tmp", "a", "a/b", ".."])
@pytest.mark.parametrize(
    "folder",
    [".", "a", "a/b", "./a/../a/b", "a//b", "a/b/", "..", "../x", "/", "/tmp", "/tmp/", "/etc", "caf\udce9", "a/\udcc3"],
)
@pytest.mark.parametrize("name", ["b.txt", "\udca9.md", "é.txt", "x"])
def test_a_listed_path_is_shown_as_display_path_shows_it(folder, name, base):
    """list_sources shows a walked document from its folder's display path, worked
    out once per folder: the same string display_path gives for the whole path."""
    from auditor.sources.loading import _PathShower

    show = _PathShower(Path(base) if base is not None else None)
    listed = os.path.join(folder, name)  # as os.scandir gives entry.path
    assert show.in_folder(listed) == show(listed) == display_path(listed, Path(base) if base is not None else None)
    assert show.in_folder(listed) == show(listed)  # the folder's display path kept
