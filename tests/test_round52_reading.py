"""Readings added in round 52, each on sentences of our own.

- Counts a verb names: a number right after a verb of ``counted_by_verb``
  with no noun after it counts the verb's noun ("the hall, which still seats
  1,050", "The forge employs 46."), and after a verb whose noun is counted
  whatever follows ("seats up to 900 players") the verb's noun wins; people
  a place takes, holds or has room for ("takes up to 1,800 spectators") are
  its seats.
- Who: "the firm" never means a body the text told only as a housing
  association, a charity or a council; a town before a fund in lower case
  ("the Bristol fund") says where the fund is and names no programme; a
  site's event told in a relative clause ("the academy in Gloucester that
  Thermavale opened in 2023") is the clause's subject's.

- When: a year in two digits after an apostrophe ("opened up in '11",
  "since '89", "March '22") is a year; "its 2017 float" dates a listing, and
  "co-founded ... in 1979" a founding.
- "they've been going since '89", "in business since 1962": a founding.
- A date in numbers ("Contract start date: 01/04/2024", "25.12.2023") is
  read day first, as ``numeric_dates`` in numbers.yaml says, unless one of
  its numbers can only be a day.
- "Not bad for a business that was family-owned until its 2017 float" denies
  no date: an idiom's "not" is no denial.
- Staff told in the first person: "There are 46 of us now" counts staff.
- A podcast's guest named in its title with her company after a comma or
  in brackets ("episode 12: Ruth Calloway (Harbour Skate Supply, Whitby)")
  speaks for that company: her turns' "we" is it.
- A shelter's rehomings are one measure, whatever the animals: "we found
  new homes for 230 animals last year" and a table's "Total rehomed".
- Under a heading that breaks a measure down ("Revenue by division"), a
  list line's labelled sum ("- Hotels: £6.1m") is a part of it.
- An HTML cell that spans columns (``colspan``) moves the cells after it
  under their own headers.
- A newspaper's section label heading a page ("OBITUARIES") is no name.

Some tests guard what the rules must not do and pass on the round's
starting code too.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, subject_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


# ---- counts a verb names -------------------------------------------------


@pytest.mark.parametrize(
    "sentence, surface, counted",
    [
        ("The Regal, which still seats 1,050, became the model for the chain.", "1,050", "seats"),
        ("The Plaza hall seats 640 and opened in 1936.", "640", "seats"),
        ("Orme Forge employs 46.", "46", "staff"),
    ],
)
def test_a_number_after_a_verb_that_names_what_it_counts(knowledge, sentence, surface, counted):
    claim = figure(claims_of(sentence, knowledge), surface)
    assert claim.value.kind == "count" and claim.value.counted == counted


def test_a_seating_verb_counts_seats_whoever_sits(knowledge):
    claims = claims_of("The Regal opened in 1968 and seats up to 900 players on the main floor.", knowledge)
    claim = figure(claims, "up to 900 players")
    assert claim.value.counted == "seats" and claim.value.high == 900


@pytest.mark.parametrize(
    "sentence, surface, counted",
    [
        ("The Lagan arena takes up to 1,800 spectators for hockey.", "up to 1,800 spectators", "seats"),
        ("The Oval holds more than 50,000 fans.", "more than 50,000 fans", "seats"),
        ("The bistro has room for up to 110 diners.", "up to 110 diners", "seats"),
        ("The store holds up to 600,000 boxes.", "up to 600,000 boxes", "boxes"),  # no people: no seats
        ("The nursery takes 420 children.", "420 children", "children"),
    ],
)
def test_people_a_place_takes_are_its_seats(knowledge, sentence, surface, counted):
    assert figure(claims_of(sentence, knowledge), surface).value.counted == counted


def test_seats_told_by_verb_and_by_noun_are_one_measure(knowledge):
    by_verb = figure(claims_of("The Regal seats 1,050.", knowledge), "1,050")
    by_noun = figure(claims_of("The Regal has a 900-seat hall.", knowledge), "900-seat")
    assert by_verb.event == by_noun.event


@pytest.mark.parametrize(
    "sentence",
    [
        "The Regal seats 2024 visitors a year.",  # a year-like number is no count after the verb
        "Its board seats two independent directors.",  # a noun after the number counts it
    ],
)
def test_a_verb_names_no_count_where_the_number_is_no_bare_count(knowledge, sentence):
    claims = claims_of(sentence, knowledge)
    assert not any(c.value is not None and c.value.counted in ("seats", "staff") and c.evidence.text in ("2024", "two") for c in claims)


def test_two_seatings_of_one_hall_conflict():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "The Regal Bingo Club in Gateshead still seats 1,050, its owner Castlegate Leisure said in 2025.",
            "b.txt": "Castlegate Leisure said in 2025 that the Regal Bingo Club in Gateshead seats 900.",
        },
    )
    assert found and "1,050" in found[0].message and "900" in found[0].message


# ---- who -------------------------------------------------------------------


_FEATURE = (
    "Jon Pellow set up Harrowmere Heating in 2009 with one van. Sixteen years later the company has fitted "
    "more than 4,000 heat pumps.\n\n"
    "Five Valleys Homes, the housing association that owns most of the district's homes, confirmed on Monday "
    "that the firm had won a £9.2 million contract to fit heat pumps in 600 of its homes.\n\n"
    "In 2023 the firm took a £6 million investment from Severn Growth Capital, the Bristol fund, which now "
    "holds a minority stake.\n\n"
    "Bristol insulation specialist Greenlayer took the smaller lot, a £3.15 million contract.\n"
)


def test_the_firm_is_no_body_told_as_a_housing_association(knowledge):
    assert subject_of(claims_of(_FEATURE, knowledge), "£9.2 million") == "Harrowmere Heating"


def test_the_firm_is_still_a_company_told_as_a_firm(knowledge):
    text = (
        "Calder Renewables, the Leeds firm that installs solar roofs, said on Monday that the firm "
        "had won a £2.1 million contract."
    )
    assert subject_of(claims_of(text, knowledge), "£2.1 million") == "Calder Renewables"


def test_a_town_before_a_fund_names_no_programme(knowledge):
    claims = claims_of(_FEATURE, knowledge)
    assert subject_of(claims, "£6 million") == "Harrowmere Heating"
    assert subject_of(claims, "£3.15 million") == "Greenlayer"


def test_a_sites_event_in_a_relative_clause_is_its_subjects(knowledge):
    text = (
        "Pellow decided to grow his own, and the training academy in Gloucester that Thermaline "
        "opened in 2023 now takes about 40 apprentices a year."
    )
    date = next(c for c in claims_of(text, knowledge) if c.evidence.text == "2023")
    assert date.subject is not None and date.subject.name == "Thermaline"


# ---- when --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, surface, year, month",
    [
        ("We opened up in '11, in the old cobbler's on Lune Street.", "'11", 2011, None),
        ("They have been trading since \u201989, the Sheffield lot.", "\u201989", 1989, None),
        ("The York one opened in March '22, I think.", "March '22", 2022, 3),
    ],
)
def test_a_year_in_two_digits_after_an_apostrophe(knowledge, sentence, surface, year, month):
    claim = figure(claims_of(sentence, knowledge), surface)
    assert claim.time is not None and claim.time.year == year and claim.time.month == month


@pytest.mark.parametrize("sentence", ["Back in the '90s we were tiny.", "It was pure rock 'n' roll in 2004."])
def test_a_decade_or_a_contraction_is_no_clipped_year(knowledge, sentence):
    claims = claims_of(sentence, knowledge)
    assert not any(c.kind == "date" and c.time is not None and c.time.year in (1990, 2090) for c in claims)


def test_a_clipped_year_against_a_full_one_conflicts():
    found = findings(
        "date-mismatch",
        **{
            "a.txt": "Lune Street Skate was founded in Lancaster in 2011.",
            "b.txt": "Lune Street Skate was founded in Lancaster in '13, says its owner.",
        },
    )
    assert found


def test_a_year_before_a_float_dates_the_listing(knowledge):
    claims = claims_of("Marlin Coaches was still family-owned until its 2017 float.", knowledge)
    assert figure(claims, "2017").event == "listing"


def test_a_co_founding_is_a_founding(knowledge):
    claims = claims_of("Eleanor Pask co-founded the Mothwing Puppet Company in Stroud in 1979.", knowledge)
    assert figure(claims, "1979").event == "founding"


# ---- staff told in the first person -------------------------------------------


def test_the_speakers_number_is_a_headcount(knowledge):
    claims = claims_of("Turnover was £4.8 million. There are 46 of us now, and most of us live nearby.", knowledge)
    claim = figure(claims, "46 of us")
    assert claim.value.counted == "staff" and claim.event == "employees" and claim.value.low == 46


def test_a_number_taken_back_for_a_bare_one_is_no_ones(knowledge):
    claims = claims_of("HELEN: We're about 210 of us, sorry, no, 186 on the payroll.", knowledge)
    assert not any(c.value is not None and c.value.high and c.value.high > 200 for c in claims)


def test_a_part_of_the_speakers_is_no_headcount(knowledge):
    claims = claims_of("Two of us went to the trade fair in Leeds.", knowledge)
    assert not any(c.event == "employees" for c in claims)


# ---- section labels ---------------------------------------------------------------


def test_a_newspaper_section_heading_is_no_name(knowledge):
    text = "OBITUARIES\n\nEleanor Pask, who has died aged 86, co-founded the Mothwing Puppet Company in Stroud in 1979.\n"
    assert all(c.subject is None or c.subject.name != "OBITUARIES" for c in claims_of(text, knowledge))


@pytest.mark.parametrize(
    "sentence",
    [
        "Spindle & Groove is great, they've been going since 1989 and I love it.",
        "Spindle & Groove has been in business since 1989.",
    ],
)
def test_a_business_going_since_a_year_was_founded_then(knowledge, sentence):
    assert figure(claims_of(sentence, knowledge), "1989").event == "founding"


def test_a_rise_since_a_year_is_no_founding(knowledge):
    assert figure(claims_of("Prices at Spindle & Groove have been going up since 2019.", knowledge), "2019").event != "founding"


@pytest.mark.parametrize(
    "sentence, surface, month, day",
    [
        ("Contract start date: 01/04/2024", "01/04/2024", 4, 1),
        ("The depot opened on 25.12.2023.", "25.12.2023", 12, 25),
        ("The shares rose on 12/13/2024.", "12/13/2024", 12, 13),  # 13 can only be a day
    ],
)
def test_a_date_in_numbers(knowledge, sentence, surface, month, day):
    claim = figure(claims_of(sentence, knowledge), surface)
    assert (claim.time.month, claim.time.day) == (month, day)


def test_a_release_number_is_no_date(knowledge):
    assert not any(c.kind == "date" for c in claims_of("Version 1.2.2024 of the app was buggy.", knowledge))


def test_an_idioms_not_denies_no_date():
    found = findings(
        "date-mismatch",
        **{
            "a.txt": "Marlin Coaches plc has been listed on AIM since 2015.",
            "b.txt": "Marlin Coaches carried 65,300 passengers. Not bad for a business that was still family-owned until its 2017 float.",
        },
    )
    assert found


def test_a_denied_date_is_still_not_compared():
    found = findings(
        "date-mismatch",
        **{
            "a.txt": "Marlin Coaches plc has been listed on AIM since 2015.",
            "b.txt": "Marlin Coaches did not float in 2017, its chairman said.",
        },
    )
    assert not found


def test_minutes_initials_of_a_person_are_the_person(knowledge):
    text = (
        "Minutes of the Annual General Meeting\n\nIn the chair: Alan Pettifer (AP).\n\n"
        "3. Chair's report\nAP said that we bought the building in 2019 for £185,000.\n"
    )
    assert subject_of(claims_of(text, knowledge), "£185,000") != "AP"


_EPISODE = (
    "# Grind Podcast, episode 12: Ruth Calloway {guest}\n\n"
    "**SAM:** Welcome back to Grind. I am in the back room of Harbour Skate Supply in Whitby with Ruth Calloway.\n\n"
    "**RUTH:** Thanks. We opened the shop in 2014 and we turned over £310,000 last year.\n\n"
    "**SAM:** And is it still just you?\n\n"
    "**RUTH:** Me and three part-timers.\n"
)


@pytest.mark.parametrize("guest", ["(Harbour Skate Supply, Whitby)", "(Harbour Skate Supply)"])
def test_a_guest_named_with_her_company_in_the_title_speaks_for_it(knowledge, guest):
    text = _EPISODE.format(guest=guest)
    assert subject_of(claims_of(text, knowledge, "episode.md"), "£310,000") == "Harbour Skate Supply"


def test_a_guest_named_with_her_company_after_a_comma(knowledge):
    text = _EPISODE.replace("Ruth Calloway {guest}", "Ruth Calloway, Harbour Skate Supply")
    assert subject_of(claims_of(text, knowledge, "episode.md"), "£310,000") == "Harbour Skate Supply"


def test_a_state_in_a_relative_clause_is_of_the_name_before_it(knowledge):
    text = (
        "- Stoneroof took £74m of bookings last year. (Not the roofers in Penrith, obviously, "
        "who've been going since 1962!)\n\nI go to Spindle & Groove, who've been going since 1989.\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "1962").subject is None
    assert subject_of(claims, "1989") == "Spindle & Groove"



def test_rehomings_told_by_verb_and_by_a_table_are_one_measure():
    text = (
        "---\ntitle: Annual report 2024\ndate: 2025-05-30\n---\n"
        "# Heron Lane Dog Rescue: annual report 2024\n\n"
        "Thanks to our volunteers, Heron Lane Dog Rescue found new homes for 230 dogs last year.\n\n"
        "| Rehomed in 2024 | Number |\n|---|---:|\n| Puppies | 171 |\n| Adult dogs | 41 |\n| Total rehomed | 212 |\n"
    )
    found = findings("figure-mismatch", **{"report.md": text})
    assert found and "230" in found[0].message and "212" in found[0].message


def test_homes_found_since_a_founding_are_a_running_total(knowledge):
    claims = claims_of("Since we were founded we have found homes for more than 3,000 cats. In 2024 we rehomed 412 cats.", knowledge)
    claim = figure(claims, "more than 3,000 cats")
    assert claim.qualifiers is not None and claim.qualifiers.scope == "cumulative"


def test_a_headings_bound_of_time_dates_no_section(knowledge):
    text = "Asian markets slide; Nikkei at lowest level since '82\ndate: 2008-10-27\n\nThe Nikkei closed down 6.4 percent.\n"
    claim = figure(claims_of(text, knowledge), "6.4 percent")
    assert claim.time is None or claim.time.year == 2008


@pytest.mark.parametrize("name, subject", [("News Corp", "News"), ("Sports Direct", "Sports Direct")])  # "Corp" is a legal form
def test_a_section_word_still_opens_a_name(knowledge, name, subject):
    claims = claims_of(f"{name} bought 20 stores for $50 million in 2012.", knowledge)
    assert subject_of(claims, "$50 million") == subject


_RESULTS = (
    "MARLOW COACHES PLC\nFinal results for the year ended 31 October 2024\n\nHighlights\n"
    "- Revenue up 10.6% to £38.6 million (FY2023: £34.9 million)\n\n"
    "Revenue {by}\n- Coach holidays: £29.4m\n- Hotels: £6.1m\n- Day excursions: £3.1m\n\n"
    "Chief executive's statement\nMarlow Coaches had a good year.\n"
)


def test_a_divisions_sum_under_a_breakdown_heading_is_a_part(knowledge):
    claims = claims_of(_RESULTS.format(by="by division"), knowledge, "results.txt")
    assert figure(claims, "£29.4m").role == "part"
    assert not findings("figure-mismatch", **{"results.txt": _RESULTS.format(by="by division")})


def test_a_sum_under_a_heading_that_breaks_nothing_down_is_no_part(knowledge):
    claims = claims_of(_RESULTS.format(by="in the year"), knowledge, "results.txt")
    assert figure(claims, "£29.4m").role != "part"


_AWARDS = (
    "<html><body><h1>Warm Homes framework: award notice</h1><table>"
    "<thead><tr><th>Lot</th><th>Supplier</th><th>Homes</th><th>Contract value</th><th>Tenders received</th></tr></thead>"
    "<tbody><tr><td>Lot 1: heat pumps</td><td>Thermaline Ltd</td><td>600</td><td>£8,460,000</td><td>7</td></tr>"
    "<tr><td>Lot 2: insulation</td><td>Greenlayer Ltd</td><td>1,400</td><td>£3,150,000</td><td>5</td></tr>"
    "<tr><td colspan=\"3\"><strong>Total framework value</strong></td><td>£11,610,000</td><td>12</td></tr>"
    "</tbody></table></body></html>"
)


def test_a_cell_after_one_that_spans_columns_stands_under_its_own_header(knowledge):
    claims = claims_of(_AWARDS, knowledge, "notice.html")
    assert figure(claims, "12").value.counted == "tenders"
    assert not findings("parts-sum", **{"notice.html": _AWARDS})


def test_a_guest_named_with_her_company_in_the_front_matters_title_speaks_for_it(knowledge):
    text = (
        '---\ntitle: "Grind Podcast ep. 12: Ruth Calloway, Harbour Skate Supply"\ndate: 2025-09-04\n---\n\n'
        "# Grind, episode 12\n\n"
        + _EPISODE.split("\n\n", 1)[1]
    )
    assert subject_of(claims_of(text, knowledge, "episode.md"), "£310,000") == "Harbour Skate Supply"


def test_an_unknown_order_of_numeric_dates_is_refused_with_its_key(tmp_path):
    import shutil

    from auditor.extract.lexicon import LexiconError, load_lexicon
    from auditor.resources import default_rules_dir

    lexicon = tmp_path / "lexicon"
    shutil.copytree(default_rules_dir() / "lexicon", lexicon)
    numbers = lexicon / "numbers.yaml"
    numbers.write_text(numbers.read_text(encoding="utf-8").replace("numeric_dates: day-first", "numeric_dates: sideways"), encoding="utf-8")
    with pytest.raises(LexiconError, match="numeric_dates"):
        load_lexicon(lexicon)


def test_a_letterhead_in_capitals_with_its_legal_form_explained_is_a_name(knowledge):
    text = (
        "HARTCLIFFE COMMUNITY SHOP LIMITED (Community Benefit Society)\nMinutes of the Annual General Meeting\n\n"
        "The chair said we bought the building in 2019 for £185,000.\n"
    )
    assert subject_of(claims_of(text, knowledge), "£185,000") == "HARTCLIFFE COMMUNITY SHOP"
