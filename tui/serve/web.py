"""`newsdesk serve web`: the reader in a browser through textual-serve (the optional `web` extra).

What the web server adds to textual-serve, because any page a reader's browser opens can try to talk to it:
a WebSocket is accepted only from a page of this server (its Origin and Host name the address served), the
default address is loopback, each reader runs as a served session (no screenshots written on the server),
and exports are refused unless the operator passes --allow-export (then they go to one export folder).
"""

from __future__ import annotations

import logging
import os
import shlex
import sys
from pathlib import Path
from urllib.parse import urlsplit

HINT = "newsdesk serve web needs textual-serve: pip install 'newsdesk[web]'"
log = logging.getLogger("newsdesk.web")


def allowed_origins(host: str, port: int, public_url: str | None = None) -> set[str]:
    """The origins (scheme://host:port) a page of this server has; loopback names count as one another."""
    hosts = {host}
    if host in ("127.0.0.1", "localhost", "::1"):
        hosts |= {"127.0.0.1", "localhost", "[::1]"}
    out = {f"{scheme}://{h}:{port}" for h in hosts for scheme in ("http", "https")}
    if port in (80, 443):
        out |= {f"{'http' if port == 80 else 'https'}://{h}" for h in hosts}
    if public_url:
        u = urlsplit(public_url)
        out.add(f"{u.scheme}://{u.netloc}")
    return out


def origin_ok(origin: str | None, host_header: str | None, allowed: set[str]) -> bool:
    """A browser always sends Origin with a WebSocket: it must be one of ours, and so must the Host it asked
    for (which also stops DNS rebinding, where a foreign name resolves to this address)."""
    if not origin or not host_header:
        return False
    hosts = {urlsplit(o).netloc for o in allowed}
    return origin.rstrip("/") in allowed and host_header in hosts


def serve_web(
    sources: list[str],
    *,
    host: str,
    port: int,
    max_bytes: int,
    allow_export: bool = False,
    public_url: str | None = None,
) -> int:
    try:
        from aiohttp import web
        from textual_serve.server import Server
    except ImportError:
        print(HINT, file=sys.stderr)
        return 1

    allowed = allowed_origins(host, port, public_url)

    class GuardedServer(Server):
        # textual-serve declares a WebSocketResponse; an origin refused gets a plain 403 response instead
        async def handle_websocket(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]  # 403 for a refused origin
            origin, host_header = request.headers.get("Origin"), request.headers.get("Host")
            if not origin_ok(origin, host_header, allowed):
                log.warning("refused a WebSocket from origin %r for host %r", origin, host_header)
                return web.Response(status=403, text="forbidden origin\n")
            return await super().handle_websocket(request)

    # The readers textual-serve starts inherit this environment: every one is a served session.
    os.environ["NEWSDESK_SERVED"] = "1"
    os.environ.pop("NEWSDESK_KIOSK", None)
    if allow_export:
        from tui.paths import data_dir

        os.environ["NEWSDESK_EXPORT_DIR"] = str(Path(data_dir()) / "web-exports")
    else:
        os.environ.pop("NEWSDESK_EXPORT_DIR", None)
    command = shlex.join(
        [sys.executable, "-m", "tui", *sources, "--jobs", "0", "--max-size", str(max_bytes / (1024 * 1024))]
    )
    GuardedServer(command, host=host, port=port, title="Newsdesk", public_url=public_url).serve()
    return 0
