"""Analysis speed at a git ref against the work tree, on the same files in the same conditions: what a change
cost, without the day-to-day drift of the machine that separate runs of bench/extract.py show.

    python bench/speed_vs.py REF [--every 4] [--rounds 1] [--corpus ../shared/corpus/bulk]

Checks REF out into a temporary worktree, then in one child process per tree (each importing its own `tui`)
loads every N-th .txt file of the corpus, analyses them all twice, each pass with the analysis caches emptied
(cold, as bench/extract.py measures), and prints the best time and MB/s. --rounds N does so N times, the two
trees in turn, and prints each side's best round: one round's two runs are minutes apart, and a shared host's
speed moves by a tenth in that time.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tui.articles import load
from tui.analysis import analyze, ANALYSIS_VERSION
files = sorted(Path(sys.argv[2]).rglob("*.txt"))[:: int(sys.argv[3])]
res = load([str(f) for f in files])
arts = res.articles if hasattr(res, "articles") else res
size = sum(len(a.text) for a in arts)
best = float("inf")


def cold():
    # each pass reads the corpus as the first one did: the analysis caches (lru_cache) emptied, as in
    # bench/extract.py (a second pass through warm caches measured the caches, not the code)
    import tui.analysis.attribution, tui.analysis.initiatives, tui.analysis.nouns
    for module in (tui.analysis.attribution, tui.analysis.initiatives, tui.analysis.nouns):
        for obj in vars(module).values():
            if callable(getattr(obj, "cache_clear", None)):
                obj.cache_clear()


for _ in range(2):
    cold()
    t0 = time.perf_counter()
    for a in arts:
        analyze(a)
    best = min(best, time.perf_counter() - t0)
print(f"{len(arts):,} articles, {size / 1e6:.1f} MB, analysis version {ANALYSIS_VERSION}: "
      f"best {best:.2f} s, {size / 1e6 / best:.2f} MB/s")
"""


def _run(tree: Path, corpus: Path, every: int) -> str:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tree), str(corpus), str(every)],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ref")
    ap.add_argument("--every", type=int, default=4)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bulk")
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    if not corpus.is_dir():
        print(f"no corpus at {corpus}; nothing to measure")
        return 0
    best = {"ref": float("inf"), "tree": float("inf")}
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "ref"
        subprocess.run(["git", "worktree", "add", "-f", "-q", str(tree), args.ref], cwd=ROOT, check=True)
        try:
            # (rounds alternate the two trees, so that the machine's drift, a tenth over an hour on a shared
            # host, falls on both alike; each side's best round is compared)
            for _ in range(max(1, args.rounds)):
                for side, where, label in (("ref", tree, args.ref), ("tree", ROOT, "work tree")):
                    line = _run(where, corpus, args.every)
                    print(f"{label}: {line}", flush=True)
                    if (found := re.search(r"best ([\d.]+) s", line)) is not None:
                        best[side] = min(best[side], float(found.group(1)))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
    if args.rounds > 1:
        print(f"best of {args.rounds} rounds: {args.ref} {best['ref']:.2f} s, work tree {best['tree']:.2f} s: the work "
              f"tree takes {best['tree'] / best['ref']:.3f} of the time")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
