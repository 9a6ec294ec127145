"""`newsdesk serve ssh`: the reader itself over SSH, one reader process per session on its own pseudo-terminal.

Readers connect with a plain `ssh -p 2222 host` and get Newsdesk, never a shell.
Public-key authentication only (anonymous access must be asked for); shells are
the reader, and exec, SFTP, port, agent and X11 forwarding are refused with a
message where the protocol allows one. Each session's reader runs on a pty whose
size follows the client's window, with the client's TERM; the reader ends when
the session ends and the session when the reader ends. Limits: concurrent
sessions, idle time, and a per-session address-space cap. SIGTERM closes every
session with a goodbye and stops the reader processes cleanly.
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
import signal
import struct
import sys
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import asyncssh

from tui.serve.keys import MAX_USER_DIRS, Identity, check_key, load_host_key

log = logging.getLogger("newsdesk.ssh")

FULL = "Newsdesk is full ({n} readers are connected): please try again in a little while.\r\n"
NO_COMMANDS = "newsdesk: this server runs the Newsdesk reader only; commands are refused.\r\n"
NO_PTY = "newsdesk: the reader needs a terminal: connect with `ssh -t` (and without a command).\r\n"
IDLE = "\r\nNewsdesk: closed after {minutes} idle minutes.\r\n"
BYE = "\r\nNewsdesk is shutting down. Goodbye.\r\n"
FLOODED = "\r\nNewsdesk: closed: more input arrived than the reader could take.\r\n"
STALLED = "\r\nNewsdesk: closed: the connection stopped reading for {minutes} minutes.\r\n"

# Flow control. Input from the client waits in a per-session buffer until the pty takes it; past
# INPUT_HIGH the channel stops reading (the SSH window then holds the client back), below INPUT_LOW it
# reads again, and a buffer past INPUT_CAP (which flow control should make impossible) ends the session.
# Output: while the channel holds more than OUTPUT_HIGH unsent bytes, the pty is not read, so the reader
# blocks on its own output instead of the server buffering it.
INPUT_HIGH = 256 * 1024
INPUT_LOW = 64 * 1024
INPUT_CAP = 4 * 1024 * 1024
OUTPUT_HIGH = 256 * 1024
READ_CHUNK = 65536
STALL_LIMIT = 10 * 60.0  # seconds with output paused before the session is closed
MAX_COLUMNS, MAX_ROWS = 1000, 500  # a 10000x10000 window made one reader use 909 MB
_TERM_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.+-_")


def clean_term(term: str | None) -> str:
    """The client's TERM if it is a plausible terminal name, else a safe default (a NUL once held a slot)."""
    if term and len(term) <= 64 and all(c in _TERM_CHARS for c in term):
        return term
    return "xterm-256color"


def clamp_size(width: int, height: int) -> tuple[int, int]:
    return max(1, min(width, MAX_COLUMNS)), max(1, min(height, MAX_ROWS))


@dataclass
class Limits:
    max_sessions: int = 32
    idle_timeout: float = 30 * 60.0  # seconds without a keystroke; 0 for none
    memory_mb: int = 2048  # address-space cap of each reader process; 0 for none
    stall_timeout: float = STALL_LIMIT  # seconds a client may leave our output unread; 0 for none


@dataclass
class ServerConfig:
    reader_argv: list[str]  # the command each session runs on its pty
    authorized_keys: Path | None
    allow_anonymous: bool = False
    limits: Limits = field(default_factory=Limits)
    data_dir: Path | None = None  # per-user reading state goes under here (users/<name>)


