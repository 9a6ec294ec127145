"""The library at scale: cold load + analysis, warm start to a usable list, and the reader's peak memory.

    python bench/library.py [--sizes 10000 100000] [--jobs 2] [--corpus ../shared/corpus/bulk]
                            [--dir DIR] [--rows-from N]

The corpus is the bulk corpus replicated under distinct paths, each copy's titles marked with its number
(bench/_common.replicate), so every copy is another story: the reader lists a story filed twice once.
Each measurement of the reader runs in a fresh process:

- cold: an empty cache; every file parsed, then every article analysed in `--jobs` worker processes,
  all stored in the cache (what the reader does on its first start, in the background);
- warm: the reader (headless, 80x24) from process start to the list holding every article, then its
  peak RSS, then again after the search index is ready (the first `/`) and one search (then ten queries
  typed a key at a time, each prefix searched: the latency a key); twice: the first
  reader builds the index and stores it in the cache, the second opens the stored one; then once more after
  one file was added and one removed: that reader lays the two files over the stored index.

A folder of tui.library.rows.VIRTUAL_FROM stored articles or more is listed as row numbers (`--rows-from`
moves that for the run). Peak RSS is the process's VmHWM: ru_maxrss would be the bench's own when it is
larger (a child inherits it at exec).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from _common import replicate  # noqa: E402

COLD = """
import sys, time
t0 = time.perf_counter()
from pathlib import Path
from tui.library.cache import Cache
from tui.library.corpus import Library
lib = Library(Cache(Path(sys.argv[1])))
arts = [x for b in lib.load([sys.argv[2]]) for x in b if hasattr(x, "text")]
t1 = time.perf_counter()
lib.analyse_all(arts, jobs=int(sys.argv[3]))
t2 = time.perf_counter()
print(len(arts), t1 - t0, t2 - t0)
"""

WARM = """
TYPED = ("cut taxes", "peace talks", "the prime minister", "we will not", "economic growth", "human rights",
         "by:clinton iraq", "nuclear weapons", "'Congress", "in:xinhua trade")
import time
t0 = time.perf_counter()
import asyncio, resource, sys
from pathlib import Path

