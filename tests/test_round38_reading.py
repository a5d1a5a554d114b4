"""Readings added in round 38, each on sentences of our own.

- A founding participle hangs on the name it follows, past that name's
  place and appositive ("not to be confused with Brackly Smiles of
  Leicester, founded in 1985", "Cornice Fiorentine, a framing shop in
  Florence founded in 1987"): the founding is that name's, never the
  clause subject's.
- Deals: a customer named after how many of its sites the deal covers ("to
  supply all 180 Kettle & Crumb bakeries", "fencing timber to all 62
  branches of Beckett & Hale"), a customer's possessive with "&" in it, a
  deal "got" or won by beating others to it ("beat the bigger roasters to
  the contract"), and a deal to do a body's work ("a contract to fit NHS
  hearing aids") credit the deal to its winner, for its customer.
- "Readers should not confuse the company with Hollinwood Tea Company": a
  short name is not the like-named company a sentence tells apart.
- "did £21.9 million in 2024", "booked £46.2m in the year to March, up from
  £43.9m": a sum a business took in a period it names is its revenue (the
  verbs are data, ``takings_verbs``), the level it is set against too.
- "sawed 236,000 m³ in 2024": a sawmill's verb of production.
- A table cell that tells what a company is, then where ("| Timber
  merchant, Lichfield |") writes a town.
- A sale told with its buyer ("was sold in November for £9.5m to the
  Yorkshire operator Ravensdale Parks", "sold the Harbour Hotel to Bayview
  Group for £4m") is the buyer's acquisition of what was sold.
- A company named in the possessive: after a person's office at a line's
  end ("Guest: Kerensa Pellow, managing director, Pellow's Dairy Ice
  Cream"), and "Pellow's made ..." (a verb after the "'s") is that company,
  not the guest whose surname it shares.
- "In the year to last September", told in May 2026, is the year to
  September 2025, and a name after it is the clause's subject.
- "we made 14.2 million litres of ice cream at Bodmin" in an annual report
  on the year to September 2025 is that year's production, as "In the
  year to last September Pellow's made 12.4 million litres" is.
- A short name a document tells apart from a like-named company
  ("Tallybridge", "not to be confused with Tallybridge Wealth") stands in
  the corpus for the one other company it can mean.
- A reference fact whose unit goes on past what it counts ("120" with
  "electric vehicles charged at the same time") is read as that count,
  the rest a remark; one whose rate would be cut off is still refused.
- "In the year to March 2025 revenue was £38.6 million" in a company's own
  report is its revenue, as "Revenue rose to £38.6 million" is.
- "Company plc: annual report 2025" (a colon after the name) is the
  company's own report.
- "Capital expenditure for the year" is a year's spending, never a
  project's whole investment; "capex" alone may be a project's.
- A wire's dateline without its year ("HARROGATE, England, Sept 4 (Wire) -
  ... said on Thursday") takes the year its weekday settles nearest the
  latest year the story names, not a founding's ("founded in 2003").
- An interview whose introduction names no company takes the one its
  heading and answers name most ("Q&A: ... - Fiona Brannigan, Ivory Lane
  Bridal"), not the town of the guest's first shop.
- A header line whose fields follow a full stop ("Transcript. Presenter:
  Jo Pickering. Guests: Anil Mistry, chief executive, Redwing Cars Group")
  names its guests and their companies; the field labels are no names; a
  short name told apart from one like-named company in a sentence is the
  other it may stand for.
- "Page updated March 2025." dates a page ("last year" is 2024).
- "Turnover (£m) | 41.3" under a corner "Plants sold (millions)": a row
  that gives its own unit is a measure of its own.
- "In January the group won Soarshire County Council's home-to-school
  transport contract, ... worth £11.2 million": a deal's phrase opens after
  the verb of winning, and what it is worth is the winner's, not the
  customer's its possessive names.
- A deal's worth told as it stands, in a sentence that opens on the deal
  ("The agreement is worth a total of 235 million euros"), on a page of the
  next year may be the worth another story dates.
- A reference fact about a facility named by its owner, its noun and its
  town after a comma ("Hollinwood roasting plant, Rotherham") meets what
  the owner's text tells of its plant in that town.
- A quotation right after a spoken one, with only the speaker's clause
  between ('"...," Brannigan said. "We opened our first London boutique on
  the King's Road in 2019"'), goes on in that voice; an executive named
  with no employer ("chief executive Fiona Brannigan") speaks for the
  company the text is about; a street between a deed and its date is where
  it was done; "keep the pools open in January" is no opening.
- A count inside an appositive after a name ("we acquired Cipher Rooms,
  the Newcastle-based chain of six venues, for £4.2 million") is that
  name's, not the clause subject's.
- "Cipher Rooms, the Newcastle chain, was bought last summer by Manchester
  rival Enigma Quest for £4.2m": the name after "by" is the buyer, the
  passive's subject what was bought.
- A podcast's first line ("THE DAILY GRIND, a podcast about the business of
  coffee") names an outlet, never a party.
- A header's date followed by the header's next field ("Broadcast 14 May
  2026, 7.40am. Presenter: ...") dates the document.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _claim_at(claims, surface: str, line_text: str, kind: str | None = None):  # type: ignore[no-untyped-def]
    """The claim whose evidence is ``surface`` in the sentence holding ``line_text``."""
    return next(c for c in claims if c.evidence.text == surface and line_text in c.evidence.sentence and (kind is None or c.kind == kind))


_DENTAL = """Brackley Dental Group plans to open ten more clinics. The Derby company, founded in 2006 by dentist Ann Hale, booked revenue of £40.2m in the year to June.

