"""Properties of loading and segmentation that must hold for any input at all."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.model import Document
from auditor.segment import segment
from auditor.sources import DocumentError, parse_document

SETTINGS = settings(max_examples=200, deadline=None)

# Text biased towards what the loaders and the segmenter look at, plus anything.
_PIECES = st.sampled_from(
    [
        "\n", "\n\n", "\r\n", " ", "\t", "-", "- ", "* ", "• ", "1. ", "#", "# ", "## ", ".", ". ",
        "?", "!", "…", ":", ":\n", "U.S.", "e.g.", "Dr.", " A", " the", "$1.3 billion", "3.5%",
        "Dyna.Ai", "<p>", "</p>", "<br>", "<h1>", "</h1>", "<!--", "-->", "<script>", "</script>",
        "&amp;", "&euro;", "&#8364;", "&nbsp;", "&#10;", "&bogus;", "---\n", "title: x\n", "**",
        "_", "`", "[", "](http://x)", "auditor: ignore[x] why", "<!-- auditor: ignore -->",
        "\u2028", "\x0b", "\x1c", "\x85", "\xa0", "\ufeff", "Word", "Title Case Line",
    ]
)
TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)
NAMES = st.sampled_from(["doc.txt", "doc.md", "doc.html", "doc.log"])


def check(document: Document, decoded_length: int) -> None:
    text = document.text
    assert len(text) == decoded_length
    assert document.line_starts[0] == 0
    lines = len(document.line_starts)
    for offset in (0, decoded_length, decoded_length // 2):
        line, column = document.position(offset)
        assert 1 <= line <= lines and column >= 1
    sections, sentences = segment(document)
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert previous_end <= sentence.start < sentence.end <= decoded_length
        previous_end = sentence.end
        assert 0 <= sentence.section < len(sections)
        line, _ = document.position(sentence.start)
        assert 1 <= line <= lines
    assert sections and sections[0].start == 0
    for before, after in zip(sections, sections[1:]):
        assert before.end == after.start
    assert sections[-1].end == decoded_length


@SETTINGS
@given(text=TEXT, name=NAMES)
def test_any_text_loads_and_segments(text, name):
    data = text.encode("utf-8")
    try:
        document = parse_document(name, data)
    except DocumentError as error:
        assert error.reason in {"empty file", "binary file (NUL bytes)"}
        return
    decoded = data.decode("utf-8-sig") if data.startswith(b"\xef\xbb\xbf") else data.decode("utf-8")
    check(document, len(decoded))
    # Line ends of the file stay where they are, whatever the format; a
    # carriage return alone (old Mac line ends) is one and reads as "\n".
    newlines = [
        index
        for index, character in enumerate(decoded)
        if character == "\n" or (character == "\r" and decoded[index + 1 : index + 2] != "\n")
    ]
    assert all(document.text[index] == "\n" for index in newlines)
    added = [i for i, c in enumerate(document.text) if c == "\n" and i not in set(newlines)]
    if document.kind == "txt":
        # Plain text adds a paragraph break only where it blanks markup a web
        # page or a wiki left in it: at a tag ("<p>") or a wiki table's mark.
        assert all(
            decoded[i] in "<|{" or decoded[i - 1 : i] in ("<", "|", "{") or decoded[i + 1 : i + 2] == "|" for i in added
        ), added
    elif document.kind != "html":
        assert not added


@SETTINGS
@given(text=st.text(), name=NAMES)
def test_any_unicode_loads_and_segments(text, name):
    data = text.encode("utf-8", errors="surrogatepass")
    try:
        document = parse_document(name, data)
    except DocumentError as error:
        assert error.reason
        return
    check(document, len(data.decode("utf-8-sig")))


@SETTINGS
@given(data=st.binary(max_size=200), name=NAMES)
def test_any_bytes_give_a_document_or_a_reason(data, name):
    try:
        document = parse_document(name, data)
    except DocumentError as error:
        assert error.reason
        return
    check(document, len(data.decode("utf-8-sig")))


@SETTINGS
@given(text=TEXT, kind=st.sampled_from(["txt", "md", "html"]))
def test_segment_any_hand_built_document(text, kind):
    starts = (0, *(index + 1 for index, character in enumerate(text) if character == "\n"))
    document = Document(id="d", path="d", kind=kind, sha256="0", text=text, line_starts=starts)
    check(document, len(text))
