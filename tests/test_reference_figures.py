"""reference-conflict on figure facts written as a reader writes them: the
fact's value is read by the document reader, so a capacity compares with a
document figure in other units, and a rate never with a total."""

from __future__ import annotations

import pytest
from claim_fixtures import claim

from auditor.checks import run_checks
from auditor.checks.facts import parse_facts
from auditor.checks.rulefile import load_rules
from auditor.checks.reference_conflict import unmatched_facts
from auditor.extract.figures import find_figures

RULE = next(rule for rule in load_rules() if rule.kind == "reference-conflict")

FACTS = parse_facts(
    """
- subject: Varno desalination plant
  attribute: capacity
  value: "86,400"
  unit: cubic metres per day
- subject: Kestrel Fertilisers
  attribute: capacity
  value: "1.1 million"
  unit: tonnes of urea per year
- subject: Halden Arena
  attribute: capacity
  value: "48500"
  unit: seats
- subject: Ostrel Labs
  attribute: amount
  event: funding-round
  value: USD 14 million
  year: 2023
- subject: Brisa Rail
  attribute: amount
  event: revenue
  value: EUR 120 million a year
""",
    "facts.yaml",
)


def _claim(subject: str, sentence: str, surface: str, event: str, year: int | None = None):
    (figure,) = find_figures(surface)
    return claim(sentence, surface, kind=figure.quantity.kind, value=figure.quantity, subject=subject,
                 event=event, year=year)  # fmt: skip


def _findings(*claims):
    return run_checks([RULE], list(claims), (), FACTS)


@pytest.mark.parametrize(
    ("surface", "conflict"),
    [
        ("1,000 litres per second", False),  # = 86,400 m³/day
        ("86,400 m³/d", False),
        ("86.4 megalitres a day", False),
        ("2,000 litres per second", True),
        ("120,000 cubic metres per day", True),
    ],
)
def test_a_capacity_compares_in_any_unit_of_its_dimension(surface, conflict):
    found = _findings(_claim("Varno desalination plant", f"The plant treats {surface}.", surface, "capacity"))
    assert bool(found) is conflict
    if conflict:
        assert found[0].reference.line == 2


@pytest.mark.parametrize(
    ("surface", "conflict"),
    [
        ("1.1 million tonnes of urea a year", False),
        ("1.1 million tonnes of granular urea a year", False),
        ("3,000 tonnes of urea a day", False),  # 1.0958 million tonnes a year
        ("1.4 million tonnes of urea a year", True),
        ("1.4 million tonnes of ammonia a year", False),  # another substance: not this fact
        ("1.4 million tonnes a year", False),  # it does not say what: maybe another product
        ("1.4m tonnes of urea a year", True),
        ("1.4 million tonnes", False),  # a total, not a rate: not this fact
    ],
)
def test_a_capacity_with_what_it_measures(surface, conflict):
    found = _findings(_claim("Kestrel Fertilisers", f"The complex makes {surface}.", surface, "capacity"))
    assert bool(found) is conflict


def test_a_capacity_in_counted_things():
    assert _findings(_claim("Halden Arena", "It seats 48,500 seats.", "48,500 seats", "capacity")) == []
    assert len(_findings(_claim("Halden Arena", "It has 52,000 seats.", "52,000 seats", "capacity"))) == 1
    assert _findings(_claim("Halden Arena", "It has 52,000 lockers.", "52,000 lockers", "capacity")) == []


def test_an_amount_written_with_its_currency():
    assert _findings(_claim("Ostrel Labs", "Ostrel Labs raised USD 14 million.", "USD 14 million", "funding-round", 2023)) == []
    assert _findings(_claim("Ostrel Labs", "Ostrel Labs raised $14m.", "$14m", "funding-round", 2023)) == []
    found = _findings(_claim("Ostrel Labs", "Ostrel Labs raised $18 million.", "$18 million", "funding-round", 2023))
    assert len(found) == 1 and "USD 14 million" in found[0].message
    # Another currency is not compared without a rate table.
    assert _findings(_claim("Ostrel Labs", "Ostrel Labs raised EUR 18 million.", "EUR 18 million", "funding-round", 2023)) == []


def test_a_rate_fact_never_meets_a_total():
    assert _findings(_claim("Brisa Rail", "Brisa Rail earns EUR 600 million.", "EUR 600 million", "revenue")) == []
    assert len(_findings(_claim("Brisa Rail", "Brisa Rail earns EUR 150 million a year.", "EUR 150 million a year", "revenue"))) == 1


# --------------------------------------------------------------------------- through the command line


def test_an_amount_without_currency_stops_check_with_file_line_and_field(tmp_path):
    from click.testing import CliRunner
    from test_check_cli import A, files, invoke

    facts = "- subject: Nordvik Shipping\n  attribute: amount\n  event: funding-round\n  value: 245 million\n"
    files(tmp_path, **{"a.txt": A, "facts.yaml": facts})
    result = invoke(CliRunner(), tmp_path, tmp_path / "a.txt", "--facts", tmp_path / "facts.yaml")
    assert result.exit_code == 2
    assert "facts.yaml:4: value: '245 million' is not an amount of money" in result.stderr


