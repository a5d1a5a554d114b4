"""Shares written as fractions ("more than a quarter of the market", "up by
a third"), a company's own release under a line that only names its kind
("PRESS RELEASE"), and a half-year report's figures dated by the half its
title names, with the half before set in brackets ("(first half of 2024:
EUR 332 million)"). Sentences of our own, read whole and audited end to end."""

from __future__ import annotations

import pytest

from auditor.checks.rulefile import load_rules
from auditor.document import build_model
from auditor.engine import audit
from auditor.extract import extract_document, load_knowledge
from auditor.extract.fractions import shares_as_fractions
from auditor.extract.lexicon import load_lexicon
from auditor.extract.qualifiers import year_of_part_reported
from auditor.model import DocumentStatus, LoadResult
from auditor.sources import parse_document

RULES = {rule.id: rule for rule in load_rules()}


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def claims_of(text: str, knowledge, path: str = "doc.txt"):
    return extract_document(parse_document(path, text.encode()), knowledge).claims


def figure(claims, surface: str):
    return next(c for c in claims if c.evidence.text == surface)


def findings(rule: str, **texts: str):
    documents = tuple(parse_document(name, text.encode()) for name, text in sorted(texts.items()))
    statuses = tuple(DocumentStatus(path=d.path, status="read", id=d.id, sha256=d.sha256) for d in documents)
    return audit(LoadResult(documents=documents, statuses=statuses), [RULES[rule]]).findings


def shares(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [
        (text[f.start : f.end], f.quantity.low, f.quantity.high, f.quantity.qualifier)
        for f in shares_as_fractions(text, [], load_lexicon())
    ]


# --------------------------------------------------------------------------- fractions as shares


def test_a_fraction_of_something_is_a_share_bounded_by_its_qualifier():
    assert shares("Tarnby holds more than a quarter of the Danish cider market.") == [("more than a quarter", 25.0, None, "over")]
    assert shares("Exports are almost three quarters of what we sell.") == [("almost three quarters", 67.5, 75.0, "about")]
    # Written alone, a fraction is about its value: prose rounds to it.
    assert shares("Two-thirds of the staff work in Aarhus.") == [("Two-thirds", 60.03, 73.37, "about")]


def test_a_fraction_after_by_is_a_change_and_not_before_a_noun_of_its_own():
    assert shares("Operating profit rose by a third, to DKK 80 million.") == [("a third", 29.97, 36.63, "about")]
    assert shares("Its costs fell by half.") == [("half", 45.0, 55.0, "about")]
    assert shares("The plant was bought by a third party in May.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sales in the first half of 2025 rose 4%.",  # an ordinal's half
        "The second quarter of the year was weak.",
        "It has been a quarter of a century since the mill opened.",  # a period
        "Half of 2024 was lost to the strike.",
        "The index rose by a fifth of a percent.",  # a unit
        "About one and a half million bottles were sold.",  # part of a number
        "The talks lasted half an hour.",
    ],
)
def test_a_fraction_of_a_period_a_unit_or_a_number_is_no_share(text):
    assert shares(text) == []


def test_a_stated_change_as_a_fraction_is_checked_against_its_levels():
    wrong = "Kvarnby Mills: results\n\nNet profit rose by a quarter to EUR 41 million from EUR 36 million in 2025.\n"
    right = "Kvarnby Mills: results\n\nNet profit rose by a quarter to EUR 45 million from EUR 36 million in 2025.\n"
    assert len(findings("change-mismatch", **{"a.txt": wrong})) == 1
    assert findings("change-mismatch", **{"a.txt": right}) == ()


# --------------------------------------------------------------------------- a release under a line naming its kind


RELEASE = (
    "PRESS RELEASE\n\n"
    "Kvarnby Mills A/S - Results for the first half of 2025\n\n"
    "Odense, 2 September 2025\n\n"
    "Highlights\n\n"
    "- Revenue up 6.0% to DKK 530 million (first half of 2024: DKK 500 million)\n"
    "- Net profit up by a quarter to DKK 41 million\n\n"
    "Trading\n\n"
    "Flour brought in most of the half's sales. Net profit was DKK 41 million, compared with DKK 36 million "
    "in the first half of 2024.\n"
)


def test_a_line_naming_the_kind_of_document_is_no_title(knowledge):
    model = build_model(parse_document("release.txt", RELEASE.encode()), knowledge)
    assert model.entity(model.topic).name == "Kvarnby Mills"
    assert model.own_kind
    assert model.title.startswith("Kvarnby Mills A/S")
    claims = claims_of(RELEASE, knowledge)
    assert figure(claims, "DKK 36 million").subject.name == "Kvarnby Mills"