def peak():  # this process's peak RSS in MB: VmHWM, not ru_maxrss, which a child
    # started by a big process inherits from it at exec (Linux keeps the old memory's high-water mark)
    try:
        with open("/proc/self/status") as f:
            return next(int(x.split()[1]) for x in f if x.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

async def main():
    from tui.app import NewsdeskApp
    from tui.library.cache import Cache
    from tui.library.corpus import Library
    from tui.library.state import State
    from tui.screens.main import MainScreen

    marks = {}
    everything = asyncio.Event()
    shown = MainScreen._loaded

    def loaded(self, articles, problems, done):  # timed where the screen takes each part, no polling
        shown(self, articles, problems, done)
        marks.setdefault("first", time.perf_counter() - t0)
        if len(articles) >= 0.95 * int(sys.argv[3]):  # every story listed (from the store, before the files' check)
            marks.setdefault("listed", time.perf_counter() - t0)
            marks.setdefault("rss_listed", peak())
        if done:
            marks["all"] = time.perf_counter() - t0
            everything.set()

    MainScreen._loaded = loaded
    if sys.argv[5] != "-":  # --rows-from: where the reader lists a folder as row numbers (tui.library.rows)
        import tui.library.rows

        tui.library.rows.VIRTUAL_FROM = int(sys.argv[5])
    lib, state = Library(Cache(Path(sys.argv[1]))), State(Path(sys.argv[4]))
    app = NewsdeskApp([sys.argv[2]], keymap={}, library=lib, state=state)
    async with app.run_test(size=(80, 24)) as pilot:
        await everything.wait()
        await pilot.app.workers.wait_for_complete()
        listed = len(app.screen.desk.articles)  # the files' stories, each listed once (a story filed twice, once)
        assert 0.95 * int(sys.argv[3]) <= listed <= int(sys.argv[3]), listed
        rss_list = peak()
        t = time.perf_counter()
        app.screen.build_indexes()
        await pilot.app.workers.wait_for_complete()
        index_s = time.perf_counter() - t
        t = time.perf_counter()
        app.screen.indexes["quotes"].search("cut taxes")
        search_s = time.perf_counter() - t
        # then queries typed a key at a time, each prefix searched as the search screen searches it
        index, keys = app.screen.indexes["quotes"], []
        for query in TYPED:
            for end in range(1, len(query) + 1):
                t = time.perf_counter()
                index.search(query[:end])
                keys.append(time.perf_counter() - t)
        keys.sort()
        key_p50, key_p95 = keys[len(keys) // 2], keys[int(len(keys) * 0.95)]
        rss_index = peak()
    m = marks
    print(m["first"], m["listed"], m["all"], m["rss_listed"], rss_list, index_s, rss_index, search_s, listed,
          key_p50, key_p95)

asyncio.run(main())
"""


def run(code: str, *args: str) -> list[float]:
    from _common import installed_env

    env = installed_env()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False)
    if out.returncode:
        raise SystemExit(out.stderr[-3000:])
    return [float(x) for x in out.stdout.split()]


def _ends(folder: Path) -> tuple[Path, Path]:
    """The first and last file under a folder in path order, without a list of a million paths."""
    first = last = None
    for p in folder.rglob("*"):
        if p.is_file() and p.name != "added.txt":
            first = p if first is None or p < first else first
            last = p if last is None or p > last else last
    assert first is not None and last is not None
    return first, last


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bulk"))
    ap.add_argument(
        "--dir",
        help="build the corpus and its store under DIR/<size> and keep them; a later run with the same DIR "
        "reuses them (no cold figures then, and the first reader opens the index the last run stored)",
    )
    ap.add_argument(
        "--rows-from",
        type=int,
        help="stored articles from which the reader lists a folder as row numbers (default: tui.library.rows's)",
    )
    args = ap.parse_args()
    src = Path(args.corpus)
    if not src.is_dir():
        print(f"no corpus at {src}")
        return 1
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(args.dir) / str(n) if args.dir else Path(tmp)
            db, built = base / "cache.sqlite", base / "built"
            if built.exists():
                made = int(built.read_text())
                print(f"{made:,} files: the corpus and store built by an earlier run, under {base}")
            else:
                made = replicate(src, base / "news", n)
                count, parsed, analysed = run(COLD, str(db), str(base / "news"), str(args.jobs))
                size = db.stat().st_size / 1e6
                print(
                    f"{made:,} articles: cold load {parsed:.1f} s, load + analysis with --jobs {args.jobs} "
                    f"{analysed:.1f} s ({count:,.0f} articles, cache {size:.0f} MB)"
                )
                built.write_text(str(made))
            # The first reader builds the search index and stores it; the second opens the stored one; the third
            # comes after a file was added and one removed.
            for who in ("first reader", "second reader", "after 1 file added and 1 removed"):
                if who.startswith("after"):
                    first_file, last_file = _ends(base / "news")
                    last_file.unlink()
                    head, _, rest = first_file.read_bytes().partition(b"\n")
                    (base / "news" / "added.txt").write_bytes(head + b" [added]\n" + rest)  # one in, one out
                first, usable, checked, rss_listed, rss_list, index_s, rss_index, search_s, listed, p50, p95 = run(
                    WARM, str(db), str(base / "news"), str(made), str(base / "state.sqlite"),
                    str(args.rows_from) if args.rows_from is not None else "-",
                )  # fmt: skip
                print(
                    f"{made:,} files ({listed:,.0f} listed), {who}, warm start (fresh process, headless 80x24): "
                    f"first rows {first:.2f} s, every article listed {usable:.2f} s "
                    f"(peak RSS then {rss_listed:.0f} MB), "
                    f"every file checked {checked:.2f} s; peak RSS {rss_list:.0f} MB; search index "
                    f"ready in {index_s:.2f} s, first search {search_s * 1000:.0f} ms, a query typed a key at "
                    f"a time {p50 * 1000:.0f} ms median, p95 {p95 * 1000:.0f} ms a key, peak RSS then "
                    f"{rss_index:.0f} MB (cache {db.stat().st_size / 1e6:.0f} MB)"
                )
    return 0


if __name__ == "__main__":
    t = time.perf_counter()
    code = main()
    print(f"({time.perf_counter() - t:.0f} s in all)")
    raise SystemExit(code)
