"""The stored search index as a store: it survives its writer being killed, readers never see half a write,
and a damaged index is forgotten, said, and built again (issue 14)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from tests.helpers import Ready
from tui.cli import main
from tui.library import diskindex
from tui.library.cache import Cache
from tui.library.query import parse
from tui.library.search import Doc, SearchIndex

ROOT = Path(__file__).resolve().parent.parent

# Saves one index under the same family again and again, each a little different, printing each save's number
# once it has returned (committed): what a kill -9 must not take back.
WRITER = """
import sys
from pathlib import Path
from tui.library import diskindex
from tui.library.cache import Cache
from tui.library.search import Doc, SearchIndex

cache = Cache(Path(sys.argv[1]))
for n in range(10_000):
    docs = [Doc("quotes", f"round {n} quote {i} about the harbour budget", speaker=f"S{i % 50}") for i in range(4000)]
    diskindex.save(cache, "fam", f"key-{n}", SearchIndex(docs), 4000)
    print(n, flush=True)
"""


def _stored(db: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return conn.execute("SELECT key, docs FROM ix_meta WHERE family = 'fam'").fetchall()
    finally:
        conn.close()


def test_a_writer_killed_mid_save_leaves_the_last_committed_index_whole(tmp_path: Path) -> None:
    db = tmp_path / "cache.sqlite"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, env=env)
        assert proc.stdout is not None
        acked = -1
        for line in proc.stdout:
            acked = int(line)
            if acked >= 1 + round_:
                break
        time.sleep(0.05 * round_)  # somewhere inside the next save
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        for line in proc.stdout:  # saves acknowledged before the kill that this loop had not read yet (a busy
            acked = int(line)  # machine reads slower than the writer writes): the last one is what counts
        ((key, docs),) = _stored(db)  # one index of the family: the last committed, or the one after it
        assert key in (f"key-{acked}", f"key-{acked + 1}") and docs == 4000
        index = diskindex.DiskIndex.open(Cache(db), key)
        assert index is not None and len(index.docs) == 4000
        round_no = int(key.split("-")[1])
        hits = index.search(f"'round quote 7 {round_no}", limit=5)
        assert hits and all(h.doc.text.startswith(f"round {round_no} ") for h in hits)


READER = """
import sys
from pathlib import Path
from tui.library import diskindex
from tui.library.cache import Cache

cache = Cache(Path(sys.argv[1]))
index = diskindex.DiskIndex.open(cache, "stable")
seen = set()
for _ in range(int(sys.argv[2])):
    hits = index.search("harbour budget", limit=20)
    seen.add(tuple(h.doc.text for h in hits))
    index = diskindex.DiskIndex.open(cache, "stable")  # and open it again, as a new reader would
