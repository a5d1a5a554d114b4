"""Readings added in round 48, each on sentences of our own.

- A case named only by its front matter's title ("Okafor v Brightwater
  Dental Ltd: ...") says who "the respondent" is; a title in sentence case
  names nothing by a word it writes in lower case ("physio's award").
- A header line's fields run together with middots ("**Heard:** 3 May ·
  **Outcome:** Unfair dismissal ...") open like lines: their first words are
  doubted as a sentence's first word is.
- "38 chartered physiotherapists" and "42 physios" count one staff
  (``generic_count_modifiers``, ``counts`` in ``events.yaml``).
- "we installed 2,380 home systems" and a table's "Home installs" count the
  same jobs (the event ``installations``).
- An "About Lumenfield Solar:" boilerplate is of the document's own time,
  whatever period the paragraph above it led with ("For 2025/26 ...").
- "D. Holroyd (Bereavement Services Manager)": a name with an office in
  brackets after it is a person's.
- "Park Wood Crematorium" is "the crematorium": a name that ends on a
  facility's noun implies it.
- An indented line of column headers of words only ("Year   Cremations")
  heads the plain-text table of figures under it.
- Counts: a participle of change after a count ("Seven practices acquired
  during the year"); "420 vehicles on its own" is a part; people are never
  installed ("fitted 10,900 brides").
- Sums: a cost's or a loan's noun heads its compound ("acquisition
  facility", "acquisition and integration costs"); "a combined £11.9
  million"; parts before ", a total of"; a total split into lots in the next
  sentence; an aside on what a part was worked out from.
- Whose: a price list's labels; the price inside a told purchase; sums said
  without their currency in a document of one currency; a practice bought
  by a group; an aside to the reader put first; posters, their handles and
  the company a poster says she speaks for; a title joining two companies.
- When: "this year" ends a lead on last year; a year that ends on a day
  ("year ended 31 March 2025") tells its levels at that day; an annual
  survey's year dates its tables; "goes up to £26" is a rise, no bound.

Some tests guard what the rules must not do and pass on the round's
starting code too.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, model_of, subject_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


_CASE_REPORT = (
    "---\ntitle: \"Okafor v Brightwater Dental Ltd: dismissal unfair, but hygienist's award cut\"\ndate: 2025-05-02\n---\n\n"
    "*Tribunal Watch for dental employers · case notes*\n\n"
    "**Tribunal:** Bristol Employment Tribunal · **Heard:** 3 April 2025 · **Outcome:** Unfair dismissal claim upheld\n\n"
    "Ms Okafor joined Brightwater Dental Ltd in 2021 at its Clifton practice. The respondent, a group of dental "
    "practices which employs more than {staff} people across Avon, dismissed her last year. The company's founder said "
    "that the business had grown quickly, treating 41,000 patients in 2024.\n"
)


def test_the_respondent_of_a_case_named_only_in_the_front_matter(knowledge):
    claims = claims_of(_CASE_REPORT.format(staff="90"), knowledge, "case.md")
    assert subject_of(claims, "more than 90 people") == "Brightwater Dental"


def test_the_company_of_a_case_report_is_the_respondent_not_the_newsletter(knowledge):
    claims = claims_of(_CASE_REPORT.format(staff="90"), knowledge, "case.md")
    assert subject_of(claims, "41,000 patients") == "Brightwater Dental"


def test_a_case_report_against_the_respondents_own_page(knowledge):
    page = "---\ndate: 2025-04-20\n---\n# About Brightwater Dental\n\nBrightwater Dental Ltd was founded in 2009. Today we employ 64 people.\n"
    found = findings("figure-mismatch", **{"case.md": _CASE_REPORT.format(staff="90"), "about.md": page})
    assert not findings("figure-mismatch", **{"case.md": _CASE_REPORT.format(staff="60"), "about.md": page})
    assert [sorted(e.text for e in f.evidence) for f in found] == [["64 people", "more than 90 people"]]


def test_a_field_value_after_a_middot_is_no_name(knowledge):
    model = model_of(_CASE_REPORT.format(staff="90"), knowledge, "case.md")
    assert "Unfair" not in {e.name for e in model.entities}


def test_a_lower_case_word_of_a_title_names_no_company(knowledge):
    text = (
        "---\ntitle: \"Harbour Dental expands: physio's clinic joins the group\"\ndate: 2025-05-02\n---\n\n"
        "Harbour Dental Ltd bought the Quay Street practice. ProMotion Physio, the Bath group, had wanted it too. "
        "The company now has 12 practices.\n"
    )
    assert subject_of(claims_of(text, knowledge, "news.md"), "12 practices") == "Harbour Dental"


@pytest.mark.parametrize("qualified", ["chartered physiotherapists", "qualified physiotherapists", "physios"])
def test_a_trades_short_form_and_its_qualification_count_one_staff(knowledge, qualified):
    text = f"Peakhill Physio Ltd was founded in 2012. Peakhill Physio Ltd now employs 38 {qualified} in Leeds."
    assert figure(claims_of(text, knowledge), f"38 {qualified}").event == "physiotherapists"


def test_physios_against_physiotherapists(knowledge):
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Peakhill Physio Ltd, Leeds, 3 March 2025. Peakhill Physio Ltd now has 38 chartered physiotherapists.",
            "b.txt": "Peakhill Physio Ltd, Leeds, 9 March 2025. Peakhill Physio Ltd now has 42 physios.",
        },
    )
    assert len(found) == 1


def test_groups_of_staff_stay_apart(knowledge):
    text = "Peakhill Physio Ltd employs 500 distribution workers. Peakhill Physio Ltd employs 600 affected workers."
    claims = claims_of(text, knowledge)
    assert figure(claims, "500 distribution workers").event != figure(claims, "600 affected workers").event


def test_systems_installed_are_installations(knowledge):
    claims = claims_of("In the year to March 2025 Sunfield Solar Ltd installed 2,380 home systems.", knowledge)
    assert figure(claims, "2,380 home systems").event == "installations"


def test_installed_systems_against_a_tables_installs(knowledge):
    table = (
        "<html><body><h1>Installers in Norfolk</h1><p>The figures are for the year to March 2025.</p>"
        "<table><tr><th>Installer</th><th>Home installs, year to March 2025</th></tr>"
        "<tr><td>Sunfield Solar</td><td>2,050</td></tr><tr><td>Broadsun Energy</td><td>640</td></tr></table></body></html>"
    )
    found = findings(
        "figure-mismatch",
        **{"faq.html": table, "results.txt": "In the year to March 2025 Sunfield Solar Ltd installed 2,380 home systems."},
    )
    assert [sorted(e.text for e in f.evidence) for f in found] == [["2,050", "2,380 home systems"]]


def test_installed_capacity_is_no_installation(knowledge):
    claims = claims_of("Sunfield Solar Ltd has installed capacity of 4.2 MW.", knowledge)
    assert figure(claims, "4.2 MW").event != "installations"


_RESULTS = (
    "---\ntitle: \"Sunfield Solar: results for the year to 31 March 2025\"\ndate: 2025-07-15\n---\n"
    "# Results for the year to 31 March 2025\n\n"
    "Our 212 employees are the reason any of this works.\n\n"
    "**Outlook.** For 2025/26 we expect revenue of £24-26 million.\n"
    "*About Sunfield Solar: Sunfield Solar was founded in Norwich in 2010. It employs {staff} people.*\n"
)


def test_an_about_boilerplate_is_of_the_documents_time(knowledge):
    claims = claims_of(_RESULTS.format(staff="190"), knowledge, "results.md")
    assert figure(claims, "190 people").time.year == 2025


def test_a_boilerplate_against_the_letter_above_it(knowledge):
    found = findings("figure-mismatch", **{"results.md": _RESULTS.format(staff="190")})
    assert [sorted(e.text for e in f.evidence) for f in found] == [["190 people", "212 employees"]]
    assert not findings("figure-mismatch", **{"results.md": _RESULTS.format(staff="212")})


_MINUTES = (
    "HILLSIDE JOINT CREMATORIUM COMMITTEE\n"
    "Minutes of the meeting held on Tuesday 21 January 2025 in the Committee Room, Hillside Crematorium, Halifax\n"
    "Present: Cllr P. Ainsworth (Chair). Officers: K. Oldroyd (Bereavement Services Manager), M. Lister (Democratic Services).\n"
    "3. ACTIVITY REPORT. The Bereavement Services Manager reported that in 2023-24 the crematorium carried out 1,912 "
    "cremations. The figures for recent years were tabled as follows:\n"
    "   Year                  Cremations         Of which direct\n"
    "   2022-23               1,962              188\n"
    "   2023-24               {tabled}              241\n"
)


def test_a_name_with_an_office_in_brackets_is_a_person(knowledge):
    kinds = {e.name: e.kind for e in model_of(_MINUTES.format(tabled="1,874"), knowledge, "minutes.txt").entities}
    assert kinds["K. Oldroyd"] == "person"


def test_a_name_ending_on_a_facility_noun_is_that_facility(knowledge):
    claims = claims_of(_MINUTES.format(tabled="1,874"), knowledge, "minutes.txt")
    assert subject_of(claims, "1,912 cremations") == "Hillside Crematorium"


def test_a_words_only_header_line_heads_a_plain_text_table(knowledge):
    claims = claims_of(_MINUTES.format(tabled="1,874"), knowledge, "minutes.txt")
    tabled = figure(claims, "1,874")
    assert tabled.event == "cremation"
    assert tabled.time.year == 2024


@pytest.mark.parametrize("told", ["Seven practices acquired during the year", "12 stores opened in 2024", "Nine branches sold last year"])
def test_a_count_with_a_participle_of_change_after_it_is_no_stock(knowledge, told):
    text = f"Brightwater Dental Ltd operates 39 practices. {told} for a combined £11.9 million."
    claims = claims_of(text, knowledge)
    counted = told.split(" ")[0] + " " + told.split(" ")[1]
    assert figure(claims, counted).event != figure(claims, "39 practices").event


def test_a_stock_named_by_a_participle_of_place_stays_a_stock(knowledge):
    claims = claims_of("Brightwater Dental Ltd operates 39 practices. It has 41 practices based in Scotland.", knowledge)
    assert figure(claims, "41 practices").event == figure(claims, "39 practices").event


def test_a_results_lines_measure_is_no_name(knowledge):
    text = "Highlights\n- Underlying EBITDA of £11.2 million; reported EBITDA of £9.8 million\n- Adjusted EBITDA margin of 16%\n"
    names = {e.name for e in model_of(text, knowledge).entities}
    assert not {"Underlying EBITDA", "Adjusted EBITDA"} & names


@pytest.mark.parametrize(
    ("text", "written", "event"),
    [
        ("Brightwater Dental Ltd agreed a £9 million acquisition facility with its bank.", "£9 million", "loan"),
        ("Brightwater Dental Ltd booked £2 million of acquisition costs.", "£2 million", "cost"),
        ("Brightwater Dental Ltd booked £1.4 million of acquisition and integration costs.", "£1.4 million", "cost"),
        ("Brightwater Dental Ltd bought Abbeygate Dental in an acquisition worth £1.4 million.", "£1.4 million", "acquisition"),
    ],
)
def test_a_cost_or_a_loan_heads_the_compound_before_it(knowledge, text, written, event):
    assert figure(claims_of(text, knowledge), written).event == event


def test_debt_financing_stays_a_financing(knowledge):
    table = "| Company | Deal | Amount |\n|---|---|---|\n| Quarry Labs | debt financing | $150 million |\n| Ostrava Genomics | Series B | $80 million |\n"
    assert figure(claims_of(table, knowledge, "t.md"), "$150 million").event != "funding-round"


def test_a_combined_price_is_no_single_purchase(knowledge):
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Brightwater Dental Ltd, Edinburgh, 2 June 2025. Brightwater Dental Ltd acquired seven practices in the year for a combined £11.9 million.",
            "b.txt": "Brightwater Dental Ltd, Edinburgh, 9 June 2025. Brightwater Dental Ltd acquired Kingsmead Dental Care for £3.6 million.",
        },
    )
    assert not found


def test_what_a_part_was_worked_out_from_is_no_part(knowledge):
    text = "Ms Pike was awarded £{total}, made up of a basic award of £6,420, based on her weekly pay of £535, and a compensatory award of £12,220."
    assert not findings("parts-sum", **{"a.txt": text.format(total="18,640")})
    found = findings("parts-sum", **{"a.txt": text.format(total="18,940")})
    assert len(found) == 1 and "£535" not in {e.text for e in found[0].evidence}


_LETTER_2025 = (
    "# Larchfield Garden Buildings Ltd: letter to shareholders, Thetford, 30 September 2025\n\n"
    "Dear shareholder, Larchfield Garden Buildings makes timber buildings in Thetford. First, the numbers for last "
    "year. Revenue for 2024 was £12.4m.\n\n"
    "Trading this year has been good. First-half revenue of £6.6m was up 14% on the same period last year, helped by "
    "summerhouses and garden offices.\n\n"
    "| Six months to 30 June (£m) | 2025 | 2024 |\n|---|---|---|\n| Sheds and workshops | 1.8 | 1.7 |\n| Summerhouses | 2.1 | 1.9 |\n"
    "| Garden offices | 2.4 | 2.0 |\n| Trade and other | 0.3 | 0.2 |\n| **Total** | **{total}** | **5.8** |\n"
)


def test_this_year_ends_the_lead_of_a_paragraph_on_last_year(knowledge):
    assert figure(claims_of(_LETTER_2025.format(total="6.9"), knowledge, "letter.md"), "£6.6m").time.year == 2025


def test_a_total_row_of_no_measure_against_the_prose_that_agrees_with_its_rows(knowledge):
    found = findings("parts-sum", **{"letter.md": _LETTER_2025.format(total="6.9")})
    assert len(found) == 1 and "£6.6m" in {e.text for e in found[0].evidence}


def test_a_count_on_its_own_is_a_part(knowledge):
    text = "Kestle Vehicle Rental runs a fleet of 2,350 vehicles. Our biggest site, Marsh Barton in Exeter, looks after 420 vehicles on its own."
    assert figure(claims_of(text, knowledge), "420 vehicles").role == "part"
    assert not findings("figure-mismatch", **{"a.txt": text})


_PRICES = (
    "<html><body><h1>Peakhill Physio</h1><p>Peakhill Physio Ltd runs clinics in Leeds.</p><h2>Our prices</h2>"
    "<ul><li>Initial assessment (60 minutes): £65</li><li>Follow-up session (40 minutes): £50</li>"
    "<li>Sports massage (45 minutes): £48</li></ul></body></html>"
)


def test_labelled_items_of_a_price_list_are_different_things(knowledge):
    assert not findings("figure-mismatch", **{"prices.html": _PRICES})


def test_a_labelled_price_is_the_price_of_its_label(knowledge):
    claims = claims_of(_PRICES, knowledge, "prices.html")
    assert figure(claims, "£65").qualifiers.phase == "initial assessment"
    assert figure(claims, "£50").qualifiers.phase == "follow-up session"


def test_a_key_figures_list_keeps_its_measures(knowledge):
    text = "Key figures\n\n- Revenue: £21.4m\n- Operating profit: £1.4m\n"
    claims = claims_of(text, knowledge, "k.md")
    assert figure(claims, "£21.4m").qualifiers is None or figure(claims, "£21.4m").qualifiers.phase is None


@pytest.mark.parametrize(
    ("said", "value"),
    [("They paid seven point eight million for sixty per cent", 7_800_000), ("We turned over eleven point six million last year", 11_600_000)],
)
def test_a_sum_said_without_its_currency_in_a_document_of_one_currency(knowledge, said, value):
    text = f"HOST: Your summerhouses start at £4,950.\nGUEST: Yes. {said}, and we are 146 people now.\n"
    claims = claims_of(text, knowledge)
    found = [c for c in claims if c.kind == "money" and c.value.value == value]
    assert len(found) == 1 and found[0].value.unit == "GBP"


def test_a_bare_number_of_a_document_of_two_currencies_is_no_sum(knowledge):
    text = "HOST: Prices start at £4,950 or $6,000.\nGUEST: Yes. We turned over eleven point six million last year.\n"
    assert not [c for c in claims_of(text, knowledge) if c.kind == "money" and c.value.value == 11_600_000]


def test_a_bare_number_of_things_is_no_sum(knowledge):
    text = "We sold it for £4,950. They paid 7.8 million shares for it."
    assert not [c for c in claims_of(text, knowledge) if c.kind == "money" and c.value.value == 7_800_000]


def test_a_stake_in_words_is_bought(knowledge):
    claims = claims_of("Corvid Music bought into Larkspur Live. Corvid Music paid £7.8m for sixty per cent.", knowledge)
    assert figure(claims, "£7.8m").event == "acquisition"


def test_a_description_with_its_founding_in_apposition_describes_the_name(knowledge):
    text = (
        "Rentwell bought Van Partners in 2023. Kestle Vehicle Rental, the family business founded in 1983 by Reg Kestle, now runs "
        "more than 2,500 vehicles from 14 branches."
    )
    assert subject_of(claims_of(text, knowledge), "more than 2,500 vehicles") == "Kestle Vehicle Rental"


def test_a_sum_inside_a_told_purchase_is_its_price(knowledge):
    claims = claims_of("In Exeter, Kestle Vehicle Rental paid GBP 7.4 million for Bristol's Moorgate Van Hire in June 2024.", knowledge)
    price = figure(claims, "GBP 7.4 million")
    assert price.event == "acquisition" and price.subject.name == "Kestle Vehicle Rental" and price.object.name == "Moorgate Van Hire"


_THREAD = (
    "<html><head><title>Hartley's and Bobbin &amp; Weft - what's happening? | SewChat Forum</title></head><body>"
    "<h1>Hartley's and Bobbin &amp; Weft - what's happening?</h1>"
    "<div><p><b>seamripper_sue</b> &middot; Posted 3 Feb 2025, 08:47</p><p>Does anyone know if Hartley's will stay open? "
    "I've heard Bobbin &amp; Weft are shutting their Derby shop. Is the chain in trouble?</p></div>"
    "<div><p><b>BW_Priya</b> <span>Verified retailer</span> &middot; Posted 3 Feb 2025, 12:02</p><p>Hi all, Priya from "
    "Bobbin &amp; Weft here. Derby isn't closing. We employ 64 people across the chain.</p></div>"
    "<div><p><b>DalesStitcher</b> &middot; Posted 3 Feb 2025, 19:40</p><p>Is the Harrogate shop theirs too?</p></div>"
    "<div><p><b>numbercruncher</b> &middot; Posted 4 Feb 2025, 07:58</p><p>The chain's accounts show turnover of "
    "£5.3 million.</p></div></body></html>"
)


def test_a_poster_who_says_whom_she_speaks_for_speaks_for_it(knowledge):
    assert subject_of(claims_of(_THREAD, knowledge, "thread.html"), "64 people") == "Bobbin & Weft"


def test_a_title_about_two_companies_is_about_neither_alone(knowledge):
    assert subject_of(claims_of(_THREAD, knowledge, "thread.html"), "£5.3 million") == "Bobbin & Weft"


def test_a_posters_handle_is_a_person(knowledge):
    kinds = {e.name: e.kind for e in model_of(_THREAD, knowledge, "thread.html").entities}
    assert kinds["DalesStitcher"] == "person"


def test_a_fundraising_appeal_is_a_programme(knowledge):
    text = "We bought Whiskerwood Cattery for £410,000. The Whiskerwood Appeal raised £160,000 from 2,000 supporters."
    kinds = {e.name: e.kind for e in model_of(text, knowledge).entities}
    assert kinds["Whiskerwood Appeal"] == "programme"


def test_parts_joined_by_and_before_a_total(knowledge):
    text = "The respondent shall pay the claimant a basic award of £3,060 and a compensatory award of £14,940, a total of £{total}."
    found = findings("parts-sum", **{"a.txt": text.format(total="18,400")})
    assert [sorted(e.text for e in f.evidence) for f in found] == [["£14,940", "£18,400", "£3,060"]]
    assert not findings("parts-sum", **{"a.txt": text.format(total="18,000")})


def test_figures_of_two_years_before_a_total_are_no_list_of_parts(knowledge):
    assert not findings("parts-sum", **{"a.txt": "Income was £3,000 in 2023 and £4,000 in 2024, a total of £9,000."})


@pytest.mark.parametrize("verb", ["fitted", "installed"])
def test_kitchens_fitted_or_installed_are_installations(knowledge, verb):
    claims = claims_of(f"Last year Ashgrove Kitchens Ltd {verb} 1,240 kitchens.", knowledge)
    assert figure(claims, "1,240 kitchens").event == "installations"


def test_people_fitted_are_no_installations(knowledge):
    claims = claims_of("Ivory Lane Bridal fitted 10,900 brides in the year. Ivory Lane Bridal dressed 12,000 brides.", knowledge)
    assert figure(claims, "10,900 brides").event == figure(claims, "12,000 brides").event == "customers"


def test_homes_fitted_since_the_start_somewhere_are_a_running_total(knowledge):
    text = "Sunfield Solar Ltd installed 2,380 home systems in 2024. We have now fitted more than 18,000 homes in Norfolk and Suffolk since we started."
    assert figure(claims_of(text, knowledge), "more than 18,000 homes").qualifiers.scope == "cumulative"


_SPLIT_INTO_LOTS = (
    "The proposed framework would cover {n} vehicles for four years. The requirement was split into three lots: "
    "Lot 1, 40 panel vans for the waste teams; Lot 2, 14 tippers and dropsides; Lot 3, 6 minibuses for day services."
)


def test_a_total_split_into_lots_in_the_next_sentence(knowledge):
    found = findings("parts-sum", **{"minutes.txt": _SPLIT_INTO_LOTS.format(n=62)})
    assert [sorted(e.text for e in f.evidence) for f in found] == [["14 tippers", "40 panel vans", "6 minibuses", "62 vehicles"]]
    assert not findings("parts-sum", **{"minutes.txt": _SPLIT_INTO_LOTS.format(n=60)})


def test_a_practice_bought_by_a_group_is_the_groups_purchase(knowledge):
    text = (
        "She works at Kingsmead Dental Care in Chelmsford. That practice was bought last November by the Edinburgh-based "
        "Brightwater Dental Group for £3.6m."
    )
    price = figure(claims_of(text, knowledge), "£3.6m")
    assert (price.subject.name, price.object.name, price.event) == ("Brightwater Dental", "Kingsmead Dental Care", "acquisition")


def test_an_aside_to_the_reader_put_first_leaves_the_subject(knowledge):
    text = "The old Whiskerwood cattery is reopening. For anyone who missed it, the Nidd Valley Animal Trust bought it for £410k back in October 2024."
    price = figure(claims_of(text, knowledge), "£410k")
    assert price.subject.name == "Nidd Valley Animal Trust" and price.role is None


@pytest.mark.parametrize("text", ["Heaven Sent Gaming fits into two categories.", "Analysts expect 24 million tablet computers sold in the United States in 2011."])
def test_fits_and_sold_after_a_count_are_no_installation_nor_change(knowledge, text):
    claim = next(c for c in claims_of(text, knowledge) if c.kind == "count")
    assert claim.event != "installations" and claim.role != "change"


_INLINE_THREAD = (
    "CrownGreenTalk > Contracts\n"
    "#6 GreenkeeperGaz | Posted 13 May 2025, 09:58 | Who got the Ribble Parks greens in the end?\n"
    "#7 OldTimer_Bolton | Posted 13 May 2025, 10:26 | @GreenkeeperGaz Pennine Greens got it. £27,500 for all three.\n"
    "#8 GreenkeeperGaz | Posted 13 May 2025, 10:41 | @OldTimer_Bolton cheers.\n"
)


def test_posters_named_in_a_posts_header_line_are_people(knowledge):
    kinds = {e.name: e.kind for e in model_of(_INLINE_THREAD, knowledge, "thread.txt").entities}
    assert kinds.get("OldTimer_Bolton", "person") == "person" and kinds.get("GreenkeeperGaz", "person") == "person"


def test_a_replys_handle_joins_no_name(knowledge):
    assert subject_of(claims_of(_INLINE_THREAD, knowledge, "thread.txt"), "£27,500") == "Pennine Greens"


def test_a_banks_acquisition_facility_is_a_loan(knowledge):
    claims = claims_of("In March 2025 Brightwater Dental Ltd agreed a £9 million acquisition facility with Clydeport Bank.", knowledge)
    assert figure(claims, "£9 million").event == "loan"


def test_the_size_of_any_one_of_a_kind_is_no_fact_of_one_thing(knowledge):
    text = (
        "Glenfarrow Tree Farm sells Nordmann firs. A six-foot Nordmann costs £55 this year. This year the family "
        "supplied the 14-metre Nordmann fir that stands in the city centre."
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "six-foot").event is None
    assert figure(claims, "14-metre").event == "length"
    assert not findings("figure-mismatch", **{"a.txt": text})


_RESULTS_TO_MARCH = (
    "BRIGHTWATER DENTAL GROUP LIMITED\nResults for the year ended 31 March 2025\n\n"
    "EDINBURGH, 26 June 2025 - Brightwater Dental Group today reports its results.\n\n"
    "Highlights\n- {at_end} practices at 31 March 2025, up from 34 a year earlier\n\n"
    "People. The Group now employs 1,450 people.\n\n"
    "About Brightwater Dental Group\nBrightwater Dental Group was founded in Edinburgh in 2006 and operates 39 practices.\n"
)


def test_a_level_at_the_end_of_the_reported_year_against_the_about(knowledge):
    found = findings("figure-mismatch", **{"results.txt": _RESULTS_TO_MARCH.format(at_end="41")})
    assert [sorted(e.text for e in f.evidence) for f in found] == [["39 practices", "41 practices"]]
    assert not findings("figure-mismatch", **{"results.txt": _RESULTS_TO_MARCH.format(at_end="39")})


def test_a_report_on_a_year_to_march_tells_its_staff_at_that_march(knowledge):
    court = (
        "COLCHESTER ECHO\nFriday 14 March 2025 | News | Courts\n\nNurse wins claim\n\n"
        "Brightwater Dental Group, which employs fewer than 1,200 people across its practices, was not involved."
    )
    found = findings("figure-mismatch", **{"results.txt": _RESULTS_TO_MARCH.format(at_end="41"), "court.txt": court})
    assert ["1,450 people", "fewer than 1,200 people"] in [sorted(e.text for e in f.evidence) for f in found]


def test_a_sentence_read_only_for_its_this_year_changes_no_owner(knowledge):
    text = (
        "Neste Oil will build a biodiesel plant in Singapore. Earlier this year, Greenpeace tried to stop a tanker bound "
        "for Neste's existing plant in Porvoo. In addition to the Porvoo plant, which is at its capacity of 170,000 tonnes, "
        "Neste plans a second plant."
    )
    assert subject_of(claims_of(text, knowledge), "170,000 tonnes") != "Greenpeace"


@pytest.mark.parametrize(("verb", "bounded"), [("goes up to", False), ("went up to", False), ("costs up to", True)])
def test_going_up_to_a_price_is_a_rise_not_a_bound(knowledge, verb, bounded):
    claim = figure(claims_of(f"From 1 June our Tarn DK {verb} £26 a skein.", knowledge), "£26" if not bounded else "up to £26")
    assert (claim.value.qualifier == "under") == bounded


def test_an_annual_surveys_year_dates_its_tables(knowledge):
    survey = (
        "<html><head><title>Annual Market Survey 2025 | Sports Turf Contractors' Association</title></head><body>"
        "<h1>Annual Market Survey 2025</h1><p>This year 84 member firms returned the questionnaire.</p>"
        "<h2>Largest members</h2><table><tr><th>Member</th><th>Hybrid pitches installed</th><th>Employees</th></tr>"
        "<tr><td>Greenlay Group</td><td>27</td><td>412</td></tr><tr><td>Tillbrook Pitchcare</td><td>9</td><td>236</td></tr>"
        "</table></body></html>"
    )
    assert figure(claims_of(survey, knowledge, "survey.html"), "27").time.year == 2025


def test_a_shows_name_set_off_by_a_dash_is_a_publication(knowledge):
    text = (
        "MUD & WRISTBANDS - conversations with people who put on live events\n"
        "Episode 112: Tamsin Orrell of Larkspur Live on growing Hollow Meadow\n\n"
        "KIERAN VYSE: Let's talk about money. Corvid Music paid £7.8 million for sixty per cent, didn't it?\n"
        "TAMSIN ORRELL: I'm not going to argue about the number.\n"
    )
    shows = [e for e in model_of(text, knowledge).entities if e.name == "MUD & WRISTBANDS"]
    assert shows and all(e.publication for e in shows)
    assert subject_of(claims_of(text, knowledge), "£7.8 million") == "Corvid Music"


def test_a_pronoun_never_means_the_outlet_that_tells(knowledge):
    text = (
        "MUD & WRISTBANDS - conversations with people who put on live events\n"
        "Episode 112: Tamsin Orrell on growing Hollow Meadow\n\n"
        "KIERAN VYSE: Tamsin, welcome. Have you slept yet?\n"
        "KIERAN VYSE: Let's talk about money. They paid £7.8 million for sixty per cent, didn't they?\n"
        "TAMSIN ORRELL: I'm not going to argue about the number.\n"
    )
    assert subject_of(claims_of(text, knowledge), "£7.8 million") != "MUD & WRISTBANDS"
