"""What one keystroke costs in a real terminal: CPU time of the reader's process and bytes written to the
terminal, per key, at 160x45 (issue 15, item 18; bar: 30 ms and 16 KiB a key).

    python bench/keys.py [--corpus ../shared/corpus/bulk] [--presses 40] [--size 160x45] [--key j]

The corpus's analyses are put in the reader's cache first (`newsdesk extract`), so that a key measures moving
and opening, not analysing.

The reader runs on a pseudo-terminal with Textual's real driver, as a user (or an SSH session) runs it. After
it has loaded and gone quiet, the list is focused and the key is pressed once at a time; for each press the
process's user+system CPU (all threads, /proc/PID/stat) and the bytes it writes until it is quiet again are
recorded. A bare Textual OptionList of 10 rows is measured the same way, for scale.
"""

from __future__ import annotations

import argparse
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, installed_env

TICK = os.sysconf("SC_CLK_TCK")

BARE = """
from textual.app import App
from textual.widgets import OptionList

class Bare(App):
    def compose(self):
        yield OptionList(*[f"row {i}" for i in range(10)])

Bare().run()
"""


def cpu_seconds(pid: int) -> float:
    """The process's CPU time, all its threads: from each thread's schedstat (nanoseconds) where the kernel
    keeps it, else utime + stime in clock ticks (10 ms: a key's cost is then a mean over many presses)."""
    total, seen = 0, False
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            total += int((task / "schedstat").read_text().split()[0])
            seen = True
        except (OSError, ValueError, IndexError):
            continue
    if seen:
        return total / 1e9
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def drain(master: int, quiet: float, limit: float = 30.0) -> int:
    """Bytes read until nothing has come for `quiet` seconds."""
    got, t_end = 0, time.monotonic() + limit
    while time.monotonic() < t_end:
        ready, _, _ = select.select([master], [], [], quiet)
        if not ready:
            return got
        try:
            got += len(os.read(master, 1 << 16))
        except OSError:
            return got
    return got


def settle(pid: int, master: int, idle_cpu: float = 0.02, window: float = 1.0, limit: float = 600.0) -> None:
    """Until the process uses under `idle_cpu` seconds of CPU in a `window` (loading and indexing done)."""
    t_end = time.monotonic() + limit
    while time.monotonic() < t_end:
        before = cpu_seconds(pid)
        drain(master, window, window * 2)
        if cpu_seconds(pid) - before < idle_cpu:
            return


def measure(argv: list[str], size: tuple[int, int], keys: list[bytes], presses: int, focus: bytes | None) -> dict:
    import fcntl
    import pty
    import signal
    import struct
    import termios

    cols, rows = size
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = installed_env(TERM="xterm-256color", COLORTERM="truecolor")
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    try:
        settle(proc.pid, master)
        if focus:
            os.write(master, focus)
            drain(master, 0.5)
        cpu, out = [], []
        for i in range(presses):
            key = keys[i % len(keys)]
            before = cpu_seconds(proc.pid)
            os.write(master, key)
            out.append(drain(master, 0.3))
            cpu.append(cpu_seconds(proc.pid) - before)
        return {
            "cpu_ms_mean": 1000 * statistics.mean(cpu),
            "cpu_ms_median": 1000 * statistics.median(cpu),
            "cpu_ms_p90": 1000 * sorted(cpu)[int(0.9 * (len(cpu) - 1))],
            "kib_median": statistics.median(out) / 1024,
            "kib_p90": sorted(out)[int(0.9 * (len(out) - 1))] / 1024,
        }
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        os.close(master)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bulk"))
    ap.add_argument("--presses", type=int, default=40)
    ap.add_argument("--size", default="160x45")
    ap.add_argument("--key", default="j", help="j (list down) or k, or 'jk' to alternate")
    args = ap.parse_args()
    size = tuple(int(x) for x in args.size.split("x"))
    keys = [k.encode() for k in args.key]
    print(f"{args.size}, {args.presses} presses of {args.key!r} (CPU is the process's, all threads, from schedstat)")
    bare = measure([sys.executable, "-c", BARE], size, [b"\x1b[B"], args.presses, None)  # the down arrow

    def line(name: str, r: dict) -> str:
        return (
            f"{name:<17} CPU mean {r['cpu_ms_mean']:.1f} ms, median {r['cpu_ms_median']:.1f}"
            f" (p90 {r['cpu_ms_p90']:.1f})"
            f"   out {r['kib_median']:.1f} KiB (p90 {r['kib_p90']:.1f})"
        )

    print(line("bare OptionList", bare))
    # Every analysis in the cache first (the reader's own cache, which extract fills): else each j also
    # analyses the article it opens, as in the first minutes on a corpus no process has analysed yet, and the
    # figure depends on what ran before.
    warm = [sys.executable, "-m", "tui", "extract", args.corpus, "--format", "jsonl", "--jobs", "2"]
    subprocess.run(warm, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=installed_env(), check=False)
    argv = [sys.executable, "-m", "tui", args.corpus]
    # A reading state of the run's own, every run from the defaults: in the user's, a kept theme, sort or filter
    # changes what a key draws (a kept theme, 5 ms a key), and each run leaves its read marks for the next.
    with tempfile.TemporaryDirectory(prefix="newsdesk-keys-") as data:
        os.environ["NEWSDESK_DATA"] = data
        print(line("newsdesk list", measure(argv, size, keys, args.presses, b"1")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
