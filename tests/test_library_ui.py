"""The library in the reader: reading state across runs, stars, filters, sorting, saved quotes, export,
the cache, reload and watching a folder; driven with Pilot as a user would."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import AppFor, Ready, Until, complete
from tui.app import NewsdeskApp
from tui.library import corpus as corpus_mod
from tui.library.cache import Cache
from tui.library.corpus import Library
from tui.library.desk import key_of
from tui.library.state import State
from tui.screens.export import ExportScreen
from tui.screens.main import MainScreen
from tui.screens.saved import SavedScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.panels import QuotesPanel
from tui.widgets.reading import ReadingPane

DESK = Path(__file__).parent / "fixtures" / "desk"


pytestmark = pytest.mark.usefixtures("both_lists")  # each test with the list of objects and of row numbers


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    d = tmp_path / "desk"
    shutil.copytree(DESK, d)
    return d


@pytest.fixture
def stored_app(tmp_path: Path) -> AppFor:
    """`stored_app(desk, **options)`: the reader on a folder with this test's own cache and reading state, the
    same for every reader the test starts (a restart reads what the one before stored)."""

    def make(desk: Path, **kw: Any) -> NewsdeskApp:
        lib = Library(Cache(tmp_path / "cache.sqlite"))
        return NewsdeskApp([str(desk)], keymap={}, library=lib, state=State(tmp_path / "state.sqlite"), **kw)

    return make


async def test_read_marks_and_stars_survive_a_restart(
    desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ready: Ready, until: Until, stored_app: AppFor
) -> None:
    monkeypatch.setattr(MainScreen, "READ_AFTER", 0.2)
    async with stored_app(desk).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        first = screen.desk.current
        assert first is not None
        await until(pilot, lambda: key_of(first) in screen.desk.read)  # the first row, once open a moment
        await pilot.press("s")  # star the article being read
        assert key_of(first) in screen.desk.starred
        second = screen.desk.view[1]
        assert key_of(second) not in screen.desk.read
    async with stored_app(desk).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        lst = screen.query_one(ArticleList)
        assert key_of(first) in lst.read and key_of(first) in lst.starred
        assert key_of(second) not in lst.read
        await pilot.press("s")  # and unstar
        assert key_of(first) not in screen.desk.starred
    assert key_of(first) not in State(tmp_path / "state.sqlite").starred_keys()


async def test_filter_unread_and_starred_and_navigation_follows_it(
    desk: Path, tmp_path: Path, ready: Ready, stored_app: AppFor
) -> None:
    (desk / "third.txt").write_text("A third story\n\n2020-01-01 10:00\n\nNothing much happened.\n")
    async with stored_app(desk).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        assert len(screen.desk.view) == 3
        await pilot.press("s")  # star the newest (being read)
        await pilot.press("v")  # unread: the one being read stays until the view changes again
        assert screen.desk.filter == "unread" and len(screen.desk.view) == 3
        assert "unread" in (screen.query_one(ArticleList).border_title or "")
        await pilot.press("v")  # starred only
        assert screen.desk.filter == "starred" and [a.title for a in screen.desk.view] == [screen.desk.current.title]
        await pilot.press("right_square_bracket")  # nowhere to go: one article in view
        assert len(screen.desk.view) == 1 and screen.desk.current is screen.desk.view[0]
        await pilot.press("v", "v")  # all, then unread: the article read is no longer listed
        assert screen.desk.filter == "unread"
        titles = [a.title for a in screen.desk.view]
        assert len(titles) == 3  # the one on screen stays listed while read
        await pilot.press("right_square_bracket")  # read the storm story
        assert screen.desk.current is not None and screen.desk.current.title.startswith("Storm")
        await pilot.press("v")  # starred only: the storm story is not, so the starred one opens
        assert screen.desk.current is screen.desk.view[0] and screen.desk.current.title.startswith("Finance")
        await pilot.press("v", "v")  # all, unread: the storm story is read and gone, the one on screen stays
        titles = [a.title for a in screen.desk.view]
        assert titles == ["Finance minister promises tax cuts for families", "A third story"]


async def test_sort_by_outlet_and_title(desk: Path, tmp_path: Path, ready: Ready, stored_app: AppFor) -> None:
    (desk / "aaa.txt").write_text("Zebra crossings return\n\n2020-01-01 10:00\n\nThe city painted them again.\n")
    async with stored_app(desk).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        by_date = [a.title for a in screen.desk.view]

        async def sort() -> None:  # a list of row numbers is sorted by a worker
            await pilot.press("o")
            await complete(pilot)
            await pilot.pause()

        await sort()
        assert screen.desk.sort == "outlet" and screen.desk.view[0].outlet == "Wire"
        await sort()
        assert screen.desk.sort == "title" and [a.title for a in screen.desk.view] == sorted(by_date, key=str.casefold)
        await sort()
        assert [a.title for a in screen.desk.view] == by_date


async def test_save_a_quote_list_it_open_it_and_remove_it(
    desk: Path, tmp_path: Path, ready: Ready, stored_app: AppFor
) -> None:
    async with stored_app(desk).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        await pilot.press("4", "j")  # the second quote
        quote = screen.query_one(QuotesPanel).selected
        assert quote is not None
        await pilot.press("S")
        (saved,) = State(tmp_path / "state.sqlite").saved()
        assert saved.text == quote.text and saved.speaker == quote.speaker
        await pilot.press("right_square_bracket")  # read another article, then come back through the list
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(pilot.app.screen, SavedScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, MainScreen)
        assert screen.desk.current is not None and screen.desk.current.source == saved.source
        pane = screen.query_one(ReadingPane)
        assert pane.marks == [(quote.start, quote.end)]
        await pilot.press("w", "d")
        assert pilot.app.screen.quotes == []  # type: ignore[attr-defined]
        await pilot.press("escape")
        assert State(tmp_path / "state.sqlite").saved() == []


async def test_export_writes_after_showing_the_path_and_asks_before_replacing(
    desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ready: Ready, stored_app: AppFor
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    monkeypatch.chdir(out)
    async with stored_app(desk).run_test(size=(120, 40)) as pilot:
        screen = await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportScreen)
        await pilot.press("ctrl+t", "ctrl+t")  # md -> csv -> json
        await pilot.press("enter", "enter")  # this article; then the path shown
        await ready(pilot)
        (written,) = out.glob("*.json")
        record = json.loads(written.read_text())
        assert record["title"] == screen.desk.current.title and record["quotes"]
        written.write_text("mine")
        await pilot.press("e", "ctrl+t", "ctrl+t", "enter", "enter")  # the same name again
        await pilot.pause()
        assert isinstance(pilot.app.screen, ExportScreen)
        assert "exists" in str(pilot.app.screen.query_one("#export-note").render())
        assert written.read_text() == "mine"  # nothing written yet
        await pilot.press("enter")  # confirmed
        await ready(pilot)
        assert json.loads(written.read_text())["title"] == screen.desk.current.title
        # A speaker's quotes across the corpus, in Markdown.
        await pilot.press("3", "enter")  # choose the first speaker: the quotes narrow to them
        await pilot.press("e", "down", "enter", "enter")
        await ready(pilot)
        (md,) = out.glob("*.md")
        assert md.read_text().startswith("# Quotes of ")


async def test_second_run_reads_from_the_cache(
    desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ready: Ready, stored_app: AppFor
) -> None:
    async with stored_app(desk).run_test(size=(80, 24)) as pilot:
        await ready(pilot)
    calls: list[str] = []
    real = corpus_mod.parse_bytes
    monkeypatch.setattr(corpus_mod, "parse_bytes", lambda *a, **k: calls.append(a[2]) or real(*a, **k))
    async with stored_app(desk).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        assert len(screen.desk.articles) == 2 and calls == []


async def test_background_analysis_fills_the_cache(
    desk: Path, tmp_path: Path, ready: Ready, until: Until, stored_app: AppFor
) -> None:
    async with stored_app(desk, jobs=1).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await until(pilot, lambda: not screen.library.missing(screen.desk.articles), 60)


async def test_reload_picks_up_a_changed_file(desk: Path, tmp_path: Path, ready: Ready, stored_app: AppFor) -> None:
    async with stored_app(desk).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        (desk / "budget.txt").write_text("Budget withdrawn\n\n2024-03-07 10:00\n\nThe plan was dropped.\n")
        await pilot.press("r")
        await ready(pilot)
        assert "Budget withdrawn" in [a.title for a in screen.desk.articles]


async def test_watch_shows_new_and_deleted_files(desk: Path, tmp_path: Path, until: Until, stored_app: AppFor) -> None:
    async with stored_app(desk, watch=True).run_test(size=(160, 45)) as pilot:
        screen = pilot.app.screen
        await until(pilot, lambda: isinstance(pilot.app.screen, MainScreen) and len(pilot.app.screen.desk.view) == 2)
        screen = pilot.app.screen
        await until(pilot, lambda: screen.watch_started)  # the watches are set: a change from now on is seen
        (desk / "new.txt").write_text('Fresh off the wire\n\n2025-01-01 09:00\n\n"It is new," said Ann Lee.\n')
        await until(pilot, lambda: "Fresh off the wire" in [a.title for a in screen.desk.view])
        assert screen.desk.view[0].title == "Fresh off the wire"  # newest first
        (desk / "storm.txt").unlink()
        await until(pilot, lambda: len(screen.desk.view) == 2)
        (desk / ".hidden.txt").write_text("Hidden\n\nNot for the list.\n")
        (desk / "later.txt").write_text("Written after the hidden one\n\n2025-01-02 09:00\n\nA body.\n")
        # the change that would have carried the hidden file: once the later one is listed, it has come
        await until(pilot, lambda: "Written after the hidden one" in [a.title for a in screen.desk.view])
        assert "Hidden" not in [a.title for a in screen.desk.view]


async def test_a_watched_change_is_searchable_without_indexing_the_corpus_again(
    desk: Path, tmp_path: Path, until: Until, stored_app: AppFor
) -> None:
    from tui.library.search import LayeredIndex

    async with stored_app(desk, watch=True).run_test(size=(160, 45)) as pilot:
        await until(pilot, lambda: isinstance(pilot.app.screen, MainScreen) and len(pilot.app.screen.desk.view) == 2)
        screen = pilot.app.screen
        screen.build_indexes()  # as the first / does (the watcher's worker never ends: no wait_for_complete here)
        await until(pilot, lambda: screen.indexes is not None)
        built = screen.indexes
        assert not built["quotes"].search("harvest")
        await until(pilot, lambda: screen.watch_started)  # the watches are set: a change from now on is seen
        (desk / "new.txt").write_text('Farm news\n\n2025-01-01 09:00\n\n"The harvest was a record," said Ann Lee.\n')
        await until(pilot, lambda: isinstance((screen.indexes or {}).get("quotes"), LayeredIndex))
        assert screen.indexes["quotes"].base is built["quotes"]  # laid over, not built again
        assert [h.doc.speaker for h in screen.indexes["quotes"].search("harvest")] == ["Ann Lee"]
        await pilot.press("slash", *"harvest")
        await until(pilot, lambda: bool(getattr(pilot.app.screen, "hits", None)))
        assert pilot.app.screen.hits[0].doc.speaker == "Ann Lee"
        await pilot.press("escape")
        (desk / "new.txt").unlink()
        await until(pilot, lambda: not screen.indexes["quotes"].search("harvest"))


async def test_a_reader_after_a_small_change_starts_from_the_stored_index(
    desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ready: Ready, stored_app: AppFor
) -> None:
    """The first reader builds and stores the index; a file is added and one removed; the next reader lays
    those files over the stored index (search.LayeredIndex over DiskIndex) and indexes only their articles."""
    from tui.library import search as search_mod
    from tui.library.diskindex import DiskIndex
    from tui.library.search import LayeredIndex

    async with stored_app(desk).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        screen.build_indexes()
        await complete(pilot)
        gone = next(d for d in screen.indexes["quotes"].docs if d.source.endswith("storm.txt"))
        assert [h.doc.source for h in screen.indexes["quotes"].search(gone.text[:40])][:1] == [gone.source]
    (desk / "storm.txt").unlink()
    (desk / "new.txt").write_text('Farm news\n\n2025-01-01 09:00\n\n"The harvest was a record," said Ann Lee.\n')
    indexed: list[int] = []
    real = search_mod.corpus_views

    def counting(pairs):
        pairs = list(pairs)
        indexed.append(len(pairs))
        return real(pairs)

    monkeypatch.setattr(search_mod, "corpus_views", counting)
    async with stored_app(desk).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        screen.build_indexes()
        await complete(pilot)
        quotes = screen.indexes["quotes"]
        assert isinstance(quotes, LayeredIndex) and isinstance(quotes.base, DiskIndex)
        assert indexed == [1]  # the new file's one article, not the corpus
        assert [h.doc.speaker for h in quotes.search("harvest")] == ["Ann Lee"]
        assert not any(h.doc.source == gone.source for h in quotes.search(gone.text[:30]))
        # the corpus-wide views too: the new speaker's quotes, and none from the removed file
        from tui.library.search import related_key

        ann = related_key(screen.indexes["speakers"].search("Ann Lee")[0].doc) or ""
        assert [d.text for d in screen.related.get(ann) or []] == ["The harvest was a record,"]
        assert screen.related.count(ann) == 1
        for hit in screen.indexes["speakers"].search(gone.speaker or ""):
            assert all(d.source != gone.source for d in screen.related.get(related_key(hit.doc) or "") or [])


async def test_keys_sent_in_one_write_act_on_the_article_the_cursor_came_to(
    desk: Path, tmp_path: Path, ready: Ready, stored_app: AppFor
) -> None:
    """Over SSH "j s" arrives in one write, faster than the list opens articles (it opens where the cursor comes
    to rest): the star goes to the article under the cursor, and a cursor back on the open article leaves no
    other open pending."""
    import time

    async with stored_app(desk).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        second = screen.desk.view[1]
        screen._last_open = time.monotonic()  # the keys below come as fast as a batched write's
        await pilot.press("j", "s")
        assert screen.desk.current is second and screen.desk.starred == {key_of(second)}
        await pilot.pause(0.2)
        screen._last_open = time.monotonic()
        await pilot.press("k", "j")  # away and back before the list opened anything
        await pilot.pause(0.2)
        assert screen.query_one(ArticleList).highlighted == 1 and screen.desk.current is second

        # In a real terminal the keys of one write are handled before the screen reads the list's messages:
        # the cursor moved, its Highlighted message not yet read, and s comes.
        screen.query_one(ArticleList).action_move(-1)
        screen.action_star()
        assert screen.desk.current is screen.desk.view[0] and key_of(screen.desk.view[0]) in screen.desk.starred
