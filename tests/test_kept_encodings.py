"""The JSON report's claims, kept encoded in the claim store: a report over the
same documents, code and short forms reads them instead of decoding the
claims, and is byte for byte the report made without them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from auditor.checks.rulefile import load_rules
from auditor.engine import AuditOptions, audit
from auditor.pipeline import kept_encodings, reading
from auditor.reporters import render
from auditor.sources import list_sources
from auditor.store import FILE_NAME, claims_fingerprint, open_store

RULES = load_rules()
A = "Nordvik Shipping raised $245 million in funding in 2019 to build electric ferries.\n"
B = "Nordvik Shipping raised $90 million in funding in 2019 to build electric ferries.\n"
C = "Lakeside Hospital received a $48 million grant in 2021.\nLakeside Hospital received a $12 million grant in 2021.\n"
D = "Lakeside Hospital said in 2024 that it had received a $48 million grant in 2019.\n"


def write(folder: Path, **texts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def report(folder: Path, cache: Path | None, include_claims: bool = False) -> str:
    """The JSON report of a folder, with a store in ``cache`` (None: in memory)."""
    options = AuditOptions(include_claims=include_claims)
    if cache is None:
        return render(audit(list_sources([folder]), RULES, (), options), "json")
    with open_store(cache, claims_fingerprint(None)) as store:
        result = audit(list_sources([folder]), RULES, (), AuditOptions(store=store, include_claims=include_claims))
    return render(result, "json")


@pytest.fixture()
def decoded(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The paths whose claims the report decodes, a call at a time."""
    calls: list[list[str]] = []
    original = reading.StoredCorpus.each_document

    def each_document(self, paths):  # type: ignore[no-untyped-def]
        calls.append(list(paths))
        return original(self, paths)

    monkeypatch.setattr(reading.StoredCorpus, "each_document", each_document)
    return calls


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return write(tmp_path / "corpus", **{"a.txt": A, "b.txt": B, "c.txt": C, "d.txt": D})


def test_a_second_report_over_the_same_documents_decodes_no_claim(corpus, tmp_path, decoded):
    first = report(corpus, tmp_path / "cache")
    assert decoded, "the first report reads the claims"
    assert '"claims":[\n' in first  # the findings cite documents with claims
    decoded.clear()
    again = report(corpus, tmp_path / "cache")
    assert decoded == []
    assert again == first == report(corpus, None)


def test_a_changed_document_is_decoded_again_alone(corpus, tmp_path, decoded, monkeypatch):
    monkeypatch.setattr(kept_encodings, "CHUNK", 1)  # a row per document
    report(corpus, tmp_path / "cache")
    write(corpus, **{"b.txt": B.replace("$90 million", "$95 million")})
    decoded.clear()
    changed = report(corpus, tmp_path / "cache")
    assert [Path(p).name for call in decoded for p in call] == ["b.txt"]
    assert changed == report(corpus, None)
    assert "$95 million" in changed


def test_the_reports_of_different_documents_keep_rows_of_their_own(corpus, tmp_path, decoded):
    # The cited documents and every document take the same rows in turn:
    # each report is still the one made without the store.
    for include_claims in (False, True, False, True):
        assert report(corpus, tmp_path / "cache", include_claims) == report(corpus, None, include_claims)


def test_a_change_of_code_or_short_forms_makes_them_again(corpus, tmp_path, decoded, monkeypatch):
    first = report(corpus, tmp_path / "cache")
    monkeypatch.setattr(reading, "package_fingerprint", lambda: "another version of the code")
    decoded.clear()
    assert report(corpus, tmp_path / "cache") == first
    assert decoded, "rows kept under other code are not used"
    # A new document gives a name its short form now stands for.
    write(corpus, **{"e.txt": "Nordvik Shipping Group was founded in 1990.\n"})
    decoded.clear()
    assert report(corpus, tmp_path / "cache") == report(corpus, None)
    assert decoded


def test_a_damaged_row_is_made_again_and_said(corpus, tmp_path):
    first = report(corpus, tmp_path / "cache")
    with sqlite3.connect(tmp_path / "cache" / FILE_NAME) as connection:
        changed = connection.execute(
            "UPDATE corpus_tables SET data = ? WHERE name LIKE 'encoded-claims:%'", (b"not what was kept",)
        ).rowcount
    assert changed == 1
    with open_store(tmp_path / "cache", claims_fingerprint(None)) as store:
        result = audit(list_sources([corpus]), RULES, (), AuditOptions(store=store))
    assert render(result, "json") == first
    assert any("encoded claims kept in encoded-claims:" in notice and "made again" in notice
               for notice in result.claims.notices)  # type: ignore[union-attr]  # fmt: skip
    assert report(corpus, tmp_path / "cache") == first


def test_held_claims_are_encoded_as_they_are():
    # Without a store on disk the claims are held; the default of
    # ClaimSource.encoded applies the function to each.
    from auditor.model import ClaimSource

    class Listed(ClaimSource):
        def __init__(self, items: tuple) -> None:
            self.items = items

        def __iter__(self):  # type: ignore[no-untyped-def]
            return iter(self.items)

        def __len__(self) -> int:
            return len(self.items)

    assert list(Listed((1, 2, 3)).encoded("double", lambda claim: claim * 2)) == [2, 4, 6]  # type: ignore[arg-type, operator]
