"""Readings added in round 54, each on sentences of our own.

- A currency written as an HTML character reference ("&pound;7.9m",
  "&#163;12,400") is read as the sign it stands for, joined to its amount.
- A bound that picks out a class of things ("a reduced rate on loans above
  £1,000", "free delivery on any order over £50", "discounts for groups of
  ten or more") is a threshold: no figure any of them has, never a rival.
- A newspaper's masthead over a date line and a byline ("THE PENWITH
  PACKET" / "Friday 14 March 2025" / ... / "By Lowenna Tregear"), and a
  podcast's name over its description ("A podcast about pipes ..."), are the
  outlet: never the story's topic, never "we".
- "Jo Baird of Corrie Ltd", "Iain MacLennan of MacLennan Pipe Works": a
  name of several words after a person's "of" is a name of its own.
- A name the text brings in as where something happens ("at the Meteor
  Centre in Derby") and never makes a party is a venue: never "the company".
- A release's notes to editors tell of its issuer first: with "About Photon
  Forge Arenas" and then "About Tagtronics Systems", the release is Photon
  Forge's.
- A facility's opening dated under a dateline is at the town the clause
  names after its date ("LEICESTER - ... opened its tenth arena on Saturday
  at the Meteor Centre in Derby"), not at the dateline's town.
- "Join our 32-strong team", "the 176-strong workforce": a group's members.
- A currency's "000" ("Turnover by activity (£000)") labels figures in
  thousands: no sum of nothing.
- Incorporation is an event of its own: "started the business in 1978" and
  "incorporated on 4 June 1986" are two events, never a date mismatch.
- The text's figure told beside the year before's ("Turnover for the year
  was £1.52m (2023: £1.31m)") is never the year before's total.

Some tests guard what the rules must not do and pass on the round's
starting code too.
"""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from auditor.extract.figures import find_figures
from reading_helpers import claims_of, figure, findings, kinds_of, model_of, subject_of


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _page(body: str) -> str:
    return f"<html><head><title>Results</title></head><body>{body}</body></html>"


# ---- character references for currencies -------------------------------------------------


@pytest.mark.parametrize(
    "body, value, unit",
    [
        ("<h1>Halden Arenas</h1><p>Revenue was &pound;7.9m in 2025.</p>", 7.9e6, "GBP"),
        ("<h1>Halden Arenas</h1><p>Revenue rose 16% to &pound;7.9m in 2025, from &pound;6.8m.</p>", 7.9e6, "GBP"),
        ("<h1>Halden Arenas</h1><p>Sales were &#163;12,400 in 2024.</p>", 12400, "GBP"),
        ("<h1>Halden Arenas</h1><p>Sales were &euro;3.2m in 2024.</p>", 3.2e6, "EUR"),
    ],
)
def test_a_currency_written_as_a_character_reference_joins_its_amount(knowledge, body, value, unit):
    money = [c for c in claims_of(_page(body), knowledge, "page.html") if c.kind == "money"]
    assert money and (money[0].value.value, money[0].value.unit) == (value, unit)


def test_a_character_referenced_sign_keeps_the_files_offsets(knowledge):
    text = _page("<h1>Halden Arenas</h1><p>Revenue was &pound;7.9m in 2025.</p>")
    (money,) = [c for c in claims_of(text, knowledge, "page.html") if c.kind == "money"]
    # The claim ends where the amount ends in the file as written.
    assert text[: money.evidence.location.end].endswith("7.9m")


def test_a_character_reference_for_a_letter_still_ends_its_word(knowledge):
    text = _page("<h1>Caf&eacute; Lumen</h1><p>Caf&eacute; Lumen had revenue of &pound;2.1m in 2024.</p>")
    claims = claims_of(text, knowledge, "page.html")
    assert figure(claims, "£2.1m").subject is not None


# ---- thresholds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("We offer a reduced rate on loans above £1,000.", "above £1,000"),
        ("We give free delivery on any order over £50.", "over £50"),
        ("Refunds are paid on tickets costing more than £20.", "more than £20"),
    ],
)
def test_a_bound_that_picks_out_a_class_of_things_is_a_threshold(knowledge, sentence, surface):
    claims = claims_of(f"Brennard Pawnbrokers Ltd results 2025.\n\nThe average loan was £412 in 2025. {sentence}\n", knowledge)
    assert figure(claims, surface).role == "threshold"


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Brennard charged a fee of over £500.", "over £500"),
        ("Brennard won contracts worth more than £2m in 2024.", "more than £2m"),
        ("Brennard lent more than £3m in 2024.", "more than £3m"),
    ],
)
def test_a_bound_on_the_partys_own_figure_is_no_threshold(knowledge, sentence, surface):
    claims = claims_of(f"Brennard Pawnbrokers Ltd results 2025.\n\n{sentence}\n", knowledge)
    assert figure(claims, surface).role is None


