"""A file added to a watched corpus: how long until the reader lists it and search finds it.

    python bench/watch.py [--size 100000] [--jobs 2] [--corpus ../shared/corpus/bulk]

The corpus is the bulk corpus replicated under distinct paths, each copy's first line (its title) marked
with the copy's number: the reader lists one story filed twice once, so plain copies would be 17,933 articles
however many files. It is parsed and analysed into a fresh cache first (the slow part: minutes at 100,000).
Then the reader runs headless with --watch, its search index is built (as the first / builds it), a new
article with a word no other holds is written into the corpus, and the two delays are timed from the write:
listed (the article in the list) and searchable (its quote found by the search the reader holds).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import replicate  # noqa: E402

from tui.library.cache import Cache  # noqa: E402
from tui.library.corpus import Library  # noqa: E402
from tui.library.state import State  # noqa: E402


async def measure(corpus: Path, cache: Path, tmp: Path) -> None:
    from tui.app import NewsdeskApp
    from tui.screens.main import MainScreen

    app = NewsdeskApp([str(corpus)], keymap={}, library=Library(Cache(cache)), state=State(tmp / "s.db"), watch=True)
    async with app.run_test(size=(80, 24)) as pilot:

        async def until(cond: Callable[[], bool], seconds: float) -> float:
            start = time.perf_counter()
            while not cond():
                if time.perf_counter() - start > seconds:
                    raise SystemExit(f"not within {seconds} s")
                await asyncio.sleep(0.01)
            return time.perf_counter() - start

        t0 = time.perf_counter()
        await until(lambda: isinstance(pilot.app.screen, MainScreen) and pilot.app.screen.desk.loaded, 600)
        screen = pilot.app.screen
        print(f"listed every article: {time.perf_counter() - t0:.1f} s ({len(screen.desk.articles):,})")
        screen.build_indexes()
        waited = await until(lambda: screen.indexes is not None, 1800)
        print(f"search index ready: {waited:.1f} s")
        await asyncio.sleep(2)  # the watcher is running by now
        word = "zyxwvutsrq"
        built = screen.indexes["quotes"]
        (corpus / "added.txt").write_text(f'Added late\n\n2025-01-01 09:00\n\n"The {word} is here," said Ann Lee.\n')
        # the newest article of the corpus: at the top of the list (a look at every row would make every
        # article of a list of row numbers, a second at each look)
        listed = await until(lambda: any(a.title == "Added late" for a in screen.desk.view[:20]), 60)

        def found() -> bool:
            return bool(screen.indexes and screen.indexes["quotes"].search(word))

        searchable = listed + await until(found, 60)
        layered = getattr(screen.indexes["quotes"], "base", None) is built
        print(
            f"added file: listed {listed:.2f} s, searchable {searchable:.2f} s after the write "
            f"(the index laid over, not rebuilt: {layered})"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bulk"))
    ap.add_argument("--size", type=int, default=100000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus"
        n = replicate(Path(args.corpus), corpus, args.size)
        cache = tmp / "cache.sqlite"
        t = time.perf_counter()
        lib = Library(Cache(cache))
        articles = [x for b in lib.load([str(corpus)]) for x in b if hasattr(x, "text")]
        lib.analyse_all(articles, jobs=args.jobs)
        lib.cache.close()  # type: ignore[union-attr]
        print(f"{n:,} files, {len(articles):,} articles parsed and analysed in {time.perf_counter() - t:.0f} s")
        asyncio.run(measure(corpus, cache, tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
