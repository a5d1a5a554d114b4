"""Readings added in round 37, each on sentences of our own.

- Tables: a column headed only "Number" or "Value" under a corner that names
  the measure ("Bells cast in 2024 | Number") measures what the corner says;
  a bracket that gives only a scale ("Pieces a week (m)", "Visitors
  (thousands)") scales the counts, where under a size ("Length (m)") it is
  metres; a rate in the label ("Pieces a week") is the counts' rate; a count
  of things is a stock as prose's is, and one of things done ("Roofs
  thatched in 2024") the period's.
- A month a paragraph opens with ("In January 2025 we signed ...") dates
  that paragraph; the paragraphs after it keep only its year.
- A stock stated at a month is not the one a story tells "now" eight months
  later.
- "have thatched 5,000 roofs since ..." is a running total.
- "opened its academy in 2017 and now employs 455 people": "now" is the
  story's day, not 2017.
- "its Rossington academy, opened in 2019": an academy, a clinic, a salon, a
  saleroom are a company's sites.
- Deals: a customer's possessive a few words before the deal's noun
  ("Harlow Borough Council's four-year rat and mouse treatment contract");
  a deal that names no customer, won by a party, let by the one body the
  sentence describes ("..., the council confirmed").
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _claim_at(claims, surface: str, line_text: str):  # type: ignore[no-untyped-def]
    """The claim whose evidence is ``surface`` in the sentence holding ``line_text``."""
    return next(c for c in claims if c.evidence.text == surface and line_text in c.evidence.sentence)


_BELLS = """<html><head><title>About | Marwood Bell Foundry Ltd</title></head><body>
<h1>Marwood Bell Foundry Ltd</h1><p>About the foundry &middot; page updated 3 February 2025</p>
<p>Last year we cast 236 bells for churches and schools.</p>
<table>
<tr><th>Bells cast in 2024</th><th>{column}</th></tr>
<tr><th>Tower bells</th><td>64</td></tr><tr><th>Handbells</th><td>120</td></tr>
<tr><th>Total</th><td>212</td></tr>
</table>
</body></html>
"""


@pytest.mark.parametrize("column", ["Number", "Figure", "Value"])
def test_a_generic_column_measures_what_its_corner_names(knowledge, column):
    claims = claims_of(_BELLS.format(column=column), knowledge, path="about.html")
    total = _claim_at(claims, "212", "Total")
    prose = figure(claims, "236 bells")
    assert total.value.counted == "bells"
    assert total.event == prose.event
    found = findings("figure-mismatch", **{"about.html": _BELLS.format(column=column)})
    assert any({e.text for e in f.evidence} >= {"236 bells", "212"} for f in found)


_PLANTS = """# Tarn Linen Services Ltd: annual report 2024

Our three plants together wash 3.8 million pieces a week.

| Plant | {label} |
|---|---|
| Kendal | 1.5 |
| Penrith | 2.0 |
| Total | 3.5 |
"""


@pytest.mark.parametrize(
    "label, value, per",
    [
        ("Pieces a week (m)", 3_500_000, "week"),
        ("Pieces a week (millions)", 3_500_000, "week"),
        ("Pieces a week ('000)", 3_500, "week"),
        ("Pieces washed (m)", 3_500_000, None),
    ],
)
def test_a_scale_alone_in_brackets_scales_the_counts(knowledge, label, value, per):
    claims = claims_of(_PLANTS.format(label=label), knowledge, path="report.md")
    total = _claim_at(claims, "3.5", "Total")
    assert total.kind == "count"
    assert total.value.value == value
    assert total.value.counted == "pieces"
    assert total.qualifiers.per == per


def test_a_one_letter_bracket_under_a_size_stays_metres(knowledge):
    text = _PLANTS.format(label="Length (m)")
    claims = claims_of(text, knowledge, path="report.md")
    assert not any(c.kind == "count" and c.evidence.text == "3.5" for c in claims)


def test_a_tables_total_against_the_texts_rate(knowledge):
    found = findings("figure-mismatch", **{"report.md": _PLANTS.format(label="Pieces a week (m)")})
    assert any({e.text for e in f.evidence} >= {"3.8 million pieces a week", "3.5"} for f in found)


def test_a_tables_count_of_things_done_is_the_periods(knowledge):
    text = """# Hollins Thatching Ltd: about us

