"""Work across a whole corpus done by a process of its own: the search views and the speakers' table.

Either takes hundreds of MB at 100,000 articles (800 for the views, about 1,400 for the speakers joined), which a
reader's heap would keep for the rest of its session, and every SSH session's reader alike. A process that
reads the corpus from the store as a reader lists it, builds, stores and ends gives all of it back to the
system; the reader then opens what it stored, as every later process does.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from tui.articles.model import Article
    from tui.library.corpus import Library

APART_FROM = 20_000  # articles from which a reader has the corpus-wide work done in a process of its own
Job = Literal["views", "people"]

_lock = threading.Lock()
_running: set[multiprocessing.process.BaseProcess] = set()
_stopped: set[multiprocessing.process.BaseProcess] = set()  # ended by stop_all: their waits raise Stopped


class Stopped(Exception):
    """The reader is ending: the work its child was doing is dropped, not done again in the reader."""


def stop_all() -> None:
    """End every child at once, as the reader ends (`q` during an index build): its worker thread, waiting for
    the child, would otherwise hold the process's exit for the rest of the build (34 s at 100,000)."""
    with _lock:
        children = list(_running)
        _stopped.update(children)
    for child in children:
        child.terminate()


def listed(library: Library, sources: list[str], max_bytes: int) -> list[Article]:
    """The corpus as a reader lists it: each story once, newest first."""
    from tui.library.listing import Listing

    listing = Listing()
    for batch in library.load_listed_first(sources, max_bytes=max_bytes):
        listing.add(batch)
    return listing.articles()


def run_apart(
    job: Job, cache: Path, sources: list[str], max_bytes: int, progress: Callable[[int, int], None] | None = None
) -> bool:
    """Run `job` for the corpus of `sources` through the cache file `cache` in a process of its own, passing
    on its progress; True when it stored what it built. Raises Stopped when the reader is ending (stop_all).
    Daemonic, and ended by stop_all: it ends with the reader."""
    from tui.library.pool import start_resource_tracker

    start_resource_tracker()  # spawning asks for it, and it needs a real stderr, which Textual holds
    spawn = multiprocessing.get_context("spawn")
    got, give = spawn.Pipe(duplex=False)
    child = spawn.Process(
        target=_child, args=(job, str(cache), sources, max_bytes, give), name=f"newsdesk-{job}", daemon=True
    )
    with _lock:
        try:
            child.start()
        except OSError:
            return False
        _running.add(child)
    give.close()
    ok = False
    try:
        while True:
            try:
                message = got.recv()
            except (EOFError, OSError):
                break  # it ended, or was killed
            if message == "done":
                ok = True
            elif progress is not None:
                progress(*message)
    finally:
        child.join()
        got.close()
        with _lock:
            _running.discard(child)
            stopped = child in _stopped
            _stopped.discard(child)
    if stopped:
        raise Stopped
    return ok and child.exitcode == 0


def _child(job: Job, cache: str, sources: list[str], max_bytes: int, out: Connection) -> None:
    import os

    quiet = os.open(os.devnull, os.O_WRONLY)  # the reader's terminal is fds 1 and 2: nothing may reach it
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    from tui.library.cache import Cache
    from tui.library.corpus import Library

    library = Library(Cache(Path(cache)))
    with one_at_a_time(Path(cache), job):
        _job(library, job, sources, max_bytes, out)
    out.send("done")
    out.close()


@contextmanager
def one_at_a_time(cache: Path, job: Job) -> Iterator[None]:
    """One builder of a kind for a cache at a time, across processes (every SSH session's reader may ask at
    once): the others wait here, then find what the first stored and open it. The lock goes with the process
    that holds it, however it ends."""
    import fcntl
    import os

    from tui.paths import private_file

    lock = private_file(cache.with_name(f"{cache.name}.{job}.lock"))
    fd = os.open(lock, os.O_RDWR | os.O_NOFOLLOW)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _job(library: Library, job: Job, sources: list[str], max_bytes: int, out: Connection) -> None:
    """The views (opened when another process stored them meanwhile), or the speakers' table."""
    articles = listed(library, sources, max_bytes)
    if job == "views":
        from tui.library.views import views_for

        views_for(library, sources, max_bytes, articles, stale_ok=False, progress=lambda d, t: out.send((d, t)))
    else:
        from tui.library.peoplestore import people_of
        from tui.library.store import sqlite_of

        people_of(sqlite_of(library.cache), sources, max_bytes, articles=lambda: articles, pairs_of=library.pairs)
