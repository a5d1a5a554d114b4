"""Report sizes and HTML load time at scale: ``python tests/benchmarks/bench_reports.py``.

Audits the synthetic corpus (default 10,000 documents, see ``synthetic.py``),
renders the Markdown and HTML reports, and prints the Markdown length (a
pull-request comment holds 65,536 characters), the HTML size (target: under
5 MB) and the time headless Chromium takes to open the HTML report until its
first findings and documents are drawn (target: under 2 s), median of
``--loads`` cold page loads. Not a test: read by people, not asserted on a
noisy machine. ``--result FILE`` reuses (or saves) the audit as a JSON report.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import corpus  # noqa: E402

from auditor.checks.rulefile import load_rules  # noqa: E402
from auditor.engine import AuditOptions, audit  # noqa: E402
from auditor.model import AuditResult, DocumentStatus, LoadResult  # noqa: E402
from auditor.reporters import load_report, render  # noqa: E402
from auditor.sources import parse_document  # noqa: E402

LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip


def audited(documents: int, jobs: int) -> AuditResult:
    files = corpus(documents)
    loaded = [parse_document(path, data) for path, data in files]
    statuses = tuple(
        DocumentStatus(path=d.path, status="read", id=d.id, sha256=d.sha256, title=d.title, date=d.date) for d in loaded
    )
    return audit(LoadResult(documents=tuple(loaded), statuses=statuses), load_rules(), (), AuditOptions(jobs=jobs))


def load_times(html_path: Path, loads: int) -> list[float]:
    """Seconds from navigation until the report has drawn its first page, per cold load."""
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        raise SystemExit("no chromium on PATH (apt-get install chromium)")
    times = []
    with sync_playwright() as playwright:
        for _ in range(loads):
            browser = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            started = time.perf_counter()
            page.goto(html_path.as_uri(), wait_until="load")
            page.wait_for_selector("body[data-ready]", state="attached")
            times.append(time.perf_counter() - started)
            browser.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--loads", type=int, default=3)
    parser.add_argument("--result", type=Path, help="JSON report to reuse, or to write after auditing")
    args = parser.parse_args()

    if args.result and args.result.exists():
        result = load_report(args.result.read_text(encoding="utf-8"))
    else:
        started = time.perf_counter()
        result = audited(args.documents, args.jobs)
        print(f"audit of {args.documents} documents: {time.perf_counter() - started:.1f} s")
        if args.result:
            args.result.write_text(render(result, "json"), encoding="utf-8")
    print(
        f"{result.stats.get('documents', len(result.documents))} documents, {len(result.claims)} claims, "
        f"{len(result.findings)} findings"
    )

    started = time.perf_counter()
    markdown = render(result, "markdown")
    print(f"Markdown: {len(markdown):,} characters (limit 65,536), rendered in {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    html = render(result, "html")
    size = len(html.encode("utf-8"))
    print(f"HTML: {size:,} bytes ({size / 1e6:.2f} MB, limit 5 MB), rendered in {time.perf_counter() - started:.2f} s")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.html"
        path.write_text(html, encoding="utf-8")
        times = load_times(path, args.loads)
    print(
        f"HTML load in headless Chromium until drawn: median {statistics.median(times):.2f} s "
        f"(runs: {', '.join(f'{t:.2f}' for t in times)}; limit 2 s)"
    )
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
