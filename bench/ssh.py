"""`newsdesk serve ssh` under load: N concurrent sessions, each pressing j K times.

    python bench/ssh.py [--sessions 32] [--presses 100] [--attack] [--corpus PATH [--cache FILE] [--settle S]]

The server runs as `newsdesk serve ssh` in its own process on 127.0.0.1 (throwaway keys), serving 300
small synthetic articles, or with --corpus a folder of real ones (through --cache, a cache file already
warm for it, so that the figures are a warm server's; --settle: seconds the server may take to warm it
before the sessions start); each session is its own SSH connection at 160x45, where j moves down the
article list and opens the next article. On a real corpus the next article is known by the list's
position ("2 / 98,416"), not its title. Reported: each key's round trip (key sent -> first byte of
the repaint back, and -> the next article's title drawn in both the list and the reading pane), the
server's CPU (the server and every reader process) and the memory of each reader.

--attack adds two hostile sessions for the whole run (issue 12): one pastes 4 MB at once and keeps
reading, one never reads what the server sends. Compare its keystroke figures with a run without it;
the server's RSS is sampled every 0.2 s and its peak reported.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import asyncssh
from _common import free_port, installed_env, wait_for_port

ROOT = Path(__file__).resolve().parent.parent
TICK = os.sysconf("SC_CLK_TCK")


# The synthetic stories newest first, as the reader lists them (date, then title): j walks down this.
STORIES = 300
ORDER = sorted(range(STORIES), key=lambda i: (-(((1 + i % 28) * 24) + i % 24), f"Story {i:04d}"))


def tree(pid: int) -> list[int]:
    out = [pid]
    for p in out:
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    out.extend(int(x) for x in fh.read().split())
        except OSError:
            continue
    return out


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except OSError:
            continue
    return total / TICK


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


async def session(
    port: int, key: asyncssh.SSHKey, presses: int, ready: asyncio.Barrier, done: asyncio.Barrier, real: bool
) -> list[tuple[float, float]]:
    async with asyncssh.connect(
        "127.0.0.1", port, username="bench", client_keys=[key], known_hosts=None, agent_path=None
    ) as conn:
        proc = await conn.create_process(term_type="xterm-256color", term_size=(160, 45), encoding=None)
        seen = b""
        opened = b" / " if real else b"Jane Doe"  # the list's position, or the newest article's speaker
        while opened not in seen:  # the newest article is open, its panels filled
            seen += await proc.stdout.read(65536)
        await asyncio.sleep(1.0)  # the side panels and the rest of the first frames
        while True:
            try:
                await asyncio.wait_for(proc.stdout.read(65536), 0.3)
            except TimeoutError:
                break
        await proc.stdin.drain()
        await ready.wait()
        times: list[tuple[float, float]] = []
        for k in range(presses):
            # the next article's title, in its list row and the pane; on a real corpus its place in the list
            want = f"{k + 2:,} / ".encode() if real else f"Story {ORDER[k + 1]:04d}".encode()
            t0 = time.perf_counter()
            proc.stdin.write(b"j")
            await proc.stdin.drain()
            seen = await proc.stdout.read(65536)
            first = time.perf_counter() - t0
            while seen.count(want) < (1 if real else 2):
                seen += await asyncio.wait_for(proc.stdout.read(65536), 60)
            shown = time.perf_counter() - t0
            while True:  # let the rest of the frame out before the next key
                try:
                    await asyncio.wait_for(proc.stdout.read(65536), 0.03)
                except TimeoutError:
                    break
            times.append((first, shown))
        await done.wait()  # every session has pressed: the CPU is read before any reader quits
        await done.wait()
        proc.stdin.write(b"q")
        await asyncio.wait_for(proc.wait_closed(), 10)
        return times


async def paster(port: int, key: asyncssh.SSHKey, stop: asyncio.Event) -> None:
    """A session that pastes 4 MB at once, then keeps taking what the reader draws."""
    async with asyncssh.connect(
        "127.0.0.1", port, username="paster", client_keys=[key], known_hosts=None, agent_path=None
    ) as conn:
        proc = await conn.create_process(term_type="xterm-256color", term_size=(160, 45), encoding=None)
        await proc.stdout.read(65536)
        proc.stdin.write(b"\x1b[200~" + b"a" * (4 * 1024 * 1024) + b"\x1b[201~")
        while not stop.is_set():
            try:
                await asyncio.wait_for(proc.stdout.read(65536), 0.5)
            except TimeoutError:
                continue
        proc.close()


async def staller(port: int, key: asyncssh.SSHKey, stop: asyncio.Event) -> None:
    """A session that never reads: the server's send window fills and stays full."""
    async with asyncssh.connect(
        "127.0.0.1", port, username="staller", client_keys=[key], known_hosts=None, agent_path=None
    ) as conn:
        chan, _ = await conn.create_session(
            asyncssh.SSHClientSession, term_type="xterm-256color", term_size=(160, 45), encoding=None
        )
        chan.pause_reading()
        for _ in range(20):
            chan.write(b"jjjjjjjjjj")  # keys that make the reader draw, into a window nobody empties
            await asyncio.sleep(0.2)
        await stop.wait()
        chan.close()


