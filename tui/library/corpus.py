"""The reader's corpus: articles through the cache, analyses on demand, and the background analysis.

Files come from the cache when unchanged (one query for the whole corpus, not
one a file), and are parsed and stored when new or changed; feed URLs and
standard input are always read afresh. An article's analysis is looked up in a
small in-memory LRU, then in the cache, and only then computed (and stored), so
the reader's memory does not grow with every article opened or searched.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol, cast

from tui.analysis import Analysis, analyze
from tui.articles import DEFAULT_MAX_BYTES, Article, LoadProblem, iter_load
from tui.articles.model import text_key_of
from tui.articles.sources import file_entries, is_file_source, parse_bytes, read_bytes
from tui.library.cache import PARSER_KEY, Cache, FileRow, Listed, Location, digest, signature
from tui.library.store import ArticleStore
from tui.library.stored import StoredArticle

if TYPE_CHECKING:
    from tui.library.rows import Folder

Batch = list[Article | LoadProblem]
LISTED_FIRST = 500  # a warm start's first rows: the newest stored articles, before the rest


class Retract(NamedTuple):
    """What was listed for this source (a file) is gone or changed: drop it; what it holds now follows."""

    source: str


Update = list[Article | LoadProblem | Retract]
LRU_SIZE = 256


def _reroot(article: StoredArticle, row: FileRow, source: str, fid: str) -> StoredArticle:
    """A cached article under the id and source of this load ("a/b.txt" read from another root); itself when
    the file was stored under this id."""
    return article if row.read_as(fid) else _moved(article, row.fid or fid, source, fid)


def _moved(article: StoredArticle, old_fid: str, source: str, fid: str) -> StoredArticle:
    """A cached article stored under the file id `old_fid`, under this load's `fid` and source."""
    if old_fid == fid:
        return article
    aid = article.id
    if aid == old_fid:
        aid = fid
    elif aid.startswith(old_fid + "#"):
        aid = fid + aid[len(old_fid) :]
    return article.moved(aid, source)


def _sources(given: str, root: str) -> Callable[[str], str]:
    """A file's source string from its absolute path, as the walk of a folder names it (see walk_paths): `given`
    is the folder as the walk joins names to it, with a separator after it; `root`, its absolute path."""
    if given == root + os.sep:  # a folder given by its absolute path (as `serve ssh` gives it): the path itself
        return lambda key: key
    skip = len(root) + 1
    return lambda key: given + key[skip:]


def _walk_names(src: str) -> tuple[str, Callable[[str], str], Callable[[str], str]]:
    """A file source's absolute path; a walked path's key (its absolute path), made as the folder's absolute path
    and the same tail, without join and normpath for each of 100,000 files; and a key's source string."""
    cwd = os.getcwd()
    root = os.path.normpath(os.path.join(cwd, src))
    given, under = os.path.join(str(Path(src)), ""), root + os.sep
    quick = os.sep == "/"

    def key_of(path: str) -> str:
        if quick and path.startswith(given):
            return under + path[len(given) :]
        return os.path.normpath(os.path.join(cwd, path))

    return root, key_of, _sources(given, root)


def _stat(path: str, max_bytes: int) -> tuple[os.stat_result | None, bool]:
    """A walked file's stat (None: it cannot be), and whether it is a file to read (not empty, not too big)."""
    try:
        st = os.stat(path)
    except OSError:
        return None, False
    return st, stat.S_ISREG(st.st_mode) and 0 < st.st_size <= max_bytes


def _as_walked(a: StoredArticle, stored_fid: str, skip: int) -> StoredArticle:
    """A stored article whose file was stored under `stored_fid`, under the id this walk gives the file (its
    path under the folder, from `skip` on)."""
    return _moved(a, stored_fid, a.source, a.loc[0][skip:].replace(os.sep, "/"))


class FileRows(Protocol):
    """What the walk asks of the store's rows for files: a dict, or the rows read as needed (Known)."""

    def get(self, key: str, /) -> FileRow | None: ...
    def __getitem__(self, key: str, /) -> FileRow: ...
    def __iter__(self) -> Iterator[str]: ...


