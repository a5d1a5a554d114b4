"""A company's own release of its results: the key figures it lists above
its prose are its own, of the year it reports on, each measured by its label."""

from __future__ import annotations

import pytest
from reading_helpers import claims_of, figure, findings

from auditor.extract import load_knowledge


@pytest.fixture(scope="module")
def knowledge():  # type: ignore[no-untyped-def]
    return load_knowledge()


RELEASE = (
    "TORUN, 4 March 2025 - Wisła Konserwy Sp. z o.o., which cans vegetables for discount chains, "
    "today published its results for the 2024 financial year.\n\n"
    "Highlights\n"
    "- Revenue: PLN 512.6 million (+4.3%)\n"
    "- Output: 96,000 tonnes of peas, beans and carrots\n\n"
    "Wisła Konserwy sold most of its cans in Poland and Czechia.\n"
)


def test_a_releases_highlight_is_its_issuers_figure_of_the_year_it_reports(knowledge):
    revenue = figure(claims_of(RELEASE, knowledge), "PLN 512.6 million")
    assert revenue.subject is not None
    assert revenue.event == "revenue"
    assert revenue.time is not None and revenue.time.year == 2024


def test_a_signed_percentage_in_brackets_is_the_change_not_the_value_before(knowledge):
    change = figure(claims_of(RELEASE, knowledge), "4.3%")
    assert change.role == "change"


def test_output_among_a_years_key_figures_is_that_years_production(knowledge):
    output = figure(claims_of(RELEASE, knowledge), "96,000 tonnes")
    assert output.event == "production"
    assert output.lasts == "periodic"
    assert output.time is not None and output.time.year == 2024


def test_output_a_year_told_as_a_rate_stays_a_capacity(knowledge):
    text = RELEASE.replace("- Output: 96,000 tonnes of peas, beans and carrots", "- Output: 96,000 tonnes a year")
    assert figure(claims_of(text, knowledge), "96,000 tonnes a year").event == "capacity"


def test_a_highlight_and_the_body_of_another_story_are_one_fact():
    found = findings(
        "figure-mismatch",
        **{
            "release.txt": RELEASE,
            "trade.txt": "WARSAW, 20 May 2025 - Wisła Konserwy had revenue of PLN 548 million in 2024, a trade weekly reported.\n",
        },
    )
    assert len(found) == 1
    assert {"PLN 512.6 million", "PLN 548 million"} <= {e.text for e in found[0].evidence}


def test_a_story_that_is_no_release_keeps_its_listed_figures_of_no_one(knowledge):
    # A trade story lists figures of several companies: none is the page's own.
    text = (
        "WARSAW, 20 May 2025 - Canners had a hard year, Wisła Konserwy and Odra Foods said.\n\n"
        "- Revenue: PLN 512.6 million\n"
    )
    revenues = [c for c in claims_of(text, knowledge) if c.evidence.text == "PLN 512.6 million"]
    assert all(c.subject is None for c in revenues)


def test_a_polish_legal_form_closes_the_name(knowledge):
    assert figure(claims_of(RELEASE, knowledge), "PLN 512.6 million").subject.name == "Wisła Konserwy"


ORDERS = (
    "BOLZANO, 12 June 2025 - Ravetti S.p.A. today published its results for the 2024 financial year.\n\n"
    "Key figures\n"
    "* Revenue: EUR 452 million (EUR 418 million)\n"
    "* Order intake: EUR 486 million (EUR 431 million)\n\n"
    "Orders worth EUR 468 million were booked during the year, lifting the order book to EUR 233 million at 31 March. "
    "The largest single order, worth EUR 12 million, came from a Tyrolean lift company.\n"
)


def test_order_intake_is_a_periods_flow_and_one_order_is_a_deal(knowledge):
    claims = claims_of(ORDERS, knowledge)
    assert figure(claims, "EUR 486 million").event == "order-intake"
    assert figure(claims, "EUR 468 million").event == "order-intake"
    assert figure(claims, "EUR 468 million").lasts == "periodic"
    assert figure(claims, "EUR 12 million").event == "order"


def test_a_date_right_after_another_figure_is_that_figures(knowledge):
    booked = figure(claims_of(ORDERS, knowledge), "EUR 468 million")
    assert booked.time is None or booked.time.month != 3


def test_order_intake_told_twice_in_one_release_is_found():
    found = findings("figure-mismatch", **{"release.txt": ORDERS})
    assert any({"EUR 486 million", "EUR 468 million"} <= {e.text for e in f.evidence} for f in found)


