"""A company's own release, which of its statements a finding quotes, and who
is a party to a deal.

- "GOTHENBURG, 12 February 2025 - Brakel Cykel AB ... today reported its
  results": a release with no title that names its customer as often as
  itself is still its own; "Net sales for the year came to SEK 412.3
  million" is Brakel's.
- A figure told twice by one document ("Net sales SEK 412.3 million, up 9%"
  in the highlights, "Net sales for the year came to SEK 412.3 million,
  against SEK 378.1 million in 2023" in the text) is quoted where it is told
  most fully.
- "it had won a EUR 1.7 million contract ..., beating the Karlsruhe foundry
  Brakel Glocken": a rival beaten is no party to the deal, so a story that
  credits the contract to that foundry contradicts the wire.
- "the purchase of Bakkerij Tarnby of Tilburg, which supplies Dutch
  supermarkets, in October for EUR 41 million": a relative clause is no
  distance between the deal's noun and its price; "paid €34 million for the
  Tilburg bakery Tarnby": the company the bought noun names.
Texts of our own."""

from __future__ import annotations

import pytest

from auditor.extract import load_knowledge
from auditor.document import build_model
from auditor.sources import parse_document
from reading_helpers import claims_of, figure, findings

_RELEASE = (
    "GOTHENBURG, 12 February 2025 - Brakel Cykel AB, the Swedish builder of bicycle frames, "
    "today reported its results for the 2024 financial year.\n\n"
    "Highlights of the year\n"
    "- Net sales SEK 412.3 million, up 9%\n"
    "- Three-year frame order from Tarnby Bikes of Aarhus\n\n"
    "Net sales for the year came to SEK 412.3 million, against SEK 378.1 million in 2023, as orders from "
    "bike-share operators grew.\n\n"
    "In December Brakel signed an agreement to supply frames to Tarnby Bikes, the Aarhus-based operator.\n\n"
    '"With Tarnby Bikes our fleet business will double," said chief executive Eva Lind.\n\n'
    "Tarnby Bikes runs bike-share schemes in four Danish cities.\n"
)


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def test_a_release_whose_lead_reports_its_results_is_its_own(knowledge):
    claim = figure(claims_of(_RELEASE, knowledge, "release.txt"), "SEK 412.3 million")
    assert claim.subject is not None and claim.subject.name == "Brakel Cykel"


def _topic(text: str, knowledge) -> str | None:  # type: ignore[no-untyped-def]
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    return model.entities[model.topic].name if model.topic is not None else None


def test_only_a_lead_that_reports_makes_a_release_its_companys_own(knowledge):
    assert _topic(_RELEASE, knowledge) == "Brakel Cykel"
    # A wire story's lead opening on a company tells of its deed, not whose
    # story it is: the name told most is its topic, as before.
    wire = _RELEASE.replace("today reported its results for the 2024 financial year", "won an order on Tuesday")
    assert _topic(wire, knowledge) == "Tarnby Bikes"


def test_a_finding_quotes_the_fullest_statement_of_a_figure():
    table = (
        "---\ntitle: Frames for the fleets\ndate: 2025-05-20\n---\n\n"
        "| Company | Revenue 2024 |\n|---|---|\n| Brakel Cykel | SEK 451m |\n"
    )
    found = findings("figure-mismatch", **{"release.txt": _RELEASE, "table.md": table})
    assert len(found) == 1
    quoted = [(e.text, e.line) for e in found[0].evidence if e.path.endswith("release.txt")]
    assert quoted == [("SEK 412.3 million", 7)]  # the text's sentence, not the highlights' line 4


def test_a_rival_the_winner_beat_is_no_party_to_the_deal():
    # The wire names the other foundry as the bidder it beat; the feature
    # credits the same contract to that foundry: one sum, two winners.
    wire = (
        "MECHELEN, 3 March 2025 (Wire) - Tarnby Carillons, the Mechelen restorer, said on Monday it had won a "
        "EUR 1.7 million contract to restore the 49-bell carillon in Kortrijk, beating the Karlsruhe foundry "
        "Brakel Glocken and a Dutch rival.\n"
    )
    feature = (
        "---\ntitle: Bells\ndate: 2025-09-23\n---\n\n"
        "In Germany, Brakel Glocken in Karlsruhe has been busy. The foundry won the €1.7m contract to restore "
        "Kortrijk's 49-bell carillon in March.\n"
    )
    found = findings("attribution-conflict", **{"wire.txt": wire, "feature.md": feature})
    assert len(found) == 1 and "Tarnby Carillons" in found[0].message and "Brakel Glocken" in found[0].message
    # Named as the customer, the other party is the deal's other side: no conflict.
    customer = wire.replace("beating the Karlsruhe foundry Brakel Glocken and a Dutch rival", "for the Karlsruhe foundry Brakel Glocken")
    assert not findings("attribution-conflict", **{"wire.txt": customer, "feature.md": feature})


@pytest.mark.parametrize(
    "sentence, surface, bought",
    [
        ("Brakel completed the purchase of Bakkerij Tarnby of Tilburg, which supplies Dutch supermarkets with "
         "part-baked bread, in October for EUR 41 million.", "EUR 41 million", "Bakkerij Tarnby"),
        ("Last autumn Brakel paid €34 million for the Tilburg bakery Tarnby, its first business abroad.", "€34 million", "Tarnby"),
    ],
)
def test_the_price_of_a_company_bought_past_a_clause_or_named_after_its_noun(knowledge, sentence, surface, bought):
    claim = figure(claims_of(sentence, knowledge), surface)
    assert claim.event == "acquisition"
    assert claim.object is not None and claim.object.name == bought


def test_a_finding_quotes_a_sentence_of_a_figure_before_its_table_row():
    # A table's row laid out with blanks is longer in characters than the
    # sentence that tells the figure, but says less.
    review = (
        "<html><head><title>Brakel Cykel AB – Annual report 2024</title></head><body>"
        "<p>Brakel Cykel AB makes bicycle frames. Revenue rose 9.1% to SEK 412.3 million.</p>"
        "<table><tr><th>Revenue (SEK million)</th><th>2023</th><th>2024</th></tr>"
        "<tr><td>Revenue (SEK million)                                </td><td>378.1</td><td>412.3</td></tr></table>"
        "</body></html>"
    )
    wire = "STOCKHOLM, 12 May 2025 - Brakel Cykel AB had revenue of SEK 451 million last year."
    found = findings("figure-mismatch", **{"review.html": review, "wire.txt": wire})
    assert len(found) == 1
    assert [e.text for e in found[0].evidence if e.path.endswith("review.html")] == ["SEK 412.3 million"]
