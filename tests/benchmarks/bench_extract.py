"""Extraction throughput: ``python tests/benchmarks/bench_extract.py``.

Builds synthetic corpora of 1 MB and 10 MB from ``sources/`` and runs
load + segment + extract over them on one core, printing MB/s, claims/s and
peak memory (resident set size of the process). Not a test: speed is read by
people, not asserted on a noisy machine.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import corpus_of_size  # noqa: E402

from auditor.extract import extract_document, load_knowledge  # noqa: E402
from auditor.sources import parse_document  # noqa: E402


def run(size_mb: float) -> None:
    files = corpus_of_size(int(size_mb * 1_000_000))
    total = sum(len(data) for _, data in files)
    knowledge = load_knowledge()
    extract_document(parse_document(*files[0]), knowledge)  # warm caches and lexicons

    claims = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for path, data in files:
        claims += len(extract_document(parse_document(path, data), knowledge).claims)
    elapsed = time.perf_counter() - started
    # CPU time is steadier than wall time on a shared machine: both are shown.
    cpu = time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{total / 1e6:6.1f} MB, {len(files):5d} documents: {elapsed:6.2f} s, "
        f"{total / 1e6 / elapsed:5.2f} MB/s, {claims / elapsed:8.0f} claims/s "
        f"({claims} claims), CPU {cpu:.2f} s = {total / 1e6 / cpu:.2f} MB/s, peak RSS {peak_mb:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10], help="corpus sizes in MB")
    args = parser.parse_args()
    for size in args.sizes:
        run(size)


if __name__ == "__main__":
    main()
