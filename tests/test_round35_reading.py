"""Readings added in round 35, each on sentences of our own.

- A table cell with its currency but no scale takes the scale of its column's
  unit ("GBP 34.2" under "2024 revenue (m)").
- A compound description's plural last word may be its verb ("the company
  contracts growers and employs 86 people").
- A title's name after a participle of place ("Cut in Jutland") is where the
  story is set, not whom it is about.
- "picked up X for £Y" is a purchase; things "sent" are no deliveries.
- A company's own release opening on "The £14.5 million acquisition of ..."
  tells its own deal; "Of that total, ..." splits the total told before.
- Given names are known when written with accents their entry lacks.
"""

from __future__ import annotations

import pytest

from auditor.document.coreference import find_references
from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, kinds_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


TABLE = (
    "# Kilns and ovens: market brief, June 2025\n\n"
    "| Company | HQ | 2024 revenue (m) | Sites |\n"
    "|---|---|---|---|\n"
    "| Ashgrove Kilns Ltd | Stoke | GBP 27.6 | 4 |\n"
    "| Brennofen Keller GmbH | Selb | EUR 19.1 | 3 |\n"
    "| Cottam Ovens Ltd | Leeds | £8.4m | 2 |\n"
)


@pytest.mark.parametrize("surface, value, unit", [("GBP 27.6", 27_600_000, "GBP"), ("EUR 19.1", 19_100_000, "EUR"), ("£8.4m", 8_400_000, "GBP")])
def test_a_cells_currency_without_a_scale_takes_its_columns_scale(knowledge, surface, value, unit):
    claim = figure(claims_of(TABLE, knowledge, "brief.md"), surface)
    assert claim.event == "revenue"
    assert claim.value is not None and claim.value.unit == unit and claim.value.value == pytest.approx(value)


def test_a_cell_under_a_unit_without_a_scale_is_read_as_written(knowledge):
    table = "| Company | Price per kiln (GBP) |\n|---|---|\n| Ashgrove Kilns Ltd | GBP 27.6 |\n"
    claims = claims_of(table, knowledge, "prices.md")
    assert all(c.value is None or c.value.value < 1000 for c in claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Today the company contracts growers across the county and employs 86 people.",
        "The group operates 40 sites and employs 86 people.",
        "The firm plans two more kilns and employs 86 people.",
    ],
)
def test_a_compounds_plural_last_word_may_be_the_descriptions_verb(knowledge, sentence):
    text = f"I went to see Ashgrove Kilns Ltd in June.\n\nAshgrove was founded in 1931. {sentence}\n"
    claim = figure(claims_of(text, knowledge), "86 people")
    assert claim.subject is not None and claim.subject.name == "Ashgrove Kilns"


def test_a_plural_noun_compound_is_still_no_company(knowledge):
    # "company contracts" before a verb of its own is a noun: no description ends at "company".
    for sentence in ("The company contracts were signed in May.", "The company contracts of 2024 ran out."):
        assert not any(r.surface == "The company" for r in find_references(sentence, [], knowledge.references))


FEATURE = (
    "# Cut in Thyholm, laid in Kent: the straw trade behind {behind}\n\n"
    "*Roof Craft Monthly, May 2025*\n\n"
    "Walk past a thatched cottage in Kent and the straw may have grown in Denmark. "
    "Hurup Straa ApS, a cutter, shipped 210,000 bundles last year.\n\n"
    "Among the buyers is Haddow & Finch Thatching Ltd. The Tenterden firm turned over £5.1m in the year to March 2025.\n"
)


@pytest.mark.parametrize("behind", ["English thatch", "the Weald's roofs"])
def test_a_title_name_after_a_participle_of_place_or_never_told_again_is_no_topic(knowledge, behind):
    claim = figure(claims_of(FEATURE.format(behind=behind), knowledge, "feature.md"), "£5.1m")
    assert claim.subject is not None and claim.subject.name == "Haddow & Finch Thatching"


@pytest.mark.parametrize("sentence", ["Kettleby Union sent 13 families to the shelter in 2024.", "Tesco Stores Ltd sent e-mails demanding £2 million."])
def test_things_sent_are_no_deliveries(knowledge, sentence):
    assert all(c.event not in ("deliveries",) and not (c.event or "").endswith(" sold") for c in claims_of(sentence + "\n", knowledge))


def test_a_verb_with_its_object_after_a_count_is_the_clauses_own(knowledge):
    claim = figure(claims_of("Kettleby Foods Ltd held a ballot. A ballot of 970 employees produced a turnout of 64%.\n", knowledge), "970 employees")
    assert claim.event != "production"


def test_picked_up_for_a_price_is_a_purchase(knowledge):
    claim = figure(claims_of("Kingsway Social picked up Pinhigh Lanes' four centres for 9.5 million pounds this spring.\n", knowledge), "9.5 million pounds")
    assert claim.event == "acquisition"
    assert claim.subject is not None and claim.subject.name == "Kingsway Social"