def test_a_threshold_is_no_rival_of_the_average():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": (
                "Brennard Pawnbrokers Ltd: interim results 2025.\n\nThe average loan at Brennard Pawnbrokers "
                "rose to £412 in 2025. Brennard Pawnbrokers offers a reduced rate on loans above £1,000 in 2025.\n"
            ),
        },
    )
    assert not found


# ---- mastheads and shows ------------------------------------------------------------------

_NEWS = (
    "THE HARROWDEAN ARGOSY\n"
    "Friday 14 March 2025\n\n"
    "Kite school's £340,000 centre set to open next month\n\n"
    "By Lowenna Tregear\n\n"
    "Saltmarsh Kite Co. will open its new centre on Saturday 12 April. The building cost £340,000. "
    "The school taught 2,150 students in 2024.\n"
)


def test_a_masthead_over_a_date_line_and_a_byline_is_the_outlet(knowledge):
    model = model_of(_NEWS, knowledge, "news.txt")
    outlet = next(e for e in model.entities if e.name.casefold().endswith("argosy"))
    assert outlet.publication and model.topic != outlet.id


def test_a_masthead_is_never_the_subject_of_the_storys_figures(knowledge):
    claims = claims_of(_NEWS, knowledge, "news.txt")
    assert "ARGOSY" not in (subject_of(claims, "2,150 students") or "").upper()


def test_a_first_line_over_a_date_without_a_byline_may_still_be_the_topic(knowledge):
    text = "HALDEN ARENAS LTD\n14 March 2025\n\nDear shareholders, we taught 2,150 students in 2024.\n"
    model = model_of(text, knowledge, "letter.txt")
    assert not any(e.publication for e in model.entities)


def test_a_podcasts_name_over_its_description_is_the_show(knowledge):
    text = (
        "THE CHANTER HOUR\n"
        "A podcast about pipes, pipers and the people who make them\n\n"
        "Episode 47, with Iain Rennie of Rennie Pipe Works\n\n"
        "SHONA BAIRD: Welcome back to The Chanter Hour. How many sets leave this place?\n\n"
        "IAIN RENNIE: Last year we finished 1,120 sets.\n"
    )
    model = model_of(text, knowledge, "podcast.txt")
    show = next(e for e in model.entities if e.name.casefold().endswith("chanter hour"))
    assert show.publication
    claims = claims_of(text, knowledge, "podcast.txt")
    assert subject_of(claims, "1,120 sets") != show.name


# ---- a person's "of" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Yesterday Jo Baird of Corrie Ltd made 1,120 sets.", "Corrie"),
        ("Later, with Iain Rennie of Rennie Pipe Works, we toured the shop.", "Rennie Pipe Works"),
    ],
)
def test_a_name_of_several_words_after_a_persons_of_is_a_name(knowledge, sentence, name):
    kinds = kinds_of(f"Notes\n\n{sentence}\n", knowledge)
    assert name in kinds


def test_a_town_after_a_companys_of_stays_where_it_is(knowledge):
    kinds = kinds_of("Notes\n\nSahyadri Seeds of Pune grew 40 tonnes of rice in 2024.\n", knowledge)
    assert "Sahyadri Seeds" in kinds and kinds.get("Pune") in (None, "place")


# ---- venues ---------------------------------------------------------------------------------

_RELEASE = (
    "PRESS RELEASE\n"
    "For immediate release: 2 September 2025\n\n"
    "HALDEN OPENS TENTH ARENA IN DERBY\n\n"
    "LEICESTER - Halden Arenas, the UK's largest laser-tag operator, opened its tenth arena on Saturday "
    "30 August at the Meteor Centre in Derby.\n\n"
    "Derby is the first Halden site to open with new kit from Tagtron Systems of Kortrijk. In May the "
    "company signed a £1.15m contract for 620 vest sets.\n\n"
    "Notes to editors\n\n"
    "About Halden Arenas\n\n"
    "Founded in 2010, Halden opened its first arena in Leicester in 2011.\n\n"
    "About Tagtron Systems\n\n"
    "Tagtron Systems designs laser-tag kit.\n"
)


def test_a_venue_is_never_the_company(knowledge):
    claims = claims_of(_RELEASE, knowledge, "release.txt")
    assert subject_of(claims, "£1.15m") == "Halden Arenas"


def test_a_venue_is_a_site(knowledge):
    assert kinds_of(_RELEASE, knowledge, "release.txt")["Meteor Centre"] == "facility"


