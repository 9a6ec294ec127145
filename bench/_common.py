"""What the benchmarks share: start child processes as an installed reader starts."""

from __future__ import annotations

import compileall
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def installed_env(**extra: str) -> dict[str, str]:
    """The environment for a child process, with byte code cached as after `pip install` (pip compiles it).

    Some machines set PYTHONDONTWRITEBYTECODE: there every start of a checkout recompiles the whole
    package, which no installed reader does, while the bare Textual app it is compared with imports
    only compiled site-packages.
    """
    compileall.compile_dir(str(ROOT / "tui"), quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.environ.get("PYTHONPATH") or str(ROOT)
    env.update(extra)
    return env


def free_port() -> int:
    """A loopback port nobody listens on now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, seconds: float = 10.0) -> None:
    """Until a server accepts connections on the loopback port (or the time is up)."""
    import socket
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.1)


def replicate(src: Path, dest: Path, n: int) -> int:
    """n files from src's, copy after copy, under dest/copyNN/. The first copy is hard-linked; in the others
    each file's first line (its title) ends in the copy's number, so that every copy is another story: the
    reader lists a story filed twice once, and plain copies would be src's articles however many files."""
    files = sorted(p for p in src.rglob("*") if p.is_file() and not p.name.startswith("."))
    made = copy = 0
    while made < n:
        for f in files:
            if made >= n:
                break
            target = dest / f"copy{copy:02d}" / f.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            if copy == 0:
                try:
                    os.link(f, target)
                except OSError:
                    target.write_bytes(f.read_bytes())
            else:
                head, sep, rest = f.read_bytes().partition(b"\n")
                target.write_bytes(head.rstrip() + f" [{copy}]".encode() + sep + rest)
            made += 1
        copy += 1
    return made
