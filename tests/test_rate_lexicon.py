"""The rate words of ``units.yaml`` are checked when the lexicon loads: a
broken entry stops the run with the file and what is wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from auditor.extract.lexicon import LexiconError, load_lexicon
from auditor.resources import default_rules_dir


def _lexicon_with(tmp_path: Path, old: str, new: str):
    folder = tmp_path / "lexicon"
    shutil.copytree(default_rules_dir() / "lexicon", folder)
    units = folder / "units.yaml"
    text = units.read_text(encoding="utf-8")
    assert old in text
    units.write_text(text.replace(old, new), encoding="utf-8")
    return load_lexicon(folder)


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("    - {pint: day, words: [day]", "    - {pint: meter, words: [day]", "not a unit of time"),
        ("rate_time_base: year", "rate_time_base: gram", "rate_time_base"),
        ("  meter ** 3: meter ** 3 / day", "  meter ** 3: meter ** 2 / day", "rate_bases"),
        ("    - {pint: hour, words: [hour]", "    - {words: [hour]", "needs 'pint'"),
        ("  before_any: [per, for every, for each]", "  before_any: []", "per.before_any"),
        ("rate_symbols: [t], spaced_symbols: [t]", "rate_symbols: [t], spaced_symbols: [tn]", "spaced symbol 'tn'"),
    ],
)
def test_broken_rate_words_name_what_is_wrong(tmp_path, old, new, says):
    with pytest.raises(LexiconError, match=says):
        _lexicon_with(tmp_path, old, new)


def test_a_new_rate_noun_is_data(tmp_path):
    lexicon = _lexicon_with(tmp_path, "article_nouns: [share,", "article_nouns: [berth, share,")
    from auditor.extract.figures import find_figures

    (figure,) = find_figures("Mooring costs EUR 40 a berth.", lexicon)
    assert figure.quantity.per == "berth"


def test_the_words_before_a_denominator_are_data(tmp_path):
    from auditor.extract.figures import find_figures

    lexicon = _lexicon_with(tmp_path, "  before_any: [per, for every, for each]", "  before_any: [per, pro]")
    (figure,) = find_figures("Mooring costs EUR 40 pro night.", lexicon)
    assert figure.quantity.per == "night"