class Known:
    """The store's rows for a folder's files, read when the walk first needs one that was not listed: a warm
    start whose files are all unchanged never reads them (a FileRow for each of 100,000 files is 30 MB and a
    fifth of a second). The first few are asked for one at a time; then the folder's rows at once."""

    ONE_BY_ONE = 64

    def __init__(self, cache: ArticleStore, root: str) -> None:
        self._cache, self._root = cache, root
        self._rows: dict[str, FileRow] = {}
        self._asked = 0
        self.whole = False

    def _all(self) -> dict[str, FileRow]:
        if not self.whole:
            self._rows, self.whole = self._cache.files(under=self._root), True
        return self._rows

    def get(self, key: str) -> FileRow | None:
        if self.whole or key in self._rows:
            return self._rows.get(key)
        self._asked += 1
        if self._asked > self.ONE_BY_ONE:
            return self._all().get(key)
        row = self._cache.files(path=key).get(key)
        if row is not None:
            self._rows[key] = row
        return row

    def __getitem__(self, key: str) -> FileRow:
        row = self.get(key)
        if row is None:
            raise KeyError(key)
        return row

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())


def _analyse_batch(articles: list[Article]) -> list[str | None]:
    """In a worker process: compact JSON of each analysis (None when the rules fail on one)."""
    out: list[str | None] = []
    for a in articles:
        try:
            out.append(json.dumps(analyze(a).to_compact(), ensure_ascii=False))
        except Exception:  # noqa: BLE001 - one article's analysis must not stop the corpus
            out.append(None)
    return out


def file_roots(sources: Iterable[str]) -> list[tuple[Path, str]]:
    """(source as given, its absolute path) for the file and folder sources, as source_of takes them."""
    return [(Path(s), os.path.abspath(s)) for s in sources if is_file_source(s)]


def source_of(changed: str, roots: list[tuple[Path, str]]) -> tuple[str, str] | None:
    """The source string and article id a load gives a file (by its absolute path); None outside the sources
    or hidden: what a watched change or a changed file under a stored index is known by."""
    for given, absolute in roots:
        if changed == absolute:
            return str(given), given.name
        if changed.startswith(absolute.rstrip(os.sep) + os.sep):
            rel = Path(os.path.relpath(changed, absolute))
            if any(part.startswith(".") for part in rel.parts):
                return None
            return str(given / rel), rel.as_posix()
    return None


