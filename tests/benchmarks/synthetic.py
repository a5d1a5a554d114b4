"""A synthetic corpus made from the documents in ``sources/``, for benchmarks.

Each synthetic document is a source document whose capitalised names and
figures are rewritten from a seeded random generator, so the corpus has the
shape of real digests (same sentence lengths, same density of claims) while
names and amounts vary the way they do across a real corpus.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_NAME = re.compile(r"\b[A-Z][a-z]+[A-Z]\w*|\b[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)?\b")
_AMOUNT = re.compile(r"(?<=[$€£])(\d+(?:\.\d+)?)")


def seed_texts(sources: Path = ROOT / "sources") -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(sources.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt documents in {sources}")
    return texts


def _letters(number: int) -> str:
    """A number written in letters ("aa", "ab", ...), so renamed names carry no digits."""
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[digit] + letters
        if not number:
            return letters


def synthetic_document(template: str, rng: random.Random, name_pool: int) -> str:
    names: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        word = match.group(0)
        if word not in names:
            names[word] = word.split()[0] + _letters(rng.randrange(name_pool))
        return names[word]

    text = _NAME.sub(rename, template)
    # Amounts as reporters write them: two or three significant digits.
    return _AMOUNT.sub(lambda m: f"{rng.uniform(1, 999):.{rng.choice([0, 1])}f}", text)


def corpus(documents: int, seed: int = 7) -> list[tuple[str, bytes]]:
    """``documents`` synthetic files as (name, bytes), deterministic for a seed."""
    rng = random.Random(seed)
    templates = seed_texts()
    # Most names are a document's own; about one in twenty recurs elsewhere,
    # as companies recur across a real news corpus.
    pool = max(10, documents * 20)
    return [
        (f"synthetic/{index:06d}.txt", synthetic_document(templates[index % len(templates)], rng, pool).encode("utf-8"))
        for index in range(documents)
    ]


def corpus_of_size(size_bytes: int, seed: int = 7) -> list[tuple[str, bytes]]:
    """Enough synthetic documents to reach ``size_bytes`` of text."""
    average = sum(len(t.encode("utf-8")) for t in seed_texts()) / len(seed_texts())
    return corpus(max(1, round(size_bytes / average)), seed)
