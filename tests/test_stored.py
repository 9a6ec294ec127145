"""Articles listed from the store without their text, and the list a warm start shows before its walk."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

from tui.articles import Article, LoadProblem
from tui.library import stored as stored_mod
from tui.library.cache import Cache
from tui.library.corpus import Library, Retract
from tui.library.listing import Listing
from tui.library.stored import StoredArticle

STORY = '"We will cut taxes for every family," Finance Minister Jane Doe said on Tuesday.\n\nShe spoke in Rome.\n'


def write(d: Path, name: str, title: str, day: int, body: str = STORY) -> Path:
    p = d / name
    p.write_text(f"{title}\n\n2024-01-{day:02d} 10:00\n\n{body}", encoding="utf-8")
    return p


def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "news"
    d.mkdir()
    for i in range(3):
        write(d, f"s{i}.txt", f"Story {i}", i + 1, STORY.replace("Rome", f"Rome {i}"))
    (d / "bad.bin").write_bytes(b"\x00\x01binary\xff" * 20)
    return d


def listed(lib: Library, src: Path) -> tuple[list[list[Article | LoadProblem | Retract]], Listing]:
    batches, listing = [], Listing()
    for batch in lib.load_listed_first([str(src)]):
        batches.append(batch)
        listing.add(batch)
    return batches, listing


def warm(tmp_path: Path, src: Path) -> tuple[Library, list[Article]]:
    db = tmp_path / "cache.sqlite"
    fresh = [x for b in Library(Cache(db)).load([str(src)]) for x in b if isinstance(x, Article)]
    return Library(Cache(db)), sorted(fresh, key=Article.sort_key)


def test_a_stored_article_holds_no_text_until_asked_and_equals_the_parsed_one(tmp_path: Path) -> None:
    lib, fresh = warm(tmp_path, corpus(tmp_path))
    got = sorted((x for b in lib.load([str(tmp_path / "news")]) for x in b if isinstance(x, Article)),
                 key=Article.sort_key)  # fmt: skip
    assert all(isinstance(a, StoredArticle) for a in got)
    for a in got:  # the text is not in the object: Article's own slot for it was never filled
        try:
            Article.__dict__["text"].__get__(a)
            raise AssertionError("a stored article holds its text")
        except AttributeError:
            pass
    assert got == fresh and [hash(a) for a in got] == [hash(a) for a in fresh]
    assert [(a.text, a.spans, a.chars, a.paragraph_count) for a in got] == [
        (a.text, a.spans, len(a.text), len(a.spans)) for a in fresh
    ]
    assert [a.story_key() for a in got] == [a.story_key() for a in fresh]


def test_a_stored_article_pickles_as_the_whole_article(tmp_path: Path) -> None:
    lib, _ = warm(tmp_path, corpus(tmp_path))
    a = next(x for b in lib.load([str(tmp_path / "news")]) for x in b if isinstance(x, StoredArticle))
    back = pickle.loads(pickle.dumps(a))  # what an analysis worker process receives
    assert type(back) is Article and back == a and back.text == a.text and back.spans == a.spans


def test_text_comes_from_the_file_when_the_cache_lost_it(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    lib, fresh = warm(tmp_path, src)
    got = [x for b in lib.load([str(src)]) for x in b if isinstance(x, StoredArticle)]
    assert lib.cache is not None
    lib.cache._run(lambda c: c.execute("DELETE FROM texts"), None)
    lib.cache.texts.forget(got[0].loc[0])
    by_id = {a.id: a for a in fresh}
    assert all(a.text == by_id[a.id].text for a in got)


def test_the_text_cache_is_bounded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(stored_mod, "LRU_ARTICLES", 2)
    lib, _ = warm(tmp_path, corpus(tmp_path))
    got = [x for b in lib.load([str(tmp_path / "news")]) for x in b if isinstance(x, StoredArticle)]
    for a in got:
        assert a.text
    assert lib.cache is not None and len(lib.cache.texts._lru) == 2


def test_a_warm_start_lists_the_store_first_and_then_corrects_it(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    lib, _ = warm(tmp_path, src)
    # While the reader was away: one file changed, one deleted, one added.
    changed = write(src, "s1.txt", "Story 1 revised", 2)
    st = changed.stat()
    os.utime(changed, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    (src / "s2.txt").unlink()
    write(src, "s3.txt", "Story 3", 9, STORY.replace("Rome", "Paris"))
    batches, listing = listed(lib, src)
    assert [a.title for a in batches[0]] == ["Story 2", "Story 1", "Story 0"]  # the newest stored first
    first = batches[1]
    assert not any(isinstance(a, Article) for a in first)  # the rest (none here), and
    assert any(isinstance(x, LoadProblem) for x in first)  # the binary file's problem, from the store too
    later = [x for b in batches[2:] for x in b]
    assert {x.source for x in later if isinstance(x, Retract)} == {str(src / "s1.txt"), str(src / "s2.txt")}
    titles = [a.title for a in listing.articles()]
    assert titles == ["Story 3", "Story 1 revised", "Story 0"]  # newest first
    cold = [x for b in Library(None).load([str(src)]) for x in b]
    assert sorted(a.title for a in cold if isinstance(a, Article)) == sorted(titles)  # what a cold load gives
    assert [p.source for p in listing.problems] == [p.source for p in cold if isinstance(p, LoadProblem)]


def test_the_listing_keeps_one_copy_of_a_story_and_brings_back_another_when_it_goes(tmp_path: Path) -> None:
    d = tmp_path / "news"
    d.mkdir()
    a = write(d, "a.txt", "Same", 1)
    write(d, "b.txt", "Same", 1)
    write(d, "c.txt", "Other", 2)
    items = [x for b in Library(None).load([str(d)]) for x in b]
    listing = Listing()
    listing.add(items)
    assert [x.title for x in listing.articles()] == ["Other", "Same"] and listing.duplicates == 1
    listing.add([Retract(str(a))])
    assert [(x.title, x.source) for x in listing.articles()] == [
        ("Other", str(d / "c.txt")),
        ("Same", str(d / "b.txt")),
    ]
    assert listing.duplicates == 0
    listing.add([Retract(str(d / "b.txt")), LoadProblem(str(d / "b.txt"), "unreadable")])
    assert [x.title for x in listing.articles()] == ["Other"] and [p.source for p in listing.problems] == [
        str(d / "b.txt")
    ]


class DictStore:
    """A store in plain dicts: the interface (tui.library.store.ArticleStore) is all a Library needs."""

    def __init__(self) -> None:
        from tui.library.stored import Texts

        self.notices: list[str] = []
        self.rows: dict[str, tuple] = {}  # path -> (FileRow, [Article])
        self.done: dict[tuple[str, int], str] = {}
        self.texts = Texts(self.bodies)

    def files(self, under: str | None = None, path: str | None = None) -> dict:
        return {p: r for p, (r, _) in self.rows.items() if (path is None or p == path)
                and (under is None or p.startswith(under.rstrip(os.sep) + os.sep))}  # fmt: skip

    def touch(self, path: str, size: int, mtime_ns: int) -> None:
        row, arts = self.rows[path]
        self.rows[path] = (row._replace(size=size, mtime_ns=mtime_ns), arts)

    def forget(self, path: str) -> None:
        self.forget_many([path])

    def forget_many(self, paths: list[str]) -> None:
        for p in paths:
            self.rows.pop(p, None)

    def store(self, path: str, size: int, mtime_ns: int, dig: str, fid: str, items: list) -> None:
        from tui.library.cache import PARSER_KEY, FileRow

        problems = [x.reason for x in items if isinstance(x, LoadProblem)] or None
        self.rows[path] = (FileRow(size, mtime_ns, dig, PARSER_KEY, fid, problems),
                           [x for x in items if isinstance(x, Article)])  # fmt: skip

    def _stored(self, path: str, source: str) -> list[StoredArticle]:
        return [StoredArticle.make((path, i), self.texts, a.chars, a.paragraph_count, a.text_key, a.id, source,
                                   a.title, a.outlet, a.editor, a.author, a.published, a.dateline, a.url, a.extra)
                for i, a in enumerate(self.rows[path][1])]  # fmt: skip

    def articles_of(self, paths, sources=None) -> dict:
        return {p: self._stored(p, (sources or {}).get(p, p)) for p in paths if p in self.rows}

    def listed_under(self, root: str, source_of, newest: int = 0, skip=()):
        from tui.library.cache import PARSER_KEY, Listed, signature

        rows = {p: r for p, r in self.files(under=root).items() if r.parser == PARSER_KEY}
        out = [a for p in rows for a in self._stored(p, source_of(p)) if a.loc not in skip]
        if newest:
            out = sorted((a for a in out if a.published), key=Article.sort_key)[:newest]
        held = {a.loc[0] for a in out} | ({p for p, r in rows.items() if r.problems} if not newest else set())
        return Listed(out, {p: signature(rows[p].size, rows[p].mtime_ns) for p in held},
                      {p: rows[p].problems for p in held if rows[p].problems},
                      {p: rows[p].fid for p in held if rows[p].fid != p[len(root.rstrip(os.sep)) + 1 :]})  # fmt: skip

    def bodies(self, locs: list) -> dict:
        return {(p, i): (self.rows[p][1][i].text, self.rows[p][1][i].spans) for p, i in locs if p in self.rows}

    def analysis(self, loc, text: str):
        from tui.analysis import Analysis

        js = self.done.get(loc)
        return Analysis.from_compact(json.loads(js), text) if js else None

    def analysed(self) -> set:
        return set(self.done)

    def store_analyses(self, rows: list) -> None:
        self.done.update(rows)

    def iter_analyses(self, locs, texts):
        for loc in locs:
            if (a := self.analysis(loc, texts[loc])) is not None:
                yield loc, a

    def iter_analysis_dicts(self, locs, texts):
        for loc, a in self.iter_analyses(locs, texts):
            yield loc, a.to_dict()


def test_a_library_on_another_store_reads_its_second_load_from_it(tmp_path: Path) -> None:
    """What a PostgreSQL store would implement (README) is the interface: a dict store serves the warm start,
    the texts and the analyses, and the reader's list is the same as a cold load's."""
    from tui.library.store import ArticleStore, sqlite_of

    src = corpus(tmp_path)
    store = DictStore()
    typed: ArticleStore = store  # `mypy tests/test_stored.py` finds it one
    cold = [x for b in Library(typed).load([str(src)]) for x in b if isinstance(x, Article)]
    lib = Library(typed)
    batches, listing = listed(lib, src)
    assert all(isinstance(a, StoredArticle) for a in listing.articles())  # from the store, not the files
    assert sorted(a.title for a in listing.articles()) == sorted(a.title for a in cold)
    assert lib.analysis(listing.articles()[0]).quotes  # computed, stored in it, then read back from it
    assert store.done and lib.cached_analysis(listing.articles()[0]) is not None
    assert sqlite_of(typed) is None and not any(isinstance(x, Retract) for b in batches for x in b)


def test_an_article_whose_rows_went_is_read_from_its_file_once(tmp_path: Path, monkeypatch) -> None:
    src = corpus(tmp_path)
    lib, _ = warm(tmp_path, src)
    got = [x for b in lib.load([str(src)]) for x in b if isinstance(x, StoredArticle)]
    assert lib.cache is not None
    lib.cache._run(lambda c: c.execute("DELETE FROM texts"), None)
    reads: list[object] = []
    real = stored_mod._reread
    monkeypatch.setattr(stored_mod, "_reread", lambda *a: reads.append(a) or real(*a))
    for _ in range(3):
        assert got[0].text and got[0].spans
    assert len(reads) == 1  # then from memory, as any other text


def _dated(title: str, day: int | None, zoned: bool, text: str = "x") -> Article:
    from datetime import UTC, datetime, timedelta, timezone

    when = None if day is None else datetime(2024, 1, 1 + day % 3, 12, tzinfo=UTC if zoned else None)
    if when is not None and zoned and day is not None and day % 2:
        when = when.astimezone(timezone(timedelta(hours=8)))  # the same instant in another zone
    return Article(id=f"{title}-{day}", source=f"/n/{title}-{day}-{zoned}-{text}.txt", title=title, text=text, spans=(),
                   published=when)  # fmt: skip


def test_the_listing_orders_as_the_sort_key_does_whatever_the_batches() -> None:
    """The list keeps no key per article: ties of date (naive and zoned alike), undated articles and titles
    that fold alike must still come out as sorting every article by Article.sort_key would put them."""
    import random

    rng = random.Random(7)
    titles = ["Alpha", "alpha", "Beta", "straße", "STRASSE", "Ω", "ω", "zeta"]
    arts = [_dated(rng.choice(titles), rng.choice([None, 0, 1, 2, 3, 4, 5]), rng.random() < 0.5, str(i))
            for i in range(600)]  # fmt: skip
    for sizes in ([600], [1, 599], [5] * 120, [300, 3, 3, 294], [17, 250, 2, 331]):
        listing, at = Listing(), 0
        for n in sizes:
            listing.add(arts[at : at + n])
            at += n
        assert listing.articles() == sorted(arts, key=Article.sort_key)  # stable: ties in arrival order
    gone = {a.source for a in arts[::3]}
    listing.add([Retract(s) for s in sorted(gone)])
    assert listing.articles() == sorted((a for a in arts if a.source not in gone), key=Article.sort_key)
    again = [Article(id=a.id + "'", source=a.source + "'", title=a.title, text=a.text, spans=(),
                     published=a.published) for a in arts[1::3]]  # fmt: skip
    listing.add(again)  # the same stories filed again: listed once, and back when the first copies go
    assert listing.duplicates == len(again)
    listing.add([Retract(a.source) for a in arts[1::3]])
    left = [a for a in arts if a.source not in gone and a not in arts[1::3]] + again
    got = listing.articles()
    assert got == sorted(got, key=Article.sort_key)  # in order; which copy of a tie comes first is arrival's
    assert sorted(got, key=lambda a: a.source) == sorted(left, key=lambda a: a.source)


def test_a_warm_start_with_nothing_changed_never_reads_the_stores_file_rows(tmp_path: Path, monkeypatch) -> None:
    """A FileRow for each of 100,000 files is 30 MB and a fifth of a second: the listing carries what the walk
    checks the disk against, and the rows are read only for a file that was not listed."""
    src = corpus(tmp_path)
    lib, fresh = warm(tmp_path, src)
    asked: list[tuple[str | None, str | None]] = []
    real = Cache.files

    def files(self: Cache, under: str | None = None, path: str | None = None) -> dict:
        asked.append((under, path))
        return real(self, under, path)

    monkeypatch.setattr(Cache, "files", files)
    _, listing = listed(lib, src)
    assert sorted(a.title for a in listing.articles()) == sorted(a.title for a in fresh)
    assert [p.source for p in listing.problems] == [str(src / "bad.bin")]
    assert asked == []
    write(src, "s9.txt", "Story 9", 20)  # one file the store has never seen: its row alone is asked for
    _, listing = listed(lib, src)
    assert "Story 9" in [a.title for a in listing.articles()]
    assert asked == [(None, str(src / "s9.txt"))] * len(asked) and asked


def test_the_walk_checks_a_file_against_its_row_as_listed_not_as_another_process_rewrote_it(tmp_path: Path) -> None:
    """Between the listing and the walk another process may store a file's new version: the list still holds
    the old one, so the walk must retract it, though the disk now matches the store."""
    src = corpus(tmp_path)
    lib, _ = warm(tmp_path, src)
    loading = lib.load_listed_first([str(src)])
    first = next(loading)
    assert any(isinstance(a, Article) and a.title == "Story 1" for a in first)
    changed = write(src, "s1.txt", "Story 1 revised", 2)
    st = changed.stat()
    os.utime(changed, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    other = Library(Cache(tmp_path / "cache.sqlite"))  # another reader, storing what it read
    assert [a.title for b in other.load([str(src)]) for a in b if isinstance(a, Article) and "1" in a.title] == [
        "Story 1 revised"
    ]
    listing = Listing()
    listing.add(first)
    for batch in loading:
        listing.add(batch)
    assert sorted(a.title for a in listing.articles()) == ["Story 0", "Story 1 revised", "Story 2"]


def test_the_listing_query_does_not_hold_the_store_for_the_article_being_opened(tmp_path: Path) -> None:
    """A warm start's listing reads for half a second at 100,000 articles; meanwhile the UI thread reads the
    text of the article it opens. The listing runs on a connection of its own, not under the store's lock."""
    import threading

    src = corpus(tmp_path)
    lib, fresh = warm(tmp_path, src)
    assert lib.cache is not None
    cache = lib.cache
    inside, release = threading.Event(), threading.Event()

    def source_of(path: str) -> str:
        inside.set()
        release.wait(20)  # the listing waits here, mid-query, until the body below was read
        return path

    got: list = []
    t = threading.Thread(target=lambda: got.append(cache.listed_under(str(src), source_of)))
    t.start()
    assert inside.wait(20)
    loc = (str(src / "s0.txt"), 0)
    reader = threading.Thread(target=lambda: got.append(cache.bodies([loc])))
    reader.start()
    reader.join(10)  # a liveness check, not a timing one: under the lock this would wait for the listing
    alive = reader.is_alive()
    release.set()
    t.join(20)
    reader.join(20)
    assert not alive
    assert any(isinstance(g, dict) and loc in g for g in got)
    assert sorted(a.title for g in got if not isinstance(g, dict) for a in g.articles) == sorted(a.title for a in fresh)


def test_the_walk_knows_its_listed_files_however_the_folder_is_spelled(tmp_path: Path, monkeypatch) -> None:
    """The walk makes each file's key from the folder's absolute path and the file's path under it: the folder
    given relative, with "./" or "..", or absolute, an unchanged corpus is listed once and nothing retracted."""
    src = corpus(tmp_path)
    lib, fresh = warm(tmp_path, src)
    monkeypatch.chdir(tmp_path)
    for spelled in ("news", "./news", f"../{tmp_path.name}/news", "news/", str(src)):
        batches = list(lib.load_listed_first([spelled]))
        items = [x for b in batches for x in b]
        assert not any(isinstance(x, Retract) for x in items), spelled
        assert sorted(a.title for a in items if isinstance(a, Article)) == sorted(a.title for a in fresh), spelled
        assert sorted(a.source for a in items if isinstance(a, Article)) == sorted(
            os.path.join(str(Path(spelled)), Path(a.source).name) for a in fresh
        ), spelled
