"""The document model: names with kinds, entities, references resolved in
reading order, topics. Every text here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def model_of(text: str, knowledge, path: str = "doc.txt"):
    return build_model(parse_document(path, text.encode("utf-8")), knowledge)


def resolved(model) -> list[tuple[str, str | None]]:
    """(surface, entity name) of every description and pronoun, in order."""
    out = []
    for sentence in model.sentences:
        for reference in sentence.references:
            entity = model.entity(reference.entity)
            out.append((reference.surface, entity.name if entity else None))
    return out


def kinds(model) -> dict[str, str]:
    return {e.name: e.kind for e in model.entities if e.merged_into is None}


# ------------------------------------------------------------------ names and kinds


def test_kinds_come_from_titles_places_nouns_and_name_heads(knowledge):
    model = model_of(
        "Chief executive Marta Ilves said Corrin Capital will back the Vallo Ridge wind farm. "
        "The fund also owns a cement plant in Rotterdam and a depot near Fenmouth.",
        knowledge,
    )
    found = kinds(model)
    assert found["Marta Ilves"] == "person"
    assert found["Corrin Capital"] == "organisation"
    assert found["Vallo Ridge"] == "facility"
    assert found["Rotterdam"] == "facility"  # a plant known by its place


def test_a_country_word_before_a_name_joins_it_only_when_the_name_ends_like_an_organisation(knowledge):
    found = kinds(
        model_of(
            "The Irish carrier Norwegian Fjord Airways cut routes. Canada Brenna Tollis spoke. "
            "Shares of Royal Bank of Scotland Group fell after Swedish Chancellor Ilka Varn spoke.",
            knowledge,
        )
    )
    assert found["Norwegian Fjord Airways"] == "organisation"
    assert "Brenna Tollis" in found and "Canada Brenna Tollis" not in found  # a country, then a person: two names
    assert "Royal Bank of Scotland" in found  # a country after "of" is part of the name
    assert found["Ilka Varn"] == "person"
    assert "Swedish Chancellor Ilka Varn" not in found


def test_a_title_inside_a_run_of_names_splits_it_and_a_middle_initial_joins_it(knowledge):
    found = kinds(
        model_of("Quillon Bank CEO Dorian K. Vesk wrote to Treasury Secretary Amal R. Noor. Secretary Noor replied.", knowledge)
    )
    assert found["Quillon Bank"] == "organisation"
    assert found["Dorian K. Vesk"] == "person"
    assert found["Amal R. Noor"] == "person"
    assert "Quillon Bank CEO Dorian K" not in found


def test_a_place_alone_is_a_place_and_a_region_hides_its_country(knowledge):
    found = kinds(model_of("In North America, Tallis Grain opened an office in Lyon.", knowledge))
    assert found["Lyon"] == "place"
    assert found["North America"] == "place"
    assert "United States" not in found


def test_a_sentence_opening_common_word_is_no_name(knowledge):
    model = model_of("Shareholders received a dividend. Figures released on Monday were weak. Orvane Labs grew.", knowledge)
    found = kinds(model)
    assert "Shareholders" not in found and "Figures" not in found
    assert "Orvane Labs" in found


def test_an_opening_word_the_document_also_writes_in_lower_case_is_that_word(knowledge):
    model = model_of("Crude rose 4% on Monday. Traders bought crude and Tollery Oil sold it. Tollery grew.", knowledge)
    found = kinds(model)
    assert "Crude" not in found and "Tollery Oil" in found


def test_an_opening_word_with_a_common_noun_s_ending_is_no_name(knowledge):
    model = model_of("Inflation has reached 13.1%. Corvane Bank raised rates.", knowledge)
    assert "Inflation" not in kinds(model) and "Corvane Bank" in kinds(model)


def test_a_capitalised_adjective_alone_names_nothing(knowledge):
    model = model_of("Turnout in the 2013 Federal election reached 81%.", knowledge)
    assert "Federal" not in kinds(model)


def test_a_demonym_before_an_airline_army_or_police_word_opens_the_name(knowledge):
    model = model_of("Korean Air paid $20 million and the British Army bought 30 trucks.", knowledge)
    found = kinds(model)
    assert "Korean Air" in found and "British Army" in found


def test_a_title_narrowed_by_a_word_after_a_name_makes_it_a_person(knowledge):
    model = model_of(
        '"We have one process," said Maren van Dijk, sustainability director at Holt Bikes. '
        "Holt Bikes hired Brell Foods, including its founder. Tova Lind, chief executive of Ardent Labs, will become chair.",
        knowledge,
    )
    found = kinds(model)
    assert found["Maren van Dijk"] == "person"
    assert found["Brell Foods"] != "person"  # "including its founder" is no title of it
    assert found["Ardent Labs"] != "person"  # "will become chair" neither


def test_an_occupation_before_a_name_is_a_title(knowledge):
    model = model_of("Actor Brenna Holt bought the house for $3 million.", knowledge)
    assert kinds(model) == {"Brenna Holt": "person"}


def test_an_opening_word_met_once_that_says_how_things_stand_is_no_name(knowledge):
    model = model_of("Greenfell Farms runs three farms.\n\nScale is still modest. The company runs 40 shops.", knowledge)
    assert "Scale" not in kinds(model)
    assert ("The company", "Greenfell Farms") in resolved(model)
    # A name with a capital inside it is a name, met once or not.
    model = model_of("The minister spoke.\n\nOrvaNet is still growing, he said.", knowledge)
    assert "OrvaNet" in kinds(model)


def test_a_lone_opening_word_is_a_name_when_the_document_shows_it(knowledge):
    model = model_of("Pellworth Bakeries opened a store. Pellworth runs 40 shops.", knowledge)
    (entity,) = [e for e in model.entities if e.merged_into is None]
    assert entity.name == "Pellworth Bakeries" and "pellworth" in entity.aliases


def test_an_x_based_cue_is_no_part_of_the_name_but_its_home(knowledge):
    model = model_of("Lisbon-based Carvo Engenharia won the contract.", knowledge)
    (entity,) = [e for e in model.entities if e.name.startswith("Carvo")]
    assert entity.name == "Carvo Engenharia" and entity.home == "PT"


# ------------------------------------------------------------------ short forms, acronyms, definitions


def test_short_forms_acronyms_and_defined_names_join_their_entity(knowledge):
    model = model_of(
        'Meridian Rail Systems ("Meridian" or "the Group") signed a deal. Meridian grew. '
        "Analysts say MRS will grow faster. Later the Group hired 40 engineers.",
        knowledge,
    )
    full = next(e for e in model.entities if e.name == "Meridian Rail Systems")
    assert {"meridian", "mrs", "group"} <= full.aliases
    names = [model.entities[e].name for s in model.sentences for e in s.name_entities]
    assert set(names) == {"Meridian Rail Systems"}  # "the Group" included


def test_a_short_form_two_names_share_stays_apart(knowledge):
    model = model_of("Brannock Foods and Brannock Mills merged. Brannock grew.", knowledge)
    assert "Brannock" in kinds(model)


# ------------------------------------------------------------------ descriptions and pronouns


def test_a_description_takes_the_entity_its_cues_fit(knowledge):
    model = model_of(
        "Swedish fund Arlen Partners agreed to buy Cortado Clinics, the Spanish hospital operator. "
        "The Madrid-based operator runs 12 hospitals. The Swedish investor already owns 9% of it.",
        knowledge,
    )
    refs = dict((s, n) for s, n in resolved(model) if s.startswith("The"))
    assert refs["The Madrid-based operator"] == "Cortado Clinics"
    assert refs["The Swedish investor"] == "Arlen Partners"


def test_a_description_opening_a_clause_of_telling_after_a_place_describes_the_teller(knowledge):
    model = model_of(
        "Marvane Pumps will build a depot near Tarragona, the Danish company said on Monday. The company employs 800 people.",
        knowledge,
    )
    assert ("The company", "Marvane Pumps") in resolved(model)
    tarragona = next(e for e in model.entities if e.name == "Tarragona")
    assert "company" not in tarragona.descriptors and tarragona.home is None


def test_it_before_a_verb_in_ing_is_the_company_and_after_a_telling_government_is_its_country(knowledge):
    model = model_of(
        "Tarn Steel can make 800,000 tonnes a year. It is spending EUR 60 million to lift output. "
        "It is expected to report a loss.",
        knowledge,
    )
    assert [n for s, n in resolved(model) if s == "It"] == ["Tarn Steel"]  # the second "It" is no one
    model = model_of("Orla Group makes trucks. Norway announced that it is planning to sell its stake.", knowledge)
    assert ("it", "Norway") in resolved(model)


def test_they_after_a_fronted_together_or_year_is_the_company_that_opened_the_sentence_before(knowledge):
    model = model_of("Greenfell Farms runs three farms. Together they harvested 900 tonnes of greens.", knowledge)
    assert ("they", "Greenfell Farms") in resolved(model)
    model = model_of("Greenfell Farms runs three farms. In 2024 they shipped 900 tonnes.", knowledge)
    assert ("they", "Greenfell Farms") in resolved(model)
    # Not after a sentence some company does not open, and never an "it".
    model = model_of("Workers at Greenfell Farms met. Together they wrote a letter.", knowledge)
    assert ("they", "Greenfell Farms") not in resolved(model)
    model = model_of("Greenfell Farms is a grower. In 2005 it lost $16 million.", knowledge)
    assert ("it", "Greenfell Farms") in resolved(model)


def test_a_description_two_entities_fit_equally_stays_unresolved(knowledge):
    model = model_of("Orla Logistics and Brisk Freight met in June. The company said little.", knowledge)
    assert ("The company", None) in resolved(model)


def test_a_pronoun_takes_the_subject_before_it_and_an_object_pronoun_never_its_own_subject(knowledge):
    model = model_of(
        "Hesketh Foods owns a mill. It employs 300 people. When Varga Group agreed to buy it, staff were told.",
        knowledge,
    )
    pronouns = [(s, n) for s, n in resolved(model) if s.lower() == "it"]
    assert pronouns == [("It", "Hesketh Foods"), ("it", "Hesketh Foods")]


def test_first_person_in_a_quotation_is_the_speaker_not_the_page_owner(knowledge):
    model = model_of(
        'Network | Dunlow Transit\n\nDunlow Transit runs buses. We carry 2 million riders. '
        '"Our fleet is old," said Ian Marr of Kelso Coaches.\n',
        knowledge,
    )
    refs = resolved(model)
    assert ("We", "Dunlow Transit") in refs
    # The speaker's "Our" is the company the speaker is "of", never the page's.
    assert ("Our", "Dunlow Transit") not in refs
    assert ("Our", "Kelso Coaches") in refs


# ------------------------------------------------------------------ topics


def test_a_bold_lead_in_or_a_label_is_the_topic_of_its_block(knowledge):
    text = (
        "# Weekly\n\n- **Tarrow Energy** — The utility raised prices.\n"
        "- Selby Point: the plant delivers 300 MW.\n"
    )
    model = model_of(text, knowledge, "news.md")
    topics = {s.span.text.split()[0]: model.entity(s.topic).name for s in model.sentences if s.topic is not None}
    assert topics["Tarrow"] == "Tarrow Energy"
    assert topics["Selby"] == "Selby Point"
    assert ("The utility", "Tarrow Energy") in resolved(model)
    assert ("the plant", "Selby Point") in resolved(model)


def test_an_about_section_is_about_its_entity(knowledge):
    text = "Fenwick Tiles had a good year.\n\nAbout Fenwick Tiles\n\nIt employs 900 people.\n"
    model = model_of(text, knowledge)
    last = model.sentences[-1]
    assert model.entity(last.topic).name == "Fenwick Tiles"


def test_a_dateline_is_read_and_its_place_is_no_party(knowledge):
    model = model_of("LEEDS, Jan 7, 2025 (Trade Wire) - Harcourt Glass said on Tuesday it would cut jobs.", knowledge)
    dateline = model.layout.dateline
    assert dateline is not None and (dateline.date.year, dateline.date.month) == (2025, 1)
    assert "LEEDS" not in kinds(model)


def test_a_wire_dateline_below_a_line_with_the_date_is_the_dateline(knowledge):
    text = "Harcourt Glass to cut jobs\n\n7 January 2025\n\nLEEDS, Jan 7 (Trade Wire) - Harcourt Glass said it would cut 300 jobs.\n"
    model = model_of(text, knowledge)
    dateline = model.layout.dateline
    assert dateline is not None and model.document.text[dateline.place_start : dateline.place_end] == "LEEDS"
    # The line above gives the year the wire's dateline does not.
    assert dateline.date_value == dt.date(2025, 1, 7)
    assert "LEEDS" not in kinds(model)


def test_a_name_of_several_words_owning_a_thing_is_no_description(knowledge):
    text = "Harcourt Vets runs clinics. In May it won a contract to look after the Danish Road Authority's service dogs."
    model = model_of(text, knowledge)
    # "the Danish Road Authority's service" is the authority's, not a description of Harcourt Glass.
    assert not any(surface.startswith("the Danish") for surface, _ in resolved(model))
    chip = model_of("Kelvar Chips makes chips. The world's largest chipmaker fell 3%.", knowledge)
    assert ("The world's largest chipmaker", "Kelvar Chips") in resolved(chip)


def test_a_table_row_is_read_cell_by_cell(knowledge):
    text = "| Firm | Staff |\n|---|---|\n| Ardley Mills Group | 400 |\n"
    model = model_of(text, knowledge, "t.md")
    row = next(s for s in model.sentences if "Ardley" in s.span.text)
    assert [n.surface for n in row.names] == ["Ardley Mills Group"]
    assert row.in_table


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kasmo Motors hired 300 engineers in Taveira, Portugal, in May.\n", "place"),
        # A plant's town, with its country after it, is the plant ("its new
        # mill in Lycksele"): the country says where the town is.
        ("Kasmo Motors opened a plant in Taveira, Portugal, in May.\n", "facility"),
    ],
)
def test_a_name_written_with_its_country_after_in_is_a_place_unless_a_plant_stands_there(text, kind):
    from auditor.document import build_model
    from auditor.extract import load_knowledge
    from auditor.sources import parse_document

    model = build_model(parse_document("a.txt", text.encode()), load_knowledge())
    kinds = {name.surface: name.kind for sentence in model.sentences for name in sentence.names}
    assert kinds["Taveira"] == kind


def test_new_opens_a_name_before_a_capitalised_word(knowledge):
    model = model_of("New research shows the New Harbour Exchange fell 3%.", knowledge)
    assert "New Harbour Exchange" in kinds(model) and "Harbour Exchange" not in kinds(model)


def test_a_demonym_before_a_name_of_several_words_opens_it_unless_a_title_follows(knowledge):
    model = model_of("The Finnish Kennel Club met. Danish Minister Lene Holt spoke.", knowledge)
    found = kinds(model)
    assert "Finnish Kennel Club" in found and found.get("Lene Holt") == "person"


def test_a_table_row_s_label_holding_a_name_among_other_words_is_a_line_item():
    from auditor.extract.tables import _names_the_row

    assert _names_the_row("Vireo Hospitals (Spain)", "Vireo Hospitals")
    assert not _names_the_row("Children, Schools and Families", "Schools")


def test_a_demonym_before_a_name_with_its_legal_suffix_stays_a_demonym(knowledge):
    found = kinds(model_of("Canadian Brevard Media Inc. will buy a radio group.", knowledge))
    assert "Brevard Media" in found and not any(name.startswith("Canadian") for name in found)


def test_a_short_name_stands_for_the_document_s_own_name_before_the_gazetteer_s(knowledge):
    defined = model_of("Tarrow Finance Group (TFG) grew. The US economy slowed and TFG cut 40 jobs.", knowledge)
    assert {e.name for e in defined.entities if e.merged_into is None} == {"Tarrow Finance", "United States"}
    # Undefined: "SA" in a story of Singapore Airlines that never names Saudi Arabia.
    implied = model_of("Eastern Utilities raised its bid. The EU bid was blocked.", knowledge)
    names = {e.name for e in implied.entities if e.merged_into is None}
    assert names == {"Eastern Utilities"}  # not the European Union, which the story never names


def test_a_leader_s_title_inside_a_run_of_names_is_no_part_of_the_person(knowledge):
    found = kinds(model_of("House Minority Leader Jorvik Tamm read the bill.", knowledge))
    assert found.get("Jorvik Tamm") == "person"


def test_an_insurance_or_news_agency_is_a_company_not_a_government_body(knowledge):
    model = model_of("The US fined Premium Cover Group. The insurance agency said its staff earned the bonuses.", knowledge)
    assert resolved(model)[0] == ("The insurance agency", "Premium Cover")


def test_a_name_always_written_with_its_s_keeps_it():
    from auditor.document import build_model
    from auditor.extract import load_knowledge
    from auditor.sources import parse_document

    text = "Sales at Tully's rose 5% in May, and the board of Tully's said it would open 40 cafes. Profit at Harwick's bakery rose 4%."
    model = build_model(parse_document("a.txt", text.encode()), load_knowledge())
    names = {e.name for e in model.entities if e.merged_into is None}
    assert "Tully's" in names and "Tully" not in names
    assert "Harwick" in names  # a possessive only: "Harwick's revenue"


def test_ratings_and_region_adjectives_are_no_names(knowledge):
    model = model_of(
        "We keep our Buy rating on Velmora Water and Hold ratings on Drennick Pumps. "
        "Iberian utilities revived shelved projects, and Asian rivals lost share. "
        "Scandinavian Airlines System cut 300 jobs.",
        knowledge,
    )
    found = kinds(model)
    assert not {"Buy", "Hold", "Iberian", "Asian"} & set(found)
    assert "Scandinavian Airlines System" in found  # an adjective opening a longer name stays in it


def test_a_region_names_no_site(knowledge):
    model = model_of("Two of Velmora Water's Gulf projects are running late.", knowledge)
    assert kinds(model).get("Gulf", kinds(model).get("the Gulf")) == "place"


def test_a_total_row_names_no_party_under_a_column_of_companies(knowledge):
    text = (
        "# Builders compared\n\n| Company | Capacity (MW) |\n|---|---|\n| Velmora | 120 |\n"
        "| Drennick Pumps | 80 |\n| **Total** | **200** |\n| Others | 15 |\n"
    )
    found = kinds(model_of(text, knowledge, "note.md"))
    assert "Velmora" in found  # one word, but under "Company"
    assert "Total" not in found and "Others" not in found


def test_an_interviews_we_is_the_guests_company(knowledge):
    text = (
        "# \"Prices will not go back\"\n\n*Trade Weekly, May 2025. Interview by Ana Berg.*\n\n"
        "Lukas Brandt has run Orsolo Foods, the Ghent miller, since 2020. Last month he agreed to buy "
        "Tervan Mills. The interview has been edited.\n\n"
        "**Why buy Tervan now?**\n\nBecause good mills rarely come up. We paid EUR 40 million for it.\n\n"
        "**How has Orsolo Foods coped with prices?**\n\nWe raised prices twice and kept our customers.\n"
    )
    model = model_of(text, knowledge, "interview.md")
    assert ("We", "Orsolo Foods") in resolved(model)
    # One bold question is no interview: no company speaks as "we" then.
    single = text.replace("**How has Orsolo Foods coped with prices?**", "How has Orsolo Foods coped with prices?")
    assert ("We", "Orsolo Foods") not in resolved(model_of(single, knowledge, "interview.md"))
