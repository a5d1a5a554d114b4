"""The HTML report in a real headless Chromium: search, filters, line links,
escaping, no network; screenshots at 4 and at 500 findings.

Needs a Chromium binary (Debian: ``apt-get install chromium``). Skipped when
none is installed, except in CI (``CI`` set), where a missing browser fails.
The screenshots land in ``tests/artifacts/`` (not committed) for people to
look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from reporter_fixtures import HOSTILE, build_result, scaled_result

from auditor.reporters import render

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("no chromium on PATH; CI must install it (apt-get install chromium)")
    pytest.skip("no chromium or chromium-browser on PATH")


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    if os.environ.get("CI"):
        from playwright import sync_api
    else:
        sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _open(browser, tmp_path: Path, result, height: int = 900):
    path = tmp_path / "report.html"
    path.write_text(render(result, "html"), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": height})
    requested: list[str] = []

    def route(route, request):
        requested.append(request.url)
        if request.url == path.as_uri():
            route.continue_()
        else:
            route.abort()

    page.route("**/*", route)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready]", state="attached")
    return page, path, requested, errors


@pytest.fixture()
def report_page(browser, tmp_path: Path):
    page, path, requested, errors = _open(browser, tmp_path, build_result())
    yield page, path, requested, errors
    page.close()


def _findings(page) -> list[str]:
    return page.eval_on_selector_all(".finding", "els => els.map(e => e.dataset.severity + ' ' + e.dataset.rule)")


def _documents(page) -> list[str]:
    return page.eval_on_selector_all(".document h3", "els => els.map(e => e.textContent)")


def test_findings_are_ordered_by_severity_then_rule(report_page) -> None:
    page, _, _, errors = report_page
    assert _findings(page) == [
        "error figure-mismatch", "warning reference-conflict", "warning year-mismatch", "info hostile-note",
    ]  # fmt: skip
    assert page.inner_text("#shown-count") == "4"
    assert errors == []


def test_search_over_messages_subjects_and_paths(report_page) -> None:
    page, _, _, errors = report_page
    page.fill("#search", "quantix")  # a subject
    assert _findings(page) == ["warning year-mismatch"]
    page.fill("#search", "beta notes")  # a path
    assert _findings(page) == ["error figure-mismatch", "warning year-mismatch"]
    page.fill("#search", "the reference says 2018")  # a message
    assert _findings(page) == ["warning reference-conflict"]
    # The documents section follows: only the documents of the matching findings.
    assert _documents(page) == ["docs/alpha.txt"]
    page.fill("#search", "no such thing anywhere")
    assert _findings(page) == [] and _documents(page) == []
    assert page.is_visible("#findings-empty") and page.is_visible("#documents-empty")
    assert page.inner_text("#findings-empty") == "No finding matches the search and filters."
    page.click("#clear-filters")
    assert len(_findings(page)) == 4 and _documents(page) == ["docs/alpha.txt", "docs/beta notes.txt"]
    assert errors == []


def test_filters_narrow_findings_and_documents(report_page) -> None:
    page, _, _, _ = report_page
    page.select_option("#filter-severity", "warning")
    assert _findings(page) == ["warning reference-conflict", "warning year-mismatch"]
    assert _documents(page) == ["docs/alpha.txt", "docs/beta notes.txt"]
    page.select_option("#filter-rule", "reference-conflict")
    assert _findings(page) == ["warning reference-conflict"]
    assert _documents(page) == ["docs/alpha.txt"]
    page.select_option("#filter-severity", "all")
    page.select_option("#filter-rule", "all")
    page.fill("#filter-document", "docs/beta notes.txt")
    assert _findings(page) == ["error figure-mismatch", "warning year-mismatch"]
    assert _documents(page) == ["docs/beta notes.txt"]
    page.select_option("#filter-rule", "hostile-note")
    assert _findings(page) == [] and _documents(page) == []
    assert page.is_visible("#documents-empty")
    # The rule list is sorted and holds the rules that found something.
    options = page.eval_on_selector_all("#filter-rule option", "els => els.map(e => e.value)")
    assert options == ["all", "figure-mismatch", "hostile-note", "reference-conflict", "year-mismatch"]


def test_line_links_land_on_the_file_line_and_lead_back(report_page) -> None:
    page, _, _, errors = report_page
    side = page.locator("#f-1 .side a.where").nth(1)
    assert side.inner_text() == "docs/beta notes.txt:2:143"
    side.click()
    # The target is marked by the page's hash handler: wait for it rather
    # than race it on a loaded machine.
    page.wait_for_selector(".line.targeted")
    target = page.locator(".line.targeted")
    assert target.count() == 1
    # The line is numbered as in the file, and the finding's figure is marked on it.
    assert target.locator(".ln").inner_text() == "2"
    assert target.locator("mark.of-finding").inner_text() == "$150 million"
    assert target.is_visible()
    # The marked claim links back to its finding.
    target.locator("sup.back a").click()
    page.wait_for_selector("#f-1.targeted")
    assert page.evaluate("location.hash") == "#f-1"
    assert page.locator("#f-1.targeted").is_visible()
    # Hovering a claim tells what was read from it, in plain words.
    title = page.locator("#d1 mark.claim").first.get_attribute("title")
    assert "stated in the sentence" in title
    assert errors == []


def test_a_link_to_a_finding_not_drawn_yet_draws_it(browser, tmp_path: Path) -> None:
    page, _, _, errors = _open(browser, tmp_path, scaled_result(120))
    assert page.inner_text("#shown-count") == "50"
    page.evaluate("location.hash = '#f-117'")
    page.wait_for_selector("#f-117.targeted")
    assert page.locator("#f-117").is_visible()
    # A document line beyond the first page of documents is drawn on demand too.
    page.evaluate("location.hash = '#d55-L3'")
    page.wait_for_selector("#d55-L3.targeted")
    page.close()
    assert errors == []


def test_hostile_text_is_shown_literally_and_never_runs(report_page) -> None:
    page, _, _, _ = report_page
    assert page.evaluate("typeof window.pwned") == "undefined"
    body = page.inner_text("body")
    assert "<script>window.pwned=1</script>" in body
    assert '<img src=x onerror="window.pwned=1">' in body
    assert HOSTILE in body
    assert "A note <b>worth</b> a look." in body
    assert page.locator("img").count() == 0


def test_no_network_requests_and_screenshot_at_4_findings(report_page) -> None:
    page, path, requested, _ = report_page
    page.wait_for_load_state("networkidle")
    assert requested == [path.as_uri()]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-4-findings.png"), full_page=True)
    assert (ARTIFACTS / "report-4-findings.png").stat().st_size > 0


def test_screenshots_at_500_findings(browser, tmp_path: Path) -> None:
    page, _, _, errors = _open(browser, tmp_path, scaled_result(500), height=1000)
    assert page.inner_text("#total-count") == "500" and page.inner_text("#shown-count") == "50"
    # The page draws a page of findings at a time, however many there are.
    assert page.locator(".finding").count() == 50
    page.click("#more-findings")
    assert page.locator(".finding").count() == 100
    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "report-500-findings.png"))
    page.locator("#documents-title").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "report-500-findings-documents.png"))
    assert page.evaluate("document.body.scrollHeight") < 200_000
    page.close()
    assert errors == []
