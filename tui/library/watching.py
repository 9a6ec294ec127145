"""Files under the watched sources, as they come, change and go: each settled batch of changes as the files'
sources and their new articles and problems, read through the library as a load reads them."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tui.articles.model import Article, LoadProblem
from tui.articles.sources import walk_paths

if TYPE_CHECKING:
    from watchfiles import Change

    from tui.library.corpus import Library


@dataclass
class Changed:
    """One batch: the sources (files) that changed, added or went; what they hold now; and the cache's writes,
    to run once the list shows the change (`store()`)."""

    sources: set[str]
    items: list[Article | LoadProblem]
    later: list[Callable[[], None]] = field(default_factory=list)

    def store(self) -> None:
        for write in self.later:
            write()


async def changes(
    library: Library, sources: list[str], max_bytes: int, started: Callable[[], None] | None = None
) -> AsyncIterator[Changed]:
    """Until cancelled (cancelling stops watchfiles' thread). Files are read in a thread: never on the event
    loop. `started` is called once the watches are set, so that a change from then on is reported. Raises
    ImportError without the watchfiles package."""
    from watchfiles import awatch

    from tui.library.corpus import file_roots

    roots = [(p, a) for p, a in file_roots(sources) if os.path.exists(a)]
    if not roots:
        return
    batches = awatch(*[a for _, a in roots], debounce=400, step=100, rust_timeout=1000)
    first = asyncio.ensure_future(anext(batches))
    # A task's first step runs before this coroutine resumes: awatch has made its watcher (the watches are
    # set) and waits in its thread for the first batch.
    await asyncio.sleep(0)
    if started is not None:
        started()
    try:
        batch = await first
        while True:
            got = await asyncio.to_thread(_read, library, roots, batch, max_bytes)
            if got.sources:
                yield got
            batch = await anext(batches)
    finally:
        await batches.aclose()  # its watcher closed now, not when the collector finds it


def _read(library: Library, roots: list[tuple[Path, str]], batch: set[tuple[Change, str]], max_bytes: int) -> Changed:
    """One batch of (change, path) read as a load reads it: a file that went is forgotten by the cache."""
    got = Changed(set(), [])
    paths = {path for _, path in batch}
    for change, changed in sorted(batch, key=lambda c: c[1]):
        if change.name != "deleted" and os.path.isdir(changed):
            # A folder copied or moved in: the files in it may have come before the watch on it was set (inotify
            # reports none of them then), so it is walked, as a load walks a folder.
            for item in walk_paths(changed):
                if not isinstance(item, LoadProblem) and item[0] not in paths:
                    paths.add(item[0])
                    _read_one(library, roots, item[0], "added", max_bytes, got)
            continue
        _read_one(library, roots, changed, change.name, max_bytes, got)
    return got


def _read_one(library: Library, roots: list[tuple[Path, str]], changed: str, change: str, max_bytes: int,
              got: Changed) -> None:  # fmt: skip
    from tui.library.corpus import source_of

    where = source_of(changed, roots)
    if where is None:
        return
    source, fid = where
    got.sources.add(source)
    if change == "deleted" or not os.path.isfile(changed):
        library.forget(Path(changed))
        return
    got.items.extend(library.read_file(Path(changed), source, fid, max_bytes, later=got.later))
