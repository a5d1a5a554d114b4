"""Draw or refresh the judged samples of real news: ``python tests/real/sample.py [--corpus DIR]``.

Claims: the first run draws ``CLAIM_SAMPLE_SIZE`` claims that have a subject
(seeded hash rank, see ``real_samples``) from ``auditor claims --format jsonl``
on the corpus and writes them unjudged. Later runs keep the sample and only
re-read its documents: an entry whose subject changed gets the new subject,
and ``right: null`` unless the new subject is the judged ``expected`` (or one
of its aliases), so a person re-judges exactly what changed. ``--redraw``
draws again; verdicts of entries drawn again are kept.

Findings: ``auditor check`` on the corpus; every finding when there are at most
``FINDING_SAMPLE_SIZE``, else that many by seeded rank. A finding matching a
judged one (rule and cited claims) keeps its verdict; a new one is written with
``verdict: null`` for a person to judge.

Entries with a null verdict are listed at the end; ``tests/test_real_news.py``
fails until each is judged.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from real_samples import (
    CLAIMS_SAMPLE,
    DEFAULT_CORPUS,
    FINDINGS_SAMPLE,
    SEED,
    check_corpus,
    cited_of_finding,
    claim_identity,
    draw_claims,
    draw_findings,
    extract_claims,
    find_claim,
    load_entries,
    match_finding,
    subject_is_right,
    write_entries,
)

CLAIMS_HEADER = """\
# Claims of real news with a subject, judged by a person (issue 10's real-news acceptance).
# Drawn and refreshed by tests/real/sample.py; measured by tests/test_real_news.py.
# No text of the corpus is kept: a claim is its document (path relative to the corpus folder),
# line, character offsets [start, end) in the file, kind and the figure's surface.
#   subject:  the subject the auditor gave when judged
#   expected: the subject a careful reader gives (the entity whose figure it is as the article
#             tells it), or none when the figure has no owner in the text; aliases: other
#             spellings of that entity that are right too
#   right:    whether `subject` is right; reason: why (the judge's words)
# Rubric: the company that earned, the government that pledged, the buyer in a takeover, the
# fund that raised, the person paid; a facility's owner is acceptable for the facility's figure;
# a short form of the right entity is right. Wrong: a speaker, source or analyst; a place that
# does not act; another party of the sentence; a fragment of a name; a common noun taken for a
# name; the target where the buyer pays.
"""

FINDINGS_HEADER = """\
# Findings of `auditor check` on real news, judged by a person (issue 10's real-news acceptance).
# Every finding when there are at most 40, else 40 by seeded rank; drawn and refreshed by
# tests/real/sample.py, measured by tests/test_real_news.py (matched on rule and cited claims).
# cited: the claims the finding cites (path relative to the corpus folder, line, surface).
# verdict: true (a real contradiction between or within the articles), defensible (a careful
# reader would want to look: the texts do disagree, though an explanation exists), false.
# future_or_conditional (timeline findings): whether a future or conditional statement is involved.
"""


def new_claim_entry(claim: dict[str, Any]) -> dict[str, Any]:
    path, start, end, kind = claim_identity(claim)
    return {
        "path": path, "line": int(claim["line"]), "start": start, "end": end, "kind": kind,
        "surface": claim["text"], "subject": claim["subject"],
        "right": None, "expected": None, "reason": None,
    }


def refreshed_claim_entry(entry: dict[str, Any], claim: dict[str, Any] | None) -> dict[str, Any]:
    subject = claim["subject"] if claim else None
    if subject == entry.get("subject"):
        return entry
    updated = {**entry, "subject": subject}
    if entry.get("expected") is not None and subject_is_right(subject, entry):
        updated["right"] = True
    else:
        updated["right"] = None
        updated["previous_subject"] = entry.get("subject")
    print(f"subject changed: {entry['path']}:{entry['line']} {entry['surface']!r}: "
          f"{entry.get('subject')!r} -> {subject!r}")
    return updated


def refresh_claims(corpus: Path, redraw: bool) -> list[dict[str, Any]]:
    judged = load_entries(CLAIMS_SAMPLE)
    if judged and not redraw:
        documents = sorted({entry["path"] for entry in judged})
        claims = extract_claims(corpus, documents)
        return [refreshed_claim_entry(entry, find_claim(entry, claims)) for entry in judged]
    claims = extract_claims(corpus)
    entries = []
    for claim in draw_claims(claims):
        fresh = new_claim_entry(claim)
        earlier = next((e for e in judged if find_claim(e, [claim]) is not None), None)
        entries.append(refreshed_claim_entry(earlier, claim) if earlier else fresh)
    return entries


def finding_entry(finding: dict[str, Any], judged: list[dict[str, Any]]) -> dict[str, Any]:
    cited = cited_of_finding(finding)
    fact = finding.get("fact") or {}
    entry: dict[str, Any] = {
        "rule": finding["rule"],
        "fingerprint": finding.get("fingerprint"),
        "subject": fact.get("subject"),
        "event": fact.get("event"),
        "cited": [{"path": c.path, "line": c.line, "surface": c.surface} for c in cited],
        "verdict": None,
        "reason": None,
    }
    if finding["rule"] == "timeline":
        entry["future_or_conditional"] = None
    earlier = match_finding(finding["rule"], cited, judged)
    if earlier is not None:
        for key in ("verdict", "reason", "future_or_conditional"):
            if key in earlier:
                entry[key] = earlier[key]
    return entry


def refresh_findings(corpus: Path) -> tuple[int, list[dict[str, Any]]]:
    judged = load_entries(FINDINGS_SAMPLE)
    with tempfile.TemporaryDirectory() as folder:
        report = check_corpus(corpus, Path(folder) / "report.json")
    findings = report["findings"]
    return len(findings), [finding_entry(f, judged) for f in draw_findings(findings)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the real-news folder")
    parser.add_argument("--redraw", action="store_true", help="draw the claims sample again")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"no corpus folder at {args.corpus}")

    claims = refresh_claims(args.corpus, args.redraw)
    write_entries(CLAIMS_SAMPLE, CLAIMS_HEADER, {"seed": SEED, "size": len(claims)}, claims)
    total, findings = refresh_findings(args.corpus)
    write_entries(FINDINGS_SAMPLE, FINDINGS_HEADER,
                  {"seed": SEED, "findings_in_corpus": total, "size": len(findings)}, findings)

    unjudged = [f"claim {e['path']}:{e['line']} {e['surface']!r}" for e in claims if e.get("right") is None]
    unjudged += [f"{e['rule']} citing " + ", ".join(f"{c['path']}:{c['line']} {c['surface']!r}" for c in e["cited"])
                 for e in findings if e.get("verdict") is None]
    right = sum(1 for e in claims if e.get("right") is True)
    print(f"claims: {right} of {len(claims)} judged right; findings: {total} in the corpus, {len(findings)} sampled")
    for line in unjudged:
        print(f"to judge: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