{aside}
"""


@pytest.mark.parametrize(
    "aside, other",
    [
        ("Readers should not confuse the company with Tollway Smiles of Leicester, founded in 1985, which sells no implants.", "Tollway Smiles"),
        ("It should not be mixed up with Brackly Smiles of Leicester, Leicestershire, founded in 1985.", "Brackly Smiles"),
        ("Brackley is often confused with Tollway Smiles of Hull, a wholesaler founded in 1985 that has no link to it.", "Tollway Smiles"),
        ("The company has no link to Tollway Smiles, a chain of clinics in Leicester founded in 1985.", "Tollway Smiles"),
        ("Its rival is Tollway Smiles, which was originally founded in 1985.", "Tollway Smiles"),
    ],
)
def test_a_founding_participle_is_the_name_s_it_follows(knowledge, aside, other):
    claims = claims_of(_DENTAL.format(aside=aside), knowledge)
    founding = _claim_at(claims, "1985", aside[:30], kind="date")
    assert founding.subject is not None and founding.subject.name == other
    told = [c for c in claims if c.kind == "attribute" and c.attribute.name == "founded" and c.attribute.value == "1985"]
    assert told and all(c.subject.name == other for c in told)
    own = _claim_at(claims, "2006", "Derby company", kind="date")
    assert own.subject.name == "Brackley Dental"


def test_a_founding_of_another_named_firm_is_no_date_mismatch():
    first = _DENTAL.format(aside="It should not be mixed up with Brackly Smiles of Leicester, founded in 1985.")
    second = "Brackley Dental Group, founded in 2006, runs 40 clinics in the Midlands."
    assert not findings("date-mismatch", **{"a.txt": first, "b.txt": second})


def test_a_founding_participle_after_a_common_noun_stays_the_subject_s(knowledge):
    text = "Brackley Dental Group bought a clinic in Leicester, founded in 1985, for £2m."
    claims = claims_of(text, knowledge)
    founding = _claim_at(claims, "1985", "clinic in Leicester", kind="date")
    assert founding.subject is None or founding.subject.name != "Leicester"


def test_a_founding_participle_after_a_preposition_s_company(knowledge):
    text = "The family is selling its stake. It keeps 2% of Anglo, founded in 1917 by its grandfather."
    told = [c for c in claims_of(text, knowledge) if c.kind == "attribute" and c.attribute.name == "founded"]
    assert [c.subject.name for c in told] == ["Anglo"]


@pytest.mark.parametrize(
    "sentence, winner, customer",
    [
        ("In February we won a five-year contract to supply all 180 Kettle & Crumb bakeries.", "Hollin Roasters", "Kettle & Crumb"),
        ("Last year we signed a ten-year agreement to supply fencing timber to all 62 branches of Beckett & Hale.", "Hollin Roasters", "Beckett & Hale"),
        ("Hollin Roasters won Beckett & Hale's ten-year coffee contract in 2024.", "Hollin Roasters", "Beckett & Hale"),
        ("Meanwhile, Hollin Roasters got the Kettle & Crumb contract last spring.", "Hollin Roasters", "Kettle & Crumb"),
        ("The firm beat the bigger roasters to the five-year Kettle & Crumb contract.", "Hollin Roasters", "Kettle & Crumb"),
        ("In August it won a three-year contract to fit NHS hearing aids in Kent.", "Hollin Roasters", "NHS"),
    ],
)
def test_a_deal_s_winner_and_customer(knowledge, sentence, winner, customer):
    text = "# Hollin Roasters Ltd: annual report 2025\n\nHollin Roasters is a coffee roaster based in Leeds.\n\n" + sentence + "\n"
    deals = [c for c in claims_of(text, knowledge) if c.kind == "deal"]
    assert [(d.subject.name, d.object.name) for d in deals] == [(winner, customer)]


def test_a_deal_got_by_one_firm_and_won_by_another():
    own = "# Hollin Roasters Ltd: annual report 2025\n\nIn the spring we won the contract to supply all 57 Coastline Cafes kiosks.\n"
    radio = (
        "PRESENTER: The Italians are coming. Bellaverde got the Coastline Cafes contract last spring.\n\n"
        "GUEST: Bellaverde is a good company, with sales of about £36 million.\n"
    )
    found = findings("deal-award-conflict", **{"report.md": own, "radio.txt": radio})
    assert len(found) == 1


def test_a_short_name_is_not_the_like_named_company_told_apart(knowledge):
    text = (
        "Hollinwood, the Sheffield roaster, booked £46.2m in the year to March. Readers should not confuse the "
        "company with Hollinwood Tea Company, the Bristol blender; the two share a name and nothing else.\n"
    )
    claim = _claim_at(claims_of(text, knowledge), "£46.2m", "Sheffield roaster")
    assert claim.subject.name == "Hollinwood"


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Fellgate Roasting did £21.9 million in 2024, its best year.", "£21.9 million"),
        ("Fellgate Roasting booked £46.2m in the year to March.", "£46.2m"),
        ("Fellgate Roasting took about £8m last year.", "about £8m"),
    ],
)
def test_a_sum_taken_in_a_period_is_revenue(knowledge, sentence, surface):
    claim = _claim_at(claims_of(sentence, knowledge), surface, sentence[:20])
    assert claim.event == "revenue"


def test_the_level_a_sum_taken_is_set_against_is_revenue_too(knowledge):
    text = "Fellgate Roasting booked £46.2m in the year to March, up from £43.9m."
    claims = claims_of(text, knowledge)
    assert _claim_at(claims, "£43.9m", "Fellgate").event == "revenue"


def test_an_order_booked_stays_an_order(knowledge):
    claim = _claim_at(claims_of("Fellgate Roasting booked a £2m order from a hotel chain.", knowledge), "£2m", "Fellgate")
    assert claim.event == "order"


def test_a_sawmill_s_verb_of_production(knowledge):
    made = _claim_at(claims_of("Carnbeg Timber sawed 236,000 m³ of logs in 2024.", knowledge), "236,000 m³", "Carnbeg")
    said = _claim_at(claims_of("Carnbeg Timber produced 212,000 cubic metres in 2024.", knowledge), "212,000 cubic metres", "Carnbeg")
    assert made.event == said.event == "production"


def test_a_cell_telling_what_a_company_is_then_where(knowledge):
    note = """---
