"""A folder listed as row numbers (tui.library.rows) shows what a list of objects shows: the same articles in
the same order under every sort, filter and outlet, one story filed twice once, and the same list after files
change, are added or go."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from tests.helpers import complete
from tui.articles import Article
from tui.library import rows as rows_mod
from tui.library.cache import Cache
from tui.library.corpus import Library
from tui.library.desk import FILTERS, NO_OUTLET, SORTS, Desk, key_of
from tui.library.listing import Listing
from tui.library.rows import GONE_TITLE, Folder, Rows
from tui.library.state import article_key


def article(d: Path, name: str, title: str, when: str | None, body: str, outlet: str = "") -> None:
    head = [title, ""]
    if outlet:
        head.append(f"Source: {outlet}")
    if when:
        head.append(f"Time: {when}")
    (d / name).parent.mkdir(parents=True, exist_ok=True)
    (d / name).write_text("\n".join([*head, "", body, ""]), encoding="utf-8")


def corpus(tmp_path: Path) -> Path:
    """Ties on date and title, a zoned and a naive time at the same instant, undated articles, outlets and
    none, one story filed twice (the same title and text) and another title filed twice with other text."""
    d = tmp_path / "news"
    article(d, "a/one.txt", "Budget passes", "2024-01-03 10:00:00 +08:00", "The budget passed.", "Reuters")
    article(d, "a/two.txt", "Budget passes", "2024-01-03T02:00:00Z", "Another budget text.", "AP")
    article(d, "b/copy.txt", "Budget passes", "2024-01-03 10:00:00 +08:00", "The budget passed.", "Reuters")
    article(d, "b/storm.txt", "Storm hits coast", "2024-01-05 09:00:00", "A storm hit.", "AP")
    article(d, "b/quiet.txt", "a quiet day", None, "Nothing happened.")
    article(d, "c/deep/late.txt", "Zebra crossing", None, "Zebras crossed.", "BBC")
    article(d, "c/old.txt", "Old news", "1999-12-31 23:00:00", "Long ago.", "BBC")
    article(d, "c/same.txt", "Storm hits coast", "2024-01-05 09:00:00", "A storm hit, again.", "")
    (d / "c" / "bad.bin").write_bytes(b"\x00\x01binary\xff" * 20)
    return d


def objects(lib: Library, src: Path) -> Listing:
    listing = Listing()
    for batch in lib.load_listed_first([str(src)]):
        listing.add(batch)
    return listing


def names(view: object) -> list[tuple[str, str]]:
    return [(a.source, a.id) for a in view]  # type: ignore[attr-defined]


@pytest.fixture
def stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Library, Path]:
    monkeypatch.setattr(rows_mod, "VIRTUAL_FROM", 1)
    src = corpus(tmp_path)
    lib = Library(Cache(tmp_path / "cache.sqlite"))
    objects(lib, src)  # the cold load: parsed and stored
    monkeypatch.chdir(tmp_path)
    article_key.cache_clear()  # its keys of relative sources are those of the folder the last test was in
    return lib, Path("news")  # the folder as a user names it, relative to where they are


def both(lib: Library, src: Path) -> tuple[Desk, Desk, Folder]:
    folder = lib.stored_folder([str(src)])
    assert folder is not None
    listing = objects(lib, src)
    a, b = Desk(), Desk()
    a.articles = listing.articles()
    b.articles = Rows(folder, folder.order())
    a.refilter(), b.refilter()
    return a, b, folder


def test_every_sort_filter_and_outlet_lists_what_a_list_of_objects_lists(stored: tuple[Library, Path]) -> None:
    lib, src = stored
    a, b, _ = both(lib, src)
    assert isinstance(b.articles, Rows) and len(b.articles) == 7  # the story filed twice, once
    assert names(b.articles) == names(a.articles)
    some = list(a.articles)
    read = {key_of(x) for x in some[::2]}
    starred = {key_of(some[1]), key_of(some[-1])}
    outlets = ["", "Reuters", "AP", "BBC", NO_OUTLET]
    for desk in (a, b):
        desk.read, desk.starred = set(read), set(starred)
    assert b.outlets() == a.outlets()
    for worked_out in (True, False):  # then each order as the store kept it for the next reader
        for sort in SORTS:
            for reverse in (False, True):
                for filt in FILTERS:
                    for outlet in outlets:
                        for desk in (a, b):
                            desk.sort, desk.reverse, desk.filter, desk.outlet = sort, reverse, filt, outlet
                            desk.refilter()
                        assert names(b.view) == names(a.view), (worked_out, sort, reverse, filt, outlet)


def test_the_article_being_read_stays_in_the_unread_list(stored: tuple[Library, Path]) -> None:
    lib, src = stored
    _, b, _ = both(lib, src)
    first = b.articles[0]
    b.read, b.current, b.filter = {key_of(first)}, first, "unread"
    assert b.refilter()[0] == first and b.is_open(b.view[0])
    b.current = None
    assert first not in b.refilter()


def test_a_story_whose_listed_copy_goes_is_listed_by_the_copy_left_out(stored: tuple[Library, Path]) -> None:
    lib, src = stored
    cache = lib.cache
    assert cache is not None
    _, b, folder = both(lib, src)
    listed = next(x for x in b.articles if x.title == "Budget passes" and "one.txt" in x.source)
    cache.forget_many([os.path.abspath(src / "a" / "one.txt")])  # the copy listed goes from the store
    folder.forget()
    again = Rows(folder, folder.order())
    assert len(again) == 7
    assert [x.source for x in again if x.title == "Budget passes" and x.text == listed.text] == [
        str(src / "b" / "copy.txt")
    ]


def test_a_cache_written_before_the_listing_gets_one_when_opened(stored: tuple[Library, Path], tmp_path: Path) -> None:
    lib, src = stored
    before = names(both(lib, src)[1].articles)
    cache = lib.cache
    assert isinstance(cache, Cache)
    cache._run(lambda c: c.execute("DELETE FROM listing"), None)
    cache.close()
    reopened = Library(Cache(tmp_path / "cache.sqlite"))
    _, after, _ = both(reopened, src)
    assert names(after.articles) == before


def test_the_walk_stores_what_changed_and_the_list_is_a_cold_loads(
    stored: tuple[Library, Path], tmp_path: Path
) -> None:
    lib, src = stored
    folder = lib.stored_folder([str(src)])
    assert folder is not None
    assert lib.check_folder(str(src), folder)[0] == 0  # nothing changed: nothing read
    article(src, "b/storm.txt", "Storm hits coast harder", "2024-01-06 09:00:00", "It got worse.", "AP")
    os.utime(src / "b" / "storm.txt", ns=(1, 1))
    article(src, "d/new.txt", "A new story", "2024-02-01 08:00:00", "Fresh.", "AP")
    (src / "a" / "two.txt").unlink()
    shutil.rmtree(src / "c" / "deep")  # a whole folder gone
    changed, problems = lib.check_folder(str(src), folder)
    assert changed == 4 and [p.source for p in problems] == []  # the binary file's problem is stored: not met
    assert [p.source for p in folder.problems()] == [str(src / "c" / "bad.bin")]
    rows = Rows(folder, folder.order())
    cold = Listing()
    for batch in Library().load([str(src)]):
        cold.add(batch)
    assert names(rows) == names(cold.articles())
    assert [x.title for x in rows][:2] == ["A new story", "Storm hits coast harder"]


def test_an_order_is_kept_for_the_next_reader_until_the_listing_changes(stored: tuple[Library, Path]) -> None:
    """A warm start reads the order the last reader worked out (one blob, not the listing's index, which a
    cold disk reads in seconds at a million articles) while no row of the listing changed since; any change
    (a file stored, changed or forgotten, by any process) makes it stale."""
    lib, src = stored
    cache = lib.cache
    assert isinstance(cache, Cache)
    folder = lib.stored_folder([str(src)])
    assert folder is not None
    first = folder.order("title")
    kept = cache._run(lambda c: c.execute("SELECT how, v FROM listing_orders").fetchall(), [])
    version = cache._run(lambda c: c.execute("SELECT v FROM listing_version").fetchone()[0], None)
    assert kept == [("title 0 ", version)]
    swapped = first[::-1]
    cache._run(lambda c: c.execute("UPDATE listing_orders SET ns = ?", (swapped.tobytes(),)), None)
    assert folder.order("title") == swapped  # read as kept, not worked out again
    article(src, "d/new.txt", "A new story", "2024-02-01 08:00:00", "Fresh.", "AP")
    assert lib.check_folder(str(src), folder)[0] == 1
    again = folder.order("title")
    assert len(again) == len(first) + 1 and again != swapped  # worked out again, with the new file
    cold = Listing()
    for batch in Library().load([str(src)]):
        cold.add(batch)
    desk = Desk()
    desk.articles, desk.sort = cold.articles(), "title"
    assert names(Rows(folder, again)) == names(desk.refilter())
    cache.forget_many([os.path.abspath(src / "d" / "new.txt")])
    assert folder.order("title") == first  # a row gone: stale too


def test_the_list_acts_as_a_sequence_of_articles(stored: tuple[Library, Path]) -> None:
    lib, src = stored
    a, b, folder = both(lib, src)
    rows = b.articles
    assert isinstance(rows, Rows)
    assert rows[-1] == a.articles[-1] and rows[1:3] == list(a.articles[1:3])
    with pytest.raises(IndexError):
        rows[len(rows)]
    third = rows[2]
    assert rows.index(third) == 2 and third in rows and rows.find(third) == 2
    assert a.articles[2] in rows and rows.index(a.articles[2]) == 2  # an equal article from a list of objects
    assert rows.find(Article(id="x", source="y", title="z", text="", spans=())) is None
    assert all(isinstance(x, Article) for x in rows) and len(list(rows)) == len(rows)
    # A row replaced by another process after the list was made: a placeholder, never a crash
    assert lib.cache is not None
    lib.cache._run(lambda c: c.execute("DELETE FROM listing WHERE n = ?", (third.row,)), None)  # type: ignore[attr-defined]
    folder.forget()
    assert rows[2].title == GONE_TITLE and len(rows) == 7


def test_a_search_result_is_found_by_its_file(stored: tuple[Library, Path]) -> None:
    lib, src = stored
    _, b, _ = both(lib, src)
    target = b.articles[4]
    assert b.find(target.source, target.id) == target
    assert b.index_of(target.source, target.id) == 4
    assert b.find(str(src / "nowhere.txt"), "nowhere.txt") is None


async def test_the_reader_on_a_folder_listed_as_row_numbers(
    stored: tuple[Library, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers import ready
    from tui import commands
    from tui.app import NewsdeskApp
    from tui.commands import GoToProvider
    from tui.library.state import State
    from tui.widgets.article_list import ArticleList

    lib, src = stored
    app = NewsdeskApp([str(src)], keymap={}, library=lib, state=State(tmp_path / "state.sqlite"))
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        desk, lst = screen.desk, screen.query_one(ArticleList)
        assert isinstance(desk.view, Rows) and len(desk.view) == 7
        assert desk.current == desk.view[0] and lst.highlighted == 0  # a warm start opens the first row
        await pilot.press("j", "j")
        await pilot.pause(0.2)
        assert lst.highlighted == 2 and desk.current == desk.view[2]
        reading = desk.current
        worked: list[tuple[str, bool]] = []
        order = Folder.order

        def watched(self: Folder, sort: str = "date", *args: object, **kw: object) -> object:
            worked.append((sort, threading.current_thread() is threading.main_thread()))
            return order(self, sort, *args, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(Folder, "order", watched)
        await pilot.press("o")  # by outlet: the cursor stays on the article being read
        await complete(pilot)
        await pilot.pause()
        assert desk.sort == "outlet" and desk.view[lst.highlighted] == reading and desk.is_open(reading)
        assert worked == [("outlet", False)]  # worked out by a worker: a million rows take the store seconds
        await pilot.press("o", "o", "o")  # title, date, outlet again: kept by the store, read on the spot
        assert desk.sort == "outlet" and desk.view[lst.highlighted] == reading
        assert worked == [("outlet", False), ("title", False), ("outlet", True)]
        hits = [h async for h in GoToProvider(screen).search("old nwes")]  # a typo: the list's word index
        assert hits and str(hits[0].text) == "Go to article: Old news"
        monkeypatch.setattr(commands, "TITLE_INDEX_MOST", 0)  # a list too long for one: the store finds them
        hits = [h async for h in GoToProvider(screen).search("old news")]
        assert hits and str(hits[0].text) == "Go to article: Old news"
        hits[0].command()
        await pilot.pause(0.2)
        assert desk.current is not None and desk.current.title == "Old news"
        assert desk.view[lst.highlighted].title == "Old news"


def test_the_walk_merges_a_flat_folder_with_its_stored_rows_a_page_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder of more files than one page of the store's rows: a file removed in the middle, one changed
    past the first page and one added are found, and nothing else is read again."""
    monkeypatch.setattr(rows_mod, "VIRTUAL_FROM", 1)
    src = tmp_path / "flat"
    for i in range(1050):
        article(src, f"f{i:04d}.txt", f"Story {i}", f"2024-01-{1 + i % 28:02d} 10:00:00", f"Body {i}.")
    lib = Library(Cache(tmp_path / "cache.sqlite"))
    objects(lib, src)
    folder = lib.stored_folder([str(src)])
    assert folder is not None
    assert lib.check_folder(str(src), folder)[0] == 0
    (src / "f0500.txt").unlink()
    article(src, "f1020.txt", "Story 1020 again", "2024-03-01 10:00:00", "Changed.")
    os.utime(src / "f1020.txt", ns=(5, 5))
    article(src, "f0999a.txt", "A new one", "2024-03-02 10:00:00", "New.")
    read = []
    monkeypatch.setattr(Library, "read_file", lambda self, path, *a, **k: read.append(path.name) or [])
    assert lib.check_folder(str(src), folder)[0] == 3
    assert sorted(read) == ["f0999a.txt", "f1020.txt"]
    assert lib.cache is not None and str(src / "f0500.txt") not in lib.cache.files(under=str(src))