def test_facts_are_read_with_the_lexicon_of_the_rules_folder(tmp_path):
    import shutil

    from click.testing import CliRunner
    from test_check_cli import A, files, invoke

    from auditor.resources import default_rules_dir

    root = tmp_path / "my-rules"
    shutil.copytree(default_rules_dir(), root, ignore=shutil.ignore_patterns("facts"))
    currencies = root / "lexicon" / "currencies.yaml"
    # XTS: the ISO 4217 code reserved for testing, unknown to the shipped lexicon.
    currencies.write_text(currencies.read_text(encoding="utf-8").replace("codes: [USD,", "codes: [XTS, USD,"), encoding="utf-8")
    facts = "- subject: Nordvik Shipping\n  attribute: amount\n  event: funding-round\n  value: XTS 245 million\n"
    files(tmp_path, **{"a.txt": A, "facts.yaml": facts})
    shipped = invoke(CliRunner(), tmp_path, tmp_path / "a.txt", "--facts", tmp_path / "facts.yaml")
    assert shipped.exit_code == 2 and "facts.yaml:4: value:" in shipped.stderr
    custom = invoke(CliRunner(), tmp_path, tmp_path / "a.txt", "--facts", tmp_path / "facts.yaml", "--rules", root)
    assert custom.exit_code == 0, custom.output


