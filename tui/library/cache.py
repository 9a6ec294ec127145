"""The article cache: parsed articles and their analysis in SQLite, so an unchanged file is never parsed twice.

A file is fresh when its size and modification time are what the cache saw; when
they changed but its content hash did not (a `touch`, a copy), the cached
articles are kept too. Articles are stored with the parser version, analyses with
the analysis version, so a changed rule re-analyses and a changed parser
re-parses. The database runs in WAL mode with a busy timeout, so several readers
(several SSH users) can share one file. A file that is not a Newsdesk cache, or
is corrupt, is moved aside and rebuilt with a notice, never a crash; a write that
cannot be made (a locked or read-only file) is skipped: the cache is only ever an
accelerator.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import sqlite3
import threading
import time
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from tui.analysis import ANALYSIS_KEY, Analysis
from tui.articles.dates import as_utc
from tui.articles.model import Article, LoadProblem
from tui.library.stored import NO_EXTRA, Body, Location, StoredArticle, Texts, _fill
from tui.paths import code_key

APP_ID = 0x4E44534B  # "NDSK" in PRAGMA application_id: this file is a Newsdesk cache
SCHEMA = 3
PARSER_VERSION = 3  # bump when tui.articles parses the same bytes differently
PARSER_KEY = code_key(PARSER_VERSION, Path(__file__).resolve().parent.parent / "articles")  # what rows are stored under

_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,   -- the file's absolute path
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    digest TEXT NOT NULL,    -- blake2b of the bytes
    parser INTEGER NOT NULL,
    fid TEXT NOT NULL,       -- the article id the file was read under (ids derived from it are re-rooted)
    problems TEXT            -- JSON list of reasons when the file yielded problems
);
-- What the list shows, a small row an article: a warm start reads these and never pages through the texts.
CREATE TABLE IF NOT EXISTS articles (
    path TEXT NOT NULL,
    idx INTEGER NOT NULL,
    id TEXT NOT NULL, title TEXT NOT NULL, outlet TEXT NOT NULL, editor TEXT NOT NULL, author TEXT NOT NULL,
    published TEXT, dateline TEXT NOT NULL, url TEXT NOT NULL, extra TEXT NOT NULL,
    chars INTEGER NOT NULL,      -- len(text)
    paragraphs INTEGER NOT NULL, -- len(spans)
    text_key INTEGER NOT NULL,   -- Article.text_key: one story filed twice is listed once without its text
    ts REAL,                     -- published, in seconds since 1970 UTC: a warm start lists the newest first
    PRIMARY KEY (path, idx)
) WITHOUT ROWID;  -- a folder's rows are one range of the key: a warm start reads them in order
-- The bodies, read one article (or one chunk) at a time when opened, searched or exported.
CREATE TABLE IF NOT EXISTS texts (
    path TEXT NOT NULL,
    idx INTEGER NOT NULL,
    spans BLOB NOT NULL,     -- paragraph offsets as native int32 pairs: far quicker to read back than JSON
    text TEXT NOT NULL,
    PRIMARY KEY (path, idx)
);
-- The list's order, a row an article with a number of its own: a reader of a million articles holds these numbers
-- in the order it shows them (8 bytes an article) and reads an article's row when it comes on screen.
CREATE TABLE IF NOT EXISTS listing (
    n INTEGER PRIMARY KEY AUTOINCREMENT,  -- never given twice: a reader's numbers name one row or none
    path TEXT NOT NULL,
    idx INTEGER NOT NULL,
    sk REAL NOT NULL,        -- Article.sort_time: newest first, undated (+inf) last
    fold TEXT NOT NULL,      -- the title casefolded: ties by title, and the sort by title
    ofold TEXT NOT NULL,     -- the outlet casefolded: the sort by outlet
    outlet TEXT NOT NULL,
    story INTEGER NOT NULL,  -- story_of(title, text key): one story filed twice is listed once
    dup INTEGER NOT NULL     -- 1 when a copy of the story with a smaller n is stored
);
CREATE UNIQUE INDEX IF NOT EXISTS listing_at ON listing(path, idx);
CREATE INDEX IF NOT EXISTS listing_order ON listing(sk, fold, path, idx, dup);  -- the list by date, in order
CREATE INDEX IF NOT EXISTS listing_story ON listing(story, n, path);
-- Any change to the listing moves its version on (triggers: every way a row is written counts), and the orders a
-- reader worked out are kept under the version they read (8 bytes a row): a warm start of a million articles reads
-- one blob of 8 MB instead of a 150 MB index, which a cold page cache reads in seconds (rows.Folder.order)
CREATE TABLE IF NOT EXISTS listing_version (one INTEGER PRIMARY KEY CHECK (one = 0), v INTEGER NOT NULL);
INSERT OR IGNORE INTO listing_version VALUES (0, 0);
CREATE TRIGGER IF NOT EXISTS listing_added AFTER INSERT ON listing BEGIN UPDATE listing_version SET v = v + 1; END;
CREATE TRIGGER IF NOT EXISTS listing_gone AFTER DELETE ON listing BEGIN UPDATE listing_version SET v = v + 1; END;
CREATE TRIGGER IF NOT EXISTS listing_moved AFTER UPDATE ON listing BEGIN UPDATE listing_version SET v = v + 1; END;
CREATE TABLE IF NOT EXISTS listing_orders (
    lo TEXT NOT NULL, hi TEXT NOT NULL,  -- the folder's range of paths (under_range)
    how TEXT NOT NULL,                   -- the sort, the way it runs and the outlet (Folder.order)
    v INTEGER NOT NULL,                  -- the listing_version it was read at: any other is stale
    ns BLOB NOT NULL,                    -- the row numbers in order, native int64
    PRIMARY KEY (lo, hi, how)
);
-- The files that gave problems, apart: a warm start reads their reasons without a pass over every file's row
CREATE INDEX IF NOT EXISTS files_problems ON files(path) WHERE problems IS NOT NULL;
-- Apart from the articles, so that reading a corpus for the list never pages through analyses.
CREATE TABLE IF NOT EXISTS analyses (
    path TEXT NOT NULL,
    idx INTEGER NOT NULL,
    aversion INTEGER NOT NULL,  -- the analysis version that wrote it
    analysis TEXT NOT NULL,     -- Analysis.to_compact() as JSON
    PRIMARY KEY (path, idx)
);
"""