title: Timber note
date: 2025-11-02
---
**Beckett & Hale.** The Lichfield merchant's 2024 turnover of £214m was flat. It paid £15.7m for Oakley Timber.

| Company | Business | 2024 revenue (£m) |
|---|---|---|
| Beckett & Hale | Timber merchant, Lichfield | 231.0 |
| Carnbeg Timber | Sawmill, Dalbeattie | 96.3 |
"""
    claims = claims_of(note, knowledge, path="note.md")
    assert _claim_at(claims, "£214m", "Lichfield merchant").subject.name == "Beckett & Hale"
    assert _claim_at(claims, "£15.7m", "Oakley").subject.name == "Beckett & Hale"


@pytest.mark.parametrize(
    "sentence, buyer, bought",
    [
        ("Gull Point Holiday Park at Chapel St Leonards was sold in November for £9.5m to the Yorkshire operator Ravensdale Parks.",
         "Ravensdale Parks", "Gull Point Holiday Park"),
        ("Kestrel Inns sold the Harbour Hotel to Bayview Group for £4m in 2024.", "Bayview", "Harbour Hotel"),
    ],
)
def test_a_sale_told_with_its_buyer_is_the_buyer_s_acquisition(knowledge, sentence, buyer, bought):
    price = next(c for c in claims_of(sentence, knowledge) if c.kind == "money")
    assert (price.subject.name, price.event, price.object.name) == (buyer, "acquisition", bought)


def test_a_sale_with_no_buyer_named_stays_a_price(knowledge):
    price = next(c for c in claims_of("The Harbour Hotel was sold for £3m in 2024.", knowledge) if c.kind == "money")
    assert price.event == "price"


_RADIO = """TAMAR FM: THE BUSINESS BREAKFAST
Broadcast 14 May 2026{clock}. Presenter: Rob Penhaligon. Guest: Kerensa Pellow, managing director, Pellow's Dairy Ice Cream

