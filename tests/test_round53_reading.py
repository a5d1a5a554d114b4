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