We have thatched more than 5,000 roofs since Walter Hollins set up the firm.

| Measure | Figure |
|---|---|
| Roofs thatched in 2024 | 152 |
| Staff | 41 |
"""
    claims = claims_of(text, knowledge, path="about.md")
    assert _claim_at(claims, "152", "Roofs").lasts == "periodic"
    assert _claim_at(claims, "41", "Staff").lasts == "stock"
    running = figure(claims, "more than 5,000 roofs")
    assert running.qualifiers is not None and running.qualifiers.scope == "cumulative"
    assert not findings("figure-mismatch", **{"about.md": text})


def test_a_paragraphs_opening_month_stays_in_its_paragraph(knowledge):
    text = """Tarn Linen Services Ltd: annual report for the year to 31 March 2025

Chief executive's statement

In January 2025 we signed a five-year contract with Eden Valley NHS Trust.

Our plants together wash 3.8 million pieces a week.
"""
    claims = claims_of(text, knowledge, path="report.txt")
    rate = figure(claims, "3.8 million pieces a week")
    assert rate.time is not None and rate.time.year == 2025 and rate.time.month is None


def test_a_stock_stated_at_a_month_is_not_the_one_told_months_later(knowledge):
    report = """# Tarn Linen Services Ltd: annual report 2025

| Measure | Figure |
|---|---|
| Pieces a week (m), March 2025 | 3.5 |
"""
    later = """PENRITH HERALD | Thursday 13 November 2025

