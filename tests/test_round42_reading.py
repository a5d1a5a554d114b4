"""Readings added in round 42, each on sentences of our own.

- A station's or a channel's first broadcast is its launch ("first went
  on air on 4 May 1994"); a station's name ("Harbour Sound Radio") is an
  organisation's.
- A page about itself ("About us | Harbour Sound Radio 101.2 FM", a first
  heading "About Harbour Sound Radio") names its owner, never an outlet.
- "people" counted with what they do are that class: "96,000 people
  listened each week" are a station's listeners, per week.
- A sentence opening on the present ("Today ...") is not dated by the year
  an earlier sentence of its paragraph led with.
- A contrastive clause (", although the station he founded now employs
  ...") has its own subject.
- An owner's others ("our customers", "its rivals") acting by their own
  verb are not the owner: "our customers run fleets of thirty balloons".
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings, kinds_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _subjects(text: str, knowledge, path: str = "doc.txt") -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {c.evidence.text: (c.subject.name if c.subject else None) for c in claims_of(text, knowledge, path)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Sound Radio first went on air on 4 May 1994 from a loft above a chandlery.",
        "Harbour Sound Radio came on air on 4 May 1994.",
        "Harbour Sound Radio began broadcasting on 4 May 1994.",
    ],
)
def test_a_first_broadcast_is_a_launch(knowledge, sentence):
    date = figure(claims_of(sentence, knowledge), "4 May 1994")
    assert date.event == "launch"
    assert date.subject is not None and date.subject.name == "Harbour Sound Radio"


def test_a_station_is_an_organisation(knowledge):
    kinds = kinds_of("Harbour Sound Radio has 14 staff. Quayside TV employs 30 people.", knowledge)
    assert kinds["Harbour Sound Radio"] == "organisation"
    assert kinds["Quayside TV"] == "organisation"


ABOUT_PAGE = (
    "<html><head><title>About us | Harbour Sound Radio 101.2 FM</title></head><body>"
    "<h1>About Harbour Sound Radio</h1>"
    "<p>We have broadcast from the quay since 2001, and a team of 17 staff keeps us on air.</p>"
    "<p>Harbour Sound is part of Estuary Media, which runs three stations.</p>"
    "</body></html>"
)


def test_a_page_about_itself_names_its_owner_not_an_outlet(knowledge):
    subjects = _subjects(ABOUT_PAGE, knowledge, "about.html")
    assert subjects["17 staff"] == "Harbour Sound Radio"


def test_a_masthead_still_names_an_outlet(knowledge):
    # The same title without a page label of its own is an outlet's.
    text = "HARBOUR SOUND RADIO\n\nEstuary Media has 17 staff, its chief executive said.\n"
    assert _subjects(text, knowledge)["17 staff"] == "Estuary Media"


@pytest.mark.parametrize(
    "sentence, surface, per, measure_words",
    [
        ("In the spring survey, 96,000 people listened each week.", "96,000 people", "week", "listeners"),
        ("Harbour Sound Radio reached 96,000 people a week in the spring survey.", "96,000 people a week", "week", "listeners"),
        ("Some 41,000 people visited the mill museum every year.", "Some 41,000 people", "year", "visitors"),
    ],
)
def test_people_counted_by_what_they_do(knowledge, sentence, surface, per, measure_words):
    claim = figure(claims_of(sentence, knowledge), surface)
    assert claim.value.per == per
    assert claim.event == measure_words


def test_people_told_of_nothing_they_do_are_no_measure(knowledge):
    claim = figure(claims_of("Harbour Sound Radio said 96,000 people were in town for the regatta.", knowledge), "96,000 people")
    assert claim.event not in ("listeners", "visitors", "employees")


def test_listeners_told_two_ways_are_one_figure(knowledge):
    about = "About Harbour Sound Radio\n\nIn the spring survey, 96,000 people listened to Harbour Sound Radio each week.\n"
    podcast = "Harbour Sound Radio's managing director said the station reached 69,000 people a week in the spring survey.\n"
    assert findings("figure-mismatch", about=about, podcast=podcast)


def test_a_sentence_opening_on_today_is_not_dated_by_the_paragraphs_lead(knowledge):
    text = (
        "Quayside Journal, 3 March 2025\n\n"
        "In 2019 Estuary Media bought Harbour Sound Radio for £1.2m. "
        "Today Estuary Media employs 60 people across its stations.\n"
    )
    staff = figure(claims_of(text, knowledge), "60 people")
    assert staff.time is not None and staff.time.year == 2025


def test_without_today_the_paragraphs_lead_still_dates_it(knowledge):
    text = (
        "Quayside Journal, 3 March 2025\n\n"
        "In 2019 Estuary Media bought Harbour Sound Radio for £1.2m. "
        "Estuary Media employed 60 people across its stations.\n"
    )
    staff = figure(claims_of(text, knowledge), "60 people")
    assert staff.time is not None and staff.time.year == 2019


def test_a_clause_after_although_has_its_own_subject(knowledge):
    text = (
        "Estuary Media's three stations reach 250,000 listeners a week, although Harbour Sound Radio "
        "employs fewer than 20 people."
    )
    assert _subjects(text, knowledge)["fewer than 20 people"] == "Harbour Sound Radio"


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ('"Today our customers run fleets of thirty balloons," said Kestrel Balloons.', "thirty balloons"),
        ("Kestrel Balloons said its rivals sold 400 balloons in 2024.", "400 balloons"),
    ],
)
def test_an_owners_others_acting_are_not_the_owner(knowledge, sentence, surface):
    assert _subjects(sentence, knowledge)[surface] != "Kestrel Balloons"


def test_an_owners_others_counted_are_still_its_own(knowledge):
    # "its customers include 40 airlines": the company's customers, counted.
    assert _subjects("Kestrel Balloons says its customers include 40 ride operators.", knowledge)["40 ride operators"] == "Kestrel Balloons"


def test_a_count_noun_before_a_verb_and_its_object_is_no_compound(knowledge):
    claim = figure(claims_of("A team of 17 staff keeps Harbour Sound Radio on air.", knowledge), "17 staff")
    assert claim.value.counted == "staff"


def test_a_letters_place_and_day_under_its_title_is_no_sections_period(knowledge):
    text = (
        "KESTREL HIRE PLC\n"
        "Annual Report 2024: Letter from the Chair\n"
        "Carlisle, 14 March 2025\n\n"
        "Dear shareholder,\n\n"
        "Revenue rose 8% to £96.4 million, and profit before tax was £9.1 million.\n"
    )
    revenue = figure(claims_of(text, knowledge), "£96.4 million")
    assert revenue.time is not None and revenue.time.year == 2024


NUMBERED_NOTICE = (
    "CONTRACT AWARD NOTICE\n"
    "Published: 3 March 2025\n"
    "Section I. Contracting authority: Solway Fleet Partnership, acting for its three member councils (lead: Carlisle)\n"
    "Section II. Object\n"
    "II.1 Title: Vehicle hire framework 2025-2028\n"
    "II.2 Description: Supply of vans on daily and weekly hire to the member councils.\n"
    "Section V. Award of contract\n"
    "V.1 Date of award decision: 24 February 2025\n"
    "V.2 Supplier: Eden Van Hire Ltd, Penrith\n"
    "V.3 Total value of the contract: £7.2 million (excluding VAT)\n"
    "V.4 Reason for award: most economically advantageous tender.\n"
)


def test_a_numbered_notices_supplier_holds_its_value(knowledge):
    value = figure(claims_of(NUMBERED_NOTICE, knowledge), "£7.2 million")
    assert value.subject is not None and value.subject.name == "Eden Van Hire"
    assert value.event == "contract"
    assert value.object is not None and value.object.name == "Solway Fleet Partnership"


def test_a_forms_field_numbers_and_labels_are_no_names(knowledge):
    kinds = kinds_of(NUMBERED_NOTICE, knowledge)
    for label in ("V.4 Reason", "Reason", "Section II", "Object", "Contracting", "Description", "Date"):
        assert label not in kinds


def test_they_after_a_writer_names_one_company(knowledge):
    text = "Anyone else noticed Pressline buying up shops? They paid £3.1m for Brightwash last March."
    price = figure(claims_of(text, knowledge), "£3.1m")
    assert price.subject is not None and price.subject.name == "Pressline"


def test_they_after_people_of_a_company_is_still_no_one(knowledge):
    text = "Workers at Pressline protested outside the depot. They paid £40 for the coach."
    price = figure(claims_of(text, knowledge), "£40")
    assert price.subject is None or price.subject.name != "Pressline"


def test_what_was_bought_named_inside_a_count(knowledge):
    text = "Pressline Group\n\nIn May we bought the 12 Brightwash shops in Norfolk for £1.9 million.\n\n2024: The Brightwash shops join the group.\n"
    price = figure(claims_of(text, knowledge), "£1.9 million")
    assert price.object is not None and price.object.name == "Brightwash"


def test_a_price_told_of_the_shops_and_of_their_name_conflicts(knowledge):
    review = "Pressline Group annual review\n\nIn May we bought the 12 Brightwash shops in Norfolk for £1.9 million.\n\n2024: The Brightwash shops join the group.\n"
    forum = "Posted by Starch, 2 June 2025\nAnyone else noticed Pressline buying up shops? They paid £9.1m for Brightwash last May.\n"
    assert findings("figure-mismatch", review=review, forum=forum)
