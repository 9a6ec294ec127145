"""A folder of a million stored articles, listed as row numbers.

The list's order, its duplicates, its sorts and its outlet filter are worked out by SQLite over the store's
listing table (tui.library.cache); the reader holds the numbers in the order it shows them, 8 bytes an
article, and makes a StoredArticle only for the rows that come on screen or that a worker reads, through a
small LRU. A list of objects costs about 830 bytes and 10 microseconds an article: at a million, 874 MB and
ten seconds before the list shows. Past VIRTUAL_FROM stored articles a reader lists a folder this way
(Library.stored_folder); below it, as objects (tui.library.listing), whose every operation is in memory.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, overload

from tui.articles.model import Article, LoadProblem

if TYPE_CHECKING:
    from tui.library.cache import Cache, FileRow
    from tui.library.stored import StoredArticle

VIRTUAL_FROM = 50_000  # stored articles under a folder from which a reader lists it as row numbers
CHUNK = 128  # rows made at once: a screen's worth and more, one query
LRU_ROWS = 8192  # articles kept made (about 7 MB), shared by every list of the folder
GONE_TITLE = "(changed since the list was made: it is made again when the folder's check ends)"

# A row is listed unless a copy of its story with a smaller number is under the same folder: `dup` says
# whether one is anywhere in the store, so the subquery runs only for the few copies.
_SHOWN = (
    "l.path >= ?1 AND l.path < ?2 AND (l.dup = 0 OR NOT EXISTS (SELECT 1 FROM listing o "
    "WHERE o.story = l.story AND o.n < l.n AND o.path >= ?1 AND o.path < ?2))"
)


def _how(sort: str, reverse: bool, outlet: str | None) -> str:
    """An order's name among those kept (listing_orders.how)."""
    return f"{sort} {int(reverse)} {'' if outlet is None else '=' + outlet}"