Tarn Linen Services Ltd is now washing 4.6 million pieces a week, its manager said.
"""
    found = findings("figure-mismatch", **{"report.md": report, "herald.txt": later})
    assert not any("4.6 million pieces a week" in {e.text for e in f.evidence} for f in found)
    told_soon = later.replace("13 November 2025", "10 April 2025")
    found = findings("figure-mismatch", **{"report.md": report, "herald.txt": told_soon})
    assert any({e.text for e in f.evidence} >= {"4.6 million pieces a week", "3.5"} for f in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hallam Pest Control Ltd opened its training academy in Rossington in 2017 and now employs 455 people.",
        "Hallam Pest Control Ltd opened a depot in Rossington in 2017 and still employs 455 people.",
    ],
)
def test_now_after_a_dated_deed_is_the_storys_day(knowledge, sentence):
    text = f"Doncaster, 17 June 2025\n\n{sentence}\n"
    staff = figure(claims_of(text, knowledge), "455 people")
    assert staff.time is not None and staff.time.year == 2025


@pytest.mark.parametrize("noun", ["academy", "clinic", "salon", "saleroom"])
def test_a_service_firms_site_is_its_facility(knowledge, noun):
    first = f"Hallam Pest Control Ltd opened its {noun} in Rossington in 2017.\n"
    second = f"Hallam Pest Control Ltd is growing. Its Rossington {noun}, opened in 2019, trains every recruit.\n"
    for text in (first, second):
        opening = next(c for c in claims_of(text, knowledge) if c.kind == "date")
        assert opening.subject is not None and opening.subject.name == "Hallam Pest Control"
        assert opening.event == "opening"
    found = findings("date-mismatch", **{"a.txt": first, "b.txt": second})
    assert len(found) == 1


def test_a_customers_possessive_a_few_words_before_the_deal(knowledge):
    text = (
        "Hallam Pest Control Ltd is based in Doncaster. It has won Harlow District Council's four-year rat "
        "and mouse treatment contract, worth £480,000.\n"
    )
    deal = next(c for c in claims_of(text, knowledge) if c.kind == "deal")
    assert deal.subject.name == "Hallam Pest Control"
    assert deal.object.name == "Harlow District Council"


def test_a_deal_let_by_the_body_the_sentence_describes(knowledge):
    local = (
        "Harlow District Council has handed its pest control to a firm from Ware.\n\n"
        "Wareside Pest Services won the four-year rat and mouse treatment contract, worth £480,000, after a "
        "tender that drew five bids, the council confirmed on Monday.\n"
    )
    deal = next(c for c in claims_of(local, knowledge) if c.kind == "deal")
    assert deal.subject.name == "Wareside Pest Services"
    assert deal.object.name == "Harlow District Council"
    trade = (
        "Hallam Pest Control Ltd is growing. It has also won Harlow District Council's four-year rat and mouse "
        "treatment contract, worth £480,000.\n"
    )
    found = findings("deal-award-conflict", **{"local.txt": local, "trade.txt": trade})
    assert len(found) == 1


def test_a_deal_with_no_winning_verb_takes_no_described_customer(knowledge):
    text = (
        "Harlow District Council has reviewed its pest control.\n\n"
        "Wareside Pest Services described the four-year rat treatment contract as a model, the council said.\n"
    )
    assert not any(c.kind == "deal" for c in claims_of(text, knowledge))


def test_the_verb_right_before_a_count_says_what_was_done_to_it(knowledge):
    text = "In 2024 Varennes Encres SA produced 95,000 litres of ink at Tours and sold 1.9 million bottles.\n"
    claims = claims_of(text, knowledge)
    assert figure(claims, "1.9 million bottles").event == "bottle sold"
    made = "In 2024 Varennes Encres SA produced 1.9 million bottles of ink at Tours.\n"
    assert figure(claims_of(made, knowledge), "1.9 million bottles").event == "bottle made"


@pytest.mark.parametrize(
    "header",
    [
        "Kelso Barbering Group plc: FY2025 results call, 24 September 2025",
        "Kelso Barbering Group plc - Annual results, 24 September 2025",
    ],
)
def test_a_header_date_leaves_the_company_before_it_readable(knowledge, header):
    text = f"{header}\n\nGroup revenue was £27.9 million, up 19% on last year's £23.4 million.\n"
    revenue = figure(claims_of(text, knowledge), "£27.9 million")
    assert revenue.subject is not None and revenue.subject.name == "Kelso Barbering"
    assert revenue.time is not None and revenue.time.year == 2025


def _with_facts(facts_yaml: str, **texts: str):  # type: ignore[no-untyped-def]
    from auditor.checks.facts import parse_facts
    from auditor.engine import audit
    from reading_helpers import RULES, corpus

    facts = parse_facts(facts_yaml, "facts.yaml")
    return audit(corpus(**texts), [RULES["reference-conflict"]], facts).findings


def test_a_purchase_told_by_the_targets_short_name_meets_its_reference(knowledge):
    facts = """
- subject: Hadley Brothers Pawnbrokers
  attribute: amount
  value: GBP 6.2 million
  event: acquisition
  year: 2023
  note: price Marsden & Lane paid for the 14-store chain
"""
    text = "Marsden & Lane Ltd bought the 14-store Hadley Brothers chain for £7.5 million in 2023.\n"
    found = _with_facts(facts, **{"wire.txt": text})
    assert [e.text for f in found for e in f.evidence if e.path == "wire.txt"] == ["£7.5 million"]
    agreeing = text.replace("£7.5 million", "£6.2 million")
    assert not _with_facts(facts, **{"wire.txt": agreeing})


@pytest.mark.parametrize(
    "sentence",
    [
        "Marsden Pest Control Ltd paid £2.9m for Kestrel Bird Control of Hull in January.",
        "Marsden Pest Control Ltd paid £2.9m for Kestrel Bird Control in January.",
    ],
)
def test_a_sum_paid_for_a_company_of_a_town_is_its_price(knowledge, sentence):
    price = figure(claims_of(sentence + "\n", knowledge), "£2.9m")
    assert price.event == "acquisition"
    assert price.object is not None and price.object.name == "Kestrel Bird Control"


_AGENCIES = """# Language services: three agencies