def _spans_blob(spans: tuple[tuple[int, int], ...]) -> bytes:
    return array("i", [x for s in spans for x in s]).tobytes()


def _spans(blob: bytes) -> tuple[tuple[int, int], ...]:
    flat = array("i")
    flat.frombytes(blob)
    it = iter(flat)
    return tuple(zip(it, it, strict=True))


def _mark(conn: sqlite3.Connection) -> None:
    """Sign a new file as a Newsdesk cache of this schema."""
    conn.execute(f"PRAGMA application_id = {APP_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA}")


# What reading a stored analysis this version cannot read raises (it is then analysed again)
_UNREADABLE = (ValueError, KeyError, TypeError, IndexError)


def _decode(js: str, text: str) -> Analysis | None:
    """A stored analysis, or None when this version cannot read it (it is analysed again)."""
    try:
        return Analysis.from_compact(json.loads(js), text)
    except _UNREADABLE:
        return None


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@contextmanager
def gc_paused() -> Iterator[None]:
    """No collection passes while many objects are made that are not garbage (each pass would walk them all)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _unless_under(column: str, path: str = "path") -> str:
    """SQL for `column`, NULL where it is the file's path under the folder (the `?` is where that starts): what
    the walk would name it anyway, so no string of it is made for each of 100,000 rows."""
    return f"CASE WHEN {column} = substr({path}, ?) THEN NULL ELSE {column} END"


def under_range(folder: str) -> tuple[str, str]:
    """(lo, hi): every path under `folder` is >= lo and < hi, a range on an index of paths (the separator is
    followed by the next character)."""
    lo = folder.rstrip(os.sep) + os.sep
    return lo, lo[:-1] + chr(ord(os.sep) + 1)


def signature(size: int, mtime_ns: int) -> int:
    """A file's size and time as one int: a warm start keeps one for each file it listed."""
    return (size << 64) | (mtime_ns & 0xFFFF_FFFF_FFFF_FFFF)


