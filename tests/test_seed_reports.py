"""The committed reports of the seed corpus are what the tool produces today.

``reports/`` is generated, never hand-edited. Re-running the documented
command must reproduce every file byte for byte, so a change to extraction,
checks or reporters that alters the output also has to regenerate them (and
the diff shows reviewers what changed for a real corpus).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main

REPO = Path(__file__).resolve().parents[1]
REPORTS = REPO / "reports"
SARIF_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"
EXPECTED_FILES = ("report.html", "report.json", "report.md", "report.sarif")

ARGS = ["sources/", "--facts", "rules/facts/seed-facts.yaml", "--output-dir", "reports/", "--fail-on", "never"]
REGENERATE = "auditor check " + " ".join(ARGS)


@pytest.fixture(scope="module")
def fresh_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed-reports")
    mp = pytest.MonkeyPatch()
    try:
        # Paths in reports are relative to where the command runs: the repo root.
        mp.chdir(REPO)
        mp.delenv("NO_COLOR", raising=False)
        args = ["check", *ARGS]
        args[args.index("reports/")] = str(out)
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        mp.undo()
    assert result.exit_code == 0, result.output
    return out


def test_output_dir_writes_exactly_the_committed_files(fresh_reports: Path) -> None:
    assert sorted(p.name for p in fresh_reports.iterdir()) == sorted(EXPECTED_FILES)
    committed = sorted(p.name for p in REPORTS.iterdir() if not p.name.startswith("."))
    assert committed == sorted(EXPECTED_FILES), f"reports/ should hold exactly {EXPECTED_FILES}"


@pytest.mark.parametrize("name", EXPECTED_FILES)
def test_committed_report_is_up_to_date(fresh_reports: Path, name: str) -> None:
    committed = REPORTS / name
    assert committed.is_file(), f"reports/{name} is missing; run from the repo root: {REGENERATE}"
    fresh = (fresh_reports / name).read_bytes()
    assert committed.read_bytes() == fresh, (
        f"reports/{name} is stale (the tool's output changed); regenerate it from the repo root with: {REGENERATE}"
    )


@pytest.mark.parametrize("name", EXPECTED_FILES)
def test_reports_hold_nothing_machine_specific(name: str) -> None:
    text = (REPORTS / name).read_text(encoding="utf-8")
    assert str(REPO) not in text
    assert str(REPO.parent) not in text
    assert not re.search(r"(?<![\w.])/(?:home|root|tmp|Users|work)/", text), f"absolute path in reports/{name}"
    assert not re.search(r"[A-Za-z]:\\\\", text), f"Windows path in reports/{name}"
    # A generation timestamp would make every run differ from the committed file.
    assert not re.search(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", text), f"timestamp in reports/{name}"


def _readable_html() -> str:
    """What the html report shows for each finding (the page draws it from the
    embedded data): rule, title, message and quoted sentences, spaces folded."""
    raw = (REPORTS / "report.html").read_text(encoding="utf-8")
    (embedded,) = re.findall(r'<script type="application/json" id="report-data">(.*?)</script>', raw, flags=re.S)
    data = json.loads(embedded)
    parts = []
    for finding in data["findings"]:
        parts += [finding["t"], finding["m"], finding["r"]]
        parts += [data["strings"][side[3]] for side in finding["e"]]
    return re.sub(r"\s+", " ", html.unescape(" ".join(parts)))


def _near(text: str, *needles: str, window: int = 600) -> bool:
    """All needles occur within ``window`` characters after the first one."""
    first = needles[0]
    for match in re.finditer(re.escape(first), text):
        chunk = text[match.start() : match.start() + window]
        if all(n in chunk for n in needles[1:]):
            return True
    return False


def test_html_report_names_the_four_seed_contradictions() -> None:
    text = _readable_html()
    # OpenAI's $110 billion round dated 2024 in one digest and 2026 in the other.
    assert _near(text, "OpenAI", "2024", "2026", "year-mismatch"), "OpenAI year mismatch missing"
    # The same $110 billion credited to Reliance Industries and to India.
    assert _near(text, "$110 billion", "Reliance Industries", "India"), "Reliance/India attribution missing"
    assert "attribution-conflict" in text
    # "As of 2024" yet MWC 2026 already reported.
    assert _near(text, "MWC", "2026"), "MWC 2026 missing"
    assert "As of 2024" in text
    assert "timeline" in text
    # Rapidus said to be US-backed against the reference fact that it is Japanese.
    assert _near(text, "Rapidus", "US", "JP"), "Rapidus US vs JP reference conflict missing"
    assert "reference-conflict" in text


def test_json_report_has_one_finding_per_seed_contradiction() -> None:
    data = json.loads((REPORTS / "report.json").read_text(encoding="utf-8"))
    rules = sorted(f["rule"] for f in data["findings"])
    for rule in ("year-mismatch", "attribution-conflict", "timeline", "reference-conflict"):
        assert rule in rules
    assert all(d["status"] == "read" for d in data["documents"])


def test_seed_sarif_validates_against_the_schema() -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at ../shared/schemas/{SARIF_SCHEMA.name} (peer folder absent)")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    sarif = json.loads((REPORTS / "report.sarif").read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(sarif), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
    results = sarif["runs"][0]["results"]
    assert len(results) == len(json.loads((REPORTS / "report.json").read_text(encoding="utf-8"))["findings"])
