"""The claims table of the two seed digests, pinned.

Every money and quantity claim the digests state is listed with its subject,
event, value, bound and year; extraction must find each and nothing else.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from auditor.extract import extract_document
from auditor.model import Claim
from auditor.sources import load_documents

ROOT = Path(__file__).resolve().parents[1]
DIGEST_2024 = "sources/000_d2e8fa633ad7752f.txt"
DIGEST_2026 = "sources/002_267bab2a5d2ce427.txt"
B = 1e9
M = 1e6
INF = math.inf

# (document, surface text, subject, event, unit, low, high, qualifier, object)
EXPECTED = [
    (DIGEST_2024, "$110 billion", "OpenAI", "funding-round", "USD", 110 * B, 110 * B, "exact", None),
    (DIGEST_2024, "$50 billion", "Amazon", "funding-round", "USD", 50 * B, 50 * B, "exact", "OpenAI"),
    (DIGEST_2024, "$110 billion", "Reliance Industries", "investment", "USD", 110 * B, 110 * B, "exact", "India"),
    (DIGEST_2024, "$40 billion", "Saudi Arabia", "pledge", "USD", 40 * B, 40 * B, "exact", None),
    (DIGEST_2024, "$60 million", "Nvidia", "acquisition", "USD", 60 * M, 60 * M, "exact", "Illumex"),
    (DIGEST_2024, "$200 billion", "Micron", "investment", "USD", 200 * B, 200 * B, "exact", None),
    (DIGEST_2024, "$350 million", "SambaNova", "funding-round", "USD", 350 * M, 350 * M, "exact", None),
    (DIGEST_2024, "$60 million", "Encord", "funding-round", "USD", 60 * M, 60 * M, "exact", None),
    (DIGEST_2024, "hundreds of millions", None, "funding-round", None, 100 * M, 1000 * M, "magnitude", None),
    (DIGEST_2026, "8-exaflop", "India", "capacity", "FLOPS", 8e18, 8e18, "exact", None),
    (DIGEST_2026, "over $110 billion", "OpenAI", "funding-round", "USD", 110 * B, INF, "over", None),
    (DIGEST_2026, "approximately $730 billion", "OpenAI", "valuation", "USD", 657 * B, 803 * B, "about", None),
    (DIGEST_2026, "$500 million", "MatX", "funding-round", "USD", 500 * M, 500 * M, "exact", None),
    (DIGEST_2026, "$37 million", "Flux", "funding-round", "USD", 37 * M, 37 * M, "exact", None),
    (DIGEST_2026, "$1.3 billion", "Radiant AI Infrastructure", "funding-round", "USD", 1.3 * B, 1.3 * B, "exact", None),
    (DIGEST_2026, "over $110 billion", "India", "pledge", "USD", 110 * B, INF, "over", None),
    (DIGEST_2026, "$3 billion", "Saudi Arabia", "investment", "USD", 3 * B, 3 * B, "exact", None),
    (DIGEST_2026, "more than $1.7 billion", "Japan", "investment", "USD", 1.7 * B, INF, "over", None),
    (DIGEST_2026, "$24 billion", "Singapore", "investment", "USD", 24 * B, 24 * B, "exact", None),
    (DIGEST_2026, "over €1.2 billion", "European Union", "pledge", "EUR", 1.2 * B, INF, "over", None),
    (DIGEST_2026, "eight-figure", "Dyna.Ai", "funding-round", None, 1e7, 1e8, "magnitude", "Series A"),
    (DIGEST_2026, "$110 Billion", None, "capital-inflow", "USD", 110 * B, 110 * B, "exact", None),
    (DIGEST_2026, "$110 billion", "OpenAI", "capital-inflow", "USD", 110 * B, 110 * B, "exact", None),
]


@pytest.fixture(scope="module")
def seed_claims() -> dict[str, list[Claim]]:
    loaded = load_documents([ROOT / DIGEST_2024, ROOT / DIGEST_2026], base=ROOT)
    assert [s.status for s in loaded.statuses] == ["read", "read"]
    return {doc.path: list(extract_document(doc).claims) for doc in loaded.documents}


def _figures(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind in ("money", "quantity")]


def _close(actual: float | None, expected: float) -> bool:
    if math.isinf(expected):
        return actual is None
    return actual is not None and math.isclose(actual, expected, rel_tol=1e-9)


@pytest.mark.parametrize("document", [DIGEST_2024, DIGEST_2026])
def test_every_money_and_quantity_claim_is_expected_and_found(seed_claims, document):
    actual = [(c.evidence.text, c.subject.name if c.subject else None) for c in _figures(seed_claims[document])]
    expected = [(e[1], e[2]) for e in EXPECTED if e[0] == document]
    assert actual == expected


@pytest.mark.parametrize("row", EXPECTED, ids=[f"{r[0][8:11]}-{r[1]}-{r[2]}" for r in EXPECTED])
def test_claim_is_normalised(seed_claims, row):
    document, surface, subject, event, unit, low, high, qualifier, obj = row
    matches = [
        c
        for c in _figures(seed_claims[document])
        if c.evidence.text == surface and (c.subject.name if c.subject else None) == subject
    ]
    assert len(matches) == 1, matches
    claim = matches[0]
    assert claim.event == event
    assert claim.value is not None
    assert claim.value.unit == unit
    assert claim.value.qualifier == qualifier
    assert _close(claim.value.low, low), claim.value
    assert _close(claim.value.high, high), claim.value
    assert (claim.object.name if claim.object else None) == obj


def _one(claims: list[Claim], surface: str, subject: str) -> Claim:
    (claim,) = [c for c in claims if c.evidence.text == surface and c.subject and c.subject.name == subject]
    return claim


def test_openai_round_is_dated_by_the_section_lead_in_2024(seed_claims):
    claim = _one(seed_claims[DIGEST_2024], "$110 billion", "OpenAI")
    assert claim.time is not None
    assert (claim.time.year, claim.time.source) == (2024, "section")


def test_openai_round_is_dated_by_the_stated_present_in_2026(seed_claims):
    claim = _one(seed_claims[DIGEST_2026], "over $110 billion", "OpenAI")
    assert claim.time is not None
    assert (claim.time.year, claim.time.source) == (2026, "document")


def test_claims_outside_the_dated_section_take_the_document_present(seed_claims):
    claim = _one(seed_claims[DIGEST_2024], "$200 billion", "Micron")
    assert claim.time is not None
    assert (claim.time.year, claim.time.source) == (2024, "document")


@pytest.mark.parametrize("document,year", [(DIGEST_2024, 2024), (DIGEST_2026, 2026)])
def test_as_of_is_the_stated_present(seed_claims, document, year):
    stated = [c for c in seed_claims[document] if c.kind == "date" and c.event == "as-of"]
    assert [c.time.year for c in stated] == [year]
    assert stated[0].evidence.sentence.startswith(f"As of {year}")


def test_mwc_2026_is_an_event_year(seed_claims):
    (claim,) = [c for c in seed_claims[DIGEST_2024] if c.kind == "date" and c.event == "event"]
    assert claim.subject is not None and claim.subject.name == "MWC"
    assert claim.subject.type == "event"
    assert claim.time.year == 2026
    assert claim.tense != "future"


def test_in_2024_lead_is_a_period_claim(seed_claims):
    periods = [c for c in seed_claims[DIGEST_2024] if c.kind == "date" and c.event == "period"]
    assert [c.time.year for c in periods] == [2024]


def test_respectively_distributes_figures_over_names(seed_claims):
    japan = _one(seed_claims[DIGEST_2026], "more than $1.7 billion", "Japan")
    singapore = _one(seed_claims[DIGEST_2026], "$24 billion", "Singapore")
    assert japan.evidence.sentence == singapore.evidence.sentence


@pytest.mark.parametrize(
    "document,subject,value",
    [(DIGEST_2024, "Illumex", "IL"), (DIGEST_2026, "Rapidus", "US"), (DIGEST_2026, "Dyna.Ai", "SG")],
)
def test_nationality_is_an_attribute_claim(seed_claims, document, subject, value):
    attributes = [
        c for c in seed_claims[document] if c.kind == "attribute" and c.subject and c.subject.name == subject
    ]
    assert [(c.attribute.name, c.attribute.value) for c in attributes] == [("country", value)]


def test_saudi_commitments_have_distinct_purposes(seed_claims):
    sovereign = _one(seed_claims[DIGEST_2024], "$40 billion", "Saudi Arabia")
    space = _one(seed_claims[DIGEST_2026], "$3 billion", "Saudi Arabia")
    assert sovereign.purpose and "sovereign" in sovereign.purpose
    assert space.purpose and "space ventures" in space.purpose


def test_evidence_points_at_the_figure_in_the_file(seed_claims):
    for path, claims in seed_claims.items():
        lines = (ROOT / path).read_text(encoding="utf-8").split("\n")
        for claim in claims:
            loc = claim.evidence.location
            assert lines[loc.line - 1][loc.column - 1 :].startswith(claim.evidence.text.split("\n")[0])
