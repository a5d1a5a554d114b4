"""Readings added in round 53, each on sentences of our own.

- A named day ("Boxing Day", "Black Friday", "New Year's Eve", "Bonfire
  Night") is when, never who: "The Boxing Day floods of 2015 ... In 2016 it
  moved" keeps "it" for the company told before. Holidays written alone or
  in the plural ("Whitsunday", "the dry Easters") are no names either.
- An office's initials ("The CEO reported ...") name no party.
- A meeting ("**Minutes of the 2023 AGM**") is no topic of the items under
  it: its figures are no meeting's.
- A title that names an organisation before a record it keeps of itself
  ("Fellside Rescue: minutes of the Annual General Meeting") makes the text
  its own: "we" is it, and an office holder's report ("The CEO reported 612
  animals rehomed") tells its figure.
- A web page's title "Page | Site Name" whose site name says it is an
  organisation ("... | Wenham Amateur Boat Club") makes the first-person
  text the organisation's.
- "The Respondent", capitalised as a judgment writes it, is the party after
  "v" in the case's title.
- "612 animals rehomed": a counted noun and a participle after it name the
  event; "more than 14,000 animals rehomed since the first kennels opened"
  is a running total.
- A trade paper's header that gives only its issue's month ("October 2025 |
  Features") dates what is relative to it ("in the year to March").

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


# ---- named days and holidays ---------------------------------------------------


@pytest.mark.parametrize(
    "text, surface",
    [
        (
            "Harlow Lathes was set up in 1979 in Halifax.\n\nThe Boxing Day floods of 2015 ruined the "
            "workshop. In 2016 it moved to a mill in Todmorden, which it bought for £235,000.",
            "£235,000",
        ),
        (
            "Pennock Stores opened in 1990. The Black Friday rush of 2019 was its busiest. In 2020 it "
            "bought a depot for £1.2m.",
            "£1.2m",
        ),
        (
            "Corrie Fireworks was founded in 1961. Bonfire Night of 2022 broke every record, and in 2023 "
            "it spent £400,000 on a new store.",
            "£400,000",
        ),
    ],
)
def test_a_named_day_is_no_party_a_pronoun_stands_for(knowledge, text, surface):
    claims = claims_of(text, knowledge)
    assert subject_of(claims, surface) == text.split(" was ")[0].split(" opened")[0]


def test_a_name_ending_in_day_is_still_a_name(knowledge):
    claims = claims_of("Hartley Day Nurseries employs 46 people across three sites.", knowledge)
    assert subject_of(claims, "46 people") == "Hartley Day Nurseries"


@pytest.mark.parametrize("holiday", ["Whitsunday", "the dry Easters"])
def test_a_holiday_alone_or_in_the_plural_is_no_name(knowledge, holiday):
    text = f"Kestrel Falconry opened in 1987. We count {holiday} on one hand, and the scheme comes to £1.75m."
    names = {e.name for e in model_of(text, knowledge).entities}
    assert not any(h in names for h in ("Whitsunday", "Easters"))


# ---- offices, meetings and an organisation's own record ---------------------------


_MINUTES = (
    "# Fellmoor Dog Rescue: minutes of the Annual General Meeting\n\n"
    "Held at the Town Hall on Saturday 21 September 2024. Present: 58 members and the chief executive.\n\n"
    "1. **Minutes of the 2023 AGM** were approved as a true record.\n"
    "2. **Rehoming.** The CEO reported 612 animals rehomed in the year to 31 March 2024.\n"
    "3. **Council contract.** The CEO confirmed that we retained the stray-dog contract, worth £38,000 a year.\n"
)


def test_an_offices_initials_name_no_party(knowledge):
    names = {e.name for e in model_of(_MINUTES, knowledge, "minutes.md").entities}
    assert "CEO" not in names


def test_an_office_holder_tells_the_organisations_figure_in_its_own_record(knowledge):
    claims = claims_of(_MINUTES, knowledge, "minutes.md")
    assert subject_of(claims, "612 animals") == "Fellmoor Dog Rescue"


def test_we_in_an_organisations_own_minutes_is_the_organisation(knowledge):
    claims = claims_of(_MINUTES, knowledge, "minutes.md")
    assert subject_of(claims, "£38,000 a year") == "Fellmoor Dog Rescue"


def test_a_meeting_is_no_topic_of_the_items_under_it(knowledge):
    text = (
        "# Fellmoor Dog Rescue: minutes of the Annual General Meeting\n\n"
        "Held at the Town Hall on 21 September 2024.\n\n"
        "1. **Minutes of the 2023 AGM** were approved as a true record.\n"
        "2. **Chair's report.** Dr Threlfall thanked the 34 staff and 216 volunteers.\n"
    )
    claims = claims_of(text, knowledge, "minutes.md")
    assert subject_of(claims, "216 volunteers") != "Annual General Meeting"


def test_an_office_holder_tells_nothing_of_a_text_that_is_no_own_record(knowledge):
    text = (
        "Fellmoor Dog Rescue and Lune Valley Welfare both bid for the contract. The CEO reported "
        "612 animals rehomed in the year to 31 March 2024."
    )
    assert subject_of(claims_of(text, knowledge), "612 animals") is None


def test_a_pages_site_name_makes_the_first_person_its_own(knowledge):
    text = (
        "<html><head><title>Boathouse and Fleet Appeal | Wenham Rowing Club</title></head><body>"
        "<h1>The Boathouse and Fleet Appeal</h1>"
        "<p>We were founded in 1882 by clerks from the brewery. Today we have 340 members, and our "
        "boathouse is full. We need your help: our appeal has a target of £250,000.</p></body></html>"
    )
    claims = claims_of(text, knowledge, "appeal.html")
    assert subject_of(claims, "340 members") == "Wenham Rowing Club"


def test_a_news_pages_outlet_is_no_site_that_speaks_as_we(knowledge):
    text = (
        "<html><head><title>Boathouse appeal launched | Tessbridge Echo</title></head><body>"
        "<p>\"We need a new boathouse,\" said the captain. \"We have 340 members and our fleet is old,\" "
        "he told us.</p></body></html>"
    )
    claims = claims_of(text, knowledge, "news.html")
    assert subject_of(claims, "340 members") != "Tessbridge Echo"


# ---- a judgment's parties -------------------------------------------------------


def test_the_capitalised_respondent_is_the_party_after_v(knowledge):
    text = (
        "EMPLOYMENT TRIBUNALS\n"
        "Case No. 2404187/2024: Ms R Dobson v Fellmoor Dog Rescue\n\n"
        "1. The Respondent is a registered charity established in 1998.\n\n"
        "4. The Tribunal heard that the Respondent rehomed 658 animals in the year to 31 March 2024.\n"
    )
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "1998") == "Fellmoor Dog Rescue"
    assert subject_of(claims, "658 animals") == "Fellmoor Dog Rescue"


# ---- what a count counts -----------------------------------------------------------


def test_a_participle_after_the_counted_noun_names_the_event(knowledge):
    claims = claims_of("Harrow Cats Protection reported 612 animals rehomed in 2024.", knowledge)
    assert figure(claims, "612 animals").event == "rehoming"


def test_a_count_since_the_first_site_opened_is_a_running_total(knowledge):
    claims = claims_of(
        "That takes Harrow Cats Protection to more than 14,000 animals rehomed since the first kennels opened.",
        knowledge,
    )
    claim = figure(claims, "more than 14,000 animals")
    assert claim.qualifiers is not None and claim.qualifiers.scope == "cumulative"


def test_a_running_total_does_not_conflict_with_a_years_count():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Harrow Cats Protection rehomed 612 animals in 2024, its annual report said.",
            "b.txt": "In 2024 Harrow Cats Protection passed more than 14,000 animals rehomed since the first kennels opened.",
        },
    )
    assert not found


# ---- a header's month ---------------------------------------------------------------


def test_a_headers_month_dates_the_year_to_a_month(knowledge):
    text = (
        "HIRE TRADE REVIEW\nOctober 2025 | Features\n\n"
        "Brockhill Plant Hire reported revenue of £46.8m in the year to March, its chief executive said.\n"
    )
    claims = claims_of(text, knowledge)
    assert any(c.kind == "date" and c.evidence.text == "year to March" and c.time.year == 2025 for c in claims)


def test_a_headers_month_conflicts_with_the_results_year():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Brockhill Plant Hire Ltd: results for the year ended 31 March 2025\n\nRevenue of £48.6m (2024: £44.1m).",
            "b.txt": (
                "HIRE TRADE REVIEW\nOctober 2025 | Features\n\n"
                "Brockhill Plant Hire reported revenue of £46.8m in the year to March, its chief executive said."
            ),
        },
    )
    assert found


# ---- a company's start, told by its founder ------------------------------------------


@pytest.mark.parametrize(
    "text, surface, subject",
    [
        (
            "Danny Reid runs Amos Reid Signs, the Norwich firm his great-grandfather Amos started in 1929 with a handcart.",
            "1929",
            "Amos Reid Signs",
        ),
        (
            "Copperline beat six bidders, among them Hearthwell, the Wakefield-based group that Derek Wellings started in 1988.",
            "1988",
            "Hearthwell",
        ),
        ("Halden Stores was started in 1987 by two brothers.", "1987", "Halden Stores"),
    ],
)
def test_a_start_its_founder_made_founds_the_company(knowledge, text, surface, subject):
    claim = figure(claims_of(text, knowledge), surface)
    assert claim.event == "founding" and claim.subject is not None and claim.subject.name == subject


def test_a_contracts_start_founds_nothing(knowledge):
    claims = claims_of("Halden Stores opened in 1990. The Halden contract started in April 2019.", knowledge)
    assert figure(claims, "April 2019").event != "founding"


# ---- who writes a letter, an advert or a filing ------------------------------------


def test_a_letters_sign_off_names_the_company_that_writes_it(knowledge):
    text = (
        "Dear shareholders,\n\nThank you. When Olly and I put our savings into one polytunnel we did not imagine "
        "this. We opened our second glasshouse last year. At the year end we employed more than 150 people.\n\n"
        "With thanks,\n\nPriya Natarajan\nCo-founder and chief executive, Fenmarsh Leaf\n"
    )
    assert subject_of(claims_of(text, knowledge, "letter.md"), "more than 150 people") == "Fenmarsh Leaf"


def test_a_writer_fields_team_writes_for_its_company(knowledge):
    text = (
        "---\ntitle: \"Branch Manager, Sheffield (Hillsborough)\"\nauthor: Toolmark Hire People Team\n---\n\n"
        "# We're hiring: Branch Manager, Sheffield (Hillsborough)\n\n"
        "**Hours:** 40 a week\n**Closing date:** 10 October 2025\n\n## About us\n\n"
        "Toolmark Hire was founded in 2003 in Derby. Today we have 42 branches and more than 500 colleagues.\n"
    )
    claims = claims_of(text, knowledge, "advert.md")
    assert subject_of(claims, "more than 500 colleagues") == "Toolmark Hire"


def test_a_bold_field_label_names_no_party(knowledge):
    text = "**Hours:** 40 a week, Monday to Friday\n\n**Closing date:** 10 October 2025\n\nKestrel Hire employs 46 people.\n"
    names = {e.name for e in model_of(text, knowledge, "advert.md").entities}
    assert not names & {"Hours", "Closing"}


def test_a_filings_capitalised_group_is_its_issuer(knowledge):
    text = (
        "FENMARSH LEAF LTD: RESULTS FOR THE YEAR ENDED 31 MARCH 2025\n\nHighlights\n"
        "- Five-year supply agreement with Harvest & Co, worth £24m, signed in January 2025\n\n"
        "Trading\nThe Group's revenue of £14.6 million came from retail (£11.2m) and export (£3.4m).\n"
    )
    # (Named only by its title in capitals: linked to "Fenmarsh Leaf" elsewhere as names are, by their folded form.)
    assert (subject_of(claims_of(text, knowledge), "£14.6 million") or "").casefold() == "fenmarsh leaf"


def test_an_appositive_with_a_figure_still_says_the_word_before_is_a_company(knowledge):
    text = "We grew again.\n\nGroenveld, the Dutch grower with about £26m of sales, has been busy in Lincolnshire.\n"
    assert subject_of(claims_of(text, knowledge, "letter.md"), "about £26m") == "Groenveld"


# ---- a fire, and a past clause after "when" ------------------------------------------


def test_two_dates_of_one_fire_conflict():
    found = findings(
        "date-mismatch",
        **{
            "a.txt": "When fire destroyed the Tessmoor Rowing Club boathouse in 1998, a builder lent the club two boats.",
            "b.txt": "Tessmoor Rowing Club has come a long way since the fire of 2001 destroyed its boathouse.",
        },
    )
    assert found


def test_when_with_a_past_verb_and_its_doer_tells_what_happened(knowledge):
    claims = claims_of("When fire destroyed the Tessmoor Rowing Club boathouse in 1998, a builder lent it boats.", knowledge)
    assert figure(claims, "1998").tense != "future"


def test_when_with_a_participle_alone_is_still_a_condition(knowledge):
    claims = claims_of("Tessmoor Rowing Club says the boathouse, when completed in 2027, will hold 40 boats.", knowledge)
    assert figure(claims, "2027").tense == "future"


# ---- a range whose ends both carry the currency ----------------------------------------


@pytest.mark.parametrize("surface", ["£34,000–£38,000", "£34k-£38k"])
def test_a_range_with_the_symbol_at_both_ends(knowledge, surface):
    claims = claims_of(f"Kestrel Hire pays branch managers {surface} a year.", knowledge)
    claim = next(c for c in claims if c.kind == "money")
    assert claim.value.low == 34000 and claim.value.high == 38000


# ---- a council is no family business ------------------------------------------------


def test_a_council_is_never_the_family_business(knowledge):
    text = (
        "South Wenmarch District Council's planning committee voted on 4 March to approve Kestrel Falconry "
        "Centre's plans for a covered arena.\n\n"
        "The family business was started by Maggie and Alan Pellow in 1987 on a former dairy farm.\n"
    )
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "1987") != "South Wenmarch District Council"


# ---- one job's cost credited to two contractors -------------------------------------


def test_one_jobs_cost_credited_to_two_contractors_conflicts():
    found = findings(
        "attribution-conflict",
        **{
            "a.txt": "In February Greenlay Sports Surfaces won the £2.45m contract to rebuild the pitch at Castlegate Stadium.",
            "b.txt": "The largest job of the year was Tillbrook Pitchcare's £2.45m rebuild of the Castlegate Stadium pitch.",
        },
    )
    assert found


def test_a_sites_cost_and_its_owners_are_one_cost():
    found = findings(
        "attribution-conflict",
        **{
            "a.txt": "Brannock Energy said its Skarvik wind farm would be completed in 2027 at a cost of NOK 18.4 billion.",
            "b.txt": "The Skarvik wind farm, due in 2028, is now budgeted at NOK 18.4 billion.",
        },
    )
    assert not found


def test_a_names_common_words_in_lower_case_do_not_name_it():
    # "the plant hire framework" does not name Brockhill Plant Hire: the two
    # claims are no two sides of one deal, and the framework credited to both conflicts.
    found = findings(
        "attribution-conflict",
        **{
            "a.txt": "In November 2024 Brockhill Plant Hire was awarded the four-year, £6.2m plant hire framework by Calderbrook Council.",
            "b.txt": "Toolmark Hire, which won the Calderbrook four-year £6.2m plant hire framework last November, is growing.",
        },
    )
    assert found


# ---- anniversaries -------------------------------------------------------------------


def test_an_anniversary_the_founding_cannot_make_is_found():
    found = findings(
        "elapsed-time",
        **{"a.txt": "Wenham Rowing Club was founded in 1882 by clerks.\n\nWe celebrated our 150th anniversary in 2022 with a regatta.\n"},
    )
    assert found and "150th anniversary" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "---\ndate: 2025-06-10\n---\nBrushmark Paints started in 1985. We are celebrating our fortieth anniversary this year.\n",
        "Brushmark Paints was founded in 1985. In 2019 we marked the 50th anniversary of the moon landing.\n",
        "Brushmark Paints was founded in 1985. Its owner celebrated her 80th birthday in 2024.\n",
    ],
)
def test_an_anniversary_that_fits_or_is_anothers_is_no_finding(text):
    assert not findings("elapsed-time", **{"a.md": text})


# ---- offices, a minutes' secretary and "now" under a year's heading -------------------


def test_an_office_written_in_capitals_is_no_party(knowledge):
    text = (
        "# Minutes of the Annual General Meeting\n\nHeld at the Plough Inn on 12 September 2024. Chair: Pauline "
        "Greaves (League Chair).\n\nThe Chair reminded the meeting that the Hartsvale Darts League was founded in 1961.\n"
    )
    kinds = {e.name: e.kind for e in model_of(text, knowledge, "minutes.md").entities}
    assert kinds.get("League Chair", "person") == "person"
    assert subject_of(claims_of(text, knowledge, "minutes.md"), "1961") == "Hartsvale Darts League"


def test_a_firm_named_for_a_son_is_still_a_firm(knowledge):
    claims = claims_of("In 2022 Whitcombe Bells paid £1.6m for Thwaite & Son, the Kendal bellhangers.", knowledge)
    assert figure(claims, "£1.6m").event == "acquisition"


def test_a_secretarys_report_in_a_leagues_own_minutes_is_the_leagues(knowledge):
    text = (
        "<html><head><title>AGM minutes 2024 | Hartsvale Darts League</title></head><body>"
        "<h1>Hartsvale Darts League</h1><h2>Minutes of the Annual General Meeting</h2>"
        "<p>Held at the Plough Inn on 12 September 2024. Minutes: Martin Kaye (Secretary).</p>"
        "<h3>3. Secretary's report</h3>"
        "<p>The Secretary reported that 64 teams have entered for the 2024-25 season across four divisions.</p>"
        "</body></html>"
    )
    assert subject_of(claims_of(text, knowledge, "minutes.html"), "64 teams") == "Hartsvale Darts League"


def test_now_under_a_years_heading_is_the_documents_present(knowledge):
    text = (
        "PRESS RELEASE\nFor immediate release\n\nHALCYON OARS REPORTS RECORD 2024 AND WINS A FOUR-BOAT ORDER\n\n"
        "TESSBRIDGE, 10 April 2025 - Halcyon Oars Ltd today reported record results for 2024.\n\n"
        "Turnover rose to £5.3m in 2024, from £4.6m in 2023.\n\n"
        'Rachel Finch, managing director of Halcyon Oars, said: "2024 was our best year. We now employ 38 '
        'people, and we are recruiting two more."\n'
    )
    claim = figure(claims_of(text, knowledge), "38 people")
    assert claim.time is not None and claim.time.year == 2025


def test_a_titles_common_word_after_a_colon_is_no_name(knowledge):
    text = (
        "<html><head><title>Contract notice KC/117: Replacement ice plant, Strathmore Curling Centre</title></head>"
        "<body><h1>Contract notice: Replacement ice plant and associated works, Strathmore Curling Centre</h1>"
        "<p>Reference: KC/117 &middot; <strong>Published:</strong> 2 December 2024 &middot; <strong>Procedure:</strong> open</p>"
        "<p>Strathmore Curling Centre is a four-sheet curling facility owned by Kelmore Council. The centre "
        "reopened in October 2019 after a rebuild.</p></body></html>"
    )
    names = {e.name for e in model_of(text, knowledge, "notice.html").entities}
    assert not names & {"Replacement", "Published", "Procedure"}
    assert subject_of(claims_of(text, knowledge, "notice.html"), "October 2019") != "Replacement"


# ---- a table's total told again in the text -------------------------------------------


_SURVEY_TABLE = "\n\n| Region | Responses |\n|---|---|\n| North | 150 |\n| Midlands | 130 |\n| South | 132 |\n| **Total** | **412** |\n"


def test_a_text_figure_against_a_consistent_tables_total_is_found():
    found = findings("total-restated", **{"survey.md": "The Kestrel Guild survey had 436 responses this year." + _SURVEY_TABLE})
    assert found and "436" in found[0].message and "412" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel Guild survey had 412 responses this year." + _SURVEY_TABLE,  # the same total
        "The Kestrel Guild survey had 412 responses, from 436 sent out." + _SURVEY_TABLE,  # the total told too
        "The Kestrel Guild survey had 900 responses over three years." + _SURVEY_TABLE,  # far off: another figure
    ],
)
def test_a_text_that_agrees_or_tells_another_figure_is_no_finding(text):
    assert not findings("total-restated", **{"survey.md": text})


def test_craft_is_a_count(knowledge):
    claims = claims_of("That's all 116 craft, and every one was on the water last August.", knowledge)
    assert figure(claims, "116 craft").value.counted == "craft"


def test_another_things_anniversary_is_no_span_from_the_founding():
    text = (
        "Gaming Monthly is now closed. The magazine was one issue away from its 20th anniversary in February 2009.\n\n"
        "Established in 1998 by Jay Moses, Ugonet is an online site for gamers.\n"
    )
    assert not findings("elapsed-time", **{"a.txt": text})


# ---- a job advert's team and its About us ------------------------------------------------


_ADVERT = (
    "# We're hiring: Coachbuilder (full time)\n\n"
    "**Hartwell & Rowe Classic Restoration, Kenilworth**\n**Salary:** £34,000 to £42,000\n\n"
    "Fed up with insurance work? Join our team of 23 in our 16,500 sq ft workshop.\n\n"
    "To apply, send your CV to Sam Hartwell.\n\n"
    "*About us: Hartwell & Rowe has restored classic cars in Warwickshire since 1986. The company employs 21 people.*\n"
)


def test_our_team_of_n_is_a_headcount(knowledge):
    claims = claims_of(_ADVERT, knowledge, "advert.md")
    claim = next(c for c in claims if c.evidence.text == "23")
    assert claim.value.counted == "staff" and claim.event == "employees"


def test_a_team_of_n_with_its_own_noun_counts_that_noun(knowledge):
    claims = claims_of("A team of 12 engineers from Halden Rail visited the depot in 2024.", knowledge)
    assert figure(claims, "12 engineers").value.counted == "engineers"


def test_an_about_us_paragraph_names_whose_first_person_the_text_is(knowledge):
    claims = claims_of(_ADVERT, knowledge, "advert.md")
    claim = next(c for c in claims if c.evidence.text == "23")
    assert claim.subject is not None and claim.subject.name == "Hartwell & Rowe"


def test_a_team_and_an_about_us_headcount_that_differ_conflict():
    assert findings("figure-mismatch", **{"advert.md": _ADVERT})


@pytest.mark.parametrize(
    "sentence, month",
    [
        ("The Todmorden shop opened its doors on Saturday 5 April, and a queue formed.", 4),
        ("The plans were approved by the committee on Tuesday (15 October), despite objections.", 10),
    ],
)
def test_a_day_of_the_week_before_a_date_without_its_year(knowledge, sentence, month):
    claims = claims_of(f"---\ndate: 2025-11-02\n---\n{sentence}\n", knowledge, "story.md")
    assert any(c.kind == "date" and c.time is not None and c.time.month == month and c.time.year == 2025 for c in claims)


def test_quid_is_pounds(knowledge):
    claims = claims_of("They took five million quid from Severn Growth last year.", knowledge)
    claim = figure(claims, "five million quid")
    assert claim.value.unit == "GBP" and claim.value.value == 5_000_000


def test_a_team_of_n_before_a_relative_clause_is_a_headcount(knowledge):
    claims = claims_of("The firm, a team of 24 that turned over £2.1m last year, is busy.", knowledge)
    assert figure(claims, "24").event == "employees"


def test_a_centenary_is_an_anniversary_of_a_hundred_years():
    text = "Harlow Brass Band was founded in 1930.\n\nWe celebrated our centenary in 2025 with a concert.\n"
    found = findings("elapsed-time", **{"a.txt": text})
    assert found and "centenary" in found[0].message
