"""Cheap pre-checks skip a search only where it cannot match.

Some patterns are searched only when the text, lowered, holds one of their
cue words (``qualifiers._Cued``). A cue list that missed a word a pattern
can match would silently lose qualifiers: here every match the patterns
find in the shipped and test corpora must hold one of its cues.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.extract import qualifiers

ROOT = Path(__file__).resolve().parents[1]
# The shipped corpus, the project's own, and every held-out corpus (``tests/fresh*``).
_CORPORA = ["sources", "tests/corpus", *sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").glob("fresh*") if p.is_dir())]
_DIGIT = re.compile(r"\d")
# A figure opens on its currency where it has one ("price target of EUR 78").
_CURRENCY_BEFORE = re.compile(r"(?:\b[A-Z]{3}\s?|[$\u20ac\u00a3\u00a5])$")


def _texts() -> list[str]:
    texts = []
    for corpus in _CORPORA:
        for path in sorted((ROOT / corpus).rglob("*")):
            if path.suffix in (".txt", ".md", ".html") and path.is_file():
                texts.append(path.read_text(encoding="utf-8"))
    return texts


@pytest.fixture(scope="module")
def befores() -> list[str]:
    """What stands before each figure of the corpora, as ``qualify`` reads it
    (before its first digit, and before its currency where it has one)."""
    found = []
    for text in _texts():
        for line in text.splitlines():
            for digit in _DIGIT.finditer(line):
                found.append(line[max(0, digit.start() - qualifiers._REACH) : digit.start()])
                currency = _CURRENCY_BEFORE.search(line, max(0, digit.start() - 4), digit.start())
                if currency is not None:
                    found.append(line[max(0, currency.start() - qualifiers._REACH) : currency.start()])
    return found


_CUED = [name for name in dir(qualifiers) if name.startswith("_CUED_")]


def test_every_cued_pattern_is_listed():
    assert len(_CUED) >= 10


@pytest.mark.parametrize("name", _CUED)
def test_every_match_holds_a_cue(name: str, befores: list[str]):
    cued = getattr(qualifiers, name)
    matched = 0
    for before in befores:
        for text in (before, before[-60:]):
            match = cued.pattern.search(text)
            if match is None or not text.isascii():
                continue
            matched += 1
            assert cued.cues.search(match.group(0).lower()), (name, match.group(0))
            assert cued.search(text, text.lower()) is not None
    assert matched, f"{name} matched nothing in the corpora: the test reads too little"


@pytest.mark.parametrize(
    "pattern, cues",
    [
        (qualifiers._PHASE, qualifiers._PHASE_CUES),
        (qualifiers._ROUND, qualifiers._ROUND_CUES),
        (qualifiers._SUB_PERIOD, qualifiers._SUB_PERIOD_CUES),
    ],
)
def test_every_nearby_phrase_holds_a_cue(pattern: re.Pattern[str], cues: re.Pattern[str]):
    matched = 0
    for text in _texts():
        for match in pattern.finditer(text):
            if match.group(0).isascii():
                matched += 1
                assert cues.search(match.group(0).lower()), match.group(0)
    assert matched


_LABELLED = (
    "TOMÁS LECLERC: We wrote\nPriya Nandakumar (CFO): Thank you\n  > Q: yes: no\n"
    "x: lower\nAlpha Beta Gamma Delta Epsilon: too long\nOne:\tTab\nNo colon here\n"
    "Q (Lena Voss, Moselle Business Review): asked\nEnds with colon:"
)


def test_speaker_labels_are_those_the_pattern_finds():
    from auditor.document import _SPEAKER_LABEL, _speaker_labels

    for text in [*_texts(), _LABELLED, _LABELLED.replace("\n", "\n\n"), ""]:
        assert [m.span() for m in _speaker_labels(text)] == [m.span() for m in _SPEAKER_LABEL.finditer(text)]


def test_label_tests_pass_every_text_the_patterns_match():
    from auditor.document import _BRACKETED_LABEL, _BRACKETED_LABEL_END, _DEFINED_COMPANY_TERM, _THE_COMPANY
    from auditor.document.layout import _LABEL, _may_open_on_label

    for text in [*_texts(), _LABELLED, 'Calder Ridge Holdings, Inc. (the "Company")']:
        if _BRACKETED_LABEL.search(text):
            assert _BRACKETED_LABEL_END.search(text)
        if _THE_COMPANY.search(text):
            assert _DEFINED_COMPANY_TERM.search(text)
        for line in text.splitlines():
            if _LABEL.match(line):
                assert _may_open_on_label(line)
