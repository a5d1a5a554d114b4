"""Checks cut by scope (a document, a block of linked claims) find what they find on the whole corpus,
and neither the store nor worker processes change a finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.checks import EXECUTORS, SCOPES, run_checks, scope_of
from auditor.checks.evidence import sort_findings
from auditor.checks.facts import load_reference_facts
from auditor.checks.rulefile import load_rules
from auditor.engine import AuditOptions, audit
from auditor.extract import extract_document, load_knowledge
from auditor.link import linking_keys
from auditor.pipeline.partitions import blocks, plan_rules
from auditor.sources import list_sources, load_documents
from auditor.store import claims_fingerprint, open_store

REPO = Path(__file__).resolve().parents[1]
CORPORA = {
    "labelled": (REPO / "tests" / "corpus" / "documents", REPO / "tests" / "corpus" / "facts.yaml"),
    "seeds": (REPO / "sources", REPO / "rules" / "facts" / "seed-facts.yaml"),
}
RULES = load_rules()


def findings_citing(whole, path: str) -> list:
    """The whole check's findings that cite ``path``, as ``--against path``
    reports them: the reviewed document's evidence first."""
    return sort_findings(
        f.model_copy(update={"evidence": tuple(sorted(f.evidence, key=lambda e: e.path != path))})
        for f in whole.findings
        if any(e.path == path for e in f.evidence)
    )


def test_every_executor_declares_a_known_scope():
    for kind, executor in EXECUTORS.items():
        assert getattr(executor, "SCOPE", None) in SCOPES, kind


def test_the_plan_keeps_every_rule_once():
    plan = plan_rules(RULES)
    assert sorted(rule.id for rule in plan.rules) == sorted(rule.id for rule in RULES)
    assert {scope_of(rule) for rule in plan.document} <= {"document"}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_findings_cut_by_scope_are_the_findings_of_the_whole_corpus(name):
    folder, facts_path = CORPORA[name]
    loaded = load_documents([folder])
    facts = load_reference_facts(facts_path)
    knowledge = load_knowledge()
    claims = [claim for document in loaded.documents for claim in extract_document(document, knowledge).claims]
    whole = run_checks(RULES, claims, loaded.documents, facts)
    assert whole, "the corpus should have findings for this test to mean anything"
    result = audit(loaded, RULES, facts, AuditOptions())
    assert list(result.findings) == whole


def test_blocks_keep_every_keyed_claim_once_and_claims_of_a_key_together():
    loaded = load_documents([CORPORA["labelled"][0]])
    knowledge = load_knowledge()
    claims = [claim for document in loaded.documents for claim in extract_document(document, knowledge).claims]
    cut = blocks(claims)
    assert sorted(c.id for block in cut for c in block) == sorted(c.id for c in claims if linking_keys(c))
    home = {key: index for index, block in enumerate(cut) for c in block for key in linking_keys(c)}
    for index, block in enumerate(cut):
        assert all(home[key] == index for c in block for key in linking_keys(c))


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_findings_are_the_same_with_and_without_the_store_and_with_one_or_two_workers(tmp_path, monkeypatch, name):
    folder, facts_path = CORPORA[name]
    monkeypatch.chdir(folder.parent)
    facts = load_reference_facts(facts_path)
    sources = list_sources([folder.name])
    without = audit(sources, RULES, facts, AuditOptions(include_claims=True))
    results = {"without a store": without}
    for jobs in (1, 2):
        for state in ("cold", "warm"):
            cache = tmp_path / f"cache-{jobs}"
            with open_store(cache, claims_fingerprint()) as store:
                options = AuditOptions(store=store, jobs=jobs, parallel_threshold=2, include_claims=True)
                results[f"{state} store, --jobs {jobs}"] = audit(sources, RULES, facts, options)
    for label, result in results.items():
        assert result == without, label
    assert without.findings


