"""Segmentation: blocks, headings, sections and sentences on the seeds and on small cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor import model
from auditor.model import Document
from auditor.segment import SectionSpan, SentenceSpan, load_lexicon, segment
from auditor.sources import load_documents, parse_document

ROOT = Path(__file__).resolve().parents[1]
SEED_000 = ROOT / "sources" / "000_d2e8fa633ad7752f.txt"
SEED_002 = ROOT / "sources" / "002_267bab2a5d2ce427.txt"


def load(path: Path) -> Document:
    (document,) = load_documents([path], base=ROOT).documents
    return document


def texts(raw: str, name: str = "x.txt") -> list[str]:
    _, sentences = segment(parse_document(name, raw.encode()))
    return [sentence.text for sentence in sentences]


def check_invariants(document: Document) -> None:
    sections, sentences = segment(document)
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert document.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end
        section = sections[sentence.section]
        assert section.start <= sentence.start < section.end
    assert [section.index for section in sections] == list(range(len(sections)))


@pytest.fixture(scope="module")
def seed_002():
    document = load(SEED_002)
    return document, *segment(document)


@pytest.fixture(scope="module")
def seed_000():
    document = load(SEED_000)
    return document, *segment(document)


def test_seed_invariants():
    check_invariants(load(SEED_000))
    check_invariants(load(SEED_002))


def test_bullet_marker_lines_do_not_glue_sentences(seed_002):
    document, _, sentences = seed_002
    texts = [sentence.text for sentence in sentences]
    assert (
        "OpenAI secured over $110 billion in new funding, elevating its valuation to "
        "approximately $730 billion." in texts
    )
    for sentence in sentences:
        assert not sentence.text.startswith("-")
        assert "\n" not in sentence.text  # plain text lines here all end a block
    lead_in = next(s for s in sentences if s.text.startswith("The private sector continues"))
    item = next(s for s in sentences if s.text.startswith("OpenAI secured"))
    assert lead_in.text.endswith("infrastructure:")
    assert lead_in.block != item.block


def test_headings_are_own_sentences_and_start_sections(seed_002):
    _, sections, sentences = seed_002
    heading = next(s for s in sentences if s.text == "Exascale Computing Milestones")
    assert heading.is_heading
    section = sections[heading.section]
    assert section.heading == "Exascale Computing Milestones"
    assert (section.heading_start, section.heading_end) == (heading.start, heading.end)
    following = sentences[heading.index + 1]
    assert following.text.startswith("India has made notable strides")
    assert following.section == heading.section and not following.is_heading
    for text in ("Dyna.Ai: Scaling Agentic AI for Enterprise Finance", "Current Status and Implications"):
        assert any(s.text == text and s.is_heading for s in sentences)


def test_abbreviation_does_not_split(seed_002):
    _, _, sentences = seed_002
    fabrication = [s.text for s in sentences if "Rapidus" in s.text]
    assert fabrication == [
        "Onshore Semiconductor Fabrication: The U.S. government-backed Rapidus initiative and "
        "similar programs aim to boost domestic manufacturing capacity, countering export "
        "restrictions and ensuring supply chain security."
    ]


def test_domains_and_decimals_do_not_split(seed_002):
    _, _, sentences = seed_002
    dyna = [s.text for s in sentences if s.text.startswith("Dyna.Ai, a Singapore")]
    assert len(dyna) == 1 and dyna[0].endswith("funding round, allowing it to scale agentic AI "
                                               "solutions tailored for enterprise financial services.")
    assert any("attracted $1.3 billion, emphasizing" in s.text for s in sentences)


def test_lead_in_line_is_one_sentence_in_its_section(seed_000):
    _, sections, sentences = seed_000
    lead_in = [s for s in sentences if s.text.startswith("In 2024, the AI race is fueled by")]
    assert len(lead_in) == 1
    assert lead_in[0].text.endswith("resilient AI infrastructure:")
    assert sections[lead_in[0].section].heading == (
        "Massive Capital Flows and Strategic Investments Accelerate Regional and Space-Resilient AI"
    )
    item = next(s for s in sentences if s.text.startswith("OpenAI’s $110 billion funding round"))
    assert item.section == lead_in[0].section
    assert item.text.endswith("in history.")


def test_seed_000_title_lines_are_headings(seed_000):
    _, sections, sentences = seed_000
    assert sentences[0].is_heading
    assert sections[0].heading.startswith("Capital flows, chip innovation")
    assert sum(s.is_heading for s in sentences) == 12


# --------------------------------------------------------------------------- small cases


def test_soft_wrap_joins_and_hard_breaks_split():
    raw = (
        "Acme Corp said revenue rose to\n"
        "$5 million in 2023, up from\n"
        "$4 million.\n"
        "Beta fell.\n"
    )
    assert texts(raw) == [
        "Acme Corp said revenue rose to\n$5 million in 2023, up from\n$4 million.",
        "Beta fell.",
    ]


def test_heading_without_punctuation_before_capitalised_line():
    document = parse_document("x.txt", b"Market Update\nAcme raised $5 million.\n\nClosing Notes\n\nAll good.\n")
    sections, sentences = segment(document)
    assert [(s.text, s.is_heading) for s in sentences] == [
        ("Market Update", True),
        ("Acme raised $5 million.", False),
        ("Closing Notes", True),
        ("All good.", False),
    ]
    assert [section.heading for section in sections] == ["Market Update", "Closing Notes"]


def test_text_before_the_first_heading_is_section_zero():
    document = parse_document("x.txt", b"Preamble sentence.\n\nThe Heading\nBody here.\n")
    sections, sentences = segment(document)
    assert sections[0].heading is None and sections[0].start == 0
    assert sections[1].heading == "The Heading"
    assert [s.section for s in sentences] == [0, 1, 1]


def test_line_ending_in_a_function_word_is_not_a_heading():
    assert texts("Acme was acquired by\nNvidia for $60 million.\n") == [
        "Acme was acquired by\nNvidia for $60 million."
    ]


def test_last_line_without_punctuation_is_not_a_heading():
    _, sentences = segment(parse_document("x.txt", b"Acme raised $5 million.\n\nThanks for reading\n"))
    assert [s.is_heading for s in sentences] == [False, False]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("Chips, e.g. Nvidia parts, cost more. Prices rose.", ["Chips, e.g. Nvidia parts, cost more.", "Prices rose."]),
        ("J. Smith left. He returned.", ["J. Smith left.", "He returned."]),
        ("See No. 5 on the list. Then stop.", ["See No. 5 on the list.", "Then stop."]),
        ("It grew 3.5% to $1.3 billion. Fine.", ["It grew 3.5% to $1.3 billion.", "Fine."]),
        ("Acme moved to the U.S. The firm grew.", ["Acme moved to the U.S.", "The firm grew."]),
        ("Acme Inc. The deal closed.", ["Acme Inc.", "The deal closed."]),
        ("The U.S. Treasury agreed.", ["The U.S. Treasury agreed."]),
        ("Sales rose in Jan. 2024 sharply.", ["Sales rose in Jan. 2024 sharply."]),
        ("Really? Yes! Done… Next.", ["Really?", "Yes!", "Done…", "Next."]),
        ('He said "it is done." Then he left.', ['He said "it is done."', "Then he left."]),
        ("Prices fell. (Briefly.) Then rose.", ["Prices fell.", "(Briefly.)", "Then rose."]),
        ("Visit example.com today. Or not.", ["Visit example.com today.", "Or not."]),
        ("It rose. but then fell.", ["It rose. but then fell."]),
    ],
)
def test_sentence_splitting(raw, expected):
    assert texts(raw) == expected


def test_bullets_start_blocks_and_markers_are_left_out():
    raw = "Key figures:\n- Acme raised $5 million\n* Beta raised $6 million\n1. Gamma raised $7 million\n2) Delta too\n"
    _, sentences = segment(parse_document("x.txt", raw.encode()))
    assert [s.text for s in sentences] == [
        "Key figures:",
        "Acme raised $5 million",
        "Beta raised $6 million",
        "Gamma raised $7 million",
        "Delta too",
    ]
    assert len({s.block for s in sentences}) == 5
    assert not any(s.is_heading for s in sentences)


def test_a_numbered_title_in_capitals_is_a_heading_not_an_item_the_next_line_wraps_into():
    raw = "1. HIGHLIGHTS\n- Revenue up 8%\n\n2. DIRECTORS' REPORT\nTrading. The Group sold 26,100 tonnes.\n3. Gamma raised $7 million\nand more\n"
    _, sentences = segment(parse_document("x.txt", raw.encode()))
    assert [(s.text, s.is_heading) for s in sentences] == [
        ("HIGHLIGHTS", True),
        ("Revenue up 8%", False),
        ("DIRECTORS' REPORT", True),
        ("Trading.", False),
        ("The Group sold 26,100 tonnes.", False),
        # A numbered item in prose is still an item its next line wraps into.
        ("Gamma raised $7 million\nand more", False),
    ]


def test_bullet_alone_on_its_line():
    raw = "Countries are committing:\n-\nIndia pledged $110 billion.\n•\nJapan invested $1.7 billion\n–\nDone here.\n"
    assert texts(raw) == [
        "Countries are committing:",
        "India pledged $110 billion.",
        "Japan invested $1.7 billion",
        "Done here.",
    ]


def test_colon_at_line_end_ends_a_sentence_in_markdown_paragraphs():
    raw = "Regional commitments are equally ambitious:\nIndia pledged $110 billion.\n"
    assert texts(raw, "x.md") == ["Regional commitments are equally ambitious:", "India pledged $110 billion."]


def test_markdown_soft_wraps_do_not_make_headings():
    raw = "Acme Corp announced results\nToday the board met.\n"
    _, sentences = segment(parse_document("x.md", raw.encode()))
    assert [s.text for s in sentences] == ["Acme Corp announced results\nToday the board met."]
    assert not sentences[0].is_heading


def test_literal_hash_heading_in_a_hand_built_document():
    text = "# Title Here\n\nBody sentence.\n"
    document = Document(
        id="d", path="d.md", kind="md", sha256="0", text=text, line_starts=(0, 13, 14, len(text))
    )
    sections, sentences = segment(document)
    assert [(s.text, s.is_heading) for s in sentences] == [("Title Here", True), ("Body sentence.", False)]
    assert sections[0].heading == "Title Here"


def test_empty_and_blank_documents():
    for text in ("", "   \n\n  \t\n"):
        document = Document(id="d", path="d.txt", kind="txt", sha256="0", text=text, line_starts=(0,))
        sections, sentences = segment(document)
        assert sentences == ()
        assert len(sections) == 1 and sections[0].heading is None


def test_abbreviation_lexicon_is_data():
    lexicon = load_lexicon()
    assert "U.S." in lexicon.may_be_final
    assert "e.g." in lexicon.never_final and "E.g." in lexicon.never_final
    assert load_lexicon() is lexicon


def test_custom_lexicon_changes_splitting(tmp_path):
    path = tmp_path / "abbreviations.yaml"
    path.write_text("never_final: [Fooz.]\n", encoding="utf-8")
    document = parse_document("x.txt", b"Ask Fooz. Smith today. Then go.")
    _, default = segment(document)
    _, custom = segment(document, load_lexicon(path))
    assert [s.text for s in default] == ["Ask Fooz.", "Smith today.", "Then go."]
    assert [s.text for s in custom] == ["Ask Fooz. Smith today.", "Then go."]


def test_html_line_breaks_inside_a_paragraph_are_whitespace():
    raw = "<p>Acme raised\n$5 million.</p><p>Next One\nHere.</p>"
    assert texts(raw, "x.html") == ["Acme raised\n$5 million.", "Next One\nHere."]


def test_spans_have_the_fields_of_the_records_they_stand_for():
    # SentenceSpan and SectionSpan mirror the model's records field by field,
    # in order: segment() builds the records from them.
    assert SentenceSpan._fields == tuple(model.Sentence.model_fields)
    assert SectionSpan._fields == tuple(model.Section.model_fields)


def test_a_plain_text_paragraph_opening_in_lower_case_continues_the_sentence_before_it():
    text = "On Monday, Tarrow Jewels Inc.\n\nannounced a new shop in Leeds.\n\neBay sold it. The end.\n"
    _, sentences = segment(parse_document("wire.txt", text.encode()))
    sentences = [" ".join(s.text.split()) for s in sentences]
    assert sentences[0].startswith("On Monday, Tarrow Jewels Inc.") and sentences[0].endswith("in Leeds.")
    assert "eBay sold it." in sentences  # a name in lower case opens its own paragraph


def _sentences_of(path: str, text: str) -> list[str]:
    return [s.text for s in segment(parse_document(path, text.encode("utf-8")))[1]]


def test_a_list_flattened_into_one_line_is_cut_into_its_items():
    text = "Prices fell in three groups: * Bread and Cereals (-0.4%) * Shoes (-1.9%) * Rent (+2.2%).\n"
    assert _sentences_of("a.txt", text) == [
        "Prices fell in three groups:",
        "Bread and Cereals (-0.4%)",
        "Shoes (-1.9%)",
        "Rent (+2.2%).",
    ]


def test_a_flattened_list_of_sums_is_cut_at_each_item():
    text = "The plan includes: *A new port authority. *$1.3 billion extra for roads. *€40 million for schools\n"
    assert _sentences_of("a.txt", text) == [
        "The plan includes:",
        "A new port authority.",
        "$1.3 billion extra for roads.",
        "€40 million for schools",
    ]


def test_an_asterisk_between_numbers_or_in_markdown_emphasis_cuts_nothing():
    assert _sentences_of("a.txt", "The grid is 4 * 5 cells wide and 3 * 2 high.\n") == ["The grid is 4 * 5 cells wide and 3 * 2 high."]
    markdown = "Both *Harbour Weekly* and *Tessaly Post* reported the sale.\n"
    assert len(_sentences_of("a.md", markdown)) == 1