async def test_a_search_asked_for_while_the_walk_checks_waits_for_the_walk(
    stored: tuple[Library, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`/` pressed while the walk still checks a folder listed from the store: the index is opened or built for
    the whole folder once the walk is done, never built in the reader from the list being checked (at a
    million articles that was every analysis in the reader's memory)."""
    import threading

    from tui.app import NewsdeskApp
    from tui.library import views
    from tui.library.state import State
    from tui.screens.main import MainScreen

    lib, src = stored
    gate = threading.Event()
    check = Library.check_folder

    def held(self: Library, *args: object, **kwargs: object) -> object:
        gate.wait(10)
        return check(self, *args, **kwargs)  # type: ignore[arg-type]

    asked: list[object] = []
    real = views.views_for

    def spy(*args: object, **kwargs: object) -> object:
        asked.append(kwargs.get("complete"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Library, "check_folder", held)
    monkeypatch.setattr(views, "views_for", spy)
    app = NewsdeskApp([str(src)], keymap={}, library=lib, state=State(tmp_path / "state.sqlite"))
    async with app.run_test(size=(160, 45)) as pilot:
        for _ in range(50):
            await pilot.pause(0.05)
            if isinstance(app.screen, MainScreen) and len(app.screen.desk.view) == 7:
                break
        screen = app.screen
        assert isinstance(screen, MainScreen) and isinstance(screen.desk.articles, Rows) and not screen.desk.loaded
        screen.build_indexes()
        await pilot.pause(0.3)
        assert asked == []  # waiting for the walk
        gate.set()
        await complete(pilot)
        assert asked == [True] and screen.indexes is not None


async def test_the_outlets_of_a_folder_of_row_numbers_are_counted_by_a_worker_in_an_open_dialog(
    stored: tuple[Library, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F on a million articles: the store counts them (a second) while the dialog is already open, not on the UI
    thread before it; then the counts are those of a list of objects, and enter shows one outlet."""
    from tests.helpers import ready
    from tui.app import NewsdeskApp
    from tui.library.state import State
    from tui.screens.outlets import OutletsScreen

    lib, src = stored
    threads: list[bool] = []
    counts = Folder.outlet_counts

    def watched(self: Folder) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        return counts(self)

    monkeypatch.setattr(Folder, "outlet_counts", watched)
    app = NewsdeskApp([str(src)], keymap={}, library=lib, state=State(tmp_path / "state.sqlite"))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("F")
        assert isinstance(pilot.app.screen, OutletsScreen)
        await complete(pilot)
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, OutletsScreen) and threads == [False]
        assert dialog.rows[1:] == both(lib, src)[0].outlets()
        await pilot.press("j", "enter")
        await complete(pilot)
        await pilot.pause()
        assert screen.desk.outlet == dialog.rows[1][0] and all(
            (a.outlet or NO_OUTLET) == screen.desk.outlet for a in screen.desk.view
        )


async def test_a_watched_folder_of_row_numbers_lists_a_new_file_with_its_order_worked_out_apart(
    stored: tuple[Library, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--watch on a folder of a million: the store's new order (half a second at a million) is worked out off the
    UI thread after a file is stored, and the list shows the new article."""
    from tests.helpers import ready, until
    from tui.app import NewsdeskApp
    from tui.library.state import State

    lib, src = stored
    on_ui: list[tuple[object, ...]] = []
    order = Folder.order

    def watched(self: Folder, *args: object, **kw: object) -> object:
        if threading.current_thread() is threading.main_thread():
            on_ui.append(args)
        return order(self, *args, **kw)  # type: ignore[arg-type]

    app = NewsdeskApp([str(src)], keymap={}, library=lib, state=State(tmp_path / "state.sqlite"), watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        assert isinstance(screen.desk.articles, Rows)
        await until(pilot, lambda: screen.watch_started)
        monkeypatch.setattr(Folder, "order", watched)
        article(src, "d/fresh.txt", "Fresh off the wire", "2025-01-01 09:00:00", "It is new.", "AP")
        await until(pilot, lambda: "Fresh off the wire" in [a.title for a in screen.desk.view])
        assert screen.desk.view[0].title == "Fresh off the wire" and on_ui == []
