"""Benchmark: analysis throughput (MB of article text per second) with 1 and N processes.

python bench/extract.py [FOLDER] [--jobs 2] [--repeat 1]   (default: ../shared/corpus/bulk)

--repeat N runs the one-process analysis N times and prints each run: a shared machine's speed drifts by a
fifth through a day, so one run says little on its own.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from tui.analysis import analyze
from tui.articles import load
from tui.library.extract import extract, extract_rendered


def _cold() -> None:
    """Empties the analysis caches, so that each run reads the corpus as the first one did."""
    from tui.analysis import attribution, initiatives, nouns

    for module in (attribution, initiatives, nouns):
        for obj in vars(module).values():
            if callable(getattr(obj, "cache_clear", None)):
                obj.cache_clear()


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", default=str(root.parent / "shared" / "corpus" / "bulk"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    if not Path(args.folder).exists():
        print(f"no corpus at {args.folder}; nothing to measure")
        return 0
    articles = load([args.folder]).articles
    mb = sum(len(a.text.encode()) for a in articles) / 1e6
    for _ in range(max(1, args.repeat)):
        _cold()
        t0 = time.perf_counter()
        quotes = sum(len(analyze(a).quotes) for a in articles)
        dt = time.perf_counter() - t0
        print(f"analysis only, 1 process: {len(articles):,} articles, {mb:.1f} MB, {quotes:,} quotes in {dt:.1f} s: "
              f"{mb / dt:.2f} MB/s")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process so far (corpus loaded and analysed): {peak:.0f} MB")
    for jobs in (1, args.jobs):
        t0 = time.perf_counter()
        n = sum(1 for r in extract([args.folder], jobs=jobs) if isinstance(r, tuple))
        dt = time.perf_counter() - t0
        print(f"load + analysis (objects back), --jobs {jobs}: {n:,} articles in {dt:.1f} s: {mb / dt:.2f} MB/s")
    for jobs in (1, args.jobs):
        t0 = time.perf_counter()
        n = sum(1 for r in extract_rendered([args.folder], "jsonl", jobs=jobs) if isinstance(r, str))
        dt = time.perf_counter() - t0
        print(f"load + analysis + JSON lines (newsdesk extract), --jobs {jobs}: {dt:.1f} s: {mb / dt:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
