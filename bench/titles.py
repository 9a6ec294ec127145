"""Speakers' titles before and after a change: two `newsdesk extract --format jsonl` outputs of one corpus,
and the titles lost, gained and replaced, with a random sample of each to read by hand.

    newsdesk extract ../shared/corpus/bulk --format jsonl > before.jsonl   # at the old code
    newsdesk extract ../shared/corpus/bulk --format jsonl > after.jsonl    # at the new code
    python bench/titles.py before.jsonl after.jsonl [--sample 15] [--seed 5]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def titles(path: Path) -> dict[tuple[str, str], str | None]:
    """(article path, speaker) -> the title the analysis gave them."""
    out: dict[tuple[str, str], str | None] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            for s in record["speakers"]:
                out[(record["path"], s["name"])] = s.get("title")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--sample", type=int, default=15)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    b, a = titles(args.before), titles(args.after)
    print(f"speakers before {len(b):,}, after {len(a):,}: {len(b.keys() - a.keys()):,} gone, "
          f"{len(a.keys() - b.keys()):,} new")  # fmt: skip
    changed = [(k, b[k], a[k]) for k in sorted(b.keys() & a.keys()) if b[k] != a[k]]
    kinds = {
        "lost": [c for c in changed if c[2] is None],
        "gained": [c for c in changed if c[1] is None],
        "replaced": [c for c in changed if c[1] and c[2]],
    }
    print(f"titles changed {len(changed):,}: " + ", ".join(f"{k} {len(v):,}" for k, v in kinds.items()))
    rng = random.Random(args.seed)
    for kind, rows in kinds.items():
        for (_, name), old, new in rng.sample(rows, min(args.sample, len(rows))):
            print(f"  {kind:8} {name} | {(old or '')[:60]} -> {(new or '')[:60]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