def test_a_half_year_report_dates_its_flows_by_the_half_its_title_names(knowledge):
    claims = claims_of(RELEASE, knowledge)
    revenue, before = figure(claims, "DKK 530 million"), figure(claims, "DKK 500 million")
    # The bracket's year labels the figure in it, not the one it follows.
    assert (revenue.time.year, revenue.qualifiers.period) == (2025, "half")
    assert (before.time.year, before.role, before.event) == (2024, "previous", "revenue")
    assert figure(claims, "DKK 41 million").time.year == 2025


def test_a_highlight_s_change_is_checked_against_the_half_before_told_later():
    (found,) = findings("change-mismatch", **{"release.txt": RELEASE})
    assert {e.text for e in found.evidence} >= {"a quarter", "DKK 36 million"}
    consistent = RELEASE.replace("DKK 36 million", "DKK 33 million")  # +24%: about a quarter
    assert findings("change-mismatch", **{"release.txt": consistent}) == ()


def test_the_year_of_the_part_of_a_year_a_report_covers():
    assert year_of_part_reported("Results for the first half of 2025") == 2025
    assert year_of_part_reported("H1 2025 trading update") == 2025
    assert year_of_part_reported("Kvarnby Mills: 2025 half-year results") == 2025
    assert year_of_part_reported("Kvarnby Mills opens a mill in the first half of 2025") is None  # no report
    assert year_of_part_reported("Results for the first half of 2025, with H1 2024 restated") is None  # two years


# --------------------------------------------------------------------------- a deal told again


def test_a_deal_named_again_is_the_party_s_that_made_it_not_the_counterparty_s(knowledge):
    # The lead's date is known by the deal's counterparty, but the party told
    # of, whose contract "The contract" is, is the one that signed it.
    claims = claims_of(
        "In February 2025 Kvarnby Cold Stores signed a seven-year contract with Glacio Foods. "
        "The contract is worth EUR 64 million over its term.",
        knowledge,
    )
    assert figure(claims, "February 2025").subject.name == "Glacio Foods"
    assert figure(claims, "EUR 64 million").subject.name == "Kvarnby Cold Stores"


# --------------------------------------------------------------------------- asides, bases and states begun


def test_a_since_in_a_relative_aside_makes_no_running_total(knowledge):
    claims = claims_of(
        "Kvarnby Ice, which has been owned by Ostra Partners since 2018, sold 368 million bags of ice in 2024.", knowledge
    )
    assert figure(claims, "368 million bags").qualifiers.scope is None


def test_a_profit_made_on_revenue_is_no_part_of_a_list(knowledge):
    claims = claims_of(
        "Kvarnby Mills, which reported 2024 operating profit of EUR 38 million on revenue of EUR 412 million, "
        "makes flour at its home mill in Odense and oat drinks at a plant in Vejle.",
        knowledge,
    )
    assert figure(claims, "EUR 38 million").role is None
    assert figure(claims, "EUR 38 million").event == "profit"


def test_a_state_told_with_its_start_dates_the_event_that_began_it(knowledge):
    owned = figure(claims_of("Kvarnby Ice has been owned by Ostra Partners since 2018.", knowledge), "2018")
    assert (owned.event, owned.subject.name) == ("completion", "Kvarnby Ice")
    running = figure(claims_of("Kvarnby Mills said its Vejle plant, in operation since 2013, was running at capacity.", knowledge), "2013")
    assert running.event == "opening"
    # "part of" with no "been": a rift, no takeover.
    rift = figure(claims_of("The strike is part of the biggest rift in the union since 1938.", knowledge), "1938")
    assert rift.event != "completion"


def test_a_plant_in_operation_since_one_year_and_opened_in_another():
    opened = "Kvarnby Mills opened its Vejle plant in 2009.\n"
    running = "Kvarnby Mills makes oat drinks at its Vejle plant, in operation since 2013.\n"
    (found,) = findings("date-mismatch", **{"a.txt": opened, "b.txt": running})
    assert sorted(e.text for e in found.evidence) == ["2009", "2013"]


def test_what_was_bought_is_the_object_pronoun_not_the_next_deal_s_target(knowledge):
    # "it" after "the private equity firm bought" is not the firm but the
    # sentence's subject; the date is that takeover's, not the one agreed now.
    claims = claims_of(
        "Kvarnby Ice, owned by Ostra Partners since the private equity firm bought it in 2020, "
        "has agreed to buy Solvik Ice for USD 165 million.",
        knowledge,
    )
    bought = figure(claims, "2020")
    assert (bought.event, bought.subject.name) == ("completion", "Kvarnby Ice")
    assert figure(claims, "USD 165 million").object.name == "Solvik Ice"


