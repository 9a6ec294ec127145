"""Issue 12: untrusted articles and untrusted users on one server. Each test fails on the code before its fix."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import asyncssh
import pytest

from tests.test_serve import connect, read_until, serve
from tui.serve.ssh import Limits

# A stand-in reader that falls behind: raw mode (no echo, no line buffer), then takes 4 KB every 20 ms, and
# answers a line that starts with "ping" with "pong".
SLOW = [
    sys.executable, "-c",
    "import os, sys, time, tty\ntty.setraw(0)\nos.write(1, b'ready\\r\\n')\n"
    "while (d := os.read(0, 4096)):\n"
    "    if d.startswith(b'ping'): os.write(1, b'pong\\r\\n')\n"
    "    time.sleep(0.02)\n",
]  # fmt: skip
# A stand-in that never reads its input and floods its output: the client below never reads either.
FLOOD = [
    sys.executable, "-c",
    "import os\nos.write(1, b'ready\\r\\n')\nwhile True: os.write(1, b'x' * 65536)\n",
]  # fmt: skip


async def test_a_4mb_paste_into_one_session_never_stalls_another(tmp_path: Path, keys) -> None:
    acceptor, hub, port = await serve(tmp_path, keys, SLOW)
    try:
        async with connect(port, keys["good"]) as conn:
            paster = await conn.create_process(term_type="xterm", term_size=(80, 24), encoding=None)
            other = await conn.create_process(term_type="xterm", term_size=(80, 24), encoding=None)
            await read_until(paster.stdout, b"ready")
            await read_until(other.stdout, b"ready")
            paster.stdin.write(b"a" * (4 * 1024 * 1024))  # the client's own window holds it back from here
            await asyncio.sleep(0.5)
            worst = 0.0
            for _ in range(5):
                t0 = time.monotonic()
                other.stdin.write(b"ping")
                await read_until(other.stdout, b"pong", timeout=5)
                worst = max(worst, time.monotonic() - t0)
                await asyncio.sleep(0.1)
            assert worst < 1.0, f"the other session answered in {worst:.2f} s"
            buffered = max(len(s._inbuf) for s in hub.sessions)
            assert buffered <= 512 * 1024, f"{buffered} bytes of input buffered in the server"
            paster.close()
            other.close()
    finally:
        acceptor.close()


async def test_a_client_that_never_reads_holds_back_the_reader_not_the_servers_memory(tmp_path: Path, keys) -> None:
    acceptor, hub, port = await serve(tmp_path, keys, FLOOD)
    try:
        async with connect(port, keys["good"]) as conn:
            chan, _ = await conn.create_session(asyncssh.SSHClientSession, term_type="xterm", term_size=(80, 24),
                                                encoding=None)  # fmt: skip
            chan.pause_reading()  # the client takes nothing: the server's send window fills
            await asyncio.sleep(2.0)
            (session,) = hub.sessions
            assert session.chan.get_write_buffer_size() <= 512 * 1024
            assert session.stalled_for(time.monotonic()) > 0  # the pty is not being read meanwhile
            chan.close()
    finally:
        acceptor.close()


async def test_a_nul_in_term_frees_the_slot_and_the_reader_still_starts(tmp_path: Path, keys) -> None:
    acceptor, hub, port = await serve(tmp_path, keys, SLOW, limits=Limits(max_sessions=1, idle_timeout=0, memory_mb=0))
    try:
        async with connect(port, keys["good"]) as conn:
            p = await conn.create_process(term_type="xterm\x00evil", term_size=(80, 24), encoding=None)
            await read_until(p.stdout, b"ready")  # TERM was replaced, not passed on to fail
            (session,) = hub.sessions
            assert session.term_type == "xterm-256color"
            p.close()
            await asyncio.wait_for(p.wait_closed(), 5)
        for _ in range(50):
            if not hub.sessions:
                break
            await asyncio.sleep(0.05)
        assert not hub.sessions
    finally:
        acceptor.close()


async def test_a_huge_window_is_capped(tmp_path: Path, keys) -> None:
    stty = [sys.executable, "-c", "import os\nprint('size', *os.get_terminal_size(0))\nimport time; time.sleep(5)"]
    acceptor, _, port = await serve(tmp_path, keys, stty)
    try:
        async with connect(port, keys["good"]) as conn:
            p = await conn.create_process(term_type="xterm", term_size=(10000, 10000), encoding=None)
            out = await read_until(p.stdout, b"\n")
            cols, rows = (int(x) for x in out.split(b"size", 1)[1].split()[:2])
            assert cols <= 1000 and rows <= 500
            p.close()
    finally:
        acceptor.close()


@pytest.mark.parametrize("n", [1])
async def test_flood_limit_closes_a_session_whose_input_cannot_be_held_back(tmp_path: Path, keys, n: int) -> None:
    """The cap behind flow control: a session fed past INPUT_CAP while paused is closed with a message."""
    import tui.serve.ssh as ssh

    acceptor, hub, port = await serve(tmp_path, keys, SLOW)
    try:
        async with connect(port, keys["good"]) as conn:
            p = await conn.create_process(term_type="xterm", term_size=(80, 24), encoding=None)
            await read_until(p.stdout, b"ready")
            (session,) = hub.sessions
            session.data_received(b"z" * (ssh.INPUT_CAP + n), None)  # as if the channel ignored the pause
            await read_until(p.stdout, b"more input arrived")
    finally:
        acceptor.close()