| Company | Base | Revenue 2024 |
|---|---|---:|
| Wordmere | Cardiff | £19.1m |
| Linguaro | Bristol | £11.8m |
| Traducciones Almez | Seville, Spain | €21.5m |

**Wordmere.** The Cardiff agency works with a pool of 3,100 freelancers.

**Almez.** Founded in 1986, the Seville agency employed fewer than 200 people at the end of 2024.
"""


def test_a_table_of_companies_tells_where_each_is_based(knowledge):
    claims = claims_of(_AGENCIES, knowledge, path="note.md")
    assert figure(claims, "3,100 freelancers").subject.name == "Wordmere"
    assert figure(claims, "fewer than 200 people").subject.name == "Traducciones Almez"
    founded = next(c for c in claims if c.kind == "date" and c.evidence.text == "1986")
    assert founded.subject.name == "Traducciones Almez"


def test_a_town_and_its_county_in_a_base_column_are_both_where_it_is(knowledge):
    text = """# Honey packing: market brief

| Packer | Base | Tonnes packed 2024 |
|---|---|---:|
| Hollowbrook Honey Company | Maidstone, Kent | 14,100 |
| Wenbury Bee Products | Much Wenlock, Shropshire | 3,150 |

**Hollowbrook.** The Kent packer, which has fewer than 300 staff, dominates own-label.

**Wenbury.** The Much Wenlock packer employs 40 people.
"""
    claims = claims_of(text, knowledge, path="brief.md")
    assert figure(claims, "fewer than 300 staff").subject.name == "Hollowbrook Honey"
    assert figure(claims, "40 people").subject.name == "Wenbury Bee Products"


def test_a_towns_place_column_makes_a_house_a_description(knowledge):
    text = """# The saleroom diary

I have never known a spring like Cheltenham's.

A painting made £1.6m at **Ashcombe & Vale** in March. The Cheltenham house, founded in 1866, turned over £28.4m in 2024.

| Saleroom | Town | Buyer's premium |
|---|---|---:|
| Ashcombe & Vale | Cheltenham | 30% |
| Holloway Rudd | Ludlow | 31.2% |
"""
    claims = claims_of(text, knowledge, path="blog.md")
    founded = next(c for c in claims if c.kind == "date" and c.evidence.text == "1866")
    assert founded.subject.name == "Ashcombe & Vale"
    assert figure(claims, "£28.4m").subject.name == "Ashcombe & Vale"


def test_a_state_agency_is_still_no_company(knowledge):
    text = (
        "Harwell Rail Ltd was fined £2m by the Office of Rail and Road. The agency said the fine was its largest.\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "£2m").subject.name == "Harwell Rail"


def test_two_sums_for_two_purposes_are_no_misattribution(knowledge):
    first = "Porto, 3 March 2025 - Corvino Brewing SA will invest EUR 45 million at its Matosinhos brewery. Ironlake Ales was bought last year.\n"
    second = "Madrid, 9 March 2025 - Cervezas Almez SA is spending EUR 45m on a canning line and has guided to flat volumes. Ironlake Ales was sold last year.\n"
    claims = claims_of(second, knowledge)
    assert figure(claims, "EUR 45m").purpose == "a canning line"
    assert figure(claims_of(first, knowledge), "EUR 45 million").purpose == "its Matosinhos brewery"
    assert not findings("attribution-conflict", **{"a.txt": first, "b.txt": second})


def test_a_local_papers_town_stays_a_town(knowledge):
    text = """KESWICK VALLEY MERCURY · Friday 27 June 2025 · Business

Fellside Glaze Ltd, the window-cleaning firm, is marking a milestone.