def test_against_reads_only_related_documents_and_finds_what_the_whole_check_finds(tmp_path, monkeypatch):
    folder, facts_path = CORPORA["labelled"]
    monkeypatch.chdir(folder.parent)
    facts = load_reference_facts(facts_path)
    sources = list_sources([folder.name])
    whole = audit(sources, RULES, facts, AuditOptions())
    cited = sorted({e.path for f in whole.findings for e in f.evidence})
    assert len(cited) >= 10
    reviewed_paths = cited + [s.path for s in sources if s.path not in cited][:3]
    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        audit(sources, RULES, facts, AuditOptions(store=store))  # a warm store
        for path in reviewed_paths:
            partial = audit(sources, RULES, facts, AuditOptions(store=store, against_paths=frozenset({path})))
            assert list(partial.findings) == findings_citing(whole, path), path
            assert partial.errors == whole.errors  # unnamed reference facts too
            assert partial.documents == whole.documents
            assert partial.stats["claims"] == whole.stats["claims"]

        # Documents whose claims are read to check one document (without facts:
        # a fact no claim names sends a run through the corpus once).
        read: list[str] = []
        payloads = store.payloads

        def reading(paths, *columns):
            if "claims" in columns:
                read.extend(paths)
            return payloads(paths, *columns)

        monkeypatch.setattr(store, "payloads", reading)
        shares = []
        for path in reviewed_paths:
            read.clear()
            audit(sources, RULES, (), AuditOptions(store=store, against_paths=frozenset({path})))
            shares.append(len(set(read)) / len(sources))
    assert max(shares) < 1 and sum(shares) / len(shares) < 0.4, shares


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_claims_set_aside_and_checked_a_partition_at_a_time_give_the_same_report(tmp_path, monkeypatch, name):
    folder, facts_path = CORPORA[name]
    monkeypatch.chdir(folder.parent)
    facts = load_reference_facts(facts_path)
    sources = list_sources([folder.name])
    held = audit(sources, RULES, facts, AuditOptions(include_claims=True))
    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        aside = audit(sources, RULES, facts, AuditOptions(store=store, include_claims=True, spill_threshold=0))
        assert not list((tmp_path / "cache").glob("spill-*")), "the spill is deleted after the run"
    in_memory = audit(sources, RULES, facts, AuditOptions(include_claims=True, spill_threshold=0))
    assert aside == held == in_memory
    assert held.findings


@pytest.fixture(scope="module")
def synthetic_corpus(tmp_path_factory):
    """60 documents of the benchmarks' synthetic corpus: names and purpose words recur across them."""
    import sys

    sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
    from synthetic import corpus

    root = tmp_path_factory.mktemp("synthetic")
    for name, data in corpus(60):
        path = root / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    # The generated text keeps the lexicon's words and scrambles the rest, so
    # what it pairs changes with every lexicon edit: one sum credited to five
    # parties is written in, whatever the generator makes (after the generated
    # files, which the tests read first).
    for index, party in enumerate(("Copperline Mining", "Harbor Grid", "Kestrel Ports", "Nordvik Shipping", "Chile")):
        verb = "pledged" if party == "Chile" else "announced a plan to invest"
        (root / "corpus" / "written").mkdir(exist_ok=True)
        (root / "corpus" / "written" / f"{index}.txt").write_text(f"{party} {verb} $4.7 billion to modernise Chile's ports.\n")
    return root


@pytest.mark.parametrize("crowd", [4])
def test_against_counts_crowded_keys_over_the_whole_corpus(synthetic_corpus, tmp_path, monkeypatch, crowd):
    """attribution-conflict leaves out keys a crowd of claims shares: under
    --against the crowd is the corpus's (counted from the store's index), not
    that of the few claims read, so a key crowded in the corpus pairs nothing
    (at 4, the attribution conflicts of these documents are all crowded out)."""
    from auditor.checks import attribution_conflict

    monkeypatch.setattr(attribution_conflict, "_CROWDED_BLOCK", crowd)
    monkeypatch.chdir(synthetic_corpus)
    sources = list_sources(["corpus"])
    whole = audit(sources, RULES, (), AuditOptions())
    cited = sorted({e.path for f in whole.findings for e in f.evidence})
    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        monkeypatch.setattr(attribution_conflict, "_CROWDED_BLOCK", 200)
        paired = sorted({e.path for f in audit(sources, RULES, (), AuditOptions(store=store)).findings
                         for e in f.evidence if f.rule == attribution_conflict.KIND})  # fmt: skip
        monkeypatch.setattr(attribution_conflict, "_CROWDED_BLOCK", crowd)
        assert paired
        for path in sorted({*cited[:3], *paired[:4]}):
            partial = audit(sources, RULES, (), AuditOptions(store=store, against_paths=frozenset({path})))
            assert list(partial.findings) == findings_citing(whole, path), path


def test_against_takes_crowded_keys_from_the_counts_of_the_whole_corpus(synthetic_corpus, tmp_path, monkeypatch):
    """The crowded keys --against hands attribution-conflict are those a check
    of the whole corpus counts, for every key of the claims it reads."""
    from collections import Counter

    from auditor import engine
    from auditor.checks import CheckContext, attribution_conflict
    from auditor.checks.attribution_conflict import Parameters, collect, crowd_limit, entry_bucket, pairing_keys
    from auditor.pipeline.related import related_claims

    monkeypatch.setattr(attribution_conflict, "_CROWDED_BLOCK", 4)
    monkeypatch.chdir(synthetic_corpus)
    sources = list_sources(["corpus"])
    rule = next(rule for rule in RULES if rule.kind == attribution_conflict.KIND)
    params = Parameters.model_validate(rule.parameters)
    whole = audit(sources, RULES, (), AuditOptions(include_claims=True))
    totals: Counter = Counter()
    claims_in: Counter = Counter()
    for entry in collect(rule, params, CheckContext(claims=list(whole.claims))):
        if entry.value is not None:
            totals[entry.bucket] += 1
            claims_in.update((entry.bucket, key) for key in entry.topics)
    found = []
    monkeypatch.setattr(engine, "related_claims", lambda *args: found.append(related_claims(*args)) or found[-1])
    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        audit(sources, RULES, (), AuditOptions(store=store))
        verdicts = Counter()
        # What the generated text pairs changes with every lexicon edit: enough
        # of its files that some share crowded keys and some do not.
        for source in sources[:20]:
            audit(sources, RULES, (), AuditOptions(store=store, against_paths=frozenset({source.path})))
            crowded = found[-1].crowded[rule.id]
            for claim in found[-1].claims:
                bucket = entry_bucket(rule, params, params.link_options(), claim)
                for key in pairing_keys(claim, params) if bucket else ():
                    if key[0] in attribution_conflict.CROWDABLE:
                        expected = claims_in[(bucket, key)] > crowd_limit(totals[bucket])
                        assert (key in crowded.get(bucket, ())) == expected, (source.path, bucket, key)
                        verdicts[expected] += 1
    assert verdicts[True] and verdicts[False], verdicts