def test_a_figure_a_correction_takes_back_is_no_ones():
    found = findings(
        "figure-mismatch",
        **{
            "review.txt": "Glenrothie Seed Potatoes had revenue of £31.6 million in 2024.",
            "brief.txt": (
                "Glenrothie Seed Potatoes is hiring. Last week's briefing put Glenrothie Seed Potatoes' 2024 turnover "
                "at £36.1 million; the correct figure is £31.6 million. We apologise for the error."
            ),
        },
    )
    assert found == ()


def test_a_figure_told_before_a_correct_one_of_another_story_stays(knowledge):
    text = "Glenrothie Seed Potatoes put its 2024 turnover at £36.1 million; the correct figure for 2023 is £31.6 million."
    assert figure(claims_of(text, knowledge), "£36.1 million") is not None


def test_a_report_on_a_split_financial_year_dates_its_flows_by_the_year_it_ends_in(knowledge):
    from auditor.extract.qualifiers import year_reported

    assert year_reported("today published its results for the 2024/25 financial year, which ended on 31 March 2025") == 2025
    assert year_reported("results for the 2024-25 season") == 2025
    assert year_reported("results for the 2024/26 financial year") is None  # no split year


def test_machines_counted_in_key_figures_and_in_prose_are_one_fact():
    found = findings(
        "figure-mismatch",
        **{
            "release.txt": (
                "BOLZANO, 12 June 2025 - Ravetti S.p.A. today published its results for the 2024/25 financial year.\n\n"
                "Key figures\n* Machines delivered: 1,140 (1,060)\n* Revenue: EUR 452 million\n\n"
                "Ravetti delivered 1,140 piste groomers and utility vehicles.\n"
            ),
            "interview.md": "---\ntitle: Night shift\ndate: 2025-12-01\n---\n\nRavetti S.p.A. delivered 1,290 machines in the year to March 2025.\n",
        },
    )
    assert len(found) == 1
    assert "1,290 machines" in {e.text for e in found[0].evidence}


KAMBA = (
    "FOR IMMEDIATE RELEASE\n\n"
    "CAPE TOWN, 4 March 2025 - Kamba Rope Works (Pty) Ltd today reported results for the year ended 31 December 2024.\n\n"
    "Key figures\n- Revenue: ZAR 486.0 million (ZAR 422.6 million)\n- Technicians at 31 December: 310 (280)\n\n"
    "About Kamba Rope Works\nKamba Rope Works was founded in 2009 by two mountain guides. It employs 395 people.\n"
)


def test_a_release_label_and_a_legal_form_in_brackets_name_no_one(knowledge):
    from reading_helpers import entity_kinds

    kinds = entity_kinds(KAMBA, knowledge)
    assert "FOR IMMEDIATE RELEASE" not in kinds and "Pty" not in kinds
    assert figure(claims_of(KAMBA, knowledge), "ZAR 486.0 million").subject.name == "Kamba Rope Works"


def test_founded_by_two_guides_tells_no_plan(knowledge):
    text = "Cordada SpA, founded in 2003 by two guides, had revenue of CLP 44.7 billion in 2024."
    assert figure(claims_of(text, knowledge), "CLP 44.7 billion").tense != "future"


def test_a_level_at_the_reported_years_end_and_a_later_one_set_against_it_are_two_days():
    found = findings(
        "figure-mismatch",
        **{
            "release.txt": KAMBA,
            "feature.md": (
                "---\ntitle: On the ropes\ndate: 2025-06-10\n---\n\n"
                "Kamba Rope Works now has 340 technicians, up from 310 at the end of December.\n"
            ),
        },
    )
    assert not any("340 technicians" in {e.text for e in f.evidence} for f in found)


def test_a_releases_boilerplate_headcount_is_held_against_its_year_end_one():
    text = KAMBA.replace("- Technicians at 31 December: 310 (280)", "- Employees at year-end: 350 (330)")
    found = findings("figure-mismatch", **{"release.txt": text})
    assert any({"350", "395 people"} <= {e.text for e in f.evidence} for f in found)


@pytest.mark.parametrize(
    "title, year",
    [
        ("Half-year report at 30 June 2025", 2025),
        ("Interim report for the six months to 30 June 2025", 2025),
        ("Half-year report 2025", 2025),
        ("Q3 2024 trading update", 2024),
    ],
)
def test_a_part_of_a_years_report_names_its_year(title, year):
    from auditor.extract.qualifiers import year_of_part_reported

    assert year_of_part_reported(title) == year


def test_a_named_segment_opening_its_sentence_holds_a_part_of_revenue(knowledge):
    text = (
        "LYON, 23 July 2025 - Linea Services SA increased revenue by 14% to EUR 548 million in the six months to 30 June 2025. "
        "Healthcare, the group's largest segment, grew 17% to EUR 281 million."
    )
    assert figure(claims_of(text, knowledge), "EUR 281 million").role == "part"


