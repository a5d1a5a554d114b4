"""What ``--against`` reads of the corpus: the documents that can share a fact
or a pair of claims with the documents under review.

Every fact a rule builds is about one entity, and the store keeps a claim
under the names it gives (:func:`auditor.link.topic_keys`): so the corpus
documents that name the reviewed claims' entities (or a short form of them)
hold every claim their facts can contain. Rules that compare across subjects
also pair claims on a purpose word: documents sharing a word fewer documents
share than a crowd come too, with the whole facts of their claims (their
entities, a second time). Found from the store's key index; only the
documents found are decoded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from auditor.link import fold, topic_keys
from auditor.model import Claim, Document

from .partitions import RulePlan, needed_by
from .reading import StoredCorpus

# A purpose word shared by more documents than this, and than this share of
# the corpus's claims, is one attribution-conflict does not pair on alone
# (its "crowded" words); --against does not read the corpus through it.
CROWDED_DOCUMENTS = 200
CROWDED_SHARE = 0.02


def related_claims(
    corpus: StoredCorpus, read: Sequence[str], reviewed: Sequence[str], plan: RulePlan, claim_count: int
) -> tuple[list[Claim], list[Document]]:
    """The corpus claims (and their documents' records) that checking ``reviewed`` needs."""
    others = set(read) - set(reviewed)
    needed = needed_by(plan)
    mine = [claim for _, claims in corpus.each_document(reviewed) for claim in claims if needed(claim)]
    raw_names = {key for key in corpus.store.keys_of(reviewed) if key.startswith("name:")}
    keys = raw_names | entity_keys(mine) | {key for claim in mine for key in topic_keys(claim)}
    crowd = max(CROWDED_DOCUMENTS, CROWDED_SHARE * claim_count)
    paths: set[str] = set()
    for key, found in corpus.store.paths_by_key(keys).items():
        found &= others
        if not (key.startswith("word:") and len(found) > crowd):
            paths |= found
    claims, heads = _needed_claims(corpus, sorted(paths), needed)
    # Claims met through a word bring the whole facts they belong to.
    more_keys = entity_keys(claims) - keys
    if more_keys:
        more = set().union(set(), *corpus.store.paths_by_key(more_keys).values()) & others - paths
        more_claims, more_heads = _needed_claims(corpus, sorted(more), needed)
        claims += more_claims
        heads += more_heads
    return claims, heads


def entity_keys(claims: Sequence[Claim]) -> set[str]:
    """The store's name keys under which claims about the same entities are kept.

    The names the claims give (as resolved across the corpus), and the short
    forms that resolve to them (a full name's first word, its initials),
    under which other documents' claims about them are kept.
    """
    keys: set[str] = set()
    for claim in claims:
        for ref in (claim.subject, claim.object):
            if ref is None:
                continue
            name = fold(ref.name)
            keys.add(f"name:{name}")
            words = name.split()
            if len(words) > 1:
                keys.add(f"name:{words[0]}")
                keys.add("name:" + "".join(word[0] for word in words))
    return keys


def _needed_claims(
    corpus: StoredCorpus, paths: Sequence[str], needed: Callable[[Claim], bool]
) -> tuple[list[Claim], list[Document]]:
    claims: list[Claim] = []
    heads: list[Document] = []
    for row in corpus.rows(paths, with_heads=True):
        _, claims_of, head = corpus.decode(row)
        kept = [claim for claim in claims_of if needed(claim)]
        if kept and head is not None:
            claims += kept
            heads.append(head)
    return claims, heads