ROB PENHALIGON: Summer's on its way. In the year to last September Pellow's made 12.4 million litres of ice cream and sold it through more than 7,000 shops. Kerensa, good morning.

KERENSA PELLOW: Morning, Rob. We turned over about 28 million pounds last year.

ROB PENHALIGON: And the Italians?

KERENSA PELLOW: They are good, but we compete on taste.
"""


@pytest.mark.parametrize("clock", ["", ", 7.40am", ", 07:40"])
def test_a_company_named_in_the_possessive_is_not_its_guest(knowledge, clock):
    claims = claims_of(_RADIO.format(clock=clock), knowledge)
    made = _claim_at(claims, "12.4 million litres", "Pellow's made")
    shops = _claim_at(claims, "more than 7,000 shops", "Pellow's made")
    turned_over = _claim_at(claims, "about 28 million pounds", "turned over")
    assert made.subject.name == shops.subject.name == turned_over.subject.name == "Pellow's Dairy Ice Cream"
    assert made.time.year == 2025


@pytest.mark.parametrize("told, year", [("2026-05-14", 2025), ("2025-11-02", 2025), ("2026-09-20", 2025), ("2026-10-01", 2026)])
def test_the_year_to_last_september(knowledge, told, year):
    text = f"---\ntitle: Dairy note\ndate: {told}\n---\nIn the year to last September, Harlyn Dairy sold 4,100 tonnes of butter.\n"
    claim = _claim_at(claims_of(text, knowledge, path="note.md"), "4,100 tonnes", "Harlyn")
    assert claim.time.year == year


def test_what_a_report_s_year_made_is_its_production(knowledge):
    report = """<html><head><title>Annual report 2025 | Harlyn Dairy</title></head><body>
