"""Where extraction's time goes, by stage: ``python tests/benchmarks/profile_stages.py``.

Reads the 1 MB synthetic corpus of ``bench_extract.py`` (or the documents
under ``--path``) once, warm (patterns compiled, lexicons loaded, on the
first document), and prints the processor time of each stage of the document
model and of the claim reader, each stage's own time (a stage called from
another is not counted twice), with how many times it ran.

The stages are the functions the document model and the claim reader call,
wrapped while the script runs: a stage whose function is renamed or gone is
left out (and listed), so the script keeps working as the code changes. A
wrapper costs about a microsecond a call; the shares are what to read, not
the total. Not a test.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Stage -> (module, function) pairs; "Class.method" for a method.
STAGES: dict[str, list[tuple[str, str]]] = {
    "segment": [("auditor.document", "segment_spans"), ("auditor.document", "in_pieces")],
    "layout (lead-ins, dateline, quotations, tables)": [("auditor.document", "read_layout")],
    "figures and dates": [
        ("auditor.document", "document_anchors"),
        ("auditor.document", "attribute_cues"),
        ("auditor.document", "_figures_and_dates"),
        ("auditor.document", "counts_named_before"),
        ("auditor.document", "relative_dates"),
        ("auditor.document", "_masked"),
    ],
    "names: finding (capitalised runs, gazetteer)": [("auditor.document", "find_entities")],
    "names: titles, demonyms, places": [("auditor.document", "untyped_names"), ("auditor.document", "read_names")],
    "names: the document's filters": [
        ("auditor.document", "_redefined_short_names"),
        ("auditor.document", "_drop_common_words"),
        ("auditor.document", "_drop_measure_words"),
        ("auditor.document", "_names_written_with_s"),
    ],
    "names: kinds and descriptions": [("auditor.document", "typed_name")],
    "entities and topics": [
        ("auditor.document", "build_entities"),
        ("auditor.document", "_owners_before_facilities"),
        ("auditor.document", "_document_topic"),
        ("auditor.document", "_title_owner"),
        ("auditor.document", "_most_named"),
        ("auditor.document", "_topics"),
    ],
    "references: finding": [("auditor.document", "find_references")],
    "references: resolving": [("auditor.document.coreference", "Resolver.resolve_sentence")],
    "clauses": [("auditor.document", "clauses")],
    "document model, the rest": [("auditor.extract.reader", "build_model")],
    "reader: mentions of a sentence": [("auditor.extract.reader", "sentence_mentions")],
    "reader: event triggers": [("auditor.extract.reader", "find_triggers")],
    "reader: attribution": [("auditor.extract.reader", "attribute")],
    "reader: qualifiers": [("auditor.extract.reader", "qualify")],
    "reader: dated events": [("auditor.extract.reader", "_date_event")],
    "reader: attributes": [("auditor.extract.reader", "find_attributes"), ("auditor.extract.reader", "homes_stated")],
    "reader: claim records (pydantic)": [("auditor.extract.reader", "_claim")],
    "reader: the rest of a sentence": [("auditor.extract.reader", "_read_sentence")],
    "tables": [("auditor.extract.reader", "read_tables")],
    "takeovers": [("auditor.extract.reader", "takeovers")],
    "salient entities, full names": [("auditor.extract.reader", "salient_entities"), ("auditor.extract.reader", "full_names")],
    "extraction, the rest (dates of sections, context, sorting)": [("auditor.extract.reader", "extract_document")],
}


class Clock:
    """Own processor time per stage: a stage's callees that are stages too are subtracted."""

    def __init__(self) -> None:
        self.own: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._children: list[float] = []
        # What a wrapped call costs its caller beyond the callee's own clock
        # (the wrapper, two clock reads): measured, then charged to the clocks,
        # not to the calling stage.
        self.overhead = 0.0

    def wrap(self, stage: str, function: Callable) -> Callable:
        clock = time.process_time
        children = self._children

        def timed(*args, **kwargs):
            children.append(0.0)
            started = clock()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = clock() - started
                inner = children.pop()
                self.own[stage] = self.own.get(stage, 0.0) + elapsed - inner
                self.calls[stage] = self.calls.get(stage, 0) + 1
                if children:
                    children[-1] += elapsed + self.overhead

        timed.__wrapped__ = function  # type: ignore[attr-defined]
        return timed


def calibrate(clock: Clock, calls: int = 200_000) -> None:
    """Sets ``clock.overhead``: a wrapped call of a function doing nothing, in
    a wrapped caller, less the same call unwrapped."""

    def nothing() -> None:
        return None

    def caller(function: Callable) -> None:
        for _ in range(calls):
            function()

    plain = min(_seconds(lambda: caller(nothing)) for _ in range(3))
    wrapped_nothing = clock.wrap("(calibration)", nothing)
    timed = min(_seconds(lambda: caller(wrapped_nothing)) for _ in range(3))
    clock.overhead = max(0.0, (timed - plain) / calls - clock.own["(calibration)"] / clock.calls["(calibration)"])
    clock.own.clear()
    clock.calls.clear()


def _seconds(run: Callable[[], None]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def install(clock: Clock) -> list[str]:
    """Wraps every stage's functions; returns those not found."""
    import importlib

    missing = []
    for stage, places in STAGES.items():
        for module_name, name in places:
            module = importlib.import_module(module_name)
            owner: object = module
            *path, attribute = name.split(".")
            for part in path:
                owner = getattr(owner, part, None)
            function = getattr(owner, attribute, None) if owner is not None else None
            if function is None:
                missing.append(f"{module_name}:{name}")
                continue
            setattr(owner, attribute, clock.wrap(stage, function))
    return missing


def documents(path: Path | None, size_mb: float) -> list[tuple[str, bytes]]:
    if path is None:
        from synthetic import corpus_of_size

        return corpus_of_size(int(size_mb * 1_000_000))
    files = [p for p in sorted(path.rglob("*")) if p.is_file()]
    return [(str(p), p.read_bytes()) for p in files]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, help="a folder of documents (default: the synthetic corpus)")
    parser.add_argument("--size", type=float, default=1.0, help="synthetic corpus size in MB (default 1)")
    args = parser.parse_args()

    from auditor.extract import load_knowledge
    from auditor.extract import reader
    from auditor.sources import parse_document

    parsed = []
    for path, data in documents(args.path, args.size):
        try:
            parsed.append(parse_document(path, data))
        except Exception:  # noqa: BLE001 - a file the loaders refuse is not read by extraction either
            continue
    knowledge = load_knowledge()
    reader.extract_document(parsed[0], knowledge)  # compile patterns, load lexicons
    clock = Clock()
    calibrate(clock)
    missing = install(clock)

    started = time.process_time()
    claims = sum(len(reader.extract_document(document, knowledge).claims) for document in parsed)
    total = time.process_time() - started
    size = sum(len(document.text.encode("utf-8")) for document in parsed) / 1e6

    print(f"{len(parsed)} documents, {size:.2f} MB, {claims} claims: {total:.2f} s of CPU with the stage clocks "
          f"({size / total:.2f} MB/s)")
    clocks = sum(clock.calls.values()) * clock.overhead
    rows = [*clock.own.items(), (f"(the stage clocks themselves, {1e6 * clock.overhead:.1f} µs a call)", clocks)]
    for stage, own in sorted(rows, key=lambda item: -item[1]):
        print(f"  {100 * own / total:5.1f}%  {own:6.2f} s  {clock.calls.get(stage, 0):7d} calls  {stage}")
    if missing:
        print("not found (left out): " + ", ".join(missing))


if __name__ == "__main__":
    main()
