"""The HTML report in a real headless Chromium: filtering, escaping, no network.

Needs a Chromium binary (Debian: ``apt-get install chromium``). Skipped when
none is installed, except in CI (``CI`` set), where a missing browser fails.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from reporter_fixtures import HOSTILE, build_result

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


@pytest.fixture()
def report_page(browser, tmp_path: Path):
    path = tmp_path / "report.html"
    path.write_text(render(build_result(), "html"), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
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
    yield page, path, requested, errors
    page.close()


def _visible(page) -> list[str]:
    return page.eval_on_selector_all(
        ".finding", "els => els.filter(e => !e.hidden && e.offsetParent !== null).map(e => e.dataset.severity)"
    )


def test_severity_filter_changes_visible_findings(report_page) -> None:
    page, _, _, errors = report_page
    assert _visible(page) == ["error", "warning", "warning", "info"]
    page.select_option("#filter-severity", "warning")
    assert _visible(page) == ["warning", "warning"]
    assert page.inner_text("#shown-count") == "2"
    page.select_option("#filter-severity", "error")
    assert _visible(page) == ["error"]
    page.select_option("#filter-severity", "all")
    assert len(_visible(page)) == 4
    assert errors == []


def test_rule_and_document_filters(report_page) -> None:
    page, _, _, _ = report_page
    page.select_option("#filter-document", "docs/beta notes.txt")
    assert _visible(page) == ["error", "warning"]
    page.select_option("#filter-rule", "year-mismatch")
    assert _visible(page) == ["warning"]
    page.select_option("#filter-rule", "hostile-note")
    assert _visible(page) == []


def test_hostile_text_is_shown_literally_and_never_runs(report_page) -> None:
    page, _, _, _ = report_page
    assert page.evaluate("typeof window.pwned") == "undefined"
    body = page.inner_text("body")
    assert "<script>window.pwned=1</script>" in body
    assert '<img src=x onerror="window.pwned=1">' in body
    assert HOSTILE in body
    assert page.locator("img").count() == 0


def test_evidence_links_land_on_highlighted_claims(report_page) -> None:
    page, _, _, _ = report_page
    link = page.locator(".finding .side a").first
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == target
    assert page.locator(f"mark.claim{target}").inner_text() == "$120 million"


def test_no_network_requests_and_screenshot(report_page) -> None:
    page, path, requested, _ = report_page
    page.wait_for_load_state("networkidle")
    assert requested == [path.as_uri()]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    assert (ARTIFACTS / "report.png").stat().st_size > 0
