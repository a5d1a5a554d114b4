"""Names in a sentence: gazetteer aliases, capitalised names, possessives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.extract.attributes import attribute_cues, may_state_attribute
from auditor.extract.entities import _NAME_RUN, _alias_matcher, find_entities, load_gazetteer, name_runs
from auditor.extract.numbers import trie_pattern

EXACT = ["US", "EU", "AMD", "U.S.", "X"]
LOOSE = ["Nvidia", "Northwind Traders", "Israel", "Israeli", "xAI", "eBay"]


def _reference(exact: list[str], loose: list[str]) -> re.Pattern[str]:
    """The alias search as one alternation with a look-behind: slow but plain."""
    initials = "".join(sorted({re.escape(w[0]) for w in exact + loose}))
    return re.compile(
        rf"(?<![\w.])(?=[{initials}])"
        rf"(?:{trie_pattern(sorted(set(exact)))}|(?i:{trie_pattern(sorted({w.lower() for w in loose}))}))"
        r"(?![\w]|\.\w)"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nvidia and NVIDIA and NVidia", ["Nvidia", "NVIDIA", "NVidia"]),
        ("nvidia is not a listed spelling", []),  # first letter as listed
        ("the US and us", ["US"]),  # short aliases only as written
        ("U.S. chips", ["U.S."]),
        ("USA is not US", ["US"]),  # no partial words
        ("MegaNvidia", []),  # not inside a word
        ("Israeli startup", ["Israeli"]),  # the longest alias wins
        ("Northwind Traders' depot", ["Northwind Traders"]),
        ("xAI and eBay", ["xAI", "eBay"]),
        ("X said", ["X"]),  # a one-letter alias
        ("www.Nvidia.com", []),
    ],
)
def test_alias_spans(text, expected):
    matcher = _alias_matcher(EXACT, LOOSE)
    assert [text[s:e] for s, e in matcher.spans(text)] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(EXACT + LOOSE + ["nvidia", "NVIDIA", " ", ".", "a", "'s", "-", "_", "9"]), max_size=12))
def test_alias_spans_equal_the_plain_alternation(parts):
    text = "".join(parts)
    matcher = _alias_matcher(EXACT, LOOSE)
    assert matcher.spans(text) == [m.span() for m in _reference(EXACT, LOOSE).finditer(text)]


def test_possessive_and_capitalised_names():
    gazetteer = load_gazetteer()
    mentions = find_entities("Nvidia's deal with Harbor Logistics closed.", gazetteer)
    by_surface = {m.surface: m for m in mentions}
    assert by_surface["Nvidia"].possessive and by_surface["Nvidia"].known
    assert by_surface["Harbor Logistics"].type == "organisation"
    assert not by_surface["Harbor Logistics"].known


def test_heading_keeps_only_known_names():
    gazetteer = load_gazetteer()
    mentions = find_entities("Nvidia Buys Harbor Logistics", gazetteer, heading=True)
    assert [m.surface for m in mentions] == ["Nvidia"]


def _has_demonym_plainly(text: str, demonyms) -> bool:
    return any(word.casefold() in demonyms for word in re.findall(r"\b[A-Z][\w.]*", text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Israeli startup", True),
        ("ISRAELI startup", True),
        ("the Israeli-backed fund", True),
        ("an israeli startup", False),  # a demonym is a capitalised word
        ("Israelis", False),
        ("XIsraeli", False),
        ("Israeli.", False),  # the whole capitalised run must be the demonym
    ],
)
def test_has_demonym(text, expected):
    gazetteer = load_gazetteer()
    assert gazetteer.has_demonym(text) is expected
    assert _has_demonym_plainly(text, gazetteer.demonyms) is expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Israeli", "ISRAELI", "israeli", "Japanese", "X", " ", ".", "-", "s", "9", "_"]), max_size=10))
def test_has_demonym_misses_nothing_the_word_by_word_test_finds(parts):
    # A pre-filter may say yes more often ("Israeli.Israeli"), never less.
    text = "".join(parts)
    gazetteer = load_gazetteer()
    if _has_demonym_plainly(text, gazetteer.demonyms):
        assert gazetteer.has_demonym(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(["Israeli", "ISRAELI", "Japanese", "founded", "based", "-based", "owned", "X", ".", "-", "9"]),
            max_size=6,
        ).map(" ".join),
        min_size=1,
        max_size=4,
    )
)
def test_attribute_cues_of_a_whole_text_agree_with_each_span_alone(parts):
    # The first pass finds cues once per document; a sentence has one when a
    # cue lies wholly inside it, exactly when the sentence alone passes.
    gazetteer = load_gazetteer()
    text = " ".join(parts)
    cues = attribute_cues(text, gazetteer)
    start = 0
    for part in parts:
        end = start + len(part)
        inside = any(start <= a and b <= end for a, b in cues)
        assert inside is may_state_attribute(part, gazetteer)
        start = end + 1


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.text(max_size=80),
        st.lists(
            st.sampled_from(["xAI", "eBay", "abC", "Acme", "AT&T", "Dyna.Ai", " of ", " ", "the", "maxAI", "-", ".", "9", "é", "É", "\n", "Ab", "easyJet", "sevenlettersJet", "_"]),
            max_size=12,
        ).map("".join),
    )
)
def test_name_runs_are_the_runs_the_plain_pattern_finds(text):
    assert [m.span() for m in name_runs(text)] == [m.span() for m in _NAME_RUN.finditer(text)]


def test_countries_joined_by_an_ampersand_are_two_countries():
    found = find_entities("It owns shops in Sweden & Denmark and in the United Kingdom of Great Britain.", load_gazetteer())
    assert [m.surface for m in found if m.type == "country"][:2] == ["Sweden", "Denmark"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shares of easyJet rose while iPhone sales fell.", ["easyJet", "iPhone"]),
        ("The brochure said lowercasewordsXyz is no name.", ["Xyz"]),  # a long lower-case run is no prefix
    ],
)
def test_a_name_opening_in_lower_case_is_read_whole(text, expected):
    assert [m.surface for m in find_entities(text, load_gazetteer())] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fares at Air Canada and Bank Negara Malaysia rose.", ["Air Canada", "Bank Negara Malaysia"]),
        ("In Canada, fares rose.", ["Canada"]),  # a function word before a country is no name
    ],
)
def test_a_country_after_a_word_of_a_name_is_part_of_the_name(text, expected):
    assert [m.surface for m in find_entities(text, load_gazetteer())] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Moss, Pike and Quell (MPQ) won the audit.", ["Moss, Pike and Quell", "MPQ"]),
        ("Moss, Pike & Quell (MPQ) won the audit.", ["Moss, Pike & Quell", "MPQ"]),
        ("Moss, Pike and Quell (XYZ) won the audit.", ["Moss", "Pike", "Quell", "XYZ"]),  # other initials: three names
        ("Pike and Quell (PQ) won.", ["Pike and Quell", "PQ"]),
    ],
)
def test_names_listed_before_their_bracketed_initials_are_one_firm(text, expected):
    assert [m.surface for m in find_entities(text, load_gazetteer(), tentative=True)] == expected


def test_an_alias_that_opens_a_longer_name_does_not_swallow_a_sibling_company():
    gazetteer = load_gazetteer()
    found = {m.surface: m.known for m in find_entities("Reliance Communications gained while Reliance and Reliance Industries fell.", gazetteer)}
    assert found == {"Reliance Communications": False, "Reliance": True, "Reliance Industries": True}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crews landed in Tulsa, Oklahoma Thursday night.", "Oklahoma"),
        ("Halbrook Mills Tuesday said it would cut jobs.", "Halbrook Mills"),
        ("Minister Gwen May spoke on Friday.", "Minister Gwen May"),
    ],
)
def test_a_day_after_a_name_is_no_part_of_it_unless_it_is_a_named_day(text, expected):
    surfaces = [m.surface for m in find_entities(text, load_gazetteer())]
    assert expected in surfaces or any(s.endswith(expected) for s in surfaces), surfaces
    assert not any(s.endswith((" Thursday", " Tuesday")) for s in surfaces)


@pytest.mark.parametrize(
    "text", ["Stores opened early for Black Friday this year.", "The Boxing Day floods hit Leeds.", "Sales rose on New Year's Eve."]
)
def test_a_named_day_is_neither_a_name_nor_cut_to_one(text):
    # A named day is when, never who: neither "Black Friday" nor "Black" is a name.
    surfaces = [m.surface for m in find_entities(text, load_gazetteer())]
    assert not any(s.split()[0] in ("Black", "Boxing", "New") for s in surfaces), surfaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Owner Harwick Steel employs 4,000 people.", "Harwick Steel"),
        ("Administrators Brenna Partners are working to sell the chain.", "Brenna Partners"),
    ],
)
def test_a_role_that_opens_a_sentence_is_no_part_of_the_name_after_it(text, expected):
    surfaces = [m.surface for m in find_entities(text, load_gazetteer())]
    assert expected in surfaces, surfaces


def test_a_country_code_ending_a_models_code_is_no_country():
    from auditor.extract.entities import find_entities, load_gazetteer

    gazetteer = load_gazetteer()
    found = find_entities("The order for four AURA-NG satellites and two KX-US engines was signed.", gazetteer)
    assert all(m.type != "country" for m in found)
    assert [m.type for m in find_entities("The Anglo-US deal was signed in Nigeria.", gazetteer) if m.surface == "Nigeria"] == ["country"]


def test_a_suffix_that_lost_its_last_full_stop_is_folded_away():
    from auditor.extract.entities import fold

    suffixes = frozenset({"B.V.", "S.A."})
    assert fold("Orvella Data B.V", suffixes) == fold("Orvella Data B.V.", suffixes) == "orvella data"
    assert fold("Tamarugal Resources S.A", suffixes) == "tamarugal resources"


def test_a_name_in_capitals_on_a_letterhead_takes_the_case_the_text_writes_it_in():
    from auditor.document import build_model
    from auditor.extract import load_knowledge
    from auditor.sources import parse_document

    text = b"KELSO FOODS PLC\nHalf-year results\n\nLEEDS, 24 July 2025 - Kelso Foods today reports its results.\n"
    model = build_model(parse_document("a.txt", text), load_knowledge())
    assert model.entities[model.topic].name == "Kelso Foods"


def test_a_short_form_of_a_name_opened_by_a_designator_is_its_second_word():
    from auditor.document import build_model
    from auditor.extract import load_knowledge
    from auditor.sources import parse_document

    def merged(text):
        model = build_model(parse_document("a.md", text.encode()), load_knowledge())
        return {e.name: model.entities[e.merged_into].name for e in model.entities if e.merged_into is not None}

    # "Pellard" after "Grupo Pellard" is that group's short name...
    assert merged("# Grupo Pellard\n\nGrupo Pellard sells tiles.\n\nPellard closed 2024 well.\n") == {"Pellard": "Grupo Pellard"}
    # ... and with "Pellard Norte" named too it is still the group's: the
    # whole of the group's name after "Grupo", not the start of another's ...
    assert merged("# Grupo Pellard\n\nPellard closed 2024 well. Pellard Norte opened a plant.\n") == {"Pellard": "Grupo Pellard"}
    # ... even told alone before the group is named, as in a note that names it only in its table.
    assert merged("Pellard closed 2024 well. Pellard sold more tiles.\n\n| Company | Sales |\n|---|---|\n| Grupo Pellard | 120 |\n") == {"Pellard": "Grupo Pellard"}
    # Two names a short form opens, with no designator, leave it alone.
    assert merged("# Pellard Sur\n\nPellard closed 2024 well. Pellard Norte opened a plant.\n") == {}


def test_names_open_on_any_european_capital():
    from auditor.extract import load_knowledge
    from auditor.extract.entities import find_entities

    gazetteer = load_knowledge().gazetteer
    found = [m.surface for m in find_entities("Orvell opened a plant in Łódź and one near Šiauliai for Ørsted.", gazetteer)]
    assert {"Łódź", "Šiauliai", "Ørsted"} <= set(found)


def test_a_hyphenated_name_keeps_its_accented_part():
    from auditor.extract import load_knowledge
    from auditor.extract.entities import find_entities

    found = [m.surface for m in find_entities("Orvell is building a plant in San-Pédro this year.", load_knowledge().gazetteer)]
    assert "San-Pédro" in found


def test_a_preposition_that_opens_a_title_is_no_part_of_a_name():
    from auditor.document import build_model
    from auditor.extract import load_knowledge
    from auditor.sources import parse_document

    text = "---\ntitle: \"Inside Přerov: a wagon works bets on robots\"\ndate: 2025-10-01\n---\n\n# Inside Přerov: a wagon works bets on robots\n\nBeyond Ostrava the plant employs 1,900 people.\n"
    model = build_model(parse_document("a.md", text.encode()), load_knowledge())
    names = {e.name for e in model.entities}
    assert "Inside Přerov" not in names and "Beyond Ostrava" not in names


def test_a_deed_that_opens_a_timeline_entry_is_no_part_of_the_name_after_it():
    from auditor.document import build_model
    from auditor.extract import load_knowledge
    from auditor.sources import parse_document

    text = "# Sollara at a glance\n\n- 2019: Founded in Turin\n- 2022: Acquired Brenner Liftdienst (Austria)\n- 2024: Opened Verona Works\n"
    model = build_model(parse_document("a.md", text.encode()), load_knowledge())
    names = {e.name for e in model.entities}
    assert {"Brenner Liftdienst", "Verona Works"} <= names
    assert not any(name.startswith(("Acquired", "Opened")) for name in names)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Germany-based Linamar bought 12 stores in 2019.", "Linamar"),
        ("He said U.S.-based Corvane Systems bought 12 stores.", "Corvane Systems"),
        ("Canada-listed Brekka Mining paid $40 million.", "Brekka Mining"),
    ],
)
def test_a_name_after_a_country_s_home_cue_is_found(text, name):
    found = find_entities(text, load_gazetteer())
    assert name in [m.surface for m in found]
    assert [m.type for m in found][0] == "country"  # the cue's country stays a country, its home
