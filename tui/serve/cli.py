"""`newsdesk serve ssh|web`: argument handling; the servers live in ssh.py and web.py."""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import sys
from contextlib import nullcontext
from multiprocessing.context import SpawnProcess
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.articles import Article
    from tui.library.corpus import Library


def _warm_in_child(sources: list[str], max_bytes: int, jobs: int, level: int) -> SpawnProcess:
    """The warming in a process of its own: the corpus it reads, its analyses and the speakers' join (hundreds
    of MB at 100,000 articles) go back to the system when it ends, not into the server's heap for good. Not a
    daemon: it starts the analysis workers; the server ends it when it stops."""
    from tui.library.pool import start_resource_tracker

    start_resource_tracker()
    child = multiprocessing.get_context("spawn").Process(
        target=_warm_cache, args=(sources, max_bytes, jobs, level), name="newsdesk-warm"
    )
    child.start()
    return child


def _warm_cache(sources: list[str], max_bytes: int, jobs: int, level: int = logging.INFO) -> None:
    """Parse and analyse the served corpus into the shared cache once, so every session opens it warm."""
    if not logging.getLogger().handlers:  # a spawned process: the server's logging is not inherited
        logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    log = logging.getLogger("newsdesk.ssh")
    try:
        from tui.library.corpus import open_library

        lib = open_library(None)
        from tui.articles import Article

        articles = [x for batch in lib.load(sources, max_bytes=max_bytes) for x in batch if isinstance(x, Article)]
        n = lib.analyse_all(articles, jobs=max(1, jobs))
        log.info("cache warm: %d articles, %d analysed now", len(articles), n)
        from tui.library.apart import one_at_a_time
        from tui.library.peoplestore import people_of
        from tui.library.store import sqlite_of

        cache = sqlite_of(lib.cache)
        # The speakers joined across the corpus, once for every session (each opens the stored table); a
        # session's reader that asks meanwhile waits for this (one builder at a time) and opens it
        with one_at_a_time(cache.path, "people") if cache is not None else nullcontext():
            people_of(cache, sources, max_bytes, articles=lambda: articles, pairs_of=lib.pairs)
        log.info("speakers joined across the corpus")
        with one_at_a_time(cache.path, "views") if cache is not None else nullcontext():
            _store_search_views(lib, sources, max_bytes, articles)
    except Exception as exc:  # noqa: BLE001 - warming is an optimisation; sessions work without it
        log.warning("could not warm the cache: %s", exc)


def _store_search_views(lib: Library, sources: list[str], max_bytes: int, articles: list[Article]) -> None:
    """The search index every session's first / opens, built here once: else each session builds its own
    (a minute and 850 MB at 100,000 articles), and several at once when several users search."""
    from tui.library.listing import Listing
    from tui.library.views import views_for

    listing = Listing()  # the stories as a session lists them (one story filed twice, once), in its order
    listing.add(articles)
    listed = listing.articles()
    views_for(lib, sources, max_bytes, listed, stale_ok=False)
    logging.getLogger("newsdesk.ssh").info("search index ready: %d articles", len(listed))


def cmd_serve(args: argparse.Namespace) -> int:
    from tui.articles import DEFAULT_MAX_BYTES
    from tui.articles.sources import is_file_source
    from tui.paths import default_sources

    sources = [str(Path(s).resolve()) if is_file_source(s) else s for s in default_sources(args.sources)]
    max_bytes = args.max_size or DEFAULT_MAX_BYTES  # config.toml's is in args.max_size when no flag gave one
    if "-" in sources:
        print("newsdesk serve: standard input cannot be served", file=sys.stderr)
        return 2
    if args.how == "web":
        from tui.serve.web import serve_web

        return serve_web(
            sources,
            host=args.host,
            port=args.port,
            max_bytes=max_bytes,
            allow_export=args.allow_export,
            public_url=args.public_url,
        )
    logging.basicConfig(
        level=getattr(logging, args.log_level.upper()),
        format="%(asctime)s %(levelname)s %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("asyncssh").setLevel(logging.WARNING)
    from tui.paths import data_dir
    from tui.serve.ssh import Limits, ServerConfig, reader_argv, serve_forever

    keys = (
        Path(args.authorized_keys).expanduser() if args.authorized_keys else Path("~/.ssh/authorized_keys").expanduser()
    )
    if not args.allow_anonymous and not keys.is_file():
        print(
            f"newsdesk serve ssh: no authorized keys at {keys}: name a file with --authorized-keys, "
            "or serve a public read-only kiosk with --allow-anonymous",
            file=sys.stderr,
        )
        return 2
    host_key = Path(args.host_key).expanduser() if args.host_key else data_dir() / "ssh_host_ed25519_key"
    extra = ["--jobs", "0"]  # the server analyses once for everyone; sessions read the shared cache
    if args.max_size:
        extra += ["--max-size", str(args.max_size)]
    config = ServerConfig(
        reader_argv=reader_argv(sources, extra),
        authorized_keys=None if args.allow_anonymous else keys,
        allow_anonymous=args.allow_anonymous,
        limits=Limits(max_sessions=args.max_sessions, idle_timeout=args.idle_timeout * 60, memory_mb=args.memory_limit),
        data_dir=data_dir(),
    )
    warming = _warm_in_child(sources, max_bytes, args.jobs, getattr(logging, args.log_level.upper()))
    try:
        return asyncio.run(serve_forever(config, args.host, args.port, host_key))
    except OSError as exc:
        print(f"newsdesk serve ssh: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        if warming.is_alive():
            warming.terminate()
            warming.join(5)
