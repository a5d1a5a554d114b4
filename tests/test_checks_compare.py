from __future__ import annotations

from claim_fixtures import money

from auditor.checks.compare import agree, significant_digits


def test_over_agrees_with_exact_inside_it():
    assert agree(money(110e9, qualifier="over"), money(110e9)) is True


def test_about_agrees_with_rounding():
    assert agree(money(1.3e9, qualifier="about"), money(1.28e9)) is True


def test_scale_words_do_not_matter():
    assert agree(money(1300e6, precision=0.5e6), money(1.3e9)) is True


def test_more_than_two_vs_one_and_a_half_conflict():
    assert agree(money(2e9, qualifier="over"), money(1.5e9)) is False


def test_a_bound_states_its_threshold_without_rounding_slack():
    # A bare "2 billion" may be 1.6 rounded; "more than 2 billion" says more than 2.
    assert agree(money(2e9), money(1.6e9)) is True
    assert agree(money(2e9, low=2e9, qualifier="over"), money(1.6e9)) is False
    assert agree(money(5e6, high=5e6, qualifier="under"), money(5.6e6)) is False
    assert agree(money(2e9, low=2e9, qualifier="over"), money(1.99e9)) is True  # within the relative slack


def test_clear_disagreement():
    assert agree(money(40e9), money(3e9)) is False


def test_different_currencies_not_compared_without_rates():
    assert agree(money(100e6), money(100e6, unit="EUR")) is None
    assert agree(money(108e6), money(100e6, unit="EUR"), rates={"EUR": 1.08, "USD": 1.0}) is True
    assert agree(money(100e6), money(100e6, unit="EUR"), rates={"EUR": 1.08, "USD": 1.0}) is False


def test_unknown_currency_not_compared():
    assert agree(money(10e6, unit=None), money(90e6)) is None


def test_significant_digits_ignore_trailing_zeros():
    assert significant_digits(money(60e6)) == 1
    assert significant_digits(money(110e9)) == 2
    assert significant_digits(money(1.3e9)) == 2
    assert significant_digits(money(4.75e9)) == 3


def test_nearly_a_figure_holds_its_own_range_without_the_rounding_on_top():
    # "nearly 2 million" is read as 1.8 to 2 million: 1.4 million is not it,
    # though a bare "2 million" may be 1.5 rounded.
    nearly = money(2e6, low=1.8e6, high=2e6, qualifier="about", precision=0.5e6)
    assert agree(nearly, money(1.4e6)) is False
    assert agree(nearly, money(1.9e6)) is True
    # "about 1.3 billion", either side of its figure, keeps its rounding.
    about = money(1.3e9, low=1.17e9, high=1.43e9, qualifier="about", precision=0.05e9)
    assert agree(about, money(1.45e9)) is True
