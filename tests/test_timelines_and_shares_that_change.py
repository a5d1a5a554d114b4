"""A timeline entry told with the company's pronoun or noun ("2011: We open
a second workshop in Troyes"), a part's share that changed ("Exports rose to
72% of revenue"), and a key figure's share of a whole in a table whose
columns are years. Sentences and tables of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize("entry", ["We open a second workshop in Troyes.", "The studio opens a second workshop in Troyes."])
def test_a_timeline_entry_told_with_the_company_s_pronoun_or_noun_dates_its_deed(entry, knowledge):
    text = f"About us\n\nAteliers Morvand is a stained-glass studio.\n\n- 2009: Founded in Dijon.\n- 2011: {entry}\n"
    assert figure(claims_of(text, knowledge), "2011").event == "opening"


def test_a_timeline_entry_whose_deed_is_no_event_stays_undated(knowledge):
    text = "About us\n\nAteliers Morvand is a stained-glass studio.\n\n- 2011: The studio wins a prize.\n"
    assert figure(claims_of(text, knowledge), "2011").event == "dated"


@pytest.mark.parametrize("verb", ["rose to", "fell to", "reached"])
def test_a_part_s_share_that_changed_is_a_share_of_the_whole(verb, knowledge):
    claim = figure(claims_of(f"Conservas Dalmar reported results. Exports {verb} 72% of revenue.", knowledge), "72%")
    assert (claim.event, claim.object.name) == ("revenue", "export")


def test_a_share_of_a_whole_in_a_table_with_year_columns_keeps_its_part(knowledge):
    text = (
        "---\ntitle: Conservas Dalmar results\ndate: 2025-02-27\n---\nConservas Dalmar reported its results for 2024.\n\n"
        "| Key figures | 2024 | 2023 |\n|---|---|---|\n| Revenue (EUR million) | 58.3 | 51.0 |\n| Export share of revenue | 64% | 61% |\n"
    )
    claim = figure(claims_of(text, knowledge, "results.md"), "64%")
    assert (claim.event, claim.object.name if claim.object else None) == ("revenue", "export")


ABOUT = (
    "<html><head><title>About us | Faiencerie Morvand, Nevers</title></head><body>"
    "<h1>Faiencerie Morvand — Nevers</h1><h2>About us</h2>"
    "<p>Faiencerie Morvand has made earthenware in Nevers since 1903.</p>"
    "<p>Our workshop in Nevers is where we design and paint.</p>"
    "<p>In 2024 our two kilns fired 9.4 million pieces.</p></body></html>"
)


def test_a_page_about_us_is_the_company_s_own_and_its_title_s_label_names_no_one(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    model = build_model(parse_document("about.html", ABOUT.encode()), knowledge)
    assert model.entities[model.topic].name == "Faiencerie Morvand"
    assert model.issuer == model.topic
    assert figure(claims_of(ABOUT, knowledge, "about.html"), "9.4 million pieces").subject.name == "Faiencerie Morvand"


def test_an_agreement_a_figure_stands_before_is_a_contract(knowledge):
    text = "Rolhas Tavares shipped stoppers to Roussel under the five-year, EUR 38 million agreement it signed in June."
    assert figure(claims_of(text, knowledge), "EUR 38 million").event == "contract"


def test_a_takeover_told_as_a_deal_stays_a_takeover(knowledge):
    assert figure(claims_of("Oracle agreed to buy Siebel in a $5.85 billion deal.", knowledge), "$5.85 billion").event == "acquisition"


def test_a_timeline_entry_told_with_a_name_dates_its_deed(knowledge):
    text = "Milestones\n\n- July 2023: The Chamanna dal Lai Nair reopens after its rebuild.\n"
    claim = figure(claims_of(text, knowledge), "July 2023")
    # (a reopening after a rebuild, no first opening)
    assert (claim.event, claim.subject.name) == ("reopening", "Chamanna dal Lai Nair")


def test_a_timeline_entry_s_teller_is_its_subject_only_when_nothing_is_named_after_its_verb(knowledge):
    text = "About us\n\nBrasco Valves is a valve maker.\n\n- 2015: Brasco Valves buys Kessmar Pumps.\n"
    assert figure(claims_of(text, knowledge), "2015").subject.name == "Kessmar Pumps"


def test_a_name_holds_its_particles():
    from auditor.extract import load_knowledge
    from reading_helpers import entity_kinds

    kinds = entity_kinds("Refugia runs the Chamanna dal Lai Nair and Schloss zu Hohenberg.", load_knowledge())
    assert {"Chamanna dal Lai Nair", "Schloss zu Hohenberg"} <= set(kinds)


def test_the_last_of_a_series_is_no_date_of_the_series_one_event():
    from auditor.checks.date_mismatch import Parameters, _deed_patterns, _same_deed
    from auditor.extract import load_knowledge
    from reading_helpers import RULES, claims_of, figure

    knowledge = load_knowledge()
    params = Parameters(**RULES["date-mismatch"].parameters)
    deeds = _deed_patterns(tuple((name, tuple(words)) for name, words in params.deeds_apart.items()))
    last = figure(claims_of("Skyline Air took delivery of the last of its ten aircraft in March 2025.", knowledge), "March 2025")
    unnamed = figure(claims_of("Skyline Air took delivery in May 2026.", knowledge), "May 2026")
    assert not _same_deed(last, unnamed, deeds, frozenset(params.deeds_alone))
    assert _same_deed(last, unnamed, deeds)  # without deeds_alone, a deed named and one unnamed may be one


def test_what_a_deal_is_for_told_before_its_worth_is_its_purpose(knowledge):
    text = "In February 2025 Rivoire won the Ville de Grenoble contract to feed 74 primary schools, worth EUR 31 million over four years."
    assert figure(claims_of(text, knowledge), "EUR 31 million").purpose == "feed 74 primary schools"


def test_one_deal_credited_to_two_caterers_by_its_purpose_is_an_attribution_conflict():
    from reading_helpers import findings

    won = "In February 2025 Rivoire won the Ville de Grenoble contract to feed 74 primary schools, worth EUR 31 million over four years.\n"
    other = "Paris-based Convivia Services won the EUR 31 million, four-year contract to feed 74 primary schools in Grenoble.\n"
    (found,) = findings("attribution-conflict", **{"a.txt": won, "b.txt": other})
    assert "credited to Rivoire" in found.message and "to Convivia Services" in found.message


def test_the_purchase_completed_later_in_a_paragraph_is_of_the_company_it_told_was_bought(knowledge):
    text = (
        "In September 2024 we agreed to buy Nemira Auto Insurance, the Lithuanian motor insurer, for EUR 142 million. "
        "The Vilnius insurer held 463,000 policies. After clearance in January, the purchase was completed on 3 February 2025.\n"
    )
    claim = figure(claims_of(text, knowledge), "3 February 2025")
    assert (claim.event, claim.subject.name) == ("completion", "Nemira Auto Insurance")