class Hub:
    """Every live session of one server: the limit, the idle check and the shutdown all look here."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.sessions: set[ReaderSession] = set()
        self.closing = False

    def admit(self, session: ReaderSession) -> bool:
        if self.closing or len(self.sessions) >= self.config.limits.max_sessions:
            return False
        self.sessions.add(session)
        return True

    def release(self, session: ReaderSession) -> None:
        self.sessions.discard(session)

    async def watch_idle(self) -> None:
        """Close sessions idle past the limit, and those whose client stopped reading our output for long."""
        limit = self.config.limits.idle_timeout
        stall = self.config.limits.stall_timeout
        checks = [x for x in (limit, stall) if x > 0]
        if not checks:
            return
        while not self.closing:
            await asyncio.sleep(min(30.0, min(checks) / 4))
            now = time.monotonic()
            for s in list(self.sessions):
                if limit > 0 and now - s.last_input > limit:
                    log.info("closing idle session of %s from %s", s.username, s.peer)
                    s.close_with(IDLE.format(minutes=round(limit / 60)))
                elif stall > 0 and s.stalled_for(now) > stall:
                    log.info("closing stalled session of %s from %s", s.username, s.peer)
                    s.close_with(STALLED.format(minutes=round(stall / 60)))

    async def shutdown(self) -> None:
        self.closing = True
        for s in list(self.sessions):
            s.close_with(BYE)
        for _ in range(50):
            if not self.sessions:
                break
            await asyncio.sleep(0.1)


class ReaderSession(asyncssh.SSHServerSession):
    """One SSH session channel: a pty, a reader process, and the bytes between them."""

    def __init__(
        self, hub: Hub, username: str, peer: str, anonymous: bool = False, identity: Identity | None = None
    ) -> None:
        self.hub, self.username, self.peer, self.anonymous = hub, username, peer, anonymous
        self.identity = identity
        self.chan: asyncssh.SSHServerChannel | None = None
        self.term_type: str | None = None
        self.size = (80, 24)
        self.master = -1
        self.proc: asyncio.subprocess.Process | None = None
        self.last_input = time.monotonic()
        self.kind = "shell"
        self.admitted = False
        self._closing = False
        self._inbuf = bytearray()  # client input the pty has not taken yet
        self._reading_paused = False  # the channel: we stopped taking input from it
        self._output_paused_at: float | None = None  # the channel's window is full: the pty is not read
        self._watching_pty = False

    # Requests ---------------------------------------------------------------------------------------

    def connection_made(self, chan: asyncssh.SSHServerChannel) -> None:
        self.chan = chan

    def pty_requested(self, term_type: str, term_size: tuple[int, int, int, int], term_modes: object) -> bool:
        self.term_type = clean_term(term_type)
        if term_size[0] and term_size[1]:
            self.size = clamp_size(term_size[0], term_size[1])
        return True

    def shell_requested(self) -> bool:
        return True

    def exec_requested(self, command: str) -> bool:
        log.warning("refused exec from %s (%s): %r", self.username, self.peer, command[:200])
        self.kind = "exec"
        return True  # accepted only to say why, then closed with status 1

    def subsystem_requested(self, subsystem: str) -> bool:
        log.warning("refused subsystem %r from %s (%s)", subsystem, self.username, self.peer)
        return False  # SFTP and the like: the client reports "subsystem request failed"

    def session_started(self) -> None:
        assert self.chan is not None
        if self.kind == "exec":
            self.chan.write_stderr(NO_COMMANDS.encode())
            self.chan.exit(1)
            return
        if self.term_type is None:
            log.warning("refused session without a terminal from %s (%s)", self.username, self.peer)
            self.chan.write_stderr(NO_PTY.encode())
            self.chan.exit(1)
            return
        if not self.hub.admit(self):
            log.warning("refused %s (%s): %d sessions open", self.username, self.peer, len(self.hub.sessions))
            self.chan.write(FULL.format(n=len(self.hub.sessions)).encode())
            self.chan.exit(1)
            return
        self.admitted = True
        self.chan.set_write_buffer_limits(high=OUTPUT_HIGH)
        asyncio.get_running_loop().create_task(self._run_guarded())

    # The reader process -----------------------------------------------------------------------------

    def _env(self) -> dict[str, str]:
        cfg = self.hub.config
        # No COLUMNS/LINES: they would pin the size and hide every resize from the reader.
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("SSH_", "NEWSDESK_KIOSK")) and k not in ("COLUMNS", "LINES")
        }
        env.update(
            TERM=self.term_type or "xterm-256color",
            LANG="C.UTF-8",
            LC_ALL="C.UTF-8",
            NEWSDESK_SSH_USER=self.identity.label if self.identity else "anonymous",
            NEWSDESK_SET_CTTY="1",  # the reader makes its pty its controlling terminal: resizes signal it
            NEWSDESK_SERVED="1",  # a remote user: no screenshots, exports only to their own folder
        )
        for k in ("NEWSDESK_DATA", "NEWSDESK_EXPORT_DIR"):
            env.pop(k, None)
        env.pop("COLORTERM", None)
        if self.chan is not None:
            client_env = self.chan.get_environment()
            if client_env.get("COLORTERM") in ("truecolor", "24bit"):
                env["COLORTERM"] = client_env["COLORTERM"]
            if "NO_COLOR" in client_env:
                env["NO_COLOR"] = "1"  # the client's value is never passed on (a NUL once broke the session)
        if cfg.limits.memory_mb:
            env["NEWSDESK_MEMORY_LIMIT_MB"] = str(cfg.limits.memory_mb)
        user_dir = self._user_dir()  # None for anonymous sessions too
        if user_dir is None:
            env["NEWSDESK_KIOSK"] = "1"  # read-only: no reading state kept, no files written
        else:
            env["NEWSDESK_DATA"] = str(user_dir)
            env["NEWSDESK_EXPORT_DIR"] = str(user_dir / "exports")
        return env

    def _user_dir(self) -> Path | None:
        """This key's own folder (0700), or None: anonymous, no data folder, or too many users already."""
        cfg = self.hub.config
        if self.anonymous or self.identity is None or cfg.data_dir is None:
            return None
        users = cfg.data_dir / "users"
        folder = users / self.identity.key_id
        if not folder.is_dir():
            try:
                count = sum(1 for _ in users.iterdir()) if users.is_dir() else 0
            except OSError:
                count = MAX_USER_DIRS
            if count >= MAX_USER_DIRS:
                log.warning("no state folder for %s: %d user folders already", self.identity.label, count)
                return None
            from tui.paths import private_dir

            try:
                private_dir(users)
                private_dir(folder)
            except OSError as exc:
                log.error("cannot make the state folder of %s: %s", self.identity.label, exc)
                return None
        return folder

    async def _run_guarded(self) -> None:
        """Whatever goes wrong in starting or running the reader, the session ends and its slot is freed."""
        try:
            await self._run()
        except Exception:
            log.exception("session of %s from %s failed", self.username, self.peer)
            self._finish(1, "newsdesk: the reader stopped unexpectedly.\r\n")

    async def _run(self) -> None:
        assert self.chan is not None
        master, slave = os.openpty()
        os.set_blocking(master, False)  # a full pty must never block the server's loop
        self.master = master
        self._set_size(*self.size)
        try:
            self.proc = await asyncio.create_subprocess_exec(
                *self.hub.config.reader_argv,
                stdin=slave,
                stdout=slave,
                stderr=slave,
                env=self._env(),
                start_new_session=True,
                close_fds=True,
            )
        except (OSError, ValueError) as exc:
            log.error("could not start the reader for %s: %s", self.username, exc)
            self._finish(1, f"newsdesk: the reader could not start ({getattr(exc, 'strerror', None) or exc}).\r\n")
            return
        finally:
            os.close(slave)  # the reader holds its own copy
        log.info("session of %s from %s: reader pid %d, %s, %dx%d", self.username, self.peer, self.proc.pid,
                 self.term_type, *self.size)  # fmt: skip
        self._watch_pty(True)
        if self._inbuf:
            self._want_pty_writable()
        status = await self.proc.wait()
        # Drain what the reader wrote last (it restores the terminal on the way out), a bounded amount.
        await asyncio.sleep(0.05)
        self._pty_readable(final=True)
        self._finish(status if status >= 0 else 128 - status)

    def _watch_pty(self, on: bool) -> None:
        """Read the pty, or stop reading it while the client is not taking what we send."""
        if self.master < 0 or on == self._watching_pty:
            return
        loop = asyncio.get_running_loop()
        if on:
            loop.add_reader(self.master, self._pty_readable)
        else:
            loop.remove_reader(self.master)
        self._watching_pty = on

    def _pty_readable(self, final: bool = False) -> None:
        if self.master < 0 or self.chan is None:
            return
        for _ in range(16 if final else 4):  # a bounded amount per turn of the loop
            try:
                data = os.read(self.master, READ_CHUNK)
            except BlockingIOError:
                return
            except OSError:  # EIO: the reader closed its side
                self._watch_pty(False)
                return
            if not data:
                return
            if not self._closing:
                self.chan.write(data)
            if self._output_paused_at is not None or len(data) < READ_CHUNK:
                return

    # Input: the client's bytes to the pty, never blocking -------------------------------------------

    def _want_pty_writable(self) -> None:
        if self.master >= 0:
            asyncio.get_running_loop().add_writer(self.master, self._pty_writable)

    def _pty_writable(self) -> None:
        if self.master < 0:
            return
        while self._inbuf:
            try:
                n = os.write(self.master, self._inbuf[:READ_CHUNK])
            except BlockingIOError:
                break
            except OSError:  # the reader is gone: what it did not take is dropped
                self._inbuf.clear()
                break
            del self._inbuf[:n]
        if not self._inbuf:
            asyncio.get_running_loop().remove_writer(self.master)
        if self._reading_paused and len(self._inbuf) <= INPUT_LOW and self.chan is not None:
            self._reading_paused = False
            self.chan.resume_reading()

    def _set_size(self, width: int, height: int) -> None:
        if self.master >= 0:
            fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))

    def _finish(self, status: int, message: str | None = None) -> None:
        if self.master >= 0:
            try:
                loop = asyncio.get_running_loop()
                loop.remove_reader(self.master)
                loop.remove_writer(self.master)
            except (ValueError, RuntimeError):
                pass
            os.close(self.master)
            self.master = -1
            self._watching_pty = False
        self._inbuf.clear()
        self.hub.release(self)
        if self.chan is not None:
            if message:
                self.chan.write(message.encode())
            self.chan.exit(status)
        log.info("session of %s from %s ended (status %d)", self.username, self.peer, status)

    def close_with(self, message: str) -> None:
        """Say why, then end the reader gracefully (SIGTERM: it restores the terminal), then kill it."""
        if self._closing:
            return
        self._closing = True
        if self.chan is not None:
            self.chan.write(b"\x1b[?1049l\x1b[?25h" + message.encode())  # leave the reader's screen first
        self._stop_reader()

    def _stop_reader(self) -> None:
        proc = self.proc
        if proc is None or proc.returncode is not None:
            if self.admitted and proc is None and self.chan is not None:
                self._finish(0)
            return
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return

        async def kill_later() -> None:
            await asyncio.sleep(3)
            if proc.returncode is None:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass

        asyncio.get_running_loop().create_task(kill_later())

    # Channel events ---------------------------------------------------------------------------------

    def data_received(self, data: bytes, datatype: int | None) -> None:
        self.last_input = time.monotonic()
        if self._closing or self.chan is None:
            return
        if len(self._inbuf) + len(data) > INPUT_CAP:
            log.warning("closing session of %s from %s: input buffer over %d bytes", self.username, self.peer,
                        INPUT_CAP)  # fmt: skip
            self.close_with(FLOODED)
            return
        was_empty = not self._inbuf
        self._inbuf += data
        if self.master >= 0 and was_empty:
            self._pty_writable()  # most keystrokes go straight through
            if self._inbuf:
                self._want_pty_writable()
        if len(self._inbuf) > INPUT_HIGH and not self._reading_paused:
            self._reading_paused = True
            self.chan.pause_reading()

    def pause_writing(self) -> None:
        """The client is not taking our output: stop reading the pty, so the reader waits, not our memory."""
        self._output_paused_at = time.monotonic()
        self._watch_pty(False)

    def resume_writing(self) -> None:
        self._output_paused_at = None
        if self.proc is not None and self.proc.returncode is None:
            self._watch_pty(True)

    def stalled_for(self, now: float) -> float:
        return 0.0 if self._output_paused_at is None else now - self._output_paused_at

    def terminal_size_changed(self, width: int, height: int, pixwidth: int, pixheight: int) -> None:
        if width and height:
            self.size = clamp_size(width, height)
            self._set_size(*self.size)

    def eof_received(self) -> bool:
        self._stop_reader()
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self._closing = True
        self._stop_reader()
        self.hub.release(self)