async def sample_rss(pid: int, stop: asyncio.Event, peak: list[float]) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], rss_mb(pid))
        peak[1] = max(peak[1], sum(rss_mb(p) for p in tree(pid)))
        await asyncio.sleep(0.2)


async def run(
    n: int, presses: int, port: int, key: asyncssh.SSHKey, server_pid: int, attack: bool = False, real: bool = False
) -> None:
    stop = asyncio.Event()
    peak = [0.0, 0.0]
    extra = [asyncio.create_task(sample_rss(server_pid, stop, peak))]
    if attack:
        extra += [asyncio.create_task(paster(port, key, stop)), asyncio.create_task(staller(port, key, stop))]
        await asyncio.sleep(2.0)  # the attack is under way before the readers start
    ready, done = asyncio.Barrier(n + 1), asyncio.Barrier(n + 1)
    tasks = [asyncio.create_task(session(port, key, presses, ready, done, real)) for _ in range(n)]
    await ready.wait()  # every session is up: measure from here
    pids = tree(server_pid)
    readers = [p for p in pids if p != server_pid and rss_mb(p) > 20]
    mem = [rss_mb(p) for p in readers]
    cpu0, server0, wall0 = cpu_seconds(pids), cpu_seconds([server_pid]), time.perf_counter()
    await done.wait()
    mem_end = [rss_mb(p) for p in readers]  # every key pressed: each reader's corpus loaded and checked
    cpu = cpu_seconds(pids) - cpu0
    server_cpu = cpu_seconds([server_pid]) - server0
    wall = time.perf_counter() - wall0
    await done.wait()
    results = await asyncio.gather(*tasks)
    stop.set()
    await asyncio.gather(*extra, return_exceptions=True)
    firsts = sorted(f for r in results for f, _ in r)
    lasts = sorted(last for r in results for _, last in r)
    keys = len(firsts)
    print(
        f"{n} sessions x {presses} presses of j ({keys} keys, 160x45): first byte of the repaint median "
        f"{statistics.median(firsts) * 1000:.0f} ms, p95 {firsts[int(0.95 * keys) - 1] * 1000:.0f} ms, slowest "
        f"{firsts[-1] * 1000:.0f} ms; next article on screen (its title in the list and the pane) median "
        f"{statistics.median(lasts) * 1000:.0f} ms, p95 {lasts[int(0.95 * keys) - 1] * 1000:.0f} ms, slowest "
        f"{lasts[-1] * 1000:.0f} ms"
    )
    print(
        f"server CPU (server + {len(readers)} readers) {cpu:.1f} s over {wall:.1f} s ({cpu / wall * 100:.0f}% of one "
        f"core, {cpu / max(1, keys) * 1000:.1f} ms a key, of which the SSH server itself "
        f"{server_cpu / max(1, keys) * 1000:.1f} ms); reader RSS per session median "
        f"{statistics.median(mem):.0f} MB, max {max(mem):.0f} MB when the sessions were up, median "
        f"{statistics.median(mem_end):.0f} MB, max {max(mem_end):.0f} MB after the keys; server RSS "
        f"{rss_mb(server_pid):.0f} MB"
    )
    print(
        f"{'with' if attack else 'without'} the attack (a 4 MB paste and a session that never reads): SSH server "
        f"RSS peak {peak[0]:.0f} MB; server and every reader together peak {peak[1]:.0f} MB"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=32)
    ap.add_argument("--presses", type=int, default=100)
    ap.add_argument("--attack", action="store_true", help="a 4 MB paste and a never-reading session alongside")
    ap.add_argument("--corpus", help="a folder of real articles instead of the 300 synthetic ones")
    ap.add_argument("--cache", help="the cache file to serve --corpus through (warm it first)")
    ap.add_argument("--settle", type=float, default=2.0, help="seconds the server may take to warm its cache")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        news = base / "news"
        news.mkdir()
        for i in range(STORIES if not args.corpus else 0):
            (news / f"{i:04d}.txt").write_text(
                f"Story {i:04d}\n\n2024-01-{1 + i % 28:02d} {i % 24:02d}:00\n\n"
                f'"We will cut taxes for every family," Finance Minister Jane Doe said of plan {i}.\n\n'
                "Opposition leader John Smith called the Family First Plan (FFP) a mistake.\n",
                encoding="utf-8",
            )
        key = asyncssh.generate_private_key("ssh-ed25519")
        (base / "authorized_keys").write_bytes(key.export_public_key())
        port = free_port()
        cache = args.cache or str(base / "cache.sqlite")
        env = installed_env(NEWSDESK_CACHE=cache, NEWSDESK_DATA=str(base / "data"))
        served = args.corpus or str(news)
        server = subprocess.Popen(
            [sys.executable, "-m", "tui", "serve", "ssh", served, "--port", str(port), "--authorized-keys",
             str(base / "authorized_keys"), "--host-key", str(base / "host_key"), "--max-sessions",
             str(args.sessions + 2 * args.attack), "--log-level", "warning"],
            env=env,
        )  # fmt: skip
        try:
            wait_for_port(port)
            time.sleep(args.settle)  # the server warms the shared cache
            asyncio.run(run(args.sessions, args.presses, port, key, server.pid, args.attack, bool(args.corpus)))
        finally:
            server.terminate()
            server.wait(timeout=20)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
