"""How the judged real-news samples are drawn and found again (``tests/real/real_samples.py``).

On made-up claims and findings: no corpus needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "real"))

import real_samples as samples  # noqa: E402


def claim(path: str, start: int, end: int, subject: str | None, line: int = 3, kind: str = "money") -> dict:
    return {"path": path, "start": start, "end": end, "line": line, "kind": kind, "subject": subject,
            "text": "$5 million"}


def finding(rule: str, *cited: tuple[str, int, str]) -> dict:
    return {"rule": rule, "evidence": [{"path": p, "line": line, "text": text} for p, line, text in cited]}


def entry_of(found: dict, verdict: str = "false") -> dict:
    return {"rule": found["rule"], "verdict": verdict,
            "cited": [{"path": e["path"], "line": e["line"], "surface": e["text"]} for e in found["evidence"]]}


# --------------------------------------------------------------------------- names


def test_fold_drops_case_accents_possessives_punctuation_and_a_leading_article() -> None:
    assert samples.fold("The Boeing Company's") == samples.fold("boeing company")
    assert samples.fold("Société Générale") == samples.fold("SOCIETE GENERALE")
    assert samples.fold("Kellogg, Brown & Root") == "kellogg brown & root"
    assert samples.fold("S&P 500") != samples.fold("S P 500")
    assert samples.fold(None) == ""


def test_a_subject_is_right_when_it_is_the_expected_name_or_an_alias() -> None:
    judged = {"expected": "Harbour Line Ferries", "aliases": ["HLF"]}
    assert samples.subject_is_right("harbour line ferries", judged)
    assert samples.subject_is_right("HLF", judged)
    assert not samples.subject_is_right("Harbour", judged)
    assert not samples.subject_is_right(None, judged)


def test_expected_none_accepts_only_no_subject() -> None:
    assert samples.subject_is_right(None, {"expected": "none"})
    assert not samples.subject_is_right("Oslo", {"expected": "none"})
    assert not samples.subject_is_right("None", {"expected": "Nordvik"})


def test_document_paths_are_spelt_one_way() -> None:
    assert samples.relative("./a/b.txt") == "a/b.txt" == samples.relative("a/b.txt")


# --------------------------------------------------------------------------- claims


def test_the_draw_takes_only_claims_with_a_subject_and_repeats_itself() -> None:
    claims = [claim(f"d{i}.txt", 10, 20, None if i % 3 == 0 else f"Firm {i}") for i in range(40)]
    drawn = samples.draw_claims(claims, seed=7, size=10)
    assert len(drawn) == 10 and all(c["subject"] for c in drawn)
    assert drawn == samples.draw_claims(list(reversed(claims)), seed=7, size=10)
    assert drawn != samples.draw_claims(claims, seed=8, size=10)


def test_a_new_claim_swaps_at_most_one_drawn_claim() -> None:
    claims = [claim(f"d{i}.txt", 10, 20, f"Firm {i}") for i in range(50)]
    before = samples.draw_claims(claims, seed=3, size=10)
    after = samples.draw_claims([*claims, claim("new.txt", 1, 5, "Newco")], seed=3, size=10)
    assert len({samples.claim_identity(c) for c in before} - {samples.claim_identity(c) for c in after}) <= 1


def test_a_sampled_claim_is_found_again_when_read_a_little_wider() -> None:
    entry = {"path": "d.txt", "line": 3, "start": 110, "end": 120, "kind": "money"}
    wider = claim("d.txt", 100, 120, "Nordvik")
    elsewhere = claim("d.txt", 200, 210, "Nordvik")
    assert samples.find_claim(entry, [elsewhere, wider]) is wider
    assert samples.find_claim(entry, [claim("e.txt", 110, 120, "Nordvik")]) is None
    retyped = claim("d.txt", 110, 120, "Nordvik", kind="quantity")
    assert samples.find_claim(entry, [retyped]) is retyped
    assert samples.find_claim(entry, [retyped, wider]) is wider
    assert samples.find_claim(entry, [claim("d.txt", 110, 120, "Nordvik", line=4)]) is None


# --------------------------------------------------------------------------- findings


def test_a_finding_matches_its_judged_entry_on_rule_and_cited_claims_only() -> None:
    judged = finding("figure-mismatch", ("a.txt", 4, "$165 million"), ("b.txt", 6, "$218 million"))
    entries = [entry_of(judged, "true")]
    same = finding("figure-mismatch", ("b.txt", 6, "$218 million"), ("a.txt", 4, "$165 million"))
    assert samples.match_finding(same["rule"], samples.cited_of_finding(same), entries) is entries[0]
    other_rule = finding("year-mismatch", ("a.txt", 4, "$165 million"), ("b.txt", 6, "$218 million"))
    assert samples.match_finding(other_rule["rule"], samples.cited_of_finding(other_rule), entries) is None


def test_a_finding_that_gained_a_rival_or_a_wider_figure_still_matches() -> None:
    judged = finding("figure-mismatch", ("a.txt", 4, "$800,000"), ("a.txt", 8, "$3,300"))
    entries = [entry_of(judged)]
    grown = finding("figure-mismatch", ("a.txt", 4, "more than $800,000"), ("a.txt", 8, "$3,300"),
                    ("c.txt", 2, "$900,000"))
    assert samples.match_finding("figure-mismatch", samples.cited_of_finding(grown), entries) is entries[0]
    one_left = finding("figure-mismatch", ("a.txt", 4, "$800,000"), ("c.txt", 2, "$900,000"))
    assert samples.match_finding("figure-mismatch", samples.cited_of_finding(one_left), entries) is None


def test_the_entry_citing_most_of_the_finding_wins() -> None:
    narrow = entry_of(finding("timeline", ("a.txt", 1, "2024"), ("a.txt", 9, "2026")))
    wide = entry_of(finding("timeline", ("a.txt", 1, "2024"), ("a.txt", 9, "2026"), ("a.txt", 12, "2025")))
    current = finding("timeline", ("a.txt", 1, "2024"), ("a.txt", 9, "2026"), ("a.txt", 12, "2025"))
    assert samples.match_finding("timeline", samples.cited_of_finding(current), [narrow, wide]) is wide


def test_every_finding_is_taken_up_to_the_sample_size_then_a_stable_draw() -> None:
    few = [finding("figure-mismatch", (f"d{i}.txt", 1, "$1"), (f"e{i}.txt", 1, "$2")) for i in range(5)]
    assert samples.draw_findings(few, size=5) == few
    many = [finding("figure-mismatch", (f"d{i}.txt", 1, "$1"), (f"e{i}.txt", 1, "$2")) for i in range(30)]
    drawn = samples.draw_findings(many, seed=2, size=10)
    assert len(drawn) == 10
    assert drawn == samples.draw_findings(list(reversed(many)), seed=2, size=10)
