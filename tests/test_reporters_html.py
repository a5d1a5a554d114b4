from __future__ import annotations

from html.parser import HTMLParser

from reporter_fixtures import build_result

from auditor.reporters import render


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def _parse() -> tuple[str, _Collector]:
    html = render(build_result(), "html")
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


def test_document_text_is_escaped() -> None:
    html, parsed = _parse()
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    assert "<b>worth</b>" not in html
    # The only script element is the report's own.
    assert [t for t, _ in parsed.tags].count("script") == 1
    assert not any(t == "img" for t, _ in parsed.tags)
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)


def test_self_contained() -> None:
    html, parsed = _parse()
    for tag, attrs in parsed.tags:
        for name in ("src", "href"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (tag, attrs)
        if tag == "link":
            raise AssertionError("external stylesheet or icon")
    assert "default-src 'none'" in _policy(parsed)


def test_filters_and_finding_attributes() -> None:
    _, parsed = _parse()
    ids = {attrs.get("id") for _, attrs in parsed.tags}
    assert {"filter-severity", "filter-rule", "filter-document"} <= ids
    findings = [attrs for tag, attrs in parsed.tags if "finding" in (attrs.get("class") or "").split()]
    assert [f["data-severity"] for f in findings] == ["error", "warning", "warning", "info"]
    assert [f["data-rule"] for f in findings] == [f.rule for f in build_result().findings]
    assert findings[0]["data-documents"] == '["docs/alpha.txt", "docs/beta notes.txt"]'
    options = [attrs.get("value") for tag, attrs in parsed.tags if tag == "option"]
    assert {"all", "error", "warning", "info", "figure-mismatch", "docs/beta notes.txt"} <= set(options)


def test_every_claim_is_highlighted_and_evidence_links_to_it() -> None:
    html, parsed = _parse()
    result = build_result()
    marks = [attrs for tag, attrs in parsed.tags if tag == "mark" and attrs.get("class") == "claim"]
    assert len(marks) == len(result.claims)
    mark_ids = {m["id"] for m in marks}
    assert all(i.startswith("claim-") for i in mark_ids)
    links = [attrs["href"][1:] for tag, attrs in parsed.tags if tag == "a" and attrs.get("href", "").startswith("#claim-")]
    assert len(links) == sum(len(f.evidence) for f in result.findings)
    assert set(links) <= mark_ids
    quantix = next(m for m in marks if "Quantix" in (m.get("title") or ""))
    assert "value: 5,000 (over)" in quantix["title"] and "year: 2023" in quantix["title"]


def test_findings_show_values_years_and_rationale() -> None:
    html, _ = _parse()
    assert "USD 120,000,000; year 2024, stated in the sentence" in html
    assert "<mark>$150 million</mark>" in html
    assert "A fact has one true value" in html
    assert "Helio Labs founded = 2018" in html


def test_script_hash_matches_policy() -> None:
    import base64
    import hashlib

    html, parsed = _parse()
    (script,) = parsed.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in _policy(parsed)
