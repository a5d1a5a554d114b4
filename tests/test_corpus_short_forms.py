"""The corpus's short-form table answers as the lead's expansion_in does, name by name."""

from __future__ import annotations

import pickle
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.corpus import ShortForms, names_of
from auditor.document.coreference import expansion_in
from auditor.extract import extract_document, load_knowledge
from auditor.sources import load_documents

REPO = Path(__file__).resolve().parents[1]


def corpus_names() -> list[tuple[str, str]]:
    loaded = load_documents([REPO / "tests" / "corpus" / "documents", REPO / "sources"])
    return sorted({pair for d in loaded.documents for pair in names_of(extract_document(d, load_knowledge()))})


NAMES = corpus_names()


def test_every_word_and_initials_of_the_corpus_expand_as_expansion_in_says():
    forms = ShortForms(NAMES)
    shorts = {word for name, written in NAMES for text in (name, written) for word in text.split()}
    shorts |= {"".join(w[0] for w in text.split()) for name, written in NAMES for text in (name, written)}
    assert len(shorts) > 50
    assert any(forms.expansion(short) for short in shorts)
    for short in sorted(shorts):
        assert forms.expansion(short) == expansion_in(short, forms.names), short


_WORDS = st.sampled_from(["Alverna", "Rail", "Systems", "ARS", "Halvard", "Capital", "Minerals", "HC", "alverna", "QDC"])
_NAME = st.lists(_WORDS, min_size=1, max_size=3).map(" ".join)
_NAMES = st.lists(_NAME, max_size=6)  # a corpus's names
_MORE = st.lists(_NAME, max_size=3)  # a new file's names


def _pairs(names):  # type: ignore[no-untyped-def]
    """Names as written and as full names, every other one written in capitals."""
    return [(name, name.upper() if i % 2 else name) for i, name in enumerate(names)]


@settings(max_examples=200, deadline=None)
@given(_NAMES, _WORDS)
def test_any_table_expands_as_expansion_in(names, short):
    pairs = _pairs(names)
    forms = ShortForms(pairs)
    assert forms.expansion(short) == expansion_in(short, forms.names)


@settings(max_examples=200, deadline=None)
@given(_NAMES, _MORE, _WORDS)
def test_a_table_grown_with_more_names_is_the_table_of_all_of_them(names, more, short):
    # What --against does with the corpus's stored table: the new file's names are added to it.
    pairs = _pairs(names)
    extra = [(name, name) for name in more]
    whole, grown = ShortForms(pairs + extra), ShortForms(pairs).with_names(extra)
    assert (grown.names, grown.full) == (whole.names, whole.full)
    assert grown.expansion(short) == whole.expansion(short) == expansion_in(short, whole.names)


def test_growing_a_table_leaves_it_as_it_was():
    table = ShortForms([("Halvard Capital", "Halvard Capital")])
    assert table.expansion("Halvard") == "Halvard Capital"
    grown = table.with_names([("Halvard Minerals", "Halvard Minerals")])
    assert grown.expansion("Halvard") is None  # two full names could be meant
    assert table.expansion("Halvard") == "Halvard Capital" and table.names == [("Halvard Capital", "Halvard Capital")]


@settings(max_examples=200, deadline=None)
@given(_NAMES, _MORE, _WORDS)
def test_a_table_kept_and_read_back_answers_as_it_did(names, more, short):
    # The store keeps the table pickled, packed; --against reads it back and grows it.
    pairs = _pairs(names)
    extra = [(name, name) for name in more]
    whole = ShortForms(pairs + extra)
    for table in (ShortForms(pairs), ShortForms(pairs).with_names(extra)):
        back = pickle.loads(pickle.dumps(table))
        assert back.expansion(short) == table.expansion(short)
        assert (back.names, back.full) == (table.names, table.full)
        grown = pickle.loads(pickle.dumps(table)).with_names(extra)
        assert grown.expansion(short) == whole.expansion(short)
        assert (grown.names, grown.full) == (whole.names, whole.full)


def test_a_table_whose_names_hold_its_separator_is_kept_whole():
    table = ShortForms([("Halvard\x00 Capital", "Halvard\x00 Capital"), ("Ostra Lidden", "Ostra Lidden")])
    back = pickle.loads(pickle.dumps(table))
    assert back.names == table.names and back.expansion("Halvard\x00") == "Halvard\x00 Capital"
    assert back.expansion("Ostra") == "Ostra Lidden"


def test_one_name_written_two_ways_is_one_name():
    # One story writes "Ostrel Pumpen GmbH", another "Ostrel Pumpen": "Ostrel" stands for that one name.
    pairs = [("Ostrel Pumpen", "Ostrel Pumpen GmbH"), ("Ostrel Pumpen", "Ostrel Pumpen")]
    assert ShortForms(pairs).expansion("Ostrel") == "Ostrel Pumpen"
    assert ShortForms(pairs[:1]).with_names(pairs[1:]).expansion("Ostrel") == "Ostrel Pumpen"
    assert expansion_in("Ostrel", pairs) == "Ostrel Pumpen"
    assert ShortForms([*pairs, ("Ostrel Bank", "Ostrel Bank")]).expansion("Ostrel") is None


def test_a_name_written_by_the_word_it_ends_on_is_the_one_two_word_name_it_closes():
    from auditor.model import EntityRef

    forms = ShortForms([("Tužkárna Vltava", "Tužkárna Vltava a.s."), ("Pneus Valcourt", "Pneus Valcourt"), ("Orla Vltava", "Orla Vltava")])
    table = ShortForms([("Tužkárna Vltava", "Tužkárna Vltava a.s."), ("Pneus Valcourt", "Pneus Valcourt")])

    def resolved(forms, name):
        return forms._resolved(EntityRef(name=name, type="organisation", surface=name)).name

    assert resolved(table, "Vltava") == "Tužkárna Vltava"
    assert resolved(table, "Valcourt") == "Pneus Valcourt"
    assert resolved(forms, "Vltava") == "Vltava"  # two names end on it: neither
    assert resolved(table, "Pneus") == "Pneus Valcourt"  # the first word, as before


def test_a_short_name_of_several_words_is_the_full_name_a_document_says_it_stands_for():
    from auditor.model import STANDS_FOR, EntityRef

    own_report = (
        "---\ntitle: Van Hoek Juwelen NV annual report 2024\nsource: Van Hoek Juwelen NV, investor relations\n---\n"
        "Van Hoek Juwelen NV sells jewellery. I am proud that Van Hoek grew in 2024. "
        "Van Hoek Deutschland GmbH, our German subsidiary, had sales of EUR 96 million.\n"
    )
    names = names_of(extract_document(load_documents_text("report.md", own_report), load_knowledge()))
    assert ("Van Hoek", STANDS_FOR + "Van Hoek Juwelen") in names  # its own report says who "Van Hoek" is
    assert ("Van Hoek", STANDS_FOR + "Van Hoek Deutschland") not in names

    def resolved(forms, name):
        return forms._resolved(EntityRef(name=name, type="organisation", surface=name)).name

    table = ShortForms([*names, ("Van Hoek", "Van Hoek")])  # a feature that only writes "Van Hoek"
    assert resolved(table, "Van Hoek") == "Van Hoek Juwelen"
    # Two documents that say it stands for two names: neither.
    assert resolved(ShortForms([*names, ("Van Hoek", STANDS_FOR + "Van Hoek Deutschland")]), "Van Hoek") == "Van Hoek"


def load_documents_text(name: str, text: str):
    from auditor.sources import parse_document

    return parse_document(name, text.encode())
