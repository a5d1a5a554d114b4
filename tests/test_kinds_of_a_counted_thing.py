"""A count of a thing and a count of its one kind ("12,500 extractors",
"9,400 honey extractors" of one supplier in one year) are one fact when no
claim names another kind and no document tells both; two kinds are never one
fact, nor a kind and the whole one report tells beside it. A number after a
count word is a model's ("five new 737 aircraft"), and "a small 15 seat
aircraft" counts seats. Documents of our own, audited end to end."""

from __future__ import annotations

from auditor.link import kind_of_thing, without_kind
from reading_helpers import findings

KIND = "Dalberg Imkertechnik sold 9,400 honey extractors in 2024, it said on Tuesday.\n"
THING = "Dalberg Imkertechnik sold 12,500 extractors in 2024, the trade blog said.\n"


def test_an_event_names_its_thing_and_the_kind_of_it_apart():
    assert (without_kind("extractor:honey sold"), kind_of_thing("extractor:honey sold")) == ("extractor sold", "honey")
    assert (without_kind("aircraft:narrowbody"), kind_of_thing("aircraft:narrowbody")) == ("aircraft", "narrowbody")
    assert (without_kind("employees"), kind_of_thing("employees")) == ("employees", None)


def test_a_count_of_a_thing_and_of_its_one_kind_are_one_fact():
    (found,) = findings("figure-mismatch", **{"a.txt": KIND, "b.txt": THING})
    assert {e.text for e in found.evidence} >= {"9,400 honey extractors", "12,500 extractors"}


def test_two_kinds_of_a_thing_are_two_facts():
    other = THING.replace("12,500 extractors", "12,500 radial extractors")
    assert findings("figure-mismatch", **{"a.txt": KIND, "b.txt": other}) == ()


def test_a_kind_and_the_whole_one_document_tells_beside_it_are_a_part_and_the_whole():
    both = "Dalberg Imkertechnik sold 15,000 extractors in 2024. It sold 9,400 honey extractors in 2024.\n"
    # The other story's count of all extractors agrees with the whole.
    assert findings("figure-mismatch", **{"a.txt": both, "b.txt": THING.replace("12,500", "15,000")}) == ()


def test_a_number_after_a_count_word_names_a_model_not_a_count():
    from auditor.extract import load_knowledge
    from reading_helpers import claims_of

    claims = claims_of("Skyline Air will buy five new 737 aircraft. It owns one of its 12 hangars.", load_knowledge())
    assert [c.evidence.text for c in claims if c.kind == "count"] == ["12 hangars"]


def test_after_an_article_a_number_and_a_singular_noun_describe_one_thing():
    from auditor.extract import load_knowledge
    from reading_helpers import claims_of

    claims = claims_of("Skyline Air began by flying a small 15 seat aircraft. It later added a record 12 aircraft.", load_knowledge())
    counted = {c.evidence.text: c.value.counted for c in claims if c.kind == "count"}
    assert counted == {"15 seat": "seats", "12 aircraft": "aircraft"}


def test_a_kind_far_below_the_thing_s_count_may_be_a_part_of_it():
    whole = "Brasco Cutlers trains 42 apprentices at its works, it said in 2025.\n"
    kind = "Brasco Cutlers trains twelve forging apprentices, the local paper said in 2025.\n"
    assert findings("figure-mismatch", **{"a.txt": whole, "b.txt": kind}) == ()
    near = kind.replace("twelve forging apprentices", "36 forging apprentices")
    assert len(findings("figure-mismatch", **{"a.txt": whole, "b.txt": near})) == 1


def test_an_article_of_another_noun_describes_no_count():
    from auditor.extract import load_knowledge
    from reading_helpers import claims_of

    claims = claims_of("A prank by three young kitchen staff closed the store.", load_knowledge())
    assert [c.value.counted for c in claims if c.kind == "count"] == ["young kitchen staff"]