<h1>Harlyn Dairy Ltd: Annual report for the year to 30 September 2025</h1>
<p>Revenue rose 10.8% to £27.6 million, and we made 14.2 million litres of ice cream at Bodmin.</p>
</body></html>
"""
    made = _claim_at(claims_of(report, knowledge, path="report.html"), "14.2 million litres", "we made")
    said = _claim_at(claims_of(_RADIO.format(clock=""), knowledge), "12.4 million litres", "Pellow's made")
    assert made.event == said.event == "production"
    assert made.time.year == 2025


def test_what_a_story_says_was_made_without_a_year_is_no_year_s_production(knowledge):
    story = "---\ntitle: Medals\ndate: 2025-05-02\n---\nHarlyn Medals made 22,000 medals for the city marathon.\n"
    made = _claim_at(claims_of(story, knowledge, path="story.md"), "22,000 medals", "marathon")
    assert made.event != "medal made"


def test_a_company_s_closing_word_and_a_place_named_for_its_owner(knowledge):
    text = (
        "The staff of the British Broadcasting Corporation (BBC) went on strike.\n\n"
        "The strikes followed the Corporation's plans to cut 3780 jobs.\n\n"
        "After thirty years, Pano's Restaurant in Buffalo will end its overnight service. Owner Pano Georgiadis is fed up.\n\n"
        "Pano's opened in 1977 on the day of the blizzard.\n"
    )
    claims = claims_of(text, knowledge)
    assert _claim_at(claims, "3780 jobs", "Corporation").subject.name == "Corporation"
    assert _claim_at(claims, "1977", "blizzard", kind="date").subject.name == "Pano's"


def test_a_short_name_told_apart_stands_for_the_other_full_name():
    report = "# Tallybridge Accountancy plc: annual report 2025\n\nIn the year to March 2025 revenue was £38.6 million.\n"
    feature = (
        "---\ntitle: Franchise accountants\ndate: 2025-11-12\n---\n"
        "Tallybridge booked revenue of £42.1m in the year to March 2025. It should not be confused with "
        "Tallybridge Wealth of Leeds, an unrelated adviser.\n"
    )
    leeds = "Tallybridge Wealth, the Leeds adviser, manages £900m for 2,000 families.\n"
    found = findings("figure-mismatch", **{"report.md": report, "feature.md": feature, "leeds.txt": leeds})
    assert any({e.text for e in f.evidence} >= {"£38.6 million", "£42.1m"} for f in found)


def test_the_corpus_table_never_expands_a_short_name_to_a_name_told_apart():
    from auditor.corpus import ShortForms
    from auditor.document.coreference import expansion_in
    from auditor.model import NOT_FOR

    pairs = [("Tallybridge Accountancy", "Tallybridge Accountancy plc"), ("Tallybridge Wealth", "Tallybridge Wealth")]
    assert ShortForms(pairs).expansion("Tallybridge") is None
    told = [*pairs, ("Tallybridge", NOT_FOR + "Tallybridge Wealth")]
    forms = ShortForms(told)
    assert forms.expansion("Tallybridge") == expansion_in("Tallybridge", forms.names) == "Tallybridge Accountancy"
    grown = ShortForms(pairs).with_names([("Tallybridge", NOT_FOR + "Tallybridge Wealth")])
    assert grown.expansion("Tallybridge") == "Tallybridge Accountancy"


def test_a_fact_s_unit_with_a_remark_after_what_it_counts(tmp_path):
    from auditor.checks.facts import FactsFileError, load_reference_facts

    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "- subject: Redwing Cars depot\n  attribute: capacity\n  value: \"120\"\n"
        "  unit: electric vehicles charged at the same time\n"
    )
    (fact,) = load_reference_facts(facts)
    assert fact.quantity.value == 120 and fact.quantity.counted == "electric vehicles"
    facts.write_text("- subject: Redwing Cars depot\n  attribute: capacity\n  value: \"120\"\n  unit: vehicles at the depot per day\n")
    with pytest.raises(FactsFileError) as refused:
        load_reference_facts(facts)
    assert ":4: unit:" in str(refused.value) or ":3: value:" in str(refused.value)


@pytest.mark.parametrize("opening", ["In the year to March 2025 revenue was", "During 2024, revenue was"])
def test_a_measure_after_a_time_put_first_is_the_reporter_s(knowledge, opening):
    report = f"<html><head><title>Tallybridge Accountancy plc: annual report</title></head><body><h1>Tallybridge Accountancy plc: annual report 2025</h1><p>{opening} £38.6 million.</p></body></html>\n"
    claim = _claim_at(claims_of(report, knowledge, path="report.html"), "£38.6 million", "revenue was")
    assert claim.subject is not None and claim.subject.name == "Tallybridge Accountancy"


def test_a_year_s_capital_expenditure_is_no_project_s_investment():
    wire = "OSLO, March 11, 2025 (Wire) - Halvik Fertiliser will spend NOK 4.2 billion fitting carbon capture to its ammonia plant, the company said.\n"
    report = (
        "<html><head><title>Halvik Fertiliser ASA | Third quarter 2025</title></head><body>"
        "<h1>Halvik Fertiliser ASA: third-quarter report 2025</h1>"
        "<p>Capital expenditure for the year is expected at about NOK 2.3 billion, most of it on the carbon capture project.</p>"
        "</body></html>\n"
    )
    assert not findings("figure-mismatch", **{"wire.txt": wire, "report.html": report})
    tracker = "---\ntitle: Capex tracker\ndate: 2025-05-14\n---\n| Operator | Project | Capex |\n|---|---|---|\n| Halvik Fertiliser | Carbon capture | NOK 4.6bn |\n"
    assert findings("figure-mismatch", **{"wire.txt": wire, "tracker.md": tracker})


@pytest.mark.parametrize(
    "years, expected",
    [
        ("Ivory Lane, founded in 2003, plans a shop in Chester, and a range from spring 2026.", 2025),
        ("Ivory Lane, founded in 1987, was bought by Harrow Capital in 2022.", 2025),
    ],
)
def test_a_wire_s_dateline_without_its_year(knowledge, years, expected):
    wire = (
        "HARROGATE, England, Sept 4 (Northgate Wire) - Ivory Lane Bridal said on Thursday revenue rose 15.5% "
        f"to £18.6 million in the year to June 30. {years}\n"
    )
    claim = _claim_at(claims_of(wire, knowledge), "£18.6 million", "revenue rose")
    assert claim.time.year == expected


def test_an_interview_s_company_from_its_heading(knowledge):
    interview = """YORKSHIRE ENTERPRISE | Winter issue, published 14 November 2025