def test_a_rate_fact_meets_the_same_rate_read_from_a_document():
    import hashlib

    from auditor.extract import extract_document
    from auditor.model import Document

    text = "Brisa Rail runs freight trains.\n\nBrisa Rail earns EUR 150 million a year in revenue from its freight arm.\n"
    document = Document(id="a.txt", path="a.txt", kind="txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                        text=text, line_starts=(0, 32, 33, 105))  # fmt: skip
    claims = list(extract_document(document).claims)

    def findings(value: str):
        facts = parse_facts(f"- subject: Brisa Rail\n  attribute: amount\n  event: revenue\n  value: {value}\n", "f.yaml")
        return run_checks([RULE], claims, [document], facts)

    assert len(findings("EUR 120 million a year")) == 1
    assert findings("EUR 150 million a year") == []
    assert findings("EUR 600 million") == []  # a total: another fact


def test_a_short_form_meets_the_one_fact_subject_it_opens():
    facts = parse_facts(
        "- subject: Kestrel Fertilisers\n  attribute: capacity\n  value: \"1.1 million\"\n  unit: tonnes of urea per year\n"
        "- subject: Halden Arena\n  attribute: capacity\n  value: \"48500\"\n  unit: seats\n"
        "- subject: Halden Leasing\n  attribute: capacity\n  value: \"40\"\n  unit: aircraft\n",
        "facts.yaml",
    )
    kestrel = _claim("Kestrel", "Kestrel makes 1.4 million tonnes of urea a year.", "1.4 million tonnes of urea a year", "capacity")
    halden = _claim("Halden", "Halden has room for 52,000 seats.", "52,000 seats", "capacity")
    found = run_checks([RULE], [kestrel, halden], (), facts)
    # "Kestrel" opens one fact's subject; "Halden" opens two and stays unmatched.
    assert [f.fact.subject for f in found] == ["Kestrel"]


def test_the_first_words_of_a_fact_subject_are_its_short_form():
    # "Varley Stone" is written for "Varley Stone Mutual Holdings" where no
    # other fact's subject opens with those words; "Varley" alone opens two.
    facts = parse_facts(
        "- subject: Varley Stone Mutual Holdings\n  attribute: capacity\n  value: \"1.1 million\"\n  unit: tonnes of urea per year\n"
        "- subject: Varley Docks\n  attribute: capacity\n  value: \"40\"\n  unit: aircraft\n",
        "facts.yaml",
    )
    short = _claim("Varley Stone", "Varley Stone makes 1.4 million tonnes of urea a year.", "1.4 million tonnes of urea a year", "capacity")
    alone = _claim("Varley", "Varley makes 1.4 million tonnes of urea a year.", "1.4 million tonnes of urea a year", "capacity")
    assert [f.fact.subject for f in run_checks([RULE], [short], (), facts)] == ["Varley Stone"]
    assert run_checks([RULE], [alone], (), facts) == []
    # The fact is then checked: no warning that no document names its subject.
    assert [f.subject for f in unmatched_facts(facts, [short])] == ["Varley Docks"]


def test_a_forecast_of_a_flow_is_not_held_against_the_reference_s_figure():
    from auditor.engine import audit
    from reading_helpers import corpus

    facts = parse_facts("- subject: Corvelo Brewing Group\n  attribute: amount\n  event: revenue\n  value: EUR 1.24 billion\n", "facts.yaml")
    forecast = "Corvelo Brewing Group makes beer. For FY2025/26 the Group expects revenue of EUR 1.33-1.38 billion."
    assert audit(corpus(**{"update.txt": forecast}), [RULE], facts).findings == ()
    told = "Corvelo Brewing Group makes beer. In 2024 the Group had revenue of EUR 1.38 billion."
    assert len(audit(corpus(**{"update.txt": told}), [RULE], facts).findings) == 1


# --------------------------------------------------------------------------- a facility's fact

FACILITY_FACTS = parse_facts(
    """
- subject: Haldorf Landtechnik
  attribute: founded
  value: "1921"
- subject: Haldorf Landtechnik Rzeszów plant
  attribute: capacity
  value: "18,000"
  unit: tractors per year
- subject: Pampa Blanca lithium plant (Tamarugal Resources)
  attribute: capacity
  value: "40,000"
  unit: tonnes per year
""",
    "facts.yaml",
)


@pytest.mark.parametrize(
    ("subject", "sentence", "surface", "conflict"),
    [
        # The owner's figure, told of the plant its sentence names.
        ("Haldorf Landtechnik", "Its Rzeszów plant can build 21,000 tractors a year.", "21,000 tractors a year", True),
        ("Haldorf Landtechnik", "Its Rzeszów plant can build 18,000 tractors a year.", "18,000 tractors a year", False),
        # The owner's figure for another plant, or for the whole group, is no plant's.
        ("Haldorf Landtechnik", "Its Regensburg plant can build 21,000 tractors a year.", "21,000 tractors a year", False),
        ("Haldorf Landtechnik", "The group can build 30,000 tractors a year.", "30,000 tractors a year", False),
        # The owner named in brackets after the plant.
        ("Tamarugal Resources", "The Pampa Blanca plant is designed for 45,000 tonnes a year.", "45,000 tonnes a year", True),
        # The plant itself the subject.
        ("Pampa Blanca", "Pampa Blanca is designed for 45,000 tonnes a year.", "45,000 tonnes a year", True),
    ],
)
def test_a_facilitys_fact_is_held_against_what_its_owner_says_of_it(subject, sentence, surface, conflict):
    found = run_checks([RULE], [_claim(subject, sentence, surface, "capacity")], (), FACILITY_FACTS)
    assert bool(found) is conflict


def test_a_facilitys_fact_whose_owner_the_corpus_names_is_no_unmatched_fact():
    told = _claim("Haldorf Landtechnik", "Its Rzeszów plant can build 18,000 tractors a year.", "18,000 tractors a year", "capacity")
    left = [fact.subject for fact in unmatched_facts(FACILITY_FACTS, [told])]
    assert "Haldorf Landtechnik Rzeszów plant" not in left
    assert "Pampa Blanca lithium plant (Tamarugal Resources)" in left


def test_a_short_name_of_two_facts_subjects_meets_the_one_its_description_names():
    facts = parse_facts(
        "- subject: Fjordwing Airlines\n  attribute: capacity\n  value: \"40\"\n  unit: aircraft\n"
        "- subject: Fjordwing Group\n  attribute: capacity\n  value: \"55\"\n  unit: aircraft\n",
        "facts.yaml",
    )
    airline = claim("The airline flies 48 aircraft.", "48 aircraft", kind="count", value=find_figures("48 aircraft")[0].quantity,
                    subject="Fjordwing", event="capacity")  # fmt: skip
    airline = airline.model_copy(update={"subject": airline.subject.model_copy(update={"surface": "The airline"})})
    plain = claim("Fjordwing flies 48 aircraft.", "48 aircraft", kind="count", value=find_figures("48 aircraft")[0].quantity,
                  subject="Fjordwing", event="capacity")  # fmt: skip
    # Line 1 is Fjordwing Airlines' fact, line 5 Fjordwing Group's.
    with_description = {f.reference.line for f in run_checks([RULE], [airline], (), facts)}
    without = {f.reference.line for f in run_checks([RULE], [plain], (), facts)}
    assert with_description == without | {1}
    assert 1 not in without


PURCHASE_FACTS = parse_facts(
    """
- subject: Verhaeghe Papiers Peints NV
  attribute: amount
  event: acquisition
  value: EUR 54 million
  year: 2025
  note: enterprise value paid by Ashdown Wallcoverings
- subject: Brightwater Schools
  attribute: amount
  event: acquisition
  value: GBP 185 million
  year: 2025
""",
    "facts.yaml",
)


def _purchase(buyer: str, target: str, sentence: str, surface: str, year_source: str = "sentence"):
    (found,) = find_figures(surface)
    return claim(sentence, surface, value=found.quantity, subject=buyer, obj=target, event="acquisition", year=2025, year_source=year_source)


def test_a_purchase_price_meets_the_fact_told_of_what_was_bought():
    told = _purchase("Ashdown Wallcoverings", "Verhaeghe Papiers Peints", "In November Ashdown paid EUR 68 million for Verhaeghe.", "EUR 68 million")
    assert [f.reference.line for f in run_checks([RULE], [told], (), PURCHASE_FACTS)] == [2]


def test_another_buyers_purchase_of_the_same_company_is_another_purchase():
    # An earlier owner's purchase, dated only by its story: not the purchase the fact tells of.
    earlier = _purchase("Harcourt Lane", "Brightwater Schools", "Harcourt Lane bought the group for about GBP 120 million.", "GBP 120 million", "metadata")
    assert run_checks([RULE], [earlier], (), PURCHASE_FACTS) == []
