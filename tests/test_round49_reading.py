"""Readings added in round 49, each on sentences of our own.

- Who: a family's name with its possessive standing alone is the family's
  business ("swoops on Tolley's in £3m deal", "Tolley's is small"), while
  "Martin Tolley's son" and "Tolley said" are a person's; an appositive's town
  ("Crannock Foods, the Derby bacon processor") says where its company is,
  and "the Derby firm" then means it; a namesake told apart ("nothing to do with Crannock Ltd, the Bristol
  yard") gives no home; "the Ardley firm" means the company "of Ardley"
  before a story's topic; "The Bobbin & Thread shop" is the firm's shop.
- A text that calls its company "we" makes another thing the object "it"
  ("In May we acquired Quayside Jams ... Ruth Kerr, who founded it in
  2011"), while an "About" boilerplate's subject "It" stays the company.
- "With the new line running two shifts we are now 118 people": "we" is no
  preposition's object.
- "The Derby firm will pay £8.4 million for the shops" prices the purchase
  told just before; "for a new line" does not.
- "- 128 staff across the shops and kitchen": an at-a-glance line is a
  headcount; "120 staff attended the dinner" is not.
- When: "Last November" opening a sentence is the November before the
  document's date; "more than in any year since my parents started ...
  in 1979" does not date the figure.
- Knowledge: more given names ("Hattie", "Morwenna") in the data file.

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


def _kinds(text: str, knowledge, path: str = "doc.txt") -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.name: e.kind for e in model_of(text, knowledge, path).entities}


_TAKEOVER = (
    "Crannock swoops on Tolley's in £3m deal\n\n"
    "DERBY, 14 May - Crannock Foods, the Derby bacon processor that Harrowfield Capital bought in 2021, has agreed "
    "to buy Tolley Family Butchers, the Ashbourne business behind the Tolley's pork pie.\n\n"
    "The Derby firm will pay £3.4 million for the shops and for the pie kitchen on Mill Lane. "
    "It will pay a further £2 million for a new line.\n\n"
    "Tolley's is small by the standards of its new owner. Its four shops employ 42 staff. "
    '"We are selling because the next step costs more than a family can find," Martin Tolley\'s daughter '
    "Anna Tolley said. Tolley said the name would stay.\n"
)


def test_a_family_name_with_its_possessive_standing_alone_is_the_business(knowledge):
    kinds = _kinds(_TAKEOVER, knowledge)
    assert kinds["Tolley's"] in ("organisation", "unknown")  # a business, a shop: no person
    assert kinds["Anna Tolley"] == "person"
    assert subject_of(claims_of(_TAKEOVER, knowledge), "42 staff") == "Tolley's"


def test_a_possessive_after_a_given_name_or_of_a_given_name_is_no_business(knowledge):
    text = "Crannock Foods bought a shop in 2023. The idea was Clare's. Harold Tolley's son runs it."
    kinds = _kinds(text, knowledge)
    assert "Tolley's" not in kinds and kinds.get("Clare's") != "organisation"


def test_an_appositives_town_says_where_its_company_is(knowledge):
    claims = claims_of(_TAKEOVER, knowledge)
    price = figure(claims, "£3.4 million")
    assert (price.subject.name, price.event) == ("Crannock Foods", "acquisition")
    assert price.object is not None and price.object.name == "Tolley Family Butchers"


def test_a_sum_paid_for_something_new_prices_no_told_purchase(knowledge):
    assert figure(claims_of(_TAKEOVER, knowledge), "£2 million").event != "acquisition"


def test_a_fronted_participles_name_takes_no_town_from_the_subject_after_it(knowledge):
    text = (
        "Heritage Halls Group has paid £3.9m for Mill Yard in Tetbury. Founded in 1997 by the auctioneer Colin Pask, "
        "the Derby group booked revenue of £17.2m in the year to June 2024."
    )
    assert subject_of(claims_of(text, knowledge), "£17.2m") == "Heritage Halls"


def test_a_namesake_told_apart_gives_the_company_no_home(knowledge):
    text = (
        "Heritage Halls Group has paid £3.9m for Mill Yard in Tetbury. The Derby group booked revenue of £17.2m in "
        "the year to June 2024. It has nothing to do with Heritage Halls Ltd, the Norwich reclamation business."
    )
    assert subject_of(claims_of(text, knowledge), "£17.2m") == "Heritage Halls"


def test_a_towns_firm_is_the_company_said_to_be_of_that_town(knowledge):
    text = (
        "Posted: Friday 7 March 2025\n\nThe quince queen is still stirring\n\n"
        "Ruth Kerr started Quayside Jams in 2012 in Ledbury. Last November she sold the business to Thistlecombe "
        "Preserves of Ardley in a deal worth £1.45m.\n\n"
        "The Ardley firm, which employs more than 150 people, has promised to leave the Ledbury kitchen alone.\n"
    )
    claims = claims_of(text, knowledge)
    assert subject_of(claims, "more than 150 people") == "Thistlecombe Preserves"
    price = figure(claims, "£1.45m")
    assert price.object is not None and price.object.name == "Quayside Jams"
    assert price.time is not None and price.time.year == 2024


def test_a_partnerships_name_before_shop_is_the_firm(knowledge):
    text = "Ruth Kerr started Bobbin & Thread in 2012. The Bobbin & Thread shop on Bye Street opens on Fridays."
    assert _kinds(text, knowledge)["Bobbin & Thread"] == "organisation"


@pytest.mark.parametrize("opening", ["Last November", "last November"])
def test_last_and_a_month_is_the_one_before_the_documents_date(knowledge, opening):
    text = f"Posted: Friday 7 March 2025\n\nRuth Kerr sold her shop. {opening} Crannock Foods paid £1.2m for Quayside Jams."
    price = figure(claims_of(text, knowledge), "£1.2m")
    assert price.time is not None and price.time.year == 2024


_REVIEW = (
    "---\ntitle: \"Thistlecombe Preserves - Annual Review 2024/25\"\ndate: 2025-07-15\n---\n"
    "# Annual Review 2024/25\n\n*Thistlecombe Preserves Ltd, Welton Road, Ardley.*\n\n"
    "We sold 9.8 million jars, more than in any year since my parents started making jam in a farm kitchen in 1979.\n\n"
    "In November we acquired Quayside Jams, the Herefordshire maker of quince cheese, for £1.2 million. "
    "Ruth Kerr, who founded it in 2011, still runs the kitchen.\n\n"
    "Finally, people. With the boiling hall running two shifts we are now 118 people, up from 104 a year ago.\n\n"
    "About Thistlecombe: Thistlecombe Preserves was set up in 1979. It has 120 employees.\n"
)


def test_a_we_voiced_texts_object_it_is_the_other_company(knowledge):
    founded = figure(claims_of(_REVIEW, knowledge, "review.md"), "2011")
    assert founded.subject is not None and founded.subject.name == "Quayside Jams"


def test_an_about_boilerplates_it_stays_the_company(knowledge):
    assert subject_of(claims_of(_REVIEW, knowledge, "review.md"), "120 employees") == "Thistlecombe Preserves"


def test_we_after_a_fronted_phrase_of_with_is_the_subject(knowledge):
    assert subject_of(claims_of(_REVIEW, knowledge, "review.md"), "118 people") == "Thistlecombe Preserves"


def test_a_year_inside_a_since_clause_does_not_date_the_figure(knowledge):
    jars = figure(claims_of(_REVIEW, knowledge, "review.md"), "9.8 million jars")
    assert jars.time is not None and jars.time.year == 2025


def test_an_at_a_glance_line_of_staff_is_a_headcount(knowledge):
    page = (
        "<html><head><title>Our story | Tolley Butchers</title></head><body><h1>Our story</h1>"
        "<p>Tolley Butchers has made pies in Ashbourne since 1931. Today our shops employ 142 people.</p><h2>At a glance</h2>"
        "<ul><li>Family-run for three generations</li><li>128 staff across the shops and kitchen</li>"
        "<li>120 staff attended the summer dinner</li></ul></body></html>"
    )
    claims = claims_of(page, knowledge, "story.html")
    assert figure(claims, "128 staff").event == "employees"
    assert figure(claims, "120 staff").event != "employees"
    found = findings("figure-mismatch", **{"story.html": page})
    assert [sorted(e.text for e in f.evidence) for f in found] == [["128 staff", "142 people"]]


def test_more_given_names_are_known(knowledge):
    kinds = _kinds("Hattie Clement and Morwenna Tregear met in York.", knowledge)
    assert kinds["Hattie Clement"] == "person" and kinds["Morwenna Tregear"] == "person"


def test_a_sum_paid_in_cash_after_a_told_purchase_is_its_price(knowledge):
    text = (
        "LONDON, 16 January 2025 - Harrowgate & Pike, the Mayfair tailor, completed its purchase of Wetherall Cloth "
        "Mills on Tuesday. The family business paid £4.2 million in cash, part-funded by a loan."
    )
    price = figure(claims_of(text, knowledge), "£4.2 million")
    assert price.event == "acquisition" and price.object is not None and price.object.name == "Wetherall Cloth Mills"


def test_the_last_of_a_list_a_preposition_governs_owns_no_figure(knowledge):
    text = (
        "About Bramblewick Nurseries\n\nBramblewick Nurseries was founded in 2009, when it opened its first nursery "
        "in Stockton Heath, and today runs forty-one nurseries across Cheshire, Merseyside and Greater Manchester, "
        "with 1,240 staff.\n"
    )
    assert subject_of(claims_of(text, knowledge), "1,240 staff") == "Bramblewick Nurseries"


def test_a_name_joined_to_a_known_place_after_a_preposition_is_a_place(knowledge):
    text = (
        "Circus Valentina was founded in 1958. Ernesto recruited acrobats from Ulan Bator and Havana. "
        "By the 2000s the circus was touring 40 towns a season, and in 2024 it sold 161,000 tickets."
    )
    assert _kinds(text, knowledge)["Ulan Bator"] == "place"
    assert subject_of(claims_of(text, knowledge), "161,000 tickets") == "Circus Valentina"


def test_a_masthead_that_says_it_is_a_weekly_is_an_outlet(knowledge):
    text = (
        "LOOM & SHEAR | The weekly for the bespoke trade | News\n\nMayfair house buys a mill\n\n"
        "Harrowgate & Pike completed its purchase of Wetherall Mills. Several tailors told Loom & Shear they had "
        "cut their ranges. Founded in 1907, the house turned over £9.6 million in the year to March 2024.\n"
    )
    assert subject_of(claims_of(text, knowledge), "£9.6 million") != "Loom & Shear"


@pytest.mark.parametrize("definition", ['("Lagoona", the "Group")', '("Lagoona", "the Group")'])
def test_short_names_a_heading_defines(knowledge, definition):
    text = (
        f"Lagoona Leisure plc {definition}  |  AIM: LGNA\nFinal results for the year ended 31 March 2025\n\n"
        "Lagoona Leisure plc, the UK retailer, announces results.\n\n"
        "Steamworks Spas was bought in January. The Group now trades from 31 showrooms.\n"
    )
    assert subject_of(claims_of(text, knowledge), "31 showrooms") == "Lagoona Leisure"


def test_a_run_in_label_in_capitals_before_a_list_is_no_name(knowledge):
    text = (
        "Lagoona Leisure plc announces its results.\n\n"
        "OPERATIONAL HIGHLIGHTS: acquisition of Steamworks Spas completed in January 2025; the Group now trades "
        "from 31 showrooms.\n"
    )
    assert "OPERATIONAL HIGHLIGHTS" not in _kinds(text, knowledge)


def test_a_writer_saying_we_does_not_describe_itself_by_a_modified_description(knowledge):
    text = (
        "---\ntitle: Sight Forward Trust annual report\ndate: 2025-06-01\n---\n"
        "Sight Forward Trust runs free eye clinics. We were sorry to lose Brightwell Opticians from our list of "
        "partners when the family business was sold to Clearsight for £13.2m in the spring.\n"
    )
    sale = next(c for c in claims_of(text, knowledge, "report.md") if c.kind == "deal")
    assert sale.object is not None and sale.object.name == "Brightwell Opticians"


def test_a_speakers_we_and_the_it_beside_it_in_a_podcast(knowledge):
    text = (
        "# The Local Wire, episode 12\n\n*Recorded Wednesday 2 April 2025*\n\n"
        "**Show notes:** Sam Hollis talks to Ruth Okafor, editor-in-chief of Marram Media, about print.\n\n"
        "**SAM:** You've been buying as well as cutting. The Stour Valley Times.\n"
        "**RUTH:** Yes, we bought the Times in July 2023, from the family that had owned it since the war. "
        "We paid £2.8 million for it.\n"
        "**SAM:** And staff?\n"
        "**RUTH:** We employ about sixty journalists across the group.\n"
    )
    claims = claims_of(text, knowledge, "episode.md")
    assert subject_of(claims, "£2.8 million") == "Marram Media"
    assert subject_of(claims, "about sixty journalists") == "Marram Media"


def test_a_pages_faq_is_no_name(knowledge):
    page = (
        "<html><head><title>FAQ | Keystone Piano Services</title></head><body><p><a href='/faq'>FAQ</a></p>"
        "<p>We are a team of nine technicians and between us we tune nearly 4,000 pianos a year.</p></body></html>"
    )
    assert subject_of(claims_of(page, knowledge, "faq.html"), "nearly 4,000 pianos a year") == "Keystone Piano Services"


def test_a_heading_that_opens_on_a_company_and_says_our_is_its_own(knowledge):
    text = (
        "---\ntitle: \"Letter to shareholders, autumn 2025\"\ndate: 2025-09-30\n---\n"
        "# Blackwater Shellfish Company: letter to our shareholders\n\n"
        "Since November we have shared the company with Tidal Ventures.\n\nWe sold 1.65 million oysters last year.\n"
    )
    assert subject_of(claims_of(text, knowledge, "letter.md"), "1.65 million oysters") == "Blackwater Shellfish"


def test_a_family_named_by_its_surname_in_the_plural_is_people(knowledge):
    text = (
        "WEST MERSEA, 17 April 2025 - Tom Pettigrew's barge nosed out of the creek. The Pettigrews have farmed "
        "oysters here since 1948, although the business was only incorporated as Blackwater Shellfish in 1962.\n\n"
        "Last year was the best the company has had. It sold 1.4 million oysters in 2024.\n"
    )
    assert _kinds(text, knowledge)["Pettigrews"] == "person"
    assert subject_of(claims_of(text, knowledge), "1.4 million oysters") == "Blackwater Shellfish"


def test_a_possessive_name_after_a_titles_ordinal_is_still_the_shop(knowledge):
    text = (
        "Second Darwin's sandwich shop opens\n\nDarwin's Ltd. opened a second location of its sandwich shop in "
        "Cambridge. The original location of Darwin's was cited last year. The second store seats approximately "
        "30 people.\n"
    )
    assert subject_of(claims_of(text, knowledge), "approximately 30 people") == "Darwin's"


@pytest.mark.parametrize(
    ("told", "buyer", "bought"),
    [
        ("In case you missed it, Steamworks Spas joined Lagoona Leisure in January in a £6.4m deal.", "Lagoona Leisure", "Steamworks Spas"),
        ("Brightwell Opticians was founded in 1974. In 2025 Brightwell joins the Clearsight Eyecare Group.", "Clearsight Eyecare", "Brightwell Opticians"),
    ],
)
def test_a_company_that_joins_another_is_bought_by_it(knowledge, told, buyer, bought):
    deal = next(c for c in claims_of(told, knowledge) if c.kind == "deal")
    assert (deal.subject.name, deal.object.name) == (buyer, bought)


def test_the_price_of_a_joining_deal(knowledge):
    price = figure(claims_of("In case you missed it, Steamworks Spas joined Lagoona Leisure in January in a £6.4m deal.", knowledge), "£6.4m")
    assert (price.subject.name, price.event) == ("Lagoona Leisure", "acquisition")


@pytest.mark.parametrize(
    "told",
    [
        "Greenlay Group plc was founded in 1994 and joined AIM in 2017.",
        "Harrow Tailoring was founded in 1907. The shop joined the Guild of Cutters in 2020.",
        "Ms Vogl joined Hallberg in 2016 as head of production.",
        "In the Senate, Democrats joined Republicans in voting for the bill.",
        "In 2019 the dairy joined the College of Medicine in a study of names.",
    ],
)
def test_joining_a_market_a_body_or_a_staff_is_no_purchase(knowledge, told):
    assert not [c for c in claims_of(told, knowledge) if c.kind == "deal"]


def test_a_part_of_a_told_price_paid_in_cash_is_no_price(knowledge):
    text = "Crannock Foods has agreed to buy Tolley Butchers. Crannock will pay £3 million in cash and the remainder in loan notes."
    assert figure(claims_of(text, knowledge), "£3 million").event != "acquisition"


def test_a_programme_awarded_is_a_deal(knowledge):
    text = (
        "Dear Gareth, I'm pleased to confirm that Tidewater Bathrooms has been awarded the Severnside Homes bathroom "
        "replacement programme."
    )
    deal = next(c for c in claims_of(text, knowledge, "email.txt") if c.kind == "deal")
    assert (deal.subject.name, deal.object.name) == ("Tidewater Bathrooms", "Severnside Homes")


def test_a_posters_bold_handle_before_a_dash_is_a_person(knowledge):
    text = (
        "# Redline long circuit\n\n**apexhunter_88** | Posted 19 May 2025, 21:14 — Went to Redline on Saturday.\n\n"
        "**Deano_R** | Posted 20 May 2025, 08:31 — Voltra build good rental karts. The Spanish firm has been doing "
        "electric hire fleets longer than anyone else.\n"
    )
    kinds = _kinds(text, knowledge, "thread.md")
    assert kinds["Deano_R"] == "person"


_MILESTONES = (
    "<html><head><title>Our story | Brightwell Opticians</title></head><body><h1>Our story</h1>"
    "<p>Brightwell Opticians was founded in Halifax in 1974.</p>"
    "<table><tr><th>Year</th><th>What happened</th></tr>"
    "<tr><td>1993</td><td>Second practice opens in Brighouse</td></tr>"
    "<tr><td>2006</td><td>First OCT scanner on a Calderdale high street</td></tr>"
    "<tr><td>2019</td><td>Huddersfield practice opens in the Byram Arcade</td></tr></table></body></html>"
)


def test_a_table_of_milestones_dates_its_sites_events(knowledge):
    claims = claims_of(_MILESTONES, knowledge, "story.html")
    opened = {c.object.name: c.time.year for c in claims if c.kind == "date" and c.event == "opening" and c.object is not None}
    assert opened == {"Brighouse": 1993, "Huddersfield": 2019}
    assert all(c.subject is not None and c.subject.name == "Brightwell Opticians" for c in claims if c.event == "opening")


def test_a_table_of_milestones_against_a_later_story(knowledge):
    report = (
        "---\ndate: 2025-06-01\n---\nBrightwell Opticians is our partner in Halifax. From October we will also run "
        "a session at Brightwell's Brighouse practice, which opened in 1995.\n"
    )
    found = findings("date-mismatch", **{"story.html": _MILESTONES, "report.md": report})
    assert [sorted(e.text for e in f.evidence) for f in found] == [["1993", "1995"]]


def test_a_table_of_three_columns_is_no_table_of_milestones(knowledge):
    table = _MILESTONES.replace("<td>1993</td>", "<td>1993</td><td>x</td>")
    assert not [c for c in claims_of(table, knowledge, "story.html") if c.kind == "date" and c.event == "opening"]