Q&A: "Every bride wants to feel special" - Fiona Brannigan, Ivory Lane Bridal

Fiona Brannigan opened her first bridal shop in a former bank in Ripon. Two decades on, she runs one of the best-known names in bridal wear.

Q: How did it start?
A: I started Ivory Lane in 2005 with a bank loan and forty dresses.

Q: What does a bride spend with you?
A: In the year to June our average gown sold for £1,240.
"""
    claim = _claim_at(claims_of(interview, knowledge), "£1,240", "average gown")
    assert claim.subject.name == "Ivory Lane Bridal"


def test_a_transcript_s_guest_line_after_a_full_stop(knowledge):
    transcript = """RADIO SOAR - "The Business Hour", broadcast Thursday 18 September 2025
Transcript. Presenter: Jo Pickering. Guests: Anil Mistry, chief executive, Redwing Cars Group; Tariq Hussain, branch secretary, App Drivers' Union

JO PICKERING: Anil, Redwing cars have been on Leicester's streets for years, and not to be confused with Redwing Coaches of Hinckley.

ANIL MISTRY: We have about 2,450 drivers as of this week. Our app launched in 2018.

JO PICKERING: Tariq?

TARIQ HUSSAIN: Redwing keeps its drivers busy.

ANIL MISTRY: And we pay them on time.
"""
    claims = claims_of(transcript, knowledge)
    assert _claim_at(claims, "about 2,450 drivers", "as of this week").subject.name == "Redwing Cars"
    launched = _claim_at(claims, "2018", "app launched", kind="date")
    assert launched.subject.name == "Redwing Cars"
    from reading_helpers import entity_kinds
    assert not {"Presenter", "Guests"} & set(entity_kinds(transcript, knowledge))


def test_a_company_named_for_its_radio_stations_is_no_broadcaster(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    text = (
        "Canada's Astral Media Inc. to acquire Standard Radio\ndate: 2007-02-26\n\n"
        "Montreal-based Astral Media Inc. will buy all of the assets from Standard Radio Inc. for about CAN$1.2-billion.\n"
    )
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    radios = [e for e in model.entities if e.name == "Standard Radio"]
    assert radios and not any(e.publication for e in radios)
    model = build_model(parse_document("show.txt", _RADIO.format(clock="").encode()), knowledge)
    stations = [e for e in model.entities if e.name == "TAMAR FM"]
    assert stations and all(e.publication for e in stations)


def test_since_opening_a_paragraph_dates_nothing_after_it(knowledge):
    review = """<html><head><title>Bramble Pet Resorts Ltd - Annual review 2024/25</title></head><body>
