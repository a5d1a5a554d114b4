"""A timeline entry's opening date ("2021: USD 18 million Series A") dates
what the entry tells; on a company's own page ("Orvik Tang | Our farms",
"About us") an entry that names no one is the company's, in a Markdown list
as in an HTML one. Sentences of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


HTML_PAGE = (
    "<html><head><title>Orvik Tang | Our farms</title></head><body><h1>Our farms</h1>"
    "<p>Orvik Tang grows sugar kelp off northern Norway.</p>"
    "<h2>Milestones</h2><ul>"
    "<li>2019: seed round of USD 8 million</li>"
    "<li>2021: USD 18 million Series A to expand to 14 sites</li>"
    "</ul></body></html>"
)


def test_a_timeline_entry_s_opening_year_dates_its_figures(knowledge):
    claims = claims_of(HTML_PAGE, knowledge, "farms.html")
    for surface, year in (("USD 8 million", 2019), ("USD 18 million", 2021)):
        claim = figure(claims, surface)
        assert (claim.time.year, claim.time.source) == (year, "sentence")


def test_an_entry_of_a_company_s_own_page_naming_no_one_is_the_company_s(knowledge):
    assert figure(claims_of(HTML_PAGE, knowledge, "farms.html"), "USD 18 million").subject.name == "Orvik Tang"


@pytest.mark.parametrize("dash", [":", " \u2013", " -"])
def test_an_entry_of_a_markdown_timeline_is_dated_by_its_year(dash, knowledge):
    text = (
        "---\ntitle: Orvik Tang | About us\n---\n# About us\n\nOrvik Tang grows kelp.\n\n"
        f"- 2019{dash} seed round of USD 8 million\n- 2021{dash} USD 18 million Series A\n"
    )
    claim = figure(claims_of(text, knowledge, "about.md"), "USD 18 million")
    assert claim.time.year == 2021 and claim.subject.name == "Orvik Tang"


def test_a_year_inside_an_entry_s_text_dates_no_other_clause(knowledge):
    text = "Orvik Tang grows kelp. Its revenue, NOK 90 million, was the highest since 2019: the farms grew."
    time = figure(claims_of(text, knowledge), "NOK 90 million").time
    assert time is None or time.year != 2019


@pytest.mark.parametrize(("entry", "event"), [("2016: company founded in Bodø", "founding"), ("2018: first farm opened", "opening")])
def test_an_entry_opening_on_a_noun_and_its_participle_names_its_deed(entry, event, knowledge):
    text = f"---\ntitle: Orvik Tang | About us\n---\n# About us\n\nOrvik Tang grows kelp.\n\n- {entry}\n- 2021: Furnatsch joins the group\n"
    dated = {c.time.year: c for c in claims_of(text, knowledge, "about.md") if c.kind == "date"}
    first = dated[int(entry[:4])]
    assert (first.event, first.subject.name) == (event, "Orvik Tang")
    assert dated[2021].event == "dated"  # a name before the verb: the entry is that name's, not the page's
