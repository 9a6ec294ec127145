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
    from tui.library.corpus import source_of

    got = Changed(set(), [])
    for change, changed in sorted(batch, key=lambda c: c[1]):
        where = source_of(changed, roots)
        if where is None:
            continue
        source, fid = where
        got.sources.add(source)
        if change.name == "deleted" or not os.path.isfile(changed):
            library.forget(Path(changed))
            continue
        got.items.extend(library.read_file(Path(changed), source, fid, max_bytes, later=got.later))
    return got