class Folder:
    """One folder's stored articles by row number, under the sources and ids its walk gives them."""

    def __init__(
        self,
        cache: Cache,
        root: str,
        source_of: Callable[[str], str],
        place: Callable[[StoredArticle, str], Article],
    ) -> None:
        self.cache, self.root = cache, root
        from tui.library.cache import under_range  # not at import: the reader's first frame waits for it

        self.lo, self.hi = under_range(root)
        self.source_of = source_of
        self._place = place  # an article stored under another file id, under the one this walk gives
        self._lru: OrderedDict[int, Article] = OrderedDict()
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._conn_lock = threading.Lock()

    def _query(self, sql: str, args: tuple[object, ...]) -> list[tuple]:
        """A short query (a screen's rows, one folder's files) on the folder's own connection: one made for
        each would cost a millisecond, a thousand times in a walk. Any error sends it to the store's guard."""
        with self._conn_lock:
            try:
                if self._conn is None:
                    from tui.library.db import connect

                    self._conn = connect(self.cache.path)
                return self._conn.execute(sql, args).fetchall()
            except sqlite3.Error:
                pass
        return self.cache._run(lambda c: c.execute(sql, args).fetchall(), [])

    def count(self, most: int) -> int:
        """Rows stored under the folder (copies of one story included), counted up to `most`: whether to list it
        this way (a count of a million rows reads their index, seconds from a cold disk)."""
        sql = "SELECT count(*) FROM (SELECT 1 FROM listing WHERE path >= ? AND path < ? LIMIT ?)"
        got = self._query(sql, (self.lo, self.hi, most))
        return int(got[0][0]) if got else 0

    def kept(self, sort: str = "date", reverse: bool = False, outlet: str | None = None) -> bool:
        """Whether order() would read this order as a reader kept it (quick) rather than work it out."""
        sql = (
            "SELECT 1 FROM listing_orders o, listing_version v WHERE o.lo = ? AND o.hi = ? AND o.how = ? AND o.v = v.v"
        )
        return bool(self._query(sql, (self.lo, self.hi, _how(sort, reverse, outlet))))

    def order(self, sort: str = "date", reverse: bool = False, outlet: str | None = None, limit: int = 0) -> array[int]:
        """The numbers of the rows listed, in the order the reader's Desk gives a list of objects: by date,
        newest first and undated last (reversed: oldest first, undated still last), then by title; by outlet
        (those without last), then by date; by title, then by date. With `limit`, the first rows alone."""
        # By date, the index's order read as it is (a sort of a million rows would cost a second)
        table = "listing l INDEXED BY listing_order" if sort == "date" else "listing l"
        where = f"SELECT l.n FROM {table} WHERE {_SHOWN}" + (" AND l.outlet = ?3" if outlet is not None else "")  # noqa: S608 - fixed text
        desc = " DESC" if reverse else ""
        if sort == "date" and reverse:
            parts = [
                f"{where} AND l.sk < 9e999 ORDER BY l.sk DESC, l.fold DESC, l.path DESC, l.idx DESC",
                f"{where} AND l.sk = 9e999 ORDER BY l.fold, l.path, l.idx",
            ]
        elif sort == "date":  # ties as the walk met them: by file, then by place in the file
            parts = [f"{where} ORDER BY l.sk, l.fold, l.path, l.idx"]
        elif sort == "outlet":
            parts = [f"{where} ORDER BY l.ofold = ''{desc}, l.ofold{desc}, l.sk{desc}, l.fold{desc}, l.n{desc}"]
        else:
            parts = [f"{where} ORDER BY l.fold{desc}, l.sk{desc}, l.n{desc}"]
        args = (self.lo, self.hi) if outlet is None else (self.lo, self.hi, outlet)
        if limit:  # the top of the list, read from the index's start: what a warm start shows first
            parts = [f"{parts[0]} LIMIT {int(limit)}"]
        how = _how(sort, reverse, outlet)

        def q(conn: sqlite3.Connection) -> tuple[array[int], int | None]:
            out = array("q")
            conn.execute("BEGIN")  # one snapshot: the listing's version and the rows it numbers
            try:
                v, kept = None, None
                try:
                    if not limit:  # the first rows alone are read from the index's start, never kept
                        v = conn.execute("SELECT v FROM listing_version").fetchone()[0]
                        kept = conn.execute(
                            "SELECT ns FROM listing_orders WHERE lo = ? AND hi = ? AND how = ? AND v = ?",
                            (self.lo, self.hi, how, v),
                        ).fetchone()
                except (sqlite3.OperationalError, TypeError):  # a store from before the kept orders
                    v, kept = None, None
                if kept is not None:
                    out.frombytes(kept[0])
                    return out, None
                for sql in parts:
                    out.extend([r[0] for r in conn.execute(sql, args)])
                return out, v
            finally:
                conn.execute("COMMIT")

        out, v = self.cache._run_apart(q, (array("q"), None))
        if v is not None:
            self._keep(how, v, out)
        return out

    def _keep(self, how: str, v: int, ns: array[int]) -> None:
        """An order just worked out, kept for the next reader while the listing stays at version v; never waited
        for: a store busy with a writer, or read-only, keeps none."""
        from tui.library.db import connect

        try:
            conn = connect(self.cache.path)
        except (sqlite3.Error, OSError):
            return
        try:
            conn.execute("PRAGMA busy_timeout = 0")
            conn.execute("BEGIN IMMEDIATE")
            now = "(SELECT v FROM listing_version)"
            conn.execute(f"DELETE FROM listing_orders WHERE v != {now}")  # noqa: S608 - fixed text
            conn.execute(
                f"INSERT OR REPLACE INTO listing_orders SELECT ?, ?, ?, ?, ? WHERE {now} = ?",
                (self.lo, self.hi, how, v, ns.tobytes(), v),
            )
            conn.execute("COMMIT")
        except sqlite3.Error:
            pass
        finally:
            conn.close()

    def problems(self) -> list[LoadProblem]:
        """What the folder's stored files gave instead of articles (or beside them)."""
        import json

        from tui.library.cache import PARSER_KEY

        rows = self._query(
            "SELECT path, problems FROM files WHERE path >= ? AND path < ? AND parser = ? AND problems IS NOT NULL",
            (self.lo, self.hi, PARSER_KEY),
        )
        return [LoadProblem(self.source_of(p), reason) for p, probs in rows for reason in json.loads(probs)]

    def files_in(self, folder: str) -> Iterator[tuple[str, FileRow]]:
        """The stored rows of the files right in one folder (not its subfolders), in path order (the walk's
        order in a folder), a thousand at a time: what the walk merges the disk with, never a row for each of
        the million files a flat folder may hold."""
        import json

        from tui.library.cache import FileRow, under_range

        lo, hi = under_range(folder)
        after = lo
        while True:
            rows = self._query(
                "SELECT path, size, mtime_ns, parser, problems FROM files WHERE path > ? AND path < ? "
                "AND instr(substr(path, ?), ?) = 0 ORDER BY path LIMIT 1000",
                (after, hi, len(lo) + 1, os.sep),
            )
            for p, size, mtime, parser, probs in rows:
                yield p, FileRow(size, mtime, None, parser, None, json.loads(probs) if probs else None)
            if len(rows) < 1000:
                return
            after = rows[-1][0]

    def stored_outside(self, folders: set[str]) -> list[str]:
        """The stored files under the folder that are in none of `folders` (the walk's last look, for folders
        gone or hidden since): one pass over the store's paths, none of them kept but those."""

        def q(conn: sqlite3.Connection) -> list[str]:
            rows = conn.execute("SELECT path FROM files WHERE path >= ? AND path < ?", (self.lo, self.hi))
            return [p for (p,) in rows if p.rpartition(os.sep)[0] not in folders]

        return self.cache._run_apart(q, [])

    def unanalysed(self) -> Rows:
        """The folder's listed rows without an analysis by the current rules, as the store tells it."""
        from tui.analysis import ANALYSIS_KEY

        sql = (
            f"SELECT l.n FROM listing l WHERE {_SHOWN} AND NOT EXISTS (SELECT 1 FROM analyses a "  # noqa: S608
            "WHERE a.path = l.path AND a.idx = l.idx AND a.aversion = ?3) ORDER BY l.n"
        )
        # a pass over every row: on a connection of its own, not the folder's, which the screen's rows wait on
        got = self.cache._run_apart(lambda c: c.execute(sql, (self.lo, self.hi, ANALYSIS_KEY)).fetchall(), [])
        return Rows(self, array("q", [r[0] for r in got]))

    def outlet_counts(self) -> dict[str, int]:
        """Articles listed under each outlet ("" for none), counted by the store."""
        sql = f"SELECT l.outlet, count(*) FROM listing l WHERE {_SHOWN} GROUP BY l.outlet"  # noqa: S608
        got = self._query(sql, (self.lo, self.hi))
        return {o: c for o, c in got}

    def rows_keyed(self, keys: Iterable[str], key_of: Callable[[Article], str]) -> dict[int, Article]:
        """The listed articles (not the copies left out) whose reading-state keys (`key_of`) are among `keys`
        (read, starred: a few thousand at most), by row number: found by their files, a query for a few hundred
        files, never by making every article."""
        wanted = set(keys)
        paths = sorted({p for k in wanted if (p := k.partition("\x1f")[0]).startswith(self.lo)})
        out: dict[int, Article] = {}
        for at in range(0, len(paths), 500):
            chunk = paths[at : at + 500]
            marks = ",".join(f"?{k + 3}" for k in range(len(chunk)))
            sql = f"SELECT l.n FROM listing l WHERE {_SHOWN} AND l.path IN ({marks})"  # noqa: S608 - "?"s only
            rows = [r[0] for r in self._query(sql, (self.lo, self.hi, *chunk))]
            out.update((n, a) for n, a in zip(rows, self.get(rows), strict=True) if key_of(a) in wanted)
        return out

    def titled(self, words: str, limit: int = 40) -> list[tuple[int, str]]:
        """(row, title) of listed articles whose title holds every word of `words` (case folded): the
        palette's "go to article" over a million titles, one pass by the store and no index held for it."""
        parts = words.casefold().split()[:8]
        if not parts:
            return []
        like = "".join(f" AND instr(l.fold, ?{i + 3}) > 0" for i in range(len(parts)))
        sql = (
            f"SELECT l.n, a.title FROM listing l JOIN articles a ON a.path = l.path AND a.idx = l.idx "  # noqa: S608
            f"WHERE {_SHOWN}{like} LIMIT {int(limit)}"
        )
        return self.cache._run_apart(lambda c: c.execute(sql, (self.lo, self.hi, *parts)).fetchall(), [])

    def rows_of(self, source: str) -> list[Article]:
        """The listed articles of one file, by its source (a search result's article, found by its file)."""
        got = self._query("SELECT n FROM listing WHERE path = ? ORDER BY idx", (os.path.abspath(source),))
        return self.get([r[0] for r in got])

    # Articles -----------------------------------------------------------------------------------------

    def get(self, keys: Sequence[int]) -> list[Article]:
        """The articles of these rows, made (a query for those not kept) and kept in the LRU."""
        with self._lock:
            lru = self._lru
            found = {}
            for n in keys:
                a = lru.get(n)
                if a is not None:
                    lru.move_to_end(n)
                    found[n] = a
        todo = [n for n in keys if n not in found]
        if todo:
            made = self._make(todo)
            with self._lock:
                for n, a in made.items():
                    self._lru[n] = a
                while len(self._lru) > LRU_ROWS:
                    self._lru.popitem(last=False)
            found.update(made)
        return [found.get(n) or _gone(n) for n in keys]

    def made(self, n: int) -> Article | None:
        """The article of row `n` when it is made and kept, else None (nothing is read)."""
        with self._lock:
            a = self._lru.get(n)
            if a is not None:
                self._lru.move_to_end(n)
            return a

    def forget(self) -> None:
        """The store changed under the folder: no article made before is served again."""
        with self._lock:
            self._lru.clear()

    def _make(self, keys: list[int]) -> dict[int, Article]:
        from tui.library.cache import _unless_under
        from tui.library.stored import _SETTERS

        cache, lo = self.cache, self.lo
        cols = ", ".join(f"a.{c.strip()}" for c in cache._LISTED.split(","))
        if os.sep == "/":
            cols = cols.replace("a.id,", _unless_under("a.id", "a.path") + ",")
        under = len(lo) + 1
        set_row = _SETTERS[16]
        make = cache._maker()
        out: dict[int, Article] = {}

        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            sql = (
                f"SELECT {cols}, l.n, {_unless_under('f.fid', 'f.path')} FROM listing l "  # noqa: S608
                "JOIN articles a ON a.path = l.path AND a.idx = l.idx JOIN files f ON f.path = l.path "
                f"WHERE l.n IN ({marks})"
            )
            args = (under, under, *chunk) if os.sep == "/" else (under, *chunk)
            for row in self._query(sql, args):
                path = row[0]
                source = self.source_of(path)
                a = make(row[:14], source, len(source) - (len(path) - len(lo)))
                set_row(a, row[14])
                out[row[14]] = a if row[15] is None else self._place(a, row[15])
        return out


