"""Identical statements compared once (auditor/checks/statements.py) find
exactly what the plain loop over every pair of claims finds.

The plain forms below are the loops the checks ran before statements were
collapsed; they call the checks' own pair tests, so a change to what a check
compares is a change to both, and only the way pairs are met is held here.
"""

from __future__ import annotations

import bisect
import random
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.checks import EXECUTORS, CheckContext, attribution_conflict, figure_mismatch, run_rule, year_mismatch
from auditor.checks.evidence import applies, claim_order, claims_of_pairs
from auditor.checks.rulefile import load_rules
from auditor.checks.statements import Statements, relation, statement
from auditor.extract import extract_document, load_knowledge
from auditor.model import Claim, Document
from auditor.sources import load_documents, parse_document

REPO = Path(__file__).resolve().parents[1]
# The default pack's rule of each kind named as the kind (attribution-conflict
# also has deed-attribution-conflict, a rule of counts, with other parameters).
RULES = {rule.kind: rule for rule in load_rules() if rule.id == rule.kind}
KNOWLEDGE = load_knowledge()

# Lines whose claims conflict in every way the pairwise checks compare, each
# told many times: in one sentence, in one document, across documents.
LINES = (
    "Acme Robotics raised $5 million in a Series A round led by Beta Capital in 2024.",
    "Acme Robotics raised $7 million in a Series A round led by Beta Capital in 2024.",
    "Acme Robotics raised $5 million in 2023.",
    "Nordvolt raised $12.5 million in 2023 to build a battery plant.",
    "Nordvolt raised $12.5 million in 2024 to build a battery plant.",
    "Reliance pledged $110.5 billion for sovereign AI data centres.",
    "India pledged $110.5 billion for sovereign AI data centres.",
    "Brazil pledged $110.5 billion for sovereign AI data centres in 2025.",
    "# Acme Robotics raised $9 million",
    "Kessmar was founded in March 2020.",
)


def repeated_corpus(seed: int, documents: int = 12) -> list[Document]:
    """Documents telling the lines again and again, some twice in a sentence."""
    rng = random.Random(seed)
    parsed = []
    for number in range(documents):
        paragraphs = []
        for _ in range(rng.randint(1, 6)):
            sentences = [rng.choice(LINES).lstrip("# ") for _ in range(rng.randint(1, 3))]
            paragraphs.append(" ".join(sentences))
        if rng.random() < 0.3:
            paragraphs.insert(0, rng.choice(LINES[8:9]))
        parsed.append(parse_document(f"d{number:02d}.md", ("\n\n".join(paragraphs) + "\n").encode()))
    return parsed


def corpus_claims(documents: list[Document]) -> list[Claim]:
    return [claim for document in documents for claim in extract_document(document, KNOWLEDGE).claims]


def _load(folder: Path) -> list[Document]:
    return list(load_documents([folder]).documents)


CORPORA = {
    "labelled": lambda: _load(REPO / "tests" / "corpus" / "documents"),
    "seeds": lambda: _load(REPO / "sources"),
    **{f"repeated-{seed}": (lambda seed=seed: repeated_corpus(seed)) for seed in range(4)},
}


# --------------------------------------------------------------------------- the plain forms


def plain_figure_mismatch(rule, params, context):  # type: ignore[no-untyped-def]
    for fact in context.facts(params.link_options()):
        claims = sorted((c for c in fact.claims if c.value is not None and applies(rule, c)), key=claim_order)
        pairs = [(a, b) for a, b in combinations(claims, 2) if figure_mismatch.disagree(a, b, params)]
        if not pairs:
            continue
        yield figure_mismatch.finding(rule, fact, claims_of_pairs(pairs), *pairs[0])


def plain_year_mismatch(rule, params, context):  # type: ignore[no-untyped-def]
    strength = year_mismatch._strength
    documents = context.documents_by_id
    for fact in context.facts(params.link_options()):
        claims = sorted(
            (c for c in fact.claims if c.value and c.time and c.lasts in (None, "one-off") and applies(rule, c)),
            key=claim_order,
        )
        pairs = [(a, b) for a, b in combinations(claims, 2) if year_mismatch.misdated(a, b, params)]
        if not pairs:
            continue
        first, second = max(pairs, key=lambda pair: (strength(pair[0]) + strength(pair[1]), -pairs.index(pair)))
        yield year_mismatch.finding(rule, params, fact, claims_of_pairs(pairs), first, second, documents)


def plain_candidate_pairs(entries):  # type: ignore[no-untyped-def]
    """Every pair of entries that share a topic key and whose figures may be one."""
    blocks, slack = defaultdict(list), {}
    for index, entry in enumerate(entries):
        if entry.value is None:
            continue
        slack[index] = entry.slack
        for key in entry.topics:
            blocks[key].append((entry.value, index))
    crowded = max(attribution_conflict._CROWDED_BLOCK, int(attribution_conflict._CROWDED_SHARE * len(slack)))
    pairs = set()
    for key, block in blocks.items():
        if len(block) < 2 or (key[0] in ("word", "place", "context") and len(block) > crowded):
            continue
        block.sort()
        values = [value for value, _ in block]
        for value, i in block:
            low, high = bisect.bisect_left(values, value - slack[i]), bisect.bisect_right(values, value + slack[i])
            pairs.update((min(i, j), max(i, j)) for _, j in block[low:high] if j != i)
    return sorted(pairs)


