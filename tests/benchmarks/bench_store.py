"""The claim store at scale: ``python tests/benchmarks/bench_store.py [--sizes 1000 10000 100000]``.

For each size, a synthetic corpus (``synthetic.py``) is written to a
temporary folder with one new document beside it, and ``auditor check`` runs
in fresh interpreters, each timed and its peak memory taken:

- cold: the whole corpus with an empty store (``--jobs`` workers);
- warm: the same again, every document in the store;
- --against, warm store: the new document against the corpus;
- --against, cold store: the same with an empty store;
- the collector left at Python's defaults, for the warm check (``--gc``);
- with ``--bytecode``, --against on the warm store again with the bytecode
  of every module cached, as an installed auditor runs (pip compiles it at
  install), in a folder of the benchmark's own whatever
  ``PYTHONDONTWRITEBYTECODE`` says: where that is set, every other run
  compiles the package's source first;
- with ``--copies N``, the warm check and --against on N renamed copies of
  the largest corpus and of its store entries (a 100,000-document store
  without an hour of extraction).

It prints the times, the peak RSS of the largest process, the JSON report's
size (as written, without its claims, and with --include-claims) and the
ratios the issue sets targets for, and ``auditor --help``'s time. Not a
test: speed is read by people, not asserted on a shared machine (the load
average is printed before and after).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import corpus, synthetic_document, seed_texts  # noqa: E402

import random  # noqa: E402

# Runs the command line and says on stderr how long the cyclic garbage
# collector ran and how many objects its collections examined ("GC seconds
# collections"); with TUNED False, the collector is left at Python's defaults.
GC_PROGRAM = (
    "import contextlib, gc, sys, time\n"
    "import auditor.pipeline.collector as collector\n"
    "if not {tuned}:\n"
    "    collector.tuned = contextlib.nullcontext\n"
    "    collector.settle = lambda: None\n"
    "spent = [0.0, 0, 0.0]\n"
    "def watch(phase, info):\n"
    "    if phase == 'start': spent[2] = time.perf_counter()\n"
    "    else: spent[0] += time.perf_counter() - spent[2]; spent[1] += 1\n"
    "gc.callbacks.append(watch)\n"
    "from auditor.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "except SystemExit:\n"
    "    pass\n"
    "print(f'GC {{spent[0]:.3f}} {{spent[1]}}', file=sys.stderr)\n"
)


@dataclass
class Run:
    seconds: float
    peak_mb: float
    code: int
    stderr: str = ""
    # Processor time (user and system) of the process and its workers: on a
    # shared machine wall time says as much about the load as about the run.
    cpu_seconds: float = 0.0


def timed(arguments: list[str], cwd: Path, program: str | None = None, env: dict[str, str] | None = None) -> Run:
    """One command in a fresh interpreter: wall time and the peak RSS of its largest process."""
    command = [sys.executable, "-c", program, *arguments] if program else [sys.executable, "-m", "auditor", *arguments]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    stderr = process.stderr.read().decode() if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(arguments)} failed ({process.returncode}):\n{stderr}")
    # wait4 counts the process and the workers it waited for (Linux: RUSAGE_BOTH).
    return Run(elapsed, usage.ru_maxrss / 1024, process.returncode, stderr, usage.ru_utime + usage.ru_stime)


def collector_time(run: Run) -> tuple[float, int]:
    line = next(line for line in run.stderr.splitlines() if line.startswith("GC "))
    _, seconds, collections = line.split()
    return float(seconds), int(collections)


def write_corpus(root: Path, documents: int) -> Path:
    folder = root / "corpus"
    for name, data in corpus(documents):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    # Files written just now are hashed again at the next run (their stat is
    # not trusted within two seconds of a write); a corpus is older than that.
    old = time.time() - 3600
    for path in folder.rglob("*.txt"):
        os.utime(path, (old, old))
    new = root / "new.txt"
    new.write_text(synthetic_document(seed_texts()[0], random.Random(12345), max(10, documents * 20)), encoding="utf-8")
    return folder


def report_sizes(path: Path) -> tuple[float, float, int, int]:
    """``_report_sizes`` in a process of its own.

    Reading a large report back takes hundreds of MB, and on Linux a process's
    peak RSS starts from its parent's peak at ``fork`` and is kept across
    ``exec``: every command timed after it would report this benchmark's
    memory as its own.
    """
    program = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})\n"
        "from bench_store import _report_sizes\n"
        "print(json.dumps(_report_sizes(sys.argv[1])))\n"
    )
    done = subprocess.run([sys.executable, "-c", program, str(path)], capture_output=True, text=True, check=True)
    written, bare, shown, total = json.loads(done.stdout)
    return written, bare, shown, total


def _report_sizes(path: str | Path) -> tuple[float, float, int, int]:
    """MB of the report as written and as it would be written without its claims
    (and the sentences only they quote); its claims and all claims read."""
    from auditor.reporters.json_report import load_report, render_json

    path = Path(path)

    text = path.read_text(encoding="utf-8")
    result = load_report(text)
    written = path.stat().st_size / 1e6
    bare = len(render_json(result.model_copy(update={"claims": ()})).encode("utf-8")) / 1e6
    return written, bare, len(result.claims), result.stats["claims"]


def bytecode_environment(folder: Path) -> dict[str, str]:
    """The environment of a run that reads (and writes) every module's bytecode in ``folder``."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder)
    return env


