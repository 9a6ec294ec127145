"""The speakers and initiatives a corpus shows most, and a random draw of speakers: what a reader sees first, and
where fragments, places, bylines, people-as-initiatives show themselves (issue 13); and a random draw of
initiatives, where bodies, places and clause fragments named like initiatives show.

    python bench/lists.py [CORPUS] [--top 40] [--random 40] [--seed 13] [--jobs 2]

Runs `newsdesk extract --format jsonl` on the corpus (default ../shared/corpus/bulk) and counts each speaker
once per quote and each initiative once per article; --random draws that many of each.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "bulk")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--random", type=int, default=40)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    cmd = [sys.executable, "-m", "tui", "extract", str(args.corpus), "--format", "jsonl", "--jobs", str(args.jobs)]
    out = subprocess.run([*cmd, "--no-cache"], capture_output=True, text=True, cwd=ROOT, check=False)
    speakers: Counter[str] = Counter()
    initiatives: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}  # "Analysts" opening a sentence and "analysts": one speaker, one line
    for line in out.stdout.splitlines():
        r = json.loads(line)
        for q in r["quotes"]:
            if q.get("speaker"):
                key = q["speaker"].casefold()
                speakers[key] += 1
                forms.setdefault(key, Counter())[q["speaker"]] += 1
        initiatives.update({i["name"] for i in r["initiatives"]})
    shown = {k: c.most_common(1)[0][0] for k, c in forms.items()}
    speakers = Counter({shown[k]: n for k, n in speakers.items()})
    fmt = lambda c: "; ".join(f"{k} ({n})" for k, n in c)  # noqa: E731
    print(f"top {args.top} speakers: {fmt(speakers.most_common(args.top))}\n")
    names = sorted(speakers)
    drawn = random.Random(args.seed).sample(names, min(args.random, len(names)))
    print(f"{len(drawn)} random speakers (seed {args.seed}, of {len(names):,}): {'; '.join(drawn)}\n")
    print(f"top {args.top} initiatives: {fmt(initiatives.most_common(args.top))}\n")
    kinds = sorted(initiatives)
    drawn = random.Random(args.seed).sample(kinds, min(args.random, len(kinds)))
    print(f"{len(drawn)} random initiatives (seed {args.seed}, of {len(kinds):,}): {'; '.join(drawn)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