def plain_attribution_conflict(rule, params, context):  # type: ignore[no-untyped-def]
    options = params.link_options()
    stop = frozenset(params.purpose_stop_words)
    by_id = {claim.id: claim for claim in context.claims}
    buckets = defaultdict(list)
    for entry in sorted(attribution_conflict.collect(rule, params, context), key=lambda entry: entry.order):
        buckets[entry.bucket].append(entry)
    reported, found = set(), []
    for key in sorted(buckets):
        entries = buckets[key]
        for i, j in plain_candidate_pairs(entries):
            pair = tuple(sorted((entries[i].fact_key, entries[j].fact_key)))
            if pair in reported:
                continue
            a, b = by_id[entries[i].claim_id], by_id[entries[j].claim_id]
            topic = attribution_conflict._topic_of_conflict(a, b, params, options, stop)
            if topic is None:
                continue
            reported.add(pair)
            found.append((entries[i], entries[j], key[0], topic))
    common = attribution_conflict._without_common_figures(found, params)
    yield from (
        attribution_conflict._finding(rule, by_id[a.claim_id], by_id[b.claim_id], event, topic)
        for a, b, event, topic in common
    )


# --------------------------------------------------------------------------- the checks against them

PLAIN_FORMS = {
    "figure-mismatch": plain_figure_mismatch,
    "year-mismatch": plain_year_mismatch,
    "attribution-conflict": plain_attribution_conflict,
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request):  # type: ignore[no-untyped-def]
    documents = CORPORA[request.param]()
    return documents, corpus_claims(documents)


@pytest.mark.parametrize("kind", sorted(PLAIN_FORMS))
def test_a_check_finds_what_the_loop_over_every_pair_finds(corpus, kind: str) -> None:  # type: ignore[no-untyped-def]
    documents, claims = corpus
    rule = RULES[kind]
    params = EXECUTORS[kind].Parameters.model_validate(rule.parameters)
    context = CheckContext(claims=claims, documents=documents)
    assert run_rule(rule, context) == list(PLAIN_FORMS[kind](rule, params, context))


def test_the_repeated_corpora_hold_conflicts_of_every_kind() -> None:
    """The corpora above are no empty test: each check finds something in
    them, citing claims stated more than once."""
    documents = [d for seed in range(4) for d in repeated_corpus(seed)]
    context = CheckContext(claims=corpus_claims(documents), documents=documents)
    for kind in PLAIN_FORMS:
        findings = run_rule(RULES[kind], context)
        assert findings, kind
        # (figure-mismatch cites one statement of each value, so no repeat.)
        assert any(len({e.text for e in f.evidence}) < len(f.evidence) for f in findings) or kind in ("attribution-conflict", "figure-mismatch")


# --------------------------------------------------------------------------- statements, with any pair test


def _claims(layout: list[tuple[int, int, int]]) -> list[Claim]:
    """Claims of a few statements placed in documents and sentences: (statement, document, sentence)."""
    template = next(c for c in corpus_claims([parse_document("t.txt", (LINES[0] + "\n").encode())]) if c.value)
    claims = []
    for number, (said, document, sentence) in enumerate(layout):
        evidence = template.evidence.model_copy(
            update={
                "doc_id": f"doc{document}",
                "sentence_start": sentence * 100,
                "location": template.evidence.location.model_copy(update={"path": f"doc{document}.txt", "start": number}),
            }
        )
        claims.append(
            template.model_copy(update={"id": f"c{number}", "doc_id": f"doc{document}", "evidence": evidence, "purpose": f"p{said}"})
        )
    return sorted(claims, key=claim_order)


layouts = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), st.integers(0, 2)), max_size=24)
# Answers of a pair test by (first statement, second statement, relation).
tables = st.dictionaries(st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(0, 2)), st.booleans())


@settings(max_examples=300, deadline=None)
@given(layout=layouts, table=tables, among=tables)
def test_statements_meet_the_pairs_the_plain_loop_meets(layout, table, among) -> None:  # type: ignore[no-untyped-def]
    claims = _claims(layout)

    def said(claim: Claim) -> int:
        return int(claim.purpose[1:])  # type: ignore[index]

    def test(a: Claim, b: Claim) -> bool:
        return table.get((said(a), said(b), relation(a, b)), False)

    def accepted(a: Claim, b: Claim) -> bool:
        return among.get((said(a), said(b), relation(a, b)), True)

    plain = [(a, b) for a, b in combinations(claims, 2) if test(a, b)]
    pairs = Statements(claims).pairs_where(test)
    assert pairs.involved() == claims_of_pairs(plain)
    assert pairs.any() == bool(plain)
    assert pairs.first() == (plain[0] if plain else None)
    assert pairs.first(among=accepted) == next((pair for pair in plain if accepted(*pair)), None)
    kinds = {(said(a), said(b), relation(a, b)) for a, b in plain}
    assert {(said(a), said(b), relation(a, b)) for a, b in pairs.kinds()} == kinds


def test_a_statement_leaves_out_only_where_it_was_stated() -> None:
    claims = corpus_claims([parse_document("a.txt", (LINES[0] + "\n\n" + LINES[0] + "\n").encode())])
    money = [c for c in claims if c.value is not None]
    assert len(money) == 2 and money[0] != money[1]
    assert statement(money[0]) == statement(money[1])
    assert statement(money[0]) != statement(money[0].model_copy(update={"purpose": "another purpose"}))
    assert statement(money[0]) != statement(money[0].model_copy(update={"in_heading": True}))
    quantity = money[0].value.model_copy(update={"precision": 1.0})  # type: ignore[union-attr]
    assert statement(money[0]) != statement(money[0].model_copy(update={"value": quantity}))
