from __future__ import annotations

from claim_fixtures import FAMILIES, claim, money

from auditor.link import LinkOptions, link

OPTIONS = LinkOptions(families=FAMILIES)


def _raise(amount: float, year: int | None, path: str, subject: str = "Acme", **kw):
    text = f"{subject} raised ${amount / 1e6:g} million in funding."
    return claim(text, f"${amount / 1e6:g} million", path=path, value=money(amount), subject=subject,
                 event=kw.pop("event", "funding-round"), year=year, **kw)


def test_same_subject_and_family_link_across_documents():
    a = _raise(50e6, 2021, "a.txt")
    b = _raise(50e6, 2022, "b.txt", event="capital-inflow")
    facts = link([a, b], OPTIONS)
    assert len(facts) == 1
    assert {c.id for c in facts[0].claims} == {a.id, b.id}


def test_different_subjects_never_link():
    facts = link([_raise(50e6, 2021, "a.txt"), _raise(50e6, 2021, "b.txt", subject="Beta")], OPTIONS)
    assert len(facts) == 2


def test_different_figure_and_different_year_are_different_rounds():
    facts = link([_raise(50e6, 2021, "a.txt"), _raise(90e6, 2023, "b.txt")], OPTIONS)
    assert len(facts) == 2


def test_different_figure_same_year_stay_one_fact():
    facts = link([_raise(50e6, 2021, "a.txt"), _raise(90e6, 2021, "b.txt")], OPTIONS)
    assert len(facts) == 1


def test_different_objects_split_and_an_ambiguous_claim_joins_neither():
    a = _raise(50e6, 2021, "a.txt", obj="Brightwell")
    b = _raise(50e6, 2021, "b.txt", obj="Copperline")
    c = _raise(50e6, 2021, "c.txt")  # could be either round: compared with neither
    facts = link([a, b, c], OPTIONS)
    assert sorted(len(f.claims) for f in facts) == [1, 1, 1]


def test_a_claim_that_says_less_joins_the_one_fact_it_fits():
    a = _raise(50e6, 2021, "a.txt", obj="Brightwell")
    c = _raise(50e6, 2021, "c.txt")
    facts = link([a, c], OPTIONS)
    assert [len(f.claims) for f in facts] == [2]


def test_grouping_does_not_depend_on_the_order_of_files():
    claims = [
        _raise(50e6, 2021, "a.txt", obj="Brightwell"),
        _raise(60e6, 2021, "b.txt"),
        _raise(50e6, 2022, "c.txt"),
        _raise(90e6, 2023, "d.txt", obj="Copperline"),
        _raise(90e6, 2023, "e.txt"),
    ]
    expected = sorted(sorted(c.id for c in f.claims) for f in link(claims, OPTIONS))
    for rotation in range(1, len(claims)):
        shuffled = claims[rotation:] + claims[:rotation]
        assert sorted(sorted(c.id for c in f.claims) for f in link(list(reversed(shuffled)), OPTIONS)) == expected


def test_round_labels_split():
    a = claim("Acme raised $20 million in a Series A round.", "$20 million", path="a.txt",
              value=money(20e6), subject="Acme", event="funding-round")
    b = claim("Acme raised $20 million in a Series B round.", "$20 million", path="b.txt",
              value=money(20e6), subject="Acme", event="funding-round")
    assert len(link([a, b], OPTIONS)) == 2


def test_a_linker_shared_by_two_linkings_links_as_each_alone():
    """Rules that link with different family tables share one Linker (their
    check context's): the rounds it read and the blocks both form alike are
    read once, and each linking's facts are those it makes alone."""
    from auditor.link import Linker

    claims = [
        claim(f"Acme raised $20 million in a Series {letter} round.", "$20 million", path=f"{letter}.txt",
              value=money(20e6), subject="Acme", event=event)
        for letter in "AB" for event in ("funding-round", "capital-inflow")
    ] + [_raise(20e6, 2021, "c.txt"), _raise(20e6, 2021, "d.txt", subject="Beta", event="pledge"),
         _raise(20e6, 2021, "e.txt", subject="Beta", event="investment")]
    linker = Linker()
    for options in (OPTIONS, LinkOptions(), LinkOptions(families={"commitment": ("pledge",)}), OPTIONS):
        assert linker.link(claims, options) == link(claims, options)


def test_dissimilar_purposes_split_similar_join():
    a = _raise(50e6, 2021, "a.txt", purpose="to build electric ferries")
    b = _raise(50e6, 2021, "b.txt", purpose="building electric ferries for the fjords")
    c = _raise(50e6, 2021, "c.txt", purpose="cancer research hospital wing")
    facts = link([a, b, c], OPTIONS)
    assert sorted(len(f.claims) for f in facts) == [1, 2]


def test_claims_without_subject_or_event_are_not_linked():
    a = _raise(50e6, 2021, "a.txt")
    nameless = claim("Someone raised $5 million.", "$5 million", value=money(5e6), event="funding-round")
    eventless = claim("Acme: $5 million.", "$5 million", value=money(5e6), subject="Acme")
    facts = link([a, nameless, eventless], OPTIONS)
    assert [len(f.claims) for f in facts] == [1]