def test_a_name_before_its_noun_after_at_the_is_no_venue(knowledge):
    text = "Notes\n\nThe new kiln at the Vernoux cement works entered service in 2024. Vernoux spent €310 million on it.\n"
    assert kinds_of(text, knowledge).get("Vernoux") != "facility"


def test_a_releases_first_about_section_names_its_issuer(knowledge):
    model = model_of(_RELEASE, knowledge, "release.txt")
    assert model.entities[model.topic].name == "Halden Arenas"


def test_an_opening_under_a_dateline_is_at_the_town_the_clause_names(knowledge):
    claims = claims_of(_RELEASE, knowledge, "release.txt")
    opening = next(c for c in claims if c.kind == "date" and c.event == "opening" and c.time and c.time.month == 8)
    assert opening.object is not None and opening.object.name == "Derby"


def test_the_towns_arena_and_the_first_arena_are_not_one_opening():
    found = findings("date-mismatch", **{"release.txt": _RELEASE})
    assert not found


# ---- N-strong ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Penhallow Fudge has a 32-strong team.", "32-strong team"),
        ("Penhallow Fudge employs a 176-strong workforce.", "176-strong workforce"),
    ],
)
def test_a_groups_strength_counts_its_members(knowledge, sentence, surface):
    claims = claims_of(f"Penhallow Fudge Ltd is hiring.\n\n{sentence}\n", knowledge)
    claim = figure(claims, surface)
    assert claim.value.value == int(surface.split("-")[0]) and claim.event == "employees"


def test_a_strong_word_of_no_group_counts_nothing():
    assert find_figures("It was a 300-strong wind and a 64-bit chip.") == []


def test_two_strengths_of_one_team_conflict():
    found = findings(
        "figure-mismatch",
        **{
            "a.txt": "Penhallow Fudge Ltd, March 2025.\n\nPenhallow Fudge has a 26-strong team in 2025.\n",
            "b.txt": "Penhallow Fudge Ltd, April 2025.\n\nPenhallow Fudge has a 32-strong team in 2025.\n",
        },
    )
    assert found


# ---- thousands labels ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Turnover by activity (£000)", "Revenue ($000)", "Figures in €000s"])
def test_a_currencys_thousands_label_is_no_figure(text):
    assert find_figures(text) == []


def test_a_sum_of_nothing_is_still_a_figure():
    (found,) = find_figures("Entry was £0 in 2024.")
    assert found.quantity.value == 0


# ---- incorporation -------------------------------------------------------------------------


def test_incorporation_is_its_own_event(knowledge):
    claims = claims_of("Notes\n\nTarrant Carriage Works Limited was incorporated on 4 June 1986.\n", knowledge)
    assert figure(claims, "4 June 1986").event == "incorporation"


def test_the_business_started_and_the_company_incorporated_are_two_events():
    found = findings(
        "date-mismatch",
        **{
            "a.txt": "Notes\n\nElias Tarrant founded Tarrant Carriage Works in 1978.\n",
            "b.txt": "Notes\n\nTarrant Carriage Works Limited was incorporated on 4 June 1986.\n",
        },
    )
    assert not found


def test_two_incorporation_dates_conflict():
    found = findings(
        "date-mismatch",
        **{
            "a.txt": "Notes\n\nTarrant Carriage Works Limited was incorporated in 1986.\n",
            "b.txt": "Notes\n\nTarrant Carriage Works Limited was incorporated in 1988.\n",
        },
    )
    assert found


# ---- a figure beside the year before's ------------------------------------------------------

_ACCOUNTS = (
    "# Tarrant Carriage Works Limited\n\n"
    "Notes to the financial statements for the year ended 31 March 2024.\n\n"
    "## Turnover\n\n"
    "Turnover for the year was £1.52m (2023: £1.31m).\n\n"
    "| Turnover by activity (£000) | 2024 | 2023 |\n"
    "|---|---|---|\n"
    "| Restoration | 742 | 610 |\n"
    "| Wheels | 614 | 565 |\n"
    "| Hire | 130 | 135 |\n"
    "| Total | 1,486 | 1,310 |\n"
)


def test_a_figure_beside_the_year_befores_is_held_against_its_own_years_total():
    found = findings("total-restated", **{"accounts.md": _ACCOUNTS})
    assert len(found) == 1 and "1,486" in found[0].message and "1,310" not in found[0].message


