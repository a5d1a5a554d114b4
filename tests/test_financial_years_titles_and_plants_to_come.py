"""Financial years told by the month they end, titles that name the year a
report is on, and plants still to be built.

- "The firm moulded 9 million crates in the year to August and ...": the
  year to August is the year the figure is of, told in its sentence, not a
  date of the word after it.
- "Norbrook Ceramics plc" / "Final results for the year ended 30 April
  2025": a subtitle under the title names the year its figures are of,
  2025 as a whole, not the day the year closed.
- "EUR 61.4 million" in an annual report for 2024/25 fits both the
  2024/25 revenue told elsewhere and the outlook for 2025/26: the title's
  year tells which.
- A plant's capacity in the report on 2024 and in a story of May 2025 is
  one capacity, as a headcount is: a plant changes only by an investment a
  story would tell.
- "The mill, the group's third, will be able to process 80,000 tonnes a year":
  a plant still to be built, one part of what its owner will have, never
  its capacity today.
- "Its turnover was EUR 55.1 million in its last financial year", told in
  June 2025, is of the year to September 2024 when another story gives a
  year that ends in September; told in November 2025, of the year after.
- "in its last financial year, to September 2024": the year a comma sets off.
- "SEK 31.4 million in 2024, compared with SEK 24.6 million a year earlier":
  the year before the level's, not before the story's date.
- "In the year to January we made 9 million crates": the speaker's company
  made them; a masthead's "Thursday 18 September 2025" dates its story.
Texts of our own."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from reading_helpers import claims_of, figure, findings


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("The firm moulded 9 million crates in the year to August and sold most of them abroad.", "9 million crates"),
        ("In the year to March the dairy bottled 41 million litres of milk.", "41 million litres"),
        ("Revenue was EUR 58 million in the twelve months to June and the margin widened.", "EUR 58 million"),
    ],
)
def test_a_year_told_by_the_month_it_ends_dates_the_figure(knowledge, sentence, surface):
    text = f"---\ntitle: Crates and milk\ndate: 2025-11-04\n---\n\nBrakel Plastics is based in Ghent. {sentence}\n"
    claim = figure(claims_of(text, knowledge, "story.md"), surface)
    assert claim.time is not None
    assert (claim.time.year, claim.time.source) == (2025, "sentence")


_RESULTS = (
    "Norbrook Ceramics plc\n"
    "Final results for the year ended 30 April 2025\n\n"
    "Stoke-on-Trent, 2 July 2025 - Norbrook Ceramics plc, the tableware maker, announces its results.\n\n"
    "Highlights\n\n"
    "- Revenue up 4% to £142 million\n"
)


def test_a_subtitle_names_the_financial_year_a_release_reports(knowledge):
    claim = figure(claims_of(_RESULTS, knowledge, "results.txt"), "£142 million")
    assert claim.time is not None
    assert (claim.time.year, claim.time.precision, claim.time.source) == (2025, "year", "document")


def test_a_subtitle_without_a_year_gives_the_release_no_year(knowledge):
    text = _RESULTS.replace("Final results for the year ended 30 April 2025", "Final results")
    claim = figure(claims_of(text, knowledge, "results.txt"), "£142 million")
    assert claim.time is None or claim.time.source != "document"


def test_a_release_on_a_year_and_a_story_dating_the_same_year_are_compared():
    story = (
        "---\ntitle: Tableware makers\ndate: 2025-10-01\n---\n\n"
        "Norbrook Ceramics had revenue of £171 million in the year to April 2025, its best ever.\n"
    )
    assert findings("figure-mismatch", **{"results.txt": _RESULTS, "story.md": story})
    agreeing = story.replace("£171 million", "£142 million")
    assert not findings("figure-mismatch", **{"results.txt": _RESULTS, "story.md": agreeing})


_ANNUAL_REPORT = (
    "VALKO TEXTILES OYJ - ANNUAL REPORT 2024/25\n\n"
    "CEO'S REVIEW\n\n"
    "Net sales rose 5% to EUR 61.4 million.\n\n"
    "OUTLOOK\n\n"
    "We expect net sales of EUR 64-66 million in 2025/26.\n"
)


def test_a_report_figure_joins_the_years_fact_its_title_names():
    feature = (
        "---\ntitle: Nordic weavers\ndate: 2025-11-20\n---\n\n"
        "Valko Textiles reported net sales of about EUR 55 million for the year to June.\n"
    )
    found = findings("figure-mismatch", **{"report.txt": _ANNUAL_REPORT, "feature.md": feature})
    assert any("61.4" in f.message and "55" in f.message for f in found)
    agreeing = feature.replace("EUR 55 million", "EUR 61 million")
    assert not findings("figure-mismatch", **{"report.txt": _ANNUAL_REPORT, "feature.md": agreeing})


_PLANT_REPORT = (
    "MORVIK GLASSWORKS AB\n"
    "Year-end report, January-December 2024\n\n"
    "Orrefors, 6 February 2025\n\n"
    "Morvik Glassworks AB today publishes its year-end report for the 2024 financial year.\n\n"
    "Production\n\n"
    "Our Orrefors plant can make 2.4 million bottles a day and ran on three shifts all year.\n"
)


def test_a_plants_capacity_in_a_years_report_and_a_later_story_is_one():
    story = (
        "---\ntitle: Glass\ndate: 2025-05-14\n---\n\n"
        "Morvik Glassworks' plant in Orrefors can turn out 3.1 million bottles a day.\n"
    )
    assert findings("figure-mismatch", **{"report.txt": _PLANT_REPORT, "story.md": story})


def test_a_plant_to_be_built_is_not_its_owners_capacity_today(knowledge):
    wire = (
        "Kelda Oils to build third olive mill\n\n"
        "SEVILLE, June 10, 2025 (Wire) - Kelda Oils, Spain's largest private olive miller, has agreed to build and run "
        "a mill in the south, the company said on Tuesday.\n\n"
        "The mill, the group's third, will be able to process 80,000 tonnes of olives a year and will cost about EUR 40 million.\n"
    )
    report = (
        "---\ntitle: Kelda Oils results 2024\ndate: 2025-03-01\n---\n\n"
        "Kelda Oils is based in Seville. Its two mills have a combined capacity of 310,000 tonnes of olives a year.\n"
    )
    claim = figure(claims_of(wire, knowledge, "wire.txt"), "80,000 tonnes of olives a year")
    assert claim.qualifiers is not None and claim.qualifiers.phase == "mill"
    assert not findings("figure-mismatch", **{"wire.txt": wire, "report.md": report})
    # Told today, a plant's own capacity is still held to what else is told of it.
    built = wire.replace("will be able to process", "can process")
    assert figure(claims_of(built, knowledge, "wire.txt"), "80,000 tonnes of olives a year").qualifiers.phase != "mill"



_BY_ITS_YEAR_END = (
    "ANTWERP, 12 December 2025 (Wire) - Brakel Plastics, the crate maker, "
    "had revenue of EUR 48.5 million in the year to September 2024, its filings show.\n"
)


@pytest.mark.parametrize(
    "blog_date, compared",
    [
        ("2025-06-20", True),  # last ended in September 2024: the year the wire states
        ("2025-11-20", False),  # last ended in September 2025: another year
    ],
)
def test_its_last_financial_year_is_the_one_its_year_end_says(blog_date, compared):
    blog = (
        f"---\ntitle: Crates\ndate: {blog_date}\n---\n\n"
        "Brakel Plastics is based in Ghent. Its turnover was EUR 55.1 million in its last financial year.\n"
    )
    found = findings("figure-mismatch", **{"wire.txt": _BY_ITS_YEAR_END, "blog.md": blog})
    assert bool(found) is compared


def test_its_last_financial_year_is_not_read_without_a_year_end():
    wire = _BY_ITS_YEAR_END.replace("in the year to September 2024", "in 2024")
    blog = (
        "---\ntitle: Crates\ndate: 2025-06-20\n---\n\n"
        "Brakel Plastics is based in Ghent. Its turnover was EUR 55.1 million in its last financial year.\n"
    )
    # Whether a year ends in March or December, "2024" alone does not say.
    assert not findings("figure-mismatch", **{"wire.txt": wire, "blog.md": blog})


def test_in_the_year_to_a_month_we_made_is_the_speakers_company(knowledge):
    text = (
        "---\ntitle: Ada Brakel on crates and plastics\ndate: 2025-06-12\n---\n\n"
        "*Ada Brakel founded Brakel Plastics in Ghent in 2009. We spoke to her at the company's works.*\n\n"
        "**How big is Brakel Plastics today?**\n\n"
        "Bigger than we planned. In the year to January we made 9 million crates, and revenue came in at EUR 12 million.\n"
    )
    claim = figure(claims_of(text, knowledge, "interview.md"), "9 million crates")
    assert claim.subject is not None and claim.subject.name == "Brakel Plastics"


@pytest.mark.parametrize("weekday", ["Thursday ", "Thursday, ", "Thu "])
def test_a_masthead_date_after_a_weekday_dates_the_story(knowledge, weekday):
    page = (
        "<html><head><title>Crate maker adds jobs | Ghent Courier</title></head><body>\n"
        f"<p class=\"byline\">By Lien Maes, Business Reporter \u00b7 {weekday}18 September 2025</p>\n"
        "<p>Brakel Plastics sold 9 million crates last year.</p>\n</body></html>\n"
    )
    claim = figure(claims_of(page, knowledge, "story.html"), "9 million crates")
    assert claim.time is not None and claim.time.year == 2024


def test_a_financial_year_set_off_by_a_comma_dates_the_figure(knowledge):
    text = (
        "---\ntitle: Lamb\ndate: 2025-03-04\n---\n\n"
        "Brakel Lamb sold 12,900 lambs in its last financial year, to September 2024, bringing in nearly EUR 4m.\n"
    )
    claim = figure(claims_of(text, knowledge, "story.md"), "12,900 lambs")
    assert claim.time is not None and (claim.time.year, claim.time.source) == (2024, "sentence")


def test_a_year_after_a_restated_figure_compared_with_is_that_figures(knowledge):
    text = (
        "---\ntitle: Brakel results\ndate: 2025-03-06\n---\n\n"
        "Brakel Backwaren is based in Bielefeld. Revenue rose 7.1% to EUR 286.4 million, "
        "from a restated EUR 267.4 million in 2023.\n"
    )
    claims = claims_of(text, knowledge, "release.md")
    assert figure(claims, "EUR 267.4 million").time.year == 2023
    assert figure(claims, "EUR 286.4 million").time.year != 2023


@pytest.mark.parametrize(
    "text, path",
    [
        ("---\ntitle: Brakel\ndate: 2025-02-12\n---\n\nBrakel Cykel is based in Borås. Operating profit was SEK 31.4 million "
         "in 2024, compared with SEK 24.6 million a year earlier.\n", "story.md"),
        ("GOTHENBURG, 12 February 2025 - Brakel Cykel AB today reported its results for the 2024 financial year.\n\n"
         "Operating profit was SEK 31.4 million, compared with SEK 24.6 million a year earlier.\n", "release.txt"),
    ],
)
def test_a_year_earlier_is_the_year_before_the_levels(knowledge, text, path):
    claims = claims_of(text, knowledge, path)
    assert figure(claims, "SEK 31.4 million").time.year == 2024
    assert figure(claims, "SEK 24.6 million").time.year == 2023
