"""Extraction throughput: ``python tests/benchmarks/bench_extract.py``.

Builds synthetic corpora of 1 MB and 10 MB from ``sources/`` and runs
load + segment + extract over them on one core, printing MB/s, claims/s and
peak memory (resident set size of the process). Not a test: speed is read by
people, not asserted on a noisy machine.

``--long`` instead reads single documents of growing length (synthetic
documents joined into one, 20 KB to 1.3 MB): throughput that falls with the
length of a document shows work that grows faster than the text (one
document's names, references or sentences compared with all the others).

Each size is run ``--repeat`` times, each time in a fresh interpreter, so
every run starts with cold caches (names met for the first time cost a fuzzy
search, as they do in a real run); the median and the best run are shown.
On a shared machine the best run is the closest to what the code costs, the
median to what a user may see.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import corpus, corpus_of_size  # noqa: E402

from auditor.extract import extract_document, load_knowledge  # noqa: E402
from auditor.sources import parse_document  # noqa: E402


# The "practical ceiling": read, split into sentences, one regex.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
_ONE_FIGURE = re.compile(r"[$€£]?\d[\d,.]*(?:\s*(?:million|billion|bn|m)\b)?")


def reference_seconds(files: list[tuple[str, bytes]]) -> float:
    """Seconds the minimal pipeline takes over ``files`` (best of three):
    measured in the same process as the extraction, it tells how fast the
    machine is at that moment."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _, data in files:
            for sentence in _SENTENCE_BREAK.split(data.decode("utf-8")):
                _ONE_FIGURE.findall(sentence)
        best = min(best, time.perf_counter() - started)
    return best


def measure(size_mb: float) -> dict:
    """One cold run over a corpus of ``size_mb``, in this process."""
    files = corpus_of_size(int(size_mb * 1_000_000))
    total = sum(len(data) for _, data in files)
    reference = reference_seconds(files)
    knowledge = load_knowledge()
    extract_document(parse_document(*files[0]), knowledge)  # compile patterns, load lexicons

    claims = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for path, data in files:
        claims += len(extract_document(parse_document(path, data), knowledge).claims)
    return {
        "bytes": total,
        "documents": len(files),
        "claims": claims,
        "seconds": time.perf_counter() - started,
        # CPU time is steadier than wall time on a shared machine: both are kept.
        "cpu_seconds": time.process_time() - cpu_started,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "reference_seconds": reference,
    }


def _fresh_run(size_mb: float) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--one", str(size_mb)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output)


def report(size_mb: float, runs: list[dict]) -> str:
    first = runs[0]
    mb = first["bytes"] / 1e6
    rates = sorted(mb / run["seconds"] for run in runs)
    claim_rates = sorted(run["claims"] / run["seconds"] for run in runs)
    cpu_rates = sorted(mb / run["cpu_seconds"] for run in runs)
    reference_rates = sorted(mb / run["reference_seconds"] for run in runs)
    # How many times slower than the minimal pipeline, run by run: steadier
    # than MB/s when neighbours load the machine.
    slowdowns = sorted(run["seconds"] / run["reference_seconds"] for run in runs)
    return (
        f"{mb:6.1f} MB, {first['documents']:5d} documents, {first['claims']} claims, {len(runs)} runs: "
        f"median {statistics.median(rates):.2f} MB/s ({statistics.median(claim_rates):,.0f} claims/s), "
        f"best {rates[-1]:.2f} MB/s ({claim_rates[-1]:,.0f} claims/s); "
        f"CPU time: median {statistics.median(cpu_rates):.2f}, best {cpu_rates[-1]:.2f} MB/s; "
        f"peak RSS {max(run['peak_rss_mb'] for run in runs):.0f} MB\n"
        f"{'':8}minimal read + split + one-regex pipeline in the same runs: median "
        f"{statistics.median(reference_rates):.1f} MB/s; extraction is {statistics.median(slowdowns):.1f}x "
        f"slower (median; best {slowdowns[0]:.1f}x)"
    )


def long_documents(counts: tuple[int, ...] = (4, 16, 64, 256)) -> None:
    """Throughput on one document made of ``count`` synthetic documents, for each count."""
    files = corpus(max(counts))
    knowledge = load_knowledge()
    extract_document(parse_document(*files[0]), knowledge)  # compile patterns, load lexicons
    for count in counts:
        data = b"\n".join(content for _, content in files[:count])
        document = parse_document("long.txt", data)
        started = time.process_time()
        claims = len(extract_document(document, knowledge).claims)
        seconds = time.process_time() - started
        print(f"one document of {len(data) / 1e6:5.2f} MB ({count} joined): {seconds:6.2f} s CPU, "
              f"{len(data) / 1e6 / seconds:.2f} MB/s, {claims} claims", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10], help="corpus sizes in MB")
    parser.add_argument("--repeat", type=int, default=5, help="fresh runs per size (default 5)")
    parser.add_argument("--long", action="store_true", help="single documents of growing length instead")
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)  # one run, as JSON: used by the runs above
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(measure(args.one)))
        return
    if args.long:
        long_documents()
        return
    for size in args.sizes:
        print(report(size, [_fresh_run(size) for _ in range(max(1, args.repeat))]), flush=True)


if __name__ == "__main__":
    main()
