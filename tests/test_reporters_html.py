"""The HTML report as a file: escaping, self-containment, the embedded data.

What it does in a browser (search, filters, line links) is tested in
``test_browser.py`` with a real headless Chromium.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser

from reporter_fixtures import HOSTILE, build_result, scaled_result

from auditor.reporters import render
from auditor.reporters.html import embed_json, report_data


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag):
        self._script = None

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def _parse(result=None) -> tuple[str, _Collector]:
    html = render(result or build_result(), "html")
    collector = _Collector()
    collector.feed(html)
    return html, collector


def _policy(parsed: _Collector) -> str:
    (policy,) = [
        attrs["content"]
        for tag, attrs in parsed.tags
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    return policy


def _embedded(parsed: _Collector) -> dict:
    (data,) = [text for attrs, text in parsed.scripts if attrs.get("type") == "application/json"]
    return json.loads(data)


def test_document_text_never_appears_as_markup() -> None:
    html, parsed = _parse()
    # Document and rule text only travel inside the JSON, with every < > & escaped.
    assert "<script>window.pwned" not in html and "<img" not in html and "<b>worth</b>" not in html
    assert "\\u003cscript\\u003ewindow.pwned=1\\u003c/script\\u003e" in html
    # The only elements are the page's own: one data block that is never run, one script.
    assert [attrs.get("type") for attrs, _ in parsed.scripts] == ["application/json", None]
    assert not any(t == "img" for t, _ in parsed.tags)
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    assert HOSTILE in _embedded(parsed)["strings"][_embedded(parsed)["findings"][3]["e"][0][3]]


def test_embedded_json_cannot_close_its_script_element() -> None:
    text = str(embed_json({"x": "</script><!-- & -->"}))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"x": "</script><!-- & -->"}


def test_self_contained() -> None:
    html, parsed = _parse()
    for tag, attrs in parsed.tags:
        for name in ("src", "href"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (tag, attrs)
        if tag == "link":
            raise AssertionError("external stylesheet or icon")
    assert "default-src 'none'" in _policy(parsed)


def test_script_hash_matches_policy() -> None:
    import base64
    import hashlib

    _, parsed = _parse()
    (script,) = [text for attrs, text in parsed.scripts if attrs.get("type") is None]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in _policy(parsed)


def test_findings_most_severe_first_with_values_in_plain_words() -> None:
    data = report_data(build_result())
    assert [(f["n"], f["s"], f["r"]) for f in data["findings"]] == [
        (1, "error", "figure-mismatch"), (2, "warning", "reference-conflict"),
        (3, "warning", "year-mismatch"), (4, "info", "hostile-note"),
    ]  # fmt: skip
    first = data["findings"][0]
    paths = [d["p"] for d in data["docs"]]
    assert [(paths[s[0]], s[1], s[2]) for s in first["e"]] == [("docs/alpha.txt", 2, 25), ("docs/beta notes.txt", 2, 143)]
    assert first["e"][0][6] == "USD 120,000,000; year 2024, stated in the sentence"
    sentence = data["strings"][first["e"][0][3]]
    assert sentence[first["e"][0][4] : first["e"][0][5]] == "$120 million"
    assert data["findings"][1]["ref"] == ["Helio Labs founded = 2018. From the company registry.", "rules/facts/companies.yaml:7"]


def test_rationale_once_per_rule_and_no_jargon() -> None:
    html, parsed = _parse()
    data = _embedded(parsed)
    assert data["rules"]["figure-mismatch"]["why"].startswith("A fact has one true value")
    assert html.count("A fact has one true value") == 1
    assert "facts compared" not in html and "(from section)" not in html and ".." not in html.replace("...", "")
    assert "linked facts" in html


def test_documents_are_numbered_by_file_line_with_finding_claims_marked() -> None:
    data = report_data(build_result())
    docs = {d["p"]: d for d in data["docs"]}
    alpha = docs["docs/alpha.txt"]
    # [first file line, sentence, marks [start, end, tooltip, findings]]
    lines = {first: (data["strings"][text], marks) for first, text, marks in alpha["s"]}
    assert sorted(lines) == [2, 3, 4, 5]
    sentence, marks = lines[2]
    ((start, end, tooltip, findings),) = marks
    assert sentence[start:end] == "$120 million" and findings == [1]
    assert data["strings"][tooltip] == (
        "subject: Orbital Dynamics · event: funding round · value: USD 120,000,000 · year 2024, stated in the sentence"
    )
    assert docs["docs/image.png"]["st"] == "skipped" and docs["docs/image.png"]["r"] == "not a text document"


def test_documents_beyond_the_budget_keep_only_the_lines_of_their_findings() -> None:
    result = scaled_result(40)
    full = report_data(result)
    assert all("all" not in d for d in full["docs"])
    small = report_data(result, budget=2_000)
    cut = [d for d in small["docs"] if d.get("all") is False]
    assert cut, "a tiny budget must cut documents"
    for doc in cut:
        # Every remaining mark is a finding's claim, so every finding's line can still be reached.
        assert all(mark[3] for _, _, marks in doc.get("s", []) for mark in marks)
    reached = {(d["p"], first) for d in small["docs"] for first, _, _ in d.get("s", [])}
    for finding in small["findings"]:
        for side in finding["e"]:
            assert (small["docs"][side[0]]["p"], side[1]) in reached


def test_report_size_grows_with_findings_not_with_every_claim() -> None:
    html = render(scaled_result(500), "html")
    assert len(html.encode()) < 600_000
