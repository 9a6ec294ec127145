"""`newsdesk serve ssh`: a real asyncssh client against the server on 127.0.0.1, throwaway keys made here."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import stat
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncssh
import pytest

from tests.helpers import ROOT, SEED
from tui.serve.ssh import BYE, FULL, Limits, ServerConfig, load_host_key, reader_argv, start_server

# A stand-in reader for the tests about limits: starts at once, says so, echoes what it is sent.
ECHO = [
    sys.executable, "-c",
    "import os\nos.write(1, b'ready %d\\r\\n' % os.getpid())\nwhile (d := os.read(0, 100)): os.write(1, b'got:' + d)",
]  # fmt: skip


async def serve(tmp_path: Path, keys: dict[str, object], argv: list[str] | None = None, **kw: object):
    limits = kw.pop("limits", Limits(idle_timeout=0, memory_mb=0))
    config = ServerConfig(
        reader_argv=argv or reader_argv([str(SEED)], ["--jobs", "0"]),
        authorized_keys=None if kw.get("allow_anonymous") else keys["auth"],  # type: ignore[arg-type]
        limits=limits,  # type: ignore[arg-type]
        data_dir=tmp_path / "data",
        **kw,  # type: ignore[arg-type]
    )
    acceptor, hub = await start_server(config, "127.0.0.1", 0, tmp_path / "host_key")
    port = acceptor.sockets[0].getsockname()[1]
    return acceptor, hub, port


@contextlib.asynccontextmanager
async def served(
    tmp_path: Path, keys: dict[str, object], argv: list[str] | None = None, **kw: object
) -> AsyncIterator[tuple[Any, asyncssh.SSHClientConnection]]:
    """A server and one connection to it with the good key: (the server's session hub, the connection); the
    server stops once the connection is closed."""
    acceptor, hub, port = await serve(tmp_path, keys, argv, **kw)
    try:
        async with connect(port, keys["good"]) as conn:
            yield hub, conn
    finally:
        acceptor.close()


async def slots_freed(hub: Any, seconds: float = 5.0) -> None:
    """Every session's slot freed (as its channel closes), within seconds."""
    for _ in range(int(seconds / 0.05)):
        if not hub.sessions:
            return
        await asyncio.sleep(0.05)
    assert not hub.sessions, f"{len(hub.sessions)} session(s) still hold a slot"


def connect(port: int, key: object = None, **kw: object):
    return asyncssh.connect(
        "127.0.0.1", port, username="reader", client_keys=[key] if key else None, known_hosts=None,
        agent_path=None, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


async def read_until(stream, marker: bytes, timeout: float = 20.0) -> bytes:
    seen = b""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while marker not in seen:
        left = end - loop.time()
        if left <= 0:
            raise AssertionError(f"{marker!r} not seen; got {seen[-400:]!r}")
        try:
            chunk = await asyncio.wait_for(stream.read(65536), left)
        except TimeoutError:
            continue
        if not chunk:
            raise AssertionError(f"stream closed before {marker!r}; got {seen[-400:]!r}")
        seen += chunk
    return seen


async def test_a_pty_session_gets_the_reader_keys_change_it_and_resizes_relayout(tmp_path: Path, keys) -> None:
    acceptor, hub, port = await serve(tmp_path, keys)
    try:
        async with connect(port, keys["good"]) as conn:
            proc = await conn.create_process(term_type="xterm-256color", term_size=(80, 24), encoding=None)
            await read_until(proc.stdout, b"UN peacekeeping chief")
            await read_until(proc.stdout, b"Lacroix")
            proc.stdin.write(b"?")
            await read_until(proc.stdout, b"Newsdesk keys")
            proc.stdin.write(b"\x1b")
            await read_until(proc.stdout, b"Lacroix")  # the help closed: the article drawn again
            proc.change_terminal_size(160, 45)  # wide: the article list joins the layout
            await read_until(proc.stdout, b"Articles")
            proc.stdin.write(b"q")
            tail = await read_until(proc.stdout, b"\x1b[?1049l")  # the reader left its screen on the way out
            assert tail
            await asyncio.wait_for(proc.wait_closed(), 10)
            assert proc.exit_status == 0
        await slots_freed(hub)
    finally:
        acceptor.close()


async def test_an_unknown_key_and_a_password_are_refused(tmp_path: Path, keys) -> None:
    acceptor, _, port = await serve(tmp_path, keys)
    try:
        with pytest.raises(asyncssh.PermissionDenied):
            async with connect(port, keys["other"]):
                pass
        with pytest.raises(asyncssh.PermissionDenied):
            async with connect(port, None, password="hunter2"):
                pass
    finally:
        acceptor.close()


async def test_exec_sftp_and_forwarding_are_refused(tmp_path: Path, keys) -> None:
    acceptor, _, port = await serve(tmp_path, keys)
    try:
        async with connect(port, keys["good"]) as conn:
            result = await conn.run("cat /etc/passwd", encoding="utf-8")
            assert result.exit_status == 1 and "commands are refused" in result.stderr
            assert "root:" not in result.stdout
            with pytest.raises(asyncssh.ChannelOpenError):  # the subsystem request is refused
                await conn.start_sftp_client()
            with pytest.raises(asyncssh.ChannelOpenError) as exc:
                await conn.create_connection(asyncssh.SSHTCPSession, "127.0.0.1", port)
            assert "forwarding is disabled" in str(exc.value.reason)
            with pytest.raises(asyncssh.ChannelListenError):
                await conn.forward_remote_port("127.0.0.1", 0, "127.0.0.1", 22)
            no_pty = await conn.run(encoding="utf-8")  # a shell without a terminal
            assert no_pty.exit_status == 1 and "needs a terminal" in no_pty.stderr
    finally:
        acceptor.close()


async def test_the_33rd_session_is_told_the_server_is_full_while_32_work(tmp_path: Path, keys) -> None:
    async with served(tmp_path, keys, ECHO, limits=Limits(max_sessions=32, idle_timeout=0, memory_mb=0)) as (hub, conn):
        procs = [await conn.create_process(term_type="xterm", term_size=(80, 24), encoding=None) for _ in range(32)]
        await asyncio.gather(*(read_until(p.stdout, b"ready") for p in procs))
        extra = await conn.create_process(term_type="xterm", term_size=(80, 24), encoding=None)
        refused = await read_until(extra.stdout, b"try again")
        assert refused.decode().startswith(FULL.split("(")[0])
        await asyncio.wait_for(extra.wait_closed(), 5)
        assert extra.exit_status == 1
        for i, p in enumerate(procs):  # and all 32 still answer
            p.stdin.write(f"k{i}\n".encode())  # the pty is in line mode for this stand-in
        await asyncio.gather(*(read_until(p.stdout, f"got:k{i}".encode()) for i, p in enumerate(procs)))
        assert len(hub.sessions) == 32
        for p in procs:
            p.close()


async def test_killing_one_reader_leaves_the_others_running(tmp_path: Path, keys) -> None:
    async with served(tmp_path, keys, ECHO) as (hub, conn):
        a = await conn.create_process(term_type="xterm", term_size=(80, 24), encoding=None)
        b = await conn.create_process(term_type="xterm", term_size=(80, 24), encoding=None)
        first = await read_until(a.stdout, b"\r\n")
        await read_until(b.stdout, b"ready")
        os.kill(int(first.split()[1]), signal.SIGKILL)
        await asyncio.wait_for(a.wait_closed(), 10)
        assert a.exit_status == 128 + signal.SIGKILL
        b.stdin.write(b"still here\n")
        await read_until(b.stdout, b"got:still here")
        assert len(hub.sessions) == 1


async def test_a_closed_session_ends_its_reader(tmp_path: Path, keys) -> None:
    acceptor, hub, port = await serve(tmp_path, keys, ECHO)
    try:
        async with connect(port, keys["good"]) as conn:
            p = await conn.create_process(term_type="xterm", term_size=(80, 24), encoding=None)
            await read_until(p.stdout, b"ready")
            (session,) = hub.sessions
            pid = session.proc.pid
        for _ in range(100):
            await asyncio.sleep(0.05)
            if session.proc.returncode is not None:
                break
        assert session.proc.returncode is not None, f"reader {pid} outlived its session"
    finally:
        acceptor.close()


async def test_anonymous_kiosk_needs_asking_and_keeps_nothing(tmp_path: Path, keys) -> None:
    acceptor, _, port = await serve(
        tmp_path, keys, [sys.executable, "-c", "import os; print(os.environ.get('NEWSDESK_KIOSK'))"]
    )
    try:
        with pytest.raises(asyncssh.PermissionDenied):
            async with connect(port, None):
                pass
    finally:
        acceptor.close()
    acceptor, _, port = await serve(
        tmp_path,
        keys,
        [sys.executable, "-c", "import os; print(os.environ.get('NEWSDESK_KIOSK'))"],
        allow_anonymous=True,
    )
    try:
        async with connect(port, None) as conn:
            p = await conn.create_process(term_type="xterm", term_size=(80, 24), encoding=None)
            assert b"1" in await read_until(p.stdout, b"1")
    finally:
        acceptor.close()


def test_host_key_is_made_private_once_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "host"
    first = load_host_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_host_key(path).get_fingerprint() == first.get_fingerprint()


def test_sigterm_says_goodbye_and_stops_the_readers(tmp_path: Path, keys) -> None:
    port_file = tmp_path / "port"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    script = (
        "import asyncio, logging, sys\n"
        "from pathlib import Path\n"
        "logging.basicConfig(level=logging.INFO)\n"
        "from tui.serve import ssh\n"
        "orig = ssh.start_server\n"
        "async def start(*a, **k):\n"
        "    acc, hub = await orig(*a, **k)\n"
        f"    Path({str(port_file)!r}).write_text(str(acc.sockets[0].getsockname()[1]))\n"
        "    return acc, hub\n"
        "ssh.start_server = start\n"
        "cfg = ssh.ServerConfig(reader_argv=ssh.reader_argv([sys.argv[1]], ['--jobs', '0']),\n"
        "    authorized_keys=Path(sys.argv[2]), limits=ssh.Limits(idle_timeout=0, memory_mb=0))\n"
        "sys.exit(asyncio.run(ssh.serve_forever(cfg, '127.0.0.1', 0, Path(sys.argv[3]))))\n"
    )
    server = subprocess.Popen(
        [sys.executable, "-c", script, str(SEED), str(keys["auth"]), str(tmp_path / "hk")], env=env,
        stderr=subprocess.PIPE,
    )  # fmt: skip

    async def client() -> bytes:
        for _ in range(200):
            if port_file.exists() and port_file.read_text():
                break
            await asyncio.sleep(0.05)
        async with connect(int(port_file.read_text()), keys["good"]) as conn:
            proc = await conn.create_process(term_type="xterm-256color", term_size=(80, 24), encoding=None)
            await read_until(proc.stdout, b"Lacroix")
            server.send_signal(signal.SIGTERM)
            return await read_until(proc.stdout, b"Goodbye")

    try:
        out = asyncio.run(client())
        assert BYE.strip().encode() in out
        assert server.wait(timeout=15) == 0
        log = server.stderr.read().decode() if server.stderr else ""
        assert "shutting down: closing 1 session(s)" in log
    finally:
        if server.poll() is None:
            server.kill()


async def test_the_reader_never_opens_links_on_the_server_and_obeys_no_animation(monkeypatch) -> None:
    from tui.app import make_reader

    monkeypatch.setenv("NEWSDESK_KIOSK", "1")
    app = make_reader([str(SEED)], cache="", animation=False)
    assert app.animation_level == "none" and app.kiosk
    opened: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        monkeypatch.setattr(app._driver, "open_url", lambda url, new_tab=True: opened.append(url))
        app.open_url("https://example.org/story")
        await pilot.pause()
        assert opened == [] and app.clipboard == "https://example.org/story"
        await pilot.press("e")  # export writes files: not on a public server
        await pilot.pause()
        assert type(app.screen).__name__ == "MainScreen"
    monkeypatch.setenv("TERM", "dumb")
    assert make_reader([str(SEED)], cache="").animation_level == "none"


def test_serve_web_serves_the_reader_page(tmp_path: Path) -> None:
    import socket
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    server = subprocess.Popen(
        [sys.executable, "-m", "tui", "serve", "web", str(SEED), "--port", str(port)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        page = ""
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as resp:
                    page = resp.read().decode()
                break
            except OSError:
                time.sleep(0.1)
        assert "Newsdesk" in page and "ws" in page  # the page that opens a websocket to the reader
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_web_without_textual_serve_says_what_to_install(monkeypatch, capsys) -> None:
    import builtins

    from tui.serve.web import HINT, serve_web

    real = builtins.__import__

    def no_textual_serve(name: str, *a, **k):
        if name.startswith("textual_serve"):
            raise ImportError(name)
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", no_textual_serve)
    assert serve_web([str(SEED)], host="127.0.0.1", port=1, max_bytes=1) == 1
    assert HINT in capsys.readouterr().err


def test_the_server_warms_the_shared_cache_in_a_process_of_its_own(tmp_path: Path, monkeypatch) -> None:
    """The corpus, its analyses, the speakers' join and the search index are made by a child process (and its
    workers), whose memory goes back to the system when it ends; the server's stays what its sessions cost."""
    import logging

    from tui.library.cache import Cache
    from tui.serve.cli import _warm_in_child

    db = tmp_path / "cache.sqlite"
    monkeypatch.setenv("NEWSDESK_CACHE", str(db))  # the child opens the default cache, as the server's would
    child = _warm_in_child([str(SEED)], 10_000_000, 1, logging.WARNING)
    assert child.pid != os.getpid()
    child.join(120)
    assert child.exitcode == 0
    cache = Cache(db)
    assert len(cache.files(path=str(SEED))) == 1 and cache.analysed()  # parsed and analysed, for every session
    assert cache._run(lambda c: c.execute("SELECT count(*) FROM pp_people").fetchone()[0], 0)
    from tui.library import diskindex

    keys = diskindex.corpus_keys(diskindex.VIEW_SCOPES, [str(SEED)], 10_000_000)
    assert keys is not None and diskindex.open_views(cache, keys) is not None  # a session's / opens it
