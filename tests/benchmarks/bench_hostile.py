"""Hostile input at scale: ``python tests/benchmarks/bench_hostile.py``.

Runs every pathological input of the growth test (``tests/test_growth.py``:
Markdown, HTML, suppression markers, names, long sentences, the document
model, YAML, JSON) at a fixed size, 50 KB and 400 KB of text by default, and
prints the processor time of each and the ratio between the two sizes
(linear: 8), then the peak memory. The growth test asserts the ratio on
small sizes; this shows what a real hostile file costs. Not a test: speed is
read by people, not asserted on a noisy machine.

Then linking and the checks on one fact stated many times (the growth
test's LINKING_CASES: one document a claim a line, one paragraph, a
document a claim), at 10, 1,000 and 8,000 statements by default: the
processor time of link and checks alone (reading is not timed) and the
ratio between the two larger sizes.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from test_growth import CASES, LINKING_CASES, checked  # noqa: E402


def sized(make, target: int) -> str:  # type: ignore[no-untyped-def]
    """The input of ``make`` nearest ``target`` characters (its n found by doubling, then scaled)."""
    n = 1
    while len(make(n)) < target // 64 and n < 1 << 24:
        n *= 2
    per = len(make(n)) / n
    return make(max(1, round(target / per)))


def cpu(run, text: str) -> float:  # type: ignore[no-untyped-def]
    started = time.process_time()
    run(text)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[50_000, 400_000], metavar=("SMALL", "LARGE"))
    parser.add_argument("--only", nargs="*", default=[], help="case names (see tests/test_growth.py)")
    parser.add_argument(
        "--statements", type=int, nargs=3, default=[10, 1_000, 8_000], metavar=("FEW", "N", "LARGE"),
        help="how many times a fact is stated in the linking cases",
    )
    args = parser.parse_args()
    small, large = args.sizes
    worst = ("", 0.0)
    slowest = ("", 0.0)
    print(f"{'case':28s} {small // 1000:>5d} KB {large // 1000:>6d} KB   ratio (linear {large / small:.0f})")
    for name, (run, make) in CASES.items():
        if args.only and name not in args.only:
            continue
        seconds = [cpu(run, sized(make, size)) for size in (small, large)]
        ratio = seconds[1] / max(seconds[0], 1e-6)
        print(f"{name:28s} {seconds[0]:7.3f} s {seconds[1]:7.3f} s   {ratio:5.1f}", flush=True)
        worst = max(worst, (name, ratio), key=lambda item: item[1])
        slowest = max(slowest, (name, seconds[1]), key=lambda item: item[1])
    few, n, many = args.statements
    print(f"\n{'link and checks':28s} {few:>7,d} {n:>9,d} {many:>9,d}   ratio (linear {many / n:.0f})")
    for name, make in LINKING_CASES.items():
        if args.only and name not in args.only:
            continue
        checked(make(few))  # first use: caches and compiled patterns
        seconds = [cpu(checked, make(count)) for count in (few, n, many)]
        ratio = seconds[2] / max(seconds[1], 1e-6)
        print(f"{name:28s} {seconds[0]:7.3f} s {seconds[1]:7.3f} s {seconds[2]:7.3f} s   {ratio:5.1f}", flush=True)
        worst = max(worst, (name, ratio), key=lambda item: item[1])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"largest ratio: {worst[1]:.1f} ({worst[0]}); slowest at {large // 1000} KB: {slowest[1]:.2f} s ({slowest[0]}); "
          f"peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
