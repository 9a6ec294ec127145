"""Benchmarks of the reader (not tests): first paint, a usable list, keystroke to repaint.

    python bench/ui.py [--articles 10000] [--big 100000]

1. time to first paint on the seeds against a bare Textual app that paints one
   Static: cold (a fresh process each, interpreter and imports included, as a
   user sees it) and warm (in-process, first frame and content shown);
2. time from start to a usable list (first rows shown) on N synthetic articles;
3. keystroke-to-repaint for j on a list of BIG articles (median of 50 presses).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Static


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("hello")


async def first_paint(make) -> tuple[float, float]:  # noqa: ANN001
    """(first frame, content shown): run_test hands over once the first screen is up."""
    t0 = time.perf_counter()
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        first = time.perf_counter() - t0
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        shown = time.perf_counter() - t0
    return first, shown


def cold_start(kind: str, runs: int = 9) -> float:
    """Median wall time of a fresh process that starts the app, paints it and exits."""
    import subprocess
    import sys

    from _common import installed_env

    script = Path(__file__).with_name("_paint.py")
    env = installed_env()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, str(script), kind], check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def pty_once(argv: list[str], markers: list[bytes]) -> list[float]:
    """Seconds from spawning `argv` on an 80x24 pseudo-terminal until each marker has been written:
    what a user sees in a real terminal (Textual's full driver, not headless)."""
    import fcntl
    import pty
    import select
    import signal
    import struct
    import subprocess
    import termios

    from _common import installed_env

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = installed_env(TERM="xterm-256color", COLORTERM="truecolor")
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    seen = b""
    found: list[float | None] = [None] * len(markers)
    while None in found and time.perf_counter() - t0 < 20:
        ready, _, _ = select.select([master], [], [], 0.5)
        if not ready:
            continue
        try:
            seen += os.read(master, 65536)
        except OSError:
            break
        for i, marker in enumerate(markers):
            if found[i] is None and marker in seen:
                found[i] = time.perf_counter() - t0
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    os.close(master)
    return [t if t is not None else float("nan") for t in found]


def pty_pairs(bare: list[str], desk: list[str], markers: list[bytes], pairs: int = 15) -> tuple[float, list[float]]:
    """Bare and newsdesk starts taken in turns (the machine's drift hits both alike): the bare app's
    median, and for each newsdesk marker the median of its time over the bare time of the same pair."""
    bare_times: list[float] = []
    ratios: list[list[float]] = [[] for _ in markers]
    for _ in range(pairs):
        (b,) = pty_once(bare, [b"hello"])
        d = pty_once(desk, markers)
        bare_times.append(b)
        for i, t in enumerate(d):
            ratios[i].append(t / b)
    return statistics.median(bare_times), [statistics.median(r) for r in ratios]


def synth(folder: Path, n: int) -> None:
    body = (
        '"We will cut taxes for every family," Finance Minister Jane Doe said on Tuesday. '
        "Opposition leader John Smith called the Family First Plan (FFP) a mistake.\n\n"
        "The plan will be debated at the Spring Budget Summit next month, officials said.\n"
    )
    for i in range(n):
        (folder / f"{i:06d}.txt").write_text(f"Story number {i}\n\n2024-01-{1 + i % 28:02d} 10:00\n\n{body}")


async def usable_list(folder: Path) -> float:
    from tui.app import NewsdeskApp
    from tui.widgets.article_list import ArticleList

    t0 = time.perf_counter()
    app = NewsdeskApp([str(folder)], keymap={})
    async with app.run_test(size=(160, 45)) as pilot:
        while True:
            await pilot.pause(0.01)
            lst = pilot.app.screen.query(ArticleList)
            if lst and lst.first().option_count:
                dt = time.perf_counter() - t0
                break
        await pilot.app.workers.wait_for_complete()
    return dt


class BareList(App[None]):
    def compose(self) -> ComposeResult:
        from textual.widgets import OptionList

        yield OptionList(*[f"row {i}" for i in range(10)])


async def bare_keystroke(presses: int = 50) -> float:
    """The same press-and-repaint round trip on a ten-row OptionList: Pilot's own cost."""
    async with BareList().run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        times = []
        for _ in range(presses):
            t0 = time.perf_counter()
            await pilot.press("down")
            await pilot.pause()
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


async def keystroke(folder: Path, presses: int = 50) -> tuple[float, float]:
    from tui.app import NewsdeskApp

    app = NewsdeskApp([str(folder)], keymap={})
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("1")
        times = []
        for _ in range(presses):
            t0 = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            times.append(time.perf_counter() - t0)
    return statistics.median(times), max(times)


async def palette(folder: Path, queries: tuple[str, ...] = ("story number 4242", "stroy 99", "number")) -> list[float]:
    """The command palette's "go to article" on a loaded corpus: one search per query, as a keystroke asks."""
    from tui.app import NewsdeskApp
    from tui.commands import GoToProvider

    app = NewsdeskApp([str(folder)], keymap={})
    times = []
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        provider = GoToProvider(pilot.app.screen)
        for q in queries * 3:
            t0 = time.perf_counter()
            hits = [h async for h in provider.search(q)]
            times.append(time.perf_counter() - t0)
            assert hits, q
    return times


def main() -> int:
    from tui.app import NewsdeskApp
    from tui.paths import seeds_dir

    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--big", type=int, default=100000)
    ap.add_argument("--palette-only", action="store_true", help="only the palette's go-to-article on --big articles")
    args = ap.parse_args()
    if args.palette_only:
        home = tempfile.mkdtemp(prefix="newsdesk-bench-")
        os.environ["NEWSDESK_CACHE"] = os.path.join(home, "cache.sqlite")
        os.environ["NEWSDESK_DATA"] = os.path.join(home, "data")
        with tempfile.TemporaryDirectory() as tmp:
            synth(Path(tmp), args.big)
            times = asyncio.run(palette(Path(tmp)))
        print(
            f"palette 'go to article' on {args.big:,} articles: first search (the title index built) "
            f"{times[0] * 1000:.0f} ms; then median {statistics.median(times[1:]) * 1000:.1f} ms, worst "
            f"{max(times[1:]) * 1000:.1f} ms a search"
        )
        return 0
    # A cache and reading state of the benchmark's own (every child inherits them), never the user's.
    home = tempfile.mkdtemp(prefix="newsdesk-bench-")
    os.environ["NEWSDESK_CACHE"] = os.path.join(home, "cache.sqlite")
    os.environ["NEWSDESK_DATA"] = os.path.join(home, "data")
    seeds = str(seeds_dir())
    import sys

    paint = Path(__file__).with_name("_paint.py")
    bare_tty, (frame, title, speaker) = pty_pairs(
        [sys.executable, str(paint), "bare-tty"],
        [sys.executable, "-m", "tui", seeds],
        [b"search", b"UN peacekeeping chief", b"Lacroix"],
    )
    print(
        f"cold start in a real 80x24 terminal (pseudo-terminal, 15 alternating pairs, medians): bare Static app "
        f"shows its text in {bare_tty * 1000:.0f} ms; newsdesk's first frame {frame:.2f}x that, the seed's title "
        f"{title:.2f}x, the speaker panel filled {speaker:.2f}x"
    )
    bare_cold, desk_cold = cold_start("bare"), cold_start("newsdesk")
    print(
        f"cold start to first paint (fresh process, median of 9): bare Static app {bare_cold * 1000:.0f} ms, "
        f"newsdesk with the seed analysed and shown {desk_cold * 1000:.0f} ms, ratio {desk_cold / bare_cold:.2f}"
    )
    bare = [asyncio.run(first_paint(Bare)) for _ in range(5)]
    desk = [asyncio.run(first_paint(lambda: NewsdeskApp([seeds], keymap={}))) for _ in range(5)]
    b_first, b_shown = min(x[0] for x in bare), min(x[1] for x in bare)
    d_first, d_shown = min(x[0] for x in desk), min(x[1] for x in desk)
    print(
        f"first frame: bare {b_first * 1000:.0f} ms, newsdesk {d_first * 1000:.0f} ms, ratio {d_first / b_first:.2f}; "
        f"content shown: bare {b_shown * 1000:.0f} ms, newsdesk (seed analysed) {d_shown * 1000:.0f} ms, "
        f"ratio {d_shown / b_shown:.2f}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        synth(folder, args.articles)
        print(f"usable list on {args.articles:,} articles: {asyncio.run(usable_list(folder)):.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        synth(folder, args.big)
        med, worst = asyncio.run(keystroke(folder))
        base = asyncio.run(bare_keystroke())
        print(
            f"j on {args.big:,} articles (press, open the next article, repaint): median {med * 1000:.1f} ms, "
            f"worst {worst * 1000:.1f} ms; the same round trip on a bare 10-row OptionList: {base * 1000:.1f} ms"
        )
        times = asyncio.run(palette(folder))
        print(
            f"palette 'go to article' on {args.big:,} articles: first search (the title index built) "
            f"{times[0] * 1000:.0f} ms; then median {statistics.median(times[1:]) * 1000:.1f} ms, worst "
            f"{max(times[1:]) * 1000:.1f} ms a search"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
