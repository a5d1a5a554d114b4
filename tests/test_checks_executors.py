"""The five executors on hand-built claims, with the default pack's rules."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_fixtures import claim, document, money

from auditor.checks import CheckContext, run_checks
from auditor.checks.facts import parse_facts
from auditor.checks.rulefile import load_rules
from auditor.model import EntityRef, Qualifiers, Severity, TimeRef

RULES = {rule.id: rule for rule in load_rules()}


def run(rule_id, claims, documents=(), facts=None):
    return run_checks([RULES[rule_id]], claims, documents, FACTS if facts is None else facts)


def raised(amount, surface, path, *, subject="Nordvik Shipping", year=2021, source="sentence", qualifier="exact", **kw):
    sentence = f"{subject} raised {surface} in funding."
    return claim(sentence, surface, path=path, value=money(amount, qualifier=qualifier), subject=subject,
                 event=kw.pop("event", "funding-round"), year=year, year_source=source, **kw)


# ---------------------------------------------------------------- figure-mismatch


def test_figure_mismatch_reports_disagreeing_figures_with_both_sides():
    a = raised(1.5e9, "$1.5 billion", "a.txt")
    b = raised(2e9, "more than $2 billion", "b.txt", qualifier="over")
    findings = run("figure-mismatch", [a, b])
    assert len(findings) == 1
    finding = findings[0]
    assert finding.rule == "figure-mismatch" and finding.severity == Severity.ERROR
    assert [e.path for e in finding.evidence] == ["a.txt", "b.txt"]
    assert "$1.5 billion" in finding.message and "more than $2 billion" in finding.message
    assert "a.txt:1" in finding.message and "{" not in finding.message
    assert len(finding.fingerprint) == 16


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ((110e9, "over $110 billion", "over"), (110e9, "$110 billion", "exact")),
        ((1.3e9, "about $1.3 billion", "about"), (1.28e9, "$1.28 billion", "exact")),
    ],
)
def test_figure_mismatch_allows_qualifiers_and_rounding(first, second):
    a = raised(first[0], first[1], "a.txt", qualifier=first[2])
    b = raised(second[0], second[1], "b.txt", qualifier=second[2])
    assert run("figure-mismatch", [a, b]) == []


def test_figure_mismatch_a_recurring_event_in_stories_months_apart_is_two_occurrences():
    from auditor.model import TimeRef

    def fined(amount, surface, path, when, **kw):
        sentence = f"Regulators fined Corvane Systems {surface}."
        c = claim(sentence, surface, path=path, value=money(amount), subject="Corvane Systems", event="fine",
                  lasts="one-off", **kw)
        return c.model_copy(update={"time": TimeRef(year=when.year, month=when.month, day=when.day, source="metadata", text=str(when))})

    same_story = [fined(497e6, "EUR 497 million", "a.txt", dt.date(2024, 3, 24)),
                  fined(520e6, "EUR 520 million", "b.txt", dt.date(2024, 4, 2))]
    assert len(run("figure-mismatch", same_story)) == 1
    years_apart = [fined(497e6, "EUR 497 million", "a.txt", dt.date(2024, 3, 24)),
                   fined(899e6, "EUR 899 million", "b.txt", dt.date(2028, 2, 27))]
    assert run("figure-mismatch", years_apart) == []
    # A target named on both sides ties stories up to a year apart into one deal ...
    target = {"object": EntityRef(name="Lumen Data", type="organisation", surface="Lumen Data")}
    months_apart = [fined(497e6, "EUR 497 million", "a.txt", dt.date(2024, 3, 24)),
                    fined(520e6, "EUR 520 million", "b.txt", dt.date(2024, 11, 2))]
    assert run("figure-mismatch", months_apart) == []
    assert len(run("figure-mismatch", [c.model_copy(update=target) for c in months_apart])) == 1
    # ... but not years apart: a bid that failed, and another one later.
    assert run("figure-mismatch", [c.model_copy(update=target) for c in years_apart]) == []
    # A round or a phase is unique to its subject, however far apart the stories.
    first_close = {"qualifiers": Qualifiers(phase="close 1")}
    assert len(run("figure-mismatch", [c.model_copy(update=first_close) for c in years_apart])) == 1


def test_figure_mismatch_one_targets_deal_agreed_and_completed_across_a_new_year_has_one_price():
    from auditor.model import TimeRef

    def bought(amount, surface, path, when):
        sentence = f"Velstra Pharma agreed to buy Tolland Bio for {surface}."
        c = claim(sentence, surface, path=path, value=money(amount, unit="CHF"), subject="Velstra Pharma",
                  event="acquisition", obj="Tolland Bio", lasts="one-off")
        return c.model_copy(update={"time": TimeRef(year=when.year, month=when.month, source="sentence", text=str(when))})

    agreed = bought(2.6e9, "CHF 2.6 billion", "a.txt", dt.date(2024, 10, 1))
    assert len(run("figure-mismatch", [agreed, bought(2.4e9, "CHF 2.4 billion", "b.txt", dt.date(2025, 3, 18))])) == 1
    assert run("figure-mismatch", [agreed, bought(2.4e9, "CHF 2.4 billion", "b.txt", dt.date(2026, 9, 1))]) == []


def test_figure_mismatch_one_story_s_stock_now_and_later_or_on_two_dates_is_no_conflict():
    from auditor.model import TimeRef

    def storeys(value, surface, line, tense, when=None):
        sentence = f"The Vell Tower {'will have' if tense == 'future' else 'has'} {surface}."
        c = claim(sentence, surface, line=line, kind="count", value=money(value, unit="count", kind="count"),
                  subject="Vell Tower", event="storeys", lasts="stock", tense=tense)
        return c.model_copy(update={"time": when}) if when else c

    assert run("figure-mismatch", [storeys(141, "141 storeys", 1, "present"), storeys(160, "160 storeys", 3, "future")]) == []
    assert len(run("figure-mismatch", [storeys(141, "141 storeys", 1, "present"), storeys(160, "160 storeys", 3, "present")])) == 1
    dated = TimeRef(year=2024, month=3, day=16, source="sentence", text="March 16")
    assert run("figure-mismatch", [storeys(141, "141 storeys", 1, "present"), storeys(160, "160 storeys", 3, "present", dated)]) == []
    # One story's stock at two months it states is two moments.
    october = TimeRef(year=2024, month=10, source="heading", text="October 2024")
    assert run("figure-mismatch", [storeys(141, "141 storeys", 1, "present", october),
                                   storeys(160, "160 storeys", 3, "present", dated)]) == []
    # A figure a table dates to its year and one its sentence dates to a month of that year are one year's.
    table_year = TimeRef(year=2024, source="heading", text="2024")
    assert len(run("figure-mismatch", [storeys(141, "141 storeys", 1, "present", table_year),
                                       storeys(160, "160 storeys", 3, "present", dated)])) == 1


def test_figure_mismatch_a_month_s_flow_is_not_its_year_s():
    from auditor.model import TimeRef

    def deficit(value, surface, line, when):
        c = claim(f"The Arland trade deficit was {surface}.", surface, line=line, value=money(value),
                  subject="Arland", event="deficit", lasts="periodic", tense="past")
        return c.model_copy(update={"time": when})

    september = TimeRef(year=2024, month=9, source="sentence", text="September 2024")
    this_year = TimeRef(year=2024, source="sentence", text="this year")
    assert run("figure-mismatch", [deficit(66e9, "$66 billion", 1, september), deficit(530e9, "$530 billion", 3, this_year)]) == []


def test_figure_mismatch_a_flow_dated_by_its_year_s_last_day_is_the_year_s():
    from auditor.model import TimeRef

    def profit(value, surface, line, when):
        c = claim(f"Net profit rose to {surface}.", surface, line=line, value=money(value),
                  subject="Kornhaus Backwaren", event="profit", lasts="periodic", tense="past")
        return c.model_copy(update={"time": when})

    # "results for the year ended 31 December 2024" over the text, "2024" over the table's column.
    year_end = TimeRef(year=2024, month=12, day=31, precision="day", source="heading", text="31 December 2024")
    column = TimeRef(year=2024, source="heading", text="2024")
    assert len(run("figure-mismatch", [profit(52e6, "EUR 52 million", 1, year_end), profit(57e6, "57", 9, column)])) == 1


def test_figure_mismatch_one_part_of_a_year_dated_by_a_story_of_that_year_meets_the_stated_one():
    from auditor.model import TimeRef

    def half(value, surface, path, when):
        c = claim(f"First-half revenue was {surface}.", surface, path=path, value=money(value), subject="Harlow Brick",
                  event="revenue", lasts="periodic", tense="past", qualifiers={"period": "half"})
        return c.model_copy(update={"time": when})

    july_story = TimeRef(year=2025, month=7, source="document", text="2025-07-30")
    stated = TimeRef(year=2025, source="sentence", text="2025")
    assert len(run("figure-mismatch", [half(772e6, "EUR 772 million", "a.txt", july_story), half(794e6, "EUR 794m", "b.txt", stated)])) == 1
    # A story of another year tells another year's half.
    later_story = TimeRef(year=2026, month=7, source="document", text="2026-07-30")
    assert run("figure-mismatch", [half(772e6, "EUR 772 million", "a.txt", later_story), half(794e6, "EUR 794m", "b.txt", stated)]) == []


def test_figure_mismatch_ignores_different_rounds_in_different_years():
    a = raised(20e6, "$20 million", "a.txt", year=2019)
    b = raised(75e6, "$75 million", "b.txt", year=2022)
    assert run("figure-mismatch", [a, b]) == []


def test_figure_mismatch_never_compares_currencies_without_rates():
    a = raised(20e6, "$20 million", "a.txt")
    b = claim("Nordvik Shipping raised €45 million in funding.", "€45 million", path="b.txt",
              value=money(45e6, unit="EUR"), subject="Nordvik Shipping", event="funding-round", year=2021)
    assert run("figure-mismatch", [a, b]) == []


# ---------------------------------------------------------------- year-mismatch


@pytest.mark.parametrize(
    ("sources", "severity"),
    [
        (("sentence", "sentence"), Severity.ERROR),
        (("sentence", "document"), Severity.WARNING),
        (("section", "document"), Severity.WARNING),
    ],
)
def test_year_mismatch_severity_follows_evidence(sources, severity):
    a = raised(245e6, "$245 million", "a.txt", year=2019, source=sources[0])
    b = raised(245e6, "$245 million", "b.txt", year=2021, source=sources[1])
    findings = run("year-mismatch", [a, b])
    assert len(findings) == 1
    assert findings[0].severity == severity
    assert "2019" in findings[0].message and "2021" in findings[0].message
    assert {e.year for e in findings[0].evidence} == {2019, 2021}


def test_year_mismatch_never_made_by_documents_dates_alone():
    # Two years taken from the documents' dates were said of nothing: the
    # figure may be an old deal reported again.
    a = raised(245e6, "$245 million", "a.txt", year=2019, source="document")
    b = raised(245e6, "$245 million", "b.txt", year=2021, source="metadata")
    assert run("year-mismatch", [a, b]) == []


def test_year_mismatch_a_story_s_publication_year_bounds_what_it_tells_as_done():
    stated = raised(245e6, "$245 million", "a.txt", year=2019, source="sentence")
    # Told as done in a story of 2021: it happened by 2021, so in 2019 fits.
    assert run("year-mismatch", [stated, raised(245e6, "$245 million", "b.txt", year=2021, source="metadata")]) == []
    # Told as done in a story of 2017: it cannot have happened in 2019.
    assert len(run("year-mismatch", [stated, raised(245e6, "$245 million", "b.txt", year=2017, source="metadata")])) == 1
    # A year the document states for what it tells is not its publication date.
    assert len(run("year-mismatch", [stated, raised(245e6, "$245 million", "b.txt", year=2021, source="document")])) == 1


def test_year_mismatch_only_for_one_off_figures():
    # Revenue has a figure per year: the same revenue in two years is no misdating.
    a = raised(245e6, "$245 million", "a.txt", year=2019, lasts="periodic")
    b = raised(245e6, "$245 million", "b.txt", year=2021, lasts="periodic")
    assert run("year-mismatch", [a, b]) == []


def test_year_mismatch_silent_when_years_agree_or_figures_differ():
    same_year = [raised(245e6, "$245 million", "a.txt"), raised(245e6, "$245 million", "b.txt")]
    assert run("year-mismatch", same_year) == []
    other_round = [raised(245e6, "$245 million", "a.txt", year=2019), raised(80e6, "$80 million", "b.txt", year=2021)]
    assert run("year-mismatch", other_round) == []


# ---------------------------------------------------------------- attribution-conflict


def _commitment(subject, surface, amount, path, event, **kw):
    sentence = f"{subject} committed {surface}."
    return claim(sentence, surface, path=path, value=money(amount), subject=subject, event=event, **kw)


def test_attribution_conflict_subject_of_one_is_object_of_other():
    a = _commitment("Copperline Mining", "$4.7 billion", 4.7e9, "a.txt", "plan", obj="Chile",
                    purpose="modernise Chile's ports")
    b = _commitment("Chile", "$4.7 billion", 4.7e9, "b.txt", "pledge", purpose="modernise its ports")
    findings = run("attribution-conflict", [a, b])
    assert len(findings) == 1
    assert "Copperline Mining" in findings[0].message and "Chile" in findings[0].message
    assert len(findings[0].evidence) == 2


def test_attribution_conflict_a_floor_and_a_sum_need_a_strong_link():
    # "more than £1.5bn" on tracks and "£1.5bn" for jets, both in the United
    # Kingdom: a floor states no sum of its own, so a weak link (one place)
    # does not make it another party's figure; a strong one (a beneficiary
    # both name) still does.
    def placed(c):
        return c.model_copy(update={"places": ("United Kingdom",)})

    def floor(**kw):
        return placed(claim("Network Rail will spend more than £1.5bn.", "more than £1.5bn", path="a.txt",
                            value=money(1.5e9, low=1.5e9, qualifier="over", unit="GBP"), subject="Network Rail",
                            event="spending", year=2009, **kw))

    def exact(subject, path, **kw):
        return placed(claim(f"{subject} will spend £1.5bn.", "£1.5bn", path=path, value=money(1.5e9, unit="GBP"),
                            subject=subject, event="spending", year=2009, **kw))

    assert len(run("attribution-conflict", [exact("Network Rail", "a.txt"), exact("Norwegian Air", "b.txt")])) == 1
    assert run("attribution-conflict", [floor(), exact("Norwegian Air", "b.txt")]) == []
    assert len(run("attribution-conflict", [floor(obj="Norwegian Air"), exact("Norwegian Air", "b.txt")])) == 1


def test_attribution_conflict_ignores_different_event_families():
    a = _commitment("Orchard Foods", "$60 million", 60e6, "a.txt", "acquisition", obj="Brightwell")
    b = _commitment("Tidewater Robotics", "$60 million", 60e6, "b.txt", "funding-round")
    assert run("attribution-conflict", [a, b]) == []


def test_attribution_conflict_one_deal_told_as_a_contract_and_as_an_order():
    # One deal is a contract won by its supplier in one story and an order won
    # in another: crediting it to two suppliers is a conflict.
    a = _commitment("Verwey Coatings", "EUR 38 million", 38e6, "a.txt", "contract", obj="Baltrum Offshore")
    b = _commitment("Hallberg Paint", "EUR 38 million", 38e6, "b.txt", "order", obj="Baltrum Offshore")
    assert len(run("attribution-conflict", [a, b])) == 1


def test_attribution_conflict_needs_a_topical_link():
    a = _commitment("Copperline Mining", "$4.7 billion", 4.7e9, "a.txt", "plan", purpose="new smelter")
    b = _commitment("Chile", "$4.7 billion", 4.7e9, "b.txt", "pledge", purpose="school meals programme")
    assert run("attribution-conflict", [a, b]) == []


def test_attribution_conflict_round_figures_need_a_strong_link():
    weak = [
        _commitment("Alpha Co", "$50 million", 50e6, "a.txt", "pledge", purpose="rural broadband rollout"),
        _commitment("Beta Co", "$50 million", 50e6, "b.txt", "pledge", purpose="rural broadband expansion plan"),
    ]
    assert run("attribution-conflict", weak) == []
    strong = [
        _commitment("Alpha Co", "$50 million", 50e6, "a.txt", "pledge", obj="Kenya"),
        _commitment("Beta Co", "$50 million", 50e6, "b.txt", "pledge", obj="Kenya"),
    ]
    assert len(run("attribution-conflict", strong)) == 1


def test_attribution_conflict_one_specific_sum_at_one_place_is_a_weak_topic():
    def listing(subject, amount, surface, path, places):
        return _commitment(subject, surface, amount, path, "funding-round").model_copy(update={"places": places})

    specific = [listing("Ostra Foundry", 780e6, "$780 million", "a.txt", ("Toronto",)),
                listing("Velo Foundry", 780e6, "$780 million", "b.txt", ("Toronto",))]
    findings = run("attribution-conflict", specific)
    assert len(findings) == 1 and "Toronto" in findings[0].message
    # Elsewhere, or a round sum at one place: no topic strong enough.
    assert run("attribution-conflict", [specific[0], listing("Velo Foundry", 780e6, "$780 million", "b.txt", ("Lagos",))]) == []
    round_sums = [listing("Ostra Foundry", 800e6, "$800 million", "a.txt", ("Toronto",)),
                  listing("Velo Foundry", 800e6, "$800 million", "b.txt", ("Toronto",))]
    assert run("attribution-conflict", round_sums) == []


def test_attribution_conflict_a_section_s_year_does_not_date_a_deal():
    # "Commissioning, June 2023" over "built the line under a EUR 145 million
    # contract", against "won the EUR 145 million contract in 2021": the
    # section's year dates the report's part, not the contract.
    def contract(subject, path, time):
        told = _commitment(subject, "EUR 145 million", 145e6, path, "contract")
        return told.model_copy(update={"context": ("Groupe Vernoux",), "time": time})

    in_section = TimeRef(year=2023, month=6, precision="month", source="section", text="June 2023")
    in_sentence = TimeRef(year=2021, precision="year", source="sentence", text="2021")
    found = run("attribution-conflict", [contract("Ferrand Ingénierie", "a.txt", in_section), contract("Kolbeck Process", "b.txt", in_sentence)])
    assert len(found) == 1
    # Two years the sentences give keep a weak topic's sums apart.
    in_sentence_2023 = in_section.model_copy(update={"source": "sentence"})
    assert run("attribution-conflict", [contract("Ferrand Ingénierie", "a.txt", in_sentence_2023), contract("Kolbeck Process", "b.txt", in_sentence)]) == []


def test_attribution_conflict_two_sides_of_one_contract_are_no_conflict():
    won = _commitment("Harrow Defence", "$4.7 billion", 4.7e9, "a.txt", "contract", obj="Tanker Command")
    won = won.model_copy(update={"evidence": won.evidence.model_copy(update={"sentence": "Harrow Defence won a $4.7 billion contract from Tanker Command."})})
    awarded = _commitment("Tanker Command", "$4.7 billion", 4.7e9, "b.txt", "contract", obj="Harrow Defence")
    assert run("attribution-conflict", [won, awarded]) == []
    # A pledge credited to a backer and to its beneficiary is the conflict itself.
    plan = _commitment("Copperline Mining", "$4.7 billion", 4.7e9, "a.txt", "plan", obj="Chile")
    pledge = _commitment("Chile", "$4.7 billion", 4.7e9, "b.txt", "pledge")
    assert len(run("attribution-conflict", [plan, pledge])) == 1


def test_attribution_conflict_a_crowded_purpose_word_does_not_link_on_its_own():
    # Alike purposes sharing one word: compared while the word is rare ...
    pair = [
        _commitment("Alpha Co", "$4.7 billion", 4.7e9, "a.txt", "pledge", purpose="harbour dredging"),
        _commitment("Beta Co", "$4.7 billion", 4.7e9, "b.txt", "pledge", purpose="harbour dredger"),
    ]
    assert len(run("attribution-conflict", pair)) == 1
    # ... not once a crowd of claims (more than 200) shares it.
    crowd = [
        _commitment(f"Crowd {i}", "a sum", 1e12 * 1.5**i, f"crowd{i}.txt", "pledge", purpose=f"harbour plan{i}")
        for i in range(220)
    ]
    assert run("attribution-conflict", pair + crowd) == []


# ---------------------------------------------------------------- timeline


def _as_of(year, path="a.txt", line=1):
    return claim(f"As of {year}, the library is closed.", f"As of {year}", path=path, line=line, kind="date",
                 event="as-of", year=year, tense="present")


def _event(year, *, path="a.txt", line=2, tense="past", text=None):
    sentence = f"In {year}, the library reopened." if text is None else text
    return claim(sentence, str(year), path=path, line=line, kind="date", event="event", year=year, tense=tense,
                 time_text=text and text.split(" ")[1] or str(year))


def test_timeline_reports_events_after_the_stated_present():
    findings = run("timeline", [_as_of(2022), _event(2025)])
    assert len(findings) == 1
    assert "2022" in findings[0].message and "2025" in findings[0].message
    assert len(findings[0].evidence) == 2


def test_timeline_allows_plans_earlier_events_and_ranges():
    plan = _event(2026, tense="future", line=3)
    earlier = _event(2021, line=4)
    span = claim("The 2022\u20132026 strategy continues.", "2022\u20132026", line=5, kind="date", event="event",
                 year=2026, time_text="2022\u20132026")
    assert run("timeline", [_as_of(2022), plan, earlier, span]) == []


def test_timeline_is_per_document():
    assert run("timeline", [_as_of(2022, path="a.txt"), _event(2025, path="b.txt")]) == []


def test_timeline_uses_front_matter_date():
    doc = document("a.md", ["x", "y", "z"], date=dt.date(2020, 5, 1))
    findings = run("timeline", [_event(2023, path="a.md")], documents=[doc])
    assert len(findings) == 1 and "2020" in findings[0].message


# ---------------------------------------------------------------- reference-conflict

FACTS = parse_facts(
    """
