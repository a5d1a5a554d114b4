"""Which site a description means: a site told as one kind ("a data centre
in Virginia") is not what a description of another kind means ("The
factory"); a story written from a site ("TILBURG, Netherlands - ...", a
dateline with no date) tells of the site there when it describes one that
the text names nowhere else. Technologies named by their initials ("LED
strips") are no parties. Sentences of our own, read whole."""

from __future__ import annotations

import pytest

from auditor.document import build_model
from auditor.extract import load_knowledge
from auditor.sources import parse_document
from reading_helpers import claims_of, entity_kinds


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _opening(text: str, knowledge, name: str = "story.txt"):
    return next(c for c in claims_of(text, knowledge, name) if c.kind == "date" and c.event == "opening")


def test_a_site_of_another_kind_is_not_what_a_description_means(knowledge):
    text = (
        "Halden Foods ships its pallets to a data centre in Virginia. "
        "The factory, which opened in October 2023, runs two shifts."
    )
    opening = _opening(text, knowledge)
    assert opening.object is None or opening.object.name != "Virginia"


@pytest.mark.parametrize(
    "site, description",
    [("a factory in Brno", "The plant"), ("the Brno warehouse", "The depot"), ("a data centre in Brno", "The site")],
)
def test_a_site_of_the_same_kind_or_a_word_for_any_site_is_the_one_named(knowledge, site, description):
    text = f"Halden Foods runs {site}. {description}, which opened in October 2023, runs two shifts."
    opening = _opening(text, knowledge)
    assert opening.object is not None and opening.object.name == "Brno"


def test_a_facility_s_noun_is_kept_with_the_place_it_is_named_by(knowledge):
    model = build_model(parse_document("story.txt", b"Halden Foods ships its pallets to a warehouse in Brno."), knowledge)
    brno = next(e for e in model.entities if e.name == "Brno")
    assert brno.kind == "facility" and "warehouse" in brno.descriptors


def test_a_name_that_is_no_place_is_not_a_site_by_the_noun_after_it(knowledge):
    # "a Brightwave line" is the company's service: the company stays "The company".
    text = (
        "Brightwave, the London fibre builder, has passed 1.5 million homes. Roughly one in four homes "
        "passed buys a Brightwave line. The company, which was set up in 2015, has more than 1,400 staff."
    )
    staff = next(c for c in claims_of(text, knowledge) if "1,400" in c.evidence.text)
    assert staff.subject is not None and staff.subject.name == "Brightwave"


STORY = (
    "Lettuce without sunlight\n\n"
    "TILBURG, Netherlands - From the car park, it looks like any other warehouse on the edge of a Dutch city, "
    "with racks of lettuce under LED strips.\n\n"
    "This is Greenstack Farms' largest site. The plant, which opened in 2022 in a former parcel depot, "
    "has made money since its second year.\n"
)


def test_an_undated_dateline_is_read_as_one(knowledge):
    model = build_model(parse_document("story.txt", STORY.encode()), knowledge)
    dateline = model.layout.dateline
    assert dateline is not None and dateline.date is None
    assert model.document.text[dateline.place_start : dateline.place_end] == "TILBURG, Netherlands"
    assert not any(entity.name.casefold() == "tilburg" and entity.kind != "facility" for entity in model.entities)


def test_a_site_described_in_a_story_written_from_it_is_the_site_at_the_dateline(knowledge):
    opening = _opening(STORY, knowledge)
    assert opening.object is not None and opening.object.name == "Tilburg"


def test_without_the_dateline_the_site_stays_unnamed(knowledge):
    text = STORY.replace("TILBURG, Netherlands - ", "")
    opening = _opening(text, knowledge)
    assert opening.object is None or opening.object.name != "Tilburg"


@pytest.mark.parametrize(
    "line",
    [
        "CORVELO BREWING GROUP - TRADING UPDATE FOR FY2024/25",
        "THE BACKSTAGE BUSINESS PODCAST - Episode 112",
    ],
)
def test_a_title_in_capitals_before_a_dash_is_no_dateline(knowledge, line):
    text = f"{line}\n\nCorvelo Brewing sold 9.6 million hectolitres of beer in the year to March.\n"
    assert build_model(parse_document("story.txt", text.encode()), knowledge).layout.dateline is None


def test_technologies_named_by_their_initials_are_no_parties(knowledge):
    kinds = entity_kinds("Racks of basil rise eleven levels under LED strips at the Tilburg farm of Greenstack Farms.", knowledge)
    assert "LED" not in kinds
