"""Properties of extraction that must hold for any document at all.

Whatever the text, extraction does not crash, every claim points at exactly
the characters it quotes (so a report's line:column can be trusted), and the
same input always gives the same output, byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor import __version__
from auditor.cli import main
from auditor.extract import extract_document
from auditor.model import AuditResult, Document, DocumentClaims
from auditor.reporters.json_report import render_json
from auditor.sources import DocumentError, parse_document

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Anything Unicode can encode as UTF-8 (lone surrogates cannot).
UNICODE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)

_SEED_FRAGMENTS = st.sampled_from(
    [
        "$110 billion", "over $110 billion", "$50 billion", "€2.5 billion", "£300 million", "¥1 trillion",
        "US$4.2bn", "between $5 and $7 million", "$5-7 million", "an eight-figure round", "hundreds of millions",
        "3.5%", "40 percent", "1,200 employees", "2 GW", "500 MW", "approximately $730 billion", "up to 10,000",
        "2024", "2026", "2025", "1999", "As of 2024,", "In 2025,", "by 2030", "March 3, 2026", "Q3 2025",
        "FY2024", "2024–2026", "2024-03-01", "last year", "OpenAI", "Reliance Industries", "India", "Rapidus",
        "Nvidia", "SoftBank", "the U.S.", "Japan", "Dr. Smith", "OpenAI’s", "Amazon ($50 billion)",
        " announced", " raised", " pledged", " secured", " invested", " plans to invest", " funding round",
        " data center", " government-backed", " headquartered in Tokyo", " founded in 2019", " led by",
        "\n", "\n\n", "\r\n", ". ", ", ", "; ", " — ", "(", ")", "•", "- ", "* ", "1. ", "  ", "\t", ":",
        "…", "?", "!", "\"", "“", "”", "\u00a0", "\u2028", "\ufeff",
    ]
)  # fmt: skip
_NAMES = st.from_regex(r"[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,2}", fullmatch=True)
_FIGURES = st.builds(
    lambda symbol, number, scale: f"{symbol}{number}{scale}",
    st.sampled_from(["$", "€", "£", "¥", "US$", "", "USD "]),
    st.one_of(
        st.integers(0, 999_999).map(str),
        st.integers(0, 9_999_999).map(lambda n: f"{n:,}"),
        st.decimals(0, 1000, places=2, allow_nan=False, allow_infinity=False).map(str),
    ),
    st.sampled_from(["", " million", " billion", " trillion", "m", "bn", "%", " GW", " employees"]),
)
_YEARS = st.integers(1900, 2100).map(str)
_WORDS = st.sampled_from([" the", " a", " and", " of", " in", " to", " for", " with", " by", " at", " its"])
SEED_LIKE = st.lists(
    st.one_of(_SEED_FRAGMENTS, _NAMES, _FIGURES, _YEARS, _WORDS, st.text(max_size=6)), max_size=60
).map("".join)

_MARKDOWN_PIECES = st.sampled_from(
    [
        "# ", "## ", "### ", "**", "*", "_", "`", "```\n", "> ", "- ", "* ", "1. ", "| a | b |\n", "|---|---|\n",
        "[OpenAI](https://example.com/x)", "![img](a.png)", "<!-- note -->", "<!-- auditor: ignore[timeline] ok -->",
        "<br>", "\\*", "---\n", "\n", "\n\n", "  \n",
    ]
)  # fmt: skip
_FRONT_MATTER = st.sampled_from(
    ["", "---\ntitle: Weekly digest\ndate: 2024-05-01\n---\n", "---\ntitle: x\n---\n", "---\nbroken: [\n---\n"]
)
MARKDOWN = st.builds(
    lambda head, body: head + body,
    _FRONT_MATTER,
    st.lists(st.one_of(_MARKDOWN_PIECES, SEED_LIKE), max_size=30).map("".join),
)

_HTML_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<h1>", "</h1>", "<h2 class='x'>", "</h2>", "<ul>", "<li>", "</li>", "</ul>", "<br>",
        "<br/>", "<div>", "</div>", "<b>", "</b>", "<a href=\"https://example.com\">", "</a>",
        "<script>var x = '$5 billion in 2024';</script>", "<style>p { color: red }</style>", "<!-- 2024 -->",
        "<!-- auditor: ignore[year-mismatch] checked -->", "&amp;", "&euro;", "&#36;", "&#x24;", "&nbsp;",
        "&bogus;", "&", "<", ">", "<title>Digest 2025</title>", "<meta name=\"date\" content=\"2025-01-02\">",
        "<table><tr><td>", "</td></tr></table>", "<time datetime=\"2024-06-01\">June</time>", "\n",
    ]
)  # fmt: skip
HTML = st.lists(st.one_of(_HTML_PIECES, SEED_LIKE), max_size=30).map(
    lambda parts: "<html><body>" + "".join(parts) + "</body></html>"
)


def load(name: str, text: str) -> Document | None:
    """The parsed document, or None when the loader refuses it with a reason."""
    try:
        return parse_document(name, text.encode("utf-8"))
    except DocumentError as error:
        # Refusing a file is fine (it becomes a "skipped" status) only with a reason.
        assert error.reason
        return None


def check_claims(document: Document, extracted: DocumentClaims) -> None:
    assert extracted.doc_id == document.id
    ids = [claim.id for claim in extracted.claims]
    assert len(ids) == len(set(ids)), "claim ids must be unique within a document"
    for claim in extracted.claims:
        evidence = claim.evidence
        location = evidence.location
        assert claim.doc_id == evidence.doc_id == document.id
        assert location.path == document.path
        assert 0 <= location.start < location.end <= len(document.text)
        assert document.text[location.start : location.end] == evidence.text
        assert location == document.location(location.start, location.end)
        # The sentence is quoted from the same text and holds the evidence.
        sentence_end = evidence.sentence_start + len(evidence.sentence)
        assert document.text[evidence.sentence_start : sentence_end] == evidence.sentence
        assert evidence.sentence_start <= location.start and location.end <= sentence_end
        if claim.time is not None and claim.time.start is not None and claim.time.end is not None:
            assert document.text[claim.time.start : claim.time.end] == claim.time.text
        if claim.value is not None:
            value = claim.value
            if value.low is not None and value.high is not None:
                assert value.low <= value.high


def as_json(document: Document, extracted: DocumentClaims) -> str:
    result = AuditResult(tool_version=__version__, claims=extracted.claims)
    return render_json(result)


def extract_and_check(name: str, text: str) -> None:
    document = load(name, text)
    if document is None:
        return
    first = extract_document(document)
    check_claims(document, first)
    # A second, independent parse and extraction gives the same bytes.
    again = extract_document(parse_document(name, text.encode("utf-8")))
    assert as_json(document, again) == as_json(document, first)


@SETTINGS
@given(text=UNICODE)
def test_any_unicode_text_extracts_with_exact_evidence(text: str) -> None:
    extract_and_check("x.txt", text)


@SETTINGS
@given(text=SEED_LIKE)
def test_seed_like_text_extracts_with_exact_evidence(text: str) -> None:
    extract_and_check("x.txt", text)


@SETTINGS
@given(text=MARKDOWN)
def test_generated_markdown_extracts_with_exact_evidence(text: str) -> None:
    extract_and_check("x.md", text)


@SETTINGS
@given(text=HTML)
def test_generated_html_extracts_with_exact_evidence(text: str) -> None:
    extract_and_check("x.html", text)


@SETTINGS
@given(text=st.one_of(UNICODE, MARKDOWN, HTML))
def test_any_text_extracts_in_any_format(text: str) -> None:
    for name in ("x.txt", "x.md", "x.html"):
        extract_and_check(name, text)


def test_seed_like_strategy_produces_claims() -> None:
    # Guards the strategies above: if the fragments stopped yielding claims,
    # the properties would hold vacuously.
    document = load("x.txt", "OpenAI raised $110 billion in 2024.\n\nIndia pledged over $5 billion in 2026.\n")
    assert document is not None
    extracted = extract_document(document)
    assert len(extracted.claims) >= 2
    check_claims(document, extracted)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=SEED_LIKE, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_claims_command_json_is_byte_identical_across_runs(tmp_path_factory, text: str, suffix: str) -> None:
    folder = tmp_path_factory.mktemp("claims")
    (folder / f"doc{suffix}").write_text(text, encoding="utf-8")
    runner = CliRunner()
    outputs = []
    for _ in range(2):
        result = runner.invoke(main, ["claims", str(folder), "--format", "json"])
        assert result.exit_code in (0, 2), result.output
        outputs.append(result.stdout_bytes)
    assert outputs[0] == outputs[1]
    if outputs[0].strip():
        payload = json.loads(outputs[0])
        assert [Path(d["path"]).name for d in payload["documents"]] == [f"doc{suffix}"]
