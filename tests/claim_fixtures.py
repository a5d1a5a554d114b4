"""Hand-built claims for testing linking and the executors without extraction.

Each claim gets a real location inside a small document built from its
sentence, so findings carry the lines and columns the engine would report.
"""

from __future__ import annotations

import hashlib
import itertools
from typing import Literal

from auditor.model import (
    Attribute,
    Claim,
    Document,
    EntityRef,
    Evidence,
    Qualifiers,
    Quantity,
    TimeRef,
)

_ids = itertools.count(1)


def document(path: str, lines: list[str], **fields: object) -> Document:
    text = "\n".join(lines) + "\n"
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    return Document(
        id=path,
        path=path,
        kind="txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
        line_starts=tuple(starts),
        **fields,
    )


def money(
    value: float,
    *,
    low: float | None = None,
    high: float | None = None,
    qualifier: str = "exact",
    precision: float | None = None,
    unit: str | None = "USD",
    kind: Literal["money", "count", "percent", "quantity"] = "money",
) -> Quantity:
    if precision is None:
        # Half a unit of the last written digit of a "$X billion/million" figure.
        scale = 1e9 if value >= 1e9 else 1e6
        written = value / scale
        decimals = len(f"{written:.6f}".rstrip("0").split(".")[1])
        precision = 0.5 * scale * 10 ** (-decimals)
    if low is None and high is None:
        if qualifier == "over":
            low, high = value, None
        elif qualifier == "under":
            low, high = None, value
        else:
            low = high = value
    return Quantity(kind=kind, value=value, low=low, high=high, unit=unit,
                    qualifier=qualifier, precision=precision)  # type: ignore[arg-type]


def claim(
    sentence: str,
    surface: str,
    *,
    path: str = "a.txt",
    line: int = 1,
    kind: str = "money",
    value: Quantity | None = None,
    subject: str | None = None,
    event: str | None = None,
    obj: str | None = None,
    purpose: str | None = None,
    role: str | None = None,
    year: int | None = None,
    year_source: str = "sentence",
    time_text: str | None = None,
    tense: str | None = "past",
    attribute: tuple[str, str] | None = None,
    sentence_start: int | None = None,
    lasts: str | None = None,
    qualifiers: dict | None = None,
) -> Claim:
    """A claim whose figure ``surface`` stands in ``sentence`` on ``line``."""
    column = sentence.index(surface)
    # Lines are laid out as in ``layout``: every line 200 characters apart.
    line_start = (line - 1) * 200
    start = line_start + column
    from auditor.model import Location

    location = Location(
        path=path, start=start, end=start + len(surface), line=line, column=column + 1,
        end_line=line, end_column=column + len(surface) + 1,
    )  # fmt: skip
    return Claim(
        id=f"c{next(_ids)}",
        doc_id=path,
        kind=kind,  # type: ignore[arg-type]
        evidence=Evidence(doc_id=path, location=location, text=surface, sentence=sentence,
                          sentence_start=line_start if sentence_start is None else sentence_start),
        value=value,
        time=TimeRef(year=year, source=year_source, text=time_text or str(year)) if year else None,  # type: ignore[arg-type]
        subject=EntityRef(name=subject, type="organisation", surface=subject) if subject else None,
        event=event,
        object=EntityRef(name=obj, type="unknown", surface=obj) if obj else None,
        purpose=purpose,
        role=role,
        attribute=Attribute(name=attribute[0], value=attribute[1], surface=attribute[1]) if attribute else None,
        tense=tense,  # type: ignore[arg-type]
        lasts=lasts,  # type: ignore[arg-type]
        qualifiers=Qualifiers(**qualifiers) if qualifiers else None,
    )


FAMILIES = {
    "financing": ["funding-round", "capital-inflow"],
    "commitment": ["investment", "pledge", "commitment", "plan", "spending"],
    "acquisition": ["acquisition"],
}
