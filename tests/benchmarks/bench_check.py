"""``auditor check`` at scale: ``python tests/benchmarks/bench_check.py``.

Audits synthetic corpora of 1,000 and 10,000 documents made from
``sources/`` with the default rule pack, and prints the time of each stage,
the ratio between the two sizes (linear growth gives about 10x) and the peak
memory. Not a test: speed is read by people, not asserted on a noisy machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import corpus  # noqa: E402

from auditor.checks.rulefile import load_rules  # noqa: E402
from auditor.engine import AuditOptions, audit  # noqa: E402
from auditor.model import LoadResult  # noqa: E402
from auditor.sources import parse_document  # noqa: E402


def run(documents: int, jobs: int) -> float:
    files = corpus(documents)
    size = sum(len(data) for _, data in files)
    started = time.perf_counter()
    loaded = [parse_document(path, data) for path, data in files]
    parsed = time.perf_counter()
    result = audit(LoadResult(documents=tuple(loaded)), load_rules(), (), AuditOptions(jobs=jobs))
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{documents:6d} documents, {size / 1e6:5.1f} MB: {elapsed:6.2f} s "
        f"(load {parsed - started:.2f} s, extract+link+check {elapsed - (parsed - started):.2f} s), "
        f"{result.stats.get('claims', 0)} claims, {result.stats.get('facts', 0)} facts, "
        f"{len(result.findings)} findings, peak RSS {peak_mb:.0f} MB"
    )
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    times = [run(size, args.jobs) for size in args.sizes]
    for (small, t_small), (large, t_large) in zip(zip(args.sizes, times), zip(args.sizes[1:], times[1:])):
        print(f"{large} / {small} documents: time ratio {t_large / t_small:.1f}x (linear: {large / small:.0f}x)")


if __name__ == "__main__":
    main()