The Keswick company has won a three-year contract worth £420,000 to clean 38 blocks of flats in Penrith and Keswick, starting in September.
"""
    claims = claims_of(text, knowledge)
    contract = figure(claims, "£420,000")
    assert contract.subject is not None and contract.subject.name == "Fellside Glaze"
    start = figure(claims, "September")
    assert start.time.year == 2025  # starting in September, told in June: this September


@pytest.mark.parametrize(
    "sentence, paid",
    [
        ("Marsden Staffing plc bought Clearwell Nursing, for which it paid £9.6m last summer.", "Clearwell Nursing"),
        ("Marsden Staffing plc grew with Clearwell Nursing, for which it paid £9.6m last summer.", "Clearwell Nursing"),
    ],
)
def test_a_sum_paid_in_a_relative_clause_is_the_price_of_what_it_hangs_on(knowledge, sentence, paid):
    text = f"Nottingham, 14 July 2025\n\n{sentence}\n"
    price = figure(claims_of(text, knowledge), "£9.6m")
    assert price.event == "acquisition" and price.object.name == paid
    assert price.time.year == 2024  # "last summer" told in July


def test_last_summer_told_in_the_autumn_is_this_years(knowledge):
    text = "Nottingham, 14 October 2025\n\nMarsden Staffing plc paid £9.6m for Clearwell Nursing last summer.\n"
    assert figure(claims_of(text, knowledge), "£9.6m").time.year == 2025


def test_a_season_to_come_dates_nothing(knowledge):
    text = "Leicester, 3 December 2025 - Pedalwell BV will take over the city's bike scheme next spring after winning a contract worth GBP 24m.\n"
    claims = claims_of(text, knowledge)
    assert figure(claims, "GBP 24m").time.year == 2025
    assert not any(c.evidence.text == "next spring" for c in claims)


def test_a_name_before_a_bracketed_aside_is_its_clauses_subject(knowledge):
    text = (
        "**Clearpane** (the Milton Keynes cleaning group, founded in 2003, not Clear Pane Glazing of Luton, "
        "founded in 1979) posted first-half revenue of £52.8m last month.\n"
    )
    claims = claims_of(text, knowledge, path="blog.md")
    assert figure(claims, "£52.8m").subject.name == "Clearpane"


def test_a_word_opening_a_sentence_that_turns_over_money_is_a_name(knowledge):
    text = "You have competition in Sheffield, though. Loxwell turned over £12.1m last year.\n"
    assert figure(claims_of(text, knowledge), "£12.1m").subject.name == "Loxwell"
    common = "Demand was strong in Sheffield. Business turned over £12.1m in the city last year.\n"
    assert figure(claims_of(common, knowledge), "£12.1m").subject is None


@pytest.mark.parametrize("written, kilograms", [("165 grams", 0.165), ("340g", 0.34), ("7 centimetres", None)])
def test_grams_and_centimetres_are_quantities(knowledge, written, kilograms):
    claim = figure(claims_of(f"Each medal made by Brennwerk GmbH weighs {written}.\n", knowledge), written)
    assert claim.kind == "quantity"
    if kilograms is not None:
        assert claim.value.unit == "kilogram" and abs(claim.value.value - kilograms) < 1e-9


def test_net_fees_are_their_own_measure_and_a_period_column_goes_on_with_it(knowledge):
    text = """# UK staffing: temps hold the line

**Harrowby Staffing Group (HSG), Hold.** The recruiter's net fee income dropped to £83.6m in the year to March. Its price target is £4.20 a share.

| Company | FY2025 net fees (£m) | FY2026E (£m) | View |
|---|---|---|---|
| Kinross Recruitment | 47.2 | 49.0 | Buy |
| Calderbrook Staffing | 21.4 | 23.0 | Hold |
"""
    claims = claims_of(text, knowledge, path="note.md")
    assert figure(claims, "£83.6m").event == "net-fees"
    forecast = figure(claims, "49.0")
    assert forecast.event == "net-fees" and forecast.subject.name == "Kinross Recruitment"
    assert forecast.object is None


def test_a_companys_own_division_opening_the_sentence_has_a_part(knowledge):
    text = (
        "Harrowby Staffing Group plc: annual report 2025\n\nNet fee income fell 4.2% to £86.3 million. "
        "Our healthcare division is now the largest part of the group, with net fees of £31.8 million.\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "£31.8 million").role == "part"
    assert figure(claims, "£86.3 million").role is None
    assert not findings("figure-mismatch", **{"report.txt": text})


def test_a_guest_says_how_many_people_we_were_and_what_we_invoiced(knowledge):
    text = """BETWEEN THE PAGES: conversations about the language business
