"""The search views a reader searches: the four scopes' indexes and the corpus-wide views of speakers and
initiatives. One procedure for the reader and the server's warming: the views stored for the corpus as it
stands; else stored views a few files out of date, with those files laid over them; else built from every
article's analysis and stored for the next process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.articles.model import Article

if TYPE_CHECKING:
    from tui.analysis import Analysis
    from tui.library.corpus import Library
    from tui.library.diskindex import Related
    from tui.library.search import Doc, LayeredIndex, SearchIndex

Progress = Callable[[int, int], None]  # articles indexed, of how many


@dataclass
class Views:
    indexes: dict[str, SearchIndex | LayeredIndex]
    related: Mapping[str, list[Doc]] | Related


def views_for(
    library: Library,
    sources: list[str],
    max_bytes: int,
    articles: Sequence[Article],
    *,
    complete: bool = True,
    stale_ok: bool = True,
    progress: Progress | None = None,
    apart: bool = False,
) -> Views:
    """The views for `articles`, the corpus of `sources` (`complete`: every source read). Built views are stored
    with the files' stamps when the corpus is complete; `stale_ok` false builds anew rather than lay changed
    files over older views (the server stores whole views for its sessions). `apart`: a corpus of APART_FROM
    articles or more is built and stored by a process of its own, then opened (tui.library.apart)."""
    from tui.library import diskindex
    from tui.library.apart import APART_FROM, run_apart
    from tui.library.search import index_views
    from tui.library.store import sqlite_of

    cache = sqlite_of(library.cache)
    # The keys, nothing held for each file: what a reader of a stored index needs. An older index a few files
    # apart is found by merging its saved stamps with a second walk, in the same order (diskindex.Walked).
    state = (
        diskindex.corpus_state(diskindex.VIEW_SCOPES, sources, max_bytes, stamps=False) if cache is not None else None
    )
    if cache is not None and state is not None:
        stored = diskindex.open_views(cache, state[0])
        if stored is not None:
            return Views(dict(stored[0]), stored[1])
        keys, stamps = state
        stale = diskindex.open_stale_views(cache, keys, stamps, max_bytes) if complete and stale_ok else None
        if stale is not None:  # a few files changed since the stored views: theirs laid over, not all again
            from tui.library.corpus import changed_sources

            gone = {source for source, _ in changed_sources(stale[2], sources).values()}  # removed files too
            return laid_over(library, Views(dict(stale[0]), stale[1]), gone, _of_sources(articles, gone))
        if (
            apart
            and complete
            and len(articles) >= APART_FROM
            and run_apart("views", cache.path, sources, max_bytes, progress)
        ):
            stored = diskindex.open_views(cache, keys)
            if stored is not None:
                return Views(dict(stored[0]), stored[1])
            # the corpus changed while it was built: what was stored is a base a few files apart, or nothing
            return views_for(library, sources, max_bytes, articles, complete=complete, progress=progress)

    if cache is not None and state is not None and not isinstance(state[1], dict):
        # built here (a corpus under APART_FROM): the stamps saved with it, from the walk its key comes from
        state = diskindex.corpus_state(diskindex.VIEW_SCOPES, sources, max_bytes)

    def counted() -> Iterator[tuple[Article, Analysis]]:
        for n, pair in enumerate(library.pairs(articles), 1):
            if progress is not None and n % 500 == 0:
                progress(n, len(articles))
            yield pair

    if progress is not None:
        progress(0, len(articles))
    indexes, related = index_views(counted())
    if progress is not None:
        progress(len(articles), len(articles))
    if cache is not None and state is not None and complete and articles:
        with cache.writer() as writer:  # the caller's connection stays free for a watched file meanwhile
            stamps = state[1] if isinstance(state[1], dict) else dict(state[1])
            diskindex.save_views(writer, state[0], indexes, related, len(articles), stamps, max_bytes)
    return Views(dict(indexes), related)


def _of_sources(articles: Sequence[Article], sources: set[str]) -> list[Article]:
    """The articles of a few files: from the store by file for a folder listed as row numbers (a pass over a
    million would make every article), else by a pass over the list."""
    from tui.library.rows import Rows

    if isinstance(articles, Rows):
        return [a for s in sorted(sources) for a in articles.folder.rows_of(s)]
    return [a for a in articles if a.source in sources]


def laid_over(library: Library, views: Views, sources: set[str], new: list[Article]) -> Views:
    """`views` with the files `sources` (added, changed or removed) now holding the articles `new`: only those
    are analysed and indexed (search.LayeredIndex, diskindex.LayeredRelated)."""
    from tui.library.diskindex import LayeredRelated, Related
    from tui.library.search import LayeredIndex, corpus_views

    docs, related = corpus_views((a, library.analysis(a)) for a in new)
    indexes = {scope: LayeredIndex.over(index, sources, docs[scope]) for scope, index in views.indexes.items()}
    base = views.related
    if isinstance(base, Related):
        return Views(dict(indexes), LayeredRelated.over(base, sources, related))
    return Views(dict(indexes), base)  # views built in memory: their corpus-wide views stay as built
