"""A section of the event lexicon whose keys each hold a list of words.

``deal_awards``, ``purchases`` and ``award_notices`` in
``rules/lexicon/events.yaml`` are such sections; a key that holds anything
but a list of strings is an error naming the section and the key.
"""

from __future__ import annotations

from typing import Callable, Mapping

__all__ = ["word_lists"]


def word_lists(data: Mapping[str, object], section: str) -> Callable[[str], list[str]] | None:
    """The lists of ``data``'s section ``section``, by key (an absent key
    gives no words), or None when the lexicon has no such section."""
    found = data.get(section)
    if not isinstance(found, Mapping):
        return None

    def words(key: str) -> list[str]:
        listed = found.get(key) or []
        if not isinstance(listed, list) or not all(isinstance(w, str) for w in listed):
            raise ValueError(f"events.yaml: {section}: {key}: expected a list of words")
        return listed

    return words