Episode 41, released 18 November 2025
Host: Owen Reid. Guest: Lucía Almez Ruiz, chief executive, Traducciones Almez S.L.

OWEN REID: Lucía, how big is the agency now?

LUCÍA ALMEZ: At the end of last year we were 236 people, and we invoiced about 21.5 million euros.

REID: And next year?

ALMEZ: We want to open in Porto.
"""
    claims = claims_of(text, knowledge)
    staff = figure(claims, "236 people")
    assert staff.event == "employees" and staff.subject.name == "Traducciones Almez"
    assert figure(claims, "about 21.5 million euros").event == "revenue"


def test_a_reference_investment_raised_from_an_investor_is_a_financing(knowledge):
    facts = """
- subject: Inkwell Collective
  attribute: amount
  value: GBP 2.5 million
  event: investment
  year: 2023
  note: growth investment raised from Tamar Growth Partners
"""
    text = "Inkwell Collective Ltd runs 14 studios. It raised £4m from Tamar Growth Partners in 2023.\n"
    found = _with_facts(facts, **{"feature.txt": text})
    assert [e.text for f in found for e in f.evidence if e.path == "feature.txt"] == ["£4m"]
    spent = facts.replace("growth investment raised from Tamar Growth Partners", "cost of the new studio in Hove")
    assert not _with_facts(spent, **{"feature.txt": text})


def test_a_job_done_for_one_customer_is_no_years_output(knowledge):
    text = """FINISHING STRAIGHT: the podcast about the business of running
Host: Carys Penn. Guest: Baljit Sohal, managing director, Medalworks UK Ltd

CARYS PENN: Who makes the medals?

BALJIT SOHAL: We made 840,000 medals in 2024. For last year's Steel City 10K we made all 22,000 medals.

PENN: And the Germans?

SOHAL: They can afford to go in cheap.

PENN: Thank you.

SOHAL: Thank you.
"""
    claims = claims_of(text, knowledge)
    job = figure(claims, "22,000 medals")
    assert job.subject is not None and job.subject.name == "Medalworks UK"
    assert job.purpose == "last year's Steel City 10K"
    assert figure(claims, "840,000 medals").event == "medal made"
    assert not findings("figure-mismatch", **{"podcast.txt": text})


def test_a_count_with_two_modifiers_joined_by_and(knowledge):
    claims = claims_of("Kestrel Vending Ltd runs 6,900 hot-drink machines, 3,400 snack and cold-drink machines and 1,100 fridges.\n", knowledge)
    assert figure(claims, "3,400 snack and cold-drink machines").value.counted == "snack and cold-drink machines"
    assert figure(claims_of("Marlow Motors Ltd sold 20 new and used cars.\n", knowledge), "20 new and used cars").value.counted == "used cars"


def test_a_broadcasts_header_with_its_hour_dates_the_transcript(knowledge):
    text = """DOWNS RADIO: The Business Hour, broadcast Thursday 16 October 2025, 7pm
Presenter: Marcus Fenn. Guest: Lucy Vard, founder, Inkwell Collective

MARCUS FENN: How big is Inkwell?

LUCY VARD: Today we've got 96 artists across 14 studios, and we turned over £9.4 million last year.

FENN: Thank you.

