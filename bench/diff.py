"""What a change does to attribution on a whole corpus: `newsdesk extract` at a git ref and in the work
tree, and every quote whose speaker changed, appeared or went, with its context.

    python bench/diff.py REF [--corpus ../shared/corpus/bulk] [--show 40] [--kind changed] [--jobs 2]

Prints the counts, then up to --show changes drawn evenly from all of them (or from one --kind: changed,
gone, new). "identical" means every record
is the same (speakers, quotes, initiatives, titles), the rule names a quote carries aside, since renaming a
rule changes no attribution. Problems (stderr) are not compared: `cmp` two `extract` runs for that.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def extract(code: Path, corpus: Path, jobs: int, out: Path) -> None:
    # A cache of its own for each run: the measure is the code's, never analyses stored by another version.
    env = {**os.environ, "PYTHONPATH": str(code), "NEWSDESK_CACHE": str(out.with_suffix(".cache.sqlite"))}
    with out.open("w") as fh:
        subprocess.run([sys.executable, "-m", "tui", "extract", str(corpus), "--format", "jsonl", "--jobs", str(jobs)],
                       stdout=fh, stderr=subprocess.DEVNULL, env=env, cwd=code, check=False)  # fmt: skip


def read(path: Path) -> tuple[dict[tuple[str, int, int], dict], list[dict]]:
    """Every quote by (path, start, end), and every record with its quotes' rule names left out."""
    quotes: dict[tuple[str, int, int], dict] = {}
    records: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        for q in r["quotes"]:
            quotes[(r["path"], q["start"], q["end"])] = q
        records.append({**r, "quotes": [{**q, "rule": ""} for q in r["quotes"]]})
    return quotes, records


def context(path: str, start: int, end: int) -> str:
    from tui.articles.sources import read_file

    for a in read_file(path, path, Path(path).name):
        text = getattr(a, "text", "")
        if len(text) >= end:
            lo, hi = max(0, start - 120), min(len(text), end + 120)
            return (
                " ".join(text[lo:start].split())
                + " «"
                + " ".join(text[start:end].split())
                + "» "
                + " ".join(text[end:hi].split())
            )
    return ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ref", help="a git ref to compare the work tree with (a commit, HEAD~1, main)")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bulk")
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--kind", choices=("changed", "gone", "new"), help="show only changes of this kind")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        tree = base / "ref"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), args.ref], cwd=ROOT, check=True,
                       capture_output=True)  # fmt: skip
        try:
            extract(tree, args.corpus.resolve(), args.jobs, base / "ref.jsonl")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
        extract(ROOT, args.corpus.resolve(), args.jobs, base / "new.jsonl")
        old, old_records = read(base / "ref.jsonl")
        new, new_records = read(base / "new.jsonl")
    changed = [k for k in old.keys() & new.keys() if old[k].get("speaker") != new[k].get("speaker")]
    gone = sorted(old.keys() - new.keys())
    added = sorted(new.keys() - old.keys())
    same = old_records == new_records  # speakers, initiatives and titles too, not only the quotes
    print(f"{args.ref} -> work tree on {args.corpus}: {len(old):,} quotes before, {len(new):,} after")
    print(f"  speaker changed: {len(changed):,}; quotes gone: {len(gone):,}; quotes new: {len(added):,}")
    print("  identical (rule names aside)" if same else "  outputs differ")
    rows = [("changed", k) for k in sorted(changed)] + [("gone", k) for k in gone] + [("new", k) for k in added]
    if args.kind:
        rows = [r for r in rows if r[0] == args.kind]
    step = max(1, len(rows) // max(1, args.show))
    for what, key in rows[::step][: args.show]:
        path, start, end = key
        before = old.get(key, {}).get("speaker")
        after = new.get(key, {}).get("speaker")
        rule = new.get(key, old.get(key, {})).get("rule", "")
        print(f"\n[{what}] {path}:{start}-{end}  {before!r} -> {after!r}  ({rule})")
        print(f"  {context(path, start, end)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
