"""Benchmark: articles (and MB) per second parsed from a corpus folder.

python bench/load.py [FOLDER ...]   (default: ../shared/corpus/bulk)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tui.articles import load


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    folders = sys.argv[1:] or [str(root.parent / "shared" / "corpus" / "bulk")]
    if not all(Path(f).exists() for f in folders):
        print(f"no corpus at {folders}; nothing to measure")
        return 0
    t0 = time.perf_counter()
    result = load(folders)
    dt = time.perf_counter() - t0
    chars = sum(len(a.text) for a in result.articles)
    print(
        f"{len(result.articles):,} articles, {len(result.problems)} problems, {chars / 1e6:.1f} M chars "
        f"in {dt:.2f} s: {len(result.articles) / dt:,.0f} articles/s, {chars / 1e6 / dt:.2f} M chars/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
