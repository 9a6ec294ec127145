"""Speakers across the corpus: what building the identities and shared-quote links costs, how fast a stored
profile opens, and a sample of merged identities to read by hand.

    python bench/people.py [--sizes 10000 100000] [--corpus ../shared/corpus/bulk]
    python bench/people.py --sample 50 --seed 2026 [--corpus ../shared/corpus/bulk]
    python bench/people.py --update --corpus FOLDER   (a copy you may write to: a file is added, then removed)

The corpus's analyses come from the cache (a warm corpus: run `newsdesk extract CORPUS >/dev/null` first).
For a size beyond the corpus, its articles are repeated under distinct paths and titles, so every copy is
another article and every quote is reported once per copy: the shared-quote links get copies' worth of work.
The build is timed in this process; the profile is read back from a stored table in a fresh cache file.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.articles import Article  # noqa: E402
from tui.library.cache import Cache  # noqa: E402
from tui.library.corpus import open_library  # noqa: E402
from tui.library.people import People  # noqa: E402
from tui.library.peoplestore import StoredPeople, save  # noqa: E402


def pairs_of(corpus: str) -> list:
    lib = open_library(None)
    articles, _ = lib.load_ordered([corpus])
    t = time.perf_counter()
    pairs = list(lib.pairs(articles))
    print(f"{len(pairs):,} articles' analyses read in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return pairs


def plain(a: Article) -> Article:
    """A parsed Article of a stored one (which reads its text when asked, and cannot be copied by replace)."""
    return Article(id=a.id, source=a.source, title=a.title, text=a.text, spans=a.spans, outlet=a.outlet,
                   editor=a.editor, author=a.author, published=a.published, dateline=a.dateline, url=a.url)  # fmt: skip


def scaled(pairs: list, n: int) -> list:
    out = []
    copy = 0
    if n > len(pairs):
        pairs = [(plain(a), an) for a, an in pairs]
    while len(out) < n:
        for a, an in pairs:
            if len(out) >= n:
                break
            if copy:
                a = replace(a, source=f"copy{copy}/{a.source}", id=f"copy{copy}/{a.id}", title=f"{a.title} ({copy})")
            out.append((a, an))
        copy += 1
    return out


def rss_mb() -> float:
    """This process's resident memory now (VmRSS), in MB."""
    with open("/proc/self/status") as f:
        return next(int(x.split()[1]) for x in f if x.startswith("VmRSS:")) / 1024


def measure(pairs: list, n: int) -> None:
    corpus = scaled(pairs, n)
    quotes = sum(len(an.quotes) for _, an in corpus)
    before = rss_mb()
    t0 = time.perf_counter()
    people = People()
    for a, an in corpus:
        people.add(a, an)
    t1 = time.perf_counter()
    people._join()
    t2 = time.perf_counter()
    for m in people._mentions:
        people.articles[m.art].speakers[m.name] = m.pid
    people._link_shared()
    t3 = time.perf_counter()
    held = rss_mb() - before  # the join as it stands once built: what a build holds until it is stored
    people._mentions = []
    with tempfile.TemporaryDirectory() as tmp:
        cache = Cache(Path(tmp) / "c.db")
        t4 = time.perf_counter()
        save(cache, "bench", "bench:1", people)
        t5 = time.perf_counter()
        stored = StoredPeople(cache, "bench:1")
        top = stored.summaries(limit=1)[0]
        times = []
        for _ in range(20):
            s = time.perf_counter()
            profile = stored.profile(top["pid"])
            times.append(time.perf_counter() - s)
        finds = []
        for name in ("clinton", "tony blair", "trump", "nobody at all"):
            s = time.perf_counter()
            stored.find(name)
            finds.append(time.perf_counter() - s)
        cache.close()
    assert profile is not None
    print(
        f"{len(corpus):>9,} articles  {quotes:>9,} quotes  {len(people.identities):>8,} identities  "
        f"{len(people.groups):>7,} shared groups\n"
        f"    build: read {t1 - t0:.2f} s, identities {t2 - t1:.2f} s, shared-quote links {t3 - t2:.2f} s "
        f"(held {held:,.0f} MB more than before it); stored in {t5 - t4:.1f} s\n"
        f"    profile of {top['name']} ({profile['quotes'] + profile['reported']:,} quotes, "
        f"{profile['articles']:,} articles): median {statistics.median(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms; find by name: max {max(finds) * 1000:.1f} ms"
    )


