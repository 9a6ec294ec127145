"""The identities, profiles and shared-quote groups kept in the cache file, built once per corpus change.

Any process (the reader, each SSH session, `newsdesk speaker`) opens them by the corpus's key and reads one
profile or one article's links at a time; nothing is recomputed and nothing corpus-sized is held in memory.
A corpus that has changed has another key (`diskindex.corpus_keys`), so its table is built again and replaces
the old one of the same sources in place. What each article adds to the join is kept too (`pp_filed`, by the
article's version), so that rebuild reads the analyses of the articles that came or changed, not the corpus's;
and the rows are kept by ids that stay the same across builds, with a digest of what each row was made from,
so it computes and writes only the profiles, articles and groups that changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from tui.analysis import ANALYSIS_KEY
from tui.library import diskindex, people
from tui.library.cache import Cache
from tui.library.names import fold
from tui.library.people import PEOPLE_FORMAT, People, ranked, ranked_initiatives
from tui.library.peoplemodel import form, plain_hash
from tui.library.peopleprofile import find_in, find_initiative_in
from tui.library.state import article_key

if TYPE_CHECKING:
    from tui.analysis import Analysis
    from tui.articles import Article

PEOPLE_SQL = """
CREATE TABLE IF NOT EXISTS pp_meta (
    key TEXT PRIMARY KEY, family TEXT NOT NULL, sources TEXT NOT NULL, people INTEGER, groups INTEGER
);
CREATE TABLE IF NOT EXISTS pp_people (
    family TEXT NOT NULL, pid INTEGER NOT NULL, rank INTEGER NOT NULL, digest TEXT, summary TEXT NOT NULL,
    profile TEXT NOT NULL, PRIMARY KEY (family, pid)
);
CREATE TABLE IF NOT EXISTS pp_names (family TEXT NOT NULL, name TEXT NOT NULL, pid INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS pp_names_at ON pp_names (family, name);
CREATE INDEX IF NOT EXISTS pp_names_of ON pp_names (family, pid);
CREATE TABLE IF NOT EXISTS pp_articles (
    family TEXT NOT NULL, akey TEXT NOT NULL, speakers TEXT NOT NULL, shared TEXT NOT NULL,
    initiatives TEXT NOT NULL, PRIMARY KEY (family, akey)
);
CREATE TABLE IF NOT EXISTS pp_groups (family TEXT NOT NULL, gid INTEGER NOT NULL, rank INTEGER NOT NULL,
                                      versions TEXT NOT NULL, PRIMARY KEY (family, gid));
CREATE TABLE IF NOT EXISTS pp_initiatives (
    family TEXT NOT NULL, iid INTEGER NOT NULL, rank INTEGER NOT NULL, digest TEXT, summary TEXT NOT NULL,
    profile TEXT NOT NULL, PRIMARY KEY (family, iid)
);
CREATE TABLE IF NOT EXISTS pp_inames (family TEXT NOT NULL, name TEXT NOT NULL, iid INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS pp_inames_at ON pp_inames (family, name);
CREATE INDEX IF NOT EXISTS pp_inames_of ON pp_inames (family, iid);
CREATE TABLE IF NOT EXISTS pp_schema (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS pp_filed (
    fkey TEXT PRIMARY KEY, akey TEXT NOT NULL, source TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pp_filed_of ON pp_filed (akey);
"""
# Goes up when a table's columns change: the tables of another version are dropped and made again (what they
# held is built again from the analyses, which stay). 3: each row's rank, in the order People.summaries gives;
# 4: pp_filed, each article's part of the join; 5: rows by the sources' family, under ids stable across builds,
# with digests, so a rebuild rewrites only what changed; 6: the sources of each table, so that the table of the
# same sources under older joining rules is dropped, not left behind
SCHEMA = 6
_TABLES = ("pp_meta", "pp_people", "pp_names", "pp_articles", "pp_groups", "pp_initiatives", "pp_inames")
# The stored table's scope in the corpus key: the format with a digest of the joining rules' code, so a changed
# rule builds the table again (as tui.paths.code_key does for the analysis)
_RULES = ("people.py", "peoplemodel.py", "peopleprofile.py", "names.py")
_CODE = hashlib.sha256(b"".join((Path(people.__file__).parent / f).read_bytes() for f in _RULES)).hexdigest()[:16]
SCOPE = f"people:{PEOPLE_FORMAT}:{_CODE}"


class PeopleView(Protocol):
    """What the reader and the commands ask of the identities, stored or in memory."""

    def summaries(self, limit: int | None = None, kinds: Sequence[str] = ()) -> list[dict[str, Any]]: ...
    def find(self, name: str) -> list[dict[str, Any]]: ...
    def profile(self, pid: int) -> dict[str, Any] | None: ...
    def summary(self, pid: int) -> dict[str, Any] | None: ...
    def speakers_of(self, akey: str) -> dict[str, int]: ...
    def shared_in(self, akey: str) -> dict[int, list[int]]: ...
    def group(self, gid: int) -> list[dict[str, Any]]: ...
    def groups(self) -> Iterable[list[dict[str, Any]]]: ...
    def find_initiative(self, name: str) -> list[dict[str, Any]]: ...
    def initiative(self, iid: int) -> dict[str, Any] | None: ...
    def initiatives_of(self, akey: str) -> dict[str, int]: ...


class MemoryPeople:
    """A People built in this process (a feed, standard input, no cache): the same questions, answered in memory."""

    def __init__(self, people: People) -> None:
        self._p = people
        self._sum: list[dict[str, Any]] | None = None
        self._by_pid: dict[int, dict[str, Any]] | None = None
        self._isum: list[dict[str, Any]] | None = None

    def summaries(self, limit: int | None = None, kinds: Sequence[str] = ()) -> list[dict[str, Any]]:
        if self._sum is None:
            self._sum = self._p.summaries()
        rows = [s for s in self._sum if not kinds or s["kind"] in kinds]
        return rows[:limit] if limit is not None else rows

    def find(self, name: str) -> list[dict[str, Any]]:
        return find_in(self.summaries(), name)

    def profile(self, pid: int) -> dict[str, Any] | None:
        return self._p.profile(pid) if pid in self._p.identities else None

    def summary(self, pid: int) -> dict[str, Any] | None:
        if self._by_pid is None:
            self._by_pid = {s["pid"]: s for s in self.summaries()}
        return self._by_pid.get(pid)

    def speakers_of(self, akey: str) -> dict[str, int]:
        art = self._p.article(akey)
        return dict(art.speakers) if art is not None else {}

    def shared_in(self, akey: str) -> dict[int, list[int]]:
        return self._p.shared_in(akey)

    def group(self, gid: int) -> list[dict[str, Any]]:
        return self._p.group(gid) if gid in self._p.groups else []

    def groups(self) -> Iterable[list[dict[str, Any]]]:
        return (self._p.group(g) for g in self._p.group_ids())

    def find_initiative(self, name: str) -> list[dict[str, Any]]:
        if self._isum is None:
            self._isum = self._p.initiative_summaries()
        return find_initiative_in(self._isum, name)

    def initiative(self, iid: int) -> dict[str, Any] | None:
        return self._p.initiative(iid) if iid in self._p.programmes else None

    def initiatives_of(self, akey: str) -> dict[str, int]:
        return self._p.initiatives_of(akey)


class StoredPeople:
    """The table stored for one corpus key, read a row at a time. The rows are the sources' (their family's):
    when the corpus changes and the table is brought up to date in place, a reader that opened it before reads
    the new rows, under the same ids where the identities are the same."""

    def __init__(self, cache: Cache, key: str) -> None:
        self._cache, self.key = cache, key
        got = self._rows("SELECT family FROM pp_meta WHERE key = ?", (key,))
        self.family = got[0][0] if got else ""

    def _rows(self, sql: str, args: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self._cache._run(lambda conn: conn.execute(sql, args).fetchall(), [])
        return rows

    def summaries(self, limit: int | None = None, kinds: Sequence[str] = ()) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for (text,) in self._rows("SELECT summary FROM pp_people WHERE family = ? ORDER BY rank", (self.family,)):
            s = json.loads(text)
            if not kinds or s["kind"] in kinds:
                out.append(s)
                if limit is not None and len(out) >= limit:
                    break
        return out

    def _candidates(self, names: str, table: str, column: str, name: str) -> list[dict[str, Any]]:
        """Summaries whose names hold the typed name's longest word (a query on the names table, not a scan of
        the summaries): the exact and word-by-word rules are applied to these."""
        words = fold(" ".join(name.split())).split()
        if not words:
            return []
        word = max(words, key=len).replace("%", "").replace("_", "")
        ids = sorted({r[0] for r in self._rows(f"SELECT {column} FROM {names} WHERE family = ? AND name LIKE ?",  # noqa: S608
                                                (self.family, f"%{word}%"))})  # fmt: skip
        marks = ",".join("?" * len(ids))
        sql = f"SELECT summary FROM {table} WHERE family = ? AND {column} IN ({marks}) ORDER BY rank"  # noqa: S608
        return [json.loads(r[0]) for r in self._rows(sql, (self.family, *ids))]

    def find(self, name: str) -> list[dict[str, Any]]:
        return find_in(self._candidates("pp_names", "pp_people", "pid", name), name)

    def profile(self, pid: int) -> dict[str, Any] | None:
        rows = self._rows("SELECT profile FROM pp_people WHERE family = ? AND pid = ?", (self.family, pid))
        return json.loads(rows[0][0]) if rows else None

    def summary(self, pid: int) -> dict[str, Any] | None:
        rows = self._rows("SELECT summary FROM pp_people WHERE family = ? AND pid = ?", (self.family, pid))
        return json.loads(rows[0][0]) if rows else None

    def _article(self, akey: str, column: str) -> Any:
        rows = self._rows(f"SELECT {column} FROM pp_articles WHERE family = ? AND akey = ?", (self.family, akey))  # noqa: S608
        return json.loads(rows[0][0]) if rows else {}

    def speakers_of(self, akey: str) -> dict[str, int]:
        return dict(self._article(akey, "speakers"))

    def shared_in(self, akey: str) -> dict[int, list[int]]:
        return {int(k): v for k, v in self._article(akey, "shared").items()}

    def group(self, gid: int) -> list[dict[str, Any]]:
        rows = self._rows("SELECT versions FROM pp_groups WHERE family = ? AND gid = ?", (self.family, gid))
        return list(json.loads(rows[0][0])) if rows else []

    def groups(self) -> Iterable[list[dict[str, Any]]]:
        for (text,) in self._rows("SELECT versions FROM pp_groups WHERE family = ? ORDER BY rank", (self.family,)):
            yield json.loads(text)

    def find_initiative(self, name: str) -> list[dict[str, Any]]:
        return find_initiative_in(self._candidates("pp_inames", "pp_initiatives", "iid", name), name)

    def initiative(self, iid: int) -> dict[str, Any] | None:
        rows = self._rows("SELECT profile FROM pp_initiatives WHERE family = ? AND iid = ?", (self.family, iid))
        return json.loads(rows[0][0]) if rows else None

    def initiatives_of(self, akey: str) -> dict[str, int]:
        return dict(self._article(akey, "initiatives"))


def _tables(conn: sqlite3.Connection) -> None:
    """The tables as this version writes them; those of another version are dropped first."""
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'pp_schema'").fetchone()
    row = conn.execute("SELECT version FROM pp_schema").fetchone() if has else None
    if row is None or row[0] != SCHEMA:
        drops = "".join(f"DROP TABLE IF EXISTS {t};" for t in (*_TABLES, "pp_filed", "pp_schema"))  # fixed names
        conn.executescript(f"BEGIN;{drops}{PEOPLE_SQL}INSERT INTO pp_schema VALUES ({int(SCHEMA)}); COMMIT;")  # noqa: S608
    else:
        conn.executescript(PEOPLE_SQL)


def open_stored(cache: Cache, key: str) -> StoredPeople | None:
    cache._run(_tables, None)
    found = cache._run(lambda conn: conn.execute("SELECT 1 FROM pp_meta WHERE key = ?", (key,)).fetchone(), None)
    return StoredPeople(cache, key) if found else None


def _digest(what: object) -> str:
    return plain_hash(what, 16).hex()


def digests(people: People) -> tuple[dict[int, str | None], dict[int, str | None]]:
    """What each identity's and each initiative's profile is made of, as one digest: the versions of their
    articles (which fix those articles' quotes, dates and initiatives), the ids, names and kinds of everyone
    those articles quote, the corpus-wide names of the initiatives they name and which of their quotes are
    shared. A row whose digest is the stored one is the stored row; None where an article's version is not
    known (the table was joined from analyses alone), which rewrites that row."""
    ids, progs = people.identities, people.programmes
    arts: list[str | None] = []
    for art in people.articles:
        if not art.version:
            arts.append(None)
            continue
        speakers = sorted((n, p, ids[p].name, ids[p].kind) for n, p in art.speakers.items())
        named = [(n.name, n.iid, progs[n.iid].name if n.iid in progs else None) for n in art.initiatives]
        arts.append(_digest([art.version, speakers, named, sorted(people.shared_in(art.akey).items())]))
    of_people: dict[int, str | None] = {}
    for pid, ident in ids.items():
        ms = [(arts[m.art], m.name, m.title, form(m)) for m in ident.mentions]
        maybe = sorted((p, ids[p].name) for p in ident.maybe)
        known = all(a is not None for a, *_ in ms)
        of_people[pid] = _digest([pid, ident.name, ident.kind, maybe, ms]) if known else None
    of_initiatives: dict[int, str | None] = {}
    for iid, prog in progs.items():
        ns = [(arts[ai], n.shown, n.kind, n.description) for ai, n in prog.named]
        known = all(a is not None for a, *_ in ns)
        of_initiatives[iid] = _digest([iid, prog.name, prog.acronym, ns]) if known else None
    return of_people, of_initiatives


def _profiles(
    conn: sqlite3.Connection,
    family: str,
    table: str,
    names: str,
    column: str,
    rows: dict[int, str | None],
    made: Callable[[int], tuple[dict[str, Any], dict[str, Any]]],
    order: Callable[[list[dict[str, Any]]], list[dict[str, Any]]],
    named: Callable[[dict[str, Any]], Iterable[str]],
) -> int:
    """One table of profiles brought up to date: a row whose digest is unchanged is kept (only its rank may
    move), a changed or new one is made (`made`: its summary and profile) and written, a gone one deleted."""
    sql = f"SELECT {column}, digest, rank, summary FROM {table} WHERE family = ?"  # noqa: S608
    old = {i: (d, r, text) for i, d, r, text in conn.execute(sql, (family,))}
    summaries, fresh = [], {}
    for i, digest in rows.items():
        was = old.get(i)
        if digest is not None and was is not None and was[0] == digest:
            summaries.append(json.loads(was[2]))
        else:
            summary, profile = made(i)
            summaries.append(summary)
            fresh[i] = (digest, summary, profile)
    ranks = {s[column]: r for r, s in enumerate(order(summaries))}
    out = [(family, i) for i in old.keys() - rows.keys() | fresh.keys()]
    conn.executemany(f"DELETE FROM {table} WHERE family = ? AND {column} = ?", out)  # noqa: S608
    conn.executemany(f"DELETE FROM {names} WHERE family = ? AND {column} = ?", out)  # noqa: S608
    conn.executemany(
        f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?, ?)",  # noqa: S608
        ((family, i, ranks[i], d, json.dumps(s, ensure_ascii=False), json.dumps(p, ensure_ascii=False))
         for i, (d, s, p) in fresh.items()),
    )  # fmt: skip
    conn.executemany(
        f"INSERT INTO {names} VALUES (?, ?, ?)",  # noqa: S608
        ((family, fold(n), i) for i, (_, s, _) in fresh.items() for n in set(named(s)) if n),
    )
    moved = [(r, family, i) for i, r in ranks.items() if i not in fresh and old[i][1] != r]
    conn.executemany(f"UPDATE {table} SET rank = ? WHERE family = ? AND {column} = ?", moved)  # noqa: S608
    return len(fresh)


def _sync(
    conn: sqlite3.Connection,
    family: str,
    table: str,
    key: str,
    columns: tuple[str, ...],
    rows: dict[Any, tuple[Any, ...]],
) -> int:
    """One table's rows of a family made those of `rows` (key -> the other columns, in the table's order): the
    changed and new ones written, the gone ones deleted. Returns how many were written."""
    select = f"SELECT {key}, {', '.join(columns)} FROM {table} WHERE family = ?"  # noqa: S608 - fixed names
    delete = f"DELETE FROM {table} WHERE family = ? AND {key} = ?"  # noqa: S608
    insert = f"INSERT OR REPLACE INTO {table} VALUES ({', '.join('?' * (len(columns) + 2))})"  # noqa: S608
    old = {r[0]: tuple(r[1:]) for r in conn.execute(select, (family,))}
    conn.executemany(delete, [(family, k) for k in old.keys() - rows.keys()])
    changed = [(family, k, *row) for k, row in rows.items() if old.get(k) != row]
    conn.executemany(insert, changed)
    return len(changed)


def save(cache: Cache, family: str, key: str, people: People, sources: Sequence[str] = ()) -> dict[str, int]:
    """Bring the sources' table up to date as `people` joins them, under key, whole or not at all: only the
    rows that changed since the table stored before are made and written; the table of the same sources made
    by other joining rules (another family) is dropped. Returns how many rows were made."""
    listed = json.dumps(sorted(os.path.abspath(x) for x in sources))
    of_people, of_initiatives = digests(people)
    counts: dict[str, int] = {}

    def q(conn: sqlite3.Connection) -> None:
        counts["people"] = _profiles(
            conn, family, "pp_people", "pp_names", "pid", of_people,
            lambda pid: (people.summary(pid), people.profile(pid)), ranked,
            lambda s: (s["name"], *s["variants"]),
        )  # fmt: skip
        counts["initiatives"] = _profiles(
            conn, family, "pp_initiatives", "pp_inames", "iid", of_initiatives,
            lambda iid: (people.initiative_summary(iid), people.initiative(iid)), ranked_initiatives,
            lambda s: (s["name"], s["acronym"], *s["variants"]),
        )  # fmt: skip
        articles = {
            a.akey: (json.dumps(a.speakers, ensure_ascii=False), json.dumps(people.shared_in(a.akey)),
                     json.dumps({n.name: n.iid for n in a.initiatives}, ensure_ascii=False))
            for a in people.articles
        }  # fmt: skip
        counts["articles"] = _sync(conn, family, "pp_articles", "akey", ("speakers", "shared", "initiatives"), articles)
        groups = {
            g: (rank, json.dumps(people.group(g), ensure_ascii=False)) for rank, g in enumerate(people.group_ids())
        }
        counts["groups"] = _sync(conn, family, "pp_groups", "gid", ("rank", "versions"), groups)
        stale = {r[0] for r in conn.execute("SELECT family FROM pp_meta WHERE sources = ?", (listed,))} - {family}
        for table in _TABLES:
            conn.executemany(f"DELETE FROM {table} WHERE family = ?", [(f,) for f in stale])  # noqa: S608
        conn.execute("DELETE FROM pp_meta WHERE family = ? OR key = ?", (family, key))
        conn.execute(
            "INSERT INTO pp_meta VALUES (?, ?, ?, ?, ?)",
            (key, family, listed, len(people.identities), len(people.groups)),
        )

    cache._run(_tables, None)  # the tables first: executescript commits
    cache._write(q)
    return counts


FILED_CHUNK = 500  # articles whose kept parts are read in one query (and whose new parts are written in one)


def _fkey(article: Article) -> str:
    """An article's version as the join sees it: where it is, its title, text, date and outlet, under this
    analysis and these joining rules. Another version is another key; the old row is left to the next prune."""
    published = article.published.isoformat() if article.published else ""
    raw = [SCOPE, ANALYSIS_KEY, article.source, article.id, article.title, article.text_key, published, article.outlet]
    return hashlib.sha256(json.dumps(raw, ensure_ascii=False).encode()).hexdigest()[:32]


def build_from(
    cache: Cache,
    articles: Sequence[Article],
    pairs_of: Callable[[list[Article]], Iterable[tuple[Article, Analysis]]],
) -> People:
    """The join over every article in order, each article's part read from the cache where a build before kept
    it, else made from its analysis (`pairs_of`, called for those only) and kept, replacing the part of its
    version before. The same People as `People.build` over every analysis (tests/test_people.py checks it)."""
    joined = People()
    stories = [a for a in articles if joined.take_story(a.story_key())]
    for i in range(0, len(stories), FILED_CHUNK):
        chunk = stories[i : i + FILED_CHUNK]
        keys = [_fkey(a) for a in chunk]
        kept: dict[str, str] = cache._run(lambda conn, keys=keys: _kept(conn, keys), {})
        todo = [(k, a) for k, a in zip(keys, chunk, strict=True) if k not in kept]
        analysed = pairs_of([a for _, a in todo]) if todo else ()  # in the order asked
        made = {k: people.contribution(a, an) for (k, _), (a, an) in zip(todo, analysed, strict=True)}
        for k in keys:
            c = made.get(k)
            joined.add_contribution(c if c is not None else json.loads(kept[k]), k)
        if made:
            rows = [(k, c[0], c[1], json.dumps(c, ensure_ascii=False)) for k, c in made.items()]
            cache._write(lambda conn, rows=rows: _keep(conn, rows))
    joined.finish()
    return joined


def _kept(conn: sqlite3.Connection, keys: list[str]) -> dict[str, str]:
    marks = ",".join("?" * len(keys))
    return dict(conn.execute(f"SELECT fkey, data FROM pp_filed WHERE fkey IN ({marks})", keys).fetchall())  # noqa: S608


def _keep(conn: sqlite3.Connection, rows: list[tuple[str, str, str, str]]) -> None:
    """New parts in, and the parts of those articles' earlier versions out."""
    conn.executemany("DELETE FROM pp_filed WHERE akey = ? AND fkey != ?", [(akey, k) for k, akey, _, _ in rows])
    conn.executemany("INSERT OR REPLACE INTO pp_filed VALUES (?, ?, ?, ?)", rows)


def prune_filed(cache: Cache, sources: Sequence[str], articles: Sequence[Article]) -> None:
    """The parts of files that went from these sources (another corpus in the same cache keeps its own)."""
    listed = {article_key(a.source, a.id) for a in articles}
    roots = tuple(s.rstrip(os.sep) for s in sources)

    def under(source: str) -> bool:
        return any(source == r or source.startswith(r + os.sep) for r in roots)

    def q(conn: sqlite3.Connection) -> None:
        gone = [
            (k,)
            for k, akey, src in conn.execute("SELECT fkey, akey, source FROM pp_filed")
            if under(src) and akey not in listed
        ]
        conn.executemany("DELETE FROM pp_filed WHERE fkey = ?", gone)

    cache._write(q)


def people_of(
    cache: Cache | None,
    sources: Sequence[str],
    max_bytes: int,
    pairs: Callable[[], Iterable[tuple[Article, Analysis]]] | None = None,
    *,
    complete: bool = True,
    build: bool = True,
    articles: Callable[[], Sequence[Article]] | None = None,
    pairs_of: Callable[[list[Article]], Iterable[tuple[Article, Analysis]]] | None = None,
    apart: bool = False,
) -> PeopleView | None:
    """The stored table for the corpus as it stands, else built and stored (when the corpus is files and was
    read whole) for every process after; with `build` false, None rather than building. Built from `articles`
    and `pairs_of` (only the analyses of articles new or changed since a build before are read), or from
    `pairs()` when there are no articles to list first (a stream; no cache, or not files). `apart`: a corpus
    of APART_FROM articles or more is joined and stored by a process of its own, then opened (tui.library.apart)."""
    keys = diskindex.corpus_keys((SCOPE,), sources, max_bytes) if cache is not None else None
    if cache is not None and keys is not None:
        stored = open_stored(cache, keys[SCOPE][1])
        if stored is not None:
            return stored
    if not build:
        return None
    if apart and cache is not None and keys is not None and complete and articles is not None:
        from tui.library.apart import APART_FROM, run_apart

        if len(articles()) >= APART_FROM and run_apart("people", cache.path, list(sources), max_bytes):
            stored = open_stored(cache, keys[SCOPE][1])
            if stored is not None:
                return stored
    listed: Sequence[Article] | None = None
    if cache is not None and keys is not None and articles is not None and pairs_of is not None:
        listed = articles()
        with cache.writer() as writer:  # its own connection: the reader's reads go on meanwhile
            writer._run(_tables, None)
            people = build_from(writer, listed, pairs_of)
    elif pairs is not None:
        people = People.build(pairs())
    else:
        assert articles is not None and pairs_of is not None, "pairs, or articles and pairs_of"
        people = People.build(pairs_of(list(articles())))
    if cache is not None and keys is not None and complete and people.articles:
        with cache.writer() as writer:
            save(writer, keys[SCOPE][0], keys[SCOPE][1], people, sources)
            if listed is not None:
                prune_filed(writer, sources, listed)
        if open_stored(cache, keys[SCOPE][1]) is not None:
            return StoredPeople(cache, keys[SCOPE][1])
    return MemoryPeople(people)