# ---- prizes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, winner, title, year",
    [
        ("Saltmarsh Kite Co. was named School of the Year for 2024.", "Saltmarsh Kite", "School of the Year", 2024),
        ("Gullwing Kite School took the 2024 Golden Ladle.", "Gullwing Kite School", "Golden Ladle", 2024),
        ("The association named Saltmarsh Kite Co. its School of the Year in November 2024.", "Saltmarsh Kite", "School of the Year", 2024),
        ("Tordoff & Sons won Supreme Champion at the 2024 Northern Larder Awards.", "Tordoff & Sons", "Supreme Champion", 2024),
        ("Saltby Pier Trust was named Pier of the Year 2024 by the National Piers Guild.", "Saltby Pier Trust", "Pier of the Year", 2024),
    ],
)
def test_a_prize_won_is_read_with_its_winner_title_and_year(knowledge, sentence, winner, title, year):
    claims = claims_of(f"Trade notes, 14 March 2025\n\n{sentence}\n", knowledge)
    (prize,) = [c for c in claims if c.event == "prize"]
    assert (prize.subject.name, prize.object.name, prize.time.year) == (winner, title, year)


def test_last_years_prize_is_of_the_year_before_the_story(knowledge):
    text = "---\ntitle: Wheel notes\ndate: 2024-03-14\n---\n\nHobbcroft & Daughters collected last year's Golden Spoke.\n"
    (prize,) = [c for c in claims_of(text, knowledge, "notes.md") if c.event == "prize"]
    assert (prize.object.name, prize.time.year) == ("Golden Spoke", 2023)


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm took Pellow Bats to court in 2023.",
        "Hollins Ltd won Gold in 2024.",
        "Hollins Ltd won Planning permission in 2024.",
        "Hollins Ltd won a £2m contract in 2024.",
    ],
)
def test_no_prize_is_read_where_no_title_is_told(knowledge, sentence):
    claims = claims_of(f"Trade notes, 14 March 2025\n\n{sentence}\n", knowledge)
    assert not [c for c in claims if c.event == "prize"]


def test_one_prize_of_one_year_credited_to_two_winners_conflicts():
    found = findings(
        "prize-attribution-conflict",
        **{
            "a.txt": "Penwith notes, March 2025.\n\nSaltmarsh Kite Co. was named School of the Year for 2024.\n",
            "b.txt": "Lee Side notes, April 2025.\n\nGullwing Kite School was named the 2024 School of the Year.\n",
        },
    )
    assert len(found) == 1
    assert "Saltmarsh Kite" in found[0].message and "Gullwing Kite School" in found[0].message


def test_one_title_of_two_awards_is_two_prizes():
    found = findings(
        "prize-attribution-conflict",
        **{
            "a.txt": "Notes, 2025.\n\nSaltby Pier Trust was named Pier of the Year 2024 by the National Piers Guild.\n",
            "b.txt": "Notes, 2025.\n\nCorrow Bay Pier was named Pier of the Year 2024 by the Seaside Heritage Society.\n",
        },
    )
    assert not found


# ---- sums told in the text beside a table or a list ---------------------------------------------


def test_the_texts_figure_that_states_the_parts_sum_is_cited_by_a_wrong_total():
    text = (
        "# Hazel Coffins blog\n\n2,800 coffins left the workshop in 2024. Here is how it broke down by material.\n\n"
        "| Material | Coffins made 2024 |\n|---|---|\n| Willow | 1,660 |\n| Cardboard | 695 |\n| Bamboo | 325 |\n"
        "| Wool | 120 |\n| **Total** | 2,950 |\n"
    )
    (found,) = findings("parts-sum", **{"blog.md": text})
    assert "2,800 coffins" in found.message and "2,950" in found.message


def test_a_bulleted_breakdown_of_a_sum_told_sentences_before_must_add_up():
    text = (
        "Muddy Tails blog, January 2025\n\nAltogether we did 11,200 walks in 2024. I still can't believe it. "
        "When I started I did six walks a day. Here's how they break down:\n\n"
        "- 6,100 solo walks\n- 3,900 group walks\n- 1,600 puppy visits\n"
    )
    (found,) = findings("parts-sum", **{"blog.md": text})
    assert "11,200 walks" in found.message and "11,600" in found.message


def test_a_bulleted_breakdown_that_adds_up_is_no_finding():
    text = (
        "Muddy Tails blog, January 2025\n\nWe did 11,600 walks in 2024. Here's how they break down:\n\n"
        "- 6,100 solo walks\n- 3,900 group walks\n- 1,600 puppy visits\n"
    )
    assert not findings("parts-sum", **{"blog.md": text})


# ---- an organisation's own sites, eras, and a table's period corner -------------------------------