def changed_sources(paths: Iterable[str], sources: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Changed files (absolute paths, present or removed) -> (source, article id) as a load of `sources`
    gives them; files outside the sources or hidden are left out."""
    roots = file_roots(sources)
    return {p: where for p in paths if (where := source_of(p, roots)) is not None}


def open_library(cache: str | None) -> Library:
    """The library over a cache file: None for the default (NEWSDESK_CACHE or the user cache folder),
    "" for none at all (every file read afresh)."""
    from tui.paths import cache_path

    if cache == "":
        return Library(None)
    return Library(Cache(Path(cache).expanduser() if cache else cache_path()))


class Library:
    """Articles and analyses for one reader; thread-safe where the reader's workers meet."""

    def __init__(self, cache: ArticleStore | None = None) -> None:
        self.cache = cache  # the store (tui.library.store): the SQLite cache unless another is given
        # (source, id) -> where the cache keeps it, for articles read afresh (a stored article knows its own)
        self.locations: dict[tuple[str, str], Location] = {}
        self.walk_rank: dict[str, int] = {}  # file -> its place in the last load's walk (see load_ordered)
        self._walked = 0
        self._lru: OrderedDict[tuple[str, str], Analysis] = OrderedDict()
        self._lru_lock = threading.Lock()  # the UI thread and the index or export workers all read analyses
        self.failed: dict[tuple[str, str], str] = {}  # (source, id) -> why its analysis raised

    @property
    def notices(self) -> list[str]:
        return self.cache.notices if self.cache is not None else []

    # Loading --------------------------------------------------------------------------------------

    def load(self, sources: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, batch: int = 2000) -> Iterator[Batch]:
        """Articles and problems in batches: cached files first (one query), then the rest as they are read."""
        if self.cache is None:
            out: Batch = []
            for item in iter_load(sources, max_bytes=max_bytes):
                out.append(item)
                if len(out) >= batch:
                    yield out
                    out = []
            if out:
                yield out
            return
        self.walk_rank, self._walked = {}, 0
        for src in sources:
            if is_file_source(src):
                yield from cast(Iterator[Batch], self._load_files(src, max_bytes, batch))  # no Retract unless early
            else:
                yield list(iter_load([src], max_bytes=max_bytes))

    def load_listed_first(self, sources: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Update]:
        """As load, but a folder's stored articles come at once, before its files are walked (a second at
        100,000 files); the walk then corrects them: a `Retract` for each listed file that changed or went,
        followed by what it holds now. What a reader shows while it checks; scripts use load."""
        if self.cache is None:
            for got in self.load(sources, max_bytes=max_bytes):
                yield list[Article | LoadProblem | Retract](got)
            return
        self.walk_rank, self._walked = {}, 0
        for src in sources:
            if is_file_source(src):
                yield from self._load_files(src, max_bytes, 2000, early=True)
            else:
                yield list(iter_load([src], max_bytes=max_bytes))

    def stored_folder(self, sources: list[str]) -> Folder | None:
        """The one folder a reader opens, as row numbers (tui.library.rows) when the SQLite store lists
        VIRTUAL_FROM of its articles or more; None otherwise (it is listed as objects)."""
        from tui.library.rows import VIRTUAL_FROM, Folder
        from tui.library.store import sqlite_of

        cache = sqlite_of(self.cache)
        if cache is None or len(sources) != 1 or not is_file_source(sources[0]) or sources[0] == "-":
            return None
        root, _, source_of = _walk_names(sources[0])
        if not os.path.isdir(root):
            return None
        skip = len(root) + 1
        folder = Folder(cache, root, source_of, lambda a, stored_fid: _as_walked(a, stored_fid, skip))
        return folder if folder.count(VIRTUAL_FROM) >= VIRTUAL_FROM else None

    def check_folder(
        self, src: str, folder: Folder, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> tuple[int, list[LoadProblem]]:
        """The walk of a folder listed as row numbers: each file compared with the store's row for it, a
        folder's rows at a time; a file new or changed is read and stored, one gone is forgotten. Returns how
        many files changed (the list is made again when any did) and the problems the walk met."""
        assert self.cache is not None
        _, key_of, _ = _walk_names(src)
        problems: list[LoadProblem] = []
        changed = 0
        walked_dirs: set[str] = set()
        here, last = "", ""
        # The store's rows of the folder being walked, in path order, merged with its files (in name order)
        stored: Iterator[tuple[str, FileRow]] = iter(())
        pending: tuple[str, FileRow] | None = None
        gone: list[str] = []
        in_order = True  # the walk met a folder's files in the store's order (else nothing is forgotten)

        def close_dir() -> None:
            nonlocal pending
            while pending is not None:  # stored, and not in the folder now
                gone.append(pending[0])
                pending = next(stored, None)

        for entry in file_entries(src):
            if isinstance(entry, LoadProblem):
                problems.append(entry)
                continue
            path, source, fid = entry
            key = key_of(path)
            d = key.rpartition(os.sep)[0]
            if d != here:
                close_dir()
                here, stored = d, folder.files_in(d)
                pending = next(stored, None)
                in_order = in_order and d not in walked_dirs
                walked_dirs.add(d)
            elif key <= last:
                in_order = False
            last = key
            while pending is not None and pending[0] < key:
                gone.append(pending[0])  # stored, and not in the folder now
                pending = next(stored, None)
            row = None
            if pending is not None and pending[0] == key:
                row, pending = pending[1], next(stored, None)
            st, usable = _stat(path, max_bytes)
            if st is not None and usable and row is not None and row.fresh(st):
                continue
            if row is not None and not usable:
                gone.append(key)  # stored, and no longer readable: its rows go, its problem is said below
            changed += 1
            got = self.read_file(Path(path), source, fid, max_bytes, st)
            problems.extend(x for x in got if isinstance(x, LoadProblem))
        close_dir()
        # Files under folders the walk never entered (a folder deleted or hidden since): their rows go too
        gone.extend(folder.stored_outside(walked_dirs))
        if not in_order:  # a walk out of the store's order: what looked gone may be there; left as it is
            gone = [p for p in gone if not os.path.exists(p)]
        if gone:
            self.cache.forget_many(gone)
            changed += len(gone)
        if changed:
            folder.forget()
        return changed, problems

    def load_ordered(
        self, sources: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES, progress: Callable[[int], None] | None = None
    ) -> tuple[list[Article], list[LoadProblem]]:
        """Every article in source order (a folder's files in name order), as a cache-less read gives them, so
        that a warm run of a command prints what a cold one does; and every problem. `progress` hears the count
        of articles read after each batch."""
        articles: list[Article] = []
        problems: list[LoadProblem] = []
        for batch in self.load(sources, max_bytes=max_bytes):
            for item in batch:
                if isinstance(item, LoadProblem):
                    problems.append(item)
                else:
                    articles.append(item)
            if progress is not None:
                progress(len(articles))
        if self.cache is None:
            return articles, problems
        last = self._walked

        def order(a: Article) -> tuple[int, int]:
            path, idx = self.loc_of(a) or ("", 0)
            return self.walk_rank.get(path, last), idx

        articles.sort(key=order)  # stable: what has no rank (stdin, feeds) keeps its place at the end
        return articles, problems

    def _load_files(self, src: str, max_bytes: int, batch: int, early: bool = False) -> Iterator[Update]:
        """Unchanged files stream from the cache as the walk meets them, in batches that double in size
        (the first rows show at once; the UI re-sorts only a few times); the rest are read after. With `early`,
        a folder's stored files are listed before the walk, which then retracts what it finds changed."""
        assert self.cache is not None
        root, key_of, source_of = _walk_names(src)
        folder = os.path.isdir(root)
        # Files listed before the walk: path -> their signature as listed, None once the walk found it unchanged
        listed: dict[str, int | None] = {}
        if early and folder:
            known: FileRows = Known(self.cache, root)  # asked for only when the walk needs it
            yield from self._list_stored(root, source_of, listed)
        else:
            known = self.cache.files(under=root) if folder else self.cache.files(path=root)
        walked: set[str] = set()  # files walked and not listed
        dropped: list[str] = []  # files listed, and no longer readable
        hits: list[tuple[str, str, str]] = []  # (abs path, source, fid)
        misses: list[tuple[Path, str, str, os.stat_result | None]] = []
        out: Update = []
        flush_at = 500
        for entry in file_entries(src):
            if isinstance(entry, LoadProblem):
                out.append(entry)
                continue
            path, source, fid = entry
            key = key_of(path)
            if not early:  # cached files come first, read ones after: load_ordered puts them back in walk order
                self.walk_rank[key] = self._walked
                self._walked += 1
            st, usable = _stat(path, max_bytes)
            if key in listed:  # listed before the walk: unchanged since, or retracted
                was = listed[key]
                if was is None:
                    continue  # met twice, and listed
                if usable and was == signature(st.st_size, st.st_mtime_ns) and source == source_of(key):  # type: ignore[union-attr]
                    listed[key] = None
                    continue
                out.append(Retract(source_of(key)))
                del listed[key]
                if not usable:
                    dropped.append(key)
            fresh = False
            if st is not None and usable:
                walked.add(key)
                row = known.get(key)
                fresh = row is not None and row.fresh(st)
            if not fresh:
                misses.append((Path(path), source, fid, st))  # reported as read_file would, when st is None
                continue
            hits.append((key, source, fid))
            if len(hits) >= flush_at:
                out.extend(self._from_cache(hits, known, misses))
                yield out
                out, hits, flush_at = [], [], min(flush_at * 2, 32768)
        out.extend(self._from_cache(hits, known, misses))
        gone = [key for key, was in listed.items() if was is not None]  # listed and not walked: deleted, or hidden
        out.extend(Retract(source_of(key)) for key in gone)
        if out:
            yield out
        if folder:  # files deleted since the last load: their rows go (stat failures stay, reported below)
            if isinstance(known, Known) and not known.whole:
                self.cache.forget_many(gone + dropped)  # the store's other rows were not read: those listed were
            else:
                self.cache.forget_many([k for k in known if k not in walked and listed.get(k, 0) is not None])
        del listed
        out = []
        for file, origin, file_id, file_stat in misses:
            out.extend(self.read_file(file, origin, file_id, max_bytes, file_stat, known))
            if len(out) >= batch:
                yield out
                out = []
        if out:
            yield out

    def _list_stored(
        self, root: str, source_of: Callable[[str], str], listed: dict[str, int | None]
    ) -> Iterator[Update]:
        """A folder's stored articles, under the sources and ids its walk will give them (see walk_paths): the
        newest few hundred first (the top of the list, at once), then the rest. `listed` gets each file's
        signature as listed, which the walk checks the disk against."""
        assert self.cache is not None
        skip = len(root) + 1

        def placed(got: Listed) -> Update:
            if not got.fids:
                return list[Article | LoadProblem | Retract](got.articles)  # every file stored under the walk's ids
            out: Update = []
            for a in got.articles:
                stored_fid = got.fids.get(a.loc[0])
                out.append(a if stored_fid is None else _as_walked(a, stored_fid, skip))
            return out

        top = self.cache.listed_under(root, source_of, newest=LISTED_FIRST)
        listed.update(top.files)
        if top.articles:
            yield placed(top)
        rest = self.cache.listed_under(root, source_of, skip={a.loc for a in top.articles})
        out = placed(rest)
        for key, problems in rest.problems.items():
            out.extend(LoadProblem(source_of(key), reason) for reason in problems)
        for key, sig in rest.files.items():
            # A file the top listed keeps the signature it was listed with: were it stored anew meanwhile, the
            # walk finds the disk unlike it and retracts what the top showed
            listed.setdefault(key, sig)
        yield out

    def _from_cache(self, hits: list[tuple[str, str, str]], known: FileRows, misses: list) -> Batch:
        """The cached articles and problems of fresh files, under this load's sources and ids."""
        assert self.cache is not None
        cached = self.cache.articles_of([h[0] for h in hits], {h[0]: h[1] for h in hits})
        out: Batch = []
        for key, source, fid in hits:
            row = known[key]
            if row.problems:
                out.extend(LoadProblem(source, reason) for reason in row.problems)
            articles = cached.get(key)
            if not articles and not row.problems:
                misses.append((Path(key), source, fid, None))  # the rows went missing: read it again
                continue
            for a in articles or []:
                out.append(_reroot(a, row, source, fid))  # it knows its location
        return out

    def read_file(
        self,
        path: Path,
        source: str,
        fid: str,
        max_bytes: int = DEFAULT_MAX_BYTES,
        st: os.stat_result | None = None,
        known: FileRows | None = None,
        later: list[Callable[[], None]] | None = None,
    ) -> Batch:
        """One file, through the cache: same bytes are never parsed twice; every failure is a problem. With
        `later`, storing what was parsed is left there to run after the caller has shown it (a watched file is
        listed at once even while another process or thread holds the cache's write lock)."""
        got = read_bytes(path, source, max_bytes=max_bytes, st=st)
        if isinstance(got, LoadProblem):
            return [got]
        data, st = got
        key = os.path.abspath(path)
        dig = digest(data)
        if self.cache is not None:
            row = (known if known is not None else self.cache.files(path=key)).get(key)
            if row is not None and row.digest is None:  # a folder's row, read without it: this file's whole row
                row = self.cache.files(path=key).get(key)
            if row and row.digest == dig and row.parser == PARSER_KEY:
                gone: list = []
                items = self._from_cache([(key, source, fid)], {key: row}, gone)
                if not gone:  # same bytes under a new time (a touch, a copy): the cached articles stand
                    self.cache.touch(key, st.st_size, st.st_mtime_ns)
                    return items
        items = parse_bytes(data, source, fid, max_bytes=max_bytes)
        cache = self.cache
        if cache is not None:
            size, mtime = st.st_size, st.st_mtime_ns

            def store() -> None:
                cache.store(key, size, mtime, dig, fid, items)
                n = 0
                for x in items:
                    if isinstance(x, Article):
                        self.locations[(x.source, x.id)] = (key, n)
                        n += 1

            if later is None:
                store()
            else:
                later.append(store)
        return items

    def forget(self, path: Path) -> None:
        if self.cache is not None:
            self.cache.forget(os.path.abspath(path))

    def loc_of(self, article: Article) -> Location | None:
        """Where the cache keeps an article's rows (None: not in the cache)."""
        if isinstance(article, StoredArticle):
            return article.loc
        return self.locations.get((article.source, article.id))

    # Analyses -------------------------------------------------------------------------------------

    def cached_analysis(self, article: Article) -> Analysis | None:
        """Memory or cache, never computing: what the UI thread may ask for on every keystroke."""
        key = (article.source, article.id)
        with self._lru_lock:
            a = self._lru.get(key)
            if a is not None:
                self._lru.move_to_end(key)
                return a
        loc = self.loc_of(article)
        if loc is not None and self.cache is not None:
            a = self.cache.analysis(loc, article.text)
            if a is not None:
                self._remember(key, a)
        return a

    def analysis(self, article: Article) -> Analysis:
        """The analysis, computed (and stored) when neither memory nor the cache has it."""
        a = self.cached_analysis(article)
        if a is None:
            key = (article.source, article.id)
            try:
                a = analyze(article)
            except Exception as exc:  # noqa: BLE001 - a rule's bug on one article must not cost the rest
                # An empty analysis for the session (not stored: a fixed version analyses it again), and why.
                self.failed[key] = f"analysis failed ({type(exc).__name__}: {exc})"[:300]
                a = Analysis([], [], [], [])
                self._remember(key, a)
                return a
            self._remember(key, a)
            loc = self.loc_of(article)
            if loc is not None and self.cache is not None:
                self.cache.store_analyses([(loc, json.dumps(a.to_compact(), ensure_ascii=False))])
        return a

    def _remember(self, key: tuple[str, str], a: Analysis) -> None:
        with self._lru_lock:
            self._lru[key] = a
            self._lru.move_to_end(key)
            while len(self._lru) > LRU_SIZE:
                self._lru.popitem(last=False)

    def missing(self, articles: Iterable[Article]) -> list[Article]:
        """Articles the cache holds no current analysis for."""
        done = self.cache.analysed() if self.cache is not None else set()
        return [a for a in articles if self.loc_of(a) not in done]

    def analyse_all(
        self, articles: Sequence[Article], *, jobs: int = 1, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Analyse what the cache lacks in `jobs` worker processes, storing as results come; returns the count.

        Workers are separate processes even for one job, so the reader's UI thread never waits on the rules.
        """
        from tui.library.rows import Rows

        if isinstance(articles, Rows):  # a folder of a million: the store says which lack one, not a set of all
            todo: Sequence[Article] = articles.folder.unanalysed()
        else:
            todo = [a for a in self.missing(articles) if self.loc_of(a) is not None]
        if not todo or self.cache is None:
            return 0
        from tui.library.pool import ordered_map

        done = 0
        block = 8192  # the articles of a block made at once, not all of a list of row numbers
        for start in range(0, len(todo), block):
            part = list(todo[start : start + block])
            chunks = [part[i : i + 64] for i in range(0, len(part), 64)]
            for chunk, results in zip(chunks, ordered_map(_analyse_batch, chunks, jobs, threaded=True), strict=True):
                rows = [
                    (loc, js)
                    for a, js in zip(chunk, results, strict=True)
                    if js is not None and (loc := self.loc_of(a)) is not None
                ]
                self.cache.store_analyses(rows)
                done += len(chunk)
                if progress is not None:
                    progress(done, len(todo))
        return done

    def records(self, articles: Sequence[Article]) -> Iterator[tuple[Article, dict[str, object]]]:
        """(article, its analysis as to_dict() gives it) in order; stored ones are read without building objects."""
        for chunk, locs, texts in self._chunks(articles):
            stored = dict(self.cache.iter_analysis_dicts(locs, texts)) if locs and self.cache else {}
            for a in chunk:
                loc = self.loc_of(a)
                d = stored.get(loc) if loc is not None else None
                yield a, d if d is not None else self.analysis(a).to_dict()

    def stored_records(self, articles: list[Article]) -> list[tuple[Article, dict[str, object]]] | None:
        """records() of stored articles read through this library's own cache connection only (a forked worker
        must not use its parent's): their texts and analyses in one pass, or None when one of them is not
        stored as it was listed (the caller reads those the usual way)."""
        stored = [a for a in articles if isinstance(a, StoredArticle)]
        if self.cache is None or len(stored) != len(articles):
            return None
        bodies = self.cache.bodies([a.loc for a in stored])
        texts: dict[Location, str] = {}
        for a in stored:
            body = bodies.get(a.loc)
            if body is None or text_key_of(body[0]) != a.text_key:
                return None
            texts[a.loc] = body[0]
        got = dict(self.cache.iter_analysis_dicts(list(texts), texts))
        if len(got) != len(stored):
            return None
        return [(a, got[a.loc]) for a in stored]

    def pairs(self, articles: Sequence[Article]) -> Iterator[tuple[Article, Analysis]]:
        """(article, analysis) for every article in order, from the cache a chunk at a time where it can."""
        for chunk, locs, texts in self._chunks(articles):
            stored = dict(self.cache.iter_analyses(locs, texts)) if locs and self.cache else {}
            for a in chunk:
                loc = self.loc_of(a)
                an = stored.get(loc) if loc is not None else None
                yield a, an if an is not None else self.analysis(a)

    def _chunks(
        self, articles: Sequence[Article], size: int = 400
    ) -> Iterator[tuple[list[Article], list[Location], dict[Location, str]]]:
        """Articles a chunk at a time, with the cache locations of those it holds and their texts."""
        for i in range(0, len(articles), size):
            chunk = list(articles[i : i + size])
            if self.cache is None:
                yield chunk, [], {}
                continue
            located = [(a, loc) for a in chunk if (loc := self.loc_of(a)) is not None]
            self.cache.texts.prefetch([loc for a, loc in located if isinstance(a, StoredArticle)])
            texts = {loc: a.text for a, loc in located}
            yield chunk, list(texts), texts