def story_of(title: str, text_key: int) -> int:
    """A story (title and text) as one int, the same in every process: the listing's copies of one story."""
    raw = title.encode("utf-8", "surrogatepass") + text_key.to_bytes(8, "big", signed=True)
    return int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "big", signed=True)


def _unlist(conn: sqlite3.Connection, paths: Iterable[str]) -> None:
    """The listing's rows of these files go; a story one of them listed is listed by its next copy."""
    for path in paths:
        stories = [r[0] for r in conn.execute("SELECT story FROM listing WHERE path = ? AND dup = 0", (path,))]
        conn.execute("DELETE FROM listing WHERE path = ?", (path,))
        for story in stories:
            conn.execute("UPDATE listing SET dup = 0 WHERE n = (SELECT min(n) FROM listing WHERE story = ?)", (story,))


def _list(conn: sqlite3.Connection, path: str, articles: list[Article]) -> None:
    """A file's articles into the listing, after every copy stored before them."""
    for i, a in enumerate(articles):
        story = story_of(a.title, a.text_key)
        dup = conn.execute("SELECT EXISTS (SELECT 1 FROM listing WHERE story = ?)", (story,)).fetchone()[0]
        conn.execute(
            "INSERT INTO listing (path, idx, sk, fold, ofold, outlet, story, dup) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (path, i, a.sort_time(), a.title.casefold(), a.outlet.casefold(), a.outlet, story, dup),
        )