def test_keys_and_order_are_deterministic_under_reordering():
    claims = [_raise(50e6, 2021, "a.txt"), _raise(90e6, 2023, "b.txt"), _raise(50e6, 2021, "c.txt", subject="Beta"),
              _raise(7e6, 2020, "d.txt", event="acquisition")]
    forward = link(claims, OPTIONS)
    backward = link(list(reversed(claims)), OPTIONS)
    assert [f.key for f in forward] == [f.key for f in backward]
    assert [[c.id for c in f.claims] for f in forward] == [[c.id for c in f.claims] for f in backward]
    assert len({f.key for f in forward}) == len(forward)


def test_claims_of_one_fact_share_their_linking_key_under_the_options_they_were_linked_with():
    from auditor.link import linking_keys

    a = _raise(50e6, 2021, "a.txt", subject="Acme Corp")
    b = _raise(90e6, 2021, "b.txt", subject="acme  corp", event="capital-inflow")
    other = _raise(50e6, 2021, "c.txt", subject="Beta")
    for options in (OPTIONS, LinkOptions()):
        for fact in link([a, b, other], options):
            assert len({key for c in fact.claims for key in linking_keys(c, options)}) == 1, fact
    assert linking_keys(_raise(50e6, 2021, "a.txt", event=None)) == ()


def test_a_claim_and_the_claims_it_can_be_linked_with_share_a_name_key():
    # The claim store finds a block's claims by the names of store_keys:
    # a fact's entity is its claims' subject (or object, for takeovers).
    from auditor.link import store_keys

    a = _raise(50e6, 2021, "a.txt", subject="Acme Corp")
    b = _raise(90e6, 2021, "b.txt", subject="acme  corp", event="capital-inflow")
    assert {k for k in store_keys(a) if k.startswith("ent:")} & set(store_keys(b))


def _meeting_keys(claim):
    """A claim's store keys as attribution-conflict's topics: a subject, an object
    or another party of the sentence are all names."""
    from auditor.link import store_keys

    names = {"ent": "name", "rel": "name", "ctx": "context"}
    return {names.get(key.split(":", 1)[0], key.split(":", 1)[0]) + ":" + key.split(":", 1)[1]
            for key in store_keys(claim) if ":" in key}  # fmt: skip


def test_attribution_conflict_pairs_only_claims_that_share_a_topic_key():
    # The claim store finds a new document's partners by store_keys: every
    # pair the check considers must share one, and be kept with a pairing
    # figure in each other's window.
    from collections import defaultdict
    from pathlib import Path

    from auditor.checks import CheckContext
    from auditor.checks.attribution_conflict import Parameters, _statement_pairs, collect, value_window
    from auditor.checks.rulefile import load_rules
    from auditor.extract import extract_document, load_knowledge
    from auditor.link import pairing_value, store_keys
    from auditor.sources import load_documents

    rule = next(r for r in load_rules() if r.kind == "attribution-conflict")
    params = Parameters.model_validate(rule.parameters)
    root = Path(__file__).resolve().parents[1]
    loaded = load_documents([root / "tests" / "corpus" / "documents", root / "sources"])
    claims = [c for d in loaded.documents for c in extract_document(d, load_knowledge()).claims]
    by_id = {claim.id: claim for claim in claims}
    buckets = defaultdict(list)
    for entry in sorted(collect(rule, params, CheckContext(claims=claims)), key=lambda e: e.order):
        buckets[entry.bucket].append(entry)
    pairs = []
    for bucket in buckets.values():
        # Each claim a statement of its own: the pairs of statements are the pairs of claims.
        members = [[position] for position, entry in enumerate(bucket) if entry.value is not None]
        pairs += [(bucket[members[x][0]], bucket[members[y][0]]) for x, y in _statement_pairs(bucket, members)]
    assert pairs
    for a, b in pairs:
        first, second = by_id[a.claim_id], by_id[b.claim_id]
        assert _meeting_keys(first) & _meeting_keys(second), (a.claim_id, b.claim_id)
        assert "*" in store_keys(first) and "*" in store_keys(second)
        low, high = value_window(pairing_value(first))
        assert low <= pairing_value(second) <= high


def test_two_buyers_of_one_target_for_one_figure_are_two_facts():
    """Blocked on their target, takeovers by two buyers are compared by buyer
    too: stating the same figure does not make them one statement."""
    a = _raise(5e9, 2021, "a.txt", subject="Alpha", obj="Target", event="acquisition")
    b = _raise(5e9, 2021, "b.txt", subject="Beta", obj="Target", event="acquisition")
    c = _raise(5e9, 2021, "c.txt", subject="Alpha", obj="Target", event="acquisition")
    facts = link([a, b, c], OPTIONS)
    assert sorted(sorted(claim.id for claim in fact.claims) for fact in facts) == sorted([sorted([a.id, c.id]), [b.id]])