RELEASE = (
    "PINHIGH LEISURE PLC - INTERIM RESULTS FOR THE 26 WEEKS TO 28 JUNE 2025\n\n"
    "READING, 9 September 2025 - Pinhigh Leisure plc today reported revenue of £44.0 million for the 26 weeks to 28 June 2025.\n\n"
    "Of that total, bowling brought in £25.0 million, food and drink £13.0 million and arcades £6.0 million.\n\n"
    "The group now runs 21 centres. The £9.5 million acquisition of the four-centre Tollgate Bowl chain was completed in April.\n"
)


def test_an_own_release_opening_on_its_deals_price_tells_its_own_deal(knowledge):
    claim = figure(claims_of(RELEASE, knowledge, "release.txt"), "£9.5 million")
    assert claim.event == "acquisition"
    assert claim.subject is not None and claim.subject.name == "Pinhigh Leisure"


@pytest.mark.parametrize("surface", ["£25.0 million", "£13.0 million", "£6.0 million"])
def test_the_parts_of_a_total_told_before_are_its_owners_parts(knowledge, surface):
    claim = figure(claims_of(RELEASE, knowledge, "release.txt"), surface)
    assert claim.subject is not None and claim.subject.name == "Pinhigh Leisure"
    assert claim.role == "part"


def test_parts_that_do_not_add_up_to_the_total_before_are_found():
    text = RELEASE.replace("arcades £6.0 million", "arcades £4.0 million")
    found = findings("parts-sum", **{"release.txt": text})
    assert any("£44.0 million" in {e.text for e in f.evidence} for f in found)


@pytest.mark.parametrize("name", ["Dónal Crowley", "Siobhán Keane", "Eoin Gallagher"])
def test_given_names_with_or_without_accents_make_people(knowledge, name):
    text = f"Founded in 1981 by driller {name}, Tobar Wells Ltd has drilled 30,000 wells.\n"
    assert kinds_of(text, knowledge).get(name) == "person"
    claim = next(c for c in claims_of(text, knowledge) if c.kind == "date")
    assert claim.subject is not None and claim.subject.name == "Tobar Wells"


def test_parts_that_add_up_to_the_total_before_are_no_finding():
    assert not findings("parts-sum", **{"release.txt": RELEASE})


def test_parts_after_a_sentence_of_two_sums_split_no_one_whole(knowledge):
    text = RELEASE.replace(
        "today reported revenue of £44.0 million for the 26 weeks to 28 June 2025.",
        "today reported revenue of £44.0 million and costs of £39.0 million for the 26 weeks to 28 June 2025.",
    )
    claims = claims_of(text, knowledge, "release.txt")
    assert figure(claims, "£25.0 million").part_of is None


@pytest.mark.parametrize("sentence, surface", [("We've forty-two people now, and eleven rigs.", "forty-two people"), ("We\u2019ve 42 people on the road.", "42 people")])
def test_a_companys_own_we_have_people_is_its_headcount(knowledge, sentence, surface):
    text = f"INTERVIEWER: How big is Tobar Wells Ltd today?\n\nSIOBHAN KEANE: {sentence}\n"
    claim = figure(claims_of(text, knowledge, "interview.txt"), surface)
    assert claim.event == "employees"


@pytest.mark.parametrize("sentence", ["They've 42 staff in Cork.", "We've 42 rigs."])
def test_a_count_after_a_contracted_pronoun_is_read(knowledge, sentence):
    assert [c for c in claims_of(f"Tobar Wells Ltd drills wells. {sentence}\n", knowledge) if c.kind == "count"]


def test_a_count_after_a_capitalised_label_is_still_no_count(knowledge):
    assert not [c for c in claims_of("See Section 42 rules for details.\n", knowledge) if c.kind == "count"]


@pytest.mark.parametrize("places", ["in cities such as Angers and Tours", "in towns including Lisieux, Vire and Falaise"])
def test_a_name_a_preposition_governs_is_no_subject_its_next_it_means(knowledge, places):
    text = (
        "Vantaux Auto-Ecole SA said revenue rose 9% in 2024.\n\n"
        f"Chief executive Marc Olin said demand was strong {places}.\n\n"
        "In January it signed a three-year contract with Kerlys Transports, the bus operator.\n"
    )
    (deal,) = [c for c in claims_of(text, knowledge) if c.kind == "deal"]
    assert deal.subject is not None and deal.subject.name == "Vantaux Auto-Ecole"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hollowfield Feeds Ltd switched on its new pellet line at the Asfordby mill in June 2023.",
        "Hollowfield Feeds Ltd commissioned its new pellet line at the Asfordby mill in June 2023.",
    ],
)
def test_a_commissioning_told_with_its_site_is_dated(knowledge, sentence):
    claim = next(c for c in claims_of(sentence + "\n", knowledge) if c.kind == "date")
    assert claim.event == "commissioning"


