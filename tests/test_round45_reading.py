"""Readings added in round 45, each on sentences of our own.

- An area right before the words of land a crop stands on ("58 hectares
  under vine", "40 acres of orchards") is the holding's area under crop, a
  stock (``crop_land_after``); "the family business's" is the whole company,
  no segment of it (``ownership_modifiers``).
- A title or an opening heading "Harvest letter from Hollowmere" over a
  text in the first person plural makes Hollowmere its writer
  (``own_letter_heads``); not "Letter from the Executive Board"
  (``company_bodies``), a place or a person.
- A verb two events list reads as the one whose figures fit: "brought in
  185 tonnes" is a harvest, "brought in £3m" revenue (``shared_verbs``).
- A paragraph that opens on a tender's lot ("II.2 Lot 1 - Leeds North.")
  is that lot's: two lots' estimates are no one figure told twice.
- A table's row counting what a company has ("Vehicles in the fleet") is no
  part of the year's flow its "Total" row sums.
- A reference fact of a financial year ended by June ("year ended 31 March
  2024") is not held against a figure dated by the calendar year alone
  ("turned over £186m last year"); nor is a running total ("has raised
  £14m since it opened") against one round, unless the fact's note says it
  is a total.
- A table of sums on line items ("Holiday pay | £6,240") is read for its
  "Total" row though its rows name no measure; a column of medians or
  averages is never summed (``unsummed_column_words``).
- A page titled "Our story | Harbour Lane Bakery" or "Corrigan School of
  Dance - Summer Term Newsletter" over a text in the first person plural
  is that company's own (``page_kinds``, ``own_newsletter_endings``);
  "Grade 3" is a grade, no name.
- "With 68 buses on the road and 312 colleagues, we are still small": the
  fronted phrase counts what the clause's subject has, its staff among it.
- "Lot 1: Contract awarded to Kestwell Transport Ltd. Value for the initial
  term: £38.6m" credits the lot and its value to its winner.
- Minutes: "Cllr Ruth Adeyemi" is a person; "6. SMALL GRANTS. RESOLVED to
  award" runs a heading in before a decision in capitals, neither a name;
  "5. BATH ROAD HALL." beside the place "Bath Road" is about the hall, not
  about "Bath Road Traders", so "the company" after "a director of
  Arabesque" is Arabesque.
- "two thousand eight hundred pounds" is £2,800 and "two million three
  hundred thousand pounds" £2.3 million: a number in words with a scale
  word inside it is read whole.
- "moved into its new Beeston workshop, about 2,400 sq m, in October 2024":
  a size set off by commas parts no deed from its date.
- "we are installing the Derby wayfinding scheme, a £780,000 contract": the
  contract is the doer's, not the scheme's name's; a page "FAQs | Brightwell
  Signs" is Brightwell's own.
- "one adult for every eight children" counts no children (a ratio's term).
- A careers page ("Careers | Weighbridge Operator | Corrin Group") is the
  site's own; "Posted 2 September 2025 · Closing date 26 September 2025"
  on its first lines dates it, the posting's day, and its present figures
  with it.
- In a transcript, "They" opening a turn after its speaker's label is read
  as a sentence's opening "They", and a host's prompt of a sentence or two
  naming one company is asked of as a question is ("DEV: And Pennine Rider
  is the one everyone has an opinion about." / "HELEN: They're a firm of
  fewer than 300 people").
- A plain text's first line that is a date alone ("22 May 2025") is no
  title; a title in capitals keeps its bracketed short names in their own
  case ('CITADEL PARKING PLC ("Citadel", "the Group") - PRELIMINARY
  RESULTS'), so "we" and "the Group" are Citadel's.
- "Diesel buses | 44", "Hybrid buses | 6" over "Total fleet | 50": the total
  counts buses, as its rows do.
- "*By Sam Okereke | Recycling Week | Updated ...*": a byline names the
  outlet after its writer, no party of the story; "Goole" is no "Google" (a
  short name a letter shorter is another word, not a slip of spelling).
- "took the name along the coast to Filey": a name after "to" or "from" is
  no subject for "the firm" to mean.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, issuer_name, model_of, subject_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()



def test_an_area_under_a_crop_is_the_holdings_standing_area(knowledge):
    claims = claims_of(
        "Brackenridge Orchards picked its last apples on 3 October. The family business's 41 hectares of orchards "
        "are now all in bearing. Its neighbour planted 6 hectares in 2024.",
        knowledge,
    )
    orchards = figure(claims, "41 hectares")
    assert (orchards.subject.name, orchards.event, orchards.role) == ("Brackenridge Orchards", "cropped-area", None)
    assert figure(claims, "6 hectares").event == "planted-area"


def test_two_areas_under_vine_of_one_estate_differ(knowledge):
    found = findings(
        "figure-mismatch",
        a="Tallowmere Vineyards is picking again. Tallowmere has 37 hectares under vine near Ledbury.",
        b="Tallowmere Vineyards at a glance: 44 hectares under vine, all of them near Ledbury.",
    )
    assert len(found) == 1


def test_a_letter_from_a_company_is_written_by_it(knowledge):
    text = (
        "---\ntitle: Our autumn round-up\ndate: 2025-10-02\n---\n\n# News from Fernhollow Creamery\n\n"
        "Dear customers,\n\nWe made 61 tonnes of cheese this year, our best yet, and we thank you. "
        "Our shop will close for a week in November.\n"
    )
    assert issuer_name(text, knowledge) == "Fernhollow Creamery"
    assert subject_of(claims_of(text, knowledge, "doc.md"), "61 tonnes") == "Fernhollow Creamery"


@pytest.mark.parametrize(
    "heading",
    ["Letter from the Executive Board", "Letter from Brussels", "A letter from Maria Okonjo"],
)
def test_a_letter_from_a_body_a_place_or_a_person_names_no_writer(knowledge, heading):
    text = (
        f"# {heading}\n\nDear shareholders,\n\nWe grew our sales and we thank our staff. "
        "Our new plant opened in May. Maria Okonjo chairs the board of Tessaly Foods.\n"
    )
    assert issuer_name(text, knowledge) in (None, "Tessaly Foods")


def test_a_verb_of_two_events_reads_as_the_one_its_figure_fits(knowledge):
    claims = claims_of("Pellow Farm brought in 185 tonnes from its orchards. Its shop brought in £3m.", knowledge)
    assert figure(claims, "185 tonnes").event == "production"
    assert figure(claims, "£3m").event == "revenue"


def test_two_lots_of_one_tender_are_two_figures(knowledge):
    text = (
        "CONTRACT AWARD NOTICE - Wharfedale Health Board\n\n"
        "II.2 Lot 1 - Leeds North. Estimated activity: around 91,000 journeys a year.\n\n"
        "II.3 Lot 2 - Otley and Ilkley. Estimated activity: around 38,000 journeys a year.\n"
    )
    claims = claims_of(text, knowledge)
    assert [figure(claims, f"around {n} journeys a year").qualifiers.phase for n in ("91,000", "38,000")] == ["lot 1", "lot 2"]
    assert not findings("figure-mismatch", notice=text)


def test_a_fleet_row_is_no_part_of_a_years_journeys(knowledge):
    text = (
        "---\ntitle: Kestwell Ambulance Services - Annual Review 2024/25\n---\n## The year in numbers\n"
        "| Year to 31 March | 2023/24 | 2024/25 |\n|---|---|---|\n"
        "| Vehicles in the fleet | 131 | 140 |\n| Renal journeys | 29,000 | 30,100 |\n"
        "| Outpatient journeys | 50,000 | 52,400 |\n| **Total journeys** | 79,000 | 82,500 |\n"
    )
    assert not findings("parts-sum", **{"review.md": text})
    wrong = text.replace("| 82,500 |", "| 84,500 |")
    assert len(findings("parts-sum", **{"review.md": wrong})) == 1


FISCAL_FACT = """- subject: Harrowgate Parking
  attribute: amount
  value: GBP 171 million
  event: revenue
  year: 2024
  note: financial year ended 31 March 2024
