"""The command line on a cold and a warm cache (issue 14): wall time and peak memory of `newsdesk extract`,
`search` and `list`, and whether the warm output is the cache-less one, byte for byte.

    python bench/cli.py [CORPUS] [--jobs 2] [--query "cut taxes"]

Each command runs as a user runs it (a fresh process, timed with GNU time for its peak RSS), against a cache
file of its own made for this run: first `--no-cache`, then cold (the cache is filled), then warm twice.
The commands share that cache in the order printed, so "cold" for search and list means the first run of that
command (the articles and analyses were stored by extract). Default corpus: ../shared/corpus/bulk.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd: list[str], out: Path, env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and the command's peak RSS in MB, by GNU time (a forked child's own figure would count
    the pages it shared with this process before exec)."""
    mem = out.with_suffix(".rss")
    t = time.perf_counter()
    with out.open("wb") as fh:
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", str(mem), sys.executable, "-m", "tui", *cmd], stdout=fh,
                       stderr=subprocess.DEVNULL, env=env, cwd=ROOT, check=False)  # fmt: skip
    took = time.perf_counter() - t
    try:
        return took, int(mem.read_text().split()[-1]) // 1024
    except (OSError, ValueError, IndexError):
        return took, -1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "bulk")
    ap.add_argument("--jobs", default="2")
    ap.add_argument("--query", default="cut taxes")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}; nothing to measure")
        return 1
    corpus = str(args.corpus.resolve())
    commands = {
        "extract": ["extract", corpus, "--format", "jsonl", "--jobs", args.jobs],
        "search": ["search", args.query, corpus, "--jobs", args.jobs],
        "list": ["list", corpus],
        "list --format jsonl": ["list", corpus, "--format", "jsonl"],
    }
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        env = {**os.environ, "NEWSDESK_CACHE": str(base / "cache.sqlite"), "NEWSDESK_DATA": str(base / "data")}
        for name, cmd in commands.items():
            plain = base / f"{name}.plain"
            t0, m0 = run([*cmd, "--no-cache"], plain, env)
            rows = [("--no-cache", t0, m0, True)]
            for label in ("cold", "warm", "warm"):
                got = base / f"{name}.{label}"
                t, m = run(cmd, got, env)
                rows.append((label, t, m, got.read_bytes() == plain.read_bytes()))
            print(f"newsdesk {name}:")
            for label, t, m, same in rows:
                print(f"  {label:11} {t:6.2f} s  {m:5d} MB  {'same output' if same else 'OUTPUT DIFFERS'}")
        size = sum(p.stat().st_size for p in base.glob("cache.sqlite*"))
        print(f"cache file(s): {size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