def update(corpus: str) -> None:
    """The table as the reader and the commands build it (peoplestore.people_of, the cache of NEWSDESK_CACHE):
    as it stands, after a file is added, and after it is removed again; each time how many articles'
    analyses were read (the others' parts come from the cache), and the stored table against a join from
    scratch of every analysis."""
    import os

    from tui.library import peoplestore
    from tui.library.peoplestore import people_of

    lib = open_library(None)
    read: list[int] = []
    written: list[dict[str, int]] = []
    real_save = peoplestore.save

    def save(*args: Any) -> dict[str, int]:
        written.append(real_save(*args))
        return written[-1]

    peoplestore.save = save  # how many rows each build made and wrote

    def pairs_of(articles: list) -> list:
        read.append(len(articles))
        return list(lib.pairs(articles))

    def once(what: str) -> None:
        read.clear()
        t = time.perf_counter()
        articles, _ = lib.load_ordered([corpus])
        t_list = time.perf_counter() - t
        stored = people_of(lib.cache, [corpus], 10 * 2**20, lambda: lib.pairs(articles), articles=lambda: articles,
                           pairs_of=pairs_of)  # fmt: skip
        took = time.perf_counter() - t
        assert stored is not None
        fresh = People.build(lib.pairs(articles))

        def plain(x: object) -> object:
            return json.loads(json.dumps(x))

        summaries = stored.summaries()
        same = summaries == plain(fresh.summaries()) and list(stored.groups()) == plain(
            list(map(fresh.group, fresh.group_ids()))
        )
        same = same and all(stored.profile(s["pid"]) == plain(fresh.profile(s["pid"])) for s in summaries)
        rows = ", ".join(f"{v:,} {k}" for k, v in written[-1].items()) if written else "none"
        print(f"{what}: {len(articles):,} articles listed in {t_list:.1f} s; table built and stored in "
              f"{took - t_list:.1f} s, {sum(read):,} analyses read, rows made and written: {rows}; "
              f"same as a join from scratch: {same}")  # fmt: skip
        written.clear()

    new = os.path.join(corpus, "zz_bench_update.txt")
    once("as it stands")
    with open(new, "w", encoding="utf-8") as f:
        f.write('A bench story\n\n2000-01-05 09:00\n\n"We will not cut the budget," Finance Minister Ann Lee said.\n')
    try:
        once("one file added")
    finally:
        os.remove(new)
    once("that file removed")


def sample(pairs: list, k: int, seed: int) -> None:
    """Merged identities (two or more articles, two or more written forms) drawn at random, to judge by hand."""
    people = People.build(pairs)
    merged = [
        i
        for i in people.identities.values()
        if i.kind == "person" and len({m.art for m in i.mentions}) >= 2 and len({m.name for m in i.mentions}) >= 2
    ]
    print(f"{len(merged):,} merged person identities (2+ articles, 2+ forms); {k} drawn with seed {seed}\n")
    for n, ident in enumerate(random.Random(seed).sample(merged, min(k, len(merged))), 1):
        forms: dict[str, list[tuple[str, str, str]]] = {}
        for m in ident.mentions:
            a = people.articles[m.art]
            forms.setdefault(m.name, []).append((a.day[-4:] or "----", a.desk[:14], (m.title or "")[:34]))
        print(f"{n:>2}. {ident.name}")
        for form, seen in forms.items():
            print(f"      {form!r} x{len(seen)}: " + "; ".join(" ".join(x for x in s if x) for s in seen[:3]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bulk"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--sample", type=int, metavar="N", help="print N merged identities to read instead")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--update", action="store_true", help="time the table's rebuild after a file comes and goes")
    args = ap.parse_args()
    if args.update:
        update(args.corpus)
        return 0
    pairs = pairs_of(args.corpus)
    if args.sample:
        sample(pairs, args.sample, args.seed)
        return 0
    for n in args.sizes:
        measure(pairs, n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
