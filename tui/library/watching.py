"""Files under the watched sources, as they come, change and go: each settled batch of changes as the files'
sources and their new articles and problems, read through the library as a load reads them."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tui.articles.model import Article, LoadProblem

if TYPE_CHECKING:
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


def changes(library: Library, sources: list[str], max_bytes: int, stop: threading.Event) -> Iterator[Changed]:
    """Until `stop` is set. Raises ImportError without the watchfiles package."""
    from watchfiles import Change, watch

    from tui.library.corpus import file_roots, source_of

    roots = [(p, a) for p, a in file_roots(sources) if os.path.exists(a)]
    if not roots:
        return
    for batch in watch(*[a for _, a in roots], stop_event=stop, debounce=400, step=100, rust_timeout=1000):
        got = Changed(set(), [])
        for change, changed in sorted(batch, key=lambda c: c[1]):
            where = source_of(changed, roots)
            if where is None:
                continue
            source, fid = where
            got.sources.add(source)
            if change == Change.deleted or not os.path.isfile(changed):
                library.forget(Path(changed))
                continue
            got.items.extend(library.read_file(Path(changed), source, fid, max_bytes, later=got.later))
        if got.sources:
            yield got
