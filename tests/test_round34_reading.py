"""A timeline entry opening on a capitalised word before its participle
("2011: Second workshop opened in Durham") tells the page company's deed; two
founders joined by "and" tell its founding; the town after an entry's
site event tells which site ("2019: Branch opens in Newport"), and a site's
noun opening the entry names no one ("1887: Ruth Dale and Edwin Rook
set up shop"); a verb's particle is no modifier of the noun after it, so
"Edwin Rook set up shop" names no shop called Edwin Rook. Sentences of our own."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, kinds_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


ABOUT = (
    "<html><head><title>About us | Rook &amp; Dale Clockmakers</title></head><body>\n"
    "<h1>Rook &amp; Dale Clockmakers</h1>\n"
    "<p>We repair turret clocks across Wales. Since we opened our Cardiff workshop in 2014, a team of 12 looks after 90 clocks.</p>\n"
    "<ul>\n"
    "<li>1902: Ruth Dale and Edwin Rook set up shop in Swansea</li>\n"
    "<li>2012: Second workshop opened in Cardiff</li>\n"
    "<li>2019: Branch opens in Newport</li>\n"
    "</ul>\n"
    "</body></html>\n"
)


def _dated(claims, year):  # type: ignore[no-untyped-def]
    return next(c for c in claims if c.kind == "date" and c.evidence.text == str(year))


def test_a_timeline_entry_opening_on_a_capital_before_its_participle_is_the_pages_deed(knowledge):
    entry = _dated(claims_of(ABOUT, knowledge, "about.html"), 2012)
    assert entry.event == "opening"
    assert entry.subject is not None and entry.subject.name == "Rook & Dale Clockmakers"


def test_two_founders_joined_by_and_tell_the_pages_founding(knowledge):
    entry = _dated(claims_of(ABOUT, knowledge, "about.html"), 1902)
    assert entry.event == "founding"
    assert entry.subject is not None and entry.subject.name == "Rook & Dale Clockmakers"


def test_the_entry_and_the_prose_disagreeing_on_one_opening_are_found():
    found = findings("date-mismatch", **{"about.html": ABOUT})
    assert any({"2014", "2012"} <= {e.text for e in f.evidence} for f in found)


@pytest.mark.parametrize("sentence", ["Edwin Rook set up shop in 1887.", "Mary Jones set up shop in York in 1887."])
def test_a_verbs_particle_makes_no_founder_a_shop(knowledge, sentence):
    name = sentence.split(" set up")[0]
    assert kinds_of(sentence, knowledge).get(name) == "person"


def test_the_town_after_an_entrys_site_event_tells_which_site_and_the_noun_names_no_one(knowledge):
    claims = claims_of(ABOUT, knowledge, "about.html")
    newport = _dated(claims, 2019)
    assert newport.event == "opening" and newport.subject.name == "Rook & Dale Clockmakers"
    assert newport.object is not None and newport.object.name == "Newport"
    assert _dated(claims, 2012).object.name == "Cardiff"
    assert "Branch" not in kinds_of(ABOUT, knowledge, "about.html")


def test_openings_of_two_sites_in_two_towns_are_no_rivals():
    found = findings("date-mismatch", **{"about.html": ABOUT})
    assert not any("2019" in {e.text for e in f.evidence} for f in found)


# Names written with a possessive: a legal form, an appositive describing a
# company, a title's part or a table's cell shows the run is one name.
ANNUAL_REPORT = (
    "<html><head><title>Annual Report 2024 | Brodie's Ironmongery</title></head><body>\n"
    "<h1>Brodie's Ironmongery Ltd &ndash; Annual Report 2024</h1>\n"
    "<p>Group revenue rose 5.1% to £84.2 million in 2024.</p>\n"
    "<p>In May we bought Keane's Hardware, the six-store Sligo chain, for £9 million.</p>\n"
    "<p>Our Oban superstore, opened in 2015, had its best year.</p>\n"
    "<ul><li>1930 \u2013 Ewan Brodie opens a shop in Stirling</li><li>2013 \u2013 Oban superstore opens</li></ul>\n"
    "</body></html>\n"
)


def test_a_possessive_name_closed_by_a_legal_form_is_one_companys_and_the_reports_topic(knowledge):
    kinds = kinds_of(ANNUAL_REPORT, knowledge, "report.html")
    assert kinds.get("Brodie's Ironmongery Ltd") == "organisation"
    assert "Ironmongery" not in kinds and "Brodie" not in kinds
    claims = claims_of(ANNUAL_REPORT, knowledge, "report.html")
    assert figure(claims, "£84.2 million").subject.name == "Brodie's Ironmongery Ltd"


def test_a_possessive_name_described_in_apposition_is_the_company_bought(knowledge):
    claims = claims_of(ANNUAL_REPORT, knowledge, "report.html")
    price = figure(claims, "£9 million")
    assert price.subject.name == "Brodie's Ironmongery Ltd"
    assert price.object is not None and price.object.name == "Keane's Hardware"


@pytest.mark.parametrize(
    "sentence",
    [
        "Germany's Siemens Energy AG said orders rose.",  # a country's company
        "Apple's Tim Cook spoke on Monday.",  # a company's person
    ],
)
def test_a_known_owners_possessive_still_ends_the_name_before_it(knowledge, sentence):
    assert not any("'s " in name for name in kinds_of(sentence, knowledge))


def test_a_tables_cell_shows_a_possessive_name_whole(knowledge):
    text = (
        "| Chain | Base | Stores |\n|---|---|---|\n| Brodie's Ironmongery | Stirling | 31 |\n| Keane's Hardware | Sligo | 6 |\n\n"
        "Keane's Hardware grew fastest.\n"
    )
    kinds = kinds_of(text, knowledge, "brief.md")
    assert "Brodie's Ironmongery" in kinds and "Keane's Hardware" in kinds and "Hardware" not in kinds


def test_a_site_named_by_its_town_before_a_shops_noun_is_that_site(knowledge):
    claims = claims_of(ANNUAL_REPORT, knowledge, "report.html")
    assert _dated(claims, 2015).object.name == "Oban"  # "Our Oban superstore, opened in 2015"
    assert _dated(claims, 2013).object.name == "Oban"  # "2013 - Oban superstore opens"
    assert _dated(claims, 1930).object.name == "Stirling"


def test_the_superstores_two_openings_disagree_and_the_first_shop_is_no_rival():
    found = findings("date-mismatch", **{"report.html": ANNUAL_REPORT})
    years = [{e.text for e in f.evidence} for f in found]
    assert {"2015", "2013"} in years
    assert not any("1930" in y for y in years)


# A bold lead-in the paragraph describes as a company; the town of a "The
# <town> <trade> <noun>" description; a row's town in brackets.
BRIEF = (
    "---\ntitle: Toys brief\ndate: 2025-11-12\n---\n\n# Brief\n\n"
    "**Lindqvist.** The Mora group's full-year 2024 revenue was €39.5m.\n\n"
    "**Aspvik.** The Falun puzzle maker, founded in 1994, made fewer than 80,000 puzzles last year.\n\n"
    "**Toys.** The Mora group opened a shop.\n\n"
    "| EUR m | H1 2024 | H1 2025 |\n|---|---:|---:|\n| Holzwerk Lindqvist (Mora) | 17.2 | 21.3 |\n"
)


def test_a_bold_lead_in_described_as_a_company_is_that_companys_name(knowledge):
    claims = claims_of(BRIEF, knowledge, "brief.md")
    assert figure(claims, "€39.5m").subject.name in ("Lindqvist", "Holzwerk Lindqvist")
    assert figure(claims, "fewer than 80,000 puzzles").subject.name == "Aspvik"


def test_a_towns_word_before_a_trade_and_a_rows_bracketed_town_are_places(knowledge):
    kinds = kinds_of(BRIEF, knowledge, "brief.md")
    assert kinds.get("Mora") == "place"
    assert kinds.get("Falun") == "place"
    assert "Toys" not in kinds  # a section's plural label is no name


def test_a_trades_word_opening_a_name_makes_its_last_word_a_short_form(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    model = build_model(parse_document("brief.md", BRIEF.encode()), knowledge)
    short = next(e for e in model.entities if e.name == "Lindqvist")
    assert short.merged_into is not None and model.entities[short.merged_into].name == "Holzwerk Lindqvist"


@pytest.mark.parametrize("amount", ["£68.9m", "$1.9M", "€0.9m"])
def test_a_figure_ending_in_9m_names_no_nine_months(knowledge, amount):
    text = f"Larkmoor Upholstery's sales rose to {amount} last year.\n"
    claim = figure(claims_of(text, knowledge), amount)
    assert claim.qualifiers is None or claim.qualifiers.period is None


def test_a_nine_months_label_still_names_its_part_of_the_year(knowledge):
    text = "Larkmoor Upholstery's 9M revenue was £52.1m.\n"
    assert figure(claims_of(text, knowledge), "£52.1m").qualifiers.period == "nine months"


def test_a_company_telling_its_own_revenue_is_its_subject(knowledge):
    text = (
        "LEOMINSTER, England, 16 September 2025 (Farm Wire) - Hollowmere Farms, the Herefordshire egg producer, "
        "said on Tuesday that revenue rose to £148.6 million in the year to 30 June 2025.\n"
    )
    claim = figure(claims_of(text, knowledge), "£148.6 million")
    assert claim.subject is not None and claim.subject.name == "Hollowmere Farms"
    assert kinds_of(text, knowledge).get("Herefordshire") == "place"


def test_a_sources_telling_gives_it_no_figure(knowledge):
    text = "Analysts at Corvane Bank said on Monday that revenue rose to $5 million in 2025.\n"
    claim = figure(claims_of(text, knowledge), "$5 million")
    assert claim.subject is None or claim.subject.name != "Corvane Bank"


def test_a_producers_title_before_a_companys_name_makes_no_person(knowledge):
    kinds = kinds_of("The Herefordshire egg producer Hollowmere Farms said revenue rose.\n", knowledge)
    assert kinds.get("Hollowmere Farms") == "organisation"
    assert kinds_of("Chief executive John Mills said revenue rose.\n", knowledge).get("John Mills") == "person"


def test_gross_revenue_is_no_rival_of_net_revenue():
    found = findings(
        "figure-mismatch",
        **{
            "wire.txt": "Hanseatic Cacao Kontor said gross revenue reached EUR 74.2 million in 2024.\n",
            "brief.txt": "Hanseatic Cacao Kontor's net revenue was EUR 68.9m in 2024.\n",
        },
    )
    assert not found


@pytest.mark.parametrize(
    ("sentence", "figure_text", "qualifier"),
    [
        ("The Forlì group, with a staff of fewer than 700, opened a factory.", "fewer than 700", "under"),
        ("Divani Morandi has a staff of 650.", "650", "exact"),
    ],
)
def test_a_staff_of_a_number_counts_the_companys_people(knowledge, sentence, figure_text, qualifier):
    text = f"Divani Morandi S.p.A. makes sofas in Italy.\n\n{sentence}\n"
    claim = figure(claims_of(text, knowledge), figure_text)
    assert claim.event == "employees" and claim.value.qualifier == qualifier


def test_kin_named_in_apposition_are_people_and_the_group_keeps_its_figure(knowledge):
    text = (
        "Divani Morandi S.p.A. makes sofas in Italy.\n\n"
        "Founded in 1964 by Lorenzo's father, Aldo, the group employs 812 people.\n"
    )
    kinds = kinds_of(text, knowledge)
    assert kinds.get("Aldo") == "person" and kinds.get("Lorenzo") == "person"
    assert figure(claims_of(text, knowledge), "812 people").subject.name == "Divani Morandi"


def test_and_before_a_last_word_and_a_legal_form_joins_one_name(knowledge):
    text = "Hadley Brothers Removals and Storage Ltd, the Reading-based removals company, reports revenue of £41.2 million.\n"
    assert kinds_of(text, knowledge).get("Hadley Brothers Removals and Storage") == "organisation"
    two = kinds_of("Thomson Corporation and Reuters Group PLC agreed to merge.\n", knowledge)
    assert "Thomson" in two and "Reuters" in two


HADLEY_RESULTS = (
    "<html><head><title>Annual results 2024/25 | Hadley Brothers</title></head><body>\n"
    "<p>Hadley Brothers Removals and Storage Ltd, the Reading-based removals company, today reports revenue of "
    "£41.2 million for the year to 31 March 2025.</p>\n</body></html>\n"
)
HADLEY_BRIEF = (
    "---\ntitle: Removals brief\ndate: 2025-09-30\n---\n\n"
    "| Company | Revenue FY2024/25 |\n|---|---|\n| Hadley Brothers (Reading) | £44.7m |\n| Hadley Wood Removals (Barnet) | £3.1m |\n\n"
    "Financial years end on 31 March.\n"
)


def test_a_titles_short_name_of_the_texts_company_is_its_topic_and_another_storys_name_for_it(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    model = build_model(parse_document("results.html", HADLEY_RESULTS.encode()), knowledge)
    assert model.entities[model.topic].name == "Hadley Brothers Removals and Storage"
    found = findings("figure-mismatch", **{"results.html": HADLEY_RESULTS, "brief.md": HADLEY_BRIEF})
    assert any({"£41.2 million", "£44.7m"} <= {e.text for e in f.evidence} for f in found)


def test_a_possessive_short_name_in_another_story_is_the_full_names():
    found = findings(
        "attribution-conflict",
        **{
            "report.txt": "In June Brodie's Ironmongery bought Keane's Hardware, the six-store Sligo chain, for £9 million.\n",
            "brief.txt": "Crossan Hardware grew fastest, buying the six-store Sligo chain Keane's for £9m in June 2024.\n",
        },
    )
    assert found and all("Keane's Hardware" in f.message for f in found)


def test_an_earlier_figure_with_its_own_year_is_that_years_fact():
    found = findings(
        "figure-mismatch",
        **{
            "release.txt": (
                "DORTMUND, Germany, 28 August 2025 - Glanzwerk Autowaschparks GmbH expects revenue of EUR 78 million "
                "to EUR 82 million for the full year, after EUR 71.8 million in 2024.\n"
            ),
            "brief.md": (
                "---\ntitle: Car washes\ndate: 2025-10-15\n---\n\n| Operator | Sites, end-2024 | Revenue, 2024 |\n|---|---|---|\n"
                "| Glanzwerk (Dortmund) | 68 | €68.4m |\n| Clearway Car Wash (Northampton) | 39 | £24.7m |\n"
            ),
        },
    )
    assert any({"EUR 71.8 million", "€68.4m"} <= {e.text for e in f.evidence} for f in found)


def test_an_earlier_figure_told_a_year_earlier_stays_a_support_of_its_level(knowledge):
    text = "Glanzwerk Autowaschparks GmbH said revenue rose to EUR 78 million, up from EUR 71.8 million a year earlier.\n"
    claim = figure(claims_of(text, knowledge), "EUR 71.8 million")
    assert claim.role == "previous"
    from auditor.link import linked_role

    assert not linked_role(claim)


def test_after_a_sum_of_its_own_is_no_earlier_figure(knowledge):
    text = "Glanzwerk Autowaschparks GmbH made a loss of EUR 2 million, after EUR 5 million of write-downs.\n"
    assert figure(claims_of(text, knowledge), "EUR 5 million").role != "previous"


def test_a_founding_year_after_a_label_dates_no_figure_of_the_sentence(knowledge):
    text = (
        "Glanzwerk Autowaschparks GmbH runs car washes.\n\n"
        "About Glanzwerk: Founded in Dortmund in 2006, Glanzwerk operates 81 sites and employs about 650 people.\n"
    )
    claims = claims_of(text, knowledge)
    for surface in ("81 sites", "about 650 people"):
        claim = figure(claims, surface)
        assert claim.time is None or claim.time.year != 2006


@pytest.mark.parametrize(
    "sentence",
    [
        "- Revenue up 7.2% to EUR 356 million (first half of 2024: EUR 332 million)",  # half a year's
        "Revenue rose 6% to EUR 112 million from EUR 106 million in 2023, a figure restated for a change in accounting.",
        "Revenue rose 17% to EUR 118.6 million in 2024 from EUR 101 million.",  # the year is the level's
    ],
)
def test_an_earlier_figure_stays_a_support_where_its_year_is_not_its_own_whole_year(knowledge, sentence):
    from auditor.link import linked_role

    text = f"Corticeira Azenha, S.A. reports its results.\n\n{sentence}\n"
    earlier = next(c for c in claims_of(text, knowledge) if c.role == "previous")
    assert not linked_role(earlier)


RADIO = (
    "FARM GATE - Radio Marches, Tuesday 9 December 2025. Transcript.\n"
    "GWEN LLOYD (presenter): With me are David Pritchard, who is farms director at Hollowmere, and Annelies de Boer, "
    "commercial director of Kleinveld Eieren.\n"
    "DAVID PRITCHARD: Since then we've packed something like nine billion eggs. We opened the Leominster packing centre in 2011.\n"
    "GWEN LLOYD: And Kleinveld?\n"
    "ANNELIES DE BOER: We packed 460 million eggs last year.\n"
)


def test_each_guest_speaks_for_the_company_the_host_introduced_them_with(knowledge):
    claims = claims_of(RADIO, knowledge, "radio.txt")
    assert figure(claims, "460 million eggs").subject.name == "Kleinveld Eieren"
    assert figure(claims, "nine billion eggs").subject.name == "Hollowmere"
    opened = next(c for c in claims if c.kind == "date" and c.evidence.text == "2011")
    assert (opened.subject.name, opened.object.name) == ("Hollowmere", "Leominster")


def test_a_count_since_then_written_with_a_short_perfect_is_a_running_total(knowledge):
    claim = figure(claims_of(RADIO, knowledge, "radio.txt"), "nine billion eggs")
    assert claim.qualifiers is not None and claim.qualifiers.scope == "cumulative"


def test_a_site_named_by_its_town_opening_a_clause_is_the_storys_companys(knowledge):
    text = (
        "Hollowmere Farms lifts revenue as shoppers go free-range\n\n"
        "LEOMINSTER, England, 16 September 2025 (Farm Wire) - Hollowmere Farms, the Herefordshire egg producer, "
        "said on Tuesday that revenue rose to £148.6 million.\n\n"
        "Hollowmere also signed a five-year supply agreement with a supermarket chain.\n\n"
        "The Leominster packing centre, opened in 2009, grades up to 2.4 million eggs a day.\n"
    )
    opened = next(c for c in claims_of(text, knowledge, "wire.txt") if c.kind == "date" and c.evidence.text == "2009")
    assert (opened.subject.name, opened.object.name) == ("Hollowmere Farms", "Leominster")


def test_a_facts_unit_that_names_its_thing_more_closely_in_two_words_is_read(tmp_path):
    from auditor.checks.facts import load_reference_facts as load_facts

    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "- subject: Lavandes Aurent SAS\n  attribute: capacity\n  value: 120 tonnes of oil a year\n"
        "  unit: tonnes of essential oil per year\n"
    )
    assert load_facts(facts)


def test_a_facts_unit_of_another_thing_is_still_refused_by_file_line_and_field(tmp_path):
    from auditor.checks.facts import FactsFileError
    from auditor.checks.facts import load_reference_facts as load_facts

    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "- subject: Lavandes Aurent SAS\n  attribute: capacity\n  value: 120 tonnes of oil a year\n"
        "  unit: tonnes of essential soap per year\n"
    )
    with pytest.raises(FactsFileError, match=r"facts\.yaml:4: unit"):
        load_facts(facts)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("In 2024 we sold 94,500 barrels, up from 88,200.", "count"),  # a cooperage's casks
        ("The field produced 94,500 barrels of oil.", "quantity"),
        ("Output reached 1.2 million barrels a day.", "quantity"),
        ("The brewery sold 2 million barrels last year.", "quantity"),
    ],
)
def test_barrels_are_casks_unless_the_sentence_tells_of_oil_or_beer(knowledge, sentence, kind):
    text = f"Tonnellerie Marsac makes casks.\n\n{sentence}\n"
    claim = next(c for c in claims_of(text, knowledge) if "barrels" in c.evidence.text)
    assert claim.value.kind == kind


def test_a_title_naming_a_longer_name_on_the_same_word_is_about_that_company(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    text = (
        "<html><head><title>Fjellvik Redning AS \u2013 Annual report 2024</title></head><body>\n"
        "<p>We are often asked whether we belong to Fjellvik Bil AS, the Hamar car dealer founded in 1948. We do not.</p>\n"
        "<ul><li>1971 \u2013 Ola Fjellvik founds the company in Lillehammer</li></ul>\n</body></html>\n"
    )
    model = build_model(parse_document("report.html", text.encode()), knowledge)
    assert model.entities[model.topic].name == "Fjellvik Redning"
    founded = next(c for c in claims_of(text, knowledge, "report.html") if c.kind == "date" and c.evidence.text == "1971")
    assert founded.subject.name == "Fjellvik Redning"


def test_a_years_own_figure_set_against_the_level_is_of_the_levels_measure(knowledge):
    text = (
        "---\ntitle: Kinetika Fysio half-year report\ndate: 2025-08-28\n---\n\n"
        "Kinetika Fysio B.V. reports its half year.\n\n"
        "Revenue rose 14% to EUR 31.6 million, already more than half of last year's EUR 61.2 million.\n"
    )
    claim = figure(claims_of(text, knowledge, "report.md"), "EUR 61.2 million")
    assert claim.event == "revenue" and claim.time.year == 2024


def test_barrels_in_a_story_of_oil_stay_a_volume_whatever_the_sentence_says(knowledge):
    text = (
        "Oil prices fell on Tuesday as the agency released reserves.\n\n"
        "Its members will release 60 million barrels next month.\n"
    )
    assert figure(claims_of(text, knowledge), "60 million barrels").value.kind == "quantity"


def test_a_description_run_by_a_person_still_describes_the_name_before_it(knowledge):
    text = (
        "---\ntitle: Casks\ndate: 2025-06-01\n---\n\n"
        "Barricas del Ebro, the Logroño cooperage run by Lucía Ortega, grew revenue to €41.2m in 2024 and employs 258 people.\n"
    )
    claims = claims_of(text, knowledge, "brief.md")
    for surface in ("€41.2m", "258 people"):
        claim = figure(claims, surface)
        assert claim.role != "joint" and claim.subject.name == "Barricas del Ebro"


def test_a_sites_entry_among_milestones_is_the_page_companys_and_disagrees_with_a_brief():
    report = (
        "<html><head><title>Annual report 2024 | Tonnellerie Marsac</title></head><body>\n"
        "<h1>Tonnellerie Marsac</h1>\n<p>Tonnellerie Marsac makes barrels in Cognac.</p>\n"
        "<ul><li>1998 \u2013 Stave mill at Merpins opens, seasoning oak from the Limousin forests</li></ul>\n</body></html>\n"
    )
    brief = (
        "---\ntitle: Oak brief\ndate: 2025-09-01\n---\n\n"
        "Tonnellerie Marsac remains France's largest independent cooperage. Its stave mill at Merpins, opened in 2003, "
        "now seasons the wood.\n"
    )
    found = findings("date-mismatch", **{"report.html": report, "brief.md": brief})
    assert any({"1998", "2003"} <= {e.text for e in f.evidence} for f in found)
    from auditor.extract import load_knowledge as knowledge_of

    entry = next(c for c in claims_of(report, knowledge_of(), "report.html") if c.kind == "date" and c.evidence.text == "1998")
    assert entry.subject is not None and entry.subject.name == "Tonnellerie Marsac"


@pytest.mark.parametrize("label", ["Leadership", "Property", "Profile", "Outlook"])
@pytest.mark.parametrize("description", ["The group", "The Swedish group"])
def test_a_sections_bold_label_before_the_companys_description_names_no_company(knowledge, label, description):
    text = (
        "---\ntitle: Results\ndate: 2025-03-01\n---\n\nVerdane Metals AB reported revenue of SEK 4.1 billion for 2024.\n\n"
        f"**{label}.** {description} expects revenue of SEK 4.5 billion in 2025.\n"
    )
    assert figure(claims_of(text, knowledge, "results.md"), "SEK 4.5 billion").subject.name == "Verdane Metals"