def test_a_founder_named_after_where_and_when_the_company_was_founded_is_a_person(knowledge):
    from reading_helpers import entity_kinds

    text = "Massas Bellini was founded in São Paulo's Mooca district in 1952 by Aurelio Bellini, a pasta maker from Bologna."
    assert entity_kinds(text, knowledge).get("Aurelio Bellini") == "person"


def test_a_paragraph_opening_on_a_name_alone_is_about_it(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    text = (
        "PASTIFICIO FERRAIOLO S.p.A.\nHalf-year report at 30 June 2025\n\n"
        "Massas Bellini. The São Paulo fresh-pasta maker, in which we hold 60%, had revenue of BRL 204 million in 2024.\n"
    )
    model = build_model(parse_document("report.txt", text.encode()), knowledge)
    described = [r for s in model.sentences for r in s.references if r.surface.startswith("The São Paulo")]
    assert described and model.entities[described[0].entity].name == "Massas Bellini"


def test_a_row_label_that_ends_on_its_verb_names_no_one(knowledge):
    from reading_helpers import entity_kinds

    text = "Oberhaus Lifttechnik had a good half.\n\nBuses delivered: 590\nTrucks delivered: 210\n"
    kinds = entity_kinds(text, knowledge)
    assert "Buses" not in kinds and "Trucks" not in kinds
    # A name before its deed still is one: "Halmstad shipped 241,000 t abroad".
    assert "Halmstad" in entity_kinds("Halmstad shipped 241,000 t abroad in 2024.", knowledge)


def test_an_elided_article_joins_a_name(knowledge):
    from reading_helpers import entity_kinds

    assert "Céramique de l'Atlas" in entity_kinds("Casablanca's own Céramique de l'Atlas landed the contract.", knowledge)
    assert "Compagnie d'Armor" in entity_kinds("Compagnie d'Armor sold 12 ferries in 2024.", knowledge)


def test_a_name_of_another_family_is_no_slip_of_spelling(knowledge):
    from auditor.extract.entities import _another_ending

    assert _another_ending("pastificio ferraioli", "pastificio ferraiolo")
    assert not _another_ending("hallberg bus", "halberg bus")  # a letter dropped inside a word is a slip


def test_a_company_described_after_its_town_dates_its_own_founding(knowledge):
    text = (
        "Pastificio Ferraiolo S.p.A. makes dried pasta in Gragnano. "
        "We have no link with Pastificio Ferraioli of Amalfi, a smaller pasta maker founded in 1880."
    )
    assert figure(claims_of(text, knowledge), "1880").subject.name == "Pastificio Ferraioli"


TILES = (
    "LEIRIA, 26 February 2025 - Ceramica Lis, S.A. today announced its results for 2024.\n\n"
    "Key figures (2023 in brackets)\n"
    "- Revenue: EUR 62.8 million (EUR 57.1 million)\n"
    "- Output: 4.1 million m² (3.8 million m²)\n"
)


def test_key_figures_in_square_metres_and_a_caption_that_dates_the_brackets(knowledge):
    claims = claims_of(TILES, knowledge)
    output = figure(claims, "4.1 million m²")
    assert output.event == "production" and output.time.year == 2024
    assert figure(claims, "3.8 million m²").time.year == 2023
    assert figure(claims, "EUR 57.1 million").time.year == 2023


def test_a_list_item_above_key_figures_is_no_caption(knowledge):
    text = (
        "PASTIFICIO ROCCA S.p.A.\nHalf-year report at 30 June 2025\n\n1. HIGHLIGHTS\n"
        "- Revenue EUR 71.4 million (H1 2024: EUR 66.2 million), up 7.9%\n"
        "- EBITDA EUR 10.6 million (H1 2024: EUR 9.3 million); EBITDA margin 14.8%\n"
        "- Volumes sold: 24,600 tonnes (H1 2024: 23,100 tonnes)\n"
        "- Export share of revenue: 58% (H1 2024: 56%)\n"
    )
    share = figure(claims_of(text, knowledge), "58%")
    assert share.time is None or share.time.year == 2025


BRIEF = (
    "---\ntitle: Water transit brief\ndate: 2025-07-15\n---\n\n"
    "**Correction (17 July 2025):** An earlier version of this brief put Delta Lanchas' fleet at 52 boats. The correct figure is 42.\n\n"
    "## Africa\n\n"
    "- **Eko Water Buses (Lagos):** 3.6m passengers in 2024, up from 3.1m in 2023.\n"
    "- Fleet of 34 boats, mostly locally built catamarans.\n"
    "- **Lagoon Star Ferries (Lagos):** won a ten-year concession in April.\n"
    "- 2.9m passengers in 2024; 12 new boats due by end-2026.\n"
)


def test_a_briefs_items_after_a_named_one_go_on_telling_of_it(knowledge):
    claims = claims_of(BRIEF, knowledge, "brief.md")
    assert figure(claims, "34 boats").subject.name == "Eko Water Buses"
    assert figure(claims, "2.9m passengers").subject.name == "Lagoon Star Ferries"


def test_a_figure_an_earlier_version_of_a_brief_gave_is_taken_back(knowledge):
    assert not any(c.evidence.text == "52 boats" for c in claims_of(BRIEF, knowledge, "brief.md"))


def test_boats_due_by_a_year_are_a_plan(knowledge):
    assert figure(claims_of(BRIEF, knowledge, "brief.md"), "12 new boats").tense == "future"


REVIEW = (
    "<html><head><title>Halvorsen Sauna Oy – Annual Review 2024</title></head><body>"
    "<header><p>Halvorsen Sauna Oy · Annual Review 2024 · Pages 4–9</p></header>"
    "<h1>Letter from the CEO</h1>"
    "<p>Dear shareholders, 2024 was a good year. Net sales grew 6.0% to EUR 74.1 million and operating profit "
    "rose to EUR 6.2 million, even though the Finnish building market remained weak. Gross borrowings fell to "
    "EUR 30 million. Home and body revenue rose 5.5% to EUR 8 million.</p>"
    "</body></html>"
)


def test_a_measure_of_no_one_named_in_a_company_s_own_review_is_its_own(knowledge):
    claims = claims_of(REVIEW, knowledge, "review.html")
    for surface in ("EUR 74.1 million", "6.0%", "EUR 6.2 million"):
        assert figure(claims, surface).subject is not None and figure(claims, surface).subject.name == "Halvorsen Sauna", surface
    # Another measure or a part stays no one's.
    for surface in ("EUR 30 million", "EUR 8 million"):
        assert figure(claims, surface).subject is None, surface


def test_a_measure_of_no_one_named_in_a_story_is_no_one_s(knowledge):
    story = REVIEW.replace("Halvorsen Sauna Oy – Annual Review 2024", "Saunas are back").replace("Dear shareholders, ", "")
    assert figure(claims_of(story, knowledge, "story.html"), "EUR 74.1 million").subject is None


ORDER_RELEASE = (
    "PRESS RELEASE – FOR IMMEDIATE RELEASE\n\n"
    "Munich showmen Kessler order Vantoni's Turbine 40 coaster\n\n"
    "Padua, 3 April 2025 – Vantoni Attrazioni S.p.A., the Italian ride builder, has received an order from the "
    "Munich showmen's family Kessler for a Turbine 40 coaster.\n\n"
    "Kessler, which operates more than 30 rides, has bought four machines from Vantoni since 1998.\n\n"
    '"The Kessler family were among our first customers north of the Alps," said Elena Vantoni, chief executive.\n\n'
    "Vantoni in 2024 (2023 in brackets):\n"
    "- Revenue: EUR 54.2 million (EUR 48.7 million)\n"
    "- Employees: 310 (288)\n\n"
    "About Vantoni Attrazioni\n"
    "Vantoni Attrazioni S.p.A. was founded in 1968 and builds rides for travelling showmen.\n"
)


def test_a_release_whose_title_names_its_customer_is_the_company_its_about_section_names(knowledge):
    claims = claims_of(ORDER_RELEASE, knowledge, "release.txt")
    revenue = figure(claims, "EUR 54.2 million")
    assert revenue.subject is not None and revenue.subject.name == "Vantoni Attrazioni"
    assert figure(claims, "310").subject.name == "Vantoni Attrazioni"


def test_a_short_line_ending_on_a_colon_captions_the_key_figures_under_it(knowledge):
    claims = claims_of(ORDER_RELEASE, knowledge, "release.txt")
    assert figure(claims, "EUR 54.2 million").time.year == 2024
    assert figure(claims, "EUR 48.7 million").time.year == 2023
    # A sentence ending on a colon is no caption.
    long_intro = ORDER_RELEASE.replace(
        "Vantoni in 2024 (2023 in brackets):", "In a year of strong demand for new rides across Europe, Vantoni reported for 2024:"
    )
    assert figure(claims_of(long_intro, knowledge, "release.txt"), "EUR 48.7 million").time is None or (
        figure(claims_of(long_intro, knowledge, "release.txt"), "EUR 48.7 million").time.year != 2023
    )