def _fill_listing(conn: sqlite3.Connection) -> None:
    """A cache written before the listing existed: its rows made from the articles', once (seconds at a million)."""
    conn.create_function("nd_fold", 1, str.casefold, deterministic=True)
    conn.create_function("nd_story", 2, story_of, deterministic=True)
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT EXISTS (SELECT 1 FROM listing)").fetchone()[0]:
            conn.execute("ROLLBACK")  # another process filled it meanwhile
            return
        conn.execute(
            "INSERT INTO listing (path, idx, sk, fold, ofold, outlet, story, dup) SELECT path, idx, "
            "CASE WHEN ts IS NULL THEN 9e999 ELSE -ts END, nd_fold(title), nd_fold(outlet), outlet, "
            "nd_story(title, text_key), 0 FROM articles ORDER BY path, idx"
        )
        conn.execute(
            "UPDATE listing SET dup = 1 WHERE n > (SELECT min(n) FROM listing o WHERE o.story = listing.story)"
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


@dataclass(slots=True)
class Listed:
    """A folder's stored articles, and for each of their files (and each file that holds problems only) its
    signature as stored, its problems, and its fid when that is not its path under the folder."""

    articles: list[StoredArticle]
    files: dict[str, int]
    problems: dict[str, list[str]]
    fids: dict[str, str]


class FileRow(NamedTuple):
    """What the cache knows of one file (a tuple: a warm start builds one for every file). A folder's rows
    leave out the digest and, when it is the file's path under the folder, the fid (None)."""

    size: int
    mtime_ns: int
    digest: str | None
    parser: str
    fid: str | None
    problems: list[str] | None

    def fresh(self, st: os.stat_result) -> bool:
        """Whether the file as stat'ed now is the one stored (same size and time, read by this parser)."""
        return (self.size, self.mtime_ns, self.parser) == (st.st_size, st.st_mtime_ns, PARSER_KEY)

    def read_as(self, fid: str) -> bool:
        """Whether the file was stored under the article id `fid` (else its articles are re-rooted)."""
        return self.fid is None or self.fid == fid


def _corrupt(exc: Exception) -> bool:
    """Only these mean the file itself is bad; "readonly", "disk is full", "unable to open" and locks do not."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text or "file is encrypted" in text or "corrupt" in text
    )


class Cache:
    """One SQLite file shared by every reader; all access goes through one lock per process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notices: list[str] = []
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self.texts = Texts(self.bodies)  # the bodies of the articles this cache lists, read when asked for
        self._open()

    # Opening and recovery -------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        from tui.library.db import connect

        return connect(self.path)

    def _open(self) -> None:
        try:
            conn = self._connect()
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if app_id == 0 and not tables:
                _mark(conn)
            elif app_id != APP_ID:
                conn.close()
                self._move_aside("is not a Newsdesk cache")
                return
            elif version != SCHEMA:
                conn.executescript(
                    "DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS analyses;"
                    "DROP TABLE IF EXISTS texts; DROP TABLE IF EXISTS listing;"
                )
                conn.execute(f"PRAGMA user_version = {SCHEMA}")
            conn.executescript(_SCHEMA_SQL)
            self._conn = conn
            if conn.execute("SELECT EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM listing)").fetchone()[
                0
            ]:
                try:
                    _fill_listing(conn)
                except sqlite3.OperationalError:  # read-only, or busy: listed from the articles' rows meanwhile
                    pass
        except sqlite3.DatabaseError as exc:
            if _corrupt(exc):
                self._move_aside(f"could not be read ({exc})")
            else:  # a read-only folder, a full disk, a lock: the file may be healthy, so it is left alone
                self.notices.append(f"cache {self.path} cannot be used ({exc}); running without it")
                self._conn = None
        except OSError as exc:
            self.notices.append(f"cache {self.path} cannot be opened ({exc.strerror or exc}); running without it")
            self._conn = None

    def _move_aside(self, why: str) -> None:
        """Keep the bad file for inspection and start a fresh cache in its place."""
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None
        aside = self.path.with_name(f"{self.path.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            self.path.replace(aside)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    side.unlink()
            self.notices.append(f"cache {self.path} {why}: moved to {aside.name}, rebuilt")
            self._conn = self._connect()
            _mark(self._conn)
            self._conn.executescript(_SCHEMA_SQL)
        except (OSError, sqlite3.Error) as exc:
            self.notices.append(f"cache {self.path} {why} and cannot be replaced ({exc}); running without it")
            self._conn = None

    def _run(self, fn, default):  # noqa: ANN001, ANN202 - a small guard around every query
        """Run fn(conn) under the lock; corruption moves the file aside, a busy or read-only file is skipped."""
        with self._lock:
            if self._conn is None:
                return default
            try:
                return fn(self._conn)
            except sqlite3.DatabaseError as exc:
                if _corrupt(exc):
                    self._move_aside(f"is corrupt ({exc})")
                elif not any(w in str(exc) for w in ("locked", "busy")):
                    # A full disk, a read-only file: say so once; the cache stays as it is, not thrown away.
                    note = f"cache {self.path} not updated ({exc})"
                    if note not in self.notices:
                        self.notices.append(note)
                return default

    def _run_apart(self, fn, default):  # noqa: ANN001, ANN202
        """A long read (a warm start's listing: half a second at 100,000 articles) on a connection of its own,
        so that the UI thread's short queries (the text and analysis of the article it opens) do not wait for
        it behind the lock. Any error sends it to `_run`, which knows what to do with a bad file."""
        with self._lock:
            if self._conn is None:
                return default
        try:
            conn = self._connect()
        except (sqlite3.Error, OSError):
            return self._run(fn, default)
        try:
            return fn(conn)
        except sqlite3.Error:
            return self._run(fn, default)
        finally:
            conn.close()

    def _write(self, fn) -> None:  # noqa: ANN001 - fn(conn) makes the changes
        """One write transaction (taken at once, so two readers never deadlock upgrading), all or nothing."""

        def q(conn: sqlite3.Connection) -> None:
            conn.execute("BEGIN IMMEDIATE")
            try:
                fn(conn)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

        self._run(q, None)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    @contextmanager
    def writer(self) -> Iterator[Cache]:
        """The same file through a connection of its own, for a write that takes seconds (a search index, the
        speakers' table): this connection, and its lock, stay free for the reader's reads meanwhile (WAL)."""
        other = Cache(self.path)
        try:
            yield other
        finally:
            other.close()

    # Files ----------------------------------------------------------------------------------------

    def files(self, under: str | None = None, path: str | None = None) -> dict[str, FileRow]:
        """The files the cache knows under a folder (or one file, or all), in one query: a warm start looks
        up thousands, and the cache may hold other corpora that are none of this load's business."""
        cols = "SELECT path, size, mtime_ns, digest, parser, fid, problems FROM files"

        def q(conn: sqlite3.Connection) -> dict[str, FileRow]:
            if path is not None:
                rows = conn.execute(f"{cols} WHERE path = ?", (path,))
            elif under is not None:
                lo, hi = under_range(under)  # a range on the key: every path that starts "<under>/"
                # A folder's rows without what a warm start rarely needs: no digest (read_file asks for it), and
                # no fid when it is the path under the folder (as the walk names it): 16 MB less at 100,000 files
                brief = cols.replace("digest", "NULL").replace("fid,", _unless_under("fid") + ",")
                rows = conn.execute(f"{brief} WHERE path >= ? AND path < ?", (len(lo) + 1, lo, hi))
            else:
                rows = conn.execute(cols)
            one: dict[str, str] = {}  # the parser key: one string for every row, not one each
            return {
                p: FileRow(s, m, d, one.setdefault(pv, pv), f, json.loads(pr) if pr else None)
                for p, s, m, d, pv, f, pr in rows
            }

        return self._run(q, {})

    def forget_many(self, paths: list[str]) -> None:
        """Drop files that are gone from disk, a transaction for them all."""

        def q(conn: sqlite3.Connection) -> None:
            _unlist(conn, paths)
            for table in ("articles", "texts", "analyses", "files"):
                conn.executemany(f"DELETE FROM {table} WHERE path = ?", [(p,) for p in paths])  # noqa: S608

        if paths:
            for path in paths:
                self.texts.forget(path)
            self._write(q)

    _LISTED = (
        "path, idx, id, title, outlet, editor, author, published, dateline, url, extra, chars, paragraphs, text_key"
    )

    def _maker(self) -> Callable[..., StoredArticle]:
        """Rows (as _LISTED selects them) into stored articles; each outlet, author ... string kept once. A row
        whose id is NULL has the end of its source for id, from `cut` on (see StoredArticle.make)."""
        shared: dict[str, str] = {}
        one = shared.setdefault
        texts, iso, blank, fill = self.texts, datetime.fromisoformat, StoredArticle.__new__, _fill

        def make(row: tuple, source: str, cut: int = 0) -> StoredArticle:
            if len(row) == 14:
                path, idx, id_, title, outlet, editor, author, pub, dateline, url, extra, n, paras, key = row
            else:  # with its file's row after it (listed_under)
                path, idx, id_, title, outlet, editor, author, pub, dateline, url, extra, n, paras, key, _, _, _, _ = (
                    row
                )
            o = blank(StoredArticle)
            fill(
                o,
                source if source == path else path,  # one string for both when the source is the path
                idx,
                texts,
                n,
                paras,
                key,
                cut if id_ is None else id_,
                source,
                title,
                one(outlet, outlet),
                one(editor, editor),
                one(author, author),
                iso(pub) if pub else None,
                one(dateline, dateline),
                url,
                json.loads(extra) if extra != "{}" else NO_EXTRA,
            )
            return o

        return make

    def articles_of(
        self, paths: Iterable[str], sources: dict[str, str] | None = None
    ) -> dict[str, list[StoredArticle]]:
        """Cached articles of many files at once, without their texts or analyses (those load on demand).

        `sources` gives each path the source string its articles carry (default: the path itself).
        """
        wanted = list(paths)
        sources = sources or {}
        out: dict[str, list[StoredArticle]] = {}
        make = self._maker()

        def q(conn: sqlite3.Connection) -> dict[str, list[StoredArticle]]:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT {self._LISTED} FROM articles WHERE path IN ({marks}) ORDER BY path, idx"  # noqa: S608
                for row in conn.execute(sql, chunk):
                    out.setdefault(row[0], []).append(make(row, sources.get(row[0], row[0])))
            return out

        return self._run(q, {})

    def listed_under(
        self, root: str, source_of: Callable[[str], str], newest: int = 0, skip: Collection[Location] = ()
    ) -> Listed:
        """The stored articles of the files under a folder, with what the walk needs to check each file, in one
        pass over the key's range: what a warm start lists before it walks the folder. `source_of` gives a
        file's source string from its path. With `newest`, only that many, newest first (the top of the list,
        shown at once); `skip`: articles already listed that way. Files stored by another parser are left
        out (the walk reads them again)."""
        lo, hi = under_range(root)
        make = self._maker()
        cols = ", ".join(f"a.{c.strip()}" for c in self._LISTED.split(","))
        if os.sep == "/":  # an id that is the file's path under the folder comes back NULL: made from the source
            cols = cols.replace("a.id,", _unless_under("a.id", "a.path") + ",")
        # the file's row beside each article: its size and time as listed (what the walk compares the disk with,
        # even when a writer changes the row meanwhile), its fid when not the path under the folder, problems
        sql = (
            f"SELECT {cols}, f.size, f.mtime_ns, {_unless_under('f.fid', 'f.path')}, "  # noqa: S608
            "f.problems FROM articles a JOIN files f ON f.path = a.path "
            "WHERE a.path >= ? AND a.path < ? AND f.parser = ?"
        )
        if newest:
            sql += f" AND a.ts IS NOT NULL ORDER BY a.ts DESC LIMIT {int(newest)}"
        args = (len(lo) + 1, lo, hi, PARSER_KEY)
        full = (len(lo) + 1, *args) if os.sep == "/" else args

        def q(conn: sqlite3.Connection) -> Listed:
            out = Listed([], {}, {}, {})
            path, source, cut = "", "", 0
            append = out.articles.append
            with gc_paused():  # a hundred thousand new objects, none of them garbage: no collection passes meanwhile
                for row in conn.execute(sql, full):
                    if row[0] != path:
                        path = row[0]
                        source = source_of(path)
                        cut = len(source) - (len(path) - len(lo))  # where the path under the folder starts in it
                        out.files[path] = signature(row[-4], row[-3])
                        if row[-2] is not None:
                            out.fids[path] = row[-2]
                        if row[-1]:
                            out.problems[path] = json.loads(row[-1])
                    if not skip or (path, row[1]) not in skip:
                        append(make(row, source, cut))
                if not newest:  # files that hold problems only
                    for p, size, mtime, fid, probs in conn.execute(
                        f"SELECT path, size, mtime_ns, {_unless_under('fid')}, problems FROM files "  # noqa: S608
                        "WHERE path >= ? AND path < ? AND parser = ? AND problems IS NOT NULL",
                        args,
                    ):
                        if p not in out.files:
                            out.files[p] = signature(size, mtime)
                            out.problems[p] = json.loads(probs)
                            if fid is not None:
                                out.fids[p] = fid
            return out

        return self._run_apart(q, Listed([], {}, {}, {}))

    def bodies(self, locs: list[Location]) -> dict[Location, Body]:
        """Text and paragraph offsets of stored articles, a query per few hundred."""
        out: dict[Location, Body] = {}

        def q(conn: sqlite3.Connection) -> dict[Location, Body]:
            for i in range(0, len(locs), 400):
                chunk = locs[i : i + 400]
                paths = sorted({p for p, _ in chunk})
                want = set(chunk)
                marks = ",".join("?" * len(paths))
                sql = f"SELECT path, idx, spans, text FROM texts WHERE path IN ({marks})"  # noqa: S608 - "?"s only
                for path, idx, spans, text in conn.execute(sql, paths):
                    if (path, idx) in want:
                        out[(path, idx)] = (text, _spans(spans))
            return out

        return self._run(q, {}) if locs else {}

    def store(
        self, path: str, size: int, mtime_ns: int, dig: str, fid: str, items: list[Article | LoadProblem]
    ) -> None:
        """Replace what the cache holds for one file (its articles, or the problems it gave)."""
        articles = [x for x in items if isinstance(x, Article)]
        problems = [x.reason for x in items if isinstance(x, LoadProblem)]

        def q(conn: sqlite3.Connection) -> None:
            _unlist(conn, [path])
            for table in ("articles", "texts", "analyses"):
                conn.execute(f"DELETE FROM {table} WHERE path = ?", (path,))  # noqa: S608 - fixed names
            conn.execute(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
                (path, size, mtime_ns, dig, PARSER_KEY, fid, json.dumps(problems) if problems else None),
            )
            conn.executemany(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (path, i, a.id, a.title, a.outlet, a.editor, a.author,
                     a.published.isoformat() if a.published else None, a.dateline, a.url,
                     json.dumps(a.extra, ensure_ascii=False), len(a.text), len(a.spans), a.text_key,
                     as_utc(a.published).timestamp() if a.published else None)
                    for i, a in enumerate(articles)
                ],
            )  # fmt: skip
            _list(conn, path, articles)
            conn.executemany(
                "INSERT INTO texts VALUES (?, ?, ?, ?)",
                [(path, i, _spans_blob(a.spans), a.text) for i, a in enumerate(articles)],
            )

        self.texts.forget(path)
        self._write(q)

    def touch(self, path: str, size: int, mtime_ns: int) -> None:
        """Same bytes under a new time (a `touch`, a copy): remember the new stamp."""
        self._run(
            lambda c: c.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime_ns, path)), None
        )

    def forget(self, path: str) -> None:
        self.forget_many([path])

    # Analyses -------------------------------------------------------------------------------------

    def analysis(self, loc: Location, text: str) -> Analysis | None:
        """The cached analysis of one article, when the current rules wrote it."""

        def q(conn: sqlite3.Connection) -> str | None:
            row = conn.execute(
                "SELECT analysis FROM analyses WHERE path = ? AND idx = ? AND aversion = ?", (*loc, ANALYSIS_KEY)
            ).fetchone()
            return row[0] if row else None

        js = self._run(q, None)
        return _decode(js, text) if js else None

    def analysed(self) -> set[Location]:
        """Which articles have an analysis by the current rules."""
        return self._run(
            lambda c: {
                (p, i) for p, i in c.execute("SELECT path, idx FROM analyses WHERE aversion = ?", (ANALYSIS_KEY,))
            },
            set(),
        )

    def store_analyses(self, rows: list[tuple[Location, str]]) -> None:
        """Analyses as compact JSON, many in one transaction."""

        def q(conn: sqlite3.Connection) -> None:
            conn.executemany(
                "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?)",
                [(p, i, ANALYSIS_KEY, js) for (p, i), js in rows],
            )

        if rows:
            self._write(q)

    def iter_analyses(
        self, locs: Iterable[Location], texts: dict[Location, str]
    ) -> Iterator[tuple[Location, Analysis]]:
        """Cached analyses for many articles, a chunk per query."""
        for loc, js in self._iter_stored(locs):
            analysis = _decode(js, texts[loc])
            if analysis is not None:
                yield loc, analysis

    def iter_analysis_dicts(
        self, locs: Iterable[Location], texts: dict[Location, str]
    ) -> Iterator[tuple[Location, dict[str, object]]]:
        """As iter_analyses, each as Analysis.to_dict() gives it, built straight from the stored form."""
        for loc, js in self._iter_stored(locs):
            try:
                yield loc, Analysis.dict_from_compact(json.loads(js), texts[loc])
            except _UNREADABLE:
                continue

    def _iter_stored(self, locs: Iterable[Location]) -> Iterator[tuple[Location, str]]:
        todo = list(locs)
        for i in range(0, len(todo), 400):
            chunk = todo[i : i + 400]
            paths = sorted({p for p, _ in chunk})
            want = set(chunk)

            def q(conn: sqlite3.Connection, paths: list[str] = paths) -> list[tuple[str, int, str]]:
                marks = ",".join("?" * len(paths))
                return conn.execute(
                    f"SELECT path, idx, analysis FROM analyses WHERE path IN ({marks}) AND aversion = ?",  # noqa: S608
                    [*paths, ANALYSIS_KEY],
                ).fetchall()

            for p, idx, js in self._run(q, []):
                if (p, idx) in want and js:
                    yield (p, idx), js
