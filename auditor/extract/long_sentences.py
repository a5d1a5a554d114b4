"""A cap on how much of a sentence is read at once.

Reading a sentence compares its figures, names and trigger words with one
another, which grows faster than the sentence: a "sentence" of thousands of
figures (a table flattened to text, a list without full stops) would take
minutes. Real sentences stay under 4,000 characters (the longest among the
sample, labelled and 1,800 Wikinews documents is 3,713), so a sentence
longer than ``MAX_SENTENCE_CHARS`` is read in pieces of at most that
length, cut at a blank, and the document reports it: a figure near a cut may
lose the subject or the event written on the other side.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from auditor.segment import SentenceSpan

MAX_SENTENCE_CHARS = 5_000


def in_pieces(sentences: Sequence[SentenceSpan], limit: int = MAX_SENTENCE_CHARS) -> tuple[list[SentenceSpan], list[SentenceSpan]]:
    """The sentences with every one longer than ``limit`` cut into pieces,
    and the sentences that were cut."""
    if all(len(sentence.text) <= limit for sentence in sentences):
        return list(sentences), []
    kept: list[SentenceSpan] = []
    cut: list[SentenceSpan] = []
    for sentence in sentences:
        if len(sentence.text) <= limit:
            kept.append(sentence)
        else:
            cut.append(sentence)
            kept.extend(_pieces(sentence, limit))
    return kept, cut


def _pieces(sentence: SentenceSpan, limit: int) -> Iterator[SentenceSpan]:
    text = sentence.text
    position = 0
    while position < len(text):
        end = min(position + limit, len(text))
        if end < len(text):
            blank = max(text.rfind(" ", position + 1, end + 1), text.rfind("\n", position + 1, end + 1))
            if blank > position:
                end = blank
        piece = text[position:end]
        stripped = piece.lstrip()
        offset = position + len(piece) - len(stripped)
        stripped = stripped.rstrip()
        if stripped:
            yield sentence._replace(start=sentence.start + offset, end=sentence.start + offset + len(stripped), text=stripped)
        position = end
