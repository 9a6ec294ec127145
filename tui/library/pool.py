"""Worker processes for the analysis: one helper for the reader's background analysis and the CLI's extract.

The reader runs threads, and forking a process that runs threads can leave a lock held in the child forever:
it spawns. A command line process has no threads, and forking skips re-importing the rules in every worker:
it forks where the platform can. A worker that dies (the out-of-memory killer) ends the map with
BrokenProcessPool, a RuntimeError, instead of leaving it waiting (multiprocessing.Pool would wait forever).
"""

from __future__ import annotations

import multiprocessing as mp
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int, *, threaded: bool, chunk: int = 1) -> Iterator[R]:
    """fn over items in `jobs` worker processes, the results in the items' order as they come. `threaded`: the
    calling process runs threads (spawn). Work not started yet is dropped when the caller stops reading."""
    start_resource_tracker()
    fork = not threaded and "fork" in mp.get_all_start_methods()
    pool = ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=mp.get_context("fork" if fork else "spawn"))
    try:
        yield from pool.map(fn, items, chunksize=chunk)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def start_resource_tracker() -> None:
    """multiprocessing hands sys.stderr's file descriptor to its tracker process; a UI that captures stderr
    (Textual does) leaves it at -1 and the pool fails to start. The real stderr is lent for that one start."""
    from multiprocessing import resource_tracker

    saved = sys.stderr
    try:
        ok = saved is not None and saved.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        ok = False
    if not ok and sys.__stderr__ is not None:
        sys.stderr = sys.__stderr__
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = saved