"""


def test_a_calendar_year_is_not_held_to_a_financial_year_ended_in_march(knowledge, tmp_path):
    from reading_helpers import findings_against_facts

    story = "BRADFORD, 6 June 2025 - Harrowgate Parking, which turned over £186m last year, bid for the contract."
    assert not findings_against_facts(FISCAL_FACT, tmp_path, story=story)
    stated = "BRADFORD, 6 June 2025 - Harrowgate Parking had revenue of £186m in the year to March 2024."
    assert len(findings_against_facts(FISCAL_FACT, tmp_path, story=stated)) == 1


ROUND_FACT = """- subject: Fishwick Group
  attribute: amount
  value: GBP 6.5 million
  event: funding-round
  year: 2025
  note: NOTE
"""


def test_a_running_total_is_not_held_to_one_round(knowledge, tmp_path):
    from reading_helpers import findings_against_facts

    story = "LEEDS, 17 April 2025 - Fishwick Group has raised £14m since its first shop opened in 2017."
    assert not findings_against_facts(ROUND_FACT.replace("NOTE", "growth round led by Tarn Capital"), tmp_path, story=story)
    assert len(findings_against_facts(ROUND_FACT.replace("NOTE", "raised to date"), tmp_path, story=story)) == 1


AWARD = (
    "The tribunal awarded Ms Okafor compensation.\n\n| Head of claim | Amount |\n|---|---|\n"
    "| Holiday pay | £4,120 |\n| Unlawful deductions | £2,950 |\n| Total | TOTAL |\n"
)


def test_line_items_of_money_add_up_to_their_total(knowledge):
    assert len(findings("parts-sum", **{"award.md": AWARD.replace("TOTAL", "£7,970")})) == 1
    assert not findings("parts-sum", **{"award.md": AWARD.replace("TOTAL", "£7,070")})


def test_a_column_of_medians_is_not_summed(knowledge):
    survey = (
        "The guild surveyed its members in 2025.\n\n| Region | Responses | Median call-out fee |\n|---|---:|---:|\n"
        "| North | 128 | £92 |\n| Midlands | 97 | £90 |\n| South | 104 | £118 |\n| **Total** | **329** | **£95** |\n"
    )
    assert not findings("parts-sum", **{"survey.md": survey})
    assert len(findings("parts-sum", **{"survey.md": survey.replace("**329**", "**339**")})) == 1


def test_a_site_page_is_its_companys_own(knowledge):
    page = (
        "<html><head><title>Harbour Lane Bakery - Our story</title></head><body><h1>Our story</h1>"
        "<p>We are a family bakery and we bake every night. All 9 of our shops sell our bread.</p></body></html>"
    )
    assert issuer_name(page, knowledge, "story.html") == "Harbour Lane Bakery"
    assert subject_of(claims_of(page, knowledge, "story.html"), "9") == "Harbour Lane Bakery"
    town = page.replace("Harbour Lane Bakery - Our story", "Whitby - Our story")
    assert issuer_name(town, knowledge, "story.html") is None


def test_a_newsletter_title_names_its_writer(knowledge):
    text = (
        "---\ntitle: Fenwick School of Dance - Spring Term Newsletter\n---\n# Spring Term Newsletter\n\n"
        "Dear parents, we are back and we have news. Our Grade 3 ballet class has a new floor, and our "
        "142 pupils are all welcome.\n"
    )
    assert issuer_name(text, knowledge) == "Fenwick School of Dance"
    assert "Grade" not in {e.name for e in model_of(text, knowledge, "doc.md").entities}


def test_a_fronted_with_phrase_counts_what_the_subject_has(knowledge):
    claims = claims_of("With 68 buses on the road and 312 colleagues, Calderline Buses is still small.", knowledge)
    staff = figure(claims, "312 colleagues")
    assert (staff.subject.name, staff.event) == ("Calderline Buses", "employees")
    assert subject_of(claims, "68 buses") == "Calderline Buses"
    claims = claims_of("With EUR 67 million of equity, the plant's funding is complete.", knowledge)
    assert figure(claims, "EUR 67 million").subject is None


def test_a_name_a_movement_goes_to_is_no_subject(knowledge):
    text = (
        "Tansby's opened its new restaurant on Tuesday. The family business has sold fish for sixty years. "
        "His son Ray took the name along the coast to Filbury and inland to Maltham in the 1980s. "
        "Tuesday's opening takes the firm to 14 shops."
    )
    assert subject_of(claims_of(text, knowledge), "14 shops") not in ("Filbury", "Maltham")


def test_a_lot_whose_contract_is_awarded_in_prose_is_its_winners(knowledge):
    notice = (
        "CONTRACT AWARD NOTICE - Wharfedale Health Board\n\n"
        "SECTION I - CONTRACTING AUTHORITY. Wharfedale Health Board, Otley Road, Leeds.\n\n"
        "SECTION III - AWARD OF CONTRACT. Date of award decision: 6 February 2025.\n\n"
        "Lot 1: Contract awarded to Kestwell Transport Ltd, Leeds. Value for the initial term: £38.6m excluding VAT.\n\n"
        "Lot 2: Contract awarded to Northwold Care Ltd, Otley. Value for the initial term: £21.4m excluding VAT.\n"
    )
    claims = claims_of(notice, knowledge)
    assert subject_of(claims, "£38.6m") == "Kestwell Transport"
    assert subject_of(claims, "£21.4m") == "Northwold Care"


GRANTS_MINUTES = """TILBY WARD GRANTS PANEL
Minutes of the meeting held on Tuesday 18 March 2025

