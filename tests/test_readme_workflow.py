"""The README's GitHub Actions workflow, run end to end.

The `run:` script of its audit step is taken from the README as written, the
`${{ github.base_ref }}` expression replaced as the runner would, and run with
the runner's shell in a temporary git repository whose pull request adds a
document contradicting the reference facts. A fake ``GITHUB_STEP_SUMMARY``
collects the summary.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
# GitHub runs `run:` scripts with this shell for `shell: bash` and by default on Linux.
RUNNER_SHELL = ["bash", "--noprofile", "--norc", "-eo", "pipefail"]
CHANGED = (
    "Weekly digest\n\n"
    "Rapidus, the U.S. government-backed chipmaker, said it will open a second fab.\n"
)


def workflow() -> dict:
    blocks = re.findall(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    (found,) = [yaml.safe_load(b) for b in blocks if b.startswith("name: audit\n")]
    return found


def steps() -> list[dict]:
    return workflow()["jobs"]["audit"]["steps"]


def audit_script(base_ref: str) -> str:
    (step,) = [s for s in steps() if s.get("name") == "audit changed documents"]
    return step["run"].replace("${{ github.base_ref }}", base_ref)


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=ci", "-c", "user.email=ci@example.invalid", "-c", "commit.gpgsign=false",
         "-c", "init.defaultBranch=main", *args],
        cwd=cwd, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout


@pytest.fixture()
def pull_request(tmp_path: Path) -> Path:
    """A clone whose branch adds one document to sources/, as actions/checkout leaves it."""
    if shutil.which("git") is None or shutil.which("bash") is None:
        pytest.skip("needs git and bash")
    origin = tmp_path / "origin"
    origin.mkdir()
    shutil.copytree(REPO / "sources", origin / "sources")
    (origin / "rules" / "facts").mkdir(parents=True)
    shutil.copy2(REPO / "rules" / "facts" / "seed-facts.yaml", origin / "rules" / "facts" / "seed-facts.yaml")
    git(origin, "init", "-q")
    git(origin, "add", "-A")
    git(origin, "commit", "-q", "-m", "corpus")
    checkout = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", str(origin), str(checkout))
    git(checkout, "switch", "-q", "-c", "weekly-digest")
    (checkout / "sources" / "100_weekly.txt").write_text(CHANGED, encoding="utf-8")
    git(checkout, "add", "-A")
    git(checkout, "commit", "-q", "-m", "weekly digest")
    return checkout


def run_step(checkout: Path, summary: Path) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith("GITHUB_")}
    env["GITHUB_STEP_SUMMARY"] = str(summary)
    # `auditor` as `pip install .` left it: the interpreter running the tests has it.
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env.pop("FORCE_COLOR", None)
    return subprocess.run(
        [*RUNNER_SHELL, "-c", audit_script("main")], cwd=checkout, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_workflow_installs_the_package_and_uploads_sarif() -> None:
    runs = [s.get("run") for s in steps() if s.get("run")]
    assert runs[0] == "pip install ."
    (upload,) = [s for s in steps() if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif")]
    assert upload["with"]["sarif_file"] == "reports/ci/report.sarif"


def test_the_workflow_annotates_the_changed_file_and_writes_a_summary(pull_request: Path, tmp_path: Path) -> None:
    summary = tmp_path / "step-summary.md"
    done = run_step(pull_request, summary)
    # The step fails: the changed document contradicts a reference fact.
    assert done.returncode == 1, done.stdout + done.stderr
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert annotations == [
        "::error file=sources/100_weekly.txt,line=3,col=14,endLine=3,endColumn=36,"
        "title=auditor reference-conflict::Rapidus: the document says country is US "
        "(sources/100_weekly.txt:3) but the reference says JP (rules/facts/seed-facts.yaml:10). "
        "Rapidus Corporation is headquartered in Tokyo and backed by the Japanese government (METI subsidies)."
    ]
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## auditor: 1 error, 0 warnings, 0 infos in 3 documents\n")
    assert "Every finding is shown as an annotation on its file (1)." in text
    sarif = json.loads((pull_request / "reports" / "ci" / "report.sarif").read_text(encoding="utf-8"))
    (result,) = sarif["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "sources/100_weekly.txt"


def test_the_workflow_passes_when_no_document_changed(pull_request: Path, tmp_path: Path) -> None:
    git(pull_request, "reset", "-q", "--hard", "origin/main")
    summary = tmp_path / "step-summary.md"
    done = run_step(pull_request, summary)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == "" and not summary.exists()