print(len(seen), len(next(iter(seen))))
"""


def test_readers_search_while_a_writer_saves(tmp_path: Path) -> None:
    db = tmp_path / "cache.sqlite"
    docs = [Doc("quotes", f"quote {i} about the harbour budget", speaker="Ann") for i in range(3000)]
    diskindex.save(Cache(db), "stable-family", "stable", SearchIndex(docs), 3000)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.DEVNULL, env=env)
    try:
        readers = [
            subprocess.run(
                [sys.executable, "-c", READER, str(db), "40"], capture_output=True, text=True, env=env, check=True
            )
            for _ in range(2)
        ]
    finally:
        writer.kill()
        writer.wait()
    for r in readers:
        assert r.stdout.split() == ["1", "20"], r.stderr  # the same 20 results every time, no error


def _damage(db: Path, sql: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE ix_words SET postings = x'010203'",  # every word's postings cut short
        "DELETE FROM ix_docs",  # the docs gone
        "UPDATE ix_docs SET doc = '{not json'",  # garbled
        "DELETE FROM ix_norms",  # the folded texts gone
    ],
)
def test_a_damaged_index_is_said_forgotten_and_built_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text('Budget\n\n"We will cut taxes next year," said Jane Doe.\n', encoding="utf-8")
    cache = str(tmp_path / "cache.sqlite")
    args = ["search", "cut taxes", str(corpus), "--format", "jsonl", "--cache", cache]
    assert main(args) == 0
    fresh = capsys.readouterr().out
    _damage(Path(cache), damage)
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert out == fresh and "damaged" in err and "building it again" in err
    assert main(args) == 0  # stored again whole: the third search reads it without a word
    out, err = capsys.readouterr()
    assert out == fresh and "damaged" not in err
    assert json.loads(out)["results"][0]["speaker"] == "Jane Doe"


@pytest.mark.usefixtures("both_lists")
async def test_the_reader_rebuilds_a_damaged_index_and_answers(tmp_path: Path, ready: Ready) -> None:
    from textual.widgets import Input

    from tui.app import NewsdeskApp
    from tui.library.corpus import Library
    from tui.library.state import State
    from tui.screens.search import SearchScreen

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text('Budget\n\n"We will cut taxes next year," said Jane Doe.\n', encoding="utf-8")
    db = tmp_path / "cache.sqlite"

    def reader() -> NewsdeskApp:
        return NewsdeskApp([str(corpus)], keymap={}, library=Library(Cache(db)), state=State(tmp_path / "s.sqlite"))

    async def search_for(pilot, text: str) -> SearchScreen:
        await pilot.press("slash")
        search = pilot.app.screen
        assert isinstance(search, SearchScreen)
        await pilot.press(*text)
        for _ in range(200):
            await pilot.pause(0.05)
            if search.hits:
                break
        return search

    async with reader().run_test(size=(80, 24)) as pilot:  # builds the index and stores it
        await ready(pilot)
        search = await search_for(pilot, "taxes")
        assert [h.doc.speaker for h in search.hits] == ["Jane Doe"]
        await pilot.app.workers.wait_for_complete()
    async with reader().run_test(size=(80, 24)) as pilot:  # opens the stored one
        screen = await ready(pilot)
        await pilot.press("slash", "escape")
        for _ in range(100):
            await pilot.pause(0.05)
            if screen.indexes is not None:
                break
        assert isinstance(screen.indexes["quotes"], diskindex.DiskIndex)  # type: ignore[index]
        _damage(db, "UPDATE ix_words SET postings = x'010203'")
        search = await search_for(pilot, "taxes")
        assert [h.doc.speaker for h in search.hits] == ["Jane Doe"]  # answered from the rebuilt index
        assert search.query_one(Input).value == "taxes"
        assert any("damaged" in str(n.message) for n in pilot.app._notifications)


def test_stamps_are_compared_as_signatures_and_those_saved_as_pairs_still_serve_as_a_base(tmp_path: Path) -> None:
    """An index's file stamps are kept as one int each and read back one at a time (the reader's peak holds no
    second dict of 100,000 paths); stamps saved before, as JSON [size, time] pairs, still tell which files
    changed, so an upgrade does not index the corpus again. A path that is not UTF-8 survives the trip."""
    import zlib

    from tui.library.cache import signature

    cache = Cache(tmp_path / "c.sqlite")
    files = {f"/n/{i}.txt": (100 + i, 10**18 + i) for i in range(200)}
    files["/n/caf\udce9.txt"] = (7, 7)  # a Latin-1 name, as os.fsdecode gives it
    now = {p: signature(*st) for p, st in files.items()}
    now["/n/7.txt"] = signature(999, 10**18)  # changed since
    now["/n/new.txt"] = signature(5, 5)  # added since
    del now["/n/9.txt"]  # removed since
    family, versions = "fam", diskindex._versions(1000)
    cache._run(lambda c: c.executescript(diskindex.INDEX_SQL), None)
    pairs = json.dumps({p: list(st) for p, st in files.items()}).encode()
    for saved in ("pairs", "stamps"):
        if saved == "pairs":
            blob = zlib.compress(pairs)
            cache._write(lambda c, b=blob: c.execute("INSERT OR REPLACE INTO ix_stamps VALUES (?, ?, ?, ?)",
                                                     (family, f"{family}:old", versions, b)))  # fmt: skip
        else:
            stamps = {p: signature(*st) for p, st in files.items()}
            cache._write(lambda c, st=stamps: diskindex._stamp(c, [(family, f"{family}:old")], st, 1000))
        got = diskindex._stale_base(cache, (family, f"{family}:new"), now, 1000)
        assert got == ("old", {"/n/7.txt", "/n/new.txt", "/n/9.txt"}), saved
    many = {p: sig + 1 for p, sig in now.items()}  # every file changed: no base, found without reading them all
    assert diskindex._stale_base(cache, (family, f"{family}:new"), many, 1000) is None


def test_stamps_saved_in_walk_order_are_merged_with_a_walk_without_a_dict_of_every_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader compares an older index's stamps with the files as they are in one pass over both, in walk
    order: what changed, was added (in a new folder too) or removed is found, as the dict comparison finds it."""
    import zlib

    from tui.articles import LoadProblem
    from tui.articles.sources import walk_paths

    root = tmp_path / "news"
    for rel in ("a.txt", "b/c.txt", "b/d/e.txt", "b/z.txt", "c/f.txt", "ab.txt", "b-x/g.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(rel)
    walked = diskindex.Walked([str(root)])
    # the order merges rely on is the walk's: a folder's files, then its subfolders, each by name
    order = [os.path.abspath(p) for p, _ in (e for e in walk_paths(str(root)) if not isinstance(e, LoadProblem))]
    assert sorted(order, key=walked.order) == order == [p for p, _ in walked]
    cache = Cache(tmp_path / "c.sqlite")
    family = "fam"
    cache._run(lambda c: c.executescript(diskindex.INDEX_SQL), None)
    before = dict(walked)
    cache._write(lambda c: diskindex._stamp(c, [(family, f"{family}:old")], before, 1000))
    (root / "b" / "c.txt").write_text("changed, longer")
    (root / "b" / "d" / "new.txt").write_text("added")
    (root / "n" / "m").mkdir(parents=True)
    (root / "n" / "m" / "deep.txt").write_text("added in a new folder")
    (root / "b" / "z.txt").unlink()
    want = {str(root / p) for p in ("b/c.txt", "b/d/new.txt", "n/m/deep.txt", "b/z.txt")}
    compared_as_dicts = diskindex._changed

    def no_dicts(*args: object) -> set[str]:
        raise AssertionError("the walk's stamps were made into a dict")

    monkeypatch.setattr(diskindex, "_changed", no_dicts)
    merged = diskindex._stale_base(cache, (family, f"{family}:new"), walked, 1000)
    assert merged == ("old", want)
    monkeypatch.setattr(diskindex, "_changed", compared_as_dicts)
    assert diskindex._stale_base(cache, (family, f"{family}:new"), dict(walked), 1000) == merged
    # many files changed: no base, found before both are read to the end
    for p in list(root.rglob("*.txt")):
        p.write_text(p.read_text() + " and more")
    for i in range(150):
        (root / f"x{i:03d}.txt").write_text("x")
    assert diskindex._stale_base(cache, (family, f"{family}:new"), walked, 1000) is None
    # torn stamps are no base, never a crash
    torn = zlib.compress(diskindex.STAMPS_V3 + b"3\0/a\0")
    cache._write(lambda c: c.execute("UPDATE ix_stamps SET stamps = ? WHERE family = ?", (torn, family)))
    assert diskindex._stale_base(cache, (family, f"{family}:new"), walked, 1000) is None


def _built_and_stored(tmp_path: Path, docs: list[Doc]) -> tuple[SearchIndex, diskindex.DiskIndex, Cache]:
    """An index built of docs, and the same stored and opened again."""
    built = SearchIndex(docs)
    cache = Cache(tmp_path / "c.sqlite")
    diskindex.save(cache, "fam", "key", built, len(docs))
    stored = diskindex.DiskIndex.open(cache, "key")
    assert stored is not None
    return built, stored, cache


def test_by_and_in_alone_are_answered_from_the_stored_indexs_lists_not_by_reading_every_doc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`by:` and `in:` typed alone (as they are while a query is typed) give the hits a built index gives,
    from the lists of docs the stored index keeps for each speaker and outlet or folder: a handful of docs
    read, not a million."""
    speakers = ["Jean-Pierre Lacroix", "Ann Lee", "Bill Clinton", "Hillary Clinton", ""]
    outlets = ["Xinhua", "AP", ""]
    docs = [
        Doc("quotes", f"quote {i} about the harbour budget", speaker=speakers[i % 5], outlet=outlets[i % 3],
            source=f"news/{'bbc/politics' if i % 7 == 0 else 'wire'}/f{i}.txt")
        for i in range(6000)
    ]  # fmt: skip
    built, stored, cache = _built_and_stored(tmp_path, docs)
    read: list[int] = []
    fetch = diskindex._Docs.fetch

    def counted(self: diskindex._Docs, ids: Sequence[int]) -> None:
        read.extend(ids)
        fetch(self, ids)

    monkeypatch.setattr(diskindex._Docs, "fetch", counted)
    queries = ("by:lacroix", "by:clinton", "in:xinhua", "in:politics", "in:wire", "by:ann in:ap", "by:nobody", "in:x")
    passes = built._passes
    looked: list[Doc] = []

    def looked_at(doc: Doc, *args: object) -> bool:
        looked.append(doc)
        return passes(doc, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(built, "_passes", looked_at)
    for query in queries:
        read.clear()
        got, want = stored.search(query), built.search(query)
        assert [h.doc.text for h in got] == [h.doc.text for h in want], query
        assert (got.total, got.more) == (want.total, False), query  # counted from the lists' lengths
        assert len(set(read)) <= 200, (query, len(set(read)))  # the first docs alone
        # the count is what a look at every doc says (the rule the lists are made by), and the built index
        # answers from lists of its own, made once, never a look at each doc at each key
        q = parse(query)
        assert want.total == sum(passes(d, d.text.casefold(), q, []) for d in docs), query
        assert not looked, query
    assert built.search("in:wire").total > 5000
    read.clear()
    # words and a filter: the same hits; the lists narrow the word's candidates before the cap of 3,000, so
    # every Clinton quote is counted, not those among the first 3,000 ("1,200+")
    got, want = stored.search("by:clinton budget"), built.search("by:clinton budget")
    assert [h.doc.text for h in got] == [h.doc.text for h in want]
    assert (got.total, got.more, want.total, want.more) == (2400, False, 2400, False)
    # an index stored before it kept those lists: every doc is looked at, as before, with the same hits
    cache._write(lambda c: c.execute("DELETE FROM ix_filters"))
    again = diskindex.DiskIndex.open(cache, "key")
    assert again is not None
    assert [h.doc.text for h in again.search("by:lacroix")] == [h.doc.text for h in built.search("by:lacroix")]


def test_the_keys_of_one_query_share_the_texts_they_read_and_read_whole_docs_only_for_the_best(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A query's candidates are ranked on their folded texts (ix_norms), a narrow row each: the whole doc is read
    for the hundred best alone, and what one key read serves the next ("cut", "cut t"), so a query typed a key
    at a time reads each candidate once. The hits are the built index's."""
    docs = [
        Doc("quotes", f"We will {'cut' if i % 2 else 'curb'} taxes {i} times", speaker=f"Person {i % 40}",
            published=float(i))
        for i in range(5000)
    ]  # fmt: skip
    built, stored, _ = _built_and_stored(tmp_path, docs)
    read: dict[str, list[int]] = {"docs": [], "norms": []}
    for name, kind in (("docs", diskindex._Docs), ("norms", diskindex._Norms)):
        Read = Callable[..., list[tuple[int, object]]]

        def counted(self: object, conn: sqlite3.Connection, ids: list[int], name: str = name,
                    real: Read = kind._read) -> list[tuple[int, object]]:  # fmt: skip
            read[name].extend(ids)
            return real(self, conn, ids)

        monkeypatch.setattr(kind, "_read", counted)
    for query in ("cut", "cut t", "cut ta", "cut tax"):
        got, want = stored.search(query), built.search(query)
        assert [h.doc.text for h in got] == [h.doc.text for h in want], query
        assert got.total == want.total, query
    assert len(read["norms"]) == len(set(read["norms"])) <= 3000  # no candidate read twice
    assert len(set(read["docs"])) <= 4 * 100  # the hundred best of each key, no more