def test_a_short_name_is_not_the_company_a_sentence_calls_unrelated(knowledge):
    text = (
        "Brandt to buy Irish feed maker Tullyvale\n\n"
        "VERDEN, 9 July 2025 - Rossmühle Brandt GmbH, the horse-feed miller, has agreed to buy a rival.\n\n"
        "Brandt, founded in 1921, milled 185,000 tonnes of feed in 2024.\n\n"
        "Brandt Agrar AG, a Hanover farm-machinery dealer founded in 1968, is not related to the miller.\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "185,000 tonnes").subject.name == "Rossmühle Brandt"
    founded = next(c for c in claims if c.kind == "date" and c.evidence.text == "1921")
    assert founded.subject is not None and founded.subject.name == "Rossmühle Brandt"


def test_a_timeline_entry_with_its_place_set_off_is_the_pages_opening(knowledge):
    page = (
        "<html><head><title>About us | Kestrel Wings Ltd</title></head><body><ul>\n"
        "<li>2016 - Sewing plant in Galle, Sri Lanka, opens</li>\n"
        "</ul></body></html>\n"
    )
    claim = next(c for c in claims_of(page, knowledge, "about.html") if c.kind == "date")
    assert claim.event == "opening"
    assert claim.subject is not None and claim.subject.name == "Kestrel Wings"


SITES = (
    "<html><head><title>About us | Kletterform GmbH</title></head><body>\n<p><b>Kletterform GmbH</b> has made climbing holds in Kempten since 1994. Today our 236 employees pour and test holds.</p>\n"
    "<table>\n<tr><th>Year</th><th>Milestone</th></tr>\n<tr><td>2013</td><td>Second plant opens in Brno</td></tr>\n</table>\n"
    "<table>\n<tr><th>Site</th><th>Employees</th></tr>\n"
    "<tr><td>Kempten (DE)</td><td>188</td></tr>\n<tr><td>Brno (CZ)</td><td>74</td></tr>\n<tr><td>Total</td><td>{total}</td></tr>\n</table>\n"
    "</body></html>\n"
)


def test_a_site_tables_total_row_is_the_companys_whole():
    assert findings("figure-mismatch", **{"about.html": SITES.format(total="262")})
    assert not findings("figure-mismatch", **{"about.html": SITES.format(total="236").replace("<td>74</td>", "<td>48</td>")})


@pytest.mark.parametrize("text, value, counted", [("a 46,000-hold order from Vertika", 46000, "holds"), ("a 1,200-seat arena", 1200, "seats")])
def test_a_compound_count_with_its_thousands_written_apart_is_read(knowledge, text, value, counted):
    from auditor.extract.figures import find_figures

    (found,) = find_figures(text, knowledge.lexicon)
    assert found.quantity.value == value and found.quantity.counted == counted


def test_an_index_level_written_as_a_compound_is_no_count(knowledge):
    from auditor.extract.figures import find_figures

    assert not find_figures("The Sensex crossed the 2,100-mark on Monday.", knowledge.lexicon)


def test_a_timeline_entry_ending_on_its_verb_is_the_pages_deed(knowledge):
    page = (
        "<html><head><title>About us | Kaserei Alpbach AG</title></head><body><ul>\n"
        "<li>2008: Our ripening cellar in the rock above Egg opens</li>\n"
        "</ul></body></html>\n"
    )
    claim = next(c for c in claims_of(page, knowledge, "about.html") if c.kind == "date")
    assert claim.event == "opening"
    assert claim.subject is not None and claim.subject.name == "Kaserei Alpbach"


def test_a_guests_short_name_is_not_the_company_she_says_is_nothing_to_do_with_hers(knowledge):
    text = (
        "MOVING ON - a podcast about clinic businesses\n"
        "Episode 12, released 3 March 2025.\n\n"
        "TOM HALE: Welcome back. My guest built a chain of clinics in Wales and sold it. Ruth Evans, welcome.\n"
        "RUTH EVANS: Thanks, Tom.\n"
        "HALE: Take us back to the start.\n"
        "EVANS: I set up Castlemere in 2004, in one room above a shop in Cardiff.\n"
        "HALE: And today?\n"
        "EVANS: Turnover last year was 4.1 million pounds.\n"
        "HALE: People must mix you up with Castlemere Dental.\n"
        "EVANS: All the time! Castlemere Dental is a practice in Leeds, founded in 1988, nothing to do with us.\n"
    )
    claim = next(c for c in claims_of(text, knowledge, "podcast.txt") if c.kind == "date" and c.evidence.text == "2004")
    assert claim.subject is not None and claim.subject.name == "Castlemere"