VARD: Thanks.
"""
    claims = claims_of(text, knowledge)
    assert figure(claims, "£9.4 million").time.year == 2024
    artists = figure(claims, "96 artists")
    assert artists.qualifiers is None or artists.qualifiers.scope is None  # "we've got" is "we have", no deal


def test_a_nationality_opening_the_sentence_describes_its_subject(knowledge):
    claims = claims_of("The Dutch operator Vendaria Benelux runs about 17,800 machines.\n", knowledge)
    country = next(c for c in claims if c.kind == "attribute")
    assert country.subject.name == "Vendaria Benelux" and country.attribute.value == "NL"
    brand = claims_of("Copperkettle Ltd sold Brewwell, the British brand Tindra bought in 2021.\n", knowledge)
    assert not any(c.kind == "attribute" and c.subject.name == "Tindra" for c in brand)


def test_a_minutes_resolution_is_no_name(knowledge):
    text = "RESOLVED: that the concession be awarded to Northgate Vending Ltd for five years from 1 August 2025.\n"
    from reading_helpers import kinds_of

    assert "RESOLVED" not in kinds_of(text, knowledge)


def test_a_deals_customer_as_the_owner_of_what_the_work_is_done_to(knowledge):
    local = (
        "Fellside Glaze Ltd is based in Keswick. The firm has won a three-year contract worth £420,000 to clean "
        "the windows of 38 blocks of flats owned by Derwent Vale Homes in Keswick.\n"
    )
    deal = next(c for c in claims_of(local, knowledge) if c.kind == "deal")
    assert deal.subject.name == "Fellside Glaze" and deal.object.name == "Derwent Vale Homes"
    call = (
        "Brightwell Group plc: half-year results call, 4 September 2025\n\n"
        "NEIL ASHBY: In June we were also awarded the Derwent Vale Homes contract, 38 blocks over three years.\n"
    )
    found = findings("deal-award-conflict", **{"local.txt": local, "call.txt": call})
    assert len(found) == 1


def test_a_description_by_the_town_a_later_table_gives(knowledge):
    text = """# Rats, gulls and margins

**Doncaster.** The Doncaster group's turnover of £36.8m in the year to March was a record. Brackwell paid £2.9m for a rival.

| Firm | Base | Depots |
|---|---|---:|
| Brackwell Group | Doncaster | 6 |
| Fenway Pest Services | Spalding | 1 |
"""
    assert figure(claims_of(text, knowledge, path="feature.md"), "£36.8m").subject.name == "Brackwell"


def test_a_highlight_names_its_company_whatever_it_names_after_the_figure(knowledge):
    text = """Brackwell Group plc: final results for the year ended 31 March 2025

Brackwell Group plc, the pest control company, today reports its results for the twelve months to 31 March 2025.

Highlights
- Revenue of £38.6 million, up from £35.1 million
- 312 field technicians at the year end, every one holding the RSPH Level 2 award
"""
    assert figure(claims_of(text, knowledge), "312 field technicians").subject.name == "Brackwell"


def test_a_count_of_another_companys_stores_is_none_of_the_subjects(knowledge):
    text = (
        "Cobworth & Lane Ltd now runs 431 shops. Cobworth & Lane also signed a five-year concession to run repair "
        "kiosks in 120 Brightvale supermarkets.\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "120 Brightvale supermarkets").subject is None
    assert figure(claims, "431 shops").subject.name == "Cobworth & Lane"
    assert not findings("figure-mismatch", **{"wire.txt": text})
    own = claims_of("Harlow Stores Ltd opened 60 UK stores.\n", knowledge)
    assert figure(own, "60 UK stores").subject.name == "Harlow Stores"


def test_a_business_that_took_a_sum_in_a_year_took_in_revenue(knowledge):
    claims = claims_of("Starlite Bingo Clubs plc took £104.6m in the year to March 2025.\n", knowledge)
    assert figure(claims, "£104.6m").event == "revenue"


def test_a_table_town_alone_gives_no_country(knowledge):
    text = """# Hardware chains

| Chain | Base | Revenue, 2024 |
|---|---|---|
| Tolwell's Hardware | Perth | £201m |
| Crossway Hardware | Belfast | £96.5m |

