"""A person's employer after her name, a company's own short name in its
own document, names that open longer names, a definition after a suffix's
full stop, a year's output in area or weight whichever verb tells it, and
another's things counted. Sentences of our own, read whole
and audited end to end."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, entity_kinds as kinds, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


# --------------------------------------------------------------------------- people and their employers


def test_a_name_after_a_person_s_name_and_a_comma_is_her_employer_not_a_person(knowledge):
    found = kinds("Press contact: Sabine Hahn, Kessel Vale, Solingen", knowledge)
    assert found["Sabine Hahn"] == "person"
    assert found["Kessel Vale"] != "person"


def test_a_name_after_an_office_and_a_comma_is_the_office_holder(knowledge):
    found = kinds("The Interim Prime Minister, Arseniy Yatsenyuk, told parliament.", knowledge)
    assert found["Arseniy Yatsenyuk"] == "person"


# --------------------------------------------------------------------------- short names


def test_a_company_s_own_document_calls_it_by_its_first_word(knowledge):
    text = (
        "---\ntitle: Kessvik Stillas ASA annual report 2024\nsource: Kessvik Stillas ASA, investor relations\n---\n"
        "Dear shareholders,\n\nKessvik has been listed on the Oslo Stock Exchange since 2006.\n"
    )
    assert figure(claims_of(text, knowledge, "report.md"), "2006").subject.name == "Kessvik Stillas"


def test_a_name_that_opens_a_longer_one_is_merged_first_so_its_first_word_finds_one_name(knowledge):
    text = (
        "Dorukhan Halı Sanayi ve Ticaret A.Ş., Turkey's biggest carpet maker, said on Monday it would buy a mill. "
        "Dorukhan Halı was founded in 1981. Dorukhan produced 62 million square metres of carpet in 2024."
    )
    # (The legal form closes the whole name, "ve Ticaret" included.)
    assert figure(claims_of(text, knowledge), "62 million square metres").subject.name == "Dorukhan Halı Sanayi ve Ticaret"


def test_a_name_of_two_words_may_open_a_name_of_four(knowledge):
    text = "Ter Velde Glasshouse Systems builds glasshouses. In 2024 Ter Velde built 312 hectares of glasshouses."
    assert figure(claims_of(text, knowledge), "312 hectares").subject.name == "Ter Velde Glasshouse Systems"


def test_a_definition_after_a_suffix_s_full_stop_is_read(knowledge):
    text = 'Kessel Vale Ltd. ("Kessel") announced a deal. Kessel employs 300 people.'
    assert figure(claims_of(text, knowledge), "300 people").subject.name == "Kessel Vale"


# --------------------------------------------------------------------------- a year's output


@pytest.mark.parametrize("verb", ["wove", "poured", "forged", "produced"])
def test_a_year_s_output_in_area_or_weight_is_one_measure_whichever_verb_tells_it(verb, knowledge):
    claims = claims_of(f"Dorukhan Halı {verb} 48 million square metres of carpet in 2024.", knowledge)
    assert figure(claims, "48 million square metres").event == "production"


def test_what_was_bought_in_a_year_is_no_output(knowledge):
    claims = claims_of("Halden bought 3,000 tonnes of steel in 2024.", knowledge)
    assert figure(claims, "3,000 tonnes").event != "production"


def test_a_year_s_output_told_by_two_verbs_is_held_against_itself():
    found = findings(
        "figure-mismatch",
        **{
            "release.txt": "Dorukhan Halı produced 62 million square metres of carpet in 2024.",
            "feature.txt": "The biggest listed one, Dorukhan Halı, wove 48 million square metres of carpet in 2024.",
        },
    )
    assert len(found) == 1


# --------------------------------------------------------------------------- another's things


def test_a_count_with_its_own_noun_of_another_s_things_is_the_doer_s_and_a_part(knowledge):
    claims = claims_of("Tagusline runs ships. The Castelmar hub handled 0.61 million TEU of Tagusline's boxes in 2024.", knowledge)
    counted = figure(claims, "0.61 million TEU")
    assert counted.subject is None or counted.subject.name != "Tagusline"
    assert counted.role == "part"


def test_a_bare_number_of_an_owner_s_things_is_the_owner_s(knowledge):
    claims = claims_of("Halvard said all 16 of its aircraft were grounded.", knowledge)
    assert figure(claims, "16").subject.name == "Halvard"


# --------------------------------------------------------------------------- places, labels, stakes and staff


def test_a_town_written_only_after_a_preposition_and_before_a_company_s_noun_is_a_place(knowledge):
    text = (
        "**Tealights.** Few have grown faster than Lindqvist Ljus. The Vetlanda company made 1.15 billion candles "
        "last year. Its home plant in Vetlanda runs three shifts."
    )
    assert figure(claims_of(text, knowledge, "feature.md"), "1.15 billion candles").subject.name == "Lindqvist Ljus"


@pytest.mark.parametrize(
    "text",
    [
        # Written nowhere else: a company is not known by a name its text never writes alone.
        "Ravelli Ottica is the largest of them. The Zwolle company, which sells through more than 900 dealers, makes frames.",
        "Ravelli Ottica is the largest of them. The Zwolle company sells through more than 900 dealers.",
        # The last word of the dateline's place written in full.
        "SANTA MARIA DA FEIRA, Portugal, May 14, 2025 - Ravelli Ottica said it had agreed to buy Oro Sardo.\n\n"
        "The Feira group sells through more than 900 dealers.",
    ],
)
def test_a_town_written_only_before_a_company_s_noun_is_a_place(text, knowledge):
    assert figure(claims_of(text, knowledge), "more than 900 dealers").subject.name == "Ravelli Ottica"


def test_a_name_written_alone_elsewhere_stays_a_name_before_a_company_s_noun(knowledge):
    text = "Ravelli Ottica is the largest of them. The Zwolle company sells through more than 900 dealers. Zwolle said so."
    assert figure(claims_of(text, knowledge), "more than 900 dealers").subject.name == "Zwolle"


def test_initials_written_only_before_a_company_s_noun_stay_a_name(knowledge):
    text = "Trading in Moscow was halted. Before the halt, the RTS exchange fell by 6.39 percent in two hours."
    assert figure(claims_of(text, knowledge), "6.39 percent").subject.name == "RTS"


def test_a_relative_clause_hangs_on_the_name_between_the_and_its_noun(knowledge):
    text = "Brinkhorst Fietsen is the largest. The Brinkhorst company, which sells through more than 900 dealers, makes bikes."
    assert figure(claims_of(text, knowledge), "more than 900 dealers").subject.name == "Brinkhorst Fietsen"


def test_none_opening_a_sentence_is_no_name(knowledge):
    found = kinds("None has moved faster than Lindqvist Ljus.", knowledge)
    assert "None" not in found


def test_a_label_that_names_the_kind_of_report_and_its_period_makes_it_the_company_s_own(knowledge):
    text = (
        "KESSVIK LJUS AB (PUBL)\nYear-end report, January-December 2024\n\n"
        "Kessvik Ljus AB today publishes its year-end report.\n\n"
        '"We made 1.42 billion candles in 2024, and sold almost all of them," says Chief Executive Elin Hagstrom.\n'
    )
    assert figure(claims_of(text, knowledge), "1.42 billion candles").subject.name == "Kessvik Ljus"


@pytest.mark.parametrize("bought", ["70% of Kuusela Telineet", "a 70% stake in Kuusela Telineet"])
def test_a_share_bought_of_a_company_is_that_deal_s_figure(bought, knowledge):
    claim = figure(claims_of(f"Ostrand Stillas said it had agreed to buy {bought}.", knowledge), "70%")
    assert (claim.event, claim.object.name) == ("acquisition", "Kuusela Telineet")


def test_a_further_share_is_no_deal_s_whole_figure(knowledge):
    claim = figure(claims_of("Ostrand Stillas bought a further 20% of Kuusela Telineet.", knowledge), "20%")
    assert claim.event != "acquisition"


def test_two_shares_told_of_one_purchase_are_held_against_each_other():
    found = findings(
        "figure-mismatch",
        **{
            "wire.txt": "OSLO, Aug 26, 2025 - Ostrand Stillas said on Tuesday it had agreed to buy 70% of Kuusela Telineet.",
            "feature.txt": "In August 2025 Ostrand Stillas agreed to buy 85% of Kuusela Telineet of Tampere.",
        },
    )
    assert len(found) == 1


def test_people_working_at_a_site_are_staff(knowledge):
    claims = claims_of("Kettleby Carpets runs a mill. About 400 people work at its mill.", knowledge)
    assert figure(claims, "About 400 people").event == "employees"


# --------------------------------------------------------------------------- what a plant can make


def test_what_a_plant_can_make_a_day_is_its_capacity_under_a_production_heading(knowledge):
    text = "# Year-end report\n\nHalden Ljus makes candles.\n\n## Production\n\nOur Vetlanda plant can make 3.6 million candles a day.\n"
    assert figure(claims_of(text, knowledge, "report.md"), "3.6 million candles a day").event == "capacity"


def test_a_plant_s_rate_in_a_key_value_table_is_its_capacity(knowledge):
    text = (
        "# Skarholm Seafarms at a glance\n\nSkarholm Seafarms farms salmon.\n\n"
        "| | |\n|---|---|\n| Gjerde smolt plant | 14 million smolts a year, in production since January 2025 |\n"
    )
    assert figure(claims_of(text, knowledge, "glance.md"), "14 million smolts a year").event == "capacity"


def test_a_hirer_s_fleet_weighed_in_tonnes_is_one_measure_however_told():
    found = findings(
        "figure-mismatch",
        **{
            "report.txt": "Kessvik Stillas had a good 2024: our rental fleet reached 96,000 tonnes of scaffolding at the end of 2024.",
            "feature.txt": "Kessvik Stillas ended 2024 with a rental fleet of 120,000 tonnes of scaffolding.",
        },
    )
    assert len(found) == 1


def test_a_forge_is_a_facility_its_owner_s_cost_is_told_of():
    found = findings(
        "figure-mismatch",
        **{
            "release.txt": (
                "Halden Knives starts up new forge in Solingen-Wald\n\nSolingen, 9 April 2025\n\n"
                "Halden Knives has invested EUR 23 million in the new forge at its Solingen-Wald site, which went into operation in March.\n"
            ),
            "news.md": (
                "# Halden Knives opens its new forge\n\nMayor Christiane Weyer opened Halden Knives's new forge in Solingen-Wald on Wednesday. "
                "The forge, which cost EUR 31 million, is the largest investment in the company's history.\n"
            ),
        },
    )
    assert len(found) == 1


@pytest.mark.parametrize("word", ["Company", "Group"])
def test_a_filing_s_capitalised_company_is_its_issuer(word, knowledge):
    text = f"Halden Foods Inc. makes soups. As of December 31, 2024, the {word} had 6,874 employees."
    assert figure(claims_of(text, knowledge), "6,874 employees").subject.name == "Halden Foods"


def test_a_definition_after_a_comma_and_inc_is_the_company_s(knowledge):
    text = (
        'On February 13, 2025, Calder Ridge Insurance Holdings, Inc. (the "Company") issued a press release. '
        "As of December 31, 2024, the Company had 6,874 employees."
    )
    assert figure(claims_of(text, knowledge), "6,874 employees").subject.name == "Calder Ridge Insurance"


def test_staff_a_company_ended_a_year_with_are_its_headcount(knowledge):
    claims = claims_of("Calder Ridge was founded in 1958 and it ended last year with more than 8,000 employees.", knowledge)
    assert figure(claims, "more than 8,000 employees").event == "employees"
    assert figure(claims_of("The conference drew an audience of 10,000 employees.", knowledge), "10,000 employees").event is None


@pytest.mark.parametrize(
    ("paid", "bought"),
    [
        ("The Bristol blender paid GBP 58 million for the 14 Sri Lankan estates and has started building.", "Kandapola Estates"),
        ("Ashdown paid GBP 58 million for the business, the family said.", "Kandapola Estates"),
        ("Ashdown paid GBP 4 million for the new warehouse in 2019.", None),  # a thing of its own
    ],
)
def test_a_sum_paid_for_a_description_of_the_company_bought_just_before_is_its_price(paid, bought, knowledge):
    text = "Ashdown Tea Company completed its purchase of Kandapola Estates on 21 August. " + paid
    surface = "GBP 58 million" if "58" in paid else "GBP 4 million"
    claim = figure(claims_of(text, knowledge), surface)
    assert (claim.object.name if claim.object is not None else None) == bought