<h1>Bramble Pet Resorts Ltd</h1>
<h2>Annual review for the year ended 30 April 2025</h2>
<p>Since 1994 we have looked after other people's dogs as if they were our own. Revenue grew to £27.4 million.</p>
<p>At the year end we employed 1,140 people, most of them kennel assistants.</p>
</body></html>
"""
    claims = claims_of(review, knowledge, path="review.html")
    staff = _claim_at(claims, "1,140 people", "year end")
    assert staff.time.year == 2025 and staff.subject.name == "Bramble Pet Resorts"


_NURSERY = """<html><head><title>About Greenacre Nurseries</title></head><body>
<h1>About Greenacre Nurseries</h1>
<p class="meta">Wholesale trees and hedging. Page updated March 2025.</p>
<p>Today we supply garden centres across Britain, and last year our turnover reached £41.3 million.</p>
<h2>Key figures, 2024</h2>
<table>
<tr><th>Plants sold (millions)</th><th>2024</th></tr>
<tr><th>Field-grown trees</th><td>1.1</td></tr>
<tr><th>Total plants sold</th><td>2.9</td></tr>
<tr><th>Turnover (£m)</th><td>41.3</td></tr>
</table>
</body></html>
"""


def test_a_page_updated_in_a_month_and_a_row_with_its_own_unit(knowledge):
    claims = claims_of(_NURSERY, knowledge, path="about.html")
    prose = _claim_at(claims, "£41.3 million", "last year")
    assert prose.time.year == 2024
    cell = next(c for c in claims if c.evidence.text == "41.3" and c.kind == "money")
    assert cell.event == prose.event == "revenue" and cell.value.value == 41_300_000



def test_a_deal_won_by_a_description_and_its_worth(knowledge):
    text = (
        "Redwing Cars Group Ltd is a Leicester taxi firm.\n\nRedwing completed 9.1 million journeys in 2024. In January the group "
        "won Soarshire County Council's home-to-school transport contract, covering 140 routes for four years and worth £11.2 million.\n"
    )
    claims = claims_of(text, knowledge)
    deal = next(c for c in claims if c.kind == "deal")
    assert (deal.subject.name, deal.object.name) == ("Redwing Cars", "Soarshire County Council")
    assert _claim_at(claims, "£11.2 million", "transport contract").subject.name == "Redwing Cars"


def test_a_podcast_named_on_its_first_line_is_no_party(knowledge):
    from auditor.document import build_model
    from auditor.sources import parse_document

    text = (
        "THE DAILY GRIND, a podcast about the business of coffee\nEpisode 88, released 12 May 2026\n\n"
        "HOST: Let's start with Hollinwood.\n\nGUEST: They opened the Rotherham plant in 2018.\n"
    )
    model = build_model(parse_document("pod.txt", text.encode()), knowledge)
    grinds = [e for e in model.entities if "GRIND" in e.name]
    assert grinds and all(e.publication for e in grinds)


def test_a_deal_s_worth_as_it_stands_on_a_later_page():
    wire = "MADRID, July 14, 2025 (Wire) - Pelota Media signed a five-year deal worth EUR 210 million with the Padel Circuit, the companies said on Monday.\n"
    page = (
        "<html><head><title>Media partners | Padel Circuit</title></head><body><h1>Watch the Padel Circuit</h1>"
        "<p>Page updated January 2026</p><p>Pelota Media becomes the Padel Circuit's media partner under a five-year "
        "agreement signed in July 2025. The agreement is worth a total of 235 million euros.</p></body></html>\n"
    )
    found = findings("figure-mismatch", **{"wire.txt": wire, "page.html": page})
    assert any({e.text for e in f.evidence} >= {"EUR 210 million", "235 million euros"} for f in found)
    other = (
        "MOSCOW, June 10, 2007 (Wire) - Pelota Media also holds a 30-year contract with a parts maker, "
        "which it estimates to be worth EUR 18 million.\n"
    )
    assert not findings("figure-mismatch", **{"wire.txt": wire, "other.txt": other})


def test_a_facility_fact_with_its_town_after_a_comma(tmp_path):
    from reading_helpers import findings_against_facts

    facts = (
        "- subject: Hollinwood roasting plant, Rotherham\n  attribute: capacity\n  value: \"12,000\"\n"
        "  unit: tonnes of coffee roasted per year\n"
    )
    feature = (
        "---\ntitle: Roasters\ndate: 2025-11-02\n---\nHollinwood Coffee Roasters is growing. Much of its coffee comes out of "
        "its Rotherham plant, which has capacity to roast 15,000 tonnes a year.\n"
    )
    found = findings_against_facts(facts, tmp_path, **{"feature.md": feature})
    assert any("15,000 tonnes" in " ".join(e.text for e in f.evidence) for f in found)


def test_a_quotation_goes_on_in_the_voice_before_it(knowledge):
    wire = (
        "HARROGATE, England, Sept 4 (Northgate Wire) - Ivory Lane Bridal said on Thursday revenue rose 15.5% to £18.6 million "
        "in the year to June 30.\n\nIn July the chain signed an agreement with a designer, chief executive Fiona Brannigan said.\n\n"
        '"Brides want something nobody else is wearing," Brannigan said. "We opened our first London boutique on the '
        "King's Road in 2019, and it is now our busiest shop.\"\n\n"
        '"Every swim we sell helps keep the pools open in January," she added.\n'
    )
    claims = claims_of(wire, knowledge)
    opened = _claim_at(claims, "2019", "King's Road", kind="date")
    assert (opened.subject.name, opened.event) == ("Ivory Lane Bridal", "opening")
    assert not any(c.kind == "date" and c.event == "opening" and "January" in c.evidence.text for c in claims)


def test_a_count_in_an_appositive_is_its_name_s(knowledge):
    release = (
        "PRESS RELEASE\nLockstep Escapes plc: preliminary results for the year ended 31 December 2024\n\n"
        "Lockstep Escapes plc today announced revenue up 18.7% to £27.9 million for 2024.\n\n"
        "- We ended 2024 with 41 venues.\n- In August we acquired Cipher Rooms, the Newcastle-based chain of six venues, for £4.2 million.\n"
    )
    claims = claims_of(release, knowledge)
    assert _claim_at(claims, "six venues", "Cipher Rooms").subject.name == "Cipher Rooms"
    assert _claim_at(claims, "41 venues", "ended 2024").subject.name == "Lockstep Escapes"
    towers = "Although details have been kept secret by the developer, the tower is expected to reach nearly 700 metres in height.\n"
    claim = next(c for c in claims_of(towers, knowledge) if c.kind == "quantity")
    assert claim.subject is None or claim.subject.name != "developer"


def test_a_purchase_in_the_passive_with_its_buyer(knowledge):
    text = "Cipher Rooms, the Newcastle chain, was bought last summer by Manchester rival Enigma Quest for £4.2m.\n"
    price = next(c for c in claims_of(text, knowledge) if c.kind == "money")
    assert (price.subject.name, price.event, price.object.name) == ("Enigma Quest", "acquisition", "Cipher Rooms")
