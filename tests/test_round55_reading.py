"""Readings added in round 55, each on sentences of our own.

- A description a fronted preposition governs ("Across the county line in
  Dorset, Penhale & Rowe is expanding") is no subject: the name after the
  comma is, and "The Wimborne firm" of the next sentence is that name.
- An order told as its customer's, with a relative clause naming who won it
  ("the £1.7m order for 12 lorries from Tarrant Stud, which we won in
  May"), is the customer's order and the winner its other party, as when
  the winner's own clause tells it ("we won an order from Tarrant Stud").
- "now employs 52 staff and built 180 horseboxes last year": the headcount
  is of now; only the deed joined after it is of last year.
- People counted by what they did, whatever words stand before them: "more
  than 20,000 people came through the doors" are visitors.
- In a body's own review, people its clause opens on, in a sentence that
  names no one, are the body's ("For the first time, more than 20,000
  people came through the doors"); a count of anything else is not ("Five
  bids were received" in a committee's minutes).
- Prizes: the awards' name ends before a month or a place joined to it ("at
  the 2024 Fenland Cider Championship in Ely"); a noun may follow the title
  ("the Best Perry trophy", "the Master Cutler prize"); "that summer's" says
  "the"; the awards' owner may stand in the possessive before the title
  ("the Guild's 2024 Grower of the Year trophy"); a title of a year may
  stand in apposition ("Ada Quill, the Guild's 2024 Grower of the Year,");
  people win prizes too; a month alone dates a prize in a review of a past
  year to that year; and an awards' short name ("at Kelmscott") is the
  long one's ("the Kelmscott Living History Show").
- A heading whose label before a colon is in sentence case ("Day two,
  morning: Ashcombe Bonsai Centre") shows the name after the colon.
- A forum poster's handle alone on its line, over "Posted 04/02/2025 12:47",
  is a person: never a party to a figure, never "They".
- A sentence's opening "They" is never the subject of another paragraph or
  post.
- "to be the sole supplier to Haldane & Pike": the supplier is who signed,
  the name after "to" its customer.
- A company that itself opened ("Claire Denholm opened Oakhollow Riding
  Centre in 2001") is its founding against a facts file; a site opened is not.
- A correction by a bare number ("we said ... had 14 staff. It has 11.") or
  of what a circular said takes the old figure back.
- Counts of the things in one region ("its four Cumbrian practices") are
  parts, never rivals of the whole; "60 UK stores" of a British chain stays whole.
- Forums and blogs: a thread's "Thread:" field is no speaker; a poster's
  company from "We're independent (Barkley & Finch, ...)" or her handle; a
  post "on the Muddy Paws Collective blog" is the company's; a bold headline
  opens on its name; "They" after people at a company, after a question
  about it, or opening a clause joined by "and".
- A company's first site opened once, whichever site each text names.
- Firsts of a place ("the UK's first fully 3D-printed eye") and editions of
  events hosted ("hosted the 2024 Golden Collar final") credited to two
  parties conflict; competitions won ("won the Scottish Mixed Doubles in
  March") are prizes dated by their sentence.
- Purchases: every site of a company paid for, a price after the sellers,
  a sum the words after it call a price, "the £14.2m we paid for it", a
  business that "joined ... for £1.4 million" in a group's report, a buyer
  kept across a verb joined after a comma.
- People who "walked the boards" are visitors, those "buried" burials; a
  council's officers named by their posts are people; an older
  generation's short given names ("Bert") make a person.

Some tests guard what the rules must not do and pass on the round's
starting code too.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from auditor.extract.prizes import prizes
from auditor.extract.mentions import sentence_mentions
from reading_helpers import claims_of, figure, findings, kinds_of, model_of, subject_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


# ---- a description a fronted preposition governs ------------------------------------------------


def test_a_description_in_a_fronted_phrase_is_no_subject(knowledge):
    text = (
        "Horsebox builders are busy, reports the Dorset Echo.\n\n"
        "Cranbourne Coachworks, the Blandford family firm, delivered 140 horseboxes last year.\n\n"
        "Across the county line in Wiltshire, Penhale & Rowe is also expanding. "
        "The Tisbury firm, which moved to its current works in 2006, now employs 52 staff.\n"
    )
    assert subject_of(claims_of(text, knowledge), "52 staff") == "Penhale & Rowe"


def test_a_description_opening_its_sentence_is_still_its_subject(knowledge):
    text = "Penhale & Rowe builds horseboxes in Tisbury.\n\nThe firm now employs 52 staff.\n"
    assert subject_of(claims_of(text, knowledge), "52 staff") == "Penhale & Rowe"


# ---- an order's winner in a relative clause -----------------------------------------------------


def test_an_orders_winner_told_in_a_relative_clause_is_its_other_party(knowledge):
    text = (
        "# Cranbourne Coachworks Ltd: results for the year ended 31 March 2025\n\n"
        "The highlight of the year was the £1.7m order for 12 horseboxes from Tarrant Stud, which we won in May.\n"
    )
    order = figure(claims_of(text, knowledge, "results.md"), "£1.7m")
    assert (order.subject.name, order.object.name) == ("Tarrant Stud", "Cranbourne Coachworks")


def test_an_order_with_no_winner_told_keeps_its_customer_alone(knowledge):
    text = "Dorset notes, June 2025.\n\nThe £1.7m order for 12 horseboxes from Tarrant Stud, which was placed in May, is the largest yet.\n"
    order = figure(claims_of(text, knowledge), "£1.7m")
    # No winner is named: the order's parties are its customer at most.
    assert {ref.name for ref in (order.subject, order.object) if ref is not None} <= {"Tarrant Stud"}


# ---- the present joined to a past deed ----------------------------------------------------------


def test_a_headcount_of_now_before_a_deed_of_last_year_is_of_now(knowledge):
    text = "---\ntitle: Horsebox makers\ndate: 2025-07-24\n---\n\nPenhale & Rowe now employs 52 staff and built 180 horseboxes last year.\n"
    claims = claims_of(text, knowledge, "notes.md")
    assert figure(claims, "52 staff").time.year == 2025
    assert figure(claims, "180 horseboxes").time.year == 2024


# ---- people counted by what they did ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 20,000 people came through the doors in 2024.",
        "In 2024 some 20,000 people came through the doors.",
        "Nearly 20,000 people came through the gates in 2024.",
    ],
)
def test_people_who_came_through_the_doors_are_visitors(knowledge, sentence):
    claims = claims_of(f"Notes, March 2025.\n\n{sentence}\n", knowledge)
    (count,) = [c for c in claims if c.kind == "count"]
    assert count.event == "visitors"


_REVIEW = (
    '---\ntitle: "Annual Review 2024"\ndate: 2025-04-30\nauthor: Ann Fenwick, Chair of Trustees, Hobhole Heritage Trust\n---\n\n'
    "# Annual Review 2024\n\n"
    "*Hobhole Heritage Trust · Registered charity · Hobhole Mill, Fen Road*\n\n"
    "## From the Chair\n\n"
    "There is a photograph on the wall of our warm room of the first open day we ever held. "
    "Founded in 1991 by a group of millers, the Trust has spent three decades restoring the mill.\n\n"
    "In February we were named Visitor Attraction of the Year at the Fenland Tourism Awards.\n\n"
    "## Visitors\n\n"
    "For the first time, more than 20,000 people came through the doors in 2024.\n"
)


def test_people_its_own_review_counts_are_the_reviewers(knowledge):
    count = figure(claims_of(_REVIEW, knowledge, "review.md"), "more than 20,000 people")
    assert count.subject is not None and count.subject.name == "Hobhole Heritage Trust"


def test_bids_received_in_minutes_are_no_count_of_the_committee(knowledge):
    text = (
        "HOBHOLE DISTRICT COUNCIL\nMINUTES OF THE WASTE COMMITTEE\n\n"
        "25/25 SKIP HIRE CONTRACT\n"
        "The committee considered the tender for skip hire. Five bids were received. "
        "The contract is valued at £3.6 million over four years.\n\n"
        "RESOLVED: that Marsh Lane Skips Ltd be appointed as the committee's skip hire contractor.\n"
    )
    claims = claims_of(text, knowledge, "minutes.txt")
    assert figure(claims, "Five bids").subject is None


# ---- prizes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, winner, title, awards",
    [
        (
            "Hollowell Cider's Old Oak won the Best Perry trophy at the 2024 Fenland Cider Championship in Ely.",
            "Old Oak", "Best Perry", "Fenland Cider Championship",
        ),
        (
            "Tanner & Pike took the Master Cutler prize at that summer's Bramley Living History Show in 2023.",
            "Tanner & Pike", "Master Cutler", "Bramley Living History Show",
        ),
        (
            "Ada Quill collected the Guild's 2024 Grower of the Year trophy at the dinner.",
            "Ada Quill", "Grower of the Year", "Guild",
        ),
        (
            "A fine result for Ada Quill, the Guild's 2024 Grower of the Year, who finished third.",
            "Ada Quill", "Grower of the Year", "Guild",
        ),
        (
            "Tanner & Pike was named Forge of the Year at the Wessex Craft Awards in February 2024.",
            "Tanner & Pike", "Forge of the Year", "Wessex Craft Awards",
        ),
    ],
)
def test_a_prize_is_read_with_its_awards(knowledge, sentence, winner, title, awards):
    claims = claims_of(f"Trade notes, 14 March 2025\n\n{sentence}\n", knowledge)
    (prize,) = [c for c in claims if c.event == "prize"]
    assert (prize.subject.name, prize.object.name, prize.purpose) == (winner, title, awards)


@pytest.mark.parametrize(
    "sentence",
    [
        # A title in apposition must be a year's title ending its phrase.
        "Tom Hale, the 2024 Managing Director of Acme Forge, spoke at the dinner.",
        # A rank with no awards says of what nothing.
        "Tanner & Pike took Gold in 2024.",
    ],
)
def test_no_prize_without_a_title_of_a_year_or_its_awards(knowledge, sentence):
    claims = claims_of(f"Trade notes, 14 March 2025\n\n{sentence}\n", knowledge)
    assert not [c for c in claims if c.event == "prize"]


def test_a_prize_of_a_month_alone_in_a_review_of_a_past_year_is_that_years(knowledge):
    (prize,) = [c for c in claims_of(_REVIEW, knowledge, "review.md") if c.event == "prize"]
    assert (prize.subject.name, prize.time.year) == ("Hobhole Heritage Trust", 2024)


def test_a_prize_of_a_month_alone_in_news_is_of_the_news_year(knowledge):
    text = "---\ntitle: Fenland news\ndate: 2025-04-30\n---\n\nIn February Hobhole Mill was named Visitor Attraction of the Year at the Fenland Tourism Awards.\n"
    (prize,) = [c for c in claims_of(text, knowledge, "news.md") if c.event == "prize"]
    assert prize.time.year == 2025


def test_an_awards_short_name_is_the_long_ones():
    found = findings(
        "prize-attribution-conflict",
        **{
            "a.txt": "Notes, 2025.\n\nTanner & Pike took the Master Cutler prize at the 2023 Bramley Living History Show.\n",
            "b.txt": "Notes, 2025.\n\nOstrava Blades won the Master Cutler prize at Bramley in 2023.\n",
        },
    )
    assert len(found) == 1


def test_two_awards_of_one_title_stay_two():
    found = findings(
        "prize-attribution-conflict",
        **{
            "a.txt": "Notes, 2025.\n\nTanner & Pike took the Master Cutler prize at the 2023 Bramley Living History Show.\n",
            "b.txt": "Notes, 2025.\n\nOstrava Blades won the Master Cutler prize at the 2023 Wessex Craft Fair.\n",
        },
    )
    assert not found


# ---- headings, posters and "They" ---------------------------------------------------------------


def test_a_name_after_a_sentence_case_label_in_a_heading_is_read(knowledge):
    text = (
        "# Three nurseries in two days\n\n"
        "## Day two, morning: Ashcombe Bonsai Centre\n\n"
        "Ashcombe, just outside Taunton, is a different animal altogether.\n\n"
        "Ashcombe took Best in Show at the 2023 Wessex Bonsai Show with a trident maple.\n"
    )
    claims = claims_of(text, knowledge, "blog.md")
    (prize,) = [c for c in claims if c.event == "prize"]
    assert prize.subject.name.startswith("Ashcombe")


def test_a_title_case_heading_still_names_nothing(knowledge):
    kinds = kinds_of("# Strong Growth: Record Harvest For Local Growers\n\nThe season was good.\n", knowledge, "notes.md")
    assert "Record Harvest" not in kinds and "Local Growers" not in kinds


_THREAD = (
    "<html><head><title>Which armourer? | The Shieldwall Forum</title></head><body>\n"
    "<h1>Which armourer?</h1>\n"
    "<article><h3>Wulfstan77</h3>\n<p class='meta'>Posted 03/02/2025 19:42</p>\n"
    "<p>Tanner &amp; Pike, no question. They made 1,420 blades last year.</p></article>\n"
    "<article><h3>Oswy_the_Unready</h3>\n<p class='meta'>Posted 04/02/2025 12:47</p>\n"
    "<p>Slightly off topic, but the lads at Ostrava Blades are worth a look. "
    "They won the Master Cutler prize at Bramley in 2023 with a full harness.</p></article>\n"
    "</body></html>\n"
)


def test_a_handle_over_its_posted_line_is_a_person(knowledge):
    kinds = kinds_of(_THREAD, knowledge, "thread.html")
    assert kinds.get("Oswy_the_Unready") == "person" and kinds.get("Wulfstan77") == "person"


def test_they_is_not_carried_into_another_post(knowledge):
    claims = claims_of(_THREAD, knowledge, "thread.html")
    prizes_read = [c for c in claims if c.event == "prize"]
    assert all(c.subject.name not in ("Tanner & Pike", "Oswy_the_Unready") for c in prizes_read)


def test_they_opening_a_sentence_after_its_paragraphs_subject_is_still_carried(knowledge):
    text = "Farming notes, May 2025.\n\nTanner & Pike is a Sheffield cutler. They made 1,420 blades in 2024.\n"
    assert subject_of(claims_of(text, knowledge), "1,420 blades") == "Tanner & Pike"


# ---- a supplier to a customer -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In the spring it signed a three-year, £180,000 agreement to be the sole saffron supplier to Haldane & Pike.",
        "In the spring Crocusfield Farms signed a three-year, £180,000 agreement to be the sole supplier to Haldane & Pike.",
    ],
)
def test_the_supplier_to_a_customer_is_who_signed(knowledge, sentence):
    text = f"Crocusfield Farms grows saffron in Essex.\n\n{sentence}\n"
    deal = next(c for c in claims_of(text, knowledge) if c.kind == "deal")
    assert (deal.subject.name, deal.object.name) == ("Crocusfield Farms", "Haldane & Pike")


def test_a_contract_with_a_shipbuilder_is_still_the_shipbuilders(knowledge):
    text = "Serena Waterways runs river cruises.\n\nIn 2024 Serena Waterways signed a contract with shipbuilder Kjeldsen Verft for two ships.\n"
    deal = next(c for c in claims_of(text, knowledge) if c.kind == "deal")
    assert deal.subject.name == "Kjeldsen Verft"


# ---- a company's own opening against its founding year ------------------------------------------


def _founded(tmp_path, text: str, year: int):  # type: ignore[no-untyped-def]
    from reading_helpers import findings_against_facts

    facts = f"- subject: Oakhollow Riding Centre\n  attribute: founded\n  value: {year}\n"
    return findings_against_facts(facts, tmp_path, **{"doc.txt": text})


def test_the_company_itself_opened_is_its_founding(tmp_path):
    text = "Oakhollow Riding Centre is a family business near Kettleby.\n\nClaire Denholm opened Oakhollow Riding Centre in 2001 with six ponies.\n"
    assert len(_founded(tmp_path, text, 1998)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Oakhollow Riding Centre opened a new indoor school in 2010.",
        "Oakhollow Riding Centre runs lessons for 300 riders. It opened in April 2024 its second yard.",
        "Oakhollow Riding Centre opened in Aylsham in 2022, its second yard.",
    ],
)
def test_a_site_opened_is_no_founding(tmp_path, sentence):
    assert not _founded(tmp_path, f"Oakhollow Riding Centre is a family business near Kettleby.\n\n{sentence}\n", 1998)


# ---- a correction that says the figure again as a bare number -----------------------------------


def test_a_correction_by_a_bare_number_takes_the_figure_back(knowledge):
    text = "Sign notes, March 2025.\n\nCORRECTION: In our Winter issue we said Amos Reid Signs had 14 staff. It has 11. We apologise for the error.\n"
    assert not [c for c in claims_of(text, knowledge) if c.kind == "count" and c.value.value == 14]


def test_a_figure_after_an_issue_told_without_a_correction_stands(knowledge):
    text = "Sign notes, March 2025.\n\nIn our Winter issue we said Amos Reid Signs had 14 staff. It was a busy winter.\n"
    assert [c for c in claims_of(text, knowledge) if c.kind == "count" and c.value.value == 14]


# ---- counts of the things in one place ----------------------------------------------------------


@pytest.mark.parametrize("place", ["Cumbrian", "Scottish", "Leeds"])
def test_a_count_of_the_things_in_one_place_is_no_rival_of_the_whole(place):
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Dental notes, 2025.\n\nAshgrove Dental runs more than 90 practices across Britain.\n",
            "b.txt": f"Dental notes, 2025.\n\nAshgrove Dental will spend £1.2 million refitting its four {place} practices.\n",
        },
    )
    assert not found


def test_a_regions_people_are_its_countrys(knowledge):
    kinds = kinds_of("Notes, 2025.\n\nThe Cumbrian meadery sold 500,000 bottles in 2024.\n", knowledge)
    assert "Cumbrian" not in kinds


# ---- posters, blogs and headlines ---------------------------------------------------------------

_FORUM = (
    "DogPro Forum > Running your business > Franchises\n\n"
    "Thread: Leadwell franchise - worth it or not??\n\n"
    "WaggyTails_Sam | Posted 03/03/25 19:02\n\n"
    "Has anyone bought a Leadwell franchise? They want £18,000 up front.\n\n"
    "Tom_BarkleyFinch | Posted 05/03/25 09:31\n\n"
    "We're independent (Barkley & Finch, over in Clevedon) and we've grown to nine walkers in four years.\n\n"
    "Not to blow our own trumpet, but we won Pet Business of the Year at the 2024 Severn Small Business Awards.\n"
)


def test_a_threads_title_field_is_no_speaker_and_a_poster_speaks_for_her_company(knowledge):
    (prize,) = [c for c in claims_of(_FORUM, knowledge, "thread.txt") if c.event == "prize"]
    assert prize.subject.name == "Barkley & Finch"


def test_a_handle_that_holds_a_companys_name_speaks_for_it(knowledge):
    text = _FORUM.replace("We're independent (Barkley & Finch, over in Clevedon) and we've", "Barkley & Finch have")
    (prize,) = [c for c in claims_of(text, knowledge, "thread.txt") if c.event == "prize"]
    assert prize.subject.name == "Barkley & Finch"


def test_a_post_on_a_companys_blog_is_the_companys(knowledge):
    text = (
        '---\ntitle: "Our 2024 in walks"\ndate: 2025-01-08\nauthor: Hattie Osei\n---\n\n'
        "# Our 2024 in walks\n\n*Posted on the Muddy Paws Collective blog*\n\n"
        "Happy new year from all of us! We did 11,200 walks in 2024 and we are very tired.\n\n"
        "In November we won Pet Business of the Year at the 2024 Severn Small Business Awards. We cried.\n"
    )
    (prize,) = [c for c in claims_of(text, knowledge, "blog.md") if c.event == "prize"]
    assert prize.subject.name == "Muddy Paws Collective"


def test_a_bold_headline_opens_on_its_name(knowledge):
    text = "# The Mead Makers' Circular\n\n## News\n\n**Hollowmere goes big.** The Cumbrian meadery sold 500,000 bottles in 2024.\n"
    count = figure(claims_of(text, knowledge, "circular.md"), "500,000 bottles")
    assert count.subject is not None and count.subject.name == "Hollowmere"


def test_a_bold_headline_of_common_words_names_nothing(knowledge):
    text = "# The Mead Makers' Circular\n\n## News\n\n**Harvest begins.** The harvest began in September and the harvest was good.\n"
    assert "Harvest" not in kinds_of(text, knowledge, "circular.md")


def test_a_headline_in_capitals_with_its_label_names_nothing(knowledge):
    text = (
        "THE CHELMER VALLEY COURIER\nFriday 8 November 2024\n\n"
        "RED THREADS AND SORE BACKS: THAXTED SAFFRON FARM TOASTS ITS BIGGEST CROP\n\n"
        "For the pickers at Crocusfield Farms, the only forecast that mattered was the one for purple.\n\n"
        "The family business finished its harvest last week with 4.2 kilograms of dried saffron.\n"
    )
    claims = claims_of(text, knowledge, "story.txt")
    assert subject_of(claims, "4.2 kilograms") == "Crocusfield Farms"


def test_a_season_alone_in_a_title_is_no_name(knowledge):
    kinds = kinds_of("# The Mead Makers' Circular - Spring 2025\n\nIts tasting room opened in 2021.\n", knowledge, "circular.md")
    assert "Spring" not in kinds


# ---- a company's first of a kind ----------------------------------------------------------------


def test_a_companys_first_site_opened_once_whichever_site_a_text_names():
    found = findings(
        "date-mismatch",
        **{
            "a.txt": "Photon Forge Arenas opened its first arena in Leicester in 2011 and its tenth in Derby in 2025.\n",
            "b.txt": "Photon Forge Arenas is growing fast. Its first arena opened in 2012, in a former bowling alley.\n",
        },
    )
    assert len(found) == 1 and "2011" in found[0].message and "2012" in found[0].message


def test_a_first_opening_told_twice_of_one_site_is_one_finding():
    found = findings(
        "date-mismatch",
        **{
            "a.txt": "Photon Forge Arenas opened its first arena in Leicester in 2011.\n",
            "b.txt": "Photon Forge Arenas is growing fast. Its first arena opened in Leicester in 2012.\n",
        },
    )
    assert len(found) == 1


def test_a_regions_known_by_its_landscape_is_a_place(knowledge):
    assert kinds_of("Notes, 2025.\n\nHarold Pennock kept the Dales fed for sixty years.\n", knowledge).get("Dales") in (None, "place")


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Forum notes, May 2025.\n\nSlightly off topic, but the lads at Tanner & Pike are worth a look. They made 1,420 blades in 2024.\n", "1,420 blades"),
        ("Forum notes, May 2025.\n\nThe team at Tanner & Pike are brilliant. They made 1,420 blades in 2024.\n", "1,420 blades"),
        ("Forum notes, May 2025.\n\nSeen the Tanner & Pike numbers? They made 1,420 blades in 2024.\n", "1,420 blades"),
    ],
)
def test_they_after_people_at_a_company_or_a_question_about_it_is_the_company(knowledge, text, surface):
    assert subject_of(claims_of(text, knowledge), surface) == "Tanner & Pike"



# ---- a company's every site bought; seasons in names ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["The Dublin group Greenbaize paid £16.2m for all eleven Rackhouse clubs.", "Greenbaize paid £16.2m for the eleven Rackhouse clubs, and regulars worried."],
)
def test_every_site_of_a_company_paid_for_is_its_purchase(knowledge, sentence):
    money = figure(claims_of(f"Rackhouse runs snooker clubs.\n\n{sentence}\n", knowledge), "£16.2m")
    assert (money.event, money.object.name if money.object else None) == ("acquisition", "Rackhouse")


def test_things_bought_of_no_company_are_no_purchase_of_one(knowledge):
    money = figure(claims_of("Rackhouse runs snooker clubs.\n\nGreenbaize paid £16.2m for the eleven new tables.\n", knowledge), "£16.2m")
    assert money.object is None


def test_a_season_opening_a_name_stays_in_it(knowledge):
    kinds = kinds_of("Notes, 2009.\n\nThe Winter Olympics were held in Vancouver in 2010.\n", knowledge)
    assert "Winter Olympics" in kinds


def test_a_verb_joined_after_a_comma_keeps_its_clauses_buyer(knowledge):
    text = (
        "Trade notes, 2025.\n\nEvergreen Memorial Group runs 412 funeral homes. It paid £14.1m for Hollins & Daughters "
        "last autumn, adding 14 funeral homes, and had bought Haigh's of Sowerby Bridge in 2023.\n"
    )
    money = figure(claims_of(text, knowledge), "£14.1m")
    assert (money.subject.name, money.object.name) == ("Evergreen Memorial", "Hollins & Daughters")


def test_a_correction_of_what_a_circular_said_takes_the_old_date_back(knowledge):
    text = "# The Mead Makers' Circular\n\nIn the Winter 2024 Circular we said Brock Lane Meadery was founded in 2015. It was founded in 2016.\n"
    years = {c.time.year for c in claims_of(text, knowledge, "circular.md") if c.event == "founding"}
    assert years == {2016}


# ---- firsts of a place --------------------------------------------------------------------------


def test_a_first_of_a_place_credited_to_two_parties_conflicts():
    found = findings(
        "first-attribution-conflict",
        **{
            "a.txt": "Clinic notes, 2025.\n\nOcuForm Digital fitted the UK's first fully 3D-printed eye, in 2023, to a man in his sixties.\n",
            "b.txt": "Obituary, 2025.\n\nHe lived to see his apprentice's firm, Whitlow & Reyes, fit the country's first fully 3D-printed eye in 2023.\n",
        },
    )
    assert len(found) == 1 and "Whitlow & Reyes" in found[0].message


@pytest.mark.parametrize(
    "sentence",
    ["In 2020 Kessmar Foods opened its first plant.", "Kessmar Foods made the first delivery in 2020.", "For the first time in 2020 Kessmar Foods made a profit."],
)
def test_a_first_of_no_place_is_no_first_of_anyone(knowledge, sentence):
    assert not [c for c in claims_of(f"Notes, 2025.\n\n{sentence}\n", knowledge) if c.event == "first"]


def test_they_opening_a_joined_clause_is_the_sentences_subject(knowledge):
    text = "Forum notes, June 2025.\n\nGreenspoke is the other big one. They run 28 cabs, all electric, and they got the Riverside Festival shuttle, £62k over two summers.\n"
    assert subject_of(claims_of(text, knowledge), "£62k") == "Greenspoke"


def test_they_joined_after_two_parties_is_no_one(knowledge):
    text = "Forum notes, June 2025.\n\nKessmar Foods and Brasco Foods met the council, and they got £62k between them.\n"
    assert subject_of(claims_of(text, knowledge), "£62k") is None


# ---- editions of events hosted ------------------------------------------------------------------


def test_one_edition_hosted_by_two_parties_conflicts():
    found = findings(
        "hosting-attribution-conflict",
        **{
            "a.txt": "Racing notes, 2025.\n\nKestle Park hosted the 2024 Golden Collar final, the sport's richest puppy race.\n",
            "b.txt": "Racing notes, 2025.\n\nThe 2024 season was busy. Brindle Lane Stadium hosted the 2024 Golden Collar final in October.\n",
        },
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "sentence",
    ["Kestle Park hosts the Golden Collar final every year.", "Kestle Park hosted a charity night in 2024."],
)
def test_no_edition_is_read_where_its_words_date_none(knowledge, sentence):
    assert not [c for c in claims_of(f"Racing notes, 2025.\n\n{sentence}\n", knowledge) if c.event == "hosting"]


# ---- a purchase's price told after whom it was bought from --------------------------------------


def test_a_price_after_the_sellers_of_a_purchase_is_its_price(knowledge):
    text = (
        "# Dales Cat Rescue annual review\n\nWe are Dales Cat Rescue, a charity.\n\n"
        "In August 2024 we completed the purchase of Whiskerwood Cattery from its retiring owners, Janet and Clive Furness, for £410,000.\n"
    )
    money = figure(claims_of(text, knowledge, "review.md"), "£410,000")
    assert (money.event, money.object.name) == ("acquisition", "Whiskerwood Cattery")


def test_a_sum_spent_after_a_purchase_is_no_price(knowledge):
    text = (
        "# Dales Cat Rescue annual review\n\nWe are Dales Cat Rescue, a charity.\n\n"
        "In August 2024 we completed the purchase of Whiskerwood Cattery, and spent £40,000 on repairs.\n"
    )
    assert figure(claims_of(text, knowledge, "review.md"), "£40,000").event != "acquisition"


def test_a_business_that_joined_a_group_for_a_price_was_bought_by_it(knowledge):
    text = (
        "# Brightwater Dental Group plc: annual results 2024\n\nBrightwater Dental Group now runs 48 practices.\n\n"
        "Abbeygate Dental, a four-surgery practice in Colchester, joined in April 2024 for £1.4 million.\n"
    )
    money = figure(claims_of(text, knowledge, "results.md"), "£1.4 million")
    assert (money.subject.name, money.event, money.object.name) == ("Brightwater Dental", "acquisition", "Abbeygate Dental")


def test_a_member_joining_for_a_fee_in_news_is_no_purchase(knowledge):
    text = "Club notes, 2025.\n\nHarrow Bowls Club has 80 members. Jane Smith joined in April 2024 for £40 a year.\n"
    claims = [c for c in claims_of(text, knowledge) if c.kind == "money"]
    assert all(c.event != "acquisition" for c in claims)


def test_a_councils_officer_named_by_post_is_a_person(knowledge):
    text = (
        "MARROWBY TOWN COUNCIL\nHARBOUR COMMITTEE\n\n"
        "In attendance: K. Lamb (Harbour Master), P. Osei (Town Clerk)\n\n"
        "25/44 TIDEWISE HOVERTOURS - LICENCE\n"
        "The Harbour Master reported that Tidewise Hovertours Ltd had applied to renew its licence.\n\n"
        "Members noted that the company carried 64,000 passengers in 2024.\n"
    )
    assert subject_of(claims_of(text, knowledge, "minutes.txt"), "64,000 passengers") == "Tidewise Hovertours"


def test_a_competition_won_is_a_prize_dated_by_its_sentence():
    found = findings(
        "prize-attribution-conflict",
        **{
            "a.txt": "Curling notes, November 2024.\n\nOur own Isla Donnachie and Fraser Munro won the Scottish Mixed Doubles in March.\n",
            "b.txt": "Curling notes, December 2024.\n\nCongratulations to Morag Tullis and Ewan Baird, who won the Scottish Mixed Doubles last March.\n",
        },
    )
    assert len(found) == 1


def test_a_competition_of_two_years_is_two_prizes():
    found = findings(
        "prize-attribution-conflict",
        **{
            "a.txt": "Curling notes, November 2024.\n\nIsla Donnachie won the Scottish Mixed Doubles in March.\n",
            "b.txt": "Curling notes, November 2023.\n\nMorag Tullis won the Scottish Mixed Doubles in March.\n",
        },
    )
    assert not found


def test_a_sum_inside_a_purchases_words_called_a_price_is_the_purchases(knowledge):
    text = "Corrivale Packaging makes boxes.\n\nThe Telford company also bought Boxmoor Cartons for £41.5m, a full price for a business of that size.\n"
    money = figure(claims_of(text, knowledge), "£41.5m")
    assert (money.event, money.object.name) == ("acquisition", "Boxmoor Cartons")


def test_a_sum_paid_for_it_buys_the_sentences_subject(knowledge):
    text = (
        "# Aquaheath Group annual review 2024\n\nWe are Aquaheath, a hot-tub maker.\n\n"
        "Three years on, Driftwood has more than justified the £14.2m we paid for it in 2022: the Poole factory runs two shifts.\n"
    )
    money = figure(claims_of(text, knowledge, "review.md"), "£14.2m")
    assert (money.event, money.object.name) == ("acquisition", "Driftwood")


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Up the coast at Saltby, where more than 450,000 people walked the boards last year, the trust raised money.", "visitors"),
        ("Some 1,720 people are buried there, most of them beneath a native tree.", "burial"),
    ],
)
def test_people_counted_by_what_was_done_with_them(knowledge, sentence, measure):
    (count,) = [c for c in claims_of(f"Notes, 2025.\n\n{sentence}\n", knowledge) if c.kind == "count"]
    assert count.event == measure


def test_an_older_generations_short_given_name_makes_a_person(knowledge):
    kinds = kinds_of("Obituary, 2025.\n\nBert Tordoff, who has died aged 88, cured kippers for seventy years.\n", knowledge)
    assert kinds.get("Bert Tordoff") == "person"


def test_a_list_item_opening_on_named_is_the_writers_prize(knowledge):
    text = (
        "<html><head><title>Our story | Spindle and Groove Records, Sheffield</title></head><body><h1>Our story</h1>"
        "<p>Spindle &amp; Groove started in 1987 in a damp little unit. In 2016 we moved round the corner.</p>"
        "<h2>Bits we're proud of</h2><ul><li>Named Shop of the Year 2023 by the Independent Music Retailers' Association, "
        "and we still can't quite believe it</li><li>Nine of us on the staff now</li></ul></body></html>\n"
    )
    (prize,) = [c for c in claims_of(text, knowledge, "story.html") if c.event == "prize"]
    assert (prize.subject.name, prize.object.name, prize.time.year) == ("Spindle & Groove", "Shop of the Year", 2023)


def test_a_year_after_a_titles_noun_dates_the_prize(knowledge):
    text = "Survey notes, 2025.\n\nOver in Leeds, Half Speed Records, the market shop that took our Shop of the Year award for 2023, now trades from two sites.\n"
    (prize,) = [c for c in claims_of(text, knowledge) if c.event == "prize"]
    assert prize.time.year == 2023


def test_a_month_told_beside_a_name_that_is_no_prize_dates_nothing_new(knowledge):
    text = (
        "---\ntitle: San Jose grows\ndate: 2005-07-04\n---\n\n"
        "In the past year, Time magazine named Detroit Mayor Kwame Kilpatrick among the worst mayors in the U.S.\n\n"
        "Detroit has a 7.8 percent unemployment rate.\n"
    )
    assert figure(claims_of(text, knowledge, "story.md"), "7.8 percent").time.year == 2005


@pytest.mark.parametrize("written, part", [("Argentinian", False), ("Argentine", False), ("Scottish", True), ("Piedmontese", True)])
def test_a_nations_own_demonym_counts_the_whole_and_a_regions_a_part(knowledge, written, part):
    text = f"Notes, 2025.\n\nWorkers occupied over 200 {written} workplaces in 2024.\n"
    (count,) = [c for c in claims_of(text, knowledge) if c.kind == "count"]
    assert (":" in (count.event or "")) is part
