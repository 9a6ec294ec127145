"""What Newsdesk's own modules cost the reader's start, beyond what a bare Textual app imports (issue 15: the
seed's title at 1.3x a bare app). A fresh interpreter per run imports what the bare app uses, then the modules
the reader loads before its first frame, timing the whole and the dataclasses made on the way (each is
generated code compiled at import: a frozen one ~0.5 ms).

    python bench/imports.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

# The modules the reader has loaded when the seed's title is first painted (the panels, find bar and dialogs
# load after it), and what the bare app has loaded by then.
_CHILD = r"""
import dataclasses, json, time
import textual.app, textual.widgets
from textual.widgets import Static
from textual.drivers import linux_driver
made = []
real = dataclasses._process_class
def timed(cls, *a, **k):
    t = time.perf_counter()
    try:
        return real(cls, *a, **k)
    finally:
        made.append((cls.__module__ + "." + cls.__qualname__, time.perf_counter() - t))
dataclasses._process_class = timed
t = time.perf_counter()
import tui.cli, tui.app, tui.config, tui.terminal, tui.screens.main, tui.library.corpus, tui.library.listing
total = time.perf_counter() - t
print(json.dumps({"total": total, "made": made}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    totals, dataclass_ms, classes = [], [], {}
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True).stdout
        got = json.loads(out)
        totals.append(got["total"] * 1000)
        dataclass_ms.append(sum(t for _, t in got["made"]) * 1000)
        for name, t in got["made"]:
            classes.setdefault(name, []).append(t * 1000)
    print(
        f"Newsdesk's imports before the first frame (median of {args.runs} fresh interpreters): "
        f"{statistics.median(totals):.1f} ms, of which {statistics.median(dataclass_ms):.1f} ms making "
        f"{len(classes)} dataclasses"
    )
    for name, ts in sorted(classes.items(), key=lambda kv: -statistics.median(kv[1])):
        print(f"  {statistics.median(ts):5.2f} ms  {name}")


if __name__ == "__main__":
    main()
