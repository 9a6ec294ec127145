"""The one interface between the corpus and where it is kept: what `Library` asks of a store.

`tui.library.cache.Cache` (one SQLite file in WAL mode, shared by every process on the machine) is the store
Newsdesk ships. Another store, such as one PostgreSQL database shared by several SSH front ends (README, "A
PostgreSQL store"), implements `ArticleStore` for files, articles, texts and analyses; the search index
(`tui.library.diskindex`), the speakers' table (`tui.library.peoplestore`) and the listing a big folder is
listed from as row numbers (`tui.library.rows`) are the SQLite store's own,
reached through `sqlite_of`, and another store brings its counterparts (pg_trgm for search candidates).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from tui.analysis import Analysis
    from tui.articles.model import Article, LoadProblem
    from tui.library.cache import Cache, FileRow, Listed
    from tui.library.stored import Body, Location, StoredArticle, Texts


class ArticleStore(Protocol):
    """Files as last seen, their parsed articles (a small row each, the text apart) and their analyses.

    Every method answers from what is stored and never raises for a store that cannot be used: it answers
    empty and says why in `notices` (the store only ever speeds things up). Writes are one transaction each;
    readers are never blocked by a writer."""

    notices: list[str]
    texts: Texts  # the bodies of the articles this store listed, read when asked for (a bounded LRU)

    # Files: what was seen of each, to tell a fresh file from a changed one without reading it
    def files(self, under: str | None = None, path: str | None = None) -> dict[str, FileRow]: ...
    def touch(self, path: str, size: int, mtime_ns: int) -> None: ...
    def forget(self, path: str) -> None: ...
    def forget_many(self, paths: list[str]) -> None: ...

    # Articles: stored with their file, listed without their text, the text read by location
    def store(
        self, path: str, size: int, mtime_ns: int, dig: str, fid: str, items: list[Article | LoadProblem]
    ) -> None: ...
    def articles_of(
        self, paths: Iterable[str], sources: dict[str, str] | None = None
    ) -> dict[str, list[StoredArticle]]: ...
    def listed_under(
        self, root: str, source_of: Callable[[str], str], newest: int = 0, skip: Collection[Location] = ()
    ) -> Listed: ...
    def bodies(self, locs: list[Location]) -> dict[Location, Body]: ...

    # Analyses: by location, under the analysis version that wrote them
    def analysis(self, loc: Location, text: str) -> Analysis | None: ...
    def analysed(self) -> set[Location]: ...
    def store_analyses(self, rows: list[tuple[Location, str]]) -> None: ...
    def iter_analyses(
        self, locs: Iterable[Location], texts: dict[Location, str]
    ) -> Iterator[tuple[Location, Analysis]]: ...
    def iter_analysis_dicts(
        self, locs: Iterable[Location], texts: dict[Location, str]
    ) -> Iterator[tuple[Location, dict[str, object]]]: ...


def sqlite_of(store: ArticleStore | None) -> Cache | None:
    """The SQLite store, where the search index and the speakers' table live beside the articles; None for
    no store, or a store that keeps those elsewhere."""
    from tui.library.cache import Cache

    return store if isinstance(store, Cache) else None
