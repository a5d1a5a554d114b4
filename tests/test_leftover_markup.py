"""Markup a web page or a wiki leaves in plain text is blanked, never read as
prose; a wiki table's cells are declared as cells. Texts written for these tests."""

from __future__ import annotations

from auditor.extract import extract_document, load_knowledge
from auditor.sources import parse_document
from auditor.sources.leftover_markup import clean


def test_comments_tags_and_galleries_are_blanked_in_place():
    text = "Rates rose.<!-- Page 19 -->Costs fell.<br />Wages<b> grew</b>.<gallery>File:a.jpg|Stage A</gallery>"
    cleaned, cells = clean(text)
    assert len(cleaned) == len(text) and not cells
    assert "Page" not in cleaned and "File" not in cleaned and "<" not in cleaned
    assert cleaned.index("Wages") == text.index("Wages")  # offsets stay the file's
    assert "\n\n" in cleaned[text.index("<br") : text.index("Wages")]  # a block tag breaks the paragraph


def test_a_wikis_behaviour_switch_is_no_word_of_the_text():
    text = "__NOTOC__ A blast razed a fireworks plant on Thursday. snake_case__names stay."
    cleaned, _ = clean(text)
    assert len(cleaned) == len(text) and "NOTOC" not in cleaned
    assert cleaned.split()[:2] == ["A", "blast"] and "snake_case__names" in cleaned


def test_a_wiki_link_keeps_its_label():
    cleaned, _ = clean("Shares of [[Tarrow Jewels Inc.|Tarrow]] and [[Kelby]] rose.")
    assert cleaned.split() == ["Shares", "of", "Tarrow", "and", "Kelby", "rose."]


def test_a_wiki_table_joined_into_one_line_gives_rows_of_cells():
    text = '{|class="wikitable"!Firm!!Fine |- |Orvell Foods || $12m |- |Kasmo Motors || $3m |} After.'
    cleaned, cells = clean(text)
    rows = {}
    for cell in cells:
        rows.setdefault(cell.row, []).append((cleaned[cell.start : cell.end], cell.header))
    assert rows == {0: [("Firm", True), ("Fine", True)], 1: [("Orvell Foods", False), ("$12m", False)],
                    2: [("Kasmo Motors", False), ("$3m", False)]}  # fmt: skip
    assert "class" not in cleaned and "|" not in cleaned and cleaned.rstrip().endswith("After.")


def test_cell_attributes_and_a_caption_are_no_cell_text():
    text = '{|\n|+ style="color:red;" | Shares held | Arland || 17.4% |- | style="x" | Belmark || 6.2% |}'
    cleaned, cells = clean(text)
    assert [cleaned[c.start : c.end] for c in cells] == ["Arland", "17.4%", "Belmark", "6.2%"]
    assert "Shares held" in cleaned and "style" not in cleaned


def test_a_plain_text_document_reads_a_wiki_table_as_a_table():
    text = "Fines\ndate: 2008-03-01\n\n{|!Firm!!Fine |- |Orvell Foods || $12 million |- |Kasmo Motors || $3 million |}\n"
    document = parse_document("doc.txt", text.encode("utf-8"))
    claims = extract_document(document, load_knowledge()).claims
    fines = {c.evidence.text: c.subject.name for c in claims if c.value is not None}
    assert fines == {"$12 million": "Orvell Foods", "$3 million": "Kasmo Motors"}


def test_a_comment_s_words_are_no_name():
    text = "Jobs report\ndate: 2008-03-01\n\nThe rate fell to 4.1%.<!-- Page 114 --> Broadband reached 85% of homes.\n"
    claims = extract_document(parse_document("doc.txt", text.encode("utf-8")), load_knowledge()).claims
    assert all(c.subject is None or c.subject.name != "Page" for c in claims)