# --------------------------------------------------------------------------- a year's output, a stake on top, a home before a trade


def test_a_year_s_output_is_one_measure_whichever_verb_tells_it():
    made = "---\ndate: 2025-02-10\n---\nKvarnby Pencils made 520 million pencils last year.\n"
    produced = "---\ndate: 2025-06-10\n---\nKvarnby Pencils produced 380 million pencils in 2024.\n"
    (found,) = findings("figure-mismatch", **{"a.md": made, "b.md": produced})
    assert sorted(e.text for e in found.evidence) == ["380 million pencils", "520 million pencils"]
    # A year's output is no count of another year, nor of another thing.
    assert findings("figure-mismatch", **{"a.md": made, "b.md": produced.replace("in 2024", "in 2023")}) == ()
    assert findings("figure-mismatch", **{"a.md": made, "b.md": produced.replace("380 million pencils", "1,200 crayons")}) == ()
    table = (
        "<html><head><title>Kvarnby Pencils: key figures</title></head><body>\n<h1>Kvarnby Pencils: key figures</h1>\n"
        "<p>Kvarnby Pencils makes pencils in Odense.</p>\n<table>\n"
        "<tr><th>Pencils produced, 2024</th><td>380 million pencils</td></tr>\n</table></body></html>\n"
    )
    assert len(findings("figure-mismatch", **{"a.md": made, "b.html": table})) == 1


def test_the_price_of_a_further_stake_is_on_top_of_the_first(knowledge):
    claims = claims_of(
        "In December Kvarnby Mining bought 51% of Solvik Lithium. It has an option to buy a further 29% for USD 260 million by 2027.",
        knowledge,
    )
    assert figure(claims, "USD 260 million").qualifiers.scope == "additional"


def test_a_name_between_the_and_a_modified_trade_is_where_the_firm_is_from(knowledge):
    claims = claims_of(
        "---\ndate: 2025-07-15\n---\nHere is how the main players fared.\n\n"
        "- **Kestrel Linen.** The Leeds group turned over £312 million in the year to March 2025.\n"
        "- **Berrow Textile Care.** The Otley family firm had its best half in years. "
        "In January it won a seven-year, £48 million contract to launder linen for a hospital trust.\n",
        knowledge,
        "review.md",
    )
    assert figure(claims, "£48 million").subject.name == "Berrow Textile Care"


# --------------------------------------------------------------------------- a company's own short name


def test_a_story_that_writes_only_the_short_name_meets_the_company_s_own_report():
    report = (
        "---\ntitle: Van Hoek Juwelen NV annual report 2024\nsource: Van Hoek Juwelen NV, investor relations\n---\n"
        "Van Hoek Juwelen NV sells jewellery in the Benelux. I am proud that Van Hoek grew in 2024: "
        "revenue rose to EUR 512 million.\n"
    )
    feature = "---\ndate: 2025-03-01\n---\nVan Hoek, the Dutch jewellery group, had revenue of EUR 540 million in 2024.\n"
    (found,) = findings("figure-mismatch", **{"report.md": report, "feature.md": feature})
    assert sorted(e.text for e in found.evidence) == ["EUR 512 million", "EUR 540 million"]


def test_a_label_under_a_letterhead_makes_the_release_the_company_s_own(knowledge):
    text = (
        "KVARNBY PRINT S.p.A.\n\nPRESS RELEASE\n\nBoard approves results for 2024\n\nVicenza, 13 March 2025\n\n"
        "Kvarnby Print S.p.A. today approved its financial statements for 2024.\n\n"
        '"We printed 212 million books in 2024, more than in any year in our history," said Giulia Kvarn, Chief Executive Officer.\n'
    )
    assert build_model(parse_document("release.txt", text.encode()), knowledge).own_kind
    books = figure(claims_of(text, knowledge, "release.txt"), "212 million books")
    assert (books.subject.name, books.event) == ("Kvarnby Print", "book made")


def test_a_founder_set_off_after_a_trade_is_a_person_and_no_company_s_name(knowledge):
    text = "Kvarnby Print, founded in 1912 by a typesetter, Attilio Kvarnby, printed about 210 million books last year."
    names = extract_document(parse_document("feature.txt", text.encode()), knowledge).names
    assert not any(name == "Attilio Kvarnby" for name, _ in names)


def test_a_trade_s_word_before_a_company_s_noun_leaves_the_name_a_name(knowledge):
    # "The Halifax family firm" is from Halifax; "the Pellworth grocery chain" is Pellworth.
    claims = claims_of("Brightmart acquired the Pellworth grocery chain for $640 million in 2021.", knowledge)
    assert figure(claims, "$640 million").object.name == "Pellworth"
