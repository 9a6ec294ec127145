"""Benchmark: search quality (recall@1, recall@5) and per-query latency, against plain rapidfuzz.

    python bench/search.py [CORPUS] [--queries 300] [--sizes 100000,1000000] [--jobs 2]

Queries are made from real quotes of the corpus (fixed seed): 3-6 consecutive
words as they are; with one typo; with a word dropped; with the words out of
order. A hit is the quote itself (or a quote with the same text) in the top k.
Latency runs the same queries over the quotes replicated to each size, and
times `rapidfuzz.process.extract(query, quotes, scorer=fuzz.WRatio, limit=20)`
on the same quotes for comparison.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from dataclasses import replace
from pathlib import Path

from rapidfuzz import fuzz, process

from tui.library.extract import extract
from tui.library.search import Doc, SearchIndex, docs_from


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(("swap", "drop", "double", "replace"))
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == "drop":
        return word[:i] + word[i + 1 :]
    if op == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiourstnl") + word[i + 1 :]


def make_queries(docs: list[Doc], n: int, seed: int = 7) -> dict[str, list[tuple[str, str]]]:
    rng = random.Random(seed)
    pool = [d for d in docs if len(d.text.split()) >= 8]
    picked = rng.sample(pool, min(n, len(pool)))
    sets: dict[str, list[tuple[str, str]]] = {"exact": [], "typo": [], "dropped": [], "shuffled": []}
    for d in picked:
        words = [w.strip(".,;:!?\"'“”‘’()") for w in d.text.split()]
        words = [w for w in words if w]
        k = rng.randint(3, 6)
        start = rng.randrange(0, max(1, len(words) - k))
        span = words[start : start + k]
        sets["exact"].append((" ".join(span), d.text))
        long_words = [i for i, w in enumerate(span) if len(w) >= 4]
        t = list(span)
        if long_words:
            j = rng.choice(long_words)
            t[j] = typo(t[j], rng)
        sets["typo"].append((" ".join(t), d.text))
        dropped = list(span)
        if len(dropped) >= 4:
            dropped.pop(rng.randrange(1, len(dropped) - 1))
        sets["dropped"].append((" ".join(dropped), d.text))
        shuffled = list(span)
        rng.shuffle(shuffled)
        sets["shuffled"].append((" ".join(shuffled), d.text))
    return sets


def recall(index: SearchIndex, queries: list[tuple[str, str]]) -> tuple[float, float]:
    at1 = at5 = 0
    for q, target in queries:
        texts = [h.doc.text for h in index.search(q, limit=5)]
        at1 += bool(texts) and texts[0] == target
        at5 += target in texts
    return at1 / len(queries), at5 / len(queries)


def replicate(docs: list[Doc], size: int) -> list[Doc]:
    out: list[Doc] = []
    n = 0
    while len(out) < size:
        for d in docs:
            out.append(replace(d, article_id=f"{d.article_id}#{n}") if n else d)
            if len(out) >= size:
                break
        n += 1
    return out


def latency(index: SearchIndex, queries: list[str]) -> tuple[float, float]:
    times = []
    for q in queries:
        t0 = time.perf_counter()
        index.search(q, limit=20)
        times.append(time.perf_counter() - t0)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def baseline(docs: list[Doc], queries: list[str]) -> float:
    texts = [d.text for d in docs]
    times = []
    for q in queries:
        t0 = time.perf_counter()
        process.extract(q, texts, scorer=fuzz.WRatio, limit=20)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(root.parent / "shared" / "corpus" / "bulk"))
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        print(f"no corpus at {args.corpus}; nothing to measure")
        return 0
    t0 = time.perf_counter()
    results = [r for r in extract([args.corpus], jobs=args.jobs) if isinstance(r, tuple)]
    docs = docs_from(results)["quotes"]
    print(f"{len(docs):,} quotes from {len(results):,} articles, analysed in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    index = SearchIndex(docs)
    print(f"index built in {time.perf_counter() - t0:.1f} s")
    sets = make_queries(docs, args.queries)
    for name, qs in sets.items():
        r1, r5 = recall(index, qs)
        print(f"recall {name:9} ({len(qs)} queries): @1 {r1:.3f}  @5 {r5:.3f}")
    lat_queries = [q for qs in sets.values() for q, _ in qs][:400]
    for size in (int(s) for s in args.sizes.split(",") if s):
        big = replicate(docs, size)
        t0 = time.perf_counter()
        big_index = SearchIndex(big)
        built = time.perf_counter() - t0
        med, p95 = latency(big_index, lat_queries)
        base = baseline(big, lat_queries[:40])
        print(
            f"{size:,} quotes (index {built:.1f} s): median {med * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms; "
            f"rapidfuzz WRatio extract median {base * 1000:.0f} ms, {base / med:.0f}x slower"
        )
        del big, big_index
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