class NewsdeskSSHServer(asyncssh.SSHServer):
    """Authentication and what a connection may ask for: sessions only, and only the reader."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self.conn: asyncssh.SSHServerConnection | None = None
        self.peer = "?"
        self.addr = ""
        self.username = ""
        self.identity: Identity | None = None

    def connection_made(self, conn: asyncssh.SSHServerConnection) -> None:
        self.conn = conn
        host, port = (conn.get_extra_info("peername") or ("?", 0))[:2]
        self.peer = f"{host}:{port}"
        self.addr = str(host)
        log.info("connection from %s", self.peer)

    def connection_lost(self, exc: Exception | None) -> None:
        if exc is not None:
            log.info("connection from %s lost: %s", self.peer, exc)

    def begin_auth(self, username: str) -> bool:
        self.username = username
        if self.hub.config.allow_anonymous:
            log.info("anonymous login as %r from %s", username, self.peer)
            return False  # no authentication: the public kiosk
        return True

    def auth_completed(self) -> None:
        who = self.identity.label if self.identity else "anonymous"
        log.info("%s (typed user %r) authenticated from %s", who, self.username[:64], self.peer)

    def public_key_auth_supported(self) -> bool:
        return True

    def validate_public_key(self, username: str, key: asyncssh.SSHKey) -> bool:
        path = self.hub.config.authorized_keys
        if path is None:
            return False
        identity, why = check_key(path, key, self.addr)
        if identity is None:
            log.warning("refused key %s for %r from %s: %s", key.get_fingerprint(), username[:64], self.peer, why)
            return False
        self.identity = identity
        return True

    def password_auth_supported(self) -> bool:
        return False

    def kbdint_auth_supported(self) -> bool:
        return False

    def host_based_auth_supported(self) -> bool:
        return False

    def session_requested(self) -> ReaderSession:
        return ReaderSession(
            self.hub, self.username, self.peer, anonymous=self.hub.config.allow_anonymous, identity=self.identity
        )

    def connection_requested(self, dest_host: str, dest_port: int, orig_host: str, orig_port: int) -> bool:
        log.warning("refused port forwarding to %s:%s from %s", dest_host, dest_port, self.peer)
        raise asyncssh.ChannelOpenError(asyncssh.OPEN_ADMINISTRATIVELY_PROHIBITED, "port forwarding is disabled")

    def server_requested(self, listen_host: str, listen_port: int) -> bool:
        log.warning("refused remote forwarding of %s:%s from %s", listen_host, listen_port, self.peer)
        return False

    def unix_connection_requested(self, dest_path: str) -> bool:
        log.warning("refused unix socket forwarding to %s from %s", dest_path, self.peer)
        raise asyncssh.ChannelOpenError(asyncssh.OPEN_ADMINISTRATIVELY_PROHIBITED, "forwarding is disabled")

    def unix_server_requested(self, listen_path: str) -> bool:
        return False


async def start_server(config: ServerConfig, host: str, port: int, host_key: Path) -> tuple[asyncssh.SSHAcceptor, Hub]:
    """Listen; returns the acceptor (its port is known even when 0 was asked for) and the session hub."""
    hub = Hub(config)
    key = load_host_key(host_key)
    acceptor = await asyncssh.create_server(
        lambda: NewsdeskSSHServer(hub),
        host,
        port,
        server_host_keys=[key],
        encoding=None,  # bytes both ways: the pty speaks UTF-8 already
        line_editor=False,
        allow_pty=True,
        agent_forwarding=False,
        x11_forwarding=False,
        login_timeout=60,
        keepalive_interval=60,
        keepalive_count_max=3,
        server_version="Newsdesk",
    )
    asyncio.get_running_loop().create_task(hub.watch_idle())
    return acceptor, hub


def reader_argv(sources: Sequence[str], extra: Sequence[str] = ()) -> list[str]:
    """The command each session runs: this Python, this package, the served sources."""
    return [sys.executable, "-m", "tui", *sources, *extra]


async def serve_forever(config: ServerConfig, host: str, port: int, host_key: Path) -> int:
    acceptor, hub = await start_server(config, host, port, host_key)
    bound = acceptor.sockets[0].getsockname()[:2] if acceptor.sockets else (host, port)
    log.info("serving Newsdesk over SSH on %s:%s (max %d sessions)", *bound, config.limits.max_sessions)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log.info("shutting down: closing %d session(s)", len(hub.sessions))
    acceptor.close()
    await hub.shutdown()
    await acceptor.wait_closed()
    return 0