def measure(
    documents: int, jobs: int, gc_comparison: bool, work: Path, cold_against: bool = True, all_claims: bool = True,
    keep: bool = False, bytecode: bool = False,
) -> dict:
    root = work / f"n{documents}"
    root.mkdir()
    folder = write_corpus(root, documents)
    size = sum(p.stat().st_size for p in folder.rglob("*.txt")) / 1e6
    check = ["check", "--fail-on", "never", "--no-progress"]
    json_out = ["--format", "json", "--output"]
    figures: dict = {"documents": documents, "MB": size}

    figures["cold"] = timed([*check, "corpus", "--cache-dir", "store", "--jobs", str(jobs), *json_out, "cold.json"], root)
    figures["warm"] = timed([*check, "corpus", "--cache-dir", "store", *json_out, "warm.json"], root)
    # Compared a block at a time: this process stays small (see report_sizes).
    same = filecmp.cmp(root / "cold.json", root / "warm.json", shallow=False)
    figures["warm same report"] = same
    figures["report"] = report_sizes(root / "warm.json")
    if all_claims:
        full = timed([*check, "corpus", "--cache-dir", "store", "--include-claims", *json_out, "full.json"], root)
        figures["report with --include-claims MB"] = (root / "full.json").stat().st_size / 1e6
        figures["warm --include-claims"] = full
    if bytecode:  # the same store as the run below gets, before that run keeps the new file
        for copy in ("store-bytecode", "store-bytecode-warmup"):
            shutil.copytree(root / "store", root / copy)
    figures["against warm"] = timed([*check, "new.txt", "--against", "corpus", "--cache-dir", "store"], root)
    if bytecode:
        env = bytecode_environment(work / "bytecode")
        timed([*check, "new.txt", "--against", "corpus", "--cache-dir", "store-bytecode-warmup"], root, env=env)
        figures["against warm, bytecode"] = timed(
            [*check, "new.txt", "--against", "corpus", "--cache-dir", "store-bytecode"], root, env=env
        )
    if cold_against:
        figures["against cold"] = timed(
            [*check, "new.txt", "--against", "corpus", "--cache-dir", "store-cold", "--jobs", str(jobs)], root
        )
    if gc_comparison:
        for label, tuned in (("warm, collector tuned", True), ("warm, default collector", False)):
            figures[label] = timed([*check, "corpus", "--cache-dir", "store"], root, GC_PROGRAM.format(tuned=tuned))
    store = root / "store" / "claims.sqlite"
    figures["store MB"] = store.stat().st_size / 1e6
    if keep:
        return figures
    shutil.rmtree(root)
    return figures


def replicate(source: Path, copies: int, work: Path) -> Path:
    """A corpus of ``copies`` renamed copies of ``source``'s corpus (hard links) and its warm store.

    Each copy's store entries are the source's with the paths renamed, so a
    large corpus's warm path (reading the store, linking, checks, memory) is
    measured without generating and extracting it: at 100,000 documents that
    takes most of an hour on this machine. Copies differ only in their paths,
    so they add documents, claims and findings in proportion, not new names.
    """
    from auditor.store import EncodedDocument, FileStat, claims_fingerprint, open_store

    root = work / f"copies{copies}"
    corpus_folder = root / "corpus"
    files = sorted(p.relative_to(source / "corpus") for p in (source / "corpus").rglob("*.txt"))
    for copy in range(copies):
        for name in files:
            target = corpus_folder / f"copy{copy}" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(source / "corpus" / name, target)
    shutil.copy(source / "new.txt", root / "new.txt")
    fingerprint = claims_fingerprint(None)
    original = open_store(source / "store", fingerprint)
    paths = [f"corpus/{name.as_posix()}" for name in files]
    rows = {path: row for path, *row in original.connection.execute(
        "SELECT d.path, d.sha256, d.status, d.claim_count, d.error, d.size, d.mtime_ns, d.read_ns, "
        "p.head, p.claims, p.corpus_input, p.text FROM documents d JOIN payloads p ON p.path = d.path "
        "WHERE d.fingerprint = ?", (fingerprint,))}  # fmt: skip
    index: dict[str, list[tuple]] = {}
    for path, *row in original.connection.execute("SELECT path, key, seq, kind, event, role, value FROM claim_index"):
        index.setdefault(path, []).append(tuple(row))
    original.close()

    def renamed(data: bytes | None, old: bytes, new: bytes) -> bytes | None:
        return zlib.compress(zlib.decompress(data).replace(old, new), 1) if data is not None else None

    with open_store(root / "store", fingerprint) as store:
        for copy in range(copies):
            for path in paths:
                sha, status, count, error, size, mtime_ns, read_ns, head, claims, names, text = rows[path]
                new = path.replace("corpus/", f"corpus/copy{copy}/", 1)
                old_bytes, new_bytes = path.encode(), new.encode()
                entry = EncodedDocument(
                    path=new, sha256=sha, status=renamed(status, old_bytes, new_bytes),
                    head=renamed(head, old_bytes, new_bytes), claims=renamed(claims, old_bytes, new_bytes),
                    error=error, index=tuple(index.get(path, ())), claim_count=count, corpus_input=names, text=text,
                )  # fmt: skip
                store.put(entry, FileStat(size, mtime_ns, read_ns) if size is not None else None)
    return root


