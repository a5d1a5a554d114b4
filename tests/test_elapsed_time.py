"""elapsed-time: a span of time a document states ("14 months later", "in
the 41 years since", "took 14 months", "so eleven months") that the dates it
gives do not make. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from auditor.checks import run_checks
from auditor.checks.rulefile import load_rules
from auditor.extract import extract_document, load_knowledge
from auditor.sources import parse_document

RULE = next(rule for rule in load_rules() if rule.kind == "elapsed-time")


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def _findings(text: str, knowledge, dated: str | None = "2025-10-01"):
    front = f"---\ntitle: A feature\ndate: {dated}\n---\n" if dated else ""
    document = parse_document("feature.md", (front + text).encode("utf-8"))
    claims = extract_document(document, knowledge).claims
    return run_checks([RULE], list(claims), [document])


def _spans(text: str, knowledge):
    document = parse_document("feature.md", ("---\ntitle: A feature\ndate: 2025-10-01\n---\n" + text).encode("utf-8"))
    return [c for c in extract_document(document, knowledge).claims if c.kind == "elapsed"]


@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("Building work began in May 2024, and the plant produced its first mattress in April 2025, 14 months later.", "11 months"),
        ("Building work began in May 2024. The plant produced its first mattress in April 2025, 14 months later.", "11 months"),
        ("She joined the workshop in 1989, and in the 41 years since she has sent back two pianos.", "about 36 years"),
        ("The farm was built in 2004. In the 15 years since it opened, it has used peat.", "about 21 years"),
        ("Construction began in September 2023 and took 14 months; the line started production in June 2024.", "9 months"),
        ("We started building in October 2024 and lit it in May 2025, so eleven months from concrete to glass.", "7 months"),
        ("We started building in October 2024 and lit it in May 2025: eleven months from concrete to glass.", "7 months"),
        # A tenure, from when the holder took over (told before) to the sentence's date.
        ("Jonas Berg became chief executive in 2003. In 2021, after twenty-five years in charge, he handed over.", "205 to 227 months"),
    ],
)
def test_a_span_its_dates_do_not_make(knowledge, text, implied):
    (finding,) = _findings(text, knowledge)
    assert finding.message.endswith(f"is {implied}")
    # The span and every date it counts between written in the text are cited.
    assert len(finding.evidence) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Building work began in May 2024, and the plant produced its first mattress in April 2025, 11 months later.",
        "Building work began in May 2024, and the plant produced its first mattress in April 2025, a year later.",  # no number
        "The farm was built in 2010. In the 15 years since it opened, it has used peat.",
        "The farm was built in 2009. In the 15 years since it opened, it has used peat.",  # 16 years: within a year's rounding
        "Construction began in September 2023 and took 14 months; the line started production in November 2024.",
        "Construction began in September 2023 and took 14 months; a second line was announced in June 2024.",  # no end told
        "The mill opened in 2019 and about 8 years later it was sold in 2025.",  # about: twice the slack
        "Jonas Berg became chief executive in 2003. In 2021, after eighteen years in charge, he handed over.",
        # The later deed has no date of its own: 2003 is the first deed's, not six years after 1912.
        "The printer was founded in 1912. Jonas Berg became chief executive in 2003 and bought digital presses six years later.",
        "The talks began in 1990. In 2021, after twenty-five years of talks, the treaty was signed.",  # no tenure
    ],
)
def test_a_span_its_dates_make_or_that_names_no_end(knowledge, text):
    assert _findings(text, knowledge) == []


def test_a_span_since_a_date_needs_the_document_s_date(knowledge):
    text = "The farm was built in 2004. In the 15 years since it opened, it has used peat."
    assert _findings(text, knowledge, dated=None) == []


def test_a_span_is_a_claim_in_months_with_its_dates(knowledge):
    (span,) = _spans("Building work began in May 2024, and the plant produced its first mattress in April 2025, 14 months later.", knowledge)
    assert (span.value.value, span.since.year, span.since.month, span.time.month) == (14, 2024, 5, 4)
    (years,) = _spans("She joined in 1989, and in the forty-one years since she has stayed.", knowledge)
    assert years.value.value == 41 * 12 and years.time.source == "metadata"
    assert _spans("The line took 14 months to build.", knowledge) == []  # no dates: nothing to count between


def test_a_span_is_never_a_figure_of_another_rule(knowledge):
    text = "Building work began in May 2024, and the plant opened in April 2025, 14 months later."
    document = parse_document("feature.md", text.encode("utf-8"))
    claims = extract_document(document, knowledge).claims
    others = [rule for rule in load_rules() if rule.kind != "elapsed-time"]
    assert all(f.rule != "elapsed-time" for f in run_checks(others, list(claims), [document]))
    assert all(not rule.applies_to.get("kinds") or "elapsed" not in rule.applies_to["kinds"] for rule in others)
