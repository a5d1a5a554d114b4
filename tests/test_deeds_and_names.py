"""Deeds and the names they are told of: a deal named again, a state told
with its start ("in operation since 2013", "owned by X since 2018"), a
pronoun after a verb of buying, a year's output whichever verb tells it, a
further stake, a name before a company's noun, a company's own short name,
a founder, a nationality's phrase. Sentences of our own, read whole and
audited end to end."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import extract_document, load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


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
    assert figure(claims, "EUR 38 million").event == "operating-profit"


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


def test_a_founder_set_off_after_a_trade_is_a_person_and_no_company_s_name(knowledge):
    text = "Kvarnby Print, founded in 1912 by a typesetter, Attilio Kvarnby, printed about 210 million books last year."
    names = extract_document(parse_document("feature.txt", text.encode()), knowledge).names
    assert not any(name == "Attilio Kvarnby" for name, _ in names)


def test_a_trade_s_word_before_a_company_s_noun_leaves_the_name_a_name(knowledge):
    # "The Halifax family firm" is from Halifax; "the Pellworth grocery chain" is Pellworth.
    claims = claims_of("Brightmart acquired the Pellworth grocery chain for $640 million in 2021.", knowledge)
    assert figure(claims, "$640 million").object.name == "Pellworth"


def test_a_nationality_s_phrase_ends_at_a_comma_unless_a_name_is_set_off_after_it(knowledge):
    def countries(text: str) -> dict[str, str]:
        return {c.subject.name: c.attribute.value for c in claims_of(text, knowledge) if c.kind == "attribute"}

    assert "Kvarnby Pencils" not in countries(
        "Kvarnby Pencils has put the Solvik name on pencils made in Pilsen for Austrian and Swiss shops, "
        "the first time the Mexican brand has been sold in Europe."
    )
    assert countries("The primary British index, the FTSE 100, fell 2.4% on Monday.").get("FTSE 100") == "GB"


def test_a_facility_written_after_its_owner_s_possessive_is_the_owner_s(knowledge):
    text = (
        "---\ndate: 2025-07-15\n---\n- **Kestrel Linen Services.** The Leeds group turned over £312 million last year. "
        "Its new Normanton plant has a capacity of 320 tonnes a week.\n"
    )
    capacity = figure(claims_of(text, knowledge, "review.md"), "320 tonnes a week")
    assert capacity.subject.name == "Kestrel Linen Services"
    assert (capacity.object.name, capacity.object.type) == ("Normanton", "facility")


def test_a_nationality_in_a_sentence_on_a_company_s_own_measure_is_no_other_party(knowledge):
    text = (
        "Kvarnby Waters results for 2024\n\n"
        "Kvarnby Waters S.p.A. increased net revenue by 6.4% to EUR 864 million in 2024. "
        "Volumes rose 5% to 3.2 billion litres, helped by new listings in French supermarkets.\n"
    )
    assert figure(claims_of(text, knowledge), "3.2 billion litres").subject.name == "Kvarnby Waters"


def test_a_company_may_be_the_leader_a_person_leads_something(knowledge):
    text = (
        "**Bottom line.** Self-storage in Spain is growing fast. Guardamos, the leader, is privately held; "
        "we follow it because its deals set the prices.\n\n"
        "**Occupancy.** Guardamos's stores were more than 90% let at the end of 2024. "
        "Pilar Ruiz, the leader of the tenants' union, disagreed.\n"
    )
    claims = claims_of(text, knowledge)
    assert figure(claims, "more than 90%").subject.name == "Guardamos"
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    kinds = {e.name: e.kind for e in model.entities if e.merged_into is None}
    assert kinds.get("Guardamos") != "person" and kinds.get("Pilar Ruiz") == "person"


def test_a_name_written_bare_anywhere_is_no_name_with_its_s(knowledge):
    # After a bold lead-in the name opens its sentence both times, so no name
    # is read where it stands bare; the text still writes it without "'s".
    text = (
        "---\ntitle: Iberian self-storage\n---\n**Bottom line.** Self-storage in Spain is growing. "
        "Guardamos, the leader, is privately held.\n\n"
        "**Occupancy.** Guardamos's stores were more than 90% let at the end of 2024.\n"
    )
    assert figure(claims_of(text, knowledge, "note.md"), "more than 90%").subject.name == "Guardamos"
    # A restaurant named for its owner keeps its "'s": "Pano" opens the owner's name.
    named = claims_of("Pano's opened in 1977, and Pano Georgiadis has run it since.", knowledge)
    assert figure(named, "1977").subject.name == "Pano's"



def test_where_a_sum_was_paid_may_stand_before_what_it_was_paid_for(knowledge):
    claims = claims_of("In January Van Hoek paid USD 14.2 million at an Antwerp tender for the Kasai Star, a rough diamond.", knowledge)
    paid = figure(claims, "USD 14.2 million")
    assert (paid.subject.name, paid.event) == ("Van Hoek", "acquisition")
    # A place the payment was made at is no thing paid for.
    assert figure(claims_of("Van Hoek paid USD 14.2 million at an Antwerp tender.", knowledge), "USD 14.2 million").event != "acquisition"


def test_a_state_s_phrase_that_does_not_end_on_since_is_refused_by_name(tmp_path):
    import shutil

    from auditor.extract.events import load_events
    from auditor.resources import default_rules_dir

    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    events = rules / "lexicon" / "events.yaml"
    events.write_text(events.read_text().replace('"in operation since",', '"in operation",', 1))
    with pytest.raises(ValueError, match="since_states: opening"):
        load_events(rules)