def measure_copies(source: Path, copies: int, work: Path) -> dict:
    """Warm check and --against on ``copies`` copies of the corpus measured in ``source``."""
    root = replicate(source, copies, work)
    check = ["check", "--fail-on", "never", "--no-progress"]
    figures: dict = {"documents": copies * len(list((source / "corpus").rglob("*.txt"))), "copies": copies}
    figures["MB"] = copies * sum(p.stat().st_size for p in (source / "corpus").rglob("*.txt")) / 1e6
    figures["warm"] = timed([*check, "corpus", "--cache-dir", "store", "--format", "json", "--output", "warm.json"], root)
    figures["report"] = report_sizes(root / "warm.json")
    figures["against warm"] = timed([*check, "new.txt", "--against", "corpus", "--cache-dir", "store"], root)
    figures["store MB"] = (root / "store" / "claims.sqlite").stat().st_size / 1e6
    shutil.rmtree(root)
    return figures


def help_time(repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "auditor", "--help"], check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def show(figures: dict) -> None:
    n = figures["documents"]
    made = f", {figures['copies']} renamed copies of the corpus above and their store entries" if "copies" in figures else ""
    print(f"\n{n:,} documents ({figures['MB']:.1f} MB{made}), store {figures['store MB']:.0f} MB")
    for label in ("cold", "warm", "warm --include-claims", "against warm", "against warm, bytecode", "against cold",
                  "warm, collector tuned", "warm, default collector"):  # fmt: skip
        if label in figures:
            run = figures[label]
            extra = ""
            if label.startswith("warm, "):
                seconds, collections = collector_time(run)
                extra = f"   collector {seconds:.2f} s in {collections} collections"
            print(f"  {label:26s} {run.seconds:8.2f} s   CPU {run.cpu_seconds:8.2f} s   peak RSS {run.peak_mb:7.0f} MB{extra}")
    written, bare, shown, total = figures["report"]
    with_all = figures.get("report with --include-claims MB")
    print(f"  JSON report {written:.1f} MB ({shown:,} of {total:,} claims), {bare:.1f} MB without claims"
          + (f", {with_all:.1f} MB with --include-claims" if with_all is not None else ""))
    if "cold" not in figures:
        return
    print(f"  warm report identical to cold: {figures['warm same report']}")
    print(f"  warm / cold: {figures['warm'].seconds / figures['cold'].seconds:.3f}")
    if "against cold" in figures:
        print(f"  against warm / cold store: {figures['against warm'].seconds / figures['against cold'].seconds:.3f}")
    if "warm, default collector" in figures:
        tuned, default = (collector_time(figures[k])[0] for k in ("warm, collector tuned", "warm, default collector"))
        print(f"  collector time, default / tuned: {default:.2f} s / {tuned:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--gc", action="store_true", help="also time the warm check with the default collector")
    parser.add_argument("--bytecode", action="store_true",
                        help="also time --against on the warm store with every module's bytecode cached")
    parser.add_argument("--cold-against-up-to", type=int, default=10_000,
                        help="time --against with an empty store only up to this size (it is a cold check)")
    parser.add_argument("--include-claims-up-to", type=int, default=10_000,
                        help="write a report with every claim only up to this size (it holds them all)")
    parser.add_argument("--copies", type=int, default=0,
                        help="then also time the warm check and --against on this many renamed copies of the "
                             "largest size's corpus and store (a large corpus's warm path without extracting it)")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}")
    print(f"auditor --help: {help_time() * 1000:.0f} ms (median of 7)")
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-store-") as work:
        for documents in args.sizes:
            cold_against = documents <= args.cold_against_up_to
            all_claims = documents <= args.include_claims_up_to
            keep = bool(args.copies) and documents == args.sizes[-1]
            results.append(
                measure(documents, args.jobs, args.gc, Path(work), cold_against, all_claims, keep, args.bytecode)
            )
            show(results[-1])
        if args.copies:
            show(measure_copies(Path(work) / f"n{args.sizes[-1]}", args.copies, Path(work)))
    for small, large in zip(results, results[1:]):
        ratio = large["cold"].seconds / small["cold"].seconds
        print(f"\ncold {large['documents']:,} / {small['documents']:,}: {ratio:.1f}x "
              f"(linear: {large['documents'] / small['documents']:.0f}x)")
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
