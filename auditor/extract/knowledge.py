"""Knowledge extraction reads: every word list and gazetteer of a rules folder, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditor.document.lexicon import ReferenceLexicon, load_references
from auditor.extract.entities import Gazetteer, load_gazetteer
from auditor.extract.events import EventLexicon, load_events
from auditor.extract.lexicon import Lexicon, load_lexicon
from auditor.resources import holds_knowledge, knowledge_dir_of  # noqa: F401 - re-exported (found without loading knowledge)
from auditor.segment import Lexicon as SegmentLexicon
from auditor.segment import load_lexicon as load_segment_lexicon


@dataclass(frozen=True)
class Knowledge:
    """Everything extraction reads from the rules folder, loaded once."""

    lexicon: Lexicon
    gazetteer: Gazetteer
    events: EventLexicon
    sentences: SegmentLexicon  # abbreviations that steer sentence splitting
    references: ReferenceLexicon  # descriptions, pronouns, places, titles


class KnowledgeError(ValueError):
    """A rules folder's ``entities.yaml`` or ``lexicon/`` is missing or malformed."""


def load_knowledge(rules_dir: Path | None = None) -> Knowledge:
    """The knowledge of a rules folder (default: the shipped one).

    A folder given here replaces the shipped knowledge as a whole: it needs
    ``entities.yaml`` and every file of ``lexicon/``.
    """
    try:
        return Knowledge(
            lexicon=load_lexicon(rules_dir / "lexicon" if rules_dir else None),
            gazetteer=load_gazetteer(rules_dir),
            events=load_events(rules_dir),
            sentences=load_segment_lexicon(rules_dir / "lexicon" / "abbreviations.yaml" if rules_dir else None),
            references=load_references(rules_dir),
        )
    except (OSError, KeyError, TypeError, ValueError) as exc:
        where = rules_dir if rules_dir is not None else "the shipped rules"
        if isinstance(exc, OSError) and exc.strerror:
            reason = f"{exc.strerror}: {exc.filename}"
        else:
            reason = f"{type(exc).__name__}: {exc}" if isinstance(exc, (KeyError, TypeError)) else str(exc)
        raise KnowledgeError(f"{where}: extraction's knowledge is missing or malformed ({reason})") from exc


