"""The search index kept in the cache file: built once for a corpus as it stands, then opened by any process
without reading the corpus or building anything (issue 14, first step: `newsdesk search`).

It is the in-memory SearchIndex written out: its words (a few hundred thousand short strings, read whole at
open), each word's postings (a blob, read when a query needs that word) and its docs (read when they are
candidates). Queries run the same code, so the query language, the filters and the ranking are the ones the
reader has. An index is stored under a key that names the scope, the sources and the state of every file
(path, size, modification time) with the parser and analysis versions: a changed corpus has another key, and
saving it replaces the index of the same sources.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import os
import sqlite3
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Generic, TypeVar

from tui.analysis import ANALYSIS_KEY
from tui.articles import LoadProblem
from tui.articles.sources import is_file_source, walk_paths
from tui.library.cache import PARSER_KEY, Cache, signature
from tui.library.query import Query
from tui.library.search import Doc, Hits, SearchIndex, filter_lists

INDEX_SQL = """
CREATE TABLE IF NOT EXISTS ix_meta (
    key TEXT PRIMARY KEY, family TEXT NOT NULL, docs INTEGER NOT NULL, articles INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ix_docs (key TEXT NOT NULL, id INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (key, id));
CREATE TABLE IF NOT EXISTS ix_words (
    key TEXT NOT NULL, tid INTEGER NOT NULL, word TEXT NOT NULL, postings BLOB NOT NULL, PRIMARY KEY (key, tid)
);
-- Each doc's text folded (search._fold), which every query ranks its candidates on: a narrow table under one
-- integer, (the index's ix_meta rowid << 32) + the doc's id, so 3,000 candidates are read in a few ms
CREATE TABLE IF NOT EXISTS ix_norms (n INTEGER PRIMARY KEY, norm TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ix_related (
    key TEXT NOT NULL, rkey TEXT NOT NULL, ids BLOB NOT NULL, PRIMARY KEY (key, rkey)
);
CREATE TABLE IF NOT EXISTS ix_related_meta (key TEXT PRIMARY KEY);
-- The docs of each speaker (kind 's') and of each place (kind 'p', outlet and folders): what `by:` and `in:`
-- alone are answered from, never a pass over every doc (diskindex._filter_rows)
CREATE TABLE IF NOT EXISTS ix_filters (
    key TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, ids BLOB NOT NULL, PRIMARY KEY (key, kind, name)
);
-- Each family's last saved views: under which key, made by which versions, from which files as they stood
CREATE TABLE IF NOT EXISTS ix_stamps (family TEXT PRIMARY KEY, key TEXT NOT NULL, versions TEXT NOT NULL,
    stamps BLOB NOT NULL);
"""
STALE_SHARE = 20  # an older index is a base while at most 1 file in this many (and at least 100) changed
_FIELDS = ("scope", "text", "speaker", "title", "source", "article_id", "outlet", "published", "start", "end",
           "extra", "key", "day")  # fmt: skip
# Goes up when what a stored doc holds changes (_FIELDS, or how a field is worked out: 3, a date without a zone
# is UTC, not the server's local time; 4, the folded texts in ix_norms): an index stored before is then another
# corpus's key
INDEX_FORMAT = 4
V = TypeVar("V")


class CorruptIndex(Exception):
    """The stored index could not be read back; it has been forgotten and is to be built again."""


def _drop(conn: sqlite3.Connection, key: str) -> None:
    """Every row of the index stored under key, in the caller's transaction."""
    row = conn.execute("SELECT rowid FROM ix_meta WHERE key = ?", (key,)).fetchone()
    if row is not None:
        conn.execute("DELETE FROM ix_norms WHERE n BETWEEN ? AND ?", (row[0] << 32, (row[0] << 32) + 2**32 - 1))
    for table in ("ix_meta", "ix_docs", "ix_words", "ix_related", "ix_related_meta", "ix_filters"):
        conn.execute(f"DELETE FROM {table} WHERE key = ?", (key,))  # noqa: S608 - a fixed table name


def forget(cache: Cache, key: str) -> None:
    """The index stored under key: the next open finds none, and the index is built again."""
    cache._write(lambda conn: _drop(conn, key))


def corpus_key(scope: str, sources: Sequence[str], max_bytes: int) -> tuple[str, str] | None:
    """(family, key) for the corpus as it stands, or None when a source is no file or folder (a feed, stdin):
    those change without a trace on disk. The family names the scope and sources; the key adds every file's
    path, size and modification time, so any change to the corpus is a new key."""
    keys = corpus_keys((scope,), sources, max_bytes)
    return None if keys is None else keys[scope]


def corpus_keys(scopes: Sequence[str], sources: Sequence[str], max_bytes: int) -> dict[str, tuple[str, str]] | None:
    """corpus_key for several scopes, the corpus walked once (nothing held for each file)."""
    got = corpus_state(scopes, sources, max_bytes, stamps=False)
    return None if got is None else got[0]


Stamps = dict[str, int]  # absolute path -> cache.signature(size, modification time in ns); (-1, -1): cannot stat


GONE = signature(-1, -1)  # a file that could not be stat'ed
STAMPS_V2 = b"stamps 2\0"  # saved stamps: "path\0signature\0" each (a path never holds a NUL)
STAMPS_V3 = b"stamps 3\0"  # then "count\0", then the pairs as in V2, in walk order (Walked.order)


def _signed(stamp: int | list[int] | None) -> int | None:
    """A stored stamp as a signature (see Stamps)."""
    if stamp is None or isinstance(stamp, int):
        return stamp
    return signature(stamp[0], stamp[1])


def _versions(max_bytes: int) -> str:
    """What an index's docs depend on besides the files: an index made under other versions is no base."""
    return f"{PARSER_KEY}:{ANALYSIS_KEY}:{INDEX_FORMAT}:{max_bytes}"


def _walk_stats(sources: Sequence[str]) -> Iterator[tuple[str, os.stat_result | None]] | None:
    """Every file of the sources in walk order with its stat (None: cannot stat); None when a source is no file
    or folder (a feed, stdin)."""
    if any(not is_file_source(src) or src == "-" for src in sources):
        return None

    def walk() -> Iterator[tuple[str, os.stat_result | None]]:
        for src in sources:
            root = os.path.abspath(src)
            if os.path.isdir(root):
                paths: Iterable[str] = (
                    os.path.abspath(e[0]) for e in walk_paths(root) if not isinstance(e, LoadProblem)
                )
            else:
                paths = [root]
            for p in paths:
                try:
                    yield p, os.stat(p)
                except OSError:
                    yield p, None

    return walk()


class Walked:
    """The sources' files and stamps in walk order, walked anew each time they are read: what a reader
    compares with an older index's stamps (saved in the same order) without a dict of a million paths."""

    def __init__(self, sources: Sequence[str]) -> None:
        self.sources = list(sources)
        self.roots = [os.path.abspath(s) for s in sources]

    def __iter__(self) -> Iterator[tuple[str, int]]:
        for p, st in _walk_stats(self.sources) or ():
            yield p, GONE if st is None else signature(st.st_size, st.st_mtime_ns)

    def order(self, path: str) -> tuple[object, ...]:
        """Where a path comes in the walk: by source, then the folders' names, a folder's files before its
        subfolders (walk_paths), so two walks' files can be merged in one pass."""
        for rank, root in enumerate(self.roots):
            if path == root:
                return (rank, (0, ""))
            if path.startswith(root.rstrip(os.sep) + os.sep):
                parts = path[len(root.rstrip(os.sep)) + 1 :].split(os.sep)
                return (rank, *((1, d) for d in parts[:-1]), (0, parts[-1]))
        return (len(self.roots), path)


def corpus_state(
    scopes: Sequence[str], sources: Sequence[str], max_bytes: int, stamps: bool = True
) -> tuple[dict[str, tuple[str, str]], Stamps | Walked] | None:
    """corpus_keys, and every file's stamp (what open_stale_views compares with an older index's); without
    `stamps`, the keys and a Walked in their place, nothing held for each file (a dict of a million paths is
    200 MB)."""
    walked = _walk_stats(sources)
    if walked is None:
        return None
    state = hashlib.sha256(_versions(max_bytes).encode())
    out_stamps: Stamps = {}
    for p, st in walked:
        if st is None:
            state.update(f"{p}\0gone\n".encode())
            if stamps:
                out_stamps[p] = GONE
            continue
        state.update(f"{p}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
        if stamps:
            out_stamps[p] = signature(st.st_size, st.st_mtime_ns)
    digest = state.hexdigest()[:32]
    out = {}
    for scope in scopes:
        family = hashlib.sha256(json.dumps([scope, [os.path.abspath(s) for s in sources]]).encode()).hexdigest()[:32]
        out[scope] = (family, f"{family}:{digest}")
    return out, out_stamps if stamps else Walked(sources)


FILTERS_VERSION = "2"  # ix_filters' form; an index stored with another (or none) looks at each doc instead


def _filter_rows(key: str, docs: Iterable[Doc]) -> Iterator[tuple[str, str, str, bytes]]:
    """ix_filters' rows for an index's docs (search.filter_lists), under a mark of their form."""
    yield key, "v", FILTERS_VERSION, b""
    for (kind, name), ids in filter_lists(docs).items():
        yield key, kind, name, ids.tobytes()


def save(cache: Cache, family: str, key: str, index: SearchIndex, articles: int) -> None:
    """Write an index under key, replacing any other of the same family (the same scope and sources)."""

    def q(conn: sqlite3.Connection) -> None:
        # Rows left under this key by a save that never finished go too (an index is stored whole or not at all)
        old = {key, *(r[0] for r in conn.execute("SELECT key FROM ix_meta WHERE family = ?", (family,)))}
        for k in old:
            _drop(conn, k)
        meta = (key, family, len(index.docs), articles)
        base = (conn.execute("INSERT INTO ix_meta VALUES (?, ?, ?, ?)", meta).lastrowid or 0) << 32
        norms = ((base + i, index.norm[i]) for i in range(len(index.docs)))
        conn.executemany("INSERT INTO ix_norms VALUES (?, ?)", norms)
        conn.executemany(
            "INSERT INTO ix_docs VALUES (?, ?, ?)",
            (
                (key, i, json.dumps([getattr(d, f) for f in _FIELDS], ensure_ascii=False))
                for i, d in enumerate(index.docs)
            ),
        )
        conn.executemany(
            "INSERT INTO ix_words VALUES (?, ?, ?, ?)",
            ((key, tid, w, array("i", index.postings[tid]).tobytes()) for tid, w in enumerate(index.words)),
        )
        conn.executemany("INSERT INTO ix_filters VALUES (?, ?, ?, ?)", _filter_rows(key, index.docs))

    # The tables first, on their own: executescript commits what is open, so inside the write it ended the
    # transaction and every row after it was committed alone (a writer killed mid-save left half an index).
    cache._run(lambda conn: conn.executescript(INDEX_SQL), None)
    cache._write(q)


class _Kept(Generic[V]):
    """Rows of a stored index read from the file when asked for, and kept while they are at most `most` (the
    least recently asked for go first): what the keys typed into one query share ("cut", "cut t", "cut ta")."""

    def __init__(self, cache: Cache, n: int, most: int) -> None:
        self._cache, self._n, self._most = cache, n, most
        self._got: dict[int, V] = {}

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: int) -> V:
        got = self._got.get(i)
        if got is None:
            # The neighbours come along: a query of a filter alone ("growth$", "since:2000") reads every doc in
            # order, and a block a query costs far less than a query each.
            self.fetch(range(i, min(i + 500, self._n)))
            got = self._got[i]
        return got

    def fetch(self, ids: Sequence[int]) -> None:
        """Read many rows in a few queries (a query's candidates), not one query each."""
        got, want = self._got, []
        for i in ids:
            v = got.pop(i, None)
            if v is None:
                want.append(i)
            else:
                got[i] = v  # asked for again: kept longest
        over = len(got) + len(want) - self._most
        if over > 0:
            for i in list(islice(got, over)):
                del got[i]
        for k in range(0, len(want), 500):
            got.update(self._cache._run(lambda conn, part=want[k : k + 500]: self._read(conn, part), []))

    def _read(self, conn: sqlite3.Connection, ids: list[int]) -> list[tuple[int, V]]:
        raise NotImplementedError


DOCS_KEPT = 10_000  # a stored index's docs kept once read (about 8 MB)
NORMS_KEPT = 60_000  # and folded texts (about 10 MB): a query ranks up to 3,000


class _Docs(_Kept[Doc]):
    """The index's docs, as the few hits of a query, and a query's filters, need them."""

    def __init__(self, cache: Cache, key: str, n: int) -> None:
        super().__init__(cache, n, DOCS_KEPT)
        self._key = key

    def __iter__(self) -> Iterator[Doc]:
        return (self[i] for i in range(self._n))

    def _read(self, conn: sqlite3.Connection, ids: list[int]) -> list[tuple[int, Doc]]:
        marks = ",".join("?" * len(ids))
        sql = f"SELECT id, doc FROM ix_docs WHERE key = ? AND id IN ({marks})"  # noqa: S608
        return [
            (i, Doc(**dict(zip(_FIELDS, json.loads(js), strict=True))))
            for i, js in conn.execute(sql, [self._key, *ids])
        ]


class _Norms(_Kept[str]):
    """The docs' folded texts, which every candidate of a query is ranked on."""

    def __init__(self, cache: Cache, kid: int, n: int) -> None:
        super().__init__(cache, n, NORMS_KEPT)
        self._base = kid << 32

    def _read(self, conn: sqlite3.Connection, ids: list[int]) -> list[tuple[int, str]]:
        base = self._base
        sql = f"SELECT n, norm FROM ix_norms WHERE n IN ({','.join('?' * len(ids))})"  # noqa: S608
        return [(n - base, norm) for n, norm in conn.execute(sql, [base + i for i in ids])]


POSTINGS_KEPT = 4_000_000  # doc ids of words' lists kept once read (16 MB as arrays)


class _Postings:
    """Each word's documents (an array, 4 bytes a doc), read from the file the first time a query needs the
    word and kept while they hold at most POSTINGS_KEPT ids: "the" alone is in a million docs."""

    def __init__(self, cache: Cache, key: str) -> None:
        self._cache, self._key = cache, key
        self._got: dict[int, array[int]] = {}
        self._held = 0

    def __getitem__(self, tid: int) -> array[int]:
        got = self._got.get(tid)
        if got is None:
            row = self._cache._run(
                lambda conn: conn.execute(
                    "SELECT postings FROM ix_words WHERE key = ? AND tid = ?", (self._key, tid)
                ).fetchone(),
                None,
            )
            got = array("i", row[0]) if row else array("i")
            if self._held + len(got) > POSTINGS_KEPT:
                self._got.clear()
                self._held = 0
            self._got[tid] = got
            self._held += len(got)
        return got


class DiskIndex(SearchIndex):
    """A SearchIndex whose docs and postings stay in the cache file until a query needs them."""

    def __init__(self, cache: Cache, key: str, kid: int, docs: int, articles: int, words: list[str]) -> None:
        # No super().__init__: nothing is built; the attributes the queries read are made here.
        self._cache, self.key = cache, key
        self.articles = articles
        # Lazy stand-ins for the built index's lists, read from the file as queries need them (same reads)
        self.docs = self._docs = _Docs(cache, key, docs)
        self.norm = self._norms = _Norms(cache, kid, docs)
        self.postings = _Postings(cache, key)
        self.words = words
        self.vocab = {w: i for i, w in enumerate(words)}
        self._names: dict[str, list[str]] = {}  # ix_filters' names of each kind, read once
        self._folded: dict[str, list[str]] = {}
        self._lists = None
        self._word_lookups()

    @classmethod
    def open(cls, cache: Cache, key: str) -> DiskIndex | None:
        """The stored index under key, or None when there is none (or the file cannot be read)."""

        def q(conn: sqlite3.Connection) -> tuple[int, int, int, list[str]] | None:
            conn.executescript(INDEX_SQL)
            meta = conn.execute("SELECT rowid, docs, articles FROM ix_meta WHERE key = ?", (key,)).fetchone()
            if meta is None:
                return None
            words = [r[0] for r in conn.execute("SELECT word FROM ix_words WHERE key = ? ORDER BY tid", (key,))]
            return meta[0], meta[1], meta[2], words

        got = cache._run(q, None)
        return None if got is None else cls(cache, key, *got)

    def search(self, query: str | Query, limit: int = 20) -> Hits:
        """As SearchIndex.search; a stored index that does not read back as it was written (a damaged file: a
        postings blob cut short, a doc row missing or garbled) is forgotten, and CorruptIndex says so, so that
        the caller builds it again from the corpus and tells the user."""
        try:
            return super().search(query, limit)
        except (ValueError, KeyError, IndexError, TypeError) as exc:  # json's errors are ValueErrors
            forget(self._cache, self.key)
            raise CorruptIndex(f"the stored search index is damaged ({type(exc).__name__})") from exc

    def _will_read(self, ids: list[int], docs: bool = False) -> None:
        self._norms.fetch(ids)
        if docs:
            self._docs.fetch(ids)

    def _filter_names(self, kind: str) -> list[str] | None:
        cached = self._names.get(kind)
        if cached is None:
            if not self._has_filters():
                return None
            sql = "SELECT name FROM ix_filters WHERE key = ? AND kind = ?"
            cached = self._names[kind] = [
                r[0] for r in self._cache._run(lambda c: c.execute(sql, (self.key, kind)).fetchall(), [])
            ]
        return cached

    def _has_filters(self) -> bool:
        """Whether the index was stored with ix_filters of this form (an index stored before was not)."""
        sql = "SELECT 1 FROM ix_filters WHERE key = ? AND kind = 'v' AND name = ?"
        return bool(self._cache._run(lambda c: c.execute(sql, (self.key, FILTERS_VERSION)).fetchone(), None))

    def _rows(self, kind: str, names: list[str], column: str) -> Iterator[tuple]:
        for k in range(0, len(names), 500):
            part = names[k : k + 500]
            marks = ",".join("?" * len(part))
            sql = f"SELECT {column} FROM ix_filters WHERE key = ? AND kind = ? AND name IN ({marks})"  # noqa: S608
            yield from self._cache._run(
                lambda c, sql=sql, part=part: c.execute(sql, [self.key, kind, *part]).fetchall(), []
            )

    def _heads(self, kind: str, names: list[str], want: int) -> tuple[int, list[int]]:
        """How many docs the lists of `names` hold, and their first `want` in id order: each list's head alone
        is read (a list is in id order, and no doc is in two lists of a kind)."""
        total, heads = 0, []
        for size, head in self._rows(kind, names, f"length(ids), substr(ids, 1, {4 * int(want)})"):
            total += size // 4
            heads.append(array("i", head))
        return total, list(islice(heapq.merge(*heads), want))

    def _members(self, kind: str, names: list[str]) -> set[int]:
        out: set[int] = set()
        for (blob,) in self._rows(kind, names, "ids"):
            out.update(array("i", blob))
        return out


# The reader's four scopes, and where each corpus-wide view points: a speaker's view lists quotes (docs of the
# quotes index), an initiative's lists articles (docs of the articles index).
VIEW_SCOPES = ("articles", "quotes", "speakers", "initiatives")
_VIEW_TARGET = {"speakers": "quotes", "initiatives": "articles"}


class Related:
    """The corpus-wide views (`related_key` -> docs) of stored indexes, read one view at a time when asked for."""

    def __init__(self, cache: Cache, keys: dict[str, tuple[str, str]], indexes: dict[str, DiskIndex]) -> None:
        self._cache, self._keys, self._indexes = cache, keys, indexes
        self._got: dict[str, list[Doc]] = {}

    def _stored(self, rkey: str, column: str) -> object:
        """One column of a view's row ("ids", or "length(ids)"), None when the view is not stored."""
        scope = rkey.split(":", 1)[0]
        if scope not in self._keys:
            return None
        key = self._keys[scope][1]
        row = self._cache._run(
            lambda conn: conn.execute(
                f"SELECT {column} FROM ix_related WHERE key = ? AND rkey = ?",  # noqa: S608 - a fixed column
                (key, rkey),
            ).fetchone(),
            None,
        )
        return row[0] if row else None

    def count(self, rkey: str) -> int:
        """How many docs a view holds, without reading them (a speaker's quotes, for a result line)."""
        if rkey in self._got:
            return len(self._got[rkey])
        size = self._stored(rkey, "length(ids)")
        return (size if isinstance(size, int) else 0) // array("i").itemsize

    def get(self, rkey: str, default: list[Doc] | None = None) -> list[Doc] | None:
        scope = rkey.split(":", 1)[0]
        target = _VIEW_TARGET.get(scope)
        if target is None:
            return default
        if rkey not in self._got:
            blob = self._stored(rkey, "ids")
            ids = array("i", blob).tolist() if isinstance(blob, bytes) else []
            docs = self._indexes[target].docs
            if isinstance(docs, _Docs):  # a stored index: its docs read in one query, not one a doc
                docs.fetch(ids)
            self._got[rkey] = [docs[i] for i in ids]
        return self._got[rkey] or default


class LayeredRelated(Related):
    """Stored views with some files' articles laid over them, as search.LayeredIndex lays them over an index:
    a view's docs from those files go, the views of their new articles join."""

    def __init__(self, base: Related, gone: set[str], new: Mapping[str, list[Doc]]) -> None:
        super().__init__(base._cache, base._keys, base._indexes)
        self._gone, self._new = gone, new

    @classmethod
    def over(cls, base: Related, gone: set[str], new: Mapping[str, list[Doc]]) -> LayeredRelated:
        """`base` with the files `gone` now holding the views `new`; over a layer, one layer still, its older
        changes kept (as search.LayeredIndex.over)."""
        if not isinstance(base, LayeredRelated):
            return cls(base, gone, new)
        merged: dict[str, list[Doc]] = {}
        for rkey, docs in base._new.items():
            kept = [d for d in docs if d.source not in gone]
            if kept:
                merged[rkey] = kept
        for rkey, docs in new.items():
            merged.setdefault(rkey, []).extend(docs)
        return cls(base, base._gone | gone, merged)

    def count(self, rkey: str) -> int:
        if not self._gone:
            return super().count(rkey) + len(self._new.get(rkey, []))
        return len(self.get(rkey) or [])  # which of the stored docs came from a changed file: read them

    def get(self, rkey: str, default: list[Doc] | None = None) -> list[Doc] | None:
        kept = [d for d in super().get(rkey) or [] if d.source not in self._gone]
        return (kept + self._new.get(rkey, [])) or default


def open_views(cache: Cache, keys: dict[str, tuple[str, str]]) -> tuple[dict[str, DiskIndex], Related] | None:
    """The four stored indexes and their views for the corpus as keyed, or None when any is missing."""
    indexes = {}
    for scope in VIEW_SCOPES:
        index = DiskIndex.open(cache, keys[scope][1])
        if index is None:
            return None
        indexes[scope] = index
    for scope in _VIEW_TARGET:
        key = keys[scope][1]
        has = cache._run(
            lambda conn, key=key: conn.execute("SELECT 1 FROM ix_related_meta WHERE key = ?", (key,)).fetchone(), None
        )
        if has is None:
            return None  # a scope stored by `newsdesk search`, without the views: built again
    return indexes, Related(cache, keys, indexes)


def open_stale_views(
    cache: Cache, keys: dict[str, tuple[str, str]], stamps: Stamps | Walked, max_bytes: int
) -> tuple[dict[str, DiskIndex], Related, set[str]] | None:
    """The views last saved for these sources when the corpus has changed a little since (a file added, changed
    or removed: not one in STALE_SHARE), with the paths that changed: the caller lays those files' articles over
    them (search.LayeredIndex) instead of indexing every article again. None when there is no such base."""
    base = _stale_base(cache, keys["quotes"], stamps, max_bytes)
    if base is None:
        return None
    got = open_views(cache, {scope: (fam, f"{fam}:{base[0]}") for scope, (fam, _) in keys.items()})
    return None if got is None else (*got, base[1])


def open_stale_index(
    cache: Cache, scope: str, keys: dict[str, tuple[str, str]], stamps: Stamps | Walked, max_bytes: int
) -> tuple[DiskIndex, set[str]] | None:
    """As open_stale_views, one scope's index alone (what `newsdesk search` asks for)."""
    base = _stale_base(cache, keys[scope], stamps, max_bytes)
    index = DiskIndex.open(cache, f"{keys[scope][0]}:{base[0]}") if base is not None else None
    return None if index is None or base is None else (index, base[1])


def _stale_base(
    cache: Cache, named: tuple[str, str], stamps: Stamps | Walked, max_bytes: int
) -> tuple[str, set[str]] | None:
    """(the digest the index last saved for this family was made under, the paths changed since), when it can
    serve as a base: same sources, scope and versions, a few files apart."""
    family = named[0]

    def q(conn: sqlite3.Connection) -> tuple[str, str, bytes] | None:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'ix_stamps'").fetchone():
            return None  # no views saved with their files yet (and a read makes no tables)
        return conn.execute("SELECT key, versions, stamps FROM ix_stamps WHERE family = ?", (family,)).fetchone()

    row = cache._run(q, None)
    if row is None or row[1] != _versions(max_bytes) or row[0] == named[1]:
        return None
    try:
        if isinstance(stamps, Walked):
            merged = _merged(row[2], stamps)
            if merged is None:  # saved in no known order: compared the way a dict of them is
                stamps = dict(stamps)
            else:
                changed, count = merged
        if not isinstance(stamps, Walked):
            count = len(stamps)
            changed = _changed(row[2], stamps, max(100, count // STALE_SHARE))
    except (zlib.error, ValueError, TypeError, IndexError, AttributeError, UnicodeDecodeError):
        return None
    if not changed or len(changed) > max(100, count // STALE_SHARE):
        return None
    return row[0].split(":", 1)[1], changed


def _saved_in_order(blob: bytes) -> tuple[int, Iterator[tuple[str, int]]] | None:
    """(how many, the pairs one at a time) of stamps saved in walk order (STAMPS_V3), inflated 64 KiB at a
    time: at a million files their text is 100 MB whole. None when they were saved otherwise."""
    inflate = zlib.decompressobj()
    buf = inflate.decompress(blob, 1 << 16)
    if not buf.startswith(STAMPS_V3):
        return None
    end = buf.index(b"\0", len(STAMPS_V3))
    count, buf = int(buf[len(STAMPS_V3) : end]), buf[end + 1 :]

    def pairs(buf: bytes) -> Iterator[tuple[str, int]]:
        while True:
            cut = buf.rfind(b"\0")
            fields, buf = (buf[:cut].split(b"\0"), buf[cut + 1 :]) if cut >= 0 else ([], buf)
            if len(fields) % 2:  # a path whose signature is in the next piece
                buf = fields.pop() + b"\0" + buf
            for k in range(0, len(fields), 2):
                yield fields[k].decode("utf-8", "surrogateescape"), int(fields[k + 1])
            more = inflate.decompress(inflate.unconsumed_tail, 1 << 16) if inflate.unconsumed_tail else b""
            if not more:
                if buf or not inflate.eof:
                    raise ValueError("torn stamps")
                return
            buf += more

    return count, pairs(buf)


def _merged(blob: bytes, walked: Walked) -> tuple[set[str], int] | None:
    """The paths changed between stamps saved in walk order and the files as they are now, both read in that
    order and merged in one pass: no dict or set of every path. (changed, files now); stops once more than
    one in STALE_SHARE of the saved files differ. None when the stamps were not saved in walk order."""
    got = _saved_in_order(blob)
    if got is None:
        return None
    saved_count, saved = got
    most = max(100, saved_count // STALE_SHARE)
    changed: set[str] = set()
    now = iter(walked)
    count = 0
    a, b = next(saved, None), next(now, None)
    while a is not None or b is not None:
        if a is not None and b is not None and a[0] == b[0]:
            if a[1] != b[1]:
                changed.add(a[0])
            a, b, count = next(saved, None), next(now, None), count + 1
        elif a is not None and (b is None or walked.order(a[0]) < walked.order(b[0])):
            changed.add(a[0])  # saved, and no longer there
            a = next(saved, None)
        elif b is not None:
            changed.add(b[0])  # there now, and not saved
            b, count = next(now, None), count + 1
        if len(changed) > most:
            break
    return changed, count


def _pairs(text: str) -> Iterator[tuple[str, int]]:
    """(path, signature) from "path\0signature\0" each, one at a time, in one pass (ValueError if torn)."""
    at, end = 0, len(text)
    while at < end:
        a = text.index("\0", at)
        b = text.index("\0", a + 1)
        yield text[at:a], int(text[a + 1 : b])
        at = b + 1


def _changed(blob: bytes, stamps: Stamps, most: int) -> set[str]:
    """The paths whose stamp differs between `blob` (as _stamp wrote it) and `stamps`, files added and removed
    included; more than `most` (then the caller builds anew) as soon as that many are found. The saved stamps
    are read one at a time, never as a second dict of 100,000 paths (20 MB more at the reader's peak), and
    their text is held once (not as bytes, a slice of them and a string)."""
    changed: set[str] = set()
    unseen = set(stamps)  # the current paths, the strings themselves: those left at the end are new files
    saved = zlib.decompress(blob)
    if saved.startswith((STAMPS_V2, STAMPS_V3)):
        at = len(STAMPS_V2) if saved.startswith(STAMPS_V2) else saved.index(b"\0", len(STAMPS_V3)) + 1
        text = str(memoryview(saved)[at:], "utf-8", "surrogateescape")
        del saved
        pairs: Iterable[tuple[str, int | list[int]]] = _pairs(text)
    else:  # saved before: a JSON object of [size, time] pairs
        pairs = json.loads(saved).items()
    for path, was in pairs:
        unseen.discard(path)
        if stamps.get(path) != _signed(was):
            changed.add(path)
            if len(changed) > most:
                return changed
    return changed | unseen


def save_views(
    cache: Cache,
    keys: dict[str, tuple[str, str]],
    indexes: dict[str, SearchIndex],
    related: dict[str, list[Doc]],
    articles: int,
    stamps: Stamps | None = None,
    max_bytes: int = 0,
) -> None:
    """Store the four indexes and the corpus-wide views, each view as the ids of its docs in its target index;
    with `stamps`, the files they were made from, so that a later corpus a few files apart can start from them."""
    for scope in VIEW_SCOPES:
        save(cache, keys[scope][0], keys[scope][1], indexes[scope], articles)
    where = {scope: {id(d): i for i, d in enumerate(indexes[scope].docs)} for scope in set(_VIEW_TARGET.values())}

    def q(conn: sqlite3.Connection) -> None:
        for rkey, docs in related.items():
            scope = rkey.split(":", 1)[0]
            target = _VIEW_TARGET.get(scope)
            if target is None:
                continue
            ids = array("i", (where[target][id(d)] for d in docs if id(d) in where[target]))
            conn.execute("INSERT OR REPLACE INTO ix_related VALUES (?, ?, ?)", (keys[scope][1], rkey, ids.tobytes()))
        for scope in _VIEW_TARGET:
            conn.execute("INSERT OR REPLACE INTO ix_related_meta VALUES (?)", (keys[scope][1],))
        if stamps is not None:
            _stamp(conn, [keys[scope] for scope in VIEW_SCOPES], stamps, max_bytes)

    cache._write(q)


def save_stamps(cache: Cache, named: tuple[str, str], stamps: Stamps, max_bytes: int) -> None:
    """The files one scope's saved index was made from (`newsdesk search` saves one scope)."""
    cache._write(lambda conn: _stamp(conn, [named], stamps, max_bytes))


def _stamp(conn: sqlite3.Connection, keys: list[tuple[str, str]], stamps: Stamps, max_bytes: int) -> None:
    """The stamps under each (family, key), compressed once for them all."""
    text = f"{len(stamps)}\0" + "".join(f"{path}\0{sig}\0" for path, sig in stamps.items())  # in walk order
    blob = zlib.compress(STAMPS_V3 + text.encode("utf-8", "surrogateescape"), 6)
    versions = _versions(max_bytes)
    conn.executemany("INSERT OR REPLACE INTO ix_stamps VALUES (?, ?, ?, ?)", [(*k, versions, blob) for k in keys])