- subject: Toyota
  attribute: country
  value: Japan
  note: Toyota City, Japan
- subject: Toyota
  attribute: founded
  value: 1937
- subject: Nordvik Shipping
  attribute: amount
  event: funding-round
  value: 245 million
  unit: USD
""",
    "facts.yaml",
)


def _attr(subject, name, value, path="a.txt"):
    return claim(f"{subject} ({name}: {value}).", value, path=path, kind="attribute", subject=subject,
                 attribute=(name, value))


def test_reference_conflict_reports_contradictions_with_the_fact_line():
    findings = run("reference-conflict", [_attr("Toyota", "country", "DE"), _attr("Toyota", "founded", "1950")])
    assert len(findings) == 2
    lines = sorted(f.reference.line for f in findings)
    assert lines == [2, 6]
    assert all("facts.yaml" in f.message for f in findings)


def test_reference_conflict_silent_when_claims_agree():
    agreeing = [_attr("Toyota", "country", "JP"), _attr("Toyota", "founded", "1937"),
                raised(245e6, "$245 million", "b.txt")]
    assert run("reference-conflict", agreeing) == []


def test_reference_conflict_amounts():
    findings = run("reference-conflict", [raised(300e6, "$300 million", "b.txt")])
    assert len(findings) == 1 and findings[0].reference.attribute == "amount"


def test_reference_conflict_a_name_without_its_leading_generic_word_is_the_fact_s_subject():
    facts = parse_facts(
        "- subject: Reifenwerk Kalden\n  attribute: founded\n  value: 1911\n"
        "- subject: Halvard Capital\n  attribute: founded\n  value: 1990\n",
        "facts.yaml",
    )
    (finding,) = run("reference-conflict", [_attr("Kalden", "founded", "1919")], facts=facts)
    assert "1911" in finding.message and "1919" in finding.message
    # A closing word that says what a company is ("Capital") is no short form of one.
    assert run("reference-conflict", [_attr("Capital", "founded", "1970")], facts=facts) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Kvam Vet ended June with 254 clinics: 131 in Sweden, 52 in Norway, 29 in Denmark and 38 in Finland.", 1),
        ("Kvam Paint makes paint at 17 factories: seven in Belgium and the Netherlands, five in Poland, four in Turkey and two in Chile.", 1),
        ("Kvam Vet ended June with 250 clinics: 131 in Sweden, 52 in Norway, 29 in Denmark and 38 in Finland.", 0),
        ("Kvam Vet ended June with 254 clinics: 131 in Sweden and most of the rest in Norway.", 0),
    ],
)
def test_parts_sum_a_count_broken_down_by_place_after_a_colon(text, found):
    from auditor.extract import extract_document, load_knowledge
    from auditor.sources import parse_document

    claims = extract_document(parse_document("a.txt", text.encode("utf-8")), load_knowledge()).claims
    assert len(run("parts-sum", claims)) == found


def test_reference_conflict_without_facts_is_silent():
    assert run("reference-conflict", [_attr("Toyota", "country", "DE")], facts=()) == []


def test_context_links_once_per_option_set():
    context = CheckContext(claims=[raised(245e6, "$245 million", "a.txt")])
    for rule_id in ("figure-mismatch", "year-mismatch"):
        run_checks([RULES[rule_id]], [], context=context)
    assert len(context._facts) == 1


# ------------------------------------------- figure-mismatch: periods and pieces


def test_figure_mismatch_a_flow_dated_only_by_its_story_is_not_held_against_a_stated_year():
    def revenue(amount, surface, path, source):
        return claim(f"Pellam Foods had revenue of {surface}.", surface, path=path, value=money(amount),
                     subject="Pellam Foods", event="revenue", lasts="periodic", year=2024, year_source=source)

    # A story of January 2024 tells a quarter it does not name; another says "in 2024".
    assert run("figure-mismatch", [revenue(4.2e9, "$4.2 billion", "a.txt", "metadata"),
                                   revenue(1.1e9, "$1.1 billion", "b.txt", "sentence")]) == []
    # Both years stated where the figures are: one period, two figures.
    assert len(run("figure-mismatch", [revenue(4.2e9, "$4.2 billion", "a.txt", "sentence"),
                                       revenue(1.1e9, "$1.1 billion", "b.txt", "sentence")])) == 1


# --------------------------------------- attribution-conflict: common figures


def test_attribution_conflict_one_figure_credited_to_many_parties_by_a_weak_topic_is_common():
    def backed(subject, path, year=2025):
        return _commitment(subject, "$512 million", 512e6, path, "pledge", year=year).model_copy(
            update={"context": ("Orlen Grid",)}
        )

    two = [backed("Alder Capital", "a.txt"), backed("Birch Capital", "b.txt")]
    assert len(run("attribution-conflict", two)) == 1
    # Three backers of one sum in stories that share only what they are about.
    assert run("attribution-conflict", [*two, backed("Cedar Capital", "c.txt")]) == []
    # A weak topic joins only figures of one year.
    assert run("attribution-conflict", [two[0], backed("Birch Capital", "b.txt", year=2022)]) == []
    # A strong link (one beneficiary named by all) still stands for each pair.
    named = [_commitment(s, "$512 million", 512e6, p, "pledge", obj="Orlen Grid")
             for s, p in (("Alder Capital", "a.txt"), ("Birch Capital", "b.txt"), ("Cedar Capital", "c.txt"))]
    assert len(run("attribution-conflict", named)) == 3


def test_figure_mismatch_a_thing_s_figure_is_one_occurrence_only_when_both_are_the_thing_s():
    from auditor.model import EntityRef, TimeRef

    def worth(amount, surface, path, when, kind):
        c = claim(f"It is worth {surface}.", surface, path=path, value=money(amount), subject="Kestle", event="valuation",
                  lasts="one-off")
        return c.model_copy(update={"subject": EntityRef(name="Kestle", type=kind, surface="Kestle"),
                                    "time": TimeRef(year=when.year, month=when.month, day=when.day, source="metadata", text="")})

    early, late = dt.date(2021, 3, 1), dt.date(2024, 3, 1)
    assert len(run("figure-mismatch", [worth(4e9, "$4 billion", "a.txt", early, "product"),
                                       worth(9e9, "$9 billion", "b.txt", late, "product")])) == 1
    assert run("figure-mismatch", [worth(4e9, "$4 billion", "a.txt", early, "product"),
                                   worth(9e9, "$9 billion", "b.txt", late, "organisation")]) == []


def test_figure_mismatch_one_story_s_level_now_and_of_a_year_it_states_are_two_facts():
    now = claim("Toyfort has a debt of $7.9 billion.", "$7.9 billion", line=1, value=money(7.9e9), subject="Toyfort",
                event="debt", lasts="stock", year=2017, year_source="metadata")
    then = claim("It was under a $5 billion debt since 2005.", "$5 billion", line=3, value=money(5e9), subject="Toyfort",
                 event="debt", lasts="stock", year=2005, year_source="sentence")
    assert run("figure-mismatch", [now, then]) == []


def test_timeline_takes_no_present_from_a_month_without_its_year(tmp_path):
    from click.testing import CliRunner

    from auditor.cli import main

    (tmp_path / "a.md").write_text(
        "---\ndate: 2008-04-12\n---\nThe cover applies to claims of up to A$20,000, but as of June 17 many items are "
        "no longer covered.\n\nThe fund was established in March to refund buyers.\n"
    )
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "json", "--no-cache", "--fail-on", "never"])
    import json

    assert [f for f in json.loads(result.output)["findings"] if f["rule"] == "timeline"] == []


def test_figure_mismatch_a_stock_s_target_by_a_year_is_not_today_s_stock(tmp_path):
    from click.testing import CliRunner

    from auditor.cli import main

    (tmp_path / "a.md").write_text("---\ndate: 2025-03-01\n---\nHoltby Cranes has a fleet of 640 cranes.\n")
    (tmp_path / "b.md").write_text("---\ndate: 2025-10-01\n---\nHoltby Cranes says its fleet will grow to 700 cranes by 2027.\n")
    (tmp_path / "c.md").write_text("---\ndate: 2025-06-01\n---\nHoltby Cranes has a fleet of 690 cranes.\n")
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "json", "--no-cache", "--fail-on", "never"])
    import json

    quoted = [sorted(e["text"] for e in f["evidence"]) for f in json.loads(result.output)["findings"]]
    assert quoted == [["640 cranes", "690 cranes"]]


def test_figure_mismatch_a_planned_count_for_when_a_milestone_is_reached_is_no_count_of_today():
    from auditor.checks.figure_mismatch import rivals

    today = claim("The plant employs 260 people.", "260 people", path="a.txt", kind="count", subject="Komnik Plant",
                  event="employees", lasts="stock", tense="present")
    planned = claim("The plant will employ about 400 people once a second hall is finished.", "about 400 people",
                    path="b.txt", kind="count", subject="Komnik Plant", event="employees", lasts="stock", tense="future")
    unconditional = claim("The plant will employ about 400 people.", "about 400 people", path="b.txt", kind="count",
                          subject="Komnik Plant", event="employees", lasts="stock", tense="future")
    assert not rivals(today, planned)
    assert rivals(today, unconditional)


def test_figure_mismatch_a_count_hoped_for_is_no_count_of_today():
    from auditor.checks.figure_mismatch import rivals

    today = claim("The Milan club has 5,100 members.", "5,100 members", path="a.txt", kind="count", subject="Ironleaf",
                  event="users", lasts="stock", tense="present")
    hoped = claim("The chain hopes the club will sign up 6,000 members within a year.", "6,000 members", path="b.txt",
                  kind="count", subject="Ironleaf", event="users", lasts="stock", tense="future")
    told = claim("The club will have 6,000 members.", "6,000 members", path="b.txt", kind="count", subject="Ironleaf",
                 event="users", lasts="stock", tense="future")
    assert not rivals(today, hoped)
    assert rivals(today, told)


def test_figure_mismatch_an_undated_story_s_stock_is_not_held_against_a_year_another_states():
    dated = claim("Brevik's debt would reach $1.5 billion in 2010.", "$1.5 billion", path="a.txt", value=money(1.5e9),
                  subject="Brevik", event="debt", lasts="stock", year=2010, year_source="sentence")
    undated = claim("Brevik has a $4 billion debt.", "$4 billion", path="b.txt", value=money(4e9), subject="Brevik",
                    event="debt", lasts="stock")
    assert undated.time is None
    assert run("figure-mismatch", [dated, undated]) == []
    # A one-off deed is one fact whenever it is told.
    paid = claim("Brevik paid $1.5 billion for Olm in 2010.", "$1.5 billion", path="a.txt", value=money(1.5e9),
                 subject="Brevik", event="acquisition", lasts="one-off", year=2010, year_source="sentence")
    told = claim("Brevik paid $4 billion for Olm.", "$4 billion", path="b.txt", value=money(4e9), subject="Brevik",
                 event="acquisition", lasts="one-off")
    assert len(run("figure-mismatch", [paid, told])) == 1


def test_figure_mismatch_figures_further_apart_than_a_slip_of_scale_are_two_things():
    from auditor.checks.figure_mismatch import rivals

    project = claim("Parliament approved the Harlow Link tunnel as a £15 billion construction project.", "£15 billion",
                    path="a.txt", value=money(15e9, unit="GBP"), subject="Harlow Link", event="cost", lasts="one-off")
    offer = claim("About £50 will be offered to each landowner by Harlow Link.", "£50", path="b.txt",
                  value=money(50, unit="GBP", precision=0.5), subject="Harlow Link", event="cost", lasts="one-off")
    slip = claim("Harlow Link will cost £15 million.", "£15 million", path="b.txt", value=money(15e6, unit="GBP"),
                 subject="Harlow Link", event="cost", lasts="one-off")
    assert not rivals(project, offer)
    assert rivals(project, slip)  # a thousandfold: million written for billion, the kind of slip a reader wants found


def test_year_mismatch_a_facilitys_cost_is_one_sum_whenever_it_is_told(tmp_path):
    # The year beside it dates the wind farm's completion or the report, not the sum.
    from click.testing import CliRunner

    from auditor.cli import main

    (tmp_path / "a.txt").write_text(
        "Brannmor Energy said its Skarholt wind farm would be completed in 2027 at a cost of NOK 18 billion.\n"
    )
    (tmp_path / "b.md").write_text(
        "---\ntitle: Nordic utilities, Q2 2025\ndate: 2025-08-20\n---\n\n# Nordic utilities, Q2 2025\n\n"
        "**Brannmor Energy.** The Norwegian group's Skarholt wind farm is now budgeted at NOK 18 billion.\n"
    )
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "json", "--no-cache", "--fail-on", "never"])
    import json

    assert [f for f in json.loads(result.output)["findings"] if f["rule"] == "year-mismatch"] == []


def test_figure_mismatch_one_stock_at_two_months_it_states_is_two_moments():
    from auditor.extract import extract_document, load_knowledge
    from auditor.sources import parse_document

    def claims_of(path, text):
        return list(extract_document(parse_document(path, text.encode("utf-8")), load_knowledge()).claims)

    told = claims_of("wire.txt", "Brakwater Marine Contractors ended December 2024 with an order book of EUR 5.2 billion.")
    assert run("figure-mismatch", told + claims_of("report.md", table_text(4870, 5200))) == []
    assert len(run("figure-mismatch", told + claims_of("report.md", table_text(4870, 4900)))) == 1


def table_text(june: int, december: int) -> str:
    return (
        "# Brakwater Marine Contractors half-year report 2025\n\nBrakwater Marine Contractors reported its results.\n\n"
        "| EUR million | H1 2025 | H1 2024 | FY 2024 |\n|---|---|---|---|\n"
        f"| Order book, end of period | 5,900 | {june:,} | {december:,} |\n"
    )


def test_figure_mismatch_a_count_hoped_for_is_no_rival_of_a_count_done_whatever_it_lasts():
    done = claim(
        "Funerals conducted 23,900", "23,900", path="r.txt", line=1, kind="count", value=money(23900, kind="count", unit="count", precision=0.5),
        subject="Ashcombe Funerals", event="funeral", year=2025, tense=None, lasts="one-off",
    )
    hoped = claim(
        "We continue to expect to conduct around 48,000 funerals in 2025.", "around 48,000 funerals", path="r.txt", line=3,
        kind="count", value=money(48000, kind="count", unit="count", precision=0.5), subject="Ashcombe Funerals",
        event="funeral", year=2025, tense="future", lasts="stock",
    )
    assert run("figure-mismatch", [done, hoped]) == []
    assert run("figure-mismatch", [hoped, done]) == []
    told = claim(
        "We conducted around 48,000 funerals in 2025.", "around 48,000 funerals", path="r.txt", line=3,
        kind="count", value=money(48000, kind="count", unit="count", precision=0.5), subject="Ashcombe Funerals",
        event="funeral", year=2025, tense="past", lasts="stock",
    )
    assert len(run("figure-mismatch", [done, told])) == 1


def test_figure_mismatch_two_forecasts_of_a_year_to_come_are_two_opinions():
    def revenue(sentence, surface, path, amount):
        return claim(
            sentence, surface, path=path, value=money(amount, unit="NOK"), subject="Fjordvolt", event="revenue",
            year=2025, tense="future", lasts="periodic",
        )

    company = revenue("Fjordvolt expects revenue of NOK 1.1 billion this year.", "NOK 1.1 billion", "a.txt", 1.1e9)
    analyst = revenue("We forecast revenue of NOK 1.05 billion this year.", "NOK 1.05 billion", "b.txt", 1.05e9)
    assert run("figure-mismatch", [company, analyst]) == []
    # A plan told as a fact ("will have revenue of") is held to another one.
    planned = revenue("Fjordvolt will have revenue of NOK 1.4 billion this year.", "NOK 1.4 billion", "b.txt", 1.4e9)
    assert len(run("figure-mismatch", [company, planned])) == 1


# ---------------------------------------------------------------- change-mismatch


def _reported(text, path="release.txt"):
    from auditor.extract import extract_document, load_knowledge
    from auditor.sources import parse_document

    claims = extract_document(parse_document(path, text.encode("utf-8")), load_knowledge()).claims
    return run("change-mismatch", claims)


def test_change_mismatch_a_rise_its_figures_do_not_make():
    findings = _reported("Kvam Orgel's revenue rose from EUR 19 million in 2023 to EUR 31 million in 2024, an increase of about 40%.")
    assert len(findings) == 1 and "+63.2%" in findings[0].message


def test_change_mismatch_a_change_against_the_level_a_year_before_elsewhere_in_the_document():
    text = (
        "---\ntitle: Kvam Orgel half-year results 2025\n---\n\n"
        "Kvam Orgel's revenue fell 8% to NOK 3.42 billion in the first half of 2025.\n\n"
        "| NOK million | H1 2025 | H1 2024 |\n|---|---|---|\n| Revenue | 3,420 | {before} |\n"
    )
    assert len(_reported(text.format(before="3,170"), "r.md")) == 1  # 3,170 to 3,420 is a rise of 7.9%
    assert _reported(text.format(before="3,720"), "r.md") == []  # 3,720 to 3,420 is the fall of 8% told


def test_change_mismatch_each_change_goes_with_the_levels_nearest_it():
    text = "Brenna shares rose from $29.65 to $36.77, a 24% rise, while Kvam shares rose from $30.90 to $32.70, up 6%."
    assert _reported(text) == []


def test_change_mismatch_the_level_before_told_right_after_the_new_one():
    assert len(_reported("Kvam Orgel makes organs. EBIT rose 14% to EUR 196 million from EUR 184 million in 2024.")) == 1
    assert _reported("Kvam Orgel makes organs. EBIT rose 6.5% to EUR 196 million from EUR 184 million in 2024.") == []


def test_change_mismatch_leaves_a_change_on_another_basis_alone():
    text = "Kvam Orgel's revenue rose 9% on a like-for-like basis to EUR 455 million in 2024, from EUR 436 million in 2023."
    assert _reported(text) == []


def test_change_mismatch_a_span_from_one_level_to_another_beside_a_change():
    # "from 19 to 31 million euros" is read as a range; beside a change it goes
    # from one end to the other in the change's direction.
    assert len(_reported("Kvam Orgel makes organs. Its revenue grew by about 40 per cent last year, from 19 to 31 million euros.")) == 1
    assert _reported("Kvam Orgel makes organs. Its revenue fell 20 per cent last year, from 31 to 25 million euros.") == []


def test_date_mismatch_leaves_a_plan_given_up_or_denied_alone():
    from auditor.extract import extract_document, load_knowledge
    from auditor.sources import parse_document

    def dates(text, path):
        return list(extract_document(parse_document(path, text.encode("utf-8")), load_knowledge()).claims)

    later = dates("Windows Vista is scheduled to be released in 2007.", "b.txt")
    for told in (
        "Windows Vista was originally due to be released in 2006.",
        "Resellers will not have enough time to prepare for a holiday 2006 launch of Windows Vista.",
    ):
        assert [f for f in run("date-mismatch", dates(told, "a.txt") + later) if "2006" in f.message] == []


def test_figure_mismatch_cites_one_statement_of_each_disagreeing_value():
    release = raised(512e6, "$512 million", "release.txt")
    digest = raised(510e6, "just over $510 million", "digest.txt", qualifier="over")
    feature = raised(468e6, "$468 million", "feature.txt")
    (finding,) = run("figure-mismatch", [release, digest, feature])
    # The digest's rounding agrees with the release: one of the two is cited, as one value.
    cited = sorted(e.path for e in finding.evidence)
    assert len(cited) == 2 and "feature.txt" in cited
    third = raised(300e6, "$300 million", "third.txt")
    (finding,) = run("figure-mismatch", [release, digest, feature, third])
    cited = sorted(e.path for e in finding.evidence)
    assert len(cited) == 3 and {"feature.txt", "third.txt"} <= set(cited)


def test_change_mismatch_a_change_in_points_is_the_difference_of_two_percentages():
    findings = _reported("Kvam Orgel's gross margin improved by 2.1 points to 63.8% from 62.9% in 2024.")
    assert len(findings) == 1 and "+0.9 points" in findings[0].message
    assert _reported("Kvam Orgel's gross margin improved by 0.9 points to 63.8% from 62.9% in 2024.") == []
    assert _reported("Kvam Orgel's gross margin narrowed by 0.9 points to 62.9% from 63.8% in 2024.") == []


def test_points_are_a_percentage_s_only_beside_one():
    from auditor.extract import extract_document, load_knowledge
    from auditor.sources import parse_document

    def figures(text):
        return [c.evidence.text for c in extract_document(parse_document("p.txt", text.encode()), load_knowledge()).claims if c.value]

    assert "2.1 points" in figures("Kvam Orgel's gross margin improved by 2.1 points to 63.8% from 62.9%.")
    assert "13.7 points" in figures("The share rose from 24.9% to 38.6% (i.e. +13.7 points).")
    assert "25 basis points" in figures("The Federal Reserve raised its rate by 25 basis points.")
    # An index's or a score's points are no figure read here.
    assert not any("points" in f for f in figures("The FTSE 100 fell 55 points, or 1.1%, to 4993 points."))
    assert not any("points" in f for f in figures("The Dow fell 340 points on Monday."))


def test_attribution_conflict_two_companies_rounds_of_one_label_are_two_rounds():
    from auditor.extract import extract_document, load_knowledge
    from auditor.sources import parse_document

    def claims(text, path):
        return list(extract_document(parse_document(path, text.encode("utf-8")), load_knowledge()).claims)

    first = claims("Recurra Battery Materials raised a EUR 22 million Series A led by Halbach Ventures.", "a.txt")
    second = claims("Rival Voltmoor Recycling raised a EUR 22m Series A this week.", "b.txt")
    assert run("attribution-conflict", first + second) == []


def test_an_investor_that_leads_a_round_takes_part_in_it():
    from auditor.extract import extract_document, load_knowledge
    from auditor.sources import parse_document

    text = "That yield is what persuaded Halbach Ventures to lead a EUR 22 million Series A."
    (found,) = [c for c in extract_document(parse_document("p.txt", text.encode()), load_knowledge()).claims if c.value]
    assert (found.subject.name, found.role) == ("Halbach Ventures", "participant")
