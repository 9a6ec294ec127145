"""The library in the reader: reading state across runs, stars, filters, sorting, saved quotes, export,
the cache, reload and watching a folder; driven with Pilot as a user would."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import pytest

from tests.test_app import ready
from tui.app import NewsdeskApp
from tui.library import corpus as corpus_mod
from tui.library.cache import Cache
from tui.library.corpus import Library
from tui.library.state import State
from tui.screens.export import ExportScreen
from tui.screens.main import MainScreen, key_of
from tui.screens.saved import SavedScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.panels import QuotesPanel
from tui.widgets.reading import ReadingPane

DESK = Path(__file__).parent / "fixtures" / "desk"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    d = tmp_path / "desk"
    shutil.copytree(DESK, d)
    return d


def app_for(desk: Path, tmp: Path, **kw: object) -> NewsdeskApp:
    lib = Library(Cache(tmp / "cache.sqlite"))
    return NewsdeskApp([str(desk)], keymap={}, library=lib, state=State(tmp / "state.sqlite"), **kw)  # type: ignore[arg-type]


async def until(pilot, cond, seconds: float = 8.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if cond():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met in time")


async def test_read_marks_and_stars_survive_a_restart(
    desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainScreen, "READ_AFTER", 0.2)
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        first = screen.current
        assert first is not None
        await until(pilot, lambda: key_of(first) in screen.read)  # the first row, once open a moment
        await pilot.press("s")  # star the article being read
        assert key_of(first) in screen.starred
        second = screen.view[1]
        assert key_of(second) not in screen.read
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        lst = screen.query_one(ArticleList)
        assert key_of(first) in lst.read and key_of(first) in lst.starred
        assert key_of(second) not in lst.read
        await pilot.press("s")  # and unstar
        assert key_of(first) not in screen.starred
    assert key_of(first) not in State(tmp_path / "state.sqlite").starred_keys()


async def test_filter_unread_and_starred_and_navigation_follows_it(desk: Path, tmp_path: Path) -> None:
    (desk / "third.txt").write_text("A third story\n\n2020-01-01 10:00\n\nNothing much happened.\n")
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        assert len(screen.view) == 3
        await pilot.press("s")  # star the newest (being read)
        await pilot.press("v")  # unread: the one being read stays until the view changes again
        assert screen.filter == "unread" and len(screen.view) == 3
        assert "unread" in (screen.query_one(ArticleList).border_title or "")
        await pilot.press("v")  # starred only
        assert screen.filter == "starred" and [a.title for a in screen.view] == [screen.current.title]
        await pilot.press("right_square_bracket")  # nowhere to go: one article in view
        assert len(screen.view) == 1 and screen.current is screen.view[0]
        await pilot.press("v", "v")  # all, then unread: the article read is no longer listed
        assert screen.filter == "unread"
        titles = [a.title for a in screen.view]
        assert len(titles) == 3  # the one on screen stays listed while read
        await pilot.press("right_square_bracket")  # read the storm story
        assert screen.current is not None and screen.current.title.startswith("Storm")
        await pilot.press("v")  # starred only: the storm story is not, so the starred one opens
        assert screen.current is screen.view[0] and screen.current.title.startswith("Finance")
        await pilot.press("v", "v")  # all, unread: the storm story is read and gone, the one on screen stays
        assert [a.title for a in screen.view] == ["Finance minister promises tax cuts for families", "A third story"]


async def test_sort_by_outlet_and_title(desk: Path, tmp_path: Path) -> None:
    (desk / "aaa.txt").write_text("Zebra crossings return\n\n2020-01-01 10:00\n\nThe city painted them again.\n")
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        by_date = [a.title for a in screen.view]
        await pilot.press("o")
        assert screen.sort == "outlet" and screen.view[0].outlet == "Wire"
        await pilot.press("o")
        assert screen.sort == "title" and [a.title for a in screen.view] == sorted(by_date, key=str.casefold)
        await pilot.press("o")
        assert [a.title for a in screen.view] == by_date


async def test_save_a_quote_list_it_open_it_and_remove_it(desk: Path, tmp_path: Path) -> None:
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
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
        assert screen.current is not None and screen.current.source == saved.source
        pane = screen.query_one(ReadingPane)
        assert pane.marks == [(quote.start, quote.end)]
        await pilot.press("w", "d")
        assert pilot.app.screen.quotes == []  # type: ignore[attr-defined]
        await pilot.press("escape")
        assert State(tmp_path / "state.sqlite").saved() == []


async def test_export_writes_after_showing_the_path_and_asks_before_replacing(
    desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    monkeypatch.chdir(out)
    async with app_for(desk, tmp_path).run_test(size=(120, 40)) as pilot:
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
        assert record["title"] == screen.current.title and record["quotes"]
        written.write_text("mine")
        await pilot.press("e", "ctrl+t", "ctrl+t", "enter", "enter")  # the same name again
        await pilot.pause()
        assert isinstance(pilot.app.screen, ExportScreen)
        assert "exists" in str(pilot.app.screen.query_one("#export-note").render())
        assert written.read_text() == "mine"  # nothing written yet
        await pilot.press("enter")  # confirmed
        await ready(pilot)
        assert json.loads(written.read_text())["title"] == screen.current.title
        # A speaker's quotes across the corpus, in Markdown.
        await pilot.press("3", "enter")  # choose the first speaker: the quotes narrow to them
        await pilot.press("e", "down", "enter", "enter")
        await ready(pilot)
        (md,) = out.glob("*.md")
        assert md.read_text().startswith("# Quotes of ")


async def test_second_run_reads_from_the_cache(desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    async with app_for(desk, tmp_path).run_test(size=(80, 24)) as pilot:
        await ready(pilot)
    calls: list[str] = []
    real = corpus_mod.parse_bytes
    monkeypatch.setattr(corpus_mod, "parse_bytes", lambda *a, **k: calls.append(a[2]) or real(*a, **k))
    async with app_for(desk, tmp_path).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        assert len(screen.articles) == 2 and calls == []


async def test_background_analysis_fills_the_cache(desk: Path, tmp_path: Path) -> None:
    async with app_for(desk, tmp_path, jobs=1).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await until(pilot, lambda: not screen.library.missing(screen.articles), 60)


async def test_reload_picks_up_a_changed_file(desk: Path, tmp_path: Path) -> None:
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        (desk / "budget.txt").write_text("Budget withdrawn\n\n2024-03-07 10:00\n\nThe plan was dropped.\n")
        await pilot.press("r")
        await ready(pilot)
        assert "Budget withdrawn" in [a.title for a in screen.articles]


async def test_watch_shows_new_and_deleted_files(desk: Path, tmp_path: Path) -> None:
    async with app_for(desk, tmp_path, watch=True).run_test(size=(160, 45)) as pilot:
        screen = pilot.app.screen
        await until(pilot, lambda: isinstance(pilot.app.screen, MainScreen) and len(pilot.app.screen.view) == 2)
        screen = pilot.app.screen
        await asyncio.sleep(0.5)  # the watcher starts once the first load is done
        (desk / "new.txt").write_text('Fresh off the wire\n\n2025-01-01 09:00\n\n"It is new," said Ann Lee.\n')
        await until(pilot, lambda: "Fresh off the wire" in [a.title for a in screen.view])
        assert screen.view[0].title == "Fresh off the wire"  # newest first
        (desk / "storm.txt").unlink()
        await until(pilot, lambda: len(screen.view) == 2)
        (desk / ".hidden.txt").write_text("Hidden\n\nNot for the list.\n")
        await asyncio.sleep(1.5)
        assert "Hidden" not in [a.title for a in screen.view]


async def test_saved_list_moves_with_j_and_k_and_the_quotes_cursor_follows(desk: Path, tmp_path: Path) -> None:
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        await pilot.press("4", "S", "j", "S")  # the first two quotes saved
        panel = screen.query_one(QuotesPanel)
        second = panel.quotes[1]
        await pilot.press("k")  # the cursor back on the first
        await pilot.press("w")
        await pilot.pause()
        saved = pilot.app.screen
        assert isinstance(saved, SavedScreen)
        await pilot.press("j")
        assert saved.query_one("#saved-list").highlighted == 1
        await pilot.press("k", "j", "enter")
        await pilot.pause()
        assert panel.selected is not None and (panel.selected.start, panel.selected.end) == (second.start, second.end)


def _rows(panel: QuotesPanel) -> list[str]:
    return [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]


async def test_reported_speech_is_listed_after_the_quotes_and_marked(desk: Path, tmp_path: Path) -> None:
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(QuotesPanel)
        kinds = [q.kind for q in panel.quotes]
        direct = kinds.count("direct")
        assert 0 < direct < len(kinds) and kinds == sorted(kinds, key=lambda k: k != "direct")
        rows = _rows(panel)
        assert all("reported" not in r for r in rows[:direct])
        assert all(r.startswith("≈ ") and r.endswith(" · reported") for r in rows[direct:])
        assert str(panel.border_subtitle) == f"{direct} · {len(kinds) - direct} reported"
        panel.highlighted = direct  # the first reported statement: y copies it as reported, not in quotation marks
        await pilot.press("4", "y")
        assert pilot.app.clipboard.startswith("(reported) ")


async def test_a_saved_quote_is_marked_in_the_quotes_panel_across_runs(desk: Path, tmp_path: Path) -> None:
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(QuotesPanel)
        await pilot.press("4", "j", "S")
        assert [r.startswith("✓ ") for r in _rows(panel)][:3] == [False, True, False]
        assert panel.highlighted == 1  # the row is redrawn in place: the cursor stays
        await pilot.press("G", "S")  # reported speech can be kept too, and keeps its kind
        kinds = {q.text: q.kind for q in State(tmp_path / "state.sqlite").saved()}
        assert kinds[panel.quotes[1].text] == "direct" and kinds[panel.quotes[-1].text] == "indirect"
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        panel = screen.query_one(QuotesPanel)
        marked = [r.startswith("✓ ") for r in _rows(panel)]
        assert marked[1] and marked[-1] and marked.count(True) == 2
        await pilot.press("4", "j", "S")  # a second S unsaves, says so, and the mark goes
        assert not any(r.startswith("✓ ") for r in _rows(panel)[:-1])
        assert any("Removed from saved quotes" in str(n.message) for n in pilot.app._notifications)


async def test_the_quote_under_the_cursor_is_marked_in_the_article(desk: Path, tmp_path: Path) -> None:
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        pane = screen.query_one(ReadingPane)
        assert pane.marks == []  # opening an article marks nothing
        panel = screen.query_one(QuotesPanel)
        await pilot.press("4", "j")
        quote = panel.quotes[1]
        assert pane.marks == [(quote.start, quote.end)]
        await pilot.press("j")
        assert pane.marks == [(panel.quotes[2].start, panel.quotes[2].end)]


def test_a_state_from_before_reported_speech_could_be_saved_still_opens(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "state.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE saved (id INTEGER PRIMARY KEY, key TEXT NOT NULL, title TEXT NOT NULL, source TEXT NOT NULL,"
        " outlet TEXT NOT NULL, published TEXT, speaker TEXT, speaker_title TEXT, text TEXT NOT NULL,"
        " start INTEGER NOT NULL, end INTEGER NOT NULL, at REAL NOT NULL, UNIQUE (key, start, end));"
        "INSERT INTO saved VALUES (1, 'k', 'T', 's', 'o', NULL, 'Ann', NULL, 'We will', 3, 10, 1.0);"
    )
    conn.commit()
    conn.close()
    state = State(path)
    assert state.notices == []
    (old,) = state.saved()
    assert old.kind == "direct" and old.text == "We will"
    assert state.saved_spans("k") == {(3, 10)}
    assert state.save_quote(
        "k", title="T", source="s", outlet="o", published=None, speaker="Ann", speaker_title=None,
        text="taxes would fall", start=20, end=36, kind="indirect",
    )  # fmt: skip
    assert [q.kind for q in state.saved()] == ["direct", "indirect"]


async def test_ctrl_o_goes_back_to_where_a_jump_left_and_ctrl_y_forward_again(desk: Path, tmp_path: Path) -> None:
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        first = screen.current
        await pilot.press("4", "S", "right_square_bracket")  # keep a quote of the first article, read the second
        second = screen.current
        assert first is not None and second is not None and second is not first
        await pilot.press("ctrl+o")  # no jump yet: the list moves do not count
        assert screen.current is second
        await pilot.press("w", "enter")  # the saved quote: a jump to the first article
        await pilot.pause()
        assert screen.current is first
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert screen.current is second
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert screen.current is first
        await pilot.press("ctrl+y")  # nothing further
        assert screen.current is first


async def test_skimming_past_an_article_does_not_read_it(
    desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """newsboat's habit: the cursor passing over an article is not reading it; staying a moment, scrolling it,
    choosing it (enter) or stepping to it (]) is."""
    monkeypatch.setattr(MainScreen, "READ_AFTER", 0.3)
    (desk / "third.txt").write_text("A third story\n\n2020-01-01 10:00\n\n" + "Nothing much happened.\n\n" * 80)
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        first, second, third = screen.view
        await pilot.press("1", "j", "j")  # past the second, to the third, at once
        await until(pilot, lambda: screen.current is third)  # keys faster than a frame open where they rest
        await until(pilot, lambda: key_of(third) in screen.read)
        assert key_of(second) not in screen.read and key_of(first) not in screen.read
        await pilot.press("k")  # the second, scrolled at once: read before the moment is up
        await pilot.press("2", "j")
        assert key_of(second) in screen.read
        await pilot.press("1", "k", "enter")  # chosen: read at once
        assert key_of(first) in screen.read
        await pilot.press("u")  # and unread again, which the timer does not undo
        await pilot.pause(0.5)
        assert key_of(first) not in screen.read
        assert key_of(first) not in State(tmp_path / "state.sqlite").read_keys()


async def test_newsboat_keys_next_unread_mark_all_read_and_reverse(
    desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainScreen, "READ_AFTER", 30.0)  # nothing gets read by waiting here
    (desk / "third.txt").write_text("A third story\n\n2020-01-01 10:00\n\nNothing much happened.\n")
    (desk / "undated.txt").write_text("An undated note\n\nNo date on this one.\n")
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        titles = [a.title for a in screen.view]
        assert titles[-1] == "An undated note"
        await pilot.press("right_square_bracket")  # the second, read (a step is a choice)
        await pilot.press("left_square_bracket")  # the first, read
        await pilot.press("n")  # no find, no initiative: the next unread, past the read second
        assert screen.current is not None and screen.current.title == "A third story"
        await pilot.press("N")  # the previous unread: none above (both read)
        assert screen.current.title == "A third story"
        await pilot.press("O")  # oldest first, the undated still last
        assert [a.title for a in screen.view] == [*titles[:3][::-1], "An undated note"]
        assert "reversed" in (screen.query_one(ArticleList).border_title or "")
        await pilot.press("A")  # all read, in one write
        assert all(key_of(a) in screen.read for a in screen.view)
        assert State(tmp_path / "state.sqlite").read_keys() >= {key_of(a) for a in screen.view}
    async with app_for(desk, tmp_path).run_test(size=(160, 45)) as pilot:
        screen = await ready(pilot)
        assert screen.reverse and [a.title for a in screen.view][-1] == "An undated note"


async def test_outlets_with_unread_counts_and_one_outlets_list(desk: Path, tmp_path: Path) -> None:
    from tui.screens.outlets import OutletsScreen

    (desk / "third.txt").write_text("A third story\n\n2020-01-01 10:00\n\nNothing much happened.\n")
    async with app_for(desk, tmp_path).run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_square_bracket")  # one read
        outlets = {a.outlet or "(no outlet)" for a in screen.articles}
        await pilot.press("F")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, OutletsScreen)
        rows = {name: (total, unread) for name, total, unread in dialog.rows}
        assert set(rows) == {"", *outlets} and rows[""] == (3, 2)
        assert sum(t for n, (t, _) in rows.items() if n) == 3
        pick = next(i for i, r in enumerate(dialog.rows) if r[0] == "Wire")
        dialog.query_one("#outlets-list").highlighted = pick
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, MainScreen) and screen.outlet == "Wire"
        assert screen.view and all(a.outlet == "Wire" for a in screen.view)
        assert screen.current in screen.view and "Wire" in (screen.query_one(ArticleList).border_title or "")
        await pilot.press("F", "g", "enter")  # the first row: every outlet again
        await pilot.pause()
        assert screen.outlet == "" and len(screen.view) == 3