def _gone(n: int) -> Article:
    """A row another process replaced after the list was made (the folder's check makes the list again)."""
    return Article(id=f"gone-{n}", source="", title=GONE_TITLE, text="", spans=())


class Rows(Sequence[Article]):
    """A list of a folder's stored articles that holds their row numbers: a Sequence of Articles, each made
    when asked for (and kept a while by the folder's LRU), so every reader of `desk.view` works unchanged.
    Equal articles, not always the same objects: compare with `==` or `desk.same`, never `is`."""

    def __init__(self, folder: Folder, keys: array[int]) -> None:
        self.folder, self.keys = folder, keys

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, i: int) -> Article: ...
    @overload
    def __getitem__(self, i: slice) -> list[Article]: ...
    def __getitem__(self, i: int | slice) -> Article | list[Article]:
        if isinstance(i, slice):
            return self.folder.get(self.keys[i])
        n = len(self.keys)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        made = self.folder.made(self.keys[i])  # the screen asks for each of its rows at every frame
        if made is not None:
            return made
        start = i - i % CHUNK  # its neighbours too: the screen asks for them next
        got = self.folder.get(self.keys[start : start + CHUNK])
        return got[i - start]

    def __iter__(self) -> Iterator[Article]:
        for start in range(0, len(self.keys), CHUNK):
            yield from self.folder.get(self.keys[start : start + CHUNK])

    def __contains__(self, value: object) -> bool:
        return self.find(value) is not None

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        at = self.find(value)
        if at is None or at < start or (stop is not None and at >= stop):
            raise ValueError("not listed")
        return at

    def find(self, value: object) -> int | None:
        """Where an article is in this list (None: not in it), by its row number (an article made otherwise, by
        its file): no other article is made."""
        if not isinstance(value, Article):
            return None
        n = getattr(value, "row", -1)
        if n < 0:  # an article not made by such a list: its row found by its file
            n = next((x.row for x in self.folder.rows_of(value.source) if x == value), -1)  # type: ignore[attr-defined]
            if n < 0:
                return None
        at = self.position(n)
        return at if at is not None and self[at] == value else None

    def position(self, n: int) -> int | None:
        """Where the row numbered `n` is in this list (None: not in it)."""
        try:
            return self.keys.index(n)
        except ValueError:
            return None