Present: Cllr Ruth Adeyemi (Chair), Cllr Peter Holloway.

5. QUARRY ROAD HALL. The Property Officer reported on the hall on Quarry Road. Mr Pike, a director of Tessaly Studios, said the company, established in 2011, now teaches more than 1,200 pupils.

6. SMALL GRANTS. RESOLVED to award: Tilby Allotment Society, £2,400 for a water butt; the Quarry Road Traders' Association, £500 for lights.
"""


def test_minutes_name_their_councillors_and_not_their_headings(knowledge):
    kinds = {e.name: e.kind for e in model_of(GRANTS_MINUTES, knowledge, "doc.txt").entities}
    assert kinds.get("Ruth Adeyemi") == "person"
    assert not {"SMALL GRANTS", "RESOLVED", "Cllr Ruth Adeyemi"} & set(kinds)


def test_a_run_in_heading_naming_a_place_is_no_companys_item(knowledge):
    claims = claims_of(GRANTS_MINUTES, knowledge)
    assert subject_of(claims, "more than 1,200 pupils") == "Tessaly Studios"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("two thousand eight hundred pounds", 2800),
        ("twelve thousand five hundred pounds", 12500),
        ("two million three hundred thousand pounds", 2300000),
        ("one million, two hundred thousand pounds", 1200000),
        ("two thousand pounds", 2000),
    ],
)
def test_a_number_in_words_with_a_scale_inside_is_read_whole(knowledge, said, value):
    claims = claims_of(f"They charge {said} for a full day.", knowledge)
    money = [c for c in claims if c.kind == "money"]
    assert [(c.evidence.text, c.value.value) for c in money] == [(said, value)]


def test_a_size_set_off_by_commas_parts_no_move_from_its_date(knowledge):
    claims = claims_of("Penrose Signs moved into its new Beeston workshop, about 2,400 sq m, in October 2024.", knowledge)
    moved = figure(claims, "October 2024")
    assert (moved.subject.name, moved.event) == ("Penrose Signs", "relocation")


def test_a_contract_named_by_its_scheme_is_the_doers(knowledge):
    page = (
        "<html><head><title>FAQs | Penrose Signs, Nottingham</title></head><body><h1>Questions</h1>"
        "<p>We make signs and we fit them. Right now we are installing the Derby city-centre wayfinding scheme, "
        "a £780,000 contract covering finger posts.</p></body></html>"
    )
    assert subject_of(claims_of(page, knowledge, "faq.html"), "£780,000") == "Penrose Signs"


def test_a_ratios_term_is_no_count(knowledge):
    claims = claims_of("Acorn Nursery is registered for 48 children. We keep one adult for every eight children.", knowledge)
    assert figure(claims, "eight children").role == "ratio"
    assert not findings("figure-mismatch", faq="Acorn Nursery is registered for 48 children. It keeps one adult for every eight children.")


CAREERS = (
    "<html><head><title>Careers | Yard Operative | Darrow Metals</title></head><body>"
    "<h1>Yard Operative, Tinsley</h1><p><strong>Posted 2 September 2025</strong> · Closing date 26 September 2025</p>"
    "<h2>Why work for us?</h2><p>We have recycled metal since 1968. Today nearly 600 people work across our yards, "
    "and we are proud of them. Our pay is fair.</p></body></html>"
)


def test_a_careers_page_is_its_sites_own_and_dated_by_its_posting(knowledge):
    assert issuer_name(CAREERS, knowledge, "job.html") == "Darrow Metals"
    staff = figure(claims_of(CAREERS, knowledge, "job.html"), "nearly 600 people")
    assert (staff.subject.name, staff.event) == ("Darrow Metals", "employees")
    assert (staff.time.year, staff.time.month, staff.time.day) == (2025, 9, 2)


def test_a_headcount_on_a_later_page_is_held_to_the_accounts(knowledge):
    results = "SHEFFIELD, 9 June 2025 - Darrow Metals reported its results. At 31 March 2025 the Group had 640 employees."
    assert len(findings("figure-mismatch", **{"results.txt": results, "job.html": CAREERS})) == 1


PODCAST = """[02:40] DEV: And Calder Rider is the one everyone seems to have an opinion about.
[02:44] HELEN: They're a firm of fewer than 300 people and they still behave like a local company.
[04:10] DEV: Calder Rider have gone electric, haven't they? I've seen the green buses on the 542.
[04:15] HELEN: They have, sixteen electric buses, which for a firm that size is a real commitment.
"""


def test_a_turns_they_is_the_company_the_host_prompted(knowledge):
    claims = claims_of(PODCAST, knowledge)
    assert subject_of(claims, "fewer than 300 people") == "Calder Rider"
    assert subject_of(claims, "sixteen electric buses") == "Calder Rider"


RELEASE = """22 May 2025
TARROW PARKING PLC ("Tarrow", "the Group") - PRELIMINARY RESULTS FOR THE YEAR ENDED 31 MARCH 2025
Another year of growth.

