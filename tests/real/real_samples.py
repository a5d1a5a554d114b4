"""Judged samples of real news: how claims and findings are drawn, keyed and found again.

The samples live beside this module (``claims-sample.yaml``,
``findings-sample.yaml``). They hold no text of the corpus: a claim is named
by its document's path relative to the corpus folder, its line, its character
offsets and the figure's surface as written; a finding by its rule and the
(path, line, surface) of each claim it cites. Verdicts are a person's, written
by hand into the files; ``sample.py`` draws and refreshes, ``test_real_news.py``
measures.

Draws rank candidates by a seeded hash of their identity rather than by a
random generator over a list: when extraction changes, a claim or finding that
stays keeps its rank, so a new draw swaps only the entries that really came or
went, and the verdicts already written stay attached to what they judged.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

REPOSITORY = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPOSITORY.parent / "shared" / "real-corpus" / "wikinews" / "all"
HERE = Path(__file__).resolve().parent
CLAIMS_SAMPLE = HERE / "claims-sample.yaml"
FINDINGS_SAMPLE = HERE / "findings-sample.yaml"

SEED = 10
CLAIM_SAMPLE_SIZE = 60
FINDING_SAMPLE_SIZE = 40
# Acceptance of issue 10 on real news.
RIGHT_SUBJECTS_REQUIRED = 51
SOUND_FINDINGS_SHARE_REQUIRED = 0.75
SOUND_VERDICTS = frozenset({"true", "defensible"})
VERDICTS = SOUND_VERDICTS | {"false"}


# --------------------------------------------------------------------------- running the auditor


def auditor_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "auditor", *args]


def _run_in_corpus(corpus: Path, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """Run the auditor inside the corpus folder, so that every path it reports is relative to it.

    Paths relative to the corpus keep the samples free of this machine's
    folders and make fingerprints the same wherever the corpus lies.
    """
    result = subprocess.run(auditor_command(*args), cwd=corpus, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"auditor {args[0]} failed ({result.returncode}): {result.stderr.strip()}")
    return result


def extract_claims(corpus: Path, documents: Sequence[str] = (".",)) -> list[dict[str, Any]]:
    """Every claim ``auditor claims --format jsonl`` reads from ``documents`` of the corpus (all by default)."""
    result = _run_in_corpus(corpus, ["claims", "--format", "jsonl", *documents])
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def check_corpus(corpus: Path, report: Path, jobs: int = 2) -> dict[str, Any]:
    """The JSON report of ``auditor check`` on the whole corpus, written to ``report`` and read back."""
    _run_in_corpus(corpus, [
        "check", ".", "--jobs", str(jobs), "--fail-on", "never", "--no-cache", "--no-progress",
        "--format", "json", "--output", str(report.resolve()),
    ])
    return json.loads(report.read_text(encoding="utf-8"))


def relative(path: str) -> str:
    """A path the auditor reported from inside the corpus folder, in one spelling."""
    return PurePosixPath(Path(path).as_posix()).as_posix()


def rank(seed: int, *identity: object) -> str:
    """A stable pseudo-random rank for a thing with this identity."""
    text = "\x1f".join([str(seed), *map(str, identity)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- names


_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_WORD = re.compile(r"[^\w&]+")
_ARTICLE = re.compile(r"^the ")


def fold(name: str | None) -> str:
    """A name as compared: accents, case, punctuation, a possessive and a leading 'the' dropped."""
    if name is None:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().strip()
    text = _POSSESSIVE.sub("", text)
    text = " ".join(_NOT_WORD.sub(" ", text).split())
    return _ARTICLE.sub("", text)


def accepted_names(entry: dict[str, Any]) -> set[str]:
    """The folded names a judged claim's subject may carry: its expected name and aliases.

    ``expected: none`` means the figure has no owner in the text; the only
    right subject is then no subject.
    """
    expected = entry.get("expected")
    if expected is None or str(expected).lower() == "none":
        return {""}
    return {fold(str(expected)), *(fold(str(alias)) for alias in entry.get("aliases") or [])}


def subject_is_right(subject: str | None, entry: dict[str, Any]) -> bool:
    return fold(subject) in accepted_names(entry)


# --------------------------------------------------------------------------- claims


def claim_identity(claim: dict[str, Any]) -> tuple[str, int, int, str]:
    return (relative(claim["path"]), int(claim["start"]), int(claim["end"]), claim["kind"])


def draw_claims(claims: Iterable[dict[str, Any]], seed: int = SEED,
                size: int = CLAIM_SAMPLE_SIZE) -> list[dict[str, Any]]:
    """``size`` claims that have a subject, the lowest by seeded rank, in corpus order."""
    with_subject = [c for c in claims if c.get("subject")]
    drawn = sorted(with_subject, key=lambda c: rank(seed, *claim_identity(c)))[:size]
    return sorted(drawn, key=lambda c: claim_identity(c))


def find_claim(entry: dict[str, Any], claims: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """The claim a sample entry names: same document and line, its span overlapping the entry's.

    Overlap rather than equal offsets: a figure read a little wider or narrower
    ('more than US$800,000' for 'US$800,000') is still the same claim, and so
    is a figure whose kind changed (a count now read as a quantity). Among
    several, the one of the entry's kind and then the closest span wins.
    """
    start, end = int(entry["start"]), int(entry["end"])
    candidates = [
        c for c in claims
        if int(c["line"]) == int(entry["line"])
        and relative(c["path"]) == entry["path"]
        and int(c["start"]) < end and start < int(c["end"])
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c["kind"] != entry["kind"],
                                          abs(int(c["start"]) - start) + abs(int(c["end"]) - end)))


# --------------------------------------------------------------------------- findings


@dataclass(frozen=True)
class Cited:
    """One claim a finding cites, as the samples name it."""

    path: str
    line: int
    surface: str

    def same_as(self, other: Cited) -> bool:
        """Same document and line, one surface inside the other (a figure read wider is the same)."""
        if (self.path, self.line) != (other.path, other.line):
            return False
        mine, theirs = self.surface.casefold(), other.surface.casefold()
        return mine in theirs or theirs in mine


def cited_of_finding(finding: dict[str, Any]) -> tuple[Cited, ...]:
    return tuple(
        Cited(relative(e["path"]), int(e["line"]), e["text"]) for e in finding.get("evidence", [])
    )


def cited_of_entry(entry: dict[str, Any]) -> tuple[Cited, ...]:
    return tuple(Cited(c["path"], int(c["line"]), str(c["surface"])) for c in entry.get("cited", []))


def finding_rank(rule: str, cited: Sequence[Cited], seed: int = SEED) -> str:
    return rank(seed, rule, *sorted(f"{c.path}:{c.line}:{c.surface}" for c in cited))


def draw_findings(findings: Sequence[dict[str, Any]], seed: int = SEED,
                  size: int = FINDING_SAMPLE_SIZE) -> list[dict[str, Any]]:
    """All findings when there are at most ``size``, else the ``size`` lowest by seeded rank."""
    if len(findings) <= size:
        return list(findings)
    return sorted(findings, key=lambda f: finding_rank(f["rule"], cited_of_finding(f), seed))[:size]


def overlap(a: Sequence[Cited], b: Sequence[Cited]) -> int:
    return sum(1 for x in a if any(x.same_as(y) for y in b))


def match_finding(rule: str, cited: Sequence[Cited], entries: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The judged entry that is this finding: same rule, and the same claims cited.

    Matched on rule and cited claims, never on message wording. A finding that
    gained or lost a rival still matches when the two claims its verdict rests
    on (at least two in common, or all of a one-claim finding) are still cited;
    the entry citing the most of the finding's claims wins.
    """
    best: tuple[int, dict[str, Any]] | None = None
    for entry in entries:
        if entry["rule"] != rule:
            continue
        theirs = cited_of_entry(entry)
        common = overlap(cited, theirs)
        if common < min(2, len(cited), len(theirs)):
            continue
        if best is None or common > best[0]:
            best = (common, entry)
    return None if best is None else best[1]


# --------------------------------------------------------------------------- sample files


def load_entries(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = data.get("entries") or []
    if not isinstance(entries, list):
        raise ValueError(f"{path.name}: 'entries' must be a list")
    return entries


def write_entries(path: Path, header: str, meta: dict[str, Any], entries: list[dict[str, Any]]) -> None:
    body = yaml.safe_dump({**meta, "entries": entries}, sort_keys=False, allow_unicode=True, width=110)
    path.write_text(header + body, encoding="utf-8")