def test_against_counts_only_the_documents_of_the_run(synthetic_corpus, tmp_path, monkeypatch):
    """A store that also holds documents this run does not read (another corpus's,
    files since deleted): their claims are not counted in the corpus's crowds."""
    from auditor.checks import attribution_conflict

    monkeypatch.setattr(attribution_conflict, "_CROWDED_BLOCK", 12)
    monkeypatch.chdir(synthetic_corpus)
    everything = list_sources(["corpus"])
    sources = everything[: len(everything) // 2]
    whole = audit(sources, RULES, (), AuditOptions())
    monkeypatch.setattr(attribution_conflict, "_CROWDED_BLOCK", 200)
    paired = sorted({e.path for f in audit(sources, RULES, (), AuditOptions()).findings for e in f.evidence})
    monkeypatch.setattr(attribution_conflict, "_CROWDED_BLOCK", 12)
    assert paired
    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        audit(everything, RULES, (), AuditOptions(store=store))
        for path in paired[:6]:
            partial = audit(sources, RULES, (), AuditOptions(store=store, against_paths=frozenset({path})))
            assert list(partial.findings) == findings_citing(whole, path), path


def test_against_keeps_the_corpus_pairing_counts_and_counts_only_what_changed(synthetic_corpus, tmp_path, monkeypatch):
    """--against counts attribution-conflict's crowds over the whole corpus: a
    check of the corpus keeps those counts with the store; a run over the same
    documents and a new one counts only the new one from the index; a run after
    a corpus document changed counts everything again. Each time the counts are
    those of a count from scratch, and the findings those of the whole check."""
    import hashlib
    import shutil

    from auditor.pipeline import related
    from auditor.pipeline.related import PAIRING_COUNTS, pairing_counts

    shutil.copytree(synthetic_corpus / "corpus", tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    sources = list_sources(["corpus"])
    new = tmp_path / "new.txt"
    new.write_bytes((tmp_path / sources[7].path).read_bytes().replace(b" ", b"  ", 3))
    counted: list[list[str] | None] = []

    with open_store(tmp_path / "cache", claims_fingerprint()) as store:
        real = store.index_counts

        def index_counts(keys, paths=None):  # type: ignore[no-untyped-def]
            if list(keys) == ["*"]:
                counted.append(None if paths is None else sorted(paths))
            return real(keys, paths)

        monkeypatch.setattr(store, "index_counts", index_counts)

        def check(paths: list[str], reviewed: str) -> None:
            found = list_sources(paths)
            whole = audit(found, RULES, (), AuditOptions())
            counted.clear()
            partial = audit(found, RULES, (), AuditOptions(store=store, against_paths=frozenset({reviewed})))
            assert list(partial.findings) == findings_citing(whole, reviewed)
            calls = list(counted)
            read = {source.path for source in found}
            hashes = {path: hashlib.sha256(Path(path).read_bytes()).hexdigest() for path in read}
            # The counts kept or added to, against a count from scratch (which keeps nothing).
            assert sorted(pairing_counts(store, read, hashes), key=repr) == sorted(pairing_counts(store, read, None), key=repr)
            counted[:] = calls

        audit(sources, RULES, (), AuditOptions(store=store))
        assert store.table(PAIRING_COUNTS) is not None  # kept by the check of the corpus
        check(["corpus", "new.txt"], "new.txt")
        # The corpus's counts as kept, the new file's from the index (once for
        # each rule that pairs claims: attribution-conflict and deed-attribution-conflict).
        assert counted and all(paths == ["new.txt"] for paths in counted)

        changed = tmp_path / sources[3].path
        changed.write_bytes(changed.read_bytes() + b"\nThe board met on Monday.\n")
        check(["corpus", "new.txt"], "new.txt")
        assert counted and counted[0] is None  # counted again from the whole index
        assert related.PAIRING_COUNTS == PAIRING_COUNTS