def test_an_unnamed_pier_in_a_trusts_own_review_is_the_trusts(knowledge):
    text = (
        "<html><head><title>Annual Review 2024 | Saltcombe Pier Trust</title></head><body>"
        "<h1>Annual Review 2024</h1><p>This was the year the hoardings came down. The pier head reopened on "
        "24 May 2024, with a brass band.</p></body></html>"
    )
    claims = claims_of(text, knowledge, "review.html")
    assert subject_of(claims, "24 May 2024") == "Saltcombe Pier Trust"


def test_an_era_is_no_party(knowledge):
    text = "Notes\n\nOurs is one of the longest surviving Victorian piers, open since the pier opened in 1869.\n"
    assert "Victorian" not in kinds_of(text, knowledge)


def test_a_period_corner_does_not_set_a_tables_figures_apart():
    text = (
        "# Hollins Bats Ltd: results for the year ended 31 December 2024\n\n"
        "We ended the year with a workforce of 46 people.\n\n"
        "| Year ended 31 December | 2024 | 2023 |\n|---|---|---|\n| Employees at 31 December | 52 | 44 |\n\n"
        "Bats made in 2024, by grade:\n\n| Grade | Bats |\n|---|---|\n| Grade 1 | 4,700 |\n| Grade 2 | 6,800 |\n"
    )
    found = findings("figure-mismatch", **{"results.md": text})
    assert any("46 people" in f.message and "52" in f.message for f in found)


# ---- a part left unsaid ------------------------------------------------------------------------------


def test_a_part_left_unsaid_leaves_the_figures_after_it_no_parts(knowledge):
    text = (
        "Mill Trust newsletter, January 2025\n\nThe restoration of the wheel cost £612,000 in all. Of that, £486,000 "
        "came from the Heritage Mills Fund, and the rest came from you: from sponsored walks and a great many "
        "cheques for twenty pounds.\n"
    )
    assert figure(claims_of(text, knowledge), "twenty pounds").part_of is None
    assert not findings("parts-sum", **{"news.txt": text})


def test_a_remainder_told_with_its_figure_is_a_part(knowledge):
    text = "Mill notes 2025\n\nThe wheel cost £612,000 in all. Of that, £486,000 came from the Fund and the remainder, £126,000, came from members.\n"
    assert figure(claims_of(text, knowledge), "£126,000").part_of is not None


# ---- a place's aside, a shop's offer ----------------------------------------------------------------


def test_a_places_aside_between_a_deal_and_its_price_is_no_distance(knowledge):
    text = (
        "Notes\n\nEbbcrest Leisure Group bought Blue Fetch Kitesurf, on the sands at Camber in East Sussex, "
        "for a reported £1.25m in 2023.\n"
    )
    claim = figure(claims_of(text, knowledge), "£1.25m")
    assert (claim.event, claim.object.name) == ("acquisition", "Blue Fetch Kitesurf")


def test_a_shops_opening_offer_is_a_price_no_takeover(knowledge):
    text = "Halden Arenas Ltd news\n\nOpening offer\n- Two games for £18 until 14 September\n- Family pass: £64\n"
    assert figure(claims_of(text, knowledge), "£18").event == "price"


def test_an_offer_for_a_company_is_still_a_takeover(knowledge):
    text = "Notes\n\nAcme Holdings made an offer of £5m for Bolt Ltd in 2024.\n"
    assert figure(claims_of(text, knowledge), "£5m").event == "acquisition"


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("Hartwell Foods paid £14.5m for the shares of Brodie & Finch in 2024.", "£14.5m"),
        ("Hartwell Foods paid consideration of £16.2 million for the entire share capital of Brodie & Finch Ltd.", "£16.2 million"),
    ],
)
def test_a_company_bought_by_its_shares_is_a_takeover(knowledge, sentence, surface):
    claim = figure(claims_of(f"Notes\n\n{sentence}\n", knowledge), surface)
    assert (claim.event, claim.object.name) == ("acquisition", "Brodie & Finch")


def test_a_block_of_shares_bought_is_no_takeover(knowledge):
    claim = figure(claims_of("Notes\n\nVestby bought 2 million shares of Acme for £3m.\n", knowledge), "£3m")
    assert claim.event != "acquisition"


def test_a_capitalised_site_word_under_its_items_heading_keeps_its_name(knowledge):
    # (A site noun added to the facility words made "The Observatory" a
    # description that found no site, and its opening lost its subject.)
    text = (
        "Minutes\n\n43. Harrowgate Observatory: post-project review\n\nThe Head of Culture presented the review. "
        "The Observatory, which opened in 1971, closed in October 2022.\n"
    )
    assert subject_of(claims_of(text, knowledge), "1971") == "Harrowgate Observatory"
