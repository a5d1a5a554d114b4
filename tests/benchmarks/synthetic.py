"""A synthetic corpus made from the documents in ``sources/``, for benchmarks.

Each synthetic document is a run of paragraphs of a source document (about
5 KB, the size of a short news digest) in which names, figures and content
words are rewritten from a seeded random generator. The corpus keeps the
shape of real digests (sentence lengths, density of claims, the trigger,
qualifier and unit words the extractor reads) while each document tells its
own story, as documents of a real corpus do.

Why content words too: a corpus of copies of one story, differing only in
names, holds a genuine contradiction between every pair of copies (one
pledge, same purpose, different backer), so any correct checker reports a
number of findings that grows with the square of the corpus. Rewritten
purposes make coincidences as rare as they are in real news; about one name
and one content word in twenty recurs across documents, so some claims still
meet across documents.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT_BYTES = 5_000
_NAME = re.compile(r"\b[A-Z][a-z]+[A-Z]\w*|\b[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)?\b")
# A figure, but not a year: years keep the documents' timelines.
_NUMBER = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*")
_CONTENT_WORD = re.compile(r"\b[a-z]{4,}\b")
# Words the extractor reads outside the YAML lexicons (attribute cues).
_CODE_WORDS = {"founded", "established", "based", "headquartered", "backed", "owned", "registered", "incorporated"}
_SUFFIXES = ("ing", "ed", "ly", "s")


def seed_texts(sources: Path = ROOT / "sources") -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(sources.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt documents in {sources}")
    return texts


@lru_cache(maxsize=1)
def lexicon_words(rules: Path = ROOT / "rules") -> frozenset[str]:
    """Every lower-case word of the shipped rule pack: these are kept as written."""
    words = set(_CODE_WORDS)

    def collect(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                collect(key)
                collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)
        elif isinstance(node, str):
            words.update(re.findall(r"[a-z]+", node.lower()))

    for path in (rules / "lexicon").glob("*.yaml"):
        collect(yaml.safe_load(path.read_text(encoding="utf-8")))
    return frozenset(words)


def _letters(number: int) -> str:
    """A number written in letters ("aa", "ab", ...), so renamed words carry no digits."""
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[digit] + letters
        if not number:
            return letters


def _excerpt(template: str, rng: random.Random) -> str:
    """A run of whole paragraphs of about DOCUMENT_BYTES, from a random start."""
    paragraphs = template.split("\n")
    start = rng.randrange(len(paragraphs))
    chosen: list[str] = []
    size = 0
    index = start
    while size < DOCUMENT_BYTES:
        paragraph = paragraphs[index % len(paragraphs)]
        chosen.append(paragraph)
        size += len(paragraph) + 1
        index += 1
    return "\n".join(chosen) + "\n"


def synthetic_document(template: str, rng: random.Random, name_pool: int) -> str:
    names: dict[str, str] = {}
    words: dict[str, str] = {}
    keep = lexicon_words()

    def rename(match: re.Match[str]) -> str:
        word = match.group(0)
        if word not in names:
            names[word] = word.split()[0] + _letters(rng.randrange(name_pool))
        return names[word]

    def reword(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in keep:
            return word
        if word not in words:
            # A made-up word of the same length and ending ("-ing", "-ed", "-s"),
            # drawn from a pool so that some recur across documents.
            suffix = next((s for s in _SUFFIXES if word.endswith(s)), "")
            stem = random.Random(rng.randrange(name_pool)).choices("abcdefghijklmnopqrstuvwxyz", k=len(word) - len(suffix))
            words[word] = "".join(stem) + suffix
        return words[word]

    def refigure(match: re.Match[str]) -> str:
        # Amounts as reporters write them: two or three significant digits.
        return f"{rng.uniform(1, 999):.{rng.choice([0, 1])}f}"

    text = _excerpt(template, rng)
    text = _NAME.sub(rename, text)
    text = _CONTENT_WORD.sub(reword, text)
    return _NUMBER.sub(refigure, text)


def corpus(documents: int, seed: int = 7) -> list[tuple[str, bytes]]:
    """``documents`` synthetic files as (name, bytes), deterministic for a seed."""
    rng = random.Random(seed)
    templates = seed_texts()
    # Most names and words are a document's own; about one in twenty recurs
    # elsewhere, as companies and topics recur across a real news corpus.
    pool = max(10, documents * 20)
    return [
        (f"synthetic/{index:06d}.txt", synthetic_document(templates[index % len(templates)], rng, pool).encode("utf-8"))
        for index in range(documents)
    ]


def corpus_of_size(size_bytes: int, seed: int = 7) -> list[tuple[str, bytes]]:
    """Enough synthetic documents to reach ``size_bytes`` of text."""
    return corpus(max(1, round(size_bytes / DOCUMENT_BYTES)), seed)
