"""`newsdesk serve web`: the reader in a browser through textual-serve (the optional `web` extra)."""

from __future__ import annotations

import shlex
import sys

HINT = "newsdesk serve web needs textual-serve: pip install 'newsdesk[web]'"


def serve_web(sources: list[str], *, host: str, port: int, max_bytes: int) -> int:
    try:
        from textual_serve.server import Server
    except ImportError:
        print(HINT, file=sys.stderr)
        return 1
    command = shlex.join(
        [sys.executable, "-m", "tui", *sources, "--jobs", "0", "--max-size", str(max_bytes / (1024 * 1024))]
    )
    Server(command, host=host, port=port, title="Newsdesk").serve()
    return 0