We completed the acquisition of Baysend Parking in September. Tarrow now operates 412 car parks.

ABOUT TARROW PARKING
Founded in 1991, the Group manages 438 car parks across the UK.
"""


def test_a_date_line_is_no_title_and_a_capitals_title_keeps_its_short_names(knowledge):
    from auditor.sources import parse_document as parse

    assert parse("release.txt", RELEASE.encode()).title.startswith("TARROW PARKING PLC")
    claims = claims_of(RELEASE, knowledge, "release.txt")
    assert subject_of(claims, "438 car parks").casefold() == "tarrow parking"


def test_a_total_row_counts_what_its_rows_count(knowledge):
    review = (
        "---\ntitle: Calder Rider Buses - Annual Review 2024/25\n---\n## Our year in numbers\n"
        "| | 2024/25 | 2023/24 |\n|---|---|---|\n| Staff at year end | 312 | 298 |\n"
        "| Diesel buses | 44 | 50 |\n| Hybrid buses | 6 | 6 |\n| Battery-electric buses | 14 | 0 |\n| Total fleet | 64 | 56 |\n"
    )
    claims = claims_of(review, knowledge, "review.md")
    assert figure(claims, "64").event == "bus"


def test_a_bylines_outlet_is_a_publication(knowledge):
    text = (
        "# Vitrex profits rise\n\n*By Sam Okereke | Cullet Weekly | Updated 11 September 2025*\n\n"
        "Vitrex Recycling made more money. Cullet Weekly understands it will build a plant.\n"
    )
    model = model_of(text, knowledge, "story.md")
    assert [e.name for e in model.entities if e.publication] == ["Cullet Weekly"]


def test_a_short_town_is_no_near_spelling_of_a_company(knowledge):
    assert knowledge.gazetteer.lookup("Goole") is None
    assert knowledge.gazetteer.lookup("Panamas") is not None