- **Tolwell's.** The Scottish chain took £201m in 2024, the best year in its history.
"""
    claims = claims_of(text, knowledge, path="feature.md")
    took = next(c for c in claims if c.evidence.text == "£201m" and "Scottish" in c.evidence.sentence)
    assert took.subject.name == "Tolwell's Hardware"


@pytest.mark.parametrize(
    "sentence, surface",
    [
        # found on Wikinews: a quoted "We are" is no company's headcount of the crowd
        ('"We are moving on," said the minister at a ceremony attended by about 1,000 people.', "about 1,000 people"),
        # ... and household bills are no revenue
        ("Energywatch said household gas bills have gone up by 22% on average.", "22%"),
    ],
)
def test_what_real_news_says_of_people_and_bills_stays_unmeasured(knowledge, sentence, surface):
    assert figure(claims_of(sentence + "\n", knowledge), surface).event is None


def test_a_name_a_for_phrase_closes_with_a_comma_is_what_the_clause_is_about(knowledge):
    # found on Wikinews: "For Google, flush with US$52 billion capitalization, ..."
    text = "For Quorvane Search, flush with US$52 billion in capitalization, an offer is a small expense.\n"
    assert figure(claims_of(text, knowledge), "US$52 billion").subject.name == "Quorvane Search"


@pytest.mark.parametrize(
    "sentence, surface",
    [
        # found on Wikinews: "took" of other things than a business's takings
        ("The manager took more than US$1 million in bribes.", "more than US$1 million"),
        ("Four lottery winners take $3 million each.", "$3 million each"),
        ("Orlen Mobile SA billed a customer €160,000 for one month.", "€160,000"),
    ],
)
def test_took_and_billed_are_no_revenue_of_their_own(knowledge, sentence, surface):
    assert figure(claims_of(sentence + "\n", knowledge), surface).event != "revenue"


def test_what_a_business_took_over_a_period_it_names(knowledge):
    for sentence in ("Brandsma Vuurwerk BV, which took €41.2m in 2024, imports fireworks.", "Cobwell & Lane plc took £52.8m in the six months to June."):
        claim = next(c for c in claims_of(sentence + "\n", knowledge) if c.kind == "money")
        assert claim.event == "revenue"


@pytest.mark.parametrize(
    "sentence, surface, subject",
    [
        # found on Wikinews: a maker's own products and sites, named by a capitalised word
        ("Research In Motion Ltd shipped approximately 6.4 million BlackBerry devices.", "approximately 6.4 million BlackBerry devices", "Research In Motion"),
        ("Ziff Davis Inc runs about 15 Web sites.", "about 15 Web sites", "Ziff Davis"),
    ],
)
def test_a_capitalised_word_in_a_count_of_products_or_sites_keeps_the_subject(knowledge, sentence, surface, subject):
    assert figure(claims_of(sentence + "\n", knowledge), surface).subject.name == subject


def test_in_the_beginning_of_a_month_is_no_start_to_come(knowledge):
    # found on Wikinews: "announced in the beginning of May" told in June is this May
    text = (
        "---\ndate: 2011-06-11\n---\n\nSome said that Macrosoft Corp is to blame for the lack of stability of Skypo since its "
        "acquisition plans were announced in the beginning of May.\n"
    )
    may = next(c for c in claims_of(text, knowledge, path="story.md") if c.evidence.text == "May")
    assert may.time.year == 2011


@pytest.mark.parametrize(
    "sentence, surface",
    [
        # found on Wikinews: no pair of modifiers here
        ("The tunnel has a 700m stretch and exceeds the limit.", "700m stretch and exceeds"),
        ("Seven policemen and two demonstrators were hurt.", "Seven policemen and two demonstrators"),
    ],
)
def test_and_joins_two_modifiers_only(knowledge, sentence, surface):
    assert not any(c.evidence.text == surface for c in claims_of(sentence + "\n", knowledge))