def test_claims_of_one_signature_are_compatible_with_the_same_claims():
    """Identical statements are compared through their first one: the
    signature holds everything compatibility reads, so each claim of a
    signature agrees with every other claim exactly as its first one does."""
    import itertools
    import re as regex

    from auditor.link import DEFAULT_ROUND_PATTERN, _signature, compatible

    pattern = regex.compile(DEFAULT_ROUND_PATTERN, regex.IGNORECASE)
    variants = [
        _raise(amount, year, f"{n}.txt", subject=subject, obj="Target", event=event, purpose=purpose, lasts=lasts, tense=tense)
        for n, (amount, year, subject, event, purpose, lasts, tense, _told) in enumerate(itertools.product(
            (5e9, 7e9),
            (2021, 2022),
            ("Alpha", "Beta"),
            ("acquisition", "pledge"),
            ("to build ferries", "for space"),
            ("one-off", "periodic", "stock", "volatile"),
            ("past", "future"),  # read when a claim fits two facts: in the signature
            ("once", "again"),  # the same statement in two documents: one signature
        ))
    ]
    options = LinkOptions(families=FAMILIES)
    by_signature = {}
    for variant in variants:
        by_signature.setdefault(_signature(variant, pattern), []).append(variant)
    assert max(len(same) for same in by_signature.values()) > 1
    for same in by_signature.values():
        first = same[0]
        for other, claim_ in itertools.product(variants, same[1:]):
            assert compatible(claim_, other, options, pattern) == compatible(first, other, options, pattern)
            assert compatible(other, claim_, options, pattern) == compatible(other, first, options, pattern)


def test_a_balance_with_one_partner_is_not_the_balance_with_the_world():
    def deficit(amount: float, path: str, partner: str | None = None):
        text = f"Norland's trade deficit{' with ' + partner if partner else ''} reached ${amount / 1e9:g} billion."
        return claim(text, f"${amount / 1e9:g} billion", path=path, value=money(amount), subject="Norland",
                     event="trade-balance", obj=partner, year=2024, lasts="periodic")

    facts = link([deficit(40e9, "a.txt", "Kestria"), deficit(95e9, "b.txt"), deficit(41e9, "c.txt", "Kestria")], OPTIONS)
    assert sorted(len(f.claims) for f in facts) == [1, 2]


def test_names_fold_without_their_accents():
    from auditor.link import fold

    assert fold("Nestlé  S.A.") == fold("Nestle S.A.") == "nestle s.a."
    assert fold("Union Fédérale") == "union federale"
    assert fold(None) == ""


def test_one_targets_takeover_dated_across_a_new_year_is_one_deal():
    """Agreed in one year and completed in the next: one price, whoever dates
    it; two years apart, two deals (a failed bid, a later buyer)."""
    agreed = _raise(2.6e9, 2024, "a.txt", obj="Target", event="acquisition")
    completed = _raise(2.4e9, 2025, "b.txt", obj="Target", event="acquisition")
    assert len(link([agreed, completed], OPTIONS)) == 1
    later = _raise(3.1e9, 2027, "c.txt", obj="Target", event="acquisition")
    assert len(link([agreed, later], OPTIONS)) == 2


def test_orders_for_two_models_are_two_facts_even_with_a_plain_count_between_them():
    from auditor.model import Quantity

    def orders(n: int, path: str, purpose: str | None):
        value = Quantity(kind="count", value=n, low=n, high=n, unit="count", qualifier="exact", precision=0.5, counted="orders")
        sentence = f"Arlo Aero has {n} orders" + (f" for {purpose}." if purpose else ".")
        return claim(sentence, f"{n} orders", path=path, kind="count", value=value, subject="Arlo Aero", event="order",
                     purpose=purpose, lasts="stock", qualifiers={"scope": "cumulative"})

    facts = link([orders(5, "a.txt", "the AX-200LR"), orders(237, "b.txt", "the AX-87"), orders(677, "c.txt", None)], LinkOptions())
    assert not [f for f in facts if {c.evidence.text for c in f.claims} >= {"5 orders", "237 orders"}]


def test_a_claim_that_says_only_what_for_never_bridges_a_table_s_years():
    from auditor.model import Quantity

    def towers(n: int, year: int | None, path: str, purpose: str | None = None):
        value = Quantity(kind="count", value=n, low=n, high=n, unit="count", qualifier="exact", precision=0.5, counted="towers")
        return claim(f"Kilima owns {n} towers.", f"{n} towers", path=path, kind="count", value=value, subject="Kilima",
                     event="tower", year=year, purpose=purpose, lasts="stock")

    facts = link([towers(4050, 2023, "a.txt"), towers(4300, 2024, "a.txt"), towers(6000, None, "b.txt", "three countries")], LinkOptions())
    assert not [f for f in facts if {c.evidence.text for c in f.claims} >= {"4050 towers", "4300 towers"}]
